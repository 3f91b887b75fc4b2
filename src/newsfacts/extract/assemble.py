"""spaCy doc -> facts: spans become pydantic facts with ids, sentences, subjects, links, periods.

Facts are numbered ``f1``, ``f2``... in reading order. A sentence that repeats an earlier sentence
word for word (a second copy of the story the cleaner could not separate) yields no facts.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from newsfacts.clean.document import paragraph_key
from newsfacts.extract.components import SPAN_KEY
from newsfacts.extract.dates import DateMention
from newsfacts.extract.links import link_from_to, read_percent
from newsfacts.extract.mentions import Mention
from newsfacts.extract.subjects import clause_subject, enrich_subject
from newsfacts.facts import (
    DateFact,
    DateRangeFact,
    Fact,
    MoneyFact,
    OrganizationFact,
    PercentFact,
    QuantityFact,
)

__all__ = ["assemble_facts"]

_SAME_PERIOD = re.compile(r"\b(?:same|that|this)\s+(?:period|week|month|quarter|year|time)\b", re.I)
_ORG_LEAD = re.compile(r"^the\s+", re.I)
_ORG_TAIL = re.compile(r"(?:'s|’s|[.,;:])+$")


@dataclass
class _Draft:
    kind: str
    start: int
    end: int
    payload: Any
    sentence: int
    fields: dict[str, Any] = field(default_factory=dict)
    fact_id: str = ""
    is_fact: bool = True


class _Sentences:
    def __init__(self, doc: Doc, paragraph_starts: list[int]) -> None:
        spans = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.text = doc.text
        self.paragraph_starts = paragraph_starts

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
    groups: dict[str, _Draft] = {}
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        sentence = sents.index(ent.start_char)
        if sentence in skip:
            continue
        name = _canonical_org(ent.text)
        if not name:
            continue
        start_char = ent.start_char
        lead = _ORG_LEAD.match(ent.text)
        if lead:
            start_char += lead.end()  # the mention is the name, without its article
        key = name.casefold()
        if key not in groups:
            groups[key] = _Draft(
                "organization",
                start_char,
                ent.end_char,
                None,
                sentence,
                {"name": name, "mentions": []},
            )
        groups[key].fields["mentions"].append((start_char, ent.end_char))
    return list(groups.values())


def _duplicate_sentences(sents: _Sentences) -> set[int]:
    seen: set[str] = set()
    dupes: set[int] = set()
    for index in range(len(sents.spans)):
        key = paragraph_key(sents.text_of(index))
        if len(key) < 40:
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
        common.update(unit=m.unit, per=m.per, qualifier=m.qualifier)
    draft.fields.update(common)


def _link_sentence(drafts: list[_Draft], sents: _Sentences, index: int) -> None:
    """Fill subjects, percent readings and from/to links of the figures in one sentence."""
    s_start, _ = sents.spans[index]
    sentence = sents.text_of(index)
    figures = [d for d in drafts if d.kind in {"quantity", "money"}]
    positions = [(d.start - s_start, d.end - s_start, d.fact_id) for d in figures]
    by_id = {d.fact_id: d for d in figures}
    for draft in drafts:
        if draft.kind not in {"quantity", "money", "percent"}:
            continue
        draft.fields["subject"] = clause_subject(sentence, draft.start - s_start)
        if draft.kind != "percent":
            continue
        reading = read_percent(sentence, draft.start - s_start, draft.end - s_start)
        draft.fields.update(
            direction=reading.direction, measure=reading.measure, basis=reading.basis
        )
        if reading.measure != "change":
            continue
        from_id, to_id = link_from_to(sentence, draft.end - s_start, positions)
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
            if start_fig.fields.get("unit") is None and end_fig.fields.get("unit"):
                start_fig.fields["unit"] = end_fig.fields["unit"]


def _assign_periods(drafts: list[_Draft], sents: _Sentences) -> None:
    """Tie each quantity to the date range it is measured over, when the text says which."""
    last_period: tuple[int, str] | None = None  # (paragraph, id)
    periods_by_sentence: dict[int, list[_Draft]] = {}
    for d in drafts:
        if d.kind in {"date", "date_range"} and d.is_fact:
            periods_by_sentence.setdefault(d.sentence, []).append(d)
    current_sentence = -1
    for d in drafts:
        if d.sentence != current_sentence:
            current_sentence = d.sentence
            here = periods_by_sentence.get(d.sentence, [])
            paragraph = sents.paragraph(sents.spans[d.sentence][0])
            if here:
                last_period = (paragraph, here[-1].fact_id)
            elif (
                last_period
                and last_period[0] != paragraph
                and not _SAME_PERIOD.search(sents.text_of(d.sentence))
            ):
                last_period = None
        if d.kind != "quantity" or d.fields.get("role") == "from":
            continue
        here = periods_by_sentence.get(d.sentence, [])
        if here:
            before = [p for p in here if p.start <= d.start] or here
            d.fields["period_id"] = before[-1].fact_id
        elif last_period is not None:
            d.fields["period_id"] = last_period[1]


def _build(d: _Draft, text: str) -> Fact:
    base: dict[str, Any] = {
        "id": d.fact_id,
        "text": text[d.start : d.end],
        "span": (d.start, d.end),
        "sentence": d.sentence,
    }
    f = {k: v for k, v in d.fields.items() if k != "role"}
    if d.kind == "quantity":
        return QuantityFact(**base, **f)
    if d.kind == "percent":
        return PercentFact(**base, **f)
    if d.kind == "money":
        return MoneyFact(**base, **f)
    if d.kind == "organization":
        return OrganizationFact(**base, **f)
    dm: DateMention = d.payload
    if d.kind == "date":
        return DateFact(**base, date=dm.first)
    return DateRangeFact(**base, start=dm.first, end=dm.last, relative=dm.relative)


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
            kind = "date" if payload.single_day else "date_range"
            draft = _Draft(kind, payload.start, payload.end, payload, sentence)
            draft.is_fact = relative_date_facts or not payload.bare_relative
        else:
            draft = _Draft(payload.kind, payload.start, payload.end, payload, sentence)
            _figure_fields(draft)
        drafts.append(draft)
    drafts.extend(_organizations(doc, sents, skip))
    order = {"date": 0, "date_range": 1, "money": 2, "organization": 3, "percent": 4, "quantity": 5}
    drafts.sort(key=lambda d: (d.start, order[d.kind]))
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
            context = history + _sentence_subjects(sents, paragraph, draft.sentence)
            subject = enrich_subject(draft.fields.get("subject"), context)
            draft.fields["subject"] = subject
            if subject:
                history.append(subject)
    _assign_periods(facts_only, sents)
    return [_build(d, doc.text) for d in facts_only]


def _sentence_subjects(sents: _Sentences, paragraph: int, before: int) -> list[str]:
    """Subjects of the earlier sentences of a paragraph (the clause before each main verb)."""
    out: list[str] = []
    for index in range(before):
        start, _ = sents.spans[index]
        if sents.paragraph(start) != paragraph:
            continue
        text = sents.text_of(index)
        subject = clause_subject(text, len(text))
        if subject:
            out.append(subject)
    return out
