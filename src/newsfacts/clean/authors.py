"""Author names from bylines, meta tags and JSON-LD: people only, one clean form each.

A byline is split into names; each name loses its label ("By", "Von", "Text:"), a glued handle
or job title ("Ana Ruiz@anaruiz", "Tom BeckerStaff Writer") and is dropped when it is not a
person: a job title, a news agency, the site's own name, a word like "Staff". The vocabulary is
data, in the tables below.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from newsfacts.clean.document import normalize_space

__all__ = ["clean_author", "clean_authors", "split_authors"]

#: Labels a byline starts with, in the languages the cleaner meets most.
_LABELS = (
    "by",
    "written by",
    "posted by",
    "published by",
    "words by",
    "story by",
    "reporting by",
    "text by",
    "text",
    "texto",
    "author",
    "authors",
    "autor",
    "autorin",
    "auteur",
    "autore",
    "reporter",
    "editor",
    "von",
    "par",
    "por",
    "door",
    "di",
    "av",
    "af",
)
_LABEL = re.compile(
    r"^\s*(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _LABELS)
    + r")\b\s*[:：]?\s*",
    re.I,
)
#: Words of job titles; a "name" made only of these (and connecting words) is a title.
_TITLE_WORDS = frozenset(
    """
    staff senior junior chief deputy associate assistant executive managing contributing special
    political business sports science technology tech health economics foreign national local
    news digital video photo web audio data investigative editorial global
    writer writers reporter reporters editor editors correspondent correspondents contributor
    contributors columnist columnists journalist journalists producer producers photographer
    photographers analyst critic host anchor intern fellow blogger author bureau desk team
    redakteur redakteurin redaktion korrespondent korrespondentin journaliste rédacteur
    rédactrice redactor redactora periodista giornalista
    at large of the for and in to
    """.split()
)
#: The head nouns of job titles: a title after a name ends with one.
_TITLE_NOUNS = frozenset(
    """
    writer writers reporter reporters editor editors correspondent correspondents contributor
    contributors columnist columnists journalist journalists producer producers photographer
    photographers analyst critic host anchor intern fellow blogger redakteur redakteurin
    korrespondent korrespondentin journaliste rédacteur rédactrice redactor redactora periodista
    giornalista
    """.split()
)
#: Bylines that name no person: agencies, desks, the board, placeholders.
_NOT_PEOPLE_PHRASES = frozenset(
    {
        "staff",
        "admin",
        "administrator",
        "guest",
        "anonymous",
        "unknown",
        "editorial board",
        "the editorial board",
        "editors",
        "the editors",
        "newsroom",
        "news desk",
        "web desk",
        "redaktion",
        "la rédaction",
        "la redacción",
        "associated press",
        "the associated press",
        "ap",
        "reuters",
        "afp",
        "agence france-presse",
        "dpa",
        "apa",
        "sda",
        "kna",
        "epd",
        "efe",
        "ansa",
        "bloomberg",
        "bloomberg news",
        "upi",
        "pa",
        "pa media",
        "press association",
        "xinhua",
        "tass",
    }
)
#: Separators between names in one byline.
_BETWEEN = re.compile(r"\s*(?:,|;|\||/|&|\band\b|\bund\b|\bet\b)\s*", re.I)
#: Where a byline stops being names: a dash or bar followed by more text, a line break.
_BYLINE_END = re.compile(r"\s+(?:\||—|–|-)\s+|\s{2,}|\n")
#: A handle, an address or a link glued to a name: everything from it on goes.
_HANDLE = re.compile(r"\s*(?:@|https?://|www\.|\S+@\S+\.\w).*$")
#: A job title glued to the name without a space ("Tom BeckerStaff Writer").
_GLUED_TITLE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z][a-z]+(?:\s+[A-Z]?[a-z]+)*\s*$)")
_LETTER = re.compile(r"[^\W\d_]")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?|[A-Z]{1,3}")


def _is_title(words: list[str]) -> bool:
    return bool(words) and all(w.casefold().strip(".,") in _TITLE_WORDS for w in words)


def _unglue(name: str) -> str:
    """Cut a job title glued to the last name ("Tom BeckerStaff Writer" -> "Tom Becker")."""
    for match in _GLUED_TITLE.finditer(name):
        tail = name[match.start() :].split()
        if _is_title(tail):
            return name[: match.start()]
    return name


def clean_author(name: str, *, not_people: Iterable[str] = ()) -> str | None:
    """One author name in its clean form, or None when it is not a person's name.

    Args:
        name: a name as a page gives it ("By KATE DAVIDSON", "Ana Ruiz@anaruiz").
        not_people: more names that are not people (the site's and the publisher's names).
    """
    text = normalize_space(html.unescape(name))
    text = _LABEL.sub("", text)
    text = _HANDLE.sub("", text)
    text = _unglue(text).strip(" .,:;-–—()[]")
    words = text.split()
    if not 1 <= len(words) <= 5 or any(c.isdigit() for c in text) or not _LETTER.search(text):
        return None
    key = text.casefold()
    if key in _NOT_PEOPLE_PHRASES or key in {n.casefold() for n in not_people if n}:
        return None
    if _is_title(words):
        return None
    for cut in range(1, len(words)):  # a job title after the name ("Ana Ruiz Staff Writer")
        tail = words[cut:]
        if _is_title(tail) and tail[-1].casefold().strip(".,") in _TITLE_NOUNS:
            words = words[:cut]
            break
    if all(_INITIALS.fullmatch(w) for w in words):
        return None  # "U.S.", "AP": initials, not a name
    text = " ".join(words)
    if text.isupper() and len(text) > 3:
        text = text.title()  # "KATE DAVIDSON" -> "Kate Davidson"
    return text


def split_authors(byline: str, *, not_people: Iterable[str] = ()) -> list[str]:
    """Split a byline ("By Dana Whitcombe and Raj Menon") into clean names, in order."""
    text = _LABEL.sub("", normalize_space(html.unescape(byline)))
    text = _BYLINE_END.split(text)[0]
    return clean_authors(_BETWEEN.split(text), not_people=not_people)


def clean_authors(names: Iterable[str], *, not_people: Iterable[str] = ()) -> list[str]:
    """Clean each name (see :func:`clean_author`), drop non-people and repeats, keep order."""
    barred = list(not_people)
    found: dict[str, str] = {}
    for raw in names:
        name = clean_author(raw, not_people=barred)
        if name and name.casefold() not in found:
            found[name.casefold()] = name
    return list(found.values())
