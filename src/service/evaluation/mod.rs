//! Self-evaluations (绩效自评, SPEC §6): reading one (with its scores computed, or frozen at
//! submit), the one write path (create or replace, delete), scoring without saving, the review
//! steps and the evaluation's history, and the fund's ranking.

mod ranking;
mod review;
mod write;

pub use ranking::*;
pub use review::*;
pub use write::*;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::monitoring::{refusal_issues, refusals_of, WriteCondition};
use super::workflow::{check_reason, RevisionActor};
use super::{find_sheet, not_found, settle, Actor, Outcome, Precondition, Saved, WriteCheck};
use crate::db::evaluations::{
    self as store, EvaluationChanges, EvaluationRow, LineRow, NewLine, StoredEvaluation,
};
use crate::db::{self, sheets, utc, DbConnection};
use crate::domain::access::Role;
use crate::domain::compare::ValueParsed;
use crate::domain::evaluation::{
    self as domain, fixed2, EvaluationBasis, EvaluationDocument, EvaluationFigures, EvaluationLine,
    NormalizedEvaluation,
};
use crate::domain::monitoring::Stage;
use crate::domain::revision::RevisionAction;
use crate::domain::scoring::{round4, Achievement, Grade, Method, Scheme};
use crate::domain::sheet::{Indicator, Sheet, SheetStatus};
use crate::domain::side_by_side::{evaluation_actuals, Actual};
use crate::domain::target::TargetParsed;
use crate::domain::workflow::{edit_refusal_of, Subject, Transition};
use crate::domain::{FundId, IndicatorId, Issue, Lang, Money, RegionCode, Severity, SheetId};
use crate::error::{ProblemCode, Resource, ServiceError};

/// One indicator of a self-evaluation, as the API returns it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct EvaluationLineView {
    /// The sheet's indicator.
    #[schema(value_type = i64, example = 17)]
    pub indicator_id: IndicatorId,
    /// 一级指标 (read-only).
    #[schema(example = "产出指标")]
    pub level1: String,
    /// 二级指标 (read-only).
    #[schema(example = "数量指标")]
    pub level2: String,
    /// 三级指标 (read-only).
    #[schema(example = "举办跨境电商培训")]
    pub name: String,
    /// 年度指标值 (read-only), as written.
    #[schema(example = "≥10场")]
    pub target: String,
    /// The target's reading (read-only).
    #[schema(required = true)]
    pub target_parsed: Option<TargetParsed>,
    /// 实际完成值, as written.
    #[schema(example = "12场")]
    #[schema(required = true)]
    pub actual: Option<String>,
    /// 达成情况, as sent.
    #[schema(required = true)]
    pub achievement: Option<Achievement>,
    /// The score chosen inside its band, as sent.
    #[schema(value_type = Option<String>, example = "11")]
    #[schema(required = true)]
    pub score: Option<Decimal>,
    /// The weight given instead of the scheme's, as sent.
    #[schema(value_type = Option<String>, example = json!(null))]
    #[schema(required = true)]
    pub weight: Option<Decimal>,
    /// 偏差原因分析及改进措施.
    #[schema(required = true)]
    pub deviation_analysis: Option<String>,
    /// The actual value's reading (read-only); null when blank or not readable.
    #[schema(required = true)]
    pub actual_parsed: Option<ValueParsed>,
    /// The weight the indicator is scored on, rounded half-up to 4 places (read-only; the exact
    /// weight is used to compute).
    #[schema(value_type = String, example = "10")]
    pub computed_weight: Decimal,
    /// How the indicator is scored (read-only).
    pub method: Method,
    /// The score, rounded half-up to 2 places (read-only).
    #[schema(value_type = String, example = "10.00")]
    pub computed_score: Decimal,
    /// The arithmetic in words, in the request's language (read-only).
    #[schema(example = "12 ≥ 10，达到目标，得满分 10.00")]
    pub explanation: String,
}

