//! Writing reports: the one write path (create or replace), its checks against facts read before, checking without saving, deletion, and the rules that keep a sheet's reports (an indicator in use, a sheet with reports).

use super::*;
use crate::domain::issue::without_unread_amount;

/// Where the report's checks over the executed amount put their warnings (`BEHIND_SCHEDULE`,
/// `EXECUTED_EXCEEDS_BUDGET`, `EXPECTED_BELOW_EXECUTED`): left out when the amount was refused.
const AMOUNT_DERIVED: &[&str] = &["/executed_funds", "/expected_executed_funds"];

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

pub(super) fn lines_of(report_id: i64, norm: &NormalizedReport) -> Vec<NewLine> {
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
pub(super) fn revision_row(
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
pub(super) fn record(
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
    crate::service::pending::Pending<(i64, i32), ReportChanges, NewLine, store::NewRevision>;

/// How report rows are stored.
pub(super) const REPORT_ROWS: crate::service::pending::RowStore<
    (i64, i32),
    ReportChanges,
    NewLine,
    store::NewRevision,
> = crate::service::pending::RowStore {
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
pub(super) fn write_of(
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
    let computed = without_unread_amount(&issues, "/executed_funds", AMOUNT_DERIVED, computed);
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

/// Writes checked reports at `now` (see [`crate::service::pending::write`]).
pub(crate) fn write_reports(
    conn: &mut DbConnection,
    writes: Vec<PendingReport>,
    now: chrono::NaiveDateTime,
) -> Result<(), ServiceError> {
    crate::service::pending::write(conn, &REPORT_ROWS, writes, now)
}

pub(super) fn changes_of(
    norm: &NormalizedReport,
    version: i64,
    now: chrono::NaiveDateTime,
) -> ReportChanges {
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
    let (figures, computed) =
        domain::compute(&norm, &ReportBasis::of(&sheet), month, Stage::Save, lang);
    let computed = without_unread_amount(&normalized, "/executed_funds", AMOUNT_DERIVED, computed);
    issues.extend(normalized);
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
pub(super) fn remove(
    conn: &mut DbConnection,
    loaded: Loaded,
    actor: &Actor,
) -> Result<(), ServiceError> {
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
    crate::service::evaluation::remove_of_sheet(conn, sheet, actor, lang)
}

/// How many monitoring reports and self-evaluations a sheet has.
pub(crate) fn follow_ups_of_sheet(
    conn: &mut DbConnection,
    sheet_id: SheetId,
) -> Result<(i64, bool), ServiceError> {
    Ok((
        store::count_of_sheet(conn, sheet_id)?,
        crate::service::evaluation::exists_for_sheet(conn, sheet_id)?,
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
