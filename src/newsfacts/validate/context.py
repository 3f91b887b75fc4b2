"""What a rule sees: the facts, the text and the settings; and how its messages print numbers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Protocol, TypeVar

from newsfacts.extract.numbers import parse_words
from newsfacts.facts import (
    DateFact,
    DateRangeFact,
    Fact,
    MoneyFact,
    PercentFact,
    QuantityFact,
)
from newsfacts.settings import Settings
from newsfacts.validate.intervals import Interval, last_digit, printed_interval
from newsfacts.vocab import (
    AMOUNT_LEAD,
    COUNT_NOUN_KINDS,
    HEDGE_WORD,
    MEASURE_NAMES,
    NOUN_VERBS,
    PART_OF_KINDS,
)

__all__ = [
    "BY_AMOUNT",
    "CURRENCY_NOUN",
    "GENERIC_COUNTS",
    "PER_CURRENCY",
    "SECOND_CHANGE",
    "Figure",
    "Numeric",
    "RuleContext",
    "comparable",
    "content_words",
    "currency_move",
    "digit_of",
    "earlier_level",
    "frame_whole",
    "from_to",
    "group_by_sentence",
    "human",
    "interval",
    "is_comparand",
    "is_compound",
    "is_quote",
    "is_total",
    "marked_levels",
    "may_be_whole",
    "noun_figure",
    "number_of",
    "off_by",
    "part_measure",
    "percents_from_to",
    "same_kind",
    "same_measure",
    "shown",
    "stated_start",
    "sum_digit",
    "unit_of",
]

Figure = QuantityFact | MoneyFact


class _InSentence(Protocol):
    @property
    def sentence(self) -> int: ...


_T = TypeVar("_T", bound=_InSentence)

_SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)


def shown(value: Decimal, spec: str) -> str:
    """A computed number as a message prints it: ``format(value, spec)``, in the float style.

    The digits are the Decimal's, rounded half to even (an exact 12.6945 million is "12.694
    million" to five digits, not whichever side of it a float lands). A ``g`` result is then
    written as a float writes it: Decimal's ``g`` keeps trailing zeros ("4.40") and writes
    exponents its own way ("1e+3").
    """
    text = format(value, spec)
    return format(float(text), spec) if spec.endswith("g") else text


def human(value: Decimal) -> str:
    """Write a number the way the article would: ``5.8254e12`` -> ``5.825 trillion``."""
    magnitude = abs(value)
    for size, word in _SCALES:
        if magnitude >= size:
            return f"{shown(value / size, '.5g')} {word}"
    if magnitude >= 1000:
        return shown(value, ",.0f")
    return shown(value, ".5g")


def off_by(gap: Decimal) -> str:
    """The tail of a message for a miss: ": off by 93.85 million"."""
    return f": off by {human(gap)}"


def _outermost(figures: list[Figure]) -> list[Figure]:
    """The figures no other figure's span holds, in their order (linear after a sort)."""
    nested: set[str] = set()
    reach = -1
    for f in sorted(figures, key=lambda f: (f.span[0], -f.span[1])):
        if f.span[1] <= reach:
            nested.add(f.id)
        reach = max(reach, f.span[1])
    return [f for f in figures if f.id not in nested]


def group_by_sentence(items: Iterable[_T]) -> dict[int, list[_T]]:
    """Facts grouped by sentence, in their order, in one pass.

    A rule relating the facts of one sentence reads that sentence's list instead of scanning
    every fact for every fact (quadratic on a page of thousands of figures).
    """
    groups: dict[int, list[_T]] = {}
    for item in items:
        groups.setdefault(item.sentence, []).append(item)
    return groups


#: Multiples written as adverbs, which the number grammar does not read.
_ADVERBS = {"twice": Decimal(2), "thrice": Decimal(3), "double": Decimal(2), "triple": Decimal(3)}


def number_of(word: str) -> Decimal | None:
    """A number written in digits or words in a rule's phrase: "9", "nine", "a third", "twice"."""
    word = " ".join(word.lower().split())
    if word in _ADVERBS:
        return _ADVERBS[word]
    try:
        value = Decimal(word)
    except InvalidOperation:
        return parse_words(word)
    return value if value.is_finite() else None


#: Money printed in a currency's smallest unit ("10 cents", "45p", "99¢"): no rounding below it.
_SMALLEST_UNIT = re.compile(r"^\d{1,3}\s?(?:cents?|¢|p\b|pence)", re.I)


def interval(fact: Figure | PercentFact) -> Interval:
    """The interval a figure's printed digits and hedge stand for.

    Money printed in its smallest unit is exact ("a dividend of 10 cents" is not 9.5 to 10.5
    cents) unless hedged.
    """
    if isinstance(fact, MoneyFact) and not fact.qualifier and _SMALLEST_UNIT.match(fact.text):
        value = Decimal(str(fact.value))
        return Interval(value, value)
    return printed_interval(fact.value, text=fact.text, qualifier=fact.qualifier)


def digit_of(*facts: Figure | PercentFact) -> Decimal:
    """The largest relative last-digit unit among ``facts`` (see :func:`last_digit`)."""
    return max((last_digit(f.value, f.text) for f in facts), default=Decimal(0))


#: Words that make the figure after them the sum of the ones listed before it: "$4 million,
#: $2 million and $1 million, a combined $7 million", "..., for a total of 440 properties".
_TOTAL_BEFORE = re.compile(
    r"(?:,|\band\b|[—–])\s*(?:for\s+|or\s+|with\s+)?(?:a\s+(?:combined|total|grand\s+total|total"
    r"\s+combined)(?:\s+of)?|total(?:l?ing)|combined|adding\s+up\s+to|making)\s+"
    rf"{HEDGE_WORD}$",
    re.I,
)
#: How a part names its whole. Right after a part, the whole next: "40 of the 160 delegates",
#: "9 of its 12 stores", "180 out of 240".
OF_NEXT = re.compile(
    r"^\s*(?:out\s+)?of\s+(?:the|its|their|his|her|our|all|those|these)?\s*"
    r"(?:[\w.&-]+['’]s\s+)?"  # "11 of the city's 17 precincts", "40 of Ohio's 88 counties"
    r"(?:(?:top|first|last|remaining|original|roughly|about|some|nearly|more\s+than|over)\s+)?$",
    re.I,
)
#: Right after a part, the figure before it is its whole: "1.2 million voters, and 640,000 of them"
#: (but "398 of those on placebo" is another group).
OF_THEM = re.compile(
    r"^\s*of\s+(?:them|whom|which|(?:those|these)(?!\s+(?:on|in|at|with|who|that|taking|given"
    r"|receiving|under|over|aged|from|without)\b))\b",
    re.I,
)
#: Before a whole that opens its sentence, the parts after it: "Of the 240 employees, 180 ..."
#: (read on :meth:`RuleContext.lead`).
OF_THE_LEAD = re.compile(r"(?:^|[.;:]\s*)\W*of\s+(?:(?:the|its|their|all)\s+)?$", re.I)
#: ... or after it: "440 in all", "$7 million in total", "$7 million altogether", "(10 combined)".
_TOTAL_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:in\s+all|in\s+total|altogether|all\s+told)\b|^\s*combined\s*\)", re.I
)


