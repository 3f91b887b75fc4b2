"""Streaming: JSON lines in, Article rows out, one per line and in order, as they are ready.

``newsfacts stream`` reads items (the fields of batch JSONL input: ``html``, ``text`` or
``body``, ``url``, ``published``, ``id``) from a byte stream, converts them on supervised worker
processes, and yields each row as soon as it and every row before it are done, while the
producer is still writing. A bad line is an error row, never a stop.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from multiprocessing import Pipe
from typing import BinaryIO

from newsfacts.batch.convert import Row
from newsfacts.batch.local import unique_ids
from newsfacts.batch.progress import Summary
from newsfacts.batch.records import Record, jsonl_stream_records
from newsfacts.batch.supervise import supervise
from newsfacts.settings import Settings

__all__ = ["stream_rows"]


def stream_rows(
    source: BinaryIO,
    *,
    workers: int = 1,
    settings: Settings | None = None,
    name: str = "stdin",
    summary: Summary | None = None,
) -> Iterator[Row]:
    """Convert the JSON lines of ``source`` as they arrive; one row per line, in order.

    Args:
        source: a binary stream of JSON lines (``sys.stdin.buffer``, a pipe, a file).
        workers: worker processes.
        settings: pipeline options (``max_input_bytes`` bounds a line).
        name: what ids of items without an ``id`` are made of (``stdin:3``).
        summary: counts the rows, when given.

    Raises:
        ModelError: the workers cannot load the spaCy pipeline.
    """
    started = time.monotonic()
    settings = settings or Settings()
    summary = summary if summary is not None else Summary()
    arrived: queue.Queue[Record | None] = queue.Queue()
    wake_read, wake_write = Pipe(duplex=False)

    def nudge() -> None:
        try:
            wake_write.send_bytes(b"1")
        except OSError:  # the consumer stopped reading (`| head`): nobody to wake
            pass

    def read() -> None:
        try:
            for record in jsonl_stream_records(source, name, settings=settings):
                arrived.put(record)
                nudge()
        finally:
            arrived.put(None)
            nudge()

    reader = threading.Thread(target=read, name="newsfacts-stream-reader", daemon=True)
    reader.start()

    def records() -> Iterator[Record]:
        while (record := arrived.get()) is not None:
            yield record

    rows = supervise(
        unique_ids(records(), summary),
        workers=max(1, workers),
        settings=settings,
        chunk_size=1,
        ready=lambda: not arrived.empty(),
        wake=wake_read,
    )
    try:
        for row in rows:
            summary.add(row)
            summary.wall_seconds = time.monotonic() - started
            yield row
    finally:
        wake_read.close()
