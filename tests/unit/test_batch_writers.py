"""The Parquet schema follows the models: every field a column, and a page survives the trip."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel
from spacy.language import Language
from tests.conftest import PAGES

from newsfacts import Article, extract_text, parse
from newsfacts.batch.writers import open_shard, parquet_schema, read_rows
from newsfacts.facts import (
    FACT_KINDS,
    ArticleMetadata,
    Check,
    ErrorInfo,
    FactKind,
    PipelineInfo,
    Source,
    Validation,
)


def _struct_names(column: str) -> set[str]:
    arrow_type = parquet_schema().field(column).type
    if hasattr(arrow_type, "value_type"):  # a list of structs: facts, checks
        arrow_type = arrow_type.value_type
    return {arrow_type.field(i).name for i in range(arrow_type.num_fields)}


@pytest.mark.parametrize("kind", FACT_KINDS, ids=lambda kind: kind.label)
def test_parquet_schema_has_every_field_of_every_fact_kind(kind: FactKind) -> None:
    assert set(kind.model.model_fields) <= _struct_names("facts")


def _json_types(schema: dict[str, Any]) -> set[str]:
    """The JSON types a field's serialization schema allows (``anyOf`` unrolled)."""
    if "anyOf" in schema:
        return {t for member in schema["anyOf"] for t in _json_types(member)}
    return {schema.get("type", "?")}


@pytest.mark.parametrize("kind", FACT_KINDS, ids=lambda kind: kind.label)
def test_every_float_column_is_a_json_number(kind: FactKind) -> None:
    # a bare Decimal field is written as a JSON string (and then fails the Parquet float64 column):
    # numbers of a fact are declared ``Number``
    facts = parquet_schema().field("facts").type.value_type
    json_fields = kind.model.model_json_schema(mode="serialization")["properties"]
    for name in kind.model.model_fields:
        if str(facts.field(name).type) == "double":
            assert _json_types(json_fields[name]) - {"null"} <= {"number", "integer"}, name


def test_parquet_fact_columns_are_the_fields_of_the_fact_kinds() -> None:
    fields = {name for kind in FACT_KINDS for name in kind.model.model_fields}
    assert _struct_names("facts") == fields


@pytest.mark.parametrize(
    ("column", "model"),
    [
        ("checks", Check),
        ("validation", Validation),
        ("error", ErrorInfo),
        ("source", Source),
        ("metadata", ArticleMetadata),
        ("pipeline", PipelineInfo),
    ],
)
def test_parquet_schema_has_every_field_of_every_article_part(
    column: str, model: type[BaseModel]
) -> None:
    assert set(model.model_fields) == _struct_names(column)


def test_parquet_schema_columns_are_the_article_fields() -> None:
    assert parquet_schema().names == ["id", *Article.model_fields]


def _round_trip(article: Article, folder: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    row = {"id": "r1", **article.model_dump(mode="json")}
    shard = open_shard(folder, 0, "parquet")
    shard.write(row)
    (back,) = read_rows(shard.commit())
    return row, back


@pytest.mark.parametrize(
    "page",
    ["harbourledger__2026-03-12__port-results.html", "techwire__2026-04-24__token-usage.html"],
)
def test_parquet_round_trip_of_a_page_keeps_every_field(
    nlp: Language, page: str, tmp_path: Path
) -> None:
    article = parse((PAGES / page).read_bytes(), nlp=nlp)
    row, back = _round_trip(article, tmp_path)
    assert back == row
    assert Article.model_validate({k: v for k, v in back.items() if k != "id"}) == article


def test_parquet_round_trip_keeps_every_fact_kind(nlp: Language, tmp_path: Path) -> None:
    text = (
        "Harbour Freight Ltd said on 3 March 2026 that profit rose 12% to $4.5 million in the "
        "year to March 2026, on 1,200 containers."
    )
    article = extract_text(text, nlp=nlp, published="2026-04-24")
    assert {f.kind for f in article.facts} == {kind.label for kind in FACT_KINDS}
    row, back = _round_trip(article, tmp_path)
    assert back == row
    assert Article.model_validate({k: v for k, v in back.items() if k != "id"}) == article
