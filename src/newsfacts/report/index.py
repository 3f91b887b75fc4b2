"""A batch run's report folder: ``index.html`` plus one report page per article.

The index lists every record with its status, its facts per kind and its checks, then every
inconsistent check with a link into its article's report. Rows are read one at a time (the
article pages are written as they come), so only the small index entries stay in memory.

A record read from a saved page file shows what the cleaner removed when the file is still there
with the same bytes (same sha256): the page is cleaned again with the trace on. Records from JSONL
or WARC inputs say that this was not recorded.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from pydantic import ValidationError as PydanticValidationError

from newsfacts.clean import RemovedBlock, clean_page
from newsfacts.errors import NewsFactsError
from newsfacts.facts import Article
from newsfacts.report.page import document, render_report
from newsfacts.report.view import dom_id
from newsfacts.sources import load_path

__all__ = [
    "InconsistentCheck",
    "IndexEntry",
    "entry_for_row",
    "removed_blocks",
    "render_index",
    "report_name",
    "write_batch_report",
]

Row = dict[str, Any]
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def _e(text: str) -> str:
    return escape(text, quote=True)


#: Characters that reorder the text around them (bidi embeddings, overrides, isolates, marks).
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _id(text: str) -> str:
    r"""A record id for display: escaped, with bidi controls shown as ``\u202e``.

    An id must read as what it is, not be reordered by the characters it carries.
    """
    return _e(_BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def report_name(record_id: str) -> str:
    """A file name for a record's report: readable, safe, and unique per id."""
    digest = hashlib.sha1(record_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    stem = _UNSAFE_NAME.sub("_", record_id).strip("._")[-60:] or "record"
    return f"{stem}-{digest}.html"


@dataclass(frozen=True, slots=True)
class InconsistentCheck:
    """An inconsistent check as the index lists it."""

    id: str
    rule: str
    message: str


@dataclass(slots=True)
class IndexEntry:
    """One record of the run as the index shows it.

    Attributes:
        record_id: the batch record id.
        status: ``ok``, ``no_article``, ``error`` (or ``unreadable`` for a row that is not an
            Article).
        title: the article title, when known.
        href: the article report's path relative to the index, None when there is no report.
        facts: facts per kind.
        checks: checks per verdict.
        inconsistent: the inconsistent checks.
        error: why the record failed, for error rows.
    """

    record_id: str
    status: str
    title: str | None = None
    href: str | None = None
    facts: Counter[str] = field(default_factory=Counter)
    checks: Counter[str] = field(default_factory=Counter)
    inconsistent: list[InconsistentCheck] = field(default_factory=list)
    error: str | None = None


def entry_for_row(row: Row) -> tuple[IndexEntry, Article | None]:
    """The index entry of one output row, and its Article when it has a report page."""
    record_id = str(row.get("id", ""))
    data = {key: value for key, value in row.items() if key != "id"}
    try:
        article = Article.model_validate(data)
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return IndexEntry(record_id, "unreadable", error=f"{where}: {first['msg']}"), None
    entry = IndexEntry(record_id, article.status, title=article.metadata.title)
    if article.error is not None:
        entry.error = f"{article.error.type}: {article.error.message}"
    entry.facts.update(fact.kind for fact in article.facts)
    entry.checks.update(check.status for check in article.checks)
    entry.inconsistent = [
        InconsistentCheck(c.id, c.rule, c.message)
        for c in article.checks
        if c.status == "inconsistent"
    ]
    if article.status == "error":
        return entry, None
    entry.href = f"articles/{report_name(record_id)}"
    return entry, article


def _summary_html(entries: list[IndexEntry], kinds: list[str]) -> str:
    statuses = Counter(e.status for e in entries)
    facts: Counter[str] = Counter()
    for entry in entries:
        facts.update(entry.facts)
    inconsistent = sum(len(e.inconsistent) for e in entries)
    status_text = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items())) or "none"
    fact_text = ", ".join(f"{facts[k]} {k.replace('_', ' ')}" for k in kinds) or "none"
    return (
        f"<p>{len(entries)} records: {_e(status_text)}.</p>"
        f"<p>Facts: {_e(fact_text)}. Inconsistent checks: {inconsistent}.</p>"
    )


