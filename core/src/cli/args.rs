//! The command line: what each command takes, read with `lexopt`.

use lexopt::{Arg, Parser, ValueExt};
use std::path::PathBuf;

/// The usage text (`fazhi --help`).
pub const USAGE: &str = "\
fazhi — law-based government annual reports (法治政府建设年度报告) as typed data

usage:
  fazhi summary [PATH]                    facts by area, documents, problems, plans, findings
                                          (without PATH: the report bundled with the sources)
  fazhi extract PATH… [options]           many reports: files, folders, globs
      --format json|jsonl|csv|parquet     (default jsonl)
      --out FILE|DIR                      a file, or a folder for one file per table (csv,
                                          parquet); default standard output
      --table facts|documents|findings|narrative|outline|not_facts
                                          the table written to a file (default facts)
      --html DIR                          a review page per report and an index page
      --threads N                         default: the number of CPUs
      --meta FILE.csv                     what you know of the files, winning over what
                                          fazhi reads: columns file (a path, or a name for
                                          any folder), jurisdiction, year, published
      --progress / --no-progress          a progress bar (default: on a terminal, 20+ files)
  fazhi check PATH… [--strict]            the checks' findings; PATH may be a report's JSON;
                                          --strict fails on error findings too
  fazhi review PATH -o PAGE.html          the review page of one report
  fazhi schema [--out DIR]                the report's JSON Schema (DIR: every schema file)
  fazhi concepts [--format csv|json]      the concept registry

Reports are UTF-8 (with or without BOM), GB18030/GBK or UTF-16 text, or saved web pages
(.html). Exit status: 0 when every file was read, 1 when one failed (the others go on),
2 for a usage error. A summary goes to standard error.";

/// What to write the reports as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON array of `{file, encoding, format, report}` objects.
    Json,
    /// One such object per line.
    Jsonl,
    /// Tables as CSV.
    Csv,
    /// Tables as Parquet.
    Parquet,
}

/// The `extract` command's options.
#[derive(Debug, Clone)]
pub struct Extract {
    pub inputs: Vec<String>,
    pub format: Format,
    pub out: Option<PathBuf>,
    pub table: crate::table::TableKind,
    pub html: Option<PathBuf>,
    pub threads: usize,
    pub progress: Option<bool>,
    /// A CSV table of what the user knows of the files.
    pub meta: Option<PathBuf>,
}

/// A command with its arguments.
#[derive(Debug, Clone)]
pub enum Command {
    Help,
    Version,
    Summary(Option<PathBuf>),
    Extract(Extract),
    Check { inputs: Vec<String>, strict: bool },
    Review { input: PathBuf, out: PathBuf },
    Schema { out: Option<PathBuf> },
    Concepts { json: bool },
}

fn usage_error(message: impl Into<String>) -> lexopt::Error {
    lexopt::Error::Custom(message.into().into())
}

