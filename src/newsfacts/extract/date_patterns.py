"""The date grammar as data: month and weekday names, pattern macros and the patterns.

:mod:`newsfacts.extract.dates` runs the patterns in this order (the first to claim a span keeps
it) and resolves each match to days. Kept apart from the resolution code, as trafilatura keeps its
XPaths in ``xpaths.py``, so that a grammar change is a diff of data.
"""

from __future__ import annotations

import re

from newsfacts.vocab import MONTHS, NUMBER_WORDS, ORDINALS, WEEKDAYS

__all__ = [
    "DAY_WORDS",
    "MONTHS",
    "NEEDS",
    "NUMBER_WORDS",
    "ORDINALS",
    "PATTERNS",
    "TRIGGERS",
    "WEEKDAYS",
]

#: A month name; never inside a longer word ("Marchetti", "Augustine", "Junella").
M = (
    r"(?<![A-Za-z])(?P<{n}>(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![A-Za-z])\.?)"
)
D = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
Y = r"(?P<{n}>(?:1[5-9]|20)\d\d)"
DASH = r"\s?(?:-|–|—|to|through|until|till)\s?"
#: An optional weekday before a date ("Friday, March 3"), captured as ``wd``.
WEEKDAY_NAMED = r"\b(?P<wd>Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s"
WEEKDAY = rf"\b(?:{WEEKDAY_NAMED})?"


_CARDINAL_DAYS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_ORDINAL_DAYS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()


def _day_words() -> dict[str, int]:
    """Days of the month in words: "twenty nine", "twenty-first", "thirty one"."""
    words: dict[str, int] = {}
    for n, (cardinal, ordinal) in enumerate(zip(_CARDINAL_DAYS, _ORDINAL_DAYS, strict=True), 1):
        words[cardinal] = words[ordinal] = n
    words["twenty"], words["twentieth"], words["thirty"], words["thirtieth"] = 20, 20, 30, 30
    for n in range(1, 10):
        for sep in (" ", "-"):
            words[f"twenty{sep}{_CARDINAL_DAYS[n - 1]}"] = 20 + n
            words[f"twenty{sep}{_ORDINAL_DAYS[n - 1]}"] = 20 + n
    for sep in (" ", "-"):
        words[f"thirty{sep}one"] = words[f"thirty{sep}first"] = 31
    return words


DAY_WORDS = _day_words()
#: Only ordinals and compounds: "in May twenty people" and "in March one analyst" are no dates.
_DAY_WORD_ALTERNATION = "|".join(
    sorted(
        (re.escape(w) for w in DAY_WORDS if w not in {*_CARDINAL_DAYS, "twenty", "thirty"}),
        key=len,
        reverse=True,
    )
)
DW = "(?P<{n}>" + _DAY_WORD_ALTERNATION + ")"


#: A count of days, weeks, months or years: "3", "ten", "a".
_COUNT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|\d{1,3}"

_WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"


#: Before a four-digit number, the words that lead to a count, each a fixed-width lookbehind
#: at the number's end (used with a plural noun after it; see the "year" row).
_COUNT_LED = (
    r"(?!(?:"
    + "|".join(
        rf"(?<=\b(?i:{word})\s\d{{4}})"
        for word in (
            "about",
            "some",
            "nearly",
            "roughly",
            "around",
            "almost",
            "over",
            "to",
            "than",
            "approximately",
        )
    )
    + r")"
)


def _g(pattern: str, **names: str) -> str:
    return pattern.format(**names)


