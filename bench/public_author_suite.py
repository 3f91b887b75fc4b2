"""Score author extraction on the markup cases of trafilatura's own metadata tests.

trafilatura 2.0.0's source distribution on PyPI ships ``tests/metadata_tests.py``, whose
``test_authors`` holds small pages (meta tags, ``rel=author`` links, byline classes, hCards...)
with the authors trafilatura expects. They are third-party test data, so they are not copied
into this repository: this script downloads the pinned sdist into ``bench/.cache/`` (sha256
checked), reads the case lists from the test's syntax tree (literal strings only; nothing of it
is executed) and scores newsfacts' ``metadata.authors`` and trafilatura's ``extract_metadata``
on them, in the same loop.

Before any code looked at our output on them, the cases were split at random
(``random.seed(20261205)``, half of them) into a development half, whose misses may be read
(``--set dev --failures``), and a blind half scored in aggregate only.

A case is right when the set of names is the expected one (case and spacing ignored; the
expected string is split on ";"). Cases about the function's options (a blacklist) are left out.

    python bench/public_author_suite.py [--set dev|blind|all] [--failures]
"""

from __future__ import annotations

import ast
import re
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_clean_eval import author_miss, miss_line, name_key
from sdist import FETCH_ERRORS, fetch_sdist, halves_parser, parse_halves, split_halves

from newsfacts.clean import clean_page
from newsfacts.sources.raw import load_page

ROOT = Path(__file__).resolve().parents[1]
SDIST = "trafilatura-2.0.0.tar.gz"
SDIST_SHA256 = "ceb7094a6ecc97e72fea73c7dba36714c5c5b577b6470e4520dca893706d6247"
MEMBER = "trafilatura-2.0.0/tests/metadata_tests.py"
SEED = 20261205


def fetch_tests() -> str:
    """The text of the sdist's metadata tests, downloaded on first use."""
    archive = fetch_sdist("trafilatura==2.0.0", SDIST, SDIST_SHA256)
    with tarfile.open(archive) as tar:
        source = tar.extractfile(MEMBER)
        if source is None:
            raise SystemExit(f"{archive}: no {MEMBER}")
        return source.read().decode("utf-8")


_LITERALS = (ast.Constant, ast.JoinedStr, ast.FormattedValue, ast.List, ast.Tuple, ast.Name,
             ast.Load)  # fmt: skip


def _value(node: ast.expr, names: dict[str, str]) -> object:
    """A literal list of (f-)strings, with ``{begin}`` and ``{end}`` filled in; nothing runs."""
    for sub in ast.walk(node):
        if not isinstance(sub, _LITERALS):
            raise ValueError(f"not a literal: {ast.dump(sub)[:60]}")
        if isinstance(sub, ast.Name) and sub.id not in names:
            raise ValueError(f"unknown name {sub.id}")

    def build(n: ast.AST) -> object:
        if isinstance(n, ast.Constant):
            return n.value
        if isinstance(n, ast.Name):
            return names[n.id]
        if isinstance(n, ast.FormattedValue):
            return str(build(n.value))
        if isinstance(n, ast.JoinedStr):
            return "".join(str(build(v)) for v in n.values)
        if isinstance(n, (ast.List, ast.Tuple)):
            return [build(e) for e in n.elts]
        raise ValueError(type(n).__name__)

    return build(node)


def author_cases(source: str) -> list[tuple[str, list[str]]]:
    """(page, expected names) pairs of ``test_authors``, in the order they are written."""
    tree = ast.parse(source)
    func = next(
        n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "test_authors"
    )
    names: dict[str, str] = {}
    pages: list[str] = []
    cases: list[tuple[str, list[str]]] = []
    for stmt in func.body:
        if not isinstance(stmt, ast.Assign):
            continue
        target = stmt.targets[0]
        if isinstance(target, ast.Tuple):  # begin, end = '<html><head>', '</head>...'
            values = _value(stmt.value, names)
            assert isinstance(values, list)
            for t, v in zip(target.elts, values, strict=True):
                assert isinstance(t, ast.Name)
                names[t.id] = str(v)
        elif isinstance(target, ast.Name) and target.id == "htmldocs":
            found = _value(stmt.value, names)
            assert isinstance(found, list)
            pages = [str(p) for p in found]
        elif isinstance(target, ast.Name) and target.id == "expected_authors":
            expected = _value(stmt.value, names)
            assert isinstance(expected, list)
            assert len(expected) == len(pages)
            for page, want in zip(pages, expected, strict=True):
                split = [a.strip() for a in str(want).split(";")] if want else []
                cases.append((page, split))
    return cases


def split(cases: list[tuple[str, list[str]]]) -> dict[str, list[tuple[str, list[str]]]]:
    """The development and blind halves (fixed before any code looked at our output)."""
    return split_halves(cases, SEED)


def main(argv: list[str] | None = None) -> int:
    args = parse_halves(halves_parser(__doc__.split("\n", 1)[0]), argv)
    try:
        source = fetch_tests()
    except FETCH_ERRORS as exc:
        print(f"public_author_suite: skipped, the sdist could not be fetched ({exc})")
        return 0
    cases = split(author_cases(source))[args.set]
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
        print("trafilatura not installed; `make bench` installs the bench extra")
    right: dict[str, list[bool]] = {"newsfacts": [], "trafilatura": []}
    kinds: dict[str, list[str]] = {"newsfacts": [], "trafilatura": []}
    failures = []
    for n, (html, expected) in enumerate(cases):
        want = {name_key(a) for a in expected}
        md = clean_page(load_page(html, kind="html", path=f"case-{n}.html")).metadata
        got = {name_key(a) for a in md.authors}
        right["newsfacts"].append(got == want)
        kinds["newsfacts"].append(author_miss(want, got) or "")
        if args.failures and got != want:
            failures.append(f"  {html[:300]}\n    got {md.authors} want {expected}")
        if trafilatura is not None:
            tm = trafilatura.extract_metadata(html)
            names = {name_key(a) for a in re.split(r";", (tm.author or "") if tm else "") if a}
            right["trafilatura"].append(names == want)
            kinds["trafilatura"].append(author_miss(want, names) or "")
    print(f"{args.set}: {len(cases)} author cases of {MEMBER}")
    for tool, marks in right.items():
        if marks:
            print(f"{tool:14} {sum(marks):>3}/{len(marks)} {sum(marks) / len(marks):.3f}"
                  f"   misses by kind: {miss_line(kinds[tool])}")  # fmt: skip
    if failures:
        print("newsfacts misses (development half):", *failures, sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
