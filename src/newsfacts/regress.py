"""Regression tests for saved pages: golden facts files, fact-aware diffs, hand-written rules.

For every saved page in a folder (``.html``, ``.htm``, ``.txt``, also gzip-compressed: the page
suffixes of :data:`newsfacts.sources.files.SUFFIXES`) the Article of today is compared with the
golden file beside it, ``<page>.facts.json`` (``story.html`` -> ``story.html.facts.json``). The
diff speaks in facts: added, removed, changed (value, unit, direction, period...), checks whose
verdict changed, paragraphs added or lost, metadata.
Numbers compare within a relative tolerance; volatile fields (source path, versions) are masked.

An optional ``<page>.expect.toml`` holds rules checked every time, ``update`` or not::

    published = "2026-04-24"            # optional: the publication date to parse with
    url = "https://example.com/story"   # optional
    text_must_contain = ["20.6 trillion tokens"]
    text_must_not_contain = ["Comments", "70 billion yuan"]
    [[must_have]]                       # a fact with all these fields must exist
    kind = "quantity"
    value = 2.06e13
    unit = "tokens"
    [[must_not_have]]                   # no fact may have all these fields
    value = 7e10
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsfacts.budget import Overrun, overrun_error, time_budget
from newsfacts.errors import ConfigError, NewsFactsError
from newsfacts.extract import load_nlp
from newsfacts.facts import FACT_KINDS, Article
from newsfacts.pipeline import article_from_error, parse_page
from newsfacts.settings import Settings
from newsfacts.sources import load_path
from newsfacts.sources.files import is_page

__all__ = [
    "PageResult",
    "check_expectations",
    "diff_articles",
    "expect_path",
    "find_pages",
    "golden_path",
    "load_expectations",
    "run_folder",
    "run_page",
    "stable_json",
]

_VOLATILE = (("source", "path"), ("pipeline", "version"))
_FACT_FIELDS_SKIPPED = {"id", "span", "sentence", "mentions", "kind"}
_REFERENCES = {"period_id", "from_id", "to_id"}


def find_pages(folder: Path, only: str | None = None) -> list[Path]:
    """Saved pages under ``folder`` (recursively), sorted; ``only`` is a glob on the file name."""
    if not folder.is_dir():
        raise ConfigError(f"not a folder: {folder}", path=str(folder))
    pages = [p for p in folder.rglob("*") if p.is_file() and is_page(p.name)]
    if only:
        pages = [p for p in pages if fnmatch.fnmatch(p.name, only)]
    return sorted(pages)


def _unreadable_entries(folder: Path, only: str | None) -> list[PageResult]:
    """Entries named like a page that are no regular file: a FIFO, a socket, a dangling link."""
    found = []
    for entry in sorted(folder.rglob("*")):
        if not is_page(entry.name) or entry.is_file() or entry.is_dir():
            continue
        if only and not fnmatch.fnmatch(entry.name, only):
            continue
        why = "a symbolic link to nothing" if entry.is_symlink() else "not a regular file"
        found.append(PageResult(page=entry, status="failed", problems=[f"! not read: {why}"]))
    return found


def golden_path(page: Path) -> Path:
    """Where the golden facts of ``page`` live."""
    return page.with_name(page.name + ".facts.json")


def expect_path(page: Path) -> Path:
    """Where the hand-written rules of ``page`` live."""
    return page.with_name(page.name + ".expect.toml")


def stable_json(article: Article) -> dict[str, Any]:
    """The Article as JSON with volatile fields masked (what golden files store)."""
    payload = article.model_dump(mode="json")
    for outer, inner in _VOLATILE:
        if isinstance(payload.get(outer), dict) and inner in payload[outer]:
            payload[outer][inner] = "<masked>"
    return payload


def _render(payload: dict[str, Any]) -> str:
    return json.dumps(payload, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------- diff


def _close(a: Any, b: Any, tolerance: float) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        scale = max(abs(a), abs(b))
        return abs(a - b) <= tolerance * scale if scale else a == b
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return all(_close(x, y, tolerance) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _describe(fact: dict[str, Any]) -> str:
    value = fact.get("value")
    extra = ""
    if value is not None:
        extra = f" = {value}"
        unit = fact.get("unit") or fact.get("currency")
        if unit:
            extra += f" {unit}"
    elif fact.get("kind") == "date_range":
        extra = f" = {fact.get('start')}..{fact.get('end')}"
    elif fact.get("kind") == "date":
        extra = f" = {fact.get('date')}"
    return f"{fact['kind']} {fact['text']!r}{extra}"


def _resolve(facts: dict[str, dict[str, Any]], ref: Any) -> Any:
    """A reference to another fact, as that fact's kind and text (ids shift between runs)."""
    if ref is None or ref not in facts:
        return ref
    target = facts[ref]
    return f"{target['kind']} {target['text']!r}"


