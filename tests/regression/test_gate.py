"""The evaluation gate (bench/gate.py): every figure marked ``ci`` in bench/baseline.json holds
its floor, measured on ../shared (skipped where it is absent); a broken cleaner makes the gate fail
naming the figures; and the gate's own rules on small made-up figures (raise a floor, never lower
one without a reason, a changed material is not comparable, no ../shared is said in one line)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))  # the bench scripts import their siblings by name

import gate

needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(),
    reason="../shared is absent: the gate's figures are measured on its corpora and gold",
)


@needs_shared
def test_gate_every_ci_figure_holds_its_floor() -> None:
    report = gate.check(ci=True)
    assert report.runs, "no group of bench/baseline.json is marked ci"
    assert report.failures == [], report.explain()
    unpinned = [v.name for v in report.verdicts if v.status == "new"]
    assert unpinned == [], f"no floor for {unpinned}: run `python bench/gate.py --update`"


@needs_shared
def test_gate_fails_naming_each_figure_a_broken_cleaner_drops(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The failure path on real figures: a cleaner that loses the second half of every article."""
    import newsfacts.clean as clean

    real = clean.clean_html

    def half(markup: str, **options: object) -> SimpleNamespace:
        text = real(markup, **options).text  # type: ignore[arg-type]
        return SimpleNamespace(text=text[: len(text) // 2])

    monkeypatch.setattr(clean, "clean_html", half)
    report = gate.check(["clean.aeb-dev", "clean.realworld"])
    below = {v.name for v in report.failures if v.status == "below"}
    assert {"clean.aeb-dev.recall", "clean.aeb-dev.f1", "clean.realworld.must-contain"} <= below
    assert "clean.aeb-dev.f1" in report.explain()
    assert "--allow-regression" in report.explain()


def test_baseline_entries_have_every_field() -> None:
    raw = json.loads(gate.BASELINE.read_text(encoding="utf-8"))["figures"]
    names = [e["name"] for e in raw]
    assert len(names) == len(set(names))
    groups = {g.name for g in gate.GROUPS}
    for entry in raw:
        assert any(entry["name"].startswith(g + ".") for g in groups), entry["name"]
        assert entry["side"] in ("development", "blind")
        assert isinstance(entry["ci"], bool)
        assert isinstance(entry["higher_is_better"], bool)
        assert isinstance(entry["floor"], int | float)
        assert entry["material"]["digest"].startswith("sha256:")
        assert entry["material"]["files"] > 0
        assert entry["reason"] is None or entry["reason"].strip()
        assert entry["computed_by"].startswith("bench/")


# -- the gate's rules, on made-up figures ------------------------------------------------------


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """One group of two figures (a share, higher better; a count, lower better) on one file."""
    material = tmp_path / "material.txt"
    material.write_text("v1", encoding="utf-8")
    values = {"share": 0.9512, "errors": 2}
    group = gate.Group(
        "fake.set",
        "development",
        "tests:fake",
        lambda: dict(values),
        lambda: [material],
        lower_is_better=frozenset({"errors"}),
    )
    monkeypatch.setattr(gate, "GROUPS", (group,))
    monkeypatch.setattr(gate, "SHARED", tmp_path)
    baseline = tmp_path / "baseline.json"
    return SimpleNamespace(values=values, material=material, baseline=baseline)


def _floors(baseline: Path) -> dict[str, object]:
    return {e["name"]: e["floor"] for e in json.loads(baseline.read_text())["figures"]}


def _run(fake: SimpleNamespace, *args: str) -> int:
    return gate.main(["--baseline", str(fake.baseline), *args])


def test_gate_update_pins_new_figures_rounded_toward_safety(fake: SimpleNamespace) -> None:
    assert _run(fake, "--update") == 0
    assert _floors(fake.baseline) == {"fake.set.share": 0.951, "fake.set.errors": 2}
    entry = json.loads(fake.baseline.read_text())["figures"][0]
    assert entry["material"]["files"] == 1
    assert entry["reason"] is None


def test_gate_fails_listing_every_figure_past_its_floor(
    fake: SimpleNamespace, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(fake, "--update")
    fake.values.update(share=0.94, errors=3)
    capsys.readouterr()
    assert _run(fake) == 1
    out = capsys.readouterr().out
    assert "2 figure(s) fail the gate" in out
    assert "BELOW    fake.set.share" in out
    assert "BELOW    fake.set.errors" in out


def test_gate_update_raises_a_floor_and_never_lowers_one(fake: SimpleNamespace) -> None:
    _run(fake, "--update")
    fake.values.update(share=0.97, errors=1)
    assert _run(fake, "--update") == 0
    assert _floors(fake.baseline) == {"fake.set.share": 0.97, "fake.set.errors": 1}
    fake.values.update(share=0.90, errors=5)
    assert _run(fake, "--update") == 1
    assert _floors(fake.baseline) == {"fake.set.share": 0.97, "fake.set.errors": 1}


def test_gate_lowers_a_floor_only_with_a_reason_it_records(fake: SimpleNamespace) -> None:
    _run(fake, "--update")
    fake.values.update(share=0.90)
    assert _run(fake, "--allow-regression", "issue 99: teaser lists now count as body") == 0
    entries = {e["name"]: e for e in json.loads(fake.baseline.read_text())["figures"]}
    assert entries["fake.set.share"]["floor"] == 0.9
    assert entries["fake.set.share"]["reason"] == "issue 99: teaser lists now count as body"
    assert entries["fake.set.errors"]["reason"] is None
    with pytest.raises(SystemExit):
        _run(fake, "--allow-regression", " ")


def test_gate_says_a_changed_material_is_not_comparable(
    fake: SimpleNamespace, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(fake, "--update")
    fake.material.write_text("v2: a corrected gold file", encoding="utf-8")
    capsys.readouterr()
    assert _run(fake) == 1
    out = capsys.readouterr().out
    assert "CHANGED  fake.set.share" in out
    assert "material changed" in out
    assert "not comparable" in out
    assert _run(fake, "--update") == 0  # re-pinned on the new material (no floor lowered)
    assert _run(fake) == 0


def test_gate_says_absent_material_rather_than_raising(
    fake: SimpleNamespace, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(fake, "--update")
    fake.material.unlink()
    capsys.readouterr()
    assert _run(fake) == 1
    assert "material absent: ../shared/material.txt" in capsys.readouterr().out


def test_gate_says_in_one_line_that_shared_is_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(gate, "SHARED", tmp_path / "shared")
    assert gate.main([]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "../shared is absent" in captured.err


@pytest.mark.parametrize(
    ("value", "higher_is_better", "floor"),
    [
        (0.97598, True, 0.975),
        (0.29, True, 0.29),  # 0.29 * 1000 is 289.99999999999994 in floats
        (1.0, True, 1.0),
        (0.1231, False, 0.124),
        (0.123, False, 0.123),
        (3, False, 3),
    ],
)
def test_gate_pin_rounds_toward_the_safe_side(
    value: float, higher_is_better: bool, floor: float
) -> None:
    assert gate.pin(value, higher_is_better) == floor


def test_gate_update_of_one_figure_leaves_the_others(fake: SimpleNamespace) -> None:
    _run(fake, "--update")
    fake.values.update(share=0.99, errors=0)
    assert _run(fake, "--update", "--only", "fake.set.share") == 0
    assert _floors(fake.baseline) == {"fake.set.share": 0.99, "fake.set.errors": 2}
    with pytest.raises(SystemExit):
        _run(fake, "--only", "no.such.figure")
