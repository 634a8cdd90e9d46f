//! `openapi`: prints the OpenAPI document (JSON) on standard output.

use std::io::Write;
use std::process::ExitCode;

/// Runs `openapi`.
pub fn run() -> ExitCode {
    let doc = crate::http::app::openapi_json();
    let mut out = std::io::stdout().lock();
    super::report(writeln!(out, "{doc}").map_err(|e| e.to_string()))
}
