"""Numbers written in words in running text: "twenty-one", "two thirds", "half a million dollars".

A written number is a fact by default when it carries a currency, a percent word or a unit or
count noun ("a billion euros", "thirty percent", "four weeks", "twelve stores"); the rest ("one of
the", "twenty-one" alone) only with ``Settings(written_number_facts=True)``
(:func:`counts_by_default` decides). Ages in words ("a forty-year-old clerk") are ``age`` figures.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from itertools import accumulate

from newsfacts.extract.lexicon import CURRENCY_WORDS, HUNDREDTHS, HYPHEN_COUNTS
from newsfacts.extract.mentions import (
    Mention,
    code_after,
    hyphen_unit_at,
    qualifier_before,
    rate_after,
    unit_after,
)
from newsfacts.extract.numbers import parse_words
from newsfacts.extract.units import unit_dimension
from newsfacts.vocab import CARDINALS, SCALE_WORDS, TENS

__all__ = ["counts_by_default", "find_word_mentions"]

_UNITS = "|".join(sorted(CARDINALS, key=len, reverse=True))
_TENS = "|".join(TENS)
_SCALES = "|".join(w for w in SCALE_WORDS if len(w) > 3)  # hundred ... crore
_FRACTIONS = (
    "halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
)
_HEAD = rf"(?:(?:{_TENS})(?:-(?:{_UNITS}))?|{_UNITS}|a|an|half|one)"
_TAIL = rf"(?:(?:{_TENS})(?:-(?:{_UNITS}))?|{_UNITS}|{_SCALES}|dozen|{_FRACTIONS}|a)"
_SEQUENCE = re.compile(rf"\b{_HEAD}(?:(?:\s+|-)(?:and(?:\s+|-))?{_TAIL})*\b", re.I)
_REAL_WORD = re.compile(rf"\b(?:{_UNITS}|{_TENS}|{_SCALES}|dozen|half)\b", re.I)
#: "one" and "zero" alone are pronouns and idioms far more often than figures ("one of them",
#: "absolute zero"); alone they count only with a unit of measurement.
_LONE = frozenset({"one", "zero"})
_HYPHEN_PLURALS = frozenset(HYPHEN_COUNTS.values())
_PERCENT = re.compile(r"^[\s-]?(?:percent|per\s?cent)\b", re.I)  # "ten percent", "ten-percent"
_CURRENCY = re.compile(  # "five dollars", "a five-dollar bill" (not "three-won": the verb)
    r"^(?:\s|-(?!won\b))?("
    + "|".join(re.escape(w) for w in sorted(CURRENCY_WORDS, key=len, reverse=True))
    + r")\b",
    re.I,
)
_ENDS_WITH_FRACTION = re.compile(rf"\b(?:{_FRACTIONS})$", re.I)
#: "of a billion" after a fraction: the fraction is of that scale.
_OF_A_SCALE = re.compile(rf"\s+of\s+an?\s+(?:{_SCALES})\b", re.I)
_ARTICLE_BEFORE_NUMBER = re.compile(rf"(?:a|an)\s+(?=(?:{_TENS}|{_UNITS})\b)", re.I)
_WORD_CENTS = re.compile(
    rf"\s+(?:and\s+)?((?:{_TENS})(?:[\s-](?:{_UNITS}))?|{_UNITS})(?:\s+cents?)?(?![\w-])", re.I
)
#: One coin or note named with an article: "a penny", "a dollar".
_ONE_COIN = re.compile(r"\b(?:a|one)\s+(penny|cent|dollar|euro|pound|yen)\b", re.I)
_AGE = re.compile(r"^[\s-](year|month|week|day)s?[\s-]old\b", re.I)
_POINTS = re.compile(r"^\s?percentage\s+points?\b", re.I)


def _parse_longest(words: str) -> tuple[str, float | None]:
    """Parse the longest prefix of ``words`` that is a number ("one hundred and" -> 100)."""
    parts = words.split(" ")
    while parts:
        candidate = " ".join(parts)
        value = parse_words(candidate)
        if value is not None:
            return candidate, float(value)
        parts = parts[:-1]
    return "", None


def _original_end(text: str, start: int, surface: str) -> int:
    """Where ``surface`` (whitespace collapsed) ends in ``text`` from ``start``."""
    pattern = r"(?:\s+|-)".join(re.escape(word) for word in surface.split(" "))
    match = re.compile(pattern).match(text, start)
    return match.end() if match else start + len(surface)


#: Nouns after a written number that do not make it a figure: "two of them", "one another".
_NOT_COUNTED = frozenset(
    "another other others thing things way ways time times day days year years hand hands side "
    "sides point points".split()
)


#: A number and "out of" or "in" right before a written number: "eight out of ten companies",
#: "one in five adults" state a share, not a count of ten companies or five adults.
_RATIO_BEFORE = re.compile(rf"(?:\d+|\b(?:{_TENS}|{_UNITS}))\s+(?:out\s+of|in)\s+$", re.I)


#: A verb right after a written number: what follows it is no counted noun.
_VERB_AFTER = re.compile(
    r"\s+(?:said|says|say|told|tell|was|were|is|are|had|has|have|did|do|does|will|would|could"
    r"|should|may|might|can|got|made|took|went|came|saw|left|put|set|felt|kept|ran|agreed|[a-z]+ed)\b",
    re.I,
)


#: Participles used as adjectives of a counted noun: "three hooded men", "two armed guards",
#: "twelve injured workers" (not "three filed lawsuits": there "filed" is the verb).
_ED_ADJECTIVES = (
    "armed unarmed masked hooded injured wounded unnamed unidentified retired skilled "
    "unskilled trained licensed registered elected appointed detained displaced infected "
    "vaccinated confirmed suspected qualified certified dedicated named listed affected "
    "abandoned damaged"
)
_ED_ADJECTIVE = re.compile(rf"\s+(?:{'|'.join(_ED_ADJECTIVES.split())})\s+[a-z]", re.I)


def _verb_after(text: str, end: int) -> bool:
    """A verb right after a written number ("twenty-one said"), not an adjective ("hooded men")."""
    return _VERB_AFTER.match(text, end) is not None and not _ED_ADJECTIVE.match(text, end)


_PLURAL = re.compile(r"(?:[^s]s|people|children|men|women|staff|police|personnel|crew)$", re.I)


_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[\"“‘(]\s*)$")
_CAPITAL_NEXT = re.compile(r"[\s-]+[A-Z][a-z]")


def _in_title(text: str, start: int, end: int) -> bool:
    """A capitalised written number before a capitalised word, mid-sentence, is part of a name."""
    if not text[start : start + 1].isupper():
        return False
    before = text[max(0, start - 6) : start]
    if _SENTENCE_START.search(before) and not re.search(r"\bThe\s$", before):
        return False
    return _CAPITAL_NEXT.match(text, end) is not None or text[start:end].istitle()


#: A second small number glued by a hyphen: "two-three years" (the grammar reads "two").
_HYPHEN_HIGH = re.compile(rf"-((?:{_TENS})|(?:{_UNITS}))\b(?!-)", re.I)
#: A written number and "or" right before another: "four or five times", "two or three".
_OR_BEFORE = re.compile(
    rf"\b((?:(?:{_TENS})(?:-(?:{_UNITS}))?|{_UNITS})(?:\s+(?:hundred|thousand|million|billion))?)"
    r"\s+(?:or|to)\s+$",
    re.I,
)  # "four or five times", "four thousand to five thousand people"


def counts_by_default(mention: Mention) -> bool:
    """Whether a written number is a fact without ``written_number_facts``.

    Money, percentages, ages and numbers with a unit or count noun are; a lone "one" is not
    unless it has a currency or percent ("one dollar"), and neither are idioms such as "one day".
    """
    if mention.kind in {"money", "percent"} or mention.role == "age":
        return True
    if mention.unit is None or mention.value == 0:
        return False
    if unit_dimension(mention.unit, mention.per) is None and not _PLURAL.search(mention.unit):
        return False  # "half way", "three back": a written number counts a plural noun
    ranged = mention.value_max is not None  # "one or two days"
    return ranged or mention.value != 1 or mention.unit.lower() not in _NOT_COUNTED


class _Claimed:
    """Claimed spans, sorted once, asked about in logarithmic time (no quadratic scans)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        count = bisect.bisect_left(self.starts, end)
        return count > 0 and self.reach[count - 1] > start


