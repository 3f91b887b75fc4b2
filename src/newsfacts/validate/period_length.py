"""``period_length``: a "week" spans seven days, and a weekday printed beside a date must match it.

A range of dates the text calls a "quarter" must span 90-92 days (three months), one it calls a
"month" 28-31 days, a "year" 365-366 days, a "fortnight" 14 days - when the range is printed as
dates ("the quarter from July 1 to Sept. 30"), not when it is named ("the third quarter"): the
extractor resolves names itself, and checking its own arithmetic proves nothing.

When no year is printed, the year comes from the publication date; the weekday alignment of the
resolved week (Monday to Sunday, or Sunday to Saturday) is reported as evidence for that reading.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from newsfacts.facts import DateFact, DateRangeFact
from newsfacts.validate.context import RuleContext
from newsfacts.validate.verdict import UNDECIDED, Outcome, Verdict, judged

__all__ = ["check_period_length"]

_WEEK = re.compile(r"\bweek\b", re.I)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"^(Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b")


def _week(f: DateRangeFact, ctx: RuleContext) -> Verdict | None:
    start, _ = f.span
    lead = ctx.text[max(0, start - 20) : start]
    if f.start is None or f.end is None or not (_WEEK.search(f.text) or _WEEK.search(lead)):
        return None
    days = (f.end - f.start).days + 1
    span_words = f"{_DAYS[f.start.weekday()]} {f.start} to {_DAYS[f.end.weekday()]} {f.end}"
    year_note = " (year taken from the publication date)" if f.relative else ""
    if days == 7:
        message = f"a week of {days} days: {span_words}{year_note}"
        if f.start.weekday() not in {0, 6}:
            message += "; it does not start on a Monday or a Sunday"
    else:
        message = f"called a week, but {span_words} is {days} days{year_note}"
    # a week of the wrong length has no miss to measure: it is a major inconsistency
    return judged(
        "period_length",
        [f.id],
        Outcome(days == 7),
        message,
        expected=Decimal(7),
        actual=Decimal(days),
    )


_SPANS = {"quarter": (90, 92), "month": (28, 31), "year": (365, 366), "fortnight": (14, 14)}
_RANGE = re.compile(r"\d\s*(?:-|–|—|to|through|until|and)\s*\w", re.I)
#: "the quarter from July 1 to ...": the word names the range printed right after it.
_CALLED = re.compile(
    r"\b(quarter|month|year|fortnight)\s+(?:from|between|spanning|running\s+from|of)\s+$", re.I
)
_SPAN_WORD = re.compile(r"\b(quarter|month|year|fortnight)\b(?!\s*-)", re.I)


def _named_span(f: DateRangeFact, ctx: RuleContext) -> Verdict | None:
    if f.start is None or f.end is None or _SPAN_WORD.search(f.text) or _WEEK.search(f.text):
        return None
    if not _RANGE.search(f.text):
        return None  # a named month or year ("in 2020"): resolved by the extractor itself
    lead = ctx.text[max(0, f.span[0] - 30) : f.span[0]]
    named = _CALLED.search(lead)
    if not named:
        return None
    unit = named.group(1).lower()
    low, high = _SPANS[unit]
    days = (f.end - f.start).days + 1
    ok = low <= days <= high
    message = f"called a {unit}, {f.start} to {f.end} is {days} days"
    message += "" if ok else f" (a {unit} is {low}-{high} days)"
    gap = 0 if ok else min(abs(days - low), abs(days - high))
    return judged(
        "period_length",
        [f.id],
        Outcome(ok, Decimal(gap)),
        message,
        relative_to=low,
        expected=f"{low}-{high}" if low != high else Decimal(low),
        actual=Decimal(days),
    )


def _fits(day: dt.date, year: int, weekday: str) -> bool:
    try:
        return _DAYS[day.replace(year=year).weekday()] == weekday
    except ValueError:  # February 29
        return False


def _weekday(f: DateFact) -> Verdict | None:
    match = _WEEKDAY.match(f.text)
    if not match:
        return None
    printed = next(d for d in _DAYS if d.lower().startswith(match.group(1).lower()[:3]))
    actual = _DAYS[f.date.weekday()]
    ok = printed == actual
    if ok and not re.search(r"\b\d{4}\b", f.text):
        # the year was read from the weekday itself (the extractor picks the year near
        # publication in which the day falls on it): nothing left to check
        return judged(
            "period_length",
            [f.id],
            UNDECIDED,
            f"{f.date} was a {actual}; the year is not printed and was read from the weekday",
            expected=actual,
            actual=printed,
        )
    if not ok and not re.search(r"\b\d{4}\b", f.text):
        # the year came from the publication date: the printed weekday may mean another year
        fits = [y for y in (f.date.year - 1, f.date.year + 1) if _fits(f.date, y, printed)]
        note = f"; {printed} fits {fits[0]}" if fits else ""
        return judged(
            "period_length",
            [f.id],
            UNDECIDED,
            f"{f.date} (year taken from the publication date) was a {actual}, not a {printed}"
            f"{note}: the year is not printed, so the article may mean another one",
            expected=actual,
            actual=printed,
        )
    message = f"{f.date} was a {actual}" + ("" if ok else f", not a {printed}")
    return judged("period_length", [f.id], Outcome(ok), message, expected=actual, actual=printed)


def check_period_length(ctx: RuleContext) -> list[Verdict]:
    """Check week lengths and printed weekdays."""
    verdicts: list[Verdict] = []
    for f in ctx.facts:
        verdict = (
            (_week(f, ctx) or _named_span(f, ctx))
            if isinstance(f, DateRangeFact) and f.start is not None
            else _weekday(f)
            if isinstance(f, DateFact)
            else None
        )
        if verdict is not None:
            verdicts.append(verdict)
    return verdicts
