//! Excel workbooks (`.xlsx`): the flat layout in and out (see [`super::flat::COLUMNS`]), the
//! printed 附件2 form out, and any first worksheet as a [`Grid`] for the form reader.
//!
//! Reading takes the first visible worksheet (else the first worksheet). Before the workbook is
//! parsed, the zip container is checked: every entry's declared unpacked size and their total
//! must stay within `max_unpacked`, and every entry is unpacked once with that limit enforced,
//! so a zip bomb (or an entry whose real size exceeds its declared one) is refused with
//! `FILE_UNREADABLE` before any XML is parsed. Cells are read as a stream (never as a dense
//! rectangle), so a sheet with one cell at `XFD1048576` costs nothing.
//!
//! Cell text: strings as stored; numbers in their shortest exact decimal form (`260`, `12.5`),
//! not rounded to the cell's number format, except that a number in a percent format is read as
//! the percentage it shows (`1` formatted `0%` is `100%`: what a spreadsheet makes of a typed
//! `100%` or of `100%` in an opened CSV); dates as `YYYY-MM-DD` (`YYYY-MM-DD HH:MM:SS` with a time);
//! booleans `TRUE`/`FALSE`; errors as Excel shows them (`#N/A`); formulas by their cached value.
//!
//! Writing puts every value in a text cell (number format `@`), so `12.5` stays exact, `0` stays
//! `0` and a blank stays blank, and Excel never evaluates a value as a formula.

mod form;
mod write;

pub use form::*;
pub use write::*;

use std::collections::{BTreeMap, BinaryHeap};
use std::fmt;
use std::io::{self, Cursor, Read};
use std::panic::{catch_unwind, AssertUnwindSafe};

use calamine::{Data, Dimensions, Reader, SheetType, SheetVisible, Xlsx};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet};

use super::flat::{rows_of, FlatBuilder, LabelStyle, COLUMNS};
use super::record::{Grid, GridRow, ReadError, ReadOutcome, SheetRecord};
use crate::domain::IssueCode;

/// At most this many entries in the zip container.
const MAX_ZIP_ENTRIES: usize = 10_000;
/// At most this many cells (empty ones included) in a [`Grid`].
const MAX_GRID_CELLS: usize = 4_000_000;
/// Excel's limit on the characters in one cell.
const MAX_CELL_CHARS: usize = 32_767;
/// Excel's limit on the rows of a worksheet.
pub(crate) const MAX_ROWS: usize = 1_048_576;

/// Why a workbook could not be written: a value beyond Excel's limits, or a writer failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteError {
    /// Which limit or failure.
    pub code: WriteErrorCode,
    /// Chinese message.
    pub message_zh: String,
    /// English message.
    pub message_en: String,
}

/// Why an export could not be written, as named at the start of its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteErrorCode {
    /// A value over Excel's 32,767 characters per cell.
    CellTooLong,
    /// More rows than Excel's 1,048,576 per worksheet.
    TooManyRows,
    /// The workbook writer failed.
    XlsxWriteFailed,
    /// The JSON writer failed.
    JsonWriteFailed,
}

impl WriteErrorCode {
    /// The code as it appears in the message: `CELL_TOO_LONG`, `TOO_MANY_ROWS`, ….
    pub fn as_str(self) -> &'static str {
        match self {
            WriteErrorCode::CellTooLong => "CELL_TOO_LONG",
            WriteErrorCode::TooManyRows => "TOO_MANY_ROWS",
            WriteErrorCode::XlsxWriteFailed => "XLSX_WRITE_FAILED",
            WriteErrorCode::JsonWriteFailed => "JSON_WRITE_FAILED",
        }
    }

    /// The issue code of a limit of the format that the export is beyond; `None` for a writer
    /// failure (a bug, not something the client can change).
    pub fn limit(self) -> Option<IssueCode> {
        match self {
            WriteErrorCode::CellTooLong => Some(IssueCode::CellTooLong),
            WriteErrorCode::TooManyRows => Some(IssueCode::TooManyRows),
            WriteErrorCode::XlsxWriteFailed | WriteErrorCode::JsonWriteFailed => None,
        }
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.message_en)
    }
}

impl std::error::Error for WriteError {}