#: Units of measurement counted in fractions with an article, singular and plural.
_MEASURES = {
    "second": "seconds", "minute": "minutes", "hour": "hours", "day": "days",
    "week": "weeks", "month": "months", "year": "years", "decade": "decades",
    "century": "centuries", "mile": "miles", "kilometer": "kilometers",
    "kilometre": "kilometres", "meter": "meters", "metre": "metres", "foot": "feet",
    "inch": "inches", "yard": "yards", "pound": "pounds", "ounce": "ounces", "ton": "tons",
    "tonne": "tonnes", "gallon": "gallons", "liter": "liters", "litre": "litres",
    "acre": "acres", "hectare": "hectares",
}  # fmt: skip
_MEASURE = "|".join(sorted(_MEASURES, key=len, reverse=True))
_FRACTION_WORDS = {
    "a half": "0.5", "one half": "0.5", "a quarter": "0.25", "one quarter": "0.25",
    "a third": "1/3", "one third": "1/3", "three quarters": "0.75", "two thirds": "2/3",
}  # fmt: skip

#: A unit counted with an article and a fraction, one table row per form:
#: "an hour and a half" (1.5 hours), "half a mile" (0.5 miles), "three-quarters of an hour".
#: (pattern with the groups ``unit`` and optionally ``part``, the value when no ``part``)
_FRACTION_OF_UNIT: tuple[tuple[re.Pattern[str], Decimal | None], ...] = tuple(
    (re.compile(pattern, re.I), value)
    for pattern, value in (
        (rf"\b(?:an?|one)\s+(?P<unit>{_MEASURE})\s+and\s+a\s+half\b", Decimal("1.5")),
        (rf"\bhalf\s+an?\s+(?P<unit>{_MEASURE})\b(?![\s-]+old\b)", Decimal("0.5")),
        (
            rf"\b(?P<part>(?:a|one|two|three)[\s-]+(?:quarters?|thirds?|half))\s+of\s+an?\s+"
            rf"(?P<unit>{_MEASURE})\b",
            None,
        ),
    )
)


