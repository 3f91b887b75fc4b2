"""``average``: a total, the count it is spread over and the average must agree.

"The appeal raised $342,000 from 2,850 donors, an average of $120 each", "scored 412 goals in 82
games, an average of 5.02 a game", "The 1,200 households received $3.6 million, or $3,000
each": the total is the average times the count (within the printed rounding of all three).
The three must be in one sentence and the grammar must tie the count to the total: the count
after "from", "among", "in", "over", "to"... ("from 2,850 donors"), or the count the subject of
the verb the total is the object of ("2,850 donors gave $342,000"); a count after "of" is a size
("a town of 4,000 residents"), never the one a total is spread over.
"""

from __future__ import annotations

import re
from decimal import Decimal

from newsfacts.extract.units import unit_dimension
from newsfacts.facts import MoneyFact, QuantityFact
from newsfacts.validate.context import Figure, RuleContext, digit_of, human, interval, off_by
from newsfacts.validate.intervals import Interval
from newsfacts.validate.verdict import Verdict, agreement, read_back
from newsfacts.vocab import HEDGE_WORD

__all__ = ["check_average"]

#: Before an average: "an average of", "averaged", "averaging about", "a mean of".
_AVERAGE_BEFORE = re.compile(
    rf"\b(?:(?:an?\s+)?(?:average|averaged|averaging|mean)\s+(?:of\s+)?|each\s+[a-z]+\s+)"
    rf"{HEDGE_WORD}$",
    re.I,
)  # "an average of about", "the 12 councilors each earn"
#: After a count, "each": the amount that follows is every one's ("12 councilors each earn").
_COUNT_EACH = re.compile(r"^\s+(?:of\s+them\s+)?each\b", re.I)
#: After an amount each of the count gets or gives: "each", "apiece", "per person", "a head".
_EACH_AFTER = re.compile(r"^\s*(?:each|apiece|per\s+(?:person|head|capita)|a\s+head)\b", re.I)
#: Before a count the total is spread over: "from", "among", "in", "over 81 home dates".
_COUNT_LEAD = re.compile(
    r"\b(?:from|among|between|across|over|in|to|for|by)\s+(?:the\s+|its\s+|their\s+|some\s+"
    r"|about\s+|nearly\s+|more\s+than\s+)?$",
    re.I,
)
#: Between a count and the total it gives or gets as the subject of a verb: " gave ", "
#: received ", " donated a total of ".
_COUNT_VERB = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,2}?(?:gave|give|received|receive|paid|pay|spent|spend|raised|raise"
    r"|donated|donate|contributed|contribute|earned|earn|scored|drew|bought|sold|took\s+home)"
    rf"\s+(?:a\s+total\s+of\s+|in\s+all\s+)?{HEDGE_WORD}$",
    re.I,
)


def check_average(ctx: RuleContext) -> list[Verdict]:
    """Check each average against the total and the count of its sentence."""
    verdicts: list[Verdict] = []
    for index in range(len(ctx.sentences)):
        own = [f for f in ctx.figures_in(index) if f.value_max is None]
        opens = (
            len(own) == 1
            and index > 0
            and _OPENS_ON_AVERAGE.fullmatch(ctx.text, ctx.sentences[index][0], own[0].span[0])
            is not None
        )
        averages = own if opens else [f for f in own if _is_average(ctx, f)]
        if len(averages) != 1:
            continue
        average = averages[0]
        found = _total_and_count(ctx, average, [f for f in own if f is not average])
        back = 0
        if found is None and opens:
            # "... collected $342,000 from 2,850 donors. The average gift was $120."
            before = [f for f in ctx.figures_in(index - 1) if f.value_max is None]
            found, back = _total_and_count(ctx, average, before), 1
        if found is None:
            continue
        total, count = found
        spread = interval(average) * interval(count)
        printed = _rounded_total(total)
        message = (
            f"{average.text} for each of {count.text} is {human(average.value * count.value)} "
            f"in all; the article gives {total.text}"
        )
        verdicts.append(
            read_back(
                agreement(
                    "average",
                    [total.id, count.id, average.id],
                    spread,
                    printed,
                    message,
                    off=off_by,
                    digit=digit_of(total, count, average),
                    digits=5,
                    expected="against",
                ),
                back,
                "the total",
            )
        )
    return verdicts


