"""Article -> what the report shows: marked-up paragraphs, fact and check fields, removed blocks.

Nothing here writes HTML; :mod:`newsfacts.report.page` does. Fields are read by iterating the
pydantic models, so a field added to :class:`~newsfacts.facts.Check`, a fact kind or
:class:`~newsfacts.facts.Article` shows up in the report without a change here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel

from newsfacts.clean import RemovedBlock
from newsfacts.clean.document import PARAGRAPH_SEPARATOR
from newsfacts.facts import Article, Check, OrganizationFact

__all__ = [
    "CheckView",
    "FactView",
    "Mark",
    "Paragraph",
    "RemovedGroup",
    "ReportView",
    "build_view",
    "dom_id",
    "format_value",
    "group_removed",
    "safe_id",
]

#: Fields shown in a check's own layout; every other field is listed generically.
CHECK_LAYOUT_FIELDS = frozenset({"id", "rule", "status", "fact_ids", "message"})
#: Article fields with a place of their own; any other field is listed in the header.
ARTICLE_LAYOUT_FIELDS = frozenset(
    {
        "schema_version",
        "status",
        "error",
        "source",
        "metadata",
        "pipeline",
        "text",
        "facts",
        "checks",
    }
)
#: Verdicts in the order the report lists them: what needs a look first.
STATUS_ORDER = {"inconsistent": 0, "unverifiable": 1, "consistent": 2}

#: Plain-language reasons for the cleaner's codes (``tag:NAME`` is handled apart).
REMOVED_REASONS: dict[str, str] = {
    "class": "its class or id names page furniture (share bar, ad slot, related links, byline…)",
    "inline-card": "a hover card with a picture and links tucked inside a sentence",
    "promo-box": "a box built around a call to action (subscribe, sign up, buy now)",
    "teaser-block": "a block under a recirculation heading such as “Related” or “Most read”",
    "teaser-heading": "a recirculation heading such as “Related article” or “Most read”",
    "teaser": "a teaser: a headline and a blurb cut mid-sentence, or a line under a teaser heading",
    "widget": "page-widget text, a caption, a dateline or a byline, not article prose",
    "link-list": "a paragraph made mostly of links",
    "promo": "an in-body promotion (“Read more:”, “Sign up…”)",
    "title": "the headline repeated in the body",
    "duplicate": "a second copy of a paragraph already in the article",
    "dek": "the summary line above the byline, repeating the page description",
    "pull-quote": "a pull quote repeating words of a longer paragraph",
    "hidden": "hidden on the page (hidden attribute, display:none, a print or AMP copy)",
    "jsonld-body": "replaced by the article body the page declares in its JSON-LD",
    "not-in-jsonld-body": "shares no phrase with the article body the page declares in JSON-LD",
}

_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def safe_id(raw_id: str) -> str:
    """A fact or check id reduced to letters, digits, ``_`` and ``-`` (ids are data, maybe hostile)."""
    return _ID_UNSAFE.sub("_", raw_id)


def dom_id(prefix: str, raw_id: str) -> str:
    """The HTML id of a fact's or check's element: ``fact-f3``, ``detail-f3``, ``check-c1``."""
    return f"{prefix}-{safe_id(raw_id)}"


def format_value(value: object) -> str:
    """A field value as a reader sees it: numbers grouped, lists and objects as compact JSON."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int) and abs(value) >= 10_000:
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.6g}" if abs(value) >= 10_000 else repr(value)
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(value)
    return json.dumps(value, ensure_ascii=False)


def _fields(model: BaseModel, skip: frozenset[str]) -> list[tuple[str, str]]:
    """(name, shown value) of the fields of ``model`` in declaration order, unset ones left out."""
    dumped = model.model_dump(mode="json")
    rows = []
    for name in type(model).model_fields:
        value = dumped.get(name)
        if name in skip or value is None or value == []:
            continue
        rows.append((name, format_value(value)))
    return rows


