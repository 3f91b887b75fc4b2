"""What each figure is about, read from the sentence's grammar.

The statistical model's dependency parser runs only on the sentences that hold a figure (the
``newsfacts_grammar`` component, after the numbers component): each such sentence is copied into
a small doc, embedded and parsed there, and the noun phrase the figure measures is read from the
tree, in this order:

1. an "of"-phrase after the figure: "38% of voters", "40 percent of the country's coal";
2. the noun the figure modifies: "a $3 billion deal";
3. the noun a parenthesised figure stands beside: "tablets (27%)";
4. the subject of the figure's clause, climbing from a participle or subordinate clause to the
   clause that has one: "Revenue rose 5%", "production peaked at ..., declining to 375.8 million
   tons", "while the S&P 500 lost 2.05 points".

A pronoun subject names nothing by itself: the figure gets no subject from the parse ("It rose
5%"); the assembler may still give it the subject of an earlier sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsfacts.extract.components import doc_text, sentence_spans
from newsfacts.extract.lexicon import DOWN_WORDS, KNOWN_UNITS, UP_WORDS
from newsfacts.settings import CROWDED_SENTENCE_FACTS, PARSE_BUDGET_CHARS
from newsfacts.vocab import CHANGE_NOUN_DIRECTIONS, SCALE_WORDS

__all__ = [
    "CHANGES",
    "COUNTED",
    "PARSED",
    "PREVIOUS_SENTENCE",
    "Antecedent",
    "GrammarComponent",
    "change_of",
    "subject_of",
]

#: The doc extension that holds ``{(start, end): subject}`` for each figure of a parsed sentence
#: (``None``: the parse found no noun phrase, or a pronoun).
PARSED = "newsfacts_subjects"
#: The doc extension that holds ``{(start, end): ("up" | "down", how)}`` for the figures the
#: parse reads as the size of a change ("raised prices by 4%", "an 8% increase"; see
#: ``change_of``).
CHANGES = "newsfacts_changes"
#: The doc extension that holds ``{(start, end): "face masks"}``: the counted noun of a figure
#: with the common nouns the parse joins to it as a compound ("5 million face masks").
COUNTED = "newsfacts_counted"


def _noun(token: Token) -> bool:
    return token.tag_.startswith("NN")


def _verb(token: Token) -> bool:
    return token.tag_.startswith("VB") or token.tag_ == "MD"


def _pronoun(token: Token) -> bool:
    return token.tag_ in {"PRP", "PRP$", "WP", "WDT", "EX"} or token.lower_ in {"that", "this"}


#: How a figure hangs on the noun it measures: "a $3 billion deal", "a 5% stake".
_MODIFIER = frozenset({"nummod", "quantmod", "compound", "amod", "nmod"})
#: Left dependents kept in a noun phrase: "Wyoming coal production", "the country's coal".
_PHRASE_LEFT = frozenset({"compound", "amod", "poss", "case", "nmod", "nummod", "quantmod"})
#: Clauses without a subject of their own: their subject is the one of the clause they hang from.
_INHERITS = frozenset({"advcl", "xcomp", "conj", "ccomp", "pcomp", "acl", "prep", "pobj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: The most words a subject keeps, and the most a qualifying phrase after its noun may have.
_MAX_WORDS = 10
_CLIMB = 8


#: How far from a token its dependents are looked for. A long run-on sentence ("5 kg 5 kg ...")
#: can parse into a chain where one token heads thousands of others; every walk of the parse
#: below stays within this many tokens, so a figure costs the same in any sentence (a clause's
#: subject can stand some 40 words before its verb, so the window is wider than a phrase).
_WINDOW = 10 * _MAX_WORDS


def _children(token: Token, side: str = "both") -> list[Token]:
    """``token``'s dependents within :data:`_WINDOW` tokens of it, in order.

    ``side`` is "left", "right" or "both".
    """
    doc, at = token.doc, token.i
    lo = at + 1 if side == "right" else max(token.left_edge.i, at - _WINDOW)
    hi = at - 1 if side == "left" else min(token.right_edge.i, at + _WINDOW)
    return [doc[i] for i in range(lo, hi + 1) if i != at and doc[i].head.i == at]


def _span_of(token: Token) -> list[int]:
    """The token indexes of ``token``'s subtree.

    Of a subtree wider than :data:`_WINDOW`, the run of tokens between its edges within the
    window (the walk stays bounded).
    """
    left, right = token.left_edge.i, token.right_edge.i
    if right - left < _WINDOW:
        return [t.i for t in token.subtree]
    return list(range(max(left, token.i - _WINDOW), min(right, token.i + _WINDOW) + 1))


def _phrase(noun: Token, figure: set[int]) -> str | None:
    """The noun phrase headed by ``noun``, without determiners and without the figure's words."""
    if _pronoun(noun):
        return None
    keep = {noun.i}
    dropped: set[int] = set()
    lefts = _children(noun, "left")
    for left in lefts:
        if left.dep_ in _PHRASE_LEFT:
            words = [i for i in _span_of(left) if i >= noun.i - _WINDOW]
            if _amount(left):  # "the 2,400 employees": the amount is a figure of its own
                dropped.update(words)  # (not "the 16-inch model": a kind of model)
                continue
            keep.update(words)
    rights = _children(noun, "right")
    for right in rights[:1]:  # a name's number: "the S&P 500"
        if right.i == noun.i + 1 and right.dep_ in {"nummod", "compound"}:
            keep.add(right.i)
    for right in rights:  # "share of U.S. coal production", "profit attributable to ..."
        if not _qualifies(right, figure):
            break
        keep.update(_span_of(right))
    keep -= figure
    whose = next((t for t in lefts if t.lower_ in _POSSESSIVE_BACK), None)
    if whose is not None:  # "models, whose weekly token usage": the usage of those models
        keep = {i for i in keep if i > whose.i}
    if not keep:
        return None
    first = min(keep)
    while first < noun.i and (noun.doc[first].dep_ in {"det", "cc", "punct", "case"}):
        first += 1
    last = max(keep)
    tokens = noun.doc[first : last + 1]
    if len(tokens) > _MAX_WORDS:
        tokens = noun.doc[max(first, noun.i - _MAX_WORDS + 1) : noun.i + 1]
    dropped |= figure  # "in the same 38 dBA room": the room, not the figure
    text = "".join(t.text_with_ws for t in tokens if t.i not in dropped)
    text = text.strip(" ,;:-—()\"'“”")
    if whose is not None and text:
        owner = _owner_before(whose, figure)
        text = f"{text} of {owner}" if owner else text
    return text or None


