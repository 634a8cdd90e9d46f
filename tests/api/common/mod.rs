//! Test harness: the application in-process (`actix_web::test::init_service`), built by
//! `perf_targets::startup` as the server builds it, on a fresh database per test — a temporary SQLite file, or a new PostgreSQL database created from
//! `TEST_POSTGRES_URL` and dropped afterwards.
//!
//! [`db_tests!`] turns each test body into two tests, `<name>::sqlite` and `<name>::postgres`.
//! The PostgreSQL variant is compiled as ignored unless `TEST_POSTGRES_URL` was set when the
//! tests were built (see `build.rs`), so `cargo test` reports it as ignored rather than passed.

#![allow(dead_code)]

pub mod follow_up;
pub mod spec;

pub use follow_up::*;

use std::sync::atomic::{AtomicU32, Ordering};

use actix_service::boxed::RcService;
use actix_service::Service;
use actix_web::body::BoxBody;
use actix_web::dev::ServiceResponse;
use actix_web::http::header::HeaderMap;
use actix_web::http::{Method, StatusCode};
use actix_web::test::TestRequest;
use actix_web::web::Bytes;
use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};
use serde_json::Value;

use perf_targets::config::HttpSettings;
use perf_targets::db::{DatabaseUrl, Db, DbSettings};
use perf_targets::startup;

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Who the test client acts as: each role (and each set of submitter regions) gets its own API
/// token, created straight in the database the first time it is used. `Anonymous` sends no
/// token.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Role {
    Anonymous,
    Admin,
    Reviewer,
    Submitter(Vec<String>),
    Reader,
}

/// A fresh, empty database that is removed when dropped.
pub struct TestDb {
    pub backend: Backend,
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    pg: Option<PgDatabase>,
}

struct PgDatabase {
    admin_url: String,
    name: String,
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        if let Ok(mut conn) = PgConnection::establish(&self.admin_url) {
            let _ = conn.batch_execute(&format!(
                "DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// The URL of the PostgreSQL server the tests use; a clear failure when it is missing.
pub fn postgres_admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL")
        .ok()
        .filter(|v| !v.is_empty())
        .expect("TEST_POSTGRES_URL must name a PostgreSQL server for the PostgreSQL tests")
}

/// Replaces the database name in a PostgreSQL URL.
pub fn with_database(url: &str, name: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("a postgres:// URL");
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, Some(q)),
        None => (rest, None),
    };
    let authority = rest.split('/').next().unwrap_or(rest);
    let mut out = format!("{scheme}://{authority}/{name}");
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl TestDb {
    pub fn new(backend: Backend) -> Self {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = dir.path().join("test.db").to_string_lossy().into_owned();
                TestDb {
                    backend,
                    url,
                    _dir: Some(dir),
                    pg: None,
                }
            }
            Backend::Postgres => {
                let admin_url = postgres_admin_url();
                let name = format!(
                    "perf_targets_test_{}_{}_{}",
                    std::process::id(),
                    COUNTER.fetch_add(1, Ordering::Relaxed),
                    uuid::Uuid::new_v4().simple()
                );
                let mut admin = PgConnection::establish(&admin_url)
                    .unwrap_or_else(|e| panic!("cannot reach TEST_POSTGRES_URL: {e}"));
                admin
                    .batch_execute(&format!("CREATE DATABASE \"{name}\""))
                    .expect("create test database");
                let url = with_database(&admin_url, &name);
                TestDb {
                    backend,
                    url,
                    _dir: None,
                    pg: Some(PgDatabase { admin_url, name }),
                }
            }
        }
    }

    /// Settings for this database, with a small pool.
    pub fn settings(&self) -> DbSettings {
        let mut settings = DbSettings::new(DatabaseUrl::parse(&self.url).expect("test URL"));
        settings.pool_size = 4;
        settings
    }

