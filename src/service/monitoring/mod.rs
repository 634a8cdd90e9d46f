//! Monitoring reports (绩效监控, SPEC §5): reading one (with its figures computed, or frozen at
//! submit), the one write path (create or replace, delete), checking without saving, the review
//! steps and the report's history, and the fund's picture for a month.

mod picture;
mod review;
mod write;

pub use picture::*;
pub use review::*;
pub use write::*;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

use super::workflow::{check_reason, RevisionActor};
use super::{
    find_sheet, not_found, refused, settle, Actor, Outcome, Precondition, Refusal, Saved,
    WriteCheck,
};
use crate::db::monitoring::{
    self as store, LineRow, NewLine, ReportChanges, ReportRow, StoredReport,
};
use crate::db::{self, sheets, utc, DbConnection};
use crate::domain::access::Role;
use crate::domain::compare::ValueParsed;
use crate::domain::monitoring::{
    self as domain, DeviationReason, Likelihood, NormalizedReport, Outlook, ReportBasis,
    ReportDocument, ReportFigures, ReportLine, Stage,
};
use crate::domain::revision::RevisionAction;
use crate::domain::sheet::{Sheet, SheetStatus};
use crate::domain::side_by_side::{report_actuals, Actual};
use crate::domain::target::TargetParsed;
use crate::domain::workflow::{edit_refusal_of, not_approved_refusal, Subject, Transition};
use crate::domain::{
    FundId, IndicatorId, Issue, IssueCode, Lang, Money, RegionCode, Severity, SheetId,
};
use crate::error::{ProblemCode, Resource, ServiceError};

/// The months a report may cover.
pub const MONTHS: std::ops::RangeInclusive<u32> = 1..=12;

/// One indicator of a report, as the API returns it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ReportLineView {
    /// The sheet's indicator.
    #[schema(value_type = i64, example = 8)]
    pub indicator_id: IndicatorId,
    /// 一级指标 (read-only).
    #[schema(example = "效益指标")]
    pub level1: String,
    /// 二级指标 (read-only).
    #[schema(example = "社会效益指标")]
    pub level2: String,
    /// 三级指标 (read-only).
    #[schema(example = "开展跨境电商相关资源对接、展会、赛事等活动")]
    pub name: String,
    /// 年度指标值 (read-only), as written.
    #[schema(example = "10场以上")]
    pub target: String,
    /// The target's reading (read-only).
    #[schema(required = true)]
    pub target_parsed: Option<TargetParsed>,
    /// 1–N月完成值, as written.
    #[schema(example = "6场")]
    #[schema(required = true)]
    pub actual: Option<String>,
    /// 全年预计完成值, as written.
    #[schema(example = "12场")]
    #[schema(required = true)]
    pub expected: Option<String>,
    /// 完成目标可能性.
    #[schema(required = true)]
    pub likelihood: Option<Likelihood>,
    /// 偏差原因.
    pub deviation_reasons: Vec<DeviationReason>,
    /// 偏差原因说明.
    #[schema(required = true)]
    pub deviation_note: Option<String>,
    /// 完善措施.
    #[schema(required = true)]
    pub measures: Option<String>,
    /// The actual value's reading (read-only); null when blank or not readable.
    #[schema(required = true)]
    pub actual_parsed: Option<ValueParsed>,
    /// The expected value's reading (read-only); null when blank or not readable.
    #[schema(required = true)]
    pub expected_parsed: Option<ValueParsed>,
    /// Whether the year's target will be met (read-only, SPEC §5.1).
    pub outlook: Outlook,
}

