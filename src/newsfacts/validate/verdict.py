"""The one place a rule's arithmetic becomes a verdict: status, miss, severity, printed numbers.

A rule does two things here. It weighs a relation between two intervals (:func:`weigh`: "the
change the figures give overlaps the stated one", "the first is greater than the second", "the
parts fit in the whole"), and it writes its message with the outcome. Then :func:`judged` builds
the :class:`Verdict` (with :data:`UNDECIDED` for a relation nothing printed can decide). The most
common shape, a value worked out from the figures against the one it must agree with, is one
call: :func:`agreement`. What the builder decides:

* ``status``: ``consistent`` when some reading inside the intervals satisfies the relation,
  ``unverifiable`` when the outcome is :data:`UNDECIDED`;
* ``miss``: for an inconsistent verdict, the gap left at the closest reading, relative to
  ``relative_to`` (the figure the rule checks against), to three significant digits;
* ``severity``: ``rounding`` when the miss is within one unit of the last printed digit,
  ``minor`` under 5%, ``major`` beyond, or when the rule has no measure of the miss;
* ``expected``/``actual``/``tolerance``: rounded to significant digits for the Check.

Everything is ``Decimal``, computed in :data:`ARITHMETIC` (the validator sets it around the rules,
so a caller's own decimal context cannot change a verdict); messages print numbers with
:func:`~newsfacts.validate.context.shown`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)
from typing import Literal

from newsfacts.facts import CheckStatus, Severity
from newsfacts.validate.intervals import Interval, grade

__all__ = [
    "ARITHMETIC",
    "UNDECIDED",
    "Outcome",
    "Relation",
    "Verdict",
    "agreement",
    "judged",
    "read_back",
    "significant",
    "unprinted",
    "weigh",
]

#: How two intervals are held against each other: they share a value (``overlaps``), or some
#: reading of the first is greater than (``>``), less than (``<``) or at most (``<=``) some
#: reading of the second.
Relation = Literal["overlaps", ">", "<", "<="]

#: The decimal context of the rules: 28 significant digits (a trillion to the 16th decimal), ties
#: rounded to even (as Python formats floats), and errors raised, never turned into NaN.
ARITHMETIC = Context(
    prec=28, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow]
)

#: The smallest figure a miss is measured against (a zero figure would divide by zero).
_TINY = Decimal("1e-9")
_ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Verdict:
    """A check before it gets its id: what :func:`judged` builds (and nothing else does)."""

    rule: str
    status: CheckStatus
    fact_ids: list[str]
    message: str
    expected: Decimal | str | None = None
    actual: Decimal | str | None = None
    tolerance: Decimal | None = None
    miss: Decimal | None = None
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a relation came out.

    Attributes:
        ok: some reading inside the intervals satisfies the relation; ``None``: nothing printed
            can decide it (the verdict is ``unverifiable``).
        gap: how far the closest reading still is from satisfying it, in the figures' own units
            (0 when ``ok``).
        slack: the rounding the two intervals allow together (the sum of their half-widths).
    """

    ok: bool | None
    gap: Decimal = _ZERO
    slack: Decimal = _ZERO


#: The outcome of a relation the text states but the article alone cannot decide ("implies a
#: start of about 5.82 trillion; the article prints no start value").
UNDECIDED = Outcome(None)


def weigh(left: Interval, relation: Relation, right: Interval) -> Outcome:
    """Hold ``left`` against ``right``: does some reading of the two satisfy ``relation``?"""
    if relation == "overlaps":
        ok, gap = left.overlaps(right), left.distance(right)
    elif relation == ">":
        ok, gap = left.hi > right.lo, right.lo - left.hi
    elif relation == "<":
        ok, gap = left.lo < right.hi, left.lo - right.hi
    else:
        ok, gap = left.lo <= right.hi, left.lo - right.hi
    return Outcome(ok, _ZERO if ok else gap, left.half_width + right.half_width)


def significant(value: Decimal, digits: int) -> Decimal:
    """``value`` rounded to ``digits`` significant digits (half to even), for a Check field."""
    return Decimal(f"{value:.{digits}g}")


def _field(value: Decimal | str | None, digits: int) -> Decimal | str | None:
    return significant(value, digits) if isinstance(value, Decimal) else value


