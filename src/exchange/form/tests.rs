use super::*;

fn row(row: u32, cells: &[&str]) -> GridRow {
    GridRow {
        row,
        cells: cells.iter().map(|c| c.to_string()).collect(),
    }
}

/// A small form in the text form's shape (one cell per merged range).
fn small_form() -> Grid {
    Grid {
        rows: vec![
            row(1, &["附件2"]),
            row(3, &["2024年度跨境电商资金绩效目标表"]),
            row(5, &["专项名称", "2024年度跨境电商支持资金"]),
            row(8, &["主管部门名称", "株洲市商务局、 株洲市财政局、"]),
            row(11, &["年度金额\n（万元）", "省级资金", "260"]),
            row(16, &["", "市、区拟配套资金", "50 （含县市区）"]),
            row(20, &["年度总体目标", "培育外贸新增长点"]),
            row(
                23,
                &["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
            ),
            row(
                29,
                &[
                    "",
                    "产出指标",
                    "数量指标",
                    "组织参加跨境电商相关\n展会企业数",
                    "≥ 95 %",
                ],
            ),
            row(35, &["", "", "", "资金使用合规性", " 100% "]),
            row(
                41,
                &["", "效益指标", "经济效益\n指标", "营业收入", "同比增长20%"],
            ),
        ],
        ..Grid::default()
    }
}

#[test]
fn a_goal_keeps_its_typed_lines_and_loses_wrapped_ones() {
    let goal = |typed_breaks: bool| {
        let mut grid = small_form();
        grid.typed_breaks = typed_breaks;
        for r in &mut grid.rows {
            if r.cells[0] == "年度总体目标" {
                r.cells[1] = " 1. 培育外贸\r\n新增长点\n2. 跨境电商\r  \n".into();
            }
        }
        let outcome = read_forms(&[grid]);
        assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
        let record = &outcome.records[0];
        // Other cells lose their breaks either way.
        assert_eq!(record.indicators[0].name, "组织参加跨境电商相关展会企业数");
        record.overall_goal.clone()
    };
    // A worksheet or a .docx: the lines are the writer's.
    assert_eq!(
        goal(true).as_deref(),
        Some("1. 培育外贸\n新增长点\n2. 跨境电商")
    );
    // The text form: a long cell wraps over lines as it is laid out.
    assert_eq!(
        goal(false).as_deref(),
        Some("1. 培育外贸新增长点2. 跨境电商")
    );
}

#[test]
fn reads_a_small_form() {
    let outcome = read_forms(&[small_form()]);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let record = &outcome.records[0];
    assert_eq!(
        record.fund_name.as_deref(),
        Some("2024年度跨境电商支持资金")
    );
    assert_eq!(record.departments, ["株洲市商务局", "株洲市财政局"]);
    assert_eq!(record.provincial_funds.as_deref(), Some("260"));
    assert_eq!(record.matching_funds.as_deref(), Some("50"));
    assert_eq!(record.matching_funds_note.as_deref(), Some("含县市区"));
    assert_eq!(record.overall_goal.as_deref(), Some("培育外贸新增长点"));
    assert_eq!(record.fund_id, None);
    assert_eq!(record.region_code, None);
    assert_eq!(record.region_name, None);
    let i = &record.indicators;
    assert_eq!(i.len(), 3);
    assert_eq!(i[0].name, "组织参加跨境电商相关展会企业数");
    assert_eq!(i[0].target, "≥ 95 %");
    assert_eq!(i[1].level1, "产出指标");
    assert_eq!(i[1].level2, "数量指标");
    assert_eq!(i[1].target, "100%");
    assert_eq!(i[2].level2, "经济效益指标");
    let at = |k: &str| record.locations.get(k).map(|l| (l.row, l.column.as_str()));
    assert_eq!(at(""), Some((1, "附件2")));
    assert_eq!(at("/fund_id"), Some((5, "专项名称")));
    assert_eq!(at("/departments/1"), Some((8, "主管部门名称")));
    assert_eq!(at("/provincial_funds"), Some((11, "省级资金")));
    assert_eq!(at("/matching_funds_note"), Some((16, "市、区拟配套资金")));
    assert_eq!(at("/overall_goal"), Some((20, "年度总体目标")));
    assert_eq!(at("/indicators/1/level1"), Some((29, "一级指标")));
    assert_eq!(at("/indicators/1/level2"), Some((29, "二级指标")));
    assert_eq!(at("/indicators/1/target"), Some((35, "指标值")));
    assert_eq!(at("/indicators/2/level2"), Some((41, "二级指标")));
}

/// The same form as a `.docx`/worksheet grid gives it: merged ranges spread over cells.
#[test]
fn spans_spread_over_cells_read_the_same() {
    let spread = Grid {
        rows: vec![
            row(1, &["附件2", "", "", "", ""]),
            row(1, &["专项名称", "", "2024年度跨境电商支持资金", "", ""]),
            row(
                2,
                &["主管部门名称", "", "株洲市商务局，株洲市财政局", "", ""],
            ),
            row(3, &["年度金额（万元）", "省级资金", "", "260", ""]),
            row(4, &["", "市、区拟配套资金", "", "50（含县市区）", ""]),
            row(5, &["年度总体目标", "", "培育外贸新增长点", "", ""]),
            row(
                6,
                &["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
            ),
            row(
                7,
                &[
                    "",
                    "产出指标",
                    "数量指标",
                    "组织参加跨境电商相关展会企业数",
                    "≥ 95 %",
                ],
            ),
            row(8, &["", "", "", "资金使用合规性", "100%"]),
            row(
                9,
                &["", "效益指标", "经济效益指标", "营业收入", "同比增长20%"],
            ),
            row(10, &["", "", "", "", ""]),
            row(11, &["填报说明：略", "", "", "", ""]),
        ],
        ..Grid::default()
    };
    let a = read_forms(&[small_form()]);
    let b = read_forms(&[spread]);
    assert!(b.errors.is_empty(), "{:?}", b.errors);
    assert_eq!(a.records[0].indicators, b.records[0].indicators);
    assert_eq!(a.records[0].departments, b.records[0].departments);
    assert_eq!(a.records[0].matching_funds, b.records[0].matching_funds);
    assert_eq!(
        a.records[0].matching_funds_note,
        b.records[0].matching_funds_note
    );
}

#[test]
fn blank_and_zero_amounts() {
    let mut form = small_form();
    form.rows[5] = row(16, &["", "市、区拟配套资金", "  "]);
    let outcome = read_forms(&[form.clone()]);
    assert!(outcome.errors.is_empty());
    assert_eq!(outcome.records[0].matching_funds, None);
    assert_eq!(outcome.records[0].matching_funds_note, None);
    form.rows[5] = row(16, &["", "市、区拟配套资金", "0"]);
    let outcome = read_forms(&[form.clone()]);
    assert_eq!(outcome.records[0].matching_funds.as_deref(), Some("0"));
    form.rows[4] = row(11, &["年度金额", "省级资金", "260（含县市区）"]);
    let outcome = read_forms(&[form]);
    assert_eq!(
        outcome.records[0].provincial_funds.as_deref(),
        Some("260（含县市区）")
    );
}

#[test]
fn amounts_split_only_a_trailing_remark() {
    assert_eq!(
        split_amount("50（含县市区）"),
        ("50".into(), Some("含县市区".into()))
    );
    assert_eq!(
        split_amount("50 (含县市区)"),
        ("50".into(), Some("含县市区".into()))
    );
    assert_eq!(split_amount("50（）"), ("50（）".into(), None));
    assert_eq!(split_amount("（含县市区）"), ("（含县市区）".into(), None));
    assert_eq!(split_amount("）"), ("）".into(), None));
    assert_eq!(split_amount("12.5"), ("12.5".into(), None));
}

#[test]
fn layout_errors_are_reported_per_form() {
    let mut missing_amounts = small_form();
    missing_amounts.rows.remove(5);
    missing_amounts.rows.remove(4);
    let mut swapped = small_form();
    swapped.rows.swap(2, 3);
    let mut stray = small_form();
    stray.rows.insert(9, row(33, &["注：见说明"]));
    let mut new_level1_without_level2 = small_form();
    new_level1_without_level2.rows[10] = row(41, &["", "效益指标", "", "营业收入", "10%"]);
    let mut extra_value = small_form();
    extra_value.rows[2] = row(5, &["专项名称", "甲", "乙"]);
    let forms = [
        small_form(),
        missing_amounts,
        swapped,
        stray,
        new_level1_without_level2,
        extra_value,
        Grid::default(),
        Grid {
            rows: vec![row(1, &["附件2"]), row(2, &["随便什么", "文字"])],
            ..Grid::default()
        },
    ];
    let outcome = read_forms(&forms);
    assert_eq!(outcome.records.len(), forms.len());
    let forms_with_errors: Vec<usize> = outcome.errors.iter().filter_map(|e| e.record).collect();
    assert!(!forms_with_errors.contains(&0));
    for i in 1..forms.len() {
        assert!(
            forms_with_errors.contains(&i),
            "form {i}: {:?}",
            outcome.errors
        );
    }
    assert!(outcome
        .errors
        .iter()
        .all(|e| e.code == IssueCode::FormLayout
            && !e.message_zh.is_empty()
            && !e.message_en.is_empty()));
    // The form missing its amount rows is still read in part.
    assert_eq!(outcome.records[1].indicators.len(), 3);
    assert_eq!(outcome.records[1].provincial_funds, None);
    let missing = outcome.errors.iter().find(|e| e.record == Some(1)).unwrap();
    assert_eq!(missing.location.as_ref().map(|l| l.row), Some(20));
    assert!(
        missing.message_zh.contains("年度金额/省级资金"),
        "{}",
        missing.message_zh
    );
    // The stray note is reported where it is.
    let stray = outcome.errors.iter().find(|e| e.record == Some(3)).unwrap();
    assert_eq!(stray.location.as_ref().map(|l| l.row), Some(33));
}

#[test]
fn markers() {
    assert!(is_form_marker("附件2"));
    assert!(is_form_marker(" 附件 2 "));
    assert!(is_form_marker("附件２"));
    assert!(!is_form_marker("附件1"));
    assert!(!is_form_marker("附件2：说明"));
}
