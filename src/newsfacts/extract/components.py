"""spaCy components of the newsfacts pipeline, registered as factories.

Every component writes spans to ``doc.spans["newsfacts"]`` (labels ``QUANTITY``, ``PERCENT``,
``MONEY``, ``DATE``, ``DATE_RANGE``, and the upper-cased label of a kind with its own finder) with
the parsed reading in ``span._.newsfacts``; organizations stay in ``doc.ents``. Turning spans into
pydantic facts is :mod:`newsfacts.extract.assemble`'s job.

The publication date that relative dates resolve against is ``doc._.newsfacts_published``; the
article's language is ``doc._.newsfacts_language`` (decimal-comma languages get their separators
swapped before the digit grammar reads them).
"""

from __future__ import annotations

import bisect
import datetime as dt
import importlib
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, cast

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans

from newsfacts.errors import ModelError
from newsfacts.extract.dates import DateMention, find_dates
from newsfacts.extract.lexicon import DOLLAR_BY_REGION
from newsfacts.extract.mentions import Mention, find_mentions, share_list_units
from newsfacts.extract.numbers import DECIMAL_COMMA_LANGUAGES, swap_separators
from newsfacts.extract.org_names import LEGAL_FORMS, initials
from newsfacts.extract.org_veto import RELABEL, gather_evidence, has_org_word, veto_reason
from newsfacts.extract.orgs import (
    campus_end,
    find_org_spans,
    is_program,
    join_national_prefix,
    join_possessives,
    mend_org,
    merge_org_spans,
    split_owners,
)
from newsfacts.extract.roles import assign_roles, name_spans
from newsfacts.extract.words import counts_by_default, find_word_mentions

__all__ = [
    "SPAN_KEY",
    "DatesComponent",
    "Finder",
    "KindMention",
    "KindsComponent",
    "NumbersComponent",
    "OrgFilter",
    "make_dates",
    "make_kinds",
    "make_numbers",
    "make_org_filter",
    "make_paragraph_breaks",
]

SPAN_KEY = "newsfacts"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
DATE_LABELS = frozenset({"DATE", "DATE_RANGE", "DATE_UNRESOLVED"})
_PLACEHOLDER_DAY = dt.date(2000, 1, 1)  # only the spans of its matches are used


def _ensure_extensions() -> None:
    if not Span.has_extension("newsfacts"):
        Span.set_extension("newsfacts", default=None)
    if not Doc.has_extension("newsfacts_published"):
        Doc.set_extension("newsfacts_published", default=None)
    if not Doc.has_extension("newsfacts_language"):
        Doc.set_extension("newsfacts_language", default=None)
    if not Doc.has_extension("newsfacts_day_first"):
        Doc.set_extension("newsfacts_day_first", default=False)
    if not Doc.has_extension("newsfacts_dollar"):
        Doc.set_extension("newsfacts_dollar", default=None)
    if not Doc.has_extension("newsfacts_org_vetoes"):
        Doc.set_extension("newsfacts_org_vetoes", default=None)  # [(name, reason)] the filter set


def _group(doc: Doc) -> SpanGroup:
    if SPAN_KEY not in doc.spans:
        doc.spans[SPAN_KEY] = []
    return cast(SpanGroup, doc.spans[SPAN_KEY])


def _add(doc: Doc, start: int, end: int, label: str, payload: object) -> None:
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:
        return
    span._.newsfacts = payload
    _group(doc).append(span)


_TEXT_KEY = "newsfacts_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per document.

    spaCy rebuilds ``Doc.text`` from every token on each access (a few milliseconds per article,
    paid by every component); the text never changes inside the pipeline, so the first component
    keeps it in ``doc.user_data`` and the others read it from there.
    """
    cached = doc.user_data.get(_TEXT_KEY)
    if isinstance(cached, str):
        return cached
    text = doc.text
    doc.user_data[_TEXT_KEY] = text
    return text


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the non-blank sentences, computed once per document."""
    cached = doc.user_data.get(_SENTS_KEY)
    if isinstance(cached, list):
        return cached
    text = doc_text(doc)
    spans = [
        (s.start_char, s.end_char) for s in doc.sents if text[s.start_char : s.end_char].strip()
    ]
    doc.user_data[_SENTS_KEY] = spans
    return spans


