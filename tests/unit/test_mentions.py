"""Unit tests for the numeric-mention scanner ``newsfacts.extract.mentions.find_mentions``."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

import pytest

from newsfacts.extract.mentions import Mention, find_mentions


def _only(text: str) -> Mention:
    mentions = find_mentions(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        (
            "Usage reached 20.6 trillion tokens last week.",
            "20.6 trillion tokens",
            "2.06e13",
            "tokens",
        ),
        ("The port moved 816,000 tonnes.", "816,000 tonnes", "816000", "tonnes"),
        ("A fleet of 40 vessels waited.", "40 vessels", "40", "vessels"),
        ("It will add 5 GW of capacity.", "5 GW", "5", "GW"),
        ("Limits of 20 km/h apply.", "20 km/h", "20", "km/h"),
        ("It hit 30°C in the shade.", "30°C", "30", "°C"),
        ("Nearly 3 million people.", "3 million people", "3e6", "people"),
        ("They built a 5m wall.", "5m", "5", "m"),
        ("The index sits at 4.44T.", "4.44T", "4.44e12", None),
        ("Models processed 4.91 trillion tokens.", "4.91 trillion tokens", "4.91e12", "tokens"),
        ("The plank is 2 1/2 in thick.", "2 1/2 in", "2.5", "in"),
        ("Her screen measures 13 in.", "13 in", "13", "in"),
        ('A 12" pizza costs more.', '12"', "12", "in"),
        ("Mix ½ tbsp of salt in.", "½ tbsp", "0.5", "tbsp"),
        ("The trail is 3½ miles long.", "3½ miles", "3.5", "miles"),
        ("The lake covers 12km^2 of land.", "12km^2", "12", "km^2"),
        ("The tank holds 7 m cubed of water.", "7 m cubed", "7", "m cubed"),
        ("The truck burns 0.3 l/km on hills.", "0.3 l/km", "0.3", "l/km"),
        ("The patient got 2 Gy yesterday.", "2 Gy", "2", "Gy"),
        ("Water froze at −3.5° overnight.", "−3.5°", "-3.5", "°"),
        ("Drift was 1.5×10−3 of the signal.", "1.5×10−3", "0.0015", None),
        ("The wave runs at 6e14 s-1 here.", "6e14 s-1", "6e14", "s-1"),
    ],
)
def test_find_mentions_reads_quantities_with_units(
    text: str, surface: str, value: str, unit: str | None
) -> None:
    mention = _only(text)
    assert mention.kind == "quantity"
    assert mention.text_in(text) == surface
    assert mention.start == text.index(surface)
    assert mention.value == Decimal(value)
    assert mention.unit == unit
    assert mention.currency is None


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("The deal is worth $3.4-billion.", "$3.4-billion", "3.4e9", "USD"),
        ("Profit was £1.2bn in the year.", "£1.2bn", "1.2e9", "GBP"),
        ("Shares closed at HK$101 on Friday.", "HK$101", "101", "HKD"),
        ("Sales reached 70 billion yuan.", "70 billion yuan", "7e10", "CNY"),
        ("It raised RMB 2.5 billion.", "RMB 2.5 billion", "2.5e9", "CNY"),
        ("A fine of €5m was imposed.", "€5m", "5e6", "EUR"),
        ("Revenue was $2B last year.", "$2B", "2e9", "USD"),
        ("Tickets cost ¥500 at the gate.", "¥500", "500", "JPY"),
        ("A bill of €1,200 arrived.", "€1,200", "1200", "EUR"),
        ("It borrowed USD 5 million.", "USD 5 million", "5e6", "USD"),
        ("The club paid 5 million euros.", "5 million euros", "5e6", "EUR"),
        ("The fee is 10 EUR.", "10 EUR", "10", "EUR"),
        ("A loan of A$40 million.", "A$40 million", "4e7", "AUD"),
        ("The ticket was 15€ at the door.", "15€", "15", "EUR"),
        ("Corn rose 2.50 cents today.", "2.50 cents", "0.025", "USD"),
        # a nationality after a "$" amount names its dollar; before a noun it does not
        ("It is worth $131-billion Canadian.", "$131-billion Canadian", "1.31e11", "CAD"),
        ("It paid $5 million Australian dollars.", "$5 million Australian dollars", "5e6", "AUD"),
        ("The fee is $40 U.S., at most.", "$40 U.S.", "40", "USD"),
        ("They planned a $300-million Canadian pipeline.", "$300-million", "3e8", "USD"),
    ],
)
def test_find_mentions_reads_money_with_currency(
    text: str, surface: str, value: str, currency: str
) -> None:
    mention = _only(text)
    assert mention.kind == "money"
    assert mention.text_in(text) == surface
    assert mention.value == Decimal(value)
    assert mention.currency == currency


@pytest.mark.parametrize(
    ("text", "surface", "value", "points"),
    [
        ("Inflation was 12.5 per cent in May.", "12.5 per cent", "12.5", False),
        ("Usage dropped 23.77% week-over-week.", "23.77%", "23.77", False),
        ("Margins were 7 percent.", "7 percent", "7", False),
        ("Yields gained 3.5 pct overnight.", "3.5 pct", "3.5", False),
        ("The rate rose 3 percentage points.", "3 percentage points", "3", True),
        ("Support slipped 2 pp in a month.", "2 pp", "2", True),
    ],
)
def test_find_mentions_reads_percentages(text: str, surface: str, value: str, points: bool) -> None:
    mention = _only(text)
    assert mention.kind == "percent"
    assert mention.text_in(text) == surface
    assert mention.value == Decimal(value)
    assert mention.points is points
    assert mention.unit == ("percentage points" if points else "%")


def test_find_mentions_reads_basis_points_as_a_quantity() -> None:
    mention = _only("The bank raised rates by 25 basis points.")
    assert mention.kind == "quantity"
    assert mention.value == Decimal(25)
    assert mention.unit == "basis points"


@pytest.mark.parametrize(
    ("text", "kind", "low", "high", "unit", "currency"),
    [
        ("between 3 and 4 percent", "percent", "3", "4", "%", None),
        ("about 40-50 vessels", "quantity", "40", "50", "vessels", None),
        ("some 40–50 vessels", "quantity", "40", "50", "vessels", None),
        ("costs of 5 to 10 million people", "quantity", "5e6", "1e7", "people", None),
        ("priced at $5-$10", "money", "5", "10", None, "USD"),
        ("$1.5 billion to $2 billion", "money", "1.5e9", "2e9", None, "USD"),
        ("growth of 3%-4% a year", "percent", "3", "4", "%", None),
        # "X-to-Y" written as one word; a range noun after it counts nothing
        ("a 5.5%-to-6% band", "percent", "5.5", "6", "%", None),
        (
            "inside the 4,200-to-4,500 band analysts expected",
            "quantity",
            "4200",
            "4500",
            None,
            None,
        ),
        # the unit written after both numbers
        ("doses between 44 mg and 50 mg", "quantity", "44", "50", "mg", None),
        ("doses of 10 mg to 20 mg", "quantity", "10", "20", "mg", None),
        (
            "highs that ranged from 40 degrees to 50 degrees",
            "quantity",
            "40",
            "50",
            "degrees",
            None,
        ),
        # "range from", "anywhere from": a range, where a bare "from" is a change's start
        (
            "estimates range from 2 million to 3 million people",
            "quantity",
            "2e6",
            "3e6",
            "people",
            None,
        ),
        ("anywhere from $200 to $500", "money", "200", "500", None, "USD"),
        # both ends below zero, either order: the sign is each end's
        ("lows of -18 °C to -34 °C", "quantity", "-34", "-18", "°C", None),
        ("lows of -34 °C to -18 °C", "quantity", "-34", "-18", "°C", None),
        # a dash after a change verb joins a range of the change ("rose 7-8%")
        ("Prices rose 7-8% in May.", "percent", "7", "8", "%", None),
        ("Rates grew 10–15 percent at most stores.", "percent", "10", "15", "%", None),
    ],
)
def test_find_mentions_reads_ranges(
    text: str, kind: str, low: str, high: str, unit: str | None, currency: str | None
) -> None:
    mention = _only(text)
    assert mention.kind == kind
    assert mention.value == Decimal(low)
    assert mention.value_max == Decimal(high)
    assert mention.unit == unit
    assert mention.currency == currency


def test_an_exponent_past_a_float_is_no_figure() -> None:
    # found by the fuzz test: "1e310" was a figure whose value no float can hold
    assert find_mentions("1e310") == []
    assert find_mentions("4e14 stars")[0].value == Decimal("4e14")


def test_a_range_across_zero_is_two_figures() -> None:
    low, high = find_mentions("readings of -5 °C to 3 °C")
    assert (low.value, low.value_max, high.value) == (Decimal(-5), None, Decimal(3))


@pytest.mark.parametrize(
    "text",
    [
        "Output rose from 40 to 50 units.",  # a change, not a range
        "Prices fell 10 to 8 dollars.",
        "Scores were 3 and 4 percent.",  # "and" makes a range only after "between"
    ],
)
def test_find_mentions_does_not_read_changes_as_ranges(text: str) -> None:
    mentions = find_mentions(text)
    assert len(mentions) == 2, mentions
    assert all(m.value_max is None for m in mentions)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("They shipped about 816,000 tonnes.", "about"),
        ("More than 1,000 people attended.", "more than"),
        ("It could cost up to $40 million.", "up to"),
        ("Nearly 3 million people voted.", "nearly"),
        ("Roughly 12 ships docked.", "roughly"),
        ("At least 7 boats sank.", "at least"),
        ("Some 200 workers struck.", "some"),
        ("They shipped 816,000 tonnes.", None),
    ],
)
def test_find_mentions_reads_the_qualifier(text: str, qualifier: str | None) -> None:
    mention = _only(text)
    assert mention.qualifier == qualifier
    # the qualifier is not part of the surface span
    assert not mention.text_in(text).lower().startswith(qualifier or "\x00")


def test_find_mentions_drops_only_as_qualifier_of_a_percentage() -> None:
    assert _only("Turnout was only 5%.").qualifier is None
    assert _only("There were only 5 boats.").qualifier == "only"


@pytest.mark.parametrize(
    ("text", "per", "surface"),
    [
        ("Oil traded at $60 a barrel.", "barrel", "$60 a barrel"),
        ("It paid $4 per share.", "share", "$4 per share"),
        ("Output was 1.5 million barrels a day.", "day", "1.5 million barrels a day"),
        ("Rent is $900 a month.", "month", "$900 a month"),
        ("Tickets cost ¥500 each day.", "day", "¥500 each day"),
        ("Fees of $3/month apply.", "month", "$3/month"),
        # "per" is a rate even before "in March"; "a day on average" is one too
        ("Output hit 9.1 million barrels per day in March.", "day", "9.1 million barrels per day"),
        ("Riders took 2,000 trips a day on average.", "day", "2,000 trips a day"),
        ("Viewers pay a $6.99-a-month fee.", "month", "$6.99-a-month"),
        (
            "The vines give 4.5 million bottles of wine per year.",
            "year",
            "4.5 million bottles of wine per year",
        ),
    ],
)
def test_find_mentions_reads_rate_denominators(text: str, per: str, surface: str) -> None:
    mention = _only(text)
    assert mention.per == per
    assert mention.text_in(text) == surface


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The model ran over a 13.8-billion-year period.", "13.8-billion-year", "year"),
        ("A hockey game has 3 periods of play.", "3 periods", "periods"),
    ],
)
def test_a_word_beginning_with_per_is_no_rate(text: str, surface: str, unit: str) -> None:
    (m,) = find_mentions(text)
    assert (m.per, m.unit, m.text_in(text)) == (None, unit, surface)


def test_find_mentions_does_not_take_an_article_as_a_rate() -> None:
    mention = _only("They bought $60 a piece of land.")
    assert mention.per == "piece"  # "piece" is a rate noun
    mention = _only("She gave $60 a friend.")
    assert mention.per is None


@pytest.mark.parametrize(
    "text",
    [
        "The meeting starts at 2.15pm on Friday.",
        "The meeting starts at 2.15 p.m. on Friday.",
        "Doors open at 10:30 sharp.",
        "xAI shipped Grok4.X to testers.",
        "The 2012–13 season was long.",
        "She finished 3rd in the race.",
        "He was ranked #1 in the poll.",
        "The COVID-19 wave passed.",
        "Release v2.0 is out.",
        "It happened on 9/11 in the city.",
        "The phone uses the Snapdragon 810.",
        'The course is called "Design 101" here.',
        "Galaxy NGC 1.5+4410 glows.",
    ],
)
def test_find_mentions_skips_numbers_that_are_not_figures(text: str) -> None:
    assert find_mentions(text) == []


def test_find_mentions_reads_foot_and_inch_marks_outside_quotes() -> None:
    text = "A 6' 2\" forward joined; he said 'top 10' twice."
    assert [(m.text_in(text), m.unit) for m in find_mentions(text)] == [
        ("6'", "ft"),
        ('2"', "in"),
        ("10", None),
    ]


def test_find_mentions_reads_a_size_after_a_name() -> None:
    assert _only('Buy the Acme Pro Wrench 10" today.').unit == "in"


def test_find_mentions_takes_no_past_tense_verb_as_a_unit() -> None:
    assert _only("Of those polled, 13 abstained.").unit is None


@pytest.mark.parametrize(
    "text",
    [
        "output fell from 40 tons to 30 tons",  # a change: its start and its end
        "won 40 games and 50 games",  # no "between": two counts
        "prices rose from $3 to $4",
    ],
)
def test_a_change_or_a_list_is_no_range(text: str) -> None:
    assert [m.value_max for m in find_mentions(text)] == [None, None]


@pytest.mark.parametrize(
    "text",
    ["Of the staff, 300 work in Boston.", "A poll of 1,000 found support.", "Of them, 40 said no."],
)
def test_find_mentions_takes_no_predicate_verb_as_a_unit(text: str) -> None:
    assert _only(text).unit is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("It had 200 million nine months ago.", "200 million"),
        ("They sold 5,000 two weeks ago.", "5,000"),
        ("It counted 40 twenty-one days later.", "40"),
    ],
)
def test_a_written_number_after_a_figure_is_not_its_unit(text: str, surface: str) -> None:
    mention = find_mentions(text)[0]
    assert (text[mention.start : mention.end], mention.unit) == (surface, None)


def test_find_mentions_reads_in_as_inches_only_before_an_end_or_a_size() -> None:
    assert _only("We have 2 in stock.").unit is None
    assert _only("The board is 2 in wide.").unit == "in"


def test_find_mentions_reads_the_second_figure_after_a_season() -> None:
    text = "In the 2012–13 season the club sold 40,000 tickets."
    mention = _only(text)
    assert mention.value == Decimal(40000)
    assert mention.unit == "tickets"


def test_find_mentions_skips_claimed_spans() -> None:
    text = "On March 3 2026 the port handled 40 ships."
    date_span = (text.index("March"), text.index("2026") + 4)
    mentions = find_mentions(text, claimed=[date_span])
    assert [(m.value, m.unit) for m in mentions] == [(Decimal(40), "ships")]
    # without the claim the year is taken for a figure: the claim is what removes it
    assert Decimal(2026) in {m.value for m in find_mentions(text)}


def test_find_mentions_returns_mentions_in_text_order_without_overlap() -> None:
    text = (
        "Usage fell 23.77% to 4.44 trillion tokens, while U.S. usage rose 20.62% "
        "to 4.91 trillion tokens and costs hit $3.4-billion."
    )
    mentions = find_mentions(text)
    assert [m.kind for m in mentions] == ["percent", "quantity", "percent", "quantity", "money"]
    assert [m.value for m in mentions] == [
        Decimal("23.77"),
        Decimal("4.44e12"),
        Decimal("20.62"),
        Decimal("4.91e12"),
        Decimal("3.4e9"),
    ]
    for before, after in pairwise(mentions):
        assert before.end <= after.start


@pytest.mark.parametrize(
    ("text", "decimals"),
    [("It rose 23.77%.", 2), ("It rose 5%.", 0), ("They paid $3.4-billion.", 1)],
)
def test_find_mentions_records_printed_decimals(text: str, decimals: int) -> None:
    assert _only(text).decimals == decimals


def test_find_mentions_on_text_without_numbers_is_empty() -> None:
    assert find_mentions("") == []
    assert find_mentions("No figures here at all.") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The fans peaked at 41 dBA.", "dBA"),
        ("The laptop stayed near 44 dBa under load.", "dBa"),  # A-weighted, written lower-case
        ("A 226ppi panel.", "ppi"),
        ("It ran at 60 fps.", "fps"),
    ],
)
def test_find_mentions_reads_sound_and_display_units(text: str, unit: str) -> None:
    (m,) = find_mentions(text)
    assert m.unit == unit


def test_two_amounts_each_with_its_currency_are_alternatives_not_a_range() -> None:
    text = "The banks let you go $50 or $100 into the red; rides cost $5 or 6."
    found = [(text[m.start : m.end], m.value, m.value_max) for m in find_mentions(text)]
    assert found == [
        ("$50", Decimal(50), None),
        ("$100", Decimal(100), None),
        ("$5 or 6", Decimal(5), Decimal(6)),
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The drive reads 2 GB/s on average.", "GB/s"),
        ("The link moves 450 MB/s at peak.", "MB/s"),
        ("The pump moves 30 l/min into the tank.", "l/min"),
    ],
)
def test_find_mentions_reads_a_unit_per_time_symbol(text: str, unit: str) -> None:
    assert _only(text).unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The lake holds 540,000 acre-feet of water.", "acre-feet"),
        ("Its capacity is 1.5 million acre-foot in all.", "acre-foot"),
        ("The deal was struck 48-hours earlier.", "hours"),
        ("The outage lasted 90-minutes in all.", "minutes"),
    ],
)
def test_find_mentions_reads_a_hyphenated_unit_whole(text: str, unit: str) -> None:
    assert _only(text).unit == unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ratio named in the sentence: each "N to 1" is how many times the one
        (
            "Average leverage rose from 18 to 1 in 1993 to over 25 to 1 by 2007.",
            [("18 to 1", "18", "times"), ("25 to 1", "25", "times")],
        ),
        ("The fund ran a debt ratio of 3:1 last year.", [("3:1", "3", "times")]),
        # two odds in one sentence need no ratio word
        (
            "It went from 4 to 1 to 6 to 1 within a year.",
            [("4 to 1", "4", "times"), ("6 to 1", "6", "times")],
        ),
        # a hyphenated form with a ratio word after it: how many times the one
        ("The lender ran a 33-to-1 leverage ratio.", [("33-to-1", "33", "times")]),
        ("It kept a 12-to-1 ratio of loans to capital.", [("12-to-1", "12", "times")]),
        # a change that runs down to one: two figures
        ("The count went from 8 to 1 in 2020.", [("8", "8", None), ("1", "1", None)]),
        # a vote's margin "by 3 to 1" is a name span of the role grammar, read before this
    ],
)
def test_find_mentions_reads_odds_against_one(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [
        (m.text_in(text), str(m.value), m.unit)
        for m in find_mentions(text)
        if not m.text_in(text).startswith(("19", "20"))  # the years are the date grammar's
    ]
    assert found == [(surface, str(Decimal(value)), unit) for surface, value, unit in expected]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Viewers watch 5 hours and 9 minutes of TV a day.", "5 hours and 9 minutes of TV a day",
         "309", "minutes"),
        ("She won in 1 hour and 5 minutes.", "1 hour and 5 minutes", "65", "minutes"),
        ("The flight took 2 hours 30 minutes.", "2 hours 30 minutes", "150", "minutes"),
        ("He served 3 years and 4 months.", "3 years and 4 months", "40", "months"),
        ("The lap took 1 minute 42 seconds.", "1 minute 42 seconds", "102", "seconds"),
    ],
)  # fmt: skip
def test_a_span_in_two_units_is_one_figure(text: str, surface: str, value: str, unit: str) -> None:
    (mention,) = find_mentions(text)
    assert mention.text_in(text) == surface
    assert (mention.value, mention.unit) == (Decimal(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "The talks lasted 5 hours, and 30 minutes later they resumed.",  # a comma ends the clause
        "The trial lasted 3 weeks and 45 days later it ended.",  # more than a week of days
        "It took 4 years and 14 months.",
        "The team played 3 hours and 40 games.",  # not a smaller unit of time
    ],
)
def test_two_spans_of_time_that_are_not_one_stay_two(text: str) -> None:
    assert len(find_mentions(text)) >= 2


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Uploads over 51,200 KB/50 MB are refused.", [("51200", "KB"), ("50", "MB")]),
        ("The car weighs 1,500 kg/3,307 lb empty.", [("1500", "kg"), ("3307", "lb")]),
        # a unit per time keeps its slash; a number after a slash with no unit is no figure
        ("The drive reads 2 GB/s at peak.", [("2", "GB/s")]),
        ("The route is 7 miles/12 on the map.", [("7", "miles")]),
    ],
)
def test_one_size_in_two_units_joined_by_a_slash_is_two_figures(
    text: str, figures: list[tuple[str, str]]
) -> None:
    assert [(str(m.value), m.unit) for m in find_mentions(text)] == figures
