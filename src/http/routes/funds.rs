//! Funds (专项资金): CRUD and the allocation summary.

use actix_web::http::StatusCode;
use actix_web::{delete, get, patch, post, put, web, HttpResponse};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use crate::domain::fund::{Fund, FundDocument};
use crate::domain::FundId;
use crate::domain::Lang;
use crate::error::ProblemCode as C;
use crate::http::app::API_PREFIX;
use crate::http::auth::{grant, Allowed};
use crate::http::extract::{JsonBody, NoParams, PathId, Query};
use crate::http::openapi::inputs::{FundInput, FundPatch};
use crate::http::openapi::problems::{OperationProblems, EDIT, JSON_BODY, PATH_ID, REMOVE, WRITE};
use crate::http::paging::Page;
use crate::http::problem::ApiError;
use crate::http::responses::resource;
use crate::service::{self, FundSummary, Outcome, Precondition, Target};
use crate::service::{reads, Store};

/// Filters and paging of the fund list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct FundListParams {
    /// Only funds of this budget year.
    #[param(example = 2024)]
    #[serde(default, deserialize_with = "crate::http::extract::optional_whole")]
    pub year: Option<i32>,
    /// Items per page, 1–500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    #[serde(default, deserialize_with = "crate::http::extract::optional_whole")]
    pub page_size: Option<u32>,
    /// `next_page_token` of the previous page.
    #[param(pattern = "^(c[1-9a-f][0-9a-f]{0,14})?$")]
    pub page_token: Option<String>,
}

/// A page of funds.
#[derive(Debug, Serialize, ToSchema)]
pub struct FundPage {
    /// The funds, ordered by id.
    pub items: Vec<Fund>,
    /// Token of the next page; `null` on the last page.
    #[schema(required = true)]
    pub next_page_token: Option<String>,
}

/// Options of fund deletion.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DeleteFundParams {
    /// Also delete the fund's sheets (otherwise a fund with sheets is 409 `FUND_HAS_SHEETS`).
    pub force: Option<bool>,
}

fn location(id: FundId) -> String {
    format!("{API_PREFIX}/funds/{id}")
}

fn saved(saved: service::Saved<Fund>) -> HttpResponse {
    let status = if saved.outcome == Outcome::Created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let loc = (saved.outcome == Outcome::Created).then(|| location(saved.value.id));
    resource(status, &saved.value, saved.value.version, loc)
}

/// 专项资金列表 (list funds)
///
/// Lists funds, ordered by id.
#[utoipa::path(
    tag = "funds",
    operation_id = "listFunds",
    params(FundListParams),
    responses((status = 200, description = "A page of funds", body = FundPage))
)]
#[get("/funds")]
pub async fn list_funds(
    db: web::Data<Store>,
    params: Query<FundListParams>,
) -> Result<HttpResponse, ApiError> {
    let params = params.0;
    let page = Page::from_params(params.page_size, params.page_token.as_deref())?;
    let mut items = db
        .run(move |conn| reads::list_funds(conn, params.year, page.after(), page.fetch()))
        .await?;
    let next_page_token = page.finish(&mut items, |f| f.id);
    Ok(HttpResponse::Ok().json(FundPage {
        items,
        next_page_token,
    }))
}

/// 新建专项资金 (create a fund)
///
/// Creates a fund. Funds are unique on (`year`, `name`).
#[utoipa::path(
    tag = "funds",
    operation_id = "createFund",
    request_body = FundInput,
    responses(
        (status = 201, description = "Created; `Location` and `ETag` set", body = Fund)
    )
)]
#[post("/funds")]
pub async fn create_fund(
    _: Allowed<grant::ManageFunds>,
    db: web::Data<Store>,
    lang: Lang,
    _params: Query<NoParams>,
    doc: JsonBody<FundDocument>,
) -> Result<HttpResponse, ApiError> {
    let doc = doc.0;
    let result = db
        .write(move |conn| service::save_fund(conn, &doc, &Target::Create, lang))
        .await?;
    Ok(saved(result))
}

/// 读取专项资金 (get a fund)
///
/// Reads a fund: its amounts, template and scoring scheme (the default scheme when it sets
/// none), with its version as the `ETag` for the next `PUT` or `PATCH`.
#[utoipa::path(
    tag = "funds",
    operation_id = "getFund",
    params(("fund_id" = i64, Path, description = "Fund id")),
    responses(
        (status = 200, description = "The fund; `ETag` set", body = Fund)
    )
)]
#[get("/funds/{fund_id}")]
pub async fn get_fund(
    db: web::Data<Store>,
    id: PathId<FundId>,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    let fund = db.run(move |conn| reads::find_fund(conn, id)).await?;
    Ok(resource(StatusCode::OK, &fund, fund.version, None))
}

