"""Time and peak memory of the whole pipeline on adversarial shapes at 10 KB, 100 KB and 1 MB.

Issue 18's target: every shape under 2 s per 100 KB and under 600 MB, rules only and with the
model. Each (shape, size, mode) runs in a fresh process, so the peak resident memory printed is
that page's alone (the model load included: it is what one worker holds); the time is
``newsfacts.parse_page`` after the pipeline is loaded, best of ``--repeats`` runs. The last
column is the model's own recogniser alone on the cleaned text, the floor for any pipeline that
runs it over every word: where it is near 2 s, the target cannot be met with the model.

    python bench/hostile_sizes.py [--repeats N] [--sizes 10000,100000,1000000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable

#: Each shape as a function of the wanted size in characters (the shapes of issue 18, item 1).
SHAPES: dict[str, Callable[[int], tuple[str, str]]] = {
    "company name then ' Inc' repeated": lambda n: ("text", "Acme" + " Inc" * (n // 4)),
    "'Acme's ' repeated": lambda n: ("text", "Acme's " * (n // 7)),
    "digit run then a glued code": lambda n: ("text", "Code " + "1" * n + "a1"),
    "'(' then 'reuters ' repeated": lambda n: ("html", "<p>(" + "reuters " * (n // 8) + "</p>"),
    "'5 kg ' repeated": lambda n: ("text", "5 kg " * (n // 5)),
    "an article of short paragraphs": lambda n: (
        "text",
        "\n\n".join(
            f"Sales at store {i} rose {i % 40 + 1}% to ${i % 90 + 10} million in May, "
            f"the company said on Tuesday."
            for i in range(n // 86)
        ),
    ),
    "one sentence of figures": lambda n: (
        "text",
        "Revenue rose " + ", ".join(f"{i % 50 + 1}% in region {i}" for i in range(n // 20)) + ".",
    ),
    "HTML nested 150 deep around the body": lambda n: (
        "html",
        "<div>" * 150
        + "".join(
            f"<p>Output at plant {i} fell {i % 30 + 1}% to {i % 70 + 5} tonnes in April, the "
            "regional energy agency said on Tuesday in its monthly report on heavy industry.</p>"
            for i in range(n // 150)
        )
        + "</div>" * 150,
    ),
}

#: The model's recogniser alone on the same text (no newsfacts component, the text in pieces of
#: 5,000 tokens as newsfacts gives it): the floor any pipeline with this model pays.
_FLOOR = """
import json, resource, sys, time
import spacy
sys.path.insert(0, {bench!r})
from hostile_sizes import SHAPES
from newsfacts.clean import clean_page
from newsfacts.sources.raw import load_page
shape, size, model, repeats = {args!r}
nlp = spacy.load(model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
kind, text = SHAPES[shape](size)
text = clean_page(load_page(text[:size].encode(), kind=kind)).text
doc = nlp.make_doc(text)
pieces = [doc[i : i + 5000].text for i in range(0, len(doc), 5000)]
best = float("inf")
for _ in range(repeats):
    start = time.perf_counter()
    for piece in pieces:
        nlp(piece)
    best = min(best, time.perf_counter() - start)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": best, "peak_mb": peak, "status": "ner", "facts": 0}}))
"""

_CHILD = """
import json, resource, sys, time
from newsfacts import Settings
from newsfacts.extract import load_nlp
from newsfacts.pipeline import parse_page
from newsfacts.sources.raw import load_page
sys.path.insert(0, {bench!r})
from hostile_sizes import SHAPES
shape, size, model, repeats = {args!r}
settings = Settings(model=None if model == "none" else model, record_timeout=None)
nlp = load_nlp(settings)
from newsfacts.errors import NewsFactsError
kind, text = SHAPES[shape](size)
page = load_page(text[:size].encode(), kind=kind)
best = float("inf")
for _ in range(repeats):
    start = time.perf_counter()
    try:
        article = parse_page(page, settings=settings, nlp=nlp, published="2026-05-01")
        status, facts = article.status, len(article.facts)
        del article  # the next run's peak is one page's, not two
    except NewsFactsError as exc:  # a typed refusal is an outcome too (a limit, say)
        status, facts = type(exc).__name__, 0
    best = min(best, time.perf_counter() - start)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": best, "peak_mb": peak, "status": status, "facts": facts}}))
"""


def run_one(
    shape: str, size: int, model: str, repeats: int, *, floor: bool = False
) -> dict[str, object]:
    from pathlib import Path

    code = (_FLOOR if floor else _CHILD).format(
        bench=str(Path(__file__).resolve().parent), args=(shape, size, model, repeats)
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=1200, check=False
    )
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["?"])[-1]}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--only", help="run the shapes whose name contains this")
    args = parser.parse_args(argv)
    from newsfacts.settings import DEFAULT_MODEL

    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        "shape | size | rules only: s, MB | with model: s, MB | s per 100 KB (worst) | within"
        " | the model's NER alone: s"
    )
    print("---|---|---|---|---|---|---")
    worst_rate, worst_mb = 0.0, 0.0
    for shape in SHAPES:
        if args.only and args.only not in shape:
            continue
        for size in sizes:
            cells = []
            rate, peak = 0.0, 0.0
            for model in ("none", DEFAULT_MODEL):
                result = run_one(shape, size, model, args.repeats)
                if "error" in result:
                    cells.append(f"failed: {result['error']}")
                    rate = peak = float("inf")
                    continue
                seconds, mb = float(str(result["seconds"])), float(str(result["peak_mb"]))
                cells.append(f"{seconds:.2f} s, {mb:.0f} MB ({result['status']})")
                rate = max(
                    rate, seconds / max(size / 100_000, 1e-9) if size >= 100_000 else seconds
                )
                peak = max(peak, mb)
            worst_rate, worst_mb = max(worst_rate, rate), max(worst_mb, peak)
            ok = rate <= 2.0 and peak <= 600
            label = f"{size // 1000} KB"
            floor = run_one(shape, size, DEFAULT_MODEL, args.repeats, floor=True)
            bare = f"{float(str(floor['seconds'])):.2f}" if "seconds" in floor else "failed"
            print(
                f"{shape} | {label} | {cells[0]} | {cells[1]} | {rate:.2f} | {'yes' if ok else 'NO'}"
                f" | {bare}"
            )
    print(f"\nworst: {worst_rate:.2f} s per 100 KB, {worst_mb:.0f} MB peak (targets 2 s, 600 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
