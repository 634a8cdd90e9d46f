//! Bulk upload: many sheets at once, upserted by their natural key (fund, region), atomically
//! or each on its own, for real or as a dry run, with an idempotency key so that a retried
//! upload is applied once.
//!
//! Each item is checked by the same rules as a single save ([`service::check_normalized`]),
//! against facts read once for the whole upload; the items that pass are then written together
//! in batches (sheets, indicators, revisions), all in one write transaction.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use crate::db::{
    self, funds, idempotency, regions, revisions, sheets, DbConnection, DbError, Retryable,
};
use crate::domain::revision::RevisionAction;
use crate::domain::sheet::Indicator;
use crate::domain::sheet::{self as sheet_domain, NormalizedSheet, Sheet, SheetDocument};
use crate::domain::target::TargetParsed;
use crate::domain::taxonomy::normalize_label;
use crate::domain::workflow::edit_refusal;
use crate::domain::{FundId, IndicatorId, Money, RegionCode, SheetId};
use crate::domain::{Issue, IssueCode, Lang, Severity};
use crate::error::ServiceError;
use crate::exchange::{self, Location, ReadError, ReadOutcome, SheetRecord};
use crate::service::{self, Actor, SheetFacts};

/// At most this many sheets in one upload.
pub const MAX_BULK_ITEMS: usize = 10_000;
/// At most this many bytes in one upload body (32 MiB).
pub const MAX_BULK_BYTES: usize = 32 * 1024 * 1024;
/// At most this many bytes unpacked from an `.xlsx` or `.docx` upload (128 MiB).
pub const MAX_UNPACKED_BYTES: u64 = 128 * 1024 * 1024;
/// Media type of Excel workbooks.
pub use crate::exchange::XLSX;
/// Media type of Word documents.
pub const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The media types an upload may have: JSON, NDJSON, CSV and Excel (one row per indicator, or
/// an Excel sheet in the printed 附件2 layout), the 附件2 forms as text (`text/plain`, UTF-8)
/// and as Word documents.
pub const MEDIA_TYPES: &[&str] = &[
    "application/json",
    "application/x-ndjson",
    "text/csv",
    exchange::XLSX,
    "text/plain",
    DOCX,
];

/// The media type of an upload file, from its extension.
pub fn media_type_of(path: &std::path::Path) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "json" => Some("application/json"),
        "ndjson" | "jsonl" => Some("application/x-ndjson"),
        "csv" => Some("text/csv"),
        "xlsx" => Some(exchange::XLSX),
        "txt" => Some("text/plain"),
        "docx" => Some(DOCX),
        _ => None,
    }
}

/// Idempotency keys are kept this many hours.
pub const IDEMPOTENCY_HOURS: i64 = 24;

/// All or nothing, or each sheet on its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum BulkMode {
    /// One transaction: every sheet is saved, or none is (422 with the summary).
    #[default]
    Atomic,
    /// Each sheet on its own: the good ones are saved, the bad ones reported.
    Partial,
}

/// One sheet of an upload, as read from its format, before fund and region are resolved.
#[derive(Debug, Clone, Default)]
pub struct BulkItem {
    /// The document; `None` when the item could not be read at all.
    pub doc: Option<SheetDocument>,
    /// Fund name, used when the document has no `fund_id`.
    pub fund_name: Option<String>,
    /// Fund year, narrowing `fund_name`.
    pub year: Option<i32>,
    /// Region name or short name, used when the document has no `region_code`.
    pub region_name: Option<String>,
    /// Where each value came from in a file (JSON Pointer → row and column).
    pub locations: BTreeMap<String, Location>,
    /// Problems found while reading the item (its shape, its cells).
    pub read_issues: Vec<Issue>,
}

