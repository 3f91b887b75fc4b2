"""Validate: facts -> checks. Each rule is a function in :data:`RULES`; they run in order.

Every rule reads the figures as the intervals their printed digits stand for (see
:mod:`newsfacts.validate.intervals`) and says ``inconsistent`` only when no reading inside those
intervals satisfies the relation; the check then carries how far it misses (``miss``) and a
``severity``: ``rounding`` (within one more unit of the last printed digit), ``minor`` (< 5%) or
``major``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from newsfacts.facts import Check, Fact, Validation, fact_kind
from newsfacts.validate.abs_change import check_abs_change
from newsfacts.validate.comparison import check_comparison
from newsfacts.validate.context import RuleContext, Verdict, as_decimal
from newsfacts.validate.currency_conversion import check_currency_conversion
from newsfacts.validate.date_relation import check_date_relation
from newsfacts.validate.intervals import grade
from newsfacts.validate.part_of_whole import check_part_of_whole
from newsfacts.validate.pct_change import check_pct_change
from newsfacts.validate.period_length import check_period_length
from newsfacts.validate.ratio import check_ratio
from newsfacts.validate.same_fact import check_same_fact
from newsfacts.validate.share import check_share

__all__ = ["RULES", "Rule", "RuleContext", "Verdict", "summarize", "validate_facts"]

Rule = Callable[[RuleContext], list[Verdict]]

#: The registry: rule name -> function. Add a rule by adding a module and a line here.
RULES: dict[str, Rule] = {
    "pct_change": check_pct_change,
    "abs_change": check_abs_change,
    "part_of_whole": check_part_of_whole,
    "share": check_share,
    "comparison": check_comparison,
    "ratio": check_ratio,
    "period_length": check_period_length,
    "date_relation": check_date_relation,
    "same_fact": check_same_fact,
    "currency_conversion": check_currency_conversion,
}


def _check(number: int, verdict: Verdict) -> Check:
    bad = verdict.status == "inconsistent"
    miss = verdict.miss if bad and verdict.miss is not None else None
    return Check(
        id=f"c{number}",
        rule=verdict.rule,
        status=verdict.status,
        fact_ids=verdict.fact_ids,
        expected=verdict.expected,
        actual=verdict.actual,
        tolerance=verdict.tolerance,
        message=verdict.message,
        miss=None if miss is None else as_decimal(miss, 3),
        severity=(grade(miss, verdict.digit) if miss is not None else "major") if bad else None,
    )


def validate_facts(
    facts: list[Fact],
    *,
    text: str,
    sentences: list[tuple[int, int]],
    rules: dict[str, Rule] | None = None,
    published: dt.date | None = None,
) -> list[Check]:
    """Run every rule over an article's facts and number the verdicts ``c1``, ``c2``..."""
    ctx = RuleContext(text=text, facts=facts, sentences=sentences, published=published)
    checks: list[Check] = []
    for rule in (rules or RULES).values():
        for verdict in rule(ctx):
            checks.append(_check(len(checks) + 1, verdict))
    return checks


def summarize(facts: list[Fact], checks: list[Check]) -> Validation:
    """Count the verdicts and the share of figures that took part in at least one check."""
    figures = {
        f.id for f in facts if fact_kind(f.kind).numeric and getattr(f, "role", None) != "age"
    }  # an age ("Smith, 66,") is a quantity but no figure to check
    used = {fid for c in checks for fid in c.fact_ids}
    covered = len(figures & used)
    return Validation(
        checked=len(checks),
        consistent=sum(c.status == "consistent" for c in checks),
        inconsistent=sum(c.status == "inconsistent" for c in checks),
        unverifiable=sum(c.status == "unverifiable" for c in checks),
        figures=len(figures),
        covered=covered,
        coverage=round(covered / len(figures), 4) if figures else 1.0,
    )
