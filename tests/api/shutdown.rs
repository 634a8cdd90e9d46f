//! Graceful shutdown: SIGTERM while a large bulk upload is in flight (its write transaction
//! visibly open). The server refuses new connections at once, the upload's answer arrives whole,
//! and the process exits 0. On both backends.

use std::process::Command;
use std::time::{Duration, Instant};

use perf_targets::cli::client;
use serde_json::{json, Value};

use crate::common::*;
use crate::crash::{transaction_open, upload, Server};

/// How many funds the upload fills, fourteen sheets each.
const FUNDS: usize = 200;

db_tests! {
    async fn sigterm_lets_the_upload_in_flight_finish(app: TestApp) {
        let mut fund_ids = Vec::new();
        for i in 0..FUNDS {
            let res = app.post("/api/v1/funds", &json!({"name": format!("专项资金 {i}"), "year": 2024})).await;
            assert_eq!(res.status, 201);
            fund_ids.push(res.json()["id"].as_i64().unwrap());
        }
        let token = app.token(&Role::Admin).unwrap();
        let body = upload(&fund_ids);
        let expected = FUNDS * 14;

        let server = Server::spawn(&app.test_db.url, &["--shutdown-timeout", "300"]).wait_listening();
        let base = server.base.clone().with_token(Some(token));
        let wal_start = std::fs::metadata(format!("{}-wal", app.test_db.url)).map_or(0, |m| m.len());
        let sender = std::thread::spawn(move || {
            client::send_raw(&base, "POST", "/api/v1/sheets/bulk", Some(("application/json", &body)), &[], Duration::from_secs(600))
        });
        let started = Instant::now();
        while !transaction_open(&app, wal_start) {
            assert!(!sender.is_finished(), "the upload ended before its transaction was seen open");
            assert!(started.elapsed() < Duration::from_secs(300), "the transaction never showed");
            std::thread::sleep(Duration::from_millis(5));
        }

        let term = Command::new("kill").args(["-TERM", &server.child.id().to_string()]).status().unwrap();
        assert!(term.success());
        // New connections are refused (the listener is closed) while the upload still runs.
        let started = Instant::now();
        while server.accepts() {
            assert!(started.elapsed() < Duration::from_secs(30), "still accepting 30 s after SIGTERM");
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(!sender.is_finished(), "the upload was answered before the listener closed; make it larger");

        let answer = sender.join().unwrap().expect("the upload is answered");
        assert_eq!(answer.status, 200, "{}", String::from_utf8_lossy(&answer.body[..answer.body.len().min(500)]));
        let summary: Value = serde_json::from_slice(&answer.body).expect("the whole summary");
        assert_eq!(summary["created"], expected);
        assert_eq!(summary["items"].as_array().unwrap().len(), expected);
        let mut server = server;
        let status = server.child.wait().unwrap();
        assert_eq!(status.code(), Some(0), "exit status after SIGTERM");

        // Everything the answer reported is stored.
        let stored = app.get(&format!("/api/v1/sheets?fund_id={}&page_size=500", fund_ids[FUNDS - 1])).await.json();
        assert_eq!(stored["items"].as_array().unwrap().len(), 14);
    }
}