def _pair_facts(
    old: list[dict[str, Any]], new: list[dict[str, Any]]
) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Pair old and new facts: same kind and text, nearest position first."""
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    unmatched_new = list(new)
    removed: list[dict[str, Any]] = []
    for fact in old:
        candidates = [
            f for f in unmatched_new if f["kind"] == fact["kind"] and f["text"] == fact["text"]
        ]
        if not candidates:
            removed.append(fact)
            continue
        best = min(candidates, key=lambda f: abs(f["span"][0] - fact["span"][0]))
        unmatched_new.remove(best)
        pairs.append((fact, best))
    # A fact whose printed text changed ("20.6" -> "20.9") is the same fact when one of its kind
    # stands in the same sentence, near the same place.
    still_removed = []
    for fact in removed:
        near = [
            f
            for f in unmatched_new
            if f["kind"] == fact["kind"]
            and f.get("sentence") == fact.get("sentence")
            and abs(f["span"][0] - fact["span"][0]) <= 40
        ]
        if near:
            best = min(near, key=lambda f: abs(f["span"][0] - fact["span"][0]))
            unmatched_new.remove(best)
            pairs.append((fact, best))
        else:
            still_removed.append(fact)
    return pairs, still_removed, unmatched_new


def _check_key(check: dict[str, Any], facts: dict[str, dict[str, Any]]) -> tuple[str, ...]:
    return (check["rule"], *sorted(str(_resolve(facts, i)) for i in check["fact_ids"]))


def diff_articles(
    old: dict[str, Any], new: dict[str, Any], *, tolerance: float = 1e-6
) -> list[str]:
    """Fact-aware differences between two Article JSON payloads, one line each ([] = same)."""
    lines: list[str] = []
    if old.get("status") != new.get("status"):
        lines.append(f"status: {old.get('status')} -> {new.get('status')}")
    for key in sorted(set(old.get("metadata", {})) | set(new.get("metadata", {}))):
        a, b = old.get("metadata", {}).get(key), new.get("metadata", {}).get(key)
        if a != b:
            lines.append(f"metadata.{key}: {a!r} -> {b!r}")
    lines.extend(_paragraph_diff(old.get("text", ""), new.get("text", "")))
    old_facts = {f["id"]: f for f in old.get("facts", [])}
    new_facts = {f["id"]: f for f in new.get("facts", [])}
    pairs, removed, added = _pair_facts(list(old_facts.values()), list(new_facts.values()))
    for fact in removed:
        lines.append(f"- fact removed: {_describe(fact)}")
    for fact in added:
        lines.append(f"+ fact added: {_describe(fact)}")
    paired_ids = {before["id"]: after["id"] for before, after in pairs}
    for before, after in pairs:
        for key in sorted((set(before) | set(after)) - _FACT_FIELDS_SKIPPED):
            a, b = before.get(key), after.get(key)
            if key in _REFERENCES:
                if a is not None and paired_ids.get(a) == b:
                    continue  # still the same fact, even if its text changed
                a, b = _resolve(old_facts, a), _resolve(new_facts, b)
            if not _close(a, b, tolerance):
                lines.append(f"~ fact changed: {_describe(before)}: {key} {a!r} -> {b!r}")
    lines.extend(_check_diff(old, new, old_facts, new_facts))
    return lines


def _paragraph_diff(old_text: str, new_text: str) -> list[str]:
    old_paras = [p for p in old_text.split("\n\n") if p]
    new_paras = [p for p in new_text.split("\n\n") if p]
    lost = [p for p in old_paras if p not in new_paras]
    gained = [p for p in new_paras if p not in old_paras]
    lines: list[str] = []
    for para in lost:
        twin = max(gained, key=lambda g: SequenceMatcher(None, para, g).ratio(), default=None)
        if twin is not None and SequenceMatcher(None, para, twin).ratio() >= 0.8:
            gained.remove(twin)
            old_words, new_words = para.split(), twin.split()
            changes = [
                f"{' '.join(old_words[a1:a2])!r} -> {' '.join(new_words[b1:b2])!r}"
                for tag, a1, a2, b1, b2 in SequenceMatcher(None, old_words, new_words).get_opcodes()
                if tag != "equal"
            ]
            lines.append(f"~ paragraph changed: {para[:60]!r}...: {'; '.join(changes)}")
        else:
            lines.append(f"- paragraph lost: {para[:100]!r}")
    lines.extend(f"+ paragraph added: {para[:100]!r}" for para in gained)
    return lines


def _verdict(check: dict[str, Any]) -> str:
    """A check's status, with its severity when it has one (``inconsistent/major``)."""
    severity = check.get("severity")
    return f"{check['status']}/{severity}" if severity else str(check["status"])


