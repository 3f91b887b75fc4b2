r"""Phrase patterns anchored at one edge of a text, tried only where the edge word fits.

Several rules ask whether a short text ends with one of a list of phrases ("rose *as much
as* 1.2%": the text before a figure) or begins with one (" *euros*": the text after it). As a
regular expression, ``\b(?:as much as|at least|...)\s*$`` is tried from every position of
the text and each alternative at each, a few microseconds per figure; a page of 20,000
figures pays it in tenths of a second for each such rule.

A phrase that ends the text ends with the text's last word, and one that begins it begins with
its first word. :class:`EndPhrases` and :class:`StartPhrases` keep the pattern and the edge
words of its phrases, and run the pattern only when the text's edge word is one of them: the
same matches, found where they can be. The words are compared as :func:`fold` folds them, which
maps every letter the pattern's case-insensitive matching takes for an ASCII letter onto that
letter ("ſ" and "s", "K" and the Kelvin sign, the dotted and dotless "i").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

__all__ = ["EndPhrases", "Searcher", "StartPhrases", "first_word", "fold", "last_word"]


class Searcher(Protocol):
    """A compiled pattern or an :class:`EndPhrases`: what a rule searches a text with."""

    def search(self, text: str, /) -> re.Match[str] | None:
        """The match in ``text``, or None."""


#: Letters Python's case-insensitive matching takes for "i" whose ``casefold`` is not "i".
_I_LIKE = str.maketrans({"\u0130": "i", "\u0131": "i"})


# A word character is what ``\w`` matches in a str pattern: ``isalnum()`` or "_".


def fold(word: str) -> str:
    """``word`` as the edge tables compare it: case folded, dotted and dotless "i" as "i"."""
    return word.translate(_I_LIKE).casefold()


def last_word(text: str) -> str:
    """The last run of word characters of ``text``, past what follows it (spaces, a period)."""
    end = len(text.rstrip())
    while end > 0 and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:end]


def first_word(text: str) -> str:
    """The first run of word characters of ``text``, past what comes before it."""
    start = len(text) - len(text.lstrip())
    while start < len(text) and not (text[start].isalnum() or text[start] == "_"):
        start += 1
    end = start
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return text[start:end]


def _edge_words(phrases: Iterable[str], last: bool) -> frozenset[str]:
    words = set()
    for phrase in phrases:
        word = last_word(phrase) if last else first_word(phrase)
        if not word:
            raise ValueError(f"phrase {phrase!r} holds no word character")
        words.add(fold(word))
    return frozenset(words)


class EndPhrases:
    r"""A pattern matching one of ``phrases`` at the end of a text, then whitespace only.

    ``pattern`` must be built from ``phrases`` so that a match ends with a phrase followed by
    whitespace and the end of the text, the phrase opening at a word boundary (``\b(?:...)\s*$``
    or ``(?:^|\W)(...)\s+$``; :meth:`build` makes the first). A phrase may end with punctuation
    ("No.") but must hold a word character.
    """

    def __init__(self, pattern: re.Pattern[str], phrases: Iterable[str]) -> None:
        self.pattern = pattern
        self.words = _edge_words(phrases, last=True)

    @classmethod
    def build(
        cls, phrases: Iterable[str], flags: int = re.IGNORECASE, closing: str = r"\s+$"
    ) -> EndPhrases:
        r"""The table of ``\b(?:phrase|...)`` then ``closing``, in the phrases' order.

        A space inside a phrase matches any run of whitespace ("zip code", "zip\tcode").
        """
        listed = list(phrases)
        alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in listed)
        return cls(re.compile(r"\b(?:" + alternatives + ")" + closing, flags), listed)

    def search(self, text: str, last: str | None = None) -> re.Match[str] | None:
        """``pattern.search(text)``, run only when the last word of ``text`` ends a phrase.

        ``last`` is ``fold(last_word(text))`` when the caller has it already (several tables
        asked about one text).
        """
        if (fold(last_word(text)) if last is None else last) not in self.words:
            return None
        return self.pattern.search(text)


class StartPhrases:
    r"""A pattern matching one of ``phrases`` at the start of a text, after whitespace at most.

    ``pattern`` must be built from ``phrases`` so that a match is optional whitespace, then a
    phrase, then a word boundary (``^\s?(...)\b``). A phrase must hold a word character.
    """

    def __init__(self, pattern: re.Pattern[str], phrases: Iterable[str]) -> None:
        self.pattern = pattern
        self.words = _edge_words(phrases, last=False)

    def match(self, text: str) -> re.Match[str] | None:
        """``pattern.match(text)``, run only when the first word of ``text`` opens a phrase."""
        if fold(first_word(text)) not in self.words:
            return None
        return self.pattern.match(text)