@dataclass(frozen=True, slots=True)
class FactView:
    """One fact as the report lists it.

    Attributes:
        id: the fact id.
        kind: the fact kind.
        text: the surface string.
        fields: (name, shown value) of every other field that is set.
        links: (field name, fact id) for fields that point at another fact of the article
            (``from_id``, ``to_id``, ``period_id``...).
    """

    id: str
    kind: str
    text: str
    fields: list[tuple[str, str]]
    links: list[tuple[str, str]]

    @property
    def summary(self) -> str:
        """One line for a tooltip: kind and fields."""
        parts = [self.kind] + [f"{name} {value}" for name, value in self.fields]
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class CheckView:
    """One check as the report lists it.

    Attributes:
        id: the check id.
        rule: the rule name.
        status: the verdict.
        message: the rule's sentence with the arithmetic.
        fact_ids: the cited facts that exist in the article.
        fields: (name, shown value) of the other fields: expected, actual, tolerance and any
            field a later schema adds.
    """

    id: str
    rule: str
    status: str
    message: str
    fact_ids: list[str]
    fields: list[tuple[str, str]]


@dataclass(slots=True)
class Mark:
    """A highlighted stretch of a paragraph: one mention of a fact, with what it encloses.

    Attributes:
        start: start offset in ``Article.text``.
        end: end offset in ``Article.text``.
        fact_id: the fact.
        kind: the fact kind.
        anchor: True on the mention that carries the fact's element id (its ``span``).
        children: marks nested inside this one.
    """

    start: int
    end: int
    fact_id: str
    kind: str
    anchor: bool
    children: list[Mark] = field(default_factory=list)


@dataclass(slots=True)
class Paragraph:
    """One paragraph of the cleaned text with its top-level marks."""

    start: int
    end: int
    marks: list[Mark] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RemovedGroup:
    """Removed blocks that share a reason."""

    reason: str
    explanation: str
    blocks: list[str]


@dataclass(frozen=True, slots=True)
class ReportView:
    """Everything one article's report shows."""

    article: Article
    title: str
    header: list[tuple[str, str]]
    paragraphs: list[Paragraph]
    facts: list[FactView]
    checks: list[CheckView]
    removed: list[RemovedGroup] | None

    @property
    def kinds(self) -> list[str]:
        """The fact kinds present, in the order they first appear."""
        return list(dict.fromkeys(f.kind for f in self.facts))


def _explain(reason: str) -> str:
    if reason.startswith("tag:"):
        return f"a <{reason[4:]}> element, which never holds article text"
    return REMOVED_REASONS.get(reason, "removed by the cleaner")


def group_removed(blocks: Sequence[RemovedBlock]) -> list[RemovedGroup]:
    """Removed blocks grouped by reason, reasons in the order first met."""
    grouped: dict[str, list[str]] = {}
    for block in blocks:
        grouped.setdefault(block.reason, []).append(block.text)
    return [RemovedGroup(reason, _explain(reason), texts) for reason, texts in grouped.items()]


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for para in text.split(PARAGRAPH_SEPARATOR):
        spans.append((pos, pos + len(para)))
        pos += len(para) + len(PARAGRAPH_SEPARATOR)
    return [(s, e) for s, e in spans if e > s]


def _insert(marks: list[Mark], mark: Mark) -> None:
    """Put ``mark`` into a list of sibling marks, nesting it in the one that contains it.

    A mark that crosses the edge of a sibling is cut back to fit beside or inside it, so the
    result always nests (HTML elements cannot overlap).
    """
    for sibling in marks:
        if sibling.start <= mark.start and mark.end <= sibling.end:
            if (sibling.start, sibling.end, sibling.fact_id) == (
                mark.start,
                mark.end,
                mark.fact_id,
            ):
                sibling.anchor = sibling.anchor or mark.anchor
                return
            _insert(sibling.children, mark)
            return
        if sibling.start < mark.end and mark.start < sibling.end:  # crossing: cut
            if mark.start < sibling.start:
                mark.end = sibling.start
            else:
                mark.start = sibling.end
            if mark.end <= mark.start:
                return
    marks.append(mark)
    marks.sort(key=lambda m: m.start)


