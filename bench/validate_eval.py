"""Score the validator against the hand-checked relations in ``../shared/gold/news-dev.jsonl``.

Each gold page lists ``checks``: relations between its facts that the text states or implies, with
``consistent`` true, false or null (cannot be decided from the text alone). This script parses each
page with newsfacts, pairs our facts with the gold facts (the same matching as
``bench/extract_eval.py``), and then asks, for every gold check:

* **extracted** - does every text the check cites have a matched fact of ours?
* **recalled** - among extracted gold checks, did one of our checks use at least two of its facts
  (or its one fact, for a single-fact check)?
* **found** - for a gold-inconsistent check, did a recalling check of ours say ``inconsistent``?

and for every ``inconsistent`` verdict of ours: does it recall a gold-inconsistent check? If not,
it is a **false alarm** (the pages are otherwise consistent, so any other inconsistent verdict is
wrong; a verdict touching a gold-consistent relation is reported as such).

Targets (issue 5): recall >= 0.8, every gold-inconsistent check found, zero false alarms.

It then runs the 80 aeb-dev pages (real news, no gold checks) and lists every ``inconsistent``
verdict there: on pages with no known errors, each is a likely false alarm to read.

Usage: ``python bench/validate_eval.py [--verbose]``; ``figures()`` returns the figures alone,
for the gate (``bench/gate.py``). Third-party pages are read from
``../shared``; nothing is copied into the repository.
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

from extract_eval import CORPUS, GOLD, SHARED
from extract_scoring import ours_from_article, score_page

ROOT = Path(__file__).resolve().parents[1]
POOL = SHARED / "corpus" / "news-pool"
REALWORLD = SHARED / "corpus" / "trafilatura-realworld" / "pages"
DEV_POOL = ROOT / "bench" / "dev" / "news-pool"
BLIND_POOL = ROOT / "bench" / "blind" / "news-pool"


@dataclass
class Tallies:
    """Counts over the whole gold set."""

    gold: int = 0
    extracted: int = 0
    recalled: int = 0
    gold_false: int = 0
    found_false: int = 0
    ours: Counter[str] = field(default_factory=Counter)
    false_alarms: list[str] = field(default_factory=list)
    on_consistent: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [extracted, recalled]
    figures: int = 0
    covered: int = 0
    right: int = 0  # gold checks recalled with the verdict the gold gives
    inconsistent: int = 0  # our inconsistent verdicts on the set's pages


def _text_ids(record: dict[str, Any], pairs: list[tuple[Any, Any]], span_ids: dict) -> dict:
    """Gold fact text -> the ids of our facts matched to gold facts with that text."""
    out: dict[str, set[str]] = {}
    for g, p in pairs:
        fid = span_ids.get((p.start, p.end))
        if fid:
            out.setdefault(g.text, set()).add(fid)
    return out


_STATUS_OF = {True: "consistent", False: "inconsistent", None: "unverifiable"}


def score_record(record: dict[str, Any], article: Any, t: Tallies, verbose: bool) -> None:
    """Tally one page's gold checks against the checks of ``article``."""
    preds = ours_from_article(article)
    result = score_page(record, article.text, preds)
    span_ids = {tuple(f.span): f.id for f in article.facts}
    ids_of = _text_ids(record, result.pairs, span_ids)
    if article.validation is not None:
        t.figures += article.validation.figures
        t.covered += article.validation.covered
    for c in article.checks:
        t.ours[c.status] += 1
        t.inconsistent += c.status == "inconsistent"
    if verbose:
        print(f"\n== {record['id']}")
        for c in article.checks:
            print(f"   ours {c.id} {c.rule:<20} {c.status:<12} {c.fact_ids} {c.message[:110]}")
    recalled_by: dict[str, list[int]] = {}
    for n, gc in enumerate(record.get("checks", [])):
        t.gold += 1
        texts = gc.get("texts", [])
        row = t.by_type.setdefault(gc["type"], [0, 0, 0])
        row[0] += 1
        if not texts or any(tx not in ids_of for tx in texts):
            missing = [tx for tx in texts if tx not in ids_of]
            if verbose:
                print(f"   gold {gc['type']:<20} NOT EXTRACTED {missing} - {gc['subject']}")
            continue
        t.extracted += 1
        row[1] += 1
        need = min(2, len(texts))
        hits = []
        for c in article.checks:
            used = set(c.fact_ids)
            if sum(1 for tx in texts if ids_of[tx] & used) >= need:
                hits.append(c)
                recalled_by.setdefault(c.id, []).append(n)
        if hits:
            t.recalled += 1
            row[2] += 1
        wanted = _STATUS_OF[gc["consistent"]]
        alarmed = gc["consistent"] is not False and any(c.status == "inconsistent" for c in hits)
        t.right += any(c.status == wanted for c in hits) and not alarmed
        if gc["consistent"] is False:
            t.gold_false += 1
            t.found_false += any(c.status == "inconsistent" for c in hits)
        if verbose:
            mark = ", ".join(f"{c.id}:{c.status}" for c in hits) or "MISSED"
            print(f"   gold {gc['type']:<20} {gc['consistent']!s:<5} {mark} - {gc['subject']}")
    gold_checks = record.get("checks", [])
    for c in article.checks:
        if c.status != "inconsistent":
            continue
        matched = [gold_checks[i] for i in recalled_by.get(c.id, [])]
        if any(g["consistent"] is False for g in matched):
            continue
        t.on_consistent += any(g["consistent"] is True for g in matched)
        t.false_alarms.append(f"{record['id']} {c.id} {c.rule}: {c.message}")