#: After a figure that is a difference from one printed before, not a level or a part: "will
#: cost £38,495, or £5,500 more", "$38,500, or $2,500 less" (no "than": the base came before).
GAP_WORD_AFTER = re.compile(
    r"^\s+(?P<word>more|extra|higher|dearer|pricier|costlier|less|lower|cheaper|fewer)\b"
    r"(?!\s+than\b)",
    re.I,
)
#: ... or opening its sentence: "In all, 23,890 ballots", "A total of 3,150 donors".
TOTAL_LEAD = re.compile(
    r"(?:(?:^|[.;:]\s*)\W*(?:in\s+all|in\s+total|altogether|all\s+told|overall|together)\s*,?\s*"
    rf"|\ba\s+total\s+of\s+){HEDGE_WORD}$",
    re.I,
)


def is_total(ctx: RuleContext, fact: Figure | PercentFact) -> bool:
    """A figure the text marks as a total.

    The sum of those listed before it ("a combined $7 million"), "440 in all", or the figure a
    sentence opens with ("In all, 23,890 ballots", "A total of 3,150 donors").
    """
    return bool(
        _TOTAL_BEFORE.search(ctx.before(fact, 40))
        or _TOTAL_AFTER.match(ctx.after(fact, 30))
        or TOTAL_LEAD.search(ctx.lead(fact, 40))
    )


def sum_digit(total: Decimal, *facts: Figure | PercentFact) -> Decimal:
    """The largest last-digit unit among ``facts``, relative to ``total``.

    For sums and differences ("$20 million more than $100 million" against $123 million): a
    unit of the last digit of "20 million" is 1 million whatever the size of the total, so the
    units add as amounts, not as shares of each figure.
    """
    if not total:
        return Decimal(0)
    units = (last_digit(f.value, f.text) * abs(Decimal(str(f.value))) for f in facts)
    return max(units, default=Decimal(0)) / abs(Decimal(str(total)))


#: Words that make a duration the period of something else: "over those same two years".
_SPAN_LEAD = re.compile(
    r"\b(?:over|during|in|for|within|throughout)\s+(?:the|those|these|its|their)?\s*"
    r"(?:past|last|next|previous|coming|same|first|final)?\s*(?:same\s+)?$",
    re.I,
)


#: A comparison word right after a figure makes that figure the gap between two levels, not a
#: level: "$410 million above the agency's request of $12.3 billion", "$5 more than the $10
#: ticket", "2,000 short of the record 31,000".
GAP_WORDS = re.compile(
    r"^\s+(?:(?P<gt>above|over|ahead\s+of|(?:more|higher|greater|larger|bigger|longer|taller"
    r"|wider|heavier|warmer|hotter|older|deeper|costlier|pricier|dearer)\s+than)"
    r"|(?P<lt>below|under|short\s+of|behind|(?:less|fewer|lower|smaller|shorter|narrower|lighter"
    r"|colder|cooler|younger|shallower|cheaper)\s+than))\b",
    re.I,
)


#: Right before a figure whose sign is in words: "minus $12.40", "negative 3".
_MINUS = re.compile(r"\b(?:minus|negative)\s+$", re.I)
#: Right before a figure the text takes back: ", not", "rather than", "instead of".
_RETRACTED = re.compile(r"(?:[,;]\s*not|\brather\s+than|\binstead\s+of)\s+(?:the\s+)?$", re.I)


