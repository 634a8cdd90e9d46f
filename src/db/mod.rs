//! Persistence: one binary, two backends (SQLite embedded, PostgreSQL for many instances).
//!
//! - [`DbConnection`] is a `MultiConnection` over both backends; query functions are written once
//!   against it.
//! - [`ConnectionManager`] is our own r2d2 manager: it picks the backend from the URL itself and
//!   reports the real connection error (the derived `establish` would only say
//!   "invalid connection url"), and sets the SQLite pragmas on every pooled connection.
//! - [`Db::run`] runs blocking database work on the runtime's blocking pool, off the workers; [`Db::write`] runs it inside
//!   [`write_tx`], the one write-transaction helper every write goes through.

pub mod backup;
pub mod evaluations;
pub mod funds;
pub mod idempotency;
pub mod monitoring;
pub mod regions;
pub mod revisions;
pub mod schema;
pub mod sheets;
pub mod tokens;

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::pg::PgConnection;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel::sqlite::SqliteConnection;
use diesel::Connection;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};
use tracing::Instrument;

/// The current time in UTC, truncated to microseconds (what both backends keep).
pub fn now() -> chrono::NaiveDateTime {
    let now = chrono::Utc::now().naive_utc();
    let micros = now.and_utc().timestamp_micros();
    chrono::DateTime::from_timestamp_micros(micros)
        .map(|d| d.naive_utc())
        .unwrap_or(now)
}

/// A stored UTC timestamp as a `DateTime<Utc>`.
pub fn utc(t: chrono::NaiveDateTime) -> chrono::DateTime<chrono::Utc> {
    t.and_utc()
}

/// A stored value this version cannot read (an unknown status, a template that does not parse),
/// as a query error: the request fails with a 500 and the log names the row and the value,
/// instead of the value being guessed.
pub fn unreadable(what: String) -> DieselError {
    DieselError::DeserializationError(what.into())
}

/// Migrations for SQLite, embedded in the binary.
pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
/// Migrations for PostgreSQL, embedded in the binary.
pub const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Key of the PostgreSQL advisory lock held while migrating, so that instances starting at the
/// same time do not migrate twice.
const MIGRATION_LOCK_KEY: i64 = 0x7065_7266_7467_7473;

/// How often a write transaction is attempted when PostgreSQL reports a serialization failure.
const WRITE_ATTEMPTS: u32 = 10;

/// The pause before attempt `attempt + 1`: exponential from 2 ms, capped at 100 ms, with random
/// jitter (half to all of it) so that writers that collided do not collide again in step.
fn retry_pause(attempt: u32) -> Duration {
    let ceiling = (2u64 << attempt.min(6)).min(100);
    let jitter = (uuid::Uuid::new_v4().as_u128() % 1000) as u64;
    Duration::from_micros(ceiling * 500 + ceiling * jitter / 2)
}

/// Runs `$body` with `$c` bound to the backend's own connection (`SqliteConnection` or
/// `PgConnection`), for hot queries: `MultiConnection` writes a query's SQL text out again on
/// every call, even when the prepared statement is cached.
macro_rules! on_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::db::DbConnection::Sqlite($c) => $body,
            $crate::db::DbConnection::Pg($c) => $body,
        }
    };
}
pub(crate) use on_backend;

/// Inserts `$rows` (a slice of `Insertable` rows) into `$table`, `$batch` rows per statement on
/// both backends. Evaluates to `Ok(())`, returning the first error from the enclosing function
/// (which returns a `QueryResult`).
///
/// The rows must insert NULL for `None` (`treat_none_as_default_value = false`): on SQLite a row
/// that may hold `DEFAULT` makes diesel insert the batch one row at a time.
macro_rules! insert_batched {
    ($conn:expr, $table:expr, $rows:expr, $batch:expr) => {{
        for batch in $rows.chunks($batch) {
            $crate::db::on_backend!($conn, |c| diesel::insert_into($table)
                .values(batch)
                .execute(c))?;
        }
        Ok(())
    }};
}
pub(crate) use insert_batched;

