"""Score figures on NewsQuant, the news-sentence quantity benchmark of the CQE paper.

NewsQuant (Almasian et al., 2023, "CQE: A Comprehensive Quantity Extractor") is 590 English
news sentences with 904 quantities annotated (value, unit, normalized unit, change). It is
third-party data: it is not copied into this repository. Pass the path of a local copy of its
``data/formatted_test_set/NewsQuant.json`` (``--file``; default ``$NEWSQUANT`` or
``../suites/newsquant/NewsQuant.json`` beside the work tree).

The sentences are split at random (``random.seed(20261206)``, half of them blind) into a
development half, whose misses may be read (``--set dev --failures``), and a blind half scored in
aggregate only.

Each sentence runs through the extractor alone with the news defaults (no written-number
setting: "one solution" is no fact of ours, and NewsQuant annotates it, so value recall has a
ceiling below 1). Scoring, as the paper does, by sentence and one-to-one: a gold quantity is found
when a figure of ours (quantity, money or percent) has its value (relative difference under
1e-6; a gold range "252-287" by its two ends; cents also by their dollars); *value + unit* also
asks that the units agree loosely; a gold range is also found as two figures of ours, its two
ends (we report "from 13.5 to 14.0 mm" as the figures it runs from and to) (the gold's normalized unit against ours, plurals and case
folded, currency codes and percent signs by their names, one word in common for a counted noun).

    python bench/newsquant_eval.py [--set dev|blind|all] [--failures]
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sdist import halves_parser, parse_halves, split_halves

from newsfacts import extract_text
from newsfacts.extract import load_nlp
from newsfacts.facts import MoneyFact, PercentFact, QuantityFact

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "suites" / "newsquant" / "NewsQuant.json"
SEED = 20261206

#: Our currency codes and signs under the names NewsQuant normalizes them to.
_CURRENCY_NAMES = {
    "USD": "dollar", "CAD": "dollar", "AUD": "dollar", "NZD": "dollar", "HKD": "dollar",
    "SGD": "dollar", "EUR": "euro", "GBP": "pound", "JPY": "yen", "CNY": "yuan", "INR": "rupee",
    "RUB": "ruble", "CHF": "franc", "KRW": "won", "ZAR": "rand", "BRL": "real",
    "DKK": "krone", "SEK": "krona", "NOK": "krone", "GBX": "penny pence", "MYR": "ringgit",
    "PHP": "peso", "MXN": "peso", "THB": "baht", "IDR": "rupiah", "TRY": "lira", "PLN": "zloty",
}  # fmt: skip
_UNIT_NAMES = {
    "%": "percentage", "percent": "percentage", "percentage points": "percentage point",
    "°F": "degree fahrenheit", "°C": "degree celsius", "km": "kilometre", "m": "metre",
    "mph": "mile per hour", "km/h": "kilometre per hour", "kg": "kilogram", "lb": "pound",
    "lbs": "pound", "ft": "foot", "feet": "foot", "mi": "mile", "bps": "basis point",
    "cm": "centimetre", "mm": "millimetre", "g": "gram", "GB": "gigabyte", "TB": "terabyte",
    "MB": "megabyte", "GHz": "gigahertz", "MHz": "megahertz", "kWh": "kilowatt hour",
    "MW": "megawatt", "GW": "gigawatt", "kW": "kilowatt", "hp": "horsepower",
    "in": "inch", "sq m": "square metre", "sq ft": "square foot", "sq km": "square kilometre",
    "people": "person", "men": "man", "women": "woman", "children": "child",
}  # fmt: skip


_SPELLINGS = {
    "meter": "metre",
    "liter": "litre",
    "tonne": "ton",
    "inche": "inch",
    "crown": "krone",
    "kilometer": "kilometre",
    "millimeter": "millimetre",
    "centimeter": "centimetre",
    "gigatonne": "gigaton",
    "megatonne": "megaton",
}


def _fold(unit: str) -> set[str]:
    """A unit's words, lower case, each singular ("Miles per hour" -> {"mile", "per", "hour"})."""
    words = set()
    for word in re.findall(r"[a-zμ%°$€£¥″]+", unit.lower()):
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        words.add(_SPELLINGS.get(word, word))
    return words


def units_agree(gold: str, surface: str, ours: str | None) -> bool:
    """Whether our unit names what the gold's unit names (loosely; see the module docstring)."""
    if ours is None:
        return gold in {"", "-"} or gold.lower() in {"dimensionless", "none"}
    if ours.lower() == surface.lower():
        return True  # the printed symbol: "mAh", "GWh", "ppb"
    if "cent" in gold.lower() and ours in _CURRENCY_NAMES:
        return True  # "84.75 cents" is money of ours
    got = _fold(_CURRENCY_NAMES.get(ours) or _UNIT_NAMES.get(ours) or ours) | _fold(ours)
    for want in (_fold(gold), _fold(surface)):
        if want and (want == got or want & got - {"per", "of", "a", "the"}):
            return True
    return False


@dataclass
class Gold:
    low: Decimal
    high: Decimal
    unit: str
    surface: str


@dataclass
class Ours:
    value: Decimal
    high: Decimal | None
    unit: str | None
    text: str


