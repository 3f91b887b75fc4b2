"""clean -> extract -> validate, for one page. The spaCy pipeline is passed in or loaded once."""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

from spacy.language import Language

from newsfacts.clean import CleanDocument, clean_page, detect_language
from newsfacts.errors import ConfigError, LimitError, NewsFactsError
from newsfacts.extract import (
    Extraction,
    extract_facts,
    extract_many,
    load_nlp,
    model_label,
    runs_ner,
)
from newsfacts.facts import (
    Article,
    ArticleMetadata,
    DateRangeFact,
    ErrorInfo,
    PipelineInfo,
    Source,
    Stage,
)
from newsfacts.settings import Settings
from newsfacts.sources import RawPage, load_page
from newsfacts.validate import crowded_facts, summarize, validate_facts

__all__ = ["article_from_error", "extract_text", "parse", "parse_page", "parse_pages"]


@lru_cache(maxsize=1)
def _version() -> str:
    try:
        return version("newsfacts")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"


def _published_text(published: str | dt.date | dt.datetime | None) -> str | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.isoformat() if published.tzinfo else published.date().isoformat()
    if isinstance(published, dt.date):
        return published.isoformat()
    try:
        return dt.date.fromisoformat(published).isoformat()
    except ValueError:
        try:
            parsed = dt.datetime.fromisoformat(published.replace("Z", "+00:00"))
        except ValueError as exc:
            raise ConfigError(f"published is not an ISO 8601 date: {published!r}") from exc
        return parsed.isoformat() if parsed.tzinfo else parsed.date().isoformat()


def _merge_metadata(doc: CleanDocument, published: str | None, url: str | None) -> ArticleMetadata:
    meta = doc.metadata
    updates: dict[str, object] = {}
    if published is not None:
        updates["published"] = published
    if url is not None and meta.canonical_url is None:
        updates["canonical_url"] = url
    return meta.model_copy(update=updates) if updates else meta


def _pipeline_info(
    nlp: Language, document: CleanDocument | None = None, *, cleaned: bool = True
) -> PipelineInfo:
    """The pipeline's name, version and the stages that ran.

    ``clean`` alone when ``document`` is None (no article body), else also every extraction stage
    the document's language allows.
    """
    label = model_label(nlp)
    stages: list[Stage] = ["clean"] if cleaned else []
    if document is not None:
        stages += ["numbers", "dates"]
        if runs_ner(document.metadata.language):
            stages.append("ner")
        stages.append("validate")
    return PipelineInfo(
        version=_version(), model=label, statistical=label is not None, stages=stages
    )


def _clean(page: RawPage, settings: Settings) -> CleanDocument:
    document = clean_page(page, max_depth=settings.max_dom_depth, max_nodes=settings.max_dom_nodes)
    if len(document.text) > settings.max_article_chars:
        raise LimitError(
            f"article text longer than {settings.max_article_chars} characters (max_article_chars)",
            limit="max_article_chars",
            path=page.path,
            url=page.url,
        )
    return document


def _checked_article(
    extraction: Extraction,
    document: CleanDocument,
    metadata: ArticleMetadata,
    source: Source,
    info: PipelineInfo,
    settings: Settings,
) -> Article:
    """The ``ok`` Article for an extraction: the validator's checks and their summary added.

    Raises:
        ValidationRuleError: a validator rule failed (the error names the rule and the page).
    """
    checks = validate_facts(
        extraction.facts,
        text=document.text,
        sentences=extraction.sentences,
        published=metadata.published_date,
        settings=settings,
        path=source.path,
        url=source.url,
    )
    return Article(
        status="ok",
        source=source,
        metadata=metadata,
        pipeline=info,
        text=document.text,
        facts=extraction.facts,
        checks=checks,
        validation=summarize(extraction.facts, checks),
        warnings=_warnings(extraction, metadata, settings),
    )


def _warnings(extraction: Extraction, metadata: ArticleMetadata, settings: Settings) -> list[str]:
    """What limited the reading: a missing publication date, sentences too crowded to check."""
    warnings = []
    most = settings.crowded_sentence_facts
    crowded = crowded_facts(extraction.facts, most)
    if crowded:
        sentences = len({f.sentence for f in extraction.facts if f.id in crowded})
        warnings.append(
            f"{len(crowded)} facts take part in no check: they come after the first {most} of "
            f"{'a sentence' if sentences == 1 else f'{sentences} sentences'} (a table or a list "
            "run together: crowded_sentence_facts)"
        )
    if metadata.published_date is not None:
        return warnings
    unresolved = sum(
        1
        for f in extraction.facts
        if isinstance(f, DateRangeFact) and f.start is None and not f.fiscal
    )
    message = (
        "no publication date: relative dates are not resolved and dates printed without a "
        "year are reported without days"
    )
    if unresolved:
        message += f" ({unresolved} such date{'s' if unresolved != 1 else ''})"
    return [*warnings, message]


