"""Batch input records: files, folders, JSONL items and WARC responses, with stable ids."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from fastwarc.warc import WarcRecordType
from tests.unit.batch_archive import (
    UNDATED_HTML,
    build_mixed_archive,
    plain,
    warc_other,
    warc_response,
    write_warc_gz,
)

from newsfacts.batch.records import (
    Record,
    estimate_total,
    find_record,
    iter_records,
    load_record,
    read_records,
)
from newsfacts.errors import ConfigError, LoadError
from newsfacts.sources.files import InputFile, find_inputs


def test_records_mixed_archive_ids_in_input_order(tmp_path: Path) -> None:
    archive = build_mixed_archive(tmp_path)
    records = list(iter_records(archive.inputs))
    assert [r.id for r in records] == archive.ids
    for record in records:
        if record.id not in archive.error_ids:
            assert load_record(record).text.strip()
        elif record.error is None:  # readable, but not a page: the empty file
            with pytest.raises(LoadError):
                load_record(record)


def test_records_folder_walk_picks_page_suffixes_only(tmp_path: Path) -> None:
    archive = build_mixed_archive(tmp_path)
    found = [f.path for f in find_inputs([archive.inputs[0]])]
    assert not any(p.endswith("notes.md") for p in found)
    assert all(f.format == "page" for f in find_inputs([archive.inputs[0]]))


def test_records_missing_input_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        list(iter_records([tmp_path / "absent.warc.gz"]))


@pytest.mark.parametrize(
    ("item", "kind", "text_key"),
    [
        ({"id": "a", "html": "<p>x</p>"}, "html", "html"),
        ({"id": "a", "text": "plain"}, "text", "text"),
        ({"id": "a", "body": "plain"}, "text", "body"),
    ],
)
def test_records_jsonl_item_fields(
    tmp_path: Path, item: dict[str, str], kind: str, text_key: str
) -> None:
    path = tmp_path / "items.jsonl.gz"
    full = {**item, "url": "https://e.example/x", "published": "2026-01-02"}
    path.write_bytes(gzip.compress((json.dumps(full) + "\n").encode()))
    (record,) = read_records(InputFile(str(path), "jsonl"))
    assert record.id == "a"
    assert record.kind == kind
    assert record.text == item[text_key]
    assert record.url == "https://e.example/x"
    assert record.published == "2026-01-02"


def test_records_warc_charset_from_http_header_and_date_default(tmp_path: Path) -> None:
    path = tmp_path / "one.warc.gz"
    body = UNDATED_HTML.encode("iso-8859-1")
    write_warc_gz(path, [warc_response("https://b.example/", body, "text/html; charset=latin-1")])
    (record,) = read_records(InputFile(str(path), "warc"))
    assert record.id == f"{path}@0"
    assert record.charset == "latin-1"
    assert record.default_published == "2026-04-20"
    assert record.published is None
    assert record.data == body  # the HTTP headers are stripped
    page = load_record(record)
    assert "Brightcup Café" in page.text
    assert page.kind == "html"


def test_records_http_charset_outranks_a_wrong_page_charset() -> None:
    html = "<html><head><meta charset='utf-8'></head><body><p>Zürich – 5%</p></body></html>"
    record = Record(id="r", data=html.encode("cp1252"), charset="windows-1252", kind="html")
    assert "Zürich – 5%" in load_record(record).text


def test_records_page_charset_used_without_a_header() -> None:
    html = "<html><head><meta charset='iso-8859-1'></head><body><p>Café</p></body></html>"
    record = Record(id="r", data=html.encode("iso-8859-1"))
    assert "Café" in load_record(record).text


def test_records_error_record_raises_load_error_on_load() -> None:
    with pytest.raises(LoadError, match="broken"):
        load_record(Record(id="r", error=("LoadError", "broken")))


def test_records_corrupt_gzip_warc_tail_is_one_error_record(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    offsets = write_warc_gz(
        path,
        [warc_response("https://a.example/", b"<p>a</p>"), b"\x1f\x8b\x08\x00garbage-not-deflate"],
    )
    records = list(read_records(InputFile(str(path), "warc")))
    # the damaged member is named by its own offset
    assert [r.id for r in records] == [f"{path}@0", f"{path}@{offsets[1]}"]
    assert records[0].error is None
    assert records[1].error is not None


def test_records_estimate_total_counts_every_record(tmp_path: Path) -> None:
    archive = build_mixed_archive(tmp_path)
    # estimates count WARC responses before the HTML filter: the PDF response is counted
    assert estimate_total(archive.inputs) == len(archive.ids) + 1


def _items(path: Path) -> None:
    lines = [
        json.dumps({"id": "own-id", "text": "first item"}),
        "",
        json.dumps({"html": "<p>third line</p>"}),
        "not json",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_find_record_names_a_jsonl_line_as_batch_ids_do(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    _items(path)
    by_id = {r.id: r for r in iter_records([path])}
    assert list(by_id) == ["own-id", f"{path}:3", f"{path}:4"]
    assert find_record(f"{path}:3") == by_id[f"{path}:3"]
    assert find_record(f"{path}:1") == by_id["own-id"]  # the line, also for an item with an id
    assert find_record(f"{path}:4") == by_id[f"{path}:4"]  # an error record, as in batch
    for missing in (f"{path}:2", f"{path}:9"):  # a blank line, past the end
        with pytest.raises(ConfigError, match="no JSONL item on line"):
            find_record(missing)


def _request() -> bytes:
    # a record is built anew each time: fastwarc writes a record's body only once
    return plain(warc_other(WarcRecordType.request, "https://a.example/", b"GET / HTTP/1.1\r\n"))


def test_find_record_names_a_warc_record_by_its_offset(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    members = [
        gzip.compress(_request()),
        gzip.compress(plain(warc_response("https://a.example/", b"<p>first page</p>"))),
        gzip.compress(_request() + plain(warc_response("https://b.example/", b"<p>second</p>"))),
    ]
    offsets = write_warc_gz(path, members)
    by_id = {r.id: r for r in iter_records([path])}
    assert list(by_id) == [f"{path}@{offsets[1]}", f"{path}@{offsets[2]}.1"]
    for record_id, record in by_id.items():
        assert find_record(record_id) == record
    for missing in (offsets[0], offsets[1] + 3, f"{offsets[2]}.2"):
        with pytest.raises(ConfigError, match="no HTML response record"):
            find_record(f"{path}@{missing}")
    flat, head = tmp_path / "flat.warc", _request()
    flat.write_bytes(head + plain(warc_response("https://a.example/", b"<p>first page</p>")))
    (record,) = iter_records([flat])
    assert record.id == f"{flat}@{len(head)}"
    assert find_record(record.id) == record


@pytest.mark.parametrize(
    "name", ["story.html", "items.jsonl", "items.jsonl@3", "crawl.warc:2", "crawl.warc.gz"]
)
def test_find_record_is_none_for_other_names(name: str) -> None:
    assert find_record(name) is None


def test_find_record_of_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        find_record(f"{tmp_path / 'absent.jsonl'}:1")
