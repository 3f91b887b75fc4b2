"""Score article-body extractors on saved pages with reference bodies (the AEB metric).

Metric (../shared/corpus/README.md): tokens are Unicode ``\\w+`` runs, case kept; shingles are
all runs of 4 consecutive tokens (a text of 1-3 tokens is one short shingle), as a multiset.
Per page TP = shingles in both, FP = extra predicted, FN = missed; precision / recall are 1.0
when their denominator is 0. Precision is averaged over pages whose output has a shingle, recall
over pages whose reference has one; F1 is the harmonic mean of the two averages.

Runs newsfacts' cleaner and, in the same run on the same pages, trafilatura (defaults and
favor_precision) and readability-lxml (bench-only extras), and prints P / R / F1 and the median
milliseconds per page of each, with the ratio to trafilatura.

    python bench/clean_eval.py [--corpus DIR] [--repeats N] [--only NAME] [--worst K]

``figures()`` returns newsfacts' figures alone, for the gate (``bench/gate.py``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "aeb-dev"
TOKEN = re.compile(r"\w+")

Extractor = Callable[[str], str]


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < 4:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def page_scores(predicted: str, reference: str) -> tuple[float, float, int, int]:
    pred, ref = shingles(predicted), shingles(reference)
    tp = sum((pred & ref).values())
    fp = sum(pred.values()) - tp
    fn = sum(ref.values()) - tp
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, sum(pred.values()), sum(ref.values())


@dataclass
class Result:
    name: str
    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)
    ms: dict[str, list[float]] = field(default_factory=dict)
    per_page: dict[str, tuple[float, float]] = field(default_factory=dict)
    failures: int = 0

    def f1(self) -> tuple[float, float, float]:
        p = statistics.fmean(self.precisions) if self.precisions else 0.0
        r = statistics.fmean(self.recalls) if self.recalls else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def median_ms(self) -> float:
        return statistics.median(statistics.median(v) for v in self.ms.values())


def _newsfacts() -> Extractor:
    from newsfacts.clean import clean_html

    return lambda html: clean_html(html).text


def _trafilatura(**options: bool) -> Extractor:
    import trafilatura

    return lambda html: trafilatura.extract(html, **options) or ""


def _readability() -> Extractor:
    from lxml import html as lxml_html
    from readability import Document

    def run(html: str) -> str:
        summary = Document(html).summary(html_partial=True)
        return lxml_html.fromstring(summary).text_content() if summary.strip() else ""

    return run


EXTRACTORS: dict[str, Callable[[], Extractor]] = {
    "newsfacts": _newsfacts,
    "trafilatura": lambda: _trafilatura(),
    "trafilatura-precision": lambda: _trafilatura(favor_precision=True),
    "readability-lxml": _readability,
}


def extractor_arguments(parser: argparse.ArgumentParser, corpus: Path) -> None:
    """The options every extractor bench takes: the corpus, timing repeats, which extractors."""
    parser.add_argument("--corpus", type=Path, default=corpus)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", action="append", choices=sorted(EXTRACTORS))


def load_extractors(names: list[str] | None) -> Iterator[tuple[str, Extractor]]:
    """The extractors asked for (all by default); a peer that is not installed is said and skipped."""
    for name in names or list(EXTRACTORS):
        try:
            yield name, EXTRACTORS[name]()
        except ImportError as exc:
            print(f"{name}: not installed ({exc}); `make bench` installs the bench extra")


def load_corpus(corpus: Path) -> list[tuple[str, str, str]]:
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id, item in sorted(truth.items()):
        path = corpus / "html" / f"{page_id}.html.gz"
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        pages.append((page_id, html, item.get("articleBody") or ""))
    return pages


def evaluate(
    name: str, extract: Extractor, pages: list[tuple[str, str, str]], repeats: int
) -> Result:
    result = Result(name)
    if repeats:
        extract(pages[0][1])  # warm-up: lazy imports and caches
    for _ in range(repeats):
        for page_id, html, _ref in pages:
            start = time.perf_counter()
            try:
                extract(html)
            except Exception:  # a peer's crash counts as empty output, not a benchmark crash
                pass
            result.ms.setdefault(page_id, []).append((time.perf_counter() - start) * 1000)
    for page_id, html, reference in pages:
        try:
            predicted = extract(html)
        except Exception:
            predicted = ""
            result.failures += 1
        precision, recall, n_pred, n_ref = page_scores(predicted, reference)
        if n_pred:
            result.precisions.append(precision)
        if n_ref:
            result.recalls.append(recall)
        result.per_page[page_id] = (precision if n_pred else float("nan"), recall)
    return result


def figures(corpus: Path = DEFAULT_CORPUS) -> dict[str, float]:
    """newsfacts' precision, recall and F1 on the corpus (scored once, not timed): the gate's."""
    result = evaluate("newsfacts", _newsfacts(), load_corpus(corpus), repeats=0)
    precision, recall, f1 = result.f1()
    return {"precision": precision, "recall": recall, "f1": f1}


def material(corpus: Path = DEFAULT_CORPUS) -> list[Path]:
    """The files :func:`figures` reads: the reference bodies and every page."""
    return [corpus / "ground-truth.json", *sorted((corpus / "html").glob("*.html.gz"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    extractor_arguments(parser, DEFAULT_CORPUS)
    parser.add_argument("--worst", type=int, default=0, help="list the K worst newsfacts pages")
    args = parser.parse_args(argv)
    if not (args.corpus / "ground-truth.json").exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    pages = load_corpus(args.corpus)
    results: list[Result] = []
    for name, extract in load_extractors(args.only):
        results.append(evaluate(name, extract, pages, args.repeats))
    base = next((r for r in results if r.name == "trafilatura"), None)
    print(
        f"corpus: {args.corpus}  pages: {len(pages)}  timing: median over pages of the median of {args.repeats} runs"
    )
    print(f"{'extractor':24} {'P':>7} {'R':>7} {'F1':>7} {'ms/page':>8} {'x trafilatura':>14}")
    for r in results:
        p, rec, f1 = r.f1()
        ratio = f"{r.median_ms() / base.median_ms():.2f}" if base else "-"
        fails = f"  ({r.failures} failures)" if r.failures else ""
        print(f"{r.name:24} {p:7.4f} {rec:7.4f} {f1:7.4f} {r.median_ms():8.1f} {ratio:>14}{fails}")
    ours = next((r for r in results if r.name == "newsfacts"), None)
    if ours and args.worst:
        print("\nworst newsfacts pages (P, R):")
        ranked = sorted(
            ours.per_page.items(),
            key=lambda kv: min(kv[1][1], kv[1][0] if kv[1][0] == kv[1][0] else 1.0),
        )
        for page_id, (p, rec) in ranked[: args.worst]:
            print(f"  {page_id[:16]}  P={p:.3f}  R={rec:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
