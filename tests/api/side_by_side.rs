//! Targets side by side (SPEC §7): the seed fund's indicators across its regions (plus a 长沙
//! sheet made here with a low target), the groups counted here from the example file, three
//! groups' statistics and flags worked out by hand, the `TARGET_BELOW_PEERS` warning, the
//! workbook, and the seed 株洲 sheet compared with a 2025 variant.

use std::collections::BTreeMap;
use std::io::Read;

use serde_json::{json, Value};

use crate::common::*;

/// The key of §1.2: the labels and the name with every whitespace character dropped.
fn key(level1: &str, level2: &str, name: &str) -> (String, String, String) {
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    (squeeze(level1), squeeze(level2), squeeze(name))
}

/// The groups of `sheets` (in id order) under `template`: their keys in the order of the
/// template, then of first appearance, and how many sheets carry each.
fn expected_groups(template: &Value, sheets: &[Value]) -> Vec<((String, String, String), usize)> {
    let mut order: Vec<(String, String, String)> = Vec::new();
    let mut counts: BTreeMap<(String, String, String), usize> = BTreeMap::new();
    for t in template["indicators"].as_array().unwrap() {
        let k = key(
            t["level1"].as_str().unwrap(),
            t["level2"].as_str().unwrap(),
            t["name"].as_str().unwrap(),
        );
        order.push(k);
    }
    for sheet in sheets {
        for i in sheet["indicators"].as_array().unwrap() {
            let k = key(
                i["level1"].as_str().unwrap(),
                i["level2"].as_str().unwrap(),
                i["name"].as_str().unwrap(),
            );
            if !order.contains(&k) {
                order.push(k.clone());
            }
            *counts.entry(k).or_default() += 1;
        }
    }
    order
        .into_iter()
        .filter_map(|k| counts.get(&k).map(|n| (k.clone(), *n)))
        .collect()
}

/// The 长沙 sheet: 株洲's indicators, with 50 人次 of training on 200 万元 (0.25 per 万元,
/// far below the others).
fn changsha(fund_id: i64) -> Value {
    let mut sheet = example_sheet(0, fund_id);
    sheet["region_code"] = "430100".into();
    sheet["departments"] = json!(["长沙市商务局"]);
    sheet["provincial_funds"] = "200".into();
    sheet["matching_funds"] = Value::Null;
    sheet["indicators"][0]["target"] = "50".into();
    sheet
}

fn group<'a>(view: &'a Value, name: &str) -> &'a Value {
    view["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["name"] == name)
        .unwrap_or_else(|| panic!("no group {name} in {view}"))
}

