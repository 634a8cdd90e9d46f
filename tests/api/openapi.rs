//! The committed spec is the generated one: regenerate with
//! `cargo run -- openapi > openapi/openapi.json` when this fails.

#[test]
fn committed_spec_matches_generated() {
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/openapi.json"))
            .expect("openapi/openapi.json exists");
    let generated = perf_targets::http::app::openapi_json();
    assert!(
        committed.trim_end() == generated.trim_end(),
        "openapi/openapi.json is stale: run `cargo run -- openapi > openapi/openapi.json`"
    );
}

#[test]
fn every_operation_has_an_ascii_id_and_documents_its_problems() {
    let spec: serde_json::Value =
        serde_json::from_str(&perf_targets::http::app::openapi_json()).unwrap();
    let paths = spec["paths"].as_object().unwrap();
    assert!(!paths.is_empty());
    for (path, item) in paths {
        assert!(
            path.starts_with("/api/v1/")
                || ["/healthz", "/readyz", "/metrics"].contains(&path.as_str()),
            "{path}"
        );
        for (method, op) in item.as_object().unwrap() {
            let id = op["operationId"]
                .as_str()
                .unwrap_or_else(|| panic!("{method} {path} has no id"));
            assert!(id.is_ascii(), "{id}");
            // What Swagger UI shows: a short summary (Chinese, then English) and the whole
            // description of the handler, not only its first paragraph.
            let summary = op["summary"].as_str().unwrap_or_default();
            assert!(
                summary.contains('(') && summary.ends_with(')'),
                "{id}: summary {summary:?}"
            );
            let description = op["description"].as_str().unwrap_or_default();
            assert!(
                description.len() > 20 && description != summary,
                "{id}: no description"
            );
            let responses = op["responses"].as_object().unwrap();
            for status in ["400", "500"] {
                let problem =
                    &responses[status]["content"]["application/problem+json"]["schema"]["$ref"];
                assert_eq!(
                    problem, "#/components/schemas/Problem",
                    "{method} {path} {status}"
                );
            }
        }
    }
}

#[test]
fn issue_codes_are_an_enum_of_the_codes_sent() {
    let spec: serde_json::Value =
        serde_json::from_str(&perf_targets::http::app::openapi_json()).unwrap();
    let listed: Vec<&str> = spec["components"]["schemas"]["IssueCode"]["enum"]
        .as_array()
        .expect("IssueCode is an enum")
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let codes: Vec<&str> = perf_targets::domain::IssueCode::ALL
        .iter()
        .map(|c| c.as_str())
        .collect();
    assert_eq!(listed, codes);
    assert_eq!(
        spec["components"]["schemas"]["Issue"]["properties"]["code"]["anyOf"],
        serde_json::json!([{"$ref": "#/components/schemas/IssueCode"}, {"type": "string"}]),
        "an open enum: the known codes, or any string a later version may add"
    );
}

#[test]
fn problem_codes_are_an_open_enum_of_the_codes_sent() {
    let spec: serde_json::Value =
        serde_json::from_str(&perf_targets::http::app::openapi_json()).unwrap();
    let listed: Vec<&str> = spec["components"]["schemas"]["ProblemCode"]["enum"]
        .as_array()
        .expect("ProblemCode is an enum")
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let codes: Vec<&str> = perf_targets::error::ProblemCode::ALL
        .iter()
        .map(|c| c.as_str())
        .collect();
    assert_eq!(listed, codes);
    assert_eq!(
        spec["components"]["schemas"]["Problem"]["properties"]["code"]["anyOf"],
        serde_json::json!([{"$ref": "#/components/schemas/ProblemCode"}, {"type": "string"}]),
        "an open enum: the known codes, or any string a later version may add"
    );
}