_SENTS_KEY = "newsfacts_sentences"


class ParagraphBreaks:
    """Start a sentence after every blank line, so that headings never join the next paragraph.

    Within a paragraph, a period that ends an abbreviation ("21.7 cu.ft. in total", "approx.
    the", "vs. a") starts no sentence: a sentence never opens with a lower-case word.
    """

    def __call__(self, doc: Doc) -> Doc:
        """Mark the token after a paragraph break as a sentence start."""
        text = doc_text(doc)
        starts = []
        for match in _PARAGRAPH_BREAK.finditer(text):
            token = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
            if token is not None and token.start > 0:
                starts.append(token.start)
        # One array write: setting Token.is_sent_start one by one re-checks the whole Doc's
        # annotation each time, which is quadratic on long articles.
        values = doc.to_array([SENT_START]).astype("int64")  # -1: "starts no sentence"
        inside = [
            i
            for i in (int(k) for k in (values == 1).nonzero()[0])  # sentence starts only
            if i > 0
            and doc[i].text[:1].islower()
            and doc[i - 1].text == "."
            and "\n" not in text[doc[i - 1].idx : doc[i].idx]
        ]
        if starts or inside:
            values[inside] = -1
            values[starts] = 1
            doc.from_array([SENT_START], cast("Any", values.astype("uint64")))
        return doc


@Language.factory("newsfacts_paragraph_breaks", assigns=["token.is_sent_start"])
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    """Build the paragraph-break sentence fixer (runs after ``sentencizer``)."""
    return ParagraphBreaks()


#: Entities whose names may hold a month or a number that is no date ("21st Century Fox",
#: "April Ryan", "Augusta National"): a date strictly inside one of them is dropped.
_NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC"})
#: Regions whose numeric dates put the month first ("3/4/2021" is March 4); elsewhere the day
#: comes first. Canada writes both, so it keeps the month first like a page with no region.
_MONTH_FIRST_REGIONS = frozenset({"us", "ph", "ca", "fm", "pw", "mh", "gu", "pr", "as", "vi"})
#: Top-level domains that name no country.
_GENERIC_TLDS = frozenset("com org net edu gov mil int info biz io co news app dev tv me".split())


def page_region(url: str | None, language: str | None) -> str | None:
    """The page's country, lower-cased: its URL's country domain, else its language tag's region.

    >>> page_region("https://www.bbc.co.uk/news", "en"), page_region(None, "en-AU")
    ('uk', 'au')
    """
    if url:
        host = re.sub(r"^[a-z]+://", "", url.lower()).split("/", 1)[0].split(":", 1)[0]
        tld = host.rsplit(".", 1)[-1] if "." in host else ""
        if len(tld) == 2 and tld not in _GENERIC_TLDS:
            return tld
    if language and len(language) >= 5:
        return language[-2:].lower()
    return None


def day_first_locale(language: str | None, url: str | None = None) -> bool:
    """Whether numeric dates of a page put the day first ("3/4" is 3 April).

    The region comes from the page's URL (its country domain: ``.co.uk``, ``.com.au``, ``.de``) or
    from its language tag (``en-GB``, ``fr-FR``). A page without a region (``.com``, a bare
    ``en``), or of the United States, keeps the month first.
    """
    region = page_region(url, language)
    return region is not None and region not in _MONTH_FIRST_REGIONS


