//! Examples drawn from the seed data (`examples/2024-cross-border-ecommerce.json`: the 2024
//! cross-border e-commerce fund and its thirteen prefecture sheets), computed by the domain code
//! that computes real answers (normalisation, the target reader, the rules), so that an example
//! agrees with itself and with what the server would send: the 株洲市 sheet as sent, stored,
//! listed, patched and moved through the review steps; the fund; an upload's summary; a verdict.
//!
//! Each resource schema gets its example (what Swagger UI shows for a body of that schema); an
//! operation whose answer differs from the plain resource (a write's `warnings`, a new version
//! after a patch or a review step) gets its own on the media type.

use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use utoipa::openapi::path::Operation;
use utoipa::openapi::{OpenApi as Document, RefOr, Schema};

use crate::domain::fund::{self as fund_domain, Fund, FundDocument};
use crate::domain::rules::{self, FundFacts, RegionFacts};
use crate::domain::sheet::{self as sheet_domain, Indicator, Sheet, SheetDocument, SheetStatus};
use crate::domain::{FundId, IndicatorId, Issue, Lang, Money, Severity, SheetId};
use crate::service::{FundSummary, MissingRegion, RegionLine, StatusCounts};

/// The seed: the 2024 fund and its thirteen sheets.
const SEED: &str = include_str!("../../../examples/2024-cross-border-ecommerce.json");

/// The built-in regions: code, name, short name.
const REGIONS: &[(&str, &str, &str)] = &[
    ("430100", "长沙市", "长沙市"),
    ("430200", "株洲市", "株洲市"),
    ("430300", "湘潭市", "湘潭市"),
    ("430400", "衡阳市", "衡阳市"),
    ("430500", "邵阳市", "邵阳市"),
    ("430600", "岳阳市", "岳阳市"),
    ("430700", "常德市", "常德市"),
    ("430800", "张家界市", "张家界市"),
    ("430900", "益阳市", "益阳市"),
    ("431000", "郴州市", "郴州市"),
    ("431100", "永州市", "永州市"),
    ("431200", "怀化市", "怀化市"),
    ("431300", "娄底市", "娄底市"),
    ("433100", "湘西土家族苗族自治州", "湘西州"),
];

/// When the example fund and sheets were created.
const CREATED: &str = "2024-03-01T08:00:00Z";
/// When the example sheet was last changed.
const UPDATED: &str = "2024-03-05T09:30:00Z";

fn seed() -> Value {
    serde_json::from_str(SEED).unwrap_or_default()
}

