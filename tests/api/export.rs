//! Export in every format and back: the files import to identical sheets; CSV uploads report
//! bad rows with their line and column.

use serde_json::{json, Value};

use crate::common::*;

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

fn counts(summary: &Value) -> (u64, u64, u64, u64) {
    (
        summary["created"].as_u64().unwrap(),
        summary["updated"].as_u64().unwrap(),
        summary["unchanged"].as_u64().unwrap(),
        summary["failed"].as_u64().unwrap(),
    )
}

/// What a sheet holds, without ids (its own and its indicators'), versions and times.
fn content(sheet: &Value) -> Value {
    let mut indicators = sheet["indicators"].clone();
    for ind in indicators.as_array_mut().unwrap() {
        ind.as_object_mut().unwrap().remove("id");
    }
    json!({
        "fund_id": sheet["fund_id"], "region_code": sheet["region_code"],
        "departments": sheet["departments"], "provincial_funds": sheet["provincial_funds"],
        "matching_funds": sheet["matching_funds"], "matching_funds_note": sheet["matching_funds_note"],
        "overall_goal": sheet["overall_goal"], "indicators": indicators,
    })
}

async fn contents(app: &TestApp) -> Vec<Value> {
    let list = app.get("/api/v1/sheets?page_size=500").await.json();
    let mut all: Vec<Value> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(content)
        .collect();
    all.sort_by_key(|s| s["region_code"].as_str().unwrap().to_string());
    all
}

async fn delete_all(app: &TestApp) {
    let list = app.get("/api/v1/sheets?page_size=500").await.json();
    for s in list["items"].as_array().unwrap() {
        assert_eq!(
            app.delete(&format!("/api/v1/sheets/{}", s["id"]), None)
                .await
                .status,
            204
        );
    }
}

