"""What a figure measures: the noun phrase a clause is about, found with patterns.

Where the sentence was parsed, ``extract/grammar.py`` reads the subject from the parse; these
patterns serve the sentences it could not read and the rules-only pipeline. Without a parse,
the subject of a figure is the clause before its verb: ``weekly token usage for Chinese AI large models — which
had been strong — dropped 23.77%`` gives ``weekly token usage for Chinese AI large models``. A bare
head noun ("usage held at 20.6 trillion") borrows the fuller phrase the paragraph used for it
before ("total token usage for global AI large models").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from newsfacts.extract.lexicon import DOWN_WORDS, UP_WORDS
from newsfacts.vocab import HEDGES

__all__ = ["clause_subject", "clean_subject", "enrich_subject"]

_STATE_VERBS = frozenset(
    """
    is are was were be been being held hold holds stood stands stand reached reach reaches hit hits
    totaled totalled totals total came comes amounted amounts amount topped tops stood remained
    remains sat sits has have had reported reports posted posts recorded records saw sees
    accounted accounts accounting made makes generated generates earned earns raised raises
    secured secures paid pays cost costs spent spends valued estimated expected forecast
    """.split()
)
_VERBS = _STATE_VERBS | UP_WORDS | DOWN_WORDS
_PARENTHETICAL = re.compile(r"\s*[—–]\s[^—–]*\s[—–]\s*|\s*\([^)]*\)\s*")
_CLAUSE_CUT = re.compile(
    r"(?:[,;:]\s+|\b(?:that|which|while|whereas|as|when|after|before|because|although|and|but)\s+)"
)
_LEAD = re.compile(
    r"^(?:the|a|an|its|their|his|her|our|this|these|those|overall|meanwhile|notably|however)\s+",
    re.I,
)
_AUX = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|will|would|also|now|already|just|been|since|recently"
    r"|reportedly|then|still|each|both))+$",
    re.I,
)
_WHOSE = re.compile(r"^(?P<ante>.*?)\s*,?\s+whose\s+(?P<rest>.+)$", re.I)
_ANTECEDENT = re.compile(
    r"^(?:.*\b(?:among|for|of|in|at|by|was|were|is|are|from|with)\s+)?(?P<np>[^,;:]{2,80})$", re.I
)
_POSSESSIVE_LEAD = re.compile(r"^(?:its|their)\s+", re.I)
_WHOLE_WORDS = frozenset(
    "total global overall worldwide world all entire combined aggregate whole the".split()
)
_WORD = re.compile(r"[\w.'’-]+")


#: Characters before a figure in which its clause's subject and verb are looked for.
_WINDOW = 400


@lru_cache(maxsize=32)
def _verbs_of(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the verbs of a sentence, in order (read once per sentence)."""
    found = [m.span() for m in _WORD.finditer(sentence) if m.group().lower() in _VERBS]
    return tuple(a for a, _ in found), tuple(b for _, b in found)


def _verb_start(sentence: str, first: int, offset: int) -> int | None:
    """Start (from ``first``) of the last verb in ``sentence[first:offset]``, if any."""
    starts, ends = _verbs_of(sentence)
    at = bisect_right(ends, offset) - 1
    if at < 0 or starts[at] < first:
        return None
    return starts[at] - first


def clause_subject(sentence: str, offset: int) -> str | None:
    """Return the subject of the clause holding a figure at ``offset`` in ``sentence``.

    Only the ``_WINDOW`` characters before the figure are read: a clause's subject and verb stand
    near its figure, and a sentence of thousands of figures is not rescanned for each of them.
    """
    first = max(0, offset - _WINDOW)
    prefix = sentence[first:offset]
    verb = _verb_start(sentence, first, offset)
    if verb is None:
        return None
    head = _PARENTHETICAL.sub(" ", prefix[:verb]).rstrip()
    head = _AUX.sub("", head)
    whose = _WHOSE.match(head)
    if whose:
        ante = _ANTECEDENT.search(whose.group("ante"))
        if ante:
            return f"{whose.group('rest').strip()} of {_LEAD.sub('', ante.group('np').strip())}"
    parts = _CLAUSE_CUT.split(head)
    candidate = parts[-1].strip() if parts else ""
    if _POSSESSIVE_LEAD.match(candidate) and len(parts) > 1:
        owner = _owner(parts[-2])
        if owner:
            candidate = f"{_POSSESSIVE_LEAD.sub('', candidate)} of {owner}"
    while True:
        trimmed = _LEAD.sub("", candidate)
        if trimmed == candidate:
            break
        candidate = trimmed
    candidate = candidate.strip(" ,;:—–-")
    words = candidate.split()
    if not words or len(words) > 14 or any(ch.isdigit() for ch in candidate):
        return None
    return candidate