impl BulkItem {
    /// An item from a JSON object: a sheet document, where `fund_name` (+ `year`) and
    /// `region_name` may stand in for `fund_id` and `region_code` — so what `GET` and the JSON
    /// export return can be uploaded as it is.
    pub fn from_json(value: Value, lang: Lang) -> Self {
        let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_string);
        let fund_name = text("fund_name");
        let region_name = text("region_name");
        let year = value
            .get("year")
            .and_then(Value::as_i64)
            .and_then(|y| i32::try_from(y).ok());
        match crate::json::from_value::<SheetDocument>(value) {
            Ok(doc) => BulkItem {
                doc: Some(doc),
                fund_name,
                year,
                region_name,
                ..Default::default()
            },
            Err(e) => BulkItem {
                read_issues: e.issues(lang),
                ..Default::default()
            },
        }
    }

    /// An item from a record read from a file.
    pub fn from_record(record: SheetRecord) -> Self {
        use crate::domain::money::MoneyInput;
        use crate::domain::sheet::IndicatorDocument;
        let doc = SheetDocument {
            fund_id: record.fund_id.map(FundId::new),
            region_code: record.region_code,
            departments: Some(record.departments),
            provincial_funds: record.provincial_funds.map(MoneyInput::Text),
            matching_funds: record.matching_funds.map(MoneyInput::Text),
            matching_funds_note: record.matching_funds_note,
            overall_goal: record.overall_goal,
            indicators: Some(
                record
                    .indicators
                    .into_iter()
                    .map(|i| IndicatorDocument {
                        // Files match indicators by name (SPEC §5.0).
                        id: None,
                        level1: Some(i.level1),
                        level2: Some(i.level2),
                        name: Some(i.name),
                        target: Some(i.target),
                        target_parsed: None,
                    })
                    .collect(),
            ),
            ..Default::default()
        };
        BulkItem {
            doc: Some(doc),
            fund_name: record.fund_name,
            year: record.year,
            region_name: record.region_name,
            locations: record.locations,
            read_issues: Vec::new(),
        }
    }

    /// Gives an issue the row and column of the value its path points at (or of the nearest
    /// enclosing value, or of the record itself).
    fn locate(&self, mut issue: Issue) -> Issue {
        // A reader's issue already says where it is (the cell it could not read).
        if self.locations.is_empty() || issue.row.is_some() {
            return issue;
        }
        let mut path = issue.path.as_str();
        let found = loop {
            if let Some(loc) = self.locations.get(path) {
                break Some(loc);
            }
            match path.rfind('/') {
                Some(cut) => path = &path[..cut],
                None => break None,
            }
        };
        if let Some(loc) = found {
            issue.row = Some(loc.row);
            issue.column = (!loc.column.is_empty()).then(|| loc.column.clone());
        }
        issue
    }
}

/// What happened to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ItemOutcome {
    /// A new sheet (or, in a dry run or a refused atomic upload, one would have been created).
    Created,
    /// The stored sheet changed.
    Updated,
    /// The document equals the stored sheet: nothing written, version kept.
    Unchanged,
    /// The item has errors: nothing of it was saved.
    Failed,
}

/// The natural key of an item, as resolved.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct ItemKey {
    /// The fund, when known; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i64>)]
    pub fund_id: Option<FundId>,
    /// The region, when known; absent otherwise.
    #[schema(value_type = Option<String>, example = "430200")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region_code: Option<RegionCode>,
}

/// One item of an import summary.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ItemResult {
    /// 0-based position of the item in the upload.
    pub index: usize,
    /// Its fund and region.
    pub key: ItemKey,
    /// What happened to it.
    pub outcome: ItemOutcome,
    /// The sheet's id, when it exists (or was saved); absent otherwise, also for a sheet a dry
    /// run or a refused atomic upload would have created.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i64>)]
    pub sheet_id: Option<SheetId>,
    /// Its errors and warnings; paths are relative to the item, and for CSV, Excel and
    /// documents `row` and `column` say where in the file.
    pub issues: Vec<Issue>,
}

