"""Unit tests for the cleaners: ``newsfacts.clean`` (HTML and plain-text) and its metadata."""

from __future__ import annotations

import pytest

from newsfacts.clean import CleanDocument, clean_html, clean_text
from newsfacts.clean.authors import clean_author
from newsfacts.clean.metadata import normalize_published, split_authors
from newsfacts.facts import ArticleMetadata

P1 = (
    "Container traffic through the northern terminal rose for a third straight month, the "
    "operator said on Tuesday, as shipping lines restored routes that had been suspended."
)
P2 = (
    "The terminal handled more cargo than in any month since the expansion opened, and managers "
    "expect the trend to continue into the summer season as new cranes arrive."
)
P3 = (
    "Dock workers said the extra shifts had been welcome, though the union warned that staffing "
    "levels would need to rise if volumes kept growing at this pace."
)


def _page(body: str, head: str = "", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    )


# --------------------------------------------------------------------------- HTML body


def test_clean_html_drops_nav_footer_share_bar_and_ad_slot() -> None:
    markup = _page(
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/biz">Business</a></nav>'
        "<article><h1>Port volumes climb</h1>"
        '<div class="share-bar">Share on Facebook · Share on X · Email this story</div>'
        f"<p>{P1}</p>"
        '<div class="ad-slot">Advertisement: the best cranes money can buy</div>'
        f"<p>{P2}</p></article>"
        "<footer>Copyright 2026 Harbour Ledger. All rights reserved.</footer>"
    )
    doc = clean_html(markup)
    assert doc.paragraphs == (P1, P2)
    assert doc.metadata.title == "Port volumes climb"
    assert "Share" not in doc.text
    assert "Advertisement" not in doc.text
    assert "Copyright" not in doc.text


@pytest.mark.parametrize(
    "block",
    [
        # by class vocabulary
        '<div class="related-stories"><h3>Related</h3><ul>'
        '<li><a href="/a">Dock strike ends after ten days</a></li>'
        '<li><a href="/b">Fuel prices ease at the pump</a></li></ul></div>',
        # by its heading only, no telling class
        "<section><h3>More from Harbour Ledger</h3><ul>"
        '<li><a href="/a">Dock strike ends after ten days</a></li>'
        '<li><a href="/b">Fuel prices ease at the pump</a></li></ul></section>',
        # heading and list loose in the article itself, between paragraphs
        "<h3>Related articles</h3><ul>"
        '<li><a href="/a">Dock strike ends after ten days</a></li>'
        '<li><a href="/b">Fuel prices ease at the pump</a></li></ul>',
    ],
    ids=["class", "heading", "loose-in-article"],
)
def test_clean_html_drops_related_article_lists_between_paragraphs(block: str) -> None:
    markup = _page(f"<article><p>{P1}</p>{block}<p>{P2}</p></article>")
    doc = clean_html(markup)
    assert doc.paragraphs == (P1, P2)
    assert "Dock strike" not in doc.text


@pytest.mark.parametrize(
    "widget",
    [
        '<div id="comments"><h3>Comments (2)</h3>'
        "<p>Great article, thanks a lot for writing this up so clearly!</p></div>",
        '<section class="commentList"><p>I have worked on these docks for thirty years '
        "and I have never seen it this busy.</p></section>",
        '<div class="disqus-thread"><p>Join the discussion and share your view.</p></div>',
    ],
    ids=["id-comments", "camel-case-class", "disqus"],
)
def test_clean_html_drops_the_comments_widget(widget: str) -> None:
    markup = _page(f"<article><p>{P1}</p><p>{P2}</p></article>{widget}")
    doc = clean_html(markup)
    assert doc.paragraphs == (P1, P2)


@pytest.mark.parametrize(
    "attrs",
    ['class="print-only"', 'style="display: none"', "hidden", 'aria-hidden="true"'],
)
def test_clean_html_does_not_duplicate_a_hidden_print_copy(attrs: str) -> None:
    markup = _page(
        f"<article><p>{P1}</p><p>{P2}</p>"
        f"<div {attrs}><p>{P1} Printed edition.</p><p>{P2} Printed edition.</p></div></article>"
    )
    doc = clean_html(markup)
    assert doc.paragraphs == (P1, P2)
    assert "Printed edition" not in doc.text


def test_clean_html_drops_repeated_paragraphs_even_with_other_quotes() -> None:
    quote_curly = "\u201cGrowth is back, and it is here to stay,\u201d the harbour master said."
    quote_plain = '"Growth is back, and it is here to stay," the harbour master said.'
    markup = _page(
        f"<article><p>{P1}</p><p>{quote_curly}</p><p>{P2}</p>"
        f"<p>{P1}</p><p>{quote_plain}</p><p>{P2}</p></article>"
    )
    doc = clean_html(markup)
    assert doc.paragraphs == (P1, quote_curly, P2)
    assert doc.dropped.get("duplicate") == 3


