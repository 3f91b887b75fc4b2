"""newsfacts: turn saved news pages into checked, typed facts.

Three stages, each its own package: ``clean`` (boilerplate, teasers and repeated copies out),
``extract`` (a spaCy pipeline: figures, percentages, money, dates, organizations) and
``validate`` (do the numbers hold together?). ``parse`` runs all three::

    import newsfacts
    article = newsfacts.parse(html, url="https://...", published="2026-04-24")
    for fact in article.facts: ...
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from newsfacts.errors import (
    CleanError,
    ConfigError,
    ExtractionError,
    LimitError,
    LoadError,
    ModelError,
    NewsFactsError,
    ValidationRuleError,
)
from newsfacts.facts import (
    Article,
    ArticleMetadata,
    Check,
    DateFact,
    DateRangeFact,
    Fact,
    MoneyFact,
    OrganizationFact,
    PercentFact,
    QuantityFact,
    facts_adapter,
)
from newsfacts.settings import Settings

if TYPE_CHECKING:
    from newsfacts.pipeline import extract_text, parse, parse_page

__all__ = [
    "Article",
    "ArticleMetadata",
    "Check",
    "CleanError",
    "ConfigError",
    "DateFact",
    "DateRangeFact",
    "ExtractionError",
    "Fact",
    "LimitError",
    "LoadError",
    "ModelError",
    "MoneyFact",
    "NewsFactsError",
    "OrganizationFact",
    "PercentFact",
    "QuantityFact",
    "Settings",
    "ValidationRuleError",
    "__version__",
    "extract_text",
    "facts_adapter",
    "parse",
    "parse_page",
]

__version__ = "0.1.0"

#: Names served by ``newsfacts.pipeline``, which imports spaCy: loaded on first use, so that
#: ``newsfacts --help``, ``schema`` and the cleaner start without it.
_PIPELINE_NAMES = frozenset({"extract_text", "parse", "parse_page"})


def __getattr__(name: str) -> Any:
    if name in _PIPELINE_NAMES:
        from newsfacts import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'newsfacts' has no attribute {name!r}")


logging.getLogger(__name__).addHandler(logging.NullHandler())
