//! The text form of the 附件2 forms: a Word table saved as text.
//!
//! Format (as in `shared/seed/2024-cross-border-ecommerce-targets.txt`):
//! - each form begins with a line `附件2` (not starting with a TAB);
//! - a line starting with a TAB opens a cell of the current row (a further TAB on the same
//!   line opens another cell); a merged (covered) cell is an empty cell, `"\t"` alone;
//! - a non-blank line without a leading TAB right after a cell continues that cell: the cell
//!   wrapped, and the line break is kept in the grid as `"\n"` (the form reader drops it);
//! - a blank (or whitespace-only) line ends the row;
//! - CRLF and LF line ends are both accepted, and a UTF-8 byte order mark is skipped.
//!
//! Layout decisions:
//! - Lines outside the table (the `附件2` line itself, the title, a note under the table) are
//!   kept as rows with one cell, their line untouched; the form reader ignores such rows above
//!   the table and under it. (A table row with a single cell looks the same; the 附件2 form has
//!   none.)
//! - [`GridRow::row`] is the 1-based line number where the row starts (for a one-cell text
//!   row, its line).
//! - Content before the first `附件2` line is dropped when it has no table rows (a cover
//!   note); when it has table rows, or when the file has no `附件2` line at all, it is a grid
//!   of its own, so the form reader can report it instead of it vanishing.

use super::form::is_form_marker;
use super::record::{Grid, GridRow};