/// A self-evaluation (项目支出绩效自评表) as the API returns it: what was sent and (read-only) the
/// scores computed from it — on every read while `DRAFT` or `RETURNED`, as they were at submit
/// afterwards.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Evaluation {
    /// The sheet.
    #[schema(value_type = i64, example = 1)]
    pub sheet_id: SheetId,
    /// Review status; changed only by the review steps.
    pub status: SheetStatus,
    /// The reason given with the latest review step, or null.
    #[schema(required = true)]
    pub status_reason: Option<String>,
    /// Version, 1 on create, +1 on every change; the `ETag` is `"<version>"`.
    #[schema(example = 1)]
    pub version: i64,
    /// When the evaluation was created (UTC).
    pub created_at: DateTime<Utc>,
    /// When it last changed (UTC).
    pub updated_at: DateTime<Utc>,
    /// When the scores were computed: now while `DRAFT` or `RETURNED`, the submission's time
    /// afterwards (UTC).
    pub scored_at: DateTime<Utc>,
    /// 全年执行数 in 万元.
    #[schema(value_type = String, example = "430")]
    pub executed_funds: Money,
    /// 总体目标实际完成情况.
    #[schema(required = true)]
    pub goal_achievement: Option<String>,
    /// 预算执行偏差原因.
    #[schema(required = true)]
    pub budget_deviation_analysis: Option<String>,
    /// 年初预算数 = 省级资金 + 市、区拟配套资金, 万元 (read-only).
    #[schema(value_type = String, example = "500")]
    pub budget: Money,
    /// 预算执行率 in % (2 places, half-up); null when the budget is 0 (read-only).
    #[schema(value_type = Option<String>, example = "86.00")]
    #[schema(required = true)]
    pub execution_rate: Option<Decimal>,
    /// The scheme's points for budget execution (read-only).
    #[schema(value_type = String, example = "10")]
    pub budget_weight: Decimal,
    /// budget weight × min(executed ÷ budget, 1), 2 places (read-only).
    #[schema(value_type = String, example = "8.60")]
    pub budget_score: Decimal,
    /// The budget score's arithmetic, in the request's language (read-only).
    #[schema(example = "430 ÷ 500 × 10 = 8.60")]
    pub budget_explanation: String,
    /// The lines, in the order sent.
    pub indicators: Vec<EvaluationLineView>,
    /// The budget score plus the indicators' rounded scores, at most 100.00 (read-only).
    #[schema(value_type = String, example = "83.70")]
    pub total_score: Decimal,
    /// 等级 on the total (read-only).
    pub grade: Grade,
    /// The checks of SPEC §6.3 against the evaluation as it stands (read-only): warnings, and
    /// on a `DRAFT` the *submit* checks that submitting will make errors.
    pub issues: Vec<Issue>,
}

/// The answer to scoring an evaluation without saving it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EvaluationValidation {
    /// True when the evaluation can be saved (no error).
    pub valid: bool,
    /// Every error and warning.
    pub issues: Vec<Issue>,
    /// The evaluation as it would be stored, with its scores.
    #[schema(required = true)]
    pub evaluation: Option<Evaluation>,
}

/// What submitting keeps: what the scores were computed from, the scores, and when.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Frozen {
    basis: EvaluationBasis,
    figures: EvaluationFigures,
    scored_at: DateTime<Utc>,
}

fn evaluation_not_found(sheet_id: SheetId) -> ServiceError {
    not_found(Resource::Evaluation, sheet_id)
}

/// The normal form of a stored evaluation.
fn normalized_of(
    row: &EvaluationRow,
    lines: &[LineRow],
) -> Result<NormalizedEvaluation, ServiceError> {
    let unreadable = |what: &str, value: &str| {
        ServiceError::internal(format!(
            "the self-evaluation of sheet {} has an unreadable stored {what} {value:?}",
            row.sheet_id
        ))
    };
    let decimal = |what: &str, v: &Option<String>| -> Result<Option<Decimal>, ServiceError> {
        v.as_deref()
            .map(|s| s.parse::<Decimal>().map_err(|_| unreadable(what, s)))
            .transpose()
    };
    let mut out = Vec::with_capacity(lines.len());
    for l in lines {
        let achievement = match &l.achievement {
            None => None,
            Some(v) => Some(Achievement::parse(v).ok_or_else(|| unreadable("achievement", v))?),
        };
        out.push(EvaluationLine {
            indicator_id: IndicatorId::new(l.indicator_id),
            actual: l.actual.clone(),
            achievement,
            score: decimal("score", &l.score)?,
            weight: decimal("weight", &l.weight)?,
            deviation_analysis: l.deviation_analysis.clone(),
        });
    }
    Ok(NormalizedEvaluation {
        executed_funds: Money::from_yuan(row.executed_funds),
        goal_achievement: row.goal_achievement.clone(),
        budget_deviation_analysis: row.budget_deviation_analysis.clone(),
        lines: out,
    })
}

fn status_of(row: &EvaluationRow) -> Result<SheetStatus, ServiceError> {
    SheetStatus::parse(&row.status).ok_or_else(|| {
        ServiceError::internal(format!(
            "the self-evaluation of sheet {} has the unknown stored status {:?}",
            row.sheet_id, row.status
        ))
    })
}

