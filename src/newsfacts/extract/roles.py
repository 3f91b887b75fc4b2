"""Number roles: what each number in the text *is*, before any of them becomes a fact.

A digit run can be a measure ("44,947 MW"), a count ("15 senators"), money, a percentage, an
age ("Smith, 66,"), a year, a score ("won 3-2"), a rank ("No. 3") or part of a name ("the 777X
order", "iPhone 15", "the S&P 500", "1400 Elm St.", "the 311 line", "Photo 2 of 8"). Only
measures, counts, money and percentages become figure facts; ages become ``age`` quantities;
every other role is dropped.

Roles come from three sources, each a table of data:

* :data:`NAME_SPANS` - patterns whose matches are names, scores or labels as a whole; the numbers
  inside them are claimed before the figure grammar runs (so "Photo 2 of 8" never reaches it);
* :data:`CONTEXT_RULES` - the words right before and after one mention ("aged 66", "No. 3");
* :data:`ENTITY_ROLES` - the label of the statistical model's entity a number sits inside
  (PRODUCT, FAC, WORK_OF_ART, LAW, EVENT, and names of organizations or people holding digits).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from newsfacts.extract.edges import EndPhrases, Searcher
from newsfacts.extract.intervals import stretches_holding
from newsfacts.extract.lexicon import (
    DISCOURSE_NOUNS,
    HYPERBOLE_VALUES,
    HYPHEN_COUNTS,
    KNOWN_UNITS,
    VAGUE_NOUNS,
)
from newsfacts.extract.mentions import IRREGULAR_PLURALS, Mention
from newsfacts.extract.units import unit_dimension
from newsfacts.vocab import CARDINALS, PERSON_NOUNS, STOCK_INDEXES

__all__ = [
    "CONTEXT_RULES",
    "ENTITY_ROLES",
    "FACT_ROLES",
    "NAME_SPANS",
    "Role",
    "assign_roles",
    "name_spans",
    "role_of",
]

Role = Literal[
    "measure", "count", "money", "percent", "age", "year", "score", "rank", "identifier",
    "modifier", "idiom",
]  # fmt: skip

#: The roles that become facts.
FACT_ROLES: frozenset[str] = frozenset({"measure", "count", "money", "percent", "age"})

_STREET = (
    r"St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|Pl|Place|Ct|Court|Pkwy"
    r"|Parkway|Hwy|Highway|Sq|Square|Ter|Terrace|Cir|Circle|Plaza|Broadway"
)
_INDEXES = rf"{STOCK_INDEXES}|Fortune|Inc\.|Forbes|Global|Billboard\sHot|Top"
#: Written numbers that open a ratio ("nine out of 10").
_SMALL_WORDS = "|".join(sorted((w for w in CARDINALS if " " not in w), key=len, reverse=True))
_HOTLINES = r"211|311|411|511|611|711|811|911|999|112|111|101|988"
_RESOLUTIONS = r"240|360|480|576|720|1080|1440|2160|4320"

#: Currency codes and signs written glued to digits ("USD25m", "RM45"): money, not a model name.
_GLUED_MONEY = r"(?:USD|EUR|GBP|JPY|CNY|RMB|HKD|AUD|CAD|CHF|INR|SGD|NZD|MYR|RM|Rs|Rp|R|Dh|Tk|kr)"
_INDEX_NUMBERS = r"30|40|50|100|200|225|250|300|350|400|500|600|1000|1500|2000|3000|5000"

#: Patterns whose whole match is a name, a score or a label: no number inside becomes a figure.
#: (name, role, pattern)
NAME_SPANS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (name, role, re.compile(pattern))
    for name, role, pattern in (
        # "the S&P 500", "FTSE 100", "Russell 2000", "Fortune 500", "Nikkei 225"
        ("index", "identifier",
         rf"(?<![\w&])(?:{_INDEXES})\s(?:{_INDEX_NUMBERS})(?![\d.,]\d|\d|\s?(?:%|percent|per\s?cent))"),
        # "1400 Elm St.", "221B Baker Street" (not "20 Wall Street banks": a count before a noun)
        ("address", "identifier",
         rf"(?<![\w.,$])\d{{1,6}}[A-Z]?\s(?:[NSEW]\.?\s|(?:North|South|East|West)\s)?"
         rf"(?:(?:[A-Z][\w'’.-]*|\d{{1,3}}(?:st|nd|rd|th))\s){{1,3}}(?:{_STREET})\b\.?(?!\s+[a-z]+s\b)"),
        # "(555) 123-4567", "555-123-4567", "1-800-555-0199", "+44 20 7946 0958"
        ("phone", "identifier",
         r"(?<![\w.])(?:\+?1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[.-]\d{4}(?!\d)"
         r"|(?<![\w.])1-8\d\d-[A-Z0-9-]{7,}"
         r"|(?<![\w.])\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}(?![\d.])"
         # "+49 (0)40 890 85-433": a trunk prefix in brackets
         r"|(?<![\w.])\+\d{1,3}\s?\(0\)\s?\d{1,5}(?:[\s.-]\d{2,5}){1,4}(?![\d.])"),
        # "the 311 line", "a 911 call", "dial 999"
        ("hotline", "identifier",
         rf"(?<![\w$.,])(?:{_HOTLINES})(?=\s(?:line|hotline|call|calls|caller|callers|dispatch"
         rf"|dispatchers?|number|operators?|center|centre|service|system|emergency)\b)"
         rf"|\b(?:dial|call|ring|called|calls|calling|dialed|dialled|dialing|dials)\s"
         rf"(?:{_HOTLINES})\b"),
        # "a 3-2 win", "a 9-1-2 record", "(10-4)" after a team's name
        ("score", "score",
         r"(?<![\w.$/-])\d{1,3}[-–]\d{1,3}(?:[-–]\d{1,3})?(?=\s(?:win|wins|victory|victories"
         r"|loss|losses|defeat|defeats|lead|record|records|mark|draw|tie|decision|edge|triumph"
         r"|thrashing|rout|aggregate|scoreline|vote|votes|margin|count|split|advantage|bulge"
         r"|cushion|deficit|halftime|shutout|comeback"
         r"|in\s(?:overtime|extra|the\s(?:final|first|second|third))|start|season|overall)\b)"
         r"|(?<=[A-Za-z]\s\()\d{1,3}[-–]\d{1,3}(?:[-–]\d{1,3})?(?=\))"),
        # a team's record in brackets: "the Huskies (4-7, 3-4)", "(10-4)"
        ("record_paren", "score",
         r"\(\d{1,3}[-–]\d{1,3}(?:[-–]\d{1,3})?(?:,\s?\d{1,3}[-–]\d{1,3}(?:[-–]\d{1,3})?){0,8}\)"),
        # a bare pair of small numbers standing alone is a score: "rolled past Northern Illinois,
        # 45-17, on Tuesday", "6-4, 7-6 (5)", "serving at 5-4", "level the series 1-1."
        ("bare_pair", "score",
         r"(?<![\w.$/,-])\d{1,3}[-–]\d{1,3}(?:[-–]\d{1,3})?(?:\s?\(\d{1,2}\))?"
         r"(?![\w%/.-]|\.\d|\s?(?:%|percent|per\s?cent))"
         r"(?=\s*[,;)]|\s*\.(?:\s|$)|\s*$|\s+(?:on|at|in|after|before|with|over|against|down|up|to\s+"
         r"(?:win|lead|level|seal|take)|and\s+\d{1,3}[-–]\d{1,3})\b)"),
        # a tie and where it stands: "tied Game 7 at 89-89.", "level at 1-1"
        ("tied_at", "score",
         r"\b(?:tied|level|locked|knotted|deadlocked)\s(?:[\w'’-]+\s){0,3}?at\s\d{1,3}[-–]\d{1,3}\b"),
        # a list of set or game scores: "edged Opelka 7-6 (5), 7-6 (7) and", "6-2, 6-1"
        ("score_list", "score",
         r"(?<![\w.$/,-])\d{1,2}[-–]\d{1,2}(?:\s?\(\d{1,2}\))?"
         r"(?:,\s\d{1,2}[-–]\d{1,2}(?:\s?\(\d{1,2}\))?)+(?![\w%/-]|\.\d)"),
        # "8 out of 10 dentists", "1 in 5 adults", "rated 4.5 out of 5": a ratio, not two counts
        # (a score's second number is none: "went 11-6 in 17 games")
        ("ratio", "identifier",
         rf"(?<![\w.,$/–-])(?:\d{{1,3}}(?:\.\d{{1,2}})?|(?i:{_SMALL_WORDS}))\s(?:out\sof|in)\s"
         r"(?!(?:1[89]|20)\d\d\b)"
         r"\d{1,4}(?![\d.,%]|\s?(?:percent|per\s?cent))"),
        # odds and ratios against one: "outnumbered decliners by about 3 to 1", "a 2-to-1 margin"
        ("odds", "identifier",
         r"\bby\s+(?:(?:about|nearly|roughly|almost|more\s+than|some)\s+)?\d{1,2}(?:\.\d)?"
         r"(?:\s+to\s+|-to-)1(?![\d%]|[.,]\d|\s?(?:percent|per\s?cent))"
         r"|(?<![\w.,$])\d{1,2}(?:\.\d)?-to-1(?![\d%]|[.,]\d|-)"
         # ... but "a 33-to-1 leverage ratio" is a figure: how many times the one
         r"(?!\s+(?:[\w-]+\s+)?(?:leverage|ratios?|multiples?)\b)"),
        # "20-of-24 passing": a line of statistics
        ("stat_line", "score", r"\b\d{1,3}-(?:of|for)-\d{1,3}\b"),
        # clock times: "from 3 to 9 p.m.", "0100 GMT"
        ("clock_span", "identifier",
         r"\b\d{1,2}(?::\d\d)?\s?(?:to|-|–|until|and|till)\s?\d{1,2}(?::\d\d)?\s?[ap]\.?m\b\.?"),
        ("clock_24h", "identifier",
         r"\b[0-2]\d[0-5]\d\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|IST|JST|AEST|hrs|hours\s+local)\b"),
        # "0-60 mph", "0-100 km/h": the name of an acceleration test (the seconds are the figure)
        ("sprint_label", "identifier", r"\b0[-–](?:60|62|100|200)\s?(?:mph|km/h|kph|kmh)\b"),
        # "won 3-2", "beat Leeds 2-0", "leads the series 3-1"
        ("score_verb", "score",
         r"\b(?:won|lost|beat|beats|tied|drew|led|leads|wins|ties|defeated|edged|trailed|trails"
         r"|loses|trounced|routed|downed|topped|blanked)\s(?:(?:the\s)?[A-Za-z][\w.'’-]*\s){0,3}"
         r"\d{1,3}[-–]\d{1,3}(?:[-–]\d{1,3})?(?![\w%/-])"),
        # a vote or a season's record after its verb: "voted 6-3", "passed 7-2", "went 9-3",
        # "finished 46-28-8" (the validator's tally rule sets it against the body or the games)
        ("tally_verb", "score",
         r"\b(?:voted|passed|approved|adopted|rejected|confirmed|endorsed|split|went|gone"
         r"|finished|finishing|stand\sat|stood\sat|improved\sto)\s(?:[a-z]+\s){0,2}?"
         r"\d{1,3}[-–]\d{1,3}(?:[-–]\d{1,3})?(?![\w%/.-]|\.\d)"),
        # "Photo 2 of 8", "Slide 3/10", "Chapter 11", "Season 4", "Page 12", "Phase 3"
        ("counter", "identifier",
         r"\b(?:Photo|Photos|Image|Images|Picture|Slide|Slides|Page|Item|Step|Part|Chapter|Episode"
         r"|Season|Volume|Vol\.|Issue|Article|Section|Title|Suite|Apt\.?|Gate|Terminal|Pier"
         r"|Platform|Level|Category|Phase|Stage|Week|Game|Round|Ward|District|Precinct|Route"
         r"|Interstate|Flight|Model|Version|Proposition|Prop\.|Amendment|Form|Exhibit|Figure"
         r"|Fig\.|Track|Tier|Grade|Gen|Generation|Formula|Apollo|Artemis|Area|Catch|Agenda"
         r"|Vision|Windows|iPhone|iPad|Pixel|Galaxy|PlayStation|Xbox|Boeing|Airbus|Embraer"
         r"|Snapdragon|Ryzen|Mach|Mark|Mk\.?)\s\d+[A-Za-z]{0,3}(?:\s?(?:of|/)\s?\d+)?"
         r"(?![\d.,]\d|\d|\s?(?:%|percent|per\s?cent))"),
        ("slide", "identifier", r"(?m)^\s*\d{1,3}/\d{1,3}(?=\s)"),
        # a pager at a line's end: "1 - 5 of 36", "Showing 11-20 of 148"
        ("pager", "identifier", r"(?m)\b\d{1,4}\s?[-–]\s?\d{1,4}\sof\s\d{1,6}[ \t]*$"),
        # a school class or a division: "Class 5-1A", "the 6-4A title"
        ("class_label", "identifier", r"(?<![\w.-])\d-\d[A-Z]{1,2}\b"),
        # a screen size inside a product's name: "the 16-inch MacBook Pro", "a 12.9-inch iPad"
        # (a name in camel case follows; "a 65-inch TV" is a size)
        ("product_size", "identifier",
         r"(?<![\w.-])\d{1,2}(?:\.\d)?-inch(?=\s(?:[A-Z][a-z]+[A-Z]|i[A-Z])[A-Za-z]*\b)"),
        # a citation: "37 (1): 339–351", "pp. 685-690", "PMID 20175497", "doi:10.1118/1.32"
        ("citation", "identifier",
         r"\b\d{1,4}\s?\(\d{1,4}\):\s?\d{1,6}(?:\s?[-–]\s?\d{1,6})?"
         r"|\b(?:19|20)\d\d;\s?\d{1,4}(?:\s?\(\d{1,4}\))?:\s?\d{1,6}(?:\s?[-–]\s?\d{1,6})?"
         r"|\bpp?\.\s?\d{1,6}(?:\s?[-–]\s?\d{1,6})?"
         r"|\b(?:PMID|PMCID|PMC|ISBN(?:-1[03])?|ISSN|doi|DOI|arXiv|Bibcode)\b:?\s?[\w./:()-]+"),
        # a release's number: "the 1.8 release", "version 3.2", "v2.1", "beta 4"
        ("release", "identifier",
         r"(?<![\w.,$])\d{1,3}(?:\.\d{1,3}){1,2}(?=\s(?:release|update|beta|patch|build)\b)"
         r"|\b(?:[Vv]ersion|Release|Beta|Patch|Build)\s\d{1,4}(?:\.\d{1,4}){0,3}\b"
         r"|\b(?:release|beta|patch|build)\s\d{1,4}(?:\.\d{1,4}){1,3}\b"
         r"(?!\s?(?:%|percent|per\s?cent|million|billion|trillion))"),
        # a year glued to a name by a hyphen or an underscore: "gsoc-2018", "covid_2020"
        # (not a part of a year: "mid-2018", "pre-2020", "FY-2019", "summer-2021")
        ("glued_year", "identifier",
         r"\b(?!(?i:mid|pre|post|late|early|end|fiscal|fy|cy|q[1-4]|h[12]|spring|summer|fall"
         r"|autumn|winter|year|calendar|circa|ca|since|through|until|by|in|from|to|and|or)[-_])"
         r"[A-Za-z][A-Za-z0-9]*[-_](?:19|20)\d\d\b(?![-_/.]\d)"),
        # a model's number before its line's suffix: "the 11 Pro Max", "a 12 Mini", "the 737
        # MAX 8", "an A321neo" (glued: the alnum row), "the 320 NEO"
        ("model_suffix", "identifier",
         r"(?<![\w.,$])\d{1,4}[a-z]?(?=\s(?:Pro|Max|MAX|Plus|Ultra|Mini|Lite|NEO|neo|XLR)\b(?!\s?Bowl))"),
        # a note or a coin by its face value: "the $20 bill", "a £5 note"
        ("banknote", "identifier",
         r"(?<![\w.,])[$€£]\s?(?:1|2|5|10|20|50|100|500)(?=\s(?:bills?|notes?|banknotes?|coins?)\b)"),
        # audio channels: "5.1 surround sound", "7.1-channel audio"
        ("audio_channels", "identifier",
         r"(?<![\w.])[2579]\.[124](?:\.[24])?(?=[\s-](?:surround|channel|audio|sound|speaker))"),
        # "1. Garage", "3.Charlotte", "2) Backyard": a list item's number at a line's start
        ("list_item", "rank", r"(?m)^[ \t]*\d{1,3}[.)][ \t]?(?=[A-Z\"“‘'])"),
        # "Pages: 1 2 3 4", "Page 2 of 5"
        ("pagination", "identifier", r"\bPages?:?[ \t]{1,3}\d{1,3}(?:[ \t]?(?:,|\||of|-|–)?[ \t]?\d{1,3}){1,20}\b"),
        # "iOS 8.2", "watchOS 2", "Android 10", "Windows 11", "Chrome 120", "Bluetooth 5.3"
        ("version", "identifier",
         r"\b(?:iOS|iPadOS|watchOS|tvOS|visionOS|macOS|OS\sX|Android|Windows|Ubuntu|Debian|Fedora"
         r"|Chrome|Chromium|Firefox|Safari|Edge|Office|Python|Java|PHP|HTML|CSS|Bluetooth|USB|Wi-Fi"
         r"|WiFi|LTE|HDMI|DDR|PCIe|Thunderbolt|Lightning|Kindle|Surface(?:\sPro|\sLaptop|\sBook)?"
         r"|Pro|Max|Plus|Ultra|Mini|Air|Note|Series|Gen|Mark|Version|[vV]er\.?|v)\s?\d{1,4}"
         r"(?:\.\d{1,3}){0,2}[a-z]?\b(?!\s?(?:%|percent|per\s?cent)|[.,]\d)"),
        # "State Road 836", "SR 836", "US 1", "Highway 101", "Interstate 95"
        ("road", "identifier",
         r"\b(?:State\sRoad|County\sRoad|Road|Rd\.|SR|US|Hwy\.?|Highway|Interstate|Route|Rte\.?"
         r"|Exit)\s\d{1,4}[A-Z]?\b(?![.,]\d|\s?%)"),
        # a title: a number then capitalised words ("12 Years a Slave", "The Six Million Dollar Man"
        # is read by the written grammar) - a number followed by a capitalised word and then a
        # small word and another capitalised word
        ("title", "identifier",
         r"(?<![\w.,$])\d{1,4}\s(?:[A-Z][a-z'’]+\s)(?:(?:a|an|the|of|and|in|on|to|for|at)\s)"
         # (not "met 25 Republicans on Monday": a day or a month after is no title's word)
         r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
         r"|April|May|June|July|August|September|October|November|December)\b)"
         # (not "460 Kia and Hyundai vehicles": brands before the noun a count counts)
         r"[A-Z][\w'’]+(?![\w'’])(?!\s+[a-z]+[^s\W]s\b)"),
        # "the 52-week high", "its 200-day moving average": names of market measures
        ("market_label", "identifier",
         r"\b(?:52|26|13|12)[-\s](?:week|month)\s(?:highs?|lows?|range)\b"
         r"|\b(?:50|100|200)[-\s]day\s(?:moving\s)?(?:averages?|highs?|lows?|lines?)\b"),
        # "1080p video", "a 720p screen"
        ("resolution", "identifier", rf"\b(?:{_RESOLUTIONS})[pi]\b"),
        # "No. 3", "#1"
        ("rank", "rank", r"\b(?:No|Nos)\.\s?\d+\b|(?<![\w&])#\d+\b"),
        # "GTX 1660 Ti", "NY 10001": a code of capitals, a space and digits that are no year
        ("caps_code", "identifier",
         rf"\b(?!{_GLUED_MONEY}\s|FY\s|Q[1-4]\s|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\s)"
         r"[A-Z]{2,4}\s(?!(?:19\d\d|20[0-4]\d)\b)\d{3,5}(?:\s?(?:Ti|XT|Super|SE)\b)?"
         r"(?![\d.,]\d|\d|\s?(?:%|percent|per\s?cent))"),
        # a row of a quote table: a line of figures and capitalised names with no lower-case
        # word, one of the figures a signed decimal or percentage change ("ACME Acme Corp 12.5
        # +0.3", "Dow 31,402.77 -98.4 -0.31%"): its cells have no sentence to say what they
        # measure
        ("table_row", "identifier",
         r"(?m)^(?![^\n]*\b[a-zß-öø-ÿа-яё]{3,})(?=(?:[^\n\d]*+\d++(?:[.,]\d++)*+){2})"
         r"(?=[^\n]*(?<![^\s(])[+\u2212-]\d++(?:[.,]\d|%))[^\n]{1,200}$"),
        # a footnote or reference marker: "[1]", "[12]"
        ("footnote", "identifier", r"\[\d{1,3}\]"),
        # "Cinebench R20", "Nikon Z7": a model code after a capitalised name, not 20 rand
        ("model_code", "identifier",
         r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November"
         r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|In|On|At|For)\s)"
         r"[A-Z][a-z]{2,}\s[A-Z]\d{1,4}\b(?![.,]\d|\s?(?:million|billion|bn|mn|m|k)\b)"),
        # a number alone in quotes is a title: the film “1917,”
        ("quoted_number", "identifier", r"[“\"]\d{1,4}[,.]?[”\"]"),
        # "A320", "F-35", "G20", "B737", "MH370", "COVID-19", "K-12": letters then digits (not
        # "sub-7 nanometer": below 7)
        ("alnum", "identifier",
         rf"(?<!\$)(?<!\d-)\b(?!{_GLUED_MONEY}\d)(?![QH][1-4]\b|FY|sub-)[A-Za-z]{{1,4}}-?\d{{1,5}}[A-Za-z]{{0,3}}\b"
         r"(?![.,]\d)"),
    )
)  # fmt: skip

#: Beside :data:`~newsfacts.vocab.PERSON_NOUNS`, nouns whose bearer has an age when a number
#: is set off after them: people in general, and parts a person plays (an owner or a driver
#: may be a company elsewhere, but "the owner, 54," is a person's age).
_AGE_BEARERS = (
    r"boy|girl|man|woman|child|baby|toddler|teenager|teen|brother|sister|victim|driver|suspect"
    r"|patient|owner|resident|president|founder|executive|official|officer|judge|director"
    r"|minister|candidate|player|artist|musician|pilot|soldier|veteran|doctor|worker"
    r"|firefighter|lawmaker|chief|councilman|councilwoman|commissioner|sheriff|detective"
    r"|prosecutor|priest|pastor|retiree|pensioner|farmer|designer|photographer|chef|poet"
)
#: Nouns a number after which is a label: "Flight 370", "Room 12" (as printed, case counts).
_LABEL_NOUNS = (
    *"Flight Room Suite Gate Route Highway Interstate Exit Lot Apt. Apt Unit Bus Train Track "
    "Channel Ch. Precinct Ward District Pier Terminal Hangar Station Block Sector Zone Code "
    "Box Bay Berth Seat Row Aisle Jersey Shirt Bib Badge Case Docket Ticket Patent Serial "
    "ID PIN ZIP".split(),
    "zip code",
    "area code",
)

#: After a score or a rating, no noun of its own: punctuation, a preposition or a conjunction
#: ("scored a 129 while ...", "a total score of 2072 in the test").
_NO_NOUN_AFTER = re.compile(
    r"^(?:[.;:!?)](?!\d)|,(?!\d)|\s+(?:while|and|but|on|in|at|for|with|from|against|compared"
    r"|versus|vs|out\s+of|overall|this|last|to|was|is|were)\b|$)"
)

#: The words right before (``before``, anchored at its end) and after (``after``, anchored at its
#: start) one number, and the role they give it. Tried in order; the first that matches wins.
#: (name, role, before, after)
CONTEXT_RULES: tuple[tuple[str, Role, Searcher | None, re.Pattern[str] | None], ...] = (
    # "aged 66", "age 66", "ages 18 to 24"
    ("aged", "age", re.compile(r"\b(?:aged|ages?|age\s+of)\s+$", re.I), None),
    # "were 65 or older", "are 18 and over": an age bound after a verb
    ("or_older", "age",
     re.compile(r"\b(?:were|was|are|is|be|been|being)\s+$", re.I),
     re.compile(r"^\s+(?:or|and)\s+(?:older|younger|over|up)\b", re.I)),
    # "66-year-old", "66 years old", "66 years of age"
    ("years_old", "age", None,
     re.compile(r"^[\s-]olds?\b|^\s+of\s+age\b|^[\s-]?(?:years?|yrs?)[\s-](?:olds?|of\s+age)\b", re.I)),
    # "by the time I was 13", "when she turned 40", "when you're 20,": a person's age in a
    # clause about them
    ("was_age", "age",
     re.compile(r"\b(?i:when|since|until|by\s+the\s+time|before|after)\s+(?:I|he|she|they|we"
                r"|you|[A-Z][a-z]+)(?:\s+(?:was|were|is|turned|turns|reached)|['’](?:s|re|m))\s+$"
                r"|\bturned\s+$"),
     re.compile(r"^(?:[.,;:!?)]|\s+(?:and|when|but|or|in|at|he|she|I|they)\b|$)")),
    # "Smith, 66, said" / "Ana Ruiz (66)": a name, then the age set off by commas or brackets
    ("name_comma_age", "age",
     re.compile(r"\b[A-Z][a-zà-ÿ'’-]+(?:\s+(?:Jr\.|Sr\.|[A-Z][a-zà-ÿ'’-]+))?,\s$|"
                r"\b[A-Z][a-zà-ÿ'’-]+\s\($"),
     re.compile(r"^(?:,(?!\d)|\))")),
    # "Ruiz, now 66, said", "the mayor, who is 71,": an age without "years"
    ("now_age", "age", re.compile(r"\b[A-Z][a-zà-ÿ'’-]+,\s+now\s+$"), re.compile(r"^,(?!\d)")),
    ("who_is_age", "age",
     re.compile(r"\bwho\s+(?:is|was|turns|turned|will\s+be)\s+$"),
     re.compile(r"^(?:[.,;](?!\d)|\s+(?:and|when|but|this|next|last)\b)")),
    # "died at 66", "retired in 2015 at 65": the age a life or a career ended at
    ("died_at", "age",
     re.compile(r"\b(?:died|dies|passed\s+away|retired|retires)(?:\s+in\s+\d{4}|\s+on\s+[A-Z][a-z]+"
                r"\.?\s+\d{1,2}(?:,\s+\d{4})?|\s+(?:last|this)\s+[a-z]+)?,?\s+at\s+"
                r"(?:the\s+age\s+of\s+)?$", re.I),
     re.compile(r"^(?:[.,;:!?)]|\s+(?:on|in|after|of|from|and|when|at|last|this)\b|$)")),
    # "He was 66 when he retired", "she turns 40 next week": a person's age with its verb
    # ... or ending a sentence of its own, as obituaries say it: "She was 91.", "she's 38."
    ("pronoun_age", "age",
     re.compile(r"\b(?:[Hh]e|[Ss]he|I)(?:\s+(?:was|is|were|am)|['’][sm])\s+$"),
     re.compile(r"^(?:\s+(?:when|at\s+the\s+time)\b|\.(?:\s|$))")),
    # "At 38, the skier became ...": an age fronting its sentence
    ("fronted_age", "age",
     re.compile(r"(?:^|[.!?][\"”’]?\s+)At\s+$"),
     re.compile(r"^,(?!\d)")),
    ("turns_age", "age",
     re.compile(r"\b(?:turns|turning|will\s+turn)\s+$", re.I),
     re.compile(r"^(?:[.,;:!?)]|\s+(?:next|this|on|in|and|when|later|soon)\b|$)")),
    # "the boy, 7, was unhurt", "the senator, 71,": a person's noun (the shared table, and
    # nouns that name people in general or by a part they play), then the age set off by commas
    ("person_comma_age", "age",
     re.compile(rf"\b(?:{PERSON_NOUNS}|{_AGE_BEARERS}),\s$", re.I),
     re.compile(r"^,(?!\d)")),
    # "buyers over 21", "anyone under 18", "adults older than 65": an age limit of people
    ("age_limit", "age",
     re.compile(rf"\b(?:people|persons|adults|anyone|those|buyers|customers|residents|users"
                rf"|drivers|voters|workers|women|men|children|kids|patients|Americans|{_AGE_BEARERS}"
                r"s?)\s+(?:over|under|above|below|older\s+than|younger\s+than)\s+$", re.I),
     re.compile(r"^(?:[.,;:!?)]|\s+(?:at|in|who|and|or|to|can|could|may|will|would|are|were|must"
                r"|is|was|from|with|for|on)\b|$)")),
    # "ranked 5", "number 1 seed": a position in a list
    ("ranked", "rank", EndPhrases.build(["ranked", "ranks", "seeded", "No."]), None),
    # "Flight 370", "Room 12", "Gate B": a label after its noun (also in NAME_SPANS, for dates)
    # "a category 4 hurricane", "a level 3 alert", "a grade 2 listed": a scale's label
    ("scale_label", "identifier",
     EndPhrases.build("category level grade stage phase tier class type model".split()),
     re.compile(r"^[A-Za-z]?(?:\s+[a-z]+|[.,;:)]|$)")),
    ("label_before", "identifier",
     EndPhrases.build(_LABEL_NOUNS, flags=0), None),
    # "a source known as 121102.", "the strain called 229E": a number that a thing is named
    # by (not "named 10 players": a count of a lower-case noun follows)
    ("named_as", "identifier",
     re.compile(r"\b(?:known|referred\s+to|designated)\s+as\s+$|\b(?:called|dubbed"
                r"|nicknamed|code-?named|codenamed|titled|entitled)\s+$"),
     re.compile(r"^[A-Za-z]{0,3}(?:[.,;:!?)\"”]|\s+[A-Z(]|$)")),
    # "scored a 129", "clocked in at a 126.8 while ...": a bare number after an article and a
    # verb of scoring, with no noun of its own, is a rating or a test score, not a count (but
    # "the strongest since a 6.4 in 1999" is an earthquake's magnitude)
    ("rating", "score",
     re.compile(r"\b(?:score[sd]?|scoring|earn(?:s|ed)?|got|gets|receiv\w+|gave|give[sn]?|rat(?:ed|es)"
                r"|post(?:s|ed)|clock(?:s|ed)\s+in\s+at|manag(?:es|ed)|garner(?:s|ed)|register(?:s|ed)"
                r"|notch(?:es|ed))\s+(?:[a-z]+\s+){0,2}?(?:only\s+|just\s+)?(?:a|an)\s+$", re.I),
     _NO_NOUN_AFTER),
    # "a total score of 2072", "scores of 409.30 and 398": a test or contest score, no year
    ("score_of", "score",
     re.compile(r"\bscores?\s+(?:(?:was|is|of)\s+)?(?:about\s+|nearly\s+|just\s+)?$", re.I),
     _NO_NOUN_AFTER),
    # "Area 51", "Catch 22", "Agenda 2030": a capitalised word glued to the number by a space,
    # with no unit after it (the figure grammar already drops singular units after a name)
)  # fmt: skip

#: Entity labels of the statistical model whose numbers are names, not figures.
ENTITY_ROLES: dict[str, Role] = {
    "PRODUCT": "identifier",
    "FAC": "identifier",
    "WORK_OF_ART": "identifier",
    "LAW": "identifier",
    "EVENT": "identifier",
    "ORG": "identifier",
    "PERSON": "identifier",
    "GPE": "identifier",
    "LOC": "identifier",
    "NORP": "identifier",
}
_NUMBER_IN = re.compile(r"\d")
#: Units an age may be printed in ("a 7-month-old"): None when the unit is implied (years).
_AGE_UNITS = frozenset(
    {None, "years", "year", "yrs", "yr", "months", "month", "weeks", "week", "days", "day"}
)
_AGE_MAX = Decimal(125)


@dataclass(frozen=True, slots=True)
class _Entity:
    start: int
    end: int
    label: str


def name_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans of ``text`` that are names, scores or labels as a whole: (start, end, rule name).

    The figure grammar treats them as claimed, like the dates (which read them too, so the
    last few texts' spans are kept).
    """
    return list(_name_spans(text))


