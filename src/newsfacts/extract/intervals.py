"""Character spans that do not overlap, kept sorted.

The one index the extractor uses to ask "is this stretch of text already taken?" in logarithmic
time: dates already read, an organization's mentions, the entities a name may not cross.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

__all__ = ["Intervals"]


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
