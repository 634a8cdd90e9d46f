//! Thin HTTP handlers, one module per resource. Each module hands its handlers to
//! [`configure`], which `app` mounts under `/api/v1`.

pub mod extract;
pub mod health;
pub mod regions;
pub mod responses;
pub mod taxonomy;

use utoipa_actix_web::service_config::ServiceConfig;

/// Registers every `/api/v1` handler (with `.service`, so each lands in the OpenAPI spec).
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(taxonomy::get_taxonomy)
        .service(regions::list_regions);
}
