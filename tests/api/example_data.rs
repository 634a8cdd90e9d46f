//! The example data is the thirteen forms, transcribed faithfully: checked against the forms'
//! own figures, and read back through the API exactly as loaded. `load-example` approves them,
//! files three July reports and a self-evaluation of each region, ranked as the file says;
//! loading again changes nothing, and the example files of reports and evaluations
//! (examples/2024-07-monitoring.csv, examples/2024-self-evaluations.xlsx) upload back unchanged.

use std::collections::{BTreeMap, BTreeSet};

use perf_targets::domain::Money;
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::{json, Value};

use crate::cli::{perf_targets, serve, text};
use crate::common::*;

/// The example self-evaluations, by region code.
fn example_evaluations() -> BTreeMap<String, Value> {
    let file: Value = serde_json::from_str(perf_targets::cli::EXAMPLE_EVALUATIONS_JSON).unwrap();
    file["evaluations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["region_code"].as_str().unwrap().to_string(), e.clone()))
        .collect()
}

fn decimal(v: &Value) -> Decimal {
    v.as_str().unwrap().parse().unwrap()
}

/// The grade of a total (SPEC §6.3), worked out here rather than read.
fn grade_of(total: Decimal) -> &'static str {
    if total >= Decimal::from(90) {
        "EXCELLENT"
    } else if total >= Decimal::from(80) {
        "GOOD"
    } else if total >= Decimal::from(60) {
        "FAIR"
    } else {
        "POOR"
    }
}

/// What the example data shows through the API: funds, sheets, each sheet's evaluation (without
/// `scored_at`, which a draft's read sets) and reports, and the ranking.
async fn everything(app: &TestApp, sheet_ids: &[i64]) -> Value {
    let mut per_sheet = Vec::new();
    for id in sheet_ids {
        let mut evaluation = app
            .get(&format!("/api/v1/sheets/{id}/self-evaluation"))
            .await
            .json();
        evaluation.as_object_mut().unwrap().remove("scored_at");
        let reports = app
            .get(&format!("/api/v1/sheets/{id}/monitoring"))
            .await
            .json();
        per_sheet.push(json!({"evaluation": evaluation, "reports": reports}));
    }
    json!({
        "stored": app.snapshot().await,
        "per_sheet": per_sheet,
        "ranking": app.get("/api/v1/funds/1/self-evaluations").await.json(),
    })
}