/// A monitoring report (绩效监控表) as the API returns it: what was sent, and (read-only) the
/// figures computed from it — on every read while `DRAFT` or `RETURNED`, as they were at submit
/// afterwards.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Report {
    /// The sheet.
    #[schema(value_type = i64, example = 1)]
    pub sheet_id: SheetId,
    /// The cut-off month N (the data of 1–N月), 1–12.
    #[schema(example = 7, minimum = 1, maximum = 12)]
    pub month: u32,
    /// Review status; changed only by the review steps.
    pub status: SheetStatus,
    /// The reason given with the latest review step, or null.
    #[schema(required = true)]
    pub status_reason: Option<String>,
    /// Version, 1 on create, +1 on every change; the `ETag` is `"<version>"`.
    #[schema(example = 1)]
    pub version: i64,
    /// When the report was created (UTC).
    pub created_at: DateTime<Utc>,
    /// When it last changed (UTC).
    pub updated_at: DateTime<Utc>,
    /// 1–N月执行数 in 万元.
    #[schema(value_type = String, example = "150")]
    pub executed_funds: Money,
    /// 全年预计执行数 in 万元, or null.
    #[schema(value_type = Option<String>, example = "330")]
    #[schema(required = true)]
    pub expected_executed_funds: Option<Money>,
    /// 年度总体目标完成情况.
    #[schema(required = true)]
    pub goal_progress: Option<String>,
    /// 年初预算数 = 省级资金 + 市、区拟配套资金, 万元 (read-only).
    #[schema(value_type = String, example = "360")]
    pub budget: Money,
    /// 执行率 in % (2 places, half-up); null when the budget is 0 (read-only).
    #[schema(value_type = Option<String>, example = "41.67")]
    #[schema(required = true)]
    pub execution_rate: Option<Decimal>,
    /// 序时进度 = N ÷ 12 in % (2 places, half-up; read-only).
    #[schema(value_type = String, example = "58.33")]
    pub time_progress: Decimal,
    /// The execution rate is below the time progress (exact values; read-only).
    pub behind_schedule: bool,
    /// The lines, in the order sent.
    pub indicators: Vec<ReportLineView>,
    /// The checks of SPEC §5.2 against the report as it stands (read-only): warnings, and on
    /// a `DRAFT` the *submit* checks that submitting will make errors.
    pub issues: Vec<Issue>,
}

/// The answer to checking a report without saving it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportValidation {
    /// True when the report can be saved (no error).
    pub valid: bool,
    /// Every error and warning.
    pub issues: Vec<Issue>,
    /// The report as it would be stored, with its figures; null when the document cannot be
    /// read at all.
    #[schema(required = true)]
    pub report: Option<Report>,
}

fn report_not_found(sheet_id: SheetId, month: u32) -> ServiceError {
    not_found(Resource::Report, format!("{sheet_id}/{month}"))
}

/// The normal form of a stored report.
fn normalized_of(row: &ReportRow, lines: &[LineRow]) -> Result<NormalizedReport, ServiceError> {
    let unreadable = |what: &str, value: &str| {
        ServiceError::internal(format!(
            "report {}/{} has an unreadable stored {what} {value:?}",
            row.sheet_id, row.month
        ))
    };
    let mut out = Vec::with_capacity(lines.len());
    for l in lines {
        let likelihood = match &l.likelihood {
            None => None,
            Some(v) => Some(Likelihood::parse(v).ok_or_else(|| unreadable("likelihood", v))?),
        };
        let deviation_reasons: Vec<DeviationReason> = serde_json::from_str(&l.deviation_reasons)
            .map_err(|_| unreadable("deviation_reasons", &l.deviation_reasons))?;
        out.push(ReportLine {
            indicator_id: IndicatorId::new(l.indicator_id),
            actual: l.actual.clone(),
            expected: l.expected.clone(),
            likelihood,
            deviation_reasons,
            deviation_note: l.deviation_note.clone(),
            measures: l.measures.clone(),
        });
    }
    Ok(NormalizedReport {
        executed_funds: Money::from_yuan(row.executed_funds),
        expected_executed_funds: row.expected_executed_funds.map(Money::from_yuan),
        goal_progress: row.goal_progress.clone(),
        lines: out,
    })
}

