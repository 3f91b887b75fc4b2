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


def test_the_parse_budget_leaves_later_figures_to_the_patterns() -> None:
    from newsfacts.extract.grammar import PARSED

    sentence = "Coal output at the northern mine fell 12% to 40,000 tons in the year."
    text = " ".join([sentence] * 10)
    whole = load_nlp(Settings(parse_budget_chars=None))(text)._.get(PARSED)
    budgeted = load_nlp(Settings(parse_budget_chars=3 * len(sentence) + 5))(text)._.get(PARSED)
    assert len(whole) == 20  # two figures a sentence, every one parsed
    first_three = {key for key in whole if key[0] < 3 * (len(sentence) + 1)}
    assert set(budgeted) == first_three
    assert all(budgeted[key] == whole[key] for key in first_three)
    assert len(first_three) == 6


def test_the_grammar_reads_the_same_subjects_for_docs_parsed_together(nlp: Language) -> None:
    from newsfacts.extract.grammar import PARSED

    texts = [
        "Revenue at the bakery chain rose 5% to $3 million. It hired 40 bakers.",
        "No figure here at all.",
        "Tablets (27%) and phones (41%) made up most of the sales of 2.4 million devices.",
    ]
    names = nlp.pipe_names
    upto = names[names.index("newsfacts_grammar") :]
    grammar = nlp.get_pipe("newsfacts_grammar")
    alone = [grammar(nlp(t, disable=upto))._.get(PARSED) for t in texts]
    together = [
        d._.get(PARSED) for d in grammar.pipe((nlp(t, disable=upto) for t in texts), batch_size=2)
    ]
    assert together == alone
    assert alone[1] == {}
    assert len(alone[0]) == 3
    assert len(alone[2]) == 3


def test_a_period_that_ends_an_abbreviation_starts_no_sentence(nlp: Language) -> None:
    doc = nlp("The trunk holds 21.7 cu.ft. in total. Fold the seats, approx. a minute.\n\nnext.")
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences == [
        "The trunk holds 21.7 cu.ft. in total.",
        "Fold the seats, approx. a minute.",
        "next.",  # a paragraph break still starts one, whatever its case
    ]