/// The answer to a bulk upload.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ImportSummary {
    /// `atomic` or `partial`.
    pub mode: BulkMode,
    /// True when nothing was to be saved.
    pub dry_run: bool,
    /// True when the outcomes were written (false for a dry run and a refused atomic upload:
    /// the outcomes then say what would have happened).
    pub saved: bool,
    /// Items created.
    pub created: usize,
    /// Items updated.
    pub updated: usize,
    /// Items unchanged.
    pub unchanged: usize,
    /// Items failed.
    pub failed: usize,
    /// One entry per item, in upload order.
    pub items: Vec<ItemResult>,
}

/// How an upload ends: a summary to answer with, or an error.
#[derive(Debug)]
pub enum BulkError {
    /// Roll back and answer with this summary (a dry run, or a refused atomic upload).
    Rollback(Box<ImportSummary>),
    /// Roll back and answer with this error.
    Service(ServiceError),
}

impl From<DbError> for BulkError {
    fn from(e: DbError) -> Self {
        BulkError::Service(e.into())
    }
}

impl From<diesel::result::Error> for BulkError {
    fn from(e: diesel::result::Error) -> Self {
        BulkError::Service(DbError::from(e).into())
    }
}

impl From<ServiceError> for BulkError {
    fn from(e: ServiceError) -> Self {
        BulkError::Service(e)
    }
}

impl Retryable for BulkError {
    fn is_serialization_failure(&self) -> bool {
        matches!(self, BulkError::Service(e) if e.is_serialization_failure())
    }
}

/// A stored answer to replay for a repeated `Idempotency-Key`.
#[derive(Debug, Clone)]
pub struct Replay {
    /// HTTP status of the first answer.
    pub status: u16,
    /// Its body.
    pub body: Value,
}

/// What the handler answers.
#[derive(Debug)]
pub enum BulkAnswer {
    /// A fresh summary.
    Summary(Box<ImportSummary>),
    /// The first answer to this idempotency key.
    Replayed(Replay),
}

/// The idempotency key of a request: the key and a fingerprint of what was sent with it.
#[derive(Debug, Clone)]
pub struct IdempotencyKey {
    /// The `Idempotency-Key` header.
    pub key: String,
    /// Fingerprint of method, path, query, content type and body.
    pub fingerprint: String,
}

/// Runs an upload in one write transaction: resolves each item's fund and region, checks every
/// item as a single save would (see `save_all`), writes the items that passed in batches,
/// and rolls everything back for a dry run or a refused atomic upload (in partial mode the
/// failed items are simply not written); `progress` is called after each item is checked. With
/// an idempotency key, a stored answer for the same key and request is returned instead, and a
/// new answer is stored with the writes.
#[allow(clippy::too_many_arguments)]
pub fn run(
    conn: &mut DbConnection,
    items: &[BulkItem],
    mode: BulkMode,
    dry_run: bool,
    key: Option<&IdempotencyKey>,
    actor: &Actor,
    lang: Lang,
    progress: &dyn Fn(),
) -> Result<BulkAnswer, BulkError> {
    db::write_tx(conn, |conn| {
        if let Some(k) = key {
            idempotency::forget_older_than(conn, IDEMPOTENCY_HOURS)?;
            if let Some(stored) = idempotency::find(conn, &k.key)? {
                if stored.fingerprint != k.fingerprint {
                    return Err(BulkError::Service(ServiceError::IdempotencyKeyReused {
                        key: k.key.clone(),
                    }));
                }
                let body =
                    serde_json::from_str(&stored.response).map_err(ServiceError::internal)?;
                return Ok(BulkAnswer::Replayed(Replay {
                    status: stored.status as u16,
                    body,
                }));
            }
        }
        let mut summary = ImportSummary {
            mode,
            dry_run,
            saved: !dry_run,
            created: 0,
            updated: 0,
            unchanged: 0,
            failed: 0,
            items: Vec::with_capacity(items.len()),
        };
        for result in save_all(conn, items, actor, lang, progress)? {
            match result.outcome {
                ItemOutcome::Created => summary.created += 1,
                ItemOutcome::Updated => summary.updated += 1,
                ItemOutcome::Unchanged => summary.unchanged += 1,
                ItemOutcome::Failed => summary.failed += 1,
            }
            summary.items.push(result);
        }
        if dry_run || (mode == BulkMode::Atomic && summary.failed > 0) {
            summary.saved = false;
            // Rolled back: a sheet that would have been created has no id.
            for item in &mut summary.items {
                if item.outcome == ItemOutcome::Created {
                    item.sheet_id = None;
                }
            }
            return Err(BulkError::Rollback(Box::new(summary)));
        }
        if let Some(k) = key {
            let body = serde_json::to_string(&summary).map_err(ServiceError::internal)?;
            match idempotency::store(conn, &k.key, &k.fingerprint, 200, &body) {
                Ok(_) => {}
                // A concurrent upload with the same key committed first: start again, and find
                // its answer.
                Err(diesel::result::Error::DatabaseError(
                    diesel::result::DatabaseErrorKind::UniqueViolation,
                    _,
                )) => return Err(BulkError::Service(ServiceError::TransactionConflict)),
                Err(e) => return Err(e.into()),
            }
        }
        Ok(BulkAnswer::Summary(Box::new(summary)))
    })
}

