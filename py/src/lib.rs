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

use convert::{
    Concept, Document, Fact, Finding, Label, Meta, NarrativeItem, NotFact, Rule, Section,
};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyString, PyType};

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
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".into());
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
}

impl Report {
    /// A report with the text it was extracted from.
    pub(crate) fn with_text(inner: fazhi::Report, text: String) -> Report {
        Report {
            inner,
            text: Some(text),
        }
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

    /// Every figure stated in the text, in reading order.
    #[getter]
    fn facts(&self) -> Vec<Fact> {
        self.inner.facts.iter().map(Fact::from).collect()
    }

    /// Every document title in 《…》.
    #[getter]
    fn documents(&self) -> Vec<Document> {
        self.inner.documents.iter().map(Document::from).collect()
    }

    /// The problems the report lists.
    #[getter]
    fn problems(&self) -> Vec<NarrativeItem> {
        self.inner
            .problems
            .iter()
            .map(NarrativeItem::from)
            .collect()
    }

    /// The plans for the next year the report lists.
    #[getter]
    fn plans(&self) -> Vec<NarrativeItem> {
        self.inner.plans.iter().map(NarrativeItem::from).collect()
    }

    /// What the checks found in the figures.
    #[getter]
    fn findings(&self) -> Vec<Finding> {
        self.inner.findings.iter().map(Finding::from).collect()
    }

    /// The heading tree, flattened in reading order.
    #[getter]
    fn outline(&self) -> Vec<Section> {
        self.inner.outline.iter().map(Section::from).collect()
    }

    /// Numbers of the text that are deliberately not facts, with the reason for each.
    #[getter]
    fn not_facts(&self) -> Vec<NotFact> {
        self.inner.not_facts.iter().map(NotFact::from).collect()
    }

    /// The first level fact of a concept, or None.
    fn fact(&self, concept_id: &str) -> Option<Fact> {
        self.inner.fact(concept_id).map(Fact::from)
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
    fn to_sdmx_csv(&self) -> String {
        fazhi::export::sdmx_csv(&self.inner)
    }

    /// The report as a dict of plain JSON values (decimals as strings).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import("json")?.call_method1("loads", (self.to_json(),))
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
            .map(|inner| Report { inner, text: None })
            .map_err(|e| to_py_err(py, e))
    }

    /// A report and its text from what `__reduce__` gave.
    #[staticmethod]
    #[pyo3(name = "_restore")]
    fn restore(py: Python<'_>, json: &Bound<'_, PyAny>, text: Option<String>) -> PyResult<Report> {
        let mut report = Report::from_json(py, json)?;
        report.text = text;
        Ok(report)
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

    /// The notebook view: the review page inline when the text is known, otherwise a table
    /// of the facts by area with their findings.
    fn _repr_html_(&self) -> String {
        match &self.text {
            Some(text) => fazhi::html::inline(text, &self.inner, 640),
            None => fazhi::html::summary(&self.inner),
        }
    }
}

/// Reads one report.
///
/// `text` is the report as a `str`; `jurisdiction` (a `str`) and `year` (an `int`) are what
/// the caller knows and win over what the text says. Raises `InvalidInputError` for an empty
/// or oversized text or a `str` that is not valid Unicode, `TypeError` for arguments of the
/// wrong type, and `InternalError` (a `FazhiError`) should fazhi itself fail.
#[pyfunction]
#[pyo3(signature = (text, *, jurisdiction=None, year=None))]
fn extract(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    jurisdiction: Option<&Bound<'_, PyAny>>,
    year: Option<&Bound<'_, PyAny>>,
) -> PyResult<Report> {
    let text = str_arg(text, "text")?;
    let jurisdiction = jurisdiction
        .filter(|j| !j.is_none())
        .map(|j| str_arg(j, "jurisdiction"))
        .transpose()?;
    let year = year.filter(|y| !y.is_none()).map(year_arg).transpose()?;
    let options = fazhi::Options::new(jurisdiction, year);
    py.detach(|| caught(|| fazhi::extract_with(&text, &options)))
        .map_err(|p| internal(py, "the text", &p))?
        .map(|inner| Report {
            inner,
            text: Some(text),
        })
        .map_err(|e| to_py_err(py, e))
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

/// Reads many reports in parallel with the GIL released; the order of the results is the
/// order of the texts.
///
/// `texts` is any iterable of `str` (a bare `str` is refused: it would be read character by
/// character). `threads` (default: the number of CPUs) is capped at the number of CPUs and at
/// the number of texts; it must be a positive `int`. Between batches of texts the call looks
/// for signals, so Ctrl-C stops it with `KeyboardInterrupt`. A failing text raises the error
/// of that text with its index (`texts[3]: …`); a panic inside fazhi is an `InternalError`
/// naming the index.
#[pyfunction]
#[pyo3(signature = (texts, *, threads=None))]
fn extract_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<Report>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "extract_many() takes an iterable of texts, not one str: use extract() for one report",
        ));
    }
    let texts: Vec<String> = texts
        .try_iter()?
        .enumerate()
        .map(|(i, t)| str_arg(&t?, &format!("texts[{i}]")))
        .collect::<PyResult<_>>()?;
    let cpus = std::thread::available_parallelism().map_or(1, usize::from);
    let threads = match threads.filter(|t| !t.is_none()) {
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
    }
    .clamp(1, texts.len().max(1));
    let mut reports = Vec::with_capacity(texts.len());
    for (b, batch) in texts.chunks(threads * BATCH_PER_THREAD).enumerate() {
        py.check_signals()?;
        let offset = b * threads * BATCH_PER_THREAD;
        let results = py.detach(|| read_in_parallel(batch, threads));
        for (i, r) in results.into_iter().enumerate() {
            let index = offset + i;
            match r {
                Ok(Ok(inner)) => reports.push(Report {
                    inner,
                    text: Some(batch[i].clone()),
                }),
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
                    return Err(fazhi_error(py, cell, name, message, path));
                }
                Err(payload) => return Err(internal(py, &format!("texts[{index}]"), &payload)),
            }
        }
    }
    Ok(reports)
}

/// The outcome of reading one text: the report or its error, or the panic caught.
type Read = std::thread::Result<fazhi::Result<fazhi::Report>>;

/// Reads `texts` on up to `threads` scoped threads, each text on its own so that one failure
/// names its own index; a thread that cannot be started leaves its share to this one.
fn read_in_parallel(texts: &[String], threads: usize) -> Vec<Read> {
    let read = |t: &String| caught(|| fazhi::extract(t));
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

/// The concept registry.
#[pyfunction]
fn concepts() -> Vec<Concept> {
    fazhi::concepts().iter().map(Concept::from).collect()
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
    m.add_class::<Meta>()?;
    m.add_class::<Fact>()?;
    m.add_class::<Label>()?;
    m.add_class::<Document>()?;
    m.add_class::<NarrativeItem>()?;
    m.add_class::<Finding>()?;
    m.add_class::<Section>()?;
    m.add_class::<NotFact>()?;
    m.add_class::<Concept>()?;
    m.add_class::<Rule>()?;
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