class DatesComponent:
    """Find date expressions and resolve them against ``doc._.newsfacts_published``."""

    def __call__(self, doc: Doc) -> Doc:
        """Add ``DATE`` and ``DATE_RANGE`` spans."""
        published = doc._.newsfacts_published
        if published is not None and not isinstance(published, dt.date):
            published = None
        text = doc_text(doc)
        day_first = bool(doc._.newsfacts_day_first)
        names = [
            (e.start_char, e.end_char) for e in doc.ents if e.label_ in _NAME_LABELS
        ]  # the model's entities, when the pipeline has a model
        codes = _merged(
            (start, end) for start, end, rule in name_spans(text) if rule in DATE_NAME_RULES
        )  # "GTX 1660", the film “1917”: names of the role table that hold no date
        resolved = [
            m
            for m in find_dates(text, published=published, day_first=day_first)
            if not _inside_name(m, names) and not _inside_name(m, codes)
        ]
        for mention in resolved:
            label = "DATE" if mention.single_day and mention.first is not None else "DATE_RANGE"
            _add(doc, mention.start, mention.end, label, mention)
        if published is None:
            # Without a publication date "April 13" cannot be placed in a year, but it is still
            # a date: reported with no days (its label as printed), so that nothing is dropped
            # silently and 13 is not read as a figure. Bare relative phrases only claim a span.
            taken = {(m.start, m.end) for m in resolved}
            for mention in find_dates(text, published=_PLACEHOLDER_DAY, day_first=day_first):
                if (
                    (mention.start, mention.end) in taken
                    or _inside_name(mention, names)
                    or _inside_name(mention, codes)
                ):
                    continue
                unresolved = replace(
                    mention,
                    first=None,
                    last=None,
                    single_day=False,
                    relative=True,
                    label=" ".join(text[mention.start : mention.end].split()),
                )
                label = "DATE_UNRESOLVED" if mention.bare_relative else "DATE_RANGE"
                _add(doc, mention.start, mention.end, label, unresolved)
        return doc


#: Rules of :data:`~newsfacts.extract.roles.NAME_SPANS` whose names never hold a date: a year
#: inside one is part of the name ("GTX 1660", "Windows 2000", the film "1917").
DATE_NAME_RULES = frozenset(
    {
        "caps_code",
        "quoted_number",
        "version",
        "phone",
        "road",
        "hotline",
        "address",
        "citation",
        "release",
        "glued_year",
    }
)


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, overlapping spans joined into disjoint ones."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _inside_name(mention: DateMention, names: list[tuple[int, int]]) -> bool:
    """Whether the mention lies strictly inside one of the (sorted, disjoint) entity spans."""
    at = bisect.bisect_right(names, (mention.start, sys.maxsize)) - 1
    if at < 0:
        return False
    start, end = names[at]
    return (
        start <= mention.start
        and mention.end <= end
        and (start, end)
        != (
            mention.start,
            mention.end,
        )
    )


@Language.factory("newsfacts_dates", assigns=["doc.spans"])
def make_dates(nlp: Language, name: str) -> DatesComponent:
    """Build the date component (``newsfacts.dates.v1`` grammar)."""
    _ensure_extensions()
    return DatesComponent()


def _counts_back(doc: Doc) -> list[tuple[int, int]]:
    """The spans of "six months ago", "two weeks from now": one day counted from publication."""
    return [
        (s._.newsfacts.start, s._.newsfacts.end)
        for s in _group(doc)
        if s.label_ in DATE_LABELS
        and s._.newsfacts is not None
        and s._.newsfacts.keeps_numbers
        and s._.newsfacts.single_day
    ]


def _without_time_references(
    mentions: list[Mention], counts_back: list[tuple[int, int]], text: str
) -> list[Mention]:
    """Drop the count of "five years ago" right after another figure: it dates that figure.

    "$1,420 five years ago" reads as "a year earlier" would; alone it is a span of time.
    """
    if not counts_back:
        return mentions
    ends = {m.end for m in mentions}
    kept = []
    for m in mentions:
        inside = next((s for s, e in counts_back if s <= m.start and m.end <= e), None)
        if inside is not None:
            before = text[max(0, inside - 3) : inside]
            gap = len(before) - len(before.rstrip())
            if gap and inside - gap in ends:
                continue
        kept.append(m)
    return kept


