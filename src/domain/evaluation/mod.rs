//! Self-evaluation (绩效自评, SPEC §6.2–§6.3): the document a region files for an approved sheet
//! after the year, its normal form, the scores computed from it with the rules of
//! [`super::scoring`] (each with its arithmetic in words) and the checks of §6.3. Pure: the
//! sheet and the fund's scheme the evaluation is scored against are given.

mod compute;
mod explain;

pub use compute::*;
pub use explain::*;

use std::collections::{HashMap, HashSet};

use rust_decimal::Decimal;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::check::{quote, Checker};
use super::compare::{self, ValueKind, ValueParsed, ValueProblemCode};
use super::exact::Exact;
use super::ids::IndicatorId;
use super::money::{Money, MoneyError, MoneyInput};
use super::monitoring::Stage;
use super::scoring::{
    self, budget_score, judged_score, method_of, numeric_score, over_achieved, round2, Achievement,
    BandError, Grade, Method, Scheme, WeightError,
};
use super::sheet::{Indicator, Sheet};
use super::target::{Comparator, TargetKind};
use super::{Issue, IssueCode, Lang};

/// At most this many characters in 总体目标实际完成情况, the budget's and each indicator's
/// analysis.
pub const MAX_TEXT_CHARS: usize = 2000;

/// The decimals a computed weight keeps when it is stored (it is computed and used exactly).
pub const WEIGHT_PLACES: u32 = 24;
/// At most this many characters in an actual value.
pub const MAX_VALUE_CHARS: usize = 100;
/// At most this many lines in an evaluation (as many as a sheet has indicators).
pub const MAX_LINES: usize = super::sheet::MAX_INDICATORS;

/// The OpenAPI schema of points on an evaluation line (a score or a weight) as clients send
/// them.
pub fn points_input_schema() -> utoipa::openapi::schema::Object {
    super::money::decimal_input_schema(
        "Points: a decimal string (preferred, e.g. `\"11\"`, `\"12.5\"`) or a JSON number; \
         not negative; a score has at most 2 decimals, a weight at most 4.",
        "11",
    )
}

/// One indicator of a self-evaluation as a client sends it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EvaluationLineDocument {
    /// The sheet's indicator (its `id` in `GET /sheets/{sheet_id}`).
    #[schema(value_type = Option<i64>, example = 17)]
    pub indicator_id: Option<IndicatorId>,
    /// 实际完成值: one value in the grammar of the targets (`12场`, `93%`, `同比增长12%`,
    /// `2025年1月`); free text for a qualitative or not measurable target. At most 100
    /// characters.
    #[schema(example = "12场")]
    pub actual: Option<String>,
    /// 达成情况, for an indicator scored by judgement (a qualitative or vague target, a missed
    /// deadline); ignored, with a warning, for one scored by formula.
    pub achievement: Option<Achievement>,
    /// The score chosen inside the band of `achievement` (at most 2 decimals); only with
    /// `achievement`. Without it the band's default applies (w, 0.7 w, 0).
    #[schema(schema_with = points_input_schema)]
    pub score: Option<MoneyInput>,
    /// A weight instead of the scheme's (at most 4 decimals): if one indicator has it, every
    /// indicator of the sheet must, and they add up to exactly 100 − the budget weight.
    #[schema(schema_with = points_input_schema)]
    pub weight: Option<MoneyInput>,
    /// 偏差原因分析及改进措施, at most 2000 characters.
    pub deviation_analysis: Option<String>,

    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub level1: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub level2: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub name: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub target: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub target_parsed: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub actual_parsed: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub computed_weight: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub method: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub computed_score: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub explanation: Option<IgnoredAny>,
}

/// A self-evaluation as a client sends it: the document its writes and checks read. In the
/// spec it is the body of `score`, which checks any document; `PUT` and the bulk upload name
/// what they require (`EvaluationInput`, `EvaluationBulkItem`). What `GET` returns can be sent
/// back as it is: the read-only fields are ignored.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "executed_funds": "430",
    "goal_achievement": "全年举办跨境电商培训12场、430人次，进出口额同比增长12%",
    "budget_deviation_analysis": "部分配套资金年底到位",
    "indicators": [
        {"indicator_id": 17, "actual": "12场"},
        {"indicator_id": 21, "actual": "2025年1月", "achievement": "PARTIAL",
         "deviation_analysis": "场馆延期交付"},
        {"indicator_id": 23, "actual": "带动就业效果较好", "achievement": "PARTIAL", "score": "11",
         "deviation_analysis": "就业统计口径尚未统一，明年按季度跟踪"}
    ]
}))]
pub struct EvaluationDocument {
    /// 全年执行数 in 万元 (a decimal string, preferred, or a number; at most 4 decimals).
    /// Required.
    #[schema(schema_with = super::money::money_input_schema)]
    pub executed_funds: Option<MoneyInput>,
    /// 总体目标实际完成情况, at most 2000 characters.
    pub goal_achievement: Option<String>,
    /// Why the execution rate is below 100 % (预算执行偏差原因), at most 2000 characters.
    pub budget_deviation_analysis: Option<String>,
    /// One line per indicator of the sheet, in any order (at most 200).
    pub indicators: Option<Vec<EvaluationLineDocument>>,

    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub sheet_id: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub status: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub status_reason: Option<IgnoredAny>,
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
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub scored_at: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub budget: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub execution_rate: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub budget_weight: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub budget_score: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub budget_explanation: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub total_score: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub grade: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub issues: Option<IgnoredAny>,
}

