"""Tallies against the count they divide: votes against their body, a record against its games.

* "The nine-member council voted 6-3": 6 + 3 votes fit in nine members; "passed 7-2, with all
  nine members present" and "voted 5-2, with all seven members present" make all of them.
* "went 46-28-8 in the 82-game season", "won 20 games, drew 8 and lost 10 in its 38 matches":
  the record's parts make all the games.

A tally is read from the text (a score-like "6-3" is no figure of its own); the count is a
figure of the same sentence, of the kind :data:`_BODIES` names for the tally, so the check
cites that figure. A vote may leave members out (absent, abstaining) unless the sentence says
all were present; a record names every game.
"""

from __future__ import annotations

import re
from decimal import Decimal

from newsfacts.facts import QuantityFact
from newsfacts.validate.context import RuleContext, number_of
from newsfacts.validate.verdict import Outcome, Verdict, judged

__all__ = ["check_tally"]

_N = r"\d{1,3}|[a-z]+"
#: How a tally is printed, one row per kind: (kind, pattern with the numbers in groups a, b, c).
_TALLIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "vote",
        re.compile(
            r"\b(?:voted|vote\s+was|votes?\s+of|passed|approved|adopted|rejected|defeated"
            r"|confirmed|endorsed|backed|ruled|split)\s+(?:\w+\s+){0,2}?"
            r"(?P<a>\d{1,3})\s*[-–]\s*(?P<b>\d{1,3})(?!\s*[-–]\s*\d)(?![\d%])",
            re.I,
        ),
    ),
    (
        "vote",
        re.compile(
            rf"\bby\s+a\s+vote\s+of\s+(?P<a>{_N})\s+to\s+(?P<b>{_N})\b",
            re.I,
        ),
    ),
    (
        "record",
        re.compile(
            r"\b(?:went|gone|go|finished|finishing|ended|ending|stand\s+at|stood\s+at|record\s+of"
            r"|improved\s+to|fell\s+to)\s+(?:the\s+season\s+)?(?P<a>\d{1,3})\s*[-–]\s*(?P<b>\d{1,3})"
            r"(?:\s*[-–]\s*(?P<c>\d{1,3}))?(?![\d%])",
            re.I,
        ),
    ),
    (
        "record",
        re.compile(
            rf"\b(?P<a>{_N})\s+(?:wins|victories|games\s+won),\s+(?P<b>{_N})\s+(?:losses|defeats)"
            rf"(?:,?\s+and\s+(?P<c>{_N})\s+(?:draws|ties|overtime\s+losses))?\b",
            re.I,
        ),
    ),
    (
        "record",
        re.compile(
            rf"\bwon\s+(?P<a>{_N})(?:\s+(?:games|matches))?,\s+drew\s+(?P<b>{_N})"
            rf",?\s+and\s+lost\s+(?P<c>{_N})\b",
            re.I,
        ),
    ),
)
#: The units of the count each kind of tally divides.
_BODIES = {
    "vote": frozenset({"member", "members", "seat", "seats", "justice", "justices", "juror",
                       "jurors", "commissioner", "commissioners", "councilor", "councilors",
                       "trustee", "trustees", "senator", "senators", "delegate", "delegates"}),
    "record": frozenset({"game", "games", "match", "matches", "contest", "contests", "fixture",
                         "fixtures", "bout", "bouts", "start", "starts"}),
}  # fmt: skip
#: Before a count that is the whole of another part, not of the tally: "won 11 of their final",
#: "in seven of its last".
_PART_OF = re.compile(
    r"\b(?:\d[\d,]*|[a-z]+)\s+(?:out\s+)?of\s+(?:the|their|its|his|her|our)?\s*(?:\w+\s+)?$", re.I
)
#: After a count that is a part of another: "7 of its 8 home games", "3 out of 5".
_PART_AFTER = re.compile(r"\s*(?:out\s+)?of\b", re.I)
#: Words that say every member voted: "with all nine members present", "unanimous".
_ALL_PRESENT = re.compile(
    r"\ball\s+(?:\w+\s+){0,2}(?:members|seats|justices)\s+(?:present|voting)\b", re.I
)


