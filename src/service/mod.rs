//! Use cases that combine the domain checks with the database. Each function takes a
//! connection and opens no transaction itself: the caller runs writes inside one write
//! transaction ([`db::write_tx`], `Db::write` from the handlers, which may run them more than
//! once) and reads on a plain connection (`Db::run`).
//!
//! - The one write path of each resource: [`save_sheet`] and [`save_fund`] (create and replace;
//!   [`patch_sheet`] and [`patch_fund`] merge the patch and go through them), the deletes, and
//!   the review cycle in [`workflow`]. A bulk upload ([`bulk`]) does not go through
//!   [`save_sheet`]: it checks each item with the same [`check_normalized`] and writes the
//!   sheets in batches.
//! - Reads that need more than one query or a rule check: a sheet (and its cached JSON body,
//!   [`cache`]), validation of a document or of a stored sheet, a fund's allocation summary,
//!   revisions ([`workflow`]). Lists and simple reads still go from the handlers to [`crate::db`].
//! - API tokens ([`tokens`]).

use bytes::Bytes;
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

pub mod bulk;
pub mod cache;
pub mod reads;
pub mod store;
pub mod tokens;
pub mod workflow;

pub use store::Store;

use crate::db::{self, funds, regions, revisions, sheets, DbConnection};
use crate::domain::access::{Permission, Principal};
use crate::domain::fund::{self as fund_domain, Fund, FundDocument};
use crate::domain::money::format_yuan_as_wan;
use crate::domain::revision::RevisionAction;
use crate::domain::rules;
use crate::domain::sheet::{
    self as sheet_domain, NormalizedSheet, Sheet, SheetDocument, SheetStatus,
};
use crate::domain::target::TargetParsed;
use crate::domain::workflow::edit_refusal;
use crate::domain::{Issue, IssueCode, Lang, Money, Severity};
use crate::error::{ProblemCode, Resource, ServiceError};
use crate::json::from_value;

/// Who makes a change, and in which request: recorded with every revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// The caller.
    pub principal: Principal,
    /// The request's id, when the change comes over HTTP.
    pub request_id: Option<String>,
}

impl Actor {
    /// Work done without a token (command-line import, example loading), as an administrator.
    pub fn system(name: &str) -> Actor {
        Actor {
            principal: Principal::system(name),
            request_id: None,
        }
    }

    /// 403 `FORBIDDEN` unless the caller's role allows `p`.
    pub fn require(&self, p: Permission) -> Result<(), ServiceError> {
        Ok(self.principal.require(p)?)
    }
}

/// Appends the revision of `sheet` (as it now is) for `action`.
pub(crate) fn record(
    conn: &mut DbConnection,
    sheet: &Sheet,
    action: RevisionAction,
    actor: &Actor,
    reason: Option<&str>,
) -> Result<(), ServiceError> {
    let row = revision_row(sheet, action, actor, reason, db::now())?;
    revisions::insert(conn, std::slice::from_ref(&row))?;
    Ok(())
}

/// The revision row of `sheet` (as it now is) for `action`.
pub(crate) fn revision_row(
    sheet: &Sheet,
    action: RevisionAction,
    actor: &Actor,
    reason: Option<&str>,
    now: chrono::NaiveDateTime,
) -> Result<revisions::NewRevision, ServiceError> {
    let snapshot = if sheet.warnings.is_some() {
        let mut plain = sheet.clone();
        plain.warnings = None;
        serde_json::to_string(&plain)
    } else {
        serde_json::to_string(sheet)
    }
    .map_err(ServiceError::internal)?;
    Ok(revisions::NewRevision {
        sheet_id: sheet.id,
        version: sheet.version,
        action: action.as_str(),
        status: sheet.status.as_str(),
        actor_name: actor.principal.name.clone(),
        actor_role: actor.principal.role.as_str(),
        reason: reason.map(str::to_owned),
        request_id: actor.request_id.clone(),
        created_at: now,
        snapshot,
    })
}

/// 409 `SHEET_NOT_EDITABLE` unless the stored sheet's status allows editing.
fn ensure_editable(sheet: &Sheet) -> Result<(), ServiceError> {
    match edit_refusal(sheet.status, sheet.id) {
        None => Ok(()),
        Some((zh, en)) => Err(ServiceError::Conflict {
            code: ProblemCode::SheetNotEditable,
            detail_zh: zh,
            detail_en: en,
            issues: vec![],
        }),
    }
}

/// What an `If-Match` header asks for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Precondition {
    /// No `If-Match`: write whatever the stored version.
    #[default]
    None,
    /// `If-Match: *`: the resource must exist.
    Any,
    /// `If-Match: "3"` (or a list): the stored version must be one of these. Weak or malformed
    /// tags never match (RFC 9110 uses strong comparison for `If-Match`).
    Versions(Vec<i64>),
}

impl Precondition {
    /// Reads an `If-Match` header value.
    pub fn parse(header: Option<&str>) -> Precondition {
        let Some(value) = header.map(str::trim) else {
            return Precondition::None;
        };
        if value == "*" {
            return Precondition::Any;
        }
        Precondition::Versions(
            value
                .split(',')
                .filter_map(|tag| {
                    // An entity tag is compared as a string: only `"3"` is the ETag of
                    // version 3, not `"03"` or `"+3"`.
                    let inner = tag.trim().strip_prefix('"')?.strip_suffix('"')?;
                    inner.parse::<i64>().ok().filter(|v| v.to_string() == inner)
                })
                .collect(),
        )
    }

