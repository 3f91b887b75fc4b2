"""``ratio``: "a third less", "half as much", "twice as large", "three times more" between two figures.

The stated ratio is read as *smaller / larger* so that the check does not depend on which side
the sentence names first: "a third less" is 2/3, "a quarter more" is 1/(1 + 1/4) = 0.8,
"twice as much" and "half as much" are both 1/2, "three times" is 1/3. Hedged ratios ("roughly",
"about") allow 10% either way; plain ones 5% (a ratio in words is itself rounded). The two figures
are the only two of the same measure in the sentence, or, when the sentence has none, in the two
sentences after it ("...its emissions are roughly a third less. It expects 16 million tons ... it
emitted 44 million tons").

A fraction or "half the" between two figures ties the one before it to the one after ("Its 40
stores are a quarter of the chain's 160 outlets", "returned 7%, half the 14% of its benchmark");
"Half the 300 delegates" with no figure before it is a share of the 300, not a ratio.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from newsfacts.extract.units import unit_dimension
from newsfacts.facts import MoneyFact, PercentFact, QuantityFact
from newsfacts.validate.context import (
    OF_THE_LEAD,
    Numeric,
    RuleContext,
    content_words,
    digit_of,
    earlier_level,
    from_to,
    human,
    interval,
    may_be_whole,
    named_figure,
    noun_figure,
    number_of,
    same_kind,
    same_measure,
    shown,
    subject_figure,
)
from newsfacts.validate.intervals import Interval
from newsfacts.validate.verdict import Verdict, agreement, read_back
from newsfacts.vocab import CHANGE_NOUNS, HEDGE_WORD

__all__ = ["check_ratio"]

#: Fractions the rule reads; their values come from the number grammar.
_FRACTIONS = (
    "half", "a half", "a third", "one-third", "one third", "two-thirds", "two thirds",
    "a quarter", "one-quarter", "a fourth", "three-quarters", "a fifth", "a tenth",
)  # fmt: skip
_FRACTION = "|".join(sorted((re.escape(k) for k in _FRACTIONS), key=len, reverse=True))
_HEDGE = r"(?P<hedge>roughly|about|around|nearly|almost|some|approximately|close\s+to)\s+"
#: "more than double", "just under half": the ratio is a bound, not a value.
_BOUND = (
    r"(?:(?:just|well|slightly|a\s+little|little)\s+)?"
    r"(?P<bound>more\s+than|over|less\s+than|under)\s+"
)
#: Multiples named by a word: "double the", "triple the".
_TIMES_NUMBERS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty"
    "|a\\s+hundred|one\\s+hundred"
)
_TIMES_WORDS = {"twice": 2, "double": 2, "thrice": 3, "triple": 3, "treble": 3, "quadruple": 4}
_RATIO = re.compile(
    rf"\b(?:{_HEDGE}|{_BOUND})?(?:"
    rf"(?P<frac>{_FRACTION})\s+(?P<dir>less|lower|smaller|fewer|more|higher|larger|bigger|greater)"
    rf"|(?P<half>half)\s+(?:as\s+(?:much|many|large|big|high)|the\b)"
    rf"|(?P<part>{_FRACTION}|one\s+in\s+(?:two|three|four|five|six|eight|ten|\d{{1,3}}))\s+(?:of\s+"
    r"(?:(?:the|its|their|his|her|[A-Z][\w.&-]*['’]s?)\s|(?:them|those|these)(?=[\s,]))"
    r"|(?:the|its|their|his|her)\s)"  # "two-thirds the distance", "a quarter its size"
    rf"|(?P<times>twice|thrice|double|triple|treble|quadruple"
    rf"|(?:{_TIMES_NUMBERS}|\d+(?:\.\d+)?)\s+times)\s+"
    rf"(?:as\s+(?:much|many|large|big|high)|more|larger|bigger|higher|greater|the|his|her|its"
    r"|their|(?:last|this|next)\s+\w+['’]s(?!\w))"
    # odds against one after "by": "outnumbered decliners by about 3 to 1"; "a 2-to-1 margin"
    # (the words "by" before the first form are checked in :func:`check_ratio`)
    r"|(?P<odds>\d{1,2}(?:\.\d)?)\s+to\s+1(?![\d%]|[.,]\d)"
    r"|(?P<odds3>\d{1,2}(?:\.\d)?)-to-1(?![\d%-]|[.,]\d)"
    # a word's end, or the space before a currency sign: "a tenth of the $25 million"
    r")(?:\b|(?<=\s)(?=[$€£¥]))",
    re.I,
)


def _stated(match: re.Match[str]) -> Decimal:
    """The claimed smaller / larger ratio."""
    if match.group("frac"):
        fraction = number_of(match.group("frac")) or Decimal(0)
        less = match.group("dir").lower() in {"less", "lower", "smaller", "fewer"}
        return 1 - fraction if less else 1 / (1 + fraction)
    if match.group("half"):
        return Decimal("0.5")
    if match.group("part"):  # "a fifth of the company's 250,000": the part over the whole
        part = " ".join(match.group("part").lower().split())
        if part.startswith("one in "):  # "one in five of the county's 52,000 households"
            n = number_of(part.removeprefix("one in "))
            return 1 / n if n else Decimal(0)
        return number_of(part) or Decimal(0)
    odds = match.group("odds") or match.group("odds3")
    if odds:  # "by about 3 to 1": the smaller is a third of the larger
        return 1 / Decimal(odds) if Decimal(odds) > 0 else Decimal(0)
    words = match.group("times").lower().split()
    word = " ".join(words[:-1]) if len(words) > 1 else words[0]  # "a hundred times", "twice"
    n = Decimal(_TIMES_WORDS[word]) if word in _TIMES_WORDS else number_of(word) or Decimal(1)
    return 1 / n


#: How far a ratio in words may stray: it is itself rounded, more so when hedged.
_SLACK = Decimal("0.05")
_HEDGED_SLACK = Decimal("0.10")


def _alike(a: Numeric, b: Numeric) -> bool:
    """Two figures a ratio can relate: of one measure, or two percents of one sort.

    A change and a rate are alike here: "rose 12%, twice the national rate of 6%".
    """
    if isinstance(a, PercentFact) or isinstance(b, PercentFact):
        return (
            isinstance(a, PercentFact)
            and isinstance(b, PercentFact)
            and not a.points
            and not b.points
            and a.direction != "down"
            and b.direction != "down"
        )
    return same_measure(a, b)


def _pair(ctx: RuleContext, index: int, cue: tuple[int, int]) -> tuple[Numeric, Numeric] | None:
    for sentences in ((index,), (index + 1, index + 2, index + 3)):
        numeric: list[Numeric] = [*ctx.figures(), *ctx.percents()]
        figures = [
            f
            for f in numeric
            if f.sentence in sentences
            and f.value_max is None
            and not (f.span[0] < cue[1] and cue[0] < f.span[1])  # "50 times" is the cue itself
            and getattr(f, "unit", None) != "times"
        ]
        for a in figures:
            same = [b for b in figures if b is not a and _alike(a, b)]
            if len(same) == 1 and len(figures) <= 3:
                b = same[0]
                a, b = (a, b) if a.span[0] < b.span[0] else (b, a)
                if sentences == (index,) and b.span[1] <= cue[0]:
                    if _CLAUSE_BREAK.search(ctx.text[b.span[1] : cue[0]]):
                        return None  # "$410 million above ..., and roughly 3 times more for X"
                if sentences == (index,) and a.span[1] <= cue[0] and b.span[0] >= cue[1]:
                    if _CLAUSE_BREAK.search(ctx.text[cue[1] : b.span[0]]):
                        # "19.2 inches, about a third more than the city, and the airport
                        # recorded 12.8": the figure of the next clause is not the comparator
                        return None
                return a, b
        if figures:
            return None
        if any(
            f.sentence == index and not (f.span[0] < cue[1] and cue[0] < f.span[1]) for f in numeric
        ):
            return None  # "4,000 to 6,000 jobs, two to three times the plant's workforce": a
            # range of its own sentence, not the figures of the sentences after
    return None


#: A new clause between the figures and a ratio after them: its comparison is of other things.
_CLAUSE_BREAK = re.compile(r",\s*(?:and|but|while|whereas)\b|;")


#: Between the figure before a fraction and the fraction: "50,000 cars a year is", "7%,",
#: " in 2023,".
_TO_CUE = re.compile(
    r"^(?:(?:\s+[a-z][\w'’-]*){0,3}"
    r"(?:\s+(?:in|on|at|for|last|this|by|of|from|within|near)\s+[^,;:()]{1,25}?)?\s*,"
    r"(?:\s+(?:or|(?:a\s+)?(?:little|just|slightly|well|only)))?"
    r"|\s*[—–]"
    # "Electric models, at 1,240, were nearly a third": the figure's apposition, then the verb
    r"|(?:,\s+(?=(?:is|are|was|were)\b))?[^,;:()]{0,40}\b(?:is|are|was|were|be|been)"
    r"(?:\s+(?:only|just|well|far|still|now|already|a\s+little|slightly))*)\s+$"
)


def _straddled(
    ctx: RuleContext, index: int, cue: tuple[int, int]
) -> tuple[Numeric, Numeric] | None:
    """The figure a fraction or "half the" restates and the one it is taken of.

    "The plant's 50,000 cars are a fifth of the company's 250,000", "7%, half the 14% of its
    benchmark": one figure right before the cue (in apposition or before "is"), the next one
    after it; "Half the 300 delegates walked out" has none before, and is not a ratio.
    """
    if _TOTAL_WORD.match(ctx.text, cue[1]):
        return None  # "$410 million, roughly a third of the total, along with $265 million"
    numeric = [
        f for f in [*ctx.figures(), *ctx.percents()] if f.sentence == index and f.value_max is None
    ]
    before = [f for f in numeric if f.span[1] <= cue[0]]
    after = [f for f in numeric if f.span[0] >= cue[1]]
    if not before or not after:
        return None
    a, b = before[-1], after[0]
    if not _TO_CUE.match(ctx.text[a.span[1] : cue[0]]):
        return None
    if _ADJUNCT_BEFORE.search(ctx.before(a, 40)):
        # "had $17.6 billion in cash, after drawing $8 billion from its credit lines, more than
        # double the $8.1 billion": the figure of the clause's adjunct is not what the cue says
        # is double; the clause's own figure before it is, or nothing
        main = [f for f in before[:-1] if _alike(f, b) or _counts(f, b)]
        if not main:
            return None
        a = main[-1]
    if _alike(a, b) or _counts(a, b):
        return a, b
    if isinstance(a, PercentFact) or isinstance(b, PercentFact):
        return None
    # "1.1 million tons of carbon dioxide a year, about a third of the 3.4 million tons": the
    # grammar ties the two, so a rate's denominator printed on one holds for both
    return (a, b) if same_measure(a, b, per_implied=True) else None


#: A participle clause opened after a comma, right before a figure: ", after drawing ",
#: ", while repaying ", ", by selling its".
_ADJUNCT_BEFORE = re.compile(
    r",\s*(?:after|before|by|while|despite|since|when)\s+[a-z]+ing\s+(?:[a-z]+\s+){0,2}$", re.I
)


#: Between a whole and the part in apposition after it: " students at the university -- ",
#: " households, roughly ".
_APPOSED = re.compile(
    r"^[^;:()\d$€£¥]{0,40}?(?:,|--|—|–|\()\s*(?:(?:roughly|about|around|some|nearly|almost|or"
    r"|approximately|just\s+over|just\s+under)\s+)?$",
    re.I,
)


def _apposed_part(
    ctx: RuleContext, index: int, cue: tuple[int, int]
) -> tuple[Numeric, Numeric] | None:
    """For "Nearly a third of the 8,900 students -- 2,870 --".

    The whole follows the fraction ("of the county's 52,000 households"), then the part it comes
    to, set off after the whole.
    """
    after = sorted(
        (
            f
            for f in [*ctx.figures(), *ctx.percents()]
            if f.sentence == index and f.value_max is None and f.span[0] >= cue[1]
        ),
        key=lambda f: f.span,
    )
    if len(after) < 2 or not re.fullmatch(
        r"[\w\s.'’&-]{0,30}", ctx.text[cue[1] : after[0].span[0]]
    ):
        return None  # the whole must follow the cue, a possessive at most between them
    whole, part = after[0], after[1]
    if not _APPOSED.match(ctx.text[whole.span[1] : part.span[0]]):
        return None
    if isinstance(whole, PercentFact) or isinstance(part, PercentFact):
        return None
    return (part, whole) if same_measure(part, whole, per_implied=True) else None


#: After a fraction's "of the": the whole named by a word, its figure given before.
_TOTAL_WORD = re.compile(r"\s*(?:total|whole|overall\s+number|group)\b", re.I)


def _of_the_total(
    ctx: RuleContext, index: int, match: re.Match[str]
) -> tuple[Numeric, Numeric] | None:
    """For "Of the 1,250 patients ..., 400 received the dose, about a quarter of the total".

    The part stands right before the fraction; the total is the figure the sentence opened
    with ("Of the 1,250 ...", "a total of 1,250").
    """
    named = _WHOLE_NAMED.match(ctx.text, match.end())
    if named is None:
        return None
    numeric = sorted(
        (f for f in [*ctx.figures(), *ctx.percents()] if f.sentence == index),
        key=lambda f: f.span,
    )
    before = [f for f in numeric if f.span[1] <= match.start() and f.value_max is None]
    gap = ctx.text[before[-1].span[1] : match.start()] if before else ""
    if not before or not (_TO_CUE.match(gap) or _CLAUSE_THEN.match(gap)):
        return None
    part = before[-1]
    if len(before) < 2 or not _TOTAL_WORD.match(ctx.text, match.end()):
        if re.search(r"\bof\s+(?:the|its|their|his|her)\s+$", ctx.before(part, 20)):
            return None  # "winning nine of their 12 matches, three-quarters of the total"
        timed = bool(_PERIOD_WORD.search(named.group(0)))
        return _total_before(ctx, part, named.group("noun").lower(), timed=timed)
    wholes = [
        f
        for f in before[:-1]
        if (OF_THE_LEAD.search(ctx.lead(f, 40)) or _TOTAL_OF.search(ctx.before(f, 20)))
        and not isinstance(f, PercentFact)
        and not isinstance(part, PercentFact)
        and same_measure(f, part, per_implied=True)
    ]
    return (part, wholes[0]) if len(wholes) == 1 else None


_TOTAL_OF = re.compile(r"\ba\s+total\s+of\s+$", re.I)
#: After a fraction's "of the": a whole named by a noun ("the museum's annual total", "the
#: budget", "the field").
_WHOLE_NAMED = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,2}?(?P<noun>total|whole|budget|field|tally|sum|group)\b", re.I
)
#: How many sentences back a whole named by a word may be printed.
_WHOLE_REACH = 3


def _counts_the_same(ctx: RuleContext, whole: Numeric, part: Numeric) -> bool:
    """A whole of the part's kind: its unit of that kind, or its sentence naming the part's noun.

    "310,000 visitors" of "1.26 million visitors"; "12 matches" is no part of 19 goals.
    """
    unit = getattr(part, "unit", None)
    if not unit or unit_dimension(unit) is not None:
        return True
    other = getattr(whole, "unit", None)
    if other:
        return same_kind(other, unit)
    head = re.escape(unit.split()[-1].lower().rstrip("s"))
    return re.search(rf"\b{head}", ctx.sentence_text(whole.sentence), re.I) is not None


#: A change or a difference named before a figure: "a swing of", "a gap of", "an increase of".
_CHANGE_LEAD = re.compile(
    rf"\b(?:swing|gap|difference|margin|shortfall|{CHANGE_NOUNS})\s+of\s+{HEDGE_WORD}$", re.I
)
#: A whole named for a period ("the year's total", "the annual total"): a flow over the period.
_PERIOD_WORD = re.compile(
    r"\b(?:(?:year|month|week|quarter|season)['’]s|annual|yearly|monthly|full-year)\b", re.I
)


def _total_before(
    ctx: RuleContext, part: Numeric, noun: str, *, timed: bool = False
) -> tuple[Numeric, Numeric] | None:
    """The whole a fraction names by a word, printed in a sentence before the part.

    "The Harrowgate Museum welcomed 1.26 million visitors in 2023 ... attracted 310,000
    visitors, roughly a quarter of the museum's annual total": the largest figure of the part's
    measure in the nearest sentence before that has one (not a change's start); for a noun other
    than "total" ("the budget"), one whose sentence names it.
    """
    if isinstance(part, PercentFact):
        return None
    dated = {d.sentence for d in ctx.dates()}
    for back in range(part.sentence - 1, max(-1, part.sentence - 1 - _WHOLE_REACH), -1):
        if timed and back not in dated:
            continue  # "the year's total": not "166,000 active companies", a stock of no year
        start = from_to(ctx, back)[0]
        found = [
            f
            for f in ctx.figures_in(back)
            if f is not start
            and f.id not in ctx.start_values()
            and may_be_whole(ctx, f)
            and not ctx.is_gap(f)
            and not _CHANGE_LEAD.search(ctx.before(f, 20))  # "a swing of 648 million euros"
            and f.value_max is None
            and f.value > part.value
            and same_measure(f, part, per_implied=True)
            and _counts_the_same(ctx, f, part)
            and (
                noun in {"total", "whole", "tally", "sum", "group", "field"}
                or noun in ctx.sentence_text(back).lower()
            )
        ]
        if found:
            return part, max(found, key=lambda f: f.value)
    return None


#: The rest of the part's clause, then a comma: " received the higher dose, ".
_CLAUSE_THEN = re.compile(r"^[^,;:()\d$€£¥]{0,40},\s+$")


def _counts(a: Numeric, b: Numeric) -> bool:
    """Two counts (no dimension, no rate): the grammar ties "40 stores" to "160 outlets"."""
    if not all(
        isinstance(f, QuantityFact) and f.dimension is None and f.role == "count" for f in (a, b)
    ):
        return False
    pa, pb = getattr(a, "per", None), getattr(b, "per", None)
    return pa == pb or pa is None or pb is None  # "50,000 cars a year" and "250,000 total"


#: How a multiple that stands between its two figures ends: "twice the", "double his", "nearly
#: double last July's".
_STRADDLING = re.compile(r"(?:\bthe|\bhis|\bher|\bits|\btheir|['’]s)$", re.I)


#: "than" and a time with no figure: what the multiple compares with is not printed.
_THAN_UNPRINTED = re.compile(
    r"\s*than\s+(?:before|previously|earlier|at\s+the\s+start|a\s+year\s+(?:ago|earlier|before)"
    r"|last\s+(?:year|month|week|season|time)|the\s+(?:year|month|week|season)\s+before)\b"
    r"(?!\s*(?:,\s*)?(?:when|at|of)\b)",
    re.I,
)
#: Before odds printed "N to 1": "by", "by about".
_BY_ODDS = re.compile(r"\bby\s+(?:(?:about|nearly|roughly|almost|some)\s+)?$", re.I)


def check_ratio(ctx: RuleContext) -> list[Verdict]:
    """Check every ratio in words against the two figures it compares."""
    verdicts: list[Verdict] = []
    last: tuple[int, Numeric, Numeric] | None = None  # the sentence, subject and comparator
    for index, match, first in _cues(ctx):
        if not first:
            # "The total is less than half the $61 million ..., but more than twice the $11
            # million": a second multiple of one subject, coordinated after the first
            pair = _coordinated(ctx, index, match, last)
            verdict = _held(match, *pair) if pair is not None else None
            if verdict is not None:
                verdicts.append(verdict)
            continue
        last = None
        if match.group("odds") and not _BY_ODDS.search(ctx.text, 0, match.start()):
            continue  # "from 8 to 1": two figures, no odds
        if _THAN_UNPRINTED.match(ctx.text, match.end()):
            continue  # "to 12, a third more than before": the earlier count is not printed
        straddled = match.group("part") or (
            (match.group("half") or match.group("times")) and _STRADDLING.search(match.group(0))
        )
        pair = _straddled(ctx, index, match.span()) if straddled else None
        back = 0
        if pair is None and straddled:
            pointed = _pointing_back(ctx, index, match.span())
            if pointed is not None:
                *pair_of, back = pointed
                pair = (pair_of[0], pair_of[1])
        if pair is None and straddled:
            # "31.5 million, more than 20 times the number of foreign visitors"
            named = _named_comparator(ctx, index, match.span())
            if named is not None:
                *pair_of, back = named
                pair = (pair_of[0], pair_of[1])
        if pair is None and match.group("part"):
            pair = (
                _apposed_part(ctx, index, match.span())
                or _of_the_total(ctx, index, match)
                or _of_them(ctx, index, match)
            )
        if pair is None and match.group("times"):
            pair = _as_many_back(ctx, index, match)
        if pair is None and not (straddled and not match.group("times")):
            # "1.8 kilometers ... between 2000 and 2020, three times the 0.9 kilometers": a
            # multiple not right after its figure relates the sentence's two of one measure
            pair = _pair(ctx, index, match.span())
        if pair is None:
            continue
        if straddled:
            subject, comparator = pair if pair[1].span[0] >= match.end() else pair[::-1]
            if comparator.span[0] >= match.end():
                last = (index, subject, comparator)
        verdict = _held(match, *pair)
        if verdict is not None:
            verdicts.append(read_back(verdict, back, "the figure"))
    return verdicts + _both_named(ctx)


#: A ratio whose two sides are noun phrases standing for figures printed before: "Grocery
#: collections were less than a quarter of the total", "It is less than half what the family
#: asked for", "Footwear made up nearly a third of revenue". The groups the ratio is read by
#: (see :func:`_stated`) that this form never has match nothing.
_BOTH_NAMED = re.compile(
    r"^\W*(?:(?P<pronoun>it|that|this)|(?:the\s+|its\s+|their\s+)?"
    r"(?P<subject>[\w'’-]+(?:\s+[\w'’-]+){0,3}?))\s+"
    r"(?:is|was|are|were|remains?|remained|(?:made|makes?)\s+up|accounted\s+for|accounts?\s+for"
    r"|represented|represents?|came\s+to|comes\s+to|amounted\s+to|amounts?\s+to|equals?"
    r"|equaled)\s+(?:(?:now|still|already|just|only|well)\s+)*"
    rf"(?:{_HEDGE}|{_BOUND})?"
    rf"(?:(?P<part>{_FRACTION})\s+(?:of\s+)?|(?P<half>half)\s+(?:of\s+)?"
    rf"|(?P<times>twice|double|triple|(?:{_TIMES_NUMBERS}|\d+(?:\.\d+)?)\s+times)\s+)"
    r"(?P<phrase>[a-z][^,;:.()\d$€£¥]{0,60}?)\s*(?:[,;:.]|$)"
    r"(?P<frac>(?!))?(?P<dir>(?!))?(?P<odds>(?!))?(?P<odds3>(?!))?",
    re.I,
)


#: The groups of :data:`_BOTH_NAMED` the stated ratio is read from, the first one opening it.
_SAID = ("hedge", "bound", "part", "half", "times")
#: How many sentences back "the total" of a ratio between noun phrases may be printed.
_TOTAL_REACH = 6


def _both_named(ctx: RuleContext) -> list[Verdict]:
    """A ratio in a sentence with no figure, between two noun phrases that stand for figures.

    The subject is the figure printed before that it names (a pronoun is left alone: "it" may
    stand for a figure far back); what it is a fraction or multiple of is "the total" (the
    largest figure of the subject's sort within six sentences, not an earlier period's) or the
    figure another noun phrase names ("what the family asked for", "revenue"). More than a
    sentence back, a miss is no alarm.
    """
    verdicts = []
    for index in range(1, len(ctx.sentences)):
        if ctx.figures_in(index) or any(p.sentence == index for p in ctx.percents()):
            continue
        match = _BOTH_NAMED.match(ctx.sentence_text(index))
        if match is None:
            continue
        pronoun = (match.group("pronoun") or "").lower()
        if pronoun == "it":
            continue  # "It is less than half what the family asked for": "it" may be far back
        if pronoun:
            # "School groups made up 96,000 of them. That is nearly a quarter of the total": a
            # demonstrative stands for the one figure of the sentence right before
            at = min(m for g in _SAID if (m := match.start(g)) >= 0)
            found = subject_figure(ctx, index, ctx.sentences[index][0] + at, None)
            if found is None or found[1] != 1:
                continue
        else:
            found = noun_figure(ctx, index, match.group("subject"), None)
        if found is None:
            continue
        a, back_a = found
        phrase = match.group("phrase")
        words = phrase.lower().split()
        b: Numeric | None = None
        back_b = 0
        if words and words[-1] in _GENERIC_SUBJECTS:
            near = [
                f
                for f in [*ctx.figures(), *ctx.percents()]
                if index - _TOTAL_REACH <= f.sentence < index
                and f.value_max is None
                and f.id not in ctx.start_values()
                and f is not a
                and _alike(f, a)
                and not (isinstance(f, MoneyFact | QuantityFact) and earlier_level(ctx, f))
            ]  # "Last year's drive brought in $980,000" is no total of this year's
            if near:
                b = max(near, key=lambda f: f.value)
                back_b = index - b.sentence
        else:
            other = noun_figure(ctx, index, phrase, a)
            if other is not None:
                b, back_b = other
        if b is None or b is a or not _alike(a, b):
            continue
        opens = min(m for g in _SAID if (m := match.start(g)) >= 0)
        verdict = _held(match, a, b, said=match.group(0)[opens:].rstrip(" .,;:"))
        if verdict is not None:
            verdicts.append(read_back(verdict, max(back_a, back_b), "the figures"))
    return verdicts


def _named_comparator(
    ctx: RuleContext, index: int, cue: tuple[int, int]
) -> tuple[Numeric, Numeric, int] | None:
    """The figure before a multiple, and the one printed before that the words after it name.

    "Domestic tourists numbered 31.5 million, more than 20 times the number of foreign
    visitors": the foreign arrivals printed before (see
    :func:`newsfacts.validate.context.named_figure`), and how many sentences back they stand.
    """
    numeric = [
        f for f in [*ctx.figures(), *ctx.percents()] if f.sentence == index and f.value_max is None
    ]
    before = [f for f in numeric if f.span[1] <= cue[0] and getattr(f, "unit", None) != "times"]
    if not before or not _TO_CUE.match(ctx.text[before[-1].span[1] : cue[0]]):
        return None
    a = before[-1]
    # "half of Skyhaven's count": the owner the cue ends with is part of the name
    owner = _OWNER_AT_END.search(ctx.text, cue[0], cue[1])
    found = named_figure(ctx, index, owner.start() if owner else cue[1], a)
    if found is None:
        return None
    b, back = found
    return (b, a, back) if b.span[0] < a.span[0] else (a, b, back)


#: A capitalised owner closing a cue: "half of Skyhaven's ".
_OWNER_AT_END = re.compile(r"(?-i:[A-Z][\w.&-]*)['’]s?\s*$")


#: A multiple with no figure after it: "nearly eight times as many", "twice as much".
_AS_MANY = re.compile(r"\bas\s+(?:many|much)$", re.I)


def _as_many_back(
    ctx: RuleContext, index: int, match: re.Match[str]
) -> tuple[Numeric, Numeric] | None:
    """For "It opened with 2,400 books. It now holds 19,000 volumes, nearly eight times as many".

    The figure right before the multiple is its subject; what it is a multiple of is the one
    figure of its kind in the sentence before (none in its own sentence).
    """
    if index == 0 or not _AS_MANY.search(match.group(0)):
        return None
    own = [
        f
        for f in [*ctx.figures(), *ctx.percents()]
        if f.sentence == index and getattr(f, "unit", None) != "times"
    ]
    before = [f for f in own if f.span[1] <= match.start() and f.value_max is None]
    if (
        len(own) != 1
        or not before
        or not _TO_CUE.match(ctx.text[before[-1].span[1] : match.start()])
    ):
        return None
    a = before[-1]
    earlier = [
        f
        for f in [*ctx.figures(), *ctx.percents()]
        if f.sentence == index - 1
        and f.value_max is None
        and f.id not in ctx.start_values()
        and (_alike(a, f) or _counts(a, f))
    ]
    if not earlier:
        return None
    if getattr(a, "unit", None) is None and len({getattr(f, "unit", None) for f in earlier}) > 1:
        return None  # "opened with 23 pupils and two teachers. It now enrolls 1,148": which?
    # the figure read last is what "as many" points back to: "... the first library, which
    # opened in 1983 with 2,400 books", not the "three two-year terms" before it
    last = max(earlier, key=lambda f: f.span[0])
    later = [
        f
        for f in [*ctx.figures(), *ctx.percents()]
        if f.sentence == index - 1 and f.span[0] > last.span[0]
    ]
    return (last, a) if not later else None


def _cues(ctx: RuleContext) -> Iterator[tuple[int, re.Match[str], bool]]:
    """Every ratio in words, sentence by sentence, and whether it is its sentence's first."""
    for index, (start, end) in enumerate(ctx.sentences):
        at, first = start, True
        while (match := _RATIO.search(ctx.text, at, end)) is not None:
            yield index, match, first
            at, first = match.end(), False


