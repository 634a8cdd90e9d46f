//! `load-example`: the example data (the thirteen 2024 cross-border e-commerce sheets of Hunan)
//! into a running service, over HTTP with an ADMIN token.

use std::process::ExitCode;
use std::time::Duration;

use super::client::{self, BaseUrl};
use super::say;
use crate::config::Settings;

/// The example data: one fund and its sheets (`examples/2024-cross-border-ecommerce.json`).
pub const EXAMPLE_JSON: &str = include_str!("../../examples/2024-cross-border-ecommerce.json");

/// Runs `load-example` against `server`, or the service at `--addr`.
pub fn run(settings: &Settings, server: Option<String>) -> ExitCode {
    let base = match server {
        Some(url) => BaseUrl::parse(&url),
        None => Ok(BaseUrl::from_addr(settings.addr)),
    }
    .map(|b| b.with_token(settings.token.clone()));
    match base.and_then(|b| load_example(&b)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("perf-targets: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Creates the example fund (or finds it) and posts each example sheet; prints one line each.
pub fn load_example(base: &BaseUrl) -> Result<(), String> {
    use serde_json::Value;
    let timeout = Duration::from_secs(30);
    let example: Value = serde_json::from_str(EXAMPLE_JSON).map_err(|e| e.to_string())?;
    let fund = &example["fund"];
    let res = client::send(
        base,
        "POST",
        "/api/v1/funds",
        Some(&fund.to_string()),
        timeout,
    )?;
    let fund_id = match res.status {
        201 => serde_json::from_str::<Value>(&res.body).map_err(|e| e.to_string())?["id"]
            .as_i64()
            .ok_or("no fund id in the answer")?,
        409 => {
            let year = fund["year"].as_i64().unwrap_or_default();
            let list = client::send(
                base,
                "GET",
                &format!("/api/v1/funds?year={year}&page_size=500"),
                None,
                timeout,
            )?;
            let list: Value = serde_json::from_str(&list.body).map_err(|e| e.to_string())?;
            list["items"]
                .as_array()
                .and_then(|items| items.iter().find(|f| f["name"] == fund["name"]))
                .and_then(|f| f["id"].as_i64())
                .ok_or("the fund exists but could not be found")?
        }
        status => return Err(format!("creating the fund failed ({status}): {}", res.body)),
    };
    say(format_args!(
        "fund {fund_id}: {}",
        fund["name"].as_str().unwrap_or_default()
    ));
    let mut failed = 0;
    for sheet in example["sheets"]
        .as_array()
        .ok_or("no sheets in the example")?
    {
        let mut sheet = sheet.clone();
        sheet["fund_id"] = Value::from(fund_id);
        let region = sheet["region_code"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let res = client::send(
            base,
            "POST",
            "/api/v1/sheets",
            Some(&sheet.to_string()),
            timeout,
        )?;
        let outcome = match res.status {
            201 => "created".to_string(),
            409 => "exists, left as it is".to_string(),
            status => {
                failed += 1;
                format!("failed ({status}): {}", res.body)
            }
        };
        say(format_args!("sheet {region}: {outcome}"));
    }
    if failed > 0 {
        return Err(format!("{failed} sheet(s) failed"));
    }
    Ok(())
}
