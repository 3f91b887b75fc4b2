"""A sentence crowded with facts (a table or a list run together) is read with bounded care.

``Settings.crowded_sentence_facts``: the facts past the first N of one sentence are reported
but take part in no check, and the parser reads no subject for them; the Article says so.
"""

from __future__ import annotations

import newsfacts
from newsfacts import Settings
from newsfacts.extract.grammar import _uncrowded
from newsfacts.validate import crowded_facts

_STORY = (
    "Acme Corp said on Monday that its revenue rose 10% to $110 million in 2025 from $100 "
    "million a year earlier, the company said in a statement released to investors."
)


def _parse(cap: int | None) -> newsfacts.Article:
    settings = Settings(model=None, crowded_sentence_facts=cap)
    return newsfacts.parse(_STORY, settings=settings, published="2026-02-01")


def test_an_ordinary_sentence_is_checked_whole() -> None:
    article = _parse(None)
    assert [(c.rule, c.status) for c in article.checks] == [("pct_change", "consistent")]
    assert article.warnings == []
    assert [(c.rule, c.status) for c in _parse(64).checks] == [("pct_change", "consistent")]


def test_past_the_bound_facts_are_kept_but_take_part_in_no_check() -> None:
    whole, bounded = _parse(None), _parse(2)
    assert [f.text for f in bounded.facts] == [f.text for f in whole.facts]  # nothing dropped
    assert bounded.checks == []
    assert bounded.warnings == [
        "3 facts take part in no check: they come after the first 2 of a sentence (a table or "
        "a list run together: crowded_sentence_facts)"
    ]


def test_a_run_together_list_gives_one_warning_and_no_check() -> None:
    text = "Output rose " + ", ".join(f"{i % 9 + 1}% at plant {i}" for i in range(300)) + "."
    article = newsfacts.parse(text, settings=Settings(model=None), published="2026-02-01")
    assert len(article.facts) == 600  # each percent and its plant number
    assert article.checks == []
    assert article.warnings[0].startswith("536 facts take part in no check")


def test_crowded_facts_are_counted_per_sentence_in_reading_order() -> None:
    facts = _parse(None).facts
    assert crowded_facts(facts, None) == set()
    assert crowded_facts(facts, 3) == {"f4", "f5"}
    assert crowded_facts(facts, 5) == set()


def test_the_parser_reads_the_first_figures_of_each_sentence_only() -> None:
    starts = [0, 100]
    positions = [(5, 6), (10, 12), (20, 22), (105, 107), (30, 31), (110, 111)]
    assert _uncrowded(positions, starts, 2) == [(5, 6), (10, 12), (105, 107), (110, 111)]
    assert _uncrowded(positions, starts, 9) == sorted(positions)
