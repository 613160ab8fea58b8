//! The command line: what each command takes, read with `lexopt`.

use lexopt::{Arg, Parser, ValueExt};
use std::path::PathBuf;

/// What the tool is, above the commands in `fazhi --help`.
const ABOUT: &str =
    "fazhi — law-based government annual reports (法治政府建设年度报告) as typed data";

/// Each command with its usage block: the lines `fazhi --help` lists and `fazhi COMMAND
/// --help` prints alone.
pub const COMMANDS: [(&str, &str); 6] = [
    (
        "summary",
        "  fazhi summary [PATH]                    facts by area, documents, problems, plans, findings
                                          (without PATH: the report bundled with the sources)",
    ),
    (
        "extract",
        "  fazhi extract PATH… [options]           many reports: files, folders, globs
      --format json|jsonl|csv|parquet     (default jsonl)
      --out FILE|DIR                      a file, or a folder for one file per table (csv,
                                          parquet); default standard output
      --table facts|documents|findings|narrative|outline|not_facts|reports
                                          the table written to a file (default facts)
      --html DIR                          a review page per report and an index page
      --threads N                         default: the number of CPUs (at most 64)
      --meta FILE.csv                     what you know of the files, winning over what
                                          fazhi reads: columns file (a path, or a name for
                                          any folder), jurisdiction, year, published
      --progress / --no-progress          a progress bar (default: on a terminal, once a
                                          run takes more than a second)",
    ),
    (
        "check",
        "  fazhi check PATH… [--strict]            the checks' findings; PATH may be a report's JSON;
                                          --strict fails on error findings too",
    ),
    (
        "review",
        "  fazhi review PATH -o PAGE.html          the review page of one report",
    ),
    (
        "schema",
        "  fazhi schema [--out DIR]                the report's JSON Schema (DIR: every schema file)",
    ),
    (
        "concepts",
        "  fazhi concepts [--format csv|json]      the concept registry",
    ),
];

/// What every command shares, below the commands.
const NOTES: &str =
    "  --registry FILE.toml                    (any command) your own concepts, in the form of
                                          the built-in registry, read with it

Reports are UTF-8 (with or without BOM), GB18030/GBK, Big5 or UTF-16 text, or saved web
pages (.html). Exit status: 0 when every file was read, 1 when one failed (the others go on),
2 for a usage error. A summary goes to standard error.";

/// The usage text (`fazhi --help`): every command.
pub fn usage() -> String {
    let commands: Vec<&str> = COMMANDS.iter().map(|c| c.1).collect();
    format!("{ABOUT}\n\nusage:\n{}\n\n{NOTES}", commands.join("\n"))
}

/// One command's help (`fazhi COMMAND --help`).
pub fn help_for(command: &str) -> String {
    let block = COMMANDS.iter().find(|c| c.0 == command).map_or("", |c| c.1);
    format!("usage:\n{block}\n\n{NOTES}")
}

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
    /// `fazhi COMMAND --help`.
    HelpFor(&'static str),
    Version,
    Summary(Option<PathBuf>),
    Extract(Extract),
    Check {
        inputs: Vec<String>,
        strict: bool,
    },
    Review {
        input: PathBuf,
        out: PathBuf,
    },
    Schema {
        out: Option<PathBuf>,
    },
    Concepts {
        json: bool,
    },
}

fn usage_error(message: impl Into<String>) -> lexopt::Error {
    lexopt::Error::Custom(message.into().into())
}

