//! Funds: the one write path (create, replace, patch, delete, with `force` for a fund that has
//! sheets) and the allocation summary of a fund's sheets.

use super::*;

/// The one write path of funds.
pub fn save_fund(
    conn: &mut DbConnection,
    doc: &FundDocument,
    target: &Target<FundId>,
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
    let warnings = settle(issues, conflicts, Vec::new())?;
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

/// The conflict of a second fund named `name` in `year`: `other` is the stored one.
pub fn fund_exists(other: FundId, name: &str, year: i32, lang: Lang) -> Conflict {
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
    id: FundId,
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
    id: FundId,
    precondition: &Precondition,
    force: bool,
    actor: &Actor,
    lang: Lang,
) -> Result<(), ServiceError> {
    let stored = funds::find(conn, id)?.ok_or_else(|| not_found(Resource::Fund, id))?;
    precondition.check(stored.version)?;
    let count = funds::sheet_count(conn, id)?;
    if count > 0 && !force {
        let _ = lang;
        return Err(fund_has_sheets(id, count));
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
    for sheet in &doomed {
        super::monitoring::remove_all_of_sheet(conn, sheet, actor, lang)?;
    }
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

/// 409 `FUND_HAS_SHEETS`: fund `id` still has `count` sheets.
pub fn fund_has_sheets(id: FundId, count: i64) -> ServiceError {
    ServiceError::Conflict {
        code: ProblemCode::FundHasSheets,
        detail_zh: format!(
            "专项资金 {id} 下还有 {count} 张绩效目标表；先删除它们，或以 force=true 一并删除"
        ),
        detail_en: format!(
            "fund {id} still has {count} sheet(s); delete them first, or pass force=true to delete them too"
        ),
        issues: vec![],
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
    #[schema(value_type = String, example = "430200")]
    pub region_code: RegionCode,
    /// Region name.
    #[schema(example = "株洲市")]
    pub region_name: String,
    /// The region's sheet.
    #[schema(value_type = i64)]
    pub sheet_id: SheetId,
    /// The sheet's status.
    pub status: SheetStatus,
    /// The sheet's version.
    pub version: i64,
    /// 省级资金 in 万元.
    #[schema(value_type = String, example = "260")]
    pub provincial_funds: Money,
    /// 市、区拟配套资金 in 万元; `null` when blank.
    #[schema(value_type = Option<String>, example = "100")]
    #[schema(required = true)]
    pub matching_funds: Option<Money>,
    /// Remark beside the matching funds.
    #[schema(required = true)]
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
    #[schema(value_type = i64)]
    pub fund_id: FundId,
    /// The fund's name.
    pub fund_name: String,
    /// The fund's year.
    pub year: i32,
    /// The fund's total provincial budget in 万元, or `null` when not fixed.
    #[schema(value_type = Option<String>, example = "2000")]
    #[schema(required = true)]
    pub total_provincial_funds: Option<Money>,
    /// Sum of the sheets' provincial funds in 万元.
    #[schema(value_type = String, example = "2000")]
    pub allocated_provincial_funds: Money,
    /// Total minus allocated in 万元 (negative when over budget); `null` without a total.
    #[schema(example = "0")]
    #[schema(required = true)]
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
pub fn fund_summary(conn: &mut DbConnection, id: FundId) -> Result<FundSummary, ServiceError> {
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
    let peers = super::side_by_side::peer_view(&fund, &list);
    let mut counts = Vec::with_capacity(list.len());
    for s in &list {
        // The same check as `GET /sheets/{id}/validation`, with facts already at hand.
        let facts = SheetFacts {
            fund: Some(&fund),
            region: all_regions.iter().find(|r| s.region_code == r.code),
            same_key: None,
            others_provincial_funds: match fund.total_provincial_funds {
                Some(_) => Money::from_yuan(allocated.yuan() - s.provincial_funds.yuan()),
                None => Money::ZERO,
            },
        };
        let doc = s.to_document();
        let (norm, issues) = sheet_domain::normalize(&doc, Lang::Zh);
        let mut issues =
            check_normalized(&doc, norm, issues, Some(s), &facts, Lang::Zh).all_issues();
        issues.extend(super::side_by_side::below_peer_issues(&peers, s, Lang::Zh));
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
