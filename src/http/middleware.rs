//! The request middleware: request id, language, one log line per request, and the one place
//! where every error response (ours and the framework's) becomes problem+json.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{web, HttpMessage};
use tracing::Instrument;

use crate::domain::Lang;
use crate::http::problem::{classify, ProblemContext};

/// Header carrying the request id.
pub const X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The request id of the current request, available to handlers through request extensions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestId(pub String);

/// True when a client-supplied request id is safe to keep: `[A-Za-z0-9._-]{1,128}`.
pub fn acceptable_request_id(value: &str) -> bool {
    (1..=128).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// A new random request id (32 hex digits).
pub fn new_request_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// A request whose `Origin` is the service itself (Swagger UI sending a POST, say) is not a
/// cross-origin request: drop the header so the CORS layer does not judge it.
fn drop_same_origin(req: &mut ServiceRequest) {
    let same = {
        let Some(origin) = req
            .headers()
            .get(header::ORIGIN)
            .and_then(|v| v.to_str().ok())
        else {
            return;
        };
        let info = req.connection_info();
        origin.eq_ignore_ascii_case(&format!("{}://{}", info.scheme(), info.host()))
    };
    if same {
        req.headers_mut().remove(header::ORIGIN);
    }
}

/// Wraps every request: assigns the request id (kept when acceptable, generated otherwise),
/// runs the rest of the stack inside a tracing span that carries it, turns any error response
/// into problem+json in the request's language, echoes `X-Request-Id`, and logs one line.
pub async fn request_context(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let started = Instant::now();
    let request_id = req
        .headers()
        .get(X_REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| acceptable_request_id(v))
        .map(str::to_owned)
        .unwrap_or_else(new_request_id);
    let lang = Lang::from_accept_language(
        req.headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    );
    drop_same_origin(&mut req);
    req.extensions_mut().insert(RequestId(request_id.clone()));
    req.extensions_mut().insert(lang);
    let path = req.path().to_owned();
    let span = tracing::info_span!(
        "request",
        request_id = %request_id,
        method = %req.method(),
        path = %path,
    );
    let ctx = ProblemContext {
        lang,
        instance: path,
        request_id: request_id.clone(),
    };

    let mut res = match next.call(req).instrument(span.clone()).await {
        Ok(res) => match res.response().error() {
            None => res.map_into_boxed_body(),
            Some(err) => {
                let api = classify(err);
                log_server_error(&span, &api);
                let mut rendered = api.render(&ctx);
                // Keep what inner layers set (CORS, Allow, ETag…), except the body's own headers.
                for (name, value) in res.headers() {
                    if name != header::CONTENT_TYPE
                        && name != header::CONTENT_LENGTH
                        && !rendered.headers().contains_key(name)
                    {
                        rendered.headers_mut().append(name.clone(), value.clone());
                    }
                }
                res.into_response(rendered)
            }
        },
        Err(err) => {
            // An inner layer failed without producing a response; the request itself has been
            // consumed, so answer through the error path with the same problem body.
            let api = classify(&err).into_owned();
            log_server_error(&span, &api);
            let mut rendered = api.render(&ctx);
            if let Ok(value) = HeaderValue::from_str(&request_id) {
                rendered.headers_mut().insert(X_REQUEST_ID, value);
            }
            tracing::info!(parent: &span, status = rendered.status().as_u16(), "request finished");
            return Err(actix_web::error::InternalError::from_response(api, rendered).into());
        }
    };
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        res.headers_mut().insert(X_REQUEST_ID, value);
    }
    let status = res.status().as_u16();
    let latency_ms = (started.elapsed().as_secs_f64() * 1000.0 * 100.0).round() / 100.0;
    tracing::info!(parent: &span, status, latency_ms, "request finished");
    Ok(res)
}

fn log_server_error(span: &tracing::Span, api: &crate::http::problem::ApiError) {
    if api.status().is_server_error() {
        tracing::error!(parent: span, error = %api, "request failed");
    }
}

