"""Page metadata: title, publication date, authors, site, canonical URL and language.

Sources in order of trust: JSON-LD (``NewsArticle`` and kin), Open Graph and other meta tags,
``<time>`` inside the article, a date in the URL, the visible byline. Dates from scripts other
than JSON-LD and from "related" cards are never used.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from lxml import html as lxml_html

from newsfacts.clean.authors import LINE_LABEL, byline_names, split_authors
from newsfacts.clean.document import normalize_space
from newsfacts.clean.dom import Element, find_all, find_string, find_strings, text_of
from newsfacts.facts import ArticleMetadata
from newsfacts.vocab import DATELINE_MONTHS

__all__ = [
    "dateline_published",
    "descriptions",
    "extract_metadata",
    "fallback_published",
    "jsonld_article_body",
    "labelled_byline",
    "labelled_published",
    "markup_published",
    "normalize_published",
    "same_title",
    "split_authors",
]

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "blogposting",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "webpage",
    "liveblogposting",
}
_URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|-)")
#: Other ways addresses write the day: the year, one or two section folders, then month and day
#: ("/2011/WORLD/africa/02/22/", "/2013/middle_east/8/3/"), or eight digits in one part
#: ("/20120302-council-backs-plan"), read only when :data:`_URL_DATE` finds nothing.
_URL_DATES = (
    _URL_DATE,
    re.compile(r"/(20\d{2}|19\d{2})/(?:[A-Za-z][A-Za-z_-]*/){1,2}(\d{1,2})/(\d{1,2})/"),
    re.compile(r"[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"),
)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


#: JSON-LD nested deeper than this is not read (hostile pages nest arrays a thousand deep).
_JSONLD_DEPTH = 20


def _load_jsonld(text: str | None, *, strict: bool = True) -> Any:
    """A JSON-LD block's data, or None when it is not JSON or nests too deep to parse."""
    try:
        return json.loads(text or "", strict=strict)
    except (ValueError, TypeError, RecursionError):
        return None


def _walk_jsonld(root: Any) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD block, its ``@graph`` and main entities, in document order.

    Iterative with a depth cap: no recursion a hostile block can exhaust.
    """
    stack: list[tuple[Any, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > _JSONLD_DEPTH:
            continue
        if isinstance(node, list):
            stack.extend((item, depth + 1) for item in reversed(node))
        elif isinstance(node, dict):
            yield node
            children = [node[k] for k in ("@graph", "mainEntity", "itemListElement") if k in node]
            stack.extend((child, depth + 1) for child in reversed(children))


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type", [])
    names = raw if isinstance(raw, list) else [raw]
    return {str(n).lower() for n in names}


def _names(value: Any, *, people: bool = False) -> list[str]:
    """The names in a JSON-LD value (a string, an object with ``name``, or a list of them).

    With ``people``, objects typed as something other than a person (an Organization) are
    skipped.
    """
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        if people and _types(value) and "person" not in _types(value):
            return []
        name = value.get("name")
        if isinstance(name, list):  # "name": ["Ana Ruiz"]
            return [str(n) for n in name if isinstance(n, str)]
        if name is None and people:  # a person given by parts: "givenName", "familyName"
            parts = [value.get(k) for k in ("givenName", "additionalName", "familyName")]
            joined = " ".join(p for p in parts if isinstance(p, str) and p.strip())
            return [joined] if joined else []
        return [str(name)] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for item in value for n in _names(item, people=people)]
    return []


#: Publication years outside this range are placeholders ("0001-01-01"), not dates.
_PLAUSIBLE_YEARS = range(1900, 2101)


def normalize_published(value: str) -> str | None:
    """Return an ISO 8601 date or tz-aware datetime for a date string, or None.

    Naive datetimes are reduced to their date (their time zone is unknown). Placeholder dates
    (a year before 1900 or after 2100, such as ``0001-01-01``) count as no date.
    """
    found = _normalize_published(value)
    if found is None or int(found[:4]) not in _PLAUSIBLE_YEARS:
        return None
    return found


def _normalize_published(value: str) -> str | None:
    text = value.strip()
    if not text:
        return None
    candidate = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        parsed = dt.datetime.fromisoformat(candidate)
    except ValueError:
        parsed = None
    if parsed is not None:
        if parsed.tzinfo is not None and ("T" in candidate or " " in candidate):
            return parsed.isoformat()
        return parsed.date().isoformat()
    match = _ISO_DAY.search(text)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            return None
    import dateparser  # lazily: only for non-ISO dates

    found = dateparser.parse(
        text,
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return found.date().isoformat() if found else None


_MetaIndex = dict[tuple[str, str], list[str]]
#: The meta tags of the last tree read (one entry: the tree itself is the key, so a tree that is
#: gone is never matched; a second thread at worst reads the tags again).
_LAST_META: tuple[Element, _MetaIndex] | None = None


def _meta_index(tree: Element) -> _MetaIndex:
    """(attribute, key) -> the values of the page's ``<meta>`` tags, read in one pass.

    ``content=`` is the value; some pages write it in ``value=`` instead.
    """
    global _LAST_META
    cached = _LAST_META
    if cached is not None and cached[0] is tree:
        return cached[1]
    index: _MetaIndex = {}
    for node in tree.iter("meta"):
        value = node.get("content")
        if value is None:
            value = node.get("value")
        if value is None:
            continue
        for attr in ("property", "name", "itemprop"):
            key = node.get(attr)
            if key:  # keys compared without case: "DC.creator", "dc.creator"
                index.setdefault((attr, key.strip().casefold()), []).append(str(value))
    _LAST_META = (tree, index)
    return index


def _meta(tree: Element, *keys: str) -> str | None:
    index = _meta_index(tree)
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            for value in index.get((attr, key.casefold()), ()):
                if value.strip():
                    return normalize_space(value)
    return None


#: The fields of an article's JSON-LD that name people, read as its authors in this order.
_PEOPLE_FIELDS = ("author", "creator")


def _jsonld(tree: Element) -> dict[str, Any]:
    """The page's article object in JSON-LD, its people references resolved, or {}.

    An author given only as a reference (``{"@id": "#/schema/person/1"}``, as WordPress SEO
    plugins write it) takes the name of the object with that ``@id`` anywhere on the page.
    """
    best: dict[str, Any] = {}
    named: dict[str, dict[str, Any]] = {}
    for script in find_all(tree, '//script[@type="application/ld+json"]'):
        data = _load_jsonld(script.text)
        if data is None:
            continue
        for node in _walk_jsonld(data):
            types = _types(node)
            if isinstance(node.get("@id"), str) and "name" in node:
                named.setdefault(node["@id"], node)
            if types & _ARTICLE_TYPES and ("headline" in node or "datePublished" in node):
                if not best or "webpage" in _types(best):
                    best = node
    if best and named:
        best = {**best, **{k: _resolved(best[k], named) for k in _PEOPLE_FIELDS if k in best}}
    return best


def _resolved(value: Any, named: dict[str, dict[str, Any]]) -> Any:
    """A JSON-LD value with each bare ``{"@id": ...}`` reference replaced by its object."""
    if isinstance(value, list):
        return [_resolved(item, named) for item in value]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        found = named.get(value["@id"])
        return {**found, _BY_REFERENCE: True} if found else value
    return value


#: Marks a JSON-LD person read through an ``@id`` reference (see :func:`_jsonld`).
_BY_REFERENCE = "@newsfacts:by-reference"


def _shown_text(tree: Element) -> str:
    """The page's visible text (no scripts, styles or templates), spaces collapsed."""
    path = "//body//text()[not(ancestor::script or ancestor::style or ancestor::template)]"
    return normalize_space(" ".join(find_strings(tree, path)))


