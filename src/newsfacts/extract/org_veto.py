"""Why an ``ORG`` entity of the small NER is not an organization: a table of veto reasons.

The statistical NER labels people ("Sean Hannity said"), places ("Tobago", "Coral Gables,
Fla."), products ("the Moto G4"), bylines and table headers ``ORG``. Each reason below reads one
kind of evidence and is tested on its own (``tests/unit/test_org_veto.py``):

* **the person's shape**: an honorific before the name ("Mr.", "Sen.") or before its last word
  elsewhere in the article ("Mr. Braun"), an age in apposition
  ("Hauser, 52,"), or a given name from ``models/first_names.txt`` opening a short run of
  capitalised words with no organization word in it; a ", who" after the name, or an
  apposition headed by a noun only a person is ("Wolfman, a veteran comics writer"; "A
  veteran comics writer, Wolfman");
* **the place's**: the whole name is in ``models/places.txt``, or it is followed by a state or
  country (", Fla."), or its head word names a landmark or a feature ("Washington Monument",
  "Gulf of Mexico", "French Quarter": :data:`FACILITY_HEADS`), or an apposition headed by a place's noun follows
  it somewhere ("Sarai Shahzada, Afghanistan's central exchange market"), or someone drives,
  flies or walks to or from it ("drive back from Garmsir");
* **the event's**: its head word names an event ("Maji-Maji Rebellion", "Boston Massacre":
  :data:`EVENT_HEADS`);
* **the law's or the technology's**: a law's noun after it somewhere ("the 2010 Dodd-Frank
  financial-reform law"), or a technology's after a name of two words or its acronym in
  brackets ("Heat Assisted Magnetic Recording (HAMR) technology");
* **the product's**: a model code or a product word after the name ("Moto Z", "Galaxy S8",
  "MacBook Pro"), a container before it ("cans of Pepsi"), or a maker the article names alone
  followed by a product word ("Nissan Connect" beside "Nissan");
* **the work's**: the article introduces the name as a work somewhere ("the film Titanic", "an
  episode of The Museum of Life", "Everwood, the first show Berlanti created"): a title;
* **the shape**: a lower-case word that joins no name ("Garrett hit Rudolph"), or one capitalised
  word the article also writes in lower case ("Education");
* **the line**: a byline or photo credit ("By Ana Ruiz", "Featured image by …"), or a line of
  capitalised words only (a table header: "Symbol Name Last Change").

A name from the EntityRuler patterns (``models/org_patterns.jsonl``) is never vetoed: a company
named after a person ("Charles Schwab") belongs there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Span

from newsfacts.extract.lexicon import CURRENCY_CODES, KNOWN_UNITS
from newsfacts.vocab import PERSON_NOUNS

__all__ = [
    "EVENT_HEADS",
    "FACILITY_HEADS",
    "ORG_WORDS",
    "RELABEL",
    "VETOES",
    "OrgEvidence",
    "gather_evidence",
    "has_org_word",
    "veto_reason",
]

#: Words that make a capitalised run an organization's name whatever opens it.
ORG_WORDS = frozenset(
    "Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC LLP PLC plc AG SA NV GmbH Group Holdings Partners "
    "Capital Associates Bank Bancorp Financial Securities Insurance Fund Trust Foundation "
    "Institute Institution University College School Academy Society Association Council "
    "Committee Commission Agency Authority Administration Department Ministry Office Bureau "
    "Board Service Services Union League Federation Alliance Coalition Club Party Court "
    "Company Companies Corporation Enterprises Industries Industry International Global "
    "Media Communications News Press Times Post Journal Network Networks Broadcasting Studios "
    "Pictures Records Entertainment Labs Laboratories Technologies Technology Systems Software "
    "Pharmaceuticals Health Healthcare Hospital Clinic Energy Motors Airlines Airways Railway "
    "Brands Foods Restaurants Stores Ventures Investments Consulting Solutions Center Centre "
    "Church Army Navy Police Guard Forces Marines Reserve Exchange Museum Library Orchestra "
    "Electronics Electric Chemical Chemicals Steel Motor Power Oil Gas Petroleum Mining "
    "Resources Logistics Shipping Automotive Aerospace Defense Defence Telecom Pharma "
    "Semiconductor Semiconductors Games Productions Design Studio Bancorporation Channel "
    "Comics Magazine Books Publishing".split()
)
#: Last words of the names of places built or natural: a name that ends with one is a place
#: ("Washington Monument", "Arlington National Cemetery", "National Mall", "Hudson River"),
#: unless an organization word stands in it ("Hudson River Museum" ends with "Museum").
FACILITY_HEADS = frozenset(
    "Mall Monument Memorial Cemetery Bridge Tunnel Tower Towers Square Plaza Stadium Arena "
    "Airport Terminal Cathedral Chapel Mosque Synagogue Palace Castle Street Avenue Boulevard "
    "Highway Freeway Expressway Parkway Trail River Lake Mountain Mountains Island Islands "
    "Valley Beach Canyon Peninsula Desert Forest Falls Creek Harbor Harbour Pier Dam Canal "
    "Galleries Trolley Gardens Park Gulf Sea Ocean Bay Statehouse Capitol Mansion Station "
    "Auditorium Airport Airports Quarter Empire".split()
)
#: Words that join the words of a name, and so of an organization's ("Jack Henry & Associates").
_JOINING = frozenset({"&", "and", "of", "for"})
#: Titles before a person's name.
_HONORIFICS = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sen Sen. Rep Rep. Gov Gov. Rev Rev. Gen Gen. "
    "Col Col. Lt Lt. Sgt Sgt. Capt Capt. Sir Dame Lady Lord President Senator Governor Mayor "
    "Judge Representative Congressman Congresswoman Councilman Councilwoman".split()
)
#: Particles inside a person's name ("Laurence des Cars", "Ludwig van Beethoven").
_NAME_PARTICLES = frozenset("de des du da di van von der den le la bin al el y".split())
_INITIAL = re.compile(r"^[A-Z]\.$")
_SUFFIX = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
#: Lower-case words an organization's name may hold ("Bank of America", "Jack in the Box").
_NAME_JOINERS = frozenset(
    "of for and the de du des la le in on at to by with without y e et und van von da di del "
    "a an &".split()
)
_ELIDED = re.compile(r"^[dl]['’]")
#: Last words of product names: "MacBook Pro", "Galaxy S8 Plus", "Hubble Space Telescope".
_PRODUCT_TAILS = frozenset("Pro Air Max Plus Mini Ultra Lite Edition Telescope".split())
#: A model code: "Z", "G4", "S8", "A320", "X1", "7X" (one capital letter, or letters and digits).
_MODEL_CODE = re.compile(r"^(?:[A-Z]|[A-Z]{1,3}\d{1,4}[A-Za-z]{0,2}|\d{1,4}[A-Z]{1,2})$")
#: ", 52," after a name: an age in apposition.
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
#: Nouns only a person is (:data:`newsfacts.vocab.PERSON_NOUNS`): an apposition headed by one
#: names a person, never a body.
_PERSON_NOUNS = rf"(?:{PERSON_NOUNS})"
#: Words that end an apposition's modifiers: the noun after them is not the apposition's head
#: ("Netflix, the streaming service whose shows ...", "the studio behind the movie").
_LINKS = r"(?:whose|which|that|who|behind|of|for|with|by|from|at|on|in|and|or)"
#: ", who" or ", a veteran comics writer" after a name.
_PERSON_AFTER = re.compile(
    r",\s+(?:who\b|(?:a|an|the|his|her|their)\s+"
    rf"(?:(?!{_LINKS}\b)[\w-]+\s+){{0,3}}?"
    rf"{_PERSON_NOUNS}\b(?![’'-]))",
    re.IGNORECASE,
)
#: "A veteran comics writer, Wolfman was ...": the apposition before the name; "a legendary
#: entertainer known as the Afghan Elvis": a person's nickname.
_PERSON_BEFORE = re.compile(
    rf"\b{_PERSON_NOUNS}(?:,\s+|\s+(?:known\s+as|nicknamed|dubbed)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
#: ", Fla." / ", Ontario" after a name: a place in its state or country (group 1), the
#: region a whole phrase ("Google, Texas Instruments and ..." names no region).
_IN_REGION = re.compile(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})(?=[,.;:)\n]|\s*$|(?<=\.)\s)")
#: A container and "of" right before a name: the name is a product ("cans of Pepsi").
_CONTAINER_BEFORE = re.compile(
    r"\b(?:cans?|bottles?|glass(?:es)?|cups?|mugs?|packs?|packets?|boxes|box|bags?|jars?|"
    r"tubes?|pints?|cartons?|bars?|sips?|swigs?)\s+of\s+$",
    re.IGNORECASE,
)
#: Nouns for works: a name one of them introduces, anywhere in the article, is a work's title.
_WORK_NOUNS = (
    r"(?:film|movie|show|(?:tv|television)\s+(?:show|series|drama)|series|sitcom|drama|"
    r"documentar(?:y|ies)|episode|novel|book|comic|graphic\s+novel|album|song|musical|"
    r"franchise|miniseries|podcast|tearjerker|blockbuster|video\s+game)s?"
)
#: A capitalised title of up to six words ("The Museum of Life", "Titanic").
_TITLE = r"(?-i:\b((?:The\s+)?[A-Z][\w'’]*(?:\s+(?:of|the|and|in|on|a|[A-Z][\w'’]*)){0,5}))"
#: "the film Titanic", "an episode of The Museum of Life", "the documentary called ...": a
#: determiner right before the noun ("the first show Berlanti created" names its maker).
_WORK_BEFORE = re.compile(
    rf"\b(?:the|a|an|this|that|his|her|its|their)\s+{_WORK_NOUNS}\s+"
    rf"(?:called\s+|titled\s+|named\s+|of\s+)?{_TITLE}(?=\s*[,.;:)”\"]|\s+\(|\s*$)",
    re.IGNORECASE,
)
#: Words that may follow a work noun that heads its phrase ("a show about ...", "the film
#: starring ..."); any other lower-case word makes the noun a modifier ("a podcast network").
_AFTER_HEAD = (
    r"(?:about|that|which|who|whose|by|from|starring|created|written|directed|produced|based|"
    r"set|was|is|were|are|has|had|ran|aired|debuted|opened)"
)
#: "Everwood, the first show Berlanti created": a title with a work noun in apposition.
_WORK_AFTER = re.compile(
    rf"{_TITLE},\s+(?:the|a|an|his|her|their|its)\s+(?:(?!{_LINKS}\b)[\w-]+\s+){{0,2}}?"
    rf"{_WORK_NOUNS}\b(?=\s*[,.;:)]|\s+(?-i:[A-Z])|\s+{_AFTER_HEAD}\b)",
    re.IGNORECASE,
)
#: Lines that credit a person: a byline or a photo credit.
_CREDIT_LINE = re.compile(
    r"\s*(?:by|photo(?:graph)?s?(?:\s+by)?|image(?:\s+by)?|featured\s+image\s+by|credit|"
    r"illustration(?:\s+by)?|written\s+by|reporting\s+by|editing\s+by)\b[\s:]",
    re.IGNORECASE,
)
_CREDIT_REACH = 160  # a credit line's name is within this many characters of its start
_HEADING_REACH = 200  # a heading line is shorter than this either side of a name in it
#: A word in lower case in running text; not a piece of an address ("www.ascom.com",
#: "press@acme.org", "/news/acme"), which writes a company's name in lower case too.
_LOWER_WORD = re.compile(r"(?<![\w./@-])[a-z][a-z]+(?![\w@/-]|\.[a-z])")
#: A capitalised word before a "who" clause whose verb only a person's subject takes.
_WHO_NAME = re.compile(
    r"\b([A-Z][a-z][\w'’-]*),\s+who\s+(?:was\s+born|died|grew\s+up|is\s+survived|was\s+married"
    r"|married|wrote|retired|was\s+a\s+(?:former\s+)?(?:senator|writer|poet|singer|lawyer|doctor)"
    r"|lived|studied|graduated)\b"
)
#: A surname after an honorific that only a person takes ("Mr. Braun", "Ms. Allard").
_TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+([A-Z][\w'’-]+)\b(?![.]\w)")
_LEAD = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE = re.compile(r"['’]s?$")


def name_key(text: str) -> str:
    """The name a mention stands for: no leading "the", possessive or surrounding space."""
    return _POSSESSIVE.sub("", _LEAD.sub("", text.strip())).strip()


@dataclass(frozen=True)
class OrgEvidence:
    """What the vetoes read besides the entity: the document's text, word lists and ORG names.

    The NER's labels for the same name elsewhere in the document are deliberately not evidence:
    the small model labels an organization that opens a sentence before "said" a person every
    time ("Northwind Freight said ..."), so a vote over mentions repeats its mistake.
    """

    text: str
    first_names: frozenset[str]
    places: frozenset[str]
    #: every name the document's ``ORG`` entities give (keyed by :func:`name_key`)
    orgs: frozenset[str] = frozenset()

    @cached_property
    def named_between(self) -> dict[tuple[str, str], frozenset[str]]:
        """Names found between a context's two patterns, filled as vetoes ask (``_mentioned``)."""
        return {}

    @cached_property
    def lower_case_words(self) -> frozenset[str]:
        """Every word the text writes in lower case (read once per document)."""
        return frozenset(_LOWER_WORD.findall(self.text))

    @cached_property
    def works(self) -> frozenset[str]:
        """Titles a work noun introduces somewhere in the text ("the film Titanic")."""
        found = set()
        for pattern in (_WORK_BEFORE, _WORK_AFTER):
            for match in pattern.finditer(self.text):
                title = match.group(1)
                if title[:1].isupper():  # the IGNORECASE of the nouns must not reach the title
                    found.add(name_key(_trim_title(title)))
        return frozenset(found)

    @cached_property
    def titled_names(self) -> frozenset[str]:
        """Surnames only a person can carry in this text.

        Written after an honorific somewhere ("Mr. Braun", "Sen. Ruiz"), or before a "who"
        clause that says something only a person does ("Hughes, who died").
        """
        return frozenset(_TITLED_NAME.findall(self.text)) | frozenset(_WHO_NAME.findall(self.text))

    def line_of(self, char: int, reach: int) -> str | None:
        """The line (paragraph) that holds the character at ``char``.

        None when the line runs on more than ``reach`` characters either side (only that much
        is read).
        """
        low = max(0, char - reach)
        start = self.text.rfind("\n", low, char) + 1
        if start == 0 and low > 0:
            return None
        end = self.text.find("\n", char, char + reach + 1)
        if end < 0 and char + reach < len(self.text):
            return None
        return self.text[start : end if end >= 0 else len(self.text)]


