//! Self-evaluation (绩效自评, SPEC §6.2–§6.3): the document a region files for an approved sheet
//! after the year, its normal form, the scores computed from it with the rules of
//! [`super::scoring`] (each with its arithmetic in words) and the checks of §6.3. Pure: the
//! sheet and the fund's scheme the evaluation is scored against are given.

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

/// A decimal as explanations show it: exact, without trailing zeros.
fn num(d: Decimal) -> String {
    d.normalize().to_string()
}

/// A band's bound as messages show it: exact, with at least 2 places (`8.00`, `10.002`), so that
/// a score inside the band is never shown outside it.
fn bound(d: Decimal) -> String {
    if d.normalize().scale() <= 2 {
        pts(d)
    } else {
        num(d)
    }
}

/// A score as explanations show it: 2 places.
fn pts(d: Decimal) -> String {
    fixed2(d).to_string()
}

/// Rounded half-up to 2 places and written with 2 (`8.60`, `10.00`).
pub fn fixed2(d: Decimal) -> Decimal {
    let mut r = round2(d);
    r.rescale(2);
    r
}

fn achievement_label(a: Achievement) -> (&'static str, &'static str) {
    match a {
        Achievement::Achieved => ("达成", "achieved"),
        Achievement::Partial => ("部分达成", "partially achieved"),
        Achievement::NotAchieved => ("未达成", "not achieved"),
    }
}

/// A judged score (or a late deadline's): the chosen score inside its band, or the band's
/// default, with its arithmetic after `prefix`.
fn judged(
    c: &mut Checker,
    path: &str,
    line: &EvaluationLine,
    w: &Exact,
    prefix: &Explanation,
    submit_check: &dyn Fn(&mut Checker, IssueCode, String, String, String),
    name: &str,
) -> (Exact, Explanation) {
    let Some(achievement) = line.achievement else {
        submit_check(
            c,
            IssueCode::AchievementRequired,
            format!("{path}/achievement"),
            format!("指标“{name}”须由评价人判断达成情况（achievement），未填按 0 分计"),
            format!(
                "indicator {} is scored by judgement: give achievement (it scores 0 without)",
                quote(name)
            ),
        );
        return (
            Exact::zero(),
            Explanation::new(
                format!("{}未填写达成情况，得 0.00 分", prefix.zh),
                format!("{}no achievement given: 0.00", prefix.en),
            ),
        );
    };
    let (label_zh, label_en) = achievement_label(achievement);
    match judged_score(achievement, w, line.score) {
        Ok(exact) => {
            let s = exact.round(2);
            let (zh, en) = match (line.score, achievement) {
                (Some(_), _) => {
                    let (low, high) = scoring::band(achievement, w);
                    (
                        format!(
                            "{}{label_zh}，评分 {}（区间 {}–{}）",
                            prefix.zh,
                            pts(s),
                            bound(low),
                            bound(high)
                        ),
                        format!(
                            "{}{label_en}, scored {} (band {}–{})",
                            prefix.en,
                            pts(s),
                            bound(low),
                            bound(high)
                        ),
                    )
                }
                (None, Achievement::Achieved) => (
                    format!("{}{label_zh}，得满分 {}", prefix.zh, pts(s)),
                    format!("{}{label_en}: full {}", prefix.en, pts(s)),
                ),
                (None, Achievement::Partial) => (
                    format!(
                        "{}{label_zh}：0.7 × {} = {}",
                        prefix.zh,
                        num(w.round(4)),
                        pts(s)
                    ),
                    format!(
                        "{}{label_en}: 0.7 × {} = {}",
                        prefix.en,
                        num(w.round(4)),
                        pts(s)
                    ),
                ),
                (None, Achievement::NotAchieved) => (
                    format!("{}{label_zh}，得 0.00 分", prefix.zh),
                    format!("{}{label_en}: 0.00", prefix.en),
                ),
            };
            (exact, Explanation::new(zh, en))
        }
        Err(BandError::OutOfBand) => {
            let (low, high) = scoring::band(achievement, w);
            let score = line.score.unwrap_or_default();
            let (close_zh, close_en) = if achievement == Achievement::Achieved {
                ("]", "]")
            } else {
                ("）", ")")
            };
            c.error(
                IssueCode::ScoreOutOfBand,
                format!("{path}/score"),
                format!(
                    "得分 {} 不在“{label_zh}”的区间 [{}, {}{close_zh}内（权重 {}）",
                    num(score),
                    bound(low),
                    bound(high),
                    pts(w.round(2))
                ),
                format!(
                    "score {} is outside the band of {} [{}, {}{close_en} (weight {})",
                    num(score),
                    label_en,
                    bound(low),
                    bound(high),
                    pts(w.round(2))
                ),
            );
            (Exact::zero(), Explanation::default())
        }
    }
}

