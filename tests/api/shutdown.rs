//! Graceful shutdown (SPEC §8), on both backends, both sides of the bound:
//! - SIGTERM or SIGINT while a large bulk upload is in flight (its write transaction visibly
//!   open), with a bound well above its duration: new connections are refused at once, the
//!   upload's answer arrives whole, and the process exits 0;
//! - with a bound of one second and an upload that cannot finish (the test stalls it after its
//!   sheets and indicators are written: a lock it holds on PostgreSQL, a trigger on SQLite), the
//!   process still exits 0 soon after the bound, the upload is not answered, and a fresh server
//!   on the same database finds none of its sheets.

use std::process::Command;
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::Connection;
use perf_targets::cli::client;
use serde_json::{json, Value};

use crate::common::*;
use crate::crash::{transaction_open, upload, upload_in_flight, writing_backends, Server};

/// How many funds the upload fills, fourteen sheets each.
const FUNDS: usize = 200;

/// Seconds, beyond the bound, that a loaded machine may take to end the process.
const SLACK: u64 = 20;

/// Creates [`FUNDS`] funds; returns their ids.
async fn funds(app: &TestApp) -> Vec<i64> {
    let mut fund_ids = Vec::new();
    for i in 0..FUNDS {
        let res = app
            .post(
                "/api/v1/funds",
                &json!({"name": format!("专项资金 {i}"), "year": 2024}),
            )
            .await;
        assert_eq!(res.status, 201);
        fund_ids.push(res.json()["id"].as_i64().unwrap());
    }
    fund_ids
}

