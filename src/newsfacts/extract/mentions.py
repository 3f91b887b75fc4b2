"""Find numeric mentions in running text: quantities, percentages and money.

One pass of a digit regex, then for each number a look left (currency sign, qualifier, "between")
and right (scale word, range end, percent sign or word, currency name or code, unit noun, rate
denominator). Numbers that are not figures are skipped: clock times, ordinals, model names
("Grok4"), numbers inside dates (the date grammar claims those first).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import accumulate
from typing import Literal

from newsfacts.extract.edges import EndPhrases, StartPhrases
from newsfacts.extract.lexicon import (
    CODE_ALIASES,
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DOLLAR_NATIONS,
    HUNDREDTHS,
    HYPHEN_COUNTS,
    KNOWN_UNITS,
    LOWER_CASE_CODES,
    PER_WORDS,
    QUALIFIERS,
    UNIT_SPELLINGS,
    UNIT_STOPWORDS,
)
from newsfacts.extract.numbers import DIGITS, parse_digits, parse_scale, printed_decimals
from newsfacts.extract.units import unit_dimension
from newsfacts.vocab import CARDINALS, SCALE_WORDS, TENS

__all__ = ["Mention", "code_after", "find_mentions", "rate_after", "unit_after"]

MentionKind = Literal["quantity", "percent", "money"]

_NUMBER = re.compile(
    rf"(?:(?<![\w.,/:–×^+−-])|(?<=\s-)|(?<=^-)|(?<=\(-)|(?<=\s−)|(?<=^−)|(?<=\(−)|(?<=\s\+)"
    rf"|(?<=^\+)|(?<=\(\+)"
    rf"|(?<=minus-)|(?<=\bsub-)"  # "sub-7 nanometer chips": below 7
    # a currency code or sign glued before the digits: "USD25m", "RM45", "Rs500" (checked below)
    rf"|(?<=\b[A-Z]{{3}})|(?<=\b[A-Z][A-Za-z])|(?<=\b[A-Z]))"
    # digits glued to more digits are a code ("5G2"), unless they are an exponent ("4e14");
    # the digits are atomic (shorter runs of the same digits are glued too) and both branches
    # stand behind the boundary: a long run of digits is scanned once, not once per digit
    # ... or a unit's power: "32m2", "40km2")
    rf"(?:(?>{DIGITS})(?!(?!(?:k|c|m)?m[23]\b|ft[23]\b)[\w:/]*\d)"
    rf"|(?>{DIGITS})(?=[eE][−+-]?\d{{1,3}}(?![\w.])))"
)
#: Scientific notation after a number: "2.48×10−5", "6.02 x 10^23", "4e14".
_EXPONENT = re.compile(r"(?:\s?[×x]\s?10\^?|[eE])([−+-]?\d{1,3})(?![\w.])")
#: A power written after a unit symbol: "km^2", "km²", "s-1", "fb−1".
_UNIT_POWER = re.compile(r"(?:\^|\*\*)?([23²³])(?!\w)|[−-]1(?![\w.])")
#: Inch and degree marks right after digits: 9", 30°.
_MARK_UNIT = re.compile(r"""^(″|"|′|'|°[CF]?)(?![\w"'])""")
#: "in" is inches only where the sentence ends or a size adjective follows: "2 1/2 in thick";
#: not before a comma ("2 in, 2 out": streams in and out).
_INCH_WORD = re.compile(
    r"^\s(in)(?=\s*(?:[.;:)!?]|$|\s+(?:thick|long|wide|tall|high|deep|across|diameter)\b))"
)
#: Currency signs written after the number: "15€", "20 £".
_SIGN_AFTER = re.compile(r"^\s?([€£¥₩₹₽₺₦₱฿₡₭₫₴₪元₿])")
#: The cent sign after a number: "99¢" is 99 hundredths of a dollar.
_CENT_SIGN = re.compile(r"\s?¢")
_PREFIX_ALT = "|".join(re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
#: Prefixes that start with a letter ("R", "RM", "US$") also may not follow a hyphen: the "R18"
#: of "PLX-R18" is a model name, the "$" of "-$5" a sign.
_LETTER_PREFIX_ALT = "|".join(
    re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True) if p[0].isalpha()
)
_SIGN_PREFIX_ALT = "|".join(
    re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True) if not p[0].isalpha()
)
_PREFIX = re.compile(
    rf"(?:(?<![A-Za-z-])({_LETTER_PREFIX_ALT})|(?<![A-Za-z])({_SIGN_PREFIX_ALT})"
    rf"|\b({'|'.join(CURRENCY_CODES)}|{'|'.join(LOWER_CASE_CODES)}))\s?$"
)
_SCALE_WORD = re.compile(
    r"^(?:\s|-)?(thousand|million|billion|trillion|lakh|crore)\b|^\s?(bn|mn|mln|bln|tn|trn|MM|mil)\b"
    r"|^(k|K|m|M|b|B|T|t)(?![\w$%])",
)
_HUNDRED = re.compile(r"^\shundred\b(?:\s(thousand|million|billion|trillion)\b)?")
_RANGE_SEP = re.compile(r"^\s?(-to-|-|–|—|to|and|or)\s?")
#: "crore" after "lakh" or "thousand" multiplies it ("3 lakh crore", "50 thousand crore").
_CRORE_AFTER = re.compile(r"\s+crores?\b")
_PERCENT = re.compile(
    r"^[\s-]?(%|per\s?cent\b|percent\b|pct\b|percentage[- ]points?\b|basis[- ]points?\b|bps\b|(?-i:bp)\b|ppts?\b|pp\b)",
    re.I,
)
_CURRENCY_WORD = StartPhrases(
    re.compile(  # "20 euros", "a 20-euro note" (not "3-won": the verb)
        r"^(?:\s|-(?!won\b))?("
        + "|".join(re.escape(w) for w in sorted(CURRENCY_WORDS, key=len, reverse=True))
        + r")\b",
        re.I,
    ),
    CURRENCY_WORDS,
)
_CODE_AFTER = re.compile(
    r"^\s?(?P<scale>[Mk](?=[A-Z]{3}\b))?("
    + "|".join(sorted(CURRENCY_CODES | LOWER_CASE_CODES))
    + r")\b(?![.'’-]\w)"
)
#: A letter before a code that scales it: "30 MUSD" (millions), "450 kEUR" (thousands).
_CODE_SCALE = {"M": Decimal(1_000_000), "k": Decimal(1000)}
_TIME_AFTER = re.compile(r"^\s?(?:[ap]\.?m\.?)(?![a-z])|^:\d\d", re.I)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
#: A word after a number; a double hyphen is a dash between words ("members--Dallas").
_WORD = re.compile(r"^\s?[“\"‘]?([A-Za-z°µμ](?:[\w°/.'’]|-(?!-))*)[”\"’]?")
_PER = re.compile(
    r"^\s?(?:(?P<per>(?:per|each|every|for\s+(?:every|each))\b|/)|(?:a|an)\b)\s?"
    # "per diluted share": the adjective is not the denominator
    r"(?:(?:diluted|basic|adjusted|common|ordinary|outstanding|average|additional|single)\s)?"
    # "per million British thermal units", "per thousand residents": a scaled denominator;
    # "per U.S. dollar": a currency's quote
    r"(?P<noun>(?-i:U\.S\.|US)\s(?:dollar|cent)s?|(?:hundred|thousand|million|billion)\s(?:(?-i:[A-Z][a-z]+(?:\s(?!(?:in|on|at|for"
    r"|of|to|and|or|the|an?|by|from|with|since|during|than)\b)[a-z]+){0,2})|[a-z][a-z-]*)"
    r"|[a-z][a-z-]*(?:\s(?:inch|foot|feet|meter|metre|mile|kilometre|kilometer|ton|tonne))?)\b"
    # "a year ago", "a year earlier": a time reference, not a rate ("per day in March" is one)
    r"(?(per)|(?!\s+(?:ago|earlier|before|later|prior|back|previously|in|after)\b)"
    # "a year on" is a time ("a year later"); "$4.32 a pound on Tuesday" a rate
    r"(?!(?<=year|onth|week)s?\s+on\b(?!\s+average)))",
    re.I,
)
_QUALIFIER = EndPhrases(
    re.compile(r"(?:^|\W)(" + "|".join(re.escape(q) for q in QUALIFIERS) + r")\s+$", re.I),
    QUALIFIERS,
)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
#: "ranged from", "ranging from", "a range of": the two numbers that follow are a range.
_RANGED = re.compile(r"\b(?:rang(?:e|es|ed|ing)\s+from|a\s+range\s+of|anywhere\s+from)\s+$", re.I)
#: A unit after the first number of a range, written again after the second: " mg and 50 mg".
_UNIT_REPEATED = re.compile(
    rf"\s?(?P<unit>[A-Za-zµ°][\w°/µ.]*?)\s+(?P<sep>and|to|-|–)\s+(?P<neg>[-−])?(?P<num>{DIGITS})"
    r"(?=\s?(?P=unit)\b)"
)
_FROM_OR_CHANGE = re.compile(
    r"(?:\bfrom|\brose|\bfell|\bup|\bdown|\bby|\bgrew|\bdropped|\bclimbed|\bincreased|\bdecreased"
    r"|\bdeclined|\bjumped|\bslid|\bgained|\blost)\s+$",
    re.I,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_SEASON_SPAN = re.compile(r"^[–-]\d{2}(?!\d)")
#: "5% to 6%", "5%-6%", "between 60% and 70%": a range of percents with the sign on both ends.
_PERCENT_RANGE = re.compile(r"^\s?%\s?(?:-to-|-|–|to|(?P<and>and))\s?(" + DIGITS + r")(?=\s?%)")
#: The first characters a percent word (:data:`_PERCENT`) can open with, in either case: a text
#: without one of them in its first two characters cannot match, and is not searched.
_PERCENT_OPENERS = frozenset("%pPbB")


def _percent_at(text: str, pos: int) -> re.Match[str] | None:
    """``_PERCENT`` matched at ``pos`` ("%", " per cent", "-pct"), read only where it can be."""
    if not _PERCENT_OPENERS.intersection(text[pos : pos + 2]):
        return None
    return _PERCENT.match(text[pos : pos + 24])


def _currency_word_at(text: str, pos: int) -> re.Match[str] | None:
    """``_CURRENCY_WORD`` matched at ``pos`` (" euros", "yuan"), read only where it can be."""
    return _CURRENCY_WORD.match(text[pos : pos + 24])


IRREGULAR_PLURALS = frozenset(
    "people children men women staff police cattle sheep fish personnel aircraft deer feet "
    "teeth mice geese livestock crew troops".split()
)
_GLUED = re.compile(r"[A-Za-z°][\w/]*")
#: A plural noun after "3.4m" / "20k" makes the letter a scale (millions of tons), except the
#: names of races ("the 100m hurdles").
_COUNTED_AFTER_SCALE = re.compile(
    r"\s+(?!(?:hurdles|relays?|freestyle|backstroke|breaststroke|butterfly|medley|dash|sprints?"
    r"|races?|finals?|heats?|runs?)\b)(?:[a-z]+(?<!s)s|people|tons|tonnes|barrels|sq)\b"
    # "35m of its Echo devices", "2m of the country's voters" (not "the last 50m of the race")
    r"|\s+of\s+(?:its|their|the|our|his|her|these|those)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:[a-z]+(?<!s)s|people)\b"
)
_DECIMAL_BEFORE = re.compile(r"\d[.,]\d+$")
_CAPACITOR = re.compile(r"\s+(?:super)?capacitors?\b|\s+capacitance\b", re.I)
#: Letters glued to the digits that are a currency or a percent, not part of a name.
_GLUED_AS = {"p": "GBX", "pc": "%", "bp": "bp", "bps": "bp"}  # "212p", "2.4pc", "25bp"
_CENTS = re.compile(r"^\s+(?:and\s+)?(\d{1,2})\s+(?:cents?|pence|p)\b", re.I)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]*\s$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A figure found in text; ``start``/``end`` cover its surface (qualifier excluded)."""

    kind: MentionKind
    start: int
    end: int
    value: Decimal
    value_max: Decimal | None = None
    unit: str | None = None
    currency: str | None = None
    per: str | None = None
    qualifier: str | None = None
    points: bool = False
    decimals: int = 0
    role: str | None = None  # set by :mod:`newsfacts.extract.roles` ("measure", "age", ...)

    def text_in(self, text: str) -> str:
        """The surface string of this mention in ``text``."""
        return text[self.start : self.end]


def code_after(text: str, pos: int) -> tuple[str, int, Decimal] | None:
    """A currency code right after ``pos`` ("20 USD", "half a million usd", "30 MUSD").

    Returns its ISO code, its end and the scale a letter before it gives (1 without one).
    """
    code = _CODE_AFTER.match(text[pos : pos + 9])
    if code is None:
        return None
    printed = code.group(2).upper()
    scale = _CODE_SCALE[code.group("scale")] if code.group("scale") else Decimal(1)
    return CODE_ALIASES.get(printed, printed), pos + code.end(), scale


def _scale_at(text: str, pos: int, *, money: bool) -> tuple[Decimal, int] | None:
    """Read a scale word or abbreviation at ``pos``.

    Single letters are ambiguous with units ("5m" of rope, "5K" run): ``B`` and ``T`` always
    scale; ``M``, ``K`` and the lower-case letters only after a currency sign.
    """
    if hundred := _HUNDRED.match(text[pos : pos + 24]):  # "4 hundred million people"
        big = parse_scale(hundred.group(1)) if hundred.group(1) else Decimal(1)
        return Decimal(100) * (big or Decimal(1)), pos + hundred.end()
    match = _SCALE_WORD.match(text[pos : pos + 12])
    if not match:
        return None
    word = next(g for g in match.groups() if g)
    if len(word) == 1 and not (word in {"B", "T"} or money):
        # "100k" glued and standing alone is a thousand-count; "5m" or "5K run" stays a unit,
        # unless what follows is counted: "3.4m tons", "5m people" (millions)
        counted = word in {"m", "M", "k", "K"} and _COUNTED_AFTER_SCALE.match(text, pos + 1)
        # "4.3M digital sales": a capital M glued to a decimal is millions, no unit ("3M" alone
        # may be the company)
        counted = counted or (word == "M" and _DECIMAL_BEFORE.search(text, max(0, pos - 8), pos))
        if not (word == "k" and pos > 0 and text[pos - 1].isdigit()) and not counted:
            return None
    mult = Decimal(10) ** 6 if word == "MM" else parse_scale(word)  # "MM": finance's million
    if mult is None:
        return None
    end = pos + match.end()
    if word in {"lakh", "thousand"} and (crore := _CRORE_AFTER.match(text, end)):
        return mult * 10**7, crore.end()  # "₹3 lakh crore": 3 x 1e5 x 1e7
    return mult, end


#: A slash then a number inside a unit word: what follows is another figure ("KB/50 MB").
_SLASH_NUMBER = re.compile(r"/(?=\d)")
#: The number after such a slash, read as a figure of its own when it has a unit too.
_AFTER_UNIT_SLASH = re.compile(rf"(?<=[A-Za-z]/)(?>{DIGITS})(?![\w:/]*\d)")


#: A size written in digits between a count and its noun: "40,000 20-foot containers", "eight
#: million 250ml bottles", "300 3-bedroom homes" (the size is a figure of its own).
_SIZE_BEFORE_NOUN = re.compile(r"\s\d[\d.,]*(?:-[a-z]+(?:-[a-z]+)?|[a-z]{1,3})(?=\s[a-z])")


def _size_inside(text: str, start: int, end: int) -> int | None:
    """Where a size the counted noun was read past begins, between ``start`` and ``end``."""
    for digit in re.finditer(r"\s(?=\d)", text[start:end]):
        size = _SIZE_BEFORE_NOUN.match(text, start + digit.start())
        if size is not None and size.end() < end:
            return start + digit.end()
    return None


def _unit_at(text: str, pos: int) -> tuple[str, int] | None:
    """Find the counted noun after a number: a known unit, or up to three words ending in one."""
    words: list[tuple[str, int]] = []
    cursor = pos
    skipped = False
    if (size := _SIZE_BEFORE_NOUN.match(text, pos)) and _plural_ahead(text, size.end()):
        cursor = size.end()  # "1,200 40-foot containers": the count counts containers
    for _ in range(4):
        match = _WORD.match(text[cursor : cursor + 40])
        if not match:
            break
        word = match.group(1).rstrip(".,;:'’")
        if (slash := _SLASH_NUMBER.search(word)) is not None:
            word = word[: slash.start()]  # "51,200 KB/50 MB": the same size in two units
        if not words and not skipped and word.lower() in _BEFORE_UNIT:
            skipped = True  # "32 more gigawatts": the comparative is not the unit
            cursor += match.start(1) + len(word)
            continue
        if (
            words
            and word.lower() in {"and", "or"}
            and words[-1][0][:1].islower()
            and _COORDINATED_PLURAL.match(text, cursor + match.start(1) + len(word))
        ):
            cursor += match.start(1) + len(word)  # "4.3 million digital and physical sales"
            continue
        if not word or word.lower() in UNIT_STOPWORDS or _ADVERB.search(word):
            break  # "from 16 currently": an adverb is no unit
        if _NUMBER_WORD.match(word):
            break  # "200 million nine months ago": the next number counts its own noun
        end = cursor + match.start(1) + len(word)
        if match.group(0).lstrip()[:1] in '“"‘' and text[end : end + 1] in '”"’':
            end += 1  # a quoted unit: 4.9 billion connected “things”
        if not words and word in {"sq", "sq."} and (area := _SQ_UNIT.match(text, end)):
            return f"sq {area.group(1)}", area.end()  # "120 sq m", "300 sq ft"
        if not words and word.lower() in _DEGREE_WORDS:
            scale = _TEMPERATURE_SCALE.match(text, end)
            if scale:  # "20 degrees Celsius", "68 deg F": the scale names the unit
                return _SCALE_SYMBOLS[scale.group(1).lower()], scale.end()
            if word.lower().startswith("deg") and len(word) <= 4:
                return "degrees", end + (text[end : end + 1] == ".")  # "50 deg."
        if (
            not words
            and word in {"C", "F"}
            and cursor == pos
            and match.start(1) == 0
            and not _CAPACITOR.match(text, end)
        ):
            return _SCALE_SYMBOLS[word.lower()], end  # "hit 75C": glued, the scale's letter
        if not words and len(word) > 1 and word.lower() in _SCALE_SYMBOLS:
            return _SCALE_SYMBOLS[word.lower()], end  # "51 fahrenheit", "200 Celsius"
        if not words and word in KNOWN_UNITS:
            return _SINGULAR_UNITS.get(word, word), end
        if not words and word in UNIT_SPELLINGS:
            return UNIT_SPELLINGS[word], end  # "2.4Ghz", "49.55 HZ"
        if (
            not words
            and word.lower() in {"square", "cubic"}
            and (measure := _SINGULAR_MEASURE.match(text, end))
        ):  # "a 20.7 cubic foot trunk": cubic feet, as "12 ounce bottles" counts ounces
            singular = measure.group(1).lower()
            return f"{word.lower()} {_SINGULAR_UNITS[singular]}", measure.end()
        powered = _POWERED_WORD.match(word)
        if not words and powered and powered.group(1) in {*KNOWN_UNITS, "s"}:
            return word, end  # "4e14 s-1", "3 m2"
        if not words and "/" in word and _is_unit_ratio(word):
            return word, end  # "10 l/km", "5 kg/m", "2 GB/s"
        words.append((word, end))
        if word[:1].isupper() and not word.isupper() and all(w[:1].isupper() for w, _ in words):
            # "12 Downing Street", "Grok 4 Heavy": a name, not a unit; but "155,000 Realtors
            # across" counts Realtors, "104,000 Facebook users" users and "three South
            # Carolina businessmen" businessmen
            following = _WORD.match(text[end : end + 40])
            next_word = following.group(1).rstrip(".,;:'’") if following else ""
            if len(words) == 1 and (brands := _BRANDS_THEN_NOUN.match(text, end)):
                return brands.group("noun"), brands.end()  # "460 Kia and Hyundai vehicles"
            if (next_word[:1].islower() and _plural_ahead(text, end)) or (
                next_word[:1].isupper() and not next_word.isupper() and len(words) < 3
            ):
                cursor = end
                continue
            if len(words) > 1:
                return None
            if (_PLURAL_NOUN.search(word) or _ACRONYM_PLURAL.match(word)) and not next_word[
                :1
            ].isupper():
                return word, end  # "25,000 Germans", "three NGOs"
            return None
        low = word.lower()
        if low in _NAMING_NOUNS:
            return None  # "the 4,200-to-4,500 band analysts expected": the band counts nothing
        if low in IRREGULAR_PLURALS and _plural_ahead(text, end, reach=1):
            cursor = end  # "85 new police officers", "40 staff members": the noun after it
            continue
        if (
            low in IRREGULAR_PLURALS
            or (low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 2)
            or low.endswith(("men", "people"))  # "businessmen", "salespeople"
        ):
            if (
                len(words) == 1
                and _EXPECTED_BY.match(text, end)
                and _THE_NUMBER.search(text, max(0, pos - 40), pos)
            ):
                return None  # "the 240,000 economists had expected": who expected it
            return _head_unit([w for w, _ in words]), end
        cursor = end
        if text[cursor : cursor + 1] not in {" "}:
            break
    if len(words) == 1 and words[0][0].isalpha() and words[0][0].islower():
        lone = words[0][0]
        if (
            lone.endswith(("ed", "ing")) or lone in _LONE_VERBS or lone in _LONE_STATES
        ) and lone not in KNOWN_UNITS:
            # "13 abstained", "a poll of 1,000 found", "2,310 rising and 790 falling", "12
            # missing", "four dead": a verb or a state, not a unit
            return None
        return words[0]
    return None


#: Words for a degree, and the temperature scale that may follow them.
_DEGREE_WORDS = frozenset({"degree", "degrees", "deg", "deg."})
_TEMPERATURE_SCALE = re.compile(
    r"\s+((?i:celsius|centigrade|fahrenheit|kelvin)|C|F|c(?![\w'’-])(?!\.\w)|f(?![\w'’-])(?!\.\w))\b"
)
_SCALE_SYMBOLS = {
    "celsius": "°C", "centigrade": "°C", "c": "°C", "fahrenheit": "°F", "f": "°F", "kelvin": "kelvin",
}  # fmt: skip


#: Adverbs by their endings ("currently", "roughly"); not "daily", "family", "supply".
_ADVERB = re.compile(
    r"^[a-z]{2,}(?:ally|ently|antly|ously|ively|ately|ingly|ibly|ably|ctly|ghly|stly|rely|ully)$"
)
#: A written number ("nine", "twenty-five") after a figure starts a figure of its own.
_NUMBER_WORD = re.compile(
    rf"(?i:(?:{'|'.join(TENS)})(?:-[a-z]+)?|{'|'.join(sorted(CARDINALS, key=len, reverse=True))})$"
)
#: Verbs that follow a bare count as its predicate ("300 work in Boston"), not its unit; verbs
#: ending in "-ed" are caught by their ending.
_LONE_VERBS = frozenset(
    "found said say says told think thought believe want know knew saw see felt feel got get "
    "made make took take went go came come gave give left work live held kept ran won lost "
    "agree disagree support oppose remain die fled became become chose choose set sold paid "
    "spent built hit put seen shown grown drawn known brought bought caught sent".split()
)
#: States a bare count is in, not what it counts: "12 dead", "40 absent".
_LONE_STATES = frozenset("dead alive absent present undecided unknown".split())
#: Words between a number and its unit that are not part of the unit.
_BEFORE_UNIT = frozenset({"more", "fewer", "additional", "extra", "further", "other"})
_PLURAL_NOUN = re.compile(r"[a-z]{2,}[^su’']s$|(?:people|children|men|women)$")
#: An abbreviation in the plural: "three NGOs", "200 CEOs", "40 SUVs".
_ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,}s$")
#: Lower-case words read after a capitalised one for the plural noun it qualifies.
_PLURAL_REACH = 2


#: One or two lower-case modifiers and a plural noun after "and"/"or" in a counted noun:
#: "4.3 million digital and physical sales", "300 new and used cars".
_COORDINATED_PLURAL = re.compile(r" (?:[a-z][a-z-]+ )?[a-z][a-z-]*[^s\W]s\b")


#: After a first name, "and" another and the plural noun both name: " and Hyundai vehicles".
_BRANDS_THEN_NOUN = re.compile(r"\s+(?:and|&)\s+[A-Z][\w'’-]*\s+(?P<noun>[a-z]+[^s\W']s)\b")


def _plural_ahead(text: str, pos: int, reach: int = _PLURAL_REACH) -> bool:
    """Whether a plural noun follows ``pos`` within :data:`_PLURAL_REACH` lower-case words.

    After a capitalised adjective: "three African postcolonial activists", "250 Chinese state
    companies" count the noun; a stop word, an adverb or a verb-like word ends the search.
    """
    cursor = pos
    for _ in range(reach):
        match = _WORD.match(text[cursor : cursor + 40])
        if match is None:
            return False
        word = match.group(1).rstrip(".,;:'’")
        if not word[:1].islower() or word in UNIT_STOPWORDS or _ADVERB.search(word):
            return False
        if _PLURAL_NOUN.search(word):
            return True
        if word.endswith(("ed", "ing")) or word in _LONE_VERBS:
            return False
        cursor += match.start(1) + len(word)
        if text[cursor : cursor + 1] != " ":
            return False
    return False


#: Words that stay in a unit before its head noun ("metric tons", "monthly active users").
_UNIT_MODIFIERS = frozenset(
    "metric square cubic nautical short long light monthly daily weekly annual active connected "
    "sim kilowatt megawatt man person".split()
)
#: Power and energy units are given by their symbols.
_UNIT_SYMBOLS = {
    "watts": "W", "kilowatts": "kW", "megawatts": "MW", "gigawatts": "GW", "terawatts": "TW",
    "kilowatt-hours": "kWh", "megawatt-hours": "MWh", "gigawatt-hours": "GWh",
    "terawatt-hours": "TWh",
}  # fmt: skip


#: A unit written in the singular as a modifier ("12 ounce bottles") is counted in the plural.
_SINGULAR_UNITS = {
    "mile": "miles", "foot": "feet", "inch": "inches", "yard": "yards", "gallon": "gallons",
    "ounce": "ounces", "pound": "pounds", "ton": "tons", "tonne": "tonnes", "acre": "acres",
    "hectare": "hectares", "liter": "liters", "litre": "litres", "meter": "meters",
    "metre": "metres", "kilometer": "kilometers", "kilometre": "kilometres",
    "kilogram": "kilograms", "gram": "grams", "nanometer": "nanometers",
    "nanometre": "nanometres", "millimeter": "millimeters", "millimetre": "millimetres",
    "centimeter": "centimeters", "centimetre": "centimetres",
}  # fmt: skip


#: A singular unit after "square" or "cubic", before the noun it measures ("a 5 cubic meter
#: tank").
_SINGULAR_MEASURE = re.compile(rf"\s+({'|'.join(_SINGULAR_UNITS)})\b(?![-'’])", re.I)


#: A measure glued to its number by a hyphen, "square" or "cubic" before it or not ("a
#: 2.5-mile loop", "a 400,000-square-foot building").
_HYPHEN_UNIT = re.compile(r"-(?:(square|cubic)-)?([A-Za-z]+)\b")
_MODIFIER_UNIT = re.compile(r"[\s-]([A-Za-z]+)\b")
_ARTICLE_AFTER = re.compile(r"\s+an?(?=\s)")
_HYPHEN_UNITS = frozenset(
    [*_SINGULAR_UNITS, *_SINGULAR_UNITS.values(), "bit", "byte", "megapixel", "watt", "volt",
     "degree", "second", "minute", "hour", "day", "week", "month", "year", *HYPHEN_COUNTS,
     "horsepower", "hp", "kilowatt", "megawatt", "acre", "inches", "feet", "miles", "yards",
     # a span printed with a hyphen in the plural: "48-hours earlier"
     "seconds", "minutes", "hours", "days", "weeks", "months"]
)  # fmt: skip


#: After a plural noun, the verb that makes it the subject of a clause about the number before
#: it: "fewer than the 240,000 economists had expected", "the 3% analysts forecast".
_EXPECTED_BY = re.compile(
    r"\s+(?:(?:had|have|has|were|are|was)\s+)?(?:expected|forecast|predicted|estimated|projected"
    r"|anticipated|penciled\s+in|pencilled\s+in|called\s+for|been\s+expecting)\b",
    re.I,
)
#: "the 240,000" right before a noun: the number is the thing expected ("a survey of 80
#: economists forecast" counts economists).
_THE_NUMBER = re.compile(
    r"\bthe\s+[$€£]?[\d.,]+(?:\s?(?:million|billion|thousand|[mbk]n?))?\s*$", re.I
)
#: Singular nouns after a number that say what the number is, not what it counts: the words
#: after them are no unit ("the 4,200-to-4,500 band analysts expected", "the 3% mark traders").
_NAMING_NOUNS = frozenset(
    "band range window corridor target forecast estimate mark level threshold ceiling floor "
    "cap limit".split()
)


def _head_unit(words: list[str]) -> str:
    """The unit is the counted noun: "15 government senators" counts senators."""
    head = words[-1].strip("“”\"'")
    if head.lower() in _UNIT_SYMBOLS:
        return _UNIT_SYMBOLS[head.lower()]
    kept = [head]
    for word in reversed(words[:-1]):
        if word.lower() not in _UNIT_MODIFIERS:
            break
        kept.insert(0, word)
    return " ".join(kept)


_HYPHEN_RATE = re.compile(r"-(?:a|an|per)-(year|month|week|day|hour|night)\b", re.I)
_RATE_ADVERBS = {
    "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day",
    "quarterly": "quarter", "hourly": "hour",
}  # fmt: skip
_RATE_ADVERB = re.compile(
    r"^\s(?:(annually|yearly|monthly|weekly|daily|quarterly|hourly)"
    r"(?=\s*(?:[.,;:)]|$)|\s(?:for|in|to|from|on|and|over|through|until|since|by)\b)"
    r"|in\s+an?\s+(day|week|month|year|hour)\b)",
    re.I,
)


#: A hyphenated rate ("$6.99-a-month service") or an of-phrase before "per" ("4.5 million
#: bottles of wine per year"): what :data:`_PER` reads comes after it.
_RATE_LEAD = re.compile(
    r"^-(?=(?:a|an|per)-[a-z])|^\s+of\s+[a-z]+(?:\s+[a-z]+)?(?=\s+(?:per|a|an)\s+(?:year|month"
    r"|week|day|hour|annum)\b)",
    re.I,
)


def rate_after(text: str, pos: int) -> tuple[str, int] | None:
    """The rate denominator after a figure ending at ``pos`` ("a day", "per square inch")."""
    if lead := _RATE_LEAD.match(text[pos : pos + 40]):
        if lead.group(0).startswith("-"):  # "$6.99-a-month"
            if hyphened := _HYPHEN_RATE.match(text, pos):
                return hyphened.group(1).lower(), hyphened.end()
        elif found := rate_after(text, pos + lead.end()):  # "bottles of wine per year"
            return found
    window = text[pos : pos + 45]
    if adverb := _RATE_ADVERB.match(window):  # "$5 billion annually", "50 cigarettes in a day"
        word = (adverb.group(1) or adverb.group(2)).lower()
        return _RATE_ADVERBS.get(word, word), pos + adverb.end()
    rate = _PER.match(window)
    if not rate:
        return None
    noun = rate.group("noun").lower()
    head = noun.split()[0]
    if (
        head in PER_WORDS
        or head.rstrip("s") in PER_WORDS
        or rate.group(0).strip().startswith(("per", "/"))
    ):
        return noun, pos + rate.end()
    return None


#: Time units written after a slash: "GB/s", "m/min", "kg/h".
_PER_TIME_SYMBOLS = frozenset({"s", "sec", "min", "h", "hr", "d", "yr"})


def _is_unit_ratio(word: str) -> bool:
    """A unit over a unit ("l/km", "kg/m") or a unit per time symbol ("GB/s", "m/min")."""
    parts = word.split("/")
    if len(parts) != 2 or parts[0] not in KNOWN_UNITS:
        return False
    return parts[1] in KNOWN_UNITS or parts[1] in _PER_TIME_SYMBOLS


def unit_after(text: str, pos: int) -> tuple[str, int] | None:
    """The counted noun after a number ending at ``pos`` ("1,200 jobs" -> "jobs"), if any."""
    return _unit_at(text, pos)


_SQ_UNIT = re.compile(r"\.?\s(m|km|ft|mi|yd|cm|in)\b")
_MARK_UNITS = {'"': "in", "″": "in", "'": "ft", "′": "ft"}
_POWERED_WORD = re.compile(r"^([A-Za-z]+)(?:\^?[23]|[²³]|[−-]1)$")
_RAISED = re.compile(r"\s(?:squared|cubed)\b")
_OLD = re.compile(r"[\s-]old\b")


def _mark_at(text: str, pos: int, number_start: int) -> tuple[str, int] | None:
    """An inch, foot or degree mark right after a number: ``9"``, ``2½'``, ``30°C``."""
    mark = _MARK_UNIT.match(text[pos : pos + 3])
    if mark is None or _in_quotes(text, number_start, mark.group(1)):
        return None
    return _MARK_UNITS.get(mark.group(1), mark.group(1)), pos + mark.end()


