//! In-year monitoring (绩效监控, SPEC §5.3): a sheet's reports by month, their review steps and
//! history, and a fund's picture for a month.

use actix_web::http::{header, StatusCode};
use actix_web::{delete, get, post, put, web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::monitoring::ReportDocument;
use crate::domain::workflow::Transition;
use crate::domain::{FundId, Lang, SheetId};
use crate::error::ProblemCode as C;
use crate::http::auth::{grant, Allowed};
use crate::http::extract::{whole_number, JsonBody, NoParams, OptionalJsonBody, PathId, Query};
use crate::http::openapi::inputs::{ReasonRequest, ReportInput};
use crate::http::openapi::problems::{OperationProblems, EDIT, JSON_BODY, PATH_ID, REMOVE};
use crate::http::paging::Page;
use crate::http::problem::ApiError;
use crate::http::responses::resource;
use crate::http::routes::workflow::{RevisionListParams, StepRequest};
use crate::service::monitoring::{
    self as monitoring, FundMonitoring, Report, ReportRevision, ReportValidation, WriteCondition,
};
use crate::service::{Outcome, Precondition, Store};

/// The sheet and month a report path names; a month outside 1–12 is 400 naming `month`.
pub(crate) fn report_key(req: &HttpRequest) -> Result<(SheetId, u32), ApiError> {
    let segment = |name: &str| req.match_info().get(name).unwrap_or_default().to_string();
    let sheet = segment("sheet_id");
    let sheet_id = whole_number::<i64>(&sheet).ok_or_else(|| ApiError::InvalidPath {
        parameter: Some("sheet_id".into()),
        reason: format!("sheet_id must be an integer id, not “{sheet}”"),
    })?;
    let month = segment("month");
    let month_n = whole_number::<u32>(&month)
        .filter(|m| monitoring::MONTHS.contains(m))
        .ok_or_else(|| ApiError::InvalidPath {
            parameter: Some("month".into()),
            reason: format!("month must be a month from 1 to 12, not “{month}”"),
        })?;
    Ok((SheetId::new(sheet_id), month_n))
}

fn location(sheet_id: SheetId, month: u32) -> String {
    format!(
        "{}/sheets/{sheet_id}/monitoring/{month}",
        crate::http::app::API_PREFIX
    )
}

/// The reports of a sheet.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportList {
    /// The sheet's reports, by month.
    pub items: Vec<Report>,
}

/// 绩效监控报告列表 (a sheet's monitoring reports)
///
/// The sheet's monitoring reports, by month.
#[utoipa::path(
    tag = "monitoring",
    operation_id = "listReports",
    params(("sheet_id" = i64, Path, description = "Sheet id")),
    responses((status = 200, description = "The reports, by month", body = ReportList))
)]
#[get("/sheets/{sheet_id}/monitoring")]
pub async fn list_reports(
    db: web::Data<Store>,
    id: PathId<SheetId>,
    lang: Lang,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    let items = db
        .run(move |conn| monitoring::list_reports(conn, id, lang))
        .await?;
    Ok(HttpResponse::Ok().json(ReportList { items }))
}

/// 绩效监控报告 (a monitoring report)
///
/// One report, with its figures (computed while `DRAFT` or `RETURNED`, as frozen at submit
/// afterwards) and its checks.
#[utoipa::path(
    tag = "monitoring",
    operation_id = "getReport",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("month" = u32, Path, minimum = 1, maximum = 12, description = "The cut-off month N (the data of 1–N月), 1–12")
    ),
    responses((status = 200, description = "The report; `ETag` set", body = Report))
)]
#[get("/sheets/{sheet_id}/monitoring/{month}")]
pub async fn get_report(
    db: web::Data<Store>,
    req: HttpRequest,
    lang: Lang,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let (id, month) = report_key(&req)?;
    let report = db
        .run(move |conn| monitoring::get_report(conn, id, month, lang))
        .await?;
    Ok(resource(StatusCode::OK, &report, report.version, None))
}