#: Possessives that point back at a noun phrase: "whose", and "its"/"their" after a clause
#: about the owner ("The U.S. market moved the other way: its token usage rose").
_POSSESSIVE_BACK = frozenset({"whose", "its", "their"})


def _owner_before(whose: Token, figure: set[int]) -> str | None:
    """The noun phrase a possessive refers back to in its sentence.

    For "whose", the nearest noun before it; for "its"/"their" opening a clause after a colon or
    semicolon, the subject of the clause before.
    """
    if whose.lower_ == "whose":
        for i in range(whose.i - 1, max(-1, whose.i - 6), -1):
            if _noun(whose.doc[i]):
                return _phrase(whose.doc[i], figure)
        return None
    if whose.i == 0 or whose.doc[whose.i - 1].text not in {":", ";"}:
        return None
    for i in range(whose.i - 1, -1, -1):
        token = whose.doc[i]
        if token.dep_ in _SUBJECTS and _noun(token):
            return _phrase(token, figure)
    return None


#: Prepositions whose phrase after a noun says which one it is: "usage of Chinese AI models",
#: "throughput at the Tsing Yi terminal", "spending for schools".
_QUALIFYING = frozenset({"of", "for", "at", "on", "in"})


def _qualifies(right: Token, figure: set[int]) -> bool:
    """A right dependent that belongs in the noun phrase, without the figure in it.

    A qualifying prepositional phrase, or a participle/adjective phrase ("attributable to
    shareholders").
    """
    if right.right_edge.i - right.left_edge.i >= _WINDOW:
        return False  # far more words than a qualifying phrase has
    words = _span_of(right)
    if len(words) > _MAX_WORDS or any(i in figure for i in words):
        return False
    if right.dep_ == "prep":
        return right.lower_ in _QUALIFYING and any(
            c.dep_ == "pobj" and _noun(c) for c in _children(right)
        )
    return right.dep_ in {"amod", "acl"} and right.tag_ in {"JJ", "VBN"}


def _of_phrase(root: Token) -> Token | None:
    for prep in _children(root, "right"):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in _children(prep) if c.dep_ == "pobj" and _noun(c)), None)
    return None


