"""Counting a batch run, and showing it: a progress bar on a terminal, a summary at the end.

This module writes to the terminal (stderr); it is the only part of the batch package that does.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, TextIO

__all__ = ["Progress", "Summary"]


@dataclass
class Summary:
    """What a run produced.

    Attributes:
        records: records written in this run.
        ok: Articles with status ``ok``.
        no_article: Articles with status ``no_article``.
        errors: error records.
        facts: facts in all Articles.
        inconsistent: checks with status ``inconsistent``.
        skipped: records left out because their id was already written (``--resume``).
        renamed: records whose id an earlier record of the run had (given ``id#2``, ``id#3``).
        wall_seconds: time from start to end of the run.
        shards: output files written in this run.
    """

    records: int = 0
    ok: int = 0
    no_article: int = 0
    errors: int = 0
    facts: int = 0
    inconsistent: int = 0
    skipped: int = 0
    renamed: int = 0
    wall_seconds: float = 0.0
    shards: list[str] = field(default_factory=list)

    def add(self, row: dict[str, Any]) -> None:
        """Count one output row."""
        self.records += 1
        status = row.get("status")
        if status == "ok":
            self.ok += 1
        elif status == "no_article":
            self.no_article += 1
        else:
            self.errors += 1
        self.facts += len(row.get("facts") or ())
        self.inconsistent += sum(
            1 for check in row.get("checks") or () if check.get("status") == "inconsistent"
        )

    def merge(self, other: Summary) -> None:
        """Add another summary's counts (a Spark partition's) to this one."""
        for name in (
            "records",
            "ok",
            "no_article",
            "errors",
            "facts",
            "inconsistent",
            "skipped",
            "renamed",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.shards.extend(other.shards)

    @property
    def rate(self) -> float:
        """Records per second over the wall time."""
        return self.records / self.wall_seconds if self.wall_seconds > 0 else 0.0

    def format(self) -> str:
        """The summary as one line of text."""
        text = (
            f"{self.records} records: {self.ok} ok, {self.no_article} no_article, "
            f"{self.errors} errors; {self.facts} facts, {self.inconsistent} inconsistent checks; "
            f"{self.wall_seconds:.1f} s ({self.rate:.1f} records/s)"
        )
        if self.skipped:
            text += f"; {self.skipped} already done (resumed)"
        if self.renamed:
            text += f"; {self.renamed} duplicate id(s) renamed id#2, id#3..."
        return text


class Progress:
    """A tqdm bar with records/s and an ETA when ``stream`` is a terminal; silent otherwise.

    The time before the first record (workers loading the spaCy pipeline) is its own step,
    shown as ``loading model``; the rate and the ETA count from the first record on, so the
    load does not make them wild.

    Args:
        total: the number of records expected, when known (gives the ETA).
        enabled: force the bar on or off; by default on when ``stream`` is a TTY.
        stream: where the bar goes (stderr by default).
        first_step: what the bar says until the first record arrives.
    """

    def __init__(
        self,
        *,
        total: int | None = None,
        enabled: bool | None = None,
        stream: TextIO | None = None,
        first_step: str = "loading model",
    ) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.first_step = first_step
        self._bar: Any = None
        self._started = False

    def __enter__(self) -> Progress:
        if self.enabled:
            from tqdm import tqdm

            self._bar = tqdm(
                total=self.total, unit="rec", file=self.stream, dynamic_ncols=True, smoothing=0.1
            )
            self._started = False
            if self.first_step:
                self._bar.set_description_str(self.first_step)
        return self

    def update(self, count: int = 1) -> None:
        """Advance by ``count`` records."""
        if self._bar is None or count <= 0:
            return
        if not self._started:
            self._started = True
            self._bar.set_description_str("", refresh=False)
            self._bar.reset(total=self.total)  # the clock starts with the first record
        self._bar.update(count)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def report(self, summary: Summary) -> None:
        """Write the end-of-run summary (always, terminal or not)."""
        self.stream.write(f"newsfacts batch: {summary.format()}\n")
        self.stream.flush()