/// Sends `signal` (`TERM`, `INT`) to the server process.
fn signal(server: &Server, signal: &str) {
    let sent = Command::new("kill")
        .args([&format!("-{signal}"), &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
}

/// The sheets stored for these funds.
async fn stored(app: &TestApp, fund_ids: &[i64]) -> usize {
    let mut stored = 0;
    for &fund in fund_ids {
        let page = app
            .get(&format!("/api/v1/sheets?fund_id={fund}&page_size=500"))
            .await
            .json();
        stored += page["items"].as_array().unwrap().len();
    }
    stored
}

/// The in-flight upload is answered whole after `sig`, and the process exits 0.
async fn drains(app: &TestApp, sig: &str) {
    let fund_ids = funds(app).await;
    let token = app.token(&Role::Admin).unwrap();
    let expected = FUNDS * 14;
    let server = Server::spawn(&app.test_db.url, &["--shutdown-timeout", "300"]).wait_listening();
    let sender = upload_in_flight(app, &server, token, upload(&fund_ids), transaction_open);

    signal(&server, sig);
    // New connections are refused (the listener is closed) while the upload still runs.
    let started = Instant::now();
    while server.accepts() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "still accepting 30 s after SIG{sig}"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(
        !sender.is_finished(),
        "the upload was answered before the listener closed; make it larger"
    );

    let answer = sender.join().unwrap().expect("the upload is answered");
    assert_eq!(
        answer.status,
        200,
        "{}",
        String::from_utf8_lossy(&answer.body[..answer.body.len().min(500)])
    );
    let summary: Value = serde_json::from_slice(&answer.body).expect("the whole summary");
    assert_eq!(summary["created"], expected);
    assert_eq!(summary["items"].as_array().unwrap().len(), expected);
    let mut server = server;
    let status = server.child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "exit status after SIG{sig}");

    // Everything the answer reported is stored.
    assert_eq!(stored(app, &fund_ids).await, expected);
}

/// Makes every bulk upload on this database stall once its sheets and indicators are written,
/// before its revisions, for as long as the returned connection lives (PostgreSQL: it holds a
/// lock on `sheet_revisions`) or for good (SQLite: a trigger on `sheet_revisions` that never ends in
/// practice: a count over a threefold cross join of the sheets, billions of rows).
fn stall_uploads(app: &TestApp) -> Option<diesel::PgConnection> {
    match app.backend() {
        Backend::Sqlite => {
            let mut conn = diesel::SqliteConnection::establish(&app.test_db.url).unwrap();
            conn.batch_execute(
                "CREATE TRIGGER stall_uploads BEFORE INSERT ON sheet_revisions BEGIN \
                 SELECT count(*) FROM sheets AS a, sheets AS b, sheets AS c; END;",
            )
            .unwrap();
            None
        }
        Backend::Postgres => {
            let mut conn = diesel::PgConnection::establish(&app.test_db.url).unwrap();
            conn.batch_execute("BEGIN; LOCK TABLE sheet_revisions IN EXCLUSIVE MODE;")
                .unwrap();
            Some(conn)
        }
    }
}

/// True once the upload is sure to stall ([`stall_uploads`]) with its write transaction open:
/// on SQLite the write lock cannot be taken (the trigger stalls it once it has written its
/// sheets and indicators); on PostgreSQL a transaction that has written waits for a lock.
fn stalled(app: &TestApp, _wal_start: u64) -> bool {
    match app.backend() {
        Backend::Sqlite => {
            let mut conn = diesel::SqliteConnection::establish(&app.test_db.url).unwrap();
            conn.batch_execute("PRAGMA busy_timeout = 0").unwrap();
            match conn.batch_execute("BEGIN IMMEDIATE") {
                Ok(()) => {
                    conn.batch_execute("ROLLBACK").unwrap();
                    false
                }
                Err(_) => true,
            }
        }
        Backend::Postgres => writing_backends(app, "wait_event_type = 'Lock'") > 0,
    }
}

db_tests! {
    async fn sigterm_lets_the_upload_in_flight_finish(app: TestApp) {
        drains(&app, "TERM").await;
    }

    async fn sigint_lets_the_upload_in_flight_finish(app: TestApp) {
        drains(&app, "INT").await;
    }

    async fn the_bound_cuts_off_a_request_that_runs_past_it(app: TestApp) {
        let fund_ids = funds(&app).await;
        let token = app.token(&Role::Admin).unwrap();
        let stall = stall_uploads(&app);
        let bound = 1;
        let log_dir = tempfile::tempdir().unwrap();
        let log_path = log_dir.path().join("server.log");
        let log = std::fs::File::create(&log_path).unwrap();
        let server = Server::spawn_logging(&app.test_db.url, &["--shutdown-timeout", &bound.to_string()], log.into())
            .wait_listening();
        let sender = upload_in_flight(&app, &server, token.clone(), upload(&fund_ids), stalled);

        signal(&server, "TERM");
        let signalled = Instant::now();
        let mut server = server;
        let status = loop {
            if let Some(status) = server.child.try_wait().unwrap() {
                break status;
            }
            assert!(
                signalled.elapsed() < Duration::from_secs(bound + SLACK),
                "still running {} s after SIGTERM with a bound of {bound} s",
                bound + SLACK
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        assert_eq!(status.code(), Some(0), "exit status after the bound cut a request off");
        let answer = sender.join().unwrap();
        assert!(answer.as_ref().map_or(true, |r| r.status != 200), "the stalled upload was answered");
        let log = std::fs::read_to_string(&log_path).unwrap();
        assert!(
            log.contains("shutdown bound reached") && log.contains("cut_off=1"),
            "the log names the request cut off: {log}"
        );
        drop(stall);

        // A fresh server on the same database: none of the upload is stored.
        let server = Server::spawn(&app.test_db.url, &[]).wait_listening();
        let base = server.base.clone().with_token(Some(token));
        let page = client::send(&base, "GET", "/api/v1/sheets?page_size=500", None, Duration::from_secs(60)).unwrap();
        assert_eq!(page.status, 200);
        let page: Value = serde_json::from_str(&page.body).unwrap();
        assert_eq!(page["items"].as_array().unwrap().len(), 0, "sheets of the cut-off upload are stored");
        drop(server);
        assert_eq!(stored(&app, &fund_ids).await, 0);
    }
}
