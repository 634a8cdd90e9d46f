//! Every failure is problem+json with the right status, `code` and `request_id`, framework
//! errors included.

use actix_web::http::Method;
use actix_web::test::TestRequest;

use crate::common::{Backend, TestApp};

db_tests! {
    async fn unknown_route_is_404(app: TestApp) {
        let res = app.get("/api/v1/nothing-here").await;
        let body = res.problem(404, "ROUTE_NOT_FOUND");
        assert_eq!(body["instance"], "/api/v1/nothing-here");
        assert_eq!(body["title"], "路径不存在");
        app.get("/").await.problem(404, "ROUTE_NOT_FOUND");
        app.get("/api/v1/regions/430100/extra").await.problem(404, "ROUTE_NOT_FOUND");
    }

    async fn wrong_method_is_405_with_allow(app: TestApp) {
        for method in [Method::POST, Method::PUT, Method::PATCH, Method::DELETE] {
            let res = app.call(method.clone(), "/api/v1/regions").await;
            let body = res.problem(405, "METHOD_NOT_ALLOWED");
            assert_eq!(res.header("allow"), Some("GET"), "{method}");
            assert!(body["detail"].as_str().unwrap().contains("GET"));
        }
        let res = app.call(Method::DELETE, "/healthz").await;
        res.problem(405, "METHOD_NOT_ALLOWED");
        // Operations next to `/sheets/{sheet_id}` are not taken for a malformed id.
        for (method, path, allow) in [
            (Method::GET, "/api/v1/sheets/validate", "POST"),
            (Method::DELETE, "/api/v1/sheets/bulk", "POST"),
            (Method::PUT, "/api/v1/sheets/export", "GET"),
            (Method::POST, "/api/v1/targets/parse/x", ""),
        ] {
            let res = app.call(method.clone(), path).await;
            if allow.is_empty() {
                res.problem(404, "ROUTE_NOT_FOUND");
            } else {
                res.problem(405, "METHOD_NOT_ALLOWED");
                assert_eq!(res.header("allow"), Some(allow), "{method} {path}");
            }
        }
        app.get("/api/v1/sheets/abc").await.problem(400, "INVALID_PATH_PARAMETER");
    }

    async fn unknown_query_parameter_is_400_naming_it(app: TestApp) {
        let res = app.get("/api/v1/regions?page_sise=10").await;
        let body = res.problem(400, "INVALID_QUERY");
        assert_eq!(body["errors"][0]["parameter"], "page_sise");
        assert_eq!(body["errors"][0]["severity"], "ERROR");
        assert!(body["detail"].as_str().unwrap().contains("page_sise"), "{body}");

        let res = app.get("/api/v1/taxonomy?level1=%E4%BA%A7").await;
        assert_eq!(res.problem(400, "INVALID_QUERY")["errors"][0]["parameter"], "level1");
    }

    async fn bad_query_string_is_400(app: TestApp) {
        // Percent-decoding failures and stray separators are still named parameters.
        let res = app.get("/healthz?%ZZ=1&&=").await;
        res.problem(400, "INVALID_QUERY");
    }

    async fn english_on_request(app: TestApp) {
        let res = app
            .send(TestRequest::get().uri("/api/v1/nothing").insert_header(("Accept-Language", "en-GB,en;q=0.8")))
            .await;
        let body = res.problem(404, "ROUTE_NOT_FOUND");
        assert_eq!(body["title"], "Route not found");
        let res = app
            .send(TestRequest::post().uri("/api/v1/taxonomy").insert_header(("Accept-Language", "en")))
            .await;
        assert_eq!(res.problem(405, "METHOD_NOT_ALLOWED")["detail"], "This path accepts only GET");
    }

    async fn request_id_is_kept_when_safe_and_replaced_otherwise(app: TestApp) {
        let res = app
            .send(TestRequest::get().uri("/api/v1/nothing").insert_header(("X-Request-Id", "client-42.a_b")))
            .await;
        assert_eq!(res.header("x-request-id"), Some("client-42.a_b"));
        assert_eq!(res.problem(404, "ROUTE_NOT_FOUND")["request_id"], "client-42.a_b");

        for unsafe_id in ["a/b", "x".repeat(129).as_str(), "id;drop"] {
            let res = app
                .send(TestRequest::get().uri("/healthz").insert_header(("X-Request-Id", unsafe_id)))
                .await;
            let echoed = res.header("x-request-id").unwrap();
            assert_ne!(echoed, unsafe_id);
            assert_eq!(echoed.len(), 32);
        }

        let a = app.get("/healthz").await;
        let b = app.get("/healthz").await;
        assert_ne!(a.header("x-request-id"), b.header("x-request-id"));
    }
}

