//! The review cycle (申报 → 审核 → 批复 → 调整) and the history of sheets: one operation per
//! step, each honouring `If-Match`; the revisions and the difference between two versions.

use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::workflow::Transition;
use crate::domain::Lang;
use crate::domain::SheetId;
use crate::error::ProblemCode as C;
use crate::http::auth::{grant, Allowed};
use crate::http::extract::{whole_number, NoParams, OptionalJsonBody, PathId, Query};
use crate::http::openapi::inputs::ReasonRequest;
use crate::http::openapi::problems::{OperationProblems, EDIT, PATH_ID};
use crate::http::paging::Page;
use crate::http::problem::ApiError;
use crate::http::responses::resource;
use crate::service::workflow::{self as flow, Revision, RevisionDiff};
use crate::service::Store;
use crate::service::{Actor, Precondition};

/// The body of a review step; it may be left out when no reason is needed.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"reason": "请补充时效指标"}))]
pub struct StepRequest {
    /// Why: required to return (退回) or reopen (调整) a sheet, optional otherwise; at most 2000
    /// characters. Kept in the sheet's `status_reason` and in the revision.
    pub reason: Option<String>,
}

async fn step(
    actor: Actor,
    db: web::Data<Store>,
    id: SheetId,
    step: Transition,
    lang: Lang,
    precondition: Precondition,
    body: StepRequest,
) -> Result<HttpResponse, ApiError> {
    // The handler's `Allowed` has checked the role already.
    debug_assert!(actor.require(step.permission()).is_ok());
    let sheet = db
        .write(move |conn| {
            flow::transition(
                conn,
                id,
                step,
                body.reason.as_deref(),
                &precondition,
                &actor,
                lang,
            )
        })
        .await?;
    Ok(resource(StatusCode::OK, &sheet, sheet.version, None))
}

/// 申报 (submit a sheet for review)
///
/// 申报: submits a `DRAFT` or `RETURNED` sheet for review (`SUBMITTER` of its region, or
/// `ADMIN`). The sheet is checked against today's rules first: while any error remains this is
/// a 422 listing them, and nothing changes.
#[utoipa::path(
    tag = "workflow",
    operation_id = "submitSheet",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`; 412 on mismatch")
    ),
    request_body(content = Option<StepRequest>, description = "Optional: a note on the submission"),
    responses((status = 200, description = "The sheet, now `SUBMITTED`; `ETag` set", body = crate::domain::sheet::Sheet))
)]
#[post("/sheets/{sheet_id}/submit")]
pub async fn submit_sheet(
    Allowed(actor, _): Allowed<grant::Submit>,
    db: web::Data<Store>,
    id: PathId<SheetId>,
    lang: Lang,
    precondition: Precondition,
    _params: Query<NoParams>,
    body: OptionalJsonBody<StepRequest>,
) -> Result<HttpResponse, ApiError> {
    step(
        actor,
        db,
        id.0,
        Transition::Submit,
        lang,
        precondition,
        body.0,
    )
    .await
}

/// 批复 (approve a sheet)
///
/// 批复: approves a `SUBMITTED` sheet (`REVIEWER` or `ADMIN`). Checked against today's rules
/// first, like submitting.
#[utoipa::path(
    tag = "workflow",
    operation_id = "approveSheet",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`; 412 on mismatch")
    ),
    request_body(content = Option<StepRequest>, description = "Optional: a note on the approval"),
    responses((status = 200, description = "The sheet, now `APPROVED`; `ETag` set", body = crate::domain::sheet::Sheet))
)]
#[post("/sheets/{sheet_id}/approve")]
pub async fn approve_sheet(
    Allowed(actor, _): Allowed<grant::Review>,
    db: web::Data<Store>,
    id: PathId<SheetId>,
    lang: Lang,
    precondition: Precondition,
    _params: Query<NoParams>,
    body: OptionalJsonBody<StepRequest>,
) -> Result<HttpResponse, ApiError> {
    step(
        actor,
        db,
        id.0,
        Transition::Approve,
        lang,
        precondition,
        body.0,
    )
    .await
}

/// 退回 (return a sheet to its region)
///
/// 退回: returns a `SUBMITTED` sheet to its region with a reason (`REVIEWER` or `ADMIN`); the
/// region edits it and submits it again.
#[utoipa::path(
    tag = "workflow",
    operation_id = "returnSheet",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`; 412 on mismatch")
    ),
    request_body(content = ReasonRequest, description = "`reason` is required"),
    responses((status = 200, description = "The sheet, now `RETURNED`; `ETag` set", body = crate::domain::sheet::Sheet))
)]
#[post("/sheets/{sheet_id}/return")]
pub async fn return_sheet(
    Allowed(actor, _): Allowed<grant::Review>,
    db: web::Data<Store>,
    id: PathId<SheetId>,
    lang: Lang,
    precondition: Precondition,
    _params: Query<NoParams>,
    body: OptionalJsonBody<StepRequest>,
) -> Result<HttpResponse, ApiError> {
    step(
        actor,
        db,
        id.0,
        Transition::Return,
        lang,
        precondition,
        body.0,
    )
    .await
}

/// 调整 (reopen an approved sheet)
///
/// 调整: reopens an `APPROVED` sheet as a `DRAFT` with a reason (`REVIEWER` or `ADMIN`), the
/// only way an approved sheet changes.
#[utoipa::path(
    tag = "workflow",
    operation_id = "reopenSheet",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`; 412 on mismatch")
    ),
    request_body(content = ReasonRequest, description = "`reason` is required"),
    responses((status = 200, description = "The sheet, now `DRAFT`; `ETag` set", body = crate::domain::sheet::Sheet))
)]
#[post("/sheets/{sheet_id}/reopen")]
pub async fn reopen_sheet(
    Allowed(actor, _): Allowed<grant::Review>,
    db: web::Data<Store>,
    id: PathId<SheetId>,
    lang: Lang,
    precondition: Precondition,
    _params: Query<NoParams>,
    body: OptionalJsonBody<StepRequest>,
) -> Result<HttpResponse, ApiError> {
    step(
        actor,
        db,
        id.0,
        Transition::Reopen,
        lang,
        precondition,
        body.0,
    )
    .await
}