#[test]
fn example_evaluations_cover_every_sheet_by_name() {
    let evaluations = example_evaluations();
    let example = example();
    let sheets = example["sheets"].as_array().unwrap();
    assert_eq!(evaluations.len(), sheets.len(), "one evaluation per sheet");
    for sheet in sheets {
        let region = sheet["region_code"].as_str().unwrap();
        let evaluation = &evaluations[region];
        let names: Vec<&str> = sheet["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["name"].as_str().unwrap())
            .collect();
        let reported: Vec<&str> = evaluation["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            reported, names,
            "every indicator of {region}, in the sheet's order"
        );
        assert!(
            ["DRAFT", "SUBMITTED", "APPROVED"].contains(&evaluation["status"].as_str().unwrap())
        );
    }
    let statuses: Vec<&str> = evaluations
        .values()
        .map(|e| e["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == "DRAFT").count(),
        1,
        "one left a draft"
    );
}

fn wan(v: &serde_json::Value) -> Money {
    Money::parse_wan(v.as_str().unwrap()).unwrap()
}

#[test]
fn example_file_has_the_forms_figures() {
    let example = example();
    let sheets = example["sheets"].as_array().unwrap();
    assert_eq!(sheets.len(), 13);
    let indicators: usize = sheets
        .iter()
        .map(|s| s["indicators"].as_array().unwrap().len())
        .sum();
    assert_eq!(indicators, 145);
    let provincial = sheets.iter().fold(Money::ZERO, |acc, s| {
        acc.saturating_add(wan(&s["provincial_funds"]))
    });
    assert_eq!(provincial.to_string(), "2000");
    let stated: Vec<&serde_json::Value> = sheets
        .iter()
        .map(|s| &s["matching_funds"])
        .filter(|m| !m.is_null())
        .collect();
    let matching = stated
        .iter()
        .fold(Money::ZERO, |acc, m| acc.saturating_add(wan(m)));
    assert_eq!(matching.to_string(), "335");
    assert_eq!(
        sheets
            .iter()
            .filter(|s| s["matching_funds"].is_null())
            .count(),
        7,
        "seven blanks"
    );
    assert_eq!(
        stated.iter().filter(|m| m.as_str() == Some("0")).count(),
        1,
        "one explicit 0"
    );
    let yongzhou = sheets
        .iter()
        .find(|s| s["region_code"] == "431100")
        .unwrap();
    assert_eq!(yongzhou["matching_funds"], "50");
    assert_eq!(yongzhou["matching_funds_note"], "含县市区");
    let codes: std::collections::BTreeSet<&str> = sheets
        .iter()
        .map(|s| s["region_code"].as_str().unwrap())
        .collect();
    assert_eq!(codes.len(), 13, "one sheet per region");
    assert!(!codes.contains("430100"), "长沙 has no form");
}

db_tests! {
    async fn example_reads_back_exactly_as_the_forms(app: TestApp) {
        let (fund_id, ids) = app.load_example().await;
        let example = example();
        for (sheet_id, expected) in ids.iter().zip(example["sheets"].as_array().unwrap()) {
            let got = app.get(&format!("/api/v1/sheets/{sheet_id}")).await.json();
            assert_eq!(got["fund_id"], fund_id);
            for field in ["region_code", "departments", "provincial_funds", "matching_funds", "matching_funds_note", "overall_goal"] {
                assert_eq!(got[field], expected[field], "{field} of {}", expected["region_code"]);
            }
            assert_eq!(as_sent(&got["indicators"]), expected["indicators"], "indicators of {}", expected["region_code"]);
            assert_eq!(got["status"], "DRAFT");
            assert_eq!(got["version"], 1);
            assert_eq!(got["year"], 2024);
            assert_eq!(got["fund_name"], "2024年度跨境电商支持资金");
        }
        let list = app.get(&format!("/api/v1/sheets?fund_id={fund_id}&page_size=500")).await.json();
        let total: usize = list["items"].as_array().unwrap().iter().map(|s| s["indicators"].as_array().unwrap().len()).sum();
        assert_eq!(total, 145);
    }

    async fn summary_shows_the_allocation(app: TestApp) {
        let (fund_id, _) = app.load_example().await;
        let summary = app.get(&format!("/api/v1/funds/{fund_id}/summary")).await.json();
        assert_eq!(summary["total_provincial_funds"], "2000");
        assert_eq!(summary["allocated_provincial_funds"], "2000");
        assert_eq!(summary["unallocated_provincial_funds"], "0");
        assert_eq!(summary["stated_matching_funds"], "335");
        assert_eq!(summary["blank_matching_funds"], 7);
        assert_eq!(summary["sheet_count"], 13);
        assert_eq!(summary["indicator_count"], 145);
        assert_eq!(summary["by_status"]["DRAFT"], 13);
        let regions = summary["regions"].as_array().unwrap();
        assert_eq!(regions.len(), 13);
        assert_eq!(regions[0]["region_code"], "430200");
        assert_eq!(regions[0]["provincial_funds"], "260");
        let yongzhou = regions.iter().find(|r| r["region_code"] == "431100").unwrap();
        assert_eq!(yongzhou["matching_funds_note"], "含县市区");
        let yueyang = regions.iter().find(|r| r["region_code"] == "430600").unwrap();
        assert_eq!(yueyang["matching_funds"], "0");
        let xiangtan = regions.iter().find(|r| r["region_code"] == "430300").unwrap();
        assert!(xiangtan["matching_funds"].is_null());
        assert_eq!(summary["missing_regions"], serde_json::json!([{"code": "430100", "name": "长沙市"}]));
    }
}

db_tests! {
    async fn load_example_files_evaluations_that_rank_as_computed_and_loads_once(app: TestApp) {
        let server = serve(&app.test_db.url);
        let admin = app.token(&Role::Admin).unwrap();
        let load = || perf_targets("unused.db", &["load-example", "--server", &server.url, "--token", &admin]);
        let out = load();
        assert!(out.status.success(), "{}", text(&out));
        let printed = text(&out);
        assert!(printed.contains("sheet 431200: submitted and approved"), "{printed}");
        assert!(printed.contains("evaluation 430900: created, left a draft"), "{printed}");
        assert!(printed.contains("evaluation 430300: created, submitted and approved"), "{printed}");

        let examples = example_evaluations();
        let sheets = app.get("/api/v1/sheets?fund_id=1&page_size=500").await.json();
        let sheets = sheets["items"].as_array().unwrap();
        assert_eq!(sheets.len(), 13);
        // Every sheet approved; every evaluation stored with the file's status, every indicator
        // reported, judged ones with an achievement, and nothing the submit checks refuse.
        let submit_checks = ["INDICATOR_NOT_REPORTED", "ACHIEVEMENT_REQUIRED", "DEVIATION_ANALYSIS_REQUIRED"];
        let mut scored: Vec<(Decimal, String)> = Vec::new();
        let mut unscored: Vec<String> = Vec::new();
        let mut all_totals = BTreeSet::new();
        for sheet in sheets {
            assert_eq!(sheet["status"], "APPROVED", "{}", sheet["region_code"]);
            let region = sheet["region_code"].as_str().unwrap().to_string();
            let expected = &examples[&region];
            let got = app.get(&format!("/api/v1/sheets/{}/self-evaluation", sheet["id"])).await.json();
            assert_eq!(got["status"], expected["status"], "{region}");
            assert_eq!(got["executed_funds"], expected["executed_funds"], "{region}");
            assert_eq!(got["indicators"].as_array().unwrap().len(), sheet["indicators"].as_array().unwrap().len(), "{region}");
            for issue in got["issues"].as_array().unwrap() {
                assert_ne!(issue["severity"], "ERROR", "{region}: {issue}");
                assert!(!submit_checks.contains(&issue["code"].as_str().unwrap()), "{region}: {issue}");
            }
            for line in got["indicators"].as_array().unwrap() {
                if line["method"] == "JUDGED" {
                    assert!(line["achievement"].is_string(), "{region}: {line}");
                }
            }
            if got["execution_rate"] != "100.00" {
                assert!(got["budget_deviation_analysis"].is_string(), "{region}");
            }
            let total = decimal(&got["total_score"]);
            assert!(all_totals.insert(total), "{region}: {total} is another region's total too");
            if got["status"] == "DRAFT" {
                unscored.push(region);
            } else {
                scored.push((total, region));
            }
        }

        // The ranking, worked out here from the totals read above.
        scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        unscored.sort();
        let order: Vec<&str> = scored.iter().map(|(_, r)| r.as_str()).chain(unscored.iter().map(String::as_str)).collect();
        let mut grades = json!({"EXCELLENT": 0, "GOOD": 0, "FAIR": 0, "POOR": 0});
        for (total, _) in &scored {
            let g = &mut grades[grade_of(*total)];
            *g = json!(g.as_u64().unwrap() + 1);
        }
        let sum: Decimal = scored.iter().map(|(t, _)| *t).sum();
        let mean = (sum / Decimal::from(scored.len()))
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
            .to_string();

        let ranking = app.get("/api/v1/funds/1/self-evaluations").await.json();
        let rows = ranking["regions"].as_array().unwrap();
        let got_order: Vec<&str> = rows.iter().map(|r| r["region_code"].as_str().unwrap()).collect();
        assert_eq!(got_order, order);
        for ((total, region), row) in scored.iter().zip(rows) {
            assert_eq!(decimal(&row["total_score"]), *total, "{region}");
            assert_eq!(row["grade"], grade_of(*total), "{region}");
        }
        let last = rows.last().unwrap();
        assert_eq!(last["status"], "DRAFT");
        assert_eq!(last["sheet_status"], "APPROVED");
        assert!(last["total_score"].is_null() && last["grade"].is_null() && last["execution_rate"].is_null(), "{last}");
        assert_eq!(ranking["grades"], grades);
        assert_eq!(ranking["mean_total"], mean.as_str());
        // The spread the example is written for (and the README shows): a few 优, most 良, two 中.
        assert_eq!(grades, json!({"EXCELLENT": 3, "GOOD": 7, "FAIR": 2, "POOR": 0}));
        assert_eq!(mean, "86.13");
        let statuses: BTreeSet<&str> = rows.iter().map(|r| r["status"].as_str().unwrap()).collect();
        assert_eq!(statuses, BTreeSet::from(["APPROVED", "DRAFT", "SUBMITTED"]));

        // July: the three regions with a report lit, the ten other approved sheets GREY.
        let picture = app.get("/api/v1/funds/1/monitoring?month=7").await.json();
        let lights: Vec<(&str, &str)> = picture["regions"].as_array().unwrap().iter()
            .map(|r| (r["region_code"].as_str().unwrap(), r["light"].as_str().unwrap()))
            .filter(|(_, light)| *light != "GREY")
            .collect();
        assert_eq!(lights, [("430300", "GREEN"), ("430400", "YELLOW"), ("430500", "RED")]);
        assert_eq!(picture["regions"].as_array().unwrap().len(), 13);

        // A second run finds everything and changes nothing.
        let ids: Vec<i64> = sheets.iter().map(|s| s["id"].as_i64().unwrap()).collect();
        let before = everything(&app, &ids).await;
        let again = load();
        assert!(again.status.success(), "{}", text(&again));
        let printed = text(&again);
        assert!(!printed.contains("created") && !printed.contains("approved"), "{printed}");
        assert_eq!(printed.matches("exists, left as it is").count(), 13 + 3 + 13, "{printed}");
        assert_eq!(everything(&app, &ids).await, before);
    }
}

db_tests! {
    async fn example_report_and_evaluation_files_upload_back_unchanged(app: TestApp) {
        {
            let server = serve(&app.test_db.url);
            let admin = app.token(&Role::Admin).unwrap();
            let out = perf_targets("unused.db", &["load-example", "--server", &server.url, "--token", &admin]);
            assert!(out.status.success(), "{}", text(&out));
        }
        let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/");
        for (path, media, file, count) in [
            ("/api/v1/monitoring/bulk", "text/csv", "2024-07-monitoring.csv", 3),
            ("/api/v1/self-evaluations/bulk", perf_targets::exchange::XLSX, "2024-self-evaluations.xlsx", 13),
        ] {
            let body = std::fs::read(format!("{examples}{file}")).unwrap();
            let res = app
                .send(
                    actix_web::test::TestRequest::post()
                        .uri(path)
                        .insert_header(("content-type", media))
                        .set_payload(body),
                )
                .await;
            assert_eq!(res.status, 200, "{file}: {}", String::from_utf8_lossy(&res.body));
            let summary = res.json();
            assert_eq!(
                (summary["created"].as_u64(), summary["updated"].as_u64(), summary["unchanged"].as_u64(), summary["failed"].as_u64()),
                (Some(0), Some(0), Some(count), Some(0)),
                "{file}: {summary}"
            );
            for item in summary["items"].as_array().unwrap() {
                assert_eq!(item["outcome"], "UNCHANGED", "{file}: {item}");
            }
        }
    }
}
