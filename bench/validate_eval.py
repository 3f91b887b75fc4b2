"""Score the validator against the hand-checked relations in ``../shared/gold/news-dev.jsonl``.

Each gold page lists ``checks``: relations between its facts that the text states or implies, with
``consistent`` true, false or null (cannot be decided from the text alone). This script parses each
page with newsfacts, pairs our facts with the gold facts (the same matching as
``bench/extract_eval.py``), and then asks, for every gold check:

* **extracted** - does every text the check cites have a matched fact of ours?
* **recalled** - among extracted gold checks, did one of our checks use at least two of its facts
  (or its one fact, for a single-fact check)?
* **found** - for a gold-inconsistent check, did a recalling check of ours say ``inconsistent``?

and for every ``inconsistent`` verdict of ours: does it recall a gold-inconsistent check? If not,
it is a **false alarm** (the pages are otherwise consistent, so any other inconsistent verdict is
wrong; a verdict touching a gold-consistent relation is reported as such).

Targets (issue 5): recall >= 0.8, every gold-inconsistent check found, zero false alarms.

It then runs the 80 aeb-dev pages (real news, no gold checks) and lists every ``inconsistent``
verdict there: on pages with no known errors, each is a likely false alarm to read.

Usage: ``python bench/validate_eval.py [--verbose]``; ``figures()`` returns the figures alone,
for the gate (``bench/gate.py``). Third-party pages are read from
``../shared``; nothing is copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_eval import CORPUS, GOLD
from extract_scoring import ours_from_article, score_page


@dataclass
class Tallies:
    """Counts over the whole gold set."""

    gold: int = 0
    extracted: int = 0
    recalled: int = 0
    gold_false: int = 0
    found_false: int = 0
    ours: Counter[str] = field(default_factory=Counter)
    false_alarms: list[str] = field(default_factory=list)
    on_consistent: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [extracted, recalled]
    figures: int = 0
    covered: int = 0


def _text_ids(record: dict[str, Any], pairs: list[tuple[Any, Any]], span_ids: dict) -> dict:
    """Gold fact text -> the ids of our facts matched to gold facts with that text."""
    out: dict[str, set[str]] = {}
    for g, p in pairs:
        fid = span_ids.get((p.start, p.end))
        if fid:
            out.setdefault(g.text, set()).add(fid)
    return out


def evaluate(verbose: bool) -> Tallies:
    """Run every page and tally."""
    from newsfacts import parse_page
    from newsfacts.extract import load_nlp
    from newsfacts.settings import Settings
    from newsfacts.sources import load_path

    nlp = load_nlp(Settings())
    records = [
        json.loads(line)
        for line in (GOLD / "news-dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    t = Tallies()
    for record in records:
        page = load_path(CORPUS / f"{record['id']}.html")
        article = parse_page(page, published=record["pub_date"], nlp=nlp)
        preds = ours_from_article(article)
        result = score_page(record, article.text, preds)
        span_ids = {tuple(f.span): f.id for f in article.facts}
        ids_of = _text_ids(record, result.pairs, span_ids)
        if article.validation is not None:
            t.figures += article.validation.figures
            t.covered += article.validation.covered
        for c in article.checks:
            t.ours[c.status] += 1
        if verbose:
            print(f"\n== {record['id']}")
            for c in article.checks:
                print(f"   ours {c.id} {c.rule:<20} {c.status:<12} {c.fact_ids} {c.message[:110]}")
        recalled_by: dict[str, list[int]] = {}
        for n, gc in enumerate(record.get("checks", [])):
            t.gold += 1
            texts = gc.get("texts", [])
            row = t.by_type.setdefault(gc["type"], [0, 0, 0])
            row[0] += 1
            if not texts or any(tx not in ids_of for tx in texts):
                missing = [tx for tx in texts if tx not in ids_of]
                if verbose:
                    print(f"   gold {gc['type']:<20} NOT EXTRACTED {missing} - {gc['subject']}")
                continue
            t.extracted += 1
            row[1] += 1
            need = min(2, len(texts))
            hits = []
            for c in article.checks:
                used = set(c.fact_ids)
                if sum(1 for tx in texts if ids_of[tx] & used) >= need:
                    hits.append(c)
                    recalled_by.setdefault(c.id, []).append(n)
            if hits:
                t.recalled += 1
                row[2] += 1
            if gc["consistent"] is False:
                t.gold_false += 1
                t.found_false += any(c.status == "inconsistent" for c in hits)
            if verbose:
                mark = ", ".join(f"{c.id}:{c.status}" for c in hits) or "MISSED"
                print(f"   gold {gc['type']:<20} {gc['consistent']!s:<5} {mark} - {gc['subject']}")
        gold_checks = record.get("checks", [])
        for c in article.checks:
            if c.status != "inconsistent":
                continue
            matched = [gold_checks[i] for i in recalled_by.get(c.id, [])]
            if any(g["consistent"] is False for g in matched):
                continue
            t.on_consistent += any(g["consistent"] is True for g in matched)
            t.false_alarms.append(f"{record['id']} {c.id} {c.rule}: {c.message}")
    return t


def scan_unannotated(limit: int = 80) -> tuple[int, Counter[str], list[str]]:
    """Verdicts on the aeb-dev pages (no gold checks): every ``inconsistent`` one is listed.

    These are real news pages with no known errors in their figures, so an inconsistent verdict
    there is most likely a false alarm worth reading.
    """
    from newsfacts import parse_page
    from newsfacts.sources import load_path

    folder = CORPUS.parent / "aeb-dev" / "html"
    counts: Counter[str] = Counter()
    flagged: list[str] = []
    pages = sorted(folder.glob("*"))[:limit]
    for path in pages:
        article = parse_page(load_path(path))
        for c in article.checks:
            counts[c.status] += 1
            if c.status == "inconsistent":
                flagged.append(f"{path.name[:16]} {c.rule} ({c.severity}): {c.message[:150]}")
    return len(pages), counts, flagged


def figures() -> dict[str, float]:
    """The validator's figures, for the gate: recall of the extracted gold checks, the share of
    gold checks with all their facts extracted, the share of gold-inconsistent checks found, false
    alarms on news-dev and inconsistent verdicts on aeb-dev (lower is better), figure coverage."""
    t = evaluate(verbose=False)
    _pages, _counts, flagged = scan_unannotated()
    return {
        "recall": t.recalled / t.extracted if t.extracted else 0.0,
        "extracted": t.extracted / t.gold if t.gold else 0.0,
        "inconsistent-found": t.found_false / t.gold_false if t.gold_false else 1.0,
        "false-alarms": len(t.false_alarms),
        "aeb-dev-inconsistent": len(flagged),
        "figure-coverage": t.covered / t.figures if t.figures else 0.0,
    }


def material(limit: int = 80) -> list[Path]:
    """The files :func:`figures` reads: the news-dev gold and pages, the aeb-dev pages scanned."""
    gold = GOLD / "news-dev.jsonl"
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    scanned = sorted((CORPUS.parent / "aeb-dev" / "html").glob("*"))[:limit]
    return [gold, *(CORPUS / f"{r['id']}.html" for r in records), *scanned]


def main(argv: list[str] | None = None) -> int:
    """Print the figures; exit 0 (a benchmark reports, the regression suite enforces)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every check")
    args = parser.parse_args(argv)
    t = evaluate(args.verbose)
    recall = t.recalled / t.extracted if t.extracted else 0.0
    print("\nvalidator on news-dev gold checks")
    print(f"  gold checks                     {t.gold}")
    print(f"  with all their facts extracted  {t.extracted}")
    print(f"  recalled by a check of ours     {t.recalled}  recall {recall:.3f}  (target >= 0.8)")
    print(f"  gold-inconsistent found         {t.found_false}/{t.gold_false}")
    print(
        f"  false alarms                    {len(t.false_alarms)}"
        f"  ({t.on_consistent} on gold-consistent relations)"
    )
    for line in t.false_alarms:
        print(f"    {line}")
    print("  per gold type (checks, extracted, recalled):")
    for kind, (n, ext, rec) in sorted(t.by_type.items()):
        print(f"    {kind:<22} {n:>3} {ext:>3} {rec:>3}")
    pages, counts, flagged = scan_unannotated()
    print(
        f"  aeb-dev ({pages} pages, no gold checks): "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        + f"; inconsistent verdicts to read: {len(flagged)}"
    )
    for line in flagged:
        print(f"    {line}")
    total = sum(t.ours.values())
    print(
        f"  our checks {total}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(t.ours.items()))
        + f"; figure coverage {t.covered}/{t.figures}"
        + (f" = {t.covered / t.figures:.3f}" if t.figures else "")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
