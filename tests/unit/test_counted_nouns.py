"""What a count counts: the head noun with the common nouns the parse compounds to it.

Sentences written for these tests. "six metal cans" counts metal cans and "two evacuation
orders" evacuation orders (the gold's "counted noun", `../shared/gold/README.md`); an adjective
or a name before the noun ("two public events", "two Tesla cars") is not part of the unit.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsfacts import QuantityFact
from newsfacts.pipeline import extract_text


def _units(text: str, nlp: Language) -> list[str | None]:
    return [f.unit for f in extract_text(text, nlp=nlp).facts if isinstance(f, QuantityFact)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The depot handed out six metal cans of lamp oil to each farm.", "metal cans"),
        ("The county issued two evacuation orders before the storm.", "evacuation orders"),
        ("The workshop sewed 5 million face masks for the clinics.", "face masks"),
        ("The museum hired two security professionals for the opening.", "security professionals"),
        ("The studio plans 22 launch titles for the console.", "launch titles"),
        # an adjective before the noun: the noun alone
        ("The library held two public events in the hall.", "events"),
        ("The fleet bought 900 electric delivery vans from the plant.", "vans"),
        # a scale word between scales the number and is no part of the noun
        ("The ministry handed out 50 lakh masks at the fair.", "masks"),
        ("The state has built 2 crore toilets since the campaign began.", "toilets"),
        ("The plant packed 3 million tea bags for the exporters.", "tea bags"),
        # nothing between the number and the noun
        ("The council hired 40 teachers for the new school.", "teachers"),
    ],
)
def test_compound_nouns_join_the_counted_noun(text: str, unit: str, nlp: Language) -> None:
    assert _units(text, nlp) == [unit]


def test_a_name_before_the_noun_is_not_part_of_the_unit(nlp: Language) -> None:
    assert _units("The dealer sold 30 Tesla cars in the first week of the sale.", nlp) == ["cars"]


def test_a_count_with_its_own_modifier_keeps_its_noun(nlp: Language) -> None:
    text = "The college employs 6,900 research staff and 3,000 contracted teaching staff."
    assert _units(text, nlp) == ["research staff", "staff"]


def test_a_bare_count_takes_the_name_said_before(nlp: Language) -> None:
    text = "Pelorus has 30 million monthly active users, up from 20 million users a year ago."
    assert _units(text, nlp) == ["monthly active users", "monthly active users"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("About 69,000 academic staff were on the main record, while an estimated 6,500 were"
         " on short contracts.", ["staff", "staff"]),
        ("Some 1,200 residents had flood insurance, but only 40 had fire cover.",
         ["residents", "residents"]),
        # the lender's own name goes with it, not the paragraph's first staff; far back too
        ("The report found 67,000 research staff on fixed-term contracts. A further 69,000"
         " academic staff were on casual contracts and so are not counted in the main staff"
         " record, while an estimated 6,500 were on zero-hours contracts.",
         ["research staff", "staff", "staff"]),
        # a measure lends nothing to a clause set against it, nor does a clause without a verb
        # right after the count
        ("The plant made 40 tonnes of steel, while 12 were shipped abroad.", ["tonnes", None]),
        ("The club has 300 members, while 12 of the founders still attend.", ["members", None]),
    ],
)  # fmt: skip
def test_a_bare_count_set_against_a_clause_counts_its_noun(
    text: str, units: list[str | None], nlp: Language
) -> None:
    assert _units(text, nlp) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Each box handles up to 4 streams (2 in, 2 out) at once.", ["streams"] * 3),
        ("The firm has 300 workers (250 of them in Ohio).", ["workers", "workers"]),
        # a measure lends nothing to a bracket
        ("The trip covers 40 miles (12 on foot).", ["miles", None]),
    ],
)
def test_a_bare_number_in_a_bracket_after_a_count_breaks_it_down(
    text: str, units: list[str | None], nlp: Language
) -> None:
    assert _units(text, nlp) == units


@pytest.mark.parametrize(
    "text",
    [
        "The median home sold for $462,000 in the first half, more than a year earlier.",
        "Sales rose in the second half of the year at every store.",
        "The striker scored twice in the second-half rally.",
    ],
)
def test_half_after_an_ordinal_is_a_part_of_a_period_not_a_figure(text: str, nlp: Language) -> None:
    facts = extract_text(text, nlp=nlp).facts
    assert not [f for f in facts if "half" in f.text.lower() and f.kind != "date_range"], facts


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # the two ends of a span printed with the unit once, after the second ("between 40 and 45
        # kilograms" is one range)
        ("Pixel density climbs from 220 to 226ppi on the new panel.", ["ppi", "ppi"]),
        ("Output rose from 12 to 15 tonnes a day at the mill.", ["tonnes", "tonnes"]),
        ("The shelter cut its staff from 120 to 95 people.", ["people", "people"]),
        # "instead of": the size set against the first takes its unit
        ("The screen is 16-inches instead of 15.4 on the old model.", ["inches", "inches"]),
        # a modifier lends nothing, nor does a span without "from"
        ("A five-year plan followed the 3-hour meeting, up from 2.", [None]),
    ],
)
def test_a_span_or_an_alternative_shares_the_unit_printed_once(
    text: str, units: list[str | None], nlp: Language
) -> None:
    assert _units(text, nlp) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("The Hawks won 4-1 in front of 15,522 at Lakeside Arena.", ["people"]),
        ("A crowd of about 40,000 watched, and attendance was 18,200 on Sunday.", ["people"] * 2),
        ("A crowd of an estimated 5,000 gathered at the gates.", ["people"]),
        # a count with its own noun keeps it
        ("He pleaded his case in front of 3 judges.", ["judges"]),
    ],
)
def test_a_bare_count_of_a_crowd_counts_people(
    text: str, units: list[str | None], nlp: Language
) -> None:
    assert _units(text, nlp) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Ortiz had a two-goal game and a three-run homer on Friday.", ["goals", "runs"]),
        ("A five-person team won the 12-state contest.", ["people", "states"]),
        ("They extended a 10-game streak in a 3-bedroom house.", ["games", "bedrooms"]),
        ("She faces a two-count indictment.", ["counts"]),
        # a kind of engine, not a count of strokes
        ("Many scooters run on two-stroke engines.", []),
    ],
)
def test_a_count_glued_by_a_hyphen_counts_its_noun_in_the_plural(
    text: str, units: list[str | None], nlp: Language
) -> None:
    assert _units(text, nlp) == units


@pytest.mark.parametrize(
    "text",
    ["Flu cases rose to 1,200 across 3 counties.", "Sales hit 40,000 within a week."],
)
def test_a_preposition_after_a_number_is_no_unit(text: str, nlp: Language) -> None:
    assert _units(text, nlp)[0] is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The album had 4.3 million digital and physical sales last year.", 4_300_000, "sales"),
        ("The lot sold 300 new and used cars in May.", 300, "cars"),
        ("The mill employs 120 skilled or unskilled workers and 9 managers.", 120, "workers"),
        # a number scaled or with decimals before an adjective is still a count
        ("The label shipped 2.5 million digital, the report said.", 2_500_000, "digital"),
    ],
)
def test_adjectives_joined_by_and_lead_to_the_counted_noun(
    text: str, value: int, unit: str, nlp: Language
) -> None:
    facts = [f for f in extract_text(text, nlp=nlp).facts if isinstance(f, QuantityFact)]
    assert (facts[0].value, facts[0].unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("About 460 Kia and Hyundai vehicles were stolen last year.", 460, "vehicles"),
        ("The mayor met 25 Republicans on Monday.", 25, "Republicans"),
        ("The port has one 52,000 barrel-a-day refinery.", 52_000, "barrels"),
    ],
)
def test_names_before_the_noun_and_a_unit_before_its_rate(
    text: str, value: int, unit: str, nlp: Language
) -> None:
    facts = [f for f in extract_text(text, nlp=nlp).facts if isinstance(f, QuantityFact)]
    assert [(f.value, f.unit) for f in facts] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The port handled 1,200 40-foot containers in March.",
            [(1200, "containers"), (40, "feet")],
        ),
        (
            "Growers shipped 4.2 million 60-kilogram bags of beans.",
            [(4_200_000, "bags"), (60, "kilograms")],
        ),
        ("The plant will fill eight million 250ml bottles.", [(8_000_000, "bottles"), (250, "ml")]),
        ("The kiosk sold 300 12-ounce cans on Sunday.", [(300, "cans"), (12, "ounces")]),
        ("The builder put up 120 3-bedroom homes.", [(120, "homes"), (3, "bedrooms")]),
    ],
)
def test_a_size_between_a_count_and_its_noun_is_a_figure_of_its_own(
    text: str, expected: list[tuple[int, str]], nlp: Language
) -> None:
    facts = [f for f in extract_text(text, nlp=nlp).facts if isinstance(f, QuantityFact)]
    assert [(f.value, f.unit) for f in facts] == expected


def test_a_unit_before_its_hyphenated_rate_takes_it(nlp: Language) -> None:
    (fact,) = [
        f
        for f in extract_text("The 80,000-barrel-a-day plant shut.", nlp=nlp).facts
        if isinstance(f, QuantityFact)
    ]
    assert (fact.unit, fact.per) == ("barrels", "day")
