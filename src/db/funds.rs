//! Queries on funds.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{funds, sheets};
use super::{unreadable, utc, DbConnection};
use crate::domain::fund::{Fund, NormalizedFund, Template};
use crate::domain::scoring::Scheme;
use crate::domain::{FundId, Money};

/// A stored fund row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = funds)]
pub struct FundRow {
    /// Identifier.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Year.
    pub year: i32,
    /// Whole 元.
    pub total_provincial_funds: Option<i64>,
    /// Description.
    pub description: Option<String>,
    /// Template JSON.
    pub template: Option<String>,
    /// Scoring scheme JSON; `None` for the default.
    pub scoring: Option<String>,
    /// Version.
    pub version: i64,
    /// Created (UTC).
    pub created_at: NaiveDateTime,
    /// Updated (UTC).
    pub updated_at: NaiveDateTime,
}

impl TryFrom<FundRow> for Fund {
    type Error = diesel::result::Error;

    /// A fund from its row; a stored template or scoring scheme that does not parse fails the
    /// query (see [`unreadable`]): read as "no template" or "the default scheme", it would
    /// silently skip the template's checks or score by other weights.
    fn try_from(r: FundRow) -> QueryResult<Fund> {
        let template = match r.template {
            None => None,
            Some(t) => Some(serde_json::from_str::<Template>(&t).map_err(|e| {
                unreadable(format!(
                    "fund {} has an unreadable stored template: {e}",
                    r.id
                ))
            })?),
        };
        let scoring = match r.scoring {
            None => Scheme::default(),
            Some(t) => serde_json::from_str::<Scheme>(&t).map_err(|e| {
                unreadable(format!(
                    "fund {} has an unreadable stored scoring scheme: {e}",
                    r.id
                ))
            })?,
        };
        Ok(Fund {
            id: FundId::new(r.id),
            name: r.name,
            year: r.year,
            total_provincial_funds: r.total_provincial_funds.map(Money::from_yuan),
            description: r.description,
            template,
            scoring,
            version: r.version,
            created_at: utc(r.created_at),
            updated_at: utc(r.updated_at),
        })
    }
}

/// Columns written on create and update.
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = funds, treat_none_as_null = true, treat_none_as_default_value = false)]
pub struct FundChanges {
    /// Name.
    pub name: String,
    /// Year.
    pub year: i32,
    /// Whole 元.
    pub total_provincial_funds: Option<i64>,
    /// Description.
    pub description: Option<String>,
    /// Template JSON.
    pub template: Option<String>,
    /// Scoring scheme JSON; `None` for the default.
    pub scoring: Option<String>,
    /// Version after the write.
    pub version: i64,
    /// Updated (UTC).
    pub updated_at: NaiveDateTime,
}

impl FundChanges {
    /// The columns for a normalised fund at a version and time.
    pub fn new(f: &NormalizedFund, version: i64, now: NaiveDateTime) -> Self {
        FundChanges {
            name: f.name.clone(),
            year: f.year,
            total_provincial_funds: f.total_provincial_funds.map(Money::yuan),
            description: f.description.clone(),
            template: f
                .template
                .as_ref()
                .map(|t| serde_json::to_string(t).expect("templates serialize")),
            scoring: f
                .scoring
                .as_ref()
                .map(|s| serde_json::to_string(s).expect("schemes serialize")),
            version,
            updated_at: now,
        }
    }
}

/// Inserts a fund; returns its id.
pub fn insert(
    conn: &mut DbConnection,
    changes: &FundChanges,
    now: NaiveDateTime,
) -> QueryResult<FundId> {
    let values = (changes, funds::created_at.eq(now));
    let id: i64 = match conn {
        DbConnection::Sqlite(c) => diesel::insert_into(funds::table)
            .values(values)
            .returning(funds::id)
            .get_result(c)?,
        DbConnection::Pg(c) => diesel::insert_into(funds::table)
            .values(values)
            .returning(funds::id)
            .get_result(c)?,
    };
    Ok(FundId::new(id))
}

/// Updates a fund if it still has `expected_version`; returns the rows changed (0 or 1).
pub fn update(
    conn: &mut DbConnection,
    id: FundId,
    expected_version: i64,
    changes: &FundChanges,
) -> QueryResult<usize> {
    diesel::update(
        funds::table
            .filter(funds::id.eq(id.get()))
            .filter(funds::version.eq(expected_version)),
    )
    .set(changes)
    .execute(conn)
}

/// One fund.
pub fn find(conn: &mut DbConnection, id: FundId) -> QueryResult<Option<Fund>> {
    funds::table
        .find(id.get())
        .select(FundRow::as_select())
        .first(conn)
        .optional()?
        .map(Fund::try_from)
        .transpose()
}

