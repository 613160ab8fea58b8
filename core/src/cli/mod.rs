//! The `fazhi` command-line tool (feature `cli`): one report's summary, many reports to JSON
//! lines, CSV or Parquet tables, the checks, review pages, the schema and the concept registry.
//!
//! The `fazhi` binary (`cargo install --path core --features cli`, add `parquet` for Parquet
//! output) and `python -m fazhi` both call [`run`]. `fazhi --help` lists the commands.
//!
//! ```
//! let status = fazhi::cli::run(["concepts".into(), "--format".into(), "json".into()]);
//! assert_eq!(status, 0);
//! assert_eq!(fazhi::cli::run(["--no-such-option".into()]), 2);
//! ```

mod args;
mod output;
#[cfg(feature = "parquet")]
mod parquet_out;
mod summary;

use crate::files::{self, FileError, FileReport};
use crate::html::IndexRow;
use args::Command;
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The report bundled with the sources (朔州市 2024), for `fazhi summary` without a path:
/// built in, so the summary works wherever the tool is installed.
/// (The crate's own copy, the hand-checked fixture: the crate builds alone from its package.)
const BUNDLED: &str = include_str!("../../tests/data/shuozhou-2024.txt");

/// Runs the tool on its arguments (without the program's name) and returns its exit status:
/// 0 when everything was read, 1 when a file failed or output could not be written, 2 for a
/// usage error. Output goes to standard output, errors and the closing summary to standard
/// error.
pub fn run(arguments: impl IntoIterator<Item = OsString>) -> u8 {
    let parsed = args::take_registry(arguments)
        .and_then(|(rest, registry)| Ok((args::parse(rest)?, registry)));
    let (command, registry) = match parsed {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let registry = match registry.map(crate::Registry::load).transpose() {
        Ok(r) => r.unwrap_or_default(),
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let options = crate::Options::default().with_registry(registry);
    let result = match command {
        Command::Help => {
            println!("{}", args::usage());
            Ok(true)
        }
        Command::HelpFor(command) => {
            println!("{}", args::help_for(command));
            Ok(true)
        }
        Command::Version => {
            println!("fazhi {}", crate::VERSION);
            Ok(true)
        }
        Command::Summary(path) => summary(path, &options),
        Command::Extract(e) => extract(&e, options),
        Command::Check { inputs, strict } => check(&inputs, strict, &options),
        Command::Review { input, out } => review(&input, &out, &options),
        Command::Schema { out } => schema(out.as_deref()),
        Command::Concepts { json } => concepts(json, &options.registry),
    };
    match result {
        Ok(true) => 0,
        Ok(false) => 1,
        // a reader that stops early (`| head`) is no error of ours
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

/// What a command did: `Ok(true)` when everything was read, `Ok(false)` when a file failed.
type Outcome = std::io::Result<bool>;

fn stdout() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::new(std::io::stdout().lock())
}

fn summary(path: Option<PathBuf>, options: &crate::Options) -> Outcome {
    let report = match path {
        Some(path) => match files::extract_file(&path, options) {
            Ok(f) => f.report,
            Err(e) => {
                eprintln!("error: {e}");
                return Ok(false);
            }
        },
        None => crate::extract_with(BUNDLED, options).map_err(std::io::Error::other)?,
    };
    let mut out = stdout();
    summary::print_summary(&mut out, &report)?;
    out.flush()?;
    Ok(true)
}

/// Counts for the closing line on standard error.
#[derive(Default)]
struct Totals {
    files: usize,
    failed: usize,
    facts: usize,
    findings: usize,
    errors: usize,
    bytes: u64,
}

/// The table of what the user knows of the files (`--meta FILE.csv`), its relative paths
/// taken from its own folder.
fn known(path: &std::path::Path) -> std::io::Result<crate::known::Known> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    crate::known::Known::from_csv(&text, &path.display().to_string(), path.parent())
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string()))
}