def gather_evidence(
    text: str, first_names: Iterable[str], places: Iterable[str], orgs: Iterable[str] = ()
) -> OrgEvidence:
    """The evidence the vetoes read: the document's text, the word lists and its ORG names."""
    names = frozenset(name_key(o) for o in orgs)
    return OrgEvidence(text, frozenset(first_names), frozenset(places), names)


def _words(ent: Span) -> list[str]:
    """The name's words as printed ("Jo-Wilfried" is one), without "the" and a possessive."""
    words = [w for w in name_key(ent.text).split() if w not in {"'s", "’s"}]
    if words and words[0] in {"the", "The"}:
        words = words[1:]
    return words


def has_org_word(words: list[str], *, joining: bool = True) -> bool:
    """Whether a word of the name is an organization word.

    With ``joining``, a word that joins two names counts too: a person's name has neither.
    """
    return any(w in ORG_WORDS or (joining and w in _JOINING) for w in words)


def _honorific(ent: Span, ev: OrgEvidence) -> bool:
    before = ent.doc[ent.start - 1].text if ent.start > 0 else ""
    first = ent[0].text
    return before in _HONORIFICS or (len(ent) > 1 and first.endswith(".") and first in _HONORIFICS)


def _age_after(ent: Span, ev: OrgEvidence) -> bool:
    return _AGE_AFTER.match(ev.text, ent.end_char) is not None and not has_org_word(_words(ent))


