//! Self-evaluations (绩效自评, SPEC §6): reading one (with its scores computed, or frozen at
//! submit), the one write path (create or replace, delete), scoring without saving, the review
//! steps and the evaluation's history, and the fund's ranking.

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

fn lines_of(evaluation_id: i64, norm: &NormalizedEvaluation) -> Vec<NewLine> {
    norm.lines
        .iter()
        .enumerate()
        .map(|(k, l)| NewLine {
            evaluation_id,
            position: k as i32,
            indicator_id: l.indicator_id.get(),
            actual: l.actual.clone(),
            achievement: l.achievement.map(Achievement::as_str),
            score: l.score.map(|d| d.to_string()),
            weight: l.weight.map(|d| d.to_string()),
            deviation_analysis: l.deviation_analysis.clone(),
        })
        .collect()
}

fn changes_of(
    norm: &NormalizedEvaluation,
    version: i64,
    now: chrono::NaiveDateTime,
) -> EvaluationChanges {
    EvaluationChanges {
        executed_funds: norm.executed_funds.yuan(),
        goal_achievement: norm.goal_achievement.clone(),
        budget_deviation_analysis: norm.budget_deviation_analysis.clone(),
        version,
        updated_at: now,
    }
}

/// The revision of an evaluation (as it now is) for `action`, made at `now`.
fn revision_row(
    evaluation: &Evaluation,
    action: RevisionAction,
    actor: &Actor,
    reason: Option<&str>,
    now: chrono::NaiveDateTime,
) -> Result<store::NewRevision, ServiceError> {
    Ok(store::NewRevision {
        sheet_id: evaluation.sheet_id.get(),
        version: evaluation.version,
        action: action.as_str(),
        status: evaluation.status.as_str(),
        actor_name: actor.principal.name.clone(),
        actor_role: actor.principal.role.as_str(),
        reason: reason.map(str::to_owned),
        request_id: actor.request_id.clone(),
        created_at: now,
        snapshot: serde_json::to_string(evaluation).map_err(ServiceError::internal)?,
    })
}

/// Appends the revision of an evaluation (as it now is) for `action`.
fn record(
    conn: &mut DbConnection,
    evaluation: &Evaluation,
    action: RevisionAction,
    actor: &Actor,
    reason: Option<&str>,
) -> Result<(), ServiceError> {
    let row = revision_row(evaluation, action, actor, reason, db::now())?;
    store::insert_revisions(conn, &[row])?;
    Ok(())
}

fn not_editable(status: SheetStatus, sheet_id: SheetId) -> Result<(), ServiceError> {
    match edit_refusal_of(status, Subject::Evaluation(sheet_id)) {
        Some((zh, en)) => Err(ServiceError::Conflict {
            code: ProblemCode::EvaluationNotEditable,
            detail_zh: zh,
            detail_en: en,
            issues: vec![],
        }),
        None => Ok(()),
    }
}

/// The one write path of evaluations (`PUT /sheets/{sheet_id}/self-evaluation`): the sheet
/// (404), then the checks of `check_evaluation` and the write of `write_evaluations`. The
/// caller's role is checked by the handler. Run it inside a write transaction.
pub fn save_evaluation(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    doc: &EvaluationDocument,
    condition: &WriteCondition,
    actor: &Actor,
    lang: Lang,
) -> Result<Saved<Evaluation>, ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    let existing = store::find(conn, sheet_id)?;
    let latest_version = match existing {
        Some(_) => None,
        None => store::latest_revision_version(conn, sheet_id)?,
    };
    let scheme = scheme_of(conn, &sheet)?;
    let facts = EvaluationFacts {
        sheet: &sheet,
        scheme: &scheme,
        existing,
        latest_version,
    };
    let now = db::now();
    let (saved, pending) = check_evaluation(facts, doc, condition, actor, now, lang)?.into_parts();
    if let Some(pending) = pending {
        write_evaluations(conn, vec![pending], now)?;
    }
    Ok(saved)
}

