"""The report's colors, one per fact kind and check verdict, with the WCAG contrast arithmetic.

Every text the report prints on a colored background is one of :func:`text_pairs`, and a unit test
holds each pair to WCAG 2.x level AA (4.5:1 for normal text). Outlines and link lines are held to
the 3:1 asked of non-text contrast (:func:`graphic_pairs`).
"""

from __future__ import annotations

from typing import Final

from newsfacts.facts import FACT_KINDS

__all__ = [
    "AA_GRAPHIC",
    "AA_TEXT",
    "FALLBACK_KIND",
    "HIGHLIGHT",
    "INK",
    "KIND_COLORS",
    "LINE",
    "LINK",
    "MUTED",
    "PAPER",
    "REMOVED_PAPER",
    "STATUS_COLORS",
    "contrast_ratio",
    "graphic_pairs",
    "kind_color",
    "relative_luminance",
    "text_pairs",
]

#: WCAG 2.x level AA: normal text, and graphical objects such as outlines.
AA_TEXT: Final = 4.5
AA_GRAPHIC: Final = 3.0

INK: Final = "#1b1b1b"
PAPER: Final = "#ffffff"
#: Greyed text of what the cleaner removed, on its own pale background.
MUTED: Final = "#555555"
REMOVED_PAPER: Final = "#f2f2f2"
LINK: Final = "#0b4fc0"
#: The outline of a fact a check cites (or the fact a link points to).
HIGHLIGHT: Final = "#c0160c"
#: The lines drawn from a percentage to its from / to figures.
LINE: Final = "#6a3d9a"

#: Background of each fact kind's highlight (the ``color`` of its row in
#: :data:`~newsfacts.facts.FACT_KINDS`); the text on it is :data:`INK`.
KIND_COLORS: Final[dict[str, str]] = {kind.label: kind.color for kind in FACT_KINDS}
#: A kind this version does not know yet still gets a highlight.
FALLBACK_KIND: Final = "#e3e3e3"

#: (text, background) of each verdict badge.
STATUS_COLORS: Final[dict[str, tuple[str, str]]] = {
    "consistent": ("#ffffff", "#1d6b32"),
    "inconsistent": ("#ffffff", "#b3170f"),
    "unverifiable": ("#ffffff", "#5c5c5c"),
    "ok": ("#ffffff", "#1d6b32"),
    "no_article": ("#ffffff", "#7a4a00"),
    "error": ("#ffffff", "#b3170f"),
}


def kind_color(kind: str) -> str:
    """The highlight background of a fact kind (a neutral grey for an unknown kind)."""
    return KIND_COLORS.get(kind, FALLBACK_KIND)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(color: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` color (0 black .. 1 white).

    Raises:
        ValueError: ``color`` is not ``#rrggbb``.
    """
    digits = color.removeprefix("#")
    if len(digits) != 6:
        raise ValueError(f"not a #rrggbb color: {color!r}")
    r, g, b = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colors, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_pairs() -> list[tuple[str, str, str]]:
    """Every (name, text color, background) the report prints text with."""
    pairs = [
        ("body", INK, PAPER),
        ("link", LINK, PAPER),
        ("removed", MUTED, REMOVED_PAPER),
        ("fallback-kind", INK, FALLBACK_KIND),
    ]
    pairs += [(f"kind-{kind}", INK, color) for kind, color in KIND_COLORS.items()]
    pairs += [(f"status-{name}", fg, bg) for name, (fg, bg) in STATUS_COLORS.items()]
    return pairs


def graphic_pairs() -> list[tuple[str, str, str]]:
    """Every (name, line color, background) of an outline or drawn line the report shows."""
    pairs = [("highlight", HIGHLIGHT, PAPER), ("link-line", LINE, PAPER), ("focus", INK, PAPER)]
    # the highlight outline sits right against the fact's own background too
    pairs += [(f"highlight-on-{kind}", HIGHLIGHT, color) for kind, color in KIND_COLORS.items()]
    return pairs
