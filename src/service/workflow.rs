//! The review cycle and the history of sheets: steps (submit, approve, return, reopen), their
//! revisions, and the difference between two versions.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

use super::{check_sheet, find_sheet, not_found, record, Actor, Precondition};
use crate::db::{self, revisions, sheets, utc, DbConnection};
use crate::domain::access::Role;
use crate::domain::check::Checker;
use crate::domain::revision::{self, FieldChange, RevisionAction};
use crate::domain::sheet::{Sheet, SheetStatus};
use crate::domain::workflow::{Transition, MAX_REASON_CHARS};
use crate::domain::{Issue, Lang, Severity, SheetId};
use crate::error::{ProblemCode, Resource, ServiceError};

/// The reason of a step, trimmed (blank counts as none), or 422 when it is required and
/// missing, too long or holds control characters.
pub(crate) fn check_reason(
    step: Transition,
    reason: Option<&str>,
    lang: Lang,
) -> Result<Option<String>, ServiceError> {
    let mut checker = Checker::new(lang);
    let (zh, en) = match step {
        Transition::Return => ("退回理由（reason）", "the reason for returning"),
        Transition::Reopen => ("调整理由（reason）", "the reason for reopening"),
        _ => ("说明（reason）", "reason"),
    };
    let reason = checker.text(
        "/reason",
        reason,
        step.needs_reason(),
        MAX_REASON_CHARS,
        true,
        zh,
        en,
    );
    if checker.has_errors() {
        return Err(ServiceError::Validation {
            issues: checker.issues,
        });
    }
    Ok(reason)
}

/// Takes one step of the review cycle: the sheet exists (404), the caller's region (403, for
/// submitting), the precondition (412), the status (409 `INVALID_TRANSITION`), then the reason
/// and today's rules when the step validates (422), then the new status and its revision. The
/// caller's role is checked before. Run it inside a write transaction.
pub fn transition(
    conn: &mut DbConnection,
    id: SheetId,
    step: Transition,
    reason: Option<&str>,
    precondition: &Precondition,
    actor: &Actor,
    lang: Lang,
) -> Result<Sheet, ServiceError> {
    let sheet = find_sheet(conn, id)?;
    actor.principal.require_region(&sheet.region_code)?;
    precondition.check(sheet.version)?;
    if let Some((zh, en)) = step.refusal(sheet.status, id) {
        return Err(ServiceError::Conflict {
            code: ProblemCode::InvalidTransition,
            detail_zh: zh,
            detail_en: en,
            issues: vec![],
        });
    }
    let reason = check_reason(step, reason, lang)?;
    let reason = reason.as_deref();
    if step.validates() {
        let doc = sheet.to_document();
        let errors: Vec<Issue> = check_sheet(conn, &doc, Some(&sheet), lang)?
            .all_issues()
            .into_iter()
            .filter(|i| i.severity == Severity::Error)
            .collect();
        if !errors.is_empty() {
            return Err(ServiceError::Validation { issues: errors });
        }
    }
    if sheets::set_status(conn, id, sheet.version, step.to(), reason, db::now())? == 0 {
        return Err(ServiceError::PreconditionFailed {
            current: sheet.version + 1,
        });
    }
    let value = find_sheet(conn, id)?;
    record(conn, &value, RevisionAction::from(step), actor, reason)?;
    Ok(value)
}

/// Who made a change.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RevisionActor {
    /// The token's name.
    #[schema(example = "株洲市商务局")]
    pub name: String,
    /// The token's role at the time.
    pub role: Role,
}

/// One recorded change of a sheet.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Revision {
    /// The sheet.
    #[schema(value_type = i64)]
    pub sheet_id: SheetId,
    /// The sheet's version after the change (the `ETag` it then had).
    #[schema(example = 2)]
    pub version: i64,
    /// What happened.
    pub action: RevisionAction,
    /// The sheet's status after the change.
    pub status: SheetStatus,
    /// Who made it.
    pub actor: RevisionActor,
    /// Why, when a reason was given (returning and reopening need one).
    #[schema(required = true)]
    pub reason: Option<String>,
    /// The request that made it (`X-Request-Id`); `null` for command-line work.
    #[schema(required = true)]
    pub request_id: Option<String>,
    /// When (UTC).
    pub created_at: DateTime<Utc>,
    /// Only in `GET /sheets/{sheet_id}/revisions/{version}`: the sheet as `GET` returned it
    /// at this version.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Sheet>)]
    pub snapshot: Option<Value>,
}

