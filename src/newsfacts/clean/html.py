"""HTML -> CleanDocument: one lxml parse, then a few passes over the tree.

1. read the metadata from the whole page;
2. drop what is never article text (scripts, forms, hidden copies, navigation, ads, share bars,
   comment widgets, recirculation blocks found by class/id vocabulary or by their heading);
3. pick the article container (``itemprop=articleBody``, a body-like class, ``<article>``, else the
   block holding the most paragraph text);
4. walk it into paragraphs, dropping link lists, widget lines and in-body promos;
5. drop repeated paragraphs (print and AMP copies, scrapes that captured the body twice).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from lxml import etree
from lxml import html as lxml_html

from newsfacts.clean.authors import bio_authors, byline_names, labelled_authors
from newsfacts.clean.boilerplate import (
    ACCESS_TOKENS,
    BOILERPLATE_TOKENS,
    LEAD_BOX_TOKENS,
    TEXT_TOKENS,
    is_author_note,
    is_caption_or_dateline,
    is_teaser_heading,
    is_widget_line,
    looks_like_headline,
    starts_inline_promo,
)
from newsfacts.clean.dedupe import dedupe_paragraphs
from newsfacts.clean.document import CleanDocument, normalize_space, paragraph_key
from newsfacts.clean.dom import Element, drop_tree, text_of
from newsfacts.clean.metadata import (
    dateline_published,
    descriptions,
    extract_metadata,
    fallback_published,
    jsonld_article_body,
    labelled_byline,
    labelled_published,
    markup_published,
    same_title,
)
from newsfacts.clean.thresholds import CLEANER as _T
from newsfacts.clean.trace import DropLog
from newsfacts.errors import CleanError, LimitError
from newsfacts.facts import ArticleMetadata

__all__ = ["clean_html", "parse_html"]

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "object",
    "embed",
    "form",
    "button",
    "input",
    "textarea",
    "select",
    "nav",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "canvas",
    "video",
    "audio",
    "map",
    "dialog",
)
_BLOCK_TAGS = frozenset(
    "p div section article main header li ul ol dl dd dt h1 h2 h3 h4 h5 h6 blockquote pre table "
    "tr tbody thead tfoot caption address hr br center details summary".split()
)
_PARAGRAPH_TAGS = frozenset("p h2 h3 h4 h5 h6 li blockquote pre dd dt tr".split())
#: Items that are paragraphs of their own when they hold no paragraph or list inside.
_ITEM_TAGS = frozenset({"li", "dd"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_ITEM_NESTS = frozenset({"p", "li", "dd", "ul", "ol", "dl", "div", "table"})
#: A class name (the whole name) that marks the article body; "article-body__inner" counts,
#: "article-body-content--author-blurb" (a BEM modifier on another block) does not.
_BODY_CLASS = re.compile(
    r"(?:[\w-]*[-_])?(?:article|story|entry|post|news|body|main|content)[-_]?"
    r"(?:body|content|text)(?:[-_]+(?:content|text|inner|wrapper|wrap|container|main))?",
    re.I,
)
_CTA = re.compile(
    r"^(?:apply\s+now|sign\s+up(?:\s+now)?|subscribe(?:\s+now)?|buy\s+now|shop\s+now|"
    r"get\s+(?:the\s+)?deal|learn\s+more|start\s+(?:your\s+)?free\s+trial|join\s+now|"
    r"register\s+now|download\s+(?:the\s+)?app|see\s+offer|view\s+offer)\W*$",
    re.I,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASS = frozenset(
    "print-version print-only printonly hidden visually-hidden sr-only screen-reader-text "
    "amp-copy d-none is-hidden".split()
)
#: Parts of a compound class name that say the block embeds a quoted post in the article.
_EMBED_TOKENS = frozenset({"embed", "embedded", "tweet"})
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


#: An internal DTD subset (``<!DOCTYPE x [ <!ENTITY ...> ]>``): the HTML parser ignores its
#: entities but would show the subset's tail as body text, so it goes before parsing.
_DTD_SUBSET = re.compile(r"<!DOCTYPE[^\[>]{0,1000}\[.*?\]\s*>", re.I | re.S)


def _parser() -> lxml_html.HTMLParser:
    """A fresh HTML parser that never touches the network or the file system.

    lxml's HTML parser does not load DTDs or expand external entities; ``no_network`` and the
    default ``huge_tree=False`` (libxml2's depth and size caps) are stated here so that no later
    change of defaults can turn them on.
    """
    return lxml_html.HTMLParser(no_network=True, huge_tree=False, remove_pis=True)


def parse_html(
    markup: str, *, max_depth: int | None = None, max_nodes: int | None = None
) -> lxml_html.HtmlElement:
    """Parse markup with lxml's HTML parser (forgiving; never raises on malformed tags).

    No entity is resolved and nothing is fetched (XXE, billion laughs and external DTDs are
    inert); processing instructions are dropped.

    Args:
        markup: the page.
        max_depth: refuse trees nested deeper than this.
        max_nodes: refuse trees with more elements than this.

    Raises:
        CleanError: the document has no element at all.
        LimitError: the tree exceeds ``max_depth`` or ``max_nodes``.
    """
    markup = _XML_DECL.sub("", markup)
    prolog = markup[: _T.prolog_chars]
    if "[" in prolog and _DTD_SUBSET.search(prolog):
        markup = _DTD_SUBSET.sub("", prolog, count=1) + markup[_T.prolog_chars :]
    try:
        tree = lxml_html.document_fromstring(markup, parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        raise CleanError(f"unparseable HTML: {exc}") from exc
    if max_depth is not None or max_nodes is not None:
        _check_size(tree, max_depth, max_nodes)
    return tree


def _check_size(tree: Element, max_depth: int | None, max_nodes: int | None) -> None:
    depth = nodes = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        nodes += 1
        if max_depth is not None and depth > max_depth:
            raise LimitError(
                f"HTML nested deeper than {max_depth} levels (max_dom_depth)", limit="max_dom_depth"
            )
        if max_nodes is not None and nodes > max_nodes:
            raise LimitError(
                f"HTML has more than {max_nodes} elements (max_dom_nodes)", limit="max_dom_nodes"
            )


def _tokens(el: Element) -> tuple[frozenset[str], frozenset[str]]:
    """The words of an element's class and id names, as (strong, weak) evidence of furniture.

    A name is split on ``-``, ``_``, ``:`` and case changes. Two kinds of part are weak: a BEM
    modifier (``TestReport__Section--Ads``, ``o-section--has-ads``: often a variant of a block,
    sometimes what it is, as in ``article-body--author-blurb``), the parts of a compound name
    that also says it holds text (``elementor-widget-text-editor``), and the parts of a long id
    (maybe an anchor made of a heading's words, ``nav_nur_die_folie__1``; ``comment-42`` is
    strong). A weak word marks only a block with little prose (see
    :func:`_flag_boilerplate`).
    """
    return _name_tokens(el.get("class") or "", el.get("id") or "")


@lru_cache(maxsize=4096)
def _name_tokens(classes: str, ident: str) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`_tokens` of a class attribute and an id (pages repeat a few names many times)."""
    strong: set[str] = set()
    weak: set[str] = set()
    for name in classes.split():
        block, _, modifier = name.partition("--")
        parts = _name_parts(block)
        if len(parts) > 1 and _EMBED_TOKENS.intersection(parts):
            continue  # "social-media-embed": a post quoted in the article, not a share bar
        if len(parts) > 1 and TEXT_TOKENS.intersection(parts):
            weak.update(parts)
        else:
            strong.add(block.lower())
            strong.update(parts)
            strong.update(_joined_pairs(parts))  # "most-read" -> "mostread", "next-post"
        weak.update(_name_parts(modifier))
    ident = ident.strip()
    if ident:
        strong.add(ident.lower())  # id="comments", id="sidebar"
        parts = _name_parts(ident)
        # a long id may be an anchor made of a heading's words ("nav_nur_die_folie__1"): weak
        (strong if len(parts) < _T.slug_parts else weak).update([*parts, *_joined_pairs(parts)])
    return frozenset(strong), frozenset(weak - strong)


def _joined_pairs(parts: tuple[str, ...]) -> list[str]:
    """Adjacent parts of a name written as one word: a name's words may be split or not."""
    return [a + b for a, b in pairwise(parts)]


@lru_cache(maxsize=4096)
def _name_parts(name: str) -> tuple[str, ...]:
    return tuple(p.lower() for p in re.split(r"[-_:]+", _CAMEL.sub("-", name)) if p)


def _is_hidden(el: Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if _HIDDEN_STYLE.search(el.get("style") or ""):
        return True
    classes = {c.lower() for c in (el.get("class") or "").split()}
    return bool(classes & _HIDDEN_CLASS)


def _marked_body(el: Element) -> bool:
    if el.get("itemprop") == "articleBody":
        return True
    classes = el.get("class")
    return bool(classes) and _body_classes(classes)


@lru_cache(maxsize=4096)
def _body_classes(classes: str) -> bool:
    return any(_BODY_CLASS.fullmatch(name) for name in classes.split())


def _paragraph_nodes(tree: Element) -> list[tuple[Element, int]]:
    """Prose paragraphs with their weight (characters outside links).

    A paragraph is a ``<p>``, or a block whose own text (not its children's) is long: pages that
    separate paragraphs with ``<br>`` have no ``<p>`` at all. When that finds almost no prose,
    list items and definitions count too: bodies made only of numbered steps or of pros and cons
    (on other pages list items are mostly headline tickers and menus, so they do not vote).
    """
    found: list[tuple[Element, int]] = []
    items: list[tuple[Element, int]] = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "p":
            weight = len(normalize_space(text_of(el))) - _link_len(el)
        elif el.tag in _ITEM_TAGS:
            if any(isinstance(c.tag, str) and c.tag in _ITEM_NESTS for c in el.iterdescendants()):
                continue
            weight = len(normalize_space(text_of(el))) - _link_len(el)
            if weight >= _T.paragraph_chars:
                items.append((el, weight))
            continue
        elif el.tag in {"div", "td", "section", "article", "span", "font"}:
            own = (el.text or "") + "".join(child.tail or "" for child in el)
            weight = len(normalize_space(own))
            if weight < _T.own_text_chars:
                continue
        else:
            continue
        if weight >= _T.paragraph_chars:
            found.append((el, weight))
    if sum(w for _, w in found) < _T.items_vote_below:
        found.extend(items)
    return found


def _prose_weights(tree: Element) -> dict[Element, int]:
    """Characters of prose under every element (see :func:`_paragraph_nodes`), in one pass.

    Used to keep a block that holds the article from being dropped for a class name it shares
    with page furniture ("post-sidebar-layout").
    """
    weights: dict[Element, int] = {}
    for el, weight in _paragraph_nodes(tree):
        node: Element | None = el
        while node is not None:
            weights[node] = weights.get(node, 0) + weight
            node = node.getparent()
    return weights


#: Class words of blocks that are never the article even when a body-like class sits inside:
#: reader comments, the author's box, recirculation.
_NOT_BODY_WORDS = frozenset(
    "comment comments commentlist disqus respond reply replies author authorbio bio related".split()
)


def _in_comment(el: Element) -> bool:
    return any(_tokens(a)[0] & _NOT_BODY_WORDS for a in el.iterancestors())


class _Guard:
    """Decides whether a boilerplate-looking element may be dropped."""

    def __init__(self, tree: Element) -> None:
        self.weights = _prose_weights(tree)
        self.total = max(1, self.weights.get(tree, 0))
        self.body_ancestors: set[Element] = set()
        for el in tree.iter():
            if isinstance(el.tag, str) and _marked_body(el) and not _in_comment(el):
                node: Element | None = el
                while node is not None:
                    self.body_ancestors.add(node)
                    node = node.getparent()

    def protected(self, el: Element, share: float = 0.3) -> bool:
        """Never drop the article body, an ancestor of it, or a block with most of the prose."""
        if el.tag in {"html", "body"} or el in self.body_ancestors:
            return True
        return self.weights.get(el, 0) >= share * self.total


#: Dropped elements whose text is code or markup, never something a reader would miss.
_UNREADABLE = frozenset({"script", "style", "template", "svg", "noscript"})


def _drop(el: Element, log: DropLog, reason: str, root: Element | None = None) -> None:
    parent = el.getparent()
    if parent is None:
        return
    text = None
    if log.tracing and isinstance(el.tag, str) and el.tag not in _UNREADABLE:
        # an element inside a block dropped earlier is counted (as before) but not shown twice
        if root is None or any(a is root for a in el.iterancestors()):
            text = "\n".join(para for para, _ in _paragraphs(el))
    log.note(reason, text)
    drop_tree(el)


def _strip_furniture(tree: Element, log: DropLog) -> _Guard:
    """Drop what is never article text: scripts, forms, navigation, asides, hidden copies."""
    for el in list(tree.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(el, log, "comment")
    guard = _Guard(tree)
    for el in list(tree.iter(*_DROP_TAGS)):
        if el.tag == "form" and guard.protected(el):
            continue  # ASP.NET-style pages wrap the whole page, article included, in a <form>
        if el.tag == "aside" and guard.protected(el, _T.aside_article_share):
            continue  # some templates put the article itself in an <aside>
        _drop(el, log, f"tag:{el.tag}", tree)
    for el in list(tree.iter()):
        if (
            not isinstance(el.tag, str)
            or el.getparent() is None
            or guard.protected(el, _T.hidden_keep_share)
        ):
            continue
        if _is_hidden(el):
            _drop(el, log, "hidden", tree)
    return guard


def _flag_boilerplate(tree: Element, guard: _Guard, described: set[str]) -> dict[Element, str]:
    """Elements that look like page furniture or recirculation, with the reason.

    They are only flagged here: the article container is chosen without their paragraphs, then
    the flagged elements inside it are dropped. A wrapper with a furniture-like class
    ("layout-with-sidebar") around the whole article cannot take the article with it.
    """
    flagged: dict[Element, str] = {}
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag == "body" or el in guard.body_ancestors:
            continue
        strong, weak = _tokens(el)
        if strong & BOILERPLATE_TOKENS:
            if strong & BOILERPLATE_TOKENS <= ACCESS_TOKENS and not _access_prompt(el):
                continue  # "<p class="paywall">": the article's own text behind a paywall
            flagged[el] = "class"
        elif strong & LEAD_BOX_TOKENS and described and _text_len(el) < _T.dek_chars:
            text = normalize_space(text_of(el))
            if any(_repeats(text, d) for d in described):
                flagged[el] = "dek"
        elif (
            weak & BOILERPLATE_TOKENS
            and el.tag not in _HEADINGS
            and guard.weights.get(el, 0) < _T.weak_class_max_prose
        ):
            flagged[el] = "class"
    for card in _inline_cards(tree):
        flagged[card] = "inline-card"
    for card in _story_cards(tree, guard, flagged):
        flagged.setdefault(card, "story-card")
    for cta in tree.iter("a", "button"):
        if not _CTA.match(normalize_space(text_of(cta))):
            continue
        box = None
        for ancestor in cta.iterancestors():
            if ancestor in guard.body_ancestors or ancestor.tag in {"body", "html"}:
                break
            if _longer_than(ancestor, _T.cta_box_max_chars) or guard.protected(
                ancestor, _T.cta_box_keep_share
            ):
                break
            box = ancestor
        if box is not None:
            flagged[box] = "promo-box"
    for heading in tree.iter("h2", "h3", "h4", "h5", "h6", "strong", "span", "div", "p", "b"):
        if len(heading) > 2 or not is_teaser_heading(normalize_space(text_of(heading))):
            continue
        block = heading.getparent()
        if block is not None and not guard.protected(block, _T.teaser_keep_share):
            flagged[block] = "teaser-block"
            continue
        flagged[heading] = "teaser-heading"
        follower = heading.getnext()
        if follower is not None and (
            _text_len(follower) < _T.teaser_follower_chars
            or _link_len(follower) > _T.teaser_follower_links * _text_len(follower)
        ):
            flagged[follower] = "teaser-block"
    return flagged


#: What a paywall's own box says: an offer to subscribe or sign in, not the article.
_ACCESS_PROMPT = re.compile(
    r"\b(?:subscri\w+|sign\s+in|log\s+in|sign\s+up|register|unlock|free\s+trial|"
    r"continue\s+reading|already\s+a\s+member|members?\s+only|per\s+(?:month|week))\b",
    re.I,
)


def _access_prompt(el: Element) -> bool:
    """Whether a block marked as a paywall is its prompt, not article text gated behind it.

    Publishers mark the paragraphs behind a paywall ("paywall", "metered") with the same word
    as the box that asks readers to pay: the box is short, offers a subscription or a sign-in,
    or is mostly links; gated prose reads like the rest of the article.
    """
    text = normalize_space(text_of(el))
    if not text or _ACCESS_PROMPT.search(text):
        return True
    if len(text) < _T.paragraph_chars and el.tag not in _HEADINGS:
        return True  # a subheading of the gated text stays
    return _link_len(el) * 2 > len(text)


def _is_card(el: Element) -> bool:
    return el.find(".//img") is not None and len(el.findall(".//a")) >= 2


def _inline_cards(tree: Element) -> list[Element]:
    """Hover cards hidden inside running text.

    A picture and a list of links inside a ``<span>`` of a paragraph; the innermost such span is
    returned, so that the linked name in the sentence stays.
    """
    cards = []
    for span in tree.iter("span"):
        if not _is_card(span) or not any(a.tag == "p" for a in span.iterancestors()):
            continue
        if any(isinstance(c.tag, str) and _is_card(c) for c in span):
            continue
        cards.append(span)
    return cards


def _story_cards(tree: Element, guard: _Guard, furniture: dict[Element, str]) -> list[Element]:
    """Cards of other stories: a linked headline with a picture and a few words.

    The smallest block around a heading (``<h2>``-``<h4>``) that is a link or sits in one, that
    also holds an image or a second link to the same story, and less than ``_T.card_max_chars``
    characters of text. Headings of the
    article's own sections are not links; a figure with a caption has no linked headline; a
    heading inside furniture already found (a share bar's "SHARE" link) heads no story.
    """
    cards: list[Element] = []
    for heading in tree.iter("h2", "h3", "h4"):
        if _inside(heading, furniture):
            continue
        link = heading.find(".//a[@href]")
        if link is None:
            link = next((a for a in heading.iterancestors("a") if a.get("href")), None)
        if link is None:
            continue
        href = link.get("href")
        for block in heading.iterancestors():
            if block.tag in {"body", "html"} or guard.protected(block, 0.2):
                break
            if _longer_than(block, _T.card_max_chars):
                break
            # a picture, or the same story linked again (its image, a "read more")
            same = sum(1 for a in block.iter("a") if a.get("href") == href)
            if block.find(".//img") is not None or same >= _T.card_links:
                cards.append(block)
                break
    return cards


def _inside(el: Element, ancestors: set[Element] | dict[Element, str]) -> bool:
    node: Element | None = el
    while node is not None:
        if node in ancestors:
            return True
        node = node.getparent()
    return False


def _longer_than(el: Element, limit: int) -> bool:
    """True when the element's text exceeds ``limit`` characters; stops reading once it does."""
    total = 0
    for piece in el.itertext():
        total += len(piece.strip())
        if total > limit:
            return True
    return False


def _text_len(el: Element) -> int:
    return len(normalize_space(text_of(el)))


def _link_len(el: Element) -> int:
    return sum(len(normalize_space(text_of(a))) for a in el.iter("a"))


def _find_container(
    tree: Element,
    flagged: dict[Element, str],
    every: list[tuple[Element, int]] | None = None,
    leads: frozenset[str] = frozenset(),
) -> Element:
    """Pick the block that holds the article.

    Paragraph scores go to each paragraph's parent (in full) and grandparent (half), as in
    readability; paragraphs inside flagged furniture do not count (unless that leaves almost
    nothing, and nothing outside the furniture opens like the page's description: a short post
    beside a long strip of teasers is still the post). The best-scoring block wins. A block the page labels as the body
    (``itemprop=articleBody``, a body-like class, ``<article>``) is preferred when it encloses or
    sits inside the winner and holds at least half of its prose: evidence, not proof.
    """
    every = _paragraph_nodes(tree) if every is None else every
    paragraphs = [(el, w) for el, w in every if not _inside(el, flagged)]
    outside = sum(w for _, w in paragraphs)
    if (
        outside < _T.unflagged_min_share * sum(w for _, w in every)
        or outside < _T.unflagged_min_chars
    ) and not any(_opens_like(el, leads) for el, _ in paragraphs):
        paragraphs = every
    weights: dict[Element, int] = {}
    scores: Counter[Element] = Counter()
    for el, weight in paragraphs:
        parent = el.getparent()
        if parent is not None:
            scores[parent] += weight
            grand = parent.getparent()
            if grand is not None:
                scores[grand] += weight // 2
        node: Element | None = el
        while node is not None:
            weights[node] = weights.get(node, 0) + weight
            node = node.getparent()
    if not scores:
        body = tree.find("body")
        return body if body is not None else tree
    best = scores.most_common(1)[0][0]
    best_line = set(best.iterancestors()) | {best}
    labels = [
        el
        for el in weights
        if isinstance(el.tag, str)
        and (_marked_body(el) or el.tag == "article")
        and (el in best_line or best in set(el.iterancestors()))
    ]
    if labels:
        label = max(labels, key=lambda el: weights[el])
        if weights[label] >= 0.5 * weights[best]:
            return label
    return best


def _lead_keys(summaries: set[str]) -> frozenset[str]:
    """Opening keys of the page's descriptions (a description is often the lead, cut short)."""
    keys = (paragraph_key(text)[: _T.lead_key_chars] for text in summaries)
    return frozenset(key for key in keys if len(key) == _T.lead_key_chars)


def _opens_like(el: Element, leads: frozenset[str]) -> bool:
    return bool(leads) and paragraph_key(text_of(el))[: _T.lead_key_chars] in leads


def _titled_article(tree: Element, title: str | None) -> Element | None:
    """The ``<article>`` whose heading is the page's title, when the page holds several.

    Pages that list stories (infinite scroll, a section front opened on one story) have many
    ``<article>`` blocks; the one headed by the page's title is the page's story.
    """
    if not title:
        return None
    articles = [el for el in tree.iter("article") if _longer_than(el, _T.story_before)]
    if len(articles) < 2:
        return None
    for el in articles:
        for heading in el.iter("h1", "h2", "h3"):
            if same_title(title, normalize_space(text_of(heading))):
                return el
    return None


def _body_heading(
    tree: Element, first: Element | None, flagged: dict[Element, str], title: str | None
) -> str | None:
    """The article's own headline when the page's declared title is not a heading of the page.

    Blog templates put the site's name in ``<h1>`` and in the meta tags and the post's title in an
    ``<h2>`` above the post. When no heading of the page says what the declared title says, the
    last ``<h1>``/``<h2>`` before the body's first paragraph (outside page furniture) is the
    title. Returns None when the declared title stands. ``first`` is the body's first paragraph.
    """
    if first is None:
        return None
    headings: list[str] = []
    last: str | None = None
    for el in tree.iter():
        if el is first:
            break
        if isinstance(el.tag, str) and el.tag in {"h1", "h2"} and not _inside(el, flagged):
            text = normalize_space(text_of(el))
            if text:
                headings.append(text)
                last = text
    if last is None or (title and any(same_title(title, h) for h in headings)):
        return None
    for el in tree.iter("h1", "h2", "h3"):
        text = normalize_space(text_of(el))
        if title and text and same_title(title, text):
            return None
    if len(last) > _T.max_title_chars or len(last.split()) < 2:
        return None  # a paragraph in a heading tag, or a section label ("Politics")
    return last


def _dateline_lines(
    tree: Element, container: Element, first: Element | None, title: str | None
) -> list[str]:
    """Short texts from the headline to the body's first paragraph, where datelines stand.

    Without a headline on the page, the window opens at the start of the container's parent.
    At most ``_T.dateline_lines`` texts of up to ``_T.dateline_chars`` characters each.
    """
    start = None
    for el in tree.iter("h1", "h2"):
        if title and same_title(title, normalize_space(text_of(el))):
            start = el
            break
    if start is None:
        start = container.getparent() if container.getparent() is not None else container
    lines: list[str] = []
    opened = False
    for el in tree.iter():
        if el is start:
            opened = True
            continue
        if el is first or len(lines) >= _T.dateline_lines:
            break
        if not opened or not isinstance(el.tag, str) or el.tag in _UNREADABLE:
            continue
        # a line break ends a line: "By Ana Ruiz<br>Ledger Correspondent" is two
        pieces = [el.text or ""]
        for child in el:
            if child.tag == "br":
                pieces.append("\n")
            pieces.append(f" {child.tail or ''}")
        for own in "".join(pieces).split("\n"):
            own = normalize_space(own)
            if own and len(own) <= _T.dateline_chars:
                lines.append(own)
        if (
            el.tag in _LINE_BLOCKS
            and 0 < len(el) <= _LINE_PARTS
            and not any(c.tag == "br" or c.tag in _LINE_BREAKERS for c in el)
        ):
            # a short block of inline parts is one line as well: "<span>Ana Ruiz</span> ·
            # <span>Staff reporter</span> · March 2, 2012"
            whole = normalize_space(text_of(el))
            if whole and len(whole) <= _T.dateline_chars and whole not in lines:
                lines.append(whole)
    return lines


#: Blocks whose whole short text is read as one line near the headline: made of at most
#: ``_LINE_PARTS`` inline parts (a wrapper of blocks is never read whole, so the text of the
#: article around the headline is not gathered again for each of its wrappers).
_LINE_BLOCKS = frozenset({"p", "div", "li", "dd", "address"})
_LINE_PARTS = 8
_LINE_BREAKERS = frozenset(
    {"p", "div", "li", "ul", "ol", "table", "section", "article", "header", "h1", "h2", "h3"}
)


def _appended_stories(container: Element, title: str | None) -> list[Element]:
    """Other articles appended after the one the page is about (infinite-scroll templates).

    A top-level heading (``<h1>``) inside the container that is not the page's title and comes
    after at least ``_T.story_before`` characters of prose starts another story: its block is the
    largest one around the heading that holds none of the prose before it.
    """
    title_key = paragraph_key(title or "")
    seen_prose = 0
    first_prose: Element | None = None
    stories: list[Element] = []
    for el in container.iter():
        if not isinstance(el.tag, str) or (stories and _inside(el, set(stories))):
            continue
        if el.tag == "p":
            weight = len(normalize_space(text_of(el))) - _link_len(el)
            if weight >= 25:
                seen_prose += weight
                if first_prose is None:
                    first_prose = el
        elif el.tag == "h1" and seen_prose >= _T.story_before and first_prose is not None:
            key = paragraph_key(text_of(el))
            if not key or (title_key and (key in title_key or title_key in key)):
                continue
            prose_line = set(first_prose.iterancestors())
            block = el
            while block.getparent() is not container:
                parent = block.getparent()
                if parent is None or parent in prose_line:
                    break
                block = parent
            if block is not container:
                stories.append(block)
    return stories


_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*\s*$""")


def _with_prose_siblings(container: Element, flagged: dict[Element, str]) -> list[Element]:
    """The container plus the siblings that read as more of the same article.

    Pages often put the lead paragraph ("summary", "standfirst-as-lede") in a block beside the
    main text. A sibling joins when it is not furniture, has little link text, and holds prose
    that ends a sentence, as readability does.
    """
    parent = container.getparent()
    if parent is None:
        return [container]
    blocks = []
    for sibling in parent:
        if sibling is container:
            blocks.append(sibling)
            continue
        if not isinstance(sibling.tag, str) or _inside(sibling, flagged):
            continue
        if sibling.tag == "article" or _opens_with(sibling, links=False):
            continue  # an <article>, or a block under its own top or linked heading: a story
        if any(el in flagged for el in sibling.iter()):
            continue
        text = normalize_space(text_of(sibling))
        if len(text) < 100 or _link_len(sibling) > 0.25 * len(text):
            continue
        if _SENTENCE_END.search(text) and sum(w for _, w in _paragraph_nodes(sibling)) >= 80:
            blocks.append(sibling)
    return blocks


def _with_repeated_blocks(
    tree: Element, container: Element, blocks: list[Element], flagged: dict[Element, str]
) -> list[Element]:
    """Add the other copies of the container's component: bodies built of repeated text blocks.

    Page builders (a text-editor widget per section) and tourism or magazine templates split one
    article into many blocks of the same tag and class. Blocks with exactly the container's tag
    and class, outside furniture and with prose of their own, join in page order. A container
    without a class, or whose class repeats too often (a list of cards), takes nobody.
    """
    cls = (container.get("class") or "").strip()
    if not cls or container.tag not in {"div", "section"}:
        return blocks
    if {p for name in cls.split() for p in _name_parts(name)} & _CARD_WORDS:
        return blocks  # "blog_teaser_text": the container is itself one card of a list
    # when the container itself sits in "furniture", the class words misfire on this template
    trust_flags = not _inside(container, flagged)
    twins = [
        el
        for el in tree.iter(container.tag)
        if el.get("class", "").strip() == cls
        and el is not container
        and not (trust_flags and _inside(el, flagged))
        and not _inside(el, set(blocks))
        and not _inside(container, {el})
    ]
    if not twins or len(twins) > _T.max_twins or any(_is_teaser_card(el) for el in twins):
        return blocks
    joined = [
        el
        for el in twins
        if sum(w for _, w in _paragraph_nodes(el)) >= _T.twin_prose
        and _link_len(el) <= 0.25 * max(1, _text_len(el))
    ]
    if not joined:
        return blocks
    order = {el: i for i, el in enumerate(tree.iter())}
    return sorted([*blocks, *joined], key=lambda el: order[el])


def _is_teaser_card(el: Element) -> bool:
    """A block that opens with a headline or a link: a card of another story, not a section."""
    return _opens_with(el, links=True)


def _opens_with(el: Element, *, links: bool) -> bool:
    """A block under its own top heading, or whose first text is a linked heading.

    With ``links``, a block whose first text is any link counts too. A section of the article
    opens with a plain heading or with prose.
    """
    if el.find(".//h1") is not None:
        return True
    for node in el.iter():
        if node is el or not isinstance(node.tag, str):
            continue
        if links and node.tag == "a" and normalize_space(text_of(node)):
            return True
        if node.tag in {"h2", "h3", "h4"} and normalize_space(text_of(node)):
            return node.find(".//a[@href]") is not None or any(
                a.tag == "a" for a in node.iterancestors() if _inside(a, {el})
            )
        if normalize_space(node.text or ""):
            return False
    return False


#: Class words of a card in a list of stories.
_CARD_WORDS = frozenset("teaser card excerpt preview snippet summary item listing".split())


#: Elements drawn in place of text (images, players): they part the words around them.
_REPLACED_TAGS = frozenset({"img", "picture", "svg", "video", "audio", "iframe", "embed", "object"})


def _glued(buf: list[str], text: str) -> bool:
    """Whether an element's text would glue a capitalised word onto a lower-case one.

    A word does not go on in capitals across an element's start ("DC Comics" then a pop-up
    note "In the mid-1980s ..."): such a run is two words, and gets a space between.
    """
    if not buf or not text[:1].isupper() or " " not in text.strip():
        return False  # one word across elements ("Mc<b>Donald</b>", "i<b>Phone</b>") stays one
    last = buf[-1][-1:] if buf[-1] else ""
    return last.islower() and text[1:2].islower()


def _paragraphs(container: Element) -> list[tuple[str, float]]:
    """Walk a container into (paragraph text, link density) in reading order."""
    out: list[tuple[str, float]] = []
    buf: list[str] = []
    link_chars = [0]

    def flush() -> None:
        text = normalize_space("".join(buf))
        if text:
            out.append((text, min(1.0, link_chars[0] / max(1, len(text)))))
        buf.clear()
        link_chars[0] = 0

    def walk(el: Element, in_link: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if tag == "br":
            buf.append("\n")
        elif tag in {"td", "th"} or tag in _REPLACED_TAGS:
            # a table row is one paragraph, its cells separated by spaces; an image between
            # two runs of text separates them ("Arrow<img>The first show")
            buf.append(" ")
        link = in_link or tag == "a"
        if el.text and _glued(buf, el.text):
            buf.append(" ")  # "DC Comics<span>In the 1980s ...": a note, not the word's end
        if el.text:
            buf.append(el.text)
            if link:
                link_chars[0] += len(el.text.strip())
        for child in el:
            walk(child, link)
            if child.tail:
                buf.append(child.tail)
                if link:
                    link_chars[0] += len(child.tail.strip())
        if block or tag in _PARAGRAPH_TAGS:
            flush()

    walk(container, False)
    flush()
    return out


def clean_html(
    markup: str,
    *,
    url: str | None = None,
    trace: bool = False,
    max_depth: int | None = None,
    max_nodes: int | None = None,
) -> CleanDocument:
    """Clean an HTML page down to its article body and metadata.

    Args:
        markup: the page.
        url: the page's address, if known.
        trace: also record the text of every removed block (``CleanDocument.removed``).
        max_depth: refuse trees nested deeper than this (``LimitError``).
        max_nodes: refuse trees with more elements than this (``LimitError``).

    Raises:
        CleanError: the markup cannot be parsed at all.
        LimitError: the tree exceeds ``max_depth`` or ``max_nodes``.
    """
    tree = parse_html(markup, max_depth=max_depth, max_nodes=max_nodes)
    # lxml makes a Python proxy (and runs its class lookup) each time an element is visited
    # unless one is alive: holding them all for the call makes the passes below cheaper
    _alive = list(tree.iter())
    metadata = extract_metadata(tree, url=url)
    declared = jsonld_article_body(tree)
    described = descriptions(tree)
    log = DropLog(trace=trace)
    guard = _strip_furniture(tree, log)
    flagged = _flag_boilerplate(tree, guard, described)
    every = _paragraph_nodes(tree)
    container = _find_container(tree, flagged, every, _lead_keys(described))
    titled = _titled_article(tree, metadata.title)
    if titled is not None and not _inside(container, {titled}):
        # a list of stories: the page's own wins over another one or over the whole list
        container = _find_container(titled, flagged)
    dropped_bylines: list[str] = []
    mine = _drop_flagged_inside(tree, container, flagged, every, log, dropped_bylines)
    first = next(
        (el for el, w in mine if w >= _T.first_paragraph and el.getparent() is not None), None
    )
    shown_title = _body_heading(tree, first, flagged, metadata.title)
    if shown_title is not None:
        metadata = metadata.model_copy(update={"title": shown_title})
    for story in _appended_stories(container, metadata.title):
        _drop(story, log, "next-article", tree)
    blocks = _with_prose_siblings(container, flagged)
    blocks = _with_repeated_blocks(tree, container, blocks, flagged)
    if len(blocks) > 1:
        log.note("sibling", count=len(blocks) - 1)  # joined, not removed: counted, not shown
    kept, bylines, byline_at = _sort_paragraphs(blocks, metadata.title, log)
    bylines = dropped_bylines + bylines
    paragraphs = dedupe_paragraphs(kept, log)
    header = _dateline_lines(tree, container, first, metadata.title)
    metadata = _with_shown_authors(metadata, tree, header + bylines)
    if not metadata.authors and (bio := bio_authors(paragraphs, not_people=_site(metadata))):
        metadata = metadata.model_copy(update={"authors": bio})
    metadata = _with_shown_day(metadata, tree, container, flagged, header, bylines, url)
    paragraphs = _drop_dek(paragraphs, described, byline_at or 0, log)
    paragraphs = _drop_pull_quotes(paragraphs, log)
    if declared:
        paragraphs = _weigh_declared_body(paragraphs, declared, log)
    return CleanDocument(
        paragraphs=tuple(paragraphs),
        metadata=metadata,
        dropped=dict(log.counts),
        removed=log.removed(),
    )


def _drop_flagged_inside(
    tree: Element,
    container: Element,
    flagged: dict[Element, str],
    every: list[tuple[Element, int]],
    log: DropLog,
    shown: list[str],
) -> list[tuple[Element, int]]:
    """Drop the flagged elements inside the container; return the container's paragraphs.

    A flagged element that holds much of the container's prose stays: the class name misled us.
    The short text of a dropped byline or dateline block ("March 2, 2024 - By Ana Ruiz") is
    added to ``shown``, where the authors and the day are read from when markup names neither.
    """
    mine = [(el, w) for el, w in every if _inside(el, {container})]
    inner: dict[Element, int] = {}
    for el, weight in mine:
        node: Element | None = el
        while node is not None:
            inner[node] = inner.get(node, 0) + weight
            node = None if node is container else node.getparent()
    inner_total = max(1, inner.get(container, 0))
    for el, reason in flagged.items():
        if el is container or container not in set(el.iterancestors()):
            continue
        if inner.get(el, 0) >= _T.holds_article_share * inner_total:
            continue  # it holds the article: the class name misled us
        if reason == "class" and _tokens(el)[0] & _BYLINE_TOKENS:
            text = normalize_space(text_of(el))
            if text and len(text) <= _T.dateline_chars:
                shown.append(text)
        _drop(el, log, reason, tree)
    return mine


#: Class words of a block that holds the byline or the dateline: read before it is dropped.
_BYLINE_TOKENS = frozenset({"byline", "bylines", "dateline", "timestamp"})


def _sort_paragraphs(
    blocks: list[Element], title: str | None, log: DropLog
) -> tuple[list[str], list[str], int | None]:
    """The body paragraphs of the blocks, the byline lines met, and how many came before one."""
    kept: list[str] = []
    bylines: list[str] = []
    byline_at: int | None = None  # how many body paragraphs came before the byline / dateline
    title_key = (title or "").casefold()
    for text, density in (pair for block in blocks for pair in _paragraphs(block)):
        if (
            is_widget_line(text)
            or is_caption_or_dateline(text)
            or is_author_note(text)
            or byline_names(text)
        ):
            log.note("widget", text)
            if (
                is_caption_or_dateline(text)
                or is_author_note(text)
                or _BYLINE.match(text)
                or byline_names(text)
            ):
                bylines.append(text)
                if byline_at is None:
                    byline_at = len(kept)
        elif density > _T.link_list_density and not _linked_prose(text, density):
            log.note("link-list", text)
        elif starts_inline_promo(text) and (
            density > _T.promo_density or len(text) < _T.promo_chars
        ):
            log.note("promo", text)
        elif text.casefold() == title_key:
            log.note("title", text)
        else:
            kept.append(text)
    return kept, bylines, byline_at


def _site(metadata: ArticleMetadata) -> list[str]:
    return [n for n in (metadata.site_name,) if n]


def _with_shown_authors(
    metadata: ArticleMetadata, tree: Element, lines: list[str]
) -> ArticleMetadata:
    """Authors from the lines around the headline, or a labelled byline, when markup named none."""
    site = _site(metadata)
    if metadata.authors:
        # a labelled byline near the headline that names them all and more: "By Ana Ruiz and
        # Raj Menon" where the markup names only the first
        # (the strict reading of a line that is only a byline, and no word glued to the next:
        # "By Eric Song and IGN StaffUpdated" names one person)
        shown = next((n for line in lines if (n := byline_names(line, not_people=site))), [])
        named = {a.casefold() for a in metadata.authors}
        # the page's name in its <title> ("... | Lower Valley Ledger") is no co-writer
        title = normalize_space(" ".join(text_of(t) for t in tree.iter("title")))
        if (
            len(shown) > len(named)
            and named < {a.casefold() for a in shown}
            and not any(_GLUED_WORDS.search(a) for a in shown)
            and not any(
                a.casefold() in title.casefold() for a in shown if a.casefold() not in named
            )
        ):
            return metadata.model_copy(update={"authors": shown})
        return metadata
    found = labelled_authors(lines, not_people=site) or labelled_byline(tree, site)
    return metadata.model_copy(update={"authors": found}) if found else metadata


def _with_shown_day(
    metadata: ArticleMetadata,
    tree: Element,
    container: Element,
    flagged: dict[Element, str],
    header: list[str],
    bylines: list[str],
    url: str | None,
) -> ArticleMetadata:
    """The publication day: a stamp moved to the day readers saw, or found on the page itself."""
    if metadata.published is not None:
        shown = [dateline_published(header)]
        if _UTC_STAMP.search(metadata.published):  # an address's day only against UTC
            shown.append(_url_day([metadata.canonical_url, url]))
        local = _local_day(metadata.published, shown)
        if local is not None:
            return metadata.model_copy(update={"published": local})
        return metadata
    region = container.getparent()
    if region is None:
        region = container
    times = [
        str(t.get("datetime") or text_of(t)) for t in region.iter("time") if not _inside(t, flagged)
    ]
    found = fallback_published(times, urls=[metadata.canonical_url, url], bylines=bylines)
    if not found:
        found = dateline_published(header + bylines) or labelled_published(tree)
    if not found:
        # the tree is not read after this point: htmldate gets it without page furniture
        # and recirculation (a related card's date is not this article's)
        for el in flagged:
            if el.getparent() is not None and not _inside(container, {el}):
                drop_tree(el)
        found = markup_published(tree, metadata.canonical_url or url)
    return metadata.model_copy(update={"published": found}) if found else metadata


_WORDS = re.compile(r"\w+")


def _local_day(stamp: str, shown: list[str | None]) -> str | None:
    """The day a reader saw, when a machine time stamp has moved it by its time zone.

    A page's meta or JSON-LD stamp is often in UTC ("2019-11-20T02:59:46Z") while the story
    went out the evening before, local time, as its dateline or (against a UTC stamp) its
    address says ("November 19, 2019 at 8:59 pm", "/2019/11/19/"). A shown day one day off wins
    when a time zone where news is written could make it: the day before for a stamp before
    08:00 UTC (the Americas), the day after for one from 15:00 UTC (east Asia, Australia).
    Relative dates in the text ("on Tuesday") count from it. Anything else stays.
    """
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None  # a stamp without a zone is already local
    utc = moment.astimezone(dt.UTC)
    for day in shown:
        if not day:
            continue
        try:
            seen = dt.date.fromisoformat(day[:10])
        except ValueError:
            continue
        gap = (seen - utc.date()).days
        if (gap == -1 and utc.hour < _T.west_before) or (gap == 1 and utc.hour >= _T.east_from):
            return seen.isoformat()
        if gap == 0:
            return None
    return None


#: A time stamp in UTC ("...Z", "+00:00"): the day it shows may not be the local one.
_UTC_STAMP = re.compile(r"T[\d:.]+(?:Z|[+-]00:?00)$", re.I)


def _url_day(urls: list[str | None]) -> str | None:
    """The day in a page's address ("/2019/11/19/"), if any."""
    return fallback_published([], urls=urls, bylines=[])


_BYLINE = re.compile(r"^by\b", re.I)
#: Two words run together ("StaffUpdated"): page furniture glued to a name.
_GLUED_WORDS = re.compile(r"[a-z][A-Z]")


def _linked_prose(text: str, density: float) -> bool:
    """True for a link-rich paragraph that is still prose.

    A finished sentence with words of its own between the links ("... a grant from the
    <a>Foundation</a> for $5,000."), or a long one.
    """
    own_chars = (1 - density) * len(text)
    if own_chars >= 150:
        return True
    return bool(_SENTENCE_END.search(text)) and own_chars / 6 >= 8


def _drop_pull_quotes(paragraphs: list[str], log: DropLog) -> list[str]:
    """Drop short paragraphs whose words nearly all stand in a long paragraph: pull quotes.

    Linear: the 4-grams of the long paragraphs (300+ characters) are pooled once.
    """
    pool: set[tuple[str, ...]] = set()
    for para in paragraphs:
        if len(para) >= _T.pull_quote_chars:
            pool |= _shingle_set(para)
    kept = []
    for para in paragraphs:
        if len(para) < _T.pull_quote_chars:
            mine = _shingle_set(para)
            if len(mine) >= 4 and len(mine & pool) >= _T.pull_quote_share * len(mine):
                log.note("pull-quote", para)
                continue
        kept.append(para)
    return kept


def _drop_dek(paragraphs: list[str], described: set[str], before: int, log: DropLog) -> list[str]:
    """Drop a leading paragraph that repeats the page's description: the dek.

    Many sites also use the lede as description, so the repeat is a dek only when it stands above
    the byline (``before`` paragraphs precede it) or reads as a headline, not a sentence. A description cut short ("...") matches
    the paragraph it opens.
    """
    if len(paragraphs) < 4 or not described:
        return paragraphs
    for index in range(2):
        para = paragraphs[index]
        if index >= before and not looks_like_headline(para):
            continue
        if any(_repeats(para, text) for text in described):
            log.note("dek", para)
            return paragraphs[:index] + paragraphs[index + 1 :]
    return paragraphs


def _repeats(paragraph: str, description: str) -> bool:
    """True when the paragraph is the description, or opens with a description cut short."""
    para_key, key = paragraph_key(paragraph), paragraph_key(description)
    if para_key == key:
        return True
    cut = description.rstrip().endswith(("...", "\u2026", "[\u2026]"))
    return cut and len(key) >= _T.lead_key_chars and para_key.startswith(key)


def _shingle_set(text: str) -> set[tuple[str, ...]]:
    words = _WORDS.findall(text.casefold())
    if len(words) < 4:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def _weigh_declared_body(paragraphs: list[str], declared: str, log: DropLog) -> list[str]:
    """Use the page's JSON-LD ``articleBody`` as evidence about the body we found.

    - When the page's markup gave (almost) nothing, the declared body is the article (pages that
      render their text with JavaScript still ship it in JSON-LD).
    - When the declared body looks complete (at least 80% of what we found), paragraphs that
      share no word 4-gram with it are boilerplate we failed to recognise.
    - A declared body that is a teaser (much shorter than ours) changes nothing.
    """
    declared_paras = [normalize_space(p) for p in re.split(r"\n\s*\n|\n", declared)]
    declared_paras = [p for p in declared_paras if p]
    declared_len = sum(len(p) for p in declared_paras)
    found_len = sum(len(p) for p in paragraphs)
    if declared_len < 200:
        return paragraphs
    if found_len < 0.5 * declared_len:
        log.note("jsonld-body")  # the markup's few paragraphs give way to the declared body
        for para in paragraphs:
            log.note("jsonld-body", para, count=0)
        return dedupe_paragraphs(declared_paras)
    if declared_len >= 0.8 * found_len:
        evidence = _shingle_set(declared)
        kept = []
        for para in paragraphs:
            if _shingle_set(para) & evidence or len(_WORDS.findall(para)) < 4:
                kept.append(para)
            else:
                log.note("not-in-jsonld-body", para)
        return kept
    return paragraphs
