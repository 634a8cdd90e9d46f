//! Queries on self-evaluations (SPEC §6), their lines and their revisions.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{
    funds, self_evaluation_lines, self_evaluation_revisions, self_evaluations, sheets,
};
use super::DbConnection;
use crate::domain::{FundId, IndicatorId, RegionCode, SheetId};

/// A stored evaluation row (without its lines).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = self_evaluations)]
pub struct EvaluationRow {
    /// Row id (internal: an evaluation is addressed by its sheet).
    pub id: i64,
    /// The sheet.
    pub sheet_id: i64,
    /// 全年执行数, whole 元.
    pub executed_funds: i64,
    /// 总体目标实际完成情况.
    pub goal_achievement: Option<String>,
    /// 预算执行偏差原因.
    pub budget_deviation_analysis: Option<String>,
    /// Status.
    pub status: String,
    /// Reason given with the latest review step.
    pub status_reason: Option<String>,
    /// Version.
    pub version: i64,
    /// Basis and scores frozen at submit, JSON.
    pub frozen: Option<String>,
    /// Created (UTC).
    pub created_at: NaiveDateTime,
    /// Updated (UTC).
    pub updated_at: NaiveDateTime,
}

/// A stored line.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = self_evaluation_lines)]
pub struct LineRow {
    /// Row id.
    pub id: i64,
    /// The evaluation row.
    pub evaluation_id: i64,
    /// Order within the evaluation.
    pub position: i32,
    /// The sheet's indicator.
    pub indicator_id: i64,
    /// 实际完成值.
    pub actual: Option<String>,
    /// 达成情况.
    pub achievement: Option<String>,
    /// The chosen score, a decimal string.
    pub score: Option<String>,
    /// The weight given, a decimal string.
    pub weight: Option<String>,
    /// 偏差原因分析及改进措施.
    pub deviation_analysis: Option<String>,
}

/// Columns written on create and update of an evaluation.
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = self_evaluations, treat_none_as_null = true, treat_none_as_default_value = false)]
pub struct EvaluationChanges {
    /// Whole 元.
    pub executed_funds: i64,
    /// 总体目标实际完成情况.
    pub goal_achievement: Option<String>,
    /// 预算执行偏差原因.
    pub budget_deviation_analysis: Option<String>,
    /// Version after the write.
    pub version: i64,
    /// Updated (UTC).
    pub updated_at: NaiveDateTime,
}

/// A line to insert.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = self_evaluation_lines, treat_none_as_default_value = false)]
pub struct NewLine {
    /// The evaluation row.
    pub evaluation_id: i64,
    /// Order.
    pub position: i32,
    /// The indicator.
    pub indicator_id: i64,
    /// 实际完成值.
    pub actual: Option<String>,
    /// 达成情况.
    pub achievement: Option<&'static str>,
    /// The chosen score.
    pub score: Option<String>,
    /// The weight given.
    pub weight: Option<String>,
    /// 偏差原因分析及改进措施.
    pub deviation_analysis: Option<String>,
}

/// An evaluation with its lines in order.
pub type StoredEvaluation = (EvaluationRow, Vec<LineRow>);

fn with_lines(
    conn: &mut DbConnection,
    rows: Vec<EvaluationRow>,
) -> QueryResult<Vec<StoredEvaluation>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut by_evaluation: HashMap<i64, Vec<LineRow>> = HashMap::new();
    for batch in ids.chunks(1000) {
        let lines: Vec<LineRow> = self_evaluation_lines::table
            .filter(self_evaluation_lines::evaluation_id.eq_any(batch))
            .order((
                self_evaluation_lines::evaluation_id,
                self_evaluation_lines::position,
            ))
            .select(LineRow::as_select())
            .load(conn)?;
        for l in lines {
            by_evaluation.entry(l.evaluation_id).or_default().push(l);
        }
    }
    Ok(rows
        .into_iter()
        .map(|r| {
            let lines = by_evaluation.remove(&r.id).unwrap_or_default();
            (r, lines)
        })
        .collect())
}

