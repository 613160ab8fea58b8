"""The notebook trial: a notebook that shows a report, executed by a real kernel, exported to
HTML as a viewer that does not trust it would (scripts and frames stripped), and opened in
chromium. The report's summary must be there and visible, and light.

`make test` installs nbformat, nbclient, nbconvert and ipykernel, and chromium; where they
cannot be installed the test is skipped with the reason.
"""

import pathlib

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (make test installs it)")
nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (make test installs it)")
nbconvert = pytest.importorskip("nbconvert", reason="nbconvert is not installed (make test installs it)")
pytest.importorskip("ipykernel", reason="ipykernel is not installed (make test installs it)")

from test_review_page import new_browser  # noqa: E402

DATA = pathlib.Path(__file__).parent / "data"


def executed_notebook(tmp_path: pathlib.Path):
    """A notebook reading the bundled report and displaying it, run by a Python kernel."""
    source = DATA / "shuozhou-2024.txt"
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("import fazhi"),
        nbformat.v4.new_code_cell(
            f"report = fazhi.extract(open({str(source)!r}, encoding='utf-8').read())\nreport"
        ),
    ]
    client = nbclient.NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    return nb


def test_an_executed_notebook_shows_the_summary_without_being_trusted(tmp_path, report):
    nb = executed_notebook(tmp_path)
    output = nb.cells[1].outputs[0]
    assert output["output_type"] == "execute_result"
    html_out = output["data"]["text/html"]
    # the display of one report is light: plain HTML and CSS, no script, no frame
    assert len(html_out.encode("utf-8")) < 30_000
    lowered = html_out.lower()
    assert "<script" not in lowered and "<iframe" not in lowered
    # as an untrusted viewer shows it (GitHub, nbviewer, JupyterLab without trust)
    exporter = nbconvert.HTMLExporter(sanitize_html=True)
    page, _ = exporter.from_notebook_node(nb)
    path = tmp_path / "trial.html"
    path.write_text(page, encoding="utf-8")
    browser = new_browser()
    try:
        browser.get(path.as_uri())
        summary = browser.find_elements("css selector", ".fazhi-report")
        assert len(summary) == 1, "the summary did not survive the untrusted export"
        assert summary[0].is_displayed()
        size = summary[0].size
        assert size["height"] > 200 and size["width"] > 200
        shown = summary[0].text
        assert report.meta.title is None or "朔州市" in shown
        # every fact's row is there, with its value as written
        rows = browser.find_elements("css selector", ".fazhi-report tbody tr")
        assert len(rows) >= len(report.facts)
        for fact in report.facts[:10]:
            assert fact.text in shown
    finally:
        browser.quit()
