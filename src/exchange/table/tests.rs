use super::*;
use crate::exchange::follow_up::{EVALUATIONS, REPORTS};
use crate::exchange::record::GridRow;

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
        typed_breaks: false,
    }
}

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

fn two_reports() -> Vec<TableItem> {
    vec![
        item(
            &[
                ("fund_id", "1"),
                ("region_code", "430200"),
                ("month", "7"),
                ("executed_funds", "150"),
                ("goal_progress", "已举办培训6场\n对接活动3场"),
            ],
            &[
                &[
                    ("level1", "产出指标"),
                    ("level2", "数量指标"),
                    ("name", "培训人次"),
                    ("actual", "600"),
                    ("likelihood", "确定能"),
                ],
                &[
                    ("level1", "效益指标"),
                    ("level2", "社会效益指标"),
                    ("name", "=活动场次"),
                    ("actual", "6场"),
                    ("deviation_reasons", "经费保障、其他"),
                    ("target", "10场以上"),
                ],
            ],
        ),
        item(
            &[
                ("fund_id", "1"),
                ("region_code", "430300"),
                ("month", "7"),
                ("executed_funds", "90"),
            ],
            &[],
        ),
    ]
}

fn without_locations(mut items: Vec<TableItem>) -> Vec<TableItem> {
    for i in &mut items {
        i.locations.clear();
        // Computed columns are not read back.
        for l in &mut i.lines {
            l.remove("target");
        }
    }
    items
}

#[test]
fn reports_round_trip_through_csv_and_xlsx() {
    let items = two_reports();
    let csv = write_csv(&REPORTS, &items);
    let read = read_grid(
        &REPORTS,
        &crate::exchange::csv_rows::grid_from_csv(&csv).unwrap(),
        LabelStyle::HeaderName,
    );
    assert!(read.errors.is_empty(), "{:?}", read.errors);
    let mut expected = items.clone();
    expected[0].lines[1].remove("target");
    assert_eq!(without_locations(read.items.clone()), expected);
    // Where the values were: physical lines (the goal, repeated on each row, spans two).
    assert_eq!(read.items[0].locations["/executed_funds"].row, 2);
    assert_eq!(read.items[0].locations["/indicators/1/actual"].row, 4);
    assert_eq!(
        read.items[0].locations["/indicators/1/actual"].column,
        "actual"
    );
    assert_eq!(read.items[1].locations[""].row, 6);

    let xlsx = write_xlsx(&REPORTS, &items).unwrap();
    let grid = crate::exchange::xlsx::grid_from_xlsx(&xlsx, 1 << 24).unwrap();
    let read = read_grid(&REPORTS, &grid, LabelStyle::Letter);
    assert!(read.errors.is_empty(), "{:?}", read.errors);
    assert_eq!(without_locations(read.items.clone()), expected);
    let actual = REPORTS.column_of("actual").unwrap();
    assert_eq!(
        read.items[0].locations["/indicators/0/actual"].column,
        column_letter(actual)
    );
}

#[test]
fn chinese_headings_blank_keys_and_item_values_that_differ() {
    let g = grid(&[
        &[
            "地区",
            "月份",
            "1–N月执行数（万元）",
            "一级指标",
            "二级指标",
            "三级指标",
            "1–N月完成值",
        ],
        &[
            "株洲市",
            "7",
            "150",
            "产出指标",
            "数量指标",
            "培训人次",
            "600",
        ],
        &["", "", "", "产出指标", "质量指标", "合规性", "100%"],
        &["", "", "151", "效益指标", "社会效益指标", "活动", "6场"],
        &["湘潭市", "7", "90", "", "", "", ""],
    ]);
    let read = read_grid(&REPORTS, &g, LabelStyle::Letter);
    assert_eq!(read.items.len(), 2);
    assert_eq!(read.items[0].lines.len(), 3);
    assert_eq!(read.items[0].values["region_name"], "株洲市");
    assert!(read.items[1].lines.is_empty());
    assert_eq!(read.errors.len(), 1, "{:?}", read.errors);
    let e = &read.errors[0];
    assert_eq!((e.code, e.record), (IssueCode::ValueInvalid, Some(0)));
    assert_eq!(e.location.as_ref().unwrap().row, 4);
    assert_eq!(e.location.as_ref().unwrap().column, "C");
}

#[test]
fn missing_and_unknown_columns_are_named() {
    let g = grid(&[&[
        "region_code",
        "executed_funds",
        "level1",
        "level2",
        "name",
        "备注",
    ]]);
    let read = read_grid(&EVALUATIONS, &g, LabelStyle::HeaderName);
    let codes: Vec<_> = read.errors.iter().map(|e| (e.code, e.record)).collect();
    assert_eq!(codes, vec![(IssueCode::ColumnUnknown, None)]);
    let g = grid(&[&["region_code", "level1", "level2", "name"]]);
    let read = read_grid(&REPORTS, &g, LabelStyle::HeaderName);
    let missing = read
        .errors
        .iter()
        .find(|e| e.code == IssueCode::ColumnMissing)
        .unwrap();
    assert!(
        missing.message_en.contains("month"),
        "{}",
        missing.message_en
    );
    assert!(
        missing.message_en.contains("executed_funds"),
        "{}",
        missing.message_en
    );
    let read = read_grid(&REPORTS, &grid(&[]), LabelStyle::HeaderName);
    assert_eq!(read.errors[0].code, IssueCode::FileUnreadable);
}

#[test]
fn evaluations_round_trip_with_their_computed_columns_ignored() {
    let items = vec![item(
        &[
            ("fund_name", "2024年度跨境电商支持资金"),
            ("year", "2024"),
            ("region_code", "430200"),
            ("executed_funds", "430"),
            ("total_score", "83.70"),
            ("grade", "良"),
        ],
        &[&[
            ("level1", "效益指标"),
            ("level2", "社会效益指标"),
            ("name", "带动就业"),
            ("actual", "较好"),
            ("achievement", "部分达成"),
            ("score", "11"),
            ("computed_score", "11.00"),
            ("deviation_analysis", "统计口径未统一\n下年按季跟踪"),
        ]],
    )];
    let csv = write_csv(&EVALUATIONS, &items);
    let read = read_grid(
        &EVALUATIONS,
        &crate::exchange::csv_rows::grid_from_csv(&csv).unwrap(),
        LabelStyle::HeaderName,
    );
    assert!(read.errors.is_empty(), "{:?}", read.errors);
    let got = &read.items[0];
    assert!(!got.values.contains_key("total_score"));
    assert!(!got.lines[0].contains_key("computed_score"));
    assert_eq!(
        got.lines[0]["deviation_analysis"],
        "统计口径未统一\n下年按季跟踪"
    );
    assert_eq!(got.lines[0]["achievement"], "部分达成");
}