/// 填报绩效监控报告 (create or replace a monitoring report)
///
/// Creates (201) or replaces (200) the report of an `APPROVED` sheet for a month. What `GET`
/// returns may be sent back as it is; an unchanged document keeps the version. Errors refuse
/// the write (422); the *submit* checks are warnings here, in `issues`.
#[utoipa::path(
    tag = "monitoring",
    operation_id = "putReport",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("month" = u32, Path, minimum = 1, maximum = 12, description = "The cut-off month N, 1–12"),
        ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`: the report must exist at that version (412 otherwise, also when it does not exist)"),
        ("If-None-Match" = Option<String>, Header, description = "`*`: create only (412 when the report exists)")
    ),
    request_body = ReportInput,
    responses(
        (status = 200, description = "The stored report (replaced or unchanged); `ETag` set", body = Report),
        (status = 201, description = "The new report; `ETag` and `Location` set", body = Report)
    )
)]
#[put("/sheets/{sheet_id}/monitoring/{month}")]
pub async fn put_report(
    Allowed(actor, _): Allowed<grant::WriteSheets>,
    db: web::Data<Store>,
    req: HttpRequest,
    lang: Lang,
    precondition: Precondition,
    _params: Query<NoParams>,
    doc: JsonBody<ReportDocument>,
) -> Result<HttpResponse, ApiError> {
    let (id, month) = report_key(&req)?;
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
        .write(move |conn| monitoring::save_report(conn, id, month, &doc, &condition, &actor, lang))
        .await?;
    let created = saved.outcome == Outcome::Created;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let loc = created.then(|| location(id, month));
    Ok(resource(status, &saved.value, saved.value.version, loc))
}

/// 删除绩效监控报告 (delete a monitoring report)
///
/// Deletes a report while `DRAFT` or `RETURNED`; its history is kept.
#[utoipa::path(
    tag = "monitoring",
    operation_id = "deleteReport",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("month" = u32, Path, minimum = 1, maximum = 12, description = "The cut-off month N, 1–12"),
        ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`; 412 on mismatch")
    ),
    responses((status = 204, description = "Deleted"))
)]
#[delete("/sheets/{sheet_id}/monitoring/{month}")]
pub async fn delete_report(
    Allowed(actor, _): Allowed<grant::WriteSheets>,
    db: web::Data<Store>,
    req: HttpRequest,
    lang: Lang,
    precondition: Precondition,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let (id, month) = report_key(&req)?;
    db.write(move |conn| monitoring::delete_report(conn, id, month, &precondition, &actor, lang))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// 校验绩效监控报告 (check a report without saving)
///
/// Checks a report document with the checks of `PUT`, saving nothing: 200 with `valid`,
/// every issue and the report as it would be stored. Before the sheet is approved the first
/// issue is the error `SHEET_NOT_APPROVED` (where `PUT` answers 409).
#[utoipa::path(
    tag = "monitoring",
    operation_id = "validateReport",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("month" = u32, Path, minimum = 1, maximum = 12, description = "The cut-off month N, 1–12")
    ),
    request_body = ReportDocument,
    responses((status = 200, description = "The verdict", body = ReportValidation))
)]
#[post("/sheets/{sheet_id}/monitoring/{month}/validate")]
pub async fn validate_report(
    db: web::Data<Store>,
    req: HttpRequest,
    lang: Lang,
    _params: Query<NoParams>,
    doc: JsonBody<ReportDocument>,
) -> Result<HttpResponse, ApiError> {
    let (id, month) = report_key(&req)?;
    let doc = doc.0;
    let verdict = db
        .run(move |conn| monitoring::validate_report(conn, id, month, &doc, lang))
        .await?;
    Ok(HttpResponse::Ok().json(verdict))
}

async fn step(
    actor: crate::service::Actor,
    db: web::Data<Store>,
    req: HttpRequest,
    step: Transition,
    lang: Lang,
    precondition: Precondition,
    body: StepRequest,
) -> Result<HttpResponse, ApiError> {
    let (id, month) = report_key(&req)?;
    debug_assert!(actor.require(step.permission()).is_ok());
    let report = db
        .write(move |conn| {
            monitoring::transition(
                conn,
                id,
                month,
                step,
                body.reason.as_deref(),
                &precondition,
                &actor,
                lang,
            )
        })
        .await?;
    Ok(resource(StatusCode::OK, &report, report.version, None))
}

