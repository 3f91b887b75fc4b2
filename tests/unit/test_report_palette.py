"""The report's colors meet WCAG AA, and the style sheet uses exactly those colors."""

from __future__ import annotations

import pytest

from newsfacts.facts import FACT_KINDS
from newsfacts.report.assets import style_sheet
from newsfacts.report.palette import (
    AA_GRAPHIC,
    AA_TEXT,
    KIND_COLORS,
    STATUS_COLORS,
    contrast_ratio,
    graphic_pairs,
    kind_color,
    relative_luminance,
    text_pairs,
)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [("#000000", "#ffffff", 21.0), ("#ffffff", "#ffffff", 1.0), ("#777777", "#ffffff", 4.48)],
)
def test_contrast_ratio_matches_wcag_reference_values(
    first: str, second: str, expected: float
) -> None:
    assert contrast_ratio(first, second) == pytest.approx(expected, abs=0.01)
    assert contrast_ratio(second, first) == pytest.approx(expected, abs=0.01)


def test_relative_luminance_rejects_a_short_color() -> None:
    with pytest.raises(ValueError, match="rrggbb"):
        relative_luminance("#fff")


@pytest.mark.parametrize(("name", "fg", "bg"), text_pairs(), ids=[p[0] for p in text_pairs()])
def test_palette_text_meets_aa(name: str, fg: str, bg: str) -> None:
    assert contrast_ratio(fg, bg) >= AA_TEXT, f"{name}: {fg} on {bg}"


@pytest.mark.parametrize(("name", "fg", "bg"), graphic_pairs(), ids=[p[0] for p in graphic_pairs()])
def test_palette_outlines_and_lines_meet_aa_non_text(name: str, fg: str, bg: str) -> None:
    assert contrast_ratio(fg, bg) >= AA_GRAPHIC, f"{name}: {fg} on {bg}"


def test_palette_covers_every_fact_kind_and_verdict() -> None:
    assert list(KIND_COLORS) == [kind.label for kind in FACT_KINDS]
    assert {"consistent", "inconsistent", "unverifiable"} <= set(STATUS_COLORS)
    assert len(set(KIND_COLORS.values())) == len(KIND_COLORS), "each kind its own color"
    assert kind_color("future_kind") not in KIND_COLORS.values()


def test_style_sheet_uses_the_palette_colors() -> None:
    css = style_sheet()
    for kind, color in KIND_COLORS.items():
        assert f".k-{kind}{{background:{color}}}" in css
    for status, (fg, bg) in STATUS_COLORS.items():
        assert f".v-{status}{{color:{fg};background:{bg}}}" in css
