//! `migrate`: applies pending database migrations and exits.

use std::process::ExitCode;

use crate::config::Settings;

/// Runs `migrate`.
pub fn run(settings: &Settings) -> ExitCode {
    crate::telemetry::init(settings.log_format);
    super::report(migrate(settings))
}

fn migrate(settings: &Settings) -> Result<(), String> {
    crate::startup::open_database_for_command(settings).map(|_| ())
}
