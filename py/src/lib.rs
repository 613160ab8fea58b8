//! Python bindings of fazhi: the compiled module `fazhi._fazhi`.
//!
//! The public Python API lives in `python/fazhi/__init__.py`, which re-exports
//! these classes and functions and adds the pandas helpers. Values cross as
//! native Python types: `decimal.Decimal` (scale kept), `datetime.date`, and
//! spans as `str` indices (code points), not bytes.

mod convert;
mod files;
mod pickle;
mod tables;
mod views;

use convert::{
    Cited, Compliance, Concept, Dimension, Document, Evidence, Fact, Finding, Label, Meta,
    NarrativeItem, NotFact, PartCoverage, Reporter, Rule, Section,
};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple, PyType};

static INVALID_JSON: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static INVALID_INPUT: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static INTERNAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// An exception of `fazhi.errors` with this message and path.
fn fazhi_error(
    py: Python<'_>,
    cell: &'static PyOnceLock<Py<PyType>>,
    name: &str,
    message: String,
    path: Option<String>,
) -> PyErr {
    match cell
        .import(py, "fazhi.errors", name)
        .and_then(|c| c.call1((message, path)))
    {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}

/// Runs `f`, catching a panic inside it (without Python: it may run with the GIL released).
fn caught<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
}

/// Runs `f`, turning a panic inside it into `fazhi.errors.InternalError` (a `FazhiError`)
/// that says which input it happened on: no panic reaches Python as a `PanicException`.
fn no_panic<T>(py: Python<'_>, input: &str, f: impl FnOnce() -> T) -> PyResult<T> {
    caught(f).map_err(|payload| internal(py, input, &payload))
}

/// The InternalError of a caught panic.
fn internal(py: Python<'_>, input: &str, payload: &Box<dyn std::any::Any + Send>) -> PyErr {
    let what = fazhi::panic_message(&**payload);
    fazhi_error(
        py,
        &INTERNAL,
        "InternalError",
        format!("internal error in fazhi on {input}: {what} (please report it)"),
        None,
    )
}

/// Turns a fazhi error into the matching exception of `fazhi.errors`.
fn to_py_err(py: Python<'_>, e: fazhi::Error) -> PyErr {
    let (cell, name) = match &e {
        fazhi::Error::Json { .. } | fazhi::Error::Invalid { .. } => {
            (&INVALID_JSON, "InvalidJsonError")
        }
        _ => (&INVALID_INPUT, "InvalidInputError"),
    };
    let path = e.path().map(str::to_string);
    match cell.import(py, "fazhi.errors", name) {
        Ok(cls) => match cls.call1((e.to_string(), path)) {
            Ok(exc) => PyErr::from_value(exc),
            Err(err) => err,
        },
        Err(err) => err,
    }
}

/// A law-based government annual report as typed data.
#[pyclass(frozen, module = "fazhi._fazhi")]
pub struct Report {
    inner: fazhi::Report,
    /// The text the report was extracted from, for the review page (`None` when read from
    /// JSON).
    text: Option<String>,
    /// The Python objects of each part, made on first access and then the same tuple every
    /// time (`report.facts[i]` in a loop costs no more than indexing a tuple).
    parts: Parts,
}

/// The tuples of a report's parts, each made once.
struct Parts {
    facts: PyOnceLock<Py<PyTuple>>,
    documents: PyOnceLock<Py<PyTuple>>,
    problems: PyOnceLock<Py<PyTuple>>,
    plans: PyOnceLock<Py<PyTuple>>,
    findings: PyOnceLock<Py<PyTuple>>,
    outline: PyOnceLock<Py<PyTuple>>,
    not_facts: PyOnceLock<Py<PyTuple>>,
}

impl Default for Parts {
    fn default() -> Self {
        Parts {
            facts: PyOnceLock::new(),
            documents: PyOnceLock::new(),
            problems: PyOnceLock::new(),
            plans: PyOnceLock::new(),
            findings: PyOnceLock::new(),
            outline: PyOnceLock::new(),
            not_facts: PyOnceLock::new(),
        }
    }
}

/// The tuple in `cell`, made from `items` the first time.
fn cached<'py, T, I>(
    py: Python<'py>,
    cell: &PyOnceLock<Py<PyTuple>>,
    items: impl FnOnce() -> I,
) -> PyResult<Bound<'py, PyTuple>>
where
    I: IntoIterator<Item = T>,
    I::IntoIter: ExactSizeIterator,
    T: IntoPyObject<'py>,
{
    cell.get_or_try_init(py, || PyTuple::new(py, items()).map(Bound::unbind))
        .map(|t| t.bind(py).clone())
}

