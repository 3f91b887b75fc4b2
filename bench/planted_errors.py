"""Planted errors: does the validator flag a relation once one of its figures is made wrong?

The gold records list the relations their articles state (``checks``, see
``../shared/gold/README.md``). For every gold check that is ``consistent: true``, cites at least
two facts and has at least one numeric fact (money, quantity, percent) that our extractor matched
on the original page (the matching of ``bench/validate_eval.py``), this script builds ONE mutant
page in which one printed figure of the relation is changed so that the relation no longer holds:

* ``comparison`` - ``a`` (else ``b``) moves clearly to the wrong side of the other figure;
* ``level_change`` - the end level (else the start) moves to the wrong side of the other level;
* ``pct_change`` - the end level (else the start, else the percent) moves so that the stated
  percent is off by far more than rounding;
* ``part_of_whole`` - a part (else the whole) changes so that a part is larger than the whole;
* ``ranking`` and ``difference`` - a figure moves so that the order (the stated difference)
  fails;
* any other type is judged generically: the first figure that can be edited is multiplied by 3.

The figure is scaled by the first factor of ``FACTORS`` (3, 1/3, 10, 1/10, ...) that breaks the
relation by the gold's own numbers (with a margin, ``MARGIN``). Only the digits change; the format
stays ("$1.2 billion" -> "$3.6 billion", "1,420" -> "4,260"). The edit is made in the page's HTML
at the fact's occurrence: the page's visible text (README's definition) is rebuilt with the HTML
offset of every character, the gold ``context`` is found in the body region, and the digits of
the fact's ``text`` are replaced where they sit in the HTML. A relation whose figures are in
words, whose context is not found once, or whose digits are split by markup is "not mutable"
(the reasons are counted).

Each mutant is parsed. It is **caught** when some check of ours that uses our fact for the
changed figure (paired with the changed gold fact by the same matching) says ``inconsistent``.
A mutant is **wrongly blamed** when some ``inconsistent`` check of ours leaves that fact out.
Unchanged pages should carry no ``inconsistent`` verdict at all; their count is reported too.

Usage::

    python bench/planted_errors.py                      # bench/dev/news-pool
    python bench/planted_errors.py --set bench/blind/news-pool   # summary only
    python bench/planted_errors.py --news-dev [--verbose]

``--verbose`` lists every mutant (page, relation, edit, verdicts on the changed fact); it is
refused on a blind set. ``figures(gold_set)`` returns the summary figures for a gate. Pages are
read from ``../shared`` at run time; no page text is copied into the repository.
"""

from __future__ import annotations

import argparse
import copy
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from html import unescape
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_rules import NUMERIC, find_all
from extract_scoring import ours_from_article, score_page
from validate_eval import DEV_POOL, _text_ids, gold_records

FACTORS = [Fraction(n, d) for k in (3, 10, 30, 100, 1000, 10000) for n, d in ((k, 1), (1, k))]
MARGIN = 1.25  # "clearly on the wrong side": beyond the other figure by a quarter at least
NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
SKIP = {"head", "script", "style", "noscript", "template", "svg", "iframe", "object"}
BLOCK = set(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer nav aside "
    "main figure figcaption blockquote pre dd dt dl form hr title".split()
)

# --------------------------------------------------------------------------------------------
# Editing printed numbers (pure)


def scale_number(token: str, factor: Fraction) -> str | None:
    """A printed number times ``factor``, in the token's format; None when it would read 0.

    The token's decimals are kept ("1.2" -> "3.6"); thousands are grouped when the token groups
    them, or when a number under 1,000 grows past it ("800" x 3 -> "2,400"). A result that would
    round to 0 gets one more decimal at a time (up to three): "1" x 1/3 -> "0.3".
    """
    plain = token.replace(",", "")
    whole, _dot, frac = plain.partition(".")
    value = Fraction(plain) * factor
    for decimals in range(len(frac), max(len(frac), 3) + 1):
        units = int(value * 10**decimals + Fraction(1, 2))
        if units:
            break
    else:
        return None
    integer, rest = divmod(units, 10**decimals)
    group = "," in token or (len(whole) <= 3 and integer >= 1000)
    text = f"{integer:,}" if group else str(integer)
    return f"{text}.{rest:0{decimals}d}" if decimals else text


