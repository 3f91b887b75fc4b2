"""Resolvers of the date grammar: one function per pattern of :mod:`.date_patterns`.

:data:`RESOLVERS` maps a pattern's name to the function that turns its match into days. A new
date form is a row in ``date_patterns.PATTERNS`` plus a resolver here (and its tests); a test
checks that every pattern has one. A resolver gets a :class:`DateContext` (the match, the
publication date, the side of it the clause speaks of, whether numeric dates put the day first)
and returns a :class:`DateMention`, or None when the match is no date after all.

Years that the text leaves out are inferred by :func:`infer_year` (a day) and :func:`month_year`
(a month or a quarter): a weekday printed beside the day fixes it; otherwise the clause's tense
(:mod:`newsfacts.extract.tense`) picks the past or the future occurrence, and without a cue the
nearest occurrence wins, leaning to the past.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from newsfacts.extract.date_patterns import DAY_WORDS
from newsfacts.extract.tense import Side
from newsfacts.vocab import MONTHS, NUMBER_WORDS, ORDINALS, WEEKDAYS

__all__ = [
    "RESOLVERS",
    "DateContext",
    "DateMention",
    "infer_year",
    "month_end",
    "month_number",
    "month_year",
]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression resolved to days.

    Attributes:
        start, end: character span of the expression.
        first, last: the inclusive range of days; ``last`` is None for an open end ("since March");
            both are None for a fiscal period (its calendar is the company's) and for a date whose
            year cannot be known (no publication date).
        single_day: the expression names one day (a ``date`` fact).
        relative: the year or the day came from the publication date, not the text.
        granularity: ``day``, ``week``, ``month``, ``quarter``, ``half``, ``year``, ``span``.
        weekday: the weekday printed beside the date, if any (0 = Monday).
        bare_relative: a phrase like "this year" with no calendar word.
        fiscal: a fiscal period ("fiscal 2019", "Q3 FY2019"); ``label`` names it ("FY2019 Q3").
        label: the period as printed, normalised, when the days are not known.
        keeps_numbers: the count inside stays a figure of its own ("the past 10 years": the
            span and "10 years").
    """

    start: int
    end: int
    first: dt.date | None
    last: dt.date | None
    single_day: bool
    relative: bool
    granularity: str
    weekday: int | None = None
    bare_relative: bool = False
    fiscal: bool = False
    label: str | None = None
    keeps_numbers: bool = False


@dataclass(slots=True)
class DateContext:
    """What a resolver knows about one match.

    ``side`` (the side of publication the clause speaks of) is read from the text only when a
    resolver asks for it: most matches are resolved, or refused, without it.
    """

    match: re.Match[str]
    published: dt.date | None
    read_side: Callable[[], Side | None] | None = None
    day_first: bool = False
    _side: Side | None = None
    _side_read: bool = False

    def without_side(self) -> DateContext:
        """The same match read as if its clause had no tense."""
        return DateContext(self.match, self.published, None, self.day_first, None, True)

    def with_side(self, side: Side) -> DateContext:
        """The same match read on ``side`` of publication, whatever its clause's tense."""
        return DateContext(self.match, self.published, None, self.day_first, side, True)

    @property
    def side(self) -> Side | None:
        """The tense side of the clause around the match (read once, when first asked)."""
        if not self._side_read:
            self._side = self.read_side() if self.read_side is not None else None
            self._side_read = True
        return self._side

    @property
    def g(self) -> dict[str, str | None]:
        """The match's named groups."""
        return self.match.groupdict()

    @property
    def span(self) -> tuple[int, int]:
        """The match's character span."""
        return self.match.span()


Resolver = Callable[[DateContext], DateMention | None]


def month_number(name: str) -> int:
    """1-12 for a month's name or abbreviation ("Sept." -> 9)."""
    return MONTHS[name.lower().rstrip(".")]


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _full_year(text: str, base: int) -> int:
    if len(text) == 2:
        return (base // 100) * 100 + int(text)
    return int(text)


def _weekday_index(name: str | None) -> int | None:
    if not name:
        return None
    return next(i for i, day in enumerate(WEEKDAYS) if day.startswith(name.lower()[:3]))


#: Without a tense cue, a month ahead of publication counts as this many days further away
#: than it is: a story names past months more often than coming ones.
PAST_LEAN_DAYS = 45
#: Without a tense cue, a day up to this many days after publication is still read as this year's.
SLACK_DAYS = 7


def month_year(published: dt.date, first_month: int, last_month: int, side: Side | None) -> int:
    """The year of a month span printed without one ("in March", "late Q1").

    The span holding the publication date is this year's. Otherwise a past-tense clause takes
    the latest span before publication, a future-tense one the next span after it, and a clause
    without a cue the nearest span, leaning to the past by :data:`PAST_LEAN_DAYS`.
    """
    year = published.year
    if dt.date(year, first_month, 1) <= published <= month_end(year, last_month):
        return year
    if side == "past":
        return year if month_end(year, last_month) < published else year - 1
    if side == "future":
        return year if dt.date(year, first_month, 1) > published else year + 1
    best_year, best_gap = year, None
    for candidate in (year - 1, year, year + 1):
        start = dt.date(candidate, first_month, 1)
        end = month_end(candidate, last_month)
        gap = (start - published).days if start > published else (published - end).days
        if start > published:
            gap += PAST_LEAN_DAYS
        if best_gap is None or gap < best_gap:
            best_year, best_gap = candidate, gap
    return best_year


def infer_year(
    month: int, day: int, published: dt.date, side: Side | None = None, weekday: int | None = None
) -> int:
    """The year of a day printed without one.

    A weekday printed beside it ("Thursday, January 9") names the one year near publication
    in which that day falls on that weekday. Otherwise a past-tense clause takes the latest such
    day up to :data:`SLACK_DAYS` after publication (a page's date is often its first version's),
    a future-tense one the next such day, and a clause without a cue the nearest such day, one
    more than a week ahead counted :data:`PAST_LEAN_DAYS` further away.
    """
    year = published.year
    if weekday is not None:
        fitting = [
            y
            for y in (year - 1, year, year + 1)
            if calendar.isleap(y) or (month, day) != (2, 29)
            if dt.date(y, month, day).weekday() == weekday
        ]
        if len(fitting) == 1:
            return fitting[0]
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        if (month, day) != (2, 29):
            return year
        step = 1 if side == "future" else -1  # 29 February: the nearest leap year on that side
        while not calendar.isleap(year):
            year += step
        return year
    if side == "past":
        return year - 1 if candidate > published + dt.timedelta(days=SLACK_DAYS) else year
    if side == "future":
        return year + 1 if candidate < published - dt.timedelta(days=1) else year
    best_year, best_gap = year, None  # no cue: the nearest such day, leaning to the past
    for near in (year - 1, year, year + 1):
        try:
            day_then = dt.date(near, month, day)
        except ValueError:
            continue
        gap = abs((day_then - published).days)
        if day_then > published + dt.timedelta(days=SLACK_DAYS):
            gap += PAST_LEAN_DAYS
        if best_gap is None or gap < best_gap:
            best_year, best_gap = near, gap
    return best_year


#: Years before this are no news dates.
_FIRST_YEAR = 1000


def _anchored(read: Callable[[DateContext, dt.date], DateMention | None]) -> Resolver:
    """A resolver that counts from the publication date: without one it reads nothing."""

    def resolve(c: DateContext) -> DateMention | None:
        return None if c.published is None else read(c, c.published)

    resolve.__name__ = resolve.__qualname__ = read.__name__
    resolve.__doc__ = read.__doc__
    return resolve


def _day(
    month_name: str,
    day: str,
    year: int | None,
    c: DateContext,
    weekday: int | None = None,
) -> tuple[dt.date, bool] | None:
    month = month_number(month_name)
    relative = year is None
    if year is None:
        if c.published is None:
            return None
        year = infer_year(month, int(day), c.published, c.side, weekday)
    if year < _FIRST_YEAR:
        return None
    try:  # month, day and year are all known: no need for dateparser (~3 ms a call)
        return dt.date(year, month, int(day)), relative
    except ValueError:  # "February 30"
        return None


def _int(text: str | None) -> int | None:
    return int(text) if text else None


# --------------------------------------------------------------------------------------------
# Resolvers, one per pattern name


def _spans_of_days(c: DateContext) -> DateMention | None:
    """Read "April 13-19", "week of March 2", "3-5 May", "between 3 and 12 of Sept"."""
    g = c.g
    start, end = c.span
    year = _int(g.get("y")) or _int(g.get("y1"))
    m1 = g.get("m1") or g.get("m2")
    m2 = g.get("m2") or m1
    if m1 is None or m2 is None or g.get("d1") is None:
        return None
    # A span is placed by its whole: one that runs across publication ("the March 3-April 2
    # window" in a March 12 story) is this year's whatever the tense; the end decides the rest.
    first = _day(m1, g["d1"] or "", year, c.without_side() if c.side == "future" else c)
    if first is None:
        return None
    if year is None and c.side == "future" and c.published is not None and g.get("d2"):
        end_this_year = _day(m2, g["d2"] or "", first[0].year, c)
        if end_this_year is not None and end_this_year[0] < c.published:
            first = (first[0].replace(year=first[0].year + 1), True)
    if g.get("d2") is None:
        return DateMention(
            start, end, first[0], first[0] + dt.timedelta(days=6), False, first[1], "week"
        )
    last = _day(m2, g["d2"] or "", first[0].year if year is None else year, c)
    if last is None:
        return None
    last_day = last[0]
    if last_day < first[0] and m2 != m1:
        last_day = last_day.replace(year=last_day.year + 1)
    if last_day < first[0]:
        return None
    return DateMention(start, end, first[0], last_day, False, first[1], "span")


_MONTH_COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24,
}  # fmt: skip


