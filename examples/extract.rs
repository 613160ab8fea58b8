//! The library from Rust: read one report, print its facts with their meaning and where they
//! are written, its findings, and optionally its JSON or its review page.
//!
//! ```text
//! cargo run --example extract                         # the bundled Shuozhou 2024 report
//! cargo run --example extract -- PATH                 # another report (a text file, UTF-8)
//! cargo run --example extract -- PATH --json          # the Report as JSON
//! cargo run --example extract -- PATH --html PAGE     # also the review page
//! ```
//!
//! The command-line tool (`cargo run --release -p fazhi --features cli -- --help`) does the
//! same for folders of reports in any encoding, and writes tables.

use std::process::ExitCode;

const BUNDLED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/data/shuozhou-2024.txt"
);

fn main() -> ExitCode {
    let mut path = BUNDLED.to_string();
    let (mut json, mut html) = (false, None);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--html" => html = args.next(),
            _ if arg.starts_with("--") => {
                eprintln!("usage: extract [PATH] [--json] [--html PAGE]");
                return ExitCode::from(2);
            }
            _ => path = arg,
        }
    }
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let report = match fazhi::extract(&text) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    if json {
        println!("{}", fazhi::json::to_json_pretty(&report));
        return ExitCode::SUCCESS;
    }
    for f in &report.facts {
        // every figure knows where it is written: the span slices the text
        let written = &text[f.span.start..f.span.end];
        let meaning = f
            .concept
            .as_deref()
            .and_then(fazhi::concept)
            .map_or("?", |c| c.en);
        let label = f.label.as_ref().map_or("", |l| l.text.as_str());
        println!(
            "{:<4} {:>14} {:<4} «{written}» {meaning} [{label}]",
            f.id,
            f.value.to_string(),
            f.unit
        );
    }
    for finding in &report.findings {
        println!(
            "[{}] {}: {}",
            finding.severity.as_str(),
            finding.rule,
            finding.message
        );
    }
    if let Some(page) = html {
        if let Err(e) = std::fs::write(&page, fazhi::html::review(&text, &report)) {
            eprintln!("error: {page}: {e}");
            return ExitCode::FAILURE;
        }
        eprintln!("review page: {page}");
    }
    ExitCode::SUCCESS
}
