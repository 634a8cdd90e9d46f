//! Every item of an upload checked by the same rules as a single save, against facts read once
//! for the whole upload.

use std::collections::HashMap;

use super::resolve::{resolve_fund, resolve_region, Resolver};
use super::write::{write_all, Write};
use super::{BulkError, BulkItem, ItemKey, ItemOutcome, ItemResult};
use crate::db::{funds, regions, sheets, DbConnection};
use crate::domain::sheet as sheet_domain;
use crate::domain::workflow::edit_refusal;
use crate::domain::{
    FundId, IndicatorId, Issue, IssueCode, Lang, Money, RegionCode, Severity, SheetId,
};
use crate::error::ServiceError;
use crate::service::{self, Actor, SheetFacts};

/// Checks every item with the same [`service::check_normalized`] as a single save, against
/// facts read for the whole upload at once (funds, regions, the stored sheets of those funds
/// and their amounts), keeping each fund's running total across the items; then writes the
/// changed sheets in batches. Failed items are left out of the writes.
pub(super) fn save_all(
    conn: &mut DbConnection,
    items: &[BulkItem],
    actor: &Actor,
    lang: Lang,
    progress: &dyn Fn(),
) -> Result<Vec<ItemResult>, BulkError> {
    // Names → ids.
    let mut resolver = Resolver::default();
    let mut docs = Vec::with_capacity(items.len());
    for item in items {
        docs.push(match &item.doc {
            None => None,
            Some(doc) => {
                let mut doc = doc.clone();
                let mut issues = item.read_issues.clone();
                resolve_fund(conn, &mut resolver, item, &mut doc, &mut issues, lang)?;
                resolve_region(conn, &mut resolver, item, &mut doc, &mut issues, lang)?;
                Some((doc, issues))
            }
        });
    }

    // The facts, for every item at once.
    let fund_ids: Vec<FundId> = docs
        .iter()
        .flatten()
        .filter_map(|(d, _)| d.fund_id)
        .collect();
    let funds = funds::find_many(conn, &fund_ids)?;
    let regions: HashMap<RegionCode, regions::RegionRow> = resolver
        .regions(conn)?
        .iter()
        .map(|r| (RegionCode::from(r.code.as_str()), r.clone()))
        .collect();
    let keys = sheets::keys_of_funds(conn, &fund_ids)?;
    let mut totals: HashMap<FundId, i64> = HashMap::new();
    for k in &keys {
        *totals.entry(k.fund_id).or_default() += k.provincial_funds;
    }
    let stored_ids: HashMap<(FundId, RegionCode), SheetId> = keys
        .iter()
        .map(|k| ((k.fund_id, k.region_code.clone()), k.id))
        .collect();
    let wanted: Vec<SheetId> = docs
        .iter()
        .flatten()
        .filter_map(|(d, _)| {
            let key = (
                d.fund_id?,
                RegionCode::from(d.region_code.as_deref()?.trim()),
            );
            stored_ids.get(&key).copied()
        })
        .collect();
    let mut stored = sheets::load_ids(conn, &wanted)?;
    // Indicators of those sheets that monitoring reports refer to: an item may not remove them.
    let all_indicators: Vec<IndicatorId> = stored
        .values()
        .flat_map(|s| s.indicators.iter().map(|i| i.id))
        .collect();
    let in_use: std::collections::HashSet<IndicatorId> =
        crate::service::monitoring::indicators_in_use(conn, &all_indicators)?
            .into_iter()
            .collect();

    // Check each item in order.
    let mut results = Vec::with_capacity(items.len());
    let mut writes = Vec::new();
    let mut seen: HashMap<(FundId, RegionCode), usize> = HashMap::new();
    for (index, (item, prepared)) in items.iter().zip(docs).enumerate() {
        let failed = |key: ItemKey, issues: Vec<Issue>, sheet_id: Option<SheetId>| ItemResult {
            index,
            key,
            outcome: ItemOutcome::Failed,
            sheet_id,
            issues: issues.into_iter().map(|i| item.locate(i)).collect(),
        };
        let Some((doc, early)) = prepared else {
            results.push(failed(ItemKey::default(), item.read_issues.clone(), None));
            progress();
            continue;
        };
        let key = ItemKey {
            fund_id: doc.fund_id,
            region_code: doc
                .region_code
                .as_deref()
                .map(|c| RegionCode::from(c.trim())),
            month: None,
        };
        if early.iter().any(|i| i.severity == Severity::Error) {
            results.push(failed(key, early, None));
            progress();
            continue;
        }
        let (norm, mut issues) = sheet_domain::normalize(&doc, lang);
        issues.splice(0..0, early);
        let natural = (norm.fund_id, norm.region_code.clone());
        if let Some(first) = seen.get(&natural) {
            issues.push(Issue::error(
                IssueCode::DuplicateItem,
                "/region_code",
                lang.pick(
                    format!("本次上传的第 {first} 项已是同一专项资金、同一地区的表"),
                    format!("item {first} of this upload has the same fund and region"),
                ),
            ));
        }
        if !norm.region_code.is_empty() {
            if let Err(refusal) = actor.principal.require_region(&norm.region_code) {
                issues.push(Issue::error(
                    IssueCode::RegionNotPermitted,
                    "/region_code",
                    lang.pick(refusal.zh, refusal.en),
                ));
            }
        }
        let existing = stored_ids.get(&natural).and_then(|id| stored.get(id));
        let fund = doc.fund_id.and_then(|id| funds.get(&id));
        let region = sheet_domain::is_region_code(&norm.region_code)
            .then(|| regions.get(&norm.region_code))
            .flatten();
        let own = existing.map_or(0, |s| s.provincial_funds.yuan());
        let others = match fund {
            Some(f) if f.total_provincial_funds.is_some() => {
                Money::from_yuan(totals.get(&f.id).copied().unwrap_or(0) - own)
            }
            _ => Money::ZERO,
        };
        let facts = SheetFacts {
            fund,
            region,
            same_key: None,
            others_provincial_funds: others,
        };
        let mut checked = service::check_normalized(&doc, norm, issues, existing, &facts, lang);
        if let Some(s) = existing.filter(|s| s.normalized() != checked.norm) {
            if let Some((zh, en)) = edit_refusal(s.status, s.id) {
                checked.issues.push(Issue::error(
                    IssueCode::SheetNotEditable,
                    "/region_code",
                    lang.pick(zh, en),
                ));
            }
        }
        if let Some(s) = existing {
            let kept: std::collections::HashSet<IndicatorId> = checked
                .norm
                .indicators
                .iter()
                .filter_map(|i| i.id)
                .collect();
            for gone in s
                .indicators
                .iter()
                .filter(|i| in_use.contains(&i.id) && !kept.contains(&i.id))
            {
                checked
                    .issues
                    .push(crate::service::monitoring::in_use_issue(gone, lang));
            }
        }
        let errors = checked.issues.iter().any(|i| i.severity == Severity::Error);
        let sheet_id = existing.map(|s| s.id);
        if errors {
            results.push(failed(key, checked.issues, sheet_id));
            progress();
            continue;
        }
        seen.insert(natural, index);
        let outcome = match existing {
            Some(s) if s.normalized() == checked.norm => ItemOutcome::Unchanged,
            Some(_) => ItemOutcome::Updated,
            None => ItemOutcome::Created,
        };
        if let Some(f) = fund {
            *totals.entry(f.id).or_default() += checked.norm.provincial_funds.yuan() - own;
        }
        results.push(ItemResult {
            index,
            key,
            outcome,
            sheet_id,
            issues: checked.issues.into_iter().map(|i| item.locate(i)).collect(),
        });
        match (outcome, sheet_id) {
            (ItemOutcome::Created, _) => writes.push(Write::Create {
                index,
                norm: checked.norm,
                targets: checked.targets,
                names: Box::new((
                    fund.map(|f| f.name.clone()).unwrap_or_default(),
                    fund.map(|f| f.year).unwrap_or_default(),
                    region.map(|r| r.name.clone()).unwrap_or_default(),
                )),
            }),
            (ItemOutcome::Updated, Some(id)) => writes.push(Write::Update {
                index,
                stored: Box::new(stored.remove(&id).ok_or_else(|| {
                    ServiceError::internal("a stored sheet went missing during the upload")
                })?),
                norm: checked.norm,
                targets: checked.targets,
            }),
            _ => {}
        }
        progress();
    }

    write_all(conn, writes, &mut results, actor)?;
    Ok(results)
}
