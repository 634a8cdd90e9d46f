//! One flat-table engine for the documents that follow a sheet through the year (monitoring
//! reports and self-evaluations, SPEC §5.4): a [`Layout`] names its columns; [`read_grid`] turns
//! the rows of a CSV file or a worksheet into [`TableItem`]s, [`rows_of`] turns items back into
//! rows, and [`write_csv`] / [`write_xlsx`] write them. Pure: no framework types.
//!
//! # Rules
//!
//! - **One row per indicator line**, the item-level values repeated on every row of the item.
//! - **Headers.** The first non-blank row is the header. Columns may come in any order. A
//!   heading is matched after dropping all whitespace, ignoring ASCII case and dropping a
//!   trailing `（万元）`/`(万元)`/`（%）`/`(%)`, against the column's key, its Chinese heading and
//!   its aliases. A heading that names no column, or a column named twice, is a file-level
//!   `COLUMN_UNKNOWN`; a required column missing is a file-level `COLUMN_MISSING` and nothing is
//!   read. A column without a heading is ignored while it is empty.
//! - **Cells** are trimmed; line breaks are dropped except in the columns that hold free text
//!   (`\r\n` becomes `\n`); the writers' formula guard (a leading `'` before `=`, `+`, `-`, `@`)
//!   is removed. A blank cell is absent.
//! - **Items.** A new item starts when a row names another fund, region or month than the
//!   current item's first row (fund by `fund_id` when both rows give one, else by `fund_name` and
//!   `year`; region by `region_code` when both give one, else by `region_name`); a blank key
//!   cell means "same as above". Item-level values come from the item's first row; a later row
//!   whose value differs (a value where the first row is blank included) is `VALUE_INVALID` at
//!   that cell, so a value is never dropped silently.
//! - **Lines.** A row whose line cells are all blank adds no line (an item without lines is one
//!   row with them empty). Computed columns are written for reading and ignored on reading.
//! - **Locations.** `""` is the item's first row; `/<key>` the item-level cells of that row (blank
//!   ones included, so a missing value can be pointed at); `/indicators/{k}` the line's first
//!   line cell and `/indicators/{k}/<key>` each of its cells.

use std::collections::BTreeMap;

use super::flat::{column_letter, guard_formula, LabelStyle};
use super::record::{Grid, Location, ReadError};
use super::xlsx::WriteError;
use crate::domain::IssueCode;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Part of the item's key (fund, region, month).
    Key,
    /// A value of the item, repeated on each of its rows.
    Item,
    /// A value of one line.
    Line,
    /// Written for reading (a figure the service computes, a sheet's target), ignored on reading.
    Computed,
}

/// One column of a layout.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The English header the writers put, and the field the value goes to.
    pub key: &'static str,
    /// The Chinese heading (also accepted).
    pub zh: &'static str,
    /// Other accepted headings.
    pub aliases: &'static [&'static str],
    /// What it holds.
    pub level: Level,
    /// Free text: line breaks kept.
    pub multiline: bool,
    /// Width in an Excel sheet.
    pub width: f64,
}

/// The columns of one kind of document, and which of them a file needs.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// The worksheet's name in Excel.
    pub sheet_name: &'static str,
    /// The columns, in the order the writers put them.
    pub columns: &'static [Column],
    /// Columns a file must have (besides `region_code` or `region_name`).
    pub required: &'static [&'static str],
}

/// The key columns every layout shares (fund, region), in this order.
pub const FUND_ID: &str = "fund_id";
/// Fund name (with `year`).
pub const FUND_NAME: &str = "fund_name";
/// The fund's year.
pub const YEAR: &str = "year";
/// Region code.
pub const REGION_CODE: &str = "region_code";
/// Region name.
pub const REGION_NAME: &str = "region_name";

/// One item read from a table, or to be written as one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableItem {
    /// Key and item-level values by column key (blank cells absent).
    pub values: BTreeMap<&'static str, String>,
    /// The lines, each its values by column key (blank cells absent).
    pub lines: Vec<BTreeMap<&'static str, String>>,
    /// Where each value was read (see the module's rules); empty for items to write.
    pub locations: BTreeMap<String, Location>,
}

/// What [`read_grid`] found.
#[derive(Debug, Clone, Default)]
pub struct TableOutcome {
    /// The items, in file order.
    pub items: Vec<TableItem>,
    /// Problems: file-level ones (`record: None`) and those of one item.
    pub errors: Vec<ReadError>,
}

