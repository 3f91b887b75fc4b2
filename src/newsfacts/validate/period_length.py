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

from newsfacts.extract.tense import Side, time_side
from newsfacts.facts import DateFact, DateRangeFact
from newsfacts.validate.context import RuleContext
from newsfacts.validate.verdict import UNDECIDED, Outcome, Verdict, judged

__all__ = ["check_period_length"]

_WEEK = re.compile(r"\bweek\b", re.I)
#: "week" naming the range right after it: "the week of", "a week from" (not "rose to 38 last
#: week from 31 in October": a figure between, the range is another's).
_WEEK_NAMES = re.compile(
    r"\bweek\s*(?:of|from|between|spanning|beginning|starting|ending|running\s+from)?\s*[(,:]?\s*$",
    re.I,
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"^(Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b")


def _week(f: DateRangeFact, ctx: RuleContext) -> Verdict | None:
    start, _ = f.span
    lead = ctx.text[max(0, start - 20) : start]
    if f.start is None or f.end is None or not (_WEEK.search(f.text) or _WEEK_NAMES.search(lead)):
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


#: How far from the publication date a date printed without its year may lie for the year the
#: publication places it in to be taken as meant (farther, the story may mean another year).
_NEAR_DAYS = 120


def _placed(day: dt.date, published: dt.date, side: Side | None = None) -> dt.date | None:
    """The month and day of ``day`` in the year the publication date puts them in.

    The clause's tense says which side of publication the day is on ("was 21 at the time of
    the robbery, on Tuesday, Feb. 15" in October: the February before; "is set to begin on
    Wednesday, Aug. 14" in July: the August after); without a tense, the nearest. A weekday
    that does not fit the tense's day is judged on the nearest one (a clause's tense can be
    misread: "Monday, May 27, is the holiday itself, and the group warned ...").
    """
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(day.replace(year=year))
        except ValueError:  # February 29
            continue
    if side == "past" and (before := [d for d in options if d <= published]):
        return max(before)
    if side == "future" and (after := [d for d in options if d >= published]):
        return min(after)
    return min(options, key=lambda d: abs((d - published).days), default=None)


def _weekday_by_publication(
    fact_id: str, day: dt.date, printed: str, published: dt.date, side: Side | None = None
) -> Verdict | None:
    """A weekday beside a date printed without its year, in the year publication places it.

    "began Sunday, March 10" in a story of 2024-03-12: March 10, 2024 was a Sunday (holds).
    "set to begin on Wednesday, Aug. 14" in a story of 2023-07-07: Aug. 14, 2023 was a Monday;
    a date that near the publication is meant in that year, so the weekday is wrong. Farther
    than :data:`_NEAR_DAYS` away the story may mean another year: no verdict from here.
    """
    placed = _placed(day, published, side)
    if placed is not None and side is not None and _DAYS[placed.weekday()] != printed:
        placed = _placed(day, published)  # the tense may be misread: the nearest day decides
    if placed is None:
        return None
    actual = _DAYS[placed.weekday()]
    near = abs((placed - published).days) <= _NEAR_DAYS
    if actual != printed and not near:
        return None
    message = f"{placed} (the year the publication date {published} places it in) was a {actual}"
    message += "" if actual == printed else f", not a {printed}"
    return judged(
        "period_length",
        [fact_id],
        Outcome(actual == printed),
        message,
        expected=actual,
        actual=printed,
    )


#: A weekday printed before the second end of a range: "..., to Thursday, April 18".
_SECOND_WEEKDAY = re.compile(
    r"(?:\bto|\bthrough|\buntil|\btill|[-–—]|\bends?|\bended|\blast(?:s|ed)?)\s*"
    r"(?:(?:on|through|until|to)\s+)?"
    r"(Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b",
    re.I,
)


def _range_weekdays(f: DateRangeFact, published: dt.date | None) -> list[Verdict]:
    """The weekdays printed at either end of a range ("Friday, Feb. 9, through Feb. 25")."""
    if f.start is None or f.end is None:
        return []
    ends = []
    first = _WEEKDAY.match(f.text)
    if first:
        ends.append((first.group(1), f.start))
    second = _SECOND_WEEKDAY.search(f.text)
    if second:
        ends.append((second.group(1), f.end))
    verdicts = []
    for word, day in ends:
        verdict = _weekday(f.id, f.text, day, word, published)
        if verdict is not None:
            verdicts.append(verdict)
    return verdicts


#: How many days after a date printed with its year a date printed without one may follow it in
#: the story's telling and be read in that year.
_NARRATIVE_DAYS = 60


