//! Queries on monitoring reports (SPEC §5), their lines and their revisions.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{funds, monitoring_lines, monitoring_reports, monitoring_revisions, sheets};
use super::DbConnection;
use crate::domain::{FundId, IndicatorId, RegionCode, SheetId};

/// A stored report row (without its lines).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = monitoring_reports)]
pub struct ReportRow {
    /// Row id (internal: a report is addressed by sheet and month).
    pub id: i64,
    /// The sheet.
    pub sheet_id: i64,
    /// The cut-off month, 1–12.
    pub month: i32,
    /// Whole 元.
    pub executed_funds: i64,
    /// Whole 元.
    pub expected_executed_funds: Option<i64>,
    /// 年度总体目标完成情况.
    pub goal_progress: Option<String>,
    /// Status.
    pub status: String,
    /// Reason given with the latest review step.
    pub status_reason: Option<String>,
    /// Version.
    pub version: i64,
    /// Figures frozen at submit, JSON.
    pub frozen: Option<String>,
    /// Created (UTC).
    pub created_at: NaiveDateTime,
    /// Updated (UTC).
    pub updated_at: NaiveDateTime,
}

/// A stored line.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = monitoring_lines)]
pub struct LineRow {
    /// Row id.
    pub id: i64,
    /// The report row.
    pub report_id: i64,
    /// Order within the report.
    pub position: i32,
    /// The sheet's indicator.
    pub indicator_id: i64,
    /// 1–N月完成值.
    pub actual: Option<String>,
    /// 全年预计完成值.
    pub expected: Option<String>,
    /// 完成目标可能性.
    pub likelihood: Option<String>,
    /// JSON array of reasons.
    pub deviation_reasons: String,
    /// 偏差原因说明.
    pub deviation_note: Option<String>,
    /// 完善措施.
    pub measures: Option<String>,
}

/// Columns written on create and update of a report.
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = monitoring_reports, treat_none_as_null = true, treat_none_as_default_value = false)]
pub struct ReportChanges {
    /// Whole 元.
    pub executed_funds: i64,
    /// Whole 元.
    pub expected_executed_funds: Option<i64>,
    /// 年度总体目标完成情况.
    pub goal_progress: Option<String>,
    /// Version after the write.
    pub version: i64,
    /// Updated (UTC).
    pub updated_at: NaiveDateTime,
}

/// A line to insert.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = monitoring_lines, treat_none_as_default_value = false)]
pub struct NewLine {
    /// The report row.
    pub report_id: i64,
    /// Order.
    pub position: i32,
    /// The indicator.
    pub indicator_id: i64,
    /// 1–N月完成值.
    pub actual: Option<String>,
    /// 全年预计完成值.
    pub expected: Option<String>,
    /// 完成目标可能性.
    pub likelihood: Option<&'static str>,
    /// JSON array of reasons.
    pub deviation_reasons: String,
    /// 偏差原因说明.
    pub deviation_note: Option<String>,
    /// 完善措施.
    pub measures: Option<String>,
}

/// A report with its lines in order.
pub type StoredReport = (ReportRow, Vec<LineRow>);

fn with_lines(conn: &mut DbConnection, rows: Vec<ReportRow>) -> QueryResult<Vec<StoredReport>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut by_report: HashMap<i64, Vec<LineRow>> = HashMap::new();
    for batch in ids.chunks(1000) {
        let lines: Vec<LineRow> = monitoring_lines::table
            .filter(monitoring_lines::report_id.eq_any(batch))
            .order((monitoring_lines::report_id, monitoring_lines::position))
            .select(LineRow::as_select())
            .load(conn)?;
        for l in lines {
            by_report.entry(l.report_id).or_default().push(l);
        }
    }
    Ok(rows
        .into_iter()
        .map(|r| {
            let lines = by_report.remove(&r.id).unwrap_or_default();
            (r, lines)
        })
        .collect())
}

/// The report of a sheet for a month.
pub fn find(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    month: u32,
) -> QueryResult<Option<StoredReport>> {
    let row: Option<ReportRow> = monitoring_reports::table
        .filter(monitoring_reports::sheet_id.eq(sheet_id.get()))
        .filter(monitoring_reports::month.eq(month as i32))
        .select(ReportRow::as_select())
        .first(conn)
        .optional()?;
    match row {
        None => Ok(None),
        Some(r) => Ok(with_lines(conn, vec![r])?.pop()),
    }
}

