"""pandas views of reports: every part as a DataFrame, and a unit-safe panel of concepts.

The columns are those of the Rust tables (``fazhi::table``), the same as ``fazhi.table`` (Arrow),
the command-line tool's CSV and Parquet, and ``Report.to_csv``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, Union

from ._fazhi import FileResult, Report, _columns, _rows
from ._fazhi import concepts as _concepts

if TYPE_CHECKING:  # pragma: no cover
    from typing import TypeAlias

    import pandas as pd

    #: The name of a table.
    _Part: TypeAlias = Literal["facts", "documents", "findings", "narrative", "outline", "not_facts", "reports"]

__all__ = ["FACT_COLUMNS", "PARTS", "Reports", "columns", "facts_frame", "frame", "panel"]

#: The tables, in order.
PARTS: tuple[_Part, ...] = ("facts", "documents", "findings", "narrative", "outline", "not_facts", "reports")

#: What the table functions take: one report or file result, or an iterable of them.
Reports = Union[Report, FileResult, Iterable[Union[Report, FileResult]]]


def columns(part: _Part) -> list[tuple[str, str, bool, str]]:
    """The columns of a table: ``(name, type, nullable, description)``, ``type`` one of
    ``text``, ``category``, ``int``, ``decimal``, ``date``."""
    return _columns(part)


#: The columns of :func:`facts_frame`, in order.
FACT_COLUMNS: tuple[str, ...] = tuple(c[0] for c in _columns("facts"))


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - exercised in a venv without pandas
        raise ImportError(
            "fazhi's frames need pandas: install it with `pip install ./py[pandas]` (or `pip install pandas`)"
        ) from e
    return pandas


def frame(reports: Reports, part: _Part = "facts") -> pd.DataFrame:
    """One part of reports as a DataFrame, one row per item.

    Parameters:
        reports: a ``Report``, a ``FileResult`` (its file fills the ``file`` column; a failed
            file gives no rows), or an iterable of them.
        part: ``"facts"``, ``"documents"``, ``"findings"`` (one row per finding and fact
            concerned), ``"narrative"`` (problems and plans), ``"outline"``, ``"not_facts"`` or
            ``"reports"`` (one row per report: meta data, counts, findings by severity, rules).

    Returns:
        A DataFrame whose columns are :func:`columns` of the part: the report's ``file``,
        ``jurisdiction``, ``level``, ``division_code``, the reporter's ``division``,
        ``division_level``, ``department``, ``prefecture_code`` and ``province_code``, and
        ``year`` first (group by the codes, not by names: names repeat across provinces). Types: text as
        ``object`` (str or None), categories (area, unit, qualifier, kind, severity, …) as
        ``category``, whole numbers as nullable ``Int64``, decimals as exact
        ``decimal.Decimal`` objects (``frame["value"].astype(float)`` for floats). An empty
        frame has the same columns and dtypes.

    Raises:
        ValueError: for an unknown part. TypeError: for items that are not reports.
    """
    pandas = _pandas()
    cols = _columns(part)
    rows = _rows(reports, part)
    data: dict[str, Any] = {}
    for i, (name, kind, _nullable, _doc) in enumerate(cols):
        values = [row[i] for row in rows]
        if kind == "category":
            data[name] = pandas.Categorical(values)
        elif kind == "int":
            data[name] = pandas.array(values, dtype="Int64")
        else:
            data[name] = pandas.Series(values, dtype="object")
    result: pd.DataFrame = pandas.DataFrame(data, columns=[c[0] for c in cols])
    return result


def facts_frame(reports: Reports) -> pd.DataFrame:
    """The facts of reports as a DataFrame: ``frame(reports, "facts")``."""
    return frame(reports, "facts")


def panel(
    reports: Reports,
    concepts: Iterable[str] | None = None,
    *,
    duplicates: Literal["raise", "first"] = "raise",
    units: Literal["keep", "merge"] = "keep",
    values: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """A panel of levels: one row per reporter and year, one column per (concept, unit).

    A row is keyed by the reporter's 6-digit division code, the reporter as named (the
    division, or the department reporting in it: ``右玉县`` and ``右玉县司法局`` share a code
    and are two rows) and the year. A report whose reporter is not a division of the gazetteer
    has no code: it keeps a row of its own, named by its jurisdiction as the caller gave it,
    else by its file, else by its place in ``reports`` (``#3``), and is never merged with
    another place. An unknown year is ``<NA>``.

    Each cell is the report's first level fact of the concept (what ``report.fact(concept)``
    gives), an exact ``decimal.Decimal``. The unit is part of the column, so figures in
    different units are never in one column and never added: a concept reported in 件 by one
    place and in 起 by another is two columns.

    Parameters:
        reports: as for :func:`frame`.
        concepts: the concept ids to keep (default: every concept found).
        duplicates: two reports of the same reporter and year with different values raise
            ``ValueError`` naming both files (``"raise"``, the default) or keep the first
            (``"first"``).
        units: ``"keep"`` (the default) keeps each measure word a column of its own;
            ``"merge"`` puts the measure words the registry declares one measure for a concept
            (``Concept.same_units``: cases in 件, 起 or 宗; persons in 人 or 名, never 人次) into
            one column under the concept's usual unit. Other units stay apart.
        values: ``"decimal"`` (the default) keeps exact ``decimal.Decimal`` cells;
            ``"float"`` gives ``Float64`` columns for ``describe()``, ``mean()`` and plots.

    Returns:
        A DataFrame indexed by ``(division_code, reporter, year)`` with ``(concept, unit)``
        column pairs, rows sorted by code (reports with none last), reporter and year.
    """
    if isinstance(concepts, str):
        raise TypeError(
            f"concepts must be an iterable of concept ids, not one str: panel(reports, [{concepts!r}])"
        )
    pandas = _pandas()
    wanted = set(concepts) if concepts is not None else None
    if duplicates not in ("raise", "first"):
        raise ValueError(f'duplicates must be "raise" or "first", not {duplicates!r}')
    if units not in ("keep", "merge"):
        raise ValueError(f'units must be "keep" or "merge", not {units!r}')
    if values not in ("decimal", "float"):
        raise ValueError(f'values must be "decimal" or "float", not {values!r}')
    # the unit a measure word is merged into, per concept
    merged: dict[tuple[str, str], str] = {}
    if units == "merge":
        for c in _concepts():
            for u in c.same_units:
                merged[(c.id, u)] = c.unit
    cols = [c[0] for c in _columns("facts")]
    at = {name: i for i, name in enumerate(cols)}
    cells: dict[_Key, dict[tuple[str, str], Any]] = {}
    sources: dict[_Key, str] = {}
    for position, report in enumerate(_each(reports)):
        seen: set[str] = set()
        for row in _rows(report, "facts"):
            concept, kind = row[at["concept"]], row[at["kind"]]
            if concept is None or kind != "level" or concept in seen:
                continue
            if wanted is not None and concept not in wanted:
                continue
            seen.add(concept)
            code, name, file = row[at["division_code"]], row[at["jurisdiction"]], row[at["file"]]
            who = name if code else (name or file or f"#{position}")
            key: _Key = (code, who, row[at["year"]])
            unit = row[at["unit"]]
            column = (concept, merged.get((concept, unit), unit))
            here = cells.setdefault(key, {})
            where = file or f"report #{position}"
            if column in here and here[column] != row[at["value"]]:
                if duplicates == "raise":
                    raise ValueError(
                        f"{concept} [{column[1]}] of {who} ({code or 'no division code'}) "
                        f"{key[2] if key[2] is not None else 'year unknown'} is {here[column]} in "
                        f"{sources[key]} and {row[at['value']]} in {where}: pass duplicates='first' to keep the first"
                    )
                continue
            here.setdefault(column, row[at["value"]])
            sources.setdefault(key, where)
    keys = sorted(cells, key=_sort_key)
    index = pandas.MultiIndex.from_arrays(
        [
            pandas.array([k[0] for k in keys], dtype="object"),
            pandas.array([k[1] for k in keys], dtype="object"),
            pandas.array([k[2] for k in keys], dtype="Int64"),
        ],
        names=["division_code", "reporter", "year"],
    )
    columns_ = sorted({c for row in cells.values() for c in row})
    result: pd.DataFrame = pandas.DataFrame(
        [[cells[k].get(c) for c in columns_] for k in keys],
        index=index,
        columns=pandas.MultiIndex.from_tuples(columns_, names=["concept", "unit"]),
        dtype="object",
    )
    if values == "float":
        result = result.apply(lambda col: pandas.array([None if v is None else float(v) for v in col], dtype="Float64"))
    return result


#: A panel row's key: division code (None when the reporter is no division), reporter, year.
_Key = tuple[Any, Any, Any]


def _sort_key(key: _Key) -> tuple[int, str, str, int]:
    return (key[0] is None, key[0] or "", key[1] or "", key[2] if key[2] is not None else -1)


def _each(reports: Reports) -> list[Report | FileResult]:
    if isinstance(reports, (Report, FileResult)):
        return [reports]
    return list(reports)
