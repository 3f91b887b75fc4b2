"""Where the model's recogniser reads: the stretches of a document that may hold a name.

The statistical recogniser (``ner``) is the costliest step of the pipeline, and everything the
pipeline takes from it is a name: organizations, the people and places that veto them, the
products and works that make a number an identifier. A name holds a capital letter. So the
recogniser reads only the tokens that may begin a name, with a window of context either side,
and not the rest (sentences of figures, lower-case prose, tables of numbers).

A token *may name* when it holds a capital letter and is none of these:

* a calendar word ("May", "Tuesday"): dates are read by rules;
* "I";
* the first word of a sentence, of a quotation or of a clause after a colon or dash ("The",
  "But", "Sales" in "Sales rose 5%") when its lower-case form is a stop word or is written in
  lower case elsewhere in the same document.

Each such token is read with :data:`WINDOW` tokens either side within its sentence (a name runs
on over its capitalised words, each of which is read too). The recogniser's network looks four
tokens either side of a token, so each stretch is given to it with :data:`MARGIN` tokens of the
text around it, and stretches closer than two margins are read as one: a name inside a stretch
is read as in the whole text. What it finds in a margin alone is dropped (that text holds no
name). A name's lower-case words ("Bank *of* America", "Society *for the* Prevention") each
stand next to a capitalised one, so one token either side is the window: on the corpus's 206
pages the output is the same as with two (every fact of every page), and the recogniser reads
51 % of the tokens of the English ones (55 % with two).

A stretch longer than :data:`PIECE` tokens is read in pieces, cut at a sentence start where it
has one (else after punctuation or before a lower-case word), and a piece the document repeats
word for word, with the same entities in it, is read once: text made only of names repeated
("Acme's Acme's ...", "Acme Inc Inc ...") costs the recogniser a few pieces, not its length.
Only within one document: what a page gave is never reused for another.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Protocol

from spacy.attrs import NORM, ORTH, SENT_START, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsfacts.vocab import MONTHS, WEEKDAYS

__all__ = ["MARGIN", "PIECE", "WINDOW", "NameWindows", "copies", "name_windows"]

#: Tokens read either side of a token that may name (the recogniser's context is :data:`MARGIN`).
WINDOW = 1
#: Tokens of the text around a stretch the recogniser also sees (its network's reach).
MARGIN = 4
#: The most tokens of a stretch read as one piece (a longer stretch is cut).
PIECE = 256
#: Capitalised words of the calendar, read by the date rules and never part of a name the
#: recogniser must find for the pipeline (a name such as "March of Dimes" holds another).
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
#: Tokens after which a capital letter is the writing's, not a name's.
_OPENERS = frozenset({'"', "“", "‘", "'", "«", ":", "—", "–", "-", "(", "[", "•", "·", "*"})


def _may_name(token_text: str, lower: str, opening: bool, written_lower: set[str]) -> bool:
    if token_text == "I" or lower in _CALENDAR:
        return False
    return not (opening and (lower in STOP_WORDS or lower in written_lower))


def name_windows(doc: Doc, *, window: int = WINDOW, most: int = PIECE) -> list[tuple[int, int]]:
    """Token ranges of ``doc`` the recogniser reads, in order, disjoint, each at most ``most``.

    Ranges closer than two :data:`MARGIN` are joined (the recogniser then sees the text between
    them as it did in the whole text); a range longer than ``most`` is cut (:func:`_cuts`).
    """
    written_lower = {t.text for t in doc if t.is_lower}
    ranges: list[tuple[int, int]] = []
    sentences = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    for sentence in sentences:
        hits: list[int] = []
        opening = True
        for token in sentence:
            text = token.text
            if not any(c.isalnum() for c in text):
                opening = opening or text in _OPENERS
                continue
            if any(c.isupper() for c in text):
                if _may_name(text, text.lower(), opening, written_lower):
                    hits.append(token.i)
            opening = False
        for i in hits:
            _add(ranges, max(sentence.start, i - window), min(sentence.end, i + window + 1))
    return [piece for start, end in ranges for piece in _cuts(doc, start, end, most)]


def _cuts(doc: Doc, start: int, end: int, most: int) -> Iterator[tuple[int, int]]:
    """``start:end`` in pieces of at most ``most`` tokens, each cut at the best place it has.

    In the second half of a piece's reach, the last sentence start is the best place to cut,
    then the last token after punctuation, then the last before a lower-case word; where there
    is none, the piece is cut where it is full. The same text gives the same cuts.
    """
    sentences = doc.has_annotation("SENT_START")
    while end - start > most:
        cut, rank = start + most, 0
        for i in range(start + most, start + most // 2, -1):
            token = doc[i]
            if sentences and token.is_sent_start:
                cut, rank = i, 3
                break
            if rank < 2 and not any(c.isalnum() for c in doc[i - 1].text):
                cut, rank = i, 2
            elif rank < 1 and token.is_lower:
                cut, rank = i, 1
        yield start, cut
        start = cut
    yield start, end


def _add(ranges: list[tuple[int, int]], start: int, end: int) -> None:
    """Append ``start:end`` to ordered ``ranges``, joining it to the last when they are close."""
    if ranges and start <= ranges[-1][1] + 2 * MARGIN:
        ranges[-1] = (ranges[-1][0], max(ranges[-1][1], end))
    else:
        ranges.append((start, end))


class _Recogniser(Protocol):
    def pipe(self, stream: Iterable[Doc], *, batch_size: int = ...) -> Iterator[Doc]: ...


#: The most tokens the recogniser reads in one batch (its working memory follows them).
_BATCH_TOKENS = 10_000
#: The most pieces whose names are remembered (about 10 KB each); past it the memory is cleared.
_REMEMBERED = 2_000
#: A name the recogniser found in a piece: its token offsets in the piece, label and id hashes.
_Name = tuple[int, int, int, int]


class NameWindows:
    """The model's recogniser, reading the :func:`name_windows` of each document only.

    Entities already on the document (the entity ruler's) are kept: the recogniser sees those
    inside its windows, as it would in the whole text, and predicts around them.
    """

    def __init__(self, window: int = WINDOW) -> None:
        self.window = window
        self.recogniser: _Recogniser | None = None
        self._memory: dict[tuple[int, bytes], list[_Name]] | None = None

    def __getattr__(self, name: str) -> object:
        """What is not the wrapper's is the recogniser's (``labels``, ``model``, ``cfg`` ...)."""
        if name in ("recogniser", "_memory") or name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.recogniser, name)

    @contextmanager
    def one_document(self) -> Iterator[None]:
        """The calls inside are pieces of one document: a piece repeated across them is read once.

        Otherwise each document has its own memory: what one page's pieces gave is never
        reused for another's (a benchmark reading the same page twice measures it twice).
        """
        self._memory = {}
        try:
            yield
        finally:
            self._memory = None

    def __call__(self, doc: Doc) -> Doc:
        """Set the recogniser's entities on ``doc``."""
        return self._annotate([doc])[0]

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Set the entities of each document, the windows of a batch read together."""
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._annotate(batch)
                batch = []
        if batch:
            yield from self._annotate(batch)

    def _annotate(self, docs: list[Doc]) -> list[Doc]:
        if self.recogniser is None:
            raise ValueError("NameWindows has no recogniser: set .recogniser after adding it")
        jobs: list[tuple[int, int, int, int, Doc]] = []
        for k, doc in enumerate(docs):
            ranges = name_windows(doc, window=self.window)
            jobs.extend((k, *job) for job in _pieces(doc, ranges))
        found: list[list[Span]] = [[] for _ in docs]
        read = self._memory if self._memory is not None else {}
        if len(read) > _REMEMBERED:
            read.clear()
        for group in _by_tokens(jobs):
            # a piece's names are remembered for its own document only (``one_document``: one)
            keys = [(0 if self._memory is not None else job[0], _key(job[-1])) for job in group]
            new = {key: job[-1] for key, job in zip(keys, group, strict=True) if key not in read}
            pieces = self.recogniser.pipe(iter(new.values()), batch_size=max(1, len(new)))
            for key, piece in zip(new, pieces, strict=True):
                read[key] = [(e.start, e.end, e.label, e.id) for e in piece.ents]
            for (k, first, start, end, _), key in zip(group, keys, strict=True):
                doc = docs[k]
                found[k].extend(
                    Span(doc, first + a, first + b, label=label, span_id=span_id)
                    for a, b, label, span_id in read[key]
                    if first + b > start and first + a < end
                )
        for doc, spans in zip(docs, found, strict=True):
            _set_entities(doc, spans)
        return docs


def _pieces(doc: Doc, ranges: list[tuple[int, int]]) -> Iterator[tuple[int, int, int, Doc]]:
    """For each range, ``(first, start, end, piece)``: the range with its margins as a new doc.

    A margin stops at a paragraph break (a blank line): a name does not run across one (the
    organization rules cut a name there too). Before a range, the break and the word before it
    stay in the margin, so the recogniser reads the paragraph's opening as it does in the whole
    text, after a break, not as the opening of a text (without them, organizations on news-dev
    fell from 0.911 to 0.902 F1).
    """
    breaks = [t.i for t in doc if t.is_space and t.text.count("\n") > 1]
    spans = []
    for start, end in ranges:
        before = bisect_left(breaks, start) - 1  # the last break before the range
        after = bisect_left(breaks, end)  # the first break at or after its end
        first = max(0, start - MARGIN, breaks[before] - 1 if before >= 0 else 0)
        last = min(len(doc), end + MARGIN, breaks[after] if after < len(breaks) else len(doc))
        spans.append((first, max(last, end)))
    for (start, end), (first, _), piece in zip(ranges, spans, copies(doc, spans), strict=True):
        yield first, start, end, piece


def copies(doc: Doc, spans: list[tuple[int, int]], *, sentences: bool = False) -> Iterator[Doc]:
    """A new doc for each ``(first, last)`` token span of ``doc`` (in order, may overlap).

    Each holds the words, spaces, the tokenizer's norms ("’s", "n't") and the entities inside
    the span, and with ``sentences`` its sentence starts. Built directly: a span's ``as_doc``
    copies every attribute and costs several times as much.
    """
    # from the token arrays: iterating the doc builds a Token object per word
    strings = doc.vocab.strings
    printed = doc.to_array([ORTH, SPACY])
    words = [strings[orth] for orth in printed[:, 0].tolist()]
    spaces = printed[:, 1].astype(bool).tolist()
    attrs = [NORM, SENT_START] if sentences and doc.has_annotation("SENT_START") else [NORM]
    values = doc.to_array(attrs)
    entities = list(doc.ents)
    at = 0
    for first, last in spans:
        piece = Doc(doc.vocab, words=words[first:last], spaces=spaces[first:last])
        part = values[first:last].copy()
        if len(attrs) > 1 and len(part):
            part[0, 1] = 1  # a piece opens a sentence
        piece.from_array(attrs, part)  # type: ignore[arg-type]
        while at < len(entities) and entities[at].end <= first:
            at += 1
        inside = []
        for ent in entities[at:]:
            if ent.start >= last:
                break
            if ent.start >= first and ent.end <= last:
                inside.append(
                    Span(piece, ent.start - first, ent.end - first, label=ent.label, span_id=ent.id)
                )
        piece.ents = inside
        yield piece


def _by_tokens(
    jobs: list[tuple[int, int, int, int, Doc]],
) -> Iterator[list[tuple[int, int, int, int, Doc]]]:
    group: list[tuple[int, int, int, int, Doc]] = []
    tokens = 0
    for job in jobs:
        if group and tokens + len(job[-1]) > _BATCH_TOKENS:
            yield group
            group, tokens = [], 0
        group.append(job)
        tokens += len(job[-1])
    if group:
        yield group


def _key(piece: Doc) -> bytes:
    """What the recogniser's reading of a piece depends on: its words, norms, spaces, entities."""
    entities = [(e.start, e.end, e.label, e.id) for e in piece.ents]
    return piece.to_array([ORTH, NORM, SPACY]).tobytes() + repr(entities).encode()


def _set_entities(doc: Doc, found: list[Span]) -> None:
    """The recogniser's entities, the document's own where they are the same span.

    Where two pieces of a cut stretch both found a name across the cut, the one that starts
    first (then the longer) is kept.
    """
    own = {(e.start, e.end): e for e in doc.ents}
    spans: list[Span] = []
    for span in sorted(found, key=lambda s: (s.start, -s.end)):
        if not spans or span.start >= spans[-1].end:
            spans.append(own.get((span.start, span.end), span))
    taken = {i for s in spans for i in range(s.start, s.end)}
    spans += [e for e in doc.ents if taken.isdisjoint(range(e.start, e.end))]
    doc.ents = sorted(spans, key=lambda span: span.start)


@Language.factory(
    "newsfacts_name_windows",
    default_config={"window": WINDOW},
)
def make_name_windows(nlp: Language, name: str, window: int) -> NameWindows:
    """The factory ``load_nlp`` replaces the model's ``ner`` with (it then sets the recogniser)."""
    return NameWindows(window=window)