/// The indicators of an evaluation frozen at submit, as they were then; empty when not frozen.
pub fn frozen_indicators(row: &EvaluationRow) -> Result<Vec<Indicator>, ServiceError> {
    Ok(frozen_of(row)?
        .map(|f| f.basis.indicators)
        .unwrap_or_default())
}

fn frozen_of(row: &EvaluationRow) -> Result<Option<Frozen>, ServiceError> {
    row.frozen
        .as_deref()
        .map(|json| {
            serde_json::from_str(json).map_err(|e| {
                ServiceError::internal(format!(
                    "the self-evaluation of sheet {} has unreadable frozen scores: {e}",
                    row.sheet_id
                ))
            })
        })
        .transpose()
}

/// The stage an evaluation's checks are shown at.
fn stage_of(status: SheetStatus) -> Stage {
    match status {
        SheetStatus::Draft | SheetStatus::Returned => Stage::Save,
        SheetStatus::Submitted | SheetStatus::Approved => Stage::Submit,
    }
}

/// The scheme a sheet is scored on: its fund's.
fn scheme_of(conn: &mut DbConnection, sheet: &Sheet) -> Result<Scheme, ServiceError> {
    let fund = crate::db::funds::find(conn, sheet.fund_id)?
        .ok_or_else(|| not_found(Resource::Fund, sheet.fund_id))?;
    Ok(fund.scoring)
}

/// The review-cycle fields of an evaluation view.
struct Header {
    sheet_id: SheetId,
    status: SheetStatus,
    status_reason: Option<String>,
    version: i64,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    scored_at: DateTime<Utc>,
}

/// What the API shows of an evaluation: its fields and scores, the labels and targets of the
/// indicators it was scored against (`indicators`).
fn view(
    header: Header,
    evaluation: &NormalizedEvaluation,
    (figures, indicators): (EvaluationFigures, &[Indicator]),
    issues: Vec<Issue>,
    lang: Lang,
) -> Evaluation {
    let by_id: HashMap<IndicatorId, &EvaluationLine> = evaluation
        .lines
        .iter()
        .map(|l| (l.indicator_id, l))
        .collect();
    let of: HashMap<IndicatorId, &Indicator> = indicators.iter().map(|i| (i.id, i)).collect();
    let indicators = figures
        .lines
        .into_iter()
        .filter_map(|f| {
            let line = by_id.get(&f.indicator_id)?;
            let ind = of.get(&f.indicator_id)?;
            Some(EvaluationLineView {
                indicator_id: f.indicator_id,
                level1: ind.level1.clone(),
                level2: ind.level2.clone(),
                name: ind.name.clone(),
                target: ind.target.clone(),
                target_parsed: ind.target_parsed.clone(),
                actual: line.actual.clone(),
                achievement: line.achievement,
                score: line.score,
                weight: line.weight,
                deviation_analysis: line.deviation_analysis.clone(),
                actual_parsed: f.actual_parsed,
                computed_weight: round4(f.weight).normalize(),
                method: f.method,
                computed_score: f.score,
                explanation: f.explanation.pick(lang).to_string(),
            })
        })
        .collect();
    Evaluation {
        sheet_id: header.sheet_id,
        status: header.status,
        status_reason: header.status_reason,
        version: header.version,
        created_at: header.created_at,
        updated_at: header.updated_at,
        scored_at: header.scored_at,
        executed_funds: evaluation.executed_funds,
        goal_achievement: evaluation.goal_achievement.clone(),
        budget_deviation_analysis: evaluation.budget_deviation_analysis.clone(),
        budget: figures.budget,
        execution_rate: figures.execution_rate,
        budget_weight: figures.budget_weight,
        budget_score: figures.budget_score,
        budget_explanation: figures.budget_explanation.pick(lang).to_string(),
        indicators,
        total_score: figures.total_score,
        grade: figures.grade,
        issues,
    }
}

/// A stored evaluation with its scores and checks, its normal form and status.
struct Loaded {
    row: EvaluationRow,
    norm: NormalizedEvaluation,
    status: SheetStatus,
    figures: EvaluationFigures,
    indicators: Vec<Indicator>,
    issues: Vec<Issue>,
    scored_at: DateTime<Utc>,
}

fn load(
    stored: StoredEvaluation,
    sheet: &Sheet,
    scheme: &Scheme,
    lang: Lang,
) -> Result<Loaded, ServiceError> {
    let (row, lines) = stored;
    let norm = normalized_of(&row, &lines)?;
    loaded(row, norm, sheet, scheme, lang)
}