impl Report {
    /// A report, with the text it was extracted from when known.
    pub(crate) fn new(inner: fazhi::Report, text: Option<String>) -> Report {
        Report {
            inner,
            text,
            parts: Parts::default(),
        }
    }

    /// A report with the text it was extracted from.
    pub(crate) fn with_text(inner: fazhi::Report, text: String) -> Report {
        Report::new(inner, Some(text))
    }

    /// The Rust report.
    pub(crate) fn inner(&self) -> &fazhi::Report {
        &self.inner
    }
}

#[pymethods]
impl Report {
    /// Who reports, for which year, where it was published.
    #[getter]
    fn meta(&self) -> Meta {
        Meta::from(&self.inner.meta)
    }

    /// What the reporting rules ask of an annual report and where the text meets it.
    #[getter]
    fn compliance(&self) -> Compliance {
        Compliance::from(&self.inner.compliance)
    }

    /// Every figure stated in the text, in reading order (a tuple made once).
    #[getter]
    fn facts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        cached(py, &self.parts.facts, || {
            self.inner.facts.iter().map(Fact::from)
        })
    }

    /// Every document title in 《…》 (a tuple made once).
    #[getter]
    fn documents<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        cached(py, &self.parts.documents, || {
            self.inner.documents.iter().map(Document::from)
        })
    }

    /// The problems the report lists (a tuple made once).
    #[getter]
    fn problems<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        cached(py, &self.parts.problems, || {
            self.inner.problems.iter().map(NarrativeItem::from)
        })
    }

    /// The plans for the next year the report lists (a tuple made once).
    #[getter]
    fn plans<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        cached(py, &self.parts.plans, || {
            self.inner.plans.iter().map(NarrativeItem::from)
        })
    }

    /// What the checks found in the figures (a tuple made once).
    #[getter]
    fn findings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        cached(py, &self.parts.findings, || {
            self.inner.findings.iter().map(Finding::from)
        })
    }

    /// The heading tree, flattened in reading order (a tuple made once).
    #[getter]
    fn outline<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        cached(py, &self.parts.outline, || {
            self.inner.outline.iter().map(Section::from)
        })
    }

    /// Numbers of the text that are deliberately not facts, with the reason for each (a
    /// tuple made once).
    #[getter]
    fn not_facts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        cached(py, &self.parts.not_facts, || {
            self.inner.not_facts.iter().map(NotFact::from)
        })
    }

    /// The first level fact (not a change, not a part) of a concept, or None: the same
    /// object as in `facts`.
    fn fact<'py>(&self, py: Python<'py>, concept_id: &str) -> PyResult<Option<Bound<'py, PyAny>>> {
        let Some(found) = self.inner.fact(concept_id) else {
            return Ok(None);
        };
        let index = self.inner.facts.iter().position(|f| std::ptr::eq(f, found));
        match index {
            Some(i) => self.facts(py)?.get_item(i).map(Some),
            None => Ok(None),
        }
    }

    /// The typed view of one area by its id (`"dispute_resolution"`): the same as the
    /// area's method.
    fn area(&self, py: Python<'_>, area: &str) -> PyResult<views::AreaView> {
        let found = fazhi::Area::ALL.into_iter().find(|a| a.id() == area);
        match found {
            Some(a) => views::AreaView::new(a, |id| self.fact(py, id)),
            None => Err(pyo3::exceptions::PyValueError::new_err(format!(
                "no area {area:?}; the areas: {}",
                fazhi::Area::ALL.map(|a| a.id()).join(", ")
            ))),
        }
    }

    /// The typed view of the `leadership` area: one field per concept, its first level fact or None.
    fn leadership(&self, py: Python<'_>) -> PyResult<views::AreaView> {
        views::AreaView::new(fazhi::Area::Leadership, |id| self.fact(py, id))
    }

    /// The typed view of the `legislation` area: one field per concept, its first level fact or None.
    fn legislation(&self, py: Python<'_>) -> PyResult<views::AreaView> {
        views::AreaView::new(fazhi::Area::Legislation, |id| self.fact(py, id))
    }

    /// The typed view of the `major_decisions` area: one field per concept, its first level fact or None.
    fn major_decisions(&self, py: Python<'_>) -> PyResult<views::AreaView> {
        views::AreaView::new(fazhi::Area::MajorDecisions, |id| self.fact(py, id))
    }

    /// The typed view of the `normative_documents` area: one field per concept, its first level fact or None.
    fn normative_documents(&self, py: Python<'_>) -> PyResult<views::AreaView> {
        views::AreaView::new(fazhi::Area::NormativeDocuments, |id| self.fact(py, id))
    }

    /// The typed view of the `enforcement` area: one field per concept, its first level fact or None.
    fn enforcement(&self, py: Python<'_>) -> PyResult<views::AreaView> {
        views::AreaView::new(fazhi::Area::Enforcement, |id| self.fact(py, id))
    }

    /// The typed view of the `business_environment` area: one field per concept, its first level fact or None.
    fn business_environment(&self, py: Python<'_>) -> PyResult<views::AreaView> {
        views::AreaView::new(fazhi::Area::BusinessEnvironment, |id| self.fact(py, id))
    }

    /// The typed view of the `government_services` area: one field per concept, its first level fact or None.
    fn government_services(&self, py: Python<'_>) -> PyResult<views::AreaView> {
        views::AreaView::new(fazhi::Area::GovernmentServices, |id| self.fact(py, id))
    }

    /// The typed view of the `credit` area: one field per concept, its first level fact or None.
    fn credit(&self, py: Python<'_>) -> PyResult<views::AreaView> {
        views::AreaView::new(fazhi::Area::Credit, |id| self.fact(py, id))
    }

    /// The typed view of the `dispute_resolution` area: one field per concept, its first level fact or None.
    fn dispute_resolution(&self, py: Python<'_>) -> PyResult<views::AreaView> {
        views::AreaView::new(fazhi::Area::DisputeResolution, |id| self.fact(py, id))
    }

    /// The typed view of the `legal_services` area: one field per concept, its first level fact or None.
    fn legal_services(&self, py: Python<'_>) -> PyResult<views::AreaView> {
        views::AreaView::new(fazhi::Area::LegalServices, |id| self.fact(py, id))
    }

    /// The typed view of the `legal_aid` area: one field per concept, its first level fact or None.
    fn legal_aid(&self, py: Python<'_>) -> PyResult<views::AreaView> {
        views::AreaView::new(fazhi::Area::LegalAid, |id| self.fact(py, id))
    }

    /// The typed view of the `law_popularization` area: one field per concept, its first level fact or None.
    fn law_popularization(&self, py: Python<'_>) -> PyResult<views::AreaView> {
        views::AreaView::new(fazhi::Area::LawPopularization, |id| self.fact(py, id))
    }

    /// The report as JSON (decimals as strings, spans in UTF-8 bytes and code points).
    fn to_json(&self) -> String {
        fazhi::json::to_json(&self.inner)
    }

    /// The facts as CSV: one row per fact, the columns of `fazhi.FACT_COLUMNS`, exact decimals.
    fn to_csv(&self) -> String {
        fazhi::export::facts_csv(&self.inner, None)
    }

    /// The facts with a concept as SDMX-CSV 2.0 observations (REF_AREA, TIME_PERIOD,
    /// INDICATOR, UNIT_MEASURE, OBS_VALUE and attributes; see the README).
    /// A `ValueError` when a fact with a concept has no place or no year to be observed at.
    fn to_sdmx_csv(&self) -> PyResult<String> {
        fazhi::export::sdmx_csv(&self.inner)
            .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))
    }

    /// The report as a dict of Python values, part by part, each item as its class's
    /// `to_dict()`: `Decimal` values, `datetime.date`, `span` in str indices and `byte_span`
    /// in UTF-8 bytes. (`json.loads(report.to_json())` is the JSON form, which
    /// `from_json` reads back.)
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("meta", Meta::from(&self.inner.meta).to_dict(py)?)?;
        d.set_item("compliance", self.compliance().to_dict(py)?)?;
        // the parts' cached objects, each as its own to_dict(): nothing converted twice
        let parts = [
            ("facts", self.facts(py)?),
            ("documents", self.documents(py)?),
            ("problems", self.problems(py)?),
            ("plans", self.plans(py)?),
            ("findings", self.findings(py)?),
            ("outline", self.outline(py)?),
            ("not_facts", self.not_facts(py)?),
        ];
        for (name, items) in parts {
            let list = PyList::empty(py);
            for item in items.iter() {
                list.append(item.call_method0("to_dict")?)?;
            }
            d.set_item(name, list)?;
        }
        Ok(d)
    }

    /// Reads a report from JSON text or UTF-8 bytes; raises InvalidJsonError naming the path.
    #[staticmethod]
    fn from_json(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Report> {
        let inner = if data.is_instance_of::<PyString>() {
            let text = str_arg(data, "data")?;
            py.detach(|| caught(|| fazhi::json::from_json(&text)))
                .map_err(|p| internal(py, "the JSON", &p))?
        } else if let Ok(b) = data.cast::<PyBytes>() {
            let bytes = b.as_bytes().to_vec();
            py.detach(|| caught(|| fazhi::json::from_json_bytes(&bytes)))
                .map_err(|p| internal(py, "the JSON", &p))?
        } else {
            return Err(PyTypeError::new_err(format!(
                "from_json() takes str or bytes, not {}",
                data.get_type().name()?
            )));
        };
        inner
            .map(|inner| Report::new(inner, None))
            .map_err(|e| to_py_err(py, e))
    }

    /// A report and its text from what `__reduce__` gave.
    #[staticmethod]
    #[pyo3(name = "_restore")]
    fn restore(py: Python<'_>, json: &Bound<'_, PyAny>, text: Option<String>) -> PyResult<Report> {
        let report = Report::from_json(py, json)?;
        Ok(Report::new(report.inner, text))
    }

    /// The text the report was extracted from, or None for a report read from JSON.
    #[getter]
    fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }

    /// The review page: one self-contained HTML page of the text with every figure marked
    /// (click one for its concept, label, value and findings), the findings, and a table of
    /// the facts by area with filters. `text` defaults to the text the report was extracted
    /// from; a report read from JSON needs it given.
    #[pyo3(signature = (text=None))]
    fn to_html(&self, text: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        let given = text
            .filter(|t| !t.is_none())
            .map(|t| str_arg(t, "text"))
            .transpose()?;
        match given.as_deref().or(self.text.as_deref()) {
            Some(text) => Ok(fazhi::html::review(text, &self.inner)),
            None => Err(pyo3::exceptions::PyValueError::new_err(
                "this report was read from JSON and has no text: pass the text it was extracted from, to_html(text)",
            )),
        }
    }

    /// Pickling goes through JSON (and the text, when known), so reports cross process
    /// boundaries (multiprocessing).
    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, (String, Option<String>))> {
        let restore = slf.get_type().getattr("_restore")?;
        Ok((restore, (slf.get().to_json(), slf.get().text.clone())))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Report>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __repr__(&self) -> String {
        let m = &self.inner.meta;
        format!(
            "<fazhi.Report {} {}: {} facts, {} documents, {} findings>",
            m.jurisdiction.as_ref().map_or("?", |j| j.name.as_str()),
            m.year.map_or("?".to_string(), |y| y.to_string()),
            self.inner.facts.len(),
            self.inner.documents.len(),
            self.inner.findings.len()
        )
    }

    /// The notebook view: a light table of the facts by area with their findings, plain HTML
    /// and CSS without a script, which every notebook viewer shows (GitHub, nbviewer, an
    /// untrusted JupyterLab). `review()` gives the full review page.
    fn _repr_html_(&self) -> String {
        fazhi::html::summary(&self.inner)
    }

    /// The full review page (the text with every figure marked, a panel per figure, filters)
    /// as an object a notebook shows inline in a sandboxed frame; `str()` of it is the page,
    /// `save(path)` writes it. `text` as for `to_html`.
    #[pyo3(signature = (text=None))]
    fn review(&self, text: Option<&Bound<'_, PyAny>>) -> PyResult<ReviewPage> {
        Ok(ReviewPage {
            html: self.to_html(text)?,
        })
    }
}

