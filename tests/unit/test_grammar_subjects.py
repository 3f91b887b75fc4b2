"""What each figure is about, read from the parse of its sentence: one row per construction.

Every sentence is written for this test and runs through the real pipeline (en_core_web_sm's
tagger and parser on the sentences that hold a figure). Each row names, for each figure (by its
text), the subject a reader would give it; ``None`` where the sentence names nothing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsfacts.extract.subjects import clean_subject
from newsfacts.pipeline import extract_text


def _subjects(nlp: Language, text: str) -> dict[str, str | None]:
    article = extract_text(text, nlp=nlp, published="2024-05-10")
    return {
        f.text: f.subject  # type: ignore[union-attr]
        for f in article.facts
        if f.kind in {"quantity", "money", "percent"}
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause's subject: "Revenue rose 5%"
        (
            "Revenue rose 5% to $3.2 billion in the quarter.",
            {"5%": "Revenue", "$3.2 billion": "Revenue"},
        ),
        # a participle clause takes the subject of the clause it hangs from
        (
            "Coal production peaked in 2008 at 447.6 million tons, declining to 375.8 million tons.",
            {"447.6 million tons": "Coal production", "375.8 million tons": "Coal production"},
        ),
        # each clause its own: the second index is not the first one's
        (
            "The Dow fell 98.4 points, while the S&P 500 lost 2.05 points.",
            {"98.4 points": "Dow", "2.05 points": "S&P 500"},
        ),
        # the noun the figure modifies
        ("Acme agreed to a $3 billion deal with Globex.", {"$3 billion": "deal"}),
        # an "of"-phrase after the figure
        ("About 38% of voters backed the measure.", {"38%": "voters"}),
        (
            "The state mined 40 percent of the country's coal in 2014.",
            {"40 percent": "country's coal"},
        ),
        # a parenthesised figure stands for the noun before it
        ("Sales of phones (41%) and tablets (27%) slowed.", {"41%": "phones", "27%": "tablets"}),
        # the tagger reads "desktops" in the list as a verb; the parenthesis still glosses it
        (
            "Revenue came from sales on phones (41%), tablets (27%), desktops (22%) and other "
            "devices (10%).",
            {"41%": "phones", "27%": "tablets", "22%": "desktops", "10%": "other devices"},
        ),
        # the one who did what the figure counts, not someone named earlier
        (
            "Smith scored twice. The goalie stopped 31 shots.",
            {"31 shots": "goalie"},
        ),
        # a relative pronoun stands for the noun its clause hangs on
        ("Revenue, which rose 5%, beat forecasts.", {"5%": "Revenue"}),
        ("The fund that lost $3 billion closed.", {"$3 billion": "fund"}),
        ("Workers who earn $15 an hour walked out.", {"$15 an hour": "Workers"}),
        # a pronoun names nothing by itself
        ("It rose 5% last year.", {"5%": None}),
        # ... but stands for the subject of the clause it hangs from
        (
            "The carrier said it would cut 3,000 jobs by June.",
            {"3,000 jobs": "carrier"},
        ),
        # ... or for the previous sentence's subject, in the same paragraph
        (
            "Net revenue at the bottler slipped in the spring. It fell 4% to $810 million.",
            {"4%": "Net revenue at the bottler", "$810 million": "Net revenue at the bottler"},
        ),
        # a figure that is itself the clause's subject counts its own noun, not its hedge
        (
            "At least 14 hikers died in the storm.",
            {"14 hikers": "hikers"},
        ),
        (
            "More than 600 steel workers walked off the job.",
            {"600 steel workers": "steel workers"},
        ),
        ("Up to 500 homes could lose power.", {"500 homes": "homes"}),
        # a bare figure joined to such a clause counts the same noun; alone, it has none
        (
            "Nine hundred tenants were moved and 40 evacuated.",
            {"Nine hundred tenants": "tenants", "40": "tenants"},
        ),
        # a conversion in parentheses measures what the figure it glosses measures
        (
            "Acme raised its offer to £2 billion ($2.6 billion) on Monday.",
            {"£2 billion": "offer", "$2.6 billion": "offer"},
        ),
        # a participle or an adjective phrase on a noun: the noun is what is measured
        (
            "The sculpture sold for 9.1 million euros at the Berlin auction.",
            {"9.1 million euros": "sculpture"},
        ),
        ("The trust, worth $3 billion, buys farmland.", {"$3 billion": "trust"}),
        # a level or a step a verb moves its object to: the object is what is measured
        ("The insurer raised premiums by 4% in May.", {"4%": "premiums"}),
        ("The retailer cut its outlook to $2 billion.", {"$2 billion": "outlook"}),
        # ... unless the object is the step itself: the end level is the index's
        (
            "The Dow fell 98.4 points to 31,402.77, the S&P 500 lost 2.05 points to 4,101.2.",
            {
                "98.4 points": "Dow",
                "31,402.77": "Dow",
                "2.05 points": "S&P 500",
                "4,101.2": "S&P 500",
            },
        ),
        # an "of"-phrase after a noun gives the noun its amount
        ("The board approved a budget of $12.3 billion.", {"$12.3 billion": "budget"}),
        # ... but after a part word the figure is the whole, and counts its own noun
        ("Roughly half of the 2,400 nurses work nights.", {"2,400 nurses": "nurses"}),
        # a list that leaves its verb out: each item's noun phrase is its figure's subject
        (
            "Phones made up 41%, tablets 27%, desktops 22% and other devices 10%.",
            {"41%": "Phones", "27%": "tablets", "22%": "desktops", "10%": "other devices"},
        ),
        (
            "Revenue rose 5%, profit 7% and margins 2%.",
            {"5%": "Revenue", "7%": "profit", "2%": "margins"},
        ),
        ("Prices rose 3%, while wages 2%.", {"3%": "Prices", "2%": "wages"}),
        # the numbers of a list share their subject
        (
            "Rents rose 3, 4 and 5 percent in turn.",
            {"3": "Rents", "4": "Rents", "5 percent": "Rents"},
        ),
    ],
)
def test_subject_from_the_parse(nlp: Language, text: str, expected: dict[str, str | None]) -> None:
    assert _subjects(nlp, text) == expected


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("and sales in June", "sales in June"),
        ("the average price", "average price"),
        ("That's", None),
        ("If it's", None),
        ("We’ve", None),
        ("an", None),
        ("which", None),
        ("More than", None),  # hedges are what is left of a figure's own phrase
        ("At least", None),
        ("about the merger", "about the merger"),
        ("S&P 500", "S&P 500"),
        # a scale letter split off the figure before, a partitive "of", a verb it ends on
        ("m of its 40m residents", "40m residents"),
        ("m", None),
        ("the plot is", "plot"),
        ("Turnout was", "Turnout"),
        ("is", None),
        ("", None),
        (None, None),
    ],
)
def test_clean_subject(raw: str | None, clean: str | None) -> None:
    assert clean_subject(raw) == clean


def test_rules_only_pipeline_still_gives_pattern_subjects(rules_nlp: Language) -> None:
    # no parser: the clause before the verb, cleaned
    assert _subjects(rules_nlp, "Quarterly revenue rose 5% in May.") == {"5%": "Quarterly revenue"}


def test_text_in_another_language_is_not_parsed_for_subjects(nlp: Language) -> None:
    """The English parser reads no grammar from German: its subjects come from the patterns,
    as with the parser off (the organizations are skipped the same way)."""
    from newsfacts import Settings
    from newsfacts.extract import load_nlp

    text = (
        "Der Umsatz des Konzerns stieg im dritten Quartal um 5 Prozent auf 3,2 Milliarden Euro. "
        "Die Zahl der Mitarbeiter wuchs auf 12.400, und der Gewinn nach Steuern lag bei "
        "410 Millionen Euro. Das Unternehmen will im kommenden Jahr weitere 300 Stellen schaffen."
    )
    parsed = extract_text(text, nlp=nlp, published="2024-05-10")
    assert parsed.metadata.language == "de"
    unparsed = extract_text(
        text, nlp=load_nlp(Settings(subject_parser=False)), published="2024-05-10"
    )
    assert len(parsed.facts) >= 4
    assert [f.model_dump() for f in parsed.facts] == [f.model_dump() for f in unparsed.facts]
