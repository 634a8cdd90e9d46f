//! Reference data: administrative divisions.

use actix_web::{get, web, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::ProblemCode as C;
use crate::http::extract::{NoParams, Query};
use crate::http::openapi::OperationProblems;
use crate::http::problem::ApiError;
use crate::service::{reads, Store};

/// An administrative division (GB/T 2260).
#[derive(Debug, Serialize, ToSchema)]
pub struct Region {
    /// Six-digit division code, the value sheets use as `region_code`.
    #[schema(example = "433100")]
    pub code: String,
    /// Full name.
    #[schema(example = "湘西土家族苗族自治州")]
    pub name: String,
    /// Short name, accepted by importers and the department check as well as `name`.
    #[schema(example = "湘西州")]
    pub short_name: String,
}

/// All regions, ordered by code (a short reference list: not paged).
#[derive(Debug, Serialize, ToSchema)]
pub struct RegionList {
    /// The regions.
    pub items: Vec<Region>,
}

/// 行政区划列表 (regions)
///
/// Lists the administrative divisions sheets can be filed for, ordered by code.
#[utoipa::path(
    tag = "reference",
    operation_id = "listRegions",
    responses((status = 200, description = "All regions, ordered by code", body = RegionList))
)]
#[get("/regions")]
pub async fn list_regions(
    db: web::Data<Store>,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let rows = db.run(reads::list_regions).await?;
    let items = rows
        .into_iter()
        .map(|r| Region {
            code: r.code,
            name: r.name,
            short_name: r.short_name,
        })
        .collect();
    Ok(HttpResponse::Ok().json(RegionList { items }))
}

/// The problems each operation of this module can answer, besides those of every operation and
/// of access control ([`crate::http::openapi::problems`]); the tests check every answer against
/// them.
pub const PROBLEMS: &[OperationProblems] = &[("listRegions", &[&[C::ServiceUnavailable]])];
