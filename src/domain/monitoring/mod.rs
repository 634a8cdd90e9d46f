//! In-year monitoring (绩效监控, SPEC §5): the report a region files for an approved sheet and a
//! cut-off month, its normal form, the figures computed from it (budget, execution rate, time
//! progress, each indicator's readings and outlook) and the checks of §5.2. Pure: the sheet the
//! report belongs to is given.

mod compute;

pub use compute::*;

use std::collections::{HashMap, HashSet};

use rust_decimal::{Decimal, RoundingStrategy};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::check::{quote, Checker};
use super::compare::{self, ValueParsed, ValueProblemCode};
use super::ids::IndicatorId;
use super::money::{Money, MoneyInput};
use super::sheet::{Indicator, Sheet};
use super::target::TargetParsed;
use super::{Issue, IssueCode, Lang, Severity};

/// At most this many characters in 年度总体目标完成情况, 偏差原因说明 and 完善措施.
pub const MAX_TEXT_CHARS: usize = 2000;
/// At most this many characters in an actual or expected value.
pub const MAX_VALUE_CHARS: usize = 100;
/// At most this many lines in a report (as many as a sheet has indicators).
pub const MAX_LINES: usize = super::sheet::MAX_INDICATORS;

/// 完成目标可能性.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Likelihood {
    /// 确定能.
    Certain,
    /// 有可能.
    Possible,
    /// 完全不可能.
    Impossible,
}

impl Likelihood {
    /// The stored and JSON value.
    pub fn as_str(self) -> &'static str {
        match self {
            Likelihood::Certain => "CERTAIN",
            Likelihood::Possible => "POSSIBLE",
            Likelihood::Impossible => "IMPOSSIBLE",
        }
    }

    /// The form's Chinese label.
    pub fn label_zh(self) -> &'static str {
        match self {
            Likelihood::Certain => "确定能",
            Likelihood::Possible => "有可能",
            Likelihood::Impossible => "完全不可能",
        }
    }

    /// Reads a stored value, or a form's Chinese label (确定能, 有可能, 完全不可能).
    pub fn parse(s: &str) -> Option<Likelihood> {
        match s.trim() {
            "CERTAIN" | "确定能" => Some(Likelihood::Certain),
            "POSSIBLE" | "有可能" => Some(Likelihood::Possible),
            "IMPOSSIBLE" | "完全不可能" => Some(Likelihood::Impossible),
            _ => None,
        }
    }

    /// The outlook the likelihood states (§5.1 rule 1).
    pub fn outlook(self) -> Outlook {
        match self {
            Likelihood::Certain => Outlook::OnTrack,
            Likelihood::Possible => Outlook::AtRisk,
            Likelihood::Impossible => Outlook::OffTrack,
        }
    }
}

/// 偏差原因.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DeviationReason {
    /// 经费保障.
    Funding,
    /// 制度保障.
    Institutional,
    /// 人员保障.
    Staffing,
    /// 硬件条件保障.
    Hardware,
    /// 其他.
    Other,
}

impl DeviationReason {
    /// Every reason, in the order of the form.
    pub const ALL: [DeviationReason; 5] = [
        DeviationReason::Funding,
        DeviationReason::Institutional,
        DeviationReason::Staffing,
        DeviationReason::Hardware,
        DeviationReason::Other,
    ];

    /// Reads a stored value or a form's Chinese label (经费保障, 制度保障, 人员保障, 硬件条件保障,
    /// 其他).
    pub fn parse(s: &str) -> Option<DeviationReason> {
        let s = s.trim();
        DeviationReason::ALL
            .into_iter()
            .find(|r| r.label_zh() == s || r.as_str() == s)
    }

