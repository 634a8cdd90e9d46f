//! One error type for the whole service, and the one place that chooses status codes and builds
//! problem+json bodies (RFC 9457, SPEC §2.1).
//!
//! Handlers and extractors return [`ApiError`]. The request middleware
//! ([`crate::middleware::request_context`]) re-renders every error response with the request's
//! language, path and request id, so framework errors and handler errors look the same.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::DbError;
use crate::domain::{Issue, IssueCode, Lang};

/// Media type of every error body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// Every way a request can fail.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ApiError {
    /// No route has this path.
    #[error("no route matches the path")]
    RouteNotFound,
    /// The path exists, but not for this method.
    #[error("method not allowed; allowed: {allowed:?}")]
    MethodNotAllowed {
        /// Methods the path accepts, for the `Allow` header.
        allowed: Vec<String>,
    },
    /// A resource addressed by the path does not exist.
    #[error("{kind} {id} not found")]
    NotFound {
        /// What kind of resource (`sheet`, `fund`, …), used in the code and the message.
        kind: &'static str,
        /// The identifier as given.
        id: String,
    },
    /// A query parameter is unknown, repeated or malformed.
    #[error("invalid query string: {reason}")]
    InvalidQuery {
        /// The parameter at fault, when it is known.
        parameter: Option<String>,
        /// What is wrong with it.
        reason: String,
    },
    /// A path parameter is malformed (an id that is not a number, say).
    #[error("invalid path parameter: {reason}")]
    InvalidPath {
        /// The parameter at fault, when it is known.
        parameter: Option<String>,
        /// What is wrong with it.
        reason: String,
    },
    /// The body is not JSON at all.
    #[error("malformed JSON: {reason}")]
    MalformedJson {
        /// Parser message with line and column.
        reason: String,
    },
    /// The body is JSON but not of the expected shape (wrong type, unknown or missing field).
    #[error("invalid body at {path}: {reason}")]
    InvalidBody {
        /// Issue code: `UNKNOWN_FIELD`, `MISSING_FIELD` or `INVALID_TYPE`.
        issue_code: IssueCode,
        /// JSON Pointer of the offending value.
        path: String,
        /// Deserializer message.
        reason: String,
    },
    /// The body's media type is not accepted by this operation.
    #[error("unsupported media type {got:?}")]
    UnsupportedMediaType {
        /// The `Content-Type` received, if any.
        got: Option<String>,
        /// The media types accepted.
        expected: Vec<&'static str>,
    },
    /// The body is larger than this operation accepts.
    #[error("payload larger than {limit} bytes")]
    PayloadTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The document parses but breaks rules: every error is listed.
    #[error("validation failed with {} issue(s)", issues.len())]
    Validation {
        /// All issues found, errors and warnings.
        issues: Vec<Issue>,
    },
    /// The request is valid but conflicts with stored state.
    #[error("conflict {code}: {detail_en}")]
    Conflict {
        /// Stable code of the conflict.
        code: &'static str,
        /// Chinese explanation.
        detail_zh: String,
        /// English explanation.
        detail_en: String,
        /// The fields at fault, if any.
        issues: Vec<Issue>,
    },
    /// An atomic bulk upload with errors: nothing was saved; the summary says why.
    #[error("import refused: {failed} item(s) failed")]
    ImportFailed {
        /// Items with errors.
        failed: usize,
        /// The import summary, sent as the problem's `summary` member.
        summary: Box<serde_json::Value>,
    },
    /// A file upload that cannot be read as a whole (format, encoding, columns).
    #[error("unreadable upload")]
    UnreadableUpload {
        /// What is wrong, with row and column where known.
        issues: Vec<Issue>,
    },
    /// An `Idempotency-Key` sent again with a different request.
    #[error("idempotency key {key} reused with another request")]
    IdempotencyKeyReused {
        /// The key.
        key: String,
    },
    /// No valid bearer token for an operation that needs one.
    #[error("unauthenticated")]
    Unauthenticated {
        /// True when a token was sent but is malformed, unknown or revoked; false when none was.
        invalid: bool,
    },
    /// The caller's role or regions do not allow the request.
    #[error("forbidden: {en}")]
    Forbidden {
        /// Chinese explanation.
        zh: String,
        /// English explanation.
        en: String,
    },
    /// The caller's token is over its request rate or upload volume.
    #[error("rate limited for {retry_after} s")]
    RateLimited {
        /// Seconds until a request would be let through.
        retry_after: u64,
        /// True when the upload volume, not the request rate, is exhausted.
        uploads: bool,
    },
    /// `If-Match` does not match the stored version.
    #[error("precondition failed: current version {current}")]
    PreconditionFailed {
        /// The version currently stored.
        current: i64,
    },
    /// The database cannot be reached (pool timeout, connection refused).
    #[error("database unavailable: {reason}")]
    DatabaseUnavailable {
        /// Cause, logged and never sent to the client.
        reason: String,
    },
    /// A cross-origin request was refused by the CORS policy.
    #[error("CORS: {reason}")]
    Cors {
        /// Status chosen by the CORS layer.
        status: StatusCode,
        /// What the CORS layer said.
        reason: String,
    },
    /// Any other client error raised by the framework, kept with its status.
    #[error("{reason}")]
    Framework {
        /// Status chosen by the framework.
        status: StatusCode,
        /// What the framework said.
        reason: String,
    },
    /// Concurrent writers collided and retrying did not resolve it; the client may retry.
    #[error("transaction conflict after retries")]
    TransactionConflict,
    /// A bug or an unexpected failure; the cause is logged, never sent.
    #[error("internal error: {cause}")]
    Internal {
        /// Cause, logged and never sent to the client.
        cause: String,
    },
}