def _check_diff(
    old: dict[str, Any],
    new: dict[str, Any],
    old_facts: dict[str, dict[str, Any]],
    new_facts: dict[str, dict[str, Any]],
) -> list[str]:
    lines: list[str] = []
    old_checks = {_check_key(c, old_facts): c for c in old.get("checks", [])}
    new_checks = {_check_key(c, new_facts): c for c in new.get("checks", [])}
    gone = [c for key, c in old_checks.items() if key not in new_checks]
    came = [c for key, c in new_checks.items() if key not in old_checks]
    for key, check in old_checks.items():
        now = new_checks.get(key)
        if now is not None and _verdict(now) != _verdict(check):
            lines.append(
                f"~ check changed: {check['rule']} {_verdict(check)} -> "
                f"{_verdict(now)}: {now['message']}"
            )
    for check in gone:
        twins = [c for c in came if c["rule"] == check["rule"]]
        if len(twins) == 1:  # the same relation over figures that changed
            came.remove(twins[0])
            lines.append(
                f"~ check changed: {check['rule']} {check['status']} -> {twins[0]['status']}: "
                f"{check['message']} => {twins[0]['message']}"
            )
        else:
            lines.append(
                f"- check removed: {check['rule']} ({check['status']}): {check['message']}"
            )
    lines.extend(f"+ check added: {c['rule']} ({c['status']}): {c['message']}" for c in came)
    return lines


# ------------------------------------------------------------------------------ expectations


def _matches(fact: dict[str, Any], wanted: dict[str, Any], tolerance: float) -> bool:
    return all(key in fact and _close(fact[key], value, tolerance) for key, value in wanted.items())


def check_expectations(
    payload: dict[str, Any], rules: dict[str, Any], *, tolerance: float = 1e-6
) -> list[str]:
    """Violations of a page's hand-written rules ([] = all hold)."""
    problems: list[str] = []
    text = payload.get("text", "")
    facts = payload.get("facts", [])
    for needle in rules.get("text_must_contain", []):
        if needle not in text:
            problems.append(f"! text must contain {needle!r}")
    for needle in rules.get("text_must_not_contain", []):
        if needle in text:
            problems.append(f"! text must not contain {needle!r}")
    for wanted in rules.get("must_have", []):
        if not any(_matches(f, wanted, tolerance) for f in facts):
            problems.append(f"! no fact with {wanted}")
    for unwanted in rules.get("must_not_have", []):
        for fact in facts:
            if _matches(fact, unwanted, tolerance):
                problems.append(f"! fact not allowed {unwanted}: {_describe(fact)}")
    return problems


