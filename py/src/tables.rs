//! Every part of reports as a table: `fazhi.table` (Arrow, through the PyCapsule interface)
//! and the rows behind `fazhi.frame` (pandas). The columns come from `fazhi::table`.

use crate::Report;
use crate::files::FileResult;
use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::{RecordBatch, RecordBatchIterator};
use arrow_ipc::reader::StreamReader;
use arrow_ipc::writer::StreamWriter;
use arrow_schema::ffi::FFI_ArrowSchema;
use fazhi::table::{Cell, ColumnType, ReadFrom, TableKind, columns, rows_read};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyCapsule, PyTuple};

/// The table named `part`, or a ValueError listing the names.
fn kind(part: &str) -> PyResult<TableKind> {
    TableKind::parse(part).ok_or_else(|| {
        let names: Vec<&str> = TableKind::ALL.iter().map(|k| k.as_str()).collect();
        PyValueError::new_err(format!(
            "part must be one of {}, not {part:?}",
            names.join(", ")
        ))
    })
}

/// The (file, report) pairs of a Report, a FileResult (failed ones are skipped) or an iterable
/// of them.
/// Where a report of the arguments was read from: (file, encoding, format), none for a
/// `Report` given directly.
type Origin = (String, Option<String>, Option<String>);

fn sources(
    py: Python<'_>,
    items: &Bound<'_, PyAny>,
) -> PyResult<Vec<(Option<Origin>, Py<Report>)>> {
    let one = |item: &Bound<'_, PyAny>| -> PyResult<Option<(Option<Origin>, Py<Report>)>> {
        if let Ok(r) = item.cast::<Report>() {
            return Ok(Some((None, r.clone().unbind())));
        }
        if let Ok(f) = item.cast::<FileResult>() {
            let f = f.get();
            let (path, encoding, format, report) = f.parts();
            let origin = (
                path.to_string(),
                encoding.map(str::to_string),
                format.map(str::to_string),
            );
            return Ok(report.map(|r| (Some(origin), r.clone_ref(py))));
        }
        Err(PyTypeError::new_err(format!(
            "expected fazhi.Report or fazhi.FileResult, not {}",
            item.get_type().name()?
        )))
    };
    if item_is_single(items) {
        return Ok(one(items)?.into_iter().collect());
    }
    let mut out = Vec::new();
    for item in items.try_iter().map_err(|_| {
        PyTypeError::new_err("expected a Report, a FileResult or an iterable of them")
    })? {
        if let Some(s) = one(&item?)? {
            out.push(s);
        }
    }
    Ok(out)
}

fn item_is_single(items: &Bound<'_, PyAny>) -> bool {
    items.cast::<Report>().is_ok() || items.cast::<FileResult>().is_ok()
}

/// The rows of a table over many reports.
fn all_rows(py: Python<'_>, items: &Bound<'_, PyAny>, kind: TableKind) -> PyResult<Vec<Vec<Cell>>> {
    let mut out = Vec::new();
    for (origin, report) in sources(py, items)? {
        let from = origin
            .as_ref()
            .map_or(ReadFrom::default(), |(file, encoding, format)| ReadFrom {
                file: Some(file),
                encoding: encoding.as_deref(),
                format: format.as_deref(),
            });
        out.extend(rows_read(kind, report.get().inner(), from));
    }
    Ok(out)
}

/// The columns of a table: (name, type, nullable, description), type one of `text`,
/// `category`, `int`, `decimal`, `date`.
#[pyfunction]
pub fn _columns(part: &str) -> PyResult<Vec<(&'static str, &'static str, bool, &'static str)>> {
    Ok(columns(kind(part)?)
        .iter()
        .map(|c| {
            let ty = match c.ty {
                ColumnType::Text => "text",
                ColumnType::Category => "category",
                ColumnType::Int => "int",
                ColumnType::Decimal => "decimal",
                ColumnType::Date => "date",
            };
            (c.name, ty, c.nullable, c.doc)
        })
        .collect())
}

/// The rows of a table as tuples of Python values (str, int, Decimal, date or None).
#[pyfunction]
pub fn _rows<'py>(
    py: Python<'py>,
    items: &Bound<'py, PyAny>,
    part: &str,
) -> PyResult<Vec<Bound<'py, PyTuple>>> {
    let kind = kind(part)?;
    all_rows(py, items, kind)?
        .into_iter()
        .map(|row| {
            let cells: Vec<Bound<'py, PyAny>> = row
                .into_iter()
                .map(|c| -> PyResult<Bound<'py, PyAny>> {
                    Ok(match c {
                        Cell::Null => py.None().into_bound(py),
                        Cell::Text(s) => s.into_pyobject(py)?.into_any(),
                        Cell::Int(n) => n.into_pyobject(py)?.into_any(),
                        Cell::Decimal(d) => d.into_pyobject(py)?.into_any(),
                        Cell::Date(d) => d.into_pyobject(py)?.into_any(),
                    })
                })
                .collect::<PyResult<_>>()?;
            PyTuple::new(py, cells)
        })
        .collect()
}

