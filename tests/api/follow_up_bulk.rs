//! Bulk uploads of monitoring reports and self-evaluations (SPEC §5.4), through HTTP on both
//! backends: what `GET` returns uploads back unchanged, CSV and Excel rows with Chinese labels,
//! a file with bad rows refused whole (atomic) or saved in part, every row named, dry runs and
//! repeated keys.

use actix_web::test::TestRequest;
use serde_json::{json, Value};

use crate::common::*;
use crate::self_evaluation::{worked_evaluation, worked_sheet};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async fn upload_to(app: &TestApp, path: &str, query: &str, media: &str, body: Vec<u8>) -> Resp {
    app.send(
        TestRequest::post()
            .uri(&format!("/api/v1/{path}/bulk{query}"))
            .insert_header(("content-type", media))
            .set_payload(body),
    )
    .await
}

/// The example loaded, 株洲 (sheet 0) and 湘潭 (sheet 1) approved; their sheet documents.
async fn two_approved(app: &TestApp) -> (i64, Vec<i64>, Vec<Value>) {
    let (fund_id, ids) = app.load_example().await;
    let mut sheets = Vec::new();
    for id in &ids[..2] {
        approve_sheet(app, *id).await;
        sheets.push(app.get(&format!("/api/v1/sheets/{id}")).await.json());
    }
    (fund_id, ids, sheets)
}

/// A value that meets an indicator's target (its own number and unit, a growth for a growth,
/// one point more for 正增长), or words for a target scored by judgement.
fn meeting(indicator: &Value) -> String {
    let parsed = &indicator["target_parsed"];
    let unit = parsed["unit"].as_str().unwrap_or_default();
    match (parsed["kind"].as_str(), parsed["value"].as_f64()) {
        (Some("QUANTITATIVE"), Some(_)) => format!("{}{unit}", parsed["value"]),
        (Some("RELATIVE"), Some(v)) if parsed["comparator"] == "GT" => format!("增长{}%", v + 1.0),
        (Some("RELATIVE"), Some(_)) => format!("增长{}%", parsed["value"]),
        _ => "成效明显".into(),
    }
}

