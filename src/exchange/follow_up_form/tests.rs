use super::*;
use crate::exchange::xlsx::{grid_from_xlsx, is_form_layout, write_form_xlsx};
use crate::exchange::SheetRecord;

const MAX: u64 = 50 * 1024 * 1024;

fn item(values: &[(&'static str, &str)], lines: &[&[(&'static str, &str)]]) -> TableItem {
    TableItem {
        values: values.iter().map(|(k, v)| (*k, v.to_string())).collect(),
        lines: lines
            .iter()
            .map(|l| l.iter().map(|(k, v)| (*k, v.to_string())).collect())
            .collect(),
        locations: BTreeMap::new(),
    }
}

/// A report as `service::files::report_item` makes it: keys, values, computed figures.
fn report() -> TableItem {
    item(
        &[
            ("fund_id", "1"),
            ("fund_name", "2024年度跨境电商支持资金"),
            ("year", "2024"),
            ("region_code", "430200"),
            ("region_name", "株洲市"),
            ("departments", "株洲市商务局、株洲市财政局"),
            ("month", "7"),
            ("status", "DRAFT"),
            ("budget", "360"),
            ("executed_funds", "150"),
            ("execution_rate", "41.67"),
            ("time_progress", "58.33"),
            ("expected_executed_funds", "340.5"),
            ("goal_progress", "已举办培训6场\n对接活动3场"),
        ],
        &[
            &[
                ("level1", "产出指标"),
                ("level2", "数量指标"),
                ("name", "举办培训"),
                ("target", "≥10场"),
                ("actual", "6场"),
                ("expected", "12场"),
                ("likelihood", "确定能"),
                ("outlook", "ON_TRACK"),
            ],
            &[
                ("level1", "产出指标"),
                ("level2", "数量指标"),
                ("name", "培训人次"),
                ("target", "≥500人次"),
                ("actual", "150人次"),
                ("expected", "400人次"),
                ("likelihood", "有可能"),
                ("outlook", "AT_RISK"),
                ("deviation_reasons", "经费保障、其他"),
                ("deviation_note", "配套资金未到位"),
                ("measures", "三季度集中开班\n=加强宣传"),
            ],
            &[
                ("level1", "产出指标"),
                ("level2", "质量指标"),
                ("name", "资金使用合规性"),
                ("target", "100%"),
                ("actual", "-"),
            ],
            &[
                ("level1", "效益指标"),
                ("level2", "数量指标"),
                ("name", "进出口额"),
                ("target", "同比增长20%"),
            ],
        ],
    )
}

/// A self-evaluation as `service::files::evaluation_item` makes it.
fn evaluation(with_weights: bool) -> TableItem {
    let mut e = item(
        &[
            ("fund_id", "1"),
            ("fund_name", "2024年度跨境电商支持资金"),
            ("year", "2024"),
            ("region_code", "430200"),
            ("region_name", "株洲市"),
            ("status", "DRAFT"),
            ("budget", "500"),
            ("executed_funds", "430"),
            ("execution_rate", "86.00"),
            ("budget_weight", "10"),
            ("budget_score", "8.60"),
            ("goal_achievement", "全年举办培训12场"),
            ("budget_deviation_analysis", "部分配套资金年底到位"),
            ("total_score", "83.70"),
            ("grade", "良"),
        ],
        &[
            &[
                ("level1", "产出指标"),
                ("level2", "数量指标"),
                ("name", "举办跨境电商培训"),
                ("target", "≥10场"),
                ("actual", "12场"),
                ("computed_weight", "10"),
                ("method", "REACH"),
                ("computed_score", "10.00"),
                ("explanation", "12 ≥ 10"),
            ],
            &[
                ("level1", "产出指标"),
                ("level2", "时效指标"),
                ("name", "项目完成时间"),
                ("target", "2024年12月底前"),
                ("actual", "2025年1月"),
                ("achievement", "部分达成"),
                ("score", "7.5"),
                ("computed_weight", "10"),
                ("computed_score", "7.50"),
                ("deviation_analysis", "场馆延期交付\n明年提前开工"),
            ],
            &[
                ("level1", "满意度指标"),
                ("level2", "服务对象满意度指标"),
                ("name", "服务对象满意度"),
                ("target", "≥90%"),
                ("actual", "93%"),
                ("computed_weight", "10"),
                ("computed_score", "10.00"),
            ],
        ],
    );
    if with_weights {
        for (line, w) in e.lines.iter_mut().zip(["40", "30", "20"]) {
            line.insert("weight", w.to_string());
        }
    }
    e
}

