"""What a quantity's unit measures (newsfacts.extract.units)."""

from __future__ import annotations

import pytest

from newsfacts.extract.units import unit_dimension


@pytest.mark.parametrize(
    ("unit", "per", "dimension"),
    [
        ("miles", None, "length"),
        ("in", None, "length"),
        ("metric tons", None, "mass"),
        ("MW", None, "power"),
        ("TB", None, "data"),
        ("Tb", "square inch", "data"),
        ("degrees", None, "temperature"),
        ("°C", None, "temperature"),
        ("hrs", None, "time"),
        ("square kilometers", None, "area"),
        ("cubic feet", None, "volume"),
        ("km^2", None, "area"),
        ("km²", None, "area"),
        ("km cubed", None, "volume"),
        ("kilometres", "hour", "speed"),
        ("l/km", None, "volume"),
        ("km/h", None, "speed"),
        ("times", "week", "frequency"),
        ("Gy", None, "dose"),
        ("s-1", None, "frequency"),
    ],
)
def test_unit_dimension_of_units_of_measurement(unit: str, per: str | None, dimension: str) -> None:
    assert unit_dimension(unit, per) == dimension


@pytest.mark.parametrize(
    "unit", [None, "senators", "people", "times", "combat operations", "mw", "SIM cards"]
)
def test_unit_dimension_is_none_for_counts_and_bare_numbers(unit: str | None) -> None:
    assert unit_dimension(unit) is None
