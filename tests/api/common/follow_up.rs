//! What the tests of monitoring and self-evaluation share: review steps, approving a sheet,
//! JSON writes with headers, and reading issue lists.

use actix_web::test::TestRequest;
use serde_json::{json, Value};

use super::{Resp, TestApp};

/// A review step of a sheet, a report or an evaluation, as the current role.
pub async fn post_step(app: &TestApp, path: &str, verb: &str, reason: Option<&str>) -> Resp {
    let mut req = TestRequest::post().uri(&format!("{path}/{verb}"));
    if let Some(reason) = reason {
        req = req
            .insert_header(("content-type", "application/json"))
            .set_payload(json!({ "reason": reason }).to_string());
    }
    app.send(req).await
}

/// Submits and approves a sheet (as an administrator).
pub async fn approve_sheet(app: &TestApp, id: i64) {
    let path = format!("/api/v1/sheets/{id}");
    let res = post_step(app, &path, "submit", None).await;
    assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
    let res = post_step(app, &path, "approve", None).await;
    assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
}

/// A JSON `PUT` with extra request headers (`If-Match`, `If-None-Match`).
pub async fn put_with(app: &TestApp, path: &str, body: &Value, headers: &[(&str, &str)]) -> Resp {
    let mut req = TestRequest::put()
        .uri(path)
        .insert_header(("content-type", "application/json"))
        .set_payload(body.to_string());
    for (name, value) in headers {
        req = req.insert_header((*name, *value));
    }
    app.send(req).await
}

/// The (code, path) of each issue of `severity` in a list.
pub fn codes_at(issues: &Value, severity: &str) -> Vec<(String, String)> {
    issues
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["severity"] == severity)
        .map(|i| {
            (
                i["code"].as_str().unwrap().to_string(),
                i["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Whether a list has an issue of `severity` with `code` at `path`.
pub fn has(issues: &Value, severity: &str, code: &str, path: &str) -> bool {
    codes_at(issues, severity).contains(&(code.to_string(), path.to_string()))
}