#[test]
fn every_reference_resolves() {
    let spec: serde_json::Value =
        serde_json::from_str(&perf_targets::http::app::openapi_json()).unwrap();
    let text = spec.to_string();
    let prefix = "\"$ref\":\"#";
    let mut refs = 0;
    for (at, _) in text.match_indices(prefix) {
        let rest = &text[at + prefix.len()..];
        let pointer = &rest[..rest.find('"').unwrap()];
        assert!(
            spec.pointer(pointer).is_some(),
            "unresolvable $ref to #{pointer}"
        );
        refs += 1;
    }
    assert!(refs > 100, "{refs}");
}

#[test]
fn every_operation_but_the_public_ones_asks_for_a_bearer_token() {
    let spec: serde_json::Value =
        serde_json::from_str(&perf_targets::http::app::openapi_json()).unwrap();
    let scheme = &spec["components"]["securitySchemes"]["bearer_token"];
    assert_eq!(scheme["type"], "http");
    assert_eq!(scheme["scheme"], "bearer");
    let mut public = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let id = op["operationId"].as_str().unwrap();
            let security = op
                .get("security")
                .unwrap_or_else(|| panic!("{id} says nothing of security"));
            if security == &serde_json::json!([]) {
                public.push(id.to_string());
                assert!(op["responses"].get("401").is_none(), "{id}");
                continue;
            }
            assert_eq!(security, &serde_json::json!([{"bearer_token": []}]), "{id}");
            for status in ["401", "429", "503"] {
                assert_eq!(
                    op["responses"][status]["content"]["application/problem+json"]["schema"]
                        ["$ref"],
                    "#/components/schemas/Problem",
                    "{method} {path} {status}"
                );
            }
            for status in ["429", "503"] {
                assert!(
                    op["responses"][status]["headers"]["Retry-After"].is_object(),
                    "{id} {status}"
                );
            }
        }
    }
    public.sort();
    assert_eq!(
        public,
        [
            "getTaxonomy",
            "healthz",
            "listRegions",
            "metrics",
            "parseTarget",
            "readyz"
        ]
    );
}

use crate::common::spec::{document, resolve, validate};

/// Every `(operation id, status, response)` of the document.
fn responses() -> Vec<(String, String, &'static serde_json::Value)> {
    let doc = document();
    let mut all = Vec::new();
    for item in doc["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            let id = op["operationId"].as_str().unwrap().to_string();
            for (status, response) in op["responses"].as_object().unwrap() {
                all.push((id.clone(), status.clone(), resolve(doc, response)));
            }
        }
    }
    all
}

#[test]
fn every_problem_example_is_true_to_its_status_and_code() {
    let doc = document();
    let codes: Vec<&str> = perf_targets::error::ProblemCode::ALL
        .iter()
        .map(|c| c.as_str())
        .collect();
    let mut examples = 0;
    for (id, status, response) in responses() {
        let Some(problem) = response["content"].get("application/problem+json") else {
            assert!(
                !status.starts_with('4') && !status.starts_with('5'),
                "{id} {status}"
            );
            continue;
        };
        let listed = problem["examples"]
            .as_object()
            .unwrap_or_else(|| panic!("{id} {status}"));
        assert!(!listed.is_empty(), "{id} {status} has no example");
        let description = response["description"].as_str().unwrap();
        for (key, example) in listed {
            let value = &example["value"];
            assert_eq!(
                value["status"].as_u64().map(|s| s.to_string()).as_deref(),
                Some(status.as_str()),
                "{id} {status} {key}"
            );
            assert_eq!(
                value["code"],
                key.as_str(),
                "{id} {status}: the example named {key}"
            );
            assert!(
                codes.contains(&key.as_str()),
                "{id} {status}: {key} is not in the ProblemCode enum"
            );
            assert_eq!(
                perf_targets::http::problem::status_of(
                    serde_json::from_value(value["code"].clone()).unwrap()
                )
                .as_u16()
                .to_string(),
                status,
                "{id}: {key} under {status}"
            );
            assert!(
                description.contains(&format!("`{key}`")),
                "{id} {status}: the description names {key}"
            );
            if let Err(e) = validate(doc, &problem["schema"], value, "") {
                panic!("{id} {status} {key}: {e}");
            }
            examples += 1;
        }
    }
    assert!(examples > 100, "{examples}");
}