    /// The stored and JSON value.
    pub fn as_str(self) -> &'static str {
        match self {
            DeviationReason::Funding => "FUNDING",
            DeviationReason::Institutional => "INSTITUTIONAL",
            DeviationReason::Staffing => "STAFFING",
            DeviationReason::Hardware => "HARDWARE",
            DeviationReason::Other => "OTHER",
        }
    }

    /// The form's Chinese label.
    pub fn label_zh(self) -> &'static str {
        match self {
            DeviationReason::Funding => "经费保障",
            DeviationReason::Institutional => "制度保障",
            DeviationReason::Staffing => "人员保障",
            DeviationReason::Hardware => "硬件条件保障",
            DeviationReason::Other => "其他",
        }
    }
}

/// How likely an indicator's target is to be met by the end of the year.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Outlook {
    /// On track: certain, or the expected value meets the target.
    OnTrack,
    /// At risk: possible only.
    AtRisk,
    /// Off track: impossible, or the expected value misses the target.
    OffTrack,
    /// Neither a likelihood nor a comparable expected value, or the indicator not reported.
    NotAssessed,
}

impl Outlook {
    /// Every outlook, in the order of the fund picture's counts.
    pub const ALL: [Outlook; 4] = [
        Outlook::OnTrack,
        Outlook::AtRisk,
        Outlook::OffTrack,
        Outlook::NotAssessed,
    ];

    fn severity(self) -> u8 {
        match self {
            Outlook::NotAssessed => 0,
            Outlook::OnTrack => 1,
            Outlook::AtRisk => 2,
            Outlook::OffTrack => 3,
        }
    }
}

/// One indicator of a report as a client sends it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportLineDocument {
    /// The sheet's indicator (its `id` in `GET /sheets/{sheet_id}`).
    #[schema(value_type = Option<i64>, example = 8)]
    pub indicator_id: Option<IndicatorId>,
    /// 1–N月完成值: one value in the grammar of the targets (`6场`, `93%`, `同比增长12%`,
    /// `2024年11月`); free text for a qualitative or not measurable target. At most 100
    /// characters.
    #[schema(example = "6场")]
    pub actual: Option<String>,
    /// 全年预计完成值, read as `actual`.
    #[schema(example = "12场")]
    pub expected: Option<String>,
    /// 完成目标可能性.
    pub likelihood: Option<Likelihood>,
    /// 偏差原因, any of the five, each once.
    pub deviation_reasons: Option<Vec<DeviationReason>>,
    /// 偏差原因说明, at most 2000 characters.
    pub deviation_note: Option<String>,
    /// 完善措施 (纠偏措施), at most 2000 characters.
    pub measures: Option<String>,

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
    pub expected_parsed: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub outlook: Option<IgnoredAny>,
}

/// A monitoring report as a client sends it: the document its writes and checks read. In the
/// spec it is the body of `validate`, which checks any document; `PUT` and the bulk upload name
/// what they require (`ReportInput`, `ReportBulkItem`). What `GET` returns can be sent back as
/// it is: the read-only fields are ignored.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "executed_funds": "150", "expected_executed_funds": "340",
    "goal_progress": "已开展跨境电商培训600人次、对接活动6场",
    "indicators": [
        {"indicator_id": 1, "actual": "600", "expected": "1000", "likelihood": "CERTAIN"},
        {"indicator_id": 8, "actual": "6场", "expected": "8场", "likelihood": "POSSIBLE",
         "deviation_reasons": ["FUNDING", "OTHER"], "deviation_note": "配套资金未到位",
         "measures": "三季度集中开展"}
    ]
}))]
pub struct ReportDocument {
    /// 1–N月执行数 in 万元 (a decimal string, preferred, or a number; at most 4 decimals).
    /// Required.
    #[schema(schema_with = super::money::money_input_schema)]
    pub executed_funds: Option<MoneyInput>,
    /// 全年预计执行数 in 万元; optional.
    #[schema(schema_with = super::money::money_input_schema)]
    pub expected_executed_funds: Option<MoneyInput>,
    /// 年度总体目标完成情况, at most 2000 characters.
    pub goal_progress: Option<String>,
    /// One line per indicator of the sheet, in any order (at most 200).
    pub indicators: Option<Vec<ReportLineDocument>>,

    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub sheet_id: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub month: Option<IgnoredAny>,
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
    pub budget: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub execution_rate: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub time_progress: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub behind_schedule: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub issues: Option<IgnoredAny>,
}

