"""Unit tests for the number grammar in ``newsfacts.extract.numbers``."""

from __future__ import annotations

from decimal import Decimal

import pytest

from newsfacts.extract.numbers import (
    parse_digits,
    parse_number,
    parse_scale,
    parse_words,
    printed_decimals,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("42", Decimal(42)),
        ("1,234", Decimal(1234)),
        ("1,234,567", Decimal(1234567)),
        ("1,234.56", Decimal("1234.56")),
        ("816 000", Decimal(816000)),
        ("816\u00a0000", Decimal(816000)),
        ("12\u202f345\u202f678", Decimal(12345678)),
        ("20.6", Decimal("20.6")),
        (".5", Decimal("0.5")),
        ("  42  ", Decimal(42)),
        ("0", Decimal(0)),
        ("100000", Decimal(100000)),
    ],
)
def test_parse_digits_reads_separated_and_decimal_numbers(text: str, expected: Decimal) -> None:
    assert parse_digits(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "1,23",  # a comma group must have three digits
        "1,2345",
        "12a",
        "1.2.3",
        "-5",  # no sign in the digit grammar
        "3 million",  # no scale in the digit grammar
        "1,234,",
        "$5",
    ],
)
def test_parse_digits_rejects_non_digit_strings(text: str) -> None:
    assert parse_digits(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4.44", 2),
        ("1,234.5", 1),
        ("100", 0),
        ("0.125", 3),
        ("20.60", 2),  # a printed trailing zero counts
        ("816 000", 0),
    ],
)
def test_printed_decimals_counts_digits_after_the_point(text: str, expected: int) -> None:
    assert printed_decimals(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("hundred", Decimal(100)),
        ("thousand", Decimal(1000)),
        ("k", Decimal(1000)),
        ("K", Decimal(1000)),
        ("million", Decimal(10**6)),
        ("mn", Decimal(10**6)),
        ("mln", Decimal(10**6)),
        ("M", Decimal(10**6)),
        ("billion", Decimal(10**9)),
        ("Billion", Decimal(10**9)),
        ("bn", Decimal(10**9)),
        ("BN", Decimal(10**9)),
        ("B", Decimal(10**9)),
        ("trillion", Decimal(10**12)),
        ("tn", Decimal(10**12)),
        ("trn", Decimal(10**12)),
        ("T", Decimal(10**12)),
        ("lakh", Decimal(10**5)),
        ("crore", Decimal(10**7)),
    ],
)
def test_parse_scale_maps_words_and_abbreviations(word: str, expected: Decimal) -> None:
    assert parse_scale(word) == expected


@pytest.mark.parametrize("word", ["", "dozen", "xyz", "millions of", "percent", "zillion"])
def test_parse_scale_rejects_unknown_words(word: str) -> None:
    assert parse_scale(word) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zero", Decimal(0)),
        ("seven", Decimal(7)),
        ("nineteen", Decimal(19)),
        ("twenty-one", Decimal(21)),
        ("twenty one", Decimal(21)),
        ("Ninety-Nine", Decimal(99)),
        ("one hundred", Decimal(100)),
        ("a hundred", Decimal(100)),
        ("one hundred and sixteen", Decimal(116)),
        ("three thousand four hundred", Decimal(3400)),
        ("two million five hundred thousand", Decimal(2_500_000)),
        ("five billion", Decimal(5 * 10**9)),
        ("a dozen", Decimal(12)),
        ("two dozen", Decimal(24)),
        ("half a million", Decimal(500_000)),
        ("a half million", Decimal(500_000)),
        ("half a billion", Decimal(500_000_000)),
        ("a quarter", Decimal("0.25")),
        ("three quarters", Decimal("0.75")),
        ("one fifth", Decimal("0.2")),
    ],
)
def test_parse_words_reads_written_numbers(text: str, expected: Decimal) -> None:
    assert parse_words(text) == expected


def test_parse_words_reads_two_thirds_as_a_fraction() -> None:
    value = parse_words("two-thirds")
    assert value is not None
    assert abs(value - Decimal(2) / 3) < Decimal("1e-20")


@pytest.mark.parametrize(
    "text",
    ["", "and", "hello", "two point five", "million dollars", "half a bn", "seven apples"],
)
def test_parse_words_rejects_text_that_is_not_a_number(text: str) -> None:
    assert parse_words(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20.6 trillion", Decimal("20.6") * 10**12),
        ("4.44 trillion", Decimal("4.44E+12")),
        ("1.2bn", Decimal("1.2") * 10**9),
        ("1.2 bn", Decimal("1.2") * 10**9),
        ("3.4-billion", Decimal("3.4") * 10**9),
        ("4.44T", Decimal("4.44") * 10**12),
        ("10k", Decimal(10_000)),
        ("3M", Decimal(3 * 10**6)),
        ("3 million", Decimal(3 * 10**6)),
        ("1,500 million", Decimal(1_500 * 10**6)),
        ("2 lakh", Decimal(200_000)),
        ("3 crore", Decimal(30_000_000)),
        ("2 hundred thousand", Decimal(200_000)),
        ("816 000", Decimal(816_000)),
        ("1,200", Decimal(1200)),
        ("twenty-one", Decimal(21)),
        ("half a million", Decimal(500_000)),
        ("  7  ", Decimal(7)),
    ],
)
def test_parse_number_returns_the_fully_scaled_value(text: str, expected: Decimal) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "abc",
        "5 apples",  # a noun is not a scale
        "5 xyz",
        "1,23 million",
        "3 seven",  # a word number below a hundred is not a multiplier
        "-5",
        "5 percent",
    ],
)
def test_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_parse_number_keeps_decimal_precision_exact() -> None:
    # 0.1 + 0.2 style float error must not appear: the result is a Decimal built from the text.
    value = parse_number("0.3 million")
    assert isinstance(value, Decimal)
    assert value == Decimal(300_000)
    assert str(value.normalize()) in {"3E+5", "300000"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("half a dozen", Decimal(6)),
        ("one eighth", Decimal("0.125")),
        ("a half", Decimal("0.5")),
        ("one and a half", Decimal("1.5")),
        ("three lakh crore", Decimal(3) * 10**12),
        ("one hundred thousand", Decimal(100000)),
        ("five hundred million", Decimal(5) * 10**8),
    ],
)
def test_parse_words_reads_halves_fractions_and_stacked_scales(text: str, value: Decimal) -> None:
    assert parse_words(text) == value
