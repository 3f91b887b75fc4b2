"""Build the spaCy pipeline.

A statistical model's ner (or a blank English pipeline), an EntityRuler fed from
``models/org_patterns.jsonl``, and the newsfacts components; the model's tok2vec, tagger and
parser are loaded disabled and run by ``newsfacts_grammar`` on the sentences that hold a figure.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from newsfacts.errors import ModelError
from newsfacts.extract import grammar as _grammar  # noqa: F401  (registers newsfacts_grammar)
from newsfacts.extract import name_windows as _name_windows  # noqa: F401  (registers its factory)
from newsfacts.extract import ruler as _ruler  # noqa: F401  (registers newsfacts_entity_ruler)
from newsfacts.facts import FACT_KINDS
from newsfacts.settings import Settings, default_assets_dir

__all__ = ["load_nlp", "model_label"]

_KNOWN_COMPONENTS = (
    "tok2vec",
    "tagger",
    "parser",
    "senter",
    "attribute_ruler",
    "lemmatizer",
    "ner",
    "morphologizer",
    "transformer",
    "trainable_lemmatizer",
)


def _read_patterns(path: Path) -> list[dict[str, object]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(f"cannot read organization patterns: {exc}", path=str(path)) from exc


def _read_list(path: Path, *, per_word: bool = False) -> list[str]:
    """The entries of a word list in ``models/``.

    One entry a line (one a word with ``per_word``); ``#`` comment lines are skipped.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ModelError(f"cannot read the word list {path.name}: {exc}", path=str(path)) from exc
    entries = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return [word for line in entries for word in line.split()] if per_word else entries


#: What the subject reader needs of a statistical pipeline (the embedding, the part-of-speech
#: tags and the dependency parse); kept disabled in the main run and called by
#: ``newsfacts_grammar`` on the sentences that hold a figure only.
_PARSING = ("tok2vec", "tagger", "parser")

#: Components that only compute embeddings for the components listening to them.
_EMBEDDERS = ("tok2vec", "transformer")


def _drop_idle_embedders(nlp: Language) -> None:
    """Remove a shared embedding layer that no kept component listens to.

    In the ``en_core_web_*`` pipelines the ``ner`` component embeds tokens itself; the shared
    ``tok2vec`` only feeds the tagger and the parser. Once those are excluded it would still run
    on every document (about a third of the statistical time) for nothing.
    """
    for name in _EMBEDDERS:
        if name in nlp.pipe_names:
            listeners = getattr(nlp.get_pipe(name), "listening_components", None)
            if listeners is not None and not listeners:
                nlp.remove_pipe(name)


def _load_base(settings: Settings) -> Language:
    if settings.model is None:
        return spacy.blank("en")
    wanted = (*settings.model_components, *(_PARSING if settings.subject_parser else ()))
    exclude = [c for c in _KNOWN_COMPONENTS if c not in wanted]
    try:
        nlp = spacy.load(settings.model, exclude=exclude)
    except (OSError, ImportError, ValueError) as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {settings.model!r}: {exc}. Install it (`make run` "
            "installs the default one), or run rules only: `--model none` on the command line, "
            "Settings(model=None) in Python"
        ) from exc
    _drop_idle_embedders(nlp)
    return nlp


#: Em dashes glued to words ("Marines—“The Walking Dead") split into their own tokens, and so
#: does a quotation mark after one, so that names end where the dash begins.
_DASH_INFIXES = (r"—", r"(?<=—)[“\"‘]")


