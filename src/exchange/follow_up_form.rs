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

// ---------------------------------------------------------------------------------------------
// Writing

/// One column of the indicator table: the item key, its heading and width.
struct TableColumn {
    key: &'static str,
    heading: String,
    width: f64,
}

fn table_column(layout: &Layout, key: &'static str, width: f64) -> TableColumn {
    let heading = layout
        .columns
        .iter()
        .find(|c| c.key == key)
        .map_or(key, |c| c.zh)
        .to_string();
    TableColumn {
        key,
        heading,
        width,
    }
}

/// A form to write: the parts both forms share.
struct FormSpec<'a> {
    heading: &'a str,
    sheet_name: &'static str,
    /// Rows of two label/value pairs.
    pairs: Vec<[(String, String); 2]>,
    /// The group label and the money labels with their values.
    money: (&'static str, Vec<(String, String)>),
    /// Full-width label/value rows after the money rows.
    texts: Vec<(String, String)>,
    columns: Vec<TableColumn>,
    lines: &'a [BTreeMap<&'static str, String>],
    /// A row of two label/value pairs after the table.
    footer: Option<[(String, String); 2]>,
}

fn value(item: &TableItem, key: &str) -> String {
    item.values.get(key).cloned().unwrap_or_default()
}

fn percent(item: &TableItem, key: &str) -> String {
    item.values
        .get(key)
        .map(|v| format!("{v}%"))
        .unwrap_or_default()
}

fn pair(label: &str, value: String) -> (String, String) {
    (label.to_string(), value)
}

/// Writes a monitoring report (an item of [`super::follow_up::REPORTS`], as
/// `service::files::report_item` makes it; a `departments` value is shown as 主管部门 when
/// present) as the printed 绩效监控表 titled `heading`. Fails only beyond Excel's limits.
pub fn write_report_form(item: &TableItem, heading: &str) -> Result<Vec<u8>, WriteError> {
    let month = value(item, "month");
    let range = if month.is_empty() {
        "1–N月".to_string()
    } else {
        format!("1–{month}月")
    };
    let layout = &REPORTS;
    let mut columns: Vec<TableColumn> = [
        ("level1", 11.0),
        ("level2", 14.0),
        ("name", 30.0),
        ("target", 14.0),
        ("actual", 14.0),
        ("expected", 14.0),
        ("likelihood", 12.0),
        ("deviation_reasons", 16.0),
        ("deviation_note", 26.0),
        ("measures", 26.0),
    ]
    .into_iter()
    .map(|(k, w)| table_column(layout, k, w))
    .collect();
    columns[4].heading = format!("{range}完成值");
    let spec = FormSpec {
        heading,
        sheet_name: layout.sheet_name,
        pairs: vec![
            [
                pair("专项名称", value(item, "fund_name")),
                pair("年度", value(item, "year")),
            ],
            [
                pair("主管部门", departments(item)),
                pair("地区", value(item, "region_name")),
            ],
            [
                pair(
                    "监控月份",
                    if month.is_empty() {
                        month
                    } else {
                        range.clone()
                    },
                ),
                pair("序时进度", percent(item, "time_progress")),
            ],
        ],
        money: (
            "资金情况",
            vec![
                pair("年初预算数（万元）", value(item, "budget")),
                (
                    format!("{range}执行数（万元）"),
                    value(item, "executed_funds"),
                ),
                pair("执行率", percent(item, "execution_rate")),
                pair(
                    "全年预计执行数（万元）",
                    value(item, "expected_executed_funds"),
                ),
            ],
        ),
        texts: vec![pair("年度总体目标完成情况", value(item, "goal_progress"))],
        columns,
        lines: &item.lines,
        footer: None,
    };
    write_spec(&spec)
}