@dataclass
class RuleContext:
    """The article as the rules see it.

    Attributes:
        text: the cleaned article text.
        facts: every fact, in reading order.
        sentences: character spans of the sentences (the ``sentence`` index of a fact).
        published: the publication date, when known (for rules that need the year).
        settings: the run's settings (``assets_dir`` holds the tables rules read).
    """

    text: str
    facts: list[Fact]
    sentences: list[tuple[int, int]]
    published: dt.date | None = None
    settings: Settings = field(default_factory=Settings)
    _by_id: dict[str, Fact] = field(default_factory=dict, init=False)
    _figures: list[Figure] = field(default_factory=list, init=False)
    _percents: list[PercentFact] = field(default_factory=list, init=False)
    _dates: list[DateFact | DateRangeFact] = field(default_factory=list, init=False)
    _by_sentence: dict[int, list[Figure]] = field(default_factory=dict, init=False)
    _starts: set[str] = field(default_factory=set, init=False)
    #: Each sentence's figures marked "from" and "to" (:func:`from_to`), read once.
    _marked_by_sentence: dict[int, tuple[Figure | None, Figure | None]] = field(
        default_factory=dict, init=False
    )

    def _time_span(self, f: QuantityFact) -> bool:
        """Read "over the past two years", "in the next four weeks": a period the text measures over."""
        if f.dimension != "time":
            return False
        return _SPAN_LEAD.search(self.text[max(0, f.span[0] - 40) : f.span[0]]) is not None

    def _multiplier(self, f: QuantityFact) -> bool:
        """Read "3 times more", "a 10-fold rise": a multiple, not a measured figure.

        A valuation multiple ("a P/E of 17", unit ``times``) is a level and stays.
        """
        surface = f.text + self.text[f.span[1] : f.span[1] + 30]
        return _MULTIPLE.match(surface) is not None

    def __post_init__(self) -> None:
        self._by_id = {f.id: f for f in self.facts}
        self._figures = [
            f
            for f in self.facts
            if isinstance(f, MoneyFact)
            or (
                isinstance(f, QuantityFact)
                and f.role != "age"
                and not self._time_span(f)
                and not self._multiplier(f)
            )
        ]  # an age, "over the past two years" (a period) or "3 times" (a multiple) is no level
        # "It was $3.18 billion, not $3.81 billion": a figure the text takes back is no level;
        # "minus $12.40 a barrel": a sign the figure does not carry
        self._figures = [
            f
            for f in self._figures
            if not self.retracted(f)
            and not _MINUS.search(self.text, max(0, f.span[0] - 10), f.span[0])
        ]
        # "40,000 300-millimeter wafers a month": a size inside a count's span modifies its noun
        # and is no level of the count's relations
        self._figures = _outermost(self._figures)
        self._percents = [
            f for f in self.facts if isinstance(f, PercentFact) and not self.retracted(f)
        ]
        self._dates = [
            f
            for f in self.facts
            if isinstance(f, DateFact) or (isinstance(f, DateRangeFact) and f.start is not None)
        ]  # a fiscal period or an unresolved date has no days to check
        for f in self._figures:
            self._by_sentence.setdefault(f.sentence, []).append(f)
        self._starts = {p.from_id for p in self._percents if p.from_id}

    def retracted(self, f: Fact) -> bool:
        """Whether the text takes a figure back: ", not $3.81 billion", "rather than 12%"."""
        return _RETRACTED.search(self.text, max(0, f.span[0] - 16), f.span[0]) is not None

    def get(self, fact_id: str | None) -> Fact | None:
        """The fact with this id, or None."""
        return self._by_id.get(fact_id) if fact_id else None

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index``."""
        start, end = self.sentences[index]
        return self.text[start:end]

    def first_matches(self, pattern: re.Pattern[str]) -> Iterator[tuple[int, re.Match[str]]]:
        """Each sentence in which ``pattern`` matches, with its first match there."""
        for index, (start, end) in enumerate(self.sentences):
            match = pattern.search(self.text, start, end)
            if match:
                yield index, match

    # The lists below are computed once; rules read them and must not change them.

    def figures(self) -> list[Figure]:
        """Quantity and money facts, in reading order."""
        return self._figures

    def figures_in(self, sentence: int) -> list[Figure]:
        """Quantity and money facts of one sentence."""
        return self._by_sentence.get(sentence, [])

    def figures_by_sentence(self) -> dict[int, list[Figure]]:
        """Quantity and money facts grouped by sentence (read only)."""
        return self._by_sentence

    def percents(self) -> list[PercentFact]:
        """Percent facts."""
        return self._percents

    def dates(self) -> list[DateFact | DateRangeFact]:
        """Date and date-range facts."""
        return self._dates

    def before(self, fact: Fact, chars: int = 60) -> str:
        """Up to ``chars`` characters before a fact, within its sentence."""
        start = self.sentences[fact.sentence][0] if fact.sentence < len(self.sentences) else 0
        return self.text[max(start, fact.span[0] - chars) : fact.span[0]]

    def lead(self, fact: Fact, chars: int = 60) -> str:
        """Like :meth:`before`, with an "x" first when the sentence starts farther back.

        So that a pattern anchored at the sentence's start ("^Of the ...") matches only there.
        """
        start = self.sentences[fact.sentence][0] if fact.sentence < len(self.sentences) else 0
        text = self.text[max(start, fact.span[0] - chars) : fact.span[0]]
        return text if fact.span[0] - start <= chars else "x" + text

    def after(self, fact: Fact, chars: int = 60) -> str:
        """Up to ``chars`` characters after a fact, within its sentence."""
        end = (
            self.sentences[fact.sentence][1]
            if fact.sentence < len(self.sentences)
            else len(self.text)
        )
        return self.text[fact.span[1] : min(end, fact.span[1] + chars)]

    def between(self, a: Fact, b: Fact) -> str:
        """The text between two facts (in reading order)."""
        first, second = (a, b) if a.span[0] <= b.span[0] else (b, a)
        return self.text[first.span[1] : second.span[0]]

    def start_values(self) -> set[str]:
        """Ids of figures that are the *start* of a stated change (an earlier period's value)."""
        return self._starts

    def is_gap(self, fact: Fact) -> bool:
        """Whether a figure is the gap between two levels ("$410 million above ..."), no level."""
        return GAP_WORDS.match(self.after(fact, 20)) is not None


def unit_of(fact: Figure) -> tuple[str | None, str | None]:
    """What a figure counts: (unit or currency, rate denominator)."""
    if isinstance(fact, MoneyFact):
        return fact.currency, fact.per
    return fact.unit, fact.per


_STOP = frozenset(
    "the a an of for in on at to and or by with from its their his her this that these those "
    "total global overall worldwide world all entire combined aggregate whole "
    "if you we i it they he she us them our your my is are was were be been has have had will "
    "would can could should may might do does did not no but so as than then there here".split()
)
_WORD = re.compile(r"[\w.'’-]+")


def content_words(subject: str | None) -> set[str]:
    """Lower-cased words of a subject, without function words and whole/part markers."""
    if not subject:
        return set()
    return {w.lower().strip(".") for w in _WORD.findall(subject) if w.lower() not in _STOP}


#: After a bare number that is a multiple: "3 times", "10-fold", "4x".
#: A number read as a multiple: "3 times more", "8 times the", "a 10-fold rise".
_MULTIPLE = re.compile(
    r"^[\d.,]+\s*(?:times|-?fold|x)\s+(?:more|less|larger|bigger|higher|greater|smaller|fewer|as"
    r"|the|that|what|over|increase|rise|jump)\b",
    re.I,
)
#: The words before a change's start: "from", "from a pre-pandemic peak of", "compared with",
#: "from Friday's close of", "from last year's", "from last year's drought-stunted".
_FROM = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|(?<=increase\s)over|(?<=rise\s)over|(?<=gain\s)over)"
    r"\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:[\w-]+\s+)?(?:[\w-]+['’]s?\s+)?"
    r"(?:height|peak|high|low|level|total|base|record|close|closing\s+(?:level|price)|reading"
    r"|mark)\s+of\s+|(?:[\w-]+\s+)?[\w-]+['’]s\s+(?:[a-z]+-[a-z]+\s+)?)?"
    rf"{HEDGE_WORD}$",
    re.I,
)
#: The words before a change's end: "to", "to a new record of", "to an annual rate of".
_TO = re.compile(
    r"\bto\s+(?:(?:close|end|finish|settle)\s+(?:the\s+\w+\s+)?at\s+)?(?:(?:a|an|the)\s+(?:(?:new|annual|all-time|seasonally\s+adjusted(?:\s+annual)?)\s+)?"
    r"(?:(?:record|high|low|total|peak|rate|level|pace|average|median)\s+(?:of\s+)?)?)?"
    rf"(?:as\s+(?:many|much|high|low)\s+as\s+)?{HEDGE_WORD}$",  # "to as many as 80"
    re.I,
)


def same_measure(a: Figure, b: Figure, *, per_implied: bool = False) -> bool:
    """Two figures that can be compared: same kind and currency, units equal or one implied.

    With ``per_implied`` (figures the grammar ties, "to $3.10 a gallon from $3.45") a rate's
    denominator printed on one of them only is taken to hold for both.
    """
    if type(a) is not type(b):
        return False
    (ua, pa), (ub, pb) = unit_of(a), unit_of(b)
    same_per = pa == pb or (per_implied and (pa is None or pb is None))
    if isinstance(a, MoneyFact):
        return ua == ub and same_per
    if per_implied and _generic_count(a, b):
        return same_per  # "600 workers, or 180 people": the grammar says they count one thing
    return (ua == ub or ua is None or ub is None or _head(ua) == _head(ub)) and same_per


