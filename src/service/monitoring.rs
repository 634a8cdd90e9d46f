//! Monitoring reports (绩效监控, SPEC §5): reading one (with its figures computed, or frozen at
//! submit), the one write path (create or replace, delete), checking without saving, the review
//! steps and the report's history, and the fund's picture for a month.

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

/// The preconditions of a report write: `If-Match` and `If-None-Match: *`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteCondition {
    /// From `If-Match`.
    pub if_match: Precondition,
    /// `If-None-Match: *`: create only.
    pub create_only: bool,
}

/// 409 `SHEET_NOT_APPROVED` unless the sheet is approved: a report or an evaluation (`subject`)
/// is written for an approved sheet only.
pub(crate) fn ensure_approved(sheet: &Sheet, subject: Subject) -> Result<(), ServiceError> {
    if sheet.status == SheetStatus::Approved {
        return Ok(());
    }
    let (detail_zh, detail_en) = not_approved_refusal(sheet.id, sheet.status, subject);
    Err(ServiceError::Conflict {
        code: ProblemCode::SheetNotApproved,
        detail_zh,
        detail_en,
        issues: vec![],
    })
}

/// The conflicts of a report or evaluation write (`subject`): its sheet not approved
/// (`SHEET_NOT_APPROVED`), the stored one (of `status`) submitted or approved
/// (`REPORT_NOT_EDITABLE`, `EVALUATION_NOT_EDITABLE`). Each is the 409 alone and is listed
/// beside rule errors in their 422.
pub(crate) fn refusals_of(
    sheet: &Sheet,
    status: Option<SheetStatus>,
    subject: Subject,
    lang: Lang,
) -> Result<Vec<Refusal>, ServiceError> {
    let mut refusals = Vec::new();
    refused(
        ensure_approved(sheet, subject),
        IssueCode::SheetNotApproved,
        lang,
        &mut refusals,
    )?;
    let refusal = status.and_then(|s| edit_refusal_of(s, subject));
    if let Some((zh, en)) = refusal {
        let (problem, issue) = match subject {
            Subject::Evaluation(_) => (
                ProblemCode::EvaluationNotEditable,
                IssueCode::EvaluationNotEditable,
            ),
            _ => (ProblemCode::ReportNotEditable, IssueCode::ReportNotEditable),
        };
        let conflict = ServiceError::Conflict {
            code: problem,
            detail_zh: zh,
            detail_en: en,
            issues: vec![],
        };
        refused(Err(conflict), issue, lang, &mut refusals)?;
    }
    Ok(refusals)
}

/// [`refusals_of`] as the first issues of a check without saving (`validate`, `score`): the
/// same checks as `PUT`, answered as a verdict.
pub(crate) fn refusal_issues(
    sheet: &Sheet,
    status: Option<SheetStatus>,
    subject: Subject,
    lang: Lang,
) -> Result<Vec<Issue>, ServiceError> {
    Ok(refusals_of(sheet, status, subject, lang)?
        .into_iter()
        .flat_map(Refusal::into_issues)
        .collect())
}

fn lines_of(report_id: i64, norm: &NormalizedReport) -> Vec<NewLine> {
    norm.lines
        .iter()
        .enumerate()
        .map(|(k, l)| NewLine {
            report_id,
            position: k as i32,
            indicator_id: l.indicator_id.get(),
            actual: l.actual.clone(),
            expected: l.expected.clone(),
            likelihood: l.likelihood.map(Likelihood::as_str),
            deviation_reasons: serde_json::to_string(&l.deviation_reasons)
                .expect("reasons serialize"),
            deviation_note: l.deviation_note.clone(),
            measures: l.measures.clone(),
        })
        .collect()
}

/// The revision of a report (as it now is) for `action`, made at `now`.
fn revision_row(
    report: &Report,
    action: RevisionAction,
    actor: &Actor,
    reason: Option<&str>,
    now: chrono::NaiveDateTime,
) -> Result<store::NewRevision, ServiceError> {
    Ok(store::NewRevision {
        sheet_id: report.sheet_id.get(),
        month: report.month as i32,
        version: report.version,
        action: action.as_str(),
        status: report.status.as_str(),
        actor_name: actor.principal.name.clone(),
        actor_role: actor.principal.role.as_str(),
        reason: reason.map(str::to_owned),
        request_id: actor.request_id.clone(),
        created_at: now,
        snapshot: serde_json::to_string(report).map_err(ServiceError::internal)?,
    })
}

