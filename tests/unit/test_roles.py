"""A role for every number: a table of sentences per role (written for these tests).

Only measures, counts, money and percentages become figure facts, and ages become ``age``
quantities; identifiers, scores, ranks and labels never become facts. Each table runs on the
statistical pipeline and on the rules-only one (the name and context rules need no model).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from newsfacts import Article, MoneyFact, PercentFact, QuantityFact
from newsfacts.extract.date_patterns import PATTERNS
from newsfacts.extract.mentions import find_mentions
from newsfacts.extract.roles import FACT_ROLES, assign_roles, name_spans, role_of
from newsfacts.pipeline import extract_text

PUB = "2026-12-03"
Figure = QuantityFact | MoneyFact | PercentFact


def _figures(article: Article) -> list[Figure]:
    return [f for f in article.facts if isinstance(f, QuantityFact | MoneyFact | PercentFact)]


@pytest.fixture(params=["model", "rules"])
def any_nlp(request: pytest.FixtureRequest, nlp: Language, rules_nlp: Language) -> Language:
    return nlp if request.param == "model" else rules_nlp


# -- identifiers, scores, ranks, labels: never a figure ---------------------------------------

IDENTIFIERS = [
    ("The carrier confirmed the 777X order on Tuesday.", "777"),
    ("Shoppers queued for the iPhone 15 all night.", "15"),
    ("The S&P 500 rose 2% on the news.", "500"),
    ("The FTSE 100 slipped in early trade.", "100"),
    ("The clinic at 1400 Elm St. closed its doors.", "1400"),
    ("Residents flooded the 311 line with complaints.", "311"),
    ("Callers can dial 911 at any hour.", "911"),
    ("Photo 2 of 8", "2"),
    ("The shares hit a 52-week high of $45.", "52"),
    ("Updates reach phones running iOS 8.2 or later.", "8.2"),
    ("Traffic backed up on State Road 836 for hours.", "836"),
    ("She starred in 12 Years a Slave before the sequel.", "12"),
    ("Pages: 1 2 3 4", "3"),
    ("Call (555) 123-4567 for tickets.", "123"),
    ("The Phase 3 trial enrolled patients.", "3"),
    ("Flight 370 vanished over the ocean.", "370"),
    ("The outage hit COVID-19 testing sites.", "19"),
    ("Diaz edged Moreau 7-6 (5), 7-6 (3) and Kemp won the next rubber.", "7"),
    ("Ito cruised past Lund 6-2, 6-1 and then lost to Soto 7-5, 6-4.", "6"),
    ("Orders: +49 (0)30 555 21-870, weekdays only.", "555"),
    ("A neighbour saw the smoke and called 911 at once.", "911"),
    ("The laptop ships with a GTX 1660 Ti and 16GB of memory.", "1660"),
    ("Nine out of 10 dentists and 1 in 5 adults agreed.", "10"),
    ("Critics rated the show 4.5 out of 5 on Friday.", "4.5"),
    ("The nine-member council voted 6-3 to adopt the budget.", "6"),
    ("The Hawks went 9-3 this season and finished 46-28-8 in the league.", "46"),
    ("Advancing stocks outnumbered decliners by about 3 to 1 on Tuesday.", "3"),
    ("The measure won by a 2-to-1 margin.", "2"),
    ("The chip scored 5,100 in Cinebench R20 last week.", "20"),
    ("The study found a link [1] between the two.", "1"),
    ("A category 4 storm reached the coast.", "4"),
    ("The gallery at 9 E 71st St reopened.", "9"),
    ("The PLX-R18 camera went on sale.", "18"),
    # rows of a quote table: names and figures, no sentence
    ("Symbol Name Last Change\nACME Acme Corp 12.5 +0.3\nGLBX Globex 40.1 -1.2", "0.3"),
    ("Symbol Name Last Change\nACME Acme Corp 12.5 +0.3\nGLBX Globex 40.1 -1.2", "40.1"),
    ("Dow 31,402.77 -98.4 -0.31%", "98.4"),
    ("Top gadgets of the year\nShowing 1 - 5 of 36", "36"),
    ("Class 5-1A: the relay team took first.", "5"),
    ("The new 16-inch MacBook Pro has a better keyboard.", "16"),
    ("She upgraded to a 12.9-inch iPad Pro last spring.", "12.9"),
    ("The console streams 4K video with 5.1 surround sound.", "5.1"),
    ("Battery life on the 11 Pro Max is the best.", "11"),
    ("Her face is on the front of the $20 bill.", "20"),
    ("Harbor Physics. 37 (1): 339–351. PMID 20175497.", "339"),
    ("Harbor Physics. 37 (1): 339–351. PMID 20175497.", "20175497"),
    ("Curr Opin Harb. 2015; 28: 685-690.", "685"),
    ("It shipped in the recent 1.8 release last week.", "1.8"),
    ("The app's version 3.2 fixes the bug.", "3.2"),
    # a model code after a name, punctuation after it
    ("In Benchmark R20, the chip led the field.", "20"),
    # a number before a singular noun names or rates the thing
    ("Noise was measured with an Ardent model 4431 gauge at ear height.", "4431"),
    ("The laptop posted a 2182 score in the graphics test.", "2182"),
    ("The airline parked its 747 jet for good.", "747"),
    ("The carrier takes four more 737 MAX 8s next year.", "737"),
]


@pytest.mark.parametrize(("text", "number"), IDENTIFIERS)
def test_identifiers_never_become_figures(any_nlp: Language, text: str, number: str) -> None:
    article = extract_text(text, published=PUB, nlp=any_nlp)
    assert not [f for f in _figures(article) if number in f.text], _figures(article)


SCORES_AND_RANKS = [
    "United won 3-2 on Sunday.",
    "They finished with a 9-1-2 record.",
    "Leeds beat Hull 2-0 at home.",
    "The squad clinched a 4-1 victory.",
    "A third-quarter surge built a 38-10 bulge.",
    "They erased a 21-3 deficit after the break.",
    "The No. 3 seed advanced.",
    "1. Garage sales draw crowds",
    "3.Charlotte leads the list",
    # a bare number after an article is a rating or a test score
    "The new chip scored a 129 while the old one clocked in at a 126.8.",
    "Reviewers gave the film a 7 and rated the sequel an 8.",
    "It earned a total score of 2072 in the stress test.",
    "Her score of 1999 was the best of the night.",
]


@pytest.mark.parametrize("text", SCORES_AND_RANKS)
def test_scores_records_and_ranks_are_no_figures(any_nlp: Language, text: str) -> None:
    assert _figures(extract_text(text, published=PUB, nlp=any_nlp)) == []


# -- ages: age quantities ----------------------------------------------------------------------

AGES = [
    ("Smith, 66, retired last year.", "66", Decimal(66), "years"),
    ("Lena Park, now 58, still runs the shop.", "58", Decimal(58), "years"),
    ("The mayor, who is 71, won again.", "71", Decimal(71), "years"),
    ("Ana Ruiz (41) chairs the board.", "41", Decimal(41), "years"),
    ("A 28-year-old driver was hurt.", "28-year-old", Decimal(28), "years"),
    ("The winner, 40 years old, cried.", "40 years old", Decimal(40), "years"),
    ("She was aged 71 when she wrote it.", "71", Decimal(71), "years"),
    ("He knew it by the time he was 13.", "13", Decimal(13), "years"),
    ("They adopted a seven-month-old puppy.", "seven-month-old", Decimal(7), "months"),
    ("A forty-year-old clerk won.", "forty-year-old", Decimal(40), "years"),
    ("The painter died at 66 in her studio.", "66", Decimal(66), "years"),
    ("He was 66 when he sold the firm.", "66", Decimal(66), "years"),
    ("She turns 40 next week.", "40", Decimal(40), "years"),
    ("The boy, 7, was unhurt.", "7", Decimal(7), "years"),
    # a person's title (the shared table of person nouns), a year between "retired" and "at"
    ("The senator, 71, ran again.", "71", Decimal(71), "years"),
    ("The owner, 54, sold the shop.", "54", Decimal(54), "years"),
    ("She retired in 2015 at 65.", "65", Decimal(65), "years"),
    ("At 38, the skier won again.", "38", Decimal(38), "years"),
    ("The painter died on Tuesday. She was 91.", "91", Decimal(91), "years"),
    # contractions: "she's 38.", "When you're 20,"
    ("Yes, the comic says, she's 38. She laughs.", "38", Decimal(38), "years"),
    ("When you're 20, you want it all.", "20", Decimal(20), "years"),
]

#: The same words around a number that is no age.
NOT_AGES = [
    "Sales were 66 when the store closed.",
    "The score was 66 when play stopped.",
    "It costs 66, the driver said.",
    "The store, 66, Main Street, closed.",
    "He's 5 points ahead of his rival.",
    "When sales were 40 in May, the shop grew.",
]


@pytest.mark.parametrize("text", NOT_AGES)
def test_numbers_beside_age_words_that_are_no_ages(any_nlp: Language, text: str) -> None:
    figures = _figures(extract_text(text, published=PUB, nlp=any_nlp))
    assert [f.role for f in figures if isinstance(f, QuantityFact)] == ["count"]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), AGES)
def test_ages_become_age_quantities(
    any_nlp: Language, text: str, surface: str, value: Decimal, unit: str
) -> None:
    (age,) = _figures(extract_text(text, published=PUB, nlp=any_nlp))
    assert isinstance(age, QuantityFact)
    assert (age.role, age.text, age.value, age.unit) == ("age", surface, value, unit)


def test_an_age_takes_no_part_in_checks(nlp: Language) -> None:
    text = "Lee, 52, runs a firm of 50 staff. Kim, 48, runs one of 40 staff."
    article = extract_text(text, published=PUB, nlp=nlp)
    ages = {f.id for f in _figures(article) if isinstance(f, QuantityFact) and f.role == "age"}
    assert len(ages) == 2
    assert not [c for c in article.checks if ages & set(c.fact_ids)]


# -- measures, counts, money, percent ------------------------------------------------------------

FIGURES = [
    ("The plant added 5 GW of capacity.", "quantity", "measure"),
    ("The firm hired 1,200 workers.", "quantity", "count"),
    ("A 65-inch TV fills the wall.", "quantity", "measure"),  # a size before a common noun
    ("The Senate passed a $20 billion spending bill.", "money", None),
    ("He won 3 Pro Bowls with the team.", "quantity", "count"),
    ("The firm expects to release 16 million tons of CO2.", "quantity", "measure"),
    ("The deal was worth $3 billion.", "money", None),
    ("Sales rose 5% in the quarter.", "percent", None),
    ("About 300 Americans signed up.", "quantity", "count"),
    # a line of capitalised words with figures in it is a table row only without a verb
    ("Acme Shares Jump 12% After Strong Quarter", "percent", None),
    ("Acme (ACME) Closed At $12.50", "money", None),
    # a record's second number, then "in": the games are a count, no "6 in 17" ratio
    ("The Hawks went 11-6 in 17 games.", "quantity", "count"),
    # a singular noun that is counted as a modifier, a plural without an "s", a glued unit
    ("The Liberals hold an 8 point lead.", "quantity", "count"),
    ("About 40 staff left the firm.", "quantity", "count"),
    ("The panel packs 226ppi.", "quantity", "count"),
    # "a" before a number with its own noun or sign is no rating
    ("The engine gives a 20% gain in torque.", "percent", None),
    ("Buyers took a 1⁄32 stake in the firm.", "quantity", "count"),
    # no verb of scoring before the article: an elliptical figure stays one
    ("The quake was the strongest since a 6.4 in 1999.", "quantity", "count"),
]


@pytest.mark.parametrize(("text", "kind", "role"), FIGURES)
def test_figures_keep_their_roles(any_nlp: Language, text: str, kind: str, role: str) -> None:
    (figure,) = _figures(extract_text(text, published=PUB, nlp=any_nlp))
    assert figure.kind == kind
    if isinstance(figure, QuantityFact):
        assert figure.role == role


# -- the mechanism itself ---------------------------------------------------------------------


def test_name_spans_name_the_rule_that_claimed_them() -> None:
    text = "The S&P 500 rose while Leeds won 3-2 at 1400 Elm St."
    rules = {rule for _, _, rule in name_spans(text)}
    assert {"index", "score_verb", "address"} <= rules


def test_a_model_name_between_a_count_and_its_noun_is_not_glued_to_it(any_nlp: Language) -> None:
    article = extract_text("The fleet now includes some 250 A320 jets.", published=PUB, nlp=any_nlp)
    (jets,) = _figures(article)
    assert isinstance(jets, QuantityFact)
    assert (jets.value, jets.unit, jets.role) == (Decimal(250), "jets", "count")


def test_role_of_reads_the_entity_label_of_the_model() -> None:
    text = "They watched the 101 Dalmatians film again."
    (mention,) = find_mentions(text)
    assert role_of(mention, text, None) == ("count", "kind")
    entity = (17, 31, "WORK_OF_ART")  # "101 Dalmatians"
    assert role_of(mention, text, [entity]) == ("identifier", "entity:WORK_OF_ART")


def test_assign_roles_keeps_only_fact_roles() -> None:
    text = "Smith, 66, sold 40 cars for $3 million, No. 3 in town."
    kept = assign_roles(text, find_mentions(text))
    assert all(m.role in FACT_ROLES for m in kept)
    assert [(m.value, m.role) for m in kept] == [
        (Decimal(66), "age"),
        (Decimal(40), "count"),
        (Decimal(3_000_000), "money"),
    ]


def test_every_date_pattern_has_a_resolver() -> None:
    from newsfacts.extract.date_resolvers import RESOLVERS

    assert {name for name, _ in PATTERNS} <= set(RESOLVERS)


SPORTS_AND_CLOCKS = [
    "Eastern rolled past Northern Illinois, 45-17, on Tuesday night.",
    "Spain beat them 6-4, 7-6 (5) to seal the tie.",
    "The Huskies (4-7, 3-4) play on Saturday.",
    "The rookie was 20-of-24 passing on the night.",
    "The shop is open from 3 to 9 p.m. on Mondays.",
    "The race ended at 0100 GMT on Wednesday.",
    "The coupe does 0-62 mph quickly.",
]


@pytest.mark.parametrize("text", SPORTS_AND_CLOCKS)
def test_scores_records_and_clock_times_are_no_figures(any_nlp: Language, text: str) -> None:
    assert _figures(extract_text(text, published=PUB, nlp=any_nlp)) == []


def test_a_games_quarter_is_no_calendar_quarter(nlp: Language) -> None:
    text = "The Eagles scored 24 points in the third quarter of the game."
    article = extract_text(text, published=PUB, nlp=nlp)
    assert [f.kind for f in article.facts if f.kind in {"date", "date_range"}] == []


def test_written_numbers_in_a_title_are_no_figures(nlp: Language) -> None:
    article = extract_text("Fans loved The Six Million Dollar Man.", published=PUB, nlp=nlp)
    assert _figures(article) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury sold a 10-year bond.",
        "They began a five-day march.",
        "Workers called a 24-hour strike.",
    ],
)
def test_a_duration_used_as_an_adjective_is_no_figure(any_nlp: Language, text: str) -> None:
    assert _figures(extract_text(text, published=PUB, nlp=any_nlp)) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The battery lasts one hour more than the old model.", 1, "hour"),
        ("She signed 1 year later than planned.", 1, "year"),
        ("The trip takes 1 day each way.", 1, "day"),
    ],
)
def test_a_duration_before_a_word_it_does_not_modify_stays_a_figure(
    any_nlp: Language, text: str, value: int, unit: str
) -> None:
    figures = _figures(extract_text(text, published=PUB, nlp=any_nlp))
    assert [(f.value, getattr(f, "unit", None)) for f in figures] == [(Decimal(value), unit)]


def test_a_duration_before_an_amount_of_money_modifies_it(any_nlp: Language) -> None:
    figures = _figures(
        extract_text("She won a five-year $700,000 grant.", published=PUB, nlp=any_nlp)
    )
    assert [f.text for f in figures] == ["$700,000"]


def test_a_duration_with_a_plural_or_a_fraction_stays_a_figure(any_nlp: Language) -> None:
    text = "After a 2-1/2 year slump the talks ran for 10 days."
    figures = _figures(extract_text(text, published=PUB, nlp=any_nlp))
    assert [(f.value, getattr(f, "unit", None)) for f in figures] == [
        (Decimal("2.5"), "year"),
        (Decimal(10), "days"),
    ]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The GTX 1660 Ti beats the older GTX 1060 card.", "1660"),
        ("The war film “1917,” led the awards on Saturday.", "1917"),
        ("Buyers compared it with the RTX 2060 in tests.", "2060"),
    ],
)
def test_a_code_or_a_quoted_title_holds_no_year(nlp: Language, text: str, surface: str) -> None:
    article = extract_text(text, published=PUB, nlp=nlp)
    assert not [f for f in article.facts if surface in f.text], article.facts


def test_a_year_after_an_event_code_is_still_a_year(nlp: Language) -> None:
    article = extract_text("The phone will launch at MWC 2027 in Spain.", published=PUB, nlp=nlp)
    assert [f.text for f in article.facts if f.kind == "date_range"] == ["2027"]


def test_a_range_of_a_count_is_no_pager(any_nlp: Language) -> None:
    article = extract_text("Between 10-15 of 20 members voted.", published=PUB, nlp=any_nlp)
    assert "20 members" in [f.text for f in _figures(article)]


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Pot becomes legal for buyers over 21 at licensed stores.", "21", "age"),
        ("Anyone under 18 must have a permit.", "18", "age"),
        ("The tax hits people over 65 and those under 30.", "30", "age"),
        ("Prices rose for users over 500 in the group.", "500", "count"),
        ("The fair drew 64,500 people over four days, from July 20.", "four days", "measure"),
    ],
)
def test_an_age_limit_of_people_is_an_age(
    any_nlp: Language, text: str, surface: str, role: str
) -> None:
    article = extract_text(text, published=PUB, nlp=any_nlp)
    roles = {f.text: getattr(f, "role", None) for f in article.facts}
    assert roles.get(surface) == role, roles


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The gsoc-2018 file is large.", "2018"),
        ("Harbor Physics. 23 (7): 1739–1752.", "1739"),
        ("Curr Opin Harb. 2015; 28: 685-690.", "2015"),
    ],
)
def test_a_year_inside_a_file_name_or_a_citation_is_no_date(
    nlp: Language, text: str, surface: str
) -> None:
    article = extract_text(text, published=PUB, nlp=nlp)
    assert not [f for f in article.facts if surface in f.text], article.facts


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The radio burst came from a source known as 121102. Others repeat.", "121102"),
        ("Doctors tracked a strain called 229E in the ward.", "229"),
    ],
)
def test_a_number_that_names_a_thing_is_no_figure(nlp: Language, text: str, surface: str) -> None:
    article = extract_text(text, published=PUB, nlp=nlp)
    assert not [f for f in article.facts if surface in f.text], article.facts


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Sales rose in March 2019 and again at Christmas 2019.", "2019"),
        ("The plant closed in Summer 2020 after the flood.", "2020"),
        ("A 2005 film by the director won praise.", "2005"),
        ("Iron Man, the 2008 hit, made money.", "2008"),
        ("Prices doubled Between 2000 and 2013, the report said.", "2000"),
        ("The coach named 10 players to the squad.", "10 players"),
    ],
)
def test_a_year_or_a_count_beside_a_capitalised_word_stays_a_figure(
    nlp: Language, text: str, surface: str
) -> None:
    article = extract_text(text, published=PUB, nlp=nlp)
    assert [f for f in article.facts if surface in f.text], article.facts


def test_a_year_after_a_part_of_a_year_is_still_a_date(nlp: Language) -> None:
    article = extract_text("Sales peaked in mid-2018.", published=PUB, nlp=nlp)
    assert [f.text for f in article.facts] == ["2018"]


def test_a_rate_in_dollars_keeps_its_dollars_before_a_figure_in_cents(any_nlp: Language) -> None:
    # "12 cents" after it is no list item sharing its unit: "$3.49 a gallon" stays 3.49 a gallon
    figures = _figures(
        extract_text(
            "Gasoline averaged $3.49 a gallon, 12 cents higher than a week ago.",
            published=PUB,
            nlp=any_nlp,
        )
    )
    assert [(f.text, f.value, f.per) for f in figures] == [
        ("$3.49 a gallon", Decimal("3.49"), "gallon"),
        ("12 cents", Decimal("0.12"), None),
    ]


def test_a_scale_after_the_first_number_only_makes_no_range(any_nlp: Language) -> None:
    # "$2.1 billion to 410,000 claimants": an amount and the count it went to, no range
    figures = _figures(
        extract_text(
            "The fund paid out $2.1 billion to 410,000 claimants last year.",
            published=PUB,
            nlp=any_nlp,
        )
    )
    assert [(f.text, f.value, f.value_max) for f in figures] == [
        ("$2.1 billion", Decimal("2.1E+9"), None),
        ("410,000 claimants", Decimal("410000"), None),
    ]


@pytest.mark.parametrize(
    ("text", "value", "value_max"),
    [
        ("The plant grew from 1000 to 2000 workers in a decade.", Decimal(2000), None),
        ("About 2000 workers attended the rally.", Decimal(2000), None),
        ("An adult needs about 2000 - 2500 calories a day.", Decimal(2000), Decimal(2500)),
        ("About 460 Kia and Hyundai vehicles were stolen last year.", Decimal(460), None),
    ],
)
def test_a_number_a_hedge_or_a_range_leads_to_before_a_plural_is_a_count(
    nlp: Language, text: str, value: Decimal, value_max: Decimal | None
) -> None:
    article = extract_text(text, published=PUB, nlp=nlp)
    assert [f.kind for f in article.facts if f.kind == "date_range"] == []
    figures = [(f.value, f.value_max) for f in _figures(article)]
    assert (value, value_max) in figures, figures


@pytest.mark.parametrize(
    "text",
    [
        "The 2020 elections were close.",
        "In 2000 hires fell sharply.",
        "She starred in 12 Years a Slave.",
    ],
)
def test_a_year_before_a_noun_or_a_title_stays_what_it_was(nlp: Language, text: str) -> None:
    article = extract_text(text, published=PUB, nlp=nlp)
    assert _figures(article) == []


@pytest.mark.parametrize(
    "text",
    [
        "Her jumper with a minute left tied Game 5 at 101-101.",
        "The match was level at 1-1 at the break.",
        "At 2-0 down the visitors kept pressing.",
    ],
)
def test_a_tied_or_trailing_score_is_no_figure(nlp: Language, text: str) -> None:
    assert _figures(extract_text(text, published=PUB, nlp=nlp)) == []


def test_a_range_ending_a_sentence_stays_a_figure(nlp: Language) -> None:
    figures = _figures(extract_text("Prices ranged 10-20.", published=PUB, nlp=nlp))
    assert [(f.value, f.value_max) for f in figures] == [(Decimal(10), Decimal(20))]
