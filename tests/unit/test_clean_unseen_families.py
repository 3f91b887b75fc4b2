"""The cleaner's failure families seen on pages it was not developed on (issue 17).

Every page here is written for this file: a small article in the markup shape of a real
template, with the furniture that misled the cleaner. One test per family.
"""

from __future__ import annotations

import pytest

from newsfacts.clean import clean_html
from newsfacts.clean.boilerplate import (
    is_author_note,
    is_caption_or_dateline,
    is_teaser_heading,
    is_widget_line,
)

STORY = [
    "The river authority opened the new flood gates on Monday after three years of building, "
    "and the first test held back water for most of the afternoon without a leak.",
    "Engineers said the gates can close in under ten minutes, a quarter of the time the old "
    "barrier needed, which gives the lower town far more warning before a surge arrives.",
    "Residents who lost cellars in the floods of the last decade welcomed the work but asked "
    "the authority to publish its maintenance plan and the cost of running the pumps each year.",
    "The authority said a public report on running costs will follow in the spring, once the "
    "gates have been through a full season of storms and the first repairs are known.",
]
COMMENTS = [
    "I have lived by this river for forty years and I will believe the gates work when I see "
    "them hold back a real spring flood, not a test on a calm afternoon in the dry season.",
    "Good news at last, but who pays for the pumps? Every plan like this starts cheap and ends "
    "up on our water bills for decades, and nobody in the authority will answer that question.",
    "My cellar flooded twice and the insurance would not cover it the second time, so I am glad "
    "something is finally happening, even if it took far too long to get the money approved.",
    "The old barrier was fine until someone decided not to maintain it. New gates will go the "
    "same way unless the maintenance budget is protected by law and checked by someone outside.",
    "Ten minutes sounds fast but the warning system still relies on one gauge upstream that "
    "fails whenever the power goes out, which is exactly when you need it most during a storm.",
]


def _page(body: str, head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    )


