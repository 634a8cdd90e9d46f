//! Builds the server: the database (pool, migrations, stored targets parsed again with the
//! current parser), the application (state, route table, middleware) and the listener. The
//! `serve` command and the integration tests both go through here, so that what the tests call
//! is what is served; the commands that work straight on the database (`migrate`, `token`,
//! `import`, `export`) open it here too.

use actix_web::HttpServer;

use crate::config::{HttpSettings, Settings};
use crate::db::{Db, DbSettings};
use crate::http::app::AppState;
use crate::service::Store;

/// Connects to the database and applies migrations, with messages fit for an operator.
pub fn open_database(settings: &Settings) -> Result<Db, String> {
    let db_settings = settings.db_settings().map_err(|e| e.to_string())?;
    open_with(db_settings)
}

/// Opens the database for a one-shot command (`migrate`, `import`, `export`): one or two
/// connections are all it uses.
pub fn open_database_for_command(settings: &Settings) -> Result<Db, String> {
    let mut db_settings = settings.db_settings().map_err(|e| e.to_string())?;
    db_settings.pool_size = db_settings.pool_size.min(2);
    open_with(db_settings)
}

/// Connects with these settings, applies pending migrations and parses stored targets again
/// when the parser changed since they were read.
pub fn open_with(db_settings: DbSettings) -> Result<Db, String> {
    tracing::info!(database = %db_settings.url.redacted(), "opening database");
    let db = Db::connect(&db_settings).map_err(|e| e.to_string())?;
    let applied = db.migrate().map_err(|e| e.to_string())?;
    if !applied.is_empty() {
        tracing::info!(migrations = ?applied, "applied migrations");
    }
    let reparsed = db.reparse_targets().map_err(|e| e.to_string())?;
    if reparsed > 0 {
        tracing::info!(
            indicators = reparsed,
            parser_version = crate::domain::target::PARSER_VERSION,
            "parsed stored targets again with the current parser"
        );
    }
    Ok(db)
}

/// What every worker of the application shares, on this database: built once per server (its
/// limiters, token cache and sheet cache are shared by all workers).
pub fn state(db: Db, http: HttpSettings) -> AppState {
    AppState::new(Store::new(db), http)
}

/// The application on a [`state`]: routes, Swagger UI, error handling, CORS and the request
/// middleware. A server builds one per worker; the tests run one in-process.
pub use crate::http::app::build as app;

/// Listens on `settings.addr` and serves the application on `db` until SIGINT/SIGTERM, then
/// lets in-flight requests finish.
pub async fn serve(settings: &Settings, db: Db, http: HttpSettings) -> std::io::Result<()> {
    let state = state(db, http);
    let mut server = HttpServer::new(move || app(state.clone()))
        .bind(settings.addr)?
        .shutdown_timeout(settings.shutdown_timeout);
    if let Some(workers) = settings.workers {
        server = server.workers(workers.max(1));
    }
    tracing::info!(
        addr = %settings.addr,
        "listening; Swagger UI at http://{}/swagger-ui/",
        settings.addr
    );
    server.run().await
}
