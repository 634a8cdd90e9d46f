//! Self-evaluation (绩效自评, SPEC §6.4): a sheet's evaluation, scoring without saving, its
//! review steps and history, and a fund's ranking.

use actix_web::http::{header, StatusCode};
use actix_web::{delete, get, post, put, web, HttpRequest, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::evaluation::EvaluationDocument;
use crate::domain::workflow::Transition;
use crate::domain::{FundId, Lang, SheetId};
use crate::error::ProblemCode as C;
use crate::http::auth::{grant, Allowed};
use crate::http::extract::{whole_number, JsonBody, NoParams, OptionalJsonBody, PathId, Query};
use crate::http::openapi::inputs::{EvaluationInput, ReasonRequest};
use crate::http::openapi::problems::{OperationProblems, EDIT, JSON_BODY, PATH_ID, REMOVE};
use crate::http::paging::Page;
use crate::http::problem::ApiError;
use crate::http::responses::resource;
use crate::http::routes::workflow::{RevisionListParams, StepRequest};
use crate::service::evaluation::{
    self as evaluation, Evaluation, EvaluationRevision, EvaluationValidation, FundEvaluations,
};
use crate::service::monitoring::WriteCondition;
use crate::service::{Outcome, Precondition, Store};

/// A whole-number path segment (`sheet_id`, `version`); 400 naming it otherwise.
fn path_number(req: &HttpRequest, name: &str) -> Result<i64, ApiError> {
    let text = req.match_info().get(name).unwrap_or_default().to_string();
    whole_number::<i64>(&text).ok_or_else(|| ApiError::InvalidPath {
        parameter: Some(name.into()),
        reason: format!("{name} must be an integer, not “{text}”"),
    })
}

fn location(sheet_id: SheetId) -> String {
    format!(
        "{}/sheets/{sheet_id}/self-evaluation",
        crate::http::app::API_PREFIX
    )
}

/// 绩效自评 (a sheet's self-evaluation)
///
/// The sheet's self-evaluation, with its scores (computed while `DRAFT` or `RETURNED`, as
/// frozen at submit afterwards), their explanations and its checks.
#[utoipa::path(
    tag = "self-evaluation",
    operation_id = "getEvaluation",
    params(("sheet_id" = i64, Path, description = "Sheet id")),
    responses((status = 200, description = "The evaluation; `ETag` set", body = Evaluation))
)]
#[get("/sheets/{sheet_id}/self-evaluation")]
pub async fn get_evaluation(
    db: web::Data<Store>,
    id: PathId<SheetId>,
    lang: Lang,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    let found = db
        .run(move |conn| evaluation::get_evaluation(conn, id, lang))
        .await?;
    Ok(resource(StatusCode::OK, &found, found.version, None))
}

/// 填报绩效自评 (create or replace a self-evaluation)
///
/// Creates (201) or replaces (200) the self-evaluation of an `APPROVED` sheet. What `GET`
/// returns may be sent back as it is; an unchanged document keeps the version. Errors refuse
/// the write (422); the *submit* checks are warnings here, in `issues`.
#[utoipa::path(
    tag = "self-evaluation",
    operation_id = "putEvaluation",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`: the evaluation must exist at that version (412 otherwise, also when it does not exist)"),
        ("If-None-Match" = Option<String>, Header, description = "`*`: create only (412 when the evaluation exists)")
    ),
    request_body = EvaluationInput,
    responses(
        (status = 200, description = "The stored evaluation (replaced or unchanged); `ETag` set", body = Evaluation),
        (status = 201, description = "The new evaluation; `ETag` and `Location` set", body = Evaluation)
    )
)]
#[put("/sheets/{sheet_id}/self-evaluation")]
pub async fn put_evaluation(
    Allowed(actor, _): Allowed<grant::WriteSheets>,
    db: web::Data<Store>,
    req: HttpRequest,
    lang: Lang,
    precondition: Precondition,
    _params: Query<NoParams>,
    doc: JsonBody<EvaluationDocument>,
) -> Result<HttpResponse, ApiError> {
    let id = SheetId::new(path_number(&req, "sheet_id")?);
    let create_only = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim() == "*");
    let condition = WriteCondition {
        if_match: precondition,
        create_only,
    };
    let doc = doc.0;
    let saved = db
        .write(move |conn| evaluation::save_evaluation(conn, id, &doc, &condition, &actor, lang))
        .await?;
    let created = saved.outcome == Outcome::Created;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let loc = created.then(|| location(id));
    Ok(resource(status, &saved.value, saved.value.version, loc))
}

/// 删除绩效自评 (delete a self-evaluation)
///
/// Deletes the self-evaluation while `DRAFT` or `RETURNED`; its history is kept.
#[utoipa::path(
    tag = "self-evaluation",
    operation_id = "deleteEvaluation",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`; 412 on mismatch")
    ),
    responses((status = 204, description = "Deleted"))
)]
#[delete("/sheets/{sheet_id}/self-evaluation")]
pub async fn delete_evaluation(
    Allowed(actor, _): Allowed<grant::WriteSheets>,
    db: web::Data<Store>,
    id: PathId<SheetId>,
    lang: Lang,
    precondition: Precondition,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    db.write(move |conn| evaluation::delete_evaluation(conn, id, &precondition, &actor, lang))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// 试算绩效自评得分 (score a self-evaluation without saving)
///
/// Scores a self-evaluation document and runs the checks of `PUT`, saving nothing: 200 with
/// `valid`, every issue and the evaluation as it would be stored, with its scores. Before the
/// sheet is approved the first issue is the error `SHEET_NOT_APPROVED` (where `PUT` answers
/// 409).
#[utoipa::path(
    tag = "self-evaluation",
    operation_id = "scoreEvaluation",
    params(("sheet_id" = i64, Path, description = "Sheet id")),
    request_body = EvaluationDocument,
    responses((status = 200, description = "The verdict and the scores", body = EvaluationValidation))
)]
#[post("/sheets/{sheet_id}/self-evaluation/score")]
pub async fn score_evaluation(
    db: web::Data<Store>,
    id: PathId<SheetId>,
    lang: Lang,
    _params: Query<NoParams>,
    doc: JsonBody<EvaluationDocument>,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    let doc = doc.0;
    let verdict = db
        .run(move |conn| evaluation::score_evaluation(conn, id, &doc, lang))
        .await?;
    Ok(HttpResponse::Ok().json(verdict))
}

