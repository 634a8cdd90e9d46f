//! Problem responses shared by many operations, for the OpenAPI spec, and the helpers that
//! build success responses with `ETag` and `Location`.

use actix_web::http::header::{self, ContentType};
use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::HttpResponse;
use serde::Serialize;
use utoipa::IntoResponses;

use crate::http::problem::Problem;

/// Failures any read operation can answer.
#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum ReadErrors {
    /// A query parameter is unknown, repeated or malformed (`INVALID_QUERY`).
    #[response(status = 400, content_type = "application/problem+json")]
    BadRequest(Problem),
    /// Unexpected failure (`INTERNAL_ERROR`); the body says nothing of its cause.
    #[response(status = 500, content_type = "application/problem+json")]
    Internal(Problem),
    /// The database is unreachable (`SERVICE_UNAVAILABLE`), with `Retry-After`.
    #[response(status = 503, content_type = "application/problem+json")]
    Unavailable(Problem),
}

/// Failures of reading one resource.
#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum ItemErrors {
    /// A query or path parameter is malformed (`INVALID_QUERY`, `INVALID_PATH_PARAMETER`).
    #[response(status = 400, content_type = "application/problem+json")]
    BadRequest(Problem),
    /// No such resource (`SHEET_NOT_FOUND`, `FUND_NOT_FOUND`).
    #[response(status = 404, content_type = "application/problem+json")]
    NotFound(Problem),
    /// Unexpected failure (`INTERNAL_ERROR`).
    #[response(status = 500, content_type = "application/problem+json")]
    Internal(Problem),
    /// The database is unreachable (`SERVICE_UNAVAILABLE`), with `Retry-After`.
    #[response(status = 503, content_type = "application/problem+json")]
    Unavailable(Problem),
}

/// Failures of checking a document without saving it.
#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum CheckErrors {
    /// Not JSON (`MALFORMED_JSON`), JSON of the wrong shape (`INVALID_BODY`), or a malformed
    /// query parameter (`INVALID_QUERY`).
    #[response(status = 400, content_type = "application/problem+json")]
    BadRequest(Problem),
    /// A resource named in the query does not exist (`SHEET_NOT_FOUND`).
    #[response(status = 404, content_type = "application/problem+json")]
    NotFound(Problem),
    /// The body is larger than the limit (`PAYLOAD_TOO_LARGE`).
    #[response(status = 413, content_type = "application/problem+json")]
    TooLarge(Problem),
    /// The body is not JSON (`UNSUPPORTED_MEDIA_TYPE`).
    #[response(status = 415, content_type = "application/problem+json")]
    UnsupportedMediaType(Problem),
    /// Unexpected failure (`INTERNAL_ERROR`).
    #[response(status = 500, content_type = "application/problem+json")]
    Internal(Problem),
    /// The database is unreachable (`SERVICE_UNAVAILABLE`), with `Retry-After`.
    #[response(status = 503, content_type = "application/problem+json")]
    Unavailable(Problem),
}

/// Failures of reading one target value (`POST /targets/parse`); a target that does not parse
/// is not one of them (it is reported in the answer's `issues`).
#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum ParseErrors {
    /// Not JSON (`MALFORMED_JSON`), JSON of the wrong shape (`INVALID_BODY`: an unknown field,
    /// a `year` that is not a whole number), or a query parameter (`INVALID_QUERY`).
    #[response(status = 400, content_type = "application/problem+json")]
    BadRequest(Problem),
    /// The body is larger than the limit (`PAYLOAD_TOO_LARGE`).
    #[response(status = 413, content_type = "application/problem+json")]
    TooLarge(Problem),
    /// The body is not JSON (`UNSUPPORTED_MEDIA_TYPE`).
    #[response(status = 415, content_type = "application/problem+json")]
    UnsupportedMediaType(Problem),
    /// `year` outside 1900–2100 (`VALIDATION_FAILED`, the issue `YEAR_OUT_OF_RANGE` at
    /// `/year`).
    #[response(status = 422, content_type = "application/problem+json")]
    Unprocessable(Problem),
    /// Unexpected failure (`INTERNAL_ERROR`).
    #[response(status = 500, content_type = "application/problem+json")]
    Internal(Problem),
    /// The database, which holds the tokens, is unreachable (`SERVICE_UNAVAILABLE`), with
    /// `Retry-After`.
    #[response(status = 503, content_type = "application/problem+json")]
    Unavailable(Problem),
}

/// Failures of a bulk upload.
#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum BulkErrors {
    /// Not JSON (`MALFORMED_JSON`), not an array (`INVALID_BODY`), a malformed query
    /// parameter (`INVALID_QUERY`) or `Idempotency-Key`.
    #[response(status = 400, content_type = "application/problem+json")]
    BadRequest(Problem),
    /// The body is larger than 32 MiB (`PAYLOAD_TOO_LARGE`).
    #[response(status = 413, content_type = "application/problem+json")]
    TooLarge(Problem),
    /// A media type the upload does not accept (`UNSUPPORTED_MEDIA_TYPE`).
    #[response(status = 415, content_type = "application/problem+json")]
    UnsupportedMediaType(Problem),
    /// An atomic upload with failed items (`IMPORT_FAILED`, the summary in `summary`), an
    /// unreadable file or too many sheets (`UNREADABLE_UPLOAD`), or an `Idempotency-Key` sent
    /// with another request (`IDEMPOTENCY_KEY_REUSED`).
    #[response(status = 422, content_type = "application/problem+json")]
    Unprocessable(Problem),
    /// Unexpected failure (`INTERNAL_ERROR`).
    #[response(status = 500, content_type = "application/problem+json")]
    Internal(Problem),
    /// The database is unreachable or the transaction kept colliding (`SERVICE_UNAVAILABLE`,
    /// `TRANSACTION_CONFLICT`), with `Retry-After`.
    #[response(status = 503, content_type = "application/problem+json")]
    Unavailable(Problem),
}