def _jsonld_people(tree: Element, value: Any, not_people: list[str]) -> list[str]:
    """The people a JSON-LD ``author`` or ``creator`` names, each once.

    A person read through a reference is the site's account for the post, which on many
    blogs is not shown as its author: it counts only when the page shows the name.
    """
    shown: str | None = None
    found: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        names = [
            name
            for raw in _names(item, people=True)
            for name in split_authors(raw, not_people=not_people, given_name=True)
        ]
        if names and isinstance(item, dict) and item.get(_BY_REFERENCE):
            shown = _shown_text(tree).casefold() if shown is None else shown
            names = [n for n in names if n.casefold() in shown]
        found.extend(names)
    return list(dict.fromkeys(found))


def descriptions(tree: Element) -> set[str]:
    """The page's summaries of itself (meta, Open Graph, Twitter, JSON-LD ``description``)."""
    found: set[str] = set()
    for key in ("description", "og:description", "twitter:description"):
        for attr in ("name", "property"):
            for value in find_strings(tree, f'//meta[@{attr}="{key}"]/@content'):
                if str(value).strip():
                    found.add(normalize_space(str(value)))
    described = _jsonld(tree).get("description")
    if isinstance(described, str) and described.strip():
        found.add(normalize_space(described))
    return found


def jsonld_article_body(tree: Element) -> str | None:
    """The longest ``articleBody`` any JSON-LD block of the page carries, as plain text."""
    best = ""
    for script in find_all(tree, '//script[@type="application/ld+json"]'):
        data = _load_jsonld(script.text, strict=False)
        if data is None:
            continue
        for node in _walk_jsonld(data):
            body = node.get("articleBody")
            if isinstance(body, str) and len(body) > len(best):
                best = body
    if not best.strip():
        return None
    if "<" in best and ">" in best:
        try:
            best = "\n".join(str(t) for t in lxml_html.fromstring(f"<div>{best}</div>").itertext())
        except (ValueError, TypeError):
            pass
    return best


