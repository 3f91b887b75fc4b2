"""The cleaner's output: the article body as paragraphs, plus the page's metadata."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from newsfacts.clean.trace import RemovedBlock
from newsfacts.facts import ArticleMetadata

__all__ = [
    "PARAGRAPH_SEPARATOR",
    "CleanDocument",
    "is_sentence",
    "normalize_space",
    "paragraph_key",
]

#: An article has a paragraph this long ...
_LONG_PARAGRAPH = 120
#: ... and a quarter of its text in paragraphs this long.
_PROSE_PARAGRAPH = 80
#: Paragraphs are joined by a blank line in ``CleanDocument.text`` and ``Article.text``.
PARAGRAPH_SEPARATOR = "\n\n"

_KEY_DROP = re.compile(r"[\W_]+")
#: Characters that are never shown: soft hyphens (hyphenation hints inside words), word joiners
#: and byte-order marks. They go, so that "Wäh\u00adrend" reads and matches as "Während".
_INVISIBLE = re.compile("[\u00ad\u2060\ufeff]")


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace (NBSP and thin spaces included) to one space.

    Invisible characters (soft hyphens, word joiners, byte-order marks) are removed, and the
    text is put in Unicode NFC form: a page that spells "ü" as "u" plus a combining diaeresis
    reads, searches and matches like one that spells it as one character.
    """
    # str.split() knows every Unicode space but the zero-width one; membership tests are cheaper
    # than a substitution that finds nothing (this runs for every block of every page)
    if "\u00ad" in text or "\u2060" in text or "\ufeff" in text:
        text = _INVISIBLE.sub("", text)
    if "\u200b" in text:
        text = text.replace("\u200b", " ")
    text = " ".join(text.split())
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


#: Paragraphs of finished sentences that make a body an article however short each is.
_MANY_SENTENCES = 8

_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
#: A finished sentence has at least this many words.
_SENTENCE_WORDS = 6


def is_sentence(text: str) -> bool:
    """True for a finished sentence of six words or more ("Profit rose 9% to $2.3 billion.")."""
    stripped = text.strip()
    return len(stripped.split()) >= _SENTENCE_WORDS and bool(_SENTENCE_END.search(stripped))


def paragraph_key(text: str) -> str:
    """Return a comparison key for a paragraph: lower case, letters and digits only.

    Two copies of one paragraph that differ in entities, quotes or spacing get the same key.
    """
    return _KEY_DROP.sub("", text.casefold())


@dataclass(frozen=True, slots=True)
class CleanDocument:
    """An article body, cleaned.

    Attributes:
        paragraphs: the body's paragraphs in reading order, each once.
        metadata: title, date, authors, site, canonical URL and language.
        dropped: how many blocks were removed, by reason (for diagnostics).
        removed: the removed blocks with their text and reason, in the order the cleaner met
            them; only filled when the cleaner ran with ``trace=True``.
        plain: the body came from a plain-text input (no page around it to tell an article
            from a grid of headlines: a text that says anything is the article).
    """

    paragraphs: tuple[str, ...]
    metadata: ArticleMetadata
    dropped: dict[str, int] = field(default_factory=dict)
    removed: tuple[RemovedBlock, ...] = ()
    plain: bool = False

    @property
    def text(self) -> str:
        """The body text, paragraphs joined by a blank line."""
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    def is_article(self, min_chars: int = 200) -> bool:
        """True when the body reads as an article, not a list of headlines or widgets.

        An article has at least ``min_chars`` characters, a paragraph of 120 or more, and at
        least a quarter of its text in paragraphs of 80 characters or more (tables, lists and
        score sheets are articles too; a grid of headlines is not); or it is written in short
        paragraphs: eight or more finished sentences (six words, an end mark) that hold three
        quarters of its text. A plain text is an article
        as soon as it holds one finished sentence.
        """
        return self.no_article_reason(min_chars) is None

    def no_article_reason(self, min_chars: int = 200) -> str | None:
        """Why the body is not an article (see :meth:`is_article`), or None when it is one."""
        total = sum(len(p) for p in self.paragraphs)
        if total and self.plain and any(is_sentence(p) for p in self.paragraphs):
            return None  # a text given as text is the article when it says anything at all
        if not total:
            return "no text found: the page holds no body text"
        if total < min_chars:
            return f"the body is {total} characters, under the {min_chars}-character minimum"
        sentences = [p for p in self.paragraphs if is_sentence(p)]
        if len(sentences) >= _MANY_SENTENCES and sum(map(len, sentences)) >= 0.75 * total:
            return None  # an article written in short paragraphs, one finished sentence each
        if not any(len(p) >= _LONG_PARAGRAPH for p in self.paragraphs):
            return (
                f"no paragraph of {_LONG_PARAGRAPH} characters or more "
                "(a list of headlines, links or short lines)"
            )
        prose = sum(len(p) for p in self.paragraphs if len(p) >= _PROSE_PARAGRAPH)
        if prose < 0.25 * total:
            return (
                f"less than a quarter of the text is in paragraphs of {_PROSE_PARAGRAPH} "
                "characters or more (a page of headlines or short lines)"
            )
        return None

    @property
    def paragraph_spans(self) -> list[tuple[int, int]]:
        """Character spans of each paragraph inside :attr:`text`."""
        spans: list[tuple[int, int]] = []
        pos = 0
        for para in self.paragraphs:
            spans.append((pos, pos + len(para)))
            pos += len(para) + len(PARAGRAPH_SEPARATOR)
        return spans