def _fraction(words: str) -> Decimal | None:
    printed = _FRACTION_WORDS.get(re.sub(r"[\s-]+", " ", words.lower()))
    if printed is None:
        return None
    top, _, bottom = printed.partition("/")
    return Decimal(top) / Decimal(bottom) if bottom else Decimal(top)


def _fractions_of_units(text: str, taken: _Claimed) -> list[Mention]:
    """Units counted in fractions with an article (:data:`_FRACTION_OF_UNIT`)."""
    found: list[Mention] = []
    for pattern, fixed in _FRACTION_OF_UNIT:
        for match in pattern.finditer(text):
            start, end = match.span()
            value = fixed if fixed is not None else _fraction(match.group("part"))
            if value is None or taken.overlaps(start, end):
                continue
            if any(m.start < end and start < m.end for m in found):
                continue
            found.append(
                Mention(
                    kind="quantity",
                    start=start,
                    end=end,
                    value=value,
                    unit=_MEASURES[match.group("unit").lower()],
                    qualifier=qualifier_before(text, start, "quantity"),
                )
            )
    return found


def find_word_mentions(text: str, *, claimed: list[tuple[int, int]]) -> list[Mention]:
    """Every number written in words in ``text``, outside the claimed spans."""
    fractions = _fractions_of_units(text, _Claimed(claimed))  # "an hour and a half"
    found: list[Mention] = []
    taken = _Claimed(claimed + [(m.start, m.end) for m in fractions])
    for match in _SEQUENCE.finditer(text):
        start, end = match.span()
        if taken.overlaps(start, end) or (found and start < found[-1].end):
            continue  # claimed, or read already: "thirteen dollars forty five"
        span = _number_span(text, match)
        if span is None:
            continue
        start, end, surface = span
        mention = _word_mention(text, start, end, surface)
        if mention is not None:
            found.append(mention)
    found += _lone_coins(text, taken, _Claimed([(m.start, m.end) for m in found]))
    found += fractions
    return sorted(found, key=lambda m: m.start)


