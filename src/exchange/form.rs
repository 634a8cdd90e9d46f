//! The one interpreter of the 附件2 layout (预算绩效目标表 as printed).
//!
//! Every document reader (the text form in [`super::grid_text`], `.docx` tables in
//! [`super::docx`], a worksheet in the same printed layout) turns a file into one [`Grid`] per
//! form; [`read_forms`] turns each grid into a [`SheetRecord`].
//!
//! # The layout
//!
//! ```text
//! 附件2                                         heading rows (optional, ignored)
//! 2024年度跨境电商资金绩效目标表
//! 专项名称     | 2024年度跨境电商支持资金          -> fund_name
//! 主管部门名称 | 株洲市商务局、株洲市财政局        -> departments
//! 年度金额（万元）| 省级资金         | 260          -> provincial_funds
//!              | 市、区拟配套资金 | 100          -> matching_funds (+ note)
//! 年度总体目标 | 培育外贸新增长点（跨境电商）      -> overall_goal
//! 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值   indicator header
//!          | 产出指标 | 数量指标 | …        | 1000      indicators
//!          |          |          | …        | 20        (一级/二级 filled down)
//! ```
//!
//! Rules, in the order they apply:
//! - A row whose cells are all blank is skipped everywhere (Word and Excel tables often end
//!   with empty rows).
//! - Rows are recognised by their label (the first non-empty cell, compared with all
//!   whitespace removed), not by their position, so a horizontally merged cell (which a
//!   `.docx` or worksheet grid spreads over several cells, the covered ones empty) is read the
//!   same way as the one cell of the text form. The value of a label row is the one non-empty
//!   cell to the right of its label; none means blank. `年度金额` rows are recognised by their
//!   second label (`省级资金`, `…配套资金`); the `年度金额（万元）` cell itself may be empty (a
//!   vertically merged cell).
//! - The six table rows must come in the order above, each once. A missing, repeated or
//!   misplaced row, or an unknown row among them, is a `FORM_LAYOUT` error; reading goes on
//!   with the rows that are there, so one upload reports every problem.
//! - Before the first table row, rows with a single non-empty cell are headings (`附件2`, the
//!   title) and are ignored.
//! - The indicator header gives the columns: a cell belongs to the header column at or to its
//!   left (so spans do not matter). Indicator rows must leave the `绩效指标` column empty. A row
//!   that has text only in that column (a note under the table, e.g. `填报说明`) ends the
//!   table: it is ignored when it is the last thing in the form and a `FORM_LAYOUT` error when
//!   indicator rows follow it. A repeated header row (a table continued on a new page) is
//!   skipped.
//! - 一级/二级 are filled down through empty (merged) cells; a new 一级 resets 二级, so a row
//!   that starts a new 一级 without a 二级 (or a first indicator row without a 一级) is a
//!   `FORM_LAYOUT` error.
//! - Cell text: line breaks are layout and dropped, then the text is trimmed; everything else
//!   is kept verbatim (`≥ 95 %` stays `≥ 95 %`).
//! - Money is kept as written: blank is `None` (not `"0"`); for the matching funds a trailing
//!   remark in parentheses is split off (`50（含县市区）` → `"50"` + note `含县市区`). The
//!   provincial funds have no note field, so a remark there is kept in the amount, for the
//!   service's amount check to report rather than silently dropping it.
//! - Departments are split on `、`, `，` and `,`; empty pieces (a trailing `、`) are dropped.
//! - `fund_id`, `region_code` and `region_name` are `None`: the service resolves the fund by
//!   name and the region from the department names.
//!
//! # Records and errors
//!
//! [`ReadOutcome::records`] has exactly one record per grid, in order, so
//! [`ReadError::record`] is both the form's index and the index of its record. A form with a
//! `FORM_LAYOUT` error still has a record holding whatever could be read (possibly nothing);
//! the caller must not save a record that has errors.
//!
//! # Locations
//!
//! Every value read gets a [`Location`]: `row` is [`GridRow::row`] of the row that holds it
//! (for the text form: the line where that table row starts), `column` is the label of the
//! value as written in the form with whitespace removed (`省级资金`, `年度总体目标`; for
//! indicator cells the column heading: `一级指标`, `二级指标`, `三级指标`, `指标值`). Keys:
//! `""` (first row of the form), `/fund_id` (the 专项名称 row: the fund is named there),
//! `/region_code` and `/departments` and `/departments/{i}` (the 主管部门名称 row: the region
//! is derived from it), `/provincial_funds`, `/matching_funds`, `/matching_funds_note`,
//! `/overall_goal`, `/indicators` (the header row), `/indicators/{i}` (the indicator's row,
//! column 三级指标) and `/indicators/{i}/level1|level2|name|target`. A filled-down 一级/二级
//! points at the row where that label is written (the top of the merged cell). Values of a
//! missing row have no location.

