"""Clean: RawPage -> CleanDocument (article body paragraphs and metadata)."""

from __future__ import annotations

from newsfacts.clean.document import CleanDocument
from newsfacts.clean.html import clean_html
from newsfacts.clean.text import clean_text
from newsfacts.clean.trace import RemovedBlock
from newsfacts.sources import RawPage

__all__ = ["CleanDocument", "RemovedBlock", "clean_html", "clean_page", "clean_text"]


def clean_page(page: RawPage, *, trace: bool = False) -> CleanDocument:
    """Clean a loaded page with the cleaner its kind calls for.

    Args:
        page: the decoded page.
        trace: also record every removed block with its reason (``CleanDocument.removed``).
    """
    if page.kind == "html":
        return clean_html(page.text, url=page.url, trace=trace)
    return clean_text(page.text, url=page.url, trace=trace)
