"""Author names from bylines, meta tags and JSON-LD: people only, one clean form each.

A byline is split into names; each name loses its label ("By", "Von", "Text:"), a glued handle
or job title ("Ana Ruiz@anaruiz", "Tom BeckerStaff Writer") and is dropped when it is not a
person: a job title, a news agency, the site's own name, a word like "Staff". The vocabulary is
data, in the tables below.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from newsfacts.clean.document import normalize_space
from newsfacts.vocab import DATELINE_MONTHS, WEEKDAYS

__all__ = [
    "LINE_LABEL",
    "bio_authors",
    "byline_names",
    "clean_author",
    "clean_authors",
    "labelled_authors",
    "split_authors",
]

#: Labels a byline starts with, in the languages the cleaner meets most.
_LABELS = (
    "by",
    "written by",
    "geschrieben von",
    "veröffentlicht von",
    "verfasst von",
    "ein beitrag von",
    "erstellt von",
    "publié par",
    "écrit par",
    "escrito por",
    "scritto da",
    "posted by",
    "published by",
    "submitted by",
    "reported by",
    "contributed by",
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
    *(f"autor{suffix}" for suffix in ("/in", "*in", ":in", "_in", "/innen", "*innen", "en")),
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
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_LABELS, key=len, reverse=True))
    + r")\b\s*[:：]?\s*",
    re.I,
)
#: Labels that open a byline read as a line anywhere on a page: fewer than ``_LABELS`` (no
#: short word of running text such as "di" or "av").
_LINE_LABELS = (
    "by",
    "reporter",
    "written by",
    "reported by",
    "story by",
    "words by",
    "posted by",
    "submitted by",
    "von",
    "par",
    "por",
    "door",
    "autor",
    "autorin",
    "autoren",
    *(f"autor{suffix}" for suffix in ("/in", "*in", ":in", "_in", "/innen", "*innen")),
    "author",
    "authors",
    "auteur",
    "text",
)
#: The line labels as one regular-expression alternation, longest first.
LINE_LABEL = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_LINE_LABELS, key=len, reverse=True)
)
#: Words of job titles; a "name" made only of these (and connecting words) is a title.
_TITLE_WORDS = frozenset(
    """
    staff senior junior chief deputy associate assistant executive managing contributing special
    political business sports science technology tech health economics foreign national local
    news digital video photo web audio data investigative editorial global
    auto markets energy travel food arts culture entertainment music film books style fashion
    politics economy legal religion education environment climate weather transportation
    writer writers reporter reporters editor editors correspondent correspondents contributor
    contributors columnist columnists journalist journalists producer producers photographer
    photographers analyst critic host anchor intern fellow blogger author bureau desk team
    redakteur redakteurin redaktion korrespondent korrespondentin journaliste rédacteur
    rédactrice redactor redactora periodista giornalista
    at large of the for and in to
    """.split()
)
#: Honorifics and professions written before a name ("Dr. Ana Ruiz", "Rechtsanwalt Tom Becker").
_HONORIFIC = re.compile(
    r"^(?:(?:dr|prof|mag|ing|dipl|mr|mrs|ms|mx|sir|dame|ra|hon)\.(?:-\w+\.)?\s*"
    r"|(?:rechtsanwalt|rechtsanwältin|rechtsanwaeltin|professor|professorin|doktor|maître)\s+)+",
    re.I,
)
#: Words of page furniture that stick to the end of a byline ("Ana Ruiz Follow").
_TRAILING_UI = frozenset(
    "follow folgen more mehr profile profil twitter email e-mail mail contact kontakt says sagt "
    "wrote schreibt in at on im bei updated published posted aktualisiert veröffentlicht".split()
) | frozenset(WEEKDAYS)  # a byline's date glued on: "Malcolm Owen Monday"
#: Words that make a name an organisation, a desk or a credit, not a person.
_ORG_WORDS = frozenset(
    """
    news desk media team redaktion gmbh ag inc ltd llc plc verlag magazine magazin online press
    presse agency agentur files staff network group service office bureau newsroom studio
    welle zeitung journal times post daily tribune herald gazette radio tv television
    ministry ministries department government council committee commission university institute
    association foundation company corporation police embassy
    """.split()
)
#: News agencies written as initials inside a byline part ("AP Auto Writer"): not a person.
_AGENCY_INITIALS = frozenset("AP AFP DPA UPI PA APA SDA KNA EPD EFE ANSA".split())
#: A name followed by a sentence-like credit ("Ana Ruiz. Harbour Ledger"): the credit goes.
#: A full word before the period, so that an initial ("Troy L. Smith") stays.
_AFTER_NAME = re.compile(r"(?<=[^\W\d_]{2})\.\s+[A-ZÀ-Þ].*$")
#: A name with a web address's ending ("speicherguide.de") is a site.
_DOMAIN = re.compile(r"\.[a-z]{2,6}$", re.I)
#: Only letters, spaces, hyphens, apostrophes and dots make a name.
_NAME_CHARS = re.compile(r"^[^\W\d_](?:[^\W\d_]|[\s.'’-])*$")
#: Two capitalised words glued into one handle ("KonstantinNotz").
_GLUED_NAME = re.compile(r"^([A-ZÀ-Þ][a-zß-ÿ]+)([A-ZÀ-Þ][a-zß-ÿ]+)$")

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
#: News agencies, as bylines write them: never a person, and cut from the end of a name
#: ("DANA RUIZ Associated Press").
_AGENCIES = frozenset(
    {
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
#: Bylines that name no person: agencies, desks, the board, placeholders.
_NOT_PEOPLE_PHRASES = _AGENCIES | frozenset(
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
        # placeholders a blog's markup marks as the author
        "author",
        "autor",
        "autorin",
        "gastautor",
        "gastautorin",
        "webmaster",
        "moderator",
        "support",
        "sponsored",
        "partner",
        "user",
    }
)
#: Definite articles that open a paper's name, never a person's ("The Water Coolest").
_ARTICLES = frozenset("the der die das".split())
#: Words of a link's or a button's label, never of a name ("More Articles", "Artikel teilen").
_UI_WORDS = frozenset(
    "articles posts stories profile follow subscribe newsletter share beiträge artikel weitere "
    "profil teilen empfehlen".split()
)
#: Separators between names in one byline ("with" joins a second writer; the lower-case "y"
#: and "e" are Spanish, Portuguese and Italian "and").
_BETWEEN = re.compile(r"\s*(?:,|;|\||/|&|\b(?i:and|und|et|with)\b|\s(?:y|e)(?=\s))\s*")
#: A credit for other work after the writers ("Ana Ruiz Photos by Tom Becker"): it goes.
_OTHER_CREDIT = re.compile(
    r"\s*(?:\b(?i:photos?|photographs?|photography|pictures?|images?|illustrations?|graphics?"
    r"|videos?|design|edited|editing|additional\s+reporting|with\s+reporting|fotos?|bilder?)"
    r"\s+(?i:by|von|par|por|di)\b).*$"
)
#: Where a byline stops being names: a dash or bar followed by more text, a line break.
_BYLINE_END = re.compile(r"\s+(?:\||—|–|-|•|·)\s+|\s{2,}|\n")
#: A date after the name ("Ana Ruiz March 2, 2024 at 5:04 p.m."): from the date on goes.
_DATE_AFTER = re.compile(
    r"\s+(?:(?i:"
    + "|".join(sorted((re.escape(m) for m in DATELINE_MONTHS), key=len, reverse=True))
    + r")\.?\s+\d|\d).*$"
)
#: A place after the name ("Sam Levin in San Francisco"): from the preposition on goes.
_PLACE_AFTER = re.compile(r"\s+(?i:in|at|from|for|aus|en|à|für|pour|para|per)\s+[A-ZÀ-Þ].*$")
#: A nickname quoted inside a name ("Maria \"Scoop\" Lopez"), and pictographs after it.
_NICKNAME = re.compile(r"\s+[\"“„'‘][^\"”“'’]{1,30}[\"”“'’](?=\s+\S)")
_PICTOGRAPHS = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")
#: A handle, an address or a link glued to a name: everything from it on goes.
_HANDLE = re.compile(r"\s*(?:@|https?://|www\.|\S+@\S+\.\w).*$")
#: A job title glued to the name without a space ("Tom BeckerStaff Writer").
_GLUED_TITLE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z][a-z]+(?:\s+[A-Z]?[a-z]+)*\s*$)")
_LETTER = re.compile(r"[^\W\d_]")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?|[A-Z]{1,3}")


@lru_cache(maxsize=4096)
def _squash(name: str) -> str:
    """A name's letters and digits only, without case or accents ("El País" -> "elpais")."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    return re.sub(r"[\W_]+", "", "".join(c for c in plain if not unicodedata.combining(c)))


