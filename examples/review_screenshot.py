"""Renders the review page of the bundled report in headless chromium and saves a screenshot.

    make screenshot            # writes examples/data/review.png (needs chromium, chromedriver)
    python examples/review_screenshot.py OUT.png [REPORT.txt]

The page shows the panel of the first figure that an error finding points at.
"""

from __future__ import annotations

import pathlib
import shutil
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.common.by import By

import fazhi

HERE = pathlib.Path(__file__).parent


def main(out: pathlib.Path, source: pathlib.Path) -> None:
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        sys.exit("chromium and chromedriver are needed (apt-get install chromium chromium-driver)")
    text = source.read_text(encoding="utf-8")
    report = fazhi.extract(text)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,860", "--hide-scrollbars"):
        options.add_argument(arg)
    browser = webdriver.Chrome(service=webdriver.ChromeService(executable_path=driver), options=options)
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
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    default = HERE / "data" / "shuozhou-2024.txt"
    main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]) if len(sys.argv) == 3 else default)
