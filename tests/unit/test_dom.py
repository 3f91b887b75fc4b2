"""The typed element helpers the cleaner reaches lxml through."""

from __future__ import annotations

from lxml import html

from newsfacts.clean.dom import drop_tree, find_all, find_string, find_strings, text_of

PAGE = (
    "<html lang='en'><head><title> Port volumes </title>"
    "<meta property='og:site_name' content='Harbour Daily'></head>"
    "<body><div id='a'><p>Ships <b>docked</b> early.</p><!-- note --><aside>Ad</aside>tail"
    "</div></body></html>"
)


def test_text_of_reads_descendants_but_not_comments() -> None:
    tree = html.fromstring(PAGE)
    (div,) = find_all(tree, "//div[@id='a']")
    assert text_of(div) == "Ships docked early.Adtail"


def test_drop_tree_keeps_the_tail_text() -> None:
    tree = html.fromstring(PAGE)
    (aside,) = find_all(tree, "//aside")
    drop_tree(aside)
    (div,) = find_all(tree, "//div")
    assert text_of(div) == "Ships docked early.tail"


def test_find_all_keeps_elements_only() -> None:
    tree = html.fromstring(PAGE)
    assert [el.tag for el in find_all(tree, "//p | //p/text() | //meta/@content")] == ["p"]


def test_find_strings_and_find_string() -> None:
    tree = html.fromstring(PAGE)
    assert find_strings(tree, "//meta[@property='og:site_name']/@content") == ["Harbour Daily"]
    assert find_strings(tree, "//p") == []
    assert find_string(tree, "string(//title)") == " Port volumes "
    assert find_string(tree, "string(//h1)") == ""
    assert find_string(tree, "count(//p)") == ""