/// A review page: shown inline by a notebook (a sandboxed frame), `str()` is the page.
#[pyclass(frozen, module = "fazhi._fazhi")]
pub struct ReviewPage {
    html: String,
}

#[pymethods]
impl ReviewPage {
    /// The page's HTML.
    #[getter]
    fn html(&self) -> &str {
        &self.html
    }

    /// Writes the page to `path` (UTF-8) and returns the path.
    fn save<'py>(&self, path: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let fs = path.py().import("os")?.getattr("fspath")?.call1((path,))?;
        let p: String = fs.extract()?;
        std::fs::write(&p, &self.html)
            .map_err(|e| pyo3::exceptions::PyOSError::new_err(format!("{p}: {e}")))?;
        Ok(path.clone())
    }

    fn __str__(&self) -> &str {
        &self.html
    }

    fn __repr__(&self) -> String {
        format!("<fazhi.ReviewPage {} bytes>", self.html.len())
    }

    /// The page inline, in a sandboxed frame (its script runs there, not in the notebook).
    fn _repr_html_(&self) -> String {
        fazhi::html::framed(&self.html, 640)
    }
}

/// The area methods of `Report`, each named as its area's id (a test checks that they are
/// every area, in order).
#[cfg(test)]
const AREA_METHODS: &[(&str, fazhi::Area)] = &[
    ("leadership", fazhi::Area::Leadership),
    ("legislation", fazhi::Area::Legislation),
    ("major_decisions", fazhi::Area::MajorDecisions),
    ("normative_documents", fazhi::Area::NormativeDocuments),
    ("enforcement", fazhi::Area::Enforcement),
    ("business_environment", fazhi::Area::BusinessEnvironment),
    ("government_services", fazhi::Area::GovernmentServices),
    ("credit", fazhi::Area::Credit),
    ("dispute_resolution", fazhi::Area::DisputeResolution),
    ("legal_services", fazhi::Area::LegalServices),
    ("legal_aid", fazhi::Area::LegalAid),
    ("law_popularization", fazhi::Area::LawPopularization),
];

