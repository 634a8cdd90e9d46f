//! Bulk upload over HTTP: upserts by natural key, atomic and partial modes, dry runs,
//! idempotency keys, funds and regions by name, NDJSON with line numbers.

use actix_web::test::TestRequest;
use serde_json::{json, Value};

use crate::common::*;

const FUND_NAME: &str = "2024年度跨境电商支持资金";

/// The thirteen example sheets naming their fund instead of giving its id.
fn named_sheets() -> Vec<Value> {
    example()["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let mut s = s.clone();
            s["fund_name"] = json!(FUND_NAME);
            s["year"] = json!(2024);
            s
        })
        .collect()
}

async fn create_fund(app: &TestApp) -> i64 {
    let res = app.post("/api/v1/funds", &example()["fund"]).await;
    assert_eq!(res.status, 201);
    res.json()["id"].as_i64().unwrap()
}

async fn upload(app: &TestApp, query: &str, body: &Value) -> Resp {
    app.send(
        TestRequest::post()
            .uri(&format!("/api/v1/sheets/bulk{query}"))
            .set_json(body),
    )
    .await
}

fn outcomes(summary: &Value) -> Vec<String> {
    summary["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["outcome"].as_str().unwrap().to_string())
        .collect()
}

fn counts(summary: &Value) -> (u64, u64, u64, u64) {
    (
        summary["created"].as_u64().unwrap(),
        summary["updated"].as_u64().unwrap(),
        summary["unchanged"].as_u64().unwrap(),
        summary["failed"].as_u64().unwrap(),
    )
}

db_tests! {
    async fn upserts_by_natural_key_and_unchanged_means_no_write(app: TestApp) {
        let fund_id = create_fund(&app).await;
        let res = upload(&app, "", &json!(named_sheets())).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let summary = res.json();
        assert_eq!(counts(&summary), (13, 0, 0, 0));
        assert_eq!(summary["saved"], true);
        assert_eq!(summary["items"][0]["key"], json!({"fund_id": fund_id, "region_code": "430200"}));
        let before = app.snapshot().await;
        assert_eq!(before["sheets"]["items"].as_array().unwrap().len(), 13);

        // The same upload again changes nothing.
        let again = upload(&app, "", &json!(named_sheets())).await.json();
        assert_eq!(counts(&again), (0, 0, 13, 0));
        assert_eq!(app.snapshot().await, before);

        // What GET lists can be uploaded as it is; one edited sheet is updated.
        let mut listed = before["sheets"]["items"].as_array().unwrap().clone();
        listed[3]["overall_goal"] = json!("新的年度总体目标");
        let res = upload(&app, "", &json!(listed)).await.json();
        assert_eq!(counts(&res), (0, 1, 12, 0));
        assert_eq!(res["items"][3]["outcome"], "UPDATED");
        let sheet = app.get(&format!("/api/v1/sheets/{}", res["items"][3]["sheet_id"])).await.json();
        assert_eq!(sheet["version"], 2);
        assert_eq!(sheet["overall_goal"], "新的年度总体目标");
    }

    async fn atomic_saves_nothing_partial_saves_the_good_ones(app: TestApp) {
        create_fund(&app).await;
        let mut items = named_sheets();
        items.truncate(5);
        items[1]["indicators"][2]["target"] = json!("≥abc%");
        items[2].as_object_mut().unwrap().remove("region_code");
        items[2]["region_name"] = json!("火星市");
        items[3]["matching_fund"] = json!("1");
        items[4]["fund_name"] = json!("不存在的资金");
        let before = app.snapshot().await;

        let res = upload(&app, "", &json!(items)).await;
        let problem = res.problem(422, "IMPORT_FAILED");
        let summary = &problem["summary"];
        assert_eq!(summary["saved"], false);
        assert_eq!(outcomes(summary), ["CREATED", "FAILED", "FAILED", "FAILED", "FAILED"]);
        assert!(summary["items"][0].get("sheet_id").is_none(), "no id for a sheet never saved");
        let first_issue = |i: usize| summary["items"][i]["issues"][0].clone();
        assert_eq!(first_issue(1)["code"], "TARGET_MALFORMED");
        assert_eq!(first_issue(1)["path"], "/indicators/2/target");
        assert_eq!(first_issue(2)["code"], "UNKNOWN_REGION");
        assert_eq!(first_issue(3)["code"], "UNKNOWN_FIELD");
        assert_eq!(first_issue(3)["path"], "/matching_fund");
        assert_eq!(first_issue(4)["code"], "UNKNOWN_FUND");
        assert_eq!(app.snapshot().await, before, "atomic: nothing saved");

        let res = upload(&app, "?mode=partial", &json!(items)).await;
        assert_eq!(res.status, 200);
        let summary = res.json();
        assert_eq!(counts(&summary), (1, 0, 0, 4));
        assert_eq!(summary["mode"], "partial");
        let stored = app.get("/api/v1/sheets").await.json();
        assert_eq!(stored["items"].as_array().unwrap().len(), 1);
        assert_eq!(stored["items"][0]["region_code"], "430200");
    }

    async fn dry_run_checks_everything_and_saves_nothing(app: TestApp) {
        create_fund(&app).await;
        let before = app.snapshot().await;
        let res = upload(&app, "?dry_run=true", &json!(named_sheets())).await;
        assert_eq!(res.status, 200);
        let summary = res.json();
        assert_eq!((summary["dry_run"].clone(), summary["saved"].clone()), (json!(true), json!(false)));
        assert_eq!(counts(&summary), (13, 0, 0, 0));
        assert!(summary["items"].as_array().unwrap().iter().all(|i| i.get("sheet_id").is_none()), "{summary}");
        assert_eq!(app.snapshot().await, before);
        // The budget is checked across the items of one upload: a fourteenth 1 万元 is over.
        let mut twice = named_sheets();
        twice.push(twice[2].clone());
        let summary = upload(&app, "?dry_run=true&mode=partial", &json!(twice)).await.json();
        assert_eq!(counts(&summary), (13, 0, 0, 1));
        let issue = &summary["items"][13]["issues"][0];
        assert_eq!((issue["code"].clone(), issue["path"].clone()), (json!("DUPLICATE_ITEM"), json!("/region_code")));
        let mut items = named_sheets();
        let mut extra = items[0].clone();
        extra["region_code"] = json!("430100");
        extra["departments"] = json!(["长沙市商务局"]);
        extra["provincial_funds"] = json!("1");
        items.push(extra);
        let summary = upload(&app, "?dry_run=true&mode=partial", &json!(items)).await.json();
        assert_eq!(counts(&summary), (13, 0, 0, 1));
        assert_eq!(summary["items"][13]["issues"][0]["code"], "FUND_TOTAL_EXCEEDED");
    }

    async fn idempotency_keys_replay_the_first_answer(app: TestApp) {
        create_fund(&app).await;
        let send = |key: &'static str, body: Value| {
            TestRequest::post()
                .uri("/api/v1/sheets/bulk")
                .insert_header(("Idempotency-Key", key))
                .set_json(body)
        };
        let first = app.send(send("upload-2024-1", json!(named_sheets()))).await;
        assert_eq!(first.status, 200);
        assert_eq!(counts(&first.json()), (13, 0, 0, 0));
        let after_first = app.snapshot().await;
        let again = app.send(send("upload-2024-1", json!(named_sheets()))).await;
        assert_eq!(again.status, 200);
        assert_eq!(again.header("idempotent-replayed"), Some("true"));
        assert_eq!(again.json(), first.json(), "the first answer, not 13 unchanged");
        assert_eq!(app.snapshot().await, after_first);
        let mut other = named_sheets();
        other[0]["overall_goal"] = json!("改过");
        app.send(send("upload-2024-1", json!(other))).await.problem(422, "IDEMPOTENCY_KEY_REUSED");
        assert_eq!(app.snapshot().await, after_first);
        let body = app.send(send("bad key with spaces", json!([]))).await.problem(400, "INVALID_HEADER");
        assert_eq!(body["title"], "请求头有误", "{body}");
        assert!(body["detail"].as_str().unwrap().contains("Idempotency-Key 应为 1–200 个可见 ASCII 字符"), "{body}");
        assert_eq!(body["errors"][0]["parameter"], "Idempotency-Key", "{body}");
        assert_eq!(body["errors"][0]["code"], "INVALID_PARAMETER", "{body}");
        let req = send("", json!([])).insert_header(("Accept-Language", "en"));
        let body = app.send(req).await.problem(400, "INVALID_HEADER");
        assert_eq!(body["title"], "Invalid request header", "{body}");
        assert!(body["detail"].as_str().unwrap().starts_with("The Idempotency-Key header must be"), "{body}");
        assert_eq!(app.snapshot().await, after_first, "nothing applied");
    }

    async fn funds_by_name_must_be_unambiguous(app: TestApp) {
        create_fund(&app).await;
        let mut fund_2025 = example()["fund"].clone();
        fund_2025["year"] = json!(2025);
        assert_eq!(app.post("/api/v1/funds", &fund_2025).await.status, 201);
        let mut sheet = named_sheets()[0].clone();
        sheet.as_object_mut().unwrap().remove("year");
        let summary = upload(&app, "?mode=partial", &json!([sheet.clone()])).await.json();
        let issue = &summary["items"][0]["issues"][0];
        assert_eq!((issue["code"].clone(), issue["path"].clone()), (json!("AMBIGUOUS_REFERENCE"), json!("/fund_id")));
        sheet["year"] = json!(2025);
        let summary = upload(&app, "", &json!([sheet])).await.json();
        assert_eq!(counts(&summary), (1, 0, 0, 0));
        let stored = app.get(&format!("/api/v1/sheets/{}", summary["items"][0]["sheet_id"])).await.json();
        assert_eq!(stored["year"], 2025);
        // In a CSV file the year column does the same.
        let csv = format!(
            "fund_name,year,region_code,departments,provincial_funds,overall_goal,level1,level2,name,target\n\
             {FUND_NAME},2025,430300,湘潭市商务局,1,目标,产出指标,数量指标,培训人次,10\n\
             {FUND_NAME},,430400,衡阳市商务局,1,目标,产出指标,数量指标,培训人次,10\n\
             {FUND_NAME},二〇二五,430500,邵阳市商务局,1,目标,产出指标,数量指标,培训人次,10\n"
        );
        let summary = app.upload("?mode=partial", "text/csv", csv.into_bytes()).await.json();
        assert_eq!(outcomes(&summary), ["CREATED", "FAILED", "FAILED"], "{summary}");
        let stored = app.get(&format!("/api/v1/sheets/{}", summary["items"][0]["sheet_id"])).await.json();
        assert_eq!((stored["year"].as_i64(), stored["region_code"].as_str()), (Some(2025), Some("430300")));
        assert_eq!(summary["items"][1]["issues"][0]["code"], "AMBIGUOUS_REFERENCE");
        let unread = &summary["items"][2]["issues"][0];
        assert_eq!((unread["code"].as_str(), unread["row"].as_u64(), unread["column"].as_str()), (Some("VALUE_INVALID"), Some(4), Some("year")));
    }

    async fn ndjson_and_regions_from_departments(app: TestApp) {
        create_fund(&app).await;
        let mut lines = Vec::new();
        for (i, mut sheet) in named_sheets().into_iter().take(3).enumerate() {
            if i == 1 {
                sheet.as_object_mut().unwrap().remove("region_code");
            }
            lines.push(sheet.to_string());
        }
        lines.insert(2, String::new());
        lines.insert(3, "{not json".to_string());
        let body = lines.join("\n");
        let res = app
            .send(
                TestRequest::post()
                    .uri("/api/v1/sheets/bulk?mode=partial")
                    .insert_header(("content-type", "application/x-ndjson"))
                    .set_payload(body),
            )
            .await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let summary = res.json();
        assert_eq!(outcomes(&summary), ["CREATED", "CREATED", "FAILED", "CREATED"]);
        assert_eq!(summary["items"][1]["key"]["region_code"], "430300", "from 湘潭市商务局");
        let bad = &summary["items"][2]["issues"][0];
        assert_eq!((bad["code"].clone(), bad["row"].clone()), (json!("VALUE_INVALID"), json!(4)));
    }

    async fn bad_requests_change_nothing(app: TestApp) {
        create_fund(&app).await;
        let before = app.snapshot().await;
        app.send(
            TestRequest::post()
                .uri("/api/v1/sheets/bulk")
                .insert_header(("content-type", "text/xml"))
                .set_payload("<sheets/>"),
        )
        .await
        .problem(415, "UNSUPPORTED_MEDIA_TYPE");
        upload(&app, "", &json!({"items": []})).await.problem(400, "INVALID_BODY");
        upload(&app, "?mode=sometimes", &json!([])).await.problem(400, "INVALID_QUERY");
        app.send(
            TestRequest::post()
                .uri("/api/v1/sheets/bulk")
                .insert_header(("content-type", "application/json"))
                .set_payload("[{\"fund_id\": 1,"),
        )
        .await
        .problem(400, "MALFORMED_JSON");
        let too_many = vec![json!({}); 10_001];
        let problem = upload(&app, "", &json!(too_many)).await.problem(422, "UNREADABLE_UPLOAD");
        assert_eq!(problem["errors"][0]["code"], "TOO_MANY_ITEMS");
        let empty = upload(&app, "", &json!([])).await.json();
        assert_eq!(counts(&empty), (0, 0, 0, 0));
        assert_eq!(app.snapshot().await, before);
    }
}

