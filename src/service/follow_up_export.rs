//! Monitoring reports and self-evaluations out as files (SPEC §5.4): `GET /monitoring/export`,
//! `GET /self-evaluations/export` and `perf-targets export --kind`. JSON gives each report or
//! evaluation as `GET` returns it with its fund and region first; CSV and Excel give the flat
//! layouts of [`crate::exchange::follow_up`], one row per indicator, through the one conversion
//! of [`super::files`].

use std::io::{Seek, SeekFrom};

use serde::Serialize;
use utoipa::ToSchema;

use super::evaluation::{self, Evaluation, EvaluationQuery};
use super::files::{evaluation_item, report_item};
use super::monitoring::{self, Report, ReportQuery};
use super::reads::ExportFormat;
use super::stream::{sink_failed, FileHead, FileSink};
use crate::db::{self, funds, DbConnection};
use crate::domain::{FundId, Lang, RegionCode};
use crate::error::ServiceError;
use crate::exchange::follow_up::{EVALUATIONS, REPORTS};
use crate::exchange::table::{self, TableItem};
use crate::exchange::{WriteError, WriteErrorCode};

/// A monitoring report in a JSON export: its fund and region, then the report as
/// `GET /sheets/{sheet_id}/monitoring/{month}` returns it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExportedReport {
    /// The sheet's fund.
    #[schema(value_type = i64, example = 1)]
    pub fund_id: FundId,
    /// The fund's name.
    #[schema(example = "2024年度跨境电商支持资金")]
    pub fund_name: String,
    /// The fund's budget year.
    #[schema(example = 2024)]
    pub year: i32,
    /// The sheet's region code.
    #[schema(value_type = String, example = "430200")]
    pub region_code: RegionCode,
    /// The region's name.
    #[schema(example = "株洲市")]
    pub region_name: String,
    /// The report.
    #[serde(flatten)]
    pub report: Report,
}

/// A self-evaluation in a JSON export: its fund and region, then the evaluation as
/// `GET /sheets/{sheet_id}/self-evaluation` returns it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExportedEvaluation {
    /// The sheet's fund.
    #[schema(value_type = i64, example = 1)]
    pub fund_id: FundId,
    /// The fund's name.
    #[schema(example = "2024年度跨境电商支持资金")]
    pub fund_name: String,
    /// The fund's budget year.
    #[schema(example = 2024)]
    pub year: i32,
    /// The sheet's region code.
    #[schema(value_type = String, example = "430200")]
    pub region_code: RegionCode,
    /// The region's name.
    #[schema(example = "株洲市")]
    pub region_name: String,
    /// The evaluation.
    #[serde(flatten)]
    pub evaluation: Evaluation,
}

fn json_failed(e: serde_json::Error) -> WriteError {
    WriteError {
        code: WriteErrorCode::JsonWriteFailed,
        message_zh: format!("生成 JSON 失败：{e}"),
        message_en: format!("writing the JSON failed: {e}"),
    }
}

/// Reports or evaluations read per page by an export (each with its lines and its sheet).
pub const FOLLOW_UP_PAGE: usize = 100;

/// A reader of an export's entries: calls its argument with each page of them, in order.
type Pages<'a, T> = dyn FnOnce(
        &mut DbConnection,
        &mut dyn FnMut(Vec<T>) -> Result<(), ServiceError>,
    ) -> Result<(), ServiceError>
    + 'a;

