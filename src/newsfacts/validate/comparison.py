"""``comparison``: words that order two things must agree with the figures.

"Outpaced", "overtook", "trailed" and the like must agree with the figures the article gives.
Three shapes are read:

* two figures side by side with the ordering word between them: "44,947 megawatts, much lower
  than the 46,797 on Friday", "8.9 percent, still above the 3 percent level", "50,270, followed
  by 2017 with 50,116" (a ranking), "28%, crushing the S&P 500's 10.12%"; "compared with" between
  them states no order, so that check is ``unverifiable`` and shows the order the figures give;
* a comparative adjective before a figure, against the nearest figure of the same sort in the
  sentence before or after: "a lower increase in 2023 of 4.5 percent" (after 7.3 percent);
* a figure tied back to the one in the sentence before ("its standard for the first stage had
  been 8 percent", "over those same two years") with no word ordering them: ``unverifiable``,
  with the order the figures give;
* a gap beside the level it makes ("cost $120 million, $20 million more than the $100 million
  budget", "61%, 4 points higher than the 57% of 2020"): the level must be base plus or minus
  the gap; with no level printed, ``unverifiable`` with the implied one;
* "a smaller drop than", "a bigger gain than": the two changes by size, not by signed value;
* a margin after the two figures it separates: "won 8,412 votes to 7,950, a margin of 462";
* "both of those ... fell below" a figure: the two figures of the sentence before against it;
* a superlative beside one figure with others of the same measure in the sentence: "the largest,
  $5 billion, against $3 billion and $2 billion";

"U.S.-based models have outpaced their Chinese counterparts" names the two sides by their
distinguishing words ("U.S.", "Chinese"); each side's figure is the one with the same unit and
period whose subject carries that word and not the other side's.
"""

from __future__ import annotations

import itertools
import re

from newsfacts.facts import PercentFact
from newsfacts.validate.context import (
    GAP_WORD_AFTER,
    GAP_WORDS,
    Figure,
    Numeric,
    RuleContext,
    comparable,
    content_words,
    digit_of,
    from_to,
    group_by_sentence,
    human,
    interval,
    is_comparand,
    is_total,
    named_figure,
    named_figure_after,
    off_by,
    percents_from_to,
    subject_figure,
    sum_digit,
    unit_of,
)
from newsfacts.validate.intervals import Interval
from newsfacts.validate.verdict import UNDECIDED, Verdict, agreement, judged, read_back, weigh
from newsfacts.vocab import (
    ABOVE_WORDS,
    BELOW_WORDS,
    DOWN_STEMS,
    DOWN_WORDS,
    HEDGE_WORD,
    NAMED_FIGURE,
    UP_STEMS,
    UP_WORDS,
)

__all__ = ["check_comparison"]

_GREATER = (
    r"outpac\w*|overt(?:ook|aken|ake|akes|aking)|surpass\w*|exceed\w*|outstrip\w*|outperform\w*"
    r"|outs(?:old|ell|ells)|outgr(?:ew|ow|own)|eclips\w*|overshadow\w*|(?:higher|more|larger|greater|bigger)\s+than"
)
_LESS = r"lag(?:ged|ging|s)?\s+(?:behind\s+)?|trail\w*|fell\s+behind|(?:lower|less|fewer|smaller)\s+than"
_COMPARE = re.compile(rf"\b(?P<gt>{_GREATER})\b|\b(?P<lt>{_LESS})", re.I)
_NUMBER_NEXT = re.compile(r"^\s*(?:[$€£¥]|\d|about|nearly|some)", re.I)
_KEY = re.compile(r"\b([A-Z][\w.&'’]*(?:\.[A-Z]\.?)?)(?:-based|-made|-listed|'s|’s)?")
_NOT_KEYS = frozenset(
    "The A An In On At For Of And But Their Its His Her This That These Those It They We AI "
    "Meanwhile However Notably Overall".split()
)


def _keys(text: str) -> set[str]:
    return {m.group(1).rstrip("'’") for m in _KEY.finditer(text) if m.group(1) not in _NOT_KEYS}


def _has(subject: str | None, key: str) -> bool:
    return (
        bool(subject)
        and re.search(rf"(?<![\w]){re.escape(key)}(?![\w])", subject or "") is not None
    )


def _side(
    figures: list[Figure], mine: set[str], theirs: set[str], ctx: RuleContext
) -> list[Figure]:
    """Figures about one side: by their subject, else by their sentence."""
    for where in ("subject", "sentence"):
        found = []
        for f in figures:
            about = f.subject if where == "subject" else ctx.sentence_text(f.sentence)
            if any(_has(about, k) for k in mine) and not any(_has(about, k) for k in theirs):
                found.append(f)
        if found:
            return found
    return []


_HEDGES = frozenset(
    "more than|less than|fewer than|over|under|above|below|nearly|almost|about".split("|")
)
_PAIR_GT = re.compile(
    r"\b(?:(?:much|far|well|still|slightly|significantly|considerably)\s+)?"
    r"(?:(?:higher|more|greater|larger|bigger|costlier|pricier|dearer|taller|heavier|wider|longer"
    r"|hotter|warmer|older|deeper|stronger|more\s+expensive)\s+(?:[a-z]+\s+){0,4}?than|above|beyond|"
    r"ahead\s+of|outpac\w*|outperform\w*|surpass\w*|exceed\w*|outstrip\w*|crush\w*|beat\w*"
    r"|eclips\w*|"
    r"dwarf\w*|followed\s+by|then\s+came|trailed\s+by)\b",
    re.I,
)
_PAIR_LT = re.compile(
    r"\b(?:(?:much|far|well|still|slightly|significantly|considerably)\s+)?"
    r"(?:(?:lower|less|fewer|smaller|cheaper|shorter|lighter|narrower|colder|cooler|younger"
    r"|shallower|weaker|less\s+expensive)\s+"
    r"(?:[a-z]+\s+){0,4}?than"
    r"|below|short\s+of|behind|miss(?:ed|es|ing)?\s+(?:[\w'’]+\s+){0,3}?(?:estimates?|forecasts?"
    r"|targets?|expectations?|goals?|guidance|consensus)(?:\s+of)?|"
    r"trail(?:ed|s|ing)?|lagg\w*|underperform\w*"
    # "under construction", "under way", "under review": a state, no bound
    r"|under(?!\s+(?:construction|way|review|contract|investigation|pressure|fire|water|threat"
    r"|repair|renovation|development|consideration|discussion|negotiation|siege|attack|oath"
    r"|arrest|lockdown|control|management|ownership|license|licence|the\s+(?:plan|deal|law|bill"
    r"|terms|agreement|proposal)))\b)\b",
    re.I,
)
#: Words of speed: "faster than", "slower than", "quicker than", "sooner than". Their order
#: depends on what the figures measure (see :func:`_speed_cues`).
_PAIR_SPEED = re.compile(
    r"\b(?:(?:much|far|well|still|slightly)\s+)?(?P<word>faster|quicker|sooner|slower)\s+"
    r"(?:[a-z]+\s+){0,2}?than\b",
    re.I,
)


def _speed_cues(a: Numeric, b: Numeric, between: str) -> list[tuple[int, str, str]]:
    """Cues of "faster than" between two figures, ordered by what the figures measure.

    For times it is less ("sold in 21 days, faster than the 34 days"), for speeds and growth
    rates more ("62 mph, faster than the 55 mph limit", "grew 12%, faster than the 8%").
    """
    rates = isinstance(a, PercentFact) and isinstance(b, PercentFact) and a.points == b.points
    kinds = {getattr(a, "dimension", None), getattr(b, "dimension", None)}
    if not rates and (len(kinds) != 1 or not kinds & {"time", "speed"}):
        return []
    cues = []
    for m in _PAIR_SPEED.finditer(between):
        word = m.group("word").lower()
        if rates and word == "sooner":
            continue
        slower = word == "slower"
        more = slower if kinds == {"time"} and not rates else not slower
        cues.append((m.start(), ">" if more else "<", m.group(0)))
    return cues