def judged(
    rule: str,
    fact_ids: list[str],
    outcome: Outcome,
    message: str,
    *,
    relative_to: Decimal | int | None = None,
    digit: Decimal = _ZERO,
    expected: Decimal | str | None = None,
    actual: Decimal | str | None = None,
    tolerance: Decimal | None = None,
    digits: int = 6,
) -> Verdict:
    """The verdict of a relation: the one way every rule builds one.

    Args:
        rule: the rule's name in the registry.
        fact_ids: the facts the check used.
        outcome: what :func:`weigh` found (or, for a relation that is not between intervals,
            an :class:`Outcome` the rule states itself: days between dates, years apart), or
            :data:`UNDECIDED`.
        message: the sentence a reader follows, already saying whether it holds.
        relative_to: the figure the miss is measured against (its absolute value, at least
            1e-9); ``None``: the rule has no measure of the miss, and an inconsistent verdict
            is ``major``.
        digit: one unit in the last printed digit of the figures, relative (see
            :func:`~newsfacts.validate.intervals.last_digit`): a miss within it is ``rounding``.
        expected: what the rule computed (or implies), a number or a relation.
        actual: what the article states, when it states something.
        tolerance: the rounding allowed (usually ``outcome.slack``), rounded to 3 digits.
        digits: significant digits of ``expected`` and ``actual`` when they are numbers.
    """
    miss = severity = None
    if outcome.ok is False:
        if relative_to is not None:
            miss = outcome.gap / max(abs(Decimal(relative_to)), _TINY)
        severity = grade(miss, digit) if miss is not None else "major"
    status: CheckStatus = (
        "unverifiable" if outcome.ok is None else "consistent" if outcome.ok else "inconsistent"
    )
    return Verdict(
        rule,
        status,
        fact_ids,
        message,
        expected=_field(expected, digits),
        actual=_field(actual, digits),
        tolerance=None if tolerance is None else significant(tolerance, 3),
        miss=None if miss is None else significant(miss, 3),
        severity=severity,
    )


def unprinted(
    rule: str,
    fact_ids: list[str],
    claim: str,
    value: Interval,
    missing: str,
    *,
    show: Callable[[Decimal], str],
    after_value: str = "",
    digits: int = 5,
) -> Verdict:
    """A figure the article implies but does not print: unverifiable, with what it would be.

    The message reads "<claim> <value><after_value> (between <low> and <high>); <missing>".

    Args:
        rule: whose verdict it is.
        fact_ids: the figures the value was worked out from.
        claim: how the value follows from them ("40% of 1,000 is about").
        value: the implied value with the rounding of the figures.
        missing: why nothing can contradict it ("the part is not printed").
        show: how a number is written in the message.
        after_value: words right after the middle value (" each").
        digits: significant digits of ``expected``.
    """
    message = (
        f"{claim} {show(value.mid)}{after_value} (between {show(value.lo)} and "
        f"{show(value.hi)}); {missing}"
    )
    return judged(
        rule,
        fact_ids,
        UNDECIDED,
        message,
        expected=value.mid,
        tolerance=value.half_width,
        digits=digits,
    )


def agreement(
    rule: str,
    fact_ids: list[str],
    found: Interval,
    against: Interval,
    message: str,
    *,
    off: Callable[[Decimal], str],
    digit: Decimal,
    digits: int = 6,
    expected: Literal["found", "against"] = "found",
) -> Verdict:
    """A value the figures give (``found``) must agree with another (``against``): they overlap.

    The miss is measured against ``against``; the tolerance is the rounding of both.

    Args:
        rule: whose verdict it is.
        fact_ids: the figures behind both values.
        found: what the rule works out from the figures (a change, a share, a ratio, a rate).
        against: what it must agree with: the value the article states, or a plausible band.
        message: the arithmetic, for a reader.
        off: the words added when they disagree, given the gap ("off by 1.2 points").
        digit: the figures' last-digit unit, relative (a miss within it is ``rounding``).
        digits: how many significant digits the two values keep in the Check.
        expected: which of the two the Check reports as ``expected`` (the other is ``actual``):
            the ratio and currency rules report the stated ratio and the year's rate there.
    """
    outcome = weigh(found, "overlaps", against)
    ours, theirs = (found.mid, against.mid) if expected == "found" else (against.mid, found.mid)
    return judged(
        rule,
        fact_ids,
        outcome,
        message + ": holds" if outcome.ok else message + off(outcome.gap),
        relative_to=against.mid,
        digit=digit,
        expected=ours,
        actual=theirs,
        tolerance=outcome.slack,
        digits=digits,
    )


def read_back(verdict: Verdict, back: int, what: str) -> Verdict:
    """A verdict on a figure read ``back`` sentences before: more than one back, no alarm.

    The figure a noun phrase or a subject names may, that far back, stand for another thing or
    another day's level: an ``inconsistent`` verdict becomes ``unverifiable``, saying why.
    """
    if verdict.status != "inconsistent" or back <= 1:
        return verdict
    return judged(
        verdict.rule,
        verdict.fact_ids,
        UNDECIDED,
        verdict.message + f" ({what}, read {back} sentences back, may be another)",
    )