def _ps(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _text(markup: str) -> str:
    return clean_html(markup).text


# ----------------------------------------------------------------- a real body dropped for markup


def test_an_article_inside_an_aside_is_kept() -> None:
    body = (
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f'<main><aside class="page-area"><section class="story">{_ps(STORY)}</section></aside>'
        '<aside class="rail"><p>Sign up for our morning newsletter today.</p></aside></main>'
    )
    text = _text(_page(body))
    assert all(p in text for p in STORY)
    assert "newsletter" not in text


def test_a_bem_modifier_naming_ads_does_not_drop_a_report_section() -> None:
    body = (
        '<article class="TestReport">'
        f'<section class="TestReport__Section">{_ps(STORY[:2])}</section>'
        f'<section class="TestReport__Section TestReport__Section--Ads">{_ps(STORY[2:])}</section>'
        "</article>"
    )
    text = _text(_page(body))
    assert all(p in text for p in STORY)


def test_a_bem_modifier_still_marks_a_short_author_blurb() -> None:
    body = (
        f'<div class="article-body">{_ps(STORY)}'
        '<div class="article-body--author-blurb"><p>Mara Lind covers rivers and weather for the '
        "paper and joined it in 2019.</p></div></div>"
    )
    text = _text(_page(body))
    assert STORY[0] in text
    assert "Mara Lind covers rivers" not in text


def test_a_page_builder_text_widget_is_not_a_widget() -> None:
    body = (
        '<div class="elementor-widget-wrap"><div class="elementor-widget-text-editor">'
        f"{_ps(STORY)}</div></div>"
    )
    assert all(p in _text(_page(body)) for p in STORY)


def test_a_body_made_only_of_a_numbered_list() -> None:
    steps = [
        "Bring two printed copies of the agenda and a list of the questions for the panel.",
        "Arrive fifteen minutes early so the room can be set up before the first speaker.",
        "Keep each talk to ten minutes and leave five minutes for questions from the floor.",
        "Send the notes to every member within a week, with the decisions marked in bold.",
    ]
    items = "".join(f"<li>{s}</li>" for s in steps)
    body = (
        '<div class="entry-content"><p>How the next meeting works:</p>'
        f"<ol>{items}</ol></div>"
        '<div id="respond"><p>Leave a reply</p></div>'
    )
    text = _text(_page(body))
    assert all(s in text for s in steps)


def test_a_body_of_spans_and_one_paragraph() -> None:
    spans = "<br>".join(f"<span>{p}</span>" for p in STORY[:3])
    body = f'<div class="post">{spans}<p>{STORY[3]}</p></div>'
    text = _text(_page(body))
    assert all(p in text for p in STORY)


# ----------------------------------------------------------------- the wrong container


def test_a_comment_list_longer_than_the_post_does_not_win() -> None:
    comments = "".join(
        f'<div class="comment"><p class="comment-meta">Reader {i}</p><p>{c}</p></div>'
        for i, c in enumerate(COMMENTS * 2)
    )
    body = f'<div class="post">{_ps(STORY)}</div><div id="comments">{comments}</div>'
    text = _text(_page(body))
    assert all(p in text for p in STORY)
    assert COMMENTS[0] not in text


def test_a_comment_with_a_body_class_is_not_the_body() -> None:
    comments = "".join(
        f'<li class="comment"><div class="entry-content"><p>{c}</p></div></li>' for c in COMMENTS
    )
    body = f'<article><div class="entry-content">{_ps(STORY)}</div></article><ol>{comments}</ol>'
    text = _text(_page(body))
    assert STORY[0] in text
    assert COMMENTS[1] not in text


def test_the_next_article_appended_below_is_dropped() -> None:
    other = [
        "The city council voted to extend the night bus service to the harbour district from "
        "June, after a trial that carried twice as many passengers as planned in its first month.",
        "Drivers' representatives said the new shifts were agreed with the union and that no "
        "driver would work more than two night shifts a week under the extended timetable.",
    ]
    body = (
        '<main><div class="post-main"><h1>River gates pass their first test</h1>'
        f'<div class="post-body">{_ps(STORY)}</div>'
        '<div class="post-add-story"><div class="post-add-head"><h1>Night buses reach the harbour'
        f'</h1></div><div class="post-add-body">{_ps(other)}</div></div></div></main>'
    )
    head = "<title>River gates pass their first test | Valley Post</title>"
    text = _text(_page(body, head))
    assert all(p in text for p in STORY)
    assert other[0] not in text


def test_sections_of_one_component_are_joined() -> None:
    sections = "".join(
        f'<section class="row"><h3>Part {i}</h3><div class="block"><div class="text-block">'
        f"<p>{p}</p></div></div></section>"
        for i, p in enumerate(STORY)
    )
    text = _text(_page(f"<main>{sections}</main>"))
    assert all(p in text for p in STORY)


def test_on_a_list_of_stories_the_one_titled_like_the_page_wins() -> None:
    other = [c.replace("river", "harbour") for c in COMMENTS[:4]]
    body = (
        f'<div class="list"><article class="item"><h2>Harbour plans stall again</h2>{_ps(other)}'
        f'</article><article class="item"><h2>River gates pass their first test</h2>{_ps(STORY)}'
        "</article></div>"
    )
    head = '<meta property="og:title" content="River gates pass their first test">'
    text = _text(_page(body, head))
    assert STORY[0] in text
    assert other[0] not in text


# ----------------------------------------------------------------- leaks into the text


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Mara Lind; Editing by Tom Okafor",
        "(Graphic: how the new flood gates close)",
        "12/40 Crowds gather on the embankment as the gates close for the first time.",
        "Report an error",
        "Spotted a typo? Let us know",
        "Kommentarfeed | Kommentare geschlossen | Trackback-URL",
        "weiterlesen 10 Minuten",
        "Tagged: rivers, floods",
        "Category: Local news",
        "Crowds watch the first closing from the quay. (Photo: Mara Lind)",
        "The gates close for the first time on Monday (Getty Images)",
        "A version of this article appears in print on March 3, 2019, Section B, Page 4 of the "
        "Harbor edition with the headline: Gates Close at Last.",
        "*This article appears in the May 2, 2022 issue of Harbor Weekly.",
        "This story originally appeared in the spring edition of Riverside Review.",
        "The Harbor Press Agency contributed to this report.",
        "Mara Lind in Oslo contributed reporting.",
        "Write to Tom Okafor at tom.okafor@example.com",
        "Contact us at letters@example.org.",
        "Copyright 2021 Harbor Weekly. All rights reserved.",
        "All rights reserved.",
        "Image copyright Mara Lind",
        "Media playback is unsupported on your device",
        "Listen to this article 4 min",
        "Share full article",
        "View 12 comments",
        "Join the conversation",
        "Advertisement - Continue Reading Below",
        "Story continues below advertisement",
        "Please enable JavaScript to view the comments.",
        "toggle caption",
        "Enlarge this image",
        "Topics: floods, rivers",
        "Photo illustration by Mara Lind",
        "We may earn a commission from links on this page.",
        "When you buy through links on our site, we may earn an affiliate commission.",
        "Opinions expressed by Harbor Weekly contributors are their own.",
        "This article was produced in partnership with the Riverside Trust.",
        "(Published Monday, Nov. 18, 2019)",  # a video player's caption
    ],
)
def test_lines_that_are_never_prose(line: str) -> None:
    assert is_widget_line(line) or is_caption_or_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "The 12/40 split held for a week.",
        "Reporting on the gates took a year.",
        "This article appears to settle the question of who built the gates.",
        "A version of this plan appeared in the council's budget in 2019.",
        "Higher tariffs contributed to this year's slump in exports, the ministry said.",
        "Lind, who contributed reporting to the inquiry in 2019, was fined.",
        "Copyright law changed in 2019, and 300 firms sued.",
        "We may earn more if the gates hold, the mayor said of the 40 new jobs.",
        "The views expressed at the hearing were sharp, and 12 residents spoke.",
        "The story continues below the waterline, where 40 divers worked.",
        "The mayor (who opened them) thanked the engineers (and their families)",
        "(" + "reuters " * 2000,  # an opening parenthesis that never closes
    ],
)
def test_prose_that_only_looks_like_those_lines(line: str) -> None:
    assert not (is_widget_line(line))
    assert not (is_caption_or_dateline(line))


@pytest.mark.parametrize(
    "heading",
    [
        "Ähnliche Beiträge",
        "Aktuelle Berichte aus dieser Kategorie:",
        "Das könnte Sie auch interessieren",
        "À lire aussi",
        "Sur le même sujet",
        "Noticias relacionadas",
        "Leggi anche",
        "Über den Autor",
        "Weiterführender Link",
    ],
)
def test_recirculation_headings_in_other_languages(heading: str) -> None:
    assert is_teaser_heading(heading)


