//! How long self-evaluation takes (SPEC §6): scoring one seed sheet's evaluation without HTTP or
//! a database (the document read and checked, every actual read against its target, weights,
//! scores with their explanations, total and grade), and the ranking of a fund with 14 regions
//! (the service call of `GET /funds/{fund_id}/self-evaluations`, its three queries included) on a
//! temporary SQLite file — and on PostgreSQL when `BENCH_POSTGRES_URL` names a server. Run in
//! release: `cargo bench --bench scoring`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use perf_targets::db::{self, DatabaseUrl, Db, DbConnection, DbSettings};
use perf_targets::domain::evaluation::{self, EvaluationBasis, EvaluationDocument};
use perf_targets::domain::fund::FundDocument;
use perf_targets::domain::monitoring::Stage;
use perf_targets::domain::scoring::Scheme;
use perf_targets::domain::sheet::{Indicator, SheetDocument};
use perf_targets::domain::workflow::Transition;
use perf_targets::domain::{target, IndicatorId, Lang, Money, SheetId};
use perf_targets::service::monitoring::WriteCondition;
use perf_targets::service::{self, evaluation as evaluations, Actor, Precondition, Target};
use serde_json::{json, Value};

/// Runs `f` repeatedly for about `budget`; returns the mean time per call.
fn measure(budget: Duration, mut f: impl FnMut()) -> Duration {
    for _ in 0..20 {
        f();
    }
    let start = Instant::now();
    let mut calls: u32 = 0;
    while start.elapsed() < budget {
        for _ in 0..20 {
            f();
        }
        calls += 20;
    }
    start.elapsed() / calls
}

/// An actual value that meets a target (its own number and unit, a growth for a growth, one
/// point more for 正增长), or words and `ACHIEVED` for a target scored by judgement.
fn line_meeting(id: i64, parsed: &Value) -> Value {
    let unit = parsed["unit"].as_str().unwrap_or_default();
    let actual = match (parsed["kind"].as_str(), parsed["value"].as_f64()) {
        (Some("QUANTITATIVE"), Some(_)) => Some(format!("{}{unit}", parsed["value"])),
        (Some("RELATIVE"), Some(v)) if parsed["comparator"] == "GT" => {
            Some(format!("增长{}%", v + 1.0))
        }
        (Some("RELATIVE"), Some(_)) => Some(format!("增长{}%", parsed["value"])),
        _ => None,
    };
    match actual {
        Some(actual) => json!({"indicator_id": id, "actual": actual}),
        None => json!({"indicator_id": id, "actual": "成效明显", "achievement": "ACHIEVED"}),
    }
}

/// The seed sheets as documents, and for each an evaluation meeting every target with 90 % of
/// the budget spent (a deviation analysis given).
fn seed() -> Vec<(Value, Value)> {
    let example: Value =
        serde_json::from_str(perf_targets::cli::EXAMPLE_JSON).expect("example JSON");
    example["sheets"]
        .as_array()
        .expect("sheets")
        .iter()
        .map(|sheet| {
            let lines: Vec<Value> = sheet["indicators"]
                .as_array()
                .unwrap()
                .iter()
                .enumerate()
                .map(|(k, i)| {
                    let parsed = target::parse(i["target"].as_str().unwrap()).ok();
                    line_meeting(k as i64 + 1, &serde_json::to_value(parsed).unwrap())
                })
                .collect();
            let wan = |v: &Value| v.as_str().map_or(0.0, |s| s.parse::<f64>().unwrap());
            let budget = wan(&sheet["provincial_funds"]) + wan(&sheet["matching_funds"]);
            let doc = json!({"executed_funds": format!("{}", (budget * 0.9).round()),
                             "budget_deviation_analysis": "部分项目年底结算",
                             "indicators": lines});
            (sheet.clone(), doc)
        })
        .collect()
}

fn basis_of(sheet: &Value) -> EvaluationBasis {
    let amount = |v: &Value| v.as_str().map(|s| Money::parse_wan(s).unwrap());
    EvaluationBasis {
        year: 2024,
        provincial_funds: amount(&sheet["provincial_funds"]).unwrap(),
        matching_funds: amount(&sheet["matching_funds"]),
        indicators: sheet["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .map(|(k, i)| {
                let text = i["target"].as_str().unwrap();
                Indicator {
                    id: IndicatorId::new(k as i64 + 1),
                    level1: i["level1"].as_str().unwrap().into(),
                    level2: i["level2"].as_str().unwrap().into(),
                    name: i["name"].as_str().unwrap().into(),
                    target: text.into(),
                    target_parsed: target::parse(text).ok().map(|p| p.with_year(2024)),
                }
            })
            .collect(),
        scheme: Scheme::default(),
    }
}

