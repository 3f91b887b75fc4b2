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

``--verbose`` lists misses and false positives. Do not read it for a blind page while changing
code: a page whose output you have read moves to the development side (say so in its record's
notes and in the blind-set section of docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
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
from extract_scoring import NGold, ngold, ours_from_article, score_page

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET = ROOT / "bench" / "blind" / "news-pool"
DEFAULT_PAGES = ROOT.parent / "shared" / "corpus" / "news-pool"
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?", re.I)
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|['’]\d\d\b")


def _unit_key(unit: str | None) -> str:
    key = (unit or "").strip().lower().rstrip(".")
    return key[:-1] if key.endswith("s") and len(key) > 2 else key


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="folder of gold records")
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder of the pages")
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives")
    parser.add_argument(
        "--body",
        action="store_true",
        help="extract from the gold body region of the page's visible text (the extractor alone, "
        "without the cleaner)",
    )
    args = parser.parse_args(argv)

    from blind.check_gold import visible_text

    from newsfacts import parse_page
    from newsfacts.extract import load_nlp
    from newsfacts.pipeline import extract_text
    from newsfacts.settings import Settings
    from newsfacts.sources import load_path

    nlp = load_nlp(Settings())
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.set.glob("*.json"))]
    if not records:
        print(f"no gold records in {args.set}", file=sys.stderr)
        return 2
    tally = Tally()
    strict_tp: dict[str, int] = {}
    scorable: dict[str, int] = {}
    gold_n: dict[str, int] = {}
    years = [0, 0]  # [right year, month/day dates without a printed year that we read]
    ages = [0, 0, 0]
    unlocated = 0  # gold facts whose context is not in our cleaned text (a cleaner miss)
    attribute_misses: dict[str, int] = {}  # matched pairs by the attribute that disagrees
    same_head = 0  # unit disagreements that only differ in modifiers
    for record in records:
        figures = {**record, "facts": [f for f in record["facts"] if f["kind"] != "age"]}
        if args.body:
            raw = (args.pages / f"{record['id']}.html").read_text(
                encoding="utf-8", errors="replace"
            )
            vis = visible_text(raw)
            first, last = record["body_anchor"]["first"], record["body_anchor"]["last"]
            start = vis.find(first)
            body = vis[start : vis.find(last, start) + len(last)]
            for inline in record.get("inline_boilerplate", []):
                body = body.replace(inline, " ")
            article = extract_text(body, published=record.get("pub_date"), nlp=nlp)
        else:
            page = load_path(args.pages / f"{record['id']}.html")
            article = parse_page(page, published=record.get("pub_date"), nlp=nlp)
        preds, age_preds = _preds(article)
        result = score_page(figures, article.text, preds)
        tally.add(result.tally)
        unlocated += sum(why == "not located" for _, why in result.misses)
        for i, v in enumerate(_ages(record, article.text, age_preds)):
            ages[i] += v
        for g in (ngold(f) for f in figures["facts"]):
            gold_n[g.kind] = gold_n.get(g.kind, 0) + 1
        for g, p in result.pairs:
            wrong = wrong_attribute(g, p)
            if wrong is None:
                strict_tp[p.kind] = strict_tp.get(p.kind, 0) + 1
            else:
                attribute_misses[wrong] = attribute_misses.get(wrong, 0) + 1
                if wrong == "unit" and _head_noun(g.unit) == _head_noun(p.unit):
                    same_head += 1
        for p in preds:
            if p.kind in NUMERIC or p.kind in DATES:
                if result.region.classify((p.start, p.end)) != "neutral":
                    scorable[p.kind] = scorable.get(p.kind, 0) + 1
        collapsed, index = collapse_map(article.text)
        for f, g in zip(figures["facts"], (ngold(f) for f in figures["facts"]), strict=True):
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
                if p.kind in DATES
                and p.days
                and p.days[0]
                and span
                and overlap(span, (p.start, p.end))
            ]
            if found:  # a month/day we read: is its year the gold one?
                years[1] += 1
                years[0] += found[0].days[0].year == g.period[0].year  # type: ignore[union-attr]
        p_, r_, f_, n_ = result.tally.prf()
        print(f"  {record['id']:40} P {fmt(p_)} R {fmt(r_)} F1 {fmt(f_)} (gold {n_})")
        if args.verbose:
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
    print(f"\nblind set {args.set.name}: {len(records)} pages, {sum(gold_n.values())} gold facts")
    print(f"{'kind':12} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} {'strict P':>9} {'strict R':>9}")
    groups = [(k, (k,)) for k in N_KINDS] + [
        ("figures", NUMERIC),
        ("dates", DATES),
        ("all", N_KINDS),
    ]
    for label, kinds in groups:
        tp = sum(tally.tp[k] for k in kinds)
        fp = sum(tally.fp[k] for k in kinds)
        fn = sum(tally.fn[k] for k in kinds)
        p, r, f1, n = prf(tp, fp, fn)
        st = sum(strict_tp.get(k, 0) for k in kinds)
        sc = sum(scorable.get(k, 0) for k in kinds)
        sp = st / sc if sc else 1.0
        sr = st / n if n else 1.0
        print(f"{label:12} {n:5d} {fmt(p)} {fmt(r)} {fmt(f1)} {sp:9.3f} {sr:9.3f}")
    rate = years[0] / years[1] if years[1] else 1.0
    print(f"year of month/day dates (no year printed): {years[0]}/{years[1]} = {rate:.3f}")
    print(f"ages: {ages[1]}/{ages[0]} gold ages found; {ages[2]} age facts reported")
    print(f"misses whose gold context is not in our cleaned text (cleaner): {unlocated}")
    counts = ", ".join(f"{k} {v}" for k, v in sorted(attribute_misses.items())) or "none"
    print(f"matched figures failing the strict reading, by attribute: {counts}")
    print(
        f"  of the unit disagreements, {same_head} name the same head noun "
        "(gold 'metal cans', ours 'cans': the strict figures still count them wrong)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
