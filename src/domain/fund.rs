//! Special funds (专项资金): the document clients send and its checks.

use super::ids::FundId;
use chrono::{DateTime, Utc};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::check::{quote, Checker};
use super::money::{Money, MoneyInput};
use super::sheet::{check_levels, MAX_NAME_CHARS, MAX_TARGET_CHARS};
use super::target::{self, TargetKind};
use super::taxonomy::normalize_label;
use super::{Issue, IssueCode, Lang};

/// Earliest budget year accepted.
pub const MIN_YEAR: i64 = 2000;
/// Latest budget year accepted.
pub const MAX_YEAR: i64 = 2100;
/// At most this many characters in a fund name.
pub const MAX_FUND_NAME_CHARS: usize = 200;
/// At most this many characters in a fund description.
pub const MAX_DESCRIPTION_CHARS: usize = 2000;
/// At most this many indicators in a fund template.
pub const MAX_TEMPLATE_INDICATORS: usize = 200;

/// A fund as a client sends it. Read-only fields of `GET` are accepted and ignored.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "name": "2024年度跨境电商支持资金", "year": 2024, "total_provincial_funds": "2000",
    "description": "2024年度跨境电商资金绩效目标表（附件2），湖南省各市州",
    "template": {"strict": false, "indicators": [
        {"level1": "产出指标", "level2": "质量指标", "name": "资金使用合规性", "floor": "=100%"},
        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "服务跨境电商企业满意度", "floor": "≥90%"}
    ]}
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
    #[schema(schema_with = super::money::money_input_schema)]
    pub total_provincial_funds: Option<MoneyInput>,
    /// Free description, at most 2000 characters.
    pub description: Option<String>,
    /// The indicators every region's sheet is expected to contain (SPEC §1.5); `null` for none.
    pub template: Option<TemplateDocument>,

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

/// A fund's template as a client sends it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TemplateDocument {
    /// When true, what the template asks for and a sheet lacks is an error instead of a
    /// warning. Default false.
    pub strict: Option<bool>,
    /// The expected indicators (at most 200), matched on (一级, 二级, name) with whitespace
    /// dropped.
    pub indicators: Option<Vec<TemplateIndicatorDocument>>,
}

/// One expected indicator of a template, as a client sends it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TemplateIndicatorDocument {
    /// 一级指标.
    #[schema(example = "产出指标")]
    pub level1: Option<String>,
    /// 二级指标, under its 一级指标.
    #[schema(example = "质量指标")]
    pub level2: Option<String>,
    /// 三级指标 (the indicator's name).
    #[schema(example = "资金使用合规性")]
    pub name: Option<String>,
    /// Optional floor the sheet's target must promise at least, e.g. `≥90%` or `=100%`; a
    /// number with a comparator, in the target-value grammar.
    #[schema(example = "≥90%")]
    pub floor: Option<String>,
}

/// A fund's template as stored and returned (SPEC §1.5).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
pub struct Template {
    /// When true, template findings are errors; otherwise warnings.
    pub strict: bool,
    /// The expected indicators, in order.
    pub indicators: Vec<TemplateIndicator>,
}

/// One expected indicator of a stored template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct TemplateIndicator {
    /// 一级指标 (canonical label).
    #[schema(example = "产出指标")]
    pub level1: String,
    /// 二级指标 (canonical label).
    #[schema(example = "质量指标")]
    pub level2: String,
    /// 三级指标, as written.
    #[schema(example = "资金使用合规性")]
    pub name: String,
    /// The floor, as written, or `null`.
    #[schema(example = "=100%")]
    #[schema(required = true)]
    pub floor: Option<String>,
}

impl TemplateIndicator {
    /// True when an indicator with these labels and name is this template entry (whitespace
    /// dropped; labels are canonical already).
    pub fn matches(&self, level1: &str, level2: &str, name: &str) -> bool {
        self.level1 == level1
            && self.level2 == level2
            && normalize_label(&self.name) == normalize_label(name)
    }
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
    /// Template.
    pub template: Option<Template>,
}

/// A stored fund, as the API returns it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Fund {
    /// Identifier.
    #[schema(value_type = i64, example = 1)]
    pub id: FundId,
    /// 专项名称.
    #[schema(example = "2024年度跨境电商支持资金")]
    pub name: String,
    /// Budget year.
    #[schema(example = 2024)]
    pub year: i32,
    /// Total provincial budget in 万元, or `null`.
    #[schema(value_type = Option<String>, example = "2000")]
    #[schema(required = true)]
    pub total_provincial_funds: Option<Money>,
    /// Free description.
    #[schema(required = true)]
    pub description: Option<String>,
    /// The indicators every region's sheet is expected to contain, or `null`.
    #[schema(required = true)]
    pub template: Option<Template>,
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
            template: self.template.clone(),
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
                IssueCode::YearOutOfRange,
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
    let template = doc.template.as_ref().map(|t| normalize_template(&mut c, t));
    (
        NormalizedFund {
            name,
            year,
            total_provincial_funds: total,
            description,
            template,
        },
        c.issues,
    )
}