impl ApiError {
    /// Wraps any unexpected failure as a 500 whose cause goes to the log only.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        ApiError::Internal {
            cause: cause.to_string(),
        }
    }

    /// The HTTP status of this error: the one place where statuses are chosen.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::RouteNotFound | ApiError::NotFound { .. } => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::InvalidQuery { .. }
            | ApiError::InvalidPath { .. }
            | ApiError::MalformedJson { .. }
            | ApiError::InvalidBody { .. } => StatusCode::BAD_REQUEST,
            ApiError::UnsupportedMediaType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Validation { .. }
            | ApiError::ImportFailed { .. }
            | ApiError::UnreadableUpload { .. }
            | ApiError::IdempotencyKeyReused { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Conflict { .. } => StatusCode::CONFLICT,
            ApiError::Unauthenticated { .. } => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden { .. } => StatusCode::FORBIDDEN,
            ApiError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::PreconditionFailed { .. } => StatusCode::PRECONDITION_FAILED,
            ApiError::DatabaseUnavailable { .. } | ApiError::TransactionConflict => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            ApiError::Cors { status, .. } | ApiError::Framework { status, .. } => *status,
            ApiError::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable UPPER_SNAKE code of this error.
    pub fn code(&self) -> String {
        match self {
            ApiError::RouteNotFound => "ROUTE_NOT_FOUND".into(),
            ApiError::MethodNotAllowed { .. } => "METHOD_NOT_ALLOWED".into(),
            ApiError::NotFound { kind, .. } => format!("{}_NOT_FOUND", kind.to_ascii_uppercase()),
            ApiError::InvalidQuery { .. } => "INVALID_QUERY".into(),
            ApiError::InvalidPath { .. } => "INVALID_PATH_PARAMETER".into(),
            ApiError::MalformedJson { .. } => "MALFORMED_JSON".into(),
            ApiError::InvalidBody { .. } => "INVALID_BODY".into(),
            ApiError::UnsupportedMediaType { .. } => "UNSUPPORTED_MEDIA_TYPE".into(),
            ApiError::PayloadTooLarge { .. } => "PAYLOAD_TOO_LARGE".into(),
            ApiError::Validation { .. } => "VALIDATION_FAILED".into(),
            ApiError::ImportFailed { .. } => "IMPORT_FAILED".into(),
            ApiError::UnreadableUpload { .. } => "UNREADABLE_UPLOAD".into(),
            ApiError::IdempotencyKeyReused { .. } => "IDEMPOTENCY_KEY_REUSED".into(),
            ApiError::Conflict { code, .. } => (*code).into(),
            ApiError::Unauthenticated { .. } => "UNAUTHENTICATED".into(),
            ApiError::Forbidden { .. } => "FORBIDDEN".into(),
            ApiError::RateLimited { .. } => "RATE_LIMITED".into(),
            ApiError::PreconditionFailed { .. } => "PRECONDITION_FAILED".into(),
            ApiError::DatabaseUnavailable { .. } => "SERVICE_UNAVAILABLE".into(),
            ApiError::TransactionConflict => "TRANSACTION_CONFLICT".into(),
            ApiError::Cors { .. } => "CORS_REJECTED".into(),
            ApiError::Framework { status, .. } => status
                .canonical_reason()
                .unwrap_or("ERROR")
                .to_ascii_uppercase()
                .replace([' ', '-'], "_"),
            ApiError::Internal { .. } => "INTERNAL_ERROR".into(),
        }
    }

    fn title(&self, lang: Lang) -> String {
        let (zh, en) = match self {
            ApiError::RouteNotFound => ("路径不存在", "Route not found"),
            ApiError::MethodNotAllowed { .. } => ("不支持该请求方法", "Method not allowed"),
            ApiError::NotFound { .. } => ("资源不存在", "Resource not found"),
            ApiError::InvalidQuery { .. } => ("查询参数有误", "Invalid query string"),
            ApiError::InvalidPath { .. } => ("路径参数有误", "Invalid path parameter"),
            ApiError::MalformedJson { .. } => ("请求体不是合法的 JSON", "Malformed JSON"),
            ApiError::InvalidBody { .. } => ("请求体结构有误", "Invalid request body"),
            ApiError::UnsupportedMediaType { .. } => ("不支持的内容类型", "Unsupported media type"),
            ApiError::PayloadTooLarge { .. } => ("请求体过大", "Payload too large"),
            ApiError::Validation { .. } => ("校验未通过", "Validation failed"),
            ApiError::ImportFailed { .. } => ("导入未通过，未保存任何内容", "Import refused"),
            ApiError::UnreadableUpload { .. } => ("无法读取上传的文件", "Unreadable upload"),
            ApiError::IdempotencyKeyReused { .. } => {
                ("幂等键已用于另一请求", "Idempotency key reused")
            }
            ApiError::Conflict { .. } => ("与现有数据冲突", "Conflict with stored data"),
            ApiError::Unauthenticated { .. } => ("未认证", "Unauthenticated"),
            ApiError::Forbidden { .. } => ("无权执行该操作", "Forbidden"),
            ApiError::RateLimited { .. } => ("请求过于频繁", "Too many requests"),
            ApiError::PreconditionFailed { .. } => ("版本不匹配", "Precondition failed"),
            ApiError::DatabaseUnavailable { .. } => ("服务暂不可用", "Service unavailable"),
            ApiError::TransactionConflict => ("并发写入冲突", "Concurrent write conflict"),
            ApiError::Cors { .. } => ("跨域请求被拒绝", "Cross-origin request refused"),
            ApiError::Framework { status, .. } => {
                let reason = status.canonical_reason().unwrap_or("Error");
                return reason.to_string();
            }
            ApiError::Internal { .. } => ("服务器内部错误", "Internal server error"),
        };
        lang.pick(zh, en).to_string()
    }

    fn detail(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            ApiError::RouteNotFound => lang
                .pick(
                    "没有与该路径对应的接口，接口列表见 /swagger-ui/",
                    "No operation has this path; see /swagger-ui/ for the list",
                )
                .into(),
            ApiError::MethodNotAllowed { allowed } if zh => {
                format!("该路径只支持 {}", allowed.join(", "))
            }
            ApiError::MethodNotAllowed { allowed } => {
                format!("This path accepts only {}", allowed.join(", "))
            }
            ApiError::NotFound { kind, id } if zh => format!("{} {id} 不存在", kind_zh(kind)),
            ApiError::NotFound { kind, id } => format!("There is no {kind} {id}"),
            ApiError::InvalidQuery { reason, .. } if zh => format!("查询参数有误：{reason}"),
            ApiError::InvalidQuery { reason, .. } => format!("Invalid query string: {reason}"),
            ApiError::InvalidPath { reason, .. } if zh => format!("路径参数有误：{reason}"),
            ApiError::InvalidPath { reason, .. } => format!("Invalid path parameter: {reason}"),
            ApiError::MalformedJson { reason } if zh => format!("无法解析 JSON：{reason}"),
            ApiError::MalformedJson { reason } => format!("The body is not valid JSON: {reason}"),
            ApiError::InvalidBody { path, reason, .. } if zh => {
                format!("请求体在 {} 处有误：{reason}", display_path(path))
            }
            ApiError::InvalidBody { path, reason, .. } => {
                format!("Invalid body at {}: {reason}", display_path(path))
            }
            ApiError::UnsupportedMediaType { got, expected } => {
                let got = got.as_deref().unwrap_or(lang.pick("（无）", "(none)"));
                if zh {
                    format!("Content-Type 为 {got}，应为 {}", expected.join(" 或 "))
                } else {
                    format!("Content-Type is {got}; expected {}", expected.join(" or "))
                }
            }
            ApiError::PayloadTooLarge { limit } if zh => format!("请求体超过 {limit} 字节的上限"),
            ApiError::PayloadTooLarge { limit } => {
                format!("The body exceeds the limit of {limit} bytes")
            }
            ApiError::Validation { issues } => {
                let errors = issues
                    .iter()
                    .filter(|i| i.severity == crate::domain::Severity::Error)
                    .count();
                if zh {
                    format!("发现 {errors} 个错误，详见 errors")
                } else {
                    format!("{errors} error(s) found; see errors")
                }
            }
            ApiError::ImportFailed { failed, .. } if zh => {
                format!("{failed} 项有错误，整批未保存（mode=atomic），详见 summary")
            }
            ApiError::ImportFailed { failed, .. } => format!(
                "{failed} item(s) have errors, so nothing was saved (mode=atomic); see summary"
            ),
            ApiError::UnreadableUpload { issues } if zh => {
                format!("上传的文件无法读取（{} 处问题），详见 errors", issues.len())
            }
            ApiError::UnreadableUpload { issues } => format!(
                "The upload cannot be read ({} problem(s)); see errors",
                issues.len()
            ),
            ApiError::IdempotencyKeyReused { key } if zh => {
                format!("Idempotency-Key“{key}”已用于内容不同的请求，请换一个键")
            }
            ApiError::IdempotencyKeyReused { key } => {
                format!("Idempotency-Key “{key}” was used with a different request; use a new key")
            }
            ApiError::Conflict {
                detail_zh,
                detail_en,
                ..
            } => lang.pick(detail_zh, detail_en).into(),
            ApiError::Unauthenticated { invalid: false } => lang
                .pick(
                    "该接口需要 API 令牌：请在请求头加上 Authorization: Bearer <令牌>",
                    "This operation needs an API token: send Authorization: Bearer <token>",
                )
                .into(),
            ApiError::Unauthenticated { invalid: true } => lang
                .pick(
                    "API 令牌无效、格式有误或已撤销；请向管理员索取新令牌",
                    "The API token is malformed, unknown or revoked; ask an administrator for a new one",
                )
                .into(),
            ApiError::Forbidden { zh: z, en } => lang.pick(z, en).into(),
            ApiError::RateLimited {
                retry_after,
                uploads,
            } => match (zh, uploads) {
                (true, false) => format!("该令牌的请求过于频繁，请 {retry_after} 秒后重试"),
                (true, true) => format!("该令牌上传的数据量已超过每分钟上限，请 {retry_after} 秒后重试"),
                (false, false) => format!("Too many requests with this token; retry in {retry_after} s"),
                (false, true) => format!(
                    "This token has sent more data than its per-minute limit; retry in {retry_after} s"
                ),
            },
            ApiError::PreconditionFailed { current } if zh => {
                format!("If-Match 与当前版本不符，当前版本为 \"{current}\"，请重新读取后再修改")
            }
            ApiError::PreconditionFailed { current } => format!(
                "If-Match does not match the current version \"{current}\"; read it again and retry"
            ),
            ApiError::DatabaseUnavailable { .. } => lang
                .pick(
                    "数据库暂时无法访问，请稍后重试",
                    "The database is unreachable; retry later",
                )
                .into(),
            ApiError::TransactionConflict => lang
                .pick(
                    "与其他同时进行的写入冲突，未保存任何内容，请稍后重试",
                    "Collided with concurrent writes; nothing was saved, retry shortly",
                )
                .into(),
            ApiError::Cors { reason, .. } => reason.clone(),
            ApiError::Framework { reason, .. } => reason.clone(),
            ApiError::Internal { .. } => lang
                .pick(
                    "服务器内部错误，请凭 request_id 联系管理员",
                    "Internal server error; quote the request_id to the administrators",
                )
                .into(),
        }
    }

    /// The issues of this error (empty when no field is at fault).
    pub fn issues(&self, lang: Lang) -> Vec<Issue> {
        self.errors(lang).unwrap_or_default()
    }

    /// The issues listed in the problem body, where fields are at fault.
    fn errors(&self, lang: Lang) -> Option<Vec<Issue>> {
        match self {
            ApiError::Validation { issues } | ApiError::UnreadableUpload { issues } => {
                Some(issues.clone())
            }
            ApiError::Conflict { issues, .. } if !issues.is_empty() => Some(issues.clone()),
            ApiError::InvalidBody {
                issue_code, path, ..
            } => Some(vec![Issue::error(
                *issue_code,
                path.clone(),
                self.detail(lang),
            )]),
            ApiError::InvalidQuery {
                parameter: Some(p), ..
            } => Some(vec![Issue::parameter(
                IssueCode::InvalidParameter,
                p.clone(),
                self.detail(lang),
            )]),
            ApiError::InvalidPath {
                parameter: Some(p), ..
            } => Some(vec![Issue::parameter(
                IssueCode::InvalidParameter,
                p.clone(),
                self.detail(lang),
            )]),
            _ => None,
        }
    }

    /// Builds the problem body for this error in the given request context.
    pub fn problem(&self, ctx: &ProblemContext) -> Problem {
        let code = self.code();
        Problem {
            type_: format!(
                "urn:perf-targets:problem:{}",
                code.to_ascii_lowercase().replace('_', "-")
            ),
            title: self.title(ctx.lang),
            status: self.status().as_u16(),
            detail: self.detail(ctx.lang),
            instance: ctx.instance.clone(),
            code,
            request_id: ctx.request_id.clone(),
            errors: self.errors(ctx.lang),
            summary: match self {
                ApiError::ImportFailed { summary, .. } => Some((**summary).clone()),
                _ => None,
            },
        }
    }

    /// Renders the full problem+json response, headers included.
    pub fn render(&self, ctx: &ProblemContext) -> HttpResponse {
        let mut res = HttpResponse::build(self.status());
        res.insert_header((header::CONTENT_TYPE, PROBLEM_JSON));
        match self {
            ApiError::MethodNotAllowed { allowed } => {
                res.insert_header((header::ALLOW, allowed.join(", ")));
            }
            ApiError::DatabaseUnavailable { .. } => {
                res.insert_header((header::RETRY_AFTER, "5"));
            }
            ApiError::TransactionConflict => {
                res.insert_header((header::RETRY_AFTER, "1"));
            }
            ApiError::Unauthenticated { invalid } => {
                let value = if *invalid {
                    "Bearer realm=\"perf-targets\", error=\"invalid_token\""
                } else {
                    "Bearer realm=\"perf-targets\""
                };
                res.insert_header((header::WWW_AUTHENTICATE, value));
            }
            ApiError::RateLimited { retry_after, .. } => {
                res.insert_header((header::RETRY_AFTER, retry_after.to_string()));
            }
            _ => {}
        }
        res.body(serde_json::to_string(&self.problem(ctx)).unwrap_or_else(|_| "{}".into()))
    }
}