/// The arithmetic of a numeric score.
fn numeric_explanation(
    method: Method,
    comparator: Comparator,
    w: &Exact,
    t: Decimal,
    a: Decimal,
    score: Decimal,
) -> Explanation {
    let (wn, tn, an, s) = (num(w.round(4)), num(t), num(a), pts(score));
    let full = score == w.round(2);
    match method {
        Method::Reach | Method::Range if t.is_sign_negative() => {
            if a <= t {
                Explanation::new(
                    format!("下降 {} 不小于目标降幅 {}，得满分 {s}", num(-a), num(-t)),
                    format!(
                        "a decline of {} is at least the target's {}: full {s}",
                        num(-a),
                        num(-t)
                    ),
                )
            } else {
                // Growth against a decline counts as no decline at all.
                let shown = if a.is_sign_negative() {
                    an.clone()
                } else {
                    "0".to_string()
                };
                Explanation::new(
                    format!("{shown} ÷ {tn} × {wn} = {s}"),
                    format!("{shown} ÷ {tn} × {wn} = {s}"),
                )
            }
        }
        Method::Reach if t.is_zero() => {
            let op = if comparator == Comparator::Ge {
                "≥"
            } else {
                ">"
            };
            if full {
                Explanation::new(
                    format!("{an} {op} 0，达到目标，得满分 {s}"),
                    format!("{an} {op} 0: target met, full {s}"),
                )
            } else {
                Explanation::new(
                    format!("{an} 未满足 {op} 0，得 0.00 分"),
                    format!("{an} is not {op} 0: 0.00"),
                )
            }
        }
        Method::Reach | Method::Range => {
            if a >= t {
                Explanation::new(
                    format!("{an} ≥ {tn}，达到目标，得满分 {s}"),
                    format!("{an} ≥ {tn}: target met, full {s}"),
                )
            } else {
                let shown = if a.is_sign_negative() {
                    "0".to_string()
                } else {
                    an.clone()
                };
                Explanation::new(
                    format!("{shown} ÷ {tn} × {wn} = {s}"),
                    format!("{shown} ÷ {tn} × {wn} = {s}"),
                )
            }
        }
        Method::Reverse if t.is_zero() => {
            if full {
                Explanation::new(
                    format!("{an} 未超过 0，达到目标，得满分 {s}"),
                    format!("{an} does not exceed 0: target met, full {s}"),
                )
            } else if a <= t {
                // `<0`: 0 itself is not below it.
                Explanation::new(
                    format!("{an} 未低于 0，得 0.00 分"),
                    format!("{an} is not below 0: 0.00"),
                )
            } else {
                Explanation::new(
                    format!("{an} 超过目标 0，得 0.00 分"),
                    format!("{an} exceeds the target of 0: 0.00"),
                )
            }
        }
        Method::Reverse if t.is_sign_negative() => {
            if a >= t {
                Explanation::new(
                    format!("{an} ≥ {tn}，降幅未超过 {}，得满分 {s}", num(-t)),
                    format!("{an} ≥ {tn}: a decline of at most {}, full {s}", num(-t)),
                )
            } else if a <= t + t {
                Explanation::new(
                    format!(
                        "下降 {} 达到允许降幅 {} 的两倍及以上，得 0.00 分",
                        num(-a),
                        num(-t)
                    ),
                    format!(
                        "a decline of {} is twice the allowed {} or more: 0.00",
                        num(-a),
                        num(-t)
                    ),
                )
            } else {
                Explanation::new(
                    format!("(1 − ({an} − {tn}) ÷ {tn}) × {wn} = {s}"),
                    format!("(1 − ({an} − {tn}) ÷ {tn}) × {wn} = {s}"),
                )
            }
        }
        Method::Reverse => {
            if a <= t {
                Explanation::new(
                    format!("{an} ≤ {tn}，未超过上限，得满分 {s}"),
                    format!("{an} ≤ {tn}: within the ceiling, full {s}"),
                )
            } else if a >= t + t {
                Explanation::new(
                    format!("{an} 达到上限 {tn} 的两倍及以上，得 0.00 分"),
                    format!("{an} is twice the ceiling {tn} or more: 0.00"),
                )
            } else {
                Explanation::new(
                    format!("(1 − ({an} − {tn}) ÷ {tn}) × {wn} = {s}"),
                    format!("(1 − ({an} − {tn}) ÷ {tn}) × {wn} = {s}"),
                )
            }
        }
        Method::Judged | Method::Deadline => Explanation::default(),
    }
}

