"""Supervised worker processes: a hang or a crash costs one record, never the run.

The supervisor (the driver process) owns ``workers`` processes, each with its own pipe. A worker
loads the spaCy pipeline once, says it is ready, then converts one task at a time: a chunk of up
to :data:`CHUNK` records (``nlp.pipe`` batching), or a single record. The supervisor gives every
task a deadline of ``Settings.record_timeout`` seconds, measured by itself from the moment the
task is sent, so a worker stuck in C code or in an endless loop cannot escape it.

When a task fails, because its worker overran the deadline (the worker is killed) or died
(segfault in a C extension, killed by the kernel for memory), a fresh worker replaces it and:

- a chunk is split: its records are sent again one at a time, each with the full budget, so only
  the record that really hangs or crashes is lost;
- a single record becomes an error row of type ``timeout`` or ``worker_died``.

A chunk that finishes within the budget proves that each of its records did, so the fast path
never hides an overrun. Rows come out in input order, exactly one per record.

Test hooks: when the environment variable :data:`TEST_HOOKS_ENV` is ``1`` (set by the test suite
and ``bench/hostile_table.py`` only), a worker given a record whose content holds
:data:`HANG_MARKER` sleeps forever, one given :data:`CRASH_MARKER` kills itself with ``SIGSEGV``
and one given :data:`KILL_MARKER` with ``SIGKILL`` (what the kernel's out-of-memory killer
sends): a real hang and real deaths, without relying on a bug to provide them. One given
:data:`HOG_MARKER` asks for 4 GiB at once (to test ``Settings.worker_memory_mb``).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from newsfacts.batch.convert import Row, convert_batch, convert_record, error_row
from newsfacts.batch.records import Record
from newsfacts.errors import ExtractionError, ModelError, NewsFactsError
from newsfacts.extract import load_nlp
from newsfacts.settings import Settings

__all__ = [
    "CHUNK",
    "CRASH_MARKER",
    "HANG_MARKER",
    "HOG_MARKER",
    "KILL_MARKER",
    "TEST_HOOKS_ENV",
    "THREAD_ENV",
    "supervise",
    "worker_environment",
]

#: Records per task on the fast path (one ``nlp.pipe`` batch).
CHUNK = 16
#: Chunks read ahead of the oldest unfinished one, per worker (bounds the driver's memory).
_AHEAD_PER_WORKER = 4
#: Environment variable that turns on the test hooks (see the module docstring).
TEST_HOOKS_ENV = "NEWSFACTS_TEST_HOOKS"
#: Content marker that makes a worker hang (test hooks only).
HANG_MARKER = "newsfacts-test:hang"
#: Content marker that makes a worker die with SIGSEGV (test hooks only).
CRASH_MARKER = "newsfacts-test:crash"
#: Content marker that makes a worker die with SIGKILL, as if killed for memory (test hooks only).
KILL_MARKER = "newsfacts-test:kill"
#: Content marker that makes a worker allocate 4 GiB (test hooks only).
HOG_MARKER = "newsfacts-test:hog"
#: Seconds a worker gets to exit cleanly at the end of a run before it is killed.
_GRACE = 10.0
#: Variables that size the thread pools of BLAS and OpenMP libraries; read once, when the library
#: loads, which in a spawned worker happens on import, before any of our code runs there.
THREAD_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _content(record: Record) -> bytes:
    return (record.data or b"") + (record.text or "").encode("utf-8", "replace")


def _run_test_hooks(records: list[Record]) -> None:
    if os.environ.get(TEST_HOOKS_ENV) != "1":
        return
    for record in records:
        content = _content(record)
        if CRASH_MARKER.encode() in content:
            os.kill(os.getpid(), signal.SIGSEGV)
        if KILL_MARKER.encode() in content:
            os.kill(os.getpid(), signal.SIGKILL)
        if HOG_MARKER.encode() in content:
            bytearray(4 * 1024**3)
        if HANG_MARKER.encode() in content:
            while True:
                time.sleep(3600)


def worker_environment(threads: int | None) -> dict[str, str]:
    """The thread-pool variables a worker starts with: ``threads`` where the caller set none."""
    if threads is None:
        return {}
    return {name: str(threads) for name in THREAD_ENV if name not in os.environ}


@contextmanager
def _environment(extra: dict[str, str]) -> Iterator[None]:
    """``os.environ`` with ``extra`` added while a worker is spawned (it copies the environment)."""
    os.environ.update(extra)
    try:
        yield
    finally:
        for name in extra:
            os.environ.pop(name, None)


def _limit_memory(megabytes: int | None) -> None:
    if megabytes is None:
        return
    import resource  # POSIX only; the limit is simply not applied elsewhere

    size = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (size, size))


def _worker_main(conn: Connection, settings: Settings) -> None:
    """A worker process: load the pipeline, then convert tasks until told to stop."""
    # Ctrl-C reaches the whole process group; the supervisor alone handles it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _limit_memory(settings.worker_memory_mb)
    try:
        nlp = load_nlp(settings)
    except NewsFactsError as exc:
        conn.send(("failed", type(exc).__name__, exc.message))
        return
    conn.send(("ready",))
    while True:
        try:
            records = conn.recv()
        except EOFError:  # the supervisor went away
            return
        if records is None:
            return
        _run_test_hooks(records)
        try:
            rows = convert_batch(records, nlp=nlp, settings=settings)
        except Exception:  # convert_batch guards each record; this is a last resort
            rows = [convert_record(record, nlp=nlp, settings=settings) for record in records]
        conn.send(("rows", rows))


@dataclass(slots=True)
class _Task:
    """Records ``seq[offset:offset + len(records)]`` of the input, sent as one unit."""

    seq: int
    offset: int
    records: list[Record]


class _Worker:
    """One worker process, its pipe, and the task it holds."""

    def __init__(self, context: Any, settings: Settings) -> None:
        parent, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=_worker_main, args=(child, settings), daemon=True
        )
        with _environment(worker_environment(settings.worker_threads)):
            self.process.start()
        child.close()
        self.conn: Connection = parent
        self.ready = False
        self.task: _Task | None = None
        self.deadline = float("inf")

    def start(self, task: _Task, budget: float | None) -> None:
        self.task = task
        self.deadline = time.monotonic() + budget if budget is not None else float("inf")
        self.conn.send(task.records)

    def done(self) -> _Task:
        task, self.task = self.task, None
        self.deadline = float("inf")
        if task is None:  # pragma: no cover - a message without a task is a protocol bug
            raise ExtractionError("a worker answered without a task")
        return task

    def cause_of_death(self) -> str:
        self.process.join(timeout=5)
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit code {code}"

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=_GRACE)
        self.kill()


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(records)
    while chunk := list(islice(iterator, size)):
        yield chunk


class _Supervisor:
    def __init__(self, workers: int, settings: Settings) -> None:
        self.settings = settings
        self.context = multiprocessing.get_context("spawn")
        self.pool = [_Worker(self.context, settings) for _ in range(workers)]
        self.queue: deque[_Task] = deque()
        self.results: dict[int, list[Row | None]] = {}

    def respawn(self, index: int) -> None:
        self.pool[index].kill()
        self.pool[index] = _Worker(self.context, self.settings)

    def fail(self, task: _Task, kind: str, message: str) -> None:
        if len(task.records) > 1:  # which record? send them again one by one
            singles = [
                _Task(task.seq, task.offset + i, [record]) for i, record in enumerate(task.records)
            ]
            self.queue.extendleft(reversed(singles))
            return
        record = task.records[0]
        self.results[task.seq][task.offset] = error_row(record.id, kind, message)

    def finish(self, task: _Task, rows: list[Row]) -> None:
        self.results[task.seq][task.offset : task.offset + len(rows)] = rows

    def dispatch(self) -> None:
        for worker in self.pool:
            if worker.ready and worker.task is None and self.queue:
                task = self.queue.popleft()
                try:
                    worker.start(task, self.settings.record_timeout)
                except OSError:  # it died while idle: the task never ran; it waits for the next
                    worker.done()
                    self.queue.appendleft(task)

    def wait(self, wake: Connection | None = None) -> None:
        """Block until a worker answers, dies or overruns (or ``wake`` has news); deal with it."""
        now = time.monotonic()
        deadline = min(w.deadline for w in self.pool)
        timeout = None if deadline == float("inf") else max(0.0, deadline - now)
        handles: list[Any] = [w.conn for w in self.pool] + [w.process.sentinel for w in self.pool]
        if wake is not None:
            handles.append(wake)
        wait(handles, timeout)
        while wake is not None and wake.poll():
            wake.recv_bytes()  # the news is read by the caller's ``ready``
        for index, worker in enumerate(self.pool):
            self.check(index, worker)

    def check(self, index: int, worker: _Worker) -> None:
        message: tuple[Any, ...] | None = None
        try:
            if worker.conn.poll():
                message = worker.conn.recv()
        except (EOFError, OSError):
            message = None
        if message is not None:
            if message[0] == "ready":
                worker.ready = True
            elif message[0] == "rows":
                self.finish(worker.done(), message[1])
            elif message[0] == "failed":
                raise ModelError(f"a worker could not load the pipeline: {message[2]}")
            return
        if not worker.process.is_alive():
            cause = worker.cause_of_death()
            if not worker.ready:
                raise ExtractionError(f"a worker process could not start ({cause})")
            if worker.task is not None:
                self.fail(
                    worker.done(),
                    "worker_died",
                    f"the worker process died ({cause}) while converting this record",
                )
            self.respawn(index)
            return
        if worker.task is not None and time.monotonic() >= worker.deadline:
            budget = self.settings.record_timeout
            self.fail(
                worker.done(),
                "timeout",
                f"conversion took longer than {budget:g} seconds (record_timeout)",
            )
            self.respawn(index)

    def ready_rows(self, seq: int) -> list[Row] | None:
        rows = self.results.get(seq)
        if rows is None or any(row is None for row in rows):
            return None
        del self.results[seq]
        return [row for row in rows if row is not None]

    def close(self, *, graceful: bool) -> None:
        for worker in self.pool:
            if graceful:
                worker.stop()
            else:
                worker.kill()


def supervise(
    records: Iterable[Record],
    *,
    workers: int,
    settings: Settings,
    chunk_size: int = CHUNK,
    ready: Callable[[], bool] | None = None,
    wake: Connection | None = None,
) -> Iterator[Row]:
    """Convert records to output rows, in input order, on ``workers`` supervised processes.

    For a live source (stdin fed by a slow producer) pass ``chunk_size=1``, ``ready`` (True
    when a record can be read without blocking) and ``wake`` (readable when one arrives): then
    finished rows go out while the next record is still on its way.

    Raises:
        ModelError: the workers cannot load the spaCy pipeline.
        ExtractionError: a worker process cannot start at all.
    """
    supervisor = _Supervisor(max(1, workers), settings)
    chunks = _chunks(records, chunk_size)
    ahead = max(1, workers) * _AHEAD_PER_WORKER
    sent = emitted = 0
    exhausted = False
    graceful = False
    try:
        while True:
            while not exhausted and len(supervisor.queue) < workers and sent - emitted < ahead:
                if ready is not None and sent > emitted and not ready():
                    break  # nothing to read yet: hand out what is done first
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                supervisor.results[sent] = [None] * len(chunk)
                supervisor.queue.append(_Task(sent, 0, chunk))
                sent += 1
            supervisor.dispatch()
            while (rows := supervisor.ready_rows(emitted)) is not None:
                emitted += 1
                yield from rows
            if exhausted and emitted == sent:
                break
            supervisor.wait(wake if not exhausted else None)
        graceful = True
    finally:
        supervisor.close(graceful=graceful)
