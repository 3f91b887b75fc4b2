"""Input records of a batch run: saved pages, JSONL items and WARC responses, each with a stable id.

Reading never raises for a broken record: a bad JSON line, an item without a page, or an
unreadable WARC record becomes a :class:`Record` that carries its error, so that every record of
the input gets exactly one output. Only an input path that does not exist is an error of the run
(:class:`~newsfacts.errors.ConfigError`).
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from newsfacts.errors import ConfigError, LimitError, LoadError
from newsfacts.sources.raw import (
    PageKind,
    RawPage,
    load_bytes,
    prefers_utf8,
    scrub_text,
    sniff_kind,
)
from newsfacts.sources.warc import WarcItem, read_warc

__all__ = [
    "PAGE_SUFFIXES",
    "InputFile",
    "InputFormat",
    "Record",
    "check_inputs",
    "estimate_total",
    "find_inputs",
    "iter_records",
    "jsonl_stream_records",
    "load_record",
    "read_records",
    "skipped_files",
]

#: ``outside``: a file in an input folder that is a symbolic link leading out of that folder;
#: ``special``: one that is not a regular file (a FIFO, a socket). Neither is read; each becomes
#: one error record.
InputFormat = Literal["page", "jsonl", "warc", "outside", "special"]

#: Suffixes of saved pages picked up when walking a folder.
PAGE_SUFFIXES: tuple[str, ...] = (".html.gz", ".html", ".htm", ".txt")
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
_WARC_SUFFIXES = (".warc", ".warc.gz")
#: The size limit of one record when the caller gives none (``Settings.max_input_bytes``).
DEFAULT_MAX_BYTES = 50_000_000


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file of the input and how to read it."""

    path: str
    format: InputFormat


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


def _format_of(path: Path) -> InputFormat | None:
    name = path.name.lower()
    if name.endswith(_WARC_SUFFIXES):
        return "warc"
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PAGE_SUFFIXES):
        return "page"
    return None