fn csv_line(cells: &[&str]) -> String {
    cells
        .iter()
        .map(|c| {
            if c.contains([',', '"', '\n']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
        + "\r\n"
}

/// A July report of `sheet` in CSV rows with Chinese headings and labels: every indicator
/// reported, certain, its own target as the actual.
fn report_rows(sheet: &Value, executed: &str) -> Vec<Vec<String>> {
    sheet["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            vec![
                sheet["fund_name"].as_str().unwrap().to_string(),
                "2024".into(),
                sheet["region_name"].as_str().unwrap().to_string(),
                "7".into(),
                executed.into(),
                i["level1"].as_str().unwrap().into(),
                i["level2"].as_str().unwrap().into(),
                i["name"].as_str().unwrap().into(),
                meeting(i),
                "确定能".into(),
                String::new(),
            ]
        })
        .collect()
}

const REPORT_HEADER: &[&str] = &[
    "专项名称",
    "年度",
    "地区",
    "月份",
    "1–N月执行数（万元）",
    "一级指标",
    "二级指标",
    "三级指标",
    "全年预计完成值",
    "完成目标可能性",
    "偏差原因",
];

fn csv_of(rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = csv_line(REPORT_HEADER);
    for r in rows {
        out.push_str(&csv_line(&r.iter().map(String::as_str).collect::<Vec<_>>()));
    }
    out.into_bytes()
}

fn outcomes(summary: &Value) -> Vec<String> {
    summary["items"]
        .as_array()
        .unwrap_or_else(|| panic!("no items: {summary}"))
        .iter()
        .map(|i| i["outcome"].as_str().unwrap().to_string())
        .collect()
}

db_tests! {
    async fn reports_and_evaluations_read_back_upload_unchanged(app: TestApp) {
        let (fund_id, ids, sheets) = two_approved(&app).await;
        // A report and an evaluation written one by one.
        let zz = &sheets[0];
        let lines: Vec<Value> = zz["indicators"].as_array().unwrap().iter()
            .map(|i| json!({"indicator_id": i["id"], "expected": meeting(i), "likelihood": "CERTAIN"}))
            .collect();
        let path = format!("/api/v1/sheets/{}/monitoring/7", ids[0]);
        let res = put_with(&app, &path, &json!({"executed_funds": "200", "indicators": lines}), &[]).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        let report = res.json();

        // GET's answer, uploaded as it is: UNCHANGED, nothing written.
        let body = serde_json::to_vec(&json!([report])).unwrap();
        let res = upload_to(&app, "monitoring", "", "application/json", body).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let summary = res.json();
        assert_eq!(outcomes(&summary), ["UNCHANGED"]);
        assert_eq!(summary["items"][0]["sheet_id"], ids[0]);
        assert_eq!(summary["items"][0]["key"], json!({"fund_id": fund_id, "region_code": "430200", "month": 7}));
        assert_eq!(app.get(&path).await.etag(), "\"1\"");

        // Changed in NDJSON, keyed by fund and region names instead of the sheet: UPDATED.
        let mut changed = report.clone();
        let object = changed.as_object_mut().unwrap();
        object.remove("sheet_id");
        object.insert("fund_name".into(), zz["fund_name"].clone());
        object.insert("year".into(), json!(2024));
        object.insert("region_name".into(), json!("株洲市"));
        object.insert("executed_funds".into(), json!("210"));
        let res = upload_to(&app, "monitoring", "", "application/x-ndjson", format!("{changed}\n").into_bytes()).await;
        assert_eq!(outcomes(&res.json()), ["UPDATED"], "{}", res.json());
        assert_eq!(app.get(&path).await.json()["executed_funds"], "210");

        // An evaluation: created from JSON with the fund and region codes, then GET's answer
        // uploads back unchanged.
        let lines: Vec<Value> = zz["indicators"].as_array().unwrap().iter()
            .map(|i| match i["target_parsed"]["value"].is_null() {
                true => json!({"indicator_id": i["id"], "actual": "成效明显", "achievement": "ACHIEVED"}),
                false => json!({"indicator_id": i["id"], "actual": meeting(i)}),
            })
            .collect();
        let doc = json!({"fund_id": fund_id, "region_code": "430200", "executed_funds": "360",
                         "indicators": lines});
        let res = upload_to(&app, "self-evaluations", "", "application/json", serde_json::to_vec(&json!([doc])).unwrap()).await;
        assert_eq!(outcomes(&res.json()), ["CREATED"], "{}", res.json());
        let evaluation = app.get(&format!("/api/v1/sheets/{}/self-evaluation", ids[0])).await.json();
        assert_eq!(evaluation["executed_funds"], "360");
        let res = upload_to(&app, "self-evaluations", "", "application/json", serde_json::to_vec(&json!([evaluation])).unwrap()).await;
        assert_eq!(outcomes(&res.json()), ["UNCHANGED"], "{}", res.json());
        // `month` is not a key of evaluations.
        let mut with_month = evaluation.clone();
        with_month["month"] = json!(7);
        let res = upload_to(&app, "self-evaluations", "?mode=partial", "application/json", serde_json::to_vec(&json!([with_month])).unwrap()).await;
        assert_eq!(res.json()["items"][0]["issues"][0]["code"], "UNKNOWN_FIELD", "{}", res.json());
    }

    async fn csv_rows_with_chinese_labels_atomic_and_partial(app: TestApp) {
        let (_, ids, sheets) = two_approved(&app).await;
        let mut rows = report_rows(&sheets[0], "150");
        rows[0][10] = "经费保障、其他".into();
        rows[0][9] = "有可能".into();
        let mut bad = report_rows(&sheets[1], "90");
        bad[1][7] = "没有这个指标".into();
        bad[2][9] = "大概吧".into();
        let mut all = rows.clone();
        all.extend(bad.clone());
        let csv = csv_of(&all);
        let before = app.snapshot().await;

        // Atomic: refused whole, every bad row named.
        let p = upload_to(&app, "monitoring", "", "text/csv", csv.clone()).await.problem(422, "IMPORT_FAILED");
        let summary = &p["summary"];
        assert_eq!(outcomes(summary), ["CREATED", "FAILED"], "{p}");
        assert_eq!(summary["saved"], false);
        let issues = summary["items"][1]["issues"].as_array().unwrap();
        let at = |code: &str| issues.iter().find(|i| i["code"] == code).map(|i| (i["row"].as_u64().unwrap(), i["column"].as_str().unwrap().to_string()));
        let first_bad_row = 2 + rows.len() as u64;
        assert_eq!(at("UNKNOWN_INDICATOR"), Some((first_bad_row + 1, "三级指标".into())), "{p}");
        assert_eq!(at("VALUE_INVALID"), Some((first_bad_row + 2, "完成目标可能性".into())), "{p}");
        assert_eq!(app.snapshot().await, before);
        app.get(&format!("/api/v1/sheets/{}/monitoring/7", ids[0])).await.problem(404, "REPORT_NOT_FOUND");
        // A region named that does not exist: named at the column it was given in.
        let mut nowhere = report_rows(&sheets[0], "1");
        nowhere.truncate(1);
        nowhere[0][2] = "长沙县".into();
        let p = upload_to(&app, "monitoring", "", "text/csv", csv_of(&nowhere)).await.problem(422, "IMPORT_FAILED");
        let issue = &p["summary"]["items"][0]["issues"][0];
        assert_eq!((&issue["code"], &issue["path"], &issue["row"], &issue["column"]),
                   (&json!("UNKNOWN_REGION"), &json!("/region_name"), &json!(2), &json!("地区")), "{p}");

        // A dry run reports the same and saves nothing.
        let res = upload_to(&app, "monitoring", "?dry_run=true&mode=partial", "text/csv", csv.clone()).await;
        assert_eq!((res.status.as_u16(), outcomes(&res.json())), (200, vec!["CREATED".to_string(), "FAILED".to_string()]));
        assert_eq!(app.snapshot().await, before);

        // Partial: the good report is saved with its labels read.
        let res = upload_to(&app, "monitoring", "?mode=partial", "text/csv", csv).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        assert_eq!(outcomes(&res.json()), ["CREATED", "FAILED"]);
        let report = app.get(&format!("/api/v1/sheets/{}/monitoring/7", ids[0])).await.json();
        assert_eq!(report["executed_funds"], "150");
        assert_eq!(report["indicators"][0]["likelihood"], "POSSIBLE");
        assert_eq!(report["indicators"][0]["deviation_reasons"], json!(["FUNDING", "OTHER"]));
        assert_eq!(report["indicators"].as_array().unwrap().len(), rows.len());

        // The same rows again: UNCHANGED.
        let res = upload_to(&app, "monitoring", "", "text/csv", csv_of(&rows)).await;
        assert_eq!(outcomes(&res.json()), ["UNCHANGED"], "{}", res.json());
    }

    async fn evaluation_csv_rows_atomic_and_partial(app: TestApp) {
        let (_, ids, sheets) = two_approved(&app).await;
        // Self-evaluations as CSV rows with Chinese headings and labels: every target met.
        let rows_of = |sheet: &Value, executed: &str| -> Vec<Vec<String>> {
            sheet["indicators"].as_array().unwrap().iter().map(|i| {
                let judged = i["target_parsed"]["measurable"] == false;
                vec![
                    sheet["fund_name"].as_str().unwrap().to_string(),
                    "2024".into(),
                    sheet["region_name"].as_str().unwrap().to_string(),
                    executed.into(),
                    i["level1"].as_str().unwrap().into(),
                    i["level2"].as_str().unwrap().into(),
                    i["name"].as_str().unwrap().into(),
                    meeting(i),
                    if judged { "达成".into() } else { String::new() },
                ]
            }).collect()
        };
        let csv = |rows: &[Vec<String>]| {
            let mut out = csv_line(&["专项名称", "年度", "地区", "全年执行数", "一级指标", "二级指标",
                                     "三级指标", "实际完成值", "达成情况"]);
            for r in rows {
                out.push_str(&csv_line(&r.iter().map(String::as_str).collect::<Vec<_>>()));
            }
            out.into_bytes()
        };
        approve_sheet(&app, ids[2]).await;
        let third = app.get(&format!("/api/v1/sheets/{}", ids[2])).await.json();
        let good = rows_of(&sheets[0], "300");
        let mut bad = rows_of(&sheets[1], "120");
        bad[1][8] = "差不多".into();                    // not a label
        bad[2][6] = "没有这个指标".into();              // not one of the sheet's
        let negative = rows_of(&third, "-5");            // a negative amount
        let mut all = good.clone();
        all.extend(bad.clone());
        all.extend(negative.clone());
        let body = csv(&all);
        let before = app.snapshot().await;

        // Atomic: refused whole, every bad row and column named.
        let p = upload_to(&app, "self-evaluations", "", "text/csv", body.clone()).await.problem(422, "IMPORT_FAILED");
        let summary = &p["summary"];
        let failed = || vec!["CREATED".to_string(), "FAILED".to_string(), "FAILED".to_string()];
        assert_eq!((outcomes(summary), &summary["saved"]), (failed(), &json!(false)), "{p}");
        let errors = |item: usize| -> Vec<(String, u64, String)> {
            summary["items"][item]["issues"].as_array().unwrap().iter()
                .filter(|i| i["severity"] == "ERROR")
                .map(|i| (i["code"].as_str().unwrap().into(), i["row"].as_u64().unwrap(), i["column"].as_str().unwrap().into()))
                .collect()
        };
        let first_bad_row = 2 + good.len() as u64;
        assert_eq!(errors(1), [
            ("VALUE_INVALID".to_string(), first_bad_row + 1, "达成情况".to_string()),
            ("UNKNOWN_INDICATOR".to_string(), first_bad_row + 2, "三级指标".to_string()),
        ], "{p}");
        let negative_row = first_bad_row + bad.len() as u64;
        assert_eq!(errors(2), [("AMOUNT_NEGATIVE".to_string(), negative_row, "全年执行数".to_string())], "{p}");
        assert_eq!(app.snapshot().await, before);
        app.get(&format!("/api/v1/sheets/{}/self-evaluation", ids[0])).await.problem(404, "EVALUATION_NOT_FOUND");

        // Partial: the good evaluation is saved and scored; the bad one is not.
        let res = upload_to(&app, "self-evaluations", "?mode=partial", "text/csv", body).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        assert_eq!(outcomes(&res.json()), failed());
        let saved = app.get(&format!("/api/v1/sheets/{}/self-evaluation", ids[0])).await.json();
        assert_eq!(saved["executed_funds"], "300");
        assert_eq!(saved["indicators"].as_array().unwrap().len(), good.len());
        assert_eq!(saved["indicators"][8]["achievement"], "ACHIEVED", "{saved}");
        assert!(saved["total_score"].is_string(), "{saved}");
        for id in &ids[1..3] {
            app.get(&format!("/api/v1/sheets/{id}/self-evaluation")).await.problem(404, "EVALUATION_NOT_FOUND");
        }
        // The same rows again: UNCHANGED.
        let res = upload_to(&app, "self-evaluations", "", "text/csv", csv(&good)).await;
        assert_eq!(outcomes(&res.json()), ["UNCHANGED"], "{}", res.json());
    }

    async fn items_that_name_no_sheet_a_bad_month_or_a_closed_report_fail(app: TestApp) {
        let (fund_id, ids, sheets) = two_approved(&app).await;
        let line = |s: &Value| -> Value {
        s["indicators"].as_array().unwrap().iter()
            .map(|i| json!({"indicator_id": i["id"], "expected": meeting(i), "likelihood": "CERTAIN"}))
            .collect()
    };
        let items = json!([
            {"sheet_id": 999999, "month": 7, "executed_funds": "1", "indicators": []},
            {"fund_id": fund_id, "region_code": "430400", "month": 7, "executed_funds": "1", "indicators": []},
            {"sheet_id": ids[0], "month": 13, "executed_funds": "1", "indicators": []},
            {"sheet_id": ids[0], "executed_funds": "1", "indicators": []},
            {"fund_id": fund_id, "region_code": "439999", "month": 7, "executed_funds": "1", "indicators": []},
            {"sheet_id": ids[1], "month": 7, "executed_funds": "1", "indicators": line(&sheets[1])},
            {"sheet_id": ids[1], "month": 7, "executed_funds": "2", "indicators": line(&sheets[1])},
            {"region_code": "430200", "month": 7, "executed_funds": "1"},
            // A sheet_id beside the fund and region (the key) must be their sheet's.
            {"sheet_id": ids[1], "fund_id": fund_id, "region_code": "430200", "month": 8, "executed_funds": "1"},
            // Beside the fund alone, the sheet_id names the sheet; a fund or region that is not
            // its sheet's is refused.
            {"sheet_id": ids[1], "fund_id": fund_id, "month": 9, "executed_funds": "1", "indicators": line(&sheets[1])},
            {"sheet_id": ids[1], "fund_id": fund_id + 999, "month": 10, "executed_funds": "1"},
            {"sheet_id": ids[1], "region_code": "430200", "month": 10, "executed_funds": "1"}
        ]);
        let res = upload_to(&app, "monitoring", "?mode=partial", "application/json", serde_json::to_vec(&items).unwrap()).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let summary = res.json();
        let first = |k: usize| {
            let i = &summary["items"][k]["issues"][0];
            (i["code"].as_str().unwrap_or_default().to_string(), i["path"].as_str().unwrap_or_default().to_string())
        };
        let pair = |c: &str, p: &str| (c.to_string(), p.to_string());
        assert_eq!(first(0), pair("SHEET_NOT_FOUND", "/sheet_id"), "{summary}");
        assert_eq!(first(1), pair("SHEET_NOT_APPROVED", ""), "{summary}");
        assert_eq!(first(2), pair("VALUE_INVALID", "/month"), "{summary}");
        assert_eq!(first(3), pair("REQUIRED", "/month"), "{summary}");
        assert_eq!(first(4), pair("SHEET_NOT_FOUND", ""), "{summary}");
        assert_eq!(summary["items"][5]["outcome"], "CREATED");
        assert_eq!(first(6), pair("DUPLICATE_ITEM", ""), "{summary}");
        assert_eq!(first(7), pair("REQUIRED", "/fund_id"), "{summary}");
        assert_eq!(first(8), pair("VALUE_INVALID", "/sheet_id"), "{summary}");
        assert_eq!(summary["items"][9]["outcome"], "CREATED", "{summary}");
        assert_eq!(first(10), pair("VALUE_INVALID", "/sheet_id"), "{summary}");
        assert_eq!(first(11), pair("VALUE_INVALID", "/sheet_id"), "{summary}");
        assert_eq!((summary["created"].as_u64(), summary["failed"].as_u64()), (Some(2), Some(10)));

        // A submitted report cannot change through an upload either.
        let path = format!("/api/v1/sheets/{}/monitoring/7", ids[1]);
        let res = post_step(&app, &path, "submit", None).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let changed = json!([{"sheet_id": ids[1], "month": 7, "executed_funds": "5", "indicators": line(&sheets[1])}]);
        let p = upload_to(&app, "monitoring", "", "application/json", serde_json::to_vec(&changed).unwrap()).await.problem(422, "IMPORT_FAILED");
        assert_eq!(p["summary"]["items"][0]["issues"][0]["code"], "REPORT_NOT_EDITABLE", "{p}");
        // Evaluations: a reviewer cannot upload; an administrator (or the region's submitter) can.
        let doc = json!({"executed_funds": "1", "budget_deviation_analysis": "x", "indicators": []});
        let res = put_with(&app, &format!("/api/v1/sheets/{}/self-evaluation", ids[1]), &doc, &[]).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        let changed = json!([{"sheet_id": ids[1], "executed_funds": "2", "indicators": []}]);
        app.as_role(Role::Reviewer);
        upload_to(&app, "self-evaluations", "", "application/json", serde_json::to_vec(&changed).unwrap()).await.problem(403, "FORBIDDEN");
        app.as_role(Role::Admin);
        let res = upload_to(&app, "self-evaluations", "", "application/json", serde_json::to_vec(&changed).unwrap()).await;
        assert_eq!(outcomes(&res.json()), ["UPDATED"]);
        // 株洲's evaluation, every target met, submitted: an upload cannot change it.
        let lines: Vec<Value> = sheets[0]["indicators"].as_array().unwrap().iter()
            .map(|i| match i["target_parsed"]["value"].is_null() {
                true => json!({"indicator_id": i["id"], "actual": "成效明显", "achievement": "ACHIEVED"}),
                false => json!({"indicator_id": i["id"], "actual": meeting(i)}),
            })
            .collect();
        let path = format!("/api/v1/sheets/{}/self-evaluation", ids[0]);
        let doc = json!({"executed_funds": "360", "indicators": lines});
        assert_eq!(put_with(&app, &path, &doc, &[]).await.status, 201);
        let res = post_step(&app, &path, "submit", None).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let mut closed = doc.clone();
        closed["sheet_id"] = json!(ids[0]);
        closed["executed_funds"] = json!("350");
        let p = upload_to(&app, "self-evaluations", "", "application/json", serde_json::to_vec(&json!([closed])).unwrap()).await.problem(422, "IMPORT_FAILED");
        assert_eq!(p["summary"]["items"][0]["issues"][0]["code"], "EVALUATION_NOT_EDITABLE", "{p}");

        // The media types of these uploads; a repeated key answers the first answer.
        let p = upload_to(&app, "monitoring", "", "text/plain", b"x".to_vec()).await.problem(415, "UNSUPPORTED_MEDIA_TYPE");
        assert!(p["detail"].as_str().unwrap().contains("text/csv"), "{p}");
        let body = serde_json::to_vec(&changed).unwrap();
        let send = |body: Vec<u8>| {
            app.send(TestRequest::post().uri("/api/v1/self-evaluations/bulk")
                .insert_header(("content-type", "application/json"))
                .insert_header(("idempotency-key", "evaluations-1"))
                .set_payload(body))
        };
        let first_answer = send(body.clone()).await;
        assert_eq!(outcomes(&first_answer.json()), ["UNCHANGED"]);
        let again = send(body).await;
        assert_eq!(again.header("idempotent-replayed"), Some("true"));
        send(b"[]".to_vec()).await.problem(422, "IDEMPOTENCY_KEY_REUSED");
    }

    async fn every_export_and_printed_form_uploads_back_unchanged(app: TestApp) {
        let (_, ids, sheets) = two_approved(&app).await;
        // Reports: 株洲 July (with reasons, a note over two lines, measures) and August, 湘潭
        // July submitted.
        for (k, month) in [(0usize, 7), (0, 8), (1, 7)] {
            let mut lines: Vec<Value> = sheets[k]["indicators"].as_array().unwrap().iter()
                .map(|i| json!({"indicator_id": i["id"], "actual": meeting(i), "expected": meeting(i), "likelihood": "CERTAIN"}))
                .collect();
            lines[0]["likelihood"] = json!("POSSIBLE");
            lines[0]["deviation_reasons"] = json!(["FUNDING", "OTHER"]);
            lines[0]["deviation_note"] = json!("配套资金未到位\n三季度到位");
            lines[0]["measures"] = json!("=加快拨付");
            let doc = json!({"executed_funds": "150.5", "expected_executed_funds": "340",
                             "goal_progress": "已举办培训6场\n对接活动3场", "indicators": lines});
            let path = format!("/api/v1/sheets/{}/monitoring/{month}", ids[k]);
            let res = put_with(&app, &path, &doc, &[]).await;
            assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        }
        let res = post_step(&app, &format!("/api/v1/sheets/{}/monitoring/7", ids[1]), "submit", None).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        // Evaluations: the worked example of §6.3 with a chosen score, and 株洲's.
        let (_, worked, worked_ids) = worked_sheet(&app, true).await;
        let mut doc = worked_evaluation(&worked_ids);
        doc["indicators"][6]["score"] = json!("11");
        doc["goal_achievement"] = json!("全年举办培训12场\n430人次");
        let res = put_with(&app, &format!("/api/v1/sheets/{worked}/self-evaluation"), &doc, &[]).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        let lines: Vec<Value> = sheets[0]["indicators"].as_array().unwrap().iter()
            .map(|i| match i["target_parsed"]["value"].is_null() {
                true => json!({"indicator_id": i["id"], "actual": "成效明显", "achievement": "ACHIEVED"}),
                false => json!({"indicator_id": i["id"], "actual": meeting(i)}),
            })
            .collect();
        let doc = json!({"executed_funds": "300", "budget_deviation_analysis": "部分项目年底结算", "indicators": lines});
        let res = put_with(&app, &format!("/api/v1/sheets/{}/self-evaluation", ids[0]), &doc, &[]).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        let before = app.snapshot().await;

        for (path, count) in [("monitoring", 3usize), ("self-evaluations", 2)] {
            for (format, media) in [
                ("json", "application/json"),
                ("csv", "text/csv"),
                ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            ] {
                let file = app.get(&format!("/api/v1/{path}/export?format={format}")).await;
                assert_eq!(file.status, 200, "{path} {format}");
                let res = upload_to(&app, path, "", media, file.body.to_vec()).await;
                assert_eq!(res.status, 200, "{path} {format}: {}", String::from_utf8_lossy(&res.body));
                assert_eq!(outcomes(&res.json()), vec!["UNCHANGED".to_string(); count], "{path} {format}: {}", res.json());
            }
        }
        // The printed forms, uploaded back.
        for (form, path) in [
            (format!("/api/v1/sheets/{}/monitoring/7/export", ids[0]), "monitoring"),
            (format!("/api/v1/sheets/{}/monitoring/7/export", ids[1]), "monitoring"),
            (format!("/api/v1/sheets/{worked}/self-evaluation/export"), "self-evaluations"),
            (format!("/api/v1/sheets/{}/self-evaluation/export", ids[0]), "self-evaluations"),
        ] {
            let file = app.get(&form).await;
            assert_eq!(file.status, 200, "{form}");
            let res = upload_to(&app, path, "", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.body.to_vec()).await;
            assert_eq!(res.status, 200, "{form}: {}", String::from_utf8_lossy(&res.body));
            assert_eq!(outcomes(&res.json()), ["UNCHANGED"], "{form}: {}", res.json());
        }
        assert_eq!(app.snapshot().await, before);
    }
}

db_tests! {
    async fn frozen_files_upload_back_after_an_indicator_is_renamed_with_its_id(app: TestApp) {
        // 湘潭's July report approved and its evaluation submitted; then the sheet is reopened,
        // its first indicator renamed (sent with its id) and approved again. The frozen report
        // and evaluation keep the old name, and so do their files: they still upload back.
        let (_, ids, sheets) = two_approved(&app).await;
        let (id, sheet) = (ids[1], &sheets[1]);
        let report = report_of(sheet, "150");
        let path = format!("/api/v1/sheets/{id}/monitoring/7");
        assert_eq!(put_with(&app, &path, &report, &[]).await.status, 201);
        let mut report = app.get(&path).await.json();
        for line in report["indicators"].as_array_mut().unwrap() {
            line["likelihood"] = json!("CERTAIN");
            line["measures"] = json!("加快进度");
        }
        assert_eq!(put_with(&app, &path, &report, &[]).await.status, 200);
        for step in ["submit", "approve"] {
            let res = post_step(&app, &path, step, None).await;
            assert_eq!(res.status, 200, "{step}: {}", String::from_utf8_lossy(&res.body));
        }
        let mut evaluation = evaluation_of(sheet, "300");
        evaluation["indicators"][0]["actual"] = json!(meeting(&sheet["indicators"][0]));
        let eval_path = format!("/api/v1/sheets/{id}/self-evaluation");
        assert_eq!(put_with(&app, &eval_path, &evaluation, &[]).await.status, 201);
        let res = post_step(&app, &eval_path, "submit", None).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));

        let sheet_path = format!("/api/v1/sheets/{id}");
        let res = post_step(&app, &sheet_path, "reopen", Some("指标更名")).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let mut doc = app.get(&sheet_path).await.json();
        let old = doc["indicators"][0]["name"].as_str().unwrap().to_string();
        doc["indicators"][0]["name"] = json!(format!("{old}（新口径）"));
        let res = put_with(&app, &sheet_path, &doc, &[]).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        approve_sheet(&app, id).await;
        assert_eq!(app.get(&path).await.json()["indicators"][0]["name"], json!(old));
        let before = app.snapshot().await;

        let region = sheet["region_code"].as_str().unwrap();
        for (kind, form) in [
            ("monitoring", format!("{path}/export")),
            ("self-evaluations", format!("{eval_path}/export")),
        ] {
            for format in ["csv", "xlsx"] {
                let media = if format == "csv" { "text/csv" } else { XLSX };
                let file = app.get(&format!("/api/v1/{kind}/export?format={format}&region_code={region}")).await;
                assert_eq!(file.status, 200, "{kind} {format}");
                let res = upload_to(&app, kind, "", media, file.body.to_vec()).await;
                assert_eq!(res.status, 200, "{kind} {format}: {}", String::from_utf8_lossy(&res.body));
                assert_eq!(outcomes(&res.json()), ["UNCHANGED"], "{kind} {format}: {}", res.json());
            }
            let file = app.get(&form).await;
            assert_eq!(file.status, 200, "{form}");
            let res = upload_to(&app, kind, "", XLSX, file.body.to_vec()).await;
            assert_eq!(res.status, 200, "{form}: {}", String::from_utf8_lossy(&res.body));
            assert_eq!(outcomes(&res.json()), ["UNCHANGED"], "{form}: {}", res.json());
        }
        assert_eq!(app.snapshot().await, before);
    }
}

