"""pandas helpers: facts of many reports as one DataFrame."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._fazhi import Report, concepts

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["facts_frame", "FACT_COLUMNS"]

#: The columns of :func:`facts_frame`, in order.
FACT_COLUMNS: tuple[str, ...] = (
    "jurisdiction",
    "year",
    "fact_id",
    "label",
    "concept",
    "label_en",
    "label_zh",
    "area",
    "value",
    "value_decimal",
    "unit",
    "qualifier",
    "kind",
    "span_start",
    "span_end",
    "text",
    "section",
    "finding",
    "finding_rules",
)

_SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - exercised in a venv without pandas
        raise ImportError(
            "fazhi.facts_frame needs pandas: install it with `pip install ./py[pandas]` "
            "(or `pip install pandas`)"
        ) from e
    return pandas


def facts_frame(reports: Iterable[Report]) -> pd.DataFrame:
    """One row per fact of every report.

    Columns: ``jurisdiction``, ``year`` (nullable Int64), ``fact_id``, ``label`` (the words of
    the text that say what the figure counts, as written: what to group by when the concept
    is unknown), ``concept`` and its
    ``label_en``, ``label_zh`` and ``area`` (None for a figure of unknown meaning),
    ``value`` (float64, for computing), ``value_decimal`` (the exact ``decimal.Decimal``),
    ``unit``, ``qualifier``, ``kind``, ``span_start``/``span_end`` (str indices into the
    report text), ``text`` (as written), ``section``, and ``finding`` (the most severe
    finding on the fact, or None) with ``finding_rules`` (their rule ids, comma-separated).
    """
    pandas = _pandas()
    registry = {c.id: c for c in concepts()}
    rows: list[dict[str, Any]] = []
    for report in reports:
        if not isinstance(report, Report):
            raise TypeError(f"facts_frame() takes fazhi.Report objects, not {type(report).__name__}")
        meta = report.meta
        on_fact: dict[str, list[Any]] = {}
        for finding in report.findings:
            for fid in finding.facts:
                on_fact.setdefault(fid, []).append(finding)
        for f in report.facts:
            c = registry.get(f.concept) if f.concept else None
            findings = on_fact.get(f.id, [])
            worst = max(findings, key=lambda x: _SEVERITY_ORDER[x.severity], default=None)
            rows.append(
                {
                    "jurisdiction": meta.jurisdiction,
                    "year": meta.year,
                    "fact_id": f.id,
                    "label": f.label.text if f.label else None,
                    "concept": f.concept,
                    "label_en": c.en if c else None,
                    "label_zh": c.zh if c else None,
                    "area": c.area if c else None,
                    "value": float(f.value),
                    "value_decimal": f.value,
                    "unit": f.unit,
                    "qualifier": f.qualifier,
                    "kind": f.kind,
                    "span_start": f.span[0],
                    "span_end": f.span[1],
                    "text": f.text,
                    "section": f.section,
                    "finding": worst.severity if worst else None,
                    "finding_rules": ",".join(x.rule for x in findings) or None,
                }
            )
    frame: pd.DataFrame = pandas.DataFrame(rows, columns=list(FACT_COLUMNS))
    frame["year"] = frame["year"].astype("Int64")
    frame["value"] = frame["value"].astype("float64")
    for column in ("span_start", "span_end"):
        frame[column] = frame[column].astype("int64")
    return frame
