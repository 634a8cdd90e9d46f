//! An online copy of a SQLite database (`perf-targets backup`): `VACUUM INTO` reads the database
//! in one read transaction, so the copy is the database as it stood when the copy began, whatever
//! is written meanwhile (writers are not held up: the database runs in WAL mode). PostgreSQL is
//! refused: `pg_dump` is its online backup.

use std::path::Path;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::sql_types::Text;
use diesel::sqlite::SqliteConnection;
use diesel::{Connection, QueryableByName, RunQueryDsl};

use super::{Backend, DatabaseUrl};

/// What a finished backup wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupReport {
    /// Size of the copy in bytes.
    pub bytes: u64,
}

#[derive(QueryableByName)]
struct Check {
    #[diesel(sql_type = Text)]
    integrity_check: String,
}

/// Copies the SQLite database `url` to the new file `out`, then checks the copy with
/// `PRAGMA integrity_check`. Refuses a PostgreSQL URL (naming `pg_dump`), a database file that
/// does not exist (rather than back up a new empty one), and an `out` that exists: a backup never
/// overwrites a file. The copy is written beside `out` under a temporary name and linked to
/// `out` only when complete and checked, so `out` never holds a partial copy.
pub fn backup_sqlite(
    url: &DatabaseUrl,
    out: &Path,
    busy_timeout: Duration,
) -> Result<BackupReport, String> {
    if url.backend == Backend::Postgres {
        return Err(format!(
            "`backup` copies SQLite databases only; back up PostgreSQL with pg_dump, e.g. \
             `pg_dump --format=custom --file={} '{}'`",
            out.display(),
            url.redacted()
        ));
    }
    let source = &url.target;
    if !source.starts_with("file:") && !Path::new(source).is_file() {
        return Err(format!("no SQLite database at {source}"));
    }
    if out.exists() {
        return Err(format!(
            "{} exists; a backup never overwrites a file: name a new one",
            out.display()
        ));
    }
    let partial = out.with_file_name(format!(
        ".{}.partial-{}",
        out.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        std::process::id()
    ));
    let result = copy_and_check(source, out, &partial, busy_timeout);
    let _ = std::fs::remove_file(&partial);
    result
}

fn copy_and_check(
    source: &str,
    out: &Path,
    partial: &Path,
    busy_timeout: Duration,
) -> Result<BackupReport, String> {
    let target = partial
        .to_str()
        .ok_or_else(|| format!("{} is not a UTF-8 path", out.display()))?;
    let mut conn = SqliteConnection::establish(source).map_err(|e| format!("{source}: {e}"))?;
    conn.batch_execute(&format!(
        "PRAGMA busy_timeout = {};",
        busy_timeout.as_millis()
    ))
    .map_err(|e| format!("{source}: {e}"))?;
    conn.batch_execute(&format!("VACUUM INTO '{}'", target.replace('\'', "''")))
        .map_err(|e| format!("copying {source} to {}: {e}", out.display()))?;
    drop(conn);

    let mut copy = SqliteConnection::establish(target).map_err(|e| format!("{target}: {e}"))?;
    let rows: Vec<Check> = diesel::sql_query("PRAGMA integrity_check")
        .load(&mut copy)
        .map_err(|e| format!("checking the copy: {e}"))?;
    drop(copy);
    let verdict: Vec<&str> = rows.iter().map(|r| r.integrity_check.as_str()).collect();
    if verdict != ["ok"] {
        return Err(format!(
            "the copy failed PRAGMA integrity_check: {}",
            verdict.join("; ")
        ));
    }
    // A hard link does not replace an existing file: a file that appeared at `out` meanwhile is
    // left alone.
    std::fs::hard_link(partial, out).map_err(|e| format!("{}: {e}", out.display()))?;
    let bytes = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    Ok(BackupReport { bytes })
}
