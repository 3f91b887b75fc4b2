"""Relations between figures inside a sentence: change direction, basis, measure, from / to.

"dropped 23.77% week-over-week to 4.44 trillion tokens": direction ``down`` (from the verb),
basis ``week-over-week``, measure ``change``, ``to`` = the 4.44 trillion tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfacts.extract.edges import EndPhrases
from newsfacts.extract.lexicon import BASIS_GATE, BASIS_PATTERNS, DOWN_WORDS, UP_WORDS
from newsfacts.vocab import (
    AMOUNT_LEAD,
    CHANGE_NOUN_DIRECTIONS,
    CHANGE_NOUNS,
    HEDGE_WORD,
    HEDGES,
    ORDER_DOWN_STEMS,
    ORDER_UP_STEMS,
    SIZED_NOUNS,
)

__all__ = [
    "OF_THE_FIGURE",
    "PERIOD_LEAD",
    "SIZE_OF_A_PLACE",
    "PercentReading",
    "link_from_to",
    "read_direction",
    "read_percent",
    "restated_change",
]

_WORDS = re.compile(r"[A-Za-z][\w'-]*")
_SHARE_BEFORE = re.compile(
    r"\b(?:accounts?\s+for|accounted\s+for|share\s+of|stake\s+of|makes?\s+up|made\s+up|"
    rf"represents?|represented|owns?|owned|holds?\s+a)\s+{HEDGE_WORD}$",
    re.I,
)
_SHARE_AFTER = re.compile(r"^\s*(?:of|stake|share)\b", re.I)
#: "of the ..." or "of all ..." after a percentage: the whole it is a part of.
_OF_A_WHOLE = re.compile(r"^\s*of\s+(?:the|all)\b", re.I)
_RATE_WORDS = re.compile(
    r"\b(?:rate|rates|inflation|unemployment|yield|yields|interest|margin|margins|tax|tariff|"
    r"return|returns|apr|growth)\b",
    re.I,
)
_NOUN_AFTER = re.compile(r"^[\s-]*(\w+)")
_COMPARATIVE_AFTER = re.compile(
    r"^\s+(higher|lower|more|less|greater|fewer|smaller|larger|bigger|above|below|longer|shorter"
    r"|faster|slower|cheaper|costlier|pricier|dearer|taller|heavier|lighter|stronger|weaker"
    r"|older|younger|wider|narrower|richer|poorer|warmer|colder|hotter|cooler|farther|further"
    r"|deeper|shallower|brighter|dimmer|louder|quieter)\b",
    re.I,
)
#: A gap after a figure to what it is measured against: "3% ahead of forecasts", "2 points
#: behind the leader" (not a bare "20 years behind.", which names no mark).
_AHEAD_BEHIND = re.compile(
    r"^\s+(ahead)\s+of\b|^\s+(behind)\s+(?=(?:the|its|their|his|her|a|an)\b)", re.I
)
_LATE_EARLY = re.compile(r"^\s+(late|early)\b(?!\s+(?:in|on|this|next|last)\b)", re.I)
#: Comparatives that state a difference without "than": "10 years younger", "above normal".
#: What "above" / "below" measure a position from, not a change: "70 feet below ground".
_FIXED_LEVEL = re.compile(
    r"\s+(?:the\s+)?(?:ground|sea\s+level|sea|street\s+level|surface|grade)\b",
    re.I,
)
#: After a comparative, no noun it could modify: "half an inch larger on the diagonal", "20
#: grams lighter.", "$50 cheaper, and".
_NO_NOUN_NEXT = re.compile(
    r"\s*(?:[,.;:)]|$|\s(?:on|in|at|and|or|but|per|each|overall|while|after|to|with)\b)", re.I
)
_COMPARED_ALONE = frozenset(
    "younger older longer shorter higher lower more less fewer above below".split()
)
_COMPARATIVES_UP = frozenset(
    "higher more greater larger bigger above longer faster costlier pricier dearer taller "
    "heavier stronger older wider richer warmer hotter farther further deeper brighter "
    "louder".split()
)
#: A change noun one word after the figure: "a 9% funding increase", "a 5% price cut".
_CHANGE_NOUN_AFTER = re.compile(r"^[\s-]+[a-z]+\s+(\w+)")


#: A comparative between a number and its unit: "32 more gigawatts" is a difference (up).
_MORE_INSIDE = re.compile(r"(?<=[\d\s])(more|fewer|less)\s+(?=[a-z])", re.I)
#: Characters read either side of a figure: every pattern here is shorter, and a bounded window
#: keeps a sentence of thousands of figures linear (each figure reads its own neighbourhood).
WINDOW = 200


@dataclass(frozen=True, slots=True)
class PercentReading:
    """What the words around a percentage say about it."""

    direction: str | None
    measure: str
    basis: str | None


_CHANGE_NOUNS_UP = frozenset(w for w, d in CHANGE_NOUN_DIRECTIONS.items() if d == "up")
_CHANGE_NOUNS_DOWN = frozenset(w for w, d in CHANGE_NOUN_DIRECTIONS.items() if d == "down")
#: Verbs that take "up" without meaning a rise: "make up", "take up", "end up", "sum up".
_PHRASAL_UP = frozenset(
    "make makes made making take takes took taking taken end ends ended ending sum sums summed "
    "set sets setting show shows showed showing turn turns turned pick picks picked snap "
    "snapped buy buys bought open opens opened put puts putting ante antes anted pony ponies "
    "ponied cough coughs coughed pay pays paid paying sign signs signed rack racks racked "
    "racking ring rings rang rung rake rakes raked free frees freed scoop scoops scooped "
    "scrape scrapes scraped".split()
)
#: "by" or "of" before a bound: the step of a change verb or the size of a change noun ("rise by
#: up to 6%", "discounts of up to 40%"), where "up to" bounds the change, not a level reached.
_STEP_UP_TO = re.compile(r"\b(by|of)\s+up\s+to\s*$", re.I)
#: Words before a bare verb: "will add", "to add".
_MODALS = frozenset("will would could can may might must should shall to".split())
#: Comparatives that, with "than" before a figure, bound a level: "higher than $5".
_BOUND_COMPARATIVES = frozenset({"higher", "lower"})
_FILLERS = frozenset(
    "by about nearly roughly around some almost another a an just only approximately "
    "estimated over more than of in big further additional extra back average".split()
)
#: Verbs whose "up" is a fall: "gave up 2%".
_PHRASAL_DOWN_UP = frozenset("give gives gave giving given".split())
#: Verbs that take "down" without meaning a fall: "turned down a $750 million offer", "stepped
#: down", "tracked down 40 of them".
_PHRASAL_DOWN = frozenset(
    "turn turns turned turning step steps stepped stepping shut shuts shutting sit sits sat "
    "sitting hand hands handed handing play plays played playing track tracks tracked tracking "
    "pin pins pinned pinning break breaks broke broken breaking crack cracks cracked cracking "
    "back backs backed backing lay lays laid laying settle settles settled settling hunker "
    "hunkered nail nails nailed chase chases chased chasing".split()
)
#: A pace before the figure: "grew at a 4% clip", "expanded at an annualized rate of 2.1%".
_AT_A_PACE = re.compile(
    r"\bat\s+an?\s+(?:(?:(?:compound(?:ed)?\s+)?annual(?:ized|ised)?"
    r"|seasonally\s+adjusted(?:\s+annual)?|yearly|monthly)"
    r"\s+)?(?:(?:rate|pace|clip)\s+of\s+)?$",
    re.I,
)
_ADVERB_LY = re.compile(r"^[a-z]{3,}ly$")
#: A hedge of several words at the end of the text before a figure ("rose as much as 1.2%",
#: "fell by at least $3 billion"); "up to" is a bound, not a hedge, after a change verb.
_HEDGES_OF_WORDS = sorted((h for h in HEDGES if " " in h and h != "up to"), key=len, reverse=True)
_HEDGE_AT_END = EndPhrases(
    re.compile(
        r"\b(?:"
        + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in _HEDGES_OF_WORDS)
        + r")\s*$",
        re.I,
    ),
    _HEDGES_OF_WORDS,
)
#: "a compound annual growth rate (CAGR) of 9.2%" is a growth rate too.
_RATE_OF_CHANGE = re.compile(r"\b(?:inflation|growth|CAGR)\b", re.I)
#: A sign glued to a percentage: "returned -5%", "(+2.3%)" (not a range's dash: "5-6%").
_SIGN_BEFORE = re.compile(r"(?:^|[\s(\[])([-−+])$")


#: Punctuation that ends the words read before a figure: a change word is in the figure's clause.
_CLAUSE_BREAK = re.compile(r".*[,;:()\[\]]", re.S)


def _direction_before(before: str) -> str | None:
    """The change word right before the figure, hedges skipped: "fell by about 3%".

    Any other word in between ends the search: in "higher than the 3%" or "dipped to 8.9%" the
    figure is a reference or an end level, not the size of a change.
    """
    if clause := _CLAUSE_BREAK.search(before):
        before = before[clause.end() :]  # "Performance Recover, 1 cup": another clause's word
    while hedge := _HEDGE_AT_END.search(before):
        before = before[: hedge.start()]
    if bound := _STEP_UP_TO.search(before):
        before = before[: bound.end(1)] + " "  # "rise by up to 6%": the bound sizes the change
    if pace := _AT_A_PACE.search(before):
        before = before[: pace.start()]  # "grew at a 4% clip": the verb before the pace
    words = _WORDS.findall(before)[-6:]
    for index in range(len(words) - 1, max(-1, len(words) - 6), -1):
        low = words[index].lower()
        if low == "up" and index > 0 and words[index - 1].lower() in _PHRASAL_DOWN_UP:
            return "down"  # "gave up 2%": a fall
        if low in _PHRASAL_DOWN_UP and index + 1 < len(words) and words[index + 1] == "back":
            return "down"  # "gave back 0.5%": a fall
        if low == "add" and index > 0 and words[index - 1].lower() in _MODALS:
            return "up"  # "will add 14 routes": the verb (not "add in a 101 hp motor")
        if low == "up" and index > 0 and words[index - 1].lower() in _PHRASAL_UP:
            return None  # "make up 70% of": a share, not a rise
        if low == "down" and index > 0 and words[index - 1].lower() in _PHRASAL_DOWN:
            return None  # "turned down a $750 million offer": no fall
        if low in _BOUND_COMPARATIVES and index + 1 < len(words) and words[index + 1] == "than":
            return None  # "speeds higher than 2 GB/s": a bound on a level, no change
        if low in UP_WORDS:
            return "up"
        if low in DOWN_WORDS:
            return "down"
        if index + 1 < len(words) and words[index + 1].lower() == "of":
            if noun := CHANGE_NOUN_DIRECTIONS.get(low):
                return noun  # "discounts of up to 40%", "an increase of 6%"
        if low not in _FILLERS and not _ADVERB_LY.match(low):  # "rose slightly by 25%"
            return None
    return None


#: "off" after a figure that takes it off a price ("$438 off select models", "20% off"), not a
#: place or a state it is away from ("3 miles off the coast", "off the books").
_OFF_A_PRICE = re.compile(
    r"\s+off\b(?!\s+(?:of\s+)?(?:the\s+|its\s+)?(?:coast|shore|coastline|island|islands|mainland|beach"
    r"|road|highway|track|grid|field|pitch|radar|books?|record|duty|work|guard|limits|peak|high"
    r"|lows?|highs?|record|[A-Z]))"
)
#: A title-case deal heading's "Off" ("$10 Off Wireless Earbuds"): a price cut.
_OFF_IN_A_HEADING = re.compile(r"\s+Off\s+[A-Z\d]")
#: What may stand between a verb and the amount it takes: the hedges (``vocab.HEDGES``) and the
#: leads of a sum ("an average of", "a total of"), any number of them, then the figure.
_AMOUNT_WORDS = "|".join(
    re.escape(words).replace(r"\ ", r"\s+")
    for words in sorted(
        (*HEDGES, "an average of", "on average", "a total of"), key=len, reverse=True
    )
)
_BEFORE_AMOUNT = rf"(?:(?:{_AMOUNT_WORDS})\s+)*$"
#: ... and the words of an amount added to another ("another", "an extra $650,000").
_BEFORE_MORE = rf"(?:(?:{_AMOUNT_WORDS}|a\s+further|another|an\s+extra|an\s+additional)\s+)*$"
#: A saving offered before a figure of money or a percentage: "save $31", "which saves you $14",
#: "you'll save up to 40%", "saving $60 every year": an amount taken off a price. A saving
#: reported in the past ("the scheme saved the council £2.3 million") is a total, and "savings of
#: $2 billion" a balance: neither is read as a change.
_SAVED_BEFORE = re.compile(
    r"\b(?:sav(?:e|es|ing)|saved\s+(?=you\b))\s*"
    r"(?:(?:you|them|us|(?:the|its|their|his|our|your|many|most|some|all)(?:\s+[\w'’-]+){1,2}"
    r"|(?:shoppers|customers|buyers|drivers|households|families|consumers|users|travellers"
    r"|travelers|homeowners|renters|members|subscribers|taxpayers))\s+)?"
    rf"(?:(?:anywhere\s+)?(?:from|between)\s+)?{_BEFORE_MORE}",
    re.I,
)
#: "raised" right before money (hedges aside): funds raised ("raised $120 million at a $1.8
#: billion valuation"), not a rise, which names what rose ("raised prices by $2"); money
#: raised on top of other money is one ("raising an extra £650,000 a year").
_FUNDS_RAISED = re.compile(rf"\brais(?:e|es|ed|ing)\s+{_BEFORE_AMOUNT}", re.I)
_STEP_BY = re.compile(rf"\bby\s+{HEDGE_WORD}$", re.I)
_ENDED_UP = re.compile(r"\b(?:end|ends|ended|ending|finish(?:ed|es)?)\s+up\s+$", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)
#: After a span of time, the words that make it an amount taken away: "3.2 years from".
_TAKEN_FROM = re.compile(r"\s+(?:from|off)\b", re.I)


#: An ordering verb, at most four words of what it orders against, then "by" and the figure:
#: "beating its benchmark by 1.1 points", "trailed by 6 points"; passive "was beaten by" turns
#: it round.
_ORDERED_BY = re.compile(
    rf"\b(?:(?P<passive>(?:was|were|is|are|been|being|be)\s+)?(?P<up>{ORDER_UP_STEMS}|beaten)"
    rf"|(?P<down>{ORDER_DOWN_STEMS})|(?P<lead>lead|leads|led|leading))"
    rf"(?:\s+[\w'’.-]+){{0,4}}?\s+by\s+{HEDGE_WORD}$",
    re.I,
)
#: What "led by" can measure a lead in (not "a team led by 12 engineers"), as the figure's last
#: word.
_LEAD_UNITS = re.compile(
    r"(?:%|percent|per\s?cent|points?|votes|goals|runs|strokes|shots|seconds|lengths|games)$", re.I
)
#: A figure that measures how far below a mark something stands: "8% short of its record",
#: "3% shy of", "12% off its peak" (down); "5% off its lows" (up).
_FROM_A_MARK = re.compile(
    r"^\s+(?:(?:short|shy)\s+of\b|off\s+(?:its|their|the|a|an|his|her)\s+(?:[\w-]+\s+)?"
    r"(?P<mark>peak|high|highs|record|top|lows?)\b)",
    re.I,
)


def _ordered(before: str, figure: str, after: str) -> str | None:
    """The direction a gap states, after an ordering verb and "by" or before a mark."""
    if clause := _CLAUSE_BREAK.search(before):
        before = before[clause.end() :]
    if found := _ORDERED_BY.search(before[-80:]):
        if found.group("lead"):
            return "up" if _LEAD_UNITS.search(figure.rstrip()) else None
        up = bool(found.group("up")) != bool(found.group("passive"))
        return "up" if up else "down"
    if mark := _FROM_A_MARK.match(after):
        return "up" if (mark.group("mark") or "").lower().startswith("low") else "down"
    return None


def read_direction(
    sentence: str, start: int, end: int, *, duration: bool = False, money: bool = False
) -> str | None:
    """The direction of a change the figure at ``[start, end)`` states, if it states one.

    A change word right before it ("fell $3 billion", "cut 300 jobs", "down 5 points"; not before
    a ``duration``), a change noun right after it ("a $2 million increase") or a comparative ("10
    years younger", "$5 cheaper than"); for ``money``, a saving ("save $31": taken off a price;
    "save 300 jobs" keeps them). An end level ("rose to $3 billion") or a bound ("up to 300") has
    none.
    """
    before = sentence[max(0, start - WINDOW) : start]
    after = sentence[end : end + WINDOW]
    if inner := _MORE_INSIDE.search(sentence, start, end):  # "32 more gigawatts", "9 fewer"
        return "down" if inner.group(1).lower() in {"fewer", "less"} else "up"
    # "has fallen two weeks running": a change verb before a duration says how long, not how much
    # ... unless the time is taken "from" or "off" something ("shaved 3.2 years from life
    # expectancy"): then it is the amount of the change
    timed = duration and not _TAKEN_FROM.match(after)
    direction = None if timed else _direction_before(before[-40:])
    direction = direction or _word_after(_NOUN_AFTER, after, _CHANGE_NOUNS_UP, _CHANGE_NOUNS_DOWN)
    if direction is None and (_OFF_A_PRICE.match(after) or _OFF_IN_A_HEADING.match(after)):
        direction = "down"  # "knocking $438 off select models", "20% off": a price cut
    if direction == "up" and money and _FUNDS_RAISED.search(before[-60:]):
        direction = None  # "the start-up raised $120 million": money raised, not a rise
    if direction is None and money and _SAVED_BEFORE.search(before[-60:]):
        direction = "down"  # "save $31", "which saves you $14": taken off a price or a cost
    if direction is None and (timing := _LATE_EARLY.match(after)):
        direction = "up" if timing.group(1).lower() == "late" else "down"  # "18 minutes late"
    if direction is None and not timed:
        direction = _ordered(before, sentence[start:end], after)  # "trailed by 6 points"
    return direction or _comparative_after(after, alone=True)


def _word_after(
    pattern: re.Pattern[str], after: str, up: frozenset[str], down: frozenset[str]
) -> str | None:
    """The direction of the word ``pattern`` captures after a figure, from two word sets."""
    found = pattern.match(after)
    if found is None:
        return None
    word = found.group(1).lower()
    return "up" if word in up else "down" if word in down else None


def _comparative_after(after: str, *, alone: bool) -> str | None:
    """The direction a comparative after a figure states: "18 percent longer", "$5 cheaper than".

    With ``alone``, a comparative counts only before "than" or when it states a difference by
    itself ("10 years younger", "above normal").
    """
    if gap := _AHEAD_BEHIND.match(after):  # "3% ahead of forecasts", "2 points behind the"
        return "up" if gap.group(1) else "down"
    comparative = _COMPARATIVE_AFTER.match(after)
    if comparative is None:
        return None
    word = comparative.group(1).lower()
    than = re.match(r"\s*than\b", after[comparative.end() :])
    if alone and not (
        than or word in _COMPARED_ALONE or _NO_NOUN_NEXT.match(after, comparative.end())
    ):
        return None  # "three larger rivals": the comparative is the noun's, no difference
    if alone and not than and not comparative.group(1).islower():
        return None  # "RRP: £23.99 More info": a label after the price, not a comparison
    if _FIXED_LEVEL.match(after, comparative.end()):
        return None  # "70 feet below ground", "3,000 metres above sea level": a position
    return "up" if word in _COMPARATIVES_UP else "down"


#: ", or" before a figure that restates what the clause before said ("lost a third of its
#: value, or 33 percent"), hedges allowed.
_OR_RESTATES = re.compile(rf",\s*(?:or|that\s+is|i\.e\.)\s+{HEDGE_WORD}$", re.I)
#: How far back the clause a figure restates is read.
_RESTATED_CLAUSE_CHARS = 80


def restated_change(sentence: str, start: int, end: int) -> str | None:
    """The direction of a change stated in words that a figure after ", or" restates, or None.

    "The stock lost a third of its value, or 33 percent": the clause before has a change verb
    and no figure of its own (a figure there is the one restated, and a restatement of it is
    read from it: "fell 98 points, or 0.3%"); a share ("or 12 percent of sales") is no change.
    """
    before = sentence[max(0, start - 40) : start]
    marker = _OR_RESTATES.search(before)
    if marker is None or _SHARE_AFTER.match(sentence[end : end + 20]):
        return None
    cut = start - len(before) + marker.start()
    clause = re.split(r"[,;:()]", sentence[max(0, cut - _RESTATED_CLAUSE_CHARS) : cut])[-1]
    if any(c.isdigit() for c in clause):
        return None
    for word in _WORDS.findall(clause):
        low = word.lower()
        if low in UP_WORDS:
            return "up"
        if low in DOWN_WORDS:
            return "down"
    return None


def read_percent(sentence: str, start: int, end: int) -> PercentReading:
    """Read direction, measure and basis of the percentage at ``[start, end)`` in ``sentence``."""
    before = sentence[max(0, start - WINDOW) : start]
    after = sentence[end : end + WINDOW]
    signed = _SIGN_BEFORE.search(before)  # "returned -5%", "(+2.3%)": the sign is the direction
    # "save up to 40%" is a cut (not "saved 12% of their income", a share)
    saving = _SAVED_BEFORE.search(before[-60:]) and not _OF_AFTER.match(after)
    # "the index ended up 0.7%": a close, not "ended up 40% of the total"
    ended_up = _ENDED_UP.search(before[-30:]) and not _OF_AFTER.match(after)
    direction = (("down" if signed.group(1) in "-−" else "up") if signed else None) or (
        _direction_before(before[-40:])
        or _ordered(before, "%", after)
        or _word_after(_NOUN_AFTER, after, UP_WORDS, DOWN_WORDS)
        or _word_after(_NOUN_AFTER, after, _CHANGE_NOUNS_UP, _CHANGE_NOUNS_DOWN)
        or _word_after(_CHANGE_NOUN_AFTER, after, _CHANGE_NOUNS_UP, _CHANGE_NOUNS_DOWN)
        or ("down" if saving else None)
        or ("up" if ended_up else None)
    )
    if direction == "up" and _OF_A_WHOLE.match(after) and not signed:
        direction = None  # "could gain just 10% of the $74 billion": a share won, not a rise
    if (
        direction is None
        and _RATE_OF_CHANGE.search(before[-70:])
        and not _SHARE_BEFORE.search(before)
        and not _STEP_BY.search(before)  # "lowered its growth forecast by 0.5 point": the verb's
    ):
        direction = "up"  # an inflation or growth rate is a change (a fall is stated as such)
    direction = direction or _comparative_after(after, alone=False)
    basis = None
    window = after[:60]
    for pattern, name in BASIS_PATTERNS if BASIS_GATE.search(window) else ():
        if pattern.search(window):
            basis = name
            break
    if direction is not None or basis is not None:
        measure = "change"
    elif _SHARE_BEFORE.search(before) or _SHARE_AFTER.match(after):
        measure = "share"
    elif _RATE_WORDS.search(before[-60:]) or _RATE_WORDS.search(after[:30]):
        measure = "rate"
    else:
        measure = "level"
    return PercentReading(direction=direction, measure=measure, basis=basis)


_TO_BEFORE = re.compile(
    # (not "equivalent to about $225 a tonne", "equal to", "compared to": a restatement or a
    # comparison, not the level reached)
    r"(?<!equivalent\s)(?<!equal\s)(?<!compared\s)(?<!similar\s)(?<!close\s)"
    r"\b(?:to|reaching|reach)\s+(?:(?:close|end|finish|settle)\s+(?:the\s+\w+\s+)?at\s+)?"
    r"(?:an?\s+(?:record|(?:(?:new|annual|all-time)\s+)?(?:total|average"
    rf"|median|high|low|level)\s+of)\s+)?{HEDGE_WORD}$",
    re.I,
)
#: Nouns of a level named before its figure: "from its record close of", "from the pre-crisis
#: trough of".
_LEVEL_NOUNS = (
    r"peak|high|low|average|total|level|figure|close|closing|price|rate|value|mark|reading|median"
    r"|trough|bottom|base|baseline|estimate|tally|count"
)
_FROM_BEFORE = re.compile(
    r"\b(?:from|compared\s+(?:with|to))\s+(?:(?:a|an|the|its|their|last\s+year's)\s+)?"
    rf"(?:(?:[\w'’-]+\s+){{0,2}}?(?:{_LEVEL_NOUNS})\s+of\s+"
    r"|(?:(?:revised|record|all-time|previous|prior|year-earlier|year-ago|peak|high|low|average"
    r"|total|level|figure|initial|original)\s+){0,3}(?:of\s+)?)$",
    re.I,
)
#: Between the end of "from A to B" and the percent that restates the change: ", a drop of about".
_CHANGE_AFTER = re.compile(
    r"^(?:\s+[\w\s-]{0,25}?)?\s*,\s*(?:or\s+)?(?:an?\s+)?(?:[a-z]+\s+)?"
    rf"(?:{CHANGE_NOUNS})\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+"
    r"|some\s+|almost\s+|more\s+than\s+|less\s+than\s+)?$",
    re.I,
)
#: Between a level and the percent that says how it changed: "$640,000 was down by more than",
#: "$8.3 billion, a" (6% decline from ...), "$6.95 a bushel, up" (15% from $6.40), "41.2 million
#: bushels of corn this year, down" (14% from 47.9 million).
_LEVEL_THEN_CHANGE = re.compile(
    # "$1.84 billion for 2025 is up 4.5%": a short phrase of time or place before the verb
    r"^(?:(?:\s+(?:in|for|on|at|this|last)\s+(?:(?!\b(?:but|and|or|while|whereas)\b)[^,;()\d]){1,25}?)?"
    r"\s+(?:was|were|is|are|has\s+been|had\s+been|stood|stands|came\s+in|ended|closed)\b"
    r"[^,;()\d]{0,30}|\s*,\s*(?:or\s+)?an?\s+"
    # "settled at $6.95 a bushel, up 15% from $6.40": the level, then its change in apposition
    r"|(?:\s+[^\s,;:()\d%$€£¥]+){0,5}\s*,\s*(?:up|down|higher|lower)\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?)$",
    re.I,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: A number glued to a unit as a modifier: "60-kilogram", "twenty-foot" (no figure of a gap).
_COMPOUND_NUMBER = re.compile(r"\b[\d.,]+-(?=[a-z])", re.I)
#: Between a level and the amount it moved by: ", up ", " on Monday, down by ".
_UP_OR_DOWN_END = re.compile(r",\s*(?:up|down|higher|lower)\s+(?:by\s+)?$", re.I)
#: Before a figure that is the amount of a change, not a level: "added 85,000", "fell by 38".
_AMOUNT_BEFORE = re.compile(AMOUNT_LEAD, re.I)
_BREAK = re.compile(
    r"[;]|\bwhile\b|\bwhereas\b|,\s+(?:and|but|while)\b|\band\s+(?:said|says|added|expects?|is|was)\b"
    r"|\b(?:after|before|following)\s+\w+ing\b"  # "jumping 6.8% to $104.20 after falling from"
    # "a cut of 0.8 day, or 17.4%, after Terminal 5 extended its hours to 22": another clause
    r"|,\s+(?:after|before|when|because|as|although|though|since|until)\b"
)
#: Before a figure that is a rate's denominator, not a level: "$21.40 per $1,000".
_PER_BEFORE = re.compile(r"\b(?:per|for\s+every|of\s+every)\s+$", re.I)
_MAX_GAP = 60
#: A percentage between a change and a figure after it: the figure is that percentage's level.
_ANOTHER_PERCENT = re.compile(r"\d\s?(?:%|per\s?cent\b|percent\b)", re.I)


#: A figure that gives a place's or a body's size: "in the country of 8.42 million, up 25%".
SIZE_OF_A_PLACE = re.compile(
    rf"\b(?:a|an|the|its|their)\s+(?:{SIZED_NOUNS})\s+of\s+(?:about\s+|some\s+|nearly\s+)?$",
    re.I,
)
#: A span of time led by a word that makes it the period a clause covers, not a level.
PERIOD_LEAD = re.compile(
    r"\b(?:over|in|within|during|for|after|across)\s+(?:the\s+)?(?:(?:past|last|next|first"
    r"|previous|coming|final|following)\s+)?$",
    re.I,
)
_TIME_WORD = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?|hours?)$", re.I)
#: Between a count and a figure that qualifies its noun: "48,700 waterbirds of 63 species".
OF_THE_FIGURE = re.compile(r"\s*(?:[a-z][\w-]*\s+)?of\s+$")


def _linked_before(
    sentence: str, pct_start: int, figures: list[tuple[int, int, str]]
) -> tuple[str | None, str | None]:
    """The figures before a percentage that it is the change of.

    "from $22.40 to $20.55, a drop of about 8%": both ends; "$640,000 was down by more than 21%
    from ...": the level it changed to (its start is read after the percentage).
    """
    before = [
        f for f in figures if f[1] <= pct_start and not _PER_BEFORE.search(sentence[: f[0]][-12:])
    ]
    before = [
        f
        for f in before
        if not PERIOD_LEAD.search(sentence, 0, f[0])
        or not _TIME_WORD.search(sentence, f[0], f[1])  # "Over 10 years, ... from 61,200"
    ]
    before = [
        f
        for k, f in enumerate(before)
        if not (k and OF_THE_FIGURE.match(sentence, before[k - 1][1], f[0]))
    ]  # "48,700 waterbirds of 63 species, down 12%": the species qualify the count
    before = [f for f in before if not SIZE_OF_A_PLACE.search(sentence, 0, f[0])]
    if not before:
        return None, None
    last_start, last_end, last_id = before[-1]
    # a year between the level and its change is no figure: "61.4 million trips in 2022, up 18%"
    gap = _COMPOUND_NUMBER.sub("n-", _YEAR.sub("Y", sentence[last_end:pct_start]))
    if _LEVEL_THEN_CHANGE.match(gap):  # "51.8 million 60-kilogram bags, down 4.4% from"
        if _AMOUNT_BEFORE.search(sentence[max(0, last_start - 30) : last_start]):
            # "added 85,000 residents, a 14% increase, to reach 692,000": the figure before is
            # the change's amount; its end, if any, comes after the percent
            return None, None
        return None, last_id
    if len(before) >= 2 and _CHANGE_AFTER.match(sentence[last_end:pct_start]):
        first_start, first_end, first_id = before[-2]
        if _AMOUNT_BEFORE.search(sentence[max(0, first_start - 30) : first_start]):
            # "reached $5.01 on Monday, up $1.94 from $3.07 a year earlier, an increase of 63%":
            # the figure before the start is the change's amount; the level is the one before it
            level = before[-3] if len(before) >= 3 else None
            if (
                level is not None
                and _FROM_BEFORE.search(sentence[max(0, last_start - 40) : last_start])
                and _UP_OR_DOWN_END.search(sentence[level[1] : first_start])
                and not _BREAK.search(sentence[level[1] : last_start])
            ):
                return last_id, level[2]
            return None, None
        if _FROM_BEFORE.search(
            sentence[max(0, last_start - 40) : last_start]
        ) and not _BREAK.search(
            sentence[first_end:last_start]
        ):  # "$1,850, compared to $1,420 five years ago, a jump of 30%": the start comes last
            return last_id, first_id
        if _FROM_BEFORE.search(
            sentence[max(0, first_start - 40) : first_start]
        ) and _TO_BEFORE.search(sentence[first_end:last_start]):
            return first_id, last_id
    return None, None


def link_from_to(
    sentence: str, pct_start: int, pct_end: int, figures: list[tuple[int, int, str]]
) -> tuple[str | None, str | None]:
    """Find the figures a change runs from and to.

    Mostly after the percentage ("rose 5% from $2 to $2.10"); before it when a clause restates the
    change ("from $22.40 to $20.55, a drop of about 8%") or names the level first ("$640,000 was
    down by 21% from ...").

    Args:
        sentence: the sentence text.
        pct_start: start offset of the percentage in the sentence.
        pct_end: end offset of the percentage in the sentence.
        figures: (start, end, id) of the quantity and money facts in the sentence, in order.

    Returns:
        (from_id, to_id); either may be None.
    """
    from_id, to_id = _linked_before(sentence, pct_start, figures)
    if from_id and to_id:
        return from_id, to_id
    for start, _end, fact_id in figures:
        if start < pct_end or _PER_BEFORE.search(sentence[:start][-12:]):
            continue
        between = sentence[pct_end:start]
        if _BREAK.search(between) or len(between) > _MAX_GAP or _ANOTHER_PERCENT.search(between):
            break  # "which had lost 22% in 2023, rose 7% on Friday to €18.40": the 7%'s levels
        if _FROM_BEFORE.search(between) and from_id is None:
            from_id = fact_id
        elif _TO_BEFORE.search(between) and to_id is None:
            to_id = fact_id
        if from_id and to_id:
            break
    return from_id, to_id