def part_measure(part: Figure, whole: Figure) -> bool:
    """Whether ``part`` can be a part of ``whole``.

    One measure (:func:`same_measure`, a rate's denominator implied), or counts of kinds that
    :data:`newsfacts.vocab.PART_OF_KINDS` pairs ("36,660 ballots" of "61,200 registered voters").
    """
    if same_measure(part, whole, per_implied=True):
        return True
    if not (isinstance(part, QuantityFact) and isinstance(whole, QuantityFact)):
        return False
    if not part.unit or not whole.unit or part.dimension or whole.dimension:
        return False
    return (_head(part.unit), _head(whole.unit)) in _PART_OF


_PART_OF = frozenset(PART_OF_KINDS)


#: Count nouns that name things in general: tied by the grammar to a count of workers or homes
#: ("of the 600 workers, or 180 people", "140 homes and 300 more, a total of 440 properties"),
#: they count the same thing.
GENERIC_COUNTS = frozenset(
    "people persons individuals adults properties units items buildings structures cases".split()
)


def _generic_count(a: Figure, b: Figure) -> bool:
    """Two counts (no dimension) of which one counts people in general."""
    if not (isinstance(a, QuantityFact) and isinstance(b, QuantityFact)):
        return False
    if a.dimension is not None or b.dimension is not None:
        return False
    return bool(
        {(a.unit or "-").split()[-1].lower(), (b.unit or "-").split()[-1].lower()} & GENERIC_COUNTS
    )


#: A figure glued to its unit as a modifier: "5-kilometer", "10-day", "30,000-seat".
_COMPOUND = re.compile(r"^([\d.,]+|[a-z]+)-[a-z]", re.I)
#: Before a figure that is what another is compared with, not a whole: "than the", "four times
#: the", "below the pre-pandemic peak of", "from"; not a level that sets a record ("reached a
#: record 14.8 million", "a new high of 1,200").
_COMPARAND = re.compile(
    r"\b(?:than|times|below|above|short\s+of|beyond|(?<!\ba\s)(?<!\bnew\s)(?:peak|record|high|low)"
    r"|from|since|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+['’]s\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?(?:of\s+)?{HEDGE_WORD}$",
    re.I,
)


def is_compound(f: Figure) -> bool:
    """A figure glued to its unit as a modifier.

    "the 5-kilometer route": it names a kind of thing, not a level.
    """
    glued = _COMPOUND.match(f.text)
    # "twenty-foot equivalent units": a written number glued the same way
    return glued is not None and (
        glued.group(1)[0].isdigit() or number_of(glued.group(1)) is not None
    )


def is_comparand(ctx: RuleContext, f: Numeric) -> bool:
    """Whether a figure is what another is compared with.

    "than the 98,000", "its flood stage of 18 feet" after "above", "from 11%".
    """
    return _COMPARAND.search(ctx.before(f, 50)) is not None


def may_be_whole(ctx: RuleContext, f: Figure) -> bool:
    """Whether a figure can be the whole a part is taken from.

    Not a modifier ("the 5-kilometer route"), not what another figure is compared with ("more
    than four times the 98,000", "below the peak of 465,000"), which belong to other periods
    or things, and not a figure with its own share after it ("8,960 carloads, or 36.8% of the
    total"), a part of another whole.
    """
    return (
        not is_compound(f)
        and not is_comparand(ctx, f)
        and not _OWN_SHARE.match(ctx.after(f, 30))
        and not _SHARE_RESTATED.search(ctx.before(f, 60))
        and not _REST_BEFORE.search(ctx.before(f, 30))
        # "could benefit as many as 3,378 people": a bound on what may happen, no total
        and (getattr(f, "qualifier", None) or "").lower() not in _BOUND_QUALIFIERS
    )


#: Qualifiers that make a figure a bound, not a total: "as many as 3,378".
_BOUND_QUALIFIERS = frozenset({"as many as", "as much as", "up to", "at most"})
#: A percent sign or word after digits.
_PERCENT_MARK = r"(?:%|percent\b|per\s?cent\b)"
#: After a figure, its own share of something: "8,960 carloads, or 36.8 percent of the total",
#: "24,900 votes, or 50.9%": a part, whose whole is another figure.
_OWN_SHARE = re.compile(
    rf"^\s*,\s*(?:or\s+)?{HEDGE_WORD}\d[\d.,]*\s?{_PERCENT_MARK}",
    re.I,
)


#: Before a figure, the share it restates: "account for 78% of spending, or about $321.8
#: million" (a part, like a figure with its own share after it).
_SHARE_RESTATED = re.compile(
    rf"\d\s?{_PERCENT_MARK}\s+of\s+[^,;.()\d]{{1,40}},\s*or\s+{HEDGE_WORD}[$€£¥]?$",
    re.I,
)


#: Before a figure, the part left over: "and the remainder, about $71.4 million".
_REST_BEFORE = re.compile(
    rf"\b(?:the\s+)?(?:remainder|rest|remaining|balance)\b\s*,?\s*(?:of\s+)?{HEDGE_WORD}[$€£¥]?$",
    re.I,
)


#: Before a figure, the statistic it is: "an average age of 64.2", "a median of 11 years".
_STATISTIC_BEFORE = re.compile(
    rf"\b(?:average|averag(?:es|ed|ing)|mean|median|rate)\b(?:\s+[a-z]+){{0,3}}?\s+(?:of\s+|was\s+|is\s+)?"
    rf"{HEDGE_WORD}$",
    re.I,
)
#: After a figure, the count it is a rate per: "191.8 cases per 100,000 residents".
_PER_COUNT_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+){0,2}(?:per|for\s+every)\s+(?:\d[\d,]*|hundred|thousand|million)\b",
    re.I,
)