fn status_of(row: &ReportRow) -> Result<SheetStatus, ServiceError> {
    SheetStatus::parse(&row.status).ok_or_else(|| {
        ServiceError::internal(format!(
            "report {}/{} has the unknown stored status {:?}",
            row.sheet_id, row.month, row.status
        ))
    })
}

/// The basis of a stored report's figures: frozen at submit, or the sheet as it now is.
fn basis_of(row: &ReportRow, sheet: &Sheet) -> Result<ReportBasis, ServiceError> {
    match &row.frozen {
        Some(_) => basis_of_frozen(row),
        None => Ok(ReportBasis::of(sheet)),
    }
}

/// The basis frozen in a report row (an error when there is none or it cannot be read).
fn basis_of_frozen(row: &ReportRow) -> Result<ReportBasis, ServiceError> {
    serde_json::from_str(row.frozen.as_deref().unwrap_or_default()).map_err(|e| {
        ServiceError::internal(format!(
            "report {}/{} has unreadable frozen figures: {e}",
            row.sheet_id, row.month
        ))
    })
}

/// The indicators of a report frozen at submit, as they were then; empty when not frozen.
pub fn frozen_indicators(
    row: &ReportRow,
) -> Result<Vec<crate::domain::sheet::Indicator>, ServiceError> {
    match &row.frozen {
        Some(_) => Ok(basis_of_frozen(row)?.indicators),
        None => Ok(Vec::new()),
    }
}

/// The stage a report's checks are shown at: a report still to be submitted shows its *submit*
/// checks as warnings.
fn stage_of(status: SheetStatus) -> Stage {
    match status {
        SheetStatus::Draft | SheetStatus::Returned => Stage::Save,
        SheetStatus::Submitted | SheetStatus::Approved => Stage::Submit,
    }
}

/// What the API shows of a report: its fields and figures.
#[allow(clippy::too_many_arguments)]
fn view(
    sheet_id: SheetId,
    month: u32,
    status: SheetStatus,
    status_reason: Option<String>,
    version: i64,
    (created_at, updated_at): (DateTime<Utc>, DateTime<Utc>),
    report: &NormalizedReport,
    figures: ReportFigures,
    issues: Vec<Issue>,
) -> Report {
    // The figures follow the report's lines in order (an unknown indicator's line has none):
    // each is the next line of its indicator, so a line sent twice shows each time as sent.
    let mut rest = report.lines.iter();
    let indicators = figures
        .lines
        .into_iter()
        .filter_map(|f| {
            let line = rest.find(|l| l.indicator_id == f.indicator_id)?;
            Some(ReportLineView {
                indicator_id: f.indicator_id,
                level1: f.level1,
                level2: f.level2,
                name: f.name,
                target: f.target,
                target_parsed: f.target_parsed,
                actual: line.actual.clone(),
                expected: line.expected.clone(),
                likelihood: line.likelihood,
                deviation_reasons: line.deviation_reasons.clone(),
                deviation_note: line.deviation_note.clone(),
                measures: line.measures.clone(),
                actual_parsed: f.actual_parsed,
                expected_parsed: f.expected_parsed,
                outlook: f.outlook,
            })
        })
        .collect();
    Report {
        sheet_id,
        month,
        status,
        status_reason,
        version,
        created_at,
        updated_at,
        executed_funds: report.executed_funds,
        expected_executed_funds: report.expected_executed_funds,
        goal_progress: report.goal_progress.clone(),
        budget: figures.budget,
        execution_rate: figures.execution_rate,
        time_progress: figures.time_progress,
        behind_schedule: figures.behind_schedule,
        indicators,
        issues,
    }
}

/// A stored report with its figures and checks, and its normal form and status.
struct Loaded {
    row: ReportRow,
    norm: NormalizedReport,
    status: SheetStatus,
    figures: ReportFigures,
    issues: Vec<Issue>,
}

fn load(stored: StoredReport, sheet: &Sheet, lang: Lang) -> Result<Loaded, ServiceError> {
    let (row, lines) = stored;
    let norm = normalized_of(&row, &lines)?;
    loaded(row, norm, sheet, lang)
}

