//! Sheets out as files: `GET /sheets/export` (JSON, CSV, Excel, with the list filters) and
//! `GET /sheets/{sheet_id}/export` (one sheet in the printed 附件2 layout).

use actix_web::http::header;
use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::domain::sheet::{Sheet, SheetStatus};
use crate::domain::{FundId, RegionCode, SheetId};
use crate::error::ProblemCode as C;
use crate::http::extract::{PathId, Query};
use crate::http::openapi::problems::{OperationProblems, PATH_ID};
use crate::http::problem::ApiError;
use crate::http::responses::{CsvFile, XlsxFile};
use crate::service::reads::{self, ExportFormat, SheetQuery};
use crate::service::stream::Streamed;
use crate::service::Store;

/// Format and filters of an export.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ExportParams {
    /// `json` (default), `csv` or `xlsx`.
    #[param(inline)]
    pub format: Option<ExportFormat>,
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
}

/// 导出绩效目标表 (export sheets as a file)
///
/// Exports every sheet that matches the filters (no paging), ordered by id, as one file that
/// `POST /sheets/bulk` reads back to identical sheets. The file is sent while it is read from
/// one snapshot of the database, in memory that does not grow with it (JSON and CSV chunked as
/// the rows are read; Excel written first, then sent); a failure after its first byte cuts the
/// transfer off instead of answering a problem. The file is named after the fund when
/// `fund_id` is given (`Content-Disposition` with an RFC 6266 `filename*` for Chinese names).
#[utoipa::path(
    tag = "sheets",
    operation_id = "exportSheets",
    params(ExportParams),
    responses(
        (status = 200, description = "The file, as an attachment",
         content(
            (Vec<Sheet> = "application/json"),
            (inline(CsvFile) = "text/csv"),
            (inline(XlsxFile) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
         ),
         headers(("Content-Disposition" = String, description = "attachment; filename=…; filename*=UTF-8''…")))
    )
)]
#[get("/sheets/export")]
pub async fn export_sheets(
    db: web::Data<Store>,
    params: Query<ExportParams>,
) -> Result<HttpResponse, ApiError> {
    let params = params.0;
    let format = params.format.unwrap_or(ExportFormat::Json);
    let query = SheetQuery {
        fund_id: params.fund_id.map(FundId::new),
        year: params.year,
        region_code: params.region_code.clone().map(RegionCode::from),
        status: params.status,
    };
    let file = db
        .stream(move |conn, sink| reads::write_export(conn, &query, format, sink))
        .await?;
    Ok(streamed(file))
}

/// A file sent while it is written, as an attachment (see [`attachment`]); its body has no
/// length and ends early, the connection closed, if writing fails after the first byte
/// ([`crate::service::stream`]).
pub(crate) fn streamed(file: Streamed) -> HttpResponse {
    let Streamed { head, chunks } = file;
    let body = futures_util::stream::unfold(chunks, |mut chunks| async move {
        chunks.recv().await.map(|chunk| (chunk, chunks))
    });
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, head.media_type))
        .insert_header((
            header::CONTENT_DISPOSITION,
            content_disposition(&head.stem, head.extension),
        ))
        .streaming(body)
}

/// 导出一张绩效目标表（附件2 版式）(export one sheet as its printed form)
///
/// Exports one sheet as an Excel workbook in the printed 附件2 layout (the heading, the money
/// rows, the indicator table with merged 一级/二级 cells), which `POST /sheets/bulk` reads back.
#[utoipa::path(
    tag = "sheets",
    operation_id = "exportSheet",
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
#[get("/sheets/{sheet_id}/export")]
pub async fn export_sheet(
    db: web::Data<Store>,
    id: PathId<SheetId>,
    params: Query<SingleExportParams>,
) -> Result<HttpResponse, ApiError> {
    let _ = params.0.format;
    let id = id.0;
    let file = db.run(move |conn| reads::sheet_form(conn, id)).await?;
    Ok(attachment(
        file.media_type,
        &file.stem,
        file.extension,
        file.body,
    ))
}

/// Query of a single-sheet export.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SingleExportParams {
    /// Only `xlsx`.
    pub format: Option<SingleFormat>,
}

/// The one format of a single-sheet export.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SingleFormat {
    /// Excel in the printed layout.
    Xlsx,
}

/// A file as an attachment: its media type and `Content-Disposition` (see
/// [`content_disposition`]).
pub(crate) fn attachment(
    media_type: &str,
    stem: &str,
    extension: &str,
    body: Vec<u8>,
) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, media_type))
        .insert_header((
            header::CONTENT_DISPOSITION,
            content_disposition(stem, extension),
        ))
        .body(body)
}

/// `attachment` with an ASCII fallback name and the real one as an RFC 6266 / RFC 8187
/// `filename*` (UTF-8, percent-encoded).
pub fn content_disposition(stem: &str, extension: &str) -> String {
    let ascii: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let ascii = if ascii.trim_matches('_').is_empty() {
        "sheets".to_string()
    } else {
        ascii
    };
    let mut encoded = String::new();
    for b in format!("{stem}.{extension}").bytes() {
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            encoded.push(b as char);
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("attachment; filename=\"{ascii}.{extension}\"; filename*=UTF-8''{encoded}")
}

/// The problems each operation of this module can answer, besides those of every operation and
/// of access control ([`crate::http::openapi::problems`]); the tests check every answer against
/// them.
pub const PROBLEMS: &[OperationProblems] = &[
    ("exportSheets", &[&[C::ExportFailed]]),
    (
        "exportSheet",
        &[PATH_ID, &[C::SheetNotFound, C::ExportFailed]],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_file_names_are_encoded() {
        assert_eq!(
            content_disposition("株洲市", "csv"),
            "attachment; filename=\"sheets.csv\"; filename*=UTF-8''%E6%A0%AA%E6%B4%B2%E5%B8%82.csv"
        );
        assert_eq!(
            content_disposition("2024年度-430200", "json"),
            "attachment; filename=\"2024__-430200.json\"; filename*=UTF-8''2024%E5%B9%B4%E5%BA%A6-430200.json"
        );
    }
}
