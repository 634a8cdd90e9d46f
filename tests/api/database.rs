//! The database layer on both backends: the blocking helper, the write-transaction helper,
//! migrations up and down, connection set-up and error reporting.

use std::sync::Arc;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use perf_targets::db::{self, regions, DatabaseUrl, Db, DbConnection, DbError, DbSettings};
use perf_targets::error::ServiceError;
use serde_json::{json, Value};

use crate::common::*;

diesel::table! {
    counter (id) {
        id -> BigInt,
        n -> BigInt,
    }
}

fn create_counter(db: &Db) {
    db.conn()
        .unwrap()
        .batch_execute("CREATE TABLE counter (id BIGINT PRIMARY KEY NOT NULL, n BIGINT NOT NULL); INSERT INTO counter (id, n) VALUES (1, 0);")
        .unwrap();
}

fn read_counter(conn: &mut DbConnection) -> QueryResult<i64> {
    counter::table.find(1).select(counter::n).first(conn)
}

db_tests! {
    // A connection the database drops (a PostgreSQL restart, an administrator terminating
    // backends) is noticed when it next leaves the pool, once it has gone unchecked for
    // `CONNECTION_CHECK_INTERVAL`, and replaced: requests after that all succeed. SQLite
    // connections are never dropped this way; the same requests must succeed there too.
    async fn dropped_connections_are_replaced(app: TestApp) {
        // Fill the pool: several requests at once hold several connections.
        let reads = (0..4).map(|_| app.get("/api/v1/funds"));
        for res in futures_util::future::join_all(reads).await {
            assert_eq!(res.status, 200);
        }
        if app.backend() == Backend::Postgres {
            let mut admin = PgConnection::establish(&app.test_db.url).unwrap();
            let dropped: Vec<bool> = diesel::sql_query(
                "SELECT pg_terminate_backend(pid) AS t FROM pg_stat_activity \
                 WHERE datname = current_database() AND pid <> pg_backend_pid()",
            )
            .load::<Terminated>(&mut admin)
            .unwrap()
            .into_iter()
            .map(|r| r.t)
            .collect();
            assert!(!dropped.is_empty() && dropped.iter().all(|t| *t), "{dropped:?}");
        }
        // Within the interval a dropped connection may still be handed out: the request is
        // then 503 with Retry-After (the database is unavailable), never a 500.
        let res = app.get("/api/v1/funds").await;
        if res.status != 200 {
            res.problem(503, "SERVICE_UNAVAILABLE");
            assert!(res.header("retry-after").is_some());
        }
        std::thread::sleep(db::CONNECTION_CHECK_INTERVAL + std::time::Duration::from_millis(200));
        for _ in 0..8 {
            let res = app.get("/api/v1/funds").await;
            assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        }
    }

    async fn run_executes_off_the_worker_thread(app: TestApp) {
        let caller = std::thread::current().id();
        let (thread, count) = app
            .db
            .run(|conn| Ok::<_, ServiceError>((std::thread::current().id(), regions::list(conn)?.len())))
            .await
            .unwrap();
        assert_ne!(thread, caller);
        assert_eq!(count, 14);
    }

    async fn write_commits_or_rolls_back_entirely(app: TestApp) {
        create_counter(&app.db);
        let failed: Result<(), ServiceError> = app
            .db
            .write(|conn| {
                diesel::update(counter::table.find(1)).set(counter::n.eq(41)).execute(conn)?;
                diesel::insert_into(counter::table)
                    .values((counter::id.eq(2), counter::n.eq(1)))
                    .execute(conn)?;
                Err(ServiceError::Validation { issues: vec![] })
            })
            .await;
        assert!(matches!(failed, Err(ServiceError::Validation { .. })));
        let mut conn = app.db.conn().unwrap();
        assert_eq!(read_counter(&mut conn).unwrap(), 0, "nothing of a failed write remains");
        assert_eq!(counter::table.count().get_result::<i64>(&mut **conn).unwrap(), 1);
        drop(conn);

        let n = app
            .db
            .write(|conn| {
                diesel::update(counter::table.find(1)).set(counter::n.eq(7)).execute(conn)?;
                Ok::<_, ServiceError>(read_counter(conn)?)
            })
            .await
            .unwrap();
        assert_eq!(n, 7);
        assert_eq!(read_counter(&mut app.db.conn().unwrap()).unwrap(), 7);
    }

    async fn nested_transactions_are_savepoints(app: TestApp) {
        create_counter(&app.db);
        app.db
            .write(|conn| {
                diesel::update(counter::table.find(1)).set(counter::n.eq(1)).execute(conn)?;
                let inner: QueryResult<()> = conn.transaction(|c| {
                    diesel::update(counter::table.find(1)).set(counter::n.eq(99)).execute(c)?;
                    Err(diesel::result::Error::RollbackTransaction)
                });
                assert!(inner.is_err());
                Ok::<_, ServiceError>(())
            })
            .await
            .unwrap();
        assert_eq!(read_counter(&mut app.db.conn().unwrap()).unwrap(), 1);
    }

    async fn concurrent_read_then_write_loses_nothing(app: TestApp) {
        // Each writer reads the counter and writes it back plus one. On SQLite the write lock
        // is taken at BEGIN (no "database is locked" halfway); on PostgreSQL the transaction is
        // serializable and retried. Either way no increment may be lost.
        create_counter(&app.db);
        let db = Arc::new(app.db.clone());
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let db = Arc::clone(&db);
                std::thread::spawn(move || {
                    for _ in 0..15 {
                        let mut conn = db.conn().unwrap();
                        db::write_tx(&mut conn, |c| {
                            let n = read_counter(c)?;
                            std::thread::yield_now();
                            diesel::update(counter::table.find(1)).set(counter::n.eq(n + 1)).execute(c)?;
                            Ok::<_, DbError>(())
                        })
                        .unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(read_counter(&mut app.db.conn().unwrap()).unwrap(), 60);
    }

    async fn migrations_revert_and_reapply(app: TestApp) {
        let mut conn = app.db.conn().unwrap();
        let reverted = db::revert_all_migrations(&mut conn).unwrap();
        assert!(!reverted.is_empty());
        assert!(regions::list(&mut conn).is_err(), "down.sql removed the tables");
        let applied = db::run_migrations(&mut conn).unwrap();
        assert_eq!(applied.len(), reverted.len());
        assert_eq!(regions::list(&mut conn).unwrap().len(), 14);
        assert!(db::run_migrations(&mut conn).unwrap().is_empty(), "nothing pending twice");
    }

    async fn indicator_migrations_keep_rows_and_ids(app: TestApp) {
        let (_, sheets) = app.load_example().await;
        let before = app.snapshot().await;
        // The last sheet holds the highest indicator ids: deleting it frees them.
        let last = app.get(&format!("/api/v1/sheets/{}", sheets[12])).await.json();
        let highest = last["indicators"].as_array().unwrap().iter().map(|i| i["id"].as_i64().unwrap()).max().unwrap();
        assert_eq!(app.delete(&format!("/api/v1/sheets/{}", sheets[12]), None).await.status, 204);
        let kept = app.snapshot().await;
        {
            let mut conn = app.db.conn().unwrap();
            let reverted = db::revert_migrations_from(&mut conn, "20261203000007").unwrap();
            assert!(!reverted.is_empty(), "the indicator migrations were reverted");
            assert_eq!(db::run_migrations(&mut conn).unwrap(), {
                let mut r = reverted.clone();
                r.reverse();
                r
            });
        }
        app.db.reparse_targets().unwrap();
        assert_eq!(app.snapshot().await, kept, "every row and id kept through down and up");
        // Ids handed out before the migrations are not handed out again.
        let mut copy = before["sheets"]["items"][12].clone();
        copy.as_object_mut().unwrap().remove("id");
        let created = app.post("/api/v1/sheets", &copy).await;
        assert_eq!(created.status, 201, "{}", String::from_utf8_lossy(&created.body));
        let first_new = created.json()["indicators"][0]["id"].as_i64().unwrap();
        assert!(first_new > highest, "{first_new} > {highest}");
    }

    // The status check (2026-12-03): the database refuses an unknown sheet status; reverted, it
    // takes one, and the migration then refuses to apply over it until the row is repaired.
    async fn status_check_migration_reverts_and_reapplies(app: TestApp) {
        let (_, ids) = app.load_example().await;
        let kept = app.snapshot().await;
        let mut conn = app.db.conn().unwrap();
        let stored = |conn: &mut DbConnection| -> String {
            db::schema::sheets::table.find(ids[0]).select(db::schema::sheets::status).first(conn).unwrap()
        };
        let original = stored(&mut conn);
        let unknown = format!("UPDATE sheets SET status = 'ARCHIVED' WHERE id = {}", ids[0]);
        assert!(conn.batch_execute(&unknown).is_err(), "refused with the check");
        // The migrations after it first (monitoring, self-evaluation), then the check itself.
        assert_eq!(
            db::revert_migrations_from(&mut conn, "20261203000009").unwrap(),
            ["20261203000011", "20261203000010", "20261203000009"]
        );
        conn.batch_execute(&unknown).unwrap();
        assert_eq!(stored(&mut conn), "ARCHIVED");
        assert!(db::run_migrations(&mut conn).is_err(), "not applied over an unknown status");
        conn.batch_execute(&format!("UPDATE sheets SET status = '{original}' WHERE id = {}", ids[0])).unwrap();
        assert_eq!(db::run_migrations(&mut conn).unwrap(), ["20261203000009", "20261203000010", "20261203000011"]);
        assert!(conn.batch_execute(&unknown).is_err(), "refused again");
        assert_eq!(stored(&mut conn), original);
        drop(conn);
        assert_eq!(app.snapshot().await, kept);
    }

    // Readings written by the first parser (floating-point numbers, no dates) are turned into
    // exact text by the migration of 2026-12-03 and read again at start; its down.sql brings
    // the floating-point columns back.
    async fn float_readings_migrate_to_exact_text_and_back(app: TestApp) {
        let (_, ids) = app.load_example().await;
        let fund = app.post("/api/v1/funds", &json!({"name": "精确数值", "year": 2024})).await;
        assert_eq!(fund.status, 201);
        let mut sheet = example_sheet(0, fund.json()["id"].as_i64().unwrap());
        sheet["indicators"][0]["target"] = json!("≥0.1%");
        sheet["indicators"][1]["target"] = json!("13969.56标箱");
        sheet["indicators"][2]["target"] = json!("2024年12月底前完成");
        let res = app.post("/api/v1/sheets", &sheet).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        let id = res.json()["id"].as_i64().unwrap();
        let readings = |conn: &mut DbConnection| -> Vec<Value> {
            let stored = db::sheets::find(conn, id.into()).unwrap().unwrap();
            stored.indicators.iter().map(|i| serde_json::to_value(&i.target_parsed).unwrap()).collect()
        };
        let mut conn = app.db.conn().unwrap();
        let before = readings(&mut conn);
        assert_eq!(before[0]["value"].to_string(), "0.1");
        assert_eq!(before[1]["value"].to_string(), "13969.56");
        assert_eq!(before[2]["date"], "2024-12-31");
        let stored: Vec<(Option<String>, Option<String>)> = db::schema::indicators::table
            .filter(db::schema::indicators::sheet_id.eq(id))
            .order(db::schema::indicators::position.asc())
            .select((db::schema::indicators::target_value, db::schema::indicators::target_date))
            .load(&mut **conn)
            .unwrap();
        assert_eq!(stored[0], (Some("0.1".to_string()), None));
        assert_eq!(stored[1].0.as_deref(), Some("13969.56"));
        assert_eq!(stored[2], (None, Some("2024-12-31".to_string())));

        let reverted = db::revert_migrations_from(&mut conn, "20261203000008").unwrap();
        assert_eq!(reverted, ["20261203000011", "20261203000010", "20261203000009", "20261203000008"]);
        // As the first parser wrote them: floats, no dates, parser version 1.
        conn.batch_execute(
            "UPDATE indicators SET target_value = 0.1, target_upper = NULL, parser_version = 1 \
             WHERE target_value IS NULL AND target_kind IS NOT NULL AND target_kind <> 'QUALITATIVE'",
        )
        .unwrap();
        conn.batch_execute("UPDATE indicators SET target_value = 0.30000000000000004 WHERE position = 0")
            .unwrap();
        assert_eq!(
            db::run_migrations(&mut conn).unwrap(),
            ["20261203000008", "20261203000009", "20261203000010", "20261203000011"]
        );
        // The migration leaves no float behind: every row waits for the parser.
        let waiting: i64 = db::schema::indicators::table
            .filter(db::schema::indicators::parser_version.eq(0))
            .count()
            .get_result(&mut **conn)
            .unwrap();
        let all: i64 = db::schema::indicators::table.count().get_result(&mut **conn).unwrap();
        assert_eq!(waiting, all);
        assert_eq!(readings(&mut conn)[0]["value"], Value::Null);
        drop(conn);
        assert_eq!(app.db.reparse_targets().unwrap() as i64, all);
        assert_eq!(readings(&mut app.db.conn().unwrap()), before);
        let seed = db::sheets::find(&mut app.db.conn().unwrap(), ids[0].into()).unwrap().unwrap();
        assert!(seed.indicators.iter().all(|i| i.target_parsed.is_some()));
    }
}

#[derive(QueryableByName)]
struct JournalMode {
    #[diesel(sql_type = diesel::sql_types::Text)]
    journal_mode: String,
}

#[derive(QueryableByName)]
struct ForeignKeys {
    #[diesel(sql_type = diesel::sql_types::Integer)]
    foreign_keys: i32,
}

#[derive(QueryableByName)]
struct BusyTimeout {
    #[diesel(sql_type = diesel::sql_types::Integer)]
    timeout: i32,
}

#[test]
fn every_pooled_sqlite_connection_has_wal_foreign_keys_and_busy_timeout() {
    let test_db = TestDb::new(Backend::Sqlite);
    let db = test_db.open();
    // Take several connections at once so more than one pooled connection is checked.
    let mut conns: Vec<_> = (0..3).map(|_| db.conn().unwrap()).collect();
    for conn in &mut conns {
        let DbConnection::Sqlite(c) = &mut ***conn else {
            panic!("sqlite")
        };
        let mode: JournalMode = diesel::sql_query("PRAGMA journal_mode")
            .get_result(c)
            .unwrap();
        assert_eq!(mode.journal_mode, "wal");
        let fk: ForeignKeys = diesel::sql_query("PRAGMA foreign_keys")
            .get_result(c)
            .unwrap();
        assert_eq!(fk.foreign_keys, 1);
        let busy: BusyTimeout = diesel::sql_query("PRAGMA busy_timeout")
            .get_result(c)
            .unwrap();
        assert_eq!(busy.timeout, 5000);
    }
}

#[test]
fn connection_errors_are_the_drivers_own() {
    let settings = |url: &str| {
        let mut s = DbSettings::new(DatabaseUrl::parse(url).unwrap());
        s.connect_timeout = std::time::Duration::from_secs(1);
        s
    };
    let err = Db::connect(&settings("postgres://postgres@127.0.0.1:1/none"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("127.0.0.1") && err.contains("port 1"), "{err}");
    let err = Db::connect(&settings("/nonexistent-dir/sub/x.db"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("unable to open database file"), "{err}");
}

#[actix_web::test]
#[cfg_attr(
    not(pg_tests),
    ignore = "PostgreSQL: set TEST_POSTGRES_URL when building the tests"
)]
async fn readyz_is_503_when_the_database_is_gone() {
    let app = TestApp::new(Backend::Postgres).await;
    assert_eq!(app.get("/readyz").await.status, 200);
    let admin = postgres_admin_url();
    let name = app.test_db.url.rsplit('/').next().unwrap().to_string();
    diesel::PgConnection::establish(&admin)
        .unwrap()
        .batch_execute(&format!("DROP DATABASE \"{name}\" WITH (FORCE)"))
        .unwrap();
    let res = app.get("/readyz").await;
    res.problem(503, "SERVICE_UNAVAILABLE");
    assert_eq!(res.header("retry-after"), Some("5"));
    let body = res.json();
    assert!(
        !body["detail"].as_str().unwrap().contains(&name),
        "no database details leak"
    );
}

#[derive(QueryableByName)]
struct Terminated {
    #[diesel(sql_type = diesel::sql_types::Bool)]
    t: bool,
}