#[cfg(test)]
mod area_tests {
    #[test]
    fn every_area_has_its_method() {
        let methods: Vec<(&str, fazhi::Area)> = super::AREA_METHODS.to_vec();
        let areas: Vec<(&str, fazhi::Area)> =
            fazhi::Area::ALL.iter().map(|a| (a.id(), *a)).collect();
        assert_eq!(methods, areas);
    }
}

/// Reads one report.
///
/// Parameters:
///     text: the report as a `str` (plain text; `extract_files` reads files and web pages).
///         At most 64 MiB of UTF-8.
///     jurisdiction: the reporting government or department (`"朔州市"`), when the caller
///         knows it better than the text's title; wins over what the text says.
///     year: the year reported on (an `int`), likewise.
///     registry: a `Registry` with your own concepts (default: the built-in one).
///
/// Returns:
///     a `Report`: its facts (every figure with its span in `text`), documents, problems,
///     plans, outline, not-facts, and the checks' findings. `report.text` is `text`.
///
/// Raises:
///     InvalidInputError: the text is empty, too large, or not valid Unicode.
///     TypeError: an argument of the wrong type (`year=True`, a `bytes` text).
///     InternalError: fazhi itself failed (a bug; the message says so). All three are
///         `FazhiError`s.
#[pyfunction]
#[pyo3(signature = (text, *, jurisdiction=None, year=None, registry=None))]
fn extract(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    jurisdiction: Option<&Bound<'_, PyAny>>,
    year: Option<&Bound<'_, PyAny>>,
    registry: Option<&Bound<'_, PyAny>>,
) -> PyResult<Report> {
    let text = str_arg(text, "text")?;
    let jurisdiction = jurisdiction
        .filter(|j| !j.is_none())
        .map(|j| str_arg(j, "jurisdiction"))
        .transpose()?;
    let year = year.filter(|y| !y.is_none()).map(year_arg).transpose()?;
    let options = fazhi::Options::new(jurisdiction, year).with_registry(registry_arg(registry)?);
    py.detach(|| caught(|| fazhi::extract_with(&text, &options)))
        .map_err(|p| internal(py, "the text", &p))?
        .map(|inner| Report::with_text(inner, text))
        .map_err(|e| to_py_err(py, e))
}

