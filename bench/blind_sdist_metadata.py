"""Score page metadata on a second blind set: the test pages of the newspaper4k sdist.

The newspaper4k 0.9.6 source distribution on PyPI ships 30 real saved pages
(``tests/data/html``: CNN, Time, Wired, Fox 13, cleveland.com, AP, Yonhap, Spanish, Arabic,
Chinese, Japanese, Thai pages ...). They are third-party pages, so they are not in this
repository: this script downloads the pinned sdist from the package registry into
``bench/.cache/`` (hash checked) and reads them from there. The gold,
``blind/newspaper4k-meta.json``, was annotated from the pages alone by a helper session that
ran no extractor and did not read the package's own expected outputs. Only the 25 pages the
annotator judged to be articles are scored. Before any code looked at them they were split at
random (``random.seed(20261204)``, 12 of 25) into a development half, whose misses may be
read (``--set dev --failures``), and a blind half (13 pages), scored in aggregate only.

Rules as in ``blind_clean_eval.py``: title ignoring case, spacing and quote style (an
annotated alternative counts); the publication day; the same set of author names (case
ignored; none annotated and none found is right). trafilatura's ``extract_metadata`` runs in
the same loop.

    python bench/blind_sdist_metadata.py [--pages DIR] [--set dev|blind|all] [--failures]

``make bench`` runs it on the blind half (it needs the package registry once, for the sdist).

``--failures`` lists newsfacts' misses, on the development half only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_clean_eval import author_miss, miss_line, name_key, title_key
from sdist import CACHE, FETCH_ERRORS, fetch_sdist, halves_parser, parse_halves

from newsfacts.clean import clean_page
from newsfacts.sources.raw import load_path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Suite:
    """One sdist's saved pages and the gold annotated on them."""

    requirement: str
    sdist: str
    sha256: str
    #: Folders of the archive whose files are the pages (a page's name is its file name).
    members: tuple[str, ...]
    gold: Path
    folder: str


SUITES = {
    "newspaper4k": Suite(
        "newspaper4k==0.9.6",
        "newspaper4k-0.9.6.tar.gz",
        "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e",
        ("newspaper4k-0.9.6/tests/data/html/",),
        ROOT / "bench" / "blind" / "newspaper4k-meta.json",
        "newspaper4k-pages",
    ),
    "goose": Suite(
        "newspaper==0.0.3",
        "newspaper-0.0.3.tar.gz",
        "055c65de0ec0aff4102e93c82c476de0bc96e50d7417d68f82ba7bfdc0597601",
        ("newspaper-0.0.3/newspaper/packages/python-goose-documents/tests/data/extractors/",),
        ROOT / "bench" / "blind" / "goose-meta.json",
        "goose-pages",
    ),
    "trafilatura1": Suite(
        "trafilatura==1.1.0",
        "trafilatura-1.1.0.tar.gz",
        "650678fe3b3219795ccc72d8d37d2a9dc8c3070529598fddc2809ccd27c55bc4",
        ("trafilatura-1.1.0/tests/cache/", "trafilatura-1.1.0/tests/resources/"),
        ROOT / "bench" / "blind" / "trafilatura1-meta.json",
        "trafilatura1-pages",
    ),
}


def fetch_pages(suite: Suite) -> Path:
    """The folder of a suite's annotated pages, downloaded and unpacked on first use."""
    pages = CACHE / suite.folder
    wanted = set(json.loads(suite.gold.read_text(encoding="utf-8"))["pages"])
    if pages.is_dir() and all((pages / name).exists() for name in wanted):
        return pages
    archive = fetch_sdist(suite.requirement, suite.sdist, suite.sha256)
    pages.mkdir(exist_ok=True)
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            folder, _, name = member.name.rpartition("/")
            if member.isfile() and f"{folder}/" in suite.members and name in wanted:
                source = tar.extractfile(member)
                if source is not None:
                    (pages / name).write_bytes(source.read())
    return pages


