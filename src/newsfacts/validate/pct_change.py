"""``pct_change``: a change and one end imply the other end; two printed ends must agree with it.

"dropped 23.77% to 4.44 trillion" implies a start of 4.44 / (1 − 0.2377) ≈ 5.825 trillion. When
the start is printed too, the percentage it implies must overlap the printed one, every number
taken as its rounding interval.
"""

from __future__ import annotations

from newsfacts.facts import MoneyFact, PercentFact, QuantityFact
from newsfacts.validate.context import RuleContext, Verdict, as_decimal, human
from newsfacts.validate.intervals import Interval, printed_interval

__all__ = ["check_pct_change"]


def _interval(fact: QuantityFact | MoneyFact) -> Interval:
    return printed_interval(fact.value, text=fact.text, qualifier=fact.qualifier)


def _one(p: PercentFact, ctx: RuleContext) -> Verdict | None:
    start = ctx.get(p.from_id)
    end = ctx.get(p.to_id)
    start = start if isinstance(start, QuantityFact | MoneyFact) else None
    end = end if isinstance(end, QuantityFact | MoneyFact) else None
    if (
        p.direction is None
        or p.points
        or p.value_max is not None
        or (start is None and end is None)
    ):
        return None
    sign = -1.0 if p.direction == "down" else 1.0
    pct = printed_interval(p.value, text=p.text, qualifier=p.qualifier)
    stated = Interval(sign * pct.lo, sign * pct.hi) if sign > 0 else Interval(-pct.hi, -pct.lo)
    factor = Interval(1 + stated.lo / 100, 1 + stated.hi / 100)
    printed = f"{'+' if sign > 0 else '-'}{p.value}%"
    if start is not None and end is not None:
        ids = [p.id, start.id, end.id]
        s_iv, e_iv = _interval(start), _interval(end)
        if s_iv.lo <= 0:
            return Verdict("pct_change", "unverifiable", ids, "the start value is not positive")
        ratio = e_iv / s_iv
        computed = Interval((ratio.lo - 1) * 100, (ratio.hi - 1) * 100)
        ok = computed.overlaps(stated)
        gap = computed.distance(stated)
        message = (
            f"{human(float(start.value))} -> {human(float(end.value))} is a change of "
            f"{computed.mid:+.2f}% (between {computed.lo:+.2f}% and {computed.hi:+.2f}% within the "
            f"printed rounding); the article says {printed}"
        )
        if not ok:
            message += f": off by {gap:.2f} percentage points"
        return Verdict(
            "pct_change",
            "consistent" if ok else "inconsistent",
            ids,
            message,
            expected=as_decimal(computed.mid, 4),
            actual=as_decimal(stated.mid, 4),
            tolerance=as_decimal(computed.half_width + stated.half_width, 3),
        )
    if factor.lo <= 0:
        return Verdict(
            "pct_change",
            "inconsistent",
            [p.id, (start or end).id],  # type: ignore[union-attr]
            f"a fall of {p.value}% leaves nothing: no start value can produce it",
        )
    if end is not None:
        implied = _interval(end) / factor
        return Verdict(
            "pct_change",
            "consistent",
            [p.id, end.id],
            f"{human(float(end.value))} after a change of {printed} implies a start of about "
            f"{human(implied.mid)} (between {human(implied.lo)} and {human(implied.hi)}); no start "
            "value is printed to contradict it",
            expected=as_decimal(implied.mid, 5),
            actual=None,
            tolerance=as_decimal(implied.half_width, 3),
        )
    assert start is not None
    implied = _interval(start) * factor
    return Verdict(
        "pct_change",
        "consistent",
        [p.id, start.id],
        f"{human(float(start.value))} changed by {printed} implies an end of about "
        f"{human(implied.mid)}; no end value is printed to contradict it",
        expected=as_decimal(implied.mid, 5),
        tolerance=as_decimal(implied.half_width, 3),
    )


def check_pct_change(ctx: RuleContext) -> list[Verdict]:
    """Check every percentage change linked to the figures it runs from or to."""
    verdicts = []
    for p in ctx.percents():
        if p.measure == "change":
            verdict = _one(p, ctx)
            if verdict is not None:
                verdicts.append(verdict)
    return verdicts
