//! Every answer the tests receive, checked against the OpenAPI document: the operation the
//! request reached documents the status; every header sent is documented for that status; a
//! problem's code is one the response lists (its examples, one per code); a JSON body validates
//! against the response's schema (so a field the schema requires is really there, and a field
//! is null only where the schema allows it); a body without documented content is empty.
//!
//! Requests that reach no operation (an unknown path, a method the path does not take, a CORS
//! preflight, Swagger UI and the document itself) are not checked here: `errors.rs` and
//! `operations.rs` test those answers.

use std::sync::OnceLock;

use actix_web::http::{Method, StatusCode};
use serde_json::Value;

use super::Resp;

/// Response headers no operation documents: the body's framing, and the CORS and caching
/// protocol headers, which browsers read (the document's description says when CORS applies).
const UNDOCUMENTED: &[&str] = &["content-type", "content-length", "vary", "date"];

/// The generated document.
pub fn document() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| {
        serde_json::from_str(&perf_targets::http::app::openapi_json()).expect("the spec is JSON")
    })
}

/// Resolves a `$ref` inside the document.
pub fn resolve<'a>(doc: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(pointer) => resolve(
            doc,
            doc.pointer(pointer.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("unresolvable $ref {pointer}")),
        ),
        None => value,
    }
}

