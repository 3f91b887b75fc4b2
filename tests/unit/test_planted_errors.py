"""The number editing of bench/planted_errors.py on hand-made figures (no pipeline, no pages)."""

from __future__ import annotations

import sys
from fractions import Fraction
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))  # the bench modules import their siblings by name

import planted_errors as pe  # noqa: E402

THIRD = Fraction(1, 3)


@pytest.mark.parametrize(
    ("token", "factor", "expected"),
    [
        ("1.2", Fraction(3), "3.6"),
        ("1,420", Fraction(3), "4,260"),
        ("41", Fraction(3), "123"),
        ("40", THIRD, "13"),  # rounded to the token's (no) decimals
        ("9.59", THIRD, "3.20"),  # two decimals stay two
        ("800", Fraction(3), "2,400"),  # grows past a thousand: grouped like news copy
        ("1420", Fraction(3), "4260"),  # printed without a comma: stays without
        ("12,000", Fraction(1000), "12,000,000"),
        ("1", THIRD, "0.3"),  # would read 0: one more decimal
        ("1,100", Fraction(1, 30), "37"),
    ],
)
def test_scale_number(token: str, factor: Fraction, expected: str) -> None:
    assert pe.scale_number(token, factor) == expected


def test_scale_number_gives_up_below_three_more_decimals() -> None:
    assert pe.scale_number("2", Fraction(1, 10000)) is None


@pytest.mark.parametrize(
    ("text", "factor", "expected"),
    [
        ("$1.2 billion", Fraction(3), "$3.6 billion"),
        ("41%", Fraction(3), "123%"),
        ("£30,000", Fraction(3), "£90,000"),
        ("80TB", Fraction(1, 10), "8TB"),
        ("447.6 million tons", Fraction(3), "1,342.8 million tons"),
        ("1%-3%", Fraction(3), "3%-9%"),  # both ends of a range
    ],
)
def test_scale_text_changes_only_the_digits(text: str, factor: Fraction, expected: str) -> None:
    assert pe.scale_text(text, factor) == expected


def test_scale_text_without_digits_is_none() -> None:
    assert pe.scale_text("six per cent", Fraction(3)) is None


def test_visible_map_points_at_the_digits_in_the_html() -> None:
    raw = "<head><title>9</title></head><p>Sales&nbsp;rose to <b>$1.2</b>  billion.</p>"
    text, where = pe.visible_map(raw)
    assert text == "Sales rose to $1.2 billion."
    at = text.index("1.2")
    assert raw[where[at] : where[at + 2] + 1] == "1.2"


def test_breaks_comparison_and_part_of_whole() -> None:
    less = {"type": "comparison", "op": "<"}
    assert pe.breaks(less, {"a": 10, "b": 45}) is False
    assert pe.breaks(less, {"a": 100, "b": 45}) is True
    assert pe.breaks(less, {"a": 50, "b": 45}) is False  # not clearly on the wrong side
    part = {"type": "part_of_whole"}
    assert pe.breaks(part, {"parts[0]": 1.0, "whole": 1.5}) is False
    assert pe.breaks(part, {"parts[0]": 3.0, "whole": 1.5}) is True
    assert pe.breaks({"type": "derived_consistency"}, {}) is None  # judged generically
