//! A report's review steps (submit, approve, return, reopen) and its history of revisions.

use super::*;

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

pub(super) fn revision_of(
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
