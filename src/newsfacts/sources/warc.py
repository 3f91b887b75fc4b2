"""WARC files read record by record, so that one bad record costs one row and nothing more.

A crawl archive is read in bounded memory, and damage stays local:

- a ``.warc.gz`` is a chain of gzip members; a member that is corrupt or cut short is one error
  and reading resumes at the next member (found by its gzip signature);
- a record whose ``Content-Length`` is over the size limit (or a lie: ``10**12``) is one error and
  reading resumes at the next ``WARC/1.x`` header line, without reading the claimed length;
- a response whose HTTP body does not decode as its ``Content-Encoding`` or ``Transfer-Encoding``
  says (a false ``gzip``) is one error; the records after it are read as usual;
- no record, compressed or not, is held in memory beyond the size limit: inflation stops there.

Only ``response`` records are reported (plus the errors, whatever the record's type); requests,
``warcinfo`` and metadata records are passed over. Each item carries the offset of its record
(plain files) or of its gzip member (``.warc.gz``; the second record of a member holding several
is ``offset.1``, and so on), which is what record ids are made of.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

__all__ = ["WarcItem", "read_warc", "record_starts_at"]

#: Bytes read from the file at a time, and the most one inflation step may produce.
_CHUNK = 1 << 16
#: A WARC or HTTP header block longer than this is not a header block.
_MAX_HEADER_BYTES = 1 << 16
#: A record may exceed the page limit by this much (its HTTP headers and the WARC framing).
_HEADROOM = 1 << 16
_GZIP_MAGIC = b"\x1f\x8b\x08"
#: A record's version line, found anywhere (garbage may be glued right before it).
_RECORD_START = re.compile(rb"WARC/1\.\d\r?\n")
_STATUS = re.compile(rb"^HTTP/\d(?:\.\d)?\s+(\d{3})")
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


@dataclass(frozen=True, slots=True)
class WarcItem:
    """One response record of a WARC file, or the error that kept a record from being read.

    Attributes:
        offset: where the record (plain file) or its gzip member starts, as ``"1234"`` or
            ``"1234.1"`` for the second record of one member.
        url: ``WARC-Target-URI``.
        day: the day of ``WARC-Date`` (``YYYY-MM-DD``).
        content_type: the HTTP media type, lower case, without parameters.
        charset: the charset the HTTP ``Content-Type`` declares.
        body: the HTTP body, decoded from its transfer and content encodings.
        error: why the record could not be read (``body`` is then None).
    """

    offset: str
    url: str | None = None
    day: str | None = None
    content_type: str = ""
    charset: str | None = None
    body: bytes | None = None
    error: str | None = None


class _Damaged(Exception):
    """The compressed data of a gzip member is corrupt or cut short."""


class _Stream:
    """Bytes pulled from a chunk source, with line reads, bounded reads and skipping."""

    def __init__(self, chunks: Iterator[bytes], pos: int = 0) -> None:
        self._chunks = chunks
        self._buf = bytearray()
        self.pos = pos  # where the next byte is: the start, plus the bytes consumed so far
        self._done = False
        self._damage: _Damaged | None = None

    def _fill(self) -> bool:
        if self._done:
            return False
        try:
            chunk = next(self._chunks, None)
        except _Damaged as exc:  # kept: raised where a read comes up short (see raise_damage)
            self._done, self._damage = True, exc
            return False
        if chunk is None:
            self._done = True
            return False
        self._buf += chunk
        return True

    def readline(self, limit: int) -> bytes:
        """One line with its newline, or at most ``limit`` bytes of one (b"" at the end)."""
        while True:
            end = self._buf.find(b"\n", 0, limit)
            if end >= 0:
                return self._take(end + 1)
            if len(self._buf) >= limit or not self._fill():
                return self._take(min(limit, len(self._buf)))

    def read(self, size: int) -> bytes:
        """``size`` bytes, or fewer at the end."""
        while len(self._buf) < size and self._fill():
            pass
        return self._take(min(size, len(self._buf)))

    def skip(self, size: int) -> int:
        """Drop ``size`` bytes (fewer at the end) without keeping them; returns how many."""
        skipped = 0
        while skipped < size:
            if not self._buf and not self._fill():
                break
            step = min(size - skipped, len(self._buf))
            del self._buf[:step]
            self.pos += step
            skipped += step
        return skipped

    def seek_record(self) -> bool:
        """Drop bytes up to the next ``WARC/1.x`` line; False when there is none."""
        while True:
            match = _RECORD_START.search(self._buf)
            if match is not None:
                start = match.start()
                del self._buf[:start]
                self.pos += start
                return True
            keep = 16  # a version line ("WARC/1.0\r\n", 10 bytes) may straddle two chunks
            drop = max(0, len(self._buf) - keep)
            del self._buf[:drop]
            self.pos += drop
            if not self._fill():
                self.pos += len(self._buf)
                self._buf.clear()
                return False

    def raise_damage(self) -> None:
        """Raise the damage the source met, if any: a read came up short because of it."""
        if self._damage is not None:
            raise self._damage

    def peek(self, size: int) -> bytes:
        """The next ``size`` bytes (fewer at the end), left in place."""
        while len(self._buf) < size and self._fill():
            pass
        return bytes(self._buf[:size])

    def drain(self) -> None:
        """Consume everything left (a gzip member must be read to its end to find the next)."""
        self._buf.clear()
        while self._fill():
            self._buf.clear()
        self.raise_damage()

    def _take(self, size: int) -> bytes:
        out = bytes(self._buf[:size])
        del self._buf[:size]
        self.pos += size
        return out


def read_warc(path: str, *, max_bytes: int, start: int = 0) -> Iterator[WarcItem]:
    """The response records of a WARC file (``.warc`` or ``.warc.gz``), in file order.

    Args:
        path: the file.
        max_bytes: the largest page body kept; a bigger record is an error item.
        start: where to begin reading: 0, or an offset where a record (plain file) or a gzip
            member (``.warc.gz``) starts (see :func:`record_starts_at`).

    Raises:
        OSError: the file cannot be opened (a missing file, no permission).
    """
    with open(path, "rb") as raw:
        gzipped = raw.read(2) == _GZIP_MAGIC[:2]
        if gzipped:
            yield from _gzip_items(raw, max_bytes, start)
        else:
            raw.seek(start)
            chunks = iter(lambda: raw.read(_CHUNK), b"")
            yield from _records(_Stream(chunks, start), max_bytes, lambda pos, _k: str(pos))


def record_starts_at(path: str, offset: int) -> bool:
    """Whether a record (plain file) or a gzip member (``.warc.gz``) starts at ``offset``.

    Raises:
        OSError: the file cannot be opened.
    """
    with open(path, "rb") as raw:
        gzipped = raw.read(2) == _GZIP_MAGIC[:2]
        raw.seek(offset)
        head = raw.read(5)
    return head.startswith(_GZIP_MAGIC) if gzipped else head == b"WARC/"


def _gzip_items(raw: BinaryIO, max_bytes: int, start: int) -> Iterator[WarcItem]:
    """Each gzip member's records; a damaged member is one error, then the next member."""
    while True:
        raw.seek(start)
        if not raw.read(len(_GZIP_MAGIC)):
            return
        raw.seek(start)
        member = _Member(raw, start)
        stream = _Stream(member.chunks())
        try:
            yield from _records(stream, max_bytes, member.name)
            stream.drain()
        except _Damaged as exc:
            yield WarcItem(offset=str(start), error=f"unreadable WARC data: {exc}")
            following = _next_magic(raw, start + 1)
            if following is None:
                return
            start = following
            continue
        if member.end is None:
            return
        start = member.end
        if _only_padding(raw, start):
            return