#: After an exchange rate: the currency it is quoted against ("per U.S. dollar", "to the euro").
PER_CURRENCY = re.compile(
    r"\s*(?:per|to\s+the|against\s+the|a)\s+(?:U\.?S\.?\s+|US\s+)?(?:dollar|euro|pound|yen|yuan"
    r"|franc|greenback)s?\b",
    re.I,
)
CURRENCY_NOUN = re.compile(r"\b(?:dollar|euro|pound|yen|yuan|franc|greenback)s?\b", re.I)
#: A currency's name: "the lira", "The Norvian krone".
CURRENCY_NAMES = (
    r"(?:dollar|euro|pound|sterling|yen|yuan|renminbi|franc|rupee|peso|lira|krone|krona|crown"
    r"|real|rand|won|ruble|rouble|zloty|forint|shekel|ringgit|baht|dinar|dirham|mark|markka"
    r"|leu|lei|lev|hryvnia|naira|cedi|shilling|kwacha|taka|rupiah|dong|riyal|rial|tenge|som"
    r"|lari|dram|manat|kuna|escudo|guilder|koruna|peseta|drachma|bolivar|sol|colon|quetzal)s?"
)
_CURRENCY_NAME = re.compile(rf"\b{CURRENCY_NAMES}\b", re.I)


def is_quote(ctx: RuleContext, f: Figure) -> bool:
    """Whether ``f`` is an exchange rate quoted against another currency ("41.85 per dollar")."""
    return bool(PER_CURRENCY.match(ctx.after(f, 30)) or CURRENCY_NOUN.search(f.per or ""))


def currency_move(ctx: RuleContext, facts: Iterable[Fact | None]) -> bool:
    """Whether the figures quote a currency named before them against another one.

    "The peso fell to 41.85 per dollar from 36.83": a currency that falls is quoted higher,
    so the direction word says nothing of which way the number moved.
    """
    for f in facts:
        if not isinstance(f, QuantityFact | MoneyFact):
            continue
        lead = ctx.text[ctx.sentences[f.sentence][0] : f.span[0]]
        if is_quote(ctx, f) and _CURRENCY_NAME.search(lead):
            return True
    return False


def is_statistic(ctx: RuleContext, f: Figure) -> bool:
    """Whether a figure is an average or a rate, which no part is taken from.

    "The participants had an average age of 64.2, and 713 of them": them are the participants;
    "a rate of 191.8 cases per 100,000 residents ... 142 of the cases": the cases are a total
    the text does not print.
    """
    return (
        getattr(f, "per", None) is not None
        or bool(_STATISTIC_BEFORE.search(ctx.before(f, 40)))
        or bool(_PER_COUNT_AFTER.match(ctx.after(f, 40)))
    )


def same_kind(a: str, b: str) -> bool:
    """Whether two count nouns count one kind of thing.

    "votes" and "ballots", "jobs" and "positions": see :data:`newsfacts.vocab.COUNT_NOUN_KINDS`.
    """
    return _head(a) == _head(b)


def _head(unit: str) -> str:
    """The head noun of a unit, singular, named by its kind.

    "monthly active users" -> "user", "positions" -> "job" (one kind in
    :data:`newsfacts.vocab.COUNT_NOUN_KINDS`).
    """
    word = unit.split()[-1].lower()
    stem, dash, last = word.rpartition("-")
    if last in _IRREGULAR:  # "acre-feet" and "acre-foot", "people" and "person"
        return _KIND_OF.get(stem + dash + _IRREGULAR[last], stem + dash + _IRREGULAR[last])
    for plural, singular in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 2 and not word.endswith("ss"):
            word = word[: -len(plural)] + singular
            break
    return _KIND_OF.get(word, word)


#: Plurals no ending rule turns into their singular.
_IRREGULAR = {
    "feet": "foot",
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
}
#: Each count noun of :data:`COUNT_NOUN_KINDS` -> the first noun of its kind.
_KIND_OF = {noun: kind[0] for kind in COUNT_NOUN_KINDS for noun in kind}


Numeric = Figure | PercentFact
_N = TypeVar("_N", bound=Numeric)


def comparable(a: Numeric, b: Numeric, *, per_implied: bool = False) -> bool:
    """Two facts whose values can be ordered: figures of one measure, or percents of one sort.

    ``per_implied``: see :func:`same_measure` (a comparison word ties the two).
    """
    if isinstance(a, PercentFact) and isinstance(b, PercentFact):
        return (
            a.points == b.points
            and (a.measure == "change") == (b.measure == "change")
            and a.value_max is None
            and b.value_max is None
        )
    if isinstance(a, PercentFact) or isinstance(b, PercentFact):
        return False
    return (
        a.value_max is None and b.value_max is None and same_measure(a, b, per_implied=per_implied)
    )


#: A change's start after "over" set off from the change: "an increase of $31 million, or
#: 6.8%, over the current year's spending plan of $455 million".
_OVER_FROM = re.compile(
    r"(?:\b(?:increase|rise|gain|jump|drop|decline|decrease|fall|cut|reduction)\s+of\s+[^;:.]*|%)"
    r"(?:,\s*|\s+)over\s+(?:the|its|their|his|her|a|an|last)\s+(?:[\w'’-]+\s+){0,5}?(?:of\s+)?"
    rf"{HEDGE_WORD}$",
    re.I,
)


def _marked(ctx: RuleContext, facts: Sequence[_N]) -> tuple[_N | None, _N | None]:
    """The first of ``facts`` after "from" and the first after "to".

    When a second change follows the first ("jumped 6.8% to $104.20 after falling from $121.60
    to $97.55"), a start after it is that change's, with the "to" after it.
    """
    start: _N | None = None
    end: _N | None = None
    for f in facts:
        lead = ctx.before(f, 40)
        if start is None and (_FROM.search(lead) or _OVER_FROM.search(ctx.before(f, 120))):
            if end is not None and SECOND_CHANGE.search(ctx.between(end, f)):
                start, end = f, None  # the first "to" is another change's
            else:
                start = f
        elif end is None and _TO.search(lead):
            end = f
    return start, end


#: Between one change's end and the start of another: " after falling from", " before
#: rising from".
SECOND_CHANGE = re.compile(r"\b(?:after|before|following)\s+\w+ing\b", re.I)


def from_to(ctx: RuleContext, sentence: int) -> tuple[Figure | None, Figure | None]:
    """The figures a sentence marks with "from" and "to" (start and end of a change), if any.

    Many rules ask for the same sentence: the answer is kept on the context.
    """
    found = ctx._marked_by_sentence.get(sentence)
    if found is None:
        found = ctx._marked_by_sentence[sentence] = marked_levels(ctx, ctx.figures_in(sentence))
    return found


def marked_levels(
    ctx: RuleContext, figures: Sequence[Figure]
) -> tuple[Figure | None, Figure | None]:
    """Of ``figures`` (in reading order), the first marked "from" and the first marked "to"."""
    start, end = _marked(ctx, figures)
    if start is not None and end is not None and not same_measure(start, end, per_implied=True):
        return None, None
    return start, end


