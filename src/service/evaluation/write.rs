//! Writing self-evaluations: the one write path (create or replace), its checks against facts read before, scoring without saving, and deletion.

use super::*;
use crate::domain::issue::without_unread_amount;

/// Where the evaluation's check over the executed amount puts its warning (the budget's
/// `DEVIATION_ANALYSIS_REQUIRED`): left out when the amount was refused.
const AMOUNT_DERIVED: &[&str] = &["/budget_deviation_analysis"];

pub(super) fn lines_of(evaluation_id: i64, norm: &NormalizedEvaluation) -> Vec<NewLine> {
    norm.lines
        .iter()
        .enumerate()
        .map(|(k, l)| NewLine {
            evaluation_id,
            position: k as i32,
            indicator_id: l.indicator_id.get(),
            actual: l.actual.clone(),
            achievement: l.achievement.map(Achievement::as_str),
            score: l.score.map(|d| d.to_string()),
            weight: l.weight.map(|d| d.to_string()),
            deviation_analysis: l.deviation_analysis.clone(),
        })
        .collect()
}

pub(super) fn changes_of(
    norm: &NormalizedEvaluation,
    version: i64,
    now: chrono::NaiveDateTime,
) -> EvaluationChanges {
    EvaluationChanges {
        executed_funds: norm.executed_funds.yuan(),
        goal_achievement: norm.goal_achievement.clone(),
        budget_deviation_analysis: norm.budget_deviation_analysis.clone(),
        version,
        updated_at: now,
    }
}

/// The revision of an evaluation (as it now is) for `action`, made at `now`.
pub(super) fn revision_row(
    evaluation: &Evaluation,
    action: RevisionAction,
    actor: &Actor,
    reason: Option<&str>,
    now: chrono::NaiveDateTime,
) -> Result<store::NewRevision, ServiceError> {
    Ok(store::NewRevision {
        sheet_id: evaluation.sheet_id.get(),
        version: evaluation.version,
        action: action.as_str(),
        status: evaluation.status.as_str(),
        actor_name: actor.principal.name.clone(),
        actor_role: actor.principal.role.as_str(),
        reason: reason.map(str::to_owned),
        request_id: actor.request_id.clone(),
        created_at: now,
        snapshot: serde_json::to_string(evaluation).map_err(ServiceError::internal)?,
    })
}

/// Appends the revision of an evaluation (as it now is) for `action`.
pub(super) fn record(
    conn: &mut DbConnection,
    evaluation: &Evaluation,
    action: RevisionAction,
    actor: &Actor,
    reason: Option<&str>,
) -> Result<(), ServiceError> {
    let row = revision_row(evaluation, action, actor, reason, db::now())?;
    store::insert_revisions(conn, &[row])?;
    Ok(())
}

pub(super) fn not_editable(status: SheetStatus, sheet_id: SheetId) -> Result<(), ServiceError> {
    match edit_refusal_of(status, Subject::Evaluation(sheet_id)) {
        Some((zh, en)) => Err(ServiceError::Conflict {
            code: ProblemCode::EvaluationNotEditable,
            detail_zh: zh,
            detail_en: en,
            issues: vec![],
        }),
        None => Ok(()),
    }
}

/// The one write path of evaluations (`PUT /sheets/{sheet_id}/self-evaluation`): the sheet
/// (404), then the checks of `check_evaluation` and the write of `write_evaluations`. The
/// caller's role is checked by the handler. Run it inside a write transaction.
pub fn save_evaluation(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    doc: &EvaluationDocument,
    condition: &WriteCondition,
    actor: &Actor,
    lang: Lang,
) -> Result<Saved<Evaluation>, ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    let existing = store::find(conn, sheet_id)?;
    let latest_version = match existing {
        Some(_) => None,
        None => store::latest_revision_version(conn, sheet_id)?,
    };
    let scheme = scheme_of(conn, &sheet)?;
    let facts = EvaluationFacts {
        sheet: &sheet,
        scheme: &scheme,
        existing,
        latest_version,
    };
    let now = db::now();
    let (saved, pending) = check_evaluation(facts, doc, condition, actor, now, lang)?.into_parts();
    if let Some(pending) = pending {
        write_evaluations(conn, vec![pending], now)?;
    }
    Ok(saved)
}

