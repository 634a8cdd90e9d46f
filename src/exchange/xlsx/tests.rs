use super::*;

fn cell(r: u32, c: u32, t: &str) -> (u32, u32, String) {
    (r, c, t.to_string())
}

#[test]
fn merged_over_cells_are_dropped() {
    let cells = vec![
        cell(0, 0, "top-left"),
        cell(0, 1, "covered"),
        cell(1, 0, "covered"),
        cell(1, 2, "free"),
        cell(2, 1, "free"),
        cell(5, 3, "top-left 2"),
        cell(9, 3, "covered"),
        cell(10, 3, "free"),
    ];
    let merges = [
        Dimensions {
            start: (0, 0),
            end: (1, 1),
        },
        // Written end-first: still understood.
        Dimensions {
            start: (9, 3),
            end: (5, 3),
        },
    ];
    let kept: Vec<String> = drop_merged_over(cells, &regions_of(&merges))
        .into_iter()
        .map(|c| format!("{}{}:{}", c.0, c.1, c.2))
        .collect();
    assert_eq!(
        kept,
        [
            "00:top-left",
            "12:free",
            "21:free",
            "53:top-left 2",
            "103:free"
        ]
    );
}

#[test]
fn form_detection() {
    let grid = |rows: &[&[&str]]| Grid {
        rows: rows
            .iter()
            .enumerate()
            .map(|(i, r)| GridRow {
                row: i as u32 + 1,
                cells: r.iter().map(|c| c.to_string()).collect(),
            })
            .collect(),
        ..Grid::default()
    };
    assert!(is_form_layout(&grid(&[&["", " 附件2 "], &["x"]])));
    assert!(is_form_layout(&grid(&[&["标题"], &["专项名称", "某资金"]])));
    assert!(!is_form_layout(&grid(&[&[
        "专项名称",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值"
    ]])));
    assert!(!is_form_layout(&grid(&[&[
        "region_code",
        "level1",
        "level2",
        "name",
        "target"
    ]])));
    assert!(!is_form_layout(&grid(&[])));
}

#[test]
fn headings() {
    assert_eq!(
        form_heading(Some("2024年度跨境电商支持资金"), 2024),
        "2024年度跨境电商资金绩效目标表"
    );
    assert_eq!(
        form_heading(Some("外贸专项资金"), 2025),
        "2025年度外贸资金绩效目标表"
    );
    assert_eq!(form_heading(None, 2025), "2025年度项目支出绩效目标表");
}

#[test]
fn cell_texts() {
    assert_eq!(cell_text(&Data::Float(260.0)), "260");
    assert_eq!(cell_text(&Data::Float(12.5)), "12.5");
    assert_eq!(cell_text(&Data::Float(-0.0)), "0");
    assert_eq!(cell_text(&Data::Float(0.1)), "0.1");
    assert_eq!(cell_text(&Data::Int(7)), "7");
    assert_eq!(percent_text(1.0), "100%");
    assert_eq!(percent_text(0.9), "90%");
    assert_eq!(percent_text(0.905), "90.5%");
    assert_eq!(percent_text(0.0), "0%");
    assert!(is_percent_format("0%"));
    assert!(is_percent_format("0.00%"));
    assert!(!is_percent_format("0\\%"));
    assert!(!is_percent_format("0\"%\""));
    assert!(!is_percent_format("General"));
    assert_eq!(cell_text(&Data::Bool(true)), "TRUE");
    let date = calamine::ExcelDateTime::new(45657.0, calamine::ExcelDateTimeType::DateTime, false);
    assert_eq!(cell_text(&Data::DateTime(date)), "2024-12-31");
}

#[test]
fn too_long_cells_are_write_errors() {
    let record = SheetRecord {
        overall_goal: Some("长".repeat(MAX_CELL_CHARS + 1)),
        ..Default::default()
    };
    let e = write_xlsx(std::slice::from_ref(&record), &|_| None).unwrap_err();
    assert_eq!(e.code, WriteErrorCode::CellTooLong);
    assert!(e.message_en.contains("overall_goal of sheet 1"), "{e}");
    assert_eq!(
        write_form_xlsx(&record, 2024).unwrap_err().code,
        WriteErrorCode::CellTooLong
    );
    assert!(e.to_string().starts_with("CELL_TOO_LONG: "), "{e}");
}
