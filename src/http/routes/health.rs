//! Liveness and readiness probes.

use actix_web::{get, web, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::ProblemCode as C;
use crate::http::extract::{NoParams, Query};
use crate::http::openapi::OperationProblems;
use crate::http::problem::ApiError;
use crate::service::Store;

/// Liveness answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// Always `ok` when the process answers.
    #[schema(example = "ok")]
    pub status: &'static str,
}

/// Readiness answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct Ready {
    /// `ready` when the database answers.
    #[schema(example = "ready")]
    pub status: &'static str,
    /// The database engine in use: `sqlite` or `postgres`.
    #[schema(example = "sqlite")]
    pub database: &'static str,
}

/// 存活检查 (liveness)
///
/// The process is up (it does not touch the database).
#[utoipa::path(
    tag = "operations",
    operation_id = "healthz",
    responses((status = 200, description = "The process answers", body = Health))
)]
#[get("/healthz")]
pub async fn healthz(_params: Query<NoParams>) -> HttpResponse {
    HttpResponse::Ok().json(Health { status: "ok" })
}

/// 就绪检查 (readiness: the database answers)
///
/// The service can reach its database (200), or not (503).
#[utoipa::path(
    tag = "operations",
    operation_id = "readyz",
    responses((status = 200, description = "The database answers", body = Ready))
)]
#[get("/readyz")]
pub async fn readyz(
    db: web::Data<Store>,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    db.ready().await?;
    Ok(HttpResponse::Ok().json(Ready {
        status: "ready",
        database: db.backend_name(),
    }))
}

/// The problems each operation of this module can answer, besides those of every operation and
/// of access control ([`crate::http::openapi::problems`]); the tests check every answer against
/// them.
pub const PROBLEMS: &[OperationProblems] =
    &[("healthz", &[]), ("readyz", &[&[C::ServiceUnavailable]])];
