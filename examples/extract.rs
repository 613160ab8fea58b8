//! The main job: read a report and print what fazhi found in it.
//!
//! ```text
//! cargo run --release --example extract                 # the bundled Shuozhou 2024 report
//! cargo run --release --example extract -- PATH         # another report (`-` for standard input)
//! cargo run --release --example extract -- --json PATH  # the Report as JSON
//! cargo run --release --example extract -- --html review.html [PATH]  # also a review page
//! ```

use fazhi::{Area, Report, Severity, concepts};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::process::ExitCode;

const BUNDLED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/data/shuozhou-2024.txt"
);

fn main() -> ExitCode {
    let mut json = false;
    let mut path: Option<String> = None;
    let mut html: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--html" => match args.next() {
                Some(p) => html = Some(p),
                None => {
                    eprintln!("error: --html needs the path of the page to write");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!(
                    "usage: extract [--json] [--html PAGE] [PATH | -]\nwithout PATH, reads the bundled report {BUNDLED}\n--html PAGE also writes a review page: the text with every figure marked"
                );
                return ExitCode::SUCCESS;
            }
            _ if arg.starts_with("--") => {
                eprintln!("error: unknown option {arg} (see --help)");
                return ExitCode::from(2);
            }
            _ if path.is_none() => path = Some(arg),
            _ => {
                eprintln!("error: unexpected argument {arg:?} (see --help)");
                return ExitCode::from(2);
            }
        }
    }
    let path = path.unwrap_or_else(|| BUNDLED.to_string());
    let text = match read(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let report = match fazhi::extract(&text) {
        Ok(report) => report,
        Err(e) => {
            eprintln!("error: {path}: {e}");
            return ExitCode::from(1);
        }
    };
    if let Some(page) = &html {
        if let Err(e) = std::fs::write(page, fazhi::html::review(&text, &report)) {
            eprintln!("error: writing {page}: {e}");
            return ExitCode::from(1);
        }
        eprintln!("review page: {page}");
    }
    let written = if json {
        writeln!(out, "{}", fazhi::json::to_json_pretty(&report))
    } else {
        print_summary(&mut out, &report)
    };
    // a reader that stops early (`| head`) is no error of ours
    match written.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: writing the output: {e}");
            ExitCode::from(1)
        }
    }
}

fn read(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("standard input: {e}"))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| format!("{path}: {e}"))?
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path}: not UTF-8 text: invalid byte sequence at byte {}",
            e.utf8_error().valid_up_to()
        )
    })
}