/// Writes a self-evaluation (an item of [`super::follow_up::EVALUATIONS`], as
/// `service::files::evaluation_item` makes it) as the printed 项目支出绩效自评表 titled
/// `heading`: the budget execution rate with its 分值 and 得分, the indicators with theirs, 总分
/// and 等级. The 评分 and 权重 columns are there when some line has one. Fails only beyond
/// Excel's limits.
pub fn write_evaluation_form(item: &TableItem, heading: &str) -> Result<Vec<u8>, WriteError> {
    let layout = &EVALUATIONS;
    let mut keys = vec![
        ("level1", 11.0),
        ("level2", 14.0),
        ("name", 30.0),
        ("target", 14.0),
        ("actual", 16.0),
        ("achievement", 10.0),
        ("computed_weight", 8.0),
        ("computed_score", 8.0),
        ("deviation_analysis", 32.0),
    ];
    for key in ["score", "weight"] {
        if item.lines.iter().any(|l| l.contains_key(key)) {
            keys.push((key, 8.0));
        }
    }
    let spec = FormSpec {
        heading,
        sheet_name: layout.sheet_name,
        pairs: vec![
            [
                pair("专项名称", value(item, "fund_name")),
                pair("年度", value(item, "year")),
            ],
            [
                pair("主管部门", departments(item)),
                pair("地区", value(item, "region_name")),
            ],
        ],
        money: (
            "项目资金（万元）",
            vec![
                pair("年初预算数", value(item, "budget")),
                pair("全年执行数", value(item, "executed_funds")),
                pair("分值", value(item, "budget_weight")),
                pair("执行率", percent(item, "execution_rate")),
                pair("得分", value(item, "budget_score")),
            ],
        ),
        texts: vec![
            pair("总体目标实际完成情况", value(item, "goal_achievement")),
            pair("预算执行偏差原因", value(item, "budget_deviation_analysis")),
        ],
        columns: keys
            .into_iter()
            .map(|(k, w)| table_column(layout, k, w))
            .collect(),
        lines: &item.lines,
        footer: Some([
            pair("总分", value(item, "total_score")),
            pair("等级", value(item, "grade")),
        ]),
    };
    write_spec(&spec)
}

/// The 主管部门 cell: the item's `departments`, else the region's name.
fn departments(item: &TableItem) -> String {
    item.values
        .get("departments")
        .or_else(|| item.values.get("region_name"))
        .cloned()
        .unwrap_or_default()
}

fn check_spec(spec: &FormSpec) -> Result<(), WriteError> {
    check_cell(spec.heading, || ("标题".into(), "the heading".into()))?;
    let labelled = spec
        .pairs
        .iter()
        .flatten()
        .chain(&spec.money.1)
        .chain(&spec.texts)
        .chain(spec.footer.iter().flatten());
    for (label, v) in labelled {
        check_cell(v, || (label.clone(), label.clone()))?;
    }
    for (k, line) in spec.lines.iter().enumerate() {
        for (key, v) in line {
            check_cell(v, || {
                (
                    format!("第{}个指标的{key}", k + 1),
                    format!("{key} of indicator {}", k + 1),
                )
            })?;
        }
    }
    if spec.lines.len() + 12 > super::xlsx::MAX_ROWS {
        return Err(WriteError {
            code: WriteErrorCode::TooManyRows,
            message_zh: "指标行数超过 Excel 工作表的上限".into(),
            message_en: "too many indicators for one Excel worksheet".into(),
        });
    }
    Ok(())
}

fn write_spec(spec: &FormSpec) -> Result<Vec<u8>, WriteError> {
    check_spec(spec)?;
    build(|| {
        let mut book = Workbook::new();
        let ws = book.add_worksheet();
        ws.set_name(spec.sheet_name).map_err(write_failed)?;
        write_sheet(ws, spec).map_err(write_failed)?;
        book.save_to_buffer().map_err(write_failed)
    })
}

/// Display width of a text in character cells (a CJK or full-width character counts two).
fn text_width(s: &str) -> f64 {
    s.chars()
        .map(|c| if (c as u32) < 0x1100 { 1.0 } else { 2.0 })
        .sum()
}

