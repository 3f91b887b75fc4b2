"""The organization veto: one table row per reason, on sentences written for these tests.

Each row marks one ``ORG`` entity by its text (as the NER would) and says which reason, if any,
must veto it. The other entities a row needs as evidence are given as ``(text, label)`` pairs.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsfacts.extract.nlp import _read_list
from newsfacts.extract.org_veto import VETOES, gather_evidence, name_key, veto_reason
from newsfacts.extract.orgs import mend_org

_NLP = spacy.blank("en")


def _lists() -> tuple[list[str], list[str]]:
    from importlib import resources

    root = resources.files("newsfacts.assets")
    first = _read_list(root / "first_names.txt", per_word=True)  # type: ignore[arg-type]
    places = _read_list(root / "places.txt")  # type: ignore[arg-type]
    return first, places


FIRST_NAMES, PLACES = _lists()


def _span(doc: Doc, text: str, label: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    span = doc.char_span(start, start + len(text), label=label)
    assert span is not None, text
    return span


def _doc(sentence: str, org: str, others: tuple[tuple[str, str, int], ...] = ()) -> Span:
    doc = _NLP(sentence)
    target = _span(doc, org, "ORG")
    ents = [target, *(_span(doc, t, label, nth) for t, label, nth in others)]
    doc.ents = sorted(ents, key=lambda e: e.start)
    return next(e for e in doc.ents if e.start == target.start)


def _reason(sentence: str, org: str, others: tuple[tuple[str, str, int], ...] = ()) -> str | None:
    ent = _doc(sentence, org, others)
    orgs = [e.text for e in ent.doc.ents if e.label_ == "ORG"]
    evidence = gather_evidence(ent.doc.text, FIRST_NAMES, PLACES, orgs)
    return veto_reason(ent, evidence)


ROWS = [
    # (sentence, the ORG entity, other entities, the reason expected or None)
    (
        "The bill was backed by Sen. Harlow Quint on Tuesday.",
        "Harlow Quint",
        (),
        "person: honorific",
    ),
    ("Mr. Quint said the plan would cost more.", "Quint", (), "person: honorific"),
    ("Orla Breck, 52, runs the depot.", "Orla Breck", (), "person: age in apposition"),
    (
        "Skip Varnow signed the band. Mr. Varnow declined to comment.",
        "Skip Varnow",
        (),
        "person: the surname after 'Mr.' or 'Ms.', or before 'who died', elsewhere",
    ),
    # a "who" clause only a person's subject takes, elsewhere: the surname is a person's
    (
        "Lanford Hale wrote the poem. Hale, who died in 1967, lived in the city.",
        "Lanford Hale",
        (),
        "person: the surname after 'Mr.' or 'Ms.', or before 'who died', elsewhere",
    ),
    # a "who" clause any subject may take says nothing ("Varnow, who declined to comment")
    (
        "Skip Varnow signed the band. Varnow, who declined to comment, left.",
        "Skip Varnow",
        (),
        None,
    ),
    # "Ford" alone beside "Mr. Ford" stays the company; an org word keeps a name too
    ("Ford cut prices, Mr. Ford said.", "Ford", (), None),
    ("Varnow Records grew. Mr. Varnow said so.", "Varnow Records", (), None),
    ("Sean Hannity told viewers the vote was rigged.", "Sean Hannity", (), "person: given name"),
    ("Maria Lopez and Tom Becker founded the shop.", "Maria Lopez", (), "person: given name"),
    ("Laurence des Cars opened the show.", "Laurence des Cars", (), "person: given name"),
    ("Gina Marlowe said the station would reopen.", "Gina Marlowe", (), "person: given name"),
    ("Langston Pryor wrote the poem in 1926.", "Langston Pryor", (), "person: given name"),
    # a given name alone is a person called by name; with a possessive it may be a brand's
    ("Later, Sean told the crowd he would stay.", "Sean", (), "person: given name"),
    ("Shoppers lined up at Sean's on Friday.", "Sean's", (), None),
    (
        "Carlos M. Fernandez III heads the board.",
        "Carlos M. Fernandez III",
        (),
        "person: given name",
    ),
    ("Exports from Tobago fell last year.", "Tobago", (), "place: known place"),
    ("Officials in Boise approved the budget.", "Boise", (), "place: known place"),
    ("The trolley in Coral Gables, Fla., is free.", "Coral Gables", (), "place: in a region"),
    (
        "Crowds filled the Brannock Mall on Sunday.",
        "Brannock Mall",
        (),
        "place: a landmark's or a feature's head word",
    ),
    (
        "He is buried at Elmsford National Cemetery.",
        "Elmsford National Cemetery",
        (),
        "place: a landmark's or a feature's head word",
    ),
    (
        "Barges on the Tollund River were stopped.",
        "Tollund River",
        (),
        "place: a landmark's or a feature's head word",
    ),
    (
        "Tankers crossed the Gulf of Tarsis at dawn.",
        "Gulf of Tarsis",
        (),
        "place: a landmark's or a feature's head word",
    ),
    (
        "Protesters gathered outside the Statehouse.",
        "Statehouse",
        (),
        "place: a landmark's or a feature's head word",
    ),
    (
        "Flights left Kestrel International Airport late.",
        "Kestrel International Airport",
        (),
        "place: a landmark's or a feature's head word",
    ),
    (
        "Tourists walk through the Dunmore Quarter of the old town.",
        "Dunmore Quarter",
        (),
        "place: a landmark's or a feature's head word",
    ),
    (
        "The Tarsian Empire sought more colonies.",
        "Tarsian Empire",
        (),
        "place: a landmark's or a feature's head word",
    ),
    (
        "The Maji-Maji Rebellion broke out in 1905.",
        "Maji-Maji Rebellion",
        (),
        "event: an event's head word",
    ),
    (
        "Historians still study the Kestrel Massacre.",
        "Kestrel Massacre",
        (),
        "event: an event's head word",
    ),
    # an organization word keeps the name: "War Museum" is a body
    ("The Kestrel War Museum Trust reopened.", "Kestrel War Museum Trust", (), None),
    # an organization word before the head keeps the name: the body that runs the place
    ("The Tollund River Authority issued a warning.", "Tollund River Authority", (), None),
    ("The Brannock Mall Company sold the site.", "Brannock Mall Company", (), None),
    (
        "“We will wait,” said Tarn Okafor, who has farmed there for years.",
        "Tarn Okafor",
        (),
        "person: 'who' or a person's noun in apposition",
    ),
    (
        "Halvorsen, a veteran comics writer, drew the cover.",
        "Halvorsen",
        (),
        "person: 'who' or a person's noun in apposition",
    ),
    (
        "A veteran comics writer, Halvorsen drew the cover.",
        "Halvorsen",
        (),
        "person: 'who' or a person's noun in apposition",
    ),
    ("Vantor, a leader in cloud storage, grew.", "Vantor", (), None),  # a company can lead
    ("Vantor, an asset manager, bought it.", "Vantor", (), None),
    ("Vantor, the writer's publisher, grew.", "Vantor", (), None),  # a possessive, not the head
    ("Orvane, which makes pumps, grew.", "Orvane", (), None),
    ("Harbor Writers Union, who sued, won.", "Harbor Writers Union", (), None),  # an org word
    ("Flights to Boise (BOI) start in May.", "Boise", (), "place: known place"),
    # an acronym in parentheses names the organization more often than an airport
    ("Shares of Showa Denko K.K. (SDK) rose.", "Showa Denko K.K.", (), None),
    ("It may be another Moto X product.", "Moto X", (), "product: model code"),
    ("The Galaxy S8 sold well.", "Galaxy S8", (), "product: model code"),
    ("A boy was selling cans of Pepsi outside.", "Pepsi", (), "product: in a container"),
    # the NER's labels elsewhere are no evidence: it calls this company a person before "said"
    (
        "Northwind Freight said it grew. Northwind Freight said so again.",
        "Northwind Freight",
        (("Northwind Freight", "PERSON", 1),),
        None,
    ),
    ("The new MacBook Pro ships in June.", "MacBook Pro", (), "product: model code"),
    (
        "Nissan said Nissan Connect links the phone.",
        "Nissan Connect",
        (("Nissan", "ORG", 0),),
        "product: its maker and a product word",
    ),
    (
        "Samsung said Samsung Electronics grew.",
        "Samsung Electronics",
        (("Samsung", "ORG", 0),),
        None,
    ),
    ("Nissan Connect links the phone.", "Nissan Connect", (), None),  # no maker named alone
    (
        "Late in the game Garrett hit Rudolph with a helmet.",
        "Garrett hit Rudolph",
        (),
        "shape: a clause, not a name",
    ),
    ("The Communist party met in March.", "Communist party", (), None),
    ("The Musée d’Orsay lent the work.", "Musée d’Orsay", (), None),
    ("Education officials said education funding fell.", "Education", (), "shape: a common word"),
    ("The fleet costs USD25m a year.", "USD25", (), "shape: an amount of money"),
    ("The fleet costs 25 EUR a day.", "25 EUR", (), "shape: an amount of money"),
    ("The USD Foundation gave 25 grants.", "USD Foundation", (), None),
    ("It hit 68 degrees Fahrenheit at noon.", "Fahrenheit", (), "shape: a unit after a number"),
    ("Fahrenheit Media bought the studio.", "Fahrenheit", (), None),
    ("Halvora said sales fell.", "Halvora", (), None),
    ("He looks like a Talib.", "Talib", (), "shape: a member, not the body"),
    (
        "Fans loved “Vortex Saga” last year.",
        "Vortex Saga",
        (),
        "product: a title in quotation marks",
    ),
    ("He joined “Harbor Press Group” in May.", "Harbor Press Group", (), None),
    # a name the article introduces as a work, anywhere in it
    (
        "Drayhollow lost money after critics panned the film Drayhollow.",
        "Drayhollow",
        (),
        "work: named as a film, show or book",
    ),
    (
        "On Quillmere, the first show Ana Ruiz wrote, Quillmere ran four seasons.",
        "Quillmere",
        (),
        "work: named as a film, show or book",
    ),
    (
        "Fans tuned in for an episode of The Saltmarsh Files, which aired late.",
        "Saltmarsh Files",
        (),
        "work: named as a film, show or book",
    ),
    ("Vantor, the studio behind the film, grew.", "Vantor", (), None),  # the maker
    ("Orvane, the streaming service whose shows won, grew.", "Orvane", (), None),
    ("Harbor Media, a podcast network, grew.", "Harbor Media", (), None),  # a modifier
    ("Halvora produced the documentary Tidewater, its first.", "Halvora", (), None),
    ("The first show Halvora made was a hit.", "Halvora", (), None),  # its maker, not a title
    ("She met an Orvane engineer.", "Orvane", (), None),
    ("By Ana Ruiz\nThe port reopened.", "Ana Ruiz", (), "person: given name"),
    ("By Corvin Ashby\nThe port reopened.", "Corvin Ashby", (), "line: byline or credit"),
    (
        "Featured image by Rolf Amsel/Harbor Daily.\n",
        "Rolf Amsel/Harbor Daily",
        (),
        "line: byline or credit",
    ),
    (
        "Symbol Name Last Change\nShares rose.",
        "Symbol Name Last",
        (),
        "line: heading of capitalised words",
    ),
    (
        "Ravi Osa, Head of Fundamental Research at Kestrel Securities, said so.",
        "Fundamental Research",
        (),
        "other: a department or a job in a person's title",
    ),
    (
        "Lena Park, Senior Data Scientist at Orvane, spoke.",
        "Senior Data Scientist",
        (),
        "other: a department or a job in a person's title",
    ),
    # a body in a person's title stays: "director of the Center for ... at Yale"
    (
        "Ana Ruiz, director of the Center for Harbor Policy at Yale, said so.",
        "Center for Harbor Policy",
        (),
        None,
    ),
    # a company's name written in lower case in its address is no common word
    (
        "The deal ties Globex and Ascom closer. See www.ascom.com for details.",
        "Ascom",
        (),
        None,
    ),
    ("Links move 450 MB/s at peak.", "MB/s", (), "shape: a unit after a number"),
    # a place: an apposition headed by a place's noun, or where someone travels
    (
        "Traders meet at Dar Qasim, the country's busiest money market, each day.",
        "Dar Qasim",
        (),
        "place: an apposition headed by a place's noun",
    ),
    (
        "We will eat once we drive back from Tarnak tonight.",
        "Tarnak",
        (),
        "place: where someone travels to or from",
    ),
    ("She went to Globex in 2019 after a decade at Initech.", "Globex", (), None),
    ("Globex, the market leader in pumps, cut prices.", "Globex", (), None),
    # a law or a technology named by the noun after it
    (
        "Lobbyists attacked the 2010 Hale-Marsh financial-reform law again.",
        "Hale-Marsh",
        (),
        "law: a law's noun after the name",
    ),
    (
        "The firm improved its Laser Tuned Optical Storage technology this year.",
        "Laser Tuned Optical Storage",
        (),
        "product: a technology's noun after the name",
    ),
    (
        "It uses Laser Tuned Optical Storage (LTOS) technology. LTOS works with heat.",
        "LTOS",
        (("LTOS", "ORG", 1),),
        "product: a technology's noun after the name",
    ),
    # a company's technology, a law firm and rule by a group stay organizations
    ("The chip relies on Vantor technology.", "Vantor", (), None),
    ("Acme hired Hale Marsh Partners law firm.", "Hale Marsh Partners", (), None),
    ("The country emerged from Taliban rule in 2001.", "Taliban", (), None),
    # organizations that must stay
    ("Analysts at Morgan Stanley expect a cut.", "Morgan Stanley", (), None),
    ("Jack Henry & Associates raised its forecast.", "Jack Henry & Associates", (), None),
    ("Maria Lopez Foundation gave $2 million.", "Maria Lopez Foundation", (), None),
    ("The Bank of Canada held rates.", "Bank of Canada", (), None),
    ("Texas Instruments cut jobs.", "Texas Instruments", (), None),
    ("Shares of Harbor Freight Tools rose 3%.", "Harbor Freight Tools", (), None),
    ("The Fulton Group, based in Boise, Idaho, grew.", "Fulton Group", (), None),
    ("He joined Acme Corp, 2019, as an engineer.", "Acme Corp", (), None),
    ("Buyers such as Vantor, Texas Instruments and Globex bid.", "Vantor", (), None),
    ("The biggest employer is Vantor, Texas, reported.", "Vantor", (), "place: in a region"),
]


@pytest.mark.parametrize(("sentence", "org", "others", "expected"), ROWS)
def test_veto_reason(
    sentence: str, org: str, others: tuple[tuple[str, str, int], ...], expected: str | None
) -> None:
    assert _reason(sentence, org, others) == expected


def test_every_reason_has_a_row() -> None:
    tested = {row[3] for row in ROWS}
    assert {veto.reason for veto in VETOES} <= tested


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "Smoke from wildfires raging in the Amazon, officials said.",
            "place: a company's name for the place it is named after",
        ),
        (
            "Loggers cleared parts of the Amazon rainforest.",
            "place: a company's name for the place it is named after",
        ),
        ("Workers at the Amazon warehouse struck.", None),
        ("Amazon cut prices on Monday.", None),
    ],
)
def test_a_pattern_name_used_for_a_place_is_vetoed(sentence: str, reason: str | None) -> None:
    doc = _NLP(sentence)
    ent = _span(doc, "Amazon", "ORG")
    doc.ents = [Span(doc, ent.start, ent.end, label="ORG", span_id="Amazon")]
    evidence = gather_evidence(doc.text, FIRST_NAMES, PLACES)
    assert veto_reason(doc.ents[0], evidence) == reason


def test_a_pattern_name_is_never_vetoed() -> None:
    doc = _NLP("Charles Schwab cut its fees.")
    doc.ents = [Span(doc, 0, 2, label="ORG", span_id="Charles Schwab")]
    evidence = gather_evidence(doc.text, FIRST_NAMES, PLACES)
    assert veto_reason(doc.ents[0], evidence) is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("the Moto M", "Moto M"),
        ("Acme’s", "Acme"),
        ("Globex's", "Globex"),
        (" Fox News ", "Fox News"),
    ],
)
def test_name_key(text: str, key: str) -> None:
    assert name_key(text) == key


@pytest.mark.parametrize(
    ("sentence", "cut", "whole"),
    [
        (
            "Data from the National Institute on Drug Abuse show a rise.",
            "National Institute",
            "National Institute on Drug Abuse",
        ),
        (
            "A study by the Harlan University Bexley School of Public Health found it.",
            "Harlan University",
            "Harlan University Bexley School of Public Health",
        ),
        (
            "The Dunmore Falls Argus Leader reported it.",
            "Dunmore Falls Argus",
            "Dunmore Falls Argus Leader",
        ),
    ],
)
def test_mend_extends_a_name_the_tagger_cut(sentence: str, cut: str, whole: str) -> None:
    doc = _NLP(sentence)
    assert mend_org(doc, _span(doc, cut, "ORG"), set()).text == whole


def test_mend_does_not_run_into_a_date_or_the_next_organization() -> None:
    doc = _NLP("Students at Harvard University Tuesday Times reporters said so.")
    doc.ents = [
        _span(doc, "Harvard University", "ORG"),
        _span(doc, "Tuesday", "DATE"),
        _span(doc, "Times", "ORG"),
    ]
    assert mend_org(doc, doc.ents[0], set()).text == "Harvard University"
    doc = _NLP("The grant from Microsoft Texas Department of Health was approved.")
    doc.ents = [_span(doc, "Microsoft", "ORG"), _span(doc, "Texas Department of Health", "ORG")]
    assert mend_org(doc, doc.ents[0], set()).text == "Microsoft"


def test_mend_does_not_take_a_place_after_on() -> None:
    doc = _NLP("The Security Council on Kashmir met.")
    ent = _span(doc, "Security Council", "ORG")
    doc.ents = [ent, _span(doc, "Kashmir", "GPE")]
    assert mend_org(doc, doc.ents[0], set()).text == "Security Council"


def test_mend_extends_over_a_hyphenated_place() -> None:
    doc = _NLP("Boys & Girls Clubs of Miami-Dade opened a gym.")
    cut = _span(doc, "Boys & Girls Clubs of Miami", "ORG")
    assert mend_org(doc, cut, set()).text == "Boys & Girls Clubs of Miami-Dade"


def _filtered(text: str, orgs: list[tuple[str, int]]) -> Doc:
    from newsfacts.extract.components import OrgFilter, _ensure_extensions

    _ensure_extensions()
    doc = _NLP(text)
    doc.ents = [_span(doc, name, "ORG", nth) for name, nth in orgs]
    return OrgFilter([], FIRST_NAMES, PLACES, ["NFL"])(doc)


def test_the_filter_relabels_a_vetoed_name_and_says_why() -> None:
    doc = _filtered("Officials in Boise met Sean Hannity.", [("Boise", 0), ("Sean Hannity", 0)])
    assert [(e.text, e.label_) for e in doc.ents] == [("Boise", "GPE"), ("Sean Hannity", "PERSON")]
    assert doc._.newsfacts_org_vetoes == [
        ("Boise", "place: known place"),
        ("Sean Hannity", "person: given name"),
    ]


def test_a_surname_alone_follows_the_person_the_veto_found() -> None:
    doc = _filtered(
        "Mason Rudolph threw twice. Later Rudolph left.", [("Mason Rudolph", 0), ("Rudolph", 1)]
    )
    assert [e.label_ for e in doc.ents] == ["PERSON"]  # "Rudolph" alone is no organization


def test_a_full_name_ending_in_a_persons_surname_is_that_person() -> None:
    # the tagger calls "Nat Turner" an organization once and "Turner" a person elsewhere
    text = "Nat Turner led a revolt in 1831. Turner was executed that year."
    doc = _NLP(text)
    doc.ents = [_span(doc, "Nat Turner", "ORG"), _span(doc, "Turner", "PERSON", 1)]
    from newsfacts.extract.components import OrgFilter, _ensure_extensions

    _ensure_extensions()
    doc = OrgFilter([], [], PLACES, [])(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Nat Turner", "PERSON"),
        ("Turner", "PERSON"),
    ]
    assert doc._.newsfacts_org_vetoes == [
        ("Nat Turner", "person: a person's surname elsewhere in the article")
    ]
    # a joining word keeps the name: "Hale & Hale" beside a person "Mara Hale"
    text = "Mara Hale joined Hale & Hale in 1970."
    doc = _NLP(text)
    doc.ents = [_span(doc, "Mara Hale", "PERSON"), _span(doc, "Hale & Hale", "ORG")]
    doc = OrgFilter([], [], PLACES, [])(doc)
    assert [e.label_ for e in doc.ents] == ["PERSON", "ORG"]


def test_short_acronyms_need_the_list_or_their_spelling_out() -> None:
    text = (
        "The NFL fined him. Drives of 80 TB ship. The Canadian Real Estate Association (CREA) said."
    )
    doc = _filtered(
        text, [("NFL", 0), ("TB", 0), ("Canadian Real Estate Association", 0), ("CREA", 0)]
    )
    assert [e.text for e in doc.ents] == ["NFL", "Canadian Real Estate Association", "CREA"]


def test_a_line_is_read_only_near_the_name() -> None:
    from newsfacts.extract.org_veto import OrgEvidence

    text = "Symbol Name Last Change\n" + "x " * 300 + "Acme Corp\n"
    evidence = OrgEvidence(text, frozenset(), frozenset())
    assert evidence.line_of(3, 200) == "Symbol Name Last Change"
    assert evidence.line_of(len(text) - 5, 200) is None  # the line opens 600 characters back


def test_a_context_is_read_once_and_each_name_looked_up() -> None:
    from newsfacts.extract.org_veto import _mentioned

    text = "“We will go on,” Okafor said. Later, “No,” Brandt told us. Globex grew."
    evidence = gather_evidence(text, FIRST_NAMES, PLACES, ["Globex"])
    said = r"\s+(?:said|told)\b"
    quoted = r"[,.?!][”\"]\s*"
    key = r"\b(?:said|told)\b"  # the context is read only around its key words
    assert _mentioned(evidence, "Okafor", key, before=quoted, after=said)
    assert _mentioned(evidence, "Brandt", key, before=quoted, after=said)
    assert not _mentioned(evidence, "Globex", key, before=quoted, after=said)
    assert not _mentioned(evidence, "Initech", key, before=quoted, after=said)
    assert list(evidence.named_between) == [(quoted, said)]
