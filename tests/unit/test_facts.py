"""The schema's table of fact kinds agrees with the models and the Fact union."""

from __future__ import annotations

import re
import typing

import pytest

from newsfacts.facts import FACT_KINDS, Fact, FactKind, fact_kind


@pytest.mark.parametrize("kind", FACT_KINDS, ids=lambda kind: kind.label)
def test_fact_kind_label_is_the_models_kind(kind: FactKind) -> None:
    annotation = kind.model.model_fields["kind"].annotation
    assert typing.get_args(annotation) == (kind.label,)
    assert kind.model.model_fields["kind"].default == kind.label
    assert fact_kind(kind.label) is kind


def test_fact_kinds_are_the_members_of_the_fact_union() -> None:
    union, _ = typing.get_args(Fact)
    assert set(typing.get_args(union)) == {kind.model for kind in FACT_KINDS}
    assert len({kind.label for kind in FACT_KINDS}) == len(FACT_KINDS)


@pytest.mark.parametrize("kind", FACT_KINDS, ids=lambda kind: kind.label)
def test_fact_kind_color_is_rrggbb(kind: FactKind) -> None:
    assert re.fullmatch(r"#[0-9a-f]{6}", kind.color)


def test_fact_kind_unknown_label_raises_key_error() -> None:
    with pytest.raises(KeyError):
        fact_kind("no_such_kind")


def test_facts_given_the_same_fields_share_one_set_of_their_names() -> None:
    """A page of many facts holds one set of given names per combination, not one per fact."""
    from decimal import Decimal

    from newsfacts.facts import Article, QuantityFact

    def fact(n: int, **more: object) -> QuantityFact:
        text = f"{n} kg"
        return QuantityFact(
            id=f"f{n}", text=text, span=(0, len(text)), sentence=0, value=Decimal(n), **more
        )

    first, second, other = fact(1, unit="kg"), fact(2, unit="kg"), fact(3)
    assert first.model_fields_set is second.model_fields_set
    assert other.model_fields_set == {"id", "text", "span", "sentence", "value"}
    assert first.model_fields_set == other.model_fields_set | {"unit"}
    # a copy with changes gets its own set; the shared one is untouched
    copied = first.model_copy(update={"subject": "steel"})
    assert "subject" in copied.model_fields_set
    assert "subject" not in second.model_fields_set
    # read back from JSON, the facts are equal and share again
    article = Article(status="ok", facts=[first, second])
    again = Article.model_validate_json(article.model_dump_json())
    assert again.facts == [first, second]
    assert again.facts[0].model_fields_set is again.facts[1].model_fields_set
