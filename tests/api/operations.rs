//! Health probes, Swagger UI, the served spec, CORS.

use actix_web::test::TestRequest;
use perf_targets::config::HttpSettings;

use crate::common::*;

db_tests! {
    async fn health_and_readiness(app: TestApp) {
        let res = app.get("/healthz").await;
        assert_eq!(res.status, 200);
        assert_eq!(res.json(), serde_json::json!({"status": "ok"}));
        let res = app.get("/readyz").await;
        assert_eq!(res.status, 200);
        let expected = match app.backend() {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        };
        assert_eq!(res.json(), serde_json::json!({"status": "ready", "database": expected}));
    }

    async fn swagger_ui_is_served_and_redirected(app: TestApp) {
        let res = app.get("/swagger-ui").await;
        assert_eq!(res.status, 308);
        assert_eq!(res.header("location"), Some("/swagger-ui/"));
        let res = app.get("/swagger-ui/").await;
        assert_eq!(res.status, 200);
        assert!(String::from_utf8_lossy(&res.body).contains("swagger-ui"));
        let res = app.get("/swagger-ui/swagger-ui-bundle.js").await;
        assert_eq!(res.status, 200, "the UI's script is embedded, no internet needed");
        assert!(res.body.len() > 100_000);
        let res = app.get("/swagger-ui/swagger-initializer.js").await;
        let init = String::from_utf8_lossy(&res.body);
        assert!(init.contains("/api-docs/openapi.json"), "{init}");
        assert!(init.contains("\"persistAuthorization\": true"), "a pasted token survives a reload: {init}");
    }

    async fn served_spec_is_the_generated_one(app: TestApp) {
        let res = app.get("/api-docs/openapi.json").await;
        assert_eq!(res.status, 200);
        let served = res.json();
        let generated: serde_json::Value =
            serde_json::from_str(&perf_targets::http::app::openapi_json()).unwrap();
        assert_eq!(served, generated);
        assert!(served["paths"]["/api/v1/regions"]["get"].is_object());
        assert!(served["paths"]["/healthz"]["get"].is_object());
    }

    async fn cors_allows_configured_origins_only(app: TestApp) {
        let backend = app.backend();
        drop(app);
        let http = HttpSettings {
            cors_origins: vec!["https://budget.example.gov.cn".into()],
            ..HttpSettings::default()
        };
        let app = TestApp::with_http(backend, http).await;
        let preflight = TestRequest::default()
            .method(actix_web::http::Method::OPTIONS)
            .uri("/api/v1/regions")
            .insert_header(("Origin", "https://budget.example.gov.cn"))
            .insert_header(("Access-Control-Request-Method", "PUT"))
            .insert_header(("Access-Control-Request-Headers", "if-match, content-type"));
        let res = app.send(preflight).await;
        assert_eq!(res.status, 200);
        assert_eq!(
            res.header("access-control-allow-origin"),
            Some("https://budget.example.gov.cn")
        );

        let res = app
            .send(TestRequest::get().uri("/api/v1/regions").insert_header(("Origin", "https://budget.example.gov.cn")))
            .await;
        assert_eq!(res.status, 200);
        let exposed = res.header("access-control-expose-headers").unwrap().to_ascii_lowercase();
        for h in ["etag", "location", "x-request-id", "retry-after"] {
            assert!(exposed.contains(h), "{h} exposed: {exposed}");
        }

        // A simple request from another origin is answered without Access-Control-Allow-Origin,
        // so the browser keeps the answer from the page; its preflight is refused outright.
        let res = app
            .send(TestRequest::get().uri("/api/v1/regions").insert_header(("Origin", "https://evil.example.com")))
            .await;
        assert_eq!(res.header("access-control-allow-origin"), None);
        let preflight = TestRequest::default()
            .method(actix_web::http::Method::OPTIONS)
            .uri("/api/v1/regions")
            .insert_header(("Origin", "https://evil.example.com"))
            .insert_header(("Access-Control-Request-Method", "PUT"));
        let body = app.send(preflight).await.problem(400, "CORS_REJECTED");
        assert!(body["detail"].as_str().unwrap().contains("rigin"), "{body}");
    }

    async fn same_origin_requests_are_not_judged_by_cors(app: TestApp) {
        // Swagger UI served by the service itself sends Origin on POST/PUT: not cross-origin.
        let res = app
            .send(
                TestRequest::get()
                    .uri("/api/v1/regions")
                    .insert_header(("Host", "127.0.0.1:8080"))
                    .insert_header(("Origin", "http://127.0.0.1:8080")),
            )
            .await;
        assert_eq!(res.status, 200);
        let preflight = TestRequest::default()
            .method(actix_web::http::Method::OPTIONS)
            .uri("/api/v1/regions")
            .insert_header(("Origin", "http://other:1"))
            .insert_header(("Access-Control-Request-Method", "PUT"));
        app.send(preflight).await.problem(400, "CORS_REJECTED");
    }
}
