//! Special funds (专项资金): the document clients send and its checks.

use std::collections::BTreeMap;

use super::ids::FundId;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::check::{quote, Checker};
use super::issue::pointer_token;
use super::money::{Money, MoneyError, MoneyInput};
use super::scoring::Scheme;
use super::sheet::{check_levels, MAX_NAME_CHARS, MAX_TARGET_CHARS};
use super::target::{self, TargetKind};
use super::taxonomy::{self, normalize_label};
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
    ]},
    "scoring": {"budget_execution": "10",
        "level1": {"产出指标": "50", "成本指标": "0", "效益指标": "30", "满意度指标": "10"}}
}))]
pub struct FundDocument {
    /// 专项名称, at most 200 characters; unique within its year.
    #[schema(example = "2024年度跨境电商支持资金")]
    pub name: Option<String>,
    /// Budget year, 2000–2100.
    #[schema(example = 2024, minimum = 2000, maximum = 2100)]
    pub year: Option<i64>,
    /// Total provincial budget of the fund in 万元 (the cap on the sum of its sheets'
    /// provincial funds); `null` when not fixed.
    #[schema(schema_with = super::money::money_input_schema)]
    pub total_provincial_funds: Option<MoneyInput>,
    /// Free description, at most 2000 characters.
    pub description: Option<String>,
    /// The indicators every region's sheet is expected to contain (SPEC §1.5); `null` for none.
    pub template: Option<TemplateDocument>,
    /// The scoring scheme of self-evaluations (SPEC §6.1): the points of budget execution and
    /// of each 一级, adding up to exactly 100; absent or `null` for the default (budget 10,
    /// 产出 50, 效益 30, 满意度 10, 成本 0).
    pub scoring: Option<ScoringDocument>,

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

/// A fund's scoring scheme as a client sends it (SPEC §6.1).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"budget_execution": "10", "level1": {
    "产出指标": "40", "成本指标": "10", "效益指标": "30", "满意度指标": "10"}}))]
pub struct ScoringDocument {
    /// The points of 预算执行率 (budget execution); required.
    #[schema(schema_with = super::money::points_input_schema)]
    pub budget_execution: Option<MoneyInput>,
    /// The points of each 一级 by its label (whitespace ignored; only the 一级 of the taxonomy,
    /// each once); a 一级 not named weighs 0. Required.
    #[schema(schema_with = level1_points_input_schema)]
    pub level1: Option<BTreeMap<String, Option<MoneyInput>>>,
}