/// An evaluation line after normalisation.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EvaluationLine {
    /// The indicator.
    pub indicator_id: IndicatorId,
    /// 实际完成值, trimmed; `None` when blank.
    pub actual: Option<String>,
    /// 达成情况.
    pub achievement: Option<Achievement>,
    /// The chosen score (at most 2 decimals, trailing zeros dropped).
    pub score: Option<Decimal>,
    /// The weight given (at most 4 decimals, trailing zeros dropped).
    pub weight: Option<Decimal>,
    /// 偏差原因分析及改进措施.
    pub deviation_analysis: Option<String>,
}

/// An evaluation after normalisation: what is stored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NormalizedEvaluation {
    /// 全年执行数.
    pub executed_funds: Money,
    /// 总体目标实际完成情况.
    pub goal_achievement: Option<String>,
    /// 预算执行偏差原因.
    pub budget_deviation_analysis: Option<String>,
    /// The lines, in order.
    pub lines: Vec<EvaluationLine>,
}

impl NormalizedEvaluation {
    /// The document that, sent back, stores this evaluation unchanged.
    pub fn to_document(&self) -> EvaluationDocument {
        let points = |d: Decimal| MoneyInput::Text(d.to_string());
        EvaluationDocument {
            executed_funds: Some(self.executed_funds.into()),
            goal_achievement: self.goal_achievement.clone(),
            budget_deviation_analysis: self.budget_deviation_analysis.clone(),
            indicators: Some(
                self.lines
                    .iter()
                    .map(|l| EvaluationLineDocument {
                        indicator_id: Some(l.indicator_id),
                        actual: l.actual.clone(),
                        achievement: l.achievement,
                        score: l.score.map(points),
                        weight: l.weight.map(points),
                        deviation_analysis: l.deviation_analysis.clone(),
                        ..Default::default()
                    })
                    .collect(),
            ),
            ..Default::default()
        }
    }
}

/// Reads points (a score or a weight) with at most `places` decimals; `None` (and an issue of
/// `code`) when they are refused.
fn points(
    c: &mut Checker,
    path: &str,
    input: Option<&MoneyInput>,
    places: u32,
    code: IssueCode,
    (label_zh, label_en): (&str, &str),
) -> Option<Decimal> {
    let input = input?;
    if let MoneyInput::Text(t) = input {
        if t.trim().is_empty() {
            return None;
        }
    }
    let written = quote(&input.as_written());
    let (zh, en) = match input.to_money() {
        Ok(m) => {
            let d = Decimal::new(m.yuan(), 4).normalize();
            if d.scale() <= places {
                return Some(d);
            }
            (
                format!("{label_zh}{written}最多保留 {places} 位小数"),
                format!("{label_en} {written} has more than {places} decimals"),
            )
        }
        Err(MoneyError::Negative) => (
            format!("{label_zh}{written}不能为负数"),
            format!("{label_en} {written} must not be negative"),
        ),
        Err(MoneyError::TooPrecise) => (
            format!("{label_zh}{written}最多保留 {places} 位小数"),
            format!("{label_en} {written} has more than {places} decimals"),
        ),
        Err(MoneyError::TooLarge | MoneyError::Invalid) => {
            c.error(
                IssueCode::AmountInvalid,
                path,
                format!("{label_zh}{written}不是有效的数值"),
                format!("{label_en} {written} is not a valid number"),
            );
            return None;
        }
    };
    c.error(code, path, zh, en);
    None
}

