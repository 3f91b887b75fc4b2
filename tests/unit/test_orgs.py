"""Organization rules (newsfacts.extract.orgs) through the full pipeline, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsfacts import OrganizationFact, extract_text


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
