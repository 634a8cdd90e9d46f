//! Three instances of the binary on one fresh PostgreSQL database, started at the same moment,
//! behave as one (SPEC §8): migrations run once and no instance fails; of 30 concurrent PUTs
//! with one `If-Match`, spread over the three, exactly one wins; one `Idempotency-Key` sent to
//! all three at once applies once and all three answers are the same bytes; a token revoked on
//! one is refused by all within `--token-cache-seconds`; a write on one is read at once on the
//! others. PostgreSQL only: several instances on one SQLite file are not a supported set-up.

use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use diesel::{Connection, RunQueryDsl};
use perf_targets::cli::client::{send_raw, RawResponse};
use serde_json::{json, Value};

use crate::common::*;
use crate::crash::Server;

/// The instances' `--token-cache-seconds`.
const TOKEN_CACHE_SECONDS: u64 = 1;

fn spawn(database_url: &str, dir: &std::path::Path, n: usize) -> Server {
    let token_file = dir.join(format!("admin-token-{n}"));
    let cache = TOKEN_CACHE_SECONDS.to_string();
    Server::spawn(
        database_url,
        &[
            "--token-cache-seconds",
            &cache,
            "--admin-token-file",
            token_file.to_str().unwrap(),
        ],
    )
}

/// One request with a bearer token, a JSON body and extra headers.
fn call(
    instance: &Server,
    token: &str,
    method: &str,
    path: &str,
    body: Option<&Value>,
    headers: &[(&str, &str)],
) -> RawResponse {
    let base = instance.base.clone().with_token(Some(token.to_string()));
    let body = body.map(|b| serde_json::to_vec(b).unwrap());
    send_raw(
        &base,
        method,
        path,
        body.as_deref().map(|b| ("application/json", b)),
        headers,
        Duration::from_secs(120),
    )
    .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
}

fn header<'a>(res: &'a RawResponse, name: &str) -> Option<&'a str> {
    res.headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

fn json_of(res: &RawResponse) -> Value {
    serde_json::from_slice(&res.body)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&res.body)))
}

#[derive(diesel::QueryableByName)]
struct Versions {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    rows: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    distinct_versions: i64,
}

