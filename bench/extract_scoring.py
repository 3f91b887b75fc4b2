"""Scoring one case of a gold set: a quantities-dev sentence or a news-dev-shaped page.

* quantities-dev: per case, predictions of a kind not in the case's ``scope`` are ignored; a
  quantity / percent / money prediction also counts as a ``number`` when ``number`` is in scope
  and its own kind is not. Date and date_range predictions are in scope only when their own kind
  is. ``optional`` gold items are matched like the others, but the pair counts neither way.
* news-dev pages (and the blind and development news-pool sets, in the same shape): gold spans are
  located in the system's own text; the body region comes from ``body_anchor``; an unmatched
  prediction counts as a false positive in the body or inside boilerplate (a leak), and not at
  all elsewhere.

Per-kind counts: true positives and misses by gold kind, false positives by the prediction's
(scoped) kind. The matching rules themselves are in ``extract_rules.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from extract_rules import (
    DATES,
    NUMERIC,
    Agree,
    Days,
    Pred,
    Tally,
    as_days,
    collapse,
    collapse_map,
    days_overlap,
    find_all,
    greedy_match,
    kinds_compatible,
    locate_in_context,
    locate_in_span,
    numbers_match,
    overlap,
    to_original,
)

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
            mentions = [tuple(m) for m in f.mentions]
            aliases = list(getattr(f, "aliases", []))
            preds.append(Pred(f.kind, **base, name=f.name, mentions=mentions, aliases=aliases))
    return preds


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
    anchor = record.get("body_anchor")
    if anchor is None:  # a partial set (directions): the whole text is the body
        return Region((0, len(text)), (True, True), [])
    first = collapse(anchor["first"])
    last = collapse(anchor["last"])
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
    """Org names compare ignoring case, a leading "the", a possessive 's / ’s and trailing
    punctuation ("The Washington Post" and "Washington Post" are one newspaper)."""
    name = _TRAILING_PUNCT.sub("", name.strip().casefold())
    name = re.sub(r"^the\s+", "", name)
    name = re.sub(r"['’]s$", "", name)
    return _TRAILING_PUNCT.sub("", name)


_TRAILING_PUNCT = re.compile(r"[\s.,;:!?)\]\"'’”]+$")


def score_orgs(
    record: dict[str, Any], preds: list[Pred], region: Region
) -> tuple[int, int, int, int, list[str], list[str]]:
    """(matched predicted, scorable predicted, found gold, gold, missed gold, wrong predicted).

    A predicted organization is one reported organization with its name and aliases (a system
    that reports "CREA" and "Canadian Real Estate Association" apart makes two predictions); it
    is right when one of its names is a gold org or alias, and predictions with the same name
    count once. It is scorable when one of its mentions lies in the body region or in a
    boilerplate string; one mentioned only elsewhere (outside the body) is neutral.
    """
    aliases = record.get("org_aliases") or {}
    forms = {
        org: {norm_org(org), *(norm_org(a) for a in aliases.get(org, []))} for org in record["orgs"]
    }
    every = set().union(*forms.values()) if forms else set()
    reported: dict[str, tuple[str, set[str]]] = {}  # name -> (as printed, every name normalized)
    for p in preds:
        if p.kind != "organization" or not p.name:
            continue
        spans = p.mentions or [(p.start, p.end)]
        if all(region.classify(s) == "neutral" for s in spans):
            continue
        names = {norm_org(p.name), *(norm_org(a) for a in p.aliases)}
        reported.setdefault(norm_org(p.name), (p.name, names))
    matched = [n for n, (_, names) in reported.items() if names & every]
    wrong = [shown for _, (shown, names) in reported.items() if not names & every]
    said = set().union(*(names for _, names in reported.values())) if reported else set()
    found = [org for org, f in forms.items() if f & said]
    missed = [org for org in forms if org not in found]
    return len(matched), len(reported), len(found), len(forms), missed, wrong


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