def _in_quotes(text: str, pos: int, mark: str) -> bool:
    """Whether ``pos`` lies inside straight quotes (of ``mark``) opened earlier on its line."""
    if mark not in {'"', "'"}:
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    if mark == "'":  # apostrophes in words ("Hubble's") open nothing
        return len(re.findall(r"(?<!\w)'", text[line_start:pos])) % 2 == 1
    return text.count(mark, line_start, pos) % 2 == 1


def _first(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g)


_FRACTION = re.compile(
    # "3/4", "2 1/4", and the mixed form with a hyphen: "a 2-1/2 year slump"
    r"(?<![\w/.-])(?:(?P<whole>\d{1,4})(?:\s+|-))?(?P<num>\d{1,3})/(?P<den>\d{1,3})(?![\w/]|\.\d)"
)
_VULGAR = re.compile(r"(?<![\w/.-])(?:(?P<whole>\d{1,4}))?(?P<frac>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])")
#: Percent words the start of "from 10 to 12 percent" shares with its end.
_SHARED_PERCENT = frozenset(
    {"%", "percent", "per cent", "pct", "percentage point", "percentage points"}
)
_MINUS_WORD = re.compile(r"\bminus[\s-]$", re.I)
_NEGATIVE = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))[-−](?=\d)")


def _fractions(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Proper fractions with a small denominator: "3/4", "2 1/4", "1/4 mile"."""
    found = []
    for match in _FRACTION.finditer(text):
        num, den = int(match.group("num")), int(match.group("den"))
        if not 0 < num < den <= 100 or any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if re.search(r"\bon\s$", text[max(0, match.start() - 3) : match.start()]):
            continue  # "on 9/11": a date
        value = Decimal(num) / Decimal(den)
        if match.group("whole"):
            value += int(match.group("whole"))
        end = match.end()
        article = _ARTICLE_AFTER.match(text, end)  # "1/2 a cup"
        unit = _unit_at(text, article.end() if article else end)
        modifier = _MODIFIER_UNIT.match(text, end)
        if unit is None and modifier and modifier.group(1).lower() in _HYPHEN_UNITS:
            word = modifier.group(1).lower()  # "a 2-1/2 year slump"
            unit = (_SINGULAR_UNITS.get(word, word), modifier.end())
        if unit is None and (inch := _INCH_WORD.match(text[end : end + 40])):
            unit = ("in", end + inch.end())  # "2 1/2 in thick"
        if unit:
            end = unit[1]
        found.append(Mention("quantity", match.start(), end, value, unit=unit[0] if unit else None))
    for match in _VULGAR.finditer(text):  # "½ tbsp", "2½ miles"
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        value = Decimal(str(round(unicodedata.numeric(match.group("frac")), 6)))
        if match.group("whole"):
            value += int(match.group("whole"))
        end = match.end()
        unit = _mark_at(text, end, match.start()) or _unit_at(text, end)
        if unit:
            end = unit[1]
        found.append(Mention("quantity", match.start(), end, value, unit=unit[0] if unit else None))
    found.extend(_odds(text, taken, found))
    found.sort(key=lambda m: m.start)
    return found


#: Odds against one: "18 to 1", "a 2-to-1 margin", "3:1".
_ODDS = re.compile(
    r"(?<![\w.,$€£¥:/-])(?P<n>\d{1,3}(?:\.\d{1,2})?)(?P<glue>\s+to\s+|-to-|\s?:\s?)1"
    r"(?![\d.,]\d|\d|:\d|\s?(?:%|percent|per\s?cent|[ap]\.?m\b|million|billion|thousand))"
)
#: Words that make "N to 1" odds in its sentence (else "went from 8 to 1" is a change).
_ODDS_WORDS = re.compile(r"\b(?:ratios?|leverage|odds|multiples?)\b", re.I)


def _odds(text: str, taken: list[tuple[int, int]], found: list[Mention]) -> list[Mention]:
    """Odds against one, read as how many times the one: "leverage of 18 to 1" is 18 times.

    A hyphenated form is odds wherever it stands; "N to 1" and "N:1" only in a sentence that
    names a ratio (leverage, odds, a multiple) or gives two such odds ("went from 8 to 1" is a
    change). The margin of a vote ("by 3 to 1", "a 2-to-1 margin") is a name span already
    (:mod:`newsfacts.extract.roles`): no figure.
    """
    matches = [m for m in _ODDS.finditer(text) if Decimal(m.group("n")) > 1]
    odds = []
    for match in matches:
        if any(
            s < match.end() and match.start() < e
            for s, e in (*taken, *((f.start, f.end) for f in found))
        ):
            continue
        if match.group("glue") != "-to-":
            lo = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
            hi_dot = text.find(".", match.end())
            hi = len(text) if hi_dot < 0 else hi_dot
            sentence = text[lo:hi]
            others = sum(1 for m in matches if lo <= m.start() < hi)
            if others < 2 and not _ODDS_WORDS.search(sentence):
                continue
        odds.append(
            Mention("quantity", match.start(), match.end(), Decimal(match.group("n")), unit="times")
        )
    return odds


def find_mentions(text: str, *, claimed: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Return every numeric mention in ``text``, in order, skipping the claimed spans.

    Args:
        text: the cleaned article text (or any text).
        claimed: character spans already taken by other facts (dates); numbers inside them
            are not figures.
    """
    text = text.replace("⁄", "/")  # the fraction slash of "1⁄32" (same length: spans hold)
    mentions: list[Mention] = _fractions(text, list(claimed or []))
    taken = sorted([*(claimed or []), *((m.start, m.end) for m in mentions)])
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))  # furthest end among the first k spans
    consumed_until = -1

    def is_claimed(start: int, end: int) -> bool:
        # some span begins before ``end`` and ends after ``start`` (bisect: not quadratic)
        count = bisect.bisect_left(starts, end)
        return count > 0 and reach[count - 1] > start

    def read(match: re.Match[str]) -> _Reading | None:
        reading = _open_reading(text, match)
        if reading is None or not _read_scale(reading):
            return None
        _read_range(reading)
        _read_kind(reading)
        if reading.kind == "quantity" and reading.unit is None and reading.currency is None:
            _read_unit(reading)
        return None if _is_a_label(reading) else reading

    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if start < consumed_until or is_claimed(start, end) or _not_a_figure(text, match):
            continue
        reading = read(match)
        if reading is None:
            continue
        mentions.append(_finish(reading))
        consumed_until = reading.cursor
        if reading.unit is not None and (size := _size_inside(text, end, reading.cursor)):
            consumed_until = size  # "1,200 40-foot containers": 40 feet is a figure too
        if reading.unit is not None and (
            again := _AFTER_UNIT_SLASH.match(text, reading.cursor + 1)
        ):
            second = read(again)  # "51,200 KB/50 MB": the same size in a second unit
            if second is not None and second.unit is not None and not is_claimed(*again.span()):
                mentions.append(_finish(second))
                consumed_until = second.cursor
    return _compound_spans(text, _listed_percents(text, sorted(mentions, key=lambda m: m.start)))


