"""``date_relation``: what the text says about two dates must hold on the calendar.

* "extend that grace period until 2019, a full nine years after the bill was put into law" - the
  year printed before "N years after <event>" minus the year of the event (the year printed in
  the nearest earlier sentence that names the event, "the 2010 Dodd-Frank ... law") must be N.
* "written in 2008, before the film's release in 2011", "died in 1985 and came back in 2008" -
  two dated events the text orders with a word between them must be in that order on the
  calendar (dates whose year is printed; overlapping spans hold either way).
* "The new date is March 31, 2021. ... it is on par with the 'late Q1' timeline" - a date the
  text says falls in (is "on par with", "in line with", "within") a period must lie inside it.
* "Before joining the bank in 2010, she worked at a fund from 2002 to 2009", "After the 2016
  election, ... in 2020" - a fronted clause's date against the main clause's (not when the main
  clause's date is a reference: "levels last seen in 1995", "than in 2006");
* "founded in 1998 and went public in 2004, six years later", "closed in 2019 after 44 years" -
  the years between the two dates before the count (one either way: whole years);
* "Ana Ruiz, 66, who was born in 1958", "the 125-year-old company, founded in 1899" - an age
  and the year its bearer began are the years from then to the publication date (or one less);
* "ran for four seasons, from 2002 to 2006" - a count of years, seasons, decades or months right
  before the range it spans must be the range's length, counting its ends either way (4 or 5);
  so must a count of days or weeks before a range that prints both days ("lasted four days,
  from June 12 to June 15": 3 or 4 days).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from decimal import Decimal

from newsfacts.facts import DateFact, DateRangeFact, QuantityFact
from newsfacts.validate.context import RuleContext, group_by_sentence, number_of
from newsfacts.validate.intervals import printed_interval
from newsfacts.validate.verdict import UNDECIDED, Outcome, Verdict, judged

__all__ = ["check_date_relation"]

_GAP = re.compile(
    r"\b(?:(?:a\s+)?(?:full|whole|mere|good)\s+)?(?P<n>\d{1,3}|a|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?P<unit>years?|decades?)\s+"
    r"(?P<rel>after|before|later\s+than|earlier\s+than|since)\s+"
    # the event runs to the clause's end; a point between digits is no end ("Python 3.0")
    r"(?P<event>(?:[^,.;:]|(?<=\d)\.(?=\d)){3,80})",
    re.I,
)
#: Before a number of years, "for": the years are a span ("for 38 years before").
_FOR_SPAN = re.compile(
    r"\b(?:for|spent|served)\s+(?:(?:about|nearly|almost|some|more\s+than)\s+)?$", re.I
)
_ON_PAR = re.compile(
    r"\b(?:on\s+par\s+with|in\s+line\s+with|consistent\s+with|within|falls\s+(?:in|within))\s+"
    r"(?:the\s+)?[“\"']?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_STOP = frozenset(
    "the a an was were is are be been being put into its their his her this that".split()
)


def _year(f: DateFact | DateRangeFact) -> int | None:
    """The year of a fact that prints its year and stands for one year (or one day in it)."""
    if not re.search(r"\b\d{4}\b", f.text):
        return None
    if isinstance(f, DateFact):
        return f.date.year
    if f.start is not None and f.end is not None and f.start.year == f.end.year:
        return f.start.year
    return None


#: Words that put a clause's event at about the publication: "reopened on Saturday", "today".
_NOW_WORDS = re.compile(
    r"\b(?:today|tonight|yesterday|this\s+(?:week|month|year)|(?:on|last)\s+(?:Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)


def _gaps(ctx: RuleContext) -> list[Verdict]:
    verdicts = []
    dates_in = group_by_sentence(ctx.dates())
    for index, (start, end) in enumerate(ctx.sentences):
        for match in _GAP.finditer(ctx.text, start, end):
            if _FOR_SPAN.search(ctx.text, max(start, match.start() - 12), match.start()):
                # "ran the company for 38 years before handing it over in 1999": a span that
                # ends at the event, not a date that many years before it
                continue
            before = [d for d in dates_in.get(index, []) if d.span[1] <= match.start()]
            later: DateFact | DateRangeFact | None = before[-1] if before else None
            if later is not None and _year(later) is not None:
                later_year = _year(later) or 0
            elif (
                not before
                and ctx.published is not None
                and _NOW_WORDS.search(ctx.text, start, match.start())
            ):
                # "reopened on Saturday, 80 years after it was last rebuilt in 1952": the
                # clause's event is about the publication
                later, later_year = None, ctx.published.year
            else:
                continue
            words = {
                w.lower()
                for w in re.findall(r"[A-Za-z][\w-]{2,}", match.group("event"))
                if w.lower() not in _STOP
            }
            # the event's year printed in the clause itself ("after the first one opened in
            # 2012", "earlier than its rival's 2040 target"), else in an earlier sentence
            event = next(
                (
                    d
                    for d in dates_in.get(index, [])
                    if match.start("event") <= d.span[0] < match.end("event") + 6
                    and _year(d) is not None
                ),
                None,
            )
            window = (
                []
                if event
                else [d for i in range(max(0, index - 5), index) for d in dates_in.get(i, [])]
            )
            for d in reversed(window):
                if _year(d) is None:
                    continue
                sentence = ctx.sentence_text(d.sentence).lower()
                if any(re.search(rf"\b{re.escape(w)}\b", sentence) for w in words):
                    event = d
                    break
            if event is None:
                continue
            n = match.group("n").lower()
            years = int(number_of(n) or 0)
            if match.group("unit").lower().startswith("decade"):
                years *= 10
            after = match.group("rel").lower().split()[0] in {"after", "later", "since"}
            gap = later_year - (_year(event) or 0)
            stated = years if after else -years
            ok = gap == stated
            phrase = " ".join(match.group(0).split()[:6])
            verdicts.append(
                judged(
                    "date_relation",
                    [event.id, *([later.id] if later is not None else [])],
                    Outcome(ok, Decimal(abs(gap - stated))),
                    f'"{phrase}": {later_year}{"" if later else " (published)"} - {_year(event)}'
                    f" = {gap} years" + ("" if ok else f", not {stated}"),
                    relative_to=max(years, 1),
                    expected=Decimal(stated),
                    actual=Decimal(gap),
                )
            )
    return verdicts


def _on_par(ctx: RuleContext) -> list[Verdict]:
    verdicts = []
    dates = ctx.dates()
    for r in dates:
        if not isinstance(r, DateRangeFact) or r.start is None or r.end is None:
            continue
        if not _ON_PAR.search(ctx.before(r, 40)):
            continue
        days = [
            d
            for d in dates
            if isinstance(d, DateFact) and r.sentence - 2 <= d.sentence <= r.sentence
        ]
        if not days:
            continue
        d = days[-1]
        start, end, note = r.start, r.end, ""
        if r.relative and r.start.year == r.end.year != d.date.year:
            # the period's year was not printed: read it in the year of the date it is held to
            try:
                start = r.start.replace(year=d.date.year)
                end = r.end.replace(year=d.date.year)
                note = f", its year read as {d.date.year} (not printed)"
            except ValueError:  # February 29
                start, end = r.start, r.end
        ok = start <= d.date <= end
        days_out = min(abs((d.date - start).days), abs((d.date - end).days))
        verdicts.append(
            judged(
                "date_relation",
                [d.id, r.id],
                Outcome(ok, Decimal(0 if ok else days_out)),
                f"{d.date} {'lies' if ok else 'does not lie'} within {r.text!r} "
                f"({start} to {end}{note})",
                relative_to=max((end - start).days + 1, 1),
                expected=f"{start}..{end}",
                actual=str(d.date),
            )
        )
    return verdicts


#: A word that orders the event of the date before it against the one of the date after it,
#: with at most five words (no clause break) between it and that date: "written in 2008, before
#: the film's release in 2011", "died in 1985 and came back in 2008", "in 2012, after the 2008
#: crash", "joined the firm in 2004 and left it in 2009" (an ending after a beginning).
#: ``first``: the first date is the earlier; ``last``: the later.
_ORDER = re.compile(
    r"\b(?:(?P<first>before|prior\s+to|ahead\s+of|until|then|later|afterwards|came\s+back"
    r"|returned|followed\s+by|(?:and|but)\s+(?:then\s+)?(?:left|quit|closed|died|retired|resigned"
    r"|ended|shut|departed|stepped\s+down|was\s+(?:closed|dissolved|sold|shut\s+down)))"
    r"|(?P<last>after|following))\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:in\s+|on\s+|of\s+|\(\s*(?:in\s+|around\s+|about\s+)?)?$",
    re.I,
)


#: A sentence that opens with a clause dated before or after its main clause: "Before joining
#: the bank in 2010, she worked at a fund from 2002 to 2009".
_FRONTED = re.compile(r"\W*(?:(?P<before>before|until)|(?P<after>after|following))\s", re.I)
#: Words that make the main clause's date a reference, not its event's date: "After the 2008
#: crash, lending fell to levels last seen in 1995", "... than in 2006", "since 2001".
_REFERENCE = re.compile(
    r"\b(?:since|than|seen|from|compared|record|lowest|highest|levels?|ago|earlier)\b", re.I
)
#: "..., six years later" / "... after 44 years": the years between the two dates before it.
_COUNT_WORDS = (
    r"a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
)
_YEARS_LATER = re.compile(
    rf"\s*,?\s*(?:(?:just|some|about|nearly|almost)\s+)?(?P<n>\d{{1,3}}|{_COUNT_WORDS})\s+years?"
    rf"\s+later\b|\s*,?\s*after\s+(?:(?:just|some|about|nearly|almost)\s+)?(?P<m>\d{{1,3}}"
    rf"|{_COUNT_WORDS})\s+years?\b",
    re.I,
)


#: After a year, the years since a start told in the sentence before: "died in 2001 after 43
#: years of marriage", "closed in 2019 after 44 years." (what the years are of, or nothing).
_AFTER_YEARS_OF = re.compile(
    rf"\s*,?\s*after\s+(?:(?:just|some|about|nearly|almost)\s+)?(?P<n>\d{{1,3}}|{_COUNT_WORDS})"
    r"\s+years?(?:\s+of\s+(?P<of>[a-z]+)\b|(?=\s*[.;,]|\s*$))",
    re.I,
)
#: Before the year a start is told in: "married Arne, a ship's engineer, in", "opened its doors
#: in", "founded the shop in" (the verb, then at most a few words without a figure).
_STARTED_IN = re.compile(
    r"\b(?P<verb>marri(?:ed|age)|marrying|wed(?:ded|ding)?|found(?:ed|ing)|establish(?:ed|ing)"
    r"|open(?:ed|ing)|start(?:ed|ing)|launch(?:ed|ing)|began|join(?:ed|ing)|form(?:ed|ing)"
    r"|built)\b[^.;:\d]{0,50}?\s(?:in|on)\s+$",
    re.I,
)
#: Starts that a plain "after N years" (of nothing named) counts from: a thing's beginning.
_THING_STARTS = frozenset({"foun", "esta", "open", "star", "laun", "form"})


def _years_after_began(ctx: RuleContext) -> list[Verdict]:
    """A year "after N years" whose start is told in the sentence before.

    "She married Arne in 1958. He died in 2001 after 43 years of marriage": what the years are
    of must be the start's own word ("marriage", "married"); "The shop opened in 1975. It
    closed in 2019 after 44 years": with nothing named, a thing's beginning. The start is the
    one such year of the sentence before; whole years, one either way.
    """
    verdicts = []
    by_sentence = group_by_sentence(ctx.dates())
    for index, dates in by_sentence.items():
        dates = sorted(dates, key=lambda d: d.span[0])
        b = dates[0]
        match = _AFTER_YEARS_OF.match(ctx.text, b.span[1])
        yb = _year(b)
        if match is None or yb is None or index == 0:
            continue
        starts = []
        for a in by_sentence.get(index - 1, []):
            cue = _STARTED_IN.search(ctx.before(a, 70))
            if cue is None or _year(a) is None:
                continue
            verb, of = cue.group("verb").lower(), (match.group("of") or "").lower()
            # "marriage" is "married"'s, "marrying"'s: the same first four letters
            if (of and of[:4] == verb[:4]) or (not of and verb[:4] in _THING_STARTS):
                starts.append(a)
        if len(starts) != 1:
            continue
        ya = _year(starts[0])
        assert ya is not None
        word = match.group("n")
        n = int(word) if word.isdigit() else int(number_of(word) or 1)
        count = [
            f.id
            for f in ctx.facts
            if isinstance(f, QuantityFact) and match.start() <= f.span[0] < match.end()
        ]
        said = f'"{" ".join(match.group(0).strip(" ,").split())}" in {yb}, from {ya} in the '
        verdicts.append(
            _years_apart([starts[0].id, b.id, *count], ya, yb, n, said + "sentence before")
        )
    return verdicts


def _years_apart(ids: list[str], ya: int, yb: int, n: int, said: str) -> Verdict:
    """The years between two years against the ``n`` the text gives: whole years, one either way."""
    ok = abs((yb - ya) - n) <= 1
    return judged(
        "date_relation",
        ids,
        Outcome(ok, Decimal(0 if ok else abs((yb - ya) - n) - 1)),
        f"{said}: {yb} - {ya} = {yb - ya} years" + ("" if ok else f", not {n}"),
        relative_to=n or 1,
        expected=Decimal(n),
        actual=Decimal(yb - ya),
    )


def _fronted(ctx: RuleContext) -> list[Verdict]:
    """A dated clause fronted by "Before"/"After" against the date of the main clause."""
    verdicts = []
    for index, dates in group_by_sentence(ctx.dates()).items():
        opens, _ = ctx.sentences[index]
        cue = _FRONTED.match(ctx.text, opens)
        if cue is None:
            continue
        dates = sorted(dates, key=lambda d: d.span[0])
        comma = ctx.text.find(",", opens, ctx.sentences[index][1])
        fronted = [d for d in dates if comma > 0 and d.span[1] <= comma]
        main = [d for d in dates if comma > 0 and d.span[0] > comma]
        if len(fronted) != 1 or not main:
            continue
        a, b = fronted[0], main[0]
        if _REFERENCE.search(ctx.text[comma : b.span[0]]):
            continue
        first, last = _days(a), _days(b)
        if first is None or last is None:
            continue
        before = cue.group("before") is not None  # the main clause's date is the earlier
        # the main clause's whole span lies before (after) the end (start) of the fronted date
        ok = last[1] <= first[1] if before else last[0] >= first[0]
        gap = (last[1] - first[1]).days if before else (first[0] - last[0]).days
        word = cue.group("before") or cue.group("after")
        verdicts.append(
            judged(
                "date_relation",
                [a.id, b.id],
                Outcome(ok, Decimal(0 if ok else gap)),
                f'"{word.capitalize()} ... {a.text}," puts {b.text} '
                f"{'before' if before else 'after'} it: "
                + ("so it is on the calendar" if ok else "not so on the calendar"),
                relative_to=1,
                expected=f"{b.text} {'before' if before else 'after'} {a.text}",
                actual=f"{last[0]}..{last[1]} vs {first[0]}..{first[1]}",
            )
        )
    return verdicts


#: Between two years, the gap that leads to the second: "; eight years later, in 2017".
_LATER_IN = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{_COUNT_WORDS})\s+years?\s+(?:later|afterward|on)\s*,?\s*(?:in|by)\s+$",
    re.I,
)
#: Before two years joined by "and", the gap between them: "14 years apart, in".
_APART_IN = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{_COUNT_WORDS})\s+years?\s+apart\s*,?\s*(?:in|between)\s+$", re.I
)


def _years_gap(
    ctx: RuleContext, a: DateFact | DateRangeFact, b: DateFact | DateRangeFact
) -> re.Match[str] | None:
    """The words that give the years between ``a`` and ``b``, if any (a match with ``n``)."""
    between = ctx.between(a, b)
    if len(between) > 80:
        return None
    after = _YEARS_LATER.match(ctx.text, b.span[1])
    if after is not None:
        return after  # "in 2009 ... in 2017, eight years later"
    later = _LATER_IN.search(between)
    if later is not None:
        return later  # "in 2009 ...; eight years later, in 2017"
    if re.fullmatch(r"\s+and\s+", between):
        return _APART_IN.search(ctx.before(a, 40))  # "14 years apart, in 2005 and 2017"
    return None


def _years_later(ctx: RuleContext) -> list[Verdict]:
    """Two years and the gap the text gives between them ("N years later", "N years apart")."""
    verdicts = []
    for dates in group_by_sentence(ctx.dates()).values():
        dates = sorted(dates, key=lambda d: d.span[0])
        for a, b in itertools.pairwise(dates):
            ya, yb = _year(a), _year(b)
            match = _years_gap(ctx, a, b) if ya is not None and yb is not None else None
            if match is None or ya is None or yb is None:
                continue
            word = match.groupdict().get("n") or match.groupdict().get("m") or ""
            n = int(word) if word.isdigit() else int(number_of(word) or 1)
            said = f'"{" ".join(match.group(0).strip(" ,").split())}"'
            verdicts.append(_years_apart([a.id, b.id], ya, yb, n, said))
    return verdicts


def _days(f: DateFact | DateRangeFact) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a date whose year is printed, or None."""
    if not re.search(r"\b\d{4}\b", f.text):
        return None
    if isinstance(f, DateFact):
        return f.date, f.date
    if f.fiscal or f.start is None or f.end is None:
        return None
    return f.start, f.end