/// A revision from its row; a stored action, status or role this version does not know is an
/// internal error naming the revision and the value (the database refuses them since the
/// migration of 2026-12-03).
fn revision_of(
    row: revisions::RevisionRow,
    snapshot: Option<Value>,
) -> Result<Revision, ServiceError> {
    let unknown = |what: &str, value: &str| {
        ServiceError::internal(format!(
            "revision {} of sheet {} has the unknown stored {what} {value:?}",
            row.version, row.sheet_id
        ))
    };
    let action =
        RevisionAction::parse(&row.action).ok_or_else(|| unknown("action", &row.action))?;
    let status = SheetStatus::parse(&row.status).ok_or_else(|| unknown("status", &row.status))?;
    let role = Role::parse(&row.actor_role).ok_or_else(|| unknown("role", &row.actor_role))?;
    Ok(Revision {
        sheet_id: SheetId::new(row.sheet_id),
        version: row.version,
        action,
        status,
        actor: RevisionActor {
            name: row.actor_name,
            role,
        },
        reason: row.reason,
        request_id: row.request_id,
        created_at: utc(row.created_at),
        snapshot,
    })
}

/// Revisions of a sheet after `after_version`, oldest first, at most `limit`; 404 when the
/// sheet neither exists nor ever existed.
pub fn list_revisions(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    after_version: i64,
    limit: i64,
) -> Result<Vec<Revision>, ServiceError> {
    let rows = revisions::list(conn, sheet_id, after_version, limit)?;
    if rows.is_empty()
        && revisions::latest_version(conn, sheet_id)?.is_none()
        && sheets::find(conn, sheet_id)?.is_none()
    {
        return Err(not_found(Resource::Sheet, sheet_id));
    }
    rows.into_iter().map(|r| revision_of(r, None)).collect()
}

/// One revision with its snapshot.
pub fn get_revision(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    version: i64,
) -> Result<Revision, ServiceError> {
    let (row, snapshot) =
        revisions::find(conn, sheet_id, version)?.ok_or_else(|| ServiceError::NotFound {
            resource: Resource::Revision,
            id: format!("{sheet_id}/{version}"),
        })?;
    let snapshot = serde_json::from_str(&snapshot).map_err(ServiceError::internal)?;
    revision_of(row, Some(snapshot))
}

/// The difference between two versions of a sheet.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RevisionDiff {
    /// The sheet.
    #[schema(value_type = i64)]
    pub sheet_id: SheetId,
    /// The earlier version compared.
    pub from: i64,
    /// The later version compared.
    pub to: i64,
    /// The fields that differ, by field name and list position; version numbers, timestamps
    /// and target readings are left out.
    pub changes: Vec<FieldChange>,
}

/// The field-level difference between versions `from` and `to` of a sheet; `to` defaults to
/// the latest recorded version and `from` to the one before `to`.
pub fn diff(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    from: Option<i64>,
    to: Option<i64>,
) -> Result<RevisionDiff, ServiceError> {
    let to = match to {
        Some(v) => v,
        None => revisions::latest_version(conn, sheet_id)?
            .ok_or_else(|| not_found(Resource::Sheet, sheet_id))?,
    };
    let from = from.unwrap_or(to.saturating_sub(1).max(1));
    let a = get_revision(conn, sheet_id, from)?;
    let b = get_revision(conn, sheet_id, to)?;
    let changes = revision::diff(
        a.snapshot.as_ref().unwrap_or(&Value::Null),
        b.snapshot.as_ref().unwrap_or(&Value::Null),
    );
    Ok(RevisionDiff {
        sheet_id,
        from,
        to,
        changes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(action: &str, status: &str, role: &str) -> revisions::RevisionRow {
        revisions::RevisionRow {
            sheet_id: 7,
            version: 3,
            action: action.into(),
            status: status.into(),
            actor_name: "审核人".into(),
            actor_role: role.into(),
            reason: None,
            request_id: None,
            created_at: chrono::DateTime::UNIX_EPOCH.naive_utc(),
        }
    }

    #[test]
    fn unknown_stored_revision_values_are_internal_errors() {
        let read = revision_of(row("SUBMIT", "SUBMITTED", "SUBMITTER"), None).unwrap();
        assert_eq!(
            (read.action, read.status, read.actor.role),
            (
                RevisionAction::Submit,
                SheetStatus::Submitted,
                Role::Submitter
            )
        );
        for (r, value) in [
            (row("ARCHIVE", "DRAFT", "ADMIN"), "\"ARCHIVE\""),
            (row("UPDATE", "ARCHIVED", "ADMIN"), "\"ARCHIVED\""),
            (row("UPDATE", "DRAFT", "OVERSEER"), "\"OVERSEER\""),
        ] {
            let err = revision_of(r, None).unwrap_err();
            assert_eq!(err.code(), crate::error::ProblemCode::InternalError);
            let cause = err.to_string();
            assert!(cause.contains("revision 3 of sheet 7"), "{cause}");
            assert!(cause.contains(value), "{cause}");
        }
    }
}
