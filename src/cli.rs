//! The command line: `serve` (default), `migrate`, `openapi`, `healthcheck`.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};

use crate::config::{HttpSettings, Settings};
use crate::db::Db;

const AFTER_HELP: &str = "\
Environment:
  Every option can also be set by the environment variable shown beside it.
  RUST_LOG sets the log level and filters (default: info), e.g. RUST_LOG=debug or
  RUST_LOG=info,perf_targets=debug.

Examples:
  perf-targets                                  serve on 127.0.0.1:8080 with ./perf-targets.db
  DATABASE_URL=postgres://postgres@127.0.0.1/perf_targets perf-targets serve
  perf-targets openapi > openapi/openapi.json";

/// perf-targets: budget performance target sheets (预算绩效目标表) over REST/JSON.
#[derive(Debug, Parser)]
#[command(name = "perf-targets", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    /// Settings shared by every command.
    #[command(flatten)]
    pub settings: Settings,

    /// What to do (default: serve).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the HTTP API (the default): migrates the database first.
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Print the OpenAPI document (JSON) on standard output.
    Openapi,
    /// Exit 0 when the service at --addr answers /readyz with 200 (for container health checks).
    Healthcheck {
        /// Seconds to wait for the answer.
        #[arg(long, default_value_t = 3)]
        timeout: u64,
    },
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let settings = cli.settings;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            crate::telemetry::init(settings.log_format);
            report(serve(&settings))
        }
        Command::Migrate => {
            crate::telemetry::init(settings.log_format);
            report(migrate(&settings))
        }
        Command::Openapi => {
            let doc = crate::app::openapi_json();
            let mut out = std::io::stdout().lock();
            report(writeln!(out, "{doc}").map_err(|e| e.to_string()))
        }
        Command::Healthcheck { timeout } => {
            match healthcheck(settings.addr, Duration::from_secs(timeout.max(1))) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("unhealthy: {e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

fn report(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            eprintln!("perf-targets: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Connects to the database and applies migrations, with messages fit for an operator.
pub fn open_database(settings: &Settings) -> Result<Db, String> {
    let db_settings = settings.db_settings().map_err(|e| e.to_string())?;
    tracing::info!(database = %db_settings.url.redacted(), "opening database");
    let db = Db::connect(&db_settings).map_err(|e| e.to_string())?;
    let applied = db.migrate().map_err(|e| e.to_string())?;
    if !applied.is_empty() {
        tracing::info!(migrations = ?applied, "applied migrations");
    }
    Ok(db)
}

fn migrate(settings: &Settings) -> Result<(), String> {
    open_database(settings).map(|_| ())
}

fn serve(settings: &Settings) -> Result<(), String> {
    let db = open_database(settings)?;
    let http = HttpSettings::from(settings);
    let system = actix_web::rt::System::new();
    system
        .block_on(crate::app::serve(settings, db, http))
        .map_err(|e| format!("server error: {e}"))
}

/// Calls `GET /readyz` on `addr` (an unspecified address such as 0.0.0.0 means loopback).
pub fn healthcheck(addr: SocketAddr, timeout: Duration) -> Result<(), String> {
    let mut target = addr;
    if target.ip().is_unspecified() {
        target.set_ip(match target.ip() {
            IpAddr::V4(_) => IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(_) => IpAddr::V6(Ipv6Addr::LOCALHOST),
        });
    }
    let mut stream =
        TcpStream::connect_timeout(&target, timeout).map_err(|e| format!("{target}: {e}"))?;
    stream
        .set_read_timeout(Some(timeout))
        .map_err(|e| e.to_string())?;
    stream
        .set_write_timeout(Some(timeout))
        .map_err(|e| e.to_string())?;
    write!(
        stream,
        "GET /readyz HTTP/1.1\r\nHost: {target}\r\nUser-Agent: perf-targets-healthcheck\r\nConnection: close\r\n\r\n"
    )
    .map_err(|e| e.to_string())?;
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).map_err(|e| e.to_string())?;
    let status_line = String::from_utf8_lossy(&head);
    if status_line.starts_with("HTTP/1.1 200") || status_line.starts_with("HTTP/1.0 200") {
        Ok(())
    } else {
        Err(format!("/readyz answered {}", status_line.trim()))
    }
}
