"""The cleaner's thresholds: one frozen record, each number with the reason it is there.

They were set on the development pages (aeb-dev, trafilatura-realworld, the news pool's
development half) and are checked by the evaluation gate (``bench/baseline.json``); change one
and run ``python bench/gate.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CLEANER", "CleanerThresholds"]


@dataclass(frozen=True, slots=True)
class CleanerThresholds:
    """Numbers the HTML cleaner decides by (characters, shares of prose or of link text)."""

    #: List items vote for the container only on pages with less paragraph prose than this.
    items_vote_below: int = 500
    #: A block named as furniture only by weak words (see ``html._tokens``) is furniture when it
    #: holds less prose than this (an author blurb, not a report's conclusion section).
    weak_class_max_prose: int = 400
    #: An id of this many parts or more is a slug of words, not a name for a kind of block.
    slug_parts: int = 4
    #: An ``<aside>`` holding at least this share of the page's prose is the article, not a sidebar.
    aside_article_share: float = 0.5
    #: Paragraphs inside flagged furniture are ignored when the container is chosen, unless the
    #: prose outside furniture is less than this share of all prose or this many characters.
    unflagged_min_share: float = 0.1
    #: ... or less than this many characters of prose.
    unflagged_min_chars: int = 400
    #: Only the head of a page is searched for a doctype (bounded work on hostile input).
    prolog_chars: int = 100_000
    #: A lead box longer than this is not a standfirst but (part of) the article.
    dek_chars: int = 600
    #: A block that links the headline's story this many times is its card.
    card_links: int = 2
    #: A story card holds less text than this (a headline, a date, a one-line teaser).
    card_max_chars: int = 400
    #: A paragraph opens like a description when this many letters and digits of both agree.
    lead_key_chars: int = 60
    #: The body's first paragraph has at least this many characters of prose (datelines,
    #: bylines and kickers before it are shorter).
    first_paragraph: int = 80
    #: A heading longer than this is a paragraph set in a heading tag, not a title.
    max_title_chars: int = 300
    #: The texts between the headline and the body read for a dateline or byline: at most this
    #: many ...
    dateline_lines: int = 60
    #: ... each at most this long.
    dateline_chars: int = 120
    #: Characters of body prose that must precede a heading for it to start an appended story.
    story_before: int = 500
    #: A class repeated more often than this is a list of cards, not one article's sections.
    max_twins: int = 30
    #: A repeated block joins the body with at least this much prose of its own.
    twin_prose: int = 25
    #: A flagged block inside the container holding this share of its prose is the article itself.
    holds_article_share: float = 0.3
    #: A paragraph mostly made of link text is a link list, unless it reads as linked prose.
    link_list_density: float = 0.5
    #: An inline promo line ("Read more: ...") is dropped with more than this share of link text ...
    promo_density: float = 0.2
    #: ... or shorter than this.
    promo_chars: int = 200
    #: A UTC hour before which a story may still be the previous day's, local time (UTC-8..-5).
    west_before: int = 8
    #: A UTC hour from which a story may already be the next day's, local time (UTC+9..+10).
    east_from: int = 15
    #: A paragraph or list item counts as prose with at least this many characters.
    paragraph_chars: int = 25
    #: A <div>, <td> or <span> is a paragraph when its own text (not its children's) is this long.
    own_text_chars: int = 80
    #: A hidden element holding this share of the prose is the article, shown by script: kept.
    hidden_keep_share: float = 0.9
    #: A call-to-action box is at most this long; a longer ancestor is not the box.
    cta_box_max_chars: int = 2000
    #: An ancestor of a call-to-action holding this share of the prose is not the box.
    cta_box_keep_share: float = 0.25
    #: A block under a teaser heading holding this share of the prose is not a teaser block.
    teaser_keep_share: float = 0.2
    #: After a teaser heading, the next block is a teaser when shorter than this ...
    teaser_follower_chars: int = 300
    #: ... or when more than this share of it is link text.
    teaser_follower_links: float = 0.5
    #: A short paragraph sharing this share of its 4-grams with the long ones is a pull quote.
    pull_quote_share: float = 0.7
    #: Paragraphs at least this long are the body a pull quote repeats; shorter ones may be one.
    pull_quote_chars: int = 300


#: The thresholds the cleaner uses.
CLEANER = CleanerThresholds()
