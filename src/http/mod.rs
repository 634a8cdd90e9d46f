//! The HTTP layer, the only one that knows actix: the route table and server (`app`), access
//! control (`auth`), middleware, extractors, paging, problem rendering, the OpenAPI document and
//! one thin handler module per resource (`routes`). Handlers call `service` and `domain`, never
//! `db`.

pub mod app;
pub mod auth;
pub mod extract;
pub mod metrics;
pub mod middleware;
pub mod openapi;
pub mod paging;
pub mod problem;
pub mod responses;
pub mod routes;