def parse_page(
    page: RawPage,
    *,
    published: str | dt.date | dt.datetime | None = None,
    nlp: Language | None = None,
    settings: Settings | None = None,
) -> Article:
    """Clean, extract and validate one loaded page.

    Args:
        page: the decoded page.
        published: the publication date relative dates resolve against; overrides the page's
            own metadata.
        nlp: a pipeline from :func:`newsfacts.extract.load_nlp`; loaded (once) when None.
        settings: options; defaults when None.

    Raises:
        NewsFactsError: the page could not be cleaned or the pipeline failed.
    """
    settings = settings or Settings()
    nlp = nlp or load_nlp(settings)
    source = Source(path=page.path, url=page.url, sha256=page.sha256)
    document = _clean(page, settings)
    metadata = _merge_metadata(document, _published_text(published), page.url)
    if not document.is_article(settings.min_article_chars):
        return Article(
            status="no_article",
            reason=document.no_article_reason(settings.min_article_chars),
            source=source,
            metadata=metadata,
            pipeline=_pipeline_info(nlp),
            text=document.text,
        )
    document = dataclasses.replace(document, metadata=metadata)  # the page's URL tells its locale
    extraction = extract_facts(
        document,
        nlp,
        published=metadata.published_date,
        relative_date_facts=settings.relative_date_facts,
    )
    return _checked_article(
        extraction, document, metadata, source, _pipeline_info(nlp, document), settings
    )


def parse_pages(
    pages: list[tuple[RawPage, str | dt.date | dt.datetime | None]],
    *,
    nlp: Language | None = None,
    settings: Settings | None = None,
) -> list[Article | NewsFactsError]:
    """:func:`parse_page` for several pages at once, with the spaCy work batched.

    Returns one result per page, in order: its Article, or the typed error it raised.
    """
    settings = settings or Settings()
    nlp = nlp or load_nlp(settings)
    info = _pipeline_info(nlp)
    results: list[Article | NewsFactsError | None] = []
    todo: list[tuple[int, CleanDocument, ArticleMetadata, Source]] = []
    for page, published in pages:
        source = Source(path=page.path, url=page.url, sha256=page.sha256)
        try:
            document = _clean(page, settings)
            metadata = _merge_metadata(document, _published_text(published), page.url)
        except NewsFactsError as exc:
            results.append(exc)
            continue
        if not document.is_article(settings.min_article_chars):
            results.append(
                Article(
                    status="no_article",
                    reason=document.no_article_reason(settings.min_article_chars),
                    source=source,
                    metadata=metadata,
                    pipeline=info,
                    text=document.text,
                )
            )
            continue
        document = dataclasses.replace(document, metadata=metadata)
        todo.append((len(results), document, metadata, source))
        results.append(None)
    extractions = extract_many(
        [(document, metadata.published_date) for _, document, metadata, _ in todo],
        nlp,
        relative_date_facts=settings.relative_date_facts,
    )
    for (index, document, metadata, source), extraction in zip(todo, extractions, strict=True):
        if not isinstance(extraction, Extraction):
            results[index] = extraction
            continue
        try:
            results[index] = _checked_article(
                extraction, document, metadata, source, _pipeline_info(nlp, document), settings
            )
        except NewsFactsError as exc:  # a rule that failed on this page fails this page alone
            results[index] = exc
    return [r for r in results if r is not None]


def parse(
    html_or_text: str | bytes,
    url: str | None = None,
    published: str | dt.date | dt.datetime | None = None,
    *,
    nlp: Language | None = None,
    settings: Settings | None = None,
) -> Article:
    """Turn one news page (HTML or a plain-text scrape) into an Article with facts and checks.

    Args:
        html_or_text: the page, as text or as bytes in any encoding (decoded here).
        url: the page's address, if known.
        published: publication date (ISO string, date or aware datetime) for relative dates;
            defaults to the date the page gives.
        nlp: a loaded pipeline (see :func:`newsfacts.extract.load_nlp`); loaded once when None.
        settings: options; defaults when None.

    Raises:
        LoadError: the input is empty, binary or undecodable.
        LimitError: the input is larger than ``settings.max_input_bytes``.
        NewsFactsError: cleaning or extraction failed.
    """
    settings = settings or Settings()
    page = load_page(html_or_text, url=url, settings=settings)
    return parse_page(page, published=published, nlp=nlp, settings=settings)


def extract_text(
    text: str,
    *,
    published: str | dt.date | dt.datetime | None = None,
    nlp: Language | None = None,
    settings: Settings | None = None,
) -> Article:
    """Extract and validate facts of a text as it is, without cleaning (a sentence, a paragraph).

    Paragraphs are the blocks between blank lines. Use :func:`parse` for whole pages.
    """
    settings = settings or Settings()
    nlp = nlp or load_nlp(settings)
    paragraphs = tuple(p.strip() for p in text.split("\n\n") if p.strip())
    language = detect_language(text)
    document = CleanDocument(paragraphs=paragraphs, metadata=ArticleMetadata(language=language))
    metadata = _merge_metadata(document, _published_text(published), None)
    extraction = extract_facts(
        document,
        nlp,
        published=metadata.published_date,
        relative_date_facts=settings.relative_date_facts,
    )
    return _checked_article(
        extraction,
        document,
        metadata,
        Source(),
        _pipeline_info(nlp, document, cleaned=False),
        settings,
    )


def article_from_error(
    error: NewsFactsError, *, path: str | None = None, url: str | None = None
) -> Article:
    """An Article with status ``error`` that records why a page failed (for batch output)."""
    return Article(
        status="error",
        error=ErrorInfo(type=type(error).__name__, message=error.message),
        source=Source(path=path or error.path, url=url or error.url),
    )
