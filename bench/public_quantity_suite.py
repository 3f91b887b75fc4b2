"""Score figures on the sentence cases of quantulum3's own English tests.

quantulum3 0.10.0's source distribution on PyPI ships ``_lang/en_US/tests/quantities.json``:
about a hundred sentences, each with the quantities quantulum3 expects (value, unit name,
surface). They are third-party test data, so they are not copied into this repository: this
script downloads the pinned sdist into ``bench/.cache/`` (sha256 checked) and reads them there.

Before any code looked at our output on them, the sentences were split at random
(``random.seed(20261205)``, half of them) into a development half, whose misses may be read
(``--set dev --failures``), and a blind half scored in aggregate only.

Each sentence runs through the extractor alone (``extract_text``: no cleaner, which would take
one sentence for no article), numbers written in words switched on as in the other sentence
suites. Scoring, by sentence, one-to-one: a gold quantity is found when a figure of ours (quantity,
money or percent; dates are not quantities here) has its value (relative difference under
1e-6; a range counts by its middle and cents by their number, as quantulum3 writes them, and a
year it counts as a number is found when we report it as a date). *Value and kind* also asks what it measures: a currency for money (the gold's unit name
mapped to an ISO code), a percent, a dimension (length, mass, time, ...) for a measurement, and
no unit of measurement for a bare count ("dimensionless"); gold units outside that table are
scored on value alone.

    python bench/public_quantity_suite.py [--set dev|blind|all] [--failures]
"""

from __future__ import annotations

import json
import sys
import tarfile
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sdist import FETCH_ERRORS, fetch_sdist, halves_parser, parse_halves, split_halves

from newsfacts import extract_text
from newsfacts.extract import load_nlp
from newsfacts.settings import Settings

SDIST = "quantulum3-0.10.0.tar.gz"
SDIST_SHA256 = "c0367f18745e51d67a65cb3fb1f48a45c8280090ec2d49b11d1a9ee496951946"
MEMBER = "quantulum3-0.10.0/quantulum3/_lang/en_US/tests/quantities.json"
SEED = 20261205
#: Sentences are scored as if published on this day (none of them gives one).
PUBLISHED = "2020-06-15"

#: What a gold unit name measures, as our facts say it: ("money", ISO code), ("percent", None),
#: ("count", None) or ("measure", dimension).
_KINDS: dict[str, tuple[str, str | None]] = {
    "dimensionless": ("count", None),
    "percentage": ("percent", None),
    "dollar": ("money", "USD"),
    "United States dollar": ("money", "USD"),
    "euro": ("money", "EUR"),
    "pound sterling": ("money", "GBP"),
    "yen": ("money", "JPY"),
    "metre": ("measure", "length"),
    "kilometre": ("measure", "length"),
    "centimetre": ("measure", "length"),
    "millimetre": ("measure", "length"),
    "mile": ("measure", "length"),
    "inch": ("measure", "length"),
    "foot": ("measure", "length"),
    "yard": ("measure", "length"),
    "gram": ("measure", "mass"),
    "milligram": ("measure", "mass"),
    "kilogram": ("measure", "mass"),
    "pound-mass": ("measure", "mass"),
    "ounce": ("measure", "mass"),
    "ton": ("measure", "mass"),
    "tonne": ("measure", "mass"),
    "second": ("measure", "time"),
    "minute": ("measure", "time"),
    "hour": ("measure", "time"),
    "day": ("measure", "time"),
    "week": ("measure", "time"),
    "month": ("measure", "time"),
    "year": ("measure", "time"),
    "degree Celsius": ("measure", "temperature"),
    "degree fahrenheit": ("measure", "temperature"),
    "degree Fahrenheit": ("measure", "temperature"),
    "kelvin": ("measure", "temperature"),
    "square kilometre": ("measure", "area"),
    "square metre": ("measure", "area"),
    "square mile": ("measure", "area"),
    "acre": ("measure", "area"),
    "cubic kilometre": ("measure", "volume"),
    "cubic metre": ("measure", "volume"),
    "litre": ("measure", "volume"),
    "gallon": ("measure", "volume"),
    "kilometre per hour": ("measure", "speed"),
    "mile per hour": ("measure", "speed"),
    "watt": ("measure", "power"),
    "kilowatt": ("measure", "power"),
    "megawatt": ("measure", "power"),
    "volt": ("measure", "voltage"),
    "hertz": ("measure", "frequency"),
    "gigabyte": ("measure", "data"),
    "megabyte": ("measure", "data"),
}


def fetch_cases() -> list[dict[str, Any]]:
    """The sdist's test sentences, downloaded on first use."""
    archive = fetch_sdist("quantulum3==0.10.0", SDIST, SDIST_SHA256)
    with tarfile.open(archive) as tar:
        source = tar.extractfile(MEMBER)
        if source is None:
            raise SystemExit(f"{archive}: no {MEMBER}")
        cases: list[dict[str, Any]] = json.loads(source.read().decode("utf-8"))
    return cases


