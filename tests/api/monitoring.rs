//! In-year monitoring (SPEC §5), through HTTP on both backends: a seed sheet from approval
//! through a July report (draft → submit → approve), every outlook rule and check of §5.2, the
//! preconditions, roles, figures frozen at submit, the lifecycle rules on sheets, and a fund's
//! picture with a grey, a yellow, a red and a green region.

use actix_web::test::TestRequest;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::str::FromStr;

use crate::common::*;

const ZHUZHOU: &str = "430200";
const XIANGTAN: &str = "430300";

/// The sheet's indicators as `GET` returns them.
async fn indicators(app: &TestApp, id: i64) -> Vec<Value> {
    app.get(&format!("/api/v1/sheets/{id}")).await.json()["indicators"]
        .as_array()
        .unwrap()
        .clone()
}

/// A value that meets a seed target exactly: its own number and unit for a level, a growth
/// of 8% for a growth, words for a qualitative target.
fn meeting(indicator: &Value) -> String {
    let parsed = &indicator["target_parsed"];
    match parsed["kind"].as_str().unwrap() {
        "QUANTITATIVE" => format!(
            "{}{}",
            parsed["value"],
            parsed["unit"].as_str().unwrap_or_default()
        ),
        "RELATIVE" => "同比增长8%".into(),
        _ => "积极推动".into(),
    }
}

/// 省级资金 + 市、区拟配套资金 of a sheet as `GET` returns it, exact.
fn budget_of(sheet: &Value) -> Decimal {
    let amount = |v: &Value| {
        v.as_str()
            .map_or(Decimal::ZERO, |s| Decimal::from_str(s).unwrap())
    };
    amount(&sheet["provincial_funds"]) + amount(&sheet["matching_funds"])
}

fn decimal(v: &Value) -> Decimal {
    Decimal::from_str(v.as_str().unwrap()).unwrap()
}

/// A report line for every indicator, each certain and meeting its target.
pub(crate) fn on_track(indicators: &[Value]) -> Vec<Value> {
    indicators
        .iter()
        .map(|i| {
            json!({"indicator_id": i["id"], "actual": meeting(i), "expected": meeting(i),
                   "likelihood": "CERTAIN"})
        })
        .collect()
}

