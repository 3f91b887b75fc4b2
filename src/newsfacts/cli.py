"""The ``newsfacts`` command and its subcommands.

``extract``, ``clean``, ``show``, ``schema``, ``regress``, ``batch``, ``stream``.

Exit codes: 0 ok, 1 the page failed (or ``--strict`` found an inconsistent check), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsfacts.budget import Overrun, overrun_error, time_budget
from newsfacts.clean import CleanDocument, clean_page
from newsfacts.errors import ConfigError, LoadError, NewsFactsError, visible
from newsfacts.facts import Article
from newsfacts.settings import DEFAULT_MODEL, PARSE_BUDGET_CHARS, Settings
from newsfacts.sources import RawPage, load_page, load_path
from newsfacts.sources.files import MANY_RECORDS, FileFormat, file_format, is_page, page_stem
from newsfacts.sources.raw import PageKind

if TYPE_CHECKING:
    from spacy.language import Language

    from newsfacts.batch.records import Record

__all__ = ["build_parser", "main"]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsfacts")
    except PackageNotFoundError:  # a source tree that was never installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsfacts`` command."""
    parser = argparse.ArgumentParser(
        prog="newsfacts", description="Turn saved news pages into checked, typed facts (JSON)."
    )
    parser.add_argument("--version", action="version", version=f"newsfacts {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_extract(sub)
    _add_clean(sub)
    _add_show(sub)
    sub.add_parser("schema", help="print the JSON Schema of the Article output")
    _add_regress(sub)
    _add_batch(sub)
    _add_stream(sub)
    return parser


def _model_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model",
        default=DEFAULT_MODEL,
        help=f"statistical spaCy pipeline for organizations (default {DEFAULT_MODEL}; "
        "'none' = rules only)",
    )
    parser.add_argument(
        "--no-parser",
        action="store_true",
        help="do not parse the sentences that hold a figure (faster; subjects from patterns only)",
    )
    parser.add_argument(
        "--parse-budget",
        type=int,
        default=PARSE_BUDGET_CHARS,
        metavar="CHARS",
        help="most characters of figure sentences parsed in one document, in reading order; "
        f"later figures get pattern subjects (default {PARSE_BUDGET_CHARS:,}; 0 = no budget)",
    )


def _model_settings(args: argparse.Namespace) -> dict[str, Any]:
    """The pipeline options of ``--model``, ``--no-parser``, ``--parse-budget`` as settings."""
    model = None if str(args.model).lower() == "none" else args.model
    return {
        "model": model,
        "subject_parser": not args.no_parser,
        "parse_budget_chars": args.parse_budget if args.parse_budget > 0 else None,
    }


def _page_options(parser: argparse.ArgumentParser, *, about: bool = True) -> None:
    """``--text``, and with ``about`` the page's ``--published`` day and ``--url``."""
    if about:
        parser.add_argument("--published", help="publication date (YYYY-MM-DD) for relative dates")
        parser.add_argument("--url", help="the page's URL")
    parser.add_argument(
        "--text", action="store_true", help="treat the input as a plain-text scrape, not HTML"
    )


#: What the one-page commands read.
_PATH_HELP = (
    "a saved page (.html, .txt, .gz), - for stdin, or one record of a JSONL or WARC file "
    "named as batch ids name it: FILE:LINE or FILE@OFFSET"
)


def _add_extract(sub: Any) -> None:
    extract = sub.add_parser("extract", help="print the Article JSON (facts and checks) of a page")
    extract.add_argument("path", metavar="PATH", help=_PATH_HELP)
    extract.add_argument("--compact", action="store_true", help="one line of JSON, no indentation")
    extract.add_argument(
        "--strict", action="store_true", help="exit 1 when a check is inconsistent"
    )
    _page_options(extract)
    _model_option(extract)
    _timeout_option(extract)


