//! Self-evaluation (SPEC §6), through HTTP on both backends: the worked example of §6.3 from
//! approval to approval with every score exact, what submitting freezes, every check with its
//! code, path and status, the lifecycle rules on sheets, and a fund's ranking.

use actix_web::test::TestRequest;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::str::FromStr;

use crate::common::*;

const ZHUZHOU: &str = "430200";
const XIANGTAN: &str = "430300";

fn decimal(v: &Value) -> Decimal {
    Decimal::from_str(v.as_str().unwrap()).unwrap()
}

/// The indicators of the worked example of SPEC §6.3, in its order.
fn worked_indicators() -> Value {
    json!([
        {"level1": "产出指标", "level2": "数量指标", "name": "举办跨境电商培训", "target": "≥10场"},
        {"level1": "产出指标", "level2": "数量指标", "name": "培训人次", "target": "≥500人次"},
        {"level1": "产出指标", "level2": "质量指标", "name": "资金使用合规性", "target": "100%"},
        {"level1": "产出指标", "level2": "时效指标", "name": "项目完成时间", "target": "2024年12月底前"},
        {"level1": "产出指标", "level2": "成本指标", "name": "单位成本", "target": "≤2万元/场"},
        {"level1": "效益指标", "level2": "经济效益指标", "name": "跨境电商进出口额", "target": "同比增长20%"},
        {"level1": "效益指标", "level2": "社会效益指标", "name": "带动就业", "target": "积极"},
        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "服务对象满意度", "target": "≥90%"}
    ])
}

/// A fund without a template and 株洲市's sheet of the worked example (provincial 400,
/// matching 100), approved; returns the fund id, the sheet id and its indicator ids.
pub(crate) async fn worked_sheet(app: &TestApp, approve: bool) -> (i64, i64, Vec<i64>) {
    let fund = app
        .post(
            "/api/v1/funds",
            &json!({"name": "自评示例资金", "year": 2024}),
        )
        .await;
    assert_eq!(fund.status, 201, "{}", String::from_utf8_lossy(&fund.body));
    let fund_id = fund.json()["id"].as_i64().unwrap();
    let mut sheet = example_sheet(0, fund_id);
    sheet["provincial_funds"] = json!("400");
    sheet["matching_funds"] = json!("100");
    sheet["indicators"] = worked_indicators();
    let res = app.post("/api/v1/sheets", &sheet).await;
    assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
    let body = res.json();
    let id = body["id"].as_i64().unwrap();
    let ids = body["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    if approve {
        approve_sheet(app, id).await;
    }
    (fund_id, id, ids)
}

/// The evaluation of the worked example, for indicators `ids`.
pub(crate) fn worked_evaluation(ids: &[i64]) -> Value {
    json!({
        "executed_funds": "430",
        "goal_achievement": "全年举办培训12场、430人次",
        "budget_deviation_analysis": "部分配套资金年底到位",
        "indicators": [
            {"indicator_id": ids[0], "actual": "12场"},
            {"indicator_id": ids[1], "actual": "430人次", "deviation_analysis": "企业报名不足，下年度提前发动"},
            {"indicator_id": ids[2], "actual": "100%"},
            {"indicator_id": ids[3], "actual": "2025年1月", "achievement": "PARTIAL",
             "deviation_analysis": "场馆延期交付"},
            {"indicator_id": ids[4], "actual": "1.8万元/场"},
            {"indicator_id": ids[5], "actual": "同比增长12%", "deviation_analysis": "外需回落"},
            {"indicator_id": ids[6], "actual": "带动就业效果较好", "achievement": "PARTIAL",
             "deviation_analysis": "就业统计口径尚未统一"},
            {"indicator_id": ids[7], "actual": "93%"}
        ]
    })
}

