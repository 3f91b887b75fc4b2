"""Repeated copies of the body: a paragraph that has appeared once is dropped the next times."""

from __future__ import annotations

from collections.abc import Iterable

from newsfacts.clean.document import is_sentence, paragraph_key
from newsfacts.clean.trace import DropLog

__all__ = ["dedupe_paragraphs", "one_copy"]

#: The shortest text whose repeats inside one paragraph are copies (not "No. No.").
_MIN_UNIT = 20
_SENTENCE_END = (".", "!", "?", '"', "”", "’", ")")


def dedupe_paragraphs(
    paragraphs: Iterable[str], log: DropLog | None = None, *, min_chars: int = 40
) -> list[str]:
    """Keep the first copy of every paragraph; count the dropped ones under ``duplicate``.

    Paragraphs are compared by :func:`paragraph_key` (case, spacing and punctuation ignored), so a
    print copy with other quotes or entities still counts as a copy. Lines shorter than
    ``min_chars`` are never dropped: in tables, lists and recipes short lines repeat legitimately
    ("1 cup", "Yes"), and short widget text is removed by its own filter.
    """
    seen: set[str] = set()
    kept: list[str] = []
    for para in paragraphs:
        para = one_copy(para, log)
        key = paragraph_key(para)
        if not key:
            continue
        if len(key) < min_chars and not is_sentence(para):
            kept.append(para)
            continue
        if key in seen:
            if log is not None:
                log.note("duplicate", para)
            continue
        seen.add(key)
        kept.append(para)
    return kept


def one_copy(para: str, log: DropLog | None = None) -> str:
    """One copy of a paragraph that is the same sentences said over and over.

    "Profit rose 9%. Shares gained 2%. Profit rose 9%. Shares gained 2%. ...", as a scrape that
    ran a body together on one line gives it: the text is cut to its shortest repeating unit
    when that unit is a finished sentence of at least :data:`_MIN_UNIT` characters and the
    whole paragraph is nothing but its copies. Linear time (one substring search).
    """
    text = para.strip()
    if len(text) < 2 * _MIN_UNIT:
        return para
    cycle = text + " "
    period = (cycle + cycle).find(cycle, 1)
    if period >= len(cycle) or len(cycle) % period or period <= _MIN_UNIT:
        return para
    unit = cycle[:period].strip()
    if not unit.endswith(_SENTENCE_END):
        return para
    if log is not None:
        log.note("duplicate", cycle[period:].strip())
    return unit
