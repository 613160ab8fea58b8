//! Where `fazhi extract` writes: JSON lines or an array, one CSV table or a folder of them,
//! Parquet files. Each report is written as soon as it is read; nothing holds every report.
//! The text formats are encoded on the worker threads ([`Encoder`]), so the sink, on the
//! main thread, only copies bytes.

use super::args::Format;
use crate::files::{FileError, FileReport};
use crate::table::{self, TableKind};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// What the worker threads make of a report for the sink: for JSON its line, for CSV one
/// block of rows per table the sink writes, for Parquet one record batch per table.
pub struct Encoder {
    format: Format,
    tables: Vec<TableKind>,
}

/// A report encoded by an [`Encoder`], one item per table the sink writes (JSON: one).
pub enum Encoded {
    /// JSON lines or CSV rows.
    Bytes(Vec<Vec<u8>>),
    /// Parquet's columns.
    #[cfg(feature = "parquet")]
    Batches(Vec<arrow_array::RecordBatch>),
}

impl Encoder {
    /// Encodes one report (run on the thread that read it); an error is a value the table
    /// cannot hold (a decimal out of the columns' range).
    pub fn encode(&self, f: &FileReport) -> io::Result<Encoded> {
        let file = shown(&f.path);
        let from = table::ReadFrom {
            file: Some(&file),
            encoding: Some(f.encoding.as_str()),
            format: Some(f.format.as_str()),
        };
        let rows = |kind| table::rows_read(kind, &f.report, from);
        Ok(match self.format {
            Format::Json | Format::Jsonl => Encoded::Bytes(vec![json_item(f).into_bytes()]),
            Format::Csv => Encoded::Bytes(
                self.tables
                    .iter()
                    .map(|&kind| table::csv_rows(&rows(kind)).into_bytes())
                    .collect(),
            ),
            #[cfg(feature = "parquet")]
            Format::Parquet => Encoded::Batches(
                self.tables
                    .iter()
                    .map(|&kind| crate::columnar::record_batch(kind, &rows(kind)))
                    .collect::<Result<_, _>>()
                    .map_err(|e| io::Error::other(format!("{file}: {e}")))?,
            ),
            #[cfg(not(feature = "parquet"))]
            Format::Parquet => Encoded::Bytes(Vec::new()),
        })
    }
}

impl Encoded {
    /// The byte strings (a Parquet encoding has none).
    fn bytes(self) -> Vec<Vec<u8>> {
        match self {
            Encoded::Bytes(b) => b,
            #[cfg(feature = "parquet")]
            Encoded::Batches(_) => Vec::new(),
        }
    }
}

/// A report as one JSON object: the file, how it was read, and the report's own JSON.
fn json_item(f: &FileReport) -> String {
    let report = crate::json::to_json(&f.report);
    let file = serde_json::Value::from(shown(&f.path)).to_string();
    let mut item = String::with_capacity(report.len() + file.len() + 64);
    item.push_str("{\"file\":");
    item.push_str(&file);
    item.push_str(",\"encoding\":\"");
    item.push_str(f.encoding.as_str());
    item.push_str("\",\"format\":\"");
    item.push_str(f.format.as_str());
    item.push_str("\",\"report\":");
    item.push_str(&report);
    item.push('}');
    item
}

/// A destination for reports and failures, in input order.
pub trait Sink {
    /// Writes one report, with what the [`Encoder`] made of it.
    fn report(&mut self, file: &FileReport, encoded: Encoded) -> io::Result<()>;
    /// Records a file that gave no report (JSON outputs keep it as an error object).
    fn failure(&mut self, err: &FileError) -> io::Result<()>;
    /// Completes the output (closes arrays, writes Parquet footers).
    fn finish(self: Box<Self>) -> io::Result<()>;
}

/// The sink for a format and destination, and the encoder that feeds it. `out` is a file, or
/// a folder for the table formats (one file per table); `None` is standard output.
pub fn open(
    format: Format,
    out: Option<&Path>,
    table: TableKind,
) -> io::Result<(Box<dyn Sink>, Encoder)> {
    let folder = out.is_some_and(|p| p.is_dir() || p.to_string_lossy().ends_with('/'));
    let tables = if folder {
        TableKind::ALL.to_vec()
    } else {
        vec![table]
    };
    let sink = sink(format, out, folder, table)?;
    Ok((sink, Encoder { format, tables }))
}

/// The name of a table's file in an output folder (`facts.csv`, `meta.parquet`).
fn table_file(kind: TableKind, extension: &str) -> String {
    format!("{}.{extension}", kind.as_str())
}