#: A new clause's verb right before an order word: ", retiring" (after ...), ", and left".
#: "since" opening the clause the cue stands in: "the lowest since the animals returned in".
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,4}$", re.I)
_NEW_EVENT = re.compile(r",\s*(?:and\s+)?[a-z]+(?:ing|ed)\s+(?:[a-z]+\s+)?$")


def _order(ctx: RuleContext) -> list[Verdict]:
    """Two dated events the text orders with a word between them: the calendar must agree."""
    verdicts = []
    for dates in group_by_sentence(ctx.dates()).values():
        dates = sorted(dates, key=lambda d: d.span[0])
        for a, b in itertools.pairwise(dates):
            between = ctx.between(a, b)
            if len(between) > 80 or ";" in between:
                continue
            cue = _ORDER.search(between)
            first, last = _days(a), _days(b)
            if cue is None or first is None or last is None:
                continue
            if _NEW_EVENT.search(between[: cue.start()]):
                continue  # "his first game in 1962, retiring after the 1994 season": the cue
                # dates the new clause's event, not the first date's
            if _SINCE_CLAUSE.search(between[: cue.start()]):
                continue  # "slowed from 11% in 2023 and was the lowest since the animals
                # returned in 2008": the cue's clause is the reference "since" counts from
            cue_at = a.span[1] + cue.start()
            if any(
                a.span[1] <= f.span[0] and f.span[1] <= cue_at for f in ctx.figures_in(a.sentence)
            ):
                continue  # "81,300 in 2023 and well above the 60,000 the museum drew in its
                # busiest year before the 2012 expansion": the cue orders the figure's own year
            lead = _ORDER.search(ctx.before(a, 45))
            if lead is not None and (lead.group("first") is None) == (cue.group("first") is None):
                continue  # "rose 2.6% after the recession of 1991 and 1.9% following the
                # recession of 2001": two dates each anchoring its own clause, in parallel
            a_first = cue.group("first") is not None
            # some reading of the two spans must put them in the order the text gives
            ok = first[0] <= last[1] if a_first else first[1] >= last[0]
            gap = (first[0] - last[1]).days if a_first else (last[0] - first[1]).days
            word = " ".join(cue.group("first" if a_first else "last").split())
            relation = "before" if a_first else "after"
            verdicts.append(
                judged(
                    "date_relation",
                    [a.id, b.id],
                    Outcome(ok, Decimal(0 if ok else gap)),
                    f'"{word}" puts {a.text} {relation} {b.text}: '
                    + ("so it is on the calendar" if ok else "not so on the calendar"),
                    relative_to=1,  # out of order is out of order, by a day or a decade
                    expected=f"{a.text} {relation} {b.text}",
                    actual=f"{first[0]}..{first[1]} vs {last[0]}..{last[1]}",
                )
            )
    return verdicts