/// A table of reports in Arrow form. Any library that speaks the Arrow PyCapsule interface
/// reads it without a copy through Python objects: `pyarrow.table(t)`, `polars.DataFrame(t)`,
/// `duckdb.sql("select * from t")`. Decimals are `Decimal128(38, 10)`, categories
/// dictionary-encoded, spans in code points.
#[pyclass(frozen, module = "fazhi._fazhi")]
pub struct ArrowTable {
    part: TableKind,
    batch: RecordBatch,
}

#[pymethods]
impl ArrowTable {
    /// The table's name (`facts`, `documents`, …).
    #[getter]
    fn part(&self) -> &'static str {
        self.part.as_str()
    }

    /// How many rows.
    #[getter]
    fn num_rows(&self) -> usize {
        self.batch.num_rows()
    }

    /// The column names, in order.
    #[getter]
    fn column_names(&self) -> Vec<String> {
        self.batch
            .schema()
            .fields()
            .iter()
            .map(|f| f.name().clone())
            .collect()
    }

    fn __len__(&self) -> usize {
        self.batch.num_rows()
    }

    /// The table as a pyarrow `Table` (needs pyarrow).
    fn to_pyarrow<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("pyarrow")?.getattr("table")?.call1((slf,))
    }

    /// The table as a pandas `DataFrame`, through pyarrow: decimals as `decimal.Decimal`,
    /// categories as `category` (needs pyarrow and pandas).
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        Self::to_pyarrow(slf)?.call_method0("to_pandas")
    }

    /// The table as a polars `DataFrame`, one column per column (`pl.from_arrow` on the
    /// stream gives one column of structs; this does not) (needs polars).
    fn to_polars<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("polars")?
            .getattr("DataFrame")?
            .call1((slf,))
    }

    /// Pickling goes through an Arrow IPC stream of the table, types kept exactly.
    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, (&'static str, Bound<'py, PyBytes>))> {
        let this = slf.get();
        let mut bytes = Vec::new();
        {
            let mut w = StreamWriter::try_new(&mut bytes, &this.batch.schema())
                .map_err(|e| PyValueError::new_err(e.to_string()))?;
            w.write(&this.batch)
                .and_then(|()| w.finish())
                .map_err(|e| PyValueError::new_err(e.to_string()))?;
        }
        let restore = slf.get_type().getattr("_restore")?;
        Ok((
            restore,
            (this.part.as_str(), PyBytes::new(slf.py(), &bytes)),
        ))
    }

    /// A table from what `__reduce__` gave.
    #[staticmethod]
    #[pyo3(name = "_restore")]
    fn restore(part: &str, ipc: &[u8]) -> PyResult<ArrowTable> {
        let kind = TableKind::ALL
            .into_iter()
            .find(|k| k.as_str() == part)
            .ok_or_else(|| PyValueError::new_err(format!("no table part {part:?}")))?;
        let reader = StreamReader::try_new(std::io::Cursor::new(ipc), None)
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        let schema = reader.schema();
        let mut batches = reader
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        // `__reduce__` writes the table as one batch
        let batch = match batches.len() {
            0 => RecordBatch::new_empty(schema),
            1 => batches.remove(0),
            n => {
                return Err(PyValueError::new_err(format!(
                    "{n} batches: not a pickled table"
                )));
            }
        };
        Ok(ArrowTable { part: kind, batch })
    }

    /// The Arrow C stream of the table, in a capsule (the Arrow PyCapsule interface).
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        // the schema is fixed: a request is honoured by the consumer casting, as the protocol allows
        let _ = requested_schema;
        let schema = self.batch.schema();
        let reader = RecordBatchIterator::new([Ok(self.batch.clone())], schema);
        let stream = FFI_ArrowArrayStream::new(Box::new(reader));
        PyCapsule::new_with_value(py, stream, c"arrow_array_stream")
    }

    /// The Arrow C schema of the table, in a capsule.
    fn __arrow_c_schema__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyCapsule>> {
        let schema = FFI_ArrowSchema::try_from(self.batch.schema().as_ref())
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        PyCapsule::new_with_value(py, schema, c"arrow_schema")
    }

    fn __repr__(&self) -> String {
        format!(
            "<fazhi.ArrowTable {}: {} rows × {} columns>",
            self.part.as_str(),
            self.batch.num_rows(),
            self.batch.num_columns()
        )
    }
}

/// One part of reports as an Arrow table.
///
/// `reports` is a `Report`, a `FileResult` (its file fills the `file` column; failed files
/// are skipped) or an iterable of them; `part` is `"facts"`, `"documents"`, `"findings"`,
/// `"narrative"`, `"outline"`, `"not_facts"` or `"reports"`. Raises `ValueError` for another part, or for
/// a value that does not fit `Decimal128(38, 10)` (more than ten decimals: never rounded).
#[pyfunction]
pub fn table(py: Python<'_>, reports: &Bound<'_, PyAny>, part: &str) -> PyResult<ArrowTable> {
    let kind = kind(part)?;
    let rows = all_rows(py, reports, kind)?;
    let batch = fazhi::columnar::record_batch(kind, &rows)
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok(ArrowTable { part: kind, batch })
}
