"""End to end on the seed story: the shared seed scrape and page, and our own retold fixtures.

What must come out (../shared/seed/README.md): the five body paragraphs once; the week
2026-04-13..19; 20.6 trillion tokens; -23.77% week-over-week to 4.44 trillion; +20.62% to 4.91
trillion; "since March" from 2026-03-01; Alibaba Cloud, Tencent, Baidu, Zhipu, Anthropic; nothing
from the teasers; part_of_whole, comparison and period_length consistent, and the two changes
unverifiable with their implied start values (no start is printed to contradict them).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from spacy.language import Language
from tests.conftest import PAGES

from newsfacts import (
    Article,
    DateRangeFact,
    MoneyFact,
    OrganizationFact,
    PercentFact,
    QuantityFact,
    parse,
)
from newsfacts.pipeline import parse_page
from newsfacts.sources import load_path

TEASER_STRINGS = ("70 billion", "1.5 trillion", "Project Deal", "DeepSeek", "Comments", "0/500")
ORGS = {"Alibaba Cloud", "Tencent", "Baidu", "Zhipu", "Anthropic"}
TEASER_ORGS = {"OpenAI", "xAI", "DeepSeek", "Claude", "Elon Musk", "Grok"}
OWN_HTML = PAGES / "techwire__2026-04-24__token-usage.html"
OWN_TEXT = PAGES / "techwire__2026-04-24__token-usage.txt"


def _figures(article: Article) -> list[QuantityFact]:
    return [f for f in article.facts if isinstance(f, QuantityFact)]


def _percents(article: Article) -> list[PercentFact]:
    return [f for f in article.facts if isinstance(f, PercentFact)]


def _assert_seed_story(article: Article) -> None:
    assert article.status == "ok"
    assert article.text.count("\n\n") == 4, "five body paragraphs, each once"
    for teaser in TEASER_STRINGS:
        assert teaser not in article.text
    assert not [f for f in article.facts if isinstance(f, MoneyFact)], (
        "70 billion yuan is a teaser's"
    )

    quantities = {(f.value, f.unit) for f in _figures(article) if f.unit == "tokens"}
    assert quantities == {
        (Decimal("2.06e13"), "tokens"),
        (Decimal("4.44e12"), "tokens"),
        (Decimal("4.91e12"), "tokens"),
    }
    durations = {(f.value, f.unit) for f in _figures(article) if f.unit != "tokens"}
    assert durations <= {  # written durations of the story (the seed's copies word them so)
        (Decimal("10"), "weeks"),  # "after ten consecutive weeks of growth"
        (Decimal("2"), "weeks"),  # "declined for two weeks in a row"
        (Decimal("2"), "months"),  # "the first time in two months"
    }
    by_value = {f.value: f for f in _figures(article)}
    percents = {(f.value, f.direction, f.measure) for f in _percents(article)}
    assert percents == {(Decimal("23.77"), "down", "change"), (Decimal("20.62"), "up", "change")}
    drop = next(f for f in _percents(article) if f.value == Decimal("23.77"))
    rise = next(f for f in _percents(article) if f.value == Decimal("20.62"))
    assert drop.basis == "week-over-week"
    assert drop.to_id == by_value[Decimal("4.44e12")].id
    assert rise.to_id == by_value[Decimal("4.91e12")].id

    ranges = [f for f in article.facts if isinstance(f, DateRangeFact)]
    week = next(f for f in ranges if "April 13" in f.text)
    assert (week.start, week.end) == (dt.date(2026, 4, 13), dt.date(2026, 4, 19))
    since = next(f for f in ranges if f.text.lower() == "since march")
    assert since.start == dt.date(2026, 3, 1)
    assert since.end is None
    for figure in _figures(article):
        if figure.unit == "tokens":
            assert figure.period_id == week.id, f"{figure.text} is measured over the week"

    orgs = {f.name for f in article.facts if isinstance(f, OrganizationFact)}
    assert orgs == ORGS
    assert not orgs & TEASER_ORGS

    statuses = {(c.rule, c.status) for c in article.checks}
    assert statuses == {
        ("pct_change", "unverifiable"),
        ("part_of_whole", "consistent"),
        ("comparison", "consistent"),
        ("period_length", "consistent"),
    }
    implied = sorted(float(c.expected) for c in article.checks if c.rule == "pct_change")  # type: ignore[arg-type]
    assert implied[0] == pytest.approx(4.0706e12, rel=1e-4)
    assert implied[1] == pytest.approx(5.8245e12, rel=1e-4)
    for fact in article.facts:
        assert article.text[fact.span[0] : fact.span[1]] == fact.text
    assert article.validation is not None
    assert article.validation.inconsistent == 0
    assert article.validation.checked == len(article.checks)
    used = {fact_id for check in article.checks for fact_id in check.fact_ids}
    story = {f.id for f in _figures(article) if f.unit == "tokens"} | {
        f.id for f in _percents(article)
    }
    assert story <= used, "every token figure and percent takes part in a check"


def test_seed_plain_scrape_gives_the_story_once(nlp: Language, shared_seed: Path) -> None:
    article = parse_page(load_path(shared_seed / "seed_plain.txt"), published="2026-04-24", nlp=nlp)
    _assert_seed_story(article)


def test_seed_news_page_gives_the_story_once(nlp: Language, shared_seed: Path) -> None:
    article = parse_page(load_path(shared_seed / "seed_news.html"), nlp=nlp)
    _assert_seed_story(article)
    assert article.metadata.published == "2026-04-24T09:30:00+08:00"
    assert article.metadata.site_name == "TechWire Daily"
    assert article.metadata.authors == ["Lin Qiao"]


@pytest.mark.parametrize("path", [OWN_HTML, OWN_TEXT], ids=["html", "txt"])
def test_own_fixture_gives_the_story_once(nlp: Language, path: Path) -> None:
    article = parse_page(load_path(path), published="2026-04-24", nlp=nlp)
    _assert_seed_story(article)


def test_html_and_text_forms_agree(nlp: Language) -> None:
    html = parse_page(load_path(OWN_HTML), published="2026-04-24", nlp=nlp)
    text = parse_page(load_path(OWN_TEXT), published="2026-04-24", nlp=nlp)
    assert html.text == text.text
    assert [f.model_dump() for f in html.facts] == [f.model_dump() for f in text.facts]


def _edited(path: Path, old: str, new: str) -> str:
    source = path.read_text(encoding="utf-8")
    assert source.count(old) >= 1, f"fixture no longer contains {old!r}"
    return source.replace(old, new)


@pytest.mark.parametrize("path", [OWN_HTML, OWN_TEXT], ids=["html", "txt"])
def test_stated_start_value_that_disagrees_turns_pct_change_inconsistent(
    nlp: Language, path: Path
) -> None:
    page = _edited(
        path,
        "dropped 23.77% week-over-week to 4.44 trillion tokens",
        "dropped 23.77% week-over-week from 6.10 trillion to 4.44 trillion tokens",
    )
    article = parse(page, published="2026-04-24", nlp=nlp)
    pct = [c for c in article.checks if c.rule == "pct_change"]
    bad = [c for c in pct if c.status == "inconsistent"]
    assert len(bad) == 1
    assert float(bad[0].expected) == pytest.approx(-27.2, abs=0.1)  # type: ignore[arg-type]
    start = next(f for f in _figures(article) if f.value == Decimal("6.10e12"))
    assert start.unit == "tokens", "the start value shares the unit printed after the end value"
    assert start.id in bad[0].fact_ids
    # the start value belongs to the week before: it is not a part of this week's total
    whole = next(c for c in article.checks if c.rule == "part_of_whole")
    assert start.id not in whole.fact_ids
    assert whole.status == "consistent"


@pytest.mark.parametrize("path", [OWN_HTML, OWN_TEXT], ids=["html", "txt"])
def test_stated_start_value_that_agrees_keeps_pct_change_consistent(
    nlp: Language, path: Path
) -> None:
    page = _edited(
        path,
        "dropped 23.77% week-over-week to 4.44 trillion tokens",
        "dropped 23.77% week-over-week from 5.82 trillion to 4.44 trillion tokens",
    )
    article = parse(page, published="2026-04-24", nlp=nlp)
    pct = [c for c in article.checks if c.rule == "pct_change" and len(c.fact_ids) == 3]
    assert [c.status for c in pct] == ["consistent"]


@pytest.mark.parametrize("path", [OWN_HTML, OWN_TEXT], ids=["html", "txt"])
def test_global_total_below_its_parts_turns_part_of_whole_inconsistent(
    nlp: Language, path: Path
) -> None:
    page = _edited(path, "20.6 trillion tokens", "8.2 trillion tokens")
    article = parse(page, published="2026-04-24", nlp=nlp)
    whole = [c for c in article.checks if c.rule == "part_of_whole"]
    assert [c.status for c in whole] == ["inconsistent"]
    assert float(whole[0].actual) == pytest.approx(9.35e12)  # type: ignore[arg-type]


@pytest.mark.parametrize("path", [OWN_HTML, OWN_TEXT], ids=["html", "txt"])
def test_comparison_against_the_figures_is_inconsistent(nlp: Language, path: Path) -> None:
    page = _edited(path, "to 4.91 trillion tokens", "to 3.91 trillion tokens")
    article = parse(page, published="2026-04-24", nlp=nlp)
    comparison = [c for c in article.checks if c.rule == "comparison"]
    assert [c.status for c in comparison] == ["inconsistent"]


def test_seed_without_a_publication_date_reports_the_week_unresolved(nlp: Language) -> None:
    article = parse_page(load_path(OWN_TEXT), nlp=nlp)
    assert article.status == "ok"
    week = next(f for f in article.facts if isinstance(f, DateRangeFact) and "13" in f.text)
    assert (week.start, week.end, week.relative) == (None, None, True)
    assert week.label == "the week of April 13–19"
    assert article.warnings
    assert article.warnings[0].startswith("no publication date")
    assert {f.value for f in _figures(article) if f.unit == "tokens"} == {
        Decimal("2.06e13"),
        Decimal("4.44e12"),
        Decimal("4.91e12"),
    }


def test_rules_only_pipeline_still_finds_the_organizations(rules_nlp: Language) -> None:
    article = parse_page(load_path(OWN_HTML), nlp=rules_nlp)
    assert article.pipeline is not None
    assert article.pipeline.statistical is False
    assert article.pipeline.model is None
    orgs = {f.name for f in article.facts if isinstance(f, OrganizationFact)}
    assert orgs == ORGS


def test_statistical_pipeline_is_reported(nlp: Language) -> None:
    article = parse_page(load_path(OWN_HTML), nlp=nlp)
    assert article.pipeline is not None
    assert article.pipeline.statistical is True
    assert article.pipeline.model is not None
    assert "3.8.0" in article.pipeline.model