def _lang(tree: Element, jsonld: dict[str, Any]) -> str | None:
    raw = find_string(tree, "string(/html/@lang)") or _meta(tree, "og:locale", "content-language")
    if not raw:
        in_lang = jsonld.get("inLanguage")
        raw = in_lang if isinstance(in_lang, str) else None
    if not raw:
        equiv = find_strings(tree, '//meta[@http-equiv="content-language"]/@content')
        raw = str(equiv[0]) if equiv else None
    if not raw:
        return None
    primary = re.split(r"[-_]", str(raw).strip())[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


_TITLE_PARTS = re.compile(r"\s+(?:[|–—·:»«-]|::)\s+|\s+[|–—]\s*$")
_TITLE_WORD = re.compile(r"\w+")
#: Two titles are one when this share of their words is shared (edits, a dropped subtitle)...
_SAME_TITLE = 0.6
#: ... or when this share of the shorter one's words stands in the longer one.
_TITLE_INSIDE = 0.75


def _strip_site(title: str, site: str | None) -> str:
    """Drop the site's name from a title ("Port volumes climb | Harbour Ledger")."""
    parts = [p for p in _TITLE_PARTS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    site_key = (site or "").casefold()
    if site_key and parts[-1].casefold() == site_key:
        return normalize_space(title[: title.casefold().rindex(site_key)]).rstrip(" |–—·:-")
    if site_key and parts[0].casefold() == site_key:
        return normalize_space(title[len(parts[0]) :]).lstrip(" |–—·:-")
    return title


def same_title(a: str, b: str) -> bool:
    """True when two titles say the same.

    Most of their words are shared, or the shorter one (three words or more) stands nearly
    whole inside the longer one (a kicker or a site name added).
    """
    wa, wb = set(_TITLE_WORD.findall(a.casefold())), set(_TITLE_WORD.findall(b.casefold()))
    if not wa or not wb:
        return False
    shared = len(wa & wb)
    shorter = min(len(wa), len(wb))
    return shared / len(wa | wb) >= _SAME_TITLE or (
        shorter >= 3 and shared / shorter >= _TITLE_INSIDE
    )


def _host(url: str | None) -> str:
    """The host of an address, or "" (a page's own links may be malformed: "https://[site/")."""
    try:
        return urlsplit(url or "").hostname or ""
    except ValueError:
        return ""


def _site_keys(site: str | None, url: str | None) -> set[str]:
    """Forms of the site's name a title must not be: the name, the host, the host's label."""
    keys = {site.casefold()} if site else set()
    host = re.sub(r"^www\.", "", _host(url))
    if host:
        keys |= {host, host.rsplit(".", 1)[0]}
    return keys


def _plausible_title(text: str, site_keys: set[str]) -> bool:
    """Not the site's name or address, not a URL slug ("kindersitztest-herbst-2018")."""
    key = text.casefold().strip()
    if not key or key in site_keys or re.sub(r"\s+", "-", key) in site_keys:
        return False
    if re.sub(r"[\s-]+", "", key) in site_keys:
        return False  # "Valley Notes" on valleynotes.example
    return " " in key or not re.search(r"[-_/]", key)


def _title(tree: Element, jsonld: dict[str, Any], site: str | None, url: str | None) -> str | None:
    """The headline as the page shows it.

    The page's declared titles (JSON-LD ``headline``, Open Graph, Twitter, ``<title>``, each
    without the site's name) are evidence; an ``<h1>`` that says the same is the displayed form
    and wins. No title is the site's name or address, or a URL slug.
    """
    site_keys = _site_keys(site, url)
    declared: list[str] = []
    headline = jsonld.get("headline")
    if isinstance(headline, str):
        declared.append(normalize_space(html.unescape(headline)))
    for key in ("og:title", "twitter:title"):
        value = _meta(tree, key)
        if value:
            declared.append(html.unescape(value))
    declared = [_strip_site(t, site) for t in declared if t]
    declared = [t for t in declared if _plausible_title(t, site_keys)]
    raw = normalize_space(find_string(tree, "string(//title)"))
    in_tag = _strip_site(raw, site) if raw else ""
    if in_tag == raw:
        in_tag = _drop_site_part(raw, site_keys)
    in_tag = in_tag if _plausible_title(in_tag, site_keys) else ""
    tag_parts = [p for p in _TITLE_PARTS.split(in_tag) if len(p.split()) >= 2]
    shown = [
        normalize_space(text_of(h))
        for level in ("h1", "h2", "h3")
        for h in tree.iter(level)
        if not any(a.tag in {"nav", "footer", "aside"} for a in h.iterancestors())
    ][: 3 * _MAX_H1]
    shown = [t for t in shown if _plausible_title(t, site_keys)]
    evidence = declared + ([in_tag] if in_tag else []) + tag_parts
    exact = {t.casefold() for t in evidence}
    # the same words with other spacing: markup's line breaks before a hidden colon ("Abrechnung
    # <span>: </span>") put a space the page does not show, so the declared form is kept
    unspaced = {_SPACES.sub("", t).casefold(): t for t in reversed(evidence)}
    for text in shown:  # a heading that says exactly what a declared title says comes first
        if text.casefold() in exact:
            return text
        if (same := unspaced.get(_SPACES.sub("", text).casefold())) is not None:
            return same
    for text in shown:
        if any(same_title(text, d) for d in evidence):
            return text
    if declared:
        return declared[0]
    h1s = [normalize_space(text_of(h)) for h in find_all(tree, "//h1")[:_MAX_H1]]
    h1s = [t for t in h1s if _plausible_title(t, site_keys)]
    if h1s:
        return h1s[0]
    marked = [
        normalize_space(text_of(h))
        for h in find_all(tree, _MARKED_HEADLINE)
        if h.tag != "meta"
        and not any(a.tag in {"nav", "footer", "aside"} for a in h.iterancestors())
    ]
    marked = [
        t for t in marked if t and len(t) <= _HEADLINE_CHARS and _plausible_title(t, site_keys)
    ]
    return marked[0] if marked else in_tag or None


_SPACES = re.compile(r"\s+")
#: Markup that says "this is the headline" where a page has no ``<h1>``: schema.org's
#: ``itemprop=headline`` and the hAtom ``entry-title`` / a ``headline`` class token.
_MARKED_HEADLINE = (
    '//*[@itemprop="headline" or contains(concat(" ", normalize-space(@class), " "), " entry-title ")'
    ' or contains(concat(" ", normalize-space(@class), " "), " headline ")][position() <= 10]'
)
#: A headline is short.
_HEADLINE_CHARS = 300


def _drop_site_part(title: str, site_keys: set[str]) -> str:
    """Drop the part of a ``<title>`` that names the site when the site's name is unknown.

    That part resembles the host ("Internet-Law » Post title" on internet-law.de); without one,
    the last part goes.
    """
    parts = [p.strip() for p in _TITLE_PARTS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    host_words = {w for key in site_keys for w in re.split(r"[-.\s]+", key) if w}
    for i, part in enumerate(parts):
        words = _TITLE_WORD.findall(part.casefold())
        if words and sum(w in host_words for w in words) / len(words) >= 0.5:
            return " - ".join(parts[:i] + parts[i + 1 :])
    return " - ".join(parts[:-1])


#: Only the first few ``<h1>`` of a page are read (templates repeat them in every card).
_MAX_H1 = 10


#: Markup that says "this is the author": a ``rel=author`` link, ``itemprop=author``, and the
#: formatted name (``fn``) of an hCard that is the author's (``<span class="author vcard">``).
#: ``itemprop`` and ``rel`` hold space-separated tokens ("author name"); ``<author>`` is no HTML
#: element, but some publishing systems write one around the byline.
_MARKED_AUTHOR = (
    '//*[contains(concat(" ", normalize-space(@rel), " "), " author ") or '
    'contains(concat(" ", normalize-space(@itemprop), " "), " author ") or '
    'contains(@class, "fn")] | //author'
)


def _marks_author(node: Element) -> bool:
    if node.tag == "author":
        return True
    if (
        "author" in (node.get("rel") or "").split()
        or "author" in (node.get("itemprop") or "").split()
    ):
        return True
    return "fn" in (node.get("class") or "").split() and any(
        "author" in (a.get("class") or "").split() for a in node.iterancestors()
    )


#: A byline is short: its box is the largest ancestor (a few levels up) with at most this text.
_BYLINE_BOX_CHARS = 200


def _byline_box(node: Element) -> Element | None:
    """The block around a marked author name that holds its byline and nothing much more."""
    box = node
    for ancestor in list(node.iterancestors())[:3]:
        if ancestor.tag in {"body", "html"} or len(text_of(ancestor)) > _BYLINE_BOX_CHARS:
            break
        box = ancestor
    return box


def _byline_authors(tree: Element, not_people: list[str]) -> list[str]:
    """The names in the visible byline.

    Links and elements marked as the author (``rel=author``, ``itemprop=author``) are precise:
    the names of the first of them and of those in the same byline, in order. Otherwise the first element whose class says author or
    byline and that holds a name.
    """
    marked: list[str] = []
    nodes = [
        n
        for n in find_all(tree, _MARKED_AUTHOR)
        if n.tag not in {"meta", "link", "script"} and _marks_author(n) and not _in_furniture(n)
    ]
    if nodes:  # one byline: the first marked name and those beside it, not every teaser card's
        box = _byline_box(nodes[0])
        nodes = [n for n in nodes if n is box or any(a is box for a in n.iterancestors())]
    for node in nodes:
        named = find_all(node, './/*[@itemprop="name"]')  # itemprop=author > itemprop=name
        texts = (
            [named[0].get("content") or ""]
            if named and named[0].tag == "meta"
            else _texts_of(named[0] if named else node)
        )
        for text in texts:
            names = split_authors(text, not_people=not_people, given_name=True)
            if names:
                marked.extend(names)
                break
    if marked:
        return list(dict.fromkeys(marked))
    nodes = [
        n
        for n in find_all(tree, _BYLINE_PATH)
        if n.tag not in {"meta", "link", "script"} and not _in_furniture(n)
    ]
    inside = {a for n in nodes for a in n.iterancestors()}
    # the innermost first: "byline-section" holds "author" (the names) and "publication" (a
    # paper's name, which would spoil the names read as one run of text)
    innermost = [n for n in nodes if n not in inside]
    for node in innermost + [n for n in nodes if n in inside]:
        names = _names_in_box(node, not_people)
        if names:
            # one box per writer ("author-card", "byline__author"): the boxes of the same kind
            # beside it in the same byline name the others
            box = _byline_box(node)
            for other in innermost:
                if (
                    other is not node
                    and other.get("class") == node.get("class")
                    and any(a is box for a in other.iterancestors())
                ):
                    names.extend(_names_in_box(other, not_people))
            return list(dict.fromkeys(names))
    for link in find_all(tree, _AUTHOR_PAGE_LINK):  # last: a link to the author's page
        text = normalize_space(text_of(link))
        if (
            not _in_furniture(link)
            and 0 < len(text) <= 60
            and _capitalised(text)
            and _stands_alone(link)
        ):
            names = split_authors(text, not_people=not_people)
            if names:
                return names
    return []


def _names_in_box(node: Element, not_people: list[str]) -> list[str]:
    """The names of a byline box: its first line's that names someone, and the lines after it.

    Only lines that go on from it ("By Ana Ruiz<br>and Tom Becker") are read with it.
    """
    texts = _texts_of(node)
    for i, text in enumerate(texts):
        names = split_authors(text, not_people=not_people)
        if names:
            joined = text
            for line in texts[i + 1 :]:
                if not _GOES_ON.match(line):
                    break
                joined = f"{joined} {line}"
            more = split_authors(joined, not_people=not_people) if joined != text else []
            return more if len(more) > len(names) and set(names) <= set(more) else names
    return []


#: A byline line that goes on from the one before: "By Ana Ruiz" / "and Tom Becker".
_GOES_ON = re.compile(r"^(?:and|und|et|y|e|with|&|,)\s", re.I)


#: Words of a class, id or test hook that says "the byline is here" (``class="byline__name"``,
#: ``data-testid="byline"``, ``data-component="byline-block"``, ``class="contributor"``).
_BYLINE_HOOKS = (
    "uthor",
    "UTHOR",
    "autor",
    "Autor",
    "yline",
    "YLINE",
    "y-line",  # "by-line"
    "ontributor",
    "riter",
    "eporter",
    "ubmitted",
    "firma",  # Spanish, Italian and Portuguese for the signature line ("p.firma")
)
_BYLINE_ATTRS = ("class", "id", "data-testid", "data-component", "data-qa")
#: One union per attribute group, in document order: testing an attribute alone is cheaper
#: than testing the attributes' joined values, and the test hooks are rare.
_HOOK_GROUPS = (_BYLINE_ATTRS[:1], _BYLINE_ATTRS[1:2], _BYLINE_ATTRS[2:])
_BYLINE_PATH = " | ".join(
    "//*[{has}][{hooked}]".format(
        has=" or ".join(f"@{a}" for a in group),
        hooked=" or ".join(f'contains(@{a}, "{hook}")' for a in group for hook in _BYLINE_HOOKS),
    )
    for group in _HOOK_GROUPS
)
#: A byline's text is short.
_BYLINE_CHARS = 120
#: Elements that end a line of a byline box: blocks, breaks and the date (``<time>``).
_BYLINE_BREAKS = frozenset({"br", "p", "div", "li", "ul", "ol", "time", "h2", "h3", "h4", "h5"})


#: Ends a line while a byline box's text is read (the markup's own newlines are spaces).
_LINE_END = "\u2029"


def _texts_of(node: Element) -> list[str]:
    """A byline box's text to read names from: its lines, then its whole text, each short.

    Lines end at blocks, breaks and a ``<time>`` (so "Ana Ruiz" / "Harbour Ledger" in two
    blocks, or "By Ana Ruiz <time>March 2</time>", are not read as one run of words), and the
    words of two inline elements stay apart ("<span>Ana Ruiz</span><span>Reporter</span>").
    """
    pieces: list[str] = []

    def walk(el: Element) -> None:
        if el.tag in _BYLINE_BREAKS:
            pieces.append(_LINE_END)
            if el.tag == "time":
                pieces.append(el.tail or "")
                return
        if isinstance(el.tag, str) and el.tag not in _NOT_TEXT:
            pieces.append(el.text or "")
            for child in el:
                walk(child)
                if child.tag not in _BYLINE_BREAKS:
                    pieces.append(" ")
        if el is not node:
            if el.tag in _BYLINE_BREAKS:
                pieces.append(_LINE_END)
            pieces.append(el.tail or "")

    whole = normalize_space(text_of(node))
    if len(whole) > _BYLINE_BOX_CHARS:
        return []  # a page or an article whose class holds "author" ("single-author")
    walk(node)
    lines = [normalize_space(line) for line in "".join(pieces).split(_LINE_END)]
    texts = [line for line in lines if line] + [whole]
    return [t for t in dict.fromkeys(texts) if len(t) <= _BYLINE_CHARS]


#: The folder of a site's pages about its writers ("/author/modejournalistin/",
#: "/autoren/ana-ruiz", "/profiles/ana-ruiz", "/by/ana-ruiz", "/people/ana-ruiz/").
_AUTHOR_FOLDERS = (
    "author",
    "authors",
    "autor",
    "autoren",
    "auteur",
    "profile",
    "profiles",
    "by",
    "people",
    "staff",
    "contributor",
    "contributors",
    "journalist",
    "journalists",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "columnist",
    "columnists",
)
#: A link to an author's page on the site.
_AUTHOR_PAGE_LINK = (
    "//a["
    + " or ".join(f'contains(@href, "/{folder}/")' for folder in _AUTHOR_FOLDERS)
    + "][position() <= 20]"
)
#: Elements whose text is the line an author's link stands in.
_LINK_LINE = frozenset({"p", "div", "li", "dd", "td", "address", "header", "section", "article"})


def _stands_alone(link: Element) -> bool:
    """Whether a link stands in a short line of its own (a byline), not in a sentence.

    "said <a href="/people/ana-ruiz">Ana Ruiz</a>, the mayor, ..." links a topic page about a
    person the story names; a byline's line is short.
    """
    for el in link.iterancestors():
        if el.tag in _LINK_LINE:
            return len(normalize_space(text_of(el))) <= _BYLINE_CHARS
    return True


#: Words of a link to an author's page that is not the author's name ("More Articles").
_AUTHOR_LINK_UI = frozenset(
    "more all articles posts stories view see read latest profile bio about contact follow "
    "email beiträge artikel alle mehr weitere profil".split()
)


def _capitalised(text: str) -> bool:
    """Every word capitalised or a name particle, and none a link's label ("More Articles")."""
    words = text.split()
    if any(w.casefold() in _AUTHOR_LINK_UI for w in words):
        return False
    return all(w[0].isupper() or w in {"von", "van", "der", "de", "and", "und"} for w in words)


def labelled_byline(tree: Element, not_people: list[str]) -> list[str]:
    """The names of the page's first line that is a labelled byline and nothing else, or [].

    The last resort when no markup, meta tag or line near the headline names the author: a
    byline anywhere on the page outside reader comments and furniture ("<strong>Author</strong>
    Julian Tompkin" in a side column, ``<div class="dig-autoren">Von Clemens Höges</div>``).
    """
    for el, _ in _labelled_elements(tree, _LABEL_START):
        names = byline_names(_line_of(el), not_people=not_people)
        if names:
            return names
    return []


def _labelled_elements(
    tree: Element, label: re.Pattern[str]
) -> Iterator[tuple[Element, re.Match[str]]]:
    """The page's elements outside furniture whose own text opens with ``label``, in order.

    At most :data:`_MAX_BYLINE_TRIES` label-like texts are tried (bounded work on hostile
    pages); each comes with the label's match in its text (spaces collapsed).
    """
    tried = 0
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _NOT_TEXT or not el.text:
            continue
        match = label.match(normalize_space(el.text))
        if not match:
            continue
        tried += 1
        if tried > _MAX_BYLINE_TRIES:
            return
        if not _in_furniture(el):
            yield el, match


#: Labels that open a line stating when the story was published, in the languages the
#: cleaner meets most ("Publié le 29/10/2012", "Veröffentlicht am 14. Juni 2019").
_PUBLISHED_LABELS = (
    "published",
    "published on",
    "first published",
    "posted",
    "posted on",
    "publié le",
    "publié",
    "mis en ligne le",
    "veröffentlicht",
    "veröffentlicht am",
    "erschienen am",
    "publicado",
    "publicado el",
    "pubblicato il",
    "pubblicato",
    "gepubliceerd op",
)
_PUBLISHED_LABEL = re.compile(
    r"^(?i:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(_PUBLISHED_LABELS, key=len, reverse=True)
    )
    + r")\b\s*:?\s*"
)


def labelled_published(tree: Element) -> str | None:
    """The day of the page's first line that says "Published" and gives a date, or None.

    After the markup, the dateline near the headline and the byline, before htmldate: such a
    line may stand anywhere (a top bar that follows the story in the markup), but its label
    says what the date is, where a date alone may be a related card's or the copyright year.
    """
    for _, match in _labelled_elements(tree, _PUBLISHED_LABEL):
        date = _DATELINE_DATE.match(match.string, match.end())
        if date and (day := _dateline_day(date)):
            return day
    return None


def _line_of(el: Element) -> str:
    """An element's text up to its first line break or block, with the name after a lone label."""
    parts = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str) or child.tag in _LINE_BREAKS:
            break
        parts.extend((text_of(child), child.tail or ""))
    line = normalize_space("".join(parts))
    if len(el) == 0 and el.tail and len(line.split()) <= 2:
        line = f"{line} {normalize_space(el.tail)}"  # <strong>Author</strong> Julian Tompkin
    return line


#: A text that opens like a byline label (checked before anything costlier).
_LABEL_START = re.compile(r"(?i:" + LINE_LABEL + r")\b")
_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "title", "option", "textarea"})
_LINE_BREAKS = frozenset(
    {"br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "table", "time"}
)
#: At most this many label-like texts are read per page (bounded work on hostile pages).
_MAX_BYLINE_TRIES = 50


#: Where author-like markup is never the article's byline: reader comments, forms, captions.
_NOT_BYLINE = re.compile(r"comment|respond|reply|caption|credit|figure|footer|related", re.I)
#: Class names that start with one of these words hold no byline either: a sidebar's widgets
#: and quotations (a quote's "author" is the person quoted). Whole words only: a page
#: "withSidebar" or a body class naming a theme still holds the article's byline.
_NOT_BYLINE_BLOCKS = frozenset({"sidebar", "quote", "blockquote", "pullquote"})
_CLASS_HEAD = re.compile(r"[-_]")


def _in_furniture(node: Element) -> bool:
    for el in (node, *node.iterancestors()):
        if el.tag in {"form", "figure", "figcaption", "nav", "blockquote", "q"}:
            return True
        if el.tag == "footer" and not any(a.tag == "article" for a in el.iterancestors()):
            return True  # the page's footer; an article's own footer holds its byline
        if _NOT_BYLINE.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            return True
        if el.tag not in {"body", "html", "article", "main"} and any(
            _CLASS_HEAD.split(name, maxsplit=1)[0].casefold() in _NOT_BYLINE_BLOCKS
            for name in f"{el.get('class') or ''} {el.get('id') or ''}".split()
        ):
            return True
    return False


def _authors(tree: Element, jsonld: dict[str, Any], not_people: list[str]) -> list[str]:
    """Authors by decreasing trust: JSON-LD people, the author meta tags, the visible byline."""
    authors: list[str] = []
    for field in _PEOPLE_FIELDS[: 1 if "author" in jsonld else None]:  # "creator": no "author"
        authors = _jsonld_people(tree, jsonld.get(field), not_people)
        if authors:
            break
    from_meta = not authors
    if not authors:
        authors = _meta_authors(tree, not_people)
    shown = _byline_authors(tree, not_people)
    if not authors:
        return shown or _data_authors(tree, not_people)
    if from_meta and shown and not {a.casefold() for a in authors} & {a.casefold() for a in shown}:
        return shown  # an author tag naming someone the byline does not (an editor, a template)
    if len(shown) > len(authors) and {a.casefold() for a in authors} <= {
        a.casefold() for a in shown
    }:
        return shown  # the visible byline names everyone the metadata names, and more
    return authors


#: Keys under which analytics objects in inline scripts (``utag_data``, ``dataLayer``) and
#: ``data-*`` attributes name the article's writers.
_DATA_AUTHOR_KEYS = (
    "author",
    "authors",
    "author_name",
    "authorname",
    "articleauthor",
    "article_author",
    "page_author",
    "content_author",
    "byline",
)
_DATA_AUTHOR = re.compile(
    r"""(?<![\w.$-])["']?(?i:"""
    + "|".join(_DATA_AUTHOR_KEYS)
    + r""")["']?\s*[:=]\s*["']([^"'<>{}\[\]]{3,160})["']"""
)
#: Separators of the names in such a value ("Ana Ruiz|Tom Becker").
_DATA_SEPARATORS = re.compile(r"\s*[|;]\s*")
#: At most this many characters of a page's inline scripts are searched.
_DATA_SCRIPT_CHARS = 400_000


#: The parts of the keys of :data:`_DATA_AUTHOR_KEYS` a script is searched for with ``str.find``
#: (much cheaper than the pattern at every position); the pattern runs around each of them.
_KEY_PARTS = ("uthor", "UTHOR", "yline", "YLINE")


def _keyed_values(code: str) -> list[str]:
    """The values of the author keys in a script's text (see :data:`_DATA_AUTHOR`)."""
    found: dict[int, str] = {}
    for part in _KEY_PARTS:
        at = code.find(part)
        while at >= 0:
            window = code[max(0, at - 16) : at + 200]
            for match in _DATA_AUTHOR.finditer(window):
                found.setdefault(max(0, at - 16) + match.start(), match.group(1))
            at = code.find(part, at + 1)
    return [found[k] for k in sorted(found)]


def _data_authors(tree: Element, not_people: list[str]) -> list[str]:
    """Writers named in the page's analytics data or ``data-author`` attributes, or [].

    The last resort, when neither markup nor a visible byline names anyone: such values are
    often an account, an editor or an identifier, so a name counts only when the page's
    visible text shows it.
    """
    values = [
        el.get(attr) or ""
        for attr in ("data-author", "data-authors", "data-byline")
        for el in find_all(tree, f"//*[@{attr}][position() <= 5]")
    ]
    budget = _DATA_SCRIPT_CHARS
    for script in tree.iter("script"):
        code = script.text or ""
        if budget <= 0:
            break
        code = code[:budget]
        budget -= len(code)
        if (script.get("type") or "").endswith("ld+json"):
            continue
        values.extend(_keyed_values(code))
    if not values:
        return []
    shown = _shown_text(tree).casefold()
    for value in values:
        parts = [p for p in _DATA_SEPARATORS.split(html.unescape(value)) if p]
        names = [n for p in parts for n in split_authors(p, not_people=not_people)]
        names = [n for n in names if n.casefold() in shown]
        if names:
            return list(dict.fromkeys(names))
    return []


#: Meta tags that name the authors, by decreasing trust; a page may repeat one per author.
_AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "cxenseparse:author",
    "dc.creator",
    "dcterms.creator",
    "authors",
    "citation_author",
    "og:author",
    "twitter:creator",  # a handle ("@harbourledger") names no one; some sites write the name
)
#: Meta tags whose content is a JSON object describing the page (Parse.ly's older
#: ``parsely-page`` and its ``parsely-metadata``), with the keys that name its authors.
_JSON_META_AUTHORS = (
    ("parsely-page", ("authors", "author")),
    ("parsely-metadata", ("authors", "author")),
)
#: The same tags' keys that give the publication time.
_JSON_META_PUBLISHED = (("parsely-page", ("pub_date", "pubDate")),)
#: Labels of a Twitter card's data field that names the author ("twitter:label1").
_AUTHOR_CARD_LABELS = frozenset(
    {
        "written by",
        "author",
        "authors",
        "by",
        "geschrieben von",
        "verfasst von",
        "autor",
        "écrit par",
        "escrito por",
        "scritto da",
    }
)


