"""``part_of_whole``: parts the text ties to a stated whole must not add up past it.

The text ties parts to a whole in five ways, each checked as "the parts add up to no more than
the whole" with every figure taken as its rounding interval:

* a *whole* whose subject says so ("total", "global", "overall"...) and the other figures with the
  same unit and period whose subjects name the same thing ("token usage"), leaving out start values
  of changes (they belong to an earlier period);
* a part introduced by "including", "of which", "N of them": "more than 60 students, including
  13 ...", "the top 10 ... 9 of them";
* an itemized list after a total: "is giving $35,000 ... the following donations: $7,500 to A,
  $5,000 each to B and C" ("each" counts once per recipient), or after a colon in the total's
  sentence: "spent $900 million: $500 million on wages, $300 million on rent and ...";
* the amounts named in the sentences before "a cumulative total of US$265 million";
* parts listed, then their sum: "$4 million, $2 million and $1 million, a combined $7 million",
  "140 homes ... and 300 more, for a total of 440" (the sum, within the rounding, not a bound);
* shares of one whole listed together: "40% of sales, 35% and 30%" cannot pass 100%; listed item
  by item after a share word ("made up 41%, tablets 27%, desktops 22% and other devices 10%")
  they add up to 100% when the last item is what is left; so do a poll's answers when the last
  takes the rest ("45% support the plan, 40% oppose it and 15% are undecided");
* a count followed by the list of what it counts: "three finalists: Acme, Globex and Initech".
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from newsfacts.extract.units import unit_dimension
from newsfacts.facts import PercentFact, QuantityFact
from newsfacts.validate.context import (
    GAP_WORD_AFTER,
    GENERIC_COUNTS,
    OF_NEXT,
    OF_THE_LEAD,
    OF_THEM,
    TOTAL_LEAD,
    Figure,
    RuleContext,
    content_words,
    digit_of,
    frame_whole,
    from_to,
    group_by_sentence,
    human,
    interval,
    is_statistic,
    is_total,
    may_be_whole,
    same_measure,
    shown,
    sum_digit,
    unit_of,
)
from newsfacts.validate.intervals import Interval
from newsfacts.validate.tally import check_tally
from newsfacts.validate.verdict import UNDECIDED, Outcome, Verdict, judged, weigh
from newsfacts.vocab import AMOUNT_LEAD, CARDINALS, HEDGE_WORD

__all__ = ["check_part_of_whole"]

_WHOLE = re.compile(
    r"\b(?:total|global|overall|worldwide|world|entire|combined|aggregate|whole)\b", re.I
)

_NONE = Interval(Decimal(0), Decimal(0))
#: After a figure that is a part of a total named before: " of that total", " of the total".
_OF_A_TOTAL = re.compile(r"\s*of\s+(?:that|the|this|its|their)\s+(?:\w+\s+)?total\b", re.I)


def _total(
    parts: list[tuple[Figure, int]] | list[Figure] | list[PercentFact], *, exact: bool = False
) -> Interval:
    """The sum of the parts' intervals (a part given as ``(figure, n)`` counts ``n`` times).

    With ``exact``, the sum of their values.
    """
    total = _NONE
    for part in parts:
        figure, times = part if isinstance(part, tuple) else (part, 1)
        value = Decimal(str(figure.value))
        printed = Interval(value, value) if exact else interval(figure)
        total = total + printed.scaled(times)
    return total


#: An unhedged count printed in full digits that do not end in a zero: "7 tackles", "52".
_EXACT_COUNT = re.compile(
    r"^\d{1,3}(?:,\d{3})*(?<!0)(?![.\d])(?!\s*(?:thousand|million|billion|k\b))"
)


def _exact_counts(*facts: Figure | PercentFact) -> bool:
    """Whether every figure is a count of things printed to the unit ("7 tackles", "11").

    Their sum is then exact, not 6.5 to 7.5 plus 2.5 to 3.5. A figure ending in a zero ("300
    cars") may be rounded, and keeps every figure's printed interval.
    """
    return all(
        isinstance(f, QuantityFact)
        and f.dimension is None
        and not f.qualifier
        and _EXACT_COUNT.match(f.text) is not None
        for f in facts
    )


def _verdict(whole: Figure, parts: list[tuple[Figure, int]], how: str) -> Verdict:
    total = _total(parts)
    bound = interval(whole)
    ids = [whole.id, *dict.fromkeys(p.id for p, _ in parts)]
    listed = " + ".join(human(p.value) + (f" x{times}" if times > 1 else "") for p, times in parts)
    outcome = weigh(total, "<=", bound)
    summed = f"{listed} = {human(total.mid)}" if len(parts) > 1 or parts[0][1] > 1 else listed
    message = f"{how}: {summed} {'<=' if outcome.ok else 'exceeds'} the whole {human(whole.value)}"
    if not outcome.ok:
        message += f" by {human(outcome.gap)} at the least"
    return judged(
        "part_of_whole",
        ids,
        outcome,
        message,
        relative_to=bound.hi,
        digit=digit_of(whole, *(p for p, _ in parts)),
        expected=whole.value,
        actual=total.mid,
        tolerance=outcome.slack,
    )


_INCLUDING = re.compile(
    r"(?:\bincluding|\bincludes|\bincluded|\bof\s+(?:which|whom)|\bamong\s+(?:them|which|whom))"
    rf"\s+{HEDGE_WORD}$",
    re.I,
)
#: How much of the sentence before a whole is read for "Of the 20 ..." (a bounded look back).
_LEAD_CHARS = 60
#: "Of the 120 delegates, 70 ...", "Of the 500 timbers crews inspected, they replaced 140": a
#: whole named first, its parts after the comma.
_AFTER_OF_THE = re.compile(
    rf"^(?:\s+[\w\s-]{{0,30}}?)?,\s*(?:(?:they|we|it|he|she|officials|crews)\s+[a-z]+\s+)?"
    rf"{HEDGE_WORD}$",
    re.I,
)
#: Between two listed parts: " for roads and ", " voted yes and ", " in India, ", ", reused ",
#: " in Merrow and the remaining ".
_NEXT_PART = re.compile(
    rf"^(?:\s+[a-z][\w\s'-]{{0,30}}?(?:,\s*(?:and\s+)?|\s+and\s+)"
    rf"|\s*,\s*(?:and\s+)?[a-z]+(?:\s+[a-z]+)?\s+)"
    rf"(?:(?:the|its|their)\s+(?:remaining|other|rest\s+of\s+the)\s+)?{HEDGE_WORD}$",
    re.I,
)
_FOLLOWING = re.compile(r"\bthe\s+following\b[^:.]{0,60}:", re.I)
_EACH_TO = re.compile(r"^\s*each\s+(?:to|for)\s+([^$€£¥\d]{0,200})", re.I)


#: Before a figure another is compared with: "than the", "compared with" (no item of a list).
_THAN_BEFORE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I
)
#: After a part, a copula and a group bounded by a number: "14 are children under 10", "9 were
#: people over 65".
_SUBGROUP_AFTER = re.compile(
    r"\s+(?:were|are|was|is)\s+[a-z][\w\s-]{0,25}?\b(?:under|over|below|above|aged|older\s+than"
    r"|younger\s+than|with\s+more\s+than|with\s+fewer\s+than)\s+\d",
    re.I,
)
#: Before the whole of a share: "4% of the group's", "a third of its".
_SHARE_OF_BEFORE = re.compile(
    r"(?:%|\bper\s?cent|\bpercent|\bhalf|\bthird|\bquarter)\s+of\s+(?:the|its|their)?\s*"
    r"(?:[\w.&-]+['’]s\s+)?$",
    re.I,
)
#: Between a whole and a part "of them": a clause break (the part's clause has its own subject).
_THEM_BREAK = re.compile(r"[,;:(—–]|\b(?:and|but|while|who|which|whom|of\s+whom)\b", re.I)
#: Before a count of places or groups a figure is spread over: "in three towns", "across 12".
_SCOPE_BEFORE = re.compile(r"\b(?:in|across|at|from|among|over)\s+$", re.I)


def _tied(ctx: RuleContext, figures: list[Figure]) -> list[Verdict]:
    """For "including 13", "9 of them": a part tied to the figure before it in the sentence."""
    verdicts = []
    by_sentence: dict[object, list[Figure]] = {}
    position: dict[int, int] = {}  # id of a figure -> its index in its sentence's list
    for figure in figures:  # one pass: each figure looks back only within its own sentence
        group = by_sentence.setdefault(figure.sentence, [])
        position[id(figure)] = len(group)
        group.append(figure)
    for part in figures:
        group = by_sentence[part.sentence]
        whole = None
        for index in range(position[id(part)] - 1, -1, -1):
            if group[index].span[1] <= part.span[0]:
                whole = group[index]
                if _SCOPE_BEFORE.search(ctx.before(whole, 14)) and index > 0:
                    continue  # "8,700 people in three towns, including 5,200 in Alder Springs"
                break
        if whole is None:
            continue
        start, end = from_to(ctx, part.sentence)
        if whole is start and end is not None and end.span[1] <= part.span[0]:
            # "Deliveries declined to 214,300 vehicles from 228,960; electric vehicles made up
            # 38,700 of them": them are the deliveries now, the level the change reached
            whole = end
        if is_statistic(ctx, whole):
            continue  # "an average age of 64.2, and 713 of them": them are the participants
        if not same_measure(whole, part, per_implied=True):
            continue  # "23 people, including 15 juveniles": people count anyone
        between = ctx.between(whole, part)
        if _INCLUDING.search(between[-40:]) or (
            OF_THE_LEAD.search(ctx.lead(whole, _LEAD_CHARS)) and _AFTER_OF_THE.match(between)
        ):
            parts = _listed_parts(ctx, group[position[id(part)] :], whole)
            if len(parts) > 1 and _REMAINING.search(ctx.before(parts[-1], 40)):
                # "of whom 2,650 lived in Ashby, 1,150 in Merrow and the remaining 600": all of it
                verdicts.append(_sum_verdict(whole, parts, "parts of the figure before them"))
                continue
            if len(parts) > 1 and any(_SUBGROUP_AFTER.match(ctx.after(p, 40)) for p in parts):
                # "Of the 23 patients, 19 were unvaccinated and 14 are children under 10": a
                # group set by a number of another measure cuts across the others: each part
                # fits, not their sum
                for p in parts:
                    verdicts.append(_verdict(whole, [(p, 1)], "a part of the figure before it"))
                continue
            how = (
                "a part of the figure before it"
                if len(parts) == 1
                else "parts of the figure before them"
            )
            verdicts.append(_verdict(whole, [(p, 1) for p in parts], how))
        elif OF_THEM.match(ctx.text[part.span[1] : part.span[1] + 12]) and _THEM_BREAK.search(
            between
        ):
            # "60 students sat the test, and 13 of them passed"; not "The two schools have
            # 1,150 of them": "them" is never the subject of its own clause
            verdicts.append(_verdict(whole, [(part, 1)], "a part of the figure before it"))
    return verdicts


def _part_before_whole(ctx: RuleContext, figures: list[Figure]) -> list[Verdict]:
    """For "40 of the 160 delegates", "9 of the top 10": the part names its whole right after."""
    verdicts = []
    for part, whole in itertools.pairwise(figures):
        if part.sentence != whole.sentence or not OF_NEXT.match(ctx.between(part, whole)):
            continue
        if unit_of(part)[0] is not None and not same_measure(part, whole):
            continue  # "40% of the 160 delegates" is a share; "5 tons of the 20 trucks" no part
        if type(part) is not type(whole):
            continue
        verdicts.append(_verdict(whole, [(part, 1)], "a part of the whole named after it"))
    return verdicts


def _listed_parts(ctx: RuleContext, after: list[Figure], whole: Figure) -> list[Figure]:
    """The first part and the parts listed after it, each of the whole's measure.

    "includes $1.5 billion for roads and $2.1 billion for schools": both are parts.
    """
    parts = [after[0]]
    for nxt in after[1:]:
        if not same_measure(whole, nxt) or not _NEXT_PART.match(ctx.between(parts[-1], nxt)):
            break
        parts.append(nxt)
    return parts


def _recipients(text: str) -> int:
    """How many names a list "A, B and C" holds (for "$5,000 each to A, B and C")."""
    text = _CORPORATE.sub("", text)
    text = re.sub(r"[\s,;:.]*(?:\band)?[\s,;:.]*$", "", text.strip())
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+", text)
    return max(1, len([i for i in items if i.strip()]))


_CORPORATE = re.compile(r",\s*(?:Inc|Ltd|LLC|L\.L\.C|Co|Corp|plc|S\.A|N\.V|AG|GmbH)\b\.?", re.I)


def _list_items(ctx: RuleContext, at: int, figures: list[Figure]) -> list[Figure]:
    """The amounts a list opened at ``at`` (just after its colon) holds.

    Inline ("...: $7,500 to A, $6,500 to B.") the list is the rest of the paragraph; set out one
    item per paragraph, it runs while paragraphs start with an amount.
    """
    line_end = ctx.text.find("\n\n", at)
    line_end = len(ctx.text) if line_end < 0 else line_end
    inline = [f for f in figures if at <= f.span[0] < line_end]
    if inline:
        return inline
    items: list[Figure] = []
    position = line_end
    while position < len(ctx.text):
        start = position + 2
        end = ctx.text.find("\n\n", start)
        end = len(ctx.text) if end < 0 else end
        paragraph = [f for f in figures if start <= f.span[0] < end]
        if not paragraph or ctx.text[start : paragraph[0].span[0]].strip():
            break
        items.append(paragraph[0])
        position = end
    return items


def _itemized(ctx: RuleContext, figures: list[Figure]) -> list[Verdict]:
    """A total followed by "the following ...:" and a list of amounts."""
    verdicts = []
    for match in _FOLLOWING.finditer(ctx.text):
        before = [f for f in figures if f.span[1] <= match.start()]
        if not before:
            continue
        whole = before[-1]
        if ctx.text.count("\n\n", whole.span[1], match.start()) > 1:
            continue
        parts: list[tuple[Figure, int]] = []
        for f in _list_items(ctx, match.end(), figures):
            if not same_measure(whole, f):
                break
            each = _EACH_TO.match(ctx.text[f.span[1] : f.span[1] + 220])
            names = each.group(1).split("\n\n")[0] if each else ""
            parts.append((f, _recipients(names) if each else 1))
        if len(parts) >= 2:
            verdicts.append(_verdict(whole, parts, "the itemized list after the total"))
    return verdicts


#: A total, then a colon (or a verb that shares it out) opening the list of its parts: "spent
#: $900 million last year: $500 million on wages, $300 million on rent and $100 million on
#: fuel", "The $612 million budget sets aside $248 million for police, $131 million for ...".
_COLON_AFTER = re.compile(
    rf"^[^:;.!?\d$€£¥()]{{0,50}}(?::|\b(?:sets?\s+aside|setting\s+aside|allocat(?:es|ed|ing)"
    r"|earmark(?:s|ed|ing)?|devot(?:es|ed|ing)|splits?|divides?|is\s+made\s+up\s+of|comprises"
    rf"|consists\s+of|breaks?\s+down\s+into)\s)\s*{HEDGE_WORD}$",
    re.I,
)


#: Between two listed counts that carry their own nouns: " and ", ", ", ", and ".
_LIST_GAP = re.compile(rf"^\s*(?:,\s*(?:and\s+)?|and\s+){HEDGE_WORD}$")
#: A determiner right before a count: "The 12 jurors", "its 40 delegates".
_DETERMINED = re.compile(r"\b(?:the|its|their|his|her|our|all|these|those)\s+$", re.I)
#: Where an apposition of parts closes: a comma after at most a short modifier (", 22 from
#: Europe and 15 from Asia, voted").
_APPOSITION_CLOSES = re.compile(r"[^,;.:!?()\d]{0,30},")
#: A whole, then its parts in apposition: "The 12 jurors, seven women and five men, ...".
_APPOSED_AFTER = re.compile(rf"^[^:;.!?\d$€£¥(),]{{0,30}},\s*{HEDGE_WORD}$")


def _kinds_of(whole: Figure, part: Figure) -> bool:
    """A part of the whole's measure, or a count of one kind of what the whole counts.

    "25 players: 14 forwards and 11 defenders", "12 jurors, seven women and five men": the
    grammar (a colon, an apposition) says the parts are kinds of the whole.
    """
    if same_measure(whole, part):
        return True
    return all(
        isinstance(f, QuantityFact) and f.dimension is None and f.role == "count" and f.unit
        for f in (whole, part)
    )


def _counts_the_items(whole: Figure, parts: list[Figure]) -> bool:
    """Whether a counted whole counts the list's items, not what the bare figures count.

    "184,000 customers in three towns: 96,500 in Brisco and 52,300 in Harlan Flats": each bare
    figure alone is past the whole, so the whole is how many items the list names.
    """
    return (
        isinstance(whole, QuantityFact)
        and whole.unit is not None
        and all(isinstance(p, QuantityFact) and p.unit is None for p in parts)
        and all(p.value > whole.value for p in parts)
    )


def _colon_list(ctx: RuleContext, figures: list[Figure]) -> list[Verdict]:
    """A total whose parts are listed after a colon, or in apposition, in the same sentence."""
    verdicts = []
    for whole, first in itertools.pairwise(figures):
        if first.sentence != whole.sentence:
            continue
        between = ctx.between(whole, first)
        colon = _COLON_AFTER.match(between) is not None
        if not (colon or _APPOSED_AFTER.match(between)) or not _kinds_of(whole, first):
            continue
        rest = [f for f in figures if f.sentence == whole.sentence and f.span[0] >= first.span[0]]
        parts = [rest[0]]
        for nxt in rest[1:]:
            gap = ctx.between(parts[-1], nxt)
            if not _kinds_of(whole, nxt) or not (_NEXT_PART.match(gap) or _LIST_GAP.match(gap)):
                break
            parts.append(nxt)
        if len(parts) < 2 or _counts_the_items(whole, parts):
            continue
        if colon:
            verdicts.append(
                _verdict(whole, [(p, 1) for p in parts], "the parts listed after the total")
            )
        elif (
            _APPOSITION_CLOSES.match(ctx.text, parts[-1].span[1])
            and isinstance(whole, QuantityFact)
            and whole.unit
            and _DETERMINED.search(ctx.before(whole, 12))
            and not any(p.text == whole.text for p in parts)
        ):  # "The 12 jurors, ...": a whole named as such, not the first item of a list ("$4
            # million, $2 million and $1 million") nor a figure repeated ("3 anos, 3 anos")
            # an apposition restates the whole part by part (", seven women and five men,"):
            # past the whole is wrong; short of it, the rest may go unnamed ("22 from Europe
            # and 15 from Asia" of 40 delegates)
            verdict = _sum_verdict(whole, parts, "the whole's parts in apposition")
            summed = _total(parts)
            if verdict.status == "inconsistent" and summed.hi < interval(whole).lo:
                verdict = judged(
                    "part_of_whole",
                    verdict.fact_ids,
                    UNDECIDED,
                    verdict.message.replace(", not the", ", short of the")
                    + " (the rest may go unnamed)",
                    expected=whole.value,
                    actual=summed.mid,
                )
            verdicts.append(verdict)
    return verdicts


#: A count, its noun, then a colon opening the list of what it counts: "three finalists: ".
_COUNT_COLON = re.compile(r"[ \t]*(?:(?:[A-Za-z][\w'’-]*[ \t]+){0,7}?[A-Za-z][\w'’-]*)?:[ \t]+")
#: A count's noun followed by the names it counts without a colon: ", Ana Ruiz and Tom Becker,",
#: " are Acme, Globex and Initech", " — Ana Ruiz, Tom Becker and Lee Park".
_NAMES_AFTER = re.compile(
    r"[ \t]*(?:(?!(?:are|were|is|was)\b)[a-z][\w'’-]*(?:[ \t]+(?!(?:are|were|is|was)\b)[a-z][\w'’-]*)?)?"
    r"(?:,[ \t]+|[ \t]+(?:are|were|is|was)[ \t]+|[ \t]*[—–][ \t]*|[ \t]+-[ \t]+)(?=[A-Z])"
)
#: Where a list of names read without a colon ends: a comma before a lower-case word that is
#: not "and"/"or" ("..., were injured"), or a dash.
_LIST_TAIL = re.compile(
    r",\s+(?!and\b|or\b)(?=[a-z])|\s+[—–]\s*|"
    r"\s+(?!(?:and|or|of|the|de|la|le|van|von|der|du|des|del|da|for|on|in|at)\b)(?=[a-z])"
)
#: Between the items of a list: a comma or semicolon (with "and"/"or"), or "and"/"or" alone.
_ITEM_BREAK = re.compile(r"\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_SEMICOLON_BREAK = re.compile(r"\s*;\s*(?:and\s+|or\s+)?")
#: An item that is a place with its region ("Portland, Ore."): the commas then split no items.
_ABBREVIATED = re.compile(r"\b[A-Z][a-z]{1,4}\.")
#: A list item that opens with a number and goes on as a capitalised title ("12 Years a Slave").
_TITLE_WITH_NUMBER = re.compile(r"^\d+\s+[A-Z][\w'’-]*(?:\s+\S+)+$")
#: The most words an item of a counted list has (more: prose, not a list of names).
_ITEM_WORDS = 4
_WORDS = re.compile(r"[\w'’.-]+")
#: ... after a colon, which opens the list for sure: "a consortium led by Pell & Ruiz".
_COLON_ITEM_WORDS = 6


def _counted_list(ctx: RuleContext, figures: list[Figure]) -> list[Verdict]:
    """A count followed by the list of what it counts: "three finalists: Acme, Globex and ...".

    The list is the rest of the sentence after the colon; it must name as many as the count.
    """
    verdicts = []
    for count in figures:
        if not isinstance(count, QuantityFact) or not count.unit or count.value_max is not None:
            continue
        if count.value != count.value.to_integral_value() or not 2 <= count.value <= 12:
            continue
        end = ctx.sentences[count.sentence][1]
        colon = _COUNT_COLON.match(ctx.text, count.span[1], end)
        names = (
            _NAMES_AFTER.match(ctx.text, count.span[1], end)
            if colon is None and unit_dimension(count.unit) is None  # "for five years, Acme..."
            else None
        )
        if colon is None and names is None:
            continue
        opens = colon.end() if colon is not None else names.end()  # type: ignore[union-attr]
        listed = ctx.text[opens:end].strip().rstrip(".!?")
        if names is not None:  # "Two players, Ana Ruiz and Tom Becker, were injured"
            listed = _LIST_TAIL.split(listed, maxsplit=1)[0]
        if not listed or "\n" in listed or _ABBREVIATED.search(listed):
            continue
        # a list with semicolons has commas inside its items ("Portland, Oregon; Austin, Texas")
        breaks = _SEMICOLON_BREAK if ";" in listed else _ITEM_BREAK
        items = [i.strip() for i in breaks.split(listed) if i.strip()]
        # after a colon one item may run longer ("and a consortium led by Pell & Ruiz"); two
        # long items are prose ("two tests: One measured ... or bonding with ...")
        sizes = [len(_WORDS.findall(i)) for i in items]
        long_items = sum(size > _ITEM_WORDS for size in sizes)
        longest = _ITEM_WORDS if names is not None or long_items > 1 else _COLON_ITEM_WORDS
        if len(items) < 2 or any(
            size > longest
            or (i[0].isdigit() and not _TITLE_WITH_NUMBER.match(i))
            or i.split()[0].lower() in CARDINALS
            for i, size in zip(items, sizes, strict=True)
        ):
            continue  # items that are figures ("three incumbents"); "12 Years a Slave" is a title
        if names is not None and not all(i[0].isupper() for i in items):
            continue  # without a colon only a list of names is read as the list
        n = Decimal(len(items))
        outcome = weigh(Interval(n, n), "overlaps", Interval(count.value, count.value))
        if names is not None and not outcome.ok and listed.count(",") < 2:
            outcome = UNDECIDED  # "The Museum of Life and Landscape Mysteries": one name or two?
        said = f"{count.text} followed by a list of {len(items)}: {'; '.join(items)}"
        verdicts.append(
            judged(
                "part_of_whole",
                [count.id],
                outcome,
                f"{said}{'' if outcome.ok else ' (the count and the list disagree)'}",
                relative_to=count.value,
                expected=count.value,
                actual=n,
            )
        )
    return verdicts


#: What a share is "of": "45% of the power" -> "power" (two words at most, no article).
_SHARE_OF = re.compile(
    r"^\s*of\s+(?!(?:another|other|some|each|any)\b)(?:the\s+|its\s+|their\s+|all\s+)?"
    r"([\w'-]+(?:\s+[\w'-]+)?)"
)  # "7.3 of another race" names an item, not the whole
#: The whole that shares of one thing add up to at the most.
_ALL = Interval(Decimal(100), Decimal(100))


#: Between two percentages, words that set one level against another (a change, a comparison,
#: another time): they are no shares of one whole.
_LEVELS_APART = re.compile(
    r"\b(?:from|than|below|above|under|over|up|down|compared|versus|vs|against|before|after"
    r"|since|while|whereas|(?:19|20)\d\d)\b",
    re.I,
)


def _shares(ctx: RuleContext) -> list[Verdict]:
    """Shares listed together in one sentence, all "of" the same thing, must not pass 100%."""
    verdicts = []
    by_sentence: dict[int, list[PercentFact]] = {}
    for p in ctx.percents():
        if p.measure in {"share", "level"} and not p.points and p.value_max is None:
            by_sentence.setdefault(p.sentence, []).append(p)
    for index, shares in by_sentence.items():
        gaps = [ctx.between(a, b) for a, b in itertools.pairwise(shares)]
        if len(shares) >= 2 and _names_of_a_whole(ctx, index, shares, gaps):
            verdicts.append(
                _shares_sum(shares, "shares of the whole the sentence opens with", whole=False)
            )
            continue
        if len(shares) < 3:
            continue
        if any(len(g) > 40 or "of" in g.split()[1:] for g in gaps[:-1]):
            continue
        if any(_LEVELS_APART.search(g) for g in gaps):
            continue  # "58%, up from 52% in 2018 but below the 61% of 2020": one rate at three times
        wholes = {m.group(1) for p in shares if (m := _SHARE_OF.match(ctx.after(p, 40).lower()))}
        if len(wholes) != 1 or any(w[:1].isdigit() for w in wholes):
            continue  # not shares "of" anything, or each of its own ("45% of NFL fans, 46% of ...")
        verdicts.append(_shares_sum(shares, "shares of one whole listed together", whole=False))
    return verdicts


#: Between two shares of names: ", Pike ", " and Holm ", ", Oduya about ".
_NAME_GAP = re.compile(
    r"^\s*,?\s*(?:and\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+"
    r"(?:(?:about|nearly|roughly|almost|just)\s+)?$"
)


def _names_of_a_whole(
    ctx: RuleContext, index: int, shares: list[PercentFact], gaps: list[str]
) -> bool:
    """Shares names took of the whole their sentence opens with.

    "Of the 106,600 ballots cast, Vasquez took 54.6%, Pike 39.3% and Holm 8.1%": shares of one
    whole, which cannot pass 100% together.
    """
    whole = frame_whole(ctx, index)
    if whole is None or whole.span[1] > shares[0].span[0]:
        return False
    between = ctx.text[whole.span[1] : shares[0].span[0]]
    # "Of the 106,600 ballots cast, Vasquez took": the whole's clause ends at a comma
    return "," in between and all(_NAME_GAP.match(g) for g in gaps)


def _shares_sum(shares: list[PercentFact], how: str, *, whole: bool) -> Verdict:
    """Shares of one whole against 100%: at most (``whole`` False) or all of it (True)."""
    total = _total(shares)
    outcome = weigh(total, "overlaps" if whole else "<=", _ALL)
    summed = f"{how}: {' + '.join(f'{p.value}%' for p in shares)} = {shown(total.mid, '.4g')}%"
    if whole:
        said = f", {'' if outcome.ok else 'not '}= 100% (the list ends with what is left)"
    else:
        said = f" {'<=' if outcome.ok else 'exceeds'} 100%"
    return judged(
        "part_of_whole",
        [p.id for p in shares],
        outcome,
        summed + said,
        relative_to=100,
        digit=digit_of(*shares),
        expected=_ALL.hi,
        actual=total.mid,
    )


#: Words that make a sentence's percentages shares of one whole: "made up", "accounted for",
#: "revenue came from phones (41%), ...".
_SHARE_CUE = re.compile(
    r"\b(?:shares?|made\s+up|makes?\s+up|making\s+up|account(?:s|ed|ing)?\s+for|comprised?"
    r"|split|breakdown|broken\s+down|distribution|mix|(?:comes?|came|coming)\s+from)\b",
    re.I,
)
#: Between two listed shares, the next item's name: ", tablets ", " (27%), desktops (".
_SHARE_GAP = re.compile(
    r"^\)?\s*(?:,|;)?\s*(?:and\s+)?(?:(?:the\s+)?[\w'’&/-]+\s+){1,4}(?:at\s+|with\s+)?\(?$",
    re.I,
)
#: Between two shares each named after it: " were white, ", " Hispanic, and " (no number).
_SHARE_NAME_AFTER = re.compile(
    r"^\s+(?:(?:were|was|are|is)\s+)?(?:[^\W\d][\w'’&/-]*\s+){0,3}[^\W\d][\w'’&/-]*\s*[,;]"
    r"\s*(?:and\s+|or\s+)?$",
    re.I,
)
#: After the last share named after it, what is left: " of another race", " other", " the rest".
_REMAINDER_AFTER = re.compile(
    r"^\s*(?:(?:were|was|are|is)\s+)?(?:of\s+)?(?:an?other|others?|the\s+rest|remaining"
    r"|some\s+other)\b",
    re.I,
)
#: Before a share that is the whole of shares listed after it: "split the remaining",
#: "took a combined", "together won".
_SHARE_AS_WHOLE = re.compile(
    r"\b(?:the\s+remaining|a\s+combined|combined|together|jointly|a\s+total\s+of|in\s+all"
    r"|split|shared)\s+(?:(?:about|roughly|nearly|some|just)\s+)?$",
    re.I,
)
#: An item that names what is left: "other devices 10%", "the rest".
_REMAINDER = re.compile(r"\b(?:others?|the\s+rest|remaining|remainder|everything\s+else)\b", re.I)


def _listed_shares(ctx: RuleContext, done: set[str]) -> list[Verdict]:
    """Shares listed item by item after a word that makes them shares of one whole.

    "Sales on phones made up 41%, tablets 27%, desktops 22% and other devices 10%": they add up
    to no more than 100%, and to 100% when the list ends with what is left ("other devices").
    """
    verdicts = []
    for index, percents in group_by_sentence(ctx.percents()).items():
        if any(_SHARE_AS_WHOLE.search(ctx.before(p, 30)) for p in percents):
            # "The two main parties split the remaining 82.2%, with the Centre on 43.5% and
            # Labour on 38.7%": one share is the whole of the others
            continue
        shares = [
            p
            for p in percents
            if p.measure in {"share", "level"} and not p.points and p.value_max is None
        ]
        if len(shares) < 3 or len(shares) != len(percents) or any(p.id in done for p in shares):
            continue
        gaps = [ctx.between(a, b) for a, b in itertools.pairwise(shares)]
        cue = _SHARE_CUE.search(ctx.sentence_text(index)) is not None
        if all(len(g) <= 40 and _SHARE_GAP.match(g) for g in gaps):
            # each item named before its share: "phones (41%), tablets (27%) and other ..."
            complete = bool(_REMAINDER.search(gaps[-1]))
        else:
            # each named after its share, the list's last run: "65 percent were white, 11.9
            # percent were black, 15.36 percent Hispanic, and 7.3 of another race"
            first = len(gaps)
            while first > 0 and _SHARE_NAME_AFTER.match(gaps[first - 1]):
                first -= 1
            shares = shares[first:]
            complete = _REMAINDER_AFTER.match(ctx.after(shares[-1], 30)) is not None
            if len(shares) < 3 or not (cue or complete):
                continue  # only a list that ends with what is left says it breaks a whole down
            cue = True
        if not cue:
            continue
        how = "shares of one whole listed item by item"
        verdicts.append(_shares_sum(shares, how, whole=complete))
    return verdicts


#: Between two parts summed by a total after them: ", ", " and ", " and damaged ".
#: The total may open a bracket: "7 tackles, 3 assists (10 combined)".
_SUMMED_GAP = re.compile(r"^[^;:.()\d$€£¥]{0,40}\(?$")


def _summable(part: Figure, total: Figure) -> bool:
    """A part of the total's measure, or a count when the total counts things in general."""
    if same_measure(part, total):
        return True
    unit = (unit_of(total)[0] or "").split()[-1:] or [""]
    return (
        isinstance(part, QuantityFact)
        and isinstance(total, QuantityFact)
        and part.dimension is None
        and unit[0].lower() in GENERIC_COUNTS
    )


#: A running total after the amounts that added to it: "closed 35 stores this year, after 20 last
#: year, bringing the total to 55", "taking its tally to". The total may hold earlier amounts the
#: text does not list, so the listed ones need only fit in it.
_BROUGHT_TO = re.compile(
    r"(?:,|\band\b|[—–])\s*(?:bringing|taking|pushing|lifting|raising)\s+(?:the|its|their|his|her)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:total|tally|count|number)(?:\s+(?:of\s+)?[\w-]+){0,2}?\s+to\s+"
    rf"{HEDGE_WORD}$",
    re.I,
)
_BROUGHT_GAP = re.compile(r"^[^;:()\d$€£¥]{0,60}$")


def _listed_before(
    ctx: RuleContext,
    figures: list[Figure],
    total: Figure,
    gap: re.Pattern[str],
    *,
    kinds: bool = False,
) -> list[Figure]:
    """The figures listed right before ``total`` in its sentence, each ``gap`` from the next.

    With ``kinds``, counts of different things are parts of a count the text marks as their
    total ("40 deaths and 12 injuries, for a total of 52 casualties").
    """
    before = [f for f in figures if f.sentence == total.sentence and f.span[1] <= total.span[0]]
    parts: list[Figure] = []
    for f in reversed(before):
        nxt = parts[-1] if parts else total
        if is_statistic(ctx, f):
            break  # "an average of 38,212 fans to their 19 games, a total of 726,028": no part
        if _summable(f, total):
            joined = gap.match(ctx.between(f, nxt))
        elif kinds and _counted_kinds(f, total):  # a list, not "40 jets to 12 cities"
            joined = (_LIST_GAP if parts else gap).match(ctx.between(f, nxt))
        else:
            break
        if not joined:
            break
        parts.append(f)
    return parts[::-1]


def _counted_kinds(part: Figure, total: Figure) -> bool:
    """A count of one kind of thing (its own noun) and a count, bare or of any noun."""
    return (
        isinstance(part, QuantityFact)
        and isinstance(total, QuantityFact)
        and part.dimension is None
        and total.dimension is None
        and part.role == "count"
        and bool(part.unit)
        and part.per is None
        and total.per is None
    )


def _brought_to(ctx: RuleContext, figures: list[Figure]) -> list[Verdict]:
    """Amounts listed in a sentence, then the running total they brought something to."""
    verdicts = []
    for total in figures:
        if not _BROUGHT_TO.search(ctx.before(total, 60)):
            continue
        parts = _listed_before(ctx, figures, total, _BROUGHT_GAP)
        if len(parts) >= 2:
            listed = [(f, 1) for f in parts]
            verdicts.append(_verdict(total, listed, "amounts that brought a total to it"))
    return verdicts


def _summed_before(ctx: RuleContext, figures: list[Figure]) -> list[Verdict]:
    """Parts listed, then their sum.

    "$4 million, $2 million and $1 million, a combined $7 million", "destroyed 140 homes and
    damaged 300 more, for a total of 440 properties". The total must be the sum (within the
    printed rounding), not just at least it.
    """
    verdicts = []
    for total in figures:
        if not is_total(ctx, total):
            continue
        parts = _listed_before(ctx, figures, total, _SUMMED_GAP, kinds=True)
        if len(parts) >= 2:
            verdicts.append(_sum_verdict(total, parts, "the parts listed before their total"))
    return verdicts


#: Before what is left of a whole once a part is taken: ", leaving 60", ", which leaves just".
_LEAVING = re.compile(
    r",\s*(?:leaving|which\s+leaves|and\s+left|to\s+leave)\s+(?:(?:it|them|the\s+\w+)\s+with\s+)?"
    r"(?:(?:only|just|a\s+balance\s+of"
    rf"|a\s+total\s+of)\s+)?{HEDGE_WORD}$",
    re.I,
)
#: A clause that names all the rest of a whole after a part of it: "11 of the city's 17
#: precincts, and Whitcomb won the remaining 6".
_THE_REMAINING = re.compile(
    r",\s*(?:and|while|with)\s+[^,;:()\d$€£¥]{0,40}?\b(?:the|its|their)\s+(?:remaining|rest\s+of\s+the)"
    rf"\s+{HEDGE_WORD}$",
    re.I,
)
#: Before a part taken out of a whole printed just before it: "had $50 million and spent".
_TAKEN = re.compile(
    r"^[^;:()$€£¥]{0,60}\b(?:spent|spending|used|paid|lost|cut|sold|gave\s+away|withdrew"
    r"|deducted|took|removed|shed|close|closing|closed|shut|eliminat\w*|lay\s+off|laid\s+off)"
    rf"\s+(?:out\s+)?(?:\w+\s+)?{HEDGE_WORD}$",
    re.I,
)


def _leaving(ctx: RuleContext, figures: list[Figure]) -> list[Verdict]:
    """A whole, a part taken from it and what that leaves: the part and the rest make the whole.

    "Of the 240 employees, 180 accepted the buyout, leaving 60 on staff"; "cut 1,200 of its 9,000
    jobs, leaving 7,800"; "had $50 million and spent $32 million, leaving $18 million"; "carried
    11 of the city's 17 precincts, and Whitcomb won the remaining 6".
    """
    verdicts = []
    by_sentence = group_by_sentence(figures)
    for rest in figures:
        lead = ctx.before(rest, 50)
        if not (_LEAVING.search(lead) or _THE_REMAINING.search(lead)):
            continue
        before = [
            f
            for f in by_sentence[rest.sentence]
            if f.span[1] <= rest.span[0] and same_measure(f, rest, per_implied=True)
        ]  # "operates 214 stores in 31 states, ... close 18 locations, leaving it with 186"
        if len(before) < 2:
            continue
        a, b = before[-2], before[-1]
        if OF_NEXT.match(ctx.between(a, b)):
            part, whole = a, b  # "1,200 of its 9,000 jobs"
        elif OF_THE_LEAD.search(ctx.lead(a, _LEAD_CHARS)) or _TAKEN.match(ctx.between(a, b)):
            whole, part = a, b  # "Of the 240 employees, 180", "had $50 million and spent $32"
        else:
            continue
        if not (_summable(part, whole) and _summable(rest, whole)):
            continue
        verdicts.append(_sum_verdict(whole, [part, rest], "a part and what it leaves"))
    return verdicts


#: Before the part that is all the rest of a whole: "the remaining 1.5 million", "the other 40".
_REMAINING = re.compile(
    rf"\b(?:the|its|their)\s+(?:remaining|other|rest\s+of\s+the)\s+{HEDGE_WORD}$", re.I
)


def _of_them_before(ctx: RuleContext, figures: list[Figure]) -> list[Verdict]:
    """A part "of them" whose whole closes the sentence before, and the rest after it.

    "The airline carried 4.6 million passengers in February. Domestic routes accounted for 3.1
    million of them and international flights for the remaining 1.5 million": 3.1 + 1.5 must
    be 4.6; with no "remaining" part, 3.1 million must fit in 4.6 million.
    """
    verdicts = []
    by_sentence = group_by_sentence(figures)
    for part in figures:
        if part.sentence == 0 or not OF_THEM.match(ctx.after(part, 15)):
            continue
        own = by_sentence[part.sentence]
        if any(f.span[1] <= part.span[0] and same_measure(f, part, per_implied=True) for f in own):
            continue  # a whole in its own sentence: :func:`_tied` reads it
        start = from_to(ctx, part.sentence - 1)[0]
        earlier = [
            f
            for f in by_sentence.get(part.sentence - 1, [])
            if same_measure(f, part, per_implied=True)
            and f is not start
            and may_be_whole(ctx, f)
            and not _SHARE_OF_BEFORE.search(ctx.before(f, 40))
        ]  # "1,900 walkers took part, up from 1,450. ... 620 of them": not the start; "nearly 4%
        # of the group's 41,000 employees. About 900 of them": "them" are the 4%, not the 41,000
        if not earlier:
            continue
        whole = earlier[-1]
        rest = [
            f
            for f in own
            if f.span[0] > part.span[1]
            and _REMAINING.search(ctx.before(f, 40))
            and same_measure(f, part, per_implied=True)
        ]
        if rest:
            verdicts.append(_sum_verdict(whole, [part, rest[0]], "a part of them and the rest"))
        else:
            verdicts.append(_verdict(whole, [(part, 1)], "a part of the figure before it"))
    return verdicts


#: The opening of a sentence that breaks down the whole of the sentence before: "Of them,",
#: "Of that,", "Of the participants,", "The strikers include", "The deal includes".
_BREAKS_DOWN = re.compile(
    r"^\W*(?:of\s+(?:them|those|these|that|this|the\s+[a-z]+(?:\s+[a-z]+)?)\s*,"
    r"|[^.;:\d]{0,60}\b(?:include[sd]?|including|comprise[sd]?|consists?\s+of|is\s+made\s+up"
    r"\s+of|are\s+made\s+up\s+of|breaks?\s+down\s+(?:into|as)))\s",
    re.I,
)


def _parts_after_whole(ctx: RuleContext, figures: list[Figure]) -> list[Verdict]:
    """A whole, then a sentence that opens by breaking it down into listed parts.

    "A total of 1,830 nurses walked off the job. The strikers include 920 at Valley General,
    610 at Eastside and 300 at Mercy Ridge": the parts fit in the whole; with "the remaining"
    for the last part ("Of the participants, 812 ..., 655 ... and the remaining 673") they
    make all of it.
    """
    verdicts = []
    by_sentence = group_by_sentence(figures)
    for index, own in sorted(by_sentence.items()):
        if index == 0 or len(own) < 2:
            continue
        opening = ctx.text[ctx.sentences[index][0] : own[0].span[0]]
        if not _BREAKS_DOWN.match(opening):
            continue
        parts = [own[0]]
        for nxt in own[1:]:
            if not same_measure(own[0], nxt, per_implied=True) or getattr(
                nxt, "dimension", None
            ) != getattr(own[0], "dimension", None):
                continue  # "812 cycled at least three days a week, 655 ...": another measure
            if not (_BROKEN_GAP.match(ctx.between(parts[-1], nxt))):
                break
            parts.append(nxt)
        earlier = [
            f
            for f in by_sentence.get(index - 1, [])
            if same_measure(f, own[0], per_implied=True)
            and f.id not in ctx.start_values()
            and all(p.value < f.value for p in parts)  # "1,830 nurses at three hospitals"
        ]
        if len(parts) < 2 or not earlier:
            continue
        whole = earlier[-1]
        if _REMAINING.search(ctx.before(parts[-1], 40)):
            verdicts.append(_sum_verdict(whole, parts, "the whole broken down, the rest last"))
        else:
            verdicts.append(_verdict(whole, [(p, 1) for p in parts], "the whole broken down"))
    return verdicts


#: Between two parts of a breakdown: " at Valley General, ", " cycled occasionally and the
#: remaining " (no figure of the parts' measure, no sentence break).
_BROKEN_GAP = re.compile(
    r"^[^;:.!?$€£¥()]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|its|their)\s+(?:remaining"
    rf"|other|rest\s+of\s+the)\s+)?{HEDGE_WORD}$",
    re.I,
)


def _listed_sum(parts: list[Figure]) -> Interval:
    """The sum of parts printed as one list: they share the finest rounding among them.

    "a $12 million fine, $9.5 million in damages and $7 million for a fund": a list that
    prints tenths prints every item to the tenth, so the $12 million is 11.95 to 12.05, not
    11.5 to 12.5 (the total keeps its own rounding: "$4 billion" may round 1.5 + 2.6).
    """
    intervals = [interval(p) for p in parts]
    finest = min(iv.half_width for iv in intervals)
    total = _NONE
    for part, iv in zip(parts, intervals, strict=True):
        value = Decimal(str(part.value))
        width = iv.half_width if part.qualifier else finest  # "about $12 million" keeps its own
        total = total + Interval(max(iv.lo, value - width), min(iv.hi, value + width))
    return total


def _sum_outcome(total: Figure, parts: list[Figure]) -> Outcome:
    """Whether the parts' sum can be the total (exactly, for counts printed to the unit)."""
    exact = _exact_counts(total, *parts)
    value = Decimal(str(total.value))
    whole = Interval(value, value) if exact else interval(total)
    summed = _total(parts, exact=True) if exact else _listed_sum(parts)
    return weigh(summed, "overlaps", whole)


def _sum_verdict(total: Figure, parts: list[Figure], how: str) -> Verdict:
    """Parts that make up all of ``total``: their sum must be it, within the printed rounding."""
    summed = _total(parts, exact=_exact_counts(total, *parts))
    outcome = _sum_outcome(total, parts)
    listed = " + ".join(human(p.value) for p in parts)
    return judged(
        "part_of_whole",
        [total.id, *(p.id for p in parts)],
        outcome,
        f"{how}: {listed} = {human(summed.mid)}, "
        f"{'' if outcome.ok else 'not '}the {human(total.value)} the text gives",
        relative_to=interval(total).mid,
        digit=sum_digit(total.value, total, *parts),
        expected=total.value,
        actual=summed.mid,
        tolerance=outcome.slack,
    )


#: A whole, then the words that split it among the parts after it: "$8 billion were split
#: between North America (", "the 90 seats are divided among ".
_SPLIT_AFTER = re.compile(
    r"^[^;:.!?\d$€£¥()]{0,50}\b(?:split|divided|shared|broken\s+down)\s+(?:\w+\s+)?"
    rf"(?:between|among|into)\s+[^;:.!?\d$€£¥()]{{0,40}}?\(?\s*{HEDGE_WORD}$",
    re.I,
)
#: Between two parts of a split: ") and Europe (", ", ", " for B and ".
_SPLIT_GAP = re.compile(
    r"^\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+[a-z][\w\s'-]{0,30}?(?:,\s*(?:and\s+)?|\s+and\s+))[^;:.!?\d$€£¥()]{0,40}?\(?\s*$",
    re.I,
)


def _split(ctx: RuleContext, figures: list[Figure]) -> list[Verdict]:
    """A whole split between the parts listed after it: the parts make all of it."""
    verdicts = []
    for whole, first in itertools.pairwise(figures):
        if first.sentence != whole.sentence or not _SPLIT_AFTER.match(ctx.between(whole, first)):
            continue
        if not same_measure(whole, first):
            continue
        parts = [first]
        for nxt in figures[figures.index(first) + 1 :]:
            if nxt.sentence != whole.sentence or not same_measure(whole, nxt):
                break
            if not _SPLIT_GAP.match(ctx.between(parts[-1], nxt)):
                break
            parts.append(nxt)
        if len(parts) >= 2:
            verdicts.append(_sum_verdict(whole, parts, "a whole split between the parts after it"))
    return verdicts


#: Between two answers of a poll: "support the plan, ", " oppose it and ", " said yes; ".
_ANSWER_GAP = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+\s*(?:,\s*(?:and\s+|while\s+|but\s+)?|;\s*|\s+and\s+)"
    rf"{HEDGE_WORD}$",
    re.I,
)
#: A poll's words: the sentence reports how people answered.
_POLL = re.compile(r"\b(?:survey\w*|poll\w*|respondents|voters|asked|found|said|say)\b", re.I)
#: The answer that takes the rest: "15% are undecided", "10% had no opinion".
_LAST_ANSWER = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?(?:undecided|unsure|not\s+sure|(?:did\s+not|didn['’]t|don['’]t|do\s+not)"
    r"\s+know|no\s+opinion|neither|had\s+no\s+view|the\s+rest|other)\b",
    re.I,
)