/// A stored report, its normal form already read, with its figures and checks.
fn loaded(
    row: ReportRow,
    norm: NormalizedReport,
    sheet: &Sheet,
    lang: Lang,
) -> Result<Loaded, ServiceError> {
    let status = status_of(&row)?;
    let basis = basis_of(&row, sheet)?;
    let (figures, issues) =
        domain::compute(&norm, &basis, row.month as u32, stage_of(status), lang);
    Ok(Loaded {
        row,
        norm,
        status,
        figures,
        issues,
    })
}

impl Loaded {
    fn into_report(self) -> Report {
        let sheet_id = SheetId::new(self.row.sheet_id);
        view(
            sheet_id,
            self.row.month as u32,
            self.status,
            self.row.status_reason,
            self.row.version,
            (utc(self.row.created_at), utc(self.row.updated_at)),
            &self.norm,
            self.figures,
            self.issues,
        )
    }
}

/// `GET /sheets/{sheet_id}/monitoring/{month}`: the report, or 404.
pub fn get_report(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    month: u32,
    lang: Lang,
) -> Result<Report, ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    let stored =
        store::find(conn, sheet_id, month)?.ok_or_else(|| report_not_found(sheet_id, month))?;
    Ok(load(stored, &sheet, lang)?.into_report())
}

/// `GET /sheets/{sheet_id}/monitoring`: the sheet's reports, by month.
pub fn list_reports(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    lang: Lang,
) -> Result<Vec<Report>, ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    store::of_sheet(conn, sheet_id)?
        .into_iter()
        .map(|stored| Ok(load(stored, &sheet, lang)?.into_report()))
        .collect()
}

/// Which reports an export asks for: the filters of the sheet export (the status being the
/// report's) and the month.
#[derive(Debug, Clone, Default)]
pub struct ReportQuery {
    /// Reports of one fund's sheets.
    pub fund_id: Option<FundId>,
    /// Reports of sheets of funds of one budget year.
    pub year: Option<i32>,
    /// Reports of one region's sheets.
    pub region_code: Option<RegionCode>,
    /// Reports in one status.
    pub status: Option<SheetStatus>,
    /// Reports for one month.
    pub month: Option<u32>,
}

/// Every report the query names, each with its sheet, as `GET` shows it, ordered by fund id,
/// region code and month, handed to `f` a page of at most `page` reports at a time (once with
/// an empty page when there are none): memory holds a page and the list of row ids, whatever
/// the number of reports. One query for the ids, then four per page: the reports, their lines,
/// their sheets, the sheets' indicators. Call it within a read transaction
/// ([`db::read_tx`]) for one picture of the data.
pub fn export_pages(
    conn: &mut DbConnection,
    query: &ReportQuery,
    lang: Lang,
    page: usize,
    mut f: impl FnMut(Vec<(Sheet, Report)>) -> Result<(), ServiceError>,
) -> Result<(), ServiceError> {
    let filter = store::ReportFilter {
        fund_id: query.fund_id,
        year: query.year,
        region_code: query.region_code.clone(),
        status: query.status.map(SheetStatus::as_str),
        month: query.month,
    };
    let ids = store::matching_ids(conn, &filter)?;
    super::each_page_of_ids(
        conn,
        &ids,
        page,
        "a report",
        store::by_ids,
        |r| r.0.sheet_id,
        |_, stored, by_id| {
            let list = stored
                .into_iter()
                .map(|stored| {
                    let id = SheetId::new(stored.0.sheet_id);
                    let sheet = by_id.get(&id).ok_or_else(|| {
                        ServiceError::internal(format!(
                            "report {id}/{} lost its sheet",
                            stored.0.month
                        ))
                    })?;
                    let report = load(stored, sheet, lang)?.into_report();
                    Ok((sheet.clone(), report))
                })
                .collect::<Result<Vec<_>, ServiceError>>()?;
            f(list)
        },
    )
}