/// `value` without the times a write or a read sets (`created_at`, `updated_at`, `scored_at`)
/// and the request ids, at any depth: what two databases written alike at different moments
/// hold alike.
fn timeless(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| {
                    !["created_at", "updated_at", "scored_at", "request_id"].contains(&k.as_str())
                })
                .map(|(k, v)| (k.clone(), timeless(v)))
                .collect(),
        ),
        Value::Array(list) => Value::Array(list.iter().map(timeless).collect()),
        other => other.clone(),
    }
}

/// `value` without `scored_at` (a draft evaluation is scored at each read).
fn unscored(value: &Value) -> Value {
    let mut value = value.clone();
    if let Some(map) = value.as_object_mut() {
        map.remove("scored_at");
    }
    value
}

/// A report of `sheet`: every indicator reported, the first one possibly late with its reasons,
/// the last one without a likelihood.
fn report_of(sheet: &Value, executed: &str) -> Value {
    let mut lines: Vec<Value> = sheet["indicators"].as_array().unwrap().iter()
        .map(|i| json!({"indicator_id": i["id"], "actual": meeting(i), "expected": meeting(i), "likelihood": "CERTAIN"}))
        .collect();
    lines[0]["likelihood"] = json!("POSSIBLE");
    lines[0]["deviation_reasons"] = json!(["FUNDING", "OTHER"]);
    lines[0]["deviation_note"] = json!("配套资金未到位");
    let last = lines.len() - 1;
    lines[last].as_object_mut().unwrap().remove("likelihood");
    json!({"executed_funds": executed, "expected_executed_funds": "340",
           "goal_progress": "已举办培训6场", "indicators": lines})
}