/// Lines a wrapped text takes in a cell `width` characters wide.
fn wrapped_lines(text: &str, width: f64) -> u32 {
    let width = (width - 1.0).max(1.0);
    text.split('\n')
        .map(|l| ((text_width(l) / width).ceil() as u32).max(1))
        .sum()
}

/// Writes `text` over the cells from `(row, c0)` to `(row2, c1)`, merged when more than one.
fn span(
    ws: &mut Worksheet,
    (row, c0): (u32, u16),
    (row2, c1): (u32, u16),
    text: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    let text = guard_quote(text);
    if row == row2 && c0 == c1 {
        ws.write_string_with_format(row, c0, text, format)?;
    } else {
        ws.merge_range(row, c0, row2, c1, &text, format)?;
    }
    Ok(())
}

/// Sets a row's height to fit the wrapped texts written in it (at least one line).
fn fit_row(ws: &mut Worksheet, row: u32, cells: &[(&str, f64)]) -> Result<(), XlsxError> {
    let lines = cells
        .iter()
        .map(|(t, w)| wrapped_lines(t, *w))
        .max()
        .unwrap_or(1)
        .max(1);
    ws.set_row_height(row, 8.0 + 15.0 * f64::from(lines.min(27)))?;
    Ok(())
}

fn write_sheet(ws: &mut Worksheet, spec: &FormSpec) -> Result<(), XlsxError> {
    let n = spec.columns.len() as u16;
    let last = n - 1;
    let widths: Vec<f64> = spec.columns.iter().map(|c| c.width).collect();
    let width_of = |c0: u16, c1: u16| -> f64 { widths[c0 as usize..=c1 as usize].iter().sum() };

    let base = Format::new()
        .set_font_size(11)
        .set_text_wrap()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::VerticalCenter)
        .set_num_format("@");
    let title = Format::new()
        .set_bold()
        .set_font_size(16)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    let label = base.clone().set_bold().set_align(FormatAlign::Center);
    let centered = base.clone().set_align(FormatAlign::Center);
    let text = base.clone().set_align(FormatAlign::Left);

    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    ws.set_paper_size(9);
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);

    let mut row = 0u32;
    span(ws, (row, 0), (row, last), spec.heading, &title)?;
    ws.set_row_height(row, 32)?;
    row += 1;

    // Label/value pairs: A | B..m-1 | m | m+1..last.
    let m = n - 4;
    for [(l1, v1), (l2, v2)] in &spec.pairs {
        span(ws, (row, 0), (row, 0), l1, &label)?;
        span(ws, (row, 1), (row, m - 1), v1, &text)?;
        span(ws, (row, m), (row, m), l2, &label)?;
        span(ws, (row, m + 1), (row, last), v2, &text)?;
        fit_row(
            ws,
            row,
            &[
                (l1, width_of(0, 0)),
                (v1, width_of(1, m - 1)),
                (l2, width_of(m, m)),
                (v2, width_of(m + 1, last)),
            ],
        )?;
        row += 1;
    }

    // The money labels over their values, spread over B..last.
    let (group, money) = &spec.money;
    span(ws, (row, 0), (row + 1, 0), group, &label)?;
    let k = money.len() as u16;
    let (each, extra) = ((n - 1) / k, (n - 1) % k);
    let mut c = 1u16;
    let mut label_cells = Vec::new();
    let mut value_cells = Vec::new();
    for (i, (l, v)) in money.iter().enumerate() {
        let w = each + u16::from(i as u16 >= k - extra);
        span(ws, (row, c), (row, c + w - 1), l, &label)?;
        span(ws, (row + 1, c), (row + 1, c + w - 1), v, &centered)?;
        label_cells.push((l.as_str(), width_of(c, c + w - 1)));
        value_cells.push((v.as_str(), width_of(c, c + w - 1)));
        c += w;
    }
    label_cells.push((group, width_of(0, 0)));
    fit_row(ws, row, &label_cells)?;
    fit_row(ws, row + 1, &value_cells)?;
    row += 2;

    for (l, v) in &spec.texts {
        span(ws, (row, 0), (row, 0), l, &label)?;
        span(ws, (row, 1), (row, last), v, &text)?;
        fit_row(ws, row, &[(l, width_of(0, 0)), (v, width_of(1, last))])?;
        row += 1;
    }

    // The indicator table.
    let header = row;
    let mut heads = Vec::new();
    for (c, col) in spec.columns.iter().enumerate() {
        span(ws, (row, c as u16), (row, c as u16), &col.heading, &label)?;
        heads.push((col.heading.as_str(), col.width));
    }
    fit_row(ws, row, &heads)?;
    ws.set_repeat_rows(header, header)?;
    row += 1;

    let lines = spec.lines;
    let get = |i: usize, key: &str| lines[i].get(key).map(String::as_str).unwrap_or_default();
    let first = row;
    // Runs of equal 一级 (column A) and of equal (一级, 二级) (column B) are merged.
    for (col, key) in [(0u16, "level1"), (1u16, "level2")] {
        let mut start = 0;
        for i in 1..=lines.len() {
            let same = i < lines.len()
                && get(i, "level1") == get(start, "level1")
                && (col == 0 || get(i, "level2") == get(start, "level2"));
            if !same {
                let (ra, rb) = (first + start as u32, first + i as u32 - 1);
                span(ws, (ra, col), (rb, col), get(start, key), &centered)?;
                start = i;
            }
        }
    }
    for i in 0..lines.len() {
        let mut cells = Vec::new();
        for (c, col) in spec.columns.iter().enumerate().skip(2) {
            let v = get(i, col.key);
            let format = if multiline(&REPORTS, col.key) || multiline(&EVALUATIONS, col.key) {
                &text
            } else {
                &centered
            };
            span(ws, (row, c as u16), (row, c as u16), v, format)?;
            cells.push((v, col.width));
        }
        cells.push((get(i, "level1"), widths[0]));
        cells.push((get(i, "level2"), widths[1]));
        fit_row(ws, row, &cells)?;
        row += 1;
    }

    if let Some([(l1, v1), (l2, v2)]) = &spec.footer {
        span(ws, (row, 0), (row, 0), l1, &label)?;
        span(ws, (row, 1), (row, m - 1), v1, &centered)?;
        span(ws, (row, m), (row, m), l2, &label)?;
        span(ws, (row, m + 1), (row, last), v2, &centered)?;
        ws.set_row_height(row, 23)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Reading

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn non_blank(row: &GridRow) -> bool {
    row.cells.iter().any(|c| !c.trim().is_empty())
}

/// The indicator header: a row naming 一级指标, 二级指标 and 三级指标 (or `level1`, `level2`,
/// `name`).
fn is_table_header(layout: &Layout, row: &GridRow) -> bool {
    let keys: Vec<&str> = row
        .cells
        .iter()
        .filter_map(|c| layout.column_of(&label_key(c)))
        .map(|k| layout.columns[k].key)
        .collect();
    ["level1", "level2", "name"]
        .iter()
        .all(|k| keys.contains(k))
}

/// Whether a grid holds the printed form of `kind`: its first non-empty row is not the header of
/// a flat file, and before the indicator table a cell ends with the form's title (绩效监控表,
/// 绩效自评表) or is a label only that form has (监控月份; 总体目标实际完成情况).
fn is_kind(grid: &Grid, kind: Kind) -> bool {
    let layout = kind.layout();
    let mut rows = grid.rows.iter().filter(|r| non_blank(r));
    let Some(first) = rows.next() else {
        return false;
    };
    if is_table_header(layout, first) {
        return false;
    }
    let marker = match kind {
        Kind::Report => "监控月份",
        Kind::Evaluation => "总体目标实际完成情况",
    };
    std::iter::once(first)
        .chain(rows)
        .take_while(|r| !is_table_header(layout, r))
        .flat_map(|r| r.cells.iter())
        .any(|c| {
            let s = squeeze(c);
            s.ends_with(kind.title_suffix()) || label_key(&s) == marker
        })
}

/// Whether a grid (a worksheet) holds the printed 绩效监控表 of [`write_report_form`] rather
/// than a flat file, the 附件2 form of sheets or the self-evaluation form. Check it before
/// `xlsx::is_form_layout`, which takes any grid with a 专项名称 cell for a 附件2 form.
pub fn is_report_form(grid: &Grid) -> bool {
    is_kind(grid, Kind::Report)
}

/// Whether a grid holds the printed 项目支出绩效自评表 of [`write_evaluation_form`] (see
/// [`is_report_form`]).
pub fn is_evaluation_form(grid: &Grid) -> bool {
    is_kind(grid, Kind::Evaluation)
}

/// Reads a printed 绩效监控表 into one item of the keys of [`super::follow_up::REPORTS`] (see
/// the module's rules). Never panics.
pub fn read_report_form(grid: &Grid) -> TableOutcome {
    FormReader::new(Kind::Report, grid).read()
}

/// Reads a printed 项目支出绩效自评表 into one item of the keys of
/// [`super::follow_up::EVALUATIONS`] (see the module's rules). Never panics.
pub fn read_evaluation_form(grid: &Grid) -> TableOutcome {
    FormReader::new(Kind::Evaluation, grid).read()
}

struct FormReader<'a> {
    kind: Kind,
    grid: &'a Grid,
    item: TableItem,
    errors: Vec<ReadError>,
    /// The labels seen, by key.
    seen: Vec<&'static str>,
}

