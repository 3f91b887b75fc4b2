"""The model's recogniser reads only the stretches that may hold a name (``name_windows``)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsfacts import Settings
from newsfacts.extract import load_nlp
from newsfacts.extract.name_windows import WINDOW, NameWindows, name_windows


def _sentences(nlp: Language, text: str) -> Doc:
    with nlp.select_pipes(enable=["sentencizer", "newsfacts_paragraph_breaks"]):
        return nlp(text)


def _read(nlp: Language, text: str) -> list[str]:
    doc = _sentences(nlp, text)
    return [doc[a:b].text for a, b in name_windows(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "the crates weigh 5 kg and the boxes 7 kg.",
        "prices rose 4% in May and fell 2% on Tuesday.",  # calendar words name nothing here
        "The company said it would cut 300 jobs.",  # a stop word opening the sentence
        "“The plan works,” she said. But it cost $4 million.",  # after a quotation mark too
        "Sales rose 5% to $3 billion. Its sales had fallen.",  # written lower case elsewhere
        "I think 40% is too much.",
    ],
)
def test_text_without_a_name_is_not_read(nlp: Language, text: str) -> None:
    assert _read(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Shares of the carrier rose 4% after Northwind Freight said it would cut costs.",
            "Northwind",
        ),
        ("Sales rose 5% to $3 billion, the company said.", "Sales"),  # a word only ever capitalised
        ("The deal values Harbor Bank at $2 billion.", "Harbor Bank"),
        ("the unit sold its eBay stake for $40 million.", "eBay"),
    ],
)
def test_a_capitalised_word_is_read_with_its_window(nlp: Language, text: str, name: str) -> None:
    doc = _sentences(nlp, text)
    ranges = name_windows(doc)
    assert any(name in doc[a:b].text for a, b in ranges)


def test_windows_close_together_are_one_and_stay_in_their_sentence(nlp: Language) -> None:
    text = (
        "Alder Mills and Birch Textiles merged in a deal worth $3 billion that the two firms "
        "had talked about for nearly eleven years before the boards agreed on the price in "
        "the end. Then Cedar Works bid."
    )
    doc = _sentences(nlp, text)
    ranges = name_windows(doc)
    read = [doc[a:b].text for a, b in ranges]
    assert read[0].startswith("Alder Mills and Birch Textiles")  # one window over both names
    first_sentence_end = next(iter(doc.sents)).end
    assert all(b <= first_sentence_end or a >= first_sentence_end for a, b in ranges)
    assert any("Cedar Works" in r for r in read)
    assert not any("boards agreed" in r for r in read)  # the long lower-case stretch is skipped


def test_a_long_stretch_is_cut_into_pieces(nlp: Language) -> None:
    doc = _sentences(nlp, "Acme" + " Inc" * 300)
    ranges = name_windows(doc, most=100)
    assert all(b - a <= 100 for a, b in ranges)
    assert ranges[0][0] == 0
    assert ranges[-1][1] == len(doc)
    assert all(b == c for (_, b), (c, _) in itertools.pairwise(ranges))


_STORY = """Northwind Freight said on Tuesday it would buy Harbor Logistics for $2.4 billion, the \
largest deal in the carrier's history. Maria Okafor, the chief executive of Northwind, said the \
company expected savings of $150 million a year by 2027.

the two companies together moved 4.1 million containers last year, up 6% from 2022, and \
employed about 18,000 people in 14 countries.

Shares of Harbor Logistics jumped 21% in New York, while the Teamsters union said it would \
study the plan. Analysts at Dunmore Securities called the price "full but fair".

"The combined group will be stronger," Okafor told Reuters. Sales at Northwind rose 3% to \
$9.8 billion in 2023.
"""


def test_the_windows_find_what_the_whole_text_finds(nlp: Language) -> None:
    whole = load_nlp(Settings(ner_name_windows=False))
    assert not isinstance(whole.get_pipe("ner"), NameWindows)
    assert isinstance(nlp.get_pipe("ner"), NameWindows)
    windows = [(e.start_char, e.end_char, e.label_) for e in nlp(_STORY).ents]
    every_word = [(e.start_char, e.end_char, e.label_) for e in whole(_STORY).ents]
    names = {"ORG", "PERSON", "GPE", "PRODUCT", "WORK_OF_ART", "FAC", "NORP", "LOC"}
    assert [e for e in windows if e[2] in names] == [e for e in every_word if e[2] in names]
    assert any(_STORY[s:e] == "Northwind Freight" for s, e, _ in windows)


def test_the_entity_rulers_names_keep_their_pattern(nlp: Language) -> None:
    doc = nlp("The filing names Bellwether Holdings Inc. as the buyer of 12 stores.")
    found = {e.text: e.ent_id_ for e in doc.ents if e.label_ == "ORG"}
    assert found.get("Bellwether Holdings Inc.")  # the ruler's corporate-suffix pattern id


class _Counting:
    """The real recogniser, counting the tokens it is given."""

    def __init__(self, recogniser: NameWindows) -> None:
        assert recogniser.recogniser is not None
        self.inner = recogniser.recogniser
        self.tokens = 0

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        docs = list(stream)
        self.tokens += sum(len(d) for d in docs)
        return self.inner.pipe(docs, batch_size=batch_size)


@contextmanager
def _counted(nlp: Language) -> Iterator[_Counting]:
    """The pipeline's recogniser counting the tokens it is given, inside the block."""
    wrapper = nlp.get_pipe("ner")
    assert isinstance(wrapper, NameWindows)
    counting = _Counting(wrapper)
    inner = wrapper.recogniser
    wrapper.recogniser = counting
    try:
        yield counting
    finally:
        wrapper.recogniser = inner


