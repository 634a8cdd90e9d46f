//! Queries on the regions table.

use diesel::prelude::*;

use super::schema::regions;
use super::DbConnection;

/// A stored region.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = regions)]
pub struct RegionRow {
    /// Six-digit division code.
    pub code: String,
    /// Full name.
    pub name: String,
    /// Short name.
    pub short_name: String,
}

/// All regions, ordered by code.
pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<RegionRow>> {
    regions::table
        .order(regions::code.asc())
        .select(RegionRow::as_select())
        .load(conn)
}

/// One region by code.
pub fn find(conn: &mut DbConnection, code: &str) -> QueryResult<Option<RegionRow>> {
    regions::table
        .find(code)
        .select(RegionRow::as_select())
        .first(conn)
        .optional()
}
