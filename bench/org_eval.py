"""Organizations F1 on every set with annotated organizations, development and blind side by side.

    python bench/org_eval.py [--only NAME] [--verbose]

Sets (``GOLD_SETS`` below):

* ``news-dev`` and ``news-pool-dev`` / ``news-pool-blind``: whole pages through the cleaner and
  the extractor, scored by ``extract_scoring.score_orgs`` inside the annotated body region;
* ``aeb-orgs-dev`` / ``aeb-orgs-blind``: the reference bodies of aeb-dev pages (``bench/dev/
  aeb-orgs``, ``bench/blind/aeb-orgs``), the extractor alone. Their records also name the
  capitalised names that are *not* organizations (``not_orgs``: people, places, products,
  works, events, laws); ``not-orgs reported`` counts how many of them we report as one.

A prediction is one reported organization with its aliases; see ``score_orgs``. ``--verbose``
lists misses and wrong names, and refuses a blind set: do not read our output on a blind page
while changing code (``bench/blind/README.md``). ``figures(name)`` returns a set's sums for the
gate.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_rules import fmt
from extract_scoring import Region, find_region, norm_org, ours_from_article, score_orgs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
AEB_TRUTH = SHARED / "corpus" / "aeb-dev" / "ground-truth.json"


@dataclass(frozen=True)
class GoldSet:
    name: str
    records: Path  # a folder of JSON records, or a JSONL file
    pages: Path | None  # the folder of the pages; None: the aeb reference bodies
    blind: bool


GOLD_SETS = (
    GoldSet("news-dev", SHARED / "gold" / "news-dev.jsonl", SHARED / "corpus" / "news-dev", False),
    GoldSet("news-pool-dev", ROOT / "bench/dev/news-pool", SHARED / "corpus/news-pool", False),
    GoldSet("aeb-orgs-dev", ROOT / "bench/dev/aeb-orgs", None, False),
    GoldSet("news-pool-blind", ROOT / "bench/blind/news-pool", SHARED / "corpus/news-pool", True),
    GoldSet("aeb-orgs-blind", ROOT / "bench/blind/aeb-orgs", None, True),
)


@dataclass
class OrgScore:
    counts: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # see score_orgs
    not_orgs: Counter[str] = field(default_factory=Counter)  # kind -> reported as an org
    not_orgs_total: int = 0
    log: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        matched, predicted, found, gold = self.counts
        p = matched / predicted if predicted else 1.0
        r = found / gold if gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_records(path: Path) -> list[dict[str, Any]]:
    if path.is_file():
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(path.glob("*.json"))]


def score_set(gold: GoldSet, nlp: Any) -> OrgScore:
    from newsfacts import parse_page
    from newsfacts.pipeline import extract_text
    from newsfacts.sources import load_path

    truth = json.loads(AEB_TRUTH.read_text(encoding="utf-8")) if gold.pages is None else {}
    score = OrgScore()
    for record in load_records(gold.records):
        if gold.pages is None:
            text = truth[record["id"]]["articleBody"]
            article = extract_text(text, nlp=nlp)
            region = Region((0, len(article.text)), (True, True), [])
        else:
            page = load_path(gold.pages / f"{record['id']}.html")
            article = parse_page(page, published=record.get("pub_date"), nlp=nlp)
            region = find_region(article.text, record)
        preds = ours_from_article(article)
        matched, predicted, found, total, missed, wrong = score_orgs(record, preds, region)
        for i, v in enumerate((matched, predicted, found, total)):
            score.counts[i] += v
        not_orgs = record.get("not_orgs") or {}
        reported = {norm_org(w) for w in wrong}
        for name, why in not_orgs.items():
            score.not_orgs_total += 1
            if norm_org(name) in reported:
                score.not_orgs[why.split(":", 1)[0].strip()] += 1
        score.log.append(
            f"  {record['id'][:40]:40} found {found}/{total} right {matched}/{predicted}"
        )
        if missed:
            score.log.append(f"      missed: {missed}")
        if wrong:
            score.log.append(f"      wrong:  {wrong}")
    return score


def _gold_set(name: str) -> GoldSet:
    return next(g for g in GOLD_SETS if g.name == name)


def figures(name: str) -> dict[str, float]:
    """P, R and F1 of the set ``name``, for the gate (no page's figures)."""
    from newsfacts.extract import load_nlp
    from newsfacts.settings import Settings

    p, r, f1 = score_set(_gold_set(name), load_nlp(Settings())).prf()
    return {"precision": p, "recall": r, "f1": f1}


def material(name: str) -> list[Path]:
    """The files :func:`figures` reads for the set ``name``."""
    gold = _gold_set(name)
    if gold.pages is None:
        return [AEB_TRUTH, *sorted(gold.records.glob("*.json"))]
    records = load_records(gold.records)
    files = [gold.records] if gold.records.is_file() else sorted(gold.records.glob("*.json"))
    return [*files, *(gold.pages / f"{r['id']}.html" for r in records)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--only", action="append", choices=[g.name for g in GOLD_SETS])
    parser.add_argument("--verbose", action="store_true", help="list misses and wrong names")
    args = parser.parse_args(argv)
    chosen = [g for g in GOLD_SETS if not args.only or g.name in args.only]
    if args.verbose and any(g.blind for g in chosen):
        print("--verbose reads our output on blind pages: choose development sets with --only")
        return 2
    from newsfacts.extract import load_nlp
    from newsfacts.settings import Settings

    nlp = load_nlp(Settings())
    print(f"{'set':18} {'P':>6} {'R':>6} {'F1':>6}  found/gold  right/reported  not-orgs reported")
    for gold in chosen:
        score = score_set(gold, nlp)
        if args.verbose:
            print("\n".join(score.log))
        p, r, f1 = score.prf()
        matched, predicted, found, total = score.counts
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(score.not_orgs.items())) or "none"
        listed = f"{sum(score.not_orgs.values())}/{score.not_orgs_total} ({kinds})"
        print(
            f"{gold.name:18} {fmt(p)} {fmt(r)} {fmt(f1)}  {found:4d}/{total:<5d} "
            f"{matched:5d}/{predicted:<8d} {listed if score.not_orgs_total else '-'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
