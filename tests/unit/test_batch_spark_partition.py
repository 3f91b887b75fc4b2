"""The Spark engine's partition function on its own (no cluster): bad records cost only themselves."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from tests.unit.hostile_cases import article

from newsfacts.batch import spark
from newsfacts.batch.records import Record
from newsfacts.batch.writers import read_rows, shard_paths
from newsfacts.settings import Settings
from newsfacts.sources.files import InputFile


def _items(path: Path) -> InputFile:
    lines = [
        json.dumps({"id": "first", "html": article(101)}),
        json.dumps({"id": "slow", "html": article(102)}),
        '{"id": "broken", "html": ',
        json.dumps({"id": "deep", "html": "<div>" * 5000 + article(103) + "</div>" * 5000}),
        json.dumps({"id": "last", "html": article(104)}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return InputFile(str(path), "jsonl")


def test_spark_partition_turns_an_overrun_and_bad_records_into_error_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rules_nlp: Language
) -> None:
    real = spark.convert_record

    def convert(record: Record, *, nlp: Language, settings: Settings) -> dict[str, Any]:
        if record.id == "slow":
            time.sleep(30)  # a page that never finishes in time
        return real(record, nlp=nlp, settings=settings)

    monkeypatch.setattr(spark, "convert_record", convert)
    settings = Settings(model=None, record_timeout=1.0)
    out = tmp_path / "out"
    out.mkdir()
    started = time.monotonic()
    summaries = list(
        spark.convert_partition(
            0,
            [_items(tmp_path / "items.jsonl")],
            out=str(out),
            fmt="jsonl",
            first_shard=0,
            done=frozenset(),
            settings=settings,
        )
    )
    assert time.monotonic() - started < 20
    rows = {row["id"]: row for path in shard_paths(out) for row in read_rows(path)}
    assert list(rows) == ["first", "slow", f"{tmp_path / 'items.jsonl'}:3", "deep", "last"]
    assert rows["slow"]["error"]["type"] == "timeout"
    assert rows[f"{tmp_path / 'items.jsonl'}:3"]["error"]["type"] == "LoadError"
    assert rows["deep"]["error"]["type"] == "LimitError"
    assert rows["first"]["status"] == rows["last"]["status"] == "ok"
    assert summaries[0]["records"] == 5
