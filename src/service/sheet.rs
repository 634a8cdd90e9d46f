//! Sheets: reading one (and its cached body), every check a save runs, validating without
//! saving, and the one write path (create, replace, patch, delete) with its revisions.

use super::*;

/// The stored sheet `id`, or 404 `SHEET_NOT_FOUND`.
pub fn find_sheet(conn: &mut DbConnection, id: SheetId) -> Result<Sheet, ServiceError> {
    sheets::find(conn, id)?.ok_or_else(|| not_found(Resource::Sheet, id))
}

/// The JSON body of a stored sheet and its version, from `cache` while the sheet and its fund
/// keep the versions it was rendered at (see [`cache`]).
pub fn sheet_body(
    conn: &mut DbConnection,
    id: SheetId,
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

/// What the checks of one sheet need to know from the database.
#[derive(Debug, Clone, Copy)]
pub struct SheetFacts<'a> {
    /// The fund named by `fund_id`, when it exists.
    pub fund: Option<&'a Fund>,
    /// The region named by `region_code`, when it exists.
    pub region: Option<&'a regions::RegionRow>,
    /// When creating: the stored sheet that already has this (fund, region).
    pub same_key: Option<SheetId>,
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
            .is_some_and(|r| stored.region_code != r.trim())
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
    #[schema(value_type = Option<i64>)]
    pub fund_id: Option<FundId>,
    /// Region code, trimmed.
    #[schema(value_type = Option<String>, example = "430200")]
    #[schema(required = true)]
    pub region_code: Option<RegionCode>,
    /// Department names, trimmed.
    pub departments: Vec<String>,
    /// 省级资金 in 万元, canonical.
    #[schema(value_type = Option<String>, example = "260")]
    #[schema(required = true)]
    pub provincial_funds: Option<Money>,
    /// 市、区拟配套资金 in 万元, canonical; `null` when blank.
    #[schema(value_type = Option<String>, example = "100")]
    #[schema(required = true)]
    pub matching_funds: Option<Money>,
    /// Remark beside the matching funds.
    #[schema(required = true)]
    pub matching_funds_note: Option<String>,
    /// 年度总体目标, trimmed.
    #[schema(required = true)]
    pub overall_goal: Option<String>,
    /// The indicators, in order, each with its reading.
    pub indicators: Vec<ValidatedIndicator>,
}

/// An indicator of a checked document, with its reading.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ValidatedIndicator {
    /// The stored indicator this one would update, keeping its id (SPEC §5.0: matched by the
    /// id sent, else by 一级, 二级 and name); `null` for an indicator a save would add.
    #[schema(value_type = Option<i64>, example = 17)]
    #[schema(required = true)]
    pub id: Option<IndicatorId>,
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
    #[schema(required = true)]
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
    replacing: Option<SheetId>,
    lang: Lang,
) -> Result<Validation, ServiceError> {
    let existing = match replacing {
        Some(id) => Some(find_sheet(conn, id)?),
        None => None,
    };
    Ok(check_sheet(conn, doc, existing.as_ref(), lang)?.verdict(doc))
}

/// `GET /sheets/{id}/validation`: a stored sheet against today's rules and its fund's template,
/// and its targets against its peers' (`TARGET_BELOW_PEERS`, SPEC §7.1; never on saves).
pub fn validate_stored(
    conn: &mut DbConnection,
    id: SheetId,
    lang: Lang,
) -> Result<Validation, ServiceError> {
    let stored = find_sheet(conn, id)?;
    let doc = stored.to_document();
    let mut verdict = check_sheet(conn, &doc, Some(&stored), lang)?.verdict(&doc);
    let below = super::side_by_side::below_peers(conn, &stored, lang)?;
    verdict.warning_count += below.len();
    verdict.issues.extend(below);
    Ok(verdict)
}

