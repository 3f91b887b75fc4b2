"""parse_pages (the spaCy work batched with nlp.pipe) gives what parse_page gives one by one."""

from __future__ import annotations

from spacy.language import Language
from tests.conftest import PAGES

from newsfacts import Article, CleanError
from newsfacts.pipeline import parse_page, parse_pages
from newsfacts.sources import RawPage, load_path


def test_parse_pages_equals_parse_page_one_by_one(nlp: Language) -> None:
    pages = [load_path(p) for p in sorted(PAGES.iterdir()) if p.suffix in {".html", ".txt"}]
    published = ["2026-04-24" if p.kind == "text" else None for p in pages]
    batched = parse_pages(list(zip(pages, published, strict=True)), nlp=nlp)
    single = [parse_page(p, published=d, nlp=nlp) for p, d in zip(pages, published, strict=True)]
    assert batched == single
    assert {a.status for a in batched if isinstance(a, Article)} == {"ok", "no_article"}


def test_parse_pages_keeps_a_bad_page_to_itself(nlp: Language) -> None:
    good = load_path(PAGES / "techwire__2026-04-24__token-usage.html")
    bad = RawPage(text="<?xml version='1.0'?>", kind="html", encoding="utf-8", sha256="0" * 64)
    results = parse_pages([(bad, None), (good, None), (bad, None)], nlp=nlp)
    assert [type(r).__name__ for r in results] == ["CleanError", "Article", "CleanError"]
    assert isinstance(results[0], CleanError)
    assert results[1] == parse_page(good, nlp=nlp)
