//! Graceful shutdown: SIGTERM while a large bulk upload is in flight (its write transaction
//! visibly open). The server refuses new connections at once, the upload's answer arrives whole,
//! and the process exits 0. On both backends.

use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use perf_targets::cli::client::{self, BaseUrl};
use serde_json::{json, Value};

use crate::common::*;
use crate::crash::{transaction_open, upload};

const BIN: &str = env!("CARGO_BIN_EXE_perf-targets");

/// How many funds the upload fills, fourteen sheets each.
const FUNDS: usize = 200;

/// The server process, killed when dropped if it still runs (a failed test leaves none behind).
struct Running(std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

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

        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut child = Running(Command::new(BIN)
            .args(["--database-url", &app.test_db.url, "--addr", &format!("127.0.0.1:{port}")])
            .args(["--rate-limit", "0", "--upload-limit-mib", "0", "--shutdown-timeout", "300", "serve"])
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the server"));
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed() < Duration::from_secs(30), "server did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        let base = BaseUrl::from_addr(format!("127.0.0.1:{port}").parse().unwrap()).with_token(Some(token));
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

        let term = Command::new("kill").args(["-TERM", &child.0.id().to_string()]).status().unwrap();
        assert!(term.success());
        // New connections are refused (the listener is closed) while the upload still runs.
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            assert!(started.elapsed() < Duration::from_secs(30), "still accepting 30 s after SIGTERM");
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(!sender.is_finished(), "the upload was answered before the listener closed; make it larger");

        let answer = sender.join().unwrap().expect("the upload is answered");
        assert_eq!(answer.status, 200, "{}", String::from_utf8_lossy(&answer.body[..answer.body.len().min(500)]));
        let summary: Value = serde_json::from_slice(&answer.body).expect("the whole summary");
        assert_eq!(summary["created"], expected);
        assert_eq!(summary["items"].as_array().unwrap().len(), expected);
        let status = child.0.wait().unwrap();
        assert_eq!(status.code(), Some(0), "exit status after SIGTERM");

        // Everything the answer reported is stored.
        let stored = app.get(&format!("/api/v1/sheets?fund_id={}&page_size=500", fund_ids[FUNDS - 1])).await.json();
        assert_eq!(stored["items"].as_array().unwrap().len(), 14);
    }
}
