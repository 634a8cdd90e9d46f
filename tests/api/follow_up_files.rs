//! Monitoring reports and self-evaluations out as files (SPEC §5.4), through HTTP and the
//! command line on both backends: the JSON export is the `GET` views with their fund and region
//! first; CSV and Excel have the layout's English header and one row per indicator line with
//! the values as sent and the computed figures; the filters narrow the rows.

use std::collections::BTreeMap;

use perf_targets::exchange::follow_up::{EVALUATIONS, REPORTS};
use perf_targets::exchange::table::Layout;
use perf_targets::exchange::xlsx::grid_from_xlsx;
use serde_json::{json, Map, Value};

use crate::cli::{perf_targets, serve, text};
use crate::common::*;
use crate::monitoring::on_track;

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ZHUZHOU: &str = "430200";
const XIANGTAN: &str = "430300";
const HENGYANG: &str = "430400";

/// The English header of a layout.
fn header(layout: &Layout) -> Vec<String> {
    layout.columns.iter().map(|c| c.key.to_string()).collect()
}

/// A CSV export as rows of cells, the header first (the BOM dropped).
fn csv_rows(body: &[u8]) -> Vec<Vec<String>> {
    let body = body.strip_prefix("\u{feff}".as_bytes()).expect("a BOM");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// An Excel export as rows of cells (read with calamine), padded to the header's width.
fn xlsx_rows(body: &[u8]) -> Vec<Vec<String>> {
    let grid = grid_from_xlsx(body, 20 * 1024 * 1024).unwrap();
    let width = grid.rows[0].cells.len();
    grid.rows
        .into_iter()
        .map(|r| {
            let mut cells = r.cells;
            cells.resize(width, String::new());
            cells
        })
        .collect()
}

/// Rows below the header, each by column key.
fn by_key(rows: &[Vec<String>]) -> Vec<BTreeMap<String, String>> {
    let head = &rows[0];
    rows[1..]
        .iter()
        .map(|r| head.iter().cloned().zip(r.iter().cloned()).collect())
        .collect()
}

/// A string field of a view, or "" for null.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// An example document (reports or evaluations of `examples/`) for one sheet: indicators named
/// by 三级指标 get their ids; the region and status go.
fn by_name(entry: &Value, sheet: &Value) -> Value {
    let mut doc = entry.clone();
    let doc_map = doc.as_object_mut().unwrap();
    doc_map.remove("region_code");
    doc_map.remove("status");
    for line in doc_map["indicators"].as_array_mut().unwrap() {
        let name = line["name"].as_str().unwrap().to_string();
        let id = sheet["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["name"] == name.as_str())
            .unwrap_or_else(|| panic!("no indicator {name}"))["id"]
            .clone();
        let line = line.as_object_mut().unwrap();
        line.remove("name");
        line.insert("indicator_id".into(), id);
    }
    doc
}

/// The export's JSON: the view with the sheet's fund and region first.
fn keyed(sheet: &Value, view: &Value) -> Value {
    let mut out = Map::new();
    for key in ["fund_id", "fund_name", "year", "region_code", "region_name"] {
        out.insert(key.into(), sheet[key].clone());
    }
    for (k, v) in view.as_object().unwrap() {
        out.insert(k.clone(), v.clone());
    }
    Value::Object(out)
}

fn put_ok(res: Resp) -> Value {
    assert!(
        res.status == 200 || res.status == 201,
        "{}",
        String::from_utf8_lossy(&res.body)
    );
    res.json()
}

/// Approves the first three example sheets (株洲, 湘潭, 衡阳) and files July reports for the
/// three (株洲's by hand: one indicator at risk with its reasons; the others from
/// `examples/2024-07-monitoring.json`) and a June report for 株洲; submits 株洲's and 湘潭's July
/// reports. Returns the fund id and the three sheets as `GET` returns them.
async fn reports(app: &TestApp) -> (i64, Vec<Value>) {
    let (fund_id, ids) = app.load_example().await;
    let mut sheets = Vec::new();
    for id in &ids[..3] {
        approve_sheet(app, *id).await;
        sheets.push(app.get(&format!("/api/v1/sheets/{id}")).await.json());
    }
    let zz = &sheets[0];
    let lines = |at_risk: bool| -> Vec<Value> {
        let mut lines = on_track(zz["indicators"].as_array().unwrap());
        if at_risk {
            let first = &mut lines[0];
            first["likelihood"] = json!("POSSIBLE");
            first["deviation_reasons"] = json!(["FUNDING", "OTHER"]);
            first["deviation_note"] = json!("配套资金未到位");
            first["measures"] = json!("三季度集中开展");
        }
        lines
    };
    let zz_path = format!("/api/v1/sheets/{}/monitoring", zz["id"]);
    let july = json!({"executed_funds": "300", "expected_executed_funds": "360",
                      "goal_progress": "已举办培训6场", "indicators": lines(true)});
    put_ok(put_with(app, &format!("{zz_path}/7"), &july, &[]).await);
    let june = json!({"executed_funds": "200", "indicators": lines(false)});
    put_ok(put_with(app, &format!("{zz_path}/6"), &june, &[]).await);
    let res = post_step(app, &format!("{zz_path}/7"), "submit", None).await;
    assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));

    let examples: Value =
        serde_json::from_str(::perf_targets::cli::EXAMPLE_MONITORING_JSON).unwrap();
    for (sheet, region) in [(&sheets[1], XIANGTAN), (&sheets[2], HENGYANG)] {
        let entry = examples["reports"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["region_code"] == region)
            .unwrap();
        let path = format!("/api/v1/sheets/{}/monitoring/7", sheet["id"]);
        put_ok(put_with(app, &path, &by_name(entry, sheet), &[]).await);
    }
    let xt = format!("/api/v1/sheets/{}/monitoring/7", sheets[1]["id"]);
    let res = post_step(app, &xt, "submit", None).await;
    assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
    (fund_id, sheets)
}

