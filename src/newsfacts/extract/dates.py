"""Date grammar: days, months, quarters, halves, years, spans and relative phrases.

Each expression is resolved to an inclusive ``[start, end]`` range of days against the
publication date. Everything is parsed here, not by dateparser: ``dateparser.parse("April 13–19")``
reads 19 as the year, and once the grammar has the month, day and year of a day, building the date
is exact and a thousand times cheaper. :func:`parse_day` (dateparser, English only) remains for
callers with free-form day text.
The patterns themselves are data in :mod:`newsfacts.extract.date_patterns`.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from newsfacts.extract.date_patterns import (
    DAY_WORDS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PATTERNS,
    WEEKDAYS,
)

__all__ = ["DateMention", "find_dates", "parse_day"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression resolved to days.

    Attributes:
        start, end: character span of the expression.
        first, last: the inclusive range of days; ``last`` is None for an open end ("since March").
        single_day: the expression names one day (a ``date`` fact).
        relative: the year or the day came from the publication date, not the text.
        granularity: ``day``, ``week``, ``month``, ``quarter``, ``half``, ``year``, ``span``.
        weekday: the weekday printed beside the date, if any (0 = Monday).
        bare_relative: a phrase like "this year" with no calendar word.
    """

    start: int
    end: int
    first: dt.date
    last: dt.date | None
    single_day: bool
    relative: bool
    granularity: str
    weekday: int | None = None
    bare_relative: bool = False


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _full_year(text: str, base: int) -> int:
    if len(text) == 2:
        return (base // 100) * 100 + int(text)
    return int(text)


@lru_cache(maxsize=4096)
def parse_day(text: str, base: dt.date | None = None) -> dt.date | None:
    """Parse one day ("April 13 2026", "13 April 2026") with dateparser, English only.

    The year must be in the text or ``base`` decides it; dateparser never sees a range.
    """
    import dateparser  # lazily: its import costs half a second

    settings: dict[str, object] = {
        "REQUIRE_PARTS": ["day", "month"],
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    found = dateparser.parse(text, languages=["en"], settings=settings)
    return found.date() if found else None


def _nearest_year(published: dt.date, first_month: int, last_month: int, future: bool) -> int:
    """The year that puts a month span (no year printed) nearest the publication date.

    "late Q1" in an October story is next year's Q1; "in May" in a June story is this May. A
    tie, or a sentence in the future tense, leans forward; otherwise backward.
    """
    best_year, best_gap = published.year, None
    for year in (published.year - 1, published.year, published.year + 1):
        start = dt.date(year, first_month, 1)
        end = _month_end(year, last_month)
        if start <= published <= end:
            return year
        gap = (start - published).days if start > published else (published - end).days
        if start > published and not future:
            gap += 45  # without a future tense, the past is the likelier reading
        if best_gap is None or gap < best_gap:
            best_year, best_gap = year, gap
    return best_year


def _infer_year(month: int, day: int, published: dt.date, *, future: bool = False) -> int:
    """Most recent (month, day) on or before the publication date, a week of slack allowed."""
    year = published.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        if (month, day) != (2, 29):
            return year
        step = 1 if future else -1  # 29 February: the nearest leap year on the text's side
        while not calendar.isleap(year):
            year += step
        return year
    if not future and candidate > published + dt.timedelta(days=7):
        return year - 1
    if future and candidate < published - dt.timedelta(days=7):
        return year + 1
    return year


#: Years before this are no news dates (dateparser, which read these days before, refused them).
_FIRST_YEAR = 1000


def _day(
    month_name: str, day: str, year: int | None, published: dt.date | None, future: bool = False
) -> tuple[dt.date, bool] | None:
    month = _month(month_name)
    relative = year is None
    if year is None:
        if published is None:
            return None
        year = _infer_year(month, int(day), published, future=future)
    if year < _FIRST_YEAR:
        return None
    try:  # month, day and year are all known: no need for dateparser (~3 ms a call)
        return dt.date(year, month, int(day)), relative
    except ValueError:  # "February 30"
        return None


def _resolve(
    kind: str, m: re.Match[str], published: dt.date | None, future: bool = False
) -> DateMention | None:
    g = m.groupdict()
    tail = m.string[m.end() : m.end() + 20]
    start, end = m.span()
    if kind in {"week_of", "day_span", "day_span_dm", "day_span_of"}:
        year = int(g["y"]) if g.get("y") else (int(g["y1"]) if g.get("y1") else None)
        m1 = g.get("m1") or g.get("m2")
        m2 = g.get("m2") or m1
        if m1 is None or m2 is None:
            return None
        first = _day(m1, g["d1"], year, published, future)
        if first is None:
            return None
        if g.get("d2") is None:
            return DateMention(
                start, end, first[0], first[0] + dt.timedelta(days=6), False, first[1], "week"
            )
        last = _day(m2, g["d2"], first[0].year if year is None else year, published)
        if last is None:
            return None
        last_day = last[0]
        if last_day < first[0] and m2 != m1:
            last_day = last_day.replace(year=last_day.year + 1)
        if last_day < first[0]:
            return None
        gran = "week" if kind == "week_of" else "span"
        return DateMention(start, end, first[0], last_day, False, first[1], gran)
    if kind in {"ordinal_of", "day_words"}:
        word = (g.get("ow") or g.get("dw") or "").lower()
        day_number = DAY_WORDS.get(word) or int(re.sub(r"\D", "", word) or 0)
        printed_year = int(g["y"]) if g.get("y") else None
        named = _day(g["m1"], str(day_number), printed_year, published, future)
        if named is None:
            return None
        return DateMention(start, end, named[0], named[0], True, named[1], "day")
    if kind == "md_span":
        if published is None:
            return None
        from_m, from_d, to_m, to_d = (int(g[k]) for k in ("a", "b", "c", "d"))
        span_year = _infer_year(from_m, from_d, published, future=future)
        span_first = dt.date(span_year, from_m, from_d)
        span_last = dt.date(span_year, to_m, to_d)
        if span_last < span_first:
            span_last = span_last.replace(year=span_year + 1)
        return DateMention(start, end, span_first, span_last, False, True, "span")
    if kind == "month_numeric":
        num_year, num_month = int(g["y"]), int(g["mo"])
        return DateMention(
            start,
            end,
            dt.date(num_year, num_month, 1),
            _month_end(num_year, num_month),
            False,
            False,
            "month",
        )
    if kind == "the_nth":
        if published is None:
            return None
        nth_day = _nth_day(int(g["dn"]), g.get("wd"), published)
        if nth_day is None:
            return None
        return DateMention(start, end, nth_day, nth_day, True, True, "day")
    if kind == "nth_span":
        if published is None:
            return None
        from_day = _nth_day(int(g["d1"]), g.get("wd1"), published)
        if from_day is None:
            return None
        to_index = from_day.year * 12 + from_day.month - 1 + (int(g["d2"]) < from_day.day)
        to_year, to_month = divmod(to_index, 12)
        to_day = dt.date(to_year, to_month + 1, int(g["d2"]))
        return DateMention(start, end, from_day, to_day, False, True, "span")
    if kind == "nth_weekday":
        if published is None:
            return None
        return _nth_weekday(g, start, end, published, future)
    if kind == "day_span_rel":
        if published is None:
            return None
        shift = _WEEK_SHIFT.get((g.get("rel") or "").split()[-1].lower(), 0)
        rel_year, rel_month = divmod(published.year * 12 + published.month - 1 + shift, 12)
        rel_first = dt.date(rel_year, rel_month + 1, int(g["d1"]))
        rel_last = dt.date(rel_year, rel_month + 1, int(g["d2"]))
        if rel_last < rel_first:
            return None
        return DateMention(start, end, rel_first, rel_last, False, True, "span")
    if kind in {"ago", "two_days", "weekend"}:
        if published is None:
            return None
        return _counted_back(kind, g, start, end, published)
    if kind in {"day", "day_dm"}:
        day = _day(g["m1"], g["d1"], int(g["y"]) if g.get("y") else None, published, future)
        if day is None:
            return None
        wd = None
        if g.get("wd"):
            wd = next(i for i, name in enumerate(WEEKDAYS) if name.startswith(g["wd"].lower()[:3]))
        return DateMention(start, end, day[0], day[0], True, day[1], "day", weekday=wd)
    if kind == "iso_day":
        try:
            day_ = dt.date(int(g["y"]), int(g["mo"]), int(g["d1"]))
        except ValueError:
            return None
        return DateMention(start, end, day_, day_, True, False, "day")
    if kind == "numeric_day":
        a, b = int(g["a"]), int(g["b"])
        year = _full_year(g["y"], published.year if published else 2000)
        mo, dd = (b, a) if g["sep"] == "." or a > 12 else (a, b)
        try:
            day_ = dt.date(year, mo, dd)
        except ValueError:
            return None
        return DateMention(start, end, day_, day_, True, False, "day")
    if kind == "numeric_md":
        if published is None:
            return None
        start = m.start("a")  # "on    4/22": the date without its preposition
        mo, dd = int(g["a"]), int(g["b"])
        try:
            day_ = dt.date(_infer_year(mo, dd, published, future=future), mo, dd)
        except ValueError:
            return None
        return DateMention(start, end, day_, day_, True, True, "day")
    if kind == "day_mon_year":
        mon = g.get("m1") or g["m2"]
        try:
            day_ = dt.date(int(g.get("y") or g["y2"]), _month(mon), int(g.get("d1") or g["d2"]))
        except ValueError:
            return None
        return DateMention(start, end, day_, day_, True, False, "day")
    if kind == "month_to_day":
        if published is None and not g.get("y"):
            return None
        last = _day(g["m2"], g["d2"], int(g["y"]) if g.get("y") else None, published, future)
        if last is None:
            return None
        first_month = _month(g["m1"])
        year = last[0].year if first_month <= last[0].month else last[0].year - 1
        return DateMention(
            start, end, dt.date(year, first_month, 1), last[0], False, last[1], "span"
        )
    if kind == "months_of_year":
        words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11}  # fmt: skip
        n = int(g["n"]) if g["n"].isdigit() else words[g["n"].lower()]
        year = int(g["y"])
        if not 1 <= n <= 12:
            return None
        if g["side"].lower() == "first":
            return DateMention(
                start, end, dt.date(year, 1, 1), _month_end(year, n), False, False, "span"
            )
        return DateMention(
            start, end, dt.date(year, 13 - n, 1), dt.date(year, 12, 31), False, False, "span"
        )
    if kind == "century":
        c = int(g["c"])
        return DateMention(
            start,
            end,
            dt.date(100 * (c - 1), 1, 1) if c > 1 else dt.date(1, 1, 1),
            dt.date(100 * c - 1, 12, 31),
            False,
            False,
            "span",
        )
    if kind == "decade":
        first_year = int(g["dec"])
        return DateMention(
            start,
            end,
            dt.date(first_year, 1, 1),
            dt.date(first_year + 9, 12, 31),
            False,
            False,
            "span",
        )
    if kind == "quarter":
        q = ORDINALS[g["q"].lower()] if g.get("q") else int(g.get("qn") or g["qn2"])
        ytext = g.get("y") or g.get("y2") or g.get("y3")
        if ytext is None and published is None:
            return None
        year = _full_year(ytext, published.year if published else 2000) if ytext else None
        relative = year is None
        if year is None:
            assert published is not None
            year = _nearest_year(published, 3 * q - 2, 3 * q, future)
        first_d = dt.date(year, 3 * q - 2, 1)
        return DateMention(start, end, first_d, _month_end(year, 3 * q), False, relative, "quarter")
    if kind == "half":
        h = 1 if (g.get("h") or "").lower() == "first" or g.get("hn") == "1" else 2
        ytext = g.get("y") or g.get("y2")
        if ytext is None:
            return None  # "the second half" of what: left to the reader
        year = int(ytext)
        return DateMention(
            start, end, dt.date(year, 6 * h - 5, 1), _month_end(year, 6 * h), False, False, "half"
        )
    if kind == "month_year" or kind == "year_month":
        month, year = _month(g["m1"]), int(g["y"])
        pre = (g.get("pre") or "").lower()
        first_d = dt.date(year, month, 1)
        if pre == "since" or pre.startswith(("starting", "beginning")):
            return DateMention(start, end, first_d, None, False, False, "month")
        return DateMention(start, end, first_d, _month_end(year, month), False, False, "month")
    if kind == "year_span":
        y1 = int(g["y1"])
        y2 = _full_year(g["y2"], y1)
        if y2 <= y1 or (len(g["y2"]) == 2 and not g.get("between")):
            return None  # "2012-13" is a season: left to the reader
        if "and" in g["sep"] and (g.get("between") or "").lower() != "between":
            return None  # "the 1998 and 2017 acquisitions": two years, not a span
        return DateMention(start, end, dt.date(y1, 1, 1), dt.date(y2, 12, 31), False, False, "span")
    if kind == "month":
        if published is None:
            return None
        pre = re.sub(r"\s+", " ", (g.get("pre") or "").lower())
        month = _month(g["m1"])
        if g["m1"].islower() and not pre:
            return None  # "an august body": a lower-case month needs a preposition to be one
        if pre in {"since this", "since last"}:
            back = pre == "since last" and month >= published.month  # as "last" reads below
            since_year = published.year - (1 if back else 0)
            return DateMention(
                start, end, dt.date(since_year, month, 1), None, False, True, "month"
            )
        if pre == "next":
            year = published.year + (1 if month <= published.month else 0)
        elif pre == "last":
            year = published.year - (1 if month >= published.month else 0)
        else:
            if g["m1"].islower() and g["m1"].rstrip(".") in {"may", "march"}:
                return None  # "may" and "march" are verbs more often than months
            year = _nearest_year(published, month, month, future)
        first_d = dt.date(year, month, 1)
        if pre == "since":
            return DateMention(start, end, first_d, None, False, True, "month")
        return DateMention(start, end, first_d, _month_end(year, month), False, True, "month")
    if kind == "year":
        year = int(g["y"])
        pre = (g.get("pre") or "").lower()
        if year < 1900 and re.match(r"\s+[a-z]+s\b", tail):
            return None  # "1800 workers": a count, not a year
        if pre == "end of":
            return DateMention(
                start, end, dt.date(year, 12, 31), dt.date(year, 12, 31), True, False, "day"
            )
        return DateMention(
            start, end, dt.date(year, 1, 1), dt.date(year, 12, 31), False, False, "year"
        )
    if kind == "relative":
        if published is None:
            return None
        return _relative(g, start, end, published)
    if kind == "to_date":
        if published is None:
            return None
        first_d = dt.date(published.year, 1, 1)
        return DateMention(start, end, first_d, published, False, True, "span", bare_relative=True)
    if kind == "weekday":
        if published is None:
            return None
        return _weekday(g, start, end, published, future)
    return None


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
    g: dict[str, str | None], start: int, end: int, pub: dt.date, future: bool
) -> DateMention | None:
    """Read "the first Friday in this month", "the second Sunday", "last Monday of May"."""
    if not (g.get("the") or g.get("rel") or g.get("m1")):
        return None
    wanted = WEEKDAYS.index((g.get("wd") or "").lower())
    if g.get("m1"):
        month = _month(g["m1"] or "")
        printed = g.get("y")
        year = int(printed) if printed else _nearest_year(pub, month, month, future)
    else:
        shift = _WEEK_SHIFT.get((g.get("rel") or "this").lower(), 0)
        year, month0 = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
        month = month0 + 1
    nth = (g.get("nth") or "").lower()
    if nth == "last":
        day = _month_end(year, month)
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
    """Read "a month ago", "the day after tomorrow", "the weekend" against publication."""
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
    word = (g.get("n") or "").lower()
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
    unit = (g.get("unit") or "").lower()
    if unit in {"day", "week"}:
        day = pub - dt.timedelta(days=n * (7 if unit == "week" else 1))
    else:
        months = n * (12 if unit == "year" else 1)
        y, mo = divmod(pub.year * 12 + pub.month - 1 - months, 12)
        day = dt.date(y, mo + 1, min(pub.day, calendar.monthrange(y, mo + 1)[1]))
    return DateMention(start, end, day, day, True, True, "day", bare_relative=True)