def load_expectations(page: Path) -> dict[str, Any]:
    """The page's ``.expect.toml`` rules, or {} when it has none.

    Raises:
        ConfigError: the file is not valid TOML.
    """
    path = expect_path(page)
    if not path.exists() and not path.is_symlink():
        return {}
    if not path.is_file():  # a FIFO or a device would block the read: never opened
        raise ConfigError(f"{path.name} is not a regular file", path=str(path))
    try:
        rules = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid expectations file: {exc}", path=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path.name} is not UTF-8 text: {exc}", path=str(path)) from exc
    for key, value in rules.items():
        shape = _EXPECT_KEYS.get(key)
        if shape is None:
            known = ", ".join(sorted(_EXPECT_KEYS))
            raise ConfigError(
                f"unknown key {key!r} in {path.name} (a misspelling? known: {known})",
                path=str(path),
            )
        if not _has_shape(value, shape):
            raise ConfigError(f"{key!r} in {path.name} must be {shape}", path=str(path))
    for table in ("must_have", "must_not_have"):
        for rule in rules.get(table, []):
            fields = _fact_keys()
            unknown = sorted(set(rule) - fields)
            if unknown:
                raise ConfigError(
                    f"unknown fact field {unknown[0]!r} in [[{table}]] of {path.name} "
                    f"(a misspelling? fact fields: {', '.join(sorted(fields))})",
                    path=str(path),
                )
    return rules


def _fact_keys() -> frozenset[str]:
    """Every field a fact of any kind has (registered kinds too): what a rule may name."""
    return frozenset(name for kind in FACT_KINDS for name in kind.model.model_fields)


#: The keys an ``.expect.toml`` file may hold, with the shape of their value.
_EXPECT_KEYS = {
    "published": "a date or a string",
    "url": "a string",
    "text_must_contain": "a list of strings",
    "text_must_not_contain": "a list of strings",
    "must_have": "a list of tables ([[must_have]])",
    "must_not_have": "a list of tables ([[must_not_have]])",
}


def _has_shape(value: Any, shape: str) -> bool:
    if shape == "a string":
        return isinstance(value, str)
    if shape == "a date or a string":
        return isinstance(value, str | dt.date)
    if shape == "a list of strings":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)


# ------------------------------------------------------------------------------------- runner


@dataclass
class PageResult:
    """What happened to one page.

    Attributes:
        page: the saved page.
        status: ``same``, ``changed``, ``new`` (no golden file yet), ``updated`` or ``written``
            (with ``update``), or ``failed`` (an expectation does not hold).
        diff: fact-aware difference lines against the golden file.
        problems: violated expectations (checked even with ``update``).
    """

    page: Path
    status: str
    diff: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the page matches its golden file and its expectations hold."""
        return self.status in {"same", "updated", "written"} and not self.problems

    def report(self) -> str:
        """The page's block of the regression report."""
        head = f"{self.page}: {self.status}"
        body = [f"    {line}" for line in [*self.diff, *self.problems]]
        return "\n".join([head, *body])


