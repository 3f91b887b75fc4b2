"""Extract: CleanDocument -> facts, with a spaCy pipeline passed in explicitly."""

from __future__ import annotations

import datetime as dt
from contextlib import nullcontext
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.clean.document import CleanDocument
from newsfacts.errors import ExtractionError
from newsfacts.extract.assemble import assemble_facts
from newsfacts.extract.components import (
    day_first_locale,
    doc_text,
    local_dollar,
    sentence_spans,
)
from newsfacts.extract.name_windows import NameWindows, copies
from newsfacts.extract.nlp import load_nlp, model_label
from newsfacts.facts import Fact

__all__ = [
    "NER_COMPONENTS",
    "Extraction",
    "extract_facts",
    "extract_many",
    "load_nlp",
    "model_label",
    "runs_ner",
]

#: Components that find organizations; English-only, so skipped for text in other languages.
#: (``tok2vec`` is listed for pipelines whose ``ner`` listens to it; the default drops it.)
NER_COMPONENTS = ("tok2vec", "entity_ruler", "ner", "newsfacts_org_filter")
#: What is skipped for text in another language: the organizations, and the subject parse
#: (an English parser reads no grammar from German: "nicht dazu", "wäre" were its subjects).
_ENGLISH_ONLY = (*NER_COMPONENTS, "newsfacts_grammar")


def runs_ner(language: str | None) -> bool:
    """Whether organizations are extracted for text in ``language`` (unknown counts as English)."""
    return language in (None, "en")


def _skipped(nlp: Language, language: str | None) -> list[str]:
    if runs_ner(language):
        return []
    return [name for name in _ENGLISH_ONLY if name in nlp.pipe_names]


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

    Numbers and dates are found in any language; organizations, and subjects read from the
    parse, only in English text (see :func:`runs_ner`), judged by ``document.metadata.language``.

    Raises:
        ExtractionError: a component failed on the document.
    """
    try:
        skip = _skipped(nlp, document.metadata.language)
        prepared = _prepared(document, nlp, published)
        if len(prepared) > PIECE_TOKENS and any(n in nlp.pipe_names for n in _IN_PIECES):
            doc = _run_in_pieces(nlp, prepared, skip)
        else:
            doc = nlp(prepared, disable=skip)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ExtractionError(f"extraction failed: {type(exc).__name__}: {exc}") from exc
    return _assembled(doc, document, relative_date_facts)


#: The components whose memory grows with the length of the document they see: the statistical
#: ones, and the entity ruler (its matches are collected for the whole document at once).
_IN_PIECES = ("entity_ruler", "tok2vec", "ner")
#: Long documents meet the statistical components in pieces of about this many tokens (cut at
#: sentence ends): their memory stays that of a page this long, however long the document.
PIECE_TOKENS = 5_000


def _run_in_pieces(nlp: Language, doc: Doc, skip: list[str]) -> Doc:
    """Run the pipeline over a long document, the heavy components piece by piece.

    The other rule components see the whole document (they are linear and light). The entity
    ruler, ``tok2vec`` and ``ner`` see copies of sentence-aligned pieces (the networks only those
    with a capital letter); the entities found in
    each (the ruler's, which the recogniser keeps, and the recogniser's) are put back in place. The recogniser
    reads a few tokens of context either side, so pieces cut at sentence ends find what the
    whole document would.
    """
    pending: list[tuple[str, object]] = []
    for name, component in nlp.pipeline:
        if name in skip:
            continue
        if name in _IN_PIECES:
            pending.append((name, component))
            continue
        if pending:
            doc = _networks_in_pieces(doc, pending)
            pending = []
        doc = component(doc)
    if pending:
        doc = _networks_in_pieces(doc, pending)
    return doc


#: The networks that recognise names: a piece with no capital letter (a figure table in lower
#: case, a run of digits) holds no name they would find, and skips them.
_NAME_NETWORKS = ("tok2vec", "ner")


def _networks_in_pieces(doc: Doc, components: list[tuple[str, object]]) -> Doc:
    from spacy.tokens import Span

    found: list[Span] = []
    spans = _pieces(doc)
    windows = [c for _, c in components if isinstance(c, NameWindows)]
    with windows[0].one_document() if windows else nullcontext():
        text = doc_text(doc)  # read once: a piece's own ``.text`` is rebuilt from its tokens
        for (start, end), piece in zip(spans, copies(doc, spans, sentences=True), strict=True):
            words = text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])]
            nameless = words.lower() == words  # no capital letter: no name to recognise
            for name, component in components:
                if nameless and name in _NAME_NETWORKS:
                    continue
                piece = component(piece)  # type: ignore[operator]
            found.extend(
                Span(doc, start + e.start, start + e.end, label=e.label, span_id=e.id)
                for e in piece.ents
            )
    # an entity of the ruler that crossed a cut was dropped from both pieces: it comes back
    taken = {i for span in found for i in range(span.start, span.end)}
    for ent in doc.ents:
        if not taken.intersection(range(ent.start, ent.end)):
            found.append(ent)
    doc.ents = sorted(found, key=lambda span: span.start)
    return doc


def _pieces(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of about ``PIECE_TOKENS``, each ending at a sentence end.

    A sentence longer than a piece is cut where the piece is full.
    """
    pieces: list[tuple[int, int]] = []
    start = 0
    last_end = 0
    for sentence in doc.sents:
        if sentence.end - start > PIECE_TOKENS and last_end > start:
            pieces.append((start, last_end))
            start = last_end
        while sentence.end - start > PIECE_TOKENS:
            pieces.append((start, start + PIECE_TOKENS))
            start += PIECE_TOKENS
        last_end = sentence.end
    if start < len(doc):
        pieces.append((start, len(doc)))
    return pieces


