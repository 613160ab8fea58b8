"""fazhi: Chinese law-based government annual reports (法治政府建设年度报告) as typed data.

>>> import fazhi
>>> report = fazhi.extract("2024年共受理行政复议291件,受理后审结224件。")
>>> report.fact("dispute_resolution.reconsideration.accepted").value
Decimal('291')
"""

from __future__ import annotations

import copyreg as _copyreg
import json as _json
from typing import Any

from ._fazhi import (
    AreaView,
    Cited,
    Compliance,
    Concept,
    Dimension,
    Document,
    Evidence,
    Fact,
    Finding,
    Label,
    Meta,
    NarrativeItem,
    NotFact,
    PartCoverage,
    Registry,
    Report,
    Reporter,
    ReviewPage,
    Rule,
    Section,
    ArrowTable,
    FileResult,
    __version__,
    concepts,
    extract,
    extract_many,
    json_schema_text,
    rules,
    table,
    validate,
)
from ._fazhi import _pickle_state, _unpickle
from .errors import FazhiError, InternalError, InvalidInputError, InvalidJsonError
from .files import extract_files
from .frame import FACT_COLUMNS, PARTS, columns, facts_frame, frame, panel

__all__ = [
    "AreaView",
    "ArrowTable",
    "Cited",
    "Compliance",
    "Concept",
    "Dimension",
    "Document",
    "Evidence",
    "FACT_COLUMNS",
    "Fact",
    "FazhiError",
    "FileResult",
    "Finding",
    "InternalError",
    "InvalidInputError",
    "InvalidJsonError",
    "Label",
    "Meta",
    "NarrativeItem",
    "NotFact",
    "PARTS",
    "PartCoverage",
    "Registry",
    "Report",
    "Reporter",
    "ReviewPage",
    "Rule",
    "Section",
    "__version__",
    "columns",
    "concepts",
    "extract",
    "extract_files",
    "extract_many",
    "facts_frame",
    "frame",
    "json_schema",
    "json_schema_text",
    "panel",
    "rules",
    "table",
    "validate",
]


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that ``Report.to_json()`` output follows."""
    schema: dict[str, Any] = _json.loads(json_schema_text())
    return schema


def _reduce(obj: Any) -> tuple[Any, tuple[str, str]]:
    return (_unpickle, _pickle_state(obj))


# every read-only class pickles through JSON of its fields (Report pickles through to_json)
for _cls in (
    Fact,
    Label,
    Dimension,
    Evidence,
    Cited,
    Meta,
    Reporter,
    Compliance,
    PartCoverage,
    Document,
    NarrativeItem,
    Finding,
    Section,
    NotFact,
    Concept,
    Rule,
):
    _copyreg.pickle(_cls, _reduce)