fn normalize_template(c: &mut Checker, doc: &TemplateDocument) -> Template {
    let mut out = Template {
        strict: doc.strict.unwrap_or(false),
        indicators: Vec::new(),
    };
    let list = doc.indicators.as_deref().unwrap_or_default();
    if list.len() > MAX_TEMPLATE_INDICATORS {
        c.error(
            IssueCode::TooMany,
            "/template/indicators",
            format!(
                "模板指标最多 {MAX_TEMPLATE_INDICATORS} 条，现有 {} 条",
                list.len()
            ),
            format!(
                "template.indicators has {} entries; at most {MAX_TEMPLATE_INDICATORS} are allowed",
                list.len()
            ),
        );
    }
    for (i, ind) in list.iter().enumerate() {
        let base = format!("/template/indicators/{i}");
        let (level1, level2) = check_levels(c, &base, ind.level1.as_deref(), ind.level2.as_deref());
        let name = c
            .text(
                &format!("{base}/name"),
                ind.name.as_deref(),
                true,
                MAX_NAME_CHARS,
                false,
                "三级指标（指标名称）",
                "name",
            )
            .unwrap_or_default();
        let floor = c.text(
            &format!("{base}/floor"),
            ind.floor.as_deref(),
            false,
            MAX_TARGET_CHARS,
            false,
            "指标值下限",
            "floor",
        );
        if let Some(f) = &floor {
            check_floor(c, &format!("{base}/floor"), f);
        }
        let entry = TemplateIndicator {
            level1,
            level2,
            name,
            floor,
        };
        if !entry.name.is_empty() && !entry.level2.is_empty() {
            if let Some(first) = out
                .indicators
                .iter()
                .position(|e| e.matches(&entry.level1, &entry.level2, &entry.name))
            {
                c.error(
                    IssueCode::DuplicateIndicator,
                    format!("{base}/name"),
                    format!(
                        "模板指标{}在{}下与第 {} 条重复",
                        quote(&entry.name),
                        entry.level2,
                        first + 1
                    ),
                    format!(
                        "template indicator {} repeats entry #{} under {}",
                        quote(&entry.name),
                        first + 1,
                        entry.level2
                    ),
                );
            }
        }
        out.indicators.push(entry);
    }
    out
}

/// A floor must be a number with an optional comparator (`≥90%`, `=100%`, `3-5次`); a
/// deadline (`12月底前`) is not one, as it was not before deadlines were read.
fn check_floor(c: &mut Checker, path: &str, floor: &str) {
    match target::parse(floor) {
        Err(e) => c.error(e.code.into(), path, e.message_zh, e.message_en),
        Ok(p)
            if matches!(p.kind, TargetKind::Qualitative | TargetKind::Deadline)
                || !p.measurable =>
        {
            c.error(
                IssueCode::TargetMalformed,
                path,
                format!("下限{}应为带数值的指标值，如“≥90%”", quote(floor)),
                format!(
                    "floor {} must be a target with a number, such as “≥90%”",
                    quote(floor)
                ),
            )
        }
        Ok(_) => {}
    }
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
        let codes: Vec<&str> = normalize(&bad, Lang::Zh)
            .1
            .into_iter()
            .map(|i| i.code.as_str())
            .collect();
        assert_eq!(codes, ["REQUIRED", "YEAR_OUT_OF_RANGE", "AMOUNT_NEGATIVE"]);
    }

    fn entry(l1: &str, l2: &str, name: &str, floor: Option<&str>) -> TemplateIndicatorDocument {
        TemplateIndicatorDocument {
            level1: Some(l1.into()),
            level2: Some(l2.into()),
            name: Some(name.into()),
            floor: floor.map(Into::into),
        }
    }

    #[test]
    fn templates_are_checked() {
        let doc = FundDocument {
            name: Some("f".into()),
            year: Some(2024),
            template: Some(TemplateDocument {
                strict: None,
                indicators: Some(vec![
                    entry("产出指标", "质量\n指标", "资金使用合规性", Some("=100%")),
                    entry("产出指标", "质量指标", "资金 使用合规性", None),
                    entry("产出指标", "社会效益指标", "x", None),
                    entry("满意度指标", "服务对象满意度指标", "满意度", Some("积极")),
                    entry("满意度指标", "服务对象满意度指标", "y", Some("≥abc%")),
                    entry("产出指标", "时效指标", "z", Some("12月底前完成")),
                ]),
            }),
            ..Default::default()
        };
        let (fund, issues) = normalize(&doc, Lang::En);
        let found: Vec<(&str, &str)> = issues
            .iter()
            .map(|i| (i.code.as_str(), i.path.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("DUPLICATE_INDICATOR", "/template/indicators/1/name"),
                ("LEVEL2_NOT_UNDER_LEVEL1", "/template/indicators/2/level2"),
                ("TARGET_MALFORMED", "/template/indicators/3/floor"),
                ("TARGET_MALFORMED", "/template/indicators/4/floor"),
                ("TARGET_MALFORMED", "/template/indicators/5/floor"),
            ]
        );
        let template = fund.template.unwrap();
        assert!(!template.strict);
        assert_eq!(template.indicators[0].level2, "质量指标");
        assert_eq!(template.indicators[0].floor.as_deref(), Some("=100%"));
    }
}