#: Count units a span of time is told in, as months: "four seasons, from 2002 to 2006".
_SPAN_UNITS = {
    "month": 1,
    "months": 1,
    "year": 12,
    "years": 12,
    "season": 12,
    "seasons": 12,
    "decade": 120,
    "decades": 120,
}
#: What may stand between a count and the range it spans: "for four seasons, from 2002 to 2006",
#: "8 years (2009-2017)", "two decades, 1990-2010" (not "in": "nine months in 2010" lies within).
_SPAN_BETWEEN = re.compile(r"[\s,(]*(?:(?:over|spanning|from|between)\s+)?[\s(]*", re.I)


_TWO_ENDS = re.compile(r"\b(?:to|through|until|till|and)\b|\d\s?[-–—/]\s?\d", re.I)


def _months_spanned(r: DateRangeFact, per: int) -> tuple[int, ...] | None:
    """The months a range spans, ends exclusive and inclusive, or None.

    Both ends must be printed at the count's grain: years for a count of years, whole months
    for a count of months. A count of years between ends printed as whole months may also be
    read in months: "from January 1, 2019, to June 30, 2022, three and a half years" (42).
    """
    if r.start is None or r.end is None or r.fiscal or r.start >= r.end:
        return None
    if not _TWO_ENDS.search(r.text):
        return None  # "nine months in 2010": one period, not the ends of a span
    whole = r.start.day == 1 and (r.end + dt.timedelta(days=1)).day == 1
    months = (r.end.year - r.start.year) * 12 + r.end.month - r.start.month
    if per >= 12:
        if len(re.findall(r"\d{2,4}", r.text)) < 2 or r.start.year == r.end.year:
            return None
        years = r.end.year - r.start.year
        in_months = (months, months + 1) if whole and _MONTH_NAME.search(r.text) else ()
        return 12 * years, 12 * (years + 1), *in_months
    if not whole:
        return None
    return months, months + 1


#: A month's name in a range's text: its ends are printed at least as whole months.
_MONTH_NAME = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s", re.I
)


#: Count units told in days: "four days, from June 12 to June 15", "two weeks (May 1-14)".
_DAY_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
#: A day of the month printed as a number (not a year): "12" in "June 12 to June 15".
_DAY_NUMBER = re.compile(r"(?<![\d,.])\d{1,2}(?:st|nd|rd|th)?(?![\d.]|,\d)")


def _days_spanned(r: DateRangeFact) -> tuple[int, int] | None:
    """The days a range spans, ends exclusive and inclusive, when both ends print their day."""
    if r.start is None or r.end is None or r.fiscal or r.start >= r.end:
        return None
    if not _TWO_ENDS.search(r.text) or len(_DAY_NUMBER.findall(r.text)) < 2:
        return None  # "June to August": months, not days
    days = (r.end - r.start).days
    return days, days + 1


def _span_counts(ctx: RuleContext) -> list[Verdict]:
    """A count of days, weeks, months, years, seasons or decades right before the range it spans."""
    verdicts = []
    ranges = [d for d in ctx.dates() if isinstance(d, DateRangeFact)]
    for f in ctx.facts:  # durations are not among ctx.figures(): they are no levels
        if not isinstance(f, QuantityFact) or f.role == "age":
            continue
        unit_word = (f.unit or "").lower()
        per = _SPAN_UNITS.get(unit_word) or _DAY_UNITS.get(unit_word)
        if per is None:
            continue
        r = next((d for d in ranges if d.sentence == f.sentence and d.span[0] >= f.span[1]), None)
        months = None
        ids, label = [f.id], ""
        if r is not None and _SPAN_BETWEEN.fullmatch(ctx.between(f, r)):
            months = _days_spanned(r) if unit_word in _DAY_UNITS else _months_spanned(r, per)
            ids, label = [f.id, r.id], r.text
        before = next(
            (d for d in reversed(ranges) if d.sentence == f.sentence and d.span[1] <= f.span[0]),
            None,
        )
        if (
            months is None
            and before is not None
            and (
                _SPAN_NAMED.fullmatch(ctx.between(before, f))
                # "ran from September 2022 to November 2023, 14 months in all"
                or (_SPAN_APPOSED.fullmatch(ctx.between(before, f)) and _IN_ALL.match(ctx.after(f)))
            )
        ):
            # "taught there from 1958 until 1993, a career of 38 years"
            months = (
                _days_spanned(before) if unit_word in _DAY_UNITS else _months_spanned(before, per)
            )
            ids, label = [f.id, before.id], before.text
            first = _start_of(ctx, before) if months is None and per >= 12 else None
            if first is not None:
                # "bought it in 1952 and ran it until 2006, a span of 58 years"
                ya, yb = _year(first), _year(before)
                if ya is not None and yb is not None and yb > ya:
                    months = (12 * (yb - ya), 12 * (yb - ya + 1))
                    ids, label = [f.id, first.id, before.id], f"{first.text} to {yb}"
        if months is None and per >= 12:
            ends = _two_years_after(ctx, f)  # "for 12 years, from 1975 until ... in 1987"
            if ends is not None:
                (a, b), months = ends
                ids, label = [f.id, a.id, b.id], f"{a.text} to {b.text}"
        if months is None:
            continue
        count = printed_interval(f.value * per, text=f.text, qualifier=f.qualifier)
        slack = 1 if unit_word.startswith("week") else 0  # "two weeks" of 15 days is fair
        ok = any(count.lo - slack <= m <= count.hi + slack for m in months)
        unit = f.unit or ""
        shown = [f"{m // per}" if m % per == 0 else f"{m / per:.1f}" for m in months]
        # "January 1, 2019, to June 30, 2022": 3.4 to 3.5 years read in whole months
        extra = f"; {shown[2]} to {shown[3]} in whole months" if len(shown) > 3 else ""
        verdicts.append(
            judged(
                "date_relation",
                ids,
                Outcome(ok),
                f"{label} spans {shown[0]} {unit} (or {shown[1]} counting both ends{extra}): "
                + (f"{f.text} holds" if ok else f"not {f.text}"),
                expected=f"{shown[0]} or {shown[1]} {unit}",
                actual=f.text,
            )
        )
    return verdicts


#: A date that is the end of a span: "until 2006", "through 1994".
_END_ONLY = re.compile(r"^(?:until|till|through|to)\s", re.I)


def _start_of(ctx: RuleContext, end: DateFact | DateRangeFact) -> DateFact | DateRangeFact | None:
    """For an end printed alone ("until 2006"), the date before it that starts the span.

    "bought the store in 1952 and ran it until 2006": the nearest date before, in the sentence.
    """
    if not _END_ONLY.match(end.text):
        return None
    earlier = [d for d in ctx.dates() if d.sentence == end.sentence and d.span[1] <= end.span[0]]
    return max(earlier, key=lambda d: d.span[0]) if earlier else None


#: A length written as a compound before the noun it measures: "the 10-day Greenfield festival",
#: "a 37-day refueling outage" (the units are the caller's).
_COMPOUND_LENGTH = (
    r"\b(?P<n>\d{{1,3}}|[a-z]+)-(?P<unit>{units})(?:-long)?\s+[A-Za-z][\w'’ -]{{0,40}}?"
)
#: A length written as a compound before the noun whose dates follow: "The 10-day festival runs
#: from", "a three-week trial, held between", "the two-year program, which ran from".
_COMPOUND_SPAN = re.compile(
    _COMPOUND_LENGTH.format(units="day|week|month|year|season|decade")
    + r"(?:,\s*(?:which|that)|,(?=\s+(?:held|set|scheduled|running)\b))?"
    r"(?:\s+(?:will\s+|is\s+|was\s+)?(?:runs?"
    r"|ran|running|lasts?|lasted|lasting|held|be\s+held|takes?\s+place|took\s+place|scheduled"
    r"|set|starts?|started|begins?|began|opens?|opened))?\s+(?:from|between|on)?\s*$",
    re.I,
)


def _compound_spans(ctx: RuleContext) -> list[Verdict]:
    """A length written as a compound ("the 10-day festival runs from Aug. 2 to Aug. 11")."""
    verdicts = []
    for r in ctx.dates():
        if not isinstance(r, DateRangeFact):
            continue
        opens = ctx.sentences[r.sentence][0]
        match = _COMPOUND_SPAN.search(ctx.text[max(opens, r.span[0] - 80) : r.span[0]])
        if match is None:
            continue
        unit = match.group("unit").lower()
        n = number_of(match.group("n"))
        per = _DAY_UNITS.get(unit) or _SPAN_UNITS.get(unit)
        if n is None or per is None:
            continue
        spanned = _days_spanned(r) if unit in _DAY_UNITS else _months_spanned(r, per)
        if spanned is None:
            continue
        # weeks of working days: "a three-week trial" from a Monday to the third Friday
        slack = 2 if unit == "week" else 0
        ok = any(n * per - slack <= m <= n * per + slack for m in spanned)
        shown = [f"{m // per}" if m % per == 0 else f"{m / per:.1f}" for m in spanned]
        said = " ".join(match.group(0).split()[:1])
        verdicts.append(
            judged(
                "date_relation",
                [r.id],
                Outcome(ok),
                f"{r.text} spans {shown[0]} {unit}s (or {shown[1]} counting both ends): "
                + (f'"{said}" holds' if ok else f'not "{said}"'),
                expected=f"{shown[0]} or {shown[1]} {unit}s",
                actual=said,
            )
        )
    return verdicts


#: A length written as a compound, then the start of what it measures: "a 37-day outage that
#: began on", "the five-year drought, which started in" (read on the text before the start).
_COMPOUND_BEGAN = re.compile(
    _COMPOUND_LENGTH.format(units="day|week|month|year")
    + r"(?:,?\s*(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened|starts|begins|opens)"
    r"|\s+(?:starting|beginning|from))\s+(?:on\s+|in\s+)?$",
    re.I,
)
#: Between the end of such a length and the compound: "returned to service on March 18 after a".
_ENDED_AFTER = re.compile(r"^[^.;:\d]{0,60}\bafter\s+(?:a|an|the|its|his|her|their)\s+$", re.I)
#: Between the start and the end: " and ended on", ", finishing".
_THEN_ENDED = re.compile(
    r"^\s*,?\s*(?:and\s+)?(?:ended|finished|closed|concluded|wound\s+up|ending|finishing"
    r"|closing)\s+(?:on\s+|in\s+)?$",
    re.I,
)
#: ... or the end further on, said by the word for what comes back: "a six-week detour starting
#: March 4 while the city rebuilds the bridge, with buses returning to their route on".
_THEN_BACK = re.compile(
    r"^[^.;:\d]{0,100}?\b(?:returning|returns|return|reopening|reopens|reopen|resuming"
    r"|resumes|resume|ending|ends|end)\b[^.;:\d]{0,40}?\s(?:on|in)\s+$",
    re.I,
)
_UNIT_DAYS = {"day": 1, "week": 7}


