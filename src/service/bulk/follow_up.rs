//! Bulk uploads of monitoring reports and self-evaluations (SPEC §5.4): the items read from
//! JSON, NDJSON, CSV or Excel, each keyed by its sheet (fund and region, or `sheet_id` alone)
//! and, for reports, its month, then checked by the checks of a single `PUT`
//! ([`crate::service::monitoring::check_report`],
//! [`crate::service::evaluation::check_evaluation`]) against facts read once for the whole
//! upload (the checks read nothing, so they run on the machine's cores at once, see
//! [`super::parallel`]), and the items that passed written together through the write of a single `PUT`
//! ([`crate::service::monitoring::write_reports`],
//! [`crate::service::evaluation::write_evaluations`]), inside the upload's transaction and frame
//! ([`super::run_with`]: modes, dry run, idempotency, the summary). A failed item writes
//! nothing: every check comes before the writes.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde_json::Value;

use super::read::read_error_issue;
use super::resolve::{fund_by_name, region_by_name, Resolver};
use super::{
    BulkAnswer, BulkError, BulkMode, IdempotencyKey, ItemKey, ItemOutcome, ItemResult, Upload,
    MAX_UNPACKED_BYTES,
};
use crate::db::evaluations::{self as evaluations_db, StoredEvaluation};
use crate::db::monitoring::{self as reports_db, StoredReport};
use crate::db::{self, sheets, DbConnection};
use crate::domain::evaluation::EvaluationDocument;
use crate::domain::monitoring::ReportDocument;
use crate::domain::scoring::Scheme;
use crate::domain::sheet::Sheet;
use crate::domain::{FundId, Issue, IssueCode, Lang, RegionCode, Severity, SheetId};
use crate::error::{ProblemCode, ServiceError};
use crate::exchange::flat::LabelStyle;
use crate::exchange::table::{self, TableItem, TableOutcome};
use crate::exchange::{self, follow_up, follow_up_form, Location};
use crate::service::monitoring::{WriteCondition, MONTHS};
use crate::service::{evaluation, files, monitoring, Actor, Outcome, WriteCheck};

/// What an upload holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowUpKind {
    /// Monitoring reports (`POST /monitoring/bulk`).
    Monitoring,
    /// Self-evaluations (`POST /self-evaluations/bulk`).
    SelfEvaluation,
}

impl FollowUpKind {
    fn layout(self) -> &'static table::Layout {
        match self {
            FollowUpKind::Monitoring => &follow_up::REPORTS,
            FollowUpKind::SelfEvaluation => &follow_up::EVALUATIONS,
        }
    }

    /// What one item is called in messages.
    fn noun(self, lang: Lang) -> &'static str {
        match self {
            FollowUpKind::Monitoring => lang.pick("绩效监控报告", "monitoring report"),
            FollowUpKind::SelfEvaluation => lang.pick("绩效自评", "self-evaluation"),
        }
    }
}

/// The media types a report or evaluation upload may have.
pub const FOLLOW_UP_MEDIA_TYPES: &[&str] = &[
    "application/json",
    "application/x-ndjson",
    "text/csv",
    exchange::XLSX,
];

/// The document of an item, as read.
#[derive(Debug, Clone)]
enum Body {
    /// From JSON: a report, indicators by `indicator_id` (read into its type at once: a JSON
    /// value tree weighs several times the document).
    Report(Box<ReportDocument>),
    /// From JSON: an evaluation, indicators by `indicator_id`.
    Evaluation(Box<EvaluationDocument>),
    /// From JSON that is not a document of its kind: the issues saying why.
    Unreadable(Vec<Issue>),
    /// From a file: rows, indicators by 一级/二级/三级.
    Table(TableItem),
}

/// One report or evaluation of an upload, as read, before its sheet is found.
#[derive(Debug, Clone)]
pub struct FollowUpItem {
    body: Option<Body>,
    sheet_id: Option<i64>,
    fund_id: Option<i64>,
    fund_name: Option<String>,
    year: Option<i32>,
    region_code: Option<String>,
    region_name: Option<String>,
    month: Option<String>,
    locations: BTreeMap<String, Location>,
    read_issues: Vec<Issue>,
}

