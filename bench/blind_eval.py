"""Score newsfacts on a hand-annotated page set it was not developed on (the blind set).

    python bench/blind_eval.py [--set bench/blind/news-pool] [--pages ../shared/corpus/news-pool]
                               [--verbose]

Gold records (one JSON file a page, in the shape of ``../shared/gold/news-dev.jsonl``) were written
from the pages alone, before any code change they are used to judge (``bench/blind/README.md``).
Matching is the news-dev scorer of extract_scoring.py (compatible kind, overlapping span, value within 0.5%,
date kinds by their days). On top of it this prints:

* **strict** precision and recall: a matched pair counts only when unit (currency for money),
  direction and period also agree (a period we give must overlap the gold one; a figure we leave
  without a period is not wrong); precision is over every scorable prediction (body or leak).
* **year of month/day dates**: gold dates printed with a month but no year, and how many of them
  we matched with the right year.
* **ages**: gold ``age`` facts against our ``age`` quantities (scored apart from the figures).

``figures()`` returns the summary figures alone, for the gate (``bench/gate.py``), which never
sees a page's.

``--verbose`` lists misses and false positives. Do not read it for a blind page while changing
code: a page whose output you have read moves to the development side (say so in its record's
notes and in the blind-set section of docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_rules import (
    DATES,
    N_KINDS,
    NUMERIC,
    Pred,
    Tally,
    collapse,
    collapse_map,
    days_overlap,
    describe,
    fmt,
    locate_in_context,
    overlap,
    prf,
)
from extract_scoring import NGold, ngold, ours_from_article, score_orgs, score_page

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET = ROOT / "bench" / "blind" / "news-pool"
DEFAULT_PAGES = ROOT.parent / "shared" / "corpus" / "news-pool"
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?", re.I)
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|['’]\d\d\b")


#: Spellings of one unit of measurement (after lower-casing and dropping a plural "s"): the gold
#: writes "hp" where we write "horsepower", "cubic foot" where we write "cubic feet".
_UNIT_ALIASES = {
    "hp": "horsepower", "feet": "foot", "ft": "foot", "inche": "inch", "in": "inch",
    "lb": "pound", "lbs": "pound", "mi": "mile", "km": "kilometer", "kilometre": "kilometer",
    "metre": "meter", "kg": "kilogram", "kilogramme": "kilogram", "sq ft": "square foot",
    "square feet": "square foot", "cubic feet": "cubic foot", "sq m": "square meter",
    "square metre": "square meter", "litre": "liter", "l": "liter", "gb": "gigabyte",
    "mb": "megabyte", "kb": "kilobyte", "tb": "terabyte", "mph": "miles per hour",
}  # fmt: skip


def _unit_key(unit: str | None) -> str:
    key = (unit or "").strip().lower().rstrip(".")
    key = key[:-1] if key.endswith("s") and len(key) > 2 else key
    return _UNIT_ALIASES.get(key, key)


def wrong_attribute(g: NGold, p: Pred) -> str | None:
    """The first attribute of a matched pair that disagrees: unit, direction, period, or None."""
    if g.kind in NUMERIC:
        if g.kind != "percent" and _unit_key(g.unit) != _unit_key(p.unit):
            return "unit" if g.kind == "quantity" else "currency"
        if (g.direction or None) != (p.direction or None):
            return "direction"
        if p.period is not None and g.period is not None and not days_overlap(p.period, g.period):
            return "period"
    return None  # date kinds: their days decided the match


def _head_noun(unit: str | None) -> str:
    """The last word of a unit, loosely spelled: "metal cans" -> "can"."""
    words = _unit_key(unit).split()
    return _unit_key(words[-1]) if words else ""


#: Words that make a different unit of measurement of the noun after them ("cubic feet" is no
#: "feet"): a count's unit agrees by its noun only when its extra words are none of these.
_MEASURE_MODIFIERS = frozenset(
    "square sq cubic cu metric nautical fluid fl short long light imperial us troy".split()
)


def same_counted_noun(g: NGold, p: Pred) -> bool:
    """Whether a count's two units name one counted noun, one with more modifiers.

    "9 million premature deaths": the gold unit "premature deaths" and ours "deaths" (or the
    other way round) count the same thing; the words before the noun say which deaths, which
    the annotators wrote inconsistently ("cable channels" as "channels", "public events" kept).
    Units of measurement stay exact ("cubic feet" is not "feet"), and a scale word is no
    modifier ("lakh masks" is not "masks").
    """
    if g.kind != "quantity" or not g.unit or not p.unit:
        return False
    gold, ours = _unit_key(g.unit).split(), _unit_key(p.unit).split()
    if not gold or not ours or _head_noun(g.unit) != _head_noun(p.unit):
        return False
    shorter, longer = sorted((gold[:-1], ours[:-1]), key=len)
    if longer[len(longer) - len(shorter) :] != shorter:
        return False  # "teaching staff" against "academic staff": different staff
    extra = longer[: len(longer) - len(shorter)]
    return not any(w in _MEASURE_MODIFIERS or w in _SCALES for w in extra)


#: Scale words, which no counted noun's modifier is ("50 lakh masks").
_SCALES = frozenset("thousand million billion trillion lakh crore dozen".split())


def right_by_counted_noun(g: NGold, p: Pred) -> bool:
    """Strictly right, or wrong only in a count's modifiers (:func:`same_counted_noun`)."""
    wrong = wrong_attribute(g, p)
    if wrong is None:
        return True
    if wrong != "unit" or not same_counted_noun(g, p):
        return False
    return wrong_attribute(g, replace(p, unit=g.unit)) is None


