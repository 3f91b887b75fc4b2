"""The matching rules of the extractor benchmarks, shared by every gold set and every system.

As ../shared/gold/README.md prescribes: a prediction matches a gold item when the kinds are
compatible, the character spans overlap and the value is within 0.5% relative (exact at 0; both
ends of a range, a scalar being the range [v, v]; percents compared by magnitude); date kinds are
compared as [start, end] days. Matching is one-to-one, largest overlap first. Gold spans are found
in a system's own text by their collapsed-whitespace ``context``.

Used by ``extract_scoring.py`` (scoring a sentence case or a page), ``extract_eval.py``,
``blind_eval.py`` and ``validate_eval.py``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

NUMERIC = ("percent", "money", "quantity")
DATES = ("date", "date_range")
Q_KINDS = ("number", "percent", "money", "quantity", "date", "date_range")
N_KINDS = ("percent", "money", "quantity", "date", "date_range")
TOLERANCE = 0.005

Days = tuple[dt.date | None, dt.date | None]  # inclusive [start, end]; end None = open


# --------------------------------------------------------------------------------------------
# Shared shapes and rules


@dataclass
class Pred:
    """One predicted fact, in a system-neutral shape."""

    kind: str
    start: int
    end: int
    text: str
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None  # quantity unit or money currency
    days: Days | None = None  # date kinds: the day(s); None when unknown
    period: Days | None = None  # numeric kinds: the period we link, None when none
    direction: str | None = None
    qualifier: str | None = None
    per: str | None = None
    sentence: int | None = None
    name: str | None = None  # organizations
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # an organization's other names


def close(p: float, g: float) -> bool:
    """|p - g| <= 0.5% of |g|, exact when g is 0."""
    if g == 0:
        return p == 0
    return abs(p - g) <= TOLERANCE * abs(g)


def numbers_match(pred: Pred, low: float, high: float) -> bool:
    """The predicted [value, value_max or value] matches the gold [low, high] at both ends."""
    if pred.value is None:
        return False
    lo = pred.value
    hi = pred.value_max if pred.value_max is not None else pred.value
    if pred.kind == "percent":
        lo, hi, low, high = abs(lo), abs(hi), abs(low), abs(high)
    return close(lo, low) and close(hi, high)


def as_day(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def as_days(value: object) -> Days | None:
    """A gold period / date value: ``"YYYY-MM-DD"`` -> (d, d); ``[s, e]`` -> (s, e); null -> None."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return as_day(value[0]), as_day(value[1])
    day = as_day(value)
    return day, day


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def days_overlap(a: Days, b: Days) -> bool:
    a0, a1 = a[0] or dt.date.min, a[1] or dt.date.max
    b0, b1 = b[0] or dt.date.min, b[1] or dt.date.max
    return a0 <= b1 and b0 <= a1


def kinds_compatible(gold_kind: str, pred_kind: str) -> bool:
    if gold_kind == pred_kind:
        return True
    if gold_kind in DATES and pred_kind in DATES:
        return True
    return gold_kind == "number" and pred_kind in NUMERIC


def greedy_match(candidates: Iterable[tuple[int, Any, int, int]]) -> dict[int, int]:
    """One-to-one matching, largest overlap first.

    ``candidates`` are (overlap, tie_break, gold_index, pred_index); ties on overlap go to the
    smaller tie_break, then to reading order. Returns {gold_index: pred_index}.
    """
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _ov, _tie, gi, pi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2], c[3])):
        if gi in matched or pi in used:
            continue
        matched[gi] = pi
        used.add(pi)
    return matched