fn heading_key(heading: &str) -> String {
    let mut h: String = heading
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{feff}')
        .collect::<String>()
        .to_ascii_lowercase();
    for suffix in ["（万元）", "(万元)", "（%）", "(%)"] {
        if let Some(stripped) = h.strip_suffix(suffix) {
            h = stripped.to_string();
        }
    }
    h
}

impl Layout {
    /// The column a heading names, if any.
    pub fn column_of(&self, heading: &str) -> Option<usize> {
        let h = heading_key(heading);
        if h.is_empty() {
            return None;
        }
        self.columns.iter().position(|c| {
            c.key == h || heading_key(c.zh) == h || c.aliases.iter().any(|a| heading_key(a) == h)
        })
    }

    /// The index of the column `key`.
    fn index(&self, key: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.key == key)
    }
}

fn file_error(code: IssueCode, location: Option<Location>, zh: String, en: String) -> ReadError {
    ReadError {
        code,
        record: None,
        location,
        message_zh: zh,
        message_en: en,
    }
}

/// A cell as the readers take it: line breaks dropped (kept as `\n` in free text), trimmed,
/// the writers' formula guard removed.
pub(crate) fn clean(raw: &str, multiline: bool) -> String {
    let s = if multiline {
        raw.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        raw.chars().filter(|c| *c != '\r' && *c != '\n').collect()
    };
    let s = s.trim();
    match s.strip_prefix('\'') {
        Some(rest) if guard_formula(rest) != rest => rest.to_string(),
        _ => s.to_string(),
    }
}

/// Whether a row (its cleaned cells by column) names another item than `first`.
fn starts_new_item(layout: &Layout, first: &[Option<String>], row: &[Option<String>]) -> bool {
    let at = |key: &str| layout.index(key);
    let both = |k: Option<usize>| k.and_then(|k| Some((first[k].as_deref()?, row[k].as_deref()?)));
    let differs = |k: Option<usize>| both(k).is_some_and(|(a, b)| a != b);
    let fund = match both(at(FUND_ID)) {
        Some((a, b)) => a != b,
        None => differs(at(FUND_NAME)) || differs(at(YEAR)),
    };
    let region = match both(at(REGION_CODE)) {
        Some((a, b)) => a != b,
        None => differs(at(REGION_NAME)),
    };
    let other_keys = layout
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.level == Level::Key
                && ![FUND_ID, FUND_NAME, YEAR, REGION_CODE, REGION_NAME].contains(&c.key)
        })
        .any(|(k, _)| differs(Some(k)));
    fund || region || other_keys
}

