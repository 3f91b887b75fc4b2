"""``within_range``: a figure the text places inside, above or below a printed range.

"Turnout was 48%, within the 45% to 52% range pollsters had forecast", "sales of $2.3 billion,
at the top end of its $2 billion-$2.5 billion forecast", "a 6.1% rate, above the 4%-5% band".
The word between the figure and the range says where the figure lies (:data:`_PLACES`, one row
per relation); both are read as the intervals their printed digits stand for, so a figure on a
rounded bound holds. A range with no such word beside a figure relates nothing in its sentence;
a single figure for the same thing in a nearby sentence ("Analysts expect the merger to be worth
$40 billion to $50 billion ... The merger, valued at $45 billion") lies in it, or is
``unverifiable`` (another time or source), never ``inconsistent``.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from newsfacts.facts import PercentFact, QuantityFact
from newsfacts.validate.context import (
    Numeric,
    RuleContext,
    content_words,
    digit_of,
    group_by_sentence,
    human,
    interval,
    is_comparand,
    same_measure,
)
from newsfacts.validate.intervals import Interval, printed_interval
from newsfacts.validate.verdict import UNDECIDED, Outcome, Verdict, judged, weigh
from newsfacts.vocab import ABOVE_WORDS, BELOW_WORDS, HEDGE_WORD, NAMED_FIGURE

__all__ = ["check_within_range"]

#: A verb that places the figure before the words that say where: "3.8% was in line with".
_PLACING = (
    r"(?:(?:is|was|are|were|came\s+in|comes\s+in|stood|stands|remained|remains|stayed|ended"
    r"|landed|lands|fell|falls|rose|sits|sat)\s+)?"
)
_HEDGE = (
    # what the figure counts: "two months of supply,"
    r"(?:of\s+[a-z][\w-]*\s*,?\s*)?"
    # a time first: "4,380 last month,", "2.6% in April from a year earlier,"
    r"(?:(?:(?:last|this|next)\s+[a-z]+|(?:in|from|since|over|during)\s+(?:an?\s+|the\s+)?"
    r"[\w-]+(?:\s+(?!(?:above|below|within|inside|over|under)\b)[a-z][\w-]*){0,2}?"
    r"(?:\s+(?:earlier|ago|before))?)\s*,?\s*){0,2}"
    rf"{_PLACING}(?:(?:well|just|far|comfortably|slightly|squarely|firmly)\s+)?"
)
#: Where a figure lies against a range printed right after it, by the words between them:
#: (relation, pattern of the words). "inside": lo <= x <= hi; ">": above hi; "<": below lo.
_PLACES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "inside",
        re.compile(
            rf"^\W*{_HEDGE}(?:within|inside|in\s+line\s+with|in|at\s+the\s+(?:upper|top|high|higher"
            r"|lower|low|bottom|middle)\s+(?:end|half|part)\s+of|in\s+the\s+(?:middle|upper\s+half"
            r"|lower\s+half)\s+of|(?:near|at)?\s*the\s+(?:top|bottom|middle|midpoint)\s+of)\s+(?:the|its|their|a|an|his|her"
            r"|our|a\s+forecast|an\s+expected|the\s+expected)?\s*(?:[\w'’-]+\s+){0,3}?"
            r"(?:range\s+of\s+|band\s+of\s+|of\s+)?(?:between\s+)?$",
            re.I,
        ),
    ),
    (
        ">",
        re.compile(
            rf"^\W*{_HEDGE}(?:above|beyond|over|exceed\w*|topp\w*|beat\w*|surpass\w*|higher\s+than"
            r"|more\s+than|greater\s+than)\s+(?:the|its|their|a|an)?\s*(?:[\w'’-]+\s+){0,2}?"
            r"(?:range\s+of\s+|band\s+of\s+|of\s+)?(?:between\s+)?$",
            re.I,
        ),
    ),
    (
        "<",
        re.compile(
            rf"^\W*{_HEDGE}(?:below|under|short\s+of|miss\w*|lower\s+than|less\s+than|fewer\s+than)"
            r"\s+(?:the|its|their|a|an)?\s*(?:[\w'’-]+\s+){0,2}?(?:range\s+of\s+|band\s+of\s+|of\s+)?(?:between\s+)?$",
            re.I,
        ),
    ),
)
#: After a figure that follows its range, the words placing it there by pointing back: "the
#: target band is 1% to 3%, and the latest reading of 2.4% sits inside it" (relation, pattern).
_PLACED_BACK: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (
        relation,
        re.compile(
            rf"^\W*(?:[^\d;:.!?]{{0,40}}?\s)?(?:(?:well|just|far|comfortably|slightly|squarely"
            rf"|firmly)\s+)?(?:{words})\s+"
            # "below the bottom of the new range", "above the top end of their range"
            r"(?:the\s+(?:top|bottom|upper|lower|high|low)(?:\s+end)?\s+of\s+)?"
            r"(?:(?:it|that|this)(?=\s*(?:[,.;:]|$))|(?:(?:that|this|"
            r"the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:range|band|window|corridor|forecasts?"
            r"|estimates?|target|guidance|projections?|expectations?)\b(?!\s+(?:of|for)\b))",
            re.I,
        ),
    )
    for relation, words in (
        ("inside", r"within|inside|at\s+the\s+(?:top|upper|high|low|lower|bottom)\s+end\s+of"),
        (">", r"above|over|beyond|outside"),
        ("<", r"below|under|short\s+of"),
    )
)
#: Between a figure compared with and a range the clause goes on to: " and within ", " and
#: well above ", ", but below ".
_GOES_ON = re.compile(r"^[^;:.\d]{0,40}?(?:,\s*)?\b(?:and|but)\s+", re.I)
#: What a range is called when the text names it after its figures: "45% to 52% range".
_RANGE_NOUN = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:range|band|forecast|estimate|target|guidance|projection|window|"
    r"corridor|expectations?)\b",
    re.I,
)


def _bounds(r: Numeric) -> Interval:
    """The interval a range covers: from its low bound's low reading to its high bound's high."""
    assert r.value_max is not None
    lo = printed_interval(r.value, qualifier=None)
    hi = printed_interval(r.value_max, qualifier=None)
    if r.value > r.value_max:  # printed high to low ("$2 trillion to $1.8 trillion")
        lo, hi = hi, lo
    # the two bounds of a range share the finer one's precision: "$1.8 trillion to $2 trillion"
    # runs from 1.75 (not 1.5) to 2.05, "6 to 10 inches" ends at 10.5, not at 15
    half = min(lo.half_width, hi.half_width)
    return Interval(lo.mid - half, hi.mid + half)


def _bound_digit(r: Numeric, bound: Decimal) -> Decimal:
    """One unit in the last digit of a range's bound, at the precision both bounds share."""
    assert r.value_max is not None
    half = min(
        printed_interval(r.value, qualifier=None).half_width,
        printed_interval(r.value_max, qualifier=None).half_width,
    )
    return 2 * half / abs(bound) if bound else Decimal(0)