/// Funds found by (name, year): their `(id, year)` pairs.
type FundsByName = BTreeMap<(String, Option<i32>), Vec<(FundId, i32)>>;

/// Fund and region lookups, remembered for the length of one upload.
#[derive(Default)]
struct Resolver {
    funds: FundsByName,
    regions: Option<Vec<regions::RegionRow>>,
}

impl Resolver {
    fn regions(&mut self, conn: &mut DbConnection) -> Result<&[regions::RegionRow], DbError> {
        if self.regions.is_none() {
            self.regions = Some(regions::list(conn)?);
        }
        Ok(self.regions.as_deref().unwrap_or_default())
    }
}

/// A sheet to write once every item is checked.
enum Write {
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

/// Checks every item with the same [`service::check_normalized`] as a single save, against
/// facts read for the whole upload at once (funds, regions, the stored sheets of those funds
/// and their amounts), keeping each fund's running total across the items; then writes the
/// changed sheets in batches. Failed items are left out of the writes.
fn save_all(
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
        crate::db::monitoring::indicators_in_use(conn, &all_indicators)?
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
                checked.issues.push(Issue::error(
                    IssueCode::IndicatorInUse,
                    "/indicators",
                    lang.pick(
                        format!("指标“{}”（id {}）已被绩效监控报告引用，不能删除", gone.name, gone.id),
                        format!(
                            "indicator “{}” (id {}) is used by a monitoring report and cannot be removed",
                            gone.name, gone.id
                        ),
                    ),
                ));
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

/// Writes the checked sheets: new ones in batches, changed ones each with its version check,
/// then all their indicators and revisions in batches.
fn write_all(
    conn: &mut DbConnection,
    writes: Vec<Write>,
    results: &mut [ItemResult],
    actor: &Actor,
) -> Result<(), BulkError> {
    let now = db::now();
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

/// Fills `fund_id` from `fund_name` (and `year`) when the document has none.
fn resolve_fund(
    conn: &mut DbConnection,
    resolver: &mut Resolver,
    item: &BulkItem,
    doc: &mut SheetDocument,
    issues: &mut Vec<Issue>,
    lang: Lang,
) -> Result<(), DbError> {
    if doc.fund_id.is_some() {
        return Ok(());
    }
    let Some(name) = item
        .fund_name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    else {
        return Ok(()); // REQUIRED is reported by the document checks.
    };
    let cache_key = (name.to_string(), item.year);
    if !resolver.funds.contains_key(&cache_key) {
        let found = funds::find_by_name(conn, name, item.year)?;
        resolver.funds.insert(cache_key.clone(), found);
    }
    let found = &resolver.funds[&cache_key];
    match found.as_slice() {
        [(id, _)] => doc.fund_id = Some(*id),
        [] => issues.push(Issue::error(
            IssueCode::UnknownFund,
            "/fund_id",
            lang.pick(
                format!("没有名为“{name}”的专项资金"),
                format!("there is no fund named “{name}”"),
            ),
        )),
        several => issues.push(Issue::error(
            IssueCode::AmbiguousReference,
            "/fund_id",
            lang.pick(
                format!(
                    "名为“{name}”的专项资金有 {} 个，请给出 fund_id 或年度",
                    several.len()
                ),
                format!(
                    "{} funds are named “{name}”; give fund_id or the year",
                    several.len()
                ),
            ),
        )),
    }
    Ok(())
}

/// Fills `region_code` from `region_name`, or from the department names, when the document has
/// none.
fn resolve_region(
    conn: &mut DbConnection,
    resolver: &mut Resolver,
    item: &BulkItem,
    doc: &mut SheetDocument,
    issues: &mut Vec<Issue>,
    lang: Lang,
) -> Result<(), DbError> {
    if doc.region_code.is_some() {
        return Ok(());
    }
    let regions = resolver.regions(conn)?;
    if let Some(name) = item.region_name.as_deref().map(normalize_label) {
        if name.is_empty() {
            return Ok(());
        }
        match regions
            .iter()
            .find(|r| r.name == name || r.short_name == name)
        {
            Some(r) => doc.region_code = Some(r.code.clone()),
            None => issues.push(Issue::error(
                IssueCode::UnknownRegion,
                "/region_code",
                lang.pick(
                    format!("没有名为“{name}”的地区，可选值见 GET /api/v1/regions"),
                    format!("there is no region named “{name}”; see GET /api/v1/regions"),
                ),
            )),
        }
        return Ok(());
    }
    let departments = doc.departments.as_deref().unwrap_or_default();
    let from_departments: Vec<&regions::RegionRow> = regions
        .iter()
        .filter(|r| {
            departments.iter().any(|d| {
                let d = normalize_label(d);
                d.starts_with(&r.name) || d.starts_with(&r.short_name)
            })
        })
        .collect();
    match from_departments.as_slice() {
        [r] => doc.region_code = Some(r.code.clone()),
        [] if departments.is_empty() => {} // REQUIRED is reported by the document checks.
        _ => issues.push(Issue::error(
            IssueCode::UnknownRegion,
            "/region_code",
            lang.pick(
                "未给出行政区划代码或地区名称，且无法从主管部门名称判断地区".to_string(),
                "no region_code or region name, and the department names do not tell the region"
                    .to_string(),
            ),
        )),
    }
    Ok(())
}

/// Reads the items of an upload of media type `media` (one of [`MEDIA_TYPES`]).
pub fn read_upload(media: &str, body: &[u8], lang: Lang) -> Result<Vec<BulkItem>, ServiceError> {
    match media {
        "application/json" => {
            let value: Value = crate::json::parse_json(body)?;
            match value {
                Value::Array(list) => Ok(list
                    .into_iter()
                    .map(|v| BulkItem::from_json(v, lang))
                    .collect()),
                _ => Err(ServiceError::InvalidBody {
                    issue_code: IssueCode::InvalidType,
                    path: String::new(),
                    reason: "expected an array of sheet documents".into(),
                }),
            }
        }
        "application/x-ndjson" => Ok(read_ndjson(body, lang)),
        "text/csv" => items_from_outcome(exchange::csv_rows::read_csv(body), lang),
        exchange::XLSX => {
            let unreadable = |e| ServiceError::UnreadableUpload {
                issues: vec![read_error_issue(e, lang)],
            };
            let grid =
                exchange::xlsx::grid_from_xlsx(body, MAX_UNPACKED_BYTES).map_err(unreadable)?;
            if exchange::xlsx::is_form_layout(&grid) {
                items_from_outcome(exchange::form::read_forms(&[grid]), lang)
            } else {
                items_from_outcome(exchange::xlsx::read_xlsx(body, MAX_UNPACKED_BYTES), lang)
            }
        }
        "text/plain" => {
            let body = body.strip_prefix("\u{feff}".as_bytes()).unwrap_or(body);
            let text = std::str::from_utf8(body).map_err(|_| ServiceError::UnreadableUpload {
                issues: vec![Issue::error(
                    IssueCode::EncodingUnsupported,
                    "",
                    lang.pick(
                        "文件不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8 后再上传",
                        "the file is not UTF-8 (GBK, perhaps); save it as UTF-8 and upload again",
                    ),
                )],
            })?;
            let grids = exchange::grid_text::grids_from_text(text);
            items_from_outcome(exchange::form::read_forms(&grids), lang)
        }
        _ => {
            let grids = exchange::docx::grids_from_docx(body, MAX_UNPACKED_BYTES).map_err(|e| {
                ServiceError::UnreadableUpload {
                    issues: vec![read_error_issue(e, lang)],
                }
            })?;
            items_from_outcome(exchange::form::read_forms(&grids), lang)
        }
    }
}

/// An issue for a reading error, with its row and column.
fn read_error_issue(e: ReadError, lang: Lang) -> Issue {
    let mut issue = Issue::error(e.code, "", lang.pick(e.message_zh, e.message_en));
    if let Some(loc) = e.location {
        issue.row = Some(loc.row);
        issue.column = (!loc.column.is_empty()).then_some(loc.column);
    }
    issue
}

/// Items from what a file reader found: file-level errors refuse the upload (422
/// `UNREADABLE_UPLOAD`); a record's errors fail that item only.
fn items_from_outcome(outcome: ReadOutcome, lang: Lang) -> Result<Vec<BulkItem>, ServiceError> {
    let (file_errors, record_errors): (Vec<ReadError>, Vec<ReadError>) =
        outcome.errors.into_iter().partition(|e| e.record.is_none());
    if !file_errors.is_empty() {
        return Err(ServiceError::UnreadableUpload {
            issues: file_errors
                .into_iter()
                .map(|e| read_error_issue(e, lang))
                .collect(),
        });
    }
    let mut items: Vec<BulkItem> = outcome
        .records
        .into_iter()
        .map(BulkItem::from_record)
        .collect();
    for e in record_errors {
        if let Some(item) = e.record.and_then(|i| items.get_mut(i)) {
            item.read_issues.push(read_error_issue(e, lang));
        }
    }
    Ok(items)
}

/// One item per non-blank line; a line that is not JSON fails its item (with its line number)
/// and not the others.
fn read_ndjson(body: &[u8], lang: Lang) -> Vec<BulkItem> {
    let mut items = Vec::new();
    for (n, line) in body.split(|b| *b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let row = u32::try_from(n + 1).unwrap_or(u32::MAX);
        let mut item = match serde_json::from_slice::<Value>(line) {
            Ok(value) => BulkItem::from_json(value, lang),
            Err(e) => BulkItem {
                read_issues: vec![Issue::error(
                    IssueCode::ValueInvalid,
                    "",
                    lang.pick(
                        format!("第 {row} 行不是合法的 JSON：{e}"),
                        format!("line {row} is not valid JSON: {e}"),
                    ),
                )],
                ..Default::default()
            },
        };
        for issue in &mut item.read_issues {
            issue.row = Some(row);
        }
        item.locations.insert(
            String::new(),
            crate::exchange::Location {
                row,
                column: String::new(),
            },
        );
        items.push(item);
    }
    items
}