def test_a_german_related_block_after_the_body_is_dropped() -> None:
    body = (
        f'<div class="entry">{_ps(STORY)}<h3>Ähnliche Beiträge</h3>'
        '<p><a href="/a">Neue Brücke über den Fluss eröffnet</a></p>'
        '<p><a href="/b">Hochwasser im Frühjahr erwartet</a></p></div>'
    )
    text = _text(_page(body))
    assert STORY[3] in text
    assert "Ähnliche Beiträge" not in text
    assert "Neue Brücke" not in text


def test_soft_hyphens_do_not_split_words() -> None:
    body = f"<article>{_ps(STORY[1:])}<p>Wäh\u00adrend die Flut stieg, hiel\u00adten die Tore dicht und die Stadt blieb trocken bis zum Abend.</p></article>"
    assert "Während die Flut stieg, hielten die Tore dicht" in _text(_page(body))


# ----------------------------------------------------------------- metadata


def test_a_visible_dateline_gives_the_publication_day() -> None:
    body = (
        "<article><h1>River gates pass their first test</h1>"
        "<div>This story is from October 9, 2019</div>"
        f"{_ps(STORY)}</article>"
    )
    head = "<title>River gates pass their first test</title>"
    assert clean_html(_page(body, head)).metadata.published == "2019-10-09"


def test_a_german_dateline_and_byline_in_one_line() -> None:
    body = (
        "<article><h1>Flutschutz besteht ersten Test</h1>"
        "<p class='meta'>Freitag | 14. Juni 2019 | 15:49 VON Mara Lind IN Lokales</p>"
        f"{_ps(STORY)}</article>"
    )
    meta = clean_html(_page(body, "<title>Flutschutz besteht ersten Test</title>")).metadata
    assert meta.published == "2019-06-14"
    assert meta.authors == ["Mara Lind"]


def test_an_update_stamp_is_not_the_publication_day_when_another_date_stands() -> None:
    body = (
        "<article><h1>River gates pass their first test</h1>"
        "<div>Updated: 12.03.2021</div><div>Published 03.03.2021</div>"
        f"{_ps(STORY)}</article>"
    )
    meta = clean_html(_page(body, "<title>River gates pass their first test</title>")).metadata
    assert meta.published == "2021-03-03"


def test_a_date_on_a_related_card_is_not_used_by_the_markup_reader() -> None:
    body = (
        f"<article><h1>River gates pass their first test</h1>{_ps(STORY)}</article>"
        '<div class="related"><h3>More news</h3><time datetime="2024-05-01">1 May 2024</time>'
        '<a href="/x">Night buses reach the harbour</a></div>'
    )
    assert clean_html(_page(body)).metadata.published is None


def test_site_names_that_are_handles_initials_or_the_title_are_not_site_names() -> None:
    for value in ("@valleypost", "U.S.", "River gates pass their first test today"):
        head = (
            f'<meta name="application-name" content="{value}">'
            "<title>River gates pass their first test today</title>"
        )
        meta = clean_html(_page(f"<article>{_ps(STORY)}</article>", head)).metadata
        assert meta.site_name is None
        assert meta.title == "River gates pass their first test today"


def test_a_blog_title_tag_with_the_site_first() -> None:
    head = "<title>Valley-Notes &raquo; River gates pass their first test</title>"
    body = f"<div class='post'><h3>River gates pass their first test</h3>{_ps(STORY)}</div>"
    meta = clean_html(_page(body, head), url="https://valley-notes.example/2019/10/gates").metadata
    assert meta.title == "River gates pass their first test"


def test_a_post_title_under_a_site_name_h1() -> None:
    head = "<title>Valley Notes</title>"
    body = (
        "<h1>Valley Notes</h1><div class='post'><h2>River gates pass their first test</h2>"
        f"{_ps(STORY)}</div>"
    )
    meta = clean_html(_page(body, head), url="https://valleynotes.example/gates").metadata
    assert meta.title == "River gates pass their first test"


def test_comment_form_labels_and_photo_credits_are_not_authors() -> None:
    body = (
        f"<article><h1>River gates pass their first test</h1>{_ps(STORY)}"
        "<figure><img src='g.jpg'><figcaption><span class='author'>Tom Okafor</span>"
        "</figcaption></figure></article>"
        "<form><label class='comment-author'>Name (required)</label></form>"
    )
    assert clean_html(_page(body)).metadata.authors == []


def test_a_card_of_another_story_inside_the_body_is_dropped() -> None:
    card = (
        '<div class="paragraph"><div class="snippet"><h3><a href="/other-story">Harbour cranes '
        'are back at work</a></h3><a href="/other-story"><figure><img src="c.jpg"></figure></a>'
        "<div>Summer is crane season, and the port has hired forty more drivers. "
        '<a href="/other-story">Read on</a></div></div></div>'
    )
    body = f"<article>{_ps(STORY[:2])}{card}{_ps(STORY[2:])}</article>"
    text = _text(_page(body))
    assert all(p in text for p in STORY)
    assert "forty more drivers" not in text


def test_a_linked_section_heading_without_a_card_stays() -> None:
    body = (
        "<article><h1>River gates pass their first test</h1>"
        f'<h2>How the new <a href="#gates">gates</a> work</h2>{_ps(STORY[:2])}'
        f"<h2>What residents asked</h2>{_ps(STORY[2:])}</article>"
    )
    text = _text(_page(body))
    assert "How the new gates work" in text


# ------------------------------------------------------------- second round: mechanisms, not pages


def _cards(teasers: list[str], block: str = "div") -> str:
    """Cards of other stories: a linked headline over a teaser, each in its own block."""
    tag = block.split()[0]
    return "".join(
        f'<{block}><h2><a href="/s/{i}">Other story {i}</a></h2><p>{p}</p></{tag}>'
        for i, p in enumerate(teasers)
    )


