"""A real Scrapy crawl with NewsFactsPipeline: the index at BASE, then every page it links.

Run as a script (a Twisted reactor cannot be restarted inside a test process)::

    python tests/unit/scrapy_crawl.py BASE_URL OUT.jsonl MODEL [PART,PART...]

Used by ``tests/unit/test_scrapy_pipeline.py`` and ``bench/scrapy_bench.py``. Items carry the
page as ``response.body`` bytes, the way crawlers keep it; the feed export writes ``url`` and
the pipeline's ``newsfacts`` field as JSON lines.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import CrawlerProcess


class Pages(Spider):
    name = "pages"

    def __init__(self, base: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [base + "/index.html"]

    def parse(self, response: Any, **kwargs: Any) -> Iterator[Request]:
        for href in response.css("a::attr(href)").getall():
            yield Request(response.urljoin(href), callback=self.page)

    def page(self, response: Any) -> Iterator[dict[str, Any]]:
        yield {"url": response.url, "html": response.body, "published": "2026-04-24"}


def main(argv: list[str]) -> None:
    base, out, model = argv[:3]
    parts = argv[3].split(",") if len(argv) > 3 and argv[3] else []
    process = CrawlerProcess(
        settings={
            "ITEM_PIPELINES": {"newsfacts.scrapy.NewsFactsPipeline": 300},
            "NEWSFACTS_MODEL": model,
            "NEWSFACTS_PARTS": parts,
            "FEEDS": {out: {"format": "jsonlines", "fields": ["url", "newsfacts"]}},
            "ROBOTSTXT_OBEY": False,
            "TELNETCONSOLE_ENABLED": False,
            "LOG_LEVEL": "ERROR",
            "CONCURRENT_REQUESTS": 4,
        }
    )
    process.crawl(Pages, base=base)
    process.start()


if __name__ == "__main__":
    main(sys.argv[1:])
