"""An analyst's walk through fazhi, top to bottom: a folder of reports → tables → pandas.

Run it after `make py-install` (or `pip install ./py[pandas]`):

    .venv/bin/python examples/analyst.py [FOLDER_OR_FILES ...]

Without arguments it reads the bundled Shuozhou 2024 report (`examples/data/`).
"""

from __future__ import annotations

import pathlib
import sys

import fazhi

HERE = pathlib.Path(__file__).parent


def main(paths: list[str]) -> int:
    # 1. Read every report of the folders and files given, on all cores. Any encoding
    #    (UTF-8, GB18030/GBK, UTF-16) and saved web pages; a bad file is kept with its reason.
    results = fazhi.extract_files(paths or [str(HERE / "data" / "shuozhou-2024.txt")])
    for r in results:
        print(f"{r.path}: {r.encoding} {r.report!r}" if r.ok else f"{r.path}: FAILED {r.error}")
    reports = [r.report for r in results if r.report is not None]
    if not reports:
        return 1

    # 2. Exact values, and where each figure stands in the text.
    first = reports[0]
    accepted = first.fact("dispute_resolution.reconsideration.accepted")
    if accepted is not None and first.text is not None:
        start, end = accepted.span
        print(f"reconsideration cases accepted: {accepted.value} {accepted.unit} (written {first.text[start:end]!r})")

    # 3. Every part as a table, one row per item, the report's file, place and year first.
    facts = fazhi.frame(results, "facts")
    known = facts[facts["concept"].notna()]
    print(known[["jurisdiction", "year", "concept_en", "value", "unit", "qualifier", "text"]].head(12).to_string())
    print("\nfacts per area:")
    print(known.groupby("area", observed=True)["fact_id"].count().sort_values(ascending=False).to_string())
    for part in ("documents", "findings", "narrative"):
        print(f"{part}: {len(fazhi.frame(results, part))} rows")

    # 4. A panel of levels: places × years × (concept, unit); units never mix.
    panel = fazhi.panel(reports, concepts=["dispute_resolution.reconsideration.accepted", "legal_aid.cases"])
    print("\n" + panel.to_string())

    # 5. Figures to distrust, and what was probably meant.
    findings = fazhi.frame(results, "findings")
    print(f"\nfindings: {len(findings)} rows, by severity:")
    print(findings.groupby("severity", observed=True)["rule"].count().to_string())

    # 6. Save and reload: JSON keeps every digit (decimals as strings).
    again = fazhi.Report.from_json(first.to_json())
    assert again == first
    print(f"\nJSON round trip ok ({len(first.to_json())} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