@lru_cache(maxsize=4)
def _name_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []
    stretches = stretches_holding(text, _NUMBER_IN)  # every name span holds a digit
    for name, _role, pattern in NAME_SPANS:
        for match in (m for a, b in stretches for m in pattern.finditer(text, a, b)):
            if _NUMBER_IN.search(match.group()):
                found.append((match.start(), match.end(), name))
    return tuple(found)


def _entity_role(
    mention: Mention, text: str, entities: list[_Entity]
) -> tuple[Role | None, str | None]:
    """The role the statistical model's entity gives a quantity inside it.

    Only quantities are judged this way: the model's PRODUCT or ORG span around "$5 billion"
    or "20%" is its mistake, not a name. The entity must hold a capitalised word besides the
    number ("Boeing 737", "Area 51"); a bare "2,000" tagged ORG is the model's slip.
    """
    if mention.kind != "quantity":
        return None, None
    at = bisect.bisect_right(entities, mention.start, key=lambda e: e.start) - 1
    for ent in entities[max(0, at) : at + 1]:  # the entities are sorted and disjoint
        if ent.start <= mention.start and mention.end <= ent.end + 1 and ent.label in ENTITY_ROLES:
            words = re.findall(r"[A-Za-z][\w'’&.-]*", text[ent.start : ent.end])
            if any(w[0].isupper() for w in words):
                return ENTITY_ROLES[ent.label], f"entity:{ent.label}"
    return None, None