class _Member:
    """One gzip member of a file: its inflated bytes in bounded chunks, and where it ends."""

    def __init__(self, raw: BinaryIO, start: int) -> None:
        self._raw = raw
        self.start = start
        self.end: int | None = None

    def name(self, _pos: int, index: int) -> str:
        return str(self.start) if index == 0 else f"{self.start}.{index}"

    def chunks(self) -> Iterator[bytes]:
        inflater = zlib.decompressobj(wbits=31)
        read_to = self.start
        data = b""
        while True:
            if not data:
                data = self._raw.read(_CHUNK)
                read_to += len(data)
                if not data:
                    raise _Damaged("a gzip member is cut short")
            try:
                out = inflater.decompress(data, _CHUNK)
            except zlib.error as exc:
                raise _Damaged(f"corrupt gzip member ({exc})") from exc
            if out:
                yield out
            if inflater.eof:
                self.end = read_to - len(inflater.unused_data)
                return
            data = inflater.unconsumed_tail


def _next_magic(raw: BinaryIO, start: int) -> int | None:
    """The offset of the next gzip signature at or after ``start``, or None."""
    raw.seek(start)
    position = start
    tail = b""
    while True:
        chunk = raw.read(_CHUNK)
        if not chunk:
            return None
        window = tail + chunk
        found = window.find(_GZIP_MAGIC)
        if found >= 0:
            return position - len(tail) + found
        tail = window[-(len(_GZIP_MAGIC) - 1) :]
        position += len(chunk)