fn kind_zh(kind: &str) -> &str {
    match kind {
        "sheet" => "绩效目标表",
        "fund" => "专项资金",
        "region" => "行政区划",
        "indicator" => "指标",
        "token" => "API 令牌",
        "revision" => "修订记录",
        other => other,
    }
}

fn display_path(path: &str) -> &str {
    if path.is_empty() {
        "/"
    } else {
        path
    }
}

/// What a problem body needs from the request: language, path and request id.
#[derive(Debug, Clone, Default)]
pub struct ProblemContext {
    /// Language of title, detail and messages.
    pub lang: Lang,
    /// The request path, reported as `instance`.
    pub instance: String,
    /// The request id, reported as `request_id`.
    pub request_id: String,
}

/// An error response (RFC 9457 problem details, `application/problem+json`).
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "type": "urn:perf-targets:problem:route-not-found", "title": "路径不存在", "status": 404,
    "detail": "没有与该路径对应的接口，接口列表见 /swagger-ui/", "instance": "/api/v1/nothing",
    "code": "ROUTE_NOT_FOUND", "request_id": "4f8e1a0c2b7d4c51"
}))]
pub struct Problem {
    /// URI naming the kind of problem: `urn:perf-targets:problem:<code in kebab case>`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Short summary of the kind of problem, in the request's language.
    pub title: String,
    /// HTTP status code.
    pub status: u16,
    /// Explanation of this occurrence, in the request's language.
    pub detail: String,
    /// The request path.
    pub instance: String,
    /// Stable UPPER_SNAKE code of the problem.
    pub code: String,
    /// The request id (also in the `X-Request-Id` header); quote it when reporting a problem.
    pub request_id: String,
    /// The issues at fault, when fields of the request are at fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<Issue>>,
    /// For a refused atomic bulk upload (`IMPORT_FAILED`): the import summary, every item with
    /// its outcome and issues.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub summary: Option<serde_json::Value>,
}