fn time(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

/// The seed's fund as a client sends it.
fn fund_document() -> FundDocument {
    crate::json::from_value(seed()["fund"].clone()).unwrap_or_default()
}

/// The seed's fund as stored, id 1, version 1.
fn fund() -> Fund {
    let (norm, _) = fund_domain::normalize(&fund_document(), Lang::Zh);
    Fund {
        id: FundId::new(1),
        name: norm.name,
        year: norm.year,
        total_provincial_funds: norm.total_provincial_funds,
        description: norm.description,
        template: norm.template,
        scoring: norm.scoring.unwrap_or_default(),
        version: 1,
        created_at: time(CREATED),
        updated_at: time(CREATED),
    }
}

/// Seed sheet `index` (0: 株洲市) as a client sends it, for fund 1.
fn seed_sheet(index: usize) -> SheetDocument {
    let mut value = seed()["sheets"][index].clone();
    value["fund_id"] = json!(1);
    crate::json::from_value(value).unwrap_or_default()
}

/// The 株洲市 sheet as a client sends it.
pub fn sheet_document() -> SheetDocument {
    seed_sheet(0)
}

/// Every issue a save of `doc` into the seed fund finds (document checks, targets, rules), when
/// the fund's other sheets hold `others` of provincial funds.
pub fn rule_issues(doc: &SheetDocument, others: Money) -> Vec<Issue> {
    let (norm, mut issues) = sheet_domain::normalize(doc, Lang::Zh);
    let fund = fund();
    let (targets, parse_issues) = rules::parse_targets(&norm, Lang::Zh);
    issues.extend(parse_issues);
    let region = REGIONS.iter().find(|r| norm.region_code == r.0);
    issues.extend(rules::check(&rules::Context {
        lang: Lang::Zh,
        sheet: &norm,
        targets: &targets,
        fund: Some(FundFacts {
            total_provincial_funds: fund.total_provincial_funds,
            template: fund.template.as_ref(),
            others_provincial_funds: others,
        }),
        region: region.map(|r| RegionFacts {
            name: r.1,
            short_name: r.2,
        }),
    }));
    issues
}

/// The warnings of seed sheet `index` saved into the seed fund.
fn warnings(doc: &SheetDocument) -> Vec<Issue> {
    rule_issues(doc, Money::ZERO)
        .into_iter()
        .filter(|i| i.severity == Severity::Warning)
        .collect()
}

/// A seed sheet as stored: sheet `id` whose indicators are numbered from `first_indicator`.
fn stored(doc: &SheetDocument, id: i64, first_indicator: i64) -> Sheet {
    let (norm, _) = sheet_domain::normalize(doc, Lang::Zh);
    let (targets, _) = rules::parse_targets(&norm, Lang::Zh);
    let fund = fund();
    let region = REGIONS
        .iter()
        .find(|r| norm.region_code == r.0)
        .map_or("", |r| r.1);
    Sheet {
        id: SheetId::new(id),
        fund_id: fund.id,
        fund_name: fund.name,
        year: fund.year,
        region_code: norm.region_code.clone(),
        region_name: region.into(),
        departments: norm.departments.clone(),
        provincial_funds: norm.provincial_funds,
        matching_funds: norm.matching_funds,
        matching_funds_note: norm.matching_funds_note.clone(),
        overall_goal: norm.overall_goal.clone(),
        indicators: norm
            .indicators
            .iter()
            .zip(targets)
            .enumerate()
            .map(|(k, (ind, parsed))| Indicator {
                id: IndicatorId::new(first_indicator + k as i64),
                level1: ind.level1.clone(),
                level2: ind.level2.clone(),
                name: ind.name.clone(),
                target: ind.target.clone(),
                target_parsed: parsed.map(|p| p.with_year(fund.year)),
            })
            .collect(),
        status: SheetStatus::Draft,
        status_reason: None,
        version: 1,
        created_at: time(CREATED),
        updated_at: time(CREATED),
        warnings: None,
    }
}

/// The 株洲市 sheet as stored (id 1, version 1).
fn sheet() -> Sheet {
    stored(&sheet_document(), 1, 1)
}

/// The 株洲市 sheet after a step or a change: `version`, `status`, `reason`.
fn sheet_at(version: i64, status: SheetStatus, reason: Option<&str>) -> Sheet {
    let mut sheet = sheet();
    sheet.version = version;
    sheet.status = status;
    sheet.status_reason = reason.map(str::to_owned);
    if version > 1 {
        sheet.updated_at = time(UPDATED);
    }
    sheet
}

/// A write's answer: the sheet with the warnings the save found.
fn written(mut sheet: Sheet) -> Value {
    sheet.warnings = Some(warnings(&sheet.to_document()));
    to_value(&sheet)
}

fn to_value<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or_default()
}

/// One item of an import summary for seed sheet `index`.
fn item(index: usize, outcome: &str, sheet_id: Option<i64>, issues: Vec<Issue>) -> Value {
    let doc = seed_sheet(index);
    let mut item = json!({
        "index": index,
        "key": {"fund_id": 1, "region_code": doc.region_code},
        "outcome": outcome,
        "issues": issues,
    });
    if let Some(id) = sheet_id {
        item["sheet_id"] = json!(id);
    }
    item
}