_FISCAL_Q = r"(?P<q{n}>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-](?i:quarter)|[Qq](?P<qn{n}>[1-4])"
_FISCAL_Y = r"(?:(?i:fiscal)(?:\s+(?i:year))?\s+|FY\s?['’]?)(?P<fy{n}>(?:19|20)?\d\d(?:[-/]\d\d)?)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "to_today",  # "from Feb. 2, 2020 to today", "since March 3, 2021 until now"
        re.compile(
            r"\b(?P<pre>(?i:from|since|between))\s+"
            + _g(M, n="m1")
            + r"\s"
            + _g(D, n="d1")
            + r"(?:,?\s"
            + _g(Y, n="y")
            + r")?\s+(?i:to|until|till|through|and)\s+(?i:today|now|the\s+present|date)\b"
        ),
    ),
    (
        "now_to",  # "between now and November 15th", "from today until March 3, 2021"
        re.compile(
            r"\b(?P<pre>(?i:from|between))\s+(?i:now|today)\s+(?i:to|until|till|through|and)\s+"
            + _g(M, n="m1")
            + r"\s"
            + _g(D, n="d1")
            + r"(?:,?\s"
            + _g(Y, n="y")
            + r")?\b"
        ),
    ),
    (
        "year_to_today",  # "from 2008 to the present", "since 2015 until now"
        re.compile(
            r"\b(?P<pre>(?i:from|since|between))\s+"
            + _g(Y, n="y")
            + r"\s+(?i:to|until|till|through|and)\s+(?i:today|now|the\s+present|date)\b"
        ),
    ),
    (
        "fiscal",  # "the third quarter of fiscal 2019", "Q3 FY2019", "fiscal 2019", "FY19"
        re.compile(
            r"\b(?:(?:the\s+)?(?:(?i:fiscal)\s+)?(?:"
            + _FISCAL_Q.format(n=1)
            + r")(?:\s+of)?\s+"
            + _FISCAL_Y.format(n=1)
            + r"|(?:the\s+)?(?i:fiscal)\s+(?:"
            + _FISCAL_Q.format(n=2)
            + r")"
            + r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?"
            + r"|"
            + _FISCAL_Y.format(n=3)
            + r"(?:\s+(?:"
            + _FISCAL_Q.format(n=3)
            + r"))?)(?![\w-])"
        ),
    ),
    (
        "period_rel_year",  # "March last year", "the third quarter of last year", "Q3 this year"
        re.compile(
            r"\b(?:(?P<pre>(?i:in|by|during))\s+)?(?:(?!may\b)"  # "may last this year": a verb
            + _g(M, n="m1")
            + r"|(?:(?i:the)\s+)?(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-](?i:quarter)"
            r"|Q(?P<qn>[1-4])"
            r"|(?:(?i:the)\s+)?(?P<h>(?i:first|second))\s+(?i:half)|H(?P<hn>[12]))"
            r"(?:\s+(?i:of))?,?\s+(?P<rel>(?i:this|last|next|the\s+previous|the\s+coming"
            r"|the\s+following|the\s+same))\s+(?i:year)\b"
        ),
    ),
    (
        "months_to",  # "the three months to June", "the year to March 2020", "six months ended June 30"
        re.compile(
            r"\b(?:(?i:the)\s+)?(?:(?P<n>(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            r"|twelve|eighteen|twenty-four|\d{1,2}))[\s-](?i:months?)|(?P<whole>(?i:year|quarter)))"
            r"\s+(?i:to|ended|ending|through)\s+(?:(?i:the\s+end\s+of)\s+)?"
            + _g(M, n="m1")
            + r"(?:\s+"
            + _g(D, n="d1")
            + r")?(?:,?\s+"
            + _g(Y, n="y")
            + r")?(?![\w-])"
        ),
    ),
    (
        "month_quarter",  # "the September quarter", "the June quarter of 2019"
        re.compile(
            r"\b(?:(?i:the)\s+)?"
            + _g(M, n="m1")
            + r"\s+(?i:quarter)(?:\s+(?i:of\s+)?"
            + _g(Y, n="y")
            + r")?\b"
        ),
    ),
    (
        "nth_week",  # "the third week of July", "the last week of this month", "second week of 2015"
        re.compile(
            r"\b(?:(?i:the)\s+)?(?P<nth>(?i:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th))"
            r"\s+(?i:week)\s+(?i:of|in)\s+(?:(?P<rel>(?i:this|next|last|previous))\s+"
            r"(?P<unit>(?i:month|year))|"
            + _g(M, n="m1")
            + r"(?:,?\s+"
            + _g(Y, n="y")
            + r")?|"
            + _g(Y, n="y2")
            + r")(?![\w-])"
        ),
    ),
    (
        "week_of",
        re.compile(
            r"\b(?:(?:the\s+)?week\s+(?:of|starting|beginning|ending|commencing)|w/c)\s+"
            + _g(M, n="m1")
            + r"\s"
            + _g(D, n="d1")
            + r"(?:"
            + DASH
            + r"(?:"
            + _g(M, n="m2")
            + r"\s)?"
            + _g(D, n="d2")
            + r")?"
            + r"(?:\s?,?\s"
            + _g(Y, n="y")
            + r")?(?!\d)"
        ),
    ),
    (
        "day_span",  # "March 4-22", "between March 4 and 22", "November the 15th through the 19th"
        re.compile(
            r"\b(?:(?P<pre>(?i:between|from))\s+)?"
            + _g(M, n="m1")
            + r"\s(?:the\s)?"
            + _g(D, n="d1")
            + r"(?:\s?,?\s"
            + _g(Y, n="y1")
            + r")?"
            + r"(?:"
            + DASH
            + r"|\s+and\s+)"
            + r"(?:(?:the|"
            + _g(M, n="m2")
            + r")\s)?"
            + _g(D, n="d2")
            + r"(?:\s?,?\s"
            + _g(Y, n="y")
            + r")?(?![\d:]|\s?(?:%|percent|per cent|[ap]\.?m\b))"
        ),
    ),
    (
        "day_span",  # "from 4 to January 22, 1995": the first day's month is the second's
        re.compile(
            r"\b(?P<pre>(?i:between|from))\s+"
            + _g(D, n="d1")
            + r"(?:"
            + DASH
            + r"|\s+and\s+)"
            + _g(M, n="m2")
            + r"\s"
            + _g(D, n="d2")
            + r"(?:\s?,?\s"
            + _g(Y, n="y")
            + r")?(?![\d:]|\s?(?:%|percent|per cent|[ap]\.?m\b))"
        ),
    ),
    (
        "day_span_dm_years",  # "26 june in 2019 to 28 june in 2020"
        re.compile(
            r"\b"
            + _g(D, n="d1")
            + r"\s"
            + _g(M, n="m1")
            + r",?\s(?:in\s)?"
            + _g(Y, n="y1")
            + DASH
            + _g(D, n="d2")
            + r"\s"
            + _g(M, n="m2")
            + r",?\s(?:in\s)?"
            + _g(Y, n="y2")
            + r"\b"
        ),
    ),
    (
        "month_to_day",  # "January to March 11": a month, then a day
        re.compile(
            r"\b(?:(?P<pre>(?i:between|from))\s+)?"
            + _g(M, n="m1")
            + DASH
            + _g(M, n="m2")
            + r"\s"
            + _g(D, n="d2")
            + r"(?:\s?,?\s"
            + _g(Y, n="y")
            + r")?\b"
        ),
    ),
    (
        "month_span",  # "from August through October", "between June and August", "Jan-Mar 2020"
        re.compile(
            r"\b(?:(?P<pre>(?i:between|from))\s+)?"
            + _g(M, n="m1")
            + r"(?:"
            + DASH
            + r"|(?(pre)\s+and\s+|(?!)))"
            + _g(M, n="m2")
            + r"(?:,?\s(?:of\s)?"
            + _g(Y, n="y")
            + r")?(?![A-Za-z]|\s?\d)"
        ),
    ),
    (
        "md_span",  # "from 10/1 to 11/7"
        re.compile(
            r"\bfrom\s+(?P<a>1[0-2]|0?[1-9])/(?P<b>[0-3]?\d)\s*(?:to|until|till|through|-|–)\s*"
            r"(?P<c>1[0-2]|0?[1-9])/(?P<d>[0-3]?\d)\b(?![/.-]\d)"
        ),
    ),
    (
        "day_span_of",  # "between 3 and 12 of Sept", "from the 4th to the 22nd of March"
        re.compile(
            r"\b(?:(?i:between|from)\s+)?(?:(?i:the)\s+)?"
            + _g(D, n="d1")
            + r"\s+(?:and|to|till|until|through|-|–)\s+(?:(?i:the)\s+)?"
            + _g(D, n="d2")
            + r"\s+of\s+"
            + _g(M, n="m2")
            + r"(?:\s?,?\s"
            + _g(Y, n="y")
            + r")?(?!\w)"
        ),
    ),
    (
        "day_span_of",  # "November between 19 and 20"
        re.compile(
            _g(M, n="m2") + r"\s+between\s+" + _g(D, n="d1") + r"\s+and\s+" + _g(D, n="d2") + r"\b"
        ),
    ),
    (
        "day_span_rel",  # "4 till 23 of this month"
        re.compile(
            r"\b(?:(?i:between|from)\s+)?"
            + _g(D, n="d1")
            + r"\s+(?:and|to|till|until|-|–)\s+"
            + _g(D, n="d2")
            + r"\s+of\s+(?P<rel>this|next|last|the\s+current)\s+month\b"
        ),
    ),
    (
        "nth_span",  # "from Friday the 11th until Tuesday the 15th"
        re.compile(
            r"\bfrom\s+(?:(?P<wd1>"
            + _WEEKDAY_NAMES
            + r")\s+)?the\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)"
            r"\s+(?:until|till|to|through)\s+(?:(?P<wd2>" + _WEEKDAY_NAMES + r")\s+)?"
            r"the\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)\b",
            re.I,
        ),
    ),
    (
        "nth_weekday",  # "second Sunday", "the third Wednesday of previous month"
        re.compile(
            # "the" or a month is required: "finished second Sunday" is a place, not a date
            r"\b(?:(?P<the>the)\s+)?(?P<nth>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
            r"(?P<wd>" + _WEEKDAY_NAMES + r")"
            r"(?:\s+(?:of|in)\s+(?:(?P<rel>this|next|last|previous)\s+month|(?-i:"
            + _g(M, n="m1")
            + r")(?:\s+"
            + _g(Y, n="y")
            + r")?))?\b",
            re.I,
        ),
    ),
    (
        "ordinal_of",  # "the second of Aug.", "21st of March 2015", "4th of July of 1995",
        # "twenty second of June", "the 12 of Nov" (not "3 of May's players")
        re.compile(
            r"\b(?:the\s+)?(?P<ow>(?i:"
            + _DAY_WORD_ALTERNATION
            + r")|[0-3]?\d(?:st|nd|rd|th)|(?<![\d,.])[0-3]?\d(?=\s+of\s+(?i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct"
            r"|Nov|Dec)))"
            r"\s+of\s+"
            + _g(M, n="m1")
            + r"(?:\s?,?\s(?:of\s+|in\s+)?"
            + _g(Y, n="y")
            + r")?(?![\w'’])"
        ),
    ),
    (
        "day_words",  # "May twenty nine", "may the eleventh"
        re.compile(
            WEEKDAY
            + _g(M, n="m1")
            + r"[ \t]+(?:the[ \t]+)?"
            + _g(DW, n="dw")
            + r"(?:,?\s"
            + _g(Y, n="y")
            + r")?(?![\w-])"
        ),
    ),
    (
        "day_span_dm",
        re.compile(
            r"\b"
            + _g(D, n="d1")
            + r"(?:\s"
            + _g(M, n="m1")
            + r")?"
            + DASH
            + _g(D, n="d2")
            + r"\s"
            + _g(M, n="m2")
            + r"(?:\s?,?\s"
            + _g(Y, n="y")
            + r")?\b"
        ),
    ),
    (
        "day",  # "Thursday, January 9th", "March 3rd of 2001", "Oct-14-2021"
        re.compile(
            WEEKDAY
            + _g(M, n="m1")
            + r"(?:\s|-)"
            + _g(D, n="d1")
            + r"(?:(?:\s?,?\s(?:of\s)?|-)"
            + _g(Y, n="y")
            + r")?(?![\d:,.]\d)(?![\w-])"
        ),
    ),
    (
        "day_dm",
        re.compile(
            WEEKDAY
            + _g(D, n="d1")
            + r"(?:\s|-(?=[A-Z]))"  # "28 Nov", "28-Nov"
            + _g(M, n="m1")
            + r"(?:\s?,?\s(?:in\s+)?"  # "28 june in 2020"
            + _g(Y, n="y")
            + r")?\b(?![-/]\d)"  # not "05-Aug-2016" (a row of its own)
        ),
    ),
    (
        "iso_day",
        re.compile(
            r"\b(?P<y>(?:19|20)\d\d)(?P<sep>[-/.]|\s)(?P<mo>[01]?\d)(?P=sep)(?P<d1>[0-3]?\d)\b"
            r"(?![-/.]\d|\s?%)"
        ),
    ),
    (
        "numeric_day",  # US month/day/year; day.month.year with dots; day first when month > 12
        re.compile(
            r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?:(?P=sep),?|,)\s?"
            r"(?P<y>(?:19|20)\d\d|\d\d)\b(?![/.-]\d)"
        ),
    ),
    (
        "numeric_md",  # "on 4/22": a month and a day, only after "on"
        re.compile(r"(?<=\bon)\s+(?P<a>1[0-2]|0?[1-9])(?P<sep>[/-])(?P<b>[0-3]?\d)\b(?![/.-]\d)"),
    ),
    (
        "month_numeric",  # "11/2016"
        re.compile(r"(?<![\d/.-])(?P<mo>1[0-2]|0?[1-9])/(?P<y>(?:19|20)\d\d)(?![\d/])"),
    ),
    (
        "year_month_numeric",  # "2016/11", "2016-11" (not "2011-12", a season)
        re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)[-/](?P<mo>1[0-2]|0?[1-9])(?![\d/.-]|\s?%)"),
    ),
    (
        "day_mon_year",  # 05-Aug-2016, 2019/aug/01
        re.compile(
            r"\b(?:(?P<d1>[0-3]?\d)[-/ ]" + _g(M, n="m1") + r"[-/ ](?P<y>(?:19|20)\d\d)"
            r"|(?P<y2>(?:19|20)\d\d)[-/]" + _g(M, n="m2") + r"[-/](?P<d2>[0-3]?\d))\b"
        ),
    ),
    (
        "months_of_year",  # "the first nine months of 2014"
        re.compile(
            r"\b(?:the\s+)?(?P<side>first|last)\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|"
            r"nine|ten|eleven)\s+months\s+of\s+" + _g(Y, n="y") + r"\b",
            re.I,
        ),
    ),
    (
        "century",  # "18th-century", "the 18th century"
        re.compile(r"\b(?P<c>1[0-9]|20|2[01])(?:st|nd|rd|th)[\s-]century\b", re.I),
    ),
    (
        "century_words",  # "the twentieth century", "the turn of the nineteenth century"
        re.compile(
            r"\b(?P<cw>(?i:eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
            r"|eighteenth|nineteenth|twentieth|twenty-first))[\s-](?i:century)\b"
        ),
    ),
    (
        "decade",  # "the 1990s"; "the 1800s" is a century (but "the 2000s" a decade)
        re.compile(r"\b(?:the\s+)?(?P<dec>(?:1[5-9]|20)\d0)(?:'s|’s|s)\b"),
    ),
    (
        "short_decade",  # "the ’80s", "mid-’80s", "early '80s", "the 70's", "the 70s"
        re.compile(  # "the 70s" needs its article ("in her 70s" is an age)
            r"(?<![\w'’])['’](?P<dd>\d0)s\b|(?<![\w'’])(?P<dd2>[2-9]0)['’]s\b"
            r"|(?<=\b[Tt]he\s)(?P<dd3>[2-9]0)s\b"
        ),
    ),
    (
        "decade_words",  # "the seventies", "the nineteen eighties", "the noughties"
        re.compile(
            r"\b(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?(?:(?i:nineteen)\s+)?"
            r"(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
            r"|noughties|two\s+thousands))\b(?!\s*(?:degrees|°))"
        ),
    ),
    (
        "short_year",  # "the ’68 election", "since ’99", "in '08": a year with its century cut
        re.compile(
            r"(?:(?<=\bthe\s)|(?<=\bin\s)|(?<=\bof\s)|(?<=\bsince\s)|(?<=\bclass\sof\s)"
            r"|(?<=\buntil\s)|(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bby\s)|(?<=\bspring\s)"
            r"|(?<=\bsummer\s)|(?<=\bfall\s)|(?<=\bwinter\s)|(?<=\bautumn\s)|(?<=^))"
            r"['’](?P<yy>\d\d)(?![\d'’s])\b"
        ),
    ),
    (
        "quarter",
        re.compile(
            r"\b(?:(?P<part>(?i:early|late|mid))[\s-])?(?:(?:the\s+)?(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-](?i:quarter)"
            r"(?:\s+of)?(?:\s+(?:fiscal\s+)?" + _g(Y, n="y") + r")?"
            r"|[Qq](?P<qn>[1-4])(?:(?:\s?|-|/)(?:FY\s?)?(?P<y2>(?:19|20)?\d\d))?"
            r"|(?P<y3>(?:19|20)\d\d)[\s-][Qq](?P<qn2>[1-4])"
            r"|(?P<y4>(?:19|20)\d\d),?\s+(?:the\s+)?(?P<q2>(?i:first|second|third|fourth))[\s-](?i:quarter))\b"
        ),
    ),
    (
        "half",
        re.compile(
            r"\b(?:(?:the\s+)?(?P<h>first|second)\s+half(?:\s+of)?(?:\s+" + _g(Y, n="y") + r")?"
            r"|H(?P<hn>[12])\s?(?P<y2>(?:19|20)\d\d)?|(?P<y3>(?:19|20)\d\d)\s?H(?P<hn2>[12]))\b"
        ),
    ),
    (
        "holiday_year",  # "Christmas 2012", "Easter Sunday, 1939", "Thanksgiving of 2019"
        re.compile(
            r"\b(?P<holiday>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)"
            r"|Thanksgiving(?:\s+Day)?|Halloween|Easter(?:\s+Sunday)?|Independence\s+Day"
            r"|Valentine['’]s\s+Day|Boxing\s+Day)(?:\s+of)?,?\s" + _g(Y, n="y") + r"\b"
        ),
    ),
    (
        "month_year",
        re.compile(
            r"\b(?:(?P<pre>(?i:since|until|through|till|by|from|in|starting(?:\s+(?:on|in|from))?"
            r"|beginning(?:\s+(?:on|in))?))\s+)?"
            + _g(M, n="m1")
            + r"(?:(?:\s+of)?,?\s|-)"  # "March 2020", "March of 2020", "Jan-2017"
            + _g(Y, n="y")
            + r"\b"
        ),
    ),
    (
        "year_month",  # "2016, nov"
        re.compile(_g(Y, n="y") + r",\s+" + _g(M, n="m1") + r"(?![\w.]|\s*\d)"),
    ),
    (
        "year_span",
        re.compile(
            r"\b(?:(?P<between>(?i:between|from))\s+)?"
            + _g(Y, n="y1")
            + r"(?P<sep>\s?(?:-|–|—|to|through)\s?|\s+and\s+)(?P<y2>(?:1[5-9]|20)?\d\d)\b(?!\s?(?:%|percent))"
        ),
    ),
    (
        "month",
        re.compile(
            r"\b(?:(?P<pre>(?i:since(?:\s+(?:this|last))?|until|through|till|by|in|last|this|next"
            r"|early|late|mid-?|from|end\s+of|start\s+of|(?:the\s+)?month\s+of))\s+)?"
            r"(?P<m1>January|February|March|April"
            r"|June|July|August|September|October|November|December|january|february|april|june"
            r"|july|august|september|october|november|december|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\."
            r"|Dec\.)(?![A-Za-z])(?!\s?\d)"
        ),
    ),
    (
        "month",  # "May" is a month after a preposition only ("in May"; not "prices may rise")
        re.compile(
            r"\b(?P<pre>(?i:since(?:\s+(?:this|last))?|until|through|till|by|in|last|this|next"
            r"|early|late|mid-?|from|end\s+of|start\s+of|(?:the\s+)?month\s+of))\s+(?P<m1>May)"
            r"(?![A-Za-z])(?!\s?\d)"
        ),
    ),
    (
        "month",  # a bare abbreviation after a cue word: "in Sept", "this Oct", "month of Feb"
        re.compile(  # (not "by Jan", "in Jan's view", "in Jan Koum's": a given name)
            r"\b(?P<pre>(?i:since(?:\s+(?:this|last))?|until|through|till|in|last|this|next"
            r"|early|late|mid-?|from|end\s+of|start\s+of|(?:the\s+)?month\s+of))\s+"
            r"(?P<m1>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![\w.'’-])(?!\s?\d)"
            r"(?!\s+[A-Z][a-z])"
        ),
    ),
    (
        "year",
        re.compile(
            r"(?<![\d$€£¥.,])\b(?:(?P<pre>(?i:since|until|through|by|in|end\s+of|early|late|mid-?))\s+)?"
            + _g(Y, n="y")
            + r"\b(?![–-]\d|\s?(?:%|percent|per cent)|[.,]\d|\s+(?:tons|tonnes|people|units|jobs)\b)"
            # "about 2000 - 2500 calories": a range with spaces around its dash is no year
            r"(?!\s+[–-]\s+\d)"
            # "from 1000 to 2000 workers", "about 2000 workers": a number a hedge or a range
            # leads to, before a plural noun, counts it
             + _COUNT_LED + r"\s+(?:[a-z]+[^s\W]s|people|staff)\b)"
        ),
    ),
    (
        "the_nth_words",  # "Friday the fifteenth", "Friday the fifteen": a weekday is required
        re.compile(
            r"\b(?P<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)),?\s+the\s+"
            r"(?P<dw>(?i:"
            + "|".join(sorted((re.escape(w) for w in DAY_WORDS), key=len, reverse=True))
            + r"))(?![\w-])"
        ),
    ),
    (
        "the_nth",  # "the 22nd", "Friday the 15th": the latest such day up to publication
        re.compile(WEEKDAY + r"the\s+(?P<dn>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s*[\w-])"),
    ),
    (
        "the_nth",  # "a meeting for Wednesday the 27th with Joe": with its weekday, a word may follow
        re.compile(
            WEEKDAY_NAMED + r"the\s+(?P<dn>[0-3]?\d)(?:st|nd|rd|th)\b"
            r"(?=\s+(?:with|at|in|on|for|and|or|but|when|as|to|from|by|after|before)\b)"
        ),
    ),
    (
        "nth_of_month",  # "the 20th of next month", "the 3rd of this month"
        re.compile(
            r"\b(?:(?i:the)\s+)?(?P<dn>[0-3]?\d)(?:st|nd|rd|th)\s+(?i:of)\s+"
            r"(?P<rel>(?i:this|next|last|the\s+previous|the\s+coming))\s+(?i:month)\b"
        ),
    ),
    (
        "ago",  # "a month ago", "three days ago", "1 month and 21 days ago"
        re.compile(
            r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
            r"\s+(?P<unit>day|week|month|year)s?"
            r"(?P<more>(?:,?\s+(?:and\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten"
            r"|eleven|twelve|\d{1,2})\s+(?:day|week|month|year)s?){0,2})\s+ago\b",
            re.I,
        ),
    ),
    (
        "from_now",  # "two weeks from now", "a month from today"
        re.compile(
            r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
            r"\s+(?P<unit>day|week|month|year)s?\s+from\s+(?:now|today)\b",
            re.I,
        ),
    ),
    (
        "two_days",  # "the day after tomorrow", "the day before yesterday"
        re.compile(r"\bthe\s+day\s+(?P<rel>after\s+tomorrow|before\s+yesterday)\b", re.I),
    ),
    (
        "weekend",
        re.compile(r"\b(?P<which>the|this|next|last|coming|past)\s+weekend\b", re.I),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<wk>this|next|last|previous)\s+week\s+(?:on\s+)?)?"
            r"(?:(?P<which>this|next|last|coming|past)\s+)?"
            r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            r"(?:\s+(?:of\s+)?(?P<wk2>this|next|last|previous)\s+week)?\b",
            re.I,
        ),
    ),
    (
        "to_date",
        re.compile(r"\b(?:the\s+)?(?:year[- ]to[- ]date|so\s+far\s+this\s+year|ytd)\b", re.I),
    ),
    (
        "counted_span",  # "the past 10 years", "the next three months", "within 3 years",
        re.compile(  # "in 3 weeks", "4 weeks in the future", "the upcoming 5 years 1 month"
            r"\b(?:(?P<lead>within|in)\s+)?(?:(?P<the>the)\s+)?"
            r"(?:(?P<which>next|past|last|coming|upcoming)\s+)?"
            rf"(?P<n>{_COUNT})(?:\s+|(?<=\d))(?P<unit>day|week|month|year|decade)s?"
            rf"(?P<more>(?:,?\s+(?:and\s+)?(?:{_COUNT})\s+(?:day|week|month|year)s?){{0,2}})"
            r"(?P<ahead>\s+in\s+the\s+future)?(?![\w-])"
            # "the last 3 days of May", "within two weeks after the vote": counted from another day
            r"(?!\s+(?:of|after|before|from|since|following|into)\b)",
            re.I,
        ),
    ),
    (
        "rest_of",  # "the rest of the year", "the remainder of this month", "rest of my week"
        re.compile(
            r"\b(?:the\s+)?(?:rest|remainder|balance)\s+(?:of\s+)?(?:(?:the|this|my)\s+)?"
            r"(?P<unit>week|month|quarter|year)\b",
            re.I,
        ),
    ),
    (
        "relative",  # "the week after next", "the year after next"
        re.compile(r"\bthe\s+(?P<unit>year|month|week)\s+(?P<which>after)\s+next\b", re.I),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<which>this|last|next|previous|past|the\s+current|the\s+coming"
            r"|the\s+upcoming)\s+"
            r"(?P<unit>year|month|week|quarter|decade)\b|\b(?P<day>yesterday|today|tomorrow)\b",
            re.I,
        ),
    ),
]