/// The values a file carries back: keys by name, item values and line values (no computed
/// figures, no ids).
fn carried(layout: &Layout, item: &TableItem) -> TableItem {
    let level = |key: &str| {
        layout
            .columns
            .iter()
            .find(|c| c.key == key)
            .map(|c| c.level)
    };
    let keep = |key: &str| {
        !["fund_id", "region_code"].contains(&key)
            && matches!(level(key), Some(Level::Key | Level::Item | Level::Line))
    };
    TableItem {
        values: item
            .values
            .iter()
            .filter(|(k, _)| keep(k))
            .map(|(k, v)| (*k, v.clone()))
            .collect(),
        lines: item
            .lines
            .iter()
            .map(|l| {
                l.iter()
                    .filter(|(k, _)| keep(k))
                    .map(|(k, v)| (*k, v.clone()))
                    .collect()
            })
            .collect(),
        locations: BTreeMap::new(),
    }
}

fn read_back(outcome: TableOutcome) -> TableItem {
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert_eq!(outcome.items.len(), 1);
    let mut item = outcome.items.into_iter().next().unwrap();
    item.locations.clear();
    item
}

/// The text of a cell of a grid, by worksheet row (1-based) and column letter.
fn cell<'a>(grid: &'a Grid, row: u32, col: &str) -> &'a str {
    let c = (0..40).find(|i| column_letter(*i) == col).unwrap();
    grid.rows
        .iter()
        .find(|r| r.row == row)
        .and_then(|r| r.cells.get(c))
        .map(String::as_str)
        .unwrap_or("")
}

#[test]
fn a_report_form_reads_back_to_its_values() {
    let item = report();
    let bytes = write_report_form(&item, "2024年度跨境电商资金绩效监控表").unwrap();
    let grid = grid_from_xlsx(&bytes, MAX).unwrap();
    assert!(is_report_form(&grid));
    assert!(!is_evaluation_form(&grid));
    assert_eq!(read_back(read_report_form(&grid)), carried(&REPORTS, &item));
}

#[test]
fn an_evaluation_form_reads_back_to_its_values() {
    for with_weights in [false, true] {
        let item = evaluation(with_weights);
        let bytes = write_evaluation_form(&item, "2024年度跨境电商资金绩效自评表").unwrap();
        let grid = grid_from_xlsx(&bytes, MAX).unwrap();
        assert!(is_evaluation_form(&grid));
        assert!(!is_report_form(&grid));
        assert_eq!(
            read_back(read_evaluation_form(&grid)),
            carried(&EVALUATIONS, &item)
        );
        let weight_heading = (0..12).any(|c| cell(&grid, 8, &column_letter(c)) == "权重");
        assert_eq!(weight_heading, with_weights);
    }
}

#[test]
fn the_report_form_prints_its_headings_and_figures() {
    let bytes = write_report_form(
        &report(),
        &report_heading(Some("2024年度跨境电商支持资金"), 2024),
    )
    .unwrap();
    let grid = grid_from_xlsx(&bytes, MAX).unwrap();
    let expect = [
        (1, "A", "2024年度跨境电商资金绩效监控表"),
        (2, "A", "专项名称"),
        (2, "B", "2024年度跨境电商支持资金"),
        (2, "G", "年度"),
        (2, "H", "2024"),
        (3, "A", "主管部门"),
        (3, "B", "株洲市商务局、株洲市财政局"),
        (3, "H", "株洲市"),
        (4, "A", "监控月份"),
        (4, "B", "1–7月"),
        (4, "G", "序时进度"),
        (4, "H", "58.33%"),
        (5, "A", "资金情况"),
        (5, "B", "年初预算数（万元）"),
        (5, "D", "1–7月执行数（万元）"),
        (5, "F", "执行率"),
        (5, "H", "全年预计执行数（万元）"),
        (6, "B", "360"),
        (6, "D", "150"),
        (6, "F", "41.67%"),
        (6, "H", "340.5"),
        (7, "A", "年度总体目标完成情况"),
        (7, "B", "已举办培训6场\n对接活动3场"),
        (8, "A", "一级指标"),
        (8, "E", "1–7月完成值"),
        (8, "J", "完善措施"),
        (9, "A", "产出指标"),
        (9, "B", "数量指标"),
        (9, "C", "举办培训"),
        (9, "D", "≥10场"),
        (10, "A", ""),
        (10, "B", ""),
        (10, "G", "有可能"),
        (10, "H", "经费保障、其他"),
        (11, "B", "质量指标"),
        (11, "E", "-"),
        (12, "A", "效益指标"),
    ];
    for (row, col, text) in expect {
        assert_eq!(cell(&grid, row, col), text, "{col}{row}");
    }
}

