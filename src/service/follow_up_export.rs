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
use crate::db::{funds, DbConnection};
use crate::domain::sheet::Sheet;
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

/// Writes `list` into `sink` as one file of `format`, an entry at a time: JSON as an array of
/// `json_of` each entry (the bytes of the whole array written at once), CSV and Excel as the
/// rows of `item_of` each entry in `layout` (Excel written whole to a temporary file first, so
/// that a value beyond its limits is still the request's answer).
fn write_list<T, J: Serialize>(
    list: Vec<T>,
    format: ExportFormat,
    layout: &'static table::Layout,
    head: &FileHead,
    sink: &mut dyn FileSink,
    json_of: impl Fn(T) -> J,
    item_of: impl Fn(&T) -> TableItem,
) -> Result<(), ServiceError> {
    match format {
        ExportFormat::Xlsx => {
            let mut book = table::TableBook::new(layout)?;
            for entry in &list {
                book.push(&item_of(entry))?;
            }
            drop(list);
            let mut file = book.finish(tempfile::tempfile().map_err(sink_failed)?)?;
            sink.begin(head);
            file.seek(SeekFrom::Start(0)).map_err(sink_failed)?;
            std::io::copy(&mut file, sink).map_err(sink_failed)?;
        }
        ExportFormat::Csv => {
            sink.begin(head);
            let mut bytes = Vec::new();
            table::csv_head(layout, &mut bytes);
            for entry in &list {
                table::csv_item(layout, &item_of(entry), &mut bytes);
                sink.write_all(&bytes).map_err(sink_failed)?;
                bytes.clear();
            }
            sink.write_all(&bytes).map_err(sink_failed)?;
        }
        ExportFormat::Json => {
            sink.begin(head);
            sink.write_all(b"[").map_err(sink_failed)?;
            for (k, entry) in list.into_iter().enumerate() {
                if k > 0 {
                    sink.write_all(b",").map_err(sink_failed)?;
                }
                serde_json::to_writer(&mut *sink, &json_of(entry)).map_err(json_failed)?;
            }
            sink.write_all(b"]").map_err(sink_failed)?;
        }
    }
    sink.flush().map_err(sink_failed)
}

/// The name of an export: the fund's name (when the query names a fund), the kind, the region
/// code and the month, joined with `-` (`2024年度跨境电商支持资金-monitoring-430200-7`).
fn stem(
    conn: &mut DbConnection,
    fund: Option<(FundId, Option<&Sheet>)>,
    kind: &str,
    region_code: Option<&RegionCode>,
    month: Option<u32>,
) -> Result<String, ServiceError> {
    let mut parts = Vec::new();
    if let Some((id, sheet)) = fund {
        let name = match sheet {
            Some(s) => Some(s.fund_name.clone()),
            None => funds::find(conn, id)?.map(|f| f.name),
        };
        parts.extend(name);
    }
    parts.push(kind.to_string());
    parts.extend(region_code.map(|c| c.to_string()));
    parts.extend(month.map(|m| m.to_string()));
    Ok(parts.join("-"))
}

/// Every report the query names as one file of `format` (SPEC §5.4), in the order of
/// [`monitoring::export_reports`], written into `sink` (see [`write_list`]).
pub fn write_reports(
    conn: &mut DbConnection,
    query: &ReportQuery,
    format: ExportFormat,
    lang: Lang,
    sink: &mut dyn FileSink,
) -> Result<(), ServiceError> {
    let list = monitoring::export_reports(conn, query, lang)?;
    let fund = query.fund_id.map(|id| (id, list.first().map(|(s, _)| s)));
    let stem = stem(
        conn,
        fund,
        "monitoring",
        query.region_code.as_ref(),
        query.month,
    )?;
    let head = FileHead {
        media_type: format.media_type(),
        stem,
        extension: format.extension(),
    };
    write_list(
        list,
        format,
        &REPORTS,
        &head,
        sink,
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
/// [`evaluation::export_evaluations`], written into `sink` (see [`write_list`]).
pub fn write_evaluations(
    conn: &mut DbConnection,
    query: &EvaluationQuery,
    format: ExportFormat,
    lang: Lang,
    sink: &mut dyn FileSink,
) -> Result<(), ServiceError> {
    let list = evaluation::export_evaluations(conn, query, lang)?;
    let fund = query.fund_id.map(|id| (id, list.first().map(|(s, _)| s)));
    let stem = stem(
        conn,
        fund,
        "self-evaluations",
        query.region_code.as_ref(),
        None,
    )?;
    let head = FileHead {
        media_type: format.media_type(),
        stem,
        extension: format.extension(),
    };
    write_list(
        list,
        format,
        &EVALUATIONS,
        &head,
        sink,
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
