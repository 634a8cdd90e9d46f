//! Sheets in and out of files: the common record every reader produces, and the readers and
//! writers of each format. Pure code: no actix, no diesel.

pub mod csv_rows;
pub mod docx;
pub mod flat;
pub mod follow_up;
pub mod follow_up_form;
pub mod form;
pub mod grid_text;
pub mod record;
pub mod side_by_side;
pub mod table;
pub mod xlsx;

pub use record::{Grid, GridRow, IndicatorRecord, Location, ReadError, ReadOutcome, SheetRecord};

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::sheet::Sheet;
pub use xlsx::{WriteError, WriteErrorCode};

/// File formats of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// A JSON array of sheets exactly as `GET /sheets/{sheet_id}` returns them.
    Json,
    /// CSV, one row per indicator (UTF-8 with a BOM, so that Excel opens it in Chinese).
    Csv,
    /// Excel, one row per indicator (the same columns as CSV).
    Xlsx,
}

/// Media type of Excel workbooks.
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

impl ExportFormat {
    /// The media type of the file.
    pub fn media_type(self) -> &'static str {
        match self {
            ExportFormat::Json => "application/json",
            ExportFormat::Csv => "text/csv; charset=utf-8",
            ExportFormat::Xlsx => XLSX,
        }
    }

    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
        }
    }
}

/// A stored sheet as a file record (fund and region by id and by name).
pub fn record_of(sheet: &Sheet) -> SheetRecord {
    SheetRecord {
        fund_id: Some(sheet.fund_id.get()),
        fund_name: Some(sheet.fund_name.clone()),
        year: Some(sheet.year),
        region_code: Some(sheet.region_code.to_string()),
        region_name: Some(sheet.region_name.clone()),
        departments: sheet.departments.clone(),
        provincial_funds: Some(sheet.provincial_funds.to_string()),
        matching_funds: sheet.matching_funds.map(|m| m.to_string()),
        matching_funds_note: sheet.matching_funds_note.clone(),
        overall_goal: Some(sheet.overall_goal.clone()),
        indicators: sheet
            .indicators
            .iter()
            .map(|i| IndicatorRecord {
                level1: i.level1.clone(),
                level2: i.level2.clone(),
                name: i.name.clone(),
                target: i.target.clone(),
            })
            .collect(),
        locations: Default::default(),
        columns: None,
    }
}

fn json_failed(e: impl std::fmt::Display) -> WriteError {
    WriteError {
        code: xlsx::WriteErrorCode::JsonWriteFailed,
        message_zh: format!("生成 JSON 失败：{e}"),
        message_en: format!("writing the JSON failed: {e}"),
    }
}

/// Stored sheets written as a JSON or CSV file a page at a time, each page's bytes handed to
/// the caller as soon as they are made: the same bytes as [`export`] writes for the whole list
/// (a JSON array as `GET` returns each sheet; the flat CSV with its BOM and header).
#[derive(Debug)]
pub struct TextExport {
    json: bool,
    written: usize,
}

impl TextExport {
    /// The writer of `format` (`json` or `csv`), and the file's first bytes.
    pub fn start(format: ExportFormat) -> (Self, Vec<u8>) {
        let json = format == ExportFormat::Json;
        let mut head = Vec::new();
        if json {
            head.push(b'[');
        } else {
            csv_rows::csv_head(&mut head);
        }
        (TextExport { json, written: 0 }, head)
    }

    /// The bytes of the next sheets, appended to `out`.
    pub fn push(&mut self, sheets: &[Sheet], out: &mut Vec<u8>) -> Result<(), WriteError> {
        for sheet in sheets {
            if self.json {
                if self.written > 0 {
                    out.push(b',');
                }
                serde_json::to_writer(&mut *out, sheet).map_err(json_failed)?;
            } else {
                csv_rows::csv_record(&record_of(sheet), Some(sheet.year), out);
            }
            self.written += 1;
        }
        Ok(())
    }

    /// The file's last bytes.
    pub fn end(self) -> Vec<u8> {
        if self.json {
            vec![b']']
        } else {
            Vec::new()
        }
    }
}

/// Stored sheets as one file of `format`, which a bulk upload reads back to the same sheets
/// ([`TextExport`] and [`xlsx::FlatBook`] write the same a page at a time).
pub fn export(list: &[Sheet], format: ExportFormat) -> Result<Vec<u8>, WriteError> {
    match format {
        ExportFormat::Json => serde_json::to_vec(list).map_err(json_failed),
        ExportFormat::Csv => {
            let (mut writer, mut out) = TextExport::start(format);
            writer.push(list, &mut out)?;
            out.extend(writer.end());
            Ok(out)
        }
        ExportFormat::Xlsx => {
            let years: HashMap<i64, i32> = list.iter().map(|s| (s.fund_id.get(), s.year)).collect();
            let year_of = |r: &SheetRecord| r.fund_id.and_then(|id| years.get(&id).copied());
            let records: Vec<SheetRecord> = list.iter().map(record_of).collect();
            xlsx::write_xlsx(&records, &year_of)
        }
    }
}

/// One stored sheet as an Excel workbook in the printed 附件2 layout.
pub fn form_xlsx(sheet: &Sheet) -> Result<Vec<u8>, WriteError> {
    xlsx::write_form_xlsx(&record_of(sheet), sheet.year)
}