def _compound_began(ctx: RuleContext) -> list[Verdict]:
    """A compound length whose start and end are printed as two dates, or whose end is now.

    "returned on March 18 after a 37-day outage that began on Feb. 10": 36 or 37 days. With no
    end printed, "a five-year drought that began in 2018" lasts until the publication at most:
    a length longer than that cannot hold; a shorter one may have ended earlier (unverifiable).
    """
    verdicts = []
    dates = sorted(ctx.dates(), key=lambda d: d.span)
    for k, start in enumerate(dates):
        opens = ctx.sentences[start.sentence][0]
        lead = ctx.text[max(opens, start.span[0] - 90) : start.span[0]]
        match = _COMPOUND_BEGAN.search(lead)
        if match is None:
            continue
        n = number_of(match.group("n"))
        unit = match.group("unit").lower()
        if n is None or n <= 0:
            continue
        said = match.group(0).split()[0]
        at = start.span[0] - len(lead) + match.start()
        end = _printed_end(ctx, dates, k, at)
        if unit in _UNIT_DAYS:
            verdict = _days_between(start, end, n * _UNIT_DAYS[unit], said)
        else:
            verdict = _years_between(ctx, start, end, n if unit == "year" else n / 12, said)
        if verdict is not None:
            verdicts.append(verdict)
    return verdicts


def _printed_end(
    ctx: RuleContext, dates: list[DateFact | DateRangeFact], k: int, at: int
) -> DateFact | DateRangeFact | None:
    """The date that ends the length: before it with "after a", or after the start with "ended"."""
    start = dates[k]
    if k > 0:
        before = dates[k - 1]
        if before.sentence == start.sentence and _ENDED_AFTER.match(ctx.text[before.span[1] : at]):
            return before
    if k + 1 < len(dates):
        after = dates[k + 1]
        between = ctx.between(start, after)
        if after.sentence == start.sentence and (
            _THEN_ENDED.match(between) or _THEN_BACK.match(between)
        ):
            return after
    return None


def _days_between(
    start: DateFact | DateRangeFact, end: DateFact | DateRangeFact | None, days: Decimal, said: str
) -> Verdict | None:
    if not (isinstance(start, DateFact) and isinstance(end, DateFact)) or end.date <= start.date:
        return None
    spanned = (end.date - start.date).days
    slack = 2 if days >= 7 else 0  # weeks of working days
    ok = days - slack <= spanned + 1 and spanned <= days + slack
    return judged(
        "date_relation",
        [start.id, end.id],
        Outcome(ok),
        f"{start.text} to {end.text} is {spanned} days ({spanned + 1} counting both ends): "
        + (f'"{said}" holds' if ok else f'not "{said}"'),
        expected=f"{spanned} or {spanned + 1} days",
        actual=said,
    )


def _years_between(
    ctx: RuleContext,
    start: DateFact | DateRangeFact,
    end: DateFact | DateRangeFact | None,
    years: Decimal,
    said: str,
) -> Verdict | None:
    first = _year(start)
    if first is None:
        return None
    last = _year(end) if end is not None else None
    if end is not None and last is None:
        return None
    ids = [start.id] if end is None else [start.id, end.id]
    if last is not None:
        low, high = last - first - 1, last - first + 1
        ok = low <= years <= high
        return judged(
            "date_relation",
            ids,
            Outcome(ok),
            f"{first} to {last} is {last - first} years: "
            + (f'"{said}" holds' if ok else f'not "{said}"'),
            expected=f"{low} to {high} years",
            actual=said,
        )
    if ctx.published is None:
        return None
    most = ctx.published.year - first + 1  # begun late in its year, now early in the next
    if years > most:
        return judged(
            "date_relation",
            ids,
            Outcome(False),
            f"begun in {first}, it had run at most {most} years by the publication in "
            f'{ctx.published.year}: not "{said}"',
            expected=f"at most {most} years",
            actual=said,
        )
    if years >= most - 2:
        return judged(
            "date_relation",
            ids,
            Outcome(True),
            f'{first} to the publication year {ctx.published.year}: "{said}" holds',
        )
    return judged(
        "date_relation",
        ids,
        UNDECIDED,
        f"{first} to the publication year {ctx.published.year} is {ctx.published.year - first} "
        f'years: "{said}" may have ended earlier',
    )


#: Between a range and the count that names its length: ", a career of", ", a span of".
_SPAN_NAMED = re.compile(
    r"\s*,\s*(?:(?:a|an|his|her|their|its)\s+(?:[a-z]+\s+)?(?:career|tenure|span|run|stint"
    r"|period|reign|term|streak|absence|wait)|a\s+total)\s+of\s+"
    r"(?:some\s+|about\s+|nearly\s+|almost\s+)?",
    re.I,
)
#: Between a range and a count set off after it: ", ", ", about ".
_SPAN_APPOSED = re.compile(r"\s*,\s*(?:some\s+|about\s+|nearly\s+|almost\s+)?", re.I)
#: After such a count, words that make it the range's whole length: "14 months in all".
_IN_ALL = re.compile(r"\s+(?:in\s+all|in\s+total|altogether|all\s+told)\b", re.I)
#: Terms of a length, counted, beside the range they fill: "three four-year terms, from",
#: ", two five-year terms".
_TERMS = r"(?P<n>[a-z]+|\d{1,2})\s+(?P<m>[a-z]+|\d{1,2})-year\s+(?:terms|stints|mandates|contracts)"
_TERMS_BEFORE = re.compile(_TERMS + r"\s*,?\s*(?:(?:from|between|spanning)\s+)?$", re.I)
_TERMS_AFTER = re.compile(r"\s*,\s*(?:or\s+)?" + _TERMS + r"\b", re.I)


def _terms_spanned(ctx: RuleContext) -> list[Verdict]:
    """A range of years filled by counted terms: "from 1994 to 2006, three four-year terms".

    The terms' years (three times four) must be the range's, counting its ends either way.
    """
    verdicts = []
    for r in ctx.dates():
        if not isinstance(r, DateRangeFact):
            continue
        opens = ctx.sentences[r.sentence][0]
        match = _TERMS_BEFORE.search(ctx.text[max(opens, r.span[0] - 60) : r.span[0]])
        match = match or _TERMS_AFTER.match(ctx.text, r.span[1])
        if match is None:
            continue
        n, m = number_of(match.group("n")), number_of(match.group("m"))
        spanned = _months_spanned(r, 12)
        if n is None or m is None or spanned is None or n < 2:
            continue
        years = [months // 12 for months in spanned]
        ok = int(n * m) in years
        said = " ".join(match.group(0).strip(" ,").split())
        verdicts.append(
            judged(
                "date_relation",
                [r.id],
                Outcome(ok, Decimal(0 if ok else min(abs(int(n * m) - y) for y in years))),
                f'{r.text} spans {years[0]} years (or {years[1]} counting both ends): "{said}" '
                f"is {int(n * m)} years" + ("" if ok else ", which does not fit"),
                relative_to=int(n * m),
                expected=Decimal(years[0]),
                actual=Decimal(int(n * m)),
            )
        )
    return verdicts


#: Between a count of years and the first of two years it spans: ", from", " (".
_FROM_YEAR = re.compile(r"[\s,(]*(?:from|between|spanning)\s+", re.I)
#: Between the two years: "until it moved into the old cinema in", " to ", " through ".
_UNTIL_YEAR = re.compile(
    r"\s*(?:until|till|to|through|and)\b[^;.()\d]{0,60}?(?:\s(?:in|of)\s+|\s)", re.I
)


def _two_years_after(
    ctx: RuleContext, f: QuantityFact
) -> tuple[tuple[DateFact | DateRangeFact, DateFact | DateRangeFact], tuple[int, int]] | None:
    """Two years printed as separate dates after a count of years: the months they span.

    Returns the two dates and the spans, ends exclusive and inclusive.
    """
    after = sorted(
        (d for d in ctx.dates() if d.sentence == f.sentence and d.span[0] >= f.span[1]),
        key=lambda d: d.span,
    )
    if len(after) < 2:
        return None
    a, b = after[0], after[1]
    ya, yb = _year(a), _year(b)
    if ya is None or yb is None or yb <= ya:
        return None
    if not (_FROM_YEAR.fullmatch(ctx.between(f, a)) and _UNTIL_YEAR.fullmatch(ctx.between(a, b))):
        return None
    return (a, b), (12 * (yb - ya), 12 * (yb - ya + 1))


#: The words before the year something began: "born in 1958", "founded in 1899".
_BEGAN_IN = re.compile(
    r"\b(?:born|founded|established|incorporated|formed|built|opened|started|launched|began|begun"
    r"|first\s+(?:held|staged|run|played|published|opened|aired))"
    # "opened on Crescent Avenue", "born in Uppsala", "born in the city's Eastside neighborhood"
    r"(?:\s+(?:on|at|in)\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"|the\s+[a-z]+['’]s\s+[A-Z][\w'’-]*\s+(?:neighborhood|district|suburb|quarter|area)))?"
    r"\s+(?:in\s+)?(?:(?:the\s+)?(?:fall|autumn|spring|summer|winter)\s+of\s+)?$",
    re.I,
)
#: The words before the year a company or an institution was founded: "founded in", "was
#: established in" (not "opened", which a new branch or building does too).
#: A place may come between: "Founded in Philadelphia in", "established at Leeds in".
_FOUNDED_IN = re.compile(
    r"\b(?:founded|established|incorporated)"
    r"(?:\s+(?:in|at)\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,2},?)?\s+(?:in\s+)?$",
    re.I,
)
#: Between an age and the year its bearer began, nothing that names another: "66, who was born
#: in", "-old company, founded in" (no capitalised word, no "and", at most 60 characters).
_SAME_BEARER = re.compile(r"^(?![^;]*\b(?:and|but)\b)[^A-Z;]{0,60}$")
#: "At 38, the skier, who was born in 1986, ...": the age fronts the sentence, its bearer the
#: subject after it, and "who was born" is that subject's.
_FRONTED_AGE = re.compile(r"(?:^|[.!?]\s+)\W*At\s+$")
_WHO_BORN = re.compile(r"^(?![^;]*\band\b)[^;]{0,80},\s*who\s+was\s+born\s+(?:in\s+)?$")
#: Between an age and its bearer's birth year, an apposition and "who was born": "45, a former
#: public defender who was born in the city's Eastside neighborhood in", "38, who was born in
#: Uppsala in" (no "and": one person).
_APPOSED_BORN = re.compile(
    r"^,\s*(?:(?:an?|the)\s+[^,;()]{1,50}?\s+|)who\s+was\s+born\b(?![^;]*\band\b)[^;,.]{0,60}?"
    r"\s+(?:in\s+)?$"
)
#: "the 125-year-old company": an age written as a measure of years.
_YEARS_OLD = re.compile(r"^-old\b", re.I)


