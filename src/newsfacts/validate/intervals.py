"""Interval arithmetic for printed numbers: a printed figure stands for its rounding interval.

``4.44 trillion`` is any value in [4.435e12, 4.445e12]; ``23.77%`` any in [23.765, 23.775].
A hedge widens the interval: "about" ±5%, "nearly"/"almost" up to 10% below, "just over" up to
10% above, "more than"/"over" anything above (bounded at 1.5x so arithmetic stays finite). A check fails only when no values
inside the intervals satisfy it.

The bounds are ``Decimal``, as the facts' values are: a printed "5.8 trillion" is exactly
[5.75, 5.85] trillion, and a figure that touches the edge of another's rounding touches it exactly
(binary floats would put the edge a few units of 1e-16 to one side or the other).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from newsfacts.facts import Severity

__all__ = ["Interval", "grade", "last_digit", "printed_interval"]

_HALF = Decimal("0.5")
_MINOR = Decimal("0.05")


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval ``[lo, hi]`` of reals, with Decimal bounds."""

    lo: Decimal
    hi: Decimal

    @property
    def mid(self) -> Decimal:
        """The midpoint."""
        return (self.lo + self.hi) / 2

    @property
    def half_width(self) -> Decimal:
        """Half the width: the ± of the midpoint."""
        return (self.hi - self.lo) / 2

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: Interval) -> Interval:
        products = (self.lo * other.lo, self.lo * other.hi, self.hi * other.lo, self.hi * other.hi)
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval) -> Interval:
        if other.lo <= 0 <= other.hi:
            raise ZeroDivisionError("interval division by an interval containing zero")
        # each quotient rounded once (a reciprocal first would round twice)
        quotients = (self.lo / other.lo, self.lo / other.hi, self.hi / other.lo, self.hi / other.hi)
        return Interval(min(quotients), max(quotients))

    def scaled(self, factor: Decimal | int) -> Interval:
        """The interval times a non-negative number: ``[lo * factor, hi * factor]``."""
        return Interval(self.lo * factor, self.hi * factor)

    def overlaps(self, other: Interval) -> bool:
        """True when some value lies in both intervals."""
        return self.lo <= other.hi and other.lo <= self.hi

    def distance(self, other: Interval) -> Decimal:
        """The gap between two intervals (0 when they overlap)."""
        if self.overlaps(other):
            return Decimal(0)
        return max(other.lo - self.hi, self.lo - other.hi)


def _scale_of(value: Decimal, text: str | None) -> Decimal:
    """Half a unit in the last printed digit, in the units of ``value`` (scale applied)."""
    if text is None:
        exponent = value.normalize().as_tuple().exponent
        return _HALF * Decimal(10) ** exponent if isinstance(exponent, int) else Decimal(0)
    match = re.search(r"\d[\d,\s]*(?:\.(\d+))?", text)
    if not match:
        return Decimal(0)
    digits = match.group(0).replace(",", "").replace(" ", "")
    printed = Decimal(digits)
    places = len(match.group(1)) if match.group(1) else 0
    multiplier = value / printed if printed else Decimal(1)
    return _HALF * Decimal(10) ** -places * multiplier


def last_digit(value: Decimal, text: str | None = None) -> Decimal:
    """One unit in the last printed digit of a figure, relative to its value (0 when exact).

    ``4.44 trillion`` -> 0.01 / 4.44 = 0.00225; ``23.77%`` -> 0.01 / 23.77.
    """
    v = abs(value)
    return 2 * _scale_of(value, text) / v if v else Decimal(0)


def grade(miss: Decimal, digit: Decimal) -> Severity:
    """How bad a relative miss is: ``rounding``, ``minor`` or ``major``.

    Args:
        miss: the smallest relative distance between the relation and any reading of the printed
            intervals (already > 0 for an inconsistent check).
        digit: one unit in the last printed digit of the figures involved, relative (the largest
            of them): a miss within it is what a slip in the last digit would cause.
    """
    if miss <= digit:
        return "rounding"
    if miss < _MINOR:
        return "minor"
    return "major"


def printed_interval(
    value: Decimal, *, text: str | None = None, qualifier: str | None = None
) -> Interval:
    """The interval a printed figure stands for.

    Args:
        value: the fully scaled value.
        text: the printed surface (decides how many digits were printed); None uses ``value``.
        qualifier: a hedge printed before it ("about", "nearly", "more than"...).
    """
    v = value
    half = _scale_of(value, text)
    lo, hi = v - half, v + half
    q = (qualifier or "").lower()
    if q in {
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "an estimated",
        "close to",
        "near",
    }:
        lo, hi = min(lo, v * Decimal("0.95")), max(hi, v * Decimal("1.05"))
    elif q in {"nearly", "almost", "just under", "just below", "not even"}:
        lo, hi = v * Decimal("0.9"), hi
    elif q in {"just over", "just above", "slightly more than", "a little over", "a bit over"}:
        lo, hi = lo, v * Decimal("1.1")  # the mirror of "just under": close above it
    elif q in {
        "more than",
        "over",
        "greater than",
        "above",
        "upwards of",
        "in excess of",
        "at least",
    }:
        lo, hi = lo, v * Decimal("1.5")
    elif q in {
        "less than",
        "under",
        "fewer than",
        "below",
        "up to",
        "at most",
        "as much as",
        "as many as",
    }:
        lo, hi = v * Decimal("0.5"), hi
    return Interval(lo, hi)
