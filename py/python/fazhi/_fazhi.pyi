"""Type stubs of the compiled module ``fazhi._fazhi`` (checked with ``mypy.stubtest``)."""

import datetime
import decimal
import os
from collections.abc import Iterable
from typing import Any, Literal, final, overload

from .errors import FazhiError

_Qualifier = Literal["exact", "at_least", "at_most", "about"]
_FactKind = Literal["level", "change_percent", "change_points", "change_absolute", "change_factor"]
_Severity = Literal["info", "warning", "error"]
_Level = Literal["national", "province", "prefecture", "county", "township", "department"]
_SectionPart = Literal["measures", "problems", "plans", "leadership", "other"]
_DocumentKind = Literal[
    "law", "regulation", "decision", "measures", "rules", "notice", "opinion", "plan", "work_plan",
    "list", "catalog", "guide", "outline", "mechanism", "system", "standard", "other",
]
_DocumentStatus = Literal["issued", "implemented", "cited"]
_NotFactReason = Literal[
    "year", "date", "title", "quoted", "hotline", "ordinal", "name", "fixed_phrase", "duration",
    "word", "out_of_range", "bare", "split",
]
_ValueKind = Literal["count", "money", "rate", "completion_rate"]
_Part = Literal["facts", "documents", "findings", "narrative", "outline", "not_facts", "reports"]
_Area = Literal[
    "leadership", "legislation", "major_decisions", "normative_documents", "enforcement",
    "business_environment", "government_services", "credit", "dispute_resolution",
    "legal_services", "legal_aid", "law_popularization",
]

__all__ = [
    "__version__",
    "PartCoverage",
    "Registry",
    "Report",
    "Reporter",
    "ReviewPage",
    "Meta",
    "Fact",
    "Label",
    "Dimension",
    "Evidence",
    "Cited",
    "Compliance",
    "Document",
    "NarrativeItem",
    "Finding",
    "Section",
    "NotFact",
    "Concept",
    "Rule",
    "AreaView",
    "FileResult",
    "ArrowTable",
    "extract",
    "extract_files",
    "table",
    "_columns",
    "_rows",
    "extract_many",
    "validate",
    "concepts",
    "rules",
    "json_schema_text",
    "_main",
    "_pickle_state",
    "_unpickle",
]

__version__: str

@final
class Fact:
    """One figure stated in the text."""

    @property
    def id(self) -> str: ...
    @property
    def concept(self) -> str | None: ...
    @property
    def value(self) -> decimal.Decimal: ...
    @property
    def unit(self) -> str: ...
    @property
    def qualifier(self) -> _Qualifier: ...
    @property
    def kind(self) -> _FactKind: ...
    @property
    def change_of(self) -> str | None: ...
    @property
    def part_of(self) -> str | None: ...
    @property
    def written_unit(self) -> str | None: ...
    @property
    def section(self) -> str | None: ...
    @property
    def span(self) -> tuple[int, int]: ...
    @property
    def byte_span(self) -> tuple[int, int]: ...
    @property
    def text(self) -> str: ...
    @property
    def label(self) -> Label | None: ...
    @property
    def dimension(self) -> Dimension | None: ...
    @property
    def evidence(self) -> Evidence | None: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict (``value`` a ``Decimal``; ``label``, ``dimension``,
        ``evidence`` dicts or None)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

_Axis = Literal["category", "field", "channel", "stage", "period", "item"]
_CitedFrom = Literal["clause", "clause_before", "sentence_before", "heading", "paragraph_before"]

@final
class Dimension:
    """Which part of a concept's count a fact is: the concept, the axis and the member."""

    @property
    def concept(self) -> str: ...
    @property
    def axis(self) -> _Axis: ...
    @property
    def member(self) -> str: ...
    @property
    def span(self) -> tuple[int, int]: ...
    @property
    def byte_span(self) -> tuple[int, int]: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Cited:
    """A word of the text a concept was read from, and where it was read."""

    @property
    def text(self) -> str: ...
    @property
    def span(self) -> tuple[int, int]: ...
    @property
    def byte_span(self) -> tuple[int, int]: ...
    @property
    def source(self) -> _CitedFrom: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Evidence:
    """The words a concept was read from: the act, the thing counted and the domain."""

    @property
    def act(self) -> Cited | None: ...
    @property
    def thing(self) -> Cited | None: ...
    @property
    def domain(self) -> Cited | None: ...
    @property
    def domain_id(self) -> str | None: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict (each word a dict or None)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Label:
    """The words of the text that say what a figure counts (`受理行政复议案件`), as written."""

    @property
    def text(self) -> str: ...
    @property
    def span(self) -> tuple[int, int]: ...
    @property
    def byte_span(self) -> tuple[int, int]: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