use super::flat::split_departments;
use super::record::{
    Grid, GridRow, IndicatorRecord, Location, ReadError, ReadOutcome, SheetRecord,
};
use crate::domain::IssueCode;

/// The line that opens each form in a document: `附件2`.
pub const FORM_MARKER: &str = "附件2";

/// True when `text` is the `附件2` line that opens a form (whitespace ignored; a full-width
/// `２` is accepted).
pub fn is_form_marker(text: &str) -> bool {
    let squeezed = squeeze(text);
    squeezed == FORM_MARKER || squeezed == "附件２"
}

/// Reads every form: one record per grid (in order) and the layout errors found.
///
/// Never fails as a whole: a form that cannot be read gives `FORM_LAYOUT` errors (with
/// `record: Some(index)`) and a partial record, and the other forms are read as usual.
pub fn read_forms(forms: &[Grid]) -> ReadOutcome {
    let mut outcome = ReadOutcome::default();
    for (index, grid) in forms.iter().enumerate() {
        let mut reader = FormReader::new(index, grid);
        reader.read();
        outcome.records.push(reader.record);
        outcome.errors.extend(reader.errors);
    }
    outcome
}

/// The table rows of the form, in their required order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Fund,
    Departments,
    Provincial,
    Matching,
    Goal,
    Header,
}

const PARTS: [Part; 6] = [
    Part::Fund,
    Part::Departments,
    Part::Provincial,
    Part::Matching,
    Part::Goal,
    Part::Header,
];

impl Part {
    fn position(self) -> usize {
        PARTS.iter().position(|p| *p == self).unwrap_or(0)
    }

    fn label(self) -> &'static str {
        match self {
            Part::Fund => "专项名称",
            Part::Departments => "主管部门名称",
            Part::Provincial => "年度金额/省级资金",
            Part::Matching => "市、区拟配套资金",
            Part::Goal => "年度总体目标",
            Part::Header => "绩效指标（一级指标、二级指标、三级指标、指标值）",
        }
    }
}

/// Columns found in the indicator header: start index and label of each.
#[derive(Debug, Clone)]
struct Columns {
    level1: (usize, String),
    level2: (usize, String),
    name: (usize, String),
    target: (usize, String),
}

enum HeaderState {
    NotYet,
    Broken,
    Found(Columns),
}

/// A value and the row it was written in.
#[derive(Debug, Clone)]
struct Sourced {
    text: String,
    row: u32,
}

struct FormReader<'g> {
    index: usize,
    grid: &'g Grid,
    record: SheetRecord,
    errors: Vec<ReadError>,
    /// Position in [`PARTS`] of the next expected table row.
    next: usize,
    header: HeaderState,
    table_started: bool,
    unexpected_reported: bool,
    /// A note row under the table: fine at the end, an error when indicators follow.
    note_row: Option<u32>,
    level1: Option<Sourced>,
    level2: Option<Sourced>,
    missing_level1_reported: bool,
}