/// A report line after normalisation.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ReportLine {
    /// The indicator.
    pub indicator_id: IndicatorId,
    /// 1–N月完成值, trimmed; `None` when blank.
    pub actual: Option<String>,
    /// 全年预计完成值, trimmed.
    pub expected: Option<String>,
    /// 完成目标可能性.
    pub likelihood: Option<Likelihood>,
    /// 偏差原因, in the order sent, each once.
    pub deviation_reasons: Vec<DeviationReason>,
    /// 偏差原因说明.
    pub deviation_note: Option<String>,
    /// 完善措施.
    pub measures: Option<String>,
}

/// A report after normalisation: what is stored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NormalizedReport {
    /// 1–N月执行数.
    pub executed_funds: Money,
    /// 全年预计执行数.
    pub expected_executed_funds: Option<Money>,
    /// 年度总体目标完成情况.
    pub goal_progress: Option<String>,
    /// The lines, in order.
    pub lines: Vec<ReportLine>,
}

impl NormalizedReport {
    /// The document that, sent back, stores this report unchanged.
    pub fn to_document(&self) -> ReportDocument {
        ReportDocument {
            executed_funds: Some(self.executed_funds.into()),
            expected_executed_funds: self.expected_executed_funds.map(Into::into),
            goal_progress: self.goal_progress.clone(),
            indicators: Some(
                self.lines
                    .iter()
                    .map(|l| ReportLineDocument {
                        indicator_id: Some(l.indicator_id),
                        actual: l.actual.clone(),
                        expected: l.expected.clone(),
                        likelihood: l.likelihood,
                        deviation_reasons: Some(l.deviation_reasons.clone()),
                        deviation_note: l.deviation_note.clone(),
                        measures: l.measures.clone(),
                        ..Default::default()
                    })
                    .collect(),
            ),
            ..Default::default()
        }
    }
}

/// Normalises a report document and runs the checks that need neither the sheet nor the
/// database: required fields, lengths, amounts, repeated reasons.
pub fn normalize(doc: &ReportDocument, lang: Lang) -> (NormalizedReport, Vec<Issue>) {
    let mut c = Checker::new(lang);
    let mut out = NormalizedReport::default();
    if let Some(m) = c.money(
        "/executed_funds",
        doc.executed_funds.as_ref(),
        true,
        "1–N月执行数（executed_funds）",
        "executed_funds",
    ) {
        out.executed_funds = m;
    }
    out.expected_executed_funds = c.money(
        "/expected_executed_funds",
        doc.expected_executed_funds.as_ref(),
        false,
        "全年预计执行数（expected_executed_funds）",
        "expected_executed_funds",
    );
    out.goal_progress = c.text(
        "/goal_progress",
        doc.goal_progress.as_deref(),
        false,
        MAX_TEXT_CHARS,
        true,
        "年度总体目标完成情况",
        "goal_progress",
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
        let value = |c: &mut Checker, field: &str, v: Option<&String>, zh: &str| {
            c.text(
                &at(field),
                v.map(String::as_str),
                false,
                MAX_VALUE_CHARS,
                false,
                zh,
                field,
            )
        };
        let actual = value(&mut c, "actual", line.actual.as_ref(), "1–N月完成值");
        let expected = value(&mut c, "expected", line.expected.as_ref(), "全年预计完成值");
        let mut reasons = Vec::new();
        for (k, r) in line.deviation_reasons.iter().flatten().enumerate() {
            if reasons.contains(r) {
                c.error(
                    IssueCode::TooMany,
                    format!("/indicators/{i}/deviation_reasons/{k}"),
                    format!("偏差原因“{}”重复", r.label_zh()),
                    format!("deviation reason {r:?} is given twice"),
                );
            } else {
                reasons.push(*r);
            }
        }
        let long_text = |c: &mut Checker, field: &str, v: Option<&String>, zh: &str| {
            c.text(
                &at(field),
                v.map(String::as_str),
                false,
                MAX_TEXT_CHARS,
                true,
                zh,
                field,
            )
        };
        let deviation_note = long_text(
            &mut c,
            "deviation_note",
            line.deviation_note.as_ref(),
            "偏差原因说明",
        );
        let measures = long_text(&mut c, "measures", line.measures.as_ref(), "完善措施");
        out.lines.push(ReportLine {
            indicator_id,
            actual,
            expected,
            likelihood: line.likelihood,
            deviation_reasons: reasons,
            deviation_note,
            measures,
        });
    }
    (out, c.issues)
}