/// What an evaluation write is checked against, read before it: the sheet, its fund's scheme,
/// the stored evaluation, and (when there is none) the latest version its revisions reached,
/// since an evaluation made again after a deletion continues its numbering.
pub(crate) struct EvaluationFacts<'a> {
    /// The sheet.
    pub sheet: &'a Sheet,
    /// The scheme of the sheet's fund.
    pub scheme: &'a Scheme,
    /// The stored evaluation, if any.
    pub existing: Option<StoredEvaluation>,
    /// The latest version recorded, if any.
    pub latest_version: Option<i64>,
}

/// What the checks of an evaluation write found to do: nothing, or a write for [`write_evaluations`].
pub(crate) type EvaluationCheck = WriteCheck<Evaluation, PendingEvaluation>;

/// What a checked evaluation write stores: its key is its sheet.
pub(crate) type PendingEvaluation =
    crate::service::pending::Pending<i64, store::EvaluationChanges, NewLine, store::NewRevision>;

/// How evaluation rows are stored.
pub(super) const EVALUATION_ROWS: crate::service::pending::RowStore<
    i64,
    store::EvaluationChanges,
    NewLine,
    store::NewRevision,
> = crate::service::pending::RowStore {
    noun: "self-evaluation",
    update: store::update,
    insert_new: |conn, rows, now| {
        let rows: Vec<store::NewEvaluation> = rows
            .into_iter()
            .map(|(sheet_id, changes)| (SheetId::new(sheet_id), changes))
            .collect();
        store::insert_many(conn, &rows, now)
    },
    delete_lines: store::delete_lines,
    set_owner: |line, id| line.evaluation_id = id,
    insert_lines: store::insert_lines,
    insert_revisions: store::insert_revisions,
};

/// The write of a checked evaluation: what to store (its revision made at `now`, by `actor`) and
/// what the write answers.
pub(super) fn write_of(
    norm: &NormalizedEvaluation,
    stored: Option<(i64, i64)>,
    evaluation: Evaluation,
    actor: &Actor,
    now: chrono::NaiveDateTime,
) -> Result<EvaluationCheck, ServiceError> {
    let action = match stored {
        Some(_) => RevisionAction::Update,
        None => RevisionAction::Create,
    };
    let pending = PendingEvaluation {
        stored,
        key: evaluation.sheet_id.get(),
        changes: changes_of(norm, evaluation.version, now),
        lines: lines_of(0, norm),
        revision: revision_row(&evaluation, action, actor, None, now)?,
    };
    let warnings = evaluation.issues.clone();
    Ok(WriteCheck::write(
        pending,
        evaluation,
        warnings,
        stored.is_none(),
    ))
}