def _months_back(year: int, month: int, count: int) -> tuple[int, int]:
    """The (year, month) ``count - 1`` months before ``month`` of ``year``: a span's first month."""
    index = year * 12 + month - 1 - (count - 1)
    return index // 12, index % 12 + 1


def _placed_month(c: DateContext) -> tuple[int, int] | None:
    """(year, month) of the match's month ``m1``, with its printed year ``y``.

    Without a printed year the month is placed like a month alone against the publication date
    (None when there is none).
    """
    month = month_number(c.g["m1"] or "")
    if (year := _int(c.g.get("y"))) is not None:
        return year, month
    if c.published is None:
        return None
    return month_year(c.published, month, month, c.side), month


def _months_to(c: DateContext) -> DateMention | None:
    """Read "the three months to June", "the year to March 2020", "six months ended June 30"."""
    g = c.g
    start, end = c.span
    word = (g["n"] or "").lower()
    count = (
        int(word)
        if word.isdigit()
        else _MONTH_COUNTS.get(word) or {"year": 12, "quarter": 3}[(g["whole"] or "").lower()]
    )
    if not 1 <= count <= 36 or (placed := _placed_month(c)) is None:
        return None
    year, month = placed
    last = month_end(year, month)
    if (day := _int(g.get("d1"))) is not None:
        if not 1 <= day <= last.day:
            return None
        last = dt.date(year, month, day)
    else:
        end = _without_full_stop(g, "m1", end)  # "in the three months to June."
    first = dt.date(*_months_back(year, month, count), 1)
    if last != month_end(year, month):  # "the six months to June 15": from December 16
        back_year, back_month = _months_back(year, month, count + 1)
        first = dt.date(back_year, back_month, min(last.day, month_end(back_year, back_month).day))
        first += dt.timedelta(days=1)
    return DateMention(start, end, first, last, False, g.get("y") is None, "span")


def _month_quarter(c: DateContext) -> DateMention | None:
    """Read "the September quarter": the three months that end with it."""
    g = c.g
    start, end = c.span
    if (placed := _placed_month(c)) is None:
        return None
    year, month = placed
    first_year, first_month = _months_back(year, month, 3)
    first, last = dt.date(first_year, first_month, 1), month_end(year, month)
    return DateMention(start, end, first, last, False, g.get("y") is None, "quarter")


_YEAR_STEP = {"this": 0, "same": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}
_YEAR_STEP["following"] = 1


def _period_rel_year(c: DateContext) -> DateMention | None:
    """Read "March last year", "the third quarter of last year", "H1 next year"."""
    g = c.g
    start, end = c.span
    if c.published is None:
        return None
    year = c.published.year + _YEAR_STEP[(g["rel"] or "").split()[-1].lower()]
    if g.get("m1"):
        month = month_number(g["m1"] or "")
        return DateMention(
            start, end, dt.date(year, month, 1), month_end(year, month), False, True, "month"
        )
    if g.get("q") or g.get("qn"):
        q = int(g["qn"] or 0) if g.get("qn") else _NTH[(g["q"] or "").lower()]
        first, last = dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q)
        return DateMention(start, end, first, last, False, True, "quarter")
    half = int(g["hn"] or 0) if g.get("hn") else _NTH[(g["h"] or "").lower()]
    first, last = dt.date(year, 6 * half - 5, 1), month_end(year, 6 * half)
    return DateMention(start, end, first, last, False, True, "half")


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_NTH.update(fifth=5)


