//! API tokens: create (the token is shown once), list, revoke; and the first administrator
//! token of an empty database.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{is_unique_violation, not_found, Actor};
use crate::db::{self, regions, tokens, utc, DbConnection};
use crate::domain::access::{Principal, Role};
use crate::domain::check::Checker;
use crate::domain::sheet::is_region_code;
use crate::domain::{Issue, IssueCode, Lang, RegionCode, TokenId};
use crate::error::{ProblemCode, Resource, ServiceError};
use sha2::{Digest, Sha256};

/// Every token starts with this, so that a leaked one is easy to recognise.
pub const TOKEN_PREFIX: &str = "pt_";

/// A new random token.
pub fn generate_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
    let mut token = String::with_capacity(TOKEN_PREFIX.len() + 64);
    token.push_str(TOKEN_PREFIX);
    push_hex(&mut token, &bytes);
    token
}

/// The stored form of a token: SHA-256, hex.
pub fn hash_token(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    let mut hex = String::with_capacity(64);
    push_hex(&mut hex, &digest);
    hex
}

/// Appends `bytes` as lowercase hex.
fn push_hex(out: &mut String, bytes: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
}

/// At most this many characters in a token name.
pub const MAX_TOKEN_NAME_CHARS: usize = 100;

/// Name of the token created on first start.
pub const FIRST_ADMIN_NAME: &str = "initial admin";

/// A token to create.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "株洲市商务局", "role": "SUBMITTER", "regions": ["430200"]}))]
pub struct TokenRequest {
    /// A name saying who holds the token (a person, an office or a system), at most 100
    /// characters; unique among active tokens. Revisions name it as the actor.
    #[schema(required = true, nullable = false)]
    pub name: Option<String>,
    /// The role.
    #[schema(required = true, nullable = false)]
    pub role: Option<Role>,
    /// For `SUBMITTER` (and only for it): the region codes whose sheets it may write, at least
    /// one.
    #[schema(example = json!(["430200"]), nullable = false)]
    pub regions: Option<Vec<String>>,
}

/// An API token as listed (never the token itself).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ApiToken {
    /// Identifier.
    #[schema(value_type = i64, example = 2)]
    pub id: TokenId,
    /// Who holds it.
    #[schema(example = "株洲市商务局")]
    pub name: String,
    /// The role.
    pub role: Role,
    /// For `SUBMITTER`: the regions it may write; empty otherwise.
    #[schema(value_type = Vec<String>, example = json!(["430200"]))]
    pub regions: Vec<RegionCode>,
    /// The token or command that created it.
    #[schema(example = "initial admin")]
    pub created_by: String,
    /// When it was created (UTC).
    pub created_at: DateTime<Utc>,
    /// When it was revoked (UTC); `null` while active.
    #[schema(required = true)]
    pub revoked_at: Option<DateTime<Utc>>,
}

/// The answer to creating a token: the token itself, shown this once.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CreatedToken {
    /// The token's record.
    #[serde(flatten)]
    pub info: ApiToken,
    /// The token, to send as `Authorization: Bearer <token>`. It is not stored and cannot be
    /// shown again: keep it now.
    #[schema(example = "pt_5f0c…")]
    pub token: String,
}

impl From<tokens::TokenRow> for ApiToken {
    fn from(row: tokens::TokenRow) -> Self {
        ApiToken {
            id: TokenId::new(row.id),
            name: row.name,
            role: Role::parse(&row.role).unwrap_or(Role::Reader),
            regions: serde_json::from_str(&row.regions).unwrap_or_default(),
            created_by: row.created_by,
            created_at: utc(row.created_at),
            revoked_at: row.revoked_at.map(utc),
        }
    }
}

/// 409 `TOKEN_EXISTS`: an active token `other` is named `name`.
pub fn token_exists(name: &str, other: TokenId) -> ServiceError {
    let zh = format!("已有名为“{name}”的有效令牌（id {other}）；请换一个名称，或先撤销它");
    let en = format!("an active token named “{name}” exists (id {other}); choose another name or revoke it first");
    ServiceError::Conflict {
        code: ProblemCode::TokenExists,
        issues: vec![Issue::error(IssueCode::TokenExists, "/name", en.clone())],
        detail_zh: zh,
        detail_en: en,
    }
}

/// Checks a token request and creates the token; `created_by` is recorded with it. Run it
/// inside a write transaction.
pub fn create(
    conn: &mut DbConnection,
    req: &TokenRequest,
    created_by: &Actor,
    lang: Lang,
) -> Result<CreatedToken, ServiceError> {
    let mut checker = Checker::new(lang);
    let name = checker.text(
        "/name",
        req.name.as_deref(),
        true,
        MAX_TOKEN_NAME_CHARS,
        false,
        "令牌名称",
        "name",
    );
    if req.role.is_none() {
        checker.required("/role", "角色（role）", "role");
    }
    let mut codes: Vec<String> = Vec::new();
    let given = req.regions.as_deref().unwrap_or_default();
    match req.role {
        Some(Role::Submitter) if given.is_empty() => checker.error(
            IssueCode::InvalidRegionScope,
            "/regions",
            "SUBMITTER 令牌须给出至少一个地区代码（regions）".into(),
            "a SUBMITTER token needs at least one region code in regions".into(),
        ),
        Some(Role::Submitter) => {
            let known = regions::list(conn)?;
            for (i, code) in given.iter().enumerate() {
                let code = code.trim();
                if !known.iter().any(|r| r.code == code) {
                    let shape = if is_region_code(code) {
                        ""
                    } else {
                        "（应为六位数字）"
                    };
                    checker.error(
                        IssueCode::UnknownRegion,
                        format!("/regions/{i}"),
                        format!("行政区划代码“{code}”不存在{shape}，可选值见 GET /api/v1/regions"),
                        format!("there is no region “{code}”; see GET /api/v1/regions"),
                    );
                } else if !codes.iter().any(|c| c == code) {
                    codes.push(code.to_string());
                }
            }
        }
        Some(role) if !given.is_empty() => checker.error(
            IssueCode::InvalidRegionScope,
            "/regions",
            format!(
                "只有 SUBMITTER 令牌限定地区，{} 令牌不能给出 regions",
                role.as_str()
            ),
            format!(
                "only SUBMITTER tokens are limited to regions; omit regions for {}",
                role.as_str()
            ),
        ),
        _ => {}
    }
    if checker.has_errors() {
        return Err(ServiceError::Validation {
            issues: checker.issues,
        });
    }
    let (Some(name), Some(role)) = (name, req.role) else {
        return Err(ServiceError::internal(
            "checked token request lacks name or role",
        ));
    };
    if let Some(other) = tokens::find_active_by_name(conn, &name)? {
        return Err(token_exists(&name, other));
    }
    insert(conn, &name, role, &codes, &created_by.principal.name).map_err(|e| match e {
        InsertError::Taken => token_exists(&name, TokenId::new(0)),
        InsertError::Service(e) => e,
    })
}