/// Runs SQL straight on the test database, as another program (or a damaged disk) would.
fn execute(app: &TestApp, sql: &str) {
    use diesel::connection::SimpleConnection;
    app.db
        .conn()
        .unwrap()
        .batch_execute(sql)
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

fn try_execute(app: &TestApp, sql: &str) -> Result<(), String> {
    use diesel::connection::SimpleConnection;
    app.db
        .conn()
        .unwrap()
        .batch_execute(sql)
        .map_err(|e| e.to_string())
}

db_tests! {
    async fn a_body_over_the_limit_is_413(app: TestApp) {
        let req = TestRequest::post()
            .uri("/api/v1/sheets/validate")
            .insert_header(("Content-Type", "application/json"))
            .set_payload(vec![b' '; (1 << 20) + 1]);
        let body = app.send(req).await.problem(413, "PAYLOAD_TOO_LARGE");
        assert!(body["detail"].as_str().unwrap().contains("1048576"), "{body}");
    }

    async fn writes_that_keep_colliding_are_503_transaction_conflict(app: TestApp) {
        // Every insert of a fund collides, as with a concurrent writer that always wins:
        // PostgreSQL reports a serialization failure, SQLite a duplicate key.
        execute(&app, match app.backend() {
            Backend::Postgres => "CREATE FUNCTION collide() RETURNS trigger LANGUAGE plpgsql AS $$ \
                BEGIN RAISE EXCEPTION 'collided' USING ERRCODE = 'serialization_failure'; END $$; \
                CREATE TRIGGER collide BEFORE INSERT ON funds FOR EACH ROW EXECUTE FUNCTION collide();",
            Backend::Sqlite => "CREATE TRIGGER collide AFTER INSERT ON funds \
                BEGIN INSERT INTO funds SELECT * FROM funds WHERE id = NEW.id; END;",
        });
        let res = app.post("/api/v1/funds", &serde_json::json!({"name": "并发资金", "year": 2024})).await;
        let body = res.problem(503, "TRANSACTION_CONFLICT");
        assert_eq!(res.header("retry-after"), Some("1"));
        assert!(!body.to_string().contains("collide"), "{body}");
        assert_eq!(app.get("/api/v1/funds").await.json()["items"], serde_json::json!([]), "nothing saved");
    }

    async fn a_bug_is_500_internal_error_saying_nothing_of_its_cause(app: TestApp) {
        // A stored token whose role this version does not know.
        execute(&app, "UPDATE api_tokens SET role = 'OVERSEER'");
        let res = app.get("/api/v1/sheets").await;
        let body = res.problem(500, "INTERNAL_ERROR");
        assert!(!body.to_string().contains("OVERSEER"), "{body}");
        assert!(!body.to_string().contains("role"), "{body}");
    }

    async fn a_body_that_breaks_off_is_400_bad_request(app: TestApp) {
        for path in ["/api/v1/sheets/validate", "/api/v1/sheets/bulk"] {
            let req = TestRequest::post().uri(path).insert_header(("Content-Type", "application/json"));
            let body = app.send_broken_body(req, b"[{\"fund_id\": 1").await.problem(400, "BAD_REQUEST");
            assert_eq!(body["title"], "Bad Request", "{path}: {body}");
        }
        assert_eq!(app.get("/api/v1/sheets").await.json()["items"], serde_json::json!([]), "nothing saved");
    }

    async fn an_unknown_stored_status_is_refused_and_never_read_as_a_draft(app: TestApp) {
        let fund = app.post("/api/v1/funds", &serde_json::json!({"name": "状态资金", "year": 2024})).await;
        let fund_id = fund.json()["id"].as_i64().unwrap();
        let sheet = app.post("/api/v1/sheets", &crate::common::example_sheet(0, fund_id)).await.json();
        let id = sheet["id"].as_i64().unwrap();
        let path = format!("/api/v1/sheets/{id}");
        // The database refuses an unknown status, revision action or role.
        let revision = |action: &str, status: &str, role: &str| {
            format!(
                "INSERT INTO sheet_revisions (sheet_id, version, action, status, actor_name, actor_role, created_at, snapshot) \
                 VALUES ({id}, 99, '{action}', '{status}', 'x', '{role}', '2026-12-03 00:00:00', '{{}}')"
            )
        };
        for sql in [
            format!("UPDATE sheets SET status = 'ARCHIVED', version = version + 1 WHERE id = {id}"),
            format!("UPDATE sheets SET status = 'draft' WHERE id = {id}"),
            revision("ARCHIVE", "DRAFT", "ADMIN"),
            revision("UPDATE", "ARCHIVED", "ADMIN"),
            revision("UPDATE", "DRAFT", "OVERSEER"),
        ] {
            assert!(try_execute(&app, &sql).is_err(), "{sql}");
        }
        try_execute(&app, &revision("UPDATE", "RETURNED", "REVIEWER")).unwrap();
        assert_eq!(app.get(&path).await.json()["status"], "DRAFT");

        // Should a value get past the database (the check dropped by hand), the sheet is an
        // internal error, never an editable draft.
        let drop_check = match app.backend() {
            Backend::Sqlite => "DROP TRIGGER sheets_status_check_update",
            Backend::Postgres => "ALTER TABLE sheets DROP CONSTRAINT sheets_status_check",
        };
        execute(&app, drop_check);
        execute(&app, &format!("UPDATE sheets SET status = 'ARCHIVED', version = version + 1 WHERE id = {id}"));
        for res in [
            app.get(&path).await,
            app.get("/api/v1/sheets").await,
            app.get(&format!("/api/v1/sheets/export?fund_id={fund_id}")).await,
            app.patch(&path, &serde_json::json!({"overall_goal": "改过"}), None).await,
            app.post(&format!("{path}/submit"), &serde_json::json!({})).await,
        ] {
            let body = res.problem(500, "INTERNAL_ERROR");
            assert!(!body.to_string().contains("ARCHIVED"), "{body}");
            assert!(!body.to_string().contains("unknown stored"), "{body}");
        }
        execute(&app, &format!("UPDATE sheets SET status = 'DRAFT', version = version + 1 WHERE id = {id}"));
        assert_eq!(app.get(&path).await.json()["overall_goal"], sheet["overall_goal"], "nothing saved");
    }

    async fn an_export_beyond_excel_limits_is_422(app: TestApp) {
        let fund = app.post("/api/v1/funds", &serde_json::json!({"name": "导出资金", "year": 2024})).await;
        let fund_id = fund.json()["id"].as_i64().unwrap();
        let sheet = app.post("/api/v1/sheets", &crate::common::example_sheet(0, fund_id)).await.json();
        let id = sheet["id"].as_i64().unwrap();
        // A goal longer than an Excel cell holds, stored before today's limits.
        execute(&app, &format!("UPDATE sheets SET overall_goal = '{}' WHERE id = {id}", "长".repeat(32_768)));
        for path in [format!("/api/v1/sheets/{id}/export"), format!("/api/v1/sheets/export?format=xlsx&fund_id={fund_id}")] {
            let body = app.get(&path).await.problem(422, "EXPORT_FAILED");
            assert_eq!(body["title"], "导出内容超出文件格式的上限", "{path}: {body}");
            assert_eq!(body["errors"][0]["code"], "CELL_TOO_LONG", "{path}: {body}");
            assert_eq!(body["errors"][0]["severity"], "ERROR", "{path}: {body}");
            let detail = body["detail"].as_str().unwrap();
            assert!(detail.contains("32768 个字符"), "{path}: {body}");
            assert!(detail.contains("年度总体目标") || detail.contains("overall_goal"), "{path}: {body}");
            assert_eq!(body["errors"][0]["message"], body["detail"]);

            let req = TestRequest::get().uri(&path).insert_header(("Accept-Language", "en"));
            let body = app.send(req).await.problem(422, "EXPORT_FAILED");
            assert_eq!(body["title"], "Export beyond the file format's limits");
            assert_eq!(body["errors"][0]["code"], "CELL_TOO_LONG");
            let detail = body["detail"].as_str().unwrap();
            assert!(detail.contains("overall_goal") && detail.contains("32768 characters"), "{path}: {body}");
        }
        // The other formats have no such limit.
        let res = app.get(&format!("/api/v1/sheets/export?format=csv&fund_id={fund_id}")).await;
        assert_eq!(res.status, 200);
    }
}
