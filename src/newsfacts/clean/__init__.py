"""Clean: RawPage -> CleanDocument (article body paragraphs and metadata)."""

from __future__ import annotations

from dataclasses import replace

from newsfacts.clean.document import CleanDocument
from newsfacts.clean.html import clean_html
from newsfacts.clean.language import detect_language, language_of
from newsfacts.clean.text import clean_text
from newsfacts.clean.trace import RemovedBlock
from newsfacts.sources import RawPage

__all__ = [
    "CleanDocument",
    "RemovedBlock",
    "clean_html",
    "clean_page",
    "clean_text",
    "detect_language",
]


def clean_page(
    page: RawPage,
    *,
    trace: bool = False,
    max_depth: int | None = None,
    max_nodes: int | None = None,
) -> CleanDocument:
    """Clean a loaded page with the cleaner its kind calls for, and tell its language.

    The language detected from the cleaned body wins over the one the page declares (templates
    often declare ``lang="en"`` around text in another language).

    Args:
        page: the decoded page.
        trace: also record every removed block with its reason (``CleanDocument.removed``).
        max_depth: refuse HTML trees nested deeper than this.
        max_nodes: refuse HTML trees with more elements than this.

    Raises:
        CleanError: the page cannot be parsed.
        LimitError: the HTML tree exceeds ``max_depth`` or ``max_nodes``.
    """
    if page.kind == "html":
        document = clean_html(
            page.text, url=page.url, trace=trace, max_depth=max_depth, max_nodes=max_nodes
        )
    else:
        document = clean_text(page.text, url=page.url, trace=trace)
    language = language_of(document.text, document.metadata.language)
    if language == document.metadata.language:
        return document
    metadata = document.metadata.model_copy(update={"language": language})
    return replace(document, metadata=metadata)