/// The evaluation of a sheet.
pub fn find(conn: &mut DbConnection, sheet_id: SheetId) -> QueryResult<Option<StoredEvaluation>> {
    let row: Option<EvaluationRow> = self_evaluations::table
        .filter(self_evaluations::sheet_id.eq(sheet_id.get()))
        .select(EvaluationRow::as_select())
        .first(conn)
        .optional()?;
    match row {
        None => Ok(None),
        Some(r) => Ok(with_lines(conn, vec![r])?.pop()),
    }
}

/// The evaluations of these sheets, by sheet, with their lines: one query per 1000 sheets, and
/// one per 1000 evaluations for the lines.
pub fn of_sheets(
    conn: &mut DbConnection,
    sheet_ids: &[SheetId],
) -> QueryResult<HashMap<i64, StoredEvaluation>> {
    let mut rows = Vec::new();
    for batch in sheet_ids.chunks(1000) {
        let batch: Vec<i64> = batch.iter().map(|id| id.get()).collect();
        rows.extend(
            self_evaluations::table
                .filter(self_evaluations::sheet_id.eq_any(batch))
                .select(EvaluationRow::as_select())
                .load(conn)?,
        );
    }
    Ok(with_lines(conn, rows)?
        .into_iter()
        .map(|e| (e.0.sheet_id, e))
        .collect())
}

/// The evaluation rows (without lines) of every sheet of a fund.
pub fn rows_of_fund(conn: &mut DbConnection, fund_id: FundId) -> QueryResult<Vec<EvaluationRow>> {
    self_evaluations::table
        .inner_join(sheets::table)
        .filter(sheets::fund_id.eq(fund_id.get()))
        .select(EvaluationRow::as_select())
        .load(conn)
}

/// Which self-evaluations an export reads: every filter optional.
#[derive(Debug, Clone, Default)]
pub struct EvaluationFilter {
    /// Evaluations of sheets of one fund.
    pub fund_id: Option<FundId>,
    /// Evaluations of sheets of funds of one budget year.
    pub year: Option<i32>,
    /// Evaluations of one region's sheets.
    pub region_code: Option<RegionCode>,
    /// Evaluations in one status.
    pub status: Option<&'static str>,
}

/// The row ids of every evaluation the filter names, ordered by fund id and region code (and
/// sheet id): an export reads them first (a few bytes an evaluation), then the evaluations a
/// page at a time with [`by_ids`].
pub fn matching_ids(conn: &mut DbConnection, filter: &EvaluationFilter) -> QueryResult<Vec<i64>> {
    let mut query = self_evaluations::table
        .inner_join(sheets::table.inner_join(funds::table))
        .select(self_evaluations::id)
        .order((
            sheets::fund_id.asc(),
            sheets::region_code.asc(),
            sheets::id.asc(),
        ))
        .into_boxed::<<DbConnection as diesel::Connection>::Backend>();
    if let Some(id) = filter.fund_id {
        query = query.filter(sheets::fund_id.eq(id.get()));
    }
    if let Some(year) = filter.year {
        query = query.filter(funds::year.eq(year));
    }
    if let Some(code) = &filter.region_code {
        query = query.filter(sheets::region_code.eq(code.as_str().to_owned()));
    }
    if let Some(status) = filter.status {
        query = query.filter(self_evaluations::status.eq(status));
    }
    query.load(conn)
}

/// The evaluations with these row ids, in the order of `ids` (an id without an evaluation is
/// left out), with their lines: one query for the evaluations and one per 1000 of them for the
/// lines.
pub fn by_ids(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<StoredEvaluation>> {
    let mut found: HashMap<i64, EvaluationRow> = HashMap::with_capacity(ids.len());
    for batch in ids.chunks(1000) {
        let rows: Vec<EvaluationRow> = self_evaluations::table
            .filter(self_evaluations::id.eq_any(batch))
            .select(EvaluationRow::as_select())
            .load(conn)?;
        found.extend(rows.into_iter().map(|r| (r.id, r)));
    }
    let rows = ids.iter().filter_map(|id| found.remove(id)).collect();
    with_lines(conn, rows)
}

/// Whether a sheet has an evaluation.
pub fn exists_for_sheet(conn: &mut DbConnection, sheet_id: SheetId) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        self_evaluations::table.filter(self_evaluations::sheet_id.eq(sheet_id.get())),
    ))
    .get_result(conn)
}

/// Rows per multi-row statement: well under both backends' limits on bound parameters.
const BATCH_ROWS: usize = 500;

