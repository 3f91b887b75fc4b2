"""Repeated copies of the body: a paragraph that has appeared once is dropped the next times."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newsfacts.clean.document import paragraph_key

__all__ = ["dedupe_paragraphs"]


def dedupe_paragraphs(paragraphs: Iterable[str], reasons: Counter[str] | None = None) -> list[str]:
    """Keep the first copy of every paragraph; count the dropped ones under ``duplicate``.

    Paragraphs are compared by :func:`paragraph_key` (case, spacing and punctuation ignored), so a
    print copy with other quotes or entities still counts as a copy. Very short lines are compared
    too: a repeated "Share" is as much a repeat as a repeated paragraph.
    """
    seen: set[str] = set()
    kept: list[str] = []
    for para in paragraphs:
        key = paragraph_key(para)
        if not key:
            continue
        if key in seen:
            if reasons is not None:
                reasons["duplicate"] += 1
            continue
        seen.add(key)
        kept.append(para)
    return kept
