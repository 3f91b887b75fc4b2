"""ReportView -> one self-contained HTML page (inline style and script, nothing fetched).

Every piece of article data goes through :func:`html.escape`; ids put into attributes go through
:func:`~newsfacts.report.view.dom_id`. The only outbound link is the article's own address, and
only when it is http(s).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from newsfacts.clean import RemovedBlock
from newsfacts.errors import visible
from newsfacts.facts import Article
from newsfacts.report.assets import SCRIPT, style_sheet
from newsfacts.report.palette import KIND_COLORS
from newsfacts.report.view import (
    CheckView,
    FactView,
    Mark,
    Paragraph,
    RemovedGroup,
    ReportView,
    build_view,
    dom_id,
    safe_id,
)

__all__ = ["document", "field_list", "render_report", "render_view"]

#: Fact links drawn as lines in the article (a percentage's start and end figures); the others
#: (a figure's period) are listed with the fact's fields.
_DRAWN = frozenset({"from_id", "to_id"})


def _e(text: str) -> str:
    return escape(text, quote=True)


def _kind_class(kind: str) -> str:
    return f"k-{kind}" if kind in KIND_COLORS else "k-other"


def field_list(rows: Sequence[tuple[str, str]], *, dom: str | None = None) -> str:
    """A ``<dl class="fields">`` of (name, value) rows."""
    attr = f' id="{_e(dom)}"' if dom else ""
    items = "".join(f"<dt>{_e(name)}</dt><dd>{_e(value)}</dd>" for name, value in rows)
    return f'<dl class="fields"{attr}>{items}</dl>'


def document(title: str, body: str, *, script: bool = True) -> str:
    """A whole HTML page around ``body``, with the inline style sheet (and script)."""
    tail = f"<script>{SCRIPT}</script>" if script else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        # no network: the page may not load anything, whatever the article text says
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        f"<title>{_e(visible(title))}</title><style>{style_sheet()}</style></head>"
        f"<body>{body}{tail}</body></html>\n"
    )


def _mark_html(mark: Mark, text: str, facts: dict[str, FactView], *, nested: bool) -> str:
    inner = _span_html(mark.start, mark.end, mark.children, text, facts, nested=True)
    fact = facts.get(mark.fact_id)
    attrs = [
        f'class="fact {_kind_class(mark.kind)}"',
        f'data-fact="{_e(mark.fact_id)}"',
        f'data-dom="{safe_id(mark.fact_id)}"',
        f'data-kind="{_e(mark.kind)}"',
    ]
    if mark.anchor:
        attrs.append(f'id="{dom_id("fact", mark.fact_id)}"')
        drawn = [(n, t) for n, t in fact.links if n in _DRAWN] if fact is not None else []
        if drawn:
            links = " ".join(f"{name.removesuffix('_id')}:{target}" for name, target in drawn)
            attrs.append(f'data-links="{_e(links)}"')
    if fact is not None:
        attrs.append(f'title="{_e(fact.summary)}"')
    label = f'<span class="label">{_e(mark.kind.replace("_", " "))}</span>'
    joined = " ".join(attrs)
    if nested:  # a link may not hold a link: an inner fact is a focusable span
        return f'<span {joined} tabindex="0">{inner}{label}</span>'
    href = dom_id("detail", mark.fact_id)
    return f'<a {joined} href="#{href}">{inner}{label}</a>'


def _span_html(
    start: int,
    end: int,
    marks: list[Mark],
    text: str,
    facts: dict[str, FactView],
    *,
    nested: bool,
) -> str:
    out = []
    pos = start
    for mark in marks:
        out.append(_e(text[pos : mark.start]))
        out.append(_mark_html(mark, text, facts, nested=nested))
        pos = mark.end
    out.append(_e(text[pos:end]))
    return "".join(out)


def _paragraph_html(para: Paragraph, text: str, facts: dict[str, FactView]) -> str:
    return f"<p>{_span_html(para.start, para.end, para.marks, text, facts, nested=False)}</p>"


def _header_html(view: ReportView, source_href: str | None, index_href: str | None) -> str:
    article = view.article
    back = f'<p><a href="{_e(index_href)}">← All articles of this run</a></p>' if index_href else ""
    link = ""
    if source_href:
        link = (
            f'<p>Original page: <a href="{_e(source_href)}" rel="noreferrer noopener">'
            f"{_e(source_href)}</a></p>"
        )
    status = article.status
    verdicts: dict[str, int] = {}
    for check in view.checks:
        verdicts[check.status] = verdicts.get(check.status, 0) + 1
    summary = ", ".join(f"{n} {verdict}" for verdict, n in sorted(verdicts.items())) or "none"
    return (
        f'<header class="meta" id="top">{back}'
        f"<h1>{_e(visible(view.title))}</h1>"
        f'<p><span class="badge v-{_e(status)}">{_e(status)}</span> '
        f"{len(view.facts)} facts; checks: {_e(summary)}</p>"
        f"{link}{field_list(view.header)}</header>"
    )


def _legend_html(view: ReportView) -> str:
    kinds = view.kinds or list(KIND_COLORS)
    items = "".join(
        f'<li class="{_kind_class(kind)}">{_e(kind.replace("_", " "))} '
        f"({sum(1 for f in view.facts if f.kind == kind)})</li>"
        for kind in kinds
    )
    return f'<ul class="legend" aria-label="Fact kinds">{items}</ul>'


def _article_html(view: ReportView, facts: dict[str, FactView]) -> str:
    text = view.article.text
    paragraphs = "".join(_paragraph_html(p, text, facts) for p in view.paragraphs)
    if not paragraphs:
        paragraphs = "<p><em>No article text.</em></p>"
    return (
        '<section id="article" aria-labelledby="article-h"><h2 id="article-h">Article</h2>'
        f"{_legend_html(view)}"
        '<p class="hint">Each highlighted figure, date and name is a fact: hover, focus or click it '
        "for its fields. Lines run from a percentage to the figures it changes from and to.</p>"
        '<div class="article"><svg class="links" aria-hidden="true" focusable="false"></svg>'
        f"{paragraphs}</div></section>"
    )


def _check_html(check: CheckView, facts: dict[str, FactView]) -> str:
    first = (
        f"#{dom_id('fact', check.fact_ids[0])}"
        if check.fact_ids
        else f"#{dom_id('check', check.id)}"
    )
    cites = " ".join(check.fact_ids)
    cited = "".join(
        f'<a class="cite {_kind_class(facts[fid].kind)}" href="#{dom_id("fact", fid)}">'
        f"{_e(fid)}: {_e(facts[fid].text)}</a>"
        for fid in check.fact_ids
        if fid in facts
    )
    announce = f"Check {check.id} ({check.status}) cites {', '.join(check.fact_ids) or 'no fact'}"
    return (
        f'<li class="check s-{_e(check.status)}" id="{dom_id("check", check.id)}" '
        f'data-status="{_e(check.status)}">'
        f'<h3><a class="check-link" href="{_e(first)}" data-cites="{_e(cites)}" '
        f'data-announce="{_e(announce)}">'
        f'<span class="badge v-{_e(check.status)}">{_e(check.status)}</span> '
        f"{_e(check.rule)} <small>({_e(check.id)})</small></a></h3>"
        f'<p class="message">{_e(check.message)}</p>'
        f"{field_list(check.fields)}"
        f'<p class="cites">Cites: {cited or "no fact"}</p></li>'
    )


def _checks_html(view: ReportView, facts: dict[str, FactView]) -> str:
    if not view.checks:
        body = "<p>No checks: no relation between the facts could be tested.</p>"
    else:
        body = f'<ol class="checks">{"".join(_check_html(c, facts) for c in view.checks)}</ol>'
    return (
        '<section id="checks" aria-labelledby="checks-h"><h2 id="checks-h">Checks</h2>'
        "<p>Inconsistent checks first. Follow a check's title to the facts it cites.</p>"
        '<p id="cite-status" class="sr-only" role="status" aria-live="polite"></p>'
        f"{body}</section>"
    )


def _fact_item(fact: FactView, facts: dict[str, FactView]) -> str:
    links = "".join(
        f'<li>{_e(name)}: <a href="#{dom_id("fact", target)}">{_e(target)}: '
        f"{_e(facts[target].text)}</a></li>"
        for name, target in fact.links
    )
    links_html = f'<ul class="links">{links}</ul>' if links else ""
    dom = dom_id("detail", fact.id)
    rows = [("kind", fact.kind), ("text", fact.text), *fact.fields]
    return (
        f'<li id="{dom}"><a href="#{dom_id("fact", fact.id)}">{_e(fact.id)}</a> '
        f'<span class="fact {_kind_class(fact.kind)}">{_e(fact.text)}</span>'
        f"{field_list(rows)}{links_html}</li>"
    )


def _facts_html(view: ReportView, facts: dict[str, FactView]) -> str:
    items = "".join(_fact_item(f, facts) for f in view.facts)
    body = f'<ol class="facts">{items}</ol>' if items else "<p>No facts.</p>"
    return (
        f'<section id="facts" aria-labelledby="facts-h"><h2 id="facts-h">Facts</h2>{body}</section>'
    )


def _removed_html(groups: list[RemovedGroup] | None) -> str:
    head = '<section id="removed" aria-labelledby="removed-h"><h2 id="removed-h">Removed by the cleaner</h2>'
    if groups is None:
        return (
            f"{head}<p>Not recorded: this report was built from extracted JSON, not from the page. "
            "Run <code>newsfacts show PAGE</code> to see what the cleaner removed.</p></section>"
        )
    if not groups:
        return f"{head}<p>The cleaner removed nothing it could show.</p></section>"
    total = sum(len(g.blocks) for g in groups)
    parts = []
    for group in groups:
        quotes = "".join(f"<blockquote>{_e(text)}</blockquote>" for text in group.blocks)
        parts.append(
            f"<h3>{_e(group.reason)} ({len(group.blocks)}): {_e(group.explanation)}</h3>{quotes}"
        )
    return (
        f'{head}<details class="removed"><summary>{total} blocks removed, by reason</summary>'
        f"{''.join(parts)}</details></section>"
    )


def _source_href(article: Article) -> str | None:
    for candidate in (article.metadata.canonical_url, article.source.url):
        if candidate and candidate.lower().startswith(("https://", "http://")):
            return candidate
    return None


def render_view(view: ReportView, *, index_href: str | None = None) -> str:
    """The HTML page of a prepared :class:`ReportView`."""
    facts = {f.id: f for f in view.facts}
    toc = (
        '<nav class="toc" aria-label="Sections"><a href="#article">Article</a>'
        '<a href="#checks">Checks</a><a href="#facts">Facts</a>'
        '<a href="#removed">Removed</a></nav>'
    )
    body = (
        '<a class="skip" href="#checks">Skip to the checks</a><main>'
        f"{_header_html(view, _source_href(view.article), index_href)}{toc}"
        f"{_article_html(view, facts)}{_checks_html(view, facts)}{_facts_html(view, facts)}"
        f"{_removed_html(view.removed)}"
        '<div id="fact-pop" role="tooltip" hidden></div></main>'
    )
    return document(f"newsfacts: {view.title}", body)


def render_report(
    article: Article,
    *,
    removed: Sequence[RemovedBlock] | None = None,
    index_href: str | None = None,
) -> str:
    """One article's report as a self-contained HTML page.

    Args:
        article: the Article to show.
        removed: what the cleaner removed (``clean_page(page, trace=True).removed``); None when
            unknown, which the page says.
        index_href: link back to a batch run's index page, if the report is part of one.
    """
    return render_view(build_view(article, removed=removed), index_href=index_href)