def _nth_week(c: DateContext) -> DateMention | None:
    """Read "the third week of July" (from its third Monday) or "the second week of 2015" (ISO).

    A month's weeks start on its Mondays and its last week is its last seven days; a year's
    weeks are its ISO weeks.
    """
    g = c.g
    start, end = c.span
    nth_word = (g["nth"] or "").lower()
    relative = False
    if (year_only := _int(g.get("y2"))) is not None or (g["unit"] or "").lower() == "year":
        if year_only is None:
            if c.published is None:
                return None
            step = {"next": 1, "last": -1, "previous": -1}.get((g["rel"] or "").lower(), 0)
            year_only, relative = c.published.year + step, True
        weeks = dt.date(year_only, 12, 28).isocalendar()[1]  # 52 or 53
        nth = weeks if nth_word == "last" else _NTH[nth_word]
        first = dt.date.fromisocalendar(year_only, nth, 1)
        return DateMention(start, end, first, first + dt.timedelta(days=6), False, relative, "week")
    if g.get("m1"):
        end = _without_full_stop(g, "m1", end)
        month = month_number(g["m1"] or "")
        year = _int(g.get("y"))
        if year is None:
            if c.published is None:
                return None
            year, relative = month_year(c.published, month, month, c.side), True
    else:
        if c.published is None:
            return None
        step = {"next": 1, "last": -1, "previous": -1}.get((g["rel"] or "").lower(), 0)
        index = c.published.year * 12 + c.published.month - 1 + step
        year, month, relative = index // 12, index % 12 + 1, True
    last_day = month_end(year, month)
    if nth_word == "last":  # the month's last seven days
        first = last_day - dt.timedelta(days=6)
        return DateMention(start, end, first, last_day, False, relative, "week")
    mondays = [d for d in range(1, last_day.day + 1) if dt.date(year, month, d).weekday() == 0]
    if _NTH[nth_word] > len(mondays):
        return None
    first = dt.date(year, month, mondays[_NTH[nth_word] - 1])
    return DateMention(start, end, first, first + dt.timedelta(days=6), False, relative, "week")


def _week_of(c: DateContext) -> DateMention | None:
    found = _spans_of_days(c)
    if found is None or found.granularity == "week":
        return found
    return DateMention(
        found.start, found.end, found.first, found.last, False, found.relative, "week"
    )


def _day_in_words(c: DateContext) -> DateMention | None:
    """Read "the second of Aug.", "May twenty nine"."""
    g = c.g
    start, end = c.span
    word = (g.get("ow") or g.get("dw") or "").lower()
    day_number = DAY_WORDS.get(word) or int(re.sub(r"\D", "", word) or 0)
    named = _day(g["m1"] or "", str(day_number), _int(g.get("y")), c)
    if named is None:
        return None
    return DateMention(start, end, named[0], named[0], True, named[1], "day")


@_anchored
def _md_span(c: DateContext, pub: dt.date) -> DateMention | None:
    """Read "from 10/1 to 11/7"."""
    g = c.g
    start, end = c.span
    from_m, from_d, to_m, to_d = (int(g[k] or 0) for k in ("a", "b", "c", "d"))
    if c.day_first:
        from_m, from_d, to_m, to_d = from_d, from_m, to_d, to_m
    span_year = infer_year(from_m, from_d, pub, c.side)
    span_first = dt.date(span_year, from_m, from_d)
    span_last = dt.date(span_year, to_m, to_d)
    if span_last < span_first:
        span_last = span_last.replace(year=span_year + 1)
    return DateMention(start, end, span_first, span_last, False, True, "span")


def _year_month_numeric(c: DateContext) -> DateMention | None:
    """Read "2016/11", "2016-11"; "2016-17" is a season and "2011-12" too (the next year's digits)."""
    year, month = int(c.g["y"] or 0), int(c.g["mo"] or 0)
    if c.match.group(0)[4] == "-" and month == (year + 1) % 100:
        return None
    return _month_numeric(c)


def _day_span_years(c: DateContext) -> DateMention | None:
    """Read "26 june in 2019 to 28 june in 2020": both ends printed with their years."""
    g = c.g
    start, end = c.span
    first = _day(g["m1"] or "", g["d1"] or "", _int(g["y1"]), c)
    last = _day(g["m2"] or "", g["d2"] or "", _int(g["y2"]), c)
    if first is None or last is None or last[0] < first[0]:
        return None
    return DateMention(start, end, first[0], last[0], False, False, "span")


@_anchored
def _the_nth_in_words(c: DateContext, pub: dt.date) -> DateMention | None:
    """Read "Friday the fifteenth": the nearest month in which that day is that weekday."""
    start, end = c.span
    number = DAY_WORDS.get((c.g["dw"] or "").lower())
    if number is None:
        return None
    day = _nth_day(number, c.g.get("wd"), pub)
    if day is None:
        return None
    return DateMention(start, end, day, day, True, True, "day")


def _month_numeric(c: DateContext) -> DateMention | None:
    """Read "11/2016"."""
    start, end = c.span
    year, month = int(c.g["y"] or 0), int(c.g["mo"] or 0)
    return DateMention(
        start, end, dt.date(year, month, 1), month_end(year, month), False, False, "month"
    )


@_anchored
def _the_nth(c: DateContext, pub: dt.date) -> DateMention | None:
    """Read "the 22nd", "Friday the 15th"."""
    start, end = c.span
    nth_day = _nth_day(int(c.g["dn"] or 0), c.g.get("wd"), pub)
    if nth_day is None:
        return None
    return DateMention(start, end, nth_day, nth_day, True, True, "day")


@_anchored
def _nth_of_month(c: DateContext, pub: dt.date) -> DateMention | None:
    """Read "the 20th of next month", "the 3rd of this month"."""
    rel = (c.g.get("rel") or "").lower().split()[-1]
    shift = {"this": 0, "next": 1, "coming": 1, "last": -1, "previous": -1}[rel]
    year, month = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
    return _calendar_day(c.span, year, month + 1, int(c.g["dn"] or 0), relative=True)


@_anchored
def _nth_span(c: DateContext, pub: dt.date) -> DateMention | None:
    """Read "from Friday the 11th until Tuesday the 15th"."""
    g = c.g
    start, end = c.span
    from_day = _nth_day(int(g["d1"] or 0), g.get("wd1"), pub)
    if from_day is None:
        return None
    to_index = from_day.year * 12 + from_day.month - 1 + (int(g["d2"] or 0) < from_day.day)
    to_year, to_month = divmod(to_index, 12)
    to_day = dt.date(to_year, to_month + 1, int(g["d2"] or 0))
    return DateMention(start, end, from_day, to_day, False, True, "span")


@_anchored
def _nth_weekday_of(c: DateContext, pub: dt.date) -> DateMention | None:
    return _nth_weekday(c.g, *c.span, pub, c.side)


