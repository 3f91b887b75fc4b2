"""Bytes in: files, stdin, JSONL items and WARC records become a :class:`RawPage`.

:func:`load_page` is the one way from bytes or text to a ``RawPage`` (encoding decided there);
:mod:`~newsfacts.sources.files` tells what a file holds by its name, and
:mod:`~newsfacts.sources.jsonl` and :mod:`~newsfacts.sources.warc` read files of many records.
"""

from newsfacts.sources.raw import (
    RawPage,
    decode_bytes,
    load_page,
    load_path,
    sniff_kind,
)

__all__ = ["RawPage", "decode_bytes", "load_page", "load_path", "sniff_kind"]
