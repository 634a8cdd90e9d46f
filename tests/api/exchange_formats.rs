//! Round trips and edge cases of the flat CSV/xlsx layouts, the 附件2 form writer and the grid
//! reader (pure file code, no database).

use std::io::{Cursor, Write};
use std::path::PathBuf;

use perf_targets::exchange::csv_rows::{read_csv, write_csv};
use perf_targets::exchange::flat::COLUMNS;
use perf_targets::exchange::record::{IndicatorRecord, Location, ReadOutcome, SheetRecord};
use perf_targets::exchange::xlsx::{
    form_heading, grid_from_xlsx, is_form_layout, read_xlsx, write_form_xlsx, write_xlsx,
};
use serde_json::Value;

const MAX: u64 = 20 * 1024 * 1024;
const FUND: &str = "2024年度跨境电商支持资金";

fn example_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/2024-cross-border-ecommerce.json")
}

fn text(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

/// The 13 example sheets as records (no locations).
fn example_records() -> Vec<SheetRecord> {
    let raw = std::fs::read_to_string(example_path()).unwrap();
    let doc: Value = serde_json::from_str(&raw).unwrap();
    doc["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| SheetRecord {
            fund_id: None,
            fund_name: Some(FUND.to_string()),
            year: Some(2024),
            region_code: text(&s["region_code"]),
            region_name: None,
            departments: s["departments"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d.as_str().unwrap().to_string())
                .collect(),
            provincial_funds: text(&s["provincial_funds"]),
            matching_funds: text(&s["matching_funds"]),
            matching_funds_note: text(&s["matching_funds_note"]),
            overall_goal: text(&s["overall_goal"]),
            indicators: s["indicators"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| IndicatorRecord {
                    level1: text(&i["level1"]).unwrap(),
                    level2: text(&i["level2"]).unwrap(),
                    name: text(&i["name"]).unwrap(),
                    target: text(&i["target"]).unwrap(),
                })
                .collect(),
            locations: Default::default(),
            columns: None,
        })
        .collect()
}

fn without_locations(outcome: &ReadOutcome) -> Vec<SheetRecord> {
    outcome
        .records
        .iter()
        .cloned()
        .map(|mut r| {
            r.locations.clear();
            r.columns = None;
            r
        })
        .collect()
}

fn loc(row: u32, column: &str) -> Location {
    Location {
        row,
        column: column.to_string(),
    }
}

fn codes(outcome: &ReadOutcome) -> Vec<&'static str> {
    outcome.errors.iter().map(|e| e.code.as_str()).collect()
}

fn year_2024(_: &SheetRecord) -> Option<i32> {
    Some(2024)
}

fn check_example_facts(records: &[SheetRecord]) {
    assert_eq!(records.len(), 13);
    assert_eq!(
        records.iter().map(|r| r.indicators.len()).sum::<usize>(),
        145
    );
    let by_code = |c: &str| {
        records
            .iter()
            .find(|r| r.region_code.as_deref() == Some(c))
            .unwrap()
    };
    assert_eq!(by_code("430300").matching_funds, None); // 湘潭: blank
    assert_eq!(by_code("430600").matching_funds.as_deref(), Some("0")); // 岳阳: "0"
    let yongzhou = by_code("431100");
    assert_eq!(yongzhou.matching_funds.as_deref(), Some("50"));
    assert_eq!(yongzhou.matching_funds_note.as_deref(), Some("含县市区"));
    assert_eq!(yongzhou.departments, vec!["永州市财政局", "永州市商务局"]);
    let provincial: u32 = records
        .iter()
        .map(|r| {
            r.provincial_funds
                .as_deref()
                .unwrap()
                .parse::<u32>()
                .unwrap()
        })
        .sum();
    assert_eq!(provincial, 2000);
}

// (a) ---------------------------------------------------------------------------------------