@_anchored
def _day_span_rel(c: DateContext, pub: dt.date) -> DateMention | None:
    """Read "4 till 23 of this month"."""
    g = c.g
    start, end = c.span
    shift = _WEEK_SHIFT.get((g.get("rel") or "").split()[-1].lower(), 0)
    rel_year, rel_month = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
    rel_first = dt.date(rel_year, rel_month + 1, int(g["d1"] or 0))
    rel_last = dt.date(rel_year, rel_month + 1, int(g["d2"] or 0))
    if rel_last < rel_first:
        return None
    return DateMention(start, end, rel_first, rel_last, False, True, "span")


def _counted(kind: str) -> Resolver:
    """Read "a month ago" (``ago``), "the day after tomorrow" (``two_days``), "the weekend"."""

    @_anchored
    def resolve(c: DateContext, pub: dt.date) -> DateMention | None:
        return _counted_back(kind, c.g, *c.span, pub)

    return resolve


def _one_day(c: DateContext) -> DateMention | None:
    """Read "Thursday, January 9th", "March 3rd of 2001", "Oct-14-2021", "3 May 2020"."""
    g = c.g
    start, end = c.span
    weekday = _weekday_index(g.get("wd"))
    day = _day(g["m1"] or "", g["d1"] or "", _int(g.get("y")), c, weekday)
    if day is None:
        return None
    return DateMention(start, end, day[0], day[0], True, day[1], "day", weekday=weekday)


def _whole_month(
    span: tuple[int, int], year: int, month: int, *, relative: bool, open_end: bool
) -> DateMention:
    """A calendar month; with ``open_end`` ("since March") it runs on with no last day."""
    last = None if open_end else month_end(year, month)
    return DateMention(span[0], span[1], dt.date(year, month, 1), last, False, relative, "month")


def _calendar_day(
    span: tuple[int, int], year: int, month: int, day: int, *, relative: bool = False
) -> DateMention | None:
    """One day given by numbers; None when they name no day of the calendar ("31/2")."""
    try:
        named = dt.date(year, month, day)
    except ValueError:
        return None
    return DateMention(span[0], span[1], named, named, True, relative, "day")


def _iso_day(c: DateContext) -> DateMention | None:
    return _calendar_day(c.span, int(c.g["y"] or 0), int(c.g["mo"] or 0), int(c.g["d1"] or 0))


def _numeric_day(c: DateContext) -> DateMention | None:
    """Read "3/4/2021": US month first; day first with dots, past 12, or in a day-first locale."""
    g = c.g
    a, b = int(g["a"] or 0), int(g["b"] or 0)
    ytext = g["y"] or ""
    year = _century_of(int(ytext), c.published) if len(ytext) == 2 else int(ytext)  # "5/5/71"
    day_first = g["sep"] == "." or a > 12 or (c.day_first and b <= 12)
    month, day_of_month = (b, a) if day_first else (a, b)
    return _calendar_day(c.span, year, month, day_of_month)


@_anchored
def _numeric_md(c: DateContext, pub: dt.date) -> DateMention | None:
    """Read "on 4/22" (or 22/4 in a day-first locale)."""
    g = c.g
    start, end = c.match.start("a"), c.match.end()  # without its preposition
    month, day_of_month = int(g["a"] or 0), int(g["b"] or 0)
    if c.day_first:
        month, day_of_month = day_of_month, month
    year = infer_year(month, day_of_month, pub, c.side)  # no weekday given: never raises
    return _calendar_day((start, end), year, month, day_of_month, relative=True)


def _day_mon_year(c: DateContext) -> DateMention | None:
    """Read "05-Aug-2016", "2019/aug/01"."""
    g = c.g
    start, end = c.span
    mon = g.get("m1") or g.get("m2") or ""
    try:
        day = dt.date(
            int(g.get("y") or g.get("y2") or 0),
            month_number(mon),
            int(g.get("d1") or g.get("d2") or 0),
        )
    except ValueError:
        return None
    return DateMention(start, end, day, day, True, False, "day")


def _month_to_day(c: DateContext) -> DateMention | None:
    """Read "January to March 11"."""
    g = c.g
    start, end = c.span
    if c.published is None and not g.get("y"):
        return None
    last = _day(g["m2"] or "", g["d2"] or "", _int(g.get("y")), c)
    if last is None:
        return None
    first_month = month_number(g["m1"] or "")
    year = last[0].year if first_month <= last[0].month else last[0].year - 1
    return DateMention(start, end, dt.date(year, first_month, 1), last[0], False, last[1], "span")


_FULL_MONTHS = frozenset(m.lower() for m in calendar.month_name[1:])


def _without_full_stop(g: dict[str, str | None], key: str, end: int) -> int:
    """The end of a match whose last word, the month ``key``, took the sentence's full stop."""
    name = g.get(key) or ""
    if not g.get("y") and name.endswith(".") and name[:-1].lower() in _FULL_MONTHS:
        return end - 1  # "in the third week of July.": not the dot of "Aug."
    return end


def _month_span(c: DateContext) -> DateMention | None:
    """Read "from August through October", "between June and August", "Nov.-Feb. 2021".

    Without a year the first month is placed like a month alone; a span that passes December
    ends in the next year.
    """
    g = c.g
    start, end = c.span
    end = _without_full_stop(g, "m2", end)  # "between June and August."
    first_month, last_month = month_number(g["m1"] or ""), month_number(g["m2"] or "")
    if first_month == last_month:
        return None
    if (year := _int(g.get("y"))) is not None:
        last_year = year
        first_year = year if first_month < last_month else year - 1
    elif c.published is None:
        return None
    else:
        if first_month < last_month:
            first_year = month_year(c.published, first_month, last_month, c.side)
        else:
            first_year = month_year(c.published, first_month, first_month, c.side)
        last_year = first_year if first_month < last_month else first_year + 1
    return DateMention(
        start,
        end,
        dt.date(first_year, first_month, 1),
        month_end(last_year, last_month),
        False,
        year is None,
        "span",
    )


def _months_of_year(c: DateContext) -> DateMention | None:
    """Read "the first nine months of 2014"."""
    g = c.g
    start, end = c.span
    word = (g["n"] or "").lower()
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
    year = int(g["y"] or 0)
    if not 1 <= n <= 12:
        return None
    if (g["side"] or "").lower() == "first":
        return DateMention(
            start, end, dt.date(year, 1, 1), month_end(year, n), False, False, "span"
        )
    return DateMention(
        start, end, dt.date(year, 13 - n, 1), dt.date(year, 12, 31), False, False, "span"
    )


def _century(c: DateContext) -> DateMention | None:
    """Read "18th-century"."""
    start, end = c.span
    n = int(c.g["c"] or 0)
    first = dt.date(100 * (n - 1), 1, 1) if n > 1 else dt.date(1, 1, 1)
    return DateMention(start, end, first, dt.date(100 * n - 1, 12, 31), False, False, "span")