/// A self-evaluation of `sheet`: every target met but the first, which is left without a value.
fn evaluation_of(sheet: &Value, executed: &str) -> Value {
    let mut lines: Vec<Value> = sheet["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| match i["target_parsed"]["value"].is_null() {
            true => {
                json!({"indicator_id": i["id"], "actual": "成效明显", "achievement": "ACHIEVED"})
            }
            false => json!({"indicator_id": i["id"], "actual": meeting(i)}),
        })
        .collect();
    lines[0] = json!({"indicator_id": sheet["indicators"][0]["id"]});
    json!({"executed_funds": executed, "budget_deviation_analysis": "部分项目年底结算",
           "indicators": lines})
}

db_tests! {
    async fn json_bodies_are_read_element_by_element_with_the_whole_document_rules(app: TestApp) {
        let (_, ids, sheets) = two_approved(&app).await;
        let send = |body: &str| upload_to(&app, "monitoring", "?dry_run=true", "application/json", body.as_bytes().to_vec());
        // Not an array: 400 naming what is expected; broken JSON: 400 with the parser's words.
        let p = send(r#"{"sheet_id": 1}"#).await.problem(400, "INVALID_BODY");
        assert!(p["detail"].as_str().unwrap().contains("array"), "{p}");
        send(r#"[{"sheet_id": 1}"#).await.problem(400, "MALFORMED_JSON");
        send(r#"[{"sheet_id": 1}] x"#).await.problem(400, "MALFORMED_JSON");
        // A number the strict reader refuses, in the second element, refuses the whole body.
        let line = json!({"indicator_id": sheets[0]["indicators"][0]["id"], "expected": "1", "likelihood": "CERTAIN"});
        let good = json!({"sheet_id": ids[0], "month": 7, "executed_funds": "1", "indicators": [line]});
        let p = send(&format!("[{good}, {{\"sheet_id\": {}, \"month\": 7, \"executed_funds\": 1e999}}]", ids[1]))
            .await;
        assert_eq!(p.status, 400, "{}", String::from_utf8_lossy(&p.body));
        // Whitespace around the array, and an empty array, are fine.
        let res = send(&format!("\n  [ {good} ]\n")).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        assert_eq!(res.json()["created"], 1, "{}", res.json());
        assert_eq!(send(" [] ").await.json()["items"], json!([]));
    }

    async fn an_upload_stores_what_the_same_puts_store(app: TestApp) {
        // Two databases set up alike: on `app` the items are written one by one with PUT, on
        // `other` by one upload of each kind.
        let other = TestApp::new(app.backend()).await;
        let (_, ids, sheets) = two_approved(&app).await;
        let (_, other_ids, _) = two_approved(&other).await;
        assert_eq!(ids, other_ids);
        let (s0, s1) = (ids[0], ids[1]);
        let report_path = |sheet: i64, month: u32| format!("/api/v1/sheets/{sheet}/monitoring/{month}");
        let evaluation_path = |sheet: i64| format!("/api/v1/sheets/{sheet}/self-evaluation");
        // On both: a report to change, a report deleted (made again, its versions continue) and
        // an evaluation to change.
        for a in [&app, &other] {
            let res = put_with(a, &report_path(s0, 7), &report_of(&sheets[0], "150"), &[]).await;
            assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
            let res = put_with(a, &report_path(s1, 8), &report_of(&sheets[1], "80"), &[]).await;
            assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
            assert_eq!(a.delete(&report_path(s1, 8), None).await.status, 204);
            let res = put_with(a, &evaluation_path(s0), &evaluation_of(&sheets[0], "300"), &[]).await;
            assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        }
        let reports = [
            (s0, 7, report_of(&sheets[0], "160"), "UPDATED"),
            (s1, 7, report_of(&sheets[1], "90"), "CREATED"),
            (s1, 8, report_of(&sheets[1], "95"), "CREATED"),
            (s0, 8, report_of(&sheets[0], "170"), "CREATED"),
        ];
        let evaluations = [
            (s0, evaluation_of(&sheets[0], "310"), "UPDATED"),
            (s1, evaluation_of(&sheets[1], "200"), "CREATED"),
        ];

        // One by one: each PUT answers what GET then returns.
        for (sheet, month, doc, _) in &reports {
            let res = put_with(&app, &report_path(*sheet, *month), doc, &[]).await;
            assert!(res.status.is_success(), "{}", String::from_utf8_lossy(&res.body));
            assert_eq!(res.json(), app.get(&report_path(*sheet, *month)).await.json());
        }
        for (sheet, doc, _) in &evaluations {
            let res = put_with(&app, &evaluation_path(*sheet), doc, &[]).await;
            assert!(res.status.is_success(), "{}", String::from_utf8_lossy(&res.body));
            assert_eq!(unscored(&res.json()), unscored(&app.get(&evaluation_path(*sheet)).await.json()));
        }

        // At once: new and existing items in one upload of each kind.
        let items: Vec<Value> = reports.iter().map(|(sheet, month, doc, _)| {
            let mut item = doc.clone();
            item["sheet_id"] = json!(sheet);
            item["month"] = json!(month);
            item
        }).collect();
        let res = upload_to(&other, "monitoring", "", "application/json", serde_json::to_vec(&items).unwrap()).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let summary = res.json();
        assert_eq!(outcomes(&summary), reports.iter().map(|r| r.3).collect::<Vec<_>>(), "{summary}");
        let items: Vec<Value> = evaluations.iter().map(|(sheet, doc, _)| {
            let mut item = doc.clone();
            item["sheet_id"] = json!(sheet);
            item
        }).collect();
        let res = upload_to(&other, "self-evaluations", "", "application/json", serde_json::to_vec(&items).unwrap()).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let evaluation_summary = res.json();
        assert_eq!(outcomes(&evaluation_summary), evaluations.iter().map(|e| e.2).collect::<Vec<_>>(), "{evaluation_summary}");

        // The same stored reports and evaluations, the same history, and each latest snapshot
        // is what GET returns.
        let mut paths: Vec<(String, bool)> = reports.iter().map(|(s, m, _, _)| (report_path(*s, *m), true)).collect();
        paths.extend(evaluations.iter().map(|(s, _, _)| (evaluation_path(*s), false)));
        for (k, (path, is_report)) in paths.iter().enumerate() {
            let one_by_one = app.get(path).await.json();
            let at_once = other.get(path).await.json();
            assert_eq!(timeless(&one_by_one), timeless(&at_once), "{path}");
            let revisions = app.get(&format!("{path}/revisions")).await.json();
            assert_eq!(timeless(&revisions), timeless(&other.get(&format!("{path}/revisions")).await.json()), "{path}");
            let versions: Vec<i64> = revisions["items"].as_array().unwrap().iter()
                .map(|r| r["version"].as_i64().unwrap()).collect();
            for v in &versions {
                let mine = app.get(&format!("{path}/revisions/{v}")).await.json();
                let theirs = other.get(&format!("{path}/revisions/{v}")).await.json();
                assert_eq!(timeless(&mine), timeless(&theirs), "{path} version {v}");
            }
            let latest = other.get(&format!("{path}/revisions/{}", versions.last().unwrap())).await.json();
            if *is_report {
                assert_eq!(latest["snapshot"], at_once, "{path}");
                assert_eq!(summary["items"][k]["issues"], at_once["issues"], "{path}");
            } else {
                assert_eq!(unscored(&latest["snapshot"]), unscored(&at_once), "{path}");
                assert_eq!(evaluation_summary["items"][k - reports.len()]["issues"], at_once["issues"], "{path}");
            }
        }
        // The deleted report made again continues its numbering.
        assert_eq!(other.get(&report_path(s1, 8)).await.json()["version"], 3);
    }
}

db_tests! {
    async fn a_large_upload_answers_and_writes_every_item_in_its_place(app: TestApp) {
        // 150 items, more than one thread's share of checks: the 24 reports of two sheets (every
        // month), each at every sixth place, between items that fail for a missing sheet or a
        // month out of range. Each answer must be at its item's index, and each report hold its
        // own figures.
        let (_, ids, sheets) = two_approved(&app).await;
        let mut items = Vec::new();
        let mut expected = Vec::new();
        let mut valid = 0;
        for index in 0..150 {
            if index % 6 == 0 && valid < 24 {
                let (sheet, month) = (valid % 2, valid / 2 + 1);
                let mut item = report_of(&sheets[sheet], &format!("{}", 100 + valid));
                item["sheet_id"] = json!(ids[sheet]);
                item["month"] = json!(month);
                items.push(item);
                expected.push(("CREATED", None, Some((ids[sheet], month, 100 + valid))));
                valid += 1;
            } else if index % 2 == 0 {
                let mut item = report_of(&sheets[0], "1");
                item["sheet_id"] = json!(900_000 + index);
                item["month"] = json!(7);
                items.push(item);
                expected.push(("FAILED", Some("SHEET_NOT_FOUND"), None));
            } else {
                let mut item = report_of(&sheets[1], "1");
                item["sheet_id"] = json!(ids[1]);
                item["month"] = json!(13);
                items.push(item);
                expected.push(("FAILED", Some("VALUE_INVALID"), None));
            }
        }
        assert_eq!(valid, 24);
        let body = serde_json::to_vec(&items).unwrap();
        let res = upload_to(&app, "monitoring", "?mode=partial", "application/json", body).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let summary = res.json();
        assert_eq!(summary["created"], 24, "{summary}");
        assert_eq!(summary["failed"], 126, "{summary}");
        let answered = summary["items"].as_array().unwrap();
        assert_eq!(answered.len(), 150);
        for (index, (item, (outcome, code, report))) in answered.iter().zip(&expected).enumerate() {
            assert_eq!(item["index"], index, "{item}");
            assert_eq!(item["outcome"], *outcome, "item {index}: {item}");
            if let Some(code) = code {
                assert_eq!(item["issues"][0]["code"], *code, "item {index}: {item}");
            }
            if let Some((sheet_id, month, _)) = report {
                assert_eq!(item["sheet_id"], *sheet_id, "item {index}: {item}");
                assert_eq!(item["key"]["month"], *month, "item {index}: {item}");
            }
        }
        for (sheet_id, month, executed) in expected.iter().filter_map(|e| e.2) {
            let report = app.get(&format!("/api/v1/sheets/{sheet_id}/monitoring/{month}")).await.json();
            assert_eq!(report["executed_funds"], executed.to_string(), "{report}");
            assert_eq!(report["version"], 1, "{report}");
            // The revision the upload recorded holds the report as GET returns it.
            let first = app.get(&format!("/api/v1/sheets/{sheet_id}/monitoring/{month}/revisions/1")).await.json();
            assert_eq!(first["snapshot"], report, "{first}");
        }
    }

    async fn an_upload_of_more_than_a_thousand_items_is_one_upload(app: TestApp) {
        // Uploads are found, checked and written a thousand items at a time: across that
        // boundary the indexes run on, a second item for the same report is still refused, and
        // an atomic upload with failures saves nothing, not even the report its first thousand
        // wrote (item 10) before the second was checked.
        let (_, ids, sheets) = two_approved(&app).await;
        let report = |sheet: usize, month: u32, executed: &str| {
            let mut item = report_of(&sheets[sheet], executed);
            item["sheet_id"] = json!(ids[sheet]);
            item["month"] = json!(month);
            item
        };
        let mut items: Vec<Value> = (0..1_050)
            .map(|k| json!({"sheet_id": 900_000 + k, "month": 7, "executed_funds": "1", "indicators": []}))
            .collect();
        items[10] = report(0, 7, "110");
        items[1_010] = report(0, 7, "120");
        items[1_020] = report(1, 8, "130");
        let body = serde_json::to_vec(&items).unwrap();
        let p = upload_to(&app, "monitoring", "", "application/json", body.clone()).await.problem(422, "IMPORT_FAILED");
        assert_eq!(p["summary"]["failed"], 1_048, "{}", p["summary"]["failed"]);
        app.get(&format!("/api/v1/sheets/{}/monitoring/7", ids[0])).await.problem(404, "REPORT_NOT_FOUND");

        let res = upload_to(&app, "monitoring", "?mode=partial", "application/json", body).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let summary = res.json();
        let answered = summary["items"].as_array().unwrap();
        assert_eq!(answered.len(), 1_050);
        assert!(answered.iter().enumerate().all(|(k, i)| i["index"] == k), "indexes in order");
        let at = |k: usize| (answered[k]["outcome"].as_str().unwrap(), answered[k]["issues"][0]["code"].as_str().unwrap_or(""));
        assert_eq!(at(10).0, "CREATED");
        assert_eq!(at(1_010), ("FAILED", "DUPLICATE_ITEM"));
        assert_eq!(at(1_020).0, "CREATED");
        assert_eq!(at(1_049), ("FAILED", "SHEET_NOT_FOUND"));
        assert_eq!((summary["created"].as_u64(), summary["failed"].as_u64()), (Some(2), Some(1_048)));
        for (sheet, month, executed) in [(0, 7, "110"), (1, 8, "130")] {
            let report = app.get(&format!("/api/v1/sheets/{}/monitoring/{month}", ids[sheet])).await.json();
            assert_eq!(report["executed_funds"], executed, "{report}");
        }
    }
}