def test_decomposed_accents_come_out_composed() -> None:
    """A page that writes "ü" as "u" + a combining diaeresis reads like one that does not."""
    decomposed = "Die Pru\u0308fung der Gurtla\u0308nge ist wichtig, sagen die Tester heute."
    text = _text(_page(f"<article>{_ps([decomposed, *STORY])}</article>"))
    assert "Die Prüfung der Gurtlänge ist wichtig" in text
    assert "\u0308" not in text


@pytest.mark.parametrize("name", ["next-post-thumbnails", "most_read", "upNext", "nextStory"])
def test_a_name_written_in_two_parts_is_one_furniture_word(name: str) -> None:
    teasers = _cards(COMMENTS)
    page = _page(f'<article>{_ps(STORY)}</article><div id="{name}">{teasers}</div>')
    text = _text(page)
    assert STORY[0] in text
    assert COMMENTS[0] not in text


def test_a_short_post_beside_a_long_teaser_strip_is_the_post() -> None:
    """Little prose outside furniture is still the article when it opens like the description."""
    lead = (
        "A cartoonist drew a sharp strip about how every generation blames the next one for "
        "being lazy, and it is well worth the read."
    )
    cards = _cards([f"{p} {p}" for p in COMMENTS], block='div class="nextstory"')
    head = f'<meta name="description" content="{lead[:90]}&hellip;">'
    page = _page(
        f'<div id="story"><p>{lead}</p><div class="share"><h3>'
        '<a href="https://social.example/sharer?u=x">SHARE</a></h3>'
        '<img src="s.png"></div></div>'
        f'<div id="next-post-thumbnails">{cards}</div>',
        head,
    )
    text = _text(page)
    assert lead in text
    assert COMMENTS[0] not in text


def test_sections_opening_with_a_plain_heading_are_one_article() -> None:
    """Repeated section blocks join; only a linked headline makes a block a card."""
    sections = [
        f'<div class="text-wrap col"><div class="text"><h2>Part {i}</h2><p>{p}</p></div></div>'
        for i, p in enumerate(STORY)
    ]
    page = _page("".join(f'<div class="wrapper">{s}</div>' for s in sections))
    text = _text(page)
    for paragraph in STORY:
        assert paragraph in text


def test_cards_with_linked_headlines_do_not_join_the_body() -> None:
    cards = _cards(COMMENTS[:3], block='div class="box"')
    page = _page(f'<div class="box"><p>{" ".join(STORY)}</p></div>{cards}')
    text = _text(page)
    assert STORY[0] in text
    assert COMMENTS[0] not in text


def test_a_standfirst_that_repeats_a_cut_description_is_a_dek() -> None:
    dek = (
        "Three years of building end with a gate that closes in ten minutes, and a town that "
        "wants to know who will pay for the pumps."
    )
    head = f'<meta name="description" content="{dek[:80]}...">'
    page = _page(
        f"<article><h1>Flood gates open</h1><p>{dek}</p>"
        "<p>By Dana Whitcombe</p>"
        f"{_ps(STORY)}</article>",
        head,
    )
    doc = clean_html(page)
    assert dek not in doc.text
    assert STORY[0] in doc.text


@pytest.mark.parametrize("described", [True, False])
def test_a_chapo_box_is_a_dek_only_when_it_repeats_the_description(described: bool) -> None:
    # French templates call the standfirst "chapo"; some put the lede itself in such a box
    lede = (
        "Le conseil municipal a vote jeudi la reouverture du pont des Tanneurs, ferme depuis "
        "deux ans, et promet une voie cyclable sur toute sa longueur des le printemps."
    )
    head = f'<meta name="description" content="{lede[:90]}...">' if described else ""
    page = _page(
        '<article><h1>Le pont rouvre</h1><div class="story-content">'
        f'<p id="chapo" class="af-chapo">{lede}</p>'
        f'<div class="article-body">{_ps(STORY)}</div></div></article>',
        head,
    )
    text = clean_html(page).text
    assert (lede in text) is not described
    assert STORY[0] in text


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Gregory Lindqvist", ["Gregory Lindqvist"]),
        ("Autor: Angela Brandauer", ["Angela Brandauer"]),
        ("By Ana Ruiz and Tom Becker", ["Ana Ruiz", "Tom Becker"]),
        ("Text: Ursula von der Heide", ["Ursula von der Heide"]),
        ("Von Montag an gilt der neue Fahrplan", []),
        ("By clicking here you agree", []),
        ("Author", []),
    ],
)
def test_a_line_that_is_only_a_byline(line: str, names: list[str]) -> None:
    from newsfacts.clean.authors import byline_names

    assert byline_names(line) == names


def test_a_byline_paragraph_in_the_body_is_the_author_not_text() -> None:
    page = _page(f"<article><p><em>Von Gregor Lindqvist</em></p>{_ps(STORY)}</article>")
    doc = clean_html(page)
    assert doc.metadata.authors == ["Gregor Lindqvist"]
    assert "Lindqvist" not in doc.text


@pytest.mark.parametrize(
    "byline",
    [
        '<ul class="facts"><li><strong>Author</strong> Julian Tomkins</li></ul>',
        '<div id="artikelautor">Autor: <a href="/p/1">Julian Tomkins</a><br>'
        '<a href="/p/1/all">All articles</a></div>',
        '<div class="dig-autoren"> Von Julian Tomkins </div>',
    ],
)
def test_a_labelled_byline_anywhere_on_the_page(byline: str) -> None:
    page = _page(f"<article>{_ps(STORY)}</article><div class='col'>{byline}</div>")
    assert clean_html(page).metadata.authors == ["Julian Tomkins"]


