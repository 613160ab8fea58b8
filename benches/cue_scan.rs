//! The floor of `make bench-cost`: one Aho-Corasick pass of the registry's cue words over each
//! file given, counting the matches (the least any reader of those words must do).
//!
//! ```text
//! cargo run --release -p fazhi --example cue_scan -- FILE...
//! ```

use aho_corasick::AhoCorasick;
use std::process::ExitCode;

#[path = "cue_words.rs"]
mod cue_words;

fn main() -> ExitCode {
    // (built as the criterion baseline builds it, so the two count the same scan)
    let automaton = match AhoCorasick::new(cue_words::cue_words()) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: the cue words: {e}");
            return ExitCode::FAILURE;
        }
    };
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {path}: {e}");
                return ExitCode::FAILURE;
            }
        };
        println!("{path}: {} cue words", automaton.find_iter(&text).count());
    }
    ExitCode::SUCCESS
}