impl<'g> FormReader<'g> {
    fn new(index: usize, grid: &'g Grid) -> Self {
        FormReader {
            index,
            grid,
            record: SheetRecord::default(),
            errors: Vec::new(),
            next: 0,
            header: HeaderState::NotYet,
            table_started: false,
            unexpected_reported: false,
            note_row: None,
            level1: None,
            level2: None,
            missing_level1_reported: false,
        }
    }

    fn read(&mut self) {
        let grid = self.grid;
        let Some(first) = grid.rows.first() else {
            self.error(
                None,
                "表格为空".to_string(),
                "the form is empty".to_string(),
            );
            return;
        };
        let first_label = first
            .cells
            .iter()
            .map(|c| squeeze(c))
            .find(|c| !c.is_empty())
            .map(|c| c.chars().take(20).collect::<String>())
            .unwrap_or_default();
        self.locate("", first.row, &first_label);

        for row in &grid.rows {
            let texts: Vec<String> = row.cells.iter().map(|c| clean(c)).collect();
            if texts.iter().all(|t| t.is_empty()) {
                continue;
            }
            if matches!(self.header, HeaderState::NotYet) {
                self.table_row(row, &texts);
            } else {
                self.indicator_row(row, &texts);
            }
        }

        if self.next < PARTS.len() {
            let last = grid.rows.last().map_or(first.row, |r| r.row);
            self.missing(self.next, PARTS.len(), last);
        }
    }

    /// A row before the indicator header.
    fn table_row(&mut self, row: &GridRow, texts: &[String]) {
        let filled: Vec<usize> = non_empty(texts, 0);
        match classify(texts, &filled) {
            Some((part, label_col)) => {
                self.table_started = true;
                if !self.advance(part, row) {
                    return;
                }
                self.read_part(part, label_col, row, texts);
            }
            None if !self.table_started && filled.len() == 1 => {
                // A heading (附件2, the title) above the table.
            }
            None => {
                if !self.unexpected_reported {
                    self.unexpected_reported = true;
                    let first = filled
                        .first()
                        .and_then(|i| texts.get(*i))
                        .map(|t| t.chars().take(30).collect::<String>())
                        .unwrap_or_default();
                    let expected = PARTS.get(self.next).map_or("", |p| p.label());
                    self.error(
                        Some(Location {
                            row: row.row,
                            column: first.clone(),
                        }),
                        format!("第{}行：无法识别的行“{first}”，此处应为“{expected}”行", row.row),
                        format!(
                            "row {}: unrecognised row “{first}”; the {expected} row was expected here",
                            row.row
                        ),
                    );
                }
            }
        }
    }

    /// Checks the order of the table rows; false when the row is to be ignored.
    fn advance(&mut self, part: Part, row: &GridRow) -> bool {
        let position = part.position();
        if position < self.next {
            self.error(
                Some(Location {
                    row: row.row,
                    column: part.label().to_string(),
                }),
                format!("第{}行：“{}”行重复或位置不对", row.row, part.label()),
                format!(
                    "row {}: the {} row is repeated or out of place",
                    row.row,
                    part.label()
                ),
            );
            return false;
        }
        if position > self.next {
            self.missing(self.next, position, row.row);
        }
        self.next = position + 1;
        true
    }

    /// Reports the parts `from..to` as missing, at `row`.
    fn missing(&mut self, from: usize, to: usize, row: u32) {
        let labels: Vec<&str> = PARTS
            .get(from..to)
            .unwrap_or(&[])
            .iter()
            .map(|p| p.label())
            .collect();
        if labels.is_empty() {
            return;
        }
        let zh = labels.join("”、“");
        let en = labels.join(", ");
        let column = labels.first().copied().unwrap_or("").to_string();
        self.error(
            Some(Location { row, column }),
            format!("第{row}行附近：缺少“{zh}”行"),
            format!("near row {row}: missing row(s): {en}"),
        );
    }