impl FollowUpItem {
    fn empty() -> Self {
        FollowUpItem {
            body: None,
            sheet_id: None,
            fund_id: None,
            fund_name: None,
            year: None,
            region_code: None,
            region_name: None,
            month: None,
            locations: BTreeMap::new(),
            read_issues: Vec::new(),
        }
    }

    /// An item from a JSON object: the document as `GET` returns it (or as `PUT` takes it),
    /// with its key: `fund_id` (or `fund_name` and `year`) and `region_code` (or
    /// `region_name`), or `sheet_id` alone (see [`FollowUpItem::sheet_id_only`]); `month` for a
    /// report. The key fields are taken out of the document.
    fn from_json(mut value: Value, kind: FollowUpKind, lang: Lang) -> Self {
        let mut item = FollowUpItem::empty();
        let Some(object) = value.as_object_mut() else {
            item.read_issues.push(Issue::error(
                IssueCode::InvalidType,
                "",
                lang.pick(
                    format!("每一项应为一个{}对象", kind.noun(lang)),
                    format!("each item must be a {} object", kind.noun(lang)),
                ),
            ));
            return item;
        };
        let text = |v: Option<Value>| match v {
            Some(Value::String(s)) => Some(s),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        // Key fields no document has: taken out.
        item.fund_id = object.remove("fund_id").and_then(|v| v.as_i64());
        item.fund_name = text(object.remove("fund_name"));
        item.year = object
            .remove("year")
            .and_then(|v| v.as_i64())
            .and_then(|y| i32::try_from(y).ok());
        item.region_code = text(object.remove("region_code"));
        item.region_name = text(object.remove("region_name"));
        // Read-only fields of the documents: read, and left for the document to ignore.
        item.sheet_id = object.get("sheet_id").and_then(Value::as_i64);
        item.month = match kind {
            FollowUpKind::Monitoring => text(object.get("month").cloned()),
            FollowUpKind::SelfEvaluation => None,
        };
        item.body = Some(match kind {
            FollowUpKind::Monitoring => match crate::json::from_value::<ReportDocument>(value) {
                Ok(doc) => Body::Report(Box::new(doc)),
                Err(e) => Body::Unreadable(e.issues(lang)),
            },
            FollowUpKind::SelfEvaluation => {
                match crate::json::from_value::<EvaluationDocument>(value) {
                    Ok(doc) => Body::Evaluation(Box::new(doc)),
                    Err(e) => Body::Unreadable(e.issues(lang)),
                }
            }
        });
        item
    }

    /// An item from rows of a file.
    fn from_table(mut table: TableItem) -> Self {
        let mut item = FollowUpItem::empty();
        let mut take = |key: &str| table.values.remove(key);
        item.fund_id = take("fund_id").and_then(|v| v.parse().ok());
        item.fund_name = take("fund_name");
        item.year = take("year").and_then(|v| v.parse().ok());
        item.region_code = take("region_code");
        item.region_name = take("region_name");
        item.month = take("month");
        item.locations = std::mem::take(&mut table.locations);
        item.body = Some(Body::Table(table));
        item
    }

    /// The `sheet_id` that names the item's sheet: only when the item does not name both its
    /// fund and its region (those are the key; a `sheet_id` beside them must agree with them).
    fn sheet_id_only(&self) -> Option<i64> {
        let names_key = (self.fund_id.is_some() || self.fund_name.is_some())
            && (self.region_code.is_some() || self.region_name.is_some());
        self.sheet_id.filter(|_| !names_key)
    }

    /// An issue with the row and column of the value its path points at.
    fn locate(&self, issue: Issue) -> Issue {
        super::read::locate(&self.locations, None, issue)
    }
}

/// The items of a JSON body read whole (one that does not start as an array): an array's
/// elements, or 400 `INVALID_BODY` for anything else.
fn json_document(
    value: Value,
    kind: FollowUpKind,
    lang: Lang,
) -> Result<Vec<FollowUpItem>, ServiceError> {
    match value {
        Value::Array(list) => Ok(list
            .into_iter()
            .map(|v| FollowUpItem::from_json(v, kind, lang))
            .collect()),
        _ => Err(ServiceError::InvalidBody {
            issue_code: IssueCode::InvalidType,
            path: String::new(),
            reason: format!("expected an array of {} documents", kind.noun(Lang::En)),
        }),
    }
}

/// Reads the items of a report or evaluation upload of media type `media` (one of
/// [`FOLLOW_UP_MEDIA_TYPES`]).
pub fn read_follow_up_upload(
    kind: FollowUpKind,
    media: &str,
    body: &[u8],
    lang: Lang,
) -> Result<Vec<FollowUpItem>, ServiceError> {
    let unreadable = |e| ServiceError::UnreadableUpload {
        issues: vec![read_error_issue(e, lang)],
    };
    match media {
        "application/json" => {
            // Element by element: the array is never held whole as JSON values.
            let each =
                |v| crate::json::strict_value(v).map(|v| FollowUpItem::from_json(v, kind, lang));
            if let Some(items) = super::read::json_array(body, each)? {
                return items.into_iter().collect();
            }
            json_document(crate::json::parse_json_value(body)?, kind, lang)
        }
        "application/x-ndjson" => Ok(super::read::ndjson_values(body, lang)
            .map(|(row, value)| {
                let mut item = match value {
                    Ok(v) => FollowUpItem::from_json(v, kind, lang),
                    Err(issue) => {
                        let mut item = FollowUpItem::empty();
                        item.read_issues.push(issue);
                        item
                    }
                };
                for issue in &mut item.read_issues {
                    issue.row = Some(row);
                }
                item.locations.insert(
                    String::new(),
                    Location {
                        row,
                        column: String::new(),
                    },
                );
                item
            })
            .collect()),
        "text/csv" => {
            let grid = exchange::csv_rows::grid_from_csv(body).map_err(unreadable)?;
            from_outcome(
                table::read_grid(kind.layout(), &grid, LabelStyle::HeaderName),
                lang,
            )
        }
        _ => {
            let grid =
                exchange::xlsx::grid_from_xlsx(body, MAX_UNPACKED_BYTES).map_err(unreadable)?;
            // A workbook in the printed form of its kind is read as that form.
            let outcome = match kind {
                FollowUpKind::Monitoring if follow_up_form::is_report_form(&grid) => {
                    follow_up_form::read_report_form(&grid)
                }
                FollowUpKind::SelfEvaluation if follow_up_form::is_evaluation_form(&grid) => {
                    follow_up_form::read_evaluation_form(&grid)
                }
                _ => table::read_grid(kind.layout(), &grid, LabelStyle::Letter),
            };
            from_outcome(outcome, lang)
        }
    }
}

/// Items from what the table reader found: file-level errors refuse the upload (422
/// `UNREADABLE_UPLOAD`); an item's errors fail that item only.
fn from_outcome(outcome: TableOutcome, lang: Lang) -> Result<Vec<FollowUpItem>, ServiceError> {
    let (file_errors, item_errors): (Vec<_>, Vec<_>) =
        outcome.errors.into_iter().partition(|e| e.record.is_none());
    if !file_errors.is_empty() {
        return Err(ServiceError::UnreadableUpload {
            issues: file_errors
                .into_iter()
                .map(|e| read_error_issue(e, lang))
                .collect(),
        });
    }
    let mut items: Vec<FollowUpItem> = outcome
        .items
        .into_iter()
        .map(FollowUpItem::from_table)
        .collect();
    for e in item_errors {
        if let Some(item) = e.record.and_then(|i| items.get_mut(i)) {
            item.read_issues.push(read_error_issue(e, lang));
        }
    }
    Ok(items)
}

/// Runs an upload of reports or evaluations in one write transaction (see [`super::run`] for the
/// frame): the facts of every item read at once (see `Facts`), then each item's sheet found,
/// its document read and checked as a single `PUT` checks it
/// (`monitoring::check_report`, `evaluation::check_evaluation`), and the items that passed
/// written together in batches through the same write as a `PUT`
/// (`monitoring::write_reports`, `evaluation::write_evaluations`). The checks run on
/// several threads when the upload is large enough; `progress` is called after each item is
/// checked, from the thread that checked it.
#[allow(clippy::too_many_arguments)]
pub fn run_follow_up(
    conn: &mut DbConnection,
    kind: FollowUpKind,
    items: &[FollowUpItem],
    mode: BulkMode,
    dry_run: bool,
    key: Option<&IdempotencyKey>,
    actor: &Actor,
    lang: Lang,
    progress: &(dyn Fn() + Sync),
) -> Result<BulkAnswer, BulkError> {
    let upload = Upload {
        mode,
        dry_run,
        key,
        new_ids: false,
    };
    super::run_with(conn, &upload, |conn| {
        let mut resolver = Resolver::default();
        let now = db::now();
        // A second item for the same sheet (and month) is refused, across the whole upload.
        let mut seen: HashSet<(SheetId, u32)> = HashSet::new();
        let mut results = Vec::with_capacity(items.len());
        // A part of the items at a time, so that what is held besides the items themselves (the
        // facts, the checks, the rows to write) does not grow with the upload; in one
        // transaction all the same.
        for (part, chunk) in items.chunks(FOLLOW_UP_PART).enumerate() {
            let mut facts = Facts::read(conn, kind, chunk, &mut resolver, lang)?;
            // Each item's sheet, in order: a name not read with the facts is looked up here.
            let mut found = Vec::with_capacity(chunk.len());
            for item in chunk {
                let mut find = Find {
                    conn: &mut *conn,
                    kind,
                    resolver: &mut resolver,
                    facts: &mut facts,
                    seen: &mut seen,
                    lang,
                };
                found.push(find.item(item)?);
            }
            // The checks, and all that a write stores (its revision's snapshot included): work
            // on the facts alone, shared out over the machine's cores.
            let facts = &facts;
            let checked = super::parallel::map(found, |found| {
                let checked = check(found, facts, actor, now, lang);
                progress();
                checked
            });
            let (mut reports, mut evaluations) = (Vec::new(), Vec::new());
            for (k, checked) in checked.into_iter().enumerate() {
                let Checked { result, write } = checked?;
                let index = part * FOLLOW_UP_PART + k;
                results.push(ItemResult { index, ..result });
                match write {
                    Some(Pending::Report(w)) => reports.push(w),
                    Some(Pending::Evaluation(w)) => evaluations.push(w),
                    None => {}
                }
            }
            monitoring::write_reports(conn, reports, now)?;
            evaluation::write_evaluations(conn, evaluations, now)?;
        }
        Ok(results)
    })
}

/// How many items of a report or evaluation upload are found, checked and written at a time.
const FOLLOW_UP_PART: usize = 1_000;

/// What the items of an upload are checked against, read once for all of them: the sheets they
/// name (with their indicators), and the stored reports (for the months named) or evaluations
/// of those sheets with the latest versions their revisions reached, and, for evaluations, the
/// schemes of the sheets' funds.
#[derive(Default)]
struct Facts {
    /// Sheet ids by fund and region, for the funds named.
    by_key: HashMap<(FundId, RegionCode), SheetId>,
    sheets: HashMap<SheetId, Sheet>,
    reports: HashMap<(i64, i32), StoredReport>,
    report_versions: HashMap<(i64, i32), i64>,
    evaluations: HashMap<i64, StoredEvaluation>,
    evaluation_versions: HashMap<i64, i64>,
    schemes: HashMap<FundId, Scheme>,
}

impl Facts {
    /// Reads the facts of every item that has a document: a few queries whatever their number.
    fn read(
        conn: &mut DbConnection,
        kind: FollowUpKind,
        items: &[FollowUpItem],
        resolver: &mut Resolver,
        lang: Lang,
    ) -> Result<Facts, BulkError> {
        let mut facts = Facts::default();
        let mut ids = Vec::new();
        let mut keys = Vec::new();
        let mut months = BTreeSet::new();
        // Issues found here are found again, in order, when each item is checked.
        let mut ignored = Vec::new();
        for item in items
            .iter()
            .filter(|i| i.body.is_some() && i.read_issues.is_empty())
        {
            if kind == FollowUpKind::Monitoring {
                months.extend(month_of(item, &mut ignored, lang));
            }
            if let Some(id) = item.sheet_id_only() {
                ids.push(SheetId::new(id));
                continue;
            }
            let (fund, region) = item_key(conn, resolver, item, &mut ignored, lang)?;
            if let (Some(fund), Some(region)) = (fund, region) {
                keys.push((fund, region));
            }
        }
        if !keys.is_empty() {
            let funds: Vec<FundId> = keys.iter().map(|k| k.0).collect();
            facts.by_key = sheets::keys_of_funds(conn, &funds)?
                .into_iter()
                .map(|k| ((k.fund_id, k.region_code), k.id))
                .collect();
            ids.extend(keys.iter().filter_map(|k| facts.by_key.get(k).copied()));
        }
        ids.sort_unstable();
        ids.dedup();
        facts.sheets = sheets::load_ids(conn, &ids)?;
        let mut found: Vec<SheetId> = facts.sheets.keys().copied().collect();
        found.sort_unstable();
        match kind {
            FollowUpKind::Monitoring => {
                let months: Vec<u32> = months.into_iter().collect();
                if !found.is_empty() && !months.is_empty() {
                    facts.reports = reports_db::of_sheets_months(conn, &found, &months)?;
                    facts.report_versions =
                        reports_db::latest_revision_versions(conn, &found, &months)?;
                }
            }
            FollowUpKind::SelfEvaluation => {
                if !found.is_empty() {
                    facts.evaluations = evaluations_db::of_sheets(conn, &found)?;
                    facts.evaluation_versions =
                        evaluations_db::latest_revision_versions(conn, &found)?;
                    let mut funds: Vec<FundId> = facts.sheets.values().map(|s| s.fund_id).collect();
                    funds.sort_unstable();
                    funds.dedup();
                    facts.schemes = crate::db::funds::find_many(conn, &funds)?
                        .into_iter()
                        .map(|(id, fund)| (id, fund.scoring))
                        .collect();
                }
            }
        }
        Ok(facts)
    }
}

/// What a checked item stores.
enum Pending {
    Report(monitoring::PendingReport),
    Evaluation(evaluation::PendingEvaluation),
}

/// An item checked: its result, and what it stores if it passed.
struct Checked {
    result: ItemResult,
    write: Option<Pending>,
}

/// What an item's check starts from once its sheet is found.
enum Found<'a> {
    /// The item failed before its document was read.
    Failed(ItemResult),
    /// The item's document, sheet and stored row.
    Ready(Ready<'a>),
}

/// An item whose sheet (and month) was found, with what is stored for it.
struct Ready<'a> {
    item: &'a FollowUpItem,
    body: &'a Body,
    key: ItemKey,
    sheet_id: SheetId,
    month: u32,
    stored: Stored,
}