def _add_clean(sub: Any) -> None:
    clean = sub.add_parser("clean", help="print the cleaned article text of a page")
    clean.add_argument("path", metavar="PATH", help=_PATH_HELP)
    _page_options(clean, about=False)
    _timeout_option(clean)


def _add_show(sub: Any) -> None:
    show = sub.add_parser(
        "show", help="write an HTML report that highlights every fact and check of a page"
    )
    show.add_argument(
        "path",
        metavar="PATH",
        help=f"{_PATH_HELP}, or an Article .json from extract",
    )
    show.add_argument(
        "-o", "--output", metavar="FILE", help="report file (default: PAGE-NAME.report.html here)"
    )
    show.add_argument("--open", action="store_true", help="open the report in a web browser")
    _page_options(show)
    _model_option(show)
    _timeout_option(show)


def _add_regress(sub: Any) -> None:
    regress = sub.add_parser(
        "regress", help="compare saved pages with their golden facts files (fact-aware diff)"
    )
    regress.add_argument("folder", metavar="DIR", help="folder of saved pages")
    regress.add_argument("--update", action="store_true", help="write the golden files")
    regress.add_argument("--only", metavar="GLOB", help="only pages whose file name matches")
    regress.add_argument(
        "--tolerance", type=float, default=1e-6, metavar="REL", help="relative number tolerance"
    )
    _timeout_option(regress)


def _add_batch(sub: Any) -> None:
    batch = sub.add_parser(
        "batch", help="convert an archive (pages, JSONL, WARC) into shards of JSON facts"
    )
    batch.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files or folders: pages, .jsonl[.gz], .warc[.gz]",
    )
    batch.add_argument("-o", "--output", required=True, metavar="OUT", help="output folder")
    _worker_options(batch, None, "processes (default: all cores)")
    batch.add_argument("--format", choices=("jsonl", "json", "parquet"), default="jsonl")
    batch.add_argument("--engine", choices=("local", "spark"), default="local")
    batch.add_argument("--master", metavar="URL", help="Spark master URL (engine spark)")
    batch.add_argument(
        "--resume", action="store_true", help="skip records whose ids OUT already holds"
    )
    batch.add_argument("--limit", type=int, metavar="N", help="read at most N input records")
    batch.add_argument(
        "--shard-size",
        type=int,
        default=1000,
        metavar="N",
        help="records per output file (local engine)",
    )
    _model_option(batch)
    batch.add_argument(
        "--report",
        metavar="DIR",
        help="also write an HTML report: DIR/index.html and a page per article",
    )
    _limit_options(batch)


def _add_stream(sub: Any) -> None:
    stream = sub.add_parser(
        "stream",
        help="JSON lines in on stdin, one Article row per line out on stdout, in order",
    )
    _worker_options(stream, 1, "processes (default %(default)s)")
    _model_option(stream)
    _limit_options(stream)


def _worker_options(parser: argparse.ArgumentParser, workers: int | None, text: str) -> None:
    """``--workers`` and ``--worker-threads`` of the commands that run worker processes."""
    parser.add_argument("--workers", type=int, default=workers, metavar="N", help=text)
    parser.add_argument(
        "--worker-threads",
        type=int,
        default=Settings().worker_threads,
        metavar="N",
        help="BLAS/OpenMP threads per worker process, 0 = the libraries' default "
        "(default %(default)s)",
    )


#: The longest time budget a record may be given (a larger one overflows the interval timer).
_MOST_SECONDS = 1_000_000.0


def _seconds(text: str) -> float:
    """A ``--record-timeout`` value: a finite number of seconds, 0 for none."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and 0 <= value <= _MOST_SECONDS):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time budget: give seconds from 0 (none) to {_MOST_SECONDS:,.0f}"
        )
    return value


def _memory_mb(text: str) -> int:
    """A ``--worker-memory-mb`` value: 0 for none, else enough to load Python and the model."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value != 0 and not _LEAST_WORKER_MB <= value <= 1 << 30:
        raise argparse.ArgumentTypeError(
            f"{text!r}: give 0 (no limit) or at least {_LEAST_WORKER_MB} MB "
            "(a worker needs that much to load Python and the model)"
        )
    return value