def _poll_answers(ctx: RuleContext, done: set[str]) -> list[Verdict]:
    """A poll's answers, each a clause, the last one the rest: they add up to 100%.

    "45% support the plan, 40% oppose it and 15% are undecided". Without an answer that takes
    the rest, a list of answers may add up past 100% (several answers allowed): no check.
    """
    verdicts = []
    for index, percents in group_by_sentence(ctx.percents()).items():
        if len(percents) < 3 or any(p.id in done for p in percents):
            continue
        if any(p.measure not in {"share", "level"} or p.points or p.value_max for p in percents):
            continue
        gaps = [ctx.between(a, b) for a, b in itertools.pairwise(percents)]
        if not all(len(g) <= 50 and _ANSWER_GAP.match(g) for g in gaps):
            continue
        if not _POLL.search(ctx.sentence_text(index)):
            continue
        if not _LAST_ANSWER.match(ctx.after(percents[-1], 40)):
            continue
        verdicts.append(_shares_sum(percents, "a poll's answers, the last the rest", whole=True))
    return verdicts


_RUNNING = re.compile(
    rf"\b(?:cumulative|combined|running|grand)\s+total\s+(?:of\s+)?{HEDGE_WORD}$",
    re.I,
)


def _running_total(ctx: RuleContext, figures: list[Figure]) -> list[Verdict]:
    """For "a cumulative total of US$265 million": the amounts named just before it fit inside."""
    verdicts = []
    starts = ctx.start_values()
    for whole in figures:
        if not _RUNNING.search(ctx.before(whole, 40)):
            continue
        parts = [
            (f, 1)
            for f in figures
            if whole.sentence - 3 <= f.sentence < whole.sentence
            and f.id not in starts
            and same_measure(whole, f)
        ]
        if parts:
            verdicts.append(_verdict(whole, parts, "amounts named before a cumulative total"))
    return verdicts


