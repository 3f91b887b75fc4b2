"""Fuzzing with hypothesis: arbitrary bytes and mutated fixture pages against the input stages.

The cleaner (bytes -> RawPage -> CleanDocument), the number parser, the mention scanner and the
date resolver may return anything or raise a newsfacts error, nothing else, and must finish within
the per-example deadline. ``bench/fuzz_atheris.py`` runs the same targets under atheris
(coverage-guided) for longer.

Example counts are modest so the suite stays fast; ``FUZZ_EXAMPLES`` raises them for a long run.
"""

from __future__ import annotations

import datetime as dt
import gzip
import math
import os
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from tests.conftest import PAGES

from newsfacts.clean import clean_page
from newsfacts.errors import NewsFactsError
from newsfacts.extract.dates import find_dates, parse_day
from newsfacts.extract.mentions import find_mentions
from newsfacts.extract.numbers import parse_digits, parse_number
from newsfacts.pipeline import parse
from newsfacts.settings import Settings
from newsfacts.sources import load_page

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
#: Per example: far above the milliseconds a case takes, far below "hangs".
DEADLINE = dt.timedelta(seconds=10)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=DEADLINE,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SEEDS = [p.read_bytes() for p in sorted(PAGES.glob("*.html"))] + [
    p.read_bytes() for p in sorted(PAGES.glob("*.txt"))
]
LIMITS = Settings(model=None, max_input_bytes=2_000_000, max_dom_depth=200, max_dom_nodes=50_000)

#: Fragments a mutation splices in: markup, entities, encodings' favourite bytes.
SPLICES = [
    b"<",
    b">",
    b"</div>",
    b"<div>" * 50,
    b"<script>",
    b"<!--",
    b"]]>",
    b"<![CDATA[",
    b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
    b"&e;",
    b"&#0;",
    b"&#x110000;",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xc3",
    b"\xe2\x80",
    b"<meta charset='utf-16'>",
    b"<meta charset='x-unknown'>",
    b"<?xml version='1.0' encoding='ebcdic'?>",
    b"9" * 40,
    b"1,000,000.5.5",
    b"April 31\xe2\x80\x9332, 2026",
    b"%%%",
]


@st.composite
def mutated_pages(draw: st.DrawFn) -> bytes:
    """A fixture page with a few random cuts, insertions, splices, flips and repeats."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["cut", "insert", "splice", "flip", "repeat", "truncate"]))
        if op == "cut":
            del data[at : at + draw(st.integers(1, 400))]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif op == "splice":
            data[at:at] = draw(st.sampled_from(SPLICES))
        elif op == "flip" and data:
            data[min(at, len(data) - 1)] ^= draw(st.integers(1, 255))
        elif op == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 200))] * draw(st.integers(2, 20))
        else:
            del data[at:]
    if draw(st.booleans()) and len(data) % 7 == 0:
        return gzip.compress(bytes(data))
    return bytes(data)


def _clean_bytes(data: bytes) -> None:
    try:
        page = load_page(data, path="fuzz.html", settings=LIMITS)
        document = clean_page(page, max_depth=LIMITS.max_dom_depth, max_nodes=LIMITS.max_dom_nodes)
    except NewsFactsError:
        return
    assert isinstance(document.text, str)
    assert "\x00" not in document.text


@FUZZ
@given(st.binary(max_size=4096))
def test_fuzz_cleaner_arbitrary_bytes(data: bytes) -> None:
    _clean_bytes(data)


@FUZZ
@given(mutated_pages())
def test_fuzz_cleaner_mutated_fixture_pages(data: bytes) -> None:
    _clean_bytes(data)


@FUZZ
@given(st.text(max_size=2000))
def test_fuzz_cleaner_arbitrary_text_as_html(text: str) -> None:
    _clean_bytes(("<html><body><p>" + text).encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.text(max_size=200))
def test_fuzz_number_parser_returns_a_finite_decimal_or_none(text: str) -> None:
    for parser in (parse_number, parse_digits):
        value = parser(text)
        assert value is None or (isinstance(value, Decimal) and value.is_finite())
        if value is not None:
            assert math.isfinite(float(value))


@FUZZ
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789 ,.%$€£-–/bnmillionthousandpercentupto")),
        max_size=300,
    )
)
def test_fuzz_mention_scanner_on_numeric_soup(text: str) -> None:
    for mention in find_mentions(text):
        assert 0 <= mention.start <= mention.end <= len(text)
        assert math.isfinite(float(mention.value))


@FUZZ
@given(
    st.text(max_size=400)
    | st.lists(
        st.sampled_from(
            "January April May 13 31 32 2026 1999 Q1 Q3 first half last year next week since "
            "until – - to , . between and Friday mid late early 2025–26 fiscal".split()
        ),
        max_size=60,
    ).map(" ".join),
    st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_fuzz_date_resolver_gives_ordered_ranges(text: str, published: dt.date | None) -> None:
    for mention in find_dates(text, published=published):
        assert 0 <= mention.start <= mention.end <= len(text)
        if mention.last is not None:
            assert mention.first <= mention.last


@FUZZ
@given(st.text(max_size=80), st.dates(min_value=dt.date(1900, 1, 1)))
def test_fuzz_parse_day_returns_a_date_or_none(text: str, base: dt.date) -> None:
    day = parse_day(text, base)
    assert day is None or isinstance(day, dt.date)


@pytest.fixture(scope="module")
def fuzz_nlp(rules_nlp: Language) -> Language:
    return rules_nlp


@settings(
    max_examples=max(20, EXAMPLES // 5),
    deadline=DEADLINE,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(mutated_pages())
def test_fuzz_whole_pipeline_on_mutated_pages(fuzz_nlp: Language, data: bytes) -> None:
    try:
        article = parse(data, nlp=fuzz_nlp, settings=LIMITS)
    except NewsFactsError:
        return
    assert article.status in {"ok", "no_article"}
    for fact in article.facts:
        assert article.text[fact.span[0] : fact.span[1]] == fact.text
    article.model_dump_json()  # serializable, numbers finite


def test_fuzz_seeds_exist() -> None:
    assert SEEDS, f"no fixture pages under {PAGES}"
    assert all(isinstance(seed, bytes) for seed in SEEDS)
    assert Path(PAGES).is_dir()
