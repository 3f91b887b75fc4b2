"""``same_fact``: one subject and period reported twice must carry one value.

Two figures are the same fact when they measure the same thing (equal subjects, once function
words are set aside, with at least two content words), in the same unit and for the same
resolved period, in different sentences, and neither is part of a stated change (a start value
or a change amount belongs to another period or is a difference). Their intervals must overlap:
"4.44 trillion" and later "about 4.4 trillion" agree; "$2.1 billion" and "$2.4 billion" do not. A
range counts from its low end to its high end: "$40-50 billion" holds "$45 billion", not "$65
billion".
"""

from __future__ import annotations

from newsfacts.facts import DateFact, DateRangeFact
from newsfacts.validate.context import (
    Figure,
    RuleContext,
    content_words,
    digit_of,
    group_by_sentence,
    human,
    interval,
    same_measure,
)
from newsfacts.validate.intervals import Interval
from newsfacts.validate.verdict import Verdict, judged, weigh

__all__ = ["check_same_fact"]


_VERBS = frozenset(
    "was were is are be been had has have said says reported posted reached totaled totalled "
    "stood came hit made of at to".split()
)


def _key(f: Figure, ctx: RuleContext) -> frozenset[str] | None:
    """What the figure measures: its subject, else the words just before it."""
    words = frozenset(content_words(f.subject))
    if len(words) < 2:
        lead = ctx.before(f, 40).split()[-4:]
        words = frozenset(content_words(" ".join(lead))) - _VERBS
    return words if len(words) >= 2 else None


def _period(
    f: Figure, ctx: RuleContext, dates_in: dict[int, list[DateFact | DateRangeFact]]
) -> tuple[object, object] | None:
    """The resolved period: the linked date fact, else the one date fact in the sentence."""
    linked = ctx.get(getattr(f, "period_id", None))
    dates = [linked] if linked is not None else dates_in.get(f.sentence, [])
    if len(dates) != 1:
        return None
    d = dates[0]
    return (d.date, d.date) if isinstance(d, DateFact) else (d.start, d.end)  # type: ignore[union-attr]


def check_same_fact(ctx: RuleContext) -> list[Verdict]:
    """Compare every pair of figures that report the same subject and period."""
    linked = set(ctx.start_values())
    for p in ctx.percents():
        if p.to_id:
            linked.add(p.to_id)
    with_percent = {p.sentence for p in ctx.percents()}
    changed = {f.id for f in ctx.figures() if f.sentence in with_percent}
    dates_in = group_by_sentence(ctx.dates())
    # each figure's subject words and period, once; figures meet only within one (key, period)
    groups: dict[tuple[frozenset[str], tuple[object, object]], list[tuple[int, Figure]]] = {}
    keys: dict[str, frozenset[str]] = {}
    order = 0
    for f in ctx.figures():
        if f.id in linked or f.id in changed:
            continue
        key, period = _key(f, ctx), _period(f, ctx, dates_in)
        if key is None or period is None:
            continue
        keys[f.id] = key
        groups.setdefault((key, period), []).append((order, f))
        order += 1
    found: list[tuple[int, int, Verdict]] = []
    seen: set[str] = set()
    for members in groups.values():
        for i, (ia, a) in enumerate(members):
            if a.id in seen:
                continue
            for ib, b in members[i + 1 :]:
                if b.sentence == a.sentence or not same_measure(a, b):
                    continue
                seen.add(b.id)
                found.append((ia, ib, _verdict(a, b, keys[a.id])))
    return [v for _, _, v in sorted(found, key=lambda t: (t[0], t[1]))]


def _span(f: Figure) -> Interval:
    """A figure's interval; a range's runs from its low end to its high end, both rounded."""
    iv = interval(f)
    if f.value_max is None:
        return iv
    return Interval(iv.lo, f.value_max + (iv.hi - f.value))


def _shown(f: Figure) -> str:
    return human(f.value) if f.value_max is None else f"{human(f.value)} to {human(f.value_max)}"


def _verdict(a: Figure, b: Figure, key: frozenset[str]) -> Verdict:
    ai = _span(a)
    outcome = weigh(ai, "overlaps", _span(b))
    message = (
        f"{' '.join(sorted(key))!r} for the same period is given as {_shown(a)} and {_shown(b)}"
    )
    ranges = (a.value_max is not None) + (b.value_max is not None)
    agree = ("they agree within the printed rounding", "the figure lies within the range")
    if outcome.ok:
        message += f" ({agree[ranges] if ranges < 2 else 'the ranges overlap'})"
    else:
        message += f": {human(outcome.gap)} apart"
    return judged(
        "same_fact",
        [a.id, b.id],
        outcome,
        message,
        relative_to=ai.mid,
        digit=digit_of(a, b),
        expected=_shown(a),
        actual=_shown(b),
    )