/// The one write path of sheets: the caller's region (403), the precondition (412), normalise
/// and check (document, references, conflicts, immutable fields), compare with what is stored
/// (no change → no new version), refuse a change to a sheet under review or approved (409),
/// write, record the revision, and return the stored sheet. The caller's role is checked by
/// the handler before. Run it inside a write transaction.
pub fn save_sheet(
    conn: &mut DbConnection,
    doc: &SheetDocument,
    target: &Target<SheetId>,
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
    // A status that forbids the change and indicators in use: 409 alone, listed beside rule
    // errors in their 422.
    let mut refusals = Vec::new();
    if let Some(stored) = &existing {
        if stored.normalized() != norm {
            refused(
                ensure_editable(stored),
                IssueCode::SheetNotEditable,
                lang,
                &mut refusals,
            )?;
        }
        let kept: std::collections::HashSet<IndicatorId> =
            norm.indicators.iter().filter_map(|i| i.id).collect();
        let removed: Vec<IndicatorId> = stored
            .indicators
            .iter()
            .map(|i| i.id)
            .filter(|id| !kept.contains(id))
            .collect();
        refused(
            super::monitoring::ensure_not_in_use(conn, stored, &removed, lang),
            IssueCode::IndicatorInUse,
            lang,
            &mut refusals,
        )?;
    }
    let warnings = settle(issues, conflicts, refusals)?;
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

/// The conflict of a second sheet for a fund and region: `other` is the stored one.
pub fn sheet_exists(other: SheetId, lang: Lang) -> Conflict {
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
    id: SheetId,
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
/// allows editing; its history is kept, ending with a `DELETE` revision. A sheet with
/// monitoring reports is 409 `SHEET_IN_USE` unless an administrator passes `force`, which
/// deletes the reports too, each with its revision.
pub fn delete_sheet(
    conn: &mut DbConnection,
    id: SheetId,
    precondition: &Precondition,
    force: bool,
    actor: &Actor,
    lang: Lang,
) -> Result<(), ServiceError> {
    let stored = find_sheet(conn, id)?;
    actor.principal.require_region(&stored.region_code)?;
    precondition.check(stored.version)?;
    ensure_editable(&stored)?;
    let (reports, evaluated) = super::monitoring::follow_ups_of_sheet(conn, id)?;
    if reports > 0 || evaluated {
        if !force {
            let (zh, en) = match (reports, evaluated) {
                (0, _) => ("一份绩效自评".to_string(), "a self-evaluation".to_string()),
                (n, false) => (
                    format!("{n} 份绩效监控报告"),
                    format!("{n} monitoring report(s)"),
                ),
                (n, true) => (
                    format!("{n} 份绩效监控报告和一份绩效自评"),
                    format!("{n} monitoring report(s) and a self-evaluation"),
                ),
            };
            return Err(ServiceError::Conflict {
                code: ProblemCode::SheetInUse,
                detail_zh: format!(
                    "绩效目标表 {id} 有{zh}；先删除它们，或由管理员以 force=true 一并删除"
                ),
                detail_en: format!(
                    "sheet {id} has {en}; delete them first, or an administrator passes force=true to delete them too"
                ),
                issues: vec![],
            });
        }
        if actor.principal.role != crate::domain::access::Role::Admin {
            return Err(ServiceError::Forbidden {
                zh: "只有管理员（ADMIN）可以用 force=true 连同绩效监控报告和绩效自评删除绩效目标表"
                    .into(),
                en: "only an ADMIN may delete a sheet with its monitoring reports and self-evaluation (force=true)"
                    .into(),
            });
        }
        super::monitoring::remove_all_of_sheet(conn, &stored, actor, lang)?;
    }
    if sheets::delete(conn, id, stored.version)? == 0 {
        return Err(ServiceError::PreconditionFailed {
            current: stored.version + 1,
        });
    }
    record_deletion(conn, stored, actor)
}

/// Records the deletion of `sheet`: a `DELETE` revision one version past its last.
pub(crate) fn record_deletion(
    conn: &mut DbConnection,
    sheet: Sheet,
    actor: &Actor,
) -> Result<(), ServiceError> {
    let mut last = sheet;
    last.version += 1;
    record(conn, &last, RevisionAction::Delete, actor, None)
}
