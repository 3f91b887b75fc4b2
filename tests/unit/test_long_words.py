"""The tokenizer's guards against words it would read in quadratic time: the same tokens."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokenizer import Tokenizer

from newsfacts.extract import load_nlp
from newsfacts.extract.nlp import LONGEST_WORD, SUFFIX_REACH, LongWords, TailSuffix
from newsfacts.settings import Settings


def _words(doc: object) -> list[tuple[str, int, str]]:
    return [(t.text, t.idx, t.whitespace_) for t in doc]  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def tokenizers() -> tuple[LongWords, Tokenizer]:
    ours = load_nlp(Settings(model=None)).tokenizer
    assert isinstance(ours, LongWords)
    stock = spacy.blank("en").tokenizer
    stock.infix_finditer = ours.infix_finditer  # our dash infixes on both sides
    return ours, stock


@pytest.mark.parametrize(
    "text",
    [
        "Revenue rose 5% to $3.2bn (from $2.9bn), the company's CFO said...",
        "It ended" + "." * (SUFFIX_REACH + 40) + " then",  # a run of dots longer than the reach
        "wait" + "…" * (SUFFIX_REACH * 2) + "!",
        "the 5km race, 300km², 40°C.) and 12kg?” she said",
        "“" * (SUFFIX_REACH - 1) + "quoted" + "”" * (SUFFIX_REACH + 1),
        "Acme’s" + "’s" * SUFFIX_REACH,
        "x" * (SUFFIX_REACH * 3) + ").",
        "U.S.A. and N.Y.C." + ")" * (LONGEST_WORD - 10),
    ],
)
def test_words_up_to_the_longest_are_tokenized_as_spacy_does(
    tokenizers: tuple[LongWords, Tokenizer], text: str
) -> None:
    ours, stock = tokenizers
    assert _words(ours(text)) == _words(stock(text))


def test_the_tail_search_finds_the_suffix_the_whole_search_finds() -> None:
    pattern = spacy.blank("en").tokenizer.suffix_search.__self__  # type: ignore[union-attr]
    tail = TailSuffix(pattern)
    words = ["abc" + "." * n for n in range(0, 3 * SUFFIX_REACH, 7)]
    words += ["x" * SUFFIX_REACH + s for s in ["'s", "km", "%", ")", "”", "—", "+", "$"]]
    words += ["5" * (SUFFIX_REACH - 1) + "km", "5" * SUFFIX_REACH + "km", "A" * 70 + "B."]
    for word in words:
        found, whole = tail(word), pattern.search(word)
        assert (found and found.span()) == (whole and whole.span()), word


def test_a_longer_run_is_read_in_parts_keeping_the_text(
    tokenizers: tuple[LongWords, Tokenizer],
) -> None:
    ours, _ = tokenizers
    text = "He said " + "”" * (3 * LONGEST_WORD + 17) + " and left."
    doc = ours(text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t)] == t.text for t in doc)
    assert [t.text for t in doc][:2] == ["He", "said"]
    assert [t.text for t in doc][-3:] == ["and", "left", "."]
    assert re.fullmatch("”+", "".join(t.text for t in doc[2:-3]))
