//! A fund's indicators side by side as a workbook (SPEC §7.1 `?format=xlsx`): the format a
//! reviewer forwards. One row per indicator group, one column per region (its target as
//! written), then the group's figures; `LOW` cells filled red, `HIGH` cells green.

use std::collections::BTreeMap;

use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook};

use super::xlsx::{build, check_cell, write_failed, WriteError, WriteErrorCode, MAX_ROWS};
use crate::domain::side_by_side::{Flag, SideBySide};

/// The columns before the regions'.
const LEAD: [&str; 4] = ["一级指标", "二级指标", "三级指标", "单位"];
/// The columns after the regions'.
const TAIL: [&str; 5] = ["合计", "最小值", "中位数", "最大值", "每万元中位数"];
/// Excel's last column is XFD: 16,384 columns.
const MAX_COLUMNS: usize = 16_384;
/// Fill of a `LOW` cell (Excel's “bad” red).
const LOW_FILL: u32 = 0xFFC7CE;
/// Fill of a `HIGH` cell (Excel's “good” green).
const HIGH_FILL: u32 = 0xC6EFCE;

/// Writes the view with `heading` as its title line: row 1 the heading, row 2 the header
/// (`一级指标`, `二级指标`, `三级指标`, `单位`, each region's name, `合计`, `最小值`, `中位数`,
/// `最大值`, `每万元中位数`), one row per group from row 3, and a legend line below. Regions are
/// ordered by code; a region without the indicator has an empty cell.
pub fn write_side_by_side(view: &SideBySide, heading: &str) -> Result<Vec<u8>, WriteError> {
    let regions: BTreeMap<String, String> = view
        .items
        .iter()
        .flat_map(|g| g.targets.iter())
        .map(|t| (t.region_code.as_str().to_owned(), t.region_name.clone()))
        .collect();
    let columns = LEAD.len() + regions.len() + TAIL.len();
    if columns > MAX_COLUMNS {
        return Err(WriteError {
            code: WriteErrorCode::TooManyRows,
            message_zh: format!("共 {columns} 列，超过 Excel 工作表 {MAX_COLUMNS} 列的上限"),
            message_en: format!("{columns} columns, over Excel's limit of {MAX_COLUMNS}"),
        });
    }
    if view.items.len() + 4 > MAX_ROWS {
        return Err(WriteError {
            code: WriteErrorCode::TooManyRows,
            message_zh: "指标行数超过 Excel 工作表的上限".into(),
            message_en: "too many indicators for one Excel worksheet".into(),
        });
    }
    let column_of: BTreeMap<&str, u16> = regions
        .keys()
        .enumerate()
        .map(|(k, code)| (code.as_str(), (LEAD.len() + k) as u16))
        .collect();
    for g in &view.items {
        for (v, zh, en) in [
            (&g.level1, "一级指标", "level1"),
            (&g.level2, "二级指标", "level2"),
            (&g.name, "三级指标", "name"),
        ] {
            check_cell(v, || (zh.to_string(), en.to_string()))?;
        }
        for t in &g.targets {
            check_cell(&t.target, || {
                (
                    format!("{}的指标值", t.region_name),
                    format!("the target of {}", t.region_code),
                )
            })?;
        }
    }
    build(|| {
        let mut book = Workbook::new();
        let ws = book.add_worksheet();
        ws.set_name("指标横向比较").map_err(write_failed)?;
        let title = Format::new().set_bold().set_font_size(14);
        let head = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_border(FormatBorder::Thin);
        let text = Format::new()
            .set_num_format("@")
            .set_border(FormatBorder::Thin);
        let low = text.clone().set_background_color(Color::RGB(LOW_FILL));
        let high = text.clone().set_background_color(Color::RGB(HIGH_FILL));
        ws.write_string_with_format(0, 0, heading, &title)
            .map_err(write_failed)?;
        let header = LEAD
            .iter()
            .map(|s| s.to_string())
            .chain(regions.values().cloned())
            .chain(TAIL.iter().map(|s| s.to_string()));
        for (c, name) in header.enumerate() {
            ws.write_string_with_format(1, c as u16, name, &head)
                .map_err(write_failed)?;
        }
        for c in 0..columns as u16 {
            let width = if c == 2 { 36.0 } else { 12.0 };
            ws.set_column_width(c, width).map_err(write_failed)?;
        }
        let tail_at = (LEAD.len() + regions.len()) as u16;
        for (r, g) in view.items.iter().enumerate() {
            let r = (r + 2) as u32;
            let unit = g.unit.clone().unwrap_or_default();
            for (c, v) in [&g.level1, &g.level2, &g.name, &unit].iter().enumerate() {
                ws.write_string_with_format(r, c as u16, super::flat::guard_quote(v), &text)
                    .map_err(write_failed)?;
            }
            for c in LEAD.len() as u16..tail_at {
                ws.write_blank(r, c, &text).map_err(write_failed)?;
            }
            for t in &g.targets {
                let Some(&c) = column_of.get(t.region_code.as_str()) else {
                    continue;
                };
                let format = match t.flag {
                    Some(Flag::Low) => &low,
                    Some(Flag::High) => &high,
                    None => &text,
                };
                ws.write_string_with_format(r, c, super::flat::guard_quote(&t.target), format)
                    .map_err(write_failed)?;
            }
            let figures = [g.sum, g.min, g.median, g.max, g.median_per_wan];
            for (k, v) in figures.iter().enumerate() {
                let v = v.map(|d| d.normalize().to_string()).unwrap_or_default();
                ws.write_string_with_format(r, tail_at + k as u16, v, &text)
                    .map_err(write_failed)?;
            }
        }
        let legend_row = (view.items.len() + 3) as u32;
        ws.write_string_with_format(legend_row, 0, "明显低于同类目标（LOW）", &low)
            .map_err(write_failed)?;
        ws.write_string_with_format(legend_row, 2, "明显高于同类目标（HIGH）", &high)
            .map_err(write_failed)?;
        ws.set_freeze_panes(2, 3).map_err(write_failed)?;
        book.save_to_buffer().map_err(write_failed)
    })
}