def role_of(
    mention: Mention, text: str, entities: list[tuple[int, int, str]] | None = None
) -> tuple[Role, str]:
    """The role of one figure the grammar found, with the name of the rule that decided it.

    ``entities`` are ``(start_char, end_char, label)`` of the statistical model's entities.
    """
    return _role_of(mention, text, [_Entity(*e) for e in entities or []])


def _role_of(mention: Mention, text: str, entities: list[_Entity]) -> tuple[Role, str]:
    before = text[max(0, mention.start - 40) : mention.start]
    after = text[mention.end : mention.end + 30]
    plain_number = mention.kind == "quantity" and mention.unit in _AGE_UNITS
    for name, role, left, right in CONTEXT_RULES:
        if role == "age" and not (plain_number and 0 < mention.value < _AGE_MAX):
            continue
        if role == "age" and mention.value != mention.value.to_integral_value():
            continue
        if name == "age_limit" and mention.unit not in {None, "years"}:
            continue  # "64,500 people over four days": a span of time, not an age limit
        if left is not None and not left.search(before):
            continue
        if right is not None and not right.search(after):
            continue
        if role == "rank" and mention.kind != "quantity":
            continue
        if role in {"identifier", "score"} and (
            mention.kind != "quantity" or mention.unit is not None
        ):
            continue
        return role, name
    if _duration_modifier(mention, text):
        return "modifier", "duration_modifier"
    if _discourse_idiom(mention):
        return "idiom", "discourse_noun"
    if entities:
        named, rule = _entity_role(mention, text, entities)
        if named is not None and rule is not None:
            return named, rule
    if mention.kind == "money":
        return "money", "kind"
    if mention.kind == "percent":
        return "percent", "kind"
    if unit_dimension(mention.unit, mention.per) is not None:
        return "measure", "unit"
    if _singular_noun(mention, text):
        return "identifier", "singular_noun"
    return "count", "kind"