def _only_padding(raw: BinaryIO, start: int) -> bool:
    """True when nothing but NUL bytes and whitespace follows ``start``."""
    raw.seek(start)
    while True:
        chunk = raw.read(_CHUNK)
        if not chunk:
            return True
        if chunk.strip(b"\x00 \r\n\t"):
            return False


def _records(
    stream: _Stream, max_bytes: int, name: Callable[[int, int], str]
) -> Iterator[WarcItem]:
    """Parse WARC records from one stream (a plain file, or one gzip member)."""
    index = 0
    while True:
        line = stream.readline(_MAX_HEADER_BYTES)
        while line and not line.strip():
            line = stream.readline(_MAX_HEADER_BYTES)
        if not line:
            stream.raise_damage()
            return
        at = stream.pos - len(line)
        where = name(at, index)
        index += 1
        glued = _RECORD_START.search(line)
        if glued is not None and glued.start() > 0:  # "xxxxWARC/1.0": garbage, then a record
            yield WarcItem(offset=where, error="unreadable WARC data: no record header here")
            line, at = line[glued.start() :], at + glued.start()
            where = name(at, index)
            index += 1
        if not line.startswith(b"WARC/"):
            yield WarcItem(offset=where, error="unreadable WARC data: no record header here")
            if not stream.seek_record():
                return
            continue
        headers = _header_block(stream)
        if headers is None:
            stream.raise_damage()
            yield WarcItem(offset=where, error="unreadable WARC record: header block too long")
            if not stream.seek_record():
                return
            continue
        url = headers.get("warc-target-uri")
        day_match = _DAY.match(headers.get("warc-date", ""))
        day = day_match.group(1) if day_match else None
        length = _int(headers.get("content-length"))
        if length is None:
            yield WarcItem(offset=where, url=url, error="unreadable WARC record: no Content-Length")
            if not stream.seek_record():
                return
            continue
        if length > max_bytes + _HEADROOM:
            yield WarcItem(
                offset=where,
                url=url,
                error=f"WARC record of {length:,} bytes is over the {max_bytes:,}-byte limit",
            )
            if not stream.seek_record():
                return
            continue
        is_response = headers.get("warc-type", "").lower() == "response"
        if not is_response:
            stream.skip(length)
            if _misframed(stream):  # its length was wrong: one error, then the next record
                yield WarcItem(offset=where, url=url, error=_MISFRAMED)
                if not stream.seek_record():
                    return
            continue
        content = stream.read(length)
        if len(content) < length:
            stream.raise_damage()
            yield WarcItem(offset=where, url=url, error="unreadable WARC record: cut short")
            return
        if _misframed(stream):
            yield WarcItem(offset=where, url=url, error=_MISFRAMED)
            if not stream.seek_record():
                return
            continue
        item = _response(where, url, day, content, max_bytes)
        if item is not None:
            yield item


_MISFRAMED = "unreadable WARC record: its Content-Length does not end where the next record starts"
#: What may stand between one record's content and the next record: the framing's blank lines.
_FRAMING = b"\r\n \t\x00"


def _misframed(stream: _Stream) -> bool:
    r"""Whether a record's content is followed by neither its framing nor the next record.

    A record ends with a blank line (``\r\n\r\n``). When that is there, the length was right
    and whatever follows is damage of its own (one error row of its own); when it is not and
    no record follows, the length was wrong: the rest of the record is still to come.
    """
    after = stream.peek(256)
    if after.startswith(b"\r\n\r\n") or after.startswith(b"\n\n"):
        return False
    rest = after.lstrip(_FRAMING)  # blank lines, spaces and NUL padding
    if not rest:
        return False  # the end, or only blank lines within the peek
    return not rest.startswith(b"WARC/")


def _header_block(stream: _Stream) -> dict[str, str] | None:
    """Header lines up to the blank line, names lower-cased; None when there is no end."""
    headers: dict[str, str] = {}
    size = 0
    while True:
        line = stream.readline(_MAX_HEADER_BYTES)
        size += len(line)
        if not line or size > _MAX_HEADER_BYTES:
            return None
        text = line.decode("utf-8", "replace").strip()
        if not text:
            return headers
        key, sep, value = text.partition(":")
        if sep:
            headers.setdefault(key.strip().lower(), value.strip())


