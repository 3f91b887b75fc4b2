"""The cleaner's thresholds are data: one frozen record, every number with its reason."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from newsfacts.clean import thresholds
from newsfacts.clean.thresholds import CLEANER, CleanerThresholds


def test_every_threshold_says_why_it_is_there() -> None:
    lines = inspect.getsource(CleanerThresholds).splitlines()
    for field in dataclasses.fields(CleanerThresholds):
        at = next(i for i, line in enumerate(lines) if line.strip().startswith(f"{field.name}:"))
        assert lines[at - 1].strip().startswith("#:"), f"{field.name} has no reason above it"


def test_the_thresholds_cannot_be_changed_in_place() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        CLEANER.paragraph_chars = 10  # type: ignore[misc]


def test_the_cleaner_reads_its_numbers_from_the_record() -> None:
    import newsfacts.clean.html as html

    source = inspect.getsource(html)
    assert "_T." in source
    assert thresholds.CLEANER is html._T