@dataclass
class Tally:
    """True positives, false positives and misses per kind."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        self.tp.update(other.tp)
        self.fp.update(other.fp)
        self.fn.update(other.fn)

    def prf(self, kind: str | None = None) -> tuple[float, float, float, int]:
        """Precision, recall, F1 and gold count for one kind, or over all kinds (None)."""
        if kind is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[kind], self.fp[kind], self.fn[kind]
        return prf(tp, fp, fn)

    def covers(self, kind: str) -> bool:
        return bool(self.tp[kind] + self.fp[kind])


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float, int]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp + fn


@dataclass
class Agree:
    """Agreement counts of one attribute: agreeing pairs / compared pairs."""

    ok: int = 0
    n: int = 0

    def add(self, same: bool) -> None:
        self.ok += same
        self.n += 1

    def rate(self) -> float | None:
        return self.ok / self.n if self.n else None

    def show(self) -> str:
        return f"{self.ok}/{self.n} = {self.rate():.3f}" if self.n else "-"


# --------------------------------------------------------------------------------------------
# Text: collapsed whitespace with a map back to the original offsets

_SPACE = re.compile(r"\s+")


#: Characters never shown (soft hyphen, word joiner, BOM): ignored on both sides of a comparison.
_INVISIBLE = re.compile("[\u00ad\u2060\ufeff]")


def collapse(text: str) -> str:
    """Runs of whitespace (NBSP included) -> one space, ends stripped (the README's rule).

    Invisible characters are dropped: a gold context copied with a soft hyphen matches a text
    that has none.
    """
    return _SPACE.sub(" ", _INVISIBLE.sub("", text.replace("\xa0", " "))).strip()


def collapse_map(text: str) -> tuple[str, list[int]]:
    """``collapse(text)`` and, for each of its characters, the index of its source character.

    A collapsed space maps to the first character of its whitespace run.
    """
    chars: list[str] = []
    index: list[int] = []
    pos = 0

    def keep(a: int, b: int) -> None:
        for i in range(a, b):
            if not _INVISIBLE.match(text[i]):
                chars.append(text[i])
                index.append(i)

    for run in _SPACE.finditer(text):
        keep(pos, run.start())
        chars.append(" ")
        index.append(run.start())
        pos = run.end()
    keep(pos, len(text))
    start, end = 0, len(chars)
    while start < end and chars[start] == " ":
        start += 1
    while end > start and chars[end - 1] == " ":
        end -= 1
    return "".join(chars[start:end]), index[start:end]


def to_original(index: list[int], start: int, end: int) -> tuple[int, int]:
    """Map the collapsed span [start, end) back to the original text (end exclusive)."""
    if end <= start:
        return index[start], index[start]
    return index[start], index[end - 1] + 1


def find_all(haystack: str, needle: str) -> list[int]:
    found, at = [], haystack.find(needle)
    while needle and at >= 0:
        found.append(at)
        at = haystack.find(needle, at + 1)
    return found


def locate_in_context(
    collapsed: str, index: list[int], context: str, offset: int, length: int
) -> tuple[int, int] | None:
    """The gold span pinned by ``context`` + ``context_offset``, in original offsets, or None.

    The context is collapsed without stripping (a leading space keeps the offset right); when that
    is not found (the context opens the text), the stripped context is tried with the offset moved.
    """
    squeezed = _SPACE.sub(" ", context.replace("\xa0", " "))
    offset -= len(_INVISIBLE.findall(squeezed[:offset]))  # the text has no invisible characters
    squeezed = _INVISIBLE.sub("", squeezed)
    attempts = [(squeezed, offset)]
    stripped = squeezed.lstrip()
    if stripped != squeezed:
        attempts.append((stripped.rstrip(), offset - (len(squeezed) - len(stripped))))
    elif squeezed.rstrip() != squeezed:
        attempts.append((squeezed.rstrip(), offset))
    for needle, off in attempts:
        at = collapsed.find(needle) if needle else -1
        if at >= 0 and off >= 0 and at + off + length <= len(collapsed):
            return to_original(index, at + off, at + off + length)
    return _locate_without_spaces(collapsed, index, squeezed, offset, length) or _locate_one_side(
        collapsed, index, squeezed, offset, length
    )


#: The least context either side of a span pins it when the other side is not in the text.
_ONE_SIDE_CHARS = 20


def _locate_one_side(
    collapsed: str, index: list[int], context: str, offset: int, length: int
) -> tuple[int, int] | None:
    """The span pinned by one side of its context alone, when that side occurs once in the text.

    A cleaner that drops a bracketed source tag or a repeated brand name beside a figure
    ("[PC World]", "Nintendo Nintendo Switch Lite for $200") keeps the sentence the figure
    stands in: the context before the span with the span, or the span with the context after
    it, still finds it (at least :data:`_ONE_SIDE_CHARS` of context, and only where that piece
    occurs exactly once, so a repeated sentence pins nothing).
    """
    if offset < 0 or offset + length > len(context):
        return None
    left, right = context[: offset + length], context[offset:]
    for needle, off in (
        (left.lstrip(), offset - (len(left) - len(left.lstrip()))),
        (right.rstrip(), 0),
    ):
        if len(needle) - length < _ONE_SIDE_CHARS:
            continue
        at = collapsed.find(needle)
        if at >= 0 and collapsed.find(needle, at + 1) < 0:
            return to_original(index, at + off, at + off + length)
    return None


def _locate_without_spaces(
    collapsed: str, index: list[int], context: str, offset: int, length: int
) -> tuple[int, int] | None:
    """The last resort of :func:`locate_in_context`: both sides compared without spaces.

    A context copied from a text whose words ran together at an element boundary ("his
    deathIn a 1985 story", an image between two runs of text) still pins its span in a text that
    separates them, and the other way round.
    """
    if offset < 0 or offset + length > len(context):
        return None
    needle = context.replace(" ", "")
    start = offset - context[:offset].count(" ")
    size = length - context[offset : offset + length].count(" ")
    kept = [i for i, c in enumerate(collapsed) if c != " "]
    at = "".join(collapsed[i] for i in kept).find(needle) if needle else -1
    if at < 0 or size <= 0:
        return None
    first, last = kept[at + start], kept[at + start + size - 1]
    return to_original(index, first, last + 1)


def locate_in_span(
    text: str, needle: str, span: tuple[int, int], near: tuple[int, int]
) -> tuple[int, int] | None:
    """Occurrences of ``needle`` in ``text[span]`` (whitespace collapsed); the one overlapping
    ``near`` most, in original offsets."""
    s, e = span
    collapsed, index = collapse_map(text[s:e])
    best, best_ov = None, 0
    for at in find_all(collapsed, collapse(needle)):
        a, b = to_original(index, at, at + len(collapse(needle)))
        found = (a + s, b + s)
        ov = overlap(found, near)
        if ov > best_ov:
            best, best_ov = found, ov
    return best


def month_days(day: dt.date) -> Days:
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def describe(p: Pred) -> str:
    if p.kind in DATES:
        return str(p.days)
    if p.kind == "organization":
        return repr(p.name)
    rng = f"..{p.value_max:g}" if p.value_max is not None else ""
    return f"{p.value:g}{rng} {p.unit or ''}".strip() if p.value is not None else "value ?"


def fmt(x: float) -> str:
    return f"{x:.3f}"