#: Between the year a thing began and its age after it: ", making it", ", is now".
_THEN_AGE = re.compile(
    r"^[^;.A-Z]{0,40}?,?\s*(?:making\s+(?:it|them)|which\s+makes\s+(?:it|them)|(?:it\s+)?"
    r"(?:is|are|turns|turned))\s+(?:now\s+)?$",
    re.I,
)


#: Things an "N-year-old" may be that began in a year the story prints (not persons): their
#: start is a founding, never a birth.
_FOUNDED_THINGS = frozenset(
    "event festival company firm business museum race tournament league tradition institution "
    "organization organisation charity school store shop restaurant club newspaper show program "
    "programme series plant factory bridge building park walk fair market parade competition "
    "contest award prize brand chain group band franchise".split()
)
_NEXT_WORD = re.compile(r"^\s*([a-z]+)")


def _of_a_thing(f: QuantityFact, ctx: RuleContext) -> bool:
    """An age that is a thing's, not a person's: "the 16-year-old event", "a 125-year-old firm"."""
    word = _NEXT_WORD.match(ctx.after(f, 20))
    return f.role != "age" or (word is not None and word.group(1) in _FOUNDED_THINGS)


def _ages(f: QuantityFact, ctx: RuleContext) -> bool:
    """An age: "Ana Ruiz, 66," (role ``age``) or "the 125-year-old company"."""
    if f.role == "age":
        return True
    return (f.unit or "").lower() in {"year", "years"} and bool(_YEARS_OLD.match(ctx.after(f, 8)))


def _age_then(
    ctx: RuleContext, age: QuantityFact, dates_in: dict[int, list[DateFact | DateRangeFact]]
) -> bool:
    """Whether an age is one someone had at a year printed before it ("in 1959, when he was 22")."""
    return any(
        d.span[1] <= age.span[0] and _year(d) is not None and _AGE_THEN.match(ctx.between(d, age))
        for d in dates_in.get(age.sentence, [])
    )


def _age_and_birth(ctx: RuleContext) -> list[Verdict]:
    """An age and the year its bearer began, in one sentence, against the publication date.

    "Ana Ruiz, 66, who was born in 1958", "the 125-year-old company, founded in 1899": the age
    is the years since then, or one less before the anniversary. Only one age and one such year
    in the sentence (two people in one sentence cannot be told apart), and only with a known
    publication date.
    """
    if ctx.published is None:
        return []
    verdicts = []
    ages_in = group_by_sentence(
        [f for f in ctx.facts if isinstance(f, QuantityFact) and _ages(f, ctx)]
    )
    dates_in = group_by_sentence(ctx.dates())
    for index, ages in ages_in.items():
        began = [
            d
            for d in dates_in.get(index, [])
            if _year(d) is not None and _BEGAN_IN.search(ctx.before(d, 50))
        ]
        if len(ages) != 1 or len(began) > 1:
            continue
        age = ages[0]
        if not began and _RELATIVE_BEFORE.search(ctx.before(age, 40)):
            continue  # "Her son, 55, said ...": a relative's age, not the one whose birth follows
        if any(
            d.span[1] <= age.span[0]
            and _year(d) is not None
            and _AGE_THEN.match(ctx.between(d, age))
            for d in dates_in.get(index, [])
        ):
            # "emigrated in 1954 at age 25": an age then (see :func:`_age_at_year`); "died on
            # Nov. 29 at age 84" (no year printed) is about now
            continue
        if not began:
            # "She was 91. Born in 1932 in Kiruna, she ...": a birth in the sentence before or
            # after, which gives no age of its own
            # "the 136-year-old chain ... Founded in 1887, the chain": a thing's start likewise
            thing = _of_a_thing(age, ctx)
            began = [
                d
                for near in (index - 1, index + 1)
                if not any(not _age_then(ctx, a, dates_in) for a in ages_in.get(near, []))
                for d in dates_in.get(near, [])
                if _year(d) is not None
                and (
                    (
                        not thing
                        and _BORN_IN.search(ctx.before(d, 12))
                        and not _RELATIVE_BORN.match(ctx.sentence_text(near))
                    )
                    or (thing and _began_cue(ctx, d) and not _BORN.search(ctx.before(d, 50)))
                )
            ]
            if not began and not thing:
                # an obituary: "... died on Feb. 16. She was 91. Her daughter said the cause was
                # heart failure. Born on Oct. 3, 1932, in Gothenburg, ...": the paragraph that
                # opens with the birth, a few sentences on, with no other age between
                began = [
                    d
                    for near in range(index + 2, index + 1 + _BORN_REACH)
                    if not any(index < k <= near for k in ages_in)
                    for d in dates_in.get(near, [])
                    if _year(d) is not None
                    and _OPENS_BORN.match(ctx.text, ctx.sentences[near][0], d.span[0])
                ]
            if not began and thing:
                # "Pemberton & Vale, the 136-year-old department store chain, ... Founded in
                # 1887": a company's founding is printed once, anywhere in the story
                began = [
                    d
                    for near, found in dates_in.items()
                    if near not in ages_in
                    for d in found
                    if _year(d) is not None and _FOUNDED_IN.search(ctx.before(d, 50))
                ]
            if len(began) != 1:
                continue
            start = began[0]
        else:
            start = began[0]
            if start.span[1] <= age.span[0] and _THEN_AGE.match(ctx.between(start, age)):
                pass  # "built in 1911, making it 114 years old", "opened in 1932, is 92 years old"
            elif start.span[0] < age.span[1] or not (
                _SAME_BEARER.match(ctx.between(age, start))
                or _APPOSED_BORN.match(ctx.between(age, start))
                or (
                    _FRONTED_AGE.search(ctx.lead(age, 10))
                    and _WHO_BORN.search(ctx.between(age, start))
                )
            ):
                continue  # "Ruiz, 66, and Becker, who was born in 1970": two people
        year = _year(start)
        assert year is not None
        low, high = ctx.published.year - year - 1, ctx.published.year - year
        ok = low <= age.value <= high
        miss = (
            Decimal(0) if ok else min(abs(Decimal(age.value) - low), abs(Decimal(age.value) - high))
        )
        verdicts.append(
            judged(
                "date_relation",
                [age.id, start.id],
                Outcome(ok, gap=miss),
                f"{start.text} to the publication year {ctx.published.year} is {low} or {high} "
                f"years: {'' if ok else 'not '}the age {age.value:g}",
                expected=f"{low} or {high}",
                actual=f"{age.value:g}",
            )
        )
    return verdicts


#: A relative named right before an age: "Her son, 55,", "his widow, Ana,".
_RELATIVE_BEFORE = re.compile(
    r"\b(?:her|his|their)\s+(?:son|daughter|wife|husband|brother|sister|mother|father|partner"
    r"|widow|widower|grandson|granddaughter|stepson|stepdaughter|nephew|niece|cousin|grandchild"
    r"|grandmother|grandfather|aunt|uncle|sons|daughters|brothers|sisters|children|grandchildren"
    r"|nephews|nieces)"
    # "Her son Michael Aldous, 64,", "Her nephew, Erik Lindgren, 58,"
    r"(?:,?\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?,?\s*$",
    re.I,
)
#: A sentence on a relative's birth: "Her mother was born in 1905", "His wife, Ana, was born".
_RELATIVE_BORN = re.compile(
    r"^\W*(?:her|his|their)\s+(?:son|daughter|wife|husband|brother|sister|mother|father|partner"
    r"|widow|widower|grandson|granddaughter|stepson|stepdaughter|parents?)\b",
    re.I,
)
#: How many sentences after an age the birth that opens a paragraph may be printed.
_BORN_REACH = 3
#: A sentence that opens with a birth: "Born on Oct. 3, 1932, in Gothenburg".
_OPENS_BORN = re.compile(r"\W*Born\s+(?:(?:on|in)\s+)?$")


#: Between the year of an event and the age its bearer had then: "elected in 1984 at the age of",
#: "retired in 2015 at", "in 1954 at age", "in 1990, aged".
_AGE_THEN = re.compile(
    r"^[^;:.]{0,12}?\s*,?\s*(?:at\s+(?:the\s+age\s+of\s+|age\s+)?|aged\s+"
    # "in the spring of 1959, when he was 22"
    r"|when\s+(?:he|she|they|I|we)\s+(?:was|were|turned)\s+)$"
    # "His best season was 1968, when he won 20 games at age 27"
    r"|^\s*,?\s*when\s+(?:he|she|they|I|we)\b[^;:.]{0,50}?\s(?:at\s+(?:the\s+age\s+of\s+|age\s+)"
    r"|aged\s+)$",
    re.I,
)
#: How many sentences from an age then the article's one birth date may be printed.
_BIRTH_REACH = 6
#: The year someone was born: "Born in 1950", "who was born in".
_BORN_IN = re.compile(r"\bborn\s+(?:(?:in|on)\s+)?$", re.I)


