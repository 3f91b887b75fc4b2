"""The README and docs/ cannot go stale unnoticed (issue 18 item 16, issue 19 item 6).

Every ```python block of README.md and of each ``docs/*.md`` is executed in a fresh namespace,
from a temporary folder that holds what the examples name: the fixture pages under
``tests/fixtures/pages/``, a real WARC file ``crawl.warc.gz`` of two of them, and for the query
examples a batch run's Parquet output. A block that raises fails the test named after its file
and number.

Beside the examples: every ``newsfacts SUBCOMMAND`` of a shell example is a subcommand of
``newsfacts --help`` (and every subcommand is shown in one), every relative link points to a file
and heading that exist, and docs/architecture.md has a line for every module of the package.
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

from newsfacts.cli import main

#: The pages whose examples are run and whose links are checked.
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
_SHELL_BLOCK = re.compile(r"^```(?:sh|console)\n(.*?)^```", re.S | re.M)
_ANY_BLOCK = re.compile(r"^```.*?^```", re.S | re.M)
#: ``newsfacts WORD`` where a command starts: a line (after a ``$`` prompt) or after a pipe.
_SUBCOMMAND = re.compile(r"(?:^(?:\$\s+)?|[|;&]\s*)newsfacts\s+([a-z][a-z-]*)", re.M)
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*$", re.M)


def _name(document: Path) -> str:
    return document.relative_to(ROOT).as_posix()


def _examples() -> list[tuple[str, int, str]]:
    """(document, 1-based block number, code) of every Python example."""
    return [
        (_name(doc), number, code)
        for doc in DOCUMENTS
        for number, code in enumerate(_BLOCK.findall(doc.read_text(encoding="utf-8")), start=1)
    ]


def test_the_readme_and_the_docs_have_python_examples() -> None:
    found = {name for name, _, _ in _examples()}
    assert "README.md" in found
    assert any(name.startswith("docs/") for name in found)


@pytest.mark.parametrize(
    ("document", "number", "code"),
    _examples(),
    ids=[f"{name}-{number}" for name, number, _ in _examples()],
)
def test_a_docs_example_runs_as_written(
    document: str, number: int, code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
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
    if "facts/*.parquet" in code:  # the query examples read a batch run's Parquet output
        from tests.unit.test_duckdb_queries import ITEMS

        from newsfacts import Settings
        from newsfacts.batch.local import run_local

        items = tmp_path / "items.jsonl"
        items.write_text("\n".join(json.dumps(i) for i in ITEMS) + "\n", encoding="utf-8")
        run_local([items], "facts", workers=1, fmt="parquet", settings=Settings(model=None))
    exec(compile(code, f"{document} python block {number}", "exec"), {"__name__": "__docs__"})


def _help_subcommands(capsys: pytest.CaptureFixture[str]) -> set[str]:
    assert main(["--help"]) == 0
    listed = re.findall(r"^ {4}([a-z][a-z-]*)(?:\s{2,}|$)", capsys.readouterr().out, re.M)
    return set(listed)


def test_every_subcommand_in_a_shell_example_exists_and_every_one_is_shown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    named: dict[str, str] = {}
    for doc in DOCUMENTS:
        for block in _SHELL_BLOCK.findall(doc.read_text(encoding="utf-8")):
            for subcommand in _SUBCOMMAND.findall(block):
                named.setdefault(subcommand, _name(doc))
    existing = _help_subcommands(capsys)
    assert existing, "no subcommand found in `newsfacts --help`"
    unknown = {name: where for name, where in named.items() if name not in existing}
    assert not unknown, f"shell examples name subcommands that do not exist: {unknown}"
    assert existing <= set(named), f"subcommands without a shell example: {existing - set(named)}"


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(document: Path) -> set[str]:
    text = _ANY_BLOCK.sub("", document.read_text(encoding="utf-8"))
    return {_slug(h) for h in _HEADING.findall(text)}


@pytest.mark.parametrize("document", DOCUMENTS, ids=_name)
def test_every_relative_link_reaches_a_file_and_heading(document: Path) -> None:
    text = _ANY_BLOCK.sub("", document.read_text(encoding="utf-8"))
    broken = []
    for target in _LINK.findall(text):
        if re.match(r"^[a-z]+:", target):
            continue  # http:, https:, mailto:
        path, _, anchor = target.partition("#")
        linked = (document.parent / path).resolve() if path else document
        if not linked.exists():
            broken.append(f"{target}: no file {linked}")
        elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked):
            broken.append(f"{target}: no heading #{anchor} in {_name(linked)}")
    assert not broken, f"{_name(document)}: " + "; ".join(broken)


def test_the_architecture_page_names_every_module() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = ROOT / "src" / "newsfacts"
    missing = [
        module.relative_to(package).as_posix()
        for module in sorted(package.rglob("*.py"))
        if f"- `{module.relative_to(package).as_posix()}`" not in page
    ]
    assert not missing, f"docs/architecture.md has no line for: {missing}"
