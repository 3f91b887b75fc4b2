"""``pct_change``: a change and one end imply the other end; two printed ends must agree with it.

"dropped 23.77% to 4.44 trillion" implies a start of 4.44 / (1 - 0.2377) ~ 5.825 trillion: with
nothing printed to compare it with, that verdict is ``unverifiable`` and carries the implied value.
When the start is printed too, the percentage it implies must overlap the printed one, every
number taken as its rounding interval. Multiples are changes too: "doubled", "tripled",
"halved", "rose fivefold", "grew 3 times" between a "from" and a "to" figure.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from newsfacts.extract.links import SIZE_OF_A_PLACE
from newsfacts.extract.numbers import printed_decimals
from newsfacts.extract.units import unit_dimension
from newsfacts.facts import MoneyFact, PercentFact, QuantityFact
from newsfacts.validate.context import (
    CURRENCY_NAMES,
    CURRENCY_NOUN,
    PER_CURRENCY,
    SECOND_CHANGE,
    Figure,
    Numeric,
    RuleContext,
    currency_move,
    digit_of,
    earlier_level,
    from_to,
    group_by_sentence,
    human,
    interval,
    is_comparand,
    is_compound,
    is_quote,
    is_statistic,
    marked_levels,
    may_be_whole,
    noun_figure,
    number_of,
    percents_from_to,
    same_kind,
    same_measure,
    shown,
    stated_start,
    subject_figure,
)
from newsfacts.validate.intervals import Interval, printed_interval
from newsfacts.validate.verdict import (
    UNDECIDED,
    Outcome,
    Verdict,
    agreement,
    judged,
    read_back,
    unprinted,
    weigh,
)
from newsfacts.vocab import AMOUNT_LEAD, CHANGE_NOUNS, DOWN_STEMS, HEDGE_WORD, UP_STEMS

__all__ = ["check_pct_change"]

_MULTIPLE = re.compile(
    r"\b(?P<hedge>more\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+)?"
    r"(?:(?P<verb>(?:doubl|tripl|trebl|quadrupl)(?:e|es|ed|ing)|halv(?:e|es|ed|ing))(?![\w-])"
    r"|(?:rose|grew|increased|jumped|climbed|expanded|surged|multiplied)\s+"
    r"(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:-?fold|\s+times|x)\b)",
    re.I,
)
#: A multiple's verb by its first four letters ("doubles", "halving", "tripled").
_VERBS = {
    "doub": Decimal(2),
    "trip": Decimal(3),
    "treb": Decimal(3),
    "quad": Decimal(4),
    "halv": Decimal("0.5"),
}


def _loose(value: Decimal, hedge: str) -> Interval:
    """The factors a multiple in words covers: "doubled" 1.9x to 2.1x, "nearly doubled" less."""
    if hedge.startswith("more"):
        return Interval(value, value * Decimal("1.5"))
    if hedge in {"nearly", "almost"}:
        return Interval(value * Decimal("0.85"), value)
    if hedge:
        return Interval(value * Decimal("0.9"), value * Decimal("1.1"))
    return Interval(value * Decimal("0.95"), value * Decimal("1.05"))


def _factor_of(p: PercentFact) -> Interval:
    """The multiplier a printed percent change stands for (1 - 23.77% = 0.7623)."""
    pct = printed_interval(p.value, text=p.text, qualifier=p.qualifier)
    if p.direction == "down":
        return Interval(1 - pct.hi / 100, 1 - pct.lo / 100)
    return Interval(1 + pct.lo / 100, 1 + pct.hi / 100)


def _between(
    rule_ids: list[str],
    start: Figure,
    end: Figure,
    stated: Interval,
    printed: str,
    digit: Decimal,
) -> Verdict:
    """Both ends printed: the ratio end / start must overlap the stated factor."""
    s_iv, e_iv = interval(start), interval(end)
    if s_iv.lo <= 0:
        return judged("pct_change", rule_ids, UNDECIDED, "the start value is not positive")
    ratio = e_iv / s_iv
    computed = Interval((ratio.lo - 1) * 100, (ratio.hi - 1) * 100)
    wanted = Interval((stated.lo - 1) * 100, (stated.hi - 1) * 100)
    printed_change = (end.value / start.value - 1) * 100 if start.value else computed.mid
    message = (
        f"{human(start.value)} -> {human(end.value)} is a change of "
        f"{shown(printed_change, '+.2f')}% (between {shown(computed.lo, '+.2f')}% and "
        f"{shown(computed.hi, '+.2f')}% within the printed rounding); the article says {printed}"
    )
    return agreement(
        "pct_change", rule_ids, computed, wanted, message, off=_points, digit=digit, digits=4
    )


def _points(gap: Decimal) -> str:
    return f": off by {shown(gap, '.2f')} percentage points"


def _one_end(
    ids: list[str], known: Figure, factor: Interval, printed: str, is_end: bool
) -> Verdict:
    """One end printed: the other is implied, and nothing in the article can contradict it."""
    implied = interval(known) / factor if is_end else interval(known) * factor
    what = "start" if is_end else "end"
    lead = (
        f"{human(known.value)} after a change of {printed}"
        if is_end
        else f"{human(known.value)} changed by {printed}"
    )
    return unprinted(
        "pct_change",
        ids,
        f"{lead} implies {'a' if is_end else 'an'} {what} of about",
        implied,
        f"the article prints no {what} value to check it against",
        show=human,
    )


def _exchange_rate(ctx: RuleContext, f: Figure) -> bool:
    """A figure quoted per a currency ("5.2 reais per dollar"); "$4.40 a pound" is by weight."""
    return is_quote(ctx, f) and (f.per or "").lower() not in {"pound", "pounds"}


def _percent(p: PercentFact, ctx: RuleContext) -> Verdict | None:
    start, end = ctx.get(p.from_id), ctx.get(p.to_id)
    start = start if isinstance(start, QuantityFact | MoneyFact) else None
    end = end if isinstance(end, QuantityFact | MoneyFact) else None
    for known in (start, end):
        if known is not None and ctx.retracted(known):
            # "It was $3.18 billion, not $3.81 billion, up 9% from $2.92 billion": the figure
            # taken back stands for the one before it
            before = [f for f in ctx.figures_in(known.sentence) if f.span[1] <= known.span[0]]
            fixed = before[-1] if before and same_measure(before[-1], known) else None
            start, end = (fixed, end) if known is start else (start, fixed)
    if start is not None and end is not None:
        end = _in_currency_of(ctx, start, end)
    if currency_move(ctx, [start, end]):
        return None  # "The mark firmed to 3.482 per U.S. dollar from 3.503, a gain of 0.6%"
    if (
        start is not None
        and end is not None
        and _exchange_rate(ctx, start) != _exchange_rate(ctx, end)
    ):
        return None  # "to 1,120 reais, about $215 at 5.2 reais per dollar, from 785 reais": the
        # exchange rate the price was converted at is no end of the price's change
    if (
        _QUOTE_VERB.search(ctx.before(p, 30)) or _CURRENCY_SUBJECT.search(ctx.before(p, 40))
    ) and any(
        f is not None
        and (PER_CURRENCY.match(ctx.after(f, 30)) or CURRENCY_NOUN.search(f.per or ""))
        for f in (start, end)
    ):
        # "The Corland dollar weakened 0.8% to 1.3215 per U.S. dollar": a currency that
        # weakens is quoted higher against the dollar; which way the number moves depends on
        # the quote, so the change is not checked
        return None
    if p.direction is None or p.points or p.value_max is not None:
        return None
    if _ABOVE_NAMED.match(ctx.after(p, 40)):
        # "55,120 residents, 6 percent above that ideal, and the smallest has 48,880": a gap to
        # a level the words name, not a change between the figures around it
        return None
    if start is None or end is None:
        start, end = _marked_ends(p, start, end, ctx)
    if start is None and end is None:
        # "a 5,100 mAh battery, 15% larger than the 4,600 mAh cell"; "A year ago the average
        # was $3.08, meaning prices are up 50%"; "$1.9 billion, compared with $1.4 billion a
        # year earlier, an increase of 36%"
        ends = (
            _compared_levels(p, ctx)
            or _earlier_opening(p, ctx)
            or _compared_pair(p, ctx)
            or _ends_of_amount(p, ctx)
        )
        if ends is not None:
            start, end = ends
            printed = f"{'+' if p.direction == 'up' else '-'}{p.value}%"
            return _between(
                [p.id, start.id, end.id], start, end, _factor_of(p), printed, digit_of(p)
            )
        end = _pronoun_level(p, None, ctx) or _level_before_amount(p, ctx)
        if end is None:
            levels = _named_levels(p, ctx)
            if levels is None:
                return None
            start, end, back = levels
            printed = f"{'+' if p.direction == 'up' else '-'}{p.value}%"
            verdict = _between(
                [p.id, start.id, end.id], start, end, _factor_of(p), printed, digit_of(p)
            )
            return read_back(verdict, back, "the levels")
    printed = f"{'+' if p.direction == 'up' else '-'}{p.value}%"
    if p.direction == "down" and printed_interval(p.value, text=p.text).lo >= 100:
        known = start or end
        assert known is not None
        # the miss is the fall past 100%, and never 0 (a fall of exactly 100% misses too)
        return judged(
            "pct_change",
            [p.id, known.id],
            Outcome(ok=False, gap=p.value - 100 + Decimal("1e-7")),
            f"a fall of {p.value}% leaves nothing: no start value can produce {human(known.value)}",
            relative_to=100,
        )
    back = 0
    if start is not None and end is None:
        end = _pronoun_level(p, start, ctx) or _level_then_change(p, start, ctx)
        if end is None and (named := _subject_level(p, start, ctx)) is not None:
            end, back = named
    if end is not None and start is None:
        # "Sales fell 3% to $5.5 billion. That compares with $5.8 billion a year earlier."
        start = (
            stated_start(ctx, end, ctx.figures_by_sentence())
            or _compared_base(p, end, ctx)
            or _prior_close(p, end, ctx)
        )
    if start is not None and end is not None:
        end = _statistic_like(ctx, start, end)
    factor = _factor_of(p)
    if start is not None and end is not None:
        verdict = _between([p.id, start.id, end.id], start, end, factor, printed, digit_of(p))
        return read_back(verdict, back, "the end")  # another day's level, that far back
    amount = _restated_amount(p, ctx) if end is not None else None
    if end is not None and (amount is None or amount is end):
        amount = _amount_before(p, end, ctx)  # "fell by 1.2 billion ... to 9.8 billion, an 11%"
    if end is not None and amount is not None and amount is not end:
        return _amount_and_end(p, amount, end, printed)
    if end is not None:
        return _one_end([p.id, end.id], end, factor, printed, is_end=True)
    assert start is not None
    return _one_end([p.id, start.id], start, factor, printed, is_end=False)


#: After a percent, a level named by words it is set above or below: " above that ideal", "
#: below the state average" (no figure of its own follows).
_ABOVE_NAMED = re.compile(
    r"^\s+(?:above|below|over|under|higher\s+than|lower\s+than)\s+(?:that|this|the|its|their"
    r"|our|his|her)\s+(?:[a-z-]+\s+){0,2}?(?:ideal|average|norm|normal|target|benchmark|mean"
    r"|median|level|limit|threshold|figure|goal|forecast|estimate)\b(?!\s+(?:of\s+)?[\d$€£¥])",
    re.I,
)
#: A sentence with no figure that opens with the thing whose change it gives: "The total was
#: up", "The latest price is still", "On its own, the fee is".
_NAMED_CHANGE_OPENING = re.compile(
    r"^\W*(?:[^,;:()\d$€£¥]{0,30},\s*)?(?:the\s+|its\s+|their\s+|this\s+year['’]s\s+)?"
    r"(?P<subject>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+"
    r"(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?(?:(?:still|now|already)\s+)?"
    r"(?:(?:up|down|higher|lower)\s+(?:by\s+)?)?"
    r"(?:(?:about|roughly|nearly|almost|some|more\s+than|over|less\s+than|under)\s+)?$",
    re.I,
)
#: After such a change, what it is counted from, named with no figure: " higher than last
#: year's.", " from the prior-year quarter", " above that record".
_NAMED_BASE = re.compile(
    r"^\s*(?:(?:higher|lower|more|less|larger|smaller|bigger|greater|above|below)\s+)?"
    r"(?:than|from|over)?\s*(?P<phrase>[a-z][^,;:.()\d$€£¥]{1,50}?)"
    r"\s*(?:[,;:.]|$|\s(?:and|but|while)\b)",
    re.I,
)
#: A base that is the same thing a period earlier: "last year('s)", "a year earlier", "the
#: year before", "the prior-year quarter", "the previous month".
_PERIOD_BEFORE = re.compile(
    r"^(?:last\s+(?:year|month|quarter|spring|summer|fall|autumn|winter)|a\s+year\s+(?:earlier|ago)"
    r"|the\s+(?:year|month|quarter)\s+before|the\s+(?:prior|previous)[- ](?:year|month|quarter)"
    r"(?:\s+\w+)?)(?:['’]s)?\s*$",
    re.I,
)
#: After a start, words that date it a year back: " a year earlier", " in the year-ago quarter".
_A_YEAR_BACK = re.compile(
    r"^\s*(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|in\s+the\s+(?:year-earlier|year-ago"
    r"|same|prior-year|previous)\s+(?:period|quarter|year|month))",
    re.I,
)
#: How many sentences back the figures a change between two noun phrases names may stand.
_NAMED_REACH = 6


def _named_levels(p: PercentFact, ctx: RuleContext) -> tuple[Figure, Figure, int] | None:
    """The start and end of a change printed with no figure, both named by noun phrases.

    "The drive raised $1.26 million. ... Last year's drive brought in $980,000. ... The total
    was up 29% from last year": the end is the figure the subject names (:func:`noun_figure`;
    "the total": the largest of its sort within six sentences, not an earlier period's); the
    start is the figure the words after the change name, or, for "last year" and the like,
    the start its end's own sentence gives ("fell to $212 million from $245 million") or the
    one earlier period's level of its sort printed before ("Last year's drive brought in").
    Returns the two and how many sentences back the farther stands.
    """
    if ctx.figures_in(p.sentence):
        return None
    opens = ctx.sentences[p.sentence][0]
    opening = _NAMED_CHANGE_OPENING.match(ctx.text[opens : p.span[0]])
    base = _NAMED_BASE.match(ctx.after(p, 70))
    if opening is None or base is None:
        return None
    subject = opening.group("subject")
    near = [
        f
        for f in ctx.figures()
        if p.sentence - _NAMED_REACH <= f.sentence < p.sentence
        and f.value_max is None
        and f.id not in ctx.start_values()
    ]
    end: Numeric | None
    if subject.lower().split()[-1] in {"total", "sum", "tally"}:
        current = [f for f in near if not earlier_level(ctx, f)]
        end = max(current, key=lambda f: f.value) if current else None
        back_end = p.sentence - end.sentence if end is not None else 0
    else:
        found = noun_figure(ctx, p.sentence, subject, None)
        end, back_end = found if found is not None else (None, 0)
    if end is None or isinstance(end, PercentFact):
        return None
    phrase = base.group("phrase")
    start: Numeric | None = None
    if _PERIOD_BEFORE.match(phrase):
        # "A year ago, regular cost $3.21": the one earlier period's level of the end's sort;
        # else the start the end's own sentence gives a year back ("from $245 million a year
        # earlier"), not a week's ("from $4.81 a week earlier")
        earlier = [
            f for f in near if earlier_level(ctx, f) and same_measure(f, end, per_implied=True)
        ]
        first, last = from_to(ctx, end.sentence)
        if len(earlier) == 1:
            start = earlier[0]
        elif last is end and first is not None and _A_YEAR_BACK.match(ctx.after(first, 30)):
            start = first
    else:
        found = noun_figure(ctx, p.sentence, phrase, end)
        start = found[0] if found is not None else None
    if start is None or start is end or isinstance(start, PercentFact):
        return None
    if not same_measure(start, end, per_implied=True):
        return None
    return start, end, max(back_end, p.sentence - start.sentence)


#: A direction word that closes the opening before a change: "The index is still down".
_DIRECTION_AT_END = re.compile(r"\b(?:up|down|higher|lower|off)\s+(?:by\s+)?$", re.I)


def _subject_level(p: PercentFact, start: Figure, ctx: RuleContext) -> tuple[Figure, int] | None:
    """The level a sentence's subject stands for, printed before, as the end of its change.

    "The index closed at 5,262.9 on Tuesday. The index is still down 7.1% from its record close
    of 5,667.2": "The index" is the one figure of the start's measure in the nearest sentence
    before that names it (:func:`newsfacts.validate.context.subject_figure`).
    """
    lead = ctx.text[ctx.sentences[p.sentence][0] : p.span[0]]
    direction = _DIRECTION_AT_END.search(lead)
    if direction is None:
        return None
    found = subject_figure(ctx, p.sentence, ctx.sentences[p.sentence][0] + direction.start(), start)
    if found is None or isinstance(found[0], PercentFact) or not same_measure(found[0], start):
        return None
    return found[0], found[1]


#: Verbs of a currency's value, whose direction is the currency's, not its quote's.
_QUOTE_VERB = re.compile(
    r"\b(?:weaken\w*|strengthen\w*|depreciat\w*|appreciat\w*|firm(?:ed|ing|s)?|soften\w*)\s+"
    r"(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some)\s+)?$",
    re.I,
)
#: A currency as the subject of a move: "the lira slipped", "The Norvian krone has gained".
_CURRENCY_SUBJECT = re.compile(
    rf"\b{CURRENCY_NAMES}\s+"
    r"(?:has\s+|had\s+|have\s+)?[a-z]+(?:ed|s)?\s+(?:by\s+)?(?:(?:about|nearly|some)\s+)?$",
    re.I,
)


#: Between an amount and its conversion set off after it: ", about", " (", ", or".
_CONVERSION_GAP = re.compile(
    r"\s*(?:,|\()\s*(?:or\s+)?(?:(?:about|around|roughly|some|nearly|almost)\s+)?", re.I
)


def _in_currency_of(ctx: RuleContext, start: Figure, end: Figure) -> Figure | None:
    """The end in the start's currency: "to 520 billion yen, about $3.9 billion, from 470 billion".

    An end in another currency is the conversion set off after the amount in the start's (that
    amount is the end); with no such amount, no end.
    """
    if not (isinstance(start, MoneyFact) and isinstance(end, MoneyFact)):
        return end
    if start.currency == end.currency:
        return end
    before = [f for f in ctx.figures_in(end.sentence) if f.span[1] <= end.span[0]]
    if (
        before
        and isinstance(before[-1], MoneyFact)
        and before[-1].currency == start.currency
        and before[-1] is not start
        and _CONVERSION_GAP.fullmatch(ctx.between(before[-1], end))
    ):
        return before[-1]
    return None


#: Between a level and the change restated after it: "fell to $1.2 trillion, a drop of 8%".
_RESTATED_CHANGE = re.compile(
    rf",\s+(?:a|an)\s+(?:\w+\s+)?(?:{CHANGE_NOUNS})\s+of\s+$",
    re.I,
)


#: ", an 18% increase": the percent restates a change printed before it.
_ARTICLE_BEFORE = re.compile(r",\s+(?:an?|the)\s+$", re.I)
_CHANGE_NOUN_AFTER = re.compile(
    rf"^\s*(?:{CHANGE_NOUNS})\b",
    re.I,
)


def _marked_ends(
    p: PercentFact, start: Figure | None, end: Figure | None, ctx: RuleContext
) -> tuple[Figure | None, Figure | None]:
    """The ends the extractor did not link, read from the sentence's "from" and "to".

    "Exports fell to $1.2 trillion, a drop of 8% from $1.3 trillion": the change restates the
    move to the level before it ("a drop of"), so that level is its end.
    """
    marked_start, marked_end = from_to(ctx, p.sentence)
    if end is None and marked_end is not None and marked_end.span[1] <= p.span[0]:
        lead = ctx.text[ctx.sentences[p.sentence][0] : p.span[0]]
        restated = _RESTATED_CHANGE.search(lead) or (
            _ARTICLE_BEFORE.search(lead) and _CHANGE_NOUN_AFTER.match(ctx.after(p, 20))
        )  # "to $48.50 an hour from $43.00 by 2027, an 18% increase"
        if restated and (start is None or same_measure(start, marked_end)):
            end = marked_end
    if start is None and end is not None and marked_start is not None:
        second = bool(
            end.span[1] <= marked_start.span[0]
            and SECOND_CHANGE.search(ctx.between(end, marked_start))
        )  # "jumping 6.8% to $104.20 after falling from $121.60": another change's start
        others = {q.from_id for q in ctx.percents() if q is not p and q.from_id}
        if (
            (
                marked_start.span[1] <= p.span[0]
                and _CLAUSE_BETWEEN.search(ctx.between(marked_start, p))
            )
            or (
                end.span[1] <= marked_start.span[0]
                and _CLAUSE_BETWEEN.search(ctx.between(end, marked_start))
            )
            # "jumping 38% to €11.73 from €8.50 and Bellamar gaining 27% to €6.35": another
            # change's start
            or marked_start.id in others
        ):
            # "down 22% from 530 million in April, even as the index edged up 0.9% ... to
            # 2,604.18": the start of the change of another clause
            second = True
        if (
            marked_start is not end
            and not second
            and same_measure(marked_start, end, per_implied=True)
        ):
            start = marked_start  # "to $48.50 an hour from $43.00": the rate holds for both
    return start, end


#: A new clause between a change's percent and a start printed before it.
_CLAUSE_BETWEEN = re.compile(
    r"[;]|,\s*(?:and|but|while|whereas|even\s+as|as|although|though|so)\b"
    r"|\b(?:while|whereas|though|although)\b",
    re.I,
)


#: After a percent that sets a level against another: "larger than the", "below the peak of".
_COMPARED_AFTER = re.compile(
    r"^\s*(?:(?P<up>more|higher|larger|bigger|greater|above|costlier|pricier|dearer|heavier"
    r"|longer|faster|farther|further|wider|taller|deeper|older|warmer|hotter|ahead\s+of)"
    r"|(?P<down>less|lower|smaller|fewer|below|under|cheaper|lighter|shorter|slower|narrower"
    r"|younger|colder|cooler|behind))\b(?:\s+than)?\s+(?:(?:the|its|their|a|an|last\s+year['’]s)\s+)?"
    r"[^;:()\d$€£¥]{0,40}?(?:\bof\s+)?(?:[$€£¥]|\d|about\s|roughly\s|some\s)",
    re.I,
)
#: Between a level and the percent that sets it against another: " in 2023, about ", ", ",
#: " battery, ".
_LEVEL_THEN_PERCENT = re.compile(
    r"^(?:\s+(?!(?:in|on|at|for|last|this|by|and|or|but)\b)[a-z][\w'’-]*){0,2}"
    r"(?:\s+(?:in|on|at|for|last|this|by)\s+(?:[^,;:()\d$€£¥]{1,25}?(?:\s\d{4})?|\d{4})"
    # "a $1.24 billion operating budget late Tuesday, about 8% larger than"
    r"|\s+(?:late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+\w+"
    r"|this\s+\w+))?\s*,\s*"
    r"(?:(?:still|now|only|just|some|about|roughly|nearly|almost|around)\s+)*$",
    re.I,
)


#: Between a level and a percent that a contrast sets against it in the same clause chain:
#: " weekday trips in July, the highest figure since March Y but still " (years read as "Y").
_LEVEL_BUT_PERCENT = re.compile(
    r"^[^;:()\d$€£¥]{0,90}?\b(?:but|though|although|yet)\s+(?:(?:still|now|only|just|some|about"
    r"|roughly|nearly|almost|around)\s+)*$",
    re.I,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: A figure in brackets: the bracket opens right before it and closes right after.
_OPEN_BRACKET = re.compile(r"\(\s*$")
_IN_BRACKETS = re.compile(r"\s*\)")
#: The aside in brackets right after a level: " ($1,370)".
_BRACKETED = re.compile(r"^\s*\([^()]{0,40}\)")


def _compared_levels(p: PercentFact, ctx: RuleContext) -> tuple[Figure, Figure] | None:
    """The two levels a percent sets against each other: "412,000, about 11% below the 465,000".

    The level before the percent (in apposition to it) and the one after its comparative word;
    the percent is the change from the second to the first.
    """
    after = _COMPARED_AFTER.match(ctx.after(p, 80))
    if after is None or (after.group("up") is not None) != (p.direction == "up"):
        return None
    figures = ctx.figures_in(p.sentence)
    before = [f for f in figures if f.span[1] <= p.span[0]]
    later = [f for f in figures if f.span[0] >= p.span[1]]
    if not before or not later or later[0].value_max is not None:
        return None
    if len(before) > 1 and _IN_BRACKETS.match(ctx.text, before[-1].span[1]):
        # "1,790,000 won ($1,370) in its home market, about 10% less than": the bracket is
        # an aside (the amount in another currency), the level is the figure before it
        if _OPEN_BRACKET.search(ctx.before(before[-1], 3)):
            before = before[:-1]
    level, base = before[-1], later[0]
    if level.value_max is not None or not same_measure(level, base, per_implied=True):
        return None
    if _AMOUNT_LEAD.search(ctx.before(level, 30)) or level.id in ctx.start_values():
        return None  # "up $5, or 15% higher than": the figure before is an amount
    between = _BRACKETED.sub("", ctx.text[level.span[1] : p.span[0]], count=1)
    if _LEVEL_THEN_PERCENT.match(between):
        return base, level
    rivals = [
        f
        for f in before[:-1]
        if same_measure(f, level, per_implied=True) and getattr(f, "unit", None) != "times"
    ]  # "four times the 98,000": the multiple is no level
    if not _LEVEL_BUT_PERCENT.match(_YEAR.sub("Y", between)):
        return None
    if not rivals:
        # "412,000 trips in July, ... but still 18% below": the clause's one level
        return base, level
    if is_comparand(ctx, level):
        # "412,000, more than four times the 98,000 of 2022, though still 11% below the
        # 465,000": the figure before is what the subject was compared with; the contrast goes
        # on about the subject, the last figure before that is neither compared with nor a gap
        subjects = [
            f
            for f in rivals
            if not is_comparand(ctx, f)
            and not ctx.is_gap(f)
            and f.id not in ctx.start_values()
            and not _AMOUNT_LEAD.search(ctx.before(f, 30))
        ]
        if subjects and subjects[-1] is rivals[-1]:
            return base, subjects[-1]
    return None


#: Between a change's amount and the percent that restates it: "98.4 points, or 0.31%",
#: "98.4 points (0.31%", "85,000 residents, a 14% increase".
_OR_PERCENT = re.compile(
    rf"^\s*(?:[a-z]+\s*)?(?:,\s*(?:or\s+)?(?:an?\s+)?|\(\s*|\s+or\s+){HEDGE_WORD}$", re.I
)


_AMOUNT_LEAD = re.compile(AMOUNT_LEAD, re.I)


#: A sentence whose subject is the figure of the sentence before: "That's down 21% from ...".
_POINTS_BACK = re.compile(r"^\W*(?:that|this|it)(?:['’]s|\s+is|\s+was|\s+has\s+been)\b", re.I)


#: Before a rate's denominator: "per 100,000".
_PER_BEFORE = re.compile(r"\b(?:per|every)\s+$", re.I)


def _earlier_opening(p: PercentFact, ctx: RuleContext) -> tuple[Figure, Figure] | None:
    """The levels of a change whose sentence opens with the earlier one.

    "The average price was $4.62 ... A year ago the average was $3.08, meaning prices are up
    50%": the start is the one figure before the percent, the end the level the sentence before
    opens on (its first figure of that measure that is no change's start).
    """
    if p.sentence == 0:
        return None
    before = [f for f in ctx.figures_in(p.sentence) if f.span[1] <= p.span[0]]
    if len(before) != 1 or not earlier_level(ctx, before[0]):
        return None
    start = before[0]
    marked = from_to(ctx, p.sentence - 1)[0]
    levels = [
        g
        for g in ctx.figures_in(p.sentence - 1)
        if g is not marked
        and g.id not in ctx.start_values()
        and not _AMOUNT_LEAD.search(ctx.before(g, 30))
        and same_measure(g, start, per_implied=True)
        # two sentences tie no "people" to "overflow cots": the counted nouns must agree
        and (not _different_nouns(g, start) or same_measure(g, start))
    ]
    return (start, levels[0]) if levels else None


def _different_nouns(a: Figure, b: Figure) -> bool:
    """Two counts whose nouns differ as printed (one may be missing)."""
    ua, ub = getattr(a, "unit", None), getattr(b, "unit", None)
    return ua != ub and isinstance(a, QuantityFact) and isinstance(b, QuantityFact)


def _pronoun_level(p: PercentFact, start: Figure | None, ctx: RuleContext) -> Figure | None:
    """The level a change runs to when a pronoun stands for it.

    "The average price was $640,479. That's down by more than 21 per cent from the all-time
    high of $816,720": the change runs to $640,479 (the last figure of the sentence before, of
    the start's measure when a start is printed).
    """
    sentence = ctx.sentence_text(p.sentence)
    if p.sentence == 0 or not _POINTS_BACK.match(sentence):
        return None
    marked = from_to(ctx, p.sentence - 1)[0]
    earlier = [
        g
        for g in ctx.figures_in(p.sentence - 1)
        if (start is None or same_measure(g, start))
        and g is not marked
        and not _PER_BEFORE.search(ctx.before(g, 12))
        and not re.match(r"\s+per\b", ctx.after(g, 6))  # "a rate of 200 per 100,000"
        and may_be_whole(ctx, g)
    ]  # "1,284 residents ..., a rate of 200 per 100,000 in a county of 642,000. That is up"
    counted = getattr(start, "unit", None) if start is not None else None
    if counted and unit_dimension(counted) is None and len(ctx.figures_in(p.sentence - 1)) > 1:
        # "up 26% from 1,020 hospitalizations": among several, only a count of that kind
        earlier = [g for g in earlier if same_kind(getattr(g, "unit", None) or "-", counted)]
    # "added 4.2 million subscribers ..., ending September with 36.8 million. That was a gain
    # of 12.9% from 32.6 million": the level reached, not the amount of the change
    levels = [g for g in earlier if getattr(g, "direction", None) is None]
    earlier = levels or earlier
    return earlier[0] if earlier else None


#: Between the level a clause gives and the change from a start after it: " residents traveled
#: by car over the holiday weekend, up ", " homes were still without power, down about ".
_LEVEL_THEN_DIRECTION = re.compile(
    r"^[^;:()\d$€£¥]{0,80}?,\s*(?:(?:still|now|only|just)\s+)?(?:up|down|(?:an?\s+)?(?:increase"
    r"|decrease|rise|drop|decline|gain|jump|fall)\s+of|(?:rising|falling|climbing|dropping"
    r"|gaining|declining|increasing|decreasing|jumping|sliding)(?:\s+by)?)\s+"
    r"(?:(?:about|roughly|nearly|almost|some|around|more\s+than|less\s+than)\s+)?$",
    re.I,
)


#: Between a level and a percent change of it, an amount of change from another time first:
#: " on Friday, according to the group, down X from a week earlier and down about ".
_TWO_CHANGES = re.compile(
    r"^[^;:()\d$€£¥]{0,80}?,\s*(?:up|down)\s+(?:by\s+)?X\s+(?:from|since|over|in)\s+"
    rf"[^,;:()\d$€£¥]{{1,40}}?,?\s+and\s+(?:(?:up|down)(?:\s+by)?\s+)?{HEDGE_WORD}$",
    re.I,
)


def _level_then_change(p: PercentFact, start: Figure, ctx: RuleContext) -> Figure | None:
    """The level a change from a printed start runs to, given first in the clause.

    "About 2.4 million residents traveled by car, up 8% from last year's 2.3 million": the end
    is the figure before the change word, of the start's measure, with no other figure between.
    """
    before = [f for f in ctx.figures_in(p.sentence) if f.span[1] <= p.span[0]]
    if not before or start in before:
        return None
    if SIZE_OF_A_PLACE.search(ctx.before(before[-1], 40)):
        # "2,652 people were admitted ... in the country of 8.42 million, up 25% from 2,118":
        # the place's size is no level of the change
        before = before[:-1]
        if not before:
            return None
    level = before[-1]
    tail = level  # the last figure before the change word: the level, or a size glued after it
    if (
        len(before) >= 2
        and _AMOUNT_LEAD.search(ctx.before(level, 30))
        and _TWO_CHANGES.match(
            ctx.text[before[-2].span[1] : level.span[0]] + "X" + ctx.text[level.span[1] : p.span[0]]
        )
    ):
        # "$3.58 on Friday, ..., down 6 cents from a week earlier and down about 3.5% from
        # $3.71": the level both changes run to is the figure before the first one's amount
        return before[-2] if same_measure(before[-2], start, per_implied=True) else None
    if len(before) >= 2 and _measure_of_count(ctx, before[-2], level, start):
        # "46.9 million Americans will travel at least 50 miles ..., up 0.6% from 46.6
        # million": the count the clause is about, not the distance in its predicate
        level = tail = before[-2]
    elif len(before) >= 2 and is_compound(level):
        # "312,460 twenty-foot equivalent units, ..., up 6.2% from 294,220": the glued size
        # names the unit; the count before it is the level
        level = before[-2]
        if not re.fullmatch(r"\s+", ctx.text[level.span[1] : tail.span[0]]):
            return None
    if level.id in ctx.start_values() or level.value_max is not None:
        return None
    if _AMOUNT_LEAD.search(ctx.before(level, 30)) or not same_measure(
        level, start, per_implied=True
    ):
        return None
    between = ctx.text[tail.span[1] : p.span[0]]
    if _LEVEL_THEN_DIRECTION.match(between):
        return level
    # "2,870 gigawatt-hours last year, a 35% jump from the 2,260": the noun after the percent
    noun_after = _LEVEL_THEN_ARTICLE.match(between) and _CHANGE_NOUN_AFTER.match(ctx.after(p, 20))
    return level if noun_after else None


#: Between a count and a measurement of its clause's predicate: a verb phrase, no break.
_PREDICATE_GAP = re.compile(r"^[^,;:()\d$€£¥]{1,40}$")
_JOIN = re.compile(r"\b(?:and|or|but|while|whereas|with)\b", re.I)


def _measure_of_count(ctx: RuleContext, count: Figure, measure: Figure, start: Figure) -> bool:
    """Whether ``measure`` characterises the ``count`` before it, which a bare start is of.

    "1,420 patients waited more than 12 hours", "46.9 million Americans will travel at least 50
    miles": a measurement (a dimension) after a count (a counted noun), a verb phrase between.
    """
    if getattr(start, "unit", None) or getattr(start, "dimension", None):
        return False
    if not isinstance(measure, QuantityFact) or measure.dimension is None:
        return False
    if not isinstance(count, QuantityFact) or count.dimension is not None or not count.unit:
        return False
    between = ctx.between(count, measure)
    return bool(_PREDICATE_GAP.match(between)) and not _JOIN.search(between)


#: Between a level and a percent whose change noun follows it: " last year, a ".
_LEVEL_THEN_ARTICLE = re.compile(r"^[^;:()\d$€£¥]{0,80}?,\s*an?\s+$", re.I)
#: Between two levels set side by side: ", compared with ", " compared to last year's ".
_COMPARED_WITH = re.compile(
    # the first level's own time may come first: " this season, compared with"
    r"^(?:\s+(?:this|last|in|during|for|on)\s+[^,;:()\d$€£¥]{1,25}?)?"
    r"\s*,?\s*(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:[^;:()\d$€£¥]{0,30}?\s)?$",
    re.I,
)
#: Between the second level and the change that restates the pair: " in the same quarter last
#: year, an increase of ", " at this point last season, down by about ".
_PAIR_THEN_CHANGE = re.compile(
    rf"^[^;:()\d$€£¥]{{0,60}}?,\s*(?:an?\s+(?:\w+\s+)?(?:{CHANGE_NOUNS})\s+of|(?:up|down)"
    r"(?:\s+by)?)\s+(?:(?:about|roughly|nearly|almost|some|around|more\s+than)\s+)?$",
    re.I,
)


def _compared_pair(p: PercentFact, ctx: RuleContext) -> tuple[Figure, Figure] | None:
    """Two levels set side by side, then the change between them.

    "Deal wins totaled $1.9 billion, compared with $1.4 billion a year earlier, an increase of
    36%": the change runs from the second (the earlier one) to the first.
    """
    return _pair_before(ctx, p.sentence, p.span[0])


def _pair_before(ctx: RuleContext, sentence: int, at: int) -> tuple[Figure, Figure] | None:
    """The two levels set side by side before ``at`` with the change words right before it."""
    before = [f for f in ctx.figures_in(sentence) if f.span[1] <= at]
    if len(before) < 2:
        return None
    level, base = before[-2], before[-1]
    if level.value_max is not None or base.value_max is not None:
        return None
    if not same_measure(level, base, per_implied=True):
        return None
    if not _COMPARED_WITH.match(ctx.text[level.span[1] : base.span[0]]):
        return None
    if not _PAIR_THEN_CHANGE.match(ctx.text[base.span[1] : at]):
        return None
    return base, level


#: A premium or a discount against a price: "$41.50 a share, a premium of 27% to the closing
#: price of $32.70", "1,180 pence per share, a 38% premium to Tuesday's close of 855 pence".
_PREMIUM_BEFORE = re.compile(r",\s*(?:a|an|the)\s+(?P<word>premium|discount)\s+of\s+$", re.I)
_PREMIUM_AFTER = re.compile(r"^\s*(?P<word>premium|discount)\b", re.I)
_PREMIUM_TO = re.compile(
    r"^[^;:()\d$€£¥]{0,10}?\s+(?:to|over|on)\s+(?:[^;:()\d$€£¥]{0,40}?\s)?$", re.I
)


def _premiums(ctx: RuleContext, decided: set[str]) -> list[Verdict]:
    """A price offered at a premium (or a discount) to another: the percent between them.

    ``decided``: percents already decided against the figures they are linked to (a premium is
    a change the extractor may link "to" its base): not checked twice.
    """
    verdicts = []
    for p in ctx.percents():
        if p.points or p.value_max is not None or p.id in decided:
            continue
        before_word = _PREMIUM_BEFORE.search(ctx.before(p, 30))
        after_word = _PREMIUM_AFTER.match(ctx.after(p, 12))
        word = before_word or after_word
        if word is None:
            continue
        figures = ctx.figures_in(p.sentence)
        earlier = [f for f in figures if f.span[1] <= p.span[0]]
        later = [f for f in figures if f.span[0] >= p.span[1]]
        if not earlier or not later:
            continue
        price, base = earlier[-1], later[0]
        # the words "to" / "over" come after "premium" when it follows the percent
        start_of_to = p.span[1] + (after_word.end() if after_word and not before_word else 0)
        if not _PREMIUM_TO.match(ctx.text[start_of_to : base.span[0]]):
            continue
        if not same_measure(price, base, per_implied=True) or price.value_max is not None:
            continue
        up = word.group("word").lower() == "premium"
        factor = _factor_of_value(p, up)
        printed = f"{'+' if up else '-'}{p.value}%"
        verdicts.append(
            _between([p.id, base.id, price.id], base, price, factor, printed, digit_of(p))
        )
    return verdicts


def _factor_of_value(p: PercentFact, up: bool) -> Interval:
    """The factor a percent stands for when the words, not the extractor, give its direction."""
    change = printed_interval(p.value, text=p.text, qualifier=p.qualifier)
    if up:
        return Interval(1 + change.lo / 100, 1 + change.hi / 100)
    return Interval(1 - change.hi / 100, 1 - change.lo / 100)


def _compared_base(p: PercentFact, end: Figure, ctx: RuleContext) -> Figure | None:
    """The start a comparative word names after a change.

    "That is 7.7% more than last summer's 1.17 million": the end is the level "That" stands for.
    """
    after = _COMPARED_AFTER.match(ctx.after(p, 80))
    if after is None or (after.group("up") is not None) != (p.direction == "up"):
        return None
    later = [f for f in ctx.figures_in(p.sentence) if f.span[0] >= p.span[1]]
    if not later or later[0] is end or later[0].value_max is not None:
        return None
    return later[0] if same_measure(later[0], end, per_implied=True) else None


#: Before a share price that a day's move starts from: "closing price of", "closed at", "Friday's
#: close of", "the previous close of".
_CLOSE_BEFORE = re.compile(
    r"\b(?:closing\s+(?:share\s+|stock\s+)?price\s+(?:of|was|at)|closed\s+(?:on\s+\w+\s+)?at"
    r"|close\s+of)\s+$",
    re.I,
)
#: A capitalised word: a company's name in a subject or before a close.
_CAPITALISED = re.compile(r"\b[A-Z][\w&-]+")
#: How many sentences around a move of a share price its prior close may be printed.
_CLOSE_REACH = 3


def _prior_close(p: PercentFact, end: Figure, ctx: RuleContext) -> Figure | None:
    """The close a move of a share price starts from, printed in a sentence nearby.

    "Pathline shares jumped 29% to $40.55 in premarket trading. Brenner will pay $41.50 a
    share, a premium of 27% to Pathline's closing price of $32.70 on Friday": the one prior
    close of the end's measure printed within three sentences.
    """
    if not isinstance(end, MoneyFact) or not re.search(
        r"\b(?:shares?|stock)\b", f"{p.subject or ''} {ctx.before(p, 40)}", re.I
    ):
        return None  # the move is a share price's ("Pathline shares jumped 29%")
    closes = [
        f
        for f in ctx.figures()
        if f is not end
        and f.value_max is None
        and _CLOSE_BEFORE.search(ctx.before(f, 40))
        and same_measure(f, end, per_implied=True)
        and Decimal("0.2")
        < Decimal(str(end.value)) / max(Decimal(str(f.value)), Decimal("1e-9"))
        < 5
    ]  # a price a day's move can reach from the close, not a company's revenue
    near = [f for f in closes if abs(f.sentence - p.sentence) <= _CLOSE_REACH]
    if not near:
        # farther away, the close must name the company whose shares moved ("Pathline shares
        # jumped 29%" ... "Pathline's closing price of $32.70")
        names = set(_CAPITALISED.findall(p.subject or "")) - {"The", "Shares", "Its"}
        near = [f for f in closes if names & set(_CAPITALISED.findall(ctx.before(f, 40)))]
    return near[0] if len(near) == 1 else None


def _restated_amount(p: PercentFact, ctx: RuleContext) -> Figure | None:
    """The amount of change a percent restates, if any.

    Printed before it ("fell 98.4 points, or 0.31%") or after it ("a gain of 1.2%, or 452.1
    points").
    """
    own = ctx.figures_in(p.sentence)
    after = [f for f in own if f.span[0] >= p.span[1]]
    if after and _PERCENT_OR.match(ctx.text[p.span[1] : after[0].span[0]]):
        amount = after[0]
        if amount.value_max is None and amount.direction in (None, p.direction):
            return amount
    before = [f for f in own if f.span[1] <= p.span[0]]
    if not before or before[-1].direction not in (None, p.direction):
        return None
    amount = before[-1]
    between = ctx.text[amount.span[1] : p.span[0]]
    if amount.value_max is not None or not _OR_PERCENT.match(between):
        return None
    if re.search(r",\s*an?\s", between) and not _AMOUNT_LEAD.search(ctx.before(amount, 30)):
        return None  # "$640,000, a 21% drop": a level in apposition, not an amount
    return amount


def _ends_of_amount(p: PercentFact, ctx: RuleContext) -> tuple[Figure, Figure] | None:
    """The levels of a change whose amount the percent restates, both printed before.

    "Tuition will rise to $14,200 next year from $13,500, an increase of $700, or 5.2%": the
    change the amount is of runs between the sentence's "from" and "to" figures.
    """
    amount = _restated_amount(p, ctx)
    if amount is None or amount.span[0] > p.span[0]:
        return None
    start, end = from_to(ctx, p.sentence)
    if start is None or end is None or max(start.span[1], end.span[1]) > amount.span[0]:
        return None
    if not (same_measure(start, amount) and same_measure(end, amount)):
        return None
    first = start if start.span[0] < end.span[0] else end
    own = [
        f
        for f in ctx.figures_in(p.sentence)
        if f.span[1] <= first.span[0] and _AMOUNT_LEAD.search(ctx.before(f, 30))
    ]
    if own:
        return None  # "rebounded 1,506 points from ... to close at 29,418.66, up 792.53 points,
        # or 2.8%": the from-to move has its own amount; the percent is another (the day's)
    last = start if start.span[0] > end.span[0] else end
    gap = ctx.text[last.span[1] : amount.span[0]]
    return (start, end) if _LEVELS_THEN_AMOUNT.match(gap) else None


#: Between a change's levels and its amount in apposition: ", an increase of ", ", up ".
_LEVELS_THEN_AMOUNT = re.compile(
    rf"^[^;:()\d$€£¥]{{0,40}}?,\s*(?:(?:an?\s+(?:\w+\s+)?(?:{CHANGE_NOUNS})\s+of)|up|down)"
    rf"\s+(?:by\s+)?{HEDGE_WORD}$",
    re.I,
)
#: Between a percent and the amount that restates it: "1.2%, or ", "1.2% (".
_PERCENT_OR = re.compile(rf"^\s*(?:,\s*or\s+|\(\s*){HEDGE_WORD}$", re.I)
#: Between a change and the level it ended at: ", at ", " to close at ", ") at ".
_THEN_AT = re.compile(r"^\s*\)?\s*,?\s*(?:to\s+(?:close|end|finish|settle)\s+)?at\s+$", re.I)


def _level_before_amount(p: PercentFact, ctx: RuleContext) -> Figure | None:
    """The level a restated amount moved to.

    "fell to $412,000 in January, down $18,000, or 4.2%, from a year earlier": the percent
    restates "$18,000", whose level is the figure marked "to" before it; "a $486 million
    budget, an increase of $31 million, or 6.8%" and "closed at 4,812.6 on Friday, up 38.2
    points, or 0.8%": the level in apposition before the change; "closed up 38.2 points, or
    0.8%, at 4,812.6": the level "at" after it.
    """
    amount = _restated_amount(p, ctx)
    if amount is None:
        return None
    first, last = (amount, p) if amount.span[0] < p.span[0] else (p, amount)
    own = ctx.figures_in(p.sentence)
    after = [f for f in own if f.span[0] >= last.span[1]]
    if (
        after
        and _THEN_AT.match(ctx.text[last.span[1] : after[0].span[0]])
        and after[0].value_max is None
        and same_measure(after[0], amount)
    ):
        return after[0]
    marked_start, marked_end = from_to(ctx, p.sentence)
    if marked_end is None:
        before = [f for f in own if f.span[1] <= first.span[0]]
        marked_end = before[-1] if before else None
    if marked_end is not None and marked_end is marked_start:
        return None  # "averaged 52.4 cents, down from 60.1 cents, a drop of 7.7 cents": a start
    if marked_end is None or marked_end.span[1] > first.span[0] or marked_end is amount:
        return None
    if not same_measure(marked_end, amount):
        return None
    between = ctx.text[marked_end.span[1] : first.span[0]]
    if _LEVEL_THEN_AMOUNT.match(between) or _LEVEL_THEN_CHANGE.match(between):
        return marked_end
    return None


#: Between a level and the amount it moved by: " in January, down ", ", up".
_LEVEL_THEN_AMOUNT = re.compile(
    r"^(?:\s+(?:in|on|at|for|last|this)\s+[\w ]{1,25}?)?\s*,\s*(?:up|down)\s+(?:by\s+)?$", re.I
)
#: Between a level and the change restated in apposition: " budget, an increase of ".
_LEVEL_THEN_CHANGE = re.compile(
    rf"^[^;:()\d$€£¥]{{0,50}}?,\s+an?\s+(?:\w+\s+)?(?:{CHANGE_NOUNS})\s+of\s+{HEDGE_WORD}$",
    re.I,
)


def _amount_before(p: PercentFact, end: Figure, ctx: RuleContext) -> Figure | None:
    """The amount of the change a percent restates, printed before its end level.

    "Water use fell by 1.2 billion gallons last year to 9.8 billion gallons, an 11% decline".
    """
    before = [
        f
        for f in ctx.figures_in(p.sentence)
        if f.span[1] <= end.span[0] and f is not end and same_measure(f, end)
    ]
    if not before or before[-1].value_max is not None:
        return None
    amount = before[-1]
    lead = _AMOUNT_LEAD.search(ctx.before(amount, 30))
    if lead is None or (p.direction == "up") != bool(lead.group("up")):
        return None
    return amount if re.search(r"\bto\s", ctx.between(amount, end)) else None


def _amount_and_end(p: PercentFact, amount: Figure, end: Figure, printed: str) -> Verdict:
    """A change given three ways: "fell 98.4 points, or 0.31%, to 31,402.77".

    The end level and the amount give the start; the amount over the start must be the percent
    (both as sizes: the direction is the one the sentence gives them all).
    """
    a_iv, e_iv = interval(amount), interval(end)
    start = e_iv + a_iv if p.direction == "down" else e_iv - a_iv
    ids = [p.id, amount.id, end.id]
    if start.lo <= 0:
        return judged("pct_change", ids, UNDECIDED, "the implied start level is not positive")
    share = a_iv / start * Interval(Decimal(100), Decimal(100))
    stated = printed_interval(p.value, text=p.text, qualifier=p.qualifier)
    places = printed_decimals(end.text)  # the start as precise as the end is printed
    # the figures as printed (the interval's middle is no reading of them: "$5 million, up $1
    # million" is 25% of 4 million, inside 10% to 50%)
    point = end.value + amount.value if p.direction == "down" else end.value - amount.value
    message = (
        f"{amount.text} is {shown(amount.value / point * 100, '.2f')}% of the start level "
        f"{_grouped(point, places)} implied by the end level {_grouped(end.value, places)} "
        f"(between {shown(share.lo, '.2f')}% and "
        f"{shown(share.hi, '.2f')}% within the printed rounding); the article says {printed}"
    )
    return agreement(
        "pct_change", ids, share, stated, message, off=_points, digit=digit_of(p), digits=4
    )


def _statistic_like(ctx: RuleContext, start: Figure, end: Figure) -> Figure | None:
    """The end of a change from an average is an average.

    "averaging 11,240 fans over 12 home games, a total of 134,880, up 18% from last season's
    average of 9,525" moves the average. An end that is no average gives way to the nearest average before it in its sentence, or to
    nothing (the change is not checked).
    """
    if not is_statistic(ctx, start) or is_statistic(ctx, end):
        return end
    averages = [
        f
        for f in ctx.figures_in(end.sentence)
        if f.span[1] <= end.span[0] and is_statistic(ctx, f) and same_measure(f, start)
    ]
    return averages[-1] if averages else None


def _grouped(value: Decimal, places: int) -> str:
    """``value`` with thousands separators and ``places`` decimals: "31,501.17"."""
    return f"{value:,.{places}f}" if abs(value) < 10**9 else human(value)


#: A change by a fraction in words: "shrank by a third", "cut by half", "grew by about a quarter",
#: "fell by nearly two-thirds".
_BY_FRACTION = re.compile(
    rf"\b(?:(?P<up>{UP_STEMS})|(?P<down>{DOWN_STEMS}))\s+(?:by\s+)?"
    r"(?P<hedge>more\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+)?"
    r"(?P<frac>(?:a|one)[\s-](?:half|third|quarter|fifth|tenth)|half|two[\s-]thirds"
    r"|three[\s-]quarters)\b(?!\s+(?:of|as|the|a|an|percent|per\s?cent|point|points)\b)",
    re.I,
)


_FRACTION_WORD = re.compile(r"\b(?:half|thirds?|quarters?|fifth|tenth)\b", re.I)


def _fraction_changes(ctx: RuleContext) -> list[Verdict]:
    """A change by a fraction between a "from" and a "to" figure ("shrank by a third": 2/3).

    "shrank by a third, to $40 billion from $60 billion" holds; "cut by half" would not.
    """
    verdicts: list[Verdict] = []
    if not _FRACTION_WORD.search(ctx.text):
        return verdicts  # the cheap test first: the verbs' alternation is slow to scan
    for index, match in ctx.first_matches(_BY_FRACTION):
        # "grown by a third in five years, to 18,620, though volunteers are down 8% at 1,104,
        # from 1,200": the levels of the fraction's own clause
        start, end = _clause_levels(ctx, index, match)
        if start is None or end is None:
            # "46 deaths this season, compared with 61 at this point last season, down by
            # about a quarter": the pair set side by side, the change after it
            start, end = _pair_before(ctx, index, match.start("frac")) or (None, None)
        if start is None or end is None or start.value_max is not None or end.value_max is not None:
            continue
        last = max((start, end), key=lambda f: f.span[0])
        if last.span[1] <= match.start() and _CLAUSE_BETWEEN.search(
            ctx.text[last.span[1] : match.start()]
        ):
            # "rose 19% to 2.06 euros from 1.73 euros, while heating oil ... was up by more than
            # half": the pair is another clause's change
            continue
        fraction = number_of(" ".join(match.group("frac").replace("-", " ").split()))
        if fraction is None or not 0 < fraction < 1:
            continue
        value = 1 + fraction if match.group("up") else 1 - fraction
        hedge = (match.group("hedge") or "").strip().lower()
        if hedge.startswith("more"):
            # "fell by more than half": the factor is at most 1 - fraction (at least 1 + it)
            factor = (
                Interval(value, value * Decimal("1.5"))
                if match.group("up")
                else Interval(Decimal(0), value)
            )
        else:
            factor = _loose(value, hedge)
        phrase = " ".join(match.group(0).split())
        verdicts.append(
            _between(
                [start.id, end.id],
                start,
                end,
                factor,
                f'"{phrase}" (x{shown(value, ".3g")})',
                digit_of(start, end),
            )
        )
    return verdicts


#: A subordinate clause with a subject of its own: "after the company said", "because it".
_AFTER_CLAUSE = re.compile(r",\s*(?:after|before|following)\b", re.I)
_SUBORDINATE = re.compile(
    r"\b(?:after|because|since|when)\s+(?:the|it|its|their|his|her|he|she|they|we)\b", re.I
)


def _clause_levels(
    ctx: RuleContext, index: int, match: re.Match[str]
) -> tuple[Figure | None, Figure | None]:
    """The "from" and "to" levels of the clause that holds ``match`` (no ", while" between)."""
    first, last = ctx.sentences[index]
    breaks = [
        *_CLAUSE_BETWEEN.finditer(ctx.text, first, last),
        # "jumped 9.4% to 148.20 from 135.47 after the company said orders had doubled"
        *_SUBORDINATE.finditer(ctx.text, first, last),
        # "rose 3.8% to 41.5 million from 40.0 million, after more than doubling from 19.2
        # million": the doubling has its own levels
        *_AFTER_CLAUSE.finditer(ctx.text, first, last),
    ]
    lo = max((b.end() for b in breaks if b.end() <= match.start()), default=first)
    hi = min((b.start() for b in breaks if b.start() >= match.end()), default=last)
    return marked_levels(
        ctx, [f for f in ctx.figures_in(index) if lo <= f.span[0] and f.span[1] <= hi]
    )


def _multiples(ctx: RuleContext) -> list[Verdict]:
    verdicts: list[Verdict] = []
    for index, match in ctx.first_matches(_MULTIPLE):
        if _RATIO_AFTER.match(ctx.text, match.end()):
            continue  # "triple the $32 million of a year ago": a ratio (the ratio rule's)
        # the change's levels are those its own clause marks: "gold rose ... from $1,520, while
        # silver climbed to $29.10, nearly doubling from $14.80"
        start, end = _clause_levels(ctx, index, match)
        if start is None or end is None:
            continue
        verb = (match.group("verb") or "").lower()
        n = match.group("n")
        value = _VERBS[verb[:4]] if verb else number_of(n) or Decimal(0)
        factor = _loose(value, (match.group("hedge") or "").strip().lower())
        phrase = " ".join(match.group(0).split())
        verdict = _between(
            [start.id, end.id],
            start,
            end,
            factor,
            f'"{phrase}" (x{shown(value, "g")})',
            digit_of(start, end),
        )
        verdicts.append(verdict)
    return verdicts


#: After a multiple's word, a determiner and a figure: "triple the $32 million" (a ratio).
_RATIO_AFTER = re.compile(
    r"\s+(?:the|its|his|her|their|that|this|last)\s+(?:[\w'’-]+\s+){0,2}?(?:[$€£¥]|\d)", re.I
)  # not "halve the fine ..., to $45 from $90": a verb and its object


_ANOTHER = re.compile(rf"\b(?:another|a\s+further|an\s+additional|again)\s+{HEDGE_WORD}$", re.I)


def _compound(ctx: RuleContext) -> list[Verdict]:
    """For "fell 4.1% in 2013 and is off by another 4.7%": successive changes compound."""
    verdicts = []
    changes = [p for p in ctx.percents() if p.measure == "change" and p.direction and not p.points]
    for first, second in itertools.pairwise(changes):
        if second.sentence - first.sentence > 1 or not _ANOTHER.search(ctx.before(second, 30)):
            continue
        f1, f2 = _factor_of(first), _factor_of(second)
        total = f1 * f2
        change = Interval((total.lo - 1) * 100, (total.hi - 1) * 100)
        verdicts.append(
            unprinted(
                "pct_change",
                [first.id, second.id],
                f"{'+' if first.direction == 'up' else '-'}{first.value}% then "
                f"{'+' if second.direction == 'up' else '-'}{second.value}% compound to",
                change,
                "the article states no overall change to check it against",
                show=lambda v: f"{shown(v, '+.2f')}%",
                digits=4,
            )
        )
    return verdicts


def check_pct_change(ctx: RuleContext) -> list[Verdict]:
    """Check every percentage change linked to the figures it runs from or to, and multiples."""
    linked: list[tuple[str, Verdict]] = []  # percents checked through their from/to links
    for p in ctx.percents():
        if p.measure == "change":
            verdict = _percent(p, ctx)
            if verdict is not None:
                linked.append((p.id, verdict))
    # a premium or a discount decided by its base ("$17, a 15% discount to ... $20") stands for
    # the links' reading when that could not decide, and is not repeated when it could
    decided = {pid for pid, v in linked if v.status != "unverifiable"}
    premiums = _premiums(ctx, decided)
    by_premium = {v.fact_ids[0] for v in premiums}
    verdicts = [v for pid, v in linked if pid not in by_premium or v.status != "unverifiable"]
    return (
        verdicts
        + _multiples(ctx)
        + _fraction_changes(ctx)
        + _compound(ctx)
        + premiums
        + _rate_changes(ctx)
    )


#: Between a change in percent and the first of the two rates it runs between: ", from",
#: " compared with those in other states, from" (no other clause, no other figure).
_CHANGE_THEN_RATES = re.compile(r"^[^;:()\d$€£¥]{0,80}?(?:,\s*|\s+)(?:from|to)\s", re.I)
#: A new clause: its figures are another change's.
_OTHER_CLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas)\b", re.I)


def _rate_changes(ctx: RuleContext) -> list[Verdict]:
    """A change in percent between two rates the sentence names, read both ways it is printed.

    "Use rose 37 percent, from 0.90 percent to 1.23 percent": the relative change of the rates
    (1.23 / 0.90 - 1 = 36.7%) is what the words mean; a change "in percent" that is really
    the move in points ("rose 3 percent, from 30 percent to 33 percent") is common enough in
    news that it holds too. Only a change neither reading gives is ``inconsistent``.
    """
    verdicts = []
    for percents in group_by_sentence(ctx.percents()).values():
        start, end = percents_from_to(ctx, percents)
        if start is None or end is None or start.points or end.points:
            continue
        first = min(start.span[0], end.span[0])
        changes = [
            p
            for p in percents
            if p.measure == "change"
            and p.direction in {"up", "down"}
            and not p.points
            and p.value_max is None
            and p is not start
            and p is not end
            and p.span[1] <= first
        ]
        if not changes or start.value_max is not None or end.value_max is not None:
            continue
        p = changes[-1]
        between = ctx.text[p.span[1] : first]
        if not _CHANGE_THEN_RATES.match(between) or _OTHER_CLAUSE.search(between):
            continue
        if any(p.span[1] <= f.span[0] < first for f in ctx.figures_in(p.sentence)):
            continue  # "$214 million, up 13.2% from $189 million, after ... to 6.75% from 7.25%"
        verdicts.append(_rates_verdict(p, start, end))
    return verdicts


def _rates_verdict(p: PercentFact, start: PercentFact, end: PercentFact) -> Verdict:
    s_iv, e_iv = interval(start), interval(end)
    sign = Decimal(1) if p.direction == "up" else Decimal(-1)
    stated = interval(p)
    wanted = Interval(
        min(sign * stated.lo, sign * stated.hi), max(sign * stated.lo, sign * stated.hi)
    )
    ids, digit = [p.id, start.id, end.id], digit_of(p, start, end)
    printed = f"{'+' if sign > 0 else '-'}{p.value}%"
    points = e_iv - s_iv
    said = (
        f"{start.value}% -> {end.value}% is a relative change of "
        f"{shown((end.value / start.value - 1) * 100, '+.2f') if start.value else '?'}% and a "
        f"move of {shown(end.value - start.value, '+.2f')} points; the article says {printed}"
    )
    if s_iv.lo > 0:
        ratio = e_iv / s_iv
        relative = Interval((ratio.lo - 1) * 100, (ratio.hi - 1) * 100)
        outcome = weigh(relative, "overlaps", wanted)
        if outcome.ok:
            return agreement(
                "pct_change", ids, relative, wanted, said + " (relative)", off=_points, digit=digit
            )
    else:
        relative = None
    if weigh(points, "overlaps", wanted).ok:
        return agreement(
            "pct_change", ids, points, wanted, said + " (read as points)", off=_points, digit=digit
        )
    if relative is None:
        return judged("pct_change", ids, UNDECIDED, said + ": the start rate is not positive")
    return agreement("pct_change", ids, relative, wanted, said, off=_points, digit=digit, digits=4)