fn at(row: u32, col: usize) -> Location {
    Location {
        row,
        column: column_letter(col),
    }
}

impl<'a> FormReader<'a> {
    fn new(kind: Kind, grid: &'a Grid) -> Self {
        FormReader {
            kind,
            grid,
            item: TableItem::default(),
            errors: Vec::new(),
            seen: Vec::new(),
        }
    }

    fn error(&mut self, code: IssueCode, location: Option<Location>, zh: String, en: String) {
        self.errors.push(ReadError {
            code,
            record: Some(0),
            location,
            message_zh: zh,
            message_en: en,
        });
    }

    fn fields(&self) -> Vec<Field> {
        let mut fields = self.kind.fields().to_vec();
        if self.kind == Kind::Report {
            fields.push(GOAL_PROGRESS);
        }
        fields
    }

    /// Takes a label's value (when it is read back) and its location.
    fn take(&mut self, f: Field, raw: Option<&str>, location: Location) {
        if f.place == Place::Group {
            return;
        }
        if self.seen.contains(&f.key) {
            self.error(
                IssueCode::FormLayout,
                Some(location),
                format!("“{}”出现了两次", f.label),
                format!("“{}” appears twice", f.label),
            );
            return;
        }
        self.seen.push(f.key);
        if !f.read {
            return;
        }
        let layout = self.kind.layout();
        let v = super::table::clean(raw.unwrap_or_default(), multiline(layout, f.key));
        let v = if f.key == "month" && !v.is_empty() {
            month_of(&v)
        } else {
            v
        };
        let aliases: &[&str] = match f.key {
            "fund_name" => &["/fund_id"],
            "region_name" => &["/region_code"],
            _ => &[],
        };
        for alias in aliases {
            self.item
                .locations
                .insert(alias.to_string(), location.clone());
        }
        self.item
            .locations
            .insert(format!("/{}", f.key), location.clone());
        if !v.is_empty() {
            self.item.values.insert(f.key, v);
        }
    }