/// The scores and the checks of §6.3 that need the sheet and the scheme: `evaluation` is the
/// normal form, `basis` what the scores are computed from (see [`EvaluationBasis`]). Issues
/// come in document order after those of [`normalize`].
pub fn compute(
    evaluation: &NormalizedEvaluation,
    basis: &EvaluationBasis,
    stage: Stage,
    lang: Lang,
) -> (EvaluationFigures, Vec<Issue>) {
    let mut c = Checker::new(lang);
    let submit_check =
        |c: &mut Checker, code: IssueCode, path: String, zh: String, en: String| match stage {
            Stage::Save => c.warning(code, path, zh, en),
            Stage::Submit => c.error(code, path, zh, en),
        };
    let scheme = &basis.scheme;
    let budget = basis
        .provincial_funds
        .saturating_add(basis.matching_funds.unwrap_or(Money::ZERO));
    let wan = |m: Money| Decimal::new(m.yuan(), 4);
    let executed = wan(evaluation.executed_funds);
    let budget_weight = scheme.budget_execution.normalize();
    let (execution_rate, b_score) = budget_score(budget_weight, executed, wan(budget));
    let execution_rate = execution_rate.map(fixed2);
    let b_score = fixed2(b_score);
    let budget_explanation = if budget.yuan() == 0 {
        Explanation::new(
            format!("年初预算数为 0，得满分 {}", pts(b_score)),
            format!("the budget is 0: full {}", pts(b_score)),
        )
    } else if executed >= wan(budget) {
        Explanation::new(
            format!(
                "{} ÷ {} ≥ 1，按 1 计：{} × 1 = {}",
                num(executed),
                num(wan(budget)),
                num(budget_weight),
                pts(b_score)
            ),
            format!(
                "{} ÷ {} ≥ 1, counted as 1: {} × 1 = {}",
                num(executed),
                num(wan(budget)),
                num(budget_weight),
                pts(b_score)
            ),
        )
    } else {
        let text = format!(
            "{} ÷ {} × {} = {}",
            num(executed),
            num(wan(budget)),
            num(budget_weight),
            pts(b_score)
        );
        Explanation::new(text.clone(), text)
    };
    if execution_rate.is_some_and(|r| r < Decimal::ONE_HUNDRED)
        && evaluation.budget_deviation_analysis.is_none()
    {
        let rate = execution_rate.unwrap_or_default();
        submit_check(
            &mut c,
            IssueCode::DeviationAnalysisRequired,
            "/budget_deviation_analysis".into(),
            format!(
                "预算执行率 {rate}% 低于 100%，须填写预算执行偏差原因（budget_deviation_analysis）"
            ),
            format!("the execution rate {rate}% is below 100%: give budget_deviation_analysis"),
        );
    }

    // Lines: which indicator each names, once.
    let by_id: HashMap<IndicatorId, usize> = basis
        .indicators
        .iter()
        .enumerate()
        .map(|(k, i)| (i.id, k))
        .collect();
    let mut seen: HashSet<IndicatorId> = HashSet::new();
    let mut scored: Vec<(usize, usize)> = Vec::new(); // (line, indicator)
    for (i, line) in evaluation.lines.iter().enumerate() {
        let path = format!("/indicators/{i}/indicator_id");
        let Some(&k) = by_id.get(&line.indicator_id) else {
            c.error(
                IssueCode::UnknownIndicator,
                path,
                format!("指标 {} 不属于该绩效目标表", line.indicator_id),
                format!("indicator {} is not one of this sheet's", line.indicator_id),
            );
            continue;
        };
        if !seen.insert(line.indicator_id) {
            let name = &basis.indicators[k].name;
            c.error(
                IssueCode::DuplicateIndicator,
                path,
                format!("指标“{name}”重复填报"),
                format!("indicator {} is reported twice", quote(name)),
            );
            continue;
        }
        scored.push((i, k));
    }

    // Weights over every indicator of the sheet.
    let level1s: Vec<&str> = basis.indicators.iter().map(|i| i.level1.as_str()).collect();
    let mut overrides: Vec<Option<Decimal>> = vec![None; basis.indicators.len()];
    for &(i, k) in &scored {
        overrides[k] = evaluation.lines[i].weight;
    }
    let available = Decimal::ONE_HUNDRED - scheme.budget_execution;
    let weights = match scoring::weights(scheme, &level1s, &overrides) {
        Ok(w) => w,
        Err(WeightError::NothingWeighs) => {
            let present: Vec<&str> = {
                let mut v = level1s.clone();
                v.sort_unstable();
                v.dedup();
                v
            };
            let present = present.join("、");
            c.error(
                IssueCode::ScoringWeightsInvalid,
                "/indicators",
                format!("该表的一级指标（{present}）在专项资金的评分方案中权重均为 0，无法计分"),
                format!(
                    "the sheet's 一级 ({present}) all weigh 0 in the fund's scoring scheme: nothing can be scored"
                ),
            );
            vec![Exact::zero(); level1s.len()]
        }
        Err(WeightError::SumInvalid) => {
            let given = overrides.iter().filter(|o| o.is_some()).count();
            let sum: Decimal = overrides.iter().flatten().copied().sum();
            let (zh, en) = if given != overrides.len() {
                (
                    format!(
                        "{} 项指标中只有 {given} 项填写了权重（weight）：要么全部填写，要么全部不填",
                        overrides.len()
                    ),
                    format!(
                        "{given} of the sheet's {} indicators have a weight: give one on every indicator or on none",
                        overrides.len()
                    ),
                )
            } else {
                (
                    format!(
                        "指标权重之和为 {}，应恰好等于 100 − 预算执行率权重 {} = {}",
                        num(sum),
                        num(scheme.budget_execution),
                        num(available)
                    ),
                    format!(
                        "the weights add up to {}; they must add up to exactly 100 − the budget weight {} = {}",
                        num(sum),
                        num(scheme.budget_execution),
                        num(available)
                    ),
                )
            };
            c.error(IssueCode::WeightsSumInvalid, "/indicators", zh, en);
            vec![Exact::zero(); level1s.len()]
        }
    };
    let overridden = overrides.iter().any(Option::is_some);

    let mut rounded: Vec<Decimal> = vec![Decimal::ZERO; basis.indicators.len()];
    let mut lines = Vec::with_capacity(scored.len());
    for &(i, k) in &scored {
        let line = &evaluation.lines[i];
        let ind = &basis.indicators[k];
        let at = format!("/indicators/{i}");
        let w = &weights[k];
        if !overridden && scheme.level1_weight(&ind.level1).is_zero() {
            c.warning(
                IssueCode::IndicatorUnweighted,
                format!("{at}/indicator_id"),
                format!(
                    "指标“{}”的一级指标“{}”在评分方案中权重为 0，不计分",
                    ind.name, ind.level1
                ),
                format!(
                    "indicator {}: its 一级 {} weighs 0 in the scoring scheme and is not scored",
                    quote(&ind.name),
                    ind.level1
                ),
            );
        }
        let (actual_parsed, method, exact, explanation) =
            score_line(&mut c, &at, line, ind, w, basis.year, &submit_check);
        let score = fixed2(exact.round(2));
        if score < w.round(2) && line.deviation_analysis.is_none() {
            submit_check(
                &mut c,
                IssueCode::DeviationAnalysisRequired,
                format!("{at}/deviation_analysis"),
                format!(
                    "指标“{}”得分 {score} 低于权重 {}，须填写偏差原因分析及改进措施（deviation_analysis）",
                    ind.name,
                    pts(w.round(2))
                ),
                format!(
                    "indicator {} scores {score}, below its weight {}: give deviation_analysis",
                    quote(&ind.name),
                    pts(w.round(2))
                ),
            );
        }
        rounded[k] = score;
        lines.push(LineScore {
            indicator_id: ind.id,
            actual_parsed,
            weight: w.round(WEIGHT_PLACES).normalize(),
            method,
            score,
            explanation,
        });
    }
    for ind in &basis.indicators {
        if !seen.contains(&ind.id) {
            submit_check(
                &mut c,
                IssueCode::IndicatorNotReported,
                "/indicators".to_string(),
                format!("未填报指标“{}”（id {}），按 0 分计", ind.name, ind.id),
                format!(
                    "indicator {} (id {}) is not reported: it scores 0",
                    quote(&ind.name),
                    ind.id
                ),
            );
        }
    }
    let total_score = scoring::total(b_score, &rounded);
    let figures = EvaluationFigures {
        budget,
        execution_rate,
        budget_weight,
        budget_score: b_score,
        budget_explanation,
        lines,
        total_score,
        grade: scoring::grade(total_score),
    };
    (figures, c.issues)
}