enum InsertError {
    Taken,
    Service(ServiceError),
}

fn insert(
    conn: &mut DbConnection,
    name: &str,
    role: Role,
    regions: &[String],
    created_by: &str,
) -> Result<CreatedToken, InsertError> {
    let token = generate_token();
    let hash = hash_token(&token);
    let new = tokens::NewToken {
        name,
        role: role.as_str(),
        regions: serde_json::to_string(regions).expect("strings serialize"),
        token_hash: &hash,
        created_by,
        created_at: db::now(),
    };
    let id = match tokens::insert(conn, &new) {
        Ok(id) => id,
        Err(e) if is_unique_violation(&e) => return Err(InsertError::Taken),
        Err(e) => return Err(InsertError::Service(e.into())),
    };
    let row = tokens::find(conn, id)
        .map_err(|e| InsertError::Service(e.into()))?
        .ok_or_else(|| {
            InsertError::Service(ServiceError::internal("token vanished after insert"))
        })?;
    Ok(CreatedToken {
        info: row.into(),
        token,
    })
}

/// Tokens after id `after_id`, by id, at most `limit` (revoked ones included).
pub fn list(
    conn: &mut DbConnection,
    after_id: TokenId,
    limit: i64,
) -> Result<Vec<ApiToken>, ServiceError> {
    Ok(tokens::list(conn, after_id, limit)?
        .into_iter()
        .map(Into::into)
        .collect())
}

/// One token's record.
pub fn get(conn: &mut DbConnection, id: TokenId) -> Result<ApiToken, ServiceError> {
    Ok(tokens::find(conn, id)?
        .ok_or_else(|| not_found(Resource::Token, id))?
        .into())
}

/// Revokes a token (revoking a revoked one changes nothing). The last active `ADMIN` token
/// is kept (409 `LAST_ADMIN_TOKEN`): create another first. Run it inside a write transaction.
pub fn revoke(conn: &mut DbConnection, id: TokenId) -> Result<ApiToken, ServiceError> {
    let row = tokens::find(conn, id)?.ok_or_else(|| not_found(Resource::Token, id))?;
    if row.revoked_at.is_some() {
        return Ok(row.into());
    }
    if row.role == Role::Admin.as_str()
        && tokens::count_active_with_role(conn, Role::Admin.as_str())? <= 1
    {
        return Err(last_admin_token(id));
    }
    tokens::revoke(conn, id, db::now())?;
    get(conn, id)
}

/// 409 `LAST_ADMIN_TOKEN`: token `id` is the only active administrator token.
pub fn last_admin_token(id: TokenId) -> ServiceError {
    ServiceError::Conflict {
        code: ProblemCode::LastAdminToken,
        detail_zh: format!("令牌 {id} 是唯一有效的 ADMIN 令牌；请先创建另一个 ADMIN 令牌再撤销它"),
        detail_en: format!(
            "token {id} is the only active ADMIN token; create another ADMIN token before revoking it"
        ),
        issues: vec![],
    }
}

/// On an empty database (no token ever created): creates the first `ADMIN` token and returns
/// it; `None` when tokens exist. Run it inside a write transaction, so that instances starting
/// together create one.
pub fn create_first_admin(conn: &mut DbConnection) -> Result<Option<CreatedToken>, ServiceError> {
    if tokens::count(conn)? > 0 {
        return Ok(None);
    }
    insert(conn, FIRST_ADMIN_NAME, Role::Admin, &[], "first start")
        .map(Some)
        .map_err(|e| match e {
            InsertError::Taken => ServiceError::TransactionConflict,
            InsertError::Service(e) => e,
        })
}

/// The caller a stored, active token (by its hash) names; `None` for an unknown or revoked
/// token.
pub fn principal_of(
    conn: &mut DbConnection,
    hash: &str,
) -> Result<Option<Principal>, ServiceError> {
    let Some(row) = tokens::find_active_by_hash(conn, hash)? else {
        return Ok(None);
    };
    Ok(Some(Principal {
        token_id: Some(TokenId::new(row.id)),
        name: row.name,
        role: Role::parse(&row.role).ok_or_else(|| {
            ServiceError::internal(format!("token {} has an unknown stored role", row.id))
        })?,
        regions: serde_json::from_str(&row.regions).unwrap_or_default(),
    }))
}