    /// A row of label/value pairs.
    fn read_pairs(&mut self, fields: &[Field], row: &GridRow) {
        let cells = &row.cells;
        let mut i = 0;
        while i < cells.len() {
            let text = cells[i].trim();
            if text.is_empty() {
                i += 1;
                continue;
            }
            let Some(f) = field_of(fields, text) else {
                self.error(
                    IssueCode::FormLayout,
                    Some(at(row.row, i)),
                    format!("无法识别的项目“{text}”"),
                    format!("“{text}” is no label of this form"),
                );
                i += 1;
                continue;
            };
            // The value: the first non-empty cell after the label before the next label (the
            // cell right after it is always a value).
            let mut j = i + 1;
            let mut found: Option<usize> = None;
            while j < cells.len() {
                let t = cells[j].trim();
                if j > i + 1 && !t.is_empty() && field_of(fields, t).is_some() {
                    break;
                }
                if !t.is_empty() && found.is_none() {
                    found = Some(j);
                } else if !t.is_empty() {
                    self.error(
                        IssueCode::FormLayout,
                        Some(at(row.row, j)),
                        format!("“{}”有两个值", f.label),
                        format!("“{}” has two values", f.label),
                    );
                }
                j += 1;
            }
            let col = found.unwrap_or(i + 1);
            let raw = found.map(|k| cells[k].as_str());
            self.take(f, raw, at(row.row, col));
            i = j;
        }
    }