fn unreadable(zh: impl Into<String>, en: impl Into<String>) -> ReadError {
    ReadError {
        code: IssueCode::FileUnreadable,
        record: None,
        location: None,
        message_zh: zh.into(),
        message_en: en.into(),
    }
}

fn too_big(max_unpacked: u64) -> ReadError {
    unreadable(
        format!("xlsx 文件解压后超过 {max_unpacked} 字节的上限（疑似压缩炸弹），拒绝读取"),
        format!("the xlsx file unpacks to more than the {max_unpacked}-byte limit (a possible zip bomb); refused"),
    )
}

/// Check the zip container before anything parses it.
fn check_zip(bytes: &[u8], max_unpacked: u64) -> Result<(), ReadError> {
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(unreadable(
            "这是旧版 .xls 文件或加了密码的工作簿；请在 Excel 中去掉密码并另存为 .xlsx",
            "this is an old .xls file or a password-protected workbook; remove the password and save it as .xlsx",
        ));
    }
    let not_xlsx = || {
        unreadable(
            "文件不是 xlsx 工作簿（不是有效的 zip 容器）",
            "the file is not an xlsx workbook (not a valid zip container)",
        )
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| not_xlsx())?;
    if zip.len() > MAX_ZIP_ENTRIES {
        return Err(unreadable(
            format!(
                "xlsx 文件包含 {} 个条目，超过上限 {MAX_ZIP_ENTRIES}",
                zip.len()
            ),
            format!(
                "the xlsx file holds {} entries, over the limit of {MAX_ZIP_ENTRIES}",
                zip.len()
            ),
        ));
    }
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|_| not_xlsx())?;
        total = total.saturating_add(entry.size());
        if entry.size() > max_unpacked || total > max_unpacked {
            return Err(too_big(max_unpacked));
        }
    }
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| {
            unreadable(
                format!("xlsx 文件中的条目无法解压：{e}"),
                format!("an entry of the xlsx file cannot be unpacked: {e}"),
            )
        })?;
        let declared = entry.size();
        let read = io::copy(
            &mut (&mut entry).take(declared.saturating_add(1)),
            &mut io::sink(),
        )
        .map_err(|e| {
            unreadable(
                format!("xlsx 文件已损坏：{e}"),
                format!("the xlsx file is damaged: {e}"),
            )
        })?;
        if read > declared {
            return Err(too_big(max_unpacked));
        }
    }
    Ok(())
}

/// Text of a cell as the readers use it (see the module docs).
fn cell_text(data: &Data) -> String {
    match data {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if *f == 0.0 => "0".to_string(),
        Data::Float(f) => f.to_string(),
        Data::Bool(true) => "TRUE".to_string(),
        Data::Bool(false) => "FALSE".to_string(),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, h, mi, s, _) = dt.to_ymd_hms_milli();
            let v = dt.as_f64();
            if (0.0..1.0).contains(&v) {
                format!("{h:02}:{mi:02}:{s:02}")
            } else if h == 0 && mi == 0 && s == 0 {
                format!("{y:04}-{m:02}-{d:02}")
            } else {
                format!("{y:04}-{m:02}-{d:02} {h:02}:{mi:02}:{s:02}")
            }
        }
        Data::DateTime(dt) => dt.as_f64().to_string(),
        Data::Error(e) => e.to_string(),
    }
}

/// Whether a number format shows numbers as percentages (a `%` outside quotes and escapes).
fn is_percent_format(code: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for c in code.chars() {
        match (c, quoted, escaped) {
            (_, _, true) => escaped = false,
            ('"', _, _) => quoted = !quoted,
            ('\\' | '_' | '*', false, _) => escaped = true,
            ('%', false, _) => return true,
            _ => {}
        }
    }
    false
}

/// A number shown in a percent format, as the exact percentage: `0.9` → `90%`, `0.905` →
/// `90.5%` (rounded to 10 decimals to drop binary noise, not to the format's decimals).
fn percent_text(value: f64) -> String {
    let pct = (value * 100.0 * 1e10).round() / 1e10;
    let pct = if pct == 0.0 { 0.0 } else { pct };
    format!("{pct}%")
}

/// A merged region: (first row, last row, first column, last column), 0-based.
type Region = (u32, u32, u32, u32);

/// What the readers take from the first worksheet.
struct SheetCells {
    /// Non-empty cells (0-based row, column, text), sorted, the cells that merged regions cover
    /// removed.
    cells: Vec<(u32, u32, String)>,
    /// The merged regions, sorted.
    regions: Vec<Region>,
}

