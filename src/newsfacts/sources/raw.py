"""Decode input bytes into text and decide whether they are HTML or a plain-text scrape."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import re
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from newsfacts.errors import LimitError, LoadError
from newsfacts.settings import Settings
from newsfacts.sources.files import file_format

__all__ = [
    "PageKind",
    "RawPage",
    "decode_bytes",
    "load_page",
    "load_path",
    "looks_binary",
    "looks_garbled",
    "prefers_utf8",
    "scrub_text",
    "sniff_kind",
]

PageKind = Literal["html", "text"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_SNIFF = re.compile(
    r"<\s*(!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|a\s|script|"
    r"style|noscript|link|table|main|header|h[1-6]|ul|ol|li|br|img|iframe)[\s>/]",
    re.I,
)


@dataclass(frozen=True, slots=True)
class RawPage:
    """One input document as text.

    Attributes:
        text: the decoded document.
        kind: ``html`` or ``text`` (a plain-text scrape).
        encoding: the codec that decoded it.
        sha256: hex digest of the original bytes.
        path: where it was read from, if a file.
        url: the page URL, if known.
    """

    text: str
    kind: PageKind
    encoding: str
    sha256: str
    path: str | None = None
    url: str | None = None


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(
    data: bytes, *, path: str | None = None, url: str | None = None
) -> tuple[str, str]:
    """Decode bytes to text: BOM, then the page's declared charset, then UTF-8, then detection.

    Returns:
        The text and the name of the codec used.

    Raises:
        LoadError: the bytes are empty, binary, or in no recognisable text encoding.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise LoadError(f"invalid {codec} after its byte-order mark", path=path) from exc
    head = data[:8192]
    if head.count(b"\x00") > len(head) // 100:
        raise LoadError("binary input: NUL bytes where text was expected", path=path, url=url)
    data = data.replace(b"\x00", b"")  # a few stray NULs in a text page: dropped, not fatal
    declared = _declared_charset(head[:4096])
    if declared and declared not in {"utf-8", "utf_8"} and not prefers_utf8(data, declared):
        try:
            if codecs.lookup(declared)._is_text_encoding:  # not "punycode", "rot13", "zlib"
                return data.decode(declared), declared
        except (UnicodeError, LookupError):
            pass  # the declaration lies or names no text encoding: UTF-8, then detection
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported lazily: only for non-UTF-8 input

    western = _western_fallback(data)
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        if western is not None:
            return western, "cp1252"
        raise LoadError("undecodable input: no text encoding fits these bytes", path=path, url=url)
    if western is not None:
        # Undeclared single-byte text that reads as Western words is windows-1252 far more often
        # than the Baltic, DOS or Mac code pages detection tends to pick for short samples (the
        # WHATWG default for unlabeled pages); picking those gives "Windrðdern".
        return western, "cp1252"
    return str(best), str(best.encoding)


#: Latin-script single-byte code pages detection may pick for what is really windows-1252.
_LATIN_GUESSES = frozenset(
    "cp1250 cp1252 cp1254 cp1257 cp775 cp850 cp852 cp858 cp437 cp863 cp865 latin_1 iso8859_1 "
    "iso8859_2 iso8859_3 iso8859_4 iso8859_9 iso8859_10 iso8859_13 iso8859_14 iso8859_15 "
    "iso8859_16 mac_roman mac_latin2 mac_iceland".split()
)


def prefers_utf8(data: bytes, declared: str) -> bool:
    """True when bytes labelled with a single-byte Latin charset are really UTF-8.

    A page served or labelled as ``iso-8859-1``/``windows-1252`` whose bytes are valid UTF-8 with
    multi-byte sequences is UTF-8 mislabelled: decoding it as declared would turn "Windrädern"
    into "WindrÃ¤dern" (mojibake). Real Latin-1 text almost never forms valid UTF-8 sequences.
    """
    if not _is_latin_guess(declared) or data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


#: Characters no text holds in numbers: C0 controls other than tab, line feed, form feed and
#: carriage return, and C1 controls.
_NOT_TEXT = re.compile("[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f]")
#: Share of such characters above which decoded bytes are binary, not a page (random bytes
#: give about 10 %, a page with a few stray controls far under 1 %).
_BINARY_SHARE = 0.02
#: Share of replacement characters (undecodable bytes) above which text is binary: a text an
#: upstream decoder lost its accents in holds a few percent; random bytes decoded with
#: replacement, a third or more.
_REPLACED_SHARE = 0.15
#: Only this many characters are sampled (bounded work on huge input).
_BINARY_SAMPLE = 200_000


