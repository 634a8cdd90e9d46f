//! How long a bulk upload of 10,000 sheets (about 120,000 indicators) takes, against the same
//! rows (the sheets, the indicators with their stored readings, and a revision with a snapshot
//! per sheet) written with plain batched SQL in one transaction on the same database.
//!
//! `cargo bench --bench import` runs it on a temporary SQLite file, and also on PostgreSQL when
//! `BENCH_POSTGRES_URL` names a server (a database is created and dropped for each run):
//!
//! ```sh
//! BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench import
//! ```
//!
//! It then uploads the same sheets again with every indicator list reversed, so that every
//! indicator is matched to its stored row and updated in place (the worst case for keeping
//! indicator ids), and reports that time too.
//!
//! `BENCH_SHEETS` changes the number of sheets (default 10000).

use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use perf_targets::db::schema::{indicators, sheet_revisions, sheets};
use perf_targets::db::sheets::ParsedColumns;
use perf_targets::db::{self, DatabaseUrl, Db, DbConnection, DbSettings};
use perf_targets::domain::fund::FundDocument;
use perf_targets::domain::target;
use perf_targets::domain::{Lang, Money};
use perf_targets::service::bulk::{self, BulkItem, BulkMode};
use perf_targets::service::{self, Target};
use serde_json::Value;

/// The 14 prefectures: a fund holds one sheet per region.
const REGIONS: [(&str, &str); 14] = [
    ("430100", "长沙市"),
    ("430200", "株洲市"),
    ("430300", "湘潭市"),
    ("430400", "衡阳市"),
    ("430500", "邵阳市"),
    ("430600", "岳阳市"),
    ("430700", "常德市"),
    ("430800", "张家界市"),
    ("430900", "益阳市"),
    ("431000", "郴州市"),
    ("431100", "永州市"),
    ("431200", "怀化市"),
    ("431300", "娄底市"),
    ("433100", "湘西州"),
];

/// Peak resident memory of this process so far, in MiB (`VmHWM`).
fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Resets the peak so that each phase reports its own.
fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// `n` sheet documents: the seed sheets cycled over funds of 14 regions each.
fn documents(n: usize, fund_ids: &[i64]) -> Vec<Value> {
    let example: Value =
        serde_json::from_str(perf_targets::cli::EXAMPLE_JSON).expect("example JSON");
    let seed = example["sheets"].as_array().expect("sheets").clone();
    (0..n)
        .map(|i| {
            let (code, name) = REGIONS[i % REGIONS.len()];
            let mut doc = seed[i % seed.len()].clone();
            doc["fund_id"] = fund_ids[i / REGIONS.len()].into();
            doc["region_code"] = code.into();
            doc["departments"] =
                serde_json::json!([format!("{name}商务局"), format!("{name}财政局")]);
            doc
        })
        .collect()
}

fn open(url: &str) -> Db {
    let settings = DbSettings::new(DatabaseUrl::parse(url).expect("database URL"));
    let db = Db::connect(&settings).expect("connect");
    db.migrate().expect("migrate");
    db
}

fn create_funds(conn: &mut DbConnection, count: usize) -> Vec<i64> {
    (0..count)
        .map(|i| {
            let doc = FundDocument {
                name: Some(format!("基准测试资金{i}")),
                year: Some(2024),
                ..Default::default()
            };
            db::write_tx(conn, |c| {
                service::save_fund(c, &doc, &Target::Create, Lang::Zh)
            })
            .expect("create fund")
            .value
            .id
            .get()
        })
        .collect()
}

