//! Target sheets (绩效目标表): CRUD with nested indicators, lists with filters and paging.

use actix_web::http::StatusCode;
use actix_web::{delete, get, patch, post, put, web, HttpResponse};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use crate::domain::sheet::{Sheet, SheetDocument, SheetStatus};
use crate::domain::Lang;
use crate::domain::{FundId, RegionCode, SheetId};
use crate::error::ProblemCode as C;
use crate::http::app::API_PREFIX;
use crate::http::auth::{grant, Allowed};
use crate::http::extract::{JsonBody, NoParams, PathId, Query};
use crate::http::openapi::inputs::{SheetCreate, SheetPatch, SheetReplace};
use crate::http::openapi::problems::{OperationProblems, EDIT, JSON_BODY, PATH_ID, REMOVE, WRITE};
use crate::http::paging::Page;
use crate::http::problem::ApiError;
use crate::http::responses::{rendered_resource, resource};
use crate::service::cache::SheetCache;
use crate::service::reads::{self, SheetQuery};
use crate::service::Store;
use crate::service::{self, Outcome, Precondition, Target};

/// Filters and paging of the sheet list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SheetListParams {
    /// Only sheets of this fund.
    #[serde(default, deserialize_with = "crate::http::extract::optional_whole")]
    pub fund_id: Option<i64>,
    /// Only sheets of funds of this budget year.
    #[param(example = 2024)]
    #[serde(default, deserialize_with = "crate::http::extract::optional_whole")]
    pub year: Option<i32>,
    /// Only sheets of this region (six-digit code).
    #[param(example = "430200")]
    pub region_code: Option<String>,
    /// Only sheets in this status.
    pub status: Option<SheetStatus>,
    /// Items per page, 1–500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    #[serde(default, deserialize_with = "crate::http::extract::optional_whole")]
    pub page_size: Option<u32>,
    /// `next_page_token` of the previous page.
    #[param(pattern = "^(c[1-9a-f][0-9a-f]{0,14})?$")]
    pub page_token: Option<String>,
}

/// Options of sheet deletion.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DeleteSheetParams {
    /// Also delete the sheet's monitoring reports, each with its revision (administrators
    /// only; otherwise a sheet with reports is 409 `SHEET_IN_USE`).
    pub force: Option<bool>,
}

/// A page of sheets; each item is what `GET /sheets/{sheet_id}` returns.
#[derive(Debug, Serialize, ToSchema)]
pub struct SheetPage {
    /// The sheets, ordered by id.
    pub items: Vec<Sheet>,
    /// Token of the next page; `null` on the last page.
    #[schema(required = true)]
    pub next_page_token: Option<String>,
}

fn location(id: SheetId) -> String {
    format!("{API_PREFIX}/sheets/{id}")
}

fn saved(saved: service::Saved<Sheet>) -> HttpResponse {
    let status = if saved.outcome == Outcome::Created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let loc = (saved.outcome == Outcome::Created).then(|| location(saved.value.id));
    resource(status, &saved.value, saved.value.version, loc)
}

/// 绩效目标表列表 (list sheets)
///
/// Lists sheets with their indicators, ordered by id; filters combine with AND.
#[utoipa::path(
    tag = "sheets",
    operation_id = "listSheets",
    params(SheetListParams),
    responses((status = 200, description = "A page of sheets", body = SheetPage))
)]
#[get("/sheets")]
pub async fn list_sheets(
    db: web::Data<Store>,
    params: Query<SheetListParams>,
) -> Result<HttpResponse, ApiError> {
    let params = params.0;
    let page = Page::from_params(params.page_size, params.page_token.as_deref())?;
    let query = SheetQuery {
        fund_id: params.fund_id.map(FundId::new),
        year: params.year,
        region_code: params.region_code.map(RegionCode::from),
        status: params.status,
    };
    let mut items = db
        .run(move |conn| reads::list_sheets(conn, &query, page.after(), page.fetch()))
        .await?;
    let next_page_token = page.finish(&mut items, |s| s.id);
    Ok(HttpResponse::Ok().json(SheetPage {
        items,
        next_page_token,
    }))
}

/// 新建绩效目标表 (create a sheet)
///
/// Creates a sheet for a (fund, region) pair that has none yet.
///
/// Every rule error is listed at once (422); a second sheet for the same fund and region is 409
/// `SHEET_EXISTS` (422 when the document also breaks rules).
#[utoipa::path(
    tag = "sheets",
    operation_id = "createSheet",
    request_body = SheetCreate,
    responses(
        (status = 201, description = "Created; `Location` and `ETag` set", body = Sheet)
    )
)]
#[post("/sheets")]
pub async fn create_sheet(
    Allowed(actor, _): Allowed<grant::WriteSheets>,
    db: web::Data<Store>,
    lang: Lang,
    _params: Query<NoParams>,
    doc: JsonBody<SheetDocument>,
) -> Result<HttpResponse, ApiError> {
    let doc = doc.0;
    let result = db
        .write(move |conn| service::save_sheet(conn, &doc, &Target::Create, &actor, lang))
        .await?;
    Ok(saved(result))
}

