//! Funds over HTTP: create, read, list, replace, patch, delete, conflicts and preconditions.

use serde_json::{json, Value};

fn fund(name: &str, year: i64) -> serde_json::Value {
    json!({"name": name, "year": year, "total_provincial_funds": "2000", "description": "说明"})
}

/// The default scoring scheme as the API shows it (SPEC §6.1).
fn default_scheme() -> serde_json::Value {
    json!({"budget_execution": "10", "level1": {"产出指标": "50", "成本指标": "0", "效益指标": "30", "满意度指标": "10"}})
}

/// The fund's stored scoring column (`None`: the default scheme).
fn stored_scheme(app: &crate::common::TestApp, id: i64) -> Option<String> {
    use diesel::prelude::*;
    use perf_targets::db::schema::funds;
    let mut conn = app.db.conn().unwrap();
    let conn: &mut perf_targets::db::DbConnection = &mut conn;
    funds::table
        .find(id)
        .select(funds::scoring)
        .first(conn)
        .unwrap()
}

db_tests! {
    async fn a_stored_template_that_does_not_parse_is_500_never_no_template(app: TestApp) {
        use diesel::connection::SimpleConnection;
        let id = app.post("/api/v1/funds", &fund("模板资金", 2024)).await.json()["id"].as_i64().unwrap();
        let res = app.patch(&format!("/api/v1/funds/{id}"), &json!({"template": {"strict": true}}), None).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        // A template this version cannot read (written by hand, or by a later version).
        app.db
            .conn()
            .unwrap()
            .batch_execute(&format!("UPDATE funds SET template = '{{\"strict\": \"sometimes\"}}' WHERE id = {id}"))
            .unwrap();
        let sheet = crate::common::example_sheet(0, id);
        for res in [
            app.get(&format!("/api/v1/funds/{id}")).await,
            app.get("/api/v1/funds").await,
            app.post("/api/v1/sheets/validate", &sheet).await,
            app.post("/api/v1/sheets", &sheet).await,
        ] {
            let body = res.problem(500, "INTERNAL_ERROR");
            let text = body.to_string();
            for leak in ["template", "sometimes", "strict", "UPDATE", "SELECT", "invalid type"] {
                assert!(!text.contains(leak), "{leak}: {text}");
            }
        }
        assert_eq!(app.get("/api/v1/sheets").await.json()["items"], json!([]), "nothing saved");
    }

    async fn create_read_and_list(app: TestApp) {
        let res = app.post("/api/v1/funds", &fund("专项甲", 2024)).await;
        assert_eq!(res.status, 201);
        let body = res.json();
        let id = body["id"].as_i64().unwrap();
        assert_eq!(res.header("location"), Some(format!("/api/v1/funds/{id}").as_str()));
        assert_eq!(res.etag(), "\"1\"");
        assert_eq!(body["total_provincial_funds"], "2000");
        assert_eq!(body["version"], 1);
        assert!(body["created_at"].as_str().unwrap().ends_with('Z'));

        let res = app.get(&format!("/api/v1/funds/{id}")).await;
        assert_eq!(res.status, 200);
        assert_eq!(res.json(), body);
        assert_eq!(res.etag(), "\"1\"");

        app.post("/api/v1/funds", &fund("专项乙", 2025)).await;
        app.post("/api/v1/funds", &fund("专项丙", 2024)).await;
        let list = app.get("/api/v1/funds?year=2024").await.json();
        let names: Vec<&str> = list["items"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["专项甲", "专项丙"]);
        let page = app.get("/api/v1/funds?page_size=2").await.json();
        assert_eq!(page["items"].as_array().unwrap().len(), 2);
        let token = page["next_page_token"].as_str().unwrap();
        let rest = app.get(&format!("/api/v1/funds?page_size=2&page_token={token}")).await.json();
        assert_eq!(rest["items"][0]["name"], "专项丙");
        assert!(rest["next_page_token"].is_null());
    }

    async fn same_year_and_name_is_a_conflict(app: TestApp) {
        app.post("/api/v1/funds", &fund("专项甲", 2024)).await;
        let before = app.snapshot().await;
        let res = app.post("/api/v1/funds", &fund(" 专项甲 ", 2024)).await;
        let body = res.problem(409, "FUND_EXISTS");
        assert_eq!(body["errors"][0]["path"], "/name");
        // With a rule error as well, the answer is 422 listing both.
        let mut bad = fund("专项甲", 2024);
        bad["total_provincial_funds"] = json!("-1");
        let body = app.post("/api/v1/funds", &bad).await.problem(422, "VALIDATION_FAILED");
        let codes: Vec<&str> = body["errors"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap()).collect();
        assert_eq!(codes, ["AMOUNT_NEGATIVE", "FUND_EXISTS"]);
        assert_eq!(app.snapshot().await, before);
        assert_eq!(app.post("/api/v1/funds", &fund("专项甲", 2025)).await.status, 201);
    }

    async fn rule_errors_are_all_listed(app: TestApp) {
        let res = app
            .post("/api/v1/funds", &json!({"name": " ", "year": 1999, "total_provincial_funds": "1.23456"}))
            .await;
        let body = res.problem(422, "VALIDATION_FAILED");
        let errors: Vec<(&str, &str)> = body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["code"].as_str().unwrap(), e["path"].as_str().unwrap()))
            .collect();
        assert_eq!(
            errors,
            [("REQUIRED", "/name"), ("YEAR_OUT_OF_RANGE", "/year"), ("AMOUNT_TOO_PRECISE", "/total_provincial_funds")]
        );
        assert_eq!(app.snapshot().await["funds"]["items"], json!([]));
    }

    async fn replace_patch_and_versions(app: TestApp) {
        let created = app.post("/api/v1/funds", &fund("专项甲", 2024)).await.json();
        let id = created["id"].as_i64().unwrap();
        let path = format!("/api/v1/funds/{id}");

        // What GET returns can be PUT back as it is: nothing changes, the version stays.
        let res = app.put(&path, &created, Some("\"1\"")).await;
        assert_eq!(res.status, 200);
        assert_eq!(res.json(), created);

        let mut changed = created.clone();
        changed["total_provincial_funds"] = json!(2100.5);
        let res = app.put(&path, &changed, Some("\"1\"")).await;
        assert_eq!(res.status, 200);
        assert_eq!(res.etag(), "\"2\"");
        assert_eq!(res.json()["total_provincial_funds"], "2100.5");

        // A stale If-Match is 412 and changes nothing.
        let res = app.put(&path, &created, Some("\"1\"")).await;
        assert_eq!(res.problem(412, "PRECONDITION_FAILED")["status"], 412);

        let res = app.patch(&path, &json!({"description": null, "total_provincial_funds": "1900"}), Some("*")).await;
        assert_eq!(res.status, 200);
        let body = res.json();
        assert_eq!((body["version"].as_i64(), body["description"].is_null()), (Some(3), true));
        assert_eq!(body["total_provincial_funds"], "1900");
        assert_eq!(body["name"], "专项甲");

        let res = app.patch(&path, &json!({"totl": 1}), None).await;
        assert_eq!(res.problem(400, "INVALID_BODY")["errors"][0]["path"], "/totl");
        // Also where the patch would only clear the unknown field.
        let res = app.patch(&path, &json!({"": null}), None).await;
        assert_eq!(res.problem(400, "INVALID_BODY")["errors"][0]["code"], "UNKNOWN_FIELD");
        assert_eq!(app.get(&path).await.json()["version"], 3);
    }

    async fn delete_refuses_a_fund_with_sheets_unless_forced(app: TestApp) {
        let (fund_id, sheet_ids) = app.load_example().await;
        let path = format!("/api/v1/funds/{fund_id}");
        let body = app.delete(&path, None).await.problem(409, "FUND_HAS_SHEETS");
        assert!(body["detail"].as_str().unwrap().contains("13"));
        app.delete(&path, Some("\"7\"")).await.problem(412, "PRECONDITION_FAILED");
        assert_eq!(app.get(&path).await.status, 200);
        let res = app.delete(&format!("{path}?force=yes"), None).await;
        assert_eq!(res.problem(400, "INVALID_QUERY")["errors"][0]["parameter"], "force");
        let res = app.delete(&format!("{path}?force=true"), Some("\"1\"")).await;
        assert_eq!(res.status, 204);
        assert!(res.body.is_empty());
        app.get(&path).await.problem(404, "FUND_NOT_FOUND");
        app.get(&format!("/api/v1/sheets/{}", sheet_ids[0])).await.problem(404, "SHEET_NOT_FOUND");
        assert_eq!(app.snapshot().await["sheets"]["items"], json!([]));

        let lone = app.post("/api/v1/funds", &fund("空专项", 2024)).await.json();
        assert_eq!(app.delete(&format!("/api/v1/funds/{}", lone["id"]), None).await.status, 204);
    }

    async fn a_fund_shows_its_scoring_scheme_and_takes_it_back_unchanged(app: TestApp) {
        let created = app.post("/api/v1/funds", &fund("评分资金", 2024)).await.json();
        let id = created["id"].as_i64().unwrap();
        let path = format!("/api/v1/funds/{id}");
        // Without a scheme the default is shown, and stored as no scheme at all.
        assert_eq!(created["scoring"], default_scheme());
        assert_eq!(stored_scheme(&app, id), None);

        // The default written out (numbers, trailing zeros, 成本 left out) changes nothing.
        let mut same = created.clone();
        same["scoring"] = json!({"budget_execution": 10, "level1": {"产出指标": "50.00", "效益指标": 30, "满意度指标": "10"}});
        let res = app.put(&path, &same, Some("\"1\"")).await;
        assert_eq!(res.status, 200);
        assert_eq!(res.etag(), "\"1\"");
        assert_eq!(res.json(), created);

        // A scheme of its own (财预〔2021〕101号: 成本 as a 一级), labels written loosely.
        let mut custom = created.clone();
        custom["scoring"] = json!({"budget_execution": "10.0",
            "level1": {"产出 指标": "40", "成本指标": 10, "效益指标": "30", "满意度\n指标": "10.0000"}});
        let res = app.put(&path, &custom, Some("\"1\"")).await;
        assert_eq!(res.status, 200);
        assert_eq!(res.etag(), "\"2\"");
        let stored = res.json();
        let expected = json!({"budget_execution": "10",
            "level1": {"产出指标": "40", "成本指标": "10", "效益指标": "30", "满意度指标": "10"}});
        assert_eq!(stored["scoring"], expected);
        assert!(stored_scheme(&app, id).is_some());
        assert_eq!(app.get(&path).await.json(), stored);

        // What GET returns goes back as it is: same version, nothing changed.
        let res = app.put(&path, &stored, Some("\"2\"")).await;
        assert_eq!(res.status, 200);
        assert_eq!(res.etag(), "\"2\"");
        assert_eq!(res.json(), stored);

        // A patch merges into the stored scheme; four decimals are kept exactly.
        let res = app
            .patch(&path, &json!({"scoring": {"level1": {"产出指标": "33.3333", "满意度指标": "16.6667"}}}), None)
            .await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        let body = res.json();
        assert_eq!(body["version"], 3);
        assert_eq!(body["scoring"]["level1"], json!({"产出指标": "33.3333", "成本指标": "10", "效益指标": "30", "满意度指标": "16.6667"}));

        // `null` puts back the default, stored again as no scheme.
        let res = app.patch(&path, &json!({"scoring": null}), None).await;
        assert_eq!(res.json()["scoring"], default_scheme());
        assert_eq!(res.json()["version"], 4);
        assert_eq!(stored_scheme(&app, id), None);

        // A new fund with the custom scheme straight away.
        let mut other = fund("评分资金乙", 2024);
        other["scoring"] = expected.clone();
        let res = app.post("/api/v1/funds", &other).await;
        assert_eq!(res.status, 201);
        assert_eq!(res.json()["scoring"], expected);
    }

    async fn a_scoring_scheme_that_does_not_add_up_is_refused(app: TestApp) {
        let created = app.post("/api/v1/funds", &fund("评分资金", 2024)).await.json();
        let path = format!("/api/v1/funds/{}", created["id"]);
        let before = app.snapshot().await;
        let scheme = |budget: Value, level1: Value| {
            let mut doc = created.clone();
            doc["scoring"] = json!({"budget_execution": budget, "level1": level1});
            doc
        };
        let cases = [
            (
                scheme(json!("10"), json!({"产出指标": "49.9999", "效益指标": "30", "满意度指标": "10"})),
                "/scoring",
                "99.9999",
            ),
            (
                scheme(json!("10"), json!({"产出指标": "70", "效益指标": "30", "满意度指标": "-10"})),
                "/scoring/level1/满意度指标",
                "-10",
            ),
            (
                scheme(json!("10.00001"), json!({"产出指标": "50", "效益指标": "30", "满意度指标": "10"})),
                "/scoring/budget_execution",
                "10.00001",
            ),
            (
                scheme(json!("10"), json!({"产出指标": "50", "效益指标": "30", "其他指标": "10"})),
                "/scoring/level1/其他指标",
                "其他指标",
            ),
            (
                scheme(json!("10"), json!({"产出指标": "五十", "效益指标": "30", "满意度指标": "10"})),
                "/scoring/level1/产出指标",
                "五十",
            ),
            (
                {
                    let mut doc = created.clone();
                    doc["scoring"] = json!({"level1": {"产出指标": "60", "效益指标": "30", "满意度指标": "10"}});
                    doc
                },
                "/scoring/budget_execution",
                "budget_execution",
            ),
        ];
        for (doc, at, named) in cases {
            let body = app.put(&path, &doc, Some("\"1\"")).await.problem(422, "VALIDATION_FAILED");
            let errors = body["errors"].as_array().unwrap();
            assert_eq!(errors.len(), 1, "{body}");
            assert_eq!((errors[0]["code"].as_str(), errors[0]["path"].as_str()), (Some("SCORING_WEIGHTS_INVALID"), Some(at)));
            let message = errors[0]["message"].as_str().unwrap();
            assert!(message.contains(named), "{message}");
            assert_eq!(app.snapshot().await, before);
        }
        // On create and in a patch alike; in English on request.
        let mut new = fund("评分资金乙", 2024);
        new["scoring"] = json!({"budget_execution": "10", "level1": {"产出指标": "50", "效益指标": "30"}});
        let body = app.post("/api/v1/funds", &new).await.problem(422, "VALIDATION_FAILED");
        assert_eq!(body["errors"][0]["path"], "/scoring");
        let res = app
            .send(
                actix_web::test::TestRequest::patch()
                    .uri(&path)
                    .insert_header(("Accept-Language", "en"))
                    .insert_header(("Content-Type", "application/merge-patch+json"))
                    .set_payload(json!({"scoring": {"level1": {"产出指标": "40"}}}).to_string()),
            )
            .await;
        let body = res.problem(422, "VALIDATION_FAILED");
        assert_eq!(body["errors"][0]["path"], "/scoring");
        let message = body["errors"][0]["message"].as_str().unwrap();
        assert!(message.contains("add up to 90, not exactly 100"), "{message}");
        assert_eq!(app.snapshot().await, before);
    }

    async fn unknown_and_malformed_ids(app: TestApp) {
        app.get("/api/v1/funds/999").await.problem(404, "FUND_NOT_FOUND");
        let body = app.get("/api/v1/funds/abc").await.problem(400, "INVALID_PATH_PARAMETER");
        assert_eq!(body["errors"][0]["parameter"], "fund_id");
        app.get("/api/v1/funds/999/summary").await.problem(404, "FUND_NOT_FOUND");
        app.put("/api/v1/funds/999", &fund("x", 2024), None).await.problem(404, "FUND_NOT_FOUND");
    }
}
