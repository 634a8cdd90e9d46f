//! The checked sheets of an upload written in batches: new sheets, changed ones with their
//! version check, their indicators, and a revision each.

use std::collections::HashMap;

use super::{BulkError, ItemResult};
use crate::db::{self, revisions, sheets, DbConnection};
use crate::domain::revision::RevisionAction;
use crate::domain::sheet::{self as sheet_domain, Indicator, NormalizedSheet, Sheet};
use crate::domain::target::TargetParsed;
use crate::domain::{IndicatorId, SheetId};
use crate::error::ServiceError;
use crate::service::{self, Actor};

/// A sheet to write once every item is checked.
pub(super) enum Write {
    Create {
        index: usize,
        norm: NormalizedSheet,
        targets: Vec<Option<TargetParsed>>,
        /// The fund's name and year, and the region's name, for the revision's snapshot.
        names: Box<(String, i32, String)>,
    },
    Update {
        index: usize,
        stored: Box<Sheet>,
        norm: NormalizedSheet,
        targets: Vec<Option<TargetParsed>>,
    },
}

/// Writes the checked sheets: new ones in batches, changed ones each with its version check,
/// then all their indicators and revisions in batches, every row stamped `now` (one moment for
/// the whole upload).
pub(super) fn write_all(
    conn: &mut DbConnection,
    writes: Vec<Write>,
    results: &mut [ItemResult],
    actor: &Actor,
    now: chrono::NaiveDateTime,
) -> Result<(), BulkError> {
    if writes.is_empty() {
        return Ok(());
    }
    let mut new_rows = Vec::new();
    for w in &writes {
        match w {
            Write::Create { norm, .. } => new_rows.push((
                norm.fund_id,
                &norm.region_code,
                sheets::SheetChanges::new(norm, 1, now),
            )),
            Write::Update { stored, norm, .. } => {
                let changes = sheets::SheetChanges::new(norm, stored.version + 1, now);
                if sheets::update(conn, stored.id, stored.version, &changes)? == 0 {
                    return Err(BulkError::Service(ServiceError::TransactionConflict));
                }
            }
        }
    }
    let created = if new_rows.is_empty() {
        HashMap::new()
    } else {
        sheets::insert_many(conn, &new_rows, now)?
    };
    // Indicators: matched ones updated in place, new ones inserted, those not sent deleted.
    let mut plan = sheets::IndicatorWrites::default();
    let mut ids = Vec::with_capacity(writes.len());
    for w in &writes {
        let (index, id, norm, targets, stored): (_, _, _, _, &[Indicator]) = match w {
            Write::Create {
                index,
                norm,
                targets,
                ..
            } => {
                let id = created
                    .get(&(norm.fund_id, norm.region_code.clone()))
                    .copied()
                    .ok_or_else(|| ServiceError::internal("a new sheet has no id"))?;
                (*index, id, norm, targets, &[])
            }
            Write::Update {
                index,
                stored,
                norm,
                targets,
            } => (*index, stored.id, norm, targets, &stored.indicators),
        };
        results[index].sheet_id = Some(id);
        plan.plan(id, stored, norm, targets);
        ids.push(id);
    }
    plan.apply(conn)?;
    let mut indicator_ids = sheets::indicator_ids(conn, &ids)?;
    let mut history = Vec::with_capacity(writes.len());
    for (w, id) in writes.iter().zip(ids) {
        let (sheet, action) = written(w, id, now, indicator_ids.remove(&id).unwrap_or_default());
        history.push(service::revision_row(&sheet, action, actor, None, now)?);
    }
    revisions::insert(conn, &history)?;
    Ok(())
}

/// The sheet as stored by a write (what `GET` now returns), for its revision; built from what
/// the upload already knows rather than read back.
fn written(
    w: &Write,
    id: SheetId,
    now: chrono::NaiveDateTime,
    indicator_ids: Vec<IndicatorId>,
) -> (Sheet, RevisionAction) {
    let (norm, targets) = match w {
        Write::Create { norm, targets, .. } | Write::Update { norm, targets, .. } => {
            (norm, targets)
        }
    };
    // As `GET` reads it: deadlines without a year in the fund's year.
    let indicators = |year: i32| {
        norm.indicators
            .iter()
            .zip(targets)
            .zip(&indicator_ids)
            .map(|((i, parsed), id)| Indicator {
                id: *id,
                level1: i.level1.clone(),
                level2: i.level2.clone(),
                name: i.name.clone(),
                target: i.target.clone(),
                target_parsed: parsed.clone().map(|p| p.with_year(year)),
            })
            .collect()
    };
    let base = |fund_name: String, year: i32, region_name: String| Sheet {
        id,
        fund_id: norm.fund_id,
        fund_name,
        year,
        region_code: norm.region_code.clone(),
        region_name,
        departments: norm.departments.clone(),
        provincial_funds: norm.provincial_funds,
        matching_funds: norm.matching_funds,
        matching_funds_note: norm.matching_funds_note.clone(),
        overall_goal: norm.overall_goal.clone(),
        indicators: indicators(year),
        status: sheet_domain::SheetStatus::Draft,
        status_reason: None,
        version: 1,
        created_at: db::utc(now),
        updated_at: db::utc(now),
        warnings: None,
    };
    match w {
        Write::Create { names, .. } => {
            let (fund_name, year, region_name) = (**names).clone();
            (base(fund_name, year, region_name), RevisionAction::Create)
        }
        Write::Update { stored, .. } => {
            let mut sheet = base(
                stored.fund_name.clone(),
                stored.year,
                stored.region_name.clone(),
            );
            sheet.status = stored.status;
            sheet.status_reason = stored.status_reason.clone();
            sheet.version = stored.version + 1;
            sheet.created_at = stored.created_at;
            (sheet, RevisionAction::Update)
        }
    }
}
