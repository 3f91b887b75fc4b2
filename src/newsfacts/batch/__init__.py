"""Archive runs: many pages, JSONL dumps and WARC files to JSON facts, locally or on Spark.

Data flow: :mod:`~newsfacts.batch.records` (inputs -> records with stable ids) ->
:mod:`~newsfacts.batch.local` (process pool; one output row per record) ->
:mod:`~newsfacts.batch.writers` (atomic JSONL / JSON / Parquet shards);
:mod:`~newsfacts.batch.progress` counts and shows the run, :mod:`~newsfacts.batch.spark` runs the
same conversion on a Spark cluster. Nothing here imports spaCy, pyarrow or pyspark at import time
beyond what the engines need.
"""

from newsfacts.batch.progress import Progress, Summary
from newsfacts.batch.records import Record, iter_records, load_record
from newsfacts.batch.writers import FORMATS, OutputFormat, read_ids, read_rows, shard_paths
from newsfacts.sources.files import find_inputs

__all__ = [
    "FORMATS",
    "OutputFormat",
    "Progress",
    "Record",
    "Summary",
    "find_inputs",
    "iter_records",
    "load_record",
    "read_ids",
    "read_rows",
    "shard_paths",
]