def _marks(article: Article) -> list[Mark]:
    found: list[Mark] = []
    for fact in article.facts:
        found.append(Mark(fact.span[0], fact.span[1], fact.id, fact.kind, anchor=True))
        if isinstance(fact, OrganizationFact):
            for start, end in fact.mentions:
                found.append(Mark(start, end, fact.id, fact.kind, anchor=False))
    size = len(article.text)
    found = [m for m in found if 0 <= m.start < m.end <= size]
    # outer marks first, so inner ones find their container; anchors before repeats of a span
    found.sort(key=lambda m: (m.start, -m.end, not m.anchor))
    return found


def _paragraphs(article: Article) -> list[Paragraph]:
    paragraphs = [Paragraph(s, e) for s, e in _paragraph_spans(article.text)]
    for mark in _marks(article):
        for para in paragraphs:
            if para.start <= mark.start < para.end:
                mark.end = min(mark.end, para.end)
                _insert(para.marks, mark)
                break
    return paragraphs


def _fact_views(article: Article) -> list[FactView]:
    ids = {fact.id for fact in article.facts}
    views = []
    for fact in article.facts:
        fields = _fields(fact, frozenset({"id", "kind", "text"}))
        dumped = fact.model_dump(mode="json")
        links = [
            (name, str(value))
            for name, value in dumped.items()
            if name.endswith("_id") and isinstance(value, str) and value in ids
        ]
        views.append(FactView(fact.id, fact.kind, fact.text, fields, links))
    return views


def _check_view(check: Check, ids: set[str]) -> CheckView:
    return CheckView(
        id=check.id,
        rule=check.rule,
        status=check.status,
        message=check.message,
        fact_ids=[fid for fid in check.fact_ids if fid in ids],
        fields=_fields(check, CHECK_LAYOUT_FIELDS),
    )


def _header(article: Article) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = [("status", article.status)]
    if article.error is not None:
        rows += [(f"error {name}", value) for name, value in _fields(article.error, frozenset())]
    rows += _fields(article.metadata, frozenset({"title"}))
    rows += [(f"source {name}", value) for name, value in _fields(article.source, frozenset())]
    if article.pipeline is not None:
        rows += [
            (f"pipeline {name}", value) for name, value in _fields(article.pipeline, frozenset())
        ]
    rows.append(("schema_version", article.schema_version))
    return rows


def _extra(article: Article) -> list[tuple[str, str]]:
    """Article fields with no section of their own (``validation``, or a later schema's).

    An object-valued field is shown one row per member (``validation checked``...).
    """
    dumped = article.model_dump(mode="json")
    rows = []
    for name in type(article).model_fields:
        value = dumped.get(name)
        if name in ARTICLE_LAYOUT_FIELDS or value is None:
            continue
        if isinstance(value, dict):
            rows += [(f"{name} {key}", format_value(item)) for key, item in value.items()]
        else:
            rows.append((name, format_value(value)))
    return rows


def build_view(article: Article, *, removed: Sequence[RemovedBlock] | None = None) -> ReportView:
    """Everything the report of ``article`` shows.

    Args:
        article: the Article.
        removed: what the cleaner removed (``clean_page(page, trace=True).removed``); None when
            unknown (a report built from JSON output), which the report says.
    """
    ids = {fact.id for fact in article.facts}
    checks = sorted(article.checks, key=lambda c: STATUS_ORDER.get(c.status, 1))
    return ReportView(
        article=article,
        title=article.metadata.title or article.source.path or article.source.url or "Article",
        header=_header(article) + _extra(article),
        paragraphs=_paragraphs(article),
        facts=_fact_views(article),
        checks=[_check_view(check, ids) for check in checks],
        removed=None if removed is None else group_removed(removed),
    )