#: "..., before leveling out to pre-pandemic levels of 2.4 percent": a move down to the second.
_SETTLE = re.compile(
    r"\b(?:level(?:l)?ing\s+(?:out|off)|settl\w*|eas\w*\s+(?:back\s+)?to|slow\w*\s+to|"
    r"fall\w*\s+back|return\w*\s+to)\b",
    re.I,
)
#: "a TTM P/E of 17 and a forward P/E of 14": one measure given twice, side by side.
_PARALLEL = re.compile(
    r"^\s*(?:,\s*)?(?:and|while|but|versus|vs\.?)\s+(?:an?\s+|the\s+|its\s+)?[\w-]+\s+", re.I
)
#: "far beyond that", "exceeds it": the pronoun is the figure before; "exceeds that of its
#: rival, 1.1 million" or "exceed those to Mexico, at $6.9 billion" names the other side (the
#: pronoun heads a phrase of its own), whose figure comes after.
_BACK = re.compile(
    r"^\s+(that|this|those|these|it|them)\b"
    r"(?!\s+(?:of|in|for|at|from|on|among|to|into|by|across|over|under|during|through"
    r"|\w+ed\b))",
    re.I,
)
_PAIR_EQ = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|against)\b", re.I)
#: Superlatives ("at least" bounds a figure: it is not one).
#: (not right after a number: "the 20-largest banks" counts the top of a ranking)
# "the next-lowest offer", "the second-largest": a rank below the top, not the figure's own
_SUPER_MAX = re.compile(
    r"(?<!\d[\s-])(?<!next-)(?<!second-)(?<!third-)\b(?:highest|largest|biggest|greatest)\b", re.I
)
_SUPER_MIN = re.compile(
    r"(?<!\bat\s)(?<!\d[\s-])(?<!next-)(?<!second-)(?<!third-)\b(?:lowest|smallest|fewest|least)\b",
    re.I,
)
#: A comparative adjective before a figure: "a lower increase in 2023 of 4.5 percent".
_ADJECTIVE = re.compile(
    r"\b(?:(?P<gt>higher|larger|bigger|faster|stronger|greater)|"
    r"(?P<lt>lower|smaller|slower|weaker|lesser))\s+(?:(?!than\b)[\w-]+\s+){0,4}?(?:of|at)\s+"
    rf"{HEDGE_WORD}$",
    re.I,
)
#: "both of those fell below ...": the two figures before, against the one after.
_BOTH = re.compile(
    r"\bboth(?:\s+of)?\s+(?:those|these|them|the)\b[^.;]{0,50}?\b(?:(?P<lt>below|under|lower\s+than|"
    r"less\s+than|short\s+of)|(?P<gt>above|over|higher\s+than|more\s+than|exceed\w*|surpass\w*|"
    r"topp?\w*))\b",
    re.I,
)
#: Words that tie a figure to the period or standard of the one before ("that same stage").
_TIED_BACK = re.compile(
    r"\b(?:(?:that|this|those|these|the\s+same|its)\s+(?:same\s+)?(?:[\w-]+\s+)?"
    r"(?:stage|period|standard|threshold|years?|quarters?|months?|weeks?|span|stretch)|"
    r"(?:standard|threshold|limit|target|benchmark|trigger|floor|ceiling)\s+(?:for|of)\b)",
    re.I,
)
#: A sentence that moves the story on in time: "By 2003 there was probably $1 billion".
_LATER = re.compile(
    r"^\W*(?:by|in)\s+(?:\d{4}|then|now)\b\s*,?\s+there\s+(?:was|were|is|are)\b", re.I
)


#: Two figures of a sentence are read as a pair only with at most this much text between them.
_PAIR_REACH = 130
#: Closer than this, a comparison word between them relates them ("rose 5%, more than the 3%");
#: farther, only a word pointing back does ("..., beyond that").
_NEAR_CHARS = 90


def _signed(f: Numeric) -> Interval:
    iv = interval(f)
    return -iv if isinstance(f, PercentFact) and f.direction == "down" else iv


def _order(
    a: Numeric, b: Numeric, op: str, phrase: str, how: str, sides: tuple[str, str] | None = None
) -> Verdict:
    """``a op b`` as the text orders them; any ``op`` but ``>`` reads as ``<``.

    Args:
        a: the figure the text puts first.
        b: the figure it is ordered against.
        op: ``>`` or ``<``.
        phrase: the words that order them ("outpaced", "lower than").
        how: how the two were found ("side by side"); empty for named sides.
        sides: the names of the two sides ("U.S.", "Chinese"), when the text names them.
    """
    # two falls are compared by how far they fell: "dropped 21.8%, more than the 20% decline"
    sizes = _of_sizes(phrase) or all(
        isinstance(f, PercentFact) and f.direction == "down" for f in (a, b)
    )
    ai, bi = (interval(a), interval(b)) if sizes else (_signed(a), _signed(b))
    outcome = weigh(ai, ">" if op == ">" else "<", bi)
    relation = f"{_show(a, sizes)} {op} {_show(b, sizes)}"
    said = f"{sides[0]} {relation} {sides[1]}" if sides else relation
    return judged(
        "comparison",
        [a.id, b.id],
        outcome,
        f'"{phrase}"{f" ({how})" if how else ""}: {said}{"" if outcome.ok else " does not hold"}',
        relative_to=bi.mid,
        digit=digit_of(a, b),
        expected=relation,
        actual=f"{_show(a)} vs {_show(b)}",
    )


def _unordered(a: Numeric, b: Numeric, lead: str) -> Verdict:
    """A pair the text sets together without ordering: ``unverifiable``, with the figures' order.

    Args:
        a: the first figure of the pair.
        b: the second.
        lead: what the text does with them ("the text puts 71% beside 72%").
    """
    av, bv = _signed(a).mid, _signed(b).mid
    order = ">" if av > bv else "<" if av < bv else "="
    relation = f"{_show(a)} {order} {_show(b)}"
    return judged(
        "comparison",
        [a.id, b.id],
        UNDECIDED,
        f"{lead}; the figures give {relation}",
        expected=relation,
    )


#: After a pair set side by side ("$10 a ton, compared with $45 for ..."), a clause whose
#: pronoun stands for the first and whose comparative orders the two: ", so it can be cheaper".
_THEN_ORDERED = re.compile(
    r"[^.;:!?]{0,60}?,?\s+(?:so|and|which\s+(?:makes|made|means|meant))\s+(?:it|they|that|this)"
    r"\s+(?:[\w'’]+\s+){0,3}?(?:(?P<gt>higher|more\s+expensive|costlier|pricier|larger|bigger"
    r"|greater)|(?P<lt>cheaper|lower|smaller|less\s+expensive))\b"
    # the comparative orders the pair itself, not another quality ("and it is less profitable")
    r"(?=\s+than\b|\s*[,.;:]|\s+(?:option|choice|one|alternative|of\s+the\s+two)\b)",
    re.I,
)
#: After a pair "compared with", a result clause whose verb orders it: ", so Corrigan
#: outperformed the country" (its subject is the first figure's; not "and the price trailed the
#: regional average", which orders something else).
_THEN_VERB = re.compile(
    r"[^.;:!?\d]{0,60}?,?\s+(?:so|meaning)\s+(?:(?:it|they|that|this|the\s+[a-z]+)\s+"
    r"|(?:[A-Z][\w'’&.-]*\s+){1,3})(?:(?P<gt>outperform\w*|outpac\w*|beat|exceed\w*|topp?\w*"
    r"|surpass\w*)|(?P<lt>trail\w*|lagg\w*|underperform\w*))\b",
)
#: A figure marked as where a change started ("up from $385,000").
_FROM_BEFORE = re.compile(rf"\bfrom\s+{HEDGE_WORD}$", re.I)
#: A second predicate of the same subject: "... and well above ...", ", but still below ...".
_AND_ALSO = re.compile(
    # the start's own time may come first: "up from 52% in 2018 but below", "a year ago, and"
    r"^(?:\s+(?:in|on|at|during|since)\s+[\w\s.'’-]{1,25}?|\s+(?:a|one|two|three)\s+(?:year|month"
    r"|quarter|week|decade)s?\s+(?:ago|earlier|before)|\s+(?:last|this)\s+\w+)?\s*,?\s*(?:and|but)\b",
    re.I,
)


#: After a change's start, a participle that orders the level: ", beating the 94 cents
#: analysts had expected", ", topping forecasts of".
_THEN_ORDERING = re.compile(
    r"^\s*,\s*(?:(?:comfortably|easily|narrowly|well|just)\s+)?(?:beating|topping|exceeding"
    r"|surpassing|missing|trailing|lagging|outpacing|outstripping)\b",
    re.I,
)


def _level_of_start(start: Numeric, facts: list[Numeric]) -> Numeric | None:
    """The figure before a change's start in its sentence, of the same sort: the level."""
    earlier = [f for f in facts if f.span[1] <= start.span[0] and comparable(f, start)]
    return earlier[-1] if earlier else None


def _of_sizes(phrase: str) -> bool:
    """A comparative of changes themselves: "a smaller drop than", "a bigger loss than".

    The two changes are ordered by size, not by signed value (a 4% fall is a smaller drop than
    a 6% one, though -4% > -6%).
    """
    words = phrase.lower().split()[1:-1]  # between the comparative and "than"
    return any(w in _CHANGE_NOUNS for w in words)