def _person_apposition(ent: Span, ev: OrgEvidence) -> bool:
    """A "who" clause or an apposition headed by a person's noun beside it, and no org word.

    "said Black Elk, who has lived ...", "Wolfman, a veteran comics writer", "A veteran comics
    writer, Wolfman was ...".
    """
    if has_org_word(_words(ent)):
        return False
    before = ev.text[max(0, ent.start_char - 40) : ent.start_char]
    return (
        _PERSON_AFTER.match(ev.text, ent.end_char) is not None
        or _PERSON_BEFORE.search(before) is not None
    )


def _given_name(ent: Span, ev: OrgEvidence) -> bool:
    """A given name, then capitalised words, initials or particles, and no organization word.

    "Sean Hannity", "Carlos M. Fernandez III", "Laurence des Cars".
    """
    words = _words(ent)
    if len(words) == 1 and ent.text == words[0]:
        return words[0] in ev.first_names  # "Elon" alone: a person called by name
    if not 2 <= len(words) <= 5 or words[0] not in ev.first_names or has_org_word(words):
        return False
    rest = words[1:]
    capitalised = [w for w in rest if w[:1].isupper() and w not in _SUFFIX]
    return bool(capitalised) and all(
        w[:1].isupper() or w in _NAME_PARTICLES or _INITIAL.match(w) or w in _SUFFIX for w in rest
    )


