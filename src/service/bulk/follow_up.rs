//! Bulk uploads of monitoring reports and self-evaluations (SPEC §5.4): the items read from
//! JSON, NDJSON, CSV or Excel, each keyed by its sheet (`sheet_id`, or fund and region) and, for
//! reports, its month, then saved one by one through the one write path of a single `PUT`
//! ([`crate::service::monitoring::save_report`], [`crate::service::evaluation::save_evaluation`])
//! inside the upload's transaction and frame ([`super::run_with`]: modes, dry run, idempotency,
//! the summary). A failed item writes nothing: every check of the single write comes before its
//! writes.

use std::collections::{BTreeMap, HashSet};

use serde_json::Value;

use super::read::read_error_issue;
use super::resolve::{fund_by_name, region_by_name, Resolver};
use super::{
    BulkAnswer, BulkError, BulkMode, IdempotencyKey, ItemKey, ItemOutcome, ItemResult, Upload,
    MAX_UNPACKED_BYTES,
};
use crate::db::{sheets, DbConnection};
use crate::domain::evaluation::EvaluationDocument;
use crate::domain::monitoring::ReportDocument;
use crate::domain::{FundId, Issue, IssueCode, Lang, RegionCode, Severity, SheetId};
use crate::error::{ProblemCode, ServiceError};
use crate::exchange::flat::LabelStyle;
use crate::exchange::table::{self, TableItem, TableOutcome};
use crate::exchange::{self, follow_up, follow_up_form, Location};
use crate::service::monitoring::{WriteCondition, MONTHS};
use crate::service::{evaluation, files, find_sheet, monitoring, Actor, Outcome};

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
    /// From JSON: the document itself, indicators by `indicator_id`.
    Json(Value),
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
    /// with its key: `sheet_id`, or `fund_id` (or `fund_name` and `year`) and `region_code` (or
    /// `region_name`); `month` for a report. The key fields are taken out of the document.
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
        item.body = Some(Body::Json(value));
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

    /// An issue with the row and column of the value its path points at.
    fn locate(&self, issue: Issue) -> Issue {
        super::read::locate(&self.locations, issue)
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
        "application/json" => match crate::json::parse_json::<Value>(body)? {
            Value::Array(list) => Ok(list
                .into_iter()
                .map(|v| FollowUpItem::from_json(v, kind, lang))
                .collect()),
            _ => Err(ServiceError::InvalidBody {
                issue_code: IssueCode::InvalidType,
                path: String::new(),
                reason: format!("expected an array of {} documents", kind.noun(Lang::En)),
            }),
        },
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
/// frame): each item's sheet found, its document read, then saved as a single `PUT` would save
/// it; `progress` is called after each item.
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
    progress: &dyn Fn(),
) -> Result<BulkAnswer, BulkError> {
    let upload = Upload {
        mode,
        dry_run,
        key,
        new_ids: false,
    };
    super::run_with(conn, &upload, |conn| {
        let mut resolver = Resolver::default();
        let mut seen: HashSet<(SheetId, u32)> = HashSet::new();
        let mut results = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let result = save_one(conn, kind, item, &mut resolver, &mut seen, actor, lang)?;
            results.push(ItemResult { index, ..result });
            progress();
        }
        Ok(results)
    })
}