_WEEK_SHIFT = {"this": 0, "coming": 1, "next": 1, "last": -1, "previous": -1, "past": -1}


def _weekday(
    g: dict[str, str | None], start: int, end: int, pub: dt.date, future: bool
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
        day = pub + dt.timedelta(days=(7 - back) % 7) if future else pub - dt.timedelta(days=back)
    return DateMention(start, end, day, day, True, True, "day", weekday=wd, bare_relative=True)


def _relative(g: dict[str, str | None], start: int, end: int, pub: dt.date) -> DateMention | None:
    day_word = (g.get("day") or "").lower()
    if day_word:
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[day_word]
        day = pub + dt.timedelta(days=offset)
        return DateMention(start, end, day, day, True, True, "day", bare_relative=True)
    which = (g.get("which") or "").lower().split()[-1]
    unit = (g.get("unit") or "").lower()
    shift = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1}[which]
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
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + shift
        y, mo = divmod(index, 12)
        return DateMention(
            start,
            end,
            dt.date(y, mo + 1, 1),
            _month_end(y, mo + 1),
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
        _month_end(y, 3 * q0 + 3),
        False,
        True,
        "quarter",
        bare_relative=True,
    )


_NEUTRAL_PREPOSITIONS = {"in", "by", "from"}
#: "since 1991" names the year 1991 (the gold convention); "since March" opens a range.
_NEUTRAL_BEFORE_YEAR = {"since"}
_FUTURE = re.compile(
    r"\b(?:will|shall|plans?\s+to|planned|is\s+(?:expected|scheduled|set|due)\s+to|are\s+"
    r"(?:expected|scheduled|set|due)\s+to|upcoming|next|forthcoming)\b",
    re.I,
)


