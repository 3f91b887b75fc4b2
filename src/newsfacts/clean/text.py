"""Plain-text scrapes -> CleanDocument, paragraph by paragraph.

A scrape is a page flattened to lines: the title, the body, then whatever else the page showed
(teaser blocks, widget text), sometimes the whole body a second time. Each non-empty line is a
paragraph. The cleaner drops:

- widget lines ("Comments (0)", "0/500", "Home");
- teaser blocks: a recirculation heading ("Related article", "Most read") and the headline and
  blurb lines after it, up to the next widget line or blank gap; and, anywhere, a headline line
  followed by a blurb cut mid-sentence;
- repeated paragraphs, so a body captured twice comes out once.
"""

from __future__ import annotations

from newsfacts.clean.boilerplate import (
    ends_mid_sentence,
    is_teaser_heading,
    is_widget_line,
    looks_like_headline,
    starts_inline_promo,
)
from newsfacts.clean.dedupe import dedupe_paragraphs
from newsfacts.clean.document import CleanDocument, normalize_space, paragraph_key
from newsfacts.clean.language import detect_language
from newsfacts.clean.trace import DropLog
from newsfacts.facts import ArticleMetadata

__all__ = ["clean_text"]


def _split_lines(text: str) -> list[tuple[str, bool]]:
    """Return (line, follows_gap) for each non-empty line; follows_gap marks a blank line before."""
    out: list[tuple[str, bool]] = []
    gap = False
    for raw in text.split("\n"):
        line = normalize_space(raw)
        if not line:
            gap = True
            continue
        out.append((line, gap))
        gap = False
    return out


_FUNCTION_WORDS = frozenset(
    "a an the of to in on at for by with and or but as from that which who its their his her "
    "is are was were be has have had will would can could this these than into about".split()
)


def _is_cut_blurb(line: str, headline: str) -> bool:
    """A teaser blurb cut mid-sentence after its headline.

    It stops without closing punctuation and either stops on a function word ("... fell for
    the") or runs clearly longer than a headline.
    """
    if not ends_mid_sentence(line):
        return False
    words = line.split()
    if words and words[-1].lower() in _FUNCTION_WORDS:
        return True
    return not looks_like_headline(line) or len(words) >= len(headline.split()) + 6


def clean_text(text: str, *, url: str | None = None, trace: bool = False) -> CleanDocument:
    """Clean a plain-text scrape down to its article body.

    The first line is taken as the title when it reads as a headline (short, no closing
    punctuation) and is followed by a blank line.

    Args:
        text: the scrape.
        url: the page's address, if known.
        trace: also record the text of every removed line (``CleanDocument.removed``).
    """
    lines = _split_lines(text)
    log = DropLog(trace=trace)
    title: str | None = None
    if len(lines) > 1 and looks_like_headline(lines[0][0]) and lines[1][1]:
        title = lines[0][0]
        lines = lines[1:]
    teaser_keys: set[str] = set()
    body: list[str] = []
    in_teasers = False
    for index, (line, after_gap) in enumerate(lines):
        key = paragraph_key(line)
        if is_widget_line(line) or is_teaser_heading(line):
            in_teasers = is_teaser_heading(line)
            log.note("widget" if not in_teasers else "teaser-heading", line)
            continue
        if in_teasers and after_gap:
            in_teasers = False
        nxt = lines[index + 1][0] if index + 1 < len(lines) else None
        prev = lines[index - 1][0] if index > 0 else None
        cut_pair = looks_like_headline(line) and nxt is not None and _is_cut_blurb(nxt, line)
        cut_blurb = prev is not None and looks_like_headline(prev) and ends_mid_sentence(line)
        if in_teasers or cut_pair or (cut_blurb and paragraph_key(prev or "") in teaser_keys):
            teaser_keys.add(key)
            log.note("teaser", line)
            continue
        if key in teaser_keys or (title is not None and key == paragraph_key(title)):
            log.note("teaser" if key in teaser_keys else "title", line)
            continue
        if starts_inline_promo(line) and len(line) < 200:
            log.note("promo", line)
            continue
        body.append(line)
    paragraphs = dedupe_paragraphs(body, log)
    metadata = ArticleMetadata(
        title=title, canonical_url=url, language=detect_language("\n\n".join(paragraphs))
    )
    return CleanDocument(
        paragraphs=tuple(paragraphs),
        metadata=metadata,
        dropped=dict(log.counts),
        removed=log.removed(),
        plain=True,
    )