def _same_sort(f: Numeric, r: Numeric) -> bool:
    if isinstance(f, PercentFact) or isinstance(r, PercentFact):
        return (
            isinstance(f, PercentFact)
            and isinstance(r, PercentFact)
            and f.points == r.points
            and (f.measure == "change") == (r.measure == "change")
        )
    return same_measure(f, r, per_implied=True)


def _tied_sort(f: Numeric, r: Numeric) -> bool:
    """Of one sort when the words tie the two ("... 4.2%, well above that range").

    Both percents (of one kind of percent) or figures of one measure; a rate and a change of one
    thing are told apart by the words, not by the extractor's measure.
    """
    if isinstance(f, PercentFact) or isinstance(r, PercentFact):
        return isinstance(f, PercentFact) and isinstance(r, PercentFact) and f.points == r.points
    return same_measure(f, r, per_implied=True)


def _show(f: Numeric, value: object) -> str:
    return f"{value}%" if isinstance(f, PercentFact) else human(value)  # type: ignore[arg-type]


def _verdict(f: Numeric, r: Numeric, relation: str, words: str) -> Verdict:
    assert r.value_max is not None
    x, span = interval(f), _bounds(r)
    shown = f"{_show(r, r.value)} to {_show(r, r.value_max)}"
    if relation == "inside":
        outcome = weigh(x, "overlaps", span)
        where = "inside"
    elif relation == ">":
        outcome = weigh(x, ">", Interval(span.hi, span.hi))
        where = "above"
    else:
        outcome = weigh(x, "<", Interval(span.lo, span.lo))
        where = "below"
    # the bound the figure is judged against gives the last digit a slip in it would move
    low, high = sorted((r.value, r.value_max))
    bound = high if relation == ">" or (relation == "inside" and x.lo > span.hi) else low
    said = f"is {where}" if outcome.ok else f"is not {where}"
    message = f'"{words}": {_show(f, f.value)} {said} the range {shown}'
    return judged(
        "within_range",
        [f.id, r.id],
        Outcome(outcome.ok, outcome.gap, outcome.slack),
        message,
        relative_to=r.value_max,
        digit=max(digit_of(f), _bound_digit(r, bound)),
        expected=f"{where} {shown}",
        actual=_show(f, f.value),
    )