/// The same rows, written with plain batched SQL in one transaction: the floor to compare with.
/// The indicators' stored readings (the parsed-target columns) and the revisions' snapshots
/// (the document with each target's reading) are computed before the clock starts, so that the
/// plain rows are the rows the service writes.
fn plain_sql(conn: &mut DbConnection, docs: &[Value]) -> Duration {
    let snapshots: Vec<String> = docs
        .iter()
        .map(|d| {
            let mut d = d.clone();
            for i in d["indicators"].as_array_mut().unwrap() {
                let parsed = target::parse(i["target"].as_str().unwrap()).ok();
                i["target_parsed"] = serde_json::to_value(parsed).unwrap();
            }
            d.to_string()
        })
        .collect();
    let readings: Vec<Vec<ParsedColumns>> = docs
        .iter()
        .map(|d| {
            d["indicators"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| {
                    let parsed = target::parse(i["target"].as_str().unwrap()).ok();
                    ParsedColumns::from_parsed(parsed.as_ref())
                })
                .collect()
        })
        .collect();
    let start = Instant::now();
    db::write_tx(conn, |conn| {
        let now = db::now();
        for ((chunk, chunk_readings), chunk_snapshots) in docs
            .chunks(500)
            .zip(readings.chunks(500))
            .zip(snapshots.chunks(500))
        {
            let rows: Vec<_> = chunk
                .iter()
                .map(|d| {
                    let wan = |v: &Value| {
                        v.as_str()
                            .map(|s| Money::parse_wan(s).expect("amount").yuan())
                    };
                    (
                        sheets::fund_id.eq(d["fund_id"].as_i64().unwrap()),
                        sheets::region_code.eq(d["region_code"].as_str().unwrap().to_string()),
                        sheets::departments.eq(d["departments"].to_string()),
                        sheets::provincial_funds.eq(wan(&d["provincial_funds"]).unwrap()),
                        sheets::matching_funds.eq(wan(&d["matching_funds"])),
                        sheets::matching_funds_note
                            .eq(d["matching_funds_note"].as_str().map(str::to_string)),
                        sheets::overall_goal.eq(d["overall_goal"].as_str().unwrap().to_string()),
                        sheets::status.eq("DRAFT"),
                        sheets::version.eq(1i64),
                        sheets::created_at.eq(now),
                        sheets::updated_at.eq(now),
                    )
                })
                .collect();
            let ids: Vec<i64> = match conn {
                DbConnection::Sqlite(c) => diesel::insert_into(sheets::table)
                    .values(&rows)
                    .returning(sheets::id)
                    .get_results(c)?,
                DbConnection::Pg(c) => diesel::insert_into(sheets::table)
                    .values(&rows)
                    .returning(sheets::id)
                    .get_results(c)?,
            };
            let revision_rows: Vec<_> = ids
                .iter()
                .zip(chunk_snapshots)
                .map(|(id, snapshot)| {
                    (
                        sheet_revisions::sheet_id.eq(*id),
                        sheet_revisions::version.eq(1i64),
                        sheet_revisions::action.eq("CREATE"),
                        sheet_revisions::status.eq("DRAFT"),
                        sheet_revisions::actor_name.eq("benchmark"),
                        sheet_revisions::actor_role.eq("ADMIN"),
                        sheet_revisions::created_at.eq(now),
                        sheet_revisions::snapshot.eq(snapshot.as_str()),
                    )
                })
                .collect();
            match conn {
                DbConnection::Sqlite(c) => diesel::insert_into(sheet_revisions::table)
                    .values(&revision_rows)
                    .execute(c)?,
                DbConnection::Pg(c) => diesel::insert_into(sheet_revisions::table)
                    .values(&revision_rows)
                    .execute(c)?,
            };
            let mut indicator_rows = Vec::new();
            for ((id, d), sheet_readings) in ids.iter().zip(chunk).zip(chunk_readings) {
                for (pos, (ind, reading)) in d["indicators"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .zip(sheet_readings)
                    .enumerate()
                {
                    indicator_rows.push((
                        indicators::sheet_id.eq(*id),
                        indicators::position.eq(pos as i32),
                        indicators::level1.eq(ind["level1"].as_str().unwrap().to_string()),
                        indicators::level2.eq(ind["level2"].as_str().unwrap().to_string()),
                        indicators::name.eq(ind["name"].as_str().unwrap().to_string()),
                        indicators::target.eq(ind["target"].as_str().unwrap().to_string()),
                        reading.clone(),
                    ));
                }
            }
            for batch in indicator_rows.chunks(1000) {
                match conn {
                    DbConnection::Sqlite(c) => diesel::insert_into(indicators::table)
                        .values(batch)
                        .execute(c)?,
                    DbConnection::Pg(c) => diesel::insert_into(indicators::table)
                        .values(batch)
                        .execute(c)?,
                };
            }
        }
        Ok::<_, db::DbError>(())
    })
    .expect("plain SQL insert");
    start.elapsed()
}

struct Figures {
    backend: &'static str,
    sheets: usize,
    indicators: usize,
    bulk: Duration,
    bulk_peak_mib: f64,
    plain: Duration,
    plain_peak_mib: f64,
    /// The same sheets uploaded again with every indicator list reversed: every indicator is
    /// matched and updated in place (its position changes), none inserted or deleted.
    update: Duration,
}

fn run(backend: &'static str, url_a: &str, url_b: &str, n: usize) -> Figures {
    let funds_needed = n.div_ceil(REGIONS.len());

    // The service's bulk upload: read, resolve, check and save every sheet, in one atomic run.
    let db_a = open(url_a);
    let mut conn = db_a.conn().expect("connection");
    let fund_ids = create_funds(&mut conn, funds_needed);
    let docs = documents(n, &fund_ids);
    let indicators: usize = docs
        .iter()
        .map(|d| d["indicators"].as_array().map_or(0, Vec::len))
        .sum();
    let body = serde_json::to_vec(&docs).expect("JSON");
    drop(docs);
    reset_peak_rss();
    let start = Instant::now();
    let items: Vec<BulkItem> =
        bulk::read_upload("application/json", &body, Lang::Zh).expect("read the upload");
    let read_time = start.elapsed();
    let answer = bulk::run(
        &mut conn,
        &items,
        BulkMode::Atomic,
        false,
        None,
        &perf_targets::service::Actor::system("benchmark"),
        Lang::Zh,
        &|| {},
    );
    let bulk_time = start.elapsed();
    eprintln!(
        "{backend}: reading the body {:.2} s of {:.2} s",
        read_time.as_secs_f64(),
        bulk_time.as_secs_f64()
    );
    let bulk_peak = peak_rss_mib();
    match answer {
        Ok(bulk::BulkAnswer::Summary(s)) => assert_eq!(s.created, n, "every sheet created"),
        other => panic!("bulk upload failed: {:?}", other.err()),
    }
    drop(items);

    // The same sheets again, each indicator list reversed: the worst case for updates in place.
    let mut docs: Vec<Value> = serde_json::from_slice(&body).expect("JSON");
    for d in &mut docs {
        if let Some(list) = d["indicators"].as_array_mut() {
            list.reverse();
        }
    }
    let body = serde_json::to_vec(&docs).expect("JSON");
    drop(docs);
    let start = Instant::now();
    let items: Vec<BulkItem> =
        bulk::read_upload("application/json", &body, Lang::Zh).expect("read the upload");
    let answer = bulk::run(
        &mut conn,
        &items,
        BulkMode::Atomic,
        false,
        None,
        &perf_targets::service::Actor::system("benchmark"),
        Lang::Zh,
        &|| {},
    );
    let update = start.elapsed();
    match answer {
        Ok(bulk::BulkAnswer::Summary(s)) => assert_eq!(s.updated, n, "every sheet updated"),
        other => panic!("bulk update failed: {:?}", other.err()),
    }
    drop(items);

    // Plain batched SQL on a second, equally fresh database.
    let db_b = open(url_b);
    let mut conn_b = db_b.conn().expect("connection");
    let fund_ids = create_funds(&mut conn_b, funds_needed);
    let docs = documents(n, &fund_ids);
    reset_peak_rss();
    let plain = plain_sql(&mut conn_b, &docs);
    let plain_peak = peak_rss_mib();
    Figures {
        backend,
        sheets: n,
        indicators,
        bulk: bulk_time,
        bulk_peak_mib: bulk_peak,
        plain,
        plain_peak_mib: plain_peak,
        update,
    }
}

fn report(f: &Figures) {
    println!(
        "{:<10} {:>6} sheets {:>7} indicators | bulk upload {:>7.2} s (peak RSS {:>6.1} MiB) | plain batched SQL {:>6.2} s (peak RSS {:>6.1} MiB) | ratio {:>4.2} | again, every list reversed {:>6.2} s",
        f.backend,
        f.sheets,
        f.indicators,
        f.bulk.as_secs_f64(),
        f.bulk_peak_mib,
        f.plain.as_secs_f64(),
        f.plain_peak_mib,
        f.bulk.as_secs_f64() / f.plain.as_secs_f64(),
        f.update.as_secs_f64()
    );
}

fn main() {
    let n: usize = std::env::var("BENCH_SHEETS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile_dir();
    let a = dir.join("bulk.db").to_string_lossy().into_owned();
    let b = dir.join("plain.db").to_string_lossy().into_owned();
    report(&run("SQLite", &a, &b, n));
    let _ = std::fs::remove_dir_all(&dir);

    if let Ok(admin) = std::env::var("BENCH_POSTGRES_URL") {
        let mut admin_conn = diesel::PgConnection::establish(&admin).expect("BENCH_POSTGRES_URL");
        let names = [
            format!("perf_targets_bench_a_{}", std::process::id()),
            format!("perf_targets_bench_b_{}", std::process::id()),
        ];
        for name in &names {
            admin_conn
                .batch_execute(&format!("CREATE DATABASE \"{name}\""))
                .expect("create bench database");
        }
        let url = |name: &str| {
            let (scheme, rest) = admin.split_once("://").expect("postgres:// URL");
            let authority = rest.split('/').next().unwrap_or(rest);
            format!("{scheme}://{authority}/{name}")
        };
        let figures = run("PostgreSQL", &url(&names[0]), &url(&names[1]), n);
        report(&figures);
        for name in &names {
            let _ = admin_conn
                .batch_execute(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"));
        }
    }
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("perf-targets-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}