    /// 412 unless `current` satisfies the precondition.
    pub fn check(&self, current: i64) -> Result<(), ServiceError> {
        match self {
            Precondition::Versions(v) if !v.contains(&current) => {
                Err(ServiceError::PreconditionFailed { current })
            }
            _ => Ok(()),
        }
    }
}

/// What a write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Outcome {
    /// A new resource was stored.
    Created,
    /// The stored resource changed; its version grew by one.
    Updated,
    /// The document equals the stored one: nothing was written, the version is kept.
    Unchanged,
}

/// The result of a write: the stored resource, what happened, and the warnings found.
#[derive(Debug, Clone)]
pub struct Saved<T> {
    /// The resource as stored.
    pub value: T,
    /// What the write did.
    pub outcome: Outcome,
    /// Warnings (errors never get this far).
    pub warnings: Vec<Issue>,
}

/// Whether a write creates a resource or replaces a stored one.
#[derive(Debug, Clone)]
pub enum Target {
    /// Create a new resource.
    Create,
    /// Replace the stored resource `id`, if the precondition holds.
    Replace {
        /// The stored resource.
        id: i64,
        /// From `If-Match`.
        precondition: Precondition,
    },
}

fn not_found(resource: Resource, id: i64) -> ServiceError {
    ServiceError::NotFound {
        resource,
        id: id.to_string(),
    }
}

/// The stored sheet `id`, or 404 `SHEET_NOT_FOUND`.
pub fn find_sheet(conn: &mut DbConnection, id: i64) -> Result<Sheet, ServiceError> {
    sheets::find(conn, id)?.ok_or_else(|| not_found(Resource::Sheet, id))
}

/// The JSON body of a stored sheet and its version, from `cache` while the sheet and its fund
/// keep the versions it was rendered at (see [`cache`]).
pub fn sheet_body(
    conn: &mut DbConnection,
    id: i64,
    cache: &cache::SheetCache,
) -> Result<(Bytes, i64), ServiceError> {
    if !cache.enabled() {
        let sheet = find_sheet(conn, id)?;
        return Ok((render(&sheet)?, sheet.version));
    }
    let (sheet_version, fund_version) =
        sheets::versions(conn, id)?.ok_or_else(|| not_found(Resource::Sheet, id))?;
    if let Some(body) = cache.get(id, sheet_version, fund_version) {
        return Ok((body, sheet_version));
    }
    let sheet = find_sheet(conn, id)?;
    let body = render(&sheet)?;
    // Read after the versions, the sheet is at least that new; kept only when it is that one.
    if sheet.version == sheet_version {
        cache.put(id, sheet_version, fund_version, body.clone());
    }
    Ok((body, sheet.version))
}

fn render(sheet: &Sheet) -> Result<Bytes, ServiceError> {
    Ok(Bytes::from(
        serde_json::to_vec(sheet).map_err(ServiceError::internal)?,
    ))
}

fn is_unique_violation(e: &diesel::result::Error) -> bool {
    matches!(
        e,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}

/// Splits issues into a result: 422 listing every error and conflict when any rule error, 409
/// when only conflicts, the warnings otherwise.
fn settle(issues: Vec<Issue>, conflicts: Vec<Conflict>) -> Result<Vec<Issue>, ServiceError> {
    let has_errors = issues.iter().any(|i| i.severity == Severity::Error);
    if has_errors {
        // Every error and conflict; warnings are for documents that can be saved.
        let mut all: Vec<Issue> = issues
            .into_iter()
            .filter(|i| i.severity == Severity::Error)
            .collect();
        all.extend(conflicts.into_iter().map(|c| c.0));
        return Err(ServiceError::Validation { issues: all });
    }
    if let Some((issue, code, zh, en)) = conflicts.into_iter().next() {
        return Err(ServiceError::Conflict {
            code,
            detail_zh: zh,
            detail_en: en,
            issues: vec![issue],
        });
    }
    Ok(issues)
}

/// A sheet document checked against everything a save checks.
#[derive(Debug, Clone)]
pub struct CheckedSheet {
    /// The normalised document (defaults where a field was at fault).
    pub norm: NormalizedSheet,
    /// The parsed target of each indicator, `None` where it does not parse.
    pub targets: Vec<Option<TargetParsed>>,
    /// Rule errors and warnings, in check order.
    pub issues: Vec<Issue>,
    /// Conflicts with stored state (409 unless there are rule errors too).
    pub conflicts: Vec<Conflict>,
    /// The fund's year, when the fund is known: the year of deadlines that name none, in the
    /// readings the verdict shows (`targets` keep the dates as written, as they are stored).
    pub year: Option<i32>,
}

impl CheckedSheet {
    /// Every issue, conflicts included.
    pub fn all_issues(&self) -> Vec<Issue> {
        let mut all = self.issues.clone();
        all.extend(self.conflicts.iter().map(|c| c.0.clone()));
        all
    }
}

/// A conflict: the issue, the problem code, and the problem detail in both languages.
pub type Conflict = (Issue, ProblemCode, String, String);

/// What the checks of one sheet need to know from the database.
#[derive(Debug, Clone, Copy)]
pub struct SheetFacts<'a> {
    /// The fund named by `fund_id`, when it exists.
    pub fund: Option<&'a Fund>,
    /// The region named by `region_code`, when it exists.
    pub region: Option<&'a regions::RegionRow>,
    /// When creating: the stored sheet that already has this (fund, region).
    pub same_key: Option<i64>,
    /// The provincial funds of the fund's other sheets (neither this one nor `same_key`),
    /// summed; zero when the fund has no total.
    pub others_provincial_funds: Money,
}