/// The summary of an atomic upload of the first two seed sheets: 株洲市 stored already
/// (unchanged), 湘潭市 new.
fn import_summary() -> Value {
    json!({
        "mode": "atomic", "dry_run": false, "saved": true,
        "created": 1, "updated": 0, "unchanged": 1, "failed": 0,
        "items": [
            item(0, "UNCHANGED", Some(1), warnings(&seed_sheet(0))),
            item(1, "CREATED", Some(2), warnings(&seed_sheet(1))),
        ],
    })
}

/// The summary of a refused atomic upload (422 `IMPORT_FAILED`): the second item names a
/// 二级指标 the taxonomy does not have, so nothing is saved, and the first, which would have
/// been created, has no id.
pub fn refused_import_summary() -> Value {
    let mut faulty = seed_sheet(1);
    if let Some(indicators) = faulty.indicators.as_mut() {
        indicators[0].level2 = Some("数量".into());
    }
    let errors: Vec<Issue> = rule_issues(&faulty, Money::ZERO)
        .into_iter()
        .filter(|i| i.severity == Severity::Error)
        .collect();
    json!({
        "mode": "atomic", "dry_run": false, "saved": false,
        "created": 1, "updated": 0, "unchanged": 0, "failed": 1,
        "items": [
            item(0, "CREATED", None, warnings(&seed_sheet(0))),
            item(1, "FAILED", None, errors),
        ],
    })
}

/// The verdict on the 株洲市 sheet: sent as a new document (`ids` false: the indicators would
/// be added) or stored as sheet 1.
fn validation(ids: bool) -> Value {
    let doc = sheet_document();
    let issues = warnings(&doc);
    let sheet = sheet();
    json!({
        "valid": true,
        "error_count": 0,
        "warning_count": issues.len(),
        "issues": issues,
        "sheet": {
            "fund_id": 1,
            "region_code": sheet.region_code,
            "departments": sheet.departments,
            "provincial_funds": sheet.provincial_funds,
            "matching_funds": sheet.matching_funds,
            "matching_funds_note": sheet.matching_funds_note,
            "overall_goal": sheet.overall_goal,
            "indicators": sheet.indicators.iter().map(|i| json!({
                "id": if ids { json!(i.id) } else { Value::Null },
                "level1": i.level1, "level2": i.level2, "name": i.name,
                "target": i.target, "target_parsed": i.target_parsed,
            })).collect::<Vec<_>>(),
        },
    })
}

/// The allocation summary of the seed fund with its thirteen sheets stored (ids 1–13, in the
/// seed's order), every one a draft.
fn fund_summary() -> FundSummary {
    let fund = fund();
    let count = seed()["sheets"].as_array().map_or(0, Vec::len);
    let norms: Vec<_> = (0..count)
        .map(|k| sheet_domain::normalize(&seed_sheet(k), Lang::Zh).0)
        .collect();
    let allocated = norms
        .iter()
        .fold(Money::ZERO, |sum, n| sum.saturating_add(n.provincial_funds));
    let mut regions: Vec<RegionLine> = norms
        .iter()
        .enumerate()
        .map(|(k, norm)| {
            let others = Money::from_yuan(allocated.yuan() - norm.provincial_funds.yuan());
            let issues = rule_issues(&seed_sheet(k), others);
            let errors = issues
                .iter()
                .filter(|i| i.severity == Severity::Error)
                .count() as i64;
            RegionLine {
                region_code: norm.region_code.clone(),
                region_name: REGIONS
                    .iter()
                    .find(|r| norm.region_code == r.0)
                    .map_or("", |r| r.1)
                    .into(),
                sheet_id: SheetId::new(k as i64 + 1),
                status: SheetStatus::Draft,
                version: 1,
                provincial_funds: norm.provincial_funds,
                matching_funds: norm.matching_funds,
                matching_funds_note: norm.matching_funds_note.clone(),
                indicator_count: norm.indicators.len() as i64,
                error_count: errors,
                warning_count: issues.len() as i64 - errors,
            }
        })
        .collect();
    regions.sort_by(|a, b| a.region_code.cmp(&b.region_code));
    let missing_regions = REGIONS
        .iter()
        .filter(|r| !regions.iter().any(|l| l.region_code == r.0))
        .map(|r| MissingRegion {
            code: r.0.into(),
            name: r.1.into(),
        })
        .collect();
    FundSummary {
        fund_id: fund.id,
        fund_name: fund.name,
        year: fund.year,
        total_provincial_funds: fund.total_provincial_funds,
        allocated_provincial_funds: allocated,
        unallocated_provincial_funds: fund
            .total_provincial_funds
            .map(|t| crate::domain::money::format_yuan_as_wan(t.minus(allocated))),
        stated_matching_funds: norms
            .iter()
            .filter_map(|n| n.matching_funds)
            .fold(Money::ZERO, Money::saturating_add),
        blank_matching_funds: norms.iter().filter(|n| n.matching_funds.is_none()).count() as i64,
        sheet_count: count as i64,
        indicator_count: norms.iter().map(|n| n.indicators.len() as i64).sum(),
        by_status: StatusCounts {
            draft: count as i64,
            ..Default::default()
        },
        sheets_with_errors: regions.iter().filter(|l| l.error_count > 0).count() as i64,
        sheets_with_warnings_only: regions
            .iter()
            .filter(|l| l.error_count == 0 && l.warning_count > 0)
            .count() as i64,
        regions,
        missing_regions,
    }
}

