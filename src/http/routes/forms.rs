//! The printed forms of a monitoring report and of a self-evaluation (SPEC §5.4):
//! `GET /sheets/{sheet_id}/monitoring/{month}/export` (绩效监控表) and
//! `GET /sheets/{sheet_id}/self-evaluation/export` (项目支出绩效自评表), Excel workbooks that the
//! bulk uploads read back.

use actix_web::http::header;
use actix_web::{get, web, HttpRequest, HttpResponse};

use crate::domain::{Lang, SheetId};
use crate::error::ProblemCode as C;
use crate::http::extract::{PathId, Query};
use crate::http::openapi::problems::{OperationProblems, PATH_ID};
use crate::http::problem::ApiError;
use crate::http::responses::XlsxFile;
use crate::http::routes::export::{content_disposition, SingleExportParams};
use crate::http::routes::monitoring::report_key;
use crate::service::forms;
use crate::service::reads::ExportFile;
use crate::service::Store;

fn attachment(file: ExportFile) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, file.media_type))
        .insert_header((
            header::CONTENT_DISPOSITION,
            content_disposition(&file.stem, file.extension),
        ))
        .body(file.body)
}

/// 导出绩效监控表（打印版式）(export a report as its printed form)
///
/// Exports a monitoring report as the printed 绩效监控表: the heading, the fund, region and
/// month, the budget with the 1–N月 execution and its rate, the progress on the year's goal,
/// then the indicator table (一级/二级 merged over their runs) with the values, likelihoods,
/// deviation reasons and measures. Computed figures are shown as the report has them (frozen
/// once submitted); `POST /monitoring/bulk` reads the workbook back.
#[utoipa::path(
    tag = "monitoring",
    operation_id = "exportReportForm",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("month" = u32, Path, minimum = 1, maximum = 12, description = "The cut-off month N, 1–12"),
        ("format" = Option<String>, Query, pattern = "^xlsx$", description = "`xlsx` (the only format, the default)")
    ),
    responses(
        (status = 200, description = "The workbook, as an attachment",
         content((inline(XlsxFile) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
         headers(("Content-Disposition" = String, description = "attachment; filename=…; filename*=UTF-8''…")))
    )
)]
#[get("/sheets/{sheet_id}/monitoring/{month}/export")]
pub async fn export_report_form(
    db: web::Data<Store>,
    req: HttpRequest,
    lang: Lang,
    params: Query<SingleExportParams>,
) -> Result<HttpResponse, ApiError> {
    let _ = params.0.format;
    let (id, month) = report_key(&req)?;
    let file = db
        .run(move |conn| forms::report_form(conn, id, month, lang))
        .await?;
    Ok(attachment(file))
}

/// 导出项目支出绩效自评表（打印版式）(export a self-evaluation as its printed form)
///
/// Exports a self-evaluation as the printed 项目支出绩效自评表: the heading, the fund and
/// region, the budget with the year's execution and its 分值, 执行率 and 得分, the goal's
/// achievement and the budget deviation, the indicator table with each indicator's 分值 and
/// 得分 (and the 达成情况, 评分 and 权重 given), then 总分 and 等级. `POST
/// /self-evaluations/bulk` reads the workbook back.
#[utoipa::path(
    tag = "self-evaluation",
    operation_id = "exportEvaluationForm",
    params(
        ("sheet_id" = i64, Path, description = "Sheet id"),
        ("format" = Option<String>, Query, pattern = "^xlsx$", description = "`xlsx` (the only format, the default)")
    ),
    responses(
        (status = 200, description = "The workbook, as an attachment",
         content((inline(XlsxFile) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
         headers(("Content-Disposition" = String, description = "attachment; filename=…; filename*=UTF-8''…")))
    )
)]
#[get("/sheets/{sheet_id}/self-evaluation/export")]
pub async fn export_evaluation_form(
    db: web::Data<Store>,
    id: PathId<SheetId>,
    lang: Lang,
    params: Query<SingleExportParams>,
) -> Result<HttpResponse, ApiError> {
    let _ = params.0.format;
    let id = id.0;
    let file = db
        .run(move |conn| forms::evaluation_form(conn, id, lang))
        .await?;
    Ok(attachment(file))
}

/// The problems each operation of this module can answer, besides those of every operation and
/// of access control ([`crate::http::openapi::problems`]).
pub const PROBLEMS: &[OperationProblems] = &[
    (
        "exportReportForm",
        &[
            PATH_ID,
            &[C::SheetNotFound, C::ReportNotFound, C::ExportFailed],
        ],
    ),
    (
        "exportEvaluationForm",
        &[
            PATH_ID,
            &[C::SheetNotFound, C::EvaluationNotFound, C::ExportFailed],
        ],
    ),
];