/// The stored report or evaluation an item replaces, if any.
enum Stored {
    Report(Option<StoredReport>),
    Evaluation(Option<StoredEvaluation>),
}

/// The fund and region an item names without a `sheet_id` (issues when a name is unknown).
fn item_key(
    conn: &mut DbConnection,
    resolver: &mut Resolver,
    item: &FollowUpItem,
    issues: &mut Vec<Issue>,
    lang: Lang,
) -> Result<(Option<FundId>, Option<RegionCode>), BulkError> {
    let fund = match item.fund_id {
        Some(id) => Some(FundId::new(id)),
        None => fund_by_name(
            conn,
            resolver,
            item.fund_name.as_deref(),
            item.year,
            issues,
            lang,
        )?,
    };
    let region = match item.region_code.as_deref().map(str::trim) {
        Some(code) if !code.is_empty() => Some(code.to_string()),
        _ => region_by_name(conn, resolver, item.region_name.as_deref(), issues, lang)?,
    };
    Ok((fund, region.as_deref().map(RegionCode::from)))
}

/// One item's sheet found in the upload's facts.
struct Find<'a> {
    conn: &'a mut DbConnection,
    kind: FollowUpKind,
    resolver: &'a mut Resolver,
    facts: &'a mut Facts,
    seen: &'a mut HashSet<(SheetId, u32)>,
    lang: Lang,
}