/// The checks of an evaluation write, in order, against facts read before: the caller's region
/// (403), the preconditions (412), compare with what is stored (no change → nothing to write,
/// whatever the sheet or the scheme became), the sheet approved (409), normalise and score
/// (422 while errors remain), refuse a change to a submitted or approved evaluation (409). Reads nothing: a bulk upload checks all its
/// items against facts read once. `now` is the time the write will carry.
pub(crate) fn check_evaluation(
    facts: EvaluationFacts<'_>,
    doc: &EvaluationDocument,
    condition: &WriteCondition,
    actor: &Actor,
    now: chrono::NaiveDateTime,
    lang: Lang,
) -> Result<EvaluationCheck, ServiceError> {
    let EvaluationFacts {
        sheet,
        scheme,
        existing,
        latest_version,
    } = facts;
    let sheet_id = sheet.id;
    actor.principal.require_region(&sheet.region_code)?;
    match &existing {
        None if condition.if_match != Precondition::None => {
            return Err(ServiceError::ConditionFailed {
                detail_zh: "If-Match 要求自评已存在，但该表还没有绩效自评".into(),
                detail_en: "If-Match needs an existing self-evaluation, and this sheet has none"
                    .into(),
            })
        }
        Some((row, _)) if condition.create_only => {
            return Err(ServiceError::ConditionFailed {
                detail_zh: format!(
                    "If-None-Match: * 只用于新建，但该表已有绩效自评（版本 \"{}\"）",
                    row.version
                ),
                detail_en: format!(
                    "If-None-Match: * creates only, and this sheet already has a self-evaluation (version \"{}\")",
                    row.version
                ),
            })
        }
        Some((row, _)) => condition.if_match.check(row.version)?,
        None => {}
    }
    let (norm, mut issues) = domain::normalize(doc, lang);
    // What is stored, sent again, writes nothing: answered as it is, whatever the sheet, its
    // targets and the fund's scheme became since (a frozen evaluation exported and uploaded
    // back is `UNCHANGED`).
    // Only a document read without an error: reading drops what it refuses (an amount that is
    // not one, a line without its indicator), so one with errors may look like what is stored.
    let read_cleanly = !issues.iter().any(|i| i.severity == Severity::Error);
    let existing = match existing {
        Some((row, lines)) => {
            let stored_norm = normalized_of(&row, &lines)?;
            if read_cleanly && stored_norm == norm {
                let loaded = loaded(row, stored_norm, sheet, scheme, lang)?;
                return Ok(EvaluationCheck::Unchanged(Saved {
                    warnings: loaded.issues.clone(),
                    value: loaded.into_evaluation(lang),
                    outcome: Outcome::Unchanged,
                }));
            }
            Some(row)
        }
        None => None,
    };
    let status = existing.as_ref().map(status_of).transpose()?;
    let refusals = refusals_of(sheet, status, Subject::Evaluation(sheet_id), lang)?;
    let basis = EvaluationBasis::of(sheet, scheme);
    let (figures, computed) = domain::compute(&norm, &basis, Stage::Save, lang);
    let computed = without_unread_amount(&issues, "/executed_funds", AMOUNT_DERIVED, computed);
    issues.extend(computed.iter().cloned());
    settle(issues, Vec::new(), refusals)?;
    let written_at = utc(now);
    let Some(row) = existing else {
        let header = Header {
            sheet_id,
            status: SheetStatus::Draft,
            status_reason: None,
            version: latest_version.unwrap_or(0) + 1,
            created_at: written_at,
            updated_at: written_at,
            scored_at: Utc::now(),
        };
        let evaluation = view(header, &norm, (figures, &basis.indicators), computed, lang);
        return write_of(&norm, None, evaluation, actor, now);
    };
    let status = status.unwrap_or(SheetStatus::Draft);
    let stored = Some((row.id, row.version));
    let header = Header {
        sheet_id,
        status,
        status_reason: row.status_reason.clone(),
        version: row.version + 1,
        created_at: utc(row.created_at),
        updated_at: written_at,
        scored_at: Utc::now(),
    };
    let evaluation = if row.frozen.is_none() && stage_of(status) == Stage::Save {
        view(header, &norm, (figures, &basis.indicators), computed, lang)
    } else {
        // As a read scores it: on what submitting froze, if anything (never the case for an
        // evaluation that may change), at the stage of its status.
        let mut evaluation = loaded(row, norm.clone(), sheet, scheme, lang)?.into_evaluation(lang);
        evaluation.version = header.version;
        evaluation.updated_at = header.updated_at;
        evaluation
    };
    write_of(&norm, stored, evaluation, actor, now)
}

/// Writes checked evaluations at `now` (see [`crate::service::pending::write`]).
pub(crate) fn write_evaluations(
    conn: &mut DbConnection,
    writes: Vec<PendingEvaluation>,
    now: chrono::NaiveDateTime,
) -> Result<(), ServiceError> {
    crate::service::pending::write(conn, &EVALUATION_ROWS, writes, now)
}