#: Nouns of a change, either way: a comparative before one orders the changes by size.
_CHANGE_NOUNS = (UP_WORDS | DOWN_WORDS | {"loss", "losses", "decline", "declines", "growth"}) - {
    "up",
    "down",
    "higher",
    "lower",
}


def _show(f: Numeric, size: bool = False) -> str:
    if isinstance(f, PercentFact):
        sign = "-" if f.direction == "down" and not size else ""
        return f"{sign}{f.value}%"
    return human(f.value)


#: Between an amount and the percent that restates it: "$90 million, or 8%", "$90 million (8%".
_OR_PERCENT = re.compile(rf"^\s*(?:,\s*or\s+|\s+or\s+|\(\s*){HEDGE_WORD}$", re.I)


def _restated_gap(ctx: RuleContext, p: PercentFact) -> Numeric | None:
    """The amount a percent restates right after it ("$90 million, or 8%, larger than").

    That amount is the gap the comparison word states; a bare percent before "larger than"
    ("$1.24 billion, about 8% larger than") is itself the gap, a change pct_change reads.
    """
    before = [f for f in ctx.figures_in(p.sentence) if f.span[1] <= p.span[0]]
    if before and _OR_PERCENT.match(ctx.between(before[-1], p)):
        return before[-1]
    return None


def _parallel(ctx: RuleContext, a: Numeric, b: Numeric) -> str | None:
    """The measure named before both figures ("P/E of"), when one sentence gives it twice."""
    lead_a = ctx.before(a, 25)
    lead_b = ctx.between(a, b)
    if not _PARALLEL.match(lead_b) or len(lead_b) > 40:
        return None
    name_a = re.search(r"([\w/.-]+\s+(?:of|at))\s*$", lead_a)
    name_b = re.search(r"([\w/.-]+\s+(?:of|at))\s*$", lead_b)
    if name_a and name_b and name_a.group(1).lower() == name_b.group(1).lower():
        return name_a.group(1)
    return None


def _side_by_side(ctx: RuleContext, numeric: list[Numeric]) -> list[Verdict]:
    verdicts = []
    by_sentence: dict[int, list[Numeric]] = {}
    for f in numeric:
        by_sentence.setdefault(f.sentence, []).append(f)
    for facts in by_sentence.values():
        facts.sort(key=lambda f: f.span[0])
        subject: tuple[Numeric, Numeric] | None = None  # (first, second) of the last ordered pair
        start, end = from_to(ctx, facts[0].sentence)
        for a, b in itertools.pairwise(facts):
            between = ctx.between(a, b)
            if a.value_max is not None or b.value_max is not None:
                # "sales of $610-650 million, above the $585 million expected": a range set
                # against a figure is within_range's; no figure before it stands in for it
                subject = None
                continue
            if a is start and end is None:
                # "58 points from 27 matches, ahead of Castlemoor on 54": a "from" with no "to"
                # counts what the figure before it was made from; that figure is the subject
                earlier = [
                    g
                    for g in facts
                    if g.span[1] <= a.span[0] and comparable(g, b, per_implied=True)
                ]
                if earlier and re.fullmatch(r"\s*from\s+", ctx.between(earlier[-1], a)):
                    a = earlier[-1]
            if a is start and end is not None and end.span[1] <= a.span[0]:
                # "rose to $412 million from $356 million, beating the $398 million expected":
                # what beat the forecast is the level the change reached, not its start
                a = end
            if subject is not None and subject[1] is a and _GOES_ON.match(between):
                # "2.9% is higher than Seattle's 2.4% but lower than Denver's 3.6%": the second
                # comparison is the first figure's too
                a = subject[0]
            elif _GOES_ON.match(between) and is_comparand(ctx, a):
                # "crested at 27.8 feet, 8.2 feet above its flood stage of 18 feet and higher
                # than the record": the comparison goes on about the sentence's subject (the
                # last figure before that is neither compared with nor a gap), not the figure
                # it compared with
                subjects = [
                    g
                    for g in facts
                    if g.span[1] <= a.span[0]
                    and not is_comparand(ctx, g)
                    and not ctx.is_gap(g)
                    and comparable(g, b, per_implied=True)
                ]
                if not subjects:
                    subject = None
                    continue
                a = subjects[-1]
            subject = None
            settle = _SETTLE.search(between)
            if (
                settle
                and len(between) <= _NEAR_CHARS
                and isinstance(a, PercentFact)
                and isinstance(b, PercentFact)
                and a.points == b.points
                and a.direction != "down"
                and b.direction is None
            ):
                # a rate that "levels out" at another: both are rates of the same thing
                verdicts.append(
                    _order(a, b, ">", " ".join(settle.group(0).split()), "side by side")
                )
                continue
            # "coal ($10 per short ton) is cheaper than ... ($45)": the comparison word ties the
            # two, and the rate's denominator printed on one holds for the other
            tied = len(between) <= _NEAR_CHARS and any(
                p.search(between) for p in (_PAIR_GT, _PAIR_LT, _PAIR_EQ)
            )
            if _in_points(a) and isinstance(b, PercentFact) and len(between) <= _PAIR_REACH:
                # "61%, 4 points higher than the 57% of 2020": a gap in percentage points,
                # checked only against a level the clause prints (else no check at all)
                gap = GAP_WORDS.match(between)
                level = _gap_level(ctx, a, b, numeric) if gap else None
                if gap and level is not None and _plain_rate(b) and _plain_rate(level):
                    verdicts.append(_gap(ctx, a, b, gap, numeric))
                continue
            pct_gap = GAP_WORDS.match(re.sub(r"^\s*,", " ", between))
            if isinstance(a, PercentFact) and not isinstance(b, PercentFact) and pct_gap:
                # "$1.24 billion, about 8% larger than the $1.15 billion": the percent is the gap
                # (pct_change reads it); "$90 million, or 8%, larger than": the amount is (two
                # percents, "5.2%, higher than the 4.8% expected", are levels side by side)
                amount = _restated_gap(ctx, a)
                if amount is not None and comparable(amount, b) and not _in_points(amount):
                    verdicts.append(_gap(ctx, amount, b, pct_gap, numeric))
                continue
            if not comparable(a, b, per_implied=True) and _cue_before(between):
                # "780 homes ... within 15 miles, fewer than the 810 ...": the figure between is
                # of another measure; the order is the first one's
                across = _across(ctx, facts, a, b)
                if across is not None:
                    a = across
                    tied = True
            if len(between) > _PAIR_REACH or not comparable(a, b, per_implied=tied):
                continue
            parallel = _parallel(ctx, a, b)
            if parallel:
                lead = (
                    f'"{parallel}" given twice side by side ({_show(a)} and {_show(b)}) with no '
                    "word saying how they compare"
                )
                verdicts.append(_unordered(a, b, lead))
                continue
            if re.search(r"\b(?:up|down|rising|falling)\s+from\b", between, re.I):
                continue  # a level change: abs_change reads it
            gap = GAP_WORDS.match(between)
            if gap and not isinstance(a, PercentFact):
                # "$410 million above the request of $12.3 billion": the first is the gap; "$40
                # more than last year, while the cheapest seats cost $95" has no base printed
                # "$2,400 less than the outgoing model and about $1,100 more than": the base was
                # named without a figure, and the next figure is another gap's
                if (
                    not _GAP_CLAUSE_BREAK.search(between)
                    and not _COORDINATED.search(between, gap.end())
                    # the base right after the words, named at most ("the agency's request
                    # of"): "10 under par on the par-71 course, holding off ... by two" has none
                    and _GAP_BASE.match(between[gap.end() :])
                ):
                    verdicts.append(_gap(ctx, a, b, gap, numeric))
                continue
            if (
                _GAP_AFTER.match(between)
                and not isinstance(a, PercentFact)
                and not isinstance(b, PercentFact)
                and not _a_difference(ctx, b)
            ):
                continue  # "half an inch larger on the diagonal, ... larger than the 15-inch"
            cues = [
                (m.start(), ">" if kind == "gt" else "<" if kind == "lt" else "=", m.group(0))
                for kind, pattern in (("gt", _PAIR_GT), ("lt", _PAIR_LT), ("eq", _PAIR_EQ))
                for m in pattern.finditer(between)
                # "..., more than 300 trucks": a hedge on the next figure, not a comparison
                if not (m.group(0).lower() in _HEDGES and not between[m.end() :].strip())
                # "2.1 million, little more than half of its 4 million": a ratio's bound
                and not _FRACTION_NEXT.match(between, m.end())
            ] + _speed_cues(a, b, between)
            if not cues:
                continue
            if _FROM_BEFORE.search(ctx.before(a, 20)) and (
                _AND_ALSO.match(between) or _THEN_ORDERING.match(between)
            ):
                # "sells for $410,000, up from $385,000 and well above the median of $360,000":
                # the level, not the start of its change, is what the second cue orders
                level = _level_of_start(a, facts)
                if level is None:
                    continue
                a = level
            if _SPREAD_OVER.search(ctx.before(a, 16)):
                # "has 24.6 students across 464 classrooms, just under the cap of 25": what the
                # figure is spread over is no side; the clause's own figure before it is
                own = [
                    f
                    for f in numeric
                    if f.sentence == a.sentence
                    and f.span[1] <= a.span[0]
                    and comparable(f, b, per_implied=True)
                ]
                if not own:
                    continue
                a = own[-1]
            at, op, phrase = min(cues)
            if (
                getattr(a, "direction", None) is not None
                and getattr(b, "direction", None) is None
                and not isinstance(a, PercentFact)
                and _CHANGE_BY.search(ctx.before(a, 30))
                and _CONJOINED_CUE.search(between[:at])
            ):
                # "planted 84.1 million acres, up 1.2 million acres, or 1.4%, from last year and
                # more than the 83.3 million analysts had expected": what passed the forecast is
                # the level the change is of, not the change
                levels = [
                    g
                    for g in facts
                    if g.span[1] <= a.span[0]
                    and getattr(g, "direction", None) is None
                    and not isinstance(g, PercentFact)
                    and comparable(g, b, per_implied=True)
                ]
                if not levels:
                    continue
                a = levels[-1]
                between = ctx.between(a, b)
                at = between.rfind(phrase)
            if _DIGITS_BEFORE_CUE.search(between[:at]):
                continue  # "78.3 years, putting Eastvale 6.3 years above it": the cue's own amount
            if _NEW_SUBJECT.search(between[:at]):
                continue  # "if winds reach 23 mph or gusts exceed 34 mph": gusts exceed it
            if _AMOUNT_BEFORE_CUE.search(between[:at]) and (
                is_comparand(ctx, a) or _START_BEFORE.search(ctx.before(a, 24))
            ):
                # "gained four seats from the 19 it held, two more than the 21 needed", "54.6 F
                # ... and half a degree above the record of 56.4 F": a difference the text
                # gives in words; what it orders is a level it does not print, not the start
                # of a change or the figure an earlier comparison was made with
                continue
            if (
                (
                    _GAP_CLAUSE_BREAK.search(between[:at])
                    # "20TB drives ..., but SDK is going far beyond that with 80TB": the cue points
                    # back at the first figure across the clause
                    and not _BACK.match(between[at + len(phrase) :])
                )
                or _BY_MARGIN.search(between)
            ):
                # "Odeh, who has $600,000, while ... Ruiz trails far behind with $85,000": the
                # cue's subject is in a new clause; "trails Tessin Gold by some 300,000": a margin
                continue
            if re.match(r"(?:a\s+)?(?:\w+\s+)?(?:older|younger)\b", phrase, re.I) and not all(
                getattr(f, "unit", None) == "years" for f in (a, b)
            ):
                continue  # "12 minutes aged 84, a year older than ... at 83": ages only
            if _GAP_CLAUSE_BREAK.search(between, at + len(phrase)):
                continue  # "short of the museum's total, while the site drew 88,000": no comparand
            back = _BACK.match(between[at + len(phrase) :])
            if len(between) > _NEAR_CHARS and not back and not _cue_before(between):
                continue  # a long way apart: only "beyond that" ties them
            phrase = " ".join(phrase.split())
            if back and op != "=":
                # "20TB drives ..., but SDK is going far beyond that with 80TB drives": the cue
                # points back at the first figure, so the second is the one it orders
                verdicts.append(_order(b, a, op, f"{phrase} {back.group(1)}", "side by side"))
                continue
            if op == "=" and "," in between[at + len(phrase) :]:
                continue  # "compared to a year ago, and down 21%": the cue names a time
            if op == "=":
                stop = ctx.sentences[b.sentence][1]
                then = _THEN_ORDERED.match(ctx.text, b.span[1], stop) or _THEN_VERB.match(
                    ctx.text, b.span[1], stop
                )
                if then is not None:
                    # "about $10 per short ton, compared with about $45 ..., so it can be
                    # cheaper": the clause after the pair orders it, its pronoun the first
                    word = then.group("gt") or then.group("lt") or ""
                    order = ">" if then.group("gt") else "<"
                    said = f"{phrase} ... {' '.join(word.split())}"
                    verdicts.append(_order(a, b, order, said, "side by side"))
                    continue
                lead = (
                    f'"{phrase}": the text puts {_show(a)} beside {_show(b)} without saying '
                    "which is larger"
                )
                verdicts.append(_unordered(a, b, lead))
                continue
            verdicts.append(_order(a, b, op, phrase, "side by side"))
            subject = (a, b)
    return verdicts


