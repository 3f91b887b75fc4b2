"""Validate: facts -> checks. Each rule is a function in :data:`RULES`; they run in order.

Every rule reads the figures as the intervals their printed digits stand for (see
:mod:`newsfacts.validate.intervals`) and says ``inconsistent`` only when no reading inside those
intervals satisfies the relation; the check then carries how far it misses (``miss``) and a
``severity``: ``rounding`` (within one more unit of the last printed digit), ``minor`` (< 5%) or
``major``. The verdicts are built in one place, :mod:`newsfacts.validate.verdict`.

A rule that raises is a bug in the rule, not suspect data: :func:`validate_facts` turns it into a
:class:`~newsfacts.errors.ValidationRuleError` naming the rule and the page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import localcontext

from newsfacts.errors import NewsFactsError, ValidationRuleError
from newsfacts.facts import Check, Fact, Validation, fact_kind
from newsfacts.settings import Settings
from newsfacts.validate.abs_change import check_abs_change
from newsfacts.validate.average import check_average
from newsfacts.validate.comparison import check_comparison
from newsfacts.validate.context import RuleContext
from newsfacts.validate.currency_conversion import check_currency_conversion
from newsfacts.validate.date_relation import check_date_relation
from newsfacts.validate.part_of_whole import check_part_of_whole
from newsfacts.validate.pct_change import check_pct_change
from newsfacts.validate.period_length import check_period_length
from newsfacts.validate.rate_period import check_rate_period
from newsfacts.validate.ratio import check_ratio
from newsfacts.validate.same_fact import check_same_fact
from newsfacts.validate.share import check_share
from newsfacts.validate.unit_conversion import check_unit_conversion
from newsfacts.validate.verdict import ARITHMETIC, Verdict
from newsfacts.validate.within_range import check_within_range

__all__ = [
    "RULES",
    "Rule",
    "RuleContext",
    "Verdict",
    "crowded_facts",
    "summarize",
    "validate_facts",
]

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
    "within_range": check_within_range,
    "rate_period": check_rate_period,
    "unit_conversion": check_unit_conversion,
    "average": check_average,
}


def _check(number: int, verdict: Verdict) -> Check:
    return Check(
        id=f"c{number}",
        rule=verdict.rule,
        status=verdict.status,
        fact_ids=verdict.fact_ids,
        expected=verdict.expected,
        actual=verdict.actual,
        tolerance=verdict.tolerance,
        message=verdict.message,
        miss=verdict.miss,
        severity=verdict.severity,
    )


def crowded_facts(facts: list[Fact], most: int | None) -> set[str]:
    """Ids of the facts past the first ``most`` of their sentence (none when ``most`` is None).

    The validator does not relate them (:attr:`Settings.crowded_sentence_facts`).
    """
    if most is None:
        return set()
    seen: dict[int, int] = {}
    crowded = set()
    for fact in facts:
        seen[fact.sentence] = seen.get(fact.sentence, 0) + 1
        if seen[fact.sentence] > most:
            crowded.add(fact.id)
    return crowded


def validate_facts(
    facts: list[Fact],
    *,
    text: str,
    sentences: list[tuple[int, int]],
    rules: dict[str, Rule] | None = None,
    published: dt.date | None = None,
    settings: Settings | None = None,
    path: str | None = None,
    url: str | None = None,
) -> list[Check]:
    """Run every rule over an article's facts and number the verdicts ``c1``, ``c2``...

    Args:
        facts: the article's facts, in reading order.
        text: the cleaned text the facts' spans point into.
        sentences: character spans of the sentences.
        rules: the rules to run; :data:`RULES` when None.
        published: the publication date, when known.
        settings: options (the rate table is read from ``settings.assets_dir``).
        path: the page's file, named by an error.
        url: the page's address, named by an error.

    The facts past :attr:`Settings.crowded_sentence_facts` in one sentence take part in no
    check (:func:`crowded_facts`).

    Raises:
        ValidationRuleError: a rule raised (the error names the rule and the page).
        NewsFactsError: a rule could not load what it reads (e.g. ``ModelError`` for a missing
            rate table).
    """
    settings = settings or Settings()
    crowded = crowded_facts(facts, settings.crowded_sentence_facts)
    ctx = RuleContext(
        text=text,
        facts=[f for f in facts if f.id not in crowded] if crowded else facts,
        sentences=sentences,
        published=published,
        settings=settings,
    )
    found: list[Verdict] = []
    for name, rule in (rules or RULES).items():
        try:
            with localcontext(ARITHMETIC):
                verdicts = rule(ctx)
        except NewsFactsError:
            raise
        except Exception as exc:  # a bug in one rule: typed, so that parse() raises only ours
            raise ValidationRuleError(
                f"validator rule {name!r} failed: {type(exc).__name__}: {exc}",
                rule=name,
                path=path,
                url=url,
            ) from exc
        found.extend(verdicts)
    return [_check(n, v) for n, v in enumerate(_without_echoes(found), start=1)]


def _without_echoes(verdicts: list[Verdict]) -> list[Verdict]:
    """Drop an undecided verdict on figures that a decided one already relates.

    "increased to 5,600 in 2020, compared with 5,000": the direction word decides the pair;
    the side-by-side reading of the same two figures ("compared with", no order) adds nothing.
    """
    decided = [set(v.fact_ids) for v in verdicts if v.status != "unverifiable"]
    return [
        v
        for v in verdicts
        if v.status != "unverifiable" or not any(set(v.fact_ids) <= d for d in decided)
    ]


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