/// The revision of the 株洲市 sheet at `version`.
/// The seed sheets as stored (ids 1–13, each with 20 indicator ids of its own).
fn seed_sheets() -> Vec<Sheet> {
    let count = seed()["sheets"].as_array().map_or(0, Vec::len);
    (0..count)
        .map(|k| stored(&seed_sheet(k), k as i64 + 1, k as i64 * 20 + 1))
        .collect()
}

/// The seed fund side by side (SPEC §7.1), as the domain code computes it, with its first two
/// groups (training and fairs) of the 25.
fn side_by_side_example() -> Value {
    let fund = fund();
    let mut view = crate::domain::side_by_side::side_by_side(
        fund.id,
        fund.template.as_ref(),
        &seed_sheets(),
        &crate::domain::side_by_side::FollowUp::default(),
    );
    view.items.truncate(2);
    to_value(&view)
}

/// The seed 株洲市 sheet (2024) compared with a 2025 variant: more training, fewer fairs, a
/// satisfaction indicator dropped and a deadline added.
fn comparison_example() -> Value {
    let last_year = sheet();
    let mut doc = sheet_document();
    doc.provincial_funds = Some(crate::domain::money::MoneyInput::Text("300".into()));
    if let Some(list) = doc.indicators.as_mut() {
        list[0].target = Some("1200".into());
        list[1].target = Some("15".into());
        list.truncate(9);
        list.push(sheet_domain::IndicatorDocument {
            level1: Some("产出指标".into()),
            level2: Some("时效指标".into()),
            name: Some("项目完成时间".into()),
            target: Some("2025年11月底前".into()),
            ..Default::default()
        });
    }
    let mut this_year = stored(&doc, 14, 281);
    this_year.year = 2025;
    this_year.fund_id = FundId::new(2);
    this_year.fund_name = "2025年度跨境电商支持资金".into();
    to_value(&crate::domain::side_by_side::compare_sheets(
        &this_year, &last_year,
    ))
}

fn revision(version: i64, action: &str, status: &str, reason: Option<&str>) -> Value {
    let (actor, role) = match action {
        "CREATE" | "UPDATE" | "SUBMIT" => ("株洲市商务局", "SUBMITTER"),
        _ => ("省财政厅预算处", "REVIEWER"),
    };
    json!({
        "sheet_id": 1, "version": version, "action": action, "status": status,
        "actor": {"name": actor, "role": role},
        "reason": reason,
        "request_id": super::problems::EXAMPLE_REQUEST_ID,
        "created_at": if version == 1 { CREATED } else { UPDATED },
    })
}

