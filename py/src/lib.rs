//! Python bindings of fazhi: the compiled module `fazhi._fazhi`.
//!
//! The public Python API lives in `python/fazhi/__init__.py`, which re-exports
//! these classes and functions and adds the pandas helpers. Values cross as
//! native Python types: `decimal.Decimal` (scale kept), `datetime.date`, and
//! spans as `str` indices (code points), not bytes.

mod convert;
mod html;

use convert::{
    Concept, Document, Fact, Finding, Label, Meta, NarrativeItem, NotFact, Rule, Section,
};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyString, PyType};

static INVALID_JSON: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static INVALID_INPUT: PyOnceLock<Py<PyType>> = PyOnceLock::new();

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

    /// The report as a dict of plain JSON values (decimals as strings).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import("json")?.call_method1("loads", (self.to_json(),))
    }

    /// Reads a report from JSON text or UTF-8 bytes; raises InvalidJsonError naming the path.
    #[staticmethod]
    fn from_json(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Report> {
        let inner = if let Ok(s) = data.cast::<PyString>() {
            let text = s.to_str()?.to_owned();
            py.detach(|| fazhi::json::from_json(&text))
        } else if let Ok(b) = data.cast::<PyBytes>() {
            let bytes = b.as_bytes().to_vec();
            py.detach(|| fazhi::json::from_json_bytes(&bytes))
        } else {
            return Err(PyTypeError::new_err(format!(
                "from_json() takes str or bytes, not {}",
                data.get_type().name()?
            )));
        };
        inner
            .map(|inner| Report { inner })
            .map_err(|e| to_py_err(py, e))
    }

    /// Pickling goes through JSON, so reports cross process boundaries (multiprocessing).
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let from_json = slf.get_type().getattr("from_json")?;
        Ok((from_json, (slf.get().to_json(),)))
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

    /// The report as an HTML table of facts by area, findings highlighted (Jupyter).
    fn _repr_html_(&self) -> String {
        html::report(&self.inner)
    }
}

/// Reads one report.
#[pyfunction]
#[pyo3(signature = (text, *, jurisdiction=None, year=None))]
fn extract(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    jurisdiction: Option<String>,
    year: Option<i32>,
) -> PyResult<Report> {
    let text = str_arg(text, "text")?;
    let options = fazhi::Options::new(jurisdiction, year);
    py.detach(|| fazhi::extract_with(&text, &options))
        .map(|inner| Report { inner })
        .map_err(|e| to_py_err(py, e))
}

/// An `InvalidInputError` with this message.
fn invalid_input(py: Python<'_>, message: String) -> PyErr {
    match INVALID_INPUT
        .import(py, "fazhi.errors", "InvalidInputError")
        .and_then(|c| c.call1((message, None::<String>)))
    {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
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

/// Reads many reports in parallel with the GIL released; the order of the results is the
/// order of the texts.
#[pyfunction]
#[pyo3(signature = (texts, *, threads=None))]
fn extract_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
) -> PyResult<Vec<Report>> {
    let texts: Vec<String> = texts
        .try_iter()?
        .enumerate()
        .map(|(i, t)| str_arg(&t?, &format!("texts[{i}]")))
        .collect::<PyResult<_>>()?;
    let threads = threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
        .clamp(1, texts.len().max(1));
    let results: Vec<fazhi::Result<fazhi::Report>> = py.detach(|| {
        let chunk = texts.len().div_ceil(threads).max(1);
        std::thread::scope(|scope| {
            let handles: Vec<_> = texts
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || part.iter().map(|t| fazhi::extract(t)).collect::<Vec<_>>())
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| {
                    h.join().unwrap_or_else(|_| {
                        vec![Err(fazhi::Error::InvalidInput(
                            "internal error: a worker thread panicked".into(),
                        ))]
                    })
                })
                .collect()
        })
    });
    results
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            r.map(|inner| Report { inner }).map_err(|e| {
                let err = to_py_err(py, e);
                let msg = format!("texts[{i}]: {}", err.value(py));
                match INVALID_INPUT
                    .import(py, "fazhi.errors", "InvalidInputError")
                    .and_then(|c| c.call1((msg, None::<String>)))
                {
                    Ok(exc) => PyErr::from_value(exc),
                    Err(e) => e,
                }
            })
        })
        .collect()
}

/// Runs the checks on a report (extracted, or read from JSON) and returns the findings.
#[pyfunction]
fn validate(report: &Bound<'_, Report>) -> Vec<Finding> {
    fazhi::validate(&report.get().inner)
        .iter()
        .map(Finding::from)
        .collect()
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
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    m.add_function(wrap_pyfunction!(concepts, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add_function(wrap_pyfunction!(json_schema_text, m)?)?;
    Ok(())
}