/// A new evaluation row: its sheet and columns (status DRAFT).
pub type NewEvaluation = (SheetId, EvaluationChanges);

/// Inserts evaluation rows (status DRAFT, created at `now`) in batches; returns their row ids
/// by sheet.
pub fn insert_many(
    conn: &mut DbConnection,
    rows: &[NewEvaluation],
    now: NaiveDateTime,
) -> QueryResult<HashMap<i64, i64>> {
    let mut ids = HashMap::with_capacity(rows.len());
    for batch in rows.chunks(BATCH_ROWS) {
        let values: Vec<_> = batch
            .iter()
            .map(|(sheet_id, changes)| {
                (
                    changes,
                    self_evaluations::sheet_id.eq(sheet_id.get()),
                    self_evaluations::status.eq("DRAFT"),
                    self_evaluations::created_at.eq(now),
                )
            })
            .collect();
        let returned = (self_evaluations::id, self_evaluations::sheet_id);
        let written: Vec<(i64, i64)> = match conn {
            DbConnection::Sqlite(c) => diesel::insert_into(self_evaluations::table)
                .values(values)
                .returning(returned)
                .get_results(c)?,
            DbConnection::Pg(c) => diesel::insert_into(self_evaluations::table)
                .values(values)
                .returning(returned)
                .get_results(c)?,
        };
        ids.extend(written.into_iter().map(|(id, sheet)| (sheet, id)));
    }
    Ok(ids)
}

/// Updates an evaluation row if it still has `expected_version`; returns the rows changed.
pub fn update(
    conn: &mut DbConnection,
    id: i64,
    expected_version: i64,
    changes: &EvaluationChanges,
) -> QueryResult<usize> {
    diesel::update(
        self_evaluations::table
            .filter(self_evaluations::id.eq(id))
            .filter(self_evaluations::version.eq(expected_version)),
    )
    .set(changes)
    .execute(conn)
}

/// Deletes the lines of these evaluations.
pub fn delete_lines(conn: &mut DbConnection, evaluation_ids: &[i64]) -> QueryResult<()> {
    for batch in evaluation_ids.chunks(BATCH_ROWS) {
        diesel::delete(
            self_evaluation_lines::table.filter(self_evaluation_lines::evaluation_id.eq_any(batch)),
        )
        .execute(conn)?;
    }
    Ok(())
}

/// Inserts lines, 500 per statement.
pub fn insert_lines(conn: &mut DbConnection, lines: &[NewLine]) -> QueryResult<()> {
    super::insert_batched!(conn, self_evaluation_lines::table, lines, BATCH_ROWS)
}

/// Moves an evaluation to `status` with `reason` and what to keep (`frozen`, `None` to compute
/// on read again), if it still has `expected_version`; returns the rows changed.
#[allow(clippy::too_many_arguments)]
pub fn set_status(
    conn: &mut DbConnection,
    id: i64,
    expected_version: i64,
    status: &str,
    reason: Option<&str>,
    frozen: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        self_evaluations::table
            .filter(self_evaluations::id.eq(id))
            .filter(self_evaluations::version.eq(expected_version)),
    )
    .set((
        self_evaluations::status.eq(status),
        self_evaluations::status_reason.eq(reason),
        self_evaluations::frozen.eq(frozen),
        self_evaluations::version.eq(expected_version + 1),
        self_evaluations::updated_at.eq(now),
    ))
    .execute(conn)
}

/// Deletes an evaluation (its lines go with it) if it still has `expected_version`.
pub fn delete(conn: &mut DbConnection, id: i64, expected_version: i64) -> QueryResult<usize> {
    diesel::delete(
        self_evaluations::table
            .filter(self_evaluations::id.eq(id))
            .filter(self_evaluations::version.eq(expected_version)),
    )
    .execute(conn)
}

/// Which of these indicators an evaluation line refers to.
pub fn indicators_in_use(
    conn: &mut DbConnection,
    ids: &[IndicatorId],
) -> QueryResult<Vec<IndicatorId>> {
    let mut out = Vec::new();
    for batch in ids.chunks(1000) {
        let batch: Vec<i64> = batch.iter().map(|id| id.get()).collect();
        let used: Vec<i64> = self_evaluation_lines::table
            .filter(self_evaluation_lines::indicator_id.eq_any(batch))
            .select(self_evaluation_lines::indicator_id)
            .distinct()
            .load(conn)?;
        out.extend(used.into_iter().map(IndicatorId::new));
    }
    out.sort_unstable();
    Ok(out)
}