/// Appends the revision of a report (as it now is) for `action`.
fn record(
    conn: &mut DbConnection,
    report: &Report,
    action: RevisionAction,
    actor: &Actor,
    reason: Option<&str>,
) -> Result<(), ServiceError> {
    let row = revision_row(report, action, actor, reason, db::now())?;
    store::insert_revisions(conn, &[row])?;
    Ok(())
}

/// The one write path of reports (`PUT /sheets/{sheet_id}/monitoring/{month}`): the sheet (404),
/// then the checks of `check_report` and the write of `write_reports`. The caller's role is
/// checked by the handler. Run it inside a write transaction.
pub fn save_report(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    month: u32,
    doc: &ReportDocument,
    condition: &WriteCondition,
    actor: &Actor,
    lang: Lang,
) -> Result<Saved<Report>, ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    let existing = store::find(conn, sheet_id, month)?;
    let latest_version = match existing {
        Some(_) => None,
        None => store::latest_revision_version(conn, sheet_id, month)?,
    };
    let facts = ReportFacts {
        sheet: &sheet,
        existing,
        latest_version,
    };
    let now = db::now();
    let (saved, pending) =
        check_report(facts, month, doc, condition, actor, now, lang)?.into_parts();
    if let Some(pending) = pending {
        write_reports(conn, vec![pending], now)?;
    }
    Ok(saved)
}

/// What a report write is checked against, read before it: the sheet, the stored report for
/// the month, and (when there is none) the latest version its revisions reached, since a report
/// made again after a deletion continues its numbering.
pub(crate) struct ReportFacts<'a> {
    /// The sheet.
    pub sheet: &'a Sheet,
    /// The stored report for the month, if any.
    pub existing: Option<StoredReport>,
    /// The latest version recorded for the month, if any.
    pub latest_version: Option<i64>,
}

/// What the checks of a report write found to do: nothing, or a write for [`write_reports`].
pub(crate) type ReportCheck = WriteCheck<Report, PendingReport>;

/// What a checked report write stores: its key is its sheet and month.
pub(crate) type PendingReport =
    super::pending::Pending<(i64, i32), ReportChanges, NewLine, store::NewRevision>;

/// How report rows are stored.
const REPORT_ROWS: super::pending::RowStore<
    (i64, i32),
    ReportChanges,
    NewLine,
    store::NewRevision,
> = super::pending::RowStore {
    noun: "report",
    update: store::update,
    insert_new: |conn, rows, now| {
        let rows: Vec<store::NewReport> = rows
            .into_iter()
            .map(|((sheet_id, month), changes)| (SheetId::new(sheet_id), month as u32, changes))
            .collect();
        store::insert_many(conn, &rows, now)
    },
    delete_lines: store::delete_lines,
    set_owner: |line, id| line.report_id = id,
    insert_lines: store::insert_lines,
    insert_revisions: store::insert_revisions,
};

/// The write of a checked report: what to store (its revision made at `now`, by `actor`) and
/// what the write answers.
fn write_of(
    norm: &NormalizedReport,
    stored: Option<(i64, i64)>,
    report: Report,
    actor: &Actor,
    now: chrono::NaiveDateTime,
) -> Result<ReportCheck, ServiceError> {
    let action = match stored {
        Some(_) => RevisionAction::Update,
        None => RevisionAction::Create,
    };
    let pending = PendingReport {
        stored,
        key: (report.sheet_id.get(), report.month as i32),
        changes: changes_of(norm, report.version, now),
        lines: lines_of(0, norm),
        revision: revision_row(&report, action, actor, None, now)?,
    };
    let warnings = report.issues.clone();
    Ok(WriteCheck::write(
        pending,
        report,
        warnings,
        stored.is_none(),
    ))
}

