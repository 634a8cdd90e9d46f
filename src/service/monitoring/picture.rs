//! The fund's picture for a month (SPEC §5.3): each region's light, figures and outlook counts, and the actuals of the latest counted month for the side-by-side view.

use super::*;

/// Where a region stands in the fund's picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Light {
    /// On track and on schedule.
    Green,
    /// Something at risk or not assessed, or behind schedule.
    Yellow,
    /// Something off track, or the execution rate below half the time progress.
    Red,
    /// No submitted or approved report for the month.
    Grey,
}

/// The status of a region's report for the month in the fund's picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReportState {
    /// No report for the month.
    Missing,
    /// A draft, not counted.
    Draft,
    /// Returned, not counted.
    Returned,
    /// Submitted: counted.
    Submitted,
    /// Approved: counted.
    Approved,
}

/// Outlook counts of a region's report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub struct OutlookCounts {
    /// Indicators on track.
    #[serde(rename = "ON_TRACK")]
    pub on_track: u32,
    /// Indicators at risk.
    #[serde(rename = "AT_RISK")]
    pub at_risk: u32,
    /// Indicators off track.
    #[serde(rename = "OFF_TRACK")]
    pub off_track: u32,
    /// Indicators not assessed (no likelihood and no comparable expected value, or not
    /// reported).
    #[serde(rename = "NOT_ASSESSED")]
    pub not_assessed: u32,
}

/// One region's row of the fund's picture.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RegionMonitoring {
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
    /// The report's status for the month; `MISSING` when there is none.
    pub report_status: ReportState,
    /// 年初预算数 of the sheet, 万元.
    #[schema(value_type = String, example = "360")]
    pub budget: Money,
    /// 1–N月执行数 of a counted report; null otherwise.
    #[schema(value_type = Option<String>, example = "150")]
    #[schema(required = true)]
    pub executed_funds: Option<Money>,
    /// 执行率 of a counted report, %; null otherwise (or when the budget is 0).
    #[schema(value_type = Option<String>, example = "41.67")]
    #[schema(required = true)]
    pub execution_rate: Option<Decimal>,
    /// Behind schedule, for a counted report; null otherwise.
    #[schema(required = true)]
    pub behind_schedule: Option<bool>,
    /// Outlook counts over the sheet's indicators, for a counted report; null otherwise.
    #[schema(required = true)]
    pub outlook: Option<OutlookCounts>,
    /// `GREEN`, `YELLOW`, `RED`, or `GREY` when no report is counted.
    pub light: Light,
}

/// A fund's monitoring picture for one month (SPEC §5.3).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FundMonitoring {
    /// The fund.
    #[schema(value_type = i64, example = 1)]
    pub fund_id: FundId,
    /// The month.
    #[schema(example = 7)]
    pub month: u32,
    /// 序时进度 in %.
    #[schema(value_type = String, example = "58.33")]
    pub time_progress: Decimal,
    /// The budgets of every row, summed, 万元.
    #[schema(value_type = String, example = "2335")]
    pub budget: Money,
    /// The executed funds of the counted reports, summed, 万元.
    #[schema(value_type = String, example = "1200")]
    pub executed_funds: Money,
    /// executed ÷ budget in % (2 places); null when the budget is 0.
    #[schema(value_type = Option<String>, example = "51.39")]
    #[schema(required = true)]
    pub execution_rate: Option<Decimal>,
    /// One row per sheet that is `APPROVED` or has a report for the month, by region code.
    pub regions: Vec<RegionMonitoring>,
}