#: A brand shorter than this is not matched at the start of a name ("AP", a two-letter host).
_BRAND_CHARS = 3


#: Words of a desk or an edition named after its outlet ("CNN Business", "Yahoo Finance",
#: "USA TODAY Sports"), besides the job-title vocabulary's section words.
_DESK_WORDS = _TITLE_WORDS | frozenset(
    "finance wire opinion world money today live investigates latam español edition".split()
)


def _outlet_start(words: list[str], barred: set[str]) -> bool:
    """Whether a name is the site's or the publisher's name and a desk ("CNN Business").

    Only desk words may follow the outlet's name, so that a writer whose given name is also a
    site's ("Elle Smith" on elle.com) stays a person.
    """
    return any(
        _squash(" ".join(words[:cut])) in barred
        and all(w.casefold().strip(".,") in _DESK_WORDS for w in words[cut:])
        for cut in range(1, len(words))
    )


def _is_title(words: list[str]) -> bool:
    return bool(words) and all(w.casefold().strip(".,") in _TITLE_WORDS for w in words)


def _unglue(name: str) -> str:
    """Cut a job title glued to the last name ("Tom BeckerStaff Writer" -> "Tom Becker")."""
    for match in _GLUED_TITLE.finditer(name):
        tail = name[match.start() :].split()
        if _is_title(tail):
            return name[: match.start()]
    return name