def test_clean_html_picks_the_article_body_over_sidebar_text() -> None:
    markup = _page(
        "<div class='layout'><div class='rail'><p>Most popular: a long list of other things "
        "that readers clicked on today in the other sections.</p></div>"
        f"<div itemprop='articleBody'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div>"
    )
    doc = clean_html(markup)
    assert doc.paragraphs == (P1, P2, P3)


def test_clean_html_drops_inline_promos_and_scripts() -> None:
    markup = _page(
        f"<article><p>{P1}</p><p>Read more: Dock strike ends after ten days</p>"
        "<script>var tracker = 'Ten thousand tonnes';</script>"
        f"<p>{P2}</p></article>"
    )
    doc = clean_html(markup)
    assert doc.paragraphs == (P1, P2)


# --------------------------------------------------------------------------- HTML metadata


JSON_LD = """
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Tanker rates double as routes reopen",
 "datePublished": "2026-03-12T08:30:00Z",
 "author": [{"@type": "Person", "name": "Dana Whitcombe"},
            {"@type": "Person", "name": "Raj Menon"}],
 "publisher": {"@type": "Organization", "name": "Harbour Ledger Group"}}
</script>
"""


def test_clean_html_reads_json_ld_news_article_metadata() -> None:
    head = (
        "<title>Tanker rates double | Harbour Ledger</title>"
        + JSON_LD
        + '<meta property="og:site_name" content="Harbour Ledger">'
        + '<link rel="canonical" href="https://harbourledger.example/2026/03/12/tankers">'
    )
    markup = _page(f"<article><p>{P1}</p><p>{P2}</p></article>", head=head, lang="en-GB")
    meta = clean_html(markup).metadata
    assert meta.title == "Tanker rates double as routes reopen"
    assert meta.published == "2026-03-12T08:30:00+00:00"
    assert meta.authors == ["Dana Whitcombe", "Raj Menon"]
    assert meta.site_name == "Harbour Ledger"  # og:site_name wins over the JSON-LD publisher
    assert meta.canonical_url == "https://harbourledger.example/2026/03/12/tankers"
    assert meta.language == "en"


def test_clean_html_reads_json_ld_inside_a_graph() -> None:
    head = """<script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Harbour Ledger"},
      {"@type": ["NewsArticle"], "headline": "Graph headline",
       "datePublished": "2026-03-12", "author": {"@type": "Person", "name": "Li Wei"}}]}
    </script>"""
    meta = clean_html(_page(f"<article><p>{P1}</p></article>", head=head)).metadata
    assert meta.title == "Graph headline"
    assert meta.published == "2026-03-12"
    assert meta.authors == ["Li Wei"]


def test_clean_html_reads_publisher_name_when_no_site_name_meta() -> None:
    meta = clean_html(_page(f"<article><p>{P1}</p></article>", head=JSON_LD)).metadata
    assert meta.site_name == "Harbour Ledger Group"


def test_clean_html_skips_broken_json_ld() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
        '<meta property="og:title" content="Fallback title">'
    )
    meta = clean_html(_page(f"<article><p>{P1}</p></article>", head=head)).metadata
    assert meta.title == "Fallback title"


def test_clean_html_reads_a_visible_byline() -> None:
    markup = _page(
        "<article><h1>Port volumes climb</h1>"
        '<div class="byline">By Dana Whitcombe and Raj Menon</div>'
        f"<p>{P1}</p><p>{P2}</p></article>"
    )
    meta = clean_html(markup).metadata
    assert meta.authors == ["Dana Whitcombe", "Raj Menon"]


def test_clean_html_reads_meta_author_and_published_time() -> None:
    head = (
        '<meta name="author" content="Dana Whitcombe, Raj Menon">'
        '<meta property="article:published_time" content="2026-03-12T08:30:00+08:00">'
    )
    meta = clean_html(_page(f"<article><p>{P1}</p></article>", head=head)).metadata
    assert meta.authors == ["Dana Whitcombe", "Raj Menon"]
    assert meta.published == "2026-03-12T08:30:00+08:00"
    assert meta.published_date is not None
    assert meta.published_date.isoformat() == "2026-03-12"


def test_clean_html_reads_the_date_from_a_time_element_or_the_url() -> None:
    with_time = _page(f'<article><time datetime="2026-03-11">11 March</time><p>{P1}</p></article>')
    assert clean_html(with_time).metadata.published == "2026-03-11"
    no_date = _page(f"<article><p>{P1}</p></article>")
    url = "https://harbourledger.example/2026/3/9/port-volumes"
    assert clean_html(no_date, url=url).metadata.published == "2026-03-09"
    assert clean_html(no_date).metadata.published is None


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "en"), ("en-GB", "en"), ("zh_CN", "zh"), ("EN-us", "en"), ("", None), ("x1", None)],
)
def test_clean_html_reads_the_primary_language(lang: str, expected: str | None) -> None:
    assert clean_html(_page(f"<p>{P1}</p>", lang=lang)).metadata.language == expected