    fn read_part(&mut self, part: Part, label_col: usize, row: &GridRow, texts: &[String]) {
        let label = texts.get(label_col).map(|t| squeeze(t)).unwrap_or_default();
        let at = if part == Part::Header {
            None
        } else {
            self.value_after(label_col, row, texts, &label)
        };
        let value = at.and_then(|i| texts.get(i)).cloned();
        match part {
            Part::Fund => {
                self.locate("/fund_id", row.row, &label);
                self.record.fund_name = value;
            }
            Part::Departments => {
                self.locate("/departments", row.row, &label);
                self.locate("/region_code", row.row, &label);
                let departments = split_departments(value.as_deref().unwrap_or(""));
                for i in 0..departments.len() {
                    self.locate(&format!("/departments/{i}"), row.row, &label);
                }
                self.record.departments = departments;
            }
            Part::Provincial => {
                self.locate("/provincial_funds", row.row, &label);
                self.record.provincial_funds = value;
            }
            Part::Matching => {
                self.locate("/matching_funds", row.row, &label);
                self.locate("/matching_funds_note", row.row, &label);
                if let Some(text) = value {
                    let (amount, note) = split_amount(&text);
                    self.record.matching_funds = Some(amount);
                    self.record.matching_funds_note = note;
                }
            }
            Part::Goal => {
                self.locate("/overall_goal", row.row, &label);
                self.record.overall_goal = if self.grid.typed_breaks {
                    // Lines typed into the goal are part of it: the cell as written, its line
                    // breaks kept (as `\n`) and only the whole trimmed.
                    at.and_then(|i| row.cells.get(i))
                        .map(|cell| typed_text(cell))
                } else {
                    value
                };
            }
            Part::Header => self.read_header(row, texts),
        }
    }

    /// Where the one value to the right of the label in column `col` is (`None` when blank).
    fn value_after(
        &mut self,
        col: usize,
        row: &GridRow,
        texts: &[String],
        label: &str,
    ) -> Option<usize> {
        let values = non_empty(texts, col + 1);
        if values.len() > 1 {
            self.error(
                Some(Location {
                    row: row.row,
                    column: label.to_string(),
                }),
                format!("第{}行：“{label}”一行中有多个值", row.row),
                format!("row {}: the {label} row holds more than one value", row.row),
            );
        }
        values.first().copied()
    }

    fn read_header(&mut self, row: &GridRow, texts: &[String]) {
        match header_columns(texts) {
            Some(columns) => {
                self.locate("/indicators", row.row, &columns.name.1);
                self.header = HeaderState::Found(columns);
            }
            None => {
                self.header = HeaderState::Broken;
                let found: Vec<String> = texts
                    .iter()
                    .filter(|t| !t.is_empty())
                    .map(|t| squeeze(t))
                    .collect();
                let found = found.join(" | ");
                self.error(
                    Some(Location {
                        row: row.row,
                        column: "绩效指标".to_string(),
                    }),
                    format!(
                        "第{}行：指标表头应为“绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值”，实际为“{found}”",
                        row.row
                    ),
                    format!(
                        "row {}: the indicator header should read 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值, found {found}",
                        row.row
                    ),
                );
            }
        }
    }