def test_figures_in_lower_case_cost_the_recogniser_nothing(nlp: Language) -> None:
    with _counted(nlp) as counting:
        text = "the crates weigh 5 kg and the boxes 7 kg. " * 200 + "Then Alder Mills bid."
        doc = nlp(text)
    assert 0 < counting.tokens < 30  # the one sentence with a name, not the 2,600 tokens
    assert "Alder Mills" in {e.text for e in doc.ents}
    assert len(doc) > 2_000


def test_a_document_without_sentences_is_one_sentence(nlp: Language) -> None:
    doc = nlp.make_doc("so shares of the small Alder Mills rose 4% on the news")
    assert WINDOW == 1  # one token either side of each capitalised word
    assert [doc[a:b].text for a, b in name_windows(doc)] == ["small Alder Mills rose"]
    wider = name_windows(doc, window=2)
    assert [doc[a:b].text for a, b in wider] == ["the small Alder Mills rose 4"]


def test_the_lower_case_words_inside_a_name_are_in_its_window(nlp: Language) -> None:
    """Each lower-case word of a name stands next to a capitalised one: one token either side
    reads the whole name."""
    text = "a gift to the Society for the Prevention of Cruelty to Animals was welcome"
    doc = nlp.make_doc(text)
    assert [doc[a:b].text for a, b in name_windows(doc)] == [
        "the Society for the Prevention of Cruelty to Animals was"
    ]


def test_the_wrapper_answers_for_the_recogniser(nlp: Language) -> None:
    ner = nlp.get_pipe("ner")
    assert isinstance(ner, NameWindows)
    assert "ORG" in ner.labels  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        ner.no_such_attribute  # noqa: B018


def test_a_long_stretch_is_cut_at_sentence_starts(nlp: Language) -> None:
    text = "Alder Mills met Birch Textiles and Cedar Works in Dover Port. " * 40
    doc = _sentences(nlp, text)
    ranges = name_windows(doc, most=50)
    starts = {s.start for s in doc.sents}
    assert all(b - a <= 50 for a, b in ranges)
    assert all(b == c for (_, b), (c, _) in itertools.pairwise(ranges))  # no token left out
    assert all(a in starts for a, _ in ranges[1:])  # each cut where a sentence begins


def test_a_stretch_without_sentences_is_cut_before_a_lower_case_word(nlp: Language) -> None:
    doc = nlp.make_doc("Acme's " * 200)
    ranges = name_windows(doc, most=41)
    assert all(doc[a].text == "'s" for a, _ in ranges[1:])
    assert len({b - a for a, b in ranges[1:-1]}) == 1  # the same cut each time: the same pieces


def test_a_repeated_piece_is_read_once_and_gives_the_same_names(nlp: Language) -> None:
    sentence = "Alder Mills met Birch Textiles and Cedar Works in Dover Port on the deal. "
    with _counted(nlp) as counting:
        doc = nlp(sentence * 300)
    assert len(doc) > 4_000
    assert counting.tokens < 1_500  # a few pieces, not the whole text
    per_copy = len(nlp.make_doc(sentence))
    names = [(e.start % per_copy, e.end - e.start, e.label_) for e in doc.ents]
    first = {(e.start, e.end - e.start, e.label_) for e in doc.ents if e.end <= per_copy}
    assert first
    assert set(names) == first  # every copy has the first copy's names
    assert len(names) == len(first) * 300


def test_what_one_page_gave_is_not_reused_for_another(nlp: Language) -> None:
    text = "Alder Mills met Birch Textiles in Dover Port. " * 3
    with _counted(nlp) as counting:
        nlp(text)
        first = counting.tokens
        nlp(text)
        list(nlp.pipe([text, text]))
    assert first > 0
    assert counting.tokens == 4 * first  # each page read in full, the same page too


def test_a_margin_stops_at_a_paragraph_break(nlp: Language) -> None:
    from newsfacts.extract.name_windows import _pieces

    text = "the plan was agreed on the day.\n\nAlder Mills said it\n\nwould sell the unit."
    doc = _sentences(nlp, text)
    name = next(t.i for t in doc if t.text == "Alder")
    (_, start, end, piece), *_ = _pieces(doc, [(name, name + 2)])
    assert (start, end) == (name, name + 2)
    # before: the break and the word before it, as the whole text shows them; after: up to
    # the next break
    assert piece.text == ".\n\nAlder Mills said it"