#[test]
fn every_example_validates_against_its_schema() {
    let doc = document();
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        if let Some(example) = schema.get("example") {
            if let Err(e) = validate(doc, schema, example, "") {
                panic!("the example of {name}: {e}");
            }
        }
    }
    let mut checked = 0;
    for item in doc["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            let id = op["operationId"].as_str().unwrap();
            let mut contents: Vec<&serde_json::Value> = op["requestBody"]["content"]
                .as_object()
                .map(|c| c.values().collect())
                .unwrap_or_default();
            for response in op["responses"].as_object().unwrap().values() {
                if let Some(c) = resolve(doc, response)["content"].as_object() {
                    contents.extend(c.values());
                }
            }
            for content in contents {
                if let Some(example) = content.get("example") {
                    if let Err(e) = validate(doc, &content["schema"], example, "") {
                        panic!("{id}: {e}");
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 10, "{checked}");
}

#[test]
fn headers_and_request_parameters_are_documented_everywhere() {
    let doc = document();
    for (id, status, response) in responses() {
        let headers = &response["headers"];
        assert!(
            headers["X-Request-Id"].is_object(),
            "{id} {status}: X-Request-Id"
        );
        if status == "429" || status == "503" {
            assert!(
                headers["Retry-After"].is_object(),
                "{id} {status}: Retry-After"
            );
        }
        if status == "201" {
            assert!(headers["Location"].is_object(), "{id} {status}: Location");
        }
        let body = response["content"]["application/json"]["schema"]["$ref"].as_str();
        if status.starts_with('2')
            && matches!(
                body,
                Some(
                    "#/components/schemas/Sheet"
                        | "#/components/schemas/Fund"
                        | "#/components/schemas/Report"
                        | "#/components/schemas/Evaluation"
                )
            )
        {
            assert!(headers["ETag"].is_object(), "{id} {status}: ETag");
        }
    }
    for item in doc["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            let names: Vec<&str> = op["parameters"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| resolve(doc, p)["name"].as_str().unwrap())
                .collect();
            for name in ["Accept-Language", "X-Request-Id"] {
                assert!(names.contains(&name), "{}: {name}", op["operationId"]);
            }
            let has_if_match = names.contains(&"If-Match");
            let answers_412 = op["responses"].get("412").is_some();
            assert_eq!(
                has_if_match, answers_412,
                "{}: If-Match and 412 go together",
                op["operationId"]
            );
        }
    }
    assert!(doc["servers"][0]["url"].is_string());
}

#[test]
fn files_are_binary_bodies_of_their_media_type() {
    // Every file body and download of every operation (sheets, reports, evaluations, printed
    // forms, the side-by-side workbook): binary, with its media type.
    const FILES: [&str; 3] = [
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "text/csv",
    ];
    let doc = document();
    let mut seen: Vec<String> = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let mut contents = vec![("request".to_string(), &op["requestBody"]["content"])];
            for (status, response) in op["responses"].as_object().unwrap() {
                contents.push((status.clone(), &response["content"]));
            }
            for (at, content) in contents {
                let Some(content) = content.as_object() else {
                    continue;
                };
                for (media, body) in content {
                    if !FILES.contains(&media.as_str()) {
                        continue;
                    }
                    let schema = &body["schema"];
                    let place = format!("{method} {path} {at} {media}");
                    assert_eq!(schema["type"], "string", "{place}");
                    assert_eq!(schema["format"], "binary", "{place}");
                    assert_eq!(schema["contentMediaType"], media.as_str(), "{place}");
                    seen.push(place);
                }
            }
        }
    }
    for expected in [
        "post /api/v1/sheets/bulk request application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "post /api/v1/monitoring/bulk request text/csv",
        "post /api/v1/self-evaluations/bulk request application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "get /api/v1/sheets/export 200 text/csv",
        "get /api/v1/sheets/{sheet_id}/self-evaluation/export 200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "get /api/v1/funds/{fund_id}/indicators 200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ] {
        assert!(seen.iter().any(|s| s == expected), "{expected} in {seen:?}");
    }
    assert_eq!(seen.len(), 17, "{seen:?}");
}

