"""Numbers written in words, reported when Settings(written_number_facts=True)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from newsfacts import MoneyFact, PercentFact, QuantityFact, Settings, extract_text
from newsfacts.extract import load_nlp
from newsfacts.extract.words import find_word_mentions


@pytest.fixture(scope="module")
def words_nlp() -> Language:
    return load_nlp(Settings(written_number_facts=True))


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind"),
    [
        ("Two thirds of the members agreed.", "Two thirds", Decimal(2) / 3, "quantity"),
        (
            "It took one hundred and sixteen days.",
            "one hundred and sixteen days",
            Decimal(116),
            "quantity",
        ),
        ("Donors gave half a million dollars.", "half a million dollars", Decimal(500000), "money"),
        ("Support fell to twenty-one percent.", "twenty-one percent", Decimal(21), "percent"),
        ("They hired a dozen engineers.", "a dozen engineers", Decimal(12), "quantity"),
        ("She carried a forty-pound pack.", "forty-pound", Decimal(40), "quantity"),
        ("It was an eight-hour shift.", "eight-hour", Decimal(8), "quantity"),
    ],
)
def test_words_find_written_numbers(text: str, surface: str, value: Decimal, kind: str) -> None:
    (mention,) = find_word_mentions(text, claimed=[])
    assert text[mention.start : mention.end] == surface
    assert abs(mention.value - value) < Decimal("1e-9")
    assert mention.kind == kind


def test_words_skip_claimed_spans_and_lone_articles() -> None:
    text = "A dozen ships arrived; an hour later two more."
    assert [text[m.start : m.end] for m in find_word_mentions(text, claimed=[(0, 7)])] == ["two"]


def test_words_with_a_currency_or_a_noun_are_facts_by_default(nlp: Language) -> None:
    text = "The fund raised half a million dollars from twenty-one donors."
    default = extract_text(text, nlp=nlp)
    money = [f for f in default.facts if isinstance(f, MoneyFact)]
    counts = [f for f in default.facts if isinstance(f, QuantityFact)]
    assert [(f.value, f.currency) for f in money] == [(Decimal(500000), "USD")]
    assert [(f.value, f.unit) for f in counts] == [(Decimal(21), "donors")]


def test_bare_written_numbers_are_facts_only_when_asked(words_nlp: Language, nlp: Language) -> None:
    text = "Twenty-one said yes and one of the others agreed."
    assert [f for f in extract_text(text, nlp=nlp).facts if f.kind != "organization"] == []
    asked = [f for f in extract_text(text, nlp=words_nlp).facts if isinstance(f, QuantityFact)]
    assert [f.value for f in asked] == [Decimal(21)]


def test_words_keep_their_readings_when_asked(words_nlp: Language) -> None:
    text = "The fund raised half a million dollars from twenty-one donors."
    asked = extract_text(text, nlp=words_nlp)
    money = [f for f in asked.facts if isinstance(f, MoneyFact)]
    counts = [f for f in asked.facts if isinstance(f, QuantityFact)]
    assert [(f.value, f.currency) for f in money] == [(Decimal(500000), "USD")]
    assert [(f.value, f.unit) for f in counts] == [(Decimal(21), "donors")]
    assert not [f for f in asked.facts if isinstance(f, PercentFact)]


def test_words_read_a_rate_after_the_number() -> None:
    (mention,) = find_word_mentions("The bus stops three times a day.", claimed=[])
    assert (mention.value, mention.unit, mention.per) == (Decimal(3), "times", "day")


def test_words_read_a_written_age_as_an_age() -> None:
    (age,) = find_word_mentions("A forty-year-old clerk won.", claimed=[])
    assert (age.value, age.unit, age.role) == (Decimal(40), "years", "age")
    assert "A forty-year-old clerk won."[age.start : age.end] == "forty-year-old"


def test_words_skip_a_lone_one_or_zero_without_a_unit_of_measurement() -> None:
    text = "One of them said zero, then one costs more; one mile on, we saw one hundred."
    surfaces = [text[m.start : m.end] for m in find_word_mentions(text, claimed=[])]
    assert surfaces == ["one mile", "one hundred"]


def test_words_span_keeps_the_printed_spacing() -> None:
    text = "We need half a  dozen more."
    (mention,) = find_word_mentions(text, claimed=[])
    assert text[mention.start : mention.end] == "half a  dozen"
    assert mention.value == Decimal(6)


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("It cost nine dollars fifty.", "nine dollars fifty", Decimal("9.5"), "USD"),
        ("He found a penny there.", "a penny", Decimal(1), "GBX"),
        ("It sells for a dollar.", "a dollar", Decimal(1), "USD"),
        ("Fares rose forty cents.", "forty cents", Decimal("0.4"), "USD"),
    ],
)
def test_words_read_cents_and_single_coins(
    text: str, surface: str, value: Decimal, currency: str
) -> None:
    (mention,) = find_word_mentions(text, claimed=[])
    assert text[mention.start : mention.end] == surface
    assert (mention.kind, mention.value, mention.currency) == ("money", value, currency)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        (
            "The mayor won by five-and-a-half points.",
            "five-and-a-half points",
            Decimal("5.5"),
            "points",
        ),
        (
            "The suit names three Rhode Island landlords.",
            "three Rhode Island landlords",
            Decimal(3),
            "landlords",
        ),
        ("She hired four Paris chefs last year.", "four Paris chefs", Decimal(4), "chefs"),
        (
            "Twelve county businessmen signed the letter.",
            "Twelve county businessmen",
            Decimal(12),
            "businessmen",
        ),
        # a measure or a counted noun glued by a hyphen, an area's or a volume's too
        ("The mill sits on a five-acre lot by the river.", "five-acre", Decimal(5), "acres"),
        ("They fenced a two-square-mile reserve.", "two-square-mile", Decimal(2), "square miles"),
        (
            "The 250,000-square-foot depot opened in May.",
            "250,000-square-foot",
            Decimal(250000),
            "square feet",
        ),
        ("A 12-cubic-yard bin stood outside.", "12-cubic-yard", Decimal(12), "cubic yards"),
        ("Hikers take the twelve-kilometer trail.", "twelve-kilometer", Decimal(12), "kilometers"),
        ("The coach keeps a four-game limit.", "four-game", Decimal(4), "games"),
        ("They live in a three-story house.", "three-story", Decimal(3), "stories"),
    ],
)
def test_written_counts_after_names_and_hyphenated_halves(
    nlp: Language, text: str, surface: str, value: Decimal, unit: str
) -> None:
    article = extract_text(text, published="2026-12-03", nlp=nlp)
    figures = [(f.text, f.value, f.unit) for f in article.facts if isinstance(f, QuantityFact)]
    assert (surface, value, unit) in figures


@pytest.mark.parametrize(
    "text",
    [
        "There is one problem with the plan, and two things stand out.",
        "Eight out of ten firms and one in five adults said so.",
        "The other reason is one question of cost.",
        "There are a million reasons why that is hard, and a hundred questions.",
    ],
)
def test_discourse_nouns_and_ratios_are_no_counts(nlp: Language, text: str) -> None:
    article = extract_text(text, published="2026-12-03", nlp=nlp)
    assert [f.text for f in article.facts if isinstance(f, QuantityFact)] == []


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("But there are two problems with the plan.", "two problems", 2, "problems"),
        (
            "His moves were guided by three factors: cost, time and luck.",
            "three factors",
            3,
            "factors",
        ),
        ("That is really two questions, I suppose.", "two questions", 2, "questions"),
    ],
)
def test_several_problems_or_factors_are_counts(
    nlp: Language, text: str, surface: str, value: int, unit: str
) -> None:
    article = extract_text(text, published="2026-12-03", nlp=nlp)
    figures = [(f.text, f.value, f.unit) for f in article.facts if isinstance(f, QuantityFact)]
    assert (surface, value, unit) in figures


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("She told the board six months ago that she would go.", "six months", 6, "months"),
        ("The plant closed 3 years ago.", "3 years", 3, "years"),
        ("The vote is two weeks from now.", "two weeks", 2, "weeks"),
    ],
)
def test_a_count_of_time_back_from_publication_is_a_figure_too(
    nlp: Language, text: str, surface: str, value: int, unit: str
) -> None:
    article = extract_text(text, published="2026-12-03", nlp=nlp)
    figures = [(f.text, f.value, f.unit) for f in article.facts if isinstance(f, QuantityFact)]
    assert figures == [(surface, Decimal(value), unit)]


@pytest.mark.parametrize(
    "text",
    [
        "The three-year contract ends soon.",  # a duration as a modifier is no figure
        "A one-game lead is thin.",  # a lone "one" without a unit of measurement stays out
        "They built a London-based team.",
    ],
)
def test_hyphened_modifiers_that_are_no_measures_stay_out(nlp: Language, text: str) -> None:
    article = extract_text(text, published="2026-12-03", nlp=nlp)
    assert [f.text for f in article.facts if isinstance(f, QuantityFact)] == []


def test_a_count_of_time_back_right_after_a_figure_dates_that_figure(nlp: Language) -> None:
    text = "Rent is $1,850, compared to $1,420 five years ago."
    article = extract_text(text, published="2026-12-03", nlp=nlp)
    assert [f.text for f in article.facts if isinstance(f, QuantityFact)] == []


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Pay arrives up to two days before payday.", "two days", "up to"),
        ("I was looking at about five years of school.", "five years", "about"),
        ("The town lies around five hours south.", "five hours", "around"),
    ],
)
def test_a_written_number_keeps_its_hedge(
    nlp: Language, text: str, surface: str, qualifier: str
) -> None:
    article = extract_text(text, published="2026-12-03", nlp=nlp)
    (fact,) = [f for f in article.facts if f.text == surface]
    assert fact.qualifier == qualifier


def test_a_written_range_with_a_scale_on_each_end(nlp: Language) -> None:
    article = extract_text("Between four thousand to five thousand people marched.", nlp=nlp)
    figures = [(f.value, f.value_max, f.unit) for f in article.facts if isinstance(f, QuantityFact)]
    assert figures == [(Decimal(4000), Decimal(5000), "people")]