#: Between the figure a first multiple is taken of and a second multiple of the same subject:
#: " that state regulators had sought, but ", " and ".
_SECOND_CUE = re.compile(r"^[^;:()\d$€£¥]{0,60}?(?:,\s*)?\b(?:but|and|yet)\s+(?:also\s+)?$", re.I)


def _coordinated(
    ctx: RuleContext, index: int, match: re.Match[str], last: tuple[int, Numeric, Numeric] | None
) -> tuple[Numeric, Numeric] | None:
    """A multiple coordinated after the first one: the same subject, the figure right after it."""
    if last is None or last[0] != index or not _STRADDLING.search(match.group(0)):
        return None
    if not (match.group("half") or match.group("times") or match.group("part")):
        return None
    _, subject, previous = last
    gap = re.sub(r"\b(?:19|20)\d\d\b", "Y", ctx.text[previous.span[1] : match.start()])
    if not _SECOND_CUE.match(gap):  # " it had in 2019 and ": a year is no figure of the pair
        return None
    after = [
        f
        for f in [*ctx.figures(), *ctx.percents()]
        if f.sentence == index and f.span[0] >= match.end() and f.value_max is None
    ]
    if not after:
        return None
    b = min(after, key=lambda f: f.span[0])
    if not re.fullmatch(r"[\w\s.'’&-]{0,30}", ctx.text[match.end() : b.span[0]]):
        return None
    return (subject, b) if _alike(subject, b) else None


