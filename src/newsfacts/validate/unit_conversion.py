"""``unit_conversion``: a measurement restated in another unit must convert to it.

"1,280 meters long, about 4,200 feet", "40 pounds (18 kilograms)", "120 mph (193 km/h)",
"104 degrees Fahrenheit (40 Celsius)" (or, as a difference, "1.5C (2.7F) of warming"): the
first figure, converted with the factor of
:data:`_UNITS`, must agree with the second. A conversion is usually rounded to two significant
digits ("10,000 feet (3,000 meters)" is 3,048), so a whole number ending in zeros stands for that much; a
unit with two common sizes (the US and the imperial gallon, the short, long and metric ton,
horsepower and metric horsepower) converts with both. Only a restatement the grammar ties is
read: the second figure right after the first, in brackets or set off by ", or", ", about" (a
bare comma also parts two measures of a list).
"""

from __future__ import annotations

import itertools
import math
import re
from decimal import Decimal

from newsfacts.facts import QuantityFact
from newsfacts.validate.context import Figure, RuleContext, digit_of, interval, shown
from newsfacts.validate.intervals import Interval
from newsfacts.validate.verdict import Verdict, agreement, weigh

__all__ = ["check_unit_conversion"]


def _rows(
    dimension: str, low: str, high: str | None, names: str
) -> dict[str, tuple[str, tuple[Decimal, Decimal]]]:
    size = (Decimal(low), Decimal(high or low))
    return dict.fromkeys(names.split("|"), (dimension, size))


#: Unit -> (dimension, its size in the dimension's base unit, low and high): lengths in meters,
#: areas in square meters, volumes in liters, masses in kilograms, speeds in km/h, power in
#: kilowatts. Words are matched lower-cased, symbols as printed.
_UNITS: dict[str, tuple[str, tuple[Decimal, Decimal]]] = {
    **_rows("length", "1", None, "m|meter|meters|metre|metres"),
    **_rows("length", "1000", None, "km|kilometer|kilometers|kilometre|kilometres"),
    **_rows("length", "0.01", None, "cm|centimeter|centimeters|centimetre|centimetres"),
    **_rows("length", "0.001", None, "mm|millimeter|millimeters|millimetre|millimetres"),
    **_rows("length", "1609.344", None, "mi|mile|miles"),
    **_rows("length", "0.3048", None, "ft|foot|feet"),
    **_rows("length", "0.0254", None, "in|inch|inches"),
    **_rows("length", "0.9144", None, "yd|yard|yards"),
    **_rows("area", "1", None, "m2|m²|square meter|square meters|square metre|square metres"),
    **_rows("area", "1000000", None, "km2|km²|square kilometer|square kilometers"),
    **_rows("area", "1000000", None, "square kilometre|square kilometres"),
    **_rows("area", "10000", None, "ha|hectare|hectares"),
    **_rows("area", "4046.856", None, "acre|acres"),
    **_rows("area", "2589988", None, "square mile|square miles"),
    **_rows("area", "0.0929", None, "sq.ft|sqft|square foot|square feet"),
    **_rows("volume", "1", None, "l|L|liter|liters|litre|litres"),
    **_rows("volume", "0.001", None, "ml|mL|milliliter|milliliters|millilitre|millilitres"),
    **_rows("volume", "3.785", "4.546", "gallon|gallons"),
    **_rows("volume", "158.987", None, "bbl|barrel|barrels"),
    **_rows("volume", "1000", None, "cubic meter|cubic meters|cubic metre|cubic metres"),
    **_rows("volume", "28.317", None, "cubic foot|cubic feet"),
    **_rows("mass", "1", None, "kg|kilogram|kilograms"),
    **_rows("mass", "0.001", None, "g|gram|grams"),
    **_rows("mass", "0.45359", None, "lb|lbs|pound|pounds"),
    **_rows("mass", "0.028350", None, "oz|ounce|ounces"),
    **_rows("mass", "907.18", "1016.05", "ton|tons"),
    **_rows("mass", "1000", None, "t|tonne|tonnes|metric ton|metric tons"),
    **_rows("speed", "1", None, "km/h|kph|kmh"),
    **_rows("speed", "1.609344", None, "mph|m.p.h"),
    **_rows("speed", "3.6", None, "m/s"),
    **_rows("speed", "1.852", None, "knot|knots"),
    **_rows("power", "1", None, "kW|kilowatt|kilowatts"),
    **_rows("power", "1000", None, "MW|megawatt|megawatts"),
    **_rows("power", "0.7355", "0.7457", "hp|HP|bhp|horsepower"),
}  # fmt: skip
#: Temperature scales, read apart (an offset, not a factor).
_CELSIUS = frozenset({"°C", "C", "celsius", "degrees celsius"})
_FAHRENHEIT = frozenset({"°F", "F", "fahrenheit", "degrees fahrenheit"})