/// One line's reading, method, exact score and explanation, with its issues.
fn score_line(
    c: &mut Checker,
    at: &str,
    line: &EvaluationLine,
    ind: &Indicator,
    w: &Exact,
    year: i32,
    submit_check: &dyn Fn(&mut Checker, IssueCode, String, String, String),
) -> (Option<ValueParsed>, Method, Exact, Explanation) {
    let Some(target) = ind.target_parsed.as_ref() else {
        // A target the grammar cannot read is judged.
        let (s, e) = judged(
            c,
            at,
            line,
            w,
            &Explanation::default(),
            submit_check,
            &ind.name,
        );
        return (None, Method::Judged, s, e);
    };
    // The actual, read and compared with the target as in §5.1.
    let mut reading: Option<(ValueParsed, Option<bool>)> = None;
    let mut unusable = false;
    if let Some(text) = &line.actual {
        let outcome = compare::read_value(text, target, year).and_then(|v| {
            compare::compare(target, &ind.level1, &ind.level2, &v).map(|met| (v, met))
        });
        match outcome {
            Ok(found) => reading = Some(found),
            Err(problem) => {
                unusable = true;
                let code = match problem.code {
                    ValueProblemCode::Malformed(code) => IssueCode::from(code),
                    ValueProblemCode::NotComparable => IssueCode::ActualNotComparable,
                };
                c.error(
                    code,
                    format!("{at}/actual"),
                    format!("{}（指标值“{}”）", problem.zh, ind.target),
                    format!("{} (target {})", problem.en, quote(&ind.target)),
                );
            }
        }
    }
    let actual_parsed = reading.as_ref().map(|(v, _)| v.clone());
    let method = method_of(target, &ind.level1, &ind.level2, actual_parsed.as_ref());
    let ignored = |c: &mut Checker| {
        if line.achievement.is_some() || line.score.is_some() {
            c.warning(
                IssueCode::AchievementIgnored,
                format!("{at}/achievement"),
                format!(
                    "指标“{}”按公式计分，达成情况（achievement）和得分（score）不予采用",
                    ind.name
                ),
                format!(
                    "indicator {} is scored by formula: achievement and score are ignored",
                    quote(&ind.name)
                ),
            );
        }
    };
    if w.is_zero() {
        // Nothing to score: no judgement is asked for either.
        return (
            actual_parsed,
            method,
            Exact::zero(),
            Explanation::new("权重为 0，不计分", "the weight is 0: not scored"),
        );
    }
    match method {
        Method::Judged => {
            let (s, e) = judged(
                c,
                at,
                line,
                w,
                &Explanation::default(),
                submit_check,
                &ind.name,
            );
            (actual_parsed, method, s, e)
        }
        Method::Deadline => {
            let Some((value, Some(on_time))) = &reading else {
                ignored(c);
                return (actual_parsed, method, Exact::zero(), no_actual(unusable));
            };
            let (day, deadline) = (
                value.date.map(|d| d.to_string()).unwrap_or_default(),
                target
                    .date
                    .and_then(|d| d.to_date())
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            );
            if *on_time {
                ignored(c);
                let s = pts(w.round(2));
                return (
                    actual_parsed,
                    method,
                    w.clone(),
                    Explanation::new(
                        format!("{day} 不晚于 {deadline}，按时完成，得满分 {s}"),
                        format!("{day} is not later than {deadline}: on time, full {s}"),
                    ),
                );
            }
            if line.achievement == Some(Achievement::Achieved) {
                c.error(
                    IssueCode::AchievementContradictsActual,
                    format!("{at}/achievement"),
                    format!(
                        "指标“{}”实际完成于 {day}，晚于时限 {deadline}，不能评为“达成”",
                        ind.name
                    ),
                    format!(
                        "indicator {} was finished on {day}, after its deadline {deadline}: it cannot be ACHIEVED",
                        quote(&ind.name)
                    ),
                );
                return (actual_parsed, method, Exact::zero(), Explanation::default());
            }
            let prefix = Explanation::new(
                format!("{day} 晚于 {deadline}；"),
                format!("{day} is later than {deadline}; "),
            );
            let (s, e) = judged(c, at, line, w, &prefix, submit_check, &ind.name);
            (actual_parsed, method, s, e)
        }
        Method::Reach | Method::Reverse | Method::Range => {
            ignored(c);
            let a = match &reading {
                Some((v, _)) if v.kind != ValueKind::Text => v.value,
                _ => None,
            };
            let Some(a) = a else {
                return (actual_parsed, method, Exact::zero(), no_actual(unusable));
            };
            let comparator = target.comparator.unwrap_or(Comparator::Eq);
            let t = scoring::scored_bound(target, &ind.level1, &ind.level2).unwrap_or_default();
            let exact = numeric_score(method, comparator, w, t, a);
            if over_achieved(method, t, a) && target.kind != TargetKind::Deadline {
                c.warning(
                    IssueCode::OverAchieved,
                    format!("{at}/actual"),
                    format!(
                        "指标“{}”实际完成 {} 达到目标 {} 的 1.2 倍及以上，目标设定可能偏低",
                        ind.name,
                        num(a),
                        num(t)
                    ),
                    format!(
                        "indicator {}: {} is 1.2 times the target {} or more; the target may have been set too low",
                        quote(&ind.name),
                        num(a),
                        num(t)
                    ),
                );
            }
            let explanation =
                numeric_explanation(method, comparator, w, t, a, fixed2(exact.round(2)));
            (actual_parsed, method, exact, explanation)
        }
    }
}

/// The explanation of a score of 0 for want of a usable actual value.
fn no_actual(unusable: bool) -> Explanation {
    if unusable {
        Explanation::new(
            "实际完成值无法与指标值比较，得 0.00 分",
            "the actual value cannot be compared with the target: 0.00",
        )
    } else {
        Explanation::new(
            "未填写实际完成值，得 0.00 分",
            "no actual value given: 0.00",
        )
    }
}

#[cfg(test)]
mod tests;
