//! The one write of checked reports and evaluations (a single `PUT`'s, or a bulk upload's
//! items together): each kind's rows built by its checks ([`Pending`]) and stored through its
//! own table functions ([`RowStore`]).

use std::collections::HashMap;
use std::hash::Hash;

use chrono::NaiveDateTime;
use diesel::QueryResult;

use crate::db::DbConnection;
use crate::error::ServiceError;

/// What a checked write stores, all of it built by the checks (the revision's snapshot
/// included), so that a bulk upload can check its items on several threads and only write here.
pub(crate) struct Pending<K, C, L, R> {
    /// The stored row's id and version, for a change; `None` for a new row.
    pub stored: Option<(i64, i64)>,
    /// The new row's key, as [`RowStore::insert_new`] answers it.
    pub key: K,
    /// The row's columns.
    pub changes: C,
    /// The lines, their owner set by [`RowStore::set_owner`] when the row's id is known.
    pub lines: Vec<L>,
    /// The revision.
    pub revision: R,
}

/// Inserts new rows (key and columns) at the time given; their ids by key.
pub(crate) type InsertNew<K, C> =
    fn(&mut DbConnection, Vec<(K, C)>, NaiveDateTime) -> QueryResult<HashMap<K, i64>>;

/// How one kind's rows are stored.
pub(crate) struct RowStore<K, C, L, R> {
    /// What a new row is called in an internal error.
    pub noun: &'static str,
    /// Updates a row if it still has the version given; the rows changed.
    pub update: fn(&mut DbConnection, i64, i64, &C) -> QueryResult<usize>,
    /// Inserts new rows at the time given; their ids by key.
    pub insert_new: InsertNew<K, C>,
    /// Deletes the lines of rows.
    pub delete_lines: fn(&mut DbConnection, &[i64]) -> QueryResult<()>,
    /// Sets a line's row.
    pub set_owner: fn(&mut L, i64),
    /// Inserts lines.
    pub insert_lines: fn(&mut DbConnection, &[L]) -> QueryResult<()>,
    /// Inserts revisions.
    pub insert_revisions: fn(&mut DbConnection, &[R]) -> QueryResult<()>,
}

/// Writes checked rows at `now`: changed ones each with its version check (412 if another write
/// came first), new ones in batches, then the lines of all of them (a changed row's old lines
/// deleted first) and a revision each, in batches.
pub(crate) fn write<K: Hash + Eq + Clone, C, L, R>(
    conn: &mut DbConnection,
    store: &RowStore<K, C, L, R>,
    writes: Vec<Pending<K, C, L, R>>,
    now: NaiveDateTime,
) -> Result<(), ServiceError> {
    let mut new_rows = Vec::new();
    let mut changed = Vec::new();
    let mut rest = Vec::with_capacity(writes.len());
    for w in writes {
        let Pending {
            stored,
            key,
            changes,
            lines,
            revision,
        } = w;
        match stored {
            Some((id, version)) => {
                if (store.update)(conn, id, version, &changes)? == 0 {
                    return Err(ServiceError::PreconditionFailed {
                        current: version + 1,
                    });
                }
                changed.push(id);
            }
            None => new_rows.push((key.clone(), changes)),
        }
        rest.push((stored.map(|s| s.0), key, lines, revision));
    }
    let created = if new_rows.is_empty() {
        HashMap::new()
    } else {
        (store.insert_new)(conn, new_rows, now)?
    };
    (store.delete_lines)(conn, &changed)?;
    let mut all_lines = Vec::new();
    let mut revisions = Vec::with_capacity(rest.len());
    for (id, key, mut lines, revision) in rest {
        let id = match id {
            Some(id) => id,
            None => created
                .get(&key)
                .copied()
                .ok_or_else(|| ServiceError::internal(format!("a new {} has no id", store.noun)))?,
        };
        for line in &mut lines {
            (store.set_owner)(line, id);
        }
        all_lines.append(&mut lines);
        revisions.push(revision);
    }
    (store.insert_lines)(conn, &all_lines)?;
    (store.insert_revisions)(conn, &revisions)?;
    Ok(())
}