#[test]
fn example_roundtrips_through_csv() {
    let records = example_records();
    check_example_facts(&records);
    let bytes = write_csv(&records, &year_2024);
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    assert!(text.starts_with(&format!("{}\r\n", COLUMNS.join(","))));
    assert_eq!(text.matches("\r\n").count(), 146);
    assert!(!text.replace("\r\n", "").contains('\n'));
    let back = read_csv(&bytes);
    assert!(back.errors.is_empty(), "{:?}", back.errors);
    assert_eq!(without_locations(&back), records);
    check_example_facts(&back.records);
    // Locations: the header is line 1, the first sheet's rows are lines 2..=11.
    let first = &back.records[0];
    assert_eq!(first.location("").unwrap(), loc(2, "fund_id"));
    assert_eq!(
        first.location("/provincial_funds").unwrap(),
        loc(2, "provincial_funds")
    );
    assert_eq!(
        first.location("/departments/1").unwrap(),
        loc(2, "departments")
    );
    assert_eq!(
        first.location("/indicators/9/target").unwrap(),
        loc(11, "target")
    );
    assert_eq!(back.records[1].location("").unwrap(), loc(12, "fund_id"));
}

#[test]
fn example_roundtrips_through_xlsx() {
    let records = example_records();
    let bytes = write_xlsx(&records, &year_2024).unwrap();
    let back = read_xlsx(&bytes, MAX);
    assert!(back.errors.is_empty(), "{:?}", back.errors);
    assert_eq!(without_locations(&back), records);
    check_example_facts(&back.records);
    let first = &back.records[0];
    assert_eq!(first.location("/provincial_funds").unwrap(), loc(2, "G"));
    assert_eq!(first.location("/indicators/0/level1").unwrap(), loc(2, "K"));
    assert_eq!(
        first.location("/indicators/9/target").unwrap(),
        loc(11, "N")
    );
    // The flat workbook is not a form.
    let grid = grid_from_xlsx(&bytes, MAX).unwrap();
    assert!(!is_form_layout(&grid));
    assert_eq!(grid.rows[0].row, 1);
    assert_eq!(grid.rows[0].cells, COLUMNS);
}

#[test]
fn region_names_ids_empty_sheets_and_formula_like_values_roundtrip() {
    let records = vec![
        SheetRecord {
            fund_id: Some(7),
            fund_name: None,
            region_name: Some("株洲市".into()),
            provincial_funds: Some("12.5".into()),
            matching_funds: Some("0".into()),
            overall_goal: Some("第一行\n第二行".into()),
            indicators: vec![IndicatorRecord {
                level1: "效益指标".into(),
                level2: "经济效益指标".into(),
                name: "成本, \"控制\"".into(),
                target: "=100%".into(),
            }],
            ..Default::default()
        },
        // No indicators: one row, read back as zero indicators.
        SheetRecord {
            fund_id: Some(7),
            region_name: Some("湘潭市".into()),
            departments: vec!["湘潭市商务局".into()],
            provincial_funds: Some("0".into()),
            ..Default::default()
        },
        SheetRecord {
            fund_id: Some(7),
            region_name: Some("衡阳市".into()),
            provincial_funds: Some("1".into()),
            indicators: vec![IndicatorRecord {
                level1: "产出指标".into(),
                level2: "成本指标".into(),
                name: "-成本".into(),
                target: "'=x".into(),
            }],
            ..Default::default()
        },
    ];
    let csv = write_csv(&records, &|_| None);
    let text = String::from_utf8(csv.clone()).unwrap();
    assert!(text.contains("'=100%"), "formula guard: {text}");
    let back = read_csv(&csv);
    assert!(back.errors.is_empty(), "{:?}", back.errors);
    assert_eq!(without_locations(&back), records);

    let xlsx = write_xlsx(&records, &|_| None).unwrap();
    let back = read_xlsx(&xlsx, MAX);
    assert!(back.errors.is_empty(), "{:?}", back.errors);
    assert_eq!(without_locations(&back), records);
}

// (b) ---------------------------------------------------------------------------------------

