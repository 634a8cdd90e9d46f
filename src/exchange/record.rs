//! Sheets as files carry them: the common record every reader produces and every writer takes.
//! Plain data only (no framework types); the service resolves fund and region names, checks the
//! documents and maps issue paths back to `row`/`column` through [`SheetRecord::locations`].

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::domain::IssueCode;

/// Where a value sits in an uploaded file: a 1-based physical row (line of a CSV or text form,
/// row of a worksheet, table row of a `.docx`) and a column (a CSV header name, an Excel column
/// letter such as `"C"`, or a form label such as `"省级资金"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// 1-based row.
    pub row: u32,
    /// Column name, letter or label.
    pub column: String,
}

/// One indicator as read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IndicatorRecord {
    /// 一级指标 as written (line breaks inside a cell already dropped, trimmed).
    pub level1: String,
    /// 二级指标 as written.
    pub level2: String,
    /// 三级指标 (name) as written.
    pub name: String,
    /// 指标值 as written.
    pub target: String,
}

/// One sheet as read from a file, before the service resolves fund and region.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SheetRecord {
    /// Fund id, when the file gives one.
    pub fund_id: Option<i64>,
    /// Fund name (专项名称), when the file gives one, e.g. `2024年度跨境电商支持资金`.
    pub fund_name: Option<String>,
    /// The fund's year, when the file gives one: with `fund_name` it picks the fund.
    pub year: Option<i32>,
    /// Six-digit region code, when the file gives one.
    pub region_code: Option<String>,
    /// Region name (`株洲市`, `湘西州`), when the file gives one. When neither code nor name is
    /// given, the service takes the region from the department names.
    pub region_name: Option<String>,
    /// 主管部门名称, in order (a form cell `株洲市商务局、株洲市财政局` gives two).
    pub departments: Vec<String>,
    /// 省级资金 in 万元, exactly as written (`"260"`, `"12.5"`); `None` when the cell is blank.
    pub provincial_funds: Option<String>,
    /// 市、区拟配套资金 in 万元, as written without its remark; `None` when blank (not `"0"`).
    pub matching_funds: Option<String>,
    /// Remark beside the matching funds: `含县市区` from `50（含县市区）`.
    pub matching_funds_note: Option<String>,
    /// 年度总体目标.
    pub overall_goal: Option<String>,
    /// Indicators, in order.
    pub indicators: Vec<IndicatorRecord>,
    /// Where each value came from, keyed by JSON Pointer into the sheet document:
    /// `/provincial_funds`, `/departments/0`, `/indicators/3/target`, … Also `""` (the
    /// record as a whole: its first row) and `/fund_id`, `/region_code` for the key cells. A
    /// flat layout (one row per indicator, the same columns on every row) keeps only the rows
    /// here (`""`, the sheet's first row, and `/indicators/3`) and its fields' columns once for
    /// the whole file in [`SheetRecord::columns`]: read them with [`SheetRecord::location`].
    pub locations: BTreeMap<String, Location>,
    /// A flat layout's columns, shared by all its records: each sheet-level field's
    /// (`/provincial_funds`, `/departments`) and each indicator field's
    /// (`/indicators/*/target`).
    pub columns: Option<Arc<Columns>>,
}

/// The columns of a flat layout's fields, by JSON Pointer (`/indicators/*/target` for an
/// indicator field of every indicator).
pub type Columns = BTreeMap<String, String>;

impl SheetRecord {
    /// Where the value at `path` came from (see [`location`]).
    pub fn location(&self, path: &str) -> Option<Location> {
        location(&self.locations, self.columns.as_deref(), path)
    }
}

/// The key of a flat layout's column for an indicator field of every indicator:
/// `/indicators/*/target`.
pub fn every_indicator(field: &str) -> String {
    format!("/indicators/*/{field}")
}

/// Where the value at `path` (a JSON Pointer into the document) came from: its own entry; or,
/// in a flat layout (`columns`), for `/indicators/{k}/{field}` the row of `/indicators/{k}` in
/// the column of `/indicators/*/{field}`, and for a sheet-level value the sheet's first row
/// (`""`) in the column of its field (`/departments/1` in that of `/departments`); `None` when
/// none of these is known.
pub fn location(
    locations: &BTreeMap<String, Location>,
    columns: Option<&Columns>,
    path: &str,
) -> Option<Location> {
    if let Some(found) = locations.get(path) {
        return Some(found.clone());
    }
    let columns = columns?;
    if let Some((k, field)) = path
        .strip_prefix("/indicators/")
        .and_then(|rest| rest.split_once('/'))
    {
        let row = locations.get(&format!("/indicators/{k}"))?.row;
        let column = columns.get(&every_indicator(field))?.clone();
        return Some(Location { row, column });
    }
    let row = locations.get("")?.row;
    let mut at = path;
    while !at.is_empty() {
        if let Some(column) = columns.get(at) {
            return Some(Location {
                row,
                column: column.clone(),
            });
        }
        at = &at[..at.rfind('/')?];
    }
    None
}

/// A reading failure that stops one record (or the whole file when `record` is `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The issue code it is reported with: `FILE_UNREADABLE` (not the format claimed, zip
    /// bomb, bad XML), `ENCODING_UNSUPPORTED` (GBK or other non-UTF-8 text), `COLUMN_MISSING`,
    /// `COLUMN_UNKNOWN`, `FORM_LAYOUT` (a form whose rows are not where 附件2 puts them),
    /// `VALUE_INVALID`.
    pub code: IssueCode,
    /// Which record (0-based, in file order) is affected; `None` for the file as a whole.
    pub record: Option<usize>,
    /// Where, when known.
    pub location: Option<Location>,
    /// Chinese message.
    pub message_zh: String,
    /// English message.
    pub message_en: String,
}

/// What a reader returns: the records it could read and the errors it found (both may be
/// non-empty; a record with an error is still returned when it could be read in part, so the
/// service can report every problem at once).
#[derive(Debug, Clone, Default)]
pub struct ReadOutcome {
    /// Records in file order.
    pub records: Vec<SheetRecord>,
    /// Errors in file order.
    pub errors: Vec<ReadError>,
}

/// A table as a document holds it, for the 附件2 form reader: rows of cell texts. The text
/// form, a `.docx` table and a worksheet in the printed layout all become a `Grid`, so one
/// piece of code understands the form. A merged cell's text is in its first (top-left) cell;
/// the cells it covers are empty strings. Line breaks inside a cell are kept here (the form
/// reader drops them, except in the goal of a grid whose breaks were typed); cells are not
/// trimmed here.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Grid {
    /// The rows, in order.
    pub rows: Vec<GridRow>,
    /// True when a line break inside a cell was typed by whoever wrote the document (a
    /// worksheet cell, a `.docx` paragraph or break); false for the text form, where a long
    /// cell wraps over several lines as it is laid out.
    pub typed_breaks: bool,
}

/// One row of a [`Grid`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GridRow {
    /// 1-based physical row in the source: the line where the row starts in the text form,
    /// the table row number in a `.docx` (counting from 1 over all tables of the document),
    /// the worksheet row in Excel.
    pub row: u32,
    /// Cell texts, left to right.
    pub cells: Vec<String>,
}
