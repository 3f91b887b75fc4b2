"""The entity ruler's one-pass reading of run-then-suffix patterns (``extract/ruler.py``).

The reference is spaCy's own ``EntityRuler`` with the same patterns: on every sentence below,
written for this test, both must give the same entities with the same labels and pattern ids.
"""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.language import Language

from newsfacts.extract.ruler import RunPattern, run_matches
from newsfacts.settings import default_assets_dir


def _patterns() -> list[dict[str, object]]:
    path = default_assets_dir() / "org_patterns.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _pipeline(factory: str) -> Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe(factory, name="entity_ruler", config={"overwrite_ents": True})
    ruler.add_patterns(_patterns())  # type: ignore[attr-defined]
    return nlp


@pytest.fixture(scope="module")
def both() -> tuple[Language, Language]:
    import newsfacts.extract.ruler  # noqa: F401  (registers the factory)

    return _pipeline("entity_ruler"), _pipeline("newsfacts_entity_ruler")


SENTENCES = [
    "Bellwether Holdings Inc. said on Monday it would buy Corran Energy Group for $2 billion.",
    "The Harbor Pine Trust Bank and the Northfield Teachers Retirement Fund both sold shares.",
    "Shares of Goldman Sachs Group Inc rose after the Federal Reserve Bank of Boston spoke.",
    "the Quiet River Capital Partners Fund",
    "A B C D E F G H I J Holdings Inc Corp Ltd",
    "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Capital Labs",
    "The Rivermouth University Foundation and Lakeside Airlines Group were named.",
    "Acme" + " Inc" * 40,
    "Acme's Acme's Acme's Holdings Inc",
    "He worked at the The Orchard Group, then at Orchard Group Inc. and ORCHARD GROUP INC.",
    "inc corp group Bank bank BANK Capital",
    "Bloomberg reported that Bloomberg LP and the Associated Press Group declined to comment.",
    "Northwind Traders Ltd. (NWT) and the Mercer Street Partners LLC",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_same_entities_as_spacys_ruler(both: tuple[Language, Language], text: str) -> None:
    stock, ours = both
    expected = [(e.start, e.end, e.label_, e.id_) for e in stock(text).ents]
    assert [(e.start, e.end, e.label_, e.id_) for e in ours(text).ents] == expected


def test_a_suffix_name_is_found_with_its_pattern_id(both: tuple[Language, Language]) -> None:
    _, ours = both
    doc = ours("On the news, Bellwether Holdings Inc. opened an office.")
    assert [(e.text, e.id_) for e in doc.ents] == [("Bellwether Holdings Inc.", "corporate-suffix")]


def test_run_patterns_are_read_from_the_pattern_file() -> None:
    runs = [RunPattern.read(p["pattern"]) for p in _patterns()]
    read = [run for run in runs if run is not None]
    assert len(read) == 2
    assert {run.lead for run in read} == {None, "the"}
    assert all(run.most == 8 and "inc" in run.suffixes for run in read)


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "acme"}],
        [{"IS_TITLE": True, "OP": "+"}, {"LOWER": {"IN": ["inc"]}}],
        [{"IS_TITLE": True, "OP": "{1,8}"}, {"LOWER": "inc"}],
        [{"IS_UPPER": True, "OP": "{1,8}"}, {"LOWER": {"IN": ["inc"]}}],
        [{"LOWER": "the"}, {"LOWER": "the"}, {"IS_TITLE": True, "OP": "{1,8}"}, {"LOWER": "x"}],
        [{"IS_TITLE": True, "OP": "{1,8}"}, {"LOWER": {"IN": ["inc"]}, "IS_LOWER": True}],
        "Acme Inc",
    ],
)
def test_other_shapes_are_left_to_spacys_matcher(pattern: object) -> None:
    assert RunPattern.read(pattern) is None


def test_every_match_of_the_bounded_run(both: tuple[Language, Language]) -> None:
    _, ours = both
    run = RunPattern(None, frozenset({"the"}), 1, 3, frozenset({"inc"}), True)
    doc = ours.make_doc("x Alpha Beta Gamma Delta Inc y")
    assert sorted(run_matches(doc, run)) == [(2, 6), (3, 6), (4, 6)]