    /// A row after the indicator header.
    fn indicator_row(&mut self, row: &GridRow, texts: &[String]) {
        let columns = match &self.header {
            HeaderState::Found(columns) => columns.clone(),
            // Already reported; the rows below a broken header cannot be read.
            HeaderState::Broken | HeaderState::NotYet => return,
        };
        let bounds = [
            columns.level1.0,
            columns.level2.0,
            columns.name.0,
            columns.target.0,
        ];
        // regions[0]: the 绩效指标 column; 1..=4: 一级, 二级, 三级, 指标值.
        let mut regions: [Vec<&String>; 5] = Default::default();
        for (i, text) in texts.iter().enumerate() {
            if text.is_empty() {
                continue;
            }
            let region = bounds.iter().filter(|b| **b <= i).count();
            if let Some(r) = regions.get_mut(region) {
                r.push(text);
            }
        }
        let [lead, l1, l2, name, target] = regions;
        let rest_empty = l1.is_empty() && l2.is_empty() && name.is_empty() && target.is_empty();

        if !lead.is_empty() {
            if rest_empty {
                // A note under the table.
                if self.note_row.is_none() {
                    self.note_row = Some(row.row);
                }
                return;
            }
            let lead_ok = lead.iter().all(|t| squeeze(t) == "绩效指标");
            if !lead_ok {
                self.error(
                    Some(Location {
                        row: row.row,
                        column: "绩效指标".to_string(),
                    }),
                    format!("第{}行：指标行的“绩效指标”列应为空", row.row),
                    format!(
                        "row {}: an indicator row must leave the 绩效指标 column empty",
                        row.row
                    ),
                );
            }
        }
        // A repeated header (table continued on a new page).
        if header_columns(texts).is_some() {
            return;
        }
        if let Some(note) = self.note_row.take() {
            self.error(
                Some(Location {
                    row: note,
                    column: "绩效指标".to_string(),
                }),
                format!("第{note}行：指标行之间出现表格外的文字"),
                format!("row {note}: text outside the table between indicator rows"),
            );
        }

        let pick = |this: &mut Self, cells: &[&String], label: &str| -> Option<String> {
            if cells.len() > 1 {
                this.error(
                    Some(Location {
                        row: row.row,
                        column: label.to_string(),
                    }),
                    format!("第{}行：“{label}”列中有多个值", row.row),
                    format!("row {}: more than one value under {label}", row.row),
                );
            }
            cells.first().map(|t| (*t).clone())
        };
        let l1 = pick(self, &l1, &columns.level1.1);
        let l2 = pick(self, &l2, &columns.level2.1);
        let name = pick(self, &name, &columns.name.1).unwrap_or_default();
        let target = pick(self, &target, &columns.target.1).unwrap_or_default();

        if let Some(text) = l1 {
            self.level1 = Some(Sourced { text, row: row.row });
            self.level2 = None;
            if l2.is_none() {
                let level1 = self.level1.as_ref().map_or("", |s| s.text.as_str());
                self.error(
                    Some(Location {
                        row: row.row,
                        column: columns.level2.1.clone(),
                    }),
                    format!("第{}行：一级指标“{level1}”下缺少二级指标", row.row),
                    format!(
                        "row {}: the 一级指标 {level1} starts without a 二级指标",
                        row.row
                    ),
                );
            }
        } else if self.level1.is_none() && !self.missing_level1_reported {
            self.missing_level1_reported = true;
            self.error(
                Some(Location {
                    row: row.row,
                    column: columns.level1.1.clone(),
                }),
                format!("第{}行：第一个指标行缺少一级指标", row.row),
                format!("row {}: the first indicator row has no 一级指标", row.row),
            );
        }
        if let Some(text) = l2 {
            self.level2 = Some(Sourced { text, row: row.row });
        }

        let i = self.record.indicators.len();
        let (level1, level1_row) = self
            .level1
            .as_ref()
            .map_or((String::new(), row.row), |s| (s.text.clone(), s.row));
        let (level2, level2_row) = self
            .level2
            .as_ref()
            .map_or((String::new(), row.row), |s| (s.text.clone(), s.row));
        self.locate(&format!("/indicators/{i}"), row.row, &columns.name.1);
        self.locate(
            &format!("/indicators/{i}/level1"),
            level1_row,
            &columns.level1.1,
        );
        self.locate(
            &format!("/indicators/{i}/level2"),
            level2_row,
            &columns.level2.1,
        );
        self.locate(&format!("/indicators/{i}/name"), row.row, &columns.name.1);
        self.locate(
            &format!("/indicators/{i}/target"),
            row.row,
            &columns.target.1,
        );
        self.record.indicators.push(IndicatorRecord {
            level1,
            level2,
            name,
            target,
        });
    }

    fn locate(&mut self, pointer: &str, row: u32, column: &str) {
        self.record.locations.insert(
            pointer.to_string(),
            Location {
                row,
                column: column.to_string(),
            },
        );
    }