/// A token's record: the 株洲市 submitter's.
fn api_token() -> Value {
    json!({
        "id": 2, "name": "株洲市商务局", "role": "SUBMITTER", "regions": ["430200"],
        "created_by": "initial admin", "created_at": CREATED, "revoked_at": null,
    })
}

/// The examples of the document.
pub struct Examples {
    /// Schema name → example.
    schemas: Vec<(&'static str, Value)>,
    /// Operation id, `request` (or `request <media type>`) or a response status → example of
    /// its body.
    operations: Vec<(&'static str, &'static str, Value)>,
}

impl Examples {
    /// Computes every example from the seed.
    pub fn from_seed() -> Self {
        let sheet = sheet();
        let fund = fund();
        let mut patched = sheet_at(2, SheetStatus::Draft, None);
        patched.matching_funds = Money::parse_wan("120").ok();
        let mut patched_fund = fund.clone();
        patched_fund.total_provincial_funds = Money::parse_wan("2100").ok();
        patched_fund.version = 2;
        patched_fund.updated_at = time(UPDATED);
        let parse = crate::http::routes::validation::parse_response(
            "12月底前完成".into(),
            Some(2024),
            Lang::Zh,
        );
        let mut bulk_item = seed()["sheets"][1].clone();
        bulk_item["fund_name"] = json!(fund.name);
        bulk_item["year"] = json!(fund.year);
        let template = to_value(&fund_document().template);
        let schemas = vec![
            ("SheetDocument", to_value(&sheet_document())),
            ("SheetCreate", to_value(&sheet_document())),
            ("SheetReplace", to_value(&sheet.to_document())),
            ("SheetPatch", json!({"matching_funds": "120"})),
            ("SheetBulkItem", bulk_item),
            (
                "IndicatorInput",
                to_value(&sheet.to_document().indicators.unwrap_or_default().first()),
            ),
            ("FundInput", to_value(&fund_document())),
            ("FundPatch", json!({"total_provincial_funds": "2100"})),
            ("TemplateInput", template.clone()),
            ("TemplateIndicatorInput", template["indicators"][3].clone()),
            ("ReasonRequest", json!({"reason": "请补充时效指标"})),
            ("Sheet", to_value(&sheet)),
            ("SideBySide", side_by_side_example()),
            ("SheetComparison", comparison_example()),
            (
                "SheetPage",
                json!({"items": [to_value(&sheet)], "next_page_token": "c1"}),
            ),
            ("FundDocument", to_value(&fund_document())),
            ("Fund", to_value(&fund)),
            (
                "FundPage",
                json!({"items": [to_value(&fund)], "next_page_token": null}),
            ),
            ("FundSummary", to_value(&fund_summary())),
            ("ImportSummary", import_summary()),
            ("Validation", validation(false)),
            (
                "ParseRequest",
                json!({"text": "12月底前完成", "year": 2024}),
            ),
            ("ParseResponse", to_value(&parse)),
            ("Revision", {
                let mut r = revision(1, "CREATE", "DRAFT", None);
                r["snapshot"] = to_value(&sheet);
                r
            }),
            (
                "RevisionPage",
                json!({"items": [
                    revision(1, "CREATE", "DRAFT", None),
                    revision(2, "UPDATE", "DRAFT", None),
                ], "next_page_token": null}),
            ),
            (
                "RevisionDiff",
                json!({"sheet_id": 1, "from": 1, "to": 2, "changes": [
                    {"path": "/matching_funds", "change": "CHANGED", "from": "100", "to": "120"},
                ]}),
            ),
            (
                "TokenRequest",
                json!({"name": "株洲市商务局", "role": "SUBMITTER", "regions": ["430200"]}),
            ),
            ("ApiToken", api_token()),
            ("CreatedToken", {
                let mut t = api_token();
                t["token"] = json!(format!("pt_{}", "5f0c8e2a91d4b7c3".repeat(4)));
                t
            }),
            (
                "TokenPage",
                json!({"items": [
                    {"id": 1, "name": "initial admin", "role": "ADMIN", "regions": [],
                     "created_by": "first start", "created_at": CREATED, "revoked_at": null},
                    api_token(),
                ], "next_page_token": null}),
            ),
            (
                "Principal",
                json!({"token_id": 2, "name": "株洲市商务局", "role": "SUBMITTER", "regions": ["430200"]}),
            ),
            (
                "RegionList",
                json!({"items": REGIONS.iter().map(|r| json!({"code": r.0, "name": r.1, "short_name": r.2})).collect::<Vec<_>>()}),
            ),
            ("TaxonomyView", to_value(&crate::domain::taxonomy::view())),
            ("Health", json!({"status": "ok"})),
            ("Ready", json!({"status": "ready", "database": "sqlite"})),
        ];
        let operations = vec![
            ("createSheet", "201", written(sheet.clone())),
            ("replaceSheet", "200", written(sheet.clone())),
            ("patchSheet", "200", written(patched)),
            ("submitSheet", "request", json!({})),
            (
                "submitSheet",
                "200",
                to_value(&sheet_at(2, SheetStatus::Submitted, None)),
            ),
            ("approveSheet", "request", json!({"reason": "同意"})),
            (
                "approveSheet",
                "200",
                to_value(&sheet_at(3, SheetStatus::Approved, Some("同意"))),
            ),
            (
                "returnSheet",
                "request",
                json!({"reason": "请补充时效指标"}),
            ),
            (
                "returnSheet",
                "200",
                to_value(&sheet_at(3, SheetStatus::Returned, Some("请补充时效指标"))),
            ),
            (
                "reopenSheet",
                "request",
                json!({"reason": "年中调整培训人次目标"}),
            ),
            (
                "reopenSheet",
                "200",
                to_value(&sheet_at(
                    4,
                    SheetStatus::Draft,
                    Some("年中调整培训人次目标"),
                )),
            ),
            ("getSheetValidation", "200", validation(true)),
            (
                "bulkUploadSheets",
                "request application/x-ndjson",
                Value::String(
                    (0..2)
                        .map(|k| to_value(&seed_sheet(k)).to_string() + "\n")
                        .collect(),
                ),
            ),
            ("patchFund", "200", to_value(&patched_fund)),
        ];
        Examples {
            schemas,
            operations,
        }
    }

