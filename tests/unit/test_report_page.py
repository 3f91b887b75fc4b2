"""The article report page: self-contained, escaped, every fact marked, checks linked to facts."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from lxml import html as lxml_html
from pydantic import Field

from newsfacts.clean import RemovedBlock
from newsfacts.facts import (
    Article,
    ArticleMetadata,
    Check,
    DateFact,
    OrganizationFact,
    PercentFact,
    QuantityFact,
)
from newsfacts.report import render_report
from newsfacts.report.view import build_view, dom_id, format_value

TEXT = (
    "Harbour Port Ltd moved 4.1 million boxes in March, up 12% from 3.6 million boxes."
    "\n\n"
    "Harbour Port Ltd said on 2026-03-11 that <script>alert('x')</script> volumes would rise."
)


def _span(needle: str, start: int = 0) -> tuple[int, int]:
    at = TEXT.index(needle, start)
    return (at, at + len(needle))


def _article(**updates: object) -> Article:
    second = TEXT.index("Harbour", 10)
    facts = [
        OrganizationFact(
            id="f1",
            text="Harbour Port Ltd",
            span=_span("Harbour Port Ltd"),
            sentence=0,
            name="Harbour Port Ltd",
            mentions=[_span("Harbour Port Ltd"), _span("Harbour Port Ltd", second)],
        ),
        QuantityFact(
            id="f2",
            text="4.1 million boxes",
            span=_span("4.1 million boxes"),
            sentence=0,
            value=Decimal("4.1e6"),
            unit="boxes",
        ),
        PercentFact(
            id="f3",
            text="12%",
            span=_span("12%"),
            sentence=0,
            value=Decimal(12),
            direction="up",
            measure="change",
            from_id="f4",
            to_id="f2",
        ),
        QuantityFact(
            id="f4",
            text="3.6 million boxes",
            span=_span("3.6 million boxes"),
            sentence=0,
            value=Decimal("3.6e6"),
            unit="boxes",
        ),
        DateFact(
            id="f5", text="2026-03-11", span=_span("2026-03-11"), sentence=1, date="2026-03-11"
        ),
    ]
    checks = [
        Check(
            id="c1",
            rule="pct_change",
            status="consistent",
            fact_ids=["f4", "f3", "f2"],
            expected=Decimal("13.9"),
            actual=Decimal(12),
            message="3.6 million -> 4.1 million is +13.9%",
        ),
        Check(
            id="c2",
            rule="pct_change",
            status="inconsistent",
            fact_ids=["f4", "f3", "f2"],
            expected=Decimal("13.9"),
            actual=Decimal(12),
            tolerance=Decimal("0.5"),
            message="3.6 million -> 4.1 million is +13.9%, the article says +12%",
        ),
    ]
    data: dict[str, object] = {
        "status": "ok",
        "metadata": ArticleMetadata(title="Port <b>volumes</b> & more", published="2026-03-12"),
        "text": TEXT,
        "facts": facts,
        "checks": checks,
    }
    data.update(updates)
    return Article.model_validate(data)


def _tree(page: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(page)


def test_report_is_self_contained() -> None:
    page = render_report(
        _article(), removed=[RemovedBlock("teaser", "Read more: fuel <img src=x>")]
    )
    tree = _tree(page)
    assert tree.xpath("//link") == []
    assert tree.xpath("//script[@src]") == []
    assert tree.xpath("//*[@src]") == []
    assert "@import" not in page
    assert "url(" not in page.replace("url(#arrow)", "")
    external = [a for a in tree.xpath("//a/@href") if re.match(r"(?i)\s*(https?:)?//", a)]
    assert external == []
    assert "default-src 'none'" in page, "the page forbids loading anything"


def test_report_links_only_an_http_source_address() -> None:
    good = _article(metadata=ArticleMetadata(canonical_url="https://port.example/news/1"))
    bad = _article(metadata=ArticleMetadata(canonical_url="javascript:alert(1)"))
    assert _tree(render_report(good)).xpath("//a[@rel='noreferrer noopener']/@href") == [
        "https://port.example/news/1"
    ]
    assert "javascript:alert" not in "".join(_tree(render_report(bad)).xpath("//a/@href"))


def test_report_escapes_hostile_article_text() -> None:
    page = render_report(_article(), removed=[RemovedBlock("widget", "<script>steal()</script>")])
    tree = _tree(page)
    scripts = tree.xpath("//script")
    assert len(scripts) == 1, "only the report's own script"
    assert "alert" not in scripts[0].text_content()
    assert "<script>alert('x')</script>" in tree.xpath("string(//section[@id='article'])")
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<script>steal()" not in page
    assert tree.xpath("//h1")[0].text_content() == "Port <b>volumes</b> & more"


def test_report_marks_every_fact_once_with_its_kind() -> None:
    tree = _tree(render_report(_article()))
    for fact in _article().facts:
        (mark,) = tree.xpath(f"//*[@id='{dom_id('fact', fact.id)}']")
        assert f"k-{fact.kind}" in mark.get("class")
        assert mark.text_content().startswith(fact.text)
        assert mark.get("href") == f"#detail-{fact.id}", (
            "readable without JS: a link to the details"
        )
    mentions = tree.xpath("//section[@id='article']//*[@data-fact='f1']")
    assert len(mentions) == 2, "every mention of an organization is marked"
    legend = tree.xpath("string(//ul[@class='legend'])")
    for label in ("organization (1)", "quantity (2)", "percent (1)", "date (1)"):
        assert label in legend


def test_report_checks_link_to_the_facts_they_cite() -> None:
    tree = _tree(render_report(_article()))
    checks = tree.xpath("//li[contains(@class,'check')]")
    assert [c.get("data-status") for c in checks] == ["inconsistent", "consistent"], (
        "failures first"
    )
    (link,) = checks[0].xpath(".//a[@class='check-link']")
    assert link.get("data-cites") == "f4 f3 f2"
    assert link.get("href") == "#fact-f4"
    cited = checks[0].xpath(".//p[@class='cites']/a/@href")
    assert cited == ["#fact-f4", "#fact-f3", "#fact-f2"]
    fields = dict(
        zip(checks[0].xpath(".//dt/text()"), checks[0].xpath(".//dd/text()"), strict=True)
    )
    assert fields == {"expected": "13.9", "actual": "12", "tolerance": "0.5"}


def test_report_percent_links_its_from_and_to_figures() -> None:
    tree = _tree(render_report(_article()))
    (mark,) = tree.xpath("//*[@id='fact-f3']")
    assert mark.get("data-links") == "from:f4 to:f2"
    details = tree.xpath("//li[@id='detail-f3']//ul[@class='links']//a/@href")
    assert details == ["#fact-f4", "#fact-f2"]


def test_report_target_highlight_works_without_javascript() -> None:
    page = render_report(_article())
    assert re.search(r"\.fact:target[^{]*\{[^}]*outline:3px solid", page)


def test_report_removed_blocks_are_collapsed_and_grouped_by_reason() -> None:
    removed = [
        RemovedBlock("teaser", "Dock strike ends after ten days"),
        RemovedBlock("widget", "Comments (0)"),
        RemovedBlock("teaser", "Fuel prices ease at the"),
    ]
    tree = _tree(render_report(_article(), removed=removed))
    (details,) = tree.xpath("//section[@id='removed']//details")
    assert details.get("open") is None, "collapsed by default"
    headings = [h.text_content() for h in details.xpath(".//h3")]
    assert headings[0].startswith("teaser (2): a teaser")
    assert headings[1].startswith("widget (1)")
    assert [q.text_content() for q in details.xpath(".//blockquote")][:2] == [
        "Dock strike ends after ten days",
        "Fuel prices ease at the",
    ]


def test_report_without_a_trace_says_the_removed_blocks_are_unknown() -> None:
    text = _tree(render_report(_article())).xpath("string(//section[@id='removed'])")
    assert "Not recorded" in text


class _CheckWithNote(Check):
    reviewer_note: str = "checked by hand"


class _ArticleWithAudit(Article):
    audit: dict[str, int] = Field(default_factory=lambda: {"reviewed": 1})


def test_report_shows_fields_a_later_schema_adds() -> None:
    base = _article()
    checks = [_CheckWithNote(**c.model_dump()) for c in base.checks]
    article = _ArticleWithAudit.model_validate({**dict(base), "checks": checks})
    tree = _tree(render_report(article))
    check = tree.xpath("//li[@id='check-c2']")[0]
    fields = dict(zip(check.xpath(".//dt/text()"), check.xpath(".//dd/text()"), strict=True))
    assert fields["reviewer_note"] == "checked by hand"
    header = tree.xpath("//header//dl")[0]
    cells = [el.text_content() for el in header.xpath("./dt|./dd")]
    rows = dict(zip(cells[::2], cells[1::2], strict=True))
    assert rows["audit reviewed"] == "1"


def test_report_nests_overlapping_facts_without_nested_links() -> None:
    article = _article()
    inner = QuantityFact(id="f9", text="4.1", span=_span("4.1"), sentence=0, value=Decimal("4.1"))
    crossing = DateFact(
        id="f8", text="boxes in March", span=_span("boxes in March"), sentence=0, date="2026-03-01"
    )
    tree = _tree(
        render_report(article.model_copy(update={"facts": [*article.facts, inner, crossing]}))
    )
    (outer,) = tree.xpath("//*[@id='fact-f2']")
    (nested,) = outer.xpath(".//*[@data-fact='f9']")
    assert nested.tag == "span"
    assert nested.get("tabindex") == "0"
    assert tree.xpath("//a//a") == []
    (cut,) = tree.xpath("//*[@id='fact-f8']")
    assert cut.text_content().startswith(" in March"), "cut back to start after the figure"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (20600000000000, "20,600,000,000,000"),
        (12, "12"),
        (True, "yes"),
        (["A", "B"], "A, B"),
        ([[1, 2]], "[[1, 2]]"),
    ],
)
def test_format_value_reads_like_a_person_writes(value: object, shown: str) -> None:
    assert format_value(value) == shown


def test_view_title_falls_back_to_the_source() -> None:
    article = _article(metadata=ArticleMetadata(), source={"path": "pages/a.html"})
    assert build_view(article).title == "pages/a.html"


def test_report_hostile_fact_ids_stay_inside_their_attributes() -> None:
    article = _article()
    hostile = '"><script>x()</script>'
    facts = [f.model_copy(update={"id": hostile}) if f.id == "f5" else f for f in article.facts]
    checks = [c.model_copy(update={"fact_ids": [hostile]}) for c in article.checks]
    page = render_report(article.model_copy(update={"facts": facts, "checks": checks}))
    tree = _tree(page)
    assert len(tree.xpath("//script")) == 1
    (mark,) = tree.xpath("//section[@id='article']//*[@data-kind='date']")
    assert mark.get("data-fact") == hostile
    assert mark.get("id") == "fact-___script_x____script_"
    assert tree.xpath("//li[@id='check-c2']//a[@class='check-link']/@data-cites") == [hostile]