_LEAST_WORKER_MB = 256


def _timeout_option(parser: argparse.ArgumentParser) -> None:
    """``--record-timeout`` for the single-page commands (the batch one is in the limits)."""
    parser.add_argument(
        "--record-timeout",
        type=_seconds,
        default=Settings().record_timeout,
        metavar="SECONDS",
        help="time budget per page, 0 = none (default %(default)s; past it: LimitError)",
    )


def _limit_options(parser: argparse.ArgumentParser) -> None:
    """The hostile-input limits of :class:`~newsfacts.settings.Settings` as options."""
    group = parser.add_argument_group("limits (a record past one is an error row)")
    defaults = Settings()
    group.add_argument(
        "--record-timeout",
        type=_seconds,
        default=defaults.record_timeout,
        metavar="SECONDS",
        help="time budget per record, 0 = none (default %(default)s; error type timeout)",
    )
    for name, what in (
        ("max_input_bytes", "input size in bytes, also after gzip"),
        ("max_dom_depth", "HTML nesting depth"),
        ("max_dom_nodes", "HTML element count"),
        ("max_article_chars", "cleaned article length"),
    ):
        group.add_argument(
            "--" + name.replace("_", "-"),
            type=int,
            default=getattr(defaults, name),
            metavar="N",
            help=f"maximum {what} (default %(default)s; error type LimitError)",
        )
    group.add_argument(
        "--worker-memory-mb",
        type=_memory_mb,
        default=2048,
        metavar="MB",
        help="address-space limit per worker process (default 2048; 0 = none)",
    )


def _limit_settings(args: argparse.Namespace) -> Settings:
    try:
        return Settings(
            **_model_settings(args),
            record_timeout=args.record_timeout or None,
            max_input_bytes=args.max_input_bytes,
            max_dom_depth=args.max_dom_depth,
            max_dom_nodes=args.max_dom_nodes,
            max_article_chars=args.max_article_chars,
            worker_memory_mb=args.worker_memory_mb or None,
            worker_threads=args.worker_threads or None,
        )
    except ValueError as exc:  # pydantic: a limit that is not positive
        raise ConfigError(f"invalid limit: {exc}") from exc


def _read(
    path: str, *, as_text: bool, url: str | None, published: str | None, settings: Settings
) -> tuple[RawPage, Record | None]:
    """The page a one-page command reads: a file, stdin (``-``) or one record of an archive.

    A record (``FILE:LINE``, ``FILE@OFFSET``) comes back too, with ``url`` and ``published``
    put in place of its own when given; None for a file or stdin.
    """
    from newsfacts.batch.records import find_record, load_record

    kind: PageKind | None = "text" if as_text else None
    if path == "-":
        data = sys.stdin.buffer.read(settings.max_input_bytes + 1)
        if not as_text:  # --text says it is a page, whatever its first line
            _refuse_records(data[:_SNIFFED], "standard input")
        return load_page(data, kind=kind, url=url, settings=settings), None
    record = None if Path(path).exists() else find_record(path, settings=settings)
    if record is not None:
        record = replace(
            record,
            kind=kind or record.kind,
            url=url or record.url,
            published=published or record.published,
        )
        return load_record(record, settings=settings), record
    fmt = file_format(path)
    if fmt in MANY_RECORDS:
        raise ConfigError(_many_records(path, fmt), path=path)
    if Path(path).is_file() and not as_text and not is_page(Path(path).name):
        # a name that says page (.html, .txt) or --text wins; other names are sniffed
        try:
            with open(path, "rb") as handle:
                head = handle.read(_SNIFFED)
        except OSError:
            head = b""  # load_path says why it cannot be read
        _refuse_records(_gunzipped_head(head), path)
    return load_path(path, url=url, kind=kind, settings=settings), None


