"""An analyst's walk through fazhi, top to bottom: extract, inspect, tabulate, check.

Run it after `make py-install` (or `pip install ./py[pandas]`):

    .venv/bin/python examples/analyst.py [REPORT.txt ...]

Without arguments it reads the bundled Shuozhou 2024 report.
"""

from __future__ import annotations

import pathlib
import sys

import fazhi

HERE = pathlib.Path(__file__).parent


def main(paths: list[str]) -> int:
    files = [pathlib.Path(p) for p in paths] or [HERE / "data" / "shuozhou-2024.txt"]
    texts = [f.read_text(encoding="utf-8") for f in files]

    # 1. Extract every report at once: the work runs in parallel with the GIL released.
    reports = fazhi.extract_many(texts)
    for f, r in zip(files, reports):
        print(f"{f.name}: {r!r}")

    # 2. Exact values, and where each figure stands in the text.
    first, text = reports[0], texts[0]
    accepted = first.fact("dispute_resolution.reconsideration.accepted")
    if accepted is not None:
        start, end = accepted.span
        print(f"reconsideration cases accepted: {accepted.value} {accepted.unit} (written {text[start:end]!r})")

    # 3. One DataFrame for all reports, with labels and findings beside the figures.
    frame = fazhi.facts_frame(reports)
    known = frame[frame["concept"].notna()]
    print(known[["jurisdiction", "year", "label_en", "value", "unit", "qualifier", "text"]].head(12).to_string())
    print("\nfacts per area:")
    print(known.groupby("area")["fact_id"].count().sort_values(ascending=False).to_string())

    # 4. Figures to distrust, and what was probably meant.
    print("\nfindings:")
    for report in reports:
        for finding in report.findings:
            if finding.severity == "info":
                continue
            hint = f" -> probably {finding.suggestion}" if finding.suggestion is not None else ""
            print(f"  [{finding.severity}] {finding.rule}: {finding.message}{hint}")

    # 5. Save and reload: JSON keeps every digit (decimals as strings).
    again = fazhi.Report.from_json(first.to_json())
    assert again == first
    print(f"\nJSON round trip ok ({len(first.to_json())} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
