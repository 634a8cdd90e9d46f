//! Targets side by side (SPEC §7): `GET /funds/{fund_id}/indicators` (JSON or a workbook) and
//! `GET /sheets/{sheet_id}/compare/{other_id}`. Reads: every role may call them.

use actix_web::{get, web, HttpRequest, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::domain::sheet::SheetStatus;
use crate::domain::side_by_side::{SheetComparison, SideBySide};
use crate::domain::{FundId, SheetId};
use crate::error::ProblemCode as C;
use crate::http::extract::{whole_number, PathId};
use crate::http::openapi::problems::{OperationProblems, PATH_ID};
use crate::http::problem::ApiError;
use crate::http::responses::XlsxFile;
use crate::http::routes::export::attachment;
use crate::service::side_by_side as service;
use crate::service::Store;

/// Query of `GET /funds/{fund_id}/indicators` (documentation only: the query string is read by
/// `parse_params`, which takes `status` more than once).
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct IndicatorsParams {
    /// Only sheets in these statuses; repeat the parameter for several
    /// (`status=SUBMITTED&status=APPROVED`). Every status when absent.
    #[param(explode = true)]
    pub status: Option<Vec<SheetStatus>>,
    /// `json` (default) or `xlsx`: one row per indicator, one column per region, `LOW` cells
    /// filled red and `HIGH` cells green.
    #[param(pattern = "^(json|xlsx)$", example = "json")]
    pub format: Option<String>,
}

/// Whether the answer is JSON or a workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Xlsx,
}

fn bad_query(parameter: &str, reason: String) -> ApiError {
    ApiError::InvalidQuery {
        parameter: Some(parameter.to_string()),
        reason,
    }
}

/// Reads `status` (repeatable) and `format` (once); anything else is a 400 naming it.
fn parse_params(query: &str) -> Result<(Vec<SheetStatus>, Format), ApiError> {
    let mut statuses = Vec::new();
    let mut format = None;
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        match key.as_ref() {
            "status" => {
                let status = SheetStatus::parse(&value).ok_or_else(|| {
                    bad_query(
                        "status",
                        format!(
                            "status must be DRAFT, SUBMITTED, RETURNED or APPROVED, not “{value}”"
                        ),
                    )
                })?;
                if !statuses.contains(&status) {
                    statuses.push(status);
                }
            }
            "format" => {
                if format.is_some() {
                    return Err(bad_query("format", "repeated parameter `format`".into()));
                }
                format = Some(match value.as_ref() {
                    "json" => Format::Json,
                    "xlsx" => Format::Xlsx,
                    other => {
                        return Err(bad_query(
                            "format",
                            format!("format must be json or xlsx, not “{other}”"),
                        ))
                    }
                });
            }
            other => {
                return Err(bad_query(other, format!("unknown parameter `{other}`")));
            }
        }
    }
    Ok((statuses, format.unwrap_or(Format::Json)))
}

/// 专项资金绩效指标横向比较 (a fund's indicators side by side)
///
/// A fund's indicators side by side (SPEC §7.1): grouped by (一级, 二级, name) after dropping
/// whitespace, in the order of the fund's template then of first appearance; per group the
/// regions' targets with their number and their number per 万元 of provincial funds, whether
/// they are comparable, sum, min, median, max, the `LOW`/`HIGH` flags (with four comparable
/// targets or more), and the actuals of the latest counted monitoring month and of the
/// submitted and approved self-evaluations. A fixed number of queries whatever the number of
/// sheets. `format=xlsx` gives the same as a workbook.
#[utoipa::path(
    tag = "comparisons",
    operation_id = "fundIndicators",
    params(("fund_id" = i64, Path, description = "Fund id"), IndicatorsParams),
    responses(
        (status = 200, description = "The indicators side by side",
         content(
            (SideBySide = "application/json"),
            (inline(XlsxFile) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
         ),
         headers(("Content-Disposition" = String, description = "For `format=xlsx`: attachment; filename=…; filename*=UTF-8''…")))
    )
)]
#[get("/funds/{fund_id}/indicators")]
pub async fn fund_indicators(
    db: web::Data<Store>,
    id: PathId<FundId>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    let (statuses, format) = parse_params(req.query_string())?;
    match format {
        Format::Json => {
            let view = db
                .run(move |conn| service::fund_indicators(conn, id, &statuses))
                .await?;
            Ok(HttpResponse::Ok().json(view))
        }
        Format::Xlsx => {
            let file = db
                .run(move |conn| service::fund_indicators_xlsx(conn, id, &statuses))
                .await?;
            Ok(attachment(
                file.media_type,
                &file.stem,
                file.extension,
                file.body,
            ))
        }
    }
}

/// A path segment that must be an integer id.
fn path_id(req: &HttpRequest, name: &str) -> Result<SheetId, ApiError> {
    let text = req.match_info().get(name).unwrap_or_default().to_string();
    whole_number::<i64>(&text)
        .map(SheetId::new)
        .ok_or_else(|| ApiError::InvalidPath {
            parameter: Some(name.into()),
            reason: format!("{name} must be an integer id, not “{text}”"),
        })
}

/// 两张绩效目标表对比 (two sheets side by side)
///
/// Two sheets side by side (SPEC §7.2), say this year's and last year's: both sheets' amounts
/// and their difference (the sheet's minus the other's), then one row per indicator key in
/// either, with both targets and the change read from the other to the sheet: `RAISED`,
/// `LOWERED`, `SAME`, `ADDED`, `REMOVED` or `NOT_COMPARABLE`.
#[utoipa::path(
    tag = "comparisons",
    operation_id = "compareSheets",
    params(
        ("sheet_id" = i64, Path, description = "The sheet (say, this year's)"),
        ("other_id" = i64, Path, description = "The sheet it is compared with (say, last year's)")
    ),
    responses((status = 200, description = "The comparison", body = SheetComparison))
)]
#[get("/sheets/{sheet_id}/compare/{other_id}")]
pub async fn compare_sheets(
    db: web::Data<Store>,
    req: HttpRequest,
    _params: crate::http::extract::Query<crate::http::extract::NoParams>,
) -> Result<HttpResponse, ApiError> {
    let sheet_id = path_id(&req, "sheet_id")?;
    let other_id = path_id(&req, "other_id")?;
    let comparison = db
        .run(move |conn| service::compare_sheets(conn, sheet_id, other_id))
        .await?;
    Ok(HttpResponse::Ok().json(comparison))
}

/// The problems each operation of this module can answer, besides those of every operation and
/// of access control ([`crate::http::openapi::problems`]); the tests check every answer against
/// them.
pub const PROBLEMS: &[OperationProblems] = &[
    (
        "fundIndicators",
        &[PATH_ID, &[C::FundNotFound, C::ExportFailed]],
    ),
    ("compareSheets", &[PATH_ID, &[C::SheetNotFound]]),
];
