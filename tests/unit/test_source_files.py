"""The one table of file names (sources/files.py), as batch, regress and the CLI all read it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts.batch.records import iter_records
from newsfacts.regress import find_pages
from newsfacts.sources.files import file_format, find_inputs, is_page, page_stem, skipped_files


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("story.html", "html"),
        ("story.HTM", "html"),
        ("story.html.gz", "html"),
        ("story.htm.gz", "html"),
        ("scrape.txt", "text"),
        ("scrape.txt.gz", "text"),
        ("scrape.text", "text"),
        ("crawl.jsonl", "jsonl"),
        ("crawl.ndjson.gz", "jsonl"),
        ("CC-NEWS-1.warc.gz", "warc"),
        ("old.arc.gz", "arc"),
        ("story.html.facts.json", None),
        ("notes.md", None),
        ("page.gz", None),
        ("README", None),
    ],
)
def test_file_format_by_name(name: str, fmt: str | None) -> None:
    assert file_format(name) == fmt
    assert is_page(name) == (fmt in ("html", "text"))


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("story.html", "story"),
        ("story.html.gz", "story"),
        ("scrape.TXT", "scrape"),
        ("crawl.warc.gz", "crawl"),
        ("a.b.htm", "a.b"),
        ("notes.md", "notes.md"),
    ],
)
def test_page_stem_drops_the_known_suffixes(name: str, stem: str) -> None:
    assert page_stem(name) == stem


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.html", "b.htm.gz", "c.txt.gz", "d.text", "e.ndjson", "f.arc", "g.md"):
        (folder / name).write_bytes(b"x")
    return folder


def test_batch_and_regress_walk_a_folder_the_same_way(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    pages = {"a.html", "b.htm.gz", "c.txt.gz", "d.text"}
    found = {Path(f.path).name: f.format for f in find_inputs([folder])}
    assert found == {**dict.fromkeys(pages, "page"), "e.ndjson": "jsonl"}
    assert {p.name for p in find_pages(folder)} == pages
    assert [Path(p).name for p in skipped_files([folder])] == ["f.arc", "g.md"]


def test_an_arc_file_named_on_its_own_is_one_error_record(tmp_path: Path) -> None:
    path = _folder(tmp_path) / "f.arc"
    (record,) = iter_records([path])
    assert record.error is not None
    assert "ARC" in record.error[1]
