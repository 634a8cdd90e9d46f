//! Idempotency keys of bulk uploads.

use chrono::Duration;
use diesel::prelude::*;

use super::schema::idempotency_keys;
use super::DbConnection;

/// A stored first answer.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = idempotency_keys)]
pub struct StoredAnswer {
    /// Fingerprint of the request sent with the key.
    pub fingerprint: String,
    /// HTTP status.
    pub status: i32,
    /// JSON body.
    pub response: String,
}

/// The stored answer to `key`, if any.
pub fn find(conn: &mut DbConnection, key: &str) -> QueryResult<Option<StoredAnswer>> {
    idempotency_keys::table
        .find(key)
        .select(StoredAnswer::as_select())
        .first(conn)
        .optional()
}

/// Stores the first answer to `key`.
pub fn store(
    conn: &mut DbConnection,
    key: &str,
    fingerprint: &str,
    status: i32,
    response: &str,
) -> QueryResult<usize> {
    diesel::insert_into(idempotency_keys::table)
        .values((
            idempotency_keys::key.eq(key),
            idempotency_keys::fingerprint.eq(fingerprint),
            idempotency_keys::status.eq(status),
            idempotency_keys::response.eq(response),
            idempotency_keys::created_at.eq(super::now()),
        ))
        .execute(conn)
}

/// Forgets keys older than `hours`.
pub fn forget_older_than(conn: &mut DbConnection, hours: i64) -> QueryResult<usize> {
    let cutoff = super::now() - Duration::hours(hours);
    diesel::delete(idempotency_keys::table.filter(idempotency_keys::created_at.lt(cutoff)))
        .execute(conn)
}