/// The checks of a report write, in order, against facts read before: the caller's region
/// (403), the preconditions (412), compare with what is stored (no change → nothing to write,
/// whatever the sheet became), the sheet approved (409), normalise and check (422 while errors
/// remain), refuse a change to a submitted or approved report (409). Reads nothing: a bulk upload checks all its items
/// against facts read once. `now` is the time the write will carry.
pub(crate) fn check_report(
    facts: ReportFacts<'_>,
    month: u32,
    doc: &ReportDocument,
    condition: &WriteCondition,
    actor: &Actor,
    now: chrono::NaiveDateTime,
    lang: Lang,
) -> Result<ReportCheck, ServiceError> {
    let ReportFacts {
        sheet,
        existing,
        latest_version,
    } = facts;
    let sheet_id = sheet.id;
    actor.principal.require_region(&sheet.region_code)?;
    match &existing {
        None if condition.if_match != Precondition::None => {
            return Err(ServiceError::ConditionFailed {
                detail_zh: format!("If-Match 要求报告已存在，但该表没有 {month} 月的报告"),
                detail_en: format!(
                    "If-Match needs an existing report, and this sheet has none for month {month}"
                ),
            })
        }
        Some((row, _)) if condition.create_only => {
            return Err(ServiceError::ConditionFailed {
                detail_zh: format!(
                    "If-None-Match: * 只用于新建，但该表已有 {month} 月的报告（版本 \"{}\"）",
                    row.version
                ),
                detail_en: format!(
                    "If-None-Match: * creates only, and this sheet already has a report for month {month} (version \"{}\")",
                    row.version
                ),
            })
        }
        Some((row, _)) => condition.if_match.check(row.version)?,
        None => {}
    }
    let (norm, mut issues) = domain::normalize(doc, lang);
    // What is stored, sent again, writes nothing: answered as it is, whatever the sheet and
    // its targets became since (a frozen report exported and uploaded back is `UNCHANGED`).
    // Only a document read without an error: reading drops what it refuses (an amount that is
    // not one, a line without its indicator), so one with errors may look like what is stored.
    let read_cleanly = !issues.iter().any(|i| i.severity == Severity::Error);
    let existing = match existing {
        Some((row, lines)) => {
            let stored_norm = normalized_of(&row, &lines)?;
            if read_cleanly && stored_norm == norm {
                let loaded = loaded(row, stored_norm, sheet, lang)?;
                return Ok(ReportCheck::Unchanged(Saved {
                    warnings: loaded.issues.clone(),
                    value: loaded.into_report(),
                    outcome: Outcome::Unchanged,
                }));
            }
            Some(row)
        }
        None => None,
    };
    let status = existing.as_ref().map(status_of).transpose()?;
    let refusals = refusals_of(sheet, status, Subject::Report(sheet_id, month), lang)?;
    let (figures, computed) =
        domain::compute(&norm, &ReportBasis::of(sheet), month, Stage::Save, lang);
    issues.extend(computed.iter().cloned());
    settle(issues, Vec::new(), refusals)?;
    let written_at = utc(now);
    let Some(row) = existing else {
        let report = view(
            sheet_id,
            month,
            SheetStatus::Draft,
            None,
            latest_version.unwrap_or(0) + 1,
            (written_at, written_at),
            &norm,
            figures,
            computed,
        );
        return write_of(&norm, None, report, actor, now);
    };
    let status = status.unwrap_or(SheetStatus::Draft);
    // As a read computes them: from what submitting froze, if anything (never the case for a
    // report that may change), at the stage of its status.
    let (figures, computed) = if row.frozen.is_none() && stage_of(status) == Stage::Save {
        (figures, computed)
    } else {
        domain::compute(
            &norm,
            &basis_of(&row, sheet)?,
            month,
            stage_of(status),
            lang,
        )
    };
    let report = view(
        sheet_id,
        month,
        status,
        row.status_reason.clone(),
        row.version + 1,
        (utc(row.created_at), written_at),
        &norm,
        figures,
        computed,
    );
    write_of(&norm, Some((row.id, row.version)), report, actor, now)
}

/// Writes checked reports at `now` (see [`super::pending::write`]).
pub(crate) fn write_reports(
    conn: &mut DbConnection,
    writes: Vec<PendingReport>,
    now: chrono::NaiveDateTime,
) -> Result<(), ServiceError> {
    super::pending::write(conn, &REPORT_ROWS, writes, now)
}