#: A difference in words right before an ordering word: "two more than", "half a degree
#: above", "a few points below" (a figure in digits there is a fact of its own).
_AMOUNT_BEFORE_CUE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a\s+few"
    r"|several|half|a\s+half|a\s+third|a\s+quarter|a\s+fraction)(?:\s+an?)?(?:\s+[a-z]+){0,2}\s*$",
    re.I,
)
#: An amount in digits right before the cue, between the two figures: the difference the cue
#: states ("6.3 years above it"), not one of the two sides it orders.
#: Before a figure that counts what another is spread over: "across 464 classrooms".
_SPREAD_OVER = re.compile(r"\b(?:across|among|per|in\s+each\s+of)\s+(?:the\s+|its\s+)?$", re.I)
_DIGITS_BEFORE_CUE = re.compile(
    r"(?<![\d,.])(?!(?:1[89]|20)\d\d\b)\d(?:[\d,.]*\d)?(?:\s*%|\s+(?!(?:and|or|but|in|on)\b)[a-z]+)\s+$"
)
#: The start of a change right before a figure: "from the 19 it held", "from about 40".
_START_BEFORE = re.compile(rf"\bfrom\s+(?:the\s+|its\s+|their\s+)?{HEDGE_WORD}$", re.I)
#: After "more than" / "less than", a fraction or multiple: the words bound a ratio ("more than
#: half of", "less than a third of", "more than twice"), which :mod:`ratio` reads.
_FRACTION_NEXT = re.compile(
    r"\s*(?:half|a\s+(?:third|quarter|fifth|tenth|half)|one[- ](?:third|quarter|half)"
    r"|two[- ]thirds|three[- ]quarters|twice|double|triple|thrice|\w+\s+times"
    r"|(?:one|\d+)\s+(?:in|out\s+of)\s+\w+)\b",  # "more than one in eight of the 300 million"
    re.I,
)
#: Before a comparison word, a coordinated clause with a subject of its own: "23 mph or gusts
#: exceed", "$5, while imports topped" (not "and well above", "and is higher than").
_NEW_SUBJECT = re.compile(
    r"\b(?:and|or|but|while|whereas)\s+(?:(?:the|its|their|his|her|our|some|many|most)\s+)?"
    r"(?!(?:well|far|still|just|much|even|also|slightly|nearly|is|was|are|were|has|had|been"
    r"|be|it|that|this|then|now|way|significantly|considerably|substantially)\b)"
    r"(?![a-z]+ly\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+$",
    re.I,
)
#: A comparative right after a figure makes the figure a difference ("half an inch larger on
#: the diagonal", "$5 cheaper"): no level for an ordering word further on to compare.
_GAP_AFTER = re.compile(
    r"^\s+(?:larger|bigger|smaller|higher|lower|more|less|fewer|greater|longer|shorter|taller"
    r"|wider|narrower|heavier|lighter|faster|slower|cheaper|dearer|older|younger|thinner"
    r"|thicker)\b(?!\s+than\b)",
    re.I,
)
#: A change noun right after a figure: "a 2% gain", "the 3-point drop".
_CHANGE_AFTER = re.compile(
    r"^\s*(?:gains?|drops?|declines?|increases?|decreases?|rises?|falls?|jumps?|climbs?|dips?"
    r"|slides?|losses|advances?|growth)\b",
    re.I,
)


def _a_difference(ctx: RuleContext, fact: Figure) -> bool:
    """Whether a figure is a difference or change itself: "the index's 2% gain", "5 more"."""
    if getattr(fact, "direction", None) is not None:
        return True
    after = ctx.text[fact.span[1] : fact.span[1] + 30]
    return bool(_GAP_AFTER.match(after) or _CHANGE_AFTER.match(after))


#: How close to the second figure an ordering word must stand for :func:`_across`.
_CUE_TAIL = 40


