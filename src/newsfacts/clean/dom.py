"""The element type the cleaner works on.

lxml's HTML parser returns ``lxml.html.HtmlElement`` objects, but the stubs type
that class as ``Any``; every HtmlElement is an ``etree._Element``, which the stubs
do type, so the cleaner names elements by that type and reaches the few
HTML-only helpers through the functions here.
"""

from __future__ import annotations

from typing import Any, cast

from lxml import etree

Element = etree._Element


def text_of(el: Element) -> str:
    """The text of an element and all its descendants, as ``HtmlElement.text_content``."""
    return cast("str", cast("Any", el).text_content())


def drop_tree(el: Element) -> None:
    """Remove an element and its children, keeping its tail text in place."""
    cast("Any", el).drop_tree()


def find_all(tree: Element, path: str) -> list[Element]:
    """The elements an XPath expression selects (anything else it selects is left out)."""
    return [n for n in _nodes(tree, path) if isinstance(n, etree._Element)]


def find_strings(tree: Element, path: str) -> list[str]:
    """The attribute values or text nodes an XPath expression selects, as strings."""
    return [str(n) for n in _nodes(tree, path) if isinstance(n, str)]


def find_string(tree: Element, path: str) -> str:
    """The value of an XPath ``string(...)`` expression ('' when it selects nothing)."""
    value = tree.xpath(path)
    return value if isinstance(value, str) else ""


def _nodes(tree: Element, path: str) -> list[object]:
    found = tree.xpath(path)
    return list(found) if isinstance(found, list) else []