#: A span of time told in two units, the larger first ("5 hours and 9 minutes", "two years,
#: three months"): the smaller unit's name, by the larger one's, and how many it holds.
_TIME_PARTS: dict[str, tuple[str, int]] = {
    "hour": ("minutes", 60), "hours": ("minutes", 60),
    "minute": ("seconds", 60), "minutes": ("seconds", 60),
    "day": ("hours", 24), "days": ("hours", 24),
    "week": ("days", 7), "weeks": ("days", 7),
    "year": ("months", 12), "years": ("months", 12),
}  # fmt: skip
#: Between the two parts: "and" or a space ("2 hours 30 minutes"); a comma may end a clause
#: ("lasted 5 hours, and 30 minutes later ...").
_PART_GAP = re.compile(r"\s+(?:and\s+)?$")


def _compound_spans(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join a span of time printed in two units into one figure in the smaller unit.

    "watches 5 hours and 9 minutes of TV a day" is 309 minutes a day, not 5 hours and a
    separate 9 minutes; the second part must be in the unit just below the first ("hours"
    then "minutes", "years" then "months"), fewer than the first unit holds, and joined to it
    by "and" or a space alone.
    """
    out: list[Mention] = []
    for mention in mentions:
        if out and (joined := _joined_span(text, out[-1], mention)) is not None:
            out[-1] = joined
            continue
        out.append(mention)
    return out


def _joined_span(text: str, first: Mention, second: Mention) -> Mention | None:
    if first.kind != "quantity" or second.kind != "quantity" or first.unit is None:
        return None
    part = _TIME_PARTS.get(first.unit.lower())
    if (
        part is None
        or second.unit is None
        or second.unit.lower().rstrip("s") != part[0].rstrip("s")
        or first.value_max is not None
        or second.value_max is not None
        or first.per is not None
        or second.qualifier is not None
        or not 0 < second.value < part[1]
        or second.start - first.end > 8
        or not _PART_GAP.match(text, first.end, second.start)
    ):
        return None
    value = first.value * part[1] + second.value
    return replace(
        second,
        start=first.start,
        value=value,
        unit=part[0],
        qualifier=first.qualifier,
        decimals=max(first.decimals, second.decimals),
    )


#: Between the items of a list of shares: a name at most, then the joining word ("Hispanic, and ").
_SHARE_ITEM_GAP = re.compile(r"[^\d.;:()]{0,40}(?:,\s*(?:and|or)?|\s(?:and|or))\s+$")


def _listed_percents(text: str, mentions: list[Mention]) -> list[Mention]:
    """A bare number that ends a list of two percentages or more is one too.

    "65 percent were white, 11.9 percent were black, 15.36 percent Hispanic, and 7.3 of another
    race": the last share drops its percent word.
    """
    for index in range(2, len(mentions)):
        last, before, first = mentions[index], mentions[index - 1], mentions[index - 2]
        if (
            last.kind == "quantity"
            and last.unit is None
            and last.value_max is None
            and 0 < last.value < 100
            and before.kind == first.kind == "percent"
            and not before.points
            and _SHARE_ITEM_GAP.match(text, before.end, last.start)
            and _SHARE_ITEM_GAP.match(text, first.end, before.start)
        ):
            mentions[index] = replace(last, kind="percent", unit="%")
    return mentions


@dataclass(slots=True)
class _Reading:
    """A number being read from its digits rightwards: what each step has found so far."""

    text: str
    start: int  # where the digits begin
    span_start: int  # where the mention begins (a sign, a currency prefix)
    cursor: int  # how far right the mention reaches
    value: Decimal
    decimals: int
    negative: bool = False
    currency: str | None = None
    multiplier: Decimal = Decimal(1)
    scaled: bool = False  # a scale word followed ("5 million")
    glued: re.Match[str] | None = None  # letters glued to the digits ("212p", "2.4pc")
    glued_as: str | None = None
    value_max: Decimal | None = None
    shared_after: str | None = None  # what follows the end of a from-to change
    kind: MentionKind = "quantity"
    unit: str | None = None
    points: bool = False


def _not_a_figure(text: str, match: re.Match[str]) -> bool:
    """Digits that a glance at their neighbours rules out: times, ordinals, seasons, "#3"."""
    start, end = match.span()
    after = text[end : end + 16]
    if _TIME_AFTER.match(after) or _ORDINAL_AFTER.match(after):
        return True
    if _YEAR.match(match.group()) and _SEASON_SPAN.match(after):
        return True  # "2012–13" is a season, not a range of numbers
    return start > 0 and text[start - 1] == "#"


def _open_reading(text: str, match: re.Match[str]) -> _Reading | None:
    """The digits' value, a sign or minus word and a currency prefix on their left, or None."""
    start, end = match.span()
    glued_before = start > 0 and text[start - 1].isalpha()
    value = parse_digits(match.group())
    if value is None:
        return None
    negative = start > 0 and _NEGATIVE.match(text, start - 1) is not None
    span_start = start - 1 if negative else start
    if minus := _MINUS_WORD.search(text, max(0, start - 7), start):
        negative, span_start = True, minus.start()  # "minus 130 degrees", "minus-5 yards"
    currency: str | None = None
    prefix = _PREFIX.search(text[max(0, start - 6) : start])
    if prefix:
        sign = _first(prefix)
        code = sign.upper() if sign in LOWER_CASE_CODES else sign
        currency = CURRENCY_PREFIXES.get(sign) or CODE_ALIASES.get(code, code)
        span_start = start - (len(text[max(0, start - 6) : start]) - prefix.start())
    if glued_before and currency is None:
        return None  # "A320", "MH370": letters glued before the digits make a name
    return _Reading(
        text=text,
        start=start,
        span_start=span_start,
        cursor=end,
        value=value,
        decimals=printed_decimals(match.group()),
        negative=negative,
        currency=currency,
    )


#: The magnitudes a figure may have: a float holds them (1e308 is its limit).
_FLOAT_RANGE = (Decimal("1e-300"), Decimal("1e300"))


def _powered_unit(word: str) -> bool:
    """A unit symbol with a power glued: "m2", "km2", "cm3"."""
    powered = _POWERED_WORD.match(word)
    return powered is not None and powered.group(1) in KNOWN_UNITS


def _read_scale(r: _Reading) -> bool:
    """An exponent or a scale word after the digits; False when letters glue them into a word."""
    text = r.text
    exponent = _EXPONENT.match(text, r.cursor)
    if exponent:
        r.value = r.value.scaleb(int(exponent.group(1).replace("−", "-")))
        r.cursor = exponent.end()
        if r.value and not _FLOAT_RANGE[0] <= abs(r.value) <= _FLOAT_RANGE[1]:
            return False  # "1e310": past what a float (JSON, Parquet) can hold, no figure
    scaled = None if exponent else _scale_at(text, r.cursor, money=r.currency is not None)
    if scaled:
        r.value *= scaled[0]
        r.cursor = scaled[1]
        r.multiplier, r.scaled = scaled[0], True
    glued = _GLUED.match(text, r.cursor)
    r.glued = glued
    r.glued_as = _GLUED_AS.get(glued.group(0)) if glued and not scaled else None
    if (
        glued
        and not scaled
        and glued.group(0) not in KNOWN_UNITS
        and glued.group(0) not in UNIT_SPELLINGS
        and not _powered_unit(glued.group(0))  # "32m2": square metres
        and r.glued_as is None
        and not _TIMES_MARK.match(text, r.cursor)
    ):
        return False  # "1990s", "5G", "3D": part of a word, not a figure (but "20x slower")
    return True


def _read_range(r: _Reading) -> None:
    """A second number that ends a range ("5 to 6 million"), or starts a from-to change."""
    text, cursor = r.text, r.cursor
    left = text[max(0, r.span_start - 40) : r.span_start]
    sep = _RANGE_SEP.match(text[cursor : cursor + 6])
    if not sep and r.value_max is None and r.currency is None:
        repeat = _UNIT_REPEATED.match(text, cursor, min(len(text), cursor + 40))
        if repeat is not None and (
            (repeat.group("sep") == "and" and _BETWEEN.search(left))
            or (
                repeat.group("sep") != "and"
                and (_RANGED.search(left) or not _FROM_OR_CHANGE.search(left))
            )
        ):  # "between 44 mg and 50 mg", "ranged from 40 degrees to 50 degrees"
            second = parse_digits(repeat.group("num"))
            if second is None or bool(repeat.group("neg")) != r.negative:
                return  # "-5 °C to 3 °C": a range across zero is read as two figures
            if r.negative and second != r.value:
                # "-18 °C to -34 °C": both below zero; the sign applies to both magnitudes
                low, high = sorted((r.value, second * r.multiplier))
                r.value, r.value_max = low, high
                r.cursor = repeat.end("num")
            elif not r.negative and second > r.value:
                r.value_max = second * r.multiplier
                r.cursor = repeat.end("num")  # the unit is read after the second number
            return
    if not sep:
        pct_range = _PERCENT_RANGE.match(text[cursor : cursor + 20])
        if pct_range and pct_range.group("and") and not _BETWEEN.search(left):
            pct_range = None  # "60% and 70%" is a range only after "between"
        if pct_range and not _FROM_OR_CHANGE.search(left):
            second = parse_digits(pct_range.group(2))
            if second is not None and second > r.value:
                r.value_max = second
                r.cursor += pct_range.end()
        return
    word_sep = sep.group(1) in {"to", "-to-", "and", "or"}  # "5 or 6 percent": a range
    allowed = (
        (sep.group(1) == "and" and _BETWEEN.search(left) is not None)
        or sep.group(1) == "or"  # "rose 5 or 6 percent": no from-to reading
        or (sep.group(1) != "and" and not _FROM_OR_CHANGE.search(left))
        or (sep.group(1) != "and" and _RANGED.search(left) is not None)  # "range from 2 to 3"
        # "rose 7-8%": a dash after a change verb joins a range (after "from" it may end one)
        or (sep.group(1) in {"-", "–"} and not _FROM_BEFORE.search(left))
    )
    second_start = cursor + sep.end()
    prefix2 = re.match(rf"({_PREFIX_ALT})?\s?", text[second_start : second_start + 4])
    num_start = second_start + (prefix2.end() if prefix2 else 0)
    num2 = re.match(rf"(?:{DIGITS})", text[num_start : num_start + 30])
    if not num2:
        return
    if sep.group(1) == "or" and prefix2 and prefix2.group(1):
        return  # "$50 or $100": two amounts, each with its currency, are alternatives
    second = parse_digits(num2.group())
    num_end = num_start + num2.end()
    scaled2 = _scale_at(text, num_end, money=r.currency is not None)
    if allowed:
        if second is None or _PERCENT.match(text[cursor : cursor + 20]):
            return
        if r.scaled and scaled2 is None and r.multiplier > 1:
            return  # "$2.1 billion to 410,000 claimants": a scale after the first number only
        mult2 = scaled2[0] if scaled2 else r.multiplier
        low = r.value / r.multiplier * scaled2[0] if (not r.scaled and scaled2) else r.value
        high = second * mult2
        # "50 to 1 million" is no range: both ends must be of one size
        same_size = r.scaled or scaled2 is None or low * 1000 > high
        if same_size and (high > low or (word_sep and high >= low)):
            r.value, r.value_max = low, high
            r.cursor = scaled2[1] if scaled2 else num_end
    elif not r.scaled and sep.group(1) in {"to", "-to-", "-", "–"}:
        # "from $10 to $15 billion", "from 8 to 9.5 million euros", "from 10 to 12
        # percent": a change, but its start has the scale, currency or percent of its end
        after2 = num_end
        if second and Decimal("0.1") <= r.value / second <= 10:
            if scaled2:
                r.value, r.multiplier = r.value * scaled2[0], scaled2[0]
                after2 = scaled2[1]
            r.shared_after = text[after2 : after2 + 24]


#: Words before a number that make "pounds" after it a weight: "lost 25 pounds", "weighs 180
#: pounds", "gained 10 pounds".
_WEIGHT_CUE = re.compile(
    r"\b(?:weigh\w*|los[et]|losing|shed\w*|gain(?:s|ed|ing)?|put\s+on|pack(?:s|ed)?\s+on"
    r"|heavier|lighter|dropp(?:ed|ing))\b[^.;:!?]{0,20}$",
    re.IGNORECASE,
)


def _weighed(r: _Reading, word: str) -> bool:
    """Whether "pounds" after this number weighs.

    It does with no scale ("25 million pounds" is money) and a word of weighing before it.
    """
    if word.lower() not in {"pound", "pounds"} or r.scaled:
        return False
    return _WEIGHT_CUE.search(r.text[max(0, r.start - 40) : r.start]) is not None


def _read_kind(r: _Reading) -> None:
    """Percent or money: a sign, word, code or glued letters after the number (or its range)."""
    text = r.text
    if r.shared_after is not None and not _PERCENT.match(text[r.cursor : r.cursor + 24]):
        if r.currency is None and (cw := _CURRENCY_WORD.match(r.shared_after)):
            if cw.group(1).lower() not in HUNDREDTHS:
                r.currency = CURRENCY_WORDS[cw.group(1).lower()]
        elif (pct := _PERCENT.match(r.shared_after)) and pct.group(1).lower() in _SHARED_PERCENT:
            r.kind, r.unit = "percent", "%"
    if r.glued_as == "GBX" and r.currency is None:  # "212p": pence, glued to the digits
        r.currency = "GBX"
        r.cursor = r.glued.end() if r.glued else r.cursor
    elif r.glued_as == "%":
        r.kind, r.unit = "percent", "%"  # "2.4pc"
        r.cursor = r.glued.end() if r.glued else r.cursor
    elif r.glued_as == "bp" and r.currency is None:
        r.unit = "basis points"  # "25bp", "50bps"
        r.cursor = r.glued.end() if r.glued else r.cursor
    percent = None if r.kind == "percent" else _percent_at(text, r.cursor)
    if percent and r.currency is None and r.kind != "percent":
        word = percent.group(1).lower()
        r.cursor += percent.end()
        if word.startswith(("basis", "bp")):
            r.unit = "basis points"
        else:
            r.kind = "percent"
            r.points = word.startswith(("percentage", "pp"))
            r.unit = "percentage points" if r.points else "%"
    elif (
        r.currency is None
        and (cw := _currency_word_at(text, r.cursor))
        and not _weighed(r, cw.group(1))
    ):
        r.currency = CURRENCY_WORDS[cw.group(1).lower()]
        if cw.group(1).lower() in HUNDREDTHS:
            r.value = r.value / 100
            r.value_max = None if r.value_max is None else r.value_max / 100
        r.cursor += cw.end()
        cents = _CENTS.match(text[r.cursor : r.cursor + 20])
        if cents and r.currency not in {"GBX"}:  # "3 dollars 50 cents"
            r.value += Decimal(cents.group(1)) / 100
            r.cursor += cents.end()
    elif r.currency is None and (code := code_after(text, r.cursor)):
        r.currency, r.cursor, code_scale = code
        if code_scale != 1 and not r.scaled:
            r.value *= code_scale  # "30 MUSD"
            r.value_max = None if r.value_max is None else r.value_max * code_scale
            r.multiplier, r.scaled = code_scale, True
        if not r.scaled and (scaled := _scale_at(text, r.cursor, money=True)):
            r.value *= scaled[0]  # "75 USD million"
            r.value_max = None if r.value_max is None else r.value_max * scaled[0]
            r.cursor = scaled[1]
            r.multiplier, r.scaled = scaled[0], True
    elif r.currency is None and (after_sign := _SIGN_AFTER.match(text[r.cursor : r.cursor + 3])):
        r.currency = CURRENCY_PREFIXES[after_sign.group(1)]
        r.cursor += after_sign.end()
    elif r.currency is None and (cent := _CENT_SIGN.match(text, r.cursor)):
        r.currency = CURRENCY_WORDS["cents"]  # "99¢": hundredths of the dollar, as "99 cents"
        r.value = r.value / 100
        r.value_max = None if r.value_max is None else r.value_max / 100
        r.cursor = cent.end()
    if r.currency == "USD" and text[r.start - 1 : r.start] == "$":
        _read_dollar_nation(r)
    if r.currency is not None:
        r.kind = "money"


#: A nationality after a "$" amount, as its own word or before "dollars": "$131-billion
#: Canadian", "$5 million Australian dollars" (not "a $300-million Canadian pipeline").
_DOLLAR_NATION = re.compile(
    r"\s(?:("
    + "|".join(re.escape(n) for n in sorted(DOLLAR_NATIONS, key=len, reverse=True))
    + r")(?:\s+dollars?\b|(?=\s*[),.;:]|\s*$)))",
    re.I,
)


def _read_dollar_nation(r: _Reading) -> None:
    nation = _DOLLAR_NATION.match(r.text, r.cursor)
    if nation and nation.group(1)[0].isupper():
        r.currency = DOLLAR_NATIONS[nation.group(1).lower()]
        r.cursor = nation.end()


def _read_unit(r: _Reading) -> None:
    """The unit of a quantity: a hyphened measure, a mark, inches, a unit word or symbol."""
    text, cursor = r.text, r.cursor
    if times := _TIMES_MARK.match(text, cursor) or _FOLD.match(text, cursor):
        r.unit, r.cursor = "times", times.end()  # "20x slower", "grew 7x", "a 5-fold rise"
    elif hyphened := hyphen_unit_at(text, cursor):
        r.unit, r.cursor = hyphened  # "68-ounce cans", "a 2.5-mile loop": a measure as an adjective
    elif rated := _UNIT_BEFORE_RATE.match(text, cursor):
        # "a 52,000 barrel-a-day refinery": the unit, then the rate that follows it
        word = rated.group("unit").lower()
        r.unit, r.cursor = word if word.endswith("s") else word + "s", rated.end("unit")
    elif marked := _mark_at(text, cursor, r.span_start):
        r.unit, r.cursor = marked
    elif inch := _INCH_WORD.match(text[cursor : cursor + 40]):
        r.unit = "in"
        r.cursor = cursor + inch.end()
    else:
        found = _unit_at(text, cursor)
        spaced = _MODIFIER_UNIT.match(text, cursor) if found is None else None
        if spaced and text[cursor] == " " and spaced.group(1) in _HYPHEN_UNITS:
            word = spaced.group(1)  # "a 10 day mission": a measure as a modifier
            found = (_SINGULAR_UNITS.get(word, word), spaced.end())
        if found:
            r.unit, r.cursor = _with_power(text, *found)


#: A multiple written with "-fold" after its number: "rose 5-fold", "a 10-fold increase".
_FOLD = re.compile(r"[\s-]?fold\b", re.I)
#: A multiple written with an "x" glued to its number: "20x slower", "grew 7x" (not "2x4", a
#: size, nor "10x Genomics", a name).
_TIMES_MARK = re.compile(r"[x×](?=[\s,.;:!?)]|$)(?!\s+[A-Z])(?!\.\d)")


#: A counted unit joined to a hyphenated rate: "barrel-a-day", "ton-per-year" (the rate is read
#: after it by :func:`rate_after`).
_UNIT_BEFORE_RATE = re.compile(
    r"[\s-](?P<unit>barrels?|tons?|tonnes?|gallons?|cars?|vehicles?|passengers?|units?|visitors?"
    r"|cubic-feet|bushels?)(?=-(?:a|an|per)-(?:day|week|month|year|hour)\b)",
    re.I,
)


def hyphen_unit_at(text: str, cursor: int) -> tuple[str, int] | None:
    """A measure glued by a hyphen at ``cursor`` ("-mile", "-square-foot"), and where it ends.

    The unit is given in the plural; None for another word ("-based").
    """
    hyphened = _HYPHEN_UNIT.match(text, cursor)
    if hyphened is None:
        return None
    power, word = hyphened.group(1), hyphened.group(2).lower()
    if word not in _HYPHEN_UNITS or (
        power and word not in _SINGULAR_UNITS.values() and word not in _SINGULAR_UNITS
    ):
        return None
    unit = HYPHEN_COUNTS.get(word) or _SINGULAR_UNITS.get(word, hyphened.group(2))
    return (f"{power.lower()} {unit}" if power else unit), hyphened.end()


def _with_power(text: str, unit: str, cursor: int) -> tuple[str, int]:
    """A unit with the power written after it ("km^2", "4 km cubed"); farads for "4.7 F caps"."""
    power = _UNIT_POWER.match(text, cursor)
    if power and unit in KNOWN_UNITS:
        unit += text[power.start() : power.end()].replace("**", "^")
        cursor = power.end()
    elif unit in KNOWN_UNITS and (raised := _RAISED.match(text, cursor)):
        unit += raised.group(0)  # "4 km cubed"
        cursor = raised.end()
    if unit == "F" and _CAPACITOR.match(text, cursor):
        unit = "farads"  # "a 4.7 F capacitor": farads, not Fahrenheit
    return unit, cursor


def _is_a_label(r: _Reading) -> bool:
    """A bare number glued to letters or after a name: a model, a stage, a product."""
    text = r.text
    if r.unit in {"year", "years"} and _OLD.match(text, r.cursor):
        r.unit = "years"  # "a 28-year-old", "29 years old": an age (the roles step says so)
    if r.kind != "quantity" or r.value_max is not None or r.currency is not None:
        return False
    if r.unit is None and text[r.cursor : r.cursor + 1].isalpha():
        return True  # glued to letters: a model or product name
    singular = r.unit is None or not r.unit.lower().endswith("s")
    singular = singular and unit_dimension(r.unit) is None  # "Wrench 8\"" is a size
    if _GROUPED.match(text, r.span_start):
        return False  # "defeated Oduya 31,450 to 27,980": digits grouped by thousands count
    # "Snapdragon 810 chip", "Stage 3": a label, not a figure
    return (
        singular and _NAME_BEFORE.search(text[max(0, r.span_start - 30) : r.span_start]) is not None
    )


#: Digits grouped by thousands ("31,450"): a count, never a model or a stage.
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])")


