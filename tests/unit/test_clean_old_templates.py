"""Metadata families met on older news templates (issue 17, sixteenth session).

Each page is written for this file in the markup shape of a template family seen on the
development half of two new page sets (python-goose's and trafilatura 1.1.0's saved pages):
a publisher named in the author tag, a Spanish signature line, a Twitter card naming the
writer, a gender-inclusive German label, a kicker with a hidden colon, a byline dropped with
its block, a "Published" line after the story. The byline splitter's cases are sentences
written here.
"""

from __future__ import annotations

import pytest

from newsfacts.clean import clean_html
from newsfacts.clean.authors import split_authors
from newsfacts.clean.metadata import dateline_published

STORY = [
    "The harbour board approved the new ferry timetable on Tuesday after a month of hearings, "
    "adding two early crossings on weekdays and a late boat on Friday and Saturday nights.",
    "Commuters had asked for the early crossings since the bridge closed for repairs last "
    "spring, when the queue at the ferry ramp often ran past the old customs house by seven.",
    "The board said the extra sailings will cost about as much as a second crew for the small "
    "boat, and that fares stay the same until the bridge opens again in the autumn.",
    "Ferry staff will hand out the printed timetable on board for two weeks, and the board's "
    "website will carry it from Monday together with the winter changes agreed last year.",
]


def _page(body: str, head: str = "", title: str = "Ferry timetable adds early crossings") -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"{head}</head><body>{body}</body></html>"
    )


def _story() -> str:
    return "".join(f"<p>{p}</p>" for p in STORY)


def _article(top: str = "") -> str:
    """The story in an ``<article>`` under its headline, with ``top`` (a byline) between."""
    return f"<article><h1>Ferry timetable adds early crossings</h1>{top}{_story()}</article>"


def test_an_author_tag_naming_the_publisher_gives_way_to_the_marked_byline() -> None:
    head = (
        '<meta name="author" content="Ediciones Puerto Claro">'
        '<meta name="DC.publisher" content="Ediciones Puerto Claro">'
    )
    body = _article(
        '<span class="firma"><a rel="author" href="/autor/lucia-ferrer/">Lucía Ferrer</a> / '
        '<a rel="author" href="/autor/tomas-vidal/">Tomás Vidal</a></span>'
    )
    assert clean_html(_page(body, head)).metadata.authors == ["Lucía Ferrer", "Tomás Vidal"]


def test_a_spanish_signature_line_names_the_writer() -> None:
    body = (
        "<div><h1>Ferry timetable adds early crossings</h1>"
        '<div class="metadata_noticia"><p class="firma"><em>Ángela Soler</em> | '
        '<span class="localizacion">Valencia</span></p></div>'
        f"{_story()}</div>"
    )
    assert clean_html(_page(body)).metadata.authors == ["Ángela Soler"]


@pytest.mark.parametrize(
    ("creator", "authors"), [("Dana Whitcombe", ["Dana Whitcombe"]), ("@harbourledger", [])]
)
def test_a_twitter_card_creator_is_the_writer_only_when_it_is_a_name(
    creator: str, authors: list[str]
) -> None:
    head = f'<meta name="twitter:creator" content="{creator}">'
    body = _article()
    assert clean_html(_page(body, head)).metadata.authors == authors


@pytest.mark.parametrize("label", ["Autor/in:", "Autor*in:", "Autor:in", "Autorin:"])
def test_a_gender_inclusive_german_label_is_not_part_of_the_name(label: str) -> None:
    body = _article(
        f'<div class="subline"><span itemprop="author">{label} Korinna Berger </span></div>'
    )
    assert clean_html(_page(body)).metadata.authors == ["Korinna Berger"]


def test_a_kicker_with_a_hidden_colon_keeps_the_declared_spacing() -> None:
    title = "Early crossings: Ferry timetable adds two boats"
    head = f'<meta property="og:title" content="{title}">'
    body = (
        '<article><h2 class="headline">\n  <span class="kicker">Early crossings</span>\n'
        '  <span class="visually-hidden">: </span>\n'
        '  <span class="text">Ferry timetable adds two boats</span>\n</h2>'
        f"{_story()}</article>"
    )
    assert clean_html(_page(body, head, title=title)).metadata.title == title


def test_an_author_tag_naming_someone_the_byline_does_not_gives_way_to_the_byline() -> None:
    head = '<meta name="author" content="Douglas Penrose">'
    body = _article(
        '<div class="byline">By <a href="/profiles/ana-ruiz">Ana Ruiz</a> and '
        '<a href="/profiles/raj-menon">Raj Menon</a></div>'
    )
    assert clean_html(_page(body, head)).metadata.authors == ["Ana Ruiz", "Raj Menon"]