/// Every check of a sheet document, as a save runs them: the document checks, immutable
/// fields (against `existing`, the stored sheet it replaces), known fund and region, the
/// targets, the rules with the fund's template and budget, and the (fund, region) conflict.
/// Reads only; [`save_sheet`], `POST /sheets/validate` and `GET /sheets/{id}/validation` all
/// use it, so they cannot disagree; the bulk upload gathers the same facts for many sheets at
/// once and runs the same [`check_normalized`].
pub fn check_sheet(
    conn: &mut DbConnection,
    doc: &SheetDocument,
    existing: Option<&Sheet>,
    lang: Lang,
) -> Result<CheckedSheet, ServiceError> {
    let (norm, issues) = sheet_domain::normalize(doc, lang);
    let fund = match doc.fund_id {
        Some(id) => funds::find(conn, id)?,
        None => None,
    };
    let region = if sheet_domain::is_region_code(&norm.region_code) {
        regions::find(conn, &norm.region_code)?
    } else {
        None
    };
    let same_key = match (existing, &fund, &region) {
        (None, Some(_), Some(_)) => sheets::find_by_key(conn, norm.fund_id, &norm.region_code)?,
        _ => None,
    };
    let others_provincial_funds = match &fund {
        Some(f) if f.total_provincial_funds.is_some() => {
            sheets::provincial_funds_sum(conn, f.id, existing.map(|s| s.id).or(same_key))?
        }
        _ => Money::ZERO,
    };
    let facts = SheetFacts {
        fund: fund.as_ref(),
        region: region.as_ref(),
        same_key,
        others_provincial_funds,
    };
    Ok(check_normalized(doc, norm, issues, existing, &facts, lang))
}

/// The checks of [`check_sheet`] once the document is normalised (`norm`, with the document
/// checks' `issues`) and the facts are known. Pure.
pub fn check_normalized(
    doc: &SheetDocument,
    mut norm: NormalizedSheet,
    mut issues: Vec<Issue>,
    existing: Option<&Sheet>,
    facts: &SheetFacts<'_>,
    lang: Lang,
) -> CheckedSheet {
    // Which stored indicator each one updates (SPEC §5.0): the ids the write keeps.
    sheet_domain::match_indicators(
        existing.map_or(&[][..], |s| s.indicators.as_slice()),
        &mut norm.indicators,
    );
    let mut conflicts = Vec::new();

    if let Some(stored) = existing {
        if doc.fund_id.is_some_and(|f| f != stored.fund_id) {
            issues.push(Issue::error(
                IssueCode::ImmutableField,
                "/fund_id",
                lang.pick(
                    format!("fund_id 创建后不能修改（当前为 {}）", stored.fund_id),
                    format!(
                        "fund_id cannot change after creation (it is {})",
                        stored.fund_id
                    ),
                ),
            ));
        }
        if doc
            .region_code
            .as_deref()
            .is_some_and(|r| r.trim() != stored.region_code)
        {
            issues.push(Issue::error(
                IssueCode::ImmutableField,
                "/region_code",
                lang.pick(
                    format!(
                        "region_code 创建后不能修改（当前为 {}）",
                        stored.region_code
                    ),
                    format!(
                        "region_code cannot change after creation (it is {})",
                        stored.region_code
                    ),
                ),
            ));
        }
    }
    if let (Some(id), None) = (doc.fund_id, facts.fund) {
        issues.push(Issue::error(
            IssueCode::UnknownFund,
            "/fund_id",
            lang.pick(
                format!("专项资金 {id} 不存在"),
                format!("there is no fund {id}"),
            ),
        ));
    }
    if sheet_domain::is_region_code(&norm.region_code) && facts.region.is_none() {
        issues.push(Issue::error(
            IssueCode::UnknownRegion,
            "/region_code",
            lang.pick(
                format!(
                    "行政区划代码 {} 不存在，可选值见 GET /api/v1/regions",
                    norm.region_code
                ),
                format!(
                    "there is no region {}; see GET /api/v1/regions",
                    norm.region_code
                ),
            ),
        ));
    }
    if existing.is_none() {
        if let Some(other) = facts.same_key {
            conflicts.push(sheet_exists(other, lang));
        }
    }
    let (targets, rule_issues) = run_rules(
        &norm,
        facts.fund,
        facts
            .region
            .map(|r| (r.name.as_str(), r.short_name.as_str())),
        facts.others_provincial_funds,
        lang,
    );
    issues.extend(rule_issues);
    CheckedSheet {
        norm,
        targets,
        issues,
        conflicts,
        year: facts.fund.map(|f| f.year),
    }
}

