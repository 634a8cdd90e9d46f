//! The flat layout shared by the CSV and xlsx readers and writers: one row per indicator, the
//! sheet-level values repeated on every row of the sheet. See [`COLUMNS`] for the column set and
//! the reading rules.

use std::collections::BTreeSet;

use std::sync::Arc;

use super::record::{
    every_indicator, Columns, IndicatorRecord, Location, ReadError, ReadOutcome, SheetRecord,
};
use crate::domain::IssueCode;

/// The flat column set, in the order the writers put them. One row per indicator; a sheet's rows
/// are consecutive.
///
/// | # | column | Chinese heading (also accepted) | other accepted headings | level | goes to |
/// |---|---|---|---|---|---|
/// | 1 | `fund_id` | 专项资金ID | | sheet (key) | `fund_id` (integer) |
/// | 2 | `fund_name` | 专项名称 | 专项资金名称 | sheet (key) | `fund_name` |
/// | 3 | `year` | 年度 | | sheet (key) | with `fund_name`, picks the fund (see below) |
/// | 4 | `region_code` | 行政区划代码 | 区划代码 | sheet (key) | `region_code` |
/// | 5 | `region_name` | 地区 | 地区名称 | sheet (key) | `region_name` |
/// | 6 | `departments` | 主管部门 | 主管部门名称 | sheet | `departments`, joined with `、` |
/// | 7 | `provincial_funds` | 省级资金 | | sheet | `provincial_funds` (text as written) |
/// | 8 | `matching_funds` | 市区配套资金 | 市、区拟配套资金, 配套资金 | sheet | `matching_funds` |
/// | 9 | `matching_funds_note` | 配套资金备注 | | sheet | `matching_funds_note` |
/// | 10 | `overall_goal` | 年度总体目标 | | sheet | `overall_goal` |
/// | 11 | `level1` | 一级指标 | | indicator | `indicators[k].level1` |
/// | 12 | `level2` | 二级指标 | | indicator | `indicators[k].level2` |
/// | 13 | `name` | 三级指标 | 指标名称 | indicator | `indicators[k].name` |
/// | 14 | `target` | 指标值 | | indicator | `indicators[k].target` |
///
/// **Headers.** The first row is the header. Columns may come in any order. A heading is matched
/// after dropping all whitespace, ignoring ASCII case, and dropping a trailing `（万元）`/`(万元)`
/// (so `省级资金（万元）` is `provincial_funds`). Required: `region_code` or `region_name` (at least
/// one), `provincial_funds`, `level1`, `level2`, `name`, `target`; a missing one is a file-level
/// `COLUMN_MISSING` and no record is read. A heading that is none of the above, or a column named
/// twice, is a file-level `COLUMN_UNKNOWN` at (header row, that column); the other columns are
/// still read. A column without a heading is ignored while it is empty; data under it (or beyond
/// the last heading) is `COLUMN_UNKNOWN` at (header row, that column), reported once per column.
///
/// **Cells.** Every cell is trimmed. Line breaks inside a cell are layout and are dropped, except
/// in `overall_goal` and `matching_funds_note` (free text), where `\r\n` becomes `\n`. A blank
/// cell is `None` (an empty list for `departments`); `"0"` stays `Some("0")`, so a blank
/// `matching_funds` and a `0` stay distinct. `departments` is split on `、` (also `，` `,` `；`
/// `;`), blank parts dropped. When `matching_funds` is written with its remark, as the form does
/// (`50（含县市区）`) and `matching_funds_note` is blank, the remark is split off into the note.
/// A leading `'` in front of `=`, `+`, `-` or `@` is the writers' formula guard (see
/// `csv_rows::write_csv`) and is removed. `fund_id` must be an integer, else `VALUE_INVALID`.
/// Amounts, codes and indicator texts are not checked here: the service validates the record.
///
/// **Sheets.** A new sheet starts when the row names a different fund or region than the
/// current sheet's first row: the fund is compared by `fund_id` when both rows give one, else by
/// `fund_name` and `year`; the region by `region_code` when both give one, else by
/// `region_name`. A key cell left blank means "same as above", so a row whose key cells are all
/// blank continues the current sheet (a file with no key columns at all is one sheet). The
/// sheet-level values are taken from the sheet's first row. Writers repeat them on every row; a
/// reader accepts a later row whose sheet-level cell is blank or equal to the first row's, and
/// reports `VALUE_INVALID` at that cell when it differs (including a value where the first row is
/// blank), so a value is never dropped silently.
///
/// **Indicators.** A row whose four indicator cells are all blank adds no indicator: that is how
/// a sheet without indicators is written (one row, indicator columns empty) and it reads back as
/// zero indicators. A row with some indicator cells filled gives an indicator with the blank
/// ones as empty strings, for the service to report. A row whose cells are all blank is skipped.
///
/// **`year`.** Writers fill it (from the fund, through a callback). Readers use it to tell
/// sheets apart by fund name, check it is the same on every row of a sheet, and keep it in
/// [`SheetRecord::year`], where together with `fund_name` it picks the fund (two funds of one
/// name in different years); its cell is recorded under the location key `/year`.
///
/// **Locations.** `""` is the sheet's first row (its first column with a known heading); `/fund_id`,
/// `/fund_name`, `/year`, `/region_code`, `/region_name`, `/departments` (and
/// `/departments/{i}`, the same cell), `/provincial_funds`, `/matching_funds`,
/// `/matching_funds_note`, `/overall_goal` are the cells of the sheet's first row, given whenever
/// the column exists (blank cells included, so a missing value can be pointed at);
/// `/indicators/{k}` (the `level1` cell) and `/indicators/{k}/level1|level2|name|target` are the
/// cells of the indicator's row.
pub const COLUMNS: &[&str] = &[
    "fund_id",
    "fund_name",
    "year",
    "region_code",
    "region_name",
    "departments",
    "provincial_funds",
    "matching_funds",
    "matching_funds_note",
    "overall_goal",
    "level1",
    "level2",
    "name",
    "target",
];

