"""Every exception newsfacts raises.

The tree::

    NewsFactsError                 base of everything below; catch this to catch them all
    ├── LoadError                  bytes could not become text (empty, binary, unreadable, undecodable)
    ├── LimitError                 the input exceeds a configured limit (size, DOM depth, DOM nodes)
    ├── CleanError                 the page parsed but could not be cleaned (e.g. unparseable markup)
    ├── ModelError                 the spaCy pipeline or its assets could not be loaded
    ├── ExtractionError            a component failed on a document
    ├── ValidationRuleError        a validator rule failed on an article's facts (names the rule)
    └── ConfigError                a setting or an argument is invalid

Suspect *data* is never an exception: the validator reports it as a check with status
``inconsistent``. A page with no article body is not an exception either: the Article has status
``no_article``.
"""

from __future__ import annotations

import re

__all__ = [
    "CleanError",
    "ConfigError",
    "ExtractionError",
    "LimitError",
    "LoadError",
    "ModelError",
    "NewsFactsError",
    "ValidationRuleError",
]

#: What may not reach a terminal or a report raw: controls other than tab and line feed, and
#: the characters that reorder the text around them (bidi embeddings, overrides, isolates).
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    r"""``text`` with controls and bidi overrides shown as escapes (``\u202e``).

    A file name or record id in a message must read as what it is: "evil\u202egpj.exe" is not
    to be shown as "evilexe.jpg".
    """
    return _HIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class NewsFactsError(Exception):
    """Base class of all newsfacts errors.

    Attributes:
        path: the file the error concerns, when there is one.
        url: the page URL the error concerns, when known.
    """

    def __init__(self, message: str, *, path: str | None = None, url: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.url = url

    def __str__(self) -> str:
        where = self.path or self.url
        return f"{self.message} ({where})" if where else self.message


class LoadError(NewsFactsError):
    """The input could not be read or decoded into text."""


class LimitError(NewsFactsError):
    """The input exceeds one of the limits in :class:`~newsfacts.settings.Settings`.

    Attributes:
        limit: the name of the setting that was exceeded (``max_input_bytes``, ``max_dom_depth``,
            ``max_dom_nodes``).
    """

    def __init__(
        self, message: str, *, limit: str, path: str | None = None, url: str | None = None
    ) -> None:
        super().__init__(message, path=path, url=url)
        self.limit = limit


class CleanError(NewsFactsError):
    """The input was text but could not be cleaned into an article."""


class ModelError(NewsFactsError):
    """The spaCy pipeline, its model or its pattern assets could not be loaded."""


class ExtractionError(NewsFactsError):
    """Fact extraction failed on a cleaned document."""


class ValidationRuleError(NewsFactsError):
    """A validator rule raised on an article's facts: a bug in the rule, not suspect data.

    Attributes:
        rule: the rule's name in the registry (``pct_change``, ``comparison``...).
    """

    def __init__(
        self, message: str, *, rule: str, path: str | None = None, url: str | None = None
    ) -> None:
        super().__init__(message, path=path, url=url)
        self.rule = rule


class ConfigError(NewsFactsError):
    """A setting or command-line argument is invalid."""
