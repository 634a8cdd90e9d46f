//! The `import` command, run as the real binary, for sheets, monitoring reports and
//! self-evaluations: straight into the database, and over HTTP to a running server. Each on its
//! own fresh database, on both backends.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::common::*;

const BIN: &str = env!("CARGO_BIN_EXE_perf-targets");

pub(crate) fn perf_targets(database_url: &str, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("--database-url")
        .arg(database_url)
        .args(args)
        .env("RUST_LOG", "warn")
        .output()
        .expect("run perf-targets")
}

pub(crate) fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The thirteen example sheets naming their fund, as a JSON file.
fn write_sheets(dir: &Path, name: &str, edit: impl Fn(&mut Vec<Value>)) -> String {
    let mut sheets: Vec<Value> = example()["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let mut s = s.clone();
            s["fund_name"] = json!("2024年度跨境电商支持资金");
            s
        })
        .collect();
    edit(&mut sheets);
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec(&sheets).unwrap()).unwrap();
    path.to_string_lossy().into_owned()
}

/// The ids of the indicators of every sheet in a snapshot.
fn indicator_ids(snapshot: &Value) -> Vec<Vec<i64>> {
    snapshot["sheets"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["indicators"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["id"].as_i64().unwrap())
                .collect()
        })
        .collect()
}

