"""pandas views of reports: every part as a DataFrame, and a unit-safe panel of concepts.

The columns are those of the Rust tables (``fazhi::table``), the same as ``fazhi.table`` (Arrow),
the command-line tool's CSV and Parquet, and ``Report.to_csv``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, Union

from ._fazhi import FileResult, Report, _columns, _rows

if TYPE_CHECKING:  # pragma: no cover
    from typing import TypeAlias

    import pandas as pd

    #: The name of a table.
    _Part: TypeAlias = Literal["facts", "documents", "findings", "narrative", "outline", "not_facts"]

__all__ = ["FACT_COLUMNS", "PARTS", "Reports", "columns", "facts_frame", "frame", "panel"]

#: The tables, in order.
PARTS: tuple[_Part, ...] = ("facts", "documents", "findings", "narrative", "outline", "not_facts")

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
            concerned), ``"narrative"`` (problems and plans), ``"outline"`` or ``"not_facts"``.

    Returns:
        A DataFrame whose columns are :func:`columns` of the part: the report's ``file``,
        ``jurisdiction``, ``level``, ``division_code`` and ``year`` first. Types: text as
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
) -> pd.DataFrame:
    """A panel of levels: one row per (jurisdiction, year), one column per (concept, unit).

    Each cell is the report's first level fact of the concept (what ``report.fact(concept)``
    gives), an exact ``decimal.Decimal``. The unit is part of the column, so figures in
    different units are never in one column and never added: a concept reported in 件 by one
    place and in 起 by another is two columns.

    Parameters:
        reports: as for :func:`frame`.
        concepts: the concept ids to keep (default: every concept found).
        duplicates: two reports of the same jurisdiction and year with different values raise
            ``ValueError`` (``"raise"``, the default) or keep the first (``"first"``).

    Returns:
        A DataFrame indexed by ``(jurisdiction, year)`` with ``(concept, unit)`` column pairs.
    """
    pandas = _pandas()
    wanted = set(concepts) if concepts is not None else None
    if duplicates not in ("raise", "first"):
        raise ValueError(f'duplicates must be "raise" or "first", not {duplicates!r}')
    cols = [c[0] for c in _columns("facts")]
    at = {name: i for i, name in enumerate(cols)}
    cells: dict[tuple[Any, Any], dict[tuple[str, str], Any]] = {}
    sources: dict[tuple[Any, Any], str] = {}
    for report in _each(reports):
        seen: set[str] = set()
        for row in _rows(report, "facts"):
            concept, kind = row[at["concept"]], row[at["kind"]]
            if concept is None or kind != "level" or concept in seen:
                continue
            if wanted is not None and concept not in wanted:
                continue
            seen.add(concept)
            key = (row[at["jurisdiction"]], row[at["year"]])
            column = (concept, row[at["unit"]])
            here = cells.setdefault(key, {})
            where = row[at["file"]] or f"{key[0]} {key[1]}"
            if column in here and here[column] != row[at["value"]]:
                if duplicates == "raise":
                    raise ValueError(
                        f"{concept} [{column[1]}] of {key[0]} {key[1]} is {here[column]} in "
                        f"{sources[key]} and {row[at['value']]} in {where}: pass duplicates='first' to keep the first"
                    )
                continue
            here.setdefault(column, row[at["value"]])
            sources.setdefault(key, where)
    index = pandas.MultiIndex.from_tuples(sorted(cells, key=_sort_key), names=["jurisdiction", "year"])
    columns_ = sorted({c for row in cells.values() for c in row})
    result: pd.DataFrame = pandas.DataFrame(
        [[cells[k].get(c) for c in columns_] for k in index],
        index=index,
        columns=pandas.MultiIndex.from_tuples(columns_, names=["concept", "unit"]),
        dtype="object",
    )
    return result


def _sort_key(key: tuple[Any, Any]) -> tuple[str, int]:
    return (key[0] or "", key[1] or 0)


def _each(reports: Reports) -> list[Report | FileResult]:
    if isinstance(reports, (Report, FileResult)):
        return [reports]
    return list(reports)
