//! Crash safety: the server is killed (SIGKILL) while an atomic bulk upload's transaction is
//! visibly open — SQLite's write-ahead log growing, or PostgreSQL showing the transaction with
//! writes in `pg_stat_activity` — and started again: the upload is entirely absent or entirely
//! present, and SQLite's integrity check passes. On both backends.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use diesel::{Connection, RunQueryDsl};
use perf_targets::cli::client::{self, BaseUrl};
use serde_json::{json, Value};

use crate::common::*;

const BIN: &str = env!("CARGO_BIN_EXE_perf-targets");

/// How many funds the upload fills, fourteen sheets each.
const FUNDS: usize = 200;

/// A server process on a free loopback port, without limits, killed when dropped if it still
/// runs.
pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) base: BaseUrl,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Starts the binary's `serve` on `database_url` with the extra settings `args`, and returns
    /// at once (see [`Server::wait_listening`]).
    pub(crate) fn spawn(database_url: &str, args: &[&str]) -> Server {
        Server::spawn_logging(database_url, args, Stdio::null())
    }

    /// [`Server::spawn`], with the server's log (warnings and errors) going to `log`.
    pub(crate) fn spawn_logging(database_url: &str, args: &[&str], log: Stdio) -> Server {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(BIN)
            .args([
                "--database-url",
                database_url,
                "--addr",
                &format!("127.0.0.1:{port}"),
            ])
            .args(["--rate-limit", "0", "--upload-limit-mib", "0"])
            .args(args)
            .arg("serve")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("start the server");
        Server {
            child,
            base: BaseUrl::from_addr(format!("127.0.0.1:{port}").parse().unwrap()),
            port,
        }
    }

    /// Waits until the server accepts connections (30 s at most).
    pub(crate) fn wait_listening(self) -> Server {
        let started = Instant::now();
        while !self.accepts() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "server did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        self
    }

    /// Whether a new connection is accepted now.
    pub(crate) fn accepts(&self) -> bool {
        std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok()
    }
}

fn start(database_url: &str) -> Server {
    Server::spawn(database_url, &[]).wait_listening()
}

/// The fourteen prefectures' sheets for each fund: the thirteen example sheets and a copy for
/// 长沙市.
pub(crate) fn upload(fund_ids: &[i64]) -> Vec<u8> {
    let mut sheets = Vec::new();
    for &fund in fund_ids {
        for i in 0..13 {
            sheets.push(example_sheet(i, fund));
        }
        let mut changsha = example_sheet(0, fund);
        changsha["region_code"] = json!("430100");
        changsha["departments"] = json!(["长沙市商务局", "长沙市财政局"]);
        sheets.push(changsha);
    }
    serde_json::to_vec(&sheets).unwrap()
}

/// True while the upload's write transaction is visibly open.
pub(crate) fn transaction_open(app: &TestApp, wal_start: u64) -> bool {
    match app.backend() {
        Backend::Sqlite => {
            let wal = std::fs::metadata(format!("{}-wal", app.test_db.url)).map_or(0, |m| m.len());
            wal > wal_start + 512 * 1024
        }
        Backend::Postgres => writing_backends(app, "xact_start IS NOT NULL") > 0,
    }
}

/// On PostgreSQL, the other sessions on the test database whose transaction has written (has
/// an id) and that match `condition` on `pg_stat_activity`.
pub(crate) fn writing_backends(app: &TestApp, condition: &str) -> i64 {
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let mut conn = diesel::PgConnection::establish(&app.test_db.url).unwrap();
    let rows: Vec<Count> = diesel::sql_query(format!(
        "SELECT count(*) AS n FROM pg_stat_activity \
         WHERE datname = current_database() AND pid <> pg_backend_pid() \
         AND backend_xid IS NOT NULL AND {condition}"
    ))
    .load(&mut conn)
    .unwrap();
    rows[0].n
}

/// Sends `body` to `server` as a bulk upload from another thread, and returns once its write
/// transaction is visibly open (`open(app, wal_start)`: [`transaction_open`], say).
pub(crate) fn upload_in_flight(
    app: &TestApp,
    server: &Server,
    token: String,
    body: Vec<u8>,
    open: fn(&TestApp, u64) -> bool,
) -> std::thread::JoinHandle<Result<client::RawResponse, String>> {
    let base = server.base.clone().with_token(Some(token));
    let wal_start = std::fs::metadata(format!("{}-wal", app.test_db.url)).map_or(0, |m| m.len());
    let sender = std::thread::spawn(move || {
        client::send_raw(
            &base,
            "POST",
            "/api/v1/sheets/bulk",
            Some(("application/json", &body)),
            &[],
            Duration::from_secs(600),
        )
    });
    let started = Instant::now();
    while !open(app, wal_start) {
        assert!(
            !sender.is_finished(),
            "the upload ended before its transaction was seen open"
        );
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "the transaction never showed"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    sender
}

fn count(app_list: &Value) -> usize {
    app_list["items"].as_array().unwrap().len()
}

db_tests! {
    async fn killing_the_server_mid_upload_leaves_all_or_nothing(app: TestApp) {
        // Funds through the API; then the server, on the same database.
        let mut fund_ids = Vec::new();
        for i in 0..FUNDS {
            let res = app.post("/api/v1/funds", &json!({"name": format!("专项资金 {i}"), "year": 2024})).await;
            assert_eq!(res.status, 201);
            fund_ids.push(res.json()["id"].as_i64().unwrap());
        }
        let token = app.token(&Role::Admin).unwrap();
        let body = upload(&fund_ids);
        let expected = FUNDS * 14;
        let server = start(&app.test_db.url);

        // The upload, from another thread; it never gets its answer.
        let sender = upload_in_flight(&app, &server, token.clone(), body, transaction_open);
        let mut server = server;
        server.child.kill().expect("SIGKILL");
        server.child.wait().unwrap();
        let answer = sender.join().unwrap();
        assert!(
            answer.as_ref().map_or(true, |r| r.status != 200),
            "the upload was answered before the kill; make it larger"
        );

        // Started again on the same database: all or nothing.
        let server = start(&app.test_db.url);
        let ready = client::send(&server.base, "GET", "/readyz", None, Duration::from_secs(10)).unwrap();
        assert_eq!(ready.status, 200);
        let base = server.base.clone().with_token(Some(token));
        let page = client::send(&base, "GET", "/api/v1/sheets?page_size=500", None, Duration::from_secs(30)).unwrap();
        assert_eq!(page.status, 200);
        let first_page: Value = serde_json::from_str(&page.body).unwrap();
        let mut stored = 0;
        for &fund in &fund_ids {
            stored += count(&app.get(&format!("/api/v1/sheets?fund_id={fund}&page_size=500")).await.json());
        }
        assert!(stored == 0 || stored == expected, "{stored} of {expected} sheets: a half-written upload");
        assert_eq!(count(&first_page), stored.min(500));
        drop(server);

        if app.backend() == Backend::Sqlite {
            #[derive(diesel::QueryableByName)]
            struct Check {
                #[diesel(sql_type = diesel::sql_types::Text)]
                integrity_check: String,
            }
            let mut conn = diesel::SqliteConnection::establish(&app.test_db.url).unwrap();
            let rows: Vec<Check> = diesel::sql_query("PRAGMA integrity_check").load(&mut conn).unwrap();
            assert_eq!(rows.len(), 1);
            assert_eq!(rows[0].integrity_check, "ok");
        }
        // The service works on: the same upload, sent again, is applied whole.
        let sheets = upload(&fund_ids[..2]);
        let res = app.upload("", "application/json", sheets).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body[..res.body.len().min(500)]));
    }
}