/// The Chinese headings, in the order of [`COLUMNS`].
pub const COLUMNS_ZH: &[&str] = &[
    "专项资金ID",
    "专项名称",
    "年度",
    "行政区划代码",
    "地区",
    "主管部门",
    "省级资金",
    "市区配套资金",
    "配套资金备注",
    "年度总体目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
];

const NCOLS: usize = 14;
const FUND_ID: usize = 0;
const FUND_NAME: usize = 1;
const YEAR: usize = 2;
const REGION_CODE: usize = 3;
const REGION_NAME: usize = 4;
const DEPARTMENTS: usize = 5;
const PROVINCIAL: usize = 6;
const MATCHING: usize = 7;
const MATCHING_NOTE: usize = 8;
const GOAL: usize = 9;
const LEVEL1: usize = 10;
/// Columns 0..SHEET_COLS are sheet-level; the rest are indicator columns.
const SHEET_COLS: usize = 10;

/// JSON Pointer of each sheet-level column in the sheet document.
const POINTERS: [&str; SHEET_COLS] = [
    "/fund_id",
    "/fund_name",
    "/year",
    "/region_code",
    "/region_name",
    "/departments",
    "/provincial_funds",
    "/matching_funds",
    "/matching_funds_note",
    "/overall_goal",
];
const INDICATOR_FIELDS: [&str; 4] = ["level1", "level2", "name", "target"];

/// Extra headings accepted besides [`COLUMNS`] and [`COLUMNS_ZH`] (already normalised).
const ALIASES: &[(&str, usize)] = &[
    ("专项资金名称", FUND_NAME),
    ("区划代码", REGION_CODE),
    ("地区名称", REGION_NAME),
    ("主管部门名称", DEPARTMENTS),
    ("市、区拟配套资金", MATCHING),
    ("配套资金", MATCHING),
    ("指标名称", 12),
];

/// Which logical column a heading names, if any.
fn column_of(heading: &str) -> Option<usize> {
    let mut h: String = heading
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{feff}')
        .collect::<String>()
        .to_ascii_lowercase();
    for suffix in ["（万元）", "(万元)"] {
        if let Some(stripped) = h.strip_suffix(suffix) {
            h = stripped.to_string();
        }
    }
    if h.is_empty() {
        return None;
    }
    COLUMNS
        .iter()
        .position(|c| *c == h)
        .or_else(|| COLUMNS_ZH.iter().position(|c| c.to_ascii_lowercase() == h))
        .or_else(|| ALIASES.iter().find(|(a, _)| *a == h).map(|(_, i)| *i))
}

/// How locations name columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelStyle {
    /// CSV: the header as written (trimmed); `#N` (1-based) for a column without a header.
    HeaderName,
    /// Excel: the column letter.
    Letter,
}

