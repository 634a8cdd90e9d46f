//! What can go wrong in a use case, in terms that know no HTTP: [`ServiceError`], each case with
//! a stable code from the one list of codes a problem body can carry ([`ProblemCode`]) and its
//! title and explanation in both languages.
//!
//! The use cases (bulk uploads among them) and the commands return [`ServiceError`]. The HTTP
//! layer ([`crate::http::problem`]) wraps it, adds the cases only HTTP has (unknown route, wrong
//! method, media type, size, tokens, rate limits, CORS, the framework's own errors), chooses the
//! status of each code and renders problem+json (RFC 9457, SPEC §2.1).

use serde::{Deserialize, Serialize};

use crate::db::DbError;
use crate::domain::{Issue, IssueCode, Lang};
use crate::exchange::WriteError;

macro_rules! problem_codes {
    ($( $(#[doc = $doc:literal])* $variant:ident = $text:literal ; )*) => {
        /// Every code a problem body's `code` can carry: stable, UPPER_SNAKE_CASE, each one
        /// produced by some request (a test fails when one is never produced) and listed in
        /// `docs/API.md`. Clients must accept codes not listed here: a later version may add
        /// some (the spec lists them as an open enum).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum ProblemCode {
            $( $(#[doc = $doc])* #[serde(rename = $text)] $variant, )*
        }

        impl ProblemCode {
            /// Every code, in the order of the documentation.
            pub const ALL: &'static [ProblemCode] = &[$(ProblemCode::$variant),*];

            /// When the code is sent: its doc comment, for the OpenAPI document's response
            /// descriptions.
            pub fn description(self) -> &'static str {
                match self {
                    $(ProblemCode::$variant => concat!($($doc),*).trim_ascii(),)*
                }
            }

            /// The code as it appears in JSON.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ProblemCode::$variant => $text,)*
                }
            }
        }
    };
}

