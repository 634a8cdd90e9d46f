//! The handle through which the HTTP layer reaches the database: it runs a use case's
//! synchronous function on the runtime's blocking pool, or inside a write transaction, so
//! handlers call `service` functions and never name a query.

use crate::db::{Db, DbConnection, DbError, Retryable};

pub use crate::db::PoolStats;
use crate::error::ServiceError;

/// The service's database handle (cheap to clone: a pool).
#[derive(Clone, Debug)]
pub struct Store {
    db: Db,
}

impl Store {
    /// A handle on an open database.
    pub fn new(db: Db) -> Self {
        Store { db }
    }

    /// `sqlite` or `postgresql`: the engine behind this handle.
    pub fn backend_name(&self) -> &'static str {
        self.db.backend().name()
    }

    /// Runs `f` (a use case that reads, or manages its own transaction) on the blocking pool.
    pub async fn run<T, E, F>(&self, f: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
    {
        self.db.run(f).await
    }

    /// Runs `f` in one write transaction on the blocking pool (all of it or none of it;
    /// retried on a serialization failure, so `f` must have no effect outside the database).
    pub async fn write<T, E, F>(&self, f: F) -> Result<T, E>
    where
        F: FnMut(&mut DbConnection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<DbError> + Retryable + Send + 'static,
    {
        self.db.write(f).await
    }

    /// The connection pool's size and use, and the waits for it (`GET /metrics`).
    pub fn pool_stats(&self) -> PoolStats {
        self.db.pool_stats()
    }

    /// Whether the database answers within two seconds (`/readyz`).
    pub async fn ready(&self) -> Result<(), ServiceError> {
        Ok(self.db.ping().await?)
    }
}
