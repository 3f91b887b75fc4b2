"""``share``: a percentage *of* a printed whole, and the part when it is printed too.

* "About 36 percent of Afghanistan's 30 million people" - the share and the whole imply a part
  (about 10.8 million): ``unverifiable``, with the implied part, unless the part is printed.
* "$355,760 in grants to 31 organizations" - an amount spread over a count implies an average:
  ``unverifiable``, with the average.
* "$2.1 billion, or 14% of revenue" - part and share imply the whole, held against the figure
  the article prints under that name elsewhere ("Revenue was $15 billion"), when it prints one;
* "400 million phones, or 40% of the 1 billion sold", "Apple accounts for 40% of the market, or 400
  million of 1 billion phones" - part / whole must equal the share within the printed rounding.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from decimal import Decimal

from newsfacts.extract.units import unit_dimension
from newsfacts.facts import MoneyFact, PercentFact, QuantityFact
from newsfacts.validate.context import (
    OF_NEXT,
    OF_THE_LEAD,
    OF_THEM,
    Figure,
    RuleContext,
    content_words,
    digit_of,
    earlier_level,
    frame_whole,
    from_to,
    group_by_sentence,
    human,
    interval,
    is_statistic,
    is_total,
    may_be_whole,
    named_figure,
    noun_figure,
    off_by,
    part_measure,
    same_kind,
    same_measure,
    shown,
    subject_figure,
)
from newsfacts.validate.intervals import Interval
from newsfacts.validate.verdict import UNDECIDED, Verdict, agreement, judged, read_back, unprinted
from newsfacts.vocab import HEDGE_WORD, SHARE_PART_WORDS

__all__ = ["check_share"]

#: Between a percentage and its whole: "of", "of the", "of its", "of Afghanistan's", "of its
#: global workforce of", "among the city's".
_OF = re.compile(
    r"^\s*(?:of|among)\s+(?:(?:the|its|their|his|her|our|this|that|all|an?|total|some)\s+|"
    rf"[\w.&-]+['’]s?\s+){{0,3}}(?:(?:[a-z-]+\s+){{1,3}}of\s+)?{HEDGE_WORD}$",
    re.I,
)
#: Between a part and its share: "400 million phones, or 40%", "400 million (40%".
_PART_GLUE = re.compile(
    rf"^\s*(?:,\s*)?(?:or|\(|,|accounting\s+for|representing|making\s+up)\s*{HEDGE_WORD}$", re.I
)
#: Between a part and its share, a few words set off before the verb of a share: "5.9 million
#: passengers there, accounting for" (not "seats 7,500, filling": a capacity's share).
_ACCOUNTING_FOR = re.compile(
    r"^[^,;:()\d$€£¥]{0,30},\s*(?:accounting\s+for|representing|making\s+up"
    # "Online giving, at $520,000, accounted for about": the figure set off, then the verb
    rf"|accounted\s+for|made\s+up|represented|amounted\s+to)\s+{HEDGE_WORD}$",
    re.I,
)
#: Between a share and its part: "40%, or 400 million", "40% (400 million".
_SHARE_GLUE = re.compile(
    r"^\s*(?:of\s+(?:the\s+|its\s+|their\s+)?[\w\s-]{1,30}?)?(?:,\s*|\s*\()\s*(?:or\s+)?"
    rf"{HEDGE_WORD}$",
    re.I,
)


def _whole_of(p: PercentFact, ctx: RuleContext, figures: list[Figure]) -> Figure | None:
    first = _next(p, figures)
    if first is None:
        return None
    return first if _OF.match(ctx.text[p.span[1] : first.span[0]]) else None


def _next(f: PercentFact | Figure, figures: list[Figure]) -> Figure | None:
    """The first figure of the sentence that starts at or after ``f`` ends.

    ``figures`` are one sentence's, in text order: a binary search, so that a sentence of
    thousands of figures stays linear.
    """
    at = bisect_left(figures, f.span[1], key=lambda g: g.span[0])
    return figures[at] if at < len(figures) else None


def _whole_after_part(p: PercentFact, ctx: RuleContext, figures: list[Figure]) -> Figure | None:
    """For "40%, or 400 million of 1 billion phones": the whole follows the part."""
    part = _next(p, figures)
    if part is None or not _SHARE_GLUE.match(ctx.text[p.span[1] : part.span[0]]):
        return None
    whole = _next(part, figures)
    if whole is None or not same_measure(part, whole):
        return None
    return whole if _OF.match(ctx.text[part.span[1] : whole.span[0]]) else None


def _part_of(
    p: PercentFact, whole: Figure, ctx: RuleContext, figures: list[Figure]
) -> Figure | None:
    # a part is glued to the percentage: only the figures just around it can be
    lo = bisect_left(figures, p.span[0] - _GLUE_REACH, key=lambda g: g.span[1])
    hi = bisect_left(figures, p.span[1] + _GLUE_REACH, key=lambda g: g.span[0])
    for f in figures[lo:hi]:
        if f is whole or f.sentence != p.sentence or not part_measure(f, whole):
            continue
        if f.span[1] <= p.span[0] and _tied_before(ctx.text[f.span[1] : p.span[0]]):
            return f
        if f.span[0] >= p.span[1] and _SHARE_GLUE.match(ctx.text[p.span[1] : f.span[0]]):
            return f
    return None


#: Between the whole of a share and the part set off after it: " people surveyed, or ",
#: " children screened this year needed glasses, according to a report — some ".
_PART_SET_OFF = re.compile(
    r"^[^;:()\d$€£¥]{0,120}?(?:,\s*(?:or|some|about|roughly|nearly|almost|around)\s+"
    r"|\s*[—–]\s*(?:some|about|roughly|nearly|almost|around)\s+|\s*\(\s*)$",
    re.I,
)  # a bare dash may set off a subset ("40% of the 500 members - 150 from Ohio - ..."): not it


def _part_after_whole(whole: Figure, ctx: RuleContext, local: list[Figure]) -> Figure | None:
    """For "62% of the 1,500 people surveyed, or 930 respondents": the part set off after the whole.

    The next figure of the sentence, of the whole's measure and smaller, after a comma with "or"
    or a hedge, or a dash.
    """
    part = _next(whole, local)
    if part is None or not part_measure(part, whole) or part.value >= whole.value:
        return None
    return part if _PART_SET_OFF.match(ctx.text[whole.span[1] : part.span[0]]) else None


def _tied_before(between: str) -> bool:
    """Whether the text between a figure and a percentage after it ties them as part and share.

    "400 million, or 40%", "$2.1 million a year in tax revenue, or".
    """
    return bool(_PART_GLUE.match(between) or _RESTATED_SHARE.match(between))


#: How far from a percentage its part may be printed ("400 million, or 40%"): the glue patterns
#: are shorter than this.
_GLUE_REACH = 80

_SPREAD = re.compile(
    rf"^\s*(?:in\s+[\w-]+\s+)?(?:to|on|for|among|across|between|over)\s+{HEDGE_WORD}$",
    re.I,
)


def _averages(ctx: RuleContext, figures: list[Figure]) -> list[Verdict]:
    """For "$355,760 in grants to 31 nonprofit organizations": an average the reader can work out."""
    verdicts = []
    for money in figures:
        if not isinstance(money, MoneyFact) or money.per:
            continue
        at = bisect_right(figures, money.span[1], key=lambda g: g.span[0])
        if at >= len(figures):
            continue
        count = figures[at]
        if not isinstance(count, QuantityFact) or not count.unit or count.value <= 0:
            continue
        if not _SPREAD.match(ctx.text[money.span[1] : count.span[0]]):
            continue
        each = interval(money) / interval(count)
        verdicts.append(
            unprinted(
                "share",
                [money.id, count.id],
                f"{money.text} over {count.text} is about",
                each,
                "the article gives no single amount to check it against",
                show=human,
                after_value=" each",
            )
        )
    return verdicts


def check_share(ctx: RuleContext) -> list[Verdict]:
    """Check every percentage printed as a share of a figure, and amounts spread over a count."""
    figures = [f for f in ctx.figures() if f.value_max is None]
    # every helper relates figures of one sentence: each reads only its sentence's list
    by_sentence = {
        k: sorted(group, key=lambda g: g.span[0]) for k, group in group_by_sentence(figures).items()
    }
    verdicts: list[Verdict] = [v for group in by_sentence.values() for v in _averages(ctx, group)]
    for p in ctx.percents():
        if p.points or p.value_max is not None:
            continue
        local = by_sentence.get(p.sentence, [])
        if (tally := _tally_share(p, ctx, local)) is not None:
            verdicts.append(tally)
            continue
        if p.measure == "change" and _whole_of(p, ctx, local) is None:
            continue  # but "cut 2,400 jobs, or 8% of its workforce of 30,000" is a share too
        whole = _whole_of(p, ctx, local)
        if whole is None:
            whole = _whole_after_part(p, ctx, local)
        if whole is None:
            verdict = (
                _named_whole(p, ctx, local, figures)
                or _subject_share(p, ctx, local, figures)
                or _share_of_name(p, ctx, local, figures)
                or _share_of_named(p, ctx, local)
                or _counted_share(p, ctx, local)
                or _glued_total(p, ctx, local, figures)
                or _named_rate(p, ctx, figures)
            )
            if verdict is not None:
                verdicts.append(verdict)
            continue
        share = interval(p)
        w_iv = interval(whole)
        part = _part_of(p, whole, ctx, local) or _part_after_whole(whole, ctx, local)
        if part is None and (subject := _subject_part(p, ctx, whole)) is not None:
            # "... the shortfall equals nearly 3% of the system's $2.1 billion budget"
            verdicts.append(read_back(_stated_part(p, subject[0], whole), subject[1], "the part"))
            continue
        if part is None:
            nearby = _part_nearby(p, whole, ctx, figures)
            if nearby is not None and w_iv.lo > 0:
                verdicts.append(nearby)
                continue
            implied = w_iv * Interval(share.lo / 100, share.hi / 100)
            verdicts.append(
                unprinted(
                    "share",
                    [p.id, whole.id],
                    f"{p.value}% of {human(whole.value)} is about",
                    implied,
                    "the part is not printed",
                    show=human,
                )
            )
            continue
        if w_iv.lo > 0:
            verdicts.append(_stated_part(p, part, whole))
    return verdicts


#: A percentage "of" a whole named by a noun with no figure: "14% of revenue", "of its sales".
_OF_NOUN = re.compile(
    r"^\s*of\s+(?:(?:the|its|their|his|her|our|total|annual|overall|net|all)\s+){0,3}"
    r"(?P<mods>(?:(?-i:[a-z])[\w-]+\s+){0,2}?)"  # "of operating costs": the head is last
    r"(?P<head>[a-z][\w-]+)\b(?!\s+[a-z]|['’])",  # not a possessive: "of the district's output"
    re.I,
)


#: A new clause between a share and a figure: that figure is the clause's, not the whole.
_NEXT_CLAUSE = re.compile(r",\s*(?:while|and|but|whereas|as)\b|;", re.I)
#: Names of a whole that refer to the total printed before: "33% of the total".
_TOTAL_NAMES = frozenset({"total", "budget", "whole", "sum"})
#: How many sentences back "the total" a share names may be printed (the largest there).
_NAMED_TOTAL_REACH = 3
#: How many sentences away the whole a share names may be printed (farther, it may well be
#: another period's).
_WHOLE_REACH = 5
#: A clause of another time a figure stands in: ", when 9,054 ballots were cast".
_WHEN_CLAUSE = re.compile(r",\s*when\s+[^,;:.]*$", re.I)
#: A comparison that makes the figure after it a bound: "larger than", "more than", "above".
_COMPARED_BOUND = re.compile(
    r"\b(?:[a-z]+er|more|less|fewer)\s+than\s+(?:about\s+|some\s+)?$|\b(?:above|below|over|under"
    r"|exceeding|topping)\s+$",
    re.I,
)


#: A proper name, then the word naming a figure in apposition to it: "Dunholt, population ",
#: "Arden County, with a population of about ".
_NAME_APPOSED = re.compile(
    rf"\b[A-Z][\w'’-]+,\s+(?:with\s+)?(?:an?\s+|its\s+)?(?:[a-z]+\s+)?[a-z]+\s+(?:of\s+)?{HEDGE_WORD}$"
)


def _named_whole(
    p: PercentFact, ctx: RuleContext, local: list[Figure], figures: list[Figure]
) -> Verdict | None:
    """For "$2.1 billion, or 14% of revenue": the whole that the part and the share imply.

    It is held against the figure the article prints under that name nearby ("Revenue was $15
    billion"), when it prints exactly one.
    """
    noun = _OF_NOUN.match(ctx.after(p, 40))
    if noun is None or len(noun.group("head")) < 4:
        return None
    if noun.group("head").lower() in _TOTAL_NAMES and noun.group("mods"):
        return None  # "40% of the foreign total": a total of some, not the one printed before
    lo = bisect_left(local, p.span[0] - _GLUE_REACH, key=lambda g: g.span[1])
    part = next(
        (
            f
            for f in local[lo:]
            if f.span[1] <= p.span[0]
            and (
                _PART_GLUE.match(between := ctx.text[f.span[1] : p.span[0]])
                or _ACCOUNTING_FOR.match(between)
            )
        ),
        None,
    )
    share = interval(p)
    if part is None or share.lo <= 0:
        return None
    implied = interval(part) / Interval(share.lo / 100, share.hi / 100)
    name = noun.group("head").lower()
    starts = ctx.start_values()
    wholes: list[Figure] = []
    # by the head noun, else by a modifier before it ("31% of the corn crop": "14.2 million
    # bushels of corn")
    modifiers = [w.lower() for w in noun.group("mods").split() if len(w) > 3]
    for word in [name, *(m for m in modifiers if name not in _TOTAL_NAMES)]:
        wholes = [
            g
            for g in figures
            if g is not part
            and abs(g.sentence - p.sentence) <= _WHOLE_REACH
            and g.id not in starts
            and same_measure(g, part)
            and _named_as(ctx, word, g)
            and not (
                g.sentence == p.sentence
                and g.span[0] > p.span[1]
                and _NEXT_CLAUSE.search(ctx.between(p, g))
            )  # "33% of the total, while schools receive $21.1 million": the next clause's
            # "Second city Dunholt, population 298,000": the whole of the name it is set beside
            and not _NAME_APPOSED.search(ctx.before(g, 40))
            # "never sold a prize larger than $10,000": a bound on the named thing, not its size
            and not _COMPARED_BOUND.search(ctx.before(g, 30))
        ]
        if wholes:
            break
    if name in _TOTAL_NAMES:
        # "$27.9 million, or about 33% of the total": the total named before, the largest;
        # of those counting what the part counts when it names it ("312,000 arrivals": the
        # sentence of "arrivals rose to 1.42 million", not "tourists numbered 31.5 million")
        candidates = [
            g
            for g in figures
            if g is not part
            and p.sentence - _NAMED_TOTAL_REACH <= g.sentence <= p.sentence
            and g.span[1] <= p.span[0]
            and g.id not in starts
            and same_measure(g, part)
            and g.value > part.value
            and may_be_whole(ctx, g)  # "Ortiz received 18,300 votes, or 51.2%": a part
            # "the most since 2007, when 1,410 were started": the total of another time
            and not _WHEN_CLAUSE.search(ctx.before(g, 80))
            and not _DIFFERENCE_LEAD.search(ctx.before(g, 30))  # "a margin of 2,176 votes"
            and not _BY_AMOUNT.search(ctx.before(g, 20))  # "wins the race by 2,176 votes"
            and not ctx.is_gap(g)
        ]
        counted = getattr(part, "unit", None)
        subject = getattr(part, "subject", None)
        named = counted is None and bool(subject) and bool(_NUMBERED.search(ctx.before(part, 30)))
        if named:
            counted = subject  # "Single-person households numbered 14,260, or 34.0% of the total"
        if counted and unit_dimension(counted) is None:
            head = re.escape(counted.split()[-1].lower().rstrip("s"))
            candidates = [g for g in candidates if _counts_head(ctx, g, head, named=named)]
        wholes = sorted(candidates, key=lambda g: g.value)[-1:]
    said = f"{human(part.value)} as {p.value}% of {name}"
    if len(wholes) != 1:
        return unprinted(
            "share",
            [part.id, p.id],
            f"{said} puts {name} at about",
            implied,
            f"the article prints {'no' if not wholes else 'more than one'} figure for {name}",
            show=human,
        )
    whole = wholes[0]
    message = f"{said} puts {name} at about {human(implied.mid)}; the article gives {name} as "
    message += human(whole.value)
    return agreement(
        "share",
        [p.id, part.id, whole.id],
        implied,
        interval(whole),
        message,
        off=off_by,
        digit=digit_of(p, part, whole),
    )


#: The clause before a share whose subject is a noun phrase with no figure: "so the penalty
#: equals about", "meaning fares covered about", "Online giving, accounting for", "The job cuts
#: represent nearly", "said the shortfall equals".
_SUBJECT_TAKES = re.compile(
    r"(?:^\W*|[,;]\s*(?:so|meaning|which\s+means|thus)\s+|\bso\s+"
    r"|\b(?:said|says|noted|notes|estimated|estimates)\s+(?:that\s+)?)"
    r"(?:(?:the|its|their|this|that|these|those)\s+)?"
    r"(?P<noun>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?)"
    r"(?:\s+(?:now|alone|together|still))?\s*,?\s*"
    r"(?:equals?|equaled|equalled|(?:is|was|are|were)\s+equal\s+to|represents?|represented"
    r"|representing|accounts?\s+for|accounted\s+for|accounting\s+for|covers?|covered"
    r"|paid\s+for|pays?\s+for|contributed|contributes|comprised|comprises"
    r"|(?:made|makes?|making)\s+up|amounts?\s+to|amounted\s+to)\s+"
    r"(?:(?:more|less)\s+than\s+|over\s+|under\s+)?"
    rf"{HEDGE_WORD}$",
    re.I,
)


def _subject_part(p: PercentFact, ctx: RuleContext, like: Figure) -> tuple[Figure, int] | None:
    """The part a share's subject stands for, when the subject is a noun phrase with no figure.

    "... ordered to pay $27.5 million in penalties. ... so the penalty equals about 18% of annual
    profit": the figure printed before that the noun names
    (:func:`newsfacts.validate.context.noun_figure`), of a sort that can be a part of ``like``
    and smaller than it; with how many sentences back it stands.
    """
    start = ctx.sentences[p.sentence][0]
    if _DEMONSTRATIVE_IS.match(ctx.text[start : p.span[0]]):
        # "Its cloud unit brought in $1.3 billion. That is 31% of revenue": the one figure of
        # the sentence right before
        found = subject_figure(ctx, p.sentence, p.span[0], like)
        if found is None or found[1] != 1:
            return None
    else:
        opening = _SUBJECT_TAKES.search(ctx.text[start : p.span[0]])
        if opening is None:
            return None
        found = noun_figure(ctx, p.sentence, opening.group("noun"), like)
        if found is None:
            return None
    part, back = found
    if isinstance(part, PercentFact) or part is like or not part_measure(part, like):
        return None
    if not 0 < part.value < like.value:
        return None
    return part, back


#: A share whose subject is a demonstrative standing for the sentence before: "That is about".
_DEMONSTRATIVE_IS = re.compile(rf"^\W*(?:that|this)\s+(?:is|was)\s+{HEDGE_WORD}$", re.I)
#: The clause a share's sentence opens with, tied to it as its ground: "Castellan reported net
#: income of $212 million last year, so", "The budget is $412 million, meaning".
_GROUND_THEN = re.compile(r"^[^;:()]*?,\s*(?:so|meaning|which\s+means|thus)\s+", re.I)


def _subject_share(
    p: PercentFact, ctx: RuleContext, local: list[Figure], figures: list[Figure]
) -> Verdict | None:
    """A share whose part is a subject standing for a figure printed before, of a named whole.

    "Castellan reported net income of $212 million last year, so the penalty equals about 18%
    of annual profit": the whole is the one figure of the clause the share is drawn from
    ("so", "meaning"); "Online giving, accounting for 48% of the total": the total named
    before (the largest figure of the part's sort within three sentences). The part is the
    figure the subject names (:func:`_subject_part`).
    """
    noun = _OF_NOUN.match(ctx.after(p, 40))
    if noun is None:
        return None
    following = _next(p, local)
    if following is not None and _SHARE_GLUE.match(ctx.text[p.span[1] : following.span[0]]):
        return None  # "made up 40% of the foreign total, about 525 units": the part is printed
    if noun.group("head").lower() in _TOTAL_NAMES and noun.group("mods"):
        return None  # "the foreign total" is a total of some, not the one printed before
    start = ctx.sentences[p.sentence][0]
    ground = _GROUND_THEN.match(ctx.text[start : p.span[0]])
    if ground is not None:
        wholes = [f for f in local if f.span[1] <= start + ground.end() and f.value_max is None]
        wholes = [f for f in wholes if f.id not in ctx.start_values()]
        if len(wholes) != 1:
            return None
        candidates = wholes
    elif (name := noun.group("head").lower()) not in _TOTAL_NAMES:
        # "Fares paid for about 21% of operating costs": the figure printed under that name
        candidates = [
            g
            for g in figures
            if 0 <= p.sentence - g.sentence <= _WHOLE_REACH
            and g.span[1] <= p.span[0]
            and g.id not in ctx.start_values()
            and g.value_max is None
            and _named_as(ctx, name, g)
        ]
    elif noun.group("head").lower() in _TOTAL_NAMES:
        starts = ctx.start_values()
        near = [
            g
            for g in figures
            if p.sentence - _NAMED_TOTAL_REACH <= g.sentence < p.sentence
            and g.id not in starts
            and not earlier_level(ctx, g)  # "Last year's drive brought in $980,000"
            and not _WHEN_CLAUSE.search(ctx.before(g, 80))  # ", when 1,410 were started"
        ]
        # the largest of each sort: the total the text has named
        candidates = [
            g for g in near if not any(same_measure(g, h) and h.value > g.value for h in near)
        ]
    found = [
        (whole, subject)
        for whole in candidates
        if (subject := _subject_part(p, ctx, whole)) is not None
    ]
    if len(found) != 1:
        return None
    whole, (part, back) = found[0]
    return read_back(_stated_part(p, part, whole), back, "the part")


#: Before a share, the name whose share it is: "Vasquez took", ", Pike", "and Holm", "Oduya
#: received" (a capitalised name opening the clause).
_NAME_TAKES = re.compile(
    r"(?:^\W*|[,;]\s*(?:and\s+)?|\s(?:and|while)\s+)(?P<name>(?-i:[A-Z][a-z][\w'’-]*))"
    r"(?:\s+(?:took|won|got|received|had|drew|captured|garnered|polled))?"
    rf"\s+{HEDGE_WORD}$",
    re.I,
)
#: A name's share of a whole printed in its sentence: "Ellison's share of the 63,550 votes
#: counted was".
_NAME_SHARE_OF = re.compile(
    r"^\W*(?P<name>(?-i:[A-Z][a-z][\w-]*))['’]s\s+share\s+of\s+(?:the\s+)?[\d,.]+"
    rf"[^.;:()\d$€£¥]{{0,40}}?\b(?:was|stood\s+at|reached|came\s+to)\s+{HEDGE_WORD}$",
    re.I,
)
#: Between a name and a figure it is tied to after it: " won the mayor's race on Tuesday with ",
#: " drew " (no figure, no clause break, no other name).
_NAME_THEN_FIGURE = re.compile(r"^[^.;:()\d$€£¥]{1,60}$")
#: Before a name, a verb that makes it the loser of a tally after it: "defeated Karen ".
_BEATEN = re.compile(
    r"\b(?:defeated|defeating|beat|beating|edged|edging|topped|topping|ousted|ousting)\s+"
    r"(?:[a-z]+\s+){0,3}(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}$",
    re.I,
)
#: Between a name and the second number of a tally after it: " 31,450 to ".
_TALLY_SECOND = re.compile(r"^\s+[\d,.]+\s+to\s+$")
#: Between a figure and the name it is for: " for retired fire chief Alan ", " votes for ".
_FIGURE_FOR_NAME = re.compile(r"^\s+(?:[a-z]+\s+)?(?:for|to)\s+[^.;:()\d$€£¥,]{0,40}$")
#: How many sentences back the figure a name took may be printed.
_NAME_REACH = 4


def _share_of_name(
    p: PercentFact, ctx: RuleContext, local: list[Figure], figures: list[Figure]
) -> Verdict | None:
    """A share a name took of a whole that opens the sentence, its part printed with the name.

    "Vasquez won the race with 58,214 votes to 41,906 for Alan Pike. ... Of the 106,600 ballots
    cast, Vasquez took 54.6% and Pike 39.3%": the part is the one figure of the whole's sort
    tied to the name in the nearest sentence before that has one ("Vasquez won ... with
    58,214", "41,906 for ... Pike"). More than a sentence back a miss is no alarm.
    """
    start = ctx.sentences[p.sentence][0]
    lead = ctx.text[start : p.span[0]]
    named = _NAME_TAKES.search(lead) or _NAME_SHARE_OF.match(lead)
    if named is None:
        return None
    opening = [f for f in local if f.span[1] <= p.span[0]]
    if opening:
        whole = frame_whole(ctx, p.sentence)
    elif p.sentence > 0:
        # "Ellison's share of the 63,550 votes counted was 49.5%. Oduya received 44%": the
        # shares go on in the next sentence, of the same whole
        whole = frame_whole(ctx, p.sentence - 1)
    else:
        whole = None
    name = named.group("name")
    if whole is None or not may_be_whole(ctx, whole):
        return None
    for back in range(1, _NAME_REACH + 1):
        index = p.sentence - back
        if index < 0:
            break
        tied = []
        sentence = ctx.sentence_text(index)
        at = ctx.sentences[index][0]
        for m in re.finditer(rf"\b{re.escape(name)}\b", sentence):
            begin, end = at + m.start(), at + m.end()
            beaten = _BEATEN.search(ctx.text, max(at, begin - 60), begin) is not None
            for f in ctx.figures_in(index):
                if f.value_max is not None or not part_measure(f, whole) or f.value >= whole.value:
                    continue
                between = ctx.text[end : f.span[0]] if f.span[0] >= end else ""
                if between and not between.strip():
                    # "Vasquez 58,214 to Pike 41,906": the name's own; "defeated Oduya 31,450
                    # to 27,980": the first is the winner's
                    if not beaten:
                        tied.append(f)
                elif f.span[0] >= end and _TALLY_SECOND.match(between):
                    if beaten:
                        tied.append(f)  # "defeated Oduya 31,450 to 27,980": her 27,980
                elif f.span[0] >= end and _NAME_THEN_FIGURE.match(between):
                    tied.append(f)
                elif f.span[1] <= begin and _FIGURE_FOR_NAME.match(ctx.text[f.span[1] : begin]):
                    tied.append(f)
        if len({f.id for f in tied}) == 1:
            return read_back(_stated_part(p, tied[0], whole), back, "the part")
        if tied:
            return None
    return None


def _named_as(ctx: RuleContext, name: str, g: Figure) -> bool:
    """Whether the text names figure ``g`` by ``name``.

    "Operating costs were $402 million", "$402 million in costs", "the 30,000-capacity stadium".
    """
    named = rf"\b{re.escape(name)}\b[^.;:\d$€£¥]{{0,25}}$"
    after = rf"^\s+(?:in|of)\s+(?:[a-z]+\s+)?{re.escape(name)}\b"
    return bool(
        re.search(named, ctx.before(g, 40), re.I)
        or re.match(after, ctx.after(g, 30), re.I)
        or re.search(rf"-{re.escape(name)}\b", g.text + ctx.after(g, 20)[:20], re.I)
    )


#: Between a part and its share, a bound or a hedge: "$649, less than 60%", "3.1 million,
#: or just over 52%".
_BOUNDED_GLUE = re.compile(
    r"^\s*,\s*(?:or\s+)?(?:(?:well|just|roughly|about|nearly|almost|some|a\s+little)\s+)?"
    r"(?:(?:less|more|fewer)\s+than|under|over|below|above)?\s*$",
    re.I,
)
#: After the share, the whole named by its owner: " of the Pro's price", " of Skyhaven's".
_OF_OWNER = re.compile(r"\s*of\s+(?:the\s+)?(?=(?-i:[A-Z])[\w.&-]*['’]s?\s)", re.I)


def _share_of_named(p: PercentFact, ctx: RuleContext, local: list[Figure]) -> Verdict | None:
    """For "The Mini costs $649, less than 60% of the Pro's price": the whole named before.

    The part stands right before the share; the words after "of" name a figure of the part's
    sort printed in a sentence before (:func:`newsfacts.validate.context.named_figure`): the one
    such figure of the nearest sentence that names its owner.
    """
    owner = _OF_OWNER.match(ctx.text, p.span[1])
    if owner is None:
        return None
    before = [f for f in local if f.span[1] <= p.span[0]]
    if not before or not _BOUNDED_GLUE.match(ctx.text[before[-1].span[1] : p.span[0]]):
        return None
    part = before[-1]
    found = named_figure(ctx, p.sentence, owner.end(), part)
    if found is None:
        return None
    whole, back = found
    if isinstance(whole, PercentFact) or interval(whole).lo <= 0 or whole.value <= part.value:
        return None
    return read_back(_stated_part(p, part, whole), back, "the whole")


#: Between a counted part and the share that restates it: "640,000 of them cast ballots, a
#: turnout of", "12 of 15 shots, or", "180 accepted the buyout (", "3.1 million phones last
#: year, accounting for".
_RESTATED_SHARE = re.compile(
    r"^[^,;:()\d$€£¥]{0,60}"
    # an attribution set off by commas: "91,000 tickets this year, organizers said Sunday, filling"
    r"(?:,\s*[^,;:()\d$€£¥]{0,40}?\b(?:said|says|reported|estimated)\b[^,;:()\d$€£¥]{0,25}?)?"
    r"(?:,\s*(?:or\s+|an?\s+(?:[\w-]+\s+){1,2}?of\s+|(?:meaning|filling|which\s+is|that\s+is"
    r"|accounting\s+for|representing|making\s+up|equal\s+to|equivalent\s+to)\s+(?:just\s+)?"
    r"(?:over\s+|under\s+)?)|\s*\(\s*)"
    rf"{HEDGE_WORD}$",
    re.I,
)
#: Between a whole and the part a relative clause takes of it: " students, of whom ".
_OF_WHOM = re.compile(
    r"^[^;:()\d$€£¥]{0,30},\s*(?:of\s+(?:whom|which)|among\s+(?:whom|them))\s+$", re.I
)
#: Between a part and the whole it is counted out of: "27,480 finished the race, out of".
_OUT_OF_WHOLE = re.compile(
    rf"^[^;:()\d$€£¥]{{0,40}}?,?\s*out\s+of\s+(?:a\s+total\s+of\s+|the\s+)?{HEDGE_WORD}$",
    re.I,
)
#: Between a count and the capacity it fills: " at home in an arena that seats".
_CAPACITY = re.compile(
    r"^[^;:()\d$€£¥]{0,60}?\b(?:that|which)\s+(?:seats|holds|can\s+hold|has\s+room\s+for)\s+"
    rf"{HEDGE_WORD}$",
    re.I,
)


def _counted_share(p: PercentFact, ctx: RuleContext, local: list[Figure]) -> Verdict | None:
    """A share restating a part whose whole the sentence counts: part / whole must be it.

    "1.2 million voters, and 640,000 of them cast ballots, a turnout of 53%"; "made 12 of 15
    shots, or 80%"; "Of the 240 employees, 180 accepted the buyout (75%)".
    """
    before = [f for f in local if f.span[1] <= p.span[0]]
    if not before or not _RESTATED_SHARE.match(ctx.text[before[-1].span[1] : p.span[0]]):
        return _counted_after(p, ctx, local)
    part = before[-1]
    whole = None
    if len(before) >= 2 and _CAPACITY.match(ctx.between(before[-2], part)):
        whole, part = part, before[-2]  # "6,850 spectators in an arena that seats 7,500"
    elif len(before) >= 2 and _OF_WHOM.match(ctx.between(before[-2], part)):
        whole = before[-2]  # "1,480 students, of whom 1,332 earned diplomas"
    elif len(before) >= 2 and same_measure(before[-2], part, per_implied=True):
        first = before[-2]
        start, end = from_to(ctx, part.sentence)
        if OF_THEM.match(ctx.after(part, 15)):
            whole = first  # "1.2 million voters, and 640,000 of them"
            if first is start and end is not None and end.span[1] <= part.span[0]:
                whole = end  # "declined to 214,300 vehicles from 228,960; ... 38,700 of them"
            if is_statistic(ctx, whole):
                whole = None  # "an average age of 64.2, and 713 of them"
        elif OF_NEXT.match(ctx.between(first, part)) or _OUT_OF_WHOLE.match(
            ctx.between(first, part)
        ):
            whole, part = part, first  # "12 of 15 shots", "27,480 finished, out of 31,000"
        elif OF_THE_LEAD.search(ctx.lead(first, 40)) and re.fullmatch(
            r"[^;:()\d$€£¥]{0,60},\s*", ctx.between(first, part)
        ):
            whole = first  # "Of the 240 employees, 180"
    named = _OF_THE_NOUN.match(ctx.after(part, 30))
    if whole is None and named is not None and part.sentence > 0:
        # "31,200 of the votes cast, or about 35%": the total counted in that noun's kind
        kind = named.group(1)
        for back in range(part.sentence - 1, max(-1, part.sentence - 4), -1):
            counted: list[Figure] = [
                f
                for f in ctx.figures_in(back)
                if isinstance(f, QuantityFact)
                and f.unit
                and same_kind(f.unit, kind)
                and from_to(ctx, f.sentence)[0] is not f
                and may_be_whole(ctx, f)
                and not is_statistic(ctx, f)  # "a rate of 191.8 cases per 100,000"
                and f.value > part.value
            ]
            if counted:
                whole = max(counted, key=lambda f: f.value)
                break
    if whole is None and _OF_THE_TOTAL.match(ctx.after(part, 25)) and part.sentence > 0:
        # "Residential break-ins accounted for 455 of the total, or about 60%": the total is
        # the level the sentence before ends on, or the nearest sentence before that has one
        for back in range(part.sentence - 1, max(-1, part.sentence - 4), -1):
            earlier = [
                f
                for f in ctx.figures_in(back)
                if same_measure(f, part, per_implied=True)
                and from_to(ctx, f.sentence)[0] is not f
                and may_be_whole(ctx, f)
                and f.value > part.value
                # "312 of the total": a bare count is of no "529 litres"
                and (getattr(part, "unit", None) or getattr(f, "dimension", None) is None)
            ]
            if earlier:
                whole = max(earlier, key=lambda f: f.value)  # the total, not a year-ago level
                pointed = [f for f in earlier if not _DENOMINATOR.search(ctx.before(f, 40))]
                if _DEMONSTRATIVE.match(ctx.after(part, 25)) and pointed:
                    # "227,480 of the county's 318,600 voters cast ballots. Early voting
                    # accounted for 96,400 of those": those who cast, not the denominator
                    whole = max(pointed, key=lambda f: f.value)
                break
    if whole is None and _OF_SURVEYED.match(ctx.after(p, 40)):
        # "420 respondents named the economy ..., or 52% of those surveyed": the poll's sample
        samples = [
            f
            for f in ctx.figures()
            if f.span[1] <= part.span[0]
            and _SAMPLE_OF.search(ctx.before(f, 30))
            and _head_counts(f, part)
        ]
        whole = samples[0] if len(samples) == 1 else None
    if whole is None or interval(whole).lo <= 0 or part.value > whole.value:
        return None
    return _stated_part(p, part, whole)


def _head_counts(a: Figure, b: Figure) -> bool:
    """Two counts of people in a survey ("1,050 likely voters", "420 respondents")."""
    return all(
        isinstance(f, QuantityFact) and f.dimension is None and f.role == "count" for f in (a, b)
    )


#: After a share, the people a survey asked: "of those surveyed", "of respondents".
_OF_SURVEYED = re.compile(
    r"^\s*of\s+(?:those|the\s+(?:people|adults|voters|respondents)|all\s+respondents|respondents)"
    r"(?:\s+(?:surveyed|polled|questioned|asked|interviewed))?\b",
    re.I,
)
#: Before a survey's sample size: "a poll of", "a survey of", "a sample of".
_SAMPLE_OF = re.compile(
    r"\b(?:poll|survey|study|sample)\s+of\s+(?:about\s+|some\s+|nearly\s+)?$", re.I
)


#: After a part, the kind of thing its whole counts: "31,200 of the votes cast".
_OF_THE_NOUN = re.compile(
    r"^\s*of\s+the\s+([a-z]+s)\b(?!\s+(?:of|\w+ing|who|that|which|on|in|at|with|aged|assigned"
    r"|given|under|over|from)\b)",  # "of the patients taking the drug": a group, not the total
    re.I,
)


def _counts_head(ctx: RuleContext, g: Figure, head: str, *, named: bool) -> bool:
    """Whether a whole counts the part's noun ``head``.

    For a noun of the part's subject ("International travelers numbered 310,000"), a whole
    printed with a unit must count it ("96,480 residents" is no total of households); for the
    part's own unit, the whole's sentence names it.
    """
    if named:
        unit = getattr(g, "unit", None)
        return unit is None or re.search(rf"\b{head}", unit, re.I) is not None
    return re.search(rf"\b{head}", ctx.sentence_text(g.sentence), re.I) is not None


#: Before a count, a verb that says its subject is what it counts: "households numbered".
_NUMBERED = re.compile(r"\b(?:numbered|totaled|totalled|totaling|totalling)\s+$", re.I)
#: After a part, a whole named before it: "455 of the total", "60 of them".
_OF_THE_TOTAL = re.compile(r"^\s*of\s+(?:the\s+total|them|those|these|that)\b", re.I)
_DEMONSTRATIVE = re.compile(r"^\s*of\s+(?:them|those|these)\b", re.I)
#: Before a whole a part was counted of: "227,480 of the county's 318,600 voters".
_DENOMINATOR = re.compile(
    r"\d[\d,.]*\s+(?:[a-z]+\s+)?(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?$",
    re.I,
)


#: Between a part and its whole after a share: "96 terawatt-hours out of a total of".
_OUT_OF = re.compile(
    rf"^\s*(?:out\s+)?of\s+(?:a\s+total\s+of\s+|(?:the|its|their)\s+(?:total\s+)?)?{HEDGE_WORD}$",
    re.I,
)
#: Between a share and the clause that counts it: "of the country's electricity last year,
#: generating" (no other figure, no new sentence part).
_THEN_COUNTED = re.compile(
    # not "with 1,210 of 1,212 precincts reporting": an aside about something else
    r"^[^;:()\d$€£¥]{0,80},\s*(?!(?:with|while|and|but|as|after|before)\b)(?:[a-z]+\s+){0,3}$",
    re.I,
)


def _counted_after(p: PercentFact, ctx: RuleContext, local: list[Figure]) -> Verdict | None:
    """A share, then the part and the whole it comes from.

    "supplied 31% of the electricity, generating 96 terawatt-hours out of a total of 310".
    """
    after = [f for f in local if f.span[0] >= p.span[1]]
    if len(after) < 2 or not _THEN_COUNTED.match(ctx.text[p.span[1] : after[0].span[0]]):
        return None
    part, whole = after[0], after[1]
    if not _OUT_OF.match(ctx.text[part.span[1] : whole.span[0]]):
        return None
    if not same_measure(part, whole, per_implied=True) or part.value > whole.value:
        return None
    return _stated_part(p, part, whole) if interval(whole).lo > 0 else None


#: After a count of votes, what makes it the total cast: "23,890 ballots were cast", "votes
#: cast in the race" (not "cast for the mayor": one candidate's).
_CAST = re.compile(
    r"^\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?cast\b(?!\s+(?:for|against)\b)", re.I
)
#: How many sentences from a share the total it is a share of may be printed.
_TOTAL_REACH = 2


def _glued_total(
    p: PercentFact, ctx: RuleContext, local: list[Figure], figures: list[Figure]
) -> Verdict | None:
    """A part and its share with no whole in the sentence, and a total the article gives nearby.

    "Dorsey won with 9,842 votes, or 41.2%. ... In all, 23,890 ballots were cast": 9,842 of
    23,890 is 41.2%. The total must be the one figure within two sentences that counts what the
    part counts, is larger, and is marked as a total ("in all", "a total of", "were cast").
    """
    if re.match(r"\s*(?:of|among)\b", ctx.after(p, 12)) or interval(p).lo <= 0:
        return None
    at = bisect_left(local, p.span[0], key=lambda g: g.span[1])
    if at == 0 or p.value >= 100:
        return None
    part = local[at - 1]
    if part.span[1] > p.span[0] or not _tied_before(ctx.text[part.span[1] : p.span[0]]):
        return None
    if _COMPARED_AFTER.match(ctx.after(p, 30)):
        return None  # "380 units, or 12% more than a year ago": a change, no share
    counted = _counted_unit(part, local[: at - 1])
    if counted is None:
        return None
    wholes = [
        g
        for g in figures
        if g is not part
        and abs(g.sentence - p.sentence) <= _TOTAL_REACH
        and g.value > part.value
        and isinstance(g, QuantityFact)
        and g.unit
        and same_kind(g.unit, counted)
        and _stated_total(ctx, g)
        # "down from 14.2% in the Nov. 3 general election, when 9,054 ballots were cast": the
        # total of another time
        and not (g.sentence != p.sentence and _WHEN_CLAUSE.search(ctx.before(g, 80)))
    ]
    if len(wholes) != 1 or interval(wholes[0]).lo <= 0:
        return None
    verdict = _stated_part(p, part, wholes[0])
    if verdict.status == "inconsistent":
        # "214,850 ballots cast ..., leaving 212,460 valid votes": a share of the votes may be
        # of the valid ones, a count of the same kind just under the total; it holds if either
        near = [
            g
            for g in figures
            if g is not part
            and g is not wholes[0]
            and abs(g.sentence - wholes[0].sentence) <= 1  # told beside the total
            and part.value < g.value < wholes[0].value
            and g.value >= _NEAR_TOTAL * wholes[0].value
            and isinstance(g, QuantityFact)
            and g.unit
            and same_kind(g.unit, counted)
        ]
        for g in near:
            other = _stated_part(p, part, g)
            if other.status != "inconsistent":
                return other
    return verdict


#: A count of the total's kind at least this share of it may be the whole a share is of instead
#: (valid votes against ballots cast).
_NEAR_TOTAL = Decimal("0.9")


#: After a percentage, words that make it a change or a comparison, no share.
_COMPARED_AFTER = re.compile(
    r"^\s*(?:more|less|fewer|higher|lower|above|below|up|down|over|under|increase|decrease"
    r"|rise|drop|gain|fall|jump|better|worse)\b",
    re.I,
)


def _counted_unit(part: Figure, before: list[Figure]) -> str | None:
    """What a count counts: its own unit, or the unit of the count before it that it repeats.

    "5,120 votes ... and Brandt had 3,840": a bare number counts votes too.
    """
    if not isinstance(part, QuantityFact) or part.dimension is not None:
        return None
    if part.unit:
        return part.unit
    earlier = [f for f in before if isinstance(f, QuantityFact) and f.unit and not f.dimension]
    return earlier[-1].unit if earlier else None


def _stated_total(ctx: RuleContext, g: Figure) -> bool:
    """Whether the text marks a figure as a total (:func:`is_total`), or as the votes cast."""
    if is_total(ctx, g):
        return True
    counted = getattr(g, "unit", None)
    return bool(counted and same_kind(counted, "votes") and _CAST.match(ctx.after(g, 30)))


#: How many sentences back a share's part may be printed ("Solar generated 2,870 GWh ... Solar
#: supplied 11% of the 26,100 GWh consumed").
_PART_REACH = 2


def _part_nearby(
    p: PercentFact, whole: Figure, ctx: RuleContext, figures: list[Figure]
) -> Verdict | None:
    """The part of a share printed in a sentence before it, about the same thing.

    "Solar panels generated 2,870 gigawatt-hours ... Solar supplied 11% of the 26,100
    gigawatt-hours consumed": 2,870 / 26,100 is 11.0%. The part must be the one figure of the
    whole's measure, smaller than it, within two sentences before, whose sentence names what
    the share is of (a word of the share's subject). It may be of another year: a miss is only
    ``unverifiable``, unless the share is named by a word whose part the sentence before counts
    (:data:`newsfacts.vocab.SHARE_PART_WORDS`: "36,660 ballots were cast. Turnout reached 52%
    of the 61,200 registered voters").
    """
    about = {w for w in content_words(p.subject) if len(w) > 3}
    named = _share_name(ctx, p)
    if named:
        about |= set(SHARE_PART_WORDS[named])
    if not about:
        return None
    starts = ctx.start_values()
    candidates = [
        f
        for f in figures
        if f is not whole
        and p.sentence - _PART_REACH <= f.sentence <= p.sentence
        and f.span[1] <= p.span[0]
        and f.id not in starts
        and from_to(ctx, f.sentence)[0] is not f  # "fell to 18,300 from 24,500": not the start
        and part_measure(f, whole)
        and f.value < whole.value
        and not _DIFFERENCE_LEAD.search(ctx.before(f, 30))
        and about & content_words(ctx.sentence_text(f.sentence))
    ]
    if len(candidates) != 1:
        return None
    part = candidates[0]
    verdict = _stated_part(p, part, whole)
    if verdict.status == "inconsistent" and not (named and part.sentence >= p.sentence - 1):
        where = "another clause" if part.sentence == p.sentence else "another sentence"
        return judged(
            "share",
            verdict.fact_ids,
            UNDECIDED,
            verdict.message + f" (the part is printed in {where}: it may be of another time)",
            expected=verdict.expected,
            actual=verdict.actual,
        )
    return verdict


#: Between a part and its whole in a counted pair: " of the county's ", " people were looking
#: for work out of a labor force of ", " square feet of the district's ".
_PAIR_OF = re.compile(
    rf"^(?:\s+[\w'’-]+){{0,8}}?\s+(?:out\s+)?of\s+(?:(?:a|an|the|its|their)\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:of\s+)?{HEDGE_WORD}$",
    re.I,
)
#: How many sentences from a named rate its counted pair may be printed.
_RATE_REACH = 2


def _named_rate(p: PercentFact, ctx: RuleContext, figures: list[Figure]) -> Verdict | None:
    """A rate named by a word of :data:`newsfacts.vocab.SHARE_PART_WORDS` and the counts nearby.

    "The jobless rate fell to 3.8% ... About 2,950 people were looking for work out of a labor
    force of 77,600": 2,950 / 77,600 is 3.8%. The pair must be the one part-of-whole pair within
    two sentences whose sentence names the part ("work", "empty"); a miss is ``unverifiable``
    unless the pair is in the rate's own sentence (the counts may be of another month).
    """
    named = _share_name(ctx, p)
    if named is None:
        return None
    words = set(SHARE_PART_WORDS[named])
    pairs = []
    for part, whole in itertools.pairwise(figures):
        if part.sentence != whole.sentence or abs(part.sentence - p.sentence) > _RATE_REACH:
            continue
        if whole.value <= part.value or not part_measure(part, whole):
            continue
        if not _PAIR_OF.match(ctx.text[part.span[1] : whole.span[0]]):
            continue
        if not words & content_words(ctx.sentence_text(part.sentence)):
            continue
        pairs.append((part, whole))
    if len(pairs) != 1:
        return None
    part, whole = pairs[0]
    verdict = _stated_part(p, part, whole)
    if verdict.status == "inconsistent" and part.sentence != p.sentence:
        return judged(
            "share",
            verdict.fact_ids,
            UNDECIDED,
            verdict.message + " (the counts are printed in another sentence: they may be of"
            " another time)",
            expected=verdict.expected,
            actual=verdict.actual,
        )
    return verdict


#: Before a figure that is an amount of a win or a change: "by 2,176 votes", "by about 40".
_BY_AMOUNT = re.compile(rf"\bby\s+{HEDGE_WORD}$", re.I)
#: Before a figure that is a difference, no level: "her margin of 16,308 votes", "a lead of".
_DIFFERENCE_LEAD = re.compile(rf"\b(?:margin|lead|gap|difference|edge)\s+of\s+{HEDGE_WORD}$", re.I)
#: Before a share, the words that name it: "Turnout reached", "a vacancy rate of".
_NAMED_SHARE = re.compile(rf"\b({'|'.join(SHARE_PART_WORDS)})\b[^,;:()\d]{{0,45}}$", re.I)


def _share_name(ctx: RuleContext, p: PercentFact) -> str | None:
    """The name of a share from :data:`newsfacts.vocab.SHARE_PART_WORDS` printed just before it."""
    m = _NAMED_SHARE.search(ctx.before(p, 50))
    return m.group(1).lower() if m else None


#: Between the two sides of a tally and the share after them: "by 32,940 votes to 20,365, or
#: 61.8% in favor" (" to " between, ", or " before the share).
_TALLY_TO = re.compile(r"^\s+(?:[a-z]+\s+)?to\s+$", re.I)
_TALLY_OR = re.compile(
    r"^(?:\s+[a-z]+)?,\s+(?:or|about|nearly|roughly|some)\s+(?:about\s+)?$", re.I
)


def _tally_share(p: PercentFact, ctx: RuleContext, local: list[Figure]) -> Verdict | None:
    """A share printed after a tally is the first side's share of both sides.

    "approved by 32,940 votes to 20,365, or 61.8% in favor": 32,940 / (32,940 + 20,365) is
    61.8%.
    """
    before = [f for f in local if f.span[1] <= p.span[0]]
    if len(before) < 2:
        return None
    first, second = before[-2], before[-1]
    if not (
        _TALLY_TO.match(ctx.between(first, second))
        and _TALLY_OR.match(ctx.text[second.span[1] : p.span[0]])
        and same_measure(first, second, per_implied=True)
    ):
        return None
    both = interval(first) + interval(second)
    if both.lo <= 0:
        return None
    computed = (interval(first) / both).scaled(100)
    message = (
        f"{human(first.value)} of the {human(first.value + second.value)} on both sides "
        f"({human(first.value)} to {human(second.value)}) is {shown(computed.mid, '.2f')}% "
        f"(between {shown(computed.lo, '.2f')}% and {shown(computed.hi, '.2f')}%); the article says "
        f"{p.qualifier + ' ' if p.qualifier else ''}{p.value}%"
    )
    ids = [p.id, first.id, second.id]
    digit = digit_of(p, first, second)
    return agreement(
        "share", ids, computed, interval(p), message, off=_points, digit=digit, digits=4
    )


def _stated_part(p: PercentFact, part: Figure, whole: Figure) -> Verdict:
    """Part, share and whole all printed: part / whole must overlap the share."""
    share = interval(p)
    computed = (interval(part) / interval(whole)).scaled(100)
    message = (
        f"{human(part.value)} of {human(whole.value)} is {shown(computed.mid, '.2f')}% "
        f"(between {shown(computed.lo, '.2f')}% and {shown(computed.hi, '.2f')}%); the article "
        f"says {p.qualifier + ' ' if p.qualifier else ''}{p.value}%"
    )
    ids = [p.id, part.id, whole.id]
    digit = digit_of(p, part, whole)
    return agreement("share", ids, computed, share, message, off=_points, digit=digit, digits=4)


def _points(gap: Decimal) -> str:
    return f": off by {shown(gap, '.2f')} percentage points"