#[test]
fn the_evaluation_form_prints_its_scores_total_and_grade() {
    let bytes =
        write_evaluation_form(&evaluation(false), "2024年度跨境电商资金绩效自评表").unwrap();
    let grid = grid_from_xlsx(&bytes, MAX).unwrap();
    let expect = [
        (1, "A", "2024年度跨境电商资金绩效自评表"),
        (2, "A", "专项名称"),
        (3, "B", "株洲市"),
        (4, "A", "项目资金（万元）"),
        (4, "B", "年初预算数"),
        (4, "C", "全年执行数"),
        (4, "E", "分值"),
        (4, "G", "执行率"),
        (4, "I", "得分"),
        (5, "B", "500"),
        (5, "C", "430"),
        (5, "E", "10"),
        (5, "G", "86.00%"),
        (5, "I", "8.60"),
        (6, "A", "总体目标实际完成情况"),
        (7, "A", "预算执行偏差原因"),
        (7, "B", "部分配套资金年底到位"),
        (8, "E", "实际完成值"),
        (8, "F", "达成情况"),
        (8, "G", "分值"),
        (8, "H", "得分"),
        (8, "I", "偏差原因分析及改进措施"),
        (9, "G", "10"),
        (9, "H", "10.00"),
        (10, "F", "部分达成"),
        (10, "H", "7.50"),
        (10, "J", "7.5"),
        (12, "A", "总分"),
        (12, "B", "83.70"),
        (12, "G", "等级"),
        (12, "H", "良"),
    ];
    for (row, col, text) in expect {
        assert_eq!(cell(&grid, row, col), text, "{col}{row}");
    }
}

#[test]
fn locations_point_at_the_cells() {
    let bytes = write_report_form(&report(), "2024年度跨境电商资金绩效监控表").unwrap();
    let grid = grid_from_xlsx(&bytes, MAX).unwrap();
    let item = read_report_form(&grid).items.remove(0);
    let loc = |k: &str| {
        let l = &item.locations[k];
        format!("{}{}", l.column, l.row)
    };
    assert_eq!(loc(""), "A1");
    assert_eq!(loc("/fund_name"), "B2");
    assert_eq!(loc("/fund_id"), "B2");
    assert_eq!(loc("/year"), "H2");
    assert_eq!(loc("/region_code"), "H3");
    assert_eq!(loc("/month"), "B4");
    assert_eq!(loc("/executed_funds"), "D6");
    assert_eq!(loc("/expected_executed_funds"), "H6");
    assert_eq!(loc("/goal_progress"), "B7");
    assert_eq!(loc("/indicators"), "A8");
    assert_eq!(loc("/indicators/1"), "C10");
    assert_eq!(
        loc("/indicators/1/level1"),
        "A9",
        "filled down from its top"
    );
    assert_eq!(loc("/indicators/1/likelihood"), "G10");
    assert_eq!(
        loc("/indicators/3/deviation_note"),
        "I12",
        "blank cells too"
    );
}

#[test]
fn the_forms_are_told_apart() {
    let report = grid_from_xlsx(&write_report_form(&report(), "x").unwrap(), MAX).unwrap();
    assert!(
        is_report_form(&report),
        "by the 监控月份 label without a title"
    );
    let annex = SheetRecord {
        fund_name: Some("2024年度跨境电商支持资金".into()),
        departments: vec!["株洲市商务局".into()],
        ..Default::default()
    };
    let annex = grid_from_xlsx(&write_form_xlsx(&annex, 2024).unwrap(), MAX).unwrap();
    assert!(is_form_layout(&annex));
    assert!(!is_report_form(&annex) && !is_evaluation_form(&annex));
    let flat = Grid {
        rows: vec![GridRow {
            row: 1,
            cells: [
                "专项名称",
                "总体目标实际完成情况",
                "一级指标",
                "二级指标",
                "三级指标",
            ]
            .map(String::from)
            .to_vec(),
        }],
        typed_breaks: true,
    };
    assert!(!is_evaluation_form(&flat) && !is_report_form(&flat));
    assert!(!is_report_form(&Grid::default()));
}