#: Verbs and generic words a subject may carry that name no thing measured.
_GENERIC = frozenset(
    "expect expects expected said says say forecast forecasts estimate estimates estimated "
    "analysts officials about around worth valued value total number figure amount".split()
)
#: How many sentences apart a range and a figure for the same thing may stand.
_NEAR_SENTENCES = 5


def _about(f: Numeric) -> set[str]:
    """The subject's content words, plurals folded ("prices for the lots" and "the corner lot")."""
    words = {w for w in content_words(f.subject) if w not in _GENERIC and len(w) > 2}
    return {_fold(w) for w in words}


#: Between a range and a figure of its sentence, a clause of its own: "..., and the corner lot".
_NEXT_CLAUSE = re.compile(r"(?:[;:]|,\s*(?:and|but|while|whereas)\b)", re.I)


def _apart(ctx: RuleContext, r: Numeric, f: Numeric) -> bool:
    """The range and the figure stand in different sentences, or the figure in a later clause."""
    if f.sentence != r.sentence:
        return True
    return f.span[0] > r.span[1] and bool(_NEXT_CLAUSE.search(ctx.between(r, f)))


#: The noun a figure is given for, right before it: "put losses at", "estimated damage of",
#: "revenue was", "sales totaled about".
_OWN_NOUN = re.compile(
    r"\b(?P<noun>[a-z][a-z-]{2,})\s+(?:at|of|was|were|is|are|totaled|totalled|totaling|reached"
    rf"|hit|came\s+to|stood\s+at)\s+{HEDGE_WORD}$",
    re.I,
)


#: Words that date a clause: "last year", "this quarter", "a year earlier", "in 2019".
_TIME_WORDS = re.compile(
    r"\b(?:(?:last|this|next|previous|prior)\s+(?:year|quarter|month|week|season)"
    r"|an?\s+(?:year|quarter|month)\s+(?:earlier|ago|before)|(?:19|20)\d\d)\b",
    re.I,
)


def _times_differ(ctx: RuleContext, r: Numeric, f: Numeric) -> bool:
    """Both figures' sentences date them, and not alike: figures of two periods."""
    dated = []
    for g in (r, f):
        words = {
            " ".join(m.group(0).lower().split())
            for m in _TIME_WORDS.finditer(ctx.sentence_text(g.sentence))
        }
        dated.append(words)
    return bool(dated[0]) and bool(dated[1]) and not dated[0] & dated[1]


def _fold(word: str) -> str:
    """A plural folded to its singular the simple way: "losses" -> "loss", "lots" -> "lot"."""
    if len(word) > 4 and word.endswith("sses"):
        return word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _own_noun(ctx: RuleContext, f: Numeric) -> set[str]:
    """The noun printed right before a figure, folded as :func:`_about` folds (or nothing)."""
    match = _OWN_NOUN.search(ctx.before(f, 40))
    if match is None:
        return set()
    word = match.group("noun").lower()
    if word in _GENERIC or not content_words(word):
        return set()
    return {_fold(word)}


def _held_elsewhere(ctx: RuleContext, numeric: list[Numeric], done: set[str]) -> list[Verdict]:
    """A range and a single figure for the same thing in another sentence or clause nearby.

    "Analysts expect the merger to be worth $40 billion to $50 billion ... The merger, valued at
    $45 billion": the figure lies in the range (``consistent``). Outside it, the two may be
    estimates of different times or sources: ``unverifiable``, with both, never ``inconsistent``.
    Both must name the same thing (a content word of their subjects in common) and be of one
    measure.
    """
    verdicts = []
    ranges = [r for r in numeric if r.value_max is not None and r.id not in done]
    for r in ranges:
        about = _about(r)
        if not about:
            continue
        for f in numeric:
            if f.value_max is not None or f.id in done or not _apart(ctx, r, f):
                continue
            if abs(f.sentence - r.sentence) > _NEAR_SENTENCES or not _same_sort(f, r):
                continue
            if not about & (_about(f) | _own_noun(ctx, f)):
                continue
            if _times_differ(ctx, r, f):
                continue  # "revenue of $2-2.5 billion this year ... Last year revenue was"
            if len(about) >= 2 and content_words(f.subject) == content_words(r.subject):
                continue  # one subject given twice: ``same_fact`` holds the two together
            shared = " ".join(sorted(about & (_about(f) | _own_noun(ctx, f))))
            verdict = _verdict(f, r, "inside", f"{shared!r} elsewhere")
            if verdict.status == "inconsistent":
                verdict = judged(
                    "within_range",
                    [f.id, r.id],
                    UNDECIDED,
                    f"{_show(f, f.value)} for {shared!r} lies outside the range "
                    f"{_show(r, r.value)} to {_show(r, r.value_max)} given for it nearby; the "
                    "two may be of different times or sources",
                    expected=f"inside {_show(r, r.value)} to {_show(r, r.value_max)}",
                    actual=_show(f, f.value),
                )
            verdicts.append(verdict)
            done.add(f.id)
            break
    return verdicts


