//! Access control and the review cycle (SPEC §1.6), through HTTP on both backends: tokens and
//! roles, every step of 申报 → 审核 → 批复 → 调整 and every refusal, revisions and their
//! differences, concurrent writers, limits, and bulk uploads under the same rules.

use actix_web::http::Method;
use actix_web::test::TestRequest;
use perf_targets::config::HttpSettings;
use perf_targets::http::auth::{AuthMode, AuthSettings};
use serde_json::{json, Value};

use crate::common::*;

const ZHUZHOU: &str = "430200";
const XIANGTAN: &str = "430300";

fn zhuzhou() -> Role {
    Role::Submitter(vec![ZHUZHOU.into()])
}

fn xiangtan() -> Role {
    Role::Submitter(vec![XIANGTAN.into()])
}

/// A POST of a review step, with `If-Match` when given and an optional JSON body.
async fn step(
    app: &TestApp,
    id: i64,
    verb: &str,
    body: Option<Value>,
    if_match: Option<&str>,
) -> Resp {
    let mut req = TestRequest::post().uri(&format!("/api/v1/sheets/{id}/{verb}"));
    if let Some(body) = body {
        req = req
            .insert_header(("content-type", "application/json"))
            .set_payload(body.to_string());
    }
    if let Some(tag) = if_match {
        req = req.insert_header(("if-match", tag));
    }
    app.send(req).await
}

/// Everything stored, revisions included, read as an administrator.
async fn state(app: &mut TestApp, ids: &[i64]) -> Value {
    let role = app_role(app);
    app.as_role(Role::Admin);
    let mut revisions = Vec::new();
    for id in ids {
        revisions.push(
            app.get(&format!("/api/v1/sheets/{id}/revisions?page_size=500"))
                .await
                .json(),
        );
    }
    let all = json!({"data": app.snapshot().await, "revisions": revisions});
    app.as_role(role);
    all
}

fn app_role(app: &TestApp) -> Role {
    app.current_role()
}

/// The codes of the errors (not warnings) in an issue list.
fn error_codes(issues: &Value) -> Vec<String> {
    issues
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["severity"] == "ERROR")
        .map(|i| i["code"].as_str().unwrap().to_string())
        .collect()
}

/// A path of the spec with every parameter set to `id`.
fn with_ids(template: &str, id: &str) -> String {
    template
        .split('/')
        .map(|s| if s.starts_with('{') { id } else { s })
        .collect::<Vec<_>>()
        .join("/")
}

fn ok(res: &Resp, status: u16) -> Value {
    assert_eq!(
        res.status.as_u16(),
        status,
        "{}",
        String::from_utf8_lossy(&res.body)
    );
    if res.body.is_empty() {
        Value::Null
    } else {
        res.json()
    }
}

