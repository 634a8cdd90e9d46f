//! Sheets over HTTP: the single write path through create, replace and patch; rule errors,
//! conflicts, preconditions, lists; and bad input that must change nothing.

use actix_web::test::TestRequest;
use serde_json::{json, Value};

use crate::common::*;

async fn fund(app: &TestApp) -> i64 {
    let res = app
        .post(
            "/api/v1/funds",
            &json!({"name": "2024年度跨境电商支持资金", "year": 2024}),
        )
        .await;
    assert_eq!(res.status, 201);
    res.json()["id"].as_i64().unwrap()
}

/// Sends `doc` to `path` ten times at once: exactly one is created, every other answer is 409
/// `code` naming it. The id created.
async fn one_created(app: &TestApp, path: &str, doc: &Value, code: &str) -> i64 {
    let answers = futures_util::future::join_all((0..10).map(|_| app.post(path, doc))).await;
    let created: Vec<i64> = answers
        .iter()
        .filter(|r| r.status == 201)
        .map(|r| r.json()["id"].as_i64().unwrap())
        .collect();
    assert_eq!(created.len(), 1, "{path}");
    for res in answers.iter().filter(|r| r.status != 201) {
        let p = res.problem(409, code);
        assert!(
            p["detail"]
                .as_str()
                .unwrap()
                .contains(&created[0].to_string()),
            "{p}"
        );
    }
    created[0]
}

