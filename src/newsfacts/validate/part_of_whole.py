"""``part_of_whole``: parts the text ties to a stated whole must not add up past it.

A *whole* is a figure whose subject says so ("total", "global", "overall"...); its *parts* are the
other figures with the same unit and period whose subjects name the same thing ("token usage"),
leaving out start values of changes (they belong to an earlier period).
"""

from __future__ import annotations

import re

from newsfacts.validate.context import (
    Figure,
    RuleContext,
    Verdict,
    as_decimal,
    content_words,
    human,
    unit_of,
)
from newsfacts.validate.intervals import Interval, printed_interval

__all__ = ["check_part_of_whole"]

_WHOLE = re.compile(
    r"\b(?:total|global|overall|worldwide|world|all|entire|combined|aggregate|whole)\b", re.I
)


def _interval(f: Figure) -> Interval:
    return printed_interval(f.value, text=f.text, qualifier=f.qualifier)


def check_part_of_whole(ctx: RuleContext) -> list[Verdict]:
    """Compare the sum of the parts with each whole."""
    starts = ctx.start_values()
    figures = [f for f in ctx.figures() if f.id not in starts and f.value_max is None and f.subject]
    verdicts: list[Verdict] = []
    for whole in figures:
        if not _WHOLE.search(whole.subject or ""):
            continue
        context = [whole.subject or "", ctx.sentence_text(whole.sentence)]
        if whole.sentence > 0:
            context.append(ctx.sentence_text(whole.sentence - 1))
        whole_words = set().union(*(content_words(c) for c in context))
        parts = [
            f
            for f in figures
            if f is not whole
            and unit_of(f) == unit_of(whole)
            and getattr(f, "period_id", None) == getattr(whole, "period_id", None)
            and not _WHOLE.search(f.subject or "")
            and len(content_words(f.subject) & whole_words) >= 2
        ]
        if not parts:
            continue
        total = Interval(0.0, 0.0)
        for part in parts:
            total = total + _interval(part)
        bound = _interval(whole)
        ids = [whole.id, *(p.id for p in parts)]
        listed = " + ".join(human(float(p.value)) for p in parts)
        ok = total.lo <= bound.hi
        message = (
            f"parts {listed} = {human(total.mid)} "
            f"{'<=' if ok else 'exceed'} the whole {human(float(whole.value))}"
        )
        if not ok:
            message += f" by {human(total.lo - bound.hi)} at the least"
        verdicts.append(
            Verdict(
                "part_of_whole",
                "consistent" if ok else "inconsistent",
                ids,
                message,
                expected=as_decimal(float(whole.value)),
                actual=as_decimal(total.mid),
                tolerance=as_decimal(total.half_width + bound.half_width, 3),
            )
        )
    return verdicts