const SMALL: &str = "region_name,provincial_funds,matching_funds,level1,level2,name,target\n\
株洲市,260,,产出指标,数量指标,培训人次数,1000\n\
株洲市,260,,产出指标,数量指标,\"组织参加跨境电商相关\n展会企业数\",20\n\
湘潭市,220,0,产出指标,质量指标,资金使用合规性,100%\n";

fn check_small(outcome: &ReadOutcome, column_names: bool) {
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let r = &outcome.records;
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].region_name.as_deref(), Some("株洲市"));
    assert_eq!(r[0].matching_funds, None);
    assert_eq!(r[1].matching_funds.as_deref(), Some("0"));
    assert_eq!(r[0].indicators.len(), 2);
    assert_eq!(r[0].indicators[1].name, "组织参加跨境电商相关展会企业数");
    // The quoted cell spans lines 3-4, so 湘潭 starts on line 5.
    let target = if column_names { "target" } else { "指标值" };
    assert_eq!(
        r[0].location("/indicators/1/target").unwrap(),
        loc(3, target)
    );
    assert_eq!(
        r[1].location("/indicators/0/target").unwrap(),
        loc(5, target)
    );
}

#[test]
fn csv_with_and_without_bom_lf_and_crlf() {
    let lf = SMALL.as_bytes().to_vec();
    let crlf = SMALL.replace('\n', "\r\n").into_bytes();
    for body in [lf, crlf] {
        check_small(&read_csv(&body), true);
        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend_from_slice(&body);
        check_small(&read_csv(&with_bom), true);
    }
}

#[test]
fn csv_with_chinese_headings_in_another_order() {
    let zh = SMALL.replacen(
        "region_name,provincial_funds,matching_funds,level1,level2,name,target",
        "地区,省级资金（万元）,市区配套资金,一级指标,二级指标,三级指标,指标值",
        1,
    );
    check_small(&read_csv(zh.as_bytes()), false);
    let all_zh = "专项资金ID,专项名称,年度,行政区划代码,地区,主管部门,省级资金,市区配套资金,配套资金备注,年度总体目标,一级指标,二级指标,三级指标,指标值\r\n\
        3,某资金,2024,431100,永州市,永州市财政局、永州市商务局,50,50（含县市区）,,目标,产出指标,数量指标,x,1\r\n";
    let out = read_csv(all_zh.as_bytes());
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let r = &out.records[0];
    assert_eq!(r.fund_id, Some(3));
    assert_eq!(r.fund_name.as_deref(), Some("某资金"));
    assert_eq!(r.region_code.as_deref(), Some("431100"));
    assert_eq!(r.departments, vec!["永州市财政局", "永州市商务局"]);
    // The form's way of writing the remark is split off.
    assert_eq!(r.matching_funds.as_deref(), Some("50"));
    assert_eq!(r.matching_funds_note.as_deref(), Some("含县市区"));
    assert_eq!(r.location("/year").unwrap(), loc(2, "年度"));
}

#[test]
fn csv_sheet_boundaries_and_blank_continuation_rows() {
    let csv = "fund_name,year,region_code,region_name,provincial_funds,level1,level2,name,target\n\
        资金A,2024,430200,株洲市,260,产出指标,数量指标,a,1\n\
        ,,,,,产出指标,数量指标,b,2\n\
        资金A,2024,,株洲市,,产出指标,数量指标,c,3\n\
        ,,,,\n\
        资金A,2024,430300,,220,产出指标,数量指标,a,1\n\
        资金A,2025,430300,,220,产出指标,数量指标,a,1\n\
        资金B,,430300,,9,,,,\n";
    let out = read_csv(csv.as_bytes());
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let r = &out.records;
    assert_eq!(r.len(), 4);
    assert_eq!(r[0].indicators.len(), 3);
    assert_eq!(r[0].location("/indicators/2/name").unwrap(), loc(4, "name"));
    assert_eq!(r[1].region_code.as_deref(), Some("430300"));
    assert_eq!(r[1].location("").unwrap(), loc(6, "fund_name"));
    assert_eq!(r[2].location("").unwrap(), loc(7, "fund_name")); // another year: another sheet
    assert_eq!(
        (r[1].year, r[2].year, r[3].year),
        (Some(2024), Some(2025), None)
    );
    assert_eq!(r[3].fund_name.as_deref(), Some("资金B"));
    assert!(r[3].indicators.is_empty());
}