/// A connection to either backend.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    /// Embedded SQLite (the default).
    Sqlite(SqliteConnection),
    /// PostgreSQL.
    Pg(PgConnection),
}

/// Which database engine a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// SQLite file (bundled library).
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

impl Backend {
    /// Lower-case name, as reported by `/readyz`.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// A parsed `DATABASE_URL`.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl {
    /// The engine.
    pub backend: Backend,
    /// What the engine's driver is given: a file path (or `file:` URI) for SQLite, the URL for
    /// PostgreSQL.
    pub target: String,
}

impl DatabaseUrl {
    /// Parses a URL: `postgres://` or `postgresql://` → PostgreSQL; `sqlite://PATH`,
    /// `sqlite:PATH` or a plain path → SQLite; any other scheme is refused.
    pub fn parse(url: &str) -> Result<Self, DbError> {
        let url = url.trim();
        let (backend, target) =
            if url.starts_with("postgres://") || url.starts_with("postgresql://") {
                (Backend::Postgres, url)
            } else if let Some(path) = url.strip_prefix("sqlite://") {
                (Backend::Sqlite, path)
            } else if let Some(path) = url.strip_prefix("sqlite:") {
                (Backend::Sqlite, path)
            } else if let Some((scheme, _)) = url.split_once("://") {
                return Err(DbError::Url(format!(
                "unsupported scheme `{scheme}://`; use postgres://…, sqlite://PATH or a file path"
            )));
            } else {
                (Backend::Sqlite, url)
            };
        if target.is_empty() {
            return Err(DbError::Url("the database URL names no database".into()));
        }
        Ok(DatabaseUrl {
            backend,
            target: target.to_string(),
        })
    }

    /// The URL with any password replaced by `***`, safe to log.
    pub fn redacted(&self) -> String {
        if self.backend == Backend::Postgres {
            if let Some((scheme, rest)) = self.target.split_once("://") {
                if let Some((userinfo, host)) = rest.split_once('@') {
                    if let Some((user, _)) = userinfo.split_once(':') {
                        return format!("{scheme}://{user}:***@{host}");
                    }
                }
            }
        }
        self.target.clone()
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}({})", self.backend, self.redacted())
    }
}