#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "PostgreSQL: set TEST_POSTGRES_URL when building the tests"
)]
fn three_instances_on_one_postgresql_database_behave_as_one() {
    let db = TestDb::new(Backend::Postgres);
    let dir = tempfile::tempdir().unwrap();

    // Started at the same moment on an empty database: each runs the migrations at start.
    let instances: Vec<Server> = (0..3).map(|n| spawn(&db.url, dir.path(), n)).collect();
    let started = Instant::now();
    for (n, instance) in instances.iter().enumerate() {
        loop {
            if let Ok(res) = send_raw(
                &instance.base,
                "GET",
                "/readyz",
                None,
                &[],
                Duration::from_secs(5),
            ) {
                if res.status == 200 {
                    break;
                }
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "instance {n} did not become ready"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    let mut instances = instances;
    for (n, instance) in instances.iter_mut().enumerate() {
        assert!(
            instance.child.try_wait().unwrap().is_none(),
            "instance {n} exited"
        );
    }
    let mut conn = diesel::PgConnection::establish(&db.url).unwrap();
    let versions: Vec<Versions> = diesel::sql_query(
        "SELECT count(*) AS rows, count(DISTINCT version) AS distinct_versions FROM __diesel_schema_migrations",
    )
    .load(&mut conn)
    .unwrap();
    let expected = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/postgres"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_dir())
        .count() as i64;
    assert_eq!(
        (versions[0].rows, versions[0].distinct_versions),
        (expected, expected),
        "each migration once"
    );
    drop(conn);

    // A token for the test, straight in the database (the first start wrote an ADMIN token to
    // one of the instances' files; which one does not matter).
    let admin = {
        let db = db.open();
        let mut conn = db.conn().unwrap();
        let req = perf_targets::service::tokens::TokenRequest {
            name: Some("instances test".into()),
            role: Some(perf_targets::domain::access::Role::Admin),
            regions: Some(vec![]),
        };
        let actor = perf_targets::service::Actor::system("test");
        perf_targets::db::write_tx(&mut conn, |c| {
            perf_targets::service::tokens::create(c, &req, &actor, perf_targets::domain::Lang::En)
        })
        .unwrap()
        .token
    };
    let a = &instances[0];

    // A fund and a sheet through the first instance.
    let fund = call(
        a,
        &admin,
        "POST",
        "/api/v1/funds",
        Some(&example()["fund"]),
        &[],
    );
    assert_eq!(fund.status, 201, "{}", String::from_utf8_lossy(&fund.body));
    let fund_id = json_of(&fund)["id"].as_i64().unwrap();
    let created = call(
        a,
        &admin,
        "POST",
        "/api/v1/sheets",
        Some(&example_sheet(0, fund_id)),
        &[],
    );
    assert_eq!(created.status, 201);
    let sheet_id = json_of(&created)["id"].as_i64().unwrap();
    let etag = header(&created, "etag").unwrap().to_string();
    let path = format!("/api/v1/sheets/{sheet_id}");
    // Read once on each, so that each has the sheet in its cache.
    for instance in &instances {
        assert_eq!(call(instance, &admin, "GET", &path, None, &[]).status, 200);
    }

    // 30 PUTs with one If-Match, at once, ten on each instance: one wins.
    let instances = Arc::new(instances);
    let barrier = Arc::new(Barrier::new(30));
    let puts: Vec<_> = (0..30)
        .map(|i| {
            let (instances, barrier, admin, etag, path) = (
                instances.clone(),
                barrier.clone(),
                admin.clone(),
                etag.clone(),
                path.clone(),
            );
            std::thread::spawn(move || {
                let mut doc = example_sheet(0, fund_id);
                doc["overall_goal"] = json!(format!("第 {i} 次改写的目标"));
                barrier.wait();
                let res = call(
                    &instances[i % 3],
                    &admin,
                    "PUT",
                    &path,
                    Some(&doc),
                    &[("If-Match", &etag)],
                );
                (i, res.status)
            })
        })
        .collect();
    let statuses: Vec<(usize, u16)> = puts.into_iter().map(|t| t.join().unwrap()).collect();
    let winners: Vec<usize> = statuses
        .iter()
        .filter(|(_, s)| *s == 200)
        .map(|(i, _)| *i)
        .collect();
    assert_eq!(winners.len(), 1, "{statuses:?}");
    assert!(
        statuses.iter().all(|(_, s)| *s == 200 || *s == 412),
        "{statuses:?}"
    );
    let [a, b, c] = [&instances[0], &instances[1], &instances[2]];
    let goal = format!("第 {} 次改写的目标", winners[0]);
    for instance in instances.iter() {
        let read = call(instance, &admin, "GET", &path, None, &[]);
        assert_eq!(
            json_of(&read)["overall_goal"],
            goal.as_str(),
            "every instance reads the winner"
        );
    }

    // One Idempotency-Key sent to all three at once: applied once, the same bytes thrice.
    let upload: Vec<Value> = (1..13).map(|i| example_sheet(i, fund_id)).collect();
    let body = serde_json::to_vec(&upload).unwrap();
    let barrier = Arc::new(Barrier::new(3));
    let sends: Vec<_> = (0..3)
        .map(|n| {
            let (instances, barrier, admin, body) = (
                instances.clone(),
                barrier.clone(),
                admin.clone(),
                body.clone(),
            );
            std::thread::spawn(move || {
                let base = instances[n].base.clone().with_token(Some(admin));
                barrier.wait();
                send_raw(
                    &base,
                    "POST",
                    "/api/v1/sheets/bulk",
                    Some(("application/json", &body)),
                    &[("Idempotency-Key", "instances-upload-1")],
                    Duration::from_secs(120),
                )
                .unwrap()
            })
        })
        .collect();
    let answers: Vec<RawResponse> = sends.into_iter().map(|t| t.join().unwrap()).collect();
    for res in &answers {
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
        assert_eq!(
            res.body, answers[0].body,
            "the same document, byte for byte"
        );
    }
    let replayed = answers
        .iter()
        .filter(|r| header(r, "idempotent-replayed") == Some("true"))
        .count();
    assert_eq!(replayed, 2, "applied once, replayed twice");
    assert_eq!(json_of(&answers[0])["created"], 12);
    let listed = call(
        b,
        &admin,
        "GET",
        &format!("/api/v1/sheets?fund_id={fund_id}&page_size=100"),
        None,
        &[],
    );
    assert_eq!(json_of(&listed)["items"].as_array().unwrap().len(), 13);

    // A token revoked on one instance: refused there at once, on the others within
    // --token-cache-seconds.
    let reader = call(
        a,
        &admin,
        "POST",
        "/api/v1/tokens",
        Some(&json!({"name": "reader", "role": "READER"})),
        &[],
    );
    assert_eq!(
        reader.status,
        201,
        "{}",
        String::from_utf8_lossy(&reader.body)
    );
    let reader = json_of(&reader);
    let (reader_id, reader_token) = (
        reader["id"].as_i64().unwrap(),
        reader["token"].as_str().unwrap().to_string(),
    );
    for instance in instances.iter() {
        assert_eq!(
            call(instance, &reader_token, "GET", "/api/v1/me", None, &[]).status,
            200
        );
    }
    let revoked = call(
        b,
        &admin,
        "DELETE",
        &format!("/api/v1/tokens/{reader_id}"),
        None,
        &[],
    );
    assert_eq!(revoked.status, 204);
    assert_eq!(
        call(b, &reader_token, "GET", "/api/v1/me", None, &[]).status,
        401,
        "at once where revoked"
    );
    std::thread::sleep(Duration::from_secs(TOKEN_CACHE_SECONDS) + Duration::from_millis(200));
    for instance in instances.iter() {
        assert_eq!(
            call(instance, &reader_token, "GET", "/api/v1/me", None, &[]).status,
            401
        );
    }

    // A write on one is read at once on the others (each had the sheet cached).
    let current = call(c, &admin, "GET", &path, None, &[]);
    let etag = header(&current, "etag").unwrap().to_string();
    let patched = call(
        c,
        &admin,
        "PATCH",
        &path,
        Some(&json!({"overall_goal": "最后写入的目标"})),
        &[("If-Match", &etag)],
    );
    assert_eq!(
        patched.status,
        200,
        "{}",
        String::from_utf8_lossy(&patched.body)
    );
    let new_etag = header(&patched, "etag").unwrap().to_string();
    for instance in [a, b] {
        let read = call(instance, &admin, "GET", &path, None, &[]);
        assert_eq!(json_of(&read)["overall_goal"], "最后写入的目标");
        assert_eq!(header(&read, "etag"), Some(new_etag.as_str()));
    }
}