def _decade(c: DateContext) -> DateMention | None:
    """Read "the 1990s"; "the 1800s" (a round hundred before 2000) is the whole century."""
    start, end = c.span
    year = int(c.g["dec"] or 0)
    last = year + 99 if year % 100 == 0 and year < 2000 else year + 9
    return DateMention(start, end, dt.date(year, 1, 1), dt.date(last, 12, 31), False, False, "span")


def _century_of(two_digits: int, published: dt.date | None) -> int:
    """The full year of "’68": this century's when that is not far in the future, else the last."""
    this_year = (published or dt.date.today()).year
    year = this_year // 100 * 100 + two_digits
    return year if year <= this_year + 5 else year - 100


_DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
    "eighties": 80, "nineties": 90,
}  # fmt: skip


def _decade_in_words(c: DateContext) -> DateMention | None:
    """Read "the seventies" (of the 1900s), "the nineteen eighties", "the noughties"."""
    start, end = c.span
    word = " ".join((c.g["dw"] or "").lower().split())
    year = 2000 if word in {"noughties", "two thousands"} else 1900 + _DECADE_WORDS[word]
    return DateMention(
        start, end, dt.date(year, 1, 1), dt.date(year + 9, 12, 31), False, False, "span"
    )


def _short_decade(c: DateContext) -> DateMention | None:
    """Read "the ’80s", "the 70's", "the 70s"."""
    start, end = c.span
    year = _century_of(int(c.g["dd"] or c.g.get("dd2") or c.g.get("dd3") or 0), c.published)
    if year % 10:
        return None
    return DateMention(
        start, end, dt.date(year, 1, 1), dt.date(year + 9, 12, 31), False, False, "span"
    )


def _short_year(c: DateContext) -> DateMention | None:
    """Read "the ’68 election", "since ’99"."""
    start, end = c.span
    year = _century_of(int(c.g["yy"] or 0), c.published)
    return DateMention(start, end, dt.date(year, 1, 1), dt.date(year, 12, 31), False, False, "year")


_CENTURY_WORDS = {
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21,
}  # fmt: skip


def _century_in_words(c: DateContext) -> DateMention | None:
    """Read "the twentieth century"."""
    start, end = c.span
    n = _CENTURY_WORDS[(c.g["cw"] or "").lower()]
    return DateMention(
        start, end, dt.date(100 * (n - 1), 1, 1), dt.date(100 * n - 1, 12, 31), False, False, "span"
    )


def _quarter(c: DateContext) -> DateMention | None:
    """Read "the third quarter of 2014", "Q1 2015", "2015 Q1", "late Q1"."""
    g = c.g
    start, end = c.span
    word = g.get("q") or g.get("q2")
    q = ORDINALS[word.lower()] if word else int(g.get("qn") or g.get("qn2") or 0)
    ytext = g.get("y") or g.get("y2") or g.get("y3") or g.get("y4")
    if ytext is None and c.published is None:
        return None
    if ytext is None and _GAME.search(_sentence_around(c)):
        return None  # "24 points in the third quarter": a game's quarter, not the calendar's
    if ytext is None and _companys_quarter(c):
        # "its third quarter", "Q3 results": a company's quarter of a fiscal year the text does
        # not give; no calendar days are invented for it
        return DateMention(
            start, end, None, None, False, False, "fiscal", fiscal=True, label=f"Q{q}"
        )
    if ytext:
        year = _century_of(int(ytext), c.published) if len(ytext) == 2 else int(ytext)
    else:
        assert c.published is not None
        year = month_year(c.published, 3 * q - 2, 3 * q, c.side)
    first = dt.date(year, 3 * q - 2, 1)
    return DateMention(start, end, first, month_end(year, 3 * q), False, not ytext, "quarter")


#: A company's own quarter: "its third quarter", "Acme's Q3", "third-quarter results".
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:its|their|our)|[A-Z][\w&.-]*['’]s|\b(?:company|firm|group|bank|retailer|lender"
    r"|insurer|carrier|maker|chain|business)['’]s)\s+(?:(?:fiscal|financial|latest|most\s+recent"
    r"|first|second|third|fourth|current|next|last)[\s-]+){0,2}$",
)
_EARNINGS_AFTER = re.compile(
    r"[\s-]+(?:financial\s+)?(?:results?|earnings|profits?|revenues?|sales|loss(?:es)?|report"
    r"|guidance|net\s+income|operating\s+income|dividend)\b",
    re.I,
)


def _companys_quarter(c: DateContext) -> bool:
    text, (start, end) = c.match.string, c.span
    before = text[max(0, start - 60) : start]
    if c.match.group(0)[:4].lower() == "the ":
        before += "the "
    return bool(_OWNER_BEFORE.search(before) or _EARNINGS_AFTER.match(text, end))


_GAME = re.compile(
    r"\b(?:touchdowns?|field\s+goals?|scor(?:ed|ing|es)|quarterback|overtime|halftime|half-time"
    r"|innings?|buzzer|free\s+throws?|rebounds?|yards?|points?\s+in|goals?|penalt(?:y|ies)"
    r"|game|games|match|led\s+\d)\b",
    re.I,
)


def _sentence_around(c: DateContext) -> str:
    """The sentence around a match, looked for at most 300 characters either side."""
    text, (start, end) = c.match.string, c.span
    low = max(0, start - 300)
    left = max(text.rfind(". ", low, start), text.rfind("\n", low, start), low - 1) + 1
    right = text.find(". ", end, end + 300)
    return text[left : right if right >= 0 else min(len(text), end + 300)]


def _half(c: DateContext) -> DateMention | None:
    """Read "the first half of 2024", "H2 2023", "2022 H1"."""
    g = c.g
    start, end = c.span
    h = 1 if (g.get("h") or "").lower() == "first" or "1" in {g.get("hn"), g.get("hn2")} else 2
    ytext = g.get("y") or g.get("y2") or g.get("y3")
    if ytext is None:
        return None  # "the second half" of what: left to the reader
    year = int(ytext)
    return DateMention(
        start, end, dt.date(year, 6 * h - 5, 1), month_end(year, 6 * h), False, False, "half"
    )


def _month_and_year(c: DateContext) -> DateMention | None:
    """Read "March 2020", "since March of 2020", "Jan-2017", "2016, nov"."""
    g = c.g
    start, end = c.span
    month, year = month_number(g["m1"] or ""), int(g["y"] or 0)
    pre = (g.get("pre") or "").lower()
    since = pre == "since" or pre.startswith(("starting", "beginning"))
    return _whole_month((start, end), year, month, relative=False, open_end=since)


#: What a span of years with a cut end ("2019-20") is the period of when it is no calendar span.
_SEASON_AFTER = re.compile(
    r"\s+(?:[A-Za-z]+\s+)?(?i:season|seasons|school\s+year|academic\s+year|financial\s+year|"
    r"tax\s+year|budget\s+year|term|session|winter|campaign)\b"
)


