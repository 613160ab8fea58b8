"""The review page in a real browser (Debian's chromium through chromedriver).

`make test` installs chromium, chromium-driver and selenium; where they cannot be installed the
tests are skipped with the reason.
"""

import pathlib
import shutil

import pytest

import fazhi

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (make test installs it)")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402


def _browser_paths():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("chromium or chromedriver is not installed (make test installs them with apt-get)")
    return chromium, driver


def new_browser(width=1280, height=900):
    """A headless chromium that keeps the page's console messages."""
    chromium, driver = _browser_paths()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={width},{height}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=webdriver.ChromeService(executable_path=driver), options=options)


@pytest.fixture(scope="module")
def browser():
    b = new_browser()
    yield b
    b.quit()


def open_page(browser, tmp_path, report, text, name="page.html"):
    path = tmp_path / name
    path.write_text(report.to_html(text), encoding="utf-8")
    browser.get(path.as_uri())
    browser.get_log("browser")  # the messages of earlier pages
    return path


def console_errors(browser):
    return [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def in_view(browser, element):
    return browser.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.bottom > 0 && r.top < window.innerHeight;",
        element,
    )


def test_fixture_page_marks_every_fact_and_has_no_console_errors(browser, tmp_path, report, text):
    open_page(browser, tmp_path, report, text)
    marks = browser.find_elements(By.CSS_SELECTOR, "mark[data-fact]")
    assert len(marks) == len(report.facts)
    assert {m.get_attribute("data-fact") for m in marks} == {f.id for f in report.facts}
    # each mark shows the figure as written
    by_id = {f.id: f for f in report.facts}
    for m in marks[:20]:
        assert m.text == by_id[m.get_attribute("data-fact")].text
    assert len(browser.find_elements(By.CSS_SELECTOR, "#findings li")) == len(report.findings)
    assert console_errors(browser) == []


def test_clicking_a_finding_scrolls_to_its_figure_and_opens_the_panel(browser, tmp_path, report, text):
    open_page(browser, tmp_path, report, text)
    panel = browser.find_element(By.ID, "panel")
    assert not panel.is_displayed()
    finding = next(f for f in report.findings if f.facts)
    target = finding.facts[0]
    item = browser.find_element(By.CSS_SELECTOR, f'#findings li[data-target="{target}"]')
    browser.execute_script("arguments[0].scrollIntoView()", item)
    mark = browser.find_element(By.CSS_SELECTOR, f'mark[data-fact="{target}"]')
    assert not in_view(browser, mark)
    item.click()
    assert panel.is_displayed()
    assert in_view(browser, mark)
    assert "current" in mark.get_attribute("class").split()
    shown = panel.text
    fact = next(f for f in report.facts if f.id == target)
    assert target in shown and finding.rule in shown
    if fact.concept:
        assert fact.concept in shown
    # Escape closes it; Enter on a focused mark opens it again
    mark.send_keys(Keys.ESCAPE)
    assert not panel.is_displayed()
    other = browser.find_elements(By.CSS_SELECTOR, "mark[data-fact]")[0]
    browser.execute_script("arguments[0].focus()", other)
    other.send_keys(Keys.ENTER)
    assert panel.is_displayed() and other.get_attribute("data-fact") in panel.text
    assert console_errors(browser) == []


def test_the_panel_shows_what_a_concept_was_read_from(browser, tmp_path, report, text):
    open_page(browser, tmp_path, report, text)
    fact = report.fact("dispute_resolution.reconsideration.accepted")
    mark = browser.find_element(By.CSS_SELECTOR, f'mark[data-fact="{fact.id}"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    shown = browser.find_element(By.ID, "panel").text
    assert "read from: act" in shown and "受理" in shown
    assert "reconsideration" in shown


def test_a_filter_hides_the_other_areas(browser, tmp_path, report, text):
    open_page(browser, tmp_path, report, text)
    Select(browser.find_element(By.ID, "filter-area")).select_by_value("dispute_resolution")
    rows = browser.find_elements(By.CSS_SELECTOR, "#facts tbody tr")
    shown = [r for r in rows if r.is_displayed()]
    expected = [f for f in report.facts if f.concept and f.concept.startswith("dispute_resolution.")]
    assert len(shown) == len(expected) > 0
    assert all(r.get_attribute("data-area") == "dispute_resolution" for r in shown)
    dimmed = browser.find_elements(By.CSS_SELECTOR, "mark.hidden-by-filter")
    assert len(dimmed) == len(report.facts) - len(expected)
    # "no concept" shows the facts whose meaning is unknown
    Select(browser.find_element(By.ID, "filter-area")).select_by_value("unknown")
    shown = [r for r in browser.find_elements(By.CSS_SELECTOR, "#facts tbody tr") if r.is_displayed()]
    assert len(shown) == sum(1 for f in report.facts if f.concept is None)
    # the severity filter keeps the facts with an error finding
    Select(browser.find_element(By.ID, "filter-area")).select_by_value("")
    Select(browser.find_element(By.ID, "filter-severity")).select_by_value("error")
    shown = [r for r in browser.find_elements(By.CSS_SELECTOR, "#facts tbody tr") if r.is_displayed()]
    assert len(shown) >= 2 and all(r.get_attribute("data-severity") == "error" for r in shown)
    # a row jumps to its figure
    shown[0].click()
    target = shown[0].get_attribute("data-target")
    assert in_view(browser, browser.find_element(By.CSS_SELECTOR, f'mark[data-fact="{target}"]'))
    assert console_errors(browser) == []


def test_script_in_the_text_stays_text(browser, tmp_path):
    text = (
        "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned=2\">\n"
        "一、主要做法\n全年受理行政复议案件291件，审结301件，纠错320件。《关于<b>x</b>的通知》"
    )
    report = fazhi.extract(text)
    assert report.findings, "a report with findings"
    open_page(browser, tmp_path, report, text, "hostile.html")
    assert browser.execute_script("return window.pwned") is None
    assert len(browser.find_elements(By.TAG_NAME, "script")) == 2
    assert len(browser.find_elements(By.CSS_SELECTOR, "article img, article b")) == 0
    article = browser.find_element(By.ID, "text").text
    assert "<script>window.pwned = 1</script>" in article
    assert len(browser.find_elements(By.CSS_SELECTOR, "mark[data-fact]")) == len(report.facts)
    assert console_errors(browser) == []
