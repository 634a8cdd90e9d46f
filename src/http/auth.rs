//! Authentication with bearer API tokens, per-token rate and upload limits, and the caller of
//! each request.
//!
//! - A token is `pt_` followed by 64 hex digits (256 random bits). Only its SHA-256 is stored: a
//!   slow password hash would add nothing for a value that random, and would cost every request.
//! - Which operations need a token is read from the OpenAPI document ([`document`] marks every
//!   operation outside [`PUBLIC_OPERATIONS`]), so the spec Swagger UI shows and the check the
//!   server makes cannot disagree.
//! - Limits are kept in this process's memory (`governor`): with several instances behind a load
//!   balancer, each instance counts on its own.

use std::collections::HashMap;
use std::future::{ready, Ready};
use std::marker::PhantomData;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::OpenApi;

pub use crate::config::{AuthMode, AuthSettings};
use crate::domain::access::{Permission, Principal};
use crate::domain::TokenId;
use crate::http::app::RouteTable;
use crate::http::middleware::RequestId;
use crate::http::problem::ApiError;
pub use crate::service::tokens::{generate_token, hash_token, TOKEN_PREFIX};
use crate::service::Actor;
use crate::service::Store;

/// Name of the security scheme in the OpenAPI document.
pub const SECURITY_SCHEME: &str = "bearer_token";

/// Operations anyone may call without a token: reference data and the target reader (the
/// health probes and the spec live outside `/api/v1` and are public too).
pub const PUBLIC_OPERATIONS: &[&str] = &["getTaxonomy", "listRegions", "parseTarget"];

/// What every worker shares for access control: settings, limiters and the token cache.
pub struct Guard {
    settings: AuthSettings,
    requests: Option<DefaultKeyedRateLimiter<i64>>,
    uploads: Option<(DefaultKeyedRateLimiter<i64>, u32)>,
    clock: DefaultClock,
    cache: Mutex<HashMap<String, (Principal, Instant)>>,
    /// Bumped by every [`Guard::forget_tokens`], so that a lookup which began before a
    /// revocation does not put the revoked token back into the cache.
    generation: AtomicU64,
}

impl std::fmt::Debug for Guard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Guard")
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

/// The largest number of tokens the cache remembers before it starts again.
const CACHE_LIMIT: usize = 10_000;

/// Size of the cells the upload limit counts in.
const UPLOAD_CELL: u64 = 1024;

impl Guard {
    /// A guard with these settings.
    pub fn new(settings: AuthSettings) -> Arc<Guard> {
        let requests = NonZeroU32::new(settings.requests_per_second).map(|rate| {
            let burst = NonZeroU32::new(settings.request_burst)
                .unwrap_or(rate)
                .max(rate);
            RateLimiter::keyed(Quota::per_second(rate).allow_burst(burst))
        });
        let uploads = NonZeroU32::new(settings.upload_mib_per_minute.saturating_mul(1024))
            .map(|kib| (RateLimiter::keyed(Quota::per_minute(kib)), kib.get()));
        Arc::new(Guard {
            settings,
            requests,
            uploads,
            clock: DefaultClock::default(),
            cache: Mutex::new(HashMap::new()),
            generation: AtomicU64::new(0),
        })
    }

    /// The settings.
    pub fn settings(&self) -> &AuthSettings {
        &self.settings
    }

    /// Forgets every cached token (after a revocation).
    pub fn forget_tokens(&self) {
        if let Ok(mut cache) = self.cache.lock() {
            self.generation.fetch_add(1, Ordering::SeqCst);
            cache.clear();
        }
    }

