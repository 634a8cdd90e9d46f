//! Every failure is problem+json with the right status, `code` and `request_id`, framework
//! errors included.

mod common;

use actix_web::http::Method;
use actix_web::test::TestRequest;

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