/// The reports of these sheets for these months, by (sheet, month), with their lines: one
/// query per 1000 sheets, and one per 1000 reports for the lines.
pub fn of_sheets_months(
    conn: &mut DbConnection,
    sheet_ids: &[SheetId],
    months: &[u32],
) -> QueryResult<HashMap<(i64, i32), StoredReport>> {
    let months: Vec<i32> = months.iter().map(|&m| m as i32).collect();
    let mut rows = Vec::new();
    for batch in sheet_ids.chunks(1000) {
        let batch: Vec<i64> = batch.iter().map(|id| id.get()).collect();
        rows.extend(
            monitoring_reports::table
                .filter(monitoring_reports::sheet_id.eq_any(batch))
                .filter(monitoring_reports::month.eq_any(&months))
                .select(ReportRow::as_select())
                .load(conn)?,
        );
    }
    Ok(with_lines(conn, rows)?
        .into_iter()
        .map(|r| ((r.0.sheet_id, r.0.month), r))
        .collect())
}

/// Every report of a sheet, by month.
pub fn of_sheet(conn: &mut DbConnection, sheet_id: SheetId) -> QueryResult<Vec<StoredReport>> {
    let rows = monitoring_reports::table
        .filter(monitoring_reports::sheet_id.eq(sheet_id.get()))
        .order(monitoring_reports::month)
        .select(ReportRow::as_select())
        .load(conn)?;
    with_lines(conn, rows)
}

/// The reports for `month` of every sheet of a fund.
pub fn of_fund_month(
    conn: &mut DbConnection,
    fund_id: FundId,
    month: u32,
) -> QueryResult<Vec<StoredReport>> {
    let rows = monitoring_reports::table
        .inner_join(sheets::table)
        .filter(sheets::fund_id.eq(fund_id.get()))
        .filter(monitoring_reports::month.eq(month as i32))
        .select(ReportRow::as_select())
        .load(conn)?;
    with_lines(conn, rows)
}

/// The latest month for which some sheet of the fund has a report in one of `statuses` (the
/// counted ones: submitted and approved); `None` when there is none. One query.
pub fn latest_month_of_fund(
    conn: &mut DbConnection,
    fund_id: FundId,
    statuses: &[&str],
) -> QueryResult<Option<u32>> {
    let month: Option<i32> = monitoring_reports::table
        .inner_join(sheets::table)
        .filter(sheets::fund_id.eq(fund_id.get()))
        .filter(monitoring_reports::status.eq_any(statuses))
        .select(diesel::dsl::max(monitoring_reports::month))
        .first(conn)?;
    Ok(month.and_then(|m| u32::try_from(m).ok()))
}

/// Which reports an export reads: every filter optional.
#[derive(Debug, Clone, Default)]
pub struct ReportFilter {
    /// Reports of sheets of one fund.
    pub fund_id: Option<FundId>,
    /// Reports of sheets of funds of one budget year.
    pub year: Option<i32>,
    /// Reports of one region's sheets.
    pub region_code: Option<RegionCode>,
    /// Reports in one status.
    pub status: Option<&'static str>,
    /// Reports for one month.
    pub month: Option<u32>,
}

