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