/// Reads the command line.
pub fn parse(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Command, lexopt::Error> {
    let mut p = Parser::from_iter(std::iter::once("fazhi".into()).chain(args));
    let command = match p.next()? {
        None => return Ok(Command::Help),
        Some(Arg::Short('h') | Arg::Long("help")) => return Ok(Command::Help),
        Some(Arg::Short('V') | Arg::Long("version")) => return Ok(Command::Version),
        Some(Arg::Value(v)) => v.string()?,
        Some(other) => return Err(other.unexpected()),
    };
    match command.as_str() {
        "help" => Ok(Command::Help),
        "summary" => {
            let mut path = None;
            while let Some(arg) = p.next()? {
                match arg {
                    Arg::Value(v) if path.is_none() => path = Some(PathBuf::from(v)),
                    Arg::Short('h') | Arg::Long("help") => return Ok(Command::Help),
                    other => return Err(other.unexpected()),
                }
            }
            Ok(Command::Summary(path))
        }
        "extract" => extract(&mut p).map(Command::Extract),
        "check" => {
            let (mut inputs, mut strict) = (Vec::new(), false);
            while let Some(arg) = p.next()? {
                match arg {
                    Arg::Value(v) => inputs.push(v.string()?),
                    Arg::Long("strict") => strict = true,
                    Arg::Short('h') | Arg::Long("help") => return Ok(Command::Help),
                    other => return Err(other.unexpected()),
                }
            }
            if inputs.is_empty() {
                return Err(usage_error("check needs at least one PATH"));
            }
            Ok(Command::Check { inputs, strict })
        }
        "review" => {
            let (mut input, mut out) = (None, None);
            while let Some(arg) = p.next()? {
                match arg {
                    Arg::Value(v) if input.is_none() => input = Some(PathBuf::from(v)),
                    Arg::Short('o') | Arg::Long("out") => out = Some(PathBuf::from(p.value()?)),
                    Arg::Short('h') | Arg::Long("help") => return Ok(Command::Help),
                    other => return Err(other.unexpected()),
                }
            }
            match (input, out) {
                (Some(input), Some(out)) => Ok(Command::Review { input, out }),
                _ => Err(usage_error("review needs PATH and -o PAGE.html")),
            }
        }
        "schema" => {
            let mut out = None;
            while let Some(arg) = p.next()? {
                match arg {
                    Arg::Long("out") | Arg::Short('o') => out = Some(PathBuf::from(p.value()?)),
                    Arg::Short('h') | Arg::Long("help") => return Ok(Command::Help),
                    other => return Err(other.unexpected()),
                }
            }
            Ok(Command::Schema { out })
        }
        "concepts" => {
            let mut json = false;
            while let Some(arg) = p.next()? {
                match arg {
                    Arg::Long("format") => {
                        json = match p.value()?.string()?.as_str() {
                            "json" => true,
                            "csv" => false,
                            other => {
                                return Err(usage_error(format!("--format {other}: csv or json")));
                            }
                        }
                    }
                    Arg::Short('h') | Arg::Long("help") => return Ok(Command::Help),
                    other => return Err(other.unexpected()),
                }
            }
            Ok(Command::Concepts { json })
        }
        other => Err(usage_error(format!(
            "unknown command {other:?} (see fazhi --help)"
        ))),
    }
}

fn extract(p: &mut Parser) -> Result<Extract, lexopt::Error> {
    let mut e = Extract {
        inputs: Vec::new(),
        format: Format::Jsonl,
        out: None,
        table: crate::table::TableKind::Facts,
        html: None,
        threads: std::thread::available_parallelism().map_or(1, usize::from),
        progress: None,
        meta: None,
    };
    while let Some(arg) = p.next()? {
        match arg {
            Arg::Value(v) => e.inputs.push(v.string()?),
            Arg::Long("format") | Arg::Short('f') => {
                e.format = match p.value()?.string()?.as_str() {
                    "json" => Format::Json,
                    "jsonl" => Format::Jsonl,
                    "csv" => Format::Csv,
                    "parquet" => Format::Parquet,
                    other => {
                        return Err(usage_error(format!(
                            "--format {other}: json, jsonl, csv or parquet"
                        )));
                    }
                }
            }
            Arg::Long("out") | Arg::Short('o') => e.out = Some(PathBuf::from(p.value()?)),
            Arg::Long("table") => {
                let name = p.value()?.string()?;
                e.table = crate::table::TableKind::parse(&name).ok_or_else(|| {
                    usage_error(format!(
                        "--table {name}: facts, documents, findings, narrative, outline or not_facts"
                    ))
                })?;
            }
            Arg::Long("html") => e.html = Some(PathBuf::from(p.value()?)),
            Arg::Long("meta") => e.meta = Some(PathBuf::from(p.value()?)),
            Arg::Long("threads") | Arg::Short('j') => {
                let n: usize = p.value()?.parse()?;
                if n == 0 {
                    return Err(usage_error("--threads must be at least 1"));
                }
                e.threads = n;
            }
            Arg::Long("progress") => e.progress = Some(true),
            Arg::Long("no-progress") => e.progress = Some(false),
            Arg::Short('h') | Arg::Long("help") => {
                return Err(usage_error("see fazhi --help"));
            }
            other => return Err(other.unexpected()),
        }
    }
    if e.inputs.is_empty() {
        return Err(usage_error(
            "extract needs at least one PATH (a file, a folder or a glob)",
        ));
    }
    if e.format == Format::Parquet && e.out.is_none() {
        return Err(usage_error("--format parquet needs --out FILE or DIR"));
    }
    Ok(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> Result<Command, String> {
        parse(s.split_whitespace().map(std::ffi::OsString::from)).map_err(|e| e.to_string())
    }

    #[test]
    fn commands_and_their_errors() {
        let Ok(Command::Extract(e)) = parse_str("extract a b --format csv --out d --threads 2")
        else {
            panic!("extract");
        };
        assert_eq!((e.inputs.len(), e.format, e.threads), (2, Format::Csv, 2));
        assert!(
            parse_str("extract")
                .unwrap_err()
                .contains("at least one PATH")
        );
        assert!(
            parse_str("extract a --format xml")
                .unwrap_err()
                .contains("json, jsonl")
        );
        assert!(
            parse_str("extract a --threads 0")
                .unwrap_err()
                .contains("at least 1")
        );
        assert!(
            parse_str("extract a --format parquet")
                .unwrap_err()
                .contains("--out")
        );
        assert!(
            parse_str("frobnicate")
                .unwrap_err()
                .contains("unknown command")
        );
        assert!(matches!(
            parse_str("review r.txt -o p.html"),
            Ok(Command::Review { .. })
        ));
        assert!(matches!(parse_str(""), Ok(Command::Help)));
        assert!(matches!(
            parse_str("concepts --format json"),
            Ok(Command::Concepts { json: true })
        ));
    }
}