/// The concepts figures are read against: the built-in registry, extended with your own.
///
/// `Registry()` is the built-in one; `Registry.load(path)` and `Registry.from_toml(text)` add
/// the concepts of a TOML file of the built-in registry's form (`[[concept]]` entries with id,
/// labels, kind, units and wordings, checked with their phrasing examples; optional
/// `[domains]`). Pass it as `registry=` to `extract`, `extract_many` and `extract_files`: your
/// concepts then appear in facts, tables and panels like the built-in ones.
#[pyclass(frozen, module = "fazhi._fazhi", name = "Registry")]
pub struct PyRegistry {
    pub(crate) inner: fazhi::Registry,
}

#[pymethods]
impl PyRegistry {
    #[new]
    fn new() -> Self {
        PyRegistry {
            inner: fazhi::Registry::built_in(),
        }
    }

    /// The built-in registry extended with the concepts of the TOML file at `path`.
    #[staticmethod]
    fn load(py: Python<'_>, path: std::path::PathBuf) -> PyResult<Self> {
        no_panic(py, "the registry", || fazhi::Registry::load(&path))?
            .map(|inner| PyRegistry { inner })
            .map_err(|e| to_py_err(py, e))
    }

    /// The built-in registry extended with the concepts of a TOML text.
    #[staticmethod]
    fn from_toml(py: Python<'_>, text: &str) -> PyResult<Self> {
        no_panic(py, "the registry", || fazhi::Registry::from_toml(text))?
            .map(|inner| PyRegistry { inner })
            .map_err(|e| to_py_err(py, e))
    }

