"""The date grammar as a table: one test table per date form and per year-inference rule
(sentences written for these tests), and no month read from inside a word."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from spacy.language import Language

from newsfacts import DateFact, DateRangeFact
from newsfacts.extract.date_patterns import PATTERNS
from newsfacts.extract.date_resolvers import RESOLVERS, infer_year, month_year
from newsfacts.extract.dates import DateMention, find_dates
from newsfacts.extract.tense import time_side
from newsfacts.pipeline import extract_text

PUB = dt.date(2026, 12, 3)  # a Thursday


def _days(
    text: str, published: dt.date | None = PUB
) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(text[m.start : m.end], m.first, m.last) for m in find_dates(text, published=published)]


# -- forms ---------------------------------------------------------------------------------------

FORMS = [
    (
        "He was born March 3rd of 2001.",
        "March 3rd of 2001",
        dt.date(2001, 3, 3),
        dt.date(2001, 3, 3),
    ),
    ("The lease began Oct-14-2021.", "Oct-14-2021", dt.date(2021, 10, 14), dt.date(2021, 10, 14)),
    ("Prices peaked in Jan-2017.", "Jan-2017", dt.date(2017, 1, 1), dt.date(2017, 1, 31)),
    ("Margins widened in 2022 H1.", "2022 H1", dt.date(2022, 1, 1), dt.date(2022, 6, 30)),
    ("Margins widened in H2 2023.", "H2 2023", dt.date(2023, 7, 1), dt.date(2023, 12, 31)),
    (
        "Sales grew in the first half of 2024.",
        "the first half of 2024",
        dt.date(2024, 1, 1),
        dt.date(2024, 6, 30),
    ),
    ("The fund ran from Feb. 2, 2020 to today.", "Feb. 2, 2020 to today", dt.date(2020, 2, 2), PUB),
    ("Output rose in 2016/11 and fell.", "2016/11", dt.date(2016, 11, 1), dt.date(2016, 11, 30)),
    ("Output rose in 2016-11 and fell.", "2016-11", dt.date(2016, 11, 1), dt.date(2016, 11, 30)),
    ("They met on 2016 10 16 in Oslo.", "2016 10 16", dt.date(2016, 10, 16), dt.date(2016, 10, 16)),
    (
        "Work ran 26 june in 2019 to 28 june in 2020.",
        "26 june in 2019 to 28 june in 2020",
        dt.date(2019, 6, 26),
        dt.date(2020, 6, 28),
    ),
    (
        "Output fell in 2016 the third quarter.",
        "2016 the third quarter",
        dt.date(2016, 7, 1),
        dt.date(2016, 9, 30),
    ),
    ("The 1990s were kind to the firm.", "1990s", dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
    ("It was an 18th-century chair.", "18th-century", dt.date(1700, 1, 1), dt.date(1799, 12, 31)),
    # the nth week of a month (from its nth Monday; the last is its last seven days) or a year
    (
        "Sales slowed in the third week of July.",
        "the third week of July",
        dt.date(2026, 7, 20),
        dt.date(2026, 7, 26),
    ),
    (
        "Stocks slid in the last week of March 2025.",
        "the last week of March 2025",
        dt.date(2025, 3, 25),
        dt.date(2025, 3, 31),
    ),
    (
        "The tally closed in the second week of 2015.",
        "the second week of 2015",
        dt.date(2015, 1, 5),
        dt.date(2015, 1, 11),
    ),
    (
        "Hiring froze in the first week of this month.",
        "the first week of this month",
        dt.date(2026, 12, 7),
        dt.date(2026, 12, 13),
    ),
    # a month, quarter or half of the year before, of or after publication
    (
        "Sales peaked in March last year.",
        "March last year",
        dt.date(2025, 3, 1),
        dt.date(2025, 3, 31),
    ),
    (
        "Profit fell in the third quarter of last year.",
        "the third quarter of last year",
        dt.date(2025, 7, 1),
        dt.date(2025, 9, 30),
    ),
    (
        "Hiring rose in January of this year.",
        "January of this year",
        dt.date(2026, 1, 1),
        dt.date(2026, 1, 31),
    ),
    (
        "The plant opens in the first half of next year.",
        "the first half of next year",
        dt.date(2027, 1, 1),
        dt.date(2027, 6, 30),
    ),
    ("Deliveries slip to Q2 next year.", "Q2 next year", dt.date(2027, 4, 1), dt.date(2027, 6, 30)),
    # a two-digit year in a numeric date is this century's unless that is far ahead
    (
        "The deed is dated 05/05/71 in the file.",
        "05/05/71",
        dt.date(1971, 5, 5),
        dt.date(1971, 5, 5),
    ),
    ("The deed is dated 3/4/21 in the file.", "3/4/21", dt.date(2021, 3, 4), dt.date(2021, 3, 4)),
    # two dates a range word links become one range; after "from" a comma may close the first
    # end, and a start verb and an end verb link two days too
    (
        "The festival runs from Tuesday, Feb. 9, through Feb. 25, in six venues.",
        "Tuesday, Feb. 9, through Feb. 25",
        dt.date(2027, 2, 9),
        dt.date(2027, 2, 25),
    ),
    (
        "The closure, which starts Jan. 8 and ends Jan. 29, will divert buses.",
        "Jan. 8 and ends Jan. 29",
        dt.date(2027, 1, 8),
        dt.date(2027, 1, 29),
    ),
    (
        "Rents rose from March 2019 to June 2020.",
        "March 2019 to June 2020",
        dt.date(2019, 3, 1),
        dt.date(2020, 6, 30),
    ),
    (
        "Output grew between May 2015 and 2018.",
        "between May 2015 and 2018",
        dt.date(2015, 5, 1),
        dt.date(2018, 12, 31),
    ),
    (
        "The lease ran January 12, 2016 - 01/22/2016.",
        "January 12, 2016 - 01/22/2016",
        dt.date(2016, 1, 12),
        dt.date(2016, 1, 22),
    ),
    (
        "The work ran from Feb. 1 to March 2019.",
        "Feb. 1 to March 2019",
        dt.date(2019, 2, 1),
        dt.date(2019, 3, 31),
    ),
    # periods that end with a month: "the September quarter", "the three months to June"
    (
        "Profit rose in the September quarter.",
        "the September quarter",
        dt.date(2026, 7, 1),
        dt.date(2026, 9, 30),
    ),
    (
        "Sales grew 5% in the three months to June.",
        "the three months to June",
        dt.date(2026, 4, 1),
        dt.date(2026, 6, 30),
    ),
    (
        "Output fell in the year to March 2020.",
        "the year to March 2020",
        dt.date(2019, 4, 1),
        dt.date(2020, 3, 31),
    ),
    (
        "Losses narrowed in the six months to June 15, 2019.",
        "the six months to June 15, 2019",
        dt.date(2018, 12, 16),
        dt.date(2019, 6, 15),
    ),
    # decades in words and with an apostrophe before the s
    (
        "Disco ruled the seventies in the city.",
        "the seventies",
        dt.date(1970, 1, 1),
        dt.date(1979, 12, 31),
    ),
    (
        "Rents rose in the late eighties.",
        "the late eighties",
        dt.date(1980, 1, 1),
        dt.date(1989, 12, 31),
    ),
    ("The band peaked in the 70's.", "70's", dt.date(1970, 1, 1), dt.date(1979, 12, 31)),
    (
        "Startups boomed in the noughties.",
        "the noughties",
        dt.date(2000, 1, 1),
        dt.date(2009, 12, 31),
    ),
    # month to month: one span, placed like a month alone; across December into the next year
    (
        "The dry spell ran from August through October.",
        "August through October",
        dt.date(2026, 8, 1),
        dt.date(2026, 10, 31),
    ),
    (
        "Prices eased between June and August.",
        "between June and August",
        dt.date(2026, 6, 1),
        dt.date(2026, 8, 31),
    ),
    (
        "Orders slid in Nov.-Feb. 2021 overall.",
        "Nov.-Feb. 2021",
        dt.date(2020, 11, 1),
        dt.date(2021, 2, 28),
    ),
    (
        "Ferries will sail from December to March.",
        "December to March",
        dt.date(2026, 12, 1),
        dt.date(2027, 3, 31),
    ),
    # a bare abbreviated month after a cue word; "the month of"
    ("Sales slowed in Sept and recovered.", "Sept", dt.date(2026, 9, 1), dt.date(2026, 9, 30)),
    ("Orders rose this Oct and fell.", "this Oct", dt.date(2026, 10, 1), dt.date(2026, 10, 31)),
    (
        "Ferries stopped for the month of Feb.",
        "the month of Feb.",
        dt.date(2026, 2, 1),
        dt.date(2026, 2, 28),
    ),
    ("Music of the 70s is back.", "70s", dt.date(1970, 1, 1), dt.date(1979, 12, 31)),
    # counted from publication (Thursday 2026-12-03)
    ("The vote is two weeks from now.", "two weeks from now", dt.date(2026, 12, 17), None),
    (
        "Talks resume the week after next.",
        "the week after next",
        dt.date(2026, 12, 14),
        dt.date(2026, 12, 20),
    ),
    (
        "Sales rise in the coming year.",
        "the coming year",
        dt.date(2027, 1, 1),
        dt.date(2027, 12, 31),
    ),
    (
        "The deal closed 1 month and 21 days ago.",
        "1 month and 21 days ago",
        dt.date(2026, 10, 13),
        None,
    ),
    ("It began 2 years, 1 month ago.", "2 years, 1 month ago", dt.date(2024, 11, 3), None),
    ("Talks end a month from today.", "a month from today", dt.date(2027, 1, 3), None),
    (
        "Rent is due on the 20th of next month.",
        "the 20th of next month",
        dt.date(2027, 1, 20),
        None,
    ),
    ("Rent was due on the 3rd of this month.", "the 3rd of this month", dt.date(2026, 12, 3), None),
    ("The board meets on Friday next week.", "Friday next week", dt.date(2026, 12, 11), None),
    # counted spans: ahead from the next day, back to the day before, decades whole
    (
        "Output will double over the next three years.",
        "the next three years",
        dt.date(2026, 12, 4),
        dt.date(2029, 12, 3),
    ),
    (
        "Prices fell in the past 10 days.",
        "the past 10 days",
        dt.date(2026, 11, 23),
        dt.date(2026, 12, 2),
    ),
    (
        "The mill shut twice in the last two years.",
        "the last two years",
        dt.date(2024, 12, 3),
        dt.date(2026, 12, 2),
    ),
    (
        "The vote must be held within 6 months.",
        "within 6 months",
        dt.date(2026, 12, 3),
        dt.date(2027, 6, 2),
    ),
    (
        "The rover will land 4 weeks in the future.",
        "4 weeks in the future",
        dt.date(2026, 12, 4),
        dt.date(2026, 12, 31),
    ),
    ("The council will vote in 3 weeks.", "in 3 weeks", dt.date(2026, 12, 24), None),
    (
        "Wages barely moved in the past 2 decades.",
        "the past 2 decades",
        dt.date(2000, 1, 1),
        dt.date(2019, 12, 31),
    ),
    (
        "Fares will rise in the next decade.",
        "next decade",
        dt.date(2030, 1, 1),
        dt.date(2039, 12, 31),
    ),
    (
        "Stores stay shut for the rest of the year.",
        "the rest of the year",
        dt.date(2026, 12, 3),
        dt.date(2026, 12, 31),
    ),
    (
        "The line is closed for the remainder of this week.",
        "the remainder of this week",
        dt.date(2026, 12, 3),
        dt.date(2026, 12, 6),
    ),
    # two days named relative to publication, joined by a range word
    (
        "The office is shut today until Monday.",
        "today until Monday",
        dt.date(2026, 12, 3),
        dt.date(2026, 12, 7),
    ),
    (
        "Crews work from Monday to Wednesday next week.",
        "Monday to Wednesday next week",
        dt.date(2026, 12, 7),
        dt.date(2026, 12, 9),
    ),
    # the days of one month, with "the" before a day
    (
        "The fair ran March 4 through the 22nd.",
        "March 4 through the 22nd",
        dt.date(2026, 3, 4),
        dt.date(2026, 3, 22),
    ),
    (
        "The fair ran from the 4th to the 22nd of March.",
        "from the 4th to the 22nd of March.",
        dt.date(2026, 3, 4),
        dt.date(2026, 3, 22),
    ),
    (
        "The fair ran between November the 15th through 19th.",
        "between November the 15th through 19th",
        dt.date(2026, 11, 15),
        dt.date(2026, 11, 19),
    ),
    # a span of years with its end cut, and no season named: the calendar years
    (
        "It followed the recessions of 1990-91 and 2001.",
        "1990-91",
        dt.date(1990, 1, 1),
        dt.date(1991, 12, 31),
    ),
    ("The 2016–18 plan ended early.", "2016–18", dt.date(2016, 1, 1), dt.date(2018, 12, 31)),
    # from a year to the publication date
    ("Prices rose from 2008 to the present.", "2008 to the present", dt.date(2008, 1, 1), PUB),
    ("Rents have doubled since 2015 until now.", "since 2015 until now", dt.date(2015, 1, 1), PUB),
    # a holiday with its year is its day (Easter by the computus); without a year, none (below)
    ("The shop will open by Christmas 2027.", "Christmas 2027", dt.date(2027, 12, 25), None),
    (
        "She sang on Easter Sunday, 1939, after the ban.",
        "Easter Sunday, 1939",
        dt.date(1939, 4, 9),
        None,
    ),
    ("Easter 2024 fell early.", "Easter 2024", dt.date(2024, 3, 31), None),
    ("Thanksgiving 2019 was cold.", "Thanksgiving 2019", dt.date(2019, 11, 28), None),
    (
        "On New Year’s Eve 1999 the lights stayed on.",
        "New Year’s Eve 1999",
        dt.date(1999, 12, 31),
        None,
    ),
    # an ordinal of a month with "of" before its year, ordinals in words, a day "of" a month
    (
        "The park opened on the 4th of July of 1995.",
        "the 4th of July of 1995",
        dt.date(1995, 7, 4),
        None,
    ),
    (
        "The fair closed on the twenty second of June, 2019.",
        "the twenty second of June, 2019",
        dt.date(2019, 6, 22),
        None,
    ),
    ("The vote was held on the 12 of Nov 2024.", "the 12 of Nov 2024", dt.date(2024, 11, 12), None),
    # a day and a month joined by a hyphen; "in" before the year; "the" before a day in words
    ("The fund closed on 28-Nov 2025.", "28-Nov 2025", dt.date(2025, 11, 28), None),
    ("The fund closed on 05-Aug-2016.", "05-Aug-2016", dt.date(2016, 8, 5), None),
    ("The race was run on 28 June in 2020.", "28 June in 2020", dt.date(2020, 6, 28), None),
    (
        "The ship sailed on May the eleventh, 2021.",
        "May the eleventh, 2021",
        dt.date(2021, 5, 11),
        None,
    ),
    # a span whose first day borrows the second's month
    (
        "The show ran from 4 to January 22, 1995.",
        "4 to January 22, 1995",
        dt.date(1995, 1, 4),
        dt.date(1995, 1, 22),
    ),
    # a weekday and "the Nth", a word after it: the nearest month where the day is that weekday
    ("The board meets on Friday the 11th at noon.", "Friday the 11th", dt.date(2026, 12, 11), None),
    # spans from or to now
    (
        "Prices have risen between Jan 22 and now.",
        "between Jan 22 and now",
        dt.date(2026, 1, 22),
        PUB,
    ),
    (
        "The road stays shut between now and December 15.",
        "between now and December 15",
        PUB,
        dt.date(2026, 12, 15),
    ),
]


@pytest.mark.parametrize(("text", "surface", "first", "last"), FORMS)
def test_date_forms(text: str, surface: str, first: dt.date, last: dt.date | None) -> None:
    assert (surface, first, last or first) in _days(text)


def test_the_2011_12_season_is_a_season_not_a_month() -> None:
    found = find_dates("The 2011-12 season was long.", published=PUB)
    assert [(m.label, m.first, m.last) for m in found] == [("2011-12", None, None)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The 2021-22 NBA season began late.", "2021-22"),
        ("Fees rose in the 2017-18 academic year.", "2017-18"),
        ("The 1998-99 winter was mild.", "1998-99"),
    ],
)
def test_a_cut_span_before_a_season_word_is_a_season(text: str, label: str) -> None:
    assert [(m.label, m.first) for m in find_dates(text, published=PUB)] == [(label, None)]


def test_a_holiday_without_a_year_names_no_day() -> None:
    assert _days("The stores were busy over Thanksgiving weekend.") == []


def test_a_year_to_today_needs_a_year_before_publication() -> None:
    assert not [d for d in _days("The plan runs from 2099 to the present.") if "present" in d[0]]


def test_every_pattern_has_a_resolver() -> None:
    assert [name for name, _ in PATTERNS if name not in RESOLVERS] == []


# -- fiscal periods ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Revenue in the third quarter of fiscal 2019 rose.", "FY2019 Q3"),
        ("Revenue in Q3 FY2019 rose.", "FY2019 Q3"),
        ("Revenue in fiscal 2019 rose.", "FY2019"),
        ("Revenue in FY19 rose.", "FY2019"),
        ("Revenue in fiscal year 2020-21 rose.", "FY2020-21"),
    ],
)
def test_fiscal_periods_carry_a_label_and_no_invented_days(text: str, label: str) -> None:
    (fiscal,) = [m for m in find_dates(text, published=PUB) if m.fiscal]
    assert (fiscal.first, fiscal.last, fiscal.label) == (None, None, label)


def test_fiscal_period_fact(nlp: Language) -> None:
    article = extract_text("Profit fell in fiscal 2019, Acme said.", published=PUB, nlp=nlp)
    (fiscal,) = [f for f in article.facts if isinstance(f, DateRangeFact)]
    assert (fiscal.fiscal, fiscal.label, fiscal.start, fiscal.end) == (True, "FY2019", None, None)


# -- months never inside words, and "May" the verb --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Marchetti and Augustine met Junella in Paris.",
        "In Jan Koum's view, and in Jan's, it was fine.",
        "She is in her 70s and he in his 80s.",
        "Players dream of winning at Augusta.",
        "Prices may rise, and the troops march on.",
        "They decided to Marchandise it.",
    ],
)
def test_no_month_inside_a_word_or_as_a_verb(text: str) -> None:
    assert _days(text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Prices may rise in May.", "May"),
        ("It happened last May.", "last May"),
        ("Talks end May 3.", "May 3"),
    ],
)
def test_may_the_month(text: str, surface: str) -> None:
    assert [d[0] for d in _days(text)] == [surface]


def test_a_month_in_a_persons_name_is_no_date(nlp: Language) -> None:
    article = extract_text("April Ryan asked the question again.", published=PUB, nlp=nlp)
    assert not [f for f in article.facts if isinstance(f, DateFact | DateRangeFact)]


# -- year inference --------------------------------------------------------------------------

YEARS = [
    # "may" before a verb looks ahead; "may have" and "has" before a participle look back
    ("Bus fares may rise in June, the board said.", dt.date(2027, 6, 1)),
    ("Bus fares may have risen in June.", dt.date(2026, 6, 1)),
    ("The depot has reopened in June.", dt.date(2026, 6, 1)),
    # tense cues
    ("The plant has been shut since February.", dt.date(2026, 2, 1)),
    ("Inflation rose 2.4% in March.", dt.date(2026, 3, 1)),
    ("The mall will open in March.", dt.date(2027, 3, 1)),
    ("The vote is scheduled for January 9.", dt.date(2027, 1, 9)),
    ("The summit will be held on November 20.", dt.date(2027, 11, 20)),
    ("The chief told analysts on Sept. 30 that sales were weak.", dt.date(2026, 9, 30)),
    # a date something was moved to: the nearest one, whatever the verb's tense (published
    # 2026-12-03)
    ("The deadline was extended to Dec. 31.", dt.date(2026, 12, 31)),
    ("The launch was postponed until Jan. 15.", dt.date(2027, 1, 15)),
    ("The hearing was moved to Nov. 20.", dt.date(2026, 11, 20)),
    # a weekday printed beside the day fixes the year
    ("The talks ended Thursday, January 9.", dt.date(2025, 1, 9)),
    ("The talks open Saturday, January 9.", dt.date(2027, 1, 9)),
    # no cue: the nearest, leaning to the past
    ("Prize day is Dec. 20 for the school.", dt.date(2026, 12, 20)),
    ("Ticket sales on Feb. 9 for the show.", dt.date(2027, 2, 9)),
    ("The report on August 14 for the board.", dt.date(2026, 8, 14)),
    # a verb without tense between the cue and the day: the nearest reading decides
    ("The band decided against playing on January 20 after the row.", dt.date(2027, 1, 20)),
    ("Both sides agreed to resume talks on Jan. 12 in Geneva.", dt.date(2027, 1, 12)),
    ("Shares fell during trading on Sept. 3 in Tokyo.", dt.date(2026, 9, 3)),
    # an abbreviation's dot does not end the clause ("p.m. UTC")
    ("The pass will begin at 5 p.m. UTC on August 28.", dt.date(2027, 8, 28)),
]


@pytest.mark.parametrize(("text", "first"), YEARS)
def test_year_inference(text: str, first: dt.date) -> None:
    (found,) = find_dates(text, published=PUB)
    assert found.first == first


@pytest.mark.parametrize(
    "text",
    [
        "Every March the club opens its doors to new members.",
        "The river floods each November, and the town prepares.",
        "Rents are due every May 1 under the lease.",
    ],
)
def test_a_recurring_month_or_day_names_no_date(text: str) -> None:
    assert _days(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The lease will last 3 years.",  # "last" the verb
        "Sales fell in the last 3 months of 2015.",  # a part of a named period
        "Within three years the firm had doubled its staff.",  # counted from the story's event
        "Sales rose 5% in 3 weeks.",  # how long it took, not a day ahead
        "The plant ran for 10 years.",  # a duration with no direction
        "The deal will be signed within two weeks after the vote.",  # counted from the vote
    ],
)
def test_a_count_without_a_direction_from_publication_is_no_span(text: str) -> None:
    assert [t for t, _, _ in _days(text) if t[-1] in "sy"] == []


def test_a_counted_span_leaves_its_count_a_figure(nlp: Language) -> None:
    from newsfacts import QuantityFact
    from newsfacts.settings import Settings

    settings = Settings(relative_date_facts=True)
    text = "Sales doubled over the past 10 years."
    article = extract_text(text, published=PUB, nlp=nlp, settings=settings)
    kinds = {(type(f).__name__, f.text) for f in article.facts}
    assert ("DateRangeFact", "the past 10 years") in kinds
    assert any(isinstance(f, QuantityFact) and f.text == "10 years" for f in article.facts)
    plain = extract_text(text, published=PUB, nlp=nlp)  # by default a relative span is no fact
    assert [f.text for f in plain.facts] == ["10 years"]


def test_temperatures_in_the_seventies_are_no_decade() -> None:
    assert _days("Highs were in the seventies degrees all week.") == []


def test_two_dates_joined_by_and_without_between_stay_two() -> None:
    assert [t for t, _, _ in _days("Sales fell in 2015 and 2018, the firm said.")] == [
        "2015",
        "2018",
    ]


def test_may_the_verb_before_a_relative_year_is_no_month() -> None:
    assert [t for t, _, _ in _days("The truce may last this year, officials said.")] == [
        "this year"
    ]


def test_a_recurring_day_is_no_figure_either(nlp: Language) -> None:
    article = extract_text("Rents are due every May 1 under the lease.", published=PUB, nlp=nlp)
    assert article.facts == []


def test_one_day_gets_one_year_in_an_article() -> None:
    text = "The vote on Jan. 9, 2027 is set. Opponents said on Jan. 9 that they will fight."
    days = [m.first for m in find_dates(text, published=PUB)]
    assert days == [dt.date(2027, 1, 9), dt.date(2027, 1, 9)]


def test_a_span_across_publication_is_this_years() -> None:
    text = "Holders can tender shares in the Nov. 20-Dec. 20 window, and the firm will report."
    (span,) = find_dates(text, published=PUB)
    assert (span.first, span.last) == (dt.date(2026, 11, 20), dt.date(2026, 12, 20))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Sales fell in March", "past"),
        ("The store will reopen in March", "future"),
        ("The store is expected to reopen in March", "future"),
        ("The results will be released in March", "future"),
        ("It might happen in March", "future"),
        ("In March", None),
        # an attribution set off by commas says when the words were said, not when it happens
        ("Crews will shut the lane, officials said, with traffic returning in March", "future"),
        ("The lane shut in May, the city told reporters, and reopened in March", "past"),
        ("The lane reopened, officials said in March", "past"),
    ],
)
def test_time_side_reads_the_nearest_cue(text: str, side: str | None) -> None:
    at = text.index("March")
    assert time_side(text, at, at + 5) == side


def test_infer_year_and_month_year_rules() -> None:
    assert infer_year(1, 9, PUB, weekday=3) == 2025  # Thursday, January 9
    assert infer_year(12, 20, PUB) == 2026
    assert infer_year(11, 20, PUB, "future") == 2027
    assert infer_year(12, 8, PUB, "past") == 2026  # within the slack of a week
    assert month_year(PUB, 12, 12, None) == 2026  # the span holding publication
    assert month_year(PUB, 3, 3, "past") == 2026
    assert month_year(PUB, 3, 3, "future") == 2027


# -- no publication date --------------------------------------------------------------------


def test_without_a_publication_date_days_are_kept_unresolved_with_a_warning(nlp: Language) -> None:
    article = extract_text("Talks resume on April 13, and Acme will sign in 2027.", nlp=nlp)
    ranges = [f for f in article.facts if isinstance(f, DateRangeFact)]
    unresolved = [f for f in ranges if f.start is None]
    assert [(f.text, f.label) for f in unresolved] == [("April 13", "April 13")]
    assert [f.text for f in ranges if f.start is not None] == ["2027"]
    assert article.warnings
    assert "no publication date" in article.warnings[0]


def test_unresolved_mentions_have_no_days() -> None:
    for mention in find_dates("It ran April 13-19.", published=None):
        assert isinstance(mention, DateMention)
    assert find_dates("It ran April 13-19.", published=None) == []


def test_day_first_locales_read_numeric_dates_day_first() -> None:
    (us,) = find_dates("It opened 3/4/2021 downtown.", published=PUB)
    (gb,) = find_dates("It opened 3/4/2021 downtown.", published=PUB, day_first=True)
    assert (us.first, gb.first) == (dt.date(2021, 3, 4), dt.date(2021, 4, 3))


def test_no_pattern_matches_inside_a_word() -> None:
    text = "Marchetti, Augustine, Junella, Octavia, Decembrist, Mayhew and Janusz wrote."
    assert find_dates(text, published=PUB) == []
    assert not re.search(r"\d", text)


@pytest.mark.parametrize(
    ("text", "surface", "first", "last"),
    [
        ("After the ’68 election he moved.", "’68", dt.date(1968, 1, 1), dt.date(1968, 12, 31)),
        ("He was known in the ’80s.", "’80s", dt.date(1980, 1, 1), dt.date(1989, 12, 31)),
        ("Bands of the early '80s played.", "'80s", dt.date(1980, 1, 1), dt.date(1989, 12, 31)),
        (
            "At the turn of the twentieth century.",
            "twentieth century",
            dt.date(1900, 1, 1),
            dt.date(1999, 12, 31),
        ),
        ("Slaves fled in the 1800s.", "the 1800s", dt.date(1800, 1, 1), dt.date(1899, 12, 31)),
        ("Prices rose in the 2000s.", "the 2000s", dt.date(2000, 1, 1), dt.date(2009, 12, 31)),
        ("He won in '08 and since '21.", "'21", dt.date(2021, 1, 1), dt.date(2021, 12, 31)),
    ],
)
def test_short_years_decades_and_centuries(
    text: str, surface: str, first: dt.date, last: dt.date
) -> None:
    assert (surface, first, last) in _days(text)


@pytest.mark.parametrize(
    ("language", "url", "day_first"),
    [
        ("en", "https://www.bbc.co.uk/news/x", True),
        ("en", "https://www.abc.net.au/news/x", True),
        ("en-GB", None, True),
        ("de", "https://www.spiegel.de/a", True),
        ("en", "https://www.nytimes.com/x", False),
        ("en-US", None, False),
        (None, None, False),
    ],
)
def test_day_first_locales_come_from_the_url_or_the_language(
    language: str | None, url: str | None, day_first: bool
) -> None:
    from newsfacts.extract.components import day_first_locale

    assert day_first_locale(language, url) is day_first


def test_a_uk_page_reads_numeric_dates_day_first(nlp: Language) -> None:
    from newsfacts.clean.document import CleanDocument
    from newsfacts.extract import extract_facts
    from newsfacts.facts import ArticleMetadata

    meta = ArticleMetadata(canonical_url="https://news.example.co.uk/a", language="en")
    document = CleanDocument(paragraphs=("The shop opened on 3/4/2021 in Leeds.",), metadata=meta)
    (day,) = [
        f for f in extract_facts(document, nlp, published=PUB).facts if isinstance(f, DateFact)
    ]
    assert day.date == dt.date(2021, 4, 3)


def test_a_month_printed_with_its_year_places_a_later_day_of_it() -> None:
    text = "The first debate was held in August 2015. On the night of August 6, ratings soared."
    found = find_dates(text, published=dt.date(2016, 9, 2))
    assert [(m.first, m.last) for m in found] == [
        (dt.date(2015, 8, 1), dt.date(2015, 8, 31)),
        (dt.date(2015, 8, 6), dt.date(2015, 8, 6)),
    ]


_FILLER = " The talks dragged on through the winter and nobody in the room said much about it." * 30


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # dated on both sides, far apart: the day between takes the story's year
        (f"The deal fell apart in March 2019.{_FILLER} On March 14, the board met.{_FILLER}"
         " By March 28, 2019, it had resigned.", 2019),
        (f"It was signed on March 2, 2018.{_FILLER} On March 14, the board met.{_FILLER}"
         " The vote came on March 30, 2018.", 2018),
        # one side only, far away: the publication date's reading stays
        (f"The deal fell apart in March 2019.{_FILLER} On March 14, the board met.", 2020),
        # the two sides disagree: the publication date's reading stays
        (f"The deal fell apart in March 2017.{_FILLER} On March 14, the board met.{_FILLER}"
         " By March 28, 2019, it had resigned.", 2020),
        # another month between two dated mentions is not placed by them
        (f"The deal fell apart in March 2019.{_FILLER} On April 14, the board met.{_FILLER}"
         " By March 28, 2019, it had resigned.", 2020),
    ],
)  # fmt: skip
def test_a_day_between_two_dated_mentions_of_its_month_takes_their_year(
    text: str, year: int
) -> None:
    day = next(m for m in find_dates(text, published=dt.date(2020, 5, 14)) if m.relative)
    assert day.first is not None
    assert day.first.year == year


@pytest.mark.parametrize(
    ("text", "fiscal"),
    [
        ("Acme said its third quarter was weak.", True),
        ("Q3 results beat forecasts.", True),
        ("The third-quarter earnings rose.", True),
        ("Apple's Q2 sales fell.", True),
        ("GDP grew in the third quarter.", False),
        ("Sales in the fourth quarter of 2014 rose.", False),
    ],
)
def test_a_companys_quarter_without_a_year_is_fiscal(text: str, fiscal: bool) -> None:
    (quarter,) = find_dates(text, published=PUB)
    assert quarter.fiscal is fiscal
    assert (quarter.first is None) is fiscal


#: A phrase each pattern with a trigger reads (sentences written for this table).
_TRIGGERED = {
    "to_today": "prices have risen since March 3, 2021 until now",
    "now_to": "the road stays shut between now and December 15",
    "year_to_today": "rents have doubled from 2008 to the present",
    "holiday_year": "the shop will open by Christmas 2027",
    "months_to": "in the three months to June 30, 2019",
    "month_quarter": "results for the September quarter of 2019",
    "week_of": "during the week of March 4-8, 2019",
    "day_span": "the fair runs from June 3 to 7, 2019",
    "day_span_dm_years": "a survey held 26 june in 2019 to 28 june in 2020",
    "month_to_day": "from January to March 11, 2020",
    "month_span": "from August through October",
    "day_span_of": "between 3 and 12 of Sept",
    "ordinal_of": "due on the 21st of March 2015",
    "day_words": "on May twenty-ninth",
    "day_span_dm": "open 3-7 June 2019",
    "day": "on Thursday, January 9th",
    "day_dm": "on 14 October 2021",
    "day_mon_year": "filed 05-Aug-2016",
    "month_year": "since March 2020",
    "year_month": "released 2016, nov",
    "month": "sales fell in May",
    "md_span": "from 10/1 to 11/7",
    "day_span_rel": "4 till 23 of this month",
    "nth_span": "from Friday the 11th until Tuesday the 15th",
    "iso_day": "on 2019-03-04 the board met",
    "numeric_day": "signed on 3/4/2021",
    "numeric_md": "the vote on 4/22",
    "month_numeric": "a report dated 11/2016",
    "year_month_numeric": "the 2016/11 issue",
    "months_of_year": "the first nine months of 2014",
    "century": "an 18th-century house",
    "decade": "the 1990s boom",
    "short_decade": "the '80s revival",
    "short_year": "since '99",
    "year_span": "from 2015 to 2018",
    "year": "in 2019",
    "the_nth": "Friday the 15th",
    "nth_weekday": "the second Sunday of next month",
    "the_nth_words": "Friday the fifteenth",
    "weekday": "last Tuesday",
    "period_rel_year": "in March last year",
    "nth_week": "the third week of July",
    "century_words": "the twentieth century",
    "decade_words": "the nineteen eighties",
    "ago": "three days ago",
    "from_now": "two weeks from now",
    "counted_span": "within the next 3 YEARS 1 Month",
    "rest_of": "for the Remainder of this quarter",
    "nth_of_month": "on the 20th of next month",
    "weekend": "this weekend",
    "two_days": "the day after tomorrow",
    "to_date": "sales so far this year",
    "relative": "next quarter",
    "half": "in the first half of 2019",
    "quarter": "in Q3 2019",
    "fiscal": "the third quarter of fiscal 2019",
}


def test_every_triggered_pattern_holds_its_trigger_in_what_it_matches() -> None:
    from newsfacts.extract.date_patterns import NEEDS, PATTERNS, TRIGGERS
    from newsfacts.extract.edges import fold

    kinds = {kind for kind, _ in PATTERNS}
    assert set(NEEDS) <= kinds
    assert set(_TRIGGERED) == set(NEEDS)
    for kind, phrase in [*_TRIGGERED.items(), *_MORE_TRIGGERED]:
        matches = [m for k, p in PATTERNS if k == kind for m in p.finditer(phrase)]
        assert matches, (kind, phrase)
        for match in matches:
            for need in NEEDS[kind]:  # searched in the folded paragraph
                assert TRIGGERS[need].search(fold(match.group())), (kind, need, match.group())


#: More phrases for the kinds that need two triggers, in other spellings and cases.
_MORE_TRIGGERED = [
    ("months_to", "the YEAR TO MARCH 2020"),
    ("months_to", "the six months ended Dec. 31"),
    ("month_quarter", "the June Quarter"),
    ("ordinal_of", "the Fifth of November"),
    ("ordinal_of", "on the 3rd of Jan."),
    ("day_words", "on March thirtieth"),
    ("day_words", "by June thirteenth"),
    ("day_words", "on Sept twenty first"),
    ("month_year", "in Sept. 1999"),
    ("month_year", "from DECEMBER, 2019"),
    ("year", "since 1850"),
    ("nth_weekday", "the LAST Friday in November"),
    ("nth_weekday", "on the 4th thursday of this month"),
    ("short_decade", "music of the 70s"),
    ("short_decade", "the 70's"),
    ("from_now", "a month FROM TODAY"),
    ("ago", "1 Month and 21 DAYS ago"),
    ("month", "in Sept"),
    ("month", "the month of Feb"),
]


def test_a_paragraph_without_a_trigger_is_not_scanned_for_its_patterns() -> None:
    from newsfacts.extract.dates import find_dates

    text = "Nothing is dated here.\n\nThe shop opened on Thursday, January 9, 2020."
    found = find_dates(text, published=dt.date(2020, 5, 1))
    assert [text[d.start : d.end] for d in found] == ["Thursday, January 9, 2020"]


@pytest.mark.parametrize(
    ("window", "breaks"),
    [
        ("It rose. Then it", [". "]),
        ("It rose! Then? It", ["! ", "? "]),
        ("a pause; then", ["; "]),
        ("one line\nthe next", ["\n"]),
        ("at 9 a.m. on", []),
        ("the U.S. said", []),
        ("Mr. Ruiz and Dr. Okafor", []),
        ("on Jan. 5 and Sept. 3", []),
        ("Acme Corp. and Birch Inc. said", []),
        ("Ana B. Ruiz said", []),
        ("the end.", []),  # no space after the last mark: the clause may go on
        ("ranked No. 3 in", []),
        ("the plan. A. B. Ruiz", [". "]),
    ],
)
def test_a_clause_ends_at_a_mark_that_is_no_abbreviation(window: str, breaks: list[str]) -> None:
    from newsfacts.extract.tense import _CLAUSE_BREAK

    assert [m.group() for m in _CLAUSE_BREAK.finditer(window)] == breaks