    /// Sets the examples of one operation's request body and answers.
    pub fn document(&self, op: &mut Operation) {
        let id = op.operation_id.clone().unwrap_or_default();
        for (_, place, value) in self.operations.iter().filter(|(o, _, _)| *o == id) {
            let contents = if let Some(media) = place.strip_prefix("request") {
                let media = media.trim();
                match op.request_body.as_mut() {
                    Some(RefOr::T(body)) => body
                        .content
                        .iter_mut()
                        .filter(|(m, _)| media.is_empty() || m.as_str() == media)
                        .map(|(_, c)| c)
                        .collect::<Vec<_>>(),
                    _ => Vec::new(),
                }
            } else {
                match op.responses.responses.get_mut(*place) {
                    Some(RefOr::T(response)) => response.content.values_mut().collect(),
                    _ => Vec::new(),
                }
            };
            for content in contents {
                if let RefOr::T(content) = content {
                    content.example = Some(value.clone());
                }
            }
        }
    }

    /// Sets the example of each resource schema.
    #[allow(deprecated)]
    pub fn document_schemas(&self, api: &mut Document) {
        let Some(components) = api.components.as_mut() else {
            return;
        };
        for (name, value) in &self.schemas {
            match components.schemas.get_mut(*name) {
                Some(RefOr::T(Schema::Object(object))) => object.example = Some(value.clone()),
                Some(RefOr::T(Schema::AllOf(all_of))) => all_of.example = Some(value.clone()),
                _ => {}
            }
        }
    }
}