fn forms_text() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/2024-cross-border-ecommerce-forms.txt"
    ))
    .unwrap()
}

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The stored sheets as the example JSON holds them.
async fn stored_as_example(app: &TestApp) -> Vec<Value> {
    let list = app.get("/api/v1/sheets?page_size=500").await.json();
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            json!({
                "region_code": s["region_code"], "departments": s["departments"],
                "provincial_funds": s["provincial_funds"], "matching_funds": s["matching_funds"],
                "matching_funds_note": s["matching_funds_note"], "overall_goal": s["overall_goal"],
                "indicators": as_sent(&s["indicators"]),
            })
        })
        .collect()
}

db_tests! {
    async fn the_forms_as_text_and_as_docx(app: TestApp) {
        create_fund(&app).await;
        let res = app.upload("", "text/plain; charset=utf-8", forms_text().into_bytes()).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        assert_eq!(counts(&res.json()), (13, 0, 0, 0));
        let expected = example()["sheets"].as_array().unwrap().clone();
        assert_eq!(stored_as_example(&app).await, expected, "the forms read exactly as the JSON");

        // The same forms as a Word document: everything unchanged.
        let grids = perf_targets::exchange::grid_text::grids_from_text(&forms_text());
        let docx = perf_targets::exchange::docx::docx_from_grids(&grids);
        let res = app.upload("", DOCX, docx).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        assert_eq!(counts(&res.json()), (0, 0, 13, 0));
    }

    async fn broken_forms_and_files(app: TestApp) {
        create_fund(&app).await;
        let before = app.snapshot().await;
        // The second form loses its header row: that form fails with its line, the rest read.
        let text = forms_text();
        let header = text.match_indices("\t一级指标").nth(1).unwrap().0;
        let broken = format!("{}\t表头被删除{}", &text[..header], &text[header + "\t一级指标".len()..]);
        let res = app.upload("?dry_run=true&mode=partial", "text/plain", broken.into_bytes()).await;
        assert_eq!(res.status, 200);
        let summary = res.json();
        assert_eq!(counts(&summary), (12, 0, 0, 1));
        let issue = &summary["items"][1]["issues"][0];
        assert_eq!(issue["code"], "FORM_LAYOUT", "{issue}");
        assert!(issue["row"].as_u64().unwrap() > 1, "{issue}");

        let p = app.upload("", DOCX, b"not a zip".to_vec()).await.problem(422, "UNREADABLE_UPLOAD");
        assert_eq!(p["errors"][0]["code"], "FILE_UNREADABLE");
        // "地区" in GBK.
        let p = app.upload("", "text/plain", vec![0xB5, 0xD8, 0xC7, 0xF8]).await.problem(422, "UNREADABLE_UPLOAD");
        assert_eq!(p["errors"][0]["code"], "ENCODING_UNSUPPORTED");
        assert_eq!(app.snapshot().await, before);
    }
}

