//! Every setting, from command-line flags and environment variables (SPEC §3). `--help` shows
//! them all.

use std::net::SocketAddr;
use std::time::Duration;

use clap::{Args, ValueEnum};

use crate::db::{DatabaseUrl, DbError, DbSettings};

/// Log line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// One human-readable line per event (default).
    Human,
    /// One JSON object per event, for log collectors.
    Json,
}

/// Settings shared by all commands.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Database: a SQLite file path (or sqlite://PATH), or postgres://USER@HOST/DB.
    /// The SQLite file is created and migrated when missing.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "perf-targets.db",
        hide_env_values = true,
        global = true
    )]
    pub database_url: String,

    /// Address to listen on (and that `healthcheck` calls).
    #[arg(
        long,
        env = "PERF_TARGETS_ADDR",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    pub addr: SocketAddr,

    /// Log format; the level is set with RUST_LOG (default `info`).
    #[arg(
        long,
        env = "PERF_TARGETS_LOG_FORMAT",
        value_enum,
        default_value_t = LogFormat::Human,
        global = true
    )]
    pub log_format: LogFormat,

    /// Number of HTTP worker threads (default: one per CPU core).
    #[arg(long, env = "PERF_TARGETS_WORKERS", global = true)]
    pub workers: Option<usize>,

    /// Largest number of pooled database connections.
    #[arg(
        long,
        env = "PERF_TARGETS_POOL_SIZE",
        default_value_t = 8,
        global = true
    )]
    pub pool_size: u32,

    /// Seconds to wait for a database connection before answering 503 (and before giving up at
    /// start-up).
    #[arg(
        long,
        env = "PERF_TARGETS_DB_TIMEOUT",
        default_value_t = 5,
        global = true
    )]
    pub db_timeout: u64,

    /// Milliseconds a SQLite statement waits for another writer's lock.
    #[arg(
        long,
        env = "PERF_TARGETS_SQLITE_BUSY_TIMEOUT",
        default_value_t = 5000,
        global = true
    )]
    pub sqlite_busy_timeout: u64,

    /// Browser origins allowed to call the API (CORS), comma-separated, e.g.
    /// `https://budget.example.gov.cn`; `*` allows any origin. Empty (default): no cross-origin
    /// access.
    #[arg(
        long,
        env = "PERF_TARGETS_CORS_ORIGINS",
        value_delimiter = ',',
        global = true
    )]
    pub cors_origins: Vec<String>,

    /// Seconds to let in-flight requests finish after SIGTERM or Ctrl-C.
    #[arg(
        long,
        env = "PERF_TARGETS_SHUTDOWN_TIMEOUT",
        default_value_t = 30,
        global = true
    )]
    pub shutdown_timeout: u64,
}

impl Settings {
    /// Database settings derived from these settings.
    pub fn db_settings(&self) -> Result<DbSettings, DbError> {
        Ok(DbSettings {
            url: DatabaseUrl::parse(&self.database_url)?,
            pool_size: self.pool_size,
            connect_timeout: Duration::from_secs(self.db_timeout.max(1)),
            sqlite_busy_timeout: Duration::from_millis(self.sqlite_busy_timeout),
        })
    }
}

/// Web-facing settings the application needs at run time.
#[derive(Debug, Clone, Default)]
pub struct HttpSettings {
    /// Allowed CORS origins (`*` for any).
    pub cors_origins: Vec<String>,
}

impl From<&Settings> for HttpSettings {
    fn from(s: &Settings) -> Self {
        HttpSettings {
            cors_origins: s
                .cors_origins
                .iter()
                .map(|o| o.trim().to_string())
                .filter(|o| !o.is_empty())
                .collect(),
        }
    }
}