db_tests! {
    async fn every_format_imports_back_to_identical_sheets(app: TestApp) {
        let (fund_id, ids) = app.load_example().await;
        // A goal on several lines, sent with Windows line breaks, stored with `\n`; a
        // department name that a file would read as two is refused.
        let zz = format!("/api/v1/sheets/{}", ids[0]);
        let edited = app.patch(&zz, &json!({"overall_goal": "第一行\r\n第二行\r第三行"}), None).await.json();
        assert_eq!(edited["overall_goal"], "第一行\n第二行\n第三行");
        let p = app
            .patch(&zz, &json!({"departments": ["株洲市商务局、株洲市财政局"]}), None)
            .await
            .problem(422, "VALIDATION_FAILED");
        assert_eq!((p["errors"][0]["code"].as_str(), p["errors"][0]["path"].as_str()), (Some("VALUE_INVALID"), Some("/departments/0")));
        let original = contents(&app).await;
        for (format, media) in [("json", "application/json"), ("csv", "text/csv"), ("xlsx", XLSX)] {
            let res = app.get(&format!("/api/v1/sheets/export?format={format}&fund_id={fund_id}")).await;
            assert_eq!(res.status, 200, "{format}");
            assert!(res.header("content-type").unwrap().starts_with(media), "{format}");
            let disposition = res.header("content-disposition").unwrap().to_string();
            assert!(
                disposition.contains("filename*=UTF-8''2024%E5%B9%B4") && disposition.ends_with(format),
                "{disposition}"
            );
            if format == "csv" {
                assert!(res.body.starts_with("\u{feff}".as_bytes()), "CSV starts with a BOM");
            }
            let file = res.body.to_vec();
            // Sent back as it is: nothing changes.
            let same = app.upload("", media, file.clone()).await;
            assert_eq!(same.status, 200, "{format}: {}", String::from_utf8_lossy(&same.body));
            assert_eq!(counts(&same.json()), (0, 0, 13, 0), "{format}");
            // Into an empty fund: the same sheets again.
            delete_all(&app).await;
            let res = app.upload("", media, file).await;
            assert_eq!(res.status, 200, "{format}: {}", String::from_utf8_lossy(&res.body));
            assert_eq!(counts(&res.json()), (13, 0, 0, 0), "{format}");
            assert_eq!(contents(&app).await, original, "{format} round trip");
        }

        // One sheet in the printed 附件2 layout, and back.
        let list = app.get("/api/v1/sheets?region_code=431100").await.json();
        let yongzhou = list["items"][0]["id"].as_i64().unwrap();
        assert!(!ids.contains(&yongzhou), "the sheets were recreated");
        let res = app.get(&format!("/api/v1/sheets/{yongzhou}/export")).await;
        assert_eq!(res.status, 200);
        assert_eq!(res.header("content-type"), Some(XLSX));
        assert!(res.header("content-disposition").unwrap().contains("xlsx"));
        let form = res.body.to_vec();
        let same = app.upload("", XLSX, form.clone()).await.json();
        assert_eq!(counts(&same), (0, 0, 1, 0), "{same}");
        assert_eq!(app.delete(&format!("/api/v1/sheets/{yongzhou}"), None).await.status, 204);
        let back = app.upload("", XLSX, form).await.json();
        assert_eq!(counts(&back), (1, 0, 0, 0), "{back}");
        assert_eq!(contents(&app).await, original, "the 永州 form, note included");

        // The goal on three lines, in the printed layout and back: its lines are kept.
        let all = app.get(&format!("/api/v1/sheets?fund_id={fund_id}&page_size=50")).await.json();
        let lined = all["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["overall_goal"] == "第一行\n第二行\n第三行")
            .expect("the sheet with the goal on three lines")["id"]
            .as_i64()
            .unwrap();
        let form = app.get(&format!("/api/v1/sheets/{lined}/export")).await.body.to_vec();
        let same = app.upload("", XLSX, form.clone()).await.json();
        assert_eq!(counts(&same), (0, 0, 1, 0), "{same}");
        assert_eq!(app.delete(&format!("/api/v1/sheets/{lined}"), None).await.status, 204);
        let back = app.upload("", XLSX, form).await.json();
        assert_eq!(counts(&back), (1, 0, 0, 0), "{back}");
        assert_eq!(contents(&app).await, original, "the form with a goal on three lines");

        app.get("/api/v1/sheets/export?format=pdf").await.problem(400, "INVALID_QUERY");
        app.get("/api/v1/sheets/999/export").await.problem(404, "SHEET_NOT_FOUND");
    }

    async fn csv_rows_with_errors_are_reported_where_they_are(app: TestApp) {
        let (fund_id, _) = app.load_example().await;
        let csv = app.get(&format!("/api/v1/sheets/export?format=csv&fund_id={fund_id}")).await.body.to_vec();
        let text = String::from_utf8(csv).unwrap();
        let mut lines: Vec<String> = text.split("\r\n").map(str::to_string).collect();
        // Line 3 (the second indicator of the first sheet) gets a malformed target; line 14 (the
        // second sheet's rows) a negative amount, reported at the sheet's first row.
        let target_col = lines[0].split(',').position(|h| h == "target").unwrap();
        let mut cells: Vec<String> = lines[2].split(',').map(str::to_string).collect();
        cells[target_col] = "5-3次".into();
        lines[2] = cells.join(",");
        let funds_col = lines[0].split(',').position(|h| h == "provincial_funds").unwrap();
        let second_sheet = lines.iter().position(|l| l.contains(",430300,")).unwrap();
        for line in lines.iter_mut().filter(|l| l.contains(",430300,")) {
            let mut cells: Vec<String> = line.split(',').map(str::to_string).collect();
            cells[funds_col] = "-5".into();
            *line = cells.join(",");
        }
        let body = lines.join("\r\n").into_bytes();
        let before = app.snapshot().await;

        let problem = app.upload("", "text/csv", body.clone()).await.problem(422, "IMPORT_FAILED");
        let items = problem["summary"]["items"].as_array().unwrap();
        let first = &items[0]["issues"][0];
        assert_eq!(first["code"], "TARGET_RANGE_INVERTED", "{first}");
        assert_eq!((first["row"].clone(), first["column"].clone()), (json!(3), json!("target")));
        let second = items[1]["issues"].as_array().unwrap().iter().find(|i| i["severity"] == "ERROR").unwrap();
        assert_eq!(second["code"], "AMOUNT_NEGATIVE");
        assert_eq!((second["row"].clone(), second["column"].clone()), (json!(second_sheet + 1), json!("provincial_funds")));
        assert_eq!(app.snapshot().await, before);

        let partial = app.upload("?mode=partial", "text/csv", body).await.json();
        assert_eq!(counts(&partial), (0, 0, 11, 2));

        let p = app.upload("", "text/csv", "region_code,colour\n430200,red\n".as_bytes().to_vec())
            .await
            .problem(422, "UNREADABLE_UPLOAD");
        let codes: Vec<&str> = p["errors"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap()).collect();
        assert!(codes.contains(&"COLUMN_UNKNOWN") && codes.contains(&"COLUMN_MISSING"), "{codes:?}");
    }
}

db_tests! {
    async fn exports_of_several_pages_hold_every_sheet_once_in_order(app: TestApp) {
        // More sheets than three pages of the export's reads: 35 funds × the 13 example sheets.
        let mut docs = Vec::new();
        let mut fund_ids = Vec::new();
        for i in 0..35 {
            let res = app.post("/api/v1/funds", &json!({"name": format!("分页导出资金{i:02}"), "year": 2024})).await;
            assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
            let fund_id = res.json()["id"].as_i64().unwrap();
            fund_ids.push(fund_id);
            for k in 0..13 {
                docs.push(example_sheet(k, fund_id));
            }
        }
        let total = docs.len();
        assert!(total > 2 * perf_targets::service::reads::EXPORT_PAGE as usize + 1);
        let res = app.upload("", "application/json", serde_json::to_vec(&docs).unwrap()).await;
        assert_eq!(counts(&res.json()), (total as u64, 0, 0, 0));

        // JSON: byte for byte the array of what `GET /sheets/{id}` returns, in order of id.
        let list = app.get("/api/v1/sheets?page_size=500").await.json();
        let ids: Vec<i64> = list["items"].as_array().unwrap().iter().map(|s| s["id"].as_i64().unwrap()).collect();
        assert_eq!(ids.len(), total);
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
        let mut expected = b"[".to_vec();
        for (k, id) in ids.iter().enumerate() {
            if k > 0 {
                expected.push(b',');
            }
            let one = app.get(&format!("/api/v1/sheets/{id}")).await;
            assert_eq!(one.status, 200);
            expected.extend_from_slice(&one.body);
        }
        expected.push(b']');
        let res = app.get("/api/v1/sheets/export").await;
        assert_eq!(res.status, 200);
        assert!(res.body.as_ref() == expected.as_slice(), "the JSON export differs from the sheets as read");

        // Filters across pages: one fund's sheets, and the year's.
        let one_fund = app.get(&format!("/api/v1/sheets/export?fund_id={}", fund_ids[20])).await.json();
        assert_eq!(one_fund.as_array().unwrap().len(), 13);
        assert!(one_fund.as_array().unwrap().iter().all(|s| s["fund_id"] == fund_ids[20]));
        let year = app.get("/api/v1/sheets/export?year=2024&format=json").await.json();
        assert_eq!(year.as_array().unwrap().len(), total);

        // CSV: the header once, one row per indicator; CSV and Excel upload back unchanged.
        let csv = app.get("/api/v1/sheets/export?format=csv").await;
        assert_eq!(csv.status, 200);
        let text = String::from_utf8(csv.body.to_vec()).unwrap();
        let indicators: usize = docs.iter().map(|d| d["indicators"].as_array().unwrap().len().max(1)).sum();
        assert_eq!(text.split("\r\n").filter(|l| !l.is_empty()).count(), 1 + indicators);
        assert_eq!(text.matches("fund_id,fund_name").count(), 1);
        for (format, media) in [("csv", "text/csv"), ("xlsx", XLSX)] {
            let file = app.get(&format!("/api/v1/sheets/export?format={format}")).await;
            assert_eq!(file.status, 200, "{format}");
            let back = app.upload("", media, file.body.to_vec()).await;
            assert_eq!(counts(&back.json()), (0, 0, total as u64, 0), "{format}");
        }
    }
}
