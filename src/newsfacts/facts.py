"""The output schema: an Article with its facts (a discriminated union on ``kind``) and checks.

Everything newsfacts returns is one of these pydantic models, and every JSON it writes is
``Article.model_dump(mode="json")``. Numbers are :class:`~decimal.Decimal` inside (no binary
rounding of money) and JSON numbers outside.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, Final, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    TypeAdapter,
    field_validator,
    model_validator,
)

__all__ = [
    "FACT_KINDS",
    "SCHEMA_VERSION",
    "Article",
    "ArticleMetadata",
    "Check",
    "CheckStatus",
    "DateFact",
    "DateRangeFact",
    "Dimension",
    "ErrorInfo",
    "Fact",
    "FactBase",
    "FactKind",
    "MoneyFact",
    "Number",
    "OrganizationFact",
    "PercentFact",
    "PipelineInfo",
    "QuantityFact",
    "Severity",
    "Source",
    "Stage",
    "Validation",
    "fact_kind",
    "facts_adapter",
]

SCHEMA_VERSION: Final = "1.0"


def _json_number(value: Decimal) -> int | float:
    """Write a Decimal as a JSON number: an integer when it is whole, else a float."""
    if value == value.to_integral_value() and abs(value) < Decimal(10) ** 18:
        return int(value)
    return float(value)


#: A decimal value that serializes to a JSON number.
Number = Annotated[
    Decimal, PlainSerializer(_json_number, return_type=int | float, when_used="json")
]

Span = tuple[int, int]
CheckStatus = Literal["consistent", "inconsistent", "unverifiable"]
Severity = Literal["rounding", "minor", "major"]
#: A stage of the pipeline, as listed in :attr:`PipelineInfo.stages`.
Stage = Literal["clean", "numbers", "dates", "ner", "validate"]
#: What a quantity's unit measures; a count ("15 senators") has none.
Dimension = Literal[
    "length", "area", "volume", "mass", "time", "temperature", "speed", "frequency", "data",
    "data_rate", "power", "energy", "voltage", "pressure", "dose", "capacitance",
]  # fmt: skip


#: One set of field names per combination, shared by every frozen instance that has it.
_FIELD_SETS: dict[frozenset[str], set[str]] = {}
#: The most combinations kept (far more than the models have in practice).
_MOST_FIELD_SETS = 4096


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_post_init(self, context: Any, /) -> None:
        """Share the instance's set of given field names with the others that have the same.

        pydantic keeps that set on every instance (over 700 bytes each for a fact, a third of
        its size: a page of 200,000 facts held 145 MB of them). A frozen model never changes
        its set, and ``model_copy`` copies it before it adds to it, so one set per combination
        of names serves every instance.
        """
        names = self.__pydantic_fields_set__
        shared = _FIELD_SETS.get(frozenset(names))
        if shared is None and len(_FIELD_SETS) < _MOST_FIELD_SETS:
            shared = _FIELD_SETS[frozenset(names)] = names
        if shared is not None:
            object.__setattr__(self, "__pydantic_fields_set__", shared)


class FactBase(_Frozen):
    """Fields every fact has.

    Attributes:
        id: identifier unique within the article (``f1``, ``f2``... in reading order).
        text: the exact surface string; ``article.text[span[0]:span[1]] == text``.
        span: ``[start, end)`` character offsets into ``Article.text``.
        sentence: index of the sentence (0-based, over the whole cleaned text) holding the span.
    """

    id: str
    text: str
    span: Span
    sentence: int = Field(ge=0)

    @model_validator(mode="after")
    def _span_matches_text(self) -> FactBase:
        start, end = self.span
        if not 0 <= start <= end or end - start != len(self.text):
            raise ValueError(f"span {self.span} does not fit text {self.text!r}")
        return self


class QuantityFact(FactBase):
    """A counted or measured figure: ``20.6 trillion tokens`` -> 2.06e13, unit ``tokens``.

    ``dimension`` says what a unit of measurement measures (``44,947 MW`` is ``power``,
    ``10 feet`` a ``length``); it is null for counts (``15 senators``) and bare numbers.
    ``role`` says what the number is: a ``measure`` (it has a dimension), a ``count`` or an
    ``age`` ("Smith, 66," -> 66 years of age). Numbers that name things (models, indexes,
    addresses, scores, ranks) are never facts.
    """

    kind: Literal["quantity"] = "quantity"
    role: Literal["measure", "count", "age"] = "count"
    value: Number
    value_max: Number | None = None
    unit: str | None = None
    dimension: Dimension | None = None
    direction: Literal["up", "down"] | None = None
    per: str | None = None
    qualifier: str | None = None
    subject: str | None = None
    period_id: str | None = None


class PercentFact(FactBase):
    """A percentage: value as printed (>= 0), with the direction and basis of a change."""

    kind: Literal["percent"] = "percent"
    value: Number = Field(ge=0)
    value_max: Number | None = None
    direction: Literal["up", "down"] | None = None
    measure: Literal["change", "share", "level", "rate"] = "level"
    points: bool = False
    basis: str | None = None
    from_id: str | None = None
    to_id: str | None = None
    qualifier: str | None = None
    subject: str | None = None


class MoneyFact(FactBase):
    """An amount of money with its ISO 4217 currency: ``70 billion yuan`` -> CNY 7e10.

    ``direction`` is set when the amount is the size of a change ("fell $3 billion"), not a
    level ("rose to $3 billion").
    """

    kind: Literal["money"] = "money"
    value: Number
    value_max: Number | None = None
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    direction: Literal["up", "down"] | None = None
    per: str | None = None
    qualifier: str | None = None
    subject: str | None = None


class DateFact(FactBase):
    """One calendar day."""

    kind: Literal["date"] = "date"
    date: dt.date


class DateRangeFact(FactBase):
    """An inclusive span of days; ``end`` is null for an open end ("since March").

    A fiscal period ("fiscal 2019", "Q3 FY2019") has ``fiscal: true`` and its ``label``
    ("FY2019 Q3") but no days: a company's fiscal year need not be the calendar's. A date whose
    year the article does not give and whose publication date is unknown has ``start`` null too,
    its ``label`` as printed, and the Article says so in ``warnings``.
    """

    kind: Literal["date_range"] = "date_range"
    start: dt.date | None
    end: dt.date | None
    relative: bool = False
    fiscal: bool = False
    label: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> DateRangeFact:
        if self.start is None and self.label is None:
            raise ValueError("a date range without days needs a label")
        if self.start is None and self.end is not None:
            raise ValueError("a date range without a start has no end")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"date range ends ({self.end}) before it starts ({self.start})")
        return self


class OrganizationFact(FactBase):
    """An organization, once per article, with every mention. ``span`` is the first mention.

    ``name`` is the longest full form the article uses; ``aliases`` are its other names there
    (a short form, the initials: "Halden", "HHI" for "Halden Holdings Inc.").
    """

    kind: Literal["organization"] = "organization"
    name: str
    mentions: list[Span]
    aliases: list[str] = Field(default_factory=list)


Fact = Annotated[
    QuantityFact | PercentFact | MoneyFact | DateFact | DateRangeFact | OrganizationFact,
    Field(discriminator="kind"),
]

#: Reads a JSON list of facts back into models.
facts_adapter: TypeAdapter[list[Fact]] = TypeAdapter(list[Fact])


@dataclass(frozen=True, slots=True)
class FactKind:
    """One fact kind as every stage knows it: a row of :data:`FACT_KINDS`.

    Attributes:
        model: the pydantic class (also a member of :data:`Fact`).
        label: its ``kind``: the value in the JSON, the Parquet ``kind`` column and the report.
        color: the report's highlight background (``#rrggbb``); the report's ink is the text on
            it, and a unit test holds that pair to WCAG AA.
        numeric: a figure: counted in :attr:`Validation.figures` and so in the coverage.
        finder: ``"module:function"`` that finds the kind in the article text, run by the
            ``newsfacts_kinds`` component after the built-in ones; it yields ``(start, end,
            fields)``, ``fields`` being the model's own fields. ``None`` for the kinds the
            numbers, dates and organization components find.
    """

    model: type[FactBase]
    label: str
    color: str
    numeric: bool
    finder: str | None = None


#: Every fact kind, in display order (the report's palette and legend, the Parquet columns of
#: fields added after schema 1.0). A new kind is a model above, a member of :data:`Fact`, a row
#: here, its export in ``newsfacts/__init__.py`` and, with a ``finder``, its finder's module.
#: Facts are output in ``(start, kind)`` order, by label: a row's place here changes no output.
FACT_KINDS: Final[tuple[FactKind, ...]] = (
    FactKind(QuantityFact, "quantity", "#bfdcff", numeric=True),
    FactKind(PercentFact, "percent", "#ffd88a", numeric=True),
    FactKind(MoneyFact, "money", "#b8e6bf", numeric=True),
    FactKind(DateFact, "date", "#e2d2ff", numeric=False),
    FactKind(DateRangeFact, "date_range", "#ffcfe0", numeric=False),
    FactKind(OrganizationFact, "organization", "#bfeae4", numeric=False),
)
_KINDS_BY_LABEL: Final = {kind.label: kind for kind in FACT_KINDS}


def fact_kind(label: str) -> FactKind:
    """The row of :data:`FACT_KINDS` whose label is ``label``.

    Raises:
        KeyError: no fact kind has that label.
    """
    return _KINDS_BY_LABEL[label]


class Check(_Frozen):
    """One validator verdict on a relation between facts.

    Attributes:
        id: identifier unique within the article (``c1``...).
        rule: the rule that produced it (``pct_change``, ``part_of_whole``, ...).
        status: ``consistent``, ``inconsistent`` or ``unverifiable``.
        fact_ids: the facts the check used.
        expected: what the rule computed from the other facts (a number, or a relation such as
            ``"4.91e12 > 4.44e12"``).
        actual: what the article states, when it states it.
        tolerance: the slack allowed by the rounding of the printed digits.
        message: one sentence a reader can follow, with the arithmetic.
        miss: for an inconsistent check, how far the closest reading inside the printed
            intervals still is from satisfying the relation, relative to the figure checked
            (0.02 = 2%).
        severity: for an inconsistent check, ``rounding`` when the miss is within one more unit
            of the last printed digit (a slip in rounding or a typo in the last digit),
            ``minor`` when it misses by less than 5%, ``major`` for a contradiction.
    """

    id: str
    rule: str
    status: CheckStatus
    fact_ids: list[str]
    expected: Number | str | None = None
    actual: Number | str | None = None
    tolerance: Number | None = None
    message: str
    miss: Number | None = None
    severity: Severity | None = None


class Validation(_Frozen):
    """What the validator did with an article.

    Attributes:
        checked: number of checks.
        consistent: checks that hold within the printed rounding.
        inconsistent: checks no reading of the printed figures satisfies.
        unverifiable: relations the text states but the article alone cannot decide.
        figures: quantity, money and percent facts in the article.
        covered: of those, the figures that took part in at least one check.
        coverage: ``covered / figures`` (1.0 for an article without figures).
    """

    checked: int = Field(ge=0)
    consistent: int = Field(ge=0)
    inconsistent: int = Field(ge=0)
    unverifiable: int = Field(ge=0)
    figures: int = Field(ge=0)
    covered: int = Field(ge=0)
    coverage: float = Field(ge=0, le=1)


class ErrorInfo(_Frozen):
    """Why an Article has status ``error``."""

    type: str
    message: str


class Source(_Frozen):
    """Where the page came from."""

    path: str | None = None
    url: str | None = None
    sha256: str | None = None


class ArticleMetadata(_Frozen):
    """What the page says about itself. ``published`` is ISO 8601 (a date or a datetime)."""

    title: str | None = None
    published: str | None = None
    authors: list[str] = Field(default_factory=list)
    site_name: str | None = None
    canonical_url: str | None = None
    language: str | None = None

    @field_validator("published")
    @classmethod
    def _iso(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError as exc:
            raise ValueError(f"published is not ISO 8601: {value!r}") from exc
        if "T" in value and parsed.tzinfo is None:
            raise ValueError(f"published datetime has no time zone: {value!r}")
        return value

    @property
    def published_date(self) -> dt.date | None:
        """The publication day, used to resolve relative dates."""
        if self.published is None:
            return None
        return dt.datetime.fromisoformat(self.published).date()


class PipelineInfo(_Frozen):
    """How the facts were produced.

    Attributes:
        version: newsfacts version.
        model: the statistical spaCy pipeline used for organizations, ``None`` when rules only.
        statistical: False when no statistical model was available: organizations then come from
            the pattern list alone.
        stages: the stages that ran on this article, in order, from ``clean``, ``numbers``,
            ``dates``, ``ner`` (organizations; English text only) and ``validate``. A page with
            no article body ran ``clean`` alone.
    """

    version: str
    model: str | None
    statistical: bool
    stages: list[Stage] | None = None


class Article(_Frozen):
    """A cleaned article, its facts and the validator's checks.

    ``warnings`` names what limited the reading without failing it, such as a missing
    publication date (dates without a year are then reported unresolved).
    """

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    status: Literal["ok", "no_article", "error"]
    error: ErrorInfo | None = None
    #: Why the page holds no article (status ``no_article``): "no text found", "the body is
    #: 150 characters, under the 200-character minimum", "no paragraph of 120 characters or
    #: more (a list of headlines or links)"...
    reason: str | None = None
    source: Source = Field(default_factory=Source)
    metadata: ArticleMetadata = Field(default_factory=ArticleMetadata)
    pipeline: PipelineInfo | None = None
    text: str = ""
    facts: list[Fact] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    validation: Validation | None = None
    warnings: list[str] = Field(default_factory=list)

    def fact(self, fact_id: str) -> Fact:
        """Return the fact with this id.

        Raises:
            KeyError: no fact has that id.
        """
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        raise KeyError(fact_id)