class NumbersComponent:
    """Find quantities, percentages and money; numbers inside dates are left to the dates."""

    def __init__(self, written_numbers: bool = False) -> None:
        self.written_numbers = written_numbers

    def __call__(self, doc: Doc) -> Doc:
        """Add ``QUANTITY``, ``PERCENT`` and ``MONEY`` spans."""
        claimed = [
            (s._.newsfacts.start, s._.newsfacts.end)
            for s in _group(doc)
            if s.label_ in DATE_LABELS
            and s._.newsfacts is not None
            and not s._.newsfacts.keeps_numbers  # "the past 10 years": "10 years" is a figure
        ]
        text = doc_text(doc)
        if doc._.newsfacts_language in DECIMAL_COMMA_LANGUAGES:
            text = swap_separators(text)  # "1.240,5" reads as 1240.5; offsets unchanged
        names = [(start, end) for start, end, _ in name_spans(text)]
        mentions = find_mentions(text, claimed=claimed + names)
        taken = claimed + names + [(m.start, m.end) for m in mentions]
        words = find_word_mentions(text, claimed=taken)
        every = share_list_units(sorted(mentions + words, key=lambda m: m.start), text)
        if not self.written_numbers:  # "five and six percent": five counts with its list's unit
            written = {(m.start, m.end) for m in words}
            every = [m for m in every if (m.start, m.end) not in written or counts_by_default(m)]
        every = _without_time_references(every, _counts_back(doc), text)
        entities = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        mentions = assign_roles(text, every, entities)
        dollar = doc._.newsfacts_dollar
        if isinstance(dollar, str) and dollar != "USD":
            mentions = [_local_dollar(m, text, dollar) for m in mentions]
        for mention in mentions:
            _add(doc, mention.start, mention.end, mention.kind.upper(), mention)
        return doc


_BARE_DOLLAR = re.compile(r"[-−]?\$|.*\bdollars?\b", re.I)
_US_DOLLAR = re.compile(
    r"\b(?:US|U\.S\.|American)\s*dollars?\b|US\$|U\.S\.\$|\s(?:US|U\.S\.|American)$", re.I
)


def _local_dollar(mention: Mention, text: str, dollar: str) -> Mention:
    """A bare "$" or "dollars" is the page's local dollar ("$640,479" on a Canadian page)."""
    if mention.currency != "USD":
        return mention
    surface = text[mention.start : mention.end]
    if _US_DOLLAR.search(surface) or not _BARE_DOLLAR.match(surface):
        return mention
    if "cent" in surface.lower() and "$" not in surface:
        return mention  # "5 cents": which cents the page means is no surer
    return replace(mention, currency=dollar)


def local_dollar(url: str | None, language: str | None) -> str | None:
    """The currency a bare "$" means on a page, from its URL's country domain or language region.

    >>> local_dollar("https://www.cbc.ca/news/x", None), local_dollar(None, "en-AU")
    ('CAD', 'AUD')
    """
    return DOLLAR_BY_REGION.get(page_region(url, language) or "")


@Language.factory(
    "newsfacts_numbers", default_config={"written_numbers": False}, assigns=["doc.spans"]
)
def make_numbers(nlp: Language, name: str, written_numbers: bool) -> NumbersComponent:
    """Build the numbers component.

    Numbers written in words count when they carry a currency, a percent word or a unit or
    count noun ("a billion euros", "four weeks"); ``written_numbers`` reports the rest too
    ("twenty-one" alone).
    """
    _ensure_extensions()
    return NumbersComponent(written_numbers)


@dataclass(frozen=True, slots=True)
class KindMention:
    """A match of a fact kind's own finder (:attr:`~newsfacts.facts.FactKind.finder`).

    Attributes:
        kind: the kind's label.
        start: offset of the first character in the text.
        end: offset after the last character.
        fields: the model's own fields (all but ``id``, ``text``, ``span`` and ``sentence``).
    """

    kind: str
    start: int
    end: int
    fields: Mapping[str, object]


#: A fact kind's finder: the article text in, ``(start, end, fields)`` per match out.
Finder = Callable[[str], Iterable[tuple[int, int, Mapping[str, object]]]]


def _load_finder(path: str) -> Finder:
    module, _, name = path.partition(":")
    try:
        return cast(Finder, getattr(importlib.import_module(module), name))
    except (ImportError, AttributeError, ValueError) as exc:
        raise ModelError(f"cannot load the fact finder {path!r}: {exc}") from exc