/// Read the first worksheet (see [`SheetCells`]).
fn load_cells(bytes: &[u8], max_unpacked: u64) -> Result<SheetCells, ReadError> {
    let loaded = catch_unwind(AssertUnwindSafe(|| load_cells_inner(bytes, max_unpacked)));
    loaded.unwrap_or_else(|_| {
        Err(unreadable(
            "xlsx 文件结构异常，无法读取",
            "the xlsx file has a malformed structure and cannot be read",
        ))
    })
}

fn load_cells_inner(bytes: &[u8], max_unpacked: u64) -> Result<SheetCells, ReadError> {
    check_zip(bytes, max_unpacked)?;
    let failed = |e: calamine::XlsxError| {
        unreadable(
            format!("xlsx 文件无法读取：{e}"),
            format!("the xlsx file cannot be read: {e}"),
        )
    };
    let mut book: Xlsx<Cursor<&[u8]>> = Xlsx::new(Cursor::new(bytes)).map_err(failed)?;
    let sheets = book.sheets_metadata().to_vec();
    let name = sheets
        .iter()
        .find(|s| s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible)
        .or_else(|| sheets.iter().find(|s| s.typ == SheetType::WorkSheet))
        .map(|s| s.name.clone())
        .ok_or_else(|| unreadable("工作簿中没有工作表", "the workbook has no worksheet"))?;
    let merges = book.merge_cells_by_sheet_name(&name).map_err(failed)?;
    let mut cells = Vec::new();
    {
        let mut reader = book.worksheet_cells_reader(&name).map_err(failed)?;
        let percent: Vec<bool> = reader
            .styles()
            .iter()
            .map(|s| {
                s.number_format
                    .as_ref()
                    .is_some_and(|f| is_percent_format(&f.format_code))
            })
            .collect();
        while let Some((cell, style)) = reader.next_cell_with_style_id().map_err(failed)? {
            let (row, col) = cell.get_position();
            let data: Data = cell.get_value().clone().into();
            let text = match data {
                Data::Float(f) if percent.get(style).copied().unwrap_or(false) => percent_text(f),
                Data::Int(i) if percent.get(style).copied().unwrap_or(false) => {
                    percent_text(i as f64)
                }
                _ => cell_text(&data),
            };
            if !text.is_empty() {
                cells.push((row, col, text));
            }
        }
    }
    cells.sort_by_key(|c| (c.0, c.1));
    cells.dedup_by_key(|c| (c.0, c.1));
    let regions = regions_of(&merges);
    Ok(SheetCells {
        cells: drop_merged_over(cells, &regions),
        regions,
    })
}

/// Merged regions as sorted [`Region`]s (a region written end-first is turned round).
fn regions_of(merges: &[Dimensions]) -> Vec<Region> {
    let mut regions: Vec<Region> = merges
        .iter()
        .map(|d| {
            (
                d.start.0.min(d.end.0),
                d.start.0.max(d.end.0),
                d.start.1.min(d.end.1),
                d.start.1.max(d.end.1),
            )
        })
        .collect();
    regions.sort_unstable();
    regions
}

/// Remove the cells that a merged region covers (all but its top-left cell), by a sweep over the
/// rows: cost grows with the number of cells and regions, not with the regions' areas.
fn drop_merged_over(cells: Vec<(u32, u32, String)>, regions: &[Region]) -> Vec<(u32, u32, String)> {
    if regions.is_empty() {
        return cells;
    }
    let mut next = 0;
    // Active regions keyed by (first col, index) → (last col, first row).
    let mut active: BTreeMap<(u32, usize), (u32, u32)> = BTreeMap::new();
    let mut expiry: BinaryHeap<std::cmp::Reverse<(u32, u32, usize)>> = BinaryHeap::new();
    let mut out = Vec::with_capacity(cells.len());
    for (row, col, text) in cells {
        while next < regions.len() && regions[next].0 <= row {
            let (r0, r1, c0, c1) = regions[next];
            active.insert((c0, next), (c1, r0));
            expiry.push(std::cmp::Reverse((r1, c0, next)));
            next += 1;
        }
        while let Some(std::cmp::Reverse((r1, c0, i))) = expiry.peek().copied() {
            if r1 >= row {
                break;
            }
            expiry.pop();
            active.remove(&(c0, i));
        }
        let covered = active
            .range(..=(col, usize::MAX))
            .next_back()
            .is_some_and(|(&(c0, _), &(c1, r0))| col <= c1 && (row, col) != (r0, c0));
        if !covered {
            out.push((row, col, text));
        }
    }
    out
}

