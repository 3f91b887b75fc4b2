"""Which side of the publication date a sentence speaks of: the past, the future, or neither.

A month or a day printed without its year is placed by the words of its own clause: "shut since
February", "told analysts on Sept. 30" (the past); "planned for January 9", "will open in March"
(the future). The cue nearest before the date wins ("said it will open in May": the future); with
none before it, a cue right after it decides ("May 3 will see ..."). The cue words are data:
:data:`PAST_CUES` and :data:`FUTURE_CUES`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

__all__ = ["FUTURE_CUES", "NEUTRAL_CUES", "PAST_CUES", "SCHEDULE_VERBS", "Side", "time_side"]

Side = Literal["past", "future"]

#: Verbs of a scheduled event in the present tense: the event is still to come.
SCHEDULE_VERBS = (
    r"(?:takes?|goes|go)\s+(?:effect|into\s+effect|on\s+sale)|kicks?\s+off|begins|starts|opens"
    r"|reopens|resumes|runs\s+(?:through|until|till)|expires|ends|closes|launches|debuts"
    r"|premieres|airs|arrives|returns|stops\s+(?:at|in)|plays|performs|visits|hosts|faces"
    r"|meets|takes\s+on|heads\s+to|travels\s+to|tips\s+off|wraps\s+up"
)
#: Words that put a clause after the publication date.
FUTURE_CUES = (
    r"will|shall|won['’]t|['’]ll|going\s+to|plans?\s+to|planning|planned\s+(?:for|to)"
    r"|(?:is|are|was|were|be)\s+(?:expected|scheduled|set|due|slated|poised|likely|going)"
    r"|expected\s+(?:to|on|in|by)|scheduled\s+(?:for|to|on)|slated\s+(?:for|to)|due\s+(?:on|in|to)"
    r"|upcoming|forthcoming|next|coming|ahead\s+of|later\s+this|aims?\s+to|intends?\s+to"
    r"|would|might|could|may\s+(?:be|see|take|happen|come|get|go|start|begin|open|close)"
    # "prices may rise in May": "may" in lower case before a verb (never the month's name; "may
    # have fallen" looks back)
    r"|(?-i:may)\s+(?:not\s+|also\s+|well\s+|still\s+)?(?!\w+ed\b|have\b)(?-i:[a-z]{3,})(?=\s)"
    r"|hopes?\s+to|until|from\s+now|deadline|tomorrow|must(?!\s+have\b)"
    # the present of a scheduled event: "the law takes effect January 1", "voting begins Oct.
    # 24" (news tells what has happened in the past tense)
    rf"|{SCHEDULE_VERBS}"
)
#: Words that put a clause before the publication date.
PAST_CUES = (
    r"since|ago|last|earlier|previously|already|ended|was|were|had|has\s+been|have\s+been|did"
    r"|ha(?:ve|s)\s+(?:not\s+|also\s+|already\s+)?(?:\w+ed|\w+en)(?=\s)"  # "may have fallen"
    r"|said|told|rose|fell|grew|saw|made|took|gave|came|went|began|became|left|won|lost|paid"
    r"|sold|bought|built|hit|spent|fought|brought|met|ran|kept|held|led|wrote|found|shut|struck"
    r"|knew|thought|felt|sent|broke|chose|drove|flew|hung|stood|swore|woke|wore|yesterday"
    # regular past tenses, less the participles that look ahead ("expected on May 5")
    r"|(?!(?:expect|schedul|plann|slat|propos|intend|anticipat|need|bas|relat|limit|unit|unveil"
    r"|continu|fe|speed|seed|bleed|breed|embed|exceed|proceed|succeed)ed\b)[a-z]{2,}ed"
)
#: Words that move a date without saying which side of publication it falls on: "the deadline
#: was extended to June 30" (the nearest June 30 is meant, whatever the verb's tense).
NEUTRAL_CUES = (
    r"(?:extended|pushed\s+back|postponed|delayed|moved|deferred|rescheduled|brought\s+forward"
    r"|put\s+off)\s+(?:to|until|till)"
)
_CUE = re.compile(
    rf"\b(?:(?P<neutral>{NEUTRAL_CUES})|(?P<future>{FUTURE_CUES})|(?P<past>{PAST_CUES}))\b", re.I
)
#: Where a clause ends looking back from a date: a sentence end, a line break, a semicolon.
#: The end mark comes first and the exceptions look back from after it (the same matches as
#: looking back from before it, ten times faster: the search jumps from mark to mark).
_CLAUSE_BREAK = re.compile(
    # a sentence end, but not the dot of "p.m.", "U.S.", "Jan." or an initial
    r"[.!?](?<!\b[ap]\.m.)(?<!\b[A-Z].)(?<!\bU\.S.)(?<!\b(?:Mr|Ms|Dr|St|No|Jr|Sr|vs).)"
    r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Inc|Ltd|Mrs|Gov|Sen|Rep|Gen|Col).)"
    r"(?<!\bSept.)(?<!\bCorp.)\s|;\s|\n"
)
_LOOK_BACK = 160
_LOOK_AHEAD = 60


#: A participle after an auxiliary is no past tense: "will be held", "is to be released".
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:be|been|being|to|will|would|shall|['’]ll|is|are|get|gets|got)\s+(?:\w+\s+)?$", re.I
)


#: A verb without tense between a cue and the date: the date belongs to it, and its time is not
#: the cue's ("decided against performing on January 20", "agreed to hold talks on May 5").
_UNTENSED_VERB = re.compile(
    r"\b(?:to\s+(?!(?:the|a|an|its|his|her|their|our|my|your|this|that|be)\b)[a-z]{2,}"
    r"|(?!(?:during|including|according|following|regarding|concerning|excluding|ending|starting"
    r"|beginning|morning|evening|spring|thing|nothing|something|anything|everything|king|ring"
    r"|sing|bring|string|wing|ceiling|building|meeting|hearing|briefing|filing|funding|spending"
    r"|earnings|trading|offering|ruling|rating|ranking|polling|reading|opening|closing|landing"
    r"|listing|shooting|bombing|warning|signing|finding|timing|hiring|housing)\b)[a-z]{3,}ing)\b"
)


@lru_cache(maxsize=1024)  # a clause repeated word for word (tables, lists) is read once
def _last_cue(text: str) -> Side | None:
    side: Side | None = None
    last_end = 0
    for match in _CUE.finditer(text):
        if match.group("neutral"):
            side, last_end = None, match.end()
        elif match.group("future"):
            side, last_end = "future", match.end()
        elif not _AUXILIARY_BEFORE.search(text[max(0, match.start() - 25) : match.start()]):
            side, last_end = "past", match.end()
    if side == "past" and _UNTENSED_VERB.search(text, last_end):
        return None  # the date is the untensed verb's: the nearest reading decides
    return side


#: A clause of time in the present tense speaks of the future: "When February rolls around",
#: "once March arrives", "by the time June comes" (the conjunction before, the verb after).
_TIME_CLAUSE_BEFORE = re.compile(
    r"\b(?:when|once|by\s+the\s+time|as\s+soon\s+as|whenever)\s+(?:the\s+)?$", re.I
)
_PRESENT_VERB_AFTER = re.compile(
    r"\s+(?:is|(?!(?:was|has|does|is|this|thus|plus|news|always|perhaps|its|his|as|us|yes"
    r"|less|unless)\b)[a-z]{2,}[^s\W]s)\b"
)


#: An attribution set off by commas: ", officials said,", ", the company told reporters,". Its
#: verb tells when the words were said, not when what they tell happens: "a detour starting March
#: 4, officials said, with buses returning on May 13" still looks ahead.
_ATTRIBUTION = re.compile(
    r",\s*(?:[\w.'’-]+\s+){1,4}?(?:said|says|told\s+[\w.'’-]+(?:\s+[\w.'’-]+)?|added|noted"
    r"|reported|announced)\s*,",
    re.I,
)


def time_side(text: str, start: int, end: int) -> Side | None:
    """The side of publication the clause around ``text[start:end]`` speaks of, if it says."""
    window = text[max(0, start - _LOOK_BACK) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    if "," in window and _ATTRIBUTION.search(window):
        window = _ATTRIBUTION.sub(",", window)
    side = _last_cue(window)
    if side is not None:
        return side
    if _TIME_CLAUSE_BEFORE.search(window) and _PRESENT_VERB_AFTER.match(text, end):
        return "future"
    ahead = text[end : end + _LOOK_AHEAD]
    stop = _CLAUSE_BREAK.search(ahead)
    if stop:
        ahead = ahead[: stop.start()]
    match = _CUE.search(ahead)
    if match is None or match.group("neutral"):
        return None
    return "future" if match.group("future") else "past"