/// Percent-decodes a path.
fn decode(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&path[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The documented operation `method` on `path` reaches, with its path template; `None` when
/// the path matches no documented path, or the best match does not take the method.
pub fn operation(method: &Method, path: &str) -> Option<(String, &'static Value)> {
    let doc = document();
    let path = decode(path);
    // Segment by segment as the router reads it: an extra slash is an empty segment.
    let parts: Vec<&str> = path.strip_prefix('/').unwrap_or(&path).split('/').collect();
    let best = doc["paths"]
        .as_object()?
        .iter()
        .filter(|(template, _)| {
            let segments: Vec<&str> = template.trim_matches('/').split('/').collect();
            segments.len() == parts.len()
                && segments.iter().zip(&parts).all(|(s, p)| {
                    if s.starts_with('{') {
                        !p.is_empty()
                    } else {
                        s == p
                    }
                })
        })
        .max_by_key(|(template, _)| template.split('/').filter(|s| !s.starts_with('{')).count())?;
    let op = best.1.get(method.as_str().to_ascii_lowercase())?;
    Some((best.0.clone(), op))
}

/// Checks an answer against the document; panics naming what the document does not say.
pub fn check(method: &Method, path: &str, res: &Resp) {
    let Some((template, op)) = operation(method, path) else {
        return;
    };
    let doc = document();
    let id = op["operationId"].as_str().unwrap_or(&template);
    let status = res.status.as_u16().to_string();
    let body = String::from_utf8_lossy(&res.body);
    let response = op["responses"]
        .get(&status)
        .map(|r| resolve(doc, r))
        .unwrap_or_else(|| {
            panic!("{id} ({method} {path}) answered {status}, which the spec does not document: {body}")
        });
    let documented: Vec<String> = response["headers"]
        .as_object()
        .map(|h| h.keys().map(|k| k.to_ascii_lowercase()).collect())
        .unwrap_or_default();
    for name in res.headers.keys() {
        let name = name.as_str();
        if UNDOCUMENTED.contains(&name) || name.starts_with("access-control-") {
            continue;
        }
        assert!(
            documented.iter().any(|d| d == name),
            "{id} {status} sends the header {name}, which the spec does not document (it has {documented:?})"
        );
    }
    let Some(content) = response["content"].as_object() else {
        assert!(
            res.body.is_empty() || res.status == StatusCode::NO_CONTENT,
            "{id} {status} has a body but the spec documents none: {body}"
        );
        return;
    };
    let media = res
        .header("content-type")
        .map(|m| m.split(';').next().unwrap_or(m).trim().to_ascii_lowercase())
        .unwrap_or_default();
    let Some(described) = content.get(&media) else {
        panic!(
            "{id} {status} answered {media}, the spec documents {:?}",
            content.keys().collect::<Vec<_>>()
        );
    };
    if !(media.ends_with("json")) {
        return;
    }
    let value: Value = serde_json::from_slice(&res.body)
        .unwrap_or_else(|e| panic!("{id} {status}: the body is not JSON ({e}): {body}"));
    if media == "application/problem+json" {
        let code = value["code"].as_str().unwrap_or_default();
        let listed: Vec<&String> = described["examples"]
            .as_object()
            .map(|e| e.keys().collect())
            .unwrap_or_default();
        assert!(
            listed.iter().any(|c| c.as_str() == code),
            "{id} ({method} {path}) answered {status} {code}, which its {status} does not list ({listed:?}): {body}"
        );
    }
    if let Some(schema) = described.get("schema") {
        if let Err(e) = validate(doc, schema, &value, "") {
            panic!("{id} {status}: the body does not match the spec's schema: {e}\n{body}");
        }
    }
}

/// Validates `value` against `schema` (the JSON Schema keywords the document uses), naming the
/// first fault with its JSON Pointer.
pub fn validate(doc: &Value, schema: &Value, value: &Value, at: &str) -> Result<(), String> {
    let schema = resolve(doc, schema);
    if let Some(branches) = schema.get("allOf").and_then(Value::as_array) {
        for b in branches {
            validate(doc, b, value, at)?;
        }
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            let errors: Vec<String> = branches
                .iter()
                .filter_map(|b| validate(doc, b, value, at).err())
                .collect();
            if errors.len() == branches.len() {
                return Err(format!("{at}: no branch of {key} matches: {errors:?}"));
            }
        }
    }
    if let Some(types) = schema.get("type") {
        let types: Vec<&str> = match types {
            Value::String(t) => vec![t.as_str()],
            Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let fits = types.iter().any(|t| match *t {
            "null" => value.is_null(),
            "string" => value.is_string(),
            "boolean" => value.is_boolean(),
            "array" => value.is_array(),
            "object" => value.is_object(),
            "number" => value.is_number(),
            "integer" => value.is_i64() || value.is_u64(),
            _ => true,
        });
        if !fits {
            return Err(format!("{at}: {value} is not of type {types:?}"));
        }
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            return Err(format!("{at}: {value} is not one of {allowed:?}"));
        }
    }
    if let (Some(pattern), Some(text)) = (
        schema.get("pattern").and_then(Value::as_str),
        value.as_str(),
    ) {
        let re =
            regex::Regex::new(pattern).map_err(|e| format!("{at}: bad pattern {pattern}: {e}"))?;
        if !re.is_match(text) {
            return Err(format!("{at}: {text:?} does not match {pattern}"));
        }
    }
    if let (Some(min), Some(n)) = (
        schema.get("minimum").and_then(Value::as_f64),
        value.as_f64(),
    ) {
        if n < min {
            return Err(format!("{at}: {n} is below the minimum {min}"));
        }
    }
    if let (Some(max), Some(n)) = (
        schema.get("maximum").and_then(Value::as_f64),
        value.as_f64(),
    ) {
        if n > max {
            return Err(format!("{at}: {n} is above the maximum {max}"));
        }
    }
    if let Some(object) = value.as_object() {
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for name in required.iter().filter_map(Value::as_str) {
                if !object.contains_key(name) {
                    return Err(format!("{at}: the required field {name} is missing"));
                }
            }
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        for (name, v) in object {
            let here = format!("{at}/{name}");
            match properties.and_then(|p| p.get(name)) {
                Some(s) => validate(doc, s, v, &here)?,
                None => match schema.get("additionalProperties") {
                    Some(Value::Bool(false)) => {
                        return Err(format!("{here}: a field the schema does not have"))
                    }
                    Some(s @ Value::Object(_)) => validate(doc, s, v, &here)?,
                    _ => {}
                },
            }
        }
    }
    if let (Some(items), Some(list)) = (schema.get("items"), value.as_array()) {
        for (k, v) in list.iter().enumerate() {
            validate(doc, items, v, &format!("{at}/{k}"))?;
        }
    }
    Ok(())
}