fn changes_of(norm: &NormalizedReport, version: i64, now: chrono::NaiveDateTime) -> ReportChanges {
    ReportChanges {
        executed_funds: norm.executed_funds.yuan(),
        expected_executed_funds: norm.expected_executed_funds.map(Money::yuan),
        goal_progress: norm.goal_progress.clone(),
        version,
        updated_at: now,
    }
}

/// `POST /sheets/{sheet_id}/monitoring/{month}/validate`: the checks of `PUT` on a document,
/// nothing saved (the sheet must exist; before it is approved the report is still checked, with
/// `SHEET_NOT_APPROVED` as its first error, so that a report can be prepared ahead).
pub fn validate_report(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    month: u32,
    doc: &ReportDocument,
    lang: Lang,
) -> Result<ReportValidation, ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    let (norm, normalized) = domain::normalize(doc, lang);
    let stored = store::find(conn, sheet_id, month)?;
    // As `PUT`: what is stored, sent again, is no write; any other document is refused while
    // the sheet is not approved or the report is submitted or approved.
    let read_cleanly = !normalized.iter().any(|i| i.severity == Severity::Error);
    let unchanged = match &stored {
        Some((row, lines)) => read_cleanly && normalized_of(row, lines)? == norm,
        None => false,
    };
    let mut issues: Vec<Issue> = Vec::new();
    if !unchanged {
        let status = stored.as_ref().map(|(row, _)| status_of(row)).transpose()?;
        let subject = Subject::Report(sheet_id, month);
        issues.extend(refusal_issues(&sheet, status, subject, lang)?);
    }
    issues.extend(normalized);
    let (figures, computed) =
        domain::compute(&norm, &ReportBasis::of(&sheet), month, Stage::Save, lang);
    issues.extend(computed);
    let now = Utc::now();
    let (status, reason, version, created) = match &stored {
        Some((row, _)) => (
            status_of(row)?,
            row.status_reason.clone(),
            row.version,
            utc(row.created_at),
        ),
        None => (SheetStatus::Draft, None, 1, now),
    };
    let valid = !issues.iter().any(|i| i.severity == Severity::Error);
    let report = view(
        sheet_id,
        month,
        status,
        reason,
        version,
        (created, now),
        &norm,
        figures,
        issues.clone(),
    );
    Ok(ReportValidation {
        valid,
        issues,
        report: Some(report),
    })
}

/// Deletes a report while `DRAFT` or `RETURNED`; its history is kept, ending with a `DELETE`
/// revision.
pub fn delete_report(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    month: u32,
    precondition: &Precondition,
    actor: &Actor,
    lang: Lang,
) -> Result<(), ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    actor.principal.require_region(&sheet.region_code)?;
    let stored =
        store::find(conn, sheet_id, month)?.ok_or_else(|| report_not_found(sheet_id, month))?;
    let loaded = load(stored, &sheet, lang)?;
    precondition.check(loaded.row.version)?;
    if let Some((zh, en)) = edit_refusal_of(loaded.status, Subject::Report(sheet_id, month)) {
        return Err(ServiceError::Conflict {
            code: ProblemCode::ReportNotEditable,
            detail_zh: zh,
            detail_en: en,
            issues: vec![],
        });
    }
    remove(conn, loaded, actor)
}

/// Deletes a loaded report and records it.
fn remove(conn: &mut DbConnection, loaded: Loaded, actor: &Actor) -> Result<(), ServiceError> {
    let version = loaded.row.version;
    if store::delete(conn, loaded.row.id, version)? == 0 {
        return Err(ServiceError::PreconditionFailed {
            current: version + 1,
        });
    }
    let mut last = loaded.into_report();
    last.version = version + 1;
    record(conn, &last, RevisionAction::Delete, actor, None)
}

/// Deletes every report and the self-evaluation of a sheet, each with its `DELETE` revision
/// (an administrator's forced deletion of the sheet or its fund).
pub(crate) fn remove_all_of_sheet(
    conn: &mut DbConnection,
    sheet: &Sheet,
    actor: &Actor,
    lang: Lang,
) -> Result<(), ServiceError> {
    for stored in store::of_sheet(conn, sheet.id)? {
        let loaded = load(stored, sheet, lang)?;
        remove(conn, loaded, actor)?;
    }
    super::evaluation::remove_of_sheet(conn, sheet, actor, lang)
}