def _number_span(text: str, match: re.Match[str]) -> tuple[int, int, str] | None:
    """Where a run of number words is a number: its start, end and words, or None."""
    start, end = match.span()
    if not _REAL_WORD.search(match.group()):
        return None
    if _in_title(text, start, end):
        return None  # "The Six Million Dollar Man", "the Three Amigos": a name
    if _RATIO_BEFORE.search(text[max(0, start - 30) : start]):
        return None  # "eight out of ten companies": a share
    if match.group().lower() == "half" and _PART_OF_TIME_BEFORE.search(
        text[max(0, start - 16) : start]
    ):
        return None  # "in the first half", "the second half of the year": a part of a period
    if article := _ARTICLE_BEFORE_NUMBER.match(match.group()):
        start += article.end()  # "a twenty-pound bag": the article is not "one"
    if _ENDS_WITH_FRACTION.search(match.group()) and (of_scale := _OF_A_SCALE.match(text, end)):
        end = of_scale.end()  # "three quarters of a billion"
    surface, value = _parse_longest(re.sub(r"\s+|-", " ", text[start:end]))
    if value is None or not _REAL_WORD.search(surface):
        return None
    return start, _original_end(text, start, surface), surface


#: An ordinal before "half" makes it a part of a period or a game, not a fraction.
_PART_OF_TIME_BEFORE = re.compile(
    r"\b(?:first|second|1st|2nd|latter|former|back|front)[\s-]+$", re.I
)


#: A measure glued to a number word with a hyphen: "a three-foot trip" (not "three-year-old").
_HYPHEN_MEASURE = re.compile(
    r"-(foot|feet|inch|mile|ton|tonne|pound|ounce|gallon|yard|meter|metre|second|minute"
    r"|hour|day|week|month|year)\b(?!-old)"
)


