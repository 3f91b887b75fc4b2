"""``comparison``: words that order two things must agree with the figures.

"Outpaced", "overtook", "trailed" and the like must agree with the figures the article gives.

"U.S.-based models have outpaced their Chinese counterparts" names the two sides by their
distinguishing words ("U.S.", "Chinese"); each side's figure is the one with the same unit and
period whose subject carries that word and not the other side's.
"""

from __future__ import annotations

import re

from newsfacts.validate.context import Figure, RuleContext, Verdict, human, unit_of
from newsfacts.validate.intervals import printed_interval

__all__ = ["check_comparison"]

_GREATER = (
    r"outpac\w*|overt(?:ook|aken|ake|akes|aking)|surpass\w*|exceed\w*|outstrip\w*|outperform\w*"
    r"|outs(?:old|ell|ells)|outgr(?:ew|ow|own)|eclips\w*|overshadow\w*|(?:higher|more|larger|greater|bigger)\s+than"
)
_LESS = r"lag(?:ged|ging|s)?\s+(?:behind\s+)?|trail\w*|fell\s+behind|(?:lower|less|fewer|smaller)\s+than"
_COMPARE = re.compile(rf"\b(?P<gt>{_GREATER})\b|\b(?P<lt>{_LESS})", re.I)
_NUMBER_NEXT = re.compile(r"^\s*(?:[$€£¥]|\d|about|nearly|some)", re.I)
_KEY = re.compile(r"\b([A-Z][\w.&'’]*(?:\.[A-Z]\.?)?)(?:-based|-made|-listed|'s|’s)?")
_NOT_KEYS = frozenset(
    "The A An In On At For Of And But Their Its His Her This That These Those It They We AI "
    "Meanwhile However Notably Overall".split()
)


def _keys(text: str) -> set[str]:
    return {m.group(1).rstrip("'’") for m in _KEY.finditer(text) if m.group(1) not in _NOT_KEYS}


def _has(subject: str | None, key: str) -> bool:
    return (
        bool(subject)
        and re.search(rf"(?<![\w]){re.escape(key)}(?![\w])", subject or "") is not None
    )


def _side(
    figures: list[Figure], mine: set[str], theirs: set[str], ctx: RuleContext
) -> list[Figure]:
    """Figures about one side: by their subject, else by their sentence."""
    for where in ("subject", "sentence"):
        found = []
        for f in figures:
            about = f.subject if where == "subject" else ctx.sentence_text(f.sentence)
            if any(_has(about, k) for k in mine) and not any(_has(about, k) for k in theirs):
                found.append(f)
        if found:
            return found
    return []


def check_comparison(ctx: RuleContext) -> list[Verdict]:
    """Check every comparison sentence whose two sides have figures."""
    verdicts: list[Verdict] = []
    figures = [f for f in ctx.figures() if f.id not in ctx.start_values() and f.value_max is None]
    for index in range(len(ctx.sentences)):
        sentence = ctx.sentence_text(index)
        for match in _COMPARE.finditer(sentence):
            if _NUMBER_NEXT.match(sentence[match.end() :]):
                continue  # "more than 20 firms" is a hedge, not a comparison
            left = _keys(" ".join(sentence[: match.start()].split()[-5:]))
            right = _keys(" ".join(sentence[match.end() :].split()[:5]))
            left, right = left - right, right - left
            if not left or not right:
                continue
            a_side, b_side = _side(figures, left, right, ctx), _side(figures, right, left, ctx)
            pairs = [(a, b) for a in a_side for b in b_side if unit_of(a) == unit_of(b)]
            same_period = [
                (a, b)
                for a, b in pairs
                if getattr(a, "period_id", None) == getattr(b, "period_id", None)
            ]
            pairs = same_period or pairs
            op = ">" if match.group("gt") else "<"
            phrase = match.group(0).strip()
            if not pairs:
                verdicts.append(
                    Verdict(
                        "comparison",
                        "unverifiable",
                        [],
                        f'"{phrase}" compares {"/".join(sorted(left))} with '
                        f"{'/'.join(sorted(right))}, but the article gives no comparable figures",
                    )
                )
                continue
            a, b = pairs[-1]
            ai = printed_interval(a.value, text=a.text, qualifier=a.qualifier)
            bi = printed_interval(b.value, text=b.text, qualifier=b.qualifier)
            ok = ai.hi > bi.lo if op == ">" else ai.lo < bi.hi
            relation = f"{human(float(a.value))} {op} {human(float(b.value))}"
            verdicts.append(
                Verdict(
                    "comparison",
                    "consistent" if ok else "inconsistent",
                    [a.id, b.id],
                    f'"{phrase}": {"/".join(sorted(left))} {relation} {"/".join(sorted(right))}'
                    f"{'' if ok else ' does not hold'}",
                    expected=relation,
                    actual=f"{human(float(a.value))} vs {human(float(b.value))}",
                )
            )
    return verdicts