db_tests! {
    async fn the_whole_cycle_with_two_submitters_a_reviewer_and_an_admin(app: TestApp) {
        let (fund_id, ids) = app.load_example().await;
        let (zz, xt) = (ids[0], ids[1]);
        let zz_path = format!("/api/v1/sheets/{zz}");
        let all = ids.clone();

        // No token, a bad token: 401 before anything is looked at.
        app.as_role(Role::Anonymous);
        let res = app.get(&zz_path).await;
        res.problem(401, "UNAUTHENTICATED");
        assert_eq!(res.header("www-authenticate"), Some("Bearer realm=\"perf-targets\""));
        app.get("/api/v1/sheets/999999").await.problem(401, "UNAUTHENTICATED");
        let res = app
            .send(TestRequest::get().uri(&zz_path).insert_header(("authorization", "Bearer pt_0000")))
            .await;
        res.problem(401, "UNAUTHENTICATED");
        assert!(res.header("www-authenticate").unwrap().contains("invalid_token"));
        app.send(TestRequest::get().uri(&zz_path).insert_header(("authorization", "Basic YTpi")))
            .await
            .problem(401, "UNAUTHENTICATED");
        // Reference data stays public.
        assert_eq!(app.get("/api/v1/taxonomy").await.status, 200);
        assert_eq!(app.get("/api/v1/regions").await.status, 200);

        let before = state(&mut app, &all).await;

        // A reader reads and changes nothing.
        app.as_role(Role::Reader);
        assert_eq!(app.get(&zz_path).await.status, 200);
        app.patch(&zz_path, &json!({"matching_funds": "1"}), None).await.problem(403, "FORBIDDEN");
        step(&app, zz, "submit", None, None).await.problem(403, "FORBIDDEN");
        step(&app, 999_999, "submit", None, None).await.problem(403, "FORBIDDEN");
        app.delete(&zz_path, None).await.problem(403, "FORBIDDEN");
        app.post("/api/v1/funds", &json!({"name": "x", "year": 2024})).await.problem(403, "FORBIDDEN");

        // Another region's submitter: 403 on 株洲's sheet, whatever it sends.
        app.as_role(xiangtan());
        let p = app.patch(&zz_path, &json!({"matching_funds": "1"}), None).await.problem(403, "FORBIDDEN");
        assert!(p["detail"].as_str().unwrap().contains(XIANGTAN), "{p}");
        app.put(&zz_path, &example_sheet(0, fund_id), Some("\"1\"")).await.problem(403, "FORBIDDEN");
        step(&app, zz, "submit", None, None).await.problem(403, "FORBIDDEN");
        step(&app, zz, "submit", Some(json!({"reason": "x".repeat(2001)})), None).await.problem(403, "FORBIDDEN");
        app.delete(&zz_path, None).await.problem(403, "FORBIDDEN");
        let mut other = example_sheet(0, fund_id);
        other["region_code"] = json!("430100");
        app.post("/api/v1/sheets", &other).await.problem(403, "FORBIDDEN");

        // A reviewer does not write content, and cannot approve a draft.
        app.as_role(Role::Reviewer);
        app.patch(&zz_path, &json!({"matching_funds": "1"}), None).await.problem(403, "FORBIDDEN");
        step(&app, zz, "submit", None, None).await.problem(403, "FORBIDDEN");
        let p = step(&app, zz, "approve", None, None).await.problem(409, "INVALID_TRANSITION");
        assert!(p["detail"].as_str().unwrap().contains("/submit"), "{p}");
        step(&app, zz, "return", Some(json!({"reason": "x"})), None).await.problem(409, "INVALID_TRANSITION");
        step(&app, zz, "reopen", Some(json!({"reason": "x"})), None).await.problem(409, "INVALID_TRANSITION");
        // The sheet (404) and its state (409) come before the reason (422).
        step(&app, 999_999, "return", None, None).await.problem(404, "SHEET_NOT_FOUND");
        step(&app, zz, "reopen", None, None).await.problem(409, "INVALID_TRANSITION");
        app.post("/api/v1/tokens", &json!({"name": "x", "role": "READER"})).await.problem(403, "FORBIDDEN");
        assert_eq!(state(&mut app, &all).await, before, "every refusal changed nothing");

        // 株洲's submitter edits and submits its sheet.
        app.as_role(zhuzhou());
        let v2 = ok(&app.patch(&zz_path, &json!({"matching_funds": "120"}), Some("\"1\"")).await, 200);
        assert_eq!(v2["version"], 2);
        assert_eq!(v2["status"], "DRAFT");
        step(&app, zz, "submit", None, Some("\"1\"")).await.problem(412, "PRECONDITION_FAILED");
        let res = app
            .send(
                TestRequest::post()
                    .uri(&format!("/api/v1/sheets/{zz}/submit"))
                    .insert_header(("if-match", "\"2\""))
                    .insert_header(("x-request-id", "submit-zz-1")),
            )
            .await;
        let submitted = ok(&res, 200);
        assert_eq!(submitted["status"], "SUBMITTED");
        assert_eq!(submitted["version"], 3);
        assert_eq!(res.etag(), "\"3\"");
        // Under review: no edits, no deletion, no second submission.
        let before = state(&mut app, &all).await;
        let p = app.patch(&zz_path, &json!({"matching_funds": "130"}), None).await.problem(409, "SHEET_NOT_EDITABLE");
        assert!(p["detail"].as_str().unwrap().contains("/return"), "{p}");
        // With a rule error too: one 422 listing both (SPEC §2.1).
        let p = app.patch(&zz_path, &json!({"matching_funds": "-1"}), None).await.problem(422, "VALIDATION_FAILED");
        let listed: Vec<&str> = p["errors"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap()).collect();
        assert_eq!(listed, ["AMOUNT_NEGATIVE", "SHEET_NOT_EDITABLE"], "{p}");
        app.delete(&zz_path, None).await.problem(409, "SHEET_NOT_EDITABLE");
        step(&app, zz, "submit", None, None).await.problem(409, "INVALID_TRANSITION");
        step(&app, zz, "approve", None, None).await.problem(403, "FORBIDDEN");
        // Sending the stored sheet back unchanged is no edit: 200, same version.
        let same = app.get(&zz_path).await.json();
        let res = app.put(&zz_path, &same, None).await;
        assert_eq!(ok(&res, 200)["version"], 3);
        assert_eq!(state(&mut app, &all).await, before);

        // The reviewer returns it; a reason is required.
        app.as_role(Role::Reviewer);
        let p = step(&app, zz, "return", None, None).await.problem(422, "VALIDATION_FAILED");
        assert_eq!(p["errors"][0]["code"], "REQUIRED");
        assert_eq!(p["errors"][0]["path"], "/reason");
        step(&app, zz, "return", Some(json!({"reason": "  "})), None).await.problem(422, "VALIDATION_FAILED");
        step(&app, zz, "return", Some(json!({"reason": "x", "note": 1})), None).await.problem(400, "INVALID_BODY");
        step(&app, zz, "return", Some(json!({"reason": "x"})), Some("\"2\"")).await.problem(412, "PRECONDITION_FAILED");
        step(&app, zz, "return", None, Some("\"2\"")).await.problem(412, "PRECONDITION_FAILED");
        assert_eq!(state(&mut app, &all).await, before);
        let returned = ok(&step(&app, zz, "return", Some(json!({"reason": "请补充时效指标"})), Some("\"3\"")).await, 200);
        assert_eq!(returned["status"], "RETURNED");
        assert_eq!(returned["status_reason"], "请补充时效指标");

        // The submitter edits the returned sheet and submits again.
        app.as_role(zhuzhou());
        let edited = ok(&app.patch(&zz_path, &json!({"overall_goal": "改后的目标"}), None).await, 200);
        assert_eq!(edited["status"], "RETURNED");
        assert_eq!(edited["version"], 5);
        let again = ok(&step(&app, zz, "submit", Some(json!({"reason": "已按意见修改"})), None).await, 200);
        assert_eq!(again["status"], "SUBMITTED");
        assert_eq!(again["status_reason"], "已按意见修改");

        // Approved.
        app.as_role(Role::Reviewer);
        let approved = ok(&step(&app, zz, "approve", None, Some("\"6\"")).await, 200);
        assert_eq!(approved["status"], "APPROVED");
        assert_eq!(approved["version"], 7);
        let before = state(&mut app, &all).await;
        step(&app, zz, "return", Some(json!({"reason": "x"})), None).await.problem(409, "INVALID_TRANSITION");
        step(&app, zz, "approve", None, None).await.problem(409, "INVALID_TRANSITION");
        app.as_role(zhuzhou());
        let p = app.patch(&zz_path, &json!({"matching_funds": "1"}), None).await.problem(409, "SHEET_NOT_EDITABLE");
        assert!(p["detail"].as_str().unwrap().contains("/reopen"), "{p}");
        step(&app, zz, "submit", None, None).await.problem(409, "INVALID_TRANSITION");
        step(&app, zz, "reopen", Some(json!({"reason": "x"})), None).await.problem(403, "FORBIDDEN");
        app.as_role(Role::Admin);
        app.patch(&zz_path, &json!({"matching_funds": "1"}), None).await.problem(409, "SHEET_NOT_EDITABLE");
        app.as_role(Role::Reviewer);
        let p = step(&app, zz, "reopen", Some(json!({})), None).await.problem(422, "VALIDATION_FAILED");
        assert_eq!(p["errors"][0]["path"], "/reason");
        assert_eq!(state(&mut app, &all).await, before);

        // 调整: reopened with a reason, edited by the administrator, submitted and approved by it.
        let reopened = ok(&step(&app, zz, "reopen", Some(json!({"reason": "年中调整预算"})), None).await, 200);
        assert_eq!(reopened["status"], "DRAFT");
        app.as_role(Role::Admin);
        ok(&app.patch(&zz_path, &json!({"matching_funds": "150"}), None).await, 200);
        ok(&step(&app, zz, "submit", None, None).await, 200);
        let last = ok(&step(&app, zz, "approve", None, None).await, 200);
        assert_eq!(last["version"], 11);

        // Submitting runs today's rules: a strict template turns 永州's warnings into errors.
        ok(&app.patch(&format!("/api/v1/funds/{fund_id}"), &json!({"template": {"strict": true}}), None).await, 200);
        let yz = ids[8];
        let yz_sheet = app.get(&format!("/api/v1/sheets/{yz}")).await.json();
        assert_eq!(yz_sheet["region_code"], "431100");
        let before = state(&mut app, &all).await;
        let p = step(&app, yz, "submit", None, None).await.problem(422, "VALIDATION_FAILED");
        let codes: Vec<&str> = p["errors"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap()).collect();
        assert_eq!(codes, ["TEMPLATE_INDICATOR_MISSING", "TEMPLATE_INDICATOR_MISSING"], "{p}");
        assert_eq!(state(&mut app, &all).await, before);

        // The history: every change and step, versions without gaps, who, why, which request.
        let revisions = app.get(&format!("/api/v1/sheets/{zz}/revisions")).await.json();
        let items = revisions["items"].as_array().unwrap();
        let seen: Vec<(i64, &str, &str, &str)> = items
            .iter()
            .map(|r| (
                r["version"].as_i64().unwrap(),
                r["action"].as_str().unwrap(),
                r["status"].as_str().unwrap(),
                r["actor"]["role"].as_str().unwrap(),
            ))
            .collect();
        assert_eq!(
            seen,
            [
                (1, "CREATE", "DRAFT", "ADMIN"),
                (2, "UPDATE", "DRAFT", "SUBMITTER"),
                (3, "SUBMIT", "SUBMITTED", "SUBMITTER"),
                (4, "RETURN", "RETURNED", "REVIEWER"),
                (5, "UPDATE", "RETURNED", "SUBMITTER"),
                (6, "SUBMIT", "SUBMITTED", "SUBMITTER"),
                (7, "APPROVE", "APPROVED", "REVIEWER"),
                (8, "REOPEN", "DRAFT", "REVIEWER"),
                (9, "UPDATE", "DRAFT", "ADMIN"),
                (10, "SUBMIT", "SUBMITTED", "ADMIN"),
                (11, "APPROVE", "APPROVED", "ADMIN"),
            ]
        );
        assert_eq!(items[1]["actor"]["name"], "test submitter 430200");
        assert_eq!(items[2]["request_id"], "submit-zz-1");
        assert_eq!(items[3]["reason"], "请补充时效指标");
        assert_eq!(items[7]["reason"], "年中调整预算");
        assert!(items[0].get("snapshot").is_none(), "lists leave snapshots out");
        // A revision holds the sheet as GET returned it then.
        let r2 = app.get(&format!("/api/v1/sheets/{zz}/revisions/2")).await.json();
        assert_eq!(r2["snapshot"], as_read(&v2));
        let r11 = app.get(&format!("/api/v1/sheets/{zz}/revisions/11")).await.json();
        assert_eq!(r11["snapshot"], app.get(&zz_path).await.json());
        app.get(&format!("/api/v1/sheets/{zz}/revisions/12")).await.problem(404, "REVISION_NOT_FOUND");
        // Field-level differences.
        let d = app.get(&format!("/api/v1/sheets/{zz}/diff?from=1&to=2")).await.json();
        assert_eq!(d["changes"], json!([{"path": "/matching_funds", "change": "CHANGED", "from": "100", "to": "120"}]));
        let d = app.get(&format!("/api/v1/sheets/{zz}/diff?from=3&to=4")).await.json();
        assert_eq!(
            d["changes"],
            json!([
                {"path": "/status", "change": "CHANGED", "from": "SUBMITTED", "to": "RETURNED"},
                {"path": "/status_reason", "change": "ADDED", "to": "请补充时效指标"}
            ])
        );
        let d = app.get(&format!("/api/v1/sheets/{zz}/diff")).await.json();
        assert_eq!((d["from"].as_i64(), d["to"].as_i64()), (Some(10), Some(11)));
        app.get(&format!("/api/v1/sheets/{zz}/diff?from=1&to=99")).await.problem(404, "REVISION_NOT_FOUND");
        // Version 1 has nothing before it; a later `from` leads back; versions start at 1.
        let d = app.get(&format!("/api/v1/sheets/{zz}/diff?to=1")).await.json();
        assert_eq!((d["from"].as_i64(), d["to"].as_i64(), d["changes"].clone()), (Some(1), Some(1), json!([])));
        let d = app.get(&format!("/api/v1/sheets/{zz}/diff?from=2&to=1")).await.json();
        assert_eq!(d["changes"], json!([{"path": "/matching_funds", "change": "CHANGED", "from": "120", "to": "100"}]));
        for (query, name) in [("from=0", "from"), ("to=-1", "to"), ("from=1&to=-9223372036854775808", "to")] {
            let p = app.get(&format!("/api/v1/sheets/{zz}/diff?{query}")).await.problem(400, "INVALID_QUERY");
            assert!(p["detail"].as_str().unwrap().contains(name), "{query}: {p}");
        }
        app.get("/api/v1/sheets/999999/revisions").await.problem(404, "SHEET_NOT_FOUND");

        // Deleting keeps the history.
        app.as_role(xiangtan());
        assert_eq!(app.delete(&format!("/api/v1/sheets/{xt}"), None).await.status, 204);
        app.get(&format!("/api/v1/sheets/{xt}")).await.problem(404, "SHEET_NOT_FOUND");
        let history = app.get(&format!("/api/v1/sheets/{xt}/revisions")).await.json();
        let actions: Vec<&str> = history["items"].as_array().unwrap().iter().map(|r| r["action"].as_str().unwrap()).collect();
        assert_eq!(actions, ["CREATE", "DELETE"]);
        let gone = app.get(&format!("/api/v1/sheets/{xt}/revisions/2")).await.json();
        assert_eq!(gone["snapshot"]["region_code"], XIANGTAN);

        // The fund summary counts sheets by status.
        let summary = app.get(&format!("/api/v1/funds/{fund_id}/summary")).await.json();
        assert_eq!(summary["by_status"], json!({"DRAFT": 11, "SUBMITTED": 0, "APPROVED": 1, "RETURNED": 0}));
        let zz_line = summary["regions"].as_array().unwrap().iter().find(|r| r["region_code"] == ZHUZHOU).unwrap();
        assert_eq!(zz_line["status"], "APPROVED");

        // Deleting the fund records a deletion for each of its sheets.
        app.as_role(Role::Admin);
        assert_eq!(app.delete(&format!("/api/v1/funds/{fund_id}?force=true"), None).await.status, 204);
        let history = app.get(&format!("/api/v1/sheets/{zz}/revisions")).await.json();
        let last = history["items"].as_array().unwrap().last().unwrap().clone();
        assert_eq!((last["action"].as_str(), last["version"].as_i64()), (Some("DELETE"), Some(12)));
    }

    async fn twenty_concurrent_updates_with_one_if_match_one_wins(app: TestApp) {
        let (fund_id, ids) = app.load_example().await;
        let path = format!("/api/v1/sheets/{}", ids[0]);
        let tag = app.get(&path).await.etag();
        let sends = (0..20).map(|i| {
            let mut doc = example_sheet(0, fund_id);
            doc["overall_goal"] = json!(format!("目标 {i}"));
            let path = path.clone();
            let tag = tag.clone();
            let app = &app;
            async move { (i, app.put(&path, &doc, Some(&tag)).await) }
        });
        let results = futures_util::future::join_all(sends).await;
        let winners: Vec<usize> = results.iter().filter(|(_, r)| r.status == 200).map(|(i, _)| *i).collect();
        assert_eq!(winners.len(), 1, "exactly one update wins");
        for (_, res) in results.iter().filter(|(_, r)| r.status != 200) {
            res.problem(412, "PRECONDITION_FAILED");
        }
        let stored = app.get(&path).await.json();
        let goal = format!("目标 {}", winners[0]);
        assert_eq!(stored["overall_goal"], goal);
        assert_eq!(stored["version"], 2);
        // No lost update: the history has the creation and the one winning write.
        let history = app.get(&format!("{path}/revisions")).await.json();
        let items = history["items"].as_array().unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[1]["version"], 2);
        let r2 = app.get(&format!("{path}/revisions/2")).await.json();
        assert_eq!(r2["snapshot"]["overall_goal"], goal);
        assert_eq!(r2["snapshot"], stored);
    }

    async fn tokens_are_managed_by_administrators(app: TestApp) {
        let res = app
            .post("/api/v1/tokens", &json!({"name": "株洲市商务局", "role": "SUBMITTER", "regions": [ZHUZHOU, ZHUZHOU]}))
            .await;
        let created = ok(&res, 201);
        let token = created["token"].as_str().unwrap().to_string();
        assert!(token.starts_with("pt_") && token.len() == 67);
        assert_eq!(created["regions"], json!([ZHUZHOU]));
        assert_eq!(created["created_by"], "test admin");
        assert_eq!(res.header("location"), Some(format!("/api/v1/tokens/{}", created["id"]).as_str()));
        assert_eq!(res.header("cache-control"), Some("no-store"));
        let id = created["id"].as_i64().unwrap();
        let listed = app.get("/api/v1/tokens").await.json();
        assert!(!listed.to_string().contains(&token), "lists never show tokens");
        assert!(listed["items"].as_array().unwrap().iter().any(|t| t["id"] == id && t["revoked_at"].is_null()));
        let one = app.get(&format!("/api/v1/tokens/{id}")).await.json();
        assert!(one.get("token").is_none());

        // The new token works, and says who it is.
        let me = app
            .send_as_is(TestRequest::get().uri("/api/v1/me").insert_header(("authorization", format!("Bearer {token}"))))
            .await
            .json();
        assert_eq!(me, json!({"token_id": id, "name": "株洲市商务局", "role": "SUBMITTER", "regions": [ZHUZHOU]}));

        // Bad requests change nothing.
        let before = app.get("/api/v1/tokens").await.json();
        let cases = [
            (json!({"role": "READER"}), "REQUIRED", "/name"),
            (json!({"name": "a"}), "REQUIRED", "/role"),
            (json!({"name": "a", "role": "SUBMITTER"}), "INVALID_REGION_SCOPE", "/regions"),
            (json!({"name": "a", "role": "READER", "regions": [ZHUZHOU]}), "INVALID_REGION_SCOPE", "/regions"),
            (json!({"name": "a", "role": "SUBMITTER", "regions": ["439999"]}), "UNKNOWN_REGION", "/regions/0"),
            (json!({"name": "a\u{0}b", "role": "READER"}), "CONTROL_CHARACTER", "/name"),
            (json!({"name": "x".repeat(101), "role": "READER"}), "TOO_LONG", "/name"),
        ];
        for (body, code, path) in cases {
            let p = app.post("/api/v1/tokens", &body).await.problem(422, "VALIDATION_FAILED");
            assert_eq!((p["errors"][0]["code"].as_str(), p["errors"][0]["path"].as_str()), (Some(code), Some(path)), "{body}");
        }
        app.post("/api/v1/tokens", &json!({"name": "a", "role": "ROOT"})).await.problem(400, "INVALID_BODY");
        app.post("/api/v1/tokens", &json!({"name": "a", "role": "READER", "expires": 1})).await.problem(400, "INVALID_BODY");
        let p = app.post("/api/v1/tokens", &json!({"name": "株洲市商务局", "role": "READER"})).await.problem(409, "TOKEN_EXISTS");
        assert_eq!(p["errors"][0]["code"], "TOKEN_EXISTS");
        assert_eq!(app.get("/api/v1/tokens").await.json(), before);

        // Revoked: it stops working at once; its name is free again; revoking twice is fine.
        assert_eq!(app.delete(&format!("/api/v1/tokens/{id}"), None).await.status, 204);
        assert_eq!(app.delete(&format!("/api/v1/tokens/{id}"), None).await.status, 204);
        app.send_as_is(TestRequest::get().uri("/api/v1/me").insert_header(("authorization", format!("Bearer {token}"))))
            .await
            .problem(401, "UNAUTHENTICATED");
        assert!(!app.get(&format!("/api/v1/tokens/{id}")).await.json()["revoked_at"].is_null());
        ok(&app.post("/api/v1/tokens", &json!({"name": "株洲市商务局", "role": "READER"})).await, 201);
        app.get("/api/v1/tokens/999999").await.problem(404, "TOKEN_NOT_FOUND");

        // The last administrator token stays.
        let mine = app.get("/api/v1/me").await.json()["token_id"].as_i64().unwrap();
        app.delete(&format!("/api/v1/tokens/{mine}"), None).await.problem(409, "LAST_ADMIN_TOKEN");
        let second = ok(&app.post("/api/v1/tokens", &json!({"name": "second admin", "role": "ADMIN"})).await, 201);
        assert_eq!(app.delete(&format!("/api/v1/tokens/{mine}"), None).await.status, 204);
        app.get("/api/v1/me").await.problem(401, "UNAUTHENTICATED");
        let me = app
            .send_as_is(TestRequest::get().uri("/api/v1/me").insert_header(("authorization", format!("Bearer {}", second["token"].as_str().unwrap()))))
            .await
            .json();
        assert_eq!(me["role"], "ADMIN");

        // Only administrators manage tokens.
        for role in [Role::Reader, Role::Reviewer, zhuzhou()] {
            app.as_role(role);
            app.get("/api/v1/tokens").await.problem(403, "FORBIDDEN");
            app.get(&format!("/api/v1/tokens/{id}")).await.problem(403, "FORBIDDEN");
            app.delete(&format!("/api/v1/tokens/{id}"), None).await.problem(403, "FORBIDDEN");
            app.post("/api/v1/tokens", &json!({"name": "z", "role": "ADMIN"})).await.problem(403, "FORBIDDEN");
        }
    }

    async fn tokens_are_stored_only_as_hashes(app: TestApp) {
        let mut tokens = vec![app.token(&Role::Admin).unwrap(), app.token(&zhuzhou()).unwrap()];
        for i in 0..3 {
            let res = app.post("/api/v1/tokens", &json!({"name": format!("t{i}"), "role": "READER"})).await;
            tokens.push(ok(&res, 201)["token"].as_str().unwrap().to_string());
        }
        app.load_example().await;
        let stored = app.stored_text();
        assert!(stored.contains("test admin"), "the search does read the stored data");
        for token in &tokens {
            assert!(!stored.contains(token.as_str()), "token stored in clear");
            assert!(!stored.contains(&token[3..]), "token stored in clear");
            assert!(stored.contains(&perf_targets::http::auth::hash_token(token)), "its hash is stored");
        }
    }

    async fn submitters_upload_only_their_regions_and_only_editable_sheets(app: TestApp) {
        assert_eq!(app.post("/api/v1/funds", &example()["fund"]).await.status, 201);
        let fund_id = app.get("/api/v1/funds").await.json()["items"][0]["id"].as_i64().unwrap();
        let sheets: Vec<Value> = (0..13).map(|i| example_sheet(i, fund_id)).collect();
        let body = serde_json::to_vec(&sheets).unwrap();
        app.as_role(zhuzhou());
        let p = app.upload("", "application/json", body.clone()).await.problem(422, "IMPORT_FAILED");
        assert_eq!(p["summary"]["failed"], 12);
        assert_eq!(error_codes(&p["summary"]["items"][1]["issues"]), ["REGION_NOT_PERMITTED"]);
        let summary = ok(&app.upload("?mode=partial", "application/json", body.clone()).await, 200);
        assert_eq!((summary["created"].as_i64(), summary["failed"].as_i64()), (Some(1), Some(12)));
        let id = summary["items"][0]["sheet_id"].as_i64().unwrap();
        let history = app.get(&format!("/api/v1/sheets/{id}/revisions")).await.json();
        assert_eq!(history["items"][0]["action"], "CREATE");
        assert_eq!(history["items"][0]["actor"]["name"], "test submitter 430200");
        let r1 = app.get(&format!("/api/v1/sheets/{id}/revisions/1")).await.json();
        assert_eq!(r1["snapshot"], app.get(&format!("/api/v1/sheets/{id}")).await.json(), "the snapshot is the stored sheet");

        // Submitted: the same content again is unchanged; a change is refused for that item.
        ok(&step(&app, id, "submit", None, None).await, 200);
        let only = serde_json::to_vec(&[&sheets[0]]).unwrap();
        let summary = ok(&app.upload("", "application/json", only).await, 200);
        assert_eq!(summary["unchanged"], 1);
        let mut changed = sheets[0].clone();
        changed["matching_funds"] = json!("1");
        let p = app
            .upload("", "application/json", serde_json::to_vec(&[changed]).unwrap())
            .await
            .problem(422, "IMPORT_FAILED");
        assert_eq!(error_codes(&p["summary"]["items"][0]["issues"]), ["SHEET_NOT_EDITABLE"]);
        // Readers and reviewers do not upload.
        for role in [Role::Reader, Role::Reviewer] {
            app.as_role(role);
            app.upload("?dry_run=true", "application/json", body.clone()).await.problem(403, "FORBIDDEN");
        }
        // An administrator's update of an approved sheet through a bulk upload is refused too.
        app.as_role(Role::Admin);
        ok(&step(&app, id, "approve", None, None).await, 200);
        let mut changed = sheets[0].clone();
        changed["overall_goal"] = json!("x");
        let p = app
            .upload("", "application/json", serde_json::to_vec(&[changed]).unwrap())
            .await
            .problem(422, "IMPORT_FAILED");
        assert_eq!(error_codes(&p["summary"]["items"][0]["issues"]), ["SHEET_NOT_EDITABLE"]);
    }

    async fn a_submitter_for_two_regions_writes_both_and_no_other(app: TestApp) {
        let (fund_id, ids) = app.load_example().await;
        let third = app.get(&format!("/api/v1/sheets/{}", ids[2])).await.json();
        let third_region = third["region_code"].as_str().unwrap().to_string();
        assert!(![ZHUZHOU, XIANGTAN].contains(&third_region.as_str()));
        app.as_role(Role::Submitter(vec![ZHUZHOU.into(), XIANGTAN.into()]));
        let me = app.get("/api/v1/me").await.json();
        assert_eq!(me["regions"], json!([ZHUZHOU, XIANGTAN]));

        // A bulk upload with all three: only the other region's item fails, and atomically
        // nothing is saved.
        let before = state(&mut app, &ids).await;
        let mut items: Vec<Value> = (0..3).map(|i| example_sheet(i, fund_id)).collect();
        for item in &mut items {
            item["overall_goal"] = json!("批量修改");
        }
        let body = serde_json::to_vec(&items).unwrap();
        let p = app.upload("", "application/json", body.clone()).await.problem(422, "IMPORT_FAILED");
        let codes: Vec<Vec<String>> = p["summary"]["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| error_codes(&item["issues"]))
            .collect();
        assert_eq!(codes, [vec![], vec![], vec!["REGION_NOT_PERMITTED".to_string()]], "{p}");
        assert_eq!(state(&mut app, &ids).await, before);
        // Any other region: refused, naming the regions it may write, and nothing changes.
        let third_path = format!("/api/v1/sheets/{}", ids[2]);
        let p = app.patch(&third_path, &json!({"overall_goal": "x"}), None).await.problem(403, "FORBIDDEN");
        let detail = p["detail"].as_str().unwrap();
        assert!(detail.contains(ZHUZHOU) && detail.contains(XIANGTAN), "{p}");
        step(&app, ids[2], "submit", None, None).await.problem(403, "FORBIDDEN");
        app.delete(&third_path, None).await.problem(403, "FORBIDDEN");
        assert_eq!(state(&mut app, &ids).await, before);

        // Both of its regions: saved by a partial upload, edited and submitted.
        let summary = ok(&app.upload("?mode=partial", "application/json", body).await, 200);
        assert_eq!((summary["updated"].as_i64(), summary["failed"].as_i64()), (Some(2), Some(1)), "{summary}");
        for (i, id) in [ids[0], ids[1]].into_iter().enumerate() {
            let path = format!("/api/v1/sheets/{id}");
            let edited = ok(&app.patch(&path, &json!({"matching_funds": format!("{}", 200 + i)}), None).await, 200);
            assert_eq!((edited["version"].as_i64(), edited["overall_goal"].as_str()), (Some(3), Some("批量修改")));
            assert_eq!(ok(&step(&app, id, "submit", None, None).await, 200)["status"], "SUBMITTED");
        }
        let third_now = app.get(&third_path).await.json();
        assert_eq!((third_now["version"].as_i64(), third_now["status"].as_str()), (Some(1), Some("DRAFT")));
    }

    // Access is decided on the path as the router reads it: percent-encoding a letter of the
    // path reaches the same operation and needs the same token.
    async fn every_operation_needs_its_token_however_the_path_is_spelled(app: TestApp) {
        app.load_example().await;
        let spec: Value = serde_json::from_str(&perf_targets::http::app::openapi_json()).unwrap();
        let encode = |path: &str, which: &dyn Fn(usize, usize) -> bool| -> String {
            path.split('/')
                .map(|segment| {
                    segment
                        .chars()
                        .enumerate()
                        .map(|(i, c)| {
                            if c.is_ascii_alphabetic() && which(i, segment.len()) {
                                format!("%{:02X}", c as u32)
                            } else {
                                c.to_string()
                            }
                        })
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join("/")
        };
        let mut checked = 0;
        for (template, item) in spec["paths"].as_object().unwrap() {
            let path = with_ids(template, "1");
            for (method, op) in item.as_object().unwrap() {
                let secured = op["security"].as_array().is_some_and(|s| !s.is_empty());
                let method = Method::from_bytes(method.to_ascii_uppercase().as_bytes()).unwrap();
                let spellings = [
                    path.clone(),
                    encode(&path, &|i, _| i == 0),
                    encode(&path, &|_, _| true),
                    // the last letter of each segment, in lower-case hex
                    encode(&path, &|i, n| i + 1 == n).to_ascii_lowercase(),
                ];
                for uri in spellings {
                    let res = app.send_as_is(TestRequest::default().method(method.clone()).uri(&uri)).await;
                    if secured {
                        res.problem(401, "UNAUTHENTICATED");
                    } else {
                        assert_ne!(res.status, 401, "{method} {uri}");
                        assert_ne!(res.status, 404, "{method} {uri} reaches its operation");
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked > 100, "{checked}");
        // Paths under /api/v1 that name no operation need a token too; outside it, nothing does.
        for uri in ["/api/v1/nothing", "/api/v1/%6Eothing", "/api/v1", "/api/v1/sheets/1/x", "/api/v1/sheets%2F1"] {
            app.send_as_is(TestRequest::get().uri(uri)).await.problem(401, "UNAUTHENTICATED");
        }
        assert_eq!(app.send_as_is(TestRequest::get().uri("/%68ealthz")).await.status, 200);
        app.send_as_is(TestRequest::get().uri("/nothing")).await.problem(404, "ROUTE_NOT_FOUND");
        // With a token, an encoded path is the same operation.
        assert_eq!(app.get("/api/v1/%73heets/1").await.json(), app.get("/api/v1/sheets/1").await.json());
        app.get("/api/v1/%73heets/validate").await.problem(405, "METHOD_NOT_ALLOWED");
        app.get("/api/v1/nothing").await.problem(404, "ROUTE_NOT_FOUND");
    }

    // A role that may not do something at all is told so first: before its body, its media
    // type, its query or the resource is looked at.
    async fn a_role_is_refused_before_its_request_is_read(app: TestApp) {
        app.load_example().await;
        let spec: Value = serde_json::from_str(&perf_targets::http::app::openapi_json()).unwrap();
        let mut refused = Vec::new();
        app.as_role(Role::Reader);
        for (template, item) in spec["paths"].as_object().unwrap() {
            let path = with_ids(template, "999999");
            for (method, op) in item.as_object().unwrap() {
                let id = op["operationId"].as_str().unwrap();
                // Everything a reader may do reads; the POSTs among them check a body.
                if method == "get" || ["validateSheet", "parseTarget", "validateReport", "scoreEvaluation"].contains(&id) {
                    continue;
                }
                let method = Method::from_bytes(method.to_ascii_uppercase().as_bytes()).unwrap();
                let req = TestRequest::default()
                    .method(method)
                    .uri(&format!("{path}?no_such_parameter=1"))
                    .insert_header(("content-type", "text/plain"))
                    .insert_header(("if-match", "\"1\""))
                    .set_payload("{not json");
                app.send(req).await.problem(403, "FORBIDDEN");
                refused.push(id.to_string());
            }
        }
        refused.sort();
        assert_eq!(
            refused,
            [
                "approveEvaluation", "approveReport", "approveSheet", "bulkUploadEvaluations",
                "bulkUploadReports", "bulkUploadSheets",
                "createFund", "createSheet", "createToken", "deleteEvaluation", "deleteFund",
                "deleteReport", "deleteSheet", "patchFund", "patchSheet", "putEvaluation",
                "putReport", "reopenEvaluation", "reopenReport", "reopenSheet", "replaceFund",
                "replaceSheet", "returnEvaluation", "returnReport", "returnSheet", "revokeToken",
                "submitEvaluation", "submitReport", "submitSheet"
            ]
        );
    }

    async fn the_database_refuses_to_change_or_remove_revisions(app: TestApp) {
        use diesel::connection::SimpleConnection;
        let (_, ids) = app.load_example().await;
        let path = format!("/api/v1/sheets/{}", ids[0]);
        ok(&app.patch(&path, &json!({"matching_funds": "120"}), None).await, 200);
        let before = state(&mut app, &ids).await;
        let mut statements = vec![
            "UPDATE sheet_revisions SET reason = 'rewritten'",
            "UPDATE sheet_revisions SET snapshot = '{}' WHERE version = 2",
            "DELETE FROM sheet_revisions WHERE version = 2",
            "DELETE FROM sheet_revisions",
        ];
        if app.backend() == Backend::Postgres {
            statements.push("TRUNCATE sheet_revisions");
        }
        for sql in statements {
            let err = app.db.conn().unwrap().batch_execute(sql).expect_err(sql);
            assert!(err.to_string().contains("immutable"), "{sql}: {err}");
        }
        assert_eq!(state(&mut app, &ids).await, before);
        // Writing through the service still records history.
        ok(&step(&app, ids[0], "submit", None, None).await, 200);
        let history = app.get(&format!("{path}/revisions")).await.json();
        assert_eq!(history["items"].as_array().unwrap().len(), 3);
    }

    async fn idempotency_keys_belong_to_their_token(app: TestApp) {
        assert_eq!(app.post("/api/v1/funds", &example()["fund"]).await.status, 201);
        let fund_id = app.get("/api/v1/funds").await.json()["items"][0]["id"].as_i64().unwrap();
        let body = serde_json::to_vec(&[example_sheet(0, fund_id)]).unwrap();
        let request = |app: &TestApp| {
            let token = app.token(&app.current_role()).unwrap();
            TestRequest::post()
                .uri("/api/v1/sheets/bulk")
                .insert_header(("content-type", "application/json"))
                .insert_header(("idempotency-key", "k-1"))
                .insert_header(("authorization", format!("Bearer {token}")))
                .set_payload(body.clone())
        };
        ok(&app.send_as_is(request(&app)).await, 200);
        app.as_role(zhuzhou());
        app.send_as_is(request(&app)).await.problem(422, "IDEMPOTENCY_KEY_REUSED");
    }
}

db_tests! {
    // Limits are per token: over the rate, 429 with `Retry-After`; another token is unaffected.
    async fn rate_limits_answer_429_with_retry_after(app: TestApp) {
    let backend = app.backend();
    drop(app);
    let http = HttpSettings {
        auth: AuthSettings {
            requests_per_second: 1,
            request_burst: 2,
            upload_mib_per_minute: 1,
            ..AuthSettings::default()
        },
        ..HttpSettings::default()
    };
    let mut app = TestApp::with_http(backend, http).await;
    assert_eq!(app.get("/api/v1/sheets").await.status, 200);
    assert_eq!(app.get("/api/v1/sheets").await.status, 200);
    let res = app.get("/api/v1/sheets").await;
    res.problem(429, "RATE_LIMITED");
    let wait: u64 = res.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=2).contains(&wait), "{wait}");
    // Public operations are not counted; another token has its own allowance.
    assert_eq!(app.get("/api/v1/taxonomy").await.status, 200);
    app.as_role(Role::Reader);
    assert_eq!(app.get("/api/v1/sheets").await.status, 200);
    // Upload volume: 1 MiB a minute.
    app.as_role(zhuzhou());
    let big = vec![b' '; 700 * 1024];
    let mut body = b"[]".to_vec();
    body.extend_from_slice(&big);
    assert_eq!(
        app.upload("?dry_run=true", "application/json", body.clone())
            .await
            .status,
        200
    );
    let res = app.upload("?dry_run=true", "application/json", body).await;
    res.problem(429, "RATE_LIMITED");
    assert!(res.header("retry-after").is_some());
    }

    // With access control disabled, no token is asked for and changes are recorded as anonymous.
    async fn disabled_access_control_asks_for_no_token(app: TestApp) {
    let backend = app.backend();
    drop(app);
    let http = HttpSettings {
        auth: AuthSettings {
            mode: AuthMode::Disabled,
            ..AuthSettings::default()
        },
        ..HttpSettings::default()
    };
    let mut app = TestApp::with_http(backend, http).await;
    app.as_role(Role::Anonymous);
    let (_, ids) = app.load_example().await;
    let history = app
        .get(&format!("/api/v1/sheets/{}/revisions", ids[0]))
        .await
        .json();
    assert_eq!(
        history["items"][0]["actor"]["name"],
        "anonymous (access control disabled)"
    );
    assert_eq!(
        app.call(Method::GET, "/api/v1/me").await.json()["role"],
        "ADMIN"
    );
}
}
