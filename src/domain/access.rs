//! Who may do what (SPEC §1.6): roles, what each allows, and the region scope of submitters.
//! Pure: the HTTP layer authenticates, these rules decide.

use super::ids::{RegionCode, TokenId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::Lang;

/// The role of an API token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Role {
    /// Administrator: funds, templates and tokens, and everything the other roles may do.
    Admin,
    /// Provincial reviewer (审核): reads everything, approves, returns and reopens sheets.
    Reviewer,
    /// Prefecture submitter (申报): creates and edits its regions' sheets while `DRAFT` or
    /// `RETURNED`, and submits them.
    Submitter,
    /// Reads everything, changes nothing.
    Reader,
}

impl Role {
    /// Every role, for listings and help.
    pub const ALL: [Role; 4] = [Role::Admin, Role::Reviewer, Role::Submitter, Role::Reader];

    /// The stored and JSON value.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "ADMIN",
            Role::Reviewer => "REVIEWER",
            Role::Submitter => "SUBMITTER",
            Role::Reader => "READER",
        }
    }

    /// Reads a stored value (or a command-line one, in any case).
    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str().eq_ignore_ascii_case(s.trim()))
    }

    /// True when this role may do `p` (regions aside: see [`Principal::covers_region`]).
    pub fn can(self, p: Permission) -> bool {
        match self {
            Role::Admin => true,
            Role::Reviewer => matches!(p, Permission::Read | Permission::Review),
            Role::Submitter => matches!(
                p,
                Permission::Read | Permission::WriteSheets | Permission::Submit
            ),
            Role::Reader => p == Permission::Read,
        }
    }
}

/// What a request wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// Read anything (sheets, funds, revisions, exports, validation verdicts).
    Read,
    /// Create, change and delete funds and their templates.
    ManageFunds,
    /// Create, list and revoke API tokens.
    ManageTokens,
    /// Create, change and delete sheets (and upload them in bulk).
    WriteSheets,
    /// Submit sheets for review (申报).
    Submit,
    /// Approve, return and reopen sheets (审核, 批复, 调整).
    Review,
}

impl Permission {
    /// What the permission is, for messages.
    fn describe(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Permission::Read, Lang::Zh) => "读取数据",
            (Permission::Read, Lang::En) => "read data",
            (Permission::ManageFunds, Lang::Zh) => "管理专项资金",
            (Permission::ManageFunds, Lang::En) => "manage funds",
            (Permission::ManageTokens, Lang::Zh) => "管理 API 令牌",
            (Permission::ManageTokens, Lang::En) => "manage API tokens",
            (Permission::WriteSheets, Lang::Zh) => "填报或修改绩效目标表",
            (Permission::WriteSheets, Lang::En) => "write sheets",
            (Permission::Submit, Lang::Zh) => "申报绩效目标表",
            (Permission::Submit, Lang::En) => "submit sheets",
            (Permission::Review, Lang::Zh) => "审核（批复、退回、调整）绩效目标表",
            (Permission::Review, Lang::En) => "review (approve, return, reopen) sheets",
        }
    }
}

/// Who is calling: the token's name, role and (for submitters) regions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Principal {
    /// The token's id; `null` when access control is disabled or for command-line work.
    #[schema(value_type = Option<i64>)]
    #[schema(required = true)]
    pub token_id: Option<TokenId>,
    /// The token's name, recorded as the actor of every change it makes.
    #[schema(example = "株洲市商务局")]
    pub name: String,
    /// The token's role.
    pub role: Role,
    /// For `SUBMITTER`: the region codes it may write; empty for other roles.
    #[schema(value_type = Vec<String>, example = json!(["430200"]))]
    pub regions: Vec<RegionCode>,
}

/// Why a request is refused: the messages in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Principal {
    /// The actor of work done without a token: command-line import and example loading, or a
    /// service started with access control disabled.
    pub fn system(name: &str) -> Principal {
        Principal {
            token_id: None,
            name: name.to_string(),
            role: Role::Admin,
            regions: Vec::new(),
        }
    }

    /// True when this caller may write sheets of region `code`.
    pub fn covers_region(&self, code: &str) -> bool {
        self.role != Role::Submitter || self.regions.iter().any(|r| r == code)
    }

    /// `Ok` when the role allows `p`, the refusal otherwise.
    pub fn require(&self, p: Permission) -> Result<(), Refusal> {
        if self.role.can(p) {
            return Ok(());
        }
        Err(Refusal {
            zh: format!(
                "令牌“{}”的角色为 {}，不能{}",
                self.name,
                self.role.as_str(),
                p.describe(Lang::Zh)
            ),
            en: format!(
                "token “{}” has role {}, which may not {}",
                self.name,
                self.role.as_str(),
                p.describe(Lang::En)
            ),
        })
    }

    /// `Ok` when this caller may write sheets of region `code`, the refusal otherwise.
    pub fn require_region(&self, code: &str) -> Result<(), Refusal> {
        if self.covers_region(code) {
            return Ok(());
        }
        let own = self
            .regions
            .iter()
            .map(RegionCode::as_str)
            .collect::<Vec<_>>()
            .join(", ");
        Err(Refusal {
            zh: format!(
                "令牌“{}”只能填报地区 {own} 的绩效目标表，不能填报地区 {code} 的",
                self.name
            ),
            en: format!(
                "token “{}” may write sheets of region(s) {own} only, not of region {code}",
                self.name
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn principal(role: Role, regions: &[&str]) -> Principal {
        Principal {
            token_id: Some(TokenId::new(1)),
            name: "t".into(),
            role,
            regions: regions.iter().map(|r| RegionCode::from(*r)).collect(),
        }
    }

    #[test]
    fn roles_allow_what_the_spec_says() {
        use Permission::*;
        let all = [Read, ManageFunds, ManageTokens, WriteSheets, Submit, Review];
        let allowed =
            |role: Role| -> Vec<Permission> { all.into_iter().filter(|p| role.can(*p)).collect() };
        assert_eq!(allowed(Role::Admin), all.to_vec());
        assert_eq!(allowed(Role::Reviewer), vec![Read, Review]);
        assert_eq!(allowed(Role::Submitter), vec![Read, WriteSheets, Submit]);
        assert_eq!(allowed(Role::Reader), vec![Read]);
    }

    #[test]
    fn submitters_are_scoped_to_their_regions() {
        let s = principal(Role::Submitter, &["430200", "430300"]);
        assert!(s.require_region("430300").is_ok());
        let refusal = s.require_region("430400").unwrap_err();
        assert!(refusal.en.contains("430200, 430300"), "{}", refusal.en);
        assert!(refusal.zh.contains("430400"));
        assert!(principal(Role::Admin, &[]).covers_region("430400"));
        assert!(principal(Role::Reviewer, &[]).covers_region("430400"));
    }

    #[test]
    fn roles_read_and_print_alike() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
            assert_eq!(
                serde_json::to_value(role).unwrap(),
                serde_json::Value::String(role.as_str().into())
            );
        }
        assert_eq!(Role::parse(" submitter "), Some(Role::Submitter));
        assert_eq!(Role::parse("root"), None);
        let refusal = principal(Role::Reader, &[]).require(Permission::WriteSheets);
        assert!(refusal.unwrap_err().en.contains("READER"));
    }
}