#: Between a range and the average of what it spans: ", with an average of", "and a median of".
_AVERAGE_AFTER = re.compile(
    rf"^[^;:.!?\d]{{0,30}}?,?\s*(?:with|and)\s+(?:an?\s+|the\s+)?(?:average|median|mean)"
    rf"(?:\s+[a-z]+)?\s+(?:of\s+)?{HEDGE_WORD}$",
    re.I,
)


#: Between a range and a single figure it is said to agree with: ", in line with the 66% of".
_IN_LINE_AFTER = re.compile(
    r"^\s*,?\s*(?:in\s+line\s+with|consistent\s+with|matching|bracketing)\s+(?:the|its|their)?"
    rf"\s*(?:[\w'’-]+\s+){{0,3}}?(?:of\s+)?{HEDGE_WORD}$",
    re.I,
)


#: Between a range and a figure it is set below or above: ", below the" ($12.1 billion
#: analysts expected), ", well above the".
_RANGE_THEN_FIGURE = re.compile(
    r"^\s*,?\s*(?:(?:well|just|far|slightly|comfortably)\s+)?"
    rf"(?:(?P<gt>{ABOVE_WORDS})|(?P<lt>{BELOW_WORDS}))\s+{NAMED_FIGURE}",
    re.I,
)


def _averaged(ctx: RuleContext, numeric: list[Numeric]) -> list[Verdict]:
    """A range and the average of what it spans, or a figure it is said to agree with.

    "rent for between £1,100 and £1,650 a month, with an average of £1,380": the average lies
    inside; "turnout of between 60% and 70%, in line with the 66% of the last election".
    """
    verdicts = []
    for r, f in itertools.pairwise(sorted(numeric, key=lambda g: g.span)):
        if r.value_max is None or f.value_max is not None or r.sentence != f.sentence:
            continue
        between = ctx.between(r, f)
        match = _AVERAGE_AFTER.match(between) or _IN_LINE_AFTER.match(between)
        if match and _tied_sort(f, r):
            words = " ".join(match.group(0).strip(" ,").split())
            verdicts.append(_verdict(f, r, "inside", words))
            continue
        placed = _RANGE_THEN_FIGURE.match(between)
        if placed and _tied_sort(f, r):
            # "sales of $11.6 billion to $11.9 billion, below the $12.1 billion expected": the
            # range lies below the figure, so the figure lies above the range
            words = " ".join(placed.group(0).strip(" ,").split())
            verdicts.append(_verdict(f, r, ">" if placed.group("lt") else "<", words))
    return verdicts


def _placement(text: str) -> tuple[str, re.Match[str]] | None:
    """Where the words at the start of ``text`` place a figure against a range named before."""
    return next(
        ((relation, m) for relation, pattern in _PLACED_BACK if (m := pattern.match(text))), None
    )


def _placed_back(ctx: RuleContext, numeric: list[Numeric]) -> list[Verdict]:
    """A range, then a figure whose own words place it in "it": "1% to 3% ... 2.4% sits inside it".

    The range stands before the figure in its sentence or in one of the two before ("Forecasters
    had called for 4 to 8 inches ... Elm Falls had measured 11 inches, within the predicted
    range"). "outside it" says only that the figure is not inside; it is read as "above", the
    reading it cannot contradict when the figure is below (that reading gives the verdict).
    """
    verdicts = []
    ranges = [r for r in numeric if r.value_max is not None]
    for f in numeric:
        if f.value_max is not None:
            continue
        placed = _placement(ctx.after(f, 60))
        if placed is None:
            continue
        near = [
            r
            for r in ranges
            if r.span[1] <= f.span[0] and 0 <= f.sentence - r.sentence <= 2 and _tied_sort(f, r)
        ]
        if not near:
            continue
        r = near[-1]
        relation, match = placed
        words = " ".join(match.group(0).strip(" ,").split())
        low = min(r.value, r.value_max or r.value)
        if relation == ">" and "outside" in words.lower() and f.value < low:
            relation = "<"
        verdicts.append(_verdict(f, r, relation, words))
    return verdicts


