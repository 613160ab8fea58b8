"""The folder dashboard (the index page of `fazhi extract FOLDER --html DIR`) in chromium: its
charts are there, readable in light and dark, and every bar leads to its figure on that report's
review page.

Skipped with the reason where chromium, chromedriver or selenium cannot be installed.
"""

import pathlib
import subprocess
import sys
import urllib.parse

import pytest

pytest.importorskip("selenium.webdriver", reason="selenium is not installed (make test installs it)")
from selenium.webdriver.common.by import By  # noqa: E402

from test_review_page import console_errors, new_browser  # noqa: E402

CORPUS = pathlib.Path(__file__).resolve().parents[2] / "core" / "tests" / "data" / "devset" / "reports"


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> pathlib.Path:
    out = tmp_path_factory.mktemp("pages")
    run = subprocess.run(
        [sys.executable, "-m", "fazhi", "extract", str(CORPUS), "--html", str(out), "--threads", "2"],
        capture_output=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr.decode()
    return out


def test_the_index_charts_what_reports_share_and_every_bar_leads_to_its_figure(pages):
    browser = new_browser(1280, 1000)
    try:
        browser.get((pages / "index.html").as_uri())
        figures = browser.find_elements(By.CSS_SELECTOR, "#charts figure[data-concept]")
        assert len(figures) >= 5, "the corpus has concepts that three reports or more state"
        for figure in figures:
            assert figure.is_displayed()
            bars = figure.find_elements(By.CSS_SELECTOR, "svg a rect.bar")
            assert len(bars) >= 3
            # a bar is drawn (visible width) for a positive value
            assert any(float(b.get_attribute("width")) > 0 for b in bars)
        index = (pages / "index.html").as_uri()
        # (an SVG link's href is as written, relative to the index)
        links = [
            urllib.parse.urljoin(index, a.get_dom_attribute("href"))
            for a in browser.find_elements(By.CSS_SELECTOR, "#charts svg a")
        ]
        assert links and len(links) == len(browser.find_elements(By.CSS_SELECTOR, "#charts svg rect.bar"))
        assert console_errors(browser) == []
        # every link resolves: the page exists and holds the figure it names
        for href in links[:25]:
            browser.get(href)
            fragment = href.split("#", 1)[1]
            assert fragment.startswith("fact-f")
            mark = browser.find_elements(By.ID, fragment)
            assert len(mark) == 1, f"{href} has no element {fragment}"
            assert mark[0].tag_name == "mark"
    finally:
        browser.quit()


def test_the_charts_read_in_dark_and_light(pages):
    browser = new_browser(1280, 1000)
    try:
        colours = {}
        for scheme in ("light", "dark"):
            browser.execute_cdp_cmd(
                "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
            )
            browser.get((pages / "index.html").as_uri())
            label = browser.find_element(By.CSS_SELECTOR, "#charts svg text")
            page = browser.find_element(By.TAG_NAME, "body")
            colours[scheme] = (
                browser.execute_script("return getComputedStyle(arguments[0]).fill", label),
                browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", page),
            )
        # the text follows the theme: it differs between the two, and from its own background
        assert colours["light"] != colours["dark"]
        for fill, background in colours.values():
            assert fill != background
    finally:
        browser.quit()
