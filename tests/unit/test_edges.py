"""Edge-anchored phrase patterns: the same matches as the plain pattern, found only where they can be."""

from __future__ import annotations

import random
import re

import pytest

from newsfacts.extract import links, mentions, roles
from newsfacts.extract.edges import EndPhrases, StartPhrases, first_word, fold, last_word
from newsfacts.extract.lexicon import CURRENCY_WORDS, QUALIFIERS


def _same(found: re.Match[str] | None, plain: re.Match[str] | None) -> bool:
    if found is None or plain is None:
        return found is plain
    return found.span() == plain.span() and found.groups() == plain.groups()


@pytest.mark.parametrize(
    ("text", "last", "first"),
    [
        ("rose as much as ", "as", "rose"),
        ("  fell by (about\t", "about", "fell"),
        ("", "", ""),
        ("   ", "", ""),
        ("5 kg", "kg", "5"),
        ("euros, then", "then", "euros"),
        ("(U.S. dollars)", "dollars", "U"),
        ("ranked No. ", "No", "ranked"),
        ("...", "", ""),
        ("snake_case_word  ", "snake_case_word", "snake_case_word"),
        ("Zürich", "Zürich", "Zürich"),
    ],
)
def test_edge_words(text: str, last: str, first: str) -> None:
    assert last_word(text) == last
    assert first_word(text) == first


def test_fold_maps_what_case_insensitive_matching_takes_for_ascii() -> None:
    assert fold("İndia") == fold("ındia") == "india"
    assert fold("ſome") == "some"
    assert fold("\u212aG") == "kg"
    assert fold("ABOUT") == "about"


def test_a_phrase_must_hold_a_word_character() -> None:
    pattern = re.compile(r"x")
    with pytest.raises(ValueError, match="holds no word character"):
        EndPhrases(pattern, ["about", "..."])
    with pytest.raises(ValueError, match="holds no word character"):
        StartPhrases(pattern, ["$"])
    with pytest.raises(ValueError, match="holds no word character"):
        EndPhrases.build([""])


def test_build_joins_the_phrases_in_order_with_any_whitespace_inside() -> None:
    table = EndPhrases.build(["zip code", "No.", "Apt.", "Apt"], flags=0)
    assert table.pattern.pattern == r"\b(?:zip\s+code|No\.|Apt\.|Apt)\s+$"
    assert table.search("the zip\tcode ") is not None
    assert table.search("ranked No. ") is not None
    assert table.search("the zip codes ") is None


#: Pieces the random texts are made of: the phrases' own words, words that share their edges,
#: letters that fold onto ASCII under case-insensitive matching, and every kind of separator.
_PIECES = [
    "as", "much", "more", "than", "at", "least", "about", "nearly", "some", "just", "over",
    "estimated", "an", "up", "to", "awesome", "thanks", "leastwise", "euro", "euros", "yen",
    "won", "wonder", "dollar", "dollars", "u.s.", "U.S.", "Hong", "Kong", "rand", "ſome",
    "İn", "ın", "\u212aip", "kip", "AS", "Much", "ABOUT", "5", "3.2", "kg", "%", "(", ")", ",",
    "-", "'", "_", "é",
]  # fmt: skip
_SPACES = [" ", "  ", "\t", "\n", "\u00a0", "", "\u2009"]


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(0, 6))]
        texts.append("".join(w + rng.choice(_SPACES) for w in words))
    return texts


#: Letters case-insensitive matching takes for an ASCII one, and a letter it does not.
_LOOKALIKES = {"s": "ſ", "k": "\u212a", "i": "ı", "I": "İ", "a": "á"}


def _garbled(rng: random.Random, phrase: str) -> str:
    """``phrase`` with random case, separators and look-alike letters."""
    out = []
    for char in phrase:
        if char == " ":
            out.append(rng.choice(_SPACES))
        elif rng.random() < 0.05:
            out.append(_LOOKALIKES.get(char, char))
        else:
            out.append(char.upper() if rng.random() < 0.3 else char)
    return "".join(out)


def _phrase_texts(seed: int, phrases: list[str], *, at_end: bool) -> list[str]:
    """Random texts ending (or, not ``at_end``, beginning) with a garbled phrase."""
    rng = random.Random(seed)
    texts = []
    for random_text in _random_texts(seed, 20_000):
        phrase = _garbled(rng, rng.choice(phrases))
        edge = rng.choice(_SPACES)
        texts.append(random_text + phrase + edge if at_end else edge + phrase + random_text)
    return texts


def _hits_as_plain(table: EndPhrases | StartPhrases, texts: list[str]) -> int:
    """Assert ``table`` finds what its plain pattern finds in each text; count the matches."""
    hits = 0
    for text in texts:
        if isinstance(table, EndPhrases):
            found, plain = table.search(text), table.pattern.search(text)
        else:
            found, plain = table.match(text), table.pattern.match(text)
        assert _same(found, plain), text
        hits += plain is not None
    return hits