def _titled_elsewhere(ent: Span, ev: OrgEvidence) -> bool:
    """Two to four capitalised words, the last written after "Mr." or "Ms." elsewhere.

    "Scooter Braun" when the article says "Mr. Braun" elsewhere; no organization word.
    """
    words = _words(ent)  # two words at least: "Ford" alone beside "Mr. Ford" is the company
    if not 2 <= len(words) <= 4 or has_org_word(words):
        return False
    return all(w[:1].isupper() for w in words) and words[-1] in ev.titled_names


def _known_place(ent: Span, ev: OrgEvidence) -> bool:
    return name_key(ent.text) in ev.places


#: Organization words that name places as well ("Kestrel International Airport", "Civic
#: Center Station"): they do not make a landmark's name an organization's.
_PLACE_WORDS_TOO = frozenset({"International", "Global", "Center", "Centre", "Union"})


def _head(words: list[str]) -> int:
    """Where a name's head word stands: before its first "of" ("Medal of Freedom"), else last."""
    return words.index("of") - 1 if "of" in words[1:] else len(words) - 1


def _headed_by(heads: frozenset[str]) -> Callable[[Span, OrgEvidence], bool]:
    """A veto for names headed by one of ``heads`` ("Statehouse" alone too) and no org word."""

    def applies(ent: Span, ev: OrgEvidence) -> bool:
        words = _words(ent)
        if not words:
            return False
        at = _head(words)
        rest = [w for w in words[:at] + words[at + 1 :] if w not in _PLACE_WORDS_TOO]
        return words[at] in heads and not has_org_word(rest, joining=False)

    return applies


