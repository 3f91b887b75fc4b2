"""Golden JSON for every fixture page: today's Article must equal the reviewed file.

Regenerate with ``pytest tests/regression --update-golden`` and review the diff like code.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from tests.conftest import FIXTURES, PAGES

from newsfacts.pipeline import parse_page
from newsfacts.sources import load_path

GOLDEN = FIXTURES / "golden"
MANIFEST = tomllib.loads((FIXTURES / "MANIFEST.toml").read_text(encoding="utf-8"))["pages"]
PAGE_FILES = sorted(p for p in PAGES.iterdir() if p.suffix in {".html", ".htm", ".txt"})


def _stable(payload: dict[str, Any]) -> dict[str, Any]:
    """Mask what changes from machine to machine or release to release."""
    payload["source"]["path"] = Path(payload["source"]["path"]).name
    if payload.get("pipeline"):
        payload["pipeline"]["version"] = "<masked>"
    return payload


@pytest.mark.parametrize("page", PAGE_FILES, ids=[p.name for p in PAGE_FILES])
def test_golden_page(page: Path, nlp: Language, update_golden: bool) -> None:
    published = MANIFEST.get(page.name, {}).get("published")
    article = parse_page(load_path(page), published=published, nlp=nlp)
    actual = _stable(article.model_dump(mode="json"))
    golden = GOLDEN / f"{page.name}.json"
    rendered = json.dumps(actual, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(rendered, encoding="utf-8")
        return
    assert golden.exists(), f"no golden file for {page.name}: run pytest --update-golden"
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert actual == expected, (
        f"{page.name} differs from {golden.name}; if the change is intended, run "
        "`pytest tests/regression --update-golden` and review the diff"
    )