#[test]
fn labels_and_months() {
    assert_eq!(label_key(" 1-7月执行数 （万元）"), "1–N月执行数");
    assert_eq!(label_key("1至12月完成值"), "1–N月完成值");
    assert_eq!(label_key("年初预算数(万元)"), "年初预算数");
    for (cell, month) in [("1–7月", "7"), ("1-12月", "12"), ("7月", "7"), (" 7 ", "7")] {
        assert_eq!(month_of(cell), month, "{cell}");
    }
    assert_eq!(month_of("七月"), "七月");
    assert_eq!(
        report_heading(Some("2024年度跨境电商支持资金"), 2024),
        "2024年度跨境电商资金绩效监控表"
    );
    assert_eq!(evaluation_heading(None, 2025), "2025年度项目支出绩效自评表");
}

fn grid(rows: &[&[&str]]) -> Grid {
    Grid {
        rows: rows
            .iter()
            .enumerate()
            .map(|(k, cells)| GridRow {
                row: k as u32 + 1,
                cells: cells.iter().map(|c| c.to_string()).collect(),
            })
            .collect(),
        typed_breaks: true,
    }
}

#[test]
fn a_hand_made_form_is_read_and_its_faults_named() {
    // The year from the title; the month as 1-8月; an unknown column; a new 一级 without 二级.
    let g = grid(&[
        &["2025年度外贸资金绩效监控表"],
        &["专项名称", "外贸专项资金", "", "地区", "湘潭市"],
        &["监控月份", "1-8月"],
        &["", "1-8月执行数", "全年预计执行数"],
        &["", "80", ""],
        &["一级指标", "二级指标", "三级指标", "1-8月完成值", "备注"],
        &["产出指标", "数量指标", "培训", "3场", "x"],
        &["", "", "参展", "2次"],
        &["效益指标", "", "就业", "较好"],
    ]);
    let out = read_report_form(&g);
    let item = &out.items[0];
    assert_eq!(item.values["year"], "2025");
    assert_eq!(item.values["month"], "8");
    assert_eq!(item.values["executed_funds"], "80");
    assert_eq!(item.values["region_name"], "湘潭市");
    assert!(!item.values.contains_key("expected_executed_funds"));
    assert_eq!(item.locations["/expected_executed_funds"].row, 5);
    assert_eq!(item.lines[1]["level2"], "数量指标");
    assert_eq!(item.lines[1]["actual"], "2次");
    let errors: Vec<(IssueCode, String)> = out
        .errors
        .iter()
        .map(|e| {
            let l = e.location.clone().unwrap();
            (e.code, format!("{}{}", l.column, l.row))
        })
        .collect();
    assert_eq!(
        errors,
        [
            (IssueCode::ColumnUnknown, "E6".to_string()),
            (IssueCode::FormLayout, "B9".to_string())
        ]
    );
    assert!(out.errors.iter().all(|e| e.record == Some(0)));

    // Not a form at all: every missing part named, one (empty) item.
    let out = read_evaluation_form(&grid(&[&["随便写的"], &["什么", "都不是"]]));
    assert_eq!(out.items.len(), 1);
    let messages: Vec<&str> = out.errors.iter().map(|e| e.message_en.as_str()).collect();
    assert!(
        messages.iter().any(|m| m.contains("专项名称")
            && m.contains("地区")
            && m.contains("全年执行数")
            && m.contains("年度")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("indicator table")),
        "{messages:?}"
    );
}

#[test]
fn too_long_values_are_write_errors() {
    let mut e = evaluation(false);
    e.lines[0].insert("actual", "长".repeat(40_000));
    let err = write_evaluation_form(&e, "x").unwrap_err();
    assert_eq!(err.code, WriteErrorCode::CellTooLong);
}
