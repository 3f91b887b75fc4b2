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

import json
import re
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_clean_eval import author_miss, miss_line, name_key, title_key
from sdist import CACHE, FETCH_ERRORS, fetch_sdist, halves_parser, parse_halves

from newsfacts.clean import clean_page
from newsfacts.sources.raw import load_path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "blind" / "newspaper4k-meta.json"
SDIST = "newspaper4k-0.9.6.tar.gz"
SDIST_SHA256 = "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"
MEMBERS = "newspaper4k-0.9.6/tests/data/html/"


def fetch_pages() -> Path:
    """The folder of the sdist's test pages, downloaded and unpacked on first use."""
    pages = CACHE / "newspaper4k-pages"
    if pages.is_dir() and any(pages.glob("*.html")):
        return pages
    archive = fetch_sdist("newspaper4k==0.9.6", SDIST, SDIST_SHA256)
    pages.mkdir(exist_ok=True)
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            name = member.name.removeprefix(MEMBERS)
            if member.isfile() and member.name.startswith(MEMBERS) and "/" not in name:
                source = tar.extractfile(member)
                if source is not None:
                    (pages / name).write_bytes(source.read())
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = halves_parser(__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=Path, help="the unpacked test pages (default: fetch)")
    args = parse_halves(parser, argv)
    try:
        pages = args.pages or fetch_pages()
    except FETCH_ERRORS as exc:
        print(f"blind_sdist_metadata: skipped, the sdist could not be fetched ({exc})")
        return 0
    gold_all = json.loads(GOLD.read_text(encoding="utf-8"))["pages"]
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
    for name, gold in sorted(gold_all.items()):
        path = pages / name
        if not gold["article"] or not path.exists():
            continue
        if args.set != "all" and gold["split"] != args.set:
            continue
        page = load_path(path)
        titles = {title_key(t) for t in [gold["title"], *gold.get("title_alternatives", [])]}
        want = {name_key(a) for a in gold["authors"]}
        md = clean_page(page).metadata
        right["newsfacts"]["title"].append(title_key(md.title) in titles)
        right["newsfacts"]["day"].append((md.published or "")[:10] == gold["pub_date"])
        got = {name_key(a) for a in md.authors}
        right["newsfacts"]["authors"].append(got == want)
        kinds["newsfacts"].append(author_miss(want, got) or "")
        if args.failures:
            day = (md.published or "")[:10]
            for field, ok, got, wanted in (
                ("title", right["newsfacts"]["title"][-1], md.title, gold["title"]),
                ("day", right["newsfacts"]["day"][-1], day, gold["pub_date"]),
                ("authors", right["newsfacts"]["authors"][-1], md.authors, gold["authors"]),
            ):
                if not ok:
                    failures.append(f"  {name}: {field} {got!r} want {wanted!r}")
        if trafilatura is None:
            continue
        tm = trafilatura.extract_metadata(page.text)
        names = {name_key(a) for a in re.split(r";|,", (tm.author or "") if tm else "") if a}
        right["trafilatura"]["title"].append(title_key(tm.title if tm else None) in titles)
        right["trafilatura"]["day"].append((tm.date if tm else None) == gold["pub_date"])
        right["trafilatura"]["authors"].append(names == want)
        kinds["trafilatura"].append(author_miss(want, names) or "")
    count = len(right["newsfacts"]["title"])
    print(f"{args.set}: {count} article pages of the {SDIST} test data (gold from the pages)")
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