def _owner(clause: str) -> str | None:
    """The noun phrase a clause is about: its words up to the first verb-like word."""
    words: list[str] = []
    for word in clause.split():
        low = word.lower().strip(",.")
        if low in _VERBS or (low.endswith("ed") and len(words) >= 2):
            break
        words.append(word)
    phrase = _LEAD.sub("", " ".join(words)).strip()
    return phrase if 0 < len(phrase.split()) <= 10 else None


def enrich_subject(subject: str | None, earlier: list[str]) -> str | None:
    """Expand a thin subject with a fuller earlier one from the same paragraph.

    "usage" becomes the last earlier subject holding the word "usage"; "the worldwide total"
    (nothing but whole-words) becomes the last earlier subject.
    """
    if subject is None:
        return None
    words = subject.lower().split()
    if all(w in _WHOLE_WORDS for w in words):
        fuller = [p for p in earlier if p and len(p.split()) > 1]
        return fuller[-1] if fuller else subject
    if len(words) > 1:
        return subject
    for previous in reversed(earlier):
        if previous and len(previous.split()) > 1 and words[0] in previous.lower().split():
            return previous
    return subject


#: Words that open a clause or stand for a noun: a subject made of them and nothing else names
#: nothing ("an", "it's", "which", "If it's", "That's"), and a subject does not begin with one.
_FRAGMENT_WORDS = frozenset(
    """
    a an the and or but nor so yet if though although because while whereas when where which who
    whom whose what that this these those it its it's they them their he she him her his we us our
    you your i me my there here despite since as also then still just even only not of
    """.split()
)
_NAMED_WORD = re.compile(r"[A-Za-z]")
#: The scale letters a tokenizer splits off a figure ("40m", "2.5bn"), never a subject's word.
_SCALE_LETTERS = frozenset("m bn mn mln bln tn trn k".split())
#: A copula or auxiliary that ends a subject read up to the figure ("the plot is 2,000 sq m").
_TRAILING_VERBS = frozenset("is are was were be been being has have had 's".split())
#: The words of the hedges printed before a number: a subject of nothing else ("More than",
#: "At least", "Up to") is what was left of the figure's own phrase, and names nothing.
_HEDGE_WORDS = frozenset(word for hedge in HEDGES for word in hedge.split())


def clean_subject(subject: str | None) -> str | None:
    """A subject as a clean noun phrase: leading clause words dropped; None for a fragment.

    "and sales in June" -> "sales in June"; "That's", "If it's", "We've", "an" -> None.
    """
    if not subject:
        return None
    words = subject.split()
    while words and (_folded(words[0]) in _FRAGMENT_WORDS or words[0] in _SCALE_LETTERS):
        words.pop(0)  # "m of its 40m residents": the letter of the figure before it
    while words and _folded(words[-1]) in _TRAILING_VERBS:
        words.pop()  # "the plot is": the verb the figure follows is no part of its subject
    if not words or not any(
        _folded(w) not in _FRAGMENT_WORDS
        and _folded(w) not in _HEDGE_WORDS
        and _NAMED_WORD.search(w)
        and not _is_pronoun(w)
        for w in words
    ):
        return None
    return " ".join(words).strip(" ,;:-—") or None


def _folded(word: str) -> str:
    return word.lower().replace("’", "'").strip("“”\"'(),.;:")


def _is_pronoun(word: str) -> bool:
    return _folded(word).split("'")[0] in {
        "i",
        "we",
        "you",
        "he",
        "she",
        "it",
        "they",
        "that",
        "there",
    }
