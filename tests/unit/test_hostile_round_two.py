"""Hostile input, round two (issue 18): crashes that must become typed errors or plain output."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts.clean import clean_html
from newsfacts.sources.raw import load_page

BODY = (
    "<p>The harbour board said on Monday that container volumes rose 4% in the first quarter, "
    "helped by two new routes to the north and a faster crane schedule at the main quay.</p>"
)


def test_json_ld_nested_a_thousand_deep_is_ignored_not_a_crash() -> None:
    script = '<script type="application/ld+json">' + "[" * 1000 + "]" * 1000 + "</script>"
    doc = clean_html(f"<html><head>{script}</head><body><article>{BODY}</article></body></html>")
    assert "container volumes rose 4%" in doc.text


def test_json_ld_objects_nested_past_the_cap_are_not_walked() -> None:
    deep = '{"@graph": ' * 50 + '{"@type": "NewsArticle", "headline": "Deep"}' + "}" * 50
    script = f'<script type="application/ld+json">{deep}</script>'
    page = f"<html><head>{script}<title>Harbour volumes</title></head><body>{BODY}</body></html>"
    assert clean_html(page).metadata.title == "Harbour volumes"


def test_a_charset_that_names_no_text_encoding_falls_back_to_utf8() -> None:
    for charset in ("punycode", "rot13", "zlib", "no-such-charset"):
        raw = (f'<html><head><meta charset="{charset}"></head><body>{BODY}</body></html>').encode()
        page = load_page(raw)
        assert "container volumes rose 4%" in page.text


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    from newsfacts.cli import main

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("newsfacts ")


def test_random_bytes_behind_a_latin1_declaration_are_binary() -> None:
    import random

    from newsfacts.errors import LoadError

    rng = random.Random(3)
    noise = bytes(rng.randint(1, 255) for _ in range(20_000))
    raw = b'<html><head><meta charset="iso-8859-1"></head><body>' + noise
    with pytest.raises(LoadError, match="binary"):
        load_page(raw)


def test_a_page_with_a_few_stray_controls_is_still_text() -> None:
    raw = f"<html><body>{BODY * 20}\x07\x1b</body></html>".encode()
    assert "container volumes" in load_page(raw).text


def test_read_rows_takes_a_string_path(tmp_path: Path) -> None:
    import json

    from newsfacts.batch.writers import read_rows

    shard = tmp_path / "part-00000.jsonl"
    shard.write_text(json.dumps({"id": "a", "status": "ok"}) + "\n", encoding="utf-8")
    assert [row["id"] for row in read_rows(str(shard))] == ["a"]


@pytest.mark.parametrize("name", ["crawl.jsonl", "crawl.jsonl.gz", "archive.warc.gz"])
def test_single_page_commands_refuse_crawl_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    from newsfacts.cli import main

    crawl = tmp_path / name
    crawl.write_bytes(b'{"id": "a", "html": "<p>Sales rose 5%.</p>"}\n')
    assert main(["extract", str(crawl), "--model", "none"]) == 2
    assert "newsfacts batch" in capsys.readouterr().err


def test_a_fifo_named_like_a_page_becomes_an_error_row_not_a_hang(tmp_path: Path) -> None:
    import os
    import signal

    from newsfacts.batch.records import iter_records

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text(f"<html><body>{BODY}</body></html>", encoding="utf-8")
    os.mkfifo(folder / "b.html")

    def hung(signum: int, frame: object) -> None:
        raise TimeoutError("reading the inputs blocked on the FIFO")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    try:
        records = list(iter_records([folder]))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [r.id for r in records] == [str(folder / "a.html"), str(folder / "b.html")]
    assert records[0].error is None
    assert records[1].error is not None
    assert "not a regular file" in records[1].error[1]


def test_batch_says_which_files_of_a_folder_it_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsfacts.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text(f"<html><body>{BODY}</body></html>", encoding="utf-8")
    (folder / "notes.bin").write_bytes(b"\x00\x01")
    (folder / "meta.json").write_text("{}", encoding="utf-8")
    (folder / ".hidden").write_text("x", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(folder), "-o", str(out), "--workers", "1", "--model", "none"]) == 0
    err = capsys.readouterr().err
    assert "2 file(s) skipped" in err
    assert "notes.bin" in err
    assert "meta.json" in err
    assert ".hidden" not in err


def test_colliding_ids_get_one_row_each_with_deterministic_suffixes(tmp_path: Path) -> None:
    import json

    from newsfacts.batch.local import run_local
    from newsfacts.batch.writers import read_rows, shard_paths

    page = f"<html><body>{BODY}</body></html>"
    crawl = tmp_path / "crawl.jsonl"
    items = [
        {"id": f"{crawl}:5", "html": page},  # claims the automatic id of line 5 ...
        {"id": "dup", "html": page},
        {"id": "dup", "html": page},
        {"id": "12345", "html": page},
        {"html": page},  # ... which this item, on line 5, gets
        {"id": 12345, "html": page},
        {"id": "dup", "html": page},
    ]
    crawl.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    summary = run_local([crawl], tmp_path / "out", workers=1)
    ids = [row["id"] for p in shard_paths(tmp_path / "out") for row in read_rows(p)]
    assert len(ids) == len(items)
    assert len(set(ids)) == len(items)
    assert {"dup", "dup#2", "dup#3", "12345", "12345#2", f"{crawl}:5#2"} <= set(ids)
    assert summary.renamed == 4
    assert summary.skipped == 0
    again = run_local([crawl], tmp_path / "out", workers=1, resume=True)
    assert again.records == 0
    assert again.skipped == len(items)  # the same ids come out again: resume finds them all


def test_a_text_repeated_fifty_times_is_one_copy_with_its_facts() -> None:
    from newsfacts import parse
    from newsfacts.settings import Settings

    line = "Profit rose 9% to $2.3 billion. Shares gained 2%."
    article = parse((line + "\n") * 50, published="2026-03-01", settings=Settings(model=None))
    assert article.status == "ok"
    assert article.text == line
    assert sorted(f.text for f in article.facts) == ["$2.3 billion", "2%", "9%"]


def test_short_repeated_table_lines_are_not_copies() -> None:
    from newsfacts.clean import clean_text

    rows = "Flour\n1 cup\nSugar\n1 cup\nButter\n1 cup\n"
    assert clean_text(rows).paragraphs.count("1 cup") == 3


def test_a_plain_text_without_a_sentence_is_still_no_article() -> None:
    from newsfacts import parse
    from newsfacts.settings import Settings

    article = parse("Home\nShare\nSubscribe\nMost read", settings=Settings(model=None))
    assert article.status == "no_article"


def _long_page() -> str:
    """A page of 400 different paragraphs: more work than a millisecond allows."""
    paragraphs = "".join(
        f"<p>In week {i} the harbour board said container volumes rose {i % 9 + 1}% to "
        f"{1000 + i} boxes, helped by {i % 5 + 2} new routes and a faster crane schedule.</p>"
        for i in range(400)
    )
    return f"<html><body><article>{paragraphs}</article></body></html>"


# the alarm may land in a gc callback: the budget waits until it has returned, so nothing is
# raised where Python would swallow it (pytest would report it), and the budget holds
@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_single_page_commands_have_a_time_budget(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsfacts.cli import main

    page = tmp_path / "page.html"
    page.write_text(_long_page(), encoding="utf-8")
    args = [str(page), "--record-timeout", "0.001"]
    assert main(["extract", *args, "--model", "none"]) == 1
    assert "record_timeout" in capsys.readouterr().err
    assert main(["clean", *args]) == 1
    assert "LimitError" in capsys.readouterr().err
    assert main(["extract", str(page), "--model", "none", "--record-timeout", "0"]) == 0


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_regress_fails_one_page_past_its_budget(tmp_path: Path) -> None:
    from newsfacts.regress import run_folder

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_text(_long_page(), encoding="utf-8")
    results = list(run_folder(folder, record_timeout=0.001))
    assert [r.status for r in results] == ["failed"]
    assert "record_timeout" in results[0].problems[0]


# ------------------------------------------------------------------------- first-use rough edges


def test_help_and_schema_start_without_importing_spacy() -> None:
    import subprocess
    import sys

    probe = (
        "import sys, contextlib, io\n"
        "from newsfacts.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--help']); main(['schema']); main(['clean', '--help'])\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False"


def test_newsfacts_parse_is_still_reachable_from_the_package() -> None:
    import newsfacts

    assert callable(newsfacts.parse)
    assert callable(newsfacts.parse_page)
    with pytest.raises(AttributeError):
        newsfacts.no_such_name  # noqa: B018


def test_a_bad_flag_prints_the_commands_own_usage(capsys: pytest.CaptureFixture[str]) -> None:
    from newsfacts.cli import main

    assert main(["extract", "page.html", "--bogus"]) == 2
    err = capsys.readouterr().err
    assert "usage: newsfacts extract" in err
    assert "unrecognized arguments: --bogus" in err


def test_show_open_without_a_browser_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfacts.cli import main

    page = tmp_path / "p.html"
    page.write_text(f"<html><body><article>{BODY}</article></body></html>", encoding="utf-8")
    import webbrowser

    # a machine without a browser: nothing on PATH, no display, the registry read afresh
    monkeypatch.setenv("BROWSER", str(tmp_path / "no-such-browser"))
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    monkeypatch.setattr(webbrowser, "_browsers", {})
    out = tmp_path / "r.html"
    assert main(["show", str(page), "--model", "none", "-o", str(out), "--open"]) == 0
    assert out.exists()
    assert "no web browser found" in capsys.readouterr().err


def test_a_missing_model_advises_the_rules_only_switch() -> None:
    from newsfacts import ModelError, Settings
    from newsfacts.extract.nlp import load_nlp

    with pytest.raises(ModelError, match="--model none"):
        load_nlp(Settings(model="no_such_pipeline_xx"))


def test_the_progress_bar_shows_the_model_load_as_its_own_step() -> None:
    import io
    import time

    from newsfacts.batch.progress import Progress

    stream = io.StringIO()
    with Progress(total=4, enabled=True, stream=stream) as bar:
        time.sleep(0.3)  # the workers loading the model: no record yet
        assert "loading model" in stream.getvalue()
        first = time.time()
        bar.update(2)
        assert bar._bar.n == 2
        # the clock starts at the first record: the load time is not in the rate or the ETA
        assert bar._bar.start_t >= first
        bar.update(2)
    assert "4/4" in stream.getvalue()


# ------------------------------------------------------------------ short texts (issue 20 item 4)


def test_a_short_text_given_by_the_caller_is_the_article() -> None:
    import newsfacts

    article = newsfacts.parse("Sales rose 5% to $3 billion, Acme said.")
    assert article.status == "ok"
    assert article.reason is None
    assert {"5%", "$3 billion"} <= {f.text for f in article.facts}


@pytest.mark.parametrize(
    ("page", "says"),
    [
        ("<html><body><nav><a href='/a'>Home</a></nav></body></html>", "no text found"),
        ("<html><body><article><p>Port volumes rose.</p></article></body></html>", "minimum"),
        (
            "<html><body><article>"
            + "".join(f"<p>Headline number {i} about the port</p>" for i in range(20))
            + "</article></body></html>",
            "no paragraph of 120 characters",
        ),
    ],
)
def test_a_page_without_an_article_says_why(page: str, says: str) -> None:
    import newsfacts

    article = newsfacts.parse(page, settings=newsfacts.Settings(model=None))
    assert article.status == "no_article"
    assert article.reason is not None
    assert says in article.reason


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_a_budget_holds_when_its_alarm_lands_where_exceptions_are_swallowed() -> None:
    # the alarm can fire while Python runs a __del__ or a gc callback, which swallow what they
    # raise: the budget raises once that has returned (nothing swallowed, nothing reported),
    # and the block still went past its budget and must say so
    import time

    from newsfacts.budget import Overrun, time_budget

    class SlowToDie:
        def __del__(self) -> None:
            until = time.monotonic() + 0.2
            while time.monotonic() < until:
                pass

    def run_out_the_budget() -> None:
        with time_budget(0.02):
            doomed = SlowToDie()
            del doomed

    with pytest.raises(Overrun):
        run_out_the_budget()


@pytest.mark.parametrize(
    "address", ["https://[harbour.example/news/gates", "https://harbour.example:99999/x", "//["]
)
def test_a_malformed_canonical_address_is_kept_as_printed_not_a_crash(address: str) -> None:
    # found by the fuzz test: a bracket opened in the host made the URL parser raise
    story = "The river authority opened the new flood gates on Monday after three years. " * 8
    page = (
        f'<html><head><link rel="canonical" href="{address}"><title>Gates open</title></head>'
        f"<body><article><h1>Gates open</h1><p>{story}</p></article></body></html>"
    )
    document = clean_html(page, url=address)
    assert document.metadata.canonical_url == address
    assert "flood gates" in document.text


# ------------------------------------------------------------- round two, second pass (re-test)


@pytest.mark.parametrize("value", ["-1", "nan", "inf", "1e300", "soon"])
@pytest.mark.parametrize("command", ["extract", "clean", "show", "regress"])
def test_a_time_budget_that_is_no_number_of_seconds_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, value: str
) -> None:
    from newsfacts.cli import main

    page = tmp_path / "page.html"
    page.write_text(f"<html><body>{BODY}</body></html>", encoding="utf-8")
    target = str(tmp_path) if command == "regress" else str(page)
    assert main([command, target, f"--record-timeout={value}"]) == 2
    err = capsys.readouterr().err
    assert "is not a time budget" in err
    assert "Traceback" not in err


def _never_blocks(run: object) -> object:
    """Run ``run()`` under a 20 s alarm: a read that blocks fails the test instead of hanging."""
    import signal

    def hung(signum: int, frame: object) -> None:
        raise TimeoutError("blocked on a FIFO")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    try:
        return run()  # type: ignore[operator]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_extract_refuses_a_fifo_without_opening_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    from newsfacts.cli import main

    os.mkfifo(tmp_path / "x.html")
    code = _never_blocks(lambda: main(["extract", str(tmp_path / "x.html"), "--model", "none"]))
    assert code == 1
    assert "not a regular file" in capsys.readouterr().err


def test_batch_given_a_fifo_by_name_writes_an_error_row(tmp_path: Path) -> None:
    import os

    from newsfacts.batch.records import iter_records

    os.mkfifo(tmp_path / "pipe.html")
    records = _never_blocks(lambda: list(iter_records([tmp_path / "pipe.html"])))
    assert [r.error is not None for r in records] == [True]  # type: ignore[attr-defined]


def test_regress_fails_fifos_and_dangling_links_one_page_each(tmp_path: Path) -> None:
    import os

    from newsfacts.regress import run_folder

    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text("Profit rose 9% to $2.3 billion in 2025.", encoding="utf-8")
    os.mkfifo(folder / "fifo.html")  # a page that is a FIFO
    os.mkfifo(folder / "b.txt.facts.json")  # a golden file that is a FIFO
    os.mkfifo(folder / "c.txt.expect.toml")  # a rules file that is a FIFO
    (folder / "gone.html").symlink_to(folder / "nowhere.html")
    for update in (False, True):
        results = _never_blocks(lambda u=update: list(run_folder(folder, update=u)))
        by_name = {r.page.name: r for r in results}  # type: ignore[attr-defined]
        assert set(by_name) == {"a.txt", "b.txt", "c.txt", "fifo.html", "gone.html"}
        for name in ("b.txt", "c.txt", "fifo.html", "gone.html"):
            assert by_name[name].status == "failed", name
    assert (folder / "b.txt.facts.json").is_fifo()  # never written through, not even by update


@pytest.mark.parametrize(
    ("rules", "says"),
    [
        ("[[must_have]]\nvalu = 12\n", "unknown fact field 'valu'"),
        ('[[must_not_have]]\nkindd = "percent"\n', "unknown fact field 'kindd'"),
    ],
)
def test_a_misspelled_field_inside_a_rule_fails_its_page(
    tmp_path: Path, rules: str, says: str
) -> None:
    from newsfacts.regress import run_folder

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text("Profit rose 9% to $2.3 billion in 2025.", encoding="utf-8")
    (folder / "a.txt.expect.toml").write_text(rules, encoding="utf-8")
    (result,) = run_folder(folder)
    assert result.status == "failed"
    assert says in result.problems[0]


def test_a_rules_file_that_is_not_utf8_fails_its_page(tmp_path: Path) -> None:
    from newsfacts.regress import run_folder

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text("Profit rose 9% to $2.3 billion in 2025.", encoding="utf-8")
    (folder / "a.txt.expect.toml").write_bytes(b"\xff\xfe\x00")
    (result,) = run_folder(folder)
    assert result.status == "failed"
    assert "not UTF-8" in result.problems[0]


@pytest.mark.parametrize(
    "output",
    [
        "{file}/sub",  # below a file
        "/proc/newsfacts-out",  # a folder nobody may create
    ],
)
def test_an_unusable_output_folder_is_a_config_error_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], output: str
) -> None:
    from newsfacts.cli import main

    page = tmp_path / "a.txt"
    page.write_text("Profit rose 9% to $2.3 billion in 2025.", encoding="utf-8")
    out = output.format(file=page)
    assert main(["batch", str(page), "-o", out, "--model", "none", "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert "ConfigError: cannot write the output folder" in err


def test_an_unusable_report_folder_is_a_config_error_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsfacts.cli import main

    page = tmp_path / "a.txt"
    page.write_text("Profit rose 9% to $2.3 billion in 2025.", encoding="utf-8")
    out = tmp_path / "out"
    args = ["batch", str(page), "-o", str(out), "--report", f"{page}/rep", "--model", "none"]
    assert main(args) == 2
    assert "cannot write the report" in capsys.readouterr().err
    assert not out.exists()  # nothing was converted


def test_a_worker_memory_limit_too_small_to_start_a_worker_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsfacts.cli import main

    args = ["batch", str(tmp_path), "-o", str(tmp_path / "o"), "--worker-memory-mb", "1"]
    assert main(args) == 2
    assert "at least 256 MB" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["crawl", "crawl.gz", "-"])
def test_json_lines_under_any_name_are_refused_by_single_page_commands(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    import gzip
    import io
    import sys

    from newsfacts.cli import main

    lines = b'{"id": "a", "html": "<p>Sales rose 5%.</p>"}\n{"id": "b", "text": "Up 2%."}\n'
    if name == "-":
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
        target = "-"
    else:
        path = tmp_path / name
        path.write_bytes(gzip.compress(lines) if name.endswith(".gz") else lines)
        target = str(path)
    assert main(["extract", target, "--model", "none"]) == 2
    assert "newsfacts batch" in capsys.readouterr().err


def test_a_sentence_that_mentions_json_is_still_a_page(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    from newsfacts.cli import main

    text = b"The {braces} of the file held 3 fields, the engineers said.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    assert main(["extract", "-", "--text", "--model", "none"]) == 0


def test_random_bytes_are_binary_whichever_way_they_come() -> None:
    import random
    import string

    from newsfacts.errors import LoadError

    rng = random.Random(9)
    noise = bytes(rng.randint(0, 255) for _ in range(20_000))
    with pytest.raises(LoadError, match="binary"):
        load_page(noise.decode("latin-1"))  # as a crawler's JSON field holds it
    with pytest.raises(LoadError, match="binary"):
        load_page(noise, charset="iso-8859-1")  # as a WARC response's header declares it
    printable = "".join(rng.choice(string.printable[:94]) for _ in range(20_000))
    with pytest.raises(LoadError, match="not text"):
        load_page(printable, kind="text")


@pytest.mark.parametrize(
    "text",
    [
        # prose, a table of figures, a list of codes: text, however few letters
        "Profit rose 9% to $2.3 billion. " * 20,
        "Q1 | 1,204 | +3.1%\nQ2 | 1,311 | +8.9%\n" * 20,
        "东京的出口在三月增长了百分之四，港口的集装箱数量创下新高。" * 20,
    ],
)
def test_real_text_is_not_taken_for_random_characters(text: str) -> None:
    assert load_page(text, kind="text").text


def test_one_line_of_the_same_sentences_over_and_over_is_one_copy() -> None:
    from newsfacts import parse
    from newsfacts.settings import Settings

    line = "Profit rose 9% to $2.3 billion. Shares gained 2%."
    article = parse(" ".join([line] * 50), settings=Settings(model=None))
    assert article.text.strip() == line
    assert len([f for f in article.facts if f.kind in {"percent", "money"}]) == 3


def test_a_paragraph_that_only_repeats_a_word_is_left_as_it_is() -> None:
    from newsfacts.clean.dedupe import one_copy

    assert one_copy("No. No. No. No.") == "No. No. No. No."  # units under 20 characters
    paragraph = "Sales rose 5% in May. Sales rose 5% in May. And then they fell."
    assert one_copy(paragraph) == paragraph  # not only copies


def test_bidi_controls_and_escapes_in_names_are_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsfacts.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\u202egpj.exe.bin").write_bytes(b"x")
    (folder / "a.txt").write_text("Profit rose 9% to $2.3 billion in 2025.", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(folder), "-o", str(out), "--model", "none", "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "\u202e" not in err
    assert "evil\\u202egpj.exe.bin" in err
    assert main(["extract", str(tmp_path / "missing\u202e.html"), "--model", "none"]) != 0
    err = capsys.readouterr().err
    assert "\u202e" not in err
    assert "\\u202e" in err


def test_hidden_inputs_are_named_in_the_skipped_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsfacts.cli import main

    folder = tmp_path / "in"
    (folder / ".drafts").mkdir(parents=True)
    (folder / ".drafts" / "k.html").write_text(
        f"<html><body>{BODY}</body></html>", encoding="utf-8"
    )
    (folder / ".j.html").write_text(f"<html><body>{BODY}</body></html>", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00")
    (folder / "a.html").write_text(f"<html><body>{BODY}</body></html>", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(folder), "-o", str(out), "--model", "none", "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert ".j.html (hidden)" in err
    assert ".drafts/ (hidden folder)" in err
    assert ".DS_Store" not in err
    assert "1 records" in err


def test_a_report_page_shows_a_title_with_a_bidi_override_escaped() -> None:
    from newsfacts.facts import Article, ArticleMetadata
    from newsfacts.report import render_report

    article = Article(status="ok", metadata=ArticleMetadata(title="page\u202elmth.txt"))
    html = render_report(article)
    assert "\u202e" not in html
    assert "page\\u202elmth.txt" in html


def test_an_article_of_short_one_sentence_paragraphs_is_an_article() -> None:
    from newsfacts import parse
    from newsfacts.settings import Settings

    paragraphs = "".join(
        f"<p>Sales at store {i} rose {i % 40 + 1}% to ${i % 90 + 10} million in May.</p>"
        for i in range(30)
    )
    page = f"<html><head><title>Store sales</title></head><body><article>{paragraphs}</article></body></html>"
    article = parse(page, settings=Settings(model=None))
    assert article.status == "ok"
    assert len([f for f in article.facts if f.kind == "percent"]) == 30


def test_a_list_of_headlines_in_short_lines_is_still_no_article() -> None:
    from newsfacts import parse
    from newsfacts.settings import Settings

    items = "".join(
        f"<p><a href='/s/{i}'>Council weighs new budget for district {i}</a></p>" for i in range(30)
    )
    page = f"<html><body><main>{items}</main></body></html>"
    assert parse(page, settings=Settings(model=None)).status == "no_article"


def test_text_in_scripts_written_with_marks_and_no_spaces_is_text() -> None:
    khmer = "ព្រះរាជាណាចក្រកម្ពុជាបានប្រកាសគោលនយោបាយសេដ្ឋកិច្ចថ្មីកាលពីថ្ងៃពុធ។ " * 6
    assert load_page(khmer.encode(), kind="text").text


def test_a_text_with_a_few_lost_accents_is_still_text() -> None:
    french = (
        "Le gouvernement français a annoncé mercredi une réforme très contestée; "
        "selon le ministère, l'âge légal de départ passera à soixante-quatre ans. " * 4
    )
    lossy = french.encode("latin-1").decode("utf-8", "replace")
    assert "réforme" not in load_page(lossy).text  # read as given, accents lost upstream


def test_a_latin1_label_is_read_as_windows_1252_as_browsers_do() -> None:
    prose = "“We don’t know,” she said. “It’s what we’ve been told.” " * 20
    page = load_page(prose.encode("cp1252"), charset="iso-8859-1", kind="text")
    assert "“We don’t know,”" in page.text


def test_a_page_named_as_a_page_is_never_taken_for_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsfacts.cli import main

    page = tmp_path / "meta.txt"
    page.write_text(
        '{"source": "wire", "id": 17}\nThe city council voted on Tuesday to raise the '
        "budget by 4% to $2.1 billion, officials said.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(page), "--model", "none"]) == 0
    crawl = tmp_path / "crawl"
    crawl.write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["extract", str(crawl), "--text", "--model", "none"]) == 0  # --text says page