def _clause_subject(root: Token) -> Token | None:
    """The subject of the clause the figure is in, or of the clause that clause hangs from."""
    token = root
    for _ in range(_CLIMB):
        if _verb(token):
            subject = next((c for c in _children(token) if c.dep_ in _SUBJECTS), None)
            if subject is not None and not (
                subject.tag_ in {"WDT", "WP"} and token.dep_ == "relcl" and _noun(token.head)
            ):
                return subject
            if token.dep_ == "relcl" and _noun(token.head):
                return token.head  # "sales, which rose 5%": "which" stands for the noun
            if token.dep_ == "acl" and token.tag_ in {"VBN", "VBG"} and _noun(token.head):
                return token.head  # "the painting sold for ...", "bonds maturing in 2030"
            if token.dep_ not in _INHERITS:
                return None
        elif token.tag_ == "JJ" and token.dep_ == "amod" and _noun(token.head):
            return token.head  # "a fund worth $3 billion", "a tower 300 meters tall"
        if token.head.i == token.i:
            return None
        token = token.head
    return None


class Antecedent:
    """What the parse gives a figure whose clause subject points out of its sentence.

    A pronoun with no noun phrase before it in its sentence ("It cut 3,000 jobs"): the subject
    is the previous sentence's.
    """

    def __repr__(self) -> str:
        return "PREVIOUS_SENTENCE"


#: See :class:`Antecedent`.
PREVIOUS_SENTENCE = Antecedent()

#: Words of a figure that are not the noun it counts: scale words and percent words.
_NOT_COUNTED = frozenset({*SCALE_WORDS, "dozen", "dozens", "percent", "per", "cent", "pct"})


def _own_noun(noun: Token, figure: set[int]) -> str | None:
    """What a figure counts when it is itself the noun phrase.

    "About 1,200 steel workers lost their jobs" -> "steel workers" (the hedge and the number are
    not what is counted).
    """
    doc = noun.doc
    numbers = [i for i in figure if doc[i].tag_ == "CD" or doc[i].like_num or not doc[i].is_alpha]
    first = max(numbers) + 1 if numbers else min(figure, default=noun.i)
    keep = [
        i for i in range(first, noun.i + 1) if doc[i].is_alpha and doc[i].lower_ not in _NOT_COUNTED
    ]
    if not keep or noun.i not in keep:
        return None
    last = noun.i
    for right in _children(noun, "right"):  # "people in the town"
        if not _qualifies(right, figure):
            break
        last = max(last, *_span_of(right))
    text = doc[keep[0] : last + 1].text.strip(" ,;:-—()\"'“”")
    return text or None


def _elided_noun(figure_root: Token) -> str | None:
    """The noun a bare figure leaves out, from the figure of the clause it is joined to.

    "Two dozen people were hospitalized and 300 injured": 300 counts people too. A bare figure
    with no such partner has no subject (no other phrase of the sentence is what it counts).
    """
    verb = figure_root.head
    if figure_root.dep_ not in _SUBJECTS or verb.dep_ != "conj" or not _verb(verb.head):
        return None
    partner = next((c for c in _children(verb.head, "left") if c.dep_ in _SUBJECTS), None)
    if partner is None or not _is_figure(partner):
        return None
    return _own_noun(partner, set(range(partner.left_edge.i, partner.i + 1)))


def _antecedent(pronoun: Token) -> Token | Antecedent:
    """The noun phrase a subject pronoun stands for.

    The subject of a clause higher up in its sentence and before it ("The airline said it would
    cut ..."), else the previous sentence's.
    """
    token = pronoun.head
    for _ in range(_CLIMB):
        if token.head.i == token.i:
            break
        token = token.head
        if _verb(token):
            subject = next((c for c in _children(token, "left") if c.dep_ in _SUBJECTS), None)
            if subject is not None and subject.i < pronoun.i and _noun(subject):
                return subject
    return PREVIOUS_SENTENCE


