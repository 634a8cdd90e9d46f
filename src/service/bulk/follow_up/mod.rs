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

mod check;
mod read;

use check::*;
pub use read::*;

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
