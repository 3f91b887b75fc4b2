"""Hostile input, round two (issue 18): crashes that must become typed errors or plain output."""

from __future__ import annotations

import pytest

from newsfacts.clean import clean_html
from newsfacts.sources.raw import load_bytes

BODY = (
    "<p>The harbour board said on Monday that container volumes rose 4% in the first quarter, "
    "helped by two new routes to the north and a faster crane schedule at the main quay.</p>"
)


def test_json_ld_nested_a_thousand_deep_is_ignored_not_a_crash() -> None:
    script = '<script type="application/ld+json">' + "[" * 1000 + "]" * 1000 + "</script>"
    doc = clean_html(f"<html><head>{script}</head><body><article>{BODY}</article></body></html>")
    assert "container volumes rose 4%" in doc.text


def test_json_ld_objects_nested_past_the_cap_are_not_walked() -> None:
    deep = '{"@graph": ' * 50 + '{"@type": "NewsArticle", "headline": "Deep"}' + "}" * 50
    script = f'<script type="application/ld+json">{deep}</script>'
    page = f"<html><head>{script}<title>Harbour volumes</title></head><body>{BODY}</body></html>"
    assert clean_html(page).metadata.title == "Harbour volumes"


def test_a_charset_that_names_no_text_encoding_falls_back_to_utf8() -> None:
    for charset in ("punycode", "rot13", "zlib", "no-such-charset"):
        raw = (f'<html><head><meta charset="{charset}"></head><body>{BODY}</body></html>').encode()
        page = load_bytes(raw)
        assert "container volumes rose 4%" in page.text


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    from newsfacts.cli import main

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("newsfacts ")