def scale_text(text: str, factor: Fraction) -> str | None:
    """Every number printed in ``text`` times ``factor``, the rest unchanged; None if none can be."""
    parts: list[str] = []
    at = 0
    for m in NUMBER.finditer(text):
        new = scale_number(m.group(), factor)
        if new is None:
            return None
        parts += [text[at : m.start()], new]
        at = m.end()
    return "".join([*parts, text[at:]]) if parts else None


def number_of(token: str) -> Fraction:
    return Fraction(token.replace(",", ""))


def _decimals(text: str) -> int:
    """The decimals printed in the first number of ``text``."""
    return len(NUMBER.findall(text)[0].partition(".")[2])


# --------------------------------------------------------------------------------------------
# Where a fact's digits sit in the page's HTML


class _Visible(HTMLParser):
    """The README's visible text, each character with its offset in the HTML."""

    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.line_starts = [0, *(m.end() for m in re.finditer("\n", raw))]
        self.chars: list[str] = []
        self.where: list[int] = []
        self.stack: list[str] = []

    def _at(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, at: int, step: bool = True) -> None:
        for i, ch in enumerate(text):
            self.chars.append(ch)
            self.where.append(at + i if step else at)

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in SKIP:
            self.stack.append(tag)
        if tag in BLOCK:
            self._emit("\n", self._at())

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        if tag in BLOCK:
            self._emit("\n", self._at())

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP and tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
        if tag in BLOCK:
            self._emit("\n", self._at())

    def handle_data(self, data: str) -> None:
        if not self.stack:
            self._emit(data, self._at())

    def _reference(self, lead: str, name: str) -> None:
        if self.stack:
            return
        at = self._at()
        end = at + len(lead) + len(name)
        end += self.raw.startswith(";", end)
        self._emit(unescape(self.raw[at:end]), at, step=False)

    def handle_entityref(self, name: str) -> None:
        self._reference("&", name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#", name)


def visible_map(raw: str) -> tuple[str, list[int]]:
    """(visible text, whitespace collapsed and stripped; the HTML offset of each character)."""
    parser = _Visible(raw)
    parser.feed(raw)
    parser.close()
    chars: list[str] = []
    where: list[int] = []
    for ch, at in zip(parser.chars, parser.where, strict=True):
        if ch.isspace():
            if not chars or chars[-1] == " ":
                continue
            ch = " "
        chars.append(ch)
        where.append(at)
    if chars and chars[-1] == " ":
        chars.pop()
        where.pop()
    return "".join(chars), where


def locate(raw: str, vis: tuple[str, list[int]], record: dict, fact: dict) -> list | str:
    """The HTML spans [(start, end, token)] of the digits of ``fact``'s text, or why not."""
    text, where = vis
    first, last = record["body_anchor"]["first"], record["body_anchor"]["last"]
    s = max(text.find(first), 0)
    e = text.find(last, s)
    end = e + len(last) if e >= 0 else len(text)
    hits = [h for h in find_all(text, fact["context"]) if s <= h < end] or find_all(
        text, fact["context"]
    )
    if len(hits) != 1:
        return "context not found" if not hits else "context not unique"
    at = hits[0] + fact["context_offset"]
    if text[at : at + len(fact["text"])] != fact["text"]:
        return "text not at its context offset"
    spans = []
    for m in NUMBER.finditer(fact["text"]):
        a, b = where[at + m.start()], where[at + m.end() - 1] + 1
        if raw[a:b] != m.group():
            return "digits split by markup"
        spans.append((a, b, m.group()))
    return spans


# --------------------------------------------------------------------------------------------
# Which figure to change, and whether the change breaks the relation


_FIELDS = {
    "comparison": ("a", "b"),
    "level_change": ("to", "from"),
    "pct_change": ("to", "from", "pct"),
    "part_of_whole": ("parts", "whole"),
    "difference": ("a", "b"),
}


def _scalar(value: Any) -> float | None:
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    return float(value) if ok else None


def check_numbers(check: dict, record: dict) -> dict[str, float]:
    """The relation's figures by field, in the order they are preferred for the change."""
    if check["type"] == "ranking":
        out = {}
        for i, text in enumerate(check["texts"]):
            values = [_scalar(f["value"]) for f in record["facts"] if f["text"] == text]
            if not values or values[0] is None:
                return {}
            out[f"#{i}"] = values[0]
        return out
    out = {}
    for name in _FIELDS.get(check["type"], ()):
        value = check.get(name)
        if name == "parts" and isinstance(value, list):
            out.update({f"parts[{i}]": v for i, x in enumerate(value) if (v := _scalar(x))})
        elif (v := _scalar(value)) is not None:
            out[name] = v
    return out


def _ordered(a: float, b: float, op: str) -> bool | None:
    """True when ``a`` is clearly on the wrong side of ``b`` for ``op``."""
    if op in (">", ">=", "≥"):
        return a * MARGIN < b
    if op in ("<", "<=", "≤"):
        return a > b * MARGIN
    return None


def breaks(check: dict, n: dict[str, float]) -> bool | None:
    """Does the relation fail on the numbers ``n``? None when this script cannot judge it."""
    kind = check["type"]
    try:
        if kind == "comparison":
            return _ordered(n["a"], n["b"], str(check.get("op")))
        if kind == "level_change":
            op = {"down": "<", "up": ">"}.get(str(check.get("direction")), "")
            return _ordered(n["to"], n["from"], op)
        if kind == "pct_change":
            pct = (n["to"] - n["from"]) / n["from"] * 100
            return abs(pct - n["pct"]) > max(10.0, abs(n["pct"]) / 2)
        if kind == "part_of_whole":
            parts = [v for k, v in n.items() if k.startswith("parts")]
            return max(parts) > n["whole"] * MARGIN
        if kind == "difference":
            stated = abs(float(check["stated_diff"]))
            return abs(abs(n["a"] - n["b"]) - stated) > stated / 2
        if kind == "ranking":
            values = [n[f"#{i}"] for i in range(len(n))]
            op = ">" if values[0] >= values[-1] else "<"
            return any(_ordered(x, y, op) for x, y in pairwise(values))
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return None
    return None


def field_of(check: dict, numbers: dict[str, float], fact: dict) -> str | None:
    """The relation's field that ``fact`` fills: the gold's numbers are in printed units."""
    if check["type"] == "ranking":
        return f"#{check['texts'].index(fact['text'])}"
    tokens = NUMBER.findall(fact["text"])
    seen = [float(number_of(t)) for t in tokens[:1]]
    if (value := _scalar(fact["value"])) is not None:
        seen += [value / 10**k for k in (0, 3, 6, 9, 12)]
    names = [
        name
        for name, v in numbers.items()
        if any(abs(abs(v) - c) <= 0.01 * abs(v) for c in seen if v)
    ]
    same = {numbers[name] for name in names}
    return names[0] if len(same) == 1 else None


def choose_fact(record: dict, check: dict, text: str) -> dict | str:
    """The gold fact a check's ``text`` refers to: the one occurrence, or the numeric one whose
    subject shares most words with the check's subject; a reason string when none or a tie."""
    facts = [f for f in record["facts"] if f["text"] == text and f["kind"] in NUMERIC]
    if len(facts) <= 1:
        return facts[0] if facts else "not a numeric fact"
    words = set(re.findall(r"\w+", check.get("subject", "").lower()))
    score = [len(words & set(re.findall(r"\w+", f.get("subject", "").lower()))) for f in facts]
    best = max(score)
    if score.count(best) > 1:
        return "occurrence ambiguous"
    return facts[score.index(best)]


# --------------------------------------------------------------------------------------------
# Building a mutant


@dataclass
class Mutant:
    """One planted error: a gold fact of a relation printed with another number."""

    check: dict
    fact: dict
    new_text: str
    factor: Fraction
    raw: str  # the page's HTML with the edit
    generic: bool  # the relation type is judged generically (scaled by 3, not checked)

    def record(self, record: dict) -> dict:
        """``record`` with the changed fact's text, context and value."""
        out = copy.deepcopy(record)
        index = record["facts"].index(self.fact)
        fact = out["facts"][index]
        old = [number_of(t) for t in NUMBER.findall(self.fact["text"])]
        new = [number_of(t) for t in NUMBER.findall(self.new_text)]
        ratios = [float(b / a) for a, b in zip(old, new, strict=True)]
        value = fact["value"]
        if isinstance(value, list):
            fact["value"] = [v * ratios[min(i, len(ratios) - 1)] for i, v in enumerate(value)]
        elif value is not None:
            fact["value"] = value * ratios[0]
        at = fact["context_offset"]
        ctx = fact["context"]
        fact["context"] = ctx[:at] + self.new_text + ctx[at + len(fact["text"]) :]
        fact["text"] = self.new_text
        return out


def _edit(raw: str, spans: list, factor: Fraction) -> str:
    for a, b, token in reversed(spans):
        raw = raw[:a] + str(scale_number(token, factor)) + raw[b:]
    return raw


def _candidates(record: dict, check: dict, matched: dict, judged: bool) -> tuple[list, list[str]]:
    """The check's gold facts that may be changed, in order of preference, and why others not."""
    numbers = check_numbers(check, record)
    order = list(numbers)
    out, reasons = [], []
    for i, text in enumerate(check["texts"]):
        fact = choose_fact(record, check, text)
        if isinstance(fact, str):
            reasons.append(fact)
        elif not NUMBER.search(fact["text"]):
            reasons.append("number in words")
        elif matched.get((fact["context"], fact["context_offset"])) is None:
            reasons.append("occurrence not extracted")
        elif not judged:
            out.append((i, fact, None))
        elif (name := field_of(check, numbers, fact)) is None:
            reasons.append("figure not identified in the relation")
        else:
            out.append((order.index(name), fact, name))
    out.sort(key=lambda c: c[0])
    return out, reasons


def _first_break(check: dict, numbers: dict, fact: dict, name: str | None) -> tuple | None:
    """(factor, new text) of the first factor of FACTORS that breaks the relation."""
    first = NUMBER.findall(fact["text"])[0]
    for factor in FACTORS:
        new_text = scale_text(fact["text"], factor)
        if new_text is None:
            continue
        if name is None:
            # the relation type is judged generically: the first factor (x3) is taken without
            # checking that it breaks the relation
            return factor, new_text
        ratio = float(number_of(NUMBER.findall(new_text)[0]) / number_of(first))
        if breaks(check, {**numbers, name: numbers[name] * ratio}):
            return factor, new_text
    return None


# Why a relation is not mutable, most telling first (one reason is counted per relation).
_REASONS = (
    "edit not visible",
    "digits split by markup",
    "context not unique",
    "context not found",
    "text not at its context offset",
    "no factor breaks the relation",
    "figure not identified in the relation",
    "occurrence not extracted",
    "occurrence ambiguous",
    "number in words",
    "not a numeric fact",
)


def plan_mutant(record: dict, check: dict, matched: dict, raw: str, vis: Any) -> Mutant | str:
    """The mutant for one gold relation, or the reason none can be built.

    Of the figures that can be changed, the one keeping its decimals and needing the mildest
    factor is changed (the field order of ``_FIELDS`` breaks ties). ``matched`` maps a gold fact's (context,
    context_offset) to our fact id on the original page; ``vis()`` gives ``visible_map(raw)``.
    """
    numbers = check_numbers(check, record)
    judged = breaks(check, numbers) is False  # a rule of ours that holds on the gold's numbers
    candidates, reasons = _candidates(record, check, matched, judged)
    best: tuple | None = None
    for rank, fact, name in candidates:
        spans = locate(raw, vis(), record, fact)
        if isinstance(spans, str):
            reasons.append(spans)
            continue
        found = _first_break(check, numbers, fact, name)
        if found is None:
            reasons.append("no factor breaks the relation")
            continue
        factor, new_text = found
        widened = _decimals(new_text) > _decimals(fact["text"])  # "$1 billion" -> "$0.001 billion"
        key = (widened, round(abs(math.log(factor)), 6), rank)
        if best is None or key < best[0]:
            best = (key, fact, new_text, factor, spans, name is None)
    if best is not None:
        _key, fact, new_text, factor, spans, generic = best
        mutant = Mutant(check, fact, new_text, factor, _edit(raw, spans, factor), generic)
        at, ctx = fact["context_offset"], fact["context"]
        if ctx[:at] + new_text + ctx[at + len(fact["text"]) :] in visible_map(mutant.raw)[0]:
            return mutant
        reasons.append("edit not visible")
    return min(reasons, key=_REASONS.index) if reasons else "no numeric figure"


# --------------------------------------------------------------------------------------------
# Running a gold set


@dataclass
class Tallies:
    """Counts over a gold set."""

    pages: int = 0
    eligible: int = 0
    built: int = 0
    generic: int = 0  # mutants of relation types judged generically
    not_mutable: Counter[str] = field(default_factory=Counter)
    caught: int = 0
    wrongly_blamed: int = 0
    wrongly_blamed_new: int = 0  # blaming a relation the original page did not blame
    lost: int = 0  # the changed figure not matched to a fact of ours on the mutant
    original_inconsistent: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [built, caught]


@dataclass
class Run:
    """What every page of a run shares."""

    nlp: Any
    t: Tallies
    verbose: bool


def our_facts(record: dict, article: Any) -> tuple[dict[str, set[str]], dict]:
    """(gold text -> our fact ids, as validate_eval pairs them; (context, offset) -> our id),
    numeric gold facts only."""
    result = score_page(record, article.text, ours_from_article(article))
    span_ids = {tuple(f.span): f.id for f in article.facts}
    pairs = [(g, p) for g, p in result.pairs if g.kind in NUMERIC]
    by_key = {(g.context, g.context_offset): span_ids.get((p.start, p.end)) for g, p in pairs}
    return _text_ids(record, pairs, span_ids), by_key


def eligible(check: dict, by_text: dict[str, set[str]]) -> bool:
    texts = check.get("texts") or []
    return check.get("consistent") is True and len(texts) >= 2 and any(t in by_text for t in texts)


def judge(record: dict, mutant: Mutant, page: Any, before: set, run: Run) -> None:
    """Parse one mutant and tally whether the changed relation is flagged, and only it.

    ``before`` holds the (rule, message) of the original page's inconsistent verdicts.
    """
    from newsfacts import parse_page
    from newsfacts.sources import load_page

    changed = load_page(mutant.raw, kind=page.kind, url=page.url, path=page.path)
    article = parse_page(changed, published=record["pub_date"], nlp=run.nlp)
    t = run.t
    new_record = mutant.record(record)
    fact = new_record["facts"][record["facts"].index(mutant.fact)]
    fid = our_facts(new_record, article)[1].get((fact["context"], fact["context_offset"]))
    bad = [c for c in article.checks if c.status == "inconsistent"]
    caught = fid is not None and any(fid in c.fact_ids for c in bad)
    blamed = [c for c in bad if fid not in c.fact_ids]
    t.caught += caught
    t.wrongly_blamed += bool(blamed)
    t.wrongly_blamed_new += any((c.rule, c.message) not in before for c in blamed)
    t.lost += fid is None
    row = t.by_type.setdefault(mutant.check["type"], [0, 0])
    row[0] += 1
    row[1] += caught
    if not run.verbose:
        return
    mark = (
        "CAUGHT"
        if caught
        else "missed" + (" (changed figure not extracted)" if fid is None else "")
    )
    print(f"\n== {record['id']}  [{mutant.check['type']}] {mutant.check.get('subject', '')[:90]}")
    how = "x3, judged generically" if mutant.generic else f"x{mutant.factor}"
    print(f"   edit {mutant.fact['text']!r} -> {mutant.new_text!r} ({how}): {mark}")
    print(f"   now reads: ...{fact['context']}...")
    for c in article.checks:
        if fid is not None and fid in c.fact_ids:
            print(f"   ours {c.rule:<18} {c.status:<12} {c.message[:110]}")
    for c in blamed:
        print(f"   WRONGLY BLAMED {c.rule} {c.fact_ids}: {c.message[:100]}")


def run_record(record: dict, path: Path, run: Run) -> None:
    """The original page's verdicts, then one mutant per eligible gold relation."""
    from newsfacts import parse_page
    from newsfacts.errors import NewsFactsError
    from newsfacts.sources import load_path

    page = load_path(path)
    article = parse_page(page, published=record["pub_date"], nlp=run.nlp)
    t, verbose = run.t, run.verbose
    t.pages += 1
    before = {(c.rule, c.message) for c in article.checks if c.status == "inconsistent"}
    t.original_inconsistent += sum(c.status == "inconsistent" for c in article.checks)
    if verbose:
        for c in article.checks:
            if c.status == "inconsistent":
                print(f"\n== {record['id']} ORIGINAL inconsistent {c.rule}: {c.message[:110]}")
    by_text, by_key = our_facts(record, article)
    cache: list[tuple[str, list[int]]] = []

    def vis() -> tuple[str, list[int]]:
        if not cache:
            cache.append(visible_map(page.text))
        return cache[0]

    for check in record.get("checks", []):
        if not eligible(check, by_text):
            continue
        t.eligible += 1
        mutant = plan_mutant(record, check, by_key, page.text, vis)
        if isinstance(mutant, str):
            t.not_mutable[mutant] += 1
            if verbose:
                print(f"\n== {record['id']}  [{check['type']}] NOT MUTABLE ({mutant})")
                print(f"   {check.get('subject', '')[:100]}")
            continue
        try:
            judge(record, mutant, page, before, run)
        except NewsFactsError:
            t.not_mutable["mutant does not parse"] += 1
            continue
        t.built += 1
        t.generic += mutant.generic


def evaluate(gold_set: Path | None, verbose: bool = False) -> Tallies:
    """Every page of a gold set (news-dev when ``gold_set`` is None)."""
    from newsfacts.extract import load_nlp
    from newsfacts.settings import Settings

    records, pages = gold_records(gold_set)
    run = Run(load_nlp(Settings()), Tallies(), verbose)
    for record in records:
        run_record(record, pages / f"{record['id']}.html", run)
    return run.t


def summary(t: Tallies) -> dict[str, float]:
    return {
        "eligible": t.eligible,
        "built": t.built,
        "not-mutable": sum(t.not_mutable.values()),
        "caught": t.caught,
        "recall": t.caught / t.built if t.built else 0.0,
        "wrongly-blamed": t.wrongly_blamed,
        "wrongly-blamed-new": t.wrongly_blamed_new,
        "original-inconsistent": t.original_inconsistent,
        "lost": t.lost,
        "generic": t.generic,
    }


def figures(gold_set: Path | None = DEV_POOL) -> dict[str, float]:
    """The summary figures on a gold set (news-dev when ``gold_set`` is None): relations
    eligible, mutants built, not mutable, caught, recall = caught / built, mutants with a wrongly
    blamed relation, inconsistent verdicts on the original pages, mutants whose changed figure
    we did not extract, mutants of generically judged types."""
    return summary(evaluate(gold_set))


def gate_figures(gold_set: Path | None = DEV_POOL) -> dict[str, float]:
    """The figures the evaluation gate holds: recall, mutants caught, mutants that blame a
    relation not blamed on the original page, inconsistent verdicts on the original pages."""
    f = figures(gold_set)
    return {k: f[k] for k in ("recall", "caught", "wrongly-blamed-new", "original-inconsistent")}


def main(argv: list[str] | None = None) -> int:
    """Print the summary (and with --verbose every mutant); exit 0: a benchmark reports."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEV_POOL, help="a folder of gold records")
    parser.add_argument("--news-dev", action="store_true", help="the news-dev gold instead")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every mutant")
    args = parser.parse_args(argv)
    gold_set = None if args.news_dev else args.set
    if args.verbose and gold_set is not None and "blind" in str(gold_set.resolve()):
        parser.error("--verbose on a blind set would show our output on blind pages")
    t = evaluate(gold_set, args.verbose)
    name = "news-dev" if gold_set is None else str(args.set)
    f = summary(t)
    print(f"\nplanted errors on {name} ({t.pages} pages)")
    print(f"  relations eligible          {t.eligible}")
    print(f"  mutants built               {t.built}  ({t.generic} judged generically)")
    print(f"  not mutable                 {f['not-mutable']}")
    for reason, n in t.not_mutable.most_common():
        print(f"    {reason:<38} {n}")
    print(f"  caught                      {t.caught}  recall {f['recall']:.3f}")
    print(f"  changed figure not extracted on the mutant {t.lost}")
    print(
        f"  mutants wrongly blaming another relation  {t.wrongly_blamed}"
        f"  ({t.wrongly_blamed_new} not already blamed on the original)"
    )
    print(f"  inconsistent verdicts on the original pages {t.original_inconsistent}")
    print(
        "  per relation type (built, caught): "
        + ", ".join(f"{k} {b}/{c}" for k, (b, c) in sorted(t.by_type.items()))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