db_tests! {
    async fn concurrent_retries_with_one_key_apply_once(app: TestApp) {
        create_fund(&app).await;
        let body = json!(named_sheets());
        let send = || {
            app.send(
                TestRequest::post()
                    .uri("/api/v1/sheets/bulk")
                    .insert_header(("Idempotency-Key", "same-upload"))
                    .set_json(body.clone()),
            )
        };
        let (a, b, c) = futures_util::future::join3(send(), send(), send()).await;
        for res in [&a, &b, &c] {
            assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        }
        assert_eq!(a.json(), b.json());
        assert_eq!(b.json(), c.json());
        assert_eq!(counts(&a.json()), (13, 0, 0, 0), "applied once, the first answer for all");
        let replayed = [&a, &b, &c]
            .iter()
            .filter(|r| r.header("idempotent-replayed") == Some("true"))
            .count();
        assert_eq!(replayed, 2);
        let list = app.get("/api/v1/sheets?page_size=500").await.json();
        assert!(list["items"].as_array().unwrap().iter().all(|s| s["version"] == 1));
    }
}

db_tests! {
    async fn uploads_longer_than_a_chunk_keep_order_duplicates_and_revisions(app: TestApp) {
        // 40 funds × 13 sheets: more items than the upload checks and writes at once.
        let mut docs = Vec::new();
        for i in 0..40 {
            let res = app.post("/api/v1/funds", &json!({"name": format!("分块资金{i:02}"), "year": 2024})).await;
            assert_eq!(res.status, 201);
            let fund_id = res.json()["id"].as_i64().unwrap();
            for k in 0..13 {
                docs.push(example_sheet(k, fund_id));
            }
        }
        let n = docs.len();
        let first = upload(&app, "", &json!(docs)).await.json();
        assert_eq!(first["created"], n);
        let ids: Vec<i64> = first["items"].as_array().unwrap().iter().map(|i| i["sheet_id"].as_i64().unwrap()).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "sheets are created in the order of the upload");

        // Item 10 changes its sheet and item 5 leaves its own as it is; the last items name
        // those sheets again (duplicates, in the upload's second chunk); item 11 changes too.
        let mut again = docs.clone();
        again[10]["overall_goal"] = json!("第十项改过的目标");
        again[11]["overall_goal"] = json!("第十一项改过的目标");
        let mut dup_updated = docs[10].clone();
        dup_updated["overall_goal"] = json!("重复的一项");
        again.push(dup_updated);
        again.push(docs[5].clone());
        let res = upload(&app, "?mode=partial", &json!(again)).await.json();
        assert_eq!((res["created"].clone(), res["updated"].clone(), res["unchanged"].clone(), res["failed"].clone()),
                   (json!(0), json!(2), json!(n - 2), json!(2)), "{}", res["items"][n]);
        let items = res["items"].as_array().unwrap();
        for (k, item) in items.iter().enumerate().take(n) {
            assert_eq!(item["sheet_id"], ids[k], "item {k}");
        }
        let code = |i: &Value| i["issues"].as_array().unwrap().iter().any(|x| x["code"] == "DUPLICATE_ITEM");
        // The duplicate of a replaced sheet finds none; that of an unchanged one finds it.
        assert!(code(&items[n]) && items[n]["sheet_id"].is_null(), "{}", items[n]);
        assert!(code(&items[n + 1]) && items[n + 1]["sheet_id"] == ids[5], "{}", items[n + 1]);
        for (k, goal) in [(10, "第十项改过的目标"), (11, "第十一项改过的目标")] {
            let sheet = app.get(&format!("/api/v1/sheets/{}", ids[k])).await.json();
            assert_eq!((sheet["overall_goal"].as_str(), sheet["version"].as_i64()), (Some(goal), Some(2)));
            let history = app.get(&format!("/api/v1/sheets/{}/revisions", ids[k])).await.json();
            assert_eq!(history["items"].as_array().map(Vec::len), Some(2), "{history}");
        }
        let last = app.get(&format!("/api/v1/sheets/{}", ids[n - 1])).await.json();
        assert_eq!(last["version"], 1);
    }
}