#: How much of a page's start is read to tell a crawl file from a page.
_SNIFFED = 65_536


def _gunzipped_head(head: bytes) -> bytes:
    """The start of ``head`` inflated when it is gzip (what is in it is read, not its wrapper)."""
    if not head.startswith(b"\x1f\x8b"):
        return head
    import zlib

    try:
        return zlib.decompressobj(wbits=31).decompress(head, _SNIFFED)
    except zlib.error:
        return head


def _refuse_records(head: bytes, name: str) -> None:
    """A crawl file given where a page is expected, whatever its name: point to ``batch``.

    JSON lines (the first line a JSON object) and WARC records (``WARC/1.x``) are records, not a
    page; read as one they would come out as a page of JSON or headers.
    """
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    what = None
    if start.startswith(b"WARC/"):
        what = "WARC records"
    elif start.startswith(b"{"):
        line = start.split(b"\n", 1)[0]
        try:
            first = json.loads(line)
        except (ValueError, RecursionError):
            first = None
        if isinstance(first, dict):
            what = "JSON lines (a crawl's records)"
    if what is not None:
        raise ConfigError(
            f"{name} holds {what}, not one page: convert it with `newsfacts batch FILE -o OUT` "
            "(or `newsfacts stream` for standard input)",
            path=name,
        )


def _many_records(path: str, fmt: FileFormat | None) -> str:
    """Why a one-page command refuses a whole file of many records, and what to run instead."""
    if fmt == "arc":
        return f"{path} is an ARC file of many records; newsfacts reads WARC (convert it first)"
    one = f"{path}:LINE (its 1-based line)" if fmt == "jsonl" else f"{path}@OFFSET"
    return (
        f"{path} holds many records, not one page: convert it with "
        f"`newsfacts batch {path} -o OUT`, or name one record as batch ids do: {one}"
    )


def _article(
    page: RawPage,
    record: Record | None,
    *,
    published: str | None,
    nlp: Language,
    settings: Settings,
) -> Article:
    """The page's Article; a record's as batch makes it (its dates apply, see ``parse_record``)."""
    from newsfacts.batch.convert import parse_record
    from newsfacts.pipeline import parse_page

    if record is not None:
        return parse_record(record, page, nlp=nlp, settings=settings)
    return parse_page(page, published=published, settings=settings, nlp=nlp)


def _cleaned(page: RawPage, settings: Settings, *, trace: bool = False) -> CleanDocument:
    """The page cleaned within the DOM limits of ``settings``, as ``extract`` cleans it."""
    return clean_page(
        page, trace=trace, max_depth=settings.max_dom_depth, max_nodes=settings.max_dom_nodes
    )


@contextmanager
def _page_budget(seconds: float | None, path: str) -> Iterator[None]:
    """Run one page's work within ``--record-timeout``; past it, a typed ``LimitError``."""
    try:
        with time_budget(seconds or None):
            yield
    except Overrun:
        raise overrun_error(seconds or 0, path=path) from None


def _extract(args: argparse.Namespace) -> int:
    from newsfacts.extract import load_nlp  # spaCy is imported only when needed

    settings = Settings(**_model_settings(args))
    page, record = _read(
        args.path, as_text=args.text, url=args.url, published=args.published, settings=settings
    )
    nlp = load_nlp(settings)  # the model loads before the page's time budget starts
    with _page_budget(args.record_timeout, args.path):
        article = _article(page, record, published=args.published, nlp=nlp, settings=settings)
    payload = article.model_dump(mode="json")
    if args.compact:
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n")
    else:
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    if article.status == "no_article":
        sys.stderr.write("newsfacts: no article body found on this page\n")
    if args.strict and any(c.status == "inconsistent" for c in article.checks):
        return 1
    return 0


def _clean(args: argparse.Namespace) -> int:
    settings = Settings()
    page, _ = _read(args.path, as_text=args.text, url=None, published=None, settings=settings)
    with _page_budget(args.record_timeout, args.path):
        document = _cleaned(page, settings)
    sys.stdout.write(document.text + "\n")
    return 0


