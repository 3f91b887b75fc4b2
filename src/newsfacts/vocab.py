"""The shared vocabulary: the words both the extractor and the validator read.

Months, weekdays, ordinals, number words, scale words, hedges, and the verbs of rising and
falling, each written once. ``extract`` (the number grammar, the date grammar, the percent
reader) and ``validate`` (the rules that read change words and hedges in a sentence) import them
from here instead of keeping copies. Data only: no code depends on a later stage.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = [
    "ABOVE_WORDS",
    "AMOUNT_LEAD",
    "BELOW_WORDS",
    "CARDINALS",
    "CHANGE_NOUNS",
    "CHANGE_NOUN_DIRECTIONS",
    "COUNT_NOUN_KINDS",
    "DATELINE_MONTHS",
    "DOWN_STEMS",
    "DOWN_WORDS",
    "HEDGES",
    "HEDGE_WORD",
    "MONTHS",
    "NAMED_FIGURE",
    "NUMBER_WORDS",
    "ORDINALS",
    "PART_OF_KINDS",
    "PERSON_NOUNS",
    "SCALE_WORDS",
    "SHARE_PART_WORDS",
    "TENS",
    "UP_STEMS",
    "UP_WORDS",
    "WEEKDAYS",
]

#: Month names and abbreviations, lower-cased, with their number.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
#: Month names of the languages page datelines are written in (German, French, Spanish,
#: Italian, Dutch, Portuguese), lower-cased, with their number; English is in ``MONTHS``.
DATELINE_MONTHS = {
    **MONTHS,
    "januar": 1, "jänner": 1, "janvier": 1, "enero": 1, "gennaio": 1, "januari": 1, "janeiro": 1,
    "februar": 2, "feber": 2, "février": 2, "febrero": 2, "febbraio": 2, "februari": 2,
    "fevereiro": 2, "märz": 3, "mars": 3, "marzo": 3, "maart": 3, "março": 3, "avril": 4,
    "abril": 4, "aprile": 4, "mai": 5, "mayo": 5, "maggio": 5, "mei": 5, "maio": 5, "juni": 6,
    "juin": 6, "junio": 6, "giugno": 6, "junho": 6, "juli": 7, "juillet": 7, "julio": 7,
    "luglio": 7, "julho": 7, "august": 8, "août": 8, "agosto": 8, "augustus": 8,
    "septembre": 9, "septiembre": 9, "settembre": 9, "setembro": 9, "oktober": 10,
    "octobre": 10, "octubre": 10, "ottobre": 10, "outubro": 10, "novembre": 11,
    "noviembre": 11, "novembro": 11, "dezember": 12, "décembre": 12, "diciembre": 12,
    "dicembre": 12, "dezembro": 12, "mär": 3, "okt": 10, "dez": 12, "déc": 12, "févr": 2,
    "janv": 1, "avr": 4, "juil": 7, "sept.": 9,
}  # fmt: skip
#: Weekdays, Monday first (``datetime.date.weekday()`` order).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Ordinals of quarters and nth weekdays.
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip
#: Small counts written in words ("three days ago", "the first nine months").
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
#: Cardinals below twenty and the tens, for the written-number grammar.
CARDINALS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Scale words and abbreviations, lower-cased, with their multiplier.
SCALE_WORDS: dict[str, Decimal] = {
    "hundred": Decimal(100),
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "mil": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "t": Decimal(10) ** 12,
    "lakh": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7,
}
#: Stock market indexes by name, as a regular-expression alternation: a number in the name is
#: part of it ("the S&P 500", "Nikkei 225"), and a bare level after the name is in points ("the
#: Sensex closed at 40,816.38").
STOCK_INDEXES = (
    r"S&P|S&amp;P|Standard\s&\sPoor's|Nasdaq|NASDAQ|FTSE|Russell|Nikkei|DAX|CAC|Stoxx|STOXX"
    r"|Euro\sStoxx|Hang\sSeng|Sensex|Nifty|ASX|TSX|KOSPI|Kospi|IBEX|AEX|SMI|MSCI\s[A-Z][\w-]*"
)
#: Hedges and bounds printed before a number, longest first.
HEDGES = (
    "more than", "less than", "fewer than", "greater than", "at least", "at most", "up to",
    "as much as", "as many as", "as little as", "as few as", "just over", "just under",
    "just above", "just below", "close to", "upwards of", "in excess of", "an estimated",
    "approximately", "roughly", "around", "about", "nearly", "almost", "some", "over", "under",
    "below", "above", "near", "probably", "not even", "only", "just",
)  # fmt: skip
#: One-word hedges that may stand between a marker ("to", "from", "compared with", "fell") and
#: its figure, as an optional regular-expression group: "rose to about $3 billion".
HEDGE_WORD = r"(?:(?:about|around|roughly|nearly|almost|some|just|approximately)\s+)?"
#: Words that set a figure above or below another, as regular-expression alternations: "above",
#: "ahead of", "higher than" / "below", "short of", "fewer than".
ABOVE_WORDS = r"above|over|ahead\s+of|exceeding|(?:higher|more|greater|larger)\s+than"
BELOW_WORDS = r"below|under|short\s+of|behind|(?:lower|less|fewer|smaller)\s+than"
#: Verbs that set their subject ahead of or behind what they name, so a figure after "by" is the
#: gap: "beat forecasts by 5%", "outpaced rivals by 15%" (up); "trailed by 6 points", "missed
#: estimates by 3 cents" (down). Regular-expression stems; "lead" is apart ("a team led by 12
#: engineers" names who led it).
ORDER_UP_STEMS = (
    r"beat(?:s|ing)?|outpac\w*|outperform\w*|outs(?:old|ell\w*)|outscor\w*|outgain\w*"
    r"|outnumber\w*|outstripp?\w*|exceed\w*|topp(?:ed|ing)|tops|surpass\w*|overshot|overshoot\w*"
)
ORDER_DOWN_STEMS = (
    r"trail(?:s|ed|ing)?|lag(?:s|ged|ging)?|underperform\w*|miss(?:ed|es|ing)?|undershot"
)
#: Nouns whose "of" gives their size, not a level of the clause: "in the country of 8.42 million",
#: "a city of 40,000", "a fleet of 120".
SIZED_NOUNS = (
    r"country|city|town|nation|state|region|island|province|village|county|community|borough"
    r"|district|fleet"
)
#: What stands between such a word and the figure it names: "the", "its flood stage of", "the
#: national figure of", "the pre-pandemic peak of" (ends the pattern).
NAMED_FIGURE = rf"(?:(?:the|its|their|a|an)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:of\s+)?{HEDGE_WORD}$"

#: Verbs of a rise and of a fall: the base form, then its irregular forms after a colon; the
#: regular forms ("-s", "-ed", "-ing", a doubled last consonant) are made by ``_inflected``.
_RISE_VERBS = """
    rise:rose,risen increase grow:grew,grown gain climb jump surge soar add advance boost raise
    expand rally hike spike rebound accelerate leap:leapt widen lift firm strengthen appreciate
    outperform swell:swollen balloon double triple quadruple recover improve bounce boom
    rocket skyrocket