#: Two or three capitalised words joined by underscores ("Jenny_Smith").
_UNDERSCORED_NAME = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]+(?:_[A-ZÀ-Þ][a-zß-ÿ]+){1,2}$")
#: A given name on its own ("Regan", "Ann-Marie"): capitalised letters, at least three.
_GIVEN_NAME = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]{2,}(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?$")


def clean_author(
    name: str, *, not_people: Iterable[str] = (), given_name: bool = False
) -> str | None:
    """One author name in its clean form, or None when it is not a person's name.

    Args:
        name: a name as a page gives it ("By KATE DAVIDSON", "Ana Ruiz@anaruiz").
        not_people: more names that are not people (the site's and the publisher's names).
        given_name: the markup says this is a person (a JSON-LD ``Person``, a ``rel=author``
            link, an hCard ``fn``), so a given name alone ("Regan", on a blog) is a name too.
    """
    text = normalize_space(_PICTOGRAPHS.sub(" ", _NICKNAME.sub("", html.unescape(name))))
    text = _LABEL.sub("", text)
    text = _PLACE_AFTER.sub("", _HANDLE.sub("", _DATE_AFTER.sub("", text)))
    text = _HONORIFIC.sub("", _unglue(text).strip(" ,:;-–—()[]"))
    text = _AFTER_NAME.sub("", text)
    words = text.split()
    while words and words[-1].casefold().strip(".,:") in _TRAILING_UI:
        words = words[:-1]
    brands = {b for n in not_people if n and len(b := _squash(n)) >= _BRAND_CHARS}
    for cut in range(2, len(words)):  # "DANA RUIZ Associated Press": the agency goes
        rest = " ".join(words[cut:])
        if (
            rest.casefold() in _AGENCIES
            or _squash(rest) in {_squash(n) for n in not_people if n}
            or _outlet_start(words[cut:], brands)  # "Ana Ruiz Yahoo News"
            or (words[cut].casefold() == "the" and len(words) - cut >= 2)  # "The Post"
        ):
            words = words[:cut]
            break
    if len(words) == 1 and (glued := _GLUED_NAME.match(words[0])):
        words = list(glued.groups())  # "KonstantinNotz" -> "Konstantin Notz"
    elif len(words) == 1 and _UNDERSCORED_NAME.match(words[0]):
        words = words[0].split("_")  # "Jenny_Smith": a name written as an identifier
    text = " ".join(words).strip(" .")
    words = text.split()
    if given_name and len(words) == 1 and _GIVEN_NAME.match(text):
        key = text.casefold()
        barred = {_squash(n) for n in not_people if n}
        if key in _NOT_PEOPLE_PHRASES or _is_title(words):
            return None
        if any(b.startswith(_squash(key)) for b in barred):
            return None  # "Beachbody" on beachbodyondemand.com: the brand, not a person
        if key in _UI_WORDS or key in _TRAILING_UI:
            return None  # "more", "follow": a link's label in an author box
        return None if key in _ORG_WORDS or text in _AGENCY_INITIALS else text
    if not 2 <= len(words) <= 5 or not _NAME_CHARS.match(text) or _DOMAIN.search(text):
        return None  # one word is a handle or a first name; symbols make it something else
    key = text.casefold()
    if key in _NOT_PEOPLE_PHRASES or _squash(key) in {_squash(n) for n in not_people if n}:
        return None  # the site's own name, also when spaced differently ("Link Naija")
    if _outlet_start(words, brands):
        return None  # "CNN Business", "Yahoo Finance": the site's desk, not a person
    if any(w.strip(".,") in _AGENCY_INITIALS for w in words):
        return None  # "The Water Coolest", "AP Auto": a brand or an agency, not a person
    if _is_title(words) or any(w.casefold().strip(".") in _ORG_WORDS for w in words):
        return None
    if words[0][0].islower() and not text.islower():
        return None  # "so Artikel empfehlen": a sentence, not a name
    if not text.islower() and any(
        not w[0].isupper() and w.casefold() not in _NAME_PARTICLES for w in words
    ):
        return None  # "Artikel empfehlen", "Light as a medium": words, not a name
    if words[0].casefold() in _ARTICLES or any(w.casefold() in _UI_WORDS for w in words):
        return None  # "Der Spiegel", "More Articles": a paper's name or a link's label
    for cut in range(1, len(words)):  # a job title after the name ("Ana Ruiz Staff Writer")
        tail = words[cut:]
        if _is_title(tail) and tail[-1].casefold().strip(".,") in _TITLE_NOUNS:
            words = words[:cut]
            break
    if len(words) < 2:
        return None  # what was left of "Ap Auto Writer" is not a full name
    if all(_INITIALS.fullmatch(w) for w in words):
        return None  # "U.S.", "AP": initials, not a name
    text = " ".join(words)
    if text.isupper() and len(text) > 3:
        text = text.title()  # "KATE DAVIDSON" -> "Kate Davidson"
    return text


def _ends_in_title(part: str) -> bool:
    words = part.split()
    return bool(words) and words[-1].casefold().strip(".,") in _TITLE_NOUNS


def split_authors(
    byline: str, *, not_people: Iterable[str] = (), given_name: bool = False
) -> list[str]:
    """Split a byline ("By Dana Whitcombe and Raj Menon") into clean names, in order.

    ``given_name`` as in :func:`clean_author`, for a byline the markup marks as people.
    """
    text = _LABEL.sub("", normalize_space(html.unescape(byline)))
    text = _OTHER_CREDIT.sub("", _BYLINE_END.split(text)[0])
    parts = _BETWEEN.split(text)
    if len(parts) == 2 and "," in text and all(len(p.split()) == 1 for p in parts):
        parts = [f"{parts[1]} {parts[0]}"]  # "Gillman, Steve": one name, family name first
    # a job title after a name ("Ana Ruiz, Transport Correspondent") names no one
    parts = [p for i, p in enumerate(parts) if not (i and _ends_in_title(p))]
    return clean_authors(parts, not_people=not_people, given_name=given_name)


#: A byline inside a line of text: a label, then what follows ("Freitag | VON Sina Giebel").
_LABELLED = re.compile(r"(?:^|[|·•,—–]\s*|\d\s+)(?i:" + LINE_LABEL + r")\b\s*:?\s+(?=[A-ZÀ-Þ])")
_LABEL_ALONE = re.compile(r"^(?i:" + LINE_LABEL + r")\s*:?$")


def labelled_authors(lines: list[str], *, not_people: Iterable[str] = ()) -> list[str]:
    """Authors named after a byline label in the lines around the headline, or [].

    "Von Gregory Lipinski", "Freitag | 14. Juni 2019 | VON Sina Giebel IN Fashion", and a label
    alone on its line with the name on the next ("Author" / "Julian Tompkin").
    """
    barred = list(not_people)
    for i, line in enumerate(lines):
        if _LABEL_ALONE.match(line) and i + 1 < len(lines):
            names = split_authors(lines[i + 1], not_people=barred)
            if names:
                return names
        match = _LABELLED.search(line)
        if match:
            rest = re.split(r"\s+[|·•]\s+", line[match.end() :])[0]
            names = split_authors(rest, not_people=barred)
            if names:
                return names
    for line in lines:  # no label: "Ana Ruiz | Palma | 08/01/2014"
        parts = _PARTS.split(line)
        if 2 <= len(parts) <= 4 and any(_A_DATE.search(p) for p in parts[1:]):
            name = clean_author(parts[0], not_people=barred)
            if name and len(parts[0].split()) <= 4:
                return [name]
    return []


#: The parts of a dateline-like line ("Ana Ruiz | Palma | 08/01/2014").
_PARTS = re.compile(r"\s+[|·•]\s+")
#: A date in a part of such a line: numeric, or a month name and a year.
_A_DATE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b"
    r"|\b(?i:"
    + "|".join(sorted(DATELINE_MONTHS, key=len, reverse=True))
    + r")\b.*\b(?:19|20)\d{2}\b"
)
#: An author's note that closes a story: "Ana Ruiz is an award-winning journalist and ...".
_BIO = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w.'’-]+(?:\s+(?:[A-ZÀ-Þ][\w.'’-]+|van|von|de|der|da|del)){1,3})"
    r"\s+is\s+(?:a|an|the)\s+(?:[\w-]+,?\s+){0,5}?(?:journalist|reporter|writer|correspondent"
    r"|columnist|editor|contributor|author|producer|analyst|blogger|freelancer)s?\b"
)