/// Parses the targets and runs the rules of a normalised sheet (pure).
fn run_rules(
    norm: &NormalizedSheet,
    fund: Option<&Fund>,
    region: Option<(&str, &str)>,
    others_provincial_funds: Money,
    lang: Lang,
) -> (Vec<Option<TargetParsed>>, Vec<Issue>) {
    let (targets, mut issues) = rules::parse_targets(norm, lang);
    let ctx = rules::Context {
        lang,
        sheet: norm,
        targets: &targets,
        fund: fund.map(|f| rules::FundFacts {
            total_provincial_funds: f.total_provincial_funds,
            template: f.template.as_ref(),
            others_provincial_funds,
        }),
        region: region.map(|(name, short_name)| rules::RegionFacts { name, short_name }),
    };
    issues.extend(rules::check(&ctx));
    (targets, issues)
}

/// The verdict on a sheet document: `POST /sheets/validate`, `GET /sheets/{id}/validation`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Validation {
    /// True when no `ERROR` is listed: a save of this document would succeed.
    pub valid: bool,
    /// Number of `ERROR` issues.
    pub error_count: usize,
    /// Number of `WARNING` issues.
    pub warning_count: usize,
    /// Every issue, errors and warnings, in check order.
    pub issues: Vec<Issue>,
    /// The document as it would be stored: labels canonical, text trimmed, amounts canonical,
    /// each target with its reading. Fields at fault are `null` or empty.
    pub sheet: ValidatedSheet,
}

/// A normalised sheet document with its targets read.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ValidatedSheet {
    /// The fund, as sent; absent when none was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fund_id: Option<i64>,
    /// Region code, trimmed.
    #[schema(example = "430200")]
    pub region_code: Option<String>,
    /// Department names, trimmed.
    pub departments: Vec<String>,
    /// 省级资金 in 万元, canonical.
    #[schema(value_type = Option<String>, example = "260")]
    pub provincial_funds: Option<Money>,
    /// 市、区拟配套资金 in 万元, canonical; `null` when blank.
    #[schema(value_type = Option<String>, example = "100")]
    pub matching_funds: Option<Money>,
    /// Remark beside the matching funds.
    pub matching_funds_note: Option<String>,
    /// 年度总体目标, trimmed.
    pub overall_goal: Option<String>,
    /// The indicators, in order, each with its reading.
    pub indicators: Vec<ValidatedIndicator>,
}

/// An indicator of a checked document, with its reading.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ValidatedIndicator {
    /// The stored indicator this one would update, keeping its id (SPEC §5.0: matched by the
    /// id sent, else by 一级, 二级 and name); `null` for an indicator a save would add.
    #[schema(example = 17)]
    pub id: Option<i64>,
    /// 一级指标 (canonical label).
    #[schema(example = "产出指标")]
    pub level1: String,
    /// 二级指标 (canonical label).
    #[schema(example = "数量指标")]
    pub level2: String,
    /// 三级指标, as written.
    #[schema(example = "跨境电商相关培训人次数")]
    pub name: String,
    /// 指标值, as written.
    #[schema(example = "1000")]
    pub target: String,
    /// The target as the service reads it (SPEC §1.3); `null` when the text does not parse.
    pub target_parsed: Option<TargetParsed>,
}

impl CheckedSheet {
    /// The verdict.
    pub fn verdict(&self, doc: &SheetDocument) -> Validation {
        let issues = self.all_issues();
        let error_count = issues
            .iter()
            .filter(|i| i.severity == Severity::Error)
            .count();
        let at_fault = |path: &str| {
            issues
                .iter()
                .any(|i| i.severity == Severity::Error && i.path == path)
        };
        let n = &self.norm;
        let sheet = ValidatedSheet {
            fund_id: doc.fund_id,
            region_code: (!n.region_code.is_empty()).then(|| n.region_code.clone()),
            departments: n.departments.clone(),
            provincial_funds: (doc.provincial_funds.is_some() && !at_fault("/provincial_funds"))
                .then_some(n.provincial_funds),
            matching_funds: n.matching_funds,
            matching_funds_note: n.matching_funds_note.clone(),
            overall_goal: (!n.overall_goal.is_empty()).then(|| n.overall_goal.clone()),
            indicators: n
                .indicators
                .iter()
                .zip(&self.targets)
                .map(|(i, parsed)| ValidatedIndicator {
                    id: i.id,
                    level1: i.level1.clone(),
                    level2: i.level2.clone(),
                    name: i.name.clone(),
                    target: i.target.clone(),
                    target_parsed: match (parsed, self.year) {
                        (Some(p), Some(year)) => Some(p.clone().with_year(year)),
                        (p, _) => p.clone(),
                    },
                })
                .collect(),
        };
        Validation {
            valid: error_count == 0,
            error_count,
            warning_count: issues.len() - error_count,
            issues,
            sheet,
        }
    }
}

/// `POST /sheets/validate`: checks a document as a new sheet, or as a replacement of the
/// stored sheet `replacing`; saves nothing.
pub fn validate_document(
    conn: &mut DbConnection,
    doc: &SheetDocument,
    replacing: Option<i64>,
    lang: Lang,
) -> Result<Validation, ServiceError> {
    let existing = match replacing {
        Some(id) => Some(find_sheet(conn, id)?),
        None => None,
    };
    Ok(check_sheet(conn, doc, existing.as_ref(), lang)?.verdict(doc))
}