_AMOUNT = re.compile(AMOUNT_LEAD, re.I)
#: Between two items of a breakdown, each with its own name: " riders, light rail ", " and ",
#: " ounces, Kettle River " (no figure, no sentence part between).
#: Between two figures, words that make the second what the first becomes ("now paid $51,000,
#: will earn $57,120"): one thing at two times, no list of parts.
_THEN_LATER = re.compile(r",\s*(?:and\s+)?(?:then\s+)?(?:will|would|shall)\b", re.I)
_ITEM_GAP = re.compile(
    r"^[^;:.!?()\d$€£¥]{0,80}?(?:,\s*(?:and\s+|while\s+)?|\s+and\s+)[^;:.!?()\d$€£¥]{0,40}$", re.I
)
#: Words that say a list breaks down a whole named before: "respectively", "as follows:", "of
#: those daily trips", the opening "The plaintiffs include".
#: Before a list of parts, words that say it splits a whole named before ("the judge split the
#: award into", "the money is divided among"): the list is all of that whole.
_SPLIT_INTO = re.compile(
    r"\b(?:split|splits|splitting|divided|divides|dividing|broken\s+down|breaks\s+down"
    r"|broke\s+down)\s+(?:[\w'’-]+\s+){0,3}?(?:into|between|among)\s+[^;:.!?\d$€£¥]{0,40}$",
    re.I,
)
#: Before the parts of a sentence, words that make them the rest of a whole beyond the figure
#: printed before: "Snacks brought in $1.06 billion. The rest came from beverages, at ...".
_REST_LEAD = re.compile(r"\b(?:the\s+)?(?:rest|remainder|balance)\b", re.I)
#: Before a figure, words that make it a total of its own: "Costs totaled $13.2 billion".
_TOTAL_LEAD = re.compile(
    rf"\b(?:totall?ed|totals|totall?ing|a\s+total\s+of|in\s+all)\s+{HEDGE_WORD}$", re.I
)
#: After a figure, a fraction of the one before it: ", nearly a fifth of that".
_OF_THAT = re.compile(
    r"^\s*,\s*(?:[\w-]+\s+){0,4}?(?:of|as)\s+(?:that|it|this|those|them|the\s+total)\b", re.I
)


