"""The Scrapy item pipeline in a real crawl (issue 20 item 1).

A local HTTP server on 127.0.0.1 serves an index and three pages (two fixture articles and, in
the middle, a page of binary junk); a real Scrapy spider crawls them with the pipeline enabled
and Scrapy's own feed export writes the items as JSON lines. The crawl runs in a subprocess (a
Twisted reactor cannot be restarted inside the test process).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from tests.conftest import PAGES

CRAWL = Path(__file__).with_name("scrapy_crawl.py")

PORT_PAGE = "harbourledger__2026-03-12__port-results.html"
TOKEN_PAGE = "techwire__2026-04-24__token-usage.html"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "site"
    root.mkdir()
    shutil.copy(PAGES / PORT_PAGE, root / "port.html")
    shutil.copy(PAGES / TOKEN_PAGE, root / "token.html")
    (root / "broken.html").write_bytes(bytes(range(256)) * 40)
    links = "".join(f'<a href="{n}">{n}</a>' for n in ("port.html", "broken.html", "token.html"))
    (root / "index.html").write_text(f"<html><body>{links}</body></html>", encoding="utf-8")
    handler = partial(SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_real_crawl_exports_items_with_their_facts(site: str, tmp_path: Path) -> None:
    from newsfacts.settings import DEFAULT_MODEL

    out = tmp_path / "items.jsonl"
    parts = "status,error,facts,metadata"
    done = subprocess.run(
        [sys.executable, str(CRAWL), site, str(out), DEFAULT_MODEL, parts],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    items = {Path(i["url"]).name: i for i in map(json.loads, out.read_text().splitlines())}
    assert sorted(items) == ["broken.html", "port.html", "token.html"]  # none dropped
    broken = items["broken.html"]["newsfacts"]
    assert broken["status"] == "error"
    assert broken["error"]["type"] == "LoadError"
    port = items["port.html"]["newsfacts"]
    assert port["status"] == "ok"
    assert set(port) == {"status", "error", "facts", "metadata"}
    token = items["token.html"]["newsfacts"]
    texts = {f["text"] for f in token["facts"]}
    assert "20.6 trillion tokens" in texts or any("trillion" in t for t in texts)
    assert any(f["kind"] == "organization" for f in port["facts"])


def test_unknown_parts_are_a_config_error() -> None:
    from newsfacts.errors import ConfigError
    from newsfacts.scrapy import NewsFactsPipeline

    with pytest.raises(ConfigError, match="unknown part"):
        NewsFactsPipeline(parts=["facts", "fcts"])


def test_an_item_without_a_page_carries_an_error_not_an_exception() -> None:
    from newsfacts import Settings
    from newsfacts.scrapy import NewsFactsPipeline

    pipeline = NewsFactsPipeline(settings=Settings(model=None))
    item = pipeline.convert_item({"url": "https://a.example/x"})
    assert item["newsfacts"]["status"] == "error"
    assert item["newsfacts"]["error"]["type"] == "ConfigError"
