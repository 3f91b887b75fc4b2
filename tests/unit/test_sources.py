"""Unit tests for input loading and decoding: ``newsfacts.sources``."""

from __future__ import annotations

import codecs
import gzip
import hashlib
from pathlib import Path

import pytest

from newsfacts.errors import LimitError, LoadError, NewsFactsError
from newsfacts.settings import Settings
from newsfacts.sources import decode_bytes, load_page, load_path, sniff_kind

HTML = "<!DOCTYPE html><html><head><title>Port news</title></head><body><p>Café prices rose.</p></body></html>"

LATIN1_TEXT = (
    "Le café de la gare a rouvert ses portes à Zürich après une longue rénovation. "
    "Les habitués ont salué la façade restaurée et le décor très soigné, déjà célèbre. "
    "Selon le propriétaire, la clientèle est revenue dès la première semaine d'ouverture, "
    "et les réservations pour l'été sont nombreuses. Il prévoit d'agrandir la terrasse."
)


def test_load_error_is_a_newsfacts_error_and_names_its_path() -> None:
    err = LoadError("empty input", path="page.html")
    assert isinstance(err, NewsFactsError)
    assert err.path == "page.html"
    assert str(err) == "empty input (page.html)"
    assert str(LoadError("empty input")) == "empty input"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n\t  \r\n",
        "   \n  ".encode("utf-16"),  # whitespace only once decoded
        gzip.compress(b""),
        gzip.compress(b"  \n "),
    ],
    ids=["empty", "whitespace", "utf16-whitespace", "gzip-empty", "gzip-whitespace"],
)
def test_load_page_rejects_empty_input(data: bytes) -> None:
    with pytest.raises(LoadError, match="empty"):
        load_page(data)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00hello",
        b"<html>\x00<body>text</body></html>",
    ],
    ids=["png", "zip", "html-with-nul"],
)
def test_load_page_rejects_binary_input(data: bytes) -> None:
    with pytest.raises(LoadError, match="binary"):
        load_page(data)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (HTML.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + HTML.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF16_LE + HTML.encode("utf-16-le"), "utf-16"),
        (HTML.encode("utf-32"), "utf-32"),
        (codecs.BOM_UTF8 + HTML.encode("utf-8"), "utf-8-sig"),
        (HTML.encode("utf-8"), "utf-8"),
    ],
    ids=["utf16-native", "utf16-be", "utf16-le", "utf32", "utf8-bom", "utf8"],
)
def test_load_page_decodes_byte_order_marks(data: bytes, encoding: str) -> None:
    page = load_page(data)
    assert page.text == HTML  # the BOM itself is not part of the text
    assert page.encoding == encoding
    assert page.kind == "html"
    assert page.sha256 == hashlib.sha256(data).hexdigest()


def test_decode_bytes_rejects_invalid_data_after_a_bom() -> None:
    data = codecs.BOM_UTF16_LE + b"<\x00p\x00\x00\xd8"  # a lone surrogate at the end
    with pytest.raises(LoadError, match="utf-16"):
        decode_bytes(data)


@pytest.mark.parametrize(
    "meta",
    [
        b'<meta charset="windows-1252">',
        b"<meta charset=windows-1252>",
        b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
    ],
)
def test_load_page_honours_a_declared_cp1252_charset(meta: bytes) -> None:
    body = "\u201cThe caf\u00e9 costs \u20ac5,\u201d she said \u2013 twice.".encode("cp1252")
    data = b"<html><head>" + meta + b"</head><body><p>" + body + b"</p></body></html>"
    assert b"\x93" in data  # really cp1252-only bytes
    assert b"\x80" in data
    page = load_page(data)
    assert "\u201cThe caf\u00e9 costs \u20ac5,\u201d she said \u2013 twice." in page.text
    assert page.encoding == "cp1252"
    assert page.kind == "html"


def test_load_page_falls_back_when_the_declared_charset_is_unknown() -> None:
    data = b'<html><head><meta charset="no-such-codec"></head><body><p>plain</p></body></html>'
    page = load_page(data)
    assert page.encoding == "utf-8"
    assert "<p>plain</p>" in page.text


def test_load_page_decodes_latin1_bytes_that_are_not_utf8() -> None:
    # The exact decoding of the accented letters is covered in test_known_defects.py.
    data = LATIN1_TEXT.encode("latin-1")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    page = load_page(data)
    assert page.encoding != "utf-8"
    assert page.kind == "text"
    assert len(page.text) == len(LATIN1_TEXT)  # a single-byte code page: one char per byte
    assert "\ufffd" not in page.text
    assert page.text.startswith("Le caf")
    assert "la terrasse." in page.text


def test_load_page_normalises_line_endings() -> None:
    page = load_page(b"first line\r\nsecond line\rthird line\n")
    assert page.text == "first line\nsecond line\nthird line\n"


def test_load_page_gunzips_compressed_html() -> None:
    raw = HTML.encode("utf-8")
    data = gzip.compress(raw)
    page = load_page(data, url="https://example.com/a")
    assert page.text == HTML
    assert page.kind == "html"
    assert page.url == "https://example.com/a"
    assert page.sha256 == hashlib.sha256(data).hexdigest()  # digest of the bytes as given


@pytest.mark.parametrize(
    "data",
    [
        b"\x1f\x8b\x08\x00garbage that is not deflate data at all",
        gzip.compress(HTML.encode("utf-8"))[:-12],  # truncated stream
        b"\x1f\x8b",
    ],
    ids=["garbage", "truncated", "magic-only"],
)
def test_load_page_rejects_corrupt_gzip(data: bytes) -> None:
    with pytest.raises(LoadError, match="gzip"):
        load_page(data, path="page.html.gz")