def subject_of(doc: Doc, start: int, end: int) -> str | Antecedent | None:
    """The noun phrase a figure at ``doc.text[start:end]`` measures, read from ``doc``'s parse.

    :data:`PREVIOUS_SENTENCE` when its clause's subject is a pronoun that points out of the
    sentence.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    figure = set(range(span.start, span.end))
    root = span.root
    while root.dep_ in _MODIFIER and root.head.i not in figure and _unit_word(root.head):
        figure.add(root.head.i)  # "3, 4 and 5 percent": 4's percent is its unit, not its subject
        root = root.head
    noun = _of_phrase(root)
    if noun is None and root.dep_ in _MODIFIER and root.head.i not in figure:
        noun = root.head if _noun(root.head) else None
    if noun is None and root.dep_ == "appos" and _is_figure(root.head):
        # "15 million euros ($17 million)": a conversion measures what the figure it glosses does
        return subject_of(doc, root.head.left_edge.idx, root.head.idx + len(root.head))
    if noun is None and root.dep_ == "appos" and (_noun(root.head) or _beside(root.head, span)):
        noun = root.head
    if noun is None and _whole_of_part(root):  # "half of the 2,400 employees": employees
        return _own_noun(root, figure)
    if noun is None:
        noun = _amount_of(root, figure)
    if noun is None:
        noun = _moved_object(root, figure)
    if noun is None and (gapped := _gapped_item(doc, span.start)) is not None:
        return gapped
    if noun is None:
        noun = _clause_subject(root)
        if noun is not None and noun.i in figure:
            return _own_noun(noun, figure) or _elided_noun(noun) or ""
        if noun is not None and noun.tag_ == "PRP" and noun.lower_ in _ANAPHORS:
            found = _antecedent(noun)
            if isinstance(found, Antecedent):
                return found
            noun = found
    return None if noun is None else _phrase(noun, figure)


#: What opens an item of a list whose verb is left out: "..., tablets 27%", "and desktops 22%".
_ITEM_OPENERS = frozenset({",", ";", "and", "while", "whereas"})
#: Words an item's noun phrase may hold before its noun.
_ITEM_WORDS = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS"})


def _gapped_item(doc: Doc, start: int) -> str | None:
    """The noun phrase right before a figure in a list that leaves its verb out.

    "Revenue rose 5%, profit 7% and margins 2%": 7% is profit's and 2% margins'; "Phones made
    up 41%, tablets 27%, desktops 22%". The item must follow a figure of the same sentence, open
    after a comma, "and" or "while", and hold only a short noun phrase (no verb, no
    preposition) ending in a noun right before the figure. The tagger may read a plural noun of
    such a list as a verb ("desktops"/VBZ): a lower-case word ending in "s" counts as a noun.
    """
    if start < 2:
        return None
    last = doc[start - 1]
    plural_verb = last.tag_ == "VBZ" and last.is_lower and last.lower_.endswith("s")
    if not (last.is_alpha and (_noun(last) or plural_verb)):
        return None
    sentence_start = last.sent.start if doc.has_annotation("SENT_START") else 0
    first = start - 1
    while first - 1 >= max(sentence_start, start - 5):
        before = doc[first - 1]
        if before.lower_ in _ITEM_OPENERS:
            break
        if before.tag_ not in _ITEM_WORDS:
            return None
        first -= 1
    else:
        return None
    opener = first - 1
    if opener <= sentence_start or not any(
        doc[i].like_num for i in range(max(sentence_start, opener - 8), opener)
    ):
        return None  # no figure just before the item: not a list of figures
    text = doc[first:start].text
    return _LEADING_DETERMINER.sub("", text).strip() or None


_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|its|their|his|her)\s+", re.I)


def _beside(word: Token, figure: Any) -> bool:
    """Whether ``word`` stands right before the parenthesis that opens on the figure.

    "tablets (27%), desktops (22%)": the tagger may take a plural noun in a list for a verb
    ("desktops"/VBZ); the word a parenthesised figure glosses is still what it measures.
    """
    start = figure.start
    return (
        start >= 2
        and word.i == start - 2
        and word.doc[start - 1].text == "("
        and word.is_alpha
        and word.is_lower
    )


def _unit_word(token: Token) -> bool:
    return token.lower_ in _NOT_COUNTED or token.text in KNOWN_UNITS


def _amount(token: Token) -> bool:
    """A number or currency sign; not a year ("the 2016 model" names a kind of model)."""
    if token.text.isdigit() and len(token.text) == 4 and 1800 <= int(token.text) <= 2100:
        return False
    return token.tag_ in {"CD", "$"} or token.like_num or token.lower_ in _NOT_COUNTED


#: Prepositions that give the level or the step a verb moves its object to or by.
_LEVEL_PREPS = frozenset({"to", "by", "above", "below", "past", "over", "under", "beyond", "near"})


def _moved_object(root: Token, figure: set[int]) -> Token | None:
    """The object a verb moves to or by the figure: what changed, not who changed it.

    "pushing rates above 5%" -> "rates"; "Acme raised prices by 4%" -> "prices".
    """
    root = _through_summing(root)
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _LEVEL_PREPS:
        return None
    verb = prep.head
    if not _verb(verb):
        return None
    found = next((c for c in _children(verb) if c.dep_ == "dobj"), None)
    if found is None or found.i in figure or not _noun(found) or _pronoun(found):
        return None
    if _is_figure(found):  # "lost 2.05 points ... to 4,101.2": the object is the step itself
        return None
    return found


#: Nouns whose "of"-phrase holding a figure is a part or a sum, not what the figure measures.
_PART_WORDS = frozenset(
    "half third quarter fifth tenth most some all many none share part portion fraction "
    "percent majority minority".split()
)


def _whole_of_part(root: Token) -> bool:
    """Whether the figure is the whole a part word takes: "half of the 2,400 employees"."""
    of = root.head
    return (
        root.dep_ == "pobj"
        and of.lower_ == "of"
        and (of.head.lower_ in _PART_WORDS or of.head.like_num or of.head.tag_ == "CD")
    )


def _amount_of(root: Token, figure: set[int]) -> Token | None:
    """The noun an "of"-phrase after it gives the figure as its amount.

    "the agency's request of $12.3 billion" -> "request", "a population of 30 million" ->
    "population"; not a part ("half of the 2,400 employees") nor a sum ("an average of 6%").
    """
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    noun = of.head
    if noun.i in figure or not _noun(noun) or _pronoun(noun) or _is_figure(noun):
        return None
    if noun.lower_ in _PART_WORDS or noun.lower_ in _SUMMING or _unit_word(noun):
        return None
    return noun


def _is_figure(token: Token) -> bool:
    """Whether ``token`` heads a figure: a number, or a noun with one ("15 million euros")."""
    if token.like_num or token.tag_ == "CD":
        return True
    return any(c.dep_ in {"nummod", "quantmod"} and c.i < token.i for c in _children(token, "left"))


#: Nouns that an "of"-phrase holding the figure only sums up: "by an average of 6%".
_SUMMING = frozenset({"average", "total", "combined", "further", "additional", "estimated"})


def _through_summing(token: Token) -> Token:
    """From a figure in a summing "of"-phrase to the noun it sums: "an average of 6%"."""
    for _ in range(2):  # "by an average of 6%", "to a total of $3 billion"
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lower_ in _SUMMING
        ):
            token = token.head.head
    return token


#: The prepositions that take the step of a change verb: "raised prices by 4%", "raise it
#: between 25 and 75 cents".
_STEP_WORDS = frozenset({"by", "between"})


def counted_noun(doc: Doc, start: int, end: int) -> str | None:
    """The counted noun of a figure with its compound nouns ("face masks"), or None.

    The number's noun, when only common nouns that the parse attaches to it as a ``compound``
    stand between them: "six metal cans", "5 million face masks", "two evacuation orders". An
    adjective ("two public events", "100,000 electric delivery vans") or a name ("two Tesla
    cars") before the noun leaves the noun alone: None, as when nothing stands between.
    """
    numbers = [t for t in doc if t.idx >= start and t.idx + len(t.text) <= end and t.tag_ == "CD"]
    if not numbers:
        return None
    number = numbers[-1]
    head = number.head
    if number.dep_ != "nummod" or head.i <= number.i + 1 or not _noun(head):
        return None
    between = list(doc[number.i + 1 : head.i])
    while between and between[0].lower_ in SCALE_WORDS:  # "50 lakh masks": lakh scales the number
        between.pop(0)
    if head.tag_ in _NAMES or not all(
        t.dep_ == "compound" and t.head.i == head.i and _common_noun(t) for t in between
    ):
        return None
    return " ".join(t.text for t in [*between, head])


#: Tags of proper nouns.
_NAMES = frozenset({"NNP", "NNPS"})


def _common_noun(token: Token) -> bool:
    return token.tag_ in {"NN", "NNS"} and token.text.isalpha() and token.text.islower()


def change_of(doc: Doc, start: int, end: int) -> tuple[str, str] | None:
    """The direction a change word gives the figure the parse attaches to it as its size.

    Read, in order: the step a change verb takes with "by" ("Acme raised prices by 4%", "exports
    fell sharply in March, by 9.3%", "lifted premiums by an average of 6%"); the amount a change
    verb takes as its object or measure ("the fund lost 2%", "slashed prices 25%"); the size a
    change noun takes as its modifier ("an 8% year-over-year increase", "a 10 percent
    discount"); a figure coordinated with such a verb's amount ("rose 5% in March and 7% in
    April"). None when no rise or fall word takes the figure that way; never for an end level
    ("rose to 5%") or a start level ("from 3%"), which prepositions take.

    Returns:
        The direction and how the figure was read: ``step``, ``size``, ``amount`` or ``listed``
        (the last two are not read for a span of time: "has fallen two weeks running").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    while token.dep_ in _MODIFIER and token.head.i >= span.end and _unit_word(token.head):
        token = token.head  # "3, 4 and 5 percent": 4's unit
    token = _through_summing(token)
    if token.dep_ == "quantmod" and token.head.dep_ == "pobj":
        # "by $1 to $8.25" parsed as one range: the figure before its "to" is the step
        if not any(c.lower_ == "to" and c.i > token.i for c in _children(token.head, "left")):
            return None
        token = token.head
    elif any(
        c.dep_ in {"quantmod", "nmod", "prep"} and c.lower_ == "to" and c.i < span.start
        for word in (token, *span)
        for c in word.children
    ):
        # "... by $1 to $8.25", "climbed $2 to $75" (parsed as one range): the figure after
        # "to" is the end level (the "to" may hang on its scale word or its number: "by 48,000
        # to 7.5 million cases", "cut by ¥20,000 to ¥129,800")
        return None
    if token.dep_ in _CHANGE_SIZE and token.head.i >= span.end:
        return _read(_noun_direction(token.head), "size")  # "an 8% increase", "a 5% discount"
    head = token.head
    if token.dep_ == "conj" and head.i < span.start and _takes_amount(head):
        return _read(_verb_direction(head), "listed")  # "rose 5% in March and 7% in April"
    if token.dep_ == "conj" and token.lower_ in _PERCENT_WORDS and (verb := _gapped_verb(head)):
        # "increased 2.61 percent after 1991 and just 1.92 percent following 2001": the parse
        # joins the second percentage to the noun of the first one's phrase
        return _read(_verb_direction(verb), "listed")
    if token.dep_ in _VERB_AMOUNT and head.i < span.start:
        if token.dep_ == "dobj" and token.lower_ not in _PERCENT_WORDS:
            return None  # "raised $50 million", "cut 300 jobs": the string rules read these
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None  # "gained 10% of the market": a share taken, not a change's size
        return _read(_verb_direction(head), "amount")
    if token.dep_ != "pobj" or head.dep_ not in {"prep", "agent"}:
        return None
    if head.lower_ in _NOUN_SIZE_WORDS and (noun := _change_noun_above(head.head)) is not None:
        return _read(_noun_direction(noun), "size")  # "an increase in revenue of 12%"
    if head.lower_ not in _STEP_WORDS:
        return None
    return _read(_verb_direction(head.head), "step")


#: The prepositions that take the size of a change noun: "an increase of 12%", "a cut by 20%".
_NOUN_SIZE_WORDS = frozenset({"of", "by"})


def _change_noun_above(word: Token) -> Token | None:
    """The change noun a size's preposition hangs on, directly or through "in" its measure.

    "a decline of 3%" -> decline; "an increase in revenue of 12%" -> increase.
    """
    if _noun_direction(word) is not None:
        return word
    prep = word.head
    if word.dep_ == "pobj" and prep.lower_ == "in" and _noun_direction(prep.head) is not None:
        return prep.head
    return None


def _gapped_verb(noun: Token) -> Token | None:
    """The change verb whose amount a phrase holding ``noun`` follows, or None.

    "increased 2.61 percent after the recession of 1991": from "recession" (or "1991") up
    through at most two prepositions to "increased", which takes a percentage as its amount.
    """
    word = noun
    for _ in range(2):
        if word.dep_ != "pobj" or word.head.dep_ != "prep":
            return None
        attached = word.head.head
        if _verb(attached):
            amounts = [
                c
                for c in attached.children
                if c.dep_ in _VERB_AMOUNT and c.lower_ in _PERCENT_WORDS and c.i < noun.i
            ]
            return attached if amounts else None
        word = attached
    return None


def _read(direction: str | None, how: str) -> tuple[str, str] | None:
    return None if direction is None else (direction, how)


def _takes_amount(verb: Token) -> bool:
    """Whether a change verb takes a figure as its amount or its step ("fell 5%", "by 5%")."""
    return _verb(verb) and any(
        (c.dep_ in _VERB_AMOUNT and _is_figure(c)) or (c.dep_ == "prep" and c.lower_ in _STEP_WORDS)
        for c in verb.children
    )


#: How a change verb takes its amount without a preposition: "lost 2%", "slashed prices 25%".
_VERB_AMOUNT = frozenset({"dobj", "npadvmod"})
#: The unit words of a percentage, which a change verb may take as its direct object ("lost 2%").
_PERCENT_WORDS = frozenset({"%", "percent", "pct", "points", "point", "cent"})
#: How a change noun takes its size: "an 8% increase", "a 20% year-over-year improvement".
_CHANGE_SIZE = frozenset({"compound", "nmod", "amod", "nummod"})


def _verb_direction(verb: Token) -> str | None:
    if not _verb(verb):
        return None
    if verb.lower_ in UP_WORDS:
        return "up"
    return "down" if verb.lower_ in DOWN_WORDS else None


def _noun_direction(noun: Token) -> str | None:
    if not _noun(noun):
        return None
    return CHANGE_NOUN_DIRECTIONS.get(noun.lower_)


#: Subject pronouns that stand for a noun phrase said before (not "I", "we", "you").
_ANAPHORS = frozenset({"it", "they", "he", "she"})


#: The longest text parsed at once, in characters (some 300 words). A longer sentence (a run-on
#: list, a table read as one sentence) is parsed in pieces cut at a space: the parser's memory
#: grows with what it sees, and a subject is never that far from its figure.
_MAX_PARSED_CHARS = 1500
#: Pieces parsed together: the networks' memory follows the words of one batch (16 pieces are
#: at most some 5,000 words, as the NER's pieces).
_BATCH = 16


def _uncrowded(
    positions: list[tuple[int, int]], starts: list[int], most: int
) -> list[tuple[int, int]]:
    """The figures among the first ``most`` of their sentence (``starts``: sentence starts)."""
    seen: dict[int, int] = {}
    kept = []
    for position in sorted(positions):
        index = bisect_right(starts, position[0])
        seen[index] = seen.get(index, 0) + 1
        if seen[index] <= most:
            kept.append(position)
    return kept


def _pieces(
    text: str,
    sentences: list[tuple[int, int]],
    positions: list[tuple[int, int]],
    budget: int | None = None,
) -> tuple[list[tuple[int, int]], int]:
    """The sentences that hold a figure, in order, a long one cut into pieces at spaces.

    Pieces are taken in reading order while their characters fit in ``budget`` (None: all);
    returned with the offset where the parse stops (the text's length when nothing is left out).
    """
    starts = [a for a, _ in sentences]
    wanted = sorted({max(0, bisect_right(starts, a) - 1) for a, _ in positions})
    pieces: list[tuple[int, int]] = []
    left = budget if budget is not None else len(text)
    for index in wanted:
        start, end = sentences[index]
        while end - start > _MAX_PARSED_CHARS:
            cut = text.rfind(" ", start + _MAX_PARSED_CHARS // 2, start + _MAX_PARSED_CHARS)
            cut = cut if cut > start else start + _MAX_PARSED_CHARS
            pieces.append((start, cut))
            start = cut
        pieces.append((start, end))
    taken = 0
    for count, (start, end) in enumerate(pieces):
        taken += end - start
        if taken > left:
            return pieces[:count], start
    return pieces, len(text)


@Language.factory(
    "newsfacts_grammar",
    default_config={
        "figures": ["QUANTITY", "MONEY", "PERCENT"],
        "span_key": "newsfacts",
        "budget": PARSE_BUDGET_CHARS,
        "crowded": CROWDED_SENTENCE_FACTS,
    },
)
def make_grammar(
    nlp: Language,
    name: str,
    figures: list[str],
    span_key: str,
    budget: int | None,
    crowded: int | None,
) -> GrammarComponent:
    """Build the component that parses the sentences holding a figure (see the module doc)."""
    return GrammarComponent(nlp, figures, span_key, budget, crowded)


class GrammarComponent:
    """Parse the sentences that hold a figure and record what each figure measures.

    Args:
        nlp: the pipeline whose (disabled) ``tok2vec`` and ``parser`` do the parsing.
        figures: the span labels of the figure mentions to read (``QUANTITY``, ``MONEY``...).
        span_key: the doc's span group holding the mentions.
        budget: the most characters parsed in one document, sentences in reading order (see
            ``Settings.parse_budget_chars``); None parses every sentence that holds a figure.
        crowded: the most figures of one sentence whose subjects are parsed (see
            ``Settings.crowded_sentence_facts``): a sentence holding more is a table or a list,
            whose later figures take their subjects from the word patterns. None: all.
    """

    def __init__(
        self,
        nlp: Language,
        figures: Iterable[str],
        span_key: str,
        budget: int | None = PARSE_BUDGET_CHARS,
        crowded: int | None = CROWDED_SENTENCE_FACTS,
    ) -> None:
        self.nlp = nlp
        self.figures = frozenset(figures)
        self.span_key = span_key
        self.budget = budget
        self.crowded = crowded
        for name in (PARSED, CHANGES, COUNTED):
            if not Doc.has_extension(name):
                Doc.set_extension(name, default=None)

    def _pipes(self) -> list[Any]:
        names = [n for n in ("tok2vec", "tagger", "parser") if n in self.nlp.component_names]
        return [self.nlp.get_pipe(name) for name in names]

    def __call__(self, doc: Doc) -> Doc:
        """Fill ``doc._.newsfacts_subjects`` for every figure of the doc."""
        return self._parse_together([doc])[0]

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 32) -> Iterator[Doc]:
        """:meth:`__call__` over a stream, parsing the figure sentences of ``batch_size`` docs.

        A short page's few sentences fill no batch of the networks alone; together they do.
        """
        docs = iter(stream)
        while batch := list(islice(docs, batch_size)):
            yield from self._parse_together(batch)

    def _jobs(self, doc: Doc) -> list[tuple[int, int, list[tuple[int, int]]]]:
        """The pieces of ``doc`` to parse: (start, end, the figures in it), in reading order."""
        group = doc.spans[self.span_key] if self.span_key in doc.spans else []
        positions = []
        for m in group:
            if m.label_ in self.figures:
                payload = m._.newsfacts  # each read of ``m._`` builds an object: read it once
                positions.append(
                    (getattr(payload, "start", m.start_char), getattr(payload, "end", m.end_char))
                )
        if not positions:
            return []
        sentences = sentence_spans(doc)
        if self.crowded is not None:
            positions = _uncrowded(positions, [a for a, _ in sentences], self.crowded)
        pieces, stop = _pieces(doc_text(doc), sentences, positions, self.budget)
        starts = [a for a, _ in pieces]
        by_piece: dict[int, list[tuple[int, int]]] = {}
        for start, end in positions:
            if start < stop:  # past the budget, a figure's subject comes from the patterns
                index = max(0, bisect_right(starts, start) - 1)
                by_piece.setdefault(index, []).append((start, end))
        return [(*pieces[i], by_piece[i]) for i in sorted(by_piece)]

    def _parse_together(self, docs: list[Doc]) -> list[Doc]:
        jobs = [(n, job) for n, doc in enumerate(docs) for job in self._jobs(doc)]
        found: list[dict[tuple[int, int], str | Antecedent | None]] = [{} for _ in docs]
        changes: list[dict[tuple[int, int], tuple[str, str]]] = [{} for _ in docs]
        counted: list[dict[tuple[int, int], str]] = [{} for _ in docs]
        # each piece tokenized afresh (cheaper than copying it out of the doc), then embedded,
        # tagged and parsed in one stream; a parsed piece is read and let go at once
        parsed: Iterable[Doc] = (
            self.nlp.make_doc(doc_text(docs[n])[start:end]) for n, (start, end, _) in jobs
        )
        for pipe in self._pipes():
            parsed = pipe.pipe(parsed, batch_size=_BATCH)
        for (n, (offset, _, figures)), small in zip(jobs, parsed, strict=True):
            for start, end in figures:
                found[n][(start, end)] = subject_of(small, start - offset, end - offset)
                if change := change_of(small, start - offset, end - offset):
                    changes[n][(start, end)] = change
                if noun := counted_noun(small, start - offset, end - offset):
                    counted[n][(start, end)] = noun
        for doc, subjects, steps, nouns in zip(docs, found, changes, counted, strict=True):
            doc._.set(PARSED, subjects)
            doc._.set(CHANGES, steps)
            doc._.set(COUNTED, nouns)
        return docs
