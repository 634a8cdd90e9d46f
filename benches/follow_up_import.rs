//! How long a bulk upload of 1,000 monitoring reports and of 1,000 self-evaluations takes, each
//! against the same rows (the reports or evaluations, their lines, and a revision with a
//! snapshot each) written with plain batched SQL in one transaction on the same database.
//!
//! Both databases are set up alike: 1,000 approved seed-shaped sheets (72 funds of 14 regions,
//! cut at 1,000), created through the service's sheet upload and then marked approved. The
//! service's uploads run on the first: 1,000 July reports as JSON (every indicator reported),
//! then 1,000 self-evaluations, both in atomic mode. The rows they wrote are then read back and
//! written again to the second database with plain batched SQL: the floor to compare with.
//!
//! `cargo bench --bench follow_up_import` runs it on temporary SQLite files, and also on
//! PostgreSQL when `BENCH_POSTGRES_URL` names a server (two databases are created and dropped
//! for each run):
//!
//! ```sh
//! BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench follow_up_import
//! ```
//!
//! `BENCH_SHEETS` changes the number of sheets, hence of reports and evaluations (default 1000).

use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use perf_targets::db::schema::{
    monitoring_lines, monitoring_reports, monitoring_revisions, self_evaluation_lines,
    self_evaluation_revisions, self_evaluations, sheets,
};
use perf_targets::db::{self, DatabaseUrl, Db, DbConnection, DbSettings};
use perf_targets::domain::fund::FundDocument;
use perf_targets::domain::sheet::Sheet;
use perf_targets::domain::{Lang, SheetId};
use perf_targets::service::bulk::{self, BulkAnswer, BulkItem, BulkMode, FollowUpKind};
use perf_targets::service::{self, Actor, Target};
use serde_json::{json, Value};

/// Runs `$body` with `$c` bound to the backend's own connection.
macro_rules! both {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            DbConnection::Sqlite($c) => $body,
            DbConnection::Pg($c) => $body,
        }
    };
}

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

/// Rows per `INSERT`: well under both backends' limits on bound parameters.
const BATCH: usize = 500;

