//! `load-example`: the example data (the thirteen 2024 cross-border e-commerce sheets of Hunan,
//! approved; July monitoring reports of three of them; a year-end self-evaluation of each) into
//! a running service, over HTTP with an ADMIN token.

use std::collections::HashMap;
use std::process::ExitCode;
use std::time::Duration;

use serde_json::{json, Value};

use super::client::{self, BaseUrl, Response};
use super::say;
use crate::config::Settings;

/// The example data: one fund and its sheets (`examples/2024-cross-border-ecommerce.json`).
pub const EXAMPLE_JSON: &str = include_str!("../../examples/2024-cross-border-ecommerce.json");

/// July monitoring reports of three example regions (on track, at risk, off track), by region
/// code and indicator name.
pub const EXAMPLE_MONITORING_JSON: &str = include_str!("../../examples/2024-07-monitoring.json");

/// A year-end self-evaluation of each example sheet, by region code and indicator name, with
/// the status `load-example` takes it to (`DRAFT`, `SUBMITTED` or `APPROVED`).
pub const EXAMPLE_EVALUATIONS_JSON: &str =
    include_str!("../../examples/2024-self-evaluations.json");

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

/// Creates the example fund (or finds it), posts each example sheet, then approves them and
/// files the example reports and evaluations; prints one line for each thing done or found.
pub fn load_example(base: &BaseUrl) -> Result<(), String> {
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

/// The calls the example makes after the sheets: JSON bodies, 30 seconds each.
struct Calls<'a> {
    base: &'a BaseUrl,
}

impl Calls<'_> {
    fn send(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Response, String> {
        let body = body.map(Value::to_string);
        client::send(
            self.base,
            method,
            path,
            body.as_deref(),
            Duration::from_secs(30),
        )
    }

    /// A call that must answer `expected`; its body, read as JSON.
    fn expect(
        &self,
        what: &str,
        method: &str,
        path: &str,
        body: Option<&Value>,
        expected: u16,
    ) -> Result<Value, String> {
        let res = self.send(method, path, body)?;
        if res.status != expected {
            return Err(format!("{what} failed ({}): {}", res.status, res.body));
        }
        read(&res.body)
    }
}

fn read(body: &str) -> Result<Value, String> {
    serde_json::from_str(body).map_err(|e| e.to_string())
}

/// The document of an example file's entry: `region_code` and `status` taken off, each
/// indicator's `name` replaced by its `indicator_id` in `sheet`.
fn resolve(entry: &Value, sheet: &Value) -> Result<Value, String> {
    let region = sheet["region_code"].as_str().unwrap_or_default();
    let ids: HashMap<&str, i64> = sheet["indicators"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|i| Some((i["name"].as_str()?, i["id"].as_i64()?)))
                .collect()
        })
        .unwrap_or_default();
    let mut doc = entry.clone();
    if let Some(o) = doc.as_object_mut() {
        o.remove("region_code");
        o.remove("status");
    }
    for line in doc["indicators"].as_array_mut().into_iter().flatten() {
        let name = line["name"].as_str().unwrap_or_default().to_string();
        let id = ids
            .get(name.as_str())
            .ok_or_else(|| format!("sheet {region} has no indicator {name}"))?;
        line["indicator_id"] = json!(id);
        line.as_object_mut().map(|o| o.remove("name"));
    }
    Ok(doc)
}