/// What an evaluation write is checked against, read before it: the sheet, its fund's scheme,
/// the stored evaluation, and (when there is none) the latest version its revisions reached,
/// since an evaluation made again after a deletion continues its numbering.
pub(crate) struct EvaluationFacts<'a> {
    /// The sheet.
    pub sheet: &'a Sheet,
    /// The scheme of the sheet's fund.
    pub scheme: &'a Scheme,
    /// The stored evaluation, if any.
    pub existing: Option<StoredEvaluation>,
    /// The latest version recorded, if any.
    pub latest_version: Option<i64>,
}

/// What the checks of an evaluation write found to do: nothing, or a write for [`write_evaluations`].
pub(crate) type EvaluationCheck = WriteCheck<Evaluation, PendingEvaluation>;

/// What a checked evaluation write stores: its key is its sheet.
pub(crate) type PendingEvaluation =
    super::pending::Pending<i64, store::EvaluationChanges, NewLine, store::NewRevision>;

/// How evaluation rows are stored.
const EVALUATION_ROWS: super::pending::RowStore<
    i64,
    store::EvaluationChanges,
    NewLine,
    store::NewRevision,
> = super::pending::RowStore {
    noun: "self-evaluation",
    update: store::update,
    insert_new: |conn, rows, now| {
        let rows: Vec<store::NewEvaluation> = rows
            .into_iter()
            .map(|(sheet_id, changes)| (SheetId::new(sheet_id), changes))
            .collect();
        store::insert_many(conn, &rows, now)
    },
    delete_lines: store::delete_lines,
    set_owner: |line, id| line.evaluation_id = id,
    insert_lines: store::insert_lines,
    insert_revisions: store::insert_revisions,
};

/// The write of a checked evaluation: what to store (its revision made at `now`, by `actor`) and
/// what the write answers.
fn write_of(
    norm: &NormalizedEvaluation,
    stored: Option<(i64, i64)>,
    evaluation: Evaluation,
    actor: &Actor,
    now: chrono::NaiveDateTime,
) -> Result<EvaluationCheck, ServiceError> {
    let action = match stored {
        Some(_) => RevisionAction::Update,
        None => RevisionAction::Create,
    };
    let pending = PendingEvaluation {
        stored,
        key: evaluation.sheet_id.get(),
        changes: changes_of(norm, evaluation.version, now),
        lines: lines_of(0, norm),
        revision: revision_row(&evaluation, action, actor, None, now)?,
    };
    let warnings = evaluation.issues.clone();
    Ok(WriteCheck::write(
        pending,
        evaluation,
        warnings,
        stored.is_none(),
    ))
}