/// How many monitoring reports and self-evaluations a sheet has.
pub(crate) fn follow_ups_of_sheet(
    conn: &mut DbConnection,
    sheet_id: SheetId,
) -> Result<(i64, bool), ServiceError> {
    Ok((
        store::count_of_sheet(conn, sheet_id)?,
        super::evaluation::exists_for_sheet(conn, sheet_id)?,
    ))
}

/// Which of these indicators a monitoring report or a self-evaluation refers to.
pub(crate) fn indicators_in_use(
    conn: &mut DbConnection,
    ids: &[IndicatorId],
) -> Result<Vec<IndicatorId>, ServiceError> {
    let mut used = store::indicators_in_use(conn, ids)?;
    used.extend(crate::db::evaluations::indicators_in_use(conn, ids)?);
    used.sort_unstable();
    used.dedup();
    Ok(used)
}

/// The issue `INDICATOR_IN_USE` of one indicator a write would remove (a single write's 409
/// lists them; a bulk item fails with them).
pub(crate) fn in_use_issue(indicator: &crate::domain::sheet::Indicator, lang: Lang) -> Issue {
    let (name, id) = (&indicator.name, indicator.id);
    Issue::error(
        crate::domain::IssueCode::IndicatorInUse,
        "/indicators",
        lang.pick(
            format!("指标“{name}”（id {id}）已被绩效监控报告或绩效自评引用，不能删除"),
            format!(
                "indicator “{name}” (id {id}) is used by a monitoring report or a self-evaluation and cannot be removed"
            ),
        ),
    )
}

/// 409 `INDICATOR_IN_USE` when a write would remove indicators (`removed`) that a report refers
/// to.
pub(crate) fn ensure_not_in_use(
    conn: &mut DbConnection,
    sheet: &Sheet,
    removed: &[IndicatorId],
    lang: Lang,
) -> Result<(), ServiceError> {
    if removed.is_empty() {
        return Ok(());
    }
    let used = indicators_in_use(conn, removed)?;
    if used.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = sheet
        .indicators
        .iter()
        .filter(|i| used.contains(&i.id))
        .map(|i| format!("“{}”（id {}）", i.name, i.id))
        .collect();
    let names = names.join("、");
    let issues = sheet
        .indicators
        .iter()
        .filter(|i| used.contains(&i.id))
        .map(|i| in_use_issue(i, lang))
        .collect();
    Err(ServiceError::Conflict {
        code: ProblemCode::IndicatorInUse,
        detail_zh: format!(
            "以下指标已被绩效监控报告或绩效自评引用，不能删除：{names}；请连同其 id 一并提交以保留（改名也请带上 id）"
        ),
        detail_en: format!(
            "these indicators are used by monitoring reports or self-evaluations and cannot be removed: {names}; send them with their ids to keep them (a rename too)"
        ),
        issues,
    })
}

/// Takes one review step of a report: the sheet and report exist (404), the caller's region
/// (403, for submitting), the precondition (412), the status (409 `INVALID_TRANSITION`), the
/// reason (422); submitting checks the report with the *submit* checks as errors (422) and
/// freezes its figures; returning and reopening let them be computed afresh. The caller's role
/// is checked before. Run it inside a write transaction.
#[allow(clippy::too_many_arguments)]
pub fn transition(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    month: u32,
    step: Transition,
    reason: Option<&str>,
    precondition: &Precondition,
    actor: &Actor,
    lang: Lang,
) -> Result<Report, ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    let stored =
        store::find(conn, sheet_id, month)?.ok_or_else(|| report_not_found(sheet_id, month))?;
    if step == Transition::Submit {
        actor.principal.require_region(&sheet.region_code)?;
    }
    let loaded = load(stored, &sheet, lang)?;
    precondition.check(loaded.row.version)?;
    if let Some((zh, en)) = step.refusal_of(loaded.status, Subject::Report(sheet_id, month)) {
        return Err(ServiceError::Conflict {
            code: ProblemCode::InvalidTransition,
            detail_zh: zh,
            detail_en: en,
            issues: vec![],
        });
    }
    let reason = check_reason(step, reason, lang)?;
    let reason = reason.as_deref();
    let frozen = match step {
        Transition::Submit => {
            let basis = ReportBasis::of(&sheet);
            let (_, issues) = domain::compute(&loaded.norm, &basis, month, Stage::Submit, lang);
            let errors: Vec<Issue> = issues
                .into_iter()
                .filter(|i| i.severity == Severity::Error)
                .collect();
            if !errors.is_empty() {
                return Err(ServiceError::Validation { issues: errors });
            }
            Some(serde_json::to_string(&basis).map_err(ServiceError::internal)?)
        }
        // Approving keeps what submitting froze.
        Transition::Approve => loaded.row.frozen.clone(),
        Transition::Return | Transition::Reopen => None,
    };
    let version = loaded.row.version;
    let changed = store::set_status(
        conn,
        loaded.row.id,
        version,
        step.to().as_str(),
        reason,
        frozen.as_deref(),
        db::now(),
    )?;
    if changed == 0 {
        return Err(ServiceError::PreconditionFailed {
            current: version + 1,
        });
    }
    let report = get_report(conn, sheet_id, month, lang)?;
    record(conn, &report, RevisionAction::from(step), actor, reason)?;
    Ok(report)
}