#: What every match of a pattern holds, so that a paragraph without it is not scanned for that
#: pattern (most of the date grammar's time is patterns tried where they cannot match). A
#: trigger is searched in the paragraph as :func:`~newsfacts.extract.edges.fold` folds it (lower
#: case, and the letters case-insensitive matching takes for an ASCII one as that letter), so
#: it is written in lower case, and it must be found inside every match its patterns can make:
#: plain substrings, no look-around (folding may change a neighbour). A kind not listed in
#: :data:`NEEDS` is tried in every paragraph.
TRIGGERS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "month": r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
        "digit": r"\d",
        "weekday": _WEEKDAY_NAMES,
        "cut year": r"['’]\d|\d['’]",
        "cut decade": r"['’]\d|\d['’]|0s",
        "year word": r"year",
        "week word": r"week",
        "century word": r"century",
        "decade word": r"ties|thousands",
        "ago": r"ago",
        "from now": r"from now|from today",
        "weekend": r"weekend",
        "near day": r"tomorrow|yesterday",
        "to date": r"year|ytd",
        "relative word": r"year|month|week|quarter|decade|yesterday|today|tomorrow",
        "span unit": r"day|week|month|year|decade",
        "rest word": r"rest|remainder|balance",
        "half": r"half|h[12]",
        "quarter": r"quarter|q[1-4]",
        "fiscal": r"fiscal|fy",
        "year digits": r"(?:1[5-9]|20)\d\d",
        "of": r"of",
        "day word": r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
        r"|twelfth|teenth|twent|thirt",
        "nth": r"first|second|third|fourth|last|1st|2nd|3rd|4th",
    }.items()
}
#: The triggers each kind of pattern needs, all of them in one paragraph (see :data:`TRIGGERS`).
NEEDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        (
            "to_today",
            "now_to",
            "week_of",
            "day_span",
            "day_span_dm_years",
            "month_to_day",
            "month_span",
            "day_span_of",  # two patterns: "the 3rd to 5th of May", "May between 3 and 5"
            "day_span_dm",
            "day",
            "day_dm",
            "day_mon_year",
            "year_month",
            "month",
        ),
        ("month",),
    ),
    "months_to": ("month", "relative word"),  # "the three months to June", "the year to March"
    "month_quarter": ("month", "quarter"),  # "the June quarter"
    "ordinal_of": ("month", "of"),  # "the third of May"
    "day_words": ("month", "day word"),  # "May twenty-first"
    "month_year": ("month", "year digits"),  # "March 2019"
    "year": ("year digits",),
    **dict.fromkeys(
        (
            "md_span",
            "day_span_rel",
            "nth_span",
            "iso_day",
            "numeric_day",
            "numeric_md",
            "month_numeric",
            "year_month_numeric",
            "months_of_year",
            "century",
            "decade",
            "year_span",
            "the_nth",
            "nth_of_month",
        ),
        ("digit",),
    ),
    "nth_weekday": ("weekday", "nth"),  # "the second Tuesday of May"
    **dict.fromkeys(("the_nth_words", "weekday"), ("weekday",)),
    "short_year": ("cut year",),
    "short_decade": ("cut decade",),
    "period_rel_year": ("year word",),
    "nth_week": ("week word",),
    "century_words": ("century word",),
    "decade_words": ("decade word",),
    "ago": ("ago",),
    "from_now": ("from now",),
    "counted_span": ("span unit",),
    "rest_of": ("rest word", "relative word"),
    "weekend": ("weekend",),
    "two_days": ("near day",),
    "to_date": ("to date",),
    "year_to_today": ("year digits",),
    "holiday_year": ("year digits",),
    "relative": ("relative word",),
    "half": ("half",),
    "quarter": ("quarter",),
    "fiscal": ("fiscal",),
}
