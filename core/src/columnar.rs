//! The tables of [`crate::table`] as Arrow record batches (feature `arrow`), and as Parquet
//! files (feature `parquet`).
//!
//! Types: text → `Utf8`; categories (area, unit, qualifier, kind, severity, …) →
//! `Dictionary(Int32, Utf8)`, which pandas reads as a categorical; whole numbers → `Int64`;
//! decimals → `Decimal128(38, 10)` ([`DECIMAL_SCALE`]): exact for every figure a report writes
//! (a value with more than ten decimals, or more than 28 integer digits, is an error naming
//! the column, never rounded); dates → `Date32`. Nullable as the columns say.
//!
//! ```
//! use fazhi::table::{TableKind, rows};
//! let report = fazhi::extract("2024年全市共受理行政复议案件291件。")?;
//! let batch = fazhi::columnar::record_batch(TableKind::Facts, &rows(TableKind::Facts, &report, None))?;
//! assert_eq!(batch.num_rows(), 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::table::{Cell, ColumnType, TableKind, columns};
use arrow_array::builder::{
    Date32Builder, Decimal128Builder, Int64Builder, StringBuilder, StringDictionaryBuilder,
};
use arrow_array::types::Int32Type;
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{ArrowError, DataType, Field, Schema, SchemaRef};
use rust_decimal::Decimal;
use std::sync::Arc;

/// The precision of decimal columns.
pub const DECIMAL_PRECISION: u8 = 38;
/// The scale of decimal columns: ten decimals, more than reports write (`99.12345%` has five),
/// leaving 28 digits before the point (a figure of 29 digits is a not-fact anyway).
pub const DECIMAL_SCALE: i8 = 10;

/// The Arrow type of a column type.
pub fn data_type(ty: ColumnType) -> DataType {
    match ty {
        ColumnType::Text => DataType::Utf8,
        ColumnType::Category => {
            DataType::Dictionary(Box::new(DataType::Int32), Box::new(DataType::Utf8))
        }
        ColumnType::Int => DataType::Int64,
        ColumnType::Decimal => DataType::Decimal128(DECIMAL_PRECISION, DECIMAL_SCALE),
        ColumnType::Date => DataType::Date32,
    }
}

/// The Arrow schema of a table; each field's metadata holds its description (`doc`).
pub fn schema(kind: TableKind) -> SchemaRef {
    let fields: Vec<Field> = columns(kind)
        .iter()
        .map(|c| {
            Field::new(c.name, data_type(c.ty), c.nullable).with_metadata(
                std::collections::HashMap::from([("doc".to_string(), c.doc.to_string())]),
            )
        })
        .collect();
    let metadata = [
        ("fazhi.table".to_string(), kind.as_str().to_string()),
        ("fazhi.version".to_string(), crate::VERSION.to_string()),
    ];
    Arc::new(Schema::new_with_metadata(
        fields,
        std::collections::HashMap::from(metadata),
    ))
}

/// A decimal as the `i128` of a `Decimal128(38, 10)`, or why it does not fit.
pub fn decimal_128(d: Decimal) -> Result<i128, String> {
    let d = d.normalize();
    let scale = i8::try_from(d.scale()).map_err(|_| format!("{d}: scale out of range"))?;
    if scale > DECIMAL_SCALE {
        return Err(format!("{d} has more than {DECIMAL_SCALE} decimals"));
    }
    let factor = 10i128.pow(u32::from((DECIMAL_SCALE - scale).unsigned_abs()));
    d.mantissa()
        .checked_mul(factor)
        .filter(|v| v.unsigned_abs() < 10u128.pow(u32::from(DECIMAL_PRECISION)))
        .ok_or_else(|| {
            format!("{d} has more digits than a Decimal128({DECIMAL_PRECISION}, {DECIMAL_SCALE})")
        })
}

