//! `GET /metrics`: what an operator scrapes, in the Prometheus text format (OpenMetrics 1.0).
//!
//! Requests are counted by operation id (the `operationId` of the documented operation the
//! method and path reach, never the raw path, so a sheet's id never becomes a label), method
//! and status; their latency (until the answer's head is ready) goes into a histogram by
//! operation id. Requests that reach no documented operation (Swagger UI, the spec, unknown
//! paths) are counted under the operation `none`. The pool, the sheet cache and the bulk
//! uploads are read or counted where they live. Nothing in it names a sheet, a fund, a region
//! or a token: it needs no token. `--metrics disabled` turns it off: the path answers 404 and
//! requests are no longer counted.

use std::sync::Arc;
use std::time::{Duration, Instant};

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{get, web, HttpResponse};
use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric};
use prometheus_client::metrics::counter::{ConstCounter, Counter};
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::ConstGauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::metrics::MetricType;
use prometheus_client::registry::{Registry, Unit};

use crate::config::Switch;
use crate::error::ProblemCode as C;
use crate::http::app::{routed_path, RouteTable};
use crate::http::extract::{NoParams, Query};
use crate::http::openapi::OperationProblems;
use crate::http::problem::ApiError;
use crate::service::bulk::{ImportSummary, ItemOutcome};
use crate::service::cache::SheetCache;
use crate::service::Store;

/// The media type of the answer.
pub const OPENMETRICS: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// The operation label of a request that reaches no documented operation.
pub const NO_OPERATION: &str = "none";

/// Upper bounds of the latency histogram's buckets, in seconds.
const LATENCY_BUCKETS: [f64; 14] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    operation: String,
    method: &'static str,
    status: u16,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OperationLabels {
    operation: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct BulkLabels {
    kind: &'static str,
    outcome: &'static str,
    saved: bool,
}

type Latency = Family<OperationLabels, Histogram, fn() -> Histogram>;

/// The service's metrics, shared by all workers.
#[derive(Debug)]
pub struct Metrics {
    enabled: bool,
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Latency,
    bulk_items: Family<BulkLabels, Counter>,
}

impl Metrics {
    /// The metrics of a server on `store` with `cache`; `switch` turns them off.
    pub fn new(switch: Switch, store: Store, cache: Arc<SheetCache>) -> Metrics {
        let mut registry = Registry::with_prefix("perf_targets");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by operation id (`none`: no documented operation), method \
             and status",
            requests.clone(),
        );
        let latency: Latency =
            Family::new_with_constructor(|| Histogram::new(LATENCY_BUCKETS.iter().copied()));
        registry.register_with_unit(
            "http_request_duration",
            "Time until the answer's head was ready, by operation id",
            Unit::Seconds,
            latency.clone(),
        );
        let bulk_items = Family::<BulkLabels, Counter>::default();
        registry.register(
            "bulk_items",
            "Items of bulk uploads by kind (sheets, reports, evaluations) and outcome; saved = \
             false for dry runs and refused atomic uploads (what would have happened)",
            bulk_items.clone(),
        );
        registry.register_collector(Box::new(Gauges { store, cache }));
        Metrics {
            enabled: switch == Switch::Enabled,
            registry,
            requests,
            latency,
            bulk_items,
        }
    }

    /// Whether `/metrics` answers and requests are counted.
    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// Counts one answered request.
    fn observe(&self, operation: &str, method: &Method, status: StatusCode, took: Duration) {
        self.requests
            .get_or_create(&RequestLabels {
                operation: operation.to_owned(),
                method: method_label(method),
                status: status.as_u16(),
            })
            .inc();
        self.latency
            .get_or_create(&OperationLabels {
                operation: operation.to_owned(),
            })
            .observe(took.as_secs_f64());
    }

    /// Counts the items of a bulk upload's summary (not of a replayed answer: those were
    /// counted when first run).
    pub fn count_bulk(&self, kind: &'static str, summary: &ImportSummary) {
        if !self.enabled {
            return;
        }
        for (outcome, n) in [
            (ItemOutcome::Created, summary.created),
            (ItemOutcome::Updated, summary.updated),
            (ItemOutcome::Unchanged, summary.unchanged),
            (ItemOutcome::Failed, summary.failed),
        ] {
            self.bulk_items
                .get_or_create(&BulkLabels {
                    kind,
                    outcome: outcome_label(outcome),
                    saved: summary.saved,
                })
                .inc_by(n as u64);
        }
    }

    /// Every metric in the text format.
    fn render(&self) -> Result<String, std::fmt::Error> {
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)?;
        Ok(out)
    }
}

