"""The public API: __all__ is sorted and complete, and parse() works on text and bytes."""

from __future__ import annotations
import __future__

import typing
from types import ModuleType

import pytest
from spacy.language import Language
from tests.conftest import PAGES

import newsfacts
from newsfacts import Article, LoadError, errors, facts_adapter, parse
from newsfacts.facts import FACT_KINDS, FactKind


def _defined_names() -> set[str]:
    """The public names the package's top level defines or imports, and those it loads lazily."""
    names = {
        name
        for name, value in vars(newsfacts).items()
        if not name.startswith("_")
        and not isinstance(value, ModuleType)  # submodules: newsfacts.facts, logging...
        and not any(value is getattr(helper, name, object()) for helper in (typing, __future__))
    }
    return names | newsfacts._PIPELINE_NAMES | {"__version__"}


def test_exports_all_is_sorted_and_complete() -> None:
    # as httpx's tests/test_exported_members.py: every public name is in __all__, in order
    assert newsfacts.__all__ == sorted(_defined_names())


def test_exports_all_is_resolvable() -> None:
    for name in newsfacts.__all__:
        assert hasattr(newsfacts, name), name


@pytest.mark.parametrize("kind", FACT_KINDS, ids=lambda kind: kind.label)
def test_exports_every_fact_kind_model_is_public(kind: FactKind) -> None:
    name = kind.model.__name__
    assert name in newsfacts.__all__
    assert getattr(newsfacts, name) is kind.model


@pytest.mark.parametrize("name", errors.__all__)
def test_exports_every_error_is_public(name: str) -> None:
    assert name in newsfacts.__all__
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