    /// Every stored value as text: the SQLite files as they are on disk (WAL included), or
    /// every row of every PostgreSQL table cast to text. To search for what must not be stored.
    pub fn stored_text(&self) -> String {
        match self.backend {
            Backend::Sqlite => {
                let mut all = Vec::new();
                for suffix in ["", "-wal"] {
                    if let Ok(bytes) = std::fs::read(format!("{}{suffix}", self.url)) {
                        all.extend(bytes);
                    }
                }
                String::from_utf8_lossy(&all).into_owned()
            }
            Backend::Postgres => {
                use diesel::sql_types::Text;
                use diesel::RunQueryDsl;
                #[derive(diesel::QueryableByName)]
                struct Row {
                    #[diesel(sql_type = Text)]
                    text: String,
                }
                let mut conn = PgConnection::establish(&self.url).expect("connect");
                let tables: Vec<Row> = diesel::sql_query(
                    "SELECT table_name::text AS text FROM information_schema.tables \
                     WHERE table_schema = 'public'",
                )
                .load(&mut conn)
                .expect("list tables");
                let mut all = String::new();
                for t in tables {
                    let rows: Vec<Row> =
                        diesel::sql_query(format!("SELECT t::text AS text FROM \"{}\" t", t.text))
                            .load(&mut conn)
                            .expect("read a table");
                    for r in rows {
                        all.push_str(&r.text);
                        all.push('\n');
                    }
                }
                all
            }
        }
    }

    /// Connects and migrates, as the server does at start ([`startup::open_with`]).
    pub fn open(&self) -> Db {
        startup::open_with(self.settings()).expect("open the test database")
    }
}

type Svc = RcService<actix_http::Request, ServiceResponse<BoxBody>, actix_web::Error>;

/// The application in-process on its own fresh database.
pub struct TestApp {
    svc: Svc,
    pub db: Db,
    role: Role,
    tokens: std::cell::RefCell<std::collections::HashMap<Role, String>>,
    // Dropped last: the database outlives the pool that uses it.
    pub test_db: TestDb,
}

impl TestApp {
    pub async fn new(backend: Backend) -> Self {
        Self::with_http(backend, HttpSettings::default()).await
    }

    pub async fn with_http(backend: Backend, http: HttpSettings) -> Self {
        let test_db = TestDb::new(backend);
        let db = test_db.open();
        // The application the server runs, built by the same function ([`startup::app`]).
        let svc =
            actix_web::test::init_service(startup::app(startup::state(db.clone(), http))).await;
        let app = TestApp {
            svc: actix_service::boxed::rc_service(svc),
            db,
            role: Role::Admin,
            tokens: Default::default(),
            test_db,
        };
        app.token(&Role::Admin);
        app
    }

    pub fn backend(&self) -> Backend {
        self.test_db.backend
    }

    /// Acts as `role` from now on (an administrator until told otherwise).
    pub fn as_role(&mut self, role: Role) -> &mut Self {
        self.token(&role);
        self.role = role;
        self
    }

    /// The token of `role`, created in the database the first time (`None` for anonymous).
    pub fn token(&self, role: &Role) -> Option<String> {
        use perf_targets::domain::access::Role as R;
        let (kind, regions, name) = match role {
            Role::Anonymous => return None,
            Role::Admin => (R::Admin, vec![], "test admin".to_string()),
            Role::Reviewer => (R::Reviewer, vec![], "test reviewer".to_string()),
            Role::Reader => (R::Reader, vec![], "test reader".to_string()),
            Role::Submitter(regions) => (
                R::Submitter,
                regions.clone(),
                format!("test submitter {}", regions.join(",")),
            ),
        };
        if let Some(token) = self.tokens.borrow().get(role) {
            return Some(token.clone());
        }
        let req = perf_targets::service::tokens::TokenRequest {
            name: Some(name),
            role: Some(kind),
            regions: Some(regions),
        };
        let actor = perf_targets::service::Actor::system("test harness");
        let mut conn = self.db.conn().expect("a connection");
        let created = perf_targets::db::write_tx(&mut conn, |c| {
            perf_targets::service::tokens::create(c, &req, &actor, perf_targets::domain::Lang::En)
        })
        .expect("create a test token");
        self.tokens
            .borrow_mut()
            .insert(role.clone(), created.token.clone());
        Some(created.token)
    }

    /// The role requests are sent as.
    pub fn current_role(&self) -> Role {
        self.role.clone()
    }