/// Writes the entries of `pages` into `sink` as one file of `format` named after `name`, a page at a
/// time, everything read in one read transaction ([`db::read_tx`]) so that the file is one
/// picture of the data: JSON as an array of `json_of` each entry, CSV and Excel as the rows of
/// `item_of` each entry in `layout`. JSON and CSV begin once the first page is read; Excel is
/// written whole to a temporary file (in constant memory) before it begins, so that a value
/// beyond its limits is still the request's answer.
#[allow(clippy::too_many_arguments)]
fn write_pages<T, J: Serialize>(
    conn: &mut DbConnection,
    format: ExportFormat,
    layout: &'static table::Layout,
    name: Name<'_>,
    sink: &mut dyn FileSink,
    pages: Box<Pages<'_, T>>,
    json_of: impl Fn(T) -> J,
    item_of: impl Fn(&T) -> TableItem,
) -> Result<(), ServiceError> {
    if format == ExportFormat::Xlsx {
        let (head, mut file) = db::read_tx(conn, |conn| -> Result<_, ServiceError> {
            let head = name.head(conn, format)?;
            let mut book = table::TableBook::new(layout)?;
            pages(conn, &mut |page| {
                for entry in &page {
                    book.push(&item_of(entry))?;
                }
                Ok(())
            })?;
            let file = tempfile::tempfile().map_err(sink_failed)?;
            Ok((head, book.finish(file)?))
        })?;
        sink.begin(&head);
        file.seek(SeekFrom::Start(0)).map_err(sink_failed)?;
        std::io::copy(&mut file, sink).map_err(sink_failed)?;
        return sink.flush().map_err(sink_failed);
    }
    db::read_tx(conn, |conn| {
        let head = name.head(conn, format)?;
        let (mut begun, mut first) = (false, true);
        let mut bytes = Vec::new();
        pages(conn, &mut |page| {
            if !begun {
                // Begun once the first page is read: a failure to read is still the answer.
                begun = true;
                sink.begin(&head);
                match format {
                    ExportFormat::Csv => table::csv_head(layout, &mut bytes),
                    _ => bytes.push(b'['),
                }
            }
            for entry in page {
                match format {
                    ExportFormat::Csv => table::csv_item(layout, &item_of(&entry), &mut bytes),
                    _ => {
                        if !first {
                            bytes.push(b',');
                        }
                        serde_json::to_writer(&mut bytes, &json_of(entry)).map_err(json_failed)?;
                    }
                }
                first = false;
                sink.write_all(&bytes).map_err(sink_failed)?;
                bytes.clear();
            }
            // The head, when the page had nothing.
            sink.write_all(&bytes).map_err(sink_failed)?;
            bytes.clear();
            Ok(())
        })?;
        if format == ExportFormat::Json {
            sink.write_all(b"]").map_err(sink_failed)?;
        }
        sink.flush().map_err(sink_failed)
    })
}

/// The name of an export: the fund's name (when the query names a fund), the kind, the region
/// code and the month, joined with `-` (`2024年度跨境电商支持资金-monitoring-430200-7`).
struct Name<'a> {
    fund_id: Option<FundId>,
    kind: &'static str,
    region_code: Option<&'a RegionCode>,
    month: Option<u32>,
}

impl Name<'_> {
    /// The head of the export in `format`.
    fn head(
        &self,
        conn: &mut DbConnection,
        format: ExportFormat,
    ) -> Result<FileHead, ServiceError> {
        let mut parts = Vec::new();
        if let Some(id) = self.fund_id {
            parts.extend(funds::find(conn, id)?.map(|f| f.name));
        }
        parts.push(self.kind.to_string());
        parts.extend(self.region_code.map(|c| c.to_string()));
        parts.extend(self.month.map(|m| m.to_string()));
        Ok(FileHead {
            media_type: format.media_type(),
            stem: parts.join("-"),
            extension: format.extension(),
        })
    }
}

/// Every report the query names as one file of `format` (SPEC §5.4), in the order of
/// [`monitoring::export_pages`], written into `sink` a page of [`FOLLOW_UP_PAGE`] reports at a
/// time (see `write_pages`).
pub fn write_reports(
    conn: &mut DbConnection,
    query: &ReportQuery,
    format: ExportFormat,
    lang: Lang,
    sink: &mut dyn FileSink,
) -> Result<(), ServiceError> {
    let name = Name {
        fund_id: query.fund_id,
        kind: "monitoring",
        region_code: query.region_code.as_ref(),
        month: query.month,
    };
    write_pages(
        conn,
        format,
        &REPORTS,
        name,
        sink,
        Box::new(|conn, f| monitoring::export_pages(conn, query, lang, FOLLOW_UP_PAGE, f)),
        |(sheet, report)| ExportedReport {
            fund_id: sheet.fund_id,
            fund_name: sheet.fund_name,
            year: sheet.year,
            region_code: sheet.region_code,
            region_name: sheet.region_name,
            report,
        },
        |(sheet, report)| report_item(report, sheet),
    )
}

/// Every self-evaluation the query names as one file of `format` (SPEC §5.4), in the order of
/// [`evaluation::export_pages`], written into `sink` a page of [`FOLLOW_UP_PAGE`] evaluations
/// at a time (see `write_pages`).
pub fn write_evaluations(
    conn: &mut DbConnection,
    query: &EvaluationQuery,
    format: ExportFormat,
    lang: Lang,
    sink: &mut dyn FileSink,
) -> Result<(), ServiceError> {
    let name = Name {
        fund_id: query.fund_id,
        kind: "self-evaluations",
        region_code: query.region_code.as_ref(),
        month: None,
    };
    write_pages(
        conn,
        format,
        &EVALUATIONS,
        name,
        sink,
        Box::new(|conn, f| evaluation::export_pages(conn, query, lang, FOLLOW_UP_PAGE, f)),
        |(sheet, evaluation)| ExportedEvaluation {
            fund_id: sheet.fund_id,
            fund_name: sheet.fund_name,
            year: sheet.year,
            region_code: sheet.region_code,
            region_name: sheet.region_name,
            evaluation,
        },
        |(sheet, evaluation)| evaluation_item(evaluation, sheet),
    )
}