/// A server on a free loopback port, killed when dropped (and after 120 s at the latest).
pub(crate) struct Server {
    child: Child,
    pub(crate) url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        // SIGTERM to `timeout`, which passes it on to the server (a SIGKILL would stop `timeout`
        // alone and leave the server running).
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

pub(crate) fn serve(database_url: &str) -> Server {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new("timeout")
        .args(["120", BIN, "--database-url", database_url])
        .args(["--addr", &format!("127.0.0.1:{port}"), "serve"])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the server");
    let url = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Server { child, url }
}

db_tests! {
    async fn import_straight_into_the_database(app: TestApp) {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(app.post("/api/v1/funds", &example()["fund"]).await.status, 201);
        let url = app.test_db.url.clone();
        let good = write_sheets(dir.path(), "good.json", |_| {});

        let dry = perf_targets(&url, &["import", "--dry-run", &good]);
        assert!(dry.status.success(), "{}", text(&dry));
        assert!(text(&dry).contains("13 created, 0 updated, 0 unchanged, 0 failed (nothing saved)"), "{}", text(&dry));
        assert_eq!(app.get("/api/v1/sheets").await.json()["items"].as_array().unwrap().len(), 0);

        let out = perf_targets(&url, &["import", &good]);
        assert!(out.status.success(), "{}", text(&out));
        assert!(text(&out).contains("13 created, 0 updated, 0 unchanged, 0 failed"), "{}", text(&out));
        let again = perf_targets(&url, &["import", &good]);
        assert!(text(&again).contains("0 created, 0 updated, 13 unchanged, 0 failed"), "{}", text(&again));

        let bad = write_sheets(dir.path(), "bad.json", |s| {
            s[4]["indicators"][1]["target"] = json!("5-3次");
            s[6]["overall_goal"] = json!("改过的目标");
        });
        let before = app.snapshot().await;
        let out = perf_targets(&url, &["import", &bad]);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        let shown = text(&out);
        assert!(shown.contains("0 created, 1 updated, 11 unchanged, 1 failed (nothing saved)"), "{shown}");
        assert!(shown.contains("item 4 (430600)") && shown.contains("TARGET_RANGE_INVERTED /indicators/1/target"), "{shown}");
        assert_eq!(app.snapshot().await, before, "atomic: nothing saved");

        let out = perf_targets(&url, &["import", "--mode", "partial", &bad]);
        assert_eq!(out.status.code(), Some(1));
        assert!(text(&out).contains("0 created, 1 updated, 11 unchanged, 1 failed"), "{}", text(&out));
        let after = app.snapshot().await;
        assert_ne!(after, before, "partial: the good sheet was saved");
        assert_eq!(after["sheets"]["items"][6]["overall_goal"], "改过的目标");
        assert_eq!(
            indicator_ids(&after), indicator_ids(&before),
            "the updated sheet's indicators keep their ids"
        );

        // Exported files import back unchanged, in every format.
        for format in ["json", "csv", "xlsx"] {
            let file = dir.path().join(format!("export.{format}"));
            let file = file.to_str().unwrap();
            let out = perf_targets(&url, &["export", "--format", format, "--out", file]);
            assert!(out.status.success(), "{}", text(&out));
            let out = perf_targets(&url, &["import", file]);
            assert!(text(&out).contains("0 created, 0 updated, 13 unchanged, 0 failed"), "{format}: {}", text(&out));
        }

        let unknown = dir.path().join("sheets.pdf");
        std::fs::write(&unknown, b"%PDF").unwrap();
        let out = perf_targets(&url, &["import", unknown.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        assert!(text(&out).contains("unknown file type"), "{}", text(&out));
    }

    async fn import_over_http(app: TestApp) {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(app.post("/api/v1/funds", &example()["fund"]).await.status, 201);
        let server = serve(&app.test_db.url);
        let admin = app.token(&Role::Admin).unwrap();
        let good = write_sheets(dir.path(), "good.json", |_| {});
        let out = perf_targets("unused.db", &["import", "--server", &server.url, &good]);
        assert_eq!(out.status.code(), Some(1), "no token: refused");
        assert!(text(&out).contains("401"), "{}", text(&out));
        let out = perf_targets("unused.db", &["import", "--server", &server.url, "--token", &admin, &good]);
        assert!(out.status.success(), "{}", text(&out));
        assert!(text(&out).contains("13 created"), "{}", text(&out));
        let bad = write_sheets(dir.path(), "bad.json", |s| s[0]["provincial_funds"] = json!("-1"));
        let out = perf_targets("unused.db", &["import", "--server", &server.url, "--token", &admin, &bad]);
        assert_eq!(out.status.code(), Some(1));
        assert!(text(&out).contains("AMOUNT_NEGATIVE /provincial_funds"), "{}", text(&out));
        assert_eq!(app.get("/api/v1/sheets").await.json()["items"].as_array().unwrap().len(), 13);
        let reader = app.token(&Role::Reader).unwrap();
        let out = perf_targets("unused.db", &["export", "--server", &server.url, "--token", &reader, "--region-code", "430200"]);
        assert!(out.status.success(), "{}", text(&out));
        let exported: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(exported.as_array().unwrap().len(), 1);
        assert_eq!(exported[0]["region_name"], "株洲市");
        assert!(!Path::new("unused.db").exists(), "no database touched in HTTP mode");
    }
}

db_tests! {
    async fn import_reports_and_evaluations_by_kind(app: TestApp) {
        let dir = tempfile::tempdir().unwrap();
        let url = app.test_db.url.clone();
        {
            let server = serve(&url);
            let admin = app.token(&Role::Admin).unwrap();
            let out = perf_targets("unused.db", &["load-example", "--server", &server.url, "--token", &admin]);
            assert!(out.status.success(), "{}", text(&out));
        }

        // The July reports out as CSV and back in: all unchanged.
        let july = dir.path().join("july.csv");
        let july = july.to_str().unwrap();
        let out = perf_targets(&url, &["export", "--kind", "monitoring", "--month", "7", "--format", "csv", "--out", july]);
        assert!(out.status.success(), "{}", text(&out));
        let out = perf_targets(&url, &["import", "--kind", "monitoring", july]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out));
        assert!(text(&out).contains("0 created, 0 updated, 3 unchanged, 0 failed"), "{}", text(&out));
        // The evaluations as Excel, checked only.
        let evaluations = dir.path().join("evaluations.xlsx");
        let evaluations = evaluations.to_str().unwrap();
        let out = perf_targets(&url, &["export", "--kind", "self-evaluation", "--format", "xlsx", "--out", evaluations]);
        assert!(out.status.success(), "{}", text(&out));
        let out = perf_targets(&url, &["import", "--kind", "self-evaluation", "--dry-run", evaluations]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out));
        assert!(text(&out).contains("0 created, 0 updated, 13 unchanged, 0 failed (nothing saved)"), "{}", text(&out));

        // A row with a choice no label names: refused, the row and column named, nothing saved.
        let before = app.get("/api/v1/monitoring/export?month=7").await.json();
        let csv = std::fs::read_to_string(july).unwrap();
        assert!(csv.contains(",有可能,AT_RISK,经费保障,"), "{csv}");
        let bad = dir.path().join("bad.csv");
        std::fs::write(&bad, csv.replacen(",有可能,AT_RISK,经费保障,", ",大概能,AT_RISK,经费保障,", 1)).unwrap();
        let bad = bad.to_str().unwrap();
        let out = perf_targets(&url, &["import", "--kind", "monitoring", bad]);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        let shown = text(&out);
        assert!(shown.contains("0 created, 0 updated, 2 unchanged, 1 failed (nothing saved)"), "{shown}");
        assert!(shown.contains("item 1 (430400 month 7) row 13 column likelihood: VALUE_INVALID /indicators/0/likelihood"), "{shown}");
        assert_eq!(app.get("/api/v1/monitoring/export?month=7").await.json(), before);

        // Over HTTP the same file goes to POST /monitoring/bulk.
        let server = serve(&url);
        let admin = app.token(&Role::Admin).unwrap();
        let out = perf_targets("unused.db", &["import", "--kind", "monitoring", "--server", &server.url, "--token", &admin, bad]);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        assert!(text(&out).contains("row 13 column likelihood: VALUE_INVALID"), "{}", text(&out));
        let out = perf_targets("unused.db", &["import", "--kind", "self-evaluation", "--server", &server.url, "--token", &admin, evaluations]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out));
        assert!(text(&out).contains("0 created, 0 updated, 13 unchanged, 0 failed"), "{}", text(&out));
        // A report file sent as sheets (the default kind) is refused.
        let out = perf_targets("unused.db", &["import", "--server", &server.url, "--token", &admin, july]);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        assert!(!Path::new("unused.db").exists(), "no database touched in HTTP mode");

        // Formats only sheets have are refused for reports and evaluations, before anything runs.
        let forms = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/2024-cross-border-ecommerce-forms.txt");
        let out = perf_targets(&url, &["import", "--kind", "self-evaluation", forms]);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        assert!(text(&out).contains("not a file of self-evaluations (expected .json, .ndjson, .jsonl, .csv or .xlsx)"), "{}", text(&out));
    }
}

