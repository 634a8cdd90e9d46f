//! API tokens (administrators only) and the caller's own identity.

use actix_web::http::StatusCode;
use actix_web::{delete, get, post, web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::access::Principal;
use crate::domain::Lang;
use crate::domain::TokenId;
use crate::error::ProblemCode as C;
use crate::http::app::API_PREFIX;
use crate::http::auth::{grant, Allowed, Guard};
use crate::http::extract::{JsonBody, NoParams, PathId, Query};
use crate::http::openapi::problems::{OperationProblems, JSON_BODY, PATH_ID, WRITE};
use crate::http::paging::Page;
use crate::http::problem::ApiError;
use crate::service::tokens::{self, ApiToken, CreatedToken, TokenRequest};
use crate::service::Actor;
use crate::service::Store;

/// Paging of the token list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct TokenListParams {
    /// Items per page, 1–500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    #[serde(default, deserialize_with = "crate::http::extract::optional_whole")]
    pub page_size: Option<u32>,
    /// `next_page_token` of the previous page.
    #[param(pattern = "^(c[1-9a-f][0-9a-f]{0,14})?$")]
    pub page_token: Option<String>,
}

/// A page of tokens (never the tokens themselves).
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenPage {
    /// The tokens, by id, revoked ones included.
    pub items: Vec<ApiToken>,
    /// Token of the next page; `null` on the last page.
    #[schema(required = true)]
    pub next_page_token: Option<String>,
}

/// 新建 API 令牌 (create an API token)
///
/// Creates an API token (`ADMIN` only). The answer holds the token itself, shown this once: only
/// a hash of it is stored.
#[utoipa::path(
    tag = "tokens",
    operation_id = "createToken",
    request_body = TokenRequest,
    responses(
        (status = 201, description = "Created; `token` is shown this once", body = CreatedToken,
         headers(("Cache-Control" = String, description = "`no-store`: the answer holds the token itself")))
    )
)]
#[post("/tokens")]
pub async fn create_token(
    Allowed(actor, _): Allowed<grant::ManageTokens>,
    db: web::Data<Store>,
    lang: Lang,
    _params: Query<NoParams>,
    body: JsonBody<TokenRequest>,
) -> Result<HttpResponse, ApiError> {
    let req = body.0;
    let created = db
        .write(move |conn| tokens::create(conn, &req, &actor, lang))
        .await?;
    Ok(HttpResponse::build(StatusCode::CREATED)
        .insert_header((
            actix_web::http::header::LOCATION,
            format!("{API_PREFIX}/tokens/{}", created.info.id),
        ))
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .json(created))
}

/// API 令牌列表 (list API tokens)
///
/// Lists API tokens by id, revoked ones included (`ADMIN` only).
#[utoipa::path(
    tag = "tokens",
    operation_id = "listTokens",
    params(TokenListParams),
    responses((status = 200, description = "A page of tokens", body = TokenPage))
)]
#[get("/tokens")]
pub async fn list_tokens(
    _: Allowed<grant::ManageTokens>,
    db: web::Data<Store>,
    params: Query<TokenListParams>,
) -> Result<HttpResponse, ApiError> {
    let page = Page::from_params(params.0.page_size, params.0.page_token.as_deref())?;
    let mut items = db
        .run(move |conn| tokens::list(conn, page.after(), page.fetch()))
        .await?;
    let next_page_token = page.finish(&mut items, |t| t.id);
    Ok(HttpResponse::Ok().json(TokenPage {
        items,
        next_page_token,
    }))
}

/// 读取 API 令牌 (get an API token's record)
///
/// Reads one token's record (`ADMIN` only).
#[utoipa::path(
    tag = "tokens",
    operation_id = "getToken",
    params(("token_id" = i64, Path, description = "Token id")),
    responses((status = 200, description = "The token's record", body = ApiToken))
)]
#[get("/tokens/{token_id}")]
pub async fn get_token(
    _: Allowed<grant::ManageTokens>,
    db: web::Data<Store>,
    id: PathId<TokenId>,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    let token = db.run(move |conn| tokens::get(conn, id)).await?;
    Ok(HttpResponse::Ok().json(token))
}

/// 撤销 API 令牌 (revoke an API token)
///
/// Revokes a token (`ADMIN` only): it stops working at once on this instance, and within
/// `--token-cache-seconds` on the others. Its record stays listed. The last active `ADMIN` token
/// cannot be revoked (409 `LAST_ADMIN_TOKEN`).
#[utoipa::path(
    tag = "tokens",
    operation_id = "revokeToken",
    params(("token_id" = i64, Path, description = "Token id")),
    responses((status = 204, description = "Revoked (or already revoked)"))
)]
#[delete("/tokens/{token_id}")]
pub async fn revoke_token(
    _: Allowed<grant::ManageTokens>,
    db: web::Data<Store>,
    guard: web::Data<Guard>,
    id: PathId<TokenId>,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    db.write(move |conn| tokens::revoke(conn, id)).await?;
    guard.forget_tokens();
    Ok(HttpResponse::NoContent().finish())
}

/// 当前令牌 (the caller's identity)
///
/// Who the caller is: the token's name, role and regions, so that a front end can show what
/// its user may do.
#[utoipa::path(
    tag = "tokens",
    operation_id = "whoAmI",
    responses((status = 200, description = "The caller", body = Principal))
)]
#[get("/me")]
pub async fn who_am_i(actor: Actor, _params: Query<NoParams>) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(actor.principal))
}

/// The problems each operation of this module can answer, besides those of every operation and
/// of access control ([`crate::http::openapi::problems`]); the tests check every answer against
/// them.
pub const PROBLEMS: &[OperationProblems] = &[
    (
        "createToken",
        &[
            JSON_BODY,
            WRITE,
            &[C::Forbidden, C::TokenExists, C::ValidationFailed],
        ],
    ),
    ("listTokens", &[&[C::Forbidden]]),
    ("getToken", &[PATH_ID, &[C::Forbidden, C::TokenNotFound]]),
    (
        "revokeToken",
        &[
            PATH_ID,
            WRITE,
            &[C::Forbidden, C::TokenNotFound, C::LastAdminToken],
        ],
    ),
    ("whoAmI", &[]),
];