problem_codes! {
    // The request itself (the router, the extractors).
    /// A query parameter is unknown, repeated or malformed.
    InvalidQuery = "INVALID_QUERY";
    /// A path parameter is malformed (an id that is not a number).
    InvalidPathParameter = "INVALID_PATH_PARAMETER";
    /// The body is not JSON.
    MalformedJson = "MALFORMED_JSON";
    /// The body is JSON of the wrong shape.
    InvalidBody = "INVALID_BODY";
    /// A request header of the wrong form (an `Idempotency-Key` that is not 1–200 visible ASCII
    /// characters), named in `errors[0].parameter`.
    InvalidHeader = "INVALID_HEADER";
    /// Any other malformed request the framework refuses (a body that breaks off).
    BadRequest = "BAD_REQUEST";
    /// A cross-origin request the CORS policy refuses.
    CorsRejected = "CORS_REJECTED";
    // Access.
    /// No valid bearer token.
    Unauthenticated = "UNAUTHENTICATED";
    /// The token's role or regions do not allow the request.
    Forbidden = "FORBIDDEN";
    // Not found.
    /// No route has this path.
    RouteNotFound = "ROUTE_NOT_FOUND";
    /// No such sheet.
    SheetNotFound = "SHEET_NOT_FOUND";
    /// No such fund.
    FundNotFound = "FUND_NOT_FOUND";
    /// No such revision of the sheet.
    RevisionNotFound = "REVISION_NOT_FOUND";
    /// No such API token.
    TokenNotFound = "TOKEN_NOT_FOUND";
    /// No monitoring report for this sheet and month.
    ReportNotFound = "REPORT_NOT_FOUND";
    /// The sheet has no self-evaluation.
    EvaluationNotFound = "EVALUATION_NOT_FOUND";
    /// The path exists for other methods.
    MethodNotAllowed = "METHOD_NOT_ALLOWED";
    // Conflicts with stored state.
    /// A second sheet for the same fund and region.
    SheetExists = "SHEET_EXISTS";
    /// A second fund with the same year and name.
    FundExists = "FUND_EXISTS";
    /// Deleting a fund that has sheets, without `force=true`.
    FundHasSheets = "FUND_HAS_SHEETS";
    /// Editing a `SUBMITTED` or `APPROVED` sheet.
    SheetNotEditable = "SHEET_NOT_EDITABLE";
    /// A review step the sheet's (or report's) status does not allow.
    InvalidTransition = "INVALID_TRANSITION";
    /// Writing a monitoring report for a sheet that is not `APPROVED`.
    SheetNotApproved = "SHEET_NOT_APPROVED";
    /// Changing a `SUBMITTED` or `APPROVED` monitoring report.
    ReportNotEditable = "REPORT_NOT_EDITABLE";
    /// Changing or deleting a `SUBMITTED` or `APPROVED` self-evaluation.
    EvaluationNotEditable = "EVALUATION_NOT_EDITABLE";
    /// A sheet write that would remove an indicator a report refers to.
    IndicatorInUse = "INDICATOR_IN_USE";
    /// Deleting a sheet that has monitoring reports, without an administrator's `force=true`.
    SheetInUse = "SHEET_IN_USE";
    /// A second active token with the same name.
    TokenExists = "TOKEN_EXISTS";
    /// Revoking the last active administrator token.
    LastAdminToken = "LAST_ADMIN_TOKEN";
    /// `If-Match` does not match the stored version.
    PreconditionFailed = "PRECONDITION_FAILED";
    /// The body is larger than the operation accepts.
    PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    /// The body's media type is not accepted.
    UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    // Documents that parse but cannot be taken.
    /// The document breaks rules; every issue is listed.
    ValidationFailed = "VALIDATION_FAILED";
    /// An atomic bulk upload with failed items; nothing was saved.
    ImportFailed = "IMPORT_FAILED";
    /// An upload that cannot be read as a whole.
    UnreadableUpload = "UNREADABLE_UPLOAD";
    /// An `Idempotency-Key` sent again with a different request.
    IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    /// An export beyond what its file format holds (Excel's cell and row limits); `errors[0]`
    /// names the limit (`CELL_TOO_LONG`, `TOO_MANY_ROWS`).
    ExportFailed = "EXPORT_FAILED";
    // Limits and the server.
    /// The token is over its request rate or upload volume.
    RateLimited = "RATE_LIMITED";
    /// A bug or an unexpected failure.
    InternalError = "INTERNAL_ERROR";
    /// The database is unreachable.
    ServiceUnavailable = "SERVICE_UNAVAILABLE";
    /// Concurrent writes collided and retrying did not resolve it.
    TransactionConflict = "TRANSACTION_CONFLICT";
}

impl utoipa::PartialSchema for ProblemCode {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some(ProblemCode::ALL.iter().map(|c| c.as_str())))
            .description(Some(
                "The problem codes this version sends, UPPER_SNAKE_CASE; `docs/API.md` explains \
                 each one. A later version may add codes: treat an unknown one by its status.",
            ))
            .into()
    }
}

impl utoipa::ToSchema for ProblemCode {}

impl std::fmt::Display for ProblemCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of resource a path names, for [`ServiceError::NotFound`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    /// A sheet (绩效目标表).
    Sheet,
    /// A fund (专项资金).
    Fund,
    /// A revision of a sheet.
    Revision,
    /// An API token.
    Token,
    /// A monitoring report (sheet and month).
    Report,
    /// A self-evaluation (its sheet).
    Evaluation,
}

impl Resource {
    /// The code of a missing resource of this kind.
    pub fn not_found_code(self) -> ProblemCode {
        match self {
            Resource::Sheet => ProblemCode::SheetNotFound,
            Resource::Fund => ProblemCode::FundNotFound,
            Resource::Revision => ProblemCode::RevisionNotFound,
            Resource::Token => ProblemCode::TokenNotFound,
            Resource::Report => ProblemCode::ReportNotFound,
            Resource::Evaluation => ProblemCode::EvaluationNotFound,
        }
    }