/// A revision to append.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = self_evaluation_revisions, treat_none_as_default_value = false)]
pub struct NewRevision {
    /// The sheet.
    pub sheet_id: i64,
    /// The evaluation's version after the change.
    pub version: i64,
    /// What happened.
    pub action: &'static str,
    /// The evaluation's status after the change.
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
    /// The evaluation as `GET` returns it, JSON.
    pub snapshot: String,
}

/// A stored revision (its snapshot apart).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = self_evaluation_revisions)]
pub struct RevisionRow {
    /// The evaluation's version after the change.
    pub version: i64,
    /// What happened.
    pub action: String,
    /// The status after the change.
    pub status: String,
    /// Token name of the actor.
    pub actor_name: String,
    /// Role of the actor.
    pub actor_role: String,
    /// Why.
    pub reason: Option<String>,
    /// The request.
    pub request_id: Option<String>,
    /// When (UTC).
    pub created_at: NaiveDateTime,
}

/// Appends revisions, in batches.
pub fn insert_revisions(conn: &mut DbConnection, rows: &[NewRevision]) -> QueryResult<()> {
    for batch in rows.chunks(BATCH_ROWS) {
        match conn {
            DbConnection::Sqlite(c) => diesel::insert_into(self_evaluation_revisions::table)
                .values(batch)
                .execute(c)?,
            DbConnection::Pg(c) => diesel::insert_into(self_evaluation_revisions::table)
                .values(batch)
                .execute(c)?,
        };
    }
    Ok(())
}

/// Revisions of a sheet's evaluation with a version above `after_version`, oldest first, at
/// most `limit`.
pub fn revisions(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    after_version: i64,
    limit: i64,
) -> QueryResult<Vec<RevisionRow>> {
    self_evaluation_revisions::table
        .filter(self_evaluation_revisions::sheet_id.eq(sheet_id.get()))
        .filter(self_evaluation_revisions::version.gt(after_version))
        .order(self_evaluation_revisions::version.asc())
        .limit(limit)
        .select(RevisionRow::as_select())
        .load(conn)
}

/// One revision with its snapshot.
pub fn revision(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    version: i64,
) -> QueryResult<Option<(RevisionRow, String)>> {
    self_evaluation_revisions::table
        .filter(self_evaluation_revisions::sheet_id.eq(sheet_id.get()))
        .filter(self_evaluation_revisions::version.eq(version))
        .select((
            RevisionRow::as_select(),
            self_evaluation_revisions::snapshot,
        ))
        .first(conn)
        .optional()
}

/// The latest version recorded for the evaluations of these sheets, by sheet, where there is
/// one: one query per 1000 sheets.
pub fn latest_revision_versions(
    conn: &mut DbConnection,
    sheet_ids: &[SheetId],
) -> QueryResult<HashMap<i64, i64>> {
    let mut out = HashMap::new();
    for batch in sheet_ids.chunks(1000) {
        let batch: Vec<i64> = batch.iter().map(|id| id.get()).collect();
        let found: Vec<(i64, Option<i64>)> = self_evaluation_revisions::table
            .filter(self_evaluation_revisions::sheet_id.eq_any(batch))
            .group_by(self_evaluation_revisions::sheet_id)
            .select((
                self_evaluation_revisions::sheet_id,
                diesel::dsl::max(self_evaluation_revisions::version),
            ))
            .load(conn)?;
        out.extend(found.into_iter().filter_map(|(s, v)| v.map(|v| (s, v))));
    }
    Ok(out)
}

/// The latest version recorded for the evaluation of this sheet, if any (an evaluation made
/// again after a deletion continues its numbering, so that revisions never collide).
pub fn latest_revision_version(
    conn: &mut DbConnection,
    sheet_id: SheetId,
) -> QueryResult<Option<i64>> {
    self_evaluation_revisions::table
        .filter(self_evaluation_revisions::sheet_id.eq(sheet_id.get()))
        .select(diesel::dsl::max(self_evaluation_revisions::version))
        .first(conn)
}