def percents_from_to(
    ctx: RuleContext, percents: Sequence[PercentFact]
) -> tuple[PercentFact | None, PercentFact | None]:
    """Of one sentence's percentages, those marked "from" and "to", when they can be ordered."""
    start, end = _marked(ctx, percents)
    if start is not None and end is not None and not comparable(start, end):
        return None, None
    return start, end


#: A sentence that sets its figure against the level of the sentence before: "That compares
#: with $4.9 billion a year earlier", "That was up from ...", "It was $3 million a year ago".
_COMPARES_BACK = re.compile(
    r"^\W*(?:that|this|it|the\s+figure|the\s+total)\s+(?:compares|compared)\s+(?:with|to)\s+"
    rf"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}?(?:of\s+)?{HEDGE_WORD}$",
    re.I,
)
#: "Profit rose to $5 million, after $3 million a year earlier": "after" opens the earlier
#: level only when a time before follows it.
_AFTER_START = re.compile(rf",\s+after\s+{HEDGE_WORD}$", re.I)
_EARLIER_AFTER = re.compile(
    r"^\s+(?:a\s+(?:year|quarter|month|decade)\s+(?:earlier|ago|before)|last\s+(?:year|quarter|month)"
    r"|(?:\w+\s+)?(?:years?|months?|quarters?)\s+(?:earlier|ago)"
    r"|in\s+the\s+same\s+(?:period|quarter|month)\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year)"
    r"|the\s+(?:previous|prior)\s+(?:year|quarter|month)"
    r"|the\s+year\s+before|in\s+the\s+(?:same|year-earlier|year-ago)\s+(?:period|quarter)"
    r"|(?:in|for)\s+(?:19|20)\d\d)\b",
    re.I,
)


def stated_start(ctx: RuleContext, end: _N, by_sentence: dict[int, list[_N]]) -> _N | None:
    """The earlier level the text sets ``end`` against, outside "from ... to", if any.

    The next sentence's "That compares with $4.9 billion a year earlier", or ", after $3
    million a year earlier" right after the end in its own sentence: only before words that put
    it earlier in time ("That compares with the consensus estimate of ..." sets no level).

    Args:
        ctx: the rule context.
        end: the end level.
        by_sentence: the candidate figures grouped by sentence, in reading order (see
            :func:`group_by_sentence`); only the end's sentence and the next are read.
    """
    own = by_sentence.get(end.sentence, [])
    # "to 41.8 billion rupees ($503 million)": a figure in another currency is no next level
    later = [f for f in own if f.span[0] >= end.span[1] and comparable(f, end, per_implied=True)]
    if later and comparable(later[0], end):
        f = later[0]  # nothing stands between the end and its start
        if _AFTER_START.search(ctx.before(f, 30)) and _EARLIER_AFTER.match(ctx.after(f, 40)):
            return f
    if later or end.sentence + 1 >= len(ctx.sentences):
        return None  # the end is not the last figure of its sentence
    following = by_sentence.get(end.sentence + 1, [])
    if not following or not comparable(following[0], end):
        return None
    f = following[0]
    lead = ctx.text[ctx.sentences[f.sentence][0] : f.span[0]]
    if _COMPARES_BACK.match(lead) and _EARLIER_AFTER.match(ctx.after(f, 40)):
        return f
    if _EARLIER_LEAD.match(lead):
        return f  # "A year earlier the company earned 34.0 billion rupees."
    return None


#: A sentence that opens with an earlier time and gives the level then: "A year earlier the
#: company earned", "In the year-earlier quarter, sales were".
_EARLIER_LEAD = re.compile(
    r"^\W*(?:a\s+(?:year|quarter|month|decade)\s+(?:earlier|ago|before)|last\s+year(?:['’]s)?"
    r"|in\s+the\s+(?:year-earlier|year-ago|same|previous|prior)\s+(?:period|quarter|year|month)"
    r"(?:\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year))?)\s*,?\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:earned|made|posted|reported|had|was|were|totaled|totalled|came\s+to|stood\s+at"
    rf"|brought\s+in|sold|recorded|reached|lost|cost|averaged|collected|raised)\s+{HEDGE_WORD}$",
    re.I,
)


def earlier_level(ctx: RuleContext, f: Figure) -> bool:
    """Whether ``f`` is the earlier level its sentence opens with.

    "A year ago the average was $3.08", "Last year the company earned", "Last year's drive
    brought in".
    """
    return _EARLIER_LEAD.match(ctx.text[ctx.sentences[f.sentence][0] : f.span[0]]) is not None


#: A sentence's opening that stands for a figure printed before it, up to the verb: "It is
#: already", "That was", "The vacancy rate remains", "The fire is now", "The award is".
_SUBJECT_OPENING = re.compile(
    r"^\W*(?:(?P<pronoun>it|that|this)|the\s+(?P<noun>[\w'’-]+(?:\s+[\w'’-]+){0,2}?))\s+"
    r"(?:is|was|are|were|remains|remained|stays|stayed|stands|stood|sits|sat|has\s+been|had\s+been"
    r"|would\s+be|comes\s+to|came\s+to|amounts?\s+to|amounted\s+to)"
    # a first complement, then "and": "The attendance was a season high and well above"
    r"(?:\s+[^,;:()\d$€£¥]{1,50}?\s+and)?"
    r"(?:\s+(?:now|still|already|even|also|just|well|far|much|about|roughly|nearly|almost))*\s+$",
    re.I,
)
#: Nouns of an opening that name no thing of their own ("The figure is", "The total was").
_GENERIC_HEADS = frozenset({"figure", "total", "sum", "amount", "tally", "number", "level"})


#: How many sentences back the figure a subject stands for may be printed.
SUBJECT_REACH = 6
#: How many sentences back a figure named by a word of its own ("the downtown rate") is looked
#: for: a farther one gives no alarm (a rule reads one more than a sentence back as maybe another).
NAMED_REACH = 12


def subject_figure(
    ctx: RuleContext, index: int, at: int, like: Numeric | None
) -> tuple[Numeric, int] | None:
    """The figure printed before that the opening of sentence ``index`` (up to ``at``) stands for.

    "Office vacancy rose to 19.7% from 16.2%. ... The vacancy rate remains below the 21.3%
    peak": "The vacancy rate" is the 19.7%, the one figure of ``like``'s sort (no change's
    start, no comparand) in the nearest sentence before that names the opening's last noun;
    "It is already larger than the 39,800 acres" is the one such figure of the nearest sentence
    that has any (with no ``like``, any amount or count). Returns the figure and how many sentences back it stands, or ``None`` when
    the opening names no figure, or the nearest sentence with one has several.
    """
    if index == 0:
        return None
    opening = _SUBJECT_OPENING.match(ctx.text[ctx.sentences[index][0] : at])
    if opening is None:
        return None
    return _figure_named_before(ctx, index, opening.group("noun") or "", like)