class KindsComponent:
    """Run the finders of the fact kinds that name one in :data:`~newsfacts.facts.FACT_KINDS`.

    It runs after the built-in components: a match overlapping a date or a figure they found is
    left to them.
    """

    def __init__(self, finders: dict[str, str]) -> None:
        self.finders = {kind: _load_finder(path) for kind, path in finders.items()}

    def __call__(self, doc: Doc) -> Doc:
        """Add a span per match, labelled with its kind upper-cased (``RATIO``)."""
        text = doc_text(doc)
        found = [s._.newsfacts for s in _group(doc) if s._.newsfacts is not None]
        taken = [(m.start, m.end) for m in found]
        for kind, finder in self.finders.items():
            for start, end, fields in finder(text):
                if any(a < end and start < b for a, b in taken):
                    continue
                _add(doc, start, end, kind.upper(), KindMention(kind, start, end, dict(fields)))
                taken.append((start, end))
        return doc


@Language.factory("newsfacts_kinds", default_config={"finders": {}}, assigns=["doc.spans"])
def make_kinds(nlp: Language, name: str, finders: dict[str, str]) -> KindsComponent:
    """Build the component running the fact kinds' own finders, ``{label: "module:function"}``.

    Raises:
        ModelError: a finder cannot be imported.
    """
    _ensure_extensions()
    return KindsComponent(finders)


#: Last words of names that are indexes, laws, programs, agreements, standards, infrastructure
#: or events, not organizations (the last word is read, and the one before "of", "for" or "on":
#: "Global Compact for Migration"). Buildings and places are a veto of their own
#: (:data:`newsfacts.extract.org_veto.FACILITY_HEADS`).
_NOT_ORG_HEADS = frozenset(
    "Index Rule Rules Act Law Program Programme Project Initiative Campaign Plan Treaty Accord "
    "Agreement Compact Protocol Standard Standards Pipeline Corridor Summit Expo Festival "
    "Olympics Championship Championships Cup Awards Award Prize Marathon Show Finals".split()
)
_TRAILING_WORDS = {"of", "and", "&", "the", "for", "-", "—", "–"}


#: A country named before an organization it owns ("U.K.'s", "China's").
_PLACE_OWNER = re.compile(
    r"^(?:the\s+)?(?:U\.?S\.?|U\.?K\.?|E\.?U\.?|Britain|China|Russia|India|Japan|America)$"
)


#: A brand written in lower case, with a capital or a digit inside: "iFixit", "eBay", "my6sense"
#: (not "post-Taliban": a hyphen before the capital is a prefix).
_CAMEL_NAME = re.compile(r"^[a-z]{1,4}(?:[A-Z]|\d[a-z])[\w]*$")


#: A team's won-lost record in brackets right after its name: "Eastern Michigan (5-5, 3-3)".
_RECORD_AFTER = re.compile(
    r"\s?\(\d{1,2}-\d{1,2}(?:-\d{1,2})?(?:,\s?\d{1,2}-\d{1,2}(?:-\d{1,2})?)?\)"
)


def _teams_by_their_record(doc: Doc, text: str) -> None:
    """Relabel a place or a person the NER found as a team when its record follows it.

    "Eastern Michigan (5-5, 3-3) rolled past Northern Illinois": a place's name stands for the
    team that plays for it, and a sports page prints each team's record so.
    """
    ents = list(doc.ents)
    changed = False
    for i, ent in enumerate(ents):
        if ent.label_ in {"GPE", "LOC", "PERSON", "NORP", "FAC"} and _RECORD_AFTER.match(
            text, ent.end_char
        ):
            # the record is evidence enough: no veto reads "Minnesota" as a place again
            ents[i] = Span(doc, ent.start, ent.end, label="ORG", span_id=ent.text)
            changed = True
    if changed:
        doc.ents = ents


#: The noun of a news outlet right after a name: "the Independent newspaper".
_OUTLET_AFTER = re.compile(r"\s+(?:newspaper|paper|magazine|daily|tabloid|broadcaster|website)\b")


def _listed_with_an_org(doc: Doc, ent: Span) -> bool:
    """Whether a name stands in a list with an organization the NER found.

    "identified SBI and ICICI Bank", "ICICI Bank and SBI": a list joins names of one kind.
    """
    after = doc[ent.end : ent.end + 2]
    before = doc[max(0, ent.start - 2) : ent.start]
    ahead = (
        len(after) == 2 and after[0].lower_ in {"and", "or", ","} and after[1].ent_type_ == "ORG"
    )
    behind = (
        len(before) == 2 and before[1].lower_ in {"and", "or", ","} and before[0].ent_type_ == "ORG"
    )
    return ahead or behind


