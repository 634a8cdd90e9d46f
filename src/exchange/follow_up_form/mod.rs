//! The printed forms of a monitoring report (绩效监控表, SPEC §5.3) and of a self-evaluation
//! (项目支出绩效自评表, SPEC §6.4) as Excel workbooks, out and back in. Pure: the items are the
//! [`TableItem`]s of the flat layouts ([`super::follow_up::REPORTS`] and
//! [`super::follow_up::EVALUATIONS`]), with the same keys, so a form read back goes through the
//! same conversion to a document as a flat row group.
//!
//! # The layouts
//!
//! A monitoring report (columns A–J):
//!
//! ```text
//! 2024年度跨境电商资金绩效监控表                                    title (merged A:J)
//! 专项名称 | 2024年度跨境电商支持资金 (B:F) | 年度     | 2024 (H:J)
//! 主管部门 | 株洲市商务局、株洲市财政局     | 地区     | 株洲市
//! 监控月份 | 1–7月                          | 序时进度 | 58.33%
//! 资金情况 | 年初预算数（万元） | 1–7月执行数（万元） | 执行率 | 全年预计执行数（万元）
//!  (A:A2)  | 360                | 150                 | 41.67% | 340
//! 年度总体目标完成情况 | text (B:J)
//! 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1–7月完成值 | 全年预计完成值 | 完成目标可能性 |
//!                                                             偏差原因 | 偏差原因说明 | 完善措施
//! 产出指标 | 数量指标 | …  (一级 and 二级 merged down over their runs)
//! ```
//!
//! A self-evaluation (columns A–I, and J, K when some line has 评分 or 权重):
//!
//! ```text
//! 2024年度跨境电商资金绩效自评表
//! 专项名称 | … | 年度 | 2024
//! 主管部门 | … | 地区 | 株洲市
//! 项目资金（万元） | 年初预算数 | 全年执行数 | 分值 | 执行率 | 得分     (分值, 执行率, 得分: of the
//!                  | 500        | 430        | 10   | 86%    | 8.60      budget execution rate)
//! 总体目标实际完成情况 | text
//! 预算执行偏差原因     | text
//! 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 达成情况 | 分值 | 得分 |
//!                                              偏差原因分析及改进措施 [| 评分 | 权重]
//! …
//! 总分 | 83.70 | 等级 | 良
//! ```
//!
//! Every value is a text cell (number format `@`) written as the item holds it, so `12.5` stays
//! exact and a blank stays blank; computed figures (budget, rates, 序时进度, 分值, 得分, 总分,
//! 等级, 年度指标值, 主管部门) are shown for reading and ignored on reading.
//!
//! # Reading
//!
//! [`read_report_form`] and [`read_evaluation_form`] give exactly one item, with the keys of the
//! flat layouts: `fund_name`, `year` (the 年度 cell, else the `2024年度` that starts the title),
//! `region_name`, `month` (reports: `1–7月`, `1-7月`, `7月` or `7` give `7`; anything else is
//! kept as written, for the caller to refuse), the item values (`executed_funds`,
//! `expected_executed_funds`, `goal_progress`; `executed_funds`, `goal_achievement`,
//! `budget_deviation_analysis`) and the lines (`level1`, `level2`, `name` and the line values).
//! Rules:
//! - Rows are recognised by their labels (whitespace ignored, a trailing `（万元）` dropped, a
//!   month range `1–7月`/`1-7月` read as `1–N月`), not by position. A row of label/value pairs
//!   takes as the value of a label the first non-empty cell after it before the next label (the
//!   cell right after a label is always a value). The row of money labels takes its values from
//!   the next row, each cell belonging to the label at or to its left.
//! - Before the table, a row with one non-empty cell that is no label is a heading (the title);
//!   any other row that starts with no label is a `FORM_LAYOUT` error, as is a label given twice
//!   or a required one missing (专项名称, 地区, 年度, the 执行数, and 监控月份 for reports).
//! - The indicator header is the row naming 一级指标, 二级指标 and 三级指标; its headings are
//!   those of the flat layout (unknown ones are `COLUMN_UNKNOWN`); a data cell belongs to the
//!   heading at or to its left. 一级/二级 are filled down through blank (merged) cells, a new
//!   一级 resetting 二级 (a line without them is `FORM_LAYOUT`). A row whose line cells are all
//!   blank adds no line; a repeated header row is skipped; the 总分/等级 row ends the table.
//! - Cells are trimmed; line breaks are kept in the free-text fields only; the writers' formula
//!   guard (a leading `'` before `=`, `+`, `-`, `@`) is removed.
//!
//! Locations (Excel row and column letter) follow [`super::table`]: `""` the form's first row,
//! `/<key>` the value cell of each label (blank ones included; also `/fund_id` at the fund name
//! and `/region_code` at the region name), `/indicators` the header row, `/indicators/{k}` the
//! line's 三级指标 cell and `/indicators/{k}/<key>` each of its cells (a filled-down 一级/二级 at
//! the cell where it is written). Errors name `record: Some(0)`.