def _report_path(args: argparse.Namespace) -> Path:
    if args.output:
        return Path(args.output)
    if args.path == "-":
        raise ConfigError("reading stdin: name the report file with -o")
    name = Path(args.path).name
    for mark in (":", "@"):  # one record of an archive: crawl.jsonl:3 -> crawl-3.report.html
        file, found, where = name.rpartition(mark)
        if found and file_format(file) in MANY_RECORDS:
            return Path(f"{page_stem(file)}-{where}.report.html")
    return Path(f"{page_stem(name.removesuffix('.json'))}.report.html")


def _show(args: argparse.Namespace) -> int:
    from newsfacts.report import render_report

    target = _report_path(args)
    removed = None
    if args.path.endswith(".json"):
        try:
            article = Article.model_validate_json(Path(args.path).read_bytes())
        except (OSError, ValueError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise LoadError(
                f"not an Article JSON file (as `newsfacts extract` writes): {first}",
                path=args.path,
            ) from exc
    else:
        from newsfacts.extract import load_nlp  # spaCy is imported only when needed

        settings = Settings(**_model_settings(args))
        page, record = _read(
            args.path, as_text=args.text, url=args.url, published=args.published, settings=settings
        )
        nlp = load_nlp(settings)  # before the page's time budget starts
        with _page_budget(args.record_timeout, args.path):
            article = _article(page, record, published=args.published, nlp=nlp, settings=settings)
            # cleaned a second time, with the trace on, so the normal path stays as fast
            removed = _cleaned(page, settings, trace=True).removed
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_report(article, removed=removed), encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write the report: {exc}", path=str(target)) from exc
    sys.stderr.write(f"newsfacts: report written to {visible(str(target))}\n")
    if args.open:
        import webbrowser

        try:
            opened = webbrowser.open(target.resolve().as_uri())
        except webbrowser.Error:
            opened = False
        if not opened:
            sys.stderr.write(
                f"newsfacts: no web browser found to open the report; open {target} yourself\n"
            )
    return 0


def _regress(args: argparse.Namespace) -> int:
    from newsfacts.regress import run_folder  # imports spaCy: only when needed

    results = list(
        run_folder(
            Path(args.folder),
            only=args.only,
            update=args.update,
            tolerance=args.tolerance,
            record_timeout=args.record_timeout or None,
        )
    )
    if not results:  # nothing was checked: that is no pass
        wanted = f" matching {args.only!r}" if args.only else ""
        sys.stdout.write(visible(f"0 pages{wanted} in {args.folder}: nothing was checked") + "\n")
        return 1
    for result in results:
        if result.status != "same" or result.problems:
            sys.stdout.write(visible(result.report()) + "\n")
    bad = [r for r in results if not r.ok]
    counts: dict[str, int] = {}
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    sys.stdout.write(f"{len(results)} pages: {summary or 'none found'}\n")
    if bad:
        sys.stdout.write(
            f"{len(bad)} page(s) need attention; `--update` blesses intended changes\n"
        )
        return 1
    return 0


def _batch(args: argparse.Namespace) -> int:
    from newsfacts.batch.progress import Progress

    if args.workers is not None and args.workers < 1:
        raise ConfigError("--workers must be at least 1")
    if args.limit is not None and args.limit < 0:
        raise ConfigError("--limit must not be negative")
    if args.shard_size < 1:
        raise ConfigError("--shard-size must be at least 1")
    settings = _limit_settings(args)
    if args.report:  # checked before any work, not after the conversion
        from newsfacts.batch.local import writable_folder

        writable_folder(Path(args.report), "report")
    progress = Progress()
    if args.engine == "spark":
        from newsfacts.batch.spark import run_spark

        summary = run_spark(
            args.inputs,
            args.output,
            master=args.master,
            fmt=args.format,
            resume=args.resume,
            limit=args.limit,
            settings=settings,
        )
    else:
        if args.master:
            raise ConfigError("--master needs --engine spark")
        from newsfacts.batch.local import run_local

        try:
            summary = run_local(
                args.inputs,
                args.output,
                workers=args.workers,
                fmt=args.format,
                resume=args.resume,
                limit=args.limit,
                settings=settings,
                shard_size=args.shard_size,
                progress=progress,
            )
        except KeyboardInterrupt:
            sys.stderr.write(
                "newsfacts: interrupted; the shards written are complete, "
                "rerun with --resume to finish\n"
            )
            return 1
    progress.report(summary)
    _report_skipped(args.inputs)
    if args.report:
        _batch_report(Path(args.output), Path(args.report))
    return 0


def _report_skipped(inputs: Sequence[str]) -> None:
    """Say which files of the input folders were not read: nothing given is dropped unsaid."""
    from newsfacts.sources.files import skipped_files

    skipped = skipped_files(inputs)
    if skipped:
        shown = ", ".join(visible(name) for name in skipped[:5]) + (
            f" and {len(skipped) - 5} more" if len(skipped) > 5 else ""
        )
        sys.stderr.write(
            f"newsfacts batch: {len(skipped)} file(s) skipped (not a page, JSONL or WARC "
            f"by name): {shown}\n"
        )


def _stream(args: argparse.Namespace) -> int:
    """``newsfacts stream``: stdout carries only rows (one JSON line each), stderr the summary."""
    from newsfacts.batch.progress import Summary
    from newsfacts.batch.stream import stream_rows

    if args.workers < 1:
        raise ConfigError("--workers must be at least 1")
    settings = _limit_settings(args)
    summary = Summary()
    out = sys.stdout
    for row in stream_rows(
        sys.stdin.buffer, workers=args.workers, settings=settings, summary=summary
    ):
        out.write(json.dumps(row, ensure_ascii=False, allow_nan=False) + "\n")
        out.flush()  # a row goes out as soon as it is ready: `... | newsfacts stream | jq`
    sys.stderr.write(f"newsfacts stream: {summary.format()}\n")
    return 0


def _batch_report(out: Path, folder: Path) -> None:
    from newsfacts.batch.writers import read_rows, shard_paths
    from newsfacts.report.index import write_batch_report

    rows = (row for shard in shard_paths(out) for row in read_rows(shard))
    try:
        index = write_batch_report(rows, folder)
    except OSError as exc:
        raise ConfigError(f"cannot write the report: {exc}", path=str(folder)) from exc
    sys.stderr.write(f"newsfacts batch: report written to {visible(str(index))}\n")


def _schema() -> int:
    schema = Article.model_json_schema(mode="serialization")
    sys.stdout.write(json.dumps(schema, indent=2) + "\n")
    return 0


def _subparser(parser: argparse.ArgumentParser, command: str) -> argparse.ArgumentParser:
    """The parser of one command (for its usage line in an error)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found = action.choices.get(command)
            if isinstance(found, argparse.ArgumentParser):
                return found
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newsfacts`` command; returns the exit code."""
    parser = build_parser()
    try:
        args, extra = parser.parse_known_args(argv)
        if extra:  # a bad flag after a command: that command's usage, not the top level's
            _subparser(parser, args.command).error(f"unrecognized arguments: {' '.join(extra)}")
    except SystemExit as exc:  # argparse exits on --help (0) and on usage errors (2)
        return int(exc.code or 0)
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "extract": _extract,
        "clean": _clean,
        "show": _show,
        "regress": _regress,
        "batch": _batch,
        "stream": _stream,
        "schema": lambda _args: _schema(),
    }
    try:
        return commands[args.command](args)
    except NewsFactsError as exc:
        sys.stderr.write(f"newsfacts: {type(exc).__name__}: {visible(str(exc))}\n")
        return 2 if isinstance(exc, ConfigError) else 1
    except BrokenPipeError:  # `newsfacts extract page.html | head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
