"""Builds the mixed archives the batch tests run on: pages, JSONL items and real WARC files.

Every builder returns the record ids the archive must produce, in input order, so that tests can
check that each record comes out exactly once.
"""

from __future__ import annotations

import gzip
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from fastwarc.stream_io import GzipWriter
from fastwarc.warc import WarcHeader, WarcRecord, WarcRecordType
from tests.conftest import PAGES

TOKEN_HTML = PAGES / "techwire__2026-04-24__token-usage.html"
TOKEN_TXT = PAGES / "techwire__2026-04-24__token-usage.txt"
PORT_HTML = PAGES / "harbourledger__2026-03-12__port-results.html"

#: A plain-text story of our own, with figures, a relative date and an organization.
STORY_TEXT = (
    "Northwind Freight said on Tuesday that its container volumes rose 12% last month to "
    "48,000 boxes, the busiest March in the company's history.\n\n"
    "Revenue climbed to $310 million in the first quarter, up from $275 million a year "
    "earlier, while the share of refrigerated cargo reached 18% of all shipments.\n\n"
    "The company expects to hire 250 drivers this year and to open two new depots "
    "before the end of June, chief executive Mara Lind told reporters."
)

#: A page with no date of its own, so the WARC-Date becomes its publication date.
UNDATED_HTML = (
    "<html><head><meta charset='iso-8859-1'><title>Caf\u00e9 chain grows</title></head><body>"
    "<article><h1>Caf\u00e9 chain grows</h1>"
    "<p>Brightcup Caf\u00e9s said last week that sales rose 9% to 41 million euros, "
    "its strongest quarter since the chain opened its first caf\u00e9 in 2012.</p>"
    "<p>The company plans 35 new stores this year, bringing the total to 410, and says "
    "coffee prices fell 4% in March after a record harvest in Brazil.</p>"
    "<p>Analysts at Fjord Securities expect margins of about 11% by the end of the year, "
    "up from 8.5% a year earlier.</p></article></body></html>"
)


@dataclass
class Archive:
    """A built archive: its inputs and the ids it must produce, by expected outcome."""

    root: Path
    inputs: list[Path]
    ids: list[str] = field(default_factory=list)
    error_ids: set[str] = field(default_factory=set)


def warc_response(
    url: str, body: bytes, content_type: str = "text/html; charset=utf-8"
) -> WarcRecord:
    """A WARC response record holding an HTTP response."""
    record = WarcRecord()
    record.init_headers(WarcRecordType.response)
    record.headers.set(WarcHeader.WARC_TARGET_URI, url)
    record.headers.set(WarcHeader.WARC_DATE, "2026-04-20T08:00:00Z")
    record.headers.set(WarcHeader.CONTENT_TYPE, "application/http; msgtype=response")
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nServer: test\r\n\r\n"
    record.set_bytes_content(head.encode("ascii") + body)
    return record


def warc_other(kind: WarcRecordType, url: str, payload: bytes) -> WarcRecord:
    """A non-response WARC record (request, warcinfo...) that must be passed over."""
    record = WarcRecord()
    record.init_headers(kind)
    record.headers.set(WarcHeader.WARC_TARGET_URI, url)
    record.headers.set(WarcHeader.WARC_DATE, "2026-04-20T08:00:00Z")
    record.set_bytes_content(payload)
    return record


def gzip_member(record: WarcRecord) -> bytes:
    """One record as its own gzip member, as WARC.gz files are laid out."""
    buffer = io.BytesIO()
    writer = GzipWriter(buffer)
    record.write(writer)
    writer.close()
    return buffer.getvalue()


def plain(record: WarcRecord) -> bytes:
    buffer = io.BytesIO()
    record.write(buffer)
    return buffer.getvalue()


def write_warc_gz(path: Path, records: list[WarcRecord | bytes]) -> list[int]:
    """Write records (or raw bytes) as gzip members; returns each item's offset."""
    offsets = []
    with open(path, "wb") as stream:
        for item in records:
            offsets.append(stream.tell())
            stream.write(item if isinstance(item, bytes) else gzip_member(item))
    return offsets