def split(cases: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The development and blind halves (fixed before any code looked at our output)."""
    return split_halves(cases, SEED)


#: As in the other sentence suites: numbers written in words are figures too.
SETTINGS = Settings(written_number_facts=True)


def _ours(sentence: str, nlp: Any) -> tuple[list[Any], list[Any]]:
    """Our figures (quantity, money, percent) and our dates, for one sentence."""
    article = extract_text(sentence, published=PUBLISHED, settings=SETTINGS, nlp=nlp)
    figures = [f for f in article.facts if f.kind in {"quantity", "money", "percent"}]
    dates = [f for f in article.facts if f.kind in {"date", "date_range"}]
    return figures, dates


def _read_as(gold: dict[str, Any], fact: Any) -> bool:
    """Whether ``fact`` states the gold quantity under quantulum3's conventions.

    A range is given by its middle ("between 44 and 50 mg" is 47 mg); cents by their number
    ("one hundred cents" is 100 cents, our USD 1.00).
    """
    value = float(gold["value"])
    if fact.value_max is not None:
        return _same_value(value, (fact.value + fact.value_max) / 2)
    if gold.get("unit") == "cent" and fact.kind == "money":
        return _same_value(value, fact.value * 100)
    return _same_value(value, fact.value)


def _a_year(gold: dict[str, Any], dates: list[Any]) -> bool:
    """A year quantulum3 counts as a number ("in 2005", "the 1960s") that we read as a date."""
    value = float(gold["value"])
    if gold.get("unit") != "dimensionless" or not 1000 <= value <= 2100 or value % 1:
        return False
    for d in dates:
        start = getattr(d, "start", None) or getattr(d, "date", None)
        if start is not None and start.year == int(value):
            return True
    return False


def _same_value(gold: float, ours: Decimal) -> bool:
    value = Decimal(str(gold))
    return abs(value - ours) <= abs(value) * Decimal("1e-6") + Decimal("1e-12")


def _kind_agrees(gold: dict[str, Any], fact: Any) -> bool | None:
    """Whether our fact measures what the gold's unit does; None: the unit is not in the table."""
    kind = _KINDS.get(str(gold.get("unit")))
    if kind is None:
        return None
    sort, what = kind
    if sort == "money":
        return bool(fact.kind == "money" and fact.currency == what)
    if sort == "percent":
        return bool(fact.kind == "percent")
    if sort == "count":
        return bool(fact.kind == "quantity" and getattr(fact, "dimension", None) is None)
    return bool(fact.kind == "quantity" and getattr(fact, "dimension", None) == what)


def score(cases: list[dict[str, Any]], failures: list[str] | None) -> dict[str, float]:
    """Value P / R / F1, and the share of matched figures whose kind agrees."""
    nlp = load_nlp(SETTINGS)
    gold_n = ours_n = found = agree = judged = 0
    for case in cases:
        sentence = str(case["req"])
        gold = list(case["res"])
        ours, dates = _ours(sentence, nlp)
        gold_n += len(gold)
        ours_n += len(ours)
        left = list(ours)
        for g in gold:
            match = next((f for f in left if _read_as(g, f)), None)
            if match is None and _a_year(g, dates):
                found += 1  # a year, which we report as a date
                continue
            if match is None:
                if failures is not None:
                    failures.append(
                        f"  MISS {g['surface']!r} {g['value']} {g['unit']} | {sentence}"
                    )
                continue
            left.remove(match)
            found += 1
            agrees = _kind_agrees(g, match)
            if agrees is not None:
                judged += 1
                agree += agrees
                if not agrees and failures is not None:
                    failures.append(
                        f"  KIND {g['surface']!r} {g['unit']} vs ours {match.kind} "
                        f"{getattr(match, 'unit', None) or getattr(match, 'currency', None)} "
                        f"{getattr(match, 'dimension', None)} | {sentence}"
                    )
        if failures is not None:
            failures.extend(f"  EXTRA {f.text!r} {f.value} | {sentence}" for f in left)
    precision = found / ours_n if ours_n else 0.0
    recall = found / gold_n if gold_n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": gold_n,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "kind_agreement": agree / judged if judged else 0.0,
        "kind_judged": judged,
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_halves(halves_parser(__doc__.split("\n", 1)[0]), argv)
    try:
        cases = split(fetch_cases())[args.set]
    except FETCH_ERRORS as exc:
        print(f"public_quantity_suite: skipped, the sdist could not be fetched ({exc})")
        return 0
    failures: list[str] | None = [] if args.failures else None
    s = score(cases, failures)
    print(f"{args.set}: {len(cases)} sentences, {s['gold']} quantities of {MEMBER}")
    print(
        f"newsfacts  value P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}; "
        f"kind agrees on {s['kind_agreement']:.3f} of {s['kind_judged']} matched with a known unit"
    )
    if failures:
        print("newsfacts misses (development half):", *failures, sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
