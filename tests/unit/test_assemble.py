"""Spans to facts (newsfacts.extract.assemble): units a sentence implies for a bare figure."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsfacts import QuantityFact, extract_text


def _units(text: str, nlp: Language) -> dict[str, str | None]:
    article = extract_text(text, nlp=nlp)
    return {f.text: f.unit for f in article.facts if isinstance(f, QuantityFact)}


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The school admitted 80 pupils, including 12 from abroad.", "12", "pupils"),
        ("Of the 40 boats in the fleet, 7 of them sank.", "7", "boats"),
        ("The garrison's soldier presence was cut to 4,500 last spring.", "4,500", "soldiers"),
        ("The new cafe seats 45 and opens at dawn.", "45", "seats"),
        ("The mill employs 300 and ships worldwide.", "300", "employees"),
        ("Doses of 20 and 40 mg were given.", "20", "mg"),
        ("Visitors rose from 900 people to 1,200 this spring.", "1,200", "people"),
        # a part of a whole with its own figure, over a possessive
        ("Pellworth scored 5 of the team's 9 goals in the final.", "5", "goals"),
        # a bare count sold or shipped counts units of the product
        (
            "Corvel launched the tablet in 2019 and sold about 2 million in its first year.",
            "2 million",
            "units",
        ),
        ("Varnell shipped 4.5 million last quarter, up from 3.9 million.", "3.9 million", "units"),
    ],
)
def test_assemble_gives_a_bare_figure_the_unit_the_sentence_implies(
    nlp: Language, text: str, figure: str, unit: str
) -> None:
    assert _units(text, nlp)[figure] == unit


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Its strong presence in the region lifted sales to 4,500 last year.", "4,500"),
        ("The military presence grew to 2,000 by June.", "2,000"),
    ],
)
def test_assemble_leaves_a_bare_figure_bare_without_a_cue(
    nlp: Language, text: str, figure: str
) -> None:
    assert _units(text, nlp)[figure] is None


def test_assemble_keeps_the_full_name_of_a_count_within_a_paragraph(nlp: Language) -> None:
    text = (
        "The app passed 40 million daily active users in May. A year ago it had 25 million "
        "users.\n\nElsewhere, 9 users complained."
    )
    units = _units(text, nlp)
    assert units["40 million daily active users"] == "daily active users"
    assert units["25 million users"] == "daily active users"
    assert units["9 users"] == "users"  # another paragraph: no carry-over