/// The checks of an evaluation write, in order, against facts read before: the caller's region
/// (403), the preconditions (412), compare with what is stored (no change → nothing to write,
/// whatever the sheet or the scheme became), the sheet approved (409), normalise and score
/// (422 while errors remain), refuse a change to a submitted or approved evaluation (409). Reads nothing: a bulk upload checks all its
/// items against facts read once. `now` is the time the write will carry.
pub(crate) fn check_evaluation(
    facts: EvaluationFacts<'_>,
    doc: &EvaluationDocument,
    condition: &WriteCondition,
    actor: &Actor,
    now: chrono::NaiveDateTime,
    lang: Lang,
) -> Result<EvaluationCheck, ServiceError> {
    let EvaluationFacts {
        sheet,
        scheme,
        existing,
        latest_version,
    } = facts;
    let sheet_id = sheet.id;
    actor.principal.require_region(&sheet.region_code)?;
    match &existing {
        None if condition.if_match != Precondition::None => {
            return Err(ServiceError::ConditionFailed {
                detail_zh: "If-Match 要求自评已存在，但该表还没有绩效自评".into(),
                detail_en: "If-Match needs an existing self-evaluation, and this sheet has none"
                    .into(),
            })
        }
        Some((row, _)) if condition.create_only => {
            return Err(ServiceError::ConditionFailed {
                detail_zh: format!(
                    "If-None-Match: * 只用于新建，但该表已有绩效自评（版本 \"{}\"）",
                    row.version
                ),
                detail_en: format!(
                    "If-None-Match: * creates only, and this sheet already has a self-evaluation (version \"{}\")",
                    row.version
                ),
            })
        }
        Some((row, _)) => condition.if_match.check(row.version)?,
        None => {}
    }
    let (norm, mut issues) = domain::normalize(doc, lang);
    // What is stored, sent again, writes nothing: answered as it is, whatever the sheet, its
    // targets and the fund's scheme became since (a frozen evaluation exported and uploaded
    // back is `UNCHANGED`).
    // Only a document read without an error: reading drops what it refuses (an amount that is
    // not one, a line without its indicator), so one with errors may look like what is stored.
    let read_cleanly = !issues.iter().any(|i| i.severity == Severity::Error);
    let existing = match existing {
        Some((row, lines)) => {
            let stored_norm = normalized_of(&row, &lines)?;
            if read_cleanly && stored_norm == norm {
                let loaded = loaded(row, stored_norm, sheet, scheme, lang)?;
                return Ok(EvaluationCheck::Unchanged(Saved {
                    warnings: loaded.issues.clone(),
                    value: loaded.into_evaluation(lang),
                    outcome: Outcome::Unchanged,
                }));
            }
            Some(row)
        }
        None => None,
    };
    let status = existing.as_ref().map(status_of).transpose()?;
    let refusals = refusals_of(sheet, status, Subject::Evaluation(sheet_id), lang)?;
    let basis = EvaluationBasis::of(sheet, scheme);
    let (figures, computed) = domain::compute(&norm, &basis, Stage::Save, lang);
    issues.extend(computed.iter().cloned());
    settle(issues, Vec::new(), refusals)?;
    let written_at = utc(now);
    let Some(row) = existing else {
        let header = Header {
            sheet_id,
            status: SheetStatus::Draft,
            status_reason: None,
            version: latest_version.unwrap_or(0) + 1,
            created_at: written_at,
            updated_at: written_at,
            scored_at: Utc::now(),
        };
        let evaluation = view(header, &norm, (figures, &basis.indicators), computed, lang);
        return write_of(&norm, None, evaluation, actor, now);
    };
    let status = status.unwrap_or(SheetStatus::Draft);
    let stored = Some((row.id, row.version));
    let header = Header {
        sheet_id,
        status,
        status_reason: row.status_reason.clone(),
        version: row.version + 1,
        created_at: utc(row.created_at),
        updated_at: written_at,
        scored_at: Utc::now(),
    };
    let evaluation = if row.frozen.is_none() && stage_of(status) == Stage::Save {
        view(header, &norm, (figures, &basis.indicators), computed, lang)
    } else {
        // As a read scores it: on what submitting froze, if anything (never the case for an
        // evaluation that may change), at the stage of its status.
        let mut evaluation = loaded(row, norm.clone(), sheet, scheme, lang)?.into_evaluation(lang);
        evaluation.version = header.version;
        evaluation.updated_at = header.updated_at;
        evaluation
    };
    write_of(&norm, stored, evaluation, actor, now)
}

/// Writes checked evaluations at `now` (see [`super::pending::write`]).
pub(crate) fn write_evaluations(
    conn: &mut DbConnection,
    writes: Vec<PendingEvaluation>,
    now: chrono::NaiveDateTime,
) -> Result<(), ServiceError> {
    super::pending::write(conn, &EVALUATION_ROWS, writes, now)
}

