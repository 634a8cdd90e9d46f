//! Writing the printed 附件2 form (one worksheet per sheet, merged cells and headings as the form prints them).

use super::*;

/// The form's heading for a fund: `{year}年度{subject}资金绩效目标表`, where the subject is the
/// fund name without a leading `{year}年度`/`{year}年` and a trailing `专项资金`, `支持资金`,
/// `扶持资金`, `补助资金` or `资金` (`2024年度跨境电商支持资金` → `2024年度跨境电商资金绩效目标表`,
/// as in the seed); `{year}年度项目支出绩效目标表` without a fund name.
pub fn form_heading(fund_name: Option<&str>, year: i32) -> String {
    let name = fund_name.unwrap_or("").trim();
    let mut subject = name;
    for prefix in [format!("{year}年度"), format!("{year}年")] {
        if let Some(s) = subject.strip_prefix(prefix.as_str()) {
            subject = s;
            break;
        }
    }
    for suffix in ["专项资金", "支持资金", "扶持资金", "补助资金", "资金"] {
        if let Some(s) = subject.strip_suffix(suffix) {
            subject = s;
            break;
        }
    }
    let subject = subject.trim();
    if subject.is_empty() {
        format!("{year}年度项目支出绩效目标表")
    } else {
        format!("{year}年度{subject}资金绩效目标表")
    }
}

/// Write one sheet as the printed 附件2 form, headed by [`form_heading`] of its fund name and
/// `year`. See [`write_form_xlsx_titled`] for the layout.
pub fn write_form_xlsx(record: &SheetRecord, year: i32) -> Result<Vec<u8>, WriteError> {
    write_form_xlsx_titled(record, &form_heading(record.fund_name.as_deref(), year))
}

/// The matching-funds cell as the form writes it: `50（含县市区）`, `100`, or blank.
pub(super) fn matching_text(record: &SheetRecord) -> String {
    match (&record.matching_funds, &record.matching_funds_note) {
        (Some(a), Some(n)) => format!("{a}（{n}）"),
        (Some(a), None) => a.clone(),
        (None, Some(n)) => format!("（{n}）"),
        (None, None) => String::new(),
    }
}

/// A worksheet name from the region (Excel: at most 31 characters, none of `[]:*?/\`).
pub(super) fn sheet_name(record: &SheetRecord) -> String {
    let base = record
        .region_name
        .as_deref()
        .or(record.region_code.as_deref())
        .unwrap_or("绩效目标表");
    let clean: String = base
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') && !c.is_control())
        .take(31)
        .collect();
    let clean = clean.trim_matches('\'').trim().to_string();
    if clean.is_empty() || clean.eq_ignore_ascii_case("history") {
        "绩效目标表".to_string()
    } else {
        clean
    }
}

/// Write one sheet as the printed 附件2 form, with `heading` as its title line.
///
/// Layout (columns A–E, worksheet named after the region):
///
/// | row | A | B | C | D | E |
/// |---|---|---|---|---|---|
/// | 1 | 附件2 | | | | |
/// | 2 | heading (merged A:E) | | | | |
/// | 3 | 专项名称 | fund name (merged B:E) | | | |
/// | 4 | 主管部门名称 | departments joined with `、` (merged B:E) | | | |
/// | 5 | 年度金额（万元） (merged A5:A6, with a line break) | 省级资金 | amount (merged C:E) | | |
/// | 6 | | 市、区拟配套资金 | amount, `50（含县市区）` with a note (merged C:E) | | |
/// | 7 | 年度总体目标 | goal (merged B:E) | | | |
/// | 8 | 绩效指标 (merged down over the indicator rows) | 一级指标 | 二级指标 | 三级指标 | 指标值 |
/// | 9… | | 一级 (merged over its run) | 二级 (merged over its run within the 一级) | name | target |
///
/// Thin borders on the table, wrapped text, A4 portrait fitted to one page wide.
pub fn write_form_xlsx_titled(record: &SheetRecord, heading: &str) -> Result<Vec<u8>, WriteError> {
    let departments = record.departments.join("、");
    let fund_name = record.fund_name.clone().unwrap_or_default();
    let provincial = record.provincial_funds.clone().unwrap_or_default();
    let matching = matching_text(record);
    let goal = record.overall_goal.clone().unwrap_or_default();
    for (v, zh, en) in [
        (heading, "标题", "the heading"),
        (fund_name.as_str(), "专项名称", "fund_name"),
        (departments.as_str(), "主管部门名称", "departments"),
        (provincial.as_str(), "省级资金", "provincial_funds"),
        (matching.as_str(), "市、区拟配套资金", "matching_funds"),
        (goal.as_str(), "年度总体目标", "overall_goal"),
    ] {
        check_cell(v, || (zh.to_string(), en.to_string()))?;
    }
    for (k, ind) in record.indicators.iter().enumerate() {
        for v in [&ind.level1, &ind.level2, &ind.name, &ind.target] {
            check_cell(v, || {
                (format!("第{}个指标", k + 1), format!("indicator {}", k + 1))
            })?;
        }
    }
    if record.indicators.len() + 8 > MAX_ROWS {
        return Err(WriteError {
            code: WriteErrorCode::TooManyRows,
            message_zh: "指标行数超过 Excel 工作表的上限".into(),
            message_en: "too many indicators for one Excel worksheet".into(),
        });
    }
    build(|| {
        let mut book = Workbook::new();
        let ws = book.add_worksheet();
        ws.set_name(sheet_name(record)).map_err(write_failed)?;
        write_form(
            ws,
            record,
            heading,
            [&fund_name, &departments, &provincial, &matching, &goal],
        )
        .map_err(write_failed)?;
        book.save_to_buffer().map_err(write_failed)
    })
}

