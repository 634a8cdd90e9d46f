//! Errors as HTTP answers: the cases only HTTP has, the one function choosing the status of each
//! problem code ([`status_of`]), and problem+json bodies (RFC 9457, SPEC §2.1).
//!
//! Handlers and extractors return [`ApiError`]: a [`ServiceError`] from a use case, or one of the
//! router's, the extractors', access control's or the framework's own failures. The request
//! middleware ([`crate::http::middleware::request_context`]) renders every error response again with
//! the request's language, path and request id, so framework errors and handler errors look the
//! same.

use std::borrow::Cow;

use actix_web::http::{header, StatusCode};
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::{Issue, IssueCode, Lang};
use crate::error::{ProblemCode, ServiceError};

/// The header naming a bulk upload for replay.
pub const IDEMPOTENCY_KEY: &str = "Idempotency-Key";

/// Media type of every error body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The HTTP status of every problem code: the one place where statuses are chosen.
pub fn status_of(code: ProblemCode) -> StatusCode {
    use ProblemCode as C;
    match code {
        C::InvalidQuery
        | C::InvalidPathParameter
        | C::MalformedJson
        | C::InvalidBody
        | C::InvalidHeader
        | C::BadRequest
        | C::CorsRejected => StatusCode::BAD_REQUEST,
        C::Unauthenticated => StatusCode::UNAUTHORIZED,
        C::Forbidden => StatusCode::FORBIDDEN,
        C::RouteNotFound
        | C::SheetNotFound
        | C::FundNotFound
        | C::RevisionNotFound
        | C::TokenNotFound
        | C::ReportNotFound
        | C::EvaluationNotFound => StatusCode::NOT_FOUND,
        C::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
        C::SheetExists
        | C::FundExists
        | C::FundHasSheets
        | C::SheetNotEditable
        | C::InvalidTransition
        | C::TokenExists
        | C::LastAdminToken
        | C::SheetNotApproved
        | C::ReportNotEditable
        | C::EvaluationNotEditable
        | C::IndicatorInUse
        | C::SheetInUse => StatusCode::CONFLICT,
        C::PreconditionFailed => StatusCode::PRECONDITION_FAILED,
        C::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        C::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        C::ValidationFailed
        | C::ImportFailed
        | C::UnreadableUpload
        | C::IdempotencyKeyReused
        | C::ExportFailed => StatusCode::UNPROCESSABLE_ENTITY,
        C::RateLimited => StatusCode::TOO_MANY_REQUESTS,
        C::InternalError => StatusCode::INTERNAL_SERVER_ERROR,
        C::ServiceUnavailable | C::TransactionConflict => StatusCode::SERVICE_UNAVAILABLE,
    }
}

/// The problem type of a code: `urn:perf-targets:problem:<code in kebab case>`.
pub fn problem_type(code: ProblemCode) -> String {
    format!(
        "urn:perf-targets:problem:{}",
        code.as_str().to_ascii_lowercase().replace('_', "-")
    )
}