def strictly_right(g: NGold, p: Pred) -> bool:
    """Unit, direction and period agree on a matched pair (the value already does)."""
    return wrong_attribute(g, p) is None


def _preds(article: Any) -> tuple[list[Pred], list[Pred]]:
    """(figure and date predictions, age predictions)."""
    preds = ours_from_article(article, ages=True)
    roles = {f.span: getattr(f, "role", None) for f in article.facts}
    ages = [p for p in preds if roles.get((p.start, p.end)) == "age"]
    return [p for p in preds if p not in ages], ages


def _ages(record: dict[str, Any], text: str, ages: list[Pred]) -> tuple[int, int, int]:
    """(gold ages, found, predicted ages): an age is found when a prediction overlaps it."""
    collapsed, index = collapse_map(text)
    gold = [f for f in record["facts"] if f["kind"] == "age"]
    found = 0
    for fact in gold:
        span = locate_in_context(
            collapsed,
            index,
            fact["context"],
            fact["context_offset"],
            len(collapse(fact["text"])),
        )
        if span and any(overlap(span, (p.start, p.end)) for p in ages):
            found += 1
    return len(gold), found, len(ages)


@dataclass
class SetScore:
    """Counts over a whole set of pages (the summary; nothing of a single page)."""

    tally: Tally = field(default_factory=Tally)
    strict_tp: Counter[str] = field(default_factory=Counter)
    #: strictly right but for a count's modifiers ("premature deaths" / "deaths")
    noun_tp: Counter[str] = field(default_factory=Counter)
    scorable: Counter[str] = field(default_factory=Counter)
    gold_n: Counter[str] = field(default_factory=Counter)
    years: list[int] = field(default_factory=lambda: [0, 0])  # [right year, month/day dates read]
    ages: list[int] = field(default_factory=lambda: [0, 0, 0])  # [gold, found, reported]
    unlocated: int = 0  # gold facts whose context is not in our cleaned text (a cleaner miss)
    attribute_misses: Counter[str] = field(default_factory=Counter)  # by the disagreeing attribute
    same_head: int = 0  # unit disagreements that only differ in modifiers
    orgs: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # see score_orgs

    def orgs_prf(self) -> tuple[float, float, float]:
        """Organization precision, recall and F1 over the set (names per page, aliases kept)."""
        matched, predicted, found, gold = self.orgs
        p = matched / predicted if predicted else 1.0
        r = found / gold if gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def group(self, kinds: Sequence[str]) -> tuple[float, float, float, int, float, float]:
        """P, R, F1, gold count, strict P and strict R over ``kinds``."""
        tp = sum(self.tally.tp[k] for k in kinds)
        fp = sum(self.tally.fp[k] for k in kinds)
        fn = sum(self.tally.fn[k] for k in kinds)
        p, r, f1, n = prf(tp, fp, fn)
        st = sum(self.strict_tp[k] for k in kinds)
        sc = sum(self.scorable[k] for k in kinds)
        return p, r, f1, n, (st / sc if sc else 1.0), (st / n if n else 1.0)

    def by_counted_noun(self, kinds: Sequence[str]) -> tuple[float, float]:
        """Strict P and R with a count's unit compared by its counted noun."""
        st = sum(self.noun_tp[k] for k in kinds)
        sc = sum(self.scorable[k] for k in kinds)
        n = sum(self.tally.tp[k] + self.tally.fn[k] for k in kinds)
        return (st / sc if sc else 1.0), (st / n if n else 1.0)

    def year_rate(self) -> float:
        return self.years[0] / self.years[1] if self.years[1] else 1.0


