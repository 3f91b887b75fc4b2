"""Score the cleaner on the blind news-pool pages: body text and metadata, beside trafilatura.

Gold (annotated from the pages alone, see ``blind/README.md``):
``blind/news-pool/<id>.json`` (title, pub_date, body anchors, strings not in the body, inline
boilerplate) and ``blind/news-pool-clean.json`` (authors, six body sentences spread over the
article, boilerplate strings, title alternatives).

Body: share of the must-contain strings (first and last anchors, body sentences) present and of
the must-not-contain strings (not-in-body, inline boilerplate, boilerplate strings) absent, after
whitespace is collapsed; pages whose output is (near) empty. Metadata, page by page: the title
(case, spacing and quote style ignored; an annotated alternative counts), the publication day,
the authors (the same set of names, case ignored; no author annotated and none found counts as
right). trafilatura runs in the same loop (``extract`` for the body, ``extract_metadata`` for the
metadata); readability-lxml for the body only.

    python bench/blind_clean_eval.py [--verbose]

``figures()`` returns newsfacts' summary figures alone, for the gate (``bench/gate.py``).

``--verbose`` prints per-page misses: only for audits after the work, never while changing code
(a page whose output was read moves to the development side).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "blind" / "news-pool"
EXTRA = ROOT / "bench" / "blind" / "news-pool-clean.json"
PAGES = ROOT.parent / "shared" / "corpus" / "news-pool"
EMPTY_CHARS = 200
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def squash(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "").replace("\u00a0", " ")
    return _SPACE.sub(" ", text).strip()


def title_key(text: str | None) -> str:
    return squash(text or "").translate(_QUOTES).casefold().strip(" .")


def name_key(name: str) -> str:
    return squash(name).translate(_QUOTES).casefold()


AUTHOR_MISSES = ("none found", "found, none annotated", "some missing", "extra names", "other")


def author_miss(want: set[str], got: set[str]) -> str | None:
    """How a page's author set misses, in words that name no page or name (aggregates only)."""
    if want == got:
        return None
    if not got:
        return "none found"
    if not want:
        return "found, none annotated"
    if got < want:
        return "some missing"
    if want < got:
        return "extra names"
    return "other"


def miss_line(kinds: list[str]) -> str:
    """One line counting author misses by kind."""
    counts = {k: kinds.count(k) for k in AUTHOR_MISSES if k in kinds}
    return ", ".join(f"{k}: {n}" for k, n in counts.items()) or "none"


@dataclass
class Tally:
    name: str
    contain: list[bool] = field(default_factory=list)
    exclude: list[bool] = field(default_factory=list)
    empty: int = 0
    title: list[bool] = field(default_factory=list)
    day: list[bool] = field(default_factory=list)
    authors: list[bool] = field(default_factory=list)
    author_kinds: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def body(self, page_id: str, text: str, gold: dict, extra: dict) -> None:
        flat = squash(text)
        if len(flat) < EMPTY_CHARS:
            self.empty += 1
        anchors = [gold["body_anchor"]["first"], gold["body_anchor"]["last"]]
        for s in anchors + extra["body_sentences"]:
            hit = squash(s) in flat
            self.contain.append(hit)
            if not hit:
                self.misses.append(f"{page_id}: missing {s[:70]!r}")
        unwanted = (
            gold.get("not_in_body", [])
            + gold.get("inline_boilerplate", [])
            + extra["boilerplate_strings"]
        )
        for s in dict.fromkeys(unwanted):
            absent = squash(s) not in flat
            self.exclude.append(absent)
            if not absent:
                self.misses.append(f"{page_id}: kept {s[:70]!r}")

    def meta(
        self,
        page_id: str,
        title: str | None,
        day: str | None,
        authors: list[str],
        gold: dict,
        extra: dict,
    ) -> None:
        titles = {title_key(t) for t in [gold["title"], *extra.get("title_alternatives", [])]}
        self.title.append(title_key(title) in titles)
        self.day.append((day or None) == gold["pub_date"])
        want = {name_key(a) for a in extra["authors"]}
        got = {name_key(a) for a in authors}
        self.authors.append(want == got)
        kind = author_miss(want, got)
        if kind:
            self.author_kinds.append(kind)
        for label, ok, value in (
            ("title", self.title[-1], title),
            ("day", self.day[-1], day),
            ("authors", self.authors[-1], authors),
        ):
            if not ok:
                self.misses.append(f"{page_id}: {label} {value!r}")