/// 读取绩效目标表 (get a sheet)
///
/// Reads a sheet with its indicators.
#[utoipa::path(
    tag = "sheets",
    operation_id = "getSheet",
    params(("sheet_id" = i64, Path, description = "Sheet id")),
    responses(
        (status = 200, description = "The sheet; `ETag` set", body = Sheet)
    )
)]
#[get("/sheets/{sheet_id}")]
pub async fn get_sheet(
    db: web::Data<Store>,
    cache: web::Data<SheetCache>,
    id: PathId<SheetId>,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    let cache = cache.into_inner();
    let (body, version) = db
        .run(move |conn| service::sheet_body(conn, id, &cache))
        .await?;
    Ok(rendered_resource(body, version))
}

/// 修改绩效目标表 (replace a sheet)
///
/// Replaces a sheet with the document sent (what `GET` returns may be sent back as it is).
/// An unchanged document keeps the version.
#[utoipa::path(
    tag = "sheets",
    operation_id = "replaceSheet",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`; 412 on mismatch")
    ),
    request_body = SheetReplace,
    responses((status = 200, description = "The stored sheet; `ETag` set", body = Sheet))
)]
#[put("/sheets/{sheet_id}")]
pub async fn replace_sheet(
    Allowed(actor, _): Allowed<grant::WriteSheets>,
    db: web::Data<Store>,
    id: PathId<SheetId>,
    lang: Lang,
    precondition: Precondition,
    _params: Query<NoParams>,
    doc: JsonBody<SheetDocument>,
) -> Result<HttpResponse, ApiError> {
    let (id, doc) = (id.0, doc.0);
    let target = Target::Replace { id, precondition };
    let result = db
        .write(move |conn| service::save_sheet(conn, &doc, &target, &actor, lang))
        .await?;
    Ok(saved(result))
}

/// 部分修改绩效目标表 (patch a sheet)
///
/// Changes some fields of a sheet (JSON merge patch, RFC 7396: objects merge, `null` clears,
/// `indicators` is replaced as a whole).
#[utoipa::path(
    tag = "sheets",
    operation_id = "patchSheet",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`; 412 on mismatch")
    ),
    request_body(content(
        (SheetPatch = "application/merge-patch+json"),
        (SheetPatch = "application/json")
    )),
    responses((status = 200, description = "The stored sheet; `ETag` set", body = Sheet))
)]
#[patch("/sheets/{sheet_id}")]
pub async fn patch_sheet(
    Allowed(actor, _): Allowed<grant::WriteSheets>,
    db: web::Data<Store>,
    id: PathId<SheetId>,
    lang: Lang,
    precondition: Precondition,
    _params: Query<NoParams>,
    patch: JsonBody<Value>,
) -> Result<HttpResponse, ApiError> {
    let (id, patch) = (id.0, patch.0);
    let result = db
        .write(move |conn| service::patch_sheet(conn, id, &patch, &precondition, &actor, lang))
        .await?;
    Ok(saved(result))
}

/// 删除绩效目标表 (delete a sheet)
///
/// Deletes a sheet and its indicators.
#[utoipa::path(
    tag = "sheets",
    operation_id = "deleteSheet",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("If-Match" = Option<String>, Header, description = "`\"<version>\"` from the ETag, or `*`; 412 on mismatch"),
        DeleteSheetParams
    ),
    responses((status = 204, description = "Deleted"))
)]
#[delete("/sheets/{sheet_id}")]
pub async fn delete_sheet(
    Allowed(actor, _): Allowed<grant::WriteSheets>,
    db: web::Data<Store>,
    id: PathId<SheetId>,
    lang: Lang,
    precondition: Precondition,
    params: Query<DeleteSheetParams>,
) -> Result<HttpResponse, ApiError> {
    let (id, force) = (id.0, params.0.force.unwrap_or(false));
    db.write(move |conn| service::delete_sheet(conn, id, &precondition, force, &actor, lang))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The problems each operation of this module can answer, besides those of every operation and
/// of access control ([`crate::http::openapi::problems`]); the tests check every answer against
/// them.
pub const PROBLEMS: &[OperationProblems] = &[
    ("listSheets", &[]),
    (
        "createSheet",
        &[
            JSON_BODY,
            WRITE,
            &[C::Forbidden, C::SheetExists, C::ValidationFailed],
        ],
    ),
    ("getSheet", &[PATH_ID, &[C::SheetNotFound]]),
    ("replaceSheet", CHANGE),
    ("patchSheet", CHANGE),
    (
        "deleteSheet",
        &[
            REMOVE,
            &[C::SheetNotFound, C::SheetNotEditable, C::SheetInUse],
        ],
    ),
];

/// Replacing or patching a sheet.
const CHANGE: &[&[C]] = &[
    EDIT,
    &[
        C::SheetNotFound,
        C::SheetNotEditable,
        C::IndicatorInUse,
        C::ValidationFailed,
    ],
];