/// One recorded change of a report.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportRevision {
    /// The sheet.
    #[schema(value_type = i64, example = 1)]
    pub sheet_id: SheetId,
    /// The month.
    #[schema(example = 7)]
    pub month: u32,
    /// The report's version after the change.
    #[schema(example = 2)]
    pub version: i64,
    /// What happened.
    pub action: RevisionAction,
    /// The report's status after the change.
    pub status: SheetStatus,
    /// Who made it.
    pub actor: RevisionActor,
    /// Why, when a reason was given.
    #[schema(required = true)]
    pub reason: Option<String>,
    /// The request that made it (`X-Request-Id`); null for command-line work.
    #[schema(required = true)]
    pub request_id: Option<String>,
    /// When (UTC).
    pub created_at: DateTime<Utc>,
    /// Only in `GET …/monitoring/{month}/revisions/{version}`: the report as `GET` returned it
    /// at this version.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Report>)]
    pub snapshot: Option<Value>,
}

fn revision_of(
    sheet_id: SheetId,
    month: u32,
    row: store::RevisionRow,
    snapshot: Option<Value>,
) -> Result<ReportRevision, ServiceError> {
    let unknown = |what: &str, value: &str| {
        ServiceError::internal(format!(
            "revision {} of report {sheet_id}/{month} has the unknown stored {what} {value:?}",
            row.version
        ))
    };
    Ok(ReportRevision {
        sheet_id,
        month,
        version: row.version,
        action: RevisionAction::parse(&row.action).ok_or_else(|| unknown("action", &row.action))?,
        status: SheetStatus::parse(&row.status).ok_or_else(|| unknown("status", &row.status))?,
        actor: RevisionActor {
            role: Role::parse(&row.actor_role).ok_or_else(|| unknown("role", &row.actor_role))?,
            name: row.actor_name,
        },
        reason: row.reason,
        request_id: row.request_id,
        created_at: utc(row.created_at),
        snapshot,
    })
}

/// A report's revisions after `after_version`, oldest first, at most `limit`; kept after the
/// report (or its sheet) is deleted, 404 when the report never existed.
pub fn list_revisions(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    month: u32,
    after_version: i64,
    limit: i64,
) -> Result<Vec<ReportRevision>, ServiceError> {
    let rows = store::revisions(conn, sheet_id, month, after_version, limit)?;
    if rows.is_empty() && store::latest_revision_version(conn, sheet_id, month)?.is_none() {
        return Err(report_not_found(sheet_id, month));
    }
    rows.into_iter()
        .map(|r| revision_of(sheet_id, month, r, None))
        .collect()
}

/// One revision of a report, with its snapshot.
pub fn get_revision(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    month: u32,
    version: i64,
) -> Result<ReportRevision, ServiceError> {
    let (row, snapshot) = store::revision(conn, sheet_id, month, version)?.ok_or_else(|| {
        not_found(
            Resource::Revision,
            format!("{sheet_id}/monitoring/{month}/{version}"),
        )
    })?;
    let snapshot = serde_json::from_str(&snapshot).map_err(ServiceError::internal)?;
    revision_of(sheet_id, month, row, Some(snapshot))
}