    /// Sends a request exactly as built: no token is added.
    pub async fn send_as_is(&self, req: TestRequest) -> Resp {
        self.send_inner(req, false).await
    }

    /// Every stored value as text (see [`TestDb::stored_text`]).
    pub fn stored_text(&self) -> String {
        self.test_db.stored_text()
    }

    fn authorize(&self, req: TestRequest) -> TestRequest {
        match self.token(&self.role) {
            Some(token) => req.insert_header(("Authorization", format!("Bearer {token}"))),
            None => req,
        }
    }

    /// Sends a request with the current role's token and collects the whole response.
    pub async fn send(&self, req: TestRequest) -> Resp {
        self.send_inner(req, true).await
    }

    /// Sends a request with the current role's token whose body breaks off after `first`
    /// (a client gone mid-upload).
    pub async fn send_broken_body(&self, req: TestRequest, first: &'static [u8]) -> Resp {
        use actix_web::error::PayloadError;
        let chunks = vec![
            Ok(Bytes::from_static(first)),
            Err(PayloadError::Incomplete(None)),
        ];
        let stream: actix_http::BoxedPayloadStream = Box::pin(futures_util::stream::iter(chunks));
        let (req, _) = self
            .authorize(req)
            .to_request()
            .replace_payload(actix_http::Payload::from(stream));
        self.call_request(req).await
    }

    async fn send_inner(&self, req: TestRequest, authorize: bool) -> Resp {
        let req = if authorize { self.authorize(req) } else { req };
        self.call_request(req.to_request()).await
    }

    async fn call_request(&self, req: actix_http::Request) -> Resp {
        let (method, path) = (req.method().clone(), req.uri().path().to_string());
        let res = match self.svc.call(req).await {
            Ok(res) => res.into_parts().1,
            Err(err) => err.error_response(),
        };
        let status = res.status();
        let headers = res.headers().clone();
        let body = actix_web::body::to_bytes(res.into_body())
            .await
            .unwrap_or_else(|_| Bytes::new());
        let res = Resp {
            status,
            headers,
            body,
        };
        spec::check(&method, &path, &res);
        res
    }

    pub async fn get(&self, path: &str) -> Resp {
        self.send(TestRequest::get().uri(path)).await
    }

    pub async fn call(&self, method: Method, path: &str) -> Resp {
        self.send(TestRequest::default().method(method).uri(path))
            .await
    }

    /// Sends a JSON body with `method`, and `If-Match` when given.
    pub async fn json(
        &self,
        method: Method,
        path: &str,
        body: &Value,
        if_match: Option<&str>,
    ) -> Resp {
        let mut req = TestRequest::default()
            .method(method)
            .uri(path)
            .insert_header(("Content-Type", "application/json"))
            .set_payload(body.to_string());
        if let Some(tag) = if_match {
            req = req.insert_header(("If-Match", tag));
        }
        self.send(req).await
    }

    pub async fn post(&self, path: &str, body: &Value) -> Resp {
        self.json(Method::POST, path, body, None).await
    }

    pub async fn put(&self, path: &str, body: &Value, if_match: Option<&str>) -> Resp {
        self.json(Method::PUT, path, body, if_match).await
    }

    /// A JSON merge patch (`application/merge-patch+json`).
    pub async fn patch(&self, path: &str, body: &Value, if_match: Option<&str>) -> Resp {
        let mut req = TestRequest::default()
            .method(Method::PATCH)
            .uri(path)
            .insert_header(("Content-Type", "application/merge-patch+json"))
            .set_payload(body.to_string());
        if let Some(tag) = if_match {
            req = req.insert_header(("If-Match", tag));
        }
        self.send(req).await
    }

    pub async fn delete(&self, path: &str, if_match: Option<&str>) -> Resp {
        let mut req = TestRequest::delete().uri(path);
        if let Some(tag) = if_match {
            req = req.insert_header(("If-Match", tag));
        }
        self.send(req).await
    }