    /// The row of money labels and the row of their values (if any).
    fn read_money(&mut self, fields: &[Field], labels: &GridRow, values: Option<&GridRow>) {
        let mut columns: Vec<(usize, Field)> = Vec::new();
        for (i, cell) in labels.cells.iter().enumerate() {
            let text = cell.trim();
            if text.is_empty() {
                continue;
            }
            match field_of(fields, text) {
                Some(f) if f.place == Place::Group => {}
                Some(f) => columns.push((i, f)),
                None => self.error(
                    IssueCode::FormLayout,
                    Some(at(labels.row, i)),
                    format!("无法识别的项目“{text}”"),
                    format!("“{text}” is no label of this form"),
                ),
            }
        }
        let value_row = values.map_or(labels.row + 1, |r| r.row);
        let mut found: Vec<Option<(usize, &str)>> = vec![None; columns.len()];
        if let Some(values) = values {
            for (i, cell) in values.cells.iter().enumerate() {
                if cell.trim().is_empty() {
                    continue;
                }
                match columns.iter().rposition(|(c, _)| *c <= i) {
                    Some(k) if found[k].is_none() => found[k] = Some((i, cell.as_str())),
                    Some(k) => {
                        let label = columns[k].1.label;
                        self.error(
                            IssueCode::FormLayout,
                            Some(at(value_row, i)),
                            format!("“{label}”有两个值"),
                            format!("“{label}” has two values"),
                        );
                    }
                    None => self.error(
                        IssueCode::FormLayout,
                        Some(at(value_row, i)),
                        "这个值不在任何项目之下".into(),
                        "this value is under no label".into(),
                    ),
                }
            }
        }
        for (k, (c, f)) in columns.into_iter().enumerate() {
            let (col, raw) = match found[k] {
                Some((i, raw)) => (i, Some(raw)),
                None => (c, None),
            };
            self.take(f, raw, at(value_row, col));
        }
    }

