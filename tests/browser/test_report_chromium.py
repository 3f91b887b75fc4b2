"""The report in a real browser: Debian's chromium, headless, driven through chromedriver.

The page is the project's own seed-story fixture, edited so that one pct_change check fails (a
start value that disagrees with the printed percentage). Clicking that check must highlight the
facts it cites. A screenshot of the result is kept under tests/artifacts/.

Chromium is installed by ``make browser`` (part of ``make test``). When it is missing these
tests fail and say so: they are never skipped.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from tests.conftest import PAGES, ROOT

from newsfacts.clean import clean_html
from newsfacts.pipeline import parse
from newsfacts.report import render_report

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = ROOT / "tests" / "artifacts"
SEED = PAGES / "techwire__2026-04-24__token-usage.html"
#: outline color of a highlighted fact (palette.HIGHLIGHT, #c0160c)
HIGHLIGHT_RGB = "rgba(192, 22, 12, 1)"  # as WebDriver reports computed colors
CHROME_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1200,1800",
)


def _failing_page() -> str:
    source = SEED.read_text(encoding="utf-8")
    old = "dropped 23.77% week-over-week to 4.44 trillion tokens"
    assert old in source, "the fixture no longer holds the sentence this test edits"
    return source.replace(
        old, "dropped 23.77% week-over-week from 6.10 trillion to 4.44 trillion tokens"
    )


@pytest.fixture(scope="module")
def report_url(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> str:
    markup = _failing_page()
    article = parse(markup, published="2026-04-24", nlp=nlp)
    assert [c.rule for c in article.checks if c.status == "inconsistent"] == ["pct_change"]
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(
        render_report(article, removed=clean_html(markup, trace=True).removed), encoding="utf-8"
    )
    return path.as_uri()


def _driver(*, javascript: bool) -> Iterator[Any]:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(
            f"{' and '.join(missing)} not found: the browser test needs Debian's chromium and "
            "chromium-driver; run `make browser` as root (make test does) or "
            "`apt-get install chromium chromium-driver`"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="newsfacts-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2}
        )
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def browser() -> Iterator[Any]:
    yield from _driver(javascript=True)


@pytest.fixture
def browser_without_js() -> Iterator[Any]:
    yield from _driver(javascript=False)


def _failing_check_link(driver: Any) -> Any:
    from selenium.webdriver.common.by import By

    links = driver.find_elements(
        By.CSS_SELECTOR, "li.check[data-status='inconsistent'] a.check-link"
    )
    assert len(links) == 1
    return links[0]


def test_report_click_failing_check_highlights_cited_facts(browser: Any, report_url: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(report_url)
    link = _failing_check_link(browser)
    cited = link.get_attribute("data-cites").split()
    start = browser.find_element(
        By.XPATH, "//a[@id][starts-with(normalize-space(.), '6.10 trillion')]"
    )
    assert start.get_attribute("data-fact") in cited, "the disagreeing start value is cited"
    for fact_id in cited:
        mark = browser.find_element(By.ID, f"fact-{fact_id}")
        assert "is-cited" not in mark.get_attribute("class")
        assert mark.value_of_css_property("outline-style") == "none"

    link.click()

    for fact_id in cited:
        mark = browser.find_element(By.ID, f"fact-{fact_id}")
        assert "is-cited" in mark.get_attribute("class").split()
        assert mark.value_of_css_property("outline-style") == "solid"
        assert mark.value_of_css_property("outline-color") == HIGHLIGHT_RGB
    others = browser.find_elements(By.CSS_SELECTOR, ".fact.is-cited")
    assert {el.get_attribute("data-fact") for el in others} == set(cited), "only the cited facts"
    check = link.find_element(By.XPATH, "./ancestor::li[1]")
    assert "is-active" in check.get_attribute("class").split()
    assert browser.switch_to.active_element.get_attribute("id") == f"fact-{cited[0]}"

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "report-failing-check.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")


def test_report_draws_lines_from_percent_to_its_figures(browser: Any, report_url: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(report_url)
    percent = browser.find_element(By.XPATH, "//a[@id][starts-with(normalize-space(.), '23.77%')]")
    pairs = dict(p.split(":") for p in percent.get_attribute("data-links").split())
    paths = browser.find_elements(By.CSS_SELECTOR, "svg.links path.link")
    drawn = {(p.get_attribute("data-from"), p.get_attribute("data-to")) for p in paths}
    fact = percent.get_attribute("data-fact")
    assert {(fact, pairs["from"]), (fact, pairs["to"])} <= drawn


def test_report_hover_shows_the_fact_fields(browser: Any, report_url: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    browser.get(report_url)
    pop = browser.find_element(By.ID, "fact-pop")
    assert not pop.is_displayed()
    percent = browser.find_element(By.XPATH, "//a[@id][starts-with(normalize-space(.), '23.77%')]")
    ActionChains(browser).move_to_element(percent).perform()
    assert pop.is_displayed()
    assert "week-over-week" in pop.text
    assert "direction" in pop.text


def test_report_keyboard_reaches_and_opens_the_failing_check(browser: Any, report_url: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(report_url)
    link = _failing_check_link(browser)
    assert browser.switch_to.active_element.tag_name == "body", "nothing focused on load"
    for _ in range(80):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        if browser.switch_to.active_element == link:
            break
    else:
        pytest.fail("80 presses of Tab never reached the failing check")
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    first = link.get_attribute("data-cites").split()[0]
    assert "is-cited" in browser.find_element(By.ID, f"fact-{first}").get_attribute("class")


def test_report_without_javascript_targets_the_cited_fact(
    browser_without_js: Any, report_url: str
) -> None:
    from selenium.webdriver.common.by import By

    browser_without_js.get(report_url)
    link = _failing_check_link(browser_without_js)
    first = link.get_attribute("href").rsplit("#", 1)[1]
    link.click()
    assert browser_without_js.current_url.endswith(f"#{first}")
    mark = browser_without_js.find_element(By.ID, first)
    assert mark.value_of_css_property("outline-color") == HIGHLIGHT_RGB, ":target highlights it"
    assert "is-cited" not in mark.get_attribute("class"), "no script ran"
    assert browser_without_js.find_elements(By.CSS_SELECTOR, "svg.links path") == []