#: Words of a noun phrase that name when, not what: "today's level", "the current rate".
_WHEN_WORDS = frozenset(
    {"today", "today's", "today’s", "current", "latest", "present", "now", "recent"}
)
#: Nouns of a benchmark a figure is compared with.
_BENCHMARKS = frozenset({"record", "peak", "high", "low", "target", "goal", "forecast"})
#: Before a figure that is an amount of change, no thing's level: "rise by", "by about", "by
#: an average of", "by another".
BY_AMOUNT = re.compile(
    r"\bby\s+(?:an?\s+(?:average|total|median|further|additional)\s+of\s+|another\s+)?"
    rf"{HEDGE_WORD}$",
    re.I,
)
#: Before a figure that is the amount of a change: "gained 41.5 points", "down $18,000".
_CHANGE_AMOUNT = re.compile(AMOUNT_LEAD, re.I)
#: Before a figure that bounds a thing, no level of it: "stay under", "up to", "at most".
_BOUND_BEFORE = re.compile(
    r"\b(?:under|up\s+to|at\s+most|at\s+least|no\s+more\s+than|capped\s+at|as\s+much\s+as)"
    r"\s+(?:about\s+|roughly\s+)?$",
    re.I,
)
#: Before the whole a sentence's shares of names are of: "Of the ", "Ellison's share of the ".
_FRAME_LEAD = re.compile(
    r"^\W*(?:(?:of|among)\s+(?:the\s+)?|(?-i:[A-Z][a-z][\w-]*)['’]s\s+share\s+of\s+(?:the\s+)?)$",
    re.I,
)


def frame_whole(ctx: RuleContext, index: int) -> Figure | None:
    """The whole sentence ``index`` opens with for the shares of names after it.

    "Of the 106,600 ballots cast, Vasquez took 54.6%", "Ellison's share of the 63,550 votes
    counted was 49.5%".
    """
    own = ctx.figures_in(index)
    if not own:
        return None
    first = min(own, key=lambda f: f.span[0])
    return first if _FRAME_LEAD.match(ctx.text[ctx.sentences[index][0] : first.span[0]]) else None


#: Modifiers too common to name a thing by: "The new bill" is not the "new storage tank".
_WEAK_WORDS = frozenset(
    {
        "new",
        "old",
        "first",
        "last",
        "next",
        "final",
        "previous",
        "former",
        "annual",
        "monthly",
        "weekly",
        "daily",
        "typical",
        "average",
        "big",
        "bigger",
        "large",
        "larger",
        "small",
        "smaller",
        "high",
        "higher",
        "low",
        "lower",
        "main",
        "other",
        "same",
        "whole",
    }
)
#: Where the noun phrase after an ordering word ends: a clause break, a figure, a verb's clause.
_PHRASE_END = re.compile(
    r"[,;:.!?()\d$€£¥]|\s(?:while|and|but|which|that|when|as|after|since)\b", re.I
)
#: The most words of a noun phrase read after an ordering word.
_PHRASE_WORDS = 6


def named_figure(
    ctx: RuleContext, index: int, at: int, like: Numeric
) -> tuple[Numeric, int] | None:
    """The figure printed before that the noun phrase at ``at`` in sentence ``index`` names.

    "Suburban vacancy stood at 14.1%, well below the downtown rate": "the downtown rate" is the
    one figure of ``like``'s sort in the nearest sentence before that says "downtown"; "well
    below today's level" names only a time, so it is the one such figure of the nearest
    sentence that has any. None when the phrase holds a figure of its own, runs past
    :data:`_PHRASE_WORDS` words, or the sentence it names has several such figures.
    """
    stop = ctx.sentences[index][1]
    end = _PHRASE_END.search(ctx.text, at, stop)
    phrase = ctx.text[at : end.start() if end else stop]
    if end is not None and end.group(0)[:1] in "0123456789$€£¥":
        return None  # "beat the $1.68 expected": the figure after the word is the other side
    if len(phrase.split()) > _PHRASE_WORDS:
        return None
    words = content_words(phrase)
    if not words - _GENERIC_HEADS and not words & _WHEN_WORDS:
        return None  # "below that", "above the figure": no name to find it by
    return _figure_named_before(ctx, index, phrase, like, forms=True)


#: A sentence that opens by naming a thing and gives its figure: "Flood stage in Ashby is".
_NAMES_THEN_IS = re.compile(
    r"^\W*(?:the\s+)?(?P<name>[^,;:()\d$€£¥]{2,60}?)\s+(?:is|was|stands\s+at|stood\s+at|sits\s+at)"
    rf"\s+{HEDGE_WORD}$",
    re.I,
)


def named_figure_after(ctx: RuleContext, index: int, at: int, like: Numeric) -> Numeric | None:
    """The figure the sentence after gives for the noun phrase at ``at`` in sentence ``index``.

    "crested at 27.4 feet, 9.4 feet above flood stage. Flood stage in Ashby is 18 feet": the
    next sentence opens with the phrase's words, a copula and its one figure of ``like``'s sort.
    """
    if index + 1 >= len(ctx.sentences):
        return None
    stop = ctx.sentences[index][1]
    end = _PHRASE_END.search(ctx.text, at, stop)
    phrase = ctx.text[at : end.start() if end else stop]
    if end is not None and end.group(0)[:1] in "0123456789$€£¥":
        return None
    words = content_words(phrase) - _GENERIC_HEADS - _WHEN_WORDS
    if not words or len(phrase.split()) > _PHRASE_WORDS:
        return None
    numeric: list[Numeric] = [
        *ctx.figures_in(index + 1),
        *(p for p in ctx.percents() if p.sentence == index + 1),
    ]
    numeric.sort(key=lambda f: f.span[0])
    if not numeric:
        return None
    first = numeric[0]
    opening = _NAMES_THEN_IS.match(ctx.text[ctx.sentences[index + 1][0] : first.span[0]])
    if opening is None or not words <= content_words(opening.group("name")):
        return None
    if first.value_max is not None or not comparable(first, like, per_implied=True):
        return None
    return first


def noun_figure(
    ctx: RuleContext, index: int, phrase: str, like: Numeric | None
) -> tuple[Numeric, int] | None:
    """The figure printed before that a noun phrase with no figure of its own stands for.

    "... to pay $27.5 million in penalties. ... so the penalty equals about 18% of annual profit":
    "penalty" is the one figure of ``like``'s sort in the nearest sentence before that names it
    (by a word other than a generic one: "the total" names nothing here). Returns the figure and
    how many sentences back it stands, or ``None``.
    """
    if re.search(r"[\d$€£¥]", phrase) or not content_words(phrase) - _GENERIC_HEADS - _WHEN_WORDS:
        return None
    return _figure_named_before(ctx, index, phrase, like, forms=True)


