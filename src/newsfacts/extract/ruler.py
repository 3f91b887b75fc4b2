"""The entity ruler, with its "capitalised run, then a suffix word" patterns read in one pass.

``models/org_patterns.jsonl`` holds two patterns of that shape: up to eight title-case words then
a corporate suffix ("Bellwether Holdings Inc."), and the same after "the". spaCy's ``Matcher``
follows every start of a capitalised run through every length of its bounded repeat, and the
stock ruler then builds a span for each match to ask whether it already holds an entity. Text
where every word is capitalised and a suffix ("Acme Inc Inc Inc ...") gives eight matches a
token, and 100 KB of it took the ruler about 2 s.

:class:`NamesRuler` is spaCy's ``EntityRuler`` with one difference in how it finds matches:
token patterns of that shape (:class:`RunPattern`, recognised from the pattern itself, so the
patterns stay data) are read by a scan that looks back from each suffix word over the run
before it. It yields exactly the matches the ``Matcher`` yields for them, and the ruler picks
among all its matches as spaCy's does (longest first, then leftmost). Every other pattern goes
to spaCy's matchers unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import IS_LOWER, IS_TITLE, LOWER
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

__all__ = ["NamesRuler", "RunPattern", "run_matches"]

_BOUNDS = re.compile(r"\{(\d+),(\d+)\}")


@dataclass(frozen=True, slots=True)
class RunPattern:
    """``[lead] run{least,most} suffix``: the token pattern shape the scan reads.

    Attributes:
        lead: the lower-case word before the run, or None for none.
        excluded: lower-case words the run's title-case words may not be.
        least: fewest words in the run.
        most: most words in the run.
        suffixes: lower-case forms the closing word may have.
        suffix_not_lower: the closing word may not be all lower case.
    """

    lead: str | None
    excluded: frozenset[str]
    least: int
    most: int
    suffixes: frozenset[str]
    suffix_not_lower: bool

    @classmethod
    def read(cls, pattern: object) -> RunPattern | None:
        """The pattern as a run pattern, or None when it has another shape."""
        if not isinstance(pattern, list) or len(pattern) not in (2, 3):
            return None
        *head, run, suffix = pattern
        lead = head[0] if head else None
        if lead is not None and not (
            isinstance(lead, dict) and set(lead) == {"LOWER"} and isinstance(lead["LOWER"], str)
        ):
            return None
        if not (isinstance(run, dict) and isinstance(suffix, dict)):
            return None
        if run.get("IS_TITLE") is not True or not set(run) <= {"IS_TITLE", "LOWER", "OP"}:
            return None
        bounds = _BOUNDS.fullmatch(str(run.get("OP", "")))
        excluded = run.get("LOWER", {"NOT_IN": []})
        if bounds is None or not (isinstance(excluded, dict) and set(excluded) == {"NOT_IN"}):
            return None
        words = suffix.get("LOWER")
        if not (isinstance(words, dict) and set(words) == {"IN"}):
            return None
        if not set(suffix) <= {"LOWER", "IS_LOWER"} or suffix.get("IS_LOWER", False) is not False:
            return None
        least, most = int(bounds.group(1)), int(bounds.group(2))
        if least < 1 or most < least:
            return None
        return cls(
            lead=lead["LOWER"] if lead else None,
            excluded=frozenset(excluded["NOT_IN"]),
            least=least,
            most=most,
            suffixes=frozenset(words["IN"]),
            suffix_not_lower="IS_LOWER" in suffix,
        )


def run_matches(doc: Doc, pattern: RunPattern) -> Iterator[tuple[int, int]]:
    """Every ``(start, end)`` the ``Matcher`` finds for ``pattern`` in ``doc``, in one pass.

    In order of their end, shortest first for the same end. The length of the title-case run
    ending before each token is read from the token table at once (the distance to the last
    token that breaks a run), so each suffix word looks back only over the run's words that
    the pattern can hold, and a document without a suffix word costs a few array operations.
    """
    if not len(doc):
        return
    strings = doc.vocab.strings
    rows = doc.to_array([LOWER, IS_TITLE, IS_LOWER])
    lowers = rows[:, 0]
    suffix = np.isin(lowers, np.array([strings.add(w) for w in pattern.suffixes], np.uint64))
    if pattern.suffix_not_lower:
        suffix &= rows[:, 2] == 0
    at = np.flatnonzero(suffix)
    if not len(at):
        return
    excluded = np.array([strings.add(w) for w in pattern.excluded], np.uint64)
    in_run = (rows[:, 1] == 1) & ~np.isin(lowers, excluded)
    index = np.arange(len(doc))
    last_break = np.maximum.accumulate(np.where(in_run, -1, index))  # at or before each token
    lead = strings.add(pattern.lead) if pattern.lead is not None else None
    for i in at.tolist():
        run = i - 1 - int(last_break[i - 1]) if i > 0 else 0  # the run ending just before i
        for length in range(pattern.least, min(run, pattern.most) + 1):
            start = i - length
            if lead is None:
                yield start, i + 1
            elif start > 0 and int(lowers[start - 1]) == lead:
                yield start - 1, i + 1


class NamesRuler(EntityRuler):
    """spaCy's ``EntityRuler``, reading its :class:`RunPattern` patterns in one pass."""

    def __init__(self, nlp: Language, name: str = "entity_ruler", **config: Any) -> None:
        self.runs: list[tuple[int, RunPattern]] = []
        super().__init__(nlp, name, **config)

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        """Add patterns; those of the run shape are kept for the scan, the rest as spaCy does."""
        rest = []
        for entry in patterns:
            run = RunPattern.read(entry.get("pattern"))
            if run is None:
                rest.append(entry)
                continue
            label = entry["label"]
            if "id" in entry:
                label = self._create_label(label, entry["id"])
                self._ent_ids[self.matcher._normalize_key(label)] = (entry["label"], entry["id"])
            self.token_patterns[label].append(entry["pattern"])  # listed in .patterns
            self.runs.append((self.nlp.vocab.strings.add(label), run))
        if rest:
            super().add_patterns(rest)

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """All matches, longest first, then leftmost (as spaCy's ruler orders them).

        The scan's matches come in order of their end, so within one length they are already
        leftmost first: they are put in buckets by length rather than sorted.
        """
        matches: list[tuple[int, int, int]] = []
        if len(self.matcher) or len(self.phrase_matcher):
            matches = super().match(doc)
        if not self.runs:
            return matches
        by_length: dict[int, list[tuple[int, int, int]]] = {}
        for match in matches:
            by_length.setdefault(match[2] - match[1], []).append(match)
        for key, run in self.runs:
            for start, end in run_matches(doc, run):
                by_length.setdefault(end - start, []).append((key, start, end))
        ordered: list[tuple[int, int, int]] = []
        for length in sorted(by_length, reverse=True):
            ordered.extend(sorted(by_length[length], key=lambda m: m[1]))  # stable: one pass
        return ordered

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int]]) -> None:
        """As spaCy's, without building a span per match to look for entities it overwrites."""
        if not self.overwrite:
            super().set_annotations(doc, matches)  # type: ignore[no-untyped-call]
            return
        entities = list(doc.ents)
        new: list[Span] = []
        seen: set[int] = set()
        for key, start, end in matches:
            if start in seen or end - 1 in seen:
                continue
            if key in self._ent_ids:
                label, ent_id = self._ent_ids[key]
                new.append(Span(doc, start, end, label=label, span_id=ent_id))
            else:
                new.append(Span(doc, start, end, label=key))
            entities = [e for e in entities if not (e.start < end and e.end > start)]
            seen.update(range(start, end))
        doc.ents = entities + new


@Language.factory(
    "newsfacts_entity_ruler",
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_config={"overwrite_ents": False},
)
def make_names_ruler(nlp: Language, name: str, overwrite_ents: bool) -> NamesRuler:
    """The entity ruler ``load_nlp`` adds (under the name ``entity_ruler``)."""
    return NamesRuler(nlp, name, overwrite_ents=overwrite_ents)