def _age_at_year(ctx: RuleContext) -> list[Verdict]:
    """The age someone had in a year, against their birth year or their age now.

    "Born in 1950, she retired in 2015 at 65": 2015 - 1950 is 65 (or 64 before the birthday).
    "The senator, 71, was first elected in 1984 at the age of 31": 71 - 31 is the years from
    1984 to the publication (one more or less around the birthday). One age now, one birth
    year: only one bearer per sentence.
    """
    verdicts = []
    ages_in = group_by_sentence(
        [f for f in ctx.facts if isinstance(f, QuantityFact) and _ages(f, ctx)]
    )
    dates_in = group_by_sentence(ctx.dates())
    # a birth date the article gives once, anywhere: an obituary's "Born on Oct. 3, 1932"
    births = [
        (d, y)
        for d in ctx.dates()
        if (y := _year(d)) is not None
        and _BORN_IN.search(ctx.before(d, 12))
        and not _RELATIVE_BORN.match(ctx.sentence_text(d.sentence))
    ]
    for index, ages in ages_in.items():
        years = [(d, y) for d in dates_in.get(index, []) if (y := _year(d)) is not None]
        for then in ages:
            event = next(
                (
                    (d, y)
                    for d, y in reversed(years)
                    if d.span[1] <= then.span[0] and _AGE_THEN.match(ctx.between(d, then))
                ),
                None,
            )
            if event is None:
                continue
            born = [(d, y) for d, y in years if _BORN_IN.search(ctx.before(d, 12))]
            now = [a for a in ages if a is not then and not _AGE_THEN.search(ctx.before(a, 20))]
            verdict = None
            if len(born) == 1 and not now:
                verdict = _age_then_born(then, event, born[0])
            elif len(now) == 1 and not born and ctx.published is not None:
                verdict = _age_then_now(then, event, now[0], ctx.published.year)
            elif (
                not born
                and not now
                and len(births) == 1
                and abs(births[0][0].sentence - index) <= _BIRTH_REACH
                # "Her husband ... died in 2020 at 80": a relative's age, not the one born
                and not _RELATIVE_BORN.match(ctx.sentence_text(index))
            ):
                # "emigrated in 1954 at age 25" and, a few sentences away, the one birth date
                # the article gives ("Born on Oct. 3, 1932")
                verdict = _age_then_born(then, event, births[0])
            if verdict is not None:
                verdicts.append(verdict)
    return verdicts


def _age_then_born(
    then: QuantityFact,
    event: tuple[DateFact | DateRangeFact, int],
    born: tuple[DateFact | DateRangeFact, int],
) -> Verdict:
    (event_fact, year), (born_fact, birth) = event, born
    low, high = year - birth - 1, year - birth
    return _age_verdict(
        [then.id, event_fact.id, born_fact.id],
        then,
        low,
        high,
        f"born in {birth}, in {year} someone was {low} or {high}",
    )


def _age_then_now(
    then: QuantityFact,
    event: tuple[DateFact | DateRangeFact, int],
    now: QuantityFact,
    published: int,
) -> Verdict:
    event_fact, year = event
    since = published - year
    low, high = int(now.value) - since - 1, int(now.value) - since + 1
    return _age_verdict(
        [then.id, event_fact.id, now.id],
        then,
        low,
        high,
        f"{now.value:g} now (published {published}) and {since} years since {year} give an "
        f"age then of {low} to {high}",
    )


def _age_verdict(ids: list[str], then: QuantityFact, low: int, high: int, lead: str) -> Verdict:
    ok = low <= then.value <= high
    value = Decimal(then.value)
    miss = Decimal(0) if ok else min(abs(value - low), abs(value - high))
    return judged(
        "date_relation",
        ids,
        Outcome(ok, gap=miss),
        f"{lead}: {'' if ok else 'not '}the age {then.value:g} the text gives",
        expected=f"{low} to {high}",
        actual=f"{then.value:g}",
    )


#: An ordinal anniversary the story says is being or will be marked: "will celebrate its 30th
#: anniversary", "is marking its 150th year" (not "the 50th anniversary of" a past event).
_ANNIVERSARY = re.compile(
    r"\b(?:will\s+(?:celebrate|mark|commemorate|observe)|(?:is|are)\s+(?:celebrating|marking)"
    r"|celebrates|marks|marking|celebrating|marked|celebrated|turns|will\s+turn"
    r"|holds|held|hosts|hosted|stages|staged|will\s+(?:hold|host|stage)"
    r"|in\s+time\s+for|ahead\s+of)\s+"
    r"(?:(?:the\s+)?[\w-]+['’]s|its|their|his|her|the)\s+"
    r"(?:(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?P<what>anniversary|birthday|year|season|edition)"
    r"|(?P<named>centennial|centenary|sesquicentennial|bicentennial|bicentenary|semicentennial"
    r"|tercentenary|(?:silver|golden|diamond|platinum)\s+(?:anniversary|jubilee)))\b",
    re.I,
)
#: The year an anniversary falls in, printed right after it: " in 2026".
_IN_YEAR = re.compile(r"\s+in\s+(\d{4})\b")
#: "began playing football in 1899": what an anniversary counts from (not an age's start).
_STARTED_DOING = re.compile(
    r"\b(?:began|begun|started|opened|founded|launched|established)\s+(?:[a-z]+\s+){1,3}?in\s+$",
    re.I,
)
#: Named anniversaries, in years.
_NAMED_ANNIVERSARIES = {
    "semicentennial": 50, "centennial": 100, "centenary": 100, "sesquicentennial": 150,
    "bicentennial": 200, "bicentenary": 200, "tercentenary": 300, "silver": 25, "golden": 50,
    "diamond": 60, "platinum": 70,
}  # fmt: skip
#: How many sentences from the anniversary the year it began may be printed ("... will mark
#: its 75th anniversary on Saturday. Founded in 1952 by ...").
_BEGAN_REACH = 2


#: How old something that began in a printed year is said to be: "its 96-year history", "the
#: 16-year-old event", "the museum turns 50" (a thing, not a person: persons' ages have their
#: own rule).
_HISTORY = re.compile(
    rf"\b(?:(?:its|their)\s+(?P<n>\d{{1,3}}|{_COUNT_WORDS})[\s-]+years?(?:-long)?\s+"
    r"(?:history|existence|run|lifetime)"
    r"|(?:turns|will\s+turn|is\s+turning)\s+(?P<n3>\d{1,3})"
    r"(?=\s+(?:this|next|on|in|with|as|after|and)\b|[.,;:!])"
    r")\b",
    re.I,
)


def _history(ctx: RuleContext) -> list[Verdict]:
    """How old the story says something is, and the year it began: "its 96-year history".

    "Brenner, founded in 1928, ... the largest deal in its 96-year history" (2024): 2024 - 1928
    is 96, or 95 before the anniversary; "the museum turns 50 this year ... opened it in 1975".
    The year it began must be printed once within :data:`_HISTORY_REACH` sentences ("the
    16-year-old event" is an age: :func:`_age_and_birth` reads it).
    """
    if ctx.published is None:
        return []
    verdicts = []
    dates_in = group_by_sentence(ctx.dates())
    reach = _HISTORY_REACH
    for index, match in ctx.first_matches(_HISTORY):
        word = match.group("n") or match.group("n3")
        n = int(word) if word.isdigit() else int(number_of(word) or 0)
        began = [
            (d, y)
            for near in range(index - reach, index + reach + 1)
            for d in dates_in.get(near, [])
            if (y := _year(d)) is not None
            and y < ctx.published.year
            and _began_cue(ctx, d)
            and not _BORN.search(ctx.before(d, 50))  # a thing is not born: a person's year
        ]
        if n == 0 or len(began) != 1:
            continue
        start, year = began[0]
        high = ctx.published.year - year
        low = high - 1  # before this year's anniversary
        ok = low <= n <= high
        said = " ".join(match.group(0).split())
        message = (
            f'"{said}" since {year}: {low} or {high} years by the publication year '
            f"{ctx.published.year}" + ("" if ok else f", not {n}")
        )
        outcome = Outcome(ok, Decimal(0) if ok else Decimal(min(abs(n - low), abs(n - high))))
        if not ok and abs(start.sentence - index) > _BEGAN_REACH:
            outcome, message = UNDECIDED, message + " (the year it began is printed far away)"
        verdicts.append(
            judged(
                "date_relation",
                [start.id],
                outcome,
                message,
                relative_to=n,
                expected=f"{low} or {high}",
                actual=str(n),
            )
        )
    return verdicts


#: How many sentences from "its 96-year history" the year it began may be printed ("Brenner
#: was founded in 1928" a paragraph later); one farther than :data:`_BEGAN_REACH` judges no miss.
_HISTORY_REACH = 5
_BORN = re.compile(r"\bborn\b", re.I)


#: "since the first one in 2009", "the first edition in 2001": when a recurring thing began;
#: "has operated since 1967": when something still going began.
_FIRST_ONE = re.compile(
    r"\bthe\s+first\s+(?:one|edition|event|race|walk|show|festival|season)\s+(?:was\s+)?in\s+$"
    r"|\b(?:operated|operating|existed|been\s+(?:open|operating|running|in\s+business))\s+since\s+$",
    re.I,
)


def _began_cue(ctx: RuleContext, d: DateFact | DateRangeFact) -> bool:
    """Whether the words before a date say something began then: "founded in", "since"...

    "founded in", "began playing ... in", "the first one in", "has operated since".
    """
    return bool(
        _BEGAN_IN.search(ctx.before(d, 50))
        or _STARTED_DOING.search(ctx.before(d, 40))
        or _FIRST_ONE.search(ctx.before(d, 40))
    )