def _news_dev_records() -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for line in (GOLD / "news-dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def evaluate(verbose: bool, gold_set: Path | None = None) -> Tallies:
    """Run every page of news-dev (or of a page set such as the blind one) and tally."""
    from newsfacts import parse_page
    from newsfacts.extract import load_nlp
    from newsfacts.settings import Settings
    from newsfacts.sources import load_path

    nlp = load_nlp(Settings())
    records, pages = gold_records(gold_set)
    t = Tallies()
    for record in records:
        page = load_path(pages / f"{record['id']}.html")
        article = parse_page(page, published=record["pub_date"], nlp=nlp)
        score_record(record, article, t, verbose)
    return t


def scan_unannotated(
    paths: list[Path] | None = None, *, show: bool = True
) -> tuple[int, Counter[str], list[str]]:
    """Verdicts on pages with no gold checks (aeb-dev unless ``paths``), English pages only.

    These are real news pages with no known errors in their figures, so an inconsistent verdict
    there is most likely a false alarm worth reading. With ``show=False`` (blind pages) the
    verdicts are counted, never listed.
    """
    from newsfacts import parse_page
    from newsfacts.errors import NewsFactsError
    from newsfacts.sources import load_path

    if paths is None:
        paths = _aeb_pages()
    counts: Counter[str] = Counter()
    flagged: list[str] = []
    read = 0
    for path in paths:
        try:
            article = parse_page(load_path(path))
        except NewsFactsError:
            continue
        if article.metadata.language not in (None, "en"):
            continue
        read += 1
        for c in article.checks:
            counts[c.status] += 1
            if c.status == "inconsistent":
                flagged.append(
                    f"{path.name[:24]} {c.rule} ({c.severity}): {c.message[:150]}"
                    if show
                    else path.name
                )
    return read, counts, flagged


def _aeb_pages(limit: int = 80) -> list[Path]:
    return sorted((CORPUS.parent / "aeb-dev" / "html").glob("*"))[:limit]


def _realworld_pages() -> list[Path]:
    return sorted(REALWORLD.glob("*.html"))


def figures() -> dict[str, float]:
    """The validator's figures on news-dev, for the gate: recall of the extracted gold checks,
    the share of gold checks with all their facts extracted, recalled with the right verdict, the
    share of gold-inconsistent checks found, false alarms on news-dev and inconsistent verdicts on
    aeb-dev and on the English pages of trafilatura-realworld (lower is better), figure coverage."""
    t = evaluate(verbose=False)
    _pages, _counts, flagged = scan_unannotated()
    _rw, _rw_counts, rw_flagged = scan_unannotated(_realworld_pages())
    return {
        "recall": t.recalled / t.extracted if t.extracted else 0.0,
        "extracted": t.extracted / t.gold if t.gold else 0.0,
        "right-verdict": t.right / t.gold if t.gold else 0.0,
        "inconsistent-found": t.found_false / t.gold_false if t.gold_false else 1.0,
        "false-alarms": len(t.false_alarms),
        "aeb-dev-inconsistent": len(flagged),
        "realworld-inconsistent": len(rw_flagged),
        "figure-coverage": t.covered / t.figures if t.figures else 0.0,
    }


def set_figures(gold_set: Path = BLIND_POOL) -> dict[str, float]:
    """The validator's figures on a page set with gold checks (the blind set by default):
    relations recalled with the right verdict (of all gold relations), recall of the extracted
    ones, inconsistent verdicts on the set's pages and false alarms among them."""
    t = evaluate(verbose=False, gold_set=gold_set)
    return {
        "right-verdict": t.right / t.gold if t.gold else 0.0,
        "recall": t.recalled / t.extracted if t.extracted else 0.0,
        "extracted": t.extracted / t.gold if t.gold else 0.0,
        "inconsistent": t.inconsistent,
        "false-alarms": len(t.false_alarms),
    }


def material(limit: int = 80) -> list[Path]:
    """The files :func:`figures` reads: the news-dev gold and pages, the pages scanned."""
    gold = GOLD / "news-dev.jsonl"
    records = _news_dev_records()
    pages = [CORPUS / f"{r['id']}.html" for r in records]
    return [gold, *pages, *_aeb_pages(limit), *_realworld_pages()]


def gold_records(gold_set: Path | None) -> tuple[list[dict[str, Any]], Path]:
    """The gold records of a set and the folder of its pages: a folder of records (the news
    pool's halves), or the news-dev gold when ``gold_set`` is None."""
    if gold_set is None:
        return _news_dev_records(), CORPUS
    return [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_set.glob("*.json"))
    ], POOL