def test_an_author_tag_the_byline_agrees_with_is_kept() -> None:
    head = '<meta name="author" content="Ana Ruiz">'
    body = _article('<div class="byline">By Ana Ruiz</div>')
    assert clean_html(_page(body, head)).metadata.authors == ["Ana Ruiz"]


def test_a_dateline_block_dropped_for_its_class_still_gives_author_and_day() -> None:
    body = _article('<p class="dateline">March 2, 2024 — By Ana Ruiz</p>')
    doc = clean_html(_page(body))
    assert doc.metadata.authors == ["Ana Ruiz"]
    assert doc.metadata.published == "2024-03-02"
    assert "By Ana Ruiz" not in doc.text


def test_a_published_line_after_the_story_gives_the_day() -> None:
    body = (
        f"<div id='content'><h1>Ferry timetable adds early crossings</h1>{_story()}</div>"
        '<div id="article_topbar"><div>Publi&eacute; le 29/10/2012<br>'
        "<em>Mis &agrave; jour le 30/10/2012</em></div></div>"
    )
    assert clean_html(_page(body)).metadata.published == "2012-10-29"


def test_a_published_line_in_a_footer_is_not_the_day() -> None:
    body = (
        f"<div id='content'><h1>Ferry timetable adds early crossings</h1>{_story()}</div>"
        "<footer><p>Published 03/04/2011 by the harbour board's press office</p></footer>"
    )
    assert clean_html(_page(body)).metadata.published is None


def test_one_box_per_writer_names_every_writer() -> None:
    body = _article(
        '<div class="byline"><div class="byline__author"><a href="/people/ana-ruiz">Ana Ruiz</a>'
        '</div><div class="byline__author"><a href="/people/raj-menon">Raj Menon</a></div>'
        '<div class="byline__photo">Photography by Tom Becker</div></div>'
    )
    assert clean_html(_page(body)).metadata.authors == ["Ana Ruiz", "Raj Menon"]


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        ("By Ana Ruiz<br>and Raj Menon", ["Ana Ruiz", "Raj Menon"]),
        # a second line that does not go on from the first is another credit
        ("Ana Ruiz, Reporter<br>Raj Menon, Photographer", ["Ana Ruiz"]),
    ],
)
def test_a_byline_broken_over_two_lines(box: str, authors: list[str]) -> None:
    body = (
        "<article><h1>Ferry timetable adds early crossings</h1>"
        f'<div class="byline">{box}</div>{_story()}</article>'
    )
    assert clean_html(_page(body)).metadata.authors == authors


def test_a_person_given_by_name_parts_in_json_ld() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry '
        'timetable adds early crossings", "author": {"@type": "Person", "givenName": "Ana", '
        '"familyName": "Ruiz"}}</script>'
    )
    body = _article()
    assert clean_html(_page(body, head)).metadata.authors == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("script", "shown", "authors"),
    [
        ('var utag_data = {"page_type": "article", "author": "Ana Ruiz"};', True, ["Ana Ruiz"]),
        ('dataLayer = [{"articleAuthor": "Ana Ruiz|Raj Menon"}];', True, ["Ana Ruiz", "Raj Menon"]),
        # an account or an editor the page never shows is not the writer
        ('var utag_data = {"author": "Ana Ruiz"};', False, []),
        ('var config = {"comment_author": "Raj Menon"};', True, []),
    ],
)
def test_analytics_data_names_the_writer_only_when_the_page_shows_the_name(
    script: str, shown: bool, authors: list[str]
) -> None:
    names = '<p class="note">Ana Ruiz and Raj Menon</p>' if shown else ""
    body = f"<article><h1>Ferry timetable adds early crossings</h1>{_story()}{names}</article>"
    assert clean_html(_page(body, f"<script>{script}</script>")).metadata.authors == authors


def test_a_reporter_label_opens_a_byline_line() -> None:
    body = (
        "<article><h1>Ferry timetable adds early crossings</h1>"
        f'<div class="info">Reporter: Ana Ruiz</div>{_story()}</article>'
    )
    assert clean_html(_page(body)).metadata.authors == ["Ana Ruiz"]


def test_a_line_break_ends_a_byline_line_near_the_headline() -> None:
    body = (
        "<table><tr><td><h1>Ferry timetable adds early crossings</h1></td></tr>"
        '<tr><td class="text">By Ana Ruiz<br>Ledger Correspondent</td></tr>'
        f"<tr><td>{_story()}</td></tr></table>"
    )
    assert clean_html(_page(body)).metadata.authors == ["Ana Ruiz"]


