//! Queries on sheet revisions: appended in the transaction of the change they record, never
//! updated or deleted.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::sheet_revisions;
use super::DbConnection;
use crate::domain::SheetId;

/// A stored revision.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = sheet_revisions)]
pub struct RevisionRow {
    /// The sheet.
    pub sheet_id: i64,
    /// The sheet's version after the change.
    pub version: i64,
    /// What happened.
    pub action: String,
    /// The sheet's status after the change.
    pub status: String,
    /// The token name of whoever made the change.
    pub actor_name: String,
    /// Their role.
    pub actor_role: String,
    /// Why, when a reason was given.
    pub reason: Option<String>,
    /// The request that made the change.
    pub request_id: Option<String>,
    /// When (UTC).
    pub created_at: NaiveDateTime,
}

/// A revision to append.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = sheet_revisions, treat_none_as_default_value = false)]
pub struct NewRevision {
    /// The sheet.
    pub sheet_id: i64,
    /// The sheet's version after the change.
    pub version: i64,
    /// What happened.
    pub action: &'static str,
    /// The sheet's status after the change.
    pub status: &'static str,
    /// Token name of the actor.
    pub actor_name: String,
    /// Role of the actor.
    pub actor_role: &'static str,
    /// Why.
    pub reason: Option<String>,
    /// The request.
    pub request_id: Option<String>,
    /// When (UTC).
    pub created_at: NaiveDateTime,
    /// The sheet as `GET` returns it, JSON.
    pub snapshot: String,
}

/// Rows per batch insert: 100 rows of ten values stay well under both backends' limits on
/// bound parameters, and each statement carries about half a megabyte of snapshots.
const BATCH_ROWS: usize = 100;

/// Appends revisions, in batches.
pub fn insert(conn: &mut DbConnection, rows: &[NewRevision]) -> QueryResult<()> {
    for batch in rows.chunks(BATCH_ROWS) {
        match conn {
            DbConnection::Sqlite(c) => diesel::insert_into(sheet_revisions::table)
                .values(batch)
                .execute(c)?,
            DbConnection::Pg(c) => diesel::insert_into(sheet_revisions::table)
                .values(batch)
                .execute(c)?,
        };
    }
    Ok(())
}

/// Revisions of a sheet with a version above `after_version`, oldest first, at most `limit`.
pub fn list(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    after_version: i64,
    limit: i64,
) -> QueryResult<Vec<RevisionRow>> {
    sheet_revisions::table
        .filter(sheet_revisions::sheet_id.eq(sheet_id.get()))
        .filter(sheet_revisions::version.gt(after_version))
        .order(sheet_revisions::version.asc())
        .limit(limit)
        .select(RevisionRow::as_select())
        .load(conn)
}

/// One revision with its snapshot.
pub fn find(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    version: i64,
) -> QueryResult<Option<(RevisionRow, String)>> {
    sheet_revisions::table
        .filter(sheet_revisions::sheet_id.eq(sheet_id.get()))
        .filter(sheet_revisions::version.eq(version))
        .select((RevisionRow::as_select(), sheet_revisions::snapshot))
        .first(conn)
        .optional()
}

/// The latest version recorded for a sheet, if any.
pub fn latest_version(conn: &mut DbConnection, sheet_id: SheetId) -> QueryResult<Option<i64>> {
    sheet_revisions::table
        .filter(sheet_revisions::sheet_id.eq(sheet_id.get()))
        .select(diesel::dsl::max(sheet_revisions::version))
        .first(conn)
}