def test_load_page_rejects_oversized_input() -> None:
    with pytest.raises(LimitError, match="larger than 100 bytes") as caught:
        load_page(b"x" * 101, settings=Settings(max_input_bytes=100))
    assert caught.value.limit == "max_input_bytes"
    assert load_page(b"x" * 100, settings=Settings(max_input_bytes=100)).text == "x" * 100


def test_load_page_rejects_a_gzip_that_inflates_past_the_limit() -> None:
    data = gzip.compress(b"a" * 10_000)
    assert len(data) < 200
    with pytest.raises(LimitError, match="decompressed"):
        load_page(data, settings=Settings(max_input_bytes=200))


def test_load_page_kind_can_be_forced() -> None:
    assert load_page(HTML.encode(), kind="text").kind == "text"


def test_load_page_takes_text_and_bytes_alike() -> None:
    text = "<p>Caf\u00e9 prices rose.</p>\r\n<p>Second\x01 line.</p>"
    as_text, as_bytes = load_page(text), load_page(text.encode("utf-8"))
    assert as_text.text == as_bytes.text == "<p>Caf\u00e9 prices rose.</p>\n<p>Second line.</p>"
    assert as_text.sha256 == as_bytes.sha256
    assert (as_text.kind, as_text.encoding) == ("html", "utf-8")


@pytest.mark.parametrize("text", ["", "  \n ", "\x00\x01\x02"])
def test_load_page_rejects_empty_text(text: str) -> None:
    with pytest.raises(LoadError, match="empty input"):
        load_page(text)


def test_load_page_bounds_text_by_its_utf8_size() -> None:
    limits = Settings(max_input_bytes=100)
    assert load_page("\u00e9" * 50, settings=limits).text == "\u00e9" * 50
    with pytest.raises(LimitError):
        load_page("\u00e9" * 51, settings=limits)


@pytest.mark.parametrize(
    ("data", "charset", "expected"),
    [
        ("<p>Z\u00fcrich \u2013 5%</p>".encode("cp1252"), "windows-1252", "Z\u00fcrich \u2013 5%"),
        (codecs.BOM_UTF8 + "<p>Z\u00fcrich</p>".encode(), "windows-1252", "Z\u00fcrich"),
        ("<p>Windr\u00e4dern</p>".encode(), "iso-8859-1", "Windr\u00e4dern"),
        (gzip.compress("<p>Caf\u00e9</p>".encode("latin-1")), "latin-1", "Caf\u00e9"),
        ("<p>Caf\u00e9</p>".encode("latin-1"), "no-such-charset", "Caf\u00e9"),
    ],
    ids=["fits", "bom-outranks", "utf8-labelled-latin1", "gzip-first", "unknown"],
)
def test_load_page_decodes_with_a_transport_charset(
    data: bytes, charset: str, expected: str
) -> None:
    assert expected in load_page(data, charset=charset).text


@pytest.mark.parametrize(
    ("text", "path", "kind"),
    [
        (HTML, None, "html"),
        ("<p>Hello there</p>", None, "html"),
        ("<div class='x'>Hi</div>", None, "html"),
        ("Headline\n\nThe body of the story goes here.", None, "text"),
        ("If a < b and c > d then nothing is markup.", None, "text"),
        (HTML, "page.txt", "text"),
        (HTML, "PAGE.TXT", "text"),
        (HTML, "page.text", "text"),
        (HTML, "page.html", "html"),
        ("Plain words only.", "page.html", "text"),
    ],
)
def test_sniff_kind_tells_html_from_plain_text(text: str, path: str | None, kind: str) -> None:
    assert sniff_kind(text, path=path) == kind


def test_load_path_reads_a_txt_scrape_as_text(tmp_path: Path) -> None:
    target = tmp_path / "story.txt"
    target.write_bytes(HTML.encode("utf-8"))
    page = load_path(target)
    assert page.kind == "text"
    assert page.path == str(target)
    assert page.text == HTML


def test_load_path_reads_gzipped_txt_as_text(tmp_path: Path) -> None:
    target = tmp_path / "story.txt.gz"
    target.write_bytes(gzip.compress(HTML.encode("utf-8")))
    page = load_path(target)
    assert page.kind == "text"
    assert page.text == HTML


def test_load_path_reads_an_html_file(tmp_path: Path) -> None:
    target = tmp_path / "story.html"
    target.write_bytes(HTML.encode("utf-8"))
    page = load_path(target, url="https://example.com/story")
    assert page.kind == "html"
    assert page.url == "https://example.com/story"


def test_load_path_raises_load_error_for_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.html"
    with pytest.raises(LoadError) as info:
        load_path(missing)
    assert info.value.path == str(missing)
    assert str(missing) in str(info.value)


def test_load_path_raises_load_error_for_a_directory(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="cannot read"):
        load_path(tmp_path)


def test_load_path_rejects_an_oversized_file(tmp_path: Path) -> None:
    target = tmp_path / "big.html"
    target.write_bytes(b"<p>" + b"x" * 1000 + b"</p>")
    with pytest.raises(LimitError, match="larger than"):
        load_path(target, settings=Settings(max_input_bytes=100))


def test_load_path_rejects_an_empty_file(tmp_path: Path) -> None:
    target = tmp_path / "empty.html"
    target.write_bytes(b"")
    with pytest.raises(LoadError, match="empty") as info:
        load_path(target)
    assert info.value.path == str(target)