def _int(value: str | None) -> int | None:
    if value is None or not value.strip().isdigit():
        return None
    return int(value.strip())


def _response(
    where: str, url: str | None, day: str | None, content: bytes, max_bytes: int
) -> WarcItem | None:
    """The HTTP response inside a record: only HTML pages are kept (None for other types)."""
    if url is None:
        return WarcItem(offset=where, day=day, error="unreadable WARC record: no target URI")
    split = content.find(b"\r\n\r\n")
    gap = 4
    if split < 0:
        split, gap = content.find(b"\n\n"), 2
    head, body = (content, b"") if split < 0 else (content[:split], content[split + gap :])
    status = _STATUS.match(head)
    if status is None:
        return WarcItem(
            offset=where, url=url, day=day, error="unreadable WARC record: no HTTP status line"
        )
    http: dict[str, str] = {}
    for raw_line in head.split(b"\n")[1:]:
        key, sep, value = raw_line.decode("latin-1").partition(":")
        if sep:
            http.setdefault(key.strip().lower(), value.strip())
    content_type = http.get("content-type", "")
    media = content_type.split(";")[0].strip().lower()
    if media not in _HTML_TYPES:
        return None
    charset_match = _CHARSET.search(content_type)
    try:
        if "chunked" in http.get("transfer-encoding", "").lower():
            body = _dechunk(body, max_bytes)
        body = _decode_content(body, http.get("content-encoding", ""), max_bytes)
    except ValueError as exc:
        return WarcItem(
            offset=where,
            url=url,
            day=day,
            content_type=media,
            error=f"unreadable WARC record: {exc}",
        )
    return WarcItem(
        offset=where,
        url=url,
        day=day,
        content_type=media,
        charset=charset_match.group(1) if charset_match else None,
        body=body,
    )


_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def _dechunk(body: bytes, max_bytes: int) -> bytes:
    """Undo HTTP chunked transfer encoding; a body that is not chunked after all stays as is."""
    out = bytearray()
    pos = 0
    while pos < len(body):
        end = body.find(b"\r\n", pos)
        if end < 0:
            return body
        size_text = body[pos:end].split(b";")[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            return body  # crawlers often store the body already de-chunked
        if size == 0:
            return bytes(out)
        out += body[end + 2 : end + 2 + size]
        if len(out) > max_bytes:
            raise ValueError(f"chunked body over the {max_bytes:,}-byte limit")
        pos = end + 2 + size + 2
    return bytes(out)


def _decode_content(body: bytes, encoding: str, max_bytes: int) -> bytes:
    """Undo a ``Content-Encoding`` (gzip, deflate, br), inflating at most ``max_bytes``."""
    names = [e.strip().lower() for e in encoding.split(",") if e.strip()]
    for name in reversed(names):
        if name in {"identity", "none"}:
            continue
        if name in {"gzip", "x-gzip", "deflate"}:
            body = _inflate(body, name, max_bytes)
        elif name == "br":
            body = _unbrotli(body, max_bytes)
        else:
            raise ValueError(f"unknown Content-Encoding {name!r}")
    return body


def _inflate(body: bytes, name: str, max_bytes: int) -> bytes:
    wbits = 31 if name != "deflate" else (15 if body[:1] == b"\x78" else -15)
    inflater = zlib.decompressobj(wbits=wbits)
    try:
        out = inflater.decompress(body, max_bytes + 1)
    except zlib.error as exc:
        raise ValueError(
            f"the body is not {name} data as its Content-Encoding says ({exc})"
        ) from exc
    if len(out) > max_bytes:
        raise ValueError(f"the body inflates past the {max_bytes:,}-byte limit")
    return out


def _unbrotli(body: bytes, max_bytes: int) -> bytes:
    try:
        import brotli  # type: ignore[import-untyped]
    except ImportError as exc:
        raise ValueError("a br (brotli) body, and no brotli decoder is installed") from exc
    try:
        out = brotli.Decompressor().process(body, output_buffer_limit=max_bytes + 1)
    except brotli.error as exc:
        raise ValueError(f"the body is not br data as its Content-Encoding says ({exc})") from exc
    if len(out) > max_bytes:
        raise ValueError(f"the body inflates past the {max_bytes:,}-byte limit")
    return bytes(out)