#: "Washington Monument", "National Mall", "Gulf of Mexico": a place.
_facility = _headed_by(FACILITY_HEADS)
#: Last words of the names of events: "Maji-Maji Rebellion", "Boston Massacre", "Korean War".
EVENT_HEADS = frozenset(
    "Rebellion Revolution Revolt Uprising War Wars Massacre Genocide Riots Riot Olympics "
    "Crusade Crusades Blitz Famine Holocaust".split()
)
#: "Maji-Maji Rebellion", "Boston Massacre": an event.
_event = _headed_by(EVENT_HEADS)


def _place_in_region(ent: Span, ev: OrgEvidence) -> bool:
    """A place followed by its region: "Coral Gables, Fla.", "Kelowna, British Columbia"."""
    match = _IN_REGION.match(ev.text, ent.end_char)
    if match is None or has_org_word(_words(ent)):
        return False
    return match.group(1) in ev.places


def _model_code(ent: Span, ev: OrgEvidence) -> bool:
    """A name followed by a model code or a product word: "Moto Z", "Galaxy S8", "MacBook Pro"."""
    words = _words(ent)
    if len(words) < 2 or has_org_word(words, joining=False):
        return False
    return any(_MODEL_CODE.match(w) for w in words[1:]) or words[-1] in _PRODUCT_TAILS


def _maker_product(ent: Span, ev: OrgEvidence) -> bool:
    """A maker's name and one product word: "Nissan Connect", "Google Maps".

    Only when the article also names the maker ("Nissan") alone; "Samsung Electronics" is a
    company.
    """
    words = _words(ent)
    if len(words) != 2 or has_org_word(words[1:]) or not words[1].istitle():
        return False
    return words[0] in ev.orgs


def _lower_case_word(ent: Span, ev: OrgEvidence) -> bool:
    """A lower-case word that joins no name: a clause, not a name ("Garrett hit Rudolph")."""
    words = _words(ent)
    return any(
        w[:1].islower()
        and w not in _NAME_JOINERS
        and w.capitalize() not in ORG_WORDS  # "the Communist party"
        and not _ELIDED.match(w)  # "Musée d’Orsay"
        for w in words[1:]
    )


def _member_noun(ent: Span, ev: OrgEvidence) -> bool:
    """One word after "a"/"an" that ends the phrase: a member, not the body ("like a Talib.")."""
    doc = ent.doc
    words = _words(ent)
    if len(words) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ not in {"a", "an"}:
        return False
    return ent.end == len(doc) or doc[ent.end].is_punct or doc[ent.end].is_space


def _common_word(ent: Span, ev: OrgEvidence) -> bool:
    """One capitalised word the article also uses in lower case: "Education", "Linebacker"."""
    words = _words(ent)
    if len(words) != 1 or not words[0].istitle() or len(words[0]) < 3:
        return False
    return words[0].lower() in ev.lower_case_words


#: An amount written with a currency code: "USD25", "USD 25m", "25 EUR", "GBP1.2bn".
_CODES = "|".join(sorted(CURRENCY_CODES))
_AMOUNT = re.compile(
    rf"^(?:(?:{_CODES})\s?\d[\d.,]*(?:[kmb]n?|bn|tn)?|\d[\d.,]*\s?(?:{_CODES}))$", re.IGNORECASE
)


#: A currency code scaled by a letter ("MUSD": millions of dollars, "kEUR").
_SCALED_CODE = re.compile(rf"^[Mk](?:{_CODES})$")


def _amount(ent: Span, ev: OrgEvidence) -> bool:
    """An amount of money the tagger read as a name: "USD25" in "USD25m", "MUSD" in "30 MUSD"."""
    if _AMOUNT.match(ent.text) is not None:
        return True
    before = ev.text[max(0, ent.start_char - 20) : ent.start_char]
    return _SCALED_CODE.match(ent.text) is not None and re.search(r"\d\s?$", before) is not None


#: Names of units that follow a number ("68 degrees Fahrenheit").
_UNIT_NAMES = frozenset({"celsius", "fahrenheit", "kelvin", "centigrade"})
_NUMBER_BEFORE = re.compile(r"(?:\d|\bdeg(?:rees?|\.)?)\s*$", re.IGNORECASE)