PageHook = Callable[[dict[str, Any], Any, Any, list[Pred]], None]


def load_records(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def evaluate(
    records: list[dict[str, Any]],
    pages: Path | None,
    *,
    body: bool = False,
    on_page: PageHook | None = None,
) -> SetScore:
    """Score newsfacts on the records' pages; ``on_page(record, result, article, preds)`` is
    called after each page (the CLI prints it; the gate passes none and sees only the sums)."""
    from blind.check_gold import page_path, read_page, visible_text

    from newsfacts import parse_page
    from newsfacts.extract import load_nlp
    from newsfacts.pipeline import extract_text
    from newsfacts.settings import Settings
    from newsfacts.sources import load_path

    nlp = load_nlp(Settings())
    s = SetScore()
    for record in records:
        figures = {**record, "facts": [f for f in record["facts"] if f["kind"] != "age"]}
        if body:
            vis = visible_text(read_page(page_path(record["id"], pages)))
            first, last = record["body_anchor"]["first"], record["body_anchor"]["last"]
            start = vis.find(first)
            text = vis[start : vis.find(last, start) + len(last)]
            for inline in record.get("inline_boilerplate", []):
                text = text.replace(inline, " ")
            article = extract_text(text, published=record.get("pub_date"), nlp=nlp)
        else:
            page = load_path(page_path(record["id"], pages))
            article = parse_page(page, published=record.get("pub_date"), nlp=nlp)
        preds, age_preds = _preds(article)
        result = score_page(figures, article.text, preds)
        s.tally.add(result.tally)
        s.unlocated += sum(why == "not located" for _, why in result.misses)
        org_score = score_orgs(record, preds, result.region)
        for i, v in enumerate(org_score[:4]):
            s.orgs[i] += v
        for i, v in enumerate(_ages(record, article.text, age_preds)):
            s.ages[i] += v
        s.gold_n.update(ngold(f).kind for f in figures["facts"])
        for g, p in result.pairs:
            wrong = wrong_attribute(g, p)
            s.noun_tp[p.kind] += right_by_counted_noun(g, p)
            if wrong is None:
                s.strict_tp[p.kind] += 1
            else:
                s.attribute_misses[wrong] += 1
                if wrong == "unit" and _head_noun(g.unit) == _head_noun(p.unit):
                    s.same_head += 1
        for p in preds:
            if p.kind in NUMERIC or p.kind in DATES:
                if result.region.classify((p.start, p.end)) != "neutral":
                    s.scorable[p.kind] += 1
        _count_years(s, figures["facts"], article.text, preds)
        if on_page is not None:
            on_page(record, result, article, preds)
    return s


def _count_years(s: SetScore, facts: list[dict[str, Any]], text: str, preds: list[Pred]) -> None:
    """Gold month/day dates printed without a year that we read: is our year the gold one?"""
    collapsed, index = collapse_map(text)
    for f, g in zip(facts, (ngold(f) for f in facts), strict=True):
        if not (g.kind in DATES and g.period and g.period[0] and _MONTH.search(f["text"])):
            continue
        if _YEAR.search(f["text"]):
            continue
        span = locate_in_context(
            collapsed, index, g.context, g.context_offset, len(collapse(g.text))
        )
        found = [
            p
            for p in preds
            if p.kind in DATES and p.days and p.days[0] and span and overlap(span, (p.start, p.end))
        ]
        if found:
            s.years[1] += 1
            s.years[0] += found[0].days[0].year == g.period[0].year  # type: ignore[union-attr]


def figures(gold_set: Path = DEFAULT_SET, pages: Path = DEFAULT_PAGES) -> dict[str, float]:
    """newsfacts' summary figures on a set, for the gate: P / R / F1 over every kind, F1 of the
    figures and of the dates, strict P / R, the year of month/day dates, ages found."""
    s = evaluate(load_records(gold_set), pages)
    p, r, f1, _n, sp, sr = s.group(N_KINDS)
    return {
        "precision": p,
        "recall": r,
        "f1": f1,
        "figures.f1": s.group(NUMERIC)[2],
        "dates.f1": s.group(DATES)[2],
        "strict-precision": sp,
        "strict-recall": sr,
        "strict-noun-precision": s.by_counted_noun(NUMERIC)[0],
        "strict-noun-recall": s.by_counted_noun(NUMERIC)[1],
        "month-day-year": s.year_rate(),
        "ages-found": s.ages[1] / s.ages[0] if s.ages[0] else 1.0,
        "orgs.precision": s.orgs_prf()[0],
        "orgs.recall": s.orgs_prf()[1],
        "orgs.f1": s.orgs_prf()[2],
    }


def material(gold_set: Path = DEFAULT_SET, pages: Path = DEFAULT_PAGES) -> list[Path]:
    """The files :func:`figures` reads: the set's records and their pages."""
    records = sorted(gold_set.glob("*.json"))
    ids = [json.loads(r.read_text(encoding="utf-8"))["id"] for r in records]
    from blind.check_gold import page_path

    return [*records, *(page_path(i, pages) for i in ids)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="folder of gold records")
    parser.add_argument(
        "--pages",
        type=lambda value: None if value == "any" else Path(value),
        default=DEFAULT_PAGES,
        help="folder of the pages ('any': look for each page in every saved corpus)",
    )
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives")
    parser.add_argument(
        "--body",
        action="store_true",
        help="extract from the gold body region of the page's visible text (the extractor alone, "
        "without the cleaner)",
    )
    args = parser.parse_args(argv)
    records = load_records(args.set)
    if not records:
        print(f"no gold records in {args.set}", file=sys.stderr)
        return 2

    def show(record: dict[str, Any], result: Any, article: Any, preds: list[Pred]) -> None:
        p_, r_, f_, n_ = result.tally.prf()
        print(f"  {record['id']:40} P {fmt(p_)} R {fmt(r_)} F1 {fmt(f_)} (gold {n_})")
        if not args.verbose:
            return
        _m, _p, _f, _g, missed_orgs, wrong_orgs = score_orgs(record, preds, result.region)
        if missed_orgs:
            print(f"      ORGS missed: {missed_orgs}")
        if wrong_orgs:
            print(f"      ORGS wrong: {wrong_orgs}")
        for g, why in result.misses:
            print(f"      MISS {g.kind:10} {g.text!r} ({why})  …{g.context.strip()[:70]}…")
        for where, fp in result.false_positives:
            context = article.text[max(0, fp.start - 30) : fp.end + 30].replace("\n", " ")
            print(f"      {where:5} {fp.kind:10} {fp.text!r} {describe(fp)}  …{context}…")
        for g, p in result.pairs:
            if not strictly_right(g, p):
                print(
                    f"      ATTR {g.kind:10} {g.text!r}: gold unit {g.unit!r} dir "
                    f"{g.direction} period {g.period}; got {p.unit!r} {p.direction} {p.period}"
                )

    s = evaluate(records, args.pages, body=args.body, on_page=show)
    print(f"\nblind set {args.set.name}: {len(records)} pages, {sum(s.gold_n.values())} gold facts")
    print(f"{'kind':12} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} {'strict P':>9} {'strict R':>9}")
    groups = [(k, (k,)) for k in N_KINDS] + [
        ("figures", NUMERIC),
        ("dates", DATES),
        ("all", N_KINDS),
    ]
    for label, kinds in groups:
        p, r, f1, n, sp, sr = s.group(kinds)
        print(f"{label:12} {n:5d} {fmt(p)} {fmt(r)} {fmt(f1)} {sp:9.3f} {sr:9.3f}")
    noun_p, noun_r = s.by_counted_noun(NUMERIC)
    print(
        f"figures, strict with a count's unit compared by its counted noun: P {noun_p:.3f} "
        f"R {noun_r:.3f}"
    )
    print(
        f"year of month/day dates (no year printed): {s.years[0]}/{s.years[1]} = {s.year_rate():.3f}"
    )
    print(f"ages: {s.ages[1]}/{s.ages[0]} gold ages found; {s.ages[2]} age facts reported")
    op, or_, of1 = s.orgs_prf()
    print(
        f"organizations: P {fmt(op)} R {fmt(or_)} F1 {fmt(of1)} "
        f"({s.orgs[2]}/{s.orgs[3]} gold found, {s.orgs[0]}/{s.orgs[1]} reported right)"
    )
    print(f"misses whose gold context is not in our cleaned text (cleaner): {s.unlocated}")
    counts = ", ".join(f"{k} {v}" for k, v in sorted(s.attribute_misses.items())) or "none"
    print(f"matched figures failing the strict reading, by attribute: {counts}")
    print(
        f"  of the unit disagreements, {s.same_head} name the same head noun "
        "(gold 'metal cans', ours 'cans': the strict figures count them wrong, the counted-noun "
        "line above right)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