/// 修改专项资金 (replace a fund)
///
/// Replaces a fund with the document sent (what `GET` returns may be sent back as it is).
#[utoipa::path(
    tag = "funds",
    operation_id = "replaceFund",
    params(
        ("fund_id" = i64, Path, description = "Fund id"),
        ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`; 412 on mismatch")
    ),
    request_body = FundInput,
    responses((status = 200, description = "The stored fund; `ETag` set", body = Fund))
)]
#[put("/funds/{fund_id}")]
pub async fn replace_fund(
    _: Allowed<grant::ManageFunds>,
    db: web::Data<Store>,
    id: PathId<FundId>,
    lang: Lang,
    precondition: Precondition,
    _params: Query<NoParams>,
    doc: JsonBody<FundDocument>,
) -> Result<HttpResponse, ApiError> {
    let (id, doc) = (id.0, doc.0);
    let target = Target::Replace { id, precondition };
    let result = db
        .write(move |conn| service::save_fund(conn, &doc, &target, lang))
        .await?;
    Ok(saved(result))
}

/// 部分修改专项资金 (patch a fund)
///
/// Changes some fields of a fund (JSON merge patch, RFC 7396; `null` clears a field).
#[utoipa::path(
    tag = "funds",
    operation_id = "patchFund",
    params(
        ("fund_id" = i64, Path, description = "Fund id"),
        ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`; 412 on mismatch")
    ),
    request_body(content(
        (FundPatch = "application/merge-patch+json"),
        (FundPatch = "application/json")
    )),
    responses((status = 200, description = "The stored fund; `ETag` set", body = Fund))
)]
#[patch("/funds/{fund_id}")]
pub async fn patch_fund(
    _: Allowed<grant::ManageFunds>,
    db: web::Data<Store>,
    id: PathId<FundId>,
    lang: Lang,
    precondition: Precondition,
    _params: Query<NoParams>,
    patch: JsonBody<Value>,
) -> Result<HttpResponse, ApiError> {
    let (id, patch) = (id.0, patch.0);
    let result = db
        .write(move |conn| service::patch_fund(conn, id, &patch, &precondition, lang))
        .await?;
    Ok(saved(result))
}

/// 删除专项资金 (delete a fund)
///
/// Deletes a fund; with `force=true` its sheets too.
#[utoipa::path(
    tag = "funds",
    operation_id = "deleteFund",
    params(
        ("fund_id" = i64, Path, description = "Fund id"),
        ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`; 412 on mismatch"),
        DeleteFundParams
    ),
    responses((status = 204, description = "Deleted"))
)]
#[delete("/funds/{fund_id}")]
pub async fn delete_fund(
    Allowed(actor, _): Allowed<grant::ManageFunds>,
    db: web::Data<Store>,
    id: PathId<FundId>,
    lang: Lang,
    precondition: Precondition,
    params: Query<DeleteFundParams>,
) -> Result<HttpResponse, ApiError> {
    let (id, force) = (id.0, params.0.force.unwrap_or(false));
    db.write(move |conn| service::delete_fund(conn, id, &precondition, force, &actor, lang))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// 专项资金分配汇总 (fund summary)
///
/// How a fund is allocated: total, allocated and unallocated provincial funds, stated matching
/// funds, one line per region, counts by status, and the regions still without a sheet.
#[utoipa::path(
    tag = "funds",
    operation_id = "getFundSummary",
    params(("fund_id" = i64, Path, description = "Fund id")),
    responses((status = 200, description = "The summary", body = FundSummary))
)]
#[get("/funds/{fund_id}/summary")]
pub async fn fund_summary(
    db: web::Data<Store>,
    id: PathId<FundId>,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    let summary = db.run(move |conn| service::fund_summary(conn, id)).await?;
    Ok(HttpResponse::Ok().json(summary))
}

/// The problems each operation of this module can answer, besides those of every operation and
/// of access control ([`crate::http::openapi::problems`]); the tests check every answer against
/// them.
pub const PROBLEMS: &[OperationProblems] = &[
    ("listFunds", &[]),
    (
        "createFund",
        &[
            JSON_BODY,
            WRITE,
            &[C::Forbidden, C::FundExists, C::ValidationFailed],
        ],
    ),
    ("getFund", &[PATH_ID, &[C::FundNotFound]]),
    ("replaceFund", CHANGE),
    ("patchFund", CHANGE),
    (
        "deleteFund",
        &[REMOVE, &[C::FundNotFound, C::FundHasSheets]],
    ),
    ("getFundSummary", &[PATH_ID, &[C::FundNotFound]]),
];

/// Replacing or patching a fund.
const CHANGE: &[&[C]] = &[EDIT, &[C::FundNotFound, C::FundExists, C::ValidationFailed]];