fn extract(e: &args::Extract, mut options: crate::Options) -> Outcome {
    let started = Instant::now();
    if let Some(meta) = &e.meta {
        options.known = Some(std::sync::Arc::new(known(meta)?));
    }
    let (paths, missing) = files::expand(&e.inputs);
    for err in &missing {
        eprintln!("error: {err}");
    }
    // nothing is opened for writing over a file the run reads
    let inputs = Inputs::of(&paths);
    let mut targets = output::targets(e.format, e.out.as_deref());
    targets.extend(e.html.as_ref().map(|dir| dir.join("index.html")));
    for t in &targets {
        inputs.refuse(t)?;
    }
    let (mut sink, encoder) = output::open(e.format, e.out.as_deref(), e.table)?;
    let mut pages = match &e.html {
        Some(dir) => Some(Pages::new(dir, inputs)?),
        None => None,
    };
    let mut progress = Progress::new(paths.len(), e.progress);
    let mut totals = Totals {
        failed: missing.len(),
        ..Totals::default()
    };
    let mut failure: Option<std::io::Error> = None;
    let encode = |f: &FileReport| encoder.encode(f);
    files::extract_files_with(&paths, &options, e.threads, encode, |_, result| {
        totals.files += 1;
        progress.inc();
        let bar = &progress.bar;
        let written = match result {
            Ok((f, encoded)) => {
                totals.facts += f.report.facts.len();
                totals.findings += f.report.findings.len();
                totals.errors += f
                    .report
                    .findings
                    .iter()
                    .filter(|x| x.severity == crate::Severity::Error)
                    .count();
                totals.bytes += f.bytes;
                match encoded {
                    // the output format cannot hold this report (a value too precise for it):
                    // this file fails, with why; the others go on and the files are completed
                    Err(err) => {
                        totals.failed += 1;
                        bar.suspend(|| eprintln!("error: {err}"));
                        if let Some(p) = &mut pages {
                            p.failed_with(&f.path, err.to_string());
                        }
                        Ok(())
                    }
                    Ok(encoded) => sink.report(&f, encoded).and_then(|()| match &mut pages {
                        Some(p) => p.add(&f),
                        None => Ok(()),
                    }),
                }
            }
            Err(err) => {
                totals.failed += 1;
                bar.suspend(|| eprintln!("error: {err}"));
                if let Some(p) = &mut pages {
                    p.failed(&err);
                }
                sink.failure(&err)
            }
        };
        match written {
            Ok(()) => true,
            Err(err) => {
                failure = Some(err);
                false
            }
        }
    });
    progress.bar.finish_and_clear();
    if let Some(err) = failure {
        return Err(err);
    }
    sink.finish()?;
    if let Some(p) = pages {
        p.finish()?;
    }
    let seconds = started.elapsed().as_secs_f64();
    let mb = totals.bytes as f64 / 1e6;
    eprintln!(
        "fazhi: {} files, {} failed; {} facts, {} findings ({} errors); {mb:.1} MB in {seconds:.2} s ({:.1} MB/s, {} threads)",
        totals.files + missing.len(),
        totals.failed,
        totals.facts,
        totals.findings,
        totals.errors,
        mb / seconds.max(1e-9),
        e.threads.min(paths.len().clamp(1, files::MAX_THREADS))
    );
    Ok(totals.failed == 0)
}

/// A progress bar on standard error: as asked, or by default on a terminal once the run has
/// taken more than a second (a quick read shows none; a notebook never flickers).
struct Progress {
    bar: indicatif::ProgressBar,
    /// When a hidden bar is to show itself, if it may.
    reveal_at: Option<Instant>,
}