#: A sentence that opens with the figure of the sentence before: "The award is", "That was",
#: "The sum amounts to".
_BACK_OPENING = re.compile(
    r"^\W*(?:that|this|it|the\s+(?P<subject>[\w'’-]+(?:\s+[\w'’-]+){0,2}?))\s+"
    r"(?:is|was|are|were|would\s+be|comes\s+to|came\s+to|amounts?\s+to|amounted\s+to"
    r"|represents?|represented)\s+(?:(?:now|still|already|roughly|about|nearly|almost)\s+)*$",
    re.I,
)


#: After "a third of them": the part set off after it ("More than three-quarters of them,
#: 2,400, were first-time donors").
_THEM_THEN_PART = re.compile(r"\s*,\s*(?:(?:some|about|roughly|nearly|almost)\s+)?$", re.I)


def _of_them(ctx: RuleContext, index: int, match: re.Match[str]) -> tuple[Numeric, Numeric] | None:
    """A fraction "of them", the part it comes to, and the count of the sentence before.

    "A total of 3,150 donors gave. More than three-quarters of them, 2,400, were first-time
    donors": the whole is the one count of the sentence before that the part can count.
    """
    if index == 0 or not re.search(r"\b(?:them|those|these)$", match.group(0)):
        return None
    after = sorted(
        (f for f in ctx.figures() if f.sentence == index and f.span[0] >= match.end()),
        key=lambda f: f.span,
    )
    if not after or not _THEM_THEN_PART.fullmatch(ctx.text[match.end() : after[0].span[0]]):
        return None
    part = after[0]
    wholes = [
        f
        for f in ctx.figures()
        if f.sentence == index - 1
        and f.value_max is None
        and f.id not in ctx.start_values()
        and may_be_whole(ctx, f)
        and f.value > part.value
        and same_measure(f, part, per_implied=True)
    ]
    return (part, wholes[0]) if len(wholes) == 1 else None