/// `POST /sheets/{sheet_id}/self-evaluation/score`: the scores and checks of `PUT` for a
/// document, nothing saved (the sheet must exist; before it is approved the evaluation is still
/// scored, with `SHEET_NOT_APPROVED` as its first error, so that it can be prepared ahead).
pub fn score_evaluation(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    doc: &EvaluationDocument,
    lang: Lang,
) -> Result<EvaluationValidation, ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    let scheme = scheme_of(conn, &sheet)?;
    let (norm, normalized) = domain::normalize(doc, lang);
    let stored = store::find(conn, sheet_id)?;
    // As `PUT`: what is stored, sent again, is no write; any other document is refused while
    // the sheet is not approved or the evaluation is submitted or approved.
    let read_cleanly = !normalized.iter().any(|i| i.severity == Severity::Error);
    let unchanged = match &stored {
        Some((row, lines)) => read_cleanly && normalized_of(row, lines)? == norm,
        None => false,
    };
    let mut issues: Vec<Issue> = Vec::new();
    if !unchanged {
        let status = stored.as_ref().map(|(row, _)| status_of(row)).transpose()?;
        let subject = Subject::Evaluation(sheet_id);
        issues.extend(refusal_issues(&sheet, status, subject, lang)?);
    }
    issues.extend(normalized);
    let basis = EvaluationBasis::of(&sheet, &scheme);
    let (figures, computed) = domain::compute(&norm, &basis, Stage::Save, lang);
    issues.extend(computed);
    let now = Utc::now();
    let (status, status_reason, version, created_at) = match &stored {
        Some((row, _)) => (
            status_of(row)?,
            row.status_reason.clone(),
            row.version,
            utc(row.created_at),
        ),
        None => (SheetStatus::Draft, None, 1, now),
    };
    let valid = !issues.iter().any(|i| i.severity == Severity::Error);
    let header = Header {
        sheet_id,
        status,
        status_reason,
        version,
        created_at,
        updated_at: now,
        scored_at: now,
    };
    let evaluation = view(
        header,
        &norm,
        (figures, &basis.indicators),
        issues.clone(),
        lang,
    );
    Ok(EvaluationValidation {
        valid,
        issues,
        evaluation: Some(evaluation),
    })
}

/// Deletes an evaluation while `DRAFT` or `RETURNED`; its history is kept, ending with a
/// `DELETE` revision.
pub fn delete_evaluation(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    precondition: &Precondition,
    actor: &Actor,
    lang: Lang,
) -> Result<(), ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    actor.principal.require_region(&sheet.region_code)?;
    let stored = store::find(conn, sheet_id)?.ok_or_else(|| evaluation_not_found(sheet_id))?;
    let scheme = scheme_of(conn, &sheet)?;
    let loaded = load(stored, &sheet, &scheme, lang)?;
    precondition.check(loaded.row.version)?;
    not_editable(loaded.status, sheet_id)?;
    remove(conn, loaded, actor, lang)
}

/// Deletes a loaded evaluation and records it.
fn remove(
    conn: &mut DbConnection,
    loaded: Loaded,
    actor: &Actor,
    lang: Lang,
) -> Result<(), ServiceError> {
    let version = loaded.row.version;
    if store::delete(conn, loaded.row.id, version)? == 0 {
        return Err(ServiceError::PreconditionFailed {
            current: version + 1,
        });
    }
    let mut last = loaded.into_evaluation(lang);
    last.version = version + 1;
    record(conn, &last, RevisionAction::Delete, actor, None)
}

/// Deletes the evaluation of a sheet, if any, with its `DELETE` revision (an administrator's
/// forced deletion of the sheet or its fund).
pub(crate) fn remove_of_sheet(
    conn: &mut DbConnection,
    sheet: &Sheet,
    actor: &Actor,
    lang: Lang,
) -> Result<(), ServiceError> {
    if let Some(stored) = store::find(conn, sheet.id)? {
        let scheme = scheme_of(conn, sheet)?;
        let loaded = load(stored, sheet, &scheme, lang)?;
        remove(conn, loaded, actor, lang)?;
    }
    Ok(())
}

/// Whether a sheet has an evaluation.
pub(crate) fn exists_for_sheet(
    conn: &mut DbConnection,
    sheet_id: SheetId,
) -> Result<bool, ServiceError> {
    Ok(store::exists_for_sheet(conn, sheet_id)?)
}