/// Read a flat-layout workbook (first worksheet, first non-empty row = header) into sheet
/// records. Locations: `row` is the worksheet row (1-based), `column` the Excel letter (`"C"`).
/// A cell merged down over several rows below the header counts as written on each of them
/// (so a 一级指标 merged over its run is that 一级 on every row); the other covered cells are
/// blank.
/// `max_unpacked` caps the unpacked size of the zip container in bytes (see the module docs).
/// Never panics; problems are [`ReadError`]s in the outcome.
pub fn read_xlsx(bytes: &[u8], max_unpacked: u64) -> ReadOutcome {
    match load_cells(bytes, max_unpacked) {
        Ok(cells) => read_cells(cells),
        Err(e) => ReadOutcome {
            records: Vec::new(),
            errors: vec![e],
        },
    }
}

/// An uploaded workbook, parsed once: the flat layout (read as [`read_xlsx`] does), or the
/// printed 附件2 forms in it (as [`is_form_layout`] tells them apart). A flat workbook is never
/// turned into a [`Grid`], so it is held once while it is read.
pub fn read_upload(bytes: &[u8], max_unpacked: u64) -> Result<ReadOutcome, ReadError> {
    let cells = load_cells(bytes, max_unpacked)?;
    let first_row = cells
        .cells
        .iter()
        .find(|c| !c.2.trim().is_empty())
        .map(|c| c.0);
    let heads = cells
        .cells
        .iter()
        .take_while(|c| Some(c.0) == first_row)
        .map(|c| c.2.as_str());
    if flat_header(heads) {
        return Ok(read_cells(cells));
    }
    // Not a flat header: a form (small), or a layout the flat reader will report on.
    let grid = grid_of(cells.cells.clone())?;
    if is_form_layout(&grid) {
        return Ok(super::form::read_forms(&[grid]));
    }
    drop(grid);
    Ok(read_cells(cells))
}

/// The records of a flat-layout worksheet's cells (see [`read_xlsx`]).
fn read_cells(SheetCells { cells, regions }: SheetCells) -> ReadOutcome {
    let Some(&(header_row, _, _)) = cells.first() else {
        return ReadOutcome {
            records: Vec::new(),
            errors: vec![unreadable(
                "工作表是空的，没有表头行",
                "the worksheet is empty: there is no header row",
            )],
        };
    };
    // A region merged down a column below the header gives its text to every row it spans.
    let mut fills: Vec<(u32, u32, u32, String)> = regions
        .iter()
        .filter(|g| g.0 > header_row && g.1 > g.0)
        .filter_map(|&(r0, r1, c0, _)| {
            let i = cells.binary_search_by_key(&(r0, c0), |c| (c.0, c.1)).ok()?;
            Some((r0, r1, c0, cells[i].2.clone()))
        })
        .collect();
    fills.reverse(); // popped in order of first row
    let mut rows = cells.into_iter().peekable();
    let mut header: Vec<String> = Vec::new();
    while let Some((_, col, text)) = rows.next_if(|c| c.0 == header_row) {
        let col = col as usize;
        if header.len() <= col {
            header.resize(col + 1, String::new());
        }
        header[col] = text;
    }
    let width = header.len() as u32;
    fills.retain(|f| f.2 < width);
    let mut builder = match FlatBuilder::from_header(&header, header_row + 1, LabelStyle::Letter) {
        Ok(b) => b,
        Err(errors) => {
            return ReadOutcome {
                records: Vec::new(),
                errors,
            }
        }
    };
    // Active downward fills by column: (last row, text).
    let mut active: BTreeMap<u32, (u32, String)> = BTreeMap::new();
    let mut row_cells: Vec<(usize, String)> = Vec::new();
    while let Some((row, col, text)) = rows.next() {
        row_cells.clear();
        row_cells.push((col as usize, text));
        while let Some((_, col, text)) = rows.next_if(|c| c.0 == row) {
            row_cells.push((col as usize, text));
        }
        while fills.last().is_some_and(|f| f.0 < row) {
            if let Some((_, r1, c0, text)) = fills.pop() {
                active.insert(c0, (r1, text));
            }
        }
        active.retain(|_, (r1, _)| *r1 >= row);
        for (c0, (_, text)) in &active {
            let c0 = *c0 as usize;
            if !row_cells.iter().any(|(c, _)| *c == c0) {
                row_cells.push((c0, text.clone()));
            }
        }
        builder.push_row(row.saturating_add(1), &row_cells);
    }
    builder.finish()
}

