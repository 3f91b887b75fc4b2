"""Long documents meet the statistical components in pieces (issue 18, item 2).

The pieces are cut at sentence ends and the entities put back in place, so a document run in
pieces must give exactly the facts it gives when run whole. The memory bound itself is a figure
of ``bench/hostile_sizes.py``, not a unit test.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from spacy.language import Language

import newsfacts.extract as extract
from newsfacts.clean import clean_text
from newsfacts.extract import extract_facts

SENTENCES = [
    "Northwind Freight said on Tuesday that its container volumes rose 12% last month.",
    "Analysts at Fjord Securities expect margins of about 11% by the end of the year.",
    "The Harbour Authority of Lisbon approved a 40 million euro quay extension.",
    "Shares of Brightcup Cafes fell 3.5% after Morgan Stanley cut its rating.",
    "The board of Acme Robotics Inc. met in Oslo to discuss a $2.1 billion bid.",
]


def _long_text(paragraphs: int) -> str:
    return "\n\n".join(
        " ".join(SENTENCES[(i + j) % len(SENTENCES)] for j in range(3)) for i in range(paragraphs)
    )


def _facts(nlp: Language, text: str) -> list[tuple[object, ...]]:
    document = clean_text(text)
    return [(f.kind, f.text, *f.span) for f in extract_facts(document, nlp).facts]


def test_a_long_document_in_pieces_gives_the_facts_of_the_whole(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _long_text(60)
    whole = _facts(nlp, text)  # about 3,000 tokens: under the default piece size, run whole
    assert len(nlp.make_doc(text)) < extract.PIECE_TOKENS
    monkeypatch.setattr(extract, "PIECE_TOKENS", 250)
    pieces = _facts(nlp, text)
    assert pieces == whole
    assert any(kind == "organization" for kind, *_ in whole)


def test_pieces_end_at_sentence_ends(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "PIECE_TOKENS", 100)
    doc = nlp(_long_text(20), disable=["ner"])
    spans = extract._pieces(doc)
    assert spans[0][0] == 0
    assert spans[-1][1] == len(doc)
    ends = {sentence.end for sentence in doc.sents}
    for (_, end), (start, _) in pairwise(spans):
        assert end == start
        assert end in ends
    assert all(end - start <= 100 for start, end in spans)


def test_a_sentence_longer_than_a_piece_is_cut_inside(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extract, "PIECE_TOKENS", 50)
    doc = nlp("Revenue rose " + ", ".join(f"{i}% in region {i}" for i in range(60)) + ".")
    spans = extract._pieces(doc)
    assert len(spans) > 1
    assert all(end - start <= 50 for start, end in spans)
    assert spans[-1][1] == len(doc)


def test_the_batch_path_runs_long_documents_in_pieces_too(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfacts.extract import extract_many

    short, long = clean_text(SENTENCES[0] + " " + SENTENCES[1]), clean_text(_long_text(40))
    expected = [extract_facts(d, nlp).facts for d in (short, long)]
    monkeypatch.setattr(extract, "PIECE_TOKENS", 200)
    results = extract_many([(short, None), (long, None)], nlp)
    assert [r.facts for r in results if not isinstance(r, Exception)] == expected


def test_rules_only_the_entity_ruler_runs_in_pieces_with_the_same_facts(
    rules_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _long_text(60)
    whole = _facts(rules_nlp, text)
    monkeypatch.setattr(extract, "PIECE_TOKENS", 250)
    assert _facts(rules_nlp, text) == whole
    assert any(kind == "organization" for kind, *_ in whole)


def test_pieces_without_a_capital_letter_skip_the_name_networks(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extract, "PIECE_TOKENS", 60)
    lower = " ".join(["the crates weigh 5 kg and the boxes 7 kg."] * 12)
    text = lower + " " + SENTENCES[0] + " " + lower
    doc = nlp.make_doc(text)
    doc = nlp.get_pipe("sentencizer")(doc)
    seen: list[str] = []
    ner = nlp.get_pipe("ner")

    def recognise(piece: object) -> object:
        seen.append(piece.text)  # type: ignore[attr-defined]
        return ner(piece)  # type: ignore[arg-type]

    doc = extract._networks_in_pieces(doc, [("ner", recognise)])
    pieces = extract._pieces(doc)
    assert len(pieces) > 3
    assert seen
    assert all(any(c.isupper() for c in t) for t in seen)
    assert len(seen) < len(pieces)  # the lower-case pieces were not recognised
    assert "Northwind Freight" in {e.text for e in doc.ents}