/// The flagged targets of a group: region code → flag.
fn flagged(group: &Value) -> BTreeMap<String, String> {
    group["targets"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| !t["flag"].is_null())
        .map(|t| {
            (
                t["region_code"].as_str().unwrap().to_string(),
                t["flag"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn per_wan_of(group: &Value, region: &str) -> Value {
    group["targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["region_code"] == region)
        .map(|t| t["per_wan"].clone())
        .unwrap()
}

/// The seed fund with its thirteen sheets, its total raised to 2200 万元, and a 长沙 sheet of
/// 200 万元; returns the fund id, the seed sheet ids and the 长沙 sheet's id.
async fn seed_with_changsha(app: &TestApp) -> (i64, Vec<i64>, i64) {
    let (fund_id, ids) = app.load_example().await;
    let res = app
        .patch(
            &format!("/api/v1/funds/{fund_id}"),
            &json!({"total_provincial_funds": "2200"}),
            None,
        )
        .await;
    assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
    let res = app.post("/api/v1/sheets", &changsha(fund_id)).await;
    assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
    (fund_id, ids, res.json()["id"].as_i64().unwrap())
}

db_tests! {
    async fn the_seed_fund_side_by_side_with_a_low_changsha_target(app: TestApp) {
        let (fund_id, _, changsha_id) = seed_with_changsha(&app).await;
        let mut app = app;
        app.as_role(Role::Reader);
        let res = app.get(&format!("/api/v1/funds/{fund_id}/indicators")).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let view = res.json();
        assert_eq!(view["fund_id"], fund_id);
        assert_eq!(view["sheets"], 14);

        // The groups, counted here from the example file (and the 长沙 sheet, made last).
        let example = example();
        let mut sheets: Vec<Value> = example["sheets"].as_array().unwrap().clone();
        sheets.push(changsha(fund_id));
        let expected = expected_groups(&example["fund"]["template"], &sheets);
        let got: Vec<((String, String, String), usize)> = view["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| {
                let k = key(g["level1"].as_str().unwrap(), g["level2"].as_str().unwrap(), g["name"].as_str().unwrap());
                assert_eq!(g["targets"].as_array().unwrap().len(), g["sheets"].as_u64().unwrap() as usize);
                (k, g["sheets"].as_u64().unwrap() as usize)
            })
            .collect();
        assert_eq!(got, expected);
        let in_template: Vec<bool> = view["items"].as_array().unwrap().iter().map(|g| g["in_template"].as_bool().unwrap()).collect();
        assert_eq!(in_template.iter().filter(|t| **t).count(), 10);
        assert!(in_template[..10].iter().all(|t| *t), "the template's ten first");

        // 跨境电商相关培训人次数, fourteen targets: 1000 500 500 200 500 150 100 100 100 500 100
        // 200 100 and 长沙's 50. Sum 4100; sorted 50 100×5 150 200 200 500×4 1000, median
        // (150 + 200) ÷ 2 = 175. Per 万元, sorted: 50/200 = 0.25, 100/180 = 0.5556,
        // 150/140 = 1.0714, 100/85 = 1.1765 (twice), 100/65 = 1.5385, 200/125 = 1.6,
        // 500/260 = 1.9231, 100/50 = 2, 500/235 = 2.1277, 500/230 = 2.1739,
        // 500/220 = 2.2727, 200/65 = 3.0769, 1000/260 = 3.8462; median (1.6 + 25/13) ÷ 2 =
        // 229/130 = 1.76153…: LOW below 0.8808 (长沙 0.25, 娄底 0.5556), HIGH above 3.5231
        // (株洲 3.8462).
        let training = group(&view, "跨境电商相关培训人次数");
        assert_eq!(training["comparable"], true);
        assert_eq!(training["kind"], "QUANTITATIVE");
        assert_eq!(training["method"], "REACH");
        assert!(training["unit"].is_null(), "every target unitless");
        assert_eq!(
            (&training["sum"], &training["min"], &training["median"], &training["max"]),
            (&json!("4100"), &json!("50"), &json!("175"), &json!("1000"))
        );
        assert_eq!(training["median_per_wan"], "1.7615");
        assert_eq!(per_wan_of(training, "430200"), "3.8462");
        assert_eq!(per_wan_of(training, "431300"), "0.5556");
        assert_eq!(per_wan_of(training, "430100"), "0.25");
        assert_eq!(
            flagged(training),
            BTreeMap::from([
                ("430100".to_string(), "LOW".to_string()),
                ("430200".to_string(), "HIGH".to_string()),
                ("431300".to_string(), "LOW".to_string()),
            ])
        );

        // 组织参加跨境电商相关展会企业数, thirteen targets (郴州 has none): 20 30 40 30 40
        // `10家以上` `16家` `≥10` 20 12 20 20 and 长沙's 20; the unitless ones join 家.
        // Sum 288; sorted 10 10 12 16 20×5 30 30 40 40, median 20. Per 万元 sorted: 12/180,
        // 10/140, 20/260, 20/200, 10/85, 30/220, 40/260, 40/235, 16/85, 30/125, 20/65, 20/65,
        // 20/50; median 40/260 = 0.1538. Exactly: half of it is 20/260 (株洲: not LOW), twice
        // it is 20/65 (怀化, 湘西: not HIGH); LOW 娄底 12/180 and 常德 10/140, HIGH 永州 0.4.
        let fairs = group(&view, "组织参加跨境电商相关展会企业数");
        assert_eq!(fairs["comparable"], true);
        assert_eq!(fairs["unit"], "家");
        assert_eq!(
            (&fairs["sum"], &fairs["min"], &fairs["median"], &fairs["max"]),
            (&json!("288"), &json!("10"), &json!("20"), &json!("40"))
        );
        assert_eq!(fairs["median_per_wan"], "0.1538");
        assert_eq!(per_wan_of(fairs, "430200"), "0.0769");
        assert_eq!(
            flagged(fairs),
            BTreeMap::from([
                ("430700".to_string(), "LOW".to_string()),
                ("431100".to_string(), "HIGH".to_string()),
                ("431300".to_string(), "LOW".to_string()),
            ])
        );
        let values: Vec<&Value> = fairs["targets"].as_array().unwrap().iter().map(|t| &t["value"]).collect();
        assert_eq!(values[5..8], [&json!("10"), &json!("16"), &json!("10")]);

        // 服务跨境电商企业满意度, thirteen percentages: ≥90 ×7 (长沙's included), 95以上, 100,
        // 100, 100, ≥95 → sorted 90×8 95×2 100×3, median 90; no sum and no per 万元 for %;
        // nothing below 45 or above 180.
        let satisfaction = group(&view, "服务跨境电商企业满意度");
        assert_eq!(satisfaction["comparable"], true);
        assert_eq!(satisfaction["unit"], "%");
        assert_eq!(
            (&satisfaction["sum"], &satisfaction["min"], &satisfaction["median"], &satisfaction["max"], &satisfaction["median_per_wan"]),
            (&Value::Null, &json!("90"), &json!("90"), &json!("100"), &Value::Null)
        );
        assert!(satisfaction["targets"].as_array().unwrap().iter().all(|t| t["per_wan"].is_null() && t["flag"].is_null()));

        // 场 and 次 are different units: the activities cannot be compared.
        let activities = group(&view, "开展跨境电商相关资源对接、展会、赛事等活动");
        assert_eq!(activities["comparable"], false);
        for field in ["unit", "method", "sum", "min", "median", "max", "median_per_wan"] {
            assert!(activities[field].is_null(), "{field}");
        }
        // 正增长 everywhere: listed, counted in no figure.
        let sellers = group(&view, "跨境电商平台湖南卖家（店铺）数");
        assert_eq!(sellers["comparable"], false);
        assert!(sellers["targets"].as_array().unwrap().iter().all(|t| t["value"].is_null()));
        // Drafts only, nothing monitored or evaluated yet.
        assert!(training["monitoring"].is_null() && training["results"].is_null());

        // The LOW targets are what the reviewer asks about: 长沙's training (first indicator).
        let verdict = app.get(&format!("/api/v1/sheets/{changsha_id}/validation")).await.json();
        assert!(has(&verdict["issues"], "WARNING", "TARGET_BELOW_PEERS", "/indicators/0/target"), "{verdict}");
        let below: Vec<&Value> = verdict["issues"].as_array().unwrap().iter().filter(|i| i["code"] == "TARGET_BELOW_PEERS").collect();
        assert_eq!(below.len(), 1, "{below:?}");
        assert!(below[0]["message"].as_str().unwrap().contains("跨境电商相关培训人次数"), "{below:?}");
        // 株洲's training stands out high, not low: no warning.
        let zhuzhou = app.get("/api/v1/sheets?region_code=430200").await.json();
        let zhuzhou_id = zhuzhou["items"][0]["id"].as_i64().unwrap();
        let verdict = app.get(&format!("/api/v1/sheets/{zhuzhou_id}/validation")).await.json();
        assert!(!verdict["issues"].as_array().unwrap().iter().any(|i| i["code"] == "TARGET_BELOW_PEERS"), "{verdict}");
        // Saves do not warn: the peers change.
        let mut app = app;
        app.as_role(Role::Admin);
        let saved = app.put(&format!("/api/v1/sheets/{changsha_id}"), &changsha(fund_id), None).await;
        assert_eq!(saved.status, 200, "{}", String::from_utf8_lossy(&saved.body));
        let warnings = saved.json()["warnings"].clone();
        assert!(!warnings.as_array().unwrap().iter().any(|i| i["code"] == "TARGET_BELOW_PEERS"), "{warnings}");
    }
}

db_tests! {
    async fn the_view_sums_the_latest_counted_month_and_the_year_results(app: TestApp) {
        const TRAINING: &str = "跨境电商相关培训人次数";
        let (fund_id, ids) = app.load_example().await;
        // 株洲 (training target 1000), 湘潭 (500) and 衡阳 (500), approved.
        let mut sheets = Vec::new();
        for id in &ids[..3] {
            approve_sheet(&app, *id).await;
            sheets.push(app.get(&format!("/api/v1/sheets/{id}")).await.json());
        }
        let indicators = |k: usize| sheets[k]["indicators"].as_array().unwrap().clone();
        let training = |k: usize| indicators(k).iter().position(|i| i["name"] == TRAINING).unwrap();
        // Reports: 株洲's June (counted, but not the latest month), 株洲's and 湘潭's July
        // (counted), 衡阳's July a draft (not counted).
        for (k, month, actual, submit) in [(0, 6, "100", true), (0, 7, "400", true), (1, 7, "150", true), (2, 7, "999", false)] {
            let mut lines = crate::monitoring::on_track(&indicators(k));
            lines[training(k)]["actual"] = json!(actual);
            let path = format!("/api/v1/sheets/{}/monitoring/{month}", ids[k]);
            let res = put_with(&app, &path, &json!({"executed_funds": "100", "indicators": lines}), &[]).await;
            assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
            if submit {
                let res = post_step(&app, &path, "submit", None).await;
                assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
            }
        }
        // Evaluations: 株洲 twice its target (met), 湘潭 half of it (not met), both submitted;
        // 衡阳's a draft (not counted).
        for (k, actual, submit) in [(0, "2000", true), (1, "250", true), (2, "5", false)] {
            let mut doc = crate::self_evaluation::all_met(&indicators(k), "200");
            doc["indicators"][training(k)]["actual"] = json!(actual);
            doc["indicators"][training(k)]["deviation_analysis"] = json!("企业报名情况变化");
            let path = format!("/api/v1/sheets/{}/self-evaluation", ids[k]);
            let res = put_with(&app, &path, &doc, &[]).await;
            assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
            if submit {
                let res = post_step(&app, &path, "submit", None).await;
                assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
            }
        }
        let view = app.get(&format!("/api/v1/funds/{fund_id}/indicators")).await.json();
        let g = group(&view, TRAINING);
        assert_eq!(g["monitoring"], json!({"month": 7, "actual_sum": "550", "regions": 2}), "{g}");
        assert_eq!(g["results"], json!({"actual_sum": "2250", "regions": 2, "met": 1}), "{g}");
        // A group without any actual of its kind counts its regions as they reported: the
        // satisfaction group was met by both evaluations and reported in both July reports.
        let satisfaction = group(&view, "服务跨境电商企业满意度");
        assert_eq!((&satisfaction["monitoring"]["regions"], &satisfaction["results"]["met"]), (&json!(2), &json!(2)), "{satisfaction}");
    }

    async fn the_status_filter_and_bad_parameters(app: TestApp) {
        let (fund_id, ids, _) = seed_with_changsha(&app).await;
        approve_sheet(&app, ids[0]).await;
        approve_sheet(&app, ids[1]).await;
        let path = format!("/api/v1/funds/{fund_id}/indicators");
        let approved = app.get(&format!("{path}?status=APPROVED")).await.json();
        assert_eq!(approved["sheets"], 2);
        let regions: Vec<&Value> = group(&approved, "跨境电商相关培训人次数")["targets"].as_array().unwrap().iter().map(|t| &t["region_code"]).collect();
        assert_eq!(regions, [&json!("430200"), &json!("430300")]);
        let both = app.get(&format!("{path}?status=APPROVED&status=DRAFT")).await.json();
        assert_eq!(both["sheets"], 14);
        let drafts = app.get(&format!("{path}?status=DRAFT")).await.json();
        assert_eq!(drafts["sheets"], 12);

        let body = app.get(&format!("{path}?status=DONE")).await.problem(400, "INVALID_QUERY");
        assert!(body["detail"].as_str().unwrap().contains("status"), "{body}");
        app.get(&format!("{path}?format=pdf")).await.problem(400, "INVALID_QUERY");
        app.get(&format!("{path}?format=json&format=xlsx")).await.problem(400, "INVALID_QUERY");
        app.get(&format!("{path}?month=7")).await.problem(400, "INVALID_QUERY");
        app.get("/api/v1/funds/999/indicators").await.problem(404, "FUND_NOT_FOUND");
        app.get("/api/v1/funds/x/indicators").await.problem(400, "INVALID_PATH_PARAMETER");
    }
}

db_tests! {
    async fn the_workbook_has_a_row_per_group_and_a_column_per_region(app: TestApp) {
        let (fund_id, _, _) = seed_with_changsha(&app).await;
        let view = app.get(&format!("/api/v1/funds/{fund_id}/indicators")).await.json();
        let res = app.get(&format!("/api/v1/funds/{fund_id}/indicators?format=xlsx")).await;
        assert_eq!(res.status, 200);
        assert_eq!(res.header("content-type"), Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assert!(res.header("content-disposition").unwrap().contains(".xlsx"));
        let grid = perf_targets::exchange::xlsx::grid_from_xlsx(&res.body, 50 << 20).expect("a workbook");
        let rows = &grid.rows;
        let header: Vec<&str> = rows[1].cells.iter().map(|c| c.as_str()).collect();
        assert_eq!(rows[1].row, 2, "the heading, then the header");
        assert_eq!(&header[..5], ["一级指标", "二级指标", "三级指标", "单位", "长沙市"]);
        assert_eq!(header.len(), 4 + 14 + 5, "fourteen regions and the figures");
        let items = view["items"].as_array().unwrap();
        for (k, g) in items.iter().enumerate() {
            assert_eq!(rows[k + 2].cells[2], g["name"].as_str().unwrap());
        }
        assert_eq!(rows[2].cells[4], "50", "长沙's training target, as written");
        // The flagged cells are filled: red for LOW, green for HIGH.
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(res.body.to_vec())).unwrap();
        let mut styles = String::new();
        zip.by_name("xl/styles.xml").unwrap().read_to_string(&mut styles).unwrap();
        assert!(styles.contains("FFFFC7CE") && styles.contains("FFC6EFCE"), "{styles}");
    }
}

db_tests! {
    async fn zhuzhou_2024_against_a_2025_variant_shows_every_kind_of_change(app: TestApp) {
        let (_, ids) = app.load_example().await;
        let zhuzhou_2024 = ids[0];
        let fund = app
            .post("/api/v1/funds", &json!({"name": "2025年度跨境电商支持资金", "year": 2025}))
            .await;
        assert_eq!(fund.status, 201, "{}", String::from_utf8_lossy(&fund.body));
        let fund_2025 = fund.json()["id"].as_i64().unwrap();
        let mut sheet = example_sheet(0, fund_2025);
        sheet["provincial_funds"] = "300".into();
        sheet["matching_funds"] = Value::Null;
        let targets = sheet["indicators"].as_array_mut().unwrap();
        targets[0]["target"] = "1200".into(); // 1000 → 1200: RAISED
        targets[1]["target"] = "15".into(); // 20 → 15: LOWERED
        targets[4]["target"] = "≥95%".into(); // 90%以上 → ≥95%: RAISED
        targets[5]["target"] = ">90%".into(); // ≥90% → >90%: SAME (GE and GT alike)
        targets[6]["target"] = "10个工作日以内".into(); // ≥90% → a ceiling in days: NOT_COMPARABLE
        targets[7]["target"] = "10场次以上".into(); // 10场以上: 场次 is 场, SAME
        targets[8]["target"] = "效果明显".into(); // 积极 → 效果明显: NOT_COMPARABLE
        targets.remove(9); // 服务跨境电商企业满意度: REMOVED
        targets.push(json!({"level1": "产出指标", "level2": "时效指标", "name": "项目完成时间", "target": "2025年11月底前"})); // ADDED
        let res = app.post("/api/v1/sheets", &sheet).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        let zhuzhou_2025 = res.json()["id"].as_i64().unwrap();

        let mut app = app;
        app.as_role(Role::Reader);
        let res = app.get(&format!("/api/v1/sheets/{zhuzhou_2025}/compare/{zhuzhou_2024}")).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let c = res.json();
        assert_eq!((&c["sheet"]["year"], &c["other"]["year"]), (&json!(2025), &json!(2024)));
        assert_eq!((&c["sheet"]["budget"], &c["other"]["budget"]), (&json!("300"), &json!("360")));
        // 300 − 260 = 40; matching blank against 100: no difference (a blank is not 0);
        // budget 300 − 360 = −60.
        assert_eq!(c["difference"], json!({"provincial_funds": "40", "matching_funds": null, "budget": "-60"}));
        let changes: Vec<(&str, &str)> = c["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["name"].as_str().unwrap(), r["change"].as_str().unwrap()))
            .collect();
        assert_eq!(
            changes,
            [
                ("跨境电商相关培训人次数", "RAISED"),
                ("组织参加跨境电商相关展会企业数", "LOWERED"),
                ("跨境电商平台湖南卖家（店铺）数", "SAME"),
                ("资金使用合规性", "SAME"),
                ("年度跨境电商重点工作完成率", "RAISED"),
                ("预算资金执行率", "SAME"),
                ("资金拨付及时性", "NOT_COMPARABLE"),
                ("开展跨境电商相关资源对接、展会、赛事等活动", "SAME"),
                ("对跨境电商未来可持续发展的影响", "NOT_COMPARABLE"),
                ("项目完成时间", "ADDED"),
                ("服务跨境电商企业满意度", "REMOVED"),
            ]
        );
        let removed = c["indicators"].as_array().unwrap().last().unwrap();
        assert!(removed["target"].is_null() && removed["indicator_id"].is_null());
        assert_eq!(removed["other_target"], "≥90%");
        // Read the other way round, what was raised is lowered and what was added is removed.
        let back = app.get(&format!("/api/v1/sheets/{zhuzhou_2024}/compare/{zhuzhou_2025}")).await.json();
        let first = &back["indicators"][0];
        assert_eq!((&first["change"], &back["difference"]["provincial_funds"]), (&json!("LOWERED"), &json!("-40")));
        assert!(back["indicators"].as_array().unwrap().iter().any(|r| r["name"] == "项目完成时间" && r["change"] == "REMOVED"));

        app.get(&format!("/api/v1/sheets/{zhuzhou_2025}/compare/999")).await.problem(404, "SHEET_NOT_FOUND");
        app.get(&format!("/api/v1/sheets/999/compare/{zhuzhou_2024}")).await.problem(404, "SHEET_NOT_FOUND");
        app.get(&format!("/api/v1/sheets/{zhuzhou_2025}/compare/abc")).await.problem(400, "INVALID_PATH_PARAMETER");
        app.get(&format!("/api/v1/sheets/{zhuzhou_2025}/compare/{zhuzhou_2024}?x=1")).await.problem(400, "INVALID_QUERY");
    }
}
