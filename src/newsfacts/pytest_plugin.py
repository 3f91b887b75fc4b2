"""pytest plugin: every saved page of a folder becomes a test item with a fact-aware diff.

    pytest --newsfacts-pages tests/pages              # compare with <page>.facts.json
    pytest --newsfacts-pages tests/pages --newsfacts-update   # bless the current output

Registered through the ``pytest11`` entry point; it imports spaCy only when a page runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

__all__ = ["NewsfactsPageItem", "PageMismatch"]

_NLP_KEY = pytest.StashKey[Any]()


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add the ``--newsfacts-*`` options."""
    group = parser.getgroup("newsfacts", "regression tests for saved news pages")
    group.addoption(
        "--newsfacts-pages",
        action="append",
        default=[],
        metavar="DIR",
        help="a folder of saved pages to test against their <page>.facts.json (repeatable)",
    )
    group.addoption(
        "--newsfacts-update",
        action="store_true",
        default=False,
        help="write the golden files instead of failing on differences",
    )
    group.addoption(
        "--newsfacts-tolerance",
        type=float,
        default=1e-6,
        metavar="REL",
        help="relative tolerance for numbers",
    )


class PageMismatch(Exception):
    """A page differs from its golden file or breaks one of its expectations."""

    def __init__(self, report: str) -> None:
        super().__init__(report)
        self.report = report


class NewsfactsPageItem(pytest.Item):
    """One saved page compared with its golden facts file."""

    def __init__(self, *, page: Path, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.page = page

    def runtest(self) -> None:
        """Parse the page and compare (or update) its golden file."""
        from newsfacts.extract import load_nlp
        from newsfacts.regress import run_page

        stash = self.config.stash
        if _NLP_KEY not in stash:
            stash[_NLP_KEY] = load_nlp()
        result = run_page(
            self.page,
            nlp=stash[_NLP_KEY],
            update=bool(self.config.getoption("newsfacts_update")),
            tolerance=float(self.config.getoption("newsfacts_tolerance")),
        )
        if not result.ok:
            hint = (
                "\nno golden file yet" if result.status == "new" else ""
            ) + "\nrun with --newsfacts-update to bless intended changes (expectations still apply)"
            raise PageMismatch(result.report() + hint)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        """Show the fact-aware diff instead of a traceback."""
        if isinstance(excinfo.value, PageMismatch):
            return excinfo.value.report
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Where the item comes from."""
        return self.page, None, f"newsfacts page {self.page.name}"


class NewsfactsPages(pytest.Collector):
    """The saved pages of one folder."""

    def collect(self) -> list[pytest.Item]:
        """One item per page."""
        from newsfacts.regress import find_pages

        return [
            NewsfactsPageItem.from_parent(self, name=page.name, page=page)
            for page in find_pages(self.path)
        ]


def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    """Append one item per saved page of every ``--newsfacts-pages`` folder."""
    for folder in config.getoption("newsfacts_pages"):
        path = Path(folder).resolve()
        collector = NewsfactsPages.from_parent(session, name=f"newsfacts:{folder}", path=path)
        items.extend(collector.collect())