def _cue_before(between: str) -> bool:
    """Whether an ordering word stands right before the second figure ("..., trailing rival's")."""
    tail = between[-_CUE_TAIL:]
    return any(
        not tail[m.end() :].strip(" ,") or re.fullmatch(r"[\s\w'’-]{0,30}", tail[m.end() :])
        for pattern in (_PAIR_GT, _PAIR_LT)
        for m in pattern.finditer(tail)
    )


def _across(ctx: RuleContext, facts: list[Numeric], a: Numeric, b: Numeric) -> Numeric | None:
    """The figure before ``a`` that ``b`` is compared with, when ``a`` is of another measure.

    Only the nearest figure of ``b``'s measure, with nothing of that measure between, in the same
    clause chain (no ";", no coordinated clause with a subject of its own).
    """
    earlier = [f for f in facts if f.span[1] <= a.span[0]]
    for g in reversed(earlier):
        if comparable(g, b, per_implied=True):
            between = ctx.between(g, b)
            if ";" in between or _NEW_SUBJECT.search(between) or len(between) > _PAIR_REACH:
                return None
            return g
    return None


#: A new clause between a gap and the next figure: that figure is not the gap's base.
_GAP_CLAUSE_BREAK = re.compile(r",\s*(?:while|whereas|but|and|as|although|though)\b|;", re.I)
#: Between a gap's words and its base: at most a few words that name it ("the request of").
_GAP_BASE = re.compile(
    rf"\s*(?:{NAMED_FIGURE}"
    # "than a year ago, when it topped", "than its rival, which lists at"
    rf"|[^,;:()\d$€£¥]{{0,40}},\s*(?:which|when|where)\s+(?:[\w'’-]+\s+){{1,3}}?{HEDGE_WORD}$)",
    re.I,
)
#: Right before the second figure, "by": it is the margin, not a level ("trails X by 300,000").
_BY_MARGIN = re.compile(r"\bby\s+(?:(?:some|about|nearly|roughly|almost|just)\s+)?$", re.I)
#: A conjunction between a gap's words and the next figure: the base is no figure of its own.
_COORDINATED = re.compile(r"\b(?:and|or|but|while|whereas)\b", re.I)


#: A sentence that opens by comparing the level the sentence before ends on: "That exceeds the
#: $3.5 billion target", "It is still short of the", "Attendance still trailed the".
_THAT_COMPARES = re.compile(
    r"^\W*(?:that|this|it|[A-Z][a-z]+\s+still)(?:\s+(?:figure|total|amount|level|sum))?\s+"
    r"(?:(?:is|was|would\s+be"
    r"|will\s+be|remains)\s+)?(?:(?:still|well|far|just|slightly|comfortably)\s+)?"
    r"(?:(?P<gt>exceeds?|exceeded|tops|topped|surpass\w*|beats?|(?:higher|more|greater|larger)"
    r"\s+than|above|over)|(?P<lt>trails?|trailed|lags?|lagged|(?:lower|less|fewer|smaller)\s+than"
    r"|below|short\s+of|under))\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?"
    rf"{HEDGE_WORD}$",
    re.I,
)


#: A sentence that opens by comparing its subject, named by a noun of the sentence before,
#: with a figure: "The vacancy rate remains below the 21.3% peak", "The Wexford rate remains
#: slightly above the national figure of 3.1%".
_SUBJECT_COMPARES = re.compile(
    r"^\W*(?:the\s+|its\s+|their\s+)?(?P<subject>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:is|was|remains|remained|stays|stayed|sits|sat|stands|stood)\s+(?:still\s+|now\s+)?"
    r"(?:(?:well|far|just|slightly|comfortably|still|much)\s+)?"
    rf"(?:(?P<gt>{ABOVE_WORDS})|(?P<lt>{BELOW_WORDS}))\s+{NAMED_FIGURE}",
    re.I,
)


def _names_subject_before(ctx: RuleContext, cue: re.Match[str], a: Numeric) -> bool:
    """Whether the subject a comparison opens with is named where the figure ``a`` stands."""
    if "subject" not in cue.groupdict() or cue.group("subject") is None:
        return True  # "That exceeds ...": the pronoun is the figure before
    generic = {"rate", "figure", "level", "number"}
    words = cue.group("subject").lower().split()
    head = words[-1].strip(".,'’") if words else ""
    named = content_words(ctx.sentence_text(a.sentence))
    if head and head not in generic and head in content_words(head):
        # "The new bill is still below": the bill must be named there, not just "new"
        return any(w == head or w.rstrip("s") == head.rstrip("s") for w in named)
    mine = content_words(cue.group("subject")) - generic
    return bool(mine & named)


def _rate_and_change(a: Numeric, b: Numeric) -> bool:
    """A rate of change and a plain rate a sentence compares: "rose 3.4% ... above the 3.1%"."""
    if not (isinstance(a, PercentFact) and isinstance(b, PercentFact)):
        return False
    if a.points or b.points or a.value_max is not None or b.value_max is not None:
        return False
    if "down" in (a.direction, b.direction):
        return False  # a fall's size is no rate to order
    return (a.measure == "change") != (b.measure == "change")


def _that_compares(ctx: RuleContext, numeric: list[Numeric]) -> list[Verdict]:
    """For "The fund will grow to $3.9 billion ... That exceeds the $3.5 billion target"."""
    verdicts = []
    for b in numeric:
        if b.sentence == 0:
            continue
        opens = ctx.sentences[b.sentence][0]
        opening = ctx.text[opens : b.span[0]]
        cue = _THAT_COMPARES.match(opening) or _SUBJECT_COMPARES.match(opening)
        if cue is None:
            continue
        start: Numeric | None
        end: Numeric | None
        if isinstance(b, PercentFact):
            rates = [p for p in ctx.percents() if p.sentence == b.sentence - 1]
            start, end = percents_from_to(ctx, rates)
        else:
            start, end = from_to(ctx, b.sentence - 1)
        earlier = [
            f
            for f in numeric
            if f.sentence == b.sentence - 1
            and f is not start
            and (comparable(f, b, per_implied=True) or _rate_and_change(f, b))
        ]
        a: Numeric | None = (
            end if end is not None and comparable(end, b, per_implied=True) else None
        )
        if a is None and earlier:
            a = earlier[-1]
        if a is None or not _names_subject_before(ctx, cue, a):
            continue
        said = " ".join(cue.group(0).split())
        verdicts.append(_order(a, b, ">" if cue.group("gt") else "<", said, "pointing back"))
    return verdicts


#: A comparison that goes on with the same subject: " but lower than", ", and well above".
#: A change word right before a figure: the figure is the change's amount ("up 1.2 million").
_CHANGE_BY = re.compile(rf"\b(?:{UP_STEMS}|{DOWN_STEMS})\s+(?:by\s+)?{HEDGE_WORD}$", re.I)
#: A conjunction right before a comparison word: the comparison goes on about the subject.
_CONJOINED_CUE = re.compile(r"\b(?:and|but|yet)\s+(?:(?:still|also|even|well|far|much)\s+)?$", re.I)
_GOES_ON = re.compile(
    r"^\s*,?\s*(?:but|and|yet|while|though)\s+(?:(?:still|also|even|well|far|much)\s+)?"
    r"(?:higher|lower|more|less|fewer|greater|smaller|larger|above|below|ahead\s+of|behind)\b",
    re.I,
)


#: A sentence that opens by pointing at a figure of the sentence before: "That total is ...".
_POINTS_BACK = re.compile(
    r"^\W*(?:that|this|the)\s+(?:total|figure|amount|sum|number|budget|level|price|bill"
    r"|request|spending|cost|estimate)\b",
    re.I,
)
#: Between a level and the gap that follows it in one clause: "$12.71 billion, which is", or
#: the gap in apposition to the level ("cost $120 million, $20 million more than ...", "crested
#: at 28 feet — 3 feet above flood stage", "$3.78 a gallon nationwide, 38 cents lower than").
_LEVEL_IS = re.compile(
    r"^(?:[^;:()]{0,50}\b(?:is|was|are|were|be|been|stands?\s+at|stood\s+at|comes?\s+to"
    r"|came\s+to)\s+|(?:\s+(?:a|an|per)\s+[a-z]+)?(?:\s+[\w'’&.-]+){0,5}\s*(?:,|—|–|--)\s*"
    r"(?:or\s+)?)"
    rf"{HEDGE_WORD}$",
    re.I,
)


def _in_points(f: Numeric) -> bool:
    """A figure in percentage points: "2 percentage points", or "4 points" beside percents."""
    if isinstance(f, PercentFact):
        return f.points
    return unit_of(f)[0] in {"points", "point", "pts"}