/// Where a region stands in the fund's picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Light {
    /// On track and on schedule.
    Green,
    /// Something at risk or not assessed, or behind schedule.
    Yellow,
    /// Something off track, or the execution rate below half the time progress.
    Red,
    /// No submitted or approved report for the month.
    Grey,
}

/// The status of a region's report for the month in the fund's picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReportState {
    /// No report for the month.
    Missing,
    /// A draft, not counted.
    Draft,
    /// Returned, not counted.
    Returned,
    /// Submitted: counted.
    Submitted,
    /// Approved: counted.
    Approved,
}

/// Outlook counts of a region's report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub struct OutlookCounts {
    /// Indicators on track.
    #[serde(rename = "ON_TRACK")]
    pub on_track: u32,
    /// Indicators at risk.
    #[serde(rename = "AT_RISK")]
    pub at_risk: u32,
    /// Indicators off track.
    #[serde(rename = "OFF_TRACK")]
    pub off_track: u32,
    /// Indicators not assessed (no likelihood and no comparable expected value, or not
    /// reported).
    #[serde(rename = "NOT_ASSESSED")]
    pub not_assessed: u32,
}

/// One region's row of the fund's picture.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RegionMonitoring {
    /// Region code.
    #[schema(value_type = String, example = "430200")]
    pub region_code: RegionCode,
    /// Region name.
    #[schema(example = "株洲市")]
    pub region_name: String,
    /// The region's sheet.
    #[schema(value_type = i64, example = 1)]
    pub sheet_id: SheetId,
    /// The sheet's status.
    pub sheet_status: SheetStatus,
    /// The report's status for the month; `MISSING` when there is none.
    pub report_status: ReportState,
    /// 年初预算数 of the sheet, 万元.
    #[schema(value_type = String, example = "360")]
    pub budget: Money,
    /// 1–N月执行数 of a counted report; null otherwise.
    #[schema(value_type = Option<String>, example = "150")]
    #[schema(required = true)]
    pub executed_funds: Option<Money>,
    /// 执行率 of a counted report, %; null otherwise (or when the budget is 0).
    #[schema(value_type = Option<String>, example = "41.67")]
    #[schema(required = true)]
    pub execution_rate: Option<Decimal>,
    /// Behind schedule, for a counted report; null otherwise.
    #[schema(required = true)]
    pub behind_schedule: Option<bool>,
    /// Outlook counts over the sheet's indicators, for a counted report; null otherwise.
    #[schema(required = true)]
    pub outlook: Option<OutlookCounts>,
    /// `GREEN`, `YELLOW`, `RED`, or `GREY` when no report is counted.
    pub light: Light,
}

/// A fund's monitoring picture for one month (SPEC §5.3).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FundMonitoring {
    /// The fund.
    #[schema(value_type = i64, example = 1)]
    pub fund_id: FundId,
    /// The month.
    #[schema(example = 7)]
    pub month: u32,
    /// 序时进度 in %.
    #[schema(value_type = String, example = "58.33")]
    pub time_progress: Decimal,
    /// The budgets of every row, summed, 万元.
    #[schema(value_type = String, example = "2335")]
    pub budget: Money,
    /// The executed funds of the counted reports, summed, 万元.
    #[schema(value_type = String, example = "1200")]
    pub executed_funds: Money,
    /// executed ÷ budget in % (2 places); null when the budget is 0.
    #[schema(value_type = Option<String>, example = "51.39")]
    #[schema(required = true)]
    pub execution_rate: Option<Decimal>,
    /// One row per sheet that is `APPROVED` or has a report for the month, by region code.
    pub regions: Vec<RegionMonitoring>,
}

