//! Hostile and broken bodies, sent to every operation that takes one: each answer is a 4xx
//! problem response, and nothing stored changes. Run on both backends.

use actix_web::http::Method;
use actix_web::test::TestRequest;
use serde_json::{json, Value};

use crate::common::*;

/// A body to send: what it is, its media type (`None`: no `Content-Type`), its bytes, and
/// whether it is also broken for an operation whose body may be left out (an empty body and
/// JSON `null` mean "no body" there).
struct Body {
    name: String,
    media: Option<&'static str>,
    bytes: Vec<u8>,
    broken_when_optional: bool,
}

fn body(name: &str, media: Option<&'static str>, bytes: impl Into<Vec<u8>>) -> Body {
    Body {
        name: name.to_string(),
        media,
        bytes: bytes.into(),
        broken_when_optional: true,
    }
}

fn json_body(name: &str, bytes: impl Into<Vec<u8>>) -> Body {
    body(name, Some("application/json"), bytes)
}

fn nested(depth: usize, open: &str, close: &str) -> String {
    format!("{}{}", open.repeat(depth), close.repeat(depth))
}

/// Bodies broken for every operation, whatever its document: not JSON, the wrong JSON, unknown
/// fields, wrong types, impossible numbers, deep nesting, huge strings and arrays, NUL bytes,
/// invalid UTF-8, SQL and script fragments, the wrong media types, too many bytes.
fn corpus() -> Vec<Body> {
    let mut all = vec![
        Body {
            broken_when_optional: false,
            ..json_body("empty", "")
        },
        json_body("whitespace then garbage", "   x"),
        json_body("open brace", "{"),
        json_body("truncated object", r#"{"fund_id": 1, "region_code": "4302"#),
        json_body("truncated array", "[1, 2"),
        json_body("missing colon", r#"{"name" "x"}"#),
        json_body("single quotes", "{'name': 'x'}"),
        json_body("trailing comma", r#"{"name": "x",}"#),
        json_body("two documents", r#"{"reason": "a"} {"reason": "b"}"#),
        json_body("extra closing brace", r#"{"reason": "a"}}"#),
        json_body("comment", r#"{"reason": "a" /* x */}"#),
        Body {
            broken_when_optional: false,
            ..json_body("null", "null")
        },
        json_body("true", "true"),
        json_body("number", "42"),
        json_body("string", r#""{\"reason\": \"a\"}""#),
        json_body("array of null", "[null]"),
        json_body("array of numbers", "[1, 2, 3]"),
        json_body("unknown field", r#"{"reason": "a", "is_admin": true}"#),
        json_body("prototype pollution", r#"{"__proto__": {"role": "ADMIN"}}"#),
        json_body("SQL in a key", r#"{"name'; DROP TABLE sheets; --": 1}"#),
        json_body("script in a key", r#"{"<script>alert(1)</script>": 1}"#),
        json_body(
            "reason of the wrong type",
            r#"{"reason": ["a"], "role": 7}"#,
        ),
        json_body("NaN", r#"{"provincial_funds": NaN}"#),
        json_body("Infinity", r#"{"provincial_funds": -Infinity}"#),
        json_body("1e309", r#"{"provincial_funds": 1e309, "reason": 1e309}"#),
        json_body(
            "huge integer",
            r#"{"fund_id": 123456789012345678901234567890}"#,
        ),
        json_body("negative id as text", r#"{"fund_id": "-1 OR 1=1"}"#),
        json_body("deep arrays", nested(100_000, "[", "]")),
        json_body(
            "deep objects",
            format!("{}1{}", r#"{"a":"#.repeat(50_000), "}".repeat(50_000)),
        ),
        json_body("NUL byte in a key", b"{\"rea\0son\": \"a\"}".to_vec()),
        json_body(
            "raw NUL in a string",
            b"{\"reason\": \"a\0b\", \"x\": 1}".to_vec(),
        ),
        json_body("invalid UTF-8", b"{\"reason\": \"\xff\xfe\"}".to_vec()),
        json_body("lone surrogate", r#"{"reason": "\ud800", "x": 1}"#),
        json_body("overlong UTF-8", b"{\"reason\": \"\xc0\xaf\"}".to_vec()),
        json_body(
            "UTF-16 body",
            "{\"reason\": \"a\"}"
                .encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect::<Vec<u8>>(),
        ),
        json_body("only a BOM", "\u{feff}"),
        json_body(
            "huge string with an unknown field",
            format!(r#"{{"x": "{}"}}"#, "汉".repeat(200_000)),
        ),
        json_body("huge array", format!("[{}]", vec!["{}"; 300_000].join(","))),
        json_body(
            "two megabytes",
            format!(r#"{{"reason": "{}"}}"#, "a".repeat(2 * 1024 * 1024)),
        ),
        body(
            "form encoded",
            Some("application/x-www-form-urlencoded"),
            "reason=a&role=ADMIN",
        ),
        body("XML", Some("application/xml"), "<reason>a</reason>"),
        body(
            "multipart",
            Some("multipart/form-data; boundary=x"),
            "--x\r\n\r\na\r\n--x--",
        ),
        body("no media type", None, r#"{"reason": "a", "x": 1}"#),
        body(
            "JSON media type with a bad charset",
            Some("application/json; charset=latin1"),
            b"{\"reason\": \"\xe9\", \"x\": 1}".to_vec(),
        ),
        body("image", Some("image/png"), b"\x89PNG\r\n\x1a\n".to_vec()),
    ];
    // A merge patch that would remove the whole document (no body, where a body is optional).
    all.push(Body {
        broken_when_optional: false,
        ..body(
            "merge patch of null",
            Some("application/merge-patch+json"),
            "null",
        )
    });
    all
}

/// Every operation that takes a body, with the path to send it to.
fn operations(fund: i64, sheet: i64) -> Vec<(Method, String, bool)> {
    let s = |p: &str| format!("/api/v1/sheets/{sheet}{p}");
    vec![
        (Method::POST, "/api/v1/funds".into(), false),
        (Method::PUT, format!("/api/v1/funds/{fund}"), false),
        (Method::PATCH, format!("/api/v1/funds/{fund}"), false),
        (Method::POST, "/api/v1/sheets".into(), false),
        (Method::PUT, s(""), false),
        (Method::PATCH, s(""), false),
        (Method::POST, "/api/v1/sheets/validate".into(), false),
        (Method::POST, "/api/v1/targets/parse".into(), false),
        (Method::POST, "/api/v1/sheets/bulk".into(), false),
        (Method::POST, "/api/v1/tokens".into(), false),
        (Method::POST, s("/submit"), true),
        (Method::POST, s("/approve"), true),
        (Method::POST, s("/return"), true),
        (Method::POST, s("/reopen"), true),
    ]
}

/// Everything stored that the API shows, revisions and tokens included.
async fn everything(app: &TestApp, sheet: i64) -> Value {
    json!({
        "data": app.snapshot().await,
        "tokens": app.get("/api/v1/tokens?page_size=500").await.json(),
        "revisions": app.get(&format!("/api/v1/sheets/{sheet}/revisions?page_size=500")).await.json(),
    })
}

db_tests! {
    async fn hostile_bodies_are_refused_and_change_nothing(app: TestApp) {
        let (fund, ids) = app.load_example().await;
        let sheet = ids[0];
        let corpus = corpus();
        assert!(corpus.len() >= 40, "{} bodies", corpus.len());
        let before = everything(&app, sheet).await;
        for (method, path, optional) in operations(fund, sheet) {
            for b in &corpus {
                if optional && !b.broken_when_optional {
                    continue;
                }
                let mut req = TestRequest::default().method(method.clone()).uri(&path);
                if let Some(media) = b.media {
                    req = req.insert_header(("content-type", media));
                }
                let res = app.send(req.set_payload(b.bytes.clone())).await;
                let status = res.status.as_u16();
                assert!(
                    (400..500).contains(&status),
                    "{method} {path} with {}: {status} {}",
                    b.name,
                    String::from_utf8_lossy(&res.body[..res.body.len().min(300)])
                );
                assert_eq!(
                    res.header("content-type"),
                    Some("application/problem+json"),
                    "{method} {path} with {}",
                    b.name
                );
                let problem = res.json();
                assert_eq!(problem["status"], status, "{method} {path} with {}", b.name);
                assert!(problem["code"].as_str().is_some_and(|c| !c.is_empty()));
                assert!(!problem.to_string().contains("panicked"));
            }
            assert_eq!(everything(&app, sheet).await, before, "{method} {path} changed something");
        }
    }

    async fn sql_and_script_fragments_are_kept_as_text(app: TestApp) {
        // Valid documents carrying them are stored verbatim and harm nothing.
        let name = "x'); DROP TABLE sheets; -- <script>alert(1)</script>";
        let res = app.post("/api/v1/funds", &json!({"name": name, "year": 2024})).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        let fund = res.json();
        assert_eq!(fund["name"], name);
        let mut sheet = example_sheet(0, fund["id"].as_i64().unwrap());
        // (No list separator in a department name: `;` would make it two departments.)
        sheet["departments"] = json!(["株洲市商务局\" OR '1'='1' DELETE FROM indicators --"]);
        sheet["overall_goal"] = json!("<img src=x onerror=alert(1)>");
        let res = app.post("/api/v1/sheets", &sheet).await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        let stored = app.get(&format!("/api/v1/sheets/{}", res.json()["id"])).await.json();
        assert_eq!(stored["departments"], sheet["departments"]);
        assert_eq!(stored["overall_goal"], sheet["overall_goal"]);
        assert_eq!(stored["indicators"].as_array().unwrap().len(), sheet["indicators"].as_array().unwrap().len());
        let listed = app.get("/api/v1/funds?year=2024").await.json();
        assert_eq!(listed["items"][0]["name"], name);
        // And in a query string.
        let res = app.get("/api/v1/sheets?region_code=430200%27%20OR%20%271%27%3D%271").await;
        assert_eq!(res.status, 200);
        assert_eq!(res.json()["items"], json!([]));
        let res = app.call(Method::GET, "/api/v1/sheets?fund_id=1%20OR%201=1").await;
        res.problem(400, "INVALID_QUERY");
    }
}
