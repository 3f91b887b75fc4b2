"""Tests written for defects found in review.

Each test states the correct behaviour. Defects still open are marked ``xfail(strict=True)``:
when one is fixed its test passes, the strict xfail turns that into a failure, and the marker
must be removed. Fixed defects keep their tests here as regression tests.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from newsfacts.clean import clean_html, clean_text
from newsfacts.extract.dates import find_dates
from newsfacts.extract.mentions import find_mentions
from newsfacts.extract.numbers import parse_number
from newsfacts.sources import load_page

P1 = (
    "Container traffic through the northern terminal rose for a third straight month, the "
    "operator said on Tuesday, as shipping lines restored routes that had been suspended."
)
P2 = (
    "The terminal handled more cargo than in any month since the expansion opened, and managers "
    "expect the trend to continue into the summer season as new cranes arrive."
)


def _page(body: str) -> str:
    return f'<!DOCTYPE html><html lang="en"><head></head><body>{body}</body></html>'


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1 234.5", Decimal("1234.5")), ("816 000.25 million", Decimal("816000.25") * 10**6)],
)
def test_parse_number_space_grouped_with_decimals(text: str, expected: Decimal) -> None:
    assert parse_number(text) == expected


def test_find_mentions_space_grouped_with_decimals() -> None:
    mentions = find_mentions("It weighed 1 234.5 tonnes.")
    assert [(m.value, m.unit) for m in mentions] == [(Decimal("1234.5"), "tonnes")]


# --------------------------------------------------------------------------- mentions


def test_find_mentions_percent_change_is_not_a_range() -> None:
    mentions = find_mentions("Unemployment rose from 5% to 7%.")
    assert [(m.kind, m.value, m.value_max) for m in mentions] == [
        ("percent", Decimal(5), None),
        ("percent", Decimal(7), None),
    ]


def test_find_mentions_decade_is_not_a_figure() -> None:
    assert find_mentions("Prices last peaked in the 1990s.") == []


def test_find_mentions_model_name_with_following_noun_is_not_a_figure() -> None:
    assert find_mentions("The phone uses the Snapdragon 810 chip.") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [("Nearly 3 million people voted.", "people"), ("12 children attended.", "children")],
)
def test_find_mentions_irregular_plural_unit_before_a_verb(text: str, unit: str) -> None:
    mentions = find_mentions(text)
    assert len(mentions) == 1
    assert mentions[0].unit == unit


def test_find_mentions_adverb_is_not_a_unit() -> None:
    mentions = find_mentions("The index sits at 4.44T now.")
    assert len(mentions) == 1
    assert mentions[0].unit is None


def test_find_mentions_rejected_range_keeps_first_value() -> None:
    mentions = find_mentions("The ratio was 50 to 1 million.")
    assert [m.value for m in mentions] == [Decimal(50), Decimal(10**6)]


# --------------------------------------------------------------------------- dates


def test_find_dates_leap_day_without_year() -> None:
    found = find_dates("On February 29 it snowed.", published=date(2025, 3, 10))
    assert [(m.first, m.last) for m in found] == [(date(2024, 2, 29), date(2024, 2, 29))]


# --------------------------------------------------------------------------- sources


LATIN1_FRENCH = (
    "Le café de la gare a rouvert ses portes à Zürich après une longue rénovation. "
    "Les habitués ont salué la façade restaurée et le décor très soigné, déjà célèbre. "
    "Selon le propriétaire, la clientèle est revenue dès la première semaine d'ouverture, "
    "et les réservations pour l'été sont nombreuses. Il prévoit d'agrandir la terrasse."
)
LATIN1_ENGLISH = "Prices at the café in Zürich rose 5% this year, the owner said."


@pytest.mark.parametrize("text", [LATIN1_FRENCH, LATIN1_ENGLISH], ids=["french", "english"])
def test_load_page_latin1_text_round_trips(text: str) -> None:
    assert load_page(text.encode("latin-1")).text == text


def test_load_page_cyrillic_single_byte_is_not_forced_to_cp1252() -> None:
    text = "Привет, как дела? Это тестовая строка на русском языке для проверки."
    assert load_page(text.encode("cp1251")).text == text


# --------------------------------------------------------------------------- clean


def test_clean_html_byline_is_not_a_body_paragraph() -> None:
    markup = _page(
        "<article><h1>Port volumes climb</h1>"
        '<div class="byline">By Dana Whitcombe and Raj Menon</div>'
        f"<p>{P1}</p><p>{P2}</p></article>"
    )
    assert clean_html(markup).paragraphs == (P1, P2)


def test_clean_html_related_heading_in_article_drops_its_teaser() -> None:
    markup = _page(
        f"<article><p>{P1}</p><h3>Related articles</h3>"
        f"<p>Dock strike ends after ten days</p><p>{P2}</p></article>"
    )
    assert clean_html(markup).paragraphs == (P1, P2)


def test_clean_text_headline_with_short_cut_blurb() -> None:
    blurb = "Drivers paid less for diesel this week as wholesale costs fell for the"
    text = "\n".join(["Port volumes climb", "", P1, "Fuel prices ease at the pump", blurb, P2])
    assert clean_text(text).paragraphs == (P1, P2)


def test_placeholder_publication_date_is_no_date_and_does_not_crash() -> None:
    """A page stamped 0001-01-01 (a CMS placeholder) once crashed weekday resolution."""
    from newsfacts import parse

    html = (
        "<html><head><title>Late kickoff</title>"
        '<meta property="article:published_time" content="0001-01-01T00:00:00Z"></head><body>'
        "<article><p>The home side won on Tuesday by 31 points in front of 18,000 fans, its third "
        "straight win of the season and its biggest margin since the league was formed.</p>"
        "<p>The coach said on Wednesday that the squad would rest two starters for the next "
        "game, which kicks off on Saturday evening at the same stadium.</p></article>"
        "</body></html>"
    )
    article = parse(html)
    assert article.status == "ok"
    assert article.metadata.published is None