#: A sentence that opens on an average with no total of its own: "The average gift was",
#: "Donors gave an average of".
_OPENS_ON_AVERAGE = re.compile(
    r"\W*(?:the\s+average\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:was|is|came\s+to|stood\s+at)"
    r"|[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:gave|paid|spent|received|donated)\s+an\s+average\s+of)"
    rf"\s+{HEDGE_WORD}$",
    re.I,
)


def _rounded_total(total: Figure) -> Interval:
    """A total's interval; a whole number ending in zeros is rounded at its last other digit.

    "$342,000" stands for 341,500 to 342,500: a total told beside its average is a round figure.
    """
    iv = interval(total)
    value = Decimal(total.value)
    if value <= 0 or value != value.to_integral_value() or "." in total.text:
        return iv
    digits = str(int(value))
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0:
        return iv
    half = Decimal(5).scaleb(zeros - 1)
    return Interval(min(iv.lo, value - half), max(iv.hi, value + half))


def _is_average(ctx: RuleContext, f: Figure) -> bool:
    # "$3,000 each" is every one's amount; "12 councilors each earn" is the count
    counted = isinstance(f, QuantityFact) and f.role == "count" and f.unit is not None
    each = not counted and _EACH_AFTER.match(ctx.after(f, 16)) is not None
    return bool(_AVERAGE_BEFORE.search(ctx.before(f, 40)) or each) or _per_count(f) is not None


def _per_count(f: Figure) -> str | None:
    """The counted noun an amount is told per ("5.02 a game", "$120 per donor"), if any."""
    per = (f.per or "").lower()
    if not per or per in {"year", "month", "week", "day", "hour", "quarter", "share"}:
        return None
    # "24.8 cents a litre" is a price per unit of measure, no average over a count
    return None if unit_dimension(per) is not None else per


def _singular(word: str) -> str:
    word = word.lower().split()[-1]
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _total_and_count(
    ctx: RuleContext, average: Figure, others: list[Figure]
) -> tuple[Figure, Figure] | None:
    """The total of the average's measure and the count it is spread over, tied by the grammar."""
    per = _per_count(average)
    counts = [
        f
        for f in others
        if isinstance(f, QuantityFact)
        and f.unit is not None
        # "148 bushels an acre" over "96,000 acres": a measure the average is told per counts
        and (
            (f.role == "count" and f.dimension is None)
            or (per is not None and _singular(f.unit) == _singular(per))
        )
        and f.per is None
        and not re.search(r"\bof\s+$", ctx.before(f, 8))  # "a town of 4,000 residents"
        # "an average of 10,380 fans, up 9% from 9,520": a change's start, of the average's
        # own noun, is no count it is spread over
        and f.id not in ctx.start_values()
        and not (isinstance(average, QuantityFact) and f.unit == average.unit)
    ]
    if per is not None:
        counts = [f for f in counts if _singular(f.unit or "") == _singular(per)] or counts
    if len(counts) != 1:
        return None
    count = counts[0]
    totals = [
        f
        for f in others
        if f is not count
        and f.per is None
        and f.value > average.value
        and f.id not in ctx.start_values()  # "to 24.8 cents from 40 cents": a change's start
        and _same_measure(f, average)
    ]
    if len(totals) != 1:
        return None
    total = totals[0]
    tied = (
        _COUNT_LEAD.search(ctx.before(count, 20))
        or _COUNT_EACH.match(ctx.after(count, 16))
        or (count.span[1] <= total.span[0] and _COUNT_VERB.match(ctx.between(count, total)))
    )
    return (total, count) if tied else None


def _same_measure(total: Figure, average: Figure) -> bool:
    """Money of one currency, or a quantity of the average's unit (either may leave it out)."""
    if isinstance(total, MoneyFact) or isinstance(average, MoneyFact):
        return (
            isinstance(total, MoneyFact)
            and isinstance(average, MoneyFact)
            and total.currency == average.currency
        )
    if not isinstance(total, QuantityFact) or not isinstance(average, QuantityFact):
        return False
    if total.dimension != average.dimension:
        return False
    return total.unit is None or average.unit is None or total.unit == average.unit
