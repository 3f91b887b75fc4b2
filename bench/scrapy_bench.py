"""Throughput of the Scrapy item pipeline beside ``newsfacts batch``, on the same real pages.

The 80 aeb-dev pages of ``../shared/corpus`` are written to a temporary folder, served by a local
HTTP server on 127.0.0.1, and converted twice per run: by ``newsfacts batch --workers 1`` from the
folder, and by a real Scrapy crawl of the server with ``NewsFactsPipeline`` (one process, pages
converted one at a time on a worker thread). Both wall times include loading the model and
writing the output. Median of ``--repeats`` runs; the ratio is what the issue sets a floor on
(the pipeline at least 80 % of batch's pages/s).

    python bench/scrapy_bench.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from newsfacts.settings import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "corpus" / "aeb-dev" / "html"

CRAWL = ROOT / "tests" / "unit" / "scrapy_crawl.py"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    if not PAGES.is_dir():
        print(f"scrapy bench: no pages at {PAGES} (the shared corpus is not beside the repo)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        names = []
        for i, path in enumerate(sorted(PAGES.glob("*.html.gz"))):
            name = f"page-{i:03d}.html"
            (site / name).write_bytes(gzip.decompress(path.read_bytes()))
            names.append(name)
        links = "".join(f'<a href="{n}">{n}</a>' for n in names)
        (Path(tmp) / "index.html").write_text(f"<html><body>{links}</body></html>")
        served = Path(tmp) / "served"
        served.mkdir()
        for name in names:
            (served / name).symlink_to(site / name)
        (served / "index.html").symlink_to(Path(tmp) / "index.html")
        server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(served)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        batch_times, scrapy_times = [], []
        for run in range(args.repeats):
            out = Path(tmp) / f"batch-{run}"
            started = time.perf_counter()
            command = ["newsfacts", "batch", str(site), "-o", str(out), "--workers", "1"]
            subprocess.run([sys.executable, "-m", *command], check=True, capture_output=True)
            batch_times.append(time.perf_counter() - started)
            feed = Path(tmp) / f"scrapy-{run}.jsonl"
            started = time.perf_counter()
            subprocess.run([sys.executable, str(CRAWL), base, str(feed), DEFAULT_MODEL], check=True)
            scrapy_times.append(time.perf_counter() - started)
            items = sum(1 for _ in feed.open())
            if items != len(names):
                print(f"scrapy bench: {items} items for {len(names)} pages")
                return 1
        server.shutdown()
    pages = len(names)
    batch_rate = pages / statistics.median(batch_times)
    scrapy_rate = pages / statistics.median(scrapy_times)
    print(f"scrapy pipeline vs batch, {pages} aeb-dev pages served on 127.0.0.1, one process each")
    print(f"  newsfacts batch --workers 1   {batch_rate:5.2f} pages/s (median of {args.repeats})")
    print(f"  Scrapy + NewsFactsPipeline    {scrapy_rate:5.2f} pages/s (median of {args.repeats})")
    print(f"  ratio {scrapy_rate / batch_rate:.2f} (floor 0.80)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
