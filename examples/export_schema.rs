//! Writes the generated files of `schema/`: the report's JSON Schema, the concept registry
//! and the rule registry. `make schema` runs it; a test fails when the committed files differ.
//!
//! ```text
//! cargo run --example export_schema [-- DIR]
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../schema")));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    for (name, content) in fazhi::schema::files() {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, content) {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
