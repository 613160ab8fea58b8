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
    encoding: Option<String>,
    format: Option<String>,
    report: Option<Py<Report>>,
    error: Option<String>,
    error_kind: Option<String>,
}

#[pymethods]
impl FileResult {
    /// The file, as found from the paths given.
    #[getter]
    fn path(&self) -> &str {
        &self.path
    }

    /// The encoding the file was read in (`utf-8`, `utf-8-bom`, `gb18030`, `utf-16le`,
    /// `utf-16be`, `big5`), or None when it could not be read.
    #[getter]
    fn encoding(&self) -> Option<&str> {
        self.encoding.as_deref()
    }

    /// `text`, or `html` for a saved web page reduced to its article; None when unread.
    #[getter]
    fn format(&self) -> Option<&str> {
        self.format.as_deref()
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

    /// The kind of failure: `missing`, `not_a_file`, `no_reports`, `pattern`, `io`,
    /// `too_large`, `decode`, `extract` or `internal`; None for a report.
    #[getter]
    fn error_kind(&self) -> Option<&str> {
        self.error_kind.as_deref()
    }

    /// Pickling keeps every field (the report through its own pickling), so results cross
    /// process boundaries.
    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(
        Bound<'py, PyAny>,
        (
            String,
            Option<String>,
            Option<String>,
            Option<Py<Report>>,
            Option<String>,
            Option<String>,
        ),
    )> {
        let py = slf.py();
        let f = slf.get();
        let restore = slf.get_type().getattr("_restore")?;
        Ok((
            restore,
            (
                f.path.clone(),
                f.encoding.clone(),
                f.format.clone(),
                f.report.as_ref().map(|r| r.clone_ref(py)),
                f.error.clone(),
                f.error_kind.clone(),
            ),
        ))
    }

    /// A result from what `__reduce__` gave.
    #[staticmethod]
    #[pyo3(name = "_restore")]
    fn restore(
        path: String,
        encoding: Option<String>,
        format: Option<String>,
        report: Option<Py<Report>>,
        error: Option<String>,
        error_kind: Option<String>,
    ) -> FileResult {
        FileResult {
            path,
            encoding,
            format,
            report,
            error,
            error_kind,
        }
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
                self.encoding.as_deref().unwrap_or("?"),
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
                path: files::shown(&f.path),
                encoding: Some(f.encoding.as_str().into()),
                format: Some(f.format.as_str().into()),
                report: Some(Py::new(py, Report::with_text(f.report, f.text))?),
                error: None,
                error_kind: None,
            },
            Err(e) => FileResult::failed(&e),
        })
    }

    fn failed(e: &FileError) -> FileResult {
        FileResult {
            path: files::shown(e.path()),
            encoding: None,
            format: None,
            report: None,
            error: Some(e.to_string()),
            error_kind: Some(e.kind().into()),
        }
    }

    /// The file's path (for the tables' `file` column) and report, when it has one.
    pub fn parts(&self) -> (&str, Option<&str>, Option<&str>, Option<&Py<Report>>) {
        (
            &self.path,
            self.encoding.as_deref(),
            self.format.as_deref(),
            self.report.as_ref(),
        )
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
/// bar). `meta` (a mapping from path to what is known, or a function of the path and the
/// page's meta) wins over what the files say. `registry` (a `Registry`) adds your own
/// concepts. Ctrl-C stops the call between batches.
#[pyfunction]
#[pyo3(signature = (paths, *, threads=None, errors="collect", progress=None, meta=None, registry=None))]
pub fn extract_files(
    py: Python<'_>,
    paths: &Bound<'_, PyAny>,
    threads: Option<&Bound<'_, PyAny>>,
    errors: &str,
    progress: Option<Py<PyAny>>,
    meta: Option<&Bound<'_, PyAny>>,
    registry: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<FileResult>> {
    let registry = crate::registry_arg(registry)?;
    let raise = match errors {
        "collect" => false,
        "raise" => true,
        other => {
            return Err(PyValueError::new_err(format!(
                "errors must be \"collect\" or \"raise\", not {other:?}"
            )));
        }
    };
    let threads = crate::threads_arg(threads)?;
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
    let mut options = fazhi::Options::default().with_registry(registry);
    if let Some(meta) = meta {
        options.known = Some(std::sync::Arc::new(known_from(py, meta, &paths)?));
    }
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

/// What the caller knows of the files: a mapping from path (`str` or `os.PathLike`; a bare
/// file name stands for that name in any folder) to a dict, or a function called as
/// `meta(path, page)` for each file found (`page`: the saved page's `title`, `published` and
/// `source` as a dict, `None` for a text file) that returns such a dict or `None`. The dict's
/// keys: `jurisdiction` (str), `year` (int), `published` (`datetime.date` or `YYYY-MM-DD`).
fn known_from(
    py: Python<'_>,
    meta: &Bound<'_, PyAny>,
    paths: &[PathBuf],
) -> PyResult<fazhi::known::Known> {
    let mut known = fazhi::known::Known::new();
    if let Ok(mapping) = meta.cast::<pyo3::types::PyMapping>() {
        for item in mapping.items()?.iter() {
            let (key, value): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item.extract()?;
            let path: PathBuf = key.extract().map_err(|_| {
                PyTypeError::new_err(format!(
                    "meta's keys are paths (str or os.PathLike), not {}",
                    key.get_type()
                        .name()
                        .map(|n| n.to_string())
                        .unwrap_or_default()
                ))
            })?;
            let file = known_file(&value, &path.display().to_string())?;
            known.insert(path, file);
        }
        return Ok(known);
    }
    if !meta.is_callable() {
        return Err(PyTypeError::new_err(
            "meta must be a mapping from path to a dict, or a function of (path, page)",
        ));
    }
    for path in paths {
        let page = files::load(path)
            .ok()
            .filter(|l| l.format == files::Format::Html)
            .map(|l| -> PyResult<Bound<'_, pyo3::types::PyDict>> {
                let d = pyo3::types::PyDict::new(py);
                d.set_item("title", l.page.title)?;
                d.set_item("published", l.page.published)?;
                d.set_item("source", l.page.source)?;
                Ok(d)
            })
            .transpose()?;
        let shown = path.display().to_string();
        let value = meta.call1((shown.as_str(), page))?;
        if !value.is_none() {
            known.insert(path.clone(), known_file(&value, &shown)?);
        }
    }
    Ok(known)
}

/// One file's known meta from a dict, with errors that name the file and the key.
fn known_file(value: &Bound<'_, PyAny>, path: &str) -> PyResult<fazhi::known::KnownFile> {
    let d = value.cast::<pyo3::types::PyDict>().map_err(|_| {
        PyTypeError::new_err(format!(
            "meta for {path}: a dict with jurisdiction, year, published, not {}",
            value
                .get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_default()
        ))
    })?;
    for key in d.keys().iter() {
        let k: String = key.extract().unwrap_or_default();
        if !["jurisdiction", "year", "published"].contains(&k.as_str()) {
            return Err(PyValueError::new_err(format!(
                "meta for {path}: unknown key {k:?} (jurisdiction, year, published)"
            )));
        }
    }
    let bad = |key: &str, want: &str| {
        PyTypeError::new_err(format!("meta for {path}: {key} must be {want}"))
    };
    let get = |key: &str| d.get_item(key).ok().flatten().filter(|v| !v.is_none());
    let jurisdiction = get("jurisdiction")
        .map(|v| {
            v.extract::<String>()
                .map_err(|_| bad("jurisdiction", "a str"))
        })
        .transpose()?;
    let year = get("year")
        .map(|v| v.extract::<i32>().map_err(|_| bad("year", "an int")))
        .transpose()?;
    let published = get("published")
        .map(|v| {
            v.extract::<chrono::NaiveDate>().or_else(|_| {
                let s: String = v
                    .extract()
                    .map_err(|_| bad("published", "a datetime.date or a YYYY-MM-DD str"))?;
                chrono::NaiveDate::parse_from_str(&s, "%Y-%m-%d")
                    .map_err(|_| bad("published", "a datetime.date or a YYYY-MM-DD str"))
            })
        })
        .transpose()?;
    Ok(fazhi::known::KnownFile {
        jurisdiction,
        year,
        published,
    })
}
