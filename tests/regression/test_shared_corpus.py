"""Checks on the real pages in ../shared (read from there, never copied): page by page, the
cleaner must keep every gold fact of news-dev and leak none of its boilerplate strings; no corpus
page comes out empty; dates never start or end inside a word. Skipped only where ../shared is
absent.

The floors on figures (aeb-dev F1, the realworld strings, the validator's recall and false
alarms, and every other benchmark figure) are data in bench/baseline.json, checked by
tests/regression/test_gate.py."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from tests.conftest import ROOT, SHARED

from newsfacts.clean import clean_html

NEWS_DEV = SHARED / "gold" / "news-dev.jsonl"


def _bench(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _records() -> list[dict[str, object]]:
    if not NEWS_DEV.exists():
        return []
    return [json.loads(line) for line in NEWS_DEV.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.skipif(not NEWS_DEV.exists(), reason="../shared/gold is not beside the repository")
@pytest.mark.parametrize("record", _records(), ids=lambda r: str(r["id"]))
def test_news_dev_page_keeps_every_fact_and_leaks_no_boilerplate(record: dict) -> None:
    check = _bench("news_dev_check")
    leaks, missing = check.check_page(record, SHARED / "corpus" / "news-dev")
    assert leaks == [], f"boilerplate in the cleaned text: {leaks}"
    assert missing == [], f"gold facts not in the cleaned text: {missing}"


CORPUS = SHARED / "corpus"


def _corpus_pages() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    truth_file = CORPUS / "aeb-dev" / "ground-truth.json"
    truth = json.loads(truth_file.read_text(encoding="utf-8")) if truth_file.exists() else {}
    pages = [
        CORPUS / "aeb-dev" / "html" / f"{pid}.html.gz"
        for pid, item in sorted(truth.items())
        if (item.get("articleBody") or "").strip()
    ]
    for folder in ("news-dev", "news-pool", "trafilatura-realworld/pages"):
        pages += sorted(p for p in (CORPUS / folder).glob("*") if p.suffix in {".html", ".htm"})
    return pages


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_no_corpus_page_with_a_body_comes_out_empty() -> None:
    """Every page of ../shared/corpus has an article body (aeb-dev: where the reference has one):
    none may come out empty or as a few words."""
    from newsfacts.clean import clean_page
    from newsfacts.sources.raw import load_path

    short = []
    for path in _corpus_pages():
        text = clean_page(load_path(path)).text
        if len(text.split()) < 15:
            short.append(f"{path.parent.name}/{path.name}: {len(text)} characters")
    assert short == []


def _every_corpus_page() -> list[Path]:
    """Every page of ../shared/corpus, with or without a reference body."""
    if not CORPUS.is_dir():
        return []
    pages = [*CORPUS.glob("*/*.html"), *CORPUS.glob("*/pages/*.html"), *CORPUS.glob("*/html/*.gz")]
    return sorted(pages)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the repository")
def test_no_date_starts_or_ends_inside_a_word_anywhere_in_the_corpus() -> None:
    """Issue 14: "Marchetti", "Augustine", "Junella" hold no month, on every page we have."""
    import datetime as dt
    import gzip

    from newsfacts.extract.dates import find_dates

    inside: list[str] = []
    pages = _every_corpus_page()
    assert len(pages) > 200
    for path in pages:
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        text = clean_html(raw.decode("utf-8", errors="replace")).text
        for mention in find_dates(text, published=dt.date(2020, 6, 15)):
            before = text[mention.start - 1 : mention.start]
            after = text[mention.end : mention.end + 1]
            if before.isalpha() or (after.isalpha() and not text[mention.end - 1].isspace()):
                inside.append(f"{path.name}: …{text[mention.start - 10 : mention.end + 10]!r}")
    assert inside == []


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the repository")
def test_the_date_anchor_prefilter_changes_no_date_on_any_corpus_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Skipping paragraphs without a date anchor, and each pattern where its trigger (a month
    name, a digit, a weekday) is missing, finds exactly what scanning everything finds."""
    import datetime as dt
    import gzip

    import newsfacts.extract.dates as dates

    texts = []
    for path in _every_corpus_page():
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        texts.append(clean_html(raw.decode("utf-8", errors="replace")).text)
    day = dt.date(2020, 6, 15)
    filtered = [dates.find_dates(text, published=day) for text in texts]
    monkeypatch.setattr(dates, "paragraphs_holding", lambda text, _anchor: [(0, len(text))])
    monkeypatch.setattr(dates, "NEEDS", {})
    everything = [dates.find_dates(text, published=day) for text in texts]
    assert filtered == everything
    assert sum(len(found) for found in everything) > 1000  # the pages do hold dates


def test_the_digit_prefilter_of_name_spans_changes_nothing_on_any_corpus_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Scanning only the paragraphs with a digit finds the name spans of the whole text."""
    import gzip

    import newsfacts.extract.roles as roles

    texts = []
    for path in _every_corpus_page():
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        texts.append(clean_html(raw.decode("utf-8", errors="replace")).text)
    roles._name_spans.cache_clear()
    filtered = [roles.name_spans(text) for text in texts]
    roles._name_spans.cache_clear()
    monkeypatch.setattr(roles, "stretches_holding", lambda text, _anchor: [(0, len(text))])
    everything = [roles.name_spans(text) for text in texts]
    roles._name_spans.cache_clear()
    assert filtered == everything
    assert sum(len(found) for found in everything) > 100  # the pages do hold names