/// `GET /sheets/{id}/validation`: a stored sheet against today's rules and its fund's template.
pub fn validate_stored(
    conn: &mut DbConnection,
    id: i64,
    lang: Lang,
) -> Result<Validation, ServiceError> {
    let stored = find_sheet(conn, id)?;
    let doc = stored.to_document();
    Ok(check_sheet(conn, &doc, Some(&stored), lang)?.verdict(&doc))
}

/// The one write path of sheets: the caller's region (403), the precondition (412), normalise
/// and check (document, references, conflicts, immutable fields), compare with what is stored
/// (no change → no new version), refuse a change to a sheet under review or approved (409),
/// write, record the revision, and return the stored sheet. The caller's role is checked by
/// the handler before. Run it inside a write transaction.
pub fn save_sheet(
    conn: &mut DbConnection,
    doc: &SheetDocument,
    target: &Target,
    actor: &Actor,
    lang: Lang,
) -> Result<Saved<Sheet>, ServiceError> {
    let existing = match target {
        Target::Create => {
            if let Some(code) = doc.region_code.as_deref() {
                actor.principal.require_region(code.trim())?;
            }
            None
        }
        Target::Replace { id, precondition } => {
            let sheet = find_sheet(conn, *id)?;
            actor.principal.require_region(&sheet.region_code)?;
            precondition.check(sheet.version)?;
            Some(sheet)
        }
    };

    let CheckedSheet {
        norm,
        targets,
        issues,
        conflicts,
        ..
    } = check_sheet(conn, doc, existing.as_ref(), lang)?;
    if let Some(stored) = &existing {
        if stored.normalized() != norm {
            ensure_editable(stored)?;
        }
    }
    let warnings = settle(issues, conflicts)?;
    let now = db::now();
    let id = match &existing {
        Some(stored) if stored.normalized() == norm => {
            let mut value = stored.clone();
            value.warnings = Some(warnings.clone());
            return Ok(Saved {
                value,
                outcome: Outcome::Unchanged,
                warnings,
            });
        }
        Some(stored) => {
            let changes = sheets::SheetChanges::new(&norm, stored.version + 1, now);
            if sheets::update(conn, stored.id, stored.version, &changes)? == 0 {
                // Another writer got there between our read and our write.
                return Err(ServiceError::PreconditionFailed {
                    current: stored.version + 1,
                });
            }
            stored.id
        }
        None => {
            let changes = sheets::SheetChanges::new(&norm, 1, now);
            match sheets::insert(conn, norm.fund_id, &norm.region_code, &changes, now) {
                Ok(id) => id,
                // A concurrent writer created it after our check: on PostgreSQL this
                // transaction can run nothing more, so it starts again, and then finds that sheet
                // (409 `SHEET_EXISTS` naming it).
                Err(e) if is_unique_violation(&e) => return Err(ServiceError::TransactionConflict),
                Err(e) => return Err(e.into()),
            }
        }
    };
    let stored_indicators = existing
        .as_ref()
        .map_or(&[][..], |s| s.indicators.as_slice());
    sheets::write_indicators(conn, id, stored_indicators, &norm, &targets)?;
    let mut value = sheets::find(conn, id)?
        .ok_or_else(|| ServiceError::internal("sheet vanished after write"))?;
    let action = if existing.is_some() {
        RevisionAction::Update
    } else {
        RevisionAction::Create
    };
    record(conn, &value, action, actor, None)?;
    value.warnings = Some(warnings.clone());
    Ok(Saved {
        value,
        outcome: if existing.is_some() {
            Outcome::Updated
        } else {
            Outcome::Created
        },
        warnings,
    })
}

fn sheet_exists(other: i64, lang: Lang) -> Conflict {
    let zh = format!("该专项资金在该地区已有绩效目标表（id {other}），请修改它而不是新建");
    let en =
        format!("this fund already has a sheet for this region (id {other}); update it instead");
    let message = lang.pick(&zh, &en).clone();
    (
        Issue::error(IssueCode::SheetExists, "/region_code", message),
        ProblemCode::SheetExists,
        zh,
        en,
    )
}

/// Applies a JSON merge patch (RFC 7396) to a stored sheet and saves the result through
/// [`save_sheet`].
pub fn patch_sheet(
    conn: &mut DbConnection,
    id: i64,
    patch: &Value,
    precondition: &Precondition,
    actor: &Actor,
    lang: Lang,
) -> Result<Saved<Sheet>, ServiceError> {
    let stored = find_sheet(conn, id)?;
    actor.principal.require_region(&stored.region_code)?;
    precondition.check(stored.version)?;
    // A patch names only fields a sheet has, even where it clears them with `null`.
    let _: SheetDocument = from_value(patch.clone())?;
    let mut doc = serde_json::to_value(&stored).map_err(ServiceError::internal)?;
    merge_patch(&mut doc, patch);
    let doc: SheetDocument = from_value(doc)?;
    save_sheet(
        conn,
        &doc,
        &Target::Replace {
            id,
            precondition: Precondition::Versions(vec![stored.version]),
        },
        actor,
        lang,
    )
}

