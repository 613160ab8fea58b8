//! `fazhi`, the command-line tool: see [`fazhi::cli`] (built with the `cli` feature).

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(fazhi::cli::run(std::env::args_os().skip(1)))
}