def test_clean_html_strips_the_site_name_from_a_title_tag() -> None:
    head = (
        "<title>Port volumes climb | Harbour Ledger</title>"
        '<meta property="og:site_name" content="Harbour Ledger">'
    )
    meta = clean_html(_page(f"<div><p>{P1}</p></div>", head=head)).metadata
    assert meta.title == "Port volumes climb"


# --------------------------------------------------------------------------- plain text


def test_clean_text_drops_widget_lines() -> None:
    text = "\n".join(
        ["Port volumes climb", "", "Home", P1, "Comments (0)", "0/500", "Share", P2, "Post"]
    )
    doc = clean_text(text)
    assert doc.paragraphs == (P1, P2)
    assert doc.metadata.title == "Port volumes climb"


def test_clean_text_drops_a_related_article_block() -> None:
    blurb = (
        "Workers returned to the quays on Monday after the union and the operator agreed on a "
        "new pay deal that had been under negotiation for most of the winter and"
    )
    text = "\n".join(
        [
            "Port volumes climb",
            "",
            P1,
            P2,
            "Related article",
            "Dock strike ends after ten days",
            blurb,
            "",
            P3,
        ]
    )
    doc = clean_text(text)
    assert doc.paragraphs == (P1, P2, P3)


def test_clean_text_emits_a_body_captured_twice_only_once() -> None:
    text = "\n".join(["Port volumes climb", "", P1, P2, P3, "", "Share", P1, P2, P3])
    doc = clean_text(text)
    assert doc.paragraphs == (P1, P2, P3)
    assert doc.dropped.get("duplicate") == 3


def test_clean_text_drops_a_headline_followed_by_a_cut_blurb() -> None:
    blurb = (
        "Drivers paid less for diesel this week as wholesale costs fell for a third week in a row, "
        "according to figures published by the national motoring association, which said the"
    )
    assert len(blurb.split()) > 25
    text = "\n".join(["Port volumes climb", "", P1, "Fuel prices ease at the pump", blurb, P2])
    doc = clean_text(text)
    assert doc.paragraphs == (P1, P2)


def test_clean_text_keeps_a_first_line_that_is_a_sentence() -> None:
    doc = clean_text(f"{P1}\n\n{P2}")
    assert doc.metadata.title is None
    assert doc.paragraphs == (P1, P2)


def test_clean_text_sets_url_and_guesses_english() -> None:
    doc = clean_text(f"Port volumes climb\n\n{P1}\n{P2}", url="https://example.com/p")
    assert doc.metadata.canonical_url == "https://example.com/p"
    assert doc.metadata.language == "en"
    assert doc.text == f"{P1}\n\n{P2}"


def test_clean_text_drops_inline_promo_lines() -> None:
    doc = clean_text(f"Port volumes climb\n\n{P1}\nRead more: Dock strike ends\n{P2}")
    assert doc.paragraphs == (P1, P2)


# --------------------------------------------------------------------------- is_article


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        ((P1, P2), True),
        ((P1,), False),  # under 200 characters in all
        (("Short line.",) * 30, False),  # enough text, but no paragraph of 150 characters
        ((P1 + " " + P2, *(["Headline here"] * 80)), False),  # mostly short lines (a headline grid)
        ((P1 + " " + P2, *(["1 Kyle Busch 5040"] * 40)), True),  # a results table under prose
        ((), False),
    ],
)
def test_clean_document_is_article(paragraphs: tuple[str, ...], expected: bool) -> None:
    doc = CleanDocument(paragraphs=paragraphs, metadata=ArticleMetadata())
    assert doc.is_article() is expected


def test_clean_document_paragraph_spans_index_the_text() -> None:
    doc = CleanDocument(paragraphs=(P1, P2), metadata=ArticleMetadata())
    assert [doc.text[s:e] for s, e in doc.paragraph_spans] == [P1, P2]