/// Deletes a sheet if the caller covers its region, the precondition holds and its status
/// allows editing; its history is kept, ending with a `DELETE` revision.
pub fn delete_sheet(
    conn: &mut DbConnection,
    id: i64,
    precondition: &Precondition,
    actor: &Actor,
) -> Result<(), ServiceError> {
    let stored = find_sheet(conn, id)?;
    actor.principal.require_region(&stored.region_code)?;
    precondition.check(stored.version)?;
    ensure_editable(&stored)?;
    if sheets::delete(conn, id, stored.version)? == 0 {
        return Err(ServiceError::PreconditionFailed {
            current: stored.version + 1,
        });
    }
    record_deletion(conn, stored, actor)
}

/// Records the deletion of `sheet`: a `DELETE` revision one version past its last.
fn record_deletion(
    conn: &mut DbConnection,
    sheet: Sheet,
    actor: &Actor,
) -> Result<(), ServiceError> {
    let mut last = sheet;
    last.version += 1;
    record(conn, &last, RevisionAction::Delete, actor, None)
}

/// The one write path of funds.
pub fn save_fund(
    conn: &mut DbConnection,
    doc: &FundDocument,
    target: &Target,
    lang: Lang,
) -> Result<Saved<Fund>, ServiceError> {
    let existing = match target {
        Target::Create => None,
        Target::Replace { id, precondition } => {
            let fund = funds::find(conn, *id)?.ok_or_else(|| not_found(Resource::Fund, *id))?;
            precondition.check(fund.version)?;
            Some(fund)
        }
    };
    let (norm, mut issues) = fund_domain::normalize(doc, lang);
    if let (Some(stored), Some(total)) = (&existing, norm.total_provincial_funds) {
        let allocated = sheets::provincial_funds_sum(conn, stored.id, None)?;
        if allocated.yuan() > total.yuan() {
            let over = Money::from_yuan(allocated.yuan() - total.yuan());
            issues.push(Issue::error(
                IssueCode::FundTotalExceeded,
                "/total_provincial_funds",
                lang.pick(
                    format!("各地省级资金已合计 {allocated} 万元，总额 {total} 万元少了 {over} 万元"),
                    format!(
                        "the fund's sheets already total {allocated} 万元; {total} 万元 is {over} 万元 short"
                    ),
                ),
            ));
        }
    }
    let mut conflicts = Vec::new();
    if !norm.name.is_empty() && norm.year != 0 {
        if let Some(other) = funds::find_by_key(conn, norm.year, &norm.name)? {
            if existing.as_ref().is_none_or(|f| f.id != other) {
                conflicts.push(fund_exists(other, &norm.name, norm.year, lang));
            }
        }
    }
    let warnings = settle(issues, conflicts)?;
    let now = db::now();
    let id = match &existing {
        Some(stored) if stored.normalized() == norm => {
            return Ok(Saved {
                value: stored.clone(),
                outcome: Outcome::Unchanged,
                warnings,
            })
        }
        Some(stored) => {
            let changes = funds::FundChanges::new(&norm, stored.version + 1, now);
            if funds::update(conn, stored.id, stored.version, &changes)? == 0 {
                return Err(ServiceError::PreconditionFailed {
                    current: stored.version + 1,
                });
            }
            stored.id
        }
        None => {
            let changes = funds::FundChanges::new(&norm, 1, now);
            match funds::insert(conn, &changes, now) {
                Ok(id) => id,
                // As for sheets: started again, the check then finds the other fund.
                Err(e) if is_unique_violation(&e) => return Err(ServiceError::TransactionConflict),
                Err(e) => return Err(e.into()),
            }
        }
    };
    let value = funds::find(conn, id)?
        .ok_or_else(|| ServiceError::internal("fund vanished after write"))?;
    Ok(Saved {
        value,
        outcome: if existing.is_some() {
            Outcome::Updated
        } else {
            Outcome::Created
        },
        warnings,
    })
}

fn fund_exists(other: i64, name: &str, year: i32, lang: Lang) -> Conflict {
    let zh = format!("{year} 年度已有名为“{name}”的专项资金（id {other}）");
    let en = format!("a fund named “{name}” already exists for {year} (id {other})");
    let message = lang.pick(&zh, &en).clone();
    (
        Issue::error(IssueCode::FundExists, "/name", message),
        ProblemCode::FundExists,
        zh,
        en,
    )
}

/// Applies a JSON merge patch to a stored fund and saves it through [`save_fund`].
pub fn patch_fund(
    conn: &mut DbConnection,
    id: i64,
    patch: &Value,
    precondition: &Precondition,
    lang: Lang,
) -> Result<Saved<Fund>, ServiceError> {
    let stored = funds::find(conn, id)?.ok_or_else(|| not_found(Resource::Fund, id))?;
    precondition.check(stored.version)?;
    // A patch names only fields a fund has, even where it clears them with `null`.
    let _: FundDocument = from_value(patch.clone())?;
    let mut doc = serde_json::to_value(&stored).map_err(ServiceError::internal)?;
    merge_patch(&mut doc, patch);
    let doc: FundDocument = from_value(doc)?;
    save_fund(
        conn,
        &doc,
        &Target::Replace {
            id,
            precondition: Precondition::Versions(vec![stored.version]),
        },
        lang,
    )
}

