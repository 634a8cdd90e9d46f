//! Monitoring reports and self-evaluations out as files (SPEC §5.4): `GET /monitoring/export`
//! and `GET /self-evaluations/export` (JSON, CSV, Excel, with the filters of the sheet export).

use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::domain::sheet::SheetStatus;
use crate::domain::{FundId, Lang, RegionCode};
use crate::error::ProblemCode as C;
use crate::http::extract::Query;
use crate::http::openapi::problems::OperationProblems;
use crate::http::problem::ApiError;
use crate::http::responses::{CsvFile, XlsxFile};
use crate::http::routes::export::streamed;
use crate::service::evaluation::EvaluationQuery;
use crate::service::follow_up_export::{self, ExportedEvaluation, ExportedReport};
use crate::service::monitoring::{ReportQuery, MONTHS};
use crate::service::reads::ExportFormat;
use crate::service::Store;

/// Format and filters of a report export.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ReportExportParams {
    /// `json` (default), `csv` or `xlsx`.
    #[param(inline)]
    pub format: Option<ExportFormat>,
    /// Only reports of this fund's sheets.
    #[serde(default, deserialize_with = "crate::http::extract::optional_whole")]
    pub fund_id: Option<i64>,
    /// Only reports of sheets of funds of this budget year.
    #[param(example = 2024)]
    #[serde(default, deserialize_with = "crate::http::extract::optional_whole")]
    pub year: Option<i32>,
    /// Only reports of this region's sheet (six-digit code).
    #[param(example = "430200")]
    pub region_code: Option<String>,
    /// Only reports in this status (the report's, not the sheet's).
    pub status: Option<SheetStatus>,
    /// Only reports for this cut-off month, 1–12.
    #[param(minimum = 1, maximum = 12, example = 7)]
    #[serde(default, deserialize_with = "crate::http::extract::optional_whole")]
    pub month: Option<u32>,
}

/// Format and filters of a self-evaluation export.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct EvaluationExportParams {
    /// `json` (default), `csv` or `xlsx`.
    #[param(inline)]
    pub format: Option<ExportFormat>,
    /// Only evaluations of this fund's sheets.
    #[serde(default, deserialize_with = "crate::http::extract::optional_whole")]
    pub fund_id: Option<i64>,
    /// Only evaluations of sheets of funds of this budget year.
    #[param(example = 2024)]
    #[serde(default, deserialize_with = "crate::http::extract::optional_whole")]
    pub year: Option<i32>,
    /// Only the evaluation of this region's sheet (six-digit code).
    #[param(example = "430200")]
    pub region_code: Option<String>,
    /// Only evaluations in this status (the evaluation's, not the sheet's).
    pub status: Option<SheetStatus>,
}

/// 导出绩效监控表 (export monitoring reports as a file)
///
/// Exports every monitoring report that matches the filters (no paging), ordered by fund id,
/// region code and month. JSON: an array of reports exactly as
/// `GET /sheets/{sheet_id}/monitoring/{month}` returns them, each with `fund_id`, `fund_name`,
/// `year`, `region_code` and `region_name` first. CSV and Excel: one row per indicator in the
/// flat layout (English header; key, report values repeated on each row; computed columns for
/// reading), which `POST /monitoring/bulk` reads back. The file is named
/// `[fund name-]monitoring[-region code][-month]`.
#[utoipa::path(
    tag = "monitoring",
    operation_id = "exportReports",
    params(ReportExportParams),
    responses(
        (status = 200, description = "The file, as an attachment",
         content(
            (Vec<ExportedReport> = "application/json"),
            (inline(CsvFile) = "text/csv"),
            (inline(XlsxFile) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
         ),
         headers(("Content-Disposition" = String, description = "attachment; filename=…; filename*=UTF-8''…")))
    )
)]
#[get("/monitoring/export")]
pub async fn export_reports(
    db: web::Data<Store>,
    lang: Lang,
    params: Query<ReportExportParams>,
) -> Result<HttpResponse, ApiError> {
    let params = params.0;
    let format = params.format.unwrap_or(ExportFormat::Json);
    if let Some(month) = params.month.filter(|m| !MONTHS.contains(m)) {
        return Err(ApiError::InvalidQuery {
            parameter: Some("month".into()),
            reason: format!("month must be a month from 1 to 12, not {month}"),
        });
    }
    let query = ReportQuery {
        fund_id: params.fund_id.map(FundId::new),
        year: params.year,
        region_code: params.region_code.map(RegionCode::from),
        status: params.status,
        month: params.month,
    };
    let file = db
        .stream(move |conn, sink| follow_up_export::write_reports(conn, &query, format, lang, sink))
        .await?;
    Ok(streamed(file))
}

/// 导出项目支出绩效自评表 (export self-evaluations as a file)
///
/// Exports every self-evaluation that matches the filters (no paging), ordered by fund id and
/// region code. JSON: an array of evaluations exactly as `GET /sheets/{sheet_id}/self-evaluation`
/// returns them, each with `fund_id`, `fund_name`, `year`, `region_code` and `region_name`
/// first. CSV and Excel: one row per indicator in the flat layout (English header; key,
/// evaluation values repeated on each row; computed columns — weights, scores, total, grade —
/// for reading), which `POST /self-evaluations/bulk` reads back. The file is named
/// `[fund name-]self-evaluations[-region code]`.
#[utoipa::path(
    tag = "self-evaluation",
    operation_id = "exportEvaluations",
    params(EvaluationExportParams),
    responses(
        (status = 200, description = "The file, as an attachment",
         content(
            (Vec<ExportedEvaluation> = "application/json"),
            (inline(CsvFile) = "text/csv"),
            (inline(XlsxFile) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
         ),
         headers(("Content-Disposition" = String, description = "attachment; filename=…; filename*=UTF-8''…")))
    )
)]
#[get("/self-evaluations/export")]
pub async fn export_evaluations(
    db: web::Data<Store>,
    lang: Lang,
    params: Query<EvaluationExportParams>,
) -> Result<HttpResponse, ApiError> {
    let params = params.0;
    let format = params.format.unwrap_or(ExportFormat::Json);
    let query = EvaluationQuery {
        fund_id: params.fund_id.map(FundId::new),
        year: params.year,
        region_code: params.region_code.map(RegionCode::from),
        status: params.status,
    };
    let file = db
        .stream(move |conn, sink| {
            follow_up_export::write_evaluations(conn, &query, format, lang, sink)
        })
        .await?;
    Ok(streamed(file))
}

/// The problems each operation of this module can answer, besides those of every operation and
/// of access control ([`crate::http::openapi::problems`]); the tests check every answer against
/// them.
pub const PROBLEMS: &[OperationProblems] = &[
    ("exportReports", &[&[C::ExportFailed]]),
    ("exportEvaluations", &[&[C::ExportFailed]]),
];