impl Progress {
    fn new(len: usize, asked: Option<bool>) -> Progress {
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(len as u64),
            indicatif::ProgressDrawTarget::hidden(),
        );
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} files, {per_sec}, {eta} left",
        ) {
            bar.set_style(style);
        }
        let terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
        let reveal_at = match asked {
            Some(true) => {
                bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                None
            }
            Some(false) => None,
            None => terminal.then(|| Instant::now() + std::time::Duration::from_secs(1)),
        };
        Progress { bar, reveal_at }
    }

    fn inc(&mut self) {
        if self.reveal_at.is_some_and(|at| Instant::now() >= at) {
            self.bar
                .set_draw_target(indicatif::ProgressDrawTarget::stderr());
            self.reveal_at = None;
        }
        self.bar.inc(1);
    }
}

/// The files a run reads, by identity (links and `..` resolved): an output is never opened
/// over one of them.
struct Inputs(std::collections::HashSet<PathBuf>);

impl Inputs {
    fn of(paths: &[PathBuf]) -> Inputs {
        Inputs(
            paths
                .iter()
                .filter_map(|p| std::fs::canonicalize(p).ok())
                .collect(),
        )
    }

    /// Whether `p` names a file the run reads.
    fn holds(&self, p: &Path) -> bool {
        std::fs::canonicalize(p).is_ok_and(|c| self.0.contains(&c))
    }

    /// An error when writing `p` would overwrite an input.
    fn refuse(&self, p: &Path) -> std::io::Result<()> {
        if self.holds(p) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!(
                    "{}: is one of the files being read; choose another output",
                    output::shown(p)
                ),
            ));
        }
        Ok(())
    }
}

/// The review pages of a folder run and their index.
struct Pages {
    dir: PathBuf,
    rows: Vec<IndexRow>,
    names: std::collections::HashSet<String>,
    inputs: Inputs,
}

/// The longest stem a page name keeps, in bytes: with its number and `.html` it stays far
/// below the 255 bytes a file name may have.
const STEM_MAX: usize = 160;

impl Pages {
    fn new(dir: &Path, inputs: Inputs) -> std::io::Result<Pages> {
        std::fs::create_dir_all(dir)
            .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", dir.display())))?;
        Ok(Pages {
            dir: dir.to_path_buf(),
            rows: Vec::new(),
            names: std::collections::HashSet::new(),
            inputs,
        })
    }

    /// A page name of the file's stem (bytes that are not UTF-8 percent-encoded, cut to
    /// [`STEM_MAX`] bytes), numbered when two files share one or when the name is a file the
    /// run reads.
    fn name(&mut self, path: &Path) -> String {
        let stem = path.file_stem().map_or("report".into(), |s| {
            let shown = files::lossless(s);
            let mut end = shown.len().min(STEM_MAX);
            while !shown.is_char_boundary(end) {
                end -= 1;
            }
            shown[..end].to_string()
        });
        let mut name = format!("{stem}.html");
        let mut n = 2;
        while name == "index.html"
            || self.names.contains(&name)
            || self.inputs.holds(&self.dir.join(&name))
        {
            name = format!("{stem}-{n}.html");
            n += 1;
        }
        self.names.insert(name.clone());
        name
    }

    fn add(&mut self, f: &FileReport) -> std::io::Result<()> {
        let name = self.name(&f.path);
        let page = crate::html::review(&f.text, &f.report);
        std::fs::write(self.dir.join(&name), page)?;
        self.rows
            .push(IndexRow::of(output::shown(&f.path), name, &f.report));
        Ok(())
    }

    fn failed(&mut self, err: &FileError) {
        self.failed_with(err.path(), err.reason());
    }

    fn failed_with(&mut self, path: &Path, reason: String) {
        self.rows
            .push(IndexRow::failed(output::shown(path), reason));
    }

    fn finish(self) -> std::io::Result<()> {
        let index = self.dir.join("index.html");
        std::fs::write(&index, crate::html::index(&self.rows))?;
        eprintln!("review pages: {}", index.display());
        Ok(())
    }
}