/// Everything that can go wrong below the API.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// `DATABASE_URL` cannot be used.
    #[error("invalid DATABASE_URL: {0}")]
    Url(String),
    /// The driver refused to connect; its own message is kept.
    #[error("cannot connect to the database: {0}")]
    Connect(#[from] diesel::ConnectionError),
    /// No pooled connection could be had in time.
    #[error("database pool: {0}")]
    Pool(#[from] r2d2::Error),
    /// A statement failed.
    #[error("database query: {0}")]
    Query(#[from] DieselError),
    /// Applying or reverting migrations failed.
    #[error("database migration: {0}")]
    Migration(String),
    /// The blocking task was cancelled (the server is shutting down).
    #[error("database task cancelled")]
    Canceled,
    /// The database did not answer a check.
    #[error("database unavailable: {0}")]
    Unavailable(String),
}

impl DbError {
    /// True when the connection to the database was lost (the server restarted or dropped
    /// it): the database is unavailable, not the request wrong.
    pub fn is_connection_lost(&self) -> bool {
        use diesel::result::DatabaseErrorKind as K;
        matches!(
            self,
            DbError::Query(
                DieselError::DatabaseError(K::ClosedConnection | K::UnableToSendCommand, _)
                    | DieselError::BrokenTransactionManager
            )
        )
    }
}

/// Errors that can say whether they are a serialization failure worth retrying.
pub trait Retryable {
    /// True when the transaction failed only because a concurrent transaction won.
    fn is_serialization_failure(&self) -> bool;
}

impl Retryable for DieselError {
    fn is_serialization_failure(&self) -> bool {
        match self {
            DieselError::DatabaseError(DatabaseErrorKind::SerializationFailure, _) => true,
            DieselError::DatabaseError(_, info) => info.message().contains("deadlock detected"),
            _ => false,
        }
    }
}

impl Retryable for DbError {
    fn is_serialization_failure(&self) -> bool {
        matches!(self, DbError::Query(e) if e.is_serialization_failure())
    }
}

/// Connection settings beyond the URL.
#[derive(Debug, Clone)]
pub struct DbSettings {
    /// Which database.
    pub url: DatabaseUrl,
    /// Largest number of pooled connections.
    pub pool_size: u32,
    /// How long to wait for a connection (at start-up and per request) before giving up.
    pub connect_timeout: Duration,
    /// SQLite `busy_timeout`: how long a statement waits for a lock held by another writer.
    pub sqlite_busy_timeout: Duration,
}

impl DbSettings {
    /// Default settings for a URL.
    pub fn new(url: DatabaseUrl) -> Self {
        DbSettings {
            url,
            pool_size: 8,
            connect_timeout: Duration::from_secs(5),
            sqlite_busy_timeout: Duration::from_secs(5),
        }
    }
}

/// r2d2 manager that opens the backend the URL names and prepares each connection.
#[derive(Debug)]
pub struct ConnectionManager {
    url: DatabaseUrl,
    sqlite_busy_timeout: Duration,
}

impl ConnectionManager {
    /// A manager for these settings.
    pub fn new(settings: &DbSettings) -> Self {
        ConnectionManager {
            url: settings.url.clone(),
            sqlite_busy_timeout: settings.sqlite_busy_timeout,
        }
    }

    /// Opens one prepared connection.
    pub fn establish(&self) -> Result<DbConnection, DbError> {
        match self.url.backend {
            Backend::Sqlite => {
                let mut conn = SqliteConnection::establish(&self.url.target)?;
                conn.batch_execute(&format!(
                    "PRAGMA busy_timeout = {}; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
                    self.sqlite_busy_timeout.as_millis()
                ))?;
                Ok(DbConnection::Sqlite(conn))
            }
            Backend::Postgres => Ok(DbConnection::Pg(PgConnection::establish(&self.url.target)?)),
        }
    }
}

/// How long a PostgreSQL connection that answered `SELECT 1` is trusted before it is asked
/// again as it leaves the pool.
pub const CONNECTION_CHECK_INTERVAL: Duration = Duration::from_secs(1);

/// A pooled connection: the connection and when it last proved alive.
pub struct PooledDb {
    conn: DbConnection,
    checked: Instant,
}

impl std::ops::Deref for PooledDb {
    type Target = DbConnection;

    fn deref(&self) -> &DbConnection {
        &self.conn
    }
}

impl std::ops::DerefMut for PooledDb {
    fn deref_mut(&mut self) -> &mut DbConnection {
        &mut self.conn
    }
}

impl r2d2::ManageConnection for ConnectionManager {
    type Connection = PooledDb;
    type Error = DbError;

    fn connect(&self) -> Result<PooledDb, DbError> {
        Ok(PooledDb {
            conn: self.establish()?,
            checked: Instant::now(),
        })
    }

    /// SQLite connections are handles on a local file and never go stale. A PostgreSQL
    /// connection is asked `SELECT 1` when it leaves the pool, at most once per
    /// [`CONNECTION_CHECK_INTERVAL`]: a server restart costs at most the requests of that
    /// interval, and a busy pool is not paying a round trip per request for it.
    fn is_valid(&self, pooled: &mut PooledDb) -> Result<(), DbError> {
        if matches!(pooled.conn, DbConnection::Sqlite(_))
            || pooled.checked.elapsed() < CONNECTION_CHECK_INTERVAL
        {
            return Ok(());
        }
        pooled
            .conn
            .batch_execute("SELECT 1")
            .map_err(DbError::from)?;
        pooled.checked = Instant::now();
        Ok(())
    }

    fn has_broken(&self, pooled: &mut PooledDb) -> bool {
        use diesel::r2d2::R2D2Connection;
        std::thread::panicking() || pooled.conn.is_broken()
    }
}

/// Logs connection failures of the pool through tracing.
#[derive(Debug)]
struct LogPoolErrors;

impl r2d2::HandleError<DbError> for LogPoolErrors {
    fn handle_error(&self, error: DbError) {
        tracing::warn!(%error, "database connection failed");
    }
}

/// The connection pool.
pub type Pool = r2d2::Pool<ConnectionManager>;

/// The database handle shared by all workers: a pool plus the backend it talks to.
#[derive(Clone)]
pub struct Db {
    pool: Pool,
    backend: Backend,
    checkouts: Arc<Checkouts>,
}

/// Counts of the connections taken from the pool for requests ([`Db::run`]).
#[derive(Debug, Default)]
struct Checkouts {
    total: AtomicU64,
    waited: AtomicU64,
    wait_micros: AtomicU64,
}

/// The pool as it stands, and how long requests waited for it (`GET /metrics`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolStats {
    /// Largest number of connections (`--pool-size`).
    pub max_size: u32,
    /// Connections open now, idle or in use.
    pub open: u32,
    /// Connections in use now.
    pub in_use: u32,
    /// Connections taken for requests since start.
    pub checkouts: u64,
    /// Of those, the ones that found no idle connection when asked, and so waited for one to
    /// be returned or opened.
    pub waited: u64,
    /// Total time requests spent waiting for a connection, in microseconds.
    pub wait_micros: u64,
}

impl Checkouts {
    /// Takes a connection from `pool`, counting the checkout and the time it took.
    fn get(&self, pool: &Pool) -> Result<r2d2::PooledConnection<ConnectionManager>, r2d2::Error> {
        let idle = pool.state().idle_connections;
        let started = Instant::now();
        let conn = pool.get();
        let micros = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
        self.total.fetch_add(1, Ordering::Relaxed);
        if idle == 0 {
            self.waited.fetch_add(1, Ordering::Relaxed);
        }
        self.wait_micros.fetch_add(micros, Ordering::Relaxed);
        conn
    }
}

impl fmt::Debug for Db {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Db")
            .field("backend", &self.backend)
            .finish()
    }
}

