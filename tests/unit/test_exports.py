"""The public API: __all__ is sorted and complete, and parse() works on text and bytes."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.conftest import PAGES

import newsfacts
from newsfacts import Article, LoadError, facts_adapter, parse


def test_exports_all_is_sorted_and_resolvable() -> None:
    assert newsfacts.__all__ == sorted(newsfacts.__all__, key=str)
    for name in newsfacts.__all__:
        assert hasattr(newsfacts, name), name


def test_exports_every_fact_class_and_error_is_public() -> None:
    for name in (
        "QuantityFact",
        "PercentFact",
        "MoneyFact",
        "DateFact",
        "DateRangeFact",
        "OrganizationFact",
    ):
        assert name in newsfacts.__all__
    for name in (
        "NewsFactsError",
        "LoadError",
        "LimitError",
        "CleanError",
        "ModelError",
        "ExtractionError",
        "ConfigError",
    ):
        assert issubclass(getattr(newsfacts, name), Exception)


def test_parse_accepts_text_and_bytes_alike(nlp: Language) -> None:
    raw = (PAGES / "techwire__2026-04-24__token-usage.html").read_bytes()
    from_bytes = parse(raw, nlp=nlp)
    from_text = parse(raw.decode("utf-8"), nlp=nlp)
    assert from_bytes.facts == from_text.facts
    assert from_bytes.source.sha256 == from_text.source.sha256


def test_parse_empty_input_raises_a_typed_error(nlp: Language) -> None:
    with pytest.raises(LoadError, match="empty"):
        parse("   ", nlp=nlp)


def test_article_json_round_trips(nlp: Language) -> None:
    article = parse((PAGES / "techwire__2026-04-24__token-usage.html").read_bytes(), nlp=nlp)
    again = Article.model_validate_json(article.model_dump_json())
    assert again == article
    facts = facts_adapter.validate_python(article.model_dump(mode="json")["facts"])
    assert facts == article.facts