/// Takes one review step of an evaluation: the sheet and evaluation exist (404), the caller's
/// region (403, for submitting), the precondition (412), the status (409
/// `INVALID_TRANSITION`), the reason (422); submitting scores the evaluation with the *submit*
/// checks as errors (422) and freezes what it was scored on and its scores; returning and
/// reopening let them be computed afresh. The caller's role is checked before. Run it inside a
/// write transaction.
#[allow(clippy::too_many_arguments)]
pub fn transition(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    step: Transition,
    reason: Option<&str>,
    precondition: &Precondition,
    actor: &Actor,
    lang: Lang,
) -> Result<Evaluation, ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    let stored = store::find(conn, sheet_id)?.ok_or_else(|| evaluation_not_found(sheet_id))?;
    if step == Transition::Submit {
        actor.principal.require_region(&sheet.region_code)?;
    }
    let scheme = scheme_of(conn, &sheet)?;
    let loaded = load(stored, &sheet, &scheme, lang)?;
    precondition.check(loaded.row.version)?;
    if let Some((zh, en)) = step.refusal_of(loaded.status, Subject::Evaluation(sheet_id)) {
        return Err(ServiceError::Conflict {
            code: ProblemCode::InvalidTransition,
            detail_zh: zh,
            detail_en: en,
            issues: vec![],
        });
    }
    let reason = check_reason(step, reason, lang)?;
    let reason = reason.as_deref();
    let frozen = match step {
        Transition::Submit => {
            let basis = EvaluationBasis::of(&sheet, &scheme);
            let (figures, issues) = domain::compute(&loaded.norm, &basis, Stage::Submit, lang);
            let errors: Vec<Issue> = issues
                .into_iter()
                .filter(|i| i.severity == Severity::Error)
                .collect();
            if !errors.is_empty() {
                return Err(ServiceError::Validation { issues: errors });
            }
            let frozen = Frozen {
                basis,
                figures,
                scored_at: Utc::now(),
            };
            Some(serde_json::to_string(&frozen).map_err(ServiceError::internal)?)
        }
        // Approving keeps what submitting froze.
        Transition::Approve => loaded.row.frozen.clone(),
        Transition::Return | Transition::Reopen => None,
    };
    let version = loaded.row.version;
    let changed = store::set_status(
        conn,
        loaded.row.id,
        version,
        step.to().as_str(),
        reason,
        frozen.as_deref(),
        db::now(),
    )?;
    if changed == 0 {
        return Err(ServiceError::PreconditionFailed {
            current: version + 1,
        });
    }
    let evaluation = get_evaluation(conn, sheet_id, lang)?;
    record(conn, &evaluation, RevisionAction::from(step), actor, reason)?;
    Ok(evaluation)
}

/// One recorded change of an evaluation.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EvaluationRevision {
    /// The sheet.
    #[schema(value_type = i64, example = 1)]
    pub sheet_id: SheetId,
    /// The evaluation's version after the change.
    #[schema(example = 2)]
    pub version: i64,
    /// What happened.
    pub action: RevisionAction,
    /// The evaluation's status after the change.
    pub status: SheetStatus,
    /// Who made it.
    pub actor: RevisionActor,
    /// Why, when a reason was given.
    #[schema(required = true)]
    pub reason: Option<String>,
    /// The request that made it (`X-Request-Id`); null for command-line work.
    #[schema(required = true)]
    pub request_id: Option<String>,
    /// When (UTC).
    pub created_at: DateTime<Utc>,
    /// Only in `GET …/self-evaluation/revisions/{version}`: the evaluation as `GET` returned it
    /// at this version.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Evaluation>)]
    pub snapshot: Option<Value>,
}

fn revision_of(
    sheet_id: SheetId,
    row: store::RevisionRow,
    snapshot: Option<Value>,
) -> Result<EvaluationRevision, ServiceError> {
    let unknown = |what: &str, value: &str| {
        ServiceError::internal(format!(
            "revision {} of the self-evaluation of sheet {sheet_id} has the unknown stored {what} {value:?}",
            row.version
        ))
    };
    Ok(EvaluationRevision {
        sheet_id,
        version: row.version,
        action: RevisionAction::parse(&row.action).ok_or_else(|| unknown("action", &row.action))?,
        status: SheetStatus::parse(&row.status).ok_or_else(|| unknown("status", &row.status))?,
        actor: RevisionActor {
            role: Role::parse(&row.actor_role).ok_or_else(|| unknown("role", &row.actor_role))?,
            name: row.actor_name,
        },
        reason: row.reason,
        request_id: row.request_id,
        created_at: utc(row.created_at),
        snapshot,
    })
}

