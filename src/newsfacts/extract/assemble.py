"""spaCy doc -> facts: spans become pydantic facts with ids, sentences, subjects, links, periods.

Facts are numbered ``f1``, ``f2``... in reading order. A sentence that repeats an earlier sentence
word for word (a second copy of the story the cleaner could not separate) yields no facts.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, cast

from spacy.tokens import Doc

from newsfacts.clean.document import paragraph_key
from newsfacts.extract.components import SPAN_KEY, KindMention, doc_text, sentence_spans
from newsfacts.extract.dates import DateMention
from newsfacts.extract.edges import EndPhrases, fold, last_word
from newsfacts.extract.grammar import CHANGES, COUNTED, PARSED, Antecedent
from newsfacts.extract.intervals import Intervals
from newsfacts.extract.lexicon import NAMED_SCALES
from newsfacts.extract.links import (
    OF_THE_FIGURE,
    PERIOD_LEAD,
    WINDOW,
    link_from_to,
    read_direction,
    read_percent,
    restated_change,
)
from newsfacts.extract.mentions import Mention
from newsfacts.extract.org_names import OrgGroup, count_mentions, fold_names
from newsfacts.extract.subjects import clause_subject, clean_subject, enrich_subject
from newsfacts.extract.units import unit_dimension
from newsfacts.facts import DateFact, DateRangeFact, Fact, QuantityFact, fact_kind
from newsfacts.vocab import HEDGE_WORD, SCALE_WORDS, STOCK_INDEXES

__all__ = ["assemble_facts"]

_SAME_PERIOD = re.compile(
    r"\b(?:same\s+(?:period|week|month|quarter|year|time)|that\s+(?:period|week|month|quarter|year)"
    r"|this\s+period)\b",
    re.I,
)
_ORG_LEAD = re.compile(r"^the\s+", re.I)
_ORG_TAIL = re.compile(r"(?:'s|’s|[.,;:])+$")


@dataclass(slots=True)
class _Draft:
    kind: str
    start: int
    end: int
    payload: Any
    sentence: int
    fields: dict[str, Any] = field(default_factory=dict)
    fact_id: str = ""
    is_fact: bool = True
    #: the count whose noun this bare count was lent (its full name goes with it)
    lent_from: _Draft | None = None


class _Sentences:
    def __init__(self, doc: Doc, paragraph_starts: list[int]) -> None:
        spans = sentence_spans(doc)
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.text = doc_text(doc)
        self.paragraph_starts = paragraph_starts
        #: the clause subject of a sentence, by index, once read
        self.clause_subjects: dict[int, str | None] = {}
        #: what the parse read for each figure, when the sentences were parsed
        self.parsed: dict[tuple[int, int], str | Antecedent | None] | None = (
            doc._.get(PARSED) if Doc.has_extension(PARSED) else None
        )
        #: the direction the parse gives a figure that is the size of a change, and how it was
        #: read ("by 4%": step; "lost 2%": amount; "an 8% increase": size; see ``change_of``)
        self.changes: dict[tuple[int, int], tuple[str, str]] = (
            doc._.get(CHANGES) or {} if Doc.has_extension(CHANGES) else {}
        )
        #: the counted noun with its compound nouns, where the parse found one ("face masks")
        self.counted: dict[tuple[int, int], str] = (
            doc._.get(COUNTED) or {} if Doc.has_extension(COUNTED) else {}
        )

    def index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def paragraph(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, char) - 1)

    def text_of(self, index: int) -> str:
        start, end = self.spans[index]
        return self.text[start:end]


def _canonical_org(text: str) -> str:
    name = _ORG_LEAD.sub("", text.strip())
    return _ORG_TAIL.sub("", name).strip()


def _organizations(doc: Doc, sents: _Sentences, skip: set[int]) -> list[_Draft]:
    """One draft per organization (:mod:`newsfacts.extract.org_names`).

    The NER's mentions are grouped by name, short forms folded into the longest full form and
    further mentions counted.
    """
    groups: dict[str, OrgGroup] = {}
    for ent in doc.ents:
        if ent.label_ != "ORG" or sents.index(ent.start_char) in skip:
            continue
        name = _canonical_org(ent.text)
        if not name:
            continue
        start_char = ent.start_char
        lead = _ORG_LEAD.match(ent.text)
        if lead:
            start_char += lead.end()  # the mention is the name, without its article
        group = groups.setdefault(name.casefold(), OrgGroup(name, []))
        group.mentions.append((start_char, ent.end_char))
    folded = fold_names(list(groups.values()))
    entities = Intervals((e.start_char, e.end_char) for e in doc.ents)
    skipped = Intervals(sents.spans[i] for i in skip)
    count_mentions(
        folded, sents.text, lambda s, e: entities.overlaps(s, e) or skipped.overlaps(s, e)
    )
    drafts = []
    for group in folded:
        start, end = group.mentions[0]
        aliases = sorted(group.aliases - {group.name})
        fields = {"name": group.name, "mentions": group.mentions, "aliases": aliases}
        drafts.append(_Draft("organization", start, end, None, sents.index(start), fields))
    return drafts


#: A sentence repeated in the text is read once; shorter ones ("Read more.") may repeat freely.
_DUPLICATE_KEY_CHARS = 40
#: A figure without a unit takes the unit of a figure at most this many characters before it.
_LEND_REACH = 80
#: ... when a comparison word ("than", "compared with") stands in this many characters before it.
_COMPARED_TAIL = 40


def _duplicate_sentences(sents: _Sentences) -> set[int]:
    seen: set[str] = set()
    dupes: set[int] = set()
    for index in range(len(sents.spans)):
        key = paragraph_key(sents.text_of(index))
        if len(key) < _DUPLICATE_KEY_CHARS:
            continue
        if key in seen:
            dupes.add(index)
        seen.add(key)
    return dupes


def _figure_fields(draft: _Draft) -> None:
    m: Mention = draft.payload
    common: dict[str, Any] = {"value": m.value, "value_max": m.value_max}
    if m.kind == "percent":
        common.update(points=m.points, qualifier=m.qualifier)
    elif m.kind == "money":
        common.update(currency=m.currency, per=m.per, qualifier=m.qualifier)
    else:
        number_role = m.role if m.role in {"measure", "count", "age"} else "count"
        common.update(unit=m.unit, per=m.per, qualifier=m.qualifier, number_role=number_role)
    draft.fields.update(common)


def _link_sentence(drafts: list[_Draft], sents: _Sentences, index: int) -> None:
    """Fill subjects, percent readings and from/to links of the figures in one sentence."""
    s_start, _ = sents.spans[index]
    sentence = sents.text_of(index)
    figures = [d for d in drafts if d.kind in {"quantity", "money"}]
    # a figure glued to its unit as a modifier ("51.8 million 60-kilogram bags") is no level
    positions = [
        (d.start - s_start, d.end - s_start, d.fact_id)
        for d in figures
        if not _MODIFIER.match(sentence[d.start - s_start : d.end - s_start])
    ]
    by_id = {d.fact_id: d for d in figures}
    _implied_units(drafts, sentence, s_start)
    last_percent: _Draft | None = None  # the percentage before this draft, if any
    last_figure: _Draft | None = None  # the quantity or money before this draft, if any
    for draft in sorted(drafts, key=lambda d: d.start):
        if draft.kind not in {"quantity", "money", "percent"}:
            continue
        if draft.kind == "percent":
            previous_percent = (
                last_percent if last_percent and last_percent.end <= draft.start else None
            )
            previous_figure = (
                last_figure if last_figure and last_figure.end <= draft.start else None
            )
            last_percent = draft
        else:
            last_figure = draft
        draft.fields["subject"] = _subject(sents, draft, sentence, s_start)
        if draft.kind != "percent":
            if draft.fields.get("number_role") != "age":  # "fell $3 billion": a change's size
                start, end = draft.start - s_start, draft.end - s_start
                duration = unit_dimension(draft.fields.get("unit")) == "time"
                parsed = sents.changes.get((draft.start, draft.end))
                if parsed and duration and parsed[1] in {"amount", "listed"}:
                    parsed = None  # "has fallen two weeks running": how long, not how much
                draft.fields["direction"] = read_direction(
                    sentence, start, end, duration=duration, money=draft.kind == "money"
                ) or (parsed[0] if parsed else None)
                if draft.fields["direction"] is None and not duration:
                    # "edged up 0.2 percent, or 81 points": the amount restates the change
                    restates = _restated_after(last_percent, draft, sentence, s_start)
                    draft.fields["direction"] = restates.fields["direction"] if restates else None
            continue
        reading = read_percent(sentence, draft.start - s_start, draft.end - s_start)
        direction, measure = reading.direction, reading.measure
        if direction is None and (step := sents.changes.get((draft.start, draft.end))):
            direction, measure = step[0], "change"  # "raised prices by 4%", read from the parse
        previous = _listed_after(previous_percent, draft, sentence, s_start)
        if direction is None and previous is not None:
            # "up 10.12% and 12.73%": the second figure shares the first one's change
            direction, measure = previous.fields.get("direction"), previous.fields["measure"]
        elif (
            previous is not None
            and previous.fields.get("measure") in {"level", "rate"}
            and _PAIR_JOIN.match(sentence[previous.end - s_start : draft.start - s_start])
        ):
            # "a 20% and 16% improvement": the first figure shares the noun after the second
            previous.fields.update(direction=direction, measure="change")
        restated = _restated_after(previous_figure, draft, sentence, s_start)
        if direction is None and restated is not None:
            # "fell 98.4 points, or 0.31%": the percent restates the change before it
            direction, measure = restated.fields["direction"], "change"
        if direction is None and (
            told := restated_change(sentence, draft.start - s_start, draft.end - s_start)
        ):
            direction, measure = told, "change"  # "lost a third of its value, or 33 percent"
        if direction is None and (
            compared := _compared_change(previous_percent, draft, sentence, s_start)
        ):
            # "grew 4.6%, beating the 3.1% forecast", "lost 15%, compared with 2.4% in the
            # placebo group": the other figure is a change of the same thing too
            direction, measure = compared.fields["direction"], "change"
        draft.fields.update(direction=direction, measure=measure, basis=reading.basis)
        if measure != "change":
            continue
        from_id, to_id = link_from_to(
            sentence, draft.start - s_start, draft.end - s_start, positions
        )
        if (
            to_id is not None
            and from_id is not None
            and by_id[from_id].kind == by_id[to_id].kind == "quantity"
            and unit_dimension(by_id[from_id].fields.get("unit")) is None
        ):
            # "46.9 million Americans will travel at least 50 miles ..., up 0.6% from 46.6
            # million": the count the clause is about, not the distance in its predicate
            count = _count_before_measure(by_id[to_id], figures, sentence, s_start)
            to_id = count.fact_id if count is not None else to_id
        if (
            to_id is not None
            and from_id is not None
            and by_id[to_id].end <= draft.start  # a "to" after the change is marked as its end
            and not _same_measure(by_id[from_id], by_id[to_id])
        ):
            # "raised $2.3 million for 145 charities, up 12% from $2.1 million": a change runs
            # between figures of one kind; the nearest such before it, if any
            to_id = next(
                (
                    d.fact_id
                    for d in sorted(figures, key=lambda d: -d.start)
                    if d.end <= draft.start and _same_measure(by_id[from_id], d)
                ),
                None,
            )
        if to_id is not None and from_id is not None:
            to_id = _unrestated(by_id[from_id], by_id[to_id], figures, sentence, s_start).fact_id
        draft.fields.update(from_id=from_id, to_id=to_id)
        for linked, role in ((from_id, "from"), (to_id, "to")):
            if linked is None:
                continue
            target = by_id[linked]
            target.fields["role"] = role
            if target.fields.get("subject") is None:
                target.fields["subject"] = draft.fields["subject"]
        if from_id and to_id:
            start_fig, end_fig = by_id[from_id], by_id[to_id]
            if (
                start_fig.kind == end_fig.kind == "quantity"
                and start_fig.fields.get("unit") is None
                and end_fig.fields.get("unit")
            ):
                start_fig.fields["unit"] = end_fig.fields["unit"]


#: A part of a count named earlier in the sentence: "including 13", "9 of them".
_PART_BEFORE = EndPhrases.build(["including", "includes", "among them", "of which", "of whom"])
_PART_AFTER = re.compile(r"^\s+of\s+(?:them|those|these|whom|which)\b", re.I)
#: A count named by its noun before the figure: "the troop presence draws down to 10,000".
_COUNTED_BEFORE = EndPhrases(  # tried only where the text's last word may end it
    re.compile(
        r"\b([a-z]+)\s+(?:presence|levels?|numbers|headcount)\s+(?:[a-z]+\s+){0,3}"
        rf"(?:to|from|at|of|by|is|was|stood\s+at|reached|hit)\s+{HEDGE_WORD}$"
    ),
    "to from at of by is was reached hit about some nearly".split(),
)
#: Determiners, adjectives (by their endings) and mass nouns that do not name what is counted.
_COUNTED_NOT = re.compile(
    r"^(?:the|a|an|its|their|his|her|our|price|water|sea|noise|stress|inventory|debt)$"
    r"|(?:ary|al|an|ic|ive|ous|ful|ed|ing|s)$"
)
#: Verbs that count their own noun: "the tap room seats 18", "the firm employs 400".
_CAPACITY_BEFORE = EndPhrases(
    re.compile(rf"\b(seats|employs)\s+{HEDGE_WORD}$", re.I),
    "seats employs about some nearly".split(),
)
_CAPACITY_UNITS = {"seats": "seats", "employs": "employees"}
#: A bare count of the people watching: "in front of 15,522", "a crowd of 40,000", "attendance
#: was 18,200".
_CROWD_BEFORE = EndPhrases(
    re.compile(
        r"\b(?:in\s+front\s+of|crowds?\s+of|audiences?\s+of|attendance\s+(?:of|was|is|reached|hit)"
        rf"|sell-?out\s+crowd\s+of|gate\s+of)\s+(?:an?\s+estimated\s+)?{HEDGE_WORD}$",
        re.I,
    ),
    "of was is reached hit estimated about nearly some roughly than over around".split(),
)
#: A verb of selling right before a bare count: what it counts is units of the product.
_SOLD_BEFORE = EndPhrases(
    re.compile(
        r"\b(?:sold|sells?|selling|shipped|ships?|shipping)\s+(?:(?:about|around|roughly|nearly"
        r"|almost|some|over|more\s+than|at\s+least|an\s+estimated|another|a\s+further)\s+)*$",
        re.I,
    ),
    "sold sell sells selling shipped ship ships shipping about around roughly nearly almost "
    "some over than least estimated another further".split(),
)
#: A word after a bare count that may be the thing counted ("sold 2 million Model 3s"): the
#: count is left to the rules that read it.
_NOUN_NEXT = re.compile(
    r"^\s+(?!(?:in|on|at|by|for|to|of|and|or|but|as|last|this|that|since"
    r"|during|within|over|from|before|after|worldwide|globally|units?)\b)[A-Za-z]"
)
_PART_OF = re.compile(
    r"^\s+of\s+(?:the|its|their|these|those|all|our|his|her)\s+(?:[\w-]+['’]s\s+)?$", re.I
)  # "11 of the 12 cities", "5 of the team's 9 goals"
_LISTED = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)\s*$")
#: The two ends of a span of one unit, printed once after the second: "from 220 to 226ppi",
#: "between 40 and 45 kilograms" (the second pair is read by :data:`_LISTED`).
_SPAN_FROM = re.compile(r"\b(?:from|between)\s+(?:about\s+|roughly\s+|some\s+)?$", re.I)
_SPAN_TO = re.compile(r"^\s*(?:to|and)\s+(?:about\s+|roughly\s+)?$")
#: A comparison word right before a bare figure: "lower than the 46,797", "from 16 to 80",
#: "versus 12". The figure before it lends its unit; a comparison word elsewhere in between
#: ("the 16-inch model, and its score of 1,234") does not.
_COMPARED = EndPhrases(
    re.compile(
        r"\b(?:than|from|to|with|followed\s+by|and|versus|vs\.?|against|instead\s+of)\s+"
        r"(?:(?:the|a|an|about|nearly|roughly|some|just|around|almost|only|over|under|with|to"
        r"|(?:height|peak|high|low|level|total|record|maximum|minimum|average)\s+of)\s+)*$",
        re.I,
    ),
    "than from to with by and versus vs against the a an about nearly roughly some just around "
    "almost only over under of".split(),  # "of": also "instead of"
)
#: A clause set against the one before, its subject a bare count of the same noun, its verb
#: right after it: "69,000 academic staff were on the main record, while an estimated 6,500
#: were on zero-hours contracts", "... but only 40 had insurance".
_PARALLEL_BEFORE = EndPhrases(
    re.compile(
        r"\b(?:while|whereas|but)\s+"
        r"(?:(?:an?\s+estimated|another|about|nearly|roughly|some|just|around|almost|only"
        r"|more\s+than|fewer\s+than|less\s+than)\s+)*$",
        re.I,
    ),
    "while whereas but estimated another about nearly roughly some just around almost only "
    "than".split(),
)
_PARALLEL_VERB = re.compile(
    r"^\s+(?:were|was|are|is|had|have|has|remain(?:ed|s)?|stayed|got|received|lived|worked)\b"
)
_MULTIPLE_BEFORE = EndPhrases(
    re.compile(
        r"\b(?:P/E|price[- ]to[- ]earnings|multiple)(?:\s+ratio)?\s+"
        r"(?:(?:of|near|at|around|is|was)\s+)?"
        r"(?:about\s+|nearly\s+|roughly\s+|just\s+under\s+|just\s+over\s+)?$",
        re.I,
    ),
    "E earnings multiple ratio of near at around is was about nearly roughly under over".split(),
)


def _subject(sents: _Sentences, draft: _Draft, sentence: str, s_start: int) -> str | None:
    """What a figure measures: from the parse where the sentence was parsed, else from patterns."""
    parsed = sents.parsed
    if parsed is not None and (draft.start, draft.end) in parsed:
        found = parsed[(draft.start, draft.end)]
        if isinstance(found, Antecedent):  # "It cut 3,000 jobs": the last sentence's subject
            return _previous_subject(sents, draft.sentence)
        if found is not None:
            return clean_subject(found)
    return clean_subject(clause_subject(sentence, draft.start - s_start))


def _previous_subject(sents: _Sentences, index: int) -> str | None:
    """The clause subject of the sentence before ``index`` in its paragraph, if it names one."""
    if index == 0 or sents.paragraph(sents.spans[index - 1][0]) != sents.paragraph(
        sents.spans[index][0]
    ):
        return None
    if index - 1 not in sents.clause_subjects:
        text = sents.text_of(index - 1)
        sents.clause_subjects[index - 1] = clause_subject(text, len(text))
    return clean_subject(sents.clause_subjects[index - 1])


def _implied_units(drafts: list[_Draft], sentence: str, s_start: int) -> None:
    """Give a bare figure the unit the sentence implies.

    "much lower than the 46,797" after "44,947 megawatts" counts megawatts too; "a P/E of 17"
    is a multiple ("times").
    """
    quantities = [
        d for d in drafts if d.kind == "quantity" and d.fields.get("number_role") != "age"
    ]
    for draft, following in pairwise(quantities):
        between = sentence[draft.end - s_start : following.start - s_start]
        if draft.fields.get("unit") is None and _LISTED.match(between):
            draft.fields["unit"] = following.fields.get("unit")  # "45 and 50 mg": both in mg
        elif draft.fields.get("unit") is None and _PART_OF.match(between):
            draft.fields["unit"] = following.fields.get("unit")  # "11 of the 12 cities": cities
        elif (
            draft.fields.get("unit") is None
            and _SPAN_TO.match(between)
            and _SPAN_FROM.search(
                sentence[max(0, draft.start - s_start - 12) : draft.start - s_start]
            )
        ):
            draft.fields["unit"] = following.fields.get("unit")  # "from 220 to 226ppi": ppi
    for index, draft in enumerate(quantities):
        if draft.fields.get("unit") is not None:
            continue
        before = sentence[max(0, draft.start - s_start - WINDOW) : draft.start - s_start]
        after = sentence[draft.end - s_start : draft.end - s_start + WINDOW]
        last = fold(last_word(before))  # read once for the four tables below
        if _MULTIPLE_BEFORE.search(before, last):
            draft.fields["unit"] = "times"
            continue
        if scale := _NAMED_SCALE_BEFORE.search(before[-_NAMED_SCALE_REACH:]):
            draft.fields["unit"] = NAMED_SCALES[" ".join(scale.group("scale").lower().split())]
            continue  # "an AQI of 408", "a magnitude 7.1 quake": read on the scale named
        if _CROWD_BEFORE.search(before, last):
            draft.fields["unit"] = "people"
            continue
        if _SOLD_BEFORE.search(before, last) and not _NOUN_NEXT.match(after):
            draft.fields["unit"] = "units"  # "sold about 2 million in its first year": units
            continue
        if capacity := _CAPACITY_BEFORE.search(before, last):
            draft.fields["unit"] = _CAPACITY_UNITS[capacity.group(1).lower()]
            continue
        if _PART_BEFORE.search(before, last) or _PART_AFTER.match(after):
            # "60 students ..., including 13": a part of the count named just before
            # a whole is larger than its part: "The two schools have 1,150 of them" counts the
            # students of the sentence before, not the schools
            whole = [
                e
                for e in quantities[:index]
                if e.fields.get("unit") is not None and not (_larger(draft, e))
            ]
            if whole:
                draft.fields["unit"] = whole[-1].fields["unit"]
                continue

        for back in range(index - 1, -1, -1):
            earlier = quantities[back]
            if draft.start - earlier.end > _LEND_REACH:
                break  # too far to lend its unit, and every earlier one is farther
            if _MODIFIER.match(sentence[earlier.start - s_start : earlier.end - s_start]):
                continue  # "1,900 walkers took the 5-kilometer route, up from 1,450": walkers
            if back and OF_THE_FIGURE.match(
                sentence, quantities[back - 1].end - s_start, earlier.start - s_start
            ):
                continue  # "48,700 waterbirds of 63 species, down 12% from 55,300": waterbirds
            # "1,420 patients waited more than 12 hours ..., up from 380": patients
            earlier = _count_before_measure(earlier, quantities, sentence, s_start) or earlier
            unit = earlier.fields.get("unit")
            if unit is None:
                break  # the nearest figure has no unit to lend: "scored 1,234 ... and 5,678"
            if unit_dimension(unit) == "time" and PERIOD_LEAD.search(
                sentence[max(0, earlier.start - s_start - 30) : earlier.start - s_start]
            ):
                break  # "Over the past 12 months, employment rose to 612,000": a period, no unit
            between = sentence[earlier.end - s_start : draft.start - s_start]
            if len(between) <= _LEND_REACH and _COMPARED.search(between[-_COMPARED_TAIL:]):
                draft.fields["unit"] = unit
            break
        if (
            draft.fields.get("unit") is None
            and _PARALLEL_BEFORE.search(before[-_COMPARED_TAIL:])
            and _PARALLEL_VERB.match(after)
        ):
            _lend_to_parallel(draft, quantities[:index], sentence, s_start)
        if draft.fields.get("unit") is None:
            _lend_to_bracketed_part(draft, quantities[:index], sentence, s_start)
        counted = _COUNTED_BEFORE.search(before, last)
        if draft.fields.get("unit") is None and counted and not _COUNTED_NOT.search(counted[1]):
            draft.fields["unit"] = counted.group(1) + "s"
        if draft.fields.get("unit") is None and _INDEX_LEVEL.search(
            sentence[max(0, draft.start - s_start - _INDEX_REACH) : draft.start - s_start]
        ):
            draft.fields["unit"] = "points"  # "the Sensex closed at 40,816.38": a level


#: How far inside a bracket a bare part of the count before the bracket may stand.
_BRACKET_REACH = 60


def _lend_to_bracketed_part(
    draft: _Draft, earlier: list[_Draft], sentence: str, s_start: int
) -> None:
    """Lend a bare number inside a bracket opened right after a count that count's noun.

    "up to 4 streams (2 in, 2 out)": the bracket breaks the count down, so both 2s count
    streams. The count must be of a counted noun (no unit of measurement) and the bracket
    still open at the number.
    """
    at = draft.start - s_start
    opening = sentence.rfind("(", max(0, at - _BRACKET_REACH), at)
    if opening < 0 or ")" in sentence[opening:at]:
        return
    for other in reversed(earlier):
        end = other.end - s_start
        if end <= opening:
            unit = other.fields.get("unit")
            if not sentence[end:opening].strip() and unit and unit_dimension(unit) is None:
                draft.fields["unit"] = unit
            return


#: How far back the count a clause is set against may be: "A further 69,000 academic staff
#: were on atypical contracts and so are not counted in the main record, while an estimated
#: 6,500 were ...".
_PARALLEL_REACH = 200


def _lend_to_parallel(draft: _Draft, earlier: list[_Draft], sentence: str, s_start: int) -> None:
    """Lend a bare count set against an earlier clause the earlier count's noun.

    The clause is read by :data:`_PARALLEL_BEFORE`; the lender is the nearest earlier count of
    a counted noun (no unit of measurement), not a modifier, within :data:`_PARALLEL_REACH`
    characters.
    """
    for other in reversed(earlier):
        if draft.start - other.end > _PARALLEL_REACH:
            return
        if _MODIFIER.match(sentence[other.start - s_start : other.end - s_start]):
            continue
        unit = other.fields.get("unit")
        if unit is not None and unit_dimension(unit) is None:
            draft.fields["unit"] = unit
            draft.lent_from = other
        return


#: A stock index named earlier in the clause of a bare figure: the figure is the index's level,
#: in points, when a level word stands right before it ("the Sensex closed at 40,816.38", "the
#: FTSE 100 rose 0.4% to 7,512", "a high of 40,816"). A joining word in between ("..., while gold
#: hit 1,500", "and oil traded at 80") may start another subject and ends its reach.
_INDEX_REACH = 90
_INDEX_LEVEL = re.compile(
    rf"(?<![\w&])(?:{STOCK_INDEXES}|Dow(?:\s+Jones)?|(?:benchmark|stock|share|composite)\s+index)"
    r"(?:(?!\b(?:while|whereas|but|and|as|with|after|before|when)\b)"
    r"(?:[^.;:!?\d]|\d[\d,.]*\s*(?:%|percent|per\s?cent|points?|pts)|(?<=\s)\d{2,4}(?=\s)))*"
    rf"\b(?:at|to|of|near|above|below|from|hit|hitting|touched|topped|crossed|breached)\s+{HEDGE_WORD}$",
)

#: A scale named right before a bare figure, with at most a reading noun, two words and a level
#: word between (:data:`~newsfacts.extract.lexicon.NAMED_SCALES`): "an AQI of 408", "the factory
#: PMI fell to 48.2", "the quake had a magnitude of 6.4", "a magnitude 7.1 quake".
_NAMED_SCALE_REACH = 80
_SCALE_NAMES = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in NAMED_SCALES)
_NAMED_SCALE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<scale>{_SCALE_NAMES})"
    r"(?:(?:\s+(?:reading|readings|score|scores|rating|ratings|level|levels|value|values|index))?"
    r"(?:\s+(?:[a-z]+|in\s+[A-Z][\w’'-]+)){0,3}?\s+(?:of|at|to|was|is|hit|touched|reached|topped"
    r"|near|stood\s+at)"
    rf"|(?<=magnitude))[\s-]+{HEDGE_WORD}$",
    re.I,
)

#: Between a count and a measurement in its clause's predicate: no break ("1,420 patients
#: waited more than 12 hours", not "1,420 patients, and 12 hours").
_SAME_CLAUSE = re.compile(r"^[^,;:()\d]{1,40}$")
_CLAUSE_JOIN = re.compile(r"\b(?:and|or|but|while|whereas|with)\b", re.I)


#: Between a level and its restatement per unit: "$84, or " ("$84, or $7 a stem").
_RESTATED_PER = re.compile(
    r"^[^,;.()\d]{0,30},\s*or\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?$", re.I
)


_PER_PRINTED = re.compile(
    r"\s+(?:a|an|per)\s+(?!(?:year|month|week|day|decade)s?\s+(?:ago|earlier|before|later)\b)"
    r"([a-z]+)\b"
)


def _unrestated(
    start: _Draft, end: _Draft, figures: list[_Draft], sentence: str, s_start: int
) -> _Draft:
    """The level a change ends at, not its restatement per unit set off after it.

    "A dozen roses averaged $84, or $7 a stem, up $12 from $72": the end is $84, which has the
    start's sort (no "per"), not the per-stem figure between.
    """

    def per_of(d: _Draft) -> str | None:  # "per" read, or "a stem" printed after it
        after = _PER_PRINTED.match(sentence, d.end - s_start)
        return d.fields.get("per") or (after.group(1).lower() if after else None)

    if per_of(end) == per_of(start) or per_of(end) is None:
        return end
    before = [d for d in figures if d.end <= end.start]
    if not before:
        return end
    level = before[-1]
    between = sentence[level.end - s_start : end.start - s_start]
    if _RESTATED_PER.match(between) and level.kind == start.kind and per_of(level) != per_of(end):
        return level
    return end


def _same_measure(start: _Draft, end: _Draft) -> bool:
    """Whether two figures can be a change's start and end: they are of one kind.

    A bare number beside money is that money: "to 51 million rand from 60 million".
    """
    if start.kind == end.kind:
        return True
    bare = [d for d in (start, end) if d.kind == "quantity" and d.fields.get("unit") is None]
    return bool(bare) and {start.kind, end.kind} == {"quantity", "money"}


def _count_before_measure(
    measure: _Draft, figures: list[_Draft], sentence: str, s_start: int
) -> _Draft | None:
    """The count a measurement in the same clause characterises, if the clause is about it.

    "1,420 patients waited more than 12 hours", "46.9 million Americans will travel at least 50
    miles": the measurement (with a dimension) follows a count (a counted noun) with only a
    verb phrase between; what changes "up from" a bare figure is the count.
    """
    if unit_dimension(measure.fields.get("unit")) is None:
        return None
    before = [d for d in figures if d.end <= measure.start]
    if not before:
        return None
    count = before[-1]
    unit = count.fields.get("unit")
    if count.kind != "quantity" or not unit or unit_dimension(unit) is not None:
        return None
    between = sentence[count.end - s_start : measure.start - s_start]
    if not _SAME_CLAUSE.match(between) or _CLAUSE_JOIN.search(between):
        return None
    return count


def _larger(a: _Draft, b: _Draft) -> bool:
    """Whether ``a``'s value is larger than ``b``'s (False when either is unknown)."""
    va, vb = a.fields.get("value"), b.fields.get("value")
    return va is not None and vb is not None and va > vb


#: A figure glued to its unit as a modifier of a noun ("the 5-kilometer route", "a five-year
#: plan"): it lends no unit to a bare figure after it. A plural glued so is no modifier but a
#: size printed with a hyphen ("16-inches instead of 15.4").
_MODIFIER = re.compile(r"^(?:[\d.,]+|[a-z]+)-[a-z]+(?<!s)$|^(?:[\d.,]+|[a-z]+)-[a-z]+[-\s]", re.I)

#: Before a length of time that sets the period of what follows: "Over the past 12 months,",
#: "in the first six weeks", "for 10 years".


_LIST_JOIN = re.compile(r"^\s*(?:,|and|,\s*and|or)\s*$")
#: Two figures joined without a comma share the noun after the second: "a 20% and 16% gain".
_PAIR_JOIN = re.compile(r"^\s*(?:and|or)\s*$")


_OR_BETWEEN = re.compile(rf"^\s*,?\s*or\s+{HEDGE_WORD}$", re.I)


def _restated_after(
    earlier: _Draft | None, draft: _Draft, sentence: str, s_start: int
) -> _Draft | None:
    """The change in points or money that a percentage restates ("down 98.4 points, or 0.31%").

    ``earlier`` is the last quantity or money figure before the percentage.
    """
    if earlier is None or earlier.fields.get("direction") is None:
        return None
    between = sentence[earlier.end - s_start : draft.start - s_start]
    return earlier if _OR_BETWEEN.match(between) else None


#: Before a percentage, the words that set it beside another as what that one is compared
#: with: ", beating the", ", down from", ", compared with", ", less than the" (not a named level:
#: "above the 2% target level").
_COMPARAND_BEFORE = re.compile(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|than|versus|vs\.?|beat(?:ing|s)?"
    r"|miss(?:ing|ed|es)?|topp(?:ing|ed)|trail(?:ing|ed|s)?)\s+(?:(?:the|an?|its|their)\s+)?"
    rf"(?:(?:expected|forecast|estimated|projected|predicted)\s+)?{HEDGE_WORD}$",
    re.I,
)
_NAMED_MARK_AFTER = re.compile(
    r"^\s*(?:level|threshold|mark|limit|floor|ceiling|cap|target|barrier|hurdle)\b", re.I
)


def _compared_change(
    previous: _Draft | None, draft: _Draft, sentence: str, s_start: int
) -> _Draft | None:
    """The change this percentage is compared with in the same sentence, if any.

    ``previous`` is the last percentage before this one: when it is a change with a direction,
    in the same unit (percent or points), and this one follows a comparing phrase, this one is
    the same change at another time, in another group or as forecast.
    """
    if previous is None or previous.fields.get("direction") is None:
        return None
    if previous.fields.get("measure") != "change":
        return None
    if bool(previous.fields.get("points")) != bool(draft.fields.get("points")):
        return None
    before = sentence[previous.end - s_start : draft.start - s_start]
    after = sentence[draft.end - s_start :]
    if not _COMPARAND_BEFORE.search(before) or _NAMED_MARK_AFTER.match(after):
        return None
    return previous


def _listed_after(
    previous: _Draft | None, draft: _Draft, sentence: str, s_start: int
) -> _Draft | None:
    """The percentage this one follows in a list ("X% and Y%"), if any.

    ``previous`` is the last percentage before this one.
    """
    if previous is None:
        return None
    between = sentence[previous.end - s_start : draft.start - s_start]
    return previous if _LIST_JOIN.match(between) else None


_LEAD_PERIOD = re.compile(
    r"^\W*(?:(?:in|for|during|through|over|as\s+of|by|at\s+the\s+end\s+of|throughout)\s+)?$", re.I
)
_TRAIL_PERIOD = re.compile(
    r"^\s*(?:of\s+[\w-]+\s+)?(?:in|for|during|through|over|as\s+of|at\s+the\s+end\s+of|"
    r"throughout)\s+(?:the\s+)?$",
    re.I,
)
_GRANULARITY_WORDS = {
    "week": re.compile(r"\bweekly\b|\bthat\s+week\b", re.I),
    "month": re.compile(r"\bmonthly\b|\bthat\s+month\b", re.I),
    "quarter": re.compile(r"\bquarterly\b|\bthat\s+quarter\b", re.I),
    "year": re.compile(r"\bannual(?:ly)?\b|\byearly\b|\bthat\s+year\b", re.I),
}


def _period_of(d: _Draft, here: list[_Draft], sents: _Sentences) -> _Draft | None:
    """The date a quantity is measured over, when the sentence ties them.

    Either the date opens the sentence ("For the week of April 13–19, usage held at 20.6
    trillion") or it follows the figure after a preposition ("1,200 jobs in 2025"). A date
    elsewhere in the sentence describes something else. ``here`` are the sentence's dates in
    text order; only those near the sentence's start or just after the figure are read.
    """
    s_start, _ = sents.spans[d.sentence]
    starts = [period.start for period in here]
    for period in here[: bisect.bisect_right(starts, s_start + _LEAD_REACH)]:
        lead = sents.text[s_start : period.start]
        if _LEAD_PERIOD.match(lead) and period.end <= d.start:
            return period
    for period in here[
        bisect.bisect_left(starts, d.end) : bisect.bisect_right(starts, d.end + _TRAIL_REACH)
    ]:
        if _TRAIL_PERIOD.match(sents.text[d.end : period.start]):
            return period
    return None


#: A date opening a sentence stands within this many characters of its start ("For the week
#: of ..."), and a date after a figure within this many characters of it ("... in 2025").
_LEAD_REACH = 40
_TRAIL_REACH = 30


def _assign_periods(drafts: list[_Draft], sents: _Sentences) -> None:
    """Tie each quantity to the date range it is measured over, when the text says which.

    A period carries over to later sentences of the same paragraph only when they point back
    to it: "over the same period", "that week", or a "weekly" figure after a week.
    """
    periods_by_sentence: dict[int, list[_Draft]] = {}
    for d in drafts:
        if d.kind in {"date", "date_range"} and d.is_fact:
            periods_by_sentence.setdefault(d.sentence, []).append(d)
    for periods in periods_by_sentence.values():
        periods.sort(key=lambda period: period.start)
    last_period: tuple[int, _Draft] | None = None  # (paragraph, period)
    for d in drafts:
        paragraph = sents.paragraph(sents.spans[d.sentence][0])
        if (
            last_period is not None
            and last_period[0] != paragraph
            and not _SAME_PERIOD.search(sents.text_of(d.sentence))
        ):
            last_period = None  # "over the same period" may point back across a paragraph
        if d.kind in {"date", "date_range"} and d.is_fact:
            continue
        if d.kind != "quantity" or d.fields.get("role") == "from":
            continue
        period = _period_of(d, periods_by_sentence.get(d.sentence, []), sents)
        if period is not None:
            d.fields["period_id"] = period.fact_id
            last_period = (paragraph, period)
            continue
        if last_period is None or periods_by_sentence.get(d.sentence):
            continue
        sentence = sents.text_of(d.sentence)
        payload = last_period[1].payload
        granularity = getattr(payload, "granularity", "")
        points_back = _SAME_PERIOD.search(sentence) or (
            granularity in _GRANULARITY_WORDS and _GRANULARITY_WORDS[granularity].search(sentence)
        )
        if points_back:
            d.fields["period_id"] = last_period[1].fact_id


def _build(d: _Draft, text: str) -> Fact:
    base: dict[str, Any] = {
        "id": d.fact_id,
        "text": text[d.start : d.end],
        "span": (d.start, d.end),
        "sentence": d.sentence,
    }
    if isinstance(d.payload, KindMention):  # its finder gave the model's own fields
        return cast("Fact", fact_kind(d.kind).model(**base, **d.fields))
    f = {k: v for k, v in d.fields.items() if k not in {"role", "number_role"}}
    if d.kind == "quantity":
        f["dimension"] = unit_dimension(f.get("unit"), f.get("per"))
        f["role"] = d.fields.get("number_role")
        if f["role"] != "age":  # a unit found later (implied by the sentence) decides too
            f["role"] = "measure" if f["dimension"] is not None else "count"
        return QuantityFact(**base, **f)
    if not isinstance(d.payload, DateMention):  # percent, money, organization
        return cast("Fact", fact_kind(d.kind).model(**base, **f))
    dm: DateMention = d.payload
    if d.kind == "date" and dm.first is not None:
        return DateFact(**base, date=dm.first)
    return DateRangeFact(
        **base,
        start=dm.first,
        end=dm.last if dm.first is not None else None,
        relative=dm.relative,
        fiscal=dm.fiscal,
        label=dm.label if dm.first is None else None,
    )


def assemble_facts(
    doc: Doc, *, paragraph_starts: list[int], relative_date_facts: bool = False
) -> list[Fact]:
    """Turn a processed doc into facts ordered by ``(start, kind)``.

    Args:
        doc: a doc that went through the newsfacts pipeline.
        paragraph_starts: character offsets where paragraphs begin (periods do not carry over a
            paragraph break).
        relative_date_facts: also report bare relative phrases ("this year") as date_range facts.
    """
    sents = _Sentences(doc, paragraph_starts)
    if not sents.spans:
        return []
    text = sents.text  # Doc.text rebuilds the string on every access: read it once
    return _built(_linked_drafts(doc, sents, relative_date_facts), text)


def _linked_drafts(doc: Doc, sents: _Sentences, relative_date_facts: bool) -> list[_Draft]:
    """The drafts of the facts, in order, with ids, subjects, units and periods linked."""
    skip = _duplicate_sentences(sents)
    drafts: list[_Draft] = []
    spans = doc.spans[SPAN_KEY] if SPAN_KEY in doc.spans else []
    for span in spans:
        payload = span._.newsfacts
        if payload is None or span.label_ == "DATE_UNRESOLVED":
            continue
        sentence = sents.index(payload.start)
        if sentence in skip:
            continue
        if isinstance(payload, DateMention):
            kind = "date" if payload.single_day and payload.first is not None else "date_range"
            draft = _Draft(kind, payload.start, payload.end, payload, sentence)
            draft.is_fact = relative_date_facts or not payload.bare_relative
        elif isinstance(payload, KindMention):  # a kind with its own finder: fields as found
            draft = _Draft(payload.kind, payload.start, payload.end, payload, sentence)
            draft.fields.update(payload.fields)
        else:
            draft = _Draft(payload.kind, payload.start, payload.end, payload, sentence)
            _figure_fields(draft)
        drafts.append(draft)
    drafts.extend(_organizations(doc, sents, skip))
    drafts.sort(key=lambda d: (d.start, d.kind))
    facts_only = [d for d in drafts if d.is_fact]
    for number, draft in enumerate(facts_only, start=1):
        draft.fact_id = f"f{number}"
    by_sentence: dict[int, list[_Draft]] = {}
    for draft in facts_only:
        by_sentence.setdefault(draft.sentence, []).append(draft)
    for index, members in by_sentence.items():
        _link_sentence(members, sents, index)
    earlier: dict[int, list[str]] = {}
    for draft in facts_only:
        if draft.kind in {"quantity", "money", "percent"}:
            paragraph = sents.paragraph(draft.start)
            history = earlier.setdefault(paragraph, [])
            context = history[-_LOOK_BACK:] + _sentence_subjects(sents, paragraph, draft.sentence)
            subject = enrich_subject(draft.fields.get("subject"), context)
            draft.fields["subject"] = subject
            if subject:
                history.append(subject)
    _full_unit_names(facts_only, sents)
    _article_scale(facts_only, sents.text)
    _assign_periods(facts_only, sents)
    return facts_only


#: Words near a bare "degrees" that make it an angle, not a temperature.
_ANGLE_NEAR = re.compile(
    r"\b(?:angle|angles|turn(?:s|ed)?|rotat\w*|tilt\w*|latitude|longitude|slope|incline|arc|"
    r"pitch|view|compass|north|south|east|west|bend|spin\w*|lean\w*)\b",
    re.I,
)
_ANGLE_REACH = 40


def _article_scale(drafts: list[_Draft], text: str) -> None:
    """Read a bare "89 degrees" on the one temperature scale the article prints.

    A page that writes "107°F" (or "42C") and never the other scale means that scale by a bare
    "degrees" too; a page with both scales, or none, leaves it as printed, and so does a degree
    with an angle's word beside it ("turned 180 degrees").
    """
    scales = {d.fields.get("unit") for d in drafts if d.kind == "quantity"} & {"°F", "°C"}
    if len(scales) != 1:
        return
    (scale,) = scales
    for draft in drafts:
        if draft.kind != "quantity" or draft.fields.get("unit") != "degrees":
            continue
        near = text[max(0, draft.start - _ANGLE_REACH) : draft.end + _ANGLE_REACH]
        if not _ANGLE_NEAR.search(near):
            draft.fields["unit"] = scale


def _built(drafts: list[_Draft], text: str) -> list[Fact]:
    """The facts of ``drafts``, which it empties: each draft is let go once its fact is built.

    A page's drafts and facts are then never all held at once (on a page of 200,000 figures,
    both took about 70 MB more at the peak).
    """
    drafts.reverse()
    facts: list[Fact] = []
    while drafts:
        facts.append(_build(drafts.pop(), text))
    return facts


def _own_modifier(surface: str) -> bool:
    """Whether a count's text names its own kind before the noun ("30,000 contracted staff").

    Such a count is not the same kind as an earlier "research staff" with the same noun.
    """
    words = surface.split()[:-1]
    return any(w.isalpha() and w.islower() and w not in SCALE_WORDS for w in words)


def _full_unit_names(drafts: list[_Draft], sents: _Sentences) -> None:
    """A count's full name: its compound nouns, or the name it had earlier in the paragraph.

    "six metal cans" counts metal cans (the parse's compound nouns, see
    :func:`~newsfacts.extract.grammar.counted_noun`). "300 million monthly active users ... around 200 million users": the second figure counts
    the same monthly active users.
    """
    named: dict[int, dict[str, str]] = {}  # paragraph -> head word -> full unit
    for draft in drafts:
        unit = draft.fields.get("unit") if draft.kind == "quantity" else None
        if not unit:
            continue
        if draft.lent_from is not None:  # "69,000 academic staff ..., while 6,500 were"
            draft.fields["unit"] = draft.lent_from.fields.get("unit", unit)
            continue
        counted = sents.counted.get((draft.start, draft.end))
        if counted and counted.split()[-1] == unit.split()[-1] and len(counted) > len(unit):
            unit = draft.fields["unit"] = counted  # "six metal cans" counts metal cans
        paragraph = sents.paragraph(draft.start)
        heads = named.setdefault(paragraph, {})
        words = unit.split()
        if len(words) > 1:
            heads.setdefault(words[-1].lower(), unit)
        elif unit.lower() in heads and not _own_modifier(sents.text[draft.start : draft.end]):
            draft.fields["unit"] = heads[unit.lower()]


#: How many earlier sentences (and earlier subjects) of a paragraph a thin subject is filled
#: from: the last few, read once each (a paragraph of thousands of sentences costs no more per
#: figure than a short one).
_LOOK_BACK = 8


def _sentence_subjects(sents: _Sentences, paragraph: int, before: int) -> list[str]:
    """Subjects of the last sentences of a paragraph before ``before``.

    Each is the clause before the sentence's main verb.
    """
    out: list[str] = []
    first = 0
    if 0 < paragraph < len(sents.paragraph_starts):  # skip earlier paragraphs' sentences
        first = bisect.bisect_left(sents.starts, sents.paragraph_starts[paragraph])
    for index in range(max(first, before - _LOOK_BACK), before):
        start, _ = sents.spans[index]
        if sents.paragraph(start) != paragraph:
            continue
        if index not in sents.clause_subjects:
            text = sents.text_of(index)
            sents.clause_subjects[index] = clause_subject(text, len(text))
        subject = sents.clause_subjects[index]
        if subject:
            out.append(subject)
    return out
