"""One organization per article: its names folded together, its mentions counted.

The NER reports each mention on its own: "Halden Holdings Inc." once, then "Halden" in
"Halden's board" and "Halden-Voss" (a merger), and "HHI" in a table. An article names one
organization there, so:

* **fold**: a name that opens a longer name of the article followed only by legal-form words
  ("Halden" and "Halden Holdings Inc."), or that is the longer name's initials ("HHI"), is a short
  form of it; the organization's name is its longest full form;
* **count**: every further whole-word occurrence of a name or its short forms (the first word of
  a name whose other words are all legal-form words: "Halden"), also in a
  possessive ("Halden's") or a hyphenated compound ("Halden-Voss"), is a mention, unless it lies
  inside another entity or a sentence the article repeats.

Functions here see names and character offsets only, so they are tested on plain strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newsfacts.extract.intervals import Intervals

__all__ = [
    "CORPORATE_SUFFIXES",
    "Intervals",
    "OrgGroup",
    "count_mentions",
    "fold_names",
    "initials",
    "short_form",
]

#: Legal-form words: "Halden" and "Halden Holdings Inc." are one company ("Comcast" and
#: "Comcast Foundation" are two organizations).
LEGAL_FORMS = frozenset(
    "Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC LLP PLC plc AG SA S.A. NV N.V. GmbH SE K.K. "
    "Incorporated Limited".split()
)
CORPORATE_SUFFIXES = LEGAL_FORMS | {"Group", "Holdings", "Company", "Corporation"}
_SKIPPED_IN_INITIALS = frozenset({"of", "for", "and", "the", "&", "de", "on", "in"})
#: Occurrences shorter than this many characters are not searched for (an acronym of two
#: letters matches too much).
_MIN_SEARCHED = 3
_WORD = re.compile(r"\w+")


@dataclass
class OrgGroup:
    """An organization of one article: its name, the other names it goes by, its mentions."""

    name: str
    mentions: list[tuple[int, int]]
    aliases: set[str] = field(default_factory=set)

    def names(self) -> list[str]:
        """Every name of the group and its one-word short form, the longest first."""
        short = short_form(self.name)
        every = {self.name, *self.aliases, *([short] if short else [])}
        return sorted(every, key=len, reverse=True)


def short_form(name: str) -> str | None:
    """The one word a name is shortened to: "Halden" for "Halden Holdings Inc.", else None."""
    words = name.split()
    if (
        len(words) < 2
        or words[0] in CORPORATE_SUFFIXES
        or not all(w in CORPORATE_SUFFIXES for w in words[1:])
    ):
        return None
    return words[0] if len(words[0]) >= _MIN_SEARCHED and words[0][:1].isupper() else None


def initials(name: str) -> str:
    """The initials of a name's capitalised words: "Canadian Real Estate Association" -> CREA."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _SKIPPED_IN_INITIALS]
    return "".join(w[0] for w in words if w[0].isupper())


def _short_form_of(short: str, long: str) -> bool:
    """Whether ``short`` names the same organization as the longer ``long``."""
    if short == long:
        return False
    if short.isupper() and len(short) >= 2 and initials(long) == short:
        return True  # "HHI" for "Halden Holdings Inc."
    short_words, long_words = short.split(), long.split()
    if len(short_words) >= len(long_words) or long_words[: len(short_words)] != short_words:
        return False
    return all(
        w in CORPORATE_SUFFIXES for w in long_words[len(short_words) :]
    )  # "Halden" + "Holdings Inc."


def fold_names(groups: list[OrgGroup]) -> list[OrgGroup]:
    """Fold each group whose name is a short form of another's into the longest such group.

    The result keeps the order of first mentions.
    """
    by_length = sorted(groups, key=lambda g: len(g.name), reverse=True)
    home: dict[int, OrgGroup] = {}
    for group in groups:
        target = next((g for g in by_length if _short_form_of(group.name, g.name)), None)
        while target is not None and id(target) in home:  # a chain: "HM" -> "HMG" -> ...
            target = home[id(target)]
        if target is not None:
            home[id(group)] = target
    kept: list[OrgGroup] = []
    for group in groups:
        target = home.get(id(group))
        if target is None:
            kept.append(group)
            continue
        target.aliases |= {group.name, *group.aliases}
        target.mentions.extend(group.mentions)
    for group in kept:
        group.mentions.sort()
    kept.sort(key=lambda g: g.mentions[0] if g.mentions else (0, 0))
    return kept


def count_mentions(
    groups: Iterable[OrgGroup], text: str, taken: Callable[[int, int], bool]
) -> None:
    """Add every further whole-word occurrence of a group's names to its mentions.

    ``taken(start, end)`` says whether the characters lie inside another entity or a skipped
    sentence; a possessive ("Halden's") and a hyphenated compound ("Halden-Voss") count. The
    text's words are indexed once, so each name is tried only where its first word stands (a
    long article with many organizations is not rescanned per name).
    """
    starts: dict[str, list[int]] = {}
    for word in _WORD.finditer(text):
        starts.setdefault(word.group(), []).append(word.start())
    for group in groups:
        covered = Intervals(group.mentions)
        for name in group.names():
            first = _WORD.match(name)
            if len(name) < _MIN_SEARCHED or first is None:
                continue
            pattern = re.compile(rf"(?<![\w&.-]){re.escape(name)}(?![\w&]|\.\w)")
            for at in starts.get(first.group(), []):
                match = pattern.match(text, at)
                if match is None:
                    continue
                start, end = match.span()
                if not covered.overlaps(start, end) and not taken(start, end):
                    covered.add(start, end)
        group.mentions = covered.spans()