/// The row ids of every report the filter names, ordered by fund id, region code, month (and
/// sheet id): an export reads them first (a few bytes a report), then the reports a page at a
/// time with [`by_ids`].
pub fn matching_ids(conn: &mut DbConnection, filter: &ReportFilter) -> QueryResult<Vec<i64>> {
    let mut query = monitoring_reports::table
        .inner_join(sheets::table.inner_join(funds::table))
        .select(monitoring_reports::id)
        .order((
            sheets::fund_id.asc(),
            sheets::region_code.asc(),
            monitoring_reports::month.asc(),
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
        query = query.filter(monitoring_reports::status.eq(status));
    }
    if let Some(month) = filter.month {
        query = query.filter(monitoring_reports::month.eq(month as i32));
    }
    query.load(conn)
}

/// The reports with these row ids, in the order of `ids` (an id without a report is left out),
/// with their lines: one query for the reports and one per 1000 of them for the lines.
pub fn by_ids(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<StoredReport>> {
    let mut found: HashMap<i64, ReportRow> = HashMap::with_capacity(ids.len());
    for batch in ids.chunks(1000) {
        let rows: Vec<ReportRow> = monitoring_reports::table
            .filter(monitoring_reports::id.eq_any(batch))
            .select(ReportRow::as_select())
            .load(conn)?;
        found.extend(rows.into_iter().map(|r| (r.id, r)));
    }
    let rows = ids.iter().filter_map(|id| found.remove(id)).collect();
    with_lines(conn, rows)
}

/// How many reports a sheet has.
pub fn count_of_sheet(conn: &mut DbConnection, sheet_id: SheetId) -> QueryResult<i64> {
    monitoring_reports::table
        .filter(monitoring_reports::sheet_id.eq(sheet_id.get()))
        .count()
        .get_result(conn)
}

/// Rows per multi-row statement: well under both backends' limits on bound parameters.
const BATCH_ROWS: usize = 500;

/// A new report row: its sheet, month and columns (status DRAFT).
pub type NewReport = (SheetId, u32, ReportChanges);

/// Inserts report rows (status DRAFT, created at `now`) in batches; returns their row ids by
/// (sheet, month).
pub fn insert_many(
    conn: &mut DbConnection,
    rows: &[NewReport],
    now: NaiveDateTime,
) -> QueryResult<HashMap<(i64, i32), i64>> {
    let mut ids = HashMap::with_capacity(rows.len());
    for batch in rows.chunks(BATCH_ROWS) {
        let values: Vec<_> = batch
            .iter()
            .map(|(sheet_id, month, changes)| {
                (
                    changes,
                    monitoring_reports::sheet_id.eq(sheet_id.get()),
                    monitoring_reports::month.eq(*month as i32),
                    monitoring_reports::status.eq("DRAFT"),
                    monitoring_reports::created_at.eq(now),
                )
            })
            .collect();
        let returned = (
            monitoring_reports::id,
            monitoring_reports::sheet_id,
            monitoring_reports::month,
        );
        let written: Vec<(i64, i64, i32)> = match conn {
            DbConnection::Sqlite(c) => diesel::insert_into(monitoring_reports::table)
                .values(values)
                .returning(returned)
                .get_results(c)?,
            DbConnection::Pg(c) => diesel::insert_into(monitoring_reports::table)
                .values(values)
                .returning(returned)
                .get_results(c)?,
        };
        ids.extend(written.into_iter().map(|(id, s, m)| ((s, m), id)));
    }
    Ok(ids)
}

/// Updates a report row if it still has `expected_version`; returns the rows changed.
pub fn update(
    conn: &mut DbConnection,
    id: i64,
    expected_version: i64,
    changes: &ReportChanges,
) -> QueryResult<usize> {
    diesel::update(
        monitoring_reports::table
            .filter(monitoring_reports::id.eq(id))
            .filter(monitoring_reports::version.eq(expected_version)),
    )
    .set(changes)
    .execute(conn)
}

/// Deletes the lines of these reports.
pub fn delete_lines(conn: &mut DbConnection, report_ids: &[i64]) -> QueryResult<()> {
    for batch in report_ids.chunks(BATCH_ROWS) {
        diesel::delete(monitoring_lines::table.filter(monitoring_lines::report_id.eq_any(batch)))
            .execute(conn)?;
    }
    Ok(())
}

/// Inserts lines, 500 per statement.
pub fn insert_lines(conn: &mut DbConnection, lines: &[NewLine]) -> QueryResult<()> {
    super::insert_batched!(conn, monitoring_lines::table, lines, BATCH_ROWS)
}

/// Moves a report to `status` with `reason` and the figures to keep (`frozen`, `None` to
/// compute them on read again), if it still has `expected_version`; returns the rows changed.
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
        monitoring_reports::table
            .filter(monitoring_reports::id.eq(id))
            .filter(monitoring_reports::version.eq(expected_version)),
    )
    .set((
        monitoring_reports::status.eq(status),
        monitoring_reports::status_reason.eq(reason),
        monitoring_reports::frozen.eq(frozen),
        monitoring_reports::version.eq(expected_version + 1),
        monitoring_reports::updated_at.eq(now),
    ))
    .execute(conn)
}

/// Deletes a report (its lines go with it) if it still has `expected_version`.
pub fn delete(conn: &mut DbConnection, id: i64, expected_version: i64) -> QueryResult<usize> {
    diesel::delete(
        monitoring_reports::table
            .filter(monitoring_reports::id.eq(id))
            .filter(monitoring_reports::version.eq(expected_version)),
    )
    .execute(conn)
}