def _year_span(c: DateContext) -> DateMention | None:
    """Read "2021-2025", "between 2000 and 2013", "the recessions of 1990-91".

    "the 2019-20 season" names a season of its own calendar: a label, no days.
    """
    g = c.g
    start, end = c.span
    y1 = int(g["y1"] or 0)
    y2 = _full_year(g["y2"] or "", y1)
    if y2 <= y1:
        return None
    if len(g["y2"] or "") == 2 and not g.get("between"):
        if _SEASON_AFTER.match(c.match.string, end):
            # "the 2019-20 season", "the 2011-12 academic year": a period of its own calendar
            return DateMention(
                start, end, None, None, False, False, "season", label=f"{y1}-{y2 % 100:02d}"
            )
        if "-" not in (g["sep"] or "") and "–" not in (g["sep"] or ""):
            return None
    if "and" in (g["sep"] or "") and (g.get("between") or "").lower() != "between":
        return None  # "the 1998 and 2017 acquisitions": two years, not a span
    return DateMention(start, end, dt.date(y1, 1, 1), dt.date(y2, 12, 31), False, False, "span")


@_anchored
def _month_alone(c: DateContext, pub: dt.date) -> DateMention | None:
    """Read "in March", "since February", "last May", "early June"."""
    g = c.g
    start, end = c.span
    pre = re.sub(r"\s+", " ", (g.get("pre") or "").lower())
    name = g["m1"] or ""
    month = month_number(name)
    if name.islower() and not pre:
        return None  # "an august body": a lower-case month needs a preposition to be one
    if pre in {"since this", "since last"}:
        back = pre == "since last" and month >= pub.month  # as "last" reads below
        since_year = pub.year - (1 if back else 0)
        return DateMention(start, end, dt.date(since_year, month, 1), None, False, True, "month")
    if pre == "this":
        year = pub.year  # "this September": the publication year's
    elif pre == "next":
        year = pub.year + (1 if month <= pub.month else 0)
    elif pre == "last":
        year = pub.year - (1 if month >= pub.month else 0)
    else:
        if name.islower() and name.rstrip(".") in {"may", "march"}:
            return None  # "may" and "march" are verbs more often than months
        side = "past" if pre == "since" else c.side
        if side is None and pre in {"until", "till"}:
            side = "future"  # "must wait until July": a wait ends ahead, unless a tense says
        year = month_year(pub, month, month, side)
    return _whole_month((start, end), year, month, relative=True, open_end=pre == "since")


def _year_alone(c: DateContext) -> DateMention | None:
    """Read "2019", "in 2019", "end of 2014"."""
    g = c.g
    start, end = c.span
    year = int(g["y"] or 0)
    pre = (g.get("pre") or "").lower()
    tail = c.match.string[end : end + 20]
    if year < 1900 and re.match(r"\s+[a-z]+s\b", tail):
        return None  # "1800 workers": a count, not a year
    if pre == "end of":
        return DateMention(
            start, end, dt.date(year, 12, 31), dt.date(year, 12, 31), True, False, "day"
        )
    return DateMention(start, end, dt.date(year, 1, 1), dt.date(year, 12, 31), False, False, "year")


@_anchored
def _relative_phrase(c: DateContext, pub: dt.date) -> DateMention | None:
    return _relative(c.g, *c.span, pub)


@_anchored
def _to_date(c: DateContext, pub: dt.date) -> DateMention | None:
    """Read "year-to-date", "so far this year"."""
    start, end = c.span
    first = dt.date(pub.year, 1, 1)
    return DateMention(start, end, first, pub, False, True, "span", bare_relative=True)


_FORWARD = frozenset({"next", "coming", "upcoming"})


@_anchored
def _counted_span(c: DateContext, pub: dt.date) -> DateMention | None:
    """Read "the past 10 years", "the next three months", "within 3 years", "in 3 weeks".

    Ahead ("next", "coming", "in the future"): from the day after publication to the day the
    count reaches ("within": from publication to the day before it); back ("past", "the last"): from that many units before publication to
    the day before it; decades are whole calendar decades ("the past 2 decades" in 2016: the
    1990s and 2000s). "in 3 weeks" in a sentence about the future is the one day it reaches.
    A phrase with no cue ("3 years", "will last 3 years") or an "in"/"within" in a sentence about
    the past ("within three years it had doubled": counted from a story's event) reads nothing.
    """
    g = c.g
    start, end = c.span
    which = (g.get("which") or "").lower()
    lead = (g.get("lead") or "").lower()
    if lead == "in" and (which or g.get("the")):
        start = c.match.start("the") if g.get("the") else c.match.start("which")
    if which == "last" and not (g.get("the") or lead):
        return None  # "the deal will last 3 years": the verb
    forward = which in _FORWARD or bool(g.get("ahead")) or (lead == "within" and not which)
    backward = which in {"past", "last"}
    single = lead == "in" and not which and not g.get("the") and not g.get("ahead")
    if not (forward or backward or single) or (c.side == "past" and not which):
        return None
    if (backward and c.side == "future") or (which in _FORWARD and c.side == "past"):
        return None  # "the last 2 years will be suspended": the story's span, not publication's
    if single and c.side != "future":
        return None
    parts = [((g.get("n") or "").lower(), (g.get("unit") or "").lower())]
    parts += [(n.lower(), u.lower()) for n, u in _AGO_PART.findall(g.get("more") or "")]
    months = days = decades = 0
    for word, unit in parts:
        n = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
        if unit == "decade":
            decades += n
        elif unit in {"day", "week"}:
            days += n * (7 if unit == "week" else 1)
        else:
            months += n * (12 if unit == "year" else 1)
    if not (months or days or decades) or (decades and (months or days)):
        return None
    if decades:
        this = pub.year // 10 * 10
        first_year = this + 10 if forward else this - 10 * decades
        last_year = this + 10 * decades + 9 if forward else this - 1
        return DateMention(
            start, end, dt.date(first_year, 1, 1), dt.date(last_year, 12, 31), False, True,
            "span", bare_relative=True, keeps_numbers=True,
        )  # fmt: skip
    sign = -1 if backward else 1
    reached = _months_later(pub, sign * months) + dt.timedelta(days=sign * days)
    if single:
        return DateMention(
            start, end, reached, reached, True, True, "day", bare_relative=True, keeps_numbers=True
        )
    if backward:
        first, last = reached, pub - dt.timedelta(days=1)
    elif lead == "within":  # "within 3 years": from publication, the count's last day excluded
        first, last = pub, reached - dt.timedelta(days=1)
    else:
        first, last = pub + dt.timedelta(days=1), reached
    return DateMention(
        start, end, first, last, False, True, "span", bare_relative=True, keeps_numbers=True
    )


