"""``newsfacts stream``: JSON lines in through a real pipe, one row per line out, in order,
while the producer is still writing (issue 20, item 2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.unit.batch_archive import STORY_TEXT

ITEMS = [
    {"id": "first", "text": STORY_TEXT, "published": "2026-04-24"},
    {
        "id": "second",
        "html": "<html><body><article><p>" + STORY_TEXT + "</p></article></body></html>",
    },
]


def _command(*extra: str) -> list[str]:
    return [sys.executable, "-m", "newsfacts", "stream", "--model", "none", *extra]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONUNBUFFERED": "1"}


def _run(lines: list[str], *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _command(*extra),
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=300,
        env=_env(),
        check=True,
    )


def test_rows_come_out_in_order_one_per_line_with_a_bad_line_as_an_error_row() -> None:
    lines = [json.dumps(ITEMS[0]), "{not json", "", json.dumps(ITEMS[1]), json.dumps(["a"])]
    done = _run(lines, "--workers", "2")
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [row["id"] for row in rows] == ["first", "stdin:2", "second", "stdin:5"]
    assert [row["status"] for row in rows] == ["ok", "error", "ok", "error"]
    assert any(f["kind"] == "percent" for f in rows[0]["facts"])
    assert "4 records" in done.stderr or "4" in done.stderr
    assert done.stderr.count("\n") == 1  # stderr carries only the summary


def test_a_row_comes_out_before_stdin_closes() -> None:
    with subprocess.Popen(
        _command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=_env(),
    ) as process:
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.write((json.dumps(ITEMS[0]) + "\n").encode())
        process.stdin.flush()
        first = process.stdout.readline()  # blocks until the row is out; stdin is still open
        assert json.loads(first)["id"] == "first"
        assert process.poll() is None  # still running, still reading
        process.stdin.write((json.dumps(ITEMS[1]) + "\n").encode())
        process.stdin.flush()
        second = process.stdout.readline()
        assert json.loads(second)["id"] == "second"
        process.stdin.close()
        assert process.stdout.read() == b""
        assert process.wait(timeout=120) == 0


def test_duplicate_ids_in_a_stream_get_suffixes() -> None:
    lines = [json.dumps({**ITEMS[0], "id": "dup"}), json.dumps({**ITEMS[0], "id": "dup"})]
    done = _run(lines)
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == ["dup", "dup#2"]