def _record_cell(entry: IndexEntry) -> str:
    label = _e(entry.title) if entry.title else _id(entry.record_id)
    link = f'<a href="{_e(entry.href)}">{label}</a>' if entry.href else label
    extra = f"<br><small>{_id(entry.record_id)}</small>" if entry.title else ""
    error = f"<br><small>{_e(entry.error)}</small>" if entry.error else ""
    return f"<td>{link}{extra}{error}</td>"


def _table_html(entries: list[IndexEntry], kinds: list[str]) -> str:
    heads = "".join(f'<th scope="col" class="num">{_e(k.replace("_", " "))}</th>' for k in kinds)
    rows = []
    for number, entry in enumerate(entries, 1):
        cells = "".join(f'<td class="num">{entry.facts.get(k, 0)}</td>' for k in kinds)
        verdicts = ", ".join(f"{n} {s}" for s, n in sorted(entry.checks.items())) or "—"
        rows.append(
            f'<tr><td class="num">{number}</td>{_record_cell(entry)}'
            f'<td><span class="badge v-{_e(entry.status)}">{_e(entry.status)}</span></td>'
            f"{cells}<td>{_e(verdicts)}</td></tr>"
        )
    return (
        '<table class="index"><caption class="sr-only">Records of the run</caption><thead><tr>'
        '<th scope="col" class="num">#</th><th scope="col">record</th><th scope="col">status</th>'
        f'{heads}<th scope="col">checks</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _inconsistent_html(entries: list[IndexEntry]) -> str:
    items = []
    for entry in entries:
        for check in entry.inconsistent:
            target = (
                f'<a href="{_e(entry.href)}#{dom_id("check", check.id)}">'
                f"{_e(entry.title) if entry.title else _id(entry.record_id)}: {_e(check.rule)} "
                f"({_e(check.id)})</a>"
                if entry.href
                else f"{_id(entry.record_id)}: {_e(check.rule)} ({_e(check.id)})"
            )
            items.append(
                f'<li class="check s-inconsistent">{target}<p>{_e(check.message)}</p></li>'
            )
    body = f'<ol class="checks">{"".join(items)}</ol>' if items else "<p>None.</p>"
    return (
        '<section id="inconsistent" aria-labelledby="inconsistent-h">'
        f'<h2 id="inconsistent-h">Inconsistent checks</h2>{body}</section>'
    )


def render_index(entries: list[IndexEntry], *, title: str = "newsfacts batch report") -> str:
    """The index page of a run."""
    kinds = sorted({kind for entry in entries for kind in entry.facts})
    body = (
        '<a class="skip" href="#inconsistent">Skip to the inconsistent checks</a><main>'
        f'<header class="meta"><h1>{_e(title)}</h1>{_summary_html(entries, kinds)}</header>'
        '<section id="records" aria-labelledby="records-h"><h2 id="records-h">Records</h2>'
        f"{_table_html(entries, kinds)}</section>{_inconsistent_html(entries)}</main>"
    )
    return document(title, body, script=False)


def removed_blocks(article: Article) -> list[RemovedBlock] | None:
    """What the cleaner removed from the article's page file; None when that cannot be known.

    Known only when ``source.path`` is a file whose bytes still have the recorded sha256.
    """
    path, digest = article.source.path, article.source.sha256
    if not path or not digest or not Path(path).is_file():
        return None
    try:
        page = load_path(path)
        if page.sha256 != digest:
            return None
        return list(clean_page(page, trace=True).removed)
    except NewsFactsError:
        return None


def _write(path: Path, text: str) -> None:
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


def write_batch_report(
    rows: Iterable[Row], folder: str | Path, *, trace_pages: bool = True
) -> Path:
    """Write ``index.html`` and ``articles/*.html`` for the output rows of a batch run.

    Args:
        rows: the run's output rows (``{"id", **Article JSON}``), as the shards hold them.
        folder: where to write; created when missing.
        trace_pages: show what the cleaner removed from records read from page files that are
            still unchanged on disk (they are cleaned again for it).

    Returns:
        The path of ``index.html``.
    """
    folder = Path(folder)
    articles = folder / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    entries = []
    for row in rows:
        entry, article = entry_for_row(row)
        if article is not None and entry.href is not None:
            removed = removed_blocks(article) if trace_pages else None
            page = render_report(article, removed=removed, index_href="../index.html")
            _write(folder / entry.href, page)
        entries.append(entry)
    index = folder / "index.html"
    _write(index, render_index(entries))
    return index