def _unit_name(ent: Span, ev: OrgEvidence) -> bool:
    """A unit's name after a number, which the tagger read as a name.

    "68 degrees Fahrenheit", "450 MB/s".
    """
    name = ent.text.rstrip(".")
    if name.casefold() not in _UNIT_NAMES and not (name in KNOWN_UNITS or "/" in name):
        return False
    return _NUMBER_BEFORE.search(ev.text[max(0, ent.start_char - 20) : ent.start_char]) is not None


def _quoted_title(ent: Span, ev: OrgEvidence) -> bool:
    """A name alone between quotation marks: a title of a work ("“Supergirl”"), not a body."""
    before = ev.text[max(0, ent.start_char - 1) : ent.start_char]
    after = ev.text[ent.end_char : ent.end_char + 1]
    return before in {"“", '"', "‘"} and after in {"”", '"', "’"} and not has_org_word(_words(ent))


#: Capitalised small words a title's run may open with at a sentence start ("On Everwood, ...").
_OPENING_WORDS = frozenset("On In At For And But With From By As Of To".split())


def _trim_title(title: str) -> str:
    """A title without the small words it ran on into ("Titanic and" -> "Titanic")."""
    words = title.split()
    while words and words[-1] in {"of", "the", "and", "in", "on", "a"}:
        words.pop()
    while len(words) > 1 and words[0] in _OPENING_WORDS:
        words.pop(0)
    return " ".join(words)


def _named_as_work(ent: Span, ev: OrgEvidence) -> bool:
    """A name the article introduces as a work: "the film Titanic", "Everwood, the show ..."."""
    key = name_key(ent.text)
    return key in ev.works and not has_org_word(_words(ent))


def _container_of(ent: Span, ev: OrgEvidence) -> bool:
    """A brand as the thing in a container: "cans of Pepsi", "a bottle of Evian"."""
    before = ev.text[max(0, ent.start_char - 30) : ent.start_char]
    return _CONTAINER_BEFORE.search(before) is not None and not has_org_word(_words(ent))


def _credit_line(ent: Span, ev: OrgEvidence) -> bool:
    low = max(0, ent.start_char - _CREDIT_REACH)
    line_start = ev.text.rfind("\n", low, ent.start_char) + 1
    if line_start == 0 and low > 0:
        return False  # the line opens further back than a credit's name stands
    return _CREDIT_LINE.match(ev.text, line_start) is not None and not has_org_word(_words(ent))


def _heading_line(ent: Span, ev: OrgEvidence) -> bool:
    """A line of four or more capitalised words and nothing else ("Symbol Name Last Change")."""
    words = _words(ent)
    if len(words) < 3 or has_org_word(words):
        return False
    found = ev.line_of(ent.start_char, _HEADING_REACH)
    if found is None:
        return False
    line = found.split()
    return (
        len(line) >= 4
        and all(w[:1].isupper() or not w[:1].isalpha() for w in line)
        and (line[-1][-1:] not in ".!?")
    )