def run_page(
    page: Path,
    *,
    root: Path | None = None,
    record_timeout: float | None = None,
    nlp: Language | None = None,
    settings: Settings | None = None,
    update: bool = False,
    tolerance: float = 1e-6,
) -> PageResult:
    """Compare (or, with ``update``, rewrite) one page's golden file and check its rules.

    With ``root`` (the folder being checked), a page that is a symbolic link leading outside it
    is not read; a golden or rules file that is a symbolic link is never read or written through.
    """
    linked = _link_problem(page, root)
    if linked:
        return PageResult(page=page, status="failed", diff=[], problems=[linked])
    rules = load_expectations(page)
    try:
        nlp = nlp or load_nlp(settings)  # the model loads outside the page's time budget
        with time_budget(record_timeout):
            article = parse_page(
                load_path(page, url=rules.get("url"), settings=settings),
                published=rules.get("published"),
                nlp=nlp,
                settings=settings,
            )
    except NewsFactsError as exc:
        article = article_from_error(exc, path=str(page))
    except Overrun:
        error = overrun_error(record_timeout or 0, path=str(page))
        return PageResult(page=page, status="failed", diff=[], problems=[f"! {error}"])
    payload = stable_json(article)
    problems = check_expectations(payload, rules, tolerance=tolerance)
    golden = golden_path(page)
    old, unreadable = _read_golden(golden)
    diff: list[str] = []
    if old is not None:
        try:
            diff = diff_articles(old, payload, tolerance=tolerance)
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            unreadable = f"golden file {golden.name} is not an Article: {type(exc).__name__}: {exc}"
            old = None
    if unreadable and (not update or (golden.exists() and not golden.is_file())):
        # a FIFO or device in the golden file's place is never opened, not even to repair it
        return PageResult(page=page, status="failed", diff=[], problems=[unreadable, *problems])
    if unreadable:
        old = None  # --update rewrites a broken golden file
    if update:
        if old is None or diff:
            golden.write_text(_render(payload), encoding="utf-8")
        status = "written" if old is None else ("updated" if diff else "same")
    elif old is None:
        status = "new"
    else:
        status = "changed" if diff else "same"
    if problems:
        status = "failed" if status in {"same", "changed"} else status
    return PageResult(page=page, status=status, diff=diff, problems=problems)


def _link_problem(page: Path, root: Path | None) -> str | None:
    """Why a page may not be read through a link, or None."""
    for path, what in (
        (golden_path(page), "golden file"),
        (expect_path(page), "rules file"),
    ):
        if path.is_symlink():
            return f"! {what} {path.name} is a symbolic link: never read or written through"
    if root is not None and page.is_symlink():
        try:
            inside = page.resolve().is_relative_to(root.resolve())
        except (OSError, RuntimeError):  # a loop of links
            inside = False
        if not inside:
            return "! not read: a symbolic link that leads outside the folder"
    return None


def _read_golden(golden: Path) -> tuple[dict[str, Any] | None, str | None]:
    """The golden file's JSON, or why it cannot be read (never an exception for one page)."""
    if not golden.exists():
        return None, None
    if not golden.is_file():  # a FIFO would block the read
        return None, f"golden file {golden.name} is not a regular file: not read"
    try:
        data = json.loads(golden.read_text(encoding="utf-8"))
    except (ValueError, RecursionError, OSError) as exc:
        return None, f"golden file {golden.name} is not valid JSON: {type(exc).__name__}: {exc}"
    if not isinstance(data, dict):
        return None, f"golden file {golden.name} is not an Article (a JSON {type(data).__name__})"
    return data, None


def run_folder(
    folder: Path,
    *,
    only: str | None = None,
    nlp: Language | None = None,
    settings: Settings | None = None,
    update: bool = False,
    tolerance: float = 1e-6,
    record_timeout: float | None = None,
) -> Iterator[PageResult]:
    """Run :func:`run_page` over every saved page of a folder (each within ``record_timeout``).

    An entry named like a page that is not a regular file (a FIFO, a dangling link) fails with
    its reason: it is never opened, and never passed over without a word.
    """
    yield from _unreadable_entries(folder, only)
    for page in find_pages(folder, only):
        try:
            yield run_page(
                page,
                root=folder,
                record_timeout=record_timeout,
                nlp=nlp,
                settings=settings,
                update=update,
                tolerance=tolerance,
            )
        except ConfigError as exc:  # this page's rules file is wrong: it fails, the others run
            yield PageResult(page=page, status="failed", diff=[], problems=[f"! {exc}"])
