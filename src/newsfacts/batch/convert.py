"""One record -> one output row: the conversion every batch engine runs.

This is the one place (with :mod:`~newsfacts.batch.supervise`) where broad exceptions are caught:
a record that fails for any reason becomes an error row, so that one bad page cannot stop a run.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from newsfacts.batch.records import Record, load_record
from newsfacts.errors import NewsFactsError
from newsfacts.facts import Article
from newsfacts.pipeline import parse_page, parse_pages
from newsfacts.settings import Settings
from newsfacts.sources import RawPage

__all__ = ["Row", "convert_batch", "convert_record", "error_row", "parse_record"]

Row = dict[str, Any]


def error_row(record_id: str, error_type: str, message: str) -> Row:
    """The output row of a record that could not be converted."""
    return {"id": record_id, "status": "error", "error": {"type": error_type, "message": message}}


def parse_record(record: Record, page: RawPage, *, nlp: Language, settings: Settings) -> Article:
    """The Article of a record loaded as ``page`` (by :func:`load_record`).

    The record's ``published`` day applies; its ``default_published`` day (a WARC-Date's) only
    when the page gives no date of its own.

    Raises:
        NewsFactsError: the page could not be cleaned or the pipeline failed.
    """
    article = parse_page(page, published=record.published, nlp=nlp, settings=settings)
    if record.default_published and article.metadata.published is None:
        # the page gives no date of its own: resolve its relative dates against the record's
        article = parse_page(page, published=record.default_published, nlp=nlp, settings=settings)
    return article


def convert_record(record: Record, *, nlp: Language, settings: Settings) -> Row:
    """Convert one record into its output row; never raises for a bad record."""
    try:
        page = load_record(record, settings=settings)
        article = parse_record(record, page, nlp=nlp, settings=settings)
    except NewsFactsError as exc:
        return error_row(record.id, type(exc).__name__, exc.message)
    except Exception as exc:
        return error_row(record.id, type(exc).__name__, str(exc) or repr(exc))
    return {"id": record.id, **article.model_dump(mode="json")}


def convert_batch(records: list[Record], *, nlp: Language, settings: Settings) -> list[Row]:
    """Convert records together (the spaCy work batched with ``nlp.pipe``); one row each.

    Same rows as :func:`convert_record` one by one, faster.
    """
    rows: list[Row | None] = [None] * len(records)
    loaded = []
    for index, record in enumerate(records):
        try:
            loaded.append((index, load_record(record, settings=settings)))
        except NewsFactsError as exc:
            rows[index] = error_row(record.id, type(exc).__name__, exc.message)
        except Exception as exc:
            rows[index] = error_row(record.id, type(exc).__name__, str(exc) or repr(exc))
    try:
        results = parse_pages(
            [(page, records[i].published) for i, page in loaded], nlp=nlp, settings=settings
        )
    except Exception:  # the batch failed as a whole: fall back to one record at a time
        return [convert_record(record, nlp=nlp, settings=settings) for record in records]
    redo = []
    for (index, page), result in zip(loaded, results, strict=True):
        record = records[index]
        if isinstance(result, NewsFactsError):
            rows[index] = error_row(record.id, type(result).__name__, result.message)
        elif record.default_published and result.metadata.published is None:
            redo.append((index, page))  # no date of its own: resolve against the record's date
        else:
            rows[index] = {"id": record.id, **result.model_dump(mode="json")}
    if redo:
        try:
            again = parse_pages(
                [(page, records[i].default_published) for i, page in redo],
                nlp=nlp,
                settings=settings,
            )
        except Exception:  # as above: one record at a time
            for index, _ in redo:
                rows[index] = convert_record(records[index], nlp=nlp, settings=settings)
            return [row for row in rows if row is not None]
        for (index, _), result in zip(redo, again, strict=True):
            record = records[index]
            if isinstance(result, NewsFactsError):
                rows[index] = error_row(record.id, type(result).__name__, result.message)
            else:
                rows[index] = {"id": record.id, **result.model_dump(mode="json")}
    return [row for row in rows if row is not None]
