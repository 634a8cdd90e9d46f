//! `backup --out FILE`: a consistent copy of the live SQLite database, taken while the service
//! serves ([`crate::db::backup`]); PostgreSQL is pointed to `pg_dump`.

use std::path::Path;
use std::process::ExitCode;

use crate::config::Settings;
use crate::db::backup::backup_sqlite;
use crate::db::DatabaseUrl;

/// Runs `backup`.
pub fn run(settings: &Settings, out: &Path) -> ExitCode {
    crate::telemetry::init(settings.log_format);
    super::report(backup(settings, out))
}

fn backup(settings: &Settings, out: &Path) -> Result<(), String> {
    let url = DatabaseUrl::parse(&settings.database_url).map_err(|e| e.to_string())?;
    let started = std::time::Instant::now();
    let done = backup_sqlite(
        &url,
        out,
        std::time::Duration::from_millis(settings.sqlite_busy_timeout),
    )?;
    super::say(format_args!(
        "backed up {} to {} ({} bytes, {:.1} s); the copy passes PRAGMA integrity_check",
        url.redacted(),
        out.display(),
        done.bytes,
        started.elapsed().as_secs_f64()
    ));
    Ok(())
}
