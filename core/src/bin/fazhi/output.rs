//! Where `fazhi extract` writes: JSON lines or an array, one CSV table or a folder of them,
//! Parquet files. Each report is written as soon as it is read; nothing holds every report.

use crate::args::Format;
use fazhi::files::{FileError, FileReport};
use fazhi::table::{self, TableKind};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// A destination for reports and failures, in input order.
pub trait Sink {
    /// Writes one report.
    fn report(&mut self, file: &FileReport) -> io::Result<()>;
    /// Records a file that gave no report (JSON outputs keep it as an error object).
    fn failure(&mut self, err: &FileError) -> io::Result<()>;
    /// Completes the output (closes arrays, writes Parquet footers).
    fn finish(self: Box<Self>) -> io::Result<()>;
}

/// The sink for a format and destination. `out` is a file, or a folder for the table formats
/// (one file per table); `None` is standard output.
pub fn open(format: Format, out: Option<&Path>, table: TableKind) -> io::Result<Box<dyn Sink>> {
    let folder = out.is_some_and(|p| p.is_dir() || p.to_string_lossy().ends_with('/'));
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
                let mut w = writer(Some(&dir.join(format!("{}.csv", kind.as_str()))))?;
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
            .map(|k| (k, out.join(format!("{}.parquet", k.as_str()))))
            .collect()
    } else {
        vec![(table, out.to_path_buf())]
    };
    Ok(Box::new(crate::parquet_out::ParquetSink::create(targets)?))
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

/// The path as the tables and JSON show it.
pub fn shown(path: &Path) -> String {
    path.display().to_string()
}

struct JsonSink {
    w: Box<dyn Write>,
    array: bool,
    count: usize,
}

impl JsonSink {
    fn item(&mut self, body: &str) -> io::Result<()> {
        if self.array {
            self.w
                .write_all(if self.count == 0 { b"[\n" } else { b",\n" })?;
        }
        self.w.write_all(body.as_bytes())?;
        if !self.array {
            self.w.write_all(b"\n")?;
        }
        self.count += 1;
        Ok(())
    }
}

impl Sink for JsonSink {
    fn report(&mut self, f: &FileReport) -> io::Result<()> {
        let head = serde_json::json!({
            "file": shown(&f.path),
            "encoding": f.encoding.as_str(),
            "format": f.format.as_str(),
        })
        .to_string();
        // the report's own JSON, spliced in as the last member
        let body = format!(
            "{},\"report\":{}}}",
            &head[..head.len() - 1],
            fazhi::json::to_json(&f.report)
        );
        self.item(&body)
    }

    fn failure(&mut self, err: &FileError) -> io::Result<()> {
        let body = serde_json::json!({
            "file": shown(err.path()),
            "error": { "kind": err.kind(), "message": err.reason() },
        })
        .to_string();
        self.item(&body)
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
    fn report(&mut self, f: &FileReport) -> io::Result<()> {
        let file = shown(&f.path);
        for (kind, w) in &mut self.tables {
            let rows = table::rows(*kind, &f.report, Some(&file));
            w.write_all(table::csv_rows(&rows).as_bytes())?;
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
