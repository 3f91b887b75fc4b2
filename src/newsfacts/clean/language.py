"""Which language an article body is in: writing system first, then common function words.

Offline and dependency-free. Latin-script languages are told apart by the share of their most
frequent function words (articles, prepositions, conjunctions); other scripts by the script alone
(Cyrillic is Russian unless Ukrainian letters appear). Too little text, or no language clearly
ahead, gives ``None``: the caller keeps what the page declared.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["ENGLISH", "detect_language", "language_of"]

#: The language the statistical pipeline and the word lexicons are built for.
ENGLISH = "en"

#: Function words, chosen to be frequent in one language and rare as words of the others.
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of to in is that for with was on are as by this from have has were which",
        "de": "der die das und ist nicht mit den von zu sich auf für dem des ein eine auch wurde",
        "fr": "le la les et des est une dans pour que qui sur pas par du au avec sont cette été",
        "es": "el los las del que por una con para está según pero sus más como fue han entre",
        "it": "il della che per una sono con gli nel alla delle anche più dei è stato dal questo",
        "nl": "het een van en de niet dat met voor zijn wordt ook op aan bij naar werd heeft",
        "pt": "os uma do da em não para com que mais dos das pelo pela foi são está também",
        "sv": "och att det som är för på med av inte har till en ett den var om också",
        "da": "og at det som er for på med af ikke har til en et den var om også blev",
        "pl": "i w na nie się że jest do z to jak od po przez oraz być tym który",
        "tr": "ve bir bu için ile da de olarak çok daha olan gibi kadar ama sonra",
    }.items()
}
_WORD = re.compile(r"[^\W\d_]+")
#: Scripts with one language (or one dominant language) among news sites.
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),  # kana: Japanese even when mixed with kanji
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
)
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
#: Read at most this much text (enough to decide; bounded work on huge pages).
_SAMPLE = 20_000
_MIN_WORDS = 12
#: One function word tells no language: English prose has Italian's "per" ("$17.99 per month").
_MIN_HITS = 2


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when it cannot be told.

    >>> detect_language("The council said on Monday that the new bridge will open in the spring.")
    'en'
    """
    sample = text[:_SAMPLE]
    letters = Counter[str]()
    for lang, pattern in _SCRIPTS:
        letters[lang] = len(pattern.findall(sample))
    latin = len(_LATIN.findall(sample))
    if letters["ja"] and letters["ja"] >= 0.05 * (letters["ja"] + letters["zh"]):
        letters["ja"] += letters.pop("zh")  # kanji with kana: Japanese
    script, count = letters.most_common(1)[0]
    if count > latin:
        if script == "ru" and _UKRAINIAN.search(sample):
            return "uk"
        return script if count >= 20 else None
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < _MIN_WORDS:
        return None
    hits = Counter[str]()
    for word in words:
        for lang, stopwords in _STOPWORDS.items():
            if word in stopwords:
                hits[lang] += 1
    ranked = hits.most_common(2)
    if not ranked:
        return None
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if score < _MIN_HITS or score / len(words) < 0.05 or score < 1.5 * runner_up:
        return None
    return best


def language_of(text: str, declared: str | None) -> str | None:
    """The article's language: detected from its text, else what the page declared."""
    return detect_language(text) or declared