/// An actual value that meets a target exactly (its own number and unit; a growth for a
/// growth, one more for 正增长), or `None` for a target scored by judgement.
fn meeting(indicator: &Value) -> Option<String> {
    let parsed = &indicator["target_parsed"];
    let value = parsed["value"].as_f64()?;
    let unit = parsed["unit"].as_str().unwrap_or_default();
    match parsed["kind"].as_str().unwrap() {
        "QUANTITATIVE" => Some(format!("{}{unit}", parsed["value"])),
        "RELATIVE" if parsed["comparator"] == "GT" => Some(format!("增长{}%", value + 1.0)),
        "RELATIVE" => Some(format!("增长{}%", parsed["value"])),
        _ => None,
    }
}

/// An evaluation of a seed sheet with every target met and `executed` spent.
pub(crate) fn all_met(indicators: &[Value], executed: &str) -> Value {
    let lines: Vec<Value> = indicators
        .iter()
        .map(|i| match meeting(i) {
            Some(actual) => json!({"indicator_id": i["id"], "actual": actual}),
            None => {
                json!({"indicator_id": i["id"], "actual": "成效明显", "achievement": "ACHIEVED"})
            }
        })
        .collect();
    json!({"executed_funds": executed, "budget_deviation_analysis": "部分项目年底结算",
           "indicators": lines})
}