impl From<crate::domain::access::Refusal> for ApiError {
    fn from(r: crate::domain::access::Refusal) -> Self {
        ApiError::Forbidden { zh: r.zh, en: r.en }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.status()
    }

    fn error_response(&self) -> HttpResponse {
        // The request middleware re-renders this with the request's context.
        self.render(&ProblemContext::default())
    }
}

impl From<DbError> for ApiError {
    fn from(err: DbError) -> Self {
        use crate::db::Retryable;
        if err.is_serialization_failure() {
            return ApiError::TransactionConflict;
        }
        if err.is_connection_lost() {
            return ApiError::DatabaseUnavailable {
                reason: err.to_string(),
            };
        }
        match err {
            DbError::Pool(e) => ApiError::DatabaseUnavailable {
                reason: e.to_string(),
            },
            DbError::Unavailable(reason) => ApiError::DatabaseUnavailable { reason },
            other => ApiError::internal(other),
        }
    }
}

impl From<diesel::result::Error> for ApiError {
    fn from(err: diesel::result::Error) -> Self {
        ApiError::from(DbError::from(err))
    }
}

impl crate::db::Retryable for ApiError {
    fn is_serialization_failure(&self) -> bool {
        matches!(self, ApiError::TransactionConflict)
    }
}

/// Converts an error that left the framework into an [`ApiError`], keeping ours as they are.
pub fn classify(err: &actix_web::Error) -> std::borrow::Cow<'_, ApiError> {
    use std::borrow::Cow;
    if let Some(api) = err.as_error::<ApiError>() {
        return Cow::Borrowed(api);
    }
    let status = err.as_response_error().status_code();
    if let Some(cors) = err.as_error::<actix_cors::CorsError>() {
        return Cow::Owned(ApiError::Cors {
            status,
            reason: cors.to_string(),
        });
    }
    Cow::Owned(match status {
        StatusCode::NOT_FOUND => ApiError::RouteNotFound,
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::PayloadTooLarge { limit: 0 },
        s if s.is_server_error() => ApiError::internal(err),
        s => ApiError::Framework {
            status: s,
            reason: err.to_string(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Issue;

    fn ctx(lang: Lang) -> ProblemContext {
        ProblemContext {
            lang,
            instance: "/api/v1/x".into(),
            request_id: "rid".into(),
        }
    }

    /// Pins the status and code of every error kind: changing one is a breaking API change.
    #[test]
    fn status_and_code_mapping_is_pinned() {
        let cases: Vec<(ApiError, u16, &str)> = vec![
            (ApiError::RouteNotFound, 404, "ROUTE_NOT_FOUND"),
            (
                ApiError::Unauthenticated { invalid: true },
                401,
                "UNAUTHENTICATED",
            ),
            (
                ApiError::Forbidden {
                    zh: "z".into(),
                    en: "e".into(),
                },
                403,
                "FORBIDDEN",
            ),
            (
                ApiError::RateLimited {
                    retry_after: 3,
                    uploads: false,
                },
                429,
                "RATE_LIMITED",
            ),
            (
                ApiError::MethodNotAllowed {
                    allowed: vec!["GET".into()],
                },
                405,
                "METHOD_NOT_ALLOWED",
            ),
            (
                ApiError::NotFound {
                    kind: "sheet",
                    id: "7".into(),
                },
                404,
                "SHEET_NOT_FOUND",
            ),
            (
                ApiError::InvalidQuery {
                    parameter: None,
                    reason: "r".into(),
                },
                400,
                "INVALID_QUERY",
            ),
            (
                ApiError::InvalidPath {
                    parameter: None,
                    reason: "r".into(),
                },
                400,
                "INVALID_PATH_PARAMETER",
            ),
            (
                ApiError::MalformedJson { reason: "r".into() },
                400,
                "MALFORMED_JSON",
            ),
            (
                ApiError::InvalidBody {
                    issue_code: IssueCode::UnknownField,
                    path: "/a".into(),
                    reason: "r".into(),
                },
                400,
                "INVALID_BODY",
            ),
            (
                ApiError::UnsupportedMediaType {
                    got: None,
                    expected: vec!["application/json"],
                },
                415,
                "UNSUPPORTED_MEDIA_TYPE",
            ),
            (
                ApiError::PayloadTooLarge { limit: 1 },
                413,
                "PAYLOAD_TOO_LARGE",
            ),
            (
                ApiError::Validation { issues: vec![] },
                422,
                "VALIDATION_FAILED",
            ),
            (
                ApiError::Conflict {
                    code: "SHEET_EXISTS",
                    detail_zh: "z".into(),
                    detail_en: "e".into(),
                    issues: vec![],
                },
                409,
                "SHEET_EXISTS",
            ),
            (
                ApiError::PreconditionFailed { current: 3 },
                412,
                "PRECONDITION_FAILED",
            ),
            (
                ApiError::DatabaseUnavailable { reason: "r".into() },
                503,
                "SERVICE_UNAVAILABLE",
            ),
            (ApiError::TransactionConflict, 503, "TRANSACTION_CONFLICT"),
            (
                ApiError::Cors {
                    status: StatusCode::BAD_REQUEST,
                    reason: "r".into(),
                },
                400,
                "CORS_REJECTED",
            ),
            (
                ApiError::Framework {
                    status: StatusCode::URI_TOO_LONG,
                    reason: "r".into(),
                },
                414,
                "URI_TOO_LONG",
            ),
            (ApiError::internal("boom"), 500, "INTERNAL_ERROR"),
        ];
        for (err, status, code) in cases {
            assert_eq!(err.status().as_u16(), status, "{err:?}");
            assert_eq!(err.code(), code, "{err:?}");
            let res = err.render(&ctx(Lang::Zh));
            assert_eq!(res.status().as_u16(), status);
            assert_eq!(
                res.headers().get(header::CONTENT_TYPE).unwrap(),
                PROBLEM_JSON
            );
            let problem = err.problem(&ctx(Lang::En));
            assert_eq!(
                problem.type_,
                format!(
                    "urn:perf-targets:problem:{}",
                    code.to_ascii_lowercase().replace('_', "-")
                )
            );
            assert_eq!(
                (problem.instance.as_str(), problem.request_id.as_str()),
                ("/api/v1/x", "rid")
            );
        }
    }

    #[test]
    fn a_500_says_nothing_of_its_cause() {
        let err = ApiError::internal("relation \"sheets\" does not exist: SELECT * FROM sheets");
        for lang in [Lang::Zh, Lang::En] {
            let body = serde_json::to_string(&err.problem(&ctx(lang))).unwrap();
            assert!(!body.contains("sheets"), "{body}");
            assert!(!body.contains("SELECT"), "{body}");
        }
        let err = ApiError::from(DbError::Canceled);
        assert_eq!(err.status(), StatusCode::INTERNAL_SERVER_ERROR);
    }

    #[test]
    fn headers_and_errors_follow_the_kind() {
        let res = ApiError::MethodNotAllowed {
            allowed: vec!["GET".into(), "PUT".into()],
        }
        .render(&ctx(Lang::Zh));
        assert_eq!(res.headers().get(header::ALLOW).unwrap(), "GET, PUT");
        let res = ApiError::DatabaseUnavailable { reason: "x".into() }.render(&ctx(Lang::Zh));
        assert_eq!(res.headers().get(header::RETRY_AFTER).unwrap(), "5");

        let issues = vec![Issue::error(IssueCode::Required, "/name", "名称不能为空")];
        let problem = ApiError::Validation {
            issues: issues.clone(),
        }
        .problem(&ctx(Lang::Zh));
        assert_eq!(problem.errors, Some(issues));
        let problem = ApiError::InvalidBody {
            issue_code: IssueCode::UnknownField,
            path: "/matching_fund".into(),
            reason: "unknown field `matching_fund`".into(),
        }
        .problem(&ctx(Lang::En));
        let errors = problem.errors.unwrap();
        assert_eq!(
            (errors[0].code.as_str(), errors[0].path.as_str()),
            ("UNKNOWN_FIELD", "/matching_fund")
        );
        assert!(problem.detail.contains("/matching_fund"));
        assert!(ApiError::RouteNotFound
            .problem(&ctx(Lang::Zh))
            .errors
            .is_none());
    }

    #[test]
    fn titles_follow_the_language() {
        let zh = ApiError::RouteNotFound.problem(&ctx(Lang::Zh));
        let en = ApiError::RouteNotFound.problem(&ctx(Lang::En));
        assert_eq!(zh.title, "路径不存在");
        assert_eq!(en.title, "Route not found");
    }
}