/// Splits the text form into one [`Grid`] per form (see the module documentation).
pub fn grids_from_text(text: &str) -> Vec<Grid> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut forms: Vec<Grid> = Vec::new();
    let mut current = Grid::default();
    // Whether `current` was opened by a 附件2 line, and whether it has table rows.
    let mut opened_by_marker = false;
    let mut has_table_rows = false;
    let mut any_marker = false;
    // Whether the last row of `current` is a table row that still takes cells.
    let mut row_open = false;

    for (index, raw) in text.split('\n').enumerate() {
        let number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(cells) = line.strip_prefix('\t') {
            if !row_open {
                current.rows.push(GridRow {
                    row: number,
                    cells: Vec::new(),
                });
                row_open = true;
                has_table_rows = true;
            }
            if let Some(row) = current.rows.last_mut() {
                row.cells.extend(cells.split('\t').map(str::to_string));
            }
        } else if line.trim().is_empty() {
            row_open = false;
        } else if is_form_marker(line) {
            if opened_by_marker || has_table_rows {
                forms.push(std::mem::take(&mut current));
            } else {
                current = Grid::default();
            }
            current.rows.push(GridRow {
                row: number,
                cells: vec![line.to_string()],
            });
            opened_by_marker = true;
            has_table_rows = false;
            any_marker = true;
            row_open = false;
        } else if row_open {
            if let Some(cell) = current.rows.last_mut().and_then(|r| r.cells.last_mut()) {
                cell.push('\n');
                cell.push_str(line);
            }
        } else {
            current.rows.push(GridRow {
                row: number,
                cells: vec![line.to_string()],
            });
        }
    }
    let keep_last = opened_by_marker || has_table_rows || (!any_marker && !current.rows.is_empty());
    if keep_last {
        forms.push(current);
    }
    forms
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::form::read_forms;
    use super::super::record::{ReadOutcome, SheetRecord};
    use super::*;
    use crate::domain::IssueCode;
    use serde_json::Value;

    /// The seed forms.
    pub(crate) const SEED_TEXT: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/2024-cross-border-ecommerce-forms.txt"
    );
    /// The same forms as JSON, the expected result.
    pub(crate) const SEED_JSON: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/2024-cross-border-ecommerce.json"
    );

    fn seed_text() -> String {
        std::fs::read_to_string(SEED_TEXT).expect("seed text form")
    }

    fn seed_json() -> Value {
        let text = std::fs::read_to_string(SEED_JSON).expect("seed JSON");
        serde_json::from_str(&text).expect("seed JSON parses")
    }

    fn opt(value: &Value) -> Option<String> {
        value.as_str().map(str::to_string)
    }

    /// Compares every field the JSON sheet has (region_code is derived by the service, so the
    /// record leaves it `None`).
    pub(crate) fn assert_matches_json(records: &[SheetRecord], json: &Value) {
        let sheets = json["sheets"].as_array().expect("sheets");
        assert_eq!(records.len(), sheets.len());
        for (i, (record, sheet)) in records.iter().zip(sheets).enumerate() {
            let departments: Vec<String> = sheet["departments"]
                .as_array()
                .expect("departments")
                .iter()
                .filter_map(opt)
                .collect();
            assert_eq!(record.departments, departments, "sheet {i}");
            assert_eq!(
                record.provincial_funds,
                opt(&sheet["provincial_funds"]),
                "sheet {i}"
            );
            assert_eq!(
                record.matching_funds,
                opt(&sheet["matching_funds"]),
                "sheet {i}"
            );
            assert_eq!(
                record.matching_funds_note,
                opt(&sheet["matching_funds_note"]),
                "sheet {i}"
            );
            assert_eq!(
                record.overall_goal,
                opt(&sheet["overall_goal"]),
                "sheet {i}"
            );
            let indicators = sheet["indicators"].as_array().expect("indicators");
            assert_eq!(record.indicators.len(), indicators.len(), "sheet {i}");
            for (j, (got, want)) in record.indicators.iter().zip(indicators).enumerate() {
                assert_eq!(
                    Some(got.level1.clone()),
                    opt(&want["level1"]),
                    "sheet {i} #{j}"
                );
                assert_eq!(
                    Some(got.level2.clone()),
                    opt(&want["level2"]),
                    "sheet {i} #{j}"
                );
                assert_eq!(Some(got.name.clone()), opt(&want["name"]), "sheet {i} #{j}");
                assert_eq!(
                    Some(got.target.clone()),
                    opt(&want["target"]),
                    "sheet {i} #{j}"
                );
            }
            assert_eq!(record.fund_id, None);
            assert_eq!(record.region_code, None);
            assert_eq!(record.region_name, None);
            assert_eq!(
                record.fund_name,
                opt(&json["fund"]["name"]),
                "sheet {i}: fund name"
            );
        }
    }

    fn read_seed() -> ReadOutcome {
        read_forms(&grids_from_text(&seed_text()))
    }

    #[test]
    fn seed_reads_like_the_example_json() {
        // The text form wraps long cells over lines: its breaks are layout.
        assert!(grids_from_text(&seed_text())
            .iter()
            .all(|g| !g.typed_breaks));
        let outcome = read_seed();
        assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
        let records = &outcome.records;
        assert_eq!(records.len(), 13);
        assert_matches_json(records, &seed_json());

        let indicators: usize = records.iter().map(|r| r.indicators.len()).sum();
        assert_eq!(indicators, 145);
        let blank = records
            .iter()
            .filter(|r| r.matching_funds.is_none())
            .count();
        assert_eq!(blank, 7);
        let zero = records
            .iter()
            .filter(|r| r.matching_funds.as_deref() == Some("0"))
            .count();
        assert_eq!(zero, 1);
        let notes: Vec<(&str, &str)> = records
            .iter()
            .filter_map(|r| {
                Some((
                    r.departments.first()?.as_str(),
                    r.matching_funds_note.as_deref()?,
                ))
            })
            .collect();
        assert_eq!(notes, [("永州市财政局", "含县市区")]);
        assert!(records
            .iter()
            .all(|r| r.fund_name.as_deref() == Some("2024年度跨境电商支持资金")));
        let provincial: u32 = records
            .iter()
            .filter_map(|r| r.provincial_funds.as_deref()?.parse::<u32>().ok())
            .sum();
        assert_eq!(provincial, 2000);
    }

    #[test]
    fn seed_locations_point_at_the_text_lines() {
        let text = seed_text();
        let lines: Vec<&str> = text.lines().collect();
        let outcome = read_seed();
        let first = &outcome.records[0];
        let at = |r: &SheetRecord, k: &str| {
            let l = r
                .locations
                .get(k)
                .unwrap_or_else(|| panic!("no location {k}"));
            (l.row, l.column.clone())
        };
        // Form 1: 附件2 on line 1, 专项名称 on 5, 主管部门 on 8, the 年度金额/省级资金 row
        // starts on line 11 (its value 260 is on line 14), 配套 on 16, 年度总体目标 on 20,
        // the indicator header on 23.
        assert_eq!(at(first, ""), (1, "附件2".to_string()));
        assert_eq!(at(first, "/fund_id"), (5, "专项名称".to_string()));
        assert_eq!(at(first, "/departments/1"), (8, "主管部门名称".to_string()));
        assert_eq!(at(first, "/region_code"), (8, "主管部门名称".to_string()));
        assert_eq!(at(first, "/provincial_funds"), (11, "省级资金".to_string()));
        assert_eq!(lines[10], "\t年度金额");
        assert_eq!(lines[13], "\t260");
        assert_eq!(
            at(first, "/matching_funds"),
            (16, "市、区拟配套资金".to_string())
        );
        assert_eq!(lines[17], "\t100");
        assert_eq!(at(first, "/overall_goal"), (20, "年度总体目标".to_string()));
        assert_eq!(lines[19], "\t年度总体目标");
        assert_eq!(at(first, "/indicators"), (23, "三级指标".to_string()));
        // First indicator: its row starts on line 29, the target 1000 is on line 33.
        assert_eq!(
            at(first, "/indicators/0/target"),
            (29, "指标值".to_string())
        );
        assert_eq!(lines[32], "\t1000");
        // The second indicator (row from line 35) has 一级/二级 filled down from line 29.
        assert_eq!(
            at(first, "/indicators/1/level1"),
            (29, "一级指标".to_string())
        );
        assert_eq!(
            at(first, "/indicators/1/level2"),
            (29, "二级指标".to_string())
        );
        assert_eq!(
            at(first, "/indicators/1/name"),
            (35, "三级指标".to_string())
        );
        assert_eq!(
            at(first, "/indicators/1/target"),
            (35, "指标值".to_string())
        );
        assert_eq!(lines[37], "\t组织参加跨境电商相关");
        // Every location of every record is a line of its form that starts a row.
        for record in &outcome.records {
            for (key, location) in &record.locations {
                let line = lines[location.row as usize - 1];
                assert!(
                    line.starts_with('\t') || key.is_empty(),
                    "{key}: line {} = {line:?}",
                    location.row
                );
            }
        }
        // 永州市 (form 9): the note sits with the amount.
        let yongzhou = &outcome.records[8];
        let (row, column) = at(yongzhou, "/matching_funds_note");
        assert_eq!(column, "市、区拟配套资金");
        assert_eq!(lines[row as usize - 1 + 2], "\t50（含县市区）");
    }

    #[test]
    fn broken_forms_are_reported_and_the_others_still_read() {
        let text = seed_text();
        let mut grids = grids_from_text(&text);
        // Form 3: the two 年度金额 rows removed.
        grids[2].rows.retain(|r| {
            !r.cells
                .iter()
                .any(|c| c.contains("省级资金") || c.contains("配套资金"))
        });
        // Form 6: the indicator header missing.
        grids[5]
            .rows
            .retain(|r| !r.cells.iter().any(|c| c == "一级指标"));
        let outcome = read_forms(&grids);
        assert_eq!(outcome.records.len(), 13);
        let broken: std::collections::BTreeSet<usize> =
            outcome.errors.iter().filter_map(|e| e.record).collect();
        assert_eq!(broken.into_iter().collect::<Vec<_>>(), [2, 5]);
        assert!(outcome
            .errors
            .iter()
            .all(|e| e.code == IssueCode::FormLayout));
        assert!(outcome.errors.iter().all(|e| e.location.is_some()));
        let json = seed_json();
        let sheets = json["sheets"].as_array().expect("sheets");
        for i in (0..13).filter(|i| *i != 2 && *i != 5) {
            let one = serde_json::json!({"fund": json["fund"], "sheets": [sheets[i]]});
            assert_matches_json(&outcome.records[i..=i], &one);
        }
        // The form without amounts is still read in part.
        assert_eq!(outcome.records[2].provincial_funds, None);
        assert_eq!(
            outcome.records[2].indicators.len(),
            sheets[2]["indicators"].as_array().map_or(0, Vec::len)
        );

        // The same in the text itself: the 年度金额 rows of form 1 cut out.
        let lines: Vec<&str> = text.lines().collect();
        let cut: Vec<&str> = lines[..10].iter().chain(&lines[19..]).copied().collect();
        let outcome = read_forms(&grids_from_text(&cut.join("\n")));
        assert_eq!(outcome.records.len(), 13);
        assert!(!outcome.errors.is_empty());
        assert!(outcome.errors.iter().all(|e| e.record == Some(0)));
        let error = &outcome.errors[0];
        assert_eq!(error.location.as_ref().map(|l| l.row), Some(11));
        assert!(error.message_zh.contains("省级资金"));
        assert!(error.message_en.contains("missing"));
    }

    #[test]
    fn crlf_and_bom_give_the_same_grids() {
        let text = seed_text();
        let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        assert_eq!(grids_from_text(&crlf), grids_from_text(&text));
    }

    #[test]
    fn grid_shape() {
        let text = "封面说明\n\n附件2\n\n标题\n\n\t专项名称\n\t某资金\n\n\t年度金额\n（万元）\n\t省级资金\n\t1\n\n\t\n\ta\tb\n \n注：后记\n";
        let grids = grids_from_text(text);
        assert_eq!(grids.len(), 1);
        let rows: Vec<(u32, Vec<&str>)> = grids[0]
            .rows
            .iter()
            .map(|r| (r.row, r.cells.iter().map(String::as_str).collect()))
            .collect();
        assert_eq!(
            rows,
            [
                (3, vec!["附件2"]),
                (5, vec!["标题"]),
                (7, vec!["专项名称", "某资金"]),
                (10, vec!["年度金额\n（万元）", "省级资金", "1"]),
                (15, vec!["", "a", "b"]),
                (18, vec!["注：后记"]),
            ]
        );
        // No 附件2 at all: the whole text is one grid; blank text gives none.
        assert_eq!(grids_from_text("\t专项名称\n\tX\n").len(), 1);
        assert_eq!(grids_from_text("说明文字\n").len(), 1);
        assert!(grids_from_text("").is_empty());
        assert!(grids_from_text("\u{feff}\r\n \r\n").is_empty());
        // A table before the first 附件2 is kept as a grid of its own.
        assert_eq!(grids_from_text("\ta\tb\n\n附件2\n\ta\n").len(), 2);
    }

    #[test]
    fn odd_text_never_panics() {
        for text in [
            "\t",
            "\n\t\n",
            "附件2",
            "附件2\n附件2\n",
            "x\r",
            "\r\n\t\r\n续",
            "\t\t\t",
        ] {
            let _ = read_forms(&grids_from_text(text));
        }
    }
}
