//! Finding, checking and answering the items of an upload a part at a time: the facts read once per part, each item's key resolved to its sheet, the checks of a single write, and its answer.

use super::*;

/// How many items of a report or evaluation upload are found, checked and written at a time.
pub(super) const FOLLOW_UP_PART: usize = 1_000;

/// What the items of an upload are checked against, read once for all of them: the sheets they
/// name (with their indicators), and the stored reports (for the months named) or evaluations
/// of those sheets with the latest versions their revisions reached, and, for evaluations, the
/// schemes of the sheets' funds.
#[derive(Default)]
pub(super) struct Facts {
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
    pub(super) fn read(
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
pub(super) enum Pending {
    Report(monitoring::PendingReport),
    Evaluation(evaluation::PendingEvaluation),
}

/// An item checked: its result, and what it stores if it passed.
pub(super) struct Checked {
    pub(super) result: ItemResult,
    pub(super) write: Option<Pending>,
}

/// What an item's check starts from once its sheet is found.
pub(super) enum Found<'a> {
    /// The item failed before its document was read.
    Failed(ItemResult),
    /// The item's document, sheet and stored row.
    Ready(Ready<'a>),
}

/// An item whose sheet (and month) was found, with what is stored for it.
pub(super) struct Ready<'a> {
    item: &'a FollowUpItem,
    body: &'a Body,
    key: ItemKey,
    sheet_id: SheetId,
    month: u32,
    stored: Stored,
}

/// The stored report or evaluation an item replaces, if any.
pub(super) enum Stored {
    Report(Option<StoredReport>),
    Evaluation(Option<StoredEvaluation>),
}

/// The fund and region an item names without a `sheet_id` (issues when a name is unknown).
pub(super) fn item_key(
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
pub(super) struct Find<'a> {
    pub(super) conn: &'a mut DbConnection,
    pub(super) kind: FollowUpKind,
    pub(super) resolver: &'a mut Resolver,
    pub(super) facts: &'a mut Facts,
    pub(super) seen: &'a mut HashSet<(SheetId, u32)>,
    pub(super) lang: Lang,
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
    pub(super) fn item<'i>(&mut self, item: &'i FollowUpItem) -> Result<Found<'i>, BulkError> {
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
pub(super) fn failed(
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
pub(super) fn check(
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
pub(super) fn answer_of<T, P>(
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
pub(super) fn month_of(item: &FollowUpItem, issues: &mut Vec<Issue>, lang: Lang) -> Option<u32> {
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
pub(super) fn refusal(e: ServiceError, lang: Lang) -> Result<Vec<Issue>, BulkError> {
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
pub(super) enum Document<'a> {
    Report(Cow<'a, ReportDocument>),
    Evaluation(Cow<'a, EvaluationDocument>),
}

/// The document an item's body gives; `None` (and issues) when it cannot be read.
pub(super) fn document<'a>(
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
