//! Validation over HTTP: every error code triggered through the API with its path and status;
//! `POST /sheets/validate` agreeing with a real save; the seed against the 2024 template;
//! target parsing; warnings returned on save; the fund summary's validation picture; stored
//! readings parsed again when the parser changes.

use std::collections::BTreeSet;

use actix_web::test::TestRequest;
use diesel::connection::SimpleConnection;
use serde_json::{json, Value};

use crate::common::*;

/// (code, path) of every issue in a list.
fn found(issues: &Value) -> Vec<(String, String)> {
    issues
        .as_array()
        .unwrap_or_else(|| panic!("no issue list in {issues}"))
        .iter()
        .map(|e| {
            (
                e["code"].as_str().unwrap().to_string(),
                e["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn errors_only(issues: &Value) -> Value {
    Value::Array(
        issues
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["severity"] == "ERROR")
            .cloned()
            .collect(),
    )
}

/// A valid sheet for `fund_id` (株洲市 of the seed).
fn base(fund_id: i64) -> Value {
    example_sheet(0, fund_id)
}

/// One case: a change to the base document and the error it must cause.
struct Case {
    code: &'static str,
    path: &'static str,
    change: fn(&mut Value),
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            code: "REQUIRED",
            path: "/overall_goal",
            change: |d| d["overall_goal"] = json!("  "),
        },
        Case {
            code: "REQUIRED",
            path: "/indicators/0/target",
            change: |d| d["indicators"][0]["target"] = json!(""),
        },
        Case {
            code: "TOO_LONG",
            path: "/indicators/1/name",
            change: |d| d["indicators"][1]["name"] = json!("名".repeat(201)),
        },
        Case {
            code: "TOO_MANY",
            path: "/departments",
            change: |d| d["departments"] = json!(vec!["株洲市商务局"; 11]),
        },
        Case {
            code: "CONTROL_CHARACTER",
            path: "/departments/0",
            change: |d| d["departments"][0] = json!("株洲市\u{0}商务局"),
        },
        Case {
            code: "AMOUNT_NEGATIVE",
            path: "/provincial_funds",
            change: |d| d["provincial_funds"] = json!("-1"),
        },
        Case {
            code: "AMOUNT_TOO_PRECISE",
            path: "/matching_funds",
            change: |d| d["matching_funds"] = json!("1.00001"),
        },
        Case {
            code: "AMOUNT_TOO_LARGE",
            path: "/provincial_funds",
            change: |d| d["provincial_funds"] = json!("99999999999999999"),
        },
        Case {
            code: "AMOUNT_INVALID",
            path: "/provincial_funds",
            change: |d| d["provincial_funds"] = json!("1e3"),
        },
        Case {
            code: "INVALID_REGION_CODE",
            path: "/region_code",
            change: |d| d["region_code"] = json!("43020X"),
        },
        Case {
            code: "UNKNOWN_REGION",
            path: "/region_code",
            change: |d| d["region_code"] = json!("110000"),
        },
        Case {
            code: "UNKNOWN_FUND",
            path: "/fund_id",
            change: |d| d["fund_id"] = json!(999999),
        },
        Case {
            code: "UNKNOWN_LEVEL1",
            path: "/indicators/0/level1",
            change: |d| d["indicators"][0]["level1"] = json!("投入指标"),
        },
        Case {
            code: "UNKNOWN_LEVEL2",
            path: "/indicators/0/level2",
            change: |d| d["indicators"][0]["level2"] = json!("数量"),
        },
        Case {
            code: "LEVEL2_NOT_UNDER_LEVEL1",
            path: "/indicators/0/level2",
            change: |d| d["indicators"][0]["level2"] = json!("社会效益指标"),
        },
        Case {
            code: "DUPLICATE_INDICATOR",
            path: "/indicators/1/name",
            change: |d| {
                let first = d["indicators"][0]["name"].as_str().unwrap().to_string();
                d["indicators"][1]["name"] = json!(format!(" {first} "));
            },
        },
        Case {
            code: "TARGET_MALFORMED",
            path: "/indicators/2/target",
            change: |d| d["indicators"][2]["target"] = json!("≥abc%"),
        },
        Case {
            code: "TARGET_MALFORMED",
            path: "/indicators/2/target",
            change: |d| d["indicators"][2]["target"] = json!("1..2"),
        },
        Case {
            code: "TARGET_MALFORMED",
            path: "/indicators/2/target",
            change: |d| d["indicators"][2]["target"] = json!("≥"),
        },
        Case {
            code: "TARGET_RANGE_INVERTED",
            path: "/indicators/2/target",
            change: |d| d["indicators"][2]["target"] = json!("5-3次"),
        },
        Case {
            code: "SATISFACTION_OVER_100",
            path: "/indicators/9/target",
            change: |d| {
                let list = d["indicators"].as_array_mut().unwrap();
                let last = list.len() - 1;
                assert_eq!(list[last]["level1"], "满意度指标");
                assert_eq!(last, 9);
                list[last]["target"] = json!("≥105%");
            },
        },
        Case {
            code: "FUND_TOTAL_EXCEEDED",
            path: "/provincial_funds",
            change: |d| d["provincial_funds"] = json!("2000.0001"),
        },
    ]
}

async fn fund_with_total(app: &TestApp, total: &str) -> i64 {
    let res = app
        .post(
            "/api/v1/funds",
            &json!({"name": "测试资金", "year": 2024, "total_provincial_funds": total}),
        )
        .await;
    assert_eq!(res.status, 201);
    res.json()["id"].as_i64().unwrap()
}

db_tests! {
    async fn every_sheet_error_through_the_api_and_validate_agrees(app: TestApp) {
        let fund_id = fund_with_total(&app, "2000").await;
        let before = app.snapshot().await;
        for case in cases() {
            let mut doc = base(fund_id);
            (case.change)(&mut doc);
            let verdict = app.post("/api/v1/sheets/validate", &doc).await;
            assert_eq!(verdict.status, 200, "{}", case.code);
            let verdict = verdict.json();
            assert_eq!(verdict["valid"], false, "{}: {verdict}", case.code);
            let pair = (case.code.to_string(), case.path.to_string());
            assert!(
                found(&verdict["issues"]).contains(&pair),
                "{} at {}: {}",
                case.code,
                case.path,
                verdict["issues"]
            );
            let saved = app.post("/api/v1/sheets", &doc).await;
            let problem = saved.problem(422, "VALIDATION_FAILED");
            assert_eq!(problem["errors"], errors_only(&verdict["issues"]), "{}", case.code);
        }
        assert_eq!(app.snapshot().await, before, "nothing was written");
    }

    async fn conflicts_immutable_fields_and_strict_templates(app: TestApp) {
        let fund_id = fund_with_total(&app, "2000").await;
        let doc = base(fund_id);
        let created = app.post("/api/v1/sheets", &doc).await;
        assert_eq!(created.status, 201);
        let id = created.json()["id"].as_i64().unwrap();

        // SHEET_EXISTS: 409 on save, listed (valid false) by validate as a new sheet, absent
        // when validating as a replacement of the stored sheet.
        let verdict = app.post("/api/v1/sheets/validate", &doc).await.json();
        assert_eq!(found(&errors_only(&verdict["issues"])), [("SHEET_EXISTS".to_string(), "/region_code".to_string())]);
        assert_eq!(verdict["valid"], false);
        let problem = app.post("/api/v1/sheets", &doc).await.problem(409, "SHEET_EXISTS");
        assert_eq!(problem["errors"], errors_only(&verdict["issues"]));
        let replacing = app
            .post(&format!("/api/v1/sheets/validate?sheet_id={id}"), &doc)
            .await
            .json();
        assert_eq!(replacing["valid"], true, "{replacing}");

        // IMMUTABLE_FIELD on PUT, and validate as a replacement says the same.
        let mut moved = doc.clone();
        moved["region_code"] = json!("430300");
        let verdict = app
            .post(&format!("/api/v1/sheets/validate?sheet_id={id}"), &moved)
            .await
            .json();
        let problem = app
            .put(&format!("/api/v1/sheets/{id}"), &moved, None)
            .await
            .problem(422, "VALIDATION_FAILED");
        assert!(found(&problem["errors"]).contains(&("IMMUTABLE_FIELD".into(), "/region_code".into())));
        assert_eq!(problem["errors"], errors_only(&verdict["issues"]));

        // A strict template turns template findings into errors.
        let template = json!({"strict": true, "indicators": [
            {"level1": "产出指标", "level2": "质量指标", "name": "资金使用合规性", "floor": "=100%"},
            {"level1": "效益指标", "level2": "社会效益指标", "name": "不存在的指标", "floor": null}
        ]});
        let res = app
            .patch(&format!("/api/v1/funds/{fund_id}"), &json!({"template": template}), None)
            .await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        assert_eq!(res.json()["template"]["indicators"][1]["name"], "不存在的指标");
        let mut lower = doc.clone();
        let i = lower["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .position(|i| i["name"] == "资金使用合规性")
            .unwrap();
        lower["indicators"][i]["target"] = json!("≥99%");
        let problem = app
            .put(&format!("/api/v1/sheets/{id}"), &lower, None)
            .await
            .problem(422, "VALIDATION_FAILED");
        assert_eq!(
            found(&problem["errors"]),
            [
                ("TEMPLATE_FLOOR_NOT_MET".to_string(), format!("/indicators/{i}/target")),
                ("TEMPLATE_INDICATOR_MISSING".to_string(), "/indicators".to_string()),
            ]
        );
        let stored = app.get(&format!("/api/v1/sheets/{id}/validation")).await.json();
        assert_eq!(stored["valid"], false);
        assert_eq!(stored["error_count"], 1, "the stored sheet lacks the template's indicator");
    }

    async fn fund_errors_and_budget_cap(app: TestApp) {
        let (fund_id, ids) = app.load_example().await;
        let before = app.snapshot().await;
        // Posting a stored sheet again is a conflict only: its amount is not counted twice.
        let again = app.post("/api/v1/sheets", &example_sheet(0, fund_id)).await.problem(409, "SHEET_EXISTS");
        assert_eq!(found(&again["errors"]), [("SHEET_EXISTS".to_string(), "/region_code".to_string())]);
        // YEAR_OUT_OF_RANGE, and template entries are checked like indicators.
        let problem = app
            .post(
                "/api/v1/funds",
                &json!({"name": "x", "year": 1999, "template": {"indicators": [
                    {"level1": "产出指标", "level2": "数量指标", "name": "a", "floor": "≥abc%"},
                    {"level1": "产出指标", "level2": "数量指标", "name": "a", "floor": "积极"},
                    {"level1": "满意度", "level2": "数量指标", "name": "b"}
                ]}}),
            )
            .await
            .problem(422, "VALIDATION_FAILED");
        assert_eq!(
            found(&problem["errors"]),
            [
                ("YEAR_OUT_OF_RANGE".to_string(), "/year".to_string()),
                ("TARGET_MALFORMED".into(), "/template/indicators/0/floor".into()),
                ("TARGET_MALFORMED".into(), "/template/indicators/1/floor".into()),
                ("DUPLICATE_INDICATOR".into(), "/template/indicators/1/name".into()),
                ("UNKNOWN_LEVEL1".into(), "/template/indicators/2/level1".into()),
            ]
        );
        // FUND_EXISTS.
        app.post("/api/v1/funds", &example()["fund"]).await.problem(409, "FUND_EXISTS");
        // The thirteen sheets use the whole 2000: one more 元 is refused, naming the excess.
        let path = format!("/api/v1/sheets/{}", ids[0]);
        let problem = app
            .send(
                TestRequest::patch()
                    .uri(&path)
                    .insert_header(("content-type", "application/merge-patch+json"))
                    .insert_header(("accept-language", "en"))
                    .set_payload(r#"{"provincial_funds": "260.0001"}"#),
            )
            .await
            .problem(422, "VALIDATION_FAILED");
        assert_eq!(found(&problem["errors"]), [("FUND_TOTAL_EXCEEDED".to_string(), "/provincial_funds".to_string())]);
        let message = problem["errors"][0]["message"].as_str().unwrap();
        assert!(message.contains("2000.0001") && message.contains("0.0001 万元 over"), "{message}");
        // Lowering the fund's total below what is allocated is refused too.
        let problem = app
            .patch(&format!("/api/v1/funds/{fund_id}"), &json!({"total_provincial_funds": "1999"}), None)
            .await
            .problem(422, "VALIDATION_FAILED");
        assert_eq!(found(&problem["errors"]), [("FUND_TOTAL_EXCEEDED".to_string(), "/total_provincial_funds".to_string())]);
        // Moving money between regions within the total works.
        let res = app.patch(&path, &json!({"provincial_funds": "250"}), None).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let second = format!("/api/v1/sheets/{}", ids[1]);
        let amount: i64 = app.get(&second).await.json()["provincial_funds"].as_str().unwrap().parse().unwrap();
        let res = app.patch(&second, &json!({"provincial_funds": (amount + 11).to_string()}), None).await;
        assert_eq!(res.json()["errors"][0]["code"], "FUND_TOTAL_EXCEEDED", "1 万元 too much");
        let res = app.patch(&second, &json!({"provincial_funds": (amount + 10).to_string()}), None).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let after = app.snapshot().await;
        assert_ne!(after, before);
    }

    async fn every_error_code_is_covered(app: TestApp) {
        // tests/api/codes.rs checks that some test expects every code; here, the request-shape
        // codes.
        let fund_id = fund_with_total(&app, "2000").await;
        let mut doc = base(fund_id);
        doc["matching_fund"] = json!("1");
        let p = app.post("/api/v1/sheets/validate", &doc).await.problem(400, "INVALID_BODY");
        assert_eq!(found(&p["errors"]), [("UNKNOWN_FIELD".to_string(), "/matching_fund".to_string())]);
        let mut doc = base(fund_id);
        doc["indicators"][0].as_object_mut().unwrap().remove("name");
        doc["indicators"][0]["target"] = json!(5);
        let p = app.post("/api/v1/sheets/validate", &doc).await.problem(400, "INVALID_BODY");
        assert_eq!(found(&p["errors"]), [("INVALID_TYPE".to_string(), "/indicators/0/target".to_string())]);
        let p = app.post("/api/v1/targets/parse", &json!({})).await.problem(400, "INVALID_BODY");
        assert_eq!(found(&p["errors"]), [("MISSING_FIELD".to_string(), "/text".to_string())]);
        let p = app
            .post("/api/v1/sheets/validate?sheet_id=abc", &base(fund_id))
            .await
            .problem(400, "INVALID_QUERY");
        assert_eq!(p["errors"][0]["code"], "INVALID_PARAMETER");
        assert_eq!(p["errors"][0]["parameter"], "sheet_id");
        app.post("/api/v1/sheets/validate?sheet_id=999", &base(fund_id))
            .await
            .problem(404, "SHEET_NOT_FOUND");
    }

    async fn seed_against_the_2024_template(app: TestApp) {
        let (fund_id, ids) = app.load_example().await;
        let fund = app.get(&format!("/api/v1/funds/{fund_id}")).await.json();
        assert_eq!(fund["template"]["indicators"].as_array().unwrap().len(), 10);
        let mut template_warnings = Vec::new();
        let mut not_measurable = BTreeSet::new();
        let mut below_peers = BTreeSet::new();
        let mut parsed = 0;
        for id in &ids {
            let sheet = app.get(&format!("/api/v1/sheets/{id}")).await.json();
            assert!(sheet.get("warnings").is_none(), "GET carries no warnings");
            for ind in sheet["indicators"].as_array().unwrap() {
                assert!(ind["target_parsed"].is_object(), "{ind}");
                parsed += 1;
            }
            let verdict = app.get(&format!("/api/v1/sheets/{id}/validation")).await.json();
            assert_eq!(verdict["valid"], true, "{}: {}", sheet["region_name"], verdict["issues"]);
            assert_eq!(verdict["error_count"], 0);
            for issue in verdict["issues"].as_array().unwrap() {
                let code = issue["code"].as_str().unwrap();
                let i = || -> usize { issue["path"].as_str().unwrap().split('/').nth(2).unwrap().parse().unwrap() };
                if code.starts_with("TEMPLATE_") {
                    template_warnings.push((sheet["region_name"].as_str().unwrap().to_string(), code.to_string()));
                } else if code == "TARGET_BELOW_PEERS" {
                    below_peers.insert((
                        sheet["region_name"].as_str().unwrap().to_string(),
                        sheet["indicators"][i()]["name"].as_str().unwrap().to_string(),
                    ));
                } else {
                    assert_eq!(code, "TARGET_NOT_MEASURABLE", "{issue}");
                    let i: usize = issue["path"].as_str().unwrap().split('/').nth(2).unwrap().parse().unwrap();
                    not_measurable.insert(sheet["indicators"][i]["target"].as_str().unwrap().to_string());
                }
            }
            // The stored readings equal a fresh reading of the same document.
            let doc = app
                .post(&format!("/api/v1/sheets/validate?sheet_id={id}"), &sheet)
                .await
                .json();
            assert_eq!(doc["sheet"]["indicators"], sheet["indicators"]);
        }
        assert_eq!(parsed, 145);
        template_warnings.sort();
        let expected = [
            ("娄底市", "TEMPLATE_INDICATOR_MISSING"),
            ("永州市", "TEMPLATE_INDICATOR_MISSING"),
            ("永州市", "TEMPLATE_INDICATOR_MISSING"),
            ("郴州市", "TEMPLATE_INDICATOR_MISSING"),
        ];
        let mut expected: Vec<(String, String)> = expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        expected.sort();
        assert_eq!(template_warnings, expected);
        assert_eq!(
            not_measurable.into_iter().collect::<Vec<_>>(),
            ["同比增长", "正增长", "积极"]
        );
        // Among the thirteen (per 万元 of provincial funds): 娄底's 100 人次 of training on 180
        // (0.5556 against a median of 500/260 = 1.9231) and 12 fairs (0.0667), 常德's 10 fairs on
        // 140 (0.0714) and 株洲's 20 on 260 (0.0769), all below half the fairs' median
        // (40/260 + 40/235) ÷ 2 = 0.1620 (SPEC §7.1; tests/api/side_by_side.rs works them out).
        let fairs = "组织参加跨境电商相关展会企业数".to_string();
        let expected: BTreeSet<(String, String)> = [
            ("娄底市".to_string(), "跨境电商相关培训人次数".to_string()),
            ("娄底市".to_string(), fairs.clone()),
            ("常德市".to_string(), fairs.clone()),
            ("株洲市".to_string(), fairs),
        ]
        .into_iter()
        .collect();
        assert_eq!(below_peers, expected);

        // The summary shows the same picture per region.
        let summary = app.get(&format!("/api/v1/funds/{fund_id}/summary")).await.json();
        assert_eq!(summary["sheets_with_errors"], 0);
        for line in summary["regions"].as_array().unwrap() {
            let verdict = app
                .get(&format!("/api/v1/sheets/{}/validation", line["sheet_id"]))
                .await
                .json();
            assert_eq!(line["error_count"], verdict["error_count"]);
            assert_eq!(line["warning_count"], verdict["warning_count"]);
        }
        let yongzhou = summary["regions"].as_array().unwrap().iter().find(|l| l["region_name"] == "永州市").unwrap();
        assert!(yongzhou["warning_count"].as_i64().unwrap() >= 2);
    }

    async fn targets_parse(app: TestApp) {
        let res = app.post("/api/v1/targets/parse", &json!({"text": "同比增长20%"})).await;
        assert_eq!(res.status, 200);
        assert_eq!(
            res.json(),
            json!({"text": "同比增长20%", "issues": [], "parsed": {
                "kind": "RELATIVE", "comparator": "GE", "value": 20, "upper": null, "unit": "%",
                "basis": "YEAR_ON_YEAR", "note": null, "measurable": true, "date": null}})
        );
        let vague = app.post("/api/v1/targets/parse", &json!({"text": "积极"})).await.json();
        assert_eq!(vague["parsed"]["kind"], "QUALITATIVE");
        assert_eq!(vague["parsed"]["measurable"], false);
        assert_eq!(found(&vague["issues"]), [("TARGET_NOT_MEASURABLE".to_string(), "/text".to_string())]);
        assert_eq!(vague["issues"][0]["severity"], "WARNING");
        for (text, code) in [("", "TARGET_EMPTY"), ("≥", "TARGET_MALFORMED"), ("5-3次", "TARGET_RANGE_INVERTED")] {
            let res = app
                .send(
                    TestRequest::post()
                        .uri("/api/v1/targets/parse")
                        .insert_header(("accept-language", "en-US"))
                        .set_json(json!({"text": text})),
                )
                .await;
            assert_eq!(res.status, 200);
            let body = res.json();
            assert_eq!(body["parsed"], Value::Null);
            assert_eq!(found(&body["issues"]), [(code.to_string(), "/text".to_string())]);
            let message = body["issues"][0]["message"].as_str().unwrap();
            assert!(message.is_ascii() || message.contains(text), "English message: {message}");
        }
        let zh = app.post("/api/v1/targets/parse", &json!({"text": "≥abc%"})).await.json();
        assert!(zh["issues"][0]["message"].as_str().unwrap().contains("“≥abc%”"), "{zh}");
    }

    // Every deadline shape of the table, without a year (as written) and with one (the fund's).
    async fn targets_parse_reads_deadlines_with_and_without_a_year(app: TestApp) {
        let cases = [
            ("2024年12月底前", "2024-12-31", "2024-12-31"),
            ("12月底前完成", "--12-31", "2025-12-31"),
            ("年底前", "--12-31", "2025-12-31"),
            ("2024年底前", "2024-12-31", "2024-12-31"),
            ("2024年6月30日前", "2024-06-30", "2024-06-30"),
            ("6月30日前", "--06-30", "2025-06-30"),
            ("9月前", "--08-31", "2025-08-31"),
            ("9月前完成", "--08-31", "2025-08-31"),
            ("12月31日前完成", "--12-31", "2025-12-31"),
            ("2024年12月31日之前", "2024-12-31", "2024-12-31"),
            ("6月底前", "--06-30", "2025-06-30"),
            ("今年年底前完成", "--12-31", "2025-12-31"),
            ("2月底前", "--02-28", "2025-02-28"),
            ("2025年1月前", "2024-12-31", "2024-12-31"),
            ("年末前完成", "--12-31", "2025-12-31"),
            ("2024年年底前完成", "2024-12-31", "2024-12-31"),
            ("本年度年底前", "--12-31", "2025-12-31"),
            ("6月30号前完成", "--06-30", "2025-06-30"),
            ("9月份前完成", "--08-31", "2025-08-31"),
            ("2024年12月31日以前办结", "2024-12-31", "2024-12-31"),
            ("6月末前", "--06-30", "2025-06-30"),
            ("11月底之前拨付到位", "--11-30", "2025-11-30"),
            ("2024年2月底前", "2024-02-29", "2024-02-29"),
            ("2023年2月底前", "2023-02-28", "2023-02-28"),
            // The 29th of February in a year without one: the month's last day.
            ("2月29日前", "--02-29", "2025-02-28"),
            ("2024年3月前完成", "2024-02-29", "2024-02-29"),
            ("１２月底前完成", "--12-31", "2025-12-31"),
            ("2024 年 12 月 底前", "2024-12-31", "2024-12-31"),
            ("06月30日前", "--06-30", "2025-06-30"),
        ];
        // Every expression of the grammar's table (DEADLINES in src/domain/target/tests.rs).
        assert_eq!(cases.len(), 29);
        for (text, as_written, in_2025) in cases {
            let body = app.post("/api/v1/targets/parse", &json!({"text": text})).await.json();
            assert_eq!(body["issues"], json!([]), "{text}");
            assert_eq!(
                body["parsed"],
                json!({"kind": "DEADLINE", "comparator": "LE", "value": null, "upper": null,
                       "unit": null, "basis": null, "note": null, "measurable": true,
                       "date": as_written}),
                "{text}"
            );
            let res = app.post("/api/v1/targets/parse", &json!({"text": text, "year": 2025})).await;
            assert_eq!(res.status, 200);
            assert_eq!(res.json()["parsed"]["date"], in_2025, "{text}");
        }
        let leap = app.post("/api/v1/targets/parse", &json!({"text": "2月底前", "year": 2024})).await;
        assert_eq!(leap.json()["parsed"]["date"], "2024-02-29");
        // A year changes nothing else.
        let other = app.post("/api/v1/targets/parse", &json!({"text": "≥90%", "year": 2024})).await.json();
        assert_eq!(other["parsed"]["date"], Value::Null);
        assert_eq!(other["parsed"]["value"], json!(90));
        // An impossible date is malformed, with or without a year.
        for year in [json!(null), json!(2024)] {
            let body = app.post("/api/v1/targets/parse", &json!({"text": "2月30日前", "year": year})).await.json();
            assert_eq!(body["parsed"], Value::Null);
            assert_eq!(found(&body["issues"]), [("TARGET_MALFORMED".to_string(), "/text".to_string())]);
        }
        // The year is a whole number from 1900 to 2100.
        for year in [json!(1899), json!(2101), json!(-2024), json!(99999999999i64)] {
            let res = app.post("/api/v1/targets/parse", &json!({"text": "年底前", "year": year})).await;
            let body = res.problem(422, "VALIDATION_FAILED");
            assert_eq!(found(&body["errors"]), [("YEAR_OUT_OF_RANGE".to_string(), "/year".to_string())], "{year}");
        }
        for year in [json!(1900), json!(2100), json!(2024.0)] {
            let res = app.post("/api/v1/targets/parse", &json!({"text": "年底前", "year": year})).await;
            assert_eq!(res.status, 200, "{year}");
        }
        for year in [json!("2024"), json!(2024.5), json!(true)] {
            let res = app.post("/api/v1/targets/parse", &json!({"text": "年底前", "year": year})).await;
            assert_eq!(res.problem(400, "INVALID_BODY")["errors"][0]["path"], "/year", "{year}");
        }
    }

    // A sheet's readings carry its fund's year; the stored date stays as written.
    async fn deadlines_of_a_sheet_take_the_fund_year(app: TestApp) {
        let fund_id = fund_with_total(&app, "2000").await;
        let mut doc = base(fund_id);
        doc["indicators"][0]["target"] = json!("12月底前完成");
        doc["indicators"][1]["target"] = json!("2023年2月底前");
        doc["indicators"][2]["target"] = json!("2月底前");
        let verdict = app.post("/api/v1/sheets/validate", &doc).await.json();
        let dates = |indicators: &Value| -> Vec<Value> {
            (0..3).map(|i| indicators[i]["target_parsed"]["date"].clone()).collect()
        };
        let want = [json!("2024-12-31"), json!("2023-02-28"), json!("2024-02-29")];
        assert_eq!(dates(&verdict["sheet"]["indicators"]), want);
        assert_eq!(verdict["sheet"]["indicators"][0]["target_parsed"]["kind"], "DEADLINE");
        let res = app.post("/api/v1/sheets", &doc).await;
        assert_eq!(res.status, 201);
        let created = res.json();
        assert_eq!(dates(&created["indicators"]), want);
        let id = created["id"].as_i64().unwrap();
        assert_eq!(dates(&app.get(&format!("/api/v1/sheets/{id}")).await.json()["indicators"]), want);
        let listed = app.get(&format!("/api/v1/sheets?fund_id={fund_id}")).await.json();
        assert_eq!(dates(&listed["items"][0]["indicators"]), want);
        let stored = perf_targets::db::sheets::find(&mut app.db.conn().unwrap(), id.into()).unwrap().unwrap();
        assert_eq!(serde_json::to_value(&stored.indicators[2].target_parsed).unwrap()["date"], "2024-02-29");
        let columns: Vec<Option<String>> = {
            use diesel::prelude::*;
            use perf_targets::db::schema::indicators;
            indicators::table
                .filter(indicators::sheet_id.eq(id))
                .order(indicators::position.asc())
                .select(indicators::target_date)
                .limit(3)
                .load(&mut **app.db.conn().unwrap())
                .unwrap()
        };
        assert_eq!(columns, [Some("--12-31".to_string()), Some("2023-02-28".to_string()), Some("--02-28".to_string())]);
        // Without a fund, the verdict shows the dates as written.
        doc["fund_id"] = json!(null);
        let verdict = app.post("/api/v1/sheets/validate", &doc).await.json();
        assert_eq!(dates(&verdict["sheet"]["indicators"]), [json!("--12-31"), json!("2023-02-28"), json!("--02-28")]);
    }

    async fn warnings_come_back_with_the_write(app: TestApp) {
        let fund_id = fund_with_total(&app, "2000").await;
        let mut doc = base(fund_id);
        doc["departments"] = json!(["长沙市商务局"]);
        let res = app.post("/api/v1/sheets", &doc).await;
        assert_eq!(res.status, 201);
        let body = res.json();
        let id = body["id"].as_i64().unwrap();
        let warnings = found(&body["warnings"]);
        assert!(warnings.contains(&("DEPARTMENT_REGION_MISMATCH".into(), "/departments/0".into())), "{warnings:?}");
        // A PUT of what GET returns, warnings included, is unchanged and answers the warnings.
        let got = app.get(&format!("/api/v1/sheets/{id}")).await.json();
        let mut again = body.clone();
        again["overall_goal"] = got["overall_goal"].clone();
        let res = app.put(&format!("/api/v1/sheets/{id}"), &again, Some("\"1\"")).await;
        assert_eq!(res.status, 200);
        assert_eq!(res.etag(), "\"1\"");
        assert_eq!(res.json()["warnings"], body["warnings"]);
    }

    async fn stored_readings_follow_the_parser(app: TestApp) {
        let (_, ids) = app.load_example().await;
        let path = format!("/api/v1/sheets/{}", ids[0]);
        let before = app.get(&path).await.json();
        // As if an older parser had written the rows.
        app.db
            .conn()
            .unwrap()
            .batch_execute("UPDATE indicators SET target_kind = NULL, target_unit = 'x', parser_version = 0")
            .unwrap();
        // Stored readings are derived data: changing them leaves the sheet's version, so this
        // instance's rendered body stays; the rows themselves have changed.
        let stored = perf_targets::db::sheets::find(&mut app.db.conn().unwrap(), ids[0].into()).unwrap().unwrap();
        assert_eq!(stored.indicators[0].target_parsed, None);
        let changed = app.db.reparse_targets().unwrap();
        assert_eq!(changed, 145);
        assert_eq!(app.get(&path).await.json(), before);
        assert_eq!(app.db.reparse_targets().unwrap(), 0, "nothing left to parse");
    }
}

db_tests! {
    async fn a_sheet_missing_indicator_kinds_is_warned_and_saved(app: TestApp) {
        let fund_id = fund_with_total(&app, "2000").await;
        let mut doc = base(fund_id);
        doc["indicators"] = json!([
            {"level1": "产出指标", "level2": "数量指标", "name": "培训人数", "target": "≥100人"}
        ]);
        let verdict = app.post("/api/v1/sheets/validate", &doc).await.json();
        assert_eq!(verdict["valid"], true, "{verdict}");
        let warnings = found(&verdict["issues"]);
        let count = |code: &str| warnings.iter().filter(|(c, p)| c == code && p == "/indicators").count();
        // No 效益 nor 满意度 indicator; no 质量 nor 时效 among the outputs.
        assert_eq!(count("LEVEL1_MISSING"), 2, "{warnings:?}");
        assert_eq!(count("OUTPUT_LEVEL2_MISSING"), 2, "{warnings:?}");
        assert!(verdict["issues"].as_array().unwrap().iter().all(|i| i["severity"] == "WARNING"));
        let res = app.post("/api/v1/sheets", &doc).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        assert_eq!(found(&res.json()["warnings"]), warnings);
    }
}