def _nested(ctx: RuleContext, index: int, parts: list[Figure]) -> bool:
    """Whether a list's figures are no breakdown of a whole printed before.

    They are the rest of a larger whole ("The rest came from beverages, at $640 million, and
    frozen meals, at $480 million"), or one is a total of its own with the next a part of it
    ("Costs totaled $13.2 billion, and fuel accounted for $2.6 billion, nearly a fifth of that").
    """
    if _REST_LEAD.search(ctx.text, ctx.sentences[index][0], parts[0].span[0]):
        return True
    return any(_TOTAL_LEAD.search(ctx.before(p, 30)) for p in parts) or any(
        _OF_THAT.match(ctx.after(p, 50)) for p in parts[1:]
    )


_BREAKDOWN_CUE = re.compile(
    r"\brespectively\b|\bas\s+follows\b|\bof\s+(?:those|these|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:trips|votes|ballots|sales|visitors|workers|jobs|people|students|cases|units|homes)\b",
    re.I,
)
#: Hedges that leave a figure a figure to sum ("about $3 million"); bounds ("up to", "as much
#: as", "more than") do not.
_LOOSE_HEDGES = frozenset({"about", "around", "roughly", "approximately", "some", "an estimated"})
#: Before an average per item: "averaging", "an average of".
_PER_ITEM = re.compile(r"\b(?:averag\w*|an\s+average\s+of|median\s+of|mean\s+of)\s+$", re.I)
#: After a figure per item: " each", " apiece", " a head".
_EACH_AFTER = re.compile(
    r"^\s*(?:each|apiece|a\s+head|per\s+(?:person|head|donor|household))\b", re.I
)
#: How near a complete list's sum must come to the whole before it to be read as its breakdown.
_NEAR_WHOLE = Decimal("0.1")
#: How many sentences back the whole of a breakdown may be printed.
_BREAKDOWN_REACH = 3