def _topics_listed(doc: Doc, start: int, comma: int, end: int) -> bool:
    """Whether the comma lists the topics of one body.

    "Council on Energy, Environment and Water", "Department of Health, Education and Welfare":
    a connector before the comma, title words and an "and" after it, to the name's end.
    """
    if not any(doc[i].lower_ in {"of", "on", "for"} for i in range(start + 1, comma)):
        return False
    rest = doc[comma + 1 : end]
    return (
        any(t.lower_ == "and" for t in rest)
        and all(t.is_title or t.lower_ in {"and", ","} for t in rest)
        and len(rest) <= 6
    )


def _trim_org(doc: Doc, ent: Span) -> Span | None:
    """Cut an organization at an opening parenthesis or a paragraph break.

    Dangling words and space at its end go too.
    """
    start, end = ent.start, ent.end
    for token in ent:
        if token.text in {"(", "[", "“", '"', ":"} or (token.is_space and "\n" in token.text):
            end = token.i  # a name never runs across a paragraph ("Acme\n\nShares rose")
            break
        if (
            token.text == ","
            and token.i + 1 < end
            and doc[token.i + 1].text not in LEGAL_FORMS
            and not _topics_listed(doc, start, token.i, end)
            and campus_end(doc, start, token.i) != end  # "University of California, Berkeley"
        ):
            end = token.i  # two names in a list ("CBS All Access, Disney"), not "Acme, Inc."
            break
        owner = token.i - start <= 3  # a country's name is short: no rescan of a long name
        if owner and token.text in {"'s", "’s"} and _PLACE_OWNER.match(doc[start : token.i].text):
            start = token.i + 1  # "U.K.'s University of York": the place is not in the name
    while end > start and (doc[end - 1].lower_ in _TRAILING_WORDS or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label, span_id=ent.id)