/// The OpenAPI schema of `level1` in a scoring scheme: points by 一级 label.
fn level1_points_input_schema() -> utoipa::openapi::schema::Object {
    use utoipa::openapi::schema::{ObjectBuilder, SchemaType, Type};
    ObjectBuilder::new()
        .schema_type(SchemaType::from_iter([Type::Object, Type::Null]))
        .additional_properties(Some(utoipa::openapi::schema::Schema::Object(
            super::money::points_input_schema(),
        )))
        .description(Some(
            "The points of each 一级 by its label (产出指标, 成本指标, 效益指标, 满意度指标; \
             whitespace ignored, each once); a 一级 not named weighs 0.",
        ))
        .examples([serde_json::json!({"产出指标": "40", "成本指标": "10", "效益指标": "30", "满意度指标": "10"})])
        .build()
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
    /// The scoring scheme; `None` for the default.
    pub scoring: Option<Scheme>,
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
    /// The scoring scheme of self-evaluations (SPEC §6.1), always the one in force: the default
    /// (budget 10, 产出 50, 效益 30, 满意度 10, 成本 0) when none was set.
    pub scoring: Scheme,
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
            scoring: (self.scoring != Scheme::default()).then(|| self.scoring.clone()),
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
    let scoring = doc
        .scoring
        .as_ref()
        .and_then(|s| normalize_scoring(&mut c, s))
        .filter(|s| *s != Scheme::default());
    (
        NormalizedFund {
            name,
            year,
            total_provincial_funds: total,
            description,
            template,
            scoring,
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

/// The labels of the taxonomy's 一级, for messages.
fn level1_labels() -> String {
    taxonomy::TAXONOMY
        .iter()
        .map(|l| l.label)
        .collect::<Vec<_>>()
        .join("、")
}

/// Checks a scoring scheme (SPEC §6.1): `budget_execution` and `level1` given, every weight a
/// non-negative number with at most 4 decimals, every label a 一级 of the taxonomy named once
/// (whitespace ignored), and the sum exactly 100. Returns the scheme with every 一级 listed
/// (0 for one not named), or `None` when it is refused.
fn normalize_scoring(c: &mut Checker, doc: &ScoringDocument) -> Option<Scheme> {
    let errors_before = c.issues.len();
    let budget_execution = match &doc.budget_execution {
        None => {
            c.error(
                IssueCode::ScoringWeightsInvalid,
                "/scoring/budget_execution",
                "评分方案缺少预算执行率的分值（budget_execution）".into(),
                "the scoring scheme lacks budget_execution, the points of budget execution".into(),
            );
            None
        }
        Some(w) => read_points(
            c,
            "/scoring/budget_execution",
            Some(w),
            "预算执行率（budget_execution）",
            "budget_execution",
        ),
    };
    let mut level1: BTreeMap<String, Decimal> = BTreeMap::new();
    let mut written_as: BTreeMap<&'static str, &str> = BTreeMap::new();
    match &doc.level1 {
        None => c.error(
            IssueCode::ScoringWeightsInvalid,
            "/scoring/level1",
            format!(
                "评分方案缺少一级指标的分值（level1，可含：{}）",
                level1_labels()
            ),
            format!(
                "the scoring scheme lacks level1, the points of each 一级 ({})",
                level1_labels()
            ),
        ),
        Some(map) => {
            for (written, weight) in map {
                let path = format!("/scoring/level1/{}", pointer_token(written));
                let Some(found) = taxonomy::find_level1(written) else {
                    c.error(
                        IssueCode::ScoringWeightsInvalid,
                        path,
                        format!(
                            "{}不是指标体系中的一级指标（可选：{}）",
                            quote(written),
                            level1_labels()
                        ),
                        format!(
                            "{} is not a 一级 of the taxonomy ({})",
                            quote(written),
                            level1_labels()
                        ),
                    );
                    continue;
                };
                if let Some(first) = written_as.get(found.label) {
                    c.error(
                        IssueCode::ScoringWeightsInvalid,
                        path,
                        format!(
                            "{}与{}是同一个一级指标{}，只能给一次分值",
                            quote(written),
                            quote(first),
                            found.label
                        ),
                        format!(
                            "{} and {} are the same 一级, {}; give its points once",
                            quote(written),
                            quote(first),
                            found.label
                        ),
                    );
                    continue;
                }
                written_as.insert(found.label, written);
                let label_zh = format!("{}的分值", found.label);
                let label_en = format!("the points of {}", found.label);
                if let Some(points) = read_points(c, &path, weight.as_ref(), &label_zh, &label_en) {
                    level1.insert(found.label.to_string(), points);
                }
            }
        }
    }
    if c.issues.len() > errors_before {
        return None;
    }
    let budget_execution = budget_execution?;
    for l in taxonomy::TAXONOMY {
        level1.entry(l.label.to_string()).or_insert(Decimal::ZERO);
    }
    let listed: Decimal = level1.values().copied().sum();
    let sum = (budget_execution + listed).normalize();
    if sum != Decimal::ONE_HUNDRED {
        let listed = listed.normalize();
        c.error(
            IssueCode::ScoringWeightsInvalid,
            "/scoring",
            format!(
                "评分方案各项分值合计应恰为 100，现为 {sum}（预算执行率 {budget_execution} + 一级指标 {listed}）"
            ),
            format!(
                "the scoring weights add up to {sum}, not exactly 100 (budget_execution {budget_execution} + level1 {listed})"
            ),
        );
        return None;
    }
    Some(Scheme {
        budget_execution,
        level1,
    })
}

/// Reads one weight of a scoring scheme: a non-negative number of points with at most 4
/// decimals, without trailing zeros. `label_*` names it in messages.
fn read_points(
    c: &mut Checker,
    path: &str,
    value: Option<&MoneyInput>,
    label_zh: &str,
    label_en: &str,
) -> Option<Decimal> {
    let blank = match value {
        None => true,
        Some(MoneyInput::Text(t)) => t.trim().is_empty(),
        Some(MoneyInput::Number(_)) => false,
    };
    let Some(input) = value.filter(|_| !blank) else {
        c.error(
            IssueCode::ScoringWeightsInvalid,
            path,
            format!("{label_zh}不能为空；不计分的一级指标写 \"0\" 或不列出"),
            format!(
                "{label_en} must be a number; give \"0\" or leave out a 一级 that weighs nothing"
            ),
        );
        return None;
    };
    let written = quote(&input.as_written());
    let (zh, en) = match input.to_money() {
        Ok(m) => return Some(Decimal::new(m.yuan(), 4).normalize()),
        Err(MoneyError::Negative) => (
            format!("{label_zh}{written}不能为负数"),
            format!("{label_en}, {written}, must not be negative"),
        ),
        Err(MoneyError::TooPrecise) => (
            format!("{label_zh}{written}最多保留 4 位小数"),
            format!("{label_en}, {written}, has more than 4 decimals"),
        ),
        Err(MoneyError::TooLarge) => (
            format!("{label_zh}{written}超过 100"),
            format!("{label_en}, {written}, is more than 100"),
        ),
        Err(MoneyError::Invalid) => (
            format!("{label_zh}{written}不是数字，应为十进制数，如 \"10\" 或 \"16.6667\""),
            format!("{label_en}, {written}, is not a number; send a decimal such as \"10\" or \"16.6667\""),
        ),
    };
    c.error(IssueCode::ScoringWeightsInvalid, path, zh, en);
    None
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
mod tests;
