"""Reading crawl archives record by record: one bad record is one row (issue 18, items 4 and 5).

The archives are real WARC files: well-formed records are written by FastWARC, the damaged ones
are built byte by byte here, in the shapes an attacker or a broken crawler produces.
"""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path

import pytest
from fastwarc.warc import ArchiveIterator, WarcRecordType
from tests.unit.batch_archive import plain, warc_response, write_warc_gz

from newsfacts.batch.records import iter_records, read_records
from newsfacts.settings import Settings
from newsfacts.sources.files import InputFile
from newsfacts.sources.warc import read_warc

BODY = (
    b"<html><head><title>Port volumes rise</title></head><body><article><h1>Port volumes rise</h1>"
    b"<p>The port authority said on Monday that container volumes rose 4% in the first quarter "
    b"to 1.2 million boxes, its busiest start to a year since the new quay opened.</p>"
    b"<p>Revenue climbed to 310 million euros, up from 275 million euros a year earlier, while "
    b"the share of refrigerated cargo reached 18% of all boxes handled.</p>"
    b"<p>The authority expects to hire 250 crane drivers this year and to open a second rail "
    b"terminal before the end of June, its director told reporters at the harbour.</p>"
    b"</article></body></html>"
)


def _record(
    i: int,
    *,
    http_extra: bytes = b"",
    payload: bytes = BODY,
    length: int | None = None,
    content_type: bytes = b"text/html; charset=utf-8",
) -> bytes:
    """One WARC response record, byte by byte (so that its headers can lie)."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type + b"\r\n" + http_extra + b"\r\n"
    http += payload
    declared = len(http) if length is None else length
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: https://port.example/{i}\r\n"
        "WARC-Date: 2026-04-20T08:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{i:08d}-0000-4000-8000-000000000000>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {declared}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def _write(path: Path, records: list[bytes], *, gz: bool) -> Path:
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if gz else b"".join(records))
    return path


def _urls(path: Path, max_bytes: int = 50_000_000) -> list[tuple[str | None, str | None]]:
    return [(item.url, item.error) for item in read_warc(str(path), max_bytes=max_bytes)]


@pytest.mark.parametrize("gz", [False, True])
def test_well_formed_archives_read_like_fastwarc(tmp_path: Path, gz: bool) -> None:
    records = [
        warc_response(f"https://a.example/{i}", BODY.replace(b"rose 4%", f"rose {i}%".encode()))
        for i in range(5)
    ]
    if gz:
        path = tmp_path / "ok.warc.gz"
        write_warc_gz(path, list(records))
    else:
        path = tmp_path / "ok.warc"
        path.write_bytes(b"".join(plain(r) for r in records))
    ours = [(i.url, i.body) for i in read_warc(str(path), max_bytes=10**7)]
    theirs = [
        (r.headers.get("WARC-Target-URI"), r.reader.read().split(b"\r\n\r\n", 1)[1])
        for r in ArchiveIterator(str(path), record_types=WarcRecordType.response, parse_http=False)
    ]
    assert ours == theirs
    assert len(ours) == 5


@pytest.mark.parametrize("gz", [False, True])
def test_a_false_gzip_content_encoding_is_one_error_row(tmp_path: Path, gz: bool) -> None:
    records = [_record(i) for i in range(7)]
    records[3] = _record(3, http_extra=b"Content-Encoding: gzip\r\n")
    found = _urls(_write(tmp_path / ("a.warc.gz" if gz else "a.warc"), records, gz=gz))
    assert [url for url, _ in found] == [f"https://port.example/{i}" for i in range(7)]
    errors = [error for _, error in found if error]
    assert len(errors) == 1
    assert "not gzip data" in errors[0]


@pytest.mark.parametrize("gz", [False, True])
def test_a_content_length_of_a_terabyte_is_one_error_row(tmp_path: Path, gz: bool) -> None:
    records = [_record(i) for i in range(7)]
    records[2] = _record(2, length=10**12)
    found = _urls(_write(tmp_path / ("b.warc.gz" if gz else "b.warc"), records, gz=gz))
    assert len(found) == 7
    assert [url for url, error in found if error] == ["https://port.example/2"]
    assert "over the" in found[2][1]


def test_a_gzip_member_cut_in_half_loses_only_itself(tmp_path: Path) -> None:
    members = [gzip.compress(_record(i)) for i in range(5)]
    members[2] = members[2][: len(members[2]) // 2]
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(b"".join(members))
    items = list(read_warc(str(path), max_bytes=10**7))
    assert len(items) == 5
    assert items[2].error is not None
    assert items[2].offset == str(len(members[0]) + len(members[1]))
    assert [i.url for i in items if i.error is None] == [
        f"https://port.example/{i}" for i in (0, 1, 3, 4)
    ]


def test_a_body_that_inflates_past_the_limit_stops_at_the_limit(tmp_path: Path) -> None:
    bomb = zlib.compress(b"<p>" + b"a" * 5_000_000, 9)
    gzip_bomb = gzip.compress(b"<p>" + b"a" * 5_000_000, 9)
    records = [
        _record(0),
        _record(1, http_extra=b"Content-Encoding: deflate\r\n", payload=bomb),
        _record(2, http_extra=b"Content-Encoding: gzip\r\n", payload=gzip_bomb),
        _record(3),
    ]
    found = _urls(_write(tmp_path / "bomb.warc.gz", records, gz=True), max_bytes=1_000_000)
    assert len(found) == 4
    assert [error is not None for _, error in found] == [False, True, True, False]
    assert all("limit" in error for _, error in found if error)


def test_a_record_over_the_limit_in_a_compressed_member_is_one_error(tmp_path: Path) -> None:
    big = b"<p>" + b"word " * 400_000 + b"</p>"  # 2 MB of page, a few KB compressed
    records = [_record(0), _record(1, payload=big), _record(2)]
    found = _urls(_write(tmp_path / "big.warc.gz", records, gz=True), max_bytes=500_000)
    assert len(found) == 3
    assert found[1][1] is not None
    assert "limit" in found[1][1]
    assert found[2] == ("https://port.example/2", None)


def test_chunked_transfer_encoding_is_undone(tmp_path: Path) -> None:
    chunked = b"".join(
        f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in (BODY[:50], BODY[50:])
    )
    records = [
        _record(0, http_extra=b"Transfer-Encoding: chunked\r\n", payload=chunked + b"0\r\n\r\n")
    ]
    (item,) = read_warc(str(_write(tmp_path / "c.warc", records, gz=False)), max_bytes=10**7)
    assert item.body == BODY


def test_non_html_and_non_response_records_are_passed_over(tmp_path: Path) -> None:
    pdf = _record(1, content_type=b"application/pdf")
    request = _record(2).replace(b"WARC-Type: response", b"WARC-Type: request")
    found = _urls(_write(tmp_path / "d.warc", [_record(0), pdf, request, _record(3)], gz=False))
    assert found == [("https://port.example/0", None), ("https://port.example/3", None)]


def test_garbage_between_records_is_one_error_then_reading_resumes(tmp_path: Path) -> None:
    path = tmp_path / "e.warc"
    path.write_bytes(_record(0) + b"\x00\xff this is not a record \r\n" * 20 + _record(1))
    found = _urls(path)
    assert [url for url, _ in found] == [
        "https://port.example/0",
        None,
        "https://port.example/1",
    ]
    assert found[1][1] is not None


def test_batch_records_carry_the_limit_to_pages_and_jsonl_lines(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.html").write_bytes(b"<p>" + b"x" * 200_000 + b"</p>")
    (folder / "small.html").write_bytes(BODY)
    lines = [
        json.dumps({"id": "one", "html": BODY.decode()}),
        json.dumps({"id": "huge", "html": "<p>" + "y" * 300_000 + "</p>"}),
        json.dumps({"id": "three", "html": BODY.decode()}),
    ]
    with gzip.open(folder / "items.jsonl.gz", "wt", encoding="utf-8") as stream:
        stream.write("\n".join(lines) + "\n")
    records = list(iter_records([folder], settings=Settings(max_input_bytes=100_000)))
    by_id = {r.id.rsplit("/", 1)[-1]: r for r in records}
    assert len(records) == 5
    assert by_id["big.html"].error is not None
    assert by_id["big.html"].error[0] == "LimitError"
    assert by_id["small.html"].error is None
    assert by_id["one"].error is None
    assert by_id["three"].error is None
    (huge,) = [r for r in records if r.id.endswith("items.jsonl.gz:2")]
    assert huge.error is not None
    assert huge.error[0] == "LimitError"


def test_warc_errors_become_typed_records(tmp_path: Path) -> None:
    records = [_record(0), _record(1, length=10**12), _record(2)]
    path = _write(tmp_path / "f.warc", records, gz=False)
    rows = list(
        read_records(InputFile(str(path), "warc"), settings=Settings(max_input_bytes=10**6))
    )
    assert [r.error[0] if r.error else None for r in rows] == [None, "LimitError", None]
    assert rows[2].default_published == "2026-04-20"
    assert rows[0].charset == "utf-8"


def test_a_batch_over_a_damaged_archive_has_one_row_per_record(tmp_path: Path) -> None:
    from newsfacts import Settings
    from newsfacts.batch.local import run_local
    from newsfacts.batch.writers import read_rows, shard_paths

    records = [_record(i) for i in range(7)]
    records[1] = _record(1, http_extra=b"Content-Encoding: gzip\r\n")
    records[4] = _record(4, length=10**12)
    path = _write(tmp_path / "crawl.warc.gz", records, gz=True)
    summary = run_local(
        [path], tmp_path / "out", workers=1, settings=Settings(model=None), shard_size=10
    )
    rows = [row for shard in shard_paths(tmp_path / "out") for row in read_rows(shard)]
    assert len(rows) == 7
    assert summary.records == 7
    statuses = sorted(str(row["status"]) for row in rows)
    assert statuses.count("ok") == 5
    assert sum(1 for row in rows if row["status"] != "ok") == summary.records - summary.ok


def test_garbage_glued_before_a_record_costs_no_record(tmp_path: Path) -> None:
    records = [_record(i) for i in range(4)]
    data = records[0] + b"x" * 10 + records[1] + b"\x00\xff junk \x01" + records[2] + records[3]
    path = tmp_path / "glued.warc"
    path.write_bytes(data)
    found = _urls(path)
    read = [url for url, error in found if not error]
    assert read == [f"https://port.example/{i}" for i in range(4)]  # every intact record
    assert [error for _, error in found if error] == [
        "unreadable WARC data: no record header here"
    ] * 2  # each damaged stretch is one row of its own


def test_a_content_length_short_of_the_record_is_one_error_row(tmp_path: Path) -> None:
    records = [_record(i) for i in range(4)]
    records[1] = _record(1, length=50)  # the body goes on past what the header says
    found = _urls(_write(tmp_path / "short.warc", records, gz=False))
    assert [url for url, _ in found] == [f"https://port.example/{i}" for i in range(4)]
    assert [url for url, error in found if error] == ["https://port.example/1"]
    assert "Content-Length" in (found[1][1] or "")


def test_random_bytes_behind_a_transport_charset_are_binary(tmp_path: Path) -> None:
    import random

    from newsfacts.batch.records import load_record

    rng = random.Random(5)
    noise = bytes(rng.randint(0, 255) for _ in range(20_000))
    records = [
        _record(0),
        _record(1, payload=noise, content_type=b"text/html; charset=iso-8859-1"),
    ]
    path = _write(tmp_path / "noise.warc", records, gz=False)
    statuses = []
    for record in read_records(InputFile(str(path), "warc"), settings=Settings()):
        try:
            load_record(record, settings=Settings())
            statuses.append("ok")
        except Exception as exc:  # the error's type is what is tested
            statuses.append(f"{type(exc).__name__}: {exc}")
    assert statuses[0] == "ok"
    assert statuses[1].startswith("LoadError: binary input")


def test_a_cut_archive_keeps_its_last_complete_record(tmp_path: Path) -> None:
    member = gzip.compress(_record(0) + _record(1)[:60])
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(member[:-8])
    found = _urls(path)
    assert found[0] == ("https://port.example/0", None)
    assert [error for _, error in found[1:]] == ["unreadable WARC data: a gzip member is cut short"]


def test_a_version_line_across_two_reads_is_found(tmp_path: Path) -> None:
    first, second, third = _record(0), _record(1), _record(2)
    for shift in range(-12, 4):  # the version line of the second record around the 64 KB edge
        gap = (1 << 16) - len(first) - 5 + shift
        data = first + b"junk\n" + b"y" * gap + second + third
        path = tmp_path / f"edge{shift}.warc"
        path.write_bytes(data)
        read = [url for url, error in _urls(path) if not error]
        assert read == [f"https://port.example/{i}" for i in range(3)], shift


@pytest.mark.parametrize("between", [b"\x00" * 512, b"\r\n \r\n", b" \t\r\n"])
def test_padding_after_a_record_is_no_misframing(tmp_path: Path, between: bytes) -> None:
    first = _record(0)[: -len(b"\r\n\r\n")]  # the record's own blank line replaced by padding
    path = tmp_path / "pad.warc"
    path.write_bytes(first + between + _record(1))
    found = _urls(path)
    assert found[0] == ("https://port.example/0", None)
    assert ("https://port.example/1", None) in found