    fn read(mut self) -> TableOutcome {
        let fields = self.fields();
        let layout = self.kind.layout();
        let rows: Vec<&GridRow> = self.grid.rows.iter().filter(|r| non_blank(r)).collect();
        if let Some(first) = rows.first() {
            let col = first
                .cells
                .iter()
                .position(|c| !c.trim().is_empty())
                .unwrap_or(0);
            self.item
                .locations
                .insert(String::new(), at(first.row, col));
        }
        let mut title_year: Option<(String, Location)> = None;
        let mut k = 0;
        let mut header: Option<&GridRow> = None;
        while k < rows.len() {
            let row = rows[k];
            k += 1;
            if is_table_header(layout, row) {
                header = Some(row);
                break;
            }
            let (col, text) = row
                .cells
                .iter()
                .enumerate()
                .find(|(_, c)| !c.trim().is_empty())
                .map(|(i, c)| (i, c.trim()))
                .unwrap_or((0, ""));
            let below = row
                .cells
                .iter()
                .filter_map(|c| field_of(&fields, c))
                .any(|f| f.place == Place::Below);
            if below {
                let next = rows
                    .get(k)
                    .filter(|r| {
                        !is_table_header(layout, r)
                            && r.cells.iter().all(|c| field_of(&fields, c).is_none())
                    })
                    .copied();
                if next.is_some() {
                    k += 1;
                }
                self.read_money(&fields, row, next);
            } else if field_of(&fields, text).is_some() {
                self.read_pairs(&fields, row);
            } else if row.cells.iter().filter(|c| !c.trim().is_empty()).count() == 1
                && self.seen.is_empty()
            {
                // A heading: the title gives the year when no 年度 cell does.
                let s = squeeze(text);
                if let Some(y) = s.split("年").next().filter(|y| {
                    y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) && s.len() > 4
                }) {
                    title_year.get_or_insert((y.to_string(), at(row.row, col)));
                }
            } else {
                self.error(
                    IssueCode::FormLayout,
                    Some(at(row.row, col)),
                    format!("无法识别的行（以“{text}”开头）"),
                    format!("a row this form does not have (starting with “{text}”)"),
                );
            }
        }
        if !self.item.values.contains_key("year") {
            if let Some((y, location)) = title_year {
                if !self.seen.contains(&"year") {
                    self.item.locations.insert("/year".into(), location);
                }
                self.item.values.insert("year", y);
            }
        }
        let mut missing: Vec<&str> = fields
            .iter()
            .filter(|f| f.required && !self.seen.contains(&f.key))
            .map(|f| f.label)
            .collect();
        if !self.item.values.contains_key("year") && !self.seen.contains(&"year") {
            missing.push("年度");
        }
        if !missing.is_empty() {
            let list = missing.join("、");
            self.error(
                IssueCode::FormLayout,
                None,
                format!("表中缺少：{list}"),
                format!("the form lacks: {list}"),
            );
        }
        match header {
            Some(h) => self.read_table(h, &rows[k..]),
            None => self.error(
                IssueCode::FormLayout,
                None,
                "没有找到指标表（一级指标、二级指标、三级指标）".into(),
                "the indicator table (一级指标, 二级指标, 三级指标) is missing".into(),
            ),
        }
        TableOutcome {
            items: vec![self.item],
            errors: self.errors,
        }
    }

    fn read_table(&mut self, header: &GridRow, rows: &[&GridRow]) {
        let layout = self.kind.layout();
        // Header column → the layout's line or computed column.
        let mut columns: Vec<(usize, Option<&'static str>)> = Vec::new();
        let mut keys: Vec<&'static str> = Vec::new();
        for (i, cell) in header.cells.iter().enumerate() {
            let text = cell.trim();
            if text.is_empty() {
                continue;
            }
            let column = layout
                .column_of(&label_key(text))
                .map(|c| layout.columns[c])
                .filter(|c| matches!(c.level, Level::Line | Level::Computed));
            match column {
                Some(c) if keys.contains(&c.key) => {
                    self.error(
                        IssueCode::ColumnUnknown,
                        Some(at(header.row, i)),
                        format!("列“{text}”重复"),
                        format!("column “{text}” appears twice"),
                    );
                    columns.push((i, None));
                }
                Some(c) => {
                    keys.push(c.key);
                    let read = c.level == Level::Line;
                    columns.push((i, read.then_some(c.key)));
                }
                None => {
                    self.error(
                        IssueCode::ColumnUnknown,
                        Some(at(header.row, i)),
                        format!("无法识别的列“{text}”"),
                        format!("unknown column “{text}”"),
                    );
                    columns.push((i, None));
                }
            }
        }
        let first_col = columns.first().map_or(0, |c| c.0);
        let col_of = |key: &str| columns.iter().find(|c| c.1 == Some(key)).map(|c| c.0);
        let name_col = col_of("name").unwrap_or(first_col);
        self.item
            .locations
            .insert("/indicators".into(), at(header.row, first_col));

        // The current 一级 and 二级, each with where it is written.
        let mut level1: Option<(String, Location)> = None;
        let mut level2: Option<(String, Location)> = None;
        let mut ended: Option<u32> = None;
        for row in rows {
            if is_table_header(layout, row) {
                continue;
            }
            let lead = row
                .cells
                .iter()
                .enumerate()
                .find(|(_, c)| !c.trim().is_empty());
            let Some((lead_col, lead_text)) = lead else {
                continue;
            };
            if field_of(&FOOTER, lead_text).is_some() {
                ended.get_or_insert(row.row);
                continue;
            }
            if let Some(end) = ended {
                self.error(
                    IssueCode::FormLayout,
                    Some(at(row.row, lead_col)),
                    format!("第 {end} 行的总分之后还有指标行"),
                    format!("an indicator row after the total on row {end}"),
                );
                continue;
            }
            let mut line: BTreeMap<&'static str, String> = BTreeMap::new();
            let mut cell_at: BTreeMap<&'static str, usize> = BTreeMap::new();
            for (i, cell) in row.cells.iter().enumerate() {
                if cell.trim().is_empty() {
                    continue;
                }
                match columns.iter().rposition(|(c, _)| *c <= i) {
                    Some(k) => {
                        if let Some(key) = columns[k].1 {
                            let v = super::table::clean(cell, multiline(layout, key));
                            if !v.is_empty() && !line.contains_key(key) {
                                line.insert(key, v);
                                cell_at.insert(key, i);
                            }
                        }
                    }
                    None => self.error(
                        IssueCode::FormLayout,
                        Some(at(row.row, i)),
                        "这个单元格不在指标表的任何列之下".into(),
                        "this cell is under no column of the indicator table".into(),
                    ),
                }
            }
            if line.is_empty() {
                continue;
            }
            let k = self.item.lines.len();
            let mut locations: BTreeMap<String, Location> = BTreeMap::new();
            for (c, key) in &columns {
                if let Some(key) = key {
                    let col = cell_at.get(key).copied().unwrap_or(*c);
                    locations.insert(format!("/indicators/{k}/{key}"), at(row.row, col));
                }
            }
            // 一级/二级 filled down; a new 一级 resets 二级.
            match line.get("level1") {
                Some(l1) => {
                    let here = locations[&format!("/indicators/{k}/level1")].clone();
                    level1 = Some((l1.clone(), here));
                    level2 = None;
                }
                None => match &level1 {
                    Some((l1, where_)) => {
                        line.insert("level1", l1.clone());
                        locations.insert(format!("/indicators/{k}/level1"), where_.clone());
                    }
                    None => self.error(
                        IssueCode::FormLayout,
                        Some(at(row.row, col_of("level1").unwrap_or(first_col))),
                        "指标行缺少一级指标".into(),
                        "an indicator row without 一级指标".into(),
                    ),
                },
            }
            match line.get("level2") {
                Some(l2) => {
                    let here = locations[&format!("/indicators/{k}/level2")].clone();
                    level2 = Some((l2.clone(), here));
                }
                None => match &level2 {
                    Some((l2, where_)) => {
                        line.insert("level2", l2.clone());
                        locations.insert(format!("/indicators/{k}/level2"), where_.clone());
                    }
                    None => self.error(
                        IssueCode::FormLayout,
                        Some(at(row.row, col_of("level2").unwrap_or(first_col))),
                        "指标行缺少二级指标".into(),
                        "an indicator row without 二级指标".into(),
                    ),
                },
            }
            locations.insert(
                format!("/indicators/{k}"),
                at(row.row, cell_at.get("name").copied().unwrap_or(name_col)),
            );
            self.item.locations.extend(locations);
            self.item.lines.push(line);
        }
    }
}

#[cfg(test)]
mod tests;