    fn error(&mut self, location: Option<Location>, zh: String, en: String) {
        let form = self.index + 1;
        self.errors.push(ReadError {
            code: IssueCode::FormLayout,
            record: Some(self.index),
            location,
            message_zh: format!("第{form}张表：{zh}"),
            message_en: format!("form {form}: {en}"),
        });
    }
}

/// Which table row this is, and the column of its label.
fn classify(texts: &[String], filled: &[usize]) -> Option<(Part, usize)> {
    let first = *filled.first()?;
    let label = squeeze(texts.get(first)?);
    if label == "专项名称" {
        return Some((Part::Fund, first));
    }
    if label == "主管部门名称" || label == "主管部门" {
        return Some((Part::Departments, first));
    }
    if label.starts_with("年度金额") {
        let second = *filled.get(1)?;
        let sub = squeeze(texts.get(second)?);
        return amount_part(&sub).map(|part| (part, second));
    }
    if let Some(part) = amount_part(&label) {
        return Some((part, first));
    }
    if label.contains("总体目标") {
        return Some((Part::Goal, first));
    }
    if label == "绩效指标" || label == "一级指标" {
        return Some((Part::Header, first));
    }
    None
}

fn amount_part(label: &str) -> Option<Part> {
    if label.contains("省级资金") {
        Some(Part::Provincial)
    } else if label.contains("配套资金") {
        Some(Part::Matching)
    } else {
        None
    }
}

/// The indicator columns of a header row, when it is one.
fn header_columns(texts: &[String]) -> Option<Columns> {
    let mut level1 = None;
    let mut level2 = None;
    let mut name = None;
    let mut target = None;
    for (i, text) in texts.iter().enumerate() {
        let label = squeeze(text);
        if label.is_empty() {
            continue;
        }
        let slot = match label.as_str() {
            "绩效指标" if level1.is_none() => continue,
            "一级指标" => &mut level1,
            "二级指标" => &mut level2,
            "三级指标" => &mut name,
            "指标值" | "目标值" => &mut target,
            _ => return None,
        };
        if slot.is_some() {
            return None;
        }
        *slot = Some((i, label));
    }
    let columns = Columns {
        level1: level1?,
        level2: level2?,
        name: name?,
        target: target?,
    };
    let ordered = columns.level1.0 < columns.level2.0
        && columns.level2.0 < columns.name.0
        && columns.name.0 < columns.target.0;
    ordered.then_some(columns)
}

/// Indices of the non-empty texts from `from` on.
fn non_empty(texts: &[String], from: usize) -> Vec<usize> {
    texts
        .iter()
        .enumerate()
        .skip(from)
        .filter(|(_, t)| !t.is_empty())
        .map(|(i, _)| i)
        .collect()
}

/// A cell's value: line breaks dropped (layout), then trimmed.
pub fn clean(cell: &str) -> String {
    let joined: String = cell.chars().filter(|c| *c != '\n' && *c != '\r').collect();
    joined.trim().to_string()
}

/// A cell whose line breaks were typed: `\r\n` and `\r` become `\n`, and the whole is trimmed.
fn typed_text(cell: &str) -> String {
    cell.replace("\r\n", "\n")
        .replace('\r', "\n")
        .trim()
        .to_string()
}

/// A label for matching: all whitespace removed.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Splits a trailing remark in parentheses off an amount: `50（含县市区）` → (`50`,
/// `含县市区`). Anything else is returned whole.
fn split_amount(text: &str) -> (String, Option<String>) {
    let whole = (text.to_string(), None);
    let Some(inner) = text.strip_suffix('）').or_else(|| text.strip_suffix(')')) else {
        return whole;
    };
    let Some(open) = inner.rfind(['（', '(']) else {
        return whole;
    };
    let amount = inner.get(..open).unwrap_or("").trim();
    let note = inner
        .get(open..)
        .and_then(|rest| rest.strip_prefix(['（', '(']))
        .unwrap_or("")
        .trim();
    if amount.is_empty() || note.is_empty() {
        return whole;
    }
    (amount.to_string(), Some(note.to_string()))
}

#[cfg(test)]
mod tests;
