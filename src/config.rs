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

    /// API token for commands that call a running service (`import --server`,
    /// `export --server`, `load-example`).
    #[arg(
        long,
        env = "PERF_TARGETS_TOKEN",
        hide_env_values = true,
        global = true
    )]
    pub token: Option<String>,

    /// Access control: `enabled` (default) asks every operation outside the public ones for a
    /// bearer token; `disabled` lets every caller act as an administrator, for local trials
    /// only, and is refused unless --addr is a loopback address.
    #[arg(
        long,
        env = "PERF_TARGETS_AUTH",
        value_enum,
        default_value_t = AuthMode::Enabled,
        global = true
    )]
    pub auth: AuthMode,

    /// Requests per second each token may make, sustained (per instance); 0 for no limit.
    #[arg(
        long,
        env = "PERF_TARGETS_RATE_LIMIT",
        default_value_t = 100,
        global = true
    )]
    pub rate_limit: u32,

    /// Requests a token may make at once before --rate-limit applies.
    #[arg(
        long,
        env = "PERF_TARGETS_RATE_BURST",
        default_value_t = 200,
        global = true
    )]
    pub rate_burst: u32,

    /// MiB of request bodies each token may send per minute (per instance); 0 for no limit.
    #[arg(
        long,
        env = "PERF_TARGETS_UPLOAD_LIMIT_MIB",
        default_value_t = 256,
        global = true
    )]
    pub upload_limit_mib: u32,

    /// Seconds a looked-up token is trusted before the database is asked again (a token
    /// revoked on another instance stops working within this time); 0 to ask every time.
    #[arg(
        long,
        env = "PERF_TARGETS_TOKEN_CACHE_SECONDS",
        default_value_t = 5,
        global = true
    )]
    pub token_cache_seconds: u64,

    /// MiB of rendered sheet bodies kept for `GET /sheets/{id}`, each served again only while
    /// the sheet and its fund keep their versions; 0 turns the cache off.
    #[arg(
        long,
        env = "PERF_TARGETS_SHEET_CACHE_MIB",
        default_value_t = DEFAULT_SHEET_CACHE_MIB,
        global = true
    )]
    pub sheet_cache_mib: u32,

    /// Where the first start of an empty database writes its administrator token (readable by
    /// its owner only).
    #[arg(
        long,
        env = "PERF_TARGETS_ADMIN_TOKEN_FILE",
        default_value = "perf-targets.admin-token",
        global = true
    )]
    pub admin_token_file: std::path::PathBuf,

    /// `GET /metrics` (Prometheus text, no token, no data: request counts and latencies per
    /// operation, the connection pool, bulk items, the sheet cache): `enabled` (default) or
    /// `disabled` (the path then answers 404).
    #[arg(
        long,
        env = "PERF_TARGETS_METRICS",
        value_enum,
        default_value_t = Switch::Enabled,
        global = true
    )]
    pub metrics: Switch,

    /// Seconds to let in-flight requests finish after SIGTERM or SIGINT (Ctrl-C): the server
    /// stops accepting connections at once, and when this bound passes the process exits 0,
    /// cutting off the requests still running (unanswered, their transactions rolled back).
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
#[derive(Debug, Clone)]
pub struct HttpSettings {
    /// Allowed CORS origins (`*` for any).
    pub cors_origins: Vec<String>,
    /// Access control and limits.
    pub auth: AuthSettings,
    /// MiB of rendered sheet bodies kept (0: none).
    pub sheet_cache_mib: u32,
    /// Whether `GET /metrics` answers.
    pub metrics: Switch,
}

impl Default for HttpSettings {
    fn default() -> Self {
        HttpSettings {
            cors_origins: Vec::new(),
            auth: AuthSettings::default(),
            sheet_cache_mib: DEFAULT_SHEET_CACHE_MIB,
            metrics: Switch::Enabled,
        }
    }
}

/// Default of `--sheet-cache-mib`.
pub const DEFAULT_SHEET_CACHE_MIB: u32 = 32;

impl From<&Settings> for HttpSettings {
    fn from(s: &Settings) -> Self {
        HttpSettings {
            cors_origins: s
                .cors_origins
                .iter()
                .map(|o| o.trim().to_string())
                .filter(|o| !o.is_empty())
                .collect(),
            auth: AuthSettings {
                mode: s.auth,
                requests_per_second: s.rate_limit,
                request_burst: s.rate_burst,
                upload_mib_per_minute: s.upload_limit_mib,
                cache_ttl: Duration::from_secs(s.token_cache_seconds),
            },
            sheet_cache_mib: s.sheet_cache_mib,
            metrics: s.metrics,
        }
    }
}

/// A feature turned on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Switch {
    /// On (default).
    #[default]
    Enabled,
    /// Off.
    Disabled,
}

/// Whether requests must carry a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum AuthMode {
    /// Every operation outside the public ones needs a bearer token (default).
    #[default]
    Enabled,
    /// No token is asked for and every caller acts as an administrator: for local trials only,
    /// refused unless the service listens on a loopback address.
    Disabled,
}

/// Access-control settings.
#[derive(Debug, Clone)]
pub struct AuthSettings {
    /// Whether tokens are required.
    pub mode: AuthMode,
    /// Requests per second each token may make (sustained); 0 for no limit.
    pub requests_per_second: u32,
    /// Requests a token may make at once before the rate applies.
    pub request_burst: u32,
    /// MiB of request bodies each token may send per minute; 0 for no limit.
    pub upload_mib_per_minute: u32,
    /// How long a token, once looked up, is trusted without asking the database again. A token
    /// revoked through this instance is forgotten at once; one revoked elsewhere within this
    /// time.
    pub cache_ttl: Duration,
}

impl Default for AuthSettings {
    fn default() -> Self {
        AuthSettings {
            mode: AuthMode::Enabled,
            requests_per_second: 0,
            request_burst: 0,
            upload_mib_per_minute: 0,
            cache_ttl: Duration::from_secs(5),
        }
    }
}
