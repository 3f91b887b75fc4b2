"""Validate: facts -> checks. Each rule is a function in :data:`RULES`; they run in order."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.facts import Check, Fact
from newsfacts.validate.comparison import check_comparison
from newsfacts.validate.context import RuleContext, Verdict
from newsfacts.validate.part_of_whole import check_part_of_whole
from newsfacts.validate.pct_change import check_pct_change
from newsfacts.validate.period_length import check_period_length

__all__ = ["RULES", "Rule", "RuleContext", "Verdict", "validate_facts"]

Rule = Callable[[RuleContext], list[Verdict]]

#: The registry: rule name -> function. Add a rule by adding a module and a line here.
RULES: dict[str, Rule] = {
    "pct_change": check_pct_change,
    "part_of_whole": check_part_of_whole,
    "comparison": check_comparison,
    "period_length": check_period_length,
}


def validate_facts(
    facts: list[Fact],
    *,
    text: str,
    sentences: list[tuple[int, int]],
    rules: dict[str, Rule] | None = None,
) -> list[Check]:
    """Run every rule over an article's facts and number the verdicts ``c1``, ``c2``..."""
    ctx = RuleContext(text=text, facts=facts, sentences=sentences)
    checks: list[Check] = []
    for rule in (rules or RULES).values():
        for verdict in rule(ctx):
            checks.append(
                Check(
                    id=f"c{len(checks) + 1}",
                    rule=verdict.rule,
                    status=verdict.status,
                    fact_ids=verdict.fact_ids,
                    expected=verdict.expected,
                    actual=verdict.actual,
                    tolerance=verdict.tolerance,
                    message=verdict.message,
                )
            )
    return checks
