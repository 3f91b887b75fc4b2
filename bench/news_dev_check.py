"""Cleaner check on ../shared/corpus/news-dev against ../shared/gold/news-dev.jsonl.

For every page: no ``not_in_body`` string may appear in the cleaned text, and every gold fact's
``context`` (which pins its span) must be inside it. Whitespace is collapsed on both sides, as
the gold README prescribes. Prints one line per page and the totals; exits 1 on any miss.
``figures()`` returns the totals alone, for the gate (``bench/gate.py``).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from newsfacts.clean import clean_page
from newsfacts.sources import load_path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "news-dev.jsonl"
CORPUS = SHARED / "corpus" / "news-dev"


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def check_page(record: dict, corpus: Path) -> tuple[list[str], list[str]]:
    document = clean_page(load_path(corpus / f"{record['id']}.html"))
    text = collapse(document.text)
    leaks = [s for s in record.get("not_in_body", []) if collapse(s) in text]
    missing = [f["text"] for f in record["facts"] if not located(f, text)]
    return leaks, missing


def located(fact: dict, text: str) -> bool:
    """The fact's span is in the text: the whole gold context, or (when the context runs into
    inline boilerplate we removed) the context up to the fact's end or from the fact's start,
    at least 20 characters of it."""
    context, offset = fact["context"], fact["context_offset"]
    end = offset + len(fact["text"])
    if collapse(context) in text:
        return True
    return any(
        len(part) >= 20 and collapse(part) in text for part in (context[:end], context[offset:])
    )


def _records(gold: Path) -> list[dict]:
    return [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]


def figures() -> dict[str, float]:
    """Boilerplate strings left in the cleaned text and gold fact spans missing from it, summed
    over the pages (the gate's; lower is better)."""
    leaked = missing = 0
    for record in _records(GOLD):
        leaks, misses = check_page(record, CORPUS)
        leaked += len(leaks)
        missing += len(misses)
    return {"boilerplate-leaked": leaked, "fact-spans-missing": missing}


def material() -> list[Path]:
    """The files :func:`figures` reads: the gold file and its pages."""
    return [GOLD, *(CORPUS / f"{r['id']}.html" for r in _records(GOLD))]


def main() -> int:
    gold, corpus = GOLD, CORPUS
    if not gold.exists():
        print(f"no gold file at {gold}", file=sys.stderr)
        return 2
    records = _records(gold)
    total_leaks = total_missing = total_strings = total_facts = 0
    for record in records:
        leaks, missing = check_page(record, corpus)
        total_leaks += len(leaks)
        total_missing += len(missing)
        total_strings += len(record.get("not_in_body", []))
        total_facts += len(record["facts"])
        print(
            f"{record['id']:40} leaks {len(leaks):2}/{len(record.get('not_in_body', [])):2}  facts missing {len(missing):2}/{len(record['facts']):2}"
        )
        for leak in leaks:
            print(f"    LEAK: {leak[:100]}")
        for miss in missing:
            print(f"    MISSING FACT: {miss}")
    print(
        f"total: {total_leaks}/{total_strings} boilerplate strings leaked, {total_missing}/{total_facts} fact spans missing"
    )
    return 1 if total_leaks or total_missing else 0


if __name__ == "__main__":
    sys.exit(main())
