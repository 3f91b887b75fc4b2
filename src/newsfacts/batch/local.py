"""The local engine: records -> Articles on supervised worker processes, into atomic shards.

The driver reads records lazily and hands them to :func:`~newsfacts.batch.supervise.supervise`,
which keeps a bounded number of chunks in flight (memory does not grow with the archive), gives
every record a time budget and replaces a worker that hangs or dies; only the record it held is
lost, as an error row. Output rows come back in input order, exactly one per record.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice
from pathlib import Path

from newsfacts.batch.convert import Row, convert_batch, convert_record, error_row
from newsfacts.batch.progress import Progress, Summary
from newsfacts.batch.records import Record, estimate_total, iter_records
from newsfacts.batch.supervise import supervise
from newsfacts.batch.writers import (
    OutputFormat,
    ShardWriter,
    clear_temporary,
    next_shard_index,
    open_shard,
    read_ids,
    shard_paths,
)
from newsfacts.errors import ConfigError
from newsfacts.settings import Settings
from newsfacts.sources.files import check_inputs

__all__ = [
    "DEFAULT_SHARD_SIZE",
    "convert_batch",
    "convert_record",
    "convert_records",
    "error_row",
    "prepare_output",
    "run_local",
]

#: Records per output shard.
DEFAULT_SHARD_SIZE = 1000


def convert_records(
    records: Iterable[Record], *, workers: int = 1, settings: Settings | None = None
) -> Iterator[Row]:
    """Convert records to output rows, in input order, on ``workers`` worker processes.

    Even one worker is a separate process, so that ``Settings.record_timeout`` holds and a
    crash costs one record.

    Raises:
        ModelError: the workers cannot load the spaCy pipeline.
        ExtractionError: a worker process cannot start at all.
    """
    yield from supervise(records, workers=workers, settings=settings or Settings())


def writable_folder(folder: Path, what: str) -> None:
    """Create ``folder`` if needed and make sure a file can be written in it, before any work.

    Raises:
        ConfigError: it cannot be created or written (``/proc``, below a file, no permission).
    """
    probe = folder / f".newsfacts-probe-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise ConfigError(
            f"cannot write the {what}: {exc.strerror or type(exc).__name__}", path=str(folder)
        ) from exc


def prepare_output(out: Path, *, resume: bool) -> set[str]:
    """Make the output folder ready; returns the ids already in it (empty unless resuming).

    Raises:
        ConfigError: ``out`` is a file, or holds results and ``resume`` is off.
    """
    if out.exists() and not out.is_dir():
        raise ConfigError("output must be a folder", path=str(out))
    writable_folder(out, "output folder")
    clear_temporary(out)
    if not resume:
        if shard_paths(out):
            raise ConfigError(
                "output folder already holds results; use --resume to continue it",
                path=str(out),
            )
        return set()
    return read_ids(out)


class _ShardSink:
    """Rows in, shards of ``shard_size`` rows out, each committed when full."""

    def __init__(self, out: Path, fmt: OutputFormat, shard_size: int, first: int) -> None:
        self.out = out
        self.fmt = fmt
        self.shard_size = shard_size
        self.index = first
        self.shard: ShardWriter | None = None
        self.written: list[str] = []

    def write(self, row: Row) -> None:
        if self.shard is None:
            self.shard = open_shard(self.out, self.index, self.fmt)
            self.index += 1
        self.shard.write(row)
        if self.shard.rows >= self.shard_size:
            self.close()

    def close(self) -> None:
        """Commit the open shard (all its rows are complete), if any."""
        if self.shard is not None:
            shard, self.shard = self.shard, None
            try:
                if shard.rows:
                    self.written.append(str(shard.commit()))
                else:
                    shard.abort()
            except BaseException:
                # Interrupted mid-commit (Ctrl-C while fsync waits): leave no half-written file;
                # --resume converts its rows again.
                shard.abort()
                raise


def unique_ids(records: Iterable[Record], summary: Summary) -> Iterator[Record]:
    """Give every record an id of its own: one row per input record, always.

    The second record claiming an id (two items with ``"id": "dup"``, ``"12345"`` and
    ``12345``, an item whose automatic ``FILE:LINE`` another item took) becomes ``dup#2``, the
    third ``dup#3``: deterministic, so ``--resume`` finds the same ids again. Each renaming is
    counted in ``summary.renamed``.
    """
    taken: set[str] = set()
    counts: dict[str, int] = {}
    for record in records:
        new_id = record.id
        if new_id in taken:
            n = counts.get(record.id, 1)
            while new_id in taken:
                n += 1
                new_id = f"{record.id}#{n}"
            counts[record.id] = n
            summary.renamed += 1
            record = replace(record, id=new_id)
        taken.add(new_id)
        yield record


def _wanted(
    records: Iterable[Record], done: set[str], limit: int | None, summary: Summary
) -> Iterator[Record]:
    for record in unique_ids(islice(records, limit), summary):
        if record.id in done:  # written by the run this one resumes
            summary.skipped += 1
            continue
        yield record


def run_local(
    inputs: Sequence[str | Path],
    out: str | Path,
    *,
    workers: int | None = None,
    fmt: OutputFormat = "jsonl",
    resume: bool = False,
    limit: int | None = None,
    settings: Settings | None = None,
    shard_size: int = DEFAULT_SHARD_SIZE,
    progress: Progress | None = None,
) -> Summary:
    """Convert every record of ``inputs`` into shards in the folder ``out``.

    Args:
        inputs: files and folders (pages, ``.jsonl[.gz]``, ``.warc[.gz]``).
        out: output folder; created when missing.
        workers: processes; all cores when None.
        fmt: ``jsonl``, ``json`` or ``parquet``.
        resume: skip the records whose ids the folder already holds.
        limit: read at most this many input records (resumed ones included).
        settings: pipeline options.
        shard_size: rows per output file.
        progress: progress display; silent when None.

    Raises:
        ConfigError: bad inputs or output folder.
        ModelError: the workers cannot load the spaCy pipeline.
        ExtractionError: a worker process cannot start (the shards written so far stay valid).
    """
    started = time.monotonic()
    settings = settings or Settings()
    workers = workers or os.cpu_count() or 1
    if limit is not None and limit < 0:
        raise ConfigError("limit must not be negative")
    out = Path(out)
    check_inputs(inputs)
    done = prepare_output(out, resume=resume)
    progress = progress or Progress(enabled=False)
    if progress.enabled and progress.total is None:
        total = estimate_total(inputs)
        progress.total = min(total, limit) if limit is not None else total
    summary = Summary()
    sink = _ShardSink(out, fmt, shard_size, next_shard_index(out))
    records = _wanted(iter_records(inputs, settings=settings), done, limit, summary)
    shown = 0
    try:
        with progress:
            for row in convert_records(records, workers=workers, settings=settings):
                sink.write(row)
                summary.add(row)
                progress.update(summary.records + summary.skipped - shown)
                shown = summary.records + summary.skipped
            progress.update(summary.records + summary.skipped - shown)
    finally:
        sink.close()
        summary.shards = sink.written
        summary.wall_seconds = time.monotonic() - started
    return summary