db_tests! {
    async fn a_july_report_from_approval_to_approval(app: TestApp) {
        let (_, ids) = app.load_example().await;
        let zz = ids[0];
        let sheet_path = format!("/api/v1/sheets/{zz}");
        let path = format!("{sheet_path}/monitoring/7");
        let inds = indicators(&app, zz).await;
        let mut doc = json!({"executed_funds": "150", "expected_executed_funds": "340",
                             "goal_progress": "已举办培训6场", "indicators": on_track(&inds)});

        // A sheet that is not approved takes no report; the months are 1–12.
        put_with(&app, &path, &doc, &[]).await.problem(409, "SHEET_NOT_APPROVED");
        // Checking it says so too (the same checks as PUT, as a verdict), with its figures.
        let v = app.post(&format!("{path}/validate"), &doc).await.json();
        assert_eq!((&v["valid"], &v["issues"][0]["code"], &v["issues"][0]["path"]), (&json!(false), &json!("SHEET_NOT_APPROVED"), &json!("")), "{v}");
        assert_eq!(v["report"]["time_progress"], "58.33");
        approve_sheet(&app, zz).await;
        let v = app.post(&format!("{path}/validate"), &doc).await.json();
        assert_eq!(v["valid"], true, "{v}");
        for month in ["0", "13", "july"] {
            let p = put_with(&app, &format!("{sheet_path}/monitoring/{month}"), &doc, &[])
                .await
                .problem(400, "INVALID_PATH_PARAMETER");
            assert_eq!(p["errors"][0]["parameter"], "month", "{p}");
        }
        app.get(&path).await.problem(404, "REPORT_NOT_FOUND");
        // If-Match on a report that does not exist yet.
        put_with(&app, &path, &doc, &[("if-match", "\"1\"")]).await.problem(412, "PRECONDITION_FAILED");

        // Created: 201, Location, ETag; the figures of §5.1, exact.
        let res = put_with(&app, &path, &doc, &[("if-none-match", "*")]).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        assert_eq!(res.header("location"), Some(path.as_str()));
        assert_eq!(res.etag(), "\"1\"");
        let body = res.json();
        assert_eq!(body["status"], "DRAFT");
        assert_eq!(body["budget"], "360", "260 + 100");
        assert_eq!(body["execution_rate"], "41.67", "150 ÷ 360");
        assert_eq!(body["time_progress"], "58.33", "7 ÷ 12");
        assert_eq!(body["behind_schedule"], true);
        assert!(has(&body["issues"], "WARNING", "BEHIND_SCHEDULE", "/executed_funds"), "{body}");
        let outlooks: Vec<&str> = body["indicators"].as_array().unwrap().iter()
            .map(|l| l["outlook"].as_str().unwrap()).collect();
        assert_eq!(outlooks, vec!["ON_TRACK"; inds.len()]);
        let first = &body["indicators"][0];
        assert_eq!(first["target"], "1000");
        assert_eq!(first["expected_parsed"], json!({"kind": "LEVEL", "value": 1000, "unit": null, "basis": null, "date": null}));
        assert_eq!(body["indicators"][2]["expected_parsed"]["kind"], "CHANGE", "正增长 takes a growth");
        assert_eq!(body["indicators"][8]["expected_parsed"]["kind"], "TEXT", "积极 takes words");

        // GET gives it back; what GET gives can be PUT back unchanged (same version, 200).
        let got = app.get(&path).await;
        assert_eq!(got.etag(), "\"1\"");
        assert_eq!(got.json(), body);
        let res = put_with(&app, &path, &got.json(), &[]).await;
        assert_eq!((res.status.as_u16(), res.etag()), (200, "\"1\"".to_string()));
        // Not so a document with errors that reading drops (a line without its indicator, a
        // negative amount, a reason twice): refused for them, never taken for the stored one.
        for (k, change) in [
            (None, json!({"actual": "5场"})),
            (Some("expected_executed_funds"), json!("-5")),
        ] {
            let mut with_errors = got.json();
            match k {
                None => with_errors["indicators"].as_array_mut().unwrap().push(change),
                Some(field) => with_errors[field] = change,
            }
            put_with(&app, &path, &with_errors, &[]).await.problem(422, "VALIDATION_FAILED");
        }
        let mut twice = got.json();
        twice["indicators"][0]["deviation_reasons"] = json!(["FUNDING", "FUNDING"]);
        put_with(&app, &path, &twice, &[]).await.problem(422, "VALIDATION_FAILED");
        // If-None-Match: * on an existing report; a stale If-Match.
        put_with(&app, &path, &doc, &[("if-none-match", "*")]).await.problem(412, "PRECONDITION_FAILED");
        put_with(&app, &path, &doc, &[("if-match", "\"7\"")]).await.problem(412, "PRECONDITION_FAILED");

        // Every outlook rule: POSSIBLE → AT_RISK; a comparable expected value that misses →
        // OFF_TRACK, worse than CERTAIN (with OUTLOOK_INCONSISTENT); neither → NOT_ASSESSED.
        doc["indicators"][0]["likelihood"] = json!("POSSIBLE");
        doc["indicators"][7]["expected"] = json!("8场");
        doc["indicators"][1] = json!({"indicator_id": inds[1]["id"], "actual": "12"});
        let res = put_with(&app, &path, &doc, &[("if-match", "\"1\"")]).await;
        assert_eq!((res.status.as_u16(), res.etag()), (200, "\"2\"".to_string()));
        let body = res.json();
        let outlook = |k: usize| body["indicators"][k]["outlook"].as_str().unwrap().to_string();
        assert_eq!((outlook(0), outlook(1), outlook(7)), ("AT_RISK".into(), "NOT_ASSESSED".into(), "OFF_TRACK".into()));
        let issues = &body["issues"];
        assert!(has(issues, "WARNING", "OUTLOOK_INCONSISTENT", "/indicators/7/likelihood"), "{issues}");
        assert!(has(issues, "WARNING", "DEVIATION_REASON_REQUIRED", "/indicators/0/deviation_reasons"), "{issues}");
        assert!(has(issues, "WARNING", "DEVIATION_REASON_REQUIRED", "/indicators/7/deviation_reasons"), "{issues}");
        assert!(has(issues, "WARNING", "LIKELIHOOD_REQUIRED", "/indicators/1/likelihood"), "{issues}");

        // Submitting makes the *submit* checks errors: 422, nothing changes.
        let p = post_step(&app, &path, "submit", None).await.problem(422, "VALIDATION_FAILED");
        let errors = codes_at(&p["errors"], "ERROR");
        assert!(errors.contains(&("DEVIATION_REASON_REQUIRED".into(), "/indicators/0/deviation_reasons".into())), "{p}");
        assert!(errors.contains(&("LIKELIHOOD_REQUIRED".into(), "/indicators/1/likelihood".into())), "{p}");
        assert_eq!(app.get(&path).await.etag(), "\"2\"");

        // Reasons and measures given: submitted.
        for k in [0, 7] {
            doc["indicators"][k]["deviation_reasons"] = json!(["FUNDING", "OTHER"]);
            doc["indicators"][k]["deviation_note"] = json!("配套资金未到位");
            doc["indicators"][k]["measures"] = json!("三季度集中开展");
        }
        doc["indicators"][1]["likelihood"] = json!("CERTAIN");
        doc["indicators"][1]["expected"] = json!("20");
        assert_eq!(put_with(&app, &path, &doc, &[]).await.etag(), "\"3\"");

        // Only the sheet's region submits; another submitter is refused.
        app.as_role(Role::Submitter(vec![XIANGTAN.into()]));
        put_with(&app, &path, &doc, &[]).await.problem(403, "FORBIDDEN");
        post_step(&app, &path, "submit", None).await.problem(403, "FORBIDDEN");
        app.as_role(Role::Submitter(vec![ZHUZHOU.into()]));
        let res = post_step(&app, &path, "submit", None).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        assert_eq!((res.json()["status"].as_str(), res.etag()), (Some("SUBMITTED"), "\"4\"".to_string()));

        // A submitted report cannot change; the same document is still 200 with its version.
        let mut changed = doc.clone();
        changed["executed_funds"] = json!("151");
        put_with(&app, &path, &changed, &[]).await.problem(409, "REPORT_NOT_EDITABLE");
        assert_eq!(put_with(&app, &path, &doc, &[]).await.etag(), "\"4\"");
        post_step(&app, &path, "approve", None).await.problem(403, "FORBIDDEN");

        // The reviewer approves.
        app.as_role(Role::Reviewer);
        let res = post_step(&app, &path, "approve", Some("同意")).await;
        assert_eq!(res.json()["status"], "APPROVED");
        let approved = res.json();

        // Frozen: the sheet reopened and a target changed (its id kept) leaves the report as
        // it was submitted.
        app.as_role(Role::Admin);
        post_step(&app, &sheet_path, "reopen", Some("调整活动场次")).await;
        let mut sheet_doc = app.get(&sheet_path).await.json();
        sheet_doc["indicators"][7]["target"] = json!("5场以上");
        let res = app.put(&sheet_path, &sheet_doc, None).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let frozen = app.get(&path).await.json();
        assert_eq!(frozen["indicators"][7]["target"], "10场以上");
        assert_eq!(frozen["indicators"][7]["outlook"], "OFF_TRACK");
        assert_eq!(frozen, approved);
        // Sent back as it is, the frozen report writes nothing though its sheet is reopened:
        // 200 with its version; a change is refused (the sheet is not approved).
        let res = put_with(&app, &path, &frozen, &[]).await;
        assert_eq!((res.status.as_u16(), res.etag()), (200, "\"5\"".to_string()));
        assert_eq!(res.json(), approved);
        put_with(&app, &path, &changed, &[]).await.problem(409, "SHEET_NOT_APPROVED");
        // Not so one with errors that reading drops (a line without its indicator): the rule
        // error and both conflicts (the sheet reopened, the report approved) in one 422.
        let mut with_errors = frozen.clone();
        with_errors["indicators"].as_array_mut().unwrap().push(json!({"actual": "5场"}));
        let p = put_with(&app, &path, &with_errors, &[]).await.problem(422, "VALIDATION_FAILED");
        let listed: Vec<&str> = p["errors"].as_array().unwrap().iter()
            .map(|e| e["code"].as_str().unwrap()).collect();
        assert_eq!(listed, ["REQUIRED", "SHEET_NOT_APPROVED", "REPORT_NOT_EDITABLE"], "{p}");
        // validate answers the same verdict, and nothing for the report sent back as it is.
        let v = app.post(&format!("{path}/validate"), &with_errors).await.json();
        let listed: Vec<&str> = v["issues"].as_array().unwrap().iter()
            .filter(|e| e["severity"] == "ERROR").map(|e| e["code"].as_str().unwrap()).collect();
        assert_eq!(listed, ["SHEET_NOT_APPROVED", "REPORT_NOT_EDITABLE", "REQUIRED"], "{v}");
        let v = app.post(&format!("{path}/validate"), &frozen).await.json();
        assert_eq!(v["valid"], true, "{v}");

        // An indicator a report uses cannot be removed by a sheet write.
        let mut fewer = sheet_doc.clone();
        fewer["indicators"].as_array_mut().unwrap().remove(3);
        let p = app.put(&sheet_path, &fewer, None).await.problem(409, "INDICATOR_IN_USE");
        assert_eq!(p["errors"][0]["code"], "INDICATOR_IN_USE");
        assert!(p["detail"].as_str().unwrap().contains("资金使用合规性"), "{p}");

        // Reopening the report computes afresh: the new target is met by 8场.
        let res = post_step(&app, &path, "reopen", Some("目标已调整")).await;
        assert_eq!(res.json()["status"], "DRAFT");
        assert_eq!(res.json()["indicators"][7]["outlook"], "ON_TRACK");

        // The report's history.
        let revisions = app.get(&format!("{path}/revisions")).await.json();
        let actions: Vec<&str> = revisions["items"].as_array().unwrap().iter()
            .map(|r| r["action"].as_str().unwrap()).collect();
        assert_eq!(actions, ["CREATE", "UPDATE", "UPDATE", "SUBMIT", "APPROVE", "REOPEN"]);
        let v5 = app.get(&format!("{path}/revisions/5")).await.json();
        assert_eq!(v5["snapshot"], approved);
        assert_eq!(v5["actor"]["role"], "REVIEWER");

        // The sheet's list of reports.
        let list = app.get(&format!("{sheet_path}/monitoring")).await.json();
        assert_eq!(list["items"].as_array().unwrap().len(), 1);
        assert_eq!(list["items"][0]["month"], 7);

        // Deleting the sheet: 409 while it has reports, unless an administrator forces it.
        app.delete(&sheet_path, None).await.problem(409, "SHEET_IN_USE");
        app.as_role(Role::Submitter(vec![ZHUZHOU.into()]));
        app.delete(&format!("{sheet_path}?force=true"), None).await.problem(403, "FORBIDDEN");
        app.as_role(Role::Admin);
        let res = app.delete(&format!("{sheet_path}?force=true"), None).await;
        assert_eq!(res.status, 204, "{}", String::from_utf8_lossy(&res.body));
        app.get(&path).await.problem(404, "SHEET_NOT_FOUND");
        // The report's history outlives it, ending with its deletion.
        let revisions = app.get(&format!("{path}/revisions")).await.json();
        let actions: Vec<&str> = revisions["items"].as_array().unwrap().iter()
            .map(|r| r["action"].as_str().unwrap()).collect();
        assert_eq!(actions.last(), Some(&"DELETE"), "{revisions}");
        app.get(&format!("{sheet_path}/monitoring/8/revisions")).await.problem(404, "REPORT_NOT_FOUND");
    }

    async fn each_check_of_section_5_2(app: TestApp) {
        let (_, ids) = app.load_example().await;
        let zz = ids[0];
        approve_sheet(&app, zz).await;
        let inds = indicators(&app, zz).await;
        let path = format!("/api/v1/sheets/{zz}/monitoring/6");
        let mut lines = on_track(&inds);
        lines[7]["actual"] = json!("6人次");          // another unit
        lines[7]["expected"] = json!("≥12场");        // a comparator
        lines[0]["actual"] = json!("≥abc");           // malformed
        lines[1]["likelihood"] = Value::Null;          // no likelihood
        lines[8]["actual"] = json!("6场");             // a number for a qualitative target
        lines[2]["expected"] = json!("1200家");        // a level for a change (正增长)
        lines.push(json!({"indicator_id": 999999, "actual": "1"}));
        let mut twice = lines[3].clone();               // twice, with another value
        twice["expected"] = json!("90%");
        lines.push(twice);
        lines.remove(9);                                // 满意度 not reported
        let doc = json!({"executed_funds": "400", "expected_executed_funds": "300", "indicators": lines});

        let res = app.post(&format!("{path}/validate"), &doc).await;
        assert_eq!(res.status, 200);
        let v = res.json();
        assert_eq!(v["valid"], false);
        let issues = &v["issues"];
        for (code, p) in [
            ("ACTUAL_NOT_COMPARABLE", "/indicators/7/actual"),
            ("ACTUAL_NOT_COMPARABLE", "/indicators/7/expected"),
            ("TARGET_MALFORMED", "/indicators/0/actual"),
            ("ACTUAL_NOT_COMPARABLE", "/indicators/8/actual"),
            ("ACTUAL_NOT_COMPARABLE", "/indicators/2/expected"),
            ("UNKNOWN_INDICATOR", "/indicators/9/indicator_id"),
            ("DUPLICATE_INDICATOR", "/indicators/10/indicator_id"),
        ] {
            assert!(has(issues, "ERROR", code, p), "{code} at {p}: {issues}");
        }
        for (code, p) in [
            ("LIKELIHOOD_REQUIRED", "/indicators/1/likelihood"),
            ("INDICATOR_NOT_REPORTED", "/indicators"),
            ("EXECUTED_EXCEEDS_BUDGET", "/executed_funds"),
            ("EXPECTED_BELOW_EXECUTED", "/expected_executed_funds"),
        ] {
            assert!(has(issues, "WARNING", code, p), "{code} at {p}: {issues}");
        }
        assert!(!has(issues, "WARNING", "BEHIND_SCHEDULE", "/executed_funds"), "400 of 360 is ahead");
        // Each line shows as sent, the one sent twice too (the unknown one has no figures).
        let shown = &v["report"]["indicators"];
        assert_eq!((&shown[3]["expected"], &shown[9]["expected"]), (&lines[3]["expected"], &json!("90%")), "{shown}");
        assert_eq!(shown[9]["expected_parsed"]["value"], json!(90), "{shown}");
        assert_eq!(v["report"]["budget"], "360");
        // English on request.
        let res = app.send(TestRequest::post().uri(&format!("{path}/validate"))
            .insert_header(("content-type", "application/json"))
            .insert_header(("accept-language", "en"))
            .set_payload(doc.to_string())).await;
        let msg = res.json()["issues"].as_array().unwrap().iter()
            .find(|i| i["code"] == "UNKNOWN_INDICATOR").unwrap()["message"].clone();
        assert!(msg.as_str().unwrap().contains("not one of this sheet's"), "{msg}");

        // PUT refuses the same document with every error, and stores nothing.
        let p = put_with(&app, &path, &doc, &[]).await.problem(422, "VALIDATION_FAILED");
        assert_eq!(codes_at(&p["errors"], "ERROR").len(), 7, "{p}");
        app.get(&path).await.problem(404, "REPORT_NOT_FOUND");
        // Field checks: executed funds required, a negative amount, an unknown likelihood.
        let p = put_with(&app, &path, &json!({"indicators": []}), &[]).await.problem(422, "VALIDATION_FAILED");
        assert_eq!(p["errors"][0]["path"], "/executed_funds");
        let p = put_with(&app, &path, &json!({"executed_funds": "-1"}), &[]).await.problem(422, "VALIDATION_FAILED");
        assert_eq!(p["errors"][0]["code"], "AMOUNT_NEGATIVE");
        // A refused amount raises no warning computed from it (the figures stood on 0 instead).
        let v = app.post(&format!("{path}/validate"), &json!({"executed_funds": "-1", "indicators": on_track(&inds)})).await.json();
        assert_eq!(codes_at(&v["issues"], "ERROR"), [("AMOUNT_NEGATIVE".to_string(), "/executed_funds".to_string())], "{v}");
        assert!(codes_at(&v["issues"], "WARNING").is_empty(), "{v}");
        let v = app.post(&format!("{path}/validate"), &json!({"executed_funds": "1", "indicators": on_track(&inds)})).await.json();
        assert!(has(&v["issues"], "WARNING", "BEHIND_SCHEDULE", "/executed_funds"), "1 of 360 by June is behind: {v}");
        put_with(&app, &path, &json!({"executed_funds": "1", "indicators": [{"indicator_id": inds[0]["id"], "likelihood": "MAYBE"}]}), &[])
            .await
            .problem(400, "INVALID_BODY");
        // A range written backwards is the grammar's own error, at the value.
        let mut backwards = on_track(&inds);
        backwards[4]["expected"] = json!("95%-92%");
        let v = app.post(&format!("{path}/validate"), &json!({"executed_funds": "200", "indicators": backwards})).await.json();
        assert!(has(&v["issues"], "ERROR", "TARGET_RANGE_INVERTED", "/indicators/4/expected"), "{v}");
        assert_eq!(codes_at(&v["issues"], "ERROR").len(), 1, "{v}");
        // A report that is not there: 404 for its steps and deletion.
        post_step(&app, &path, "submit", None).await.problem(404, "REPORT_NOT_FOUND");
        app.delete(&path, None).await.problem(404, "REPORT_NOT_FOUND");
        // An indicator left out is a warning on save and an error on submit, which changes
        // nothing.
        let mut missing = on_track(&inds);
        missing.pop();
        let res = put_with(&app, &path, &json!({"executed_funds": "200", "indicators": missing}), &[]).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        assert!(has(&res.json()["issues"], "WARNING", "INDICATOR_NOT_REPORTED", "/indicators"), "{}", res.json());
        let p = post_step(&app, &path, "submit", None).await.problem(422, "VALIDATION_FAILED");
        assert_eq!(codes_at(&p["errors"], "ERROR"), [("INDICATOR_NOT_REPORTED".to_string(), "/indicators".to_string())], "{p}");
        let got = app.get(&path).await;
        assert_eq!((got.json()["status"].as_str(), got.etag()), (Some("DRAFT"), "\"1\"".to_string()));
    }

    async fn the_fund_picture_has_a_grey_a_yellow_a_red_and_a_green_region(app: TestApp) {
        let (fund_id, ids) = app.load_example().await;
        // 株洲 green, 湘潭 yellow, 衡阳 red, 邵阳 approved without a report (grey); the others
        // are drafts without reports and not in the picture.
        for id in &ids[..4] {
            approve_sheet(&app, *id).await;
        }
        let mut budgets = Vec::new();
        for (k, id) in ids[..3].iter().enumerate() {
            let inds = indicators(&app, *id).await;
            let sheet = app.get(&format!("/api/v1/sheets/{id}")).await.json();
            let budget = budget_of(&sheet);
            budgets.push(budget);
            let mut lines = on_track(&inds);
            match k {
                1 => {
                    lines[0]["likelihood"] = json!("POSSIBLE");
                    lines[0]["deviation_reasons"] = json!(["STAFFING"]);
                    lines[0]["measures"] = json!("增派人员");
                }
                2 => {
                    lines[1]["likelihood"] = json!("IMPOSSIBLE");
                    lines[1]["deviation_reasons"] = json!(["FUNDING"]);
                    lines[1]["measures"] = json!("调整计划");
                }
                _ => {}
            }
            // Exactly on schedule: 7/12 of the budget, to the 元.
            let executed = (budget * Decimal::from(7) / Decimal::from(12))
                .round_dp_with_strategy(4, rust_decimal::RoundingStrategy::ToPositiveInfinity)
                .normalize()
                .to_string();
            let path = format!("/api/v1/sheets/{id}/monitoring/7");
            let res = put_with(&app, &path, &json!({"executed_funds": executed, "indicators": lines}), &[]).await;
            assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
            assert_eq!(res.json()["behind_schedule"], false, "{}", res.json());
            let res = post_step(&app, &path, "submit", None).await;
            assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        }
        // A draft report of the fourth region does not count.
        let inds = indicators(&app, ids[3]).await;
        let res = put_with(&app, &format!("/api/v1/sheets/{}/monitoring/7", ids[3]),
            &json!({"executed_funds": "1", "indicators": on_track(&inds)}), &[]).await;
        assert_eq!(res.status, 201);

        let picture = app.get(&format!("/api/v1/funds/{fund_id}/monitoring?month=7")).await.json();
        assert_eq!(picture["time_progress"], "58.33");
        let rows = picture["regions"].as_array().unwrap();
        assert_eq!(rows.len(), 4, "{picture}");
        let lights: Vec<&str> = rows.iter().map(|r| r["light"].as_str().unwrap()).collect();
        assert_eq!(lights, ["GREEN", "YELLOW", "RED", "GREY"]);
        let codes: Vec<&str> = rows.iter().map(|r| r["region_code"].as_str().unwrap()).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        assert_eq!(codes, sorted, "by region code");
        assert_eq!(rows[3]["report_status"], "DRAFT");
        assert_eq!(rows[3]["executed_funds"], Value::Null);
        assert_eq!(rows[3]["outlook"], Value::Null);
        assert_eq!(rows[1]["outlook"]["AT_RISK"], 1);
        assert_eq!(rows[2]["outlook"]["OFF_TRACK"], 1);
        assert_eq!(rows[0]["outlook"]["ON_TRACK"], indicators(&app, ids[0]).await.len());
        assert_eq!(rows[0]["report_status"], "SUBMITTED");
        // Totals: every row's budget, the counted reports' executed funds.
        let fourth = app.get(&format!("/api/v1/sheets/{}", ids[3])).await.json();
        let total: Decimal = budgets.iter().copied().sum::<Decimal>() + budget_of(&fourth);
        assert_eq!(decimal(&picture["budget"]), total);
        let executed: Decimal = rows[..3].iter().map(|r| decimal(&r["executed_funds"])).sum();
        assert_eq!(decimal(&picture["executed_funds"]), executed);
        let rate = (executed * Decimal::ONE_HUNDRED / total)
            .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        assert_eq!(decimal(&picture["execution_rate"]), rate);
        // A month is required, 1–12.
        app.get(&format!("/api/v1/funds/{fund_id}/monitoring")).await.problem(400, "INVALID_QUERY");
        app.get(&format!("/api/v1/funds/{fund_id}/monitoring?month=13")).await.problem(400, "INVALID_QUERY");
        app.get("/api/v1/funds/999999/monitoring?month=7").await.problem(404, "FUND_NOT_FOUND");
    }

    async fn a_forced_fund_deletion_takes_its_reports_and_evaluations_with_it(app: TestApp) {
        let (fund_id, ids) = app.load_example().await;
        let zz = ids[0];
        approve_sheet(&app, zz).await;
        let inds = indicators(&app, zz).await;
        let report = format!("/api/v1/sheets/{zz}/monitoring/7");
        let res = put_with(&app, &report, &json!({"executed_funds": "100", "indicators": on_track(&inds)}), &[]).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        let evaluation = format!("/api/v1/sheets/{zz}/self-evaluation");
        let res = put_with(&app, &evaluation, &json!({"executed_funds": "300", "indicators": []}), &[]).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        let fund = format!("/api/v1/funds/{fund_id}");
        app.delete(&fund, None).await.problem(409, "FUND_HAS_SHEETS");
        assert_eq!(app.get(&report).await.status, 200);
        let res = app.delete(&format!("{fund}?force=true"), None).await;
        assert_eq!(res.status, 204, "{}", String::from_utf8_lossy(&res.body));
        app.get(&fund).await.problem(404, "FUND_NOT_FOUND");
        app.get(&report).await.problem(404, "SHEET_NOT_FOUND");
        app.get(&evaluation).await.problem(404, "SHEET_NOT_FOUND");
        // Each history outlives its report or evaluation, ending with its deletion.
        for path in [&report, &evaluation] {
            let revisions = app.get(&format!("{path}/revisions")).await.json();
            let actions: Vec<&str> = revisions["items"].as_array().unwrap().iter()
                .map(|r| r["action"].as_str().unwrap()).collect();
            assert_eq!(actions, ["CREATE", "DELETE"], "{path}: {revisions}");
        }
    }
}