/// One report's (or many reports') rows of a table as a record batch.
pub fn record_batch(kind: TableKind, rows: &[Vec<Cell>]) -> Result<RecordBatch, ArrowError> {
    let cols = columns(kind);
    let mut arrays: Vec<ArrayRef> = Vec::with_capacity(cols.len());
    for (i, c) in cols.iter().enumerate() {
        let cells = rows.iter().map(|r| r.get(i).unwrap_or(&Cell::Null));
        let wrong = |cell: &Cell| {
            ArrowError::InvalidArgumentError(format!(
                "{}.{}: {cell:?} is no {:?}",
                kind.as_str(),
                c.name,
                c.ty
            ))
        };
        let array: ArrayRef = match c.ty {
            ColumnType::Text => {
                let mut b = StringBuilder::new();
                for cell in cells {
                    match cell {
                        Cell::Text(s) => b.append_value(s),
                        Cell::Null => b.append_null(),
                        other => return Err(wrong(other)),
                    }
                }
                Arc::new(b.finish())
            }
            ColumnType::Category => {
                let mut b = StringDictionaryBuilder::<Int32Type>::new();
                for cell in cells {
                    match cell {
                        Cell::Text(s) => {
                            b.append(s)?;
                        }
                        Cell::Null => b.append_null(),
                        other => return Err(wrong(other)),
                    }
                }
                Arc::new(b.finish())
            }
            ColumnType::Int => {
                let mut b = Int64Builder::new();
                for cell in cells {
                    match cell {
                        Cell::Int(n) => b.append_value(*n),
                        Cell::Null => b.append_null(),
                        other => return Err(wrong(other)),
                    }
                }
                Arc::new(b.finish())
            }
            ColumnType::Decimal => {
                let mut b = Decimal128Builder::new();
                for cell in cells {
                    match cell {
                        Cell::Decimal(d) => b.append_value(decimal_128(*d).map_err(|m| {
                            ArrowError::InvalidArgumentError(format!(
                                "{}.{}: {m}",
                                kind.as_str(),
                                c.name
                            ))
                        })?),
                        Cell::Null => b.append_null(),
                        other => return Err(wrong(other)),
                    }
                }
                Arc::new(
                    b.finish()
                        .with_precision_and_scale(DECIMAL_PRECISION, DECIMAL_SCALE)?,
                )
            }
            ColumnType::Date => {
                let mut b = Date32Builder::new();
                for cell in cells {
                    match cell {
                        Cell::Date(d) => {
                            let days = d
                                .signed_duration_since(chrono::NaiveDate::default())
                                .num_days();
                            b.append_value(i32::try_from(days).map_err(|_| wrong(cell))?);
                        }
                        Cell::Null => b.append_null(),
                        other => return Err(wrong(other)),
                    }
                }
                Arc::new(b.finish())
            }
        };
        arrays.push(array);
    }
    RecordBatch::try_new(schema(kind), arrays)
}

#[cfg(feature = "parquet")]
pub use parquet_table::ParquetTable;

#[cfg(feature = "parquet")]
mod parquet_table {
    use super::{record_batch, schema};
    use crate::table::{Cell, TableKind};
    use parquet::arrow::ArrowWriter;
    use parquet::basic::Compression;
    use parquet::file::properties::WriterProperties;
    use std::io::Write;

    /// How many rows are gathered before they are written as one batch.
    const BATCH_ROWS: usize = 8192;

    /// How many rows a row group holds: the writer keeps a row group's columns in memory
    /// until it is full, so this bounds the memory of a long run.
    const ROW_GROUP_ROWS: usize = 64 * 1024;

    /// A Parquet file of one table, written as rows come (snappy-compressed row groups of
    /// at most 65,536 rows).
    pub struct ParquetTable<W: Write + Send> {
        kind: TableKind,
        writer: ArrowWriter<W>,
        pending: Vec<Vec<Cell>>,
    }

