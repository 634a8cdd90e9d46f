//! How long the validation engine takes, without HTTP or a database: reading one target, and
//! checking one seed sheet (document checks, every target read, every rule with the 2024
//! template). Run in release: `cargo bench --bench validate`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use perf_targets::domain::fund::{FundDocument, Template};
use perf_targets::domain::rules::{self, Context, FundFacts, RegionFacts};
use perf_targets::domain::sheet::{self, SheetDocument};
use perf_targets::domain::{target, Lang, Money};

/// Runs `f` repeatedly for about `budget`; returns the mean time per call.
fn measure(budget: Duration, mut f: impl FnMut()) -> Duration {
    for _ in 0..100 {
        f();
    }
    let start = Instant::now();
    let mut calls: u32 = 0;
    while start.elapsed() < budget {
        for _ in 0..100 {
            f();
        }
        calls += 100;
    }
    start.elapsed() / calls
}

fn main() {
    let example: serde_json::Value =
        serde_json::from_str(perf_targets::cli::EXAMPLE_JSON).expect("example JSON");
    let fund: FundDocument = serde_json::from_value(example["fund"].clone()).expect("fund");
    let template: Template = perf_targets::domain::fund::normalize(&fund, Lang::Zh)
        .0
        .template
        .expect("the example fund has a template");
    let sheets: Vec<SheetDocument> = example["sheets"]
        .as_array()
        .expect("sheets")
        .iter()
        .map(|s| {
            let mut s = s.clone();
            s["fund_id"] = 1.into();
            serde_json::from_value(s).expect("sheet")
        })
        .collect();
    let targets: Vec<String> = sheets
        .iter()
        .flat_map(|s| s.indicators.iter().flatten())
        .filter_map(|i| i.target.clone())
        .collect();
    let budget = Duration::from_secs(2);

    let per_target = measure(budget, || {
        for t in &targets {
            black_box(target::parse(black_box(t)).ok());
        }
    }) / targets.len() as u32;

    let check = |doc: &SheetDocument| {
        let (norm, issues) = sheet::normalize(doc, Lang::Zh);
        let (parsed, mut more) = rules::parse_targets(&norm, Lang::Zh);
        let ctx = Context {
            lang: Lang::Zh,
            sheet: &norm,
            targets: &parsed,
            fund: Some(FundFacts {
                total_provincial_funds: Some(Money::from_yuan(20_000_000)),
                template: Some(&template),
                others_provincial_funds: Money::from_yuan(17_400_000),
            }),
            region: Some(RegionFacts {
                name: "株洲市",
                short_name: "株洲市",
            }),
        };
        more.extend(rules::check(&ctx));
        black_box((issues, more));
    };
    let per_sheet = measure(budget, || {
        for doc in &sheets {
            check(black_box(doc));
        }
    }) / sheets.len() as u32;
    let zhuzhou = measure(budget, || check(black_box(&sheets[0])));

    println!("validation engine, release build, one thread");
    println!(
        "  read one target (mean of {} seed targets):    {:>8.2} µs",
        targets.len(),
        per_target.as_secs_f64() * 1e6
    );
    println!(
        "  check one seed sheet (mean of {} sheets):      {:>8.2} µs",
        sheets.len(),
        per_sheet.as_secs_f64() * 1e6
    );
    println!(
        "  check the 株洲市 sheet ({} indicators):        {:>8.2} µs",
        sheets[0].indicators.as_ref().map_or(0, Vec::len),
        zhuzhou.as_secs_f64() * 1e6
    );
}