/// True when the fund exists.
pub fn exists(conn: &mut DbConnection, id: FundId) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(funds::table.find(id.get()))).get_result(conn)
}

/// The id of the fund with this year and name, if any.
pub fn find_by_key(conn: &mut DbConnection, year: i32, name: &str) -> QueryResult<Option<FundId>> {
    funds::table
        .filter(funds::year.eq(year))
        .filter(funds::name.eq(name))
        .select(funds::id)
        .first::<i64>(conn)
        .optional()
        .map(|id| id.map(FundId::new))
}

/// A page of funds ordered by id, after `after_id`, optionally of one year.
pub fn list(
    conn: &mut DbConnection,
    year: Option<i32>,
    after_id: FundId,
    limit: i64,
) -> QueryResult<Vec<Fund>> {
    let mut query = funds::table
        .filter(funds::id.gt(after_id.get()))
        .select(FundRow::as_select())
        .order(funds::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(y) = year {
        query = query.filter(funds::year.eq(y));
    }
    query.load(conn)?.into_iter().map(Fund::try_from).collect()
}

/// How many sheets the fund has.
pub fn sheet_count(conn: &mut DbConnection, id: FundId) -> QueryResult<i64> {
    sheets::table
        .filter(sheets::fund_id.eq(id.get()))
        .count()
        .get_result(conn)
}

/// Deletes a fund (its sheets and indicators go with it); returns the rows deleted.
pub fn delete(conn: &mut DbConnection, id: FundId, expected_version: i64) -> QueryResult<usize> {
    diesel::delete(
        funds::table
            .filter(funds::id.eq(id.get()))
            .filter(funds::version.eq(expected_version)),
    )
    .execute(conn)
}

/// Funds with this name (and year, when given): `(id, year)` pairs, by id.
pub fn find_by_name(
    conn: &mut DbConnection,
    name: &str,
    year: Option<i32>,
) -> QueryResult<Vec<(FundId, i32)>> {
    let mut query = funds::table
        .filter(funds::name.eq(name))
        .select((funds::id, funds::year))
        .order(funds::id.asc())
        .into_boxed();
    if let Some(y) = year {
        query = query.filter(funds::year.eq(y));
    }
    Ok(query
        .load::<(i64, i32)>(conn)?
        .into_iter()
        .map(|(id, year)| (FundId::new(id), year))
        .collect())
}

/// These funds, by id.
pub fn find_many(
    conn: &mut DbConnection,
    ids: &[FundId],
) -> QueryResult<std::collections::HashMap<FundId, Fund>> {
    let mut out = std::collections::HashMap::new();
    for batch in ids.chunks(1000) {
        let batch: Vec<i64> = batch.iter().map(|id| id.get()).collect();
        let rows: Vec<FundRow> = funds::table
            .filter(funds::id.eq_any(batch))
            .select(FundRow::as_select())
            .load(conn)?;
        for r in rows {
            out.insert(FundId::new(r.id), Fund::try_from(r)?);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(template: Option<&str>) -> FundRow {
        FundRow {
            id: 5,
            name: "专项".into(),
            year: 2024,
            total_provincial_funds: None,
            description: None,
            template: template.map(str::to_string),
            scoring: None,
            version: 1,
            created_at: chrono::DateTime::UNIX_EPOCH.naive_utc(),
            updated_at: chrono::DateTime::UNIX_EPOCH.naive_utc(),
        }
    }

    #[test]
    fn an_unreadable_scoring_scheme_fails_the_read() {
        assert_eq!(
            Fund::try_from(row(None)).unwrap().scoring,
            Scheme::default()
        );
        let mut custom = row(None);
        custom.scoring = Some(
            r#"{"budget_execution": "20", "level1": {"产出指标": "40", "成本指标": "0",
                "效益指标": "30", "满意度指标": "10"}}"#
                .into(),
        );
        let read = Fund::try_from(custom).unwrap();
        assert_eq!(read.scoring.budget_execution.to_string(), "20");
        let mut broken = row(None);
        broken.scoring = Some(r#"{"budget_execution": true}"#.into());
        let cause = Fund::try_from(broken).unwrap_err().to_string();
        assert!(
            cause.contains("fund 5 has an unreadable stored scoring scheme"),
            "{cause}"
        );
    }

    #[test]
    fn an_unreadable_template_fails_the_read() {
        assert_eq!(Fund::try_from(row(None)).unwrap().template, None);
        let read = Fund::try_from(row(Some(r#"{"strict": true, "indicators": []}"#))).unwrap();
        assert!(read.template.is_some_and(|t| t.strict));
        let err = Fund::try_from(row(Some(r#"{"strict": "sometimes"}"#))).unwrap_err();
        let cause = err.to_string();
        assert!(
            cause.contains("fund 5 has an unreadable stored template"),
            "{cause}"
        );
    }
}