#: After a range, a clause whose subject is the figure printed before it: ", so the figure
#: came in above the top of their range", "; the reading was well within it".
_FIGURE_THEN = re.compile(
    r"^[^;:.!?\d]{0,30}?(?:,|;|\band\b|\bbut\b)\s*(?:and\s+)?(?:so\s+)?"
    # "and said Monday's level remained within that band"
    r"(?:(?:said|says|noted|notes|added|adds)\s+(?:that\s+)?)?"
    r"(?:the|that|this|(?:today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|[a-z]+)['’]s)\s+"
    r"(?:actual\s+|final\s+)?(?:figure|reading|number|result|level|rate|total|price|count)\s+"
    r"(?:came\s+in|was|is|ended|landed|stood|finished|remains|remained|stayed)\s+",
    re.I,
)


def _figure_placed(ctx: RuleContext, numeric: list[Numeric]) -> list[Verdict]:
    """A range, then a clause whose subject is the figure of the sentence before.

    "Core inflation eased to 3.7%. Economists had expected 3.5% to 3.6%, so the figure came in
    above the top of their range": the one figure of the range's sort the sentence before gives
    (no change's start), placed by the words after "the figure".
    """
    verdicts = []
    for r in numeric:
        if r.value_max is None or r.sentence == 0:
            continue
        then = _FIGURE_THEN.match(ctx.after(r, 120))
        if then is None:
            continue
        placed = _placement(ctx.after(r, 160)[then.end() :])
        if placed is None:
            continue
        earlier = [
            f
            for f in numeric
            if f.sentence == r.sentence - 1
            and f.value_max is None
            and f.id not in ctx.start_values()
            and not re.search(r"\bfrom\s+$", ctx.before(f, 12))  # "from 4.0%": a start
            and _tied_sort(f, r)
        ]
        if len(earlier) != 1:
            continue
        relation, match = placed
        words = " ".join(match.group(0).strip(" ,").split())
        verdicts.append(_verdict(earlier[0], r, relation, words))
    return verdicts


def check_within_range(ctx: RuleContext) -> list[Verdict]:
    """A single figure followed by a range and a word placing it inside, above or below."""
    numeric: list[Numeric] = [*ctx.figures(), *ctx.percents()]
    verdicts = []
    for _, facts in group_by_sentence(numeric).items():
        facts = sorted(facts, key=lambda f: f.span)
        for prev, r in itertools.pairwise(facts):
            f, lead = prev, ""
            goes = _GOES_ON.match(ctx.between(prev, r)) if r.value_max is not None else None
            if goes and prev.value_max is None and is_comparand(ctx, prev):
                # "reached 97 degrees, hotter than the July average of 84 and within the range
                # of 95 to 99 degrees": the clause goes on about its subject, not the average
                subject = [
                    g
                    for g in facts
                    if g.span[1] <= prev.span[0]
                    and g.value_max is None
                    and not is_comparand(ctx, g)
                ]
                if subject and _tied_sort(subject[-1], r):
                    f, lead = subject[-1], goes.group(0)
            if f.value_max is not None or r.value_max is None or not _tied_sort(f, r):
                continue  # the placing words tie the two: a rate and a change alike
            between = ctx.between(prev, r)[len(lead) :]
            if len(between) > 90:
                continue
            for relation, pattern in _PLACES:
                match = pattern.match(between)
                if match is None:
                    continue
                bare = not re.search(
                    r"range|band|forecast|estimate|target|guidance|within|inside|in\s+line\s+with",
                    between,
                    re.I,
                )
                if bare and not _RANGE_NOUN.match(ctx.after(r, 30)) and relation == "inside":
                    break  # "rose 5% in 2020-2021": "in" alone places nothing in a range
                words = " ".join(between.strip(" ,").split()[-6:])
                verdicts.append(_verdict(f, r, relation, words))
                break
    placed = {i for v in verdicts for i in v.fact_ids}
    verdicts += [v for v in _placed_back(ctx, numeric) if not set(v.fact_ids) & placed]
    placed = {i for v in verdicts for i in v.fact_ids}
    verdicts += [v for v in _figure_placed(ctx, numeric) if not set(v.fact_ids) & placed]
    # ages are no figures, but "aged 45 to 80, with a median age of 63" places one in a range
    ages = [f for f in ctx.facts if isinstance(f, QuantityFact) and f.role == "age"]
    verdicts += _averaged(ctx, [*numeric, *ages])
    done = {i for v in verdicts for i in v.fact_ids}
    return verdicts + _held_elsewhere(ctx, numeric, done)
