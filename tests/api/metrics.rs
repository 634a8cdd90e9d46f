//! `GET /metrics`: scraped and parsed with a Prometheus text-format parser; the counters move
//! with the requests made; no token needed; off with `--metrics disabled`. On both backends.

use perf_targets::config::{HttpSettings, Switch};
use prometheus_parse::{Sample, Scrape, Value as Metric};
use serde_json::json;

use crate::common::*;

/// Every sample of one scrape, parsed; the scrape is made without a token.
async fn scrape(app: &mut TestApp) -> Vec<Sample> {
    let role = app.current_role();
    app.as_role(Role::Anonymous);
    let res = app.get("/metrics").await;
    app.as_role(role);
    assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
    assert!(
        res.header("content-type")
            .is_some_and(|t| t.starts_with("application/openmetrics-text")),
        "{:?}",
        res.header("content-type")
    );
    let text = String::from_utf8(res.body.to_vec()).unwrap();
    let lines = text.lines().map(|l| Ok(l.to_owned()));
    Scrape::parse(lines)
        .expect("a Prometheus text scrape")
        .samples
}

/// The sum of the samples of `metric` carrying these labels (0 when there are none).
fn value(samples: &[Sample], metric: &str, labels: &[(&str, &str)]) -> f64 {
    samples
        .iter()
        .filter(|s| s.metric == metric)
        .filter(|s| labels.iter().all(|(k, v)| s.labels.get(k) == Some(*v)))
        .map(|s| match &s.value {
            Metric::Counter(v) | Metric::Gauge(v) | Metric::Untyped(v) => *v,
            Metric::Histogram(buckets) => buckets
                .iter()
                .find(|b| b.less_than.is_infinite())
                .map_or(0.0, |b| b.count),
            Metric::Summary(_) => panic!("no summaries are served"),
        })
        .sum()
}

fn requests(samples: &[Sample], operation: &str, method: &str, status: &str) -> f64 {
    value(
        samples,
        "perf_targets_http_requests_total",
        &[
            ("operation", operation),
            ("method", method),
            ("status", status),
        ],
    )
}

db_tests! {
    async fn metrics_count_what_was_asked(app: TestApp) {
        let (fund_id, sheet_ids) = app.load_example().await;
        let before = scrape(&mut app).await;

        for _ in 0..2 {
            assert_eq!(app.get("/api/v1/regions").await.status, 200);
        }
        let sheet = format!("/api/v1/sheets/{}", sheet_ids[0]);
        assert_eq!(app.get(&sheet).await.status, 200);
        assert_eq!(app.get(&sheet).await.status, 200);
        assert_eq!(app.get("/api/v1/sheets/999999").await.status, 404);
        assert_eq!(app.get("/api/v1/no-such-thing").await.status, 404);
        // A trailing slash reaches no operation either (the router's 404), counted as `none`.
        assert_eq!(app.get(&format!("{sheet}/")).await.status, 404);
        let mut upload = vec![example_sheet(0, fund_id), example_sheet(1, fund_id)];
        upload[0]["overall_goal"] = json!("改过的目标");
        let mut bad = example_sheet(2, fund_id);
        bad["provincial_funds"] = json!("-1");
        upload.push(bad);
        let res = app
            .upload("?mode=partial", "application/json", serde_json::to_vec(&upload).unwrap())
            .await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));

        let after = scrape(&mut app).await;
        let moved = |op: &str, method: &str, status: &str| {
            requests(&after, op, method, status) - requests(&before, op, method, status)
        };
        assert_eq!(moved("listRegions", "GET", "200"), 2.0);
        assert_eq!(moved("getSheet", "GET", "200"), 2.0);
        assert_eq!(moved("getSheet", "GET", "404"), 1.0);
        assert_eq!(moved("none", "GET", "404"), 2.0, "an unknown path counts under `none`");
        assert_eq!(moved("bulkUploadSheets", "POST", "200"), 1.0);
        assert_eq!(moved("metrics", "GET", "200"), 1.0, "the first scrape");
        // Operation ids, never raw paths: no label holds a path, and every operation label is
        // a documented operation id (or `none`).
        let spec = perf_targets::http::app::openapi();
        let ids: Vec<String> = spec
            .paths
            .paths
            .values()
            .flat_map(|item| [&item.get, &item.post, &item.put, &item.patch, &item.delete])
            .filter_map(|op| op.as_ref().and_then(|op| op.operation_id.clone()))
            .collect();
        for s in &after {
            for (k, v) in s.labels.iter() {
                assert!(!v.contains('/'), "{k}={v} in {}", s.metric);
            }
            if let Some(op) = s.labels.get("operation") {
                assert!(op == "none" || ids.iter().any(|id| id == op), "{op} in {}", s.metric);
            }
        }

        let latency = "perf_targets_http_request_duration_seconds";
        let op = [("operation", "listRegions")];
        assert_eq!(value(&after, latency, &op) - value(&before, latency, &op), 2.0);
        let buckets = after
            .iter()
            .find(|s| s.metric == latency && s.labels.get("operation") == Some("listRegions"))
            .expect("a histogram for listRegions");
        assert!(matches!(&buckets.value, Metric::Histogram(b) if b.len() > 5));

        let bulk = "perf_targets_bulk_items_total";
        for (outcome, n) in [("updated", 1.0), ("unchanged", 1.0), ("failed", 1.0), ("created", 0.0)] {
            let labels = [("kind", "sheets"), ("outcome", outcome), ("saved", "true")];
            assert_eq!(value(&after, bulk, &labels) - value(&before, bulk, &labels), n, "{outcome}");
        }

        // The second read of the sheet came from the cache.
        let hits = "perf_targets_sheet_cache_hits_total";
        let misses = "perf_targets_sheet_cache_misses_total";
        assert_eq!(value(&after, hits, &[]) - value(&before, hits, &[]), 1.0);
        assert_eq!(value(&after, misses, &[]) - value(&before, misses, &[]), 1.0);

        // The pool: the tests' size, nothing in use between requests, every request took a
        // connection.
        assert_eq!(value(&after, "perf_targets_db_pool_max_connections", &[]), 4.0);
        assert_eq!(value(&after, "perf_targets_db_pool_connections_in_use", &[]), 0.0);
        assert!(value(&after, "perf_targets_db_pool_connections", &[]) >= 1.0);
        let checkouts = "perf_targets_db_pool_checkouts_total";
        assert!(value(&after, checkouts, &[]) - value(&before, checkouts, &[]) >= 6.0);
        let waits = value(&after, "perf_targets_db_pool_waits_total", &[]);
        assert!(waits <= value(&after, checkouts, &[]));
        assert!(after.iter().any(|s| s.metric == "perf_targets_db_pool_wait_seconds_total"));
    }

    async fn metrics_can_be_turned_off(app: TestApp) {
        let backend = app.backend();
        drop(app);
        let http = HttpSettings { metrics: Switch::Disabled, ..HttpSettings::default() };
        let mut app = TestApp::with_http(backend, http).await;
        app.as_role(Role::Anonymous);
        let res = app.get("/metrics").await;
        res.problem(404, "ROUTE_NOT_FOUND");
    }
}