def _earlier_levels(ctx: RuleContext, figures: list[Figure]) -> set[str]:
    """Ids of the figures a change starts from: linked by a percent or marked "from"."""
    marked = {from_to(ctx, f.sentence)[0] for f in figures}
    return ctx.start_values() | {f.id for f in marked if f is not None}


def _breakdown_lists(ctx: RuleContext, figures: list[Figure]) -> list[list[Figure]]:
    """Runs of two or more figures of one measure a sentence lists, each item named."""
    starts = _earlier_levels(ctx, figures)
    lists: list[list[Figure]] = []
    for own in group_by_sentence(figures).values():
        run: list[Figure] = []
        # "the two middle schools 2,580": a count right before the item's figure names the item
        names = {a.id for a, b in itertools.pairwise(own) if not ctx.between(a, b).strip()}
        for f in own:
            if f.id in names:
                continue
            usable = (
                f.id not in starts
                and not ctx.is_gap(f)
                and not _THAN_BEFORE.search(ctx.before(f, 30))  # "six more than the 151"
                and not GAP_WORD_AFTER.match(ctx.after(f, 16))  # "$38,500, or $2,500 less"
                and not _AMOUNT.search(ctx.before(f, 30))
                and (f.qualifier or "about") in _LOOSE_HEDGES
            )  # "as much as $5.19" bounds a figure: no part to sum
            if (
                run
                and usable
                and _ITEM_GAP.match(between := ctx.between(run[-1], f))
                and not _THEN_LATER.search(between)
                and (same_measure(run[0], f, per_implied=True))
            ):
                run.append(f)
                continue
            if len(run) >= 2:
                lists.append(run)
            run = [f] if usable else []
        if len(run) >= 2:
            lists.append(run)
    return lists