impl Find<'_> {
    /// The sheet an item names, with its key; `None` (and issues) when it cannot be found.
    fn sheet_of(
        &mut self,
        item: &FollowUpItem,
        key: &mut ItemKey,
        issues: &mut Vec<Issue>,
    ) -> Result<Option<SheetId>, BulkError> {
        let lang = self.lang;
        let not_found = |path: &str, zh: String, en: String| {
            Issue::error(IssueCode::SheetNotFound, path, lang.pick(zh, en))
        };
        if let Some(id) = item.sheet_id_only() {
            return match self.facts.sheets.get(&SheetId::new(id)) {
                Some(sheet) => {
                    key.fund_id = Some(sheet.fund_id);
                    key.region_code = Some(sheet.region_code.clone());
                    // A fund id or region code given beside it must be the sheet's.
                    let other_fund = item.fund_id.is_some_and(|f| f != sheet.fund_id.get());
                    let other_region = item
                        .region_code
                        .as_deref()
                        .is_some_and(|r| r.trim() != sheet.region_code.as_str());
                    if other_fund || other_region {
                        issues.push(Issue::error(
                            IssueCode::ValueInvalid,
                            "/sheet_id",
                            lang.pick(
                                format!(
                                    "sheet_id {id} 是专项资金 {}、地区 {} 的绩效目标表，与所列不符",
                                    sheet.fund_id, sheet.region_code
                                ),
                                format!(
                                    "sheet_id {id} is the sheet of fund {} and region {}, not of the fund or region given",
                                    sheet.fund_id, sheet.region_code
                                ),
                            ),
                        ));
                        return Ok(None);
                    }
                    Ok(Some(sheet.id))
                }
                None => {
                    issues.push(not_found(
                        "/sheet_id",
                        format!("绩效目标表 {id} 不存在"),
                        format!("there is no sheet {id}"),
                    ));
                    Ok(None)
                }
            };
        }
        let (fund, region) = item_key(self.conn, self.resolver, item, issues, lang)?;
        key.fund_id = fund;
        key.region_code = region.clone();
        let (Some(fund), Some(region)) = (fund, region) else {
            if !issues.iter().any(|i| i.path == "/fund_id") && key.fund_id.is_none() {
                issues.push(Issue::error(
                    IssueCode::Required,
                    "/fund_id",
                    lang.pick(
                        "须给出 sheet_id，或专项资金（fund_id 或 fund_name 与 year）",
                        "give sheet_id, or the fund (fund_id, or fund_name with year)",
                    ),
                ));
            }
            if !issues.iter().any(|i| i.path == "/region_code") && key.region_code.is_none() {
                issues.push(Issue::error(
                    IssueCode::Required,
                    "/region_code",
                    lang.pick(
                        "须给出 sheet_id，或地区（region_code 或 region_name）",
                        "give sheet_id, or the region (region_code or region_name)",
                    ),
                ));
            }
            return Ok(None);
        };
        match self.facts.by_key.get(&(fund, region.clone())) {
            Some(id) if item.sheet_id.is_some_and(|given| given != id.get()) => {
                let given = item.sheet_id.unwrap_or_default();
                issues.push(Issue::error(
                    IssueCode::ValueInvalid,
                    "/sheet_id",
                    lang.pick(
                        format!(
                            "sheet_id {given} 与所列专项资金 {fund}、地区 {region} 的绩效目标表（{id}）不符"
                        ),
                        format!(
                            "sheet_id {given} is not the sheet of fund {fund} and region {region} ({id})"
                        ),
                    ),
                ));
                Ok(None)
            }
            Some(id) if self.facts.sheets.contains_key(id) => Ok(Some(*id)),
            _ => {
                issues.push(not_found(
                    "",
                    format!("专项资金 {fund} 没有地区 {region} 的绩效目标表"),
                    format!("fund {fund} has no sheet for region {region}"),
                ));
                Ok(None)
            }
        }
    }

    /// Finds one item's sheet (and month) and takes what is stored for it out of the facts.
    fn item<'i>(&mut self, item: &'i FollowUpItem) -> Result<Found<'i>, BulkError> {
        let (kind, lang) = (self.kind, self.lang);
        let mut key = ItemKey::default();
        let mut issues = item.read_issues.clone();
        let Some(body) = item.body.as_ref().filter(|_| issues.is_empty()) else {
            return Ok(Found::Failed(failed(item, key, issues, None)));
        };
        let sheet_id = self.sheet_of(item, &mut key, &mut issues)?;
        let month = match kind {
            FollowUpKind::Monitoring => {
                let m = month_of(item, &mut issues, lang);
                key.month = m;
                m.unwrap_or_default()
            }
            FollowUpKind::SelfEvaluation => 0,
        };
        let Some(sheet_id) = sheet_id.filter(|_| issues.is_empty()) else {
            return Ok(Found::Failed(failed(item, key, issues, None)));
        };
        if !self.seen.insert((sheet_id, month)) {
            issues.push(Issue::error(
                IssueCode::DuplicateItem,
                "",
                lang.pick(
                    format!("同一{}在本次上传中出现了两次", kind.noun(lang)),
                    format!("the same {} appears twice in this upload", kind.noun(lang)),
                ),
            ));
            return Ok(Found::Failed(failed(item, key, issues, Some(sheet_id))));
        }
        let stored = match kind {
            FollowUpKind::Monitoring => {
                Stored::Report(self.facts.reports.remove(&(sheet_id.get(), month as i32)))
            }
            FollowUpKind::SelfEvaluation => {
                Stored::Evaluation(self.facts.evaluations.remove(&sheet_id.get()))
            }
        };
        Ok(Found::Ready(Ready {
            item,
            body,
            key,
            sheet_id,
            month,
            stored,
        }))
    }
}

