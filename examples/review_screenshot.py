"""Renders the review page of the bundled report, or the dashboard of a folder of reports, in
headless chromium and saves a screenshot.

    make screenshot            # writes examples/data/review.png and dashboard.png (needs chromium)
    python examples/review_screenshot.py OUT.png [REPORT.txt]
    python examples/review_screenshot.py --dashboard OUT.png FOLDER

The review page shows the panel of the first figure that an error finding points at; the
dashboard is the index page of `fazhi extract FOLDER --html DIR`, at its charts.
"""

from __future__ import annotations

import pathlib
import shutil
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.common.by import By

import fazhi

HERE = pathlib.Path(__file__).parent


def new_browser(height: int) -> webdriver.Chrome:
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        sys.exit("chromium and chromedriver are needed (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size=1280,{height}", "--hide-scrollbars"):
        options.add_argument(arg)
    return webdriver.Chrome(service=webdriver.ChromeService(executable_path=driver), options=options)


def dashboard(out: pathlib.Path, folder: pathlib.Path) -> None:
    browser = new_browser(1000)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            run = subprocess.run(
                [sys.executable, "-m", "fazhi", "extract", str(folder), "--html", tmp], capture_output=True
            )
            if run.returncode not in (0, 1):
                sys.exit(run.stderr.decode())
            browser.get((pathlib.Path(tmp) / "index.html").as_uri())
            charts = browser.find_elements(By.CSS_SELECTOR, "#charts figure")
            if charts:
                browser.execute_script("arguments[0].scrollIntoView()", charts[0])
            browser.save_screenshot(str(out))
    finally:
        browser.quit()
    print(f"{out}: {len(charts)} charts")


def main(out: pathlib.Path, source: pathlib.Path) -> None:
    text = source.read_text(encoding="utf-8")
    report = fazhi.extract(text)
    browser = new_browser(860)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            page = pathlib.Path(tmp) / "review.html"
            page.write_text(report.to_html(), encoding="utf-8")
            browser.get(page.as_uri())
            errors = [f for f in report.findings if f.severity == "error" and f.facts]
            if errors:
                browser.find_element(By.CSS_SELECTOR, f'#findings li[data-target="{errors[0].facts[0]}"]').click()
            browser.save_screenshot(str(out))
    finally:
        browser.quit()
    print(f"{out}: {len(report.facts)} facts marked")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--dashboard":
        dashboard(pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]))
        sys.exit(0)
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    default = HERE / "data" / "shuozhou-2024.txt"
    main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]) if len(sys.argv) == 3 else default)