def looks_binary(text: str) -> bool:
    """True for decoded bytes that are not text: many controls or undecodable characters."""
    sample = text[:_BINARY_SAMPLE]
    if len(sample) < 64:
        return False
    if sample.count("\ufffd") > _REPLACED_SHARE * len(sample):
        return True
    return len(_NOT_TEXT.findall(sample)) > _BINARY_SHARE * len(sample)


#: Characters that are neither letters, digits nor spaces (punctuation and symbols).
_SYMBOL = re.compile(r"[^\w\s]")
#: Shares over which a plain text is random characters: symbols among what is not space (prose
#: holds a few percent, random printable ASCII a third), and spaces under this share of all
#: characters (prose: one in six; random printable ASCII: one in ninety-five).
_SYMBOL_SHARE = 0.25
_SPACE_SHARE = 0.04


def looks_garbled(text: str) -> bool:
    """True for a plain text of random printable characters: mostly symbols, hardly a space.

    Scripts written without spaces (Chinese, Japanese) are letters, not symbols, and pass.
    """
    sample = text[:_BINARY_SAMPLE]
    if len(sample) < 200:
        return False
    spaces = sum(1 for c in sample if c.isspace())
    solid = len(sample) - spaces
    if spaces >= _SPACE_SHARE * len(sample):
        return False
    # vowel signs and other combining marks are part of words (Khmer, Devanagari): not symbols
    symbols = sum(1 for c in _SYMBOL.findall(sample) if unicodedata.category(c)[0] != "M")
    return symbols > _SYMBOL_SHARE * max(solid, 1)


def scrub_text(text: str) -> str:
    """Drop what no page text should hold: NUL and other C0 controls, lone UTF-16 surrogates.

    lxml refuses strings with control characters, and a lone surrogate (possible in JSON input)
    cannot be written out as UTF-8.
    """
    return _CONTROL.sub("", text)


def _is_latin_guess(encoding: str) -> bool:
    return encoding.lower().replace("-", "_") in _LATIN_GUESSES