#: A person's title before a name, and the body after it: "Head of Fundamental Research at
#: Kotak Securities", "Computer Scientist and Product Leader at Mozilla".
_TITLE_OF_BEFORE = re.compile(
    r"\b(?:head|director|chief|vp|vice\s+president|manager|chair(?:man|woman)?|dean|professor"
    r"|editor|lead|leader|officer)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AT_A_BODY_AFTER = re.compile(r"^\s+(?:at|with)\s+(?:the\s+)?[A-Z]")
_JOB_NOUNS = frozenset(
    "Scientist Engineer Leader Manager Director Officer Editor Analyst Consultant Researcher "
    "Designer Developer Architect Strategist Economist Specialist".split()
)


def _title_of_a_person(ent: Span, ev: OrgEvidence) -> bool:
    """A department or a job in a person's title, before the body they work at.

    "Head of Fundamental Research at Kotak Securities", "Computer Scientist ... at Mozilla".
    """
    if not _AT_A_BODY_AFTER.match(ev.text[ent.end_char : ent.end_char + 12]):
        return False
    words = _words(ent)
    if not words or has_org_word(words):
        return False  # "director of the Center for Energy Policy at Yale": a body of its own
    before = ev.text[max(0, ent.start_char - 40) : ent.start_char]
    return bool(_TITLE_OF_BEFORE.search(before)) or words[-1] in _JOB_NOUNS


@dataclass(frozen=True)
class Veto:
    """One reason an ``ORG`` entity is not an organization, and the test that finds it."""

    reason: str
    applies: Callable[[Span, OrgEvidence], bool]


#: Every veto, in the order they are tried; the first that applies names the reason.
#: Nouns of a law or a technology right after a name (up to two lower-case modifiers and an
#: acronym in brackets between): "the Dodd-Frank financial-reform law", "Heat Assisted Magnetic
#: Recording (HAMR) technology". Not "rule" ("Taliban rule" is a government) nor "program".
_LAW_NOUNS = r"law|laws|act|bill|legislation|regulations"
_TECHNOLOGY_NOUNS = r"technology|technologies|protocol|standard"
_NOUN_AFTER_NAME = (
    r"(?:\s+\([A-Z][A-Za-z0-9-]{{1,9}}\))?(?:\s+[a-z][a-z-]*){{0,2}}?\s+(?:{nouns})\b"
)
#: A verb of travel and "from"/"to" before a name: "drive back from Garmsir" (a place).
_TRAVEL_BEFORE = (
    r"\b(?:drive|drives|drove|driving|driven|fly|flies|flew|flying|flown|travel(?:s|l?ed|l?ing)?"
    r"|walk(?:s|ed|ing)?|sail(?:s|ed|ing)?|ride|rides|rode|riding|hike[sd]?|hiking)"
    r"\s+(?:back\s+)?(?:from|to|into|through)\s+"
)
#: Nouns of places an apposition may be headed by.
_PLACE_NOUN = (
    r"\b(?:city|town|village|district|province|county|neighbou?rhood|region|market|bazaar"
    r"|square|port|island|suburb|capital|area)\b"
)
#: An apposition headed by a place's noun: "Sarai Shahzada, Afghanistan's central exchange
#: market", "Garmsir, a district in Helmand".
_PLACE_APPOSITION = (
    r",\s+(?:the|a|an|[A-Z][\w]*['’]s)\s+(?:(?!(?:of|for|with|by|and|or|which|that)\b)[\w'’-]+\s+)"
    r"{0,3}?(?:city|town|village|district|province|county|neighbou?rhood|region|market|bazaar"
    r"|square|port|island|suburb|capital|area)\b(?![’'-])"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|of|on|near|where|which|that|and)\b)"  # the noun ends it
)
#: A run of capitalised words, a name's shape ("Sarai Shahzada", "U.S. Army", "Bank of Ruritania").
_CAPITALISED_RUN = r"[A-Z][\w'’.&-]*(?:\s(?:of|and|&|for|de|[A-Z][\w'’.&-]*)){0,5}"


#: How far around a context's key word a name and the rest of the context are looked for.
_CONTEXT_REACH = 160


def _mentioned(
    ev: OrgEvidence, name: str, key_word: str, before: str = "", after: str = ""
) -> bool:
    """Whether some mention of ``name`` in the article has ``before`` and ``after`` around it.

    Read once per document and context, and only around the context's ``key_word`` (a pattern
    of the rare words it needs: "law", "district", "drove"): every run of capitalised words
    found there between ``before`` and ``after`` gives the names it may hold (the whole run when
    both tie it, its word-prefixes when only ``before`` does, its word-suffixes when only
    ``after`` does). Each name is then one set lookup, and a page of a million characters
    without the key word costs one scan (a page may name thousands of organizations).
    """
    names = ev.named_between.get((before, after))
    if names is None:
        pattern = re.compile(rf"{before}(?<![\w-])({_CAPITALISED_RUN})(?![\w-]){after}")
        found: set[str] = set()
        text = ev.text
        for key in re.finditer(key_word, text):
            window = text[max(0, key.start() - _CONTEXT_REACH) : key.end() + _CONTEXT_REACH]
            for match in pattern.finditer(window):
                words = match.group(1).split()
                if before and after:
                    pieces = [words]  # tied on both sides: the whole run
                elif after:
                    pieces = [words[start:] for start in range(len(words))]
                else:
                    pieces = [words[:end] for end in range(1, len(words) + 1)]
                for piece in pieces:
                    held = " ".join(piece)
                    found.update((held, held.rstrip(".'’")))  # "from Garmsir." at a sentence end
        names = ev.named_between[(before, after)] = frozenset(found)
    return " ".join(name.split()) in names


def _named_by_noun(ent: Span, ev: OrgEvidence, nouns: str) -> bool:
    """The name, or it as the acronym in brackets after a name ("(HAMR)"), before ``nouns``."""
    after = _NOUN_AFTER_NAME.format(nouns=nouns)
    key_word = rf"\b(?:{nouns})\b"
    if _mentioned(ev, ent.text, key_word, after=after):
        return True
    tail = after.split(")?", 1)[1]  # the modifiers and the noun, without the bracketed acronym
    return ent.text.isupper() and _mentioned(
        ev, ent.text, key_word, before=r"\(", after=r"\)" + tail
    )