def _speaks_of_future(text: str, at: int) -> bool:
    """True when the sentence before ``at`` is in the future tense ("will host ... April 13")."""
    sentence_start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    return _FUTURE.search(text[sentence_start:at]) is not None


def _with_start(mention: DateMention, start: int) -> DateMention:
    return DateMention(
        start,
        mention.end,
        mention.first,
        mention.last,
        mention.single_day,
        mention.relative,
        mention.granularity,
        mention.weekday,
        mention.bare_relative,
    )


def find_dates(text: str, *, published: dt.date | None) -> list[DateMention]:
    """Find and resolve every date expression in ``text``, longest match first, no overlaps."""
    found: list[DateMention] = []
    taken = _Taken()
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            s, e = match.span()
            if taken.overlaps(s, e):
                continue
            try:
                mention = _resolve(kind, match, published, _speaks_of_future(text, s))
            except (ValueError, KeyError, OverflowError):  # e.g. a day before 0001-01-01
                mention = None
            if mention is None:
                continue
            pre = match.groupdict().get("pre")
            neutral = _NEUTRAL_PREPOSITIONS | (_NEUTRAL_BEFORE_YEAR if kind == "year" else set())
            if pre and pre.lower() in neutral:
                cut = match.start("pre") + len(pre)
                while cut < e and text[cut].isspace():
                    cut += 1
                mention = _with_start(mention, cut)
                s = cut
            found.append(mention)
            taken.add(s, match.end())
    return sorted(found, key=lambda d: d.start)


class _Taken:
    """Disjoint spans, kept sorted, so a page with thousands of dates is not quadratic."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect.bisect_right(self.starts, start)
        if at > 0 and self.ends[at - 1] > start:
            return True
        return at < len(self.starts) and self.starts[at] < end

    def add(self, start: int, end: int) -> None:
        at = bisect.bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)