def _meta_authors(tree: Element, not_people: list[str]) -> list[str]:
    """Authors from the first author meta tag that names a person, every copy of it read.

    Addresses (Facebook profiles in ``article:author``) name no one; a Twitter card's
    "Written by" label names the author in its data field.
    """
    index = _meta_index(tree)
    for key in _AUTHOR_META:
        values = [
            v for attr in ("name", "property", "itemprop") for v in index.get((attr, key), ())
        ]
        names = [
            name
            for value in values
            if value.strip() and not value.lstrip().startswith("http")
            for name in split_authors(value, not_people=not_people)
        ]
        if names:
            return list(dict.fromkeys(names))
    for key, fields in _JSON_META_AUTHORS:
        raw = [v for value in _json_meta(index, key, fields) for v in _strings(value)]
        names = [n for v in raw for n in split_authors(v, not_people=not_people)]
        if names:
            return list(dict.fromkeys(names))
    for (attr, key), values in index.items():
        if key.startswith("twitter:label") and any(
            v.strip().casefold() in _AUTHOR_CARD_LABELS for v in values
        ):
            data = index.get((attr, key.replace("label", "data")), [])
            names = [n for v in data for n in split_authors(v, not_people=not_people)]
            if names:
                return list(dict.fromkeys(names))
    return []