def test_clean_html_headline_list_page_is_not_an_article() -> None:
    items = "".join(f'<li><a href="/s{i}">Story number {i} headline</a></li>' for i in range(30))
    doc = clean_html(_page(f"<main><ul>{items}</ul></main>"))
    assert not doc.is_article()


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-12", "2026-03-12"),
        ("2026-03-12T08:30:00Z", "2026-03-12T08:30:00+00:00"),
        ("2026-03-12T08:30:00.000Z", "2026-03-12T08:30:00+00:00"),
        ("2026-03-12T08:30:00+08:00", "2026-03-12T08:30:00+08:00"),
        ("2026-03-12 08:30:00+08:00", "2026-03-12T08:30:00+08:00"),
        ("2026-03-12T08:30:00", "2026-03-12"),  # naive: time zone unknown, keep the day
        ("  2026-03-12  ", "2026-03-12"),
        ("Published 2026-03-12 at noon", "2026-03-12"),
        ("March 12, 2026", "2026-03-12"),
        ("12 March 2026", "2026-03-12"),
        ("2026-02-30", None),
        ("March 2026", None),  # no day
        ("not a date", None),
        ("", None),
        ("   ", None),
    ],
)
def test_normalize_published(value: str, expected: str | None) -> None:
    assert normalize_published(value) == expected


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Dana Whitcombe and Raj Menon", ["Dana Whitcombe", "Raj Menon"]),
        ("by dana whitcombe", ["dana whitcombe"]),
        ("Dana Whitcombe, Raj Menon & Li Wei", ["Dana Whitcombe", "Raj Menon", "Li Wei"]),
        ("Andrew Anderson and Sandra Brand", ["Andrew Anderson", "Sandra Brand"]),
        ("Written by: Dana Whitcombe", ["Dana Whitcombe"]),
        ("By Dana Whitcombe | Harbour Ledger", ["Dana Whitcombe"]),
        ("Dana Whitcombe - Staff Reporter", ["Dana Whitcombe"]),
        ("Author: Li Wei; Raj Menon", ["Li Wei", "Raj Menon"]),
        ("By  Dana   Whitcombe ", ["Dana Whitcombe"]),
        ("Staff 2026", []),  # digits are not names
        ("", []),
        ("By", []),  # a bare label is no author
        ("By KATE DAVIDSON", ["Kate Davidson"]),
        ("Ana Ruiz@anaruiz", ["Ana Ruiz"]),  # a glued handle goes
        ("Tom BeckerStaff Writer", ["Tom Becker"]),  # so does a glued job title
        ("Tom Becker, Staff Writer", ["Tom Becker"]),
        ("Ana Ruiz Senior Political Correspondent", ["Ana Ruiz"]),
        ("Text: Ana Ruiz", ["Ana Ruiz"]),
        ("Von Anna Schmidt und Jörg Weber", ["Anna Schmidt", "Jörg Weber"]),
        ("Par Claire Dubois et Marc Petit", ["Claire Dubois", "Marc Petit"]),
        ("Paul Rees, Fatima Noor, The Associated Press", ["Paul Rees", "Fatima Noor"]),
        ("U.S.", []),  # initials are not a person
        ("Editorial Board", []),
        ("Reuters", []),
        ("By Mary McCarthy", ["Mary McCarthy"]),  # a capital inside a name is not a title
        ("J.R. Okafor", ["J.R. Okafor"]),
    ],
)
def test_split_authors(byline: str, names: list[str]) -> None:
    assert split_authors(byline) == names


def test_an_author_who_is_the_site_is_no_author() -> None:
    assert clean_author("Harbour Ledger", not_people=["Harbour Ledger"]) is None
    assert clean_author("Dana Whitcombe", not_people=["Harbour Ledger"]) == "Dana Whitcombe"


def test_json_ld_organization_author_is_not_a_person_and_entities_are_decoded() -> None:
    head = """<script type="application/ld+json">
    {"@type": "NewsArticle", "headline": "Port&#8217;s volumes climb",
     "datePublished": "2026-03-12",
     "author": [{"@type": "Organization", "name": "Harbour Ledger"},
                {"@type": "Person", "name": "Li Wei"}]}
    </script>"""
    meta = clean_html(_page(f"<article><p>{P1}</p></article>", head=head)).metadata
    assert meta.authors == ["Li Wei"]
    assert meta.title == "Port\u2019s volumes climb"


def test_the_headline_as_shown_wins_over_a_close_declared_title() -> None:
    head = (
        '<meta property="og:title" content="Port volumes climb for a third month | Harbour Ledger">'
        '<meta property="og:site_name" content="Harbour Ledger">'
        "<title>Harbour Ledger</title>"
    )
    body = f"<h1>Harbour Ledger</h1><article><h1>Port volumes climb for third month</h1><p>{P1}</p></article>"
    meta = clean_html(_page(body, head=head)).metadata
    assert meta.title == "Port volumes climb for third month"


def test_a_title_that_is_only_the_site_name_is_no_title() -> None:
    head = '<meta property="og:site_name" content="Harbour Ledger"><title>Harbour Ledger</title>'
    meta = clean_html(_page(f"<article><p>{P1}</p></article>", head=head)).metadata
    assert meta.title is None
