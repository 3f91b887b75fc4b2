"""Check hand-written blind gold records against their pages (no newsfacts code involved).

    python bench/blind/check_gold.py bench/blind/news-pool/<id>.json [...]

Each record has the shape of ../shared/gold/news-dev.jsonl (see ../shared/gold/README.md). The
checker only verifies that the annotation is self-consistent with the page's *visible text*: the
body anchors are found, every fact's ``context`` occurs exactly once inside the body region, the
``text`` sits at ``context_offset``, values/periods are well formed, and every ``not_in_body`` string
occurs in the page. It never runs the extractor, so using it keeps the set blind.
"""

from __future__ import annotations

import datetime as dt
import gzip
import html.parser
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POOL = ROOT.parent / "shared" / "corpus" / "news-pool"
AEB = ROOT.parent / "shared" / "corpus" / "aeb-dev"
#: newspaper4k's test pages, unpacked from its sdist by ``bench/blind_sdist_metadata.py``.
NEWSPAPER4K = ROOT / "bench" / ".cache" / "newspaper4k-pages"
#: python-goose's and trafilatura 1.1.0's saved pages, unpacked by the same script.
GOOSE = ROOT / "bench" / ".cache" / "goose-pages"
TRAFILATURA1 = ROOT / "bench" / ".cache" / "trafilatura1-pages"
#: trafilatura's real-world test pages, in ../shared.
REALWORLD = ROOT.parent / "shared" / "corpus" / "trafilatura-realworld" / "pages"


def page_path(record_id: str, pages: Path | None = None) -> Path:
    """The saved page of a record: ``<pages>/<id>.html`` (the news pool's layout) or
    ``<pages>/html/<id>.html.gz`` (aeb-dev's); without ``pages``, the pool, aeb-dev, then
    newspaper4k's, python-goose's and trafilatura 1.1.0's test pages, then trafilatura's
    real-world pages."""
    for folder in (
        [pages]
        if pages is not None
        else [
            POOL,
            AEB,
            NEWSPAPER4K,
            GOOSE,
            TRAFILATURA1,
            REALWORLD,
        ]
    ):
        for candidate in (folder / f"{record_id}.html", folder / "html" / f"{record_id}.html.gz"):
            if candidate.exists():
                return candidate
    return (pages or POOL) / f"{record_id}.html"


def read_page(path: Path) -> str:
    """A saved page's text (gzip-compressed when its name ends in ``.gz``)."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


SKIP = {"head", "script", "style", "noscript", "template", "svg", "iframe", "object"}
BLOCK = set(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer nav aside "
    "main figure figcaption blockquote pre dd dt dl form hr title".split()
)
KINDS = {"percent", "money", "quantity", "date", "date_range", "age"}


class _Visible(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in SKIP:
            self.stack.append(tag)
        if tag in BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        if tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP and tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
        if tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.stack:
            self.out.append(data)


def visible_text(raw: str) -> str:
    parser = _Visible()
    parser.feed(raw)
    parser.close()
    return re.sub(r"\s+", " ", "".join(parser.out).replace("\xa0", " ")).strip()


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def check(path: Path) -> list[str]:
    record = json.loads(path.read_text(encoding="utf-8"))
    problems: list[str] = []
    vis = visible_text(read_page(page_path(record["id"])))
    first, last = record["body_anchor"]["first"], record["body_anchor"]["last"]
    s = vis.find(first)
    e = vis.find(last, max(s, 0))
    if s < 0 or e < 0:
        return [f"body anchor not found (first={s >= 0}, last={e >= 0})"]
    body = vis[s : e + len(last)]
    for i, fact in enumerate(record["facts"]):
        where = f"fact {i} {fact.get('text')!r}"
        if fact.get("kind") not in KINDS:
            problems.append(f"{where}: kind {fact.get('kind')!r}")
        ctx, off, text = fact["context"], fact["context_offset"], fact["text"]
        if body.count(ctx) != 1:
            problems.append(f"{where}: context occurs {body.count(ctx)} times in the body")
        if ctx[off : off + len(text)] != text:
            problems.append(f"{where}: text not at context_offset")
        value = fact.get("value")
        if fact["kind"] in {"date", "date_range"}:
            if value is not None:
                problems.append(f"{where}: date value must be null")
        elif not (
            isinstance(value, (int, float))
            or (isinstance(value, list) and len(value) == 2 and value[0] <= value[1])
        ):
            problems.append(f"{where}: value {value!r}")
        period = fact.get("period")
        try:
            if isinstance(period, str):
                _day(period)
            elif isinstance(period, list):
                if _day(period[0]) > _day(period[1]):
                    problems.append(f"{where}: period ends before it starts")
            elif period is not None:
                problems.append(f"{where}: period {period!r}")
        except ValueError as err:
            problems.append(f"{where}: period {err}")
        if fact.get("direction") not in {None, "up", "down"}:
            problems.append(f"{where}: direction {fact.get('direction')!r}")
    for text in record.get("not_in_body", []):
        if text not in vis:
            problems.append(f"not_in_body string not in the page: {text[:60]!r}")
    for text in record.get("inline_boilerplate", []):
        if text not in body:
            problems.append(f"inline_boilerplate string not inside the body: {text[:60]!r}")
    for org in record.get("orgs", []):
        if org not in body:
            problems.append(f"org not in the body: {org!r}")
    return problems


def main(argv: list[str]) -> int:
    bad = 0
    for name in argv:
        problems = check(Path(name))
        print(f"{name}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for p in problems:
            print(f"  - {p}")
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