_HEDGE = r"(?:(?:about|roughly|nearly|almost|some|around|approximately|or\s+about)\s+)?"
#: Between a measurement and its conversion: " (", ", or about ", " long, about " (a word of
#: what it measures may come first: "long", "wide", "high", "tall", "deep", "away").
_CONVERTED = re.compile(
    r"^\s*(?:(?:long|wide|tall|high|deep|thick|across|away|in\s+diameter|in\s+length)\s*)?"
    rf"(?:\(\s*|,\s*(?:or\s+)?|\s+or\s+){_HEDGE}$",
    re.I,
)
#: Glue that says "the same measure in another unit": a bracket, "or", a hedge. A bare comma does
#: not ("12 miles high, 20 kilometers from the crater" are two measures).
_SAYS_SAME = re.compile(
    r"\(|\b(?:or|about|roughly|nearly|almost|some|around|approximately)\b", re.I
)


def _unit(f: QuantityFact) -> tuple[str, tuple[Decimal, Decimal]] | str | None:
    """The row of :data:`_UNITS` for a figure's unit, "C" / "F" for a temperature, or None."""
    unit = (f.unit or "").strip()
    if unit in _CELSIUS or unit.lower() in _CELSIUS:
        return "C"
    if unit in _FAHRENHEIT or unit.lower() in _FAHRENHEIT:
        return "F"
    return _UNITS.get(unit) or _UNITS.get(unit.lower())


def _rounded(f: QuantityFact) -> Interval:
    """A figure's interval; a whole number ending in zeros is rounded to two significant digits.

    "3,000 meters" for 10,000 feet stands for 2,950 to 3,050; "18.5 kilograms" says its digits.
    """
    iv = interval(f)
    iv = Interval(min(iv.lo, iv.hi), max(iv.lo, iv.hi))  # "minus 31C": the ends in order
    value = Decimal(f.value)
    if value == 0 or value != value.to_integral_value() or int(value) % 10:
        return iv
    half = Decimal(5).scaleb(math.floor(math.log10(abs(value))) - 2)
    return Interval(min(iv.lo, value - half), max(iv.hi, value + half))


def check_unit_conversion(ctx: RuleContext) -> list[Verdict]:
    """Check each measurement restated in another unit right after it."""
    verdicts: list[Verdict] = []
    for index in range(len(ctx.sentences)):
        own = sorted(ctx.figures_in(index), key=lambda f: f.span[0])
        for k, (a, b) in enumerate(itertools.pairwise(own)):
            if not isinstance(a, QuantityFact) or not isinstance(b, QuantityFact):
                continue
            if a.value_max is not None or b.value_max is not None or a.per != b.per:
                continue
            glue = ctx.text[a.span[1] : b.span[0]]
            if not _CONVERTED.match(glue) or not _SAYS_SAME.search(glue):
                continue
            firsts, seconds = _list_back(ctx, own, k), _list_on(ctx, own, k + 1)
            if len(firsts) > 1 or len(seconds) > 1:
                # "routes of 25, 62 and 100 miles, or about 40, 100 and 161 kilometers": one
                # list restated item by item; lists of unequal length are not read
                if len(firsts) == len(seconds):
                    verdicts.extend(
                        v
                        for x, y in zip(firsts, seconds, strict=True)
                        if (v := _converted([x], y)) is not None
                    )
                continue
            # "6 feet 2 inches (1.88 meters)": a measure told in two units is their sum
            lead = own[k - 1] if k else None
            parts = [a]
            if (
                isinstance(lead, QuantityFact)
                and _TOGETHER.match(ctx.text[lead.span[1] : a.span[0]])
                and lead.dimension == a.dimension
            ):
                parts = [lead, a]
            verdict = _converted(parts, b)
            if verdict is not None:
                verdicts.append(verdict)
    return verdicts


