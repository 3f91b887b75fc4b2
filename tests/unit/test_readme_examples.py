"""Every Python example of the README runs as written (issue 18 item 16).

Each ```python block is executed in a fresh namespace, from a temporary folder that holds what
the examples name: the fixture pages under ``tests/fixtures/pages/``, a real WARC file
``crawl.warc.gz`` of two of them, and for the query examples a batch run's Parquet output. A block that raises fails the test with its number.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from tests.conftest import PAGES, ROOT
from tests.unit.batch_archive import warc_response, write_warc_gz

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def _blocks() -> list[str]:
    return _BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_readme_has_python_examples() -> None:
    assert len(_blocks()) >= 3


@pytest.mark.parametrize("number", range(len(_blocks())))
def test_a_readme_example_runs_as_written(
    number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = tmp_path / "tests" / "fixtures" / "pages"
    shutil.copytree(PAGES, pages)
    crawl = [
        warc_response(f"https://harbourledger.example/{p.stem}", p.read_bytes())
        for p in sorted(pages.glob("harbourledger__*.html"))[:2]
    ]
    write_warc_gz(tmp_path / "crawl.warc.gz", crawl)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", os.environ.get("OPENBLAS_NUM_THREADS", "1"))
    code = _blocks()[number]
    if "facts/*.parquet" in code:  # the query examples read a batch run's Parquet output
        from tests.unit.test_duckdb_queries import ITEMS

        from newsfacts import Settings
        from newsfacts.batch.local import run_local

        items = tmp_path / "items.jsonl"
        items.write_text("\n".join(json.dumps(i) for i in ITEMS) + "\n", encoding="utf-8")
        run_local([items], "facts", workers=1, fmt="parquet", settings=Settings(model=None))
    exec(compile(code, f"README.md python block {number + 1}", "exec"), {"__name__": "__readme__"})
