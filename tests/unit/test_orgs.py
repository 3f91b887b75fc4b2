"""Organization rules (newsfacts.extract.orgs) through the full pipeline, on invented sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from newsfacts import OrganizationFact, extract_text
from newsfacts.extract.org_veto import has_org_word
from newsfacts.extract.orgs import split_owners


def _orgs(text: str, nlp: Language) -> set[str]:
    return {f.name for f in extract_text(text, nlp=nlp).facts if isinstance(f, OrganizationFact)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bids were taken by the Dutch auction house Veldkamp before noon.", "Veldkamp"),
        ("Kestrel Dairy, one of Norway's largest dairy companies, grew.", "Kestrel Dairy"),
        ("The grant went to Harbor Valley Academy last week.", "Harbor Valley Academy"),
        ("Gifts went to Pinecrest Widows' Shelter in May.", "Pinecrest Widows' Shelter"),
        ("The painting hangs in the Musée d’Aubrac now.", "Musée d’Aubrac"),
        ("Funds came from the Fondation Marcel Rive, he said.", "Fondation Marcel Rive"),
        (
            "Troops of the 3rd Battalion 7th Rangers—“The Ghosts,” they say—left.",
            "3rd Battalion 7th Rangers",
        ),
        ("PORTLAND -- Lumen Gas's Community Giving Fund is donating $5,000.", "Lumen Gas"),
        ("The money supports OKRA's Riverside Club downtown.", "OKRA"),
        ("Ontario-based Quill Robotics Inc. raised money.", "Quill Robotics Inc"),
    ],
)
def test_orgs_rules_find_names_the_ner_misses(nlp: Language, text: str, name: str) -> None:
    assert name in _orgs(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        "The funds went to the Lantern Light Project for new lamps.",
        "Volunteers run the Bright Steps program every spring.",
        "The carrier flies from Redwood Falls International Airport daily.",
    ],
)
def test_orgs_rules_drop_programs_and_airports(nlp: Language, text: str) -> None:
    names = _orgs(text, nlp)
    assert not any(("Project" in n) or ("Airport" in n) or ("Bright Steps" in n) for n in names)


def test_orgs_rules_join_a_name_split_at_of(nlp: Language) -> None:
    text = "Recipients include Young Founders of Idaho & NE Utah and the city museum."
    assert "Young Founders of Idaho & NE Utah" in _orgs(text, nlp)


def test_orgs_rules_cut_a_person_off_the_end(nlp: Language) -> None:
    text = (
        "Before the vote, Minister in the Ministry of Trade Daniel Okafor spoke. Okafor said "
        "exports rose. Later, Okafor said the vote was close."
    )
    names = _orgs(text, nlp)
    assert "Ministry of Trade" in names
    assert not any("Okafor" in n for n in names)


def _split(text: str, org: str, others: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """``split_owners`` on ``text`` with ``org`` (and ``others``) set as ORG entities by hand."""
    doc = spacy.blank("en")(text)
    spans = []
    for name in (org, *others):
        span = doc.char_span(text.index(name), text.index(name) + len(name), label="ORG")
        assert span is not None, name
        spans.append(span)
    doc.ents = [Span(doc, s.start, s.end, label="ORG") for s in spans]
    split_owners(doc, frozenset({"Brazil", "Tarsis"}), has_org_word)
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "org", "others", "expected"),
    [
        # an owner with an organization word: both names
        (
            "Analysts at Halden Media's Signal Group said so.",
            "Halden Media's Signal Group",
            (),
            [("Halden Media", "ORG"), ("Signal Group", "ORG")],
        ),
        # an owner the article names elsewhere; the owned part has no org word: the owner alone
        (
            "Orvane said it would grow. Orvane's Winter Sale starts today.",
            "Orvane's Winter Sale",
            ("Orvane",),
            [("Orvane", "ORG"), ("Orvane", "ORG")],
        ),
        # a place owner: the name it owns, without the place
        (
            "Scientists at Tarsis's National Institute for Soil Research agreed.",
            "Tarsis's National Institute for Soil Research",
            (),
            [("National Institute for Soil Research", "ORG")],
        ),
        # no owner of either kind: one name, possessive and all
        (
            "The People's Liberation Front marched.",
            "People's Liberation Front",
            (),
            [("People's Liberation Front", "ORG")],
        ),
        # a name that is its own possessive elsewhere ("Moody's") is no owner
        (
            "Moody's cut the rating. Moody's Ratings Desk wrote the note.",
            "Moody's Ratings Desk",
            ("Moody's",),
            [("Moody's", "ORG"), ("Moody's Ratings Desk", "ORG")],
        ),
    ],
)
def test_split_owners(
    text: str, org: str, others: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert sorted(_split(text, org, others)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        # a sentence end is no part of a name
        (
            "Most deaths were in Dunmore. The Lancet Commission on pollution found that.",
            "Lancet Commission",
            "Dunmore. The Lancet Commission",
        ),
        # a person's possessive after "of" is no part of the name
        (
            "It ran with a photo in the New York Times of Malcolm’s grandfather.",
            "New York Times",
            "New York Times of Malcolm",
        ),
        # a title of the person after the body's name
        (
            "He mourned former House of Representatives Speaker, Ben Okoro, on Monday.",
            "House of Representatives",
            "House of Representatives Speaker",
        ),
        # a person's title and name run into the body's name, or an executive's title
        (
            "Federal Reserve Bank of Dunmore President Alma K. Ferris dissented again.",
            "Federal Reserve Bank of Dunmore",
            "Federal Reserve Bank of Dunmore President Alma K. Ferris",
        ),
        (
            "Corvel CIO Dana Pruitt said the network was ready, and Corvel agreed.",
            "Corvel",
            "Corvel CIO",
        ),
        # ... not a body's own words after a title word ("Speaker Training Working Group")
        (
            "The Pressfield Speaker Training Working Group met on Tuesday.",
            "Pressfield Speaker Training Working Group",
            "Pressfield",
        ),
        # the topics of one body, listed with commas
        (
            "An analyst at the Council on Energy, Environment and Water told reporters.",
            "Council on Energy, Environment and Water",
            "Council on Energy",
        ),
        # a brand in camel case or with a digit
        ("The big iFixit teardown is done, and the results are in.", "iFixit", ""),
        # a short acronym listed with an organization
        (
            "Nomura identified SBI and ICICI Bank as its key beneficiaries.",
            "SBI",
            "",
        ),
    ],
)
def test_orgs_rules_keep_a_name_whole_and_alone(
    nlp: Language, text: str, name: str, not_name: str
) -> None:
    names = _orgs(text, nlp)
    assert name in names, names
    assert not not_name or not_name not in names


@pytest.mark.parametrize("text", ["He bought an iMac and a MacBook.", "The Sensex rose 2%."])
def test_orgs_products_and_indexes_are_no_organizations(nlp: Language, text: str) -> None:
    assert _orgs(text, nlp) == set()


def test_a_place_with_a_won_lost_record_is_a_team(nlp: Language) -> None:
    text = "Eastern Harlan (5-5, 3-3) rolled past Minnesota (4-6), 45-17, on Tuesday night."
    assert {"Eastern Harlan", "Minnesota"} <= _orgs(text, nlp)
    assert "Minnesota" not in _orgs("Minnesota cut taxes on Tuesday.", nlp)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dempsey told Gizmodo by email that the case was rare.", "Gizmodo"),
        ("A doctor on the scene told Ruptly that three people died.", "Ruptly"),
        ("It was reported by the Independent newspaper on Monday.", "Independent"),
    ],
)
def test_a_news_outlet_named_as_a_source_is_an_organization(
    nlp: Language, text: str, name: str
) -> None:
    assert name in _orgs(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        "Police said Ana Lind was arrested. The mayor later told Lind that the plan would pass.",
        "Independent candidates won three seats.",
    ],
)
def test_a_person_told_or_a_stop_listed_word_stays_out(nlp: Language, text: str) -> None:
    assert _orgs(text, nlp) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mark Dunne, a scientist at the European Center for Medium-Range Weather Forecasts, "
            "said the smoke was thick.",
            "European Center for Medium-Range Weather Forecasts",
        ),
        (
            "She spoke at the Washington-based Center for Strategic and International Studies think tank "
            "on Thursday.",
            "Center for Strategic and International Studies",
        ),
    ],
)
def test_a_name_cut_at_an_adjective_goes_on_to_its_noun(
    nlp: Language, text: str, name: str
) -> None:
    names = [f.name for f in extract_text(text, nlp=nlp).facts if f.kind == "organization"]
    assert name in names, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The U.S. Securities and Exchange Commission fined the broker on Monday.",
            "U.S. Securities and Exchange Commission",
        ),
        (
            "The bank is the subject of a U.S. Securities and Exchange Commission inquiry.",
            "U.S. Securities and Exchange Commission",
        ),
        ("A US District Court judge in Ohio ruled on Friday.", "US District Court"),
        ("The UK Space Agency said on Monday it would fund the probe.", "UK Space Agency"),
    ],
)
def test_a_countrys_abbreviation_opens_the_name_of_its_body(
    nlp: Language, text: str, name: str
) -> None:
    names = [f.name for f in extract_text(text, nlp=nlp).facts if f.kind == "organization"]
    assert names == [name], names


def test_a_countrys_abbreviation_before_a_company_stays_a_place(nlp: Language) -> None:
    names = [
        f.name
        for f in extract_text("In the US Apple sold more phones than Samsung.", nlp=nlp).facts
        if f.kind == "organization"
    ]
    assert "US Apple" not in names, names
    assert "Apple" in names, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Researchers at the University of California, Davis said the crop failed.",
            "University of California, Davis",
        ),
        (
            "A team at the University of Texas at Austin built the probe.",
            "University of Texas at Austin",
        ),
    ],
)
def test_a_universitys_campus_stays_in_its_name(nlp: Language, text: str, name: str) -> None:
    names = [f.name for f in extract_text(text, nlp=nlp).facts if f.kind == "organization"]
    assert names == [name], names


def test_a_list_after_a_university_is_no_campus(nlp: Language) -> None:
    text = "She applied to the University of Oxford, Cambridge and Yale last year."
    names = [f.name for f in extract_text(text, nlp=nlp).facts if f.kind == "organization"]
    assert "University of Oxford, Cambridge" not in names, names


def test_a_towns_police_is_named_with_the_town(nlp: Language) -> None:
    text = "A man was arrested at the motel on Friday, Forest Hill police said."
    names = [f.name for f in extract_text(text, nlp=nlp).facts if f.kind == "organization"]
    assert names == ["Forest Hill police"], names
