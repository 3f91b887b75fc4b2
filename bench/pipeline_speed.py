"""Speed of newsfacts on real pages: median ms per page for cleaning and for the whole pipeline.

Reads the saved pages in ../shared/corpus/news-dev/ (never copied into the repo) and, when they
are absent, the project's own fixture pages. Prints medians over several runs.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from newsfacts.clean import clean_page
from newsfacts.extract import load_nlp
from newsfacts.pipeline import parse_page
from newsfacts.sources import load_path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5


def _pages() -> list[Path]:
    corpus = ROOT.parent / "shared" / "corpus" / "news-dev"
    pages = sorted(corpus.glob("*.html")) if corpus.is_dir() else []
    return pages or sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.htm*"))


def main() -> int:
    pages = [load_path(p) for p in _pages()]
    nlp = load_nlp()
    parse_page(pages[0], nlp=nlp)  # warm-up: lazy imports, dateparser data
    clean_ms: list[float] = []
    full_ms: list[float] = []
    for _ in range(RUNS):
        start = time.perf_counter()
        for page in pages:
            clean_page(page)
        clean_ms.append((time.perf_counter() - start) * 1000 / len(pages))
        start = time.perf_counter()
        for page in pages:
            parse_page(page, nlp=nlp)
        full_ms.append((time.perf_counter() - start) * 1000 / len(pages))
    print(f"pages: {len(pages)}  runs: {RUNS}")
    print(
        f"clean        median {statistics.median(clean_ms):7.1f} ms/page  (runs: {', '.join(f'{x:.1f}' for x in clean_ms)})"
    )
    print(
        f"full parse   median {statistics.median(full_ms):7.1f} ms/page  (runs: {', '.join(f'{x:.1f}' for x in full_ms)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