/// A failed item's result, its issues located.
fn failed(
    item: &FollowUpItem,
    key: ItemKey,
    issues: Vec<Issue>,
    sheet_id: Option<SheetId>,
) -> ItemResult {
    ItemResult {
        index: 0,
        key,
        outcome: ItemOutcome::Failed,
        sheet_id,
        issues: issues.into_iter().map(|i| item.locate(i)).collect(),
    }
}

/// Reads and checks one found item against the upload's facts (reading nothing): its result,
/// and what it stores if it passed.
fn check(
    found: Found<'_>,
    facts: &Facts,
    actor: &Actor,
    now: chrono::NaiveDateTime,
    lang: Lang,
) -> Result<Checked, BulkError> {
    let ready = match found {
        Found::Failed(result) => {
            return Ok(Checked {
                result,
                write: None,
            })
        }
        Found::Ready(ready) => ready,
    };
    let Ready {
        item,
        body,
        key,
        sheet_id,
        month,
        stored,
    } = ready;
    let mut issues = Vec::new();
    let Some(sheet) = facts.sheets.get(&sheet_id) else {
        return Err(ServiceError::internal("a sheet of the upload went missing").into());
    };
    let condition = WriteCondition::default();
    let kind = match stored {
        Stored::Report(_) => FollowUpKind::Monitoring,
        Stored::Evaluation(_) => FollowUpKind::SelfEvaluation,
    };
    let frozen = match &stored {
        Stored::Report(Some((row, _))) => monitoring::frozen_indicators(row)?,
        Stored::Evaluation(Some((row, _))) => evaluation::frozen_indicators(row)?,
        _ => Vec::new(),
    };
    let labels = files::Labels {
        frozen: &frozen,
        sheet: &sheet.indicators,
    };
    let checked = match (document(body, labels, kind, &mut issues, lang), stored) {
        (Some(Document::Report(doc)), Stored::Report(existing)) => {
            let at = (sheet_id.get(), month as i32);
            let facts = monitoring::ReportFacts {
                sheet,
                existing,
                latest_version: facts.report_versions.get(&at).copied(),
            };
            monitoring::check_report(facts, month, &doc, &condition, actor, now, lang)
                .map(|checked| answer_of(checked, Pending::Report))
        }
        (Some(Document::Evaluation(doc)), Stored::Evaluation(existing)) => {
            let scheme = facts.schemes.get(&sheet.fund_id).ok_or_else(|| {
                ServiceError::internal(format!("the fund of sheet {sheet_id} went missing"))
            })?;
            let facts = evaluation::EvaluationFacts {
                sheet,
                scheme,
                existing,
                latest_version: facts.evaluation_versions.get(&sheet_id.get()).copied(),
            };
            evaluation::check_evaluation(facts, &doc, &condition, actor, now, lang)
                .map(|checked| answer_of(checked, Pending::Evaluation))
        }
        _ => {
            return Ok(Checked {
                result: failed(item, key, issues, Some(sheet_id)),
                write: None,
            })
        }
    };
    match checked {
        Ok((outcome, warnings, write)) => Ok(Checked {
            result: ItemResult {
                index: 0,
                key,
                outcome,
                sheet_id: Some(sheet_id),
                issues: warnings.into_iter().map(|i| item.locate(i)).collect(),
            },
            write,
        }),
        Err(e) => {
            let refused = refusal(e, lang)?;
            issues.extend(refused);
            Ok(Checked {
                result: failed(item, key, issues, Some(sheet_id)),
                write: None,
            })
        }
    }
}

