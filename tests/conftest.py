"""Shared fixtures: the loaded pipeline (once per session), fixture and shared-material paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsfacts.extract import load_nlp
from newsfacts.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
PAGES = FIXTURES / "pages"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp(Settings())


@pytest.fixture(scope="session")
def rules_nlp() -> Language:
    return load_nlp(Settings(model=None))


@pytest.fixture(scope="session")
def shared_seed() -> Path:
    seed = SHARED / "seed"
    if not seed.is_dir():
        pytest.skip(f"shared seed material not found at {seed}")
    return seed