/// Approves the first three example sheets and files the example self-evaluations of 株洲 and
/// 湘潭 (`examples/2024-self-evaluations.json`); submits 株洲's.
async fn evaluations(app: &TestApp) -> (i64, Vec<Value>) {
    let (fund_id, ids) = app.load_example().await;
    let mut sheets = Vec::new();
    for id in &ids[..3] {
        approve_sheet(app, *id).await;
        sheets.push(app.get(&format!("/api/v1/sheets/{id}")).await.json());
    }
    let examples: Value =
        serde_json::from_str(::perf_targets::cli::EXAMPLE_EVALUATIONS_JSON).unwrap();
    for (sheet, region) in [(&sheets[0], ZHUZHOU), (&sheets[1], XIANGTAN)] {
        let entry = examples["evaluations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["region_code"] == region)
            .unwrap();
        let path = format!("/api/v1/sheets/{}/self-evaluation", sheet["id"]);
        put_ok(put_with(app, &path, &by_name(entry, sheet), &[]).await);
    }
    let zz = format!("/api/v1/sheets/{}/self-evaluation", sheets[0]["id"]);
    let res = post_step(app, &zz, "submit", None).await;
    assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
    (fund_id, sheets)
}

/// How many rows the flat export of `views` has: one per indicator line (one for a view
/// without lines).
fn row_count(views: &[Value]) -> usize {
    views
        .iter()
        .map(|v| v["indicators"].as_array().unwrap().len().max(1))
        .sum()
}

/// Without `scored_at` on a draft (computed at each read while the evaluation is a draft).
fn settled(mut v: Value) -> Value {
    if v["status"] == "DRAFT" {
        v.as_object_mut().unwrap().remove("scored_at");
    }
    v
}

db_tests! {
    async fn reports_export_as_json_csv_and_excel(app: TestApp) {
        let (fund_id, sheets) = reports(&app).await;
        let (zz, xt, hy) = (&sheets[0], &sheets[1], &sheets[2]);

        // JSON: the GET views with their fund and region first, by fund, region and month.
        let res = app.get(&format!("/api/v1/monitoring/export?fund_id={fund_id}")).await;
        assert_eq!(res.status, 200);
        assert!(res.header("content-type").unwrap().starts_with("application/json"));
        let disposition = res.header("content-disposition").unwrap();
        assert!(
            disposition.contains("-monitoring.json\"") && disposition.contains("filename*=UTF-8''2024%E5%B9%B4"),
            "{disposition}"
        );
        assert!(res.body.starts_with(br#"[{"fund_id":"#), "the keys come first");
        let exported = res.json();
        let mut expected = Vec::new();
        for (sheet, month) in [(zz, 6), (zz, 7), (xt, 7), (hy, 7)] {
            let view = app
                .get(&format!("/api/v1/sheets/{}/monitoring/{month}", sheet["id"]))
                .await
                .json();
            expected.push(keyed(sheet, &view));
        }
        assert_eq!(exported, Value::Array(expected.clone()));
        assert_eq!(exported[1]["region_name"], "株洲市");
        assert_eq!(exported[1]["year"], 2024);

        // CSV and Excel: the English header, one row per indicator line, the same rows.
        let csv = app.get(&format!("/api/v1/monitoring/export?fund_id={fund_id}&format=csv")).await;
        assert_eq!(csv.status, 200);
        assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
        assert!(csv.header("content-disposition").unwrap().contains("-monitoring.csv"));
        let table = csv_rows(&csv.body);
        assert_eq!(table[0], header(&REPORTS));
        assert_eq!(table.len(), 1 + row_count(&expected));
        let xlsx = app.get(&format!("/api/v1/monitoring/export?fund_id={fund_id}&format=xlsx")).await;
        assert_eq!(xlsx.status, 200);
        assert_eq!(xlsx.header("content-type"), Some(XLSX));
        assert!(xlsx.header("content-disposition").unwrap().contains("-monitoring.xlsx"));
        assert_eq!(xlsx_rows(&xlsx.body), table, "Excel holds the CSV's rows");

        // Every row: the report's keys and values, the line's values and computed figures.
        let rows = by_key(&table);
        let mut k = 0;
        for report in &expected {
            for line in report["indicators"].as_array().unwrap() {
                let row = &rows[k];
                k += 1;
                for key in ["fund_id", "fund_name", "year", "region_code", "region_name", "month",
                            "status", "budget", "executed_funds", "execution_rate", "time_progress",
                            "expected_executed_funds", "goal_progress"] {
                    assert_eq!(row[key], cell(&report[key]), "row {k} {key}");
                }
                for key in ["level1", "level2", "name", "target", "actual", "expected", "outlook",
                            "deviation_note", "measures"] {
                    assert_eq!(row[key], cell(&line[key]), "row {k} {key}");
                }
            }
        }
        // 株洲's July report: the first line at risk, with Chinese labels; the figures exact.
        let first = rows.iter().find(|r| r["region_code"] == ZHUZHOU && r["month"] == "7").unwrap();
        assert_eq!(
            (first["status"].as_str(), first["budget"].as_str(), first["executed_funds"].as_str(),
             first["execution_rate"].as_str(), first["time_progress"].as_str()),
            ("SUBMITTED", "360", "300", "83.33", "58.33")
        );
        assert_eq!(
            (first["likelihood"].as_str(), first["outlook"].as_str(), first["deviation_reasons"].as_str()),
            ("有可能", "AT_RISK", "经费保障、其他")
        );
        assert_eq!(first["target"], cell(&zz["indicators"][0]["target"]));
        let second = rows.iter().filter(|r| r["region_code"] == ZHUZHOU && r["month"] == "7").nth(1).unwrap();
        assert_eq!((second["likelihood"].as_str(), second["deviation_reasons"].as_str()), ("确定能", ""));

        // The filters narrow the rows: month, status, region, year.
        let regions_months = |v: &Value| -> Vec<(String, u64)> {
            v.as_array().unwrap().iter()
                .map(|r| (r["region_code"].as_str().unwrap().to_string(), r["month"].as_u64().unwrap()))
                .collect()
        };
        let got = app.get("/api/v1/monitoring/export?month=7").await.json();
        assert_eq!(regions_months(&got), [(ZHUZHOU.into(), 7), (XIANGTAN.into(), 7), (HENGYANG.into(), 7)]);
        let got = app.get("/api/v1/monitoring/export?status=SUBMITTED").await.json();
        assert_eq!(regions_months(&got), [(ZHUZHOU.into(), 7), (XIANGTAN.into(), 7)]);
        let got = app.get(&format!("/api/v1/monitoring/export?region_code={ZHUZHOU}&status=DRAFT")).await.json();
        assert_eq!(regions_months(&got), [(ZHUZHOU.into(), 6)]);
        let got = app.get("/api/v1/monitoring/export?year=2023").await.json();
        assert_eq!(got, json!([]));
        let csv = app.get(&format!("/api/v1/monitoring/export?format=csv&month=6&region_code={ZHUZHOU}")).await;
        let narrowed = csv_rows(&csv.body);
        assert_eq!(narrowed.len(), 1 + zz["indicators"].as_array().unwrap().len());
        assert!(by_key(&narrowed).iter().all(|r| r["month"] == "6" && r["status"] == "DRAFT"));
        assert!(
            csv.header("content-disposition").unwrap().contains(&format!("monitoring-{ZHUZHOU}-6.csv")),
            "{:?}", csv.header("content-disposition")
        );

        // A month outside 1–12, a bad status, an unknown parameter: 400.
        for bad in ["month=0", "month=13", "month=july"] {
            let p = app.get(&format!("/api/v1/monitoring/export?{bad}")).await.problem(400, "INVALID_QUERY");
            assert_eq!(p["errors"][0]["parameter"], "month", "{bad}: {p}");
        }
        app.get("/api/v1/monitoring/export?status=DONE").await.problem(400, "INVALID_QUERY");
        app.get("/api/v1/monitoring/export?format=pdf").await.problem(400, "INVALID_QUERY");
        app.get("/api/v1/monitoring/export?sheet_id=1").await.problem(400, "INVALID_QUERY");

        // Any token reads.
        app.as_role(Role::Reader);
        assert_eq!(app.get("/api/v1/monitoring/export?format=csv").await.status, 200);
    }

    async fn evaluations_export_as_json_csv_and_excel(app: TestApp) {
        let (fund_id, sheets) = evaluations(&app).await;
        let (zz, xt) = (&sheets[0], &sheets[1]);

        let res = app.get(&format!("/api/v1/self-evaluations/export?fund_id={fund_id}")).await;
        assert_eq!(res.status, 200);
        assert!(res.header("content-disposition").unwrap().contains("-self-evaluations.json\""));
        assert!(res.body.starts_with(br#"[{"fund_id":"#), "the keys come first");
        let exported: Vec<Value> = res.json().as_array().unwrap().iter().cloned().map(settled).collect();
        let mut expected = Vec::new();
        for sheet in [zz, xt] {
            let view = app.get(&format!("/api/v1/sheets/{}/self-evaluation", sheet["id"])).await.json();
            expected.push(keyed(sheet, &view));
        }
        assert_eq!(exported, expected.iter().cloned().map(settled).collect::<Vec<_>>());
        assert_eq!(exported[0]["status"], "SUBMITTED");
        assert_eq!(exported[1]["region_code"], XIANGTAN);

        let csv = app.get(&format!("/api/v1/self-evaluations/export?fund_id={fund_id}&format=csv")).await;
        assert_eq!(csv.status, 200);
        assert!(csv.header("content-disposition").unwrap().contains("-self-evaluations.csv"));
        let table = csv_rows(&csv.body);
        assert_eq!(table[0], header(&EVALUATIONS));
        assert_eq!(table.len(), 1 + row_count(&expected));
        let xlsx = app.get(&format!("/api/v1/self-evaluations/export?fund_id={fund_id}&format=xlsx")).await;
        assert_eq!(xlsx.header("content-type"), Some(XLSX));
        assert_eq!(xlsx_rows(&xlsx.body), table, "Excel holds the CSV's rows");

        let grade = |g: &Value| match g.as_str().unwrap() {
            "EXCELLENT" => "优", "GOOD" => "良", "FAIR" => "中", _ => "差",
        };
        let achievement = |a: &Value| match a.as_str() {
            Some("ACHIEVED") => "达成", Some("PARTIAL") => "部分达成", Some("NOT_ACHIEVED") => "未达成",
            _ => "",
        };
        let rows = by_key(&table);
        let mut k = 0;
        for evaluation in &expected {
            for line in evaluation["indicators"].as_array().unwrap() {
                let row = &rows[k];
                k += 1;
                for key in ["fund_id", "fund_name", "year", "region_code", "region_name", "status",
                            "budget", "executed_funds", "execution_rate", "budget_weight",
                            "budget_score", "goal_achievement", "budget_deviation_analysis",
                            "total_score"] {
                    assert_eq!(row[key], cell(&evaluation[key]), "row {k} {key}");
                }
                assert_eq!(row["grade"], grade(&evaluation["grade"]), "row {k}");
                for key in ["level1", "level2", "name", "target", "actual", "score", "weight",
                            "computed_weight", "method", "computed_score", "explanation",
                            "deviation_analysis"] {
                    assert_eq!(row[key], cell(&line[key]), "row {k} {key}");
                }
                assert_eq!(row["achievement"], achievement(&line["achievement"]), "row {k}");
            }
        }
        // 株洲: 338 of 360 executed, the budget score and the total as the view has them.
        let first = &rows[0];
        assert_eq!(
            (first["region_code"].as_str(), first["status"].as_str(), first["budget"].as_str(),
             first["executed_funds"].as_str(), first["execution_rate"].as_str(), first["budget_weight"].as_str()),
            (ZHUZHOU, "SUBMITTED", "360", "338", "93.89", "10")
        );
        assert!(!first["total_score"].is_empty() && !first["computed_score"].is_empty(), "{first:?}");

        // Filters: status, region, year.
        let regions = |v: &Value| -> Vec<String> {
            v.as_array().unwrap().iter().map(|r| r["region_code"].as_str().unwrap().to_string()).collect()
        };
        assert_eq!(regions(&app.get("/api/v1/self-evaluations/export?status=SUBMITTED").await.json()), [ZHUZHOU]);
        assert_eq!(regions(&app.get("/api/v1/self-evaluations/export?status=DRAFT").await.json()), [XIANGTAN]);
        assert_eq!(regions(&app.get(&format!("/api/v1/self-evaluations/export?region_code={XIANGTAN}")).await.json()), [XIANGTAN]);
        assert_eq!(app.get("/api/v1/self-evaluations/export?year=2023").await.json(), json!([]));
        let empty = app.get("/api/v1/self-evaluations/export?year=2023&format=csv").await;
        assert_eq!(csv_rows(&empty.body), vec![header(&EVALUATIONS)], "the header alone");
        app.get("/api/v1/self-evaluations/export?month=7").await.problem(400, "INVALID_QUERY");
        app.get("/api/v1/self-evaluations/export?year=last").await.problem(400, "INVALID_QUERY");
    }

    async fn the_export_command_writes_reports_and_evaluations(app: TestApp) {
        let (fund_id, _) = reports(&app).await;
        let dir = tempfile::tempdir().unwrap();
        let url = app.test_db.url.clone();

        // Straight from the database: the file the service gives.
        let file = dir.path().join("july.csv");
        let out = perf_targets(&url, &["export", "--kind", "monitoring", "--month", "7", "--format", "csv",
                                       "--out", file.to_str().unwrap()]);
        assert!(out.status.success(), "{}", text(&out));
        let served = app.get("/api/v1/monitoring/export?month=7&format=csv").await;
        assert_eq!(std::fs::read(&file).unwrap(), served.body.to_vec());
        assert_eq!(csv_rows(&served.body)[0], header(&REPORTS));

        let out = perf_targets(&url, &["export", "--kind", "self-evaluation", "--fund-id", &fund_id.to_string()]);
        assert!(out.status.success(), "{}", text(&out));
        assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap(), json!([]));
        // Sheets stay the default.
        let out = perf_targets(&url, &["export", "--region-code", ZHUZHOU]);
        assert!(out.status.success(), "{}", text(&out));
        let sheets: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(sheets[0]["overall_goal"], example()["sheets"][0]["overall_goal"]);

        // --month is for reports only, and a month.
        let out = perf_targets(&url, &["export", "--kind", "self-evaluation", "--month", "7"]);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        assert!(text(&out).contains("--month is only for --kind monitoring"), "{}", text(&out));
        let out = perf_targets(&url, &["export", "--kind", "monitoring", "--month", "13"]);
        assert!(!out.status.success(), "{}", text(&out));

        // Over HTTP, with a reader's token.
        let server = serve(&url);
        let reader = app.token(&Role::Reader).unwrap();
        let out = perf_targets("unused.db", &["export", "--server", &server.url, "--token", &reader,
                                               "--kind", "monitoring", "--region-code", ZHUZHOU]);
        assert!(out.status.success(), "{}", text(&out));
        let exported: Value = serde_json::from_slice(&out.stdout).unwrap();
        let months: Vec<u64> = exported.as_array().unwrap().iter().map(|r| r["month"].as_u64().unwrap()).collect();
        assert_eq!(months, [6, 7]);
        let file = dir.path().join("july.xlsx");
        let out = perf_targets("unused.db", &["export", "--server", &server.url, "--token", &reader,
                                               "--kind", "monitoring", "--month", "7", "--format", "xlsx",
                                               "--out", file.to_str().unwrap()]);
        assert!(out.status.success(), "{}", text(&out));
        let rows = xlsx_rows(&std::fs::read(&file).unwrap());
        assert_eq!(rows, csv_rows(&served.body), "the same rows over HTTP");
        assert!(!std::path::Path::new("unused.db").exists(), "no database touched in HTTP mode");
    }
}

db_tests! {
    async fn exports_of_several_pages_hold_every_report_and_evaluation_once_in_order(app: TestApp) {
        use perf_targets::service::follow_up_export::FOLLOW_UP_PAGE;
        // More reports and evaluations than a page of the export's reads: 8 funds × the 13
        // example sheets, approved, each with a July report and an evaluation, the first fund's
        // sheets with a June report too (the order is by fund, region, month, not by id).
        let mut docs = Vec::new();
        for i in 0..8 {
            let res = app.post("/api/v1/funds", &json!({"name": format!("分页跟踪资金{i}"), "year": 2024})).await;
            assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
            let fund_id = res.json()["id"].as_i64().unwrap();
            for k in 0..13 {
                docs.push(example_sheet(k, fund_id));
            }
        }
        let res = app.upload("", "application/json", serde_json::to_vec(&docs).unwrap()).await;
        assert_eq!(res.json()["created"].as_u64(), Some(docs.len() as u64));
        let list = app.get("/api/v1/sheets?page_size=500").await.json();
        let examples: Value =
            serde_json::from_str(::perf_targets::cli::EXAMPLE_EVALUATIONS_JSON).unwrap();
        let mut sheets = Vec::new();
        for (n, s) in list["items"].as_array().unwrap().iter().enumerate() {
            let id = s["id"].as_i64().unwrap();
            approve_sheet(&app, id).await;
            let sheet = app.get(&format!("/api/v1/sheets/{id}")).await.json();
            let months: &[u32] = if n < 13 { &[7, 6] } else { &[7] };
            for month in months {
                let body = json!({"executed_funds": format!("{}", 30 * month),
                                  "indicators": on_track(sheet["indicators"].as_array().unwrap())});
                put_ok(put_with(&app, &format!("/api/v1/sheets/{id}/monitoring/{month}"), &body, &[]).await);
            }
            let entry = examples["evaluations"].as_array().unwrap().iter()
                .find(|e| e["region_code"] == sheet["region_code"])
                .unwrap();
            put_ok(put_with(&app, &format!("/api/v1/sheets/{id}/self-evaluation"), &by_name(entry, &sheet), &[]).await);
            sheets.push(sheet);
        }

        // The reports as GET returns them, by fund, region, month (and sheet).
        let mut keys = Vec::new();
        for (n, s) in sheets.iter().enumerate() {
            let months: &[u64] = if n < 13 { &[7, 6] } else { &[7] };
            for month in months {
                keys.push((s["fund_id"].as_i64().unwrap(), s["region_code"].as_str().unwrap().to_string(),
                           *month, s["id"].as_i64().unwrap()));
            }
        }
        keys.sort();
        let by_id = |id: i64| sheets.iter().find(|s| s["id"] == id).unwrap();
        let mut expected = Vec::new();
        for (_, _, month, id) in &keys {
            let view = app.get(&format!("/api/v1/sheets/{id}/monitoring/{month}")).await.json();
            expected.push(keyed(by_id(*id), &view));
        }
        assert_eq!(expected.len(), 13 * 9);
        assert!(expected.len() > FOLLOW_UP_PAGE);
        let res = app.get("/api/v1/monitoring/export").await;
        assert_eq!(res.status, 200);
        assert_eq!(res.json(), Value::Array(expected.clone()), "the JSON export differs from the reports as read");
        let csv = app.get("/api/v1/monitoring/export?format=csv").await;
        let table = csv_rows(&csv.body);
        assert_eq!(table.len(), 1 + row_count(&expected));
        assert_eq!(table.iter().filter(|r| **r == header(&REPORTS)).count(), 1);
        let order: Vec<(String, String, String)> = expected.iter()
            .flat_map(|r| std::iter::repeat_n(
                (cell(&r["fund_id"]), cell(&r["region_code"]), cell(&r["month"])),
                r["indicators"].as_array().unwrap().len().max(1)))
            .collect();
        let got: Vec<(String, String, String)> = by_key(&table).iter()
            .map(|r| (r["fund_id"].clone(), r["region_code"].clone(), r["month"].clone()))
            .collect();
        assert_eq!(got, order);
        let xlsx = app.get("/api/v1/monitoring/export?format=xlsx").await;
        assert_eq!(xlsx.status, 200);
        assert_eq!(xlsx_rows(&xlsx.body), table, "Excel holds the CSV's rows");
        // A filter across pages: one fund.
        let fund_id = sheets[13]["fund_id"].as_i64().unwrap();
        let one = app.get(&format!("/api/v1/monitoring/export?fund_id={fund_id}")).await.json();
        let wanted: Vec<Value> = expected.iter().filter(|r| r["fund_id"] == fund_id).cloned().collect();
        assert_eq!(one, Value::Array(wanted));

        // The evaluations as GET returns them, by fund and region (and sheet).
        let mut keys: Vec<(i64, String, i64)> = sheets.iter()
            .map(|s| (s["fund_id"].as_i64().unwrap(), s["region_code"].as_str().unwrap().to_string(),
                      s["id"].as_i64().unwrap()))
            .collect();
        keys.sort();
        let mut expected = Vec::new();
        for (_, _, id) in &keys {
            let view = app.get(&format!("/api/v1/sheets/{id}/self-evaluation")).await.json();
            expected.push(settled(keyed(by_id(*id), &view)));
        }
        assert!(expected.len() > FOLLOW_UP_PAGE);
        let res = app.get("/api/v1/self-evaluations/export").await;
        assert_eq!(res.status, 200);
        let exported: Vec<Value> = res.json().as_array().unwrap().iter().cloned().map(settled).collect();
        assert_eq!(exported, expected, "the JSON export differs from the evaluations as read");
        let csv = app.get("/api/v1/self-evaluations/export?format=csv").await;
        let table = csv_rows(&csv.body);
        assert_eq!(table.len(), 1 + row_count(&expected));
        assert_eq!(table.iter().filter(|r| **r == header(&EVALUATIONS)).count(), 1);
        let xlsx = app.get("/api/v1/self-evaluations/export?format=xlsx").await;
        assert_eq!(xlsx_rows(&xlsx.body), table, "Excel holds the CSV's rows");
    }
}
