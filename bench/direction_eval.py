"""Score the direction of figures (up / down / none) on short written passages.

Each set is a folder holding ``passages.jsonl``: one passage a line, ``{"id", "pub_date",
"text", "figures": [{"kind", "text", "value", "unit", "direction", "why"}]}``, every percent,
money and quantity figure of the passage annotated with the direction the gold README gives it
(``up`` / ``down`` for a change or a difference, ``null`` for levels, shares, totals, end values,
bounds; ``"?"`` when the annotator could not decide: not scored). The passages are written for
this benchmark by helper sessions that neither read nor ran newsfacts (``bench/dev/README.md``).

A gold figure is matched to a figure of ours (percent, money or quantity) whose span overlaps
its occurrence in the passage, else one whose value (or range) equals it; one-to-one. Among
matched figures it prints the direction accuracy, a confusion table and per-direction precision
and recall; with ``--failures`` (development sets only) every disagreement.

    python bench/direction_eval.py [--set bench/dev/directions-written] [--failures]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import newsfacts
from newsfacts.facts import MoneyFact, PercentFact, QuantityFact

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "bench" / "dev" / "directions-written"
_FIGURES = (PercentFact, MoneyFact, QuantityFact)
_LABELS = ("up", "down", "none")


@dataclass
class Score:
    """Counts over one set."""

    gold: int = 0  # gold figures with a decided direction
    matched: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, ours)
    failures: list[str] = field(default_factory=list)

    @property
    def right(self) -> int:
        return sum(n for (g, o), n in self.confusion.items() if g == o)

    def accuracy(self) -> float:
        return self.right / self.matched if self.matched else 0.0

    def prf(self, label: str) -> tuple[float, float]:
        """Precision and recall of one direction among matched figures."""
        said = sum(n for (_, o), n in self.confusion.items() if o == label)
        truth = sum(n for (g, _), n in self.confusion.items() if g == label)
        hit = self.confusion[(label, label)]
        return (hit / said if said else 0.0, hit / truth if truth else 0.0)


def _label(direction: str | None) -> str:
    return "none" if direction is None else direction


def _same_value(gold: Any, fact: Any) -> bool:
    lo, hi = (gold[0], gold[1]) if isinstance(gold, list) else (gold, gold)
    ours_hi = fact.value_max if fact.value_max is not None else fact.value
    return _close(lo, fact.value) and _close(hi, ours_hi)


def _close(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))


def _match(gold_figures: list[dict[str, Any]], text: str, ours: list[Any]) -> list[Any]:
    """For each gold figure, the figure of ours it is matched to (or None); one-to-one."""
    taken: set[int] = set()
    out: list[Any] = []
    cursor = 0
    for g in gold_figures:
        at = text.find(g["text"], cursor)
        if at < 0:
            at = text.find(g["text"])
        else:
            cursor = at + 1
        span = (at, at + len(g["text"])) if at >= 0 else None
        best = None
        if span is not None:
            for k, f in enumerate(ours):
                if k not in taken and f.span[0] < span[1] and span[0] < f.span[1]:
                    if g.get("value") is None or _same_value(g["value"], f):
                        best = k
                        break
        if best is None and g.get("value") is not None:
            best = next(
                (k for k, f in enumerate(ours) if k not in taken and _same_value(g["value"], f)),
                None,
            )
        if best is not None:
            taken.add(best)
        out.append(None if best is None else ours[best])
    return out


def score(path: Path, *, failures: bool = False) -> Score:
    s = Score()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        article = newsfacts.parse(row["text"], published=row.get("pub_date"))
        ours = [f for f in article.facts if isinstance(f, _FIGURES)]
        decided = [g for g in row["figures"] if g.get("direction") != "?"]
        for g, f in zip(decided, _match(decided, row["text"], ours), strict=True):
            s.gold += 1
            if f is None:
                continue
            s.matched += 1
            want, got = _label(g.get("direction")), _label(f.direction)
            s.confusion[(want, got)] += 1
            if failures and want != got:
                s.failures.append(
                    f"{row['id']}: {g['text']!r} gold {want}, ours {got} ({g.get('why', '')})\n"
                    f"      {row['text']}"
                )
    return s


def figures(folder: Path = DEFAULT) -> dict[str, float]:
    """The gate's figures on one set: direction accuracy among matched figures, and matching."""
    s = score(folder / "passages.jsonl")
    up, down = s.prf("up"), s.prf("down")
    return {
        "direction-accuracy": round(s.accuracy(), 4),
        "matched": round(s.matched / s.gold, 4) if s.gold else 0.0,
        "up-precision": round(up[0], 4),
        "up-recall": round(up[1], 4),
        "down-precision": round(down[0], 4),
        "down-recall": round(down[1], 4),
    }


def material(folder: Path = DEFAULT) -> list[Path]:
    """The files :func:`figures` reads."""
    return [folder / "passages.jsonl"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT, help="a directions-written folder")
    parser.add_argument("--failures", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    if args.failures and "blind" in args.set.parts:
        print("refusing --failures on a blind set: score it as an aggregate only", file=sys.stderr)
        return 2
    s = score(args.set / "passages.jsonl", failures=args.failures)
    for line in s.failures:
        print(line)
    print(f"directions on {args.set}: {s.gold} gold figures, {s.matched} matched")
    print(f"direction right among matched: {s.right}/{s.matched} = {s.accuracy():.3f}")
    print("gold \\ ours " + " ".join(f"{o:>6}" for o in _LABELS))
    for g in _LABELS:
        print(f"{g:>11} " + " ".join(f"{s.confusion[(g, o)]:6d}" for o in _LABELS))
    for label in ("up", "down"):
        p, r = s.prf(label)
        print(f"{label:>4}: P {p:.3f} R {r:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