    impl<W: Write + Send> ParquetTable<W> {
        /// A Parquet file of the table `kind` on `out`.
        pub fn new(kind: TableKind, out: W) -> Result<Self, parquet::errors::ParquetError> {
            let props = WriterProperties::builder()
                .set_compression(Compression::SNAPPY)
                .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
                .build();
            Ok(ParquetTable {
                kind,
                writer: ArrowWriter::try_new(out, schema(kind), Some(props))?,
                pending: Vec::new(),
            })
        }

        /// The table this file holds.
        pub fn kind(&self) -> TableKind {
            self.kind
        }

        /// Adds rows (written once enough have gathered).
        pub fn push(&mut self, rows: Vec<Vec<Cell>>) -> Result<(), parquet::errors::ParquetError> {
            self.pending.extend(rows);
            if self.pending.len() >= BATCH_ROWS {
                self.flush()?;
            }
            Ok(())
        }

        /// Adds a record batch of the table's schema (made by [`record_batch`], on another
        /// thread, say): written at once, after the rows pending.
        pub fn push_batch(
            &mut self,
            batch: &arrow_array::RecordBatch,
        ) -> Result<(), parquet::errors::ParquetError> {
            self.flush()?;
            self.writer.write(batch)
        }

        fn flush(&mut self) -> Result<(), parquet::errors::ParquetError> {
            if !self.pending.is_empty() {
                let batch = record_batch(self.kind, &self.pending)?;
                self.writer.write(&batch)?;
                self.pending.clear();
            }
            Ok(())
        }

        /// Writes what is pending and the file's footer.
        pub fn finish(mut self) -> Result<W, parquet::errors::ParquetError> {
            self.flush()?;
            self.writer.into_inner()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::rows;
    use arrow_array::Array;
    use arrow_array::cast::AsArray;

    #[test]
    fn decimals_are_exact_or_refused() {
        let e10 = 10_000_000_000i128;
        assert_eq!(decimal_128("291".parse().unwrap()), Ok(291 * e10));
        assert_eq!(decimal_128("54.23".parse().unwrap()), Ok(5423 * e10 / 100));
        assert_eq!(decimal_128("-0.5".parse().unwrap()), Ok(-e10 / 2));
        assert_eq!(decimal_128("1.50000".parse().unwrap()), Ok(15 * e10 / 10));
        // a rate with five decimals, as reports write (`化解率达99.12345%`)
        assert_eq!(
            decimal_128("99.12345".parse().unwrap()),
            Ok(9_912_345 * e10 / 100_000)
        );
        assert!(
            decimal_128("0.00000000001".parse().unwrap())
                .unwrap_err()
                .contains("more than 10 decimals")
        );
        // 28 digits before the point fit, 29 do not
        assert!(decimal_128("9999999999999999999999999999".parse().unwrap()).is_ok());
        assert!(decimal_128("79228162514264337593543950335".parse().unwrap()).is_err());
    }

    #[test]
    fn every_table_becomes_a_batch_of_its_schema() {
        let text = "朔州市2024年法治政府建设年度报告\n一、主要举措和成效\n全年受理行政复议案件291件，化解率达150%。印发《某某办法》。\n二、存在的不足\n一是宣传不够。";
        let report = crate::extract(text).unwrap();
        for kind in TableKind::ALL {
            let rows = rows(kind, &report, Some("a.txt"));
            let batch = record_batch(kind, &rows).unwrap();
            assert_eq!(batch.num_rows(), rows.len(), "{kind:?}");
            assert_eq!(batch.schema(), schema(kind));
        }
        let batch = record_batch(TableKind::Facts, &rows(TableKind::Facts, &report, None)).unwrap();
        let value = batch
            .column_by_name("value")
            .unwrap()
            .as_primitive::<arrow_array::types::Decimal128Type>();
        assert_eq!(value.value(0), 2_910_000_000_000);
        assert_eq!(value.value_as_string(0), "291.0000000000");
        assert!(batch.column_by_name("file").unwrap().is_null(0));
        let empty = record_batch(TableKind::Facts, &[]).unwrap();
        assert_eq!(
            (empty.num_rows(), empty.num_columns()),
            (0, columns(TableKind::Facts).len())
        );
    }
}