"""
_FALL_VERBS = """
    drop fall:fell,fallen decline decrease slide:slid slip dip plunge plummet tumble
    sink:sank,sunk lose:lost lower cut shrink:shrank,shrunk contract ease retreat slump slow
    narrow reduce shed trim pare weaken depreciate devalue sag skid slash halve underperform
    dive:dove crash collapse tank shave dwindle
"""


def _inflected(table: str) -> frozenset[str]:
    """Every printed form of the verbs in ``table``: "slip" gives slips, slipped, slipping."""
    forms: set[str] = set()
    for entry in table.split():
        base, _, irregular = entry.partition(":")
        forms.update(filter(None, irregular.split(",")))
        stem = base[:-1] if base.endswith("e") else base
        forms.update({base, stem + "ing", stem + "ed"})
        if base.endswith(("s", "sh", "ch", "x", "z")):
            forms.add(base + "es")
        elif base.endswith("y") and base[-2] not in "aeiou":
            forms.update({base[:-1] + "ies", base[:-1] + "ied"})
        else:
            forms.add(base + "s")
        if base[-1] not in "aeiouwxy" and base[-2] in "aeiou" and base[-3] not in "aeiou":
            forms.update({base + base[-1] + "ed", base + base[-1] + "ing"})  # slipped, cutting
    return frozenset(forms)


#: Words of a rise and of a fall, as printed: the verbs' forms and the nouns and adverbs that
#: state a change ("up 5%", "an uptick", "a downturn").
#: Forms that before a figure are more often a noun or an adjective than the verb: "the firms",
#: "slow 2% growth", "double the 5% of", "add in a 101 hp motor".
_NOT_CHANGE_VERBS = frozenset("add firm firms double triple quadruple slow tank tanks boom".split())
UP_WORDS = (
    _inflected(_RISE_VERBS) | frozenset("up higher growth upswing uptick".split())
) - _NOT_CHANGE_VERBS
DOWN_WORDS = (
    _inflected(_FALL_VERBS)
    | frozenset("down lower reduction losses downturn downswing off".split())
) - _NOT_CHANGE_VERBS
#: Nouns that name a change with its direction, after a figure or before "of" one: "a 20%
#: improvement", "a 10 percent discount", "an increase of 15%". Not "loss": "a $5 million loss"
#: is a result, not a change.
CHANGE_NOUN_DIRECTIONS = {
    **dict.fromkeys(
        "increase increases rise rises hike hikes gain gains jump jumps boost raise raises "
        "improvement improvements growth surge spike uptick rebound premium markup".split(),
        "up",
    ),
    **dict.fromkeys(
        "decrease decreases cut cuts drop drops fall decline declines reduction reductions "
        "discount discounts markdown dip slump plunge downturn contraction".split(),
        "down",
    ),
}
#: The same verbs as regular-expression stems, for rules that read a phrase ("up $320 million").
UP_STEMS = (
    r"up|rose|rise[sn]?|rising|increas\w*|grew|grow\w*|gain\w*|jump\w*|climb\w*|surg\w*|"
    r"expand\w*|add(?:ed|s|ing)?|soar\w*|swell\w*|boost\w*|rais\w*|higher|more|widened|widening|"
    r"advanc\w*|rallied|rebound\w*|lift(?:s|ed|ing)?|hik(?:e|es|ed|ing)|improv\w*|"
    r"lengthen(?:s|ed|ing)?"
)
DOWN_STEMS = (
    r"down|fell|fall\w*|drop\w*|declin\w*|decreas\w*|dipp\w*|dip|slid\w*|slump\w*|shrank|"
    r"shrink\w*|lost|los\w*|cut\w*|shed\w*|plung\w*|tumbl\w*|reduc\w*|lower(?:s|ed|ing)?|less|"
    r"fewer|sank|slash(?:es|ed|ing)?|shorten(?:s|ed|ing)?|"
    r"slipp\w*|narrowed|narrowing|eased|easing|shrunk|trimm\w*|slow(?:ed|ing|s)|cool(?:ed|ing)|dwindl\w*"
)
#: Nouns that name a change, as an alternation: "a drop of 8%", ", an 18% increase".
CHANGE_NOUNS = "|".join(
    sorted(
        {
            noun
            for noun in CHANGE_NOUN_DIRECTIONS
            if not noun.endswith("s") and noun not in {"growth", "discount", "markdown"}
        }
        | {"loss", "slide", "climb"},
        key=len,
        reverse=True,
    )
)
#: The words before a figure that is the amount of a change, not a level: "up $320 million",
#: "added 85,000", "fell by 38 points", "a drop of about 80,000" (groups ``up`` and ``down``).
AMOUNT_LEAD = (
    rf"\b(?:(?P<up>{UP_STEMS})|(?P<down>{DOWN_STEMS}))\s+(?:by\s+|of\s+)?"
    rf"(?:an?\s+(?:further|additional|net)\s+)?{HEDGE_WORD}$"
)

#: Nouns only a person is, as a regular-expression alternation: an apposition headed by one
#: names a person ("Ruiz, a veteran comics writer"), a number set off after one is an age ("the
#: senator, 71,"). "An asset manager", "a member", "a leader", "a producer", "the owner" can be
#: companies and are left out.
PERSON_NOUNS = (
    r"writer|author|novelist|columnist|spokes(?:man|woman|person)|co-founder|economist|"
    r"professor|lawyer|attorney|actor|actress|singer|rapper|coach|reporter|scientist|"
    r"researcher|activist|senator|congressman|congresswoman|governor|mayor|father|mother|son|"
    r"daughter|wife|husband|widow|widower|teacher|student|nurse|physician|grand(?:mother|father)|"
    r"chairman|chairwoman|comedian|playwright|filmmaker|showrunner|journalist|historian|"
    r"entertainer|musician|poet|painter|sculptor|composer|dancer|athlete|politician|"
    r"business(?:man|woman)|entrepreneur|priest|bishop|diplomat|detective"
)

#: Count nouns that count one kind of thing, one group per line: a count of "positions" and
#: one of "jobs", of "votes" and of "ballots", of "games" and of "matches" can be compared,
#: summed and set against each other. Singular forms; the first word names the group.
COUNT_NOUN_KINDS: tuple[tuple[str, ...], ...] = (
    ("job", "position", "post", "role"),
    ("vote", "ballot"),
    ("game", "match", "contest", "fixture"),
    ("student", "pupil"),
    ("worker", "employee", "staffer"),
    ("store", "shop", "outlet", "branch", "location"),
    ("visitor", "attendee", "spectator", "guest"),
    ("passenger", "rider", "traveler", "traveller"),
    ("trip", "journey", "ride"),
    ("home", "house", "dwelling", "residence"),
    ("car", "vehicle", "automobile"),
    ("runner", "finisher", "entrant"),
)
#: Nouns that name one measure of money, one group per line (singular): a noun phrase naming
#: one ("Earnings were down 13%", "the penalty equals") stands for a figure printed under another
#: ("profit fell to $212 million", "ordered to pay a $4 million fine").
MEASURE_NAMES: tuple[tuple[str, ...], ...] = (
    ("revenue", "sale", "turnover"),
    ("profit", "earning", "income"),
    ("award", "verdict", "damage", "judgment", "judgement"),
    ("penalty", "fine"),
    ("cost", "expense", "spending", "outlay"),
    ("donation", "giving", "gift", "contribution"),
    ("purchase", "sale"),
)
#: Verbs a figure is printed with that name it as a noun would (singular noun: its verb forms):
#: "expects to save $31 million a year" is the "annual savings"; "sold 2,914 homes" the sales.
NOUN_VERBS: dict[str, tuple[str, ...]] = {
    "saving": ("save", "saves", "saved"),
    "payment": ("pay", "pays", "paid"),
    "spending": ("spend", "spends", "spent"),
    "sale": ("sell", "sells", "sold"),
    "cut": ("cut", "cuts"),
    "layoff": ("lay off", "laid off"),
    "loss": ("lose", "loses", "lost"),
    "gain": ("gain", "gains", "gained"),
    "fine": ("fined",),
    "penalty": ("fined",),
    "profit": ("earn", "earns", "earned"),
    "earning": ("earn", "earns", "earned"),
    "donation": ("donate", "donates", "donated"),
}
#: Count nouns whose count is a part of a count of another kind, one pair per line (singular,
#: kinds as in :data:`COUNT_NOUN_KINDS`): "36,660 ballots", "a turnout of 52% of the 61,200
#: registered voters"; "91,000 tickets, filling 96% of the 95,000-person capacity".
PART_OF_KINDS: tuple[tuple[str, str], ...] = (
    ("vote", "voter"),
    ("vote", "elector"),
    ("ticket", "person"),
    ("ticket", "seat"),
    ("visitor", "person"),
    ("visitor", "seat"),
    ("passenger", "seat"),
    ("job", "employee"),
    ("job", "worker"),
    ("position", "employee"),
    ("worker", "employee"),
)
#: Names of a share and the words of the sentence that counts its part: "Turnout reached 52% of
#: the 61,200 registered voters" after "36,660 ballots were cast".
SHARE_PART_WORDS: dict[str, tuple[str, ...]] = {
    "turnout": ("ballots", "votes", "cast", "voted"),
    "vacancy": ("vacant", "empty", "unoccupied"),
    "unemployment": ("unemployed", "jobless", "work"),
    "jobless": ("unemployed", "jobless", "work"),
    "occupancy": ("occupied", "filled", "booked"),
}
