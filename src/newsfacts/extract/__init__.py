"""Extract: CleanDocument -> facts, with a spaCy pipeline passed in explicitly."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.language import Language

from newsfacts.clean.document import CleanDocument
from newsfacts.errors import ExtractionError
from newsfacts.extract.assemble import assemble_facts
from newsfacts.extract.nlp import load_nlp, model_label
from newsfacts.facts import Fact

__all__ = ["Extraction", "extract_facts", "load_nlp", "model_label"]


@dataclass(frozen=True, slots=True)
class Extraction:
    """Facts of one document and the sentence spans they index into."""

    facts: list[Fact]
    sentences: list[tuple[int, int]]


def extract_facts(
    document: CleanDocument,
    nlp: Language,
    *,
    published: dt.date | None = None,
    relative_date_facts: bool = False,
) -> Extraction:
    """Run the pipeline over a cleaned document and assemble its facts.

    Raises:
        ExtractionError: a component failed on the document.
    """
    text = document.text
    try:
        doc = nlp.make_doc(text)
        doc._.newsfacts_published = published
        doc = nlp(doc)
        sentences = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
        facts = assemble_facts(
            doc,
            paragraph_starts=[start for start, _ in document.paragraph_spans],
            relative_date_facts=relative_date_facts,
        )
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ExtractionError(f"extraction failed: {type(exc).__name__}: {exc}") from exc
    return Extraction(facts=facts, sentences=sentences)