/// A server on a free loopback port with its log kept in `log`, killed when dropped (and after
/// 120 s at the latest).
fn serve_logged(database_url: &str, extra: &[&str], log: &Path) -> Server {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = std::fs::File::create(log).unwrap();
    let child = Command::new("timeout")
        .args(["120", BIN, "--database-url", database_url])
        .args(["--addr", &format!("127.0.0.1:{port}")])
        .args(extra)
        .arg("serve")
        .env("RUST_LOG", "debug")
        .stdout(out.try_clone().unwrap())
        .stderr(out)
        .spawn()
        .expect("start the server");
    let url = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Server { child, url }
}

db_tests! {
    async fn first_start_writes_an_admin_token_that_is_never_logged(app: TestApp) {
        use std::os::unix::fs::PermissionsExt;
        // A database without any token (the harness's own has one).
        let fresh = TestDb::new(app.backend());
        drop(app);
        let url = fresh.url.clone();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("admin-token");
        let log = dir.path().join("server.log");
        let file_arg = file.to_str().unwrap().to_string();
        let args = ["--admin-token-file", file_arg.as_str(), "--token-cache-seconds", "0"];
        let server = serve_logged(&url, &args, &log);
        let admin = std::fs::read_to_string(&file).expect("the admin token file");
        let admin = admin.trim().to_string();
        assert!(admin.starts_with("pt_") && admin.len() == 67, "{admin}");
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "readable by its owner only");

        // The token works; without it the example cannot be loaded.
        let out = perf_targets("unused.db", &["load-example", "--server", &server.url]);
        assert!(!out.status.success());
        let out = perf_targets("unused.db", &["load-example", "--server", &server.url, "--token", &admin]);
        assert!(out.status.success(), "{}", text(&out));
        // Three regions' July reports came with it: on track, at risk, off track; the other
        // ten sheets are approved too, without a report (GREY).
        assert!(text(&out).contains("report 430500 7月: created and submitted"), "{}", text(&out));
        {
            use perf_targets::cli::client::{send, BaseUrl};
            let base = BaseUrl::parse(&server.url).unwrap().with_token(Some(admin.clone()));
            let res = send(&base, "GET", "/api/v1/funds/1/monitoring?month=7", None, Duration::from_secs(10)).unwrap();
            let picture: Value = serde_json::from_str(&res.body).unwrap();
            let lights: Vec<(String, String)> = picture["regions"].as_array().unwrap().iter()
                .map(|r| (r["region_code"].as_str().unwrap().into(), r["light"].as_str().unwrap().into()))
                .collect();
            let lit: Vec<(String, String)> = lights.iter().filter(|(_, l)| l != "GREY").cloned().collect();
            let expected = [("430300", "GREEN"), ("430400", "YELLOW"), ("430500", "RED")]
                .map(|(c, l)| (c.to_string(), l.to_string()));
            assert_eq!(lit, expected, "{picture}");
            assert_eq!(lights.len(), 13, "{picture}");
        }
        // Loading again leaves what exists as it is.
        let again = perf_targets("unused.db", &["load-example", "--server", &server.url, "--token", &admin]);
        assert!(again.status.success(), "{}", text(&again));
        assert!(text(&again).contains("report 430300 7月: exists, left as it is"), "{}", text(&again));

        // `token create` prints the token alone; `token list` never shows it; `token revoke`.
        let out = perf_targets(&url, &["token", "create", "--role", "reader", "--name", "审计"]);
        assert!(out.status.success(), "{}", text(&out));
        let reader = String::from_utf8(out.stdout.clone()).unwrap();
        assert_eq!(reader.lines().count(), 1, "{reader}");
        let reader = reader.trim().to_string();
        assert!(reader.starts_with("pt_"));
        let out = perf_targets(&url, &["export", "--server", &server.url, "--token", &reader, "--region-code", "430200"]);
        assert!(out.status.success(), "{}", text(&out));
        let out = perf_targets(&url, &["token", "create", "--role", "SUBMITTER", "--name", "x"]);
        assert_eq!(out.status.code(), Some(1));
        assert!(text(&out).contains("/regions"), "{}", text(&out));
        let out = perf_targets(&url, &["token", "create", "--role", "SUBMITTER", "--region", "430200", "--name", "株洲"]);
        assert!(out.status.success(), "{}", text(&out));
        let submitter = String::from_utf8(out.stdout.clone()).unwrap().trim().to_string();
        let list = perf_targets(&url, &["token", "list"]);
        let listed = text(&list);
        assert!(listed.contains("审计") && listed.contains("initial admin") && listed.contains("430200"), "{listed}");
        for t in [&admin, &reader, &submitter] {
            assert!(!listed.contains(t.as_str()));
        }
        // A token made over HTTP, used; a well-formed token that does not exist, refused.
        use perf_targets::cli::client::{send, BaseUrl};
        let base = BaseUrl::parse(&server.url).unwrap();
        let as_admin = base.clone().with_token(Some(admin.clone()));
        let res = send(&as_admin, "POST", "/api/v1/tokens", Some(r#"{"name": "接口", "role": "READER"}"#), Duration::from_secs(30)).unwrap();
        assert_eq!(res.status, 201, "{}", res.body);
        let made: Value = serde_json::from_str(&res.body).unwrap();
        let made = made["token"].as_str().unwrap().to_string();
        let res = send(&base.clone().with_token(Some(made.clone())), "GET", "/api/v1/me", None, Duration::from_secs(30)).unwrap();
        assert_eq!(res.status, 200, "{}", res.body);
        let unknown = format!("pt_{}", "7".repeat(64));
        let res = send(&base.clone().with_token(Some(unknown.clone())), "GET", "/api/v1/sheets", None, Duration::from_secs(30)).unwrap();
        assert_eq!(res.status, 401, "{}", res.body);
        let id = listed.lines().find(|l| l.contains("审计")).unwrap().split('\t').next().unwrap().to_string();
        let out = perf_targets(&url, &["token", "revoke", &id]);
        assert!(out.status.success(), "{}", text(&out));
        let out = perf_targets(&url, &["export", "--server", &server.url, "--token", &reader]);
        assert!(!out.status.success(), "a revoked token no longer works");
        assert!(text(&out).contains("401"), "{}", text(&out));
        let out = perf_targets(&url, &["token", "revoke", "1"]);
        assert_eq!(out.status.code(), Some(1), "the last admin token stays: {}", text(&out));
        drop(server);

        // A second start on the same database creates no other token.
        std::fs::remove_file(&file).unwrap();
        let log2 = dir.path().join("server2.log");
        let server = serve_logged(&url, &args, &log2);
        assert!(!file.exists());
        drop(server);

        // No token value in the logs or in the database.
        let logs = format!(
            "{}{}",
            std::fs::read_to_string(&log).unwrap(),
            std::fs::read_to_string(&log2).unwrap()
        );
        assert!(logs.contains("admin-token"), "the log says where the token is: {logs}");
        assert!(logs.contains("Authorization") || logs.contains("request finished"), "the log was written");
        let stored = fresh.stored_text();
        assert!(stored.contains("审计"));
        for t in [&admin, &reader, &submitter, &made, &unknown] {
            assert!(!logs.contains(t.as_str()), "token in the log");
            assert!(!logs.contains(&t[3..]), "token in the log");
            assert!(!stored.contains(t.as_str()), "token stored in clear");
            assert!(!stored.contains(&t[3..]), "token stored in clear");
        }
    }
}

db_tests! {
    // Attached to a terminal (a pseudo-terminal from `script`), the first start also shows the
    // token to the person watching, and says where the file is.
    async fn the_first_admin_token_is_shown_on_a_terminal(app: TestApp) {
        let fresh = TestDb::new(app.backend());
        drop(app);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("admin-token");
        let pid_file = dir.path().join("server.pid");
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
        let server = [
            BIN.to_string(),
            "--database-url".into(),
            fresh.url.clone(),
            "--addr".into(),
            format!("127.0.0.1:{port}"),
            "--admin-token-file".into(),
            file.to_str().unwrap().into(),
            "serve".into(),
        ]
        .iter()
        .map(|a| quote(a))
        .collect::<Vec<_>>()
        .join(" ");
        let inner = format!("timeout 60 {server} & echo $! > {}; wait", quote(pid_file.to_str().unwrap()));
        let mut child = Command::new("timeout")
            .args(["90", "script", "-qefc", &inner, "/dev/null"])
            .env("RUST_LOG", "info")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("run the server under script(1)");
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed() < Duration::from_secs(60), "server did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        let pid = std::fs::read_to_string(&pid_file).unwrap();
        let stopped = Command::new("kill").args(["-TERM", pid.trim()]).status().unwrap();
        assert!(stopped.success());
        let out = std::mem::take(&mut child.stdout).unwrap();
        let mut shown = String::new();
        std::io::Read::read_to_string(&mut { out }, &mut shown).unwrap();
        drop(child.stdin.take());
        child.wait().unwrap();
        let token = std::fs::read_to_string(&file).expect("the admin token file");
        let token = token.trim();
        assert!(token.starts_with("pt_"), "{token}");
        assert!(shown.contains(token), "the terminal shows the token: {shown}");
        assert!(shown.contains(file.to_str().unwrap()), "and where it is kept: {shown}");
    }
}

/// Sends `head` (request line and headers, without the blank line) and a body in 64 KiB
/// chunks (`Transfer-Encoding: chunked`, no `Content-Length`); answers the status and the
/// whole response.
fn send_chunked(url: &str, head: &str, body: &[u8]) -> (u16, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(url.trim_start_matches("http://")).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut request =
        format!("{head}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").into_bytes();
    for chunk in body.chunks(64 * 1024) {
        request.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        request.extend_from_slice(chunk);
        request.extend_from_slice(b"\r\n");
    }
    request.extend_from_slice(b"0\r\n\r\n");
    stream.write_all(&request).unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let response = String::from_utf8_lossy(&response).into_owned();
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, response)
}

