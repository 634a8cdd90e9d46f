//! The indicator taxonomy (一级 → 二级).

use actix_web::{get, HttpResponse};

use crate::domain::taxonomy::{self, TaxonomyView};
use crate::http::extract::{NoParams, Query};
use crate::http::openapi::OperationProblems;

/// 指标体系 (indicator taxonomy)
///
/// The 一级 → 二级 indicator tree; the labels are the values indicators use.
///
/// Both vocabularies in use are accepted (成本指标 as a 二级 under 产出指标, and as a 一级 of its
/// own per 财预〔2021〕101号). Labels match after dropping whitespace and line breaks.
#[utoipa::path(
    tag = "reference",
    operation_id = "getTaxonomy",
    responses((status = 200, description = "The taxonomy", body = TaxonomyView))
)]
#[get("/taxonomy")]
pub async fn get_taxonomy(_params: Query<NoParams>) -> HttpResponse {
    HttpResponse::Ok().json(taxonomy::view())
}

/// The problems each operation of this module can answer, besides those of every operation and
/// of access control ([`crate::http::openapi::problems`]); the tests check every answer against
/// them.
pub const PROBLEMS: &[OperationProblems] = &[("getTaxonomy", &[])];
