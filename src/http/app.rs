//! The one route table and middleware stack; [`crate::startup`] builds the server and the
//! tests' application from it alike.

use std::collections::BTreeMap;

use actix_cors::Cors;
use actix_web::body::BoxBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method};
use actix_web::middleware::from_fn;
use actix_web::{web, App, HttpRequest, HttpResponse};
use utoipa::OpenApi as _;
use utoipa_actix_web::{scope, AppExt, UtoipaApp};
use utoipa_swagger_ui::SwaggerUi;

use std::sync::Arc;

use crate::config::HttpSettings;
use crate::http::auth::Guard;
use crate::http::extract::JsonLimit;
use crate::http::metrics::Metrics;
use crate::http::middleware::InFlight;
use crate::http::openapi::ApiDoc;
use crate::http::problem::{self, ApiError};
use crate::service::cache::SheetCache;
use crate::service::Store;

/// Prefix of every API operation.
pub const API_PREFIX: &str = "/api/v1";

/// What every worker shares.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The service's database handle.
    pub store: Store,
    /// Web-facing settings.
    pub http: HttpSettings,
    /// Access control: limiters and token cache, shared by all workers.
    pub guard: Arc<Guard>,
    /// Rendered sheet bodies, shared by all workers.
    pub sheet_cache: Arc<SheetCache>,
    /// What `GET /metrics` shows, shared by all workers.
    pub metrics: Arc<Metrics>,
    /// The requests being worked on, counted across all workers.
    pub in_flight: InFlight,
}

impl AppState {
    /// The state for these settings, with a new [`Guard`].
    pub fn new(store: Store, http: HttpSettings) -> AppState {
        let guard = Guard::new(http.auth.clone());
        let sheet_cache = Arc::new(SheetCache::new(http.sheet_cache_mib as usize * 1024 * 1024));
        let metrics = Arc::new(Metrics::new(
            http.metrics,
            store.clone(),
            sheet_cache.clone(),
        ));
        AppState {
            store,
            http,
            guard,
            sheet_cache,
            metrics,
            in_flight: InFlight::default(),
        }
    }
}

/// Registers every documented operation. The one route table: health probes and metrics at the
/// root, the API under [`API_PREFIX`].
fn register<T>(app: UtoipaApp<T>) -> UtoipaApp<T>
where
    T: ServiceFactory<ServiceRequest, Config = (), Error = actix_web::Error, InitError = ()>,
{
    app.service(crate::http::routes::health::healthz)
        .service(crate::http::routes::health::readyz)
        .service(crate::http::metrics::metrics)
        .service(scope::scope(API_PREFIX).configure(crate::http::routes::configure))
}

/// The OpenAPI document, generated from the handlers, with access control marked on it and
/// finished ([`crate::http::openapi::finish`]).
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut api = register(App::new().into_utoipa_app().openapi(ApiDoc::openapi()))
        .split_for_parts()
        .1;
    document(&mut api);
    api
}

/// Completes the document the handlers gave.
fn document(api: &mut utoipa::openapi::OpenApi) {
    crate::http::auth::document(api);
    crate::http::openapi::finish(api);
}

/// The OpenAPI document as pretty-printed JSON (what `openapi/openapi.json` holds).
pub fn openapi_json() -> String {
    openapi()
        .to_pretty_json()
        .expect("the OpenAPI document serializes")
}

/// Builds the application: routes, Swagger UI, error handling, CORS and the request middleware.
pub fn build(
    state: AppState,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<BoxBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let (app, mut api) =
        register(App::new().into_utoipa_app().openapi(ApiDoc::openapi())).split_for_parts();
    document(&mut api);
    let routes = RouteTable::from_openapi(&api);
    app.app_data(web::Data::new(state.store.clone()))
        .app_data(web::Data::from(state.guard.clone()))
        .app_data(web::Data::from(state.sheet_cache.clone()))
        .app_data(web::Data::from(state.metrics.clone()))
        .app_data(web::Data::new(state.in_flight.clone()))
        .app_data(web::Data::new(routes))
        .app_data(JsonLimit(crate::http::extract::DEFAULT_JSON_LIMIT))
        .app_data(web::JsonConfig::default().error_handler(problem::json_config_error))
        .app_data(web::QueryConfig::default().error_handler(problem::query_config_error))
        .app_data(web::PathConfig::default().error_handler(problem::path_config_error))
        .service(
            SwaggerUi::new("/swagger-ui/{_:.*}")
                .url("/api-docs/openapi.json", api)
                // The pasted token survives a reload of the page.
                .config(utoipa_swagger_ui::Config::default().persist_authorization(true)),
        )
        .service(web::resource("/swagger-ui").to(redirect_to_swagger_ui))
        .default_service(web::to(fallback))
        .wrap(from_fn(crate::http::auth::authenticate))
        .wrap(cors(&state.http.cors_origins))
        .wrap(from_fn(crate::http::middleware::request_context))
        .wrap(from_fn(crate::http::metrics::record))
        .wrap(from_fn(crate::http::middleware::count_in_flight))
}

