"""Batch worker processes start with one BLAS / OpenMP thread each (Settings.worker_threads)."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from newsfacts.batch.supervise import THREAD_ENV, _Worker, worker_environment
from newsfacts.settings import Settings


def _environ_of(worker: _Worker) -> dict[str, str]:
    # Read once the worker says it is ready: between fork and exec, /proc shows the driver's
    # environment as it was when the driver itself started.
    assert worker.conn.poll(60)
    assert worker.conn.recv() == ("ready",)
    raw = Path(f"/proc/{worker.process.pid}/environ").read_bytes()
    pairs = (item.partition(b"=") for item in raw.split(b"\0") if item)
    return {key.decode(): value.decode() for key, _, value in pairs}


@pytest.fixture
def clear_thread_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in THREAD_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("clear_thread_env")
def test_worker_environment_sets_every_thread_variable() -> None:
    assert worker_environment(1) == dict.fromkeys(THREAD_ENV, "1")
    assert worker_environment(3)["OPENBLAS_NUM_THREADS"] == "3"
    assert worker_environment(None) == {}


@pytest.mark.usefixtures("clear_thread_env")
def test_worker_environment_leaves_what_the_caller_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMP_NUM_THREADS", "4")
    env = worker_environment(1)
    assert "OMP_NUM_THREADS" not in env
    assert env["OPENBLAS_NUM_THREADS"] == "1"


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")
@pytest.mark.usefixtures("clear_thread_env")
def test_spawned_worker_starts_with_one_thread_and_the_driver_is_untouched() -> None:
    context = multiprocessing.get_context("spawn")
    worker = _Worker(context, Settings(model=None, worker_threads=1))
    try:
        seen = _environ_of(worker)
        assert {name: seen.get(name) for name in THREAD_ENV} == dict.fromkeys(THREAD_ENV, "1")
        assert not any(name in os.environ for name in THREAD_ENV)
    finally:
        worker.kill()


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")
@pytest.mark.usefixtures("clear_thread_env")
def test_spawned_worker_keeps_library_defaults_when_threads_is_none() -> None:
    context = multiprocessing.get_context("spawn")
    worker = _Worker(context, Settings(model=None, worker_threads=None))
    try:
        seen = _environ_of(worker)
        assert not any(name in seen for name in THREAD_ENV)
    finally:
        worker.kill()


@pytest.mark.parametrize(
    ("option", "threads"),
    [([], 1), (["--worker-threads", "2"], 2), (["--worker-threads", "0"], None)],
)
def test_batch_cli_worker_threads_option(option: list[str], threads: int | None) -> None:
    from newsfacts.cli import _limit_settings, build_parser

    args = build_parser().parse_args(["batch", "pages", "-o", "out", *option])
    assert _limit_settings(args).worker_threads == threads
