"""What a rule sees (the facts and the text) and what it returns (a verdict without an id)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from newsfacts.facts import CheckStatus, Fact, MoneyFact, PercentFact, QuantityFact

__all__ = ["Figure", "RuleContext", "Verdict", "as_decimal", "human"]

Figure = QuantityFact | MoneyFact

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def human(value: float) -> str:
    """Write a number the way the article would: ``5.8254e12`` -> ``5.825 trillion``."""
    magnitude = abs(value)
    for size, word in _SCALES:
        if magnitude >= size:
            return f"{value / size:.5g} {word}"
    return f"{value:.5g}"


def as_decimal(value: float, digits: int = 6) -> Decimal:
    """A float as a Decimal with ``digits`` significant digits (for Check fields)."""
    return Decimal(f"{value:.{digits}g}")


@dataclass(frozen=True, slots=True)
class Verdict:
    """A check before it gets its id."""

    rule: str
    status: CheckStatus
    fact_ids: list[str]
    message: str
    expected: Decimal | str | None = None
    actual: Decimal | str | None = None
    tolerance: Decimal | None = None


@dataclass
class RuleContext:
    """The article as the rules see it.

    Attributes:
        text: the cleaned article text.
        facts: every fact, in reading order.
        sentences: character spans of the sentences (the ``sentence`` index of a fact).
    """

    text: str
    facts: list[Fact]
    sentences: list[tuple[int, int]]
    _by_id: dict[str, Fact] = field(default_factory=dict, init=False)
    _percents: list[PercentFact] = field(default_factory=list, init=False)
    _start_values: set[str] = field(default_factory=set, init=False)

    def __post_init__(self) -> None:
        self._by_id = {f.id: f for f in self.facts}
        # built once: rules ask for them per fact, and a page can hold thousands of facts
        self._percents = [f for f in self.facts if isinstance(f, PercentFact)]
        self._start_values = {p.from_id for p in self._percents if p.from_id}

    def get(self, fact_id: str | None) -> Fact | None:
        """The fact with this id, or None."""
        return self._by_id.get(fact_id) if fact_id else None

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index``."""
        start, end = self.sentences[index]
        return self.text[start:end]

    def figures(self) -> list[Figure]:
        """Quantity and money facts."""
        return [f for f in self.facts if isinstance(f, QuantityFact | MoneyFact)]

    def percents(self) -> list[PercentFact]:
        """Percent facts."""
        return list(self._percents)

    def start_values(self) -> set[str]:
        """Ids of figures that are the *start* of a stated change (an earlier period's value)."""
        return set(self._start_values)


def unit_of(fact: Figure) -> tuple[str | None, str | None]:
    """What a figure counts: (unit or currency, rate denominator)."""
    if isinstance(fact, MoneyFact):
        return fact.currency, fact.per
    return fact.unit, fact.per


_STOP = frozenset(
    "the a an of for in on at to and or by with from its their his her this that these those "
    "total global overall worldwide world all entire combined aggregate whole".split()
)
_WORD = re.compile(r"[\w.'’-]+")


def content_words(subject: str | None) -> set[str]:
    """Lower-cased words of a subject, without function words and whole/part markers."""
    if not subject:
        return set()
    return {w.lower().strip(".") for w in _WORD.findall(subject) if w.lower() not in _STOP}