def _discourse_idiom(mention: Mention) -> bool:
    """A noun of discourse counted once or by a round hyperbole, or a vague noun: no datum.

    "one problem", "a million reasons why", "two things stand out" (see
    :data:`~newsfacts.extract.lexicon.DISCOURSE_NOUNS`); "two problems with the plan" counts.
    """
    if mention.kind != "quantity" or mention.unit is None:
        return False
    noun = mention.unit.lower()
    if noun in VAGUE_NOUNS:
        return True
    singular = noun[:-1] if noun.endswith("s") else noun
    return singular in DISCOURSE_NOUNS and mention.value in HYPERBOLE_VALUES


_SCALED = re.compile(r"\d\s*(?:thousand|million|billion|trillion|[kKmMbB]n?)\b")


def _singular_noun(mention: Mention, text: str) -> bool:
    """A number above one before a singular noun names or rates the thing, it counts nothing.

    "a Kanomax model 4431 audiometer", "a 2182 score", "the 737 jet": a count's noun is plural
    ("4,431 audiometers"); nouns glued or set as a count's modifier ("an 8 point lead", see
    :data:`~newsfacts.extract.lexicon.HYPHEN_COUNTS`) and plurals without an "s" ("staff",
    "businessmen") are counts.
    """
    unit = mention.unit
    return (
        mention.kind == "quantity"
        and unit is not None
        and unit.isalpha()
        and unit.islower()
        and mention.value > 1
        # "4.3 million digital": a count, its noun cut short (but a lone letter is no noun)
        and (len(unit) == 1 or mention.decimals == 0)
        and (len(unit) == 1 or not _SCALED.search(mention.text_in(text)))
        and not unit.endswith(("s", "men", "people"))
        and unit not in IRREGULAR_PLURALS
        and unit not in HYPHEN_COUNTS
        and unit not in KNOWN_UNITS  # "226ppi", "4 bbl"
        and mention.text_in(text).endswith(" " + unit)  # a word of its own, not glued
    )