def score_suite(name: str, suite: Suite, pages: Path, args: argparse.Namespace) -> None:
    """Print one suite's table (and its development misses with ``--failures``)."""
    gold_all = json.loads(suite.gold.read_text(encoding="utf-8"))["pages"]
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
        print("trafilatura not installed; `make bench` installs the bench extra")
    tools = ("newsfacts", "trafilatura")
    right: dict[str, dict[str, list[bool]]] = {
        t: {"title": [], "day": [], "authors": []} for t in tools
    }
    failures: list[str] = []
    kinds: dict[str, list[str]] = {t: [] for t in tools}
    for page_name, gold in sorted(gold_all.items()):
        path = pages / page_name
        if not gold["article"] or not path.exists():
            continue
        if args.set != "all" and gold["split"] != args.set:
            continue
        page = load_path(path)
        titles = {title_key(t) for t in [gold["title"], *gold.get("title_alternatives", [])]}
        want = {name_key(a) for a in gold["authors"]}
        md = clean_page(page).metadata
        right["newsfacts"]["title"].append(title_key(md.title) in titles)
        right["newsfacts"]["day"].append(((md.published or "")[:10] or None) == gold["pub_date"])
        got = {name_key(a) for a in md.authors}
        right["newsfacts"]["authors"].append(got == want)
        kinds["newsfacts"].append(author_miss(want, got) or "")
        if args.failures:
            day = (md.published or "")[:10]
            for field, ok, found, wanted in (
                ("title", right["newsfacts"]["title"][-1], md.title, gold["title"]),
                ("day", right["newsfacts"]["day"][-1], day, gold["pub_date"]),
                ("authors", right["newsfacts"]["authors"][-1], md.authors, gold["authors"]),
            ):
                if not ok:
                    failures.append(f"  {page_name}: {field} {found!r} want {wanted!r}")
        if trafilatura is None:
            continue
        tm = trafilatura.extract_metadata(page.text)
        names = {name_key(a) for a in re.split(r";|,", (tm.author or "") if tm else "") if a}
        right["trafilatura"]["title"].append(title_key(tm.title if tm else None) in titles)
        right["trafilatura"]["day"].append((tm.date if tm else None) == gold["pub_date"])
        right["trafilatura"]["authors"].append(names == want)
        kinds["trafilatura"].append(author_miss(want, names) or "")
    count = len(right["newsfacts"]["title"])
    print(f"{args.set}: {count} article pages of the {suite.sdist} test data ({name})")
    print(f"{'tool':14} {'title':>13} {'pub day':>13} {'authors':>13}")
    for tool in tools:
        cells = [right[tool][f] for f in ("title", "day", "authors")]
        if not cells[0]:
            continue
        shown = " ".join(f"{sum(c):>5}/{len(c)} {sum(c) / len(c):.3f}" for c in cells)
        print(f"{tool:14} {shown}")
    for tool in tools:
        if right[tool]["title"]:
            print(f"{tool} author misses by kind: {miss_line(kinds[tool])}")
    if failures:
        print("newsfacts misses (development half):", *failures, sep="\n")


def main(argv: list[str] | None = None) -> int:
    parser = halves_parser(__doc__.split("\n", 1)[0])
    parser.add_argument("--suite", choices=sorted(SUITES), action="append",
                        help="score only this suite (repeatable; default: all)")  # fmt: skip
    parser.add_argument("--pages", type=Path, help="a suite's unpacked pages (default: fetch)")
    args = parse_halves(parser, argv)
    for name in args.suite or sorted(SUITES):
        suite = SUITES[name]
        try:
            pages = args.pages or fetch_pages(suite)
        except FETCH_ERRORS as exc:
            print(f"blind_sdist_metadata: {name} skipped, its sdist could not be fetched ({exc})")
            continue
        score_suite(name, suite, pages, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