fn outcome_label(outcome: ItemOutcome) -> &'static str {
    match outcome {
        ItemOutcome::Created => "created",
        ItemOutcome::Updated => "updated",
        ItemOutcome::Unchanged => "unchanged",
        ItemOutcome::Failed => "failed",
    }
}

/// The method as a label: one of the methods the service knows, or `OTHER` (so that a client
/// cannot add labels at will).
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        _ => "OTHER",
    }
}

/// What is read at each scrape: the connection pool and the sheet cache.
#[derive(Debug)]
struct Gauges {
    store: Store,
    cache: Arc<SheetCache>,
}

impl Collector for Gauges {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let pool = self.store.pool_stats();
        let gauges: [(&str, &str, u32); 3] = [
            (
                "db_pool_max_connections",
                "Largest number of pooled database connections (--pool-size)",
                pool.max_size,
            ),
            (
                "db_pool_connections",
                "Database connections open now, idle or in use",
                pool.open,
            ),
            (
                "db_pool_connections_in_use",
                "Database connections in use now",
                pool.in_use,
            ),
        ];
        for (name, help, value) in gauges {
            let metric = encoder.encode_descriptor(name, help, None, MetricType::Gauge)?;
            ConstGauge::new(i64::from(value)).encode(metric)?;
        }
        let counters: [(&str, &str, u64); 4] = [
            (
                "db_pool_checkouts",
                "Database connections taken from the pool for requests",
                pool.checkouts,
            ),
            (
                "db_pool_waits",
                "Checkouts that found no idle connection and waited for one to be returned or \
                 opened",
                pool.waited,
            ),
            (
                "sheet_cache_hits",
                "Sheet reads (GET /sheets/{sheet_id}) served from the cache of rendered bodies",
                self.cache.hits(),
            ),
            (
                "sheet_cache_misses",
                "Sheet reads that found no cached body at the current versions and rendered the \
                 sheet (none while the cache is off)",
                self.cache.misses(),
            ),
        ];
        for (name, help, value) in counters {
            let metric = encoder.encode_descriptor(name, help, None, MetricType::Counter)?;
            ConstCounter::new(value).encode(metric)?;
        }
        let metric = encoder.encode_descriptor(
            "db_pool_wait",
            "Total time requests spent taking a database connection from the pool",
            Some(&Unit::Seconds),
            MetricType::Counter,
        )?;
        ConstCounter::new(pool.wait_micros as f64 / 1e6).encode(metric)?;
        Ok(())
    }
}

/// Counts every request by the operation it reaches, its method and its status, and its
/// latency; the outermost layer, so it sees the status the client gets.
pub async fn record(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let Some(counts) = req
        .app_data::<web::Data<Metrics>>()
        .filter(|m| m.enabled())
        .cloned()
    else {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_boxed_body);
    };
    let operation = req
        .app_data::<web::Data<RouteTable>>()
        .and_then(|t| t.operation_id(req.method(), routed_path(req.request())))
        .unwrap_or(NO_OPERATION)
        .to_owned();
    let method = req.method().clone();
    let started = Instant::now();
    let res = next.call(req).await;
    let status = match &res {
        Ok(res) => res.status(),
        Err(err) => err.as_response_error().status_code(),
    };
    counts.observe(&operation, &method, status, started.elapsed());
    res.map(ServiceResponse::map_into_boxed_body)
}

/// 运行指标 (Prometheus metrics)
///
/// Metrics for Prometheus, in its text format (OpenMetrics 1.0): requests by operation id,
/// method and status; latency by operation id; the database connection pool (size, in use,
/// checkouts that waited, time waited); bulk upload items by outcome; sheet cache hits and
/// misses. No token needed: it names no sheet, fund, region or token. 404 when the service runs
/// with `--metrics disabled`.
#[utoipa::path(
    tag = "operations",
    operation_id = "metrics",
    responses(
        (status = 200, description = "Every metric, in the OpenMetrics text format",
         body = String, content_type = "application/openmetrics-text")
    )
)]
#[get("/metrics")]
pub async fn metrics(
    metrics: web::Data<Metrics>,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    if !metrics.enabled() {
        return Err(ApiError::RouteNotFound);
    }
    let body = metrics.render().map_err(ApiError::internal)?;
    Ok(HttpResponse::Ok().content_type(OPENMETRICS).body(body))
}

/// The problems of `GET /metrics` besides those of every operation: 404 when turned off.
pub const PROBLEMS: &[OperationProblems] = &[("metrics", &[&[C::RouteNotFound]])];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_outside_the_known_ones_share_a_label() {
        assert_eq!(method_label(&Method::GET), "GET");
        assert_eq!(method_label(&Method::from_bytes(b"BREW").unwrap()), "OTHER");
    }
}