#: The most tokens the networks see in one batch of documents: their working memory follows
#: the tokens of a batch (16 pages of 5,000 words took a worker from 190 to 430 MB).
BATCH_TOKENS = 2 * PIECE_TOKENS


def _token_batches(docs: list[tuple[int, Doc]], most: int) -> list[list[tuple[int, Doc]]]:
    """``docs`` in order, in batches of at most ``most`` documents and :data:`BATCH_TOKENS`."""
    batches: list[list[tuple[int, Doc]]] = []
    tokens = 0
    for item in docs:
        if not batches or len(batches[-1]) >= most or tokens + len(item[1]) > BATCH_TOKENS:
            batches.append([])
            tokens = 0
        batches[-1].append(item)
        tokens += len(item[1])
    return batches


def _prepared(document: CleanDocument, nlp: Language, published: dt.date | None) -> Doc:
    doc = nlp.make_doc(document.text)
    doc._.newsfacts_published = published
    doc._.newsfacts_language = document.metadata.language
    doc._.newsfacts_dollar = local_dollar(
        document.metadata.canonical_url, document.metadata.language
    )
    doc._.newsfacts_day_first = day_first_locale(
        document.metadata.language, document.metadata.canonical_url
    )
    return doc


def _assembled(doc: Doc, document: CleanDocument, relative_date_facts: bool) -> Extraction:
    try:
        sentences = list(sentence_spans(doc))
        facts = assemble_facts(
            doc,
            paragraph_starts=[start for start, _ in document.paragraph_spans],
            relative_date_facts=relative_date_facts,
        )
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ExtractionError(f"extraction failed: {type(exc).__name__}: {exc}") from exc
    return Extraction(facts=facts, sentences=sentences)


def extract_many(
    items: list[tuple[CleanDocument, dt.date | None]],
    nlp: Language,
    *,
    relative_date_facts: bool = False,
    batch_size: int = 32,
) -> list[Extraction | ExtractionError]:
    """Extract several documents at once with ``nlp.pipe`` (faster than one by one).

    Returns one result per document, in order: its Extraction, or the ExtractionError it raised.
    When the batch as a whole fails, the documents are retried one by one so that one bad
    document costs only itself.
    """
    try:
        docs: list[Doc | None] = [None] * len(items)
        groups: dict[tuple[str, ...], list[int]] = {}
        for index, (document, _) in enumerate(items):
            key = tuple(_skipped(nlp, document.metadata.language))
            groups.setdefault(key, []).append(index)
        networks = any(n in nlp.pipe_names for n in _IN_PIECES)
        for skip, indexes in groups.items():
            short: list[tuple[int, Doc]] = []
            for i in indexes:
                prepared = _prepared(items[i][0], nlp, items[i][1])
                if networks and len(prepared) > PIECE_TOKENS:
                    docs[i] = _run_in_pieces(nlp, prepared, list(skip))  # memory stays bounded
                else:
                    short.append((i, prepared))
            for batch in _token_batches(short, batch_size):
                piped = nlp.pipe((d for _, d in batch), batch_size=len(batch), disable=list(skip))
                for (index, _), piped_doc in zip(batch, piped, strict=True):
                    docs[index] = piped_doc
    except (ValueError, KeyError, IndexError, TypeError):
        results: list[Extraction | ExtractionError] = []
        for document, published in items:
            try:
                results.append(
                    extract_facts(
                        document, nlp, published=published, relative_date_facts=relative_date_facts
                    )
                )
            except ExtractionError as exc:
                results.append(exc)
        return results
    out: list[Extraction | ExtractionError] = []
    for doc, (document, _) in zip(docs, items, strict=True):
        try:
            if doc is None:  # cannot happen: every index is in one group
                raise ExtractionError("extraction failed: document was not processed")
            out.append(_assembled(doc, document, relative_date_facts))
        except ExtractionError as exc:
            out.append(exc)
    return out