    /// This registry with the concepts of another TOML text added (a new registry).
    fn extend(&self, py: Python<'_>, text: &str) -> PyResult<Self> {
        let mut inner = self.inner.clone();
        no_panic(py, "the registry", || inner.extend(text))?.map_err(|e| to_py_err(py, e))?;
        Ok(PyRegistry { inner })
    }

    /// Every concept: the built-in ones, then yours.
    #[getter]
    fn concepts(&self) -> Vec<Concept> {
        self.inner.concepts().map(Concept::from).collect()
    }

    /// Your concepts, in file order.
    #[getter]
    fn user_concepts(&self) -> Vec<Concept> {
        self.inner.user_concepts().map(Concept::from).collect()
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn __contains__(&self, id: &str) -> bool {
        self.inner.concept(id).is_some()
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyRegistry>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __repr__(&self) -> String {
        let user: Vec<&str> = self.inner.user_concepts().map(|c| c.id).collect();
        format!(
            "<Registry {} concepts, yours: [{}]>",
            self.inner.len(),
            user.join(", ")
        )
    }
}

/// The registry of a `registry=` argument: a `Registry`, or `None` for the built-in one.
pub(crate) fn registry_arg(registry: Option<&Bound<'_, PyAny>>) -> PyResult<fazhi::Registry> {
    match registry.filter(|r| !r.is_none()) {
        None => Ok(fazhi::Registry::built_in()),
        Some(r) => match r.cast::<PyRegistry>() {
            Ok(r) => Ok(r.get().inner.clone()),
            Err(_) => Err(PyTypeError::new_err(format!(
                "registry must be a fazhi.Registry, not {}",
                r.get_type().name()?
            ))),
        },
    }
}

/// A year: an `int` (not a `bool`) that fits.
fn year_arg(y: &Bound<'_, PyAny>) -> PyResult<i32> {
    if y.is_instance_of::<pyo3::types::PyBool>() || !y.is_instance_of::<pyo3::types::PyInt>() {
        return Err(PyTypeError::new_err(format!(
            "year must be int, not {}",
            y.get_type().name()?
        )));
    }
    y.extract::<i32>()
        .map_err(|_| pyo3::exceptions::PyValueError::new_err(format!("year {y} is out of range")))
}

/// An `InvalidInputError` with this message.
pub(crate) fn invalid_input(py: Python<'_>, message: String) -> PyErr {
    fazhi_error(py, &INVALID_INPUT, "InvalidInputError", message, None)
}

/// A `str` argument, or a TypeError that names it; a str that cannot be UTF-8 (lone
/// surrogates) is an InvalidInputError.
fn str_arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    match obj.cast::<PyString>() {
        Ok(s) => match s.to_str() {
            Ok(text) => Ok(text.to_owned()),
            Err(e) => Err(invalid_input(
                obj.py(),
                format!("{what} is not valid Unicode: {}", e.value(obj.py())),
            )),
        },
        Err(_) => Err(PyTypeError::new_err(format!(
            "{what} must be str, not {}",
            obj.get_type().name()?
        ))),
    }
}

/// How many texts the workers read between two looks for a signal (Ctrl-C) from Python.
const BATCH_PER_THREAD: usize = 16;

/// Reads many reports in parallel, with the GIL released.
///
/// Parameters:
///     texts: any iterable of `str` (a bare `str` is refused: it would be read character
///         by character).
///     threads: worker threads, a positive `int`; default the number of CPUs, and never
///         more than the CPUs or the texts.
///     errors: `"raise"` (default): the first failing text raises its error;
///         `"collect"`: its error takes its place in the list and the others go on.
///
/// Returns:
///     a list of `Report`, in the order of `texts` (with `errors="collect"`, a failed text's
///     error in its place).
///
/// Raises:
///     InvalidInputError: a text is empty or too large; the message starts with its index
///         (`texts[3]: …`). With `errors="collect"` it is returned in the text's place.
///     TypeError / ValueError: `texts` is a `str` or holds a non-`str`; `threads` is not a
///         positive `int`.
///     KeyboardInterrupt: Ctrl-C, looked for between batches of texts.
///     InternalError: fazhi itself failed on a text (named by its index).
#[pyfunction]
#[pyo3(signature = (texts, *, threads=None, errors="raise", registry=None))]
fn extract_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<&Bound<'_, PyAny>>,
    errors: &str,
    registry: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<Py<PyAny>>> {
    let options = fazhi::Options::default().with_registry(registry_arg(registry)?);
    let collect = match errors {
        "raise" => false,
        "collect" => true,
        other => {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "errors must be \"raise\" or \"collect\", not {other:?}"
            )));
        }
    };
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "extract_many() takes an iterable of texts, not one str: use extract() for one report",
        ));
    }
    // a text that is no str raises (a caller's mistake); one that is no valid Unicode (a lone
    // surrogate) is an error of that text, collected in its place like any other
    let items: Vec<Bound<'_, PyAny>> = texts.try_iter()?.collect::<PyResult<_>>()?;
    let mut unreadable: Vec<(usize, PyErr)> = Vec::new();
    let mut texts: Vec<String> = Vec::with_capacity(items.len());
    let mut positions: Vec<usize> = Vec::with_capacity(items.len());
    for (i, t) in items.iter().enumerate() {
        match str_arg(t, &format!("texts[{i}]")) {
            Ok(text) => {
                texts.push(text);
                positions.push(i);
            }
            Err(e) if collect && t.is_instance_of::<PyString>() => unreadable.push((i, e)),
            Err(e) => return Err(e),
        }
    }
    let threads = threads_arg(threads)?.clamp(1, texts.len().max(1));
    let mut reports = Vec::with_capacity(texts.len() + unreadable.len());
    for (b, batch) in texts.chunks(threads * BATCH_PER_THREAD).enumerate() {
        py.check_signals()?;
        let offset = b * threads * BATCH_PER_THREAD;
        let results = py.detach(|| read_in_parallel(batch, threads, &options));
        for (i, r) in results.into_iter().enumerate() {
            let index = positions[offset + i];
            let err = match r {
                Ok(Ok(inner)) => {
                    let report = Report::with_text(inner, batch[i].clone());
                    reports.push(Py::new(py, report)?.into_any());
                    continue;
                }
                Ok(Err(e)) => {
                    let err = to_py_err(py, e);
                    let path = err
                        .value(py)
                        .getattr("path")
                        .ok()
                        .and_then(|p| p.extract::<Option<String>>().ok())
                        .flatten();
                    let message = format!("texts[{index}]: {}", err.value(py));
                    let (cell, name) = if err.is_instance_of::<pyo3::exceptions::PyValueError>(py)
                        && err
                            .value(py)
                            .get_type()
                            .name()
                            .is_ok_and(|n| n == "InvalidJsonError")
                    {
                        (&INVALID_JSON, "InvalidJsonError")
                    } else {
                        (&INVALID_INPUT, "InvalidInputError")
                    };
                    fazhi_error(py, cell, name, message, path)
                }
                Err(payload) => internal(py, &format!("texts[{index}]"), &payload),
            };
            if !collect {
                return Err(err);
            }
            // the error in the text's place; the others go on
            reports.push(err.into_value(py).into_any());
        }
    }
    // the unreadable texts' errors in their places
    for (i, err) in unreadable {
        reports.insert(i, err.into_value(py).into_any());
    }
    Ok(reports)
}