def test_a_short_block_of_inline_parts_is_one_dateline() -> None:
    body = _article(
        '<div class="info"><span class="name">Ana Ruiz</span> &middot; '
        '<span class="role">Staff reporter</span> &middot; March 2, 2012</div>'
    )
    doc = clean_html(_page(body))
    assert (doc.metadata.authors, doc.metadata.published) == (["Ana Ruiz"], "2012-03-02")


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
            '[{"@type": "Person", "name": "Ana Ruiz"}]}</script>',
            '<p class="art-by">By Ana Ruiz and Raj Menon</p>',
        ),
        (
            "",
            '<div class="top"><span class="by">By</span> <a href="/staff/ana-ruiz">Ana Ruiz</a>, '
            '<a href="/staff/raj-menon">Raj Menon</a></div>',
        ),
    ],
)
def test_a_byline_naming_more_writers_than_the_markup_wins(head: str, byline: str) -> None:
    body = _article(byline)
    assert clean_html(_page(body, head)).metadata.authors == ["Ana Ruiz", "Raj Menon"]


def test_a_byline_glued_to_page_furniture_adds_no_writer() -> None:
    head = '<meta name="author" content="Ana Ruiz">'
    body = _article("<p>By Ana Ruiz and Ledger StaffUpdated</p>")
    assert clean_html(_page(body, head)).metadata.authors == ["Ana Ruiz"]


def test_an_articles_own_footer_holds_its_byline() -> None:
    body = (
        f"<article><h1>Ferry timetable adds early crossings</h1>{_story()}"
        '<footer class="entry-meta">Posted by <a rel="author" href="/author/ana-ruiz/">Ana Ruiz'
        "</a> on March 2, 2012</footer></article>"
        '<footer class="site"><a rel="author" href="/about/">Tom Becker</a></footer>'
    )
    assert clean_html(_page(body)).metadata.authors == ["Ana Ruiz"]


def test_a_hyphenated_by_line_class_is_a_byline() -> None:
    body = (
        "<article><h1>Ferry timetable adds early crossings</h1>"
        f'<div class="by-line">Ana Ruiz and Raj Menon</div>{_story()}</article>'
    )
    assert clean_html(_page(body)).metadata.authors == ["Ana Ruiz", "Raj Menon"]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Updated: March 3, 2012 | Posted: March 2, 2012", "2012-03-02"),
        ("Posted March 2, 2012, updated March 3, 2012", "2012-03-02"),
        ("Mis à jour le 30/10/2012 - Publié le 29/10/2012", "2012-10-29"),
        # an update alone is all there is
        ("Updated March 3, 2012", "2012-03-03"),
    ],
)
def test_an_update_stamp_before_the_publication_stamp_in_one_line(line: str, day: str) -> None:
    assert dateline_published([line]) == day


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example/2011/WORLD/africa/02/22/ferry.timetable/index.html", "2011-02-22"),
        ("https://news.example/2013/middle_east/8/3/ferry.timetable/index.html", "2013-08-03"),
        ("https://news.example/local/20120302-ferry-timetable.html", "2012-03-02"),
        # a long number is an identifier, not a day
        ("https://news.example/local/article-2012345678901.html", None),
    ],
)
def test_days_written_in_older_addresses(url: str, day: str | None) -> None:
    body = _article()
    assert clean_html(_page(body), url=url).metadata.published == day


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Dana Whitcombe, Harbour Ledger Business", ["Dana Whitcombe"]),
        ("By Dana Whitcombe, Harbour Ledger", ["Dana Whitcombe"]),
        ("By Dana Whitcombe Harbour Ledger News", ["Dana Whitcombe"]),
        ("By DANA WHITCOMBE and RAJ MENON The Evening Courier", ["Dana Whitcombe", "Raj Menon"]),
        ("By Dana Whitcombe with Raj Menon", ["Dana Whitcombe", "Raj Menon"]),
        ("Lucía Ferrer y Tomás Vidal", ["Lucía Ferrer", "Tomás Vidal"]),
        ("Giulia Conti e Marco Rinaldi", ["Giulia Conti", "Marco Rinaldi"]),
        ("Dana Whitcombe Photos by Raj Menon", ["Dana Whitcombe"]),
        (
            "Dana Whitcombe and Raj Menon. Illustrations by Ana Ruiz",
            ["Dana Whitcombe", "Raj Menon"],
        ),
        ("Por Lucía Ferrer, Diario Puerto Claro", ["Lucía Ferrer"]),
        # a writer whose given name is also the site's stays a person
        ("By Ledger Smith", ["Ledger Smith"]),
        ("Ursula von der Heide", ["Ursula von der Heide"]),
        ("Ana Y. Ruiz", ["Ana Y. Ruiz"]),
    ],
)
def test_bylines_with_outlets_desks_and_other_credits(byline: str, names: list[str]) -> None:
    barred = ["Harbour Ledger", "ledger", "Diário Puerto Claro"]
    assert split_authors(byline, not_people=barred) == names