fn codes(problem: &Value) -> Vec<(String, String)> {
    problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["code"].as_str().unwrap().to_string(),
                e["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

db_tests! {
    // A read shows every change made since the previous read of the same sheet: its own
    // writes and steps, its fund's new name, a write made outside this instance, its deletion.
    async fn a_read_follows_every_change(app: TestApp) {
        let (fund_id, ids) = app.load_example().await;
        let path = format!("/api/v1/sheets/{}", ids[0]);
        let first = app.get(&path).await;
        let again = app.get(&path).await;
        assert_eq!((again.status.as_u16(), again.etag()), (200, first.etag()));
        assert_eq!(again.json(), first.json());
        assert_eq!(again.header("content-type"), Some("application/json"));

        let fund_path = format!("/api/v1/funds/{fund_id}");
        assert_eq!(app.patch(&fund_path, &json!({"name": "改名后的专项"}), None).await.status, 200);
        let read = app.get(&path).await;
        assert_eq!(read.json()["fund_name"], "改名后的专项");
        assert_eq!(read.etag(), first.etag());

        assert_eq!(app.patch(&path, &json!({"matching_funds": "77"}), None).await.status, 200);
        let read = app.get(&path).await;
        assert_eq!((read.json()["matching_funds"].clone(), read.etag()), (json!("77"), "\"2\"".to_string()));

        let submit = app.send(TestRequest::post().uri(&format!("{path}/submit"))).await;
        assert_eq!(submit.status, 200);
        assert_eq!(app.get(&path).await.json()["status"], "SUBMITTED");

        // Another instance (or the command line) writes to the same database.
        {
            use diesel::connection::SimpleConnection;
            let mut conn = app.db.conn().unwrap();
            conn.batch_execute(&format!(
                "UPDATE sheets SET overall_goal = '另一实例写入', version = version + 1 WHERE id = {}",
                ids[0]
            ))
            .unwrap();
        }
        let read = app.get(&path).await.json();
        assert_eq!((read["overall_goal"].clone(), read["version"].clone()), (json!("另一实例写入"), json!(4)));

        let other = format!("/api/v1/sheets/{}", ids[1]);
        assert_eq!(app.get(&other).await.status, 200);
        assert_eq!(app.delete(&other, None).await.status, 204);
        app.get(&other).await.problem(404, "SHEET_NOT_FOUND");
    }

    // Ten clients create the same sheet, or the same fund, at once: one 201, the others 409
    // naming what exists; never a 500.
    async fn concurrent_creates_of_one_sheet_or_fund_are_conflicts(app: TestApp) {
        for round in 0..3 {
            let fund_doc = json!({"name": format!("并发资金 {round}"), "year": 2024});
            let fund_id = one_created(&app, "/api/v1/funds", &fund_doc, "FUND_EXISTS").await;
            let mut doc = example_sheet(0, fund_id);
            doc["region_code"] = json!("430100");
            doc["departments"] = json!(["长沙市商务局"]);
            one_created(&app, "/api/v1/sheets", &doc, "SHEET_EXISTS").await;
        }
    }

    async fn create_and_read(app: TestApp) {
        let fund_id = fund(&app).await;
        let doc = example_sheet(0, fund_id);
        let res = app.post("/api/v1/sheets", &doc).await;
        assert_eq!(res.status, 201);
        let body = res.json();
        let id = body["id"].as_i64().unwrap();
        assert_eq!(res.header("location"), Some(format!("/api/v1/sheets/{id}").as_str()));
        assert_eq!(res.etag(), "\"1\"");
        assert_eq!(body["region_name"], "株洲市");
        assert_eq!(as_sent(&body["indicators"]), doc["indicators"]);
        assert_eq!(body["indicators"][0]["target_parsed"]["comparator"], "EQ");
        assert_eq!(body["created_at"], body["updated_at"]);
        let got = app.get(&format!("/api/v1/sheets/{id}")).await;
        assert_eq!(got.json(), as_read(&body));
        assert_eq!(got.etag(), "\"1\"");
    }

    async fn labels_and_text_are_normalised_amounts_exact(app: TestApp) {
        let fund_id = fund(&app).await;
        let doc = json!({
            "fund_id": fund_id, "region_code": "433100", "departments": [" 湘西州商务局 "],
            "provincial_funds": 12.5, "matching_funds": "0.0001", "overall_goal": "目标",
            "indicators": [
                {"level1": "效益\n指标", "level2": "经济效益\n指标", "name": "交易额", "target": "≥ 95 %"},
                {"level1": "满意度指标", "level2": "社会公众或服务对象满意度指标", "name": "满意度", "target": "≥90%"}
            ]
        });
        let body = app.post("/api/v1/sheets", &doc).await.json();
        assert_eq!(body["departments"], json!(["湘西州商务局"]));
        assert_eq!(body["provincial_funds"], "12.5");
        assert_eq!(body["matching_funds"], "0.0001");
        assert_eq!(body["indicators"][0]["level1"], "效益指标");
        assert_eq!(body["indicators"][0]["level2"], "经济效益指标");
        assert_eq!(body["indicators"][0]["target"], "≥ 95 %");
        assert_eq!(body["indicators"][1]["level2"], "服务对象满意度指标");
        // An amount sent as a JSON number is read as written, never through a float.
        for (raw, code) in [("1e3", "AMOUNT_INVALID"), ("12.30000000000000001", "AMOUNT_TOO_PRECISE")] {
            let text = doc.to_string().replace("12.5", raw);
            let req = TestRequest::post()
                .uri("/api/v1/sheets/validate")
                .insert_header(("content-type", "application/json"))
                .set_payload(text);
            let verdict = app.send(req).await.json();
            let found: Vec<(&str, &str)> = verdict["issues"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| (i["code"].as_str().unwrap(), i["path"].as_str().unwrap()))
                .collect();
            assert!(found.contains(&(code, "/provincial_funds")), "{raw}: {verdict}");
        }
        // An integer field takes a whole number however it is written, as JSON Schema counts
        // integers: `7.0` and `7e0` name fund 7; a whole number beyond any fund is unknown, not
        // a malformed body; a fraction is a malformed body.
        let whole = |raw: String| {
            let text = doc.to_string().replacen(&format!("\"fund_id\":{fund_id}"), &format!("\"fund_id\":{raw}"), 1);
            assert!(text.contains(&raw), "{text}");
            TestRequest::post()
                .uri("/api/v1/sheets/validate")
                .insert_header(("content-type", "application/json"))
                .set_payload(text)
        };
        for raw in [format!("{fund_id}.0"), format!("{fund_id}e0"), format!("{}e-1", fund_id * 10)] {
            let verdict = app.send(whole(raw.clone())).await.json();
            assert_eq!(verdict["sheet"]["fund_id"], fund_id, "{raw}: {verdict}");
            assert!(!verdict["issues"].to_string().contains("UNKNOWN_FUND"), "{raw}: {verdict}");
        }
        for raw in ["-9007199254740991.0", "9.007199254740991e15"] {
            let verdict = app.send(whole(raw.into())).await.json();
            assert!(verdict["issues"].to_string().contains("UNKNOWN_FUND"), "{raw}: {verdict}");
        }
        app.send(whole(format!("{fund_id}.5"))).await.problem(400, "INVALID_BODY");
    }

    async fn every_rule_error_is_listed_and_nothing_is_saved(app: TestApp) {
        let fund_id = fund(&app).await;
        let before = app.snapshot().await;
        let doc = json!({
            "fund_id": fund_id + 100, "region_code": "439999", "departments": [],
            "provincial_funds": "-1", "matching_funds": "1e3", "overall_goal": "",
            "indicators": [
                {"level1": "产出指标", "level2": "社会效益指标", "name": "甲", "target": "1"},
                {"level1": "产出", "level2": "数量指标", "name": "乙", "target": "1"},
                {"level1": "产出指标", "level2": "数量指标", "name": "", "target": " "},
                {"level1": "产出指标", "level2": "数量指标", "name": "丙", "target": "1"},
                {"level1": "产出指标", "level2": "数量指标", "name": "丙", "target": "2"}
            ]
        });
        let body = app.post("/api/v1/sheets", &doc).await.problem(422, "VALIDATION_FAILED");
        assert_eq!(
            codes(&body),
            pairs(&[
                ("REQUIRED", "/departments"),
                ("AMOUNT_NEGATIVE", "/provincial_funds"),
                ("AMOUNT_INVALID", "/matching_funds"),
                ("REQUIRED", "/overall_goal"),
                ("LEVEL2_NOT_UNDER_LEVEL1", "/indicators/0/level2"),
                ("UNKNOWN_LEVEL1", "/indicators/1/level1"),
                ("REQUIRED", "/indicators/2/name"),
                ("REQUIRED", "/indicators/2/target"),
                ("DUPLICATE_INDICATOR", "/indicators/4/name"),
                ("UNKNOWN_FUND", "/fund_id"),
                ("UNKNOWN_REGION", "/region_code"),
            ])
        );
        assert!(body["errors"].as_array().unwrap().iter().all(|e| e["severity"] == "ERROR"));
        assert_eq!(app.snapshot().await, before);

        let res = app
            .send(
                TestRequest::post()
                    .uri("/api/v1/sheets")
                    .insert_header(("Content-Type", "application/json"))
                    .insert_header(("Accept-Language", "en"))
                    .set_payload(json!({"fund_id": fund_id}).to_string()),
            )
            .await;
        let body = res.problem(422, "VALIDATION_FAILED");
        assert_eq!(body["errors"][0]["message"], "region_code is required");
        assert_eq!(body["title"], "Validation failed");
    }

    async fn limits_and_control_characters(app: TestApp) {
        let fund_id = fund(&app).await;
        let mut doc = example_sheet(0, fund_id);
        doc["overall_goal"] = json!("长".repeat(2001));
        doc["departments"] = json!(vec!["株洲市商务局"; 11]);
        doc["indicators"][0]["name"] = json!("名\u{0}称");
        doc["indicators"][1]["target"] = json!("9".repeat(101));
        let body = app.post("/api/v1/sheets", &doc).await.problem(422, "VALIDATION_FAILED");
        let found = codes(&body);
        for expected in pairs(&[
            ("TOO_MANY", "/departments"),
            ("TOO_LONG", "/overall_goal"),
            ("CONTROL_CHARACTER", "/indicators/0/name"),
            ("TOO_LONG", "/indicators/1/target"),
        ]) {
            assert!(found.contains(&expected), "{expected:?} in {found:?}");
        }
        let many: Vec<Value> = (0..201)
            .map(|i| json!({"level1": "产出指标", "level2": "数量指标", "name": format!("指标{i}"), "target": "1"}))
            .collect();
        let mut doc = example_sheet(0, fund_id);
        doc["indicators"] = json!(many);
        let body = app.post("/api/v1/sheets", &doc).await.problem(422, "VALIDATION_FAILED");
        assert_eq!(codes(&body), pairs(&[("TOO_MANY", "/indicators")]));
    }

    async fn a_second_sheet_for_the_same_region_is_a_conflict(app: TestApp) {
        let fund_id = fund(&app).await;
        let first = app.post("/api/v1/sheets", &example_sheet(0, fund_id)).await.json();
        let before = app.snapshot().await;
        let body = app.post("/api/v1/sheets", &example_sheet(0, fund_id)).await.problem(409, "SHEET_EXISTS");
        assert_eq!(codes(&body), pairs(&[("SHEET_EXISTS", "/region_code")]));
        assert!(body["detail"].as_str().unwrap().contains(&first["id"].to_string()));
        // Rule errors and a conflict together: 422 listing all of them.
        let mut bad = example_sheet(0, fund_id);
        bad["provincial_funds"] = json!("1.000001");
        let body = app.post("/api/v1/sheets", &bad).await.problem(422, "VALIDATION_FAILED");
        assert_eq!(
            codes(&body),
            pairs(&[("AMOUNT_TOO_PRECISE", "/provincial_funds"), ("SHEET_EXISTS", "/region_code")])
        );
        assert_eq!(app.snapshot().await, before);
    }

    async fn put_back_unchanged_keeps_the_version(app: TestApp) {
        let fund_id = fund(&app).await;
        let created = app.post("/api/v1/sheets", &example_sheet(2, fund_id)).await.json();
        let path = format!("/api/v1/sheets/{}", created["id"]);
        let res = app.put(&path, &created, Some("\"1\"")).await;
        assert_eq!(res.status, 200);
        assert_eq!(res.etag(), "\"1\"");
        assert_eq!(res.json(), created, "read-only fields ignored, nothing rewritten");

        let mut edited = created.clone();
        edited["indicators"][0]["target"] = json!("1200");
        edited["matching_funds"] = Value::Null;
        let res = app.put(&path, &edited, Some("\"1\"")).await;
        assert_eq!(res.status, 200);
        assert_eq!(res.etag(), "\"2\"");
        let body = res.json();
        assert_eq!(body["indicators"][0]["target"], "1200");
        assert!(body["matching_funds"].is_null());
        assert_ne!(body["updated_at"], created["updated_at"]);
        assert_eq!(body["created_at"], created["created_at"]);

        // The old ETag is stale now.
        app.put(&path, &created, Some("\"1\"")).await.problem(412, "PRECONDITION_FAILED");
        app.delete(&path, Some("\"1\"")).await.problem(412, "PRECONDITION_FAILED");
        // An ETag is compared as written: "02" is not "2".
        app.put(&path, &created, Some("\"02\"")).await.problem(412, "PRECONDITION_FAILED");
        assert_eq!(app.get(&path).await.json(), as_read(&body));
        // Without If-Match the write goes through; with `*` too.
        assert_eq!(app.put(&path, &created, None).await.etag(), "\"3\"");
        assert_eq!(app.put(&path, &edited, Some("*")).await.etag(), "\"4\"");
    }

    async fn fund_and_region_cannot_change(app: TestApp) {
        let fund_id = fund(&app).await;
        let other = app.post("/api/v1/funds", &json!({"name": "另一专项", "year": 2024})).await.json();
        let created = app.post("/api/v1/sheets", &example_sheet(0, fund_id)).await.json();
        let path = format!("/api/v1/sheets/{}", created["id"]);
        let mut moved = created.clone();
        moved["fund_id"] = other["id"].clone();
        moved["region_code"] = json!("430300");
        let body = app.put(&path, &moved, None).await.problem(422, "VALIDATION_FAILED");
        assert_eq!(
            codes(&body),
            pairs(&[("IMMUTABLE_FIELD", "/fund_id"), ("IMMUTABLE_FIELD", "/region_code")])
        );
        let body = app.patch(&path, &json!({"region_code": "430300"}), None).await.problem(422, "VALIDATION_FAILED");
        assert_eq!(codes(&body), pairs(&[("IMMUTABLE_FIELD", "/region_code")]));
        assert_eq!(app.get(&path).await.json(), as_read(&created));
    }

    async fn merge_patch_changes_only_what_it_names(app: TestApp) {
        let fund_id = fund(&app).await;
        let created = app.post("/api/v1/sheets", &example_sheet(8, fund_id)).await.json();
        assert_eq!(created["matching_funds_note"], "含县市区");
        let path = format!("/api/v1/sheets/{}", created["id"]);
        let res = app.patch(&path, &json!({"matching_funds": null, "matching_funds_note": null}), Some("\"1\"")).await;
        assert_eq!(res.status, 200);
        let body = res.json();
        assert!(body["matching_funds"].is_null() && body["matching_funds_note"].is_null());
        assert_eq!(body["indicators"], created["indicators"]);
        assert_eq!(body["version"], 2);
        // Plain JSON is accepted for PATCH as well; an empty patch changes nothing.
        let res = app.json(actix_web::http::Method::PATCH, &path, &json!({}), None).await;
        assert_eq!((res.status.as_u16(), res.etag()), (200, "\"2\"".to_string()));
        // Indicators are replaced as a whole.
        let res = app
            .patch(&path, &json!({"indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "唯一", "target": "1"}]}), None)
            .await;
        assert_eq!(res.json()["indicators"].as_array().unwrap().len(), 1);
        // A patch that breaks rules is refused and changes nothing.
        let before = app.get(&path).await.json();
        let body = app.patch(&path, &json!({"indicators": null}), None).await.problem(422, "VALIDATION_FAILED");
        assert_eq!(codes(&body), pairs(&[("REQUIRED", "/indicators")]));
        let body = app.patch(&path, &json!({"indicators": [{"level1": 1}]}), None).await.problem(400, "INVALID_BODY");
        assert_eq!(body["errors"][0]["path"], "/indicators/0/level1");
        // An unknown field is refused even where the patch would only clear it.
        let body = app.patch(&path, &json!({"matching_fund": null}), None).await.problem(400, "INVALID_BODY");
        assert_eq!(codes(&body), pairs(&[("UNKNOWN_FIELD", "/matching_fund")]));
        assert_eq!(app.get(&path).await.json(), before);
        app.patch("/api/v1/sheets/999", &json!({}), None).await.problem(404, "SHEET_NOT_FOUND");
    }

    async fn delete_then_gone(app: TestApp) {
        let fund_id = fund(&app).await;
        let created = app.post("/api/v1/sheets", &example_sheet(0, fund_id)).await.json();
        let path = format!("/api/v1/sheets/{}", created["id"]);
        let res = app.delete(&path, Some("\"1\"")).await;
        assert_eq!(res.status, 204);
        app.get(&path).await.problem(404, "SHEET_NOT_FOUND");
        app.delete(&path, None).await.problem(404, "SHEET_NOT_FOUND");
        // The region is free again.
        assert_eq!(app.post("/api/v1/sheets", &example_sheet(0, fund_id)).await.status, 201);
    }

    async fn lists_filter_and_page(app: TestApp) {
        let (fund_id, ids) = app.load_example().await;
        let other = app.post("/api/v1/funds", &json!({"name": "2025年度跨境电商支持资金", "year": 2025})).await.json();
        let other_id = other["id"].as_i64().unwrap();
        app.post("/api/v1/sheets", &example_sheet(0, other_id)).await;

        let all = app.get("/api/v1/sheets?page_size=500").await.json();
        assert_eq!(all["items"].as_array().unwrap().len(), 14);
        assert!(all["next_page_token"].is_null());
        let by_fund = app.get(&format!("/api/v1/sheets?fund_id={fund_id}&page_size=500")).await.json();
        assert_eq!(by_fund["items"].as_array().unwrap().len(), 13);
        let by_year = app.get("/api/v1/sheets?year=2025").await.json();
        assert_eq!(by_year["items"].as_array().unwrap().len(), 1);
        let by_region = app.get("/api/v1/sheets?region_code=430200").await.json();
        let regions: Vec<i64> = by_region["items"].as_array().unwrap().iter().map(|s| s["fund_id"].as_i64().unwrap()).collect();
        assert_eq!(regions, [fund_id, other_id]);
        let combined = app.get(&format!("/api/v1/sheets?region_code=430200&year=2024&status=DRAFT&fund_id={fund_id}")).await.json();
        assert_eq!(combined["items"][0]["id"], ids[0]);
        assert_eq!(app.get("/api/v1/sheets?status=APPROVED").await.json()["items"], json!([]));

        // Pages of 5 walk the same sheets in the same order, each with its indicators.
        let mut seen = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let uri = match &token {
                Some(t) => format!("/api/v1/sheets?fund_id={fund_id}&page_size=5&page_token={t}"),
                None => format!("/api/v1/sheets?fund_id={fund_id}&page_size=5"),
            };
            let page = app.get(&uri).await.json();
            for item in page["items"].as_array().unwrap() {
                assert_eq!(item, &app.get(&format!("/api/v1/sheets/{}", item["id"])).await.json());
                seen.push(item["id"].as_i64().unwrap());
            }
            match page["next_page_token"].as_str() {
                Some(t) => token = Some(t.to_string()),
                None => break,
            }
        }
        assert_eq!(seen, ids);

        for (query, parameter) in [
            ("page_size=501", "page_size"),
            ("page_size=0", "page_size"),
            ("page_token=nonsense", "page_token"),
            ("status=DONE", "status"),
            ("fund_id=abc", "fund_id"),
            ("regin_code=430200", "regin_code"),
        ] {
            let body = app.get(&format!("/api/v1/sheets?{query}")).await.problem(400, "INVALID_QUERY");
            assert_eq!(body["errors"][0]["parameter"], parameter, "{query}");
        }
    }

    async fn malformed_bodies_change_nothing(app: TestApp) {
        let fund_id = fund(&app).await;
        let created = app.post("/api/v1/sheets", &example_sheet(0, fund_id)).await.json();
        let path = format!("/api/v1/sheets/{}", created["id"]);
        let before = app.snapshot().await;
        let raw = |method: actix_web::http::Method, uri: &str, content_type: Option<&str>, body: Vec<u8>| {
            let mut req = TestRequest::default().method(method).uri(uri).set_payload(body);
            if let Some(ct) = content_type {
                req = req.insert_header(("Content-Type", ct));
            }
            req
        };
        use actix_web::http::Method;
        let cases: Vec<(TestRequest, u16, &str)> = vec![
            (raw(Method::POST, "/api/v1/sheets", Some("application/json"), b"{\"fund_id\": 1,".to_vec()), 400, "MALFORMED_JSON"),
            (raw(Method::PUT, &path, Some("application/json"), b"not json".to_vec()), 400, "MALFORMED_JSON"),
            (raw(Method::POST, "/api/v1/sheets", Some("application/json"), b"{\"overall_goal\":\"\xff\"}".to_vec()), 400, "MALFORMED_JSON"),
            (raw(Method::POST, "/api/v1/sheets", Some("application/json"), b"[]".to_vec()), 400, "INVALID_BODY"),
            (raw(Method::POST, "/api/v1/sheets", Some("text/plain"), b"{}".to_vec()), 415, "UNSUPPORTED_MEDIA_TYPE"),
            (raw(Method::POST, "/api/v1/sheets", None, b"{}".to_vec()), 415, "UNSUPPORTED_MEDIA_TYPE"),
            (raw(Method::PATCH, &path, Some("application/x-www-form-urlencoded"), b"a=b".to_vec()), 415, "UNSUPPORTED_MEDIA_TYPE"),
            (
                raw(Method::POST, "/api/v1/sheets", Some("application/json"), format!("{{\"overall_goal\": \"{}\"}}", "x".repeat(1_100_000)).into_bytes()),
                413,
                "PAYLOAD_TOO_LARGE",
            ),
            (raw(Method::PUT, &path, Some("application/json"), vec![b' '; (1 << 20) + 1]), 413, "PAYLOAD_TOO_LARGE"),
        ];
        for (req, status, code) in cases {
            app.send(req).await.problem(status, code);
        }
        // Unknown fields are named, with their path.
        let mut typo = created.clone();
        typo["matching_fund"] = json!("10");
        let body = app.put(&path, &typo, None).await.problem(400, "INVALID_BODY");
        assert_eq!(codes(&body), pairs(&[("UNKNOWN_FIELD", "/matching_fund")]));
        assert!(body["detail"].as_str().unwrap().contains("matching_fund"));
        let mut typo = example_sheet(1, fund_id);
        typo["indicators"][3]["traget"] = json!("1");
        let body = app.post("/api/v1/sheets", &typo).await.problem(400, "INVALID_BODY");
        assert_eq!(codes(&body), pairs(&[("UNKNOWN_FIELD", "/indicators/3/traget")]));
        let mut wrong = example_sheet(1, fund_id);
        wrong["departments"] = json!("株洲市商务局");
        let body = app.post("/api/v1/sheets", &wrong).await.problem(400, "INVALID_BODY");
        assert_eq!(codes(&body), pairs(&[("INVALID_TYPE", "/departments")]));
        let mut wrong = example_sheet(1, fund_id);
        wrong["provincial_funds"] = json!(true);
        assert_eq!(app.post("/api/v1/sheets", &wrong).await.problem(400, "INVALID_BODY")["errors"][0]["path"], "/provincial_funds");

        app.get("/api/v1/sheets/abc").await.problem(400, "INVALID_PATH_PARAMETER");
        app.get("/api/v1/sheets/99999").await.problem(404, "SHEET_NOT_FOUND");
        app.put("/api/v1/sheets/99999", &created, None).await.problem(404, "SHEET_NOT_FOUND");
        assert_eq!(app.snapshot().await, before);
    }
}
