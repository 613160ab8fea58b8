//! `--format parquet`: one Parquet file per table, written as reports come.

use super::output::{Encoded, Sink, shown};
use crate::columnar::ParquetTable;
use crate::files::{FileError, FileReport};
use crate::table::TableKind;
use std::fs::File;
use std::io::{self, BufWriter};
use std::path::PathBuf;

/// The Parquet files being written.
pub struct ParquetSink {
    tables: Vec<(PathBuf, ParquetTable<BufWriter<File>>)>,
}

fn err(path: &std::path::Path, e: impl std::fmt::Display) -> io::Error {
    io::Error::other(format!("{}: {e}", path.display()))
}

impl ParquetSink {
    /// Creates one file per (table, path).
    pub fn create(targets: Vec<(TableKind, PathBuf)>) -> io::Result<ParquetSink> {
        let mut tables = Vec::new();
        for (kind, path) in targets {
            let file = File::create(&path).map_err(|e| err(&path, e))?;
            let table = ParquetTable::new(kind, BufWriter::new(file)).map_err(|e| err(&path, e))?;
            tables.push((path, table));
        }
        Ok(ParquetSink { tables })
    }
}

impl Sink for ParquetSink {
    fn report(&mut self, f: &FileReport, encoded: Encoded) -> io::Result<()> {
        // the encoder made one record batch per table, in the sink's order
        let Encoded::Batches(batches) = encoded else {
            return Err(io::Error::other(format!(
                "{}: no Parquet columns were made for this report",
                shown(&f.path)
            )));
        };
        for ((path, t), batch) in self.tables.iter_mut().zip(batches) {
            t.push_batch(&batch).map_err(|e| err(path, e))?;
        }
        Ok(())
    }

    fn failure(&mut self, _: &FileError) -> io::Result<()> {
        Ok(())
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        for (path, t) in self.tables {
            let mut w = t.finish().map_err(|e| err(&path, e))?;
            io::Write::flush(&mut w)?;
        }
        Ok(())
    }
}
