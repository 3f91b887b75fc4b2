"""Date grammar: days, months, quarters, halves, years, spans, fiscal periods, relative phrases.

Each expression is resolved to an inclusive ``[start, end]`` range of days against the
publication date. The patterns are data in :mod:`newsfacts.extract.date_patterns`, each resolved
by its function in :mod:`newsfacts.extract.date_resolvers`; this module runs them (first match
claims its span) and makes the article agree with itself: one day printed without its year gets
the same year everywhere in the article, the year printed beside it elsewhere when there is one.
:func:`parse_day` (dateparser, English only) remains for callers with free-form day text.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache, partial

from newsfacts.extract.date_patterns import NEEDS, PATTERNS, TRIGGERS
from newsfacts.extract.date_resolvers import RESOLVERS, DateContext, DateMention
from newsfacts.extract.edges import fold
from newsfacts.extract.intervals import Intervals, joined, paragraphs_holding
from newsfacts.extract.tense import time_side

__all__ = ["DateMention", "find_dates", "parse_day"]


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


_NEUTRAL_PREPOSITIONS = {"in", "by", "from", "during"}
#: "since 1991" names the year 1991 (the gold convention); "since March" opens a range.
_NEUTRAL_BEFORE_YEAR = {"since"}


#: A word or a digit that every date pattern needs: a paragraph without one holds no date, so
#: the patterns skip it (most of an article's paragraphs are read by none of them).
_DATE_ANCHOR = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|ytd"
    r"|fy|fiscal)|day|week|month|year|quarter|half|decade|centur|ago\b|tonight|tomorrow|ties\b"
    r"|thousands|now\b|present\b",
    re.I,
)
#: A month or day printed after "every" or "each" recurs: it names no year.
_RECURRING_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.I)


def _with_start(mention: DateMention, start: int) -> DateMention:
    return replace(mention, start=start)


class _Stretches:
    """The stretches of a text a date pattern is run in: the paragraphs holding what it needs.

    A paragraph is read only if it holds a date's anchor (a digit, a month, "week" ...); a
    pattern with :data:`NEEDS` only in the paragraphs holding every trigger it names, joined
    where they follow each other. Which paragraphs hold a trigger is read once per trigger.
    """

    def __init__(self, text: str) -> None:
        self.paragraphs = paragraphs_holding(text, _DATE_ANCHOR)
        self._folded = [fold(text[a:b]) for a, b in self.paragraphs]
        self._has: dict[str, list[bool]] = {}
        self._joined: dict[tuple[str, ...], list[tuple[int, int]]] = {}

    def holding(self, needs: tuple[str, ...]) -> list[tuple[int, int]]:
        """The joined paragraphs that hold every trigger of ``needs`` (all: none needed)."""
        if needs not in self._joined:
            for name in needs:
                if name not in self._has:
                    trigger = TRIGGERS[name]
                    self._has[name] = [trigger.search(p) is not None for p in self._folded]
            self._joined[needs] = joined(
                span
                for index, span in enumerate(self.paragraphs)
                if all(self._has[name][index] for name in needs)
            )
        return self._joined[needs]


#: A copyright notice before a year: "© 2013", "Copyright (c) 2023", "Copyright 2010-2023".
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\([cC]\)|\b[Cc]opyright)\s*(?:©\s*|\([cC]\)\s*)?$")
#: A bare four-digit number after a score's noun is the score: "a total score of 2072".
_SCORE_BEFORE = re.compile(
    r"\b(?:scores?|scored|points?|rating|tally)\s+(?:(?:of|was|is)\s+)?(?:a\s+)?$", re.I
)


def find_dates(
    text: str, *, published: dt.date | None, day_first: bool = False
) -> list[DateMention]:
    """Find and resolve every date expression in ``text``, longest match first, no overlaps.

    Args:
        text: the article text.
        published: the publication date relative dates resolve against (None: they are not
            resolved, and days without a year are left out).
        day_first: numeric dates put the day first ("3/4/2021" is 3 April), as in a page whose
            locale says so.
    """
    found: list[DateMention] = []
    taken = Intervals()
    stretches = _Stretches(text)
    for kind, pattern in PATTERNS:
        resolver = RESOLVERS[kind]
        for match in (
            m
            for b_start, b_end in stretches.holding(NEEDS.get(kind, ()))
            for m in pattern.finditer(text, b_start, b_end)
        ):
            s, e = match.span()
            if taken.overlaps(s, e):
                continue
            context = DateContext(
                match, published, partial(time_side, text, s, e), day_first
            )  # the tense is read only if the resolver asks
            try:
                mention = resolver(context)
            except (ValueError, KeyError, OverflowError):  # e.g. a day before 0001-01-01
                mention = None
            if mention is None:
                continue
            if _COPYRIGHT_BEFORE.search(text, max(0, s - 16), s):
                taken.add(s, e)  # "© 2013 Cable News Network": a notice, not a date
                continue
            digits = s + next((i for i, c in enumerate(text[s:e]) if c.isdigit()), 0)
            if kind == "year" and _SCORE_BEFORE.search(text, max(0, digits - 20), digits):
                taken.add(s, e)  # "a total score of 2072": a score, not a year
                continue
            if mention.relative and _RECURRING_BEFORE.search(text, max(0, s - 12), s):
                taken.add(s, e)  # "every March", "each May 10": no one date, and no figure
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
    found = _one_year_per_day(sorted(found, key=lambda d: d.start))
    if published is not None:
        found = _years_from_anchors(found, text, published)
    return _joined_ranges(found, text)


#: What joins two dates into one range: "March 2019 to June 2020", "2015 - Feb 2018"; "and"
#: only after "between" (:data:`_BETWEEN_BEFORE`).
_RANGE_JOINER = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru)\s*|\s+(?P<and>and)\s+", re.I)
_RANGE_LEAD = re.compile(r"(?:to|until|till|through)\s+", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
#: "from Friday, Feb. 9, through Feb. 25": after "from", a comma may close the first end.
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_COMMA_JOINER = re.compile(r"\s*,\s*(?:to|until|till|through|thru)\s+", re.I)
#: "began on Monday, July 10, and lasted through July 23", "starts Jan. 8 and ends Jan. 29": a
#: start verb before the first end and an end verb before the second.
_BEGAN_BEFORE = re.compile(
    r"\b(?:begins?|began|begun|beginning|starts?|started|starting|opens?|opened|opening)"
    r"\s+(?:on\s+)?$",
    re.I,
)
_ENDS_JOINER = re.compile(
    r",?\s+and\s+(?:(?:will|is\s+to|was\s+to)\s+)?(?:ends?|ended|ending|closes?|closed|lasts?|lasted"
    r"|runs?|ran|continues?|continued|wraps?\s+up|wrapped\s+up|finish(?:es|ed)?)"
    r"(?:\s+(?:on|through|until|till|to))?\s+",
    re.I,
)
#: The longest range two joined dates may make (a longer one is two separate dates).
MAX_JOINED_YEARS = 200


def _joined_ranges(mentions: list[DateMention], text: str) -> list[DateMention]:
    """Join two dates that a range word links into one span.

    "from March 2019 to June 2020", "between January 1st 2015 and Feb 2018", "January 12, 2016 -
    01/22/2016", "January 2010 until December 2012": the grammar reads each end alone; here they
    become one range from the first's first day to the second's last. A first end printed without
    its year takes the second's year (the year before when it would come after the second).
    """
    out: list[DateMention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        joined = second and _join(first, second, text)
        if joined is not None:
            out.append(joined)
            index += 2
            continue
        out.append(first)
        index += 1
    return out


def _join(first: DateMention, second: DateMention, text: str) -> DateMention | None:
    """The range ``first`` .. ``second`` when a range word alone links them, else None."""
    if first.first is None or second.first is None or second.last is None:
        return None
    if first.fiscal or second.fiscal:
        return None
    if (first.bare_relative or second.bare_relative) and not (
        first.bare_relative and first.granularity == "day" and second.granularity == "day"
    ):
        return None  # "today until Friday", "today to October 22"; not "last year to 2019"
    if second.start - first.end > 40:
        return None
    gap = text[first.end : second.start]
    lead = _RANGE_LEAD.match(text, second.start, second.end)
    if lead is not None and gap.strip() == "":
        gap = gap + lead.group(0)  # "January 2010 until December 2012": the second took "until"
    joiner = _RANGE_JOINER.fullmatch(gap) if len(gap) <= 12 else None
    if joiner is None:
        before = text[max(0, first.start - 20) : first.start]
        days = first.granularity == "day" and second.granularity == "day"
        if not days or not (
            (_COMMA_JOINER.fullmatch(gap) and _FROM_BEFORE.search(before))
            or (_ENDS_JOINER.fullmatch(gap) and _BEGAN_BEFORE.search(before))
        ):
            return None
    start = first.start
    if joiner is not None and joiner.group("and"):
        between = _BETWEEN_BEFORE.search(text, max(0, first.start - 10), first.start)
        if between is None:
            return None  # "in 2015 and 2018": two dates
        start = between.start()
    begin = first.first
    if first.relative and not second.relative:  # "from Feb 1st to March 2019"
        try:
            begin = begin.replace(year=second.first.year)
            if begin > second.last:
                begin = begin.replace(year=second.first.year - 1)
        except ValueError:  # 29 February
            return None
    if not begin <= second.last or second.last.year - begin.year > MAX_JOINED_YEARS:
        return None
    return replace(
        first,
        start=start,
        end=second.end,
        first=begin,
        last=second.last,
        single_day=False,
        relative=first.relative and second.relative,
        bare_relative=first.bare_relative and second.bare_relative,
        granularity="span",
        weekday=None,
    )


#: How far back a month printed with its year ("the debate in August 2015") places a later day
#: of that month printed without one ("on the night of August 6").
MONTH_CONTEXT_CHARS = 1500


def _year_of_month_before(
    day: DateMention, months: list[DateMention], starts: list[int]
) -> int | None:
    """The year of the nearest earlier mention of the same month with its year, close by."""
    assert day.first is not None
    for index in range(bisect.bisect_left(starts, day.start) - 1, -1, -1):
        month = months[index]
        if day.start - month.end > MONTH_CONTEXT_CHARS:
            break  # sorted by start: every earlier one is further away
        if month.first is not None and month.first.month == day.first.month:
            return month.first.year
    return None


#: How far on either side a story's dated mentions of a month ("in December 2017 ... December
#: 18, 2017") give their one year to a day of that month printed between them without one.
STORY_MONTH_CHARS = 6000


def _year_between(day: DateMention, dated: list[DateMention]) -> int | None:
    """The year of a month the story dates on both sides of ``day``, when both sides agree.

    A story told in the past ("It was in December 2017 ... On December 12, two days after ...
    On December 18, 2017") drops the year it has set; the nearest mention of the same month
    printed with its year before the day and the nearest one after it (each within
    :data:`STORY_MONTH_CHARS`) must name the same year.
    """
    assert day.first is not None
    month = day.first.month
    before = [
        m
        for m in dated
        if m.end <= day.start
        and day.start - m.end <= STORY_MONTH_CHARS
        and m.first is not None
        and m.first.month == month
    ]
    after = [
        m
        for m in dated
        if m.start >= day.end
        and m.start - day.end <= STORY_MONTH_CHARS
        and m.first is not None
        and m.first.month == month
    ]
    if not before or not after:
        return None
    first, second = before[-1].first, after[0].first
    assert first is not None
    assert second is not None
    return first.year if first.year == second.year else None


def _one_year_per_day(mentions: list[DateMention]) -> list[DateMention]:
    """Give every day printed without its year one year across the article.

    "Jan. 9, 2027" printed once makes every "Jan. 9" of the article 2027; "the debate in August
    2015" makes a following "August 6" 2015; a day between two mentions of its month dated in
    one year takes that year; otherwise the first reading of a day holds for the others.
    """
    printed: dict[tuple[int, int], int] = {}
    inferred: dict[tuple[int, int], int] = {}
    months: list[DateMention] = [  # "in August 2015": a month printed with its year
        m for m in mentions if m.granularity == "month" and not m.relative and m.first is not None
    ]
    month_starts = [m.start for m in months]
    dated = [  # a month or a day printed with its year
        m
        for m in mentions
        if m.granularity in {"month", "day"}
        and not m.relative
        and not m.fiscal
        and m.first is not None
        and m.last is not None
        and m.first.month == m.last.month
        and m.first.year == m.last.year
    ]
    for m in mentions:
        if m.single_day and m.first is not None and m.granularity == "day":
            key = (m.first.month, m.first.day)
            if not m.relative:
                printed.setdefault(key, m.first.year)
            elif m.weekday is None and not m.bare_relative:
                inferred.setdefault(key, m.first.year)
    out = []
    for m in mentions:
        if (
            m.single_day
            and m.relative
            and m.first is not None
            and m.granularity == "day"
            and m.weekday is None
            and not m.bare_relative
        ):
            key = (m.first.month, m.first.day)
            year = (
                printed.get(key)
                or _year_of_month_before(m, months, month_starts)
                or _year_between(m, dated)
                or inferred.get(key)
            )
            year = year or m.first.year
            if year != m.first.year:
                try:
                    day = m.first.replace(year=year)
                except ValueError:  # 29 February
                    day = m.first
                m = replace(m, first=day, last=day)
        out.append(m)
    return out


#: How far back a year printed in the story ("a tour in 2020", "in November 2016") sets the
#: year of a later month or day printed without one; at most one paragraph break between.
ANCHOR_CHARS = 600
#: One paragraph break is a blank line: two line ends.
_ONE_PARAGRAPH_BREAK = 2


def _anchor_year(m: DateMention, anchor: DateMention) -> int | None:
    """The year ``m`` takes from a dated mention before it in the story, or None.

    After a bare year ("a tour in 2020 ... on July 22") the month or day is in that year; after
    a month with its year ("in November 2016 ... by December") a month not before it is too.
    """
    assert m.first is not None
    assert anchor.first is not None
    assert anchor.last is not None
    if anchor.granularity == "year" and anchor.first.year == anchor.last.year:
        return anchor.first.year
    if anchor.granularity in {"month", "day"} and m.first.month >= anchor.first.month:
        return anchor.first.year
    return None


def _years_from_anchors(
    mentions: list[DateMention], text: str, published: dt.date
) -> list[DateMention]:
    """Give a month or day printed without its year the year the story is telling about.

    The tense reads which side of publication a date falls on; a story that has just named a
    year ("in November 2016 ... But by December, they worsened") is still in it. The year of
    the nearest dated mention before (:data:`ANCHOR_CHARS`, one paragraph break at most) wins
    when the date it gives agrees with the tense of the date's own clause.
    """
    printed = {
        (m.first.month, m.first.day)
        for m in mentions
        if m.first is not None and m.granularity == "day" and not m.relative
    }
    out: list[DateMention] = []
    anchor: DateMention | None = None
    first_year: dict[tuple[int, int], int] = {}  # one day, one year in one article
    for m in mentions:
        if not m.relative and not m.fiscal and m.first is not None and m.last is not None:
            if m.granularity in {"year", "month", "day"}:
                anchor = m
            out.append(m)
            continue
        day_key = None
        if m.first is not None and m.granularity == "day" and m.weekday is None:
            day_key = None if m.bare_relative else (m.first.month, m.first.day)
            if day_key in first_year and first_year[day_key] != m.first.year:
                out.append(_in_year(m, first_year[day_key]) or m)
                continue
            if day_key in first_year:
                out.append(m)
                continue
        moved = None
        if (
            anchor is not None
            and not _RELATIVE_WORD.search(text, m.start, m.end)
            and m.first is not None
            and m.last is not None
            and m.relative
            and not m.bare_relative
            and m.weekday is None
            and m.granularity in {"month", "day"}
            and (m.first.month, m.first.day) not in printed
            and m.start - anchor.end <= ANCHOR_CHARS
            and text.count("\n", anchor.end, m.start) <= _ONE_PARAGRAPH_BREAK
        ):
            year = _anchor_year(m, anchor)
            if year is not None and year != m.first.year:
                moved = _in_year(m, year)
        if moved is not None and anchor is not None:
            m = moved if _fits_tense(moved, anchor, text, published) else m
        if day_key is not None and m.first is not None:
            first_year[day_key] = m.first.year
        out.append(m)
    return out


#: A month or day the text itself places ("last March", "next June"): no anchor moves it.
_RELATIVE_WORD = re.compile(r"\b(?:last|next|this|coming|past|previous|following)\b", re.I)


def _fits_tense(moved: DateMention, anchor: DateMention, text: str, published: dt.date) -> bool:
    """Whether a date moved into the story's year agrees with the tense of its clause.

    The clause must say its side: after a month with its year, a past clause stays before
    publication and a future one after it. A bare year is a weaker anchor: a news clause that
    reports ("As of February 28, he said") speaks of this year whatever year the sentence
    before named, so a bare year moves only a future clause, into a later year ("a tour in
    2027 ... will stop on July 22"). A clause without tense ("is leaving in January", "was
    invited to join in July") keeps the reading of the publication date.
    """
    assert moved.first is not None
    assert moved.last is not None
    assert anchor.first is not None
    side = time_side(text, moved.start, moved.end)
    if anchor.granularity == "year":
        return side == "future" and anchor.first.year > published.year
    if side == "past":
        return moved.first <= published
    if side == "future":
        return moved.last >= published
    return False


def _in_year(m: DateMention, year: int) -> DateMention | None:
    """``m`` moved to ``year`` (None for a 29 February that year lacks)."""
    assert m.first is not None
    assert m.last is not None
    try:
        first = m.first.replace(year=year)
        last = m.last.replace(year=year + (m.last.year - m.first.year))
    except ValueError:
        return None
    if m.granularity == "month":
        last = first.replace(day=calendar.monthrange(year, first.month)[1])
    return replace(m, first=first, last=last)