class OrgFilter:
    """Mend the ``ORG`` entities and drop those that are not organizations.

    Adds the names :mod:`newsfacts.extract.orgs` finds by rule, joins and trims cut names, and
    drops stop-listed strings ("AI", "CEO", product names), programs, airports and "HK$101".
    """

    def __init__(
        self,
        stoplist: Iterable[str],
        first_names: Iterable[str] = (),
        places: Iterable[str] = (),
        acronyms: Iterable[str] = (),
    ) -> None:
        self.stoplist = frozenset(stoplist)
        self.first_names = frozenset(first_names)
        self.places = frozenset(places)
        self.acronyms = frozenset(acronyms)

    def _unknown_acronym(self, text: str, initials_here: set[str]) -> bool:
        """A short all-capital name that is neither listed nor spelled out in the article."""
        name = re.sub(r"['’]s$", "", text.strip())
        short = name.isupper() and len(name.replace("&", "")) <= 3
        return short and name not in self.acronyms and name not in initials_here

    def _reject(self, text: str, *, outlet: bool = False) -> bool:
        """Whether a name is no organization by its words alone.

        ``outlet``: a news outlet's noun follows it ("the Independent newspaper"), and the stop
        list does not apply.
        """
        name = text.strip(" .,'’")
        words = name.split()
        before_of = next((i for i, w in enumerate(words) if w in {"of", "for", "on"}), len(words))
        heads = {words[-1], words[before_of - 1]} if words and before_of else set(words[-1:])
        if heads & _NOT_ORG_HEADS:
            return True  # indexes, laws and programs are not organizations
        if (name in self.stoplist and not outlet) or not any(c.isupper() for c in name):
            return True  # an organization's name has a capital ("the fund" is not one)
        return any(c.isdigit() for c in name) and any(c in "$€£¥%" for c in name)

    def __call__(self, doc: Doc) -> Doc:
        """Add rule-found organizations, mend cut ones, drop what is not an organization."""
        text = doc_text(doc)
        evidence = gather_evidence(
            text,
            self.first_names,
            self.places,
            (e.text for e in doc.ents if e.label_ == "ORG"),
        )
        merge_org_spans(doc, find_org_spans(doc, text))
        _teams_by_their_record(doc, text)
        join_possessives(doc)
        join_national_prefix(doc, has_org_word)
        split_owners(doc, self.places, has_org_word)
        reasons: dict[tuple[int, int, int], str | None] = {}

        def reason_of(ent: Span) -> str | None:  # each name judged once, however often asked
            key = (ent.start, ent.end, ent.ent_id)
            if key not in reasons:
                reasons[key] = veto_reason(ent, evidence)
            return reasons[key]

        persons = [
            ent
            for ent in doc.ents
            if ent.label_ == "PERSON"
            or (ent.label_ == "ORG" and (reason_of(ent) or "").startswith("person"))
        ]
        people = {
            token.text
            for ent in persons
            if ent.label_ == "PERSON" or len(ent) > 1
            for token in (ent if len(ent) > 1 else [ent[0]])
            if token.is_title
        }  # "Rudolph" after "Mason Rudolph", also when the NER called him an organization
        # a surname the article gives a person ("Hughes, who died in 1967", "Mr. Hughes"): the
        # full name "Langston Hughes" tagged an organization elsewhere is that person
        surnames = {ent[-1].text for ent in persons if ent[-1].is_title}
        initials_here = {initials(e.text) for e in doc.ents if e.label_ == "ORG" and len(e) > 1}
        kept = []
        vetoes: list[tuple[str, str]] = []
        for found in doc.ents:
            if found.label_ != "ORG":
                kept.append(found)
                continue
            ent = _trim_org(doc, found)
            if ent is None:
                continue
            ent = _trim_org(doc, mend_org(doc, ent, people))
            outlet = ent is not None and _OUTLET_AFTER.match(text, ent.end_char) is not None
            if ent is None or self._reject(ent.text, outlet=outlet) or is_program(ent, text):
                continue
            from_patterns = bool(ent.ent_id_)
            first = ent[1] if len(ent) > 1 and ent[0].lower_ == "the" else ent[0]
            if not from_patterns and first.text[:1].islower() and not _CAMEL_NAME.match(first.text):
                continue  # "post-Taliban": an organization's name opens with a capital
                # (or is written in camel case or with a digit: "iFixit", "eBay", "my6sense")
            if not from_patterns and ent[0].text in {"A", "An"}:
                continue  # "A Boating Party": a title, not an organization
            if not from_patterns and re.sub(r"['’]s$", "", ent.text) in people:
                continue  # "Symonette" after "Brian Symonette": a person the NER mislabelled
            if (
                not from_patterns
                and self._unknown_acronym(ent.text, initials_here)
                and not _listed_with_an_org(doc, ent)
            ):
                continue  # "TB", "LHR", "VAT": units, airport codes and taxes more often than firms
            reason = reason_of(ent)
            if reason is None and not from_patterns and _surname_of(ent, surnames):
                reason = "person: a person's surname elsewhere in the article"
            if reason is not None:  # a person, place, product, byline or heading
                vetoes.append((ent.text, reason))
                label = RELABEL.get(reason.split(":", 1)[0])
                if label is not None:
                    kept.append(Span(doc, ent.start, ent.end, label=label))
                continue
            kept.append(ent)
        doc.ents = filter_spans(kept)
        doc._.newsfacts_org_vetoes = vetoes
        return doc


def _surname_of(ent: Span, surnames: set[str]) -> bool:
    """Two or three capitalised words ending in a surname the article gives a person, no org word."""
    words = [t.text for t in ent]
    return (
        2 <= len(words) <= 3
        and words[-1] in surnames
        and all(t.is_title for t in ent)
        and not has_org_word(words)
    )


@Language.factory(
    "newsfacts_org_filter",
    default_config={"stoplist": [], "first_names": [], "places": [], "acronyms": []},
    assigns=["doc.ents"],
)
def make_org_filter(
    nlp: Language,
    name: str,
    stoplist: list[str],
    first_names: list[str],
    places: list[str],
    acronyms: list[str],
) -> OrgFilter:
    """Build the organization filter; its word lists (``models/``) live in the config."""
    return OrgFilter(stoplist, first_names, places, acronyms)