/// Approves every sheet of the fund (submit, then approve; an approved one is left as it is)
/// and returns them by region code, as they then are.
fn approve_sheets(calls: &Calls<'_>, fund_id: i64) -> Result<HashMap<String, Value>, String> {
    let list = calls.expect(
        "listing the sheets",
        "GET",
        &format!("/api/v1/sheets?fund_id={fund_id}&page_size=500"),
        None,
        200,
    )?;
    let mut sheets = HashMap::new();
    for sheet in list["items"].as_array().into_iter().flatten() {
        let region = sheet["region_code"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let id = sheet["id"].as_i64().ok_or("a sheet without an id")?;
        let mut sheet = sheet.clone();
        let mut steps = Vec::new();
        for (from, verb) in [
            ("DRAFT", "submit"),
            ("RETURNED", "submit"),
            ("SUBMITTED", "approve"),
        ] {
            if sheet["status"] == from {
                sheet = calls.expect(
                    &format!("{verb} sheet {region}"),
                    "POST",
                    &format!("/api/v1/sheets/{id}/{verb}"),
                    None,
                    200,
                )?;
                steps.push(verb);
            }
        }
        if !steps.is_empty() {
            say(format_args!("sheet {region}: {}", past(&steps)));
        }
        sheets.insert(region, sheet);
    }
    Ok(sheets)
}

/// "submitted and approved", for the steps taken.
fn past(steps: &[&str]) -> String {
    steps
        .iter()
        .map(|verb| match *verb {
            "submit" => "submitted",
            "approve" => "approved",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" and ")
}

/// Approves the example sheets, files the July reports of three regions (submitted) and the
/// self-evaluation of every region, each taken to the status the file gives it; a report or an
/// evaluation that exists is left as it is.
fn load_example_reports(base: &BaseUrl, fund_id: i64) -> Result<(), String> {
    let calls = Calls { base };
    let sheets = approve_sheets(&calls, fund_id)?;
    let sheet_of = |region: &str| {
        sheets
            .get(region)
            .ok_or_else(|| format!("no sheet for region {region}"))
    };

    let example = read(EXAMPLE_MONITORING_JSON)?;
    let month = example["month"]
        .as_i64()
        .ok_or("no month in the example reports")?;
    for report in example["reports"].as_array().ok_or("no example reports")? {
        let region = report["region_code"].as_str().unwrap_or_default();
        let sheet = sheet_of(region)?;
        let id = sheet["id"].as_i64().ok_or("a sheet without an id")?;
        let path = format!("/api/v1/sheets/{id}/monitoring/{month}");
        if calls.send("GET", &path, None)?.status == 200 {
            say(format_args!(
                "report {region} {month}月: exists, left as it is"
            ));
            continue;
        }
        let doc = resolve(report, sheet)?;
        calls.expect(&format!("report {region}"), "PUT", &path, Some(&doc), 201)?;
        calls.expect(
            &format!("submitting report {region}"),
            "POST",
            &format!("{path}/submit"),
            None,
            200,
        )?;
        say(format_args!(
            "report {region} {month}月: created and submitted"
        ));
    }

    let example = read(EXAMPLE_EVALUATIONS_JSON)?;
    for entry in example["evaluations"]
        .as_array()
        .ok_or("no example evaluations")?
    {
        let region = entry["region_code"].as_str().unwrap_or_default();
        let sheet = sheet_of(region)?;
        let id = sheet["id"].as_i64().ok_or("a sheet without an id")?;
        let path = format!("/api/v1/sheets/{id}/self-evaluation");
        if calls.send("GET", &path, None)?.status == 200 {
            say(format_args!("evaluation {region}: exists, left as it is"));
            continue;
        }
        let doc = resolve(entry, sheet)?;
        calls.expect(
            &format!("evaluation {region}"),
            "PUT",
            &path,
            Some(&doc),
            201,
        )?;
        let steps: &[&str] = match entry["status"].as_str().unwrap_or("DRAFT") {
            "DRAFT" => &[],
            "SUBMITTED" => &["submit"],
            "APPROVED" => &["submit", "approve"],
            other => return Err(format!("evaluation {region}: unknown status {other}")),
        };
        for verb in steps {
            calls.expect(
                &format!("{verb} evaluation {region}"),
                "POST",
                &format!("{path}/{verb}"),
                None,
                200,
            )?;
        }
        let outcome = if steps.is_empty() {
            "created, left a draft".to_string()
        } else {
            format!("created, {}", past(steps))
        };
        say(format_args!("evaluation {region}: {outcome}"));
    }
    Ok(())
}