def _law_after(ent: Span, ev: OrgEvidence) -> bool:
    """A law named by the noun after it: "the 2010 Dodd-Frank financial-reform law"."""
    words = _words(ent)
    if has_org_word(words):
        return False
    return _named_by_noun(ent, ev, _LAW_NOUNS)


def _technology_after(ent: Span, ev: OrgEvidence) -> bool:
    """A technology named by the noun after it: "Heat Assisted Magnetic Recording technology".

    Two words at least ("Intel technology" is a company's), or the acronym a longer name gets
    in brackets ("(HAMR) technology").
    """
    words = _words(ent)
    if (len(words) < 2 and not ent.text.isupper()) or has_org_word(words):
        return False
    return _named_by_noun(ent, ev, _TECHNOLOGY_NOUNS)


def _travelled_to(ent: Span, ev: OrgEvidence) -> bool:
    """A place someone drives, flies or walks to or from: "drive back from Garmsir"."""
    if len(ent) > 3 or has_org_word(_words(ent)):
        return False
    return _mentioned(ev, ent.text, _TRAVEL_BEFORE, before=_TRAVEL_BEFORE)


def _place_apposition(ent: Span, ev: OrgEvidence) -> bool:
    """An apposition headed by a place's noun: "Sarai Shahzada, Afghanistan's exchange market"."""
    if has_org_word(_words(ent)):
        return False
    return _mentioned(ev, ent.text, _PLACE_NOUN, after=_PLACE_APPOSITION)


VETOES: tuple[Veto, ...] = (
    Veto("person: honorific", _honorific),
    Veto("person: age in apposition", _age_after),
    Veto("person: 'who' or a person's noun in apposition", _person_apposition),
    Veto("person: given name", _given_name),
    Veto(
        "person: the surname after 'Mr.' or 'Ms.', or before 'who died', elsewhere",
        _titled_elsewhere,
    ),
    Veto("place: known place", _known_place),
    Veto("place: in a region", _place_in_region),
    Veto("place: a landmark's or a feature's head word", _facility),
    Veto("place: an apposition headed by a place's noun", _place_apposition),
    Veto("place: where someone travels to or from", _travelled_to),
    Veto("event: an event's head word", _event),
    Veto("law: a law's noun after the name", _law_after),
    Veto("product: a technology's noun after the name", _technology_after),
    Veto("product: model code", _model_code),
    Veto("product: in a container", _container_of),
    Veto("product: a title in quotation marks", _quoted_title),
    Veto("work: named as a film, show or book", _named_as_work),
    Veto("product: its maker and a product word", _maker_product),
    Veto("shape: a clause, not a name", _lower_case_word),
    Veto("shape: a common word", _common_word),
    Veto("shape: an amount of money", _amount),
    Veto("shape: a unit after a number", _unit_name),
    Veto("shape: a member, not the body", _member_noun),
    Veto("line: byline or credit", _credit_line),
    Veto("line: heading of capitalised words", _heading_line),
    Veto("other: a department or a job in a person's title", _title_of_a_person),
)


#: The label a vetoed name keeps in ``doc.ents``, by the kind its reason names (a byline or a
#: heading is no entity at all).
RELABEL = {
    "event": "EVENT",
    "person": "PERSON",
    "place": "GPE",
    "product": "PRODUCT",
    "work": "WORK_OF_ART",
    "law": "LAW",
}


#: Names of companies that are also names of places (the patterns list them as companies).
_PLACE_HOMONYMS = frozenset({"Amazon"})
#: After "the" and such a name, the words of the place: "wildfires in the Amazon, ...", "the
#: Amazon rainforest" (not "the Amazon deal").
_PLACE_AFTER = re.compile(
    r"^(?:\s*(?:[.,;:!?)]|$)|\s+(?:rainforest|rain\s+forest|river|basin|region|jungle|forest"
    r"|and|in|where|which|that|is|was|has|had|burns?|burned|burning)\b)",
    re.IGNORECASE,
)


def _homonym_place(ent: Span, ev: OrgEvidence) -> bool:
    """A company's name used for the place it is named after: "fires raging in the Amazon"."""
    if ent.text not in _PLACE_HOMONYMS or ent.start == 0 or ent.doc[ent.start - 1].lower_ != "the":
        return False
    return _PLACE_AFTER.match(ev.text[ent.end_char : ent.end_char + 20]) is not None


def veto_reason(ent: Span, evidence: OrgEvidence) -> str | None:
    """The first reason ``ent`` is not an organization, or None when none applies."""
    if _homonym_place(ent, evidence):
        return "place: a company's name for the place it is named after"
    if ent.ent_id_:  # an EntityRuler pattern: the developers said it is an organization
        return None
    for veto in VETOES:
        if veto.applies(ent, evidence):
            return veto.reason
    return None
