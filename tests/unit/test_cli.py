"""The command line, run in-process through main([...])."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from spacy.language import Language
from tests.conftest import PAGES

from newsfacts.cli import main
from newsfacts.facts import FACT_KINDS
from newsfacts.settings import Settings

EXAMPLE = PAGES / "techwire__2026-04-24__token-usage.html"


def test_cli_extract_prints_the_article_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(EXAMPLE)]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["schema_version"] == "1.0"
    assert article["status"] == "ok"
    kinds = {f["kind"] for f in article["facts"]}
    assert kinds == {"date_range", "quantity", "percent", "organization"}
    fact = next(f for f in article["facts"] if f["text"] == "20.6 trillion tokens")
    assert fact["value"] == 20600000000000
    assert fact["span"] == [
        article["text"].index("20.6 trillion tokens"),
        article["text"].index("20.6 trillion tokens") + 20,
    ]


def test_cli_extract_compact_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(EXAMPLE), "--compact"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    json.loads(out)


def test_cli_extract_reads_stdin_with_published(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = (PAGES / "techwire__2026-04-24__token-usage.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["extract", "-", "--text", "--published", "2026-04-24"]) == 0
    article = json.loads(capsys.readouterr().out)
    week = next(f for f in article["facts"] if f["kind"] == "date_range" and "April" in f["text"])
    assert (week["start"], week["end"]) == ("2026-04-13", "2026-04-19")
    assert article["metadata"]["published"] == "2026-04-24"


def test_cli_strict_exits_1_on_an_inconsistent_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "edited.html"
    page.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace("20.6 trillion tokens", "8.2 trillion tokens"),
        encoding="utf-8",
    )
    assert main(["extract", str(page)]) == 0
    assert main(["extract", str(page), "--strict"]) == 1
    capsys.readouterr()


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty input"), (b"\x00\x01\x02binary\x00", "binary input")],
)
def test_cli_bad_input_gives_a_one_line_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, reason: str
) -> None:
    page = tmp_path / "bad.html"
    page.write_bytes(content)
    assert main(["extract", str(page)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert reason in err
    assert "LoadError" in err


def test_cli_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope.html")]) == 1
    assert "cannot read file" in capsys.readouterr().err


def test_cli_bad_published_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(EXAMPLE), "--published", "soon"]) == 2
    assert "ConfigError" in capsys.readouterr().err


def test_cli_no_article_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(PAGES / "harbourledger__2026-03-12__markets-index.html")]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["status"] == "no_article"
    assert "no article" in captured.err


def test_cli_clean_prints_the_body(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "20.6 trillion tokens" in out
    assert "70 billion yuan" not in out
    assert "Advertisement" not in out
    assert out.count("dropped 23.77%") == 1


def test_cli_schema_is_the_article_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Article"
    assert {"schema_version", "status", "facts", "checks", "text", "metadata"} <= set(
        schema["properties"]
    )
    labels = {kind.label for kind in FACT_KINDS}
    assert {d for d in json.dumps(schema["$defs"]).split('"') if d in labels} == labels


def test_cli_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    capsys.readouterr()


def test_cli_show_writes_a_report_with_the_removed_blocks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sub" / "report.html"
    assert main(["show", str(EXAMPLE), "-o", str(target)]) == 0
    assert f"report written to {target}" in capsys.readouterr().err
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert 'id="fact-f1"' in page
    assert "Most read" in page, "the dropped teaser block is shown under what the cleaner removed"
    assert "Not recorded" not in page


def test_cli_show_default_name_and_article_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["extract", str(EXAMPLE)]) == 0
    saved = tmp_path / "story.json"
    saved.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["show", str(saved)]) == 0
    page = (tmp_path / "story.report.html").read_text(encoding="utf-8")
    assert "pct_change" in page
    assert "Not recorded" in page, "a report from JSON cannot know what the cleaner removed"


def test_cli_show_bad_json_and_stdin_without_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    for payload in ('{"status": "maybe"}', '{"a": 1}'):  # a wrong Article, not an Article at all
        bad.write_text(payload, encoding="utf-8")
        assert main(["show", str(bad), "-o", str(tmp_path / "r.html")]) == 1
        err = capsys.readouterr().err.strip()
        assert "not an Article JSON file" in err
        assert len(err.splitlines()) == 1  # one line, not a pydantic dump
    assert main(["show", "-"]) == 2
    assert "-o" in capsys.readouterr().err


def test_cli_show_open_hands_the_file_to_a_browser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    target = tmp_path / "r.html"
    assert main(["show", str(EXAMPLE), "-o", str(target), "--open"]) == 0
    assert opened == [target.resolve().as_uri()]
    capsys.readouterr()


def _archive(tmp_path: Path) -> tuple[Path, Path, int]:
    """A JSONL file whose second line is a story, and a WARC file whose second record is a page."""
    from tests.unit.batch_archive import STORY_TEXT, UNDATED_HTML, warc_response, write_warc_gz

    items = tmp_path / "items.jsonl"
    story = {"url": "https://northwind.example/q1", "text": STORY_TEXT, "published": "2026-04-07"}
    items.write_text(json.dumps({"id": "x", "text": "short"}) + "\n" + json.dumps(story) + "\n")
    crawl = tmp_path / "crawl.warc.gz"
    pages = [
        warc_response("https://a.example/", EXAMPLE.read_bytes()),
        warc_response(
            "https://b.example/", UNDATED_HTML.encode("latin-1"), "text/html; charset=latin-1"
        ),
    ]
    return items, crawl, write_warc_gz(crawl, pages)[1]


def test_cli_extract_of_a_record_id_is_its_batch_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rules_nlp: Language
) -> None:
    from newsfacts.batch.convert import convert_record
    from newsfacts.batch.records import find_record

    items, crawl, offset = _archive(tmp_path)
    for record_id in (f"{items}:2", f"{crawl}@{offset}"):
        assert main(["extract", record_id, "--model", "none"]) == 0
        article = json.loads(capsys.readouterr().out)
        record = find_record(record_id)
        assert record is not None
        row = convert_record(record, nlp=rules_nlp, settings=Settings(model=None))
        assert article == {key: value for key, value in row.items() if key != "id"}
        assert article["status"] == "ok"
    # the WARC page gives no date: the WARC-Date's day is its publication date, as in batch
    assert article["metadata"]["published"] == "2026-04-20"


def test_cli_show_and_clean_read_a_record_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    items, crawl, offset = _archive(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["show", f"{crawl}@{offset}", "--model", "none"]) == 0
    assert "Brightcup" in (tmp_path / f"crawl-{offset}.report.html").read_text(encoding="utf-8")
    assert main(["clean", f"{items}:2"]) == 0
    assert capsys.readouterr().out.startswith("Northwind Freight said on Tuesday")
    assert main(["extract", f"{items}:3"]) == 2
    assert "no JSONL item on line 3: a blank line, or past the end" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "one"), [("crawl.jsonl", ":LINE"), ("crawl.ndjson.gz", ":LINE"), ("a.warc", "@OFFSET")]
)
def test_cli_a_whole_file_of_records_is_refused_with_the_record_id_form(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, one: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b'{"html": "<p>Sales rose 5%.</p>"}\n')
    for command in ("extract", "clean", "show"):
        assert main([command, str(path)]) == 2
        err = capsys.readouterr().err
        assert f"`newsfacts batch {path} -o OUT`" in err
        assert f"{path}{one}" in err


def test_cli_clean_applies_the_dom_limits_of_extract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 300 + "Sales rose 5%." + "</body></html>")
    assert main(["clean", str(page)]) == 1
    assert "LimitError: HTML nested deeper than 200 levels" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command", [["extract", "x.html"], ["show", "x.html"], ["batch", "x", "-o", "out"], ["stream"]]
)
def test_cli_no_parser_reaches_the_settings(command: list[str]) -> None:
    from newsfacts.cli import _model_settings, build_parser

    args = build_parser().parse_args([*command, "--no-parser", "--model", "none"])
    assert Settings(**_model_settings(args)).subject_parser is False
    assert Settings(**_model_settings(args)).model is None
    args = build_parser().parse_args(command)
    assert Settings(**_model_settings(args)).subject_parser is True
    assert Settings(**_model_settings(args)).parse_budget_chars == 15_000
    args = build_parser().parse_args([*command, "--parse-budget", "0"])
    assert Settings(**_model_settings(args)).parse_budget_chars is None
    args = build_parser().parse_args([*command, "--parse-budget", "400"])
    assert Settings(**_model_settings(args)).parse_budget_chars == 400


def test_cli_extract_without_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(EXAMPLE), "--no-parser"]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["status"] == "ok"
    assert any(f["text"] == "20.6 trillion tokens" for f in article["facts"])