/// `n` sheet documents: the seed sheets cycled over funds of 14 regions each.
fn sheet_documents(n: usize, fund_ids: &[i64]) -> Vec<Value> {
    let example: Value =
        serde_json::from_str(perf_targets::cli::EXAMPLE_JSON).expect("example JSON");
    let seed = example["sheets"].as_array().expect("sheets").clone();
    (0..n)
        .map(|i| {
            let (code, name) = REGIONS[i % REGIONS.len()];
            let mut doc = seed[i % seed.len()].clone();
            doc["fund_id"] = fund_ids[i / REGIONS.len()].into();
            doc["region_code"] = code.into();
            doc["departments"] = json!([format!("{name}商务局"), format!("{name}财政局")]);
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

/// `n` approved sheets on a fresh database: funds and sheets created through the service (one
/// atomic sheet upload), then every sheet marked approved with one `UPDATE` (setup, not
/// measured). Returns the sheets, in the order created.
fn approved_sheets(conn: &mut DbConnection, n: usize) -> Vec<Sheet> {
    let fund_ids: Vec<i64> = (0..n.div_ceil(REGIONS.len()))
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
        .collect();
    let body = serde_json::to_vec(&sheet_documents(n, &fund_ids)).expect("JSON");
    let items: Vec<BulkItem> =
        bulk::read_upload("application/json", &body, Lang::Zh).expect("read the sheets");
    let answer = bulk::run(
        conn,
        &items,
        BulkMode::Atomic,
        false,
        None,
        &Actor::system("benchmark"),
        Lang::Zh,
        &|| {},
    );
    let ids: Vec<SheetId> = match answer {
        Ok(BulkAnswer::Summary(s)) => {
            assert_eq!(s.created, n, "every sheet created");
            s.items.iter().map(|i| i.sheet_id.expect("id")).collect()
        }
        other => panic!("sheet upload failed: {:?}", other.err()),
    };
    both!(conn, |c| diesel::update(sheets::table)
        .set(sheets::status.eq("APPROVED"))
        .execute(c))
    .expect("approve");
    ids.into_iter()
        .map(|id| service::find_sheet(conn, id).expect("sheet"))
        .collect()
}

/// 万元 with four decimals from whole 元 (exact).
fn wan(yuan: i64) -> String {
    format!("{}.{:04}", yuan / 10_000, yuan % 10_000)
}

/// Whole 元 of a sheet's budget (provincial and matching funds).
fn budget_yuan(sheet: &Sheet) -> i64 {
    sheet.provincial_funds.yuan() + sheet.matching_funds.map_or(0, |m| m.yuan())
}

/// A value that meets an indicator's target (its own number and unit, a growth for a growth,
/// one point more for 正增长); `None` for a target scored by judgement.
fn meeting(parsed: &Value) -> Option<String> {
    let unit = parsed["unit"].as_str().unwrap_or_default();
    match (parsed["kind"].as_str(), parsed["value"].as_f64()) {
        (Some("QUANTITATIVE"), Some(_)) => Some(format!("{}{unit}", parsed["value"])),
        (Some("RELATIVE"), Some(v)) if parsed["comparator"] == "GT" => {
            Some(format!("增长{}%", v + 1.0))
        }
        (Some("RELATIVE"), Some(_)) => Some(format!("增长{}%", parsed["value"])),
        _ => None,
    }
}

/// The JSON upload of one July report per sheet: 60 % of the budget spent, the whole budget
/// expected, every indicator reported on course.
fn report_upload(sheets: &[Sheet]) -> Vec<u8> {
    let items: Vec<Value> = sheets
        .iter()
        .map(|sheet| {
            let lines: Vec<Value> = sheet
                .indicators
                .iter()
                .map(|i| {
                    let parsed = serde_json::to_value(&i.target_parsed).expect("reading");
                    let value = meeting(&parsed).unwrap_or_else(|| "按计划推进".into());
                    json!({"indicator_id": i.id.get(), "actual": value, "expected": value,
                           "likelihood": "CERTAIN"})
                })
                .collect();
            let budget = budget_yuan(sheet);
            json!({"sheet_id": sheet.id.get(), "month": 7,
                   "executed_funds": wan(budget * 6 / 10),
                   "expected_executed_funds": wan(budget),
                   "goal_progress": "各项工作按计划推进",
                   "indicators": lines})
        })
        .collect();
    serde_json::to_vec(&items).expect("JSON")
}

/// The JSON upload of one self-evaluation per sheet: 90 % of the budget spent, every target met.
fn evaluation_upload(sheets: &[Sheet]) -> Vec<u8> {
    let items: Vec<Value> = sheets
        .iter()
        .map(|sheet| {
            let lines: Vec<Value> = sheet
                .indicators
                .iter()
                .map(|i| {
                    let parsed = serde_json::to_value(&i.target_parsed).expect("reading");
                    match meeting(&parsed) {
                        Some(actual) => json!({"indicator_id": i.id.get(), "actual": actual}),
                        None => json!({"indicator_id": i.id.get(), "actual": "成效明显",
                                       "achievement": "ACHIEVED"}),
                    }
                })
                .collect();
            json!({"sheet_id": sheet.id.get(),
                   "executed_funds": wan(budget_yuan(sheet) * 9 / 10),
                   "goal_achievement": "年度目标全部完成",
                   "budget_deviation_analysis": "部分项目年底结算",
                   "indicators": lines})
        })
        .collect();
    serde_json::to_vec(&items).expect("JSON")
}

/// The service's upload of `body` (reading included), atomic; every item must be created.
fn upload(conn: &mut DbConnection, kind: FollowUpKind, body: &[u8], n: usize) -> Duration {
    let start = Instant::now();
    let items = bulk::read_follow_up_upload(kind, "application/json", body, Lang::Zh)
        .expect("read the upload");
    let answer = bulk::run_follow_up(
        conn,
        kind,
        &items,
        BulkMode::Atomic,
        false,
        None,
        &Actor::system("benchmark"),
        Lang::Zh,
        &|| {},
    );
    let elapsed = start.elapsed();
    match answer {
        Ok(BulkAnswer::Summary(s)) => {
            if s.created != n {
                let failed: Vec<_> = s
                    .items
                    .iter()
                    .filter(|i| !i.issues.is_empty())
                    .take(3)
                    .map(|i| format!("{:?}", i.issues))
                    .collect();
                panic!("{kind:?}: {} of {n} created: {failed:?}", s.created);
            }
        }
        other => panic!("{kind:?} upload failed: {:?}", other.err()),
    }
    elapsed
}

type ReportRow = (
    i64,
    i64,
    i32,
    i64,
    Option<i64>,
    Option<String>,
    String,
    Option<String>,
    i64,
    Option<String>,
    NaiveDateTime,
    NaiveDateTime,
);
type ReportLineRow = (
    i64,
    i32,
    i64,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
);
type ReportRevisionRow = (
    i64,
    i32,
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    NaiveDateTime,
    String,
);

/// The rows the service wrote for the reports.
struct Reports {
    reports: Vec<ReportRow>,
    lines: Vec<ReportLineRow>,
    revisions: Vec<ReportRevisionRow>,
}

fn read_reports(conn: &mut DbConnection) -> Reports {
    use monitoring_lines as l;
    use monitoring_reports as r;
    use monitoring_revisions as v;
    both!(conn, |c| Reports {
        reports: r::table
            .select((
                r::id,
                r::sheet_id,
                r::month,
                r::executed_funds,
                r::expected_executed_funds,
                r::goal_progress,
                r::status,
                r::status_reason,
                r::version,
                r::frozen,
                r::created_at,
                r::updated_at,
            ))
            .order(r::id)
            .load(c)
            .expect("reports"),
        lines: l::table
            .select((
                l::report_id,
                l::position,
                l::indicator_id,
                l::actual,
                l::expected,
                l::likelihood,
                l::deviation_reasons,
                l::deviation_note,
                l::measures,
            ))
            .order(l::id)
            .load(c)
            .expect("lines"),
        revisions: v::table
            .select((
                v::sheet_id,
                v::month,
                v::version,
                v::action,
                v::status,
                v::actor_name,
                v::actor_role,
                v::reason,
                v::request_id,
                v::created_at,
                v::snapshot,
            ))
            .order(v::id)
            .load(c)
            .expect("revisions"),
    })
}

/// The reports' rows written with plain batched SQL in one transaction.
fn plain_reports(conn: &mut DbConnection, rows: &Reports) -> Duration {
    use monitoring_lines as l;
    use monitoring_reports as r;
    use monitoring_revisions as v;
    let start = Instant::now();
    db::write_tx(conn, |conn| {
        let mut new_id = std::collections::HashMap::new();
        for chunk in rows.reports.chunks(BATCH) {
            let values: Vec<_> = chunk
                .iter()
                .map(|x| {
                    (
                        r::sheet_id.eq(x.1),
                        r::month.eq(x.2),
                        r::executed_funds.eq(x.3),
                        r::expected_executed_funds.eq(x.4),
                        r::goal_progress.eq(&x.5),
                        r::status.eq(&x.6),
                        r::status_reason.eq(&x.7),
                        r::version.eq(x.8),
                        r::frozen.eq(&x.9),
                        r::created_at.eq(x.10),
                        r::updated_at.eq(x.11),
                    )
                })
                .collect();
            let ids: Vec<i64> = both!(conn, |c| diesel::insert_into(r::table)
                .values(&values)
                .returning(r::id)
                .get_results(c))?;
            new_id.extend(chunk.iter().map(|x| x.0).zip(ids));
        }
        for chunk in rows.lines.chunks(BATCH) {
            let values: Vec<_> = chunk
                .iter()
                .map(|x| {
                    (
                        l::report_id.eq(new_id[&x.0]),
                        l::position.eq(x.1),
                        l::indicator_id.eq(x.2),
                        l::actual.eq(&x.3),
                        l::expected.eq(&x.4),
                        l::likelihood.eq(&x.5),
                        l::deviation_reasons.eq(&x.6),
                        l::deviation_note.eq(&x.7),
                        l::measures.eq(&x.8),
                    )
                })
                .collect();
            both!(conn, |c| diesel::insert_into(l::table)
                .values(&values)
                .execute(c))?;
        }
        for chunk in rows.revisions.chunks(BATCH) {
            let values: Vec<_> = chunk
                .iter()
                .map(|x| {
                    (
                        v::sheet_id.eq(x.0),
                        v::month.eq(x.1),
                        v::version.eq(x.2),
                        v::action.eq(&x.3),
                        v::status.eq(&x.4),
                        v::actor_name.eq(&x.5),
                        v::actor_role.eq(&x.6),
                        v::reason.eq(&x.7),
                        v::request_id.eq(&x.8),
                        v::created_at.eq(x.9),
                        v::snapshot.eq(&x.10),
                    )
                })
                .collect();
            both!(conn, |c| diesel::insert_into(v::table)
                .values(&values)
                .execute(c))?;
        }
        Ok::<_, db::DbError>(())
    })
    .expect("plain SQL reports");
    start.elapsed()
}

type EvaluationRow = (
    i64,
    i64,
    i64,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
    i64,
    Option<String>,
    NaiveDateTime,
    NaiveDateTime,
);
type EvaluationLineRow = (
    i64,
    i32,
    i64,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);
type EvaluationRevisionRow = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    NaiveDateTime,
    String,
);

/// The rows the service wrote for the self-evaluations.
struct Evaluations {
    evaluations: Vec<EvaluationRow>,
    lines: Vec<EvaluationLineRow>,
    revisions: Vec<EvaluationRevisionRow>,
}

fn read_evaluations(conn: &mut DbConnection) -> Evaluations {
    use self_evaluation_lines as l;
    use self_evaluation_revisions as v;
    use self_evaluations as e;
    both!(conn, |c| Evaluations {
        evaluations: e::table
            .select((
                e::id,
                e::sheet_id,
                e::executed_funds,
                e::goal_achievement,
                e::budget_deviation_analysis,
                e::status,
                e::status_reason,
                e::version,
                e::frozen,
                e::created_at,
                e::updated_at,
            ))
            .order(e::id)
            .load(c)
            .expect("evaluations"),
        lines: l::table
            .select((
                l::evaluation_id,
                l::position,
                l::indicator_id,
                l::actual,
                l::achievement,
                l::score,
                l::weight,
                l::deviation_analysis,
            ))
            .order(l::id)
            .load(c)
            .expect("lines"),
        revisions: v::table
            .select((
                v::sheet_id,
                v::version,
                v::action,
                v::status,
                v::actor_name,
                v::actor_role,
                v::reason,
                v::request_id,
                v::created_at,
                v::snapshot,
            ))
            .order(v::id)
            .load(c)
            .expect("revisions"),
    })
}

/// The evaluations' rows written with plain batched SQL in one transaction.
fn plain_evaluations(conn: &mut DbConnection, rows: &Evaluations) -> Duration {
    use self_evaluation_lines as l;
    use self_evaluation_revisions as v;
    use self_evaluations as e;
    let start = Instant::now();
    db::write_tx(conn, |conn| {
        let mut new_id = std::collections::HashMap::new();
        for chunk in rows.evaluations.chunks(BATCH) {
            let values: Vec<_> = chunk
                .iter()
                .map(|x| {
                    (
                        e::sheet_id.eq(x.1),
                        e::executed_funds.eq(x.2),
                        e::goal_achievement.eq(&x.3),
                        e::budget_deviation_analysis.eq(&x.4),
                        e::status.eq(&x.5),
                        e::status_reason.eq(&x.6),
                        e::version.eq(x.7),
                        e::frozen.eq(&x.8),
                        e::created_at.eq(x.9),
                        e::updated_at.eq(x.10),
                    )
                })
                .collect();
            let ids: Vec<i64> = both!(conn, |c| diesel::insert_into(e::table)
                .values(&values)
                .returning(e::id)
                .get_results(c))?;
            new_id.extend(chunk.iter().map(|x| x.0).zip(ids));
        }
        for chunk in rows.lines.chunks(BATCH) {
            let values: Vec<_> = chunk
                .iter()
                .map(|x| {
                    (
                        l::evaluation_id.eq(new_id[&x.0]),
                        l::position.eq(x.1),
                        l::indicator_id.eq(x.2),
                        l::actual.eq(&x.3),
                        l::achievement.eq(&x.4),
                        l::score.eq(&x.5),
                        l::weight.eq(&x.6),
                        l::deviation_analysis.eq(&x.7),
                    )
                })
                .collect();
            both!(conn, |c| diesel::insert_into(l::table)
                .values(&values)
                .execute(c))?;
        }
        for chunk in rows.revisions.chunks(BATCH) {
            let values: Vec<_> = chunk
                .iter()
                .map(|x| {
                    (
                        v::sheet_id.eq(x.0),
                        v::version.eq(x.1),
                        v::action.eq(&x.2),
                        v::status.eq(&x.3),
                        v::actor_name.eq(&x.4),
                        v::actor_role.eq(&x.5),
                        v::reason.eq(&x.6),
                        v::request_id.eq(&x.7),
                        v::created_at.eq(x.8),
                        v::snapshot.eq(&x.9),
                    )
                })
                .collect();
            both!(conn, |c| diesel::insert_into(v::table)
                .values(&values)
                .execute(c))?;
        }
        Ok::<_, db::DbError>(())
    })
    .expect("plain SQL evaluations");
    start.elapsed()
}

/// One kind's figures.
struct Figures {
    lines: usize,
    snapshot_bytes: usize,
    bulk: Duration,
    plain: Duration,
}

fn run(url_a: &str, url_b: &str, n: usize) -> (Figures, Figures) {
    // The service's uploads on the first database.
    let db_a = open(url_a);
    let mut conn = db_a.conn().expect("connection");
    let sheets_a = approved_sheets(&mut conn, n);
    let reports_body = report_upload(&sheets_a);
    let evaluations_body = evaluation_upload(&sheets_a);
    let bulk_reports = upload(&mut conn, FollowUpKind::Monitoring, &reports_body, n);
    let bulk_evaluations = upload(
        &mut conn,
        FollowUpKind::SelfEvaluation,
        &evaluations_body,
        n,
    );
    let reports = read_reports(&mut conn);
    let evaluations = read_evaluations(&mut conn);
    assert_eq!(reports.reports.len(), n);
    assert_eq!(evaluations.evaluations.len(), n);

    // The same rows with plain batched SQL on a second database, set up alike.
    let db_b = open(url_b);
    let mut conn_b = db_b.conn().expect("connection");
    let sheets_b = approved_sheets(&mut conn_b, n);
    assert!(
        sheets_a.iter().zip(&sheets_b).all(|(a, b)| a.id == b.id
            && a.indicators
                .iter()
                .map(|i| i.id)
                .eq(b.indicators.iter().map(|i| i.id))),
        "both databases hold the same sheet and indicator ids"
    );
    let plain_r = plain_reports(&mut conn_b, &reports);
    let plain_e = plain_evaluations(&mut conn_b, &evaluations);
    (
        Figures {
            lines: reports.lines.len(),
            snapshot_bytes: reports.revisions.iter().map(|r| r.10.len()).sum(),
            bulk: bulk_reports,
            plain: plain_r,
        },
        Figures {
            lines: evaluations.lines.len(),
            snapshot_bytes: evaluations.revisions.iter().map(|r| r.9.len()).sum(),
            bulk: bulk_evaluations,
            plain: plain_e,
        },
    )
}

fn report(backend: &str, n: usize, (reports, evaluations): &(Figures, Figures)) {
    for (what, f) in [("reports", reports), ("evaluations", evaluations)] {
        println!(
            "{backend:<10} {n:>5} {what:<11} {:>6} lines, snapshots {:>5.1} KiB each | bulk upload {:>6.2} s ({:>5.2} ms per item) | plain batched SQL {:>5.2} s | ratio {:>5.1}",
            f.lines,
            f.snapshot_bytes as f64 / n as f64 / 1024.0,
            f.bulk.as_secs_f64(),
            f.bulk.as_secs_f64() * 1000.0 / n as f64,
            f.plain.as_secs_f64(),
            f.bulk.as_secs_f64() / f.plain.as_secs_f64(),
        );
    }
}

fn main() {
    let n: usize = std::env::var("BENCH_SHEETS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000);
    let dir = std::env::temp_dir().join(format!("perf-targets-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let a = dir.join("bulk.db").to_string_lossy().into_owned();
    let b = dir.join("plain.db").to_string_lossy().into_owned();
    report("SQLite", n, &run(&a, &b, n));
    let _ = std::fs::remove_dir_all(&dir);

    if let Ok(admin) = std::env::var("BENCH_POSTGRES_URL") {
        let mut admin_conn = diesel::PgConnection::establish(&admin).expect("BENCH_POSTGRES_URL");
        let names = [
            format!("perf_targets_bench_fa_{}", std::process::id()),
            format!("perf_targets_bench_fb_{}", std::process::id()),
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
        let figures = run(&url(&names[0]), &url(&names[1]), n);
        report("PostgreSQL", n, &figures);
        for name in &names {
            let _ = admin_conn
                .batch_execute(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"));
        }
    }
}
