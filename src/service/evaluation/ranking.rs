//! The fund's ranking of its regions by total score (SPEC §6.4), with the grades counted and the mean total.

use super::*;

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
