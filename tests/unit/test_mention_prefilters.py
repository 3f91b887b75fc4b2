"""The figure grammar reads a percent or currency word only where one can open.

``_percent_at`` and ``_currency_word_at`` skip the pattern when the first two characters hold
none of its opening letters; they must give exactly what the pattern gives everywhere.
"""

from __future__ import annotations

import pytest

from newsfacts.extract import mentions

ROWS = [
    "%",
    " % of sales",
    "-pct",
    " per cent",
    " percent higher",
    " Percentage points",
    " basis points",
    " bps",
    "pp ",
    " euros and more",
    "yuan",
    " Kroner",
    " \u212aroner",  # the Kelvin sign folds to "k" under re.I
    " ſhekels",  # the long s folds to "s"
    " kg of rice",
    "  percent",  # two spaces: no match either way
    " million",
    "",
    " dollars",
    "-year",
]


@pytest.mark.parametrize("text", ROWS)
def test_the_prefilters_change_no_reading(text: str) -> None:
    page = "cost 5" + text
    at = len("cost 5")
    plain_percent = mentions._PERCENT.match(page[at : at + 24])
    plain_currency = mentions._CURRENCY_WORD.match(page[at : at + 24])
    fast_percent = mentions._percent_at(page, at)
    fast_currency = mentions._currency_word_at(page, at)
    assert (fast_percent and fast_percent.group()) == (plain_percent and plain_percent.group())
    assert (fast_currency and fast_currency.group()) == (plain_currency and plain_currency.group())


def test_the_rows_hold_both_readings() -> None:
    at = len("cost 5")
    found = [mentions._percent_at("cost 5" + t, at) is not None for t in ROWS]
    words = [mentions._currency_word_at("cost 5" + t, at) is not None for t in ROWS]
    assert any(found)
    assert not all(found)
    assert any(words)
    assert not all(words)