    /// `POST /api/v1/sheets/bulk{query}` with a body of this media type.
    pub async fn upload(&self, query: &str, media: &str, body: Vec<u8>) -> Resp {
        self.send(
            TestRequest::post()
                .uri(&format!("/api/v1/sheets/bulk{query}"))
                .insert_header(("content-type", media))
                .set_payload(body),
        )
        .await
    }

    /// Everything stored, as the API shows it: to check that a refused request changed nothing.
    pub async fn snapshot(&self) -> Value {
        let funds = self.get("/api/v1/funds?page_size=500").await.json();
        let sheets = self.get("/api/v1/sheets?page_size=500").await.json();
        serde_json::json!({"funds": funds, "sheets": sheets})
    }

    /// Creates the example fund and its thirteen sheets; returns the fund id and sheet ids.
    pub async fn load_example(&self) -> (i64, Vec<i64>) {
        let example = example();
        let res = self.post("/api/v1/funds", &example["fund"]).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        let fund_id = res.json()["id"].as_i64().unwrap();
        let mut ids = Vec::new();
        for sheet in example["sheets"].as_array().unwrap() {
            let mut sheet = sheet.clone();
            sheet["fund_id"] = fund_id.into();
            let res = self.post("/api/v1/sheets", &sheet).await;
            assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
            ids.push(res.json()["id"].as_i64().unwrap());
        }
        (fund_id, ids)
    }
}

/// The example data: the thirteen 2024 forms as JSON.
pub fn example() -> Value {
    serde_json::from_str(perf_targets::cli::EXAMPLE_JSON).unwrap()
}

/// A write's answer without its `warnings`: what a later `GET` returns.
pub fn as_read(body: &Value) -> Value {
    let mut body = body.clone();
    body.as_object_mut().expect("a resource").remove("warnings");
    body
}

/// A list of indicators without their read-only `id` and `target_parsed`, to compare with what
/// was sent.
pub fn as_sent(indicators: &Value) -> Value {
    let mut list = indicators.clone();
    for ind in list.as_array_mut().expect("an indicator list") {
        let ind = ind.as_object_mut().expect("an indicator");
        ind.remove("target_parsed");
        ind.remove("id");
    }
    list
}

/// One example sheet (株洲市 first) as a create document for `fund_id`.
pub fn example_sheet(index: usize, fund_id: i64) -> Value {
    let mut sheet = example()["sheets"][index].clone();
    sheet["fund_id"] = fund_id.into();
    sheet
}

/// A collected response.
#[derive(Debug)]
pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn etag(&self) -> String {
        self.header("etag").expect("an ETag").to_string()
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "body is not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// Asserts a problem+json response with this status and code, and returns its body.
    pub fn problem(&self, status: u16, code: &str) -> Value {
        assert_eq!(
            self.status.as_u16(),
            status,
            "status; body: {}",
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(
            self.header("content-type"),
            Some("application/problem+json")
        );
        let body = self.json();
        assert_eq!(body["code"], code, "code; body: {body}");
        assert_eq!(body["status"], status);
        assert_eq!(
            body["type"],
            format!(
                "urn:perf-targets:problem:{}",
                code.to_ascii_lowercase().replace('_', "-")
            )
        );
        for field in ["title", "detail", "instance", "request_id"] {
            assert!(
                body[field].as_str().is_some_and(|s| !s.is_empty()),
                "{field} missing in {body}"
            );
        }
        assert_eq!(
            body["request_id"].as_str(),
            self.header("x-request-id"),
            "request_id matches the header"
        );
        body
    }
}

/// Declares each test twice: on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! db_tests {
    ($(async fn $name:ident($app:ident: TestApp) $body:block)*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;

                #[actix_web::test]
                async fn sqlite() {
                    #[allow(unused_mut)]
                    let mut $app = $crate::common::TestApp::new($crate::common::Backend::Sqlite).await;
                    $body
                }

                #[actix_web::test]
                #[cfg_attr(
                    not(pg_tests),
                    ignore = "PostgreSQL: set TEST_POSTGRES_URL when building the tests"
                )]
                async fn postgres() {
                    #[allow(unused_mut)]
                    let mut $app = $crate::common::TestApp::new($crate::common::Backend::Postgres).await;
                    $body
                }
            }
        )*
    };
}
