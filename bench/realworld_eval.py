"""Score article-body extractors on trafilatura's real-world string assertions.

Corpus: ``../shared/corpus/trafilatura-realworld/`` (86 real pages, ``asserts.jsonl``: per page
strings the article text must contain and strings it must not contain). Strings listed in a
page's ``comment_text`` are reader comments: newsfacts does not keep comments, so for every
extractor they are scored apart (``comments kept``), not as must-contain.

A string counts as present when it occurs in the extractor's text after whitespace is collapsed
on both sides. Runs newsfacts' cleaner and, in the same run on the same pages, trafilatura
(defaults and favor_precision) and readability-lxml, and prints per extractor: must-contain
present, must-not-contain absent, pages with (near-)empty output, median ms per page.

    python bench/realworld_eval.py [--corpus DIR] [--only NAME] [--failures]

``figures()`` returns newsfacts' figures alone, for the gate (``bench/gate.py``).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clean_eval import Extractor, extractor_arguments, load_extractors

from newsfacts.sources.raw import load_path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "trafilatura-realworld"
_SPACE = re.compile(r"\s+")
#: An output shorter than this many characters counts as empty.
EMPTY_CHARS = 100


def squash(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip()


@dataclass(frozen=True)
class Page:
    file: str
    url: str
    html: str
    must_contain: tuple[str, ...]
    must_not_contain: tuple[str, ...]
    comments: tuple[str, ...]


@dataclass
class Score:
    name: str
    contain_hit: int = 0
    contain_total: int = 0
    exclude_hit: int = 0
    exclude_total: int = 0
    comments_kept: int = 0
    comments_total: int = 0
    empty: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)


def load_pages(corpus: Path) -> list[Page]:
    pages = []
    for line in (corpus / "asserts.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        comments = tuple(row.get("comment_text", ()))
        raw = load_path(corpus / "pages" / row["file"], url=row.get("url"))
        pages.append(
            Page(
                file=row["file"],
                url=row.get("url", ""),
                html=raw.text,
                must_contain=tuple(s for s in row["must_contain"] if s not in comments),
                must_not_contain=tuple(row["must_not_contain"]),
                comments=comments,
            )
        )
    return pages


def evaluate(name: str, extract: Extractor, pages: list[Page], repeats: int) -> Score:
    score = Score(name)
    extract(pages[0].html)  # warm-up
    for page in pages:
        times = []
        text = ""
        for _ in range(repeats):
            start = time.perf_counter()
            try:
                text = extract(page.html)
            except Exception:  # a crash is empty output for that page, not a bench crash
                text = ""
            times.append((time.perf_counter() - start) * 1000)
        score.ms.append(statistics.median(times))
        flat = squash(text)
        if len(flat) < EMPTY_CHARS:
            score.empty.append(page.file)
        for s in page.must_contain:
            score.contain_total += 1
            if squash(s) in flat:
                score.contain_hit += 1
            else:
                score.failures.append(f"{page.file}: missing {s!r}")
        for s in page.must_not_contain:
            score.exclude_total += 1
            if squash(s) not in flat:
                score.exclude_hit += 1
            else:
                score.failures.append(f"{page.file}: kept {s!r}")
        for s in page.comments:
            score.comments_total += 1
            score.comments_kept += squash(s) in flat
    return score


def figures(corpus: Path = DEFAULT_CORPUS) -> dict[str, float]:
    """newsfacts' figures for the gate: must-contain present and must-not-contain absent (shares),
    comment strings kept and (near-)empty pages (counts)."""
    from newsfacts.clean import clean_html

    score = evaluate("newsfacts", lambda html: clean_html(html).text, load_pages(corpus), 1)
    return {
        "must-contain": score.contain_hit / score.contain_total,
        "must-not-contain-absent": score.exclude_hit / score.exclude_total,
        "comments-kept": score.comments_kept,
        "empty-pages": len(score.empty),
    }


def material(corpus: Path = DEFAULT_CORPUS) -> list[Path]:
    """The files :func:`figures` reads: the assertions and the pages they name."""
    rows = (corpus / "asserts.jsonl").read_text(encoding="utf-8").splitlines()
    return [corpus / "asserts.jsonl", *(corpus / "pages" / json.loads(r)["file"] for r in rows)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    extractor_arguments(parser, DEFAULT_CORPUS)
    parser.add_argument("--failures", action="store_true", help="list newsfacts' failed strings")
    args = parser.parse_args(argv)
    if not (args.corpus / "asserts.jsonl").exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    pages = load_pages(args.corpus)
    scores = []
    for name, extract in load_extractors(args.only):
        scores.append(evaluate(name, extract, pages, args.repeats))
    base = next((s for s in scores if s.name == "trafilatura"), None)
    print(f"corpus: {args.corpus}  pages: {len(pages)}  (comment strings scored apart)")
    print(
        f"{'extractor':24} {'must-contain':>14} {'must-not':>12} {'comments':>9}"
        f" {'empty':>6} {'ms/page':>8} {'x trafilatura':>14}"
    )
    for s in scores:
        ms = statistics.median(s.ms)
        ratio = f"{ms / statistics.median(base.ms):.2f}" if base else "-"
        contain = f"{s.contain_hit}/{s.contain_total} {s.contain_hit / s.contain_total:.1%}"
        print(
            f"{s.name:24} {contain:>14} {s.exclude_hit:>5}/{s.exclude_total:<6}"
            f" {s.comments_kept:>4}/{s.comments_total:<4} {len(s.empty):>6} {ms:8.1f} {ratio:>14}"
        )
    ours = next((s for s in scores if s.name == "newsfacts"), None)
    if ours and args.failures:
        print("\nnewsfacts failures:")
        for line in ours.failures:
            print("  " + line)
        for file in ours.empty:
            print(f"  {file}: empty output")
    return 0


if __name__ == "__main__":
    sys.exit(main())