mod read;
mod write;

pub use read::*;
pub use write::*;

use std::collections::BTreeMap;

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::flat::{column_letter, guard_quote};
use super::follow_up::{EVALUATIONS, REPORTS};
use super::record::{Grid, GridRow, Location, ReadError};
use super::table::{Layout, Level, TableItem, TableOutcome};
use super::xlsx::{build, check_cell, form_heading, write_failed, WriteError, WriteErrorCode};
use crate::domain::IssueCode;

/// Which printed form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Report,
    Evaluation,
}

impl Kind {
    fn layout(self) -> &'static Layout {
        match self {
            Kind::Report => &REPORTS,
            Kind::Evaluation => &EVALUATIONS,
        }
    }

    /// What the title of the form ends with.
    fn title_suffix(self) -> &'static str {
        match self {
            Kind::Report => "绩效监控表",
            Kind::Evaluation => "绩效自评表",
        }
    }

    fn fields(self) -> &'static [Field] {
        match self {
            Kind::Report => &REPORT_FIELDS,
            Kind::Evaluation => &EVALUATION_FIELDS,
        }
    }
}

/// The title of a fund's monitoring form: [`form_heading`] with 绩效监控表 for 绩效目标表
/// (`2024年度跨境电商资金绩效监控表`; `2024年度项目支出绩效监控表` without a fund name).
pub fn report_heading(fund_name: Option<&str>, year: i32) -> String {
    retitle(fund_name, year, Kind::Report)
}

/// The title of a fund's self-evaluation form: [`form_heading`] with 绩效自评表 for 绩效目标表
/// (`2024年度跨境电商资金绩效自评表`; `2024年度项目支出绩效自评表` without a fund name).
pub fn evaluation_heading(fund_name: Option<&str>, year: i32) -> String {
    retitle(fund_name, year, Kind::Evaluation)
}

fn retitle(fund_name: Option<&str>, year: i32, kind: Kind) -> String {
    let heading = form_heading(fund_name, year);
    let stem = heading.strip_suffix("绩效目标表").unwrap_or(&heading);
    format!("{stem}{}", kind.title_suffix())
}

// ---------------------------------------------------------------------------------------------
// Labels

/// Where a label's value sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// In the cells to its right (a label/value pair).
    Right,
    /// In the cell below it (the row of money labels).
    Below,
    /// Nowhere: a label that groups others (资金情况).
    Group,
}

/// A label of the header block (or the footer) and the item value it holds.
#[derive(Debug, Clone, Copy)]
struct Field {
    /// The label as written.
    label: &'static str,
    /// Other accepted labels.
    aliases: &'static [&'static str],
    /// The item key; for computed ones the key of the figure shown.
    key: &'static str,
    place: Place,
    /// Read back (false: computed, shown for reading).
    read: bool,
    /// A form without it is refused.
    required: bool,
}

const fn field(
    label: &'static str,
    aliases: &'static [&'static str],
    key: &'static str,
    place: Place,
    read: bool,
    required: bool,
) -> Field {
    Field {
        label,
        aliases,
        key,
        place,
        read,
        required,
    }
}

const FUND: Field = field(
    "专项名称",
    &["专项资金名称", "项目名称"],
    "fund_name",
    Place::Right,
    true,
    true,
);
// The year may come from the title instead; its absence is checked on its own.
const YEAR: Field = field("年度", &[], "year", Place::Right, true, false);
const DEPARTMENTS: Field = field(
    "主管部门",
    &["主管部门名称"],
    "departments",
    Place::Right,
    false,
    false,
);
const REGION: Field = field(
    "地区",
    &["地区名称"],
    "region_name",
    Place::Right,
    true,
    true,
);
const BUDGET: Field = field("年初预算数", &[], "budget", Place::Below, false, false);
const RATE: Field = field(
    "执行率",
    &["预算执行率"],
    "execution_rate",
    Place::Below,
    false,
    false,
);
const TOTAL: Field = field("总分", &[], "total_score", Place::Right, false, false);
const GRADE: Field = field("等级", &[], "grade", Place::Right, false, false);