/// The `threads` argument: None for every CPU, else a positive `int` (never a `bool`: `True`
/// is no number of threads), at most the CPUs.
pub(crate) fn threads_arg(threads: Option<&Bound<'_, PyAny>>) -> PyResult<usize> {
    let cpus = std::thread::available_parallelism().map_or(1, usize::from);
    Ok(match threads.filter(|t| !t.is_none()) {
        None => cpus,
        Some(t) => {
            if t.is_instance_of::<pyo3::types::PyBool>()
                || !t.is_instance_of::<pyo3::types::PyInt>()
            {
                return Err(PyTypeError::new_err(format!(
                    "threads must be int, not {}",
                    t.get_type().name()?
                )));
            }
            match t.extract::<i64>() {
                Ok(n) if n >= 1 => usize::try_from(n).unwrap_or(usize::MAX).min(cpus),
                _ => {
                    return Err(pyo3::exceptions::PyValueError::new_err(format!(
                        "threads must be at least 1, not {t}"
                    )));
                }
            }
        }
    })
}

/// The outcome of reading one text: the report or its error, or the panic caught.
type Read = std::thread::Result<fazhi::Result<fazhi::Report>>;

/// Reads `texts` on up to `threads` scoped threads, each text on its own so that one failure
/// names its own index; a thread that cannot be started leaves its share to this one.
fn read_in_parallel(texts: &[String], threads: usize, options: &fazhi::Options) -> Vec<Read> {
    let read = |t: &String| caught(|| fazhi::extract_with(t, options));
    let chunk = texts.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = texts
            .chunks(chunk)
            .map(|part| {
                let spawned = std::thread::Builder::new()
                    .spawn_scoped(scope, move || part.iter().map(read).collect::<Vec<Read>>());
                (part, spawned.ok())
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|(part, worker)| match worker.map(|w| w.join()) {
                Some(Ok(results)) => results,
                // no thread, or one that died outside `read`: read the share here
                _ => part.iter().map(read).collect(),
            })
            .collect()
    })
}