/// The outcome and warnings of a checked item, and what it stores if anything.
fn answer_of<T, P>(
    checked: WriteCheck<T, P>,
    pending: impl FnOnce(P) -> Pending,
) -> (ItemOutcome, Vec<Issue>, Option<Pending>) {
    let (saved, write) = checked.into_parts();
    let outcome = match saved.outcome {
        Outcome::Created => ItemOutcome::Created,
        Outcome::Updated => ItemOutcome::Updated,
        Outcome::Unchanged => ItemOutcome::Unchanged,
    };
    (outcome, saved.warnings, write.map(pending))
}

/// The month of a report item, 1–12; `None` and an issue at `/month` otherwise.
fn month_of(item: &FollowUpItem, issues: &mut Vec<Issue>, lang: Lang) -> Option<u32> {
    let Some(text) = item
        .month
        .as_deref()
        .map(str::trim)
        .filter(|m| !m.is_empty())
    else {
        issues.push(Issue::error(
            IssueCode::Required,
            "/month",
            lang.pick("缺少月份（month）", "month is required"),
        ));
        return None;
    };
    match text.parse::<u32>().ok().filter(|m| MONTHS.contains(m)) {
        Some(m) => Some(m),
        None => {
            issues.push(Issue::error(
                IssueCode::ValueInvalid,
                "/month",
                lang.pick(
                    format!("月份“{text}”应为 1 至 12"),
                    format!("month “{text}” must be a month from 1 to 12"),
                ),
            ));
            None
        }
    }
}