db_tests! {
    async fn the_worked_example_from_approval_to_approval(app: TestApp) {
        let (fund_id, id, ids) = worked_sheet(&app, false).await;
        let sheet_path = format!("/api/v1/sheets/{id}");
        let path = format!("{sheet_path}/self-evaluation");
        let doc = worked_evaluation(&ids);

        // Before approval: no evaluation; nothing yet to read.
        let p = put_with(&app, &path, &doc, &[]).await.problem(409, "SHEET_NOT_APPROVED");
        assert_eq!(p["instance"], path.as_str(), "{p}");
        // Scoring it says so too, at the document's root, and still gives the scores.
        let v = app.post(&format!("{path}/score"), &doc).await.json();
        assert_eq!((&v["valid"], &v["issues"][0]["code"], &v["issues"][0]["path"], &v["issues"][0]["severity"]),
            (&json!(false), &json!("SHEET_NOT_APPROVED"), &json!(""), &json!("ERROR")), "{v}");
        assert_eq!(v["evaluation"]["total_score"], "83.70");
        approve_sheet(&app, id).await;
        let p = app.get(&path).await.problem(404, "EVALUATION_NOT_FOUND");
        assert_eq!(p["instance"], path.as_str(), "{p}");
        put_with(&app, &path, &doc, &[("if-match", "\"1\"")]).await.problem(412, "PRECONDITION_FAILED");

        // Created: every score of §6.3, exact.
        let res = put_with(&app, &path, &doc, &[("if-none-match", "*")]).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        assert_eq!(res.header("location"), Some(path.as_str()));
        assert_eq!(res.etag(), "\"1\"");
        let body = res.json();
        let scores: Vec<(String, String, String)> = body["indicators"].as_array().unwrap().iter()
            .map(|l| (l["method"].as_str().unwrap().into(), l["computed_weight"].as_str().unwrap().into(),
                      l["computed_score"].as_str().unwrap().into()))
            .collect();
        let row = |m: &str, w: &str, s: &str| (m.to_string(), w.to_string(), s.to_string());
        assert_eq!(scores, vec![
            row("REACH", "10", "10.00"), row("REACH", "10", "8.60"), row("REACH", "10", "10.00"),
            row("DEADLINE", "10", "7.00"), row("REVERSE", "10", "10.00"), row("REACH", "15", "9.00"),
            row("JUDGED", "15", "10.50"), row("REACH", "10", "10.00"),
        ]);
        assert_eq!(body["budget"], "500");
        assert_eq!(body["execution_rate"], "86.00");
        assert_eq!(body["budget_weight"], "10");
        assert_eq!(body["budget_score"], "8.60");
        // Sent back with a line reading drops (no indicator): refused, not taken as unchanged.
        let mut with_errors = body.clone();
        with_errors["indicators"].as_array_mut().unwrap().push(json!({"actual": "5场"}));
        put_with(&app, &path, &with_errors, &[]).await.problem(422, "VALIDATION_FAILED");
        assert_eq!(body["budget_explanation"], "430 ÷ 500 × 10 = 8.60");
        assert_eq!(body["total_score"], "83.70");
        assert_eq!(body["grade"], "GOOD");
        assert_eq!(body["status"], "DRAFT");
        assert_eq!(body["indicators"][1]["explanation"], "430 ÷ 500 × 10 = 8.60");
        assert_eq!(body["indicators"][6]["explanation"], "部分达成：0.7 × 15 = 10.50");
        assert_eq!(body["indicators"][3]["actual_parsed"]["date"], "2025-01-31");
        assert_eq!(body["indicators"][5]["actual_parsed"]["kind"], "CHANGE");
        assert_eq!(codes_at(&body["issues"], "WARNING"), vec![("OVER_ACHIEVED".to_string(), "/indicators/0/actual".to_string())]);
        // The total is the budget score plus the rounded scores.
        let sum: Decimal = body["indicators"].as_array().unwrap().iter().map(|l| decimal(&l["computed_score"])).sum();
        assert_eq!(sum + decimal(&body["budget_score"]), decimal(&body["total_score"]));

        // In English on request.
        let en = app.send(TestRequest::get().uri(&path).insert_header(("accept-language", "en"))).await.json();
        assert_eq!(en["indicators"][0]["explanation"], "12 ≥ 10: target met, full 10.00");
        assert_eq!(en["indicators"][3]["explanation"], "2025-01-31 is later than 2024-12-31; partially achieved: 0.7 × 10 = 7.00");

        // What GET gives can be PUT back unchanged.
        let got = app.get(&path).await;
        assert_eq!(got.etag(), "\"1\"");
        let res = put_with(&app, &path, &got.json(), &[]).await;
        assert_eq!((res.status.as_u16(), res.etag()), (200, "\"1\"".to_string()));
        // If-None-Match: * on an existing evaluation; a stale If-Match.
        put_with(&app, &path, &doc, &[("if-none-match", "*")]).await.problem(412, "PRECONDITION_FAILED");
        put_with(&app, &path, &doc, &[("if-match", "\"9\"")]).await.problem(412, "PRECONDITION_FAILED");

        // `score` computes the same without saving anything.
        let mut trial = doc.clone();
        trial["executed_funds"] = json!("500");
        let verdict = app.post(&format!("{path}/score"), &trial).await;
        assert_eq!(verdict.status, 200);
        let verdict = verdict.json();
        assert_eq!(verdict["valid"], true);
        assert_eq!(verdict["evaluation"]["total_score"], "85.10", "83.70 + 10 − 8.60");
        assert_eq!(app.get(&path).await.json()["total_score"], "83.70");

        // Only the sheet's region submits.
        app.as_role(Role::Submitter(vec![XIANGTAN.into()]));
        put_with(&app, &path, &doc, &[]).await.problem(403, "FORBIDDEN");
        post_step(&app, &path, "submit", None).await.problem(403, "FORBIDDEN");
        app.as_role(Role::Submitter(vec![ZHUZHOU.into()]));
        let res = post_step(&app, &path, "submit", None).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        assert_eq!((res.json()["status"].as_str(), res.etag()), (Some("SUBMITTED"), "\"2\"".to_string()));
        let scored_at = res.json()["scored_at"].clone();

        // A submitted evaluation cannot change or go; the same document is still 200.
        let mut changed = doc.clone();
        changed["executed_funds"] = json!("431");
        let p = put_with(&app, &path, &changed, &[]).await.problem(409, "EVALUATION_NOT_EDITABLE");
        assert_eq!(p["instance"], path.as_str(), "{p}");
        // With a rule error too: one 422 listing both (SPEC §2.1); score says the same.
        let mut broken = changed.clone();
        broken["executed_funds"] = json!("-1");
        let p = put_with(&app, &path, &broken, &[]).await.problem(422, "VALIDATION_FAILED");
        let listed: Vec<(&str, &str)> = p["errors"].as_array().unwrap().iter()
            .map(|e| (e["code"].as_str().unwrap(), e["path"].as_str().unwrap())).collect();
        assert_eq!(listed, [("AMOUNT_NEGATIVE", "/executed_funds"), ("EVALUATION_NOT_EDITABLE", "")], "{p}");
        let v = app.post(&format!("{path}/score"), &broken).await.json();
        assert_eq!((&v["issues"][0]["code"], &v["issues"][0]["path"]), (&json!("EVALUATION_NOT_EDITABLE"), &json!("")), "{v}");
        assert_eq!(app.post(&format!("{path}/score"), &doc).await.json()["valid"], true);
        app.delete(&path, None).await.problem(409, "EVALUATION_NOT_EDITABLE");
        assert_eq!(put_with(&app, &path, &doc, &[]).await.etag(), "\"2\"");
        post_step(&app, &path, "approve", None).await.problem(403, "FORBIDDEN");
        app.as_role(Role::Reviewer);
        let approved = post_step(&app, &path, "approve", Some("同意")).await.json();
        assert_eq!(approved["status"], "APPROVED");
        assert_eq!(approved["scored_at"], scored_at, "scored when submitted");
        post_step(&app, &path, "approve", None).await.problem(409, "INVALID_TRANSITION");

        // Frozen: the fund's scheme and the sheet's targets change afterwards; the approved
        // evaluation keeps its weights, readings, scores, total and grade.
        app.as_role(Role::Admin);
        let fund_path = format!("/api/v1/funds/{fund_id}");
        let mut fund = app.get(&fund_path).await.json();
        fund["scoring"] = json!({"budget_execution": "20",
            "level1": {"产出指标": "40", "效益指标": "30", "满意度指标": "10", "成本指标": "0"}});
        let res = app.put(&fund_path, &fund, None).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        post_step(&app, &sheet_path, "reopen", Some("调整培训人次")).await;
        let mut sheet_doc = app.get(&sheet_path).await.json();
        sheet_doc["indicators"][1]["target"] = json!("≥400人次");
        let res = app.put(&sheet_path, &sheet_doc, None).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        assert_eq!(app.get(&path).await.json(), approved);
        // Sent back as it is, the frozen evaluation writes nothing though its sheet is reopened
        // and the scheme changed: 200 with its version; a change is refused (sheet not approved).
        let res = put_with(&app, &path, &approved, &[]).await;
        assert_eq!((res.status.as_u16(), res.etag()), (200, "\"3\"".to_string()));
        assert_eq!(res.json(), approved);
        put_with(&app, &path, &changed, &[]).await.problem(409, "SHEET_NOT_APPROVED");
        let ranking = app.get(&format!("{fund_path}/self-evaluations")).await.json();
        assert_eq!(ranking["regions"][0]["total_score"], "83.70");
        assert_eq!(ranking["regions"][0]["grade"], "GOOD");

        // An indicator the evaluation uses cannot be removed by a sheet write.
        let mut fewer = sheet_doc.clone();
        fewer["indicators"].as_array_mut().unwrap().remove(2);
        let p = app.put(&sheet_path, &fewer, None).await.problem(409, "INDICATOR_IN_USE");
        assert!(p["detail"].as_str().unwrap().contains("资金使用合规性"), "{p}");

        // Reopened, it is scored afresh: the new scheme (budget 20: 86% of it is 17.20; 产出
        // 40 over five indicators) and the new target (430 of 400 met).
        let res = post_step(&app, &path, "reopen", Some("按新方案重算")).await;
        let body = res.json();
        assert_eq!(body["status"], "DRAFT");
        assert_eq!(body["budget_score"], "17.20");
        assert_eq!(body["indicators"][1]["computed_weight"], "8");
        assert_eq!(body["indicators"][1]["computed_score"], "8.00");
        assert_ne!(body["scored_at"], scored_at);

        // The history.
        let revisions = app.get(&format!("{path}/revisions")).await.json();
        let actions: Vec<&str> = revisions["items"].as_array().unwrap().iter()
            .map(|r| r["action"].as_str().unwrap()).collect();
        assert_eq!(actions, ["CREATE", "SUBMIT", "APPROVE", "REOPEN"]);
        let v3 = app.get(&format!("{path}/revisions/3")).await.json();
        assert_eq!(v3["snapshot"], approved);
        assert_eq!(v3["actor"]["role"], "REVIEWER");
        app.get(&format!("{path}/revisions/9")).await.problem(404, "REVISION_NOT_FOUND");

        // Deleted while a draft; then the sheet can go without force.
        app.delete(&path, Some("\"5\"")).await.problem(412, "PRECONDITION_FAILED");
        let res = app.delete(&path, Some("\"4\"")).await;
        assert_eq!(res.status, 204, "{}", String::from_utf8_lossy(&res.body));
        app.get(&path).await.problem(404, "EVALUATION_NOT_FOUND");
        app.delete(&path, None).await.problem(404, "EVALUATION_NOT_FOUND");
        let revisions = app.get(&format!("{path}/revisions")).await.json();
        assert_eq!(revisions["items"].as_array().unwrap().last().unwrap()["action"], "DELETE");
    }

    async fn each_check_of_section_6(app: TestApp) {
        let (_, id, ids) = worked_sheet(&app, true).await;
        let path = format!("/api/v1/sheets/{id}/self-evaluation");
        let base = worked_evaluation(&ids);
        let refused = |p: &Value, code: &str, at: &str| {
            assert!(has(&p["errors"], "ERROR", code, at), "{code} at {at}: {p}");
        };

        // Errors refuse the write: 422 naming the code and the path, nothing stored.
        let mut doc = base.clone();
        doc["indicators"][0]["actual"] = json!("12人");
        refused(&put_with(&app, &path, &doc, &[]).await.problem(422, "VALIDATION_FAILED"), "ACTUAL_NOT_COMPARABLE", "/indicators/0/actual");
        let mut doc = base.clone();
        doc["indicators"][6]["score"] = json!("12");
        refused(&put_with(&app, &path, &doc, &[]).await.problem(422, "VALIDATION_FAILED"), "SCORE_OUT_OF_BAND", "/indicators/6/score");
        let mut doc = base.clone();
        doc["indicators"][0]["score"] = json!("5");
        refused(&put_with(&app, &path, &doc, &[]).await.problem(422, "VALIDATION_FAILED"), "SCORE_OUT_OF_BAND", "/indicators/0/score");
        let mut doc = base.clone();
        doc["indicators"][3]["achievement"] = json!("ACHIEVED");
        refused(&put_with(&app, &path, &doc, &[]).await.problem(422, "VALIDATION_FAILED"), "ACHIEVEMENT_CONTRADICTS_ACTUAL", "/indicators/3/achievement");
        let mut doc = base.clone();
        doc["indicators"][0]["weight"] = json!("20");
        refused(&put_with(&app, &path, &doc, &[]).await.problem(422, "VALIDATION_FAILED"), "WEIGHTS_SUM_INVALID", "/indicators");
        let mut doc = base.clone();
        for (k, w) in ["10", "10", "10", "10", "10", "15", "15", "11"].iter().enumerate() {
            doc["indicators"][k]["weight"] = json!(w);
        }
        refused(&put_with(&app, &path, &doc, &[]).await.problem(422, "VALIDATION_FAILED"), "WEIGHTS_SUM_INVALID", "/indicators");
        doc["indicators"][7]["weight"] = json!("-1");
        refused(&put_with(&app, &path, &doc, &[]).await.problem(422, "VALIDATION_FAILED"), "WEIGHTS_SUM_INVALID", "/indicators/7/weight");
        // Weights that add up to 90 are used as given.
        doc["indicators"][7]["weight"] = json!("10");
        let verdict = app.post(&format!("{path}/score"), &doc).await.json();
        assert_eq!(verdict["valid"], true, "{verdict}");
        assert_eq!(verdict["evaluation"]["indicators"][6]["computed_weight"], "15");
        let mut doc = base.clone();
        doc["indicators"][1]["indicator_id"] = json!(ids[0]);
        doc["indicators"].as_array_mut().unwrap().push(json!({"indicator_id": 999999, "actual": "1"}));
        let p = put_with(&app, &path, &doc, &[]).await.problem(422, "VALIDATION_FAILED");
        refused(&p, "DUPLICATE_INDICATOR", "/indicators/1/indicator_id");
        refused(&p, "UNKNOWN_INDICATOR", "/indicators/8/indicator_id");
        app.get(&path).await.problem(404, "EVALUATION_NOT_FOUND");
        // A refused amount raises no budget warning computed from it (the rate stood on 0).
        let mut doc = base.clone();
        doc.as_object_mut().unwrap().remove("budget_deviation_analysis");
        doc["executed_funds"] = json!("-1");
        let verdict = app.post(&format!("{path}/score"), &doc).await.json();
        assert_eq!(codes_at(&verdict["issues"], "ERROR"), [("AMOUNT_NEGATIVE".to_string(), "/executed_funds".to_string())], "{verdict}");
        assert!(!has(&verdict["issues"], "WARNING", "DEVIATION_ANALYSIS_REQUIRED", "/budget_deviation_analysis"), "{verdict}");

        // The *submit* checks: warnings on save, errors on submit.
        let mut doc = base.clone();
        doc.as_object_mut().unwrap().remove("budget_deviation_analysis");
        doc["indicators"][1].as_object_mut().unwrap().remove("deviation_analysis");
        doc["indicators"][6].as_object_mut().unwrap().remove("achievement");
        doc["indicators"].as_array_mut().unwrap().remove(7);
        doc["indicators"][0]["achievement"] = json!("ACHIEVED");
        let res = put_with(&app, &path, &doc, &[]).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        let issues = res.json()["issues"].clone();
        for (code, at) in [
            ("DEVIATION_ANALYSIS_REQUIRED", "/budget_deviation_analysis"),
            ("DEVIATION_ANALYSIS_REQUIRED", "/indicators/1/deviation_analysis"),
            ("ACHIEVEMENT_REQUIRED", "/indicators/6/achievement"),
            ("INDICATOR_NOT_REPORTED", "/indicators"),
            ("ACHIEVEMENT_IGNORED", "/indicators/0/achievement"),
            ("OVER_ACHIEVED", "/indicators/0/actual"),
        ] {
            assert!(has(&issues, "WARNING", code, at), "{code} at {at}: {issues}");
        }
        assert_eq!(res.json()["indicators"][6]["computed_score"], "0.00", "no achievement scores 0");
        let p = post_step(&app, &path, "submit", None).await.problem(422, "VALIDATION_FAILED");
        for (code, at) in [
            ("DEVIATION_ANALYSIS_REQUIRED", "/budget_deviation_analysis"),
            ("DEVIATION_ANALYSIS_REQUIRED", "/indicators/1/deviation_analysis"),
            ("ACHIEVEMENT_REQUIRED", "/indicators/6/achievement"),
            ("INDICATOR_NOT_REPORTED", "/indicators"),
        ] {
            refused(&p, code, at);
        }
        assert!(!has(&p["errors"], "ERROR", "ACHIEVEMENT_IGNORED", "/indicators/0/achievement"), "a warning stays a warning");
        assert_eq!(app.get(&path).await.json()["status"], "DRAFT");
        post_step(&app, &path, "return", Some("x")).await.problem(409, "INVALID_TRANSITION");
    }

    async fn weights_by_scheme_cost_indicators_and_nothing_to_weigh(app: TestApp) {
        // On the default scheme a 成本指标 一级 weighs 0 and says so.
        let (fund_id, _, _) = worked_sheet(&app, false).await;
        let mut sheet = example_sheet(1, fund_id);
        sheet["indicators"] = json!([
            {"level1": "产出指标", "level2": "数量指标", "name": "培训场次", "target": "≥10场"},
            {"level1": "成本指标", "level2": "经济成本指标", "name": "场均成本", "target": "≤2万元"}
        ]);
        let res = app.post("/api/v1/sheets", &sheet).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        let body = res.json();
        let id = body["id"].as_i64().unwrap();
        let ids: Vec<i64> = body["indicators"].as_array().unwrap().iter().map(|i| i["id"].as_i64().unwrap()).collect();
        approve_sheet(&app, id).await;
        let path = format!("/api/v1/sheets/{id}/self-evaluation");
        let doc = json!({"executed_funds": sheet["provincial_funds"], "indicators": [
            {"indicator_id": ids[0], "actual": "10场"}, {"indicator_id": ids[1], "actual": "1.5万元"}]});
        let res = put_with(&app, &path, &doc, &[]).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        let body = res.json();
        assert!(has(&body["issues"], "WARNING", "INDICATOR_UNWEIGHTED", "/indicators/1/indicator_id"), "{body}");
        // 产出 alone takes all 90 points.
        assert_eq!(body["indicators"][0]["computed_weight"], "90");
        assert_eq!(body["indicators"][1]["computed_weight"], "0");

        // A sheet of 成本指标 only: nothing weighs on the default scheme.
        let mut sheet = example_sheet(2, fund_id);
        sheet["indicators"] = json!([
            {"level1": "成本指标", "level2": "经济成本指标", "name": "场均成本", "target": "≤2万元"}
        ]);
        let res = app.post("/api/v1/sheets", &sheet).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        let body = res.json();
        let id = body["id"].as_i64().unwrap();
        approve_sheet(&app, id).await;
        let doc = json!({"executed_funds": "1", "indicators": [
            {"indicator_id": body["indicators"][0]["id"], "actual": "1.5万元"}]});
        let p = put_with(&app, &format!("/api/v1/sheets/{id}/self-evaluation"), &doc, &[]).await
            .problem(422, "VALIDATION_FAILED");
        assert!(has(&p["errors"], "ERROR", "SCORING_WEIGHTS_INVALID", "/indicators"), "{p}");
    }

    async fn the_ranking_orders_regions_and_counts_grades(app: TestApp) {
        let (fund_id, ids) = app.load_example().await;
        let sheets: Vec<Value> = {
            let mut v = Vec::new();
            for id in &ids {
                v.push(app.get(&format!("/api/v1/sheets/{id}")).await.json());
            }
            v
        };
        let budget = |s: &Value| {
            let amount = |v: &Value| v.as_str().map_or(Decimal::ZERO, |s| Decimal::from_str(s).unwrap());
            amount(&s["provincial_funds"]) + amount(&s["matching_funds"])
        };
        // Six sheets approved: two fully spent with every target met, one half spent, one with
        // a target missed, one left a draft, one with none.
        let chosen = [0usize, 1, 2, 3, 4, 5];
        for &k in &chosen {
            approve_sheet(&app, ids[k]).await;
        }
        let mut totals: Vec<(String, Decimal)> = Vec::new();
        for (k, spend) in [(2usize, "full"), (0, "full"), (1, "half"), (3, "missed"), (4, "draft")] {
            let sheet = &sheets[k];
            let full = budget(sheet);
            let executed = match spend {
                "half" => full / Decimal::TWO,
                _ => full,
            };
            let mut doc = all_met(sheet["indicators"].as_array().unwrap(), &executed.to_string());
            if spend == "missed" {
                let line = doc["indicators"].as_array_mut().unwrap().iter_mut()
                    .find(|l| l["actual"].as_str().is_some_and(|a| a.chars().next().unwrap().is_ascii_digit()))
                    .unwrap();
                line["actual"] = json!("0");
                line["deviation_analysis"] = json!("未能开展");
            }
            let path = format!("/api/v1/sheets/{}/self-evaluation", ids[k]);
            let res = put_with(&app, &path, &doc, &[]).await;
            assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
            let body = res.json();
            assert!(codes_at(&body["issues"], "WARNING").iter().all(|(c, _)| c != "INDICATOR_NOT_REPORTED" && c != "ACHIEVEMENT_REQUIRED"), "{body}");
            if spend != "draft" {
                let res = post_step(&app, &path, "submit", None).await;
                assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
                totals.push((sheet["region_code"].as_str().unwrap().to_string(), decimal(&res.json()["total_score"])));
            }
        }
        // Approving keeps the scores.
        let approved = post_step(&app, &format!("/api/v1/sheets/{}/self-evaluation", ids[0]), "approve", None).await;
        assert_eq!(approved.json()["status"], "APPROVED");

        let ranking = app.get(&format!("/api/v1/funds/{fund_id}/self-evaluations")).await;
        assert_eq!(ranking.status, 200);
        let ranking = ranking.json();
        // Expected order computed here: total descending, then region code; then the rows
        // without a score by region code.
        totals.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        // 株洲 and 邵阳 (7 产出, 2 效益, 1 满意度 each) meet everything: 10 + 7 × round2(50 ÷ 7)
        // + 2 × 15 + 10 = 99.98 each, a tie that the region code breaks.
        assert_eq!(totals[0].1.to_string(), "99.98");
        assert_eq!(totals[1].1.to_string(), "99.98");
        assert_eq!((totals[0].0.as_str(), totals[1].0.as_str()), (ZHUZHOU, "430400"));
        let mut unscored: Vec<String> = [4usize, 5].iter().map(|&k| sheets[k]["region_code"].as_str().unwrap().to_string()).collect();
        unscored.sort();
        let expected: Vec<String> = totals.iter().map(|t| t.0.clone()).chain(unscored).collect();
        let rows = ranking["regions"].as_array().unwrap();
        let got: Vec<String> = rows.iter().map(|r| r["region_code"].as_str().unwrap().to_string()).collect();
        assert_eq!(got, expected, "only approved sheets or those with an evaluation: {ranking}");
        let state = |code: &str| rows.iter().find(|r| r["region_code"] == code).unwrap().clone();
        let draft = state(sheets[4]["region_code"].as_str().unwrap());
        assert_eq!((draft["status"].as_str(), &draft["total_score"], &draft["grade"]), (Some("DRAFT"), &Value::Null, &Value::Null));
        let missing = state(sheets[5]["region_code"].as_str().unwrap());
        assert_eq!((missing["status"].as_str(), missing["sheet_status"].as_str()), (Some("MISSING"), Some("APPROVED")));
        assert_eq!(state(sheets[0]["region_code"].as_str().unwrap())["status"], "APPROVED");
        // Grades counted and the mean of the scored totals, half-up to 2 places.
        let grade = |t: Decimal| if t >= Decimal::from(90) { "EXCELLENT" } else if t >= Decimal::from(80) { "GOOD" } else if t >= Decimal::from(60) { "FAIR" } else { "POOR" };
        for g in ["EXCELLENT", "GOOD", "FAIR", "POOR"] {
            let n = totals.iter().filter(|t| grade(t.1) == g).count();
            assert_eq!(ranking["grades"][g], n, "{g}: {ranking}");
        }
        let mean = totals.iter().map(|t| t.1).sum::<Decimal>() / Decimal::from(totals.len());
        let mut mean = mean.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        mean.rescale(2);
        assert_eq!(ranking["mean_total"], mean.to_string());
        for (code, total) in &totals {
            let r = state(code);
            let mut t = *total;
            t.rescale(2);
            assert_eq!(r["total_score"], t.to_string());
            assert_eq!(r["grade"], grade(*total));
        }
        app.get("/api/v1/funds/999999/self-evaluations").await.problem(404, "FUND_NOT_FOUND");

        // A sheet with an evaluation cannot be deleted unless an administrator forces it.
        let sheet_path = format!("/api/v1/sheets/{}", ids[4]);
        post_step(&app, &sheet_path, "reopen", Some("重新填报")).await;
        app.delete(&sheet_path, None).await.problem(409, "SHEET_IN_USE");
        let res = app.delete(&format!("{sheet_path}?force=true"), None).await;
        assert_eq!(res.status, 204, "{}", String::from_utf8_lossy(&res.body));
        let revisions = app.get(&format!("{sheet_path}/self-evaluation/revisions")).await.json();
        assert_eq!(revisions["items"].as_array().unwrap().last().unwrap()["action"], "DELETE");
    }
}
