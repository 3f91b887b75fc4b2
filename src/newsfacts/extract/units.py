"""What a quantity's unit measures: ``"kilometers"`` is a length, ``"troops"`` a count.

A figure with a unit of measurement (``10 feet``, ``44,947 MW``, ``3 hrs``) has a *dimension*;
a figure that counts things (``15 senators``, ``100 people``) or has no unit has none. The
dimension is looked up from the printed unit (symbols are case-sensitive: ``MW`` is power, ``mW``
is not listed), with a rate folded in: a length per hour is a speed, a count per week a frequency.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsfacts.facts import Dimension

__all__ = ["unit_dimension"]


def _words(dimension: Dimension, names: str) -> dict[str, Dimension]:
    return dict.fromkeys(names.split(), dimension)


#: Unit symbols, matched exactly as printed.
_SYMBOLS: dict[str, Dimension] = {
    **_words("length", "m km cm mm nm µm μm mi ft in yd"),
    **_words("area", "km2 km² m2 m² ha sq.ft sqft"),
    **_words("volume", "l L ml mL cc bbl tbsp tsp"),
    **_words("mass", "kg g mg µg μg t lb lbs oz"),
    **_words("time", "sec secs min mins hr hrs ms"),
    **_words("temperature", "°C °F C F °"),
    **_words("speed", "mph kph km/h kmh m/s m.p.h"),
    **_words("frequency", "Hz kHz MHz GHz THz"),
    **_words("data", "bit bits KB MB GB TB PB EB Kb Mb Gb Tb Pb KiB MiB GiB TiB"),
    **_words("data_rate", "bps Kbps kbps Mbps Gbps Tbps"),
    **_words("power", "W kW MW GW TW mW hp HP bhp PS"),
    **_words("energy", "Wh kWh MWh GWh TWh J kJ MJ GJ BTU kcal"),
    **_words("voltage", "V kV mV"),
    **_words("pressure", "psi Pa kPa hPa MPa"),
    **_words("dose", "Gy mGy Sv mSv"),
    **_words("capacitance", "µF μF uF nF pF mF"),
}

#: Unit words, matched lower-cased, singular or plural.
_NAMES: dict[str, Dimension] = {
    **_words(
        "length",
        "mile miles foot feet inch inches yard yards meter meters metre metres kilometer "
        "kilometers kilometre kilometres centimeter centimeters centimetre centimetres "
        "millimeter millimeters millimetre millimetres nanometer nanometers nanometre "
        "nanometres micrometer micrometers micron microns light-year light-years",
    ),
    **_words("area", "acre acres hectare hectares"),
    **_words(
        "volume",
        "gallon gallons liter liters litre litres milliliter milliliters millilitre "
        "millilitres barrel barrels cup cups pint pints quart quarts tablespoon tablespoons "
        "teaspoon teaspoons acre-foot acre-feet",
    ),
    **_words(
        "mass",
        "pound pounds ounce ounces ton tons tonne tonnes gram grams kilogram kilograms "
        "milligram milligrams microgram micrograms carat carats",
    ),
    **_words(
        "time",
        "second seconds minute minutes hour hours day days week weeks month months year years "
        "decade decades century centuries millisecond milliseconds",
    ),
    **_words("temperature", "degree degrees celsius fahrenheit kelvin"),
    **_words("speed", "knot knots"),
    **_words("frequency", "hertz"),
    **_words(
        "data",
        "byte bytes kilobyte kilobytes megabyte megabytes gigabyte gigabytes terabyte "
        "terabytes petabyte petabytes",
    ),
    **_words(
        "power",
        "watt watts kilowatt kilowatts megawatt megawatts gigawatt gigawatts horsepower",
    ),
    **_words(
        "energy",
        "kilowatt-hour kilowatt-hours megawatt-hour megawatt-hours gigawatt-hour "
        "gigawatt-hours joule joules calorie calories",
    ),
    **_words("voltage", "volt volts kilovolt kilovolts"),
    **_words("capacitance", "farad farads microfarad microfarads"),
}

#: Leading words that make a length an area or a volume ("square miles", "cubic meters").
_POWERS: dict[str, Dimension] = {"square": "area", "sq": "area", "cubic": "volume"}
#: Trailing words that do the same ("4 km squared").
_POWERS_AFTER: dict[str, Dimension] = {"squared": "area", "cubed": "volume"}
#: Multiples and repetitions: a count per unit of time is a frequency.
_COUNT_WORDS = frozenset({"times", "time"})
_POWER_SUFFIX = re.compile(r"(?:\^?[23]|[²³]|[−-]1)$")


def _lookup(word: str) -> Dimension | None:
    return _SYMBOLS.get(word) or _NAMES.get(word.lower())


@lru_cache(maxsize=4096)  # a pure function of a small vocabulary, asked several times a figure
def unit_dimension(unit: str | None, per: str | None = None) -> Dimension | None:
    """The dimension of a printed unit (and rate denominator), or None for counts and no unit.

    >>> unit_dimension("metric tons"), unit_dimension("miles", "hour"), unit_dimension("troops")
    ('mass', 'speed', None)
    """
    per_dimension = _lookup(per.split()[-1]) if per else None
    if unit is not None and (power := _POWER_SUFFIX.search(unit)):
        stem = unit[: power.start()]
        base = "time" if stem == "s" else _lookup(stem)  # "s-1": per second
        if power.group(0) in {"-1", "−1"}:
            return "frequency" if base == "time" else None
        if base == "length":
            return "area" if power.group(0)[-1] in "2²" else "volume"
        return base
    if unit is None:
        return "frequency" if per_dimension == "time" else None
    words = unit.replace("/", " / ").split()
    if len(words) == 3 and words[1] == "/":  # "l/km", "km/h" when not a listed symbol
        top, bottom = _lookup(words[0]), _lookup(words[2])
        if unit in _SYMBOLS:
            return _SYMBOLS[unit]
        if top == "length" and bottom == "time":
            return "speed"
        if top == "data" and (bottom == "time" or words[2] in {"s", "sec", "min", "h", "hr"}):
            return "data_rate"  # "GB/s", "MB/min"
        return top
    dimension = _SYMBOLS.get(unit) or _lookup(words[-1])
    if dimension is None and len(words) > 1 and words[-1].lower() in _POWERS_AFTER:
        if _lookup(words[0]) == "length":
            return _POWERS_AFTER[words[-1].lower()]
    if dimension is None:
        if words[-1].lower() in _COUNT_WORDS and per_dimension == "time":
            return "frequency"
        return None
    if dimension == "length" and len(words) > 1 and words[0].lower() in _POWERS:
        dimension = _POWERS[words[0].lower()]
    if dimension == "length" and per_dimension == "time":
        return "speed"
    return dimension
