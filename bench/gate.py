"""The evaluation gate: newsfacts' benchmark figures against the floors in ``bench/baseline.json``.

Each figure is computed by the scoring function of a bench script (``clean_eval.figures``,
``extract_eval.news_figures``, ...), always on newsfacts alone (no peer runs), and compared with
its floor (a ceiling where lower is better). ``baseline.json`` holds, per figure: the function
that computes it, the floor, which way is better, development or blind, whether the test suite
runs it (``ci``), a sha256 digest of the material it was measured on (file names and bytes), and
the ``reason`` a floor was lowered. The gate reads only a set's summary figures, never a page's
output (the blind sets' rule).

    python bench/gate.py                  # measure every figure, fail listing each one below its floor
    python bench/gate.py --ci             # only the figures the test suite runs (tests/regression/test_gate.py)
    python bench/gate.py --only clean.aeb-dev --only extract.news-dev.f1
    python bench/gate.py --update         # raise floors to the measured values (never lowers one)
    python bench/gate.py --allow-regression "why"   # also lower the floors below the measured values,
                                                    # recording the reason in baseline.json

A figure whose material changed since its floor was set is reported as not comparable (and fails)
until ``--update`` re-pins it on the new material; a re-pin that lowers the floor needs
``--allow-regression`` as well. Exit status: 0 every figure holds, 1 some do not, 2 ../shared is
absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind_clean_eval
import blind_eval
import clean_eval
import direction_eval
import extract_eval
import metadata_eval
import news_dev_check
import org_eval
import page_relations_eval
import planted_errors
import realworld_eval
import relations_eval
import subject_eval
import validate_eval

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = ROOT / "bench" / "baseline.json"
DECIMALS = 3
#: Figures are floats from divisions: a figure this close to its floor holds it.
EPSILON = 1e-9


@dataclass(frozen=True)
class Group:
    """Figures computed together by one call, on one material."""

    name: str
    side: str  # "development" or "blind"
    computed_by: str
    figures: Callable[[], dict[str, float]]
    material: Callable[[], list[Path]]
    ci: bool = True
    lower_is_better: frozenset[str] = frozenset()


def _metadata(gold: str) -> Group:
    path = ROOT / "bench" / "dev" / gold
    name = {"metadata.json": "dev", "metadata-aeb.json": "aeb-dev"}.get(gold, "news-dev")
    return Group(
        f"metadata.{name}",
        "development",
        f"bench/metadata_eval.py:figures(bench/dev/{gold})",
        partial(metadata_eval.figures, path),
        partial(metadata_eval.material, path),
    )


DEV_POOL = ROOT / "bench" / "dev" / "news-pool"
#: Fifteen aeb-dev pages with every fact annotated (2026-12-05, thirteenth session).
DEV_AEB = ROOT / "bench" / "dev" / "aeb-figures"
AEB_PAGES = ROOT.parent / "shared" / "corpus" / "aeb-dev"
BLIND_POOL = ROOT / "bench" / "blind" / "news-pool"
#: The gold sets a per-set scorer runs on: (name, side, the set; None is the news-dev gold).
GOLD_SETS: tuple[tuple[str, str, Path | None], ...] = (
    ("news-dev", "development", None),
    ("news-pool-dev", "development", DEV_POOL),
    ("blind", "blind", BLIND_POOL),
)


def _per_gold_set(
    prefix: str,
    script: str,
    function: str,
    figures: Callable[[Path | None], dict[str, float]],
    lower_is_better: frozenset[str] = frozenset(),
) -> list[Group]:
    """One group per gold set of :data:`GOLD_SETS` for a scorer that takes the set (its
    material: the set's gold and pages, :func:`validate_eval.gold_material`)."""
    return [
        Group(
            f"{prefix}.{name}",
            side,
            f"bench/{script}.py:{function}({'news-dev' if where is None else where.relative_to(ROOT)})",
            partial(figures, where),
            partial(validate_eval.gold_material, where),
            lower_is_better=lower_is_better,
        )
        for name, side, where in GOLD_SETS
    ]


GROUPS: tuple[Group, ...] = (
    Group(
        "clean.aeb-dev",
        "development",
        "bench/clean_eval.py:figures",
        clean_eval.figures,
        clean_eval.material,
    ),
    Group(
        "clean.realworld",
        "development",
        "bench/realworld_eval.py:figures",
        realworld_eval.figures,
        realworld_eval.material,
        lower_is_better=frozenset({"comments-kept", "empty-pages"}),
    ),
    Group(
        "clean.news-dev",
        "development",
        "bench/news_dev_check.py:figures",
        news_dev_check.figures,
        news_dev_check.material,
        lower_is_better=frozenset({"boilerplate-leaked", "fact-spans-missing"}),
    ),
    _metadata("metadata.json"),
    _metadata("metadata-aeb.json"),
    _metadata("metadata-newsdev.json"),
    Group(
        "clean.blind",
        "blind",
        "bench/blind_clean_eval.py:figures",
        blind_clean_eval.figures,
        blind_clean_eval.material,
        lower_is_better=frozenset({"empty-pages"}),
    ),
    Group(
        "extract.quantities-dev",
        "development",
        "bench/extract_eval.py:quantities_figures",
        extract_eval.quantities_figures,
        extract_eval.quantities_material,
    ),
    Group(
        "extract.news-dev",
        "development",
        "bench/extract_eval.py:news_figures",
        extract_eval.news_figures,
        extract_eval.news_material,
        lower_is_better=frozenset({"teaser-facts"}),
    ),
    Group(
        "extract.news-pool-dev",
        "development",
        "bench/blind_eval.py:figures(bench/dev/news-pool)",
        partial(blind_eval.figures, DEV_POOL),
        partial(blind_eval.material, DEV_POOL),
    ),
    Group(
        "extract.aeb-figures-dev",
        "development",
        "bench/blind_eval.py:figures(bench/dev/aeb-figures)",
        partial(blind_eval.figures, DEV_AEB, AEB_PAGES),
        partial(blind_eval.material, DEV_AEB, AEB_PAGES),
    ),
    Group(
        "extract.blind",
        "blind",
        "bench/blind_eval.py:figures",
        blind_eval.figures,
        blind_eval.material,
    ),
    # the direction of every figure of 320 written passages (twenty-seventh session)
    *(
        Group(
            f"extract.directions-written.{side}",
            side,
            f"bench/direction_eval.py:figures(bench/{folder}/directions-written)",
            partial(direction_eval.figures, ROOT / "bench" / folder / "directions-written"),
            partial(direction_eval.material, ROOT / "bench" / folder / "directions-written"),
        )
        for folder, side in (("dev", "development"), ("blind", "blind"))
    ),
    *(
        Group(
            f"extract.orgs.{name}",
            side,
            f"bench/org_eval.py:figures({name})",
            partial(org_eval.figures, name),
            partial(org_eval.material, name),
        )
        for name, side in (("aeb-orgs-dev", "development"), ("aeb-orgs-blind", "blind"))
    ),
    Group(
        "validate.news-dev",
        "development",
        "bench/validate_eval.py:figures",
        validate_eval.figures,
        validate_eval.material,
        lower_is_better=frozenset(
            {"false-alarms", "aeb-dev-inconsistent", "realworld-inconsistent"}
        ),
    ),
    Group(
        "validate.news-pool-dev",
        "development",
        "bench/validate_eval.py:set_figures(bench/dev/news-pool)",
        partial(validate_eval.set_figures, DEV_POOL),
        partial(validate_eval.set_material, DEV_POOL),
        lower_is_better=frozenset({"inconsistent", "false-alarms"}),
    ),
    *_per_gold_set("extract.subjects", "subject_eval", "figures", subject_eval.figures),
    *_per_gold_set(
        "validate.planted",
        "planted_errors",
        "gate_figures",
        planted_errors.gate_figures,
        lower_is_better=frozenset({"wrongly-blamed-new", "original-inconsistent"}),
    ),
    *(
        Group(
            f"validate.{name}.{side}",
            side,
            f"bench/relations_eval.py:figures(bench/{folder}/relations-{name})",
            partial(relations_eval.figures, ROOT / "bench" / folder / f"relations-{name}"),
            partial(relations_eval.material, ROOT / "bench" / folder / f"relations-{name}"),
            lower_is_better=frozenset({"false-alarms"}),
        )
        for name in ("written", "written-2", "written-3", "written-4", "written-5")
        for folder, side in (("dev", "development"), ("blind", "blind"))
    ),
    # paragraphs whose every relation holds (twentieth session): any inconsistent is an alarm
    *(
        Group(
            f"validate.{name}.{side}",
            side,
            f"bench/relations_eval.py:alarm_figures(bench/{folder}/{name})",
            partial(relations_eval.alarm_figures, ROOT / "bench" / folder / name),
            partial(relations_eval.material, ROOT / "bench" / folder / name),
            lower_is_better=frozenset({"false-alarms"}),
        )
        for name, folder, side in (
            ("consistent-written", "dev", "development"),
            ("consistent-written-2", "dev", "development"),
            ("consistent-written-3", "dev", "development"),
            ("consistent-written-4", "dev", "development"),
            ("consistent-written-5", "dev", "development"),
            ("consistent-written-6", "dev", "development"),
            ("consistent-written-7", "dev", "development"),
            ("consistent-written-8", "dev", "development"),
            ("consistent-written-9", "dev", "development"),
            ("consistent-written-10", "dev", "development"),
            ("consistent-written-11", "dev", "development"),
            ("consistent-written-12", "dev", "development"),
            ("consistent-written", "blind", "blind"),
            ("consistent-written-2", "blind", "blind"),
            ("consistent-written-3", "blind", "blind"),
            ("consistent-written-4", "blind", "blind"),
            ("consistent-written-5", "blind", "blind"),
            ("consistent-written-6", "blind", "blind"),
            ("consistent-written-7", "blind", "blind"),
            ("consistent-written-8", "blind", "blind"),
            ("consistent-written-9", "blind", "blind"),
        )
    ),
    # relations annotated on real pages: 35 aeb-dev pages (fifteenth session, development, read
    # freely) and 12 blind ones (fourteenth session); the newspaper4k sets read pages downloaded
    # into bench/.cache, so only the aeb ones (pages in ../shared) are gated
    *(
        Group(
            f"validate.pages.aeb-{folder}",
            side,
            f"bench/page_relations_eval.py:figures(bench/{folder}/aeb-relations)",
            partial(page_relations_eval.figures, ROOT / "bench" / folder / "aeb-relations"),
            partial(page_relations_eval.material, ROOT / "bench" / folder / "aeb-relations"),
            lower_is_better=frozenset({"false-alarms"}),
        )
        for folder, side in (("dev", "development"), ("blind", "blind"))
    ),
    Group(
        "validate.blind",
        "blind",
        "bench/validate_eval.py:set_figures",
        validate_eval.set_figures,
        validate_eval.set_material,
        lower_is_better=frozenset({"inconsistent", "false-alarms"}),
    ),
)


# --------------------------------------------------------------------------------------------
# Measuring


@dataclass
class Measured:
    """One group's run: its figures, or why there are none."""

    group: Group
    values: dict[str, float] = field(default_factory=dict)
    digest: str | None = None
    files: int = 0
    seconds: float = 0.0
    absent: list[str] = field(default_factory=list)  # material files that are not there
    error: str | None = None  # the traceback of a scoring function that raised


def label(path: Path) -> str:
    """A material file's name in the digest: relative to ../shared or to the repository."""
    for base, prefix in ((SHARED, "../shared/"), (ROOT, "")):
        if path.is_relative_to(base):
            return prefix + path.relative_to(base).as_posix()
    return path.as_posix()


def digest(paths: Iterable[Path]) -> str:
    """sha256 over the sorted file names and, after each name, the file's length and bytes."""
    h = hashlib.sha256()
    for name, path in sorted({(label(p), p) for p in paths}):
        data = path.read_bytes()
        h.update(f"{name}\0{len(data)}\0".encode())
        h.update(data)
    return "sha256:" + h.hexdigest()


def measure(group: Group) -> Measured:
    """Run one group's scoring function on its material (absent material is said, not raised)."""
    out = Measured(group)
    try:
        paths = group.material()
    except FileNotFoundError as exc:
        out.absent = [label(Path(exc.filename)) if exc.filename else str(exc)]
        return out
    out.absent = [label(p) for p in paths if not p.is_file()]
    if out.absent:
        return out
    out.digest, out.files = digest(paths), len(set(paths))
    start = time.perf_counter()
    try:
        out.values = group.figures()
    except Exception:  # one group's crash is reported with the others' figures, not instead
        out.error = traceback.format_exc()
    out.seconds = time.perf_counter() - start
    return out


# --------------------------------------------------------------------------------------------
# Comparing and updating (pure: baseline entries and measurements in, verdicts out)


@dataclass
class Verdict:
    """One figure against its floor."""

    name: str
    status: str  # ok, below, changed, new, absent, error
    value: float | None
    entry: dict[str, Any] | None
    detail: str = ""

    @property
    def failed(self) -> bool:
        return self.status not in ("ok", "new")


def pin(value: float, higher_is_better: bool) -> float:
    """The floor for a measured value: rounded down to 3 decimals (up, when lower is better)."""
    if isinstance(value, int):
        return value
    scaled = value * 10**DECIMALS
    rounded = math.floor(scaled + EPSILON) if higher_is_better else math.ceil(scaled - EPSILON)
    return round(rounded / 10**DECIMALS, DECIMALS)


def holds(value: float, floor: float, higher_is_better: bool) -> bool:
    return value >= floor - EPSILON if higher_is_better else value <= floor + EPSILON


def new_entry(group: Group, key: str, run: Measured) -> dict[str, Any]:
    better = key not in group.lower_is_better
    return {
        "name": f"{group.name}.{key}",
        "computed_by": group.computed_by,
        "side": group.side,
        "ci": group.ci,
        "higher_is_better": better,
        "floor": pin(run.values[key], better),
        "material": {"files": run.files, "digest": run.digest},
        "reason": None,
    }


def compare(entries: dict[str, dict[str, Any]], runs: Sequence[Measured]) -> list[Verdict]:
    """Every figure of the runs (and every baseline entry of their groups) against its floor."""
    verdicts: list[Verdict] = []
    for run in runs:
        prefix = run.group.name + "."
        mine = {n: e for n, e in entries.items() if n.startswith(prefix)}
        if run.absent or run.error:
            status = "absent" if run.absent else "error"
            detail = (
                f"material absent: {', '.join(run.absent[:3])}"
                + (f" and {len(run.absent) - 3} more" if len(run.absent) > 3 else "")
                if run.absent
                else f"{run.group.computed_by} raised:\n{run.error}"
            )
            verdicts += [Verdict(n, status, None, e, detail) for n, e in mine.items()]
            if not mine:
                verdicts.append(Verdict(run.group.name + ".*", status, None, None, detail))
            continue
        for key, value in run.values.items():
            name = prefix + key
            entry = mine.pop(name, None)
            if entry is None:
                verdicts.append(Verdict(name, "new", value, None, "not in the baseline"))
                continue
            recorded = entry["material"]["digest"]
            if recorded != run.digest:
                detail = (
                    f"material changed (recorded {recorded[:19]}…, now {run.digest[:19]}…): "
                    "not comparable; re-pin with --update"
                )
                verdicts.append(Verdict(name, "changed", value, entry, detail))
            elif holds(value, entry["floor"], entry["higher_is_better"]):
                verdicts.append(Verdict(name, "ok", value, entry))
            else:
                verdicts.append(Verdict(name, "below", value, entry, f"see {entry['computed_by']}"))
        for name, entry in mine.items():
            detail = f"{run.group.computed_by} no longer computes it: remove it from the baseline"
            verdicts.append(Verdict(name, "error", None, entry, detail))
    return verdicts


def update(
    entries: dict[str, dict[str, Any]],
    runs: Sequence[Measured],
    allow_regression: str | None = None,
    only: Sequence[str] = (),
) -> list[Verdict]:
    """Re-pin the baseline entries in place: raise floors, add new figures, re-pin changed
    material; lower a floor only with ``allow_regression`` (recorded as its reason). With
    ``only``, just the figures it names.

    Returns the verdicts after the update (what still fails: figures left below their floor,
    absent material, errors).
    """
    for verdict in keep(compare(entries, runs), only):
        run = next(r for r in runs if verdict.name.startswith(r.group.name + "."))
        if verdict.status == "new":
            key = verdict.name[len(run.group.name) + 1 :]
            entries[verdict.name] = new_entry(run.group, key, run)
            continue
        if verdict.status not in ("ok", "below", "changed") or verdict.value is None:
            continue
        entry = verdict.entry
        assert entry is not None
        better = entry["higher_is_better"]
        pinned = pin(verdict.value, better)
        lowers = not holds(pinned, entry["floor"], better)
        if lowers and allow_regression is None:
            continue  # never lowered without a reason: the figure keeps failing
        if lowers:
            entry["reason"] = allow_regression
        if lowers or verdict.status == "changed" or _better(pinned, entry["floor"], better):
            entry["floor"] = pinned
        entry["material"] = {"files": run.files, "digest": run.digest}
    return compare(entries, runs)


def _better(a: float, b: float, higher_is_better: bool) -> bool:
    return a > b if higher_is_better else a < b


# --------------------------------------------------------------------------------------------
# The baseline file


def load_baseline(path: Path = BASELINE) -> dict[str, dict[str, Any]]:
    """The baseline's entries by figure name (none when the file does not exist yet)."""
    if not path.exists():
        return {}
    return {e["name"]: e for e in json.loads(path.read_text(encoding="utf-8"))["figures"]}


ABOUT = (
    "Floors of the evaluation gate (bench/gate.py; docs/benchmarks.md#the-evaluation-gate). "
    "floor: the figure may not fall below it (rise above it where higher_is_better is false); "
    "set at the measured value rounded to 3 decimals. material: the files the figure was "
    "measured on (sha256 over their sorted names and bytes). reason: why a floor was lowered. "
    "Written by `python bench/gate.py --update`; lowering needs --allow-regression."
)


def save_baseline(entries: dict[str, dict[str, Any]], path: Path = BASELINE) -> None:
    """Write the entries in the order of GROUPS (figures of unknown groups last)."""
    order = {g.name: i for i, g in enumerate(GROUPS)}

    def rank(name: str) -> int:
        return next((i for g, i in order.items() if name.startswith(g + ".")), len(order))

    figures = [entries[n] for n in sorted(entries, key=lambda n: (rank(n), list(entries).index(n)))]
    text = json.dumps({"about": ABOUT, "figures": figures}, indent=2, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Running


@dataclass
class Report:
    """The gate's verdicts and the runs they came from."""

    verdicts: list[Verdict]
    runs: list[Measured]
    baseline: Path = BASELINE

    @property
    def failures(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.failed]

    def explain(self) -> str:
        """The failing figures, one line each (with any traceback), and how to proceed."""
        failures = self.failures
        if not failures:
            return "every figure holds its floor"
        lines = [f"{len(failures)} figure(s) fail the gate ({label(self.baseline)}):"]
        lines += ["  " + line_of(v) for v in failures]
        lines.append(
            "Fix the regression, or lower the floor with "
            '`python bench/gate.py --allow-regression "reason"` (the reason goes in the file); '
            "re-pin a figure whose material changed with `python bench/gate.py --update`."
        )
        return "\n".join(lines)


def line_of(v: Verdict) -> str:
    mark = {"ok": "ok", "new": "NEW"}.get(v.status, v.status.upper())
    if v.value is None:
        value = "-"
    else:
        value = str(v.value) if isinstance(v.value, int) else f"{v.value:.5f}"
    if v.entry is None:
        bound = ""
    else:
        sign = ">=" if v.entry["higher_is_better"] else "<="
        if v.status == "below":
            sign = "<" if v.entry["higher_is_better"] else ">"
        bound = f"{sign} {v.entry['floor']}"
    detail = f"  {v.detail}" if v.detail else ""
    return f"{mark:8} {v.name:44} {value:>8} {bound:9}{detail}"


def select(
    only: Sequence[str] = (), *, ci: bool = False, entries: dict[str, dict[str, Any]] | None = None
) -> list[Group]:
    """The groups to run: those named (a group or a figure name, or a prefix of one), and with
    ``ci`` only those whose baseline entries are marked ``ci`` (a new group: its default)."""
    entries = load_baseline() if entries is None else entries
    chosen = []
    for group in GROUPS:
        if only and not any(
            group.name.startswith(o) or o.startswith(group.name + ".") for o in only
        ):
            continue
        if ci:
            mine = [e for n, e in entries.items() if n.startswith(group.name + ".")]
            if not (any(e["ci"] for e in mine) if mine else group.ci):
                continue
        chosen.append(group)
    return chosen


def check(only: Sequence[str] = (), *, ci: bool = False, baseline: Path = BASELINE) -> Report:
    """Measure the selected groups and compare them with the baseline (nothing is written)."""
    entries = load_baseline(baseline)
    runs = [measure(group) for group in select(only, ci=ci, entries=entries)]
    return Report(keep(compare(entries, runs), only), runs, baseline)


def keep(verdicts: list[Verdict], only: Sequence[str]) -> list[Verdict]:
    """With ``only`` naming single figures, the verdicts of those figures alone."""
    if not only:
        return verdicts
    return [v for v in verdicts if v.name.endswith(".*") or any(v.name.startswith(o) for o in only)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--ci", action="store_true", help="only the figures marked ci")
    parser.add_argument(
        "--only", action="append", default=[], metavar="NAME", help="a group or figure (prefix)"
    )
    parser.add_argument("--update", action="store_true", help="raise floors; add new figures")
    parser.add_argument(
        "--allow-regression",
        metavar="REASON",
        help="with or without --update: also lower floors to the measured values, recording REASON",
    )
    parser.add_argument("--baseline", type=Path, default=BASELINE, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"gate: ../shared is absent ({SHARED}): no figure can be measured", file=sys.stderr)
        return 2
    if args.allow_regression is not None and not args.allow_regression.strip():
        parser.error("--allow-regression needs a reason")
    entries = load_baseline(args.baseline)
    groups = select(args.only, ci=args.ci, entries=entries)
    if not groups:
        parser.error(f"no figure matches {args.only}: see the names in {label(args.baseline)}")
    runs = [measure(group) for group in groups]
    if args.update or args.allow_regression:
        before = json.dumps(entries, sort_keys=True)
        verdicts = update(entries, runs, args.allow_regression, args.only)
        if json.dumps(entries, sort_keys=True) != before:
            save_baseline(entries, args.baseline)
            print(f"gate: wrote {label(args.baseline)}")
    else:
        verdicts = compare(entries, runs)
    report = Report(keep(verdicts, args.only), runs, args.baseline)
    for run in runs:
        figures = [v for v in report.verdicts if v.name.startswith(run.group.name + ".")]
        if not figures:
            continue
        size = f"{run.files} files, {run.seconds:.1f} s" if run.digest else "not measured"
        print(f"{run.group.name}  ({run.group.side}, {size})")
        for v in figures:
            print("  " + line_of(v))
    failures = report.failures
    print(report.explain() if failures else f"gate: all {len(report.verdicts)} figures hold")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