#[test]
fn every_operation_has_one_problem_table_entry() {
    let doc = document();
    let table = perf_targets::http::routes::problems();
    let mut ids: Vec<&str> = Vec::new();
    for item in doc["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            ids.push(op["operationId"].as_str().unwrap());
        }
    }
    for (name, _) in &table {
        assert!(
            ids.contains(name),
            "the problem table names {name}, which is no operation"
        );
    }
    for id in ids {
        assert_eq!(
            table.iter().filter(|(n, _)| *n == id).count(),
            1,
            "{id} in the problem table"
        );
    }
}

/// The check every integration test's answers go through refuses what the document does not
/// say.
mod the_answer_check {
    use actix_web::http::header::{HeaderMap, HeaderName, HeaderValue};
    use actix_web::http::{Method, StatusCode};
    use actix_web::web::Bytes;

    use crate::common::spec::check;
    use crate::common::Resp;

    fn answer(status: u16, headers: &[(&'static str, &str)], body: serde_json::Value) -> Resp {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.insert(
                HeaderName::from_static(name),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        Resp {
            status: StatusCode::from_u16(status).unwrap(),
            headers: map,
            body: Bytes::from(body.to_string()),
        }
    }

    fn problem(status: u16, code: &str) -> serde_json::Value {
        serde_json::json!({
            "type": "urn:perf-targets:problem:x", "title": "t", "status": status, "detail": "d",
            "instance": "/api/v1/tokens/2", "code": code, "request_id": "r"
        })
    }

    #[test]
    #[should_panic(expected = "which its 409 does not list")]
    fn a_code_the_operation_does_not_list() {
        let res = answer(
            409,
            &[
                ("content-type", "application/problem+json"),
                ("x-request-id", "r"),
            ],
            problem(409, "FUND_HAS_SHEETS"),
        );
        check(&Method::DELETE, "/api/v1/tokens/2", &res);
    }

    #[test]
    #[should_panic(expected = "which the spec does not document")]
    fn a_status_the_operation_does_not_document() {
        let res = answer(
            412,
            &[
                ("content-type", "application/problem+json"),
                ("x-request-id", "r"),
            ],
            problem(412, "PRECONDITION_FAILED"),
        );
        check(&Method::DELETE, "/api/v1/tokens/2", &res);
    }

    #[test]
    #[should_panic(expected = "sends the header etag")]
    fn a_header_the_response_does_not_document() {
        let res = answer(
            204,
            &[("x-request-id", "r"), ("etag", "\"2\"")],
            serde_json::Value::Null,
        );
        let res = Resp {
            body: Bytes::new(),
            ..res
        };
        check(&Method::DELETE, "/api/v1/tokens/2", &res);
    }

    #[test]
    #[should_panic(expected = "the required field version is missing")]
    fn a_required_field_missing() {
        let mut fund =
            crate::common::spec::document()["components"]["schemas"]["Fund"]["example"].clone();
        fund.as_object_mut().unwrap().remove("version");
        let res = answer(
            200,
            &[
                ("content-type", "application/json"),
                ("x-request-id", "r"),
                ("etag", "\"1\""),
            ],
            fund,
        );
        check(&Method::GET, "/api/v1/funds/1", &res);
    }

    #[test]
    fn a_documented_answer_passes() {
        let res = answer(
            409,
            &[
                ("content-type", "application/problem+json"),
                ("x-request-id", "r"),
            ],
            problem(409, "LAST_ADMIN_TOKEN"),
        );
        check(&Method::DELETE, "/api/v1/tokens/2", &res);
    }
}

#[test]
fn request_schemas_per_purpose_are_what_the_strict_reader_takes() {
    use perf_targets::domain::fund::{FundDocument, ScoringDocument};
    use perf_targets::domain::sheet::{IndicatorDocument, SheetDocument};
    use perf_targets::http::routes::workflow::StepRequest;
    use perf_targets::json::from_value;
    use serde_json::{json, Value};

    let doc = document();
    let schemas = &doc["components"]["schemas"];
    let required = |name: &str| -> Vec<&str> {
        schemas[name]["required"]
            .as_array()
            .map(|r| r.iter().map(|v| v.as_str().unwrap()).collect())
            .unwrap_or_default()
    };
    assert_eq!(
        required("SheetCreate"),
        [
            "fund_id",
            "region_code",
            "departments",
            "provincial_funds",
            "overall_goal",
            "indicators"
        ]
    );
    assert_eq!(
        required("SheetReplace"),
        [
            "departments",
            "provincial_funds",
            "overall_goal",
            "indicators"
        ]
    );
    assert!(required("SheetPatch").is_empty() && required("FundPatch").is_empty());
    assert!(
        required("SheetDocument").is_empty(),
        "validating takes any document"
    );
    assert_eq!(required("FundInput"), ["name", "year"]);
    for name in [
        "ReportInput",
        "ReportBulkItem",
        "EvaluationInput",
        "EvaluationBulkItem",
    ] {
        assert_eq!(required(name), ["executed_funds"], "{name}");
    }
    assert!(required("ReportDocument").is_empty() && required("EvaluationDocument").is_empty());
    assert_eq!(required("ScoringInput"), ["budget_execution", "level1"]);
    assert_eq!(required("ReasonRequest"), ["reason"]);
    assert_eq!(required("TokenRequest"), ["name", "role"]);
    // A patch may clear only what null clears.
    let nullable = |name: &str, field: &str| {
        let property = &schemas[name]["properties"][field];
        property["type"]
            .as_array()
            .is_some_and(|t| t.contains(&json!("null")))
            || property["oneOf"]
                .as_array()
                .is_some_and(|o| o.iter().any(|s| s["type"] == "null"))
    };
    for field in ["matching_funds", "matching_funds_note"] {
        assert!(nullable("SheetPatch", field), "{field}");
    }
    for field in [
        "departments",
        "provincial_funds",
        "overall_goal",
        "indicators",
        "fund_id",
    ] {
        assert!(
            !nullable("SheetPatch", field) && !nullable("SheetCreate", field),
            "{field}"
        );
    }

    // Every field a purpose names is one its document takes, and its example is read as it is.
    fn takes<T: serde::de::DeserializeOwned>(schemas: &Value, name: &str) {
        for field in schemas[name]["properties"].as_object().unwrap().keys() {
            if let Err(e) = from_value::<T>(json!({ field: null })) {
                panic!("{name}.{field} is not a field of its document: {e}");
            }
        }
        let example = &schemas[name]["example"];
        assert!(example.is_object(), "{name} has an example");
        if let Err(e) = from_value::<T>(example.clone()) {
            panic!("the example of {name} is refused: {e}");
        }
    }
    for name in [
        "SheetCreate",
        "SheetReplace",
        "SheetPatch",
        "SheetBulkItem",
        "SheetDocument",
    ] {
        takes::<SheetDocument>(schemas, name);
    }
    takes::<IndicatorDocument>(schemas, "IndicatorInput");
    for name in ["FundInput", "FundPatch"] {
        takes::<FundDocument>(schemas, name);
    }
    takes::<ScoringDocument>(schemas, "ScoringInput");
    for name in ["ReportInput", "ReportDocument"] {
        takes::<perf_targets::domain::monitoring::ReportDocument>(schemas, name);
    }
    for name in ["EvaluationInput", "EvaluationDocument"] {
        takes::<perf_targets::domain::evaluation::EvaluationDocument>(schemas, name);
    }
    takes::<StepRequest>(schemas, "ReasonRequest");
}