/// Read the first worksheet as a [`Grid`], for the 附件2 form reader: one [`GridRow`] per
/// worksheet row that has a non-empty cell (`row` = worksheet row, 1-based), its `cells` from
/// column A to the row's last non-empty cell (index 0 = column A), as text (see the module
/// docs), untrimmed, line breaks kept. A merged region's text is in its top-left cell; the cells
/// it covers are `""`. `FILE_UNREADABLE` for a non-xlsx file, a zip bomb, a malformed workbook,
/// or a sheet whose rows would hold more than 4,000,000 cells.
pub fn grid_from_xlsx(bytes: &[u8], max_unpacked: u64) -> Result<Grid, ReadError> {
    grid_of(load_cells(bytes, max_unpacked)?.cells)
}

/// The grid of a worksheet's cells (see [`grid_from_xlsx`]).
fn grid_of(cells: Vec<(u32, u32, String)>) -> Result<Grid, ReadError> {
    // Size check before allocating the padded rows.
    let mut total = 0usize;
    let mut i = 0;
    while i < cells.len() {
        let row = cells[i].0;
        let mut last = cells[i].1;
        while i < cells.len() && cells[i].0 == row {
            last = cells[i].1;
            i += 1;
        }
        total = total.saturating_add(last as usize + 1);
        if total > MAX_GRID_CELLS {
            return Err(unreadable(
                format!("工作表过大（超过 {MAX_GRID_CELLS} 个单元格），不是附件2表格"),
                format!(
                    "the worksheet is too large (over {MAX_GRID_CELLS} cells) for a 附件2 form"
                ),
            ));
        }
    }
    let mut grid = Grid {
        typed_breaks: true,
        ..Grid::default()
    };
    for (row, col, text) in cells {
        let row = row.saturating_add(1);
        if grid.rows.last().map(|r| r.row) != Some(row) {
            grid.rows.push(GridRow {
                row,
                cells: Vec::new(),
            });
        }
        if let Some(r) = grid.rows.last_mut() {
            let col = col as usize;
            if r.cells.len() <= col {
                r.cells.resize(col + 1, String::new());
            }
            r.cells[col] = text;
        }
    }
    Ok(grid)
}

/// Whether a row's cells are a flat header: they name the `level1`, `level2`, `name` and
/// `target` columns, in English or Chinese (whitespace and case ignored).
fn flat_header<'a>(cells: impl Iterator<Item = &'a str>) -> bool {
    let heads: Vec<String> = cells
        .map(|c| {
            c.chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_lowercase()
        })
        .collect();
    let has = |en: &str, zh: &str| heads.iter().any(|h| h == en || h == zh);
    has("level1", "一级指标")
        && has("level2", "二级指标")
        && has("name", "三级指标")
        && has("target", "指标值")
}

/// Whether a grid holds the printed 附件2 form rather than the flat layout: false when its first
/// non-empty row is a flat header (it names the `level1`, `level2`, `name` and `target` columns,
/// in English or Chinese); otherwise true when its first non-empty cell starts with `附件`
/// (`附件2`) or some cell reads `专项名称` (whitespace ignored).
pub fn is_form_layout(grid: &Grid) -> bool {
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let Some(first) = grid
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| !c.trim().is_empty()))
    else {
        return false;
    };
    if flat_header(first.cells.iter().map(String::as_str)) {
        return false;
    }
    let first_cell = first.cells.iter().find(|c| !c.trim().is_empty());
    if first_cell.is_some_and(|c| squeeze(c).starts_with("附件")) {
        return true;
    }
    grid.rows
        .iter()
        .any(|r| r.cells.iter().any(|c| squeeze(c) == "专项名称"))
}

#[cfg(test)]
mod tests;
