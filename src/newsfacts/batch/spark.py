"""The Spark engine: the same inputs and the same output shards, on a Spark cluster.

The driver lists the input files (pages, JSONL and WARC files; never their records) and spreads
them over partitions, one file per partition. Each partition loads the spaCy pipeline once
(``mapPartitionsWithIndex``; ``load_nlp`` keeps it for a reused Python worker), reads its files,
converts every record with :func:`~newsfacts.batch.convert.convert_record` (as the local engine does) and
writes one shard, ``part-NNNNN.<format>``, atomically into the output folder. The output folder
must therefore be a path every executor can write to (the same machine, or a shared filesystem).

Run it as ``newsfacts batch --engine spark --master URL ...``, or with ``spark-submit`` and the
package's own entry (``newsfacts/__main__.py``; this engine knows nothing of the command line)::

    ENTRY=$(python -c 'import newsfacts, pathlib; print(pathlib.Path(newsfacts.__file__).with_name("__main__.py"))')
    spark-submit --master spark://HOST:7077 "$ENTRY" batch --engine spark INPUT... -o OUT

Executors need newsfacts and its model installed in the Python that ``PYSPARK_PYTHON`` names.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import Any

from newsfacts.batch.convert import convert_record, error_row
from newsfacts.batch.local import prepare_output, unique_ids
from newsfacts.batch.progress import Summary
from newsfacts.batch.records import read_records
from newsfacts.batch.writers import OutputFormat, next_shard_index, open_shard
from newsfacts.budget import Overrun, time_budget
from newsfacts.errors import ConfigError, ModelError
from newsfacts.extract import load_nlp
from newsfacts.settings import Settings
from newsfacts.sources.files import InputFile, check_inputs, find_inputs

__all__ = ["convert_partition", "run_spark"]


def convert_partition(
    index: int,
    files: Iterable[InputFile],
    *,
    out: str,
    fmt: OutputFormat,
    first_shard: int,
    done: frozenset[str],
    settings: Settings,
) -> Iterator[dict[str, Any]]:
    """Convert the records of one partition's files into one shard; yields its summary.

    A record that fails becomes an error row (the partition goes on); one that takes longer than
    ``settings.record_timeout`` becomes an error row of type ``timeout``. A Python worker that
    dies (a segfault) fails the task, and Spark retries it (``spark.task.maxFailures``).
    """
    summary = Summary()
    nlp = load_nlp(settings)
    shard = open_shard(Path(out), first_shard + index, fmt)
    try:
        # ids are made unique within the partition (a partition holds whole files, so the items
        # of one JSONL file are compared; across partitions ids are not)
        records = (record for source in files for record in read_records(source, settings=settings))
        for record in unique_ids(records, summary):
            if record.id in done:
                summary.skipped += 1
                continue
            try:
                with time_budget(settings.record_timeout):
                    row = convert_record(record, nlp=nlp, settings=settings)
            except Overrun:
                message = f"conversion took longer than {settings.record_timeout:g} seconds"
                row = error_row(record.id, "timeout", f"{message} (record_timeout)")
            shard.write(row)
            summary.add(row)
    except BaseException:
        shard.abort()  # Spark retries the task; it rewrites the whole shard
        raise
    if shard.rows:
        summary.shards.append(str(shard.commit()))
    else:
        shard.abort()
    yield asdict(summary)


def run_spark(
    inputs: Sequence[str | Path],
    out: str | Path,
    *,
    master: str | None = None,
    fmt: OutputFormat = "jsonl",
    resume: bool = False,
    limit: int | None = None,
    settings: Settings | None = None,
    app_name: str = "newsfacts-batch",
) -> Summary:
    """Convert every record of ``inputs`` on Spark into shards in the folder ``out``.

    Args:
        inputs: files and folders (pages, ``.jsonl[.gz]``, ``.warc[.gz]``).
        out: output folder, writable by every executor.
        master: Spark master URL; None takes it from ``spark-submit`` (or runs ``local[*]``).
        fmt: ``jsonl``, ``json`` or ``parquet``.
        resume: skip the records whose ids the folder already holds.
        limit: not supported on Spark (a ConfigError when set).
        settings: pipeline options (sent to the executors).
        app_name: the Spark application name.

    Raises:
        ConfigError: bad inputs or output folder, or ``limit`` given.
        ModelError: pyspark is not installed.
    """
    started = time.monotonic()
    if limit is not None:
        raise ConfigError("--limit is not supported by the spark engine")
    settings = settings or Settings()
    check_inputs(inputs)
    out = Path(out).absolute()
    done = frozenset(prepare_output(out, resume=resume))
    files = list(find_inputs(inputs))
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise ModelError("the spark engine needs pyspark: pip install 'newsfacts[spark]'") from exc
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if "PYSPARK_PYTHON" not in os.environ:
        builder = builder.config("spark.pyspark.python", sys.executable)
    spark = builder.getOrCreate()
    summary = Summary()
    try:
        context = spark.sparkContext
        context.setLogLevel("WARN")
        task = partial(
            convert_partition,
            out=str(out),
            fmt=fmt,
            first_shard=next_shard_index(out),
            done=done,
            settings=settings,
        )
        if files:
            parts = context.parallelize(files, numSlices=len(files))
            for part in parts.mapPartitionsWithIndex(task).collect():
                summary.merge(Summary(**part))
    finally:
        spark.stop()
    summary.shards.sort()
    summary.wall_seconds = time.monotonic() - started
    return summary
