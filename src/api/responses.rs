//! Problem responses shared by many operations, for the OpenAPI spec.

use utoipa::IntoResponses;

use crate::error::Problem;

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
