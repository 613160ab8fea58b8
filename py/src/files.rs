//! `fazhi.extract_files`: folders of report files read on all cores, each file paired with its
//! report or the reason it gave none.

use crate::{Report, invalid_input};
use fazhi::files::{self, FileError, FileReport};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;
use std::path::PathBuf;

/// One file of `extract_files`: its report, or why it gave none.
#[pyclass(frozen, module = "fazhi._fazhi")]
pub struct FileResult {
    path: String,
    encoding: Option<&'static str>,
    format: Option<&'static str>,
    report: Option<Py<Report>>,
    error: Option<String>,
    error_kind: Option<&'static str>,
}

#[pymethods]
impl FileResult {
    /// The file, as found from the paths given.
    #[getter]
    fn path(&self) -> &str {
        &self.path
    }

    /// The encoding the file was read in (`utf-8`, `utf-8-bom`, `gb18030`, `utf-16le`,
    /// `utf-16be`), or None when it could not be read.
    #[getter]
    fn encoding(&self) -> Option<&'static str> {
        self.encoding
    }

    /// `text`, or `html` for a saved web page reduced to its article; None when unread.
    #[getter]
    fn format(&self) -> Option<&'static str> {
        self.format
    }

    /// The report, or None when the file gave none.
    #[getter]
    fn report(&self, py: Python<'_>) -> Option<Py<Report>> {
        self.report.as_ref().map(|r| r.clone_ref(py))
    }

    /// Why the file gave no report (`path: reason`), or None.
    #[getter]
    fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The kind of failure: `missing`, `pattern`, `io`, `too_large`, `decode`, `extract` or
    /// `internal`; None for a report.
    #[getter]
    fn error_kind(&self) -> Option<&'static str> {
        self.error_kind
    }

    /// Whether the file gave a report.
    #[getter]
    fn ok(&self) -> bool {
        self.report.is_some()
    }

    fn __bool__(&self) -> bool {
        self.ok()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(match (&self.report, &self.error) {
            (Some(r), _) => format!(
                "<fazhi.FileResult {:?} {}: {}>",
                self.path,
                self.encoding.unwrap_or("?"),
                r.bind(py).repr()?
            ),
            (None, e) => format!(
                "<fazhi.FileResult {:?} failed: {}>",
                self.path,
                e.as_deref().unwrap_or("?")
            ),
        })
    }
}

impl FileResult {
    fn of(py: Python<'_>, r: Result<FileReport, FileError>) -> PyResult<FileResult> {
        Ok(match r {
            Ok(f) => FileResult {
                path: f.path.display().to_string(),
                encoding: Some(f.encoding.as_str()),
                format: Some(f.format.as_str()),
                report: Some(Py::new(py, Report::with_text(f.report, f.text))?),
                error: None,
                error_kind: None,
            },
            Err(e) => FileResult::failed(&e),
        })
    }

    fn failed(e: &FileError) -> FileResult {
        FileResult {
            path: e.path().display().to_string(),
            encoding: None,
            format: None,
            report: None,
            error: Some(e.to_string()),
            error_kind: Some(e.kind()),
        }
    }

    /// The file's path (for the tables' `file` column) and report, when it has one.
    pub fn parts(&self) -> (&str, Option<&Py<Report>>) {
        (&self.path, self.report.as_ref())
    }
}

/// The paths argument: one str or path-like, or an iterable of them.
fn path_args(paths: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    let one = |p: &Bound<'_, PyAny>| -> PyResult<String> {
        let fs = p.py().import("os")?.getattr("fspath")?.call1((p,))?;
        match fs.cast::<PyString>() {
            Ok(s) => Ok(s.to_str()?.to_owned()),
            Err(_) => Err(PyTypeError::new_err(format!(
                "paths must be str or os.PathLike[str], not {}",
                p.get_type().name()?
            ))),
        }
    };
    if paths.is_instance_of::<PyString>() || paths.hasattr("__fspath__")? {
        return Ok(vec![one(paths)?]);
    }
    paths.try_iter()?.map(|p| one(&p?)).collect()
}

/// Reads report files on all cores: `paths` is a path (str or `pathlib.Path`), a folder (its
/// `.txt`, `.html`, … files, recursively), a glob (`"reports/**/*.html"`), or an iterable of
/// them. Encodings are told apart (UTF-8 with or without BOM, GB18030/GBK, UTF-16 with BOM) and
/// saved web pages reduced to their article.
///
/// Returns one `FileResult` per file, in the order found. With `errors="collect"` (the
/// default) a file that gives no report is a `FileResult` with `.error`, and the others go on;
/// with `errors="raise"` the first such file raises `InvalidInputError` naming it (after the
/// batch it is in). `threads` (default: the CPUs) must be a positive int. `progress` is
/// called as `progress(done, total)` between batches (the Python wrapper passes a progress
/// bar). Ctrl-C stops the call between batches.
#[pyfunction]
#[pyo3(signature = (paths, *, threads=None, errors="collect", progress=None))]
pub fn extract_files(
    py: Python<'_>,
    paths: &Bound<'_, PyAny>,
    threads: Option<usize>,
    errors: &str,
    progress: Option<Py<PyAny>>,
) -> PyResult<Vec<FileResult>> {
    let raise = match errors {
        "collect" => false,
        "raise" => true,
        other => {
            return Err(PyValueError::new_err(format!(
                "errors must be \"collect\" or \"raise\", not {other:?}"
            )));
        }
    };
    let cpus = std::thread::available_parallelism().map_or(1, usize::from);
    let threads = match threads {
        Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => n.min(cpus),
        None => cpus,
    };
    let inputs = path_args(paths)?;
    let (found, missing) = files::expand(&inputs);
    if let Some(e) = missing.first().filter(|_| raise) {
        return Err(file_error(py, e));
    }
    let mut results: Vec<FileResult> = missing.iter().map(FileResult::failed).collect();
    let total = found.len();
    let window = threads * files::PER_THREAD;
    let mut failure: Option<PyErr> = None;
    let mut done: Vec<(usize, Result<FileReport, FileError>)> = Vec::new();
    let paths: Vec<PathBuf> = found;
    let options = fazhi::Options::default();
    py.detach(|| {
        files::extract_files(&paths, &options, threads, |i, r| {
            done.push((i, r));
            let window_done = (i + 1) % window == 0 || i + 1 == total;
            if !window_done {
                return true;
            }
            // between windows: the results become Python objects, progress, signals
            Python::attach(|py| {
                for (_, r) in done.drain(..) {
                    if let Some(e) = r.as_ref().err().filter(|_| raise) {
                        failure = Some(file_error(py, e));
                        return false;
                    }
                    match FileResult::of(py, r) {
                        Ok(f) => results.push(f),
                        Err(e) => {
                            failure = Some(e);
                            return false;
                        }
                    }
                }
                if let Some(Err(e)) = progress.as_ref().map(|p| p.call1(py, (i + 1, total))) {
                    failure = Some(e);
                    return false;
                }
                if let Err(e) = py.check_signals() {
                    failure = Some(e);
                    return false;
                }
                true
            })
        });
    });
    match failure {
        Some(e) => Err(e),
        None => Ok(results),
    }
}

/// The `InvalidInputError` of a file that gave no report, with the file as its `.path`.
fn file_error(py: Python<'_>, e: &FileError) -> PyErr {
    let err = invalid_input(py, e.to_string());
    let _ = err
        .value(py)
        .setattr("path", e.path().display().to_string());
    err
}