_SINGULAR_TIME = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
#: A word after a duration that is no noun it could modify: "one hour more than", "a year later".
_NOT_MODIFIED = (
    "more less fewer later earlier sooner ago longer shorter before after than and or of to in "
    "on at for per each from into with by the a an"
)
_NOUN_NEXT = re.compile(
    rf"(?:\s+|-)(?:(?!(?:{'|'.join(_NOT_MODIFIED.split())})\b)[a-z]|[$€£¥]\d)"
)  # "a 24-hour strike", "a five-year $700,000 award"


def _duration_modifier(mention: Mention, text: str) -> bool:
    """Whether a duration is used as an adjective: "a 10-year bond", "a 24-hour strike".

    It names the kind of thing and is no figure (the gold conventions agree). A mixed fraction
    ("a 2-1/2 year slump") stays a figure: its value is the point of printing it.
    """
    if mention.kind != "quantity" or mention.unit not in _SINGULAR_TIME:
        return False
    if mention.value != mention.value.to_integral_value() or mention.per is not None:
        return False
    return _NOUN_NEXT.match(text, mention.end) is not None


def _as_age(mention: Mention, text: str) -> Mention:
    """An age: the number with its "-year-old" or "years old", in years (or the printed unit)."""
    end = mention.end
    tail = re.match(
        r"[\s-]?(?:years?|yrs?|months?|weeks?|days?)[\s-](?:olds?|of\s+age)\b|[\s-]olds?\b",
        text[end : end + 20],
    )
    if tail:
        end += tail.end()
    unit = (mention.unit or "years").rstrip("s") + "s"
    if unit in {"yrs", "yr"}:
        unit = "years"
    return replace(mention, end=end, unit=unit, per=None, role="age")


def assign_roles(
    text: str,
    mentions: list[Mention],
    entities: list[tuple[int, int, str]] | None = None,
) -> list[Mention]:
    """Give every mention its role; return those that are facts (figures and ages), in order.

    Args:
        text: the text the mentions were found in.
        mentions: the figure grammar's mentions.
        entities: ``(start_char, end_char, label)`` of the statistical model's entities, if any.
    """
    ents = [_Entity(s, e, label) for s, e, label in entities or []]
    kept: list[Mention] = []
    for mention in mentions:
        if mention.role == "age":  # the written grammar read "a forty-year-old" itself
            kept.append(mention)
            continue
        role, _rule = _role_of(mention, text, ents)
        if role not in FACT_ROLES:
            continue
        if role == "age":
            kept.append(_as_age(mention, text))
        else:
            kept.append(replace(mention, role=role))
    return kept