def _breakdown_before(ctx: RuleContext, figures: list[Figure], done: set[str]) -> list[Verdict]:
    """Parts listed in one sentence, their whole printed a few sentences before.

    "Ridership averaged 412,000 weekday trips in July. ... Buses carried 236,000 of those daily
    trips and trains 176,000": a sum that matches a whole of the parts' kind printed before is
    consistent with it; one that misses is judged only when the sentence says it breaks that
    whole down ("respectively", "as follows", "of those trips"), against the one such whole,
    and only for fitting inside it (the list need not name every part) - or, when its last item
    is "the remaining" one, for making all of it.
    """
    verdicts = []
    starts = _earlier_levels(ctx, figures)
    for parts in _breakdown_lists(ctx, figures):
        if any(p.id in done for p in parts) or parts[0].sentence == 0:
            continue
        index = parts[0].sentence
        summed = _total(parts)
        wholes = [
            f
            for f in figures
            if index - _BREAKDOWN_REACH <= f.sentence < index
            and f.id not in starts
            and f.value_max is None
            and not ctx.is_gap(f)
            and (f.qualifier or "about") in _LOOSE_HEDGES
            and may_be_whole(ctx, f)
            and all(f.value > p.value for p in parts)
            and (same_measure(f, parts[0], per_implied=True) or _counts_alike(f, parts[0]))
        ]
        matching = [w for w in wholes if _sum_outcome(w, parts).ok]
        if matching:
            whole = max(matching, key=lambda w: w.sentence)
            verdicts.append(_sum_verdict(whole, parts, "a breakdown of a whole printed before"))
            continue
        if _nested(ctx, index, parts):
            continue
        kind = [w for w in wholes if same_measure(w, parts[0], per_implied=True)]
        nearest = max((w.sentence for w in kind), default=None)
        closest = [w for w in kind if w.sentence == nearest]
        # "... and the remaining $63 million": the list names all of a whole; a sum far from
        # the nearest whole of its kind says that whole is another one (no verdict)
        complete = (
            (
                _REMAINING.search(ctx.before(parts[-1], 40)) is not None
                or _SPLIT_INTO.search(ctx.text, ctx.sentences[index][0], parts[0].span[0])
                is not None
            )
            and len(closest) == 1
            and abs(summed.mid - closest[0].value) <= _NEAR_WHOLE * closest[0].value
        )
        over = (
            len(closest) == 1
            and getattr(closest[0], "period_id", None) == getattr(parts[0], "period_id", None)
            and summed.lo > interval(closest[0]).hi
            and summed.mid - closest[0].value <= _NEAR_WHOLE * closest[0].value
        )  # "18,460 students. Elementary schools enrolled 8,120, middle schools 4,210 and high
        # schools 6,530": a list just past the whole before it can only be its parts, too many
        if not complete and not over and not _BREAKDOWN_CUE.search(ctx.sentence_text(index)):
            continue
        if complete:
            # "... and the remaining $63 million": the list names all of the whole
            verdicts.append(
                _sum_verdict(closest[0], parts, "a breakdown of a whole printed before")
            )
        elif len(closest) == 1:
            # the words tie the parts to the whole, not that they are all of it ("$3 million
            # and $2 million, respectively" may leave out other regions): they must fit in it
            verdicts.append(
                _verdict(closest[0], [(p, 1) for p in parts], "parts of a whole printed before")
            )
    return verdicts