#[test]
fn csv_later_row_disagreeing_is_value_invalid() {
    let csv = "fund_id,region_code,provincial_funds,matching_funds,level1,level2,name,target\n\
        x1,430200,260,,产出指标,数量指标,a,1\n\
        x1,430200,261,,产出指标,数量指标,b,2\n\
        x1,430200,260,5,产出指标,数量指标,c,3\n";
    let out = read_csv(csv.as_bytes());
    assert_eq!(out.records.len(), 1);
    assert_eq!(out.records[0].provincial_funds.as_deref(), Some("260"));
    assert_eq!(out.records[0].indicators.len(), 3);
    assert_eq!(codes(&out), ["VALUE_INVALID"; 3]);
    assert_eq!(out.errors[0].location, Some(loc(2, "fund_id"))); // not an integer
    assert_eq!(out.errors[1].location, Some(loc(3, "provincial_funds")));
    assert_eq!(out.errors[1].record, Some(0));
    assert_eq!(out.errors[2].location, Some(loc(4, "matching_funds")));
    assert!(out.errors[1].message_zh.contains("261"));
}

// (c) ---------------------------------------------------------------------------------------

#[test]
fn gbk_utf16_and_binary_are_refused() {
    // "地区,provincial_funds\r\n株洲,260\r\n" in GBK.
    let gbk: &[u8] = b"\xB5\xD8\xC7\xF8,provincial_funds\r\n\xD6\xEA\xD6\xDE,260\r\n";
    let out = read_csv(gbk);
    assert!(out.records.is_empty());
    assert_eq!(codes(&out), ["ENCODING_UNSUPPORTED"]);
    assert!(out.errors[0].message_zh.contains("UTF-8"));
    assert!(out.errors[0].message_en.contains("UTF-8"));
    assert_eq!(out.errors[0].record, None);

    let utf16 = b"\xFF\xFEr\0e\0g\0";
    assert_eq!(codes(&read_csv(utf16)), ["ENCODING_UNSUPPORTED"]);

    for binary in [
        &b"\x00\x01\x02\xff\xfe\x80"[..],
        b"\x81\x00",
        b"PK\x03\x04rest",
    ] {
        assert_eq!(codes(&read_csv(binary)), ["FILE_UNREADABLE"], "{binary:?}");
    }
    assert_eq!(codes(&read_csv(b"")), ["FILE_UNREADABLE"]);
    assert_eq!(codes(&read_csv(b"\xEF\xBB\xBF")), ["FILE_UNREADABLE"]);
}

// (d) ---------------------------------------------------------------------------------------

#[test]
fn csv_location_of_a_bad_target_on_line_7() {
    let mut csv = String::from("region_code,provincial_funds,level1,level2,name,target\r\n");
    for i in 0..4 {
        csv.push_str(&format!("430200,260,产出指标,数量指标,n{i},{i}\r\n"));
    }
    csv.push_str("430200,260,产出指标,数量指标,\"two\r\nlines\",1\r\n"); // lines 6-7
    csv.push_str("430200,260,产出指标,数量指标,bad,≥abc%\r\n"); // line 8
    let out = read_csv(csv.as_bytes());
    assert!(out.errors.is_empty());
    let rec = &out.records[0];
    assert_eq!(rec.indicators[4].name, "twolines");
    assert_eq!(
        rec.location("/indicators/4/target").unwrap(),
        loc(6, "target")
    );
    assert_eq!(rec.indicators[5].target, "≥abc%");
    assert_eq!(
        rec.location("/indicators/5/target").unwrap(),
        loc(8, "target")
    );

    let mut csv = String::from("region_code,provincial_funds,level1,level2,name,target\n");
    for i in 0..6 {
        let target = if i == 5 { "≥" } else { "1" };
        csv.push_str(&format!("430200,260,产出指标,数量指标,n{i},{target}\n"));
    }
    let out = read_csv(csv.as_bytes());
    assert_eq!(out.records[0].indicators[5].target, "≥");
    assert_eq!(
        out.records[0].location("/indicators/5/target").unwrap(),
        loc(7, "target")
    );
}