/// Normalises an evaluation document and runs the checks that need neither the sheet nor the
/// database: required fields, lengths, amounts and points.
pub fn normalize(doc: &EvaluationDocument, lang: Lang) -> (NormalizedEvaluation, Vec<Issue>) {
    let mut c = Checker::new(lang);
    let mut out = NormalizedEvaluation::default();
    if let Some(m) = c.money(
        "/executed_funds",
        doc.executed_funds.as_ref(),
        true,
        "全年执行数（executed_funds）",
        "executed_funds",
    ) {
        out.executed_funds = m;
    }
    let long_text = |c: &mut Checker, path: &str, v: Option<&String>, zh: &str, en: &str| {
        c.text(
            path,
            v.map(String::as_str),
            false,
            MAX_TEXT_CHARS,
            true,
            zh,
            en,
        )
    };
    out.goal_achievement = long_text(
        &mut c,
        "/goal_achievement",
        doc.goal_achievement.as_ref(),
        "总体目标实际完成情况",
        "goal_achievement",
    );
    out.budget_deviation_analysis = long_text(
        &mut c,
        "/budget_deviation_analysis",
        doc.budget_deviation_analysis.as_ref(),
        "预算执行偏差原因",
        "budget_deviation_analysis",
    );
    let lines = doc.indicators.as_deref().unwrap_or_default();
    if lines.len() > MAX_LINES {
        c.error(
            IssueCode::TooMany,
            "/indicators",
            format!("指标最多 {MAX_LINES} 项，现有 {} 项", lines.len()),
            format!(
                "indicators has {} entries; at most {MAX_LINES} are allowed",
                lines.len()
            ),
        );
    }
    for (i, line) in lines.iter().enumerate() {
        let at = |field: &str| format!("/indicators/{i}/{field}");
        let Some(indicator_id) = line.indicator_id else {
            c.required(&at("indicator_id"), "指标（indicator_id）", "indicator_id");
            continue;
        };
        let actual = c.text(
            &at("actual"),
            line.actual.as_deref(),
            false,
            MAX_VALUE_CHARS,
            false,
            "实际完成值",
            "actual",
        );
        let score = points(
            &mut c,
            &at("score"),
            line.score.as_ref(),
            2,
            IssueCode::ScoreOutOfBand,
            ("得分", "score"),
        );
        if score.is_some() && line.achievement.is_none() {
            c.error(
                IssueCode::ScoreOutOfBand,
                at("score"),
                "得分（score）只能与达成情况（achievement）一同填写".into(),
                "score is given only with achievement".into(),
            );
        }
        let weight = points(
            &mut c,
            &at("weight"),
            line.weight.as_ref(),
            4,
            IssueCode::WeightsSumInvalid,
            ("权重", "weight"),
        );
        let deviation_analysis = long_text(
            &mut c,
            &at("deviation_analysis"),
            line.deviation_analysis.as_ref(),
            "偏差原因分析及改进措施",
            "deviation_analysis",
        );
        out.lines.push(EvaluationLine {
            indicator_id,
            actual,
            achievement: line.achievement,
            score,
            weight,
            deviation_analysis,
        });
    }
    (out, c.issues)
}

/// What an evaluation's scores are computed from: the sheet's year, amounts and indicators and
/// its fund's scheme — now while the evaluation is `DRAFT` or `RETURNED`, as they were at submit
/// afterwards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvaluationBasis {
    /// The fund's year.
    pub year: i32,
    /// 省级资金.
    pub provincial_funds: Money,
    /// 市、区拟配套资金; `None` when blank.
    pub matching_funds: Option<Money>,
    /// The sheet's indicators, in order.
    pub indicators: Vec<Indicator>,
    /// The fund's scoring scheme.
    pub scheme: Scheme,
}

impl EvaluationBasis {
    /// The basis a sheet and its fund's scheme give as they now are.
    pub fn of(sheet: &Sheet, scheme: &Scheme) -> Self {
        EvaluationBasis {
            year: sheet.year,
            provincial_funds: sheet.provincial_funds,
            matching_funds: sheet.matching_funds,
            indicators: sheet.indicators.clone(),
            scheme: scheme.clone(),
        }
    }
}

/// An explanation in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Explanation {
    /// In Chinese.
    pub zh: String,
    /// In English.
    pub en: String,
}

impl Explanation {
    fn new(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Explanation {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    pub fn pick(&self, lang: Lang) -> &str {
        lang.pick(&self.zh, &self.en)
    }
}

/// One indicator's score as computed (read-only in the API); its labels and target are those
/// of the basis's indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LineScore {
    /// The indicator.
    pub indicator_id: IndicatorId,
    /// The actual value's reading; null when blank or unreadable.
    pub actual_parsed: Option<ValueParsed>,
    /// The weight, exact to [`WEIGHT_PLACES`] decimals (`computed_weight` shows 4).
    pub weight: Decimal,
    /// How it is scored.
    pub method: Method,
    /// The score, rounded half-up to 2 places.
    pub score: Decimal,
    /// The arithmetic in words.
    pub explanation: Explanation,
}

/// Everything computed for an evaluation (§6.3): what is frozen at submit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvaluationFigures {
    /// 年初预算数 = 省级资金 + 市、区拟配套资金 (a blank counts 0).
    pub budget: Money,
    /// 预算执行率 = executed ÷ budget × 100, 2 places; `None` when the budget is 0.
    pub execution_rate: Option<Decimal>,
    /// The scheme's budget weight.
    pub budget_weight: Decimal,
    /// The budget score, 2 places.
    pub budget_score: Decimal,
    /// The budget score's arithmetic.
    pub budget_explanation: Explanation,
    /// One entry per scored line, in the evaluation's order.
    pub lines: Vec<LineScore>,
    /// Budget score + the indicators' rounded scores, at most 100.00, 2 places.
    pub total_score: Decimal,
    /// 等级 on the total.
    pub grade: Grade,
}

#[cfg(test)]
mod tests;
