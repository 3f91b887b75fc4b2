"""Number grammar: digits with separators, decimals, scale words and abbreviations, written numbers.

``parse_number("4.44 trillion") == Decimal("4.44E+12")``; ``parse_number("two-thirds")``,
``parse_number("half a million")`` and ``parse_number("1,200")`` work too. The scanner that finds
numeric *mentions* in running text (with currency, percent, unit, range and qualifier) lives in
:mod:`newsfacts.extract.mentions`.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from newsfacts.vocab import CARDINALS, SCALE_WORDS, TENS

__all__ = [
    "DECIMAL_COMMA_LANGUAGES",
    "DIGITS",
    "MAX_DIGITS",
    "SCALE_WORDS",
    "parse_digits",
    "parse_number",
    "parse_scale",
    "parse_words",
    "printed_decimals",
    "swap_separators",
]

#: A number written in digits: ``1,234.5``, ``816 000``, ``20.6``, ``.5``. No sign, no scale.
DIGITS = (
    # Indian grouping first ("12,34,567": lakhs and crores in pairs of digits), then thousands
    r"(?:(?<![\d,])\d{1,2},(?:\d\d,)*+\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?!\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|,\d)|\d+)(?:\.\d+)?|\.\d+"
)

_UNITS = CARDINALS
_TENS = TENS
_FRACTIONS = {
    "half": Decimal("0.5"), "halves": Decimal("0.5"), "third": Decimal(1) / 3,
    "thirds": Decimal(1) / 3, "quarter": Decimal("0.25"), "quarters": Decimal("0.25"),
    "fourth": Decimal("0.25"), "fourths": Decimal("0.25"), "fifth": Decimal("0.2"),
    "fifths": Decimal("0.2"), "sixth": Decimal(1) / 6, "sixths": Decimal(1) / 6,
    "eighth": Decimal("0.125"), "eighths": Decimal("0.125"), "tenth": Decimal("0.1"),
    "seventh": Decimal(1) / 7, "sevenths": Decimal(1) / 7, "ninth": Decimal(1) / 9,
    "ninths": Decimal(1) / 9,
    "tenths": Decimal("0.1"), "hundredth": Decimal("0.01"), "hundredths": Decimal("0.01"),
}  # fmt: skip
_COUNT_WORDS = {"dozen": Decimal(12), "score": Decimal(20)}
_WORD_SPLIT = re.compile(r"[\s-]+")
_DIGITS_FULL = re.compile(rf"^(?:{DIGITS})$")
_SCALED = re.compile(rf"^({DIGITS})\s*-?\s*([A-Za-z]+)$")


#: Languages that write ``1.240,5`` for 1240.5 (decimal comma, dot or space between thousands).
DECIMAL_COMMA_LANGUAGES = frozenset(
    "de fr es it nl pt pl ru uk sv da nb nn no fi cs sk hu ro bg hr sl sr tr el id vi".split()
)
_SEPARATOR = re.compile(r"(?<=\d)[.,](?=\d)")


def swap_separators(text: str) -> str:
    """``1.240,5`` -> ``1,240.5``: dots and commas between digits swapped, lengths unchanged.

    Lets the digit grammar read decimal-comma text; every offset stays valid for the original.
    """
    return _SEPARATOR.sub(lambda m: "," if m.group() == "." else ".", text)


#: The most digits a figure may have; 24 digits reach a septillion, past any news figure, and
#: keep every value well inside the range a JSON number (a double) can hold.
MAX_DIGITS = 24


def parse_digits(text: str) -> Decimal | None:
    """Parse a digit string with thousands separators (comma, space, NBSP) and a decimal point.

    A run of more than :data:`MAX_DIGITS` digits (an ID, a hash, junk) is not a figure: None.
    """
    cleaned = text.strip()
    too_long = len(cleaned) > MAX_DIGITS and sum(c.isdigit() for c in cleaned) > MAX_DIGITS
    if too_long or not _DIGITS_FULL.match(cleaned):
        return None
    try:
        return Decimal(re.sub(r"[,\s\u00a0\u202f]", "", cleaned))
    except InvalidOperation:
        return None


_DECIMALS = re.compile(r"\.(\d+)")


def printed_decimals(text: str) -> int:
    """How many digits follow the decimal point in a printed number (``"4.44"`` -> 2)."""
    match = _DECIMALS.search(text) if "." in text else None
    return len(match.group(1)) if match else 0


def parse_scale(word: str) -> Decimal | None:
    """Return the multiplier of a scale word or abbreviation (``bn`` -> 1e9), else None.

    Single-letter abbreviations are case-sensitive where case decides: ``T`` and ``t`` (trillion),
    ``M``/``m``, ``B``/``b``, ``K``/``k`` are all accepted, as news copy writes them.
    """
    return SCALE_WORDS.get(word.lower())


def parse_words(text: str) -> Decimal | None:
    """Parse a number written in words.

    Handles cardinals up to the trillions ("one hundred and sixteen", "twenty-one",
    "3 million" is handled by :func:`parse_number`), "a dozen", "half a million",
    "two-thirds", "a quarter".

    Returns:
        The value, or None when the text is not a number in words.
    """
    spoken = [w for w in _WORD_SPLIT.split(text.lower().strip()) if w]
    if (
        len(spoken) >= 3
        and spoken[-1] in SCALE_WORDS
        and len(spoken[-1]) >= 4
        and spoken[-2] in _FRACTIONS
    ):  # "three quarters billion", "two and a half million": a fraction of the scale
        base = parse_words(" ".join(spoken[:-1]))
        return None if base is None else base * SCALE_WORDS[spoken[-1]]
    if len(spoken) >= 4 and spoken[-1] in _FRACTIONS and "and" in spoken[:-2]:
        # "one and a fourth", "one hundred and three quarters": a whole, then a fraction
        cut = len(spoken) - 1 - spoken[::-1].index("and")
        whole, part = parse_words(" ".join(spoken[:cut])), _fraction(spoken[cut + 1 :])
        if whole is not None and part is not None:
            of_scale = SCALE_WORDS.get(spoken[cut - 1], Decimal(1))
            if of_scale < 1000 or len(spoken[cut - 1]) < 4:
                of_scale = Decimal(1)  # "one hundred and three quarters": 100.75
            return whole + part * of_scale  # "two million and a half": 2,500,000
    if "of" in spoken:  # "three quarters of a billion": a fraction of a scale
        at = spoken.index("of")
        part, scale = parse_words(" ".join(spoken[:at])), parse_words(" ".join(spoken[at + 1 :]))
        if part is None or scale is None or not (0 < part < 1 and scale >= 100):
            return None
        return part * scale
    words = [w for w in spoken if w != "and"]
    if not words:
        return None
    if words[0] in {"a", "an"}:
        words = ["one", *words[1:]]
    # "half a million", "a half million", "half a dozen"
    if words[0] == "half" or (words[0] == "one" and len(words) > 1 and words[1] == "half"):
        rest = [w for w in words[1:] if w not in {"a", "an", "half"}]
        scale = Decimal(1)
        for w in rest:
            mult = _COUNT_WORDS.get(w) or (SCALE_WORDS.get(w) if len(w) >= 4 else None)
            if mult is None:
                return None
            scale *= mult
        return Decimal("0.5") * scale
    # "one and a half", "two and a half million" is not handled: a half after the whole
    if len(words) >= 3 and words[-2:] == ["a", "half"]:
        whole = parse_words(" ".join(words[:-2]))
        return None if whole is None else whole + Decimal("0.5")
    return _cardinal(words)


def _cardinal(words: list[str]) -> Decimal | None:
    """A cardinal of number words without "and": "one hundred sixteen", "three lakh crore"."""
    total = Decimal(0)
    current = Decimal(0)
    seen = False
    for index, w in enumerate(words):
        if w in _UNITS:
            tail = current % 100
            if not (tail == 0 or (tail % 10 == 0 and tail >= 20 and _UNITS[w] < 10)):
                return None  # "two-three years" is a range, "fifteen four" no number
            current += _UNITS[w]
        elif w in _TENS:
            if current % 100:
                return None  # "five twenty" is no number
            current += _TENS[w]
        elif w in _COUNT_WORDS:
            current = (current or Decimal(1)) * _COUNT_WORDS[w]
        elif w in _FRACTIONS and seen and index == len(words) - 1:
            return (total + current) * _FRACTIONS[w]
        elif w == "hundred":
            current = (current or Decimal(1)) * 100
        elif (
            w in SCALE_WORDS
            and len(w) >= 4
            and index > 0
            and words[index - 1] in SCALE_WORDS
            and words[index - 1] != "hundred"
            and current == 0
        ):
            total *= SCALE_WORDS[w]  # "three lakh crore": 3 x 1e5 x 1e7
        elif w in SCALE_WORDS and len(w) >= 4:
            total += (current or Decimal(1)) * SCALE_WORDS[w]
            current = Decimal(0)
        else:
            return None
        seen = True
    return total + current if seen else None


def _fraction(words: list[str]) -> Decimal | None:
    """A fraction of two words: "a fourth", "three quarters", "two thirds"."""
    if len(words) != 2 or words[1] not in _FRACTIONS:
        return None
    count = Decimal(1) if words[0] in {"a", "an", "one"} else _UNITS.get(words[0])
    return None if count is None else count * _FRACTIONS[words[1]]


def parse_number(text: str) -> Decimal | None:
    """Parse a number in digits or words, with an optional scale: the value fully scaled.

    Examples: ``"20.6 trillion"`` -> 2.06e13, ``"1.2bn"`` -> 1.2e9, ``"4.44T"`` -> 4.44e12,
    ``"816 000"`` -> 816000, ``"twenty-one"`` -> 21.

    Returns:
        The value, or None when the text is not a number.
    """
    cleaned = text.strip()
    value = parse_digits(cleaned)
    if value is not None:
        return value
    scaled = _SCALED.match(cleaned)
    if scaled:
        base = parse_digits(scaled.group(1))
        mult = parse_scale(scaled.group(2))
        if base is not None and mult is not None:
            return base * mult
        return None
    parts = cleaned.split(None, 1)
    if len(parts) == 2:
        base = parse_digits(parts[0])
        if base is not None:
            mult = parse_words(parts[1])
            return base * mult if mult is not None and mult >= 100 else None
    return parse_words(cleaned)