    /// The caller a request's `Authorization` header names.
    async fn principal(
        &self,
        db: &Store,
        authorization: Option<&str>,
    ) -> Result<Principal, ApiError> {
        if self.settings.mode == AuthMode::Disabled {
            return Ok(Principal::system("anonymous (access control disabled)"));
        }
        let Some(value) = authorization else {
            return Err(ApiError::Unauthenticated { invalid: false });
        };
        let token = match value.split_once(' ') {
            Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => token.trim(),
            _ => return Err(ApiError::Unauthenticated { invalid: true }),
        };
        if !token.starts_with(TOKEN_PREFIX) || token.len() > 128 {
            return Err(ApiError::Unauthenticated { invalid: true });
        }
        let hash = hash_token(token);
        let ttl = self.settings.cache_ttl;
        if !ttl.is_zero() {
            if let Ok(cache) = self.cache.lock() {
                if let Some((p, at)) = cache.get(&hash) {
                    if at.elapsed() < ttl {
                        return Ok(p.clone());
                    }
                }
            }
        }
        let generation = self.generation.load(Ordering::SeqCst);
        let key = hash.clone();
        let principal = db
            .run(move |conn| crate::service::tokens::principal_of(conn, &key))
            .await?
            .ok_or(ApiError::Unauthenticated { invalid: true })?;
        if !ttl.is_zero() {
            self.remember(hash, &principal, generation);
        }
        Ok(principal)
    }

    /// Caches a token looked up while the cache was at `generation`, unless tokens were
    /// forgotten since (the lookup may have read a token that is now revoked).
    fn remember(&self, hash: String, principal: &Principal, generation: u64) {
        if let Ok(mut cache) = self.cache.lock() {
            if self.generation.load(Ordering::SeqCst) != generation {
                return;
            }
            if cache.len() >= CACHE_LIMIT {
                cache.clear();
            }
            cache.insert(hash, (principal.clone(), Instant::now()));
        }
    }

    /// Counts a request of `body_bytes` against the caller's limits.
    fn limit(&self, principal: &Principal, body_bytes: u64) -> Result<(), ApiError> {
        self.limit_requests(principal)?;
        self.limit_uploads(principal, body_bytes)
    }

    /// Counts one request against the caller's request rate.
    fn limit_requests(&self, principal: &Principal) -> Result<(), ApiError> {
        let key = principal.token_id.map_or(0, TokenId::get);
        if let Some(limiter) = &self.requests {
            if let Err(not_until) = limiter.check_key(&key) {
                let wait = not_until.wait_time_from(self.clock.now());
                return Err(ApiError::RateLimited {
                    retry_after: wait.as_secs() + 1,
                    uploads: false,
                });
            }
        }
        Ok(())
    }

    /// True when request bodies are counted against an upload limit.
    fn meters_uploads(&self) -> bool {
        self.uploads.is_some()
    }

    /// Counts `body_bytes` against the caller's upload volume.
    fn limit_uploads(&self, principal: &Principal, body_bytes: u64) -> Result<(), ApiError> {
        let key = principal.token_id.map_or(0, TokenId::get);
        if let Some((limiter, capacity)) = &self.uploads {
            let cells = body_bytes.div_ceil(UPLOAD_CELL).min(u64::from(*capacity)) as u32;
            if let Some(n) = NonZeroU32::new(cells) {
                match limiter.check_key_n(&key, n) {
                    Ok(Ok(())) => {}
                    Ok(Err(not_until)) => {
                        let wait = not_until.wait_time_from(self.clock.now());
                        return Err(ApiError::RateLimited {
                            retry_after: wait.as_secs() + 1,
                            uploads: true,
                        });
                    }
                    Err(_) => {
                        return Err(ApiError::RateLimited {
                            retry_after: 60,
                            uploads: true,
                        })
                    }
                }
            }
        }
        Ok(())
    }
}