async fn redirect_to_swagger_ui() -> HttpResponse {
    HttpResponse::PermanentRedirect()
        .insert_header((header::LOCATION, "/swagger-ui/"))
        .finish()
}

/// The path the router matches routes against: percent-decoded except for `%`, `/` and `+`
/// (`/api/v1/%73heets` is routed as `/api/v1/sheets`). Every decision about a route (access
/// control, `Allow`) is taken on this path, never on the raw one.
pub fn routed_path(req: &HttpRequest) -> &str {
    req.match_info().as_str()
}

/// Answers requests no route took: 405 with `Allow` when the path exists for other methods,
/// 404 otherwise.
async fn fallback(
    req: HttpRequest,
    routes: web::Data<RouteTable>,
) -> Result<HttpResponse, ApiError> {
    match routes.allowed_methods(routed_path(&req)) {
        Some(allowed) if !allowed.contains(req.method()) => Err(ApiError::MethodNotAllowed {
            allowed: allowed.iter().map(|m| m.to_string()).collect(),
        }),
        _ => Err(ApiError::RouteNotFound),
    }
}

fn cors(origins: &[String]) -> Cors {
    let mut cors = Cors::default()
        .allowed_methods(["GET", "POST", "PUT", "PATCH", "DELETE"])
        .allowed_headers([
            header::ACCEPT,
            header::ACCEPT_LANGUAGE,
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            header::IF_MATCH,
            header::HeaderName::from_static("x-request-id"),
            header::HeaderName::from_static("idempotency-key"),
        ])
        .expose_headers([
            header::ETAG,
            header::LOCATION,
            header::RETRY_AFTER,
            header::HeaderName::from_static("x-request-id"),
        ])
        .max_age(3600);
    if origins.iter().any(|o| o == "*") {
        cors = cors.allow_any_origin();
    } else {
        for origin in origins {
            cors = cors.allowed_origin(origin);
        }
    }
    cors
}

/// The documented paths and their methods, read from the OpenAPI document, so that an unknown
/// method on a known path is a 405 rather than a 404.
#[derive(Debug, Default)]
pub struct RouteTable {
    routes: Vec<Route>,
}

/// A documented path: its segments, its methods, the methods that need a token, and the
/// operation id of each method.
type Route = (
    Vec<Segment>,
    Vec<Method>,
    Vec<Method>,
    Vec<(Method, String)>,
);

#[derive(Debug, PartialEq, Eq)]
enum Segment {
    Literal(String),
    Param,
}

impl RouteTable {
    /// Builds the table from the paths of an OpenAPI document.
    pub fn from_openapi(api: &utoipa::openapi::OpenApi) -> Self {
        type Methods = (Vec<Method>, Vec<Method>, Vec<(Method, String)>);
        let mut by_path: BTreeMap<&str, Methods> = BTreeMap::new();
        for (path, item) in &api.paths.paths {
            let methods = [
                (Method::GET, item.get.as_ref()),
                (Method::POST, item.post.as_ref()),
                (Method::PUT, item.put.as_ref()),
                (Method::PATCH, item.patch.as_ref()),
                (Method::DELETE, item.delete.as_ref()),
            ];
            let entry = by_path.entry(path.as_str()).or_default();
            for (method, op) in methods {
                if let Some(op) = op {
                    entry.0.push(method.clone());
                    if let Some(id) = &op.operation_id {
                        entry.2.push((method.clone(), id.clone()));
                    }
                    if op.security.as_ref().is_some_and(|s| !s.is_empty()) {
                        entry.1.push(method);
                    }
                }
            }
        }
        let routes = by_path
            .into_iter()
            .map(|(path, (methods, secured, ids))| {
                let segments = path
                    .trim_matches('/')
                    .split('/')
                    .map(|s| {
                        if s.starts_with('{') && s.ends_with('}') {
                            Segment::Param
                        } else {
                            Segment::Literal(s.to_string())
                        }
                    })
                    .collect();
                (segments, methods, secured, ids)
            })
            .collect();
        RouteTable { routes }
    }

