//! The command line: the clap definitions and the dispatch, one module per command — `serve`
//! (default), `migrate`, `openapi`, `healthcheck`, `token`, `load-example`, `import`, `export`,
//! `backup` —
//! and [`client`], the small HTTP client those that call a running service use.

pub mod backup;
pub mod client;
pub mod export;
pub mod healthcheck;
pub mod import;
pub mod load_example;
pub mod migrate;
pub mod openapi;
pub mod serve;
pub mod token;

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::Settings;

pub use load_example::{EXAMPLE_EVALUATIONS_JSON, EXAMPLE_JSON, EXAMPLE_MONITORING_JSON};

const AFTER_HELP: &str = "\
Environment:
  Every option can also be set by the environment variable shown beside it.
  RUST_LOG sets the log level and filters (default: info), e.g. RUST_LOG=debug or
  RUST_LOG=info,perf_targets=debug.

Examples:
  perf-targets                                  serve on 127.0.0.1:8080 with ./perf-targets.db
  DATABASE_URL=postgres://postgres@127.0.0.1/perf_targets perf-targets serve
  perf-targets openapi > openapi/openapi.json
  perf-targets token create --role SUBMITTER --region 430200 --name 株洲市商务局";

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
    /// Create, list and revoke API tokens, straight in the database at --database-url.
    Token {
        /// What to do with tokens.
        #[command(subcommand)]
        action: TokenAction,
    },
    /// Load the example data (the thirteen 2024 cross-border e-commerce sheets of Hunan) into a
    /// running service with an ADMIN --token: creates the fund and one sheet per region, approves
    /// the sheets, files July monitoring reports of three regions and a self-evaluation of each
    /// region; what exists is left alone.
    LoadExample {
        /// The service (default: the one at --addr).
        #[arg(long)]
        server: Option<String>,
    },
    /// Import sheet files (JSON array, NDJSON, CSV, Excel, the 附件2 forms as .txt or .docx),
    /// or with --kind monitoring reports or self-evaluations (JSON array, NDJSON, CSV, Excel, the
    /// printed forms as .xlsx); the format is taken from the extension. Each file is one bulk
    /// upload: straight into the database at --database-url, or over HTTP with --server. Prints
    /// a summary per file; exits non-zero when anything failed.
    Import {
        /// The files.
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
        /// What the files hold: target sheets, monitoring reports or self-evaluations.
        #[arg(long, value_enum, default_value_t = DocumentKind::Sheets)]
        kind: DocumentKind,
        /// Upload to this service (e.g. http://127.0.0.1:8080) instead of the database.
        #[arg(long)]
        server: Option<String>,
        /// Check everything, save nothing.
        #[arg(long)]
        dry_run: bool,
        /// `atomic`: all of a file or nothing; `partial`: each item on its own.
        #[arg(long, value_enum, default_value_t = ImportMode::Atomic)]
        mode: ImportMode,
    },
    /// Copy the SQLite database at --database-url, while the service serves it, to a new file
    /// (`VACUUM INTO`: the database as it stood when the copy began; the copy is checked with
    /// PRAGMA integrity_check). For PostgreSQL use pg_dump.
    Backup {
        /// The new file (refused if it exists).
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Export sheets, monitoring reports or self-evaluations as one file (JSON, CSV or Excel)
    /// that `import` reads back: from the database at --database-url, or over HTTP with --server.
    Export {
        /// Read from this service (e.g. http://127.0.0.1:8080) instead of the database.
        #[arg(long)]
        server: Option<String>,
        /// What to export: target sheets, monitoring reports or self-evaluations.
        #[arg(long, value_enum, default_value_t = DocumentKind::Sheets)]
        kind: DocumentKind,
        /// File format.
        #[arg(long, value_enum, default_value_t = crate::exchange::ExportFormat::Json)]
        format: crate::exchange::ExportFormat,
        /// Only those of this fund.
        #[arg(long)]
        fund_id: Option<i64>,
        /// Only those of funds of this year.
        #[arg(long)]
        year: Option<i32>,
        /// Only those of this region (six-digit code).
        #[arg(long)]
        region_code: Option<String>,
        /// Only reports for this month, 1–12 (with --kind monitoring).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=12))]
        month: Option<u32>,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        out: Option<std::path::PathBuf>,
    },
}