/// What a single write's refusal says of one item: its issues, or the error that ends the
/// upload (a database failure, say).
fn refusal(e: ServiceError, lang: Lang) -> Result<Vec<Issue>, BulkError> {
    let item = |code: IssueCode, path: &str, zh: String, en: String| {
        vec![Issue::error(code, path, lang.pick(zh, en))]
    };
    match e {
        ServiceError::Validation { issues } => Ok(issues),
        ServiceError::Conflict {
            code,
            detail_zh,
            detail_en,
            ..
        } => {
            let code = match code {
                ProblemCode::SheetNotApproved => IssueCode::SheetNotApproved,
                ProblemCode::ReportNotEditable => IssueCode::ReportNotEditable,
                ProblemCode::EvaluationNotEditable => IssueCode::EvaluationNotEditable,
                _ => {
                    return Err(BulkError::Service(ServiceError::Conflict {
                        code,
                        detail_zh,
                        detail_en,
                        issues: vec![],
                    }))
                }
            };
            Ok(item(code, "", detail_zh, detail_en))
        }
        ServiceError::Forbidden { zh, en } => {
            Ok(item(IssueCode::RegionNotPermitted, "/region_code", zh, en))
        }
        ServiceError::InvalidBody {
            issue_code,
            path,
            reason,
        } => Ok(vec![Issue::error(issue_code, path, reason)]),
        other => Err(BulkError::Service(other)),
    }
}

