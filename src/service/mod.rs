//! Use cases that combine the domain checks with the database. Each function takes a
//! connection and opens no transaction itself: the HTTP layer runs writes inside one write
//! transaction ([`Store::write`], which may run them more than once) and reads on a plain
//! connection ([`Store::run`]); the command line does the same through [`db::write_tx`].
//!
//! - Sheets (`sheet.rs`): reading one (and its cached JSON body, [`cache`]), every check a
//!   save runs ([`check_sheet`], [`check_normalized`]), validation of a document or of a stored
//!   sheet, and the one write path ([`save_sheet`]; [`patch_sheet`] merges the patch and goes
//!   through it; [`delete_sheet`]).
//! - Funds (`fund.rs`): [`save_fund`], [`patch_fund`], [`delete_fund`] and a fund's allocation
//!   summary ([`fund_summary`]).
//! - The review cycle and revisions ([`workflow`]); bulk uploads ([`bulk`]: each item checked
//!   with the same [`check_normalized`], the sheets written in batches); lists and exports
//!   ([`reads`]; of reports and evaluations, [`follow_up_export`]); API tokens ([`tokens`]).
//! - Here: what they share — the caller ([`Actor`]), preconditions, outcomes, revisions,
//!   conflicts and the JSON merge patch.

use bytes::Bytes;
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

pub mod bulk;
pub mod cache;
pub mod evaluation;
pub mod files;
pub mod follow_up_export;
pub mod forms;
mod fund;
pub mod monitoring;
mod pending;
pub mod reads;
mod sheet;
pub mod side_by_side;
pub mod store;
pub mod stream;
pub mod tokens;
pub mod workflow;

pub use fund::*;
pub use sheet::*;
pub use store::Store;

use crate::db::{self, funds, regions, revisions, sheets, DbConnection};
use crate::domain::access::{Permission, Principal};
use crate::domain::fund::{self as fund_domain, Fund, FundDocument};
use crate::domain::money::format_yuan_as_wan;
use crate::domain::revision::RevisionAction;
use crate::domain::rules;
use crate::domain::sheet::{
    self as sheet_domain, NormalizedSheet, Sheet, SheetDocument, SheetStatus,
};
use crate::domain::target::TargetParsed;
use crate::domain::workflow::edit_refusal;
use crate::domain::{
    FundId, IndicatorId, Issue, IssueCode, Lang, Money, RegionCode, Severity, SheetId,
};
use crate::error::{ProblemCode, Resource, ServiceError};
use crate::json::from_value;

/// Who makes a change, and in which request: recorded with every revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// The caller.
    pub principal: Principal,
    /// The request's id, when the change comes over HTTP.
    pub request_id: Option<String>,
}

impl Actor {
    /// Work done without a token (command-line import, example loading), as an administrator.
    pub fn system(name: &str) -> Actor {
        Actor {
            principal: Principal::system(name),
            request_id: None,
        }
    }

    /// 403 `FORBIDDEN` unless the caller's role allows `p`.
    pub fn require(&self, p: Permission) -> Result<(), ServiceError> {
        Ok(self.principal.require(p)?)
    }
}

/// Appends the revision of `sheet` (as it now is) for `action`.
pub(crate) fn record(
    conn: &mut DbConnection,
    sheet: &Sheet,
    action: RevisionAction,
    actor: &Actor,
    reason: Option<&str>,
) -> Result<(), ServiceError> {
    let row = revision_row(sheet, action, actor, reason, db::now())?;
    revisions::insert(conn, std::slice::from_ref(&row))?;
    Ok(())
}