/// Failures of creating a resource.
#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum CreateErrors {
    /// Not JSON (`MALFORMED_JSON`), or JSON of the wrong shape (`INVALID_BODY`: unknown field,
    /// wrong type), or a bad query parameter; `errors[0].path` points at the fault.
    #[response(status = 400, content_type = "application/problem+json")]
    BadRequest(Problem),
    /// The document is valid but conflicts with stored data (`SHEET_EXISTS`, `FUND_EXISTS`).
    #[response(status = 409, content_type = "application/problem+json")]
    Conflict(Problem),
    /// The body is over the size limit (`PAYLOAD_TOO_LARGE`).
    #[response(status = 413, content_type = "application/problem+json")]
    TooLarge(Problem),
    /// The body is not `application/json` (`UNSUPPORTED_MEDIA_TYPE`).
    #[response(status = 415, content_type = "application/problem+json")]
    UnsupportedMediaType(Problem),
    /// The document breaks rules (`VALIDATION_FAILED`): every issue is listed in `errors`.
    #[response(status = 422, content_type = "application/problem+json")]
    Unprocessable(Problem),
    /// Unexpected failure (`INTERNAL_ERROR`).
    #[response(status = 500, content_type = "application/problem+json")]
    Internal(Problem),
    /// The database is unreachable, or concurrent writes collided (`SERVICE_UNAVAILABLE`,
    /// `TRANSACTION_CONFLICT`); nothing was saved; `Retry-After` says when to retry.
    #[response(status = 503, content_type = "application/problem+json")]
    Unavailable(Problem),
}

/// Failures of replacing or patching a resource.
#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum UpdateErrors {
    /// Not JSON, JSON of the wrong shape, or a malformed id; `errors[0].path` points at the
    /// fault.
    #[response(status = 400, content_type = "application/problem+json")]
    BadRequest(Problem),
    /// No such resource.
    #[response(status = 404, content_type = "application/problem+json")]
    NotFound(Problem),
    /// The document is valid but conflicts with stored data.
    #[response(status = 409, content_type = "application/problem+json")]
    Conflict(Problem),
    /// `If-Match` does not match the stored version (`PRECONDITION_FAILED`).
    #[response(status = 412, content_type = "application/problem+json")]
    PreconditionFailed(Problem),
    /// The body is over the size limit (`PAYLOAD_TOO_LARGE`).
    #[response(status = 413, content_type = "application/problem+json")]
    TooLarge(Problem),
    /// The body is not JSON (`UNSUPPORTED_MEDIA_TYPE`).
    #[response(status = 415, content_type = "application/problem+json")]
    UnsupportedMediaType(Problem),
    /// The document breaks rules (`VALIDATION_FAILED`, `IMMUTABLE_FIELD` among the issues).
    #[response(status = 422, content_type = "application/problem+json")]
    Unprocessable(Problem),
    /// Unexpected failure (`INTERNAL_ERROR`).
    #[response(status = 500, content_type = "application/problem+json")]
    Internal(Problem),
    /// The database is unreachable, or concurrent writes collided; nothing was saved.
    #[response(status = 503, content_type = "application/problem+json")]
    Unavailable(Problem),
}

/// Failures of deleting a resource.
#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum DeleteErrors {
    /// A malformed id or query parameter.
    #[response(status = 400, content_type = "application/problem+json")]
    BadRequest(Problem),
    /// No such resource.
    #[response(status = 404, content_type = "application/problem+json")]
    NotFound(Problem),
    /// The resource cannot be deleted in its state (`FUND_HAS_SHEETS`).
    #[response(status = 409, content_type = "application/problem+json")]
    Conflict(Problem),
    /// `If-Match` does not match the stored version (`PRECONDITION_FAILED`).
    #[response(status = 412, content_type = "application/problem+json")]
    PreconditionFailed(Problem),
    /// Unexpected failure (`INTERNAL_ERROR`).
    #[response(status = 500, content_type = "application/problem+json")]
    Internal(Problem),
    /// The database is unreachable, or concurrent writes collided; nothing was deleted.
    #[response(status = 503, content_type = "application/problem+json")]
    Unavailable(Problem),
}

/// The strong entity tag of a version: `"<version>"`.
pub fn etag(version: i64) -> String {
    format!("\"{version}\"")
}

/// A JSON response carrying the resource's `ETag` (and `Location` when given).
pub fn resource<T: Serialize>(
    status: StatusCode,
    body: &T,
    version: i64,
    location: Option<String>,
) -> HttpResponse {
    let mut res = HttpResponse::build(status);
    res.insert_header((header::ETAG, etag(version)));
    if let Some(loc) = location {
        res.insert_header((header::LOCATION, loc));
    }
    res.json(body)
}

/// A 200 response with a resource already rendered as JSON, carrying its `ETag`.
pub fn rendered_resource(body: Bytes, version: i64) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::ETAG, etag(version)))
        .content_type(ContentType::json())
        .body(body)
}