def test_a_labelled_name_in_reader_comments_is_not_the_author() -> None:
    page = _page(
        f"<article>{_ps(STORY)}</article>"
        '<div class="comments"><div class="comment"><p>By Julian Tomkins</p>'
        f"<p>{COMMENTS[0]}</p></div></div>"
    )
    assert clean_html(page).metadata.authors == []


@pytest.mark.parametrize(
    ("stamp", "shown", "expected"),
    [
        # a UTC stamp the evening after, local time: the dateline's day
        ("2019-11-20T02:59:46Z", "<p>November 19, 2019 at 8:59 pm</p>", "2019-11-19"),
        # the address's day counts against a UTC stamp
        ("2019-11-19T04:58:46+00:00", "", "2019-11-18"),
        # a stamp with its own local offset and no dateline: it stays
        ("2016-12-23T16:42:59-05:00", "", "2016-12-23T16:42:59-05:00"),
        # a dateline days away is another date (an update): the stamp stays
        ("2019-11-20T02:59:46Z", "<p>November 12, 2019</p>", "2019-11-20T02:59:46+00:00"),
    ],
)
def test_the_local_day_beats_a_utc_stamp_one_day_off(stamp: str, shown: str, expected: str) -> None:
    head = f'<meta property="article:published_time" content="{stamp}">'
    page = _page(
        f"<article><h1>Flood gates open</h1>{shown}{_ps(STORY)}</article>",
        head + '<link rel="canonical" href="https://river.example/2019/11/18/gates">',
    )
    assert clean_html(page).metadata.published == expected


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Finian Cullen. Harbour Ledger International", "Finian Cullen"),
        ("Troy L. Smithers", "Troy L. Smithers"),
        ("Dr. Sebastian Bruckner", "Sebastian Bruckner"),
        ("Tom Kristof, AP Auto Writer", None),
        ("Ap Auto Writer", None),
        ("The Water Cooler", None),
        ("The Russian and Syrian defense ministries", None),
        ("Malcolm Owens Monday", "Malcolm Owens"),
    ],
)
def test_author_names_lose_credits_brands_and_dates(raw: str, name: str | None) -> None:
    from newsfacts.clean.authors import clean_author

    part = raw.split(", ")[-1] if ", " in raw else raw
    assert clean_author(part) == name


def test_the_sites_own_name_spaced_differently_is_not_an_author() -> None:
    from newsfacts.clean.authors import clean_author

    assert clean_author("Link Naija", not_people=["LinkNaija"]) is None
    assert clean_author("Apple Insider", not_people=["AppleInsider"]) is None


def _jsonld_author(author: str) -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        f'"@type": "NewsArticle", "headline": "Flood gates open", "author": {author}}}</script>'
    )


@pytest.mark.parametrize(
    ("author", "names"),
    [
        # a name and its outlet in one JSON-LD string: the initial stays, the outlet goes
        ('{"@type": "Person", "name": "Merle T. Okafor, riverpost.example"}', ["Merle T. Okafor"]),
        (
            '[{"@type": "Person", "name": "Ines Hallgren and Piet Vos"}]',
            ["Ines Hallgren", "Piet Vos"],
        ),
        # a blogger known by a given name: the markup says it is a person
        ('{"@type": "Person", "name": "Marisol"}', ["Marisol"]),
        # one word that is a placeholder, or the site's own brand, is nobody
        ('{"@type": "Person", "name": "Webmaster"}', []),
        ('{"@type": "Person", "name": "Riverpost"}', []),
        ('{"@type": "Organization", "name": "Marisol"}', []),
    ],
)
def test_json_ld_authors_split_and_given_names(author: str, names: list[str]) -> None:
    head = _jsonld_author(author) + '<link rel="canonical" href="https://www.riverpost.example/a">'
    page = _page(f"<article><h1>Flood gates open</h1>{_ps(STORY)}</article>", head)
    assert clean_html(page).metadata.authors == names


def test_a_given_name_alone_in_free_text_is_not_an_author() -> None:
    from newsfacts.clean.authors import clean_author

    assert clean_author("Marisol") is None  # only markup that marks a person allows one word
    assert clean_author("Marisol", given_name=True) == "Marisol"


def test_an_hcard_name_inside_the_author_box() -> None:
    byline = '<span class="author vcard">by <span class="fn">Marisol</span></span>'
    page = _page(f"<article><h1>Flood gates open</h1><div>{byline}</div>{_ps(STORY)}</article>")
    assert clean_html(page).metadata.authors == ["Marisol"]


def test_the_innermost_author_box_is_read_before_the_byline_section_around_it() -> None:
    byline = (
        '<div class="byline-section"><span class="author">Ines Hallgren and Piet T. Vos</span>'
        '<span class="publication">Lower Valley Courier Tribune</span>'
        '<span class="date">Published 9:14 AM Nov 3, 2024</span></div>'
    )
    page = _page(f"<article><h1>Flood gates open</h1>{byline}{_ps(STORY)}</article>")
    assert clean_html(page).metadata.authors == ["Ines Hallgren", "Piet T. Vos"]


