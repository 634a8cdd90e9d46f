//! Fund and region names turned into ids (`fund_name` + `year` → `fund_id`; `region_name`, or
//! the department names, → `region_code`), each lookup made once per upload.

use std::collections::BTreeMap;

use super::BulkItem;
use crate::db::{funds, regions, DbConnection, DbError};
use crate::domain::sheet::SheetDocument;
use crate::domain::taxonomy::normalize_label;
use crate::domain::{FundId, Issue, IssueCode, Lang};

/// Funds found by (name, year): their `(id, year)` pairs.
type FundsByName = BTreeMap<(String, Option<i32>), Vec<(FundId, i32)>>;

/// Fund and region lookups, remembered for the length of one upload.
#[derive(Default)]
pub(super) struct Resolver {
    funds: FundsByName,
    regions: Option<Vec<regions::RegionRow>>,
}

impl Resolver {
    pub(super) fn regions(
        &mut self,
        conn: &mut DbConnection,
    ) -> Result<&[regions::RegionRow], DbError> {
        if self.regions.is_none() {
            self.regions = Some(regions::list(conn)?);
        }
        Ok(self.regions.as_deref().unwrap_or_default())
    }
}

/// The document's `fund_id`, or the fund named by `fund_name` (and `year`) when it has none.
pub(super) fn resolve_fund(
    conn: &mut DbConnection,
    resolver: &mut Resolver,
    item: &BulkItem,
    doc: &SheetDocument,
    issues: &mut Vec<Issue>,
    lang: Lang,
) -> Result<Option<FundId>, DbError> {
    if doc.fund_id.is_some() {
        return Ok(doc.fund_id);
    }
    fund_by_name(
        conn,
        resolver,
        item.fund_name.as_deref(),
        item.year,
        issues,
        lang,
    )
}

/// The fund named `name` (in `year`, when given), or an issue at `/fund_id` (`UNKNOWN_FUND`,
/// `AMBIGUOUS_REFERENCE`); `None` without an issue when no name is given (the document checks
/// report what is missing).
pub(super) fn fund_by_name(
    conn: &mut DbConnection,
    resolver: &mut Resolver,
    name: Option<&str>,
    year: Option<i32>,
    issues: &mut Vec<Issue>,
    lang: Lang,
) -> Result<Option<FundId>, DbError> {
    let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) else {
        return Ok(None);
    };
    let cache_key = (name.to_string(), year);
    if !resolver.funds.contains_key(&cache_key) {
        let found = funds::find_by_name(conn, name, year)?;
        resolver.funds.insert(cache_key.clone(), found);
    }
    let found = &resolver.funds[&cache_key];
    match found.as_slice() {
        [(id, _)] => return Ok(Some(*id)),
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
    Ok(None)
}

/// The document's `region_code`, or the region named by `region_name`, or by the department
/// names, when it has none.
pub(super) fn resolve_region(
    conn: &mut DbConnection,
    resolver: &mut Resolver,
    item: &BulkItem,
    doc: &SheetDocument,
    issues: &mut Vec<Issue>,
    lang: Lang,
) -> Result<Option<String>, DbError> {
    if doc.region_code.is_some() {
        return Ok(doc.region_code.clone());
    }
    if item.region_name.is_some() {
        return region_by_name(conn, resolver, item.region_name.as_deref(), issues, lang);
    }
    let regions = resolver.regions(conn)?;
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
        [r] => return Ok(Some(r.code.clone())),
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
    Ok(None)
}

/// The code of the region named `name` (full or short name, whitespace dropped), or the issue
/// `UNKNOWN_REGION` at `/region_code`; `None` without an issue for a blank name.
pub(super) fn region_by_name(
    conn: &mut DbConnection,
    resolver: &mut Resolver,
    name: Option<&str>,
    issues: &mut Vec<Issue>,
    lang: Lang,
) -> Result<Option<String>, DbError> {
    let Some(name) = name.map(normalize_label).filter(|n| !n.is_empty()) else {
        return Ok(None);
    };
    let regions = resolver.regions(conn)?;
    match regions
        .iter()
        .find(|r| r.name == name || r.short_name == name)
    {
        Some(r) => Ok(Some(r.code.clone())),
        None => {
            // Where the name was given, so that a file's issue points at its column.
            issues.push(Issue::error(
                IssueCode::UnknownRegion,
                "/region_name",
                lang.pick(
                    format!("没有名为“{name}”的地区，可选值见 GET /api/v1/regions"),
                    format!("there is no region named “{name}”; see GET /api/v1/regions"),
                ),
            ));
            Ok(None)
        }
    }
}