/// `GET /funds/{fund_id}/monitoring?month=N`: the fund's picture for the month. Three queries
/// whatever the number of regions: the fund, its sheets, their reports for the month.
pub fn fund_picture(
    conn: &mut DbConnection,
    fund_id: FundId,
    month: u32,
    lang: Lang,
) -> Result<FundMonitoring, ServiceError> {
    crate::db::funds::find(conn, fund_id)?.ok_or_else(|| not_found(Resource::Fund, fund_id))?;
    let filter = sheets::SheetFilter {
        fund_id: Some(fund_id),
        limit: i64::MAX,
        ..Default::default()
    };
    let all_sheets = sheets::load(conn, &filter)?;
    let mut reports: std::collections::HashMap<i64, StoredReport> =
        store::of_fund_month(conn, fund_id, month)?
            .into_iter()
            .map(|r| (r.0.sheet_id, r))
            .collect();
    let mut regions = Vec::new();
    let (mut budget, mut executed) = (Money::ZERO, Money::ZERO);
    for sheet in &all_sheets {
        let report = reports.remove(&sheet.id.get());
        if report.is_none() && sheet.status != SheetStatus::Approved {
            continue;
        }
        let sheet_budget = sheet
            .provincial_funds
            .saturating_add(sheet.matching_funds.unwrap_or(Money::ZERO));
        let mut row = RegionMonitoring {
            region_code: sheet.region_code.clone(),
            region_name: sheet.region_name.clone(),
            sheet_id: sheet.id,
            sheet_status: sheet.status,
            report_status: ReportState::Missing,
            budget: sheet_budget,
            executed_funds: None,
            execution_rate: None,
            behind_schedule: None,
            outlook: None,
            light: Light::Grey,
        };
        if let Some(stored) = report {
            let loaded = load(stored, sheet, lang)?;
            row.report_status = match loaded.status {
                SheetStatus::Draft => ReportState::Draft,
                SheetStatus::Returned => ReportState::Returned,
                SheetStatus::Submitted => ReportState::Submitted,
                SheetStatus::Approved => ReportState::Approved,
            };
            if matches!(
                loaded.status,
                SheetStatus::Submitted | SheetStatus::Approved
            ) {
                let f = &loaded.figures;
                let count = |o: Outlook| f.outlook_counts.get(&o).copied().unwrap_or(0);
                let counts = OutlookCounts {
                    on_track: count(Outlook::OnTrack),
                    at_risk: count(Outlook::AtRisk),
                    off_track: count(Outlook::OffTrack),
                    not_assessed: count(Outlook::NotAssessed),
                };
                row.light = if counts.off_track > 0 || f.far_behind {
                    Light::Red
                } else if counts.at_risk > 0 || counts.not_assessed > 0 || f.behind_schedule {
                    Light::Yellow
                } else {
                    Light::Green
                };
                row.budget = f.budget;
                executed = executed.saturating_add(loaded.norm.executed_funds);
                row.executed_funds = Some(loaded.norm.executed_funds);
                row.execution_rate = f.execution_rate;
                row.behind_schedule = Some(f.behind_schedule);
                row.outlook = Some(counts);
            }
        }
        budget = budget.saturating_add(row.budget);
        regions.push(row);
    }
    regions.sort_by(|a, b| a.region_code.cmp(&b.region_code));
    Ok(FundMonitoring {
        fund_id,
        month,
        time_progress: domain::percent(i64::from(month), 12).unwrap_or_default(),
        budget,
        executed_funds: executed,
        execution_rate: domain::percent(executed.yuan(), budget.yuan()),
        regions,
    })
}

/// The comparable actuals of the fund's latest month with counted (submitted or approved)
/// reports, for the sheets in `sheets` (SPEC §7.1 `monitoring`): the month and the actuals,
/// `None` when the fund has no counted report. Three queries whatever the number of sheets (the
/// month, the month's reports, their lines).
pub fn latest_counted_actuals(
    conn: &mut DbConnection,
    fund_id: FundId,
    sheets: &[Sheet],
) -> Result<Option<(u32, Vec<Actual>)>, ServiceError> {
    let counted = [
        SheetStatus::Submitted.as_str(),
        SheetStatus::Approved.as_str(),
    ];
    let Some(month) = store::latest_month_of_fund(conn, fund_id, &counted)? else {
        return Ok(None);
    };
    let by_id: std::collections::HashMap<SheetId, &Sheet> =
        sheets.iter().map(|s| (s.id, s)).collect();
    let mut actuals = Vec::new();
    for stored in store::of_fund_month(conn, fund_id, month)? {
        let Some(sheet) = by_id.get(&SheetId::new(stored.0.sheet_id)) else {
            continue;
        };
        if !counted.contains(&stored.0.status.as_str()) {
            continue;
        }
        let loaded = load(stored, sheet, Lang::Zh)?;
        actuals.extend(report_actuals(sheet.id, &loaded.figures));
    }
    Ok(Some((month, actuals)))
}