/// `GET /funds/{fund_id}/monitoring?month=N`: the fund's picture for the month. Three queries
/// whatever the number of regions: the fund, its sheets, their reports for the month.
pub fn fund_picture(
    conn: &mut DbConnection,
    fund_id: FundId,
    month: u32,
    lang: Lang,
) -> Result<FundMonitoring, ServiceError> {
    crate::db::funds::find(conn, fund_id)?.ok_or_else(|| not_found(Resource::Fund, fund_id))?;
    let filter = sheets::SheetFilter {
        fund_id: Some(fund_id),
        limit: i64::MAX,
        ..Default::default()
    };
    let all_sheets = sheets::load(conn, &filter)?;
    let mut reports: std::collections::HashMap<i64, StoredReport> =
        store::of_fund_month(conn, fund_id, month)?
            .into_iter()
            .map(|r| (r.0.sheet_id, r))
            .collect();
    let mut regions = Vec::new();
    let (mut budget, mut executed) = (Money::ZERO, Money::ZERO);
    for sheet in &all_sheets {
        let report = reports.remove(&sheet.id.get());
        if report.is_none() && sheet.status != SheetStatus::Approved {
            continue;
        }
        let sheet_budget = sheet
            .provincial_funds
            .saturating_add(sheet.matching_funds.unwrap_or(Money::ZERO));
        let mut row = RegionMonitoring {
            region_code: sheet.region_code.clone(),
            region_name: sheet.region_name.clone(),
            sheet_id: sheet.id,
            sheet_status: sheet.status,
            report_status: ReportState::Missing,
            budget: sheet_budget,
            executed_funds: None,
            execution_rate: None,
            behind_schedule: None,
            outlook: None,
            light: Light::Grey,
        };
        if let Some(stored) = report {
            let loaded = load(stored, sheet, lang)?;
            row.report_status = match loaded.status {
                SheetStatus::Draft => ReportState::Draft,
                SheetStatus::Returned => ReportState::Returned,
                SheetStatus::Submitted => ReportState::Submitted,
                SheetStatus::Approved => ReportState::Approved,
            };
            if matches!(
                loaded.status,
                SheetStatus::Submitted | SheetStatus::Approved
            ) {
                let f = &loaded.figures;
                let count = |o: Outlook| f.outlook_counts.get(&o).copied().unwrap_or(0);
                let counts = OutlookCounts {
                    on_track: count(Outlook::OnTrack),
                    at_risk: count(Outlook::AtRisk),
                    off_track: count(Outlook::OffTrack),
                    not_assessed: count(Outlook::NotAssessed),
                };
                row.light = if counts.off_track > 0 || f.far_behind {
                    Light::Red
                } else if counts.at_risk > 0 || counts.not_assessed > 0 || f.behind_schedule {
                    Light::Yellow
                } else {
                    Light::Green
                };
                row.budget = f.budget;
                executed = executed.saturating_add(loaded.norm.executed_funds);
                row.executed_funds = Some(loaded.norm.executed_funds);
                row.execution_rate = f.execution_rate;
                row.behind_schedule = Some(f.behind_schedule);
                row.outlook = Some(counts);
            }
        }
        budget = budget.saturating_add(row.budget);
        regions.push(row);
    }
    regions.sort_by(|a, b| a.region_code.cmp(&b.region_code));
    Ok(FundMonitoring {
        fund_id,
        month,
        time_progress: domain::percent(i64::from(month), 12).unwrap_or_default(),
        budget,
        executed_funds: executed,
        execution_rate: domain::percent(executed.yuan(), budget.yuan()),
        regions,
    })
}

/// The comparable actuals of the fund's latest month with counted (submitted or approved)
/// reports, for the sheets in `sheets` (SPEC §7.1 `monitoring`): the month and the actuals,
/// `None` when the fund has no counted report. Three queries whatever the number of sheets (the
/// month, the month's reports, their lines).
pub fn latest_counted_actuals(
    conn: &mut DbConnection,
    fund_id: FundId,
    sheets: &[Sheet],
) -> Result<Option<(u32, Vec<Actual>)>, ServiceError> {
    let counted = [
        SheetStatus::Submitted.as_str(),
        SheetStatus::Approved.as_str(),
    ];
    let Some(month) = store::latest_month_of_fund(conn, fund_id, &counted)? else {
        return Ok(None);
    };
    let by_id: std::collections::HashMap<SheetId, &Sheet> =
        sheets.iter().map(|s| (s.id, s)).collect();
    let mut actuals = Vec::new();
    for stored in store::of_fund_month(conn, fund_id, month)? {
        let Some(sheet) = by_id.get(&SheetId::new(stored.0.sheet_id)) else {
            continue;
        };
        if !counted.contains(&stored.0.status.as_str()) {
            continue;
        }
        let loaded = load(stored, sheet, Lang::Zh)?;
        actuals.extend(report_actuals(sheet.id, &loaded.figures));
    }
    Ok(Some((month, actuals)))
}