/// A stored evaluation, its normal form already read, with its scores and checks.
fn loaded(
    row: EvaluationRow,
    norm: NormalizedEvaluation,
    sheet: &Sheet,
    scheme: &Scheme,
    lang: Lang,
) -> Result<Loaded, ServiceError> {
    let status = status_of(&row)?;
    let (figures, indicators, issues, scored_at) = match frozen_of(&row)? {
        Some(frozen) => {
            let (_, issues) = domain::compute(&norm, &frozen.basis, Stage::Submit, lang);
            (
                frozen.figures,
                frozen.basis.indicators,
                issues,
                frozen.scored_at,
            )
        }
        None => {
            let basis = EvaluationBasis::of(sheet, scheme);
            let (figures, issues) = domain::compute(&norm, &basis, stage_of(status), lang);
            (figures, basis.indicators, issues, Utc::now())
        }
    };
    Ok(Loaded {
        row,
        norm,
        status,
        figures,
        indicators,
        issues,
        scored_at,
    })
}

impl Loaded {
    fn into_evaluation(self, lang: Lang) -> Evaluation {
        let header = Header {
            sheet_id: SheetId::new(self.row.sheet_id),
            status: self.status,
            status_reason: self.row.status_reason,
            version: self.row.version,
            created_at: utc(self.row.created_at),
            updated_at: utc(self.row.updated_at),
            scored_at: self.scored_at,
        };
        view(
            header,
            &self.norm,
            (self.figures, &self.indicators),
            self.issues,
            lang,
        )
    }
}

/// `GET /sheets/{sheet_id}/self-evaluation`: the evaluation, or 404.
pub fn get_evaluation(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    lang: Lang,
) -> Result<Evaluation, ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    let stored = store::find(conn, sheet_id)?.ok_or_else(|| evaluation_not_found(sheet_id))?;
    let scheme = scheme_of(conn, &sheet)?;
    Ok(load(stored, &sheet, &scheme, lang)?.into_evaluation(lang))
}

/// Which self-evaluations an export asks for: the filters of the sheet export, the status
/// being the evaluation's.
#[derive(Debug, Clone, Default)]
pub struct EvaluationQuery {
    /// Evaluations of one fund's sheets.
    pub fund_id: Option<FundId>,
    /// Evaluations of sheets of funds of one budget year.
    pub year: Option<i32>,
    /// Evaluations of one region's sheets.
    pub region_code: Option<RegionCode>,
    /// Evaluations in one status.
    pub status: Option<SheetStatus>,
}

/// Every self-evaluation the query names, each with its sheet, as `GET` shows it, ordered by
/// fund id and region code, handed to `f` a page of at most `page` evaluations at a time (once
/// with an empty page when there are none): memory holds a page and the list of row ids,
/// whatever the number of evaluations. One query for the ids, then five per page: the
/// evaluations, their lines, their sheets, the sheets' indicators, the funds' schemes. Call it
/// within a read transaction ([`crate::db::read_tx`]) for one picture of the data.
pub fn export_pages(
    conn: &mut DbConnection,
    query: &EvaluationQuery,
    lang: Lang,
    page: usize,
    mut f: impl FnMut(Vec<(Sheet, Evaluation)>) -> Result<(), ServiceError>,
) -> Result<(), ServiceError> {
    let filter = store::EvaluationFilter {
        fund_id: query.fund_id,
        year: query.year,
        region_code: query.region_code.clone(),
        status: query.status.map(SheetStatus::as_str),
    };
    let ids = store::matching_ids(conn, &filter)?;
    super::each_page_of_ids(
        conn,
        &ids,
        page,
        "a self-evaluation",
        store::by_ids,
        |e| e.0.sheet_id,
        |conn, stored, by_id| {
            let mut fund_ids: Vec<FundId> = by_id.values().map(|s| s.fund_id).collect();
            fund_ids.sort_unstable();
            fund_ids.dedup();
            let funds = crate::db::funds::find_many(conn, &fund_ids)?;
            let list = stored
                .into_iter()
                .map(|stored| {
                    let id = SheetId::new(stored.0.sheet_id);
                    let lost = |what: &str| {
                        ServiceError::internal(format!(
                            "the self-evaluation of sheet {id} lost its {what}"
                        ))
                    };
                    let sheet = by_id.get(&id).ok_or_else(|| lost("sheet"))?;
                    let fund = funds.get(&sheet.fund_id).ok_or_else(|| lost("fund"))?;
                    let evaluation =
                        load(stored, sheet, &fund.scoring, lang)?.into_evaluation(lang);
                    Ok((sheet.clone(), evaluation))
                })
                .collect::<Result<Vec<_>, ServiceError>>()?;
            f(list)
        },
    )
}
