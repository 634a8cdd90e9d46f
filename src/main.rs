//! The `perf-targets` binary: parse the command line and run the chosen command.

use clap::Parser;

fn main() -> std::process::ExitCode {
    perf_targets::cli::run(perf_targets::cli::Cli::parse())
}
