//! Targets side by side (SPEC §7): a fund's indicators across its regions, as JSON or as a
//! workbook; two sheets compared; the `TARGET_BELOW_PEERS` warnings of a stored sheet. One pass
//! over the fund's rows: a fixed number of queries whatever the number of sheets (the fund, its
//! sheets with their indicators, the latest counted month, that month's reports and their
//! lines, the evaluations).

use super::evaluation::counted_actuals;
use super::monitoring::latest_counted_actuals;
use super::reads::ExportFile;
use super::{find_sheet, not_found};
use crate::db::{funds, sheets, DbConnection};
use crate::domain::check::quote;
use crate::domain::fund::Fund;
use crate::domain::sheet::{Sheet, SheetStatus};
use crate::domain::side_by_side::{self as domain, FollowUp, SheetComparison, SideBySide};
use crate::domain::{FundId, Issue, IssueCode, Lang, SheetId};
use crate::error::{Resource, ServiceError};
use crate::exchange::{self, side_by_side::write_side_by_side};

/// The fund's sheets in one of `statuses` (every status when empty), with their indicators.
fn fund_sheets(
    conn: &mut DbConnection,
    fund_id: FundId,
    statuses: &[SheetStatus],
) -> Result<Vec<Sheet>, ServiceError> {
    let filter = sheets::SheetFilter {
        fund_id: Some(fund_id),
        status: match statuses {
            [one] => Some(*one),
            _ => None,
        },
        limit: i64::MAX,
        ..Default::default()
    };
    let mut all = sheets::load(conn, &filter)?;
    if !statuses.is_empty() {
        all.retain(|s| statuses.contains(&s.status));
    }
    Ok(all)
}

/// `GET /funds/{fund_id}/indicators`: the fund's indicators side by side, over its sheets in
/// one of `statuses` (every status when empty), with the year's monitoring and results.
pub fn fund_indicators(
    conn: &mut DbConnection,
    fund_id: FundId,
    statuses: &[SheetStatus],
) -> Result<SideBySide, ServiceError> {
    let fund = funds::find(conn, fund_id)?.ok_or_else(|| not_found(Resource::Fund, fund_id))?;
    let sheets = fund_sheets(conn, fund_id, statuses)?;
    let follow_up = FollowUp {
        monitoring: latest_counted_actuals(conn, fund_id, &sheets)?,
        results: counted_actuals(conn, fund_id, &sheets)?,
    };
    Ok(domain::side_by_side(
        fund_id,
        fund.template.as_ref(),
        &sheets,
        &follow_up,
    ))
}

/// `GET /funds/{fund_id}/indicators?format=xlsx`: the same as a workbook, named after the fund.
pub fn fund_indicators_xlsx(
    conn: &mut DbConnection,
    fund_id: FundId,
    statuses: &[SheetStatus],
) -> Result<ExportFile, ServiceError> {
    let view = fund_indicators(conn, fund_id, statuses)?;
    let fund = funds::find(conn, fund_id)?.ok_or_else(|| not_found(Resource::Fund, fund_id))?;
    let heading = format!("{}绩效指标横向比较", fund.name);
    Ok(ExportFile {
        body: write_side_by_side(&view, &heading)?,
        media_type: exchange::XLSX,
        stem: format!("{}-指标横向比较", fund.name),
        extension: "xlsx",
    })
}

/// `GET /sheets/{sheet_id}/compare/{other_id}`: the sheet compared with the other (404 for
/// either unknown).
pub fn compare_sheets(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    other_id: SheetId,
) -> Result<SheetComparison, ServiceError> {
    let sheet = find_sheet(conn, sheet_id)?;
    let other = find_sheet(conn, other_id)?;
    Ok(domain::compare_sheets(&sheet, &other))
}

/// The `TARGET_BELOW_PEERS` warnings of a stored sheet: its targets flagged `LOW` among the
/// sheets of its fund (every status; monitoring and results are not needed, so not read).
pub fn below_peers(
    conn: &mut DbConnection,
    sheet: &Sheet,
    lang: Lang,
) -> Result<Vec<Issue>, ServiceError> {
    let Some(fund) = funds::find(conn, sheet.fund_id)? else {
        return Ok(Vec::new());
    };
    let peers = fund_sheets(conn, sheet.fund_id, &[])?;
    Ok(below_peer_issues(&peer_view(&fund, &peers), sheet, lang))
}

/// The fund's sheets side by side without monitoring and results: what the flags need.
pub fn peer_view(fund: &Fund, sheets: &[Sheet]) -> SideBySide {
    domain::side_by_side(
        fund.id,
        fund.template.as_ref(),
        sheets,
        &FollowUp::default(),
    )
}

/// The `TARGET_BELOW_PEERS` warnings of `sheet` in `view` (its fund's [`peer_view`]).
pub fn below_peer_issues(view: &SideBySide, sheet: &Sheet, lang: Lang) -> Vec<Issue> {
    domain::low_targets(view, sheet)
        .into_iter()
        .map(|(at, t, g)| {
            let peers = g.targets.iter().filter(|x| x.value.is_some()).count();
            let (basis_zh, basis_en, mine, median) = match (t.per_wan, g.median_per_wan) {
                (Some(p), Some(m)) => ("每万元省级资金 ", " per 万元 of provincial funds", p, m),
                _ => (
                    "",
                    "",
                    t.value.unwrap_or_default(),
                    g.median.unwrap_or_default(),
                ),
            };
            let message = lang.pick(
                format!(
                    "指标“{}”的指标值“{}”明显低于同专项其他地区：{basis_zh}{mine}，{peers} 个地区的中位数为 {median}",
                    g.name, t.target
                ),
                format!(
                    "the target {} of {} asks much less than its peers': {mine}{basis_en}, \
                     against a median of {median} over {peers} regions",
                    quote(&t.target),
                    quote(&g.name)
                ),
            );
            Issue::warning(
                IssueCode::TargetBelowPeers,
                format!("/indicators/{at}/target"),
                message,
            )
        })
        .collect()
}