def qualifier_before(text: str, start: int, kind: str) -> str | None:
    """The hedge or bound printed right before a figure starting at ``start``, lower-cased.

    "about", "more than", "up to"; None when there is none.
    """
    if not text[start - 1 : start].isspace():
        return None  # the pattern ends in spaces: no space before the figure, no qualifier
    found = _QUALIFIER.search(text[max(0, start - 24) : start])
    qualifier = found.group(1).lower() if found else None
    if qualifier in {"only", "just", "some"} and kind == "percent":
        return None
    return qualifier


def _finish(r: _Reading) -> Mention:
    """The mention: a rate after it, a qualifier before it, the sign applied."""
    text = r.text
    per: str | None = None
    if r.kind in {"money", "quantity"} and (rate := rate_after(text, r.cursor)):
        per, r.cursor = rate
    qualifier = qualifier_before(text, r.span_start, r.kind)
    value, value_max, span_start = r.value, r.value_max, r.span_start
    if r.negative and r.kind != "percent" and r.currency is None:
        value, value_max = -value, (-value_max if value_max is not None else None)
        if value_max is not None:
            value, value_max = value_max, value
    elif r.negative:
        span_start = r.start  # "-5%" and "-$3" keep the sign in the text, not the value
    return Mention(
        kind=r.kind,
        start=span_start,
        end=r.cursor,
        value=value,
        value_max=value_max,
        unit=r.unit,
        currency=r.currency,
        per=per,
        qualifier=qualifier,
        points=r.points,
        decimals=r.decimals,
    )