@_anchored
def _rest_of(c: DateContext, pub: dt.date) -> DateMention | None:
    """Read "the rest of the year": from publication to the end of its week, month, quarter, year."""
    start, end = c.span
    whole = _relative({"which": "this", "unit": c.g.get("unit")}, start, end, pub)
    if whole is None or whole.last is None:
        return None
    return replace(whole, first=pub, granularity="span")


def _months_later(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months later (earlier when negative), kept within the month."""
    y, mo = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(y, mo + 1, min(day.day, calendar.monthrange(y, mo + 1)[1]))


@_anchored
def _weekday_named(c: DateContext, pub: dt.date) -> DateMention | None:
    return _weekday(c.g, *c.span, pub, c.side)


def _to_today(c: DateContext) -> DateMention | None:
    """Read "from Feb. 2, 2020 to today": open at its end when the publication date is unknown."""
    g = c.g
    start, end = c.span
    # "between Jan 22 and now": a day without its year is the last one before publication
    day = _day(g["m1"] or "", g["d1"] or "", _int(g.get("y")), c.with_side("past"))
    if day is None or (c.published is not None and day[0] > c.published):
        return None
    return DateMention(start, end, day[0], c.published, False, False, "span")


def _now_to(c: DateContext) -> DateMention | None:
    """Read "between now and November 15th": from publication to a day not before it."""
    if c.published is None:
        return None
    g = c.g
    start, end = c.span
    day = _day(g["m1"] or "", g["d1"] or "", _int(g.get("y")), c.with_side("future"))
    if day is None or day[0] < c.published:
        return None
    return DateMention(start, end, c.published, day[0], False, True, "span")


def _easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (the Gregorian computus, anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * leap) // 433
    month = (h + leap - 7 * m + 90) // 25
    return dt.date(year, month, (h + leap - 7 * m + 33 * month + 19) % 32)


def _thanksgiving(year: int) -> dt.date:
    """The fourth Thursday of November (the United States' Thanksgiving)."""
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


#: Holidays by their first word(s), lower-cased, with the day each falls on in a year.
HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas": lambda y: dt.date(y, 12, 25),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "halloween": lambda y: dt.date(y, 10, 31),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "independence day": lambda y: dt.date(y, 7, 4),
    "thanksgiving": _thanksgiving,
    "thanksgiving day": _thanksgiving,
    "easter": _easter,
    "easter sunday": _easter,
}


def _holiday_year(c: DateContext) -> DateMention | None:
    """Read "Christmas 2012", "Easter Sunday, 1939": the holiday's day in the printed year."""
    start, end = c.span
    name = re.sub(r"\s+", " ", (c.g["holiday"] or "").lower()).replace("’", "'")
    day = HOLIDAYS[name](int(c.g["y"] or 0))
    return DateMention(start, end, day, day, True, False, "day")


def _year_to_today(c: DateContext) -> DateMention | None:
    """Read "from 2008 to the present": from the year's first day to the publication date."""
    start, end = c.span
    first = dt.date(int(c.g["y"] or 0), 1, 1)
    if c.published is not None and first > c.published:
        return None
    return DateMention(start, end, first, c.published, False, False, "span")


_ORDINAL_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _fiscal(c: DateContext) -> DateMention | None:
    """Read "fiscal 2019", "FY19", "the third quarter of fiscal 2019", "Q3 FY2019".

    A company's fiscal year need not be the calendar year, so no days are invented: the
    mention carries ``fiscal=True`` and a label ("FY2019 Q3").
    """
    g = c.g
    start, end = c.span
    year_text = g.get("fy1") or g.get("fy3") or g.get("y")
    quarter_word = (g.get("q1") or g.get("q2") or g.get("q3") or "").lower()
    quarter = (
        g.get("qn1") or g.get("qn3") or (str(ORDINALS[quarter_word]) if quarter_word else None)
    )
    label = ""
    if year_text:
        first, _, second = year_text.replace("/", "-").partition("-")
        base = c.published.year if c.published else 2000
        label = f"FY{_full_year(first, base)}" + (f"-{second}" if second else "")
    if quarter:
        label = f"{label} Q{quarter}".strip()
    if not label:
        return None
    return DateMention(start, end, None, None, False, False, "fiscal", fiscal=True, label=label)


#: The resolver of each pattern name in :data:`newsfacts.extract.date_patterns.PATTERNS`.
RESOLVERS: dict[str, Resolver] = {
    "to_today": _to_today,
    "now_to": _now_to,
    "year_to_today": _year_to_today,
    "holiday_year": _holiday_year,
    "fiscal": _fiscal,
    "period_rel_year": _period_rel_year,
    "months_to": _months_to,
    "month_quarter": _month_quarter,
    "nth_week": _nth_week,
    "week_of": _week_of,
    "day_span": _spans_of_days,
    "month_to_day": _month_to_day,
    "month_span": _month_span,
    "md_span": _md_span,
    "day_span_of": _spans_of_days,
    "day_span_rel": _day_span_rel,
    "nth_span": _nth_span,
    "nth_weekday": _nth_weekday_of,
    "ordinal_of": _day_in_words,
    "day_words": _day_in_words,
    "day_span_dm": _spans_of_days,
    "day": _one_day,
    "day_dm": _one_day,
    "iso_day": _iso_day,
    "numeric_day": _numeric_day,
    "numeric_md": _numeric_md,
    "month_numeric": _month_numeric,
    "year_month_numeric": _year_month_numeric,
    "day_span_dm_years": _day_span_years,
    "the_nth_words": _the_nth_in_words,
    "day_mon_year": _day_mon_year,
    "months_of_year": _months_of_year,
    "century": _century,
    "decade": _decade,
    "short_decade": _short_decade,
    "decade_words": _decade_in_words,
    "short_year": _short_year,
    "century_words": _century_in_words,
    "quarter": _quarter,
    "half": _half,
    "month_year": _month_and_year,
    "year_month": _month_and_year,
    "year_span": _year_span,
    "month": _month_alone,
    "year": _year_alone,
    "the_nth": _the_nth,
    "nth_of_month": _nth_of_month,
    "ago": _counted("ago"),
    "from_now": _counted("from_now"),
    "two_days": _counted("two_days"),
    "weekend": _counted("weekend"),
    "counted_span": _counted_span,
    "rest_of": _rest_of,
    "weekday": _weekday_named,
    "to_date": _to_date,
    "relative": _relative_phrase,
}


# --------------------------------------------------------------------------------------------
# Helpers shared by several resolvers


def _nth_day(nth: int, weekday: str | None, pub: dt.date) -> dt.date | None:
    """The day a bare "the 22nd" names: the latest such day up to publication.

    With a weekday ("Friday the 15th") it is the nearest month in which that day falls on that
    weekday.
    """
    here = pub.year * 12 + pub.month - 1
    if weekday is None:
        index = here - (1 if nth > pub.day else 0)
        year, month = divmod(index, 12)
        try:
            return dt.date(year, month + 1, nth)
        except ValueError:
            return None
    wanted = next(i for i, name in enumerate(WEEKDAYS) if name.startswith(weekday.lower()[:3]))
    best: dt.date | None = None
    for index in range(here - 6, here + 7):
        year, month = divmod(index, 12)
        try:
            day = dt.date(year, month + 1, nth)
        except ValueError:
            continue
        if day.weekday() == wanted and (best is None or abs(day - pub) < abs(best - pub)):
            best = day
    return best


def _nth_weekday(
    g: dict[str, str | None], start: int, end: int, pub: dt.date, side: Side | None
) -> DateMention | None:
    """Read "the first Friday in this month", "the second Sunday", "last Monday of May"."""
    if not (g.get("the") or g.get("rel") or g.get("m1")):
        return None
    wanted = WEEKDAYS.index((g.get("wd") or "").lower())
    if g.get("m1"):
        month = month_number(g["m1"] or "")
        printed = g.get("y")
        year = int(printed) if printed else month_year(pub, month, month, side)
    else:
        shift = _WEEK_SHIFT.get((g.get("rel") or "this").lower(), 0)
        year, month0 = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
        month = month0 + 1
    nth = (g.get("nth") or "").lower()
    if nth == "last":
        day = month_end(year, month)
        day -= dt.timedelta(days=(day.weekday() - wanted) % 7)
    else:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(wanted - first.weekday()) % 7)
        day += dt.timedelta(weeks=ORDINALS[nth] - 1)
        if day.month != month:
            return None
    return DateMention(start, end, day, day, True, g.get("y") is None, "day")