    /// The name of the kind, in English (`sheet`) and in Chinese (`绩效目标表`).
    fn name(self, lang: Lang) -> &'static str {
        match self {
            Resource::Sheet => lang.pick("绩效目标表", "sheet"),
            Resource::Fund => lang.pick("专项资金", "fund"),
            Resource::Revision => lang.pick("修订记录", "revision"),
            Resource::Token => lang.pick("API 令牌", "token"),
            Resource::Report => lang.pick("绩效监控报告", "monitoring report"),
            Resource::Evaluation => lang.pick("绩效自评", "self-evaluation"),
        }
    }
}

impl std::fmt::Display for Resource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name(Lang::En))
    }
}

/// Every way a use case can fail, whoever called it (an HTTP handler, the command line, an
/// import). No statuses here: the HTTP layer chooses them from [`ServiceError::code`].
#[derive(Debug, Clone, thiserror::Error)]
pub enum ServiceError {
    /// A resource addressed by its id does not exist.
    #[error("{resource} {id} not found")]
    NotFound {
        /// What kind of resource.
        resource: Resource,
        /// The identifier as given.
        id: String,
    },
    /// A document that is not JSON at all.
    #[error("malformed JSON: {reason}")]
    MalformedJson {
        /// Parser message with line and column.
        reason: String,
    },
    /// A document that is JSON but not of the expected shape (wrong type, unknown or missing
    /// field).
    #[error("invalid body at {path}: {reason}")]
    InvalidBody {
        /// Issue code: `UNKNOWN_FIELD`, `MISSING_FIELD` or `INVALID_TYPE`.
        issue_code: IssueCode,
        /// JSON Pointer of the offending value.
        path: String,
        /// Deserializer message.
        reason: String,
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
        /// Which conflict (`SHEET_EXISTS`, `FUND_HAS_SHEETS`, …).
        code: ProblemCode,
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
    /// An export beyond what its file format holds (made from a [`WriteError`] naming a limit;
    /// a writer failure is [`ServiceError::Internal`]).
    #[error("export refused: {code}: {message_en}")]
    Unexportable {
        /// The limit: `CELL_TOO_LONG`, `TOO_MANY_ROWS`.
        code: IssueCode,
        /// Chinese explanation, naming the value at fault.
        message_zh: String,
        /// English explanation, naming the value at fault.
        message_en: String,
    },
    /// The caller's role or regions do not allow the request.
    #[error("forbidden: {en}")]
    Forbidden {
        /// Chinese explanation.
        zh: String,
        /// English explanation.
        en: String,
    },
    /// The version the client holds (`If-Match`) is not the stored one.
    #[error("precondition failed: current version {current}")]
    PreconditionFailed {
        /// The version currently stored.
        current: i64,
    },
    /// A conditional request whose condition fails for another reason than a stale version:
    /// `If-Match` on a resource that does not exist, `If-None-Match: *` on one that does.
    #[error("precondition failed: {detail_en}")]
    ConditionFailed {
        /// Why, in Chinese.
        detail_zh: String,
        /// Why, in English.
        detail_en: String,
    },
    /// The database cannot be reached (pool timeout, connection refused).
    #[error("database unavailable: {reason}")]
    DatabaseUnavailable {
        /// Cause, logged and never sent to the client.
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

impl ServiceError {
    /// Wraps any unexpected failure as an internal error whose cause goes to the log only.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        ServiceError::Internal {
            cause: cause.to_string(),
        }
    }

    /// The stable code of this error.
    pub fn code(&self) -> ProblemCode {
        match self {
            ServiceError::NotFound { resource, .. } => resource.not_found_code(),
            ServiceError::MalformedJson { .. } => ProblemCode::MalformedJson,
            ServiceError::InvalidBody { .. } => ProblemCode::InvalidBody,
            ServiceError::Validation { .. } => ProblemCode::ValidationFailed,
            ServiceError::Conflict { code, .. } => *code,
            ServiceError::ImportFailed { .. } => ProblemCode::ImportFailed,
            ServiceError::UnreadableUpload { .. } => ProblemCode::UnreadableUpload,
            ServiceError::IdempotencyKeyReused { .. } => ProblemCode::IdempotencyKeyReused,
            ServiceError::Unexportable { .. } => ProblemCode::ExportFailed,
            ServiceError::Forbidden { .. } => ProblemCode::Forbidden,
            ServiceError::PreconditionFailed { .. } | ServiceError::ConditionFailed { .. } => {
                ProblemCode::PreconditionFailed
            }
            ServiceError::DatabaseUnavailable { .. } => ProblemCode::ServiceUnavailable,
            ServiceError::TransactionConflict => ProblemCode::TransactionConflict,
            ServiceError::Internal { .. } => ProblemCode::InternalError,
        }
    }

    /// Short summary of the kind of problem.
    pub fn title(&self, lang: Lang) -> String {
        let (zh, en) = match self {
            ServiceError::NotFound { .. } => ("资源不存在", "Resource not found"),
            ServiceError::MalformedJson { .. } => ("请求体不是合法的 JSON", "Malformed JSON"),
            ServiceError::InvalidBody { .. } => ("请求体结构有误", "Invalid request body"),
            ServiceError::Validation { .. } => ("校验未通过", "Validation failed"),
            ServiceError::ImportFailed { .. } => ("导入未通过，未保存任何内容", "Import refused"),
            ServiceError::UnreadableUpload { .. } => ("无法读取上传的文件", "Unreadable upload"),
            ServiceError::IdempotencyKeyReused { .. } => {
                ("幂等键已用于另一请求", "Idempotency key reused")
            }
            ServiceError::Unexportable { .. } => (
                "导出内容超出文件格式的上限",
                "Export beyond the file format's limits",
            ),
            ServiceError::Conflict { .. } => ("与现有数据冲突", "Conflict with stored data"),
            ServiceError::Forbidden { .. } => ("无权执行该操作", "Forbidden"),
            ServiceError::PreconditionFailed { .. } | ServiceError::ConditionFailed { .. } => {
                ("版本不匹配", "Precondition failed")
            }
            ServiceError::DatabaseUnavailable { .. } => ("服务暂不可用", "Service unavailable"),
            ServiceError::TransactionConflict => ("并发写入冲突", "Concurrent write conflict"),
            ServiceError::Internal { .. } => ("服务器内部错误", "Internal server error"),
        };
        lang.pick(zh, en).to_string()
    }

    /// Explanation of this occurrence.
    pub fn detail(&self, lang: Lang) -> String {
        match self {
            ServiceError::NotFound { resource, id } => lang.pick(
                format!("{} {id} 不存在", resource.name(lang)),
                format!("There is no {resource} {id}"),
            ),
            ServiceError::MalformedJson { reason } => lang.pick(
                format!("无法解析 JSON：{reason}"),
                format!("The body is not valid JSON: {reason}"),
            ),
            ServiceError::InvalidBody { path, reason, .. } => lang.pick(
                format!("请求体在 {} 处有误：{reason}", display_path(path)),
                format!("Invalid body at {}: {reason}", display_path(path)),
            ),
            ServiceError::Validation { issues } => {
                let errors = issues
                    .iter()
                    .filter(|i| i.severity == crate::domain::Severity::Error)
                    .count();
                lang.pick(
                    format!("发现 {errors} 个错误，详见 errors"),
                    format!("{errors} error(s) found; see errors"),
                )
            }
            ServiceError::ImportFailed { failed, .. } => lang.pick(
                format!("{failed} 项有错误，整批未保存（mode=atomic），详见 summary"),
                format!(
                    "{failed} item(s) have errors, so nothing was saved (mode=atomic); see summary"
                ),
            ),
            ServiceError::UnreadableUpload { issues } => lang.pick(
                format!("上传的文件无法读取（{} 处问题），详见 errors", issues.len()),
                format!(
                    "The upload cannot be read ({} problem(s)); see errors",
                    issues.len()
                ),
            ),
            ServiceError::IdempotencyKeyReused { key } => lang.pick(
                format!("Idempotency-Key“{key}”已用于内容不同的请求，请换一个键"),
                format!("Idempotency-Key “{key}” was used with a different request; use a new key"),
            ),
            ServiceError::Unexportable {
                message_zh,
                message_en,
                ..
            } => lang.pick(message_zh, message_en).into(),
            ServiceError::Conflict {
                detail_zh,
                detail_en,
                ..
            } => lang.pick(detail_zh, detail_en).into(),
            ServiceError::Forbidden { zh: z, en } => lang.pick(z, en).into(),
            ServiceError::ConditionFailed {
                detail_zh,
                detail_en,
            } => lang.pick(detail_zh, detail_en).into(),
            ServiceError::PreconditionFailed { current } => lang.pick(
                format!("If-Match 与当前版本不符，当前版本为 \"{current}\"，请重新读取后再修改"),
                format!(
                    "If-Match does not match the current version \"{current}\"; read it again and retry"
                ),
            ),
            ServiceError::DatabaseUnavailable { .. } => lang
                .pick(
                    "数据库暂时无法访问，请稍后重试",
                    "The database is unreachable; retry later",
                )
                .into(),
            ServiceError::TransactionConflict => lang
                .pick(
                    "与其他同时进行的写入冲突，未保存任何内容，请稍后重试",
                    "Collided with concurrent writes; nothing was saved, retry shortly",
                )
                .into(),
            ServiceError::Internal { .. } => lang
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

    /// The issues a problem body lists, where fields are at fault.
    pub fn errors(&self, lang: Lang) -> Option<Vec<Issue>> {
        match self {
            ServiceError::Validation { issues } | ServiceError::UnreadableUpload { issues } => {
                Some(issues.clone())
            }
            ServiceError::Conflict { issues, .. } if !issues.is_empty() => Some(issues.clone()),
            ServiceError::Unexportable { code, .. } => {
                Some(vec![Issue::error(*code, "", self.detail(lang))])
            }
            ServiceError::InvalidBody {
                issue_code, path, ..
            } => Some(vec![Issue::error(
                *issue_code,
                path.clone(),
                self.detail(lang),
            )]),
            _ => None,
        }
    }

    /// The import summary of a refused atomic upload.
    pub fn summary(&self) -> Option<&serde_json::Value> {
        match self {
            ServiceError::ImportFailed { summary, .. } => Some(summary),
            _ => None,
        }
    }
}

/// A JSON Pointer as shown in messages: `/` for the document itself.
pub fn display_path(path: &str) -> &str {
    if path.is_empty() {
        "/"
    } else {
        path
    }
}

impl From<crate::domain::access::Refusal> for ServiceError {
    fn from(r: crate::domain::access::Refusal) -> Self {
        ServiceError::Forbidden { zh: r.zh, en: r.en }
    }
}

impl From<WriteError> for ServiceError {
    /// An export beyond a limit of its format is the client's to narrow ([`ProblemCode::ExportFailed`]);
    /// a writer failure is a bug, whose cause goes to the log only.
    fn from(e: WriteError) -> Self {
        match e.code.limit() {
            Some(code) => ServiceError::Unexportable {
                code,
                message_zh: e.message_zh,
                message_en: e.message_en,
            },
            None => ServiceError::internal(e),
        }
    }
}

impl From<DbError> for ServiceError {
    fn from(err: DbError) -> Self {
        use crate::db::Retryable;
        if err.is_serialization_failure() {
            return ServiceError::TransactionConflict;
        }
        if err.is_connection_lost() {
            return ServiceError::DatabaseUnavailable {
                reason: err.to_string(),
            };
        }
        match err {
            DbError::Pool(e) => ServiceError::DatabaseUnavailable {
                reason: e.to_string(),
            },
            DbError::Unavailable(reason) => ServiceError::DatabaseUnavailable { reason },
            other => ServiceError::internal(other),
        }
    }
}

impl From<diesel::result::Error> for ServiceError {
    fn from(err: diesel::result::Error) -> Self {
        ServiceError::from(DbError::from(err))
    }
}

impl crate::db::Retryable for ServiceError {
    fn is_serialization_failure(&self) -> bool {
        matches!(self, ServiceError::TransactionConflict)
    }
}

#[cfg(test)]
mod tests;