/// Every way a request can fail.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ApiError {
    /// A use case failed.
    #[error(transparent)]
    Service(#[from] ServiceError),
    /// No route has this path.
    #[error("no route matches the path")]
    RouteNotFound,
    /// The path exists, but not for this method.
    #[error("method not allowed; allowed: {allowed:?}")]
    MethodNotAllowed {
        /// Methods the path accepts, for the `Allow` header.
        allowed: Vec<String>,
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
    /// An `Idempotency-Key` header that is not 1–200 visible ASCII characters (400
    /// `INVALID_HEADER`, the header named in `errors[0].parameter`).
    #[error("malformed Idempotency-Key")]
    InvalidIdempotencyKey,
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
    /// No valid bearer token for an operation that needs one.
    #[error("unauthenticated")]
    Unauthenticated {
        /// True when a token was sent but is malformed, unknown or revoked; false when none was.
        invalid: bool,
    },
    /// The caller's token is over its request rate or upload volume.
    #[error("rate limited for {retry_after} s")]
    RateLimited {
        /// Seconds until a request would be let through.
        retry_after: u64,
        /// True when the upload volume, not the request rate, is exhausted.
        uploads: bool,
    },
    /// A cross-origin request was refused by the CORS policy.
    #[error("CORS: {reason}")]
    Cors {
        /// What the CORS layer said.
        reason: String,
    },
    /// Any other client error the framework raised (only [`classify`] and the framework-error
    /// handlers of this module make one).
    #[error("{0}")]
    Framework(FrameworkError),
}

/// A client error the framework raised, as it described it.
#[derive(Debug, Clone)]
pub struct FrameworkError {
    reason: String,
}

impl std::fmt::Display for FrameworkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

impl ApiError {
    /// Wraps any unexpected failure as a 500 whose cause goes to the log only.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        ApiError::Service(ServiceError::internal(cause))
    }

    /// The stable code of this error.
    pub fn code(&self) -> ProblemCode {
        match self {
            ApiError::Service(e) => e.code(),
            ApiError::RouteNotFound => ProblemCode::RouteNotFound,
            ApiError::MethodNotAllowed { .. } => ProblemCode::MethodNotAllowed,
            ApiError::InvalidQuery { .. } => ProblemCode::InvalidQuery,
            ApiError::InvalidPath { .. } => ProblemCode::InvalidPathParameter,
            ApiError::InvalidIdempotencyKey => ProblemCode::InvalidHeader,
            ApiError::Framework(_) => ProblemCode::BadRequest,
            ApiError::UnsupportedMediaType { .. } => ProblemCode::UnsupportedMediaType,
            ApiError::PayloadTooLarge { .. } => ProblemCode::PayloadTooLarge,
            ApiError::Unauthenticated { .. } => ProblemCode::Unauthenticated,
            ApiError::RateLimited { .. } => ProblemCode::RateLimited,
            ApiError::Cors { .. } => ProblemCode::CorsRejected,
        }
    }

    /// The HTTP status of this error ([`status_of`] its code).
    pub fn status(&self) -> StatusCode {
        status_of(self.code())
    }

    fn title(&self, lang: Lang) -> String {
        let (zh, en) = match self {
            ApiError::Service(e) => return e.title(lang),
            ApiError::RouteNotFound => ("路径不存在", "Route not found"),
            ApiError::MethodNotAllowed { .. } => ("不支持该请求方法", "Method not allowed"),
            ApiError::InvalidQuery { .. } => ("查询参数有误", "Invalid query string"),
            ApiError::InvalidPath { .. } => ("路径参数有误", "Invalid path parameter"),
            ApiError::InvalidIdempotencyKey => ("请求头有误", "Invalid request header"),
            ApiError::UnsupportedMediaType { .. } => ("不支持的内容类型", "Unsupported media type"),
            ApiError::PayloadTooLarge { .. } => ("请求体过大", "Payload too large"),
            ApiError::Unauthenticated { .. } => ("未认证", "Unauthenticated"),
            ApiError::RateLimited { .. } => ("请求过于频繁", "Too many requests"),
            ApiError::Cors { .. } => ("跨域请求被拒绝", "Cross-origin request refused"),
            // The framework's own wording, in either language.
            ApiError::Framework(_) => {
                return self.status().canonical_reason().unwrap_or("Error").into();
            }
        };
        lang.pick(zh, en).to_string()
    }

    fn detail(&self, lang: Lang) -> String {
        match self {
            ApiError::Service(e) => e.detail(lang),
            ApiError::RouteNotFound => lang
                .pick(
                    "没有与该路径对应的接口，接口列表见 /swagger-ui/",
                    "No operation has this path; see /swagger-ui/ for the list",
                )
                .into(),
            ApiError::MethodNotAllowed { allowed } => lang.pick(
                format!("该路径只支持 {}", allowed.join(", ")),
                format!("This path accepts only {}", allowed.join(", ")),
            ),
            ApiError::InvalidQuery { reason, .. } => lang.pick(
                format!("查询参数有误：{reason}"),
                format!("Invalid query string: {reason}"),
            ),
            ApiError::InvalidPath { reason, .. } => lang.pick(
                format!("路径参数有误：{reason}"),
                format!("Invalid path parameter: {reason}"),
            ),
            ApiError::InvalidIdempotencyKey => lang
                .pick(
                    "请求头 Idempotency-Key 应为 1–200 个可见 ASCII 字符（不含空格和汉字）",
                    "The Idempotency-Key header must be 1–200 visible ASCII characters (no spaces)",
                )
                .into(),
            ApiError::UnsupportedMediaType { got, expected } => {
                let got = got.as_deref().unwrap_or(lang.pick("（无）", "(none)"));
                lang.pick(
                    format!("Content-Type 为 {got}，应为 {}", expected.join(" 或 ")),
                    format!("Content-Type is {got}; expected {}", expected.join(" or ")),
                )
            }
            ApiError::PayloadTooLarge { limit } => lang.pick(
                format!("请求体超过 {limit} 字节的上限"),
                format!("The body exceeds the limit of {limit} bytes"),
            ),
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
            ApiError::RateLimited {
                retry_after,
                uploads,
            } if *uploads => lang.pick(
                format!("该令牌上传的数据量已超过每分钟上限，请 {retry_after} 秒后重试"),
                format!(
                    "This token has sent more data than its per-minute limit; retry in {retry_after} s"
                ),
            ),
            ApiError::RateLimited { retry_after, .. } => lang.pick(
                format!("该令牌的请求过于频繁，请 {retry_after} 秒后重试"),
                format!("Too many requests with this token; retry in {retry_after} s"),
            ),
            ApiError::Cors { reason } => reason.clone(),
            ApiError::Framework(e) => e.reason.clone(),
        }
    }

    /// The issues of this error (empty when no field is at fault).
    pub fn issues(&self, lang: Lang) -> Vec<Issue> {
        self.errors(lang).unwrap_or_default()
    }

    /// The issues listed in the problem body, where fields are at fault.
    fn errors(&self, lang: Lang) -> Option<Vec<Issue>> {
        match self {
            ApiError::Service(e) => e.errors(lang),
            ApiError::InvalidQuery {
                parameter: Some(p), ..
            }
            | ApiError::InvalidPath {
                parameter: Some(p), ..
            } => Some(vec![Issue::parameter(
                IssueCode::InvalidParameter,
                p.clone(),
                self.detail(lang),
            )]),
            ApiError::InvalidIdempotencyKey => Some(vec![Issue::parameter(
                IssueCode::InvalidParameter,
                IDEMPOTENCY_KEY,
                self.detail(lang),
            )]),
            _ => None,
        }
    }

    /// Builds the problem body for this error in the given request context.
    pub fn problem(&self, ctx: &ProblemContext) -> Problem {
        let code = self.code();
        Problem {
            type_: problem_type(code),
            title: self.title(ctx.lang),
            status: self.status().as_u16(),
            detail: self.detail(ctx.lang),
            instance: ctx.instance.clone(),
            code,
            request_id: ctx.request_id.clone(),
            errors: self.errors(ctx.lang),
            summary: match self {
                ApiError::Service(e) => e.summary().cloned(),
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
            ApiError::Service(ServiceError::DatabaseUnavailable { .. }) => {
                res.insert_header((header::RETRY_AFTER, "5"));
            }
            ApiError::Service(ServiceError::TransactionConflict) => {
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

/// An error response (RFC 9457 problem details, `application/problem+json`). Each operation's
/// responses give an example for every code it can answer.
#[derive(Debug, Serialize, ToSchema)]
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
    /// Stable UPPER_SNAKE code of the problem: one of `ProblemCode`, or a code a later version
    /// added.
    #[schema(schema_with = problem_code_field_schema)]
    pub code: ProblemCode,
    /// The request id (also in the `X-Request-Id` header); quote it when reporting a problem.
    pub request_id: String,
    /// The issues at fault, when fields of the request are at fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<Issue>>,
    /// For a refused atomic bulk upload (`IMPORT_FAILED`): the import summary, every item with
    /// its outcome and issues.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<crate::service::bulk::ImportSummary>)]
    pub summary: Option<serde_json::Value>,
}

/// The schema of [`Problem::code`]: an open enum, so that clients generated from this spec keep
/// working when a later version adds a code.
fn problem_code_field_schema() -> utoipa::openapi::schema::Schema {
    crate::domain::issue::open_enum_schema(
        "ProblemCode",
        "Stable UPPER_SNAKE code of the problem: one of `ProblemCode`, or a code a later version \
         added (treat an unknown code by its `status`).",
    )
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

impl From<crate::domain::access::Refusal> for ApiError {
    fn from(r: crate::domain::access::Refusal) -> Self {
        ApiError::Service(r.into())
    }
}

/// Converts an error that left the framework into an [`ApiError`], keeping ours as they are.
/// The framework's client errors other than 404 and 413 become 400 `BAD_REQUEST` with the
/// framework's description.
pub fn classify(err: &actix_web::Error) -> Cow<'_, ApiError> {
    if let Some(api) = err.as_error::<ApiError>() {
        return Cow::Borrowed(api);
    }
    if let Some(cors) = err.as_error::<actix_cors::CorsError>() {
        return Cow::Owned(ApiError::Cors {
            reason: cors.to_string(),
        });
    }
    Cow::Owned(match err.as_response_error().status_code() {
        StatusCode::NOT_FOUND => ApiError::RouteNotFound,
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::PayloadTooLarge { limit: 0 },
        s if s.is_server_error() => ApiError::internal(err),
        _ => framework(err),
    })
}

fn framework(err: impl std::fmt::Display) -> ApiError {
    ApiError::Framework(FrameworkError {
        reason: err.to_string(),
    })
}

/// The `JsonConfig` error handler: actix's JSON extractor errors as problems.
pub fn json_config_error(
    err: actix_web::error::JsonPayloadError,
    _: &HttpRequest,
) -> actix_web::Error {
    use actix_web::error::JsonPayloadError as E;
    match err {
        E::OverflowKnownLength { limit, .. } | E::Overflow { limit } => {
            ApiError::PayloadTooLarge { limit }
        }
        E::ContentType => ApiError::UnsupportedMediaType {
            got: None,
            expected: vec!["application/json"],
        },
        E::Deserialize(e) => ServiceError::MalformedJson {
            reason: e.to_string(),
        }
        .into(),
        other => framework(other),
    }
    .into()
}

/// The `QueryConfig` error handler: a query string actix cannot read.
pub fn query_config_error(
    err: actix_web::error::QueryPayloadError,
    _: &HttpRequest,
) -> actix_web::Error {
    ApiError::InvalidQuery {
        parameter: None,
        reason: err.to_string(),
    }
    .into()
}

/// The `PathConfig` error handler: a path actix cannot read.
pub fn path_config_error(err: actix_web::error::PathError, _: &HttpRequest) -> actix_web::Error {
    ApiError::InvalidPath {
        parameter: None,
        reason: err.to_string(),
    }
    .into()
}

/// A request body that broke off or could not be decoded while it was read.
pub fn payload_error(err: actix_web::error::PayloadError) -> ApiError {
    framework(err)
}

#[cfg(test)]
mod tests;
