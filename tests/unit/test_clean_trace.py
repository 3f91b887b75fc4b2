"""The cleaner's trace: what it removed, with the reason, only when asked (``trace=True``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import FIXTURES, PAGES

from newsfacts.clean import clean_html, clean_text
from newsfacts.clean.trace import DropLog, RemovedBlock

BODY = (
    "Container traffic through the northern terminal rose for a third straight month, the "
    "operator said on Tuesday, as shipping lines restored routes that had been suspended."
)
MORE = (
    "The terminal handled more cargo than in any month since the expansion opened, and managers "
    "expect the trend to continue into the summer season as new cranes arrive."
)
HTML_PAGES = sorted((FIXTURES / "clean").glob("*.html")) + sorted(PAGES.glob("*.html"))


@pytest.mark.parametrize("path", HTML_PAGES, ids=lambda p: p.name)
def test_clean_html_trace_changes_nothing_but_the_trace(path: Path) -> None:
    markup = path.read_text(encoding="utf-8")
    plain = clean_html(markup)
    traced = clean_html(markup, trace=True)
    assert traced.paragraphs == plain.paragraphs
    assert traced.metadata == plain.metadata
    assert traced.dropped == plain.dropped
    assert plain.removed == ()


def test_clean_text_trace_changes_nothing_but_the_trace() -> None:
    scrape = (PAGES / "techwire__2026-04-24__token-usage.txt").read_text(encoding="utf-8")
    plain = clean_text(scrape)
    traced = clean_text(scrape, trace=True)
    assert traced.paragraphs == plain.paragraphs
    assert traced.dropped == plain.dropped
    assert plain.removed == ()
    assert sum(plain.dropped.values()) == len(traced.removed)


def test_clean_text_trace_names_the_teaser_and_its_heading() -> None:
    scrape = (
        f"Port volumes climb\n\n{BODY}\n{MORE}\n\nRelated article\n"
        "Dock strike ends after ten days\nThe union and the operator agreed on a deal that\n"
        "\nComments (0)\n"
    )
    doc = clean_text(scrape, trace=True)
    assert doc.paragraphs == (BODY, MORE)
    assert RemovedBlock("teaser-heading", "Related article") in doc.removed
    assert RemovedBlock("teaser", "Dock strike ends after ten days") in doc.removed
    assert RemovedBlock("widget", "Comments (0)") in doc.removed


def test_clean_html_trace_keeps_readable_blocks_and_skips_code() -> None:
    markup = (
        "<html><body><script>var tracker = 'do not show me';</script>"
        f"<article><h1>Port volumes climb</h1><p>{BODY}</p>"
        "<aside><h3>Most read</h3><p>Fuel prices ease at the pump</p></aside>"
        f"<p>{MORE}</p><p>{MORE}</p></article></body></html>"
    )
    doc = clean_html(markup, trace=True)
    assert doc.paragraphs == (BODY, MORE)
    reasons = {block.reason: block.text for block in doc.removed}
    assert reasons["tag:aside"] == "Most read\nFuel prices ease at the pump"
    assert reasons["duplicate"] == MORE
    assert "tag:script" not in reasons, "script text is code, not a removed block to show"
    assert doc.dropped["tag:script"] == 1, "still counted"


def test_clean_html_trace_shows_a_nested_drop_once() -> None:
    markup = (
        f"<html><body><article><p>{BODY}</p>"
        "<aside><figure><figcaption>A crane at dusk</figcaption></figure></aside>"
        f"<p>{MORE}</p></article></body></html>"
    )
    doc = clean_html(markup, trace=True)
    shown = [block for block in doc.removed if "crane at dusk" in block.text]
    assert [block.reason for block in shown] == ["tag:aside"]


def test_drop_log_counts_without_keeping_text() -> None:
    log = DropLog()
    log.note("widget", "Share")
    log.note("sibling", count=2)
    assert dict(log.counts) == {"widget": 1, "sibling": 2}
    assert log.removed() == ()
    assert not log.tracing


def test_drop_log_keeps_text_in_order_when_tracing() -> None:
    log = DropLog(trace=True)
    log.note("widget", "Share")
    log.note("sibling", count=2)
    log.note("teaser", "Fuel prices ease")
    assert log.removed() == (
        RemovedBlock("widget", "Share"),
        RemovedBlock("teaser", "Fuel prices ease"),
    )