impl Db {
    /// Builds the pool. Fails within `connect_timeout` with the driver's own message when the
    /// database cannot be reached.
    pub fn connect(settings: &DbSettings) -> Result<Db, DbError> {
        let manager = ConnectionManager::new(settings);
        // Try once directly, so the real driver error (not r2d2's timeout) is what we report.
        drop(manager.establish()?);
        let pool = r2d2::Pool::builder()
            .max_size(settings.pool_size.max(1))
            // No idle minimum: r2d2 would otherwise open a replacement in a background thread
            // whenever the last idle connection is taken, and a command that exits while
            // libpq is still connecting there crashes in libpq's exit handlers (SIGSEGV in
            // about one run in fifteen on PostgreSQL). Connections open on demand and stay
            // pooled until idle for ten minutes.
            .min_idle(Some(0))
            .connection_timeout(settings.connect_timeout)
            .error_handler(Box::new(LogPoolErrors))
            .build(manager)?;
        Ok(Db {
            pool,
            backend: settings.url.backend,
            checkouts: Arc::default(),
        })
    }

    /// The pool's size and use, and the waits of requests for a connection.
    pub fn pool_stats(&self) -> PoolStats {
        let state = self.pool.state();
        PoolStats {
            max_size: self.pool.max_size(),
            open: state.connections,
            in_use: state.connections.saturating_sub(state.idle_connections),
            checkouts: self.checkouts.total.load(Ordering::Relaxed),
            waited: self.checkouts.waited.load(Ordering::Relaxed),
            wait_micros: self.checkouts.wait_micros.load(Ordering::Relaxed),
        }
    }

    /// The engine behind this handle.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Takes a connection from the pool, blocking; for start-up, the command line and tests.
    pub fn conn(&self) -> Result<r2d2::PooledConnection<ConnectionManager>, DbError> {
        Ok(self.pool.get()?)
    }

    /// Applies pending migrations; returns the versions applied.
    pub fn migrate(&self) -> Result<Vec<String>, DbError> {
        run_migrations(&mut *self.conn()?)
    }

    /// Parses again every stored target written by an older (or newer) parser version, so the
    /// stored readings always come from the running parser; returns the rows changed. Run at
    /// start, after [`Db::migrate`]: a SQL migration cannot run the Rust parser.
    pub fn reparse_targets(&self) -> Result<usize, DbError> {
        Ok(sheets::reparse_targets(&mut *self.conn()?)?)
    }