def build_pages(root: Path, archive: Archive) -> None:
    pages = root / "pages"
    (pages / "deep").mkdir(parents=True)
    (pages / "story.html").write_bytes(TOKEN_HTML.read_bytes())
    (pages / "deep" / "story.txt").write_bytes(TOKEN_TXT.read_bytes())
    (pages / "deep" / "port.html.gz").write_bytes(gzip.compress(PORT_HTML.read_bytes()))
    (pages / "empty.html").write_bytes(b"   \n")
    (pages / "notes.md").write_text("not an input: wrong suffix", encoding="utf-8")
    archive.inputs.append(pages)
    # os.walk order: the folder's files sorted, then its subfolders
    archive.ids += [str(pages / "empty.html"), str(pages / "story.html")]
    archive.ids += [str(pages / "deep" / "port.html.gz"), str(pages / "deep" / "story.txt")]
    archive.error_ids.add(str(pages / "empty.html"))


def build_jsonl(root: Path, archive: Archive) -> None:
    path = root / "items.jsonl"
    lines = [
        json.dumps(
            {
                "id": "item-port",
                "url": "https://www.harbourledger.example/port",
                "html": PORT_HTML.read_text(encoding="utf-8"),
                "published": "2026-03-12",
            }
        ),
        json.dumps({"url": "https://northwind.example/q1", "text": STORY_TEXT}),
        "",
        json.dumps({"id": 77, "body": STORY_TEXT.replace("12%", "14%")}),
        '{"id": "half-written", "html": "<p>cut',
        json.dumps({"id": "item-empty", "url": "https://x.example/nothing"}),
        json.dumps(["not", "an", "object"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    archive.inputs.append(path)
    archive.ids += ["item-port", f"{path}:2", "77", f"{path}:5", "item-empty", f"{path}:7"]
    archive.error_ids |= {f"{path}:5", "item-empty", f"{path}:7"}


def build_warc(root: Path, archive: Archive) -> None:
    path = root / "crawl.warc.gz"
    broken_http = WarcRecord()
    broken_http.init_headers(WarcRecordType.response)
    broken_http.headers.set(WarcHeader.WARC_TARGET_URI, "https://broken.example/")
    broken_http.headers.set(WarcHeader.CONTENT_TYPE, "application/http; msgtype=response")
    broken_http.set_bytes_content(b"no status line, no headers, nothing usable")
    records: list[WarcRecord | bytes] = [
        warc_other(WarcRecordType.warcinfo, "", b"software: newsfacts tests\r\n"),
        warc_other(
            WarcRecordType.request, "https://techwire.example/a", b"GET /a HTTP/1.1\r\n\r\n"
        ),
        warc_response("https://techwire.example/a", TOKEN_HTML.read_bytes()),
        warc_response("https://files.example/report.pdf", b"%PDF-1.4 ...", "application/pdf"),
        warc_response(
            "https://brightcup.example/news",
            UNDATED_HTML.encode("iso-8859-1"),
            "text/html; charset=ISO-8859-1",
        ),
        broken_http,
    ]
    offsets = write_warc_gz(path, records)
    archive.inputs.append(path)
    archive.ids += [f"{path}@{offsets[2]}", f"{path}@{offsets[4]}", f"{path}@{offsets[5]}"]
    archive.error_ids.add(f"{path}@{offsets[5]}")

    # an uncompressed WARC cut short inside its second record
    tail = root / "tail.warc"
    first = plain(warc_response("https://techwire.example/b", TOKEN_HTML.read_bytes()))
    second = plain(warc_response("https://techwire.example/c", TOKEN_HTML.read_bytes()))
    tail.write_bytes(first + second[:120])
    archive.inputs.append(tail)
    archive.ids += [f"{tail}@0", f"{tail}@{len(first)}"]
    archive.error_ids.add(f"{tail}@{len(first)}")


def build_mixed_archive(root: Path) -> Archive:
    """Pages (a folder), JSONL items and two WARC files, with a broken record of each kind."""
    archive = Archive(root=root, inputs=[])
    build_pages(root, archive)
    build_jsonl(root, archive)
    build_warc(root, archive)
    return archive


def build_text_items(path: Path, count: int) -> list[str]:
    """A JSONL file of ``count`` short text stories with varied figures; returns their ids."""
    ids = []
    with open(path, "w", encoding="utf-8") as stream:
        for n in range(count):
            text = STORY_TEXT.replace("12%", f"{n % 40 + 1}%").replace("48,000", f"{40 + n},000")
            ids.append(f"story-{n:04d}")
            stream.write(json.dumps({"id": ids[-1], "text": text, "published": "2026-04-07"}))
            stream.write("\n")
    return ids
