"""Soak: many generated records through `newsfacts batch`, worker memory sampled every second.

Records are the authored fixture pages (tests/fixtures/pages) with their figures varied record by
record, written to one JSONL file. `newsfacts batch` converts them on two workers while this
script samples the resident memory (RSS) of the driver and of each worker process once a second
with psutil. It prints records, wall time, peak and final RSS per worker and the RSS over the
run, and says whether memory levelled off: a worker's RSS at the end of the run may exceed its
RSS at 25% of the run by at most 10% (per-page growth would show as a steady climb instead).

    python bench/soak_bench.py                    # 20,000 records
    python bench/soak_bench.py --records 500      # a quick check that it works
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "fixtures" / "pages"
NEWSFACTS = Path(sys.executable).with_name("newsfacts")
MB = 1024 * 1024
#: Figures before a percent sign or a scale word, and after a currency sign.
_FIGURE = re.compile(
    r"(?<=[$€£])\d+(?:\.\d+)?|\d+(?:\.\d+)?(?=\s?(?:%|percent|million|billion|trillion))"
)


def generate(path: Path, count: int) -> None:
    """Write ``count`` JSONL items: the fixture pages in turn, each with its figures varied."""
    seeds = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(PAGES.glob("*.html"))]
    seeds += [(p.name, p.read_text(encoding="utf-8")) for p in sorted(PAGES.glob("*.txt"))]
    with open(path, "w", encoding="utf-8") as stream:
        for n in range(count):
            name, page = seeds[n % len(seeds)]
            step = n // len(seeds) % 97 + 1

            def vary(match: re.Match[str], step: int = step) -> str:
                value = match.group()
                if "." in value:
                    whole, frac = value.split(".")
                    return f"{int(whole) + step}.{frac}"
                return str(int(value) + step)

            item = {"id": f"soak-{n:06d}", "url": f"https://soak.example/{n}/{name}"}
            item["text" if name.endswith(".txt") else "html"] = _FIGURE.sub(vary, page)
            stream.write(json.dumps(item, ensure_ascii=False) + "\n")


@dataclass
class Series:
    """RSS samples of one process: (seconds since start, bytes)."""

    samples: list[tuple[float, int]] = field(default_factory=list)

    def at(self, when: float) -> int:
        """The first sample at or after ``when`` seconds (the last one if none)."""
        for moment, rss in self.samples:
            if moment >= when:
                return rss
        return self.samples[-1][1]


def _is_worker(process: psutil.Process) -> bool:
    try:
        line = " ".join(process.cmdline())
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return False
    return "multiprocessing" in line and "resource_tracker" not in line


def run(records: int, workers: int, keep: bool) -> int:
    work = Path(tempfile.mkdtemp(prefix="newsfacts-soak-"))
    source = work / "soak.jsonl"
    generate(source, records)
    size = source.stat().st_size
    print(f"generated {records} records ({size / MB:.0f} MB of JSONL) in {work}", flush=True)
    command = [str(NEWSFACTS), "batch", str(source), "-o", str(work / "out")]
    command += ["--workers", str(workers)]
    started = time.monotonic()
    driver = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    series: dict[int, Series] = {}
    driver_series = Series()
    while driver.poll() is None:
        now = time.monotonic() - started
        try:
            driver_series.samples.append((now, driver.memory_info().rss))
            children = driver.children(recursive=True)
        except psutil.NoSuchProcess:
            break
        for child in children:
            if child.pid not in series and not _is_worker(child):
                continue
            try:
                rss = child.memory_info().rss
            except psutil.NoSuchProcess:
                continue
            series.setdefault(child.pid, Series()).samples.append((now, rss))
        time.sleep(1.0)
    wall = time.monotonic() - started
    _, err = driver.communicate()
    rows = sum(
        1
        for shard in sorted((work / "out").glob("part-*.jsonl"))
        for _ in shard.open(encoding="utf-8")
    )
    print(err.decode("utf-8", "replace").strip().splitlines()[-1] if err else "", flush=True)
    print(f"\nrecords: {records}, output rows: {rows}, exit code {driver.returncode}")
    print(f"wall time: {wall:.0f} s ({records / wall:.1f} records/s on {workers} workers)")
    print(f"driver: peak RSS {max(r for _, r in driver_series.samples) / MB:.0f} MB")
    levelled = True
    print("\n| worker | samples | RSS at 10% | 25% | 50% | 75% | final | peak | end vs 25% |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for number, (pid, worker) in enumerate(sorted(series.items()), start=1):
        if len(worker.samples) < 4:
            continue
        points = [worker.at(wall * share) for share in (0.10, 0.25, 0.50, 0.75)]
        final = worker.samples[-1][1]
        peak = max(r for _, r in worker.samples)
        growth = (final - points[1]) / points[1]
        levelled &= growth <= 0.10
        cells = " | ".join(f"{p / MB:.0f} MB" for p in points)
        print(
            f"| {number} (pid {pid}) | {len(worker.samples)} | {cells} | {final / MB:.0f} MB | "
            f"{peak / MB:.0f} MB | {growth:+.1%} |"
        )
    print(f"\nmemory levelled off (end within 10% of the 25% mark): {'yes' if levelled else 'NO'}")
    if not keep:
        shutil.rmtree(work, ignore_errors=True)
    ok = driver.returncode == 0 and rows == records and levelled
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the generated input and output")
    args = parser.parse_args()
    return run(args.records, args.workers, args.keep)


if __name__ == "__main__":
    sys.exit(main())