#: Between the items of a list of figures: "25, 62 and 100 miles".
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)$")


def _list_back(ctx: RuleContext, own: list[Figure], k: int) -> list[QuantityFact]:
    """The list of one unit that ends with ``own[k]`` (a quantity), in order."""
    last = own[k]
    if not isinstance(last, QuantityFact):
        return []
    items = [last]
    while k > 0:
        prev = own[k - 1]
        if not (isinstance(prev, QuantityFact) and prev.unit == items[0].unit):
            break
        if not _LIST_GAP.match(ctx.text[prev.span[1] : items[0].span[0]]):
            break
        items.insert(0, prev)
        k -= 1
    return items


def _list_on(ctx: RuleContext, own: list[Figure], j: int) -> list[QuantityFact]:
    """The list of one unit that starts with ``own[j]`` (a quantity), in order."""
    first = own[j]
    if not isinstance(first, QuantityFact):
        return []
    items = [first]
    for nxt in own[j + 1 :]:
        if not (isinstance(nxt, QuantityFact) and nxt.unit == items[-1].unit):
            break
        if not _LIST_GAP.match(ctx.text[items[-1].span[1] : nxt.span[0]]):
            break
        items.append(nxt)
    return items


#: Between the two units of one measure: "6 feet 2 inches", "7 pounds and 4 ounces".
_TOGETHER = re.compile(r"^\s*(?:,\s*)?(?:and\s+)?$", re.I)


def _converted(parts: list[QuantityFact], b: QuantityFact) -> Verdict | None:
    """The measure told by ``parts`` (one figure, or two units summed) in ``b``'s unit, against ``b``."""
    ub = _unit(b)
    units = [_unit(a) for a in parts]
    if ub is None or any(u is None or u == ub for u in units):
        return None
    if isinstance(ub, str) or any(isinstance(u, str) for u in units):
        if len(parts) > 1 or {units[0], ub} != {"C", "F"}:
            return None
        ia = _rounded(parts[0])
        nine_fifths = Decimal(9) / Decimal(5)
        if ub == "F":
            found = Interval(ia.lo * nine_fifths + 32, ia.hi * nine_fifths + 32)
            step = Interval(ia.lo * nine_fifths, ia.hi * nine_fifths)
        else:
            found = Interval((ia.lo - 32) / nine_fifths, (ia.hi - 32) / nine_fifths)
            step = Interval(ia.lo / nine_fifths, ia.hi / nine_fifths)
        if weigh(step, "overlaps", _rounded(b)).ok:
            # "1.5C (2.7F) of warming", "10 degrees Fahrenheit (5.6 Celsius) above normal": a
            # difference of temperatures converts with the factor alone
            found = step
    else:
        db, (lo_b, hi_b) = ub
        found = Interval(Decimal(0), Decimal(0))
        for a, ua in zip(parts, units, strict=True):
            if ua is None or isinstance(ua, str):
                return None  # (checked above: every part has a row of the table)
            da, (lo_a, hi_a) = ua
            if da != db or (a.unit or "").lower() == (b.unit or "").lower():
                return None
            # the larger unit of "5 feet 10 inches" is exact: the smaller one carries the rounding
            exact = Decimal(a.value)
            ia = Interval(exact, exact) if a is not parts[-1] else _rounded(a)
            found = Interval(found.lo + ia.lo * lo_a / hi_b, found.hi + ia.hi * hi_a / lo_b)
    told = " ".join(a.text for a in parts)
    message = f"{told} is {shown(found.mid, '.4g')} {b.unit} (between {shown(found.lo, '.4g')}"
    message += f" and {shown(found.hi, '.4g')}); the article gives {b.text}"
    return agreement(
        "unit_conversion",
        [*(a.id for a in parts), b.id],
        found,
        _rounded(b),
        message,
        off=lambda gap: f": off by {shown(gap, '.3g')} {b.unit}",
        digit=digit_of(b),  # the conversion is printed to its own digits
        digits=4,
    )
