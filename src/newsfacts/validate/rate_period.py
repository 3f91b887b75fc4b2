"""``rate_period``: one flow told per two periods must agree on how many of one fit in the other.

"$1.2 million a year, or about $100,000 a month", "4,200 cars a week, or 600 a day", "carried
61,000 passengers on the route last year, about 167 a day": the two figures count one flow over
a longer and a shorter period, so the first over the second is the number of shorter periods in
the longer one. A working week or year counts too (a plant's "600 a day" may be over five days),
so the bands are wide (:data:`_FIT`): a week is 5 to 7 days, a year 250 to 366 days or 52 weeks.
Only a restatement the grammar ties is read: the second figure right after the first, set off by
", or", a comma or a bracket.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from newsfacts.facts import MoneyFact, QuantityFact
from newsfacts.validate.context import Figure, RuleContext, digit_of, interval, same_kind, shown
from newsfacts.validate.intervals import Interval
from newsfacts.validate.verdict import Verdict, agreement

__all__ = ["check_rate_period"]

#: The periods a rate is told per, by the words the extractor keeps in ``per``.
_PERIODS = {
    "day": "day",
    "week": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "annum": "year",
}
#: How many of the shorter period fit in the longer one, one row per pair (low, high): calendar
#: and working counts both ("a week" of five working days, "a year" of 250 of them).
_FIT: dict[tuple[str, str], tuple[Decimal, Decimal]] = {
    ("week", "day"): (Decimal(5), Decimal(7)),
    ("month", "day"): (Decimal(20), Decimal(31)),
    ("month", "week"): (Decimal(4), Decimal("4.35")),
    ("quarter", "day"): (Decimal(62), Decimal(92)),
    ("quarter", "week"): (Decimal(13), Decimal("13.1")),
    ("quarter", "month"): (Decimal(3), Decimal(3)),
    ("year", "day"): (Decimal(250), Decimal(366)),
    ("year", "week"): (Decimal(52), Decimal("52.18")),
    ("year", "month"): (Decimal(12), Decimal(12)),
    ("year", "quarter"): (Decimal(4), Decimal(4)),
}
_HEDGE = (
    r"(?:(?:about|roughly|nearly|almost|some|around|approximately|just\s+over|just\s+under"
    r"|more\s+than|less\s+than|over|under)\s+)?"
)
#: Between a rate and its restatement: ", or about ", " (", ", nearly ".
_RESTATED = re.compile(rf"^\s*(?:,\s*(?:or\s+)?|\(\s*(?:or\s+)?|\s+or\s+){_HEDGE}$", re.I)
#: Between a total told for a period and its rate per a shorter one: " on the route last year,
#: about ", " in 2023, or ".
_TOTAL_THEN_RATE = re.compile(
    r"^[^,;:()\d$€£¥]{0,40}?\b(?:(?:last|this|a|per|each|every)\s+(?P<period>year|month|week)"
    r"(?!\s+(?:ago|earlier|before))|(?P<annual>annually|yearly|monthly|weekly))"
    rf"\s*(?:,\s*(?:or\s+)?|\(\s*){_HEDGE}$",
    re.I,
)
_ADVERB_PERIODS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week"}


def _period(per: str | None) -> str | None:
    return _PERIODS.get((per or "").lower().removeprefix("a ").strip())


def _same_flow(a: Figure, b: Figure) -> bool:
    """One flow: money in one currency, or a count of one noun (the restatement may drop it)."""
    if isinstance(a, MoneyFact) and isinstance(b, MoneyFact):
        return a.currency == b.currency
    if isinstance(a, QuantityFact) and isinstance(b, QuantityFact):
        if a.role == "age" or b.role == "age" or "time" in {a.dimension, b.dimension}:
            return False  # "365 days a year, 7 days a week": how often, no flow
        if b.unit is None:
            return True  # "4,200 cars a week, or 600 a day": a bare count per period
        return a.unit is not None and (a.unit == b.unit or same_kind(a.unit, b.unit))
    return False


def check_rate_period(ctx: RuleContext) -> list[Verdict]:
    """Check each rate restated per another period against the number of periods between."""
    verdicts: list[Verdict] = []
    for index in range(len(ctx.sentences)):
        own = sorted(ctx.figures_in(index), key=lambda f: f.span[0])
        for a, b in itertools.pairwise(own):
            if a.value_max is not None or b.value_max is not None or a.direction != b.direction:
                continue
            per_b = _period(b.per)
            if per_b is None or not _same_flow(a, b):
                continue
            between = ctx.text[a.span[1] : b.span[0]]
            per_a = _period(a.per)
            if per_a is not None:
                if not _RESTATED.match(between):
                    continue
            else:
                told = _TOTAL_THEN_RATE.match(between)
                if told is None:
                    continue
                per_a = told.group("period") or _ADVERB_PERIODS[told.group("annual").lower()]
            verdict = _restated(a, per_a.lower(), b, per_b)
            if verdict is not None:
                verdicts.append(verdict)
    return verdicts


def _restated(a: Figure, per_a: str, b: Figure, per_b: str) -> Verdict | None:
    """``a`` per ``per_a`` against ``b`` per ``per_b``: the longer one's over the shorter one's."""
    if (per_a, per_b) in _FIT:
        longer, shorter, long_per, short_per = a, b, per_a, per_b
    elif (per_b, per_a) in _FIT:
        longer, shorter, long_per, short_per = b, a, per_b, per_a
    else:
        return None
    small = interval(shorter)
    if small.lo <= 0:
        return None
    fits = interval(longer) / small
    low, high = _FIT[(long_per, short_per)]
    band = Interval(low, high)
    count = shown(low, ".4g") if low == high else f"{shown(low, '.4g')} to {shown(high, '.4g')}"
    message = (
        f"{longer.text} over {shorter.text} is {shown(longer.value / shorter.value, '.4g')} "
        f"{short_per}s a {long_per}; a {long_per} has {count} {short_per}s"
    )
    return agreement(
        "rate_period",
        [a.id, b.id],
        fits,
        band,
        message,
        off=lambda gap: f": off by {shown(gap, '.3g')} {short_per}s",
        digit=digit_of(a, b),
        digits=4,
    )
