//! Pickling of the read-only classes: each is written as JSON of its fields (decimals as
//! strings, scale kept) and read back by `_unpickle`. `fazhi/__init__.py` registers the
//! reducer with `copyreg` for every class, so reports' parts cross process boundaries.

use crate::convert::{
    Cited, Compliance, Concept, Dimension, Document, Evidence, Fact, Finding, Label, Meta,
    NarrativeItem, NotFact, PartCoverage, Reporter, Rule, Section,
};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;

/// Declares, once for the classes, how to write one to `(class name, JSON)` and read it back.
macro_rules! picklable {
    ($($class:ident),*) => {
        /// The class name and JSON state of one of fazhi's read-only objects.
        #[pyfunction]
        pub fn _pickle_state(obj: &Bound<'_, PyAny>) -> PyResult<(&'static str, String)> {
            $(
                if let Ok(o) = obj.cast::<$class>() {
                    let json = serde_json::to_string(o.get())
                        .map_err(|e| PyValueError::new_err(e.to_string()))?;
                    return Ok((stringify!($class), json));
                }
            )*
            Err(PyTypeError::new_err(format!(
                "cannot pickle {}", obj.get_type().name()?
            )))
        }

        /// The object `_pickle_state` wrote.
        #[pyfunction]
        pub fn _unpickle(py: Python<'_>, class: &str, state: &str) -> PyResult<Py<PyAny>> {
            let bad = |e: serde_json::Error| PyValueError::new_err(format!("bad {class} state: {e}"));
            match class {
                $(
                    stringify!($class) => Ok(Py::new(py, serde_json::from_str::<$class>(state).map_err(bad)?)?.into_any()),
                )*
                _ => Err(PyValueError::new_err(format!("no class {class} to unpickle"))),
            }
        }
    };
}

picklable!(
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
    Rule
);