/// The revision row of `sheet` (as it now is) for `action`.
pub(crate) fn revision_row(
    sheet: &Sheet,
    action: RevisionAction,
    actor: &Actor,
    reason: Option<&str>,
    now: chrono::NaiveDateTime,
) -> Result<revisions::NewRevision, ServiceError> {
    let snapshot = if sheet.warnings.is_some() {
        let mut plain = sheet.clone();
        plain.warnings = None;
        serde_json::to_string(&plain)
    } else {
        serde_json::to_string(sheet)
    }
    .map_err(ServiceError::internal)?;
    Ok(revisions::NewRevision {
        sheet_id: sheet.id.get(),
        version: sheet.version,
        action: action.as_str(),
        status: sheet.status.as_str(),
        actor_name: actor.principal.name.clone(),
        actor_role: actor.principal.role.as_str(),
        reason: reason.map(str::to_owned),
        request_id: actor.request_id.clone(),
        created_at: now,
        snapshot,
    })
}

/// 409 `SHEET_NOT_EDITABLE` unless the stored sheet's status allows editing.
fn ensure_editable(sheet: &Sheet) -> Result<(), ServiceError> {
    match edit_refusal(sheet.status, sheet.id) {
        None => Ok(()),
        Some((zh, en)) => Err(ServiceError::Conflict {
            code: ProblemCode::SheetNotEditable,
            detail_zh: zh,
            detail_en: en,
            issues: vec![],
        }),
    }
}

/// What an `If-Match` header asks for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Precondition {
    /// No `If-Match`: write whatever the stored version.
    #[default]
    None,
    /// `If-Match: *`: the resource must exist.
    Any,
    /// `If-Match: "3"` (or a list): the stored version must be one of these. Weak or malformed
    /// tags never match (RFC 9110 uses strong comparison for `If-Match`).
    Versions(Vec<i64>),
}

impl Precondition {
    /// Reads an `If-Match` header value.
    pub fn parse(header: Option<&str>) -> Precondition {
        let Some(value) = header.map(str::trim) else {
            return Precondition::None;
        };
        if value == "*" {
            return Precondition::Any;
        }
        Precondition::Versions(
            value
                .split(',')
                .filter_map(|tag| {
                    // An entity tag is compared as a string: only `"3"` is the ETag of
                    // version 3, not `"03"` or `"+3"`.
                    let inner = tag.trim().strip_prefix('"')?.strip_suffix('"')?;
                    inner.parse::<i64>().ok().filter(|v| v.to_string() == inner)
                })
                .collect(),
        )
    }

    /// 412 unless `current` satisfies the precondition.
    pub fn check(&self, current: i64) -> Result<(), ServiceError> {
        match self {
            Precondition::Versions(v) if !v.contains(&current) => {
                Err(ServiceError::PreconditionFailed { current })
            }
            _ => Ok(()),
        }
    }
}

/// What a write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Outcome {
    /// A new resource was stored.
    Created,
    /// The stored resource changed; its version grew by one.
    Updated,
    /// The document equals the stored one: nothing was written, the version is kept.
    Unchanged,
}

/// The result of a write: the stored resource, what happened, and the warnings found.
#[derive(Debug, Clone)]
pub struct Saved<T> {
    /// The resource as stored.
    pub value: T,
    /// What the write did.
    pub outcome: Outcome,
    /// Warnings (errors never get this far).
    pub warnings: Vec<Issue>,
}

/// What the checks of a write found to do, before anything is written: nothing (the document
/// equals the stored one), or a write — what to store (`P`) and what the write answers once
/// stored. A bulk upload checks all its items first and stores the writes together.
pub(crate) enum WriteCheck<T, P> {
    /// Nothing to write: the answer.
    Unchanged(Saved<T>),
    /// What to store, and the answer once stored.
    Write(P, Saved<T>),
}

impl<T, P> WriteCheck<T, P> {
    /// A write of `pending`, answering `value` with `warnings`; `creates` when nothing was
    /// stored before.
    pub(crate) fn write(pending: P, value: T, warnings: Vec<Issue>, creates: bool) -> Self {
        let outcome = if creates {
            Outcome::Created
        } else {
            Outcome::Updated
        };
        WriteCheck::Write(
            pending,
            Saved {
                value,
                outcome,
                warnings,
            },
        )
    }

