"""``currency_conversion``: an amount given in two currencies must imply a plausible rate.

"15 million euros ($16 million)" implies 1.0667 dollars per euro (between 1.00 and 1.14 within the
printed rounding). The rate must fall within +-15% of that year's average in the offline table
``fx_rates.csv`` shipped in ``models/`` (the band covers moves within a year and conversions made
at a later rate). The year is the publication year; a year outside the table makes the check
``unverifiable``.
"""

from __future__ import annotations

import csv
import functools
import itertools
import re

from newsfacts.facts import MoneyFact
from newsfacts.settings import default_assets_dir
from newsfacts.validate.context import RuleContext, Verdict, as_decimal, digit_of, interval
from newsfacts.validate.intervals import Interval

__all__ = ["BAND", "check_currency_conversion", "usd_rates"]

#: How far an implied rate may stray from the year's average and still be plausible.
BAND = 0.15

_GLUE = re.compile(
    r"^\s*(?:\(\s*|,\s*|\bor\s+|\s)(?:or\s+|about\s+|around\s+|roughly\s+|approximately\s+|"
    r"some\s+|nearly\s+|almost\s+|equivalent\s+to\s+|worth\s+)*$",
    re.I,
)


@functools.lru_cache(maxsize=1)
def usd_rates() -> dict[tuple[int, str], float]:
    """(year, currency) -> US dollars per unit of the currency, from ``fx_rates.csv``."""
    rates: dict[tuple[int, str], float] = {}
    path = default_assets_dir() / "fx_rates.csv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            rate = float(row["rate"])
            usd = rate if row["quote"] == "usd_per_unit" else 1 / rate
            rates[(int(row["year"]), row["currency"])] = usd
    return rates


def _usd(year: int, currency: str) -> float | None:
    if currency == "USD":
        return 1.0
    return usd_rates().get((year, currency))


def check_currency_conversion(ctx: RuleContext) -> list[Verdict]:
    """Check every amount printed beside its equivalent in another currency."""
    money = sorted(
        (f for f in ctx.facts if isinstance(f, MoneyFact) and f.currency), key=lambda f: f.span
    )
    years = sorted({y for y, _ in usd_rates()})
    verdicts: list[Verdict] = []
    for a, b in itertools.pairwise(money):
        if a.currency == b.currency or a.value_max is not None or b.value_max is not None:
            continue
        if a.sentence != b.sentence or not _GLUE.match(ctx.between(a, b)):
            continue
        assert a.currency is not None
        assert b.currency is not None
        year = ctx.published.year if ctx.published else years[-1]
        near = min(years, key=lambda y: abs(y - year))
        ua, ub = _usd(near, a.currency), _usd(near, b.currency)
        ai, bi = interval(a), interval(b)
        if ai.lo <= 0:
            continue
        implied = bi / ai  # units of b per unit of a
        pair = f"{b.currency} per {a.currency}"
        shown = f"{a.text} = {b.text} implies {implied.mid:.4g} {pair}"
        if ua is None or ub is None or abs(near - year) > 1:
            verdicts.append(
                Verdict(
                    "currency_conversion",
                    "unverifiable",
                    [a.id, b.id],
                    f"{shown}; the rate table has no {pair} rate for {year}",
                    actual=as_decimal(implied.mid, 4),
                )
            )
            continue
        average = ua / ub
        band = Interval(average * (1 - BAND), average * (1 + BAND))
        ok = implied.overlaps(band)
        message = (
            f"{shown} (between {implied.lo:.4g} and {implied.hi:.4g}); the {near} average was "
            f"{average:.4g}, plausible within +-{BAND:.0%}"
        )
        if not ok:
            message += f": off by {implied.distance(band) / average:.1%} beyond that band"
        verdicts.append(
            Verdict(
                "currency_conversion",
                "consistent" if ok else "inconsistent",
                [a.id, b.id],
                message,
                expected=as_decimal(average, 4),
                actual=as_decimal(implied.mid, 4),
                tolerance=as_decimal(average * BAND + implied.half_width, 3),
                miss=implied.distance(band) / average if not ok else None,
                digit=digit_of(a, b),
            )
        )
    return verdicts