def _split_dashes(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        infixes = [*(nlp.Defaults.infixes or []), *_DASH_INFIXES]
        tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


#: How far from a word's end the tokenizer's suffix pattern is first tried (see :class:`TailSuffix`).
SUFFIX_REACH = 64


class TailSuffix:
    """spaCy's suffix search, tried first on the last :data:`SUFFIX_REACH` characters of a word.

    The tokenizer peels a word's suffixes one at a time and searches the whole rest of the word
    each time (its pattern is a ``$``-anchored alternation tried from every position): a word
    of 50,000 quotation marks took minutes, its time growing with the square of its length.
    Every suffix is shorter than the reach except a run of dots; a match starting after the
    reach's first character is the one the whole search finds (a look-behind still sees the
    characters before it), and one starting right there, which may run on further back, is
    searched again in the whole word. The same tokens, in time linear in the word.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def __call__(self, word: str) -> re.Match[str] | None:
        """The suffix match of ``word``, as ``pattern.search(word)`` finds it."""
        start = len(word) - SUFFIX_REACH
        if start <= 0:
            return self.pattern.search(word)
        match = self.pattern.search(word, start)
        if match is not None and match.start() == start:
            return self.pattern.search(word)
        return match


def _linear_suffixes(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer) and tokenizer.suffix_search is not None:
        pattern = getattr(tokenizer.suffix_search, "__self__", None)
        if isinstance(pattern, re.Pattern):
            tokenizer.suffix_search = TailSuffix(pattern)
        nlp.tokenizer = LongWords(tokenizer)


#: The longest run of characters without a space the tokenizer reads at once (see LongWords).
LONGEST_WORD = 1_000
_LONG_WORD = re.compile(rf"(?<!\S)\S{{{LONGEST_WORD + 1},}}")


class LongWords:
    """spaCy's tokenizer, reading a run of non-space characters in parts of LONGEST_WORD.

    spaCy peels a word's prefixes and suffixes one at a time and, for each, copies and hashes
    the rest of the word: a word of 40,000 quotation marks took seconds, growing with the
    square of its length. A word longer than a long URL is no word; cut into parts, its tokens
    are those of the parts (the text and every offset unchanged), in linear time. Text without
    such a run is tokenized as spaCy does, in one call.
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer

    def __getattr__(self, name: str) -> object:
        """What is not the wrapper's is the tokenizer's (``vocab``, ``suffix_search`` ...)."""
        if name == "tokenizer" or name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def __call__(self, text: str) -> Doc:
        """The tokens of ``text``, a run longer than :data:`LONGEST_WORD` read in parts."""
        cuts = [
            cut
            for run in _LONG_WORD.finditer(text)
            for cut in range(run.start() + LONGEST_WORD, run.end(), LONGEST_WORD)
        ]
        if not cuts:
            return cast(Doc, self.tokenizer(text))
        bounds = [0, *cuts, len(text)]
        parts = [self.tokenizer(text[a:b]) for a, b in pairwise(bounds)]
        return Doc.from_docs(parts, ensure_whitespace=False)


def _runs_everywhere(nlp: Language, name: str, settings: Settings) -> bool:
    """Whether a component runs on the whole text rather than on figure sentences only.

    It was asked for in ``model_components`` and, for an embedder, a component of the
    whole-text run listens to it.
    """
    if name not in settings.model_components:
        return False
    listeners = getattr(nlp.get_pipe(name), "listening_components", None)
    return listeners is None or any(c in settings.model_components for c in listeners)


def _read_name_windows(nlp: Language) -> None:
    """Let the model's recogniser read only the stretches that may hold a name.

    Not when the recogniser listens to a shared embedding layer: that layer reads the whole
    text, and the recogniser must see the same tokens.
    """
    if "ner" not in nlp.pipe_names:
        return
    for name in _EMBEDDERS:
        if name in nlp.pipe_names:
            if "ner" in (getattr(nlp.get_pipe(name), "listening_components", None) or []):
                return
    recogniser = nlp.get_pipe("ner")
    nlp.replace_pipe("ner", "newsfacts_name_windows")
    nlp.get_pipe("ner").recogniser = recogniser  # type: ignore[attr-defined]


#: The entity ruler's factory: spaCy's, reading run-then-suffix patterns in one pass.
_RULER = "newsfacts_entity_ruler"


@lru_cache(maxsize=4)
def load_nlp(settings: Settings | None = None) -> Language:
    """Build (once per settings) the newsfacts spaCy pipeline.

    Raises:
        ModelError: the statistical model or the pattern assets cannot be loaded.
    """
    settings = settings or Settings()
    assets = settings.assets_dir or default_assets_dir()
    nlp = _load_base(settings)
    _split_dashes(nlp)
    _linear_suffixes(nlp)
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    nlp.add_pipe("sentencizer", before=first) if first else nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsfacts_paragraph_breaks", after="sentencizer")
    ruler_config = {"overwrite_ents": True}
    if "ner" in nlp.pipe_names:
        ruler = nlp.add_pipe(_RULER, name="entity_ruler", before="ner", config=ruler_config)
    else:
        ruler = nlp.add_pipe(_RULER, name="entity_ruler", config=ruler_config)
    ruler.add_patterns(_read_patterns(assets / "org_patterns.jsonl"))  # type: ignore[attr-defined]
    if settings.ner_name_windows:
        _read_name_windows(nlp)
    nlp.add_pipe(
        "newsfacts_org_filter",
        config={
            "stoplist": _read_list(assets / "org_stoplist.txt"),
            "first_names": _read_list(assets / "first_names.txt", per_word=True),
            "places": _read_list(assets / "places.txt"),
            "acronyms": _read_list(assets / "org_acronyms.txt"),
        },
    )
    nlp.add_pipe("newsfacts_dates")
    nlp.add_pipe("newsfacts_numbers", config={"written_numbers": settings.written_number_facts})
    if settings.subject_parser and "parser" in nlp.pipe_names:
        for name in _PARSING:
            if name in nlp.pipe_names and not _runs_everywhere(nlp, name, settings):
                nlp.disable_pipe(name)  # run by newsfacts_grammar on figure sentences only
        nlp.add_pipe(
            "newsfacts_grammar",
            config={
                "budget": settings.parse_budget_chars,
                "crowded": settings.crowded_sentence_facts,
            },
        )
    finders = {kind.label: kind.finder for kind in FACT_KINDS if kind.finder}
    if finders:  # kinds with their own finder read what the components above left
        nlp.add_pipe("newsfacts_kinds", config={"finders": finders})
    return nlp


def model_label(nlp: Language) -> str | None:
    """Name and version of the statistical pipeline under ``nlp``, None for rules only."""
    if "ner" not in nlp.pipe_names:
        return None
    return _label(nlp)


@lru_cache(maxsize=8)
def _label(nlp: Language) -> str:
    # ``nlp.meta`` is rebuilt on every read (1.5 ms, read once a page): read once a pipeline
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '?')}"