#: What may stand between the numbers of a list whose last number carries the unit of them all:
#: "3, 4 and 5 percent", "five and even six per cent", "4.1 and then 3.9 percent".
_LIST_JOIN = re.compile(
    r"^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
    r"(?:(?:then|even|possibly|perhaps|maybe|later|again|eventually|finally)\s+)?$",
    re.I,
)
#: ", or" before a percent restates the number before it as a share ("1,320, or 62%").
_RESTATED = re.compile(r"^\s*,\s*or\s+$", re.I)
#: A capitalised word right before a number: a label or a name ("Chapter 5", "Boeing 737").
_LABEL_BEFORE = re.compile(r"[A-Z][\w.&-]*\s$")
#: A scale word in a figure: its value is no longer the number printed ("5 million").
_SCALED = re.compile(
    r"\d\s?(?:" + "|".join(sorted(SCALE_WORDS, key=len, reverse=True)) + r")\b"
    r"|\b(?:" + "|".join(w for w in SCALE_WORDS if len(w) > 3) + r")\b",
    re.I,
)


def share_list_units(mentions: list[Mention], text: str) -> list[Mention]:
    """Give the bare numbers of a list the kind, unit and scale printed once after its last one.

    ``mentions`` are in text order. "Rates rose 3, 4 and 5 percent": 3 and 4 are percentages
    too; "3, 4 and 5 million visitors": 3 and 4 million visitors. A number after a capitalised
    word ("Chapter 5") is a label and keeps its reading; a scale is shared only between numbers
    of one size ("50, 60 and 70 million", not "2,000 and 5 million").
    """
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        bare, last = out[i], out[i + 1]
        join = text[bare.end : last.start]
        if last.role == "age" or not _LIST_JOIN.match(join):
            continue
        if last.kind == "percent" and _RESTATED.match(join):
            continue  # "1,320, or 62%, said yes": the share of the count before, not a list

        if not _bare(bare) and not _unscaled_like(bare, last, text):
            continue
        if _LABEL_BEFORE.search(text[max(0, bare.start - 30) : bare.start]):
            continue
        scale = _scale_of(last, text)
        if scale is None or (scale <= 1 and not _bare(bare)):
            continue  # "4% and 7%": nothing to share; "$3.49 a gallon, 12 cents": no cents of it
        if last.kind == "quantity" and last.unit is None and scale == 1:
            continue
        if scale != 1 and not Decimal("0.1") <= bare.value * scale / last.value <= 10:
            continue  # "2,000 and 5 million": not one size
        out[i] = replace(
            bare,
            kind=last.kind,
            value=bare.value * scale,
            unit=last.unit,
            currency=last.currency,
            per=last.per,
            points=last.points,
        )
    return out


