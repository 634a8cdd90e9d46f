//! Issues: the unit of every validation answer and of the `errors` list in problem bodies.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// How serious an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Severity {
    /// Blocks saving and submitting.
    Error,
    /// Reported and saved.
    Warning,
}

/// One problem found in a request or a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "code": "TARGET_NOT_MEASURABLE", "severity": "WARNING", "path": "/indicators/2/target",
    "message": "指标值“正增长”不可衡量，建议给出具体数值"
}))]
pub struct Issue {
    /// Stable machine-readable code, UPPER_SNAKE_CASE.
    pub code: String,
    /// `ERROR` blocks saving; `WARNING` is reported and saved.
    pub severity: Severity,
    /// JSON Pointer (RFC 6901) into the submitted document; empty for the document as a whole.
    pub path: String,
    /// Human-readable explanation, Chinese by default, English with `Accept-Language: en`.
    pub message: String,
    /// Query or path parameter at fault, when the issue is about the URL rather than the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
    /// 1-based row in an uploaded file (CSV, Excel, documents), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    /// Column name or letter in an uploaded file, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
}

impl Issue {
    /// An error-severity issue at a JSON Pointer path.
    pub fn error(
        code: impl Into<String>,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Issue {
            code: code.into(),
            severity: Severity::Error,
            path: path.into(),
            message: message.into(),
            parameter: None,
            row: None,
            column: None,
        }
    }

    /// A warning-severity issue at a JSON Pointer path.
    pub fn warning(
        code: impl Into<String>,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Issue {
            severity: Severity::Warning,
            ..Issue::error(code, path, message)
        }
    }

    /// An error about a query or path parameter.
    pub fn parameter(
        code: impl Into<String>,
        parameter: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Issue {
            parameter: Some(parameter.into()),
            ..Issue::error(code, "", message)
        }
    }
}

/// Escapes one reference token for a JSON Pointer (RFC 6901: `~` → `~0`, `/` → `~1`).
pub fn pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_tokens_are_escaped() {
        assert_eq!(pointer_token("a/b~c"), "a~1b~0c");
        assert_eq!(pointer_token("name"), "name");
    }

    #[test]
    fn optional_fields_are_left_out() {
        let json = serde_json::to_value(Issue::warning("X", "/a", "m")).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "X", "severity": "WARNING", "path": "/a", "message": "m"})
        );
    }
}