def bio_authors(paragraphs: list[str], *, not_people: Iterable[str] = ()) -> list[str]:
    """The writer a story's closing note names ("Ana Ruiz is a freelance reporter ..."), or [].

    Read from the last two paragraphs only, where such notes stand.
    """
    for paragraph in paragraphs[-2:]:
        match = _BIO.match(paragraph.strip())
        if match:
            name = clean_author(match["name"], not_people=not_people)
            if name:
                return [name]
    return []


def clean_authors(
    names: Iterable[str], *, not_people: Iterable[str] = (), given_name: bool = False
) -> list[str]:
    """Clean each name (see :func:`clean_author`), drop non-people and repeats, keep order."""
    barred = list(not_people)
    found: dict[str, str] = {}
    for raw in names:
        name = clean_author(raw, not_people=barred, given_name=given_name)
        if name and name.casefold() not in found:
            found[name.casefold()] = name
    return list(found.values())


#: A line that is only a byline: a label, then names ("Von Gregory Lipinski", "Autor: Ana Ruiz").
_BYLINE_LINE = re.compile(r"^(?i:" + LINE_LABEL + r")\b\s*:?\s*")
#: Lower-case words a person's name may hold ("Ursula von der Leyen", "Vincent van Gogh").
_NAME_PARTICLES = frozenset("von van der den de da di del della la le du zu bin al ter".split())
#: A byline line is short.
_BYLINE_LINE_CHARS = 100


def byline_names(line: str, *, not_people: Iterable[str] = ()) -> list[str]:
    """The names of a line that is a byline and nothing else, or [].

    Stricter than :func:`labelled_authors`, for lines read anywhere on a page or inside the
    body: the line opens with a label and every word after it belongs to a name (capitalised,
    or a particle such as "von"), so "Von Montag an gilt" or "By clicking here" name no one.
    """
    text = normalize_space(line)
    match = _BYLINE_LINE.match(text)
    if not match or len(text) > _BYLINE_LINE_CHARS:
        return []
    rest = text[match.end() :]
    words = [w for w in _BETWEEN.split(rest) for w in w.split()]
    if not words or any(not w[0].isupper() and w not in _NAME_PARTICLES for w in words):
        return []
    return split_authors(rest, not_people=not_people)