_FIRST_NUMBER = re.compile(DIGITS)


def _scale_of(last: Mention, text: str) -> Decimal | None:
    """What ``last``'s printed number is multiplied by (1 without a scale word).

    None when a scale word is there but cannot be read off the figure (a written number, a
    range), or the factor is no power of ten ("3 dollars 50 cents").
    """
    surface = text[last.start : last.end]
    printed = _FIRST_NUMBER.search(surface)
    number = parse_digits(printed.group()) if printed else None
    if not number or last.value_max is not None:
        return None if _SCALED.search(surface) else Decimal(1)
    scale = last.value / number  # "4" after a list gave it millions: the chain goes on
    return scale if scale in _POWERS_OF_TEN else None


_POWERS_OF_TEN = frozenset(Decimal(10) ** k for k in range(-2, 13))


def _unscaled_like(first: Mention, last: Mention, text: str) -> bool:
    """Whether the first has the last's kind and currency but no scale word ("$40 and $55m")."""
    return (
        first.kind == last.kind
        and first.currency == last.currency
        and first.unit == last.unit
        and first.per == last.per  # "$3.49 a gallon, 12 cents higher": no item of one list
        and first.value_max is None
        and first.role is None
        and not _SCALED.search(text[first.start : first.end])
    )


def _bare(mention: Mention) -> bool:
    """A plain number: no unit, currency, rate, range or role of its own."""
    return (
        mention.kind == "quantity"
        and mention.unit is None
        and mention.currency is None
        and mention.per is None
        and mention.value_max is None
        and mention.role is None
    )