def _plain_rate(f: Numeric) -> bool:
    """A percent that is a level, not a change or a points figure ("57%", not "down 3%")."""
    return isinstance(f, PercentFact) and not f.points and f.direction is None


def _gap_level(
    ctx: RuleContext, gap: Numeric, base: Numeric, numeric: list[Numeric]
) -> Numeric | None:
    """The level the article prints for what is ``gap`` above or below ``base``, if it gives one.

    In the clause before the gap ("the bill's $12.71 billion is $410 million above ..."), or
    in the sentence before when the gap's sentence points back at it ("... $12.71 billion.
    That total is $410 million above ..."): the one figure of the same measure there.
    """
    earlier = [f for f in numeric if f.span[1] <= gap.span[0] and comparable(f, base)]
    same = [
        f
        for f in numeric
        if f.span[1] <= gap.span[0]
        and f.sentence == gap.sentence
        and comparable(f, base, per_implied=True)  # "$3.78 a gallon, 38 cents lower than $4.16"
    ]
    if same and (
        same[-1].id in ctx.start_values() or _FROM_BEFORE.search(ctx.before(same[-1], 20))
    ):
        # "rose to 7.18% last week from 7.09%, ..., and was 1.16 points higher than a year
        # earlier": the start of the clause's change is no level; the level it rose to is
        same = same[:-1] if (level := _level_of_start(same[-1], same)) is None else [level]
    if same and _LEVEL_IS.match(ctx.between(same[-1], gap)):
        return same[-1]
    opening = ctx.text[ctx.sentences[gap.sentence][0] : gap.span[0]]
    before = [f for f in earlier if f.sentence == gap.sentence - 1]
    if not same and len(before) == 1 and _POINTS_BACK.match(opening):
        return before[0]
    return None


def _gap(
    ctx: RuleContext, gap: Numeric, base: Numeric, word: re.Match[str], numeric: list[Numeric]
) -> Verdict:
    """``gap`` above or below ``base``: the level it implies, against the one printed for it."""
    phrase = " ".join(word.group(0).split())
    implied = interval(base) + interval(gap) if word.group("gt") else interval(base) - interval(gap)
    points = " points" if _in_points(gap) else ""
    pct = "%" if isinstance(base, PercentFact) else ""
    said = f"{human(gap.value)}{points} {phrase} {human(base.value)}{pct}"
    level = _gap_level(ctx, gap, base, numeric)
    if level is None:
        return judged(
            "comparison",
            [gap.id, base.id],
            UNDECIDED,
            f'"{phrase}" makes {human(gap.value)} a gap, not a level: {said} is about '
            f"{human(implied.mid)}; the article prints no figure for that level",
            expected=implied.mid,
            tolerance=implied.half_width,
            digits=5,
        )
    return agreement(
        "comparison",
        [level.id, gap.id, base.id],
        implied,
        interval(level),
        f"{said} is {human(implied.mid)}{pct}, the level the article gives as "
        f"{human(level.value)}{pct}",
        off=lambda miss: f": off by {human(miss)}{points}",
        digit=sum_digit(level.value, level, gap, base),
    )


def _comparables(f: Numeric, numeric: list[Numeric], sentences: set[int]) -> list[Numeric]:
    """The other figures of the same sort as ``f`` in the given sentences."""
    return [g for g in numeric if g is not f and g.sentence in sentences and comparable(f, g)]


#: The words that name a difference: "a margin of 462 votes", "a gap of $2 million".
_MARGIN_BEFORE = re.compile(
    rf"\b(?:a|the|an)\s+(?:\w+\s+)?(?:margin|gap|difference|spread|lead)\s+of\s+{HEDGE_WORD}$",
    re.I,
)
#: Between the two figures a margin separates: "8,412 votes to 7,950", "52% against 48%".
_VERSUS = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:to|against|versus|vs\.?|and)\s+$", re.I)


def _margins(ctx: RuleContext, numeric: list[Numeric]) -> list[Verdict]:
    """For "won 8,412 votes to 7,950, a margin of 462 votes": the difference of the two."""
    verdicts = []
    for group in group_by_sentence(numeric).values():
        facts = sorted(group, key=lambda f: f.span)
        for at, margin in enumerate(facts):
            if at < 2 or not _MARGIN_BEFORE.search(ctx.before(margin, 40)):
                continue
            a, b = facts[at - 2], facts[at - 1]
            if not ((comparable(a, b) and comparable(b, margin)) or _in_points(margin)):
                continue
            if not _VERSUS.match(ctx.between(a, b)) or len(ctx.between(b, margin)) > 30:
                continue
            difference = interval(a) - interval(b)
            if difference.hi < 0:
                difference = interval(b) - interval(a)
            verdicts.append(
                agreement(
                    "comparison",
                    [margin.id, a.id, b.id],
                    difference,
                    interval(margin),
                    f"{_show(a)} against {_show(b)} is a difference of {human(difference.mid)}; "
                    f"the article gives {human(margin.value)}",
                    off=off_by,
                    digit=sum_digit(margin.value, margin, a, b),
                )
            )
    return verdicts


#: After a figure, a clause about what it makes its bearer: ", making it the largest".
_MAKING = re.compile(
    r"^\s*,?\s*(?:making\s+(?:it|them|him|her)|to\s+become|becoming|which\s+makes)\b", re.I
)


#: The last superlative of the words before a figure.
_SUPER_BEFORE = re.compile(
    r".*\b(?:highest|largest|biggest|greatest|lowest|smallest|fewest|least)\b", re.I | re.S
)
#: After a superlative's noun phrase, a comma and a word that opens the clause's predicate (not
#: "at", "of", "worth" ...: "the largest gift, at $5 million" still ranks the figure).
_PREDICATE = re.compile(
    r",\s+(?!(?:at|of|worth|about|around|roughly|nearly|some|with|valued|totall?ing|or|just"
    r"|almost|more|less|over|under)\b)[a-z]+\b"
)
#: A conjunction before a figure, the last one: what stands before it is another clause's.
_CONJ_BEFORE = re.compile(r".*\b(?:but|while|whereas|and)\b", re.I | re.S)
#: After a figure, the group it counts named by a superlative: "the 2,611 in the least active
#: group", "38 of the largest banks".
_GROUP_AFTER = re.compile(
    r"\s+(?:in|of|from|among|at|across)\s+(?:the|its|their)\s+(?:\w+['’]s\s+)?"
    r"(?:most|least|highest|lowest|largest|biggest|smallest|fewest|best|worst)\b",
    re.I,
)
#: Before a figure, the group it is taken from named by a superlative: "Among the 2,611 in the
#: least active group, 203 ...".
_GROUP_BEFORE = re.compile(
    r"\b(?:in|of|from|among|at|across)\s+(?:the|its|their)\s+(?:\w+['’]s\s+)?"
    r"(?:most|least|highest|lowest|largest|biggest|smallest|fewest|best|worst)\b[^,.;:]*,\s*$",
    re.I,
)
#: After a figure, a phrase that opens on a new noun: ", with its", " and the", ", while".
_NEW_PHRASE = re.compile(r"\s*,?\s*(?:with|and|while|whereas|but|as|including)\b", re.I)


