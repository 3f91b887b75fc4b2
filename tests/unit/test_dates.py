"""Unit tests for the date grammar ``newsfacts.extract.dates.find_dates``."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from newsfacts.extract.dates import DateMention, find_dates

PUB = date(2026, 4, 24)  # a Friday


def _only(text: str, published: date | None = PUB) -> DateMention:
    found = find_dates(text, published=published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "first", "last", "relative"),
    [
        ("Usage fell April 13–19, data show.", date(2026, 4, 13), date(2026, 4, 19), True),
        ("Between March 3-April 2 prices rose.", date(2026, 3, 3), date(2026, 4, 2), True),
        ("Talks run April 28–May 3.", date(2026, 4, 28), date(2026, 5, 3), True),
        ("Sales ran December 28–January 3.", date(2025, 12, 28), date(2026, 1, 3), True),
        ("It ran April 13–19, 2025.", date(2025, 4, 13), date(2025, 4, 19), False),
        ("It ran between March 3 and March 5.", date(2026, 3, 3), date(2026, 3, 5), True),
        ("The fair runs 3–5 March.", date(2026, 3, 3), date(2026, 3, 5), True),
    ],
)
def test_find_dates_resolves_day_spans(text: str, first: date, last: date, relative: bool) -> None:
    mention = _only(text)
    assert (mention.first, mention.last) == (first, last)
    assert mention.relative is relative
    assert mention.single_day is False
    assert mention.granularity == "span"


def test_find_dates_span_covers_its_surface() -> None:
    text = "For the week of April 13–19, usage fell."
    mention = _only(text)
    assert text[mention.start : mention.end] == "the week of April 13–19"
    assert (mention.first, mention.last) == (date(2026, 4, 13), date(2026, 4, 19))
    assert mention.granularity == "week"
    assert mention.relative is True


def test_find_dates_trims_a_leading_from_off_the_span() -> None:
    text = "Prices rose from March 3 to April 2."
    mention = _only(text)
    assert text[mention.start : mention.end] == "March 3 to April 2"
    assert (mention.first, mention.last) == (date(2026, 3, 3), date(2026, 4, 2))


@pytest.mark.parametrize(
    ("text", "day", "relative"),
    [
        ("On April 13 the port closed.", date(2026, 4, 13), True),
        ("On December 20 the port closed.", date(2025, 12, 20), True),  # not a future date
        ("On April 30 the port closed.", date(2026, 4, 30), True),  # within a week of slack
        ("On 13 April 2026 the port closed.", date(2026, 4, 13), False),
        ("On April 13, 2026 the port closed.", date(2026, 4, 13), False),
        ("Filed 2026-04-13 in court.", date(2026, 4, 13), False),
        ("On Sept. 9 the port closed.", date(2025, 9, 9), True),
        ("The summit will be held on May 10.", date(2026, 5, 10), True),
        ("The summit will be held on January 10.", date(2027, 1, 10), True),
    ],
)
def test_find_dates_resolves_single_days(text: str, day: date, relative: bool) -> None:
    mention = _only(text)
    assert mention.first == mention.last == day
    assert mention.single_day is True
    assert mention.relative is relative
    assert mention.granularity == "day"


@pytest.mark.parametrize(
    ("text", "weekday", "day"),
    [
        ("Friday, March 3, 2026", 4, date(2026, 3, 3)),  # printed weekday kept, though a Tuesday
        ("Wednesday, April 22", 2, date(2026, 4, 22)),
        ("Tues. April 21", 1, date(2026, 4, 21)),
        ("Thursday 23 April 2026", 3, date(2026, 4, 23)),
        ("Saturday, March 7", 5, date(2026, 3, 7)),
        ("March 3, 2026", None, date(2026, 3, 3)),
    ],
)
def test_find_dates_records_the_printed_weekday(text: str, weekday: int | None, day: date) -> None:
    mention = _only(text)
    assert mention.weekday == weekday
    assert mention.first == day
    assert (mention.start, mention.end) == (0, len(text))


@pytest.mark.parametrize(
    ("text", "first", "last", "granularity", "relative"),
    [
        ("Q3 2025", date(2025, 7, 1), date(2025, 9, 30), "quarter", False),
        ("Q4 2025", date(2025, 10, 1), date(2025, 12, 31), "quarter", False),
        ("the third quarter of 2025", date(2025, 7, 1), date(2025, 9, 30), "quarter", False),
        ("the second quarter", date(2026, 4, 1), date(2026, 6, 30), "quarter", True),
        ("the fourth quarter", date(2025, 10, 1), date(2025, 12, 31), "quarter", True),
        ("the first half of 2026", date(2026, 1, 1), date(2026, 6, 30), "half", False),
        ("the second half of 2025", date(2025, 7, 1), date(2025, 12, 31), "half", False),
        ("H1 2026", date(2026, 1, 1), date(2026, 6, 30), "half", False),
        ("March 2025", date(2025, 3, 1), date(2025, 3, 31), "month", False),
        ("February 2024", date(2024, 2, 1), date(2024, 2, 29), "month", False),
        ("2025", date(2025, 1, 1), date(2025, 12, 31), "year", False),
        ("between 2019 and 2021", date(2019, 1, 1), date(2021, 12, 31), "span", False),
        ("2019-2021", date(2019, 1, 1), date(2021, 12, 31), "span", False),
    ],
)
def test_find_dates_resolves_periods(
    text: str, first: date, last: date, granularity: str, relative: bool
) -> None:
    mention = _only(f"Results for {text} were mixed.")
    assert (mention.first, mention.last) == (first, last)
    assert mention.granularity == granularity
    assert mention.relative is relative
    assert mention.single_day is False


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("in January", date(2026, 1, 1), date(2026, 1, 31)),
        ("in April", date(2026, 4, 1), date(2026, 4, 30)),
        ("in December", date(2025, 12, 1), date(2025, 12, 31)),  # the most recent December
        ("next March", date(2027, 3, 1), date(2027, 3, 31)),
        ("last April", date(2025, 4, 1), date(2025, 4, 30)),
        ("last March", date(2026, 3, 1), date(2026, 3, 31)),
    ],
)
def test_find_dates_resolves_bare_months_against_publication(
    text: str, first: date, last: date
) -> None:
    mention = _only(f"Sales slowed {text}.")
    assert (mention.first, mention.last) == (first, last)
    assert mention.granularity == "month"
    assert mention.relative is True


def test_find_dates_since_a_year_names_that_year() -> None:
    # the gold convention: "since 2020" is a fact about the year 2020 ("since" is not in the span)
    text = "since 2020, prices have climbed."
    mention = _only(text)
    assert text[mention.start : mention.end] == "2020"
    assert (mention.first, mention.last) == (date(2020, 1, 1), date(2020, 12, 31))


@pytest.mark.parametrize(
    ("text", "first", "relative", "granularity"),
    [
        ("Since March", date(2026, 3, 1), True, "month"),
        ("since March 2025", date(2025, 3, 1), False, "month"),
    ],
)
def test_find_dates_leaves_since_open_ended(
    text: str, first: date, relative: bool, granularity: str
) -> None:
    mention = _only(f"{text}, prices have climbed.")
    assert mention.first == first
    assert mention.last is None
    assert mention.relative is relative
    assert mention.granularity == granularity
    assert mention.start == 0


def test_find_dates_reads_end_of_year_as_a_day() -> None:
    mention = _only("The plant closes at the end of 2025.")
    assert mention.first == mention.last == date(2025, 12, 31)
    assert mention.single_day is True


@pytest.mark.parametrize(
    ("text", "first", "last", "granularity", "single"),
    [
        ("yesterday", date(2026, 4, 23), date(2026, 4, 23), "day", True),
        ("today", date(2026, 4, 24), date(2026, 4, 24), "day", True),
        ("tomorrow", date(2026, 4, 25), date(2026, 4, 25), "day", True),
        ("this year", date(2026, 1, 1), date(2026, 12, 31), "year", False),
        ("last year", date(2025, 1, 1), date(2025, 12, 31), "year", False),
        ("this month", date(2026, 4, 1), date(2026, 4, 30), "month", False),
        ("last month", date(2026, 3, 1), date(2026, 3, 31), "month", False),
        ("this week", date(2026, 4, 20), date(2026, 4, 26), "week", False),
        ("next week", date(2026, 4, 27), date(2026, 5, 3), "week", False),
        ("last quarter", date(2026, 1, 1), date(2026, 3, 31), "quarter", False),
        ("next quarter", date(2026, 7, 1), date(2026, 9, 30), "quarter", False),
    ],
)
def test_find_dates_resolves_relative_phrases(
    text: str, first: date, last: date, granularity: str, single: bool
) -> None:
    mention = _only(f"Demand rose {text} again.")
    assert (mention.first, mention.last) == (first, last)
    assert mention.granularity == granularity
    assert mention.single_day is single
    assert mention.relative is True
    assert mention.bare_relative is True


def test_find_dates_relative_month_wraps_the_year() -> None:
    mention = _only("Demand rose last month.", published=date(2026, 1, 10))
    assert (mention.first, mention.last) == (date(2025, 12, 1), date(2025, 12, 31))


def test_find_dates_week_of_a_single_day_spans_seven_days() -> None:
    mention = _only("Traffic peaked in the week of April 13.")
    assert (mention.first, mention.last) == (date(2026, 4, 13), date(2026, 4, 19))
    assert mention.granularity == "week"


@pytest.mark.parametrize(
    "text",
    [
        "Prices may rise.",  # "may" is a verb
        "It costs $2020 now.",
        "It weighed 2020 tonnes.",
        "The rate hit 2.5% in the second half.",  # a half of no stated year
        "On April 31 nothing happened.",  # no such day
        "Nothing to see here.",
    ],
)
def test_find_dates_ignores_non_dates(text: str) -> None:
    assert find_dates(text, published=PUB) == []


def test_find_dates_without_publication_skips_relative_expressions() -> None:
    text = "On April 13 and last month, and in March 2025."
    found = find_dates(text, published=None)
    assert [(m.first, m.last) for m in found] == [(date(2025, 3, 1), date(2025, 3, 31))]


def test_find_dates_returns_sorted_non_overlapping_mentions() -> None:
    text = (
        "For the week of April 13–19, usage fell; since March, prices rose; "
        "Q3 2025 was strong and 2024 was weak."
    )
    found = find_dates(text, published=PUB)
    assert [m.granularity for m in found] == ["week", "month", "quarter", "year"]
    for before, after in pairwise(found):
        assert before.end <= after.start


@pytest.mark.parametrize(
    ("text", "surface", "first", "last"),
    [
        ("We met on March twenty-first.", "March twenty-first", date(2026, 3, 21), None),
        (
            "We are away between 4 and 9 of March, she said.",
            "between 4 and 9 of March",
            date(2026, 3, 4),
            date(2026, 3, 9),
        ),
        ("It ran from 2/3 to 3/1 here.", "from 2/3 to 3/1", date(2026, 2, 3), date(2026, 3, 1)),
        ("He left on the third of April 2024.", "the third of April 2024", date(2024, 4, 3), None),
        ("Filings closed Jan-9 again.", "Jan-9", date(2026, 1, 9), None),
        ("Her shift is on   3/14 again.", "3/14", date(2026, 3, 14), None),
        ("Receipts dated 05/06,2021 surfaced.", "05/06,2021", date(2021, 5, 6), None),
        ("He came back on the 12th.", "the 12th", date(2026, 4, 12), None),
        ("He came back on the 30th.", "the 30th", date(2026, 3, 30), None),
        ("Rates reset in 7/2023 as planned.", "7/2023", date(2023, 7, 1), date(2023, 7, 31)),
    ],
)
def test_find_dates_reads_written_ordinal_and_numeric_days(
    text: str, surface: str, first: date, last: date | None
) -> None:
    (mention,) = find_dates(text, published=PUB)
    assert text[mention.start : mention.end] == surface
    assert mention.first == first
    assert mention.last == (first if last is None else last)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("I wrote a week ago.", date(2026, 4, 17), date(2026, 4, 17)),
        ("They sold two months ago.", date(2026, 2, 24), date(2026, 2, 24)),
        ("It opens the day after tomorrow.", date(2026, 4, 26), date(2026, 4, 26)),
        ("It rained the day before yesterday.", date(2026, 4, 22), date(2026, 4, 22)),
        ("We rest this weekend.", date(2026, 4, 25), date(2026, 4, 26)),
        ("We rested last weekend.", date(2026, 4, 18), date(2026, 4, 19)),
    ],
)
def test_find_dates_counts_back_from_publication_as_bare_relatives(
    text: str, first: date, last: date
) -> None:
    mention = _only(text)
    assert (mention.first, mention.last) == (first, last)
    assert mention.bare_relative is True


@pytest.mark.parametrize(
    ("text", "surface", "first", "last"),
    [
        ("Prices rose since this February.", "since this February", date(2026, 2, 1), None),
        ("Prices rose since last November.", "since last November", date(2025, 11, 1), None),
        ("Terms apply starting in Oct 2026.", "starting in Oct 2026", date(2026, 10, 1), None),
        ("We go next june.", "next june", date(2026, 6, 1), date(2026, 6, 30)),
    ],
)
def test_find_dates_reads_open_ranges_and_lower_case_months_after_a_preposition(
    text: str, surface: str, first: date, last: date | None
) -> None:
    mention = _only(text)
    assert text[mention.start : mention.end] == surface
    assert (mention.first, mention.last) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "An august body met.",
        "The 15th floor is closed.",
        "In March one analyst quit.",
        "In May twenty people left.",
        "It grew in September.\n\nOne thing is clear.",
        "Doors open June thirty one.",
    ],
)
def test_find_dates_reads_no_day_into_ordinary_words(text: str) -> None:
    assert all(m.single_day is False for m in find_dates(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "surface", "first", "last"),
    [
        (
            "We meet the second Tuesday of this month.",
            "the second Tuesday of this month",
            date(2026, 4, 14),
            date(2026, 4, 14),
        ),
        (
            "We met the first Friday of previous month.",
            "the first Friday of previous month",
            date(2026, 3, 6),
            date(2026, 3, 6),
        ),
        (
            "Polls close the last Monday of May 2027.",
            "the last Monday of May 2027",
            date(2027, 5, 31),
            date(2027, 5, 31),
        ),
        (
            "We are away from Monday the 4th until Friday the 8th.",
            "from Monday the 4th until Friday the 8th",
            date(2026, 5, 4),
            date(2026, 5, 8),
        ),
        (
            "We are away 2 till 9 of next month.",
            "2 till 9 of next month",
            date(2026, 5, 2),
            date(2026, 5, 9),
        ),
        (
            "It is shut March between 3 and 5 again.",
            "March between 3 and 5",
            date(2026, 3, 3),
            date(2026, 3, 5),
        ),
        ("Book for w/c Mar 9 now.", "w/c Mar 9", date(2026, 3, 9), date(2026, 3, 15)),
        ("Results for 2025, dec are in.", "2025, dec", date(2025, 12, 1), date(2025, 12, 31)),
    ],
)
def test_find_dates_reads_nth_weekdays_and_spans_within_a_month(
    text: str, surface: str, first: date, last: date
) -> None:
    mention = _only(text)
    assert text[mention.start : mention.end] == surface
    assert (mention.first, mention.last) == (first, last)


def test_find_dates_reads_a_printed_weekday_into_the_nearest_matching_month() -> None:
    mention = _only("She returns Tuesday the 12th.")  # 12 May 2026 is a Tuesday
    assert mention.first == date(2026, 5, 12)


def test_find_dates_reads_no_nth_weekday_into_a_placing() -> None:
    text = "She finished second Sunday at the open."
    assert [text[m.start : m.end] for m in find_dates(text, published=PUB)] == ["Sunday"]


@pytest.mark.parametrize(
    ("text", "surface", "first", "last"),
    [
        # the story has just named the year: a later month of the same telling is in it
        (
            "He saw his doctor in November 2016.\n\nAt first he got better. "
            "But by December, his symptoms worsened.",
            "December",
            date(2016, 12, 1),
            date(2016, 12, 31),
        ),
        (
            "The firm moved to Ohio in May 2019. It hired 40 people on June 3.",
            "June 3",
            date(2019, 6, 3),
            date(2019, 6, 3),
        ),
        # a bare year before a reporting clause: the news is of this year
        (
            "The loan was paid in 2025. As of February 28, the bank said it had none.",
            "February 28",
            date(2026, 2, 28),
            date(2026, 2, 28),
        ),
        # a month the text places itself ("last March") is left where it points
        (
            "The painting was made in 1761. The museum bought it last March.",
            "last March",
            date(2026, 3, 1),
            date(2026, 3, 31),
        ),
        # a future year named before: a day of the future clause is in it
        (
            "The band will tour in 2027. The tour will stop in Akron on July 22.",
            "July 22",
            date(2027, 7, 22),
            date(2027, 7, 22),
        ),
        # the year named before disagrees with the clause's tense: the tense wins
        (
            "The plan runs to 2030. Officials said on March 3 that it was late.",
            "March 3",
            date(2026, 3, 3),
            date(2026, 3, 3),
        ),
        # a month before the dated month is not read as the same year's
        (
            "Work began in October 2015. In March, crews said it was done.",
            "March",
            date(2026, 3, 1),
            date(2026, 3, 31),
        ),
        # too far back, or across more than one paragraph: the publication's year
        (
            "Sales peaked in 2018.\n\nPrices moved.\n\nIn March, stores reported losses.",
            "March",
            date(2026, 3, 1),
            date(2026, 3, 31),
        ),
    ],
)
def test_find_dates_takes_the_year_the_story_just_named(
    text: str, surface: str, first: date, last: date
) -> None:
    found = {text[m.start : m.end]: m for m in find_dates(text, published=PUB)}
    assert (found[surface].first, found[surface].last) == (first, last)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("When February rolls around, try the service.", date(2027, 2, 1)),
        ("Once March arrives, the pools open.", date(2027, 3, 1)),
        ("By the time January comes, prices will be set.", date(2027, 1, 1)),
        ("When March came, the fields flooded.", date(2026, 3, 1)),
    ],
)
def test_find_dates_reads_a_present_time_clause_as_the_future(text: str, first: date) -> None:
    assert _only(text).first == first


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The new law takes effect January 1.", date(2027, 1, 1)),
        ("Early voting begins Dec. 4.", date(2026, 12, 4)),
        ("The museum reopens in March.", date(2027, 3, 1)),
        ("The offer expires Feb. 2.", date(2027, 2, 2)),
        ("Critics reported on the tour that stops at the arena on July 22.", date(2027, 7, 22)),
        ("The team hosts Ohio on Dec. 5.", date(2026, 12, 5)),
        ("The museum reopened in March.", date(2026, 3, 1)),  # the past tense: the past
        ("Sales rose in March.", date(2026, 3, 1)),
    ],
)
def test_find_dates_reads_the_present_of_a_scheduled_event_as_the_future(
    text: str, first: date
) -> None:
    assert _only(text, published=date(2026, 11, 20)).first == first


@pytest.mark.parametrize(
    "text",
    [
        "™ & © 2013 Cable Wire Network, Inc. All rights reserved.",
        "Copyright 2023 Harbor Media, Inc. All rights reserved.",
        "Copyright (c) 2010-2024 the authors.",
    ],
)
def test_find_dates_reads_no_date_in_a_copyright_notice(text: str) -> None:
    assert find_dates(text, published=PUB) == []


def test_find_dates_reads_a_wait_until_a_month_as_ahead() -> None:
    mention = _only("Workers must wait until July to see the raise.", published=date(2026, 12, 1))
    assert mention.first == date(2027, 7, 1)


def test_find_dates_gives_a_day_one_year_after_the_story_moved_it() -> None:
    text = (
        "The band will tour in 2027. The tour will stop in Akron on July 22.\n\n"
        "Fans heard of it. Tickets for July 22 sold out."
    )
    days = [m.first for m in find_dates(text, published=PUB) if m.granularity == "day"]
    assert days == [date(2027, 7, 22), date(2027, 7, 22)]


@pytest.mark.parametrize(
    "text",
    ["It earned a total score of 2072 in the stress test.", "Her score was 1999, a record."],
)
def test_a_score_of_four_digits_is_no_year(text: str) -> None:
    assert find_dates(text, published=PUB) == []


def test_a_year_after_a_score_with_its_noun_is_still_a_year() -> None:
    (found,) = find_dates("He scored 2010 points in 2019.", published=PUB)
    assert (found.first, found.last) == (date(2019, 1, 1), date(2019, 12, 31))
