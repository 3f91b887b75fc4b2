"""Organization names the small NER misses or cuts badly, found and mended by rule.

The statistical NER of a small pipeline splits "Junior Achievement of Oregon" in two, runs an
organization into the name of the person after it ("Ministry of Finance Brian Manning") and
misses names it has never seen ("auction house Artcurial"). These rules work on its output:

* **find**: a name after a common noun that classifies it ("cell phone company Salaam"), a name
  followed by such an apposition ("Mengniu Dairy, one of China's largest dairy companies"), a
  title-case run ending in an organization head ("Saturday Academy", "Self Enhancement, Inc."),
  a name opened by a French institution word ("Musée d'Orsay", "Fondation Louis Vuitton"), a
  numbered military unit ("1st Battalion 9th Marines");
* **mend**: extend over "of"/"for" plus a title-case run ("Food Share of Lincoln County"), over a
  leading "Boys and", join "X's" + "Y" ("Yamhill County Sheriff's Search and Rescue"), cut a
  person's name off the end and a quotation off the tail;
* **reject**: programs and projects ("Project Lifesaver", "the Beyond School Walls, a mentoring
  program"), airports, names that open in lower case ("post-Taliban"), titles opening with "A".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

__all__ = [
    "campus_end",
    "find_org_spans",
    "is_program",
    "join_national_prefix",
    "join_possessives",
    "mend_org",
    "merge_org_spans",
    "split_owners",
]

#: A capitalised word of a name. A dot stays inside it ("U.S.", "J.P.") or closes an
#: abbreviation of at most four letters ("Co.", "Inc.", "Corp."); after a longer word it ends a
#: sentence, and the name with it ("in India. The Lancet Commission": two names).
_NAME_WORD = (
    r"[A-Z](?:[\w&’'-]|\.(?=[\w&’'-])){0,40}"
    r"(?:(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.)?"
)
#: A name has at most this many words after its first: every repeat is bounded, so no pattern
#: rescans a long title-case run from each of its words (linear time on hostile text).
_MORE = 8
_PARTICLE = r"(?:de|du|des|de\s+la|la|le|of|for|d[’'])"
#: Common nouns that classify the name right after them: "auction house Artcurial".
_CUE_BEFORE = re.compile(
    r"\b(?:company|firm|group|carrier|airline|retailer|bank|lender|insurer|maker|manufacturer|"
    r"startup|start-up|publisher|newspaper|broadcaster|agency|consultancy|brokerage|"
    r"auction\s+house|conglomerate|nonprofit|charity|organization|organisation)\s+"
    rf"({_NAME_WORD}(?:\s+(?:{_PARTICLE}\s*)?{_NAME_WORD}){{0,{_MORE}}})"
)
#: The same nouns in an apposition after the name: "Mengniu Dairy, one of China's largest dairy
#: companies", "Rhodium, a research firm".
_CUE_AFTER = re.compile(
    rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,{_MORE}}}),\s+(?:a|an|one\s+of)\s+[^,.;:]{{0,50}}?\b"
    r"(?:company|companies|firm|firms|group|groups|carrier|carriers|retailer|retailers|bank|"
    r"banks|lender|insurer|maker|makers|manufacturer|manufacturers|startup|publisher|agency|"
    r"conglomerate|nonprofit|charity)\b"
)
#: A news outlet named as the one a person spoke to: "told Gizmodo by email", "told Ruptly
#: that"; a person's name in the same place is vetoed later by its given name.
_TOLD = re.compile(
    rf"\btold\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
    r"(?=\s+(?:by\s+(?:e-?mail|phone|text)|in\s+an?\s+(?:statement|interview|e-?mail)|that|on\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)"
)
_HEADS = (
    "Academy|Shelter|Museum|Society|Club|College|University|Institute|Foundation|Association|"
    "Council|Commission|Agency|Ministry|Bank|Group|Corporation|Company|Inc\\.?|Corp\\.?|Ltd\\.?|"
    "LLC|K\\.K\\.|Airlines|Union|League|Federation|Alliance"
)
#: A title-case run that ends in an organization head: "Clackamas Women's Shelter".
_HEAD_AFTER = re.compile(
    rf"(?<![\w&.’'-])({_NAME_WORD}(?:\s+(?:&\s+)?{_NAME_WORD}){{0,{_MORE}}}?(?:,?\s+(?:{_HEADS})))"
    r"(?![\w-])"
)
#: The owner of a fund, team or division named after it: "NW Natural's Corporate Philanthropy
#: Fund" names the company NW Natural.
_OWNER = re.compile(
    rf"(?<![\w&.’'-])({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,{_MORE}}})['’]s\s+"
    rf"(?!Office|Department|Bureau)(?:{_NAME_WORD}\s+){{0,{_MORE}}}(?:Fund|Division|Team|Unit)\b"
)
_BASED = re.compile(r"(?:[\w.’'-]+\s+){0,4}[\w.’']+-based\s+")
_ACRONYM_OWNER = re.compile(r"([A-Z]{2,})['’]s\s")
#: Institution words that open a name in French: "Musée Guimet", "Société des Amis du Louvre".
_HEAD_BEFORE = re.compile(
    r"\b(?:Musée|Museo|Fondation|Fundación|Société|Institut|Université|Banque|Ministère)"
    rf"(?:\s+(?:{_PARTICLE}\s*)?{_NAME_WORD}){{1,{_MORE}}}"
)
#: Numbered military units: "1st Battalion 9th Marines", "82nd Airborne Division".
_UNIT = re.compile(
    r"\b\d+(?:st|nd|rd|th)\s+(?:Battalion|Regiment|Brigade|Division|Fleet|Squadron|Airborne)"
    r"(?:\s+\d+(?:st|nd|rd|th))?(?:\s+[A-Z][a-z]+){0,4}"
)
#: Title-case words that open a sentence or a clause rather than a name.
_NOT_NAME_START = frozenset(
    "The A An In On At As For And But Or If When While This That These Those He She It They We "
    "You I His Her Its Their Our My Your".split()
)
_PROGRAM_WORDS = frozenset({"Project", "Program", "Programme", "Operation", "Initiative"})
_PROGRAM_AFTER = re.compile(
    r"^\s*(?:(?:program|programme|initiative|campaign|project|scheme)\b"
    r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:program|programme|initiative|campaign|project)\b)",
)
_PART_OF = re.compile(rf"^\s+of\s+(?:the\s+)?{_NAME_WORD}")
_CONNECTORS = frozenset({"of", "for"})
_DANGLING = frozenset({"of", "for", "du", "de", "des", "and", "&"})
_QUOTE_CUTS = ("—", "“", "–")


def _name_span(doc: Doc, text: str, start: int, end: int) -> Span | None:
    """A span for the characters [start, end), its opening stop words dropped."""
    based = _BASED.match(text, start, end)
    if based:  # "British Columbia-based Carbon Engineering"
        start = based.end()
    span = doc.char_span(start, end, label="ORG", alignment_mode="contract")
    while span is not None and len(span) and span[0].text in _NOT_NAME_START:
        span = doc[span.start + 1 : span.end]
        span = Span(doc, span.start, span.end, label="ORG") if len(span) else None
    if span is None or not len(span) or not (span.text[:1].isupper() or span.text[:1].isdigit()):
        return None
    return span


def find_org_spans(doc: Doc, text: str) -> list[Span]:
    """Organization names the rules find in ``text`` (the doc's text), as ORG spans."""
    found: list[Span] = []
    for pattern in (_CUE_BEFORE, _CUE_AFTER, _HEAD_AFTER, _OWNER, _TOLD):
        for match in pattern.finditer(text):
            start, end = match.start(1), match.end(1)
            owner = _ACRONYM_OWNER.match(text, start, end)
            if owner:  # "BGCP's Rockwood Club": the club belongs to the organization BGCP
                end = owner.end(1)
            span = _name_span(doc, text, start, end)
            if (
                pattern is _TOLD
                and span is not None
                and any(t.ent_type_ in {"PERSON", "GPE", "NORP"} for t in span)
            ):
                continue  # "told Smith", "told Iowa": the NER's reading of the name stands
            if span is not None:
                found.append(span)
    for pattern in (_HEAD_BEFORE, _UNIT):
        for match in pattern.finditer(text):
            span = _name_span(doc, text, match.start(), match.end())
            if span is not None:
                found.append(span)
    return found


def merge_org_spans(doc: Doc, found: list[Span]) -> None:
    """Put the rule-found names into ``doc.ents``; they win over the entities they overlap.

    A rule-found name inside a longer organization of the NER gives way to it ("Council" inside
    "Council on Energy, Environment and Water").
    """
    if not found:
        return
    # the NER's entities never overlap: the one holder that may contain a span is the last
    # one starting at or before it (a bisect, not a scan: pages may hold thousands of names)
    holders = sorted((e.start, e.end) for e in doc.ents if e.label_ == "ORG")
    starts = [a for a, _ in holders]

    def inside_a_holder(span: Span) -> bool:
        at = bisect.bisect_right(starts, span.start) - 1
        if at < 0:
            return False
        a, b = holders[at]
        return span.end <= b and (a, b) != (span.start, span.end)

    found = [span for span in found if not inside_a_holder(span)]
    if not found:
        return
    chosen = filter_spans(found)
    taken = {i for span in chosen for i in range(span.start, span.end)}
    others = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    doc.ents = sorted([*chosen, *others], key=lambda span: span.start)


def _title_run_end(doc: Doc, start: int, most: int = _MORE) -> int:
    """The end of the run of name tokens from ``start`` ("Oregon & SW Washington").

    At most ``most`` tokens are read: a run of thousands of capitalised words costs each name
    before it no more than that.
    """
    end = start
    limit = min(len(doc), start + most)
    while end < limit:
        token = doc[end]
        if token.is_title or (token.is_upper and token.is_alpha and len(token) > 1):
            end += 1
        elif token.text in {"&"} and end + 1 < len(doc) and doc[end + 1].is_title:
            end += 1
        elif end > start and _glued_hyphen(doc, end):
            end += 1  # "Miami" + "-" + "Dade"
        else:
            break
    return end


def _glued_hyphen(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is a hyphen joining two capitalised words ("Miami-Dade")."""
    return (
        doc[index].text == "-"
        and index + 1 < len(doc)
        and not doc[index - 1].whitespace_
        and not doc[index].whitespace_
        and doc[index - 1].is_title
        and doc[index + 1].is_title
    )


def mend_org(doc: Doc, ent: Span, people: set[str]) -> Span:
    """Extend or trim one ORG entity (see the module docstring)."""
    start, end = ent.start, ent.end
    for token in ent:
        if any(cut in token.text for cut in _QUOTE_CUTS) and token.i > start:
            end = token.i  # "Battalion 9th Marines—“The Walking Dead"
            break
    # a person's name run into the end: "Ministry of Finance Brian Manning"
    if end - start >= 3 and doc[end - 1].text in people and doc[end - 2].is_title:
        end -= 2
    # "Columbia University" + "Mailman School", "Sioux Falls Argus" + "Leader": a run of
    # capitalised words right after the name that ends in an institution's head word
    run_end = _title_run_end(doc, end, 5) if end < len(doc) and not doc[end].is_sent_start else end
    if (
        end < run_end <= end + 4
        and doc[run_end - 1].text in _RUN_HEADS
        and not _another_name(doc, end, run_end)
    ):
        end = run_end
    # "Food Share" + "of Lincoln County", "U.S. Agency" + "for International Development",
    # "National Institute" + "on Drug Abuse"
    on_topic = (  # not "the Security Council on Kashmir": a place is a topic, not a name
        doc[end - 1].text in _ON_HEADS
        and end + 1 < len(doc)
        and doc[end + 1].ent_type_ not in {"GPE", "LOC", "NORP"}
    )
    connectors = _CONNECTORS | ({"on"} if on_topic else set())
    if end + 1 < len(doc) and doc[end].lower_ in connectors and doc[end + 1].is_title:
        next_ent = doc[end + 1].ent_type_ == "ORG" and _is_strong(doc, end + 1)
        run_end = _title_run_end(doc, end + 1)
        owned = run_end < len(doc) and doc[run_end].lower_ in {"'s", "’s"}
        if not next_ent and not owned:  # not "the New York Times" + "of Malcolm's": an owner
            end = max(end, run_end)
    # "Federal Reserve Bank of Kansas City President Thomas M. Hoenig", "Verizon CIO": a
    # person's title, with the person's name, run into the end of the body they serve
    for i in range(start + 1, end):
        title = doc[i].text.rstrip(".")
        after = doc[i + 1 : end]
        named = (  # a person's name: two to four capitalised words or initials, no body's head
            2 <= len(after) <= 4
            and all(t.is_title or _INITIAL_TOKEN.match(t.text) for t in after)
            and not any(t.text in _RUN_HEADS | _BODY_HEADS | _STRONG_HEADS for t in after)
        )
        if (
            (
                (title in _EXECUTIVES and i == end - 1)
                or (title in _PERSON_TITLES | _EXECUTIVES and named)
            )
            and doc[i - 1].is_title
            and doc[i - 1].lower_ not in _DANGLING
        ):
            end = i
            break
    # "House of Representatives" + "Speaker", + "Rt. Hon": a title of the person after it
    while (
        end - start >= 2
        and doc[end - 1].text.rstrip(".") in _PERSON_TITLES
        and (doc[end - 2].text in _BODY_HEADS)
    ):
        end -= 1
    # "Boys & Girls Clubs of Miami" + "-Dade": a hyphenated place name the NER cut
    while end + 1 < len(doc) and _glued_hyphen(doc, end):
        end += 2
    # "Center for Strategic" + "and International Studies", "European Center for Medium-Range"
    # + "Weather Forecasts": a name after "for"/"of" cut at an adjective goes on to its noun
    end = _past_adjective(doc, start, end)
    # "California Independent System" + "Operator": a head word the NER left out
    if end < len(doc) and doc[end - 1].is_title and doc[end].text in _TAIL_HEADS:
        end += 1
    # "Forest Hill" + "police": a town's police named by the town
    if end < len(doc) and doc[end].text == "police" and doc[end - 1].is_title:
        end += 1
    # "S&P Capital" + "IQ"
    if (
        end < len(doc)
        and doc[end - 1].text in _SUFFIX_HEADS
        and doc[end].is_upper
        and doc[end].is_alpha
        and 2 <= len(doc[end]) <= 4
    ):
        end += 1
    # "University of California" + ", Berkeley", "University of Texas" + " at Austin": a
    # university's campus, one or two capitalised words set after its name
    end = campus_end(doc, start, end)
    # "Boys and" + "Girls Club"
    if (
        start >= 2
        and doc[start - 1].lower_ in {"and", "&"}
        and doc[start - 2].is_title
        and not doc[start - 2].is_sent_start
        and not doc[start - 2].ent_type_
        and (start < 3 or doc[start - 3].is_punct or doc[start - 3].lower_ not in _DANGLING)
    ):
        start -= 2
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label="ORG", span_id=ent.id)


def campus_end(doc: Doc, start: int, end: int) -> int:
    """Where a university's name ends when a campus follows it (", Berkeley", " at Austin").

    ``start``/``end``: the name as read so far; it must open with "(the) University of".
    """
    head = start + (doc[start].lower_ == "the")
    if not (end - head >= 3 and doc[head].text == "University" and doc[head + 1].lower_ == "of"):
        return end
    if end + 1 >= len(doc) or doc[end].text not in {",", "at"}:
        return end
    stop = end + 1
    while (
        stop < len(doc) and stop - end <= 2 and doc[stop].is_title and not doc[stop].is_sent_start
    ):
        stop += 1
    if stop == end + 1 or (
        stop < len(doc) and (doc[stop].is_title or doc[stop].lower_ in _LISTING)
    ):
        return end  # "University of Oxford, Cambridge and Yale": a list of names
    return stop


_LISTING = frozenset({"and", "or", "&"})


#: Endings of a capitalised adjective, which ends no name ("Strategic", "Medium-Range").
_ADJECTIVE_END = re.compile(r"(?:ic|al|ive|ous|ary|ian|-Range|-Term|-Scale)$")
#: Plural heads a name so cut may end in: "Studies", "Forecasts", "Affairs".
_PLURAL_HEADS = frozenset(
    "Studies Forecasts Affairs Sciences Services Relations Resources Rights Technologies "
    "Industries Workers Employees Nations Statistics Arts Letters".split()
)


def _past_adjective(doc: Doc, start: int, end: int) -> int:
    """Where a name ends when the NER cut it at an adjective after "for" or "of".

    The run of capitalised words (with one "and") after the cut must end in a body's head or a
    plural head, within four words.
    """
    if end - start < 3 or end >= len(doc) or not _ADJECTIVE_END.search(doc[end - 1].text):
        return end
    if not any(doc[i].lower_ in {"for", "of"} for i in range(start + 1, end - 1)):
        return end
    i = end
    if doc[i].lower_ == "and":
        i += 1
    stop = min(len(doc), i + 4)
    while i < stop and (doc[i].is_title or doc[i].text == "-"):
        i += 1
        if doc[i - 1].text in _PLURAL_HEADS | _RUN_HEADS:
            return i
    return end


#: Titles of a person that follow the name of the body they serve ("House of Representatives
#: Speaker", "Senate President", "Rt. Hon").
_PERSON_TITLES = frozenset(
    "Speaker Chairman Chairwoman Chair President Rt Hon Minister Secretary Leader Whip "
    "Clerk Commissioner Director".split()
)
#: Executives' titles in capitals, which end a company's name they follow ("Verizon CIO").
_EXECUTIVES = frozenset("CEO CIO CFO COO CTO CMO".split())
_INITIAL_TOKEN = re.compile(r"^[A-Z]\.$")
#: Words that end the name of a body a person's title may follow.
_BODY_HEADS = frozenset(
    "Representatives Congress Senate House Assembly Parliament Court Commission Council "
    "Committee Board Bank Agency Ministry Department Authority Reserve".split()
)


def _another_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` hold a name of their own, not the rest of the one before.

    Any entity other than an organization ("Tuesday", "Paris", "Ms. Ruiz") is; so is an
    organization that runs on past ``end`` ("Microsoft" + "Texas Department of Health").
    """
    for i in range(start, end):
        label = doc[i].ent_type_
        if label and label != "ORG":
            return True
    for ent in doc.ents:
        if ent.label_ == "ORG" and start <= ent.start < end and ent.end > end:
            return True
    return False


_TAIL_HEADS = frozenset(
    "Operator Authority Administration Commission Board Service Services Office Company "
    "Corporation Association Agency Council Institute Foundation Group Bank".split()
)
#: Heads that may take "on": "National Institute on Drug Abuse", "Council on Foreign Relations".
_ON_HEADS = frozenset(
    "Institute Committee Subcommittee Council Commission Conference Center Centre Coalition "
    "Alliance Panel Board Office".split()
)
#: Heads of a name the tagger may cut short: an institution's or a newspaper's last word.
_RUN_HEADS = _TAIL_HEADS | frozenset(
    "School College University Department Ministry Center Centre Hospital Museum Laboratory "
    "Times Post Journal Herald Tribune Leader Gazette Chronicle Register Courier Inquirer "
    "Observer Examiner Dispatch Sentinel Bulletin".split()
)
_SUFFIX_HEADS = frozenset({"Capital", "Partners", "Group", "Holdings", "Systems", "Technologies"})
_STRONG_HEADS = frozenset({"Inc", "Inc.", "Corp", "Corp.", "Services", "Company", "Group", "Bank"})


def _is_strong(doc: Doc, index: int) -> bool:
    """Whether the ORG entity at token ``index`` names a company in its own right."""
    for ent in doc.ents:
        if ent.start <= index < ent.end:
            return bool(ent.ent_id_) or any(t.text in _STRONG_HEADS for t in ent)
    return False


def _join_adjacent(
    doc: Doc, join: Callable[[Span, Span], Span | None], widen: Callable[[Span], Span] = lambda e: e
) -> None:
    """Replace adjacent entities that ``join`` merges by the one entity it returns.

    Every other entity is replaced by what ``widen`` makes of it.
    """
    ents = list(doc.ents)
    joined: list[Span] = []
    index = 0
    while index < len(ents):
        ent = ents[index]
        nxt = ents[index + 1] if index + 1 < len(ents) else None
        both = join(ent, nxt) if nxt is not None and nxt.start == ent.end else None
        if both is not None:
            joined.append(both)
            index += 2
            continue
        joined.append(widen(ent))
        index += 1
    doc.ents = joined


def join_possessives(doc: Doc) -> None:
    """Join "Yamhill County Sheriff's" and "Search and Rescue" into one organization."""

    def join(ent: Span, nxt: Span) -> Span | None:
        if ent.label_ != "ORG" or nxt.label_ != "ORG":
            return None
        owner = len(ent) >= 3 and ent[-1].text in {"'s", "’s"} and not nxt.ent_id_
        if owner or ent[-1].lower_ in _DANGLING:  # "Amis du" + "Louvre"
            return Span(doc, ent.start, nxt.end, label="ORG")
        return None

    _join_adjacent(doc, join)


#: A country's abbreviation that opens the name of its body: "U.S. Securities and Exchange
#: Commission", "US District Court", "UK Space Agency".
_NATIONAL_PREFIXES = frozenset({"U.S.", "US", "U.K.", "UK"})


def join_national_prefix(doc: Doc, org_word: Callable[[list[str]], bool]) -> None:
    """Join a country's abbreviation the NER set apart to the body's name right after it.

    "The U.S." (an organization or a place) + "Securities and Exchange Commission", "US" (no
    entity) + "District Court": one organization, when the name after it has an organization
    word (not "US" + "Apple").
    """

    def join(ent: Span, nxt: Span) -> Span | None:
        words = [t.text for t in ent if t.lower_ != "the"]
        if (
            ent.label_ in {"ORG", "GPE"}
            and nxt.label_ == "ORG"
            and len(words) == 1
            and words[0] in _NATIONAL_PREFIXES
            and org_word([t.text for t in nxt])
        ):
            return Span(doc, ent.start, nxt.end, label="ORG", span_id=nxt.id)
        return None

    def widen(ent: Span) -> Span:
        before = doc[ent.start - 1] if ent.start > 0 else None
        if (
            ent.label_ == "ORG"
            and before is not None
            and before.text in _NATIONAL_PREFIXES
            and before.ent_iob_ == "O"
            and org_word([t.text for t in ent])
        ):
            return Span(doc, ent.start - 1, ent.end, label="ORG", span_id=ent.id)
        return ent

    _join_adjacent(doc, join, widen)


_POSSESSIVE_TOKENS = frozenset({"'s", "’s"})


def split_owners(doc: Doc, places: frozenset[str], org_word: Callable[[list[str]], bool]) -> None:
    """Split "Vox Media's Code Media" into its owner and the name it owns.

    The owner is an organization when the article names it so elsewhere (without the
    possessive: "Moody's" alone is a name of its own) or it holds an organization word; a place
    owner ("Brazil's National Institute for Space Research") leaves the name it owns. The owned
    part stays an organization when it holds an organization word or the article names it so
    elsewhere ("... Hall of Fame's Class" keeps "Rock and Roll Hall of Fame" alone, "Acme's
    Black Friday" keeps "Acme"). "People's Liberation Army" has no owner of either kind and stays
    whole.
    """
    known = {
        _LEAD_THE.sub("", e.text.strip())
        for e in doc.ents
        if e.label_ == "ORG" and e[-1].text not in _POSSESSIVE_TOKENS
    }
    spans: list[Span] = []
    for ent in doc.ents:
        cut = next(
            (t.i for t in ent[1:-1] if t.text in _POSSESSIVE_TOKENS), None
        )  # the possessive inside the name, never its last token
        if ent.label_ != "ORG" or ent.ent_id_ or cut is None:
            spans.append(ent)
            continue
        owner = doc[ent.start : cut]
        owned = doc[cut + 1 : ent.end]
        owner_text = _LEAD_THE.sub("", owner.text)
        words = owner_text.split()
        is_place = owner_text in places
        is_org = not is_place and (owner_text in known - {ent.text} or org_word(words))
        if not (is_place or is_org):
            spans.append(ent)
            continue
        if is_org:
            spans.append(Span(doc, owner.start, owner.end, label="ORG"))
        if org_word(owned.text.split()) or (len(owned) > 1 and owned.text in known):
            spans.append(Span(doc, owned.start, owned.end, label="ORG"))
    doc.ents = filter_spans(spans)


_LEAD_THE = re.compile(r"^(?:the|The)\s+")


def is_program(ent: Span, text: str) -> bool:
    """Programs and projects named like organizations ("Project Lifesaver").

    ``text`` is the doc's text (``Doc.text`` is rebuilt on every access).
    """
    words = {token.text for token in ent}
    if words & _PROGRAM_WORDS:
        return True
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].text in {"'s", "’s"} and ent[-1].text == "Fund":
        return True  # "NW Natural's Corporate Philanthropy Fund": the company's program
    rest = text[ent.end_char : ent.end_char + 60]
    if ent[-1].text in {"Division", "Unit"} and _PART_OF.match(rest):
        return True  # "the Financial Institutions Division of Raymond James": a part of a firm
    return _PROGRAM_AFTER.match(rest) is not None