/// An evaluation's revisions after `after_version`, oldest first, at most `limit`; kept after
/// the evaluation (or its sheet) is deleted, 404 when it never existed.
pub fn list_revisions(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    after_version: i64,
    limit: i64,
) -> Result<Vec<EvaluationRevision>, ServiceError> {
    let rows = store::revisions(conn, sheet_id, after_version, limit)?;
    if rows.is_empty() && store::latest_revision_version(conn, sheet_id)?.is_none() {
        return Err(evaluation_not_found(sheet_id));
    }
    rows.into_iter()
        .map(|r| revision_of(sheet_id, r, None))
        .collect()
}

/// One revision of an evaluation, with its snapshot.
pub fn get_revision(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    version: i64,
) -> Result<EvaluationRevision, ServiceError> {
    let (row, snapshot) = store::revision(conn, sheet_id, version)?.ok_or_else(|| {
        not_found(
            Resource::Revision,
            format!("{sheet_id}/self-evaluation/{version}"),
        )
    })?;
    let snapshot = serde_json::from_str(&snapshot).map_err(ServiceError::internal)?;
    revision_of(sheet_id, row, Some(snapshot))
}

/// The status of a region's evaluation in the fund's ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EvaluationState {
    /// No evaluation.
    Missing,
    /// A draft, not scored in the ranking.
    Draft,
    /// Returned, not scored in the ranking.
    Returned,
    /// Submitted: scored.
    Submitted,
    /// Approved: scored.
    Approved,
}

/// One region's row of the fund's ranking.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RegionEvaluation {
    /// Region code.
    #[schema(value_type = String, example = "430200")]
    pub region_code: RegionCode,
    /// Region name.
    #[schema(example = "株洲市")]
    pub region_name: String,
    /// The region's sheet.
    #[schema(value_type = i64, example = 1)]
    pub sheet_id: SheetId,
    /// The sheet's status.
    pub sheet_status: SheetStatus,
    /// The evaluation's status; `MISSING` when there is none.
    pub status: EvaluationState,
    /// 预算执行率 of a submitted or approved evaluation, %; null otherwise (or when the budget
    /// is 0).
    #[schema(value_type = Option<String>, example = "86.00")]
    #[schema(required = true)]
    pub execution_rate: Option<Decimal>,
    /// 总分 of a submitted or approved evaluation; null otherwise.
    #[schema(value_type = Option<String>, example = "83.70")]
    #[schema(required = true)]
    pub total_score: Option<Decimal>,
    /// 等级 of a submitted or approved evaluation; null otherwise.
    #[schema(required = true)]
    pub grade: Option<Grade>,
}

/// How many scored regions have each grade.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct GradeCounts {
    /// 优.
    #[serde(rename = "EXCELLENT")]
    pub excellent: u32,
    /// 良.
    #[serde(rename = "GOOD")]
    pub good: u32,
    /// 中.
    #[serde(rename = "FAIR")]
    pub fair: u32,
    /// 差.
    #[serde(rename = "POOR")]
    pub poor: u32,
}

/// A fund's self-evaluations side by side (SPEC §6.4).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FundEvaluations {
    /// The fund.
    #[schema(value_type = i64, example = 1)]
    pub fund_id: FundId,
    /// One row per sheet that is `APPROVED` or has an evaluation: scored rows by total (highest
    /// first, then region code), then the rows without a score by region code.
    pub regions: Vec<RegionEvaluation>,
    /// The count of scored regions per grade.
    pub grades: GradeCounts,
    /// The mean of the scored totals, half-up to 2 places; null when none is scored.
    #[schema(value_type = Option<String>, example = "84.21")]
    #[schema(required = true)]
    pub mean_total: Option<Decimal>,
}