/// Excel column letter of a 0-based column index (`0` → `A`, `26` → `AA`).
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// True for the characters that make a spreadsheet read a cell as a formula.
fn is_formula_trigger(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// Whether a value needs the formula guard: it starts with a trigger, possibly after
/// apostrophes (so that a value which itself starts with `'=` survives the guard's removal).
fn needs_guard(value: &str) -> bool {
    value
        .trim_start_matches('\'')
        .chars()
        .next()
        .is_some_and(is_formula_trigger)
}

/// The writers' formula guard: a value starting with `=`, `+`, `-`, `@`, tab or CR gets a leading
/// `'` so a spreadsheet opening the CSV shows it as text instead of evaluating it (so does a
/// value starting with apostrophes and then one of those, so the readers give it back intact).
pub(crate) fn guard_formula(value: &str) -> String {
    if needs_guard(value) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

/// The xlsx writers' guard: text cells are never evaluated, so only a value that starts with `'`
/// and would lose it to the readers' unguarding gets a second `'`.
pub(crate) fn guard_quote(value: &str) -> String {
    if value.starts_with('\'') && needs_guard(value) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

/// Normalise one cell of logical column `col`.
fn normalize(col: usize, raw: &str) -> String {
    let keep_breaks = col == GOAL || col == MATCHING_NOTE;
    let s = if keep_breaks {
        raw.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        raw.chars().filter(|c| *c != '\r' && *c != '\n').collect()
    };
    let s = s.trim();
    match s.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest.to_string(),
        _ => s.to_string(),
    }
}

fn opt(s: &str) -> Option<String> {
    if s.is_empty() {
        None
    } else {
        Some(s.to_string())
    }
}

/// Split `50（含县市区）` into (`50`, `含县市区`); `None` when there is no trailing remark.
fn split_remark(s: &str) -> Option<(String, String)> {
    let close = s.chars().last()?;
    let open = match close {
        '）' => '（',
        ')' => '(',
        _ => return None,
    };
    let start = s.find(open)?;
    let amount = s[..start].trim();
    let note = s[start + open.len_utf8()..s.len() - close.len_utf8()].trim();
    if amount.is_empty() || note.is_empty() {
        return None;
    }
    Some((amount.to_string(), note.to_string()))
}

/// Splits a departments cell (`株洲市商务局、株洲市财政局`) on the list separators.
pub(crate) fn split_departments(s: &str) -> Vec<String> {
    s.split(crate::domain::sheet::DEPARTMENT_SEPARATORS)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

fn err(
    code: IssueCode,
    record: Option<usize>,
    location: Option<Location>,
    zh: String,
    en: String,
) -> ReadError {
    ReadError {
        code,
        record,
        location,
        message_zh: zh,
        message_en: en,
    }
}

/// The first row of the sheet being read.
struct Current {
    row: u32,
    values: [String; SHEET_COLS],
}

/// Builds [`SheetRecord`]s from the rows of a flat table, row by row.
pub(crate) struct FlatBuilder {
    /// File column index of each logical column.
    cols: [Option<usize>; NCOLS],
    /// Header cells as written (trimmed), by file column.
    header: Vec<String>,
    /// File columns whose heading is known or already reported (data there is not reported).
    named: Vec<bool>,
    /// Logical column of each file column.
    logical_of: Vec<Option<usize>>,
    /// The first file column with a known heading (the column of the `""` location).
    first_col: usize,
    header_row: u32,
    style: LabelStyle,
    reported: BTreeSet<usize>,
    file_errors: Vec<ReadError>,
    out: ReadOutcome,
    current: Option<Current>,
    /// The columns of the fields, shared by every record read (see [`SheetRecord::columns`]).
    columns: Arc<Columns>,
}

impl FlatBuilder {
    /// Read the header row. `Err` holds the file-level errors when a required column is missing
    /// (nothing can be read then); otherwise the builder carries any `COLUMN_UNKNOWN` errors.
    pub(crate) fn from_header(
        header: &[String],
        header_row: u32,
        style: LabelStyle,
    ) -> Result<FlatBuilder, Vec<ReadError>> {
        let header: Vec<String> = header
            .iter()
            .map(|h| h.trim().trim_start_matches('\u{feff}').trim().to_string())
            .collect();
        let mut cols = [None; NCOLS];
        let mut named = vec![false; header.len()];
        let mut errors = Vec::new();
        let label = |i: usize, header: &[String]| label_for(style, header, i);
        for (i, h) in header.iter().enumerate() {
            if h.is_empty() {
                continue;
            }
            named[i] = true;
            let loc = Some(Location {
                row: header_row,
                column: label(i, &header),
            });
            match column_of(h) {
                Some(c) if cols[c].is_none() => cols[c] = Some(i),
                Some(c) => errors.push(err(
                    IssueCode::ColumnUnknown,
                    None,
                    loc,
                    format!("列“{h}”重复（与“{}”同为 {}），无法确定取哪一列", header[cols[c].unwrap_or(0)], COLUMNS[c]),
                    format!("column “{h}” appears twice (as does “{}”, both {}); cannot tell which one to read", header[cols[c].unwrap_or(0)], COLUMNS[c]),
                )),
                None => errors.push(err(
                    IssueCode::ColumnUnknown,
                    None,
                    loc,
                    format!("未知的列“{h}”；可用的列：{}（或中文列名：{}）", COLUMNS.join(", "), COLUMNS_ZH.join("、")),
                    format!("unknown column “{h}”; the columns are: {} (or the Chinese headings {})", COLUMNS.join(", "), COLUMNS_ZH.join(", ")),
                )),
            }
        }
        let mut missing = false;
        if cols[REGION_CODE].is_none() && cols[REGION_NAME].is_none() {
            missing = true;
            errors.push(err(
                IssueCode::ColumnMissing,
                None,
                None,
                "缺少列：region_code（行政区划代码）或 region_name（地区），至少要有一列".into(),
                "missing column: region_code (行政区划代码) or region_name (地区); at least one is required".into(),
            ));
        }
        for c in [PROVINCIAL, LEVEL1, LEVEL1 + 1, LEVEL1 + 2, LEVEL1 + 3] {
            if cols[c].is_none() {
                missing = true;
                errors.push(err(
                    IssueCode::ColumnMissing,
                    None,
                    None,
                    format!("缺少列：{}（{}）", COLUMNS[c], COLUMNS_ZH[c]),
                    format!("missing column: {} ({})", COLUMNS[c], COLUMNS_ZH[c]),
                ));
            }
        }
        if missing {
            return Err(errors);
        }
        let mut logical_of = vec![None; header.len()];
        for (c, i) in cols.iter().enumerate() {
            if let Some(i) = i {
                logical_of[*i] = Some(c);
            }
        }
        let first_col = logical_of.iter().position(Option::is_some).unwrap_or(0);
        let mut columns = Columns::new();
        for (c, pointer) in POINTERS.iter().enumerate() {
            if let Some(i) = cols[c] {
                columns.insert((*pointer).to_string(), label(i, &header));
            }
        }
        for (j, field) in INDICATOR_FIELDS.iter().enumerate() {
            if let Some(i) = cols[LEVEL1 + j] {
                columns.insert(every_indicator(field), label(i, &header));
            }
        }
        Ok(FlatBuilder {
            columns: Arc::new(columns),
            cols,
            header,
            named,
            logical_of,
            first_col,
            header_row,
            style,
            reported: BTreeSet::new(),
            file_errors: errors,
            out: ReadOutcome::default(),
            current: None,
        })
    }

    fn label(&self, file_col: usize) -> String {
        label_for(self.style, &self.header, file_col)
    }

    fn loc(&self, row: u32, logical: usize) -> Option<Location> {
        self.cols[logical].map(|i| Location {
            row,
            column: self.label(i),
        })
    }

    /// Add one data row: `cells` are (0-based file column, raw text) pairs, in any order.
    pub(crate) fn push_row(&mut self, row: u32, cells: &[(usize, String)]) {
        let mut vals: [String; NCOLS] = Default::default();
        for (i, text) in cells {
            match self.logical_of.get(*i).copied().flatten() {
                Some(c) => vals[c] = normalize(c, text),
                None => {
                    let named = self.named.get(*i).copied().unwrap_or(false);
                    if !named && !text.trim().is_empty() && self.reported.insert(*i) {
                        let label = self.label(*i);
                        self.file_errors.push(err(
                            IssueCode::ColumnUnknown,
                            None,
                            Some(Location {
                                row: self.header_row,
                                column: label.clone(),
                            }),
                            format!("第{row}行在没有列名的列 {label} 中有数据"),
                            format!("row {row} has data in column {label}, which has no header"),
                        ));
                    }
                }
            }
        }
        if vals.iter().all(String::is_empty) {
            return;
        }
        let new_sheet = match &self.current {
            None => true,
            Some(cur) => starts_new_sheet(&cur.values, &vals),
        };
        if new_sheet {
            self.start_sheet(row, &vals);
        } else if let Some(cur) = &self.current {
            let first_row = cur.row;
            let mismatches: Vec<(usize, String)> = (0..SHEET_COLS)
                .filter(|&c| {
                    self.cols[c].is_some() && !vals[c].is_empty() && vals[c] != cur.values[c]
                })
                .map(|c| (c, cur.values[c].clone()))
                .collect();
            let record = self.out.records.len().checked_sub(1);
            for (c, first) in mismatches {
                let v = &vals[c];
                let heading = self.cols[c]
                    .map(|i| self.header[i].clone())
                    .unwrap_or_default();
                let (zh, en) = if first.is_empty() {
                    (
                        format!("“{heading}”为“{v}”，但本表首行（第{first_row}行）此列为空；表级的值须写在本表首行，其余行相同或留空"),
                        format!("“{heading}” is “{v}” but blank on the sheet's first row (row {first_row}); sheet-level values go on the first row, later rows repeat them or leave them blank"),
                    )
                } else {
                    (
                        format!("“{heading}”为“{v}”，与本表首行（第{first_row}行）的“{first}”不一致；同一张表各行的表级列须相同或留空"),
                        format!("“{heading}” is “{v}”, which differs from “{first}” on the sheet's first row (row {first_row}); sheet-level columns must be equal or blank on every row of a sheet"),
                    )
                };
                let location = self.loc(row, c);
                self.out
                    .errors
                    .push(err(IssueCode::ValueInvalid, record, location, zh, en));
            }
        }
        if vals[LEVEL1..].iter().any(|v| !v.is_empty()) {
            let locs: Vec<Option<Location>> = (0..4).map(|j| self.loc(row, LEVEL1 + j)).collect();
            if let Some(rec) = self.out.records.last_mut() {
                let k = rec.indicators.len();
                rec.indicators.push(IndicatorRecord {
                    level1: vals[LEVEL1].clone(),
                    level2: vals[LEVEL1 + 1].clone(),
                    name: vals[LEVEL1 + 2].clone(),
                    target: vals[LEVEL1 + 3].clone(),
                });
                // The indicator's row; its fields' columns are the same on every row, kept once
                // for the file (see `record::location`).
                if let Some(l) = locs.iter().flatten().next() {
                    rec.locations.insert(format!("/indicators/{k}"), l.clone());
                }
            }
        }
    }

    /// The whole number in column `col`, `None` when blank; a `VALUE_INVALID` error for the
    /// sheet at `index` when it is not one.
    fn integer<T: std::str::FromStr>(
        &mut self,
        row: u32,
        index: usize,
        vals: &[String; NCOLS],
        col: usize,
        label_zh: &str,
        label_en: &str,
    ) -> Option<T> {
        let text = &vals[col];
        if text.is_empty() {
            return None;
        }
        let parsed = text.parse::<T>().ok();
        if parsed.is_none() {
            let location = self.loc(row, col);
            self.out.errors.push(err(
                IssueCode::ValueInvalid,
                Some(index),
                location,
                format!("{label_zh}“{text}”不是整数"),
                format!("{label_en} “{text}” is not an integer"),
            ));
        }
        parsed
    }

    fn start_sheet(&mut self, row: u32, vals: &[String; NCOLS]) {
        let index = self.out.records.len();
        let mut rec = SheetRecord {
            fund_id: self.integer(row, index, vals, FUND_ID, "专项资金ID", "fund_id"),
            fund_name: opt(&vals[FUND_NAME]),
            year: self.integer(row, index, vals, YEAR, "年度", "year"),
            region_code: opt(&vals[REGION_CODE]),
            region_name: opt(&vals[REGION_NAME]),
            departments: split_departments(&vals[DEPARTMENTS]),
            provincial_funds: opt(&vals[PROVINCIAL]),
            matching_funds: opt(&vals[MATCHING]),
            matching_funds_note: opt(&vals[MATCHING_NOTE]),
            ..Default::default()
        };
        if rec.matching_funds_note.is_none() {
            if let Some((amount, note)) = split_remark(&vals[MATCHING]) {
                rec.matching_funds = Some(amount);
                rec.matching_funds_note = Some(note);
            }
        }
        rec.overall_goal = opt(&vals[GOAL]);
        rec.locations.insert(
            String::new(),
            Location {
                row,
                column: self.label(self.first_col),
            },
        );
        // The sheet-level values are on this row, in the file's columns (kept once).
        rec.columns = Some(Arc::clone(&self.columns));
        let mut values: [String; SHEET_COLS] = Default::default();
        values.clone_from_slice(&vals[..SHEET_COLS]);
        self.current = Some(Current { row, values });
        self.out.records.push(rec);
    }

    /// The records and errors read; file-level errors come first.
    pub(crate) fn finish(self) -> ReadOutcome {
        let mut errors = self.file_errors;
        errors.extend(self.out.errors);
        ReadOutcome {
            records: self.out.records,
            errors,
        }
    }
}

fn label_for(style: LabelStyle, header: &[String], i: usize) -> String {
    match style {
        LabelStyle::Letter => column_letter(i),
        LabelStyle::HeaderName => match header.get(i) {
            Some(h) if !h.is_empty() => h.clone(),
            _ => format!("#{}", i + 1),
        },
    }
}

/// Whether a row names another fund or region than the current sheet's first row.
fn starts_new_sheet(first: &[String; SHEET_COLS], row: &[String; NCOLS]) -> bool {
    let differs = |c: usize| !row[c].is_empty() && row[c] != first[c];
    let fund = if !first[FUND_ID].is_empty() && !row[FUND_ID].is_empty() {
        differs(FUND_ID)
    } else {
        differs(FUND_ID) || differs(FUND_NAME) || differs(YEAR)
    };
    let region = if !first[REGION_CODE].is_empty() && !row[REGION_CODE].is_empty() {
        differs(REGION_CODE)
    } else {
        differs(REGION_CODE) || differs(REGION_NAME)
    };
    fund || region
}

/// The flat rows of one record, as the writers write them (cells not yet guarded).
pub(crate) fn rows_of(record: &SheetRecord, year: Option<i32>) -> Vec<[String; NCOLS]> {
    let s = |v: &Option<String>| v.clone().unwrap_or_default();
    let sheet: [String; SHEET_COLS] = [
        record.fund_id.map(|i| i.to_string()).unwrap_or_default(),
        s(&record.fund_name),
        year.map(|y| y.to_string()).unwrap_or_default(),
        s(&record.region_code),
        s(&record.region_name),
        record.departments.join("、"),
        s(&record.provincial_funds),
        s(&record.matching_funds),
        s(&record.matching_funds_note),
        s(&record.overall_goal),
    ];
    let row = |ind: Option<&IndicatorRecord>| {
        let mut r: [String; NCOLS] = Default::default();
        r[..SHEET_COLS].clone_from_slice(&sheet);
        if let Some(i) = ind {
            r[LEVEL1] = i.level1.clone();
            r[LEVEL1 + 1] = i.level2.clone();
            r[LEVEL1 + 2] = i.name.clone();
            r[LEVEL1 + 3] = i.target.clone();
        }
        r
    };
    if record.indicators.is_empty() {
        vec![row(None)]
    } else {
        record.indicators.iter().map(|i| row(Some(i))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_map() {
        for (i, c) in COLUMNS.iter().enumerate() {
            assert_eq!(column_of(c), Some(i));
            assert_eq!(column_of(COLUMNS_ZH[i]), Some(i));
        }
        assert_eq!(column_of(" 省级资金（万元） "), Some(PROVINCIAL));
        assert_eq!(column_of("TARGET"), Some(13));
        assert_eq!(column_of("专项资金id"), Some(FUND_ID));
        assert_eq!(column_of("备注"), None);
    }

    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(16383), "XFD");
    }

    #[test]
    fn remarks() {
        assert_eq!(
            split_remark("50（含县市区）"),
            Some(("50".into(), "含县市区".into()))
        );
        assert_eq!(
            split_remark("50(含县市区)"),
            Some(("50".into(), "含县市区".into()))
        );
        assert_eq!(split_remark("50"), None);
        assert_eq!(split_remark("（含县市区）"), None);
        assert_eq!(split_remark(")"), None);
        assert_eq!(split_remark("）"), None);
    }

    #[test]
    fn guard_roundtrip() {
        for v in ["=100%", "-5%", "+3", "@x", "≥90%", "'=1", "'a", "''-2"] {
            let g = guard_formula(v);
            assert_eq!(normalize(13, &g), v, "{g}");
        }
        assert_eq!(guard_formula("=1"), "'=1");
        for v in ["=1", "'=1", "'a", "a", "''+"] {
            assert_eq!(normalize(13, &guard_quote(v)), v);
        }
        assert_eq!(guard_formula("1"), "1");
        assert_eq!(
            normalize(12, " 组织参加跨境电商相关\r\n展会企业数 "),
            "组织参加跨境电商相关展会企业数"
        );
        assert_eq!(normalize(GOAL, "一\r\n二"), "一\n二");
    }
}