/// Where a report is in its life: the *submit* checks of §5.2 are warnings on a save and errors
/// on submit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// A save (or a check without saving).
    Save,
    /// Submitting or approving.
    Submit,
}

/// One indicator's line as computed (read-only in the API).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LineFigures {
    /// The indicator.
    pub indicator_id: IndicatorId,
    /// 一级指标.
    pub level1: String,
    /// 二级指标.
    pub level2: String,
    /// 三级指标.
    pub name: String,
    /// 年度指标值, as written.
    pub target: String,
    /// The target's reading.
    pub target_parsed: Option<TargetParsed>,
    /// The actual value's reading; null when blank or unreadable.
    pub actual_parsed: Option<ValueParsed>,
    /// The expected value's reading; null when blank or unreadable.
    pub expected_parsed: Option<ValueParsed>,
    /// The outlook (§5.1).
    pub outlook: Outlook,
}

/// Everything computed for a report (§5.1): what is frozen at submit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportFigures {
    /// 年初预算数 = 省级资金 + 市、区拟配套资金 (a blank counts 0).
    pub budget: Money,
    /// 执行率 = executed ÷ budget × 100, 2 places half-up; `None` when the budget is 0.
    pub execution_rate: Option<Decimal>,
    /// 序时进度 = N ÷ 12 × 100, 2 places half-up.
    pub time_progress: Decimal,
    /// The execution rate below the time progress (exact values); false without a rate.
    pub behind_schedule: bool,
    /// The execution rate below half the time progress (exact values): the fund picture's red.
    pub far_behind: bool,
    /// One entry per line of the report, in its order.
    pub lines: Vec<LineFigures>,
    /// Outlook counts over all the sheet's indicators (an unreported one is `NOT_ASSESSED`).
    pub outlook_counts: HashMap<Outlook, u32>,
}

/// What a report's figures are computed from: the sheet's year, amounts and indicators — now
/// while the report is `DRAFT` or `RETURNED`, as they were at submit afterwards (kept with the
/// report, so that a later change of the sheet does not change a submitted report).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportBasis {
    /// The fund's year (a deadline's or a date's year when the text names none).
    pub year: i32,
    /// 省级资金.
    pub provincial_funds: Money,
    /// 市、区拟配套资金; `None` when blank.
    pub matching_funds: Option<Money>,
    /// The sheet's indicators, in order.
    pub indicators: Vec<Indicator>,
}

impl ReportBasis {
    /// The basis a sheet gives as it now is.
    pub fn of(sheet: &Sheet) -> Self {
        ReportBasis {
            year: sheet.year,
            provincial_funds: sheet.provincial_funds,
            matching_funds: sheet.matching_funds,
            indicators: sheet.indicators.clone(),
        }
    }
}

/// A percentage rounded half-up to 2 places, always written with 2 (`100.00`).
pub fn percent(numerator: i64, denominator: i64) -> Option<Decimal> {
    if denominator == 0 {
        return None;
    }
    let rate = Decimal::from(numerator) * Decimal::ONE_HUNDRED / Decimal::from(denominator);
    let mut rate = rate.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    rate.rescale(2);
    Some(rate)
}

/// True when any issue is an error.
pub fn has_errors(issues: &[Issue]) -> bool {
    issues.iter().any(|i| i.severity == Severity::Error)
}

#[cfg(test)]
mod tests;