/// The document of one kind: borrowed from a JSON item, made from a file's rows.
enum Document<'a> {
    Report(Cow<'a, ReportDocument>),
    Evaluation(Cow<'a, EvaluationDocument>),
}

/// The document an item's body gives; `None` (and issues) when it cannot be read.
fn document<'a>(
    body: &'a Body,
    labels: files::Labels<'_>,
    kind: FollowUpKind,
    issues: &mut Vec<Issue>,
    lang: Lang,
) -> Option<Document<'a>> {
    match body {
        Body::Report(doc) => Some(Document::Report(Cow::Borrowed(&**doc))),
        Body::Evaluation(doc) => Some(Document::Evaluation(Cow::Borrowed(&**doc))),
        Body::Unreadable(found) => {
            issues.extend(found.iter().cloned());
            None
        }
        Body::Table(table) => {
            let (doc, found) = match kind {
                FollowUpKind::Monitoring => {
                    let (d, i) = files::report_document(table, labels, lang);
                    (Document::Report(Cow::Owned(d)), i)
                }
                FollowUpKind::SelfEvaluation => {
                    let (d, i) = files::evaluation_document(table, labels, lang);
                    (Document::Evaluation(Cow::Owned(d)), i)
                }
            };
            let errors = found.iter().any(|i| i.severity == Severity::Error);
            issues.extend(found);
            (!errors).then_some(doc)
        }
    }
}