/// Reads the rows of a grid (a CSV file or a worksheet) in `layout`. Never panics: every
/// problem is a [`ReadError`] in the outcome.
pub fn read_grid(layout: &Layout, grid: &Grid, style: LabelStyle) -> TableOutcome {
    let mut out = TableOutcome::default();
    let mut rows = grid
        .rows
        .iter()
        .filter(|r| r.cells.iter().any(|c| !c.trim().is_empty()));
    let Some(header) = rows.next() else {
        out.errors.push(file_error(
            IssueCode::FileUnreadable,
            None,
            "文件是空的，没有表头行".into(),
            "the file is empty: there is no header row".into(),
        ));
        return out;
    };
    let label = |i: usize| match style {
        LabelStyle::Letter => column_letter(i),
        LabelStyle::HeaderName => match header.cells.get(i).map(|h| h.trim()) {
            Some(h) if !h.is_empty() => h.to_string(),
            _ => format!("#{}", i + 1),
        },
    };
    let at = |row: u32, i: usize| Location {
        row,
        column: label(i),
    };
    // Column i of the file → column of the layout.
    let mut map: Vec<Option<usize>> = Vec::with_capacity(header.cells.len());
    let mut seen: Vec<bool> = vec![false; layout.columns.len()];
    for (i, h) in header.cells.iter().enumerate() {
        let col = layout.column_of(h);
        match col {
            Some(c) if seen[c] => {
                out.errors.push(file_error(
                    IssueCode::ColumnUnknown,
                    Some(at(header.row, i)),
                    format!("列“{}”重复", h.trim()),
                    format!("column “{}” appears twice", h.trim()),
                ));
                map.push(None);
            }
            Some(c) => {
                seen[c] = true;
                map.push(Some(c));
            }
            None => {
                if !h.trim().is_empty() {
                    out.errors.push(file_error(
                        IssueCode::ColumnUnknown,
                        Some(at(header.row, i)),
                        format!("无法识别的列“{}”", h.trim()),
                        format!("unknown column “{}”", h.trim()),
                    ));
                }
                map.push(None);
            }
        }
    }
    let has = |key: &str| layout.index(key).is_some_and(|k| seen[k]);
    let mut missing: Vec<&str> = layout
        .required
        .iter()
        .copied()
        .filter(|k| !has(k))
        .collect();
    if !has(REGION_CODE) && !has(REGION_NAME) {
        missing.push("region_code / region_name");
    }
    if !missing.is_empty() {
        let list = missing.join(", ");
        out.errors.push(file_error(
            IssueCode::ColumnMissing,
            Some(Location {
                row: header.row,
                column: String::new(),
            }),
            format!("缺少必需的列：{list}"),
            format!("required columns are missing: {list}"),
        ));
        return out;
    }

    let line_cols: Vec<usize> = (0..layout.columns.len())
        .filter(|k| layout.columns[*k].level == Level::Line && seen[*k])
        .collect();
    let mut unheaded_reported: Vec<usize> = Vec::new();
    // The current item: its first row's cells.
    let mut first: Option<(u32, Vec<Option<String>>)> = None;
    for row in rows {
        let mut cells: Vec<Option<String>> = vec![None; layout.columns.len()];
        let mut cell_at: Vec<usize> = vec![0; layout.columns.len()];
        for (i, raw) in row.cells.iter().enumerate() {
            match map.get(i).copied().flatten() {
                Some(c) => {
                    let v = clean(raw, layout.columns[c].multiline);
                    cells[c] = (!v.is_empty()).then_some(v);
                    cell_at[c] = i;
                }
                None => {
                    let unheaded = header.cells.get(i).is_none_or(|h| h.trim().is_empty());
                    if unheaded && !raw.trim().is_empty() && !unheaded_reported.contains(&i) {
                        unheaded_reported.push(i);
                        out.errors.push(file_error(
                            IssueCode::ColumnUnknown,
                            Some(at(header.row, i)),
                            format!("第 {} 列有数据但没有表头", label(i)),
                            format!("column {} holds data but has no heading", label(i)),
                        ));
                    }
                }
            }
        }
        // Cells of columns the file does not have point at the row's start.
        for (k, done) in cell_at.iter_mut().enumerate() {
            if !seen[k] {
                *done = map.iter().position(Option::is_some).unwrap_or(0);
            }
        }
        let new_item = match &first {
            None => true,
            Some((_, f)) => starts_new_item(layout, f, &cells),
        };
        if new_item {
            let mut item = TableItem::default();
            item.locations
                .insert(String::new(), at(row.row, cell_at[0]));
            for (k, c) in layout.columns.iter().enumerate() {
                if matches!(c.level, Level::Key | Level::Item) && seen[k] {
                    if let Some(v) = &cells[k] {
                        item.values.insert(c.key, v.clone());
                    }
                    item.locations
                        .insert(format!("/{}", c.key), at(row.row, cell_at[k]));
                }
            }
            out.items.push(item);
            first = Some((row.row, cells.clone()));
        } else if let Some((first_row, f)) = &first {
            let index = out.items.len() - 1;
            for (k, c) in layout.columns.iter().enumerate() {
                if c.level != Level::Item || !seen[k] {
                    continue;
                }
                if let Some(v) = &cells[k] {
                    if f[k].as_deref() != Some(v) {
                        out.errors.push(ReadError {
                            code: IssueCode::ValueInvalid,
                            record: Some(index),
                            location: Some(at(row.row, cell_at[k])),
                            message_zh: format!(
                                "“{}”与本项第一行（第 {first_row} 行）的值不同",
                                c.zh
                            ),
                            message_en: format!(
                                "{} differs from the item's first row (row {first_row})",
                                c.key
                            ),
                        });
                    }
                }
            }
        }
        if line_cols.iter().any(|k| cells[*k].is_some()) {
            let item = out.items.last_mut().expect("an item was started");
            let k = item.lines.len();
            let mut line = BTreeMap::new();
            item.locations.insert(
                format!("/indicators/{k}"),
                at(row.row, cell_at[line_cols[0]]),
            );
            for &c in &line_cols {
                if let Some(v) = &cells[c] {
                    line.insert(layout.columns[c].key, v.clone());
                }
                item.locations.insert(
                    format!("/indicators/{k}/{}", layout.columns[c].key),
                    at(row.row, cell_at[c]),
                );
            }
            item.lines.push(line);
        }
    }
    out
}