pub(super) fn write_form(
    ws: &mut Worksheet,
    record: &SheetRecord,
    heading: &str,
    [fund_name, departments, provincial, matching, goal]: [&String; 5],
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let base = Format::new().set_font_size(11).set_text_wrap();
    let title = Format::new().set_font_size(12);
    let head = Format::new()
        .set_bold()
        .set_font_size(16)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    let label = base
        .clone()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    let value = base
        .clone()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Left)
        .set_align(FormatAlign::VerticalCenter)
        .set_num_format("@");
    let centered = label.clone().set_num_format("@");

    for (col, width) in [(0u16, 12.0), (1, 14.0), (2, 18.0), (3, 40.0), (4, 18.0)] {
        ws.set_column_width(col, width)?;
    }
    ws.set_paper_size(9);
    ws.set_portrait();
    ws.set_print_fit_to_pages(1, 0);

    ws.write_string_with_format(0, 0, "附件2", &title)?;
    ws.merge_range(1, 0, 1, 4, heading, &head)?;
    ws.set_row_height(1, 32)?;

    ws.write_string_with_format(2, 0, "专项名称", &label)?;
    ws.merge_range(2, 1, 2, 4, fund_name, &value)?;
    ws.write_string_with_format(3, 0, "主管部门名称", &label)?;
    ws.merge_range(3, 1, 3, 4, departments, &value)?;
    ws.merge_range(4, 0, 5, 0, "年度金额\n（万元）", &label)?;
    ws.write_string_with_format(4, 1, "省级资金", &label)?;
    ws.merge_range(4, 2, 4, 4, provincial, &centered)?;
    ws.write_string_with_format(5, 1, "市、区拟配套资金", &label)?;
    ws.merge_range(5, 2, 5, 4, matching, &centered)?;
    ws.write_string_with_format(6, 0, "年度总体目标", &label)?;
    ws.merge_range(6, 1, 6, 4, goal, &value)?;
    ws.set_row_height(6, 30)?;

    let n = record.indicators.len() as u32;
    if n > 0 {
        ws.merge_range(7, 0, 7 + n, 0, "绩效指标", &label)?;
    } else {
        ws.write_string_with_format(7, 0, "绩效指标", &label)?;
    }
    for (c, h) in ["一级指标", "二级指标", "三级指标", "指标值"]
        .iter()
        .enumerate()
    {
        ws.write_string_with_format(7, c as u16 + 1, *h, &label)?;
    }

    // Runs of equal 一级 (column B) and of equal (一级, 二级) (column C).
    let inds = &record.indicators;
    let first = 8u32;
    let runs = |same: &dyn Fn(usize, usize) -> bool| {
        let mut out = Vec::new();
        let mut start = 0;
        for i in 1..=inds.len() {
            if i == inds.len() || !same(start, i) {
                out.push((start, i - 1));
                start = i;
            }
        }
        out
    };
    let level1_runs = if inds.is_empty() {
        Vec::new()
    } else {
        runs(&|a, b| inds[a].level1 == inds[b].level1)
    };
    let level2_runs = if inds.is_empty() {
        Vec::new()
    } else {
        runs(&|a, b| inds[a].level1 == inds[b].level1 && inds[a].level2 == inds[b].level2)
    };
    for (col, runs) in [(1u16, &level1_runs), (2u16, &level2_runs)] {
        for &(a, b) in runs {
            let text = if col == 1 {
                &inds[a].level1
            } else {
                &inds[a].level2
            };
            let (ra, rb) = (first + a as u32, first + b as u32);
            if a == b {
                ws.write_string_with_format(ra, col, text, &centered)?;
            } else {
                ws.merge_range(ra, col, rb, col, text, &centered)?;
            }
        }
    }
    for (i, ind) in inds.iter().enumerate() {
        let r = first + i as u32;
        ws.write_string_with_format(r, 3, &ind.name, &value)?;
        ws.write_string_with_format(r, 4, &ind.target, &centered)?;
    }
    Ok(())
}
