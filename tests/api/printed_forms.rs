//! The printed forms of a monitoring report (绩效监控表) and of a self-evaluation (项目支出绩效
//! 自评表), through HTTP on both backends: exported as Excel, read with calamine (headings,
//! budget, rates, indicator rows, 总分 and 等级 where the forms print them), read back by the
//! form readers to the stored values, and sent back as the same document (unchanged).

use perf_targets::domain::sheet::Indicator;
use perf_targets::domain::Lang;
use perf_targets::exchange::flat::column_letter;
use perf_targets::exchange::follow_up_form::{
    is_evaluation_form, is_report_form, read_evaluation_form, read_report_form,
};
use perf_targets::exchange::xlsx::grid_from_xlsx;
use perf_targets::exchange::Grid;
use perf_targets::service::files::{evaluation_document, report_document, Labels};
use serde_json::{json, Value};

use crate::common::*;
use crate::monitoring::on_track;
use crate::self_evaluation::{worked_evaluation, worked_sheet};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const MAX: u64 = 50 * 1024 * 1024;

/// The text of a cell by worksheet row (1-based) and column letter.
fn cell(grid: &Grid, row: u32, col: &str) -> String {
    let c = (0..30).find(|i| column_letter(*i) == col).unwrap();
    grid.rows
        .iter()
        .find(|r| r.row == row)
        .and_then(|r| r.cells.get(c))
        .cloned()
        .unwrap_or_default()
}

fn check_cells(grid: &Grid, expect: &[(u32, &str, &str)]) {
    for (row, col, text) in expect {
        assert_eq!(cell(grid, *row, col), *text, "{col}{row}");
    }
}

/// Exports a form as a reader and reads it as a grid.
async fn export(app: &mut TestApp, path: &str) -> Grid {
    app.as_role(Role::Reader);
    let res = app.get(path).await;
    app.as_role(Role::Admin);
    assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
    assert_eq!(res.header("content-type"), Some(XLSX));
    let disposition = res.header("content-disposition").unwrap_or_default();
    assert!(
        disposition.starts_with("attachment; filename=") && disposition.contains(".xlsx"),
        "{disposition}"
    );
    grid_from_xlsx(&res.body, MAX).unwrap()
}

async fn sheet_indicators(app: &TestApp, id: i64) -> (Value, Vec<Indicator>) {
    let sheet = app.get(&format!("/api/v1/sheets/{id}")).await.json();
    let indicators = serde_json::from_value(sheet["indicators"].clone()).unwrap();
    (sheet, indicators)
}