def _anniversaries(ctx: RuleContext) -> list[Verdict]:
    """The year something began and the anniversary the story marks: their sum is about now.

    "The line, which opened in 1998, will celebrate its 30th anniversary next month": 1998 + 30
    is 2028, which a story of 2026 cannot mark next month. An anniversary or birthday falls N
    years on; an Nth year or season N - 1 years on (or N, counted the other way). Within a year
    of the publication holds; two or more years off does not.
    """
    if ctx.published is None:
        return []
    verdicts = []
    dates_in = group_by_sentence(ctx.dates())
    for index, match in ctx.first_matches(_ANNIVERSARY):
        began = [
            (d, y)
            for near in range(index - _BEGAN_REACH, index + _BEGAN_REACH + 1)
            for d in dates_in.get(near, [])
            if (y := _year(d)) is not None and _began_cue(ctx, d)
        ]
        if len(began) != 1:
            continue
        start, year = began[0]
        named = (match.group("named") or "").lower().split()[0] if match.group("named") else ""
        n = _NAMED_ANNIVERSARIES[named] if named else int(match.group("n"))
        what = "anniversary" if named else match.group("what").lower()
        falls = {year + n} if what in {"anniversary", "birthday"} else {year + n - 1, year + n}
        shown = " or ".join(str(y) for y in sorted(falls))
        ids = [start.id]
        when = _IN_YEAR.match(ctx.text, match.end())
        printed = next(
            (d for d in dates_in.get(index, []) if when and d.span[0] == when.start(1)), None
        )
        if when is not None and printed is not None:  # "its 120th anniversary in 2026"
            at, ids = int(when.group(1)), [start.id, printed.id]
            miss = min(abs(y - at) for y in falls)
            ok, gap, said = miss == 0, Decimal(miss), f"the year the article gives, {at}"
        else:
            at = ctx.published.year
            miss = min(abs(y - at) for y in falls)
            ok, gap = miss <= 1, Decimal(0 if miss <= 1 else miss - 1)
            said = f"{'about' if ok else 'not near'} the publication year {at}"
        verdicts.append(
            judged(
                "date_relation",
                ids,
                Outcome(ok, gap),
                f'"{" ".join(match.group(0).split())}" from {year} falls in {shown}: '
                + (said if when is None or printed is None else ("" if ok else "not ") + said),
                relative_to=n,
                expected=shown,
                actual=str(at),
            )
        )
    return verdicts


#: A count of years back from the publication, then the date it names: "four years ago this
#: month, on May 2, 2019", "two decades ago, in 2004".
_AGO_THEN_DATE = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{_COUNT_WORDS})\s+(?P<unit>years?|decades?)\s+ago"
    r"(?:\s+(?:this|last)\s+(?:month|week|spring|summer|fall|autumn|winter))?\s*,?\s*(?:on|in)\s+$",
    re.I,
)
#: ... or the date first: "opened in 1967, 57 years ago".
_DATE_THEN_AGO = re.compile(
    r"^\s*,?\s*(?:(?P<hedge>nearly|almost|about|around|roughly|some|more\s+than|over|less\s+than"
    rf"|under)\s+)?(?P<n>\d{{1,3}}|{_COUNT_WORDS})\s+(?P<unit>years?|decades?)\s+ago\b",
    re.I,
)
#: "in its 37 years", "over their 12 years": a length of time since the thing began.
_IN_ITS_YEARS = re.compile(r"\b(?:in|over|during|across)\s+(?:its|their)\s+$", re.I)


#: How close to an anniversary a count of years may already be rounded up.
_ROUNDS_UP = dt.timedelta(days=45)
#: A hedge right before a count of years ago: "nearly 20 years ago", "more than a decade ago".
_AGO_HEDGE = re.compile(
    r"\b(nearly|almost|about|around|roughly|some|more\s+than|over|less\s+than|under|just\s+over"
    r"|just\s+under)\s+$",
    re.I,
)


def _years_held(n: int, low: int, high: int, hedge: str) -> bool:
    """Whether ``n`` years (with its hedge) fits the whole years the dates allow, low to high."""
    if hedge in {"more than", "over", "just over"}:
        return high >= n
    if hedge in {"less than", "under"}:
        return low <= n
    if hedge in {"nearly", "almost", "just under"}:
        return low <= n and high >= n - 2
    if hedge:  # about, around, roughly, some
        return low - 1 <= n <= high + 1
    return low <= n <= high


def _whole_years(day: dt.date, published: dt.date) -> int:
    """Whole years from ``day`` to the publication."""
    return published.year - day.year - ((published.month, published.day) < (day.month, day.day))


def _years_ago(ctx: RuleContext) -> list[Verdict]:
    """A count of years back from the publication and the date the text gives for it.

    "The spill happened four years ago this month, on May 2, 2019" (published May 2023): the
    whole years from that date to the publication must be the count; "the plant, which opened in
    1986, ... in its 37 years": the years since it began, one less before the anniversary.
    """
    if ctx.published is None:
        return []
    verdicts = []
    published = ctx.published
    for d in ctx.dates():
        before = ctx.before(d, 90)
        cue = _AGO_THEN_DATE.search(before) or _DATE_THEN_AGO.match(ctx.after(d, 40))
        days = _days(d)
        if cue is None or days is None:
            continue
        word = cue.group("n")
        n = int(word) if word.isdigit() else int(number_of(word) or 0)
        n *= 10 if cue.group("unit").lower().startswith("decade") else 1
        # a date that is a month or a year spans days: the count may be from its first or last;
        # said within a few weeks of the anniversary, it may round up ("four years ago this
        # month" on the eve of the fourth)
        low = _whole_years(days[1], published)
        high = _whole_years(days[0] - _ROUNDS_UP, published)
        whole = _whole_years(days[0], published)
        if cue.re is _DATE_THEN_AGO:
            said = cue.group("hedge") or ""
        else:
            hedge = _AGO_HEDGE.search(before[: cue.start()])
            said = hedge.group(1) if hedge else ""
        ok = _years_held(n, low, high, " ".join(said.lower().split()))
        verdicts.append(
            judged(
                "date_relation",
                [d.id],
                Outcome(ok, Decimal(0 if ok else max(1, min(abs(n - low), abs(n - high))))),
                f'"{" ".join(cue.group(0).split())}" {d.text}: {whole} whole years before the '
                f"publication ({published.isoformat()})" + ("" if ok else f", not {n}"),
                relative_to=n or 1,
                expected=Decimal(n),
                actual=Decimal(whole),
            )
        )
    for f in ctx.facts:
        if not isinstance(f, QuantityFact) or (f.unit or "").lower() not in {"years", "year"}:
            continue
        if not _IN_ITS_YEARS.search(ctx.before(f, 20)) or f.value_max is not None:
            continue
        began = [
            d
            for d in ctx.dates()
            if d.sentence == f.sentence
            and d.span[1] <= f.span[0]
            and _year(d) is not None
            and _BEGAN_IN.search(ctx.before(d, 50))
        ]
        if len(began) != 1:
            continue
        year = _year(began[0])
        assert year is not None
        low, high = published.year - year - 1, published.year - year
        ok = low <= f.value <= high
        verdicts.append(
            judged(
                "date_relation",
                [f.id, began[0].id],
                Outcome(ok, Decimal(0) if ok else min(abs(f.value - low), abs(f.value - high))),
                f"{year} to the publication year {published.year} is {low} or {high} years: "
                f"{'' if ok else 'not '}the {f.value:g} the text gives",
                relative_to=f.value or 1,
                expected=f"{low} or {high}",
                actual=f"{f.value:g}",
            )
        )
    return verdicts


