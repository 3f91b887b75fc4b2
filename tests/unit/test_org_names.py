"""Folding an article's names for one organization, and counting its mentions (plain strings)."""

from __future__ import annotations

import pytest

from newsfacts.extract.intervals import Intervals
from newsfacts.extract.org_names import (
    OrgGroup,
    count_mentions,
    fold_names,
    initials,
    short_form,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Canadian Real Estate Association", "CREA"),
        ("Bank of Canada", "BC"),
        ("Halden Holdings Inc.", "HHI"),
        ("Citizens for Responsibility and Ethics in Washington", "CREW"),
    ],
)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Halden Holdings Inc.", "Halden"),
        ("Vantor Corp.", "Vantor"),
        ("Comcast Foundation", None),  # the company and its foundation are two organizations
        ("Fox News", None),
        ("Group Halden", None),
        ("Halden", None),
        ("Ox Ltd", None),  # too short to search for
    ],
)
def test_short_form(name: str, expected: str | None) -> None:
    assert short_form(name) == expected


def _names(groups: list[OrgGroup]) -> list[tuple[str, list[str]]]:
    return [(g.name, sorted(g.aliases)) for g in groups]


def test_fold_short_forms_into_the_longest_name() -> None:
    groups = [
        OrgGroup("Halden", [(0, 6)]),
        OrgGroup("Halden Holdings Inc.", [(40, 60)]),
        OrgGroup("HHI", [(90, 93)]),
        OrgGroup("Comcast", [(120, 127)]),
        OrgGroup("Comcast Foundation", [(150, 168)]),
    ]
    folded = fold_names(groups)
    assert _names(folded) == [
        ("Halden Holdings Inc.", ["HHI", "Halden"]),
        ("Comcast", []),
        ("Comcast Foundation", []),
    ]
    assert folded[0].mentions == [(0, 6), (40, 60), (90, 93)]


def test_fold_acronym() -> None:
    groups = [
        OrgGroup("Canadian Real Estate Association", [(10, 42)]),
        OrgGroup("CREA", [(44, 48)]),
        OrgGroup("CRA", [(60, 63)]),  # not its initials: another organization
    ]
    assert _names(fold_names(groups)) == [
        ("Canadian Real Estate Association", ["CREA"]),
        ("CRA", []),
    ]


TEXT = (
    "Halden Holdings Inc. reported on Monday. Halden's board met twice. "
    "The Halden-Voss merger closed. Haldenberg is a town. A Halden lawyer spoke."
)


def test_count_possessive_and_hyphenated_mentions() -> None:
    group = OrgGroup("Halden Holdings Inc.", [(0, 20)])
    count_mentions([group], TEXT, lambda s, e: False)
    found = [TEXT[s:e] for s, e in group.mentions]
    assert found == ["Halden Holdings Inc.", "Halden", "Halden", "Halden"]  # not "Haldenberg"


def test_count_skips_what_is_taken() -> None:
    group = OrgGroup("Halden Holdings Inc.", [(0, 20)])
    at = TEXT.index("Halden-Voss")
    count_mentions([group], TEXT, lambda s, e: s < at + 11 and at < e)  # another entity
    found = [s for s, _ in group.mentions]
    assert at not in found
    assert len(found) == 3


def test_intervals() -> None:
    spans = Intervals([(10, 20), (30, 40)])
    assert [spans.overlaps(*s) for s in [(15, 16), (5, 11), (39, 50)]] == [True, True, True]
    assert [spans.overlaps(*s) for s in [(20, 30), (0, 10), (40, 41)]] == [False, False, False]
    spans.add(25, 27)
    assert spans.spans() == [(10, 20), (25, 27), (30, 40)]