fn check(inputs: &[String], strict: bool, options: &crate::Options) -> Outcome {
    // a folder's reports, and the reports saved as JSON in it
    let mut extensions = files::REPORT_EXTENSIONS.to_vec();
    extensions.push("json");
    let (paths, missing) = files::expand_with(inputs, &extensions);
    let mut ok = missing.is_empty();
    for err in &missing {
        eprintln!("error: {err}");
    }
    let mut out = stdout();
    let (mut errors, mut total) = (0, 0);
    for path in &paths {
        let shown = output::shown(path);
        let is_json = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        let report = if is_json {
            std::fs::read(path)
                .map_err(|e| format!("{shown}: {e}"))
                .and_then(|b| crate::json::from_json_bytes(&b).map_err(|e| format!("{shown}: {e}")))
                .map(|r| {
                    let findings = crate::validate(&r);
                    crate::Report { findings, ..r }
                })
        } else {
            files::extract_file(path, options)
                .map(|f| f.report)
                .map_err(|e| e.to_string())
        };
        let report = match report {
            Ok(r) => r,
            Err(e) => {
                eprintln!("error: {e}");
                ok = false;
                continue;
            }
        };
        // each fact by id, once: linear in facts and findings
        let by_id: std::collections::HashMap<&str, &crate::Fact> =
            report.facts.iter().map(|f| (f.id.as_str(), f)).collect();
        for f in &report.findings {
            total += 1;
            if f.severity == crate::Severity::Error {
                errors += 1;
            }
            let on: Vec<String> = f
                .facts
                .iter()
                .filter_map(|id| by_id.get(id.as_str()).copied())
                .map(|x| format!("{} «{}» at {}", x.id, x.text, x.span.char_start))
                .collect();
            // (a finding of the reporting rules is on the report, not on a figure)
            let on = if on.is_empty() {
                String::new()
            } else {
                format!(" [{}]", on.join(", "))
            };
            writeln!(
                out,
                "{shown}: {} {}: {}{on}",
                f.severity.as_str(),
                f.rule,
                f.message,
            )?;
        }
    }
    out.flush()?;
    eprintln!(
        "fazhi check: {} files, {total} findings, {errors} errors",
        paths.len()
    );
    Ok(ok && !(strict && errors > 0))
}

fn review(input: &Path, out: &Path, options: &crate::Options) -> Outcome {
    Inputs::of(&[input.to_path_buf()]).refuse(out)?;
    match files::extract_file(input, options) {
        Ok(f) => {
            std::fs::write(out, crate::html::review(&f.text, &f.report))
                .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", out.display())))?;
            eprintln!(
                "{}: {} facts, {} findings",
                out.display(),
                f.report.facts.len(),
                f.report.findings.len()
            );
            Ok(true)
        }
        Err(e) => {
            eprintln!("error: {e}");
            Ok(false)
        }
    }
}

fn schema(out: Option<&Path>) -> Outcome {
    match out {
        None => {
            let mut w = stdout();
            writeln!(
                w,
                "{}",
                serde_json::to_string_pretty(&crate::schema::report_schema())
                    .map_err(std::io::Error::other)?
            )?;
            w.flush()?;
        }
        Some(dir) => {
            std::fs::create_dir_all(dir)?;
            for (name, content) in crate::schema::files() {
                std::fs::write(dir.join(name), content)?;
                eprintln!("wrote {}", dir.join(name).display());
            }
        }
    }
    Ok(true)
}

fn concepts(json: bool, registry: &crate::Registry) -> Outcome {
    let mut w = stdout();
    if json {
        let doc = serde_json::to_string_pretty(&crate::schema::concepts_document_of(registry))
            .map_err(std::io::Error::other)?;
        writeln!(w, "{doc}")?;
    } else {
        let mut csv = String::new();
        crate::table::csv_line(&mut csv, ["id", "area", "zh", "en", "value_kind", "unit"]);
        for c in registry.concepts() {
            let row = [c.id, c.area.id(), c.zh, c.en, c.value_kind.as_str(), c.unit];
            crate::table::csv_line(&mut csv, row);
        }
        w.write_all(csv.as_bytes())?;
    }
    w.flush()?;
    Ok(true)
}