def test_a_link_to_the_authors_page_names_the_author() -> None:
    meta = (
        '<ul class="post-meta"><li><a href="/author/flussreporterin/">Henrike Albers</a></li>'
        '<li><a href="/author/flussreporterin/">More By Her</a></li></ul>'
    )
    page = _page(f"<article><h1>Flood gates open</h1>{meta}{_ps(STORY)}</article>")
    assert clean_html(page).metadata.authors == ["Henrike Albers"]


def test_teaser_cards_marked_as_authors_do_not_join_the_byline() -> None:
    cards = "".join(
        f'<article class="card"><h3><a href="/s/{i}">Another story number {i}</a></h3>'
        f'<address><a rel="author" href="/reporter/{slug}">{name}</a></address></article>'
        for i, (slug, name) in enumerate([("ola_brandt", "Ola Brandt"), ("kit_moss", "Kit Moss")])
    )
    byline = (
        '<p class="byline">By <a rel="author" href="/reporter/ines">Ines Hallgren</a> and '
        '<a rel="author" href="/reporter/piet">Piet Vos</a></p>'
    )
    page = _page(
        f"<article><h1>Flood gates open</h1>{byline}{_ps(STORY)}</article>"
        f"<section><h2>Elsewhere on the river</h2><p>{COMMENTS[1]}</p>{cards}</section>"
    )
    assert clean_html(page).metadata.authors == ["Ines Hallgren", "Piet Vos"]


def test_a_link_to_a_page_about_a_person_inside_a_sentence_is_not_a_byline() -> None:
    # sites keep topic pages about the people they cover in the same folders as bylines
    lead = (
        '<p>The plan was approved after <a href="/people/rafe-idowu">Rafe Idowu</a>, who chairs '
        "the river authority, told the council that the pumps would be paid for by the state.</p>"
    )
    page = _page(f"<article><h1>Flood gates open</h1>{lead}{_ps(STORY)}</article>")
    assert clean_html(page).metadata.authors == []


def test_a_json_valued_meta_tag_gives_the_publication_time() -> None:
    head = """<meta name="parsely-page" content='{"pub_date": "2024-03-02T09:00:00Z"}'>"""
    page = _page(f"<article><h1>Flood gates open</h1>{_ps(STORY)}</article>", head)
    assert (clean_html(page).metadata.published or "").startswith("2024-03-02")


def test_a_more_articles_link_to_the_authors_page_is_not_a_name() -> None:
    meta = (
        '<p class="meta"><span>By Harbour Desk Staff</span> | '
        '<a href="/author/1282/index.aspx">More Articles</a></p>'
    )
    page = _page(f"<article><h1>Flood gates open</h1>{meta}{_ps(STORY)}</article>")
    assert clean_html(page).metadata.authors == []


_YOAST_GRAPH = (
    '{"@context": "https://schema.org", "@graph": ['
    '{"@type": "NewsArticle", "headline": "Flood gates open", "author": {"@id": "#/person/7"}},'
    '{"@type": "Person", "@id": "#/person/7", "name": "Oona Castellano"}]}'
)