/// The middleware: for an operation that needs a token, finds the caller (401 without a valid
/// token), counts the request against its limits (429 beyond them), and leaves the caller in
/// the request's extensions for [`Actor`]. Requests for public operations, unknown paths
/// outside `/api/v1` and methods no operation of the path needs a token for pass untouched (the
/// router answers those). The path is judged as the router sees it, percent-decoded
/// ([`crate::http::app::routed_path`]), so `/api/v1/%73heets` needs a token like `/api/v1/sheets`.
pub async fn authenticate(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let secured = req
        .app_data::<web::Data<RouteTable>>()
        .is_none_or(|routes| {
            routes.is_secured(req.method(), crate::http::app::routed_path(req.request()))
        });
    if !secured {
        return Ok(next.call(req).await?.map_into_left_body());
    }
    let (Some(guard), Some(db)) = (
        req.app_data::<web::Data<Guard>>().cloned(),
        req.app_data::<web::Data<Store>>().cloned(),
    ) else {
        let err = ApiError::internal("access control is not configured");
        return Ok(req.error_response(err).map_into_right_body());
    };
    // Two `Authorization` headers name no one caller: refused, not the first taken.
    let mut authorizations = req.headers().get_all(header::AUTHORIZATION);
    let authorization = authorizations
        .next()
        .map(|v| v.to_str().unwrap_or("invalid").to_owned());
    let authorization = match authorizations.next() {
        Some(_) => Some("invalid".to_owned()),
        None => authorization,
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let streamed = declared.is_none() && req.headers().contains_key(header::TRANSFER_ENCODING);
    let checked = match guard.principal(&db, authorization.as_deref()).await {
        Ok(p) if streamed && guard.meters_uploads() => {
            meter_streamed_body(&guard, &p, &mut req).await.map(|()| p)
        }
        Ok(p) => guard.limit(&p, declared.unwrap_or(0)).map(|()| p),
        Err(e) => Err(e),
    };
    match checked {
        Ok(principal) => {
            req.extensions_mut().insert(principal);
            Ok(next.call(req).await?.map_into_left_body())
        }
        Err(err) => Ok(req.error_response(err).map_into_right_body()),
    }
}

/// The largest body read ahead to count a streamed upload: the largest any operation takes.
const MAX_METERED_BODY: usize = crate::service::bulk::MAX_BULK_BYTES;

/// Counts a body sent without `Content-Length` (`Transfer-Encoding: chunked`) against the
/// caller's upload volume: the request is counted first, then the body is read (413 beyond the
/// largest any operation takes), counted, and handed on to the operation as it was.
async fn meter_streamed_body(
    guard: &Guard,
    principal: &Principal,
    req: &mut ServiceRequest,
) -> Result<(), ApiError> {
    guard.limit_requests(principal)?;
    let mut payload = req.take_payload();
    let body = crate::http::extract::read_body(&mut payload, MAX_METERED_BODY, 0).await?;
    guard.limit_uploads(principal, body.len() as u64)?;
    req.set_payload(Payload::from(body.freeze()));
    Ok(())
}

impl FromRequest for Actor {
    type Error = ApiError;
    type Future = Ready<Result<Actor, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let ext = req.extensions();
        ready(match ext.get::<Principal>() {
            Some(p) => Ok(Actor {
                principal: p.clone(),
                request_id: ext.get::<RequestId>().map(|r| r.0.clone()),
            }),
            // Only reachable when an operation is public in the spec but asks for its caller.
            None => Err(ApiError::Unauthenticated { invalid: false }),
        })
    }
}

/// A [`Permission`] as a type, so that a handler's first argument can demand it.
pub trait Grant {
    /// The permission the handler needs.
    const PERMISSION: Permission;
}

/// The permissions handlers demand, as types for [`Allowed`].
pub mod grant {
    use super::{Grant, Permission};

    macro_rules! grants {
        ($($name:ident),* $(,)?) => {$(
            #[doc = concat!("[`Permission::", stringify!($name), "`].")]
            pub struct $name;
            impl Grant for $name {
                const PERMISSION: Permission = Permission::$name;
            }
        )*};
    }

    grants!(ManageFunds, ManageTokens, WriteSheets, Submit, Review);
}

/// The caller, allowed to do `G`: 403 `FORBIDDEN` otherwise. As a handler's first argument it
/// is checked before the body or the query is read, so a role that may not do something at all
/// learns nothing else from the answer.
pub struct Allowed<G: Grant>(pub Actor, pub PhantomData<G>);

impl<G: Grant> FromRequest for Allowed<G> {
    type Error = ApiError;
    type Future = Ready<Result<Allowed<G>, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        ready(
            Actor::from_request(req, payload)
                .into_inner()
                .and_then(|actor| Ok(actor.require(G::PERMISSION).map(|()| actor)?))
                .map(|actor| Allowed(actor, PhantomData)),
        )
    }
}