fn print_summary(w: &mut impl Write, r: &Report) -> std::io::Result<()> {
    let m = &r.meta;
    let who = m
        .jurisdiction
        .as_ref()
        .map_or("(jurisdiction unknown)".to_string(), |j| {
            format!(
                "{}{}{}",
                j.name,
                j.level.map_or(String::new(), |l| format!(" [{l:?}]")),
                j.division_code
                    .as_ref()
                    .map_or(String::new(), |c| format!(" {c}"))
            )
        });
    writeln!(
        w,
        "{who}, year {}",
        m.year.map_or("unknown".to_string(), |y| y.to_string())
    )?;
    if let Some(t) = &m.title {
        writeln!(w, "{t}")?;
    }
    if let Some(d) = m.published {
        writeln!(w, "published {d}")?;
    }
    let known = r.facts.iter().filter(|f| f.concept.is_some()).count();
    // the most severe finding on each fact, found once
    let mut worst: HashMap<&str, Severity> = HashMap::new();
    for finding in &r.findings {
        for id in &finding.facts {
            let w = worst.entry(id.as_str()).or_insert(finding.severity);
            *w = (*w).max(finding.severity);
        }
    }
    let by_id: HashMap<&str, &fazhi::Fact> = r.facts.iter().map(|f| (f.id.as_str(), f)).collect();
    writeln!(
        w,
        "{} facts ({known} with a concept), {} documents, {} problems, {} plans, {} findings, {} numbers that are not facts\n",
        r.facts.len(),
        r.documents.len(),
        r.problems.len(),
        r.plans.len(),
        r.findings.len(),
        r.not_facts.len()
    )?;
    for area in Area::ALL {
        let facts: Vec<_> = r
            .facts
            .iter()
            .filter(|f| {
                f.concept
                    .as_deref()
                    .and_then(concepts::concept)
                    .is_some_and(|c| c.area == area)
            })
            .collect();
        if facts.is_empty() {
            continue;
        }
        writeln!(w, "== {} / {}", area.zh(), area.en())?;
        for f in facts {
            let c = f
                .concept
                .as_deref()
                .and_then(concepts::concept)
                .expect("filtered on concept");
            let flag = worst.get(f.id.as_str()).copied();
            let change = match f.kind {
                fazhi::FactKind::Level => String::new(),
                kind => format!(
                    " ({} of {})",
                    kind.as_str(),
                    f.change_of.as_deref().unwrap_or("?")
                ),
            };
            writeln!(
                w,
                "  {:<4} {}{:<24} {:>14} {:<4} {:<9} «{}» {} [{}]{change}",
                f.id,
                flag_mark(flag),
                c.zh,
                f.value.to_string(),
                f.unit,
                f.qualifier.as_str(),
                f.text,
                c.en,
                label(f)
            )?;
        }
    }
    let unknown: Vec<_> = r.facts.iter().filter(|f| f.concept.is_none()).collect();
    if !unknown.is_empty() {
        writeln!(
            w,
            "== concept unknown (grouped by what the text calls them)"
        )?;
        for f in unknown {
            let change = f
                .change_of
                .as_deref()
                .map_or(String::new(), |b| format!(" ({} of {b})", f.kind.as_str()));
            writeln!(
                w,
                "  {:<4} {}{:<24} {:>14} {:<4} {:<9} «{}»{change}",
                f.id,
                flag_mark(worst.get(f.id.as_str()).copied()),
                label(f),
                f.value.to_string(),
                f.unit,
                f.qualifier.as_str(),
                f.text,
            )?;
        }
    }
    writeln!(w, "\n== documents")?;
    for d in &r.documents {
        writeln!(w, "  《{}》 {} {:?}", d.title, d.kind.as_str(), d.status)?;
    }
    for (name, items) in [("problems", &r.problems), ("plans", &r.plans)] {
        writeln!(w, "\n== {name}")?;
        for (i, n) in items.iter().enumerate() {
            let short: String = n.text.chars().take(60).collect();
            writeln!(
                w,
                "  {}. {short}{}",
                i + 1,
                if n.text.chars().count() > 60 {
                    "…"
                } else {
                    ""
                }
            )?;
        }
    }
    writeln!(w, "\n== findings")?;
    if r.findings.is_empty() {
        writeln!(w, "  none")?;
    }
    for f in &r.findings {
        let texts: Vec<String> = f
            .facts
            .iter()
            .filter_map(|id| by_id.get(id.as_str()))
            .map(|x| format!("{} «{}»", x.id, x.text))
            .collect();
        writeln!(w, "  [{}] {}: {}", f.severity.as_str(), f.rule, f.message)?;
        writeln!(w, "      on {}", texts.join(", "))?;
        if let Some(s) = &f.suggestion {
            writeln!(w, "      suggestion: {} {} ({})", s.value, s.unit, s.reason)?;
        }
    }
    Ok(())
}

/// The fact's label, or `-` when its sentence has none.
fn label(f: &fazhi::Fact) -> &str {
    f.label.as_ref().map_or("-", |l| l.text.as_str())
}

fn flag_mark(s: Option<Severity>) -> &'static str {
    match s {
        Some(Severity::Error) => "✗ ",
        Some(Severity::Warning) => "! ",
        Some(Severity::Info) => "· ",
        None => "  ",
    }
}