/// How many requests the server is working on: counted from the moment a request reaches the
/// application until its answer's body has been sent whole (a streamed export counts until its
/// last row is out) or the connection dropped it. Shared by all workers; at shutdown it tells
/// how many requests the bound cut off ([`crate::startup::serve`]).
#[derive(Debug, Default, Clone)]
pub struct InFlight(Arc<AtomicUsize>);

impl InFlight {
    /// Requests being worked on now.
    pub fn count(&self) -> usize {
        self.0.load(Ordering::SeqCst)
    }

    fn enter(&self) -> InFlightGuard {
        self.0.fetch_add(1, Ordering::SeqCst);
        InFlightGuard(self.0.clone())
    }
}

/// One request in flight; counted off when dropped (answered, failed or abandoned).
struct InFlightGuard(Arc<AtomicUsize>);

impl Drop for InFlightGuard {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// An answer's body that keeps its request counted in flight until it is dropped: sent whole,
/// or abandoned with its connection.
struct CountedBody {
    body: BoxBody,
    _guard: InFlightGuard,
}

impl MessageBody for CountedBody {
    type Error = Box<dyn std::error::Error>;

    fn size(&self) -> actix_web::body::BodySize {
        self.body.size()
    }

    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<actix_web::web::Bytes, Self::Error>>> {
        std::pin::Pin::new(&mut self.get_mut().body).poll_next(cx)
    }
}

/// Counts the request in the application's [`InFlight`] while it is worked on and while its
/// answer's body is being sent.
pub async fn count_in_flight(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let guard = req
        .app_data::<web::Data<InFlight>>()
        .map(|counter| counter.enter());
    let res = next.call(req).await?.map_into_boxed_body();
    Ok(match guard {
        Some(guard) => res.map_body(|_, body| {
            BoxBody::new(CountedBody {
                body,
                _guard: guard,
            })
        }),
        None => res,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[actix_web::test]
    async fn a_request_counts_in_flight_until_its_body_is_sent_whole() {
        use actix_web::{test, App, HttpResponse};
        let in_flight = InFlight::default();
        let app = test::init_service(
            App::new()
                .app_data(web::Data::new(in_flight.clone()))
                .wrap(actix_web::middleware::from_fn(count_in_flight))
                .route(
                    "/stream",
                    web::get().to(|| async {
                        let rows =
                            futures_util::stream::iter((0..3).map(|k| {
                                Ok::<_, std::io::Error>(web::Bytes::from(format!("{k}\n")))
                            }));
                        HttpResponse::Ok().streaming(rows)
                    }),
                ),
        )
        .await;
        assert_eq!(in_flight.count(), 0);
        let res =
            test::call_service(&app, test::TestRequest::get().uri("/stream").to_request()).await;
        // The head is ready, the body not sent yet: still in flight.
        assert_eq!(in_flight.count(), 1);
        let body = test::read_body(res).await;
        assert_eq!(body, "0\n1\n2\n");
        assert_eq!(in_flight.count(), 0, "counted off once the body is out");
        // A body dropped unsent (the connection gone) counts off too.
        let res =
            test::call_service(&app, test::TestRequest::get().uri("/stream").to_request()).await;
        assert_eq!(in_flight.count(), 1);
        drop(res);
        assert_eq!(in_flight.count(), 0);
    }

    #[test]
    fn request_ids_are_kept_only_when_safe() {
        assert!(acceptable_request_id("abc-123_X.y"));
        assert!(acceptable_request_id(&"a".repeat(128)));
        assert!(!acceptable_request_id(&"a".repeat(129)));
        assert!(!acceptable_request_id(""));
        assert!(!acceptable_request_id("a b"));
        assert!(!acceptable_request_id("a\nb"));
        assert!(!acceptable_request_id("ключ"));
        let generated = new_request_id();
        assert!(acceptable_request_id(&generated));
        assert_eq!(generated.len(), 32);
    }
}