@pytest.mark.parametrize(
    ("head", "top", "names"),
    [
        # JSON-LD: a person given by reference (WordPress SEO plugins), shown on the page
        (
            f'<script type="application/ld+json">{_YOAST_GRAPH}</script>',
            '<p class="post-meta">Oona Castellano</p>',
            ["Oona Castellano"],
        ),
        # ... and the same reference when the page never shows the name: the site's account
        (f'<script type="application/ld+json">{_YOAST_GRAPH}</script>', "", []),
        # "creator" when there is no "author"; a name given as a list
        (
            _jsonld_author("null").replace('"author": null', '"creator": ["Oona Castellano"]'),
            "",
            ["Oona Castellano"],
        ),
        (
            _jsonld_author('{"@type": "Person", "name": ["Oona Castellano"]}'),
            "",
            ["Oona Castellano"],
        ),
        # "creator" is not read when "author" names an organisation
        (
            _jsonld_author('{"@type": "Organization", "name": "River Post"}').replace(
                '"author"', '"creator": ["DER FLUSSBOTE"], "author"'
            ),
            "",
            [],
        ),
        # meta tags: every copy of the author tag, other vocabularies, keys in any case
        (
            '<meta name="author" content="Oona Castellano"><meta name="author" content="Rafe Idowu">',
            "",
            ["Oona Castellano", "Rafe Idowu"],
        ),
        ('<meta name="sailthru.author" content="Oona Castellano">', "", ["Oona Castellano"]),
        ('<meta name="cXenseParse:author" content="Oona Castellano">', "", ["Oona Castellano"]),
        ('<meta name="DC.Creator" content="Castellano, Oona">', "", ["Oona Castellano"]),
        ('<meta property="article:author" content="https://social.example/oona">', "", []),
        (
            '<meta name="twitter:label1" content="Written by">'
            '<meta name="twitter:data1" content="Oona Castellano">',
            "",
            ["Oona Castellano"],
        ),
        # visible bylines in test hooks and boxes of several lines
        (
            "",
            '<div data-testid="byline"><span>By Oona Castellano</span></div>',
            ["Oona Castellano"],
        ),
        (
            "",
            '<div data-component="byline-block"><p>Oona Castellano</p><p>River Post News</p></div>',
            ["Oona Castellano"],
        ),
        (
            "",
            '<div class="contributor"><a href="/p/oc">Oona Castellano</a></div>',
            ["Oona Castellano"],
        ),
        (
            "",
            '<div itemprop="author" itemscope><span itemprop="name">Oona Castellano</span>'
            '<span itemprop="jobTitle">Rivers Reporter</span></div>',
            ["Oona Castellano"],
        ),
        (
            "",
            '<div itemprop="author" itemscope><meta itemprop="name" content="Oona Castellano">'
            '<a href="/p/oc">O. C.</a></div>',
            ["Oona Castellano"],
        ),
        # the date after the name, in a <time> or in the same run of text
        (
            "",
            '<div class="meta">By <a href="/people/oc">Oona Castellano</a> '
            "<time>March 2, 2024</time></div>",
            ["Oona Castellano"],
        ),
        (
            "",
            '<p class="byline">By Oona Castellano March 2, 2024 at 5:04 p.m.</p>',
            ["Oona Castellano"],
        ),
        ("", '<p class="byline">By Oona Castellano Updated: 2 March</p>', ["Oona Castellano"]),
        # an agency, the site's name (from <title>) or a job title after the name
        ("", '<p class="byline">By OONA CASTELLANO Associated Press</p>', ["Oona Castellano"]),
        (
            "<title>Flood gates open | Lower Valley Ledger</title>",
            '<p class="byline">By Oona Castellano and Rafe Idowu, Lower Valley Ledger</p>',
            ["Oona Castellano", "Rafe Idowu"],
        ),
        (
            "",
            '<p class="byline">Oona Castellano, Transport Correspondent</p>',
            ["Oona Castellano"],
        ),
        # a photographer's credit after a bullet is not the writer's
        (
            "",
            '<p class="byline">Story by Oona Castellano • Photos by Rafe Idowu</p>',
            ["Oona Castellano"],
        ),
        ("", "<p>Reported by Oona Castellano</p>", ["Oona Castellano"]),
        # a JSON-valued meta tag (Parse.ly's older "parsely-page", its "parsely-metadata")
        (
            """<meta name="parsely-page" content='{"title": "Flood gates open", """
            """"author": "Oona Castellano", "pub_date": "2024-03-02T09:00:00Z"}'>""",
            "",
            ["Oona Castellano"],
        ),
        (
            """<meta name="parsely-metadata" content='{"authors": ["Oona Castellano", """
            """"Rafe Idowu"]}'>""",
            "",
            ["Oona Castellano", "Rafe Idowu"],
        ),
        ("<meta name='parsely-page' content='{not json'>", "", []),
        ('<meta name="authors" content="Oona Castellano">', "", ["Oona Castellano"]),
        # a link to the writer's page in any of the folders sites keep them in
        (
            "",
            '<div class="meta"><a href="/profiles/oona-c">Oona Castellano</a>, RPN</div>',
            ["Oona Castellano"],
        ),
        (
            "",
            '<div class="meta"><a href="/by/oona-castellano">Oona Castellano</a></div>',
            ["Oona Castellano"],
        ),
        (
            "",
            '<div class="meta"><a href="/staff/oc/">Oona Castellano</a></div>',
            ["Oona Castellano"],
        ),
        # a writer's or reporter's box
        ("", '<div class="article-writer">Oona Castellano</div>', ["Oona Castellano"]),
        ("", '<span class="reporterName">Oona Castellano</span>', ["Oona Castellano"]),
        # words of a button or a sentence in an author box are not names
        ("", '<div class="author-tools"><a href="/a/1">More Articles</a></div>', []),
        ("", '<span class="author-share">Artikel empfehlen</span>', []),
    ],
)
def test_byline_layouts_name_the_writers(head: str, top: str, names: list[str]) -> None:
    page = _page(f"<article><h1>Flood gates open</h1>{top}{_ps(STORY)}</article>", head)
    assert clean_html(page).metadata.authors == names


def test_a_page_whose_class_says_author_is_not_read_as_a_byline() -> None:
    # WordPress marks the whole page "single-author": its lines are not a byline
    page = _page(f"<div class='single-author'><h1>Flood gates open</h1>{_ps(STORY)}</div>")
    body = page.replace("<body>", "<body class='single single-author'>")
    assert clean_html(body).metadata.authors == []


@pytest.mark.parametrize(
    ("top", "bottom", "names"),
    [
        # a Spanish paper's author box ("autor"), name | place | date
        (
            '<p class="autor">Oona Castellano | Puerto Lavanda | 08/01/2014</p>',
            "",
            ["Oona Castellano"],
        ),
        # no markup at all: the same line under the headline
        ("<p>Oona Castellano | Puerto Lavanda | 8 January 2014</p>", "", ["Oona Castellano"]),
        # the closing note names the writer when nothing else does
        (
            "",
            "<p><em>Oona Castellano is an award-winning river reporter and the author of two "
            "books on flood defences.</em></p>",
            ["Oona Castellano"],
        ),
    ],
)
def test_unlabelled_bylines_and_closing_notes(top: str, bottom: str, names: list[str]) -> None:
    page = _page(f"<article><h1>Flood gates open</h1>{top}{_ps(STORY)}{bottom}</article>")
    assert clean_html(page).metadata.authors == names


def test_a_story_about_a_reporter_does_not_make_her_the_author() -> None:
    story = [
        "Rafe Idowu is a reporter who covered the first flood gates when they opened in 1998.",
        *STORY,
    ]
    page = _page(f"<article><h1>Flood gates open</h1>{_ps(story)}</article>")
    assert clean_html(page).metadata.authors == []


def test_a_marked_headline_is_the_title_when_the_page_has_no_h1() -> None:
    body = (
        '<div class="story"><p class="body"><span class="headline entry-title">'
        "Flood gates open after three years of work</span></p>" + _ps(STORY) + "</div>"
    )
    page = _page(body, "<title>News from the River Wire</title>")
    assert clean_html(page).metadata.title == "Flood gates open after three years of work"


