"""The newsfacts_kinds component: a fact kind's own finder, from its match to its fact."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

import pytest
import spacy
from spacy.language import Language

from newsfacts import OrganizationFact, extract_text
from newsfacts.errors import ModelError
from newsfacts.extract.components import SPAN_KEY, KindMention, KindsComponent
from newsfacts.facts import FACT_KINDS


def find_ratios(text: str) -> Iterator[tuple[int, int, Mapping[str, object]]]:
    """A test finder: "3:1" and "12" (which the numbers component takes first)."""
    for match in re.finditer(r"\d+:\d+|\b12\b", text):
        yield match.start(), match.end(), {"reading": match.group()}


def find_guilds(text: str) -> Iterator[tuple[int, int, Mapping[str, object]]]:
    """A test finder of organizations by rule, through the table's row of ``organization``."""
    for match in re.finditer(r"\b[A-Z]\w+ Guild\b", text):
        span = [match.start(), match.end()]
        yield match.start(), match.end(), {"name": match.group(), "mentions": [span]}


def _pipeline(finders: dict[str, str]) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsfacts_dates")
    nlp.add_pipe("newsfacts_numbers")
    nlp.add_pipe("newsfacts_kinds", config={"finders": finders})
    return nlp


def test_kinds_component_adds_matches_the_built_in_components_left() -> None:
    nlp = _pipeline({"ratio": f"{__name__}:find_ratios"})
    # (with a ratio word, "Odds of 3:1", the numbers component reads the odds itself)
    doc = nlp("A blend of 3:1 was offered on 12 apples.")
    found = [(s.text, s.label_, s._.newsfacts) for s in doc.spans[SPAN_KEY]]
    assert ("3:1", "RATIO", KindMention("ratio", 11, 14, {"reading": "3:1"})) in found
    assert [label for text, label, _ in found if "12" in text] == ["QUANTITY"]


def test_kinds_component_match_becomes_the_fact_of_its_table_row() -> None:
    nlp = _pipeline({"organization": f"{__name__}:find_guilds"})
    article = extract_text("The Weavers Guild met on Tuesday to set dues.", nlp=nlp)
    (guild,) = [f for f in article.facts if isinstance(f, OrganizationFact)]
    assert (guild.text, guild.name, guild.mentions) == ("Weavers Guild", "Weavers Guild", [(4, 17)])


@pytest.mark.parametrize("path", ["no_such_module:find", f"{__name__}:no_such_finder", "bare"])
def test_kinds_component_unloadable_finder_raises_model_error(path: str) -> None:
    with pytest.raises(ModelError, match="fact finder"):
        KindsComponent({"ratio": path})


def test_kinds_component_every_finder_of_the_table_loads() -> None:
    component = KindsComponent({k.label: k.finder for k in FACT_KINDS if k.finder})
    assert all(callable(finder) for finder in component.finders.values())
