"""Repeated copies of the body: a paragraph that has appeared once is dropped the next times."""

from __future__ import annotations

from collections.abc import Iterable

from newsfacts.clean.document import is_sentence, paragraph_key
from newsfacts.clean.trace import DropLog

__all__ = ["dedupe_paragraphs"]


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