def test_the_heading_that_says_exactly_the_declared_title_wins() -> None:
    # the first heading runs the headline and the site's name together; a later one is exact
    body = (
        "<h1><span>Flood gates open</span><a href='/'>River Post Valley</a></h1>"
        f"<article><h3>Flood gates open</h3>{_ps(STORY)}</article>"
    )
    page = _page(body, "<title>Flood gates open » Local » River Post Valley</title>")
    assert clean_html(page).metadata.title == "Flood gates open"


def test_a_pop_up_note_is_not_glued_onto_the_word_before_it() -> None:
    note = (
        "The river authority hired Harbor Works"
        '<span class="note">In the 1990s the firm built the old barrier.</span>'
        " to run the pumps."
    )
    text = _text(
        _page("<article><h1>Gates</h1>" + _ps([*STORY[:2], note, *STORY[2:]]) + "</article>")
    )
    assert "Harbor Works In the 1990s the firm built the old barrier." in text
    assert "WorksIn" not in text


@pytest.mark.parametrize(
    ("markup", "word"),
    [("the new i<b>Phone</b> sold", "iPhone"), ("lunch at Mc<span>Donald</span>s", "McDonalds")],
)
def test_one_word_across_elements_stays_one_word(markup: str, word: str) -> None:
    text = _text(
        _page("<article><h1>Gates</h1>" + _ps([*STORY[:2], markup, *STORY[2:]]) + "</article>")
    )
    assert word in text


#: Author markup shapes, written for this test: meta tags of other vocabularies, token lists in
#: ``itemprop``/``rel``, an ``<author>`` element, labels, and what a name carries around it.
@pytest.mark.parametrize(
    ("head", "body", "authors"),
    [
        ('<meta name="citation_author" content="Lind, Mara"/>', "", ["Mara Lind"]),
        ('<meta property="og:author" content="Mara Lind"/>', "", ["Mara Lind"]),
        ('<meta name="author" content="Mara Lind 🌟"/>', "", ["Mara Lind"]),
        (
            "",
            '<span itemprop="author name">Mara Lind, Olek Sand</span>',
            ["Mara Lind", "Olek Sand"],
        ),
        ("", '<a rel="author external" href="/x">Mara Lind</a>', ["Mara Lind"]),
        ("", "<author>Mara Lind</author>", ["Mara Lind"]),
        ("", '<div class="submitted">Submitted by <a>Mara Lind</a></div>', ["Mara Lind"]),
        ("", '<span id="author">Mara_Lind</span>', ["Mara Lind"]),
        ("", '<a class="author">Mara Lind for The Harbour Ledger</a>', ["Mara Lind"]),
        ("", '<a class="author">Mara Lind für Hafenblatt</a>', ["Mara Lind"]),
        ("", '<a rel="author" href="/x">Mara "Scoop" Lind</a>', ["Mara Lind"]),
        ("", '<a rel="author" href="/x">Sean O\'Neill</a>', ["Sean O'Neill"]),
        # a quotation's author and a sidebar's author box are not the article's byline
        (
            "",
            '<div class="quote"><p>Words.</p><p class="quote-author">Mara Lind</p></div>',
            [],
        ),
        ("", '<div class="sidebar"><div class="author">Mara Lind</div></div>', []),
        ("", '<blockquote><span class="author">Mara Lind</span></blockquote>', []),
        # whole class names only: a page "withSidebar" still holds the byline
        (
            "",
            '<div class="detailBody withSidebar"><span class="authorText">Mara Lind</span></div>',
            ["Mara Lind"],
        ),
    ],
)
def test_author_markup_shapes(head: str, body: str, authors: list[str]) -> None:
    page = f"<html><head>{head}</head><body>{body}<p>Body text.</p></body></html>"
    assert clean_html(page).metadata.authors == authors


def test_paragraphs_marked_paywall_are_the_gated_article_and_the_prompt_goes() -> None:
    # publishers put the same class on the paragraphs behind a paywall and on the box that asks
    # readers to pay: the text tells them apart
    opening = (
        "The harbour board approved the new crane schedule on Tuesday after a long debate "
        "about night shifts and noise along the waterfront."
    )
    gated = [
        "Container volumes rose 12% last month to 48,000 boxes, the board said in its report.",
        "Dock workers said the new shifts would start in March and run until the autumn.",
        "The board expects to publish the next figures at the end of the quarter.",
    ]
    body = (
        "<article><h1>Cranes at night</h1>"
        f'<div class="body"><p>{opening}</p>'
        + "".join(f'<p class="paywall">{p}</p>' for p in gated)
        + '<div class="paywall-prompt"><p class="paywall">Subscribe now to keep reading: '
        "unlimited access for $1 per week.</p></div></div></article>"
    )
    text = _text(_page(body))
    assert all(p in text for p in [opening, *gated])
    assert "Subscribe now" not in text


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Ana Lind, Wednesday, 20 November 2019 08:05 GMT", True),
        ("By Tom Becker | Nov. 18, 2019", True),
        ("by Regan Ford May 3, 2014", True),
        ("By March 3, 2019, the firm had cut 40 jobs.", False),
        ("By Tuesday, 20 people had left the harbor.", False),
        ("By May 2020 the fund had grown to $4 million.", False),
        ("By the end of 2019, sales had risen 5%.", False),
    ],
)
def test_a_byline_with_its_date_is_an_author_note(line: str, byline: bool) -> None:
    assert is_author_note(line) is byline