/// Paging of a sheet's revisions.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RevisionListParams {
    /// Items per page, 1–500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    #[serde(default, deserialize_with = "crate::http::extract::optional_whole")]
    pub page_size: Option<u32>,
    /// `next_page_token` of the previous page.
    #[param(pattern = "^(c[1-9a-f][0-9a-f]{0,14})?$")]
    pub page_token: Option<String>,
}

/// A page of revisions, oldest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct RevisionPage {
    /// The revisions, by version (without snapshots).
    pub items: Vec<Revision>,
    /// Token of the next page; `null` on the last page.
    #[schema(required = true)]
    pub next_page_token: Option<String>,
}

/// 修订记录 (a sheet's revisions)
///
/// The history of a sheet: every change and review step, oldest first, with who, when, why and
/// the request. Kept after the sheet is deleted.
#[utoipa::path(
    tag = "workflow",
    operation_id = "listSheetRevisions",
    params(("sheet_id" = i64, Path, description = "Sheet id"), RevisionListParams),
    responses((status = 200, description = "A page of revisions", body = RevisionPage))
)]
#[get("/sheets/{sheet_id}/revisions")]
pub async fn list_revisions(
    db: web::Data<Store>,
    id: PathId<SheetId>,
    params: Query<RevisionListParams>,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    let page = Page::from_params(params.0.page_size, params.0.page_token.as_deref())?;
    let mut items = db
        .run(move |conn| flow::list_revisions(conn, id, page.after(), page.fetch()))
        .await?;
    let next_page_token = page.finish(&mut items, |r| r.version);
    Ok(HttpResponse::Ok().json(RevisionPage {
        items,
        next_page_token,
    }))
}

/// 某一版本 (one revision)
///
/// One revision of a sheet, with the sheet as it was at that version (`snapshot`).
#[utoipa::path(
    tag = "workflow",
    operation_id = "getSheetRevision",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("version" = i64, Path, description = "The version")
    ),
    responses((status = 200, description = "The revision with its snapshot", body = Revision))
)]
#[get("/sheets/{sheet_id}/revisions/{version}")]
pub async fn get_revision(
    db: web::Data<Store>,
    req: HttpRequest,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let segment = |name: &str| {
        let value = req.match_info().get(name).unwrap_or_default();
        whole_number::<i64>(value).ok_or_else(|| ApiError::InvalidPath {
            parameter: Some(name.to_string()),
            reason: format!("{name} must be an integer, not “{value}”"),
        })
    };
    let (id, version) = (segment("sheet_id")?, segment("version")?);
    let revision = db
        .run(move |conn| flow::get_revision(conn, SheetId::new(id), version))
        .await?;
    Ok(HttpResponse::Ok().json(revision))
}

/// Which versions to compare.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DiffParams {
    /// The version to compare from (default: the one before `to`, or `to` itself when that is
    /// the first). It may be later than `to`: the changes then lead back.
    #[serde(default, deserialize_with = "crate::http::extract::optional_whole")]
    #[param(minimum = 1)]
    pub from: Option<i64>,
    /// The version to compare to (default: the latest).
    #[serde(default, deserialize_with = "crate::http::extract::optional_whole")]
    #[param(minimum = 1)]
    pub to: Option<i64>,
}

/// 版本比较 (difference between two versions)
///
/// The field-level difference between two versions of a sheet: each field added, removed or
/// changed, with its JSON Pointer and both values.
#[utoipa::path(
    tag = "workflow",
    operation_id = "diffSheetRevisions",
    params(("sheet_id" = i64, Path, description = "Sheet id"), DiffParams),
    responses((status = 200, description = "The changes from `from` to `to`", body = RevisionDiff))
)]
#[get("/sheets/{sheet_id}/diff")]
pub async fn diff_revisions(
    db: web::Data<Store>,
    id: PathId<SheetId>,
    params: Query<DiffParams>,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    let DiffParams { from, to } = params.0;
    for (name, version) in [("from", from), ("to", to)] {
        if let Some(v) = version.filter(|v| *v < 1) {
            return Err(ApiError::InvalidQuery {
                parameter: Some(name.into()),
                reason: format!("{name} must be a version, 1 or more, not {v}"),
            });
        }
    }
    let diff = db.run(move |conn| flow::diff(conn, id, from, to)).await?;
    Ok(HttpResponse::Ok().json(diff))
}

/// The problems each operation of this module can answer, besides those of every operation and
/// of access control ([`crate::http::openapi::problems`]); the tests check every answer against
/// them.
pub const PROBLEMS: &[OperationProblems] = &[
    ("submitSheet", STEP),
    ("approveSheet", STEP),
    ("returnSheet", STEP),
    ("reopenSheet", STEP),
    ("listSheetRevisions", &[PATH_ID, &[C::SheetNotFound]]),
    ("getSheetRevision", &[PATH_ID, &[C::RevisionNotFound]]),
    (
        "diffSheetRevisions",
        &[PATH_ID, &[C::SheetNotFound, C::RevisionNotFound]],
    ),
];

/// A review step: the role (and, for submitting, the region), the sheet, `If-Match`, the
/// status, then the reason and today's rules.
const STEP: &[&[C]] = &[
    EDIT,
    &[C::SheetNotFound, C::InvalidTransition, C::ValidationFailed],
];
