"""What each figure is about: our ``subject`` against the gold's, on the news-pool sets.

    python bench/subject_eval.py [--set bench/blind/news-pool] [--news-dev]

For every gold figure (quantity, money, percent) that newsfacts matches (the news-dev scorer of
``extract_scoring.py``), the gold record's ``subject`` is a short description written by the
annotator ("Wyoming's share of U.S. coal production"). The gold README says it is for reading,
not exact matching, so this script scores a proxy of the human reading issue 15 asks for:

* **present**: our subject is a noun phrase, not empty and not a fragment (a lone pronoun,
  determiner, conjunction or verb-like word such as "an", "it's", "which", "but");
* **head agrees**: present, and the head of ours (its last content word before a qualifying
  phrase such as "of ...", plural or possessive folded) is among the content words of the gold
  description.

Figures only, never a page's output (the blind set stays blind). ``figures()`` feeds the gate.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_rules import NUMERIC
from extract_scoring import ours_from_article, score_page
from validate_eval import BLIND_POOL, gold_records

_WORD = re.compile(r"[a-z0-9][a-z0-9&.'’-]*")
#: Words that carry no meaning of their own in a subject, and those a subject may not consist of.
_STOP = frozenset(
    "a an the of in on at to for by with from and or but as its their his her our this that these "
    "those it it's they them he she we you which who whom what where when there here is are was "
    "were be been has have had will would can could may might also about some all each per than "
    "more less over under up down i i'm i've we we've we're we'd you're he's she's they're they've "
    "that's there's here's if despite although though because while since after before just "
    "only even not".split()
)


def _content(text: str | None) -> list[str]:
    words = _WORD.findall((text or "").lower().replace("’", "'"))
    out = []
    for w in words:
        w = re.sub(r"'s?$", "", w).strip(".-'")
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        if w and w not in _STOP:
            out.append(w)
    return out


def present(subject: str | None) -> bool:
    """A subject that names something: at least one content word, not a lone fragment."""
    return bool(_content(subject))


_QUALIFIER = re.compile(
    r"\s(?:of|for|at|on|in|to|by|from|with|among|attributable|arranged)\s", re.I
)


def head_agrees(ours: str | None, gold: str | None) -> bool:
    """Our subject's head is among the gold description's content words.

    The head is the last content word before a qualifying phrase ("usage" in "weekly token usage
    of Chinese AI models").
    """
    words = _content(_QUALIFIER.split(f" {ours or ''} ")[0])
    return bool(words) and words[-1] in set(_content(gold))


@dataclass
class Tally:
    figures: int = 0
    present: int = 0
    right: int = 0


def _pairs(record: dict[str, Any], article: Any) -> list[tuple[str | None, str | None]]:
    """(gold subject, our subject) for each matched gold figure."""
    figures = {**record, "facts": [f for f in record["facts"] if f["kind"] in NUMERIC]}
    result = score_page(figures, article.text, ours_from_article(article))
    ours = {tuple(f.span): f for f in article.facts}
    gold = {(f["text"], f["context"], f["context_offset"]): f for f in figures["facts"]}
    out = []
    for g, p in result.pairs:
        fact = ours.get((p.start, p.end))
        record_fact = gold.get((g.text, g.context, g.context_offset))
        if fact is not None and record_fact is not None:
            out.append((record_fact.get("subject"), getattr(fact, "subject", None)))
    return out


def evaluate(gold_set: Path | None, failures: bool = False) -> Tally:
    """Parse each page of the set (news-dev when None) and tally its matched figures.

    With ``failures``, print each matched figure whose subject's head does not agree (gold
    description, ours): development sets only.
    """
    from newsfacts import parse_page
    from newsfacts.extract import load_nlp
    from newsfacts.settings import Settings
    from newsfacts.sources import load_path

    records, pages = gold_records(gold_set)
    nlp = load_nlp(Settings())
    t = Tally()
    for record in records:
        article = parse_page(
            load_path(pages / f"{record['id']}.html"), published=record["pub_date"], nlp=nlp
        )
        for gold, ours in _pairs(record, article):
            t.figures += 1
            t.present += present(ours)
            t.right += head_agrees(ours, gold)
            if failures and not head_agrees(ours, gold):
                print(f"  {record['id'][:28]:28} gold {gold!r:60.60} ours {ours!r}")
    return t


def figures(gold_set: Path | None = BLIND_POOL) -> dict[str, float]:
    """Shares of matched figures with a subject present, and with one whose head agrees."""
    t = evaluate(gold_set)
    n = max(1, t.figures)
    return {"present": t.present / n, "head-agrees": t.right / n}


def main(argv: list[str] | None = None) -> int:
    """Print the figures; exit 0 (a benchmark reports)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=BLIND_POOL, help="a folder of gold records")
    parser.add_argument("--news-dev", action="store_true", help="the news-dev gold instead")
    parser.add_argument(
        "--failures", action="store_true", help="list disagreeing subjects (development sets only)"
    )
    args = parser.parse_args(argv)
    gold_set = None if args.news_dev else args.set
    if args.failures and gold_set is not None and "blind" in gold_set.resolve().parts:
        parser.error("--failures reads our output: not on a blind set")
    t = evaluate(gold_set, failures=args.failures)
    n = max(1, t.figures)
    name = "news-dev" if gold_set is None else str(args.set)
    print(f"\nsubjects of matched figures on {name}: {t.figures} figures")
    print(f"  subject present      {t.present}  = {t.present / n:.3f}")
    print(f"  subject head agrees  {t.right}  = {t.right / n:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