/// `POST /sheets/{sheet_id}/self-evaluation/score`: the scores and checks of `PUT` for a
/// document, nothing saved (the sheet must exist; before it is approved the evaluation is still
/// scored, with `SHEET_NOT_APPROVED` as its first error, so that it can be prepared ahead).
pub fn score_evaluation(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    doc: &EvaluationDocument,
    lang: Lang,
) -> Result<EvaluationValidation, ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    let scheme = scheme_of(conn, &sheet)?;
    let (norm, normalized) = domain::normalize(doc, lang);
    let stored = store::find(conn, sheet_id)?;
    // As `PUT`: what is stored, sent again, is no write; any other document is refused while
    // the sheet is not approved or the evaluation is submitted or approved.
    let read_cleanly = !normalized.iter().any(|i| i.severity == Severity::Error);
    let unchanged = match &stored {
        Some((row, lines)) => read_cleanly && normalized_of(row, lines)? == norm,
        None => false,
    };
    let mut issues: Vec<Issue> = Vec::new();
    if !unchanged {
        let status = stored.as_ref().map(|(row, _)| status_of(row)).transpose()?;
        let subject = Subject::Evaluation(sheet_id);
        issues.extend(refusal_issues(&sheet, status, subject, lang)?);
    }
    let basis = EvaluationBasis::of(&sheet, &scheme);
    let (figures, computed) = domain::compute(&norm, &basis, Stage::Save, lang);
    let computed = without_unread_amount(&normalized, "/executed_funds", AMOUNT_DERIVED, computed);
    issues.extend(normalized);
    issues.extend(computed);
    let now = Utc::now();
    let (status, status_reason, version, created_at) = match &stored {
        Some((row, _)) => (
            status_of(row)?,
            row.status_reason.clone(),
            row.version,
            utc(row.created_at),
        ),
        None => (SheetStatus::Draft, None, 1, now),
    };
    let valid = !issues.iter().any(|i| i.severity == Severity::Error);
    let header = Header {
        sheet_id,
        status,
        status_reason,
        version,
        created_at,
        updated_at: now,
        scored_at: now,
    };
    let evaluation = view(
        header,
        &norm,
        (figures, &basis.indicators),
        issues.clone(),
        lang,
    );
    Ok(EvaluationValidation {
        valid,
        issues,
        evaluation: Some(evaluation),
    })
}

/// Deletes an evaluation while `DRAFT` or `RETURNED`; its history is kept, ending with a
/// `DELETE` revision.
pub fn delete_evaluation(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    precondition: &Precondition,
    actor: &Actor,
    lang: Lang,
) -> Result<(), ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    actor.principal.require_region(&sheet.region_code)?;
    let stored = store::find(conn, sheet_id)?.ok_or_else(|| evaluation_not_found(sheet_id))?;
    let scheme = scheme_of(conn, &sheet)?;
    let loaded = load(stored, &sheet, &scheme, lang)?;
    precondition.check(loaded.row.version)?;
    not_editable(loaded.status, sheet_id)?;
    remove(conn, loaded, actor, lang)
}

/// Deletes a loaded evaluation and records it.
pub(super) fn remove(
    conn: &mut DbConnection,
    loaded: Loaded,
    actor: &Actor,
    lang: Lang,
) -> Result<(), ServiceError> {
    let version = loaded.row.version;
    if store::delete(conn, loaded.row.id, version)? == 0 {
        return Err(ServiceError::PreconditionFailed {
            current: version + 1,
        });
    }
    let mut last = loaded.into_evaluation(lang);
    last.version = version + 1;
    record(conn, &last, RevisionAction::Delete, actor, None)
}

/// Deletes the evaluation of a sheet, if any, with its `DELETE` revision (an administrator's
/// forced deletion of the sheet or its fund).
pub(crate) fn remove_of_sheet(
    conn: &mut DbConnection,
    sheet: &Sheet,
    actor: &Actor,
    lang: Lang,
) -> Result<(), ServiceError> {
    if let Some(stored) = store::find(conn, sheet.id)? {
        let scheme = scheme_of(conn, sheet)?;
        let loaded = load(stored, sheet, &scheme, lang)?;
        remove(conn, loaded, actor, lang)?;
    }
    Ok(())
}

/// Whether a sheet has an evaluation.
pub(crate) fn exists_for_sheet(
    conn: &mut DbConnection,
    sheet_id: SheetId,
) -> Result<bool, ServiceError> {
    Ok(store::exists_for_sheet(conn, sheet_id)?)
}
