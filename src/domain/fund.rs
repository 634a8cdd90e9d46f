//! Special funds (专项资金): the document clients send and its checks.

use chrono::{DateTime, Utc};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::check::Checker;
use super::money::{Money, MoneyInput};
use super::{Issue, Lang};

/// Earliest budget year accepted.
pub const MIN_YEAR: i64 = 2000;
/// Latest budget year accepted.
pub const MAX_YEAR: i64 = 2100;
/// At most this many characters in a fund name.
pub const MAX_FUND_NAME_CHARS: usize = 200;
/// At most this many characters in a fund description.
pub const MAX_DESCRIPTION_CHARS: usize = 2000;

/// A fund as a client sends it. Read-only fields of `GET` are accepted and ignored.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "name": "2024年度跨境电商支持资金", "year": 2024, "total_provincial_funds": "2000",
    "description": "2024年度跨境电商资金绩效目标表（附件2），湖南省各市州"
}))]
pub struct FundDocument {
    /// 专项名称, at most 200 characters; unique within its year.
    #[schema(example = "2024年度跨境电商支持资金")]
    pub name: Option<String>,
    /// Budget year, 2000–2100.
    #[schema(example = 2024)]
    pub year: Option<i64>,
    /// Total provincial budget of the fund in 万元 (the cap on the sum of its sheets'
    /// provincial funds); `null` when not fixed.
    #[schema(value_type = Option<String>, example = "2000")]
    pub total_provincial_funds: Option<MoneyInput>,
    /// Free description, at most 2000 characters.
    pub description: Option<String>,

    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub id: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub version: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub created_at: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub updated_at: Option<IgnoredAny>,
}

/// A fund after normalisation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NormalizedFund {
    /// Name, trimmed.
    pub name: String,
    /// Budget year.
    pub year: i32,
    /// Total provincial budget.
    pub total_provincial_funds: Option<Money>,
    /// Description.
    pub description: Option<String>,
}

/// A stored fund, as the API returns it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Fund {
    /// Identifier.
    #[schema(example = 1)]
    pub id: i64,
    /// 专项名称.
    #[schema(example = "2024年度跨境电商支持资金")]
    pub name: String,
    /// Budget year.
    #[schema(example = 2024)]
    pub year: i32,
    /// Total provincial budget in 万元, or `null`.
    #[schema(value_type = Option<String>, example = "2000")]
    pub total_provincial_funds: Option<Money>,
    /// Free description.
    pub description: Option<String>,
    /// Version, 1 on create, +1 on every change; the `ETag` is `"<version>"`.
    #[schema(example = 1)]
    pub version: i64,
    /// When the fund was created (UTC).
    pub created_at: DateTime<Utc>,
    /// When the fund last changed (UTC).
    pub updated_at: DateTime<Utc>,
}

impl Fund {
    /// The normal form of this stored fund.
    pub fn normalized(&self) -> NormalizedFund {
        NormalizedFund {
            name: self.name.clone(),
            year: self.year,
            total_provincial_funds: self.total_provincial_funds,
            description: self.description.clone(),
        }
    }
}

/// Normalises a submitted fund; returns the normal form and every issue found.
pub fn normalize(doc: &FundDocument, lang: Lang) -> (NormalizedFund, Vec<Issue>) {
    let mut c = Checker::new(lang);
    let name = c
        .text(
            "/name",
            doc.name.as_deref(),
            true,
            MAX_FUND_NAME_CHARS,
            false,
            "专项名称",
            "name",
        )
        .unwrap_or_default();
    let year = match doc.year {
        None => {
            c.required("/year", "年度", "year");
            0
        }
        Some(y) if !(MIN_YEAR..=MAX_YEAR).contains(&y) => {
            c.error(
                "YEAR_OUT_OF_RANGE",
                "/year",
                format!("年度 {y} 应在 {MIN_YEAR} 至 {MAX_YEAR} 之间"),
                format!("year {y} must be between {MIN_YEAR} and {MAX_YEAR}"),
            );
            0
        }
        Some(y) => y as i32,
    };
    let total = c.money(
        "/total_provincial_funds",
        doc.total_provincial_funds.as_ref(),
        false,
        "省级资金总额",
        "total_provincial_funds",
    );
    let description = c.text(
        "/description",
        doc.description.as_deref(),
        false,
        MAX_DESCRIPTION_CHARS,
        true,
        "说明",
        "description",
    );
    (
        NormalizedFund {
            name,
            year,
            total_provincial_funds: total,
            description,
        },
        c.issues,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn funds_are_checked() {
        let doc = FundDocument {
            name: Some(" 2024年度跨境电商支持资金 ".into()),
            year: Some(2024),
            total_provincial_funds: Some(MoneyInput::Text("2000".into())),
            ..Default::default()
        };
        let (fund, issues) = normalize(&doc, Lang::Zh);
        assert!(issues.is_empty());
        assert_eq!(fund.name, "2024年度跨境电商支持资金");
        assert_eq!(fund.total_provincial_funds.unwrap().to_string(), "2000");

        let bad = FundDocument {
            year: Some(1999),
            total_provincial_funds: Some(MoneyInput::Text("-1".into())),
            ..Default::default()
        };
        let codes: Vec<String> = normalize(&bad, Lang::Zh)
            .1
            .into_iter()
            .map(|i| i.code)
            .collect();
        assert_eq!(codes, ["REQUIRED", "YEAR_OUT_OF_RANGE", "AMOUNT_NEGATIVE"]);
    }
}
