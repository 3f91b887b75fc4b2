"""What the cleaner removed: a count per reason always, the removed text only when asked.

The cleaners note every block they leave out in a :class:`DropLog`. By default it only counts
(``CleanDocument.dropped``); with ``trace=True`` it also keeps each block's text and reason
(``CleanDocument.removed``), which the HTML report shows so a reader can see why a teaser went.
Reading the text of a dropped element costs a walk over it, so the normal path never does.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

__all__ = ["DropLog", "RemovedBlock"]


@dataclass(frozen=True, slots=True)
class RemovedBlock:
    """A block of page text the cleaner left out of the article.

    Attributes:
        reason: the cleaner's reason code (``teaser-block``, ``widget``, ``duplicate``...).
        text: the block's text, whitespace collapsed; the paragraphs of a removed element are
            joined by newlines.
    """

    reason: str
    text: str


class DropLog:
    """Counts removed blocks by reason; keeps their text too when tracing.

    Args:
        trace: keep the text of every removed block (see :attr:`blocks`).
    """

    __slots__ = ("blocks", "counts")

    def __init__(self, *, trace: bool = False) -> None:
        self.counts: Counter[str] = Counter()
        self.blocks: list[RemovedBlock] | None = [] if trace else None

    @property
    def tracing(self) -> bool:
        """True when the text of removed blocks is kept."""
        return self.blocks is not None

    def note(self, reason: str, text: str | None = None, *, count: int = 1) -> None:
        """Count ``count`` removed blocks under ``reason``; keep ``text`` when tracing.

        Args:
            reason: the reason code.
            text: the removed text, if the caller has it; empty text is not kept.
            count: how many blocks this note stands for.
        """
        self.counts[reason] += count
        if self.blocks is not None and text:
            self.blocks.append(RemovedBlock(reason, text))

    def removed(self) -> tuple[RemovedBlock, ...]:
        """The removed blocks in the order they were noted (empty unless tracing)."""
        return tuple(self.blocks or ())