#: Before a figure that is the whole of a share: "29% of the", "a third of its".
_WHOLE_OF_SHARE = re.compile(r"(?:%|percent|per\s?cent|\w+)\s+of\s+(?:the|its|their|all)\s+$", re.I)


#: Subjects that stand for the figure of the sentence before whatever it counted: "The total
#: is", "That figure is", "The sum was".
_GENERIC_SUBJECTS = frozenset({"total", "figure", "sum", "amount", "tally"})


def _pointing_back(
    ctx: RuleContext, index: int, cue: tuple[int, int]
) -> tuple[Numeric, Numeric, int] | None:
    """The figure a sentence's subject stands for, the one its multiple is taken of, how far back.

    "... doubling the award to $14.4 million. The award is nearly three times the $5 million
    offered": the subject is the one figure of its kind in the sentence before; a subject that
    names a thing may stand for a figure printed further back, the one of its kind in the
    nearest sentence that names it (:func:`newsfacts.validate.context.noun_figure`).
    """
    if index == 0:
        return None
    opening = _BACK_OPENING.match(ctx.text[ctx.sentences[index][0] : cue[0]])
    if opening is None:
        return None
    after = [f for f in [*ctx.figures(), *ctx.percents()] if f.sentence == index]
    after = [f for f in after if f.span[0] >= cue[1] and f.value_max is None]
    if not after:
        return None
    b = after[0]
    earlier = [
        f
        for f in [*ctx.figures(), *ctx.percents()]
        if f.sentence == index - 1
        and f.value_max is None
        and f.id not in ctx.start_values()
        and _alike(f, b)
    ]
    if len(earlier) > 1:
        # "14,300 GWh ..., 29% of the 49,000 GWh. That is nearly double": the whole a share is
        # taken of is no subject; the figure the sentence is about is what is left
        earlier = [f for f in earlier if not _WHOLE_OF_SHARE.search(ctx.before(f, 25))]
    subject = opening.group("subject")
    generic = subject is not None and subject.lower().split()[-1] in _GENERIC_SUBJECTS
    named_before = subject and content_words(subject) & content_words(ctx.sentence_text(index - 1))
    if len(earlier) != 1 or (subject and not generic and not named_before):
        if not subject or generic:
            return None
        # "The award is nearly three times the $5 million": the award named further back
        found = noun_figure(ctx, index, subject, b)
        if found is None or found[0] is b:
            return None
        a, back = found
        return (a, b, back) if a.span[0] < b.span[0] else (b, a, back)
    a = earlier[0]
    return (a, b, 1) if a.span[0] < b.span[0] else (b, a, 1)