/// Adds the bearer scheme to the OpenAPI document and marks every `/api/v1` operation outside
/// [`PUBLIC_OPERATIONS`] as needing it; the public ones (and the health probes) get an empty
/// `security`, saying so. The answers of access control (401, 403, 429) are documented with the
/// other problems ([`crate::http::openapi::problems`]).
pub fn document(api: &mut OpenApi) {
    let components = api.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        SECURITY_SCHEME,
        SecurityScheme::Http(
            HttpBuilder::new()
                .scheme(HttpAuthScheme::Bearer)
                .bearer_format("pt_…")
                .description(Some(
                    "An API token (`pt_` and 64 hex digits), from `POST /api/v1/tokens` or \
                     `perf-targets token create`. Paste it without the word Bearer.",
                ))
                .build(),
        ),
    );
    for (path, item) in api.paths.paths.iter_mut() {
        let api_path = path.starts_with(crate::http::app::API_PREFIX);
        for op in crate::http::openapi::operations(item) {
            let public = !api_path
                || op
                    .operation_id
                    .as_deref()
                    .is_some_and(|id| PUBLIC_OPERATIONS.contains(&id));
            op.security = Some(if public {
                Vec::new()
            } else {
                vec![SecurityRequirement::new(
                    SECURITY_SCHEME,
                    Vec::<String>::new(),
                )]
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::access::Role;

    #[test]
    fn tokens_are_random_and_stored_as_hashes() {
        let a = generate_token();
        let b = generate_token();
        assert_ne!(a, b);
        assert!(a.starts_with(TOKEN_PREFIX));
        assert_eq!(a.len(), 67);
        assert!(a[3..].bytes().all(|c| c.is_ascii_hexdigit()));
        let h = hash_token(&a);
        assert_eq!(h.len(), 64);
        assert!(!h.contains(&a[3..]));
        assert_eq!(
            hash_token("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    fn principal(id: i64) -> Principal {
        Principal {
            token_id: Some(TokenId::new(id)),
            name: "t".into(),
            role: Role::Reader,
            regions: vec![],
        }
    }

    #[test]
    fn a_lookup_older_than_a_revocation_is_not_cached() {
        let guard = Guard::new(AuthSettings::default());
        let cached = |g: &Guard| g.cache.lock().unwrap().len();
        let before = guard.generation.load(Ordering::SeqCst);
        guard.remember("a".into(), &principal(1), before);
        assert_eq!(cached(&guard), 1);
        // A lookup starts, a token is revoked meanwhile, the lookup ends.
        let started = guard.generation.load(Ordering::SeqCst);
        guard.forget_tokens();
        guard.remember("b".into(), &principal(2), started);
        assert_eq!(
            cached(&guard),
            0,
            "nothing read before the revocation is kept"
        );
        let now = guard.generation.load(Ordering::SeqCst);
        guard.remember("b".into(), &principal(2), now);
        assert_eq!(cached(&guard), 1);
    }

    #[test]
    fn limits_count_per_token() {
        let guard = Guard::new(AuthSettings {
            requests_per_second: 1,
            request_burst: 3,
            ..AuthSettings::default()
        });
        for _ in 0..3 {
            guard.limit(&principal(1), 0).unwrap();
        }
        match guard.limit(&principal(1), 0) {
            Err(ApiError::RateLimited { retry_after, .. }) => {
                assert!((1..=2).contains(&retry_after))
            }
            other => panic!("expected 429, got {other:?}"),
        }
        // Another token has its own allowance.
        guard.limit(&principal(2), 0).unwrap();
    }

    #[test]
    fn upload_volume_is_limited_per_minute() {
        let guard = Guard::new(AuthSettings {
            upload_mib_per_minute: 1,
            ..AuthSettings::default()
        });
        guard.limit(&principal(1), 700 * 1024).unwrap();
        assert!(matches!(
            guard.limit(&principal(1), 700 * 1024),
            Err(ApiError::RateLimited { uploads: true, .. })
        ));
        guard.limit(&principal(1), 0).unwrap();
        guard.limit(&principal(2), 700 * 1024).unwrap();
    }
}