def find_inputs(paths: Iterable[str | Path]) -> Iterator[InputFile]:
    """Expand input paths: files as they are, folders recursively by suffix, in sorted order.

    A file named on its own whose suffix is unknown is read as a saved page (HTML is sniffed).
    Inside a folder, a symbolic link whose target lies outside the folder is not followed: it
    comes out with format ``outside`` (one error record), so an archive cannot make the run read
    ``/etc/passwd`` or a neighbour's files. Anything that is not a regular file (a FIFO named
    ``x.html`` would block the run forever) comes out with format ``special``, one error record.

    Raises:
        ConfigError: an input path does not exist.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            top = path.resolve()
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    child = Path(root) / name
                    fmt = _format_of(child)
                    if fmt is None or name.startswith("."):
                        continue
                    if _leaves(child, top):
                        yield InputFile(str(child), "outside")
                    elif not child.is_file():  # a FIFO, socket or device named like a page
                        yield InputFile(str(child), "special")
                    else:
                        yield InputFile(str(child), fmt)
        elif path.is_file():
            yield InputFile(str(path), _format_of(path) or "page")
        else:
            raise ConfigError("input not found", path=str(path))


def skipped_files(paths: Iterable[str | Path]) -> list[str]:
    """Files inside the input folders that :func:`find_inputs` does not read, by their names.

    Hidden files (a leading dot) are left out of the list too: they are never input.
    """
    skipped: list[str] = []
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            continue
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                if not name.startswith(".") and _format_of(Path(root) / name) is None:
                    skipped.append(str(Path(root) / name))
    return skipped


def _leaves(child: Path, top: Path) -> bool:
    """Whether ``child`` is a symbolic link whose target is not inside the folder ``top``."""
    if not child.is_symlink():
        return False
    try:
        return not child.resolve().is_relative_to(top)
    except (OSError, RuntimeError):  # a loop of links
        return True


def check_inputs(paths: Iterable[str | Path]) -> None:
    """Fail early, before any work, when an input path does not exist.

    Raises:
        ConfigError: an input path does not exist.
    """
    for given in paths:
        if not Path(given).exists():
            raise ConfigError("input not found", path=str(given))


def estimate_total(paths: Iterable[str | Path]) -> int:
    """Count the records of the inputs quickly, for a progress bar's ETA.

    JSONL lines and WARC response records are counted without parsing them, so the count can be
    a little high (blank items, WARC responses that are not HTML).
    """
    total = 0
    for source in find_inputs(paths):
        try:
            if source.format in ("page", "outside", "special"):
                total += 1
            elif source.format == "jsonl":
                with _open_text(source.path) as stream:
                    total += sum(1 for line in stream if line.strip())
            else:
                from fastwarc.warc import ArchiveIterator, WarcRecordType

                responses = ArchiveIterator(
                    source.path, record_types=WarcRecordType.response, parse_http=False
                )
                total += sum(1 for _ in responses)
        except (OSError, EOFError, ValueError):
            total += 1  # unreadable: it will be one error record
    return total


def read_records(source: InputFile, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Record]:
    """Yield the records of one input file (one for a page, one per item or HTML response).

    No record is read into memory past ``max_bytes``: a bigger page file, JSONL line or WARC
    record (compressed or not) is one ``LimitError`` record, and reading goes on after it.
    """
    if source.format in ("outside", "special"):
        name = _writable(source.path)
        message = (
            "not read: a symbolic link that leads outside the input folder"
            if source.format == "outside"
            else "not read: not a regular file (a FIFO, socket or device)"
        )
        yield Record(id=name, path=name, error=("LoadError", message))
    elif source.format == "jsonl":
        yield from _jsonl_records(source.path, max_bytes)
    elif source.format == "warc":
        yield from _warc_records(source.path, max_bytes)
    else:
        yield _page_record(source.path, max_bytes)


def iter_records(
    paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Record]:
    """Yield every record of every input, streaming (one file open at a time).

    Raises:
        ConfigError: an input path does not exist.
    """
    for source in find_inputs(paths):
        yield from read_records(source, max_bytes=max_bytes)


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


def _open_text(path: str) -> io.BufferedIOBase:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _jsonl_records(path: str, max_bytes: int) -> Iterator[Record]:
    try:
        stream = _open_text(path)
    except OSError as exc:
        yield Record(id=f"{path}:0", path=path, error=("LoadError", f"cannot read file: {exc}"))
        return
    with stream:
        yield from jsonl_stream_records(stream, path, max_bytes=max_bytes)


def jsonl_stream_records(
    stream: io.BufferedIOBase | BinaryIO, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Record]:
    """The records of a stream of JSON lines (a file, stdin), one per non-blank line.

    A line longer than ``max_bytes`` is a ``LimitError`` record and is skipped unread; a stream
    that breaks off (a corrupt gzip) ends with one ``LoadError`` record.
    """
    line_no = 0
    try:
        while True:
            raw = stream.readline(max_bytes + 1)
            if not raw:
                break
            line_no += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                _skip_line(stream)  # the rest of the line is dropped unread, in pieces
                message = f"JSONL line is over the {max_bytes:,}-byte limit (not read past it)"
                yield Record(id=f"{name}:{line_no}", path=name, error=("LimitError", message))
            elif raw.strip():
                yield _item_record(name, line_no, raw)
    except (OSError, EOFError, zlib.error) as exc:  # corrupt or truncated gzip
        yield Record(
            id=f"{name}:{line_no + 1}",
            path=name,
            error=("LoadError", f"unreadable JSONL data: {exc}"),
        )


def _skip_line(stream: io.BufferedIOBase | BinaryIO) -> None:
    while True:
        piece = stream.readline(1 << 16)
        if not piece or piece.endswith(b"\n"):
            return


def _optional_str(item: dict[str, object], key: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    return scrub_text(str(value))  # no lone surrogates: ids and URLs must be writable as UTF-8


def _item_record(path: str, line_no: int, raw: bytes) -> Record:
    fallback = f"{path}:{line_no}"
    try:
        item = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return Record(id=fallback, path=path, error=("LoadError", f"invalid JSON line: {exc}"))
    if not isinstance(item, dict):
        message = f"JSONL item is a {type(item).__name__}, not an object"
        return Record(id=fallback, path=path, error=("LoadError", message))
    record_id = _optional_str(item, "id") or fallback
    url = _optional_str(item, "url")
    published = _optional_str(item, "published")
    kind: PageKind
    for key, kind in (("html", "html"), ("text", "text"), ("body", "text")):
        value = item.get(key)
        if isinstance(value, str):
            return Record(
                id=record_id, text=value, kind=kind, url=url, published=published, path=path
            )
    message = "JSONL item has no 'html', 'text' or 'body' string"
    return Record(id=record_id, url=url, path=path, error=("LoadError", message))


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


def load_record(record: Record, *, max_bytes: int = 50_000_000) -> RawPage:
    """Decode a record into a :class:`RawPage`.

    Bytes with a transport charset (HTTP ``Content-Type``) are decoded with it when they fit it;
    otherwise decoding goes the usual way (BOM, the page's own charset, UTF-8, detection).

    Raises:
        LoadError: the record carries a read error, or its bytes are not usable text.
    """
    if record.error is not None:
        kind, message = record.error
        if kind == "LimitError":
            raise LimitError(message, limit="max_input_bytes", path=record.path, url=record.url)
        raise LoadError(message, path=record.path, url=record.url)
    if record.text is not None:
        if not record.text.strip():
            raise LoadError("empty input", path=record.path, url=record.url)
        text = scrub_text(record.text.replace("\r\n", "\n").replace("\r", "\n"))
        if not text.strip():
            raise LoadError("empty input", path=record.path, url=record.url)
        digest = hashlib.sha256(record.text.encode("utf-8", "surrogatepass")).hexdigest()
        return RawPage(
            text=text,
            kind=record.kind or sniff_kind(text),
            encoding="utf-8",
            sha256=digest,
            path=record.path,
            url=record.url,
        )
    data = record.data or b""
    page = _decode_declared(record, data, max_bytes)
    if page is not None:
        return page
    return load_bytes(data, path=record.path, url=record.url, kind=record.kind, max_bytes=max_bytes)


def _decode_declared(record: Record, data: bytes, max_bytes: int) -> RawPage | None:
    """The page decoded with the transport charset, or None to fall back to sniffing."""
    if record.charset is None or not data.strip() or len(data) > max_bytes:
        return None
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # a byte-order mark outranks the header, as in browsers
    try:
        codec = codecs.lookup(record.charset).name
        if prefers_utf8(data, codec):
            return None  # labelled Latin-1 but really UTF-8: decoding as labelled is mojibake
        text = data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None
    text = scrub_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip() or "\x00" in text[:8192]:
        return None
    return RawPage(
        text=text,
        kind=record.kind or sniff_kind(text),
        encoding=codec,
        sha256=hashlib.sha256(data).hexdigest(),
        path=record.path,
        url=record.url,
    )
