"""The local engine: records -> Articles on a process pool, streamed into atomic output shards.

Each worker process loads the spaCy pipeline once (in the pool's initializer; ``load_nlp`` keeps
it) and converts chunks of records. The driver reads records lazily and keeps only a bounded
number of chunks in flight, so memory does not grow with the archive. Output rows come back in
input order.

Nothing is lost: a record that fails becomes an error row, and this is the one place where broad
exceptions are caught, so that one bad page cannot stop a run.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsfacts.batch.progress import Progress, Summary
from newsfacts.batch.records import (
    Record,
    check_inputs,
    estimate_total,
    iter_records,
    load_record,
)
from newsfacts.batch.writers import (
    OutputFormat,
    ShardWriter,
    clear_temporary,
    next_shard_index,
    open_shard,
    read_ids,
    shard_paths,
)
from newsfacts.errors import ConfigError, ExtractionError, NewsFactsError
from newsfacts.extract import load_nlp
from newsfacts.pipeline import parse_page, parse_pages
from newsfacts.settings import Settings

__all__ = ["DEFAULT_SHARD_SIZE", "convert_record", "convert_records", "prepare_output", "run_local"]

Row = dict[str, Any]

#: Records per output shard.
DEFAULT_SHARD_SIZE = 1000
#: Records sent to a worker at a time (amortizes the inter-process traffic).
_CHUNK = 16  # records per nlp.pipe batch (and per task sent to a worker)
#: Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
_IN_FLIGHT_PER_WORKER = 3


def error_row(record_id: str, error_type: str, message: str) -> Row:
    """The output row of a record that could not be converted."""
    return {"id": record_id, "status": "error", "error": {"type": error_type, "message": message}}


def convert_record(record: Record, *, nlp: Language, settings: Settings) -> Row:
    """Convert one record into its output row; never raises for a bad record."""
    try:
        page = load_record(record, max_bytes=settings.max_input_bytes)
        article = parse_page(page, published=record.published, nlp=nlp, settings=settings)
        if record.default_published and article.metadata.published is None:
            # the page gives no date of its own: resolve its relative dates against the record's
            article = parse_page(
                page, published=record.default_published, nlp=nlp, settings=settings
            )
    except NewsFactsError as exc:
        return error_row(record.id, type(exc).__name__, exc.message)
    except Exception as exc:
        return error_row(record.id, type(exc).__name__, str(exc) or repr(exc))
    return {"id": record.id, **article.model_dump(mode="json")}


def convert_batch(records: list[Record], *, nlp: Language, settings: Settings) -> list[Row]:
    """Convert records together (the spaCy work batched with ``nlp.pipe``); one row each.

    Same rows as :func:`convert_record` one by one, faster.
    """
    rows: list[Row | None] = [None] * len(records)
    loaded = []
    for index, record in enumerate(records):
        try:
            loaded.append((index, load_record(record, max_bytes=settings.max_input_bytes)))
        except NewsFactsError as exc:
            rows[index] = error_row(record.id, type(exc).__name__, exc.message)
        except Exception as exc:
            rows[index] = error_row(record.id, type(exc).__name__, str(exc) or repr(exc))
    try:
        results = parse_pages(
            [(page, records[i].published) for i, page in loaded], nlp=nlp, settings=settings
        )
    except Exception:  # the batch failed as a whole: fall back to one record at a time
        return [convert_record(record, nlp=nlp, settings=settings) for record in records]
    redo = []
    for (index, page), result in zip(loaded, results, strict=True):
        record = records[index]
        if isinstance(result, NewsFactsError):
            rows[index] = error_row(record.id, type(result).__name__, result.message)
        elif record.default_published and result.metadata.published is None:
            redo.append((index, page))  # no date of its own: resolve against the record's date
        else:
            rows[index] = {"id": record.id, **result.model_dump(mode="json")}
    if redo:
        again = parse_pages(
            [(page, records[i].default_published) for i, page in redo], nlp=nlp, settings=settings
        )
        for (index, _), result in zip(redo, again, strict=True):
            record = records[index]
            if isinstance(result, NewsFactsError):
                rows[index] = error_row(record.id, type(result).__name__, result.message)
            else:
                rows[index] = {"id": record.id, **result.model_dump(mode="json")}
    return [row for row in rows if row is not None]


def _init_worker(settings: Settings) -> None:
    # Ctrl-C reaches the whole process group; the driver alone handles it and shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_nlp(settings)


def _convert_chunk(records: list[Record], settings: Settings) -> list[Row]:
    nlp = load_nlp(settings)  # cached: loaded once per worker by the initializer
    return convert_batch(records, nlp=nlp, settings=settings)


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(records)
    while chunk := list(islice(iterator, size)):
        yield chunk


def convert_records(
    records: Iterable[Record], *, workers: int = 1, settings: Settings | None = None
) -> Iterator[Row]:
    """Convert records to output rows, in input order, on ``workers`` processes.

    With one worker everything runs in this process.

    Raises:
        ExtractionError: a worker process died (out of memory, killed).
    """
    settings = settings or Settings()
    if workers <= 1:
        nlp = load_nlp(settings)
        for chunk in _chunks(records, _CHUNK):
            yield from convert_batch(chunk, nlp=nlp, settings=settings)
        return
    context = multiprocessing.get_context("spawn")
    pending: deque[Future[list[Row]]] = deque()
    limit = workers * _IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(settings,)
    ) as pool:
        try:
            for chunk in _chunks(records, _CHUNK):
                pending.append(pool.submit(_convert_chunk, chunk, settings))
                while len(pending) >= limit:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BrokenProcessPool as exc:
            raise ExtractionError(f"a worker process died: {exc}") from exc
        finally:
            for future in pending:
                future.cancel()


def prepare_output(out: Path, *, resume: bool) -> set[str]:
    """Make the output folder ready; returns the ids already in it (empty unless resuming).

    Raises:
        ConfigError: ``out`` is a file, or holds results and ``resume`` is off.
    """
    if out.exists() and not out.is_dir():
        raise ConfigError("output must be a folder", path=str(out))
    out.mkdir(parents=True, exist_ok=True)
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
            if shard.rows:
                self.written.append(str(shard.commit()))
            else:
                shard.abort()


def _wanted(
    records: Iterable[Record], done: set[str], limit: int | None, summary: Summary
) -> Iterator[Record]:
    for record in islice(records, limit):
        if record.id in done:
            summary.skipped += 1
            continue
        done.add(record.id)  # a duplicated id is converted once, like a resumed one
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
        ExtractionError: a worker process died (the shards written so far stay valid).
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
    records = _wanted(iter_records(inputs), done, limit, summary)
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