def _in_narrative_year(f: DateFact, ctx: RuleContext) -> Verdict | None:
    """A weekday beside a date with no year that follows a dated event told just before.

    "on Monday, Dec. 7, 1981, an explosion tore through the mine. ... rescuers reached them on
    Thursday, Dec. 10": the story is telling 1981, and Dec. 10, 1981 was a Thursday. The year is
    that of a date printed with its year in the sentence or the two before, at most
    :data:`_NARRATIVE_DAYS` days before the month and day in that year; only when the weekday
    fits that year (else the publication's year is read as before).
    """
    match = _WEEKDAY.match(f.text)
    if match is None or re.search(r"\b\d{4}\b", f.text):
        return None
    printed = next(d for d in _DAYS if d.lower().startswith(match.group(1).lower()[:3]))
    for d in ctx.dates():
        if not isinstance(d, DateFact) or d is f or not re.search(r"\b\d{4}\b", d.text):
            continue
        if not f.sentence - 2 <= d.sentence <= f.sentence or d.span[0] >= f.span[0]:
            continue
        try:
            day = f.date.replace(year=d.date.year)
        except ValueError:  # February 29
            continue
        if not 0 < (day - d.date).days <= _NARRATIVE_DAYS or _DAYS[day.weekday()] != printed:
            continue
        return judged(
            "period_length",
            [f.id, d.id],
            Outcome(True),
            f"{day} (the year of {d.text}, told just before) was a {printed}",
            expected=printed,
            actual=printed,
        )
    return None


def _weekday_of(f: DateFact, ctx: RuleContext) -> Verdict | None:
    match = _WEEKDAY.match(f.text)
    if match is None:
        return None
    side = time_side(ctx.text, *f.span)
    return _weekday(f.id, f.text, f.date, match.group(1), ctx.published, side)


def _weekday(
    fact_id: str,
    text: str,
    day: dt.date,
    word: str,
    published: dt.date | None,
    side: Side | None = None,
) -> Verdict | None:
    """A weekday printed beside a date: the day must fall on it."""
    printed = next(d for d in _DAYS if d.lower().startswith(word.lower()[:3]))
    actual = _DAYS[day.weekday()]
    ok = printed == actual
    yearless = not re.search(r"\b\d{4}\b", text)
    if published is not None and yearless:
        verdict = _weekday_by_publication(fact_id, day, printed, published, side)
        if verdict is not None:
            return verdict
    if ok and yearless:
        # the year was read from the weekday itself (the extractor picks the year near
        # publication in which the day falls on it): nothing left to check
        return judged(
            "period_length",
            [fact_id],
            UNDECIDED,
            f"{day} was a {actual}; the year is not printed and was read from the weekday",
            expected=actual,
            actual=printed,
        )
    if not ok and yearless:
        # the year came from the publication date: the printed weekday may mean another year
        fits = [y for y in (day.year - 1, day.year + 1) if _fits(day, y, printed)]
        note = f"; {printed} fits {fits[0]}" if fits else ""
        return judged(
            "period_length",
            [fact_id],
            UNDECIDED,
            f"{day} (year taken from the publication date) was a {actual}, not a {printed}"
            f"{note}: the year is not printed, so the article may mean another one",
            expected=actual,
            actual=printed,
        )
    message = f"{day} was a {actual}" + ("" if ok else f", not a {printed}")
    return judged("period_length", [fact_id], Outcome(ok), message, expected=actual, actual=printed)


#: A day named right before a date it is glossed with: "today (Nov. 18)", "on Monday (Nov. 18)",
#: "yesterday, March 3,". The name comes first, the date in brackets or after a comma.
_NAMED_DAY_BEFORE = re.compile(
    r"\b(today|yesterday|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*(?:\(|,)\s*$",
    re.I,
)
#: Days from the publication date that each relative day word names.
_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}


def _named_day(f: DateFact, ctx: RuleContext) -> Verdict | None:
    """A date glossing the day named before it ("published online today (Nov. 18)").

    A weekday must match the date; "today", "yesterday" and "tomorrow" must match it counted from
    the publication day.
    """
    named = _NAMED_DAY_BEFORE.search(ctx.text[max(0, f.span[0] - 14) : f.span[0]])
    if named is None or _WEEKDAY.match(f.text):
        return None
    word = named.group(1)
    if word.lower() not in _RELATIVE_DAYS:
        return _weekday(f.id, f.text, f.date, word, ctx.published)
    if ctx.published is None:
        return None  # no publication date: "today" cannot be placed
    meant = ctx.published + dt.timedelta(days=_RELATIVE_DAYS[word.lower()])
    ok = f.date == meant
    message = f'"{word}" beside {f.text}: the publication date {ctx.published} makes it {meant}'
    if ok:
        return judged(
            "period_length", [f.id], Outcome(True), message + ": holds", expected=str(meant)
        )
    # a page's date may be the day it was updated, not the day the text was written
    return judged(
        "period_length",
        [f.id],
        UNDECIDED,
        message + f", not {f.date}; the page's date may be a later update",
        expected=str(meant),
        actual=str(f.date),
    )


def check_period_length(ctx: RuleContext) -> list[Verdict]:
    """Check week lengths and printed weekdays."""
    verdicts: list[Verdict] = []
    for f in ctx.facts:
        if isinstance(f, DateRangeFact) and f.start is not None:
            verdicts += _range_weekdays(f, ctx.published)
        verdict = (
            (_week(f, ctx) or _named_span(f, ctx))
            if isinstance(f, DateRangeFact) and f.start is not None
            else (_in_narrative_year(f, ctx) or _weekday_of(f, ctx))
            if isinstance(f, DateFact)
            else None
        )
        if verdict is not None:
            verdicts.append(verdict)
        if isinstance(f, DateFact) and (named := _named_day(f, ctx)) is not None:
            verdicts.append(named)
    return verdicts