def _json_meta(index: _MetaIndex, key: str, fields: tuple[str, ...]) -> list[Any]:
    """The values of the first of ``fields`` that a JSON-valued meta tag ``key`` holds."""
    for attr in ("name", "property"):
        for content in index.get((attr, key), ()):
            try:
                data = json.loads(content)
            except ValueError:
                continue
            if not isinstance(data, dict):
                continue
            for field in fields:
                if data.get(field):
                    return [data[field]]
    return []


def _strings(value: Any) -> list[str]:
    """The strings of a JSON value: itself, a list's strings, or a person object's name."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _strings(value.get("name"))
    if isinstance(value, list):
        return [s for item in value[:_MAX_JSON_PEOPLE] for s in _strings(item)]
    return []


#: At most this many people are read from one JSON list (bounded work on hostile pages).
_MAX_JSON_PEOPLE = 50


def _published(tree: Element, jsonld: dict[str, Any], url: str | None) -> str | None:
    candidates: list[str] = []
    for key in ("datePublished", "dateCreated"):
        if isinstance(jsonld.get(key), str):
            candidates.append(jsonld[key])
    meta = _meta(
        tree,
        "article:published_time",
        "og:article:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "parsely-pub-date",
        "sailthru.date",
        "dc.date",
        "DC.date.issued",
        "date",
    )
    if meta:
        candidates.append(meta)
    for time in find_all(tree, '//time[@itemprop="datePublished"]'):
        candidates.append(str(time.get("datetime") or text_of(time)))
    index = _meta_index(tree)
    for key, fields in _JSON_META_PUBLISHED:
        candidates.extend(s for v in _json_meta(index, key, fields) for s in _strings(v))
    for candidate in candidates:
        normalized = normalize_published(candidate)
        if normalized:
            return normalized
    return None


def fallback_published(
    times: list[str], *, urls: list[str | None], bylines: list[str]
) -> str | None:
    """The publication date when JSON-LD and meta tags give none, by decreasing trust.

    Args:
        times: ``datetime`` values (or texts) of the ``<time>`` elements of the article itself,
            never of related cards or page furniture (the HTML cleaner picks them).
        urls: the page's addresses (canonical, then the one it was fetched from):
            "/2026/04/24/" in either.
        bylines: byline and dateline lines removed from the body ("March 12, 2026 7:15 a.m.").
    """
    candidates = list(times)
    for url in urls:
        match = next((m for p in _URL_DATES if (m := p.search(url or ""))), None)
        if match:
            candidates.append("-".join(f"{int(g):02d}" for g in match.groups()))
    candidates.extend(bylines)
    for candidate in candidates:
        normalized = normalize_published(candidate)
        if normalized:
            return normalized
    return None


def _site_name(tree: Element, jsonld: dict[str, Any]) -> str | None:
    """The site's name: Open Graph, the application name, the JSON-LD publisher.

    A handle ("@harbourledger"), dotted initials ("U.S.", a section) or the page's own title
    (templates that fill ``application-name`` with it) is not a site name.
    """
    page_title = normalize_space(find_string(tree, "string(//title)")).casefold()
    candidates = [
        _meta(tree, "og:site_name"),
        _meta(tree, "application-name"),
        *_names(jsonld.get("publisher")),
    ]
    for name in candidates:
        name = normalize_space(html.unescape(name or ""))
        if not name or name.startswith("@") or re.fullmatch(r"(?:[A-Z]\.){2,}", name):
            continue
        if len(name.split()) > 3 and name.casefold() == page_title:
            continue
        return name
    return None


#: A full date written in a dateline: numeric (day and month by the separator's convention),
#: day-month-year or month-day-year with a month name (``vocab.DATELINE_MONTHS``), or ISO.
_DATELINE_DATE = re.compile(
    r"\b(?P<n1>\d{1,2})(?P<sep>[./])(?P<n2>\d{1,2})[./](?P<ny>(?:19|20)\d{2})\b"
    r"|\b(?P<d1>\d{1,2})\.?\s+(?P<m1>[^\W\d_]{3,10})\.?\s+(?P<y1>(?:19|20)\d{2})\b"
    r"|\b(?P<m2>[^\W\d_]{3,10})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{2})\b"
    r"|\b(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2})\b"
)
_LATER_STAMP = re.compile(r"\b(?:updated|modified|aktualisiert|geändert|mis\s+à\s+jour)\b", re.I)


def _dateline_day(match: re.Match[str]) -> str | None:
    """The ISO day a dateline date names, or None when it is no calendar day."""
    g = match.groupdict()
    if g["ny"]:
        first, second = int(g["n1"]), int(g["n2"])
        # dots are day-first everywhere; slashes month-first unless the first cannot be a month
        day, month = (first, second) if g["sep"] == "." or first > 12 else (second, first)
        year = int(g["ny"])
    elif g["y1"] or g["y2"]:
        name = (g["m1"] or g["m2"]).casefold()
        month = DATELINE_MONTHS.get(name) or DATELINE_MONTHS.get(name[:3]) or 0
        day, year = int(g["d1"] or g["d2"]), int(g["y1"] or g["y2"])
    else:
        year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
    try:
        return normalize_published(dt.date(year, month, day).isoformat())
    except ValueError:
        return None


def dateline_published(lines: list[str]) -> str | None:
    """The publication day written in the article's dateline, or None.

    ``lines`` are the short texts around the headline, in page order ("This story is from
    October 9, 2019", "Updated: Oct 9, 2019", "24.03.2004", "14. Juni 2019"). A line that speaks
    of an update counts only when no other line has a date.
    """
    later: str | None = None
    for line in lines:
        said = 0  # where the words about this date start: after the date before it
        for match in _DATELINE_DATE.finditer(line):
            found = _dateline_day(match)
            words, said = line[said : match.start()], match.end()
            if not found:
                continue
            if _LATER_STAMP.search(words):  # "Updated: March 3 | Posted: March 2"
                later = later or found
                continue
            return found
    return later


def markup_published(tree: Element, url: str | None) -> str | None:
    """The publication day htmldate reads from a page's markup, URL and text, or None.

    The last resort, after JSON-LD, meta tags, the article's ``<time>``, the URL and the
    byline: htmldate (the library trafilatura uses) also knows other vocabularies' meta tags,
    date classes and visible date elements (not its search of the whole text: on pages with no date
    it finds copyright years). It gets a parsed
    tree that it may change (never a string, which it could take for an address to fetch).
    """
    from htmldate import find_date  # lazily: only pages without a date of their own need it

    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=False)
    except Exception:
        return None
    return normalize_published(found) if found else None


def _title_site_parts(tree: Element) -> list[str]:
    """The last part of ``<title>`` when another is the headline: the site's name.

    "Harbour Ledger" in "Tolls rise | Harbour Ledger" names no author. (A middle part may be
    the author: "Mystery bag - Martina Berg - Lady 50plus".)
    """
    title = normalize_space(find_string(tree, "string(//title)"))
    parts = [p for p in _TITLE_PARTS.split(title) if p]
    if len(parts) < 2:
        return []
    words = len(parts[-1].split())
    return [parts[-1]] if words <= min(4, max(len(p.split()) for p in parts[:-1])) else []


#: Meta tags that name the page's publisher ("Ediciones El País"): never its author, even where
#: a template fills the author tag with the same name.
_PUBLISHER_META = ("dc.publisher", "dcterms.publisher", "publisher")


def _publisher_meta(tree: Element) -> list[str]:
    """The publisher named by the page's meta tags (addresses left out)."""
    index = _meta_index(tree)
    return [
        normalize_space(html.unescape(value))
        for key in _PUBLISHER_META
        for attr in ("name", "property", "itemprop")
        for value in index.get((attr, key), ())
        if value.strip() and "://" not in value
    ]


def extract_metadata(tree: lxml_html.HtmlElement, *, url: str | None = None) -> ArticleMetadata:
    """Read the page's own description of itself from a parsed (uncleaned) HTML tree."""
    jsonld = _jsonld(tree)
    site = _site_name(tree, jsonld)
    canonical = find_string(tree, 'string(//link[@rel="canonical"]/@href)') or _meta(tree, "og:url")
    if not canonical and isinstance(jsonld.get("url"), str):
        canonical = jsonld["url"]
    publisher = _names(jsonld.get("publisher"))
    host = _host(canonical or url)
    brand = host.removeprefix("www.").split(".")[0]  # "beachbodyondemand"
    named = [site, *publisher, *_publisher_meta(tree), brand, *_title_site_parts(tree)]
    authors = _authors(tree, jsonld, [n for n in named if n])
    return ArticleMetadata(
        title=_title(tree, jsonld, site, canonical or url),
        published=_published(tree, jsonld, canonical or url),  # see also fallback_published
        authors=authors,
        site_name=site,
        canonical_url=canonical or None,
        language=_lang(tree, jsonld),
    )