    /// Every documented path matching `path` segment by segment, as the router matches it: an
    /// extra slash (`/api/v1/sheets/2/`, `//api/v1/…`) is an empty segment, so such a path
    /// reaches no operation.
    fn matching<'a>(&'a self, path: &str) -> impl Iterator<Item = &'a Route> + 'a {
        let parts: Vec<String> = path
            .strip_prefix('/')
            .unwrap_or(path)
            .split('/')
            .map(str::to_owned)
            .collect();
        self.routes.iter().filter(move |(segments, ..)| {
            segments.len() == parts.len()
                && segments.iter().zip(&parts).all(|(seg, part)| match seg {
                    Segment::Literal(l) => l == part,
                    Segment::Param => !part.is_empty(),
                })
        })
    }

    /// The documented path `path` names: a literal segment wins over a parameter
    /// (`/sheets/validate` over `/sheets/{sheet_id}`).
    fn find(&self, path: &str) -> Option<&Route> {
        self.matching(path)
            .max_by_key(|(segments, ..)| literals(segments))
    }

    /// The id of the operation that `method` on `path` reaches ([`routed_path`]): of the
    /// documented paths matching it that have this method, the one with the most literal
    /// segments. `None` for a path or method no operation has.
    pub fn operation_id(&self, method: &Method, path: &str) -> Option<&str> {
        self.matching(path)
            .filter_map(|(segments, _, _, ids)| {
                let (_, id) = ids.iter().find(|(m, _)| m == method)?;
                Some((literals(segments), id.as_str()))
            })
            .max_by_key(|(n, _)| *n)
            .map(|(_, id)| id)
    }

    /// The methods a path accepts, or `None` when no documented path matches it.
    pub fn allowed_methods(&self, path: &str) -> Option<&[Method]> {
        self.find(path).map(|(_, methods, ..)| methods.as_slice())
    }

    /// True when `method` on `path` may reach an operation that needs a token (under any
    /// documented path matching it: `DELETE /sheets/bulk` reaches `/sheets/{sheet_id}`'s
    /// handler, which then answers 405). `path` is the path as the router sees it
    /// ([`routed_path`]). A path under [`API_PREFIX`] that matches no documented path needs a
    /// token too, so that nothing the table does not know is ever served without one.
    pub fn is_secured(&self, method: &Method, path: &str) -> bool {
        let mut known = false;
        for (_, _, secured, _) in self.matching(path) {
            if secured.contains(method) {
                return true;
            }
            known = true;
        }
        !known && (path == API_PREFIX || path.starts_with(&format!("{API_PREFIX}/")))
    }
}

/// The number of literal segments of a documented path.
fn literals(segments: &[Segment]) -> usize {
    segments
        .iter()
        .filter(|s| matches!(s, Segment::Literal(_)))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn route_table_knows_methods_per_path() {
        let table = RouteTable::from_openapi(&openapi());
        assert_eq!(
            table.allowed_methods("/api/v1/regions"),
            Some(&[Method::GET][..])
        );
        assert_eq!(table.allowed_methods("/healthz"), Some(&[Method::GET][..]));
        assert_eq!(table.allowed_methods("/api/v1/nothing"), None);
        assert_eq!(table.allowed_methods("/api/v1/regions/x"), None);
        assert_eq!(
            table.operation_id(&Method::GET, "/api/v1/sheets/12"),
            Some("getSheet")
        );
        assert_eq!(
            table.operation_id(&Method::POST, "/api/v1/sheets/bulk"),
            Some("bulkUploadSheets")
        );
        assert_eq!(
            table.operation_id(&Method::GET, "/healthz"),
            Some("healthz")
        );
        assert_eq!(table.operation_id(&Method::DELETE, "/healthz"), None);
        assert_eq!(table.operation_id(&Method::GET, "/api/v1/nothing"), None);
        // An extra slash is an empty segment, as the router reads it: no operation.
        assert_eq!(table.operation_id(&Method::GET, "/api/v1/sheets/12/"), None);
        assert_eq!(table.operation_id(&Method::GET, "//api/v1/sheets/12"), None);
    }

    #[test]
    fn route_table_matches_parameters() {
        let mut api = utoipa::openapi::OpenApi::default();
        let op = utoipa::openapi::path::Operation::default();
        let item = utoipa::openapi::PathItem::new(utoipa::openapi::HttpMethod::Delete, op);
        api.paths
            .paths
            .insert("/api/v1/sheets/{sheet_id}".into(), item);
        let table = RouteTable::from_openapi(&api);
        assert_eq!(
            table.allowed_methods("/api/v1/sheets/12"),
            Some(&[Method::DELETE][..])
        );
        assert_eq!(table.allowed_methods("/api/v1/sheets/"), None);
        assert_eq!(table.allowed_methods("/api/v1/sheets/12/x"), None);
    }
}
