//! Queries on API tokens. Only hashes are stored; see [`crate::service::tokens`].

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::api_tokens;
use super::DbConnection;
use crate::domain::TokenId;

/// A stored token (its hash is not read back).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = api_tokens)]
pub struct TokenRow {
    /// Identifier.
    pub id: i64,
    /// Name, unique among active tokens.
    pub name: String,
    /// Role.
    pub role: String,
    /// JSON array of region codes.
    pub regions: String,
    /// Who created it.
    pub created_by: String,
    /// Created (UTC).
    pub created_at: NaiveDateTime,
    /// Revoked (UTC), if it was.
    pub revoked_at: Option<NaiveDateTime>,
}

/// A token to insert.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = api_tokens, treat_none_as_default_value = false)]
pub struct NewToken<'a> {
    /// Name.
    pub name: &'a str,
    /// Role.
    pub role: &'a str,
    /// JSON array of region codes.
    pub regions: String,
    /// SHA-256 of the token, hex.
    pub token_hash: &'a str,
    /// Who creates it.
    pub created_by: &'a str,
    /// Now (UTC).
    pub created_at: NaiveDateTime,
}

/// Inserts a token; returns its id.
pub fn insert(conn: &mut DbConnection, new: &NewToken<'_>) -> QueryResult<TokenId> {
    let id: i64 = match conn {
        DbConnection::Sqlite(c) => diesel::insert_into(api_tokens::table)
            .values(new)
            .returning(api_tokens::id)
            .get_result(c)?,
        DbConnection::Pg(c) => diesel::insert_into(api_tokens::table)
            .values(new)
            .returning(api_tokens::id)
            .get_result(c)?,
    };
    Ok(TokenId::new(id))
}

/// The active token with this hash.
pub fn find_active_by_hash(conn: &mut DbConnection, hash: &str) -> QueryResult<Option<TokenRow>> {
    api_tokens::table
        .filter(api_tokens::token_hash.eq(hash))
        .filter(api_tokens::revoked_at.is_null())
        .select(TokenRow::as_select())
        .first(conn)
        .optional()
}

/// The token `id`, active or revoked.
pub fn find(conn: &mut DbConnection, id: TokenId) -> QueryResult<Option<TokenRow>> {
    api_tokens::table
        .filter(api_tokens::id.eq(id.get()))
        .select(TokenRow::as_select())
        .first(conn)
        .optional()
}

/// The id of the active token named `name`.
pub fn find_active_by_name(conn: &mut DbConnection, name: &str) -> QueryResult<Option<TokenId>> {
    api_tokens::table
        .filter(api_tokens::name.eq(name))
        .filter(api_tokens::revoked_at.is_null())
        .select(api_tokens::id)
        .first::<i64>(conn)
        .optional()
        .map(|id| id.map(TokenId::new))
}

/// Tokens with an id above `after_id`, by id, at most `limit`.
pub fn list(conn: &mut DbConnection, after_id: TokenId, limit: i64) -> QueryResult<Vec<TokenRow>> {
    api_tokens::table
        .filter(api_tokens::id.gt(after_id.get()))
        .order(api_tokens::id.asc())
        .limit(limit)
        .select(TokenRow::as_select())
        .load(conn)
}

/// Number of tokens ever created (revoked ones included).
pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
    api_tokens::table.count().get_result(conn)
}

/// Number of active tokens with `role`.
pub fn count_active_with_role(conn: &mut DbConnection, role: &str) -> QueryResult<i64> {
    api_tokens::table
        .filter(api_tokens::role.eq(role))
        .filter(api_tokens::revoked_at.is_null())
        .count()
        .get_result(conn)
}

/// Marks a token revoked, if it is active; returns the rows changed.
pub fn revoke(conn: &mut DbConnection, id: TokenId, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        api_tokens::table
            .filter(api_tokens::id.eq(id.get()))
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set(api_tokens::revoked_at.eq(now))
    .execute(conn)
}