def _whole_after_list(ctx: RuleContext, figures: list[Figure], done: set[str]) -> list[Verdict]:
    """Parts listed in one sentence, then the next sentence opens with their whole.

    "Researchers recorded 27 cases in the vaccine group and 70 in the placebo group. Of the 103
    cases, 11 ...": the whole the next sentence names refers back to what was just listed, so
    the list must make it. A sum far from it (more than :data:`_NEAR_WHOLE` away) says the
    whole counts more than the list names: no verdict.
    """
    verdicts = []
    by_sentence = group_by_sentence(figures)
    for parts in _breakdown_lists(ctx, figures):
        if any(p.id in done for p in parts):
            continue
        following = by_sentence.get(parts[0].sentence + 1, [])
        if not following:
            continue
        whole = following[0]
        opening = ctx.text[ctx.sentences[whole.sentence][0] : whole.span[0]]
        # the sentence opens on the whole: "Of the 103 cases,", "In all, 455 homes"
        if (
            not (OF_THE_LEAD.search(opening) or TOTAL_LEAD.search(opening))
            or whole.value_max is not None
            or (whole.qualifier or "about") not in _LOOSE_HEDGES
        ):
            continue
        # "Over two winters, researchers recorded 27 cases ... and 70": the list is what the
        # whole counts, not a figure of another noun before it
        alike = [same_measure(whole, p) for p in parts]
        if True not in alike:
            continue
        first, last = alike.index(True), len(alike) - alike[::-1].index(True)
        parts = parts[first:last]
        if (
            len(parts) < 2
            or not all(alike[first:last])
            or abs(_total(parts).mid - whole.value) > _NEAR_WHOLE * whole.value
        ):
            continue
        verdicts.append(_sum_verdict(whole, parts, "the parts listed, then their whole"))
    return verdicts


