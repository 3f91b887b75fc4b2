"""Score the validator on hand-written relation snippets (``bench/*/relations-written``).

Each snippet states numeric relations, annotated by hand with the figures they tie and whether
their arithmetic holds (a third are planted errors). A gold relation is recalled when one check
relates figures whose text covers at least two of the gold figure strings (all of them when the
relation names one); its verdict is right when a holding relation is ``consistent`` and a
broken one ``inconsistent``. A false alarm is an ``inconsistent`` check that matches no broken
gold relation.

    python bench/relations_eval.py                       # the development half
    python bench/relations_eval.py --set bench/blind/relations-written   # aggregates only

Never pass ``--verbose`` on the blind half: its snippets must not be read while changing code.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import newsfacts
from newsfacts.facts import Article, Check

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "dev" / "relations-written"


@dataclass
class Score:
    relations: int = 0
    recalled: int = 0
    right: int = 0
    planted: int = 0
    caught: int = 0
    false_alarms: int = 0
    quiet_rows: int = 0
    quiet_rows_alarmed: int = 0


def _covers(fact_text: str, gold: str) -> bool:
    a, b = fact_text.lower(), gold.lower()
    return a in b or b in a


def _matches(check: Check, texts: dict[str, str], figures: list[str]) -> bool:
    mine = [texts.get(i, "") for i in check.fact_ids]
    hit = sum(1 for g in figures if any(t and _covers(t, g) for t in mine))
    # a relation with a word of its own (an ordinal "30th anniversary") may rest on one fact
    return hit >= min(2, len(figures), len(mine))


def score(path: Path, *, verbose: bool = False) -> tuple[Score, Counter[str], Counter[str]]:
    result = Score()
    per_type: Counter[str] = Counter()
    right_type: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        article: Article = newsfacts.parse(row["text"], published=row.get("published"))
        texts = {f.id: getattr(f, "text", "") or "" for f in article.facts}
        used: set[int] = set()
        relations = row["relations"]
        if not relations:
            result.quiet_rows += 1
        for rel in relations:
            result.relations += 1
            per_type[rel["type"]] += 1
            want = "consistent" if rel["holds"] else "inconsistent"
            if not rel["holds"]:
                result.planted += 1
            found = [
                (k, c) for k, c in enumerate(article.checks) if _matches(c, texts, rel["figures"])
            ]
            ok = [k for k, c in found if c.status == want]
            if found:
                result.recalled += 1
            if ok:
                result.right += 1
                right_type[rel["type"]] += 1
                used.update(ok)
                if not rel["holds"]:
                    result.caught += 1
            if verbose:
                mark = "RIGHT" if ok else ("WRONG" if found else "MISSED")
                print(f"{row['id']} {rel['type']:20} holds={rel['holds']!s:5} {mark}")
                for _, c in found:
                    print(f"      {c.rule} {c.status}: {c.message[:160]}")
        alarms = [
            c for k, c in enumerate(article.checks) if c.status == "inconsistent" and k not in used
        ]
        result.false_alarms += len(alarms)
        if not relations and alarms:
            result.quiet_rows_alarmed += 1
        if verbose:
            if not relations:
                print(f"{row['id']} (no relation)")
            for c in alarms:
                print(f"   FALSE ALARM {row['id']} {c.rule}: {c.message[:160]}")
            print("   text:", row["text"][:300])
    return result, per_type, right_type


def figures(folder: Path = DEFAULT) -> dict[str, float]:
    """The gate's figures on one set: right verdicts, planted errors caught, false alarms."""
    result, _, _ = score(folder / "snippets.jsonl")
    return {
        "right-verdict": result.right / result.relations if result.relations else 0.0,
        "planted-caught": result.caught / result.planted if result.planted else 0.0,
        "false-alarms": result.false_alarms,
    }


def alarm_figures(folder: Path) -> dict[str, float]:
    """The gate's one figure on a set whose every relation holds: its false alarms."""
    result, _, _ = score(folder / "snippets.jsonl")
    return {"false-alarms": result.false_alarms}


def material(folder: Path = DEFAULT) -> list[Path]:
    """The files :func:`figures` reads."""
    return [folder / "snippets.jsonl"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT, help="a relations-written folder")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every relation")
    args = parser.parse_args(argv)
    folder: Path = args.set
    if args.verbose and "blind" in folder.parts:
        print("refusing --verbose on a blind set: score it as an aggregate only", file=sys.stderr)
        return 2
    result, per_type, right_type = score(folder / "snippets.jsonl", verbose=args.verbose)
    n = result.relations or 1
    print(f"validator on the hand-written relations of {folder}")
    print(f"  relations {result.relations}")
    print(f"  recalled with the right verdict {result.right} = {result.right / n:.3f}")
    print(f"  recalled (any verdict) {result.recalled} = {result.recalled / n:.3f}")
    print(
        f"  planted errors caught {result.caught} of {result.planted}"
        f" = {result.caught / (result.planted or 1):.3f}"
    )
    print(f"  false alarms {result.false_alarms}")
    print(
        f"  rows with no relation {result.quiet_rows}, of them with an inconsistent check "
        f"{result.quiet_rows_alarmed}"
    )
    print("  per type (relations, right):")
    for kind, count in sorted(per_type.items()):
        print(f"    {kind:22} {count:3} {right_type[kind]:3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
