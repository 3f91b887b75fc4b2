"""Score page metadata (title, publication day, authors) on development pages, beside peers.

Gold: ``bench/dev/metadata.json`` (85 pages of the news pool and trafilatura-realworld) and
``bench/dev/metadata-aeb.json`` (the 80 pages of aeb-dev) and ``bench/dev/metadata-newsdev.json``
(the 12 pages of news-dev, annotated by a helper session from the pages alone), keys ``<corpus folder>/<file>``; title,
title alternatives, authors, pub_date, annotated from the pages alone. One table per file. Pages are read from ``../shared/corpus/``.
Rules as in ``blind_clean_eval.py``: title ignoring case, spacing and quote style (an annotated
alternative counts); the publication day; the same set of author names (case ignored; none
annotated and none found is right).

In the same run: trafilatura's ``extract_metadata`` and htmldate's ``find_date`` (publication
day only, original date, no extensive search: the settings trafilatura uses for its metadata).

    python bench/metadata_eval.py [--gold FILE ...] [--failures]

``figures(gold_file)`` returns newsfacts' shares alone, for the gate (``bench/gate.py``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_clean_eval import name_key, title_key

from newsfacts.clean import clean_page
from newsfacts.sources.raw import load_path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_GOLD = [
    ROOT / "bench" / "dev" / "metadata.json",
    ROOT / "bench" / "dev" / "metadata-aeb.json",
    ROOT / "bench" / "dev" / "metadata-newsdev.json",
]


def _page_path(key: str) -> Path:
    folder, name = key.split("/", 1)
    if folder == "trafilatura-realworld":
        return CORPUS / folder / "pages" / name
    if folder == "aeb-dev":
        return CORPUS / folder / "html" / name
    return CORPUS / folder / name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--gold", type=Path, nargs="+", default=DEFAULT_GOLD)
    parser.add_argument("--failures", action="store_true", help="list newsfacts' misses")
    args = parser.parse_args(argv)
    for gold in args.gold:
        if not gold.exists():
            print(f"no gold at {gold}", file=sys.stderr)
            return 2
    for number, gold in enumerate(args.gold):
        if number:
            print()
        _score(gold, show_failures=args.failures)
    return 0


Scores = dict[str, dict[str, list[bool]]]  # tool -> field -> right or not, page by page


def score(gold_file: Path, *, peers: bool) -> tuple[Scores, list[str]]:
    """Page by page: is each tool's title, day and author set right; and newsfacts' misses.

    With ``peers``, trafilatura and htmldate run too (when installed; said when not).
    """
    gold_all = json.loads(gold_file.read_text(encoding="utf-8"))
    trafilatura = None
    if peers:
        try:
            import trafilatura
            from htmldate import find_date
        except ImportError as exc:
            print(f"peers not installed ({exc}); `make bench` installs the bench extra")
            trafilatura = None
    scores: Scores = {
        name: {"title": [], "day": [], "authors": []}
        for name in ("newsfacts", "trafilatura", "htmldate")
    }
    failures: list[str] = []
    for key, gold in sorted(gold_all.items()):
        path = _page_path(key)
        if not path.exists():
            continue
        page = load_path(path, url=gold.get("url"))
        titles = {title_key(t) for t in [gold["title"], *gold.get("title_alternatives", [])]}
        want_authors = {name_key(a) for a in gold["authors"]}
        md = clean_page(page).metadata
        day = (md.published or "")[:10] or None
        got = {
            "title": title_key(md.title) in titles,
            "day": day == gold["pub_date"],
            "authors": {name_key(a) for a in md.authors} == want_authors,
        }
        for field, ok in got.items():
            scores["newsfacts"][field].append(ok)
        if not got["title"]:
            failures.append(f"{key}: title {md.title!r} want {gold['title']!r}")
        if not got["day"]:
            failures.append(f"{key}: day {day!r} want {gold['pub_date']!r}")
        if not got["authors"]:
            failures.append(f"{key}: authors {md.authors!r} want {gold['authors']!r}")
        if trafilatura is None:
            continue
        tm = trafilatura.extract_metadata(page.text, default_url=gold.get("url"))
        t_authors = {
            name_key(a) for a in re.split(r";|,", (tm.author or "") if tm else "") if a.strip()
        }
        scores["trafilatura"]["title"].append(title_key(tm.title if tm else None) in titles)
        scores["trafilatura"]["day"].append((tm.date if tm else None) == gold["pub_date"])
        scores["trafilatura"]["authors"].append(t_authors == want_authors)
        found = find_date(
            page.text, url=gold.get("url"), original_date=True, extensive_search=False
        )
        scores["htmldate"]["day"].append(found == gold["pub_date"])
    return scores, failures


def figures(gold_file: Path) -> dict[str, float]:
    """newsfacts' share of right titles, days and author sets on the gold's pages (the gate's)."""
    ours = score(gold_file, peers=False)[0]["newsfacts"]
    return {field: sum(right) / len(right) for field, right in ours.items()}


def material(gold_file: Path) -> list[Path]:
    """The files :func:`figures` reads: the gold file and its pages that are present."""
    keys = json.loads(gold_file.read_text(encoding="utf-8"))
    return [gold_file, *(p for p in map(_page_path, sorted(keys)) if p.exists())]


def _score(gold_file: Path, *, show_failures: bool) -> None:
    score_of, failures = score(gold_file, peers=True)
    print(f"development metadata: {len(score_of['newsfacts']['title'])} pages ({gold_file.name})")
    print(f"{'tool':14} {'title':>14} {'pub day':>14} {'authors':>14}")
    for name, fields in score_of.items():
        cells = [
            f"{sum(v)}/{len(v)} {sum(v) / len(v):.3f}" if v else "-"
            for v in (fields["title"], fields["day"], fields["authors"])
        ]
        if any(c != "-" for c in cells):
            print(f"{name:14} {cells[0]:>14} {cells[1]:>14} {cells[2]:>14}")
    if show_failures:
        print("\nnewsfacts misses:")
        for line in failures:
            print("  " + line)


if __name__ == "__main__":
    sys.exit(main())