/// Deletes a fund. While it has sheets this is a 409 unless `force`, which deletes them too.
pub fn delete_fund(
    conn: &mut DbConnection,
    id: i64,
    precondition: &Precondition,
    force: bool,
    actor: &Actor,
    lang: Lang,
) -> Result<(), ServiceError> {
    let stored = funds::find(conn, id)?.ok_or_else(|| not_found(Resource::Fund, id))?;
    precondition.check(stored.version)?;
    let count = funds::sheet_count(conn, id)?;
    if count > 0 && !force {
        let zh = format!(
            "专项资金 {id} 下还有 {count} 张绩效目标表；先删除它们，或以 force=true 一并删除"
        );
        let en = format!("fund {id} still has {count} sheet(s); delete them first, or pass force=true to delete them too");
        let _ = lang;
        return Err(ServiceError::Conflict {
            code: ProblemCode::FundHasSheets,
            detail_zh: zh,
            detail_en: en,
            issues: vec![],
        });
    }
    let doomed = if count > 0 {
        sheets::load(
            conn,
            &sheets::SheetFilter {
                fund_id: Some(id),
                limit: i64::MAX,
                ..Default::default()
            },
        )?
    } else {
        Vec::new()
    };
    if funds::delete(conn, id, stored.version)? == 0 {
        return Err(ServiceError::PreconditionFailed {
            current: stored.version + 1,
        });
    }
    for sheet in doomed {
        record_deletion(conn, sheet, actor)?;
    }
    Ok(())
}

/// RFC 7396 JSON merge patch: objects merge key by key, `null` removes, anything else replaces.
pub fn merge_patch(target: &mut Value, patch: &Value) {
    let Value::Object(patch_map) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(serde_json::Map::new());
    }
    let Value::Object(target_map) = target else {
        return;
    };
    for (key, value) in patch_map {
        if value.is_null() {
            target_map.remove(key);
        } else {
            merge_patch(target_map.entry(key.clone()).or_insert(Value::Null), value);
        }
    }
}

/// Sheets counted by status.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub struct StatusCounts {
    /// Sheets in `DRAFT`.
    pub draft: i64,
    /// Sheets in `SUBMITTED`.
    pub submitted: i64,
    /// Sheets in `APPROVED`.
    pub approved: i64,
    /// Sheets in `RETURNED`.
    pub returned: i64,
}

/// One region's line in a fund summary.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RegionLine {
    /// Region code.
    #[schema(example = "430200")]
    pub region_code: String,
    /// Region name.
    #[schema(example = "株洲市")]
    pub region_name: String,
    /// The region's sheet.
    pub sheet_id: i64,
    /// The sheet's status.
    pub status: SheetStatus,
    /// The sheet's version.
    pub version: i64,
    /// 省级资金 in 万元.
    #[schema(value_type = String, example = "260")]
    pub provincial_funds: Money,
    /// 市、区拟配套资金 in 万元; `null` when blank.
    #[schema(value_type = Option<String>, example = "100")]
    pub matching_funds: Option<Money>,
    /// Remark beside the matching funds.
    pub matching_funds_note: Option<String>,
    /// Number of indicators.
    pub indicator_count: i64,
    /// Errors the sheet has against today's rules and the fund's template.
    pub error_count: i64,
    /// Warnings the sheet has against today's rules and the fund's template.
    pub warning_count: i64,
}

/// A region without a sheet.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MissingRegion {
    /// Region code.
    #[schema(example = "430100")]
    pub code: String,
    /// Region name.
    #[schema(example = "长沙市")]
    pub name: String,
}

/// Allocation of a fund across regions.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FundSummary {
    /// The fund.
    pub fund_id: i64,
    /// The fund's name.
    pub fund_name: String,
    /// The fund's year.
    pub year: i32,
    /// The fund's total provincial budget in 万元, or `null` when not fixed.
    #[schema(value_type = Option<String>, example = "2000")]
    pub total_provincial_funds: Option<Money>,
    /// Sum of the sheets' provincial funds in 万元.
    #[schema(value_type = String, example = "2000")]
    pub allocated_provincial_funds: Money,
    /// Total minus allocated in 万元 (negative when over budget); `null` without a total.
    #[schema(example = "0")]
    pub unallocated_provincial_funds: Option<String>,
    /// Sum of the stated matching funds in 万元 (blanks count as nothing).
    #[schema(value_type = String, example = "335")]
    pub stated_matching_funds: Money,
    /// Sheets whose matching funds are blank.
    pub blank_matching_funds: i64,
    /// Number of sheets.
    pub sheet_count: i64,
    /// Number of indicators over all sheets.
    pub indicator_count: i64,
    /// Sheets by status.
    pub by_status: StatusCounts,
    /// Sheets with at least one error against today's rules and the fund's template.
    pub sheets_with_errors: i64,
    /// Sheets with warnings but no error.
    pub sheets_with_warnings_only: i64,
    /// One line per region with a sheet, ordered by region code.
    pub regions: Vec<RegionLine>,
    /// Built-in regions without a sheet for this fund.
    pub missing_regions: Vec<MissingRegion>,
}

