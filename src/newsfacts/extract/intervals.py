"""Character spans that do not overlap, kept sorted.

The one index the extractor uses to ask "is this stretch of text already taken?" in logarithmic
time: dates already read, an organization's mentions, the entities a name may not cross.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

__all__ = ["Intervals", "joined", "paragraphs_holding", "stretches_holding"]

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraphs_holding(text: str, anchor: re.Pattern[str]) -> list[tuple[int, int]]:
    """The paragraphs (between blank lines) where ``anchor`` is found, in order.

    Each runs on to the next paragraph's start (a pattern looking past a paragraph's end sees
    the line break, as in the whole text).
    """
    found: list[tuple[int, int]] = []
    start = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end, after = (brk.start(), brk.end()) if brk is not None else (len(text), len(text))
        if anchor.search(text, start, end):
            found.append((start, after))
        start = after
    return found


def joined(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ordered ``spans`` with those that touch (one ends where the next starts) made one."""
    stretches: list[tuple[int, int]] = []
    for start, end in spans:
        if stretches and stretches[-1][1] == start:
            stretches[-1] = (stretches[-1][0], end)
        else:
            stretches.append((start, end))
    return stretches


def stretches_holding(text: str, anchor: re.Pattern[str]) -> list[tuple[int, int]]:
    """The stretches of ``text`` worth scanning for patterns whose every match holds ``anchor``.

    The paragraphs where ``anchor`` is found (:func:`paragraphs_holding`), consecutive ones
    joined.
    """
    return joined(paragraphs_holding(text, anchor))


class Intervals:
    """Character spans that do not overlap, kept sorted: overlap tests in logarithmic time."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(set(spans)):
            if not self.overlaps(start, end):
                self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a span already held."""
        i = bisect.bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def add(self, start: int, end: int) -> None:
        """Hold [start, end) too (the caller has checked it overlaps nothing)."""
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def spans(self) -> list[tuple[int, int]]:
        """The spans held, in order."""
        return list(zip(self._starts, self._ends, strict=True))
