"""Coverage-guided fuzzing of the input stages with atheris (optional: `pip install atheris`).

    python bench/fuzz_atheris.py cleaner -runs=20000
    python bench/fuzz_atheris.py numbers -max_total_time=60
    python bench/fuzz_atheris.py dates -atheris_runs=5000

Targets: ``cleaner`` (bytes -> load_page -> clean_page, seeded with the fixture pages),
``numbers`` (parse_number and the mention scanner) and ``dates`` (the date resolver). Anything
but a newsfacts error is a finding: atheris stops and prints the input. A run that ends prints
how many inputs it tried. The hypothesis suite in tests/property/test_fuzz.py covers the same
targets in CI.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "fixtures" / "pages"

try:
    import atheris
except ImportError:  # pragma: no cover - the tool is optional
    sys.exit("atheris is not installed: pip install atheris")

with atheris.instrument_imports():
    from newsfacts.clean import clean_page
    from newsfacts.errors import NewsFactsError
    from newsfacts.extract.dates import find_dates
    from newsfacts.extract.mentions import find_mentions
    from newsfacts.extract.numbers import parse_number
    from newsfacts.settings import Settings
    from newsfacts.sources import load_page

TRIED = [0]
LIMITS = Settings(max_input_bytes=2_000_000)


def cleaner(data: bytes) -> None:
    TRIED[0] += 1
    try:
        page = load_page(data, settings=LIMITS)
        clean_page(page, max_depth=200, max_nodes=50_000)
    except NewsFactsError:
        pass


def numbers(data: bytes) -> None:
    TRIED[0] += 1
    text = data.decode("utf-8", "replace")
    parse_number(text)
    for mention in find_mentions(text):
        assert mention.value.is_finite()


def dates(data: bytes) -> None:
    TRIED[0] += 1
    published = dt.date(2000, 1, 1) + dt.timedelta(days=data[0] * 80 if data else 0)
    for mention in find_dates(data[1:].decode("utf-8", "replace"), published=published):
        assert mention.last is None or mention.first <= mention.last


#: Seeds for the text targets: the grammar's own phrases, for the mutator to start from.
TEXT_SEEDS = (
    "Revenue rose 12% to $4.5 million, up from 3.9m a year earlier.",
    "between 1,200 and 1,500 units; 20.6 trillion tokens; two-thirds; 816 000; 4.44T",
    "\x10On April 13–19, 2026, and in Q3 2025, since March, the first half of last year.",
    "\x40Friday, March 3; 2025–26 fiscal year; from May 2024 until mid-June next year.",
)
TARGETS = {"cleaner": cleaner, "numbers": numbers, "dates": dates}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [libFuzzer options]")
    name = sys.argv[1]
    args = [sys.argv[0], *sys.argv[2:]]
    corpus = Path(tempfile.mkdtemp(prefix=f"newsfacts-fuzz-{name}-"))
    if name == "cleaner":
        for page in sorted(PAGES.glob("*.html")) + sorted(PAGES.glob("*.txt")):
            (corpus / page.name).write_bytes(page.read_bytes())
    else:
        for index, seed in enumerate(TEXT_SEEDS):
            (corpus / f"seed-{index}").write_bytes(seed.encode())
    args.append(str(corpus))
    atheris.Setup(args, TARGETS[name])
    try:
        atheris.Fuzz()
    finally:
        print(f"{name}: {TRIED[0]} inputs tried", file=sys.stderr)


if __name__ == "__main__":
    main()