/// The allocation summary of a fund.
pub fn fund_summary(conn: &mut DbConnection, id: i64) -> Result<FundSummary, ServiceError> {
    let fund = funds::find(conn, id)?.ok_or_else(|| not_found(Resource::Fund, id))?;
    let mut list = sheets::load(
        conn,
        &sheets::SheetFilter {
            fund_id: Some(id),
            limit: i64::MAX,
            ..Default::default()
        },
    )?;
    list.sort_by(|a, b| a.region_code.cmp(&b.region_code));
    let mut by_status = StatusCounts::default();
    let mut allocated = Money::ZERO;
    let mut matching = Money::ZERO;
    let mut blank = 0;
    let mut indicator_count = 0;
    for s in &list {
        allocated = allocated.saturating_add(s.provincial_funds);
        match s.matching_funds {
            Some(m) => matching = matching.saturating_add(m),
            None => blank += 1,
        }
        indicator_count += s.indicators.len() as i64;
        match s.status {
            SheetStatus::Draft => by_status.draft += 1,
            SheetStatus::Submitted => by_status.submitted += 1,
            SheetStatus::Approved => by_status.approved += 1,
            SheetStatus::Returned => by_status.returned += 1,
        }
    }
    let all_regions = regions::list(conn)?;
    let mut counts = Vec::with_capacity(list.len());
    for s in &list {
        // The same check as `GET /sheets/{id}/validation`, with facts already at hand.
        let facts = SheetFacts {
            fund: Some(&fund),
            region: all_regions.iter().find(|r| r.code == s.region_code),
            same_key: None,
            others_provincial_funds: match fund.total_provincial_funds {
                Some(_) => Money::from_yuan(allocated.yuan() - s.provincial_funds.yuan()),
                None => Money::ZERO,
            },
        };
        let doc = s.to_document();
        let (norm, issues) = sheet_domain::normalize(&doc, Lang::Zh);
        let issues = check_normalized(&doc, norm, issues, Some(s), &facts, Lang::Zh).all_issues();
        let errors = issues
            .iter()
            .filter(|i| i.severity == Severity::Error)
            .count() as i64;
        counts.push((errors, issues.len() as i64 - errors));
    }
    let missing_regions = all_regions
        .into_iter()
        .filter(|r| !list.iter().any(|s| s.region_code == r.code))
        .map(|r| MissingRegion {
            code: r.code,
            name: r.name,
        })
        .collect();
    Ok(FundSummary {
        fund_id: fund.id,
        fund_name: fund.name,
        year: fund.year,
        total_provincial_funds: fund.total_provincial_funds,
        allocated_provincial_funds: allocated,
        unallocated_provincial_funds: fund
            .total_provincial_funds
            .map(|t| format_yuan_as_wan(t.minus(allocated))),
        stated_matching_funds: matching,
        blank_matching_funds: blank,
        sheet_count: list.len() as i64,
        indicator_count,
        by_status,
        sheets_with_errors: counts.iter().filter(|(e, _)| *e > 0).count() as i64,
        sheets_with_warnings_only: counts.iter().filter(|(e, w)| *e == 0 && *w > 0).count() as i64,
        regions: list
            .into_iter()
            .zip(counts)
            .map(|(s, (error_count, warning_count))| RegionLine {
                error_count,
                warning_count,
                indicator_count: s.indicators.len() as i64,
                region_code: s.region_code,
                region_name: s.region_name,
                sheet_id: s.id,
                status: s.status,
                version: s.version,
                provincial_funds: s.provincial_funds,
                matching_funds: s.matching_funds,
                matching_funds_note: s.matching_funds_note,
            })
            .collect(),
        missing_regions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn if_match_is_read_strictly() {
        assert_eq!(Precondition::parse(None), Precondition::None);
        assert_eq!(Precondition::parse(Some("*")), Precondition::Any);
        assert_eq!(
            Precondition::parse(Some("\"3\"")),
            Precondition::Versions(vec![3])
        );
        assert_eq!(
            Precondition::parse(Some("\"2\", \"3\"")),
            Precondition::Versions(vec![2, 3])
        );
        assert_eq!(
            Precondition::parse(Some("W/\"3\"")),
            Precondition::Versions(vec![])
        );
        assert_eq!(
            Precondition::parse(Some("3")),
            Precondition::Versions(vec![])
        );
        for other in ["\"03\"", "\"+3\"", "\" 3\"", "\"3.0\"", "\"-0\""] {
            assert_eq!(
                Precondition::parse(Some(other)),
                Precondition::Versions(vec![]),
                "{other}"
            );
        }
        assert!(Precondition::parse(Some("\"3\"")).check(3).is_ok());
        assert!(matches!(
            Precondition::parse(Some("\"2\"")).check(3),
            Err(ServiceError::PreconditionFailed { current: 3 })
        ));
        assert!(Precondition::Any.check(9).is_ok());
    }

    #[test]
    fn merge_patch_follows_rfc_7396() {
        let mut doc = json!({"a": "b", "c": {"d": "e", "f": "g"}, "list": [1, 2]});
        merge_patch(
            &mut doc,
            &json!({"a": "z", "c": {"f": null}, "list": [3], "n": null}),
        );
        assert_eq!(doc, json!({"a": "z", "c": {"d": "e"}, "list": [3]}));
        let mut doc = json!({"a": 1});
        merge_patch(&mut doc, &json!(["x"]));
        assert_eq!(doc, json!(["x"]));
    }
}
