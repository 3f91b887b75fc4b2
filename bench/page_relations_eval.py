"""Score the validator on relations annotated on real pages (``bench/*/*-relations``).

Each set is a ``relations.jsonl``: one line per saved page (``id``, ``published``) with the
numeric relations its article states, written in the form of the hand-written sets
(``relations_eval.py``): ``type``, ``holds``, ``figures`` (exact strings of the article). The page
is read where ``bench/blind/check_gold.py`` finds it (the news pool, aeb-dev, newspaper4k's test
pages in ``bench/.cache``), never copied.

* **right verdict**: a check of ours relates the relation's figures (the same matching as
  ``relations_eval.py``) and says ``consistent`` for a relation that holds, ``inconsistent``
  for one that does not;
* **false alarms**: ``inconsistent`` checks that match no broken relation (the pages are real
  articles: every other ``inconsistent`` is a false alarm);
* **planted errors**: for each relation that holds, each of its figures printed in digits is
  changed in the saved page (a year moved by three, any other number tripled; every copy of it,
  since a lede repeated in the meta description comes before the body) and the page is
  read again; the relation counts as caught when, for one of its changed figures, a check that
  relates the changed figures says ``inconsistent``. A comparison may still hold after one
  figure is tripled, which is why every figure is tried.

    python bench/page_relations_eval.py --set bench/dev/newspaper4k-relations
    python bench/page_relations_eval.py --set bench/blind/newspaper4k-relations   # aggregates

Never pass ``--verbose`` on a blind set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind.check_gold import page_path, read_page
from relations_eval import _matches

HERE = Path(__file__).resolve().parent

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass
class Score:
    pages: int = 0
    relations: int = 0
    recalled: int = 0
    right: int = 0
    false_alarms: int = 0
    mutable: int = 0
    caught: int = 0


def mutate_figure(figure: str) -> str | None:
    """The figure with its first number changed: a year moved by three, else tripled."""
    m = _NUMBER.search(figure)
    if m is None:
        return None
    raw = m.group(0)
    digits = raw.replace(",", "")
    if re.fullmatch(r"(?:19|20)\d\d", digits):
        new = str(int(digits) + 3)
    elif "." in digits:
        places = len(digits.split(".")[1])
        new = (
            f"{float(digits) * 3:,.{places}f}" if "," in raw else f"{float(digits) * 3:.{places}f}"
        )
    else:
        new = f"{int(digits) * 3:,}" if "," in raw else str(int(digits) * 3)
    return figure[: m.start()] + new + figure[m.end() :]


def _parse(raw: str, published: str | None, path: Path, nlp: Any) -> Any:
    from newsfacts import parse_page
    from newsfacts.sources import load_page

    return parse_page(load_page(raw, path=str(path)), published=published, nlp=nlp)


def _texts(article: Any) -> dict[str, str]:
    return {f.id: getattr(f, "text", "") or "" for f in article.facts}


def score(folder: Path, *, verbose: bool = False, planted: bool = True) -> tuple[Score, Counter]:
    from newsfacts.extract import load_nlp
    from newsfacts.settings import Settings

    nlp = load_nlp(Settings())
    result = Score()
    per_type: Counter[str] = Counter()
    for line in (folder / "relations.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        path = page_path(row["id"])
        raw = read_page(path)
        article = _parse(raw, row.get("published"), path, nlp)
        texts = _texts(article)
        result.pages += 1
        used: set[int] = set()
        for rel in row["relations"]:
            result.relations += 1
            want = "consistent" if rel["holds"] else "inconsistent"
            found = [
                (k, c) for k, c in enumerate(article.checks) if _matches(c, texts, rel["figures"])
            ]
            ok = [k for k, c in found if c.status == want]
            result.recalled += bool(found)
            if ok:
                result.right += 1
                per_type[rel["type"]] += 1
                used.update(ok)
            if verbose:
                mark = "RIGHT" if ok else ("WRONG" if found else "MISSED")
                print(
                    f"{row['id']} {rel['type']:18} holds={rel['holds']!s:5} {mark} {rel['figures']}"
                )
                for _, c in found:
                    print(f"      {c.rule} {c.status}: {c.message[:160]}")
            if planted and rel["holds"]:
                result.mutable, result.caught = _plant(
                    rel, raw, row, path, nlp, result.mutable, result.caught, verbose
                )
        alarms = [
            c for k, c in enumerate(article.checks) if c.status == "inconsistent" and k not in used
        ]
        result.false_alarms += len(alarms)
        if verbose:
            for c in alarms:
                print(f"   FALSE ALARM {row['id']} {c.rule}: {c.message[:160]}")
    return result, per_type


def _planted(raw: str, figure: str, changed: str) -> str:
    """The page with every copy of ``figure`` changed.

    A page repeats its lede in the meta description, the JSON-LD and sometimes a second copy of
    the body, before or after the one the reader sees: changing only the first copy would leave
    the article itself untouched.
    """
    edge = r"(?<![\w.,])" if figure[:1].isalnum() else ""
    tail = r"(?![\w]|[.,]\d)" if figure[-1:].isalnum() else ""
    return re.sub(edge + re.escape(figure) + tail, lambda _: changed, raw)


def _plant(
    rel: dict, raw: str, row: dict, path: Path, nlp: Any, mutable: int, caught: int, verbose: bool
) -> tuple[int, int]:
    """Change each digit figure of a holding relation in turn; caught when one is flagged."""
    tried = False
    for n, figure in enumerate(rel["figures"]):
        changed = mutate_figure(figure)
        if changed is None or raw.count(figure) == 0:
            continue
        mutant = _planted(raw, figure, changed)
        tried = True
        article = _parse(mutant, row.get("published"), path, nlp)
        figures = [changed if k == n else f for k, f in enumerate(rel["figures"])]
        texts = _texts(article)
        hits = [c for c in article.checks if _matches(c, texts, figures)]
        if any(c.status == "inconsistent" for c in hits):
            if verbose:
                print(f"      planted {figure!r} -> {changed!r}: caught")
            return mutable + 1, caught + 1
    return mutable + tried, caught


def figures(folder: Path) -> dict[str, float]:
    """Right verdicts, planted errors caught and false alarms on one set."""
    result, _ = score(folder)
    return {
        "right-verdict": result.right / result.relations if result.relations else 0.0,
        "planted-caught": result.caught / result.mutable if result.mutable else 0.0,
        "false-alarms": result.false_alarms,
    }


def material(folder: Path) -> list[Path]:
    """The files :func:`figures` reads: the relations and the saved pages."""
    rows = [
        json.loads(line)
        for line in (folder / "relations.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [folder / "relations.jsonl", *(page_path(row["id"]) for row in rows)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, required=True, help="a folder with relations.jsonl")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every relation")
    parser.add_argument("--no-planted", action="store_true", help="skip the planted errors")
    args = parser.parse_args(argv)
    if args.verbose and "blind" in args.set.parts:
        print("refusing --verbose on a blind set: score it as an aggregate only", file=sys.stderr)
        return 2
    result, per_type = score(args.set, verbose=args.verbose, planted=not args.no_planted)
    n = result.relations or 1
    print(f"validator on the relations of real pages in {args.set}")
    print(f"  pages {result.pages}, relations {result.relations}")
    print(f"  recalled with the right verdict {result.right} = {result.right / n:.3f}")
    print(f"  recalled (any verdict) {result.recalled} = {result.recalled / n:.3f}")
    if not args.no_planted:
        print(
            f"  planted errors caught {result.caught} of {result.mutable}"
            f" = {result.caught / (result.mutable or 1):.3f}"
        )
    print(f"  false alarms (inconsistent on the unchanged pages) {result.false_alarms}")
    print(
        "  right verdicts per type: " + ", ".join(f"{k} {v}" for k, v in sorted(per_type.items()))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
