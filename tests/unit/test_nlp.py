"""The spaCy pipeline as load_nlp builds it: which statistical components stay loaded."""

from __future__ import annotations

from spacy.language import Language
from tests.conftest import PAGES

from newsfacts.extract import load_nlp
from newsfacts.settings import Settings

_TAGGED = Settings(model_components=("tok2vec", "tagger", "ner"))


def test_load_nlp_drops_the_shared_tok2vec_nothing_listens_to(nlp: Language) -> None:
    # en_core_web_sm's ner embeds tokens itself; its shared tok2vec feeds the tagger and parser only
    assert "ner" in nlp.pipe_names
    assert "tok2vec" not in nlp.pipe_names


def test_load_nlp_keeps_tok2vec_when_a_kept_component_listens() -> None:
    tagged = load_nlp(_TAGGED)
    assert tagged.pipe_names.index("tok2vec") < tagged.pipe_names.index("tagger")
    assert tagged("Brightcup Cafés raised prices.")[0].tag_ != ""


def test_load_nlp_entities_do_not_depend_on_the_shared_tok2vec(nlp: Language) -> None:
    text = (PAGES / "techwire__2026-04-24__token-usage.txt").read_text(encoding="utf-8")
    lean = [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    tagged = [(e.start_char, e.end_char, e.label_) for e in load_nlp(_TAGGED)(text).ents]
    assert lean == tagged
    assert any(label == "ORG" for _, _, label in lean)


def test_the_parser_runs_on_figure_sentences_only(nlp: Language) -> None:
    # loaded for newsfacts_grammar, never part of the whole-text run
    assert {"tok2vec", "tagger", "parser"} <= set(nlp.disabled)
    assert "newsfacts_grammar" in nlp.pipe_names
    assert "newsfacts_grammar" not in load_nlp(Settings(subject_parser=False)).pipe_names