def _western_fallback(data: bytes) -> str | None:
    """The bytes as windows-1252 when that reads as Western European text, else None.

    Accepted when nearly all non-ASCII characters are accented Latin letters (À-ÿ) or common
    typography (quotes, dashes, euro, NBSP), which is what a cp1252 page looks like and what
    mis-decoded Polish, Baltic or Cyrillic bytes do not.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    extra = [c for c in text if ord(c) > 127]
    if not extra:
        return text
    fitting = sum(1 for c in extra if "\u00c0" <= c <= "\u00ff" or c in _WESTERN_PUNCTUATION)
    if fitting < 0.9 * len(extra):
        return None
    # Western words have an accent or two among ASCII letters ("Windrädern"); Cyrillic or Greek
    # bytes read as windows-1252 give words of accented letters only ("Âåòðÿíûå").
    words = [w for w in _ACCENTED_WORD.findall(text) if not w.isascii()]
    if words:
        accented = sum(sum(1 for c in w if ord(c) > 127) for w in words)
        if accented > 0.5 * sum(len(w) for w in words):
            return None
    return text


_ACCENTED_WORD = re.compile("[A-Za-z\u00c0-\u00ff]+")


_WESTERN_PUNCTUATION = frozenset(
    "\u00a0\u00ab\u00bb\u00b0\u00a3\u00a9\u00ae\u20ac\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00b7"
)


def sniff_kind(text: str, *, path: str | None = None) -> PageKind:
    """Decide whether a document is HTML or a plain-text scrape.

    A path named as text (``.txt``, ``.text``, also gzip-compressed; see
    :data:`~newsfacts.sources.files.SUFFIXES`) is always a plain-text scrape; anything else is HTML
    when its first few kilobytes hold HTML tags.
    """
    if path is not None and file_format(path) == "text":
        return "text"
    return "html" if _HTML_SNIFF.search(text[:4096]) else "text"


def _too_large(max_bytes: int, *, path: str | None, url: str | None = None) -> LimitError:
    return LimitError(
        f"input larger than {max_bytes} bytes (max_input_bytes)",
        limit="max_input_bytes",
        path=path,
        url=url,
    )


def _maybe_gunzip(data: bytes, *, path: str | None, max_bytes: int) -> bytes:
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise LoadError(f"corrupt gzip data: {exc}", path=path) from exc
    if len(out) > max_bytes:
        raise LimitError(
            f"input larger than {max_bytes} bytes once decompressed (max_input_bytes)",
            limit="max_input_bytes",
            path=path,
        )
    return out


def load_page(
    content: bytes | str,
    *,
    kind: PageKind | None = None,
    charset: str | None = None,
    url: str | None = None,
    path: str | None = None,
    settings: Settings | None = None,
) -> RawPage:
    r"""Turn one page, as bytes or as text, into a :class:`RawPage`: the way every input takes.

    Bytes may be gzip-compressed. They are decoded with ``charset`` when it fits them, else as
    the page itself says (BOM, its declared charset, UTF-8, then detection). Text is taken as it
    is. Either way NUL and other control characters are dropped and line endings become ``\n``.

    Args:
        content: the page.
        kind: ``html`` or ``text`` when the input says so; None sniffs it (see :func:`sniff_kind`).
        charset: the charset the transport declared (an HTTP ``Content-Type``); it outranks the
            page's own unless a byte-order mark says otherwise or the bytes are UTF-8 labelled
            as a Latin code page.
        url: the page URL, if known.
        path: the file the page came from, if any: named in errors, and a text file name
            (``.txt``) makes the page a plain-text scrape.
        settings: its ``max_input_bytes`` bounds the input (bytes before and after
            decompression, text as UTF-8); defaults when None.

    Raises:
        LoadError: empty, binary or undecodable input.
        LimitError: the input is larger than ``max_input_bytes``.
    """
    max_bytes = (settings or Settings()).max_input_bytes
    if isinstance(content, str):
        data = content.encode("utf-8", "surrogatepass")
        if len(data) > max_bytes:
            raise _too_large(max_bytes, path=path, url=url)
        if not content.strip():
            raise LoadError("empty input", path=path, url=url)
        text, encoding = content, "utf-8"
    else:
        data = content
        text, encoding = _decode(data, charset, path=path, url=url, max_bytes=max_bytes)
    if looks_binary(text):  # decided on the text, whichever way it came (file, WARC, JSON)
        raise LoadError(
            "binary input: control and undecodable characters where text was expected",
            path=path,
            url=url,
        )
    text = scrub_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise LoadError("empty input", path=path, url=url)
    kind = kind or sniff_kind(text, path=path)
    if kind == "text" and looks_garbled(text):
        raise LoadError(
            "not text: mostly symbols and hardly a space, as random bytes give",
            path=path,
            url=url,
        )
    return RawPage(
        text=text,
        kind=kind,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        path=path,
        url=url,
    )


def _decode(
    data: bytes, charset: str | None, *, path: str | None, url: str | None, max_bytes: int
) -> tuple[str, str]:
    """Bytes -> text and codec: the size limit, gzip, the transport's charset, the page's own."""
    if len(data) > max_bytes:
        raise _too_large(max_bytes, path=path, url=url)
    data = _maybe_gunzip(data, path=path, max_bytes=max_bytes)
    if not data.strip():
        raise LoadError("empty input", path=path, url=url)
    declared = _decode_declared(data, charset) if charset else None
    if declared is not None:
        return declared
    return decode_bytes(data, path=path, url=url)


def _decode_declared(data: bytes, charset: str) -> tuple[str, str] | None:
    """The bytes decoded with the transport's charset, or None to let the page say."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # a byte-order mark outranks the header, as in browsers
    try:
        codec = codecs.lookup(charset).name
        if prefers_utf8(data, codec):
            return None  # labelled Latin-1 but really UTF-8: decoding as labelled is mojibake
        if codec in _READ_AS_WINDOWS_1252:
            # as browsers do (WHATWG): a page labelled Latin-1 or ASCII is read as windows-1252,
            # so its curly quotes are quotes, not C1 controls; bytes windows-1252 leaves
            # undefined are read as labelled
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode(codec)
            else:
                codec = "cp1252"
        else:
            text = data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None
    return (text, codec) if text.strip() else None


#: Labels browsers read as windows-1252 (the WHATWG encoding standard).
_READ_AS_WINDOWS_1252 = frozenset({"latin-1", "iso8859-1", "ascii", "iso8859_1", "latin_1"})


def load_path(
    path: str | Path,
    *,
    url: str | None = None,
    kind: PageKind | None = None,
    settings: Settings | None = None,
) -> RawPage:
    """Read a saved page file (``.html``, ``.htm``, ``.txt``, optionally ``.gz``) into a RawPage.

    Raises:
        LoadError: the file cannot be read, or its bytes are not usable text.
        LimitError: the file is larger than ``settings.max_input_bytes``.
    """
    name = str(path)
    max_bytes = (settings or Settings()).max_input_bytes
    try:
        if Path(path).is_dir():
            raise LoadError("cannot read file: it is a folder", path=name)
        if Path(path).exists() and not Path(path).is_file():  # a FIFO would block the read
            raise LoadError("not a regular file (a FIFO, socket or device): not read", path=name)
        if Path(path).stat().st_size > max_bytes:
            raise _too_large(max_bytes, path=name)
        data = Path(path).read_bytes()
    except OSError as exc:
        raise LoadError(f"cannot read file: {exc.strerror or exc}", path=name) from exc
    return load_page(data, kind=kind, url=url, path=name, settings=settings)