def _superlatives(ctx: RuleContext, numeric: list[Numeric]) -> list[Verdict]:
    verdicts = []
    for f in numeric:
        after = ctx.after(f, 25)
        if re.match(r"[\s-](?:highest|largest|biggest|greatest|lowest|smallest|fewest)\b", after):
            continue  # "the 20-largest banks": how many of the top, not a level
        if _GROUP_AFTER.match(after):
            continue  # "the 2,611 in the least active group": the group ranks, not the count
        if _MAKING.match(after) or _NEW_PHRASE.match(after):
            # "to 45% from 11%, making it the largest shareholder": the holder ranks; "$2.7
            # billion, with its largest customer alone taking ...": the next phrase's noun
            after = ""
        before = ctx.before(f, 30)
        if (cut := _CONJ_BEFORE.search(before)) is not None:
            # "making it the largest party but leaving it 18 seats short": the superlative
            # ranks the clause before the conjunction, not this figure
            before = before[cut.end() :]
        if (ranked := _SUPER_BEFORE.search(before)) is not None and _PREDICATE.search(
            before, ranked.end()
        ):
            # "Bayview Health, the region's largest hospital system, lost $84 million": the
            # superlative ranks the subject named before the clause's verb, not its figure
            before = before[ranked.end() :]
        if _GROUP_BEFORE.search(before):
            before = ""  # "in the least active group, 203 were": the group ranks
        near = before + " " + after
        high, low = _SUPER_MAX.search(near), _SUPER_MIN.search(near)
        if not (high or low) or (high and low):
            continue
        sentence = ctx.sentence_text(f.sentence)
        if re.search(
            r"\b(?:since|ever|in\s+(?:years|decades|(?:(?:its|their|the\s+\w+['’]s)\s+)?"
            r"(?:[\w-]+\s+)?history)"
            r"|in\s+(?:(?:more\s+than|over|nearly|almost|about|at\s+least)\s+)?(?:a|an|\w+)\s+"
            r"(?:years?|months?|weeks?|decades?))\b",
            sentence,
            re.I,
        ):
            # "the highest since 2008", "the largest in its 137-year history" rank against
            # figures the article does not give
            continue
        if is_total(ctx, f):
            continue  # "a combined $7 million" sums the biggest donors' gifts; it is none of them
        # the sum of the ranked figures is not one of them ("$4 million, $2 million and $1
        # million, a combined $7 million")
        others = [
            g
            for g in _comparables(f, numeric, {f.sentence})
            if not is_total(ctx, g)
            # a level ranks among levels: "fell 87.31 points ... to 1,991.44, its lowest
            # close" sets the close against no change
            and (g.direction is None) == (f.direction is None)
        ]
        if high:
            # "giving reached $48 million, with religious groups receiving the largest portion,
            # $17.3 million ... Education got $9.6 million": a figure as large as all the others
            # together is their whole, no rival of its largest part
            others = [
                g for g in others if g.value < f.value + sum(h.value for h in others if h is not g)
            ]
        if not others:
            continue
        op = ">" if high else "<"
        word = (high or low).group(0)  # type: ignore[union-attr]
        for g in others:
            verdicts.append(_order(f, g, op, word, "superlative"))
    return verdicts


def _adjectives(ctx: RuleContext, numeric: list[Numeric]) -> list[Verdict]:
    """For "a lower increase in 2023 of 4.5 percent" against the figure of the sentence before/after."""
    verdicts = []
    for f in numeric:
        match = _ADJECTIVE.search(ctx.before(f, 50))
        if not match:
            continue
        others = [
            g
            for g in _comparables(f, numeric, {f.sentence - 1, f.sentence + 1})
            # "a smaller population of 211,000" is no time: "52.6 weeks" measures another thing
            if getattr(g, "dimension", None) == getattr(f, "dimension", None)
        ]
        if not others:
            continue
        g = min(others, key=lambda g: min(abs(g.span[0] - f.span[1]), abs(f.span[0] - g.span[1])))
        op = ">" if match.group("gt") else "<"
        word = (match.group("gt") or match.group("lt")).lower()
        verdicts.append(_order(f, g, op, word, "against the figure next to it"))
    return verdicts


def _both(ctx: RuleContext, numeric: list[Numeric]) -> list[Verdict]:
    """For "... 44,947, lower than the 46,797. But both of those fell below ... 50,270"."""
    verdicts = []
    by_sentence = group_by_sentence(numeric)
    for index, match in ctx.first_matches(_BOTH):
        if index == 0:
            continue
        after = [f for f in by_sentence.get(index, []) if f.span[0] >= match.end()]
        if not after:
            continue
        target = after[0]
        earlier = [f for f in by_sentence.get(index - 1, []) if comparable(f, target)]
        if len(earlier) < 2:
            continue
        op = ">" if match.group("gt") else "<"
        word = " ".join((match.group("gt") or match.group("lt")).split())
        for f in earlier[-2:]:
            verdicts.append(_order(f, target, op, f"both ... {word}", "both of the figures before"))
    return verdicts


def _juxtaposed(ctx: RuleContext, numeric: list[Numeric]) -> list[Verdict]:
    """Figures tied back to the sentence before, with no word ordering them.

    "Its standard for that stage had been 8 percent", "over those same two years", "By 2003
    there was $1 billion": the order the figures give is reported, and the check is
    ``unverifiable``.
    """
    verdicts = []
    by_sentence = group_by_sentence(numeric)
    for f in numeric:
        if isinstance(f, PercentFact) and f.measure == "change":
            continue  # "rose 20% over the same period": the period is shared, not compared
        sentence = ctx.sentence_text(f.sentence)
        if f.sentence == 0 or not (_TIED_BACK.search(sentence) or _LATER.match(sentence)):
            continue
        if any(g is not f and comparable(f, g) for g in by_sentence.get(f.sentence, [])):
            continue  # the sentence has its own pair: the side-by-side reading applies
        earlier = [g for g in by_sentence.get(f.sentence - 1, []) if comparable(f, g)]
        if not earlier:
            continue
        g = earlier[-1]
        lead = (
            f"the text ties {_show(f)} back to {_show(g)} in the sentence before without saying "
            "how they compare"
        )
        verdicts.append(_unordered(g, f, lead))
    return verdicts


#: A contrast that compares a clause's level with a later figure after its change was given:
#: ", but still well short of the", ", though still above the".
_BUT_STILL = re.compile(
    r",\s*(?:but|though|yet|although)\s+(?:still\s+)?(?:(?:well|far|slightly|just)\s+)?"
    rf"(?:(?P<gt>{ABOVE_WORDS})|(?P<lt>{BELOW_WORDS}))\s+{NAMED_FIGURE}",
    re.I,
)


def _but_still(ctx: RuleContext, numeric: list[Numeric]) -> list[Verdict]:
    """The level a clause reached against the figure after a contrast.

    "climbed to 61.4 million trips, up 18% from 52.0 million, but still well short of the 88.3
    million of 2019".
    """
    verdicts = []
    for b in numeric:
        cue = _BUT_STILL.search(ctx.before(b, 60))
        if cue is None or isinstance(b, PercentFact):
            continue
        _, end = from_to(ctx, b.sentence)
        if end is None or end.span[1] > b.span[0] or not comparable(end, b, per_implied=True):
            continue
        said = " ".join(cue.group(0).strip(" ,").split())
        verdicts.append(_order(end, b, ">" if cue.group("gt") else "<", said, "after a contrast"))
    return verdicts


def check_comparison(ctx: RuleContext) -> list[Verdict]:
    """Check every comparison sentence whose two sides have figures."""
    numeric: list[Numeric] = [*ctx.figures(), *ctx.percents()]
    numeric = [f for f in numeric if f.id not in ctx.start_values()]
    verdicts = _keyed(ctx)
    seen = {frozenset(v.fact_ids): k for k, v in enumerate(verdicts)}
    for verdict in (
        _superlatives(ctx, numeric)
        + _side_by_side(ctx, numeric)
        + _adjectives(ctx, numeric)
        + _both(ctx, numeric)
        + _juxtaposed(ctx, numeric)
        + _margins(ctx, numeric)
        + _that_compares(ctx, numeric)
        + _but_still(ctx, numeric)
        + _subject_before(ctx, numeric)
        + _named_after(ctx, numeric)
        + _gap_restated(ctx, numeric)
    ):
        key = frozenset(verdict.fact_ids)
        if key not in seen:
            seen[key] = len(verdicts)
            verdicts.append(verdict)
        elif verdicts[seen[key]].status == "unverifiable" and verdict.status != "unverifiable":
            # a later reading that decides the pair ("and well above the club's average of")
            # replaces one that only saw the two side by side
            verdicts[seen[key]] = verdict
    return verdicts


def _keyed(ctx: RuleContext) -> list[Verdict]:
    """Comparisons whose sides are named ("U.S. models outpaced Chinese ones")."""
    verdicts: list[Verdict] = []
    figures = [f for f in ctx.figures() if f.id not in ctx.start_values() and f.value_max is None]
    for index in range(len(ctx.sentences)):
        sentence = ctx.sentence_text(index)
        for match in _COMPARE.finditer(sentence):
            if _NUMBER_NEXT.match(sentence[match.end() :]):
                continue  # "more than 20 firms" is a hedge, not a comparison
            if _AMOUNT_RIGHT_BEFORE.search(sentence[: match.start()]):
                continue  # "$2,899, $400 more than the E1's $2,499": the gap, not a side
            left = _keys(" ".join(sentence[: match.start()].split()[-5:]))
            right = _keys(" ".join(sentence[match.end() :].split()[:5]))
            left, right = left - right, right - left
            if not left or not right:
                continue
            a_side, b_side = _side(figures, left, right, ctx), _side(figures, right, left, ctx)
            pairs = [(a, b) for a in a_side for b in b_side if unit_of(a) == unit_of(b)]
            same_period = [
                (a, b)
                for a, b in pairs
                if getattr(a, "period_id", None) == getattr(b, "period_id", None)
            ]
            pairs = same_period or pairs
            phrase = match.group(0).strip()
            sides = ("/".join(sorted(left)), "/".join(sorted(right)))
            verdicts.append(_sides_verdict(phrase, bool(match.group("gt")), sides, pairs))
    return verdicts


