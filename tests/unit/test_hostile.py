"""Hostile and broken input: no crash, no hang, nothing lost, nothing reached (issue 8).

The batch tests run the archive of ``hostile_cases.py`` (every family of bad input, plus a worker
that really hangs and one that really segfaults) through ``run_local`` with two workers. The unit
tests pin each defence on its own: parser limits, entity handling, decoding, language.
"""

from __future__ import annotations

import codecs
import http.server
import json
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from tests.unit.hostile_cases import (
    HOSTILE_SETTINGS,
    HostileArchive,
    article,
    build_hostile_archive,
)

from newsfacts.batch.local import run_local
from newsfacts.batch.progress import Summary
from newsfacts.batch.records import Record, iter_records, load_record
from newsfacts.batch.supervise import HOG_MARKER, TEST_HOOKS_ENV
from newsfacts.batch.writers import read_rows, shard_paths
from newsfacts.clean import clean_html, detect_language
from newsfacts.errors import LimitError, NewsFactsError
from newsfacts.extract.numbers import parse_digits, parse_number, swap_separators
from newsfacts.settings import Settings
from newsfacts.sources import decode_bytes
from newsfacts.sources.raw import scrub_text

Row = dict[str, Any]


@pytest.fixture(scope="module")
def hostile_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[HostileArchive, Path, Summary, float]:
    root = tmp_path_factory.mktemp("hostile")
    archive = build_hostile_archive(root / "in")
    out = root / "out"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TEST_HOOKS_ENV, "1")  # the hang and crash markers work in the workers
        started = time.monotonic()
        summary = run_local(archive.inputs, out, workers=2, settings=HOSTILE_SETTINGS)
        wall = time.monotonic() - started
    return archive, out, summary, wall


def _rows(out: Path) -> list[Row]:
    return [row for path in shard_paths(out) for row in read_rows(path)]


def test_hostile_every_record_has_exactly_one_row_in_input_order(
    hostile_run: tuple[HostileArchive, Path, Summary, float],
) -> None:
    archive, out, summary, _ = hostile_run
    expected = [record.id for record in iter_records(archive.inputs, settings=HOSTILE_SETTINGS)]
    assert [row["id"] for row in _rows(out)] == expected
    assert sorted(expected) == sorted(case.id for case in archive.cases)
    assert summary.records == len(expected)


def test_hostile_each_case_has_its_outcome(
    hostile_run: tuple[HostileArchive, Path, Summary, float],
) -> None:
    archive, out, _, _ = hostile_run
    rows = {row["id"]: row for row in _rows(out)}
    wrong = [
        f"{case.family} {case.id}: expected {case.expect}, got {rows[case.id]['status']} "
        f"{rows[case.id].get('error')}"
        for case in archive.cases
        if not case.check(rows[case.id])
    ]
    assert not wrong, "\n".join(wrong)


def test_hostile_shards_are_strict_json(
    hostile_run: tuple[HostileArchive, Path, Summary, float],
) -> None:
    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in the output")

    _, out, _, _ = hostile_run
    for path in shard_paths(out):
        for line in path.read_bytes().decode("utf-8").splitlines():
            assert isinstance(json.loads(line, parse_constant=refuse), dict)


def test_hostile_output_stays_in_the_output_folder(
    hostile_run: tuple[HostileArchive, Path, Summary, float],
) -> None:
    archive, out, _, _ = hostile_run
    assert all(path.name.startswith("part-") for path in out.iterdir())
    written = {p for p in archive.root.parent.rglob("*") if p.is_file()}
    inside = {p for p in written if out in p.parents or archive.root in p.parents}
    assert written == inside
    assert not any("escape" in p.name for p in archive.root.parent.parent.iterdir())
    assert not Path("/etc/newsfacts-escape").exists()


def test_hostile_hang_and_crash_cost_only_their_record(
    hostile_run: tuple[HostileArchive, Path, Summary, float],
) -> None:
    _, out, _, wall = hostile_run
    rows = {row["id"]: row for row in _rows(out)}
    assert rows["hang"]["error"]["type"] == "timeout"
    assert "record_timeout" in rows["hang"]["error"]["message"]
    assert rows["crash"]["error"]["type"] == "worker_died"
    assert "SIGSEGV" in rows["crash"]["error"]["message"]
    assert rows["killed"]["error"]["type"] == "worker_died"
    assert "SIGKILL" in rows["killed"]["error"]["message"]
    assert all(rows[f"ok-{n}"]["status"] == "ok" for n in range(12))
    # the hang costs its chunk's budget and its own, not more
    budget = HOSTILE_SETTINGS.record_timeout or 0
    assert wall < 2 * budget + 60