    /// Runs blocking database work on the runtime's blocking thread pool, never on an async
    /// worker (`tokio::task::spawn_blocking`, what actix's `web::block` runs too),
    /// keeping the caller's tracing span.
    pub async fn run<T, E, F>(&self, f: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
    {
        let pool = self.pool.clone();
        let checkouts = self.checkouts.clone();
        let span = tracing::Span::current();
        let task = tokio::task::spawn_blocking(move || {
            span.in_scope(|| {
                let mut conn = checkouts.get(&pool).map_err(DbError::from)?;
                f(&mut conn)
            })
        });
        match task.instrument(tracing::Span::current()).await {
            Ok(result) => result,
            Err(_) => Err(E::from(DbError::Canceled)),
        }
    }

    /// Checks that the database answers, waiting at most two seconds for a connection.
    pub async fn ping(&self) -> Result<(), DbError> {
        let pool = self.pool.clone();
        let task = tokio::task::spawn_blocking(move || {
            let mut conn = pool.get_timeout(Duration::from_secs(2))?;
            conn.batch_execute("SELECT 1")
                .map_err(|e| DbError::Unavailable(e.to_string()))
        });
        task.await.map_err(|_| DbError::Canceled)?
    }

    /// Runs `f` inside a write transaction ([`write_tx`]) on the blocking thread pool.
    pub async fn write<T, E, F>(&self, f: F) -> Result<T, E>
    where
        F: FnMut(&mut DbConnection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<DbError> + Retryable + Send + 'static,
    {
        self.run(move |conn| write_tx(conn, f)).await
    }
}

/// Runs `f` in one write transaction: all of it is committed or none of it.
///
/// On SQLite the transaction starts with `BEGIN IMMEDIATE`, taking the write lock up front so a
/// read-then-write never fails with "database is locked" halfway. On PostgreSQL it is
/// `SERIALIZABLE`, so checks that span rows (a fund's budget, say) hold under concurrency; a
/// serialization failure is retried (up to ten attempts, with a short jittered pause), so `f`
/// may run more than once and must not have effects outside the database. Nested
/// `transaction` calls inside `f` become savepoints.
pub fn write_tx<T, E, F>(conn: &mut DbConnection, mut f: F) -> Result<T, E>
where
    F: FnMut(&mut DbConnection) -> Result<T, E>,
    E: From<DbError> + Retryable,
{
    let mut attempt = 1;
    loop {
        match write_tx_once(conn, &mut f) {
            Err(e) if e.is_serialization_failure() && attempt < WRITE_ATTEMPTS => {
                tracing::debug!(attempt, "serialization failure, retrying the transaction");
                std::thread::sleep(retry_pause(attempt));
                attempt += 1;
            }
            other => return other,
        }
    }
}

fn write_tx_once<T, E, F>(conn: &mut DbConnection, f: &mut F) -> Result<T, E>
where
    F: FnMut(&mut DbConnection) -> Result<T, E>,
    E: From<DbError>,
{
    in_tx(
        conn,
        ("BEGIN IMMEDIATE", "BEGIN ISOLATION LEVEL SERIALIZABLE"),
        |c| f(c),
    )
}

/// Runs `f` in one read-only transaction, so that every query inside it sees the database as
/// it was at the first one (a snapshot): a long export read a page at a time is one picture of
/// the data. On SQLite a deferred `BEGIN` (in WAL mode a reader never blocks a writer, nor is
/// blocked by one); on PostgreSQL `REPEATABLE READ READ ONLY`. Nothing is retried.
pub fn read_tx<T, E, F>(conn: &mut DbConnection, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<DbError>,
{
    in_tx(
        conn,
        ("BEGIN", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
        f,
    )
}

/// Runs `f` in a transaction begun with the statement of the backend (SQLite's, PostgreSQL's):
/// committed when `f` succeeds, rolled back when it fails.
fn in_tx<T, E, F>(
    conn: &mut DbConnection,
    (sqlite_begin, pg_begin): (&str, &str),
    f: F,
) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<DbError>,
{
    let begun = match conn {
        DbConnection::Sqlite(c) => AnsiTransactionManager::begin_transaction_sql(c, sqlite_begin),
        DbConnection::Pg(c) => AnsiTransactionManager::begin_transaction_sql(c, pg_begin),
    };
    begun.map_err(|e| E::from(e.into()))?;
    match f(conn) {
        Ok(value) => {
            let committed = match conn {
                DbConnection::Sqlite(c) => AnsiTransactionManager::commit_transaction(c),
                DbConnection::Pg(c) => AnsiTransactionManager::commit_transaction(c),
            };
            committed.map_err(|e| E::from(e.into()))?;
            Ok(value)
        }
        Err(user_error) => {
            let rolled_back = match conn {
                DbConnection::Sqlite(c) => AnsiTransactionManager::rollback_transaction(c),
                DbConnection::Pg(c) => AnsiTransactionManager::rollback_transaction(c),
            };
            match rolled_back {
                Ok(()) | Err(DieselError::BrokenTransactionManager) => Err(user_error),
                Err(e) => Err(E::from(e.into())),
            }
        }
    }
}

/// Applies the pending migrations of the connection's backend; returns the versions applied.
pub fn run_migrations(conn: &mut DbConnection) -> Result<Vec<String>, DbError> {
    let versions = match conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(names),
        DbConnection::Pg(c) => {
            c.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})"))?;
            let applied = c.run_pending_migrations(POSTGRES_MIGRATIONS).map(names);
            c.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})"))?;
            applied
        }
    };
    versions.map_err(|e| DbError::Migration(e.to_string()))
}

