"""Validator rules on hand-built facts: consistent, inconsistent and rounding-boundary cases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from spacy.language import Language
from tests.conftest import PAGES

import newsfacts
from newsfacts.batch.convert import convert_batch
from newsfacts.batch.records import Record
from newsfacts.errors import ModelError, NewsFactsError, ValidationRuleError
from newsfacts.facts import Article, DateFact, DateRangeFact, Fact, PercentFact, QuantityFact
from newsfacts.pipeline import parse_pages
from newsfacts.settings import Settings
from newsfacts.sources import RawPage, load_path
from newsfacts.validate import RULES, RuleContext, Verdict, validate_facts
from newsfacts.validate.intervals import Interval, printed_interval


def _q(
    fid: str, text: str, value: str, subject: str, period: str | None = "w", start: int = 0
) -> QuantityFact:
    return QuantityFact(
        id=fid,
        text=text,
        span=(start, start + len(text)),
        sentence=0,
        value=Decimal(value),
        unit="tokens",
        subject=subject,
        period_id=period,
    )


def _pct(value: str, direction: str, to_id: str | None, from_id: str | None = None) -> PercentFact:
    text = f"{value}%"
    return PercentFact(
        id="p",
        text=text,
        span=(0, len(text)),
        sentence=0,
        value=Decimal(value),
        direction=direction,  # type: ignore[arg-type]
        measure="change",
        to_id=to_id,
        from_id=from_id,
    )


def _run(facts: list[Fact], text: str = "", sentences: list[tuple[int, int]] | None = None):  # type: ignore[no-untyped-def]
    return validate_facts(facts, text=text, sentences=sentences or [(0, len(text))])


@pytest.mark.parametrize(
    ("text", "value", "lo", "hi"),
    [
        ("4.44 trillion", "4.44e12", "4.435e12", "4.445e12"),
        ("23.77%", "23.77", "23.765", "23.775"),
        ("1,200 jobs", "1200", "1199.5", "1200.5"),
        ("20.6 trillion", "2.06e13", "2.055e13", "2.065e13"),
    ],
)
def test_printed_interval_is_the_rounding_interval(text: str, value: str, lo: str, hi: str) -> None:
    interval = printed_interval(Decimal(value), text=text)
    # Decimal bounds: exactly the rounding interval, not a float near it
    assert interval.lo == Decimal(lo)
    assert interval.hi == Decimal(hi)


def test_printed_interval_widens_for_hedges() -> None:
    about = printed_interval(Decimal(100), text="100", qualifier="about")
    more = printed_interval(Decimal(100), text="100", qualifier="more than")
    nearly = printed_interval(Decimal(100), text="100", qualifier="nearly")
    assert about.lo < 99.5
    assert about.hi > 100.5
    assert more.lo == pytest.approx(99.5)
    assert more.hi > 100.5
    assert nearly.lo < 99.5
    assert nearly.hi == pytest.approx(100.5)


def test_interval_division_refuses_zero() -> None:
    with pytest.raises(ZeroDivisionError):
        Interval(1, 2) / Interval(-1, 1)


@pytest.mark.parametrize(
    ("pct", "direction", "start", "end", "status"),
    [
        ("23.77", "down", "5.82", "4.44", "consistent"),  # -23.71% within rounding of both
        ("23.77", "down", "6.10", "4.44", "inconsistent"),  # -27.2%
        ("20.62", "up", "4.07", "4.91", "consistent"),
        ("20.62", "up", "4.91", "4.07", "inconsistent"),  # direction contradicts the figures
        ("10", "up", "100", "110", "consistent"),
        # boundary: 100 -> 111 is +11%, printed "10" covers [9.5, 10.5]; 100 and 111 are exact
        # to their last digit ([99.5, 100.5] and [110.5, 111.5]) so the extremes reach 10.0%-12.1%
        ("10", "up", "100", "111", "consistent"),
        ("10", "up", "100", "112", "inconsistent"),
    ],
)
def test_pct_change_with_both_ends(
    pct: str, direction: str, start: str, end: str, status: str
) -> None:
    facts: list[Fact] = [
        _pct(pct, direction, to_id="b", from_id="a"),
        _q("a", f"{start} trillion", f"{start}e12", "usage", period=None),
        _q("b", f"{end} trillion", f"{end}e12", "usage"),
    ]
    checks = [c for c in _run(facts) if c.rule == "pct_change"]
    assert [c.status for c in checks] == [status]
    assert set(checks[0].fact_ids) == {"p", "a", "b"}


def test_pct_change_implies_the_start_from_the_end() -> None:
    facts: list[Fact] = [
        _pct("23.77", "down", to_id="b"),
        _q("b", "4.44 trillion", "4.44e12", "usage"),
    ]
    (check,) = [c for c in _run(facts) if c.rule == "pct_change"]
    # Nothing printed can contradict an implied start: the check says so and carries the value.
    assert check.status == "unverifiable"
    assert float(check.expected) == pytest.approx(4.44e12 / (1 - 0.2377), rel=1e-4)  # type: ignore[arg-type]
    assert check.actual is None
    assert "5.8245 trillion" in check.message


def test_pct_change_a_fall_of_more_than_everything_is_inconsistent() -> None:
    facts: list[Fact] = [
        _pct("120", "down", to_id="b"),
        _q("b", "4.44 trillion", "4.44e12", "usage"),
    ]
    (check,) = [c for c in _run(facts) if c.rule == "pct_change"]
    assert check.status == "inconsistent"


@pytest.mark.parametrize(
    ("whole", "parts", "status"),
    [
        ("20.6", ["4.44", "4.91"], "consistent"),
        ("8.2", ["4.44", "4.91"], "inconsistent"),
        ("9.35", ["4.44", "4.91"], "consistent"),  # exactly equal
        # boundary: "9.3" stands for [9.25, 9.35] and the parts for [9.34, 9.36]: they can agree
        ("9.3", ["4.44", "4.91"], "consistent"),
        ("9.2", ["4.44", "4.91"], "inconsistent"),  # [9.15, 9.25] < 9.34: no value fits
        ("9.4", ["4.44", "4.91"], "consistent"),
    ],
)
def test_part_of_whole(whole: str, parts: list[str], status: str) -> None:
    facts: list[Fact] = [
        _q("w0", f"{whole} trillion", f"{whole}e12", "total token usage for global AI models")
    ]
    subjects = ["token usage for Chinese AI models", "token usage for U.S. AI models"]
    facts += [
        _q(f"p{i}", f"{v} trillion", f"{v}e12", subjects[i], start=10 * (i + 1))
        for i, v in enumerate(parts)
    ]
    checks = [c for c in _run(facts) if c.rule == "part_of_whole"]
    assert [c.status for c in checks] == [status]


def test_part_of_whole_ignores_other_periods_and_units() -> None:
    facts: list[Fact] = [
        _q("w0", "8.2 trillion", "8.2e12", "total token usage for global AI models"),
        _q("p0", "4.44 trillion", "4.44e12", "token usage for Chinese AI models", period="other"),
        _q("p1", "4.91 trillion", "4.91e12", "token usage for U.S. AI models", period="other"),
    ]
    assert not [c for c in _run(facts) if c.rule == "part_of_whole"]


@pytest.mark.parametrize(
    ("sentence", "us", "cn", "status"),
    [
        (
            "U.S.-based models have outpaced their Chinese counterparts.",
            "4.91",
            "4.44",
            "consistent",
        ),
        (
            "U.S.-based models have outpaced their Chinese counterparts.",
            "3.91",
            "4.44",
            "inconsistent",
        ),
        ("U.S. models trailed their Chinese rivals.", "3.91", "4.44", "consistent"),
        ("U.S. models trailed their Chinese rivals.", "4.91", "4.44", "inconsistent"),
        # boundary: equal printed values can still be ordered within rounding
        ("U.S.-based models overtook Chinese ones.", "4.44", "4.44", "consistent"),
    ],
)
def test_comparison(sentence: str, us: str, cn: str, status: str) -> None:
    facts: list[Fact] = [
        _q("a", f"{cn} trillion", f"{cn}e12", "token usage for Chinese AI models"),
        _q("b", f"{us} trillion", f"{us}e12", "token usage in the U.S. AI market", start=20),
    ]
    checks = [c for c in _run(facts, text=sentence) if c.rule == "comparison"]
    assert [c.status for c in checks] == [status]


def test_comparison_more_than_a_number_is_not_a_comparison() -> None:
    text = "U.S. firms hired more than 200 people, Chinese firms fewer."
    facts: list[Fact] = [_q("a", "4.44 trillion", "4.44e12", "Chinese usage")]
    assert not [c for c in _run(facts, text=text) if c.rule == "comparison"]


def _range(text: str, start: dt.date, end: dt.date, relative: bool = True) -> DateRangeFact:
    return DateRangeFact(
        id="d", text=text, span=(0, len(text)), sentence=0, start=start, end=end, relative=relative
    )


@pytest.mark.parametrize(
    ("text", "start", "end", "status"),
    [
        ("the week of April 13–19", dt.date(2026, 4, 13), dt.date(2026, 4, 19), "consistent"),
        ("the week of April 13–20", dt.date(2026, 4, 13), dt.date(2026, 4, 20), "inconsistent"),
        ("the week of April 13–18", dt.date(2026, 4, 13), dt.date(2026, 4, 18), "inconsistent"),
    ],
)
def test_period_length_week(text: str, start: dt.date, end: dt.date, status: str) -> None:
    checks = [c for c in _run([_range(text, start, end)], text=text) if c.rule == "period_length"]
    assert [c.status for c in checks] == [status]


def test_period_length_ignores_ranges_not_called_weeks() -> None:
    text = "March 3-April 2"
    fact = _range(text, dt.date(2026, 3, 3), dt.date(2026, 4, 2))
    assert not [c for c in _run([fact], text=text) if c.rule == "period_length"]


@pytest.mark.parametrize(
    ("text", "day", "status"),
    [
        ("Friday, March 3, 2026", dt.date(2026, 3, 3), "inconsistent"),  # it was a Tuesday
        ("Tuesday, March 3, 2026", dt.date(2026, 3, 3), "consistent"),
    ],
)
def test_period_length_weekday(text: str, day: dt.date, status: str) -> None:
    fact = DateFact(id="d", text=text, span=(0, len(text)), sentence=0, date=day)
    checks = [c for c in _run([fact], text=text) if c.rule == "period_length"]
    assert [c.status for c in checks] == [status]


# A rule that raises: the error is typed and names the rule and the page.

_GAMMA = (
    "Gamma Corp sold 400 tonnes of steel in May. Its rival sold 300 tonnes.\n\nThis closing "
    "paragraph pads the story so that it counts as an article for the cleaner. It says nothing "
    "else of any note, and it carries no figures at all."
)


def _faulty(ctx: RuleContext) -> list[Verdict]:
    """A rule with a bug: it divides by zero on any page that names Gamma."""
    if "Gamma" in ctx.text:
        return [Decimal(1) / Decimal(0)]  # type: ignore[list-item]
    return []


@pytest.fixture
def faulty_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(RULES, "faulty", _faulty)


@pytest.mark.usefixtures("faulty_rule")
def test_validate_rule_that_raises_is_a_typed_error_naming_rule_and_page(nlp: Language) -> None:
    with pytest.raises(ValidationRuleError) as caught:
        newsfacts.parse(_GAMMA, url="https://example.com/gamma", nlp=nlp)
    error = caught.value
    assert isinstance(error, NewsFactsError)
    assert error.rule == "faulty"
    assert error.url == "https://example.com/gamma"
    assert "'faulty'" in error.message
    assert "DivisionByZero" in error.message
    assert "https://example.com/gamma" in str(error)
    assert isinstance(error.__cause__, ZeroDivisionError)


@pytest.mark.usefixtures("faulty_rule")
def test_validate_rule_error_fails_its_page_alone_in_a_batch(nlp: Language) -> None:
    good = load_path(PAGES / "techwire__2026-04-24__token-usage.html")
    bad = RawPage(text=_GAMMA, kind="text", encoding="utf-8", sha256="0" * 64, path="gamma.txt")
    results = parse_pages([(good, None), (bad, None)], nlp=nlp)
    assert isinstance(results[0], Article)
    assert isinstance(results[1], ValidationRuleError)
    assert results[1].path == "gamma.txt"
    rows = convert_batch(
        [Record(id="good", text=good.text, kind="html"), Record(id="bad", text=_GAMMA)],
        nlp=nlp,
        settings=Settings(),
    )
    assert [row["status"] for row in rows] == ["ok", "error"]
    assert rows[1]["error"]["type"] == "ValidationRuleError"
    assert "'faulty'" in rows[1]["error"]["message"]


# The currency rule reads its rate table from Settings.assets_dir.

_EUROS = (
    "The museum paid 15 million euros ($16 million) for the painting.\n\nThis closing paragraph "
    "pads the story so that it counts as an article for the cleaner. It says nothing else of any "
    "note, and it carries no figures at all."
)


def _currency_checks(nlp: Language, settings: Settings) -> list[tuple[str, str | None]]:
    article = newsfacts.parse(_EUROS, published="2023-06-15", nlp=nlp, settings=settings)
    return [(c.status, c.severity) for c in article.checks if c.rule == "currency_conversion"]


def test_currency_conversion_reads_the_rate_table_in_assets_dir(
    nlp: Language, tmp_path: Path
) -> None:
    # the shipped table (2023: 1.082 USD per EUR) finds 16/15 plausible; a table that says a euro
    # was worth 2 dollars does not
    (tmp_path / "fx_rates.csv").write_text(
        "year,currency,quote,rate\n2023,EUR,usd_per_unit,2.0\n", encoding="utf-8"
    )
    assert _currency_checks(nlp, Settings()) == [("consistent", None)]
    assert _currency_checks(nlp, Settings(assets_dir=tmp_path)) == [("inconsistent", "major")]


def test_currency_conversion_without_a_rate_table_is_a_model_error(
    nlp: Language, tmp_path: Path
) -> None:
    with pytest.raises(ModelError, match="exchange-rate table") as caught:
        _currency_checks(nlp, Settings(assets_dir=tmp_path))
    assert caught.value.path == str(tmp_path / "fx_rates.csv")