#: After a count of games, words that make it a gap: "under .500", "behind", "back", "ahead".
_GAP_AFTER = re.compile(
    r"\s*(?:under|over|above|below|behind|back|ahead|out\s+of\s+first|clear|off\s+the\s+pace)\b",
    re.I,
)


#: A new clause between a record and a count: the count is another team's or time's.
_NEW_CLAUSE = re.compile(r";|,\s*(?:while|whereas|but|and)\b|\bwhile\b", re.I)
#: How many characters from a record or a vote its body may be printed.
_BODY_REACH = 30


def _stands_by(ctx: RuleContext, match: re.Match[str], f: QuantityFact) -> bool:
    """Whether a count of games stands by a record, in its clause (see :data:`_BODY_REACH`)."""
    if f.span[0] - match.end() > _BODY_REACH or match.start() - f.span[1] > _BODY_REACH:
        return False
    gap = ctx.text[min(f.span[1], match.end()) : max(f.span[0], match.start())]
    return _NEW_CLAUSE.search(gap) is None


def check_tally(ctx: RuleContext) -> list[Verdict]:
    """Check each vote or record against the count of its sentence it divides."""
    verdicts = []
    counts = [f for f in ctx.facts if isinstance(f, QuantityFact) and f.unit and f.role != "age"]
    for kind, pattern in _TALLIES:
        for sentence, match in _all_matches(ctx, pattern):
            numbers = [number_of(match.group(g)) for g in ("a", "b", "c") if _group(match, g)]
            if any(n is None for n in numbers) or len(numbers) < 2:
                continue
            summed = sum((n for n in numbers if n is not None), Decimal(0))
            bodies = [
                f
                for f in counts
                if f.sentence == sentence
                and (f.unit or "-").split()[-1].lower() in _BODIES[kind]
                and f.value_max is None
                and not (match.start() <= f.span[0] < match.end())
                and not _PART_OF.search(ctx.before(f, 40))
                # "finished 11-5, winning 7 of its 8 home games": a part, no body
                and not _PART_AFTER.match(ctx.after(f, 12))
                # "finished 71-91, 20 games under .500": a gap, not the games played
                and not _GAP_AFTER.match(ctx.after(f, 20))
                # the record's own games stand by it ("went 46-28-8 in the 82-game season"),
                # not "12-4 with a win ..., their seventh victory in eight games"
                and (kind != "record" or _stands_by(ctx, match, f))
            ]
            if len(bodies) != 1:
                continue
            body = bodies[0]
            total = Decimal(body.value)
            whole = kind == "record" or bool(_ALL_PRESENT.search(ctx.sentence_text(sentence)))
            ok = summed == total if whole else summed <= total
            shown = "-".join(str(n) for n in numbers)
            relation = "make" if whole else "fit in"
            verdicts.append(
                judged(
                    "part_of_whole",
                    [body.id],
                    Outcome(ok, Decimal(0) if ok else abs(summed - total)),
                    f"the {kind} {shown} adds up to {summed}, which "
                    + ("does" if ok else "does not")
                    + f" {relation} the {body.text}",
                    relative_to=total,
                    expected=total,
                    actual=summed,
                )
            )
    return verdicts


def _group(match: re.Match[str], name: str) -> str | None:
    return match.groupdict().get(name)


def _all_matches(ctx: RuleContext, pattern: re.Pattern[str]) -> list[tuple[int, re.Match[str]]]:
    """Every match of ``pattern`` in each sentence, with the sentence's index."""
    found = []
    for index, (start, end) in enumerate(ctx.sentences):
        found += [(index, m) for m in pattern.finditer(ctx.text, start, end)]
    return found