db_tests! {
    // A body streamed without `Content-Length` counts against the upload limit like any other.
    async fn streamed_uploads_count_against_the_upload_limit(app: TestApp) {
        let fresh = TestDb::new(app.backend());
        drop(app);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("admin-token");
        let log = dir.path().join("server.log");
        let args = ["--admin-token-file", file.to_str().unwrap(), "--upload-limit-mib", "1"];
        let server = serve_logged(&fresh.url, &args, &log);
        let admin = std::fs::read_to_string(&file).unwrap().trim().to_string();
        let head = format!(
            "POST /api/v1/sheets/bulk?dry_run=true HTTP/1.1\r\nHost: x\r\n\
             Authorization: Bearer {admin}\r\nContent-Type: application/json"
        );
        let mut body = b"[]".to_vec();
        body.extend(std::iter::repeat_n(b' ', 700 * 1024));
        let (status, answer) = send_chunked(&server.url, &head, &body);
        assert_eq!(status, 200, "{answer}");
        assert!(answer.contains("\"created\":0"), "the operation read the whole body: {answer}");
        let (status, answer) = send_chunked(&server.url, &head, &body);
        assert_eq!(status, 429, "{answer}");
        assert!(answer.to_ascii_lowercase().contains("retry-after:"), "{answer}");
        assert!(answer.contains("RATE_LIMITED"), "{answer}");
        // Two `Authorization` headers name no one caller.
        let head = format!(
            "GET /api/v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {admin}\r\n\
             Authorization: Bearer {admin}"
        );
        let (status, answer) = send_chunked(&server.url, &head, b"");
        assert_eq!(status, 401, "{answer}");
        drop(server);
    }
}

#[test]
fn disabled_access_control_is_refused_off_loopback() {
    let out = Command::new(BIN)
        .args([
            "--auth",
            "disabled",
            "--addr",
            "0.0.0.0:0",
            "--database-url",
            "unused.db",
            "serve",
        ])
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("loopback"), "{}", text(&out));
    assert!(!Path::new("unused.db").exists());
}
