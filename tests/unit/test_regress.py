"""Regression tests for saved pages: the fact-aware diff, --update, expectations, CLI, plugin."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from spacy.language import Language
from tests.conftest import PAGES

from newsfacts.cli import main
from newsfacts.regress import diff_articles, find_pages, golden_path, run_page

pytest_plugins = ["pytester"]

SOURCE = PAGES / "techwire__2026-04-24__token-usage.html"


@pytest.fixture
def page(tmp_path: Path) -> Path:
    copy = tmp_path / SOURCE.name
    shutil.copy(SOURCE, copy)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_regress_new_page_then_update_then_same(page: Path, nlp: Language) -> None:
    assert run_page(page, nlp=nlp).status == "new"
    assert run_page(page, nlp=nlp, update=True).status == "written"
    assert golden_path(page).exists()
    result = run_page(page, nlp=nlp)
    assert result.status == "same"
    assert result.ok


def test_regress_diff_names_exactly_the_changed_fact(page: Path, nlp: Language) -> None:
    run_page(page, nlp=nlp, update=True)
    _edit(page, "to 4.91 trillion tokens", "to 4.97 trillion tokens")
    result = run_page(page, nlp=nlp)
    assert result.status == "changed"
    fact_lines = [line for line in result.diff if "fact" in line.split(":")[0]]
    assert fact_lines == [
        "~ fact changed: quantity '4.91 trillion tokens' = 4910000000000 tokens: "
        "text '4.91 trillion tokens' -> '4.97 trillion tokens'",
        "~ fact changed: quantity '4.91 trillion tokens' = 4910000000000 tokens: "
        "value 4910000000000 -> 4970000000000",
    ]
    assert any(
        line.startswith("~ paragraph changed") and "'4.91' -> '4.97'" in line
        for line in result.diff
    )
    # the implied start value of the +20.62% change moved with it
    assert any(line.startswith("~ check changed: pct_change") for line in result.diff)
    assert run_page(page, nlp=nlp, update=True).status == "updated"
    assert run_page(page, nlp=nlp).status == "same"


def test_regress_tolerance_absorbs_small_numeric_drift(nlp: Language) -> None:
    old = {
        "text": "",
        "facts": [{"id": "f1", "kind": "quantity", "text": "x", "span": [0, 1], "value": 100.0}],
    }
    new = {
        "text": "",
        "facts": [{"id": "f1", "kind": "quantity", "text": "x", "span": [0, 1], "value": 100.4}],
    }
    assert diff_articles(old, new, tolerance=0.01) == []
    assert diff_articles(old, new, tolerance=0.001) == [
        "~ fact changed: quantity 'x' = 100.0: value 100.0 -> 100.4"
    ]


def test_regress_expectation_fails_even_after_update(page: Path, nlp: Language) -> None:
    rules = page.with_name(page.name + ".expect.toml")
    rules.write_text(
        'text_must_not_contain = ["Chinese"]\n[[must_not_have]]\nvalue = 2.06e13\n',
        encoding="utf-8",
    )
    result = run_page(page, nlp=nlp, update=True)
    assert result.status == "written"
    assert not result.ok
    assert result.problems == [
        "! text must not contain 'Chinese'",
        "! fact not allowed {'value': 20600000000000.0}: quantity '20.6 trillion tokens' = 20600000000000 tokens",
    ]
    assert not run_page(page, nlp=nlp).ok


def test_regress_find_pages_skips_golden_and_rule_files(page: Path, nlp: Language) -> None:
    run_page(page, nlp=nlp, update=True)
    (page.parent / "notes.md").write_text("not a page", encoding="utf-8")
    (page.parent / "sub").mkdir()
    shutil.copy(PAGES / "techwire__2026-04-24__token-usage.txt", page.parent / "sub" / "a.txt")
    assert [p.name for p in find_pages(page.parent)] == ["a.txt", page.name]  # sorted by path
    assert [p.name for p in find_pages(page.parent, only="*.txt")] == ["a.txt"]


def test_regress_cli_exit_codes_and_summary(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(page.parent)
    assert main(["regress", folder]) == 1
    assert "1 pages: 1 new" in capsys.readouterr().out
    assert main(["regress", folder, "--update"]) == 0
    assert main(["regress", folder]) == 0
    _edit(page, "20.6 trillion tokens", "20.9 trillion tokens")
    assert main(["regress", folder]) == 1
    out = capsys.readouterr().out
    assert "value 20600000000000 -> 20900000000000" in out
    assert "1 changed" in out


def test_regress_pytest_plugin_items_and_update(pytester: pytest.Pytester, page: Path) -> None:
    folder = pytester.mkdir("pages")
    shutil.copy(page, folder / page.name)
    first = pytester.runpytest_inprocess(f"--newsfacts-pages={folder}")
    first.assert_outcomes(failed=1)
    first.stdout.fnmatch_lines(["*no golden file yet*", "*--newsfacts-update*"])
    blessed = pytester.runpytest_inprocess(f"--newsfacts-pages={folder}", "--newsfacts-update")
    blessed.assert_outcomes(passed=1)
    _edit(folder / page.name, "dropped 23.77%", "dropped 25.77%")
    changed = pytester.runpytest_inprocess(f"--newsfacts-pages={folder}")
    changed.assert_outcomes(failed=1)
    changed.stdout.fnmatch_lines(["*fact changed: percent '23.77%'*value 23.77 -> 25.77*"])


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ('{"text": "cut in the mid', "not valid JSON"),
        ("[1, 2, 3]", "not an Article"),
        ('{"facts": 7, "checks": "none"}', "not an Article"),
        ("[" * 5000 + "]" * 5000, "not valid JSON"),
    ],
    ids=["truncated", "a list", "wrong shape", "nested too deep"],
)
def test_regress_a_broken_golden_file_fails_its_page_only(
    page: Path, nlp: Language, content: str, why: str
) -> None:
    golden_path(page).write_text(content, encoding="utf-8")
    result = run_page(page, nlp=nlp)
    assert result.status == "failed"
    assert any(why in problem for problem in result.problems), result.problems
    assert run_page(page, nlp=nlp, update=True).status == "written"  # --update repairs it
    assert run_page(page, nlp=nlp).status == "same"


def test_regress_with_no_page_matched_fails(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["regress", str(page.parent), "--only", "nomatch*"]) == 1
    assert "nothing was checked" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("toml", "error"),
    [
        ('[[must_hav]]\nkind = "quantity"\n', "unknown key 'must_hav'"),
        ('text_must_contain = "week-over-week"\n', "must be a list of strings"),
        ("must_have = 3\n", "must be a list of tables"),
    ],
)
def test_regress_a_misspelled_or_misshaped_rule_is_an_error(
    page: Path, nlp: Language, toml: str, error: str
) -> None:
    from newsfacts.errors import ConfigError
    from newsfacts.regress import expect_path

    expect_path(page).write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=error):
        run_page(page, nlp=nlp)


def test_regress_does_not_follow_links_out_of_the_folder(tmp_path: Path, nlp: Language) -> None:
    from newsfacts.regress import run_folder

    folder = tmp_path / "pages"
    folder.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text(
        "The vault code rose 5% to 4,812 this year, the keeper said.", encoding="utf-8"
    )
    (folder / "leak.txt").symlink_to(secret)
    results = list(run_folder(folder, nlp=nlp, update=True))
    assert [r.status for r in results] == ["failed"]
    assert "outside the folder" in results[0].problems[0]
    assert not golden_path(folder / "leak.txt").exists()


def test_regress_never_writes_through_a_linked_golden_file(page: Path, nlp: Language) -> None:
    target = page.parent.parent / "elsewhere.json"
    target.write_text("{}", encoding="utf-8")
    golden_path(page).symlink_to(target)
    result = run_page(page, nlp=nlp, update=True)
    assert result.status == "failed"
    assert "symbolic link" in result.problems[0]
    assert target.read_text(encoding="utf-8") == "{}"