def _fraction(values: list[bool]) -> float:
    return sum(values) / max(1, len(values))


def _share(values: list[bool]) -> str:
    return f"{sum(values)}/{len(values)} {sum(values) / max(1, len(values)):.3f}"


def score(*, peers: bool) -> tuple[Tally, Tally, Tally]:
    """The tallies of newsfacts, trafilatura and readability-lxml (the peers' stay empty without
    ``peers`` or when they are not installed, which is said)."""
    from newsfacts.clean import clean_page
    from newsfacts.sources.raw import load_path

    extra_all = json.loads(EXTRA.read_text(encoding="utf-8"))
    ours, traf, readab = Tally("newsfacts"), Tally("trafilatura"), Tally("readability-lxml")
    trafilatura = None
    if peers:
        try:
            import trafilatura
            from lxml import html as lxml_html
            from readability import Document
        except ImportError as exc:
            print(f"peers not installed ({exc}); `make bench` installs the bench extra")
            trafilatura = None
    for page_id, extra in sorted(extra_all.items()):
        gold = json.loads((GOLD / f"{page_id}.json").read_text(encoding="utf-8"))
        page = load_path(PAGES / f"{page_id}.html", url=gold.get("url"))
        doc = clean_page(page)
        md = doc.metadata
        ours.body(page_id, doc.text, gold, extra)
        ours.meta(page_id, md.title, (md.published or "")[:10] or None, md.authors, gold, extra)
        if trafilatura is None:
            continue
        traf.body(page_id, trafilatura.extract(page.text, url=gold.get("url")) or "", gold, extra)
        tm = trafilatura.extract_metadata(page.text, default_url=gold.get("url"))
        t_authors = (
            [a.strip() for a in re.split(r";|,", tm.author or "") if a.strip()] if tm else []
        )
        traf.meta(
            page_id, tm.title if tm else None, tm.date if tm else None, t_authors, gold, extra
        )
        summary = Document(page.text).summary(html_partial=True)
        text = lxml_html.fromstring(summary).text_content() if summary.strip() else ""
        readab.body(page_id, text, gold, extra)
    return ours, traf, readab


def figures() -> dict[str, float]:
    """newsfacts' summary shares and counts on the blind pages, for the gate (never a page's)."""
    ours = score(peers=False)[0]
    return {
        "body-present": _fraction(ours.contain),
        "boilerplate-absent": _fraction(ours.exclude),
        "empty-pages": ours.empty,
        "title": _fraction(ours.title),
        "day": _fraction(ours.day),
        "authors": _fraction(ours.authors),
    }


def material() -> list[Path]:
    """The files :func:`figures` reads: both gold files of each page and the page."""
    ids = sorted(json.loads(EXTRA.read_text(encoding="utf-8")))
    return [EXTRA, *(GOLD / f"{i}.json" for i in ids), *(PAGES / f"{i}.html" for i in ids)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--verbose", action="store_true", help="per-page misses (audits only)")
    args = parser.parse_args(argv)
    if not PAGES.is_dir() or not EXTRA.exists():
        print(f"no blind pages at {PAGES} or no gold at {EXTRA}", file=sys.stderr)
        return 2
    extra_all = json.loads(EXTRA.read_text(encoding="utf-8"))
    ours, traf, readab = score(peers=True)
    print(f"blind news-pool pages: {len(extra_all)} (gold from the pages alone)")
    print(
        f"{'tool':18} {'body present':>16} {'boilerplate absent':>19} {'empty':>6}"
        f" {'title':>12} {'pub day':>12} {'authors':>12}"
    )
    for t in (ours, traf, readab):
        if not t.contain:
            continue
        meta = (
            f" {_share(t.title):>12} {_share(t.day):>12} {_share(t.authors):>12}"
            if t.title
            else f" {'-':>12} {'-':>12} {'-':>12}"
        )
        print(f"{t.name:18} {_share(t.contain):>16} {_share(t.exclude):>19} {t.empty:>6}" + meta)
    for t in (ours, traf):
        if t.title:
            print(f"{t.name} author misses by kind: {miss_line(t.author_kinds)}")
    if args.verbose:
        print("\nnewsfacts misses (audit only):")
        for line in ours.misses:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