/// The files a run with these outputs writes (none for standard output), so that they can be
/// checked against its inputs before any is opened.
pub fn targets(format: Format, out: Option<&Path>) -> Vec<std::path::PathBuf> {
    let Some(out) = out else {
        return Vec::new();
    };
    let folder = out.is_dir() || out.to_string_lossy().ends_with('/');
    match format {
        Format::Csv | Format::Parquet if folder => {
            let extension = if format == Format::Csv {
                "csv"
            } else {
                "parquet"
            };
            TableKind::ALL
                .into_iter()
                .map(|k| out.join(table_file(k, extension)))
                .collect()
        }
        _ => vec![out.to_path_buf()],
    }
}

fn sink(
    format: Format,
    out: Option<&Path>,
    folder: bool,
    table: TableKind,
) -> io::Result<Box<dyn Sink>> {
    match format {
        Format::Json | Format::Jsonl => Ok(Box::new(JsonSink {
            w: writer(out)?,
            array: format == Format::Json,
            count: 0,
        })),
        Format::Csv if folder => {
            let dir = out.unwrap_or(Path::new("."));
            std::fs::create_dir_all(dir)?;
            let mut tables = Vec::new();
            for kind in TableKind::ALL {
                let mut w = writer(Some(&dir.join(table_file(kind, "csv"))))?;
                w.write_all(table::csv_header(kind).as_bytes())?;
                tables.push((kind, w));
            }
            Ok(Box::new(CsvSink { tables }))
        }
        Format::Csv => {
            let mut w = writer(out)?;
            w.write_all(table::csv_header(table).as_bytes())?;
            Ok(Box::new(CsvSink {
                tables: vec![(table, w)],
            }))
        }
        Format::Parquet => parquet_sink(out, folder, table),
    }
}

#[cfg(feature = "parquet")]
fn parquet_sink(out: Option<&Path>, folder: bool, table: TableKind) -> io::Result<Box<dyn Sink>> {
    let Some(out) = out else {
        return Err(io::Error::other("--format parquet needs --out"));
    };
    let targets: Vec<(TableKind, std::path::PathBuf)> = if folder {
        std::fs::create_dir_all(out)?;
        TableKind::ALL
            .into_iter()
            .map(|k| (k, out.join(table_file(k, "parquet"))))
            .collect()
    } else {
        vec![(table, out.to_path_buf())]
    };
    Ok(Box::new(super::parquet_out::ParquetSink::create(targets)?))
}

#[cfg(not(feature = "parquet"))]
fn parquet_sink(_: Option<&Path>, _: bool, _: TableKind) -> io::Result<Box<dyn Sink>> {
    Err(io::Error::other(
        "this fazhi was built without Parquet: cargo install --path core --features cli,parquet",
    ))
}

/// A buffered file, or standard output.
fn writer(out: Option<&Path>) -> io::Result<Box<dyn Write>> {
    Ok(match out {
        Some(p) => {
            Box::new(BufWriter::new(File::create(p).map_err(|e| {
                io::Error::new(e.kind(), format!("{}: {e}", p.display()))
            })?))
        }
        None => Box::new(BufWriter::new(io::stdout())),
    })
}

/// The path as the tables, JSON and messages show it (see [`crate::files::shown`]).
pub fn shown(path: &Path) -> String {
    crate::files::shown(path)
}

struct JsonSink {
    w: Box<dyn Write>,
    array: bool,
    count: usize,
}

impl JsonSink {
    fn item(&mut self, body: &[u8]) -> io::Result<()> {
        if self.array {
            self.w
                .write_all(if self.count == 0 { b"[\n" } else { b",\n" })?;
        }
        self.w.write_all(body)?;
        if !self.array {
            self.w.write_all(b"\n")?;
        }
        self.count += 1;
        Ok(())
    }
}

impl Sink for JsonSink {
    fn report(&mut self, _: &FileReport, encoded: Encoded) -> io::Result<()> {
        for item in encoded.bytes() {
            self.item(&item)?;
        }
        Ok(())
    }

    fn failure(&mut self, err: &FileError) -> io::Result<()> {
        let body = serde_json::json!({
            "file": shown(err.path()),
            "error": { "kind": err.kind(), "message": err.reason() },
        })
        .to_string();
        self.item(body.as_bytes())
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        if self.array {
            self.w
                .write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.w.flush()
    }
}

struct CsvSink {
    tables: Vec<(TableKind, Box<dyn Write>)>,
}

impl Sink for CsvSink {
    fn report(&mut self, _: &FileReport, encoded: Encoded) -> io::Result<()> {
        // the encoder made one block per table, in the sink's order
        for ((_, w), rows) in self.tables.iter_mut().zip(encoded.bytes()) {
            w.write_all(&rows)?;
        }
        Ok(())
    }

    fn failure(&mut self, _: &FileError) -> io::Result<()> {
        Ok(())
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        for (_, mut w) in self.tables {
            w.flush()?;
        }
        Ok(())
    }
}