@pytest.mark.parametrize(
    ("table", "phrases", "at_end"),
    [
        (links._HEDGE_AT_END, links._HEDGES_OF_WORDS, True),
        (mentions._QUALIFIER, list(QUALIFIERS), True),
        (mentions._CURRENCY_WORD, list(CURRENCY_WORDS), False),
    ],
    ids=["hedges", "qualifiers", "currency words"],
)
def test_phrase_tables_match_as_their_plain_patterns(
    table: EndPhrases | StartPhrases, phrases: list[str], at_end: bool
) -> None:
    texts = _random_texts(1, 30_000) + _phrase_texts(4, phrases, at_end=at_end)
    assert _hits_as_plain(table, texts) > 3_000  # the texts reach the phrases, not only misses


def test_a_miss_is_decided_by_the_edge_word() -> None:
    """Texts whose edge word opens or closes no phrase are answered without the pattern."""

    class Refusing:
        def search(self, text: str) -> None:
            raise AssertionError(f"the pattern ran on {text!r}")

        match = search

    end = EndPhrases(re.compile("x"), ["as much as", "about"])
    end.pattern = Refusing()  # type: ignore[assignment]
    assert end.search("5 kg 5 kg ") is None
    assert end.search("rose as much ") is None
    start = StartPhrases(re.compile("x"), ["euros", "hong kong dollars"])
    start.pattern = Refusing()  # type: ignore[assignment]
    assert start.match(" kg 5") is None
    assert start.match("kong dollars") is None


@pytest.mark.parametrize("name", ["ranked", "scale_label", "label_before"])
def test_role_rules_before_a_number_match_as_their_plain_patterns(name: str) -> None:
    left = next(rule[2] for rule in roles.CONTEXT_RULES if rule[0] == name)
    assert isinstance(left, EndPhrases)
    phrases = sorted(set(_phrases_of(left.pattern.pattern)))
    texts = _random_texts(7, 10_000) + _phrase_texts(8, phrases, at_end=True)
    assert _hits_as_plain(left, texts) > 2_000


def _phrases_of(pattern: str) -> list[str]:
    """The phrases of a ``\\b(?:a|b\\s+c)\\s+$`` pattern, as printed."""
    inner = pattern.removeprefix(r"\b(?:").removesuffix(r")\s+$")
    return [p.replace(r"\s+", " ").replace("\\", "") for p in inner.split("|")]


def test_the_basis_gate_holds_every_basis_match() -> None:
    """A text the gate finds nothing in holds no match of any basis pattern."""
    from newsfacts.extract.lexicon import BASIS_GATE, BASIS_PATTERNS

    phrases = [
        "week-over-week", "Month on Month", "q/o/q", "QoQ", "sequentially", "y/y", "YOY",
        "from a year earlier", "on the year", "from one month ago", "from a week before",
        "from the quarter earlier", "annualised", "Annualized", "w/ow", "mom",
    ]  # fmt: skip
    texts = _random_texts(9, 20_000) + _phrase_texts(10, phrases, at_end=True)
    hits = 0
    for text in texts:
        matched = any(pattern.search(text) for pattern, _ in BASIS_PATTERNS)
        assert not matched or BASIS_GATE.search(text), text
        hits += matched
    assert hits > 3_000


@pytest.mark.parametrize(
    ("name", "phrases"),
    [
        ("_PART_BEFORE", ["including", "includes", "among them", "of which", "of whom"]),
        (
            "_COUNTED_BEFORE",
            [
                "the troop presence draws down to",
                "staff numbers stood at about",
                "its headcount levels reached nearly",
                "the troop levels of some",
            ],
        ),
        ("_CAPACITY_BEFORE", ["the tap room seats", "the firm employs some", "seats nearly"]),
        (
            "_COMPARED",
            [
                "lower than the",
                "from",
                "versus",
                "vs.",
                "followed by about",
                "with a peak of",
                "against just over",
                "and to",
            ],
        ),
        (
            "_MULTIPLE_BEFORE",
            [
                "a P/E of",
                "P/E",
                "price-to-earnings ratio of about",
                "a multiple near",
                "multiple of just under",
                "price to earnings is roughly",
            ],
        ),
    ],
)
def test_unit_rules_before_a_figure_match_as_their_plain_patterns(
    name: str, phrases: list[str]
) -> None:
    from newsfacts.extract import assemble

    table = getattr(assemble, name)
    assert isinstance(table, EndPhrases)
    texts = _random_texts(11, 10_000) + _phrase_texts(12, phrases, at_end=True)
    assert _hits_as_plain(table, texts) > 5  # _COUNTED_BEFORE is case-sensitive: few hits