# -- limits ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markup", "limit"),
    [
        ("<div>" * 300 + "<p>deep</p>" + "</div>" * 300, "max_dom_depth"),
        ("<div>" * 10_000 + "<p>deeper</p>" + "</div>" * 10_000, "max_dom_depth"),
        ("<body>" + "<i>x</i>" * 2_000 + "</body>", "max_dom_nodes"),
    ],
)
def test_clean_html_refuses_trees_past_the_limits(markup: str, limit: str) -> None:
    with pytest.raises(LimitError) as caught:
        clean_html(markup, max_depth=200, max_nodes=1_000)
    assert caught.value.limit == limit


def test_clean_html_accepts_trees_within_the_limits() -> None:
    markup = "<div>" * 150 + article() + "</div>" * 150
    assert "turbines" in clean_html(markup, max_depth=200, max_nodes=1_000).text


# -- security ----------------------------------------------------------------------------------


def test_clean_html_does_not_read_files_through_entities(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-42", encoding="utf-8")
    uri = secret.as_uri()
    markup = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY s SYSTEM "{uri}">]>'
        + article(extra="<p>&s;</p>")
        + f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{uri}" parse="text"/>'
    )
    document = clean_html(markup)
    assert "TOP-SECRET" not in document.text
    assert "ENTITY" not in document.text


def test_clean_html_does_not_expand_a_billion_laughs() -> None:
    laughs = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    markup = f'<!DOCTYPE x [<!ENTITY l0 "lol">{laughs}]>' + article(extra="<p>&l9;</p>")
    started = time.monotonic()
    document = clean_html(markup)
    assert time.monotonic() - started < 5
    assert "lollol" not in document.text
    assert len(document.text) < 2_000


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []  # noqa: RUF012 - shared on purpose: the test reads it

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'<!ENTITY leak "FETCHED-DTD">')

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_clean_html_fetches_no_external_dtd_or_entity() -> None:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        markup = (
            f'<?xml version="1.0"?><!DOCTYPE html SYSTEM "{base}/evil.dtd" '
            f'[<!ENTITY % remote SYSTEM "{base}/remote.dtd"> %remote; '
            f'<!ENTITY web SYSTEM "{base}/entity.txt">]>'
            + article(extra=f'<p>&web; &leak;</p><img src="{base}/pixel.png">')
        )
        document = clean_html(markup)
    finally:
        server.shutdown()
        server.server_close()
    assert _Recorder.hits == []
    assert "FETCHED" not in document.text


# -- encodings ---------------------------------------------------------------------------------

GERMAN = (
    "<html><body><p>Die Zahl der Windrädern und Straßen stieg im Jahr deutlich an, wie die "
    "Behörde am Montag mitteilte.</p></body></html>"
)


@pytest.mark.parametrize(
    ("data", "codec"),
    [
        (GERMAN.encode("cp1252"), "cp1252"),
        (GERMAN.replace("<html>", "<html><meta charset='utf-8'>").encode("cp1252"), "cp1252"),
        (GERMAN.replace("<html>", "<html><meta charset='iso-8859-1'>").encode(), "utf-8"),
        (GERMAN.replace("<html>", "<html><meta charset='windows-1252'>").encode(), "utf-8"),
        (codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"), "utf-16"),
    ],
)
def test_decode_bytes_never_yields_mojibake(data: bytes, codec: str) -> None:
    text, used = decode_bytes(data)
    assert "Windrädern" in text
    assert "Straßen" in text
    assert used == codec


def test_decode_bytes_keeps_cyrillic_windows_1251_cyrillic() -> None:
    russian = "<p>Ветряные электростанции региона выработали на 14 % больше энергии</p>"
    text, _ = decode_bytes(russian.encode("cp1251"))
    assert "Ветряные" in text


def test_load_record_ignores_a_latin1_header_on_utf8_bytes() -> None:
    record = Record(id="r", data=GERMAN.encode(), kind="html", charset="ISO-8859-1")
    assert "Windrädern" in load_record(record).text


def test_scrub_text_drops_controls_and_lone_surrogates() -> None:
    assert scrub_text("a\x00b\x1bc\ud800d\tе\n") == "abcd\tе\n"


# -- numbers -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["9" * 25, "1," * 30 + "000", "12345678901234567890123456"])
def test_parse_digits_refuses_runs_too_long_to_be_figures(text: str) -> None:
    assert parse_digits(text) is None
    assert parse_number(text) is None


def test_parse_digits_keeps_long_real_figures() -> None:
    assert parse_digits("1,000,000,000,000,000,000,000") == 10**21


# -- language ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The council said on Monday that the bridge will open in the spring, as planned.", "en"),
        ("Der Rat teilte am Montag mit, dass die Brücke im Frühjahr für den Verkehr eröffnet wird und die Kosten nicht steigen.", "de"),
        ("Le conseil a indiqué lundi que le pont sera ouvert au printemps et que les coûts sont stables pour la ville.", "fr"),
        ("El consejo dijo el lunes que el puente se abrirá en primavera y que los costes no han subido según el alcalde.", "es"),
        ("Il consiglio ha detto lunedì che il ponte sarà aperto in primavera e che i costi sono stati rispettati dal comune.", "it"),
        ("Совет заявил в понедельник, что мост откроется весной, а расходы не вырастут.", "ru"),
        ("Рада заявила в понеділок, що міст відкриється навесні, і витрати не зростуть.", "uk"),
        ("議会は月曜日、橋は春に開通し、費用は増えないと発表した。市長は記者団にそう語った。", "ja"),
        ("Short.", None),
        ("You would be paying around $17.99 per month, so you would save money.", None),
        ("12 345 678 90 12 34 56 78 90 12 34 56 78", None),
    ],
)  # fmt: skip
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_limit_error_is_a_newsfacts_error() -> None:
    error = LimitError("too deep", limit="max_dom_depth", path="p.html")
    assert isinstance(error, NewsFactsError)
    assert str(error) == "too deep (p.html)"


