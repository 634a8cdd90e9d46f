//! A self-evaluation's review steps (submit, approve, return, reopen) and its history of revisions.

use super::*;

/// Takes one review step of an evaluation: the sheet and evaluation exist (404), the caller's
/// region (403, for submitting), the precondition (412), the status (409
/// `INVALID_TRANSITION`), the reason (422); submitting scores the evaluation with the *submit*
/// checks as errors (422) and freezes what it was scored on and its scores; returning and
/// reopening let them be computed afresh. The caller's role is checked before. Run it inside a
/// write transaction.
#[allow(clippy::too_many_arguments)]
pub fn transition(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    step: Transition,
    reason: Option<&str>,
    precondition: &Precondition,
    actor: &Actor,
    lang: Lang,
) -> Result<Evaluation, ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    let stored = store::find(conn, sheet_id)?.ok_or_else(|| evaluation_not_found(sheet_id))?;
    if step == Transition::Submit {
        actor.principal.require_region(&sheet.region_code)?;
    }
    let scheme = scheme_of(conn, &sheet)?;
    let loaded = load(stored, &sheet, &scheme, lang)?;
    precondition.check(loaded.row.version)?;
    if let Some((zh, en)) = step.refusal_of(loaded.status, Subject::Evaluation(sheet_id)) {
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
            let basis = EvaluationBasis::of(&sheet, &scheme);
            let (figures, issues) = domain::compute(&loaded.norm, &basis, Stage::Submit, lang);
            let errors: Vec<Issue> = issues
                .into_iter()
                .filter(|i| i.severity == Severity::Error)
                .collect();
            if !errors.is_empty() {
                return Err(ServiceError::Validation { issues: errors });
            }
            let frozen = Frozen {
                basis,
                figures,
                scored_at: Utc::now(),
            };
            Some(serde_json::to_string(&frozen).map_err(ServiceError::internal)?)
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
    let evaluation = get_evaluation(conn, sheet_id, lang)?;
    record(conn, &evaluation, RevisionAction::from(step), actor, reason)?;
    Ok(evaluation)
}

/// One recorded change of an evaluation.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EvaluationRevision {
    /// The sheet.
    #[schema(value_type = i64, example = 1)]
    pub sheet_id: SheetId,
    /// The evaluation's version after the change.
    #[schema(example = 2)]
    pub version: i64,
    /// What happened.
    pub action: RevisionAction,
    /// The evaluation's status after the change.
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
    /// Only in `GET …/self-evaluation/revisions/{version}`: the evaluation as `GET` returned it
    /// at this version.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Evaluation>)]
    pub snapshot: Option<Value>,
}

pub(super) fn revision_of(
    sheet_id: SheetId,
    row: store::RevisionRow,
    snapshot: Option<Value>,
) -> Result<EvaluationRevision, ServiceError> {
    let unknown = |what: &str, value: &str| {
        ServiceError::internal(format!(
            "revision {} of the self-evaluation of sheet {sheet_id} has the unknown stored {what} {value:?}",
            row.version
        ))
    };
    Ok(EvaluationRevision {
        sheet_id,
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

/// An evaluation's revisions after `after_version`, oldest first, at most `limit`; kept after
/// the evaluation (or its sheet) is deleted, 404 when it never existed.
pub fn list_revisions(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    after_version: i64,
    limit: i64,
) -> Result<Vec<EvaluationRevision>, ServiceError> {
    let rows = store::revisions(conn, sheet_id, after_version, limit)?;
    if rows.is_empty() && store::latest_revision_version(conn, sheet_id)?.is_none() {
        return Err(evaluation_not_found(sheet_id));
    }
    rows.into_iter()
        .map(|r| revision_of(sheet_id, r, None))
        .collect()
}

/// One revision of an evaluation, with its snapshot.
pub fn get_revision(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    version: i64,
) -> Result<EvaluationRevision, ServiceError> {
    let (row, snapshot) = store::revision(conn, sheet_id, version)?.ok_or_else(|| {
        not_found(
            Resource::Revision,
            format!("{sheet_id}/self-evaluation/{version}"),
        )
    })?;
    let snapshot = serde_json::from_str(&snapshot).map_err(ServiceError::internal)?;
    revision_of(sheet_id, row, Some(snapshot))
}
