"""Killing a batch run leaves only valid shards, and --resume finishes it: every id exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from tests.unit.batch_archive import build_text_items

from newsfacts.batch.local import run_local
from newsfacts.batch.writers import read_rows, shard_paths

COUNT = 300  # enough that a signal arriving late on a loaded machine still lands mid-run


def _default_sigint() -> None:
    """Give the child Ctrl-C's default disposition, as a terminal does.

    A suite started in the background of a non-interactive shell (``make test &``, a CI runner)
    runs with SIGINT ignored, and an ignored signal stays ignored across ``exec``: Python then
    installs no KeyboardInterrupt handler and the run cannot be interrupted at all.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(items: Path, out: Path, log: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "newsfacts", "batch", str(items), "-o", str(out)]
    command += ["--workers", "1", "--shard-size", "5", "--model", "none"]
    with open(log, "wb") as stderr:
        return subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=stderr, preexec_fn=_default_sigint
        )


def _wait_for_shards(process: subprocess.Popen[bytes], out: Path, count: int) -> None:
    deadline = time.monotonic() + 120
    while len(shard_paths(out)) < count:
        assert process.poll() is None, "the run ended before it could be interrupted"
        assert time.monotonic() < deadline, "no shards appeared"
        time.sleep(0.05)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_batch_resume_after_a_killed_run(tmp_path: Path, sig: signal.Signals) -> None:
    items = tmp_path / "items.jsonl"
    ids = build_text_items(items, COUNT)
    out = tmp_path / "out"
    process = _start(items, out, tmp_path / "stderr.log")
    try:
        _wait_for_shards(process, out, 2)
        os.kill(process.pid, sig)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    done = [row["id"] for path in shard_paths(out) for row in read_rows(path)]
    assert 10 <= len(done) < COUNT, "the run was not interrupted mid-way"
    assert len(done) == len(set(done))
    if sig == signal.SIGINT:  # Ctrl-C commits the shard in progress: nothing half-written stays
        assert not list(out.glob(".*.tmp"))

    from newsfacts.settings import Settings

    summary = run_local([items], out, workers=1, resume=True, settings=Settings(model=None))
    assert summary.skipped == len(done)
    assert summary.records == COUNT - len(done)
    assert not list(out.glob(".*.tmp"))
    rows = [row for path in shard_paths(out) for row in read_rows(path)]
    counts = Counter(row["id"] for row in rows)
    assert set(counts) == set(ids)
    assert set(counts.values()) == {1}
    assert all(row["status"] == "ok" for row in rows)
