"""The verdict builder: Decimal interval arithmetic, the tolerance edges, miss and severity.

Every number here is worked out by hand in the row's comment.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

import newsfacts.validate
from newsfacts.validate.context import human, shown
from newsfacts.validate.intervals import Interval, printed_interval
from newsfacts.validate.verdict import (
    UNDECIDED,
    Outcome,
    Relation,
    agreement,
    judged,
    significant,
    unprinted,
    weigh,
)

D = Decimal


def _iv(lo: str, hi: str) -> Interval:
    return Interval(D(lo), D(hi))


def test_interval_of_a_rounded_figure_is_exact() -> None:
    # "5.8 trillion" is [5.75, 5.85] trillion, to the last digit
    iv = printed_interval(D("5.8e12"), text="5.8 trillion")
    assert (iv.lo, iv.hi) == (D("5.75e12"), D("5.85e12"))
    assert iv.mid == D("5.8e12")
    assert iv.half_width == D("0.05e12")


@pytest.mark.parametrize(
    ("qualifier", "lo", "hi"),
    [
        ("about", "95", "105"),  # +-5% is wider than +-0.5
        ("nearly", "90", "100.5"),
        ("more than", "99.5", "150"),
        ("up to", "50", "100.5"),
        (None, "99.5", "100.5"),
    ],
)
def test_interval_hedges_widen_exactly(qualifier: str | None, lo: str, hi: str) -> None:
    iv = printed_interval(D(100), text="100", qualifier=qualifier)
    assert (iv.lo, iv.hi) == (D(lo), D(hi))


def test_interval_arithmetic_is_exact_where_floats_are_not() -> None:
    # 0.1 + 0.2 is 0.30000000000000004 in binary floats: the parts would "exceed" the whole
    parts = _iv("0.1", "0.1") + _iv("0.2", "0.2")
    assert parts == _iv("0.3", "0.3")
    assert weigh(parts, "<=", _iv("0.3", "0.3")).ok


@pytest.mark.parametrize(
    ("a", "b", "op", "lo", "hi"),
    [
        (("1", "2"), ("3", "5"), "+", "4", "7"),
        (("1", "2"), ("3", "5"), "-", "-4", "-1"),
        (("-1", "2"), ("3", "5"), "*", "-5", "10"),
        (("1", "2"), ("4", "5"), "/", "0.2", "0.5"),
    ],
)
def test_interval_operations(
    a: tuple[str, str], b: tuple[str, str], op: str, lo: str, hi: str
) -> None:
    x, y = _iv(*a), _iv(*b)
    result = {"+": x + y, "-": x - y, "*": x * y, "/": x / y}[op]
    assert result == _iv(lo, hi)


@pytest.mark.parametrize(
    ("left", "relation", "right", "ok", "gap"),
    [
        # touching intervals overlap: [1, 2] and [2, 3] share 2
        (("1", "2"), "overlaps", ("2", "3"), True, "0"),
        (("1", "2"), "overlaps", ("2.01", "3"), False, "0.01"),
        (("3", "4"), "overlaps", ("1", "2.5"), False, "0.5"),
        # ">" needs some reading of the left above some reading of the right: equal edges fail
        (("1", "2"), ">", ("1.99", "3"), True, "0"),
        (("1", "2"), ">", ("2", "3"), False, "0"),
        (("1", "2"), ">", ("2.5", "3"), False, "0.5"),
        (("2", "3"), "<", ("1", "2"), False, "0"),
        (("2", "3"), "<", ("1", "1.5"), False, "0.5"),
        # "<=" (parts within a whole) holds on the edge
        (("2", "3"), "<=", ("1", "2"), True, "0"),
        (("2.25", "3"), "<=", ("1", "2"), False, "0.25"),
    ],
)
def test_weigh_edges(
    left: tuple[str, str], relation: Relation, right: tuple[str, str], ok: bool, gap: str
) -> None:
    outcome = weigh(_iv(*left), relation, _iv(*right))
    assert (outcome.ok, outcome.gap) == (ok, D(gap))


def test_weigh_slack_is_the_sum_of_half_widths() -> None:
    # "10.4%" is [10.35, 10.45]; a computed [10.395, 10.605]: 0.05 + 0.105
    assert weigh(_iv("10.395", "10.605"), "overlaps", _iv("10.35", "10.45")).slack == D("0.155")


@pytest.mark.parametrize(
    ("gap", "relative_to", "digit", "miss", "severity"),
    [
        # within one unit of the last printed digit: a rounding slip
        ("0.045", "10.4", "0.01", "0.00433", "rounding"),
        ("0.1", "10", "0.01", "0.01", "rounding"),  # exactly one unit: still rounding
        ("0.1", "10", "0.005", "0.01", "minor"),
        ("0.499", "10", "0", "0.0499", "minor"),
        ("0.5", "10", "0", "0.05", "major"),  # 5% is major, not minor
        ("3", "-10", "0", "0.3", "major"),  # measured against the size of the figure
        ("1e-12", "0", "0", "0.001", "minor"),  # a zero figure is measured as 1e-9
    ],
)
def test_judged_miss_and_severity(
    gap: str, relative_to: str, digit: str, miss: str, severity: str
) -> None:
    verdict = judged(
        "rule", ["a"], Outcome(False, D(gap)), "m", relative_to=D(relative_to), digit=D(digit)
    )
    assert verdict.status == "inconsistent"
    assert verdict.miss == D(miss)
    assert verdict.severity == severity


def test_judged_without_a_measure_is_major() -> None:
    verdict = judged("period_length", ["d"], Outcome(False), "called a week, but 8 days")
    assert (verdict.status, verdict.miss, verdict.severity) == ("inconsistent", None, "major")


def test_judged_consistent_has_no_miss_nor_severity() -> None:
    verdict = judged("rule", ["a"], Outcome(True), "holds", relative_to=D(1))
    assert (verdict.status, verdict.miss, verdict.severity) == ("consistent", None, None)


def test_judged_rounds_the_printed_numbers() -> None:
    verdict = judged(
        "pct_change",
        ["p", "a", "b"],
        Outcome(True),
        "m",
        expected=D("12.34567"),
        actual=D("12.5"),
        tolerance=D("0.155555"),
        digits=4,
    )
    assert (verdict.expected, verdict.actual, verdict.tolerance) == (
        D("12.35"),
        D("12.5"),
        D("0.156"),
    )


def test_judged_undecided_is_unverifiable_and_carries_the_implied_value() -> None:
    verdict = judged(
        "pct_change",
        ["p", "b"],
        UNDECIDED,
        "implies",
        expected=D("5.824472e12"),
        tolerance=D("3.1e9"),
        relative_to=D(1),
    )
    assert verdict.status == "unverifiable"
    assert (verdict.expected, verdict.tolerance, verdict.miss, verdict.severity) == (
        D("5.82447e12"),
        D("3.1e9"),
        None,
        None,
    )


def _off(gap: Decimal) -> str:
    return f": off by {gap}"


@pytest.mark.parametrize(
    ("found", "against", "status", "miss", "tolerance", "message"),
    [
        # 11.05 / 10.00 gives +10.395%..+10.605%; "10.4%" is [10.35, 10.45]: they overlap
        (("10.395", "10.605"), ("10.35", "10.45"), "consistent", None, "0.155", "m: holds"),
        # "10.3%" is [10.25, 10.35]: 0.045 short, 0.045 / 10.3 of the stated figure
        (
            ("10.395", "10.605"),
            ("10.25", "10.35"),
            "inconsistent",
            "0.00437",
            "0.155",
            "m: off by 0.045",
        ),
    ],
)
def test_agreement_overlap_miss_and_tolerance(
    found: tuple[str, str],
    against: tuple[str, str],
    status: str,
    miss: str | None,
    tolerance: str,
    message: str,
) -> None:
    verdict = agreement(
        "pct_change", ["p"], _iv(*found), _iv(*against), "m", off=_off, digit=D("0.0097"), digits=4
    )
    assert verdict.status == status
    assert verdict.miss == (None if miss is None else D(miss))
    assert verdict.severity == (None if miss is None else "rounding")
    assert verdict.tolerance == D(tolerance)
    assert verdict.message == message
    assert (verdict.expected, verdict.actual) == (D("10.5"), _iv(*against).mid)


def test_agreement_can_report_the_reference_as_expected() -> None:
    the_ratio, stated = _iv("0.36", "0.37"), _iv("0.6", "0.7")
    verdict = agreement(
        "ratio", [], the_ratio, stated, "m", off=_off, digit=D(0), expected="against"
    )
    assert (verdict.expected, verdict.actual) == (D("0.65"), D("0.365"))
    assert verdict.miss == D("0.354")  # 0.23 / 0.65
    assert verdict.severity == "major"


@pytest.mark.parametrize(
    ("value", "digits", "rounded"),
    [
        ("0.04375", 3, "0.0438"),  # an exact tie rounds to even
        ("0.09565", 3, "0.0956"),
        ("15.05", 3, "15.0"),
        ("123456789", 3, "1.23e8"),
    ],
)
def test_significant_rounds_ties_to_even(value: str, digits: int, rounded: str) -> None:
    assert significant(D(value), digits) == D(rounded)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("5.8254e12", "5.8254 trillion"),
        ("12.6945e6", "12.694 million"),  # an exact tie, to even
        ("1200000000.0", "1.2 billion"),  # no trailing zeros, as a float prints them
        ("355760", "355,760"),
        ("0.25", "0.25"),
    ],
)
def test_human_prints_like_the_article(value: str, text: str) -> None:
    assert human(D(value)) == text


def test_shown_prints_g_as_a_float_does() -> None:
    assert shown(D("4.40"), ".4g") == "4.4"
    assert shown(D("1E+3"), "g") == "1000"
    assert shown(D("-0.125"), "+.2f") == "-0.12"


_RULES_DIR = Path(newsfacts.validate.__file__).parent


@pytest.mark.parametrize(
    "module",
    sorted(p.name for p in _RULES_DIR.glob("*.py") if p.name != "verdict.py"),
)
def test_no_rule_assembles_a_verdict_by_hand(module: str) -> None:
    source = (_RULES_DIR / module).read_text(encoding="utf-8")
    assert not re.search(r"\bVerdict\(", source), f"{module} builds a Verdict itself"


def test_unprinted_states_the_implied_value_with_its_rounding() -> None:
    # 40% of 1,000 printed to the unit: 39.5% .. 40.5% of 999.5 .. 1,000.5 -> 394.8 .. 405.2
    v = unprinted(
        "share",
        ["p1", "q1"],
        "40% of 1,000 is about",
        _iv("394.8025", "405.2025"),
        "the part is not printed",
        show=human,
        after_value=" each",
    )
    assert v.status == "unverifiable"
    assert v.message == (
        "40% of 1,000 is about 400 each (between 394.8 and 405.2); the part is not printed"
    )
    assert v.expected == D("400.00")  # the middle, to 5 significant digits
    assert v.tolerance == D("5.20")  # half the width, to 3
    assert v.miss is None
    assert v.severity is None
