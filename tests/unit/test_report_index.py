"""A batch run's report folder: index.html listing records and inconsistent checks, one page each."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html
from spacy.language import Language
from tests.conftest import PAGES

from newsfacts.cli import main
from newsfacts.pipeline import parse, parse_page
from newsfacts.report.index import entry_for_row, removed_blocks, report_name, write_batch_report
from newsfacts.sources import load_path

TOKEN_HTML = PAGES / "techwire__2026-04-24__token-usage.html"


def _edited_token_page() -> str:
    source = TOKEN_HTML.read_text(encoding="utf-8")
    old = "dropped 23.77% week-over-week to 4.44 trillion tokens"
    assert old in source, "fixture changed"
    return source.replace(
        old, "dropped 23.77% week-over-week from 6.10 trillion to 4.44 trillion tokens"
    )


@pytest.fixture(scope="module")
def rows(nlp: Language) -> list[dict[str, Any]]:
    good = parse(TOKEN_HTML.read_text(encoding="utf-8"), published="2026-04-24", nlp=nlp)
    bad = parse(_edited_token_page(), published="2026-04-24", nlp=nlp)
    return [
        {"id": "pages/good.html", **good.model_dump(mode="json")},
        {"id": "pages/<bad>.html", **bad.model_dump(mode="json")},
        {"id": "w/3", "status": "error", "error": {"type": "LoadError", "message": "binary input"}},
        {"id": "w/4", "status": "weird"},
    ]


def test_write_batch_report_links_every_article_and_its_inconsistent_checks(
    rows: list[dict[str, Any]], tmp_path: Path
) -> None:
    index = write_batch_report(rows, tmp_path / "report")
    tree = lxml_html.document_fromstring(index.read_text(encoding="utf-8"))
    body_rows = tree.xpath("//table[@class='index']/tbody/tr")
    assert len(body_rows) == 4
    statuses = [r.xpath("string(.//span[contains(@class,'badge')])") for r in body_rows]
    assert statuses == ["ok", "ok", "error", "unreadable"]
    links = tree.xpath("//table[@class='index']//a/@href")
    assert links == [
        f"articles/{report_name('pages/good.html')}",
        f"articles/{report_name('pages/<bad>.html')}",
    ]
    for link in links:
        page = (index.parent / link).read_text(encoding="utf-8")
        assert 'href="../index.html"' in page
    heads = tree.xpath("//table[@class='index']/thead//th/text()")
    assert {"quantity", "percent", "organization", "date range"} <= set(heads)
    first_cells = body_rows[0].xpath("./td/text()")
    verdicts = Counter(check["status"] for check in rows[0]["checks"])
    assert ", ".join(f"{n} {status}" for status, n in sorted(verdicts.items())) in first_cells
    # the inconsistent check of the edited page, linked to its place in the article's report
    items = tree.xpath("//section[@id='inconsistent']//li")
    assert len(items) == 1
    (href,) = items[0].xpath(".//a/@href")
    assert href.startswith(f"articles/{report_name('pages/<bad>.html')}#check-c")
    target = lxml_html.document_fromstring((index.parent / href.split("#")[0]).read_bytes())
    assert target.xpath(f"//li[@id='{href.split('#')[1]}']/@data-status") == ["inconsistent"]
    assert "binary input" in tree.xpath("string(//table)")
    assert "w/4" in tree.xpath("string(//table)"), "an unreadable row is listed, not dropped"
    assert list((index.parent / "articles").glob(".*")) == [], "no temporary files left"


def test_entry_for_error_row_has_no_report_page() -> None:
    entry, article = entry_for_row(
        {"id": "x", "status": "error", "error": {"type": "LoadError", "message": "m"}}
    )
    assert article is None
    assert entry.href is None
    assert entry.error == "LoadError: m"


@pytest.mark.parametrize("record_id", ["a/b.html", "../../etc/passwd", "w.warc.gz#0042", "ü" * 200])
def test_report_name_is_a_safe_file_name(record_id: str) -> None:
    name = report_name(record_id)
    assert "/" not in name
    assert not name.startswith(".")
    assert name.endswith(".html")
    assert len(name) < 90
    assert report_name(record_id) != report_name(record_id + "x")


def test_cli_batch_report_writes_an_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "token.html").write_text(_edited_token_page(), encoding="utf-8")
    (pages / "port.html").write_bytes(
        (PAGES / "harbourledger__2026-03-12__port-results.html").read_bytes()
    )
    out, report = tmp_path / "out", tmp_path / "report"
    assert (
        main(["batch", str(pages), "-o", str(out), "--workers", "1", "--report", str(report)]) == 0
    )
    assert f"report written to {report / 'index.html'}" in capsys.readouterr().err
    tree = lxml_html.document_fromstring((report / "index.html").read_bytes())
    assert len(tree.xpath("//table[@class='index']/tbody/tr")) == 2
    assert len(list((report / "articles").glob("*.html"))) == 2
    assert tree.xpath("//section[@id='inconsistent']//li"), (
        "the edited page's failing check is listed"
    )
    token_report = next(p for p in (report / "articles").glob("*.html") if "token" in p.name)
    removed = lxml_html.document_fromstring(token_report.read_bytes()).xpath(
        "string(//section[@id='removed'])"
    )
    assert "Most read" in removed, "a page file still on disk shows what the cleaner removed"


def test_removed_blocks_only_for_an_unchanged_page_file(tmp_path: Path, nlp: Language) -> None:
    page_file = tmp_path / "token.html"
    page_file.write_bytes(TOKEN_HTML.read_bytes())
    article = parse_page(load_path(page_file), nlp=nlp)
    blocks = removed_blocks(article)
    assert blocks is not None
    assert any("Most read" in block.text for block in blocks)
    page_file.write_bytes(TOKEN_HTML.read_bytes() + b"<!-- edited since -->")
    assert removed_blocks(article) is None, "the file changed: its trace would not be this run's"
    page_file.unlink()
    assert removed_blocks(article) is None


@pytest.mark.parametrize(("trace_pages", "shown"), [(True, "Most read"), (False, "Not recorded")])
def test_write_batch_report_page_traces_can_be_turned_off(
    tmp_path: Path, nlp: Language, trace_pages: bool, shown: str
) -> None:
    article = parse_page(load_path(TOKEN_HTML), nlp=nlp)
    row = {"id": "token", **article.model_dump(mode="json")}
    index = write_batch_report([row], tmp_path / "r", trace_pages=trace_pages)
    (page,) = (index.parent / "articles").glob("*.html")
    removed = lxml_html.document_fromstring(page.read_bytes()).xpath(
        "string(//section[@id='removed'])"
    )
    assert shown in removed


def test_bidi_controls_in_ids_are_shown_escaped(tmp_path: Path) -> None:
    rows = [
        {"id": "w/\u202egpj.exe", "status": "error", "error": {"type": "LoadError", "message": "x"}}
    ]
    index = write_batch_report(rows, tmp_path / "report").read_text(encoding="utf-8")
    assert "\u202e" not in index
    assert "w/\\u202egpj.exe" in index