#: A figure right before an ordering word is the gap it orders by: "$400 more than", "6.3
#: years above", "2 points higher than".
_AMOUNT_RIGHT_BEFORE = re.compile(r"(?<![\w.,])[$€£¥]?\d[\d,.]*(?:\s*%|\s+[a-z]+)?\s*$")


def _sides_verdict(
    phrase: str, greater: bool, sides: tuple[str, str], pairs: list[tuple[Figure, Figure]]
) -> Verdict:
    """The named sides ordered by their figures (the last pair found), if they have any."""
    if not pairs:
        return judged(
            "comparison",
            [],
            UNDECIDED,
            f'"{phrase}" compares {sides[0]} with {sides[1]}, but the article gives no '
            "comparable figures",
        )
    a, b = pairs[-1]
    return _order(a, b, ">" if greater else "<", phrase, "", sides)


#: Between an ordering word and the figure it orders against: " the 21.3% peak", " the 2020
#: Miller Gulch fire, which charred " (no other figure, no new clause but its own).
_TO_COMPARAND = re.compile(r"^[^;:.()\d$€£¥]{0,60}?(?:,\s*(?:which|that|who)\s+[a-z]+\s+)?$", re.I)


#: A sentence opening that may stand for a figure printed before ("It", "That", "The ...").
_OPENS_WITH_SUBJECT = re.compile(r"\W*(?:it|that|this|the)\b", re.I)


#: Between a level and the gap that restates it against an earlier one: ", or", ", or about".
_OR_GAP = re.compile(
    r"^\s*,\s*or\s+(?:(?:about|roughly|around|nearly|almost|some|just)\s+)?$", re.I
)


#: How many sentences back the base of ", or N more" may be printed (the nearest that has one).
_GAP_BASE_REACH = 3


def _gap_restated(ctx: RuleContext, numeric: list[Numeric]) -> list[Verdict]:
    """A level, then ", or N more" against the figure of its kind printed just before.

    "The Aster EV is priced from £32,995. A Long Range version will cost £38,495, or £5,500
    more": the level less the base must be the gap. The base is a figure of the level's
    measure in its sentence or the one before (no change's start); when several could be, one
    that agrees is taken and none is held against it (``unverifiable``).
    """
    verdicts = []
    ordered = sorted(numeric, key=lambda f: f.span)
    for a, b in itertools.pairwise(ordered):
        if a.sentence != b.sentence or isinstance(a, PercentFact) or isinstance(b, PercentFact):
            continue
        if not _OR_GAP.match(ctx.between(a, b)):
            continue
        word = GAP_WORD_AFTER.match(ctx.after(b, 20))
        if word is None or a.value_max is not None or b.value_max is not None:
            continue
        if not comparable(a, b):
            continue
        candidates = [
            f
            for f in ordered
            if a.sentence - _GAP_BASE_REACH <= f.sentence <= a.sentence
            and f.span[1] <= a.span[0]
            and f is not a
            and f.value_max is None
            and not isinstance(f, PercentFact)
            and comparable(f, a)
        ]
        if not candidates:
            continue
        # its sentence and the one before; else the nearest sentence before with such a figure
        # ("priced from £32,995 ... [a sentence on range] ... £38,495, or £5,500 more")
        bases = [f for f in candidates if f.sentence >= a.sentence - 1] or [
            f for f in candidates if f.sentence == candidates[-1].sentence
        ]
        up = word.group("word").lower() not in {"less", "lower", "cheaper", "fewer"}
        gap = interval(b) if up else -interval(b)
        fits = [f for f in bases if (interval(a) - interval(f)).overlaps(gap)]
        base = fits[-1] if fits else bases[-1]
        diff = interval(a) - interval(base)
        said = f"{human(b.value)} {word.group('word').lower()}"
        message = (
            f"{human(a.value)} against {human(base.value)} printed before is a difference of "
            f"{human(diff.mid)}; the article says {said}"
        )
        verdict = agreement(
            "comparison",
            [a.id, b.id, base.id],
            diff,
            gap,
            message,
            off=off_by,
            digit=digit_of(a, b, base),
        )
        if verdict.status == "inconsistent" and len(bases) > 1:
            verdict = judged(
                "comparison",
                verdict.fact_ids,
                UNDECIDED,
                message + " (another figure printed before may be the base)",
            )
        verdicts.append(verdict)
    return verdicts


#: Between a figure and the ordering word after it: ", well below", " - still well short of".
_TO_CUE = re.compile(r"\s*[,—–-]?\s*(?:(?:still|well|far|much|even|yet|now|also)\s+)*")


def _named_after(ctx: RuleContext, numeric: list[Numeric]) -> list[Verdict]:
    """A figure, then an ordering word and a noun phrase that names a figure printed before.

    "Office vacancy rose to 19.7%. Suburban vacancy stood at 14.1%, well below the downtown
    rate"; "A year earlier the rate stood at 4.3%, well below today's level": the figure against
    the one the phrase names (see :func:`newsfacts.validate.context.named_figure`).
    """
    verdicts = []
    for index, mine in group_by_sentence(numeric).items():
        stop = ctx.sentences[index][1]
        for a in sorted(mine, key=lambda f: f.span[0]):
            lead = _TO_CUE.match(ctx.text, a.span[1], stop)
            at = lead.end() if lead else a.span[1]
            cue = next(
                (m for pattern in (_PAIR_GT, _PAIR_LT) if (m := pattern.match(ctx.text, at, stop))),
                None,
            )
            if cue is None or _FRACTION_NEXT.match(ctx.text, cue.end(), stop):
                continue  # "12.1%, more than half the downtown rate": a ratio's bound
            gap = GAP_WORDS.match(ctx.after(a, 20))
            found = named_figure(ctx, index, cue.end(), a)
            if found is None and gap is not None:
                # "9.4 feet above flood stage. Flood stage in Ashby is 18 feet."
                after = named_figure_after(ctx, index, cue.end(), a)
                found = (after, 0) if after is not None else None
            if found is None:
                continue
            b, back = found
            if gap is not None:
                # "crested at 27.4 feet, 9.4 feet above flood stage": a gap, not a level; the
                # level it implies against the one its clause prints
                verdicts.append(read_back(_gap(ctx, a, b, gap, numeric), back, "the base"))
                continue
            verdicts.append(_ordered_back(a, b, cue, "a figure named before", back, "the figure"))
    return verdicts


def _ordered_back(
    a: Numeric, b: Numeric, cue: re.Match[str], how: str, back: int, what: str
) -> Verdict:
    """``a`` and ``b`` in the order the cue says, one of them read ``back`` sentences before.

    Read more than one sentence back, the figure may stand for another: a miss is no alarm.
    """
    op = ">" if cue.re is _PAIR_GT else "<"
    return read_back(_order(a, b, op, " ".join(cue.group(0).split()), how), back, what)


def _subject_before(ctx: RuleContext, numeric: list[Numeric]) -> list[Verdict]:
    """A sentence whose subject stands for a figure printed before, ordered against its own.

    "Office vacancy rose to 19.7%. The vacancy rate remains below the 21.3% peak recorded in
    1992"; "The fire grew to 48,200 acres. It is already larger than the 2020 Miller Gulch fire,
    which charred 39,800 acres": the subject's figure (see :func:`subject_figure`) against the
    one the ordering word is followed by.
    """
    verdicts = []
    by_sentence = group_by_sentence(numeric)
    for index in range(1, len(ctx.sentences)):
        start, stop = ctx.sentences[index]
        if not _OPENS_WITH_SUBJECT.match(ctx.text, start, stop):
            continue  # the cheap test first: most sentences name their own subject
        cues = [
            m for pattern in (_PAIR_GT, _PAIR_LT) if (m := pattern.search(ctx.text, start, stop))
        ]
        if not cues:
            continue
        cue = min(cues, key=lambda m: m.start())
        mine = sorted(by_sentence.get(index, []), key=lambda f: f.span[0])
        if any(f.span[0] < cue.start() for f in mine):
            continue  # the sentence gives its own first side
        after = [f for f in mine if f.span[0] >= cue.end()]
        if not after:
            continue
        gap = re.sub(r"\b(?:19|20)\d\d\b", "Y", ctx.text[cue.end() : after[0].span[0]])
        if not _TO_COMPARAND.match(gap) or _FRACTION_NEXT.match(gap):
            continue  # "That is more than a third of the 4,900 homes": a ratio, no order
        b = after[0]
        found = subject_figure(ctx, index, cue.start(), b)
        if found is None:
            continue
        a, back = found
        verdicts.append(_ordered_back(a, b, cue, "its subject named before", back, "the subject"))
    return verdicts