@dataclass
class Tally:
    gold: int = 0
    ours: int = 0
    value: int = 0
    unit: int = 0
    log: list[str] = field(default_factory=list)


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        return None


def gold_of(item: dict[str, Any]) -> Gold | None:
    """A gold quantity, or None when its value is no number."""
    raw = str(item["value"])
    low_text, sep, high_text = raw.partition("-") if not raw.startswith("-") else (raw, "", "")
    low = _number(low_text)
    high = _number(high_text) if sep else low
    if low is None or high is None:
        return None
    unit = str(item.get("normalized_unit") or item.get("unit") or "")
    return Gold(low, high, unit, str(item.get("unit") or ""))


def ours_of(fact: Any) -> Ours | None:
    """A figure of ours: its value, range end and unit name."""
    if isinstance(fact, MoneyFact):
        return Ours(fact.value, fact.value_max, fact.currency, fact.text)
    if isinstance(fact, PercentFact):
        unit = "percentage points" if fact.points else "%"
        return Ours(fact.value, fact.value_max, unit, fact.text)
    if isinstance(fact, QuantityFact):
        return Ours(fact.value, fact.value_max, fact.unit, fact.text)
    return None


def _close(a: Decimal, b: Decimal) -> bool:
    return a == b or (b != 0 and abs((a - b) / b) < Decimal("1e-6"))


def values_agree(gold: Gold, ours: Ours) -> bool:
    """Whether our figure has the gold value (a range by its ends, cents also as dollars)."""
    cents = "cent" in gold.unit.lower() or "cent" in gold.surface.lower()
    candidates = [ours.value] + ([ours.value * 100] if cents else [])
    if gold.low != gold.high:
        return (
            ours.high is not None and _close(ours.value, gold.low) and _close(ours.high, gold.high)
        )
    return any(_close(v, gold.low) for v in candidates) or (
        ours.high is not None and _close(ours.high, gold.low)
    )


def _two_ends(gold: Gold, ours: list[Ours], used: set[int]) -> tuple[int, int] | None:
    """Two figures of ours that are a gold range's ends (ours are a from-to pair)."""
    if gold.low == gold.high:
        return None
    free = [i for i in range(len(ours)) if i not in used]
    low = next((i for i in free if _close(ours[i].value, gold.low)), None)
    high = next((i for i in free if i != low and _close(ours[i].value, gold.high)), None)
    return (low, high) if low is not None and high is not None else None


def score(sentences: list[dict[str, Any]], failures: bool) -> Tally:
    nlp = load_nlp()
    tally = Tally()
    for index, sentence in enumerate(sentences):
        text = sentence["text"]
        golds = [g for item in sentence["quantities"] if (g := gold_of(item)) is not None]
        article = extract_text(text, nlp=nlp)
        ours = [o for fact in article.facts if (o := ours_of(fact)) is not None]
        tally.gold += len(golds)
        tally.ours += len(ours)
        used: set[int] = set()
        lines = []
        for gold in golds:
            found = next(
                (i for i, o in enumerate(ours) if i not in used and values_agree(gold, o)), None
            )
            pair = _two_ends(gold, ours, used) if found is None else None
            if pair is not None:  # "from $10 to $15 billion": two figures of ours, one range
                used.update(pair)
                found = pair[0]
                tally.ours -= 1  # one figure of the paper's kind
            if found is None:
                lines.append(
                    f"    MISS {gold.low}{'' if gold.low == gold.high else '-' + str(gold.high)} {gold.surface!r} ({gold.unit})"
                )
                continue
            used.add(found)
            tally.value += 1
            if units_agree(gold.unit, gold.surface, ours[found].unit):
                tally.unit += 1
            else:
                lines.append(
                    f"    UNIT {ours[found].text!r}: gold {gold.unit!r} ({gold.surface!r}), ours {ours[found].unit!r}"
                )
        for i, o in enumerate(ours):
            if i not in used:
                lines.append(f"    FP   {o.text!r} {o.value} {o.unit!r}")
        if failures and lines:
            tally.log.append(f"  [{index}] {text[:160]!r}")
            tally.log.extend(lines)
    return tally


def _f1(hits: int, gold: int, ours: int) -> tuple[float, float, float]:
    p = hits / ours if ours else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = halves_parser(__doc__.split("\n", 1)[0])
    parser.add_argument("--file", type=Path, default=Path(os.environ.get("NEWSQUANT", DEFAULT)))
    args = parse_halves(parser, argv)
    if not args.file.exists():
        print(f"NewsQuant not found at {args.file} (pass --file): skipped")
        return 0
    sentences = json.loads(args.file.read_text(encoding="utf-8"))
    half = split_halves(sentences, SEED)[args.set]
    tally = score(half, args.failures)
    if args.failures:
        print("\n".join(tally.log))
    p, r, f = _f1(tally.value, tally.gold, tally.ours)
    pu, ru, fu = _f1(tally.unit, tally.gold, tally.ours)
    print(
        f"NewsQuant {args.set} half: {len(half)} sentences, {tally.gold} gold quantities, {tally.ours} figures of ours"
    )
    print(f"  value        P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print(f"  value + unit P {pu:.3f} R {ru:.3f} F1 {fu:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