def _at(bound: str, *, part: bool = False) -> str:
    """How the stated ratio bounds the figures' one.

    "more than double": half or less; "more than a quarter of": a quarter or more.
    """
    more, less = (" or more", " or less") if part else (" or less", " or more")
    if bound in {"more than", "over"}:
        return more
    return less if bound in {"less than", "under"} else ""


def _held(
    match: re.Match[str], a: Numeric, b: Numeric, *, said: str | None = None
) -> Verdict | None:
    """The ratio the words state (``said``, or the match) against smaller / larger of the two."""
    ai, bi = interval(a), interval(b)
    small, large = (ai, bi) if a.value <= b.value else (bi, ai)
    if large.lo <= 0:
        return None
    computed = small / large
    stated = _stated(match)
    slack = _HEDGED_SLACK if match.group("hedge") else _SLACK
    wanted = Interval(stated * (1 - slack), stated * (1 + slack))
    bound = (match.group("bound") or "").lower()
    taken_of = bool(match.group("part") or match.group("half"))  # "less than half the $61 million"
    if taken_of and bound:
        # "more than a quarter of the budget": the part is at least a quarter of the whole
        more = bound in {"more than", "over"}
        wanted = Interval(wanted.lo, Decimal(1)) if more else Interval(Decimal(0), wanted.hi)
    elif bound in {"more than", "over"} and not match.group("frac"):
        wanted = Interval(Decimal(0), wanted.hi)  # "more than double": at most half
    elif bound in {"less than", "under"} and not match.group("frac"):
        wanted = Interval(wanted.lo, Decimal(1))
    phrase = " ".join((said or match.group(0)).split())
    bounded = _at(bound, part=taken_of)
    message = (
        f'"{phrase}" puts the smaller figure at {shown(stated, ".3g")} of the larger{bounded}; '
        f"{human(min(a.value, b.value))} / {human(max(a.value, b.value))} = "
        f"{shown(computed.mid, '.3g')}"
    )
    ids, digit = [a.id, b.id], digit_of(a, b)
    # the Check's expected value is the stated ratio; the figures' ratio is the actual one
    return agreement(
        "ratio",
        ids,
        computed,
        wanted,
        message,
        off=_off_by,
        digit=digit,
        digits=4,
        expected="against",
    )


def _off_by(gap: Decimal) -> str:
    return f", off by {shown(gap, '.3g')}"
