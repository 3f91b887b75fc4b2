"""Input records of a batch run: saved pages, JSONL items and WARC responses, each with a stable id.

Reading never raises for a broken record: a bad JSON line, an item without a page, or an
unreadable WARC record becomes a :class:`Record` that carries its error, so that every record of
the input gets exactly one output. Only an input path that does not exist is an error of the run
(:class:`~newsfacts.errors.ConfigError`).

Which files are read, and as what, is :mod:`newsfacts.sources.files`' table; the readers of each
format are in :mod:`newsfacts.sources`, and :func:`load_record` decodes a record with
:func:`~newsfacts.sources.raw.load_page`, as every input is decoded. Record ids are the page
file's path, a JSONL item's own ``id`` else ``FILE:LINE`` (its 1-based line), and a WARC
response's ``FILE@OFFSET``; :func:`find_record` reads the one record a ``FILE:LINE`` or
``FILE@OFFSET`` id names.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsfacts.errors import ConfigError, LimitError, LoadError
from newsfacts.settings import Settings
from newsfacts.sources.files import InputFile, InputFormat, file_format, find_inputs
from newsfacts.sources.jsonl import (
    BROKEN_STREAM,
    JsonlItem,
    open_jsonl,
    read_jsonl,
    read_jsonl_stream,
)
from newsfacts.sources.raw import PageKind, RawPage, load_page
from newsfacts.sources.warc import WarcItem, read_warc, record_starts_at

__all__ = [
    "Record",
    "estimate_total",
    "find_record",
    "iter_records",
    "jsonl_stream_records",
    "load_record",
    "read_records",
]

#: Why an input file that is not read becomes an error record, by its format.
_NOT_READ: dict[InputFormat, str] = {
    "outside": "not read: a symbolic link that leads outside the input folder",
    "special": "not read: not a regular file (a FIFO, socket or device)",
    "arc": "not read: an ARC file (newsfacts reads WARC: convert it to WARC first)",
}
#: Why :func:`find_record` finds nothing where an id points, by the file's format.
_NOT_FOUND = {
    "jsonl": "no JSONL item on line {}: a blank line, or past the end of the file",
    "warc": "no HTML response record at offset {}: batch gives that offset no row",
}
#: A record id of the ``FILE:LINE`` (JSONL) or ``FILE@OFFSET`` (WARC) form.
_RECORD_ID = re.compile(r"(?P<file>.+?)(?::(?P<line>\d+)|@(?P<offset>\d+(?:\.\d+)?))", re.S)


@dataclass(frozen=True, slots=True)
class Record:
    """One unit of work: a page to convert, or the error that kept it from being read.

    Attributes:
        id: stable identifier: the item's own ``id``, else the file path, ``warc-file@offset``
            or ``jsonl-file:line``.
        data: the page bytes, still to be decoded (files and WARC payloads).
        text: the page as text (JSONL items).
        kind: ``html`` or ``text`` when the input says so; ``None`` sniffs it.
        charset: the charset the transport declared (HTTP ``Content-Type``), tried first.
        url: the page URL, if known.
        published: a publication date given with the record (JSONL ``published``).
        default_published: a date used only when the page gives none (the WARC-Date's day).
        path: the file the record came from.
        error: ``(type, message)`` when the record could not be read.
    """

    id: str
    data: bytes | None = None
    text: str | None = None
    kind: PageKind | None = None
    charset: str | None = None
    url: str | None = None
    published: str | None = None
    default_published: str | None = None
    path: str | None = None
    error: tuple[str, str] | None = None


def _max_bytes(settings: Settings | None) -> int:
    return (settings or Settings()).max_input_bytes


def estimate_total(paths: Iterable[str | Path]) -> int:
    """Count the records of the inputs quickly, for a progress bar's ETA.

    JSONL lines and WARC response records are counted without parsing them, so the count can be
    a little high (blank items, WARC responses that are not HTML).
    """
    total = 0
    for source in find_inputs(paths):
        try:
            if source.format == "jsonl":
                with open_jsonl(source.path) as stream:
                    total += sum(1 for line in stream if line.strip())
            elif source.format == "warc":
                from fastwarc.warc import ArchiveIterator, WarcRecordType

                responses = ArchiveIterator(
                    source.path, record_types=WarcRecordType.response, parse_http=False
                )
                total += sum(1 for _ in responses)
            else:  # a page, or a file that is one error record
                total += 1
        except (OSError, EOFError, ValueError):
            total += 1  # unreadable: it will be one error record
    return total


def read_records(source: InputFile, *, settings: Settings | None = None) -> Iterator[Record]:
    """Yield the records of one input file (one for a page, one per item or HTML response).

    No record is read into memory past ``settings.max_input_bytes``: a bigger page file, JSONL
    line or WARC record (compressed or not) is one ``LimitError`` record, and reading goes on
    after it.
    """
    max_bytes = _max_bytes(settings)
    if source.format in _NOT_READ:
        name = _writable(source.path)
        yield Record(id=name, path=name, error=("LoadError", _NOT_READ[source.format]))
    elif source.format == "jsonl":
        yield from _jsonl_records(source.path, max_bytes)
    elif source.format == "warc":
        yield from _warc_records(source.path, max_bytes)
    else:
        yield _page_record(source.path, max_bytes)


def iter_records(
    paths: Iterable[str | Path], *, settings: Settings | None = None
) -> Iterator[Record]:
    """Yield every record of every input, streaming (one file open at a time).

    Raises:
        ConfigError: an input path does not exist.
    """
    for source in find_inputs(paths):
        yield from read_records(source, settings=settings)


def _writable(name: str) -> str:
    r"""A file name as text that can be written out as UTF-8.

    Names that are not UTF-8 on disk arrive with surrogate escapes; their raw bytes are shown as
    ``\xNN`` instead.
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


def _page_record(path: str, max_bytes: int) -> Record:
    name = _writable(path)
    try:
        with open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        return Record(id=name, path=name, error=("LoadError", f"cannot read file: {exc}"))
    if len(data) > max_bytes:
        # a .gz page is inflated later, in the worker, with the same limit
        message = f"input is over the {max_bytes:,}-byte limit (not read past it)"
        return Record(id=name, path=name, error=("LimitError", message))
    return Record(id=name, data=data, path=name)


def _jsonl_records(path: str, max_bytes: int) -> Iterator[Record]:
    try:
        for item in read_jsonl(path, max_bytes=max_bytes):
            yield _jsonl_record(path, item)
    except OSError as exc:  # the file cannot be opened (reading errors are items)
        yield Record(id=f"{path}:0", path=path, error=("LoadError", f"cannot read file: {exc}"))


def jsonl_stream_records(
    stream: io.BufferedIOBase | BinaryIO, name: str, *, settings: Settings | None = None
) -> Iterator[Record]:
    """The records of a stream of JSON lines (stdin), one per non-blank line, named ``name``.

    A line longer than ``settings.max_input_bytes`` is a ``LimitError`` record and is skipped
    unread; a stream that breaks off (a corrupt gzip) ends with one ``LoadError`` record.
    """
    for item in read_jsonl_stream(stream, max_bytes=_max_bytes(settings)):
        yield _jsonl_record(name, item)


def _jsonl_record(path: str, item: JsonlItem) -> Record:
    record_id = item.id or f"{path}:{item.line}"
    if item.error is not None:
        kind = "LimitError" if item.too_long else "LoadError"
        return Record(id=record_id, url=item.url, path=path, error=(kind, item.error))
    return Record(
        id=record_id,
        text=item.text,
        kind=item.kind,
        url=item.url,
        published=item.published,
        path=path,
    )


def _warc_records(path: str, max_bytes: int) -> Iterator[Record]:
    try:
        for item in read_warc(path, max_bytes=max_bytes):
            yield _warc_record(path, item)
    except OSError as exc:
        yield Record(id=f"{path}@0", path=path, error=("LoadError", f"cannot read file: {exc}"))


def _warc_record(path: str, item: WarcItem) -> Record:
    record_id = f"{path}@{item.offset}"
    if item.error is not None:
        kind = "LimitError" if "limit" in item.error else "LoadError"
        return Record(id=record_id, url=item.url, path=path, error=(kind, item.error))
    return Record(
        id=record_id,
        data=item.body,
        kind="html",
        charset=item.charset,
        url=item.url,
        default_published=item.day,
        path=path,
    )


def load_record(record: Record, *, settings: Settings | None = None) -> RawPage:
    """Decode a record into a :class:`RawPage` (with :func:`~newsfacts.sources.raw.load_page`).

    Bytes with a transport charset (HTTP ``Content-Type``) are decoded with it when they fit it;
    otherwise decoding goes the usual way (BOM, the page's own charset, UTF-8, detection).

    Raises:
        LoadError: the record carries a read error, or its bytes are not usable text.
        LimitError: the record is larger than ``settings.max_input_bytes``.
    """
    if record.error is not None:
        kind, message = record.error
        if kind == "LimitError":
            raise LimitError(message, limit="max_input_bytes", path=record.path, url=record.url)
        raise LoadError(message, path=record.path, url=record.url)
    return load_page(
        record.text if record.text is not None else record.data or b"",
        kind=record.kind,
        charset=record.charset,
        url=record.url,
        path=record.path,
        settings=settings,
    )


def find_record(record_id: str, *, settings: Settings | None = None) -> Record | None:
    """The one record a ``FILE:LINE`` (JSONL) or ``FILE@OFFSET`` (WARC) id names, as batch names it.

    ``FILE:LINE`` is the 1-based line of a JSONL file (also when the item has an ``id`` of its
    own); ``FILE@OFFSET`` is where a WARC record, or its gzip member, starts (``1234.1`` for the
    second record of a member). The record may carry an error, as it would in a batch run.

    Returns:
        The record, or None when ``record_id`` has neither form (or names no JSONL or WARC file).

    Raises:
        ConfigError: the file does not exist, or holds no record there.
        LoadError: the file cannot be read.
    """
    match = _RECORD_ID.fullmatch(record_id)
    if match is None:
        return None
    path, line, offset = match["file"], match["line"], match["offset"]
    fmt = file_format(path)
    if not (fmt == "jsonl" and line) and not (fmt == "warc" and offset):
        return None
    if not Path(path).is_file():
        raise ConfigError("input not found", path=path)
    try:
        if line:
            found = _jsonl_line(path, int(line), _max_bytes(settings))
        else:
            found = _warc_offset(path, offset, _max_bytes(settings))
    except OSError as exc:
        raise LoadError(f"cannot read file: {exc}", path=path) from exc
    if found is None:
        raise ConfigError(_NOT_FOUND["jsonl" if line else "warc"].format(line or offset), path=path)
    return found


def _jsonl_line(path: str, line: int, max_bytes: int) -> Record | None:
    for item in read_jsonl(path, max_bytes=max_bytes):
        if item.line > line:
            break
        if item.line == line or (item.error or "").startswith(BROKEN_STREAM):
            return _jsonl_record(path, item)  # the line, or the file breaking off before it
    return None


def _warc_offset(path: str, offset: str, max_bytes: int) -> Record | None:
    start = offset.partition(".")[0]
    if not record_starts_at(path, int(start)):
        return None
    for item in read_warc(path, max_bytes=max_bytes, start=int(start)):
        if item.offset == offset:
            return _warc_record(path, item)
        if item.offset.partition(".")[0] != start:
            return None  # past the record or gzip member: it holds no HTML response there
    return None