/// Reverts every applied migration (used by the schema tests to check each `down.sql`).
pub fn revert_all_migrations(conn: &mut DbConnection) -> Result<Vec<String>, DbError> {
    let reverted = match conn {
        DbConnection::Sqlite(c) => c.revert_all_migrations(SQLITE_MIGRATIONS).map(names),
        DbConnection::Pg(c) => c.revert_all_migrations(POSTGRES_MIGRATIONS).map(names),
    };
    reverted.map_err(|e| DbError::Migration(e.to_string()))
}

/// Reverts the applied migrations from `version` on (newest first); returns the versions
/// reverted. The schema tests use it to check that a migration keeps the data through its
/// `down.sql` and back.
pub fn revert_migrations_from(
    conn: &mut DbConnection,
    version: &str,
) -> Result<Vec<String>, DbError> {
    fn revert<C: MigrationHarness<B>, B: diesel::backend::Backend>(
        c: &mut C,
        source: fn() -> EmbeddedMigrations,
        version: &str,
    ) -> diesel::migration::Result<Vec<String>> {
        let mut reverted = Vec::new();
        loop {
            let mut applied = c.applied_migrations()?;
            applied.sort();
            match applied.last() {
                Some(last) if last.to_string().as_str() >= version => {
                    reverted.push(c.revert_last_migration(source())?.to_string());
                }
                _ => return Ok(reverted),
            }
        }
    }
    let reverted = match conn {
        DbConnection::Sqlite(c) => revert(c, || SQLITE_MIGRATIONS, version),
        DbConnection::Pg(c) => revert(c, || POSTGRES_MIGRATIONS, version),
    };
    reverted.map_err(|e| DbError::Migration(e.to_string()))
}

/// Reverts the latest applied migration; returns its version (used by the schema tests to
/// check one `down.sql` against data written before it).
pub fn revert_last_migration(conn: &mut DbConnection) -> Result<String, DbError> {
    let reverted = match conn {
        DbConnection::Sqlite(c) => c
            .revert_last_migration(SQLITE_MIGRATIONS)
            .map(|v| v.to_string()),
        DbConnection::Pg(c) => c
            .revert_last_migration(POSTGRES_MIGRATIONS)
            .map(|v| v.to_string()),
    };
    reverted.map_err(|e| DbError::Migration(e.to_string()))
}

fn names(versions: Vec<diesel::migration::MigrationVersion<'_>>) -> Vec<String> {
    versions.iter().map(ToString::to_string).collect()
}

#[cfg(test)]
mod tests;