/// Runs the checks on a report (extracted, or read from JSON) and returns the findings.
#[pyfunction]
fn validate(py: Python<'_>, report: &Bound<'_, Report>) -> PyResult<Vec<Finding>> {
    let inner = &report.get().inner;
    let findings = no_panic(py, "the report", || fazhi::validate(inner))?;
    Ok(findings.iter().map(Finding::from).collect())
}

/// The concepts of a registry (default: the built-in one).
#[pyfunction]
#[pyo3(signature = (registry=None))]
fn concepts(registry: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<Concept>> {
    Ok(registry_arg(registry)?
        .concepts()
        .map(Concept::from)
        .collect())
}

/// The registry of check rules.
#[pyfunction]
fn rules() -> Vec<Rule> {
    fazhi::rules::RULES.iter().map(Rule::from).collect()
}

/// The JSON Schema (draft 2020-12) of the report's JSON, as text.
#[pyfunction]
fn json_schema_text() -> String {
    fazhi::schema::report_schema().to_string()
}

/// The compiled core of the `fazhi` package.
/// `python -m fazhi`: the `fazhi` tool (the same code as the Rust binary) run on `argv`
/// (without the program's name), with the GIL released; returns the exit status. Output goes
/// to the process's standard output and error, not to `sys.stdout`.
#[pyfunction]
fn _main(py: Python<'_>, argv: Vec<std::ffi::OsString>) -> PyResult<u8> {
    no_panic(py, "the command line", || {
        py.detach(|| fazhi::cli::run(argv))
    })
}

#[pymodule]
fn _fazhi(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", fazhi::VERSION)?;
    m.add_class::<Report>()?;
    m.add_class::<ReviewPage>()?;
    m.add_class::<Meta>()?;
    m.add_class::<Fact>()?;
    m.add_class::<Label>()?;
    m.add_class::<Dimension>()?;
    m.add_class::<Evidence>()?;
    m.add_class::<Reporter>()?;
    m.add_class::<Compliance>()?;
    m.add_class::<PartCoverage>()?;
    m.add_class::<Cited>()?;
    m.add_class::<Document>()?;
    m.add_class::<NarrativeItem>()?;
    m.add_class::<Finding>()?;
    m.add_class::<Section>()?;
    m.add_class::<NotFact>()?;
    m.add_class::<Concept>()?;
    m.add_class::<PyRegistry>()?;
    m.add_class::<Rule>()?;
    m.add_class::<views::AreaView>()?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many, m)?)?;
    m.add_class::<files::FileResult>()?;
    m.add_function(wrap_pyfunction!(files::extract_files, m)?)?;
    m.add_class::<tables::ArrowTable>()?;
    m.add_function(wrap_pyfunction!(tables::table, m)?)?;
    m.add_function(wrap_pyfunction!(tables::_columns, m)?)?;
    m.add_function(wrap_pyfunction!(tables::_rows, m)?)?;
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    m.add_function(wrap_pyfunction!(concepts, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add_function(wrap_pyfunction!(json_schema_text, m)?)?;
    m.add_function(wrap_pyfunction!(_main, m)?)?;
    m.add_function(wrap_pyfunction!(pickle::_pickle_state, m)?)?;
    m.add_function(wrap_pyfunction!(pickle::_unpickle, m)?)?;
    Ok(())
}
