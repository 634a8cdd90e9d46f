//! `serve` (the default command): checks the access-control settings, opens and migrates the
//! database, creates the first ADMIN token on an empty one, and serves the HTTP API
//! ([`crate::startup`]) until SIGINT/SIGTERM.

use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::process::ExitCode;

use crate::config::{HttpSettings, Settings};
use crate::db::Db;
use crate::http::auth::AuthMode;

/// Runs `serve`.
pub fn run(settings: &Settings) -> ExitCode {
    crate::telemetry::init(settings.log_format);
    super::report(serve(settings))
}

fn serve(settings: &Settings) -> Result<(), String> {
    check_auth_mode(settings.auth, settings.addr)?;
    let db = crate::startup::open_database(settings)?;
    let http = HttpSettings::from(settings);
    match settings.auth {
        AuthMode::Disabled => tracing::warn!(
            addr = %settings.addr,
            "access control is DISABLED: every caller acts as an administrator; for local trials only"
        ),
        AuthMode::Enabled => first_admin_token(&db, &settings.admin_token_file)?,
    }
    let system = actix_web::rt::System::new();
    let stopped = system
        .block_on(crate::startup::serve(settings, db, http))
        .map_err(|e| format!("server error: {e}"))?;
    if let crate::startup::Stopped::CutOff(_) = stopped {
        // The bound is kept: end now, without waiting for the cut-off requests' work on the
        // blocking threads (the runtime would wait for it). A transaction they left open is
        // never committed: SQLite drops its uncommitted pages on the next open, PostgreSQL
        // rolls it back when the connection closes. The exit status stays 0 (SPEC §8: the
        // shutdown was asked for and done); the warning logged names how many were cut off.
        std::process::exit(0);
    }
    Ok(())
}

/// `--auth disabled` is for trials on one machine: refused unless `addr` is a loopback address.
pub fn check_auth_mode(mode: AuthMode, addr: SocketAddr) -> Result<(), String> {
    if mode == AuthMode::Disabled && !addr.ip().is_loopback() {
        return Err(format!(
            "--auth disabled is for local trials only and is refused on {addr}, which is not a \
             loopback address; listen on 127.0.0.1, or keep access control enabled"
        ));
    }
    Ok(())
}

/// On an empty database, creates the first ADMIN token and writes it to `path`, readable by its
/// owner only. The token never goes to the log: the log says where the file is, and the token
/// is printed only when standard error is a terminal (a person is watching).
fn first_admin_token(db: &Db, path: &std::path::Path) -> Result<(), String> {
    let mut conn = db.conn().map_err(|e| e.to_string())?;
    let created = crate::db::write_tx(&mut conn, crate::service::tokens::create_first_admin)
        .map_err(|e| format!("creating the first admin token failed: {e}"))?;
    let Some(created) = created else {
        return Ok(());
    };
    write_secret(path, &created.token)
        .map_err(|e| format!("writing the admin token to {}: {e}", path.display()))?;
    tracing::warn!(
        file = %path.display(),
        "the database had no API token: created an ADMIN token named “{}” and wrote it to the file \
         (readable by its owner only); create more with `perf-targets token create --role ... --name ...` \
         or POST /api/v1/tokens",
        created.info.name
    );
    if std::io::stderr().is_terminal() {
        eprintln!(
            "\nAdmin API token (also in {}):\n\n    {}\n",
            path.display(),
            created.token
        );
    }
    Ok(())
}

/// Writes `secret` to a new file only its owner can read (an old file there is replaced).
fn write_secret(path: &std::path::Path, secret: &str) -> std::io::Result<()> {
    let _ = std::fs::remove_file(path);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(secret.as_bytes())?;
    file.write_all(b"\n")?;
    file.sync_all()
}