_N_YEARS = rf"(?P<n>\d{{1,3}}|{_COUNT_WORDS})[\s-]+years?"
#: A count of years that runs from a printed year up to the publication, one row per way of
#: saying so: (strong, pattern). A strong one ties the count to now by its tense ("It has been
#: 22 years since") and may be found wrong; a weak one ("Twenty years after the 2003 flood,",
#: "since 2009, ending a 14-year drought", "for the first time in 12 years") may tell of a
#: past event (an article looking back), so a miss there is only unverifiable.
_TO_NOW: tuple[tuple[bool, re.Pattern[str]], ...] = (
    (True, re.compile(rf"\b(?:has|have|it['’]s)\s+been\s+(?:(?:almost|nearly|about|some|more\s+than)\s+)?{_N_YEARS}\s+since\b", re.I)),
    (False, re.compile(rf"^\W*(?:(?:almost|nearly|about|some|more\s+than)\s+)?{_N_YEARS}\s+after\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)),
    (False, re.compile(rf"\bsince\s+(?P<year>(?:19|20)\d\d)\s*,\s*(?:ending|snapping|breaking)\s+an?\s+{_N_YEARS}", re.I)),
    (False, re.compile(rf"\bfor\s+the\s+first\s+time\s+in\s+(?:(?:almost|nearly|about|more\s+than)\s+)?{_N_YEARS}\b", re.I)),
    (False, re.compile(rf"\bafter\s+an?\s+{_N_YEARS}[\s-]+(?:absence|hiatus|break|renovation|closure|wait|gap|silence|drought)\b", re.I)),
)  # fmt: skip


#: A count of days or weeks up to now in the present perfect: "it has now burned for 14 days",
#: "has been closed for three weeks", "has lasted 12 days".
_DAYS_TO_NOW = re.compile(
    # a participle or "for" after "has": "owners have 45 days to file" is an allowance
    r"\b(?:has|have)\s+(?:now\s+)?(?:(?:been\s+[a-z]+\s+|[a-z]+ed\s+|burned\s+|burnt\s+|run\s+)"
    r"(?:for\s+)?|for\s+)(?:(?:almost|nearly|about|some|more\s+than)\s+)?"
    rf"(?P<n>\d{{1,3}}|{_COUNT_WORDS})\s+(?P<unit>days?|weeks?)\b",
    re.I,
)


def _days_to_now(ctx: RuleContext, done: set[str]) -> list[Verdict]:
    """A count of days from the one day its sentence prints up to the publication.

    "Lightning sparked the fire on July 29, and it has now burned for 14 days": the publication
    less July 29 is the count, one day either way (the two ends may both be counted).
    """
    if ctx.published is None:
        return []
    verdicts = []
    by_sentence = group_by_sentence(ctx.dates())
    for index, (start, end) in enumerate(ctx.sentences):
        match = _DAYS_TO_NOW.search(ctx.text, start, end)
        if match is None:
            continue
        days = [
            d
            for d in by_sentence.get(index, [])
            if isinstance(d, DateFact) and d.span[1] <= match.start() and d.date <= ctx.published
        ]
        n = number_of(match.group("n"))
        if len(days) != 1 or days[0].id in done or n is None:
            continue
        began = days[0]
        per = 7 if match.group("unit").lower().startswith("week") else 1
        gap = (ctx.published - began.date).days
        slack = 1 if per == 1 else 7
        ok = abs(gap - n * per) <= slack
        said = " ".join(match.group(0).split())
        verdicts.append(
            judged(
                "date_relation",
                [began.id],
                Outcome(ok, Decimal(0) if ok else Decimal(abs(gap - n * per) - slack)),
                f'"{said}": {began.text} to the publication on {ctx.published} is {gap} days'
                + ("" if ok else f", not {n * per:g}"),
                relative_to=n * per or 1,
                expected=Decimal(gap),
                actual=n * per,
            )
        )
    return verdicts


def _spans_to_now(ctx: RuleContext, done: set[str]) -> list[Verdict]:
    """A count of years from the one past year its sentence prints up to the publication.

    "It has been 22 years since the city last hosted the games in 2001": the publication year
    less 2001 is 22, or one either way (months are not printed).
    """
    if ctx.published is None:
        return []
    verdicts = []
    now = ctx.published.year
    by_sentence = group_by_sentence(ctx.dates())
    for index, (start, end) in enumerate(ctx.sentences):
        years = [d for d in by_sentence.get(index, []) if (y := _year(d)) is not None and y < now]
        if len(years) != 1 or years[0].id in done:
            continue
        began = years[0]
        first = _year(began)
        assert first is not None
        for strong, pattern in _TO_NOW:
            match = pattern.search(ctx.text, start, end)
            if match is None:
                continue
            named = match.groupdict().get("year")
            if named is not None and int(named) != first:
                continue
            n = number_of(match.group("n"))
            if n is None:
                continue
            gap = now - first
            ok = abs(gap - n) <= 1
            said = " ".join(match.group(0).split())
            if not ok and not strong:
                outcome, tail = UNDECIDED, ": the count may run to another time"
            else:
                outcome = Outcome(ok, Decimal(0) if ok else abs(gap - n) - 1)
                tail = "" if ok else f", not {n:g}"
            verdicts.append(
                judged(
                    "date_relation",
                    [began.id],
                    outcome,
                    f'"{said}": {first} to the publication year {now} is {gap} years{tail}',
                    relative_to=n or 1,
                    expected=Decimal(gap),
                    actual=n,
                )
            )
            break
    return verdicts


#: Right before a date, the time since the date before it: "Two days later, on", "three weeks
#: afterward, on", "a month earlier, in".
_UNITS_LATER = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{_COUNT_WORDS})\s+(?P<unit>days?|weeks?|months?)\s+"
    r"(?:(?P<rel>later|afterwards?|earlier)|(?P<rel2>after|before)\s+(?P<event>[^,.;:\d]{3,60}?))"
    r"\s*,?\s*(?:on|in|by)?\s*$",
    re.I,
)
#: After a date, the time since an event named after it: ", the day after Assange's meeting
#: with the SENAIN chief", ", two days after receiving the instructions".
_DATE_THEN_AFTER = re.compile(
    rf"^\s*,\s*(?:just\s+)?(?:(?P<n>\d{{1,3}}|{_COUNT_WORDS}|the)\s+(?P<unit>days?|weeks?|months?)"
    r"\s+(?P<rel2>after|before)\s+(?P<event>[^,.;:\d]{3,60}?))(?=\s*[,.;:]|\s+\d)",
    re.I,
)
#: The end of a count's event clause that runs straight into its date: "after the show opened
#: at the Harlan Theatre on " (no comma: the date is the event's own).
_ATTACHED_EVENT_DATE = re.compile(r"[^,\s]\s+(?:on|in)\s*$", re.I)
#: Between a date and a count set off after it: ", ", ", just ".
_COUNT_SET_OFF = re.compile(
    r"\s*,\s*(?:just\s+|only\s+|some\s+|nearly\s+|exactly\s+|about\s+|almost\s+|roughly\s+)?"
)
#: How many sentences back the event a count of days is taken from may be dated.
_EVENT_REACH = 5
#: The slack a count of :data:`_UNITS_LATER` allows, in days per unit ("three weeks": 20 to 22).
_SLACK_DAYS = {"day": 0, "week": 1}


_COUNT_BEFORE_AFTER = re.compile(
    r"\b(?:days?|weeks?|months?)\s+(?:later|afterwards?|earlier|after|before)\b", re.I
)


def _day_of(f: DateFact | DateRangeFact) -> dt.date | None:
    """The day a date names when it names one ("February 28", "March 3, 2021")."""
    return f.date if isinstance(f, DateFact) else None


def _units_later(ctx: RuleContext) -> list[Verdict]:
    """For "On February 26, 2017, ... Two days later, on February 28": the days between.

    The date the count leads to and the date before it (in its sentence, else the last of the
    sentence before) must be that many days (weeks, months) apart. A year the later date does
    not print is the earlier one's (or the next, across New Year).
    """
    verdicts: list[Verdict] = []
    if not _COUNT_BEFORE_AFTER.search(ctx.text):
        return verdicts  # the cheap test first
    dates = sorted(ctx.dates(), key=lambda d: d.span[0])
    for k, b in enumerate(dates):
        lead = ctx.before(b, 100)
        match = _UNITS_LATER.search(lead) or _DATE_THEN_AFTER.match(ctx.after(b, 100))
        if match is None or k == 0:
            continue
        a = dates[k - 1]
        event = match.group("event")
        attached = False
        if event and match.string is lead and a.sentence == b.sentence:
            # "announced on Monday, Nov. 20, 263 days after the show opened ... on Thursday,
            # March 2": the date after the event is the event's; the count ties the date before
            # the phrase to it (the date before is the later one)
            begins = b.span[0] - len(lead) + match.start()
            attached = bool(
                _ATTACHED_EVENT_DATE.search(match.group(0))
                and _COUNT_SET_OFF.fullmatch(ctx.text[a.span[1] : begins])
            )
        if attached:
            a, b = b, a
        elif event:
            # "Two days after Wikileaks' initial announcement, on February 28": the latest date
            # before whose sentence names the event (a word's first five letters)
            words = [w.lower()[:5] for w in re.findall(r"[A-Za-z][\w'-]{3,}", event)]
            words = [w for w in words if w not in _STOP]
            named = [
                d
                for d in dates[:k]
                if b.sentence - _EVENT_REACH <= d.sentence <= b.sentence
                and sum(w in ctx.sentence_text(d.sentence).lower() for w in words)
                >= min(2, len(words))  # "Assange's meeting with the SENAIN chief": two of them
            ]
            if not named or not words:
                continue
            a = named[-1]
        elif a.sentence not in (b.sentence, b.sentence - 1):
            continue
        rel = (match.groupdict().get("rel") or match.group("rel2")).lower()
        later = rel.startswith(("later", "after"))
        first, second = _day_of(a), _day_of(b)
        if first is None or second is None:
            continue
        if attached and not re.search(r"\b\d{4}\b", a.text):
            # the event's date without its year: the latest before (or after) the other date
            first = first.replace(year=second.year)
            if later and first > second:
                first = first.replace(year=second.year - 1)
            elif not later and first < second:
                first = first.replace(year=second.year + 1)
        word = match.group("n").lower()
        n = int(word) if word.isdigit() else 1 if word == "the" else int(number_of(word) or 1)
        unit = match.group("unit").lower().rstrip("s")
        if not attached and not re.search(r"\b\d{4}\b", b.text):
            second = second.replace(year=first.year)
            if later and second < first:
                second = second.replace(year=first.year + 1)
        elif (
            attached
            and later
            and re.search(r"\b\d{4}\b", a.text)
            and not re.search(r"\b\d{4}\b", b.text)
        ):
            # "opened on Nov. 1, 882 days after construction began on June 3, 2022": the
            # later date's year is not printed; a count of more than a year may run past the
            # year after, so the year that comes nearest the count (the date on the calendar)
            told = n * (30 if unit == "month" else _UNIT_DAYS[unit])
            second = min(
                (second.replace(year=first.year + k) for k in range(told // 365 + 2)),
                key=lambda day: abs((day - first).days - told),
            )
        gap_days = (second - first).days if later else (first - second).days
        if unit == "month":
            moved = (second.year - first.year) * 12 + second.month - first.month
            moved = moved if later else -moved
            ok = moved == n and (second.day == first.day or abs(gap_days - 30 * n) <= 3 * n)
            said = f"{moved} months"
            miss = Decimal(abs(moved - n))
        else:
            per, slack = _UNIT_DAYS[unit], _SLACK_DAYS[unit]
            ok = abs(gap_days - per * n) <= slack * n
            said = f"{gap_days} days"
            miss = Decimal(abs(gap_days - per * n))
        phrase = " ".join(match.group(0).strip(" ,").split())
        verdicts.append(
            judged(
                "date_relation",
                [a.id, b.id],
                Outcome(ok, Decimal(0) if ok else miss),
                f'"{phrase}": {first} to {second} is {said}' + ("" if ok else f", not {n} {unit}s"),
                relative_to=n,
                expected=Decimal(n),
                actual=Decimal(gap_days),
            )
        )
    return verdicts


def check_date_relation(ctx: RuleContext) -> list[Verdict]:
    """Check year gaps, periods, dated events put in order, and counts beside their span."""
    verdicts = (
        _gaps(ctx)
        + _on_par(ctx)
        + _span_counts(ctx)
        + _compound_spans(ctx)
        + _compound_began(ctx)
        + _age_and_birth(ctx)
        + _age_at_year(ctx)
        + _years_ago(ctx)
        + _anniversaries(ctx)
        + _history(ctx)
        + _fronted(ctx)
        + _years_later(ctx)
        + _years_after_began(ctx)
        + _terms_spanned(ctx)
        + _units_later(ctx)
    )
    verdicts += _spans_to_now(ctx, {i for v in verdicts for i in v.fact_ids})
    verdicts += _days_to_now(ctx, {i for v in verdicts for i in v.fact_ids})
    related = {frozenset(v.fact_ids) for v in verdicts}  # "three years after": the gap says more
    return verdicts + [v for v in _order(ctx) if frozenset(v.fact_ids) not in related]
