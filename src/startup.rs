//! Builds the server: the database (pool, migrations, stored targets parsed again with the
//! current parser), the application (state, route table, middleware) and the listener. The
//! `serve` command and the integration tests both go through here, so that what the tests call
//! is what is served; the commands that work straight on the database (`migrate`, `token`,
//! `import`, `export`) open it here too.

use std::time::Duration;

use actix_web::{rt, HttpServer};
use futures_util::future::{select, Either};

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

/// How [`serve`] ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// Every request in flight at the signal was answered within the bound.
    Drained,
    /// The bound passed with this many requests still being worked on. Their work may still
    /// run on blocking threads: the caller ends the process at once, and the database rolls
    /// back every transaction they left open.
    CutOff(usize),
}

/// Listens on `settings.addr` and serves the application on `db` until SIGTERM or SIGINT
/// (both mean the same). Then the listener closes at once (new connections are refused) and
/// the requests in flight get `settings.shutdown_timeout` seconds to finish: the answer is
/// [`Stopped::Drained`] when they all did, [`Stopped::CutOff`] when the bound passed first.
pub async fn serve(settings: &Settings, db: Db, http: HttpSettings) -> std::io::Result<Stopped> {
    // Listen for the signals before the listener opens, so that none ends the process unheard.
    let stop = stop_signal()?;
    let state = state(db, http);
    let in_flight = state.in_flight.clone();
    let bound = Duration::from_secs(settings.shutdown_timeout);
    let mut server = HttpServer::new(move || app(state.clone()))
        .bind(settings.addr)?
        .disable_signals()
        // The bound is kept below, by the clock started at the signal; actix's own timeout is
        // set past it so that the count of requests cut off is read before actix drops them.
        .shutdown_timeout(settings.shutdown_timeout.saturating_add(60));
    if let Some(workers) = settings.workers {
        server = server.workers(workers.max(1));
    }
    let server = server.run();
    let handle = server.handle();
    tracing::info!(
        addr = %settings.addr,
        "listening; Swagger UI at http://{}/swagger-ui/",
        settings.addr
    );
    let mut running = rt::spawn(server);
    let signal = {
        let stop = std::pin::pin!(stop);
        match select(&mut running, stop).await {
            Either::Left((ended, _)) => {
                return ended
                    .map_err(std::io::Error::other)?
                    .map(|()| Stopped::Drained)
            }
            Either::Right((signal, _)) => signal,
        }
    };
    tracing::info!(
        signal,
        bound_secs = settings.shutdown_timeout,
        requests_in_flight = in_flight.count(),
        "stopping: new connections are refused; requests in flight get the shutdown bound to finish"
    );
    let stopping = rt::spawn(handle.stop(true));
    match rt::time::timeout(bound, &mut running).await {
        Ok(ended) => {
            ended.map_err(std::io::Error::other)??;
            let _ = stopping.await;
            tracing::info!("every request in flight was answered; stopped");
            Ok(Stopped::Drained)
        }
        Err(_) => {
            let cut_off = in_flight.count();
            if cut_off == 0 {
                // Only idle connections were left open: nothing is cut off.
                tracing::info!("no request in flight at the bound; stopped");
                return Ok(Stopped::Drained);
            }
            tracing::warn!(
                cut_off,
                bound_secs = settings.shutdown_timeout,
                "shutdown bound reached: {cut_off} request(s) still in flight were cut off \
                 (unanswered, or an export's body unfinished); their unfinished writes are \
                 rolled back"
            );
            Ok(Stopped::CutOff(cut_off))
        }
    }
}

/// Starts listening for SIGTERM and SIGINT (Ctrl-C); the future ends when one comes and names
/// it.
fn stop_signal() -> std::io::Result<impl std::future::Future<Output = &'static str>> {
    #[cfg(unix)]
    {
        use rt::signal::unix::{signal, SignalKind};
        let mut term = signal(SignalKind::terminate())?;
        let mut int = signal(SignalKind::interrupt())?;
        Ok(async move {
            let term = std::pin::pin!(term.recv());
            let int = std::pin::pin!(int.recv());
            match select(term, int).await {
                Either::Left(_) => "SIGTERM",
                Either::Right(_) => "SIGINT",
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = rt::signal::ctrl_c().await;
            "Ctrl-C"
        })
    }
}
