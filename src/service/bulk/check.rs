//! Every item of an upload checked by the same rules as a single save, against facts read once
//! for the whole upload.

use std::collections::{HashMap, HashSet};

use super::resolve::{resolve_fund, resolve_region, Resolver};
use super::write::{write_all, Write};
use super::{BulkError, BulkItem, ItemKey, ItemOutcome, ItemResult};
use crate::db::{self, funds, regions, sheets, DbConnection};
use crate::domain::sheet as sheet_domain;
use crate::domain::workflow::edit_refusal;
use crate::domain::{
    FundId, IndicatorId, Issue, IssueCode, Lang, Money, RegionCode, Severity, SheetId,
};
use crate::error::ServiceError;
use crate::service::{self, Actor, SheetFacts};

/// Items checked, and their sheets written, this many at a time: the stored sheets they
/// replace are read a chunk at a time and let go once written, so an upload never holds every
/// stored sheet at once.
const CHUNK_ITEMS: usize = 500;

/// An item's fund and region as resolved from names, and the issues found so far.
struct Resolved {
    fund_id: Option<FundId>,
    region_code: Option<String>,
    issues: Vec<Issue>,
}

/// The stored sheets items replace, read a chunk at a time, and which of their indicators
/// monitoring reports refer to (an item may not remove those).
struct Stored {
    /// Sheets the upload's items name, by id: those of the chunk being checked.
    sheets: HashMap<SheetId, sheet_domain::Sheet>,
    /// Every sheet an item of the upload names (ids only).
    wanted: HashSet<SheetId>,
    /// Sheets already replaced by an earlier item: a later item with the same key finds none
    /// (it is a duplicate).
    taken: HashSet<SheetId>,
    in_use: HashSet<IndicatorId>,
}

impl Stored {
    /// Reads the sheets `ids` (those not replaced yet), and which of their indicators are in
    /// use.
    fn read(&mut self, conn: &mut DbConnection, ids: &[SheetId]) -> Result<(), BulkError> {
        let ids: Vec<SheetId> = ids
            .iter()
            .copied()
            .filter(|id| !self.taken.contains(id) && !self.sheets.contains_key(id))
            .collect();
        if ids.is_empty() {
            return Ok(());
        }
        let read = sheets::load_ids(conn, &ids)?;
        let indicators: Vec<IndicatorId> = read
            .values()
            .flat_map(|s| s.indicators.iter().map(|i| i.id))
            .collect();
        self.in_use
            .extend(crate::service::monitoring::indicators_in_use(
                conn,
                &indicators,
            )?);
        self.sheets.extend(read);
        Ok(())
    }

    /// `id`, if an item of the upload names that stored sheet and no earlier item replaced it;
    /// the sheet is then in [`Stored::sheets`] (read now if it was not read with its chunk).
    fn find(
        &mut self,
        conn: &mut DbConnection,
        id: Option<SheetId>,
    ) -> Result<Option<SheetId>, BulkError> {
        let Some(id) = id.filter(|id| self.wanted.contains(id) && !self.taken.contains(id)) else {
            return Ok(None);
        };
        self.read(conn, &[id])?;
        Ok(Some(id))
    }
}

/// Checks every item with the same [`service::check_normalized`] as a single save, against
/// facts read for the whole upload at once (funds, regions, the keys and amounts of the stored
/// sheets of those funds), keeping each fund's running total across the items; the stored
/// sheets the items replace are read, and the changed sheets written in batches, a chunk of
/// [`CHUNK_ITEMS`] items at a time (all in the upload's one transaction). Failed items are left
/// out of the writes.
pub(super) fn save_all(
    conn: &mut DbConnection,
    items: &[BulkItem],
    actor: &Actor,
    lang: Lang,
    progress: &dyn Fn(),
) -> Result<Vec<ItemResult>, BulkError> {
    // Names → ids (the documents are not copied: each is copied once, while it is checked).
    let mut resolver = Resolver::default();
    let mut resolved = Vec::with_capacity(items.len());
    for item in items {
        resolved.push(match &item.doc {
            None => None,
            Some(doc) => {
                let mut issues = item.read_issues.clone();
                let fund_id = resolve_fund(conn, &mut resolver, item, doc, &mut issues, lang)?;
                let region_code =
                    resolve_region(conn, &mut resolver, item, doc, &mut issues, lang)?;
                Some(Resolved {
                    fund_id,
                    region_code,
                    issues,
                })
            }
        });
    }

    // The facts, for every item at once.
    let fund_ids: Vec<FundId> = resolved
        .iter()
        .flatten()
        .filter_map(|r| r.fund_id)
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
    drop(keys);
    let wanted_by = |r: &Resolved| {
        let key = (
            r.fund_id?,
            RegionCode::from(r.region_code.as_deref()?.trim()),
        );
        stored_ids.get(&key).copied()
    };
    let mut stored = Stored {
        sheets: HashMap::new(),
        wanted: resolved.iter().flatten().filter_map(wanted_by).collect(),
        taken: HashSet::new(),
        in_use: HashSet::new(),
    };

    // Check each item in order, a chunk at a time.
    let now = db::now();
    let mut results = Vec::with_capacity(items.len());
    let mut seen: HashMap<(FundId, RegionCode), usize> = HashMap::new();
    for first in (0..items.len()).step_by(CHUNK_ITEMS) {
        let end = (first + CHUNK_ITEMS).min(items.len());
        let chunk: Vec<SheetId> = resolved[first..end]
            .iter()
            .flatten()
            .filter_map(wanted_by)
            .collect();
        stored.sheets.clear();
        stored.read(conn, &chunk)?;
        let mut writes = Vec::new();
        for index in first..end {
            let item = &items[index];
            let failed = |key: ItemKey, issues: Vec<Issue>, sheet_id: Option<SheetId>| ItemResult {
                index,
                key,
                outcome: ItemOutcome::Failed,
                sheet_id,
                issues: issues.into_iter().map(|i| item.locate(i)).collect(),
            };
            let (Some(source), Some(resolution)) = (&item.doc, resolved[index].take()) else {
                results.push(failed(ItemKey::default(), item.read_issues.clone(), None));
                progress();
                continue;
            };
            let Resolved {
                fund_id,
                region_code,
                issues: early,
            } = resolution;
            let key = ItemKey {
                fund_id,
                region_code: region_code.as_deref().map(|c| RegionCode::from(c.trim())),
                month: None,
            };
            if early.iter().any(|i| i.severity == Severity::Error) {
                results.push(failed(key, early, None));
                progress();
                continue;
            }
            let mut doc = source.clone();
            doc.fund_id = fund_id;
            doc.region_code = region_code;
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
            let existing = stored
                .find(conn, stored_ids.get(&natural).copied())?
                .and_then(|id| stored.sheets.get(&id));
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
            drop(doc);
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
                let kept: HashSet<IndicatorId> = checked
                    .norm
                    .indicators
                    .iter()
                    .filter_map(|i| i.id)
                    .collect();
                for gone in s
                    .indicators
                    .iter()
                    .filter(|i| stored.in_use.contains(&i.id) && !kept.contains(&i.id))
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
                (ItemOutcome::Updated, Some(id)) => {
                    stored.taken.insert(id);
                    writes.push(Write::Update {
                        index,
                        stored: Box::new(stored.sheets.remove(&id).ok_or_else(|| {
                            ServiceError::internal("a stored sheet went missing during the upload")
                        })?),
                        norm: checked.norm,
                        targets: checked.targets,
                    })
                }
                _ => {}
            }
            progress();
        }
        write_all(conn, writes, &mut results, actor, now)?;
    }
    Ok(results)
}