# -- command line ------------------------------------------------------------------------------


def test_batch_cli_limits_apply(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsfacts.cli import main

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "deep.html").write_text("<div>" * 80 + article() + "</div>" * 80, encoding="utf-8")
    (pages / "flat.html").write_text(article(), encoding="utf-8")
    out = tmp_path / "out"
    argv = ["batch", str(pages), "-o", str(out), "--workers", "1", "--model", "none"]
    assert main([*argv, "--max-dom-depth", "50", "--record-timeout", "30"]) == 0
    rows = {Path(row["id"]).name: row for row in _rows(out)}
    assert rows["deep.html"]["error"]["type"] == "LimitError"
    assert "max_dom_depth" in rows["deep.html"]["error"]["message"]
    assert rows["flat.html"]["status"] == "ok"
    capsys.readouterr()


@pytest.mark.parametrize("option", ["--max-dom-depth", "--max-input-bytes", "--max-dom-nodes"])
def test_batch_cli_refuses_a_limit_that_is_not_positive(
    tmp_path: Path, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsfacts.cli import main

    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "out"), option, "0"]) == 2
    assert "invalid limit" in capsys.readouterr().err


# -- other languages ---------------------------------------------------------------------------

GERMAN_PAGE = (
    "<html lang='de'><body><article><p>Der Betreiber der Windräder teilte am Dienstag mit, dass "
    "die Zahl der Anlagen im vergangenen Jahr auf 1.240 gestiegen ist und der Umsatz um 9,5 % "
    "zugenommen hat. Die Kosten für die Wartung sind dagegen um 3,25 Prozent gesunken, weil die "
    "Firma 40 Getriebe ausgetauscht hat, sagte der Vorstand.</p></article></body></html>"
)


def test_parse_reads_decimal_commas_in_german_text(rules_nlp: Language) -> None:
    from newsfacts import parse

    article_ = parse(GERMAN_PAGE, nlp=rules_nlp, settings=Settings(model=None))
    assert article_.metadata.language == "de"
    assert article_.pipeline is not None
    assert article_.pipeline.stages == ["clean", "numbers", "dates", "validate"]
    values = {fact.text: getattr(fact, "value", None) for fact in article_.facts}
    assert values["1.240"] == 1240
    assert values["9,5 %"] == Decimal("9.5")
    assert not any(fact.kind == "organization" for fact in article_.facts)


def test_swap_separators_keeps_offsets() -> None:
    text = "1.240,5 Euro, 3,25 %, 12.000.000 und 2026"
    swapped = swap_separators(text)
    assert swapped == "1,240.5 Euro, 3.25 %, 12,000,000 und 2026"
    assert len(swapped) == len(text)


def test_worker_memory_limit_costs_only_the_greedy_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = tmp_path / "items.jsonl"
    lines = [
        json.dumps({"id": "before", "html": article(201)}),
        json.dumps({"id": "greedy", "html": article(202, extra=f"<!-- {HOG_MARKER} -->")}),
        json.dumps({"id": "after", "html": article(203)}),
    ]
    items.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv(TEST_HOOKS_ENV, "1")
    settings = Settings(model=None, worker_memory_mb=2048, record_timeout=30)
    run_local([items], tmp_path / "out", workers=1, settings=settings)
    rows = {row["id"]: row for row in _rows(tmp_path / "out")}
    assert list(rows) == ["before", "greedy", "after"]
    assert rows["greedy"]["error"]["type"] == "worker_died"
    assert rows["before"]["status"] == rows["after"]["status"] == "ok"


def test_parse_text_with_nul_bytes_and_lone_surrogates(rules_nlp: Language) -> None:
    from newsfacts import parse

    page = article().replace("turbines", "turb\x00ines\ud800", 1)
    result = parse(page, nlp=rules_nlp, settings=Settings(model=None))
    assert result.status == "ok"
    assert "120 turbines" in result.text
    result.model_dump_json()  # writable: nothing unencodable left
