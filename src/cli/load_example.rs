//! `load-example`: the example data (the thirteen 2024 cross-border e-commerce sheets of Hunan,
//! and July monitoring reports of three of them) into a running service, over HTTP with an ADMIN
//! token.

use std::process::ExitCode;
use std::time::Duration;

use super::client::{self, BaseUrl};
use super::say;
use crate::config::Settings;

/// The example data: one fund and its sheets (`examples/2024-cross-border-ecommerce.json`).
pub const EXAMPLE_JSON: &str = include_str!("../../examples/2024-cross-border-ecommerce.json");

/// July monitoring reports of three example regions (on track, at risk, off track), by region
/// code and indicator name.
pub const EXAMPLE_MONITORING_JSON: &str = include_str!("../../examples/2024-07-monitoring.json");

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
    load_example_reports(base, fund_id)
}

/// Approves the sheets of the example reports' regions and files their July reports
/// (submitted); a report that exists is left as it is.
fn load_example_reports(base: &BaseUrl, fund_id: i64) -> Result<(), String> {
    use serde_json::{json, Value};
    let timeout = Duration::from_secs(30);
    let call = |method: &str, path: &str, body: Option<&Value>| {
        let body = body.map(Value::to_string);
        client::send(base, method, path, body.as_deref(), timeout)
    };
    let read = |body: &str| serde_json::from_str::<Value>(body).map_err(|e| e.to_string());
    let example: Value = read(EXAMPLE_MONITORING_JSON)?;
    let month = example["month"]
        .as_i64()
        .ok_or("no month in the example reports")?;
    for report in example["reports"].as_array().ok_or("no example reports")? {
        let region = report["region_code"].as_str().unwrap_or_default();
        let list = call(
            "GET",
            &format!("/api/v1/sheets?fund_id={fund_id}&region_code={region}"),
            None,
        )?;
        let list = read(&list.body)?;
        let sheet = list["items"]
            .get(0)
            .ok_or_else(|| format!("no sheet for region {region}"))?;
        let id = sheet["id"].as_i64().ok_or("a sheet without an id")?;
        let mut status = sheet["status"].as_str().unwrap_or_default().to_string();
        for (from, verb) in [
            ("DRAFT", "submit"),
            ("RETURNED", "submit"),
            ("SUBMITTED", "approve"),
        ] {
            if status == from {
                let res = call("POST", &format!("/api/v1/sheets/{id}/{verb}"), None)?;
                if res.status != 200 {
                    return Err(format!(
                        "{verb} sheet {region} failed ({}): {}",
                        res.status, res.body
                    ));
                }
                status = read(&res.body)?["status"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string();
            }
        }
        let path = format!("/api/v1/sheets/{id}/monitoring/{month}");
        if call("GET", &path, None)?.status == 200 {
            say(format_args!(
                "report {region} {month}月: exists, left as it is"
            ));
            continue;
        }
        let ids: std::collections::HashMap<&str, i64> = sheet["indicators"]
            .as_array()
            .map(|list| {
                list.iter()
                    .filter_map(|i| Some((i["name"].as_str()?, i["id"].as_i64()?)))
                    .collect()
            })
            .unwrap_or_default();
        let mut doc = report.clone();
        doc.as_object_mut().map(|o| o.remove("region_code"));
        for line in doc["indicators"].as_array_mut().into_iter().flatten() {
            let name = line["name"].as_str().unwrap_or_default().to_string();
            let id = ids
                .get(name.as_str())
                .ok_or_else(|| format!("sheet {region} has no indicator {name}"))?;
            line["indicator_id"] = json!(id);
            line.as_object_mut().map(|o| o.remove("name"));
        }
        let res = call("PUT", &path, Some(&doc))?;
        if res.status != 201 {
            return Err(format!(
                "report {region} failed ({}): {}",
                res.status, res.body
            ));
        }
        let res = call("POST", &format!("{path}/submit"), None)?;
        if res.status != 200 {
            return Err(format!(
                "submitting report {region} failed ({}): {}",
                res.status, res.body
            ));
        }
        say(format_args!(
            "report {region} {month}月: created and submitted"
        ));
    }
    Ok(())
}
