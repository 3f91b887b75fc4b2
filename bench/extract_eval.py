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

The matching rules are in ``extract_rules.py``, the scoring of a case or a page in
``extract_scoring.py``, the peers in ``extract_peers.py``. ``quantities_figures()`` and
``news_figures()`` return newsfacts' figures alone, for the gate (``bench/gate.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_peers import CaseRunner, dateparser_runner, diy_runner, quantulum_runner
from extract_rules import (
    DATES,
    N_KINDS,
    NUMERIC,
    Q_KINDS,
    Agree,
    Pred,
    Tally,
    as_day,
    describe,
    fmt,
    prf,
)
from extract_scoring import (
    NSystem,
    QSystem,
    n_attributes,
    ours_from_article,
    q_attributes,
    score_case,
    score_orgs,
    score_page,
    unit_key,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
CORPUS = SHARED / "corpus" / "news-dev"


def run_quantities(
    systems: list[str], verbose: bool, path: Path | None = None, *, loose_units: bool = True
) -> dict[str, QSystem]:
    """Score the systems on quantities-dev (or the cases in ``path``).

    ``loose_units`` also compares our units under quantulum3's names (it loads quantulum3).
    """
    cases = [
        json.loads(line)
        for line in (path or GOLD / "quantities-dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    runners: dict[str, CaseRunner] = {}
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
    if "quantulum3" in systems or ("newsfacts" in systems and loose_units):
        try:
            run_q3, canon = quantulum_runner()
        except ImportError as exc:
            print(f"quantulum3: not installed ({exc}); `make bench` installs the bench extra")
        else:
            if "quantulum3" in systems:
                runners["quantulum3"] = run_q3
    if "dateparser" in systems:
        try:
            runners["dateparser"] = dateparser_runner()
        except ImportError as exc:
            print(f"dateparser: not installed ({exc})")

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


def run_news(systems: list[str], nlp: Any, verbose: bool) -> dict[str, NSystem]:
    """Score the systems on the news-dev pages (newsfacts with the loaded pipeline ``nlp``)."""
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


def orgs_f1(system: NSystem) -> float:
    """Organization F1 summed over the pages: precision over our scorable names, recall over gold."""
    matched, predicted, found, gold = system.orgs
    return prf(matched, predicted - matched, gold - found)[2]


def quantities_figures() -> dict[str, float]:
    """newsfacts on quantities-dev, for the gate: F1 overall and per gold kind, currency agreement."""
    ours = run_quantities(["newsfacts"], False, loose_units=False)["newsfacts"]
    out = {"f1": ours.tally.prf()[2]}
    out.update({f"f1.{kind}": ours.tally.prf(kind)[2] for kind in Q_KINDS})
    out["currency-agreement"] = ours.currency.rate() or 0.0
    return out


def news_figures() -> dict[str, float]:
    """newsfacts on the news-dev pages, for the gate: facts F1, attribute agreement on matched
    pairs, organization F1 and facts taken from boilerplate (lower is better)."""
    from newsfacts.extract import load_nlp
    from newsfacts.settings import Settings

    ours = run_news(["newsfacts"], load_nlp(Settings()), False)["newsfacts"]
    out = {"f1": ours.tally.prf()[2]}
    for label, attr, kinds in (
        ("unit", "unit", ("quantity",)),
        ("currency", "currency", ("money",)),
        ("direction", "direction", NUMERIC),
        ("period", "period exact", NUMERIC),
    ):
        out[f"{label}-agreement"] = ours.total(attr, kinds).rate() or 0.0
    out["orgs.f1"] = orgs_f1(ours)
    out["teaser-facts"] = ours.leaks
    return out


def quantities_material() -> list[Path]:
    """The file :func:`quantities_figures` reads."""
    return [GOLD / "quantities-dev.jsonl"]


def news_material() -> list[Path]:
    """The files :func:`news_figures` reads: the gold file and its pages."""
    gold = GOLD / "news-dev.jsonl"
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    return [gold, *(CORPUS / f"{r['id']}.html" for r in records)]


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
        q = run_quantities(chosen, args.verbose, args.cases)
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
            of1 = orgs_f1(ours_n)
            vs = f"  vs DIY {fmt(orgs_f1(diy))}" if diy else ""
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