/// Which of these indicators a report line refers to.
pub fn indicators_in_use(
    conn: &mut DbConnection,
    ids: &[IndicatorId],
) -> QueryResult<Vec<IndicatorId>> {
    let mut out = Vec::new();
    for batch in ids.chunks(1000) {
        let batch: Vec<i64> = batch.iter().map(|id| id.get()).collect();
        let used: Vec<i64> = monitoring_lines::table
            .filter(monitoring_lines::indicator_id.eq_any(batch))
            .select(monitoring_lines::indicator_id)
            .distinct()
            .load(conn)?;
        out.extend(used.into_iter().map(IndicatorId::new));
    }
    out.sort_unstable();
    Ok(out)
}

/// A revision to append.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = monitoring_revisions, treat_none_as_default_value = false)]
pub struct NewRevision {
    /// The sheet.
    pub sheet_id: i64,
    /// The month.
    pub month: i32,
    /// The report's version after the change.
    pub version: i64,
    /// What happened.
    pub action: &'static str,
    /// The report's status after the change.
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
    /// The report as `GET` returns it, JSON.
    pub snapshot: String,
}

/// A stored revision (its snapshot apart).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = monitoring_revisions)]
pub struct RevisionRow {
    /// The report's version after the change.
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
            DbConnection::Sqlite(c) => diesel::insert_into(monitoring_revisions::table)
                .values(batch)
                .execute(c)?,
            DbConnection::Pg(c) => diesel::insert_into(monitoring_revisions::table)
                .values(batch)
                .execute(c)?,
        };
    }
    Ok(())
}

/// Revisions of a report with a version above `after_version`, oldest first, at most `limit`.
pub fn revisions(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    month: u32,
    after_version: i64,
    limit: i64,
) -> QueryResult<Vec<RevisionRow>> {
    monitoring_revisions::table
        .filter(monitoring_revisions::sheet_id.eq(sheet_id.get()))
        .filter(monitoring_revisions::month.eq(month as i32))
        .filter(monitoring_revisions::version.gt(after_version))
        .order(monitoring_revisions::version.asc())
        .limit(limit)
        .select(RevisionRow::as_select())
        .load(conn)
}

/// One revision with its snapshot.
pub fn revision(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    month: u32,
    version: i64,
) -> QueryResult<Option<(RevisionRow, String)>> {
    monitoring_revisions::table
        .filter(monitoring_revisions::sheet_id.eq(sheet_id.get()))
        .filter(monitoring_revisions::month.eq(month as i32))
        .filter(monitoring_revisions::version.eq(version))
        .select((RevisionRow::as_select(), monitoring_revisions::snapshot))
        .first(conn)
        .optional()
}

/// The latest version recorded for the reports of these sheets for these months, by (sheet,
/// month), where there is one: one query per 1000 sheets.
pub fn latest_revision_versions(
    conn: &mut DbConnection,
    sheet_ids: &[SheetId],
    months: &[u32],
) -> QueryResult<HashMap<(i64, i32), i64>> {
    let months: Vec<i32> = months.iter().map(|&m| m as i32).collect();
    let mut out = HashMap::new();
    for batch in sheet_ids.chunks(1000) {
        let batch: Vec<i64> = batch.iter().map(|id| id.get()).collect();
        let found: Vec<(i64, i32, Option<i64>)> = monitoring_revisions::table
            .filter(monitoring_revisions::sheet_id.eq_any(batch))
            .filter(monitoring_revisions::month.eq_any(&months))
            .group_by((monitoring_revisions::sheet_id, monitoring_revisions::month))
            .select((
                monitoring_revisions::sheet_id,
                monitoring_revisions::month,
                diesel::dsl::max(monitoring_revisions::version),
            ))
            .load(conn)?;
        out.extend(
            found
                .into_iter()
                .filter_map(|(s, m, v)| v.map(|v| ((s, m), v))),
        );
    }
    Ok(out)
}

/// The latest version recorded for a report of this sheet and month, if any (a report made
/// again after a deletion continues its numbering, so that revisions never collide).
pub fn latest_revision_version(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    month: u32,
) -> QueryResult<Option<i64>> {
    monitoring_revisions::table
        .filter(monitoring_revisions::sheet_id.eq(sheet_id.get()))
        .filter(monitoring_revisions::month.eq(month as i32))
        .select(diesel::dsl::max(monitoring_revisions::version))
        .first(conn)
}