/// The rows of one item in `layout`: one per line (one with the line cells empty for an item
/// without lines), the key and item-level values repeated on each.
pub fn item_rows(layout: &Layout, item: &TableItem) -> Vec<Vec<String>> {
    let empty = BTreeMap::new();
    let lines: Vec<&BTreeMap<&str, String>> = if item.lines.is_empty() {
        vec![&empty]
    } else {
        item.lines.iter().collect()
    };
    lines
        .into_iter()
        .map(|line| {
            layout
                .columns
                .iter()
                .map(|c| {
                    let from = match c.level {
                        Level::Line => line.get(c.key),
                        Level::Computed => line.get(c.key).or_else(|| item.values.get(c.key)),
                        Level::Key | Level::Item => item.values.get(c.key),
                    };
                    from.cloned().unwrap_or_default()
                })
                .collect()
        })
        .collect()
}

/// The rows of items in `layout`, without the header (see [`item_rows`]).
pub fn rows_of(layout: &Layout, items: &[TableItem]) -> Vec<Vec<String>> {
    items
        .iter()
        .flat_map(|item| item_rows(layout, item))
        .collect()
}

/// The start of a flat CSV: BOM and the English header.
pub fn csv_head(layout: &Layout, out: &mut Vec<u8>) {
    out.extend_from_slice(super::csv_rows::BOM);
    super::csv_rows::push_line(out, layout.columns.iter().map(|c| c.key));
}

/// The CSV rows of one item (see [`item_rows`]), values guarded against formula evaluation.
pub fn csv_item(layout: &Layout, item: &TableItem, out: &mut Vec<u8>) {
    for row in item_rows(layout, item) {
        let guarded: Vec<String> = row.iter().map(|c| guard_formula(c)).collect();
        super::csv_rows::push_line(out, guarded.iter().map(String::as_str));
    }
}

/// Items as a flat CSV: BOM, the English header, one CRLF-terminated row per line, values
/// guarded against formula evaluation ([`csv_head`], then [`csv_item`] for each).
pub fn write_csv(layout: &Layout, items: &[TableItem]) -> Vec<u8> {
    let mut out = Vec::new();
    csv_head(layout, &mut out);
    for item in items {
        csv_item(layout, item, &mut out);
    }
    out
}

/// A workbook of items in `layout`, written an item at a time in memory that does not grow
/// with the rows: one worksheet named after the layout, the English header in bold (frozen,
/// with an autofilter), one row per line, every value a text cell.
pub struct TableBook {
    layout: &'static Layout,
    table: super::xlsx::TextTable,
}

impl TableBook {
    /// An empty workbook with the header of `layout`.
    pub fn new(layout: &'static Layout) -> Result<Self, WriteError> {
        let headings: Vec<&str> = layout.columns.iter().map(|c| c.key).collect();
        let widths: Vec<f64> = layout.columns.iter().map(|c| c.width).collect();
        Ok(TableBook {
            layout,
            table: super::xlsx::TextTable::new(layout.sheet_name, &headings, &widths)?,
        })
    }

    /// Appends the rows of one item.
    pub fn push(&mut self, item: &TableItem) -> Result<(), WriteError> {
        let columns = self.layout.columns;
        for row in item_rows(self.layout, item) {
            // The worksheet row: the header is row 1.
            let r = self.table.rows() + 2;
            self.table.push(&row, |c| {
                (
                    format!("第 {r} 行的 {}", columns[c].key),
                    format!("{} of row {r}", columns[c].key),
                )
            })?;
        }
        Ok(())
    }

    /// The workbook written to `out`; fails only beyond Excel's limits.
    pub fn finish<W>(self, out: W) -> Result<W, WriteError>
    where
        W: std::io::Write + std::io::Seek + Send,
    {
        self.table.finish(out)
    }
}

/// Items as an Excel workbook (see [`TableBook`]). Fails only beyond Excel's limits.
pub fn write_xlsx(layout: &'static Layout, items: &[TableItem]) -> Result<Vec<u8>, WriteError> {
    let count = 1 + items.iter().map(|i| i.lines.len().max(1)).sum::<usize>();
    if count > super::xlsx::MAX_ROWS {
        return Err(super::xlsx::too_many_rows(count));
    }
    let mut book = TableBook::new(layout)?;
    for item in items {
        book.push(item)?;
    }
    book.table.finish_to_vec()
}

#[cfg(test)]
mod tests;