const REPORT_FIELDS: [Field; 11] = [
    FUND,
    YEAR,
    DEPARTMENTS,
    REGION,
    field(
        "监控月份",
        &["截至月份", "月份"],
        "month",
        Place::Right,
        true,
        true,
    ),
    field("序时进度", &[], "time_progress", Place::Right, false, false),
    field("资金情况", &["项目资金"], "", Place::Group, false, false),
    BUDGET,
    field(
        "1–N月执行数",
        &["执行数"],
        "executed_funds",
        Place::Below,
        true,
        true,
    ),
    RATE,
    field(
        "全年预计执行数",
        &[],
        "expected_executed_funds",
        Place::Below,
        true,
        false,
    ),
];

/// The report's pair row after the money rows.
const GOAL_PROGRESS: Field = field(
    "年度总体目标完成情况",
    &[],
    "goal_progress",
    Place::Right,
    true,
    false,
);

const EVALUATION_FIELDS: [Field; 12] = [
    FUND,
    YEAR,
    DEPARTMENTS,
    REGION,
    field("项目资金", &["资金情况"], "", Place::Group, false, false),
    BUDGET,
    field(
        "全年执行数",
        &["执行数"],
        "executed_funds",
        Place::Below,
        true,
        true,
    ),
    field("分值", &[], "budget_weight", Place::Below, false, false),
    RATE,
    field("得分", &[], "budget_score", Place::Below, false, false),
    field(
        "总体目标实际完成情况",
        &[],
        "goal_achievement",
        Place::Right,
        true,
        false,
    ),
    field(
        "预算执行偏差原因",
        &["预算执行偏差原因分析"],
        "budget_deviation_analysis",
        Place::Right,
        true,
        false,
    ),
];

/// Labels that may follow the indicator table (ignored on reading).
const FOOTER: [Field; 2] = [TOTAL, GRADE];

/// A label as compared: whitespace dropped, a trailing `（万元）`/`(万元)`/`（%）`/`(%)` dropped,
/// a leading month range (`1–7月`, `1-7月`, `1~7月`, `1至7月`) read as `1–N月`.
fn label_key(text: &str) -> String {
    let mut s: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{feff}')
        .collect();
    for suffix in ["（万元）", "(万元)", "（%）", "(%)"] {
        if let Some(stripped) = s.strip_suffix(suffix) {
            s = stripped.to_string();
        }
    }
    if let Some((n, rest)) = month_range(&s) {
        if n > 0 && !rest.is_empty() {
            return format!("1–N月{rest}");
        }
    }
    s
}

/// `1–7月…` → (7, "…"): a month range from January at the start of a text.
fn month_range(s: &str) -> Option<(u32, &str)> {
    let rest = s.strip_prefix('1')?;
    let dash = rest.chars().next()?;
    if !matches!(dash, '-' | '–' | '—' | '~' | '～' | '至' | '到' | '－') {
        return None;
    }
    let rest = &rest[dash.len_utf8()..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let rest = rest[digits.len()..].strip_prefix('月')?;
    Some((digits.parse().ok()?, rest))
}

/// The month a 监控月份 cell names (`1–7月`, `1-7月`, `7月`, `7` → `7`), else the cell as written.
fn month_of(cell: &str) -> String {
    let s: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some((n, "")) = month_range(&s) {
        return n.to_string();
    }
    let digits = s.strip_suffix('月').unwrap_or(&s);
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        if let Ok(n) = digits.parse::<u32>() {
            return n.to_string();
        }
    }
    cell.to_string()
}

fn field_of(fields: &[Field], text: &str) -> Option<Field> {
    let key = label_key(text);
    if key.is_empty() {
        return None;
    }
    fields
        .iter()
        .copied()
        .find(|f| label_key(f.label) == key || f.aliases.iter().any(|a| label_key(a) == key))
}

/// Whether a key's values keep their line breaks (the layout's free-text columns).
fn multiline(layout: &Layout, key: &str) -> bool {
    layout.columns.iter().any(|c| c.key == key && c.multiline)
}

#[cfg(test)]
mod tests;