/// Takes `--registry FILE` (or `--registry=FILE`) out of the arguments, wherever it stands
/// (before `--`): an option of every command.
pub fn take_registry(
    args: impl IntoIterator<Item = std::ffi::OsString>,
) -> Result<(Vec<std::ffi::OsString>, Option<PathBuf>), lexopt::Error> {
    let mut rest = Vec::new();
    let mut registry = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let text = arg.to_str().unwrap_or("");
        if text == "--" {
            rest.push(arg);
            rest.extend(args);
            break;
        }
        let value = if text == "--registry" {
            Some(
                args.next()
                    .ok_or_else(|| usage_error("--registry needs a FILE"))?,
            )
        } else {
            text.strip_prefix("--registry=")
                .map(std::ffi::OsString::from)
        };
        match value {
            Some(_) if registry.is_some() => {
                return Err(usage_error(
                    "--registry is given twice (one file holds your concepts)",
                ));
            }
            Some(v) => registry = Some(PathBuf::from(v)),
            None => rest.push(arg),
        }
    }
    Ok((rest, registry))
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
        "help" => match p.next()? {
            // `fazhi help extract`
            Some(Arg::Value(v)) => {
                let name = v.string()?;
                COMMANDS
                    .iter()
                    .find(|c| c.0 == name)
                    .map(|c| Command::HelpFor(c.0))
                    .ok_or_else(|| usage_error(format!("no command {name:?} (see fazhi --help)")))
            }
            _ => Ok(Command::Help),
        },
        "summary" => {
            let mut path = None;
            while let Some(arg) = p.next()? {
                match arg {
                    Arg::Value(v) if path.is_none() => path = Some(PathBuf::from(v)),
                    Arg::Short('h') | Arg::Long("help") => return Ok(Command::HelpFor("summary")),
                    other => return Err(other.unexpected()),
                }
            }
            Ok(Command::Summary(path))
        }
        "extract" => extract(&mut p),
        "check" => {
            let (mut inputs, mut strict) = (Vec::new(), false);
            while let Some(arg) = p.next()? {
                match arg {
                    Arg::Value(v) => inputs.push(v.string()?),
                    Arg::Long("strict") => strict = true,
                    Arg::Short('h') | Arg::Long("help") => return Ok(Command::HelpFor("check")),
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
                    Arg::Short('h') | Arg::Long("help") => return Ok(Command::HelpFor("review")),
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
                    Arg::Short('h') | Arg::Long("help") => return Ok(Command::HelpFor("schema")),
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
                    Arg::Short('h') | Arg::Long("help") => return Ok(Command::HelpFor("concepts")),
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

fn extract(p: &mut Parser) -> Result<Command, lexopt::Error> {
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
                        "--table {name}: facts, documents, findings, narrative, outline, not_facts or reports"
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
            Arg::Short('h') | Arg::Long("help") => return Ok(Command::HelpFor("extract")),
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
    if e.format == Format::Parquet && !cfg!(feature = "parquet") {
        return Err(usage_error(
            "--format parquet: this fazhi was built without Parquet (cargo install --path core --features cli,parquet)",
        ));
    }
    Ok(Command::Extract(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> Result<Command, String> {
        parse(s.split_whitespace().map(std::ffi::OsString::from)).map_err(|e| e.to_string())
    }

    #[test]
    fn the_registry_is_an_option_of_every_command() {
        let args = |s: &str| {
            s.split_whitespace()
                .map(std::ffi::OsString::from)
                .collect::<Vec<_>>()
        };
        let (rest, registry) =
            take_registry(args("check a.txt --registry r.toml --strict")).unwrap();
        assert_eq!(rest, args("check a.txt --strict"));
        assert_eq!(registry, Some(PathBuf::from("r.toml")));
        let (_, registry) = take_registry(args("--registry=r.toml summary")).unwrap();
        assert_eq!(registry, Some(PathBuf::from("r.toml")));
        let (rest, registry) = take_registry(args("extract -- --registry")).unwrap();
        assert_eq!((rest.len(), registry), (3, None));
        assert!(take_registry(args("summary --registry")).is_err());
        assert!(take_registry(args("summary --registry a --registry b")).is_err());
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
        // every command has its own help, by `--help` or `help COMMAND`
        for (name, block) in COMMANDS {
            for line in [
                format!("{name} --help"),
                format!("{name} -h"),
                format!("help {name}"),
            ] {
                assert!(
                    matches!(parse_str(&line), Ok(Command::HelpFor(n)) if n == name),
                    "{line}"
                );
            }
            assert!(help_for(name).contains(block) && usage().contains(block));
        }
        assert!(
            parse_str("help frobnicate")
                .unwrap_err()
                .contains("no command")
        );
        assert!(matches!(
            parse_str("concepts --format json"),
            Ok(Command::Concepts { json: true })
        ));
    }
}
