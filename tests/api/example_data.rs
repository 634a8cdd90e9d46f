//! The example data is the thirteen forms, transcribed faithfully: checked against the forms'
//! own figures, and read back through the API exactly as loaded.

use perf_targets::domain::Money;

use crate::common::*;

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