/// A workbook whose first sheet holds `rows` (None = blank cell), numbers where a cell parses
/// as f64 and `numbers` is true.
fn workbook(rows: &[Vec<Option<&str>>], numbers: bool) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if let Some(v) = cell {
                match v.parse::<f64>() {
                    Ok(n) if numbers => ws.write_number(r as u32, c as u16, n).unwrap(),
                    _ => ws.write_string(r as u32, c as u16, *v).unwrap(),
                };
            }
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn xlsx_locations_are_letters_and_numbers_are_exact_text() {
    let s = Some;
    let bytes = workbook(
        &[
            vec![
                s("target"),
                s("name"),
                s("level2"),
                s("level1"),
                None,
                s("provincial_funds"),
                s("matching_funds"),
                s("region_code"),
            ],
            vec![
                s("1000"),
                s("a"),
                s("数量指标"),
                s("产出指标"),
                None,
                s("12.5"),
                s("0"),
                s("430200"),
            ],
            vec![
                s("≥90%"),
                s("b"),
                s("数量指标"),
                s("产出指标"),
                None,
                s("12.5"),
                None,
                s("430200"),
            ],
        ],
        true,
    );
    let out = read_xlsx(&bytes, MAX);
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let r = &out.records[0];
    assert_eq!(r.provincial_funds.as_deref(), Some("12.5"));
    assert_eq!(r.matching_funds.as_deref(), Some("0"));
    assert_eq!(r.region_code.as_deref(), Some("430200"));
    assert_eq!(r.indicators[0].target, "1000");
    assert_eq!(r.location("/indicators/1/target").unwrap(), loc(3, "A"));
    assert_eq!(r.location("/indicators/1/level1").unwrap(), loc(3, "D"));
    assert_eq!(r.location("/region_code").unwrap(), loc(2, "H"));
}

// (e) ---------------------------------------------------------------------------------------

#[test]
fn unknown_and_missing_columns() {
    let out = read_csv(
        "region_code,provincial_funds,level1,level2,name,target,remark\n430200,1,a,b,c,d,x\n"
            .as_bytes(),
    );
    assert_eq!(codes(&out), ["COLUMN_UNKNOWN"]);
    assert_eq!(out.errors[0].location, Some(loc(1, "remark")));
    assert_eq!(out.errors[0].record, None);
    assert_eq!(out.records.len(), 1, "the known columns are still read");

    let out = read_csv("region_code,level1,level2,name\n430200,a,b,c\n".as_bytes());
    assert!(out.records.is_empty());
    assert_eq!(codes(&out), ["COLUMN_MISSING", "COLUMN_MISSING"]);
    assert!(out.errors[0].message_en.contains("provincial_funds"));
    assert!(out.errors[1].message_en.contains("target"));

    let out = read_csv("provincial_funds,level1,level2,name,target\n".as_bytes());
    assert_eq!(codes(&out), ["COLUMN_MISSING"]);
    assert!(out.errors[0].message_en.contains("region_name"));

    // A duplicate heading; data beyond the header.
    let out = read_csv(
        "region_code,provincial_funds,level1,level2,name,target,指标值,\n430200,1,a,b,c,d,e,f,g\n"
            .as_bytes(),
    );
    assert_eq!(codes(&out), ["COLUMN_UNKNOWN"; 3]);
    assert_eq!(out.errors[0].location, Some(loc(1, "指标值")));
    assert_eq!(out.errors[1].location, Some(loc(1, "#8")));
    assert_eq!(out.errors[2].location, Some(loc(1, "#9")));

    let s = Some;
    let bytes = workbook(
        &[
            vec![
                s("地区"),
                s("省级资金"),
                s("一级指标"),
                s("二级指标"),
                s("三级指标"),
                s("指标值"),
                s("备注"),
            ],
            vec![s("株洲市"), s("1"), s("a"), s("b"), s("c"), s("d"), s("x")],
        ],
        false,
    );
    let out = read_xlsx(&bytes, MAX);
    assert_eq!(codes(&out), ["COLUMN_UNKNOWN"]);
    assert_eq!(out.errors[0].location, Some(loc(1, "G")));
}

