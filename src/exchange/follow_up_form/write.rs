//! Writing the two printed forms: the heading rows, the money rows, the indicator table with 一级 and 二级 merged down, and (for a self-evaluation) 总分 and 等级.

use super::*;

/// One column of the indicator table: the item key, its heading and width.
pub(super) struct TableColumn {
    key: &'static str,
    heading: String,
    width: f64,
}

pub(super) fn table_column(layout: &Layout, key: &'static str, width: f64) -> TableColumn {
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
pub(super) struct FormSpec<'a> {
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

pub(super) fn value(item: &TableItem, key: &str) -> String {
    item.values.get(key).cloned().unwrap_or_default()
}

pub(super) fn percent(item: &TableItem, key: &str) -> String {
    item.values
        .get(key)
        .map(|v| format!("{v}%"))
        .unwrap_or_default()
}

pub(super) fn pair(label: &str, value: String) -> (String, String) {
    (label.to_string(), value)
}

/// Writes a monitoring report (an item of [`crate::exchange::follow_up::REPORTS`], as
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

/// Writes a self-evaluation (an item of [`crate::exchange::follow_up::EVALUATIONS`], as
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
pub(super) fn departments(item: &TableItem) -> String {
    item.values
        .get("departments")
        .or_else(|| item.values.get("region_name"))
        .cloned()
        .unwrap_or_default()
}

pub(super) fn check_spec(spec: &FormSpec) -> Result<(), WriteError> {
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
    if spec.lines.len() + 12 > crate::exchange::xlsx::MAX_ROWS {
        return Err(WriteError {
            code: WriteErrorCode::TooManyRows,
            message_zh: "指标行数超过 Excel 工作表的上限".into(),
            message_en: "too many indicators for one Excel worksheet".into(),
        });
    }
    Ok(())
}

pub(super) fn write_spec(spec: &FormSpec) -> Result<Vec<u8>, WriteError> {
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
pub(super) fn text_width(s: &str) -> f64 {
    s.chars()
        .map(|c| if (c as u32) < 0x1100 { 1.0 } else { 2.0 })
        .sum()
}

/// Lines a wrapped text takes in a cell `width` characters wide.
pub(super) fn wrapped_lines(text: &str, width: f64) -> u32 {
    let width = (width - 1.0).max(1.0);
    text.split('\n')
        .map(|l| ((text_width(l) / width).ceil() as u32).max(1))
        .sum()
}

/// Writes `text` over the cells from `(row, c0)` to `(row2, c1)`, merged when more than one.
pub(super) fn span(
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
pub(super) fn fit_row(
    ws: &mut Worksheet,
    row: u32,
    cells: &[(&str, f64)],
) -> Result<(), XlsxError> {
    let lines = cells
        .iter()
        .map(|(t, w)| wrapped_lines(t, *w))
        .max()
        .unwrap_or(1)
        .max(1);
    ws.set_row_height(row, 8.0 + 15.0 * f64::from(lines.min(27)))?;
    Ok(())
}

pub(super) fn write_sheet(ws: &mut Worksheet, spec: &FormSpec) -> Result<(), XlsxError> {
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