def _counts_alike(a: Figure, b: Figure) -> bool:
    """Two plain counts (no dimension).

    A sum that matches ties them: "61.4 million trips", "39.7 million riders".
    """
    return (
        isinstance(a, QuantityFact)
        and isinstance(b, QuantityFact)
        and a.dimension is None
        and b.dimension is None
    )


def check_part_of_whole(ctx: RuleContext) -> list[Verdict]:
    """Compare the sum of the parts with each whole."""
    plain = [f for f in ctx.figures() if f.value_max is None]
    of_them = _of_them_before(ctx, plain)
    extra = (
        _tied(ctx, plain)
        + _part_before_whole(ctx, plain)
        + _itemized(ctx, plain)
        + _colon_list(ctx, plain)
        + _counted_list(ctx, plain)
        + _running_total(ctx, plain)
        + _brought_to(ctx, plain)
        + _leaving(ctx, plain)
        + of_them
        + _parts_after_whole(ctx, plain)
        + _summed_before(ctx, plain)
        + _split(ctx, plain)
        + _shares(ctx)
    )
    breakdowns = _breakdown_before(
        ctx, plain, {i for v in extra if v not in of_them for i in v.fact_ids}
    )  # a breakdown reads all the parts "of those trips" together
    covered = {i for v in breakdowns for i in v.fact_ids}
    extra = [v for v in extra if v not in of_them or not covered & set(v.fact_ids)] + breakdowns
    extra += _whole_after_list(ctx, plain, {i for v in extra for i in v.fact_ids})
    extra += _listed_shares(ctx, {i for v in extra for i in v.fact_ids})
    extra += _poll_answers(ctx, {i for v in extra for i in v.fact_ids})
    starts = ctx.start_values()
    figures = [
        f
        for f in ctx.figures()
        if f.id not in starts
        and f.value_max is None
        and f.subject
        and not ctx.is_gap(f)
        and (f.qualifier or "about") in _LOOSE_HEDGES
        and not _PER_ITEM.search(ctx.before(f, 20))
        and not _EACH_AFTER.match(ctx.after(f, 12))
    ]  # a gap ("$410 million above the request"), a bound ("up to $100,000") and an average
    # ("averaging $480 each") are neither a whole nor a part
    verdicts: list[Verdict] = []
    for whole in figures:
        if not _WHOLE.search(whole.subject or "") or _OF_A_TOTAL.match(ctx.after(whole, 25)):
            continue  # "$400 million of that total" is a part of it
        context = [whole.subject or "", ctx.sentence_text(whole.sentence)]
        if whole.sentence > 0:
            context.append(ctx.sentence_text(whole.sentence - 1))
        whole_words = set().union(*(content_words(c) for c in context))
        parts = [
            f
            for f in figures
            if f is not whole
            and unit_of(f) == unit_of(whole)
            and getattr(f, "period_id", None) == getattr(whole, "period_id", None)
            and not _WHOLE.search(f.subject or "")
            and len(content_words(f.subject) & whole_words) >= 2
        ]
        if not parts or any(p.value > whole.value for p in parts):
            # one "part" past the whole on its own says the subjects' words tied the wrong
            # figures ("British travelers 0.71 million" is no total of the record 3.61 million)
            continue
        verdicts.append(_verdict(whole, [(p, 1) for p in parts], "parts of a stated whole"))
    return verdicts + extra + check_tally(ctx)