// (f) ---------------------------------------------------------------------------------------

#[test]
fn form_layout_roundtrips_through_the_grid() {
    let records = example_records();
    let yongzhou = records
        .iter()
        .find(|r| r.region_code.as_deref() == Some("431100"))
        .unwrap();
    assert_eq!(
        form_heading(Some(FUND), 2024),
        "2024年度跨境电商资金绩效目标表"
    );
    let bytes = write_form_xlsx(yongzhou, 2024).unwrap();
    let grid = grid_from_xlsx(&bytes, MAX).unwrap();
    assert!(is_form_layout(&grid));
    let rows: Vec<(u32, Vec<&str>)> = grid
        .rows
        .iter()
        .map(|r| (r.row, r.cells.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(rows[0], (1, vec!["附件2"]));
    assert_eq!(rows[1], (2, vec!["2024年度跨境电商资金绩效目标表"]));
    assert_eq!(rows[2], (3, vec!["专项名称", FUND]));
    assert_eq!(
        rows[3],
        (4, vec!["主管部门名称", "永州市财政局、永州市商务局"])
    );
    assert_eq!(rows[4], (5, vec!["年度金额\n（万元）", "省级资金", "50"]));
    assert_eq!(rows[5], (6, vec!["", "市、区拟配套资金", "50（含县市区）"]));
    assert_eq!(
        rows[6],
        (7, vec!["年度总体目标", "培育外贸新增长点（跨境电商）"])
    );
    assert_eq!(
        rows[7],
        (
            8,
            vec!["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]
        )
    );
    let table = &rows[8..];
    assert_eq!(table.len(), yongzhou.indicators.len());
    let mut prev: Option<&IndicatorRecord> = None;
    for ((row, cells), ind) in table.iter().zip(&yongzhou.indicators) {
        assert_eq!(cells.len(), 5, "row {row}");
        assert_eq!(cells[0], "");
        let new1 = prev.is_none_or(|p| p.level1 != ind.level1);
        let new2 = new1 || prev.is_some_and(|p| p.level2 != ind.level2);
        assert_eq!(
            cells[1],
            if new1 { ind.level1.as_str() } else { "" },
            "row {row}"
        );
        assert_eq!(
            cells[2],
            if new2 { ind.level2.as_str() } else { "" },
            "row {row}"
        );
        assert_eq!(cells[3], ind.name);
        assert_eq!(cells[4], ind.target);
        prev = Some(ind);
    }
    assert_eq!(table[0].1[1..3], ["产出指标", "数量指标"]);
    assert_eq!(table[1].1[1..3], ["", ""]);

    // A sheet without indicators and blank amounts still gives the heading rows.
    let empty = SheetRecord {
        region_name: Some("湘西州".into()),
        ..Default::default()
    };
    let grid = grid_from_xlsx(&write_form_xlsx(&empty, 2025).unwrap(), MAX).unwrap();
    assert!(is_form_layout(&grid));
    assert_eq!(grid.rows[1].cells, ["2025年度项目支出绩效目标表"]);
    assert_eq!(grid.rows.last().unwrap().cells[0], "绩效指标");
}

#[test]
fn flat_grid_with_chinese_headings_is_not_a_form() {
    let s = Some;
    let bytes = workbook(
        &[
            vec![
                s("专项名称"),
                s("地区"),
                s("省级资金"),
                s("一级指标"),
                s("二级指标"),
                s("三级指标"),
                s("指标值"),
            ],
            vec![s(FUND), s("株洲市"), s("1"), s("a"), s("b"), s("c"), s("d")],
        ],
        false,
    );
    let grid = grid_from_xlsx(&bytes, MAX).unwrap();
    assert!(!is_form_layout(&grid));
}

// (g) ---------------------------------------------------------------------------------------

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[test]
fn zip_bombs_and_garbage_are_file_unreadable() {
    let unreadable = |bytes: &[u8], max: u64| {
        let out = read_xlsx(bytes, max);
        assert!(out.records.is_empty());
        assert_eq!(codes(&out), ["FILE_UNREADABLE"]);
        let grid = grid_from_xlsx(bytes, max).unwrap_err();
        assert_eq!(grid.code.as_str(), "FILE_UNREADABLE");
        out.errors[0].message_en.clone()
    };
    // 64 MiB of zeros packs to ~64 KiB.
    let zeros = vec![0u8; 64 << 20];
    let bomb = zip_of(&[("xl/worksheets/sheet1.xml", &zeros)]);
    assert!(bomb.len() < 1 << 20);
    assert!(unreadable(&bomb, MAX).contains("zip bomb"));
    // Many entries, each small, over the total.
    let many = zip_of(&[("a", &zeros[..12 << 20]), ("b", &zeros[..12 << 20])]);
    assert!(unreadable(&many, MAX).contains("zip bomb"));
    // A real workbook with too small a limit.
    let book = write_xlsx(&example_records(), &year_2024).unwrap();
    assert!(unreadable(&book, 1000).contains("zip bomb"));
    // An entry that unpacks to more than it declares: patch the declared size down.
    let mut liar = zip_of(&[("xl/workbook.xml", &zeros[..1 << 20])]);
    patch_sizes(&mut liar, 100);
    unreadable(&liar, MAX);
    // Garbage, empty, truncated, a zip that is not a workbook, an old .xls, a CSV.
    unreadable(b"", MAX);
    unreadable(b"not a workbook at all", MAX);
    unreadable(&book[..book.len() / 2], MAX);
    unreadable(&zip_of(&[("a.txt", b"hello")]), MAX);
    unreadable(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", MAX);
    unreadable(SMALL.as_bytes(), MAX);
}

/// Set the declared uncompressed size of every entry (local and central headers) to `size`.
fn patch_sizes(zip: &mut [u8], size: u32) {
    let le = size.to_le_bytes();
    let mut i = 0;
    while i + 4 <= zip.len() {
        match &zip[i..i + 4] {
            b"PK\x03\x04" if i + 26 <= zip.len() => zip[i + 22..i + 26].copy_from_slice(&le),
            b"PK\x01\x02" if i + 28 <= zip.len() => zip[i + 24..i + 28].copy_from_slice(&le),
            _ => {}
        }
        i += 1;
    }
}

/// Deterministic pseudo-random bytes (no extra dependency).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn corrupted_inputs_never_panic() {
    let book = write_xlsx(&example_records()[..2], &year_2024).unwrap();
    let form = write_form_xlsx(&example_records()[0], 2024).unwrap();
    let csv = write_csv(&example_records()[..2], &year_2024);
    let mut rng = Lcg(42);
    for round in 0..300 {
        for source in [&book, &form, &csv] {
            let mut bytes = source.clone();
            for _ in 0..=(round % 8) {
                let at = (rng.next() as usize) % bytes.len();
                bytes[at] = rng.next() as u8;
            }
            if round % 5 == 0 {
                let cut = (rng.next() as usize) % bytes.len();
                bytes.truncate(cut);
            }
            let _ = read_xlsx(&bytes, MAX);
            let _ = grid_from_xlsx(&bytes, MAX);
            let _ = read_csv(&bytes);
        }
    }
}

#[test]
fn xlsx_merged_sheet_cells_continue_the_sheet() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    let fmt = rust_xlsxwriter::Format::new();
    for (c, h) in [
        "地区",
        "省级资金",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.merge_range(1, 0, 3, 0, "株洲市", &fmt).unwrap();
    ws.merge_range(1, 1, 3, 1, "260", &fmt).unwrap();
    ws.merge_range(1, 2, 3, 2, "产出指标", &fmt).unwrap();
    for r in 1..4u32 {
        ws.write_string(r, 3, "数量指标").unwrap();
        ws.write_string(r, 4, format!("指标{r}")).unwrap();
        ws.write_string(r, 5, "1").unwrap();
    }
    ws.write_string(4, 0, "湘潭市").unwrap();
    ws.write_string(4, 1, "220").unwrap();
    let out = read_xlsx(&book.save_to_buffer().unwrap(), MAX);
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(out.records.len(), 2);
    let zz = &out.records[0];
    assert_eq!(zz.indicators.len(), 3);
    // The 一级 cell merged down counts on every row it spans.
    assert!(zz.indicators.iter().all(|i| i.level1 == "产出指标"));
    assert_eq!(zz.provincial_funds.as_deref(), Some("260"));
    assert_eq!(zz.location("/indicators/2/name").unwrap(), loc(4, "E"));
    assert!(out.records[1].indicators.is_empty());
    assert_eq!(out.records[1].location("").unwrap(), loc(5, "A"));
}

#[test]
fn xlsx_percent_formatted_numbers_read_as_percentages() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    let pct = rust_xlsxwriter::Format::new().set_num_format("0%");
    let pct2 = rust_xlsxwriter::Format::new().set_num_format("0.0%");
    for (c, h) in [
        "region_code",
        "provincial_funds",
        "level1",
        "level2",
        "name",
        "target",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for r in 1..4u32 {
        ws.write_number(r, 0, 430200).unwrap();
        ws.write_number(r, 1, 260).unwrap();
        ws.write_string(r, 2, "产出指标").unwrap();
        ws.write_string(r, 3, "质量指标").unwrap();
        ws.write_string(r, 4, format!("n{r}")).unwrap();
    }
    ws.write_number_with_format(1, 5, 1, &pct).unwrap();
    ws.write_number_with_format(2, 5, 0.905, &pct2).unwrap();
    ws.write_number(3, 5, 0.9).unwrap();
    let out = read_xlsx(&book.save_to_buffer().unwrap(), MAX);
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let targets: Vec<&str> = out.records[0]
        .indicators
        .iter()
        .map(|i| i.target.as_str())
        .collect();
    assert_eq!(targets, ["100%", "90.5%", "0.9"]);
    assert_eq!(out.records[0].provincial_funds.as_deref(), Some("260"));
}

/// An export beyond Excel's rows is refused before a row is built, and answers 422
/// `EXPORT_FAILED` naming the limit (too costly to reach through the database).
#[test]
fn more_rows_than_a_worksheet_holds_is_an_export_failure() {
    use perf_targets::domain::Lang;
    use perf_targets::error::{ProblemCode, ServiceError};
    use perf_targets::http::problem::status_of;

    let record = SheetRecord {
        indicators: vec![IndicatorRecord::default(); 1_048_576],
        ..Default::default()
    };
    for e in [
        write_xlsx(std::slice::from_ref(&record), &|_| None).unwrap_err(),
        write_form_xlsx(&record, 2024).unwrap_err(),
    ] {
        let err = ServiceError::from(e);
        assert_eq!(err.code(), ProblemCode::ExportFailed);
        assert_eq!(status_of(err.code()).as_u16(), 422);
        let issues = err.issues(Lang::En);
        assert_eq!(issues[0].code.as_str(), "TOO_MANY_ROWS");
        assert!(
            issues[0].message.contains("1048576")
                || issues[0].message.contains("too many indicators"),
            "{issues:?}"
        );
        assert!(
            err.detail(Lang::Zh).contains("上限"),
            "{}",
            err.detail(Lang::Zh)
        );
    }
}
