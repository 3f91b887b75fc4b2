"""``abs_change``: a change stated as an amount, and levels stated with a direction.

* "up $320 million to $2.1 billion" - the amount and the end imply the start; with "from $1.8
  billion" printed too, end - start must equal the amount within the printed rounding.
* "draws down to 10,000 from a height of 98,000", "expanded from 100 troops to 1,100", "4.9 billion
  in 2015, up from 3.75 billion" - two levels and a direction word: the levels must move that way.
* "will increase that to 6Tb" (the figure before), "topped 300 million ... grew ... 200 million
  nine months ago" (an earlier level) - the same, with the direction word between them.
* "the share was 57 per cent owing to a decline in prices" - lower than the level just before.
* "Reserves stood at 9.59 percent ... reserves dipped to 8.9 percent" - a level reached with a
  direction verb and no "from" continues the last level of the same thing (the noun before the
  verb appears in that figure's sentence) within the three sentences before.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from newsfacts.facts import PercentFact
from newsfacts.validate.context import (
    BY_AMOUNT,
    Figure,
    Numeric,
    RuleContext,
    comparable,
    currency_move,
    digit_of,
    from_to,
    group_by_sentence,
    human,
    interval,
    is_comparand,
    is_compound,
    marked_levels,
    off_by,
    percents_from_to,
    same_measure,
    stated_start,
)
from newsfacts.validate.intervals import Interval
from newsfacts.validate.verdict import (
    UNDECIDED,
    Outcome,
    Relation,
    Verdict,
    agreement,
    judged,
    read_back,
    weigh,
)
from newsfacts.vocab import (
    AMOUNT_LEAD,
    CHANGE_NOUN_DIRECTIONS,
    CHANGE_NOUNS,
    DOWN_STEMS,
    HEDGE_WORD,
    UP_STEMS,
)

__all__ = ["check_abs_change"]

_UP = UP_STEMS
_DOWN = DOWN_STEMS
_AMOUNT_LEAD = re.compile(AMOUNT_LEAD, re.I)
#: Verbs whose "up" is no rise: "made up 61% of the total", "ended up", "added up to".
_NOT_A_RISE = (
    r"(?<!\bmade\s)(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmaking\s)(?<!\bended\s)(?<!\bends\s)"
    r"(?<!\badds\s)(?<!\badded\s)(?<!\bsummed\s)(?<!\bpicked\s)(?<!\bset\s)(?<!\bsets\s)"
)
#: A word that says which way a level moved; "growth" names a measure ("Growth slowed to 2.1%"),
#: "growers" and "loan losses" are nouns.
_DIRECTION = re.compile(
    rf"\b(?!growth\b|growers?\b|loss(?:es)?\b)(?:(?P<up>{_NOT_A_RISE}(?:{_UP}))|(?P<down>{_DOWN}))\b"
    # "cut by more than half": a bound on a fraction (the verb before it says the direction)
    r"(?P<bound>\s+than\s+(?:half|double|twice|triple|a\s+(?:third|quarter|fifth|tenth)"
    r"|two-thirds|three-quarters)\b)?",
    re.I,
)


def _last_direction(words: list[re.Match[str]]) -> re.Match[str] | None:
    """The direction word that counts: the last one, unless it only bounds a fraction.

    "was cut by more than half, from $9 billion to $4 billion": "cut"; "went from $2 billion
    to $5 billion, more than double": with no verb, the bound says the direction. A word used
    as a noun of another thing does not count: "cut its estimate of April's gain to 0.1% from
    0.3%" (the owner's gain: "cut" says it), "had at least one price cut in March" (none).
    """
    verbs = [w for w in words if not _NOUN_USE.search(w.string, 0, w.start())]
    verbs = [
        w
        for w in verbs
        if not (
            _NOUN_BEFORE.search(w.string, 0, w.start()) and not _NOUN_WITH.match(w.string, w.end())
        )
    ]
    if not verbs:
        return None
    plain = [w for w in verbs if not w.group("bound")]
    return plain[-1] if plain else verbs[-1]


#: After a direction word, its own size and the group it happened in: " by at least half in ".
_BY_THEN_IN = re.compile(r"^\s+by\s+[^,.;:\d]{0,30}?\s+(?:in|among|for)\s+$", re.I)
#: After a direction word, a share of something else it moved: "1,043, or 80%, lost at least a
#: tenth of their body weight, compared with 79": the figures count whom it happened to.
_OWN_SHARE = re.compile(
    r"^\s+(?:by\s+)?(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+|up\s+to\s+)?"
    r"(?:(?:a|one)\s+)?(?:half|third|quarter|fifth|tenth|fraction|portion|share|some|most|much|all)"
    r"\s+of\s+(?:their|its|his|her|the|our|your)\b",
    re.I,
)
#: Before a direction word, an owner: "April's gain" is a noun, the thing another verb moves.
_NOUN_USE = re.compile(r"['’]s\s+$")
#: Before a direction word, a determiner or a noun it modifies: "one price cut", "the gain".
_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|one|the|its|their|his|her|that|this|each|every|any|no|price|rate|tax|pay|job"
    r"|budget|spending|wage|fare|interest)\s+$",
    re.I,
)
#: After such a noun, the figures of its own change: "a cut of 5%", "the gain to $4 from $3".
_NOUN_WITH = re.compile(r"\s+(?:of|by|to|from)\b", re.I)


_LEVEL_TO = re.compile(
    r"\b(?P<noun>[A-Za-z][\w-]{3,})\s+(?:(?:had|has|have|then|later|again|also)\s+)?"
    r"(?P<verb>(?P<up>rose|climbed|jumped|grew|increased|surged|soared|rebounded|recovered|"
    r"edged\s+up|rises|climbs)|(?P<down>dipped|fell|dropped|declined|slipped|slid|sank|"
    r"decreased|plunged|tumbled|shrank|eased|edged\s+down|falls|drops))\s+(?:back\s+)?to\s+"
    rf"{HEDGE_WORD}$",
    re.I,
)
#: Between a level and the level it moved to in one clause: " in 2011, declining to ",
#: " in 2015 and climbed to ", " a day in 2019 before sliding to ". Adverbs ("up to", "more") are bounds, not moves.
_THEN_TO = re.compile(
    r"^(?:\s+(?:a|an|per)\s+(?:day|week|month|year|quarter|head|person|share|capita))?"
    r"(?:\s+(?:in|by|during|as\s+of|at\s+the\s+end\s+of|on)\s+[\w.,' -]{1,25}?)?\s*,?\s*"
    r"(?:and\s+|before\s+|then\s+|but\s+|only\s+to\s+)?(?:has\s+|had\s+|have\s+)?"
    r"(?:since\s+|then\s+|later\s+|now\s+)?(?!(?:up|down|higher|lower|more|less|fewer)\b)"
    rf"(?P<verb>(?P<up>{_UP})|(?P<down>{_DOWN}))\s+(?:back\s+)?to\s+"
    rf"(?:a\s+(?:record|low|high)\s+of\s+)?{HEDGE_WORD}$",
    re.I,
)
#: "will increase that to up to 6Tb": the pronoun is the figure just before.
_PRONOUN_TO = re.compile(
    r"\b(?P<verb>(?P<up>rais\w*|increas\w*|boost\w*|lift\w*|push\w*|doubl\w*|expand\w*)|"
    r"(?P<down>cut\w*|reduc\w*|lower\w*|trim\w*|lowers?|shrink\w*|slash\w*))\s+"
    r"(?:that|this|it|them|those)\s+(?:figure\s+|number\s+)?to\s+(?:up\s+to\s+|about\s+|around\s+)?$",
    re.I,
)
#: "Drop the rear seats and that increases to 58.4 cu.ft.": a pronoun that moves, the figure
#: just before being where it moved from.
_PRONOUN_MOVES_TO = re.compile(
    r"\b(?:that|this|it|which)\s+(?:then\s+|further\s+|in\s+turn\s+)?"
    r"(?P<verb>(?P<up>increas(?:es|ed)|ris(?:es|e)|rose|grows|grew|climb(?:s|ed)|jump(?:s|ed)"
    r"|goes\s+up|went\s+up)|(?P<down>decreas(?:es|ed)|falls|fell|drop(?:s|ped)|declin(?:es|ed)"
    r"|shr(?:inks|ank)|goes\s+down|went\s+down))\s+to\s+(?:about\s+|around\s+|nearly\s+)?$",
    re.I,
)
#: "... hovering around 200 million users just nine months ago": an earlier level.
_AGO = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:just\s+)?(?:[\w-]+\s+)(?:months?|years?|weeks?|days?|"
    r"decades?)\s+(?:ago|earlier|before)\b",
    re.I,
)
_RISING = re.compile(
    r"\b(?:up|rising|higher|increase|rise|gain|jump|accelerating|quickening)$", re.I
)
_UP_FROM = re.compile(
    r"\b(?P<d>up|down|rising|falling|higher|lower|easing|slowing|cooling|accelerating|quickening"
    r"|(?:an?\s+)?(?:increase|rise|gain|jump|decline"
    r"|decrease|drop|fall))"
    # the move in points may stand between: "up 2.7 percentage points from"
    r"(?:\s+(?:about\s+|nearly\s+|roughly\s+|some\s+)?\d[\d.]*\s+(?:percentage\s+)?points?)?"
    r"\s+(?:from|over|on)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:of\s+)?\S*$",
    re.I,
)


#: Words that put a level below zero: "minus $12.40", "below zero", "negative".
_BELOW_ZERO = re.compile(r"\b(?:minus|negative|below\s+zero|sub-zero)\b", re.I)


#: Between two levels and an amount after them, a clause with a subject of its own: ", but it
#: lost", ", and officials expect ... to add", "; analysts said".
_OWN_SUBJECT_CLAUSE = re.compile(
    r"(?:,\s*(?:but|and|while|whereas|yet)|;)\s+(?:it|he|she|they|we|officials|analysts"
    r"|(?:the|its|their)\s+[a-z]+)\s+(?!(?:up|down|from|to|or)\b)[a-z]+",
    re.I,
)


def _amount_verdict(
    ctx: RuleContext, delta: Figure, sign: int, start: Figure | None, end: Figure | None
) -> Verdict | None:
    d_iv = interval(delta)
    signed = d_iv if sign > 0 else -d_iv
    word = "up" if sign > 0 else "down"
    if start is not None and end is not None:
        diff = interval(end) - interval(start)
        message = (
            f"{human(start.value)} -> {human(end.value)} is a change of "
            f"{human(diff.mid)}; the article says {word} {human(delta.value)}"
        )
        ids, digit = [delta.id, start.id, end.id], digit_of(delta, start, end)
        return agreement("abs_change", ids, diff, signed, message, off=off_by, digit=digit)
    known = end or start
    if known is None:
        return None
    if known is end:
        implied = interval(end) - signed
        what, verb = "start", f"{human(known.value)} after {word} {human(delta.value)}"
    else:
        implied = interval(known) + signed
        what, verb = "end", f"{human(known.value)} {word} {human(delta.value)}"
    if (
        implied.hi < 0
        and not delta.qualifier
        # "settling at minus $12.40, a drop of $30.67 from $18.27": the text says it went below
        and not _BELOW_ZERO.search(ctx.sentence_text(delta.sentence))
    ):
        return judged(
            "abs_change",
            [delta.id, known.id],
            Outcome(ok=False, gap=abs(implied.hi)),
            f"{verb} implies a negative {what} ({human(implied.mid)})",
            relative_to=known.value,
            digit=digit_of(delta, known),
        )
    return judged(
        "abs_change",
        [delta.id, known.id],
        UNDECIDED,
        f"{verb} implies {'an' if what == 'end' else 'a'} {what} of about {human(implied.mid)}; "
        f"the article prints no {what} "
        "value to check it against",
        expected=implied.mid,
        tolerance=implied.half_width,
        digits=5,
    )


def _show(f: Numeric) -> str:
    return f"{f.value}%" if isinstance(f, PercentFact) else human(f.value)


def _levels_verdict(start: Numeric, end: Numeric, word: str, up: bool) -> Verdict:
    relation: Relation = ">" if up else "<"
    outcome = weigh(interval(end), relation, interval(start))
    message = (
        f'"{word}": {_show(end)} {relation} {_show(start)}{"" if outcome.ok else " does not hold"}'
    )
    return judged(
        "abs_change",
        [start.id, end.id],
        outcome,
        message,
        relative_to=start.value,
        digit=digit_of(start, end),
        expected=f"end {relation} start",
        actual=f"{_show(end)} vs {_show(start)}",
    )


_CAUSE = re.compile(
    r"^\s*,?\s*(?:owing\s+to|due\s+to|because\s+of|after|amid|reflecting|on)\s+"
    r"(?:an?\s+|the\s+)?(?:(?:sharp|steep|big|large|small|slight)\s+)?"
    r"(?:(?P<down>decline|drop|fall|slump|decrease|contraction|slowdown)|"
    r"(?P<up>increase|rise|jump|surge|growth|rebound))\b",
    re.I,
)


def _last_before(
    f: Numeric,
    numeric: list[Numeric],
    back: int,
    *,
    same_sentence: bool = True,
    noun: str | None = None,
    ctx: RuleContext | None = None,
) -> Numeric | None:
    """The last figure of the same sort before ``f``, at most ``back`` sentences earlier.

    Args:
        f: the figure that refers back.
        numeric: every figure and percent, in reading order.
        back: how many sentences before ``f``'s own to look at.
        same_sentence: whether ``f``'s own sentence counts.
        noun: when given (with ``ctx``), the earlier figure's sentence must contain it.
        ctx: the rule context (needed for ``noun``).
    """
    last = f.sentence if same_sentence else f.sentence - 1
    found = None
    for g in numeric:
        if g.span[0] >= f.span[0]:
            break
        if g.span[1] > f.span[0]:
            continue
        if not f.sentence - back <= g.sentence <= last or not comparable(f, g):
            continue
        if noun is not None and ctx is not None:
            if noun not in ctx.sentence_text(g.sentence).lower():
                continue
        found = g
    return found


#: A figure that refers back to the figure just before it, with the word that says which way:
#: the cue's pattern, whether it reads the text before (True) or after the figure, how far, and
#: how many of the matched words name the relation (0: all).
_BACK_CUES: tuple[tuple[re.Pattern[str], bool, int, int], ...] = (
    (_CAUSE, False, 60, 0),  # "was 57 per cent owing to a decline in prices": lower than before
    (_PRONOUN_TO, True, 70, 2),  # "will increase that to 6Tb": the pronoun is the figure before
    (_PRONOUN_MOVES_TO, True, 70, 0),  # "that increases to 58.4 cu.ft."
)


def _referring_back(ctx: RuleContext, numeric: list[Numeric], done: set[str]) -> list[Verdict]:
    """A level set against the figure just before it by a cue in ``_BACK_CUES``."""
    verdicts = []
    for pattern, before, window, words in _BACK_CUES:
        for f in numeric:
            match = pattern.search(ctx.before(f, window) if before else ctx.after(f, window))
            earlier = _last_before(f, numeric, 1) if match and f.id not in done else None
            if match and earlier is not None:
                said = match.group(0).strip(" ,").split()
                word = " ".join(said[:words] if words else said)
                verdicts.append(_levels_verdict(earlier, f, word, bool(match.group("up"))))
    return verdicts


def _ago(ctx: RuleContext, numeric: list[Numeric], done: set[str]) -> list[Verdict]:
    """An earlier level: "topped 300 million ... grew. It was 200 million nine months ago"."""
    verdicts = []
    for f in numeric:
        if f.id in done or not _AGO.match(ctx.after(f, 50)):
            continue
        if _AMOUNT_LEAD.search(ctx.before(f, 30)) or ctx.is_gap(f):
            continue  # "down 6 cents from a week earlier", "28 cents below a year ago": the
            # amount of a change or a gap, no level
        g = _last_before(f, numeric, 2)
        if g is not None and not isinstance(g, PercentFact) and is_compound(g):
            # "312,460 twenty-foot equivalent units ..., up 6.2% from 294,220 a year earlier":
            # the glued size names a kind of unit; the count before it is the level
            g = _last_before(g, numeric, 0)
        if g is None or g.sentence != f.sentence:
            # "$1.86 a pound, down 9% from $2.04 a year earlier": with no figure of its exact
            # sort before it in its sentence, the rate before it holds for both
            own = [
                h
                for h in numeric
                if h.sentence == f.sentence
                and h.span[1] <= f.span[0]
                and not isinstance(h, PercentFact)
                and not isinstance(f, PercentFact)
                and same_measure(h, f, per_implied=True)
            ]
            g = own[-1] if own else g
            if not own and any(
                h.sentence == f.sentence and h.span[1] <= f.span[0] for h in numeric
            ):
                # "Arden's lead narrowed to 1.1 percentage points from 2.4 points a year
                # earlier": the level is in its own clause, of another sort; not a figure of
                # the sentence before
                g = None
        if g is not None and _AMOUNT_LEAD.search(ctx.before(g, 30)):
            # "$3.58 on Friday, down 6 cents from a week earlier and down 3.5% from $3.71 a year
            # ago": the figure before is another change's amount; the level is the one before it
            g = _last_before(g, numeric, 0)
            if g is not None and _AMOUNT_LEAD.search(ctx.before(g, 30)):
                g = None
        if g is not None and not isinstance(g, PercentFact):
            g = _unrestated_level(ctx, g, [h for h in numeric if not isinstance(h, PercentFact)])
        if g is not None and (
            _WHOLE_OF_PART.search(ctx.before(g, 30)) or ctx.is_gap(g) or is_comparand(ctx, g)
        ):
            # "9.2 points above the 85% level ..., and up from 91.7% a year earlier": what the
            # level was compared with is no level of it
            g = None  # "87 vacancies out of 2,940 positions, ..., down from 131 a year ago";
            # "12 cents higher than a week ago and 28 cents below ...": a gap, no level
        words = list(_DIRECTION.finditer(ctx.text[g.span[1] : f.span[0]])) if g else []
        last = _last_direction(words) if g is not None and words else None
        if g is not None and last is not None:
            verdicts.append(_levels_verdict(f, g, last.group(0), bool(last.group("up"))))
    return verdicts


def _earlier_levels(ctx: RuleContext, numeric: list[Numeric], done: set[str]) -> list[Verdict]:
    """An end level and the earlier level the text sets it against, with the end's direction.

    "Revenue rose to $5.5 billion. That compares with $4.9 billion a year earlier."; "Profit
    rose to $5 million, after $3 million a year earlier" (see :func:`stated_start`).
    """
    verdicts = []
    by_sentence = group_by_sentence(numeric)
    for end in numeric:
        if end.id in done:
            continue
        start = stated_start(ctx, end, by_sentence)
        if start is None or start.id in done:
            continue
        opening = ctx.text[ctx.sentences[end.sentence][0] : end.span[0]]
        words = list(_DIRECTION.finditer(opening))
        last = _last_direction(words) if words else None
        if last is not None:
            verdicts.append(_levels_verdict(start, end, last.group(0), bool(last.group("up"))))
    return verdicts


def _names_near(ctx: RuleContext, g: Numeric, noun: str, modifier: str | None) -> bool:
    """Whether the words before ``g`` (its clause) or its subject name the noun (and modifier)."""
    near = f"{ctx.before(g, 60)} {g.subject or ''}".lower()
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun
    return stem in near and (modifier is None or modifier in near)


def _levels_across(ctx: RuleContext, numeric: list[Numeric], done: set[str]) -> list[Verdict]:
    """For "reserves stood at 9.59 percent ... reserves dipped to 8.9 percent"."""
    verdicts = []
    for f in numeric:
        match = _LEVEL_TO.search(ctx.before(f, 70))
        if not match or f.id in done:
            continue
        noun = match.group("noun").lower()
        g = _last_before(f, numeric, 3, same_sentence=False, noun=noun, ctx=ctx)
        lead = ctx.before(f, 70)[: match.start("noun")].split()
        modifier = lead[-1].lower() if lead and re.search(r"\d|-", lead[-1]) else None
        if g is not None and not _names_near(ctx, g, noun, modifier):
            # "yields rose to 3.92% ... rates would stay at 4.5%. The 10-year yield climbed to
            # 4.38%": the sentence names yields, but the figure before is the rate's
            g = None
        word_before = lead[-1].lower() if lead else ""
        if (
            g is not None
            and word_before.isalpha()
            and word_before not in _NOT_A_KIND
            and not re.search(rf"\b{re.escape(word_before)}\b", ctx.before(g, 80), re.I)
        ):
            # "net sales ... fell to $4.61 billion from $4.72 billion. ... Digital sales rose to
            # $1.06 billion": a kind of the noun the earlier figure's words do not name
            g = None
        if g is not None:
            word = " ".join(match.group("verb").split())
            verdicts.append(_levels_verdict(g, f, word, bool(match.group("up"))))
    return verdicts


#: Words before a noun that name no kind of it: determiners and pronouns.
_NOT_A_KIND = frozenset(
    "the a an its their his her our my your this that these those such and or but while as "
    "of in on at by for with from".split()
)
#: Before a margin between two counts: "a margin of", "his lead of", "won by".
_MARGIN = re.compile(
    r"\b(?:(?:margin|lead|edge)\s+(?:of\s+victory\s+)?of|won\s+by|winning\s+margin\s+of"
    # "Ellison's margin over her was", "her lead over Pike stood at"
    r"|(?:margin|lead|edge)\s+over\s+[^,;:.()\d$€£¥]{1,30}?\s+(?:was|is|stood\s+at|came\s+to))\s+"
    rf"{HEDGE_WORD}$",
    re.I,
)
#: Between the two counts of a contest: " votes to ", " to ".
_COUNTS_TO = re.compile(r"^(?:\s+(?:votes?|ballots?))?\s+to\s+$", re.I)
#: How many sentences back the two counts of a margin may be printed, and up to how many back
#: a miss is an alarm (farther, it may be another contest's).
_MARGIN_REACH = 6
_MARGIN_ALARM = 3


def _margins(ctx: RuleContext) -> list[Verdict]:
    """A margin and the two counts it lies between: the margin is their difference.

    "winning 58,214 votes to 41,906 ... Vasquez's margin of 16,308 votes".
    """
    verdicts = []
    figures = ctx.figures()
    for m in figures:
        if not _MARGIN.search(ctx.before(m, 40)) or m.value_max is not None:
            continue
        pairs = [
            (a, b)
            for a, b in itertools.pairwise(figures)
            if a.sentence == b.sentence
            and m.sentence - _MARGIN_REACH <= a.sentence <= m.sentence
            and m not in (a, b)
            and _COUNTS_TO.match(ctx.between(a, b))
            and same_measure(a, b, per_implied=True)
            and same_measure(a, m, per_implied=True)
        ]
        if not pairs:
            continue
        a, b = pairs[-1]
        diff = interval(a) - interval(b)
        size = diff if diff.lo >= 0 else Interval(-diff.hi, -diff.lo)
        message = (
            f"{human(a.value)} to {human(b.value)} is a margin of {human(abs(a.value - b.value))}; "
            f"the article says {human(m.value)}"
        )
        verdict = agreement(
            "abs_change",
            [m.id, a.id, b.id],
            size,
            interval(m),
            message,
            off=off_by,
            digit=digit_of(m, a, b),
        )
        back = m.sentence - a.sentence
        # the two counts of a contest and its margin: within three sentences one contest
        verdicts.append(read_back(verdict, back, "the counts") if back > _MARGIN_ALARM else verdict)
    return verdicts


def check_abs_change(ctx: RuleContext) -> list[Verdict]:
    """Check amounts of change and direction words between two levels, sentence by sentence."""
    verdicts: list[Verdict] = []
    figures = ctx.figures()
    starts = ctx.start_values()
    linked = {p.to_id for p in ctx.percents() if p.to_id} | starts
    for index in range(len(ctx.sentences)):
        in_sentence = ctx.figures_in(index)
        if len(in_sentence) < 2:
            continue
        start, end = from_to(ctx, index)
        if start is not None and end is None:
            end = _level_before(ctx, start, in_sentence)
        elif start is not None and end is not None and _UP_FROM.search(ctx.before(start, 30)):
            # "restored power to 17,800 customers, leaving 2,900 in the dark, down from 31,500":
            # "down from" sets the start against the level right before it, not an earlier "to"
            nearer = _level_before(ctx, start, in_sentence)
            if nearer is not None and (
                nearer.span[0] > end.span[0]
                # "$2.31 billion, up from $1.74 billion, ... even as Cardell slipped 12% to $880
                # million": a "to" after the start, not right after it, is another change's end
                or (
                    end.span[0] > start.span[1]
                    and not re.match(r"\s*(?:to|and)\s", ctx.between(start, end))
                )
            ):
                end = nearer
        done = False
        amounts = [
            (f, match)
            for f in in_sentence
            if f is not start and f is not end
            for match in [_AMOUNT_LEAD.search(ctx.before(f, 30))]
            if match
        ]
        for k, (f, match) in enumerate(amounts):
            # each amount with the levels of its own clause: "the Dow fell 98.4 points to
            # 31,402.77, the S&P 500 lost 2.05 points to 4,101.2" - the S&P's end is its own
            lo = amounts[k - 1][0].span[1] if k else -1
            hi = amounts[k + 1][0].span[0] if k + 1 < len(amounts) else len(ctx.text)
            s, e = start, end
            if len(amounts) > 1:  # its start may come before it, its end after it
                s = marked_levels(ctx, [g for g in in_sentence if lo < g.span[0] < hi])[0]
                e = marked_levels(ctx, [g for g in in_sentence if f.span[1] <= g.span[0] < hi])[1]
                if s is not None and e is not None and not same_measure(s, e, per_implied=True):
                    s = e = None
            rest = [g for g in in_sentence if g is not f and same_measure(f, g, per_implied=True)]
            s = s if any(g is s for g in rest) else None
            e = e if any(g is e for g in rest) else None
            if _other_move(ctx, f, match, [g for g in (s, e) if g is not None]):
                s = e = None  # "raises $2 million ... reserves, which will fall to $22 million"
            told = [g.span[1] for g in (s, e) if g is not None and g.span[1] <= f.span[0]]
            if told and _OWN_SUBJECT_CLAUSE.search(ctx.text[max(told) : f.span[0]]):
                # "rose to $142.6 million from $87.0 million, but it lost $38.4 million", "...,
                # and officials expect faster trips to add about 40,000 riders": another clause
                # with a subject of its own moves another thing
                s = e = None
            if _FROM_TIME.match(ctx.after(f, 40)) and s is not None:
                # "down 6 cents from a week earlier and down 3.5% from $3.71 a year ago": the
                # amount runs from a level the text does not print; the printed start is another's
                s = e = None
            if s is not None and any(
                p.from_id == s.id and p.span[0] > f.span[1] and (e is None or p.to_id != e.id)
                for p in ctx.percents()
            ):
                # "fell 43.89 points, or 0.9%, to 4,967.23, and finished the week down 3.0% from
                # last Friday's close of 5,123.41": that start is the later percent's own
                s = None
            verdict = _amount_verdict(ctx, f, 1 if match.group("up") else -1, s, e)
            if verdict is not None:
                verdicts.append(verdict)
                done = True
        if done:
            continue
        up_from = _UP_FROM.search(ctx.before(start, 30)) if start is not None else None
        if end is not None and up_from and is_comparand(ctx, end):
            # "That was 9.2 points above the 85% level ..., and up from 91.7%": the level
            # compared with is no end of the change ("That" stands for it)
            continue
        if start is not None and end is not None and up_from:
            up = _RISING.search(up_from.group("d")) is not None
            verdicts.append(_levels_verdict(start, end, " ".join(up_from.group(0).split()[:2]), up))
            continue
        if start is None or end is None or start.id in linked or end.id in linked:
            continue
        lo, hi = sorted((start.span[1], end.span[1]))
        if any(lo < g.span[0] and g.span[1] < hi - 1 for g in in_sentence if g not in (start, end)):
            # "rose by 46 to 2,711, pushing the ratio down to about 14.4 from 15.1": the first
            # "to" and the "from" are two moves' levels
            continue
        lead = ctx.text[ctx.sentences[index][0] : min(start.span[0], end.span[0])]
        words = list(_DIRECTION.finditer(lead))
        if end.span[0] < start.span[0]:  # "$8.3 billion, a decline from $8.8 billion"
            words = list(_DIRECTION.finditer(ctx.text[end.span[1] : start.span[0]])) or words
        last = _last_direction(words) if words else None
        if last is None:
            continue
        if _BY_THEN_IN.match(last.string[last.end() :]) or _OWN_SHARE.match(
            last.string[last.end() :]
        ):
            # "Headache days fell by at least half in 298 of the patients ..., compared with 149
            # on placebo": the change has its own size; the figures count whom it happened to
            continue
        verdicts.append(_levels_verdict(start, end, last.group(0), bool(last.group("up"))))
    verdicts += _percents_from_to(ctx)
    used = {i for v in verdicts for i in v.fact_ids}
    # a change in percent is not a level: the direction words beside it are its own; but a
    # rate that "peaked at 9.1%" or "stood at 4%" is a level of that rate
    levels: list[Numeric] = sorted(
        [*figures, *(p for p in ctx.percents() if p.measure != "change" or _at_level(ctx, p))],
        key=lambda f: f.span,
    )
    tied = _tied_levels(ctx, levels, used)
    used |= {i for v in tied for i in v.fact_ids}
    verdicts += _amount_opening_next(ctx, used)
    verdicts += _named_amounts(ctx, used | {i for v in verdicts for i in v.fact_ids})
    found = (
        verdicts
        + _margins(ctx)
        + tied
        + _levels_across(ctx, levels, used)
        + _earlier_levels(ctx, levels, used)
        + _referring_back(ctx, levels, used)
        + _ago(ctx, levels, used)
    )
    # "The peso fell to 41.85 per dollar from 36.83": a currency's fall is a higher quote
    return [v for v in found if not currency_move(ctx, [ctx.get(i) for i in v.fact_ids])]


#: After an amount of change, the time its start is at, with no figure: " from a week earlier",
#: " from last year", " over the previous session".
_FROM_TIME = re.compile(
    r"^\s*(?:from|since|over|on)\s+(?:(?:a|an|the|one|two|last|previous|prior|same)\s+){0,3}"
    r"(?:[\w-]+\s+)?(?:week|month|year|quarter|day|session|season|period)s?\b(?!['’])",
    re.I,
)


def _other_move(
    ctx: RuleContext, amount: Figure, lead: re.Match[str], levels: list[Figure]
) -> bool:
    """Whether a direction word of its own stands between an amount and the levels.

    Then the levels moved in another clause: "raises $2 million ..., which will fall to $22
    million"; so they did across a new clause (", while the yield rose 12 basis points").
    """
    if not levels:
        return False
    first, last = min(g.span[0] for g in levels), max(g.span[1] for g in levels)
    if len(levels) == 2 and not first < amount.span[0] < last:
        lo, hi = min(g.span[1] for g in levels), max(g.span[0] for g in levels)
        inner = ctx.text[lo:hi]
        between = any(lo <= g.span[0] and g.span[1] <= hi for g in ctx.figures_in(amount.sentence))
        if _NEW_CLAUSE.search(inner) or between:
            # "fell by 112 to 298, while car thefts rose 9% to 436 from 400"; "rose by 46 to
            # 2,711, pushing the ratio down to 14.4 from 15.1": the two levels are two moves'
            return True
    outer = ctx.text[min(first, amount.span[0]) : max(last, amount.span[1])]
    if _NEW_CLAUSE.search(outer.replace(lead.group(0), " ")):
        return True  # the amount and the levels are in two clauses
    if amount.span[1] <= first:
        gap = ctx.text[amount.span[1] : first]
    elif amount.span[0] >= last:
        gap = ctx.text[last : amount.span[0] - len(lead.group(0))]
    else:
        return False
    # "to 1.3215 from 1.3110, its weakest since 2019, while the bond yield rose 12 basis points":
    # the amount is the next clause's
    return _DIRECTION.search(gap) is not None or _NEW_CLAUSE.search(gap) is not None


#: A new clause with its own subject: ", while", "; ", ", whereas".
_NEW_CLAUSE = re.compile(r";|,\s*(?:while|whereas|even\s+as)\b|\bwhile\b", re.I)


#: What may stand between a level and the start it is set against: no clause break; longer
#: when the change is restated between them ("$486 million budget, an increase of $31 million,
#: or 6.8%, over the current year's spending plan of").
_LEVEL_GAP = re.compile(
    rf"^(?:[^;:()]{{0,80}}|(?=[^;:()]{{0,130}}$).*,\s+an?\s+(?:{CHANGE_NOUNS})\s+of\b.*)$", re.I
)


#: Before the amount a change is "by": "by an average of", "by about".


#: Before the whole a part is taken of: "out of", "of its", "of the".
_WHOLE_OF_PART = re.compile(
    r"\b(?:out\s+of|of\s+(?:the|its|their|his|her|all))\s+(?:[\w'’-]+\s+)?$", re.I
)


#: Between a level and its restatement per unit: "$84, or " ("$84, or $7 a stem").
_RESTATES = re.compile(r"^[^,;.()\d]{0,30},\s*or\s+(?:about\s+|roughly\s+|some\s+)?[$€£¥]?$", re.I)
#: After a figure, a unit it is per: " a stem", " per kilogram" (not " a year earlier").
_PER_AFTER = re.compile(
    r"^\s+(?:a|an|per)\s+(?!(?:year|month|week|day|decade)s?\s+(?:ago|earlier|before|later)\b)"
    r"[a-z]+\b"
)


def _unrestated_level(ctx: RuleContext, level: Figure, earlier: list[Figure]) -> Figure:
    """The level itself, not its restatement per unit set off after it ("$84, or $7 a stem")."""
    before = [g for g in earlier if g.span[1] <= level.span[0] and g.sentence == level.sentence]
    if (
        before
        and _PER_AFTER.match(ctx.after(level, 30))
        and _RESTATES.match(ctx.between(before[-1], level))
        and type(before[-1]) is type(level)
    ):
        return before[-1]
    return level


_TIME_PERS = frozenset({"year", "month", "week", "day", "hour", "quarter"})


def _level_before(ctx: RuleContext, start: Figure, in_sentence: list[Figure]) -> Figure | None:
    """The level a start marked "from" / "compared with" is set against when no "to" marks it.

    "4,200 students, compared with 3,900", "$8.3 billion, a 6% decline from $8.8 billion".
    """
    earlier = [
        g
        for g in in_sentence
        if g.span[1] <= start.span[0]
        and not _AMOUNT_LEAD.search(ctx.before(g, 30))
        and not BY_AMOUNT.search(ctx.before(g, 40))
        and not is_compound(g)
        and not _WHOLE_OF_PART.search(ctx.before(g, 30))
    ]  # "a drop of 80,000 from 1.28 million", "cut ... by an average of 4.8 days": amounts;
    # "the 5-kilometer route": a figure that names a kind of thing, no level; "87 vacancies out
    # of 2,940 positions, ..., down from 131": the whole a part is taken of
    exact = [g for g in earlier if same_measure(g, start)]
    per = getattr(earlier[-1], "per", None) if earlier else None
    if exact and exact[-1] is not earlier[-1] and per and per not in _TIME_PERS:
        # ("will pay $6,090 a year, up $190 from $5,900": a yearly bill is the level itself)
        # "$4.2 billion, or $3.10 a share, up from $3.6 billion": the per-share figure between
        # is the level's restatement; the level is the one of the start's own sort
        earlier = earlier[: earlier.index(exact[-1]) + 1]
    if not earlier or not same_measure(earlier[-1], start, per_implied=True):
        return None  # "19.4 points per game, up from 12.1": the rate holds for both
    level = _unrestated_level(ctx, earlier[-1], earlier)
    return level if _LEVEL_GAP.match(ctx.text[level.span[1] : start.span[0]]) else None


def _percents_from_to(ctx: RuleContext) -> list[Verdict]:
    """Percentages marked "from" and "to", with a direction word before them.

    "The jobless rate fell from 6.2% to 5.9%", "rose to 4.1% in March from 3.8%".
    """
    verdicts = []
    for index, percents in group_by_sentence(ctx.percents()).items():
        start, end = percents_from_to(ctx, percents)
        if start is not None and end is None:
            end = _percent_before(ctx, start, percents)
        if start is None or end is None:
            continue
        if is_comparand(ctx, end) and end.span[1] <= start.span[0]:
            continue  # "9.2 points above the 85% level ..., and up from 91.7%": "That" is the end
        amount = _points_amount(ctx, index, start, end)
        if amount is not None:
            verdicts.append(_points_verdict(amount, start, end))
        up_from = _UP_FROM.search(ctx.before(start, 30))
        if up_from:  # "slowed to 2.1% in the second quarter, down from 3.4%"
            up = _RISING.search(up_from.group("d")) is not None
            said = " ".join(up_from.group(0).split()[:2])
            verdicts.append(_levels_verdict(start, end, said, up))
            continue
        lead = ctx.text[ctx.sentences[index][0] : min(start.span[0], end.span[0])]
        words = list(_DIRECTION.finditer(lead))
        last = _last_direction(words) if words else None
        if last is not None:
            verdicts.append(_levels_verdict(start, end, last.group(0), bool(last.group("up"))))
    return verdicts


#: "a drop of half a percentage point": a change in points restated after its two levels.
_RESTATED_POINTS = re.compile(
    r"\b(?:an?\s+)?(?:[a-z]+\s+)?(?:drop|fall|decline|decrease|loss|slide|gain|rise|increase|jump"
    rf"|climb|swing|move|change)\s+of\s+{HEDGE_WORD}$",
    re.I,
)


def _points_amount(
    ctx: RuleContext, index: int, start: PercentFact, end: PercentFact
) -> Numeric | None:
    """The change in points the sentence gives beside two rates ("down 6 points from 51%").

    Also a change noun after it ("a 0.7 percentage point drop"), or the next sentence opening
    with one ("The 0.7 percentage point drop was larger than expected").
    """
    for at in (index, index + 1):
        sentence: list[Numeric] = [
            *ctx.figures_in(at),
            *(p for p in ctx.percents() if p.sentence == at),
        ]
        for f in sentence:
            if f is start or f is end or not _in_points(f) or f.value_max is not None:
                continue
            if at != index:
                if _opens_with_change(ctx, f) is not None:
                    return f
                continue
            lo, hi = min(start.span[0], end.span[0]), max(start.span[1], end.span[1])
            gap = ctx.text[f.span[1] : lo] if f.span[1] <= lo else ctx.text[hi : f.span[0]]
            if _NEW_CLAUSE.search(gap):
                continue  # "up 6.2 points on the 25.2%, while the Front slid to 24.9% from 29.7%"
            if any(
                g is not f and g not in (start, end) and hi <= g.span[0] and g.span[1] <= f.span[0]
                for g in sentence
            ):
                # "down from 41.7% in May and from 77.3% a year earlier, a drop of 38.8
                # percentage points": the amount is the change from the start nearest it
                continue
            before = ctx.before(f, 40)
            if (
                _AMOUNT_LEAD.search(before)
                or _RESTATED_POINTS.search(before)
                or _NOUN_AFTER.match(ctx.after(f, 20))
            ):
                return f
    return None


#: A change noun right after an amount: "a 0.7 percentage point drop", "a $5,500 increase".
_NOUN_AFTER = re.compile(rf"^[\s-]*(?P<noun>{CHANGE_NOUNS})\b", re.I)
#: A sentence that opens with an amount of change: "The 0.7 percentage point drop", "That $5,500
#: increase".
_OPENING_AMOUNT = re.compile(r"^\W*(?:the|that|this|its|their)\s+$", re.I)


def _opens_with_change(ctx: RuleContext, f: Numeric) -> int | None:
    """+1 or -1 when ``f`` opens its sentence as the size of a change ("The $5,500 increase")."""
    opening = ctx.text[ctx.sentences[f.sentence][0] : f.span[0]]
    noun = _NOUN_AFTER.match(ctx.after(f, 20))
    if noun is None or not _OPENING_AMOUNT.match(opening):
        return None
    direction = CHANGE_NOUN_DIRECTIONS.get(noun.group("noun").lower())
    return None if direction is None else (1 if direction == "up" else -1)


#: Before an amount, the change it is the size of, named as a clause's subject: "The overall
#: increase of", "For a typical household, the increase comes to", "The overrun was".
_NAMED_AMOUNT = re.compile(
    r"^\W*(?:[^,;:()\d$€£¥]{0,40},\s*)?(?:the|that|this|its|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<noun>{CHANGE_NOUNS})\s+(?:of|was|is|comes\s+to|came\s+to|amounts?\s+to"
    rf"|amounted\s+to|totals?|totaled|totalled|works\s+out\s+to)\s+{HEDGE_WORD}$",
    re.I,
)
#: Between a level and the start it is "up from": " transportation budget, up from ".
_UP_DOWN_FROM = re.compile(r"^[^;:()\d$€£¥]{0,40}?,?\s*(?:up|down)\s+(?:sharply\s+)?from\s+$", re.I)
#: How many sentences back the levels of a named change may be printed.
_NAMED_AMOUNT_REACH = 6


def _named_amounts(ctx: RuleContext, done: set[str]) -> list[Verdict]:
    """The size of a change named by its noun, and the two levels printed before it.

    "... raise rates, lifting the bill to $61.04 a month from $56.00. ... For a typical
    household, the increase comes to $6.04 a month", "The $600 increase is the first since
    2018": the levels are the nearest sentence's change of the amount's sort that runs the way
    the noun says (within six sentences; more than one back, a miss is no alarm).
    """
    verdicts = []
    for f in ctx.figures():
        if f.sentence == 0 or f.id in done or f.value_max is not None:
            continue
        sign = _opens_with_change(ctx, f)
        if sign is None:
            lead = _NAMED_AMOUNT.match(ctx.text[ctx.sentences[f.sentence][0] : f.span[0]])
            direction = CHANGE_NOUN_DIRECTIONS.get(lead.group("noun").lower()) if lead else None
            if direction is None:
                continue
            sign = 1 if direction == "up" else -1
        if any(
            g is not f and same_measure(g, f, per_implied=True) for g in ctx.figures_in(f.sentence)
        ):
            continue  # its own sentence prints the levels: the rules above read them
        for back in range(1, _NAMED_AMOUNT_REACH + 1):
            if f.sentence - back < 0:
                break
            start, end = from_to(ctx, f.sentence - back)
            if start is not None and end is None:
                # "a $46.8 million budget, up from $43.1 million": the level before "up from"
                before = [g for g in ctx.figures_in(start.sentence) if g.span[1] <= start.span[0]]
                if before and _UP_DOWN_FROM.match(ctx.between(before[-1], start)):
                    end = before[-1]
            if start is None or end is None:
                continue
            if not (
                same_measure(start, f, per_implied=True) and same_measure(end, f, per_implied=True)
            ):
                continue
            if (end.value - start.value) * sign <= 0:
                continue  # a change the other way is another one
            verdict = _amount_verdict(ctx, f, sign, start, end)
            if verdict is not None:
                verdicts.append(read_back(verdict, back, "the levels"))
            break
    return verdicts


def _amount_opening_next(ctx: RuleContext, done: set[str]) -> list[Verdict]:
    """Two levels, then the next sentence opening with the change between them.

    "Starting pay rises to $52,000 from $46,500. The $5,500 increase is the largest in a decade":
    the amount must be the gap between the levels, in the direction its noun says.
    """
    verdicts = []
    for f in ctx.figures():
        if f.sentence == 0 or f.id in done or f.value_max is not None:
            continue
        sign = _opens_with_change(ctx, f)
        if sign is None:
            continue
        start, end = from_to(ctx, f.sentence - 1)
        if start is None or end is None or not same_measure(start, f, per_implied=True):
            continue
        if not same_measure(end, f, per_implied=True):
            continue
        verdict = _amount_verdict(ctx, f, sign, start, end)
        if verdict is not None:
            verdicts.append(verdict)
    return verdicts


def _in_points(f: object) -> bool:
    """A figure in percentage points: "6 points", "half a percentage point"."""
    if isinstance(f, PercentFact):
        return f.points
    unit = getattr(f, "unit", None)
    return isinstance(unit, str) and unit.lower() in {"points", "point", "pts"}


def _points_verdict(amount: Numeric, start: PercentFact, end: PercentFact) -> Verdict:
    """Two rates and the points between them: the gap must be the amount."""
    moved = interval(end) - interval(start)
    if moved.lo >= 0:
        size = moved
    elif moved.hi <= 0:
        size = Interval(-moved.hi, -moved.lo)
    else:
        size = Interval(Decimal(0), max(-moved.lo, moved.hi))
    message = (
        f"{start.value}% -> {end.value}% is a move of {human(abs(moved.mid))} points; the article "
        f"says {human(amount.value)}"
    )
    ids, digit = [amount.id, start.id, end.id], digit_of(amount, start, end)
    return agreement("abs_change", ids, size, interval(amount), message, off=off_by, digit=digit)


def _percent_before(
    ctx: RuleContext, start: PercentFact, percents: list[PercentFact]
) -> PercentFact | None:
    """The rate a start marked "up from" / "down from" is set against when no "to" marks it.

    "Inflation was 3.2% in October, down from 3.7% in September", "Sales rose 3% in the
    quarter, down from 5% growth": two rates of one sort, the later one the start.
    """
    if not _UP_FROM.search(ctx.before(start, 30)):
        return None
    # a move in points between is the amount, no level: "84.6%, up 2.7 points from 81.9%"
    earlier = [p for p in percents if p.span[1] <= start.span[0] and not p.points]
    if not earlier or not (comparable(earlier[-1], start) or _rates_of_change(earlier[-1], start)):
        return None
    level = earlier[-1]
    if level.direction == "down" or start.direction == "down":
        return None  # "fell 2%, down from a 3% fall": signed rates, read elsewhere
    return level if _LEVEL_GAP.match(ctx.text[level.span[1] : start.span[0]]) else None


def _rates_of_change(level: PercentFact, start: PercentFact) -> bool:
    """A change in percent and the rate it is set against: "rose 3.4% ..., down from 3.9%"."""
    return (
        level.measure == "change"
        and start.measure in {"level", "rate"}
        and not level.points
        and not start.points
        and level.value_max is None
        and start.value_max is None
    )


#: A percent printed as the level a rate reached: "peaked at 9.1%", "stood at 4%", "hit 14.7%".
_AT_LEVEL = re.compile(
    r"\b(?:(?:peak\w*|stood|stand\w*|st[ao]ys?|stayed|remain\w*|top\w*|bottom\w*|hover\w*|"
    r"sat|sits)\s+(?:at\s+)?|(?:hit|reached|touched)\s+(?:a\s+(?:record|high|low|peak)\s+of\s+)?)"
    rf"{HEDGE_WORD}$",
    re.I,
)


#: A percent a rate moved to: "has eased to 3.2%" (a level when the one before it is one).
_MOVED_TO = re.compile(rf"\b(?:{_UP}|{_DOWN})\s+(?:back\s+)?to\s+{HEDGE_WORD}$", re.I)


def _at_level(ctx: RuleContext, p: PercentFact) -> bool:
    before = ctx.before(p, 40)
    return bool(_AT_LEVEL.search(before) or _MOVED_TO.search(before))


def _tied_levels(ctx: RuleContext, levels: list[Numeric], done: set[str]) -> list[Verdict]:
    """Levels tied in one clause: "peaked at 52.3 million tons in 2011, declining to 41.8 million".

    The clause gives a level, then the level it moved to, with the verb that says which way.
    """
    verdicts = []
    for g, f in itertools.pairwise(levels):
        if g.sentence != f.sentence or g.id in done or f.id in done or not comparable(g, f):
            continue
        match = _THEN_TO.match(ctx.text[g.span[1] : f.span[0]])
        if match:
            word = " ".join(match.group("verb").split()) + " to"
            verdicts.append(_levels_verdict(g, f, word, bool(match.group("up"))))
    return verdicts
