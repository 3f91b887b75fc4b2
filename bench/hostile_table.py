"""The table of docs/hostile-input.md ("What was tried"), from a real run.

Builds the archive of tests/unit/hostile_cases.py (the same cases tests/unit/test_hostile.py
checks), converts it with `run_local` on two workers with the test hooks on (so the hang and the
crash are real), and prints one Markdown row per family: cases, the outcomes seen, how many met
their expectation, and records lost (input records without exactly one output row).

    python bench/hostile_table.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.unit.hostile_cases import (  # noqa: E402 - after the path set-up
    HOSTILE_SETTINGS,
    build_hostile_archive,
    families,
)

from newsfacts.batch.local import run_local  # noqa: E402
from newsfacts.batch.records import iter_records  # noqa: E402
from newsfacts.batch.supervise import TEST_HOOKS_ENV  # noqa: E402
from newsfacts.batch.writers import read_rows, shard_paths  # noqa: E402


def outcome(row: dict[str, object]) -> str:
    if row["status"] == "error":
        error = row["error"]
        assert isinstance(error, dict)
        return f"error `{error['type']}`"
    return str(row["status"])


def main() -> int:
    os.environ[TEST_HOOKS_ENV] = "1"
    with tempfile.TemporaryDirectory(prefix="newsfacts-hostile-") as tmp:
        root = Path(tmp)
        archive = build_hostile_archive(root / "in")
        started = time.monotonic()
        run_local(archive.inputs, root / "out", workers=2, settings=HOSTILE_SETTINGS)
        wall = time.monotonic() - started
        rows = [row for path in shard_paths(root / "out") for row in read_rows(path)]
        inputs = [record.id for record in iter_records(archive.inputs, settings=HOSTILE_SETTINGS)]
    counts = Counter(row["id"] for row in rows)
    by_id = {row["id"]: row for row in rows}
    print("| family | cases | outcome (status returned) | as expected | records lost |")
    print("|---|---:|---|---:|---:|")
    total = met = lost_total = 0
    for family in families(archive):
        cases = [case for case in archive.cases if case.family == family]
        seen = Counter(outcome(by_id[c.id]) for c in cases if c.id in by_id)
        good = sum(1 for c in cases if c.id in by_id and c.check(by_id[c.id]))
        lost = sum(1 for c in cases if counts[c.id] != 1)
        shown = ", ".join(f"{name} ×{n}" for name, n in seen.most_common())
        print(f"| {family} | {len(cases)} | {shown} | {good}/{len(cases)} | {lost} |")
        total += len(cases)
        met += good
        lost_total += lost
    extra = len(rows) - len(inputs)
    print(f"| **all** | **{total}** | {len(rows)} rows for {len(inputs)} input records | "
          f"**{met}/{total}** | **{lost_total}** |")  # fmt: skip
    print(
        f"\nwall time {wall:.1f} s on 2 workers; rows in input order: "
        f"{[row['id'] for row in rows] == inputs}; extra rows: {extra}"
    )
    return 0 if met == total and lost_total == 0 and extra == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