db_tests! {
    async fn a_july_report_prints_as_its_form_and_reads_back_unchanged(app: TestApp) {
        let (_, ids) = app.load_example().await;
        let zz = ids[0];
        approve_sheet(&app, zz).await;
        let (sheet, indicators) = sheet_indicators(&app, zz).await;
        let mut lines = on_track(sheet["indicators"].as_array().unwrap());
        lines[1] = json!({"indicator_id": indicators[1].id, "actual": "8", "expected": "15",
                          "likelihood": "POSSIBLE", "deviation_reasons": ["FUNDING", "OTHER"],
                          "deviation_note": "配套资金未到位",
                          "measures": "三季度集中开展\n加大宣传"});
        lines.remove(4);
        let doc = json!({"executed_funds": "150", "expected_executed_funds": "340",
                         "goal_progress": "已举办培训6场\n组织12家企业参展", "indicators": lines});
        let path = format!("/api/v1/sheets/{zz}/monitoring/7");
        let res = put_with(&app, &path, &doc, &[]).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));

        // Not there: the sheet, the report, the month.
        app.get("/api/v1/sheets/999999/monitoring/7/export").await.problem(404, "SHEET_NOT_FOUND");
        app.get(&format!("/api/v1/sheets/{zz}/monitoring/8/export")).await
            .problem(404, "REPORT_NOT_FOUND");
        let p = app.get(&format!("/api/v1/sheets/{zz}/monitoring/13/export")).await
            .problem(400, "INVALID_PATH_PARAMETER");
        assert_eq!(p["errors"][0]["parameter"], "month", "{p}");
        app.get(&format!("/api/v1/sheets/{zz}/monitoring/7/export?format=csv")).await
            .problem(400, "INVALID_QUERY");

        let grid = export(&mut app, &format!("{path}/export")).await;
        assert!(is_report_form(&grid) && !is_evaluation_form(&grid));
        let first = &indicators[0];
        check_cells(&grid, &[
            (1, "A", "2024年度跨境电商资金绩效监控表"),
            (2, "A", "专项名称"), (2, "B", "2024年度跨境电商支持资金"), (2, "H", "2024"),
            (3, "A", "主管部门"), (3, "B", "株洲市商务局、株洲市财政局"),
            (3, "G", "地区"), (3, "H", "株洲市"),
            (4, "A", "监控月份"), (4, "B", "1–7月"), (4, "G", "序时进度"), (4, "H", "58.33%"),
            (5, "B", "年初预算数（万元）"), (5, "D", "1–7月执行数（万元）"), (5, "F", "执行率"),
            (5, "H", "全年预计执行数（万元）"),
            (6, "B", "360"), (6, "D", "150"), (6, "F", "41.67%"), (6, "H", "340"),
            (7, "A", "年度总体目标完成情况"), (7, "B", "已举办培训6场\n组织12家企业参展"),
            (8, "A", "一级指标"), (8, "B", "二级指标"), (8, "C", "三级指标"), (8, "D", "年度指标值"),
            (8, "E", "1–7月完成值"), (8, "F", "全年预计完成值"), (8, "G", "完成目标可能性"),
            (8, "H", "偏差原因"), (8, "I", "偏差原因说明"), (8, "J", "完善措施"),
            (9, "A", &first.level1), (9, "B", &first.level2), (9, "C", &first.name),
            (9, "D", &first.target), (9, "E", lines[0]["actual"].as_str().unwrap()),
            (9, "G", "确定能"),
            (10, "A", ""), (10, "C", &indicators[1].name), (10, "G", "有可能"),
            (10, "H", "经费保障、其他"), (10, "I", "配套资金未到位"), (10, "J", "三季度集中开展\n加大宣传"),
        ]);
        assert_eq!(grid.rows.last().unwrap().row, 8 + lines.len() as u32);

        // Read back: the stored values, keyed by names; sent back, the same report.
        let out = read_report_form(&grid);
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        let item = &out.items[0];
        let value = |k: &str| item.values.get(k).map(String::as_str);
        assert_eq!(value("fund_name"), sheet["fund_name"].as_str());
        assert_eq!(
            (value("year"), value("region_name"), value("month"), value("executed_funds")),
            (Some("2024"), Some("株洲市"), Some("7"), Some("150"))
        );
        assert_eq!(item.lines.len(), lines.len());
        assert_eq!(item.lines[1]["deviation_reasons"], "经费保障、其他");
        let (back, issues) = report_document(item, Labels::of(&indicators), Lang::Zh);
        assert!(issues.is_empty(), "{issues:?}");
        let res = put_with(&app, &path, &serde_json::to_value(&back).unwrap(), &[]).await;
        assert_eq!((res.status.as_u16(), res.etag()), (200, "\"1\"".to_string()),
                   "{}", String::from_utf8_lossy(&res.body));
    }

    async fn the_worked_evaluation_prints_its_scores_total_and_grade(app: TestApp) {
        let (_, id, ids) = worked_sheet(&app, true).await;
        let path = format!("/api/v1/sheets/{id}/self-evaluation");
        app.get(&format!("{path}/export")).await.problem(404, "EVALUATION_NOT_FOUND");
        app.get("/api/v1/sheets/999999/self-evaluation/export").await
            .problem(404, "SHEET_NOT_FOUND");
        let res = put_with(&app, &path, &worked_evaluation(&ids), &[]).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));

        let grid = export(&mut app, &format!("{path}/export")).await;
        assert!(is_evaluation_form(&grid) && !is_report_form(&grid));
        check_cells(&grid, &[
            (1, "A", "2024年度自评示例资金绩效自评表"),
            (2, "A", "专项名称"), (2, "B", "自评示例资金"), (2, "F", "年度"), (2, "G", "2024"),
            (3, "F", "地区"), (3, "G", "株洲市"),
            (4, "A", "项目资金（万元）"), (4, "B", "年初预算数"), (4, "C", "全年执行数"),
            (4, "D", "分值"), (4, "F", "执行率"), (4, "H", "得分"),
            (5, "B", "500"), (5, "C", "430"), (5, "D", "10"), (5, "F", "86.00%"), (5, "H", "8.60"),
            (6, "A", "总体目标实际完成情况"), (6, "B", "全年举办培训12场、430人次"),
            (7, "A", "预算执行偏差原因"), (7, "B", "部分配套资金年底到位"),
            (8, "E", "实际完成值"), (8, "F", "达成情况"), (8, "G", "分值"), (8, "H", "得分"),
            (8, "I", "偏差原因分析及改进措施"),
            (9, "A", "产出指标"), (9, "B", "数量指标"), (9, "C", "举办跨境电商培训"),
            (9, "D", "≥10场"), (9, "E", "12场"), (9, "G", "10"), (9, "H", "10.00"),
            (10, "A", ""), (10, "B", ""), (10, "H", "8.60"), (10, "I", "企业报名不足，下年度提前发动"),
            (12, "C", "项目完成时间"), (12, "F", "部分达成"), (12, "H", "7.00"),
            (14, "A", "效益指标"), (14, "G", "15"), (14, "H", "9.00"),
            (15, "F", "部分达成"), (15, "H", "10.50"),
            (16, "A", "满意度指标"), (16, "H", "10.00"),
            (17, "A", "总分"), (17, "B", "83.70"), (17, "F", "等级"), (17, "G", "良"),
        ]);

        let (_, indicators) = sheet_indicators(&app, id).await;
        let out = read_evaluation_form(&grid);
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        let item = &out.items[0];
        assert_eq!(item.values["executed_funds"], "430");
        assert_eq!(item.values["budget_deviation_analysis"], "部分配套资金年底到位");
        assert!(!item.values.contains_key("total_score"), "computed cells are not read");
        assert_eq!(item.lines[6]["achievement"], "部分达成");
        let (back, issues) = evaluation_document(item, Labels::of(&indicators), Lang::Zh);
        assert!(issues.is_empty(), "{issues:?}");
        let res = put_with(&app, &path, &serde_json::to_value(&back).unwrap(), &[]).await;
        assert_eq!((res.status.as_u16(), res.etag()), (200, "\"1\"".to_string()),
                   "{}", String::from_utf8_lossy(&res.body));

        // A score and weights given: the 评分 and 权重 columns appear and come back too.
        let mut doc = worked_evaluation(&ids);
        for (k, w) in ["10", "10", "10", "10", "10", "15", "15", "10"].iter().enumerate() {
            doc["indicators"][k]["weight"] = json!(w);
        }
        doc["indicators"][6]["score"] = json!("11");
        let res = put_with(&app, &path, &doc, &[]).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let stored = res.json();
        let grid = export(&mut app, &format!("{path}/export")).await;
        check_cells(&grid, &[(8, "J", "评分"), (8, "K", "权重"), (15, "J", "11"), (15, "K", "15"),
                             (15, "H", "11.00"),
                             (17, "B", stored["total_score"].as_str().unwrap())]);
        let out = read_evaluation_form(&grid);
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        let (back, issues) = evaluation_document(&out.items[0], Labels::of(&indicators), Lang::Zh);
        assert!(issues.is_empty(), "{issues:?}");
        let res = put_with(&app, &path, &serde_json::to_value(&back).unwrap(), &[]).await;
        assert_eq!((res.status.as_u16(), res.etag()), (200, format!("\"{}\"", stored["version"])),
                   "{}", String::from_utf8_lossy(&res.body));
    }
}
