"""Batch input records: files, folders, JSONL items and WARC responses, with stable ids."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from tests.unit.batch_archive import (
    UNDATED_HTML,
    build_mixed_archive,
    warc_response,
    write_warc_gz,
)

from newsfacts.batch.records import (
    InputFile,
    Record,
    estimate_total,
    find_inputs,
    iter_records,
    load_record,
    read_records,
)
from newsfacts.errors import ConfigError, LoadError


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