    /// The answer, and what to store if anything.
    pub(crate) fn into_parts(self) -> (Saved<T>, Option<P>) {
        match self {
            WriteCheck::Unchanged(saved) => (saved, None),
            WriteCheck::Write(pending, saved) => (saved, Some(pending)),
        }
    }
}

/// Whether a write creates a resource or replaces a stored one.
#[derive(Debug, Clone)]
pub enum Target<Id> {
    /// Create a new resource.
    Create,
    /// Replace the stored resource `id`, if the precondition holds.
    Replace {
        /// The stored resource.
        id: Id,
        /// From `If-Match`.
        precondition: Precondition,
    },
}

fn not_found(resource: Resource, id: impl std::fmt::Display) -> ServiceError {
    ServiceError::NotFound {
        resource,
        id: id.to_string(),
    }
}

fn is_unique_violation(e: &diesel::result::Error) -> bool {
    matches!(
        e,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}

/// Splits issues into a result (SPEC §2.1: a request with both rule errors and a conflict gets
/// 422 listing all of them): 422 listing every error, refusal and conflict when any rule error;
/// the first refusal's 409, else the first conflict's, when there are no rule errors; the
/// warnings otherwise.
fn settle(
    issues: Vec<Issue>,
    conflicts: Vec<Conflict>,
    refusals: Vec<Refusal>,
) -> Result<Vec<Issue>, ServiceError> {
    let has_errors = issues.iter().any(|i| i.severity == Severity::Error);
    if has_errors {
        // Every error, refusal and conflict; warnings are for documents that can be saved.
        let mut all: Vec<Issue> = issues
            .into_iter()
            .filter(|i| i.severity == Severity::Error)
            .collect();
        all.extend(refusals.into_iter().flat_map(|r| r.issues));
        all.extend(conflicts.into_iter().map(|c| c.0));
        return Err(ServiceError::Validation { issues: all });
    }
    if let Some(refusal) = refusals.into_iter().next() {
        return Err(refusal.conflict);
    }
    if let Some(conflict) = conflicts.into_iter().next() {
        return Err(conflict.into());
    }
    Ok(issues)
}

/// A 409 found before the rules are checked — a status that forbids the write, an indicator
/// in use — kept so that rule errors can list it too (see [`settle`]).
pub(crate) struct Refusal {
    /// What a 422 lists for it.
    issues: Vec<Issue>,
    /// The 409 it is when the document breaks no rule.
    conflict: ServiceError,
}

impl Refusal {
    /// What a 422 lists for it.
    pub(crate) fn into_issues(self) -> Vec<Issue> {
        self.issues
    }
}

/// Keeps the 409 of `result` (a `ServiceError::Conflict`) in `refusals`, listed under the issue
/// `code` when it names no field itself; any other error is returned.
pub(crate) fn refused(
    result: Result<(), ServiceError>,
    code: IssueCode,
    lang: Lang,
    refusals: &mut Vec<Refusal>,
) -> Result<(), ServiceError> {
    match result {
        Ok(()) => Ok(()),
        Err(conflict @ ServiceError::Conflict { .. }) => {
            let ServiceError::Conflict {
                detail_zh,
                detail_en,
                issues,
                ..
            } = &conflict
            else {
                unreachable!("matched above")
            };
            let issues = if issues.is_empty() {
                vec![Issue::error(
                    code,
                    "",
                    lang.pick(detail_zh.clone(), detail_en.clone()),
                )]
            } else {
                issues.clone()
            };
            refusals.push(Refusal { issues, conflict });
            Ok(())
        }
        Err(other) => Err(other),
    }
}

/// A conflict: the issue, the problem code, and the problem detail in both languages.
pub type Conflict = (Issue, ProblemCode, String, String);

impl From<Conflict> for ServiceError {
    /// The 409 of a conflict found alone (with rule errors it is one of the 422's issues).
    fn from((issue, code, detail_zh, detail_en): Conflict) -> Self {
        ServiceError::Conflict {
            code,
            detail_zh,
            detail_en,
            issues: vec![issue],
        }
    }
}

/// RFC 7396 JSON merge patch: objects merge key by key, `null` removes, anything else replaces.
pub fn merge_patch(target: &mut Value, patch: &Value) {
    let Value::Object(patch_map) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(serde_json::Map::new());
    }
    let Value::Object(target_map) = target else {
        return;
    };
    for (key, value) in patch_map {
        if value.is_null() {
            target_map.remove(key);
        } else {
            merge_patch(target_map.entry(key.clone()).or_insert(Value::Null), value);
        }
    }
}