def gold_material(gold_set: Path | None) -> list[Path]:
    """The files a scorer of :func:`gold_records` reads: the gold and the pages."""
    if gold_set is None:
        return [GOLD / "news-dev.jsonl", *(CORPUS / f"{r['id']}.html" for r in _news_dev_records())]
    records = sorted(gold_set.glob("*.json"))
    return [*records, *(POOL / f"{p.stem}.html" for p in records)]


def set_material(gold_set: Path = BLIND_POOL) -> list[Path]:
    """The files :func:`set_figures` reads: the set's gold records and their pages."""
    return gold_material(gold_set)


def main(argv: list[str] | None = None) -> int:
    """Print the figures; exit 0 (a benchmark reports, the regression suite enforces)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every check")
    parser.add_argument(
        "--set",
        type=Path,
        help="score a page set's gold checks instead (bench/dev/news-pool, bench/blind/news-pool);"
        " never --verbose on the blind one",
    )
    args = parser.parse_args(argv)
    if args.set is not None:
        if args.verbose and "blind" in args.set.parts:
            parser.error("--verbose on a blind set would show our output on blind pages")
        t = evaluate(args.verbose, gold_set=args.set)
        print(f"\nvalidator on the gold checks of {args.set}")
        print(f"  gold checks {t.gold}, with all their facts extracted {t.extracted}")
        print(f"  recalled with the right verdict {t.right}  = {t.right / max(1, t.gold):.3f}")
        print(f"  recalled (any verdict) {t.recalled} of the extracted")
        print("  our verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(t.ours.items())))
        print(f"  inconsistent verdicts {t.inconsistent}, false alarms {len(t.false_alarms)}")
        print("  per gold type (checks, extracted, recalled):")
        for kind, (n, ext, rec) in sorted(t.by_type.items()):
            print(f"    {kind:<22} {n:>3} {ext:>3} {rec:>3}")
        if args.verbose:
            for line in t.false_alarms:
                print(f"    {line}")
        return 0
    t = evaluate(args.verbose)
    recall = t.recalled / t.extracted if t.extracted else 0.0
    print("\nvalidator on news-dev gold checks")
    print(f"  gold checks                     {t.gold}")
    print(f"  with all their facts extracted  {t.extracted}")
    print(f"  recalled by a check of ours     {t.recalled}  recall {recall:.3f}  (target >= 0.8)")
    print(f"  recalled with the right verdict {t.right}  = {t.right / max(1, t.gold):.3f} of all")
    print(f"  gold-inconsistent found         {t.found_false}/{t.gold_false}")
    print(
        f"  false alarms                    {len(t.false_alarms)}"
        f"  ({t.on_consistent} on gold-consistent relations)"
    )
    for line in t.false_alarms:
        print(f"    {line}")
    print("  per gold type (checks, extracted, recalled):")
    for kind, (n, ext, rec) in sorted(t.by_type.items()):
        print(f"    {kind:<22} {n:>3} {ext:>3} {rec:>3}")
    for name, paths in (("aeb-dev", None), ("trafilatura-realworld", _realworld_pages())):
        pages, counts, flagged = scan_unannotated(paths)
        print(
            f"  {name} ({pages} English pages, no gold checks): "
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
            + f"; inconsistent verdicts to read: {len(flagged)}"
        )
        for line in flagged:
            print(f"    {line}")
    total = sum(t.ours.values())
    print(
        f"  our checks {total}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(t.ours.items()))
        + f"; figure coverage {t.covered}/{t.figures}"
        + (f" = {t.covered / t.figures:.3f}" if t.figures else "")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
