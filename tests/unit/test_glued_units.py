"""Units and currencies glued to the digits or abbreviated, mixed fractions, written figures,
per-unit readings and local dollars (sentences written for these tests)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from newsfacts import MoneyFact, PercentFact, QuantityFact
from newsfacts.extract.components import local_dollar
from newsfacts.extract.mentions import find_mentions
from newsfacts.pipeline import extract_text


def _only(text: str) -> tuple[str, str, Decimal, str | None]:
    """(kind, surface, value, unit or currency) of the one mention in ``text``."""
    (m,) = find_mentions(text)
    return m.kind, text[m.start : m.end], m.value, m.currency or m.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shares fell 212p.", ("money", "212p", Decimal(212), "GBX")),
        ("The saloon makes 510bhp.", ("quantity", "510bhp", Decimal(510), "bhp")),
        ("The old parser is about 20x slower.", ("quantity", "20x", Decimal(20), "times")),
        ("Searches for the dish grew 7x last year.", ("quantity", "7x", Decimal(7), "times")),
        ("Prices rose 2.4pc.", ("percent", "2.4pc", Decimal("2.4"), "%")),
        # the cent sign: hundredths of a dollar
        (
            "The store rents each film for 99¢ a night.",
            ("money", "99¢ a night", Decimal("0.99"), "USD"),
        ),
        # a double hyphen is a dash: the word before it is the unit
        ("It has 12 members--all new.", ("quantity", "12 members", Decimal(12), "members")),
        ("A room costs RM45.", ("money", "RM45", Decimal(45), "MYR")),
        ("The deal is worth USD25m.", ("money", "USD25m", Decimal(25_000_000), "USD")),
        ("The group raised HK$1.9 billion.", ("money", "HK$1.9 billion", Decimal("1.9e9"), "HKD")),
        ("The mine shipped 3.4m tons.", ("quantity", "3.4m tons", Decimal("3.4e6"), "tons")),
        ("Some 5m people voted.", ("quantity", "5m people", Decimal(5_000_000), "people")),
        ("He ran the 100m hurdles.", ("quantity", "100m", Decimal(100), "m")),
        # a partitive of plural things: millions of them (not "the last 50m of the race")
        ("It sold 35m of its smart speakers.", ("quantity", "35m", Decimal(35_000_000), None)),
        ("He swam the last 50m of the race.", ("quantity", "50m", Decimal(50), "m")),
        # a unit's power glued to the digits: a figure, not a code like "5G2"
        ("The flat measures 32m2 in all.", ("quantity", "32m2", Decimal(32), "m2")),
        ("The tank holds 3m3 of water.", ("quantity", "3m3", Decimal(3), "m3")),
        ("Crews laid 200m of the cable.", ("quantity", "200m", Decimal(200), "m")),
        ("Fit a 4.7 F capacitor.", ("quantity", "4.7 F", Decimal("4.7"), "farads")),
        ("It hit 90 F at noon.", ("quantity", "90 F", Decimal(90), "F")),
        # a degree and its scale are one unit
        ("It was 20 degrees Celsius.", ("quantity", "20 degrees Celsius", Decimal(20), "°C")),
        ("It hit 68 degrees Fahrenheit.", ("quantity", "68 degrees Fahrenheit", Decimal(68), "°F")),
        ("Water held at 40 deg C.", ("quantity", "40 deg C", Decimal(40), "°C")),
        ("The wing tilts 30 degrees.", ("quantity", "30 degrees", Decimal(30), "degrees")),
        ("Ovens run at 200 Celsius.", ("quantity", "200 Celsius", Decimal(200), "°C")),
        ("Set the dial to 50 deg. today.", ("quantity", "50 deg.", Decimal(50), "degrees")),
        # "pounds" weighs after a word of weighing, without a scale; else it is money
        ("She wants to lose 25 pounds.", ("quantity", "25 pounds", Decimal(25), "pounds")),
        ("The boxer weighs 180 pounds.", ("quantity", "180 pounds", Decimal(180), "pounds")),
        (
            "The club lost 25 million pounds.",
            ("money", "25 million pounds", Decimal("25e6"), "GBP"),
        ),
        ("Tickets cost 25 pounds.", ("money", "25 pounds", Decimal(25), "GBP")),
        ("Fares cost Rs500 each way.", ("money", "Rs500", Decimal(500), "INR")),
        # Indian digit groups and stacked scale words
        (
            "The loan was Rs 12,34,567.89 in all.",
            ("money", "Rs 12,34,567.89", Decimal("1234567.89"), "INR"),
        ),
        ("The plan costs ₹3 lakh crore.", ("money", "₹3 lakh crore", Decimal("3e12"), "INR")),
        (
            "It raised 50 thousand crore rupees.",
            ("money", "50 thousand crore rupees", Decimal("5e11"), "INR"),
        ),
        # signs after the number, bitcoin by name, sign and code
        ("The book costs 100 ₡ there.", ("money", "100 ₡", Decimal(100), "CRC")),
        # a currency word after a hyphen: a note's or a ticket's value
        ("She paid with a 20-euro note.", ("money", "20-euro", Decimal(20), "EUR")),
        ("It was a 10-dollar ticket.", ("money", "10-dollar", Decimal(10), "USD")),
        ("A 5-pound bag of flour.", ("quantity", "5-pound", Decimal(5), "pounds")),
        ("Tea costs 100元 a pot.", ("money", "100元", Decimal(100), "CNY")),
        ("He lost 10,000 bitcoins.", ("money", "10,000 bitcoins", Decimal(10000), "BTC")),
        ("The fund holds 4 XBT.", ("money", "4 XBT", Decimal(4), "BTC")),
        ("The estate sold for Rp3 billion.", ("money", "Rp3 billion", Decimal("3e9"), "IDR")),
        # codes in lower case, a scale after the code, a scale letter glued before it
        ("A ticket costs 80 rmb.", ("money", "80 rmb", Decimal(80), "CNY")),
        ("A visa costs usd 40 now.", ("money", "usd 40", Decimal(40), "USD")),
        ("They paid 75 USD million for it.", ("money", "75 USD million", Decimal("7.5e7"), "USD")),
        # basis points glued to the digits (lower case only: "25 BP" may be the company)
        ("The bank kept the spread at 25bp.", ("quantity", "25bp", Decimal(25), "basis points")),
        ("Yields rose 40bps on the day.", ("quantity", "40bps", Decimal(40), "basis points")),
        ("Losses topped 30 MUSD last year.", ("money", "30 MUSD", Decimal("3e7"), "USD")),
        ("The grant is 450 kEUR in all.", ("money", "450 kEUR", Decimal(450_000), "EUR")),
    ],
)
def test_glued_units_and_currencies(text: str, expected: tuple[str, str, Decimal, str]) -> None:
    assert _only(text) == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("After a 2-1/2 year slump, trade recovered.", Decimal("2.5"), "year"),
        ("Stocks hit a 3-1/2 year high.", Decimal("3.5"), "year"),
        ("It took 1/2 a cup of flour.", Decimal("0.5"), "cup"),
        ("The board is 2 1/2 in thick.", Decimal("2.5"), "in"),
    ],
)
def test_mixed_fractions(text: str, value: Decimal, unit: str) -> None:
    (m,) = find_mentions(text)
    assert (m.value, m.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A union of 155,000 Realtors across the country voted.", "Realtors"),
        ("More than 104,000 Facebook users reported it.", "users"),
        # an abbreviation in the plural, a capitalised adjective before the counted noun
        ("The forum brought together 12 NGOs from the region.", "NGOs"),
        ("Only 200 CEOs answered the survey.", "CEOs"),
        ("The award went to 3 Kenyan marathon runners this spring.", "runners"),
        ("Some 250 Chinese state companies signed the pledge.", "companies"),
        # ... but not a name of several capitalised words before a noun
        ("He sold 30 Rock Hill homes.", "homes"),
        ("The plan retires 32 more gigawatts of coal.", "GW"),
        ("It planned a 10 day mission.", "day"),
    ],
)
def test_units_after_a_capital_a_comparative_or_a_space(text: str, unit: str) -> None:
    (m,) = find_mentions(text)
    assert m.unit == unit


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("The bloc pledged a billion euros.", "money", Decimal("1e9"), "EUR"),
        ("They spent half a trillion dollars.", "money", Decimal("5e11"), "USD"),
        ("Turnout fell by thirty percent.", "percent", Decimal(30), "%"),
        ("The strike lasted four weeks.", "quantity", Decimal(4), "weeks"),
        ("The chain shut twelve stores.", "quantity", Decimal(12), "stores"),
        # a currency or percent word after a hyphen
        ("He paid with a five-dollar bill.", "money", Decimal(5), "USD"),
        ("The firm made a one-yen bid.", "money", Decimal(1), "JPY"),
        ("The board backed a ten-percent cut.", "percent", Decimal(10), "%"),
        # a unit counted with an article and a fraction
        ("The hearing lasted an hour and a half.", "quantity", Decimal("1.5"), "hours"),
        ("The mill sat idle for a year and a half.", "quantity", Decimal("1.5"), "years"),
        ("The depot lies a mile and a half from town.", "quantity", Decimal("1.5"), "miles"),
        ("The queue moved after half an hour.", "quantity", Decimal("0.5"), "hours"),
        ("The ferry takes three-quarters of an hour.", "quantity", Decimal("0.75"), "hours"),
        ("The rule held for a quarter of a century.", "quantity", Decimal("0.25"), "centuries"),
    ],
)
def test_written_figures_with_a_unit_are_facts_by_default(
    nlp: Language, text: str, kind: str, value: Decimal, unit: str
) -> None:
    (fact,) = [f for f in extract_text(text, nlp=nlp).facts if f.kind != "organization"]
    assert fact.kind == kind
    assert isinstance(fact, QuantityFact | MoneyFact | PercentFact)
    assert fact.value == value
    if isinstance(fact, MoneyFact):
        assert fact.currency == unit
    elif isinstance(fact, QuantityFact):
        assert fact.unit == unit


def test_a_written_amount_then_another_currency_is_two_amounts(nlp: Language) -> None:
    # "and twenty" after "dollars" is no number of cents when a currency word follows it
    facts = extract_text("He paid five dollars and twenty euros.", nlp=nlp).facts
    amounts = [(f.text, f.value, f.currency) for f in facts if isinstance(f, MoneyFact)]
    assert amounts == [("five dollars", 5, "USD"), ("twenty euros", 20, "EUR")]


@pytest.mark.parametrize(
    "text",
    [
        "One of the stores closed.",
        "My legs were jelly by half way.",
        "The box was three back and four over.",
        "Twenty-one said yes.",
        "One day the plant shut.",
    ],
)
def test_written_numbers_without_a_counted_noun_are_not_facts(nlp: Language, text: str) -> None:
    assert [f for f in extract_text(text, nlp=nlp).facts if f.kind != "organization"] == []


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Wages were $41,200 a year ago.", None),
        ("Rent was $900 a month earlier.", None),
        ("Earnings were $1.87 per diluted share.", "share"),
        ("Coal trades at $10 per short ton.", "short ton"),
        ("Tickets cost $40 a day.", "day"),
        # a currency's quote: "per U.S. dollar" (not "per U")
        ("The rand traded at 18.40 per U.S. dollar.", "u.s. dollar"),
        # "a pound on Monday" is a rate ("a year on" is a time)
        ("Copper hit $4.10 a pound on Monday.", "pound"),
        ("Rents were $900 a month on average.", "month"),
        # a scaled denominator: the scale word and the noun after it
        (
            "Gas settled at $2.80 per million British thermal units.",
            "million british thermal units",
        ),
        ("The clinic saw 4.2 cases per thousand residents in the town.", "thousand residents"),
        ("The clinic saw 4.2 cases per thousand Americans in the study.", "thousand americans"),
    ],
)
def test_per_unit_readings(text: str, per: str | None) -> None:
    (m,) = find_mentions(text)
    assert m.per == per


def test_a_bare_dollar_is_the_page_regions_dollar(nlp: Language) -> None:
    assert local_dollar("https://www.cbc.ca/news/a", None) == "CAD"
    assert local_dollar("https://example.com.au/x", None) == "AUD"
    assert local_dollar(None, "en-NZ") == "NZD"
    assert local_dollar("https://example.com/x", "en") is None
    from newsfacts.clean.document import CleanDocument
    from newsfacts.extract import extract_facts
    from newsfacts.facts import ArticleMetadata

    meta = ArticleMetadata(canonical_url="https://news.example.ca/a", language="en")
    text = "Homes sold for $640,479 on average, or US$470,000, and 5 dollars more."
    document = CleanDocument(paragraphs=(text,), metadata=meta)
    money = [f for f in extract_facts(document, nlp).facts if isinstance(f, MoneyFact)]
    assert [(f.text, f.currency) for f in money] == [
        ("$640,479", "CAD"),
        ("US$470,000", "USD"),
        ("5 dollars", "CAD"),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("It has a rear-mounted 275-horsepower motor.", "quantity", Decimal(275), "horsepower"),
        ("It can charge to 80-percent quickly.", "percent", Decimal(80), "%"),
        ("Raise the seat by 3-inches.", "quantity", Decimal(3), "inches"),
        ("It makes 414 lb-ft of torque.", "quantity", Decimal(414), "lb-ft"),
        # "square" or "cubic" and a singular unit before the noun it measures
        ("The hatch has a 20.7 cubic foot trunk.", "quantity", Decimal("20.7"), "cubic feet"),
        ("They rent a 400 square foot studio.", "quantity", Decimal(400), "square feet"),
        ("It fills a 5 cubic meter tank.", "quantity", Decimal(5), "cubic meters"),
    ],
)
def test_hyphenated_and_compound_units(text: str, kind: str, value: Decimal, unit: str) -> None:
    (m,) = find_mentions(text)
    assert (m.kind, m.value, m.unit) == (kind, value, unit)


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Donors give $5 billion annually for the army.", "year"),
        ("Deals worth $20 million in a day are made.", "day"),
        ("The firm has 300 million monthly active users.", None),
    ],
)
def test_rate_adverbs(text: str, per: str | None) -> None:
    (m,) = find_mentions(text)
    assert m.per == per


def test_an_adverb_is_no_unit() -> None:
    (m, _) = find_mentions("Sales will grow from 16 currently to 80 soon.")
    assert (m.value, m.unit) == (Decimal(16), None)


@pytest.mark.parametrize(
    ("text", "direction", "measure"),
    [
        ('Cases rose "slightly" by 25 percent on the year.', "up", "change"),
        ("They said a 9% funding increase was needed.", "up", "change"),
        ("They held it 18 percent longer than before.", "up", "change"),
        ("Prices were 4 percent cheaper than last year.", "down", "change"),
        ("The new model goes 30% farther than the old one.", "up", "change"),
        ("Children make up 70% of those admitted.", None, "share"),
        # a sign glued to the percentage is its direction; a range's dash is not a sign
        ("The fund returned -5% last year.", "down", "change"),
        ("The fund returned −5% last year.", "down", "change"),
        ("Shares were little changed (+0.3%) on Friday.", "up", "change"),
        ("The loss (−2.1%) was the worst in a year.", "down", "change"),
        ("Margins were 5-6% last year.", None, "rate"),
        # "gave up" is a fall; "a further", "back" and a pace stand between verb and figure
        ("The index gave up 2% by noon.", "down", "change"),
        ("The stock lost a further 3% on Tuesday.", "down", "change"),
        ("Demand bounced back 4% in June.", "up", "change"),
        ("Output improved 3% from a year ago.", "up", "change"),
        ("Revenue grew at a 4% clip.", "up", "change"),
        ("The economy expanded at an annualized rate of 2.1% in the quarter.", "up", "change"),
        ("Workers won a 3% pay raise.", "up", "change"),
        # a percentage after ", or" restates a change the clause before gave in words
        ("The stock lost a third of its value, or 33 percent, last year.", "down", "change"),
        ("Enrollment grew by a few hundred students, or about 4%, this fall.", "up", "change"),
        # ... not a share, and not a clause whose own figure is what it restates
        ("The city, or 40 percent of its voters, backed the plan.", None, "share"),
    ],
)
def test_percent_direction_readings(
    nlp: Language, text: str, direction: str | None, measure: str
) -> None:
    (pct,) = [f for f in extract_text(text, nlp=nlp).facts if isinstance(f, PercentFact)]
    assert (pct.direction, pct.measure) == (direction, measure)


@pytest.mark.parametrize(
    ("text", "surface", "direction"),
    [
        ("Profit fell $3 billion to $12 billion.", "$3 billion", "down"),
        ("Profit fell $3 billion to $12 billion.", "$12 billion", None),
        ("The firm cut 300 jobs this year.", "300 jobs", "down"),
        ("The plant added 1,200 workers.", "1,200 workers", "up"),
        ("Sales rose to $5 billion.", "$5 billion", None),
        ("He looks 10 years younger than his brother.", "10 years", "down"),
        ("The probe's signal came 18 minutes late.", "18 minutes", "up"),
        ("The plan has a $2 million increase for schools.", "$2 million", "up"),
        ("Up to 300 people attended.", "300 people", None),
        ("The index was down 98.4 points, or 0.31%, to 31,402.77.", "0.31%", "down"),
        # a hedge of several words between the verb and the figure
        ("Copper rose as much as 1.8 per cent to $9,120 a tonne.", "1.8 per cent", "up"),
        ("The shares sank by as much as 11% before noon.", "11%", "down"),
        ("Output fell by at least 40,000 tonnes.", "40,000 tonnes", "down"),
        # a comparative between the number and its unit states a difference
        ("The grid needs 32 more gigawatts by 2030.", "32 more gigawatts", "up"),
        ("The county now has 9 fewer clinics.", "9 fewer clinics", "down"),
        # the step a change verb takes "by", read from the parse however far it stands
        ("The brewer raised prices by 4% in May.", "4%", "up"),
        ("The mill trimmed its staff by roughly 1,500 people.", "1,500 people", "down"),
        ("Imports fell sharply in March, by 9.3%.", "9.3%", "down"),
        ("The insurer lifted its premiums by an average of 6%.", "6%", "up"),
        # "by" after a verb that is no change names no direction
        ("The plan was approved by 60% of members.", "60%", None),
        # "above" / "below" a fixed level give a position, not a change; "below zero" a sign
        ("Visitors descend 70 feet below ground to the gallery.", "70 feet", None),
        ("The town sits 3,000 metres above sea level.", "3,000 metres", None),
        ("It was 10 degrees below zero on Monday.", "10 degrees", "down"),
        ("Temperatures were 5 degrees above normal.", "5 degrees", "up"),
        # "up" as the particle of a verb that pays or counts is no rise
        ("Those who anted up $129 for the kit got it first.", "$129", None),
        ("The club ponied up $2 million for the striker.", "$2 million", None),
        ("The team racked up 400 yards on offense.", "400 yards", None),
        ("The stock shot up 12% on the news.", "12%", "up"),
        ("Smog has shaved 3.2 years from life expectancy.", "3.2 years", "down"),
        # "by $1 to $8.25", parsed as one range: the step, then the end level
        ("Lawmakers voted to raise the wage by $1 to $8.25 per hour.", "$1", "up"),
        ("Lawmakers voted to raise the wage by $1 to $8.25 per hour.", "$8.25 per hour", None),
        ("Lawmakers voted to raise it between 25 and 75 cents.", "25 and 75 cents", "up"),
        # a comparative with "than" before a figure bounds a level
        ("Disks read at speeds higher than 2 GB/s.", "2 GB/s", None),
        ("The price is now higher than $5.", "$5", None),
        ("Output rose more than 5% last year.", "5%", "up"),
    ],
)
def test_the_size_of_a_change_carries_its_direction(
    nlp: Language, text: str, surface: str, direction: str | None
) -> None:
    article = extract_text(text, nlp=nlp)
    (fact,) = [f for f in article.facts if f.text == surface]
    assert getattr(fact, "direction", None) == direction


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("It was listed four or five times before it sold.", "four or five times", 4, 5),
        ("Prices rose 5 or 6 percent this year.", "5 or 6 percent", 5, 6),
        ("Two or three people came.", "Two or three people", 2, 3),
        # the scale word after the second number is the first one's too
        (
            "The plant hired three or four hundred welders.",
            "three or four hundred welders",
            300,
            400,
        ),
        (
            "Some twenty or thirty thousand fans came.",
            "twenty or thirty thousand fans",
            20_000,
            30_000,
        ),
    ],
)
def test_or_between_two_numbers_is_a_range(
    nlp: Language, text: str, surface: str, low: int, high: int
) -> None:
    (fact,) = [f for f in extract_text(text, nlp=nlp).facts if f.text == surface]
    assert isinstance(fact, QuantityFact | PercentFact)
    assert (fact.value, fact.value_max) == (Decimal(low), Decimal(high))


def test_a_part_of_a_counted_whole_takes_its_noun(nlp: Language) -> None:
    article = extract_text("Smog hit 11 of the 12 cities in the survey.", nlp=nlp)
    units = [(f.text, f.unit) for f in article.facts if isinstance(f, QuantityFact)]
    assert units == [("11", "cities"), ("12 cities", "cities")]


@pytest.mark.parametrize(
    ("text", "surface", "currency"),
    [
        ("The fine was 10 Turkish lira in cash.", "10 Turkish lira", "TRY"),
        ("Oslo set aside 3 billion Norwegian crowns.", "3 billion Norwegian crowns", "NOK"),
        ("The fund held 40 million Danish kroner.", "40 million Danish kroner", "DKK"),
        ("It cost 1,000 Indian rupees at the gate.", "1,000 Indian rupees", "INR"),
        ("Bonds worth 250 million Dutch guilders matured.", "250 million Dutch guilders", "NLG"),
        ("A room costs 1,200 zlotys in the capital.", "1,200 zlotys", "PLN"),
        ("Lunch was 3,000 forints downtown.", "3,000 forints", "HUF"),
        ("The levy raised 2 billion Egyptian pounds.", "2 billion Egyptian pounds", "EGP"),
        # other countries' dollar prefixes, letter prefixes with a space, signs after the number
        ("Sales reached $US160 million last year.", "$US160 million", "USD"),
        ("The deal was worth $A82,615,680 in cash.", "$A82,615,680", "AUD"),
        ("The camera costs R18 000 in Cape Town.", "R18 000", "ZAR"),
        ("The phone sells for 60,000₩ in Seoul.", "60,000₩", "KRW"),
    ],
)
def test_currency_names_with_and_without_their_nationality(
    nlp: Language, text: str, surface: str, currency: str
) -> None:
    article = extract_text(text, published="2026-12-03", nlp=nlp)
    assert [(f.text, f.currency) for f in article.facts if isinstance(f, MoneyFact)] == [
        (surface, currency)
    ]


def test_a_pound_alone_is_a_weight_not_money(nlp: Language) -> None:
    article = extract_text(
        "She carried a 20 pound bag up the hill.", published="2026-12-03", nlp=nlp
    )
    assert not [f for f in article.facts if isinstance(f, MoneyFact)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (
            "The bridge cost three quarters of a billion dollars.",
            "three quarters of a billion dollars",
            Decimal("7.5E8"),
        ),
        (
            "The mill ran one and a fourth shifts on Monday.",
            "one and a fourth shifts",
            Decimal("1.25"),
        ),
        (
            "About two and a quarter million people voted.",
            "two and a quarter million people",
            Decimal("2.25E6"),
        ),
        (
            "It lasted one hundred and three quarters hours.",
            "one hundred and three quarters hours",
            Decimal("100.75"),
        ),
    ],
)
def test_written_fractions_after_a_whole_or_of_a_scale(
    nlp: Language, text: str, surface: str, value: Decimal
) -> None:
    article = extract_text(text, published="2026-12-03", nlp=nlp)
    figures = {f.text: f.value for f in article.facts if isinstance(f, QuantityFact | MoneyFact)}
    assert figures.get(surface) == value, figures


def test_a_hyphen_between_two_written_numbers_is_a_range(nlp: Language) -> None:
    article = extract_text("The permit lasts two-three years.", published="2026-12-03", nlp=nlp)
    (fact,) = [f for f in article.facts if isinstance(f, QuantityFact)]
    assert (fact.text, fact.value, fact.value_max, fact.unit) == (
        "two-three years",
        Decimal(2),
        Decimal(3),
        "years",
    )


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # the nearest figure before has no unit to lend: no unit
        ("The 16-inch model scored 1,234 in one test and 5,678 in another.", "5,678", None),
        # a comparison word right before the bare figure: the unit of the figure before it
        ("Demand hit 44,947 megawatts, much lower than the 46,797 of last year.", "46,797", "MW"),
        ("Troops fell to 10,000 soldiers from a height of 98,000 in 2011.", "98,000", "soldiers"),
        # a length of time that sets the period ("Over the past 12 months,") lends no unit
        ("Over the past 12 months, payrolls rose to 612,000 from 598,000.", "612,000", None),
        ("In the first six weeks, sales rose to 9,400 from 8,100.", "9,400", None),
        ("The wait grew from 10 weeks to 14.", "14", "weeks"),
        # a compound modifier between ("the 5-kilometer route") lends nothing: the count does
        (
            "About 1,900 walkers took part in the 5-kilometer route, up from 1,450 last year.",
            "1,450",
            "walkers",
        ),
        # a participle or a state after a bare count is no unit: the count's noun is elided
        ("Traders saw 2,310 issues rising and 790 falling.", "790", "issues"),
        ("Some 40 people were injured and 12 missing.", "12", "people"),
    ],
)
def test_a_bare_figure_borrows_a_unit_only_across_a_comparison(
    nlp: Language, text: str, surface: str, unit: str | None
) -> None:
    article = extract_text(text, published="2026-12-03", nlp=nlp)
    (fact,) = [f for f in article.facts if isinstance(f, QuantityFact) and f.text == surface]
    assert fact.unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The filter stops 352 μm grains.", "352 μm", Decimal(352), "μm"),
        (
            "Gusts hit 80 m.p.h. overnight.",
            "80 m.p.h",
            Decimal(80),
            "m.p.h",
        ),  # the last dot may end a sentence
        ("Buyers took a 1⁄32 stake.", "1⁄32 stake", Decimal("0.03125"), "stake"),
        ("The wind chill fell to minus 40 degrees.", "minus 40 degrees", Decimal(-40), "degrees"),
        ("The team lost minus-5 yards on the play.", "minus-5 yards", Decimal(-5), "yards"),
        ("The grid ran at 49.5 Hz with a 784 HP engine.", "784 HP", Decimal(784), "HP"),
        ("The flat is 120 sq m in size.", "120 sq m", Decimal(120), "sq m"),
        ("The plot was 5 sq. km wide.", "5 sq. km", Decimal(5), "sq km"),
        ("Hearing stops near 17kHz for most adults.", "17kHz", Decimal(17), "kHz"),
    ],
)
def test_more_units_signs_and_fraction_slashes(
    nlp: Language, text: str, surface: str, value: Decimal, unit: str
) -> None:
    article = extract_text(text, published="2026-12-03", nlp=nlp)
    figures = {f.text: (f.value, f.unit) for f in article.facts if isinstance(f, QuantityFact)}
    assert figures.get(surface) == (value, unit), figures


@pytest.mark.parametrize(
    ("unit", "dimension"), [("HP", "power"), ("m.p.h", "speed"), ("sq m", "area")]
)
def test_the_new_units_have_their_dimensions(unit: str, dimension: str) -> None:
    from newsfacts.extract.units import unit_dimension

    assert unit_dimension(unit) == dimension


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the numbers of a list share the kind and unit printed after the last one
        (
            "Rents rose 3, 4 and 5 percent in the three districts.",
            [
                ("percent", "3"),
                ("percent", "4"),
                ("percent", "5 percent"),
                ("quantity", "three districts"),
            ],
        ),
        (
            "Mortgage rates may climb above five and even six per cent.",
            [("percent", "five"), ("percent", "six per cent")],
        ),
        (
            "The jobless rate fell to 4.1 and then 3.9 percent.",
            [("percent", "4.1"), ("percent", "3.9 percent")],
        ),
        ("Tickets cost 40 or 45 euros at the door.", [("money", "40 or 45 euros")]),
        # a label before the number keeps its own reading; a scale word is not guessed
        ("Chapter 5 and 10 percent of the budget went to roads.", [("percent", "10 percent")]),
        # ", or" before a percent restates the count as a share: no list
        (
            "Of 400 patients, 120, or 30%, improved.",
            [("quantity", "400 patients"), ("quantity", "120"), ("percent", "30%")],
        ),
    ],
)
def test_a_list_shares_the_unit_of_its_last_number(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    article = extract_text(text, nlp=nlp, published="2024-05-10")
    facts = [(f.kind, f.text) for f in article.facts if f.kind in {"quantity", "money", "percent"}]
    assert facts == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbers of one size share the scale word too
        (
            "The parks drew 3, 4 and 5 million visitors.",
            [Decimal(3_000_000), Decimal(4_000_000), Decimal(5_000_000)],
        ),
        ("Bids of $40 and $55 million came in.", [Decimal(40_000_000), Decimal(55_000_000)]),
        # not between numbers of different sizes
        ("It had 2,000 staff and 5 million users.", [Decimal(2_000), Decimal(5_000_000)]),
    ],
)
def test_a_list_shares_the_scale_of_its_last_number(
    nlp: Language, text: str, expected: list[Decimal]
) -> None:
    article = extract_text(text, nlp=nlp, published="2024-05-10")
    values = [f.value for f in article.facts if f.kind in {"quantity", "money"}]
    assert values == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 5 usda inspectors left.",  # a word that starts like a code
        "The 3 Eurostar trains ran late.",
    ],
)
def test_a_word_that_starts_like_a_code_is_no_currency(text: str) -> None:
    assert all(m.kind != "money" for m in find_mentions(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two million and one half", Decimal(2_500_000)),  # the fraction is of the million
        ("five billion and three quarters", Decimal(5_750_000_000)),
        ("one hundred and three quarters", Decimal("100.75")),  # of one, under a thousand
        ("one and a fourth", Decimal("1.25")),
    ],
)
def test_a_fraction_after_a_scale_is_of_that_scale(text: str, value: Decimal) -> None:
    from newsfacts.extract.numbers import parse_words

    assert parse_words(text) == value


def test_a_written_amount_with_a_code_is_money(nlp: Language) -> None:
    article = extract_text("The bid was half a million usd.", nlp=nlp)
    (fact,) = article.facts
    assert isinstance(fact, MoneyFact)
    assert (fact.value, fact.currency) == (Decimal(500_000), "USD")


@pytest.mark.parametrize(
    "text", ["Buy a 2x4 board and a 4x4 truck.", "The 10x Genomics deal closed."]
)
def test_an_x_between_numbers_or_before_a_name_is_no_multiple(nlp: Language, text: str) -> None:
    article = extract_text(text, nlp=nlp)
    assert [f.text for f in article.facts if f.kind == "quantity"] == []


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a bare level after a stock index's name and a level word is in points
        ("The Sensex closed at 40,816.38 on Wednesday.", "40,816.38", "points"),
        ("The Kospi touched a record high of 2,900 in the morning.", "2,900", "points"),
        ("The FTSE 100 rose 0.4% to 7,512.", "7,512", "points"),
        ("The Nikkei 225 stood at 33,000 at the close.", "33,000", "points"),
        ("The benchmark index ended near 1,850 after the vote.", "1,850", "points"),
        # another subject after a joining word, no level word, or a noun of its own: no points
        ("The S&P 500 fell 2% on Monday and oil traded at 80.", "80", None),
        ("The Dow slipped 0.3%, while gold hit 1,500.", "1,500", None),
        ("The Nasdaq lists 3,000 companies.", "3,000 companies", "companies"),
        ("The benchmark index rose in 9 of the past 12 sessions.", "9", None),
        ("The firm's shares closed at 41 on Friday.", "41", None),
    ],
)
def test_a_stock_index_level_is_in_points(
    nlp: Language, text: str, figure: str, unit: str | None
) -> None:
    facts = [f for f in extract_text(text, nlp=nlp).facts if isinstance(f, QuantityFact)]
    (fact,) = [f for f in facts if f.text == figure]
    assert fact.unit == unit


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a reading on a scale named right before it takes the scale as its unit
        ("The city logged an AQI of 408 on Tuesday.", "408", "AQI"),
        ("The air quality index touched 999 at dawn.", "999", "AQI"),
        ("A magnitude 6.8 quake shook the coast.", "6.8", "magnitude"),
        ("The tremor had a magnitude of 5.2.", "5.2", "magnitude"),
        ("The factory PMI fell to 48.2 in June.", "48.2", "PMI"),
        ("Her grade point average was 3.7.", "3.7", "GPA"),
        # the scale is named, but the figure counts a noun of its own
        ("The PMI survey covered 400 firms.", "400 firms", "firms"),
        ("The AQI in 30 cities was poor.", "30 cities", "cities"),
    ],
)
def test_a_reading_on_a_named_scale(nlp: Language, text: str, figure: str, unit: str) -> None:
    facts = [f for f in extract_text(text, nlp=nlp).facts if isinstance(f, QuantityFact)]
    (fact,) = [f for f in facts if f.text == figure]
    assert fact.unit == unit


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a word in "-ed" before a plural noun is an adjective, not the number's verb
        ("Police said three hooded men broke in.", "three hooded men", "men"),
        ("Twelve injured workers were taken away.", "Twelve injured workers", "workers"),
    ],
)
def test_an_adjective_in_ed_before_a_counted_noun(
    nlp: Language, text: str, figure: str, unit: str
) -> None:
    facts = [f for f in extract_text(text, nlp=nlp).facts if isinstance(f, QuantityFact)]
    (fact,) = [f for f in facts if f.text == figure]
    assert fact.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        # a group a count is taken from is left to the sentence ("three of its parks": the news
        # gold counts no such figure), and a verb in "-ed" is no counted noun
        "Three of the staffers amended their complaint.",
        "Two of them quit.",
        "Twenty-one voted yes.",
        "Three filed lawsuits against the city.",
        "Nine voted against the plans.",
    ],
)
def test_no_count_from_a_group_or_a_verb(nlp: Language, text: str) -> None:
    assert [f.text for f in extract_text(text, nlp=nlp).facts if f.kind == "quantity"] == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a bare number that ends a list of shares is a share too
        (
            "Of the pupils, 61 percent were girls, 30.5 percent were boys, and 8.5 gave no answer.",
            ["percent", "percent", "percent"],
        ),
        ("Turnout was 40%, 35% and 25 in the three wards.", ["percent", "percent", "percent"]),
        # one percent before it is no list; a counted noun keeps its own kind
        ("Prices rose 5 percent, and 40 shops closed.", ["percent", "quantity"]),
        ("It won 52%, 41% and 7 seats.", ["percent", "percent", "quantity"]),
    ],
)
def test_a_bare_number_that_ends_a_list_of_shares(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_mentions(text)] == kinds


def _quantities(text: str, nlp: Language) -> list[QuantityFact]:
    return [f for f in extract_text(text, nlp=nlp).facts if isinstance(f, QuantityFact)]


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a scale's letter glued to the degrees
        ("The chip hit 75C under load.", "75C", "°C"),
        ("It was 30F outside at dawn.", "30F", "°F"),
        ("Lows fell to -5C overnight.", "-5C", "°C"),
        # farads before a capacitor, and a letter set apart stays as printed
        ("Solder a 4.7F capacitor to the board.", "4.7F", "farads"),
        ("The pack holds a 75 C rating.", "75 C", "C"),
    ],
)
def test_a_temperature_scale_glued_to_its_number(
    nlp: Language, text: str, figure: str, unit: str
) -> None:
    assert [(f.text, f.unit) for f in _quantities(text, nlp)] == [(figure, unit)]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # one scale printed in the article: a bare "degrees" is on it
        ("The case reached 89 degrees, well under the 107°F limit.", ["°F", "°F"]),
        ("It was 30C in the city and 35 degrees inland.", ["°C", "°C"]),
        # no scale, two scales, or an angle: as printed
        ("It was 31 degrees and sleet.", ["degrees"]),
        ("The car turned 180 degrees on the ice, where it was 20°C.", ["degrees", "°C"]),
        ("It was 40 degrees, 104°F or 40°C, at noon.", ["degrees", "°F", "°C"]),
        # a scale's letter in lower case after "degrees"; "f" opening a word is no scale
        ("It was 20 degrees c at dawn and 100 degrees f by noon.", ["°C", "°F"]),
        ("It rose 5 degrees for a day.", ["degrees"]),
    ],
)
def test_a_degree_is_read_on_its_scale(nlp: Language, text: str, units: list[str]) -> None:
    assert [f.unit for f in _quantities(text, nlp)] == units


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The toy uses a 2.4Ghz radio link.", Decimal("2.4"), "GHz"),
        ("The grid frequency fell to 49.55 HZ on Friday.", Decimal("49.55"), "Hz"),
        ("The chip runs at 3.2 GHZ under load.", Decimal("3.2"), "GHz"),
        ("The speaker covers 15khz at most.", Decimal(15), "kHz"),
        # a capital M glued to a decimal is millions, whatever follows
        ("It had 4.3M digital sales in the year.", Decimal(4_300_000), "sales"),
        # "hundred" after digits scales them, alone or before a larger scale
        ("There were 4 hundred million people in the region.", Decimal(400_000_000), "people"),
        ("About 3 hundred fans waited outside.", Decimal(300), "fans"),
    ],
)
def test_mistyped_symbols_glued_millions_and_digit_hundreds(
    text: str, value: Decimal, unit: str, nlp: Language
) -> None:
    facts = [f for f in extract_text(text, nlp=nlp).facts if isinstance(f, QuantityFact)]
    assert [(f.value, f.unit) for f in facts] == [(value, unit)]


def test_a_company_named_by_digits_and_m_is_no_figure(nlp: Language) -> None:
    facts = extract_text("Shares of 3M fell after the report.", nlp=nlp).facts
    assert [f for f in facts if isinstance(f, QuantityFact)] == []


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("The plant emits 164 grams for every kilowatt-hour it makes.", "kilowatt-hour"),
        ("Fans paid $45 for each ticket at the door.", "ticket"),
    ],
)
def test_for_every_and_for_each_give_a_rate(text: str, per: str, nlp: Language) -> None:
    facts = [
        f for f in extract_text(text, nlp=nlp).facts if isinstance(f, QuantityFact | MoneyFact)
    ]
    assert [f.per for f in facts] == [per]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Foundries will make sub-5 nanometer parts next year.", Decimal(5), "nanometers"),
        ("Demand for sub-400 sq m offices is strong.", Decimal(400), "sq m"),
    ],
)
def test_sub_before_a_number_bounds_it(text: str, value: Decimal, unit: str, nlp: Language) -> None:
    facts = [f for f in extract_text(text, nlp=nlp).facts if isinstance(f, QuantityFact)]
    assert [(f.value, f.unit) for f in facts] == [(value, unit)]


def test_a_multiple_written_with_fold_after_digits_is_in_times(nlp: Language) -> None:
    facts = extract_text("Cases rose 5-fold in the region.", nlp=nlp).facts
    assert [(f.value, f.unit) for f in facts if isinstance(f, QuantityFact)] == [
        (Decimal(5), "times")
    ]
