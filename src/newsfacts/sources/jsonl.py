"""JSON lines read item by item, so that one bad line costs one item and nothing more.

Each non-blank line is one item: an object with the page as ``html``, or as ``text`` / ``body``
(a plain-text scrape), and optionally ``id``, ``url`` and ``published``. A line that is not such
an object is an item with an error. No line is held in memory beyond the size limit: a longer
one is an error item and is skipped unread. A stream that breaks off (a corrupt gzip) ends with
one error item. Items carry their 1-based line number, which is what record ids are made of.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import BinaryIO

from newsfacts.sources.files import GZIP_SUFFIX
from newsfacts.sources.raw import PageKind, scrub_text

__all__ = ["BROKEN_STREAM", "JsonlItem", "open_jsonl", "read_jsonl", "read_jsonl_stream"]

#: How the error of the item that ends a stream which breaks off (a corrupt gzip) begins.
BROKEN_STREAM = "unreadable JSONL data"

#: The keys a page may stand under, in the order they are looked for, and its kind.
_PAGE_KEYS: tuple[tuple[str, PageKind], ...] = (
    ("html", "html"),
    ("text", "text"),
    ("body", "text"),
)


@dataclass(frozen=True, slots=True)
class JsonlItem:
    """One line of a JSONL stream, or the error that kept it from being read.

    Attributes:
        line: the 1-based line number.
        error: why the line gives no page (``text`` is then None).
        too_long: the error is the line being over the size limit.
        id: the item's own ``id``, as text.
        url: the item's ``url``.
        published: the item's ``published`` date, as given.
        text: the page (``html``, ``text`` or ``body``).
        kind: ``html`` or ``text``, by the key the page stood under.
    """

    line: int
    error: str | None = None
    too_long: bool = False
    id: str | None = None
    url: str | None = None
    published: str | None = None
    text: str | None = None
    kind: PageKind | None = None


def open_jsonl(path: str) -> io.BufferedIOBase:
    """Open a JSONL file for reading bytes, through gzip for a ``.gz`` name.

    Raises:
        OSError: the file cannot be opened.
    """
    if path.lower().endswith(GZIP_SUFFIX):
        return gzip.open(path, "rb")
    return open(path, "rb")


def read_jsonl(path: str, *, max_bytes: int) -> Iterator[JsonlItem]:
    """The items of a JSONL file (``.jsonl`` or ``.jsonl.gz``), in file order.

    Raises:
        OSError: the file cannot be opened (a missing file, no permission).
    """
    with open_jsonl(path) as stream:
        yield from read_jsonl_stream(stream, max_bytes=max_bytes)


def read_jsonl_stream(
    stream: io.BufferedIOBase | BinaryIO, *, max_bytes: int
) -> Iterator[JsonlItem]:
    """The items of a stream of JSON lines (a file, stdin), one per non-blank line.

    A line longer than ``max_bytes`` is an error item and is skipped unread; a stream that
    breaks off (a corrupt gzip) ends with one error item.
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
                yield JsonlItem(line=line_no, error=message, too_long=True)
            elif raw.strip():
                yield _item(line_no, raw)
    except (OSError, EOFError, zlib.error) as exc:  # corrupt or truncated gzip
        yield JsonlItem(line=line_no + 1, error=f"{BROKEN_STREAM}: {exc}")


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


def _item(line_no: int, raw: bytes) -> JsonlItem:
    try:
        item = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return JsonlItem(line=line_no, error=f"invalid JSON line: {exc}")
    if not isinstance(item, dict):
        return JsonlItem(
            line=line_no, error=f"JSONL item is a {type(item).__name__}, not an object"
        )
    found = JsonlItem(
        line=line_no,
        id=_optional_str(item, "id"),
        url=_optional_str(item, "url"),
        published=_optional_str(item, "published"),
    )
    for key, kind in _PAGE_KEYS:
        value = item.get(key)
        if isinstance(value, str):
            return replace(found, text=value, kind=kind)
    return replace(found, error="JSONL item has no 'html', 'text' or 'body' string")