/// A database with one fund of 14 approved sheets (the 13 seed sheets and a copy for 长沙),
/// each with a submitted self-evaluation; returns the fund id.
fn fund_of_14(url: &str) -> (Db, i64) {
    let settings = DbSettings::new(DatabaseUrl::parse(url).expect("database URL"));
    let db = Db::connect(&settings).expect("connect");
    db.migrate().expect("migrate");
    let mut conn = db.conn().expect("connection");
    let conn: &mut DbConnection = &mut conn;
    let actor = Actor::system("benchmark");
    let fund = FundDocument {
        name: Some("自评排名基准".into()),
        year: Some(2024),
        ..Default::default()
    };
    let fund_id = db::write_tx(conn, |c| {
        service::save_fund(c, &fund, &Target::Create, Lang::Zh)
    })
    .expect("fund")
    .value
    .id;
    let mut seeds = seed();
    let mut changsha = seeds[0].clone();
    changsha.0["region_code"] = "430100".into();
    changsha.0["departments"] = json!(["长沙市商务局", "长沙市财政局"]);
    seeds.push(changsha);
    for (sheet, evaluation_doc) in seeds {
        let mut sheet = sheet;
        sheet["fund_id"] = fund_id.get().into();
        let doc: SheetDocument = serde_json::from_value(sheet).expect("sheet");
        let stored = db::write_tx(conn, |c| {
            service::save_sheet(c, &doc, &Target::Create, &actor, Lang::Zh)
        })
        .expect("sheet")
        .value;
        let id: SheetId = stored.id;
        for step in [Transition::Submit, Transition::Approve] {
            db::write_tx(conn, |c| {
                service::workflow::transition(
                    c,
                    id,
                    step,
                    None,
                    &Precondition::None,
                    &actor,
                    Lang::Zh,
                )
            })
            .expect("approve the sheet");
        }
        // The evaluation names the stored indicators' ids, in order.
        let mut evaluation_doc = evaluation_doc;
        for (line, indicator) in evaluation_doc["indicators"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .zip(&stored.indicators)
        {
            line["indicator_id"] = indicator.id.get().into();
        }
        let doc: EvaluationDocument = serde_json::from_value(evaluation_doc).expect("evaluation");
        db::write_tx(conn, |c| {
            evaluations::save_evaluation(c, id, &doc, &WriteCondition::default(), &actor, Lang::Zh)
        })
        .expect("evaluation");
        db::write_tx(conn, |c| {
            evaluations::transition(
                c,
                id,
                Transition::Submit,
                None,
                &Precondition::None,
                &actor,
                Lang::Zh,
            )
        })
        .expect("submit the evaluation");
    }
    drop(conn);
    (db, fund_id.get())
}

fn rank(db: &Db, fund_id: i64, label: &str) {
    let mut conn = db.conn().expect("connection");
    let conn: &mut DbConnection = &mut conn;
    let ranking = evaluations::fund_ranking(conn, fund_id.into()).expect("ranking");
    assert_eq!(ranking.regions.len(), 14);
    assert!(ranking.regions.iter().all(|r| r.total_score.is_some()));
    let per_call = measure(Duration::from_secs(3), || {
        black_box(evaluations::fund_ranking(conn, fund_id.into()).expect("ranking"));
    });
    println!(
        "ranking of a fund with 14 regions ({label}): {:.3} ms per call (mean total {})",
        per_call.as_secs_f64() * 1e3,
        ranking
            .mean_total
            .map(|m| m.to_string())
            .unwrap_or_default()
    );
}

fn main() {
    let seeds = seed();
    let prepared: Vec<(EvaluationBasis, EvaluationDocument)> = seeds
        .iter()
        .map(|(sheet, doc)| {
            (
                basis_of(sheet),
                serde_json::from_value(doc.clone()).expect("evaluation"),
            )
        })
        .collect();
    for (basis, doc) in &prepared {
        let (norm, issues) = evaluation::normalize(doc, Lang::Zh);
        assert!(issues.is_empty(), "{issues:?}");
        let (figures, issues) = evaluation::compute(&norm, basis, Stage::Submit, Lang::Zh);
        assert!(
            issues
                .iter()
                .all(|i| i.severity != perf_targets::domain::Severity::Error),
            "{issues:?}"
        );
        black_box(figures);
    }
    let budget = Duration::from_secs(2);
    let mut slowest = Duration::ZERO;
    let mut total = Duration::ZERO;
    for (basis, doc) in &prepared {
        let per_sheet = measure(budget / 4, || {
            let (norm, issues) = evaluation::normalize(black_box(doc), Lang::Zh);
            black_box(issues);
            black_box(evaluation::compute(
                &norm,
                black_box(basis),
                Stage::Submit,
                Lang::Zh,
            ));
        });
        slowest = slowest.max(per_sheet);
        total += per_sheet;
    }
    println!(
        "scoring one seed sheet's self-evaluation: {:.1} µs mean over the 13 sheets, {:.1} µs for the slowest",
        total.as_secs_f64() * 1e6 / prepared.len() as f64,
        slowest.as_secs_f64() * 1e6
    );

    let dir =
        std::env::temp_dir().join(format!("perf-targets-bench-scoring-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("bench.db");
    let (db, fund_id) = fund_of_14(&format!("sqlite://{}", file.display()));
    rank(&db, fund_id, "SQLite");
    drop(db);
    let _ = std::fs::remove_dir_all(&dir);

    if let Ok(admin) = std::env::var("BENCH_POSTGRES_URL") {
        let name = format!("perf_targets_bench_scoring_{}", std::process::id());
        let mut admin_conn = {
            use diesel::Connection;
            diesel::PgConnection::establish(&admin).expect("PostgreSQL")
        };
        admin_conn
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create database");
        let url = match admin.rfind('/') {
            Some(k) => format!("{}/{name}", &admin[..k]),
            None => admin.clone(),
        };
        let (db, fund_id) = fund_of_14(&url);
        rank(&db, fund_id, "PostgreSQL");
        drop(db);
        admin_conn
            .batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"))
            .expect("drop database");
    }
}
