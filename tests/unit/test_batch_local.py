"""The local batch engine: one output row per record, every format, summaries, the CLI."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from tests.unit.batch_archive import Archive, build_mixed_archive

from newsfacts.batch.local import run_local
from newsfacts.batch.progress import Progress, Summary
from newsfacts.batch.writers import parquet_schema, read_rows, shard_paths
from newsfacts.cli import main


def _rows(folder: Path) -> list[dict[str, Any]]:
    return [row for path in shard_paths(folder) for row in read_rows(path)]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    return build_mixed_archive(tmp_path_factory.mktemp("mixed"))


@pytest.fixture(scope="module")
def jsonl_run(archive: Archive, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Summary]:
    out = tmp_path_factory.mktemp("out") / "jsonl"
    summary = run_local(archive.inputs, out, workers=1, fmt="jsonl", shard_size=4)
    return out, summary


def test_batch_mixed_archive_one_row_per_record(
    jsonl_run: tuple[Path, Summary], archive: Archive
) -> None:
    out, _ = jsonl_run
    rows = _rows(out)
    assert [row["id"] for row in rows] == archive.ids
    errors = {row["id"] for row in rows if row["status"] == "error"}
    assert errors == archive.error_ids
    for row in rows:
        if row["status"] == "error":
            assert set(row) == {"id", "status", "error"}
            assert set(row["error"]) == {"type", "message"}
            assert row["error"]["type"] == "LoadError"
        else:
            assert row["schema_version"] == "1.0"
            assert row["facts"]


def test_batch_shards_are_atomic_and_sized(
    jsonl_run: tuple[Path, Summary], archive: Archive
) -> None:
    out, summary = jsonl_run
    names = sorted(p.name for p in out.iterdir())
    shards = (len(archive.ids) + 3) // 4
    assert names == [f"part-{n:05d}.jsonl" for n in range(shards)]
    assert summary.shards == [str(out / name) for name in names]


def test_batch_jsonl_lines_are_json_objects(jsonl_run: tuple[Path, Summary]) -> None:
    out, _ = jsonl_run
    for path in shard_paths(out):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert isinstance(json.loads(line), dict)


def test_batch_warc_date_is_the_default_published_date(jsonl_run: tuple[Path, Summary]) -> None:
    rows = {row["source"]["url"]: row for row in _rows(jsonl_run[0]) if row["status"] == "ok"}
    undated = rows["https://brightcup.example/news"]
    assert undated["metadata"]["published"] == "2026-04-20"
    assert "Brightcup Café" in undated["text"]
    # a page with its own date keeps it
    assert rows["https://techwire.example/a"]["metadata"]["published"].startswith("2026-04-24")


def test_batch_jsonl_item_published_and_url_apply(jsonl_run: tuple[Path, Summary]) -> None:
    row = next(r for r in _rows(jsonl_run[0]) if r["id"] == "item-port")
    assert row["metadata"]["published"] == "2026-03-12"
    assert row["source"]["url"] == "https://www.harbourledger.example/port"


def test_batch_summary_counts_match_the_rows(jsonl_run: tuple[Path, Summary]) -> None:
    out, summary = jsonl_run
    rows = _rows(out)
    statuses = Counter(row["status"] for row in rows)
    assert summary.records == len(rows)
    assert summary.ok == statuses["ok"]
    assert summary.no_article == statuses["no_article"]
    assert summary.errors == statuses["error"]
    assert summary.facts == sum(len(row.get("facts") or ()) for row in rows)
    inconsistent = sum(
        check["status"] == "inconsistent" for row in rows for check in row.get("checks") or ()
    )
    assert summary.inconsistent == inconsistent
    assert summary.wall_seconds > 0
    assert f"{summary.records} records: {summary.ok} ok" in summary.format()


def test_batch_json_format_is_one_array_per_shard(
    archive: Archive, jsonl_run: tuple[Path, Summary], tmp_path: Path
) -> None:
    run_local(archive.inputs, tmp_path / "json", workers=1, fmt="json", shard_size=5)
    for path in shard_paths(tmp_path / "json"):
        assert isinstance(json.loads(path.read_text(encoding="utf-8")), list)
    assert _rows(tmp_path / "json") == _rows(jsonl_run[0])


def test_batch_parquet_round_trip(
    archive: Archive, jsonl_run: tuple[Path, Summary], tmp_path: Path
) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "parquet"
    run_local(archive.inputs, out, workers=1, fmt="parquet", shard_size=100)
    (path,) = shard_paths(out)
    schema = pq.read_schema(path)
    assert schema.equals(parquet_schema(), check_metadata=False)
    facts = schema.field("facts").type
    assert str(facts.value_type).startswith("struct<")
    assert all(field.nullable for field in facts.value_type)
    assert _rows(out) == _rows(jsonl_run[0])


def test_batch_two_workers_give_the_same_rows(
    archive: Archive, jsonl_run: tuple[Path, Summary], tmp_path: Path
) -> None:
    summary = run_local(archive.inputs, tmp_path / "two", workers=2, shard_size=3)
    assert _rows(tmp_path / "two") == _rows(jsonl_run[0])
    assert summary.records == len(archive.ids)


def test_batch_limit_and_resume_complete_the_run(archive: Archive, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_local(archive.inputs, out, workers=1, limit=5)
    assert first.records == 5
    second = run_local(archive.inputs, out, workers=1, resume=True)
    assert second.skipped == 5
    assert second.records == len(archive.ids) - 5
    ids = [row["id"] for row in _rows(out)]
    assert sorted(ids) == sorted(archive.ids)


def test_batch_progress_is_silent_without_a_terminal(
    archive: Archive, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    progress = Progress()
    assert not progress.enabled  # pytest's captured stderr is not a TTY
    run_local(archive.inputs[1:2], tmp_path / "o", workers=1, progress=progress)
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out == ""


def test_batch_cli_writes_shards_and_a_summary(
    archive: Archive, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli"
    args = ["batch", *map(str, archive.inputs), "-o", str(out), "--workers", "1"]
    assert main([*args, "--format", "parquet"]) == 0
    err = capsys.readouterr().err
    assert f"{len(archive.ids)} records:" in err
    assert f"{len(archive.error_ids)} errors" in err
    assert len(_rows(out)) == len(archive.ids)
    # a second run into the same folder needs --resume
    assert main([*args, "--format", "parquet"]) == 2
    assert main([*args, "--format", "parquet", "--resume"]) == 0
    assert "0 records" in capsys.readouterr().err
    assert len(_rows(out)) == len(archive.ids)


@pytest.mark.parametrize(
    "extra",
    [
        ["--workers", "0"],
        ["--limit", "-1"],
        ["--format", "xml"],
        ["--engine", "dask"],
        ["--master", "spark://127.0.0.1:7077"],
    ],
)
def test_batch_cli_usage_errors_exit_2(tmp_path: Path, extra: list[str]) -> None:
    page = tmp_path / "p.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    assert main(["batch", str(page), "-o", str(tmp_path / "o"), *extra]) == 2


def test_batch_cli_missing_input_exits_2(tmp_path: Path) -> None:
    assert main(["batch", str(tmp_path / "nope"), "-o", str(tmp_path / "o")]) == 2
