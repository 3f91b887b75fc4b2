"""Input files and folders: what a file holds, told by its name, and which files a folder gives.

:data:`SUFFIXES` is the one table of file names newsfacts knows. Batch runs, ``newsfacts
regress`` and the one-page commands all read it: a folder gives its page, JSONL and WARC files;
``.txt`` files are plain-text scrapes; a ``.gz`` after any suffix is gzip-compressed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from newsfacts.errors import ConfigError

__all__ = [
    "GZIP_SUFFIX",
    "MANY_RECORDS",
    "SUFFIXES",
    "FileFormat",
    "InputFile",
    "InputFormat",
    "check_inputs",
    "file_format",
    "find_inputs",
    "is_page",
    "page_stem",
    "skipped_files",
]

#: What a file holds: one page (``html`` or a plain-text scrape, ``text``) or many records.
FileFormat = Literal["html", "text", "jsonl", "warc", "arc"]

#: The file names newsfacts knows, by their last suffix (before an optional ``.gz``).
SUFFIXES: dict[str, FileFormat] = {
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    # ARC, WARC's predecessor, holds many records too but is not read: never guessed as a page
    ".arc": "arc",
}
#: A file whose name ends so is gzip-compressed (the suffix before it tells what it holds).
GZIP_SUFFIX = ".gz"
#: The formats of files that hold many records: one-page commands refuse them as a whole.
MANY_RECORDS: frozenset[FileFormat] = frozenset({"jsonl", "warc", "arc"})

#: How a batch run reads a file. ``outside``: a file in an input folder that is a symbolic link
#: leading out of that folder; ``special``: one that is not a regular file (a FIFO, a socket);
#: ``arc``: an ARC file. None of these is read; each becomes one error record.
InputFormat = Literal["page", "jsonl", "warc", "arc", "outside", "special"]


def file_format(name: str | Path) -> FileFormat | None:
    """What a file holds, by its name (``story.html.gz`` -> ``html``); None for other names."""
    base = Path(name).name.lower().removesuffix(GZIP_SUFFIX)
    return SUFFIXES.get(Path(base).suffix)


def is_page(name: str | Path) -> bool:
    """Whether a file is a saved page by its name (HTML or plain text, gzip-compressed or not)."""
    return file_format(name) in ("html", "text")


def page_stem(name: str | Path) -> str:
    """A file's name without the suffixes of :data:`SUFFIXES` and ``.gz`` (``a.html.gz`` -> ``a``)."""
    base = Path(name).name
    if base.lower().endswith(GZIP_SUFFIX):
        base = base[: -len(GZIP_SUFFIX)]
    suffix = Path(base).suffix
    return base[: -len(suffix)] if suffix.lower() in SUFFIXES else base


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file of a batch run's input and how to read it."""

    path: str
    format: InputFormat


def _input_format(path: Path) -> InputFormat | None:
    fmt = file_format(path)
    if fmt == "html" or fmt == "text":
        return "page"
    return fmt


def find_inputs(paths: Iterable[str | Path]) -> Iterator[InputFile]:
    """Expand input paths: files as they are, folders recursively by suffix, in sorted order.

    A file named on its own whose suffix is unknown is read as a saved page (HTML is sniffed).
    Inside a folder, ARC files are passed over (:func:`skipped_files` names them), and a symbolic
    link whose target lies outside the folder is not followed: it comes out with format
    ``outside`` (one error record), so an archive cannot make the run read ``/etc/passwd`` or a
    neighbour's files. Anything that is not a regular file (a FIFO named ``x.html`` would block
    the run forever) comes out with format ``special``, one error record.

    Raises:
        ConfigError: an input path does not exist.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield InputFile(str(path), _input_format(path) or "page")
        elif path.exists():  # a FIFO, socket or device named directly: one error record
            yield InputFile(str(path), "special")
        else:
            raise ConfigError("input not found", path=str(path))


def _walk(folder: Path) -> Iterator[InputFile]:
    top = folder.resolve()
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # hidden folders: never input
        for name in sorted(files):
            child = Path(root) / name
            fmt = _input_format(child)
            if fmt is None or fmt == "arc" or name.startswith("."):
                continue
            if _leaves(child, top):
                yield InputFile(str(child), "outside")
            elif not child.is_file():  # a FIFO, socket or device named like a page
                yield InputFile(str(child), "special")
            else:
                yield InputFile(str(child), fmt)


def skipped_files(paths: Iterable[str | Path]) -> list[str]:
    """What inside the input folders :func:`find_inputs` does not read, by name.

    Files of other types; hidden files named like an input ("(hidden)"); hidden folders, once
    each ("(hidden folder)"). Hidden files of other types (".DS_Store") are never input and go
    unlisted.
    """
    skipped: list[str] = []
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            continue
        for root, dirs, files in os.walk(path):
            hidden = sorted(d for d in dirs if d.startswith("."))
            skipped += [f"{Path(root) / d}/ (hidden folder)" for d in hidden]
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                fmt = _input_format(Path(name))
                if not name.startswith(".") and fmt in (None, "arc"):
                    skipped.append(str(Path(root) / name))
                elif name.startswith(".") and fmt not in (None, "arc"):
                    skipped.append(f"{Path(root) / name} (hidden)")
    return skipped


def _leaves(child: Path, top: Path) -> bool:
    """Whether ``child`` is a symbolic link whose target is not inside the folder ``top``."""
    if not child.is_symlink():
        return False
    try:
        return not child.resolve().is_relative_to(top)
    except (OSError, RuntimeError):  # a loop of links
        return True


def check_inputs(paths: Iterable[str | Path]) -> None:
    """Fail early, before any work, when an input path does not exist.

    Raises:
        ConfigError: an input path does not exist.
    """
    for given in paths:
        if not Path(given).exists():
            raise ConfigError("input not found", path=str(given))