def _measure_names(stem: str) -> list[str]:
    """The word, the other nouns of its measure, and the verbs that name it.

    See :data:`newsfacts.vocab.MEASURE_NAMES` and :data:`newsfacts.vocab.NOUN_VERBS`.
    """
    names = [stem]
    for group in MEASURE_NAMES:
        if stem in group:
            names += [n for n in group if n not in names]
    # the verbs of the word itself, not of its measure's other nouns ("revenue" is not "sold")
    names += [v for v in NOUN_VERBS.get(stem, ()) if v not in names]
    return names


def _noun_forms(stem: str) -> str:
    """A pattern for a noun in the singular or plural, not a verb's form.

    "penalty" matches "penalties", "award" matches "awards" but not "awarded".
    """
    # a word inside a hyphened compound is not the noun: "in-state" names no "state"
    if stem.endswith("y") and len(stem) > 3:
        return rf"(?<![\w-]){re.escape(stem)}\b|(?<![\w-]){re.escape(stem[:-1])}ies\b"
    return rf"(?<![\w-]){re.escape(stem)}(?:s|es)?\b(?!-)"


#: Where the words of one figure end and the next one's begin.
_OWN_BREAK = re.compile(r"[,;:]|\b(?:and|or|while|but|whereas)\b", re.I)
#: How far before a figure (within its clause, after the figure before it) its own words are read.
_OWN_WORDS = 40


def _names_own(ctx: RuleContext, f: Numeric, numeric: Sequence[Numeric], stems: list[str]) -> bool:
    """Whether a figure's own words name one of ``stems`` (patterns).

    Its own words are those right before it (back to the figure before) or right after it, up to
    a break: "online donations $520,000", "$27.5 million in penalties".
    """
    start, end = ctx.sentences[f.sentence]
    previous = max((g.span[1] for g in numeric if g.span[1] <= f.span[0]), default=start)
    following = min((g.span[0] for g in numeric if g.span[0] >= f.span[1]), default=end)
    before = ctx.text[max(previous, f.span[0] - _OWN_WORDS) : f.span[0]]
    after = ctx.text[f.span[1] : min(following, f.span[1] + _OWN_WORDS)]
    # the words between two figures are the first one's up to a break, the second's after it:
    # "$14.4 million in damages and $2 million in fees"
    before = _OWN_BREAK.split(before)[-1]
    after = _OWN_BREAK.split(after)[0]
    return any(re.search(w, before + " " + after, re.I) for w in stems)


def _figure_named_before(
    ctx: RuleContext, index: int, phrase: str, like: Numeric | None, *, forms: bool = False
) -> tuple[Numeric, int] | None:
    """The one figure of ``like``'s sort in the nearest sentence before that names ``phrase``.

    With ``forms``, a word names the phrase only as the same noun (:func:`_noun_forms`), not as
    a word it begins. With no ``like``, any amount or count (no percent) will do.
    """
    words = content_words(phrase) - _GENERIC_HEADS - _WHEN_WORDS - _WEAK_WORDS - {"rate", "share"}
    words = {w[:-2] if w.endswith(("'s", "’s")) else w for w in words}  # "Harrowgate's"
    stems = [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words]
    if forms:
        # "Earnings" names the figure printed as "profit" (:data:`newsfacts.vocab.MEASURE_NAMES`)
        stems = [_noun_forms(n) for w in stems for n in _measure_names(w)]
    else:
        stems = [rf"\b{re.escape(w)}" for w in stems]
    named = bool(stems)
    # "that record", "the old peak": the figure a "record" is printed with is the one meant,
    # though it reads as a comparand ("The previous record signing cost €28 million")
    benchmark = bool(words & _BENCHMARKS)
    totals = re.search(r"\btotal\b", phrase, re.I) is not None
    reach = NAMED_REACH if named else SUBJECT_REACH  # a name is looked for further back
    for back in range(index - 1, max(-1, index - 1 - reach), -1):
        text = ctx.sentence_text(back)
        if named and not any(re.search(w, text, re.I) for w in stems):
            continue  # "The county's budget is ...": not this sentence's thing
        numeric: list[Numeric] = [
            *ctx.figures_in(back),
            *(p for p in ctx.percents() if p.sentence == back),
        ]
        found = [
            f
            for f in numeric
            if f.value_max is None
            and f.id not in ctx.start_values()
            and (
                comparable(f, like, per_implied=True)
                if like is not None
                else not isinstance(f, PercentFact)
            )
            # "about a third of the year's total" names no "3,600 visitors a day": a total is
            # no rate
            and not (
                totals
                and like is not None
                and getattr(f, "per", None) is not None
                and getattr(like, "per", None) is None
            )
            and (benchmark or not is_comparand(ctx, f))
            and not BY_AMOUNT.search(ctx.before(f, 16))  # "could rise by €8 million"
            and not _BOUND_BEFORE.search(ctx.before(f, 20))  # "should stay under $3 million"
        ]
        end = from_to(ctx, back)[1] if len(found) > 1 else None
        if end in found and all(
            f is end or _CHANGE_AMOUNT.search(ctx.before(f, 30)) for f in found
        ):
            # "The Harbor 200 gained 41.5 points, or 1.0%, to 4,190.3": the level the change
            # ends at is the thing's figure, not the amount it changed by
            found = [end]
        if len(found) > 1 and named:
            # "The dinner raised $410,000, online donations $520,000 and sponsors $330,000":
            # the one figure whose own words, up to the figure before it, name the phrase
            found = [f for f in found if _names_own(ctx, f, numeric, stems)] or found
        if len(found) > 1:
            # "rose 62.4 points, or 1.2%, to 5,262.9": the level a change ends at is the
            # thing's figure, not the change's amount
            end = from_to(ctx, back)[1]
            found = [f for f in found if f is end] or found
        if named and found:
            bounds = [
                f
                for f in numeric
                if _BOUND_BEFORE.search(ctx.before(f, 20)) and _names_own(ctx, f, numeric, stems)
            ]
            if bounds and not any(_names_own(ctx, f, numeric, stems) for f in found):
                return None  # "any damages should stay under $3 million, ... settled for $2.1
                # million": the figure the name is printed with is a bound, and no other is it
        if found:
            return (found[0], index - back) if len(found) == 1 else None
        if named and not any(BY_AMOUNT.search(ctx.before(f, 16)) for f in numeric):
            return None  # the sentence that names it gives no figure of the sort (an amount
            # it changes by, "The fee could rise by €8 million", sends the search further back)
    return None