def _word_mention(text: str, start: int, end: int, surface: str) -> Mention | None:
    """The figure a number in words starts: its range, percent, currency or unit, or None."""
    parsed = parse_words(surface)
    assert parsed is not None
    hyphen_high: Decimal | None = None
    if (high := _HYPHEN_HIGH.match(text, end)) and (top := parse_words(high.group(1))):
        if top > parsed:  # "two-three years": a range, not five years
            hyphen_high, end = top, high.end()
    kind = "quantity"
    unit: str | None = None
    currency: str | None = None
    points = False
    rest = text[end : end + 30]
    if age := _AGE.match(rest):  # "a forty-year-old clerk": an age, not a figure
        unit = age.group(1).lower() + "s"  # "a seven-month-old baby": months
        return Mention("quantity", start, end + age.end(), parsed, unit=unit, role="age")
    if (pp := _POINTS.match(rest)) is not None:
        kind, points, unit, end = "percent", True, "percentage points", end + pp.end()
    elif (pc := _PERCENT.match(rest)) is not None:
        kind, unit, end = "percent", "%", end + pc.end()
    elif (cw := _CURRENCY.match(rest)) is not None:
        kind, currency, end = "money", CURRENCY_WORDS[cw.group(1).lower()], end + cw.end()
        parsed, end = _with_cents(text, end, parsed, cw.group(1).lower())
    elif (code := code_after(text, end)) is not None:
        kind, (currency, end, code_scale) = "money", code  # "half a million usd", "twenty EUR"
        parsed *= code_scale
    elif (hyphen := _HYPHEN_MEASURE.match(rest)) is not None:
        unit, end = hyphen.group(1), end + hyphen.end()  # "a three-foot trip"
    elif (measure := hyphen_unit_at(text, end)) is not None and (
        unit_dimension(measure[0]) or measure[0].lower() in _HYPHEN_PLURALS
    ):
        unit, end = measure  # "a five-acre site", "a two-square-mile park"
        # "a four-game limit": games (the plural, as :func:`hyphen_unit_at` gives it)
    else:
        after = unit_after(text, end)
        if after is not None and not _verb_after(text, end):
            unit, end = after  # not "twenty-one said yes": a verb is no counted noun
    per: str | None = None
    if kind != "percent" and (rate := rate_after(text, end)):
        per, end = rate  # "four times per week"
    if kind == "quantity" and surface.lower() in _LONE and unit_dimension(unit, per) is None:
        return None
    value_max: Decimal | None = hyphen_high
    low = _OR_BEFORE.search(text[max(0, start - 30) : start])
    if low is not None and (first := parse_words(low.group(1))) is not None and first < parsed:
        start -= len(low.group(0))  # "four or five times": a range from four to five
        first *= _shared_scale(surface, first)  # "three or four hundred": from 300
        value_max, parsed = parsed, first
    return Mention(
        kind=kind,  # type: ignore[arg-type]
        start=start,
        end=end,
        value=parsed,
        value_max=value_max,
        unit=unit,
        currency=currency,
        per=per,
        qualifier=qualifier_before(text, start, kind),  # "up to two days", "about five years"
        points=points,
    )


def _shared_scale(surface: str, first: Decimal) -> Decimal:
    """The scale a number before "or"/"to" shares with the one after it.

    "three or four hundred": four hundred ends in a scale word and three is below its head
    (four), so three means three hundred; "ninety or a hundred" shares nothing.
    """
    words = surface.lower().split()
    if len(words) < 2 or words[-1] not in SCALE_WORDS:
        return Decimal(1)
    head = parse_words(" ".join(words[:-1]))
    if head is None or not first < head:
        return Decimal(1)
    return SCALE_WORDS[words[-1]]


def _with_cents(text: str, end: int, value: Decimal, word: str) -> tuple[Decimal, int]:
    """An amount in a currency word: cents are hundredths; "thirteen dollars forty five"."""
    if word in HUNDREDTHS:
        return value / 100, end
    cents = _WORD_CENTS.match(text, end)
    if cents and (small := parse_words(cents.group(1))) is not None and small < 100:
        after = text[cents.end() : cents.end() + 24]
        if not (_CURRENCY.match(after) or _PERCENT.match(after)):  # "and twenty euros": its own
            return value + small / 100, cents.end()
    return value, end


def _lone_coins(text: str, taken: _Claimed, read: _Claimed) -> list[Mention]:
    """One of a currency ("a dollar", "a penny") where no number word was read."""
    coins: list[Mention] = []
    for coin in _ONE_COIN.finditer(text):
        if taken.overlaps(coin.start(), coin.end()) or read.overlaps(coin.start(), coin.end()):
            continue
        word = coin.group(1).lower()
        currency = {"pound": "GBP"}.get(word) or CURRENCY_WORDS[word]
        amount = Decimal("0.01") if word in HUNDREDTHS else Decimal(1)
        coins.append(
            Mention(
                kind="money", start=coin.start(), end=coin.end(), value=amount, currency=currency
            )
        )
    return coins