async fn step(
    actor: crate::service::Actor,
    db: web::Data<Store>,
    id: SheetId,
    step: Transition,
    lang: Lang,
    precondition: Precondition,
    body: StepRequest,
) -> Result<HttpResponse, ApiError> {
    debug_assert!(actor.require(step.permission()).is_ok());
    let found = db
        .write(move |conn| {
            evaluation::transition(
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
    Ok(resource(StatusCode::OK, &found, found.version, None))
}

macro_rules! evaluation_step {
    ($fn:ident, $grant:ident, $transition:ident, $verb:literal, $op:literal, $summary:literal, $doc:literal, $to:literal, $body:ty, $body_doc:literal) => {
        #[doc = $summary]
        #[doc = ""]
        #[doc = $doc]
        #[utoipa::path(
            tag = "self-evaluation",
            operation_id = $op,
            params(
                ("sheet_id" = i64, Path, description = "Sheet id"),
                ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`; 412 on mismatch")
            ),
            request_body(content = $body, description = $body_doc),
            responses((status = 200, description = $to, body = Evaluation))
        )]
        #[post($verb)]
        pub async fn $fn(
            Allowed(actor, _): Allowed<grant::$grant>,
            db: web::Data<Store>,
            id: PathId<SheetId>,
            lang: Lang,
            precondition: Precondition,
            _params: Query<NoParams>,
            body: OptionalJsonBody<StepRequest>,
        ) -> Result<HttpResponse, ApiError> {
            step(actor, db, id.0, Transition::$transition, lang, precondition, body.0).await
        }
    };
}

evaluation_step!(
    submit_evaluation,
    Submit,
    Submit,
    "/sheets/{sheet_id}/self-evaluation/submit",
    "submitEvaluation",
    "申报绩效自评 (submit a self-evaluation)",
    "Submits a `DRAFT` or `RETURNED` self-evaluation (`SUBMITTER` of the sheet's region, or `ADMIN`): its *submit* checks are errors now (422 while any remains), and its weights, readings, scores, total and grade are frozen with `scored_at`.",
    "The evaluation, now `SUBMITTED`; `ETag` set",
    Option<StepRequest>,
    "Optional: a note on the submission"
);
evaluation_step!(
    approve_evaluation,
    Review,
    Approve,
    "/sheets/{sheet_id}/self-evaluation/approve",
    "approveEvaluation",
    "批复绩效自评 (approve a self-evaluation)",
    "Approves a `SUBMITTED` self-evaluation (`REVIEWER` or `ADMIN`); its scores stay as frozen at submit.",
    "The evaluation, now `APPROVED`; `ETag` set",
    Option<StepRequest>,
    "Optional: a note on the approval"
);
evaluation_step!(
    return_evaluation,
    Review,
    Return,
    "/sheets/{sheet_id}/self-evaluation/return",
    "returnEvaluation",
    "退回绩效自评 (return a self-evaluation)",
    "Returns a `SUBMITTED` self-evaluation to the region with a reason (`REVIEWER` or `ADMIN`); its scores are computed afresh from then on.",
    "The evaluation, now `RETURNED`; `ETag` set",
    ReasonRequest,
    "`reason` is required"
);
evaluation_step!(
    reopen_evaluation,
    Review,
    Reopen,
    "/sheets/{sheet_id}/self-evaluation/reopen",
    "reopenEvaluation",
    "调整绩效自评 (reopen a self-evaluation)",
    "Reopens an `APPROVED` self-evaluation as a `DRAFT`, with a reason (`REVIEWER` or `ADMIN`); its scores are computed afresh.",
    "The evaluation, now `DRAFT`; `ETag` set",
    ReasonRequest,
    "`reason` is required"
);

/// A page of an evaluation's revisions.
#[derive(Debug, Serialize, ToSchema)]
pub struct EvaluationRevisionPage {
    /// The revisions, oldest first.
    pub items: Vec<EvaluationRevision>,
    /// Token of the next page; `null` on the last page.
    #[schema(required = true)]
    pub next_page_token: Option<String>,
}

/// 绩效自评修订记录 (a self-evaluation's revisions)
///
/// The history of a self-evaluation: every change and review step, oldest first; kept after
/// the evaluation is deleted.
#[utoipa::path(
    tag = "self-evaluation",
    operation_id = "listEvaluationRevisions",
    params(("sheet_id" = i64, Path, description = "Sheet id"), RevisionListParams),
    responses((status = 200, description = "A page of revisions", body = EvaluationRevisionPage))
)]
#[get("/sheets/{sheet_id}/self-evaluation/revisions")]
pub async fn list_evaluation_revisions(
    db: web::Data<Store>,
    id: PathId<SheetId>,
    params: Query<RevisionListParams>,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    let page = Page::from_params(params.0.page_size, params.0.page_token.as_deref())?;
    let mut items = db
        .run(move |conn| evaluation::list_revisions(conn, id, page.after(), page.fetch()))
        .await?;
    let next_page_token = page.finish(&mut items, |r| r.version);
    Ok(HttpResponse::Ok().json(EvaluationRevisionPage {
        items,
        next_page_token,
    }))
}

/// 绩效自评的某一版本 (one revision of a self-evaluation)
///
/// One revision of a self-evaluation, with the evaluation as it was (`snapshot`).
#[utoipa::path(
    tag = "self-evaluation",
    operation_id = "getEvaluationRevision",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("version" = i64, Path, description = "The version")
    ),
    responses((status = 200, description = "The revision with its snapshot", body = EvaluationRevision))
)]
#[get("/sheets/{sheet_id}/self-evaluation/revisions/{version}")]
pub async fn get_evaluation_revision(
    db: web::Data<Store>,
    req: HttpRequest,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let id = SheetId::new(path_number(&req, "sheet_id")?);
    let version = path_number(&req, "version")?;
    let revision = db
        .run(move |conn| evaluation::get_revision(conn, id, version))
        .await?;
    Ok(HttpResponse::Ok().json(revision))
}

/// 专项资金绩效自评排名 (a fund's self-evaluations ranked)
///
/// The fund's ranking: one row per sheet that is `APPROVED` or has a self-evaluation, scored
/// rows (only `SUBMITTED` and `APPROVED` evaluations) by total score, highest first, then
/// region code; rows without a score last, by region code; the count per grade and the mean
/// total.
#[utoipa::path(
    tag = "self-evaluation",
    operation_id = "fundEvaluations",
    params(("fund_id" = i64, Path, description = "Fund id")),
    responses((status = 200, description = "The ranking", body = FundEvaluations))
)]
#[get("/funds/{fund_id}/self-evaluations")]
pub async fn fund_evaluations(
    db: web::Data<Store>,
    id: PathId<FundId>,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    let ranking = db
        .run(move |conn| evaluation::fund_ranking(conn, id))
        .await?;
    Ok(HttpResponse::Ok().json(ranking))
}

/// The problems each operation of this module can answer, besides those of every operation and
/// of access control ([`crate::http::openapi::problems`]); the tests check every answer against
/// them.
pub const PROBLEMS: &[OperationProblems] = &[
    (
        "getEvaluation",
        &[PATH_ID, &[C::SheetNotFound, C::EvaluationNotFound]],
    ),
    (
        "putEvaluation",
        &[
            EDIT,
            &[
                C::SheetNotFound,
                C::SheetNotApproved,
                C::EvaluationNotEditable,
                C::ValidationFailed,
            ],
        ],
    ),
    (
        "deleteEvaluation",
        &[
            REMOVE,
            &[
                C::SheetNotFound,
                C::EvaluationNotFound,
                C::EvaluationNotEditable,
            ],
        ],
    ),
    (
        "scoreEvaluation",
        &[JSON_BODY, PATH_ID, &[C::SheetNotFound]],
    ),
    ("submitEvaluation", STEP),
    ("approveEvaluation", STEP),
    ("returnEvaluation", STEP),
    ("reopenEvaluation", STEP),
    (
        "listEvaluationRevisions",
        &[PATH_ID, &[C::SheetNotFound, C::EvaluationNotFound]],
    ),
    ("getEvaluationRevision", &[PATH_ID, &[C::RevisionNotFound]]),
    ("fundEvaluations", &[PATH_ID, &[C::FundNotFound]]),
];

/// A review step of an evaluation: the sheet and the evaluation, the role (and, for submitting,
/// the region), `If-Match`, the status, then the reason and the *submit* checks.
const STEP: &[&[C]] = &[
    EDIT,
    &[
        C::SheetNotFound,
        C::EvaluationNotFound,
        C::InvalidTransition,
        C::ValidationFailed,
    ],
];