macro_rules! report_step {
    ($fn:ident, $grant:ident, $transition:ident, $verb:literal, $op:literal, $summary:literal, $doc:literal, $to:literal, $body:ty, $body_doc:literal) => {
        #[doc = $summary]
        #[doc = ""]
        #[doc = $doc]
        #[utoipa::path(
            tag = "monitoring",
            operation_id = $op,
            params(
                ("sheet_id" = i64, Path, description = "Sheet id"),
                ("month" = u32, Path, minimum = 1, maximum = 12, description = "The cut-off month N, 1–12"),
                ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`; 412 on mismatch")
            ),
            request_body(content = $body, description = $body_doc),
            responses((status = 200, description = $to, body = Report))
        )]
        #[post($verb)]
        pub async fn $fn(
            Allowed(actor, _): Allowed<grant::$grant>,
            db: web::Data<Store>,
            req: HttpRequest,
            lang: Lang,
            precondition: Precondition,
            _params: Query<NoParams>,
            body: OptionalJsonBody<StepRequest>,
        ) -> Result<HttpResponse, ApiError> {
            step(actor, db, req, Transition::$transition, lang, precondition, body.0).await
        }
    };
}

report_step!(
    submit_report,
    Submit,
    Submit,
    "/sheets/{sheet_id}/monitoring/{month}/submit",
    "submitReport",
    "申报绩效监控报告 (submit a report)",
    "Submits a `DRAFT` or `RETURNED` report (`SUBMITTER` of the sheet's region, or `ADMIN`): its *submit* checks are errors now (422 while any remains), and its figures are frozen.",
    "The report, now `SUBMITTED`; `ETag` set",
    Option<StepRequest>,
    "Optional: a note on the submission"
);
report_step!(
    approve_report,
    Review,
    Approve,
    "/sheets/{sheet_id}/monitoring/{month}/approve",
    "approveReport",
    "批复绩效监控报告 (approve a report)",
    "Approves a `SUBMITTED` report (`REVIEWER` or `ADMIN`); its figures stay as frozen at submit.",
    "The report, now `APPROVED`; `ETag` set",
    Option<StepRequest>,
    "Optional: a note on the approval"
);
report_step!(
    return_report,
    Review,
    Return,
    "/sheets/{sheet_id}/monitoring/{month}/return",
    "returnReport",
    "退回绩效监控报告 (return a report)",
    "Returns a `SUBMITTED` report to the region with a reason (`REVIEWER` or `ADMIN`); its figures are computed afresh from then on.",
    "The report, now `RETURNED`; `ETag` set",
    ReasonRequest,
    "`reason` is required"
);
report_step!(
    reopen_report,
    Review,
    Reopen,
    "/sheets/{sheet_id}/monitoring/{month}/reopen",
    "reopenReport",
    "调整绩效监控报告 (reopen a report)",
    "Reopens an `APPROVED` report as a `DRAFT`, with a reason (`REVIEWER` or `ADMIN`); its figures are computed afresh.",
    "The report, now `DRAFT`; `ETag` set",
    ReasonRequest,
    "`reason` is required"
);

/// A page of a report's revisions.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportRevisionPage {
    /// The revisions, oldest first.
    pub items: Vec<ReportRevision>,
    /// Token of the next page; `null` on the last page.
    #[schema(required = true)]
    pub next_page_token: Option<String>,
}

/// 绩效监控报告修订记录 (a report's revisions)
///
/// The history of a report: every change and review step, oldest first; kept after the report
/// is deleted.
#[utoipa::path(
    tag = "monitoring",
    operation_id = "listReportRevisions",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("month" = u32, Path, minimum = 1, maximum = 12, description = "The cut-off month N, 1–12"),
        RevisionListParams
    ),
    responses((status = 200, description = "A page of revisions", body = ReportRevisionPage))
)]
#[get("/sheets/{sheet_id}/monitoring/{month}/revisions")]
pub async fn list_report_revisions(
    db: web::Data<Store>,
    req: HttpRequest,
    params: Query<RevisionListParams>,
) -> Result<HttpResponse, ApiError> {
    let (id, month) = report_key(&req)?;
    let page = Page::from_params(params.0.page_size, params.0.page_token.as_deref())?;
    let mut items = db
        .run(move |conn| monitoring::list_revisions(conn, id, month, page.after(), page.fetch()))
        .await?;
    let next_page_token = page.finish(&mut items, |r| r.version);
    Ok(HttpResponse::Ok().json(ReportRevisionPage {
        items,
        next_page_token,
    }))
}

/// 绩效监控报告的某一版本 (one revision of a report)
///
/// One revision of a report, with the report as it was (`snapshot`).
#[utoipa::path(
    tag = "monitoring",
    operation_id = "getReportRevision",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("month" = u32, Path, minimum = 1, maximum = 12, description = "The cut-off month N, 1–12"),
        ("version" = i64, Path, description = "The version")
    ),
    responses((status = 200, description = "The revision with its snapshot", body = ReportRevision))
)]
#[get("/sheets/{sheet_id}/monitoring/{month}/revisions/{version}")]
pub async fn get_report_revision(
    db: web::Data<Store>,
    req: HttpRequest,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let (id, month) = report_key(&req)?;
    let version_text = req
        .match_info()
        .get("version")
        .unwrap_or_default()
        .to_string();
    let version = whole_number::<i64>(&version_text).ok_or_else(|| ApiError::InvalidPath {
        parameter: Some("version".into()),
        reason: format!("version must be an integer, not “{version_text}”"),
    })?;
    let revision = db
        .run(move |conn| monitoring::get_revision(conn, id, month, version))
        .await?;
    Ok(HttpResponse::Ok().json(revision))
}

/// The month of a fund's picture.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct FundMonitoringParams {
    /// The cut-off month N, 1–12 (required).
    #[param(minimum = 1, maximum = 12, example = 7)]
    #[serde(deserialize_with = "crate::http::extract::required_whole")]
    pub month: u32,
}

/// 专项资金绩效监控情况 (a fund's monitoring picture for a month)
///
/// The fund's picture for a month: one row per sheet that is `APPROVED` or has a report for
/// the month, by region code, with its light; only `SUBMITTED` and `APPROVED` reports count
/// (`GREY` otherwise).
#[utoipa::path(
    tag = "monitoring",
    operation_id = "fundMonitoring",
    params(("fund_id" = i64, Path, description = "Fund id"), FundMonitoringParams),
    responses((status = 200, description = "The picture", body = FundMonitoring))
)]
#[get("/funds/{fund_id}/monitoring")]
pub async fn fund_monitoring(
    db: web::Data<Store>,
    id: PathId<FundId>,
    lang: Lang,
    params: Query<FundMonitoringParams>,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    let month = Some(params.0.month)
        .filter(|m| monitoring::MONTHS.contains(m))
        .ok_or_else(|| ApiError::InvalidQuery {
            parameter: Some("month".into()),
            reason: format!("month must be a month from 1 to 12, not {}", params.0.month),
        })?;
    let picture = db
        .run(move |conn| monitoring::fund_picture(conn, id, month, lang))
        .await?;
    Ok(HttpResponse::Ok().json(picture))
}

/// The problems each operation of this module can answer, besides those of every operation and
/// of access control ([`crate::http::openapi::problems`]); the tests check every answer against
/// them.
pub const PROBLEMS: &[OperationProblems] = &[
    ("listReports", &[PATH_ID, &[C::SheetNotFound]]),
    (
        "getReport",
        &[PATH_ID, &[C::SheetNotFound, C::ReportNotFound]],
    ),
    (
        "putReport",
        &[
            EDIT,
            &[
                C::SheetNotFound,
                C::SheetNotApproved,
                C::ReportNotEditable,
                C::ValidationFailed,
            ],
        ],
    ),
    (
        "deleteReport",
        &[
            REMOVE,
            &[C::SheetNotFound, C::ReportNotFound, C::ReportNotEditable],
        ],
    ),
    ("validateReport", &[JSON_BODY, PATH_ID, &[C::SheetNotFound]]),
    ("submitReport", STEP),
    ("approveReport", STEP),
    ("returnReport", STEP),
    ("reopenReport", STEP),
    (
        "listReportRevisions",
        &[PATH_ID, &[C::SheetNotFound, C::ReportNotFound]],
    ),
    ("getReportRevision", &[PATH_ID, &[C::RevisionNotFound]]),
    ("fundMonitoring", &[PATH_ID, &[C::FundNotFound]]),
];

/// A review step of a report: the sheet and the report, the role (and, for submitting, the
/// region), `If-Match`, the status, then the reason and the *submit* checks.
const STEP: &[&[C]] = &[
    EDIT,
    &[
        C::SheetNotFound,
        C::ReportNotFound,
        C::InvalidTransition,
        C::ValidationFailed,
    ],
];