/// What `token` does.
#[derive(Debug, Subcommand)]
pub enum TokenAction {
    /// Create a token and print it, alone, on standard output (it is shown this once).
    Create {
        /// ADMIN, REVIEWER, SUBMITTER or READER.
        #[arg(long, value_parser = parse_role)]
        role: crate::domain::access::Role,
        /// For SUBMITTER: a region code whose sheets it may write (repeat for several).
        #[arg(long = "region")]
        regions: Vec<String>,
        /// Who holds the token (unique among active tokens); revisions name it as the actor.
        #[arg(long)]
        name: String,
    },
    /// List tokens (never the tokens themselves): id, role, regions, name, and when revoked.
    List,
    /// Revoke a token by its id.
    Revoke {
        /// The token's id (see `token list`).
        id: i64,
    },
}

fn parse_role(s: &str) -> Result<crate::domain::access::Role, String> {
    crate::domain::access::Role::parse(s)
        .ok_or_else(|| format!("unknown role `{s}`; use ADMIN, REVIEWER, SUBMITTER or READER"))
}

/// What `import` reads or `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum DocumentKind {
    /// Target sheets (`GET /sheets/export`, `POST /sheets/bulk`).
    #[default]
    Sheets,
    /// Monitoring reports (`GET /monitoring/export`, `POST /monitoring/bulk`).
    Monitoring,
    /// Self-evaluations (`GET /self-evaluations/export`, `POST /self-evaluations/bulk`).
    SelfEvaluation,
}

impl DocumentKind {
    /// The path of the service's export.
    fn export_path(self) -> &'static str {
        match self {
            DocumentKind::Sheets => "/api/v1/sheets/export",
            DocumentKind::Monitoring => "/api/v1/monitoring/export",
            DocumentKind::SelfEvaluation => "/api/v1/self-evaluations/export",
        }
    }

    /// The path of the service's bulk upload.
    fn bulk_path(self) -> &'static str {
        match self {
            DocumentKind::Sheets => "/api/v1/sheets/bulk",
            DocumentKind::Monitoring => "/api/v1/monitoring/bulk",
            DocumentKind::SelfEvaluation => "/api/v1/self-evaluations/bulk",
        }
    }
}

/// How `import` saves a file.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ImportMode {
    /// All of a file or nothing.
    Atomic,
    /// Each item (sheet, report or evaluation) on its own.
    Partial,
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let settings = cli.settings;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve::run(&settings),
        Command::Migrate => migrate::run(&settings),
        Command::Token { action } => token::run(&settings, action),
        Command::Openapi => openapi::run(),
        Command::Healthcheck { timeout } => healthcheck::run(&settings, timeout),
        Command::Import {
            files,
            kind,
            server,
            dry_run,
            mode,
        } => import::run(&settings, kind, files, server, dry_run, mode),
        Command::Export {
            server,
            kind,
            format,
            fund_id,
            year,
            region_code,
            month,
            out,
        } => export::run(
            &settings,
            server,
            export::ExportRequest {
                kind,
                format,
                fund_id,
                year,
                region_code,
                month,
                out,
            },
        ),
        Command::LoadExample { server } => load_example::run(&settings, server),
        Command::Backup { out } => backup::run(&settings, &out),
    }
}

/// The exit code of a command's result; an error is logged and printed.
pub(crate) fn report(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            eprintln!("perf-targets: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Prints a progress line; a closed standard output (`| head`) does not stop the work.
pub(crate) fn say(line: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}