/// `GET /funds/{fund_id}/self-evaluations`: the fund's ranking. Three queries whatever the
/// number of regions: the fund, its sheets, their evaluations (scores of submitted and approved
/// ones are read from what submitting froze, nothing is recomputed).
pub fn fund_ranking(
    conn: &mut DbConnection,
    fund_id: FundId,
) -> Result<FundEvaluations, ServiceError> {
    crate::db::funds::find(conn, fund_id)?.ok_or_else(|| not_found(Resource::Fund, fund_id))?;
    let filter = sheets::SheetFilter {
        fund_id: Some(fund_id),
        limit: i64::MAX,
        ..Default::default()
    };
    let all_sheets = sheets::load(conn, &filter)?;
    let mut rows: HashMap<i64, EvaluationRow> = store::rows_of_fund(conn, fund_id)?
        .into_iter()
        .map(|r| (r.sheet_id, r))
        .collect();
    let mut regions = Vec::new();
    let mut grades = GradeCounts::default();
    let mut totals: Vec<Decimal> = Vec::new();
    for sheet in all_sheets {
        let row = rows.remove(&sheet.id.get());
        if row.is_none() && sheet.status != SheetStatus::Approved {
            continue;
        }
        let mut entry = RegionEvaluation {
            region_code: sheet.region_code,
            region_name: sheet.region_name,
            sheet_id: sheet.id,
            sheet_status: sheet.status,
            status: EvaluationState::Missing,
            execution_rate: None,
            total_score: None,
            grade: None,
        };
        if let Some(row) = row {
            entry.status = match status_of(&row)? {
                SheetStatus::Draft => EvaluationState::Draft,
                SheetStatus::Returned => EvaluationState::Returned,
                SheetStatus::Submitted => EvaluationState::Submitted,
                SheetStatus::Approved => EvaluationState::Approved,
            };
            if let Some(frozen) = frozen_of(&row)? {
                let f = frozen.figures;
                match f.grade {
                    Grade::Excellent => grades.excellent += 1,
                    Grade::Good => grades.good += 1,
                    Grade::Fair => grades.fair += 1,
                    Grade::Poor => grades.poor += 1,
                }
                totals.push(f.total_score);
                entry.execution_rate = f.execution_rate;
                entry.total_score = Some(f.total_score);
                entry.grade = Some(f.grade);
            }
        }
        regions.push(entry);
    }
    regions.sort_by(|a, b| match (a.total_score, b.total_score) {
        (Some(x), Some(y)) => y.cmp(&x).then_with(|| a.region_code.cmp(&b.region_code)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.region_code.cmp(&b.region_code),
    });
    let mean_total = (!totals.is_empty()).then(|| {
        let sum: Decimal = totals.iter().copied().sum();
        fixed2(sum / Decimal::from(totals.len()))
    });
    Ok(FundEvaluations {
        fund_id,
        regions,
        grades,
        mean_total,
    })
}

/// The comparable actuals of the submitted and approved self-evaluations of the sheets in
/// `sheets` (SPEC §7.1 `results`), each read against the target it was scored on (frozen at
/// submit). One query whatever the number of sheets: the scores are read from what submitting
/// froze.
pub fn counted_actuals(
    conn: &mut DbConnection,
    fund_id: FundId,
    sheets: &[Sheet],
) -> Result<Vec<Actual>, ServiceError> {
    let ids: std::collections::HashSet<i64> = sheets.iter().map(|s| s.id.get()).collect();
    let mut actuals = Vec::new();
    for row in store::rows_of_fund(conn, fund_id)? {
        if !ids.contains(&row.sheet_id)
            || !matches!(
                status_of(&row)?,
                SheetStatus::Submitted | SheetStatus::Approved
            )
        {
            continue;
        }
        if let Some(frozen) = frozen_of(&row)? {
            actuals.extend(evaluation_actuals(
                SheetId::new(row.sheet_id),
                &frozen.basis,
                &frozen.figures,
            ));
        }
    }
    Ok(actuals)
}
