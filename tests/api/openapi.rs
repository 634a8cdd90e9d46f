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
            path.starts_with("/api/v1/") || path == "/healthz" || path == "/readyz",
            "{path}"
        );
        for (method, op) in item.as_object().unwrap() {
            let id = op["operationId"]
                .as_str()
                .unwrap_or_else(|| panic!("{method} {path} has no id"));
            assert!(id.is_ascii(), "{id}");
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
fn every_schema_reference_resolves() {
    let spec: serde_json::Value =
        serde_json::from_str(&perf_targets::http::app::openapi_json()).unwrap();
    let schemas = spec["components"]["schemas"].as_object().unwrap();
    let text = spec.to_string();
    let prefix = "\"#/components/schemas/";
    for (at, _) in text.match_indices(prefix) {
        let rest = &text[at + prefix.len()..];
        let name = &rest[..rest.find('"').unwrap()];
        assert!(schemas.contains_key(name), "unresolvable $ref to {name}");
    }
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
            "parseTarget",
            "readyz"
        ]
    );
}