/// The sheet an item names, with its key; `None` (and issues) when it cannot be found.
fn sheet_of(
    conn: &mut DbConnection,
    resolver: &mut Resolver,
    item: &FollowUpItem,
    key: &mut ItemKey,
    issues: &mut Vec<Issue>,
    lang: Lang,
) -> Result<Option<crate::domain::sheet::Sheet>, BulkError> {
    let not_found = |path: &str, zh: String, en: String| {
        Issue::error(IssueCode::SheetNotFound, path, lang.pick(zh, en))
    };
    if let Some(id) = item.sheet_id {
        return match find_sheet(conn, SheetId::new(id)) {
            Ok(sheet) => {
                key.fund_id = Some(sheet.fund_id);
                key.region_code = Some(sheet.region_code.clone());
                Ok(Some(sheet))
            }
            Err(ServiceError::NotFound { .. }) => {
                issues.push(not_found(
                    "/sheet_id",
                    format!("绩效目标表 {id} 不存在"),
                    format!("there is no sheet {id}"),
                ));
                Ok(None)
            }
            Err(e) => Err(e.into()),
        };
    }
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
    key.fund_id = fund;
    key.region_code = region.as_deref().map(RegionCode::from);
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
    let region = RegionCode::from(region.as_str());
    match sheets::find_by_key(conn, fund, &region).map_err(crate::db::DbError::from)? {
        Some(id) => Ok(Some(find_sheet(conn, id)?)),
        None => {
            issues.push(not_found(
                "",
                format!("专项资金 {fund} 没有地区 {region} 的绩效目标表"),
                format!("fund {fund} has no sheet for region {region}"),
            ));
            Ok(None)
        }
    }
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

/// Finds, reads and saves one item.
#[allow(clippy::too_many_arguments)]
fn save_one(
    conn: &mut DbConnection,
    kind: FollowUpKind,
    item: &FollowUpItem,
    resolver: &mut Resolver,
    seen: &mut HashSet<(SheetId, u32)>,
    actor: &Actor,
    lang: Lang,
) -> Result<ItemResult, BulkError> {
    let mut key = ItemKey::default();
    let mut issues = item.read_issues.clone();
    let failed = |key: ItemKey, issues: Vec<Issue>, sheet_id: Option<SheetId>| ItemResult {
        index: 0,
        key,
        outcome: ItemOutcome::Failed,
        sheet_id,
        issues: issues.into_iter().map(|i| item.locate(i)).collect(),
    };
    let Some(body) = item.body.as_ref().filter(|_| issues.is_empty()) else {
        return Ok(failed(key, issues, None));
    };
    let sheet = sheet_of(conn, resolver, item, &mut key, &mut issues, lang)?;
    let month = match kind {
        FollowUpKind::Monitoring => {
            let m = month_of(item, &mut issues, lang);
            key.month = m;
            m.unwrap_or_default()
        }
        FollowUpKind::SelfEvaluation => 0,
    };
    let Some(sheet) = sheet.filter(|_| issues.is_empty()) else {
        return Ok(failed(key, issues, None));
    };
    if !seen.insert((sheet.id, month)) {
        issues.push(Issue::error(
            IssueCode::DuplicateItem,
            "",
            lang.pick(
                format!("同一{}在本次上传中出现了两次", kind.noun(lang)),
                format!("the same {} appears twice in this upload", kind.noun(lang)),
            ),
        ));
        return Ok(failed(key, issues, Some(sheet.id)));
    }
    let saved = match kind {
        FollowUpKind::Monitoring => {
            let doc: ReportDocument = match document(body, &sheet, kind, &mut issues, lang) {
                Some(Document::Report(d)) => d,
                _ => return Ok(failed(key, issues, Some(sheet.id))),
            };
            monitoring::save_report(
                conn,
                sheet.id,
                month,
                &doc,
                &WriteCondition::default(),
                actor,
                lang,
            )
            .map(|s| (s.outcome, s.warnings))
        }
        FollowUpKind::SelfEvaluation => {
            let doc: EvaluationDocument = match document(body, &sheet, kind, &mut issues, lang) {
                Some(Document::Evaluation(d)) => d,
                _ => return Ok(failed(key, issues, Some(sheet.id))),
            };
            evaluation::save_evaluation(
                conn,
                sheet.id,
                &doc,
                &WriteCondition::default(),
                actor,
                lang,
            )
            .map(|s| (s.outcome, s.warnings))
        }
    };
    match saved {
        Ok((outcome, warnings)) => Ok(ItemResult {
            index: 0,
            key,
            outcome: match outcome {
                Outcome::Created => ItemOutcome::Created,
                Outcome::Updated => ItemOutcome::Updated,
                Outcome::Unchanged => ItemOutcome::Unchanged,
            },
            sheet_id: Some(sheet.id),
            issues: warnings.into_iter().map(|i| item.locate(i)).collect(),
        }),
        Err(e) => {
            let refused = refusal(e, lang)?;
            let mut all = issues;
            all.extend(refused);
            Ok(failed(key, all, Some(sheet.id)))
        }
    }
}

/// The document of one kind.
enum Document {
    Report(ReportDocument),
    Evaluation(EvaluationDocument),
}

/// The document an item's body gives; `None` (and issues) when it cannot be read.
fn document(
    body: &Body,
    sheet: &crate::domain::sheet::Sheet,
    kind: FollowUpKind,
    issues: &mut Vec<Issue>,
    lang: Lang,
) -> Option<Document> {
    match body {
        Body::Json(value) => {
            let read = match kind {
                FollowUpKind::Monitoring => {
                    crate::json::from_value::<ReportDocument>(value.clone()).map(Document::Report)
                }
                FollowUpKind::SelfEvaluation => {
                    crate::json::from_value::<EvaluationDocument>(value.clone())
                        .map(Document::Evaluation)
                }
            };
            match read {
                Ok(doc) => Some(doc),
                Err(e) => {
                    issues.extend(e.issues(lang));
                    None
                }
            }
        }
        Body::Table(table) => {
            let (doc, found) = match kind {
                FollowUpKind::Monitoring => {
                    let (d, i) = files::report_document(table, &sheet.indicators, lang);
                    (Document::Report(d), i)
                }
                FollowUpKind::SelfEvaluation => {
                    let (d, i) = files::evaluation_document(table, &sheet.indicators, lang);
                    (Document::Evaluation(d), i)
                }
            };
            let errors = found.iter().any(|i| i.severity == Severity::Error);
            issues.extend(found);
            (!errors).then_some(doc)
        }
    }
}