/// Calls `f` with each page of at most `page` of the rows `ids` names, in the order of `ids`, as
/// `load` reads them, with the sheets they belong to (`sheet_of` each row), or once with an
/// empty page when there are none: what the report and evaluation exports read, a page at a
/// time. A row gone between the two reads (`what` names its kind) is an internal error; within
/// a read transaction it cannot be.
pub(crate) fn each_page_of_ids<S>(
    conn: &mut DbConnection,
    ids: &[i64],
    page: usize,
    what: &str,
    load: impl Fn(&mut DbConnection, &[i64]) -> diesel::QueryResult<Vec<S>>,
    sheet_of: impl Fn(&S) -> i64,
    mut f: impl FnMut(
        &mut DbConnection,
        Vec<S>,
        std::collections::HashMap<SheetId, Sheet>,
    ) -> Result<(), ServiceError>,
) -> Result<(), ServiceError> {
    if ids.is_empty() {
        return f(conn, Vec::new(), Default::default());
    }
    for chunk in ids.chunks(page.max(1)) {
        let rows = load(conn, chunk)?;
        if rows.len() != chunk.len() {
            return Err(ServiceError::internal(format!(
                "{what} went missing during an export"
            )));
        }
        let mut sheet_ids: Vec<SheetId> = rows.iter().map(|r| SheetId::new(sheet_of(r))).collect();
        sheet_ids.sort_unstable();
        sheet_ids.dedup();
        let by_id = sheets::load_ids(conn, &sheet_ids)?;
        f(conn, rows, by_id)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn if_match_is_read_strictly() {
        assert_eq!(Precondition::parse(None), Precondition::None);
        assert_eq!(Precondition::parse(Some("*")), Precondition::Any);
        assert_eq!(
            Precondition::parse(Some("\"3\"")),
            Precondition::Versions(vec![3])
        );
        assert_eq!(
            Precondition::parse(Some("\"2\", \"3\"")),
            Precondition::Versions(vec![2, 3])
        );
        assert_eq!(
            Precondition::parse(Some("W/\"3\"")),
            Precondition::Versions(vec![])
        );
        assert_eq!(
            Precondition::parse(Some("3")),
            Precondition::Versions(vec![])
        );
        for other in ["\"03\"", "\"+3\"", "\" 3\"", "\"3.0\"", "\"-0\""] {
            assert_eq!(
                Precondition::parse(Some(other)),
                Precondition::Versions(vec![]),
                "{other}"
            );
        }
        assert!(Precondition::parse(Some("\"3\"")).check(3).is_ok());
        assert!(matches!(
            Precondition::parse(Some("\"2\"")).check(3),
            Err(ServiceError::PreconditionFailed { current: 3 })
        ));
        assert!(Precondition::Any.check(9).is_ok());
    }

    #[test]
    fn merge_patch_follows_rfc_7396() {
        let mut doc = json!({"a": "b", "c": {"d": "e", "f": "g"}, "list": [1, 2]});
        merge_patch(
            &mut doc,
            &json!({"a": "z", "c": {"f": null}, "list": [3], "n": null}),
        );
        assert_eq!(doc, json!({"a": "z", "c": {"d": "e"}, "list": [3]}));
        let mut doc = json!({"a": 1});
        merge_patch(&mut doc, &json!(["x"]));
        assert_eq!(doc, json!(["x"]));
    }
}
