//! `perf-targets backup --out FILE`, run as the real binary: on SQLite, while a client writes
//! sheets through the HTTP API of a running server, the copy opens, passes
//! `PRAGMA integrity_check` and holds every sheet whose write had been answered before the backup
//! began; an existing FILE is refused and left alone. On PostgreSQL it is refused, naming
//! `pg_dump`.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use diesel::{Connection, RunQueryDsl};
use perf_targets::cli::client::{self, BaseUrl};
use serde_json::Value;

use crate::cli::{perf_targets, serve, text};
use crate::common::*;

#[derive(diesel::QueryableByName)]
struct Check {
    #[diesel(sql_type = diesel::sql_types::Text)]
    integrity_check: String,
}

#[derive(diesel::QueryableByName)]
struct Id {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    id: i64,
}

/// How many funds the writer may fill, thirteen sheets each.
const FUNDS: usize = 40;

db_tests! {
    async fn a_backup_taken_during_writes_holds_every_committed_sheet(app: TestApp) {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("copy.db");
        let out_arg = out.to_str().unwrap();
        if app.backend() == Backend::Postgres {
            let res = perf_targets(&app.test_db.url, &["backup", "--out", out_arg]);
            assert_eq!(res.status.code(), Some(1), "{}", text(&res));
            assert!(text(&res).contains("pg_dump"), "{}", text(&res));
            assert!(!out.exists());
            return;
        }
        let mut fund_ids = Vec::new();
        for i in 0..FUNDS {
            let res = app.post("/api/v1/funds", &serde_json::json!({"name": format!("专项资金 {i}"), "year": 2024})).await;
            assert_eq!(res.status, 201);
            fund_ids.push(res.json()["id"].as_i64().unwrap());
        }
        let server = serve(&app.test_db.url);
        let base = BaseUrl::parse(&server.url).unwrap().with_token(app.token(&Role::Admin));

        // The writer: one sheet after another through the API, each id kept once answered.
        let committed = Arc::new(Mutex::new(Vec::<i64>::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let writer = {
            let (committed, stop) = (committed.clone(), stop.clone());
            std::thread::spawn(move || {
                for &fund in &fund_ids {
                    for i in 0..13 {
                        if stop.load(Ordering::SeqCst) {
                            return;
                        }
                        let body = example_sheet(i, fund).to_string();
                        let res = client::send(&base, "POST", "/api/v1/sheets", Some(&body), Duration::from_secs(30))
                            .expect("the server answers");
                        assert_eq!(res.status, 201, "{}", res.body);
                        let sheet: Value = serde_json::from_str(&res.body).unwrap();
                        committed.lock().unwrap().push(sheet["id"].as_i64().unwrap());
                    }
                }
                panic!("the writer ran out of funds before the backup ended");
            })
        };
        while committed.lock().unwrap().len() < 20 {
            assert!(!writer.is_finished(), "the writer stopped");
            std::thread::sleep(Duration::from_millis(20));
        }
        let before: Vec<i64> = committed.lock().unwrap().clone();
        let res = perf_targets(&app.test_db.url, &["backup", "--out", out_arg]);
        let during = committed.lock().unwrap().len();
        // A few more writes after the backup, so that writes ran all through it.
        while committed.lock().unwrap().len() < during + 3 {
            assert!(!writer.is_finished(), "the writer stopped");
            std::thread::sleep(Duration::from_millis(20));
        }
        stop.store(true, Ordering::SeqCst);
        writer.join().unwrap();
        assert!(res.status.success(), "{}", text(&res));
        assert!(text(&res).contains("integrity_check"), "{}", text(&res));
        let all = committed.lock().unwrap().clone();

        let mut copy = diesel::SqliteConnection::establish(out_arg).unwrap();
        let check: Vec<Check> = diesel::sql_query("PRAGMA integrity_check").load(&mut copy).unwrap();
        assert_eq!(check.iter().map(|c| c.integrity_check.as_str()).collect::<Vec<_>>(), ["ok"]);
        let ids: Vec<i64> = diesel::sql_query("SELECT id FROM sheets").load::<Id>(&mut copy).unwrap()
            .into_iter().map(|r| r.id).collect();
        for id in &before {
            assert!(ids.contains(id), "sheet {id}, answered before the backup began, is missing");
        }
        assert!(ids.iter().all(|id| all.contains(id)), "the copy holds only written sheets");
        drop(copy);

        // The copy serves: a server on it reads the sheets back.
        let copy_server = serve(out_arg);
        let base = BaseUrl::parse(&copy_server.url).unwrap().with_token(app.token(&Role::Admin));
        let res = client::send(&base, "GET", &format!("/api/v1/sheets/{}", before[0]), None, Duration::from_secs(30)).unwrap();
        assert_eq!(res.status, 200, "{}", res.body);
        drop(copy_server);

        // An existing file is refused and left as it is.
        let size = std::fs::metadata(&out).unwrap().len();
        let again = perf_targets(&app.test_db.url, &["backup", "--out", out_arg]);
        assert_eq!(again.status.code(), Some(1), "{}", text(&again));
        assert!(text(&again).contains("exists"), "{}", text(&again));
        assert_eq!(std::fs::metadata(&out).unwrap().len(), size);
        let missing = dir.path().join("none.db");
        let res = perf_targets(missing.to_str().unwrap(), &["backup", "--out", dir.path().join("x.db").to_str().unwrap()]);
        assert_eq!(res.status.code(), Some(1), "{}", text(&res));
        assert!(text(&res).contains("no SQLite database"), "{}", text(&res));
        assert!(!missing.exists(), "no database created");
        drop(server);
    }
}