def _counted_back(
    kind: str, g: dict[str, str | None], start: int, end: int, pub: dt.date
) -> DateMention | None:
    """Read "a month ago", "two weeks from now", "the day after tomorrow", "the weekend"."""
    if kind == "two_days":
        offset = 2 if (g.get("rel") or "").lower().startswith("after") else -2
        day = pub + dt.timedelta(days=offset)
        return DateMention(start, end, day, day, True, True, "day", bare_relative=True)
    if kind == "weekend":
        shift = _WEEK_SHIFT.get((g.get("which") or "").lower(), 0)
        saturday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=shift, days=5)
        return DateMention(
            start, end, saturday, saturday + dt.timedelta(days=1), False, True, "span",
            bare_relative=True,
        )  # fmt: skip
    parts = [((g.get("n") or "").lower(), (g.get("unit") or "").lower())]
    parts += [(n.lower(), u.lower()) for n, u in _AGO_PART.findall(g.get("more") or "")]
    sign = -1 if kind == "from_now" else 1  # "two weeks from now": ahead of publication
    months = days = 0
    for word, unit in parts:  # "1 month and 21 days ago": the months first, then the days
        n = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
        if unit in {"day", "week"}:
            days += n * (7 if unit == "week" else 1)
        else:
            months += n * (12 if unit == "year" else 1)
    y, mo = divmod(pub.year * 12 + pub.month - 1 - sign * months, 12)
    day = dt.date(y, mo + 1, min(pub.day, calendar.monthrange(y, mo + 1)[1]))
    day -= dt.timedelta(days=sign * days)
    # "six months ago": the count is a figure of its own (a span of time), as in "the past 10 years"
    return DateMention(
        start, end, day, day, True, True, "day", bare_relative=True, keeps_numbers=True
    )


#: One more part of a counted time: ", 21 days", " and 21 days".
_AGO_PART = re.compile(r"(\w+)\s+(day|week|month|year)s?", re.I)


_WEEK_SHIFT = {"this": 0, "coming": 1, "next": 1, "last": -1, "previous": -1, "past": -1}


def _weekday(
    g: dict[str, str | None], start: int, end: int, pub: dt.date, side: Side | None
) -> DateMention:
    """A weekday resolved in the week of publication (or the week the text names)."""
    wd = WEEKDAYS.index((g["wd"] or "").lower())
    monday = pub - dt.timedelta(days=pub.weekday())
    week = (g.get("wk") or g.get("wk2") or "").lower()
    which = (g.get("which") or "").lower()
    if week:
        day = monday + dt.timedelta(weeks=_WEEK_SHIFT[week], days=wd)
    elif which in {"next", "coming", "last", "past", "previous"}:
        day = monday + dt.timedelta(weeks=_WEEK_SHIFT[which], days=wd)
    elif which == "this":
        day = monday + dt.timedelta(days=wd)
    else:  # "on Tuesday": the latest Tuesday up to the publication day, or the next one ahead
        back = (pub.weekday() - wd) % 7
        ahead = side == "future"
        day = pub + dt.timedelta(days=(7 - back) % 7) if ahead else pub - dt.timedelta(days=back)
    return DateMention(start, end, day, day, True, True, "day", weekday=wd, bare_relative=True)


def _relative(g: dict[str, str | None], start: int, end: int, pub: dt.date) -> DateMention | None:
    day_word = (g.get("day") or "").lower()
    if day_word:
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[day_word]
        day = pub + dt.timedelta(days=offset)
        return DateMention(start, end, day, day, True, True, "day", bare_relative=True)
    which = (g.get("which") or "").lower().split()[-1]
    unit = (g.get("unit") or "").lower()
    shift = {
        "this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1,
        "upcoming": 1, "after": 2,  # "the week after next"
    }[which]  # fmt: skip
    if unit == "year":
        y = pub.year + shift
        return DateMention(
            start,
            end,
            dt.date(y, 1, 1),
            dt.date(y, 12, 31),
            False,
            True,
            "year",
            bare_relative=True,
        )
    if unit == "decade":  # "the next decade" in 2016: 2020-2029
        y = pub.year // 10 * 10 + 10 * shift
        return DateMention(
            start, end, dt.date(y, 1, 1), dt.date(y + 9, 12, 31), False, True, "span",
            bare_relative=True,
        )  # fmt: skip
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + shift
        y, mo = divmod(index, 12)
        return DateMention(
            start,
            end,
            dt.date(y, mo + 1, 1),
            month_end(y, mo + 1),
            False,
            True,
            "month",
            bare_relative=True,
        )
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=shift)
        return DateMention(
            start,
            end,
            monday,
            monday + dt.timedelta(days=6),
            False,
            True,
            "week",
            bare_relative=True,
        )
    q_index = pub.year * 4 + (pub.month - 1) // 3 + shift
    y, q0 = divmod(q_index, 4)
    return DateMention(
        start,
        end,
        dt.date(y, 3 * q0 + 1, 1),
        month_end(y, 3 * q0 + 3),
        False,
        True,
        "quarter",
        bare_relative=True,
    )