_ReportPart = Literal["measures", "problems", "leadership", "plans", "other"]

@final
class PartCoverage:
    """Where one of the five parts the reporting rules set is covered."""

    @property
    def part(self) -> _ReportPart: ...
    @property
    def coverage(self) -> Literal["section", "passage", "missing"]: ...
    @property
    def section(self) -> str | None: ...
    @property
    def span(self) -> tuple[int, int] | None: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Compliance:
    """What the reporting rules ask of an annual report, and where the text meets it."""

    @property
    def applies(self) -> bool: ...
    @property
    def complete(self) -> bool: ...
    @property
    def parts(self) -> list[PartCoverage]: ...
    @property
    def causes(self) -> tuple[int, int] | None: ...
    @property
    def plan_years(self) -> list[int]: ...
    @property
    def title_year(self) -> int | None: ...
    @property
    def content_year(self) -> int | None: ...
    def part(self, part: _ReportPart) -> PartCoverage:
        """The part's coverage; ``KeyError`` for a name that is none of the five."""
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict (each part a dict)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Reporter:
    """Who reports: a division of the gazetteer, with the department or township reporting."""

    @property
    def name(self) -> str: ...
    @property
    def level(self) -> Literal["national", "province", "prefecture", "county", "township"]: ...
    @property
    def code(self) -> str: ...
    @property
    def division(self) -> str: ...
    @property
    def parents(self) -> list[str]: ...
    @property
    def department(self) -> str | None: ...
    @property
    def span(self) -> tuple[int, int] | None: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Meta:
    """Who reports, for which year, where it was published."""

    @property
    def jurisdiction(self) -> str | None: ...
    @property
    def level(self) -> _Level | None: ...
    @property
    def division_code(self) -> str | None: ...
    @property
    def year(self) -> int | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def published(self) -> datetime.date | None: ...
    @property
    def source(self) -> str | None: ...
    @property
    def reporter(self) -> Reporter | None: ...
    @property
    def reporter_note(self) -> str | None: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict (``published`` a ``datetime.date`` or None, ``reporter`` a dict)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Document:
    """A document title found in the text."""

    @property
    def title(self) -> str: ...
    @property
    def kind(self) -> _DocumentKind: ...
    @property
    def status(self) -> _DocumentStatus: ...
    @property
    def section(self) -> str | None: ...
    @property
    def span(self) -> tuple[int, int]: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class NarrativeItem:
    """One listed problem or plan."""

    @property
    def text(self) -> str: ...
    @property
    def section(self) -> str | None: ...
    @property
    def span(self) -> tuple[int, int]: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Finding:
    """Something a check found in the figures."""

    @property
    def rule(self) -> str: ...
    @property
    def severity(self) -> _Severity: ...
    @property
    def message(self) -> str: ...
    @property
    def facts(self) -> list[str]: ...
    @property
    def suggestion(self) -> decimal.Decimal | None: ...
    @property
    def suggestion_unit(self) -> str | None:
        """The suggestion's unit (``%``, ``件``)."""
    @property
    def suggestion_reason(self) -> str | None: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict (``suggestion`` a ``Decimal`` or None)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Section:
    """One heading of the outline."""

    @property
    def id(self) -> str: ...
    @property
    def level(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def part(self) -> _SectionPart: ...
    @property
    def span(self) -> tuple[int, int]: ...
    @property
    def body(self) -> tuple[int, int]: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class NotFact:
    """A number of the text that is not a fact, with its reason."""

    @property
    def reason(self) -> _NotFactReason: ...
    @property
    def span(self) -> tuple[int, int]: ...
    @property
    def text(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Concept:
    """One concept of the registry."""

    @property
    def id(self) -> str: ...
    @property
    def zh(self) -> str: ...
    @property
    def en(self) -> str: ...
    @property
    def area(self) -> _Area: ...
    @property
    def value_kind(self) -> _ValueKind: ...
    @property
    def unit(self) -> str: ...
    @property
    def units(self) -> list[str]:
        """Every measure word a figure of it may be written in."""
    @property
    def same_units(self) -> list[str]:
        """The measure words that are one measure with ``unit``, ``unit`` first."""
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Rule:
    """One rule of the checks."""

    @property
    def id(self) -> str: ...
    @property
    def severity(self) -> _Severity: ...
    @property
    def summary(self) -> str: ...
    @property
    def example(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class AreaView:
    """One area of a report as named fields, each the first level fact of its concept or None
    (``report.dispute_resolution().reconsideration_accepted``)."""

    @property
    def area(self) -> _Area: ...
    @property
    def fields(self) -> list[str]: ...
    def concept_of(self, field: str) -> str:
        """The concept id behind a field."""
    def to_dict(self) -> dict[str, Fact | None]:
        """Every field with its fact or None."""
    def __getattr__(self, name: str) -> Fact | None: ...
    def __dir__(self) -> list[str]: ...
    @staticmethod
    def _restore(area: str, facts: dict[str, Fact | None]) -> AreaView: ...
    def __reduce__(self) -> tuple[Any, tuple[str, dict[str, Fact | None]]]: ...

@final
class Report:
    """A law-based government annual report as typed data."""

    @property
    def meta(self) -> Meta: ...
    @property
    def compliance(self) -> Compliance: ...
    @property
    def facts(self) -> tuple[Fact, ...]: ...
    @property
    def documents(self) -> tuple[Document, ...]: ...
    @property
    def problems(self) -> tuple[NarrativeItem, ...]: ...
    @property
    def plans(self) -> tuple[NarrativeItem, ...]: ...
    @property
    def findings(self) -> tuple[Finding, ...]: ...
    @property
    def outline(self) -> tuple[Section, ...]: ...
    @property
    def not_facts(self) -> tuple[NotFact, ...]: ...
    @property
    def text(self) -> str | None:
        """The text the report was extracted from, or None for a report read from JSON."""
    def fact(self, concept_id: str) -> Fact | None: ...
    def area(self, area: _Area) -> AreaView:
        """The typed view of one area by its id; the same as the area's method."""
    def leadership(self) -> AreaView:
        """The typed view of the ``leadership`` area."""
    def legislation(self) -> AreaView:
        """The typed view of the ``legislation`` area."""
    def major_decisions(self) -> AreaView:
        """The typed view of the ``major_decisions`` area."""
    def normative_documents(self) -> AreaView:
        """The typed view of the ``normative_documents`` area."""
    def enforcement(self) -> AreaView:
        """The typed view of the ``enforcement`` area."""
    def business_environment(self) -> AreaView:
        """The typed view of the ``business_environment`` area."""
    def government_services(self) -> AreaView:
        """The typed view of the ``government_services`` area."""
    def credit(self) -> AreaView:
        """The typed view of the ``credit`` area."""
    def dispute_resolution(self) -> AreaView:
        """The typed view of the ``dispute_resolution`` area."""
    def legal_services(self) -> AreaView:
        """The typed view of the ``legal_services`` area."""
    def legal_aid(self) -> AreaView:
        """The typed view of the ``legal_aid`` area."""
    def law_popularization(self) -> AreaView:
        """The typed view of the ``law_popularization`` area."""

    def to_html(self, text: str | None = None) -> str:
        """The review page: the text with every figure marked, the findings, the facts by area."""
    def review(self, text: str | None = None) -> ReviewPage:
        """The full review page, shown inline by a notebook; ``save(path)`` writes it."""
    def to_csv(self) -> str:
        """The facts as CSV: one row per fact, the columns of ``fazhi.FACT_COLUMNS``."""
    def to_sdmx_csv(self) -> str:
        """The facts with a concept as SDMX-CSV 2.0 observations."""
    def to_json(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """The report as a dict of Python values, part by part, each item as its class's
        ``to_dict()``: ``Decimal`` values, ``datetime.date``, ``span`` in str indices and
        ``byte_span`` in UTF-8 bytes. ``json.loads(report.to_json())`` is the JSON form."""
    @staticmethod
    def from_json(data: str | bytes) -> Report: ...
    @staticmethod
    def _restore(json: str | bytes, text: str | None) -> Report: ...
    def __reduce__(self) -> tuple[Any, tuple[str, str | None]]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def _repr_html_(self) -> str: ...

@final
class Registry:
    """The concepts figures are read against: the built-in registry, extended with your own."""

    def __init__(self) -> None:
        """The built-in registry."""
    @staticmethod
    def load(path: str | os.PathLike[str]) -> Registry:
        """The built-in registry with the concepts of a TOML file (raises InvalidInputError)."""
    @staticmethod
    def from_toml(text: str) -> Registry:
        """The built-in registry with the concepts of a TOML text."""
    def extend(self, text: str) -> Registry:
        """This registry with the concepts of another TOML text (a new registry)."""
    @property
    def concepts(self) -> list[Concept]:
        """Every concept: the built-in ones, then yours."""
    @property
    def user_concepts(self) -> list[Concept]:
        """Your concepts, in file order."""
    def __len__(self) -> int: ...
    def __contains__(self, key: object, /) -> bool: ...
    def __eq__(self, value: object, /) -> bool: ...

def extract(
    text: str,
    *,
    jurisdiction: str | None = None,
    year: int | None = None,
    registry: Registry | None = None,
) -> Report:
    """Reads one report; the jurisdiction and year given win over the text's."""

@overload
def extract_many(
    texts: Iterable[str],
    *,
    threads: int | None = None,
    errors: Literal["raise"] = "raise",
    registry: Registry | None = None,
) -> list[Report]:
    """Reads many reports in parallel with the GIL released, in the order given.

    ``threads`` (default: the number of CPUs) is capped at the CPUs and the texts; a failing
    text raises its error with its index (``texts[3]: …``); Ctrl-C stops the call.
    """

@overload
def extract_many(
    texts: Iterable[str],
    *,
    threads: int | None = None,
    errors: Literal["collect"],
    registry: Registry | None = None,
) -> list[Report | FazhiError]:
    """As above; a failing text's error takes its place in the list and the others go on."""

def _main(argv: list[str]) -> int:
    """The ``fazhi`` tool on ``argv`` (``python -m fazhi``); returns the exit status."""

def _pickle_state(obj: object) -> tuple[str, str]: ...
def _unpickle(cls: str, state: str) -> object: ...

def validate(report: Report) -> list[Finding]:
    """Runs the checks on a report and returns the findings."""

def concepts(registry: Registry | None = None) -> list[Concept]:
    """The concepts of a registry (default: the built-in one)."""

def rules() -> list[Rule]:
    """The registry of check rules."""

def json_schema_text() -> str:
    """The JSON Schema of the report's JSON, as text."""

@final
class FileResult:
    """One file of ``extract_files``: its report, or why it gave none."""

    @property
    def path(self) -> str: ...
    @property
    def encoding(self) -> Literal["utf-8", "utf-8-bom", "gb18030", "utf-16le", "utf-16be", "big5"] | None: ...
    @property
    def format(self) -> Literal["text", "html"] | None: ...
    @property
    def report(self) -> Report | None: ...
    @property
    def error(self) -> str | None: ...
    @property
    def error_kind(self) -> Literal["missing", "not_a_file", "no_reports", "pattern", "io", "too_large", "decode", "extract", "internal"] | None: ...
    @property
    def ok(self) -> bool: ...
    def __bool__(self) -> bool: ...
    @staticmethod
    def _restore(
        path: str,
        encoding: str | None,
        format: str | None,
        report: Report | None,
        error: str | None,
        error_kind: str | None,
    ) -> FileResult: ...
    def __reduce__(self) -> tuple[Any, tuple[str, str | None, str | None, Report | None, str | None, str | None]]: ...

@final
class ReviewPage:
    """A review page: shown inline by a notebook (a sandboxed frame); ``str()`` is the page."""

    @property
    def html(self) -> str: ...
    def save(self, path: str | os.PathLike[str]) -> str | os.PathLike[str]:
        """Writes the page to ``path`` (UTF-8) and returns the path."""
    def _repr_html_(self) -> str: ...

@final
class ArrowTable:
    """A table of reports in Arrow form (the Arrow PyCapsule interface)."""

    @property
    def part(self) -> _Part: ...
    @property
    def num_rows(self) -> int: ...
    @property
    def column_names(self) -> list[str]: ...
    def __len__(self) -> int: ...
    def to_pyarrow(self) -> Any:
        """The table as a pyarrow ``Table`` (needs pyarrow)."""
    def to_pandas(self) -> Any:
        """The table as a pandas ``DataFrame``, through pyarrow."""
    def to_polars(self) -> Any:
        """The table as a polars ``DataFrame``, one column per column (needs polars)."""
    @staticmethod
    def _restore(part: str, ipc: bytes) -> ArrowTable: ...
    def __reduce__(self) -> tuple[Any, tuple[str, bytes]]: ...
    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object: ...
    def __arrow_c_schema__(self) -> object: ...

def extract_files(
    paths: Any,
    *,
    threads: int | None = None,
    errors: str = "collect",
    progress: Any = None,
    meta: Any = None,
    registry: Registry | None = None,
) -> list[FileResult]: ...
def table(reports: Any, part: _Part) -> ArrowTable:
    """One part of reports as an Arrow table."""
def _columns(part: str) -> list[tuple[str, str, bool, str]]: ...
def _rows(items: Any, part: str) -> list[tuple[Any, ...]]: ...
