//! Target sheets (绩效目标表): the document clients send, its normal form, and the checks that
//! need no database (SPEC §1.1, §1.2, §2.1 limits).

use chrono::{DateTime, Utc};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::check::{quote, Checker};
use super::ids::{FundId, IndicatorId, RegionCode, SheetId};
use super::money::{Money, MoneyInput};
use super::target::TargetParsed;
use super::taxonomy::{self, Level2Error};
use super::{Issue, IssueCode, Lang};

/// What separates departments in forms and files; no department name may hold one.
pub const DEPARTMENT_SEPARATORS: [char; 5] = ['、', '，', ',', '；', ';'];

/// At most this many departments per sheet.
pub const MAX_DEPARTMENTS: usize = 10;
/// At most this many characters per department name.
pub const MAX_DEPARTMENT_CHARS: usize = 100;
/// At most this many characters in the overall goal.
pub const MAX_GOAL_CHARS: usize = 2000;
/// At most this many indicators per sheet.
pub const MAX_INDICATORS: usize = 200;
/// At most this many characters in an indicator name (三级指标).
pub const MAX_NAME_CHARS: usize = 200;
/// At most this many characters in a target value (指标值).
pub const MAX_TARGET_CHARS: usize = 100;
/// At most this many characters in the remark beside the matching funds.
pub const MAX_NOTE_CHARS: usize = 200;

/// Review status of a sheet (SPEC §1.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SheetStatus {
    /// 草稿: being written by the region.
    Draft,
    /// 已申报: waiting for the province's review.
    Submitted,
    /// 已批复: approved by the province.
    Approved,
    /// 已退回: returned to the region with a reason.
    Returned,
}

impl SheetStatus {
    /// The stored and JSON value.
    pub fn as_str(self) -> &'static str {
        match self {
            SheetStatus::Draft => "DRAFT",
            SheetStatus::Submitted => "SUBMITTED",
            SheetStatus::Approved => "APPROVED",
            SheetStatus::Returned => "RETURNED",
        }
    }

    /// Reads a stored value.
    pub fn parse(s: &str) -> Option<SheetStatus> {
        match s {
            "DRAFT" => Some(SheetStatus::Draft),
            "SUBMITTED" => Some(SheetStatus::Submitted),
            "APPROVED" => Some(SheetStatus::Approved),
            "RETURNED" => Some(SheetStatus::Returned),
            _ => None,
        }
    }
}

/// A sheet as a client sends it: the document every sheet write reads. In the spec it is the
/// body of `POST /sheets/validate`, which checks any document; the writes name what they
/// require (`SheetCreate`, `SheetReplace`, `SheetPatch`, `SheetBulkItem`).
///
/// Everything `GET` returns may be sent back unchanged: the read-only fields (`id`, `version`,
/// `status`, `fund_name`, `region_name`, `year`, timestamps) are accepted and ignored. Any other
/// unknown field is refused with 400, naming it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "fund_id": 1, "region_code": "430200", "departments": ["株洲市商务局", "株洲市财政局"],
    "provincial_funds": "260", "matching_funds": "100", "matching_funds_note": null,
    "overall_goal": "培育外贸新增长点（跨境电商）",
    "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "name": "跨境电商相关培训人次数", "target": "1000"},
        {"level1": "产出指标", "level2": "质量指标", "name": "资金使用合规性", "target": "100%"},
        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "服务跨境电商企业满意度", "target": "≥90%"}
    ]
}))]
pub struct SheetDocument {
    /// The special fund (专项资金) the sheet belongs to. Required on create; cannot change.
    #[schema(value_type = Option<i64>)]
    pub fund_id: Option<FundId>,
    /// Region, six-digit GB/T 2260 code (see `GET /api/v1/regions`). Required on create; cannot
    /// change.
    #[schema(example = "430200")]
    pub region_code: Option<String>,
    /// 主管部门名称, in order; 1–10 names of at most 100 characters.
    pub departments: Option<Vec<String>>,
    /// 省级资金 in 万元: a decimal string (preferred) or number, at most 4 decimals, not negative.
    #[schema(schema_with = super::money::money_input_schema)]
    pub provincial_funds: Option<MoneyInput>,
    /// 市、区拟配套资金 in 万元; `null` when the form leaves it blank, which is not `"0"`.
    #[schema(schema_with = super::money::money_input_schema)]
    pub matching_funds: Option<MoneyInput>,
    /// Remark written beside the matching funds, e.g. `含县市区` from “50（含县市区）”.
    #[schema(example = "含县市区")]
    pub matching_funds_note: Option<String>,
    /// 年度总体目标, at most 2000 characters.
    #[schema(example = "培育外贸新增长点（跨境电商）")]
    pub overall_goal: Option<String>,
    /// The indicators, in order (at most 200).
    pub indicators: Option<Vec<IndicatorDocument>>,

    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub id: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub fund_name: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub region_name: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub year: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub status: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub status_reason: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub version: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub created_at: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub updated_at: Option<IgnoredAny>,
    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub warnings: Option<IgnoredAny>,
}

/// One indicator as a client sends it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IndicatorDocument {
    /// The `id` that `GET` gave this indicator, to keep it (and what refers to it) across a
    /// rename: on a write to an existing sheet, an indicator sent with one of that sheet's ids
    /// updates that indicator in place; without one it is matched by 一级, 二级 and name. An id
    /// that is not one of the sheet's is ignored, and so are ids when creating a sheet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i64>, example = 17)]
    pub id: Option<IndicatorId>,
    /// 一级指标: a label from `GET /api/v1/taxonomy` (whitespace ignored).
    #[schema(example = "产出指标")]
    pub level1: Option<String>,
    /// 二级指标: a label under `level1` (whitespace ignored, aliases accepted).
    #[schema(example = "数量指标")]
    pub level2: Option<String>,
    /// 三级指标: the indicator's name, free text kept as written, at most 200 characters,
    /// unique within its 二级指标.
    #[schema(example = "跨境电商相关培训人次数")]
    pub name: Option<String>,
    /// 指标值: the target as written, at most 100 characters, e.g. `≥90%`, `10场以上`.
    #[schema(example = "1000")]
    pub target: Option<String>,

    /// Read-only; ignored on input.
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub target_parsed: Option<IgnoredAny>,
}

/// A sheet after normalisation: labels canonical, text trimmed, amounts exact.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NormalizedSheet {
    /// The fund.
    pub fund_id: FundId,
    /// The region code.
    pub region_code: RegionCode,
    /// Department names, in order.
    pub departments: Vec<String>,
    /// 省级资金.
    pub provincial_funds: Money,
    /// 市、区拟配套资金; `None` when blank.
    pub matching_funds: Option<Money>,
    /// Remark beside the matching funds.
    pub matching_funds_note: Option<String>,
    /// 年度总体目标.
    pub overall_goal: String,
    /// Indicators, in order.
    pub indicators: Vec<NormalizedIndicator>,
}

/// An indicator after normalisation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NormalizedIndicator {
    /// Before [`match_indicators`]: the id the client sent. After it: the stored indicator
    /// this one updates, `None` for a new one.
    pub id: Option<IndicatorId>,
    /// Canonical 一级 label.
    pub level1: String,
    /// Canonical 二级 label.
    pub level2: String,
    /// Name as written (outer whitespace trimmed).
    pub name: String,
    /// Target as written (outer whitespace trimmed).
    pub target: String,
}

/// A stored sheet, as the API returns it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Sheet {
    /// Identifier.
    #[schema(value_type = i64, example = 1)]
    pub id: SheetId,
    /// The special fund.
    #[schema(value_type = i64, example = 1)]
    pub fund_id: FundId,
    /// The fund's name (read-only).
    #[schema(example = "2024年度跨境电商支持资金")]
    pub fund_name: String,
    /// The fund's year (read-only).
    #[schema(example = 2024)]
    pub year: i32,
    /// Region code.
    #[schema(value_type = String, example = "430200")]
    pub region_code: RegionCode,
    /// The region's name (read-only).
    #[schema(example = "株洲市")]
    pub region_name: String,
    /// 主管部门名称, in order.
    pub departments: Vec<String>,
    /// 省级资金 in 万元, canonical decimal string.
    #[schema(value_type = String, example = "260")]
    pub provincial_funds: Money,
    /// 市、区拟配套资金 in 万元; `null` when blank.
    #[schema(value_type = Option<String>, example = "100")]
    #[schema(required = true)]
    pub matching_funds: Option<Money>,
    /// Remark beside the matching funds.
    #[schema(required = true)]
    pub matching_funds_note: Option<String>,
    /// 年度总体目标.
    #[schema(example = "培育外贸新增长点（跨境电商）")]
    pub overall_goal: String,
    /// Indicators, in order.
    pub indicators: Vec<Indicator>,
    /// Review status (read-only); changed only by the review steps
    /// (`POST /sheets/{sheet_id}/submit|approve|return|reopen`).
    pub status: SheetStatus,
    /// The reason given with the latest review step (why it was returned or reopened, or a
    /// note on submitting or approving); `null` when none was given. Read-only.
    #[schema(example = json!(null))]
    #[schema(required = true)]
    pub status_reason: Option<String>,
    /// Version, 1 on create, +1 on every change; the `ETag` is `"<version>"`.
    #[schema(example = 1)]
    pub version: i64,
    /// When the sheet was created (UTC).
    pub created_at: DateTime<Utc>,
    /// When the sheet last changed (UTC).
    pub updated_at: DateTime<Utc>,
    /// Only in the answer to a write (create, replace, patch): the warnings found while saving
    /// (errors refuse the write). Read-only; ignored on input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<Issue>>,
}

/// A stored indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Indicator {
    /// Identifier, read-only: it stays the same across saves of the sheet (SPEC §5.0), so
    /// monitoring reports and self-evaluations can refer to the indicator. Send it back with
    /// the indicator to keep it through a rename.
    #[schema(value_type = i64, example = 17)]
    pub id: IndicatorId,
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
    /// Read-only; ignored on input.
    #[schema(required = true)]
    pub target_parsed: Option<TargetParsed>,
}

impl Sheet {
    /// The document that, sent back, would store this sheet unchanged.
    pub fn to_document(&self) -> SheetDocument {
        SheetDocument {
            fund_id: Some(self.fund_id),
            region_code: Some(self.region_code.as_str().to_owned()),
            departments: Some(self.departments.clone()),
            provincial_funds: Some(self.provincial_funds.into()),
            matching_funds: self.matching_funds.map(Into::into),
            matching_funds_note: self.matching_funds_note.clone(),
            overall_goal: Some(self.overall_goal.clone()),
            indicators: Some(
                self.indicators
                    .iter()
                    .map(|i| IndicatorDocument {
                        id: Some(i.id),
                        level1: Some(i.level1.clone()),
                        level2: Some(i.level2.clone()),
                        name: Some(i.name.clone()),
                        target: Some(i.target.clone()),
                        target_parsed: None,
                    })
                    .collect(),
            ),
            ..Default::default()
        }
    }

    /// The normal form of this stored sheet, to compare with a submitted one.
    pub fn normalized(&self) -> NormalizedSheet {
        NormalizedSheet {
            fund_id: self.fund_id,
            region_code: self.region_code.clone(),
            departments: self.departments.clone(),
            provincial_funds: self.provincial_funds,
            matching_funds: self.matching_funds,
            matching_funds_note: self.matching_funds_note.clone(),
            overall_goal: self.overall_goal.clone(),
            indicators: self
                .indicators
                .iter()
                .map(|i| NormalizedIndicator {
                    id: Some(i.id),
                    level1: i.level1.clone(),
                    level2: i.level2.clone(),
                    name: i.name.clone(),
                    target: i.target.clone(),
                })
                .collect(),
        }
    }
}

/// The key an indicator is known by within a sheet when no id says otherwise: its canonical
/// 一级 and 二级 labels and its name without whitespace (as the duplicate check reads it).
pub fn indicator_key(level1: &str, level2: &str, name: &str) -> (String, String, String) {
    (
        level1.to_string(),
        level2.to_string(),
        taxonomy::normalize_label(name),
    )
}

/// Gives each incoming indicator the id of the stored indicator it updates (SPEC §5.0), or
/// `None` when it is new; `stored` is the sheet's current indicators (empty when creating).
///
/// First every indicator sent with one of the sheet's ids takes it (an id that is not the
/// sheet's, or one an earlier indicator of the document already took, is ignored); then each
/// indicator still without one takes the first stored indicator with its 一级, 二级 and name
/// (whitespace ignored) that nothing has taken. Stored indicators left over are removed by the
/// write. Order is the document's.
pub fn match_indicators(stored: &[Indicator], incoming: &mut [NormalizedIndicator]) {
    let mut taken = vec![false; stored.len()];
    let mut by_id: Vec<Option<usize>> = Vec::with_capacity(incoming.len());
    for ind in incoming.iter() {
        let slot = ind
            .id
            .and_then(|id| stored.iter().position(|s| s.id == id))
            .filter(|&k| !taken[k]);
        if let Some(k) = slot {
            taken[k] = true;
        }
        by_id.push(slot);
    }
    for (ind, slot) in incoming.iter_mut().zip(by_id) {
        let slot = slot.or_else(|| {
            let key = indicator_key(&ind.level1, &ind.level2, &ind.name);
            let k = stored.iter().enumerate().position(|(k, s)| {
                !taken[k] && indicator_key(&s.level1, &s.level2, &s.name) == key
            })?;
            taken[k] = true;
            Some(k)
        });
        ind.id = slot.map(|k| stored[k].id);
    }
}

/// True when `code` has the shape of a GB/T 2260 code: six ASCII digits.
pub fn is_region_code(code: &str) -> bool {
    code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit())
}

/// Normalises a submitted sheet and runs every check that needs no database. Returns the normal
/// form (with defaults where a field was at fault) and all issues found, in document order.
pub fn normalize(doc: &SheetDocument, lang: Lang) -> (NormalizedSheet, Vec<Issue>) {
    let mut c = Checker::new(lang);
    let mut out = NormalizedSheet::default();

    match doc.fund_id {
        Some(id) => out.fund_id = id,
        None => c.required("/fund_id", "专项资金（fund_id）", "fund_id"),
    }

    if let Some(code) = c.text(
        "/region_code",
        doc.region_code.as_deref(),
        true,
        6,
        false,
        "行政区划代码",
        "region_code",
    ) {
        if !is_region_code(&code) {
            c.error(
                IssueCode::InvalidRegionCode,
                "/region_code",
                format!("行政区划代码{}应为 6 位数字", quote(&code)),
                format!("region_code {} must be six digits", quote(&code)),
            );
        }
        out.region_code = RegionCode::from(code);
    } else if doc
        .region_code
        .as_deref()
        .is_some_and(|s| s.trim().chars().count() > 6)
    {
        // already reported as too long
    }

    match &doc.departments {
        None => c.required("/departments", "主管部门", "departments"),
        Some(list) if list.is_empty() => c.required("/departments", "主管部门", "departments"),
        Some(list) => {
            if list.len() > MAX_DEPARTMENTS {
                c.error(
                    IssueCode::TooMany,
                    "/departments",
                    format!("主管部门最多 {MAX_DEPARTMENTS} 个，现有 {} 个", list.len()),
                    format!(
                        "departments has {} entries; at most {MAX_DEPARTMENTS} are allowed",
                        list.len()
                    ),
                );
            }
            for (i, name) in list.iter().enumerate() {
                let path = format!("/departments/{i}");
                if let Some(n) = c.text(
                    &path,
                    Some(name),
                    true,
                    MAX_DEPARTMENT_CHARS,
                    false,
                    "主管部门名称",
                    "department name",
                ) {
                    if n.contains(DEPARTMENT_SEPARATORS) {
                        // Forms and files list departments with these between them: a name
                        // holding one would come back from an export as two.
                        c.error(
                            IssueCode::ValueInvalid,
                            &path,
                            format!(
                                "主管部门名称{}含有分隔符（、，,；;），请把每个部门分别列出",
                                super::check::quote(&n)
                            ),
                            format!(
                                "department name {} holds a list separator (、，,；;); give each \
                                 department as its own entry",
                                super::check::quote(&n)
                            ),
                        );
                    }
                    out.departments.push(n);
                }
            }
        }
    }

    out.provincial_funds = c
        .money(
            "/provincial_funds",
            doc.provincial_funds.as_ref(),
            true,
            "省级资金",
            "provincial_funds",
        )
        .unwrap_or_default();
    out.matching_funds = c.money(
        "/matching_funds",
        doc.matching_funds.as_ref(),
        false,
        "市、区拟配套资金",
        "matching_funds",
    );
    out.matching_funds_note = c.text(
        "/matching_funds_note",
        doc.matching_funds_note.as_deref(),
        false,
        MAX_NOTE_CHARS,
        false,
        "配套资金备注",
        "matching_funds_note",
    );
    out.overall_goal = c
        .text(
            "/overall_goal",
            doc.overall_goal.as_deref(),
            true,
            MAX_GOAL_CHARS,
            true,
            "年度总体目标",
            "overall_goal",
        )
        .unwrap_or_default();

    match &doc.indicators {
        None => c.required("/indicators", "绩效指标", "indicators"),
        Some(list) => {
            if list.len() > MAX_INDICATORS {
                c.error(
                    IssueCode::TooMany,
                    "/indicators",
                    format!("绩效指标最多 {MAX_INDICATORS} 条，现有 {} 条", list.len()),
                    format!(
                        "indicators has {} entries; at most {MAX_INDICATORS} are allowed",
                        list.len()
                    ),
                );
            }
            let mut seen: Vec<(String, String, String, usize)> = Vec::new();
            for (i, ind) in list.iter().enumerate() {
                let normalized = normalize_indicator(&mut c, i, ind);
                if !normalized.level1.is_empty()
                    && !normalized.level2.is_empty()
                    && !normalized.name.is_empty()
                {
                    let key_name = taxonomy::normalize_label(&normalized.name);
                    if let Some((_, _, _, first)) = seen.iter().find(|(l1, l2, n, _)| {
                        *l1 == normalized.level1 && *l2 == normalized.level2 && *n == key_name
                    }) {
                        c.error(
                            IssueCode::DuplicateIndicator,
                            format!("/indicators/{i}/name"),
                            format!(
                                "指标{}在{}下与第 {} 条重复",
                                quote(&normalized.name),
                                normalized.level2,
                                first + 1
                            ),
                            format!(
                                "indicator {} repeats indicator #{} under {}",
                                quote(&normalized.name),
                                first + 1,
                                normalized.level2
                            ),
                        );
                    } else {
                        seen.push((
                            normalized.level1.clone(),
                            normalized.level2.clone(),
                            key_name,
                            i,
                        ));
                    }
                }
                out.indicators.push(normalized);
            }
        }
    }

    (out, c.issues)
}

fn normalize_indicator(c: &mut Checker, i: usize, ind: &IndicatorDocument) -> NormalizedIndicator {
    let base = format!("/indicators/{i}");
    let mut out = NormalizedIndicator {
        id: ind.id,
        ..NormalizedIndicator::default()
    };
    let (level1, level2) = check_levels(c, &base, ind.level1.as_deref(), ind.level2.as_deref());
    out.level1 = level1;
    out.level2 = level2;
    out.name = c
        .text(
            &format!("{base}/name"),
            ind.name.as_deref(),
            true,
            MAX_NAME_CHARS,
            false,
            "三级指标（指标名称）",
            "name",
        )
        .unwrap_or_default();
    out.target = c
        .text(
            &format!("{base}/target"),
            ind.target.as_deref(),
            true,
            MAX_TARGET_CHARS,
            false,
            "指标值",
            "target",
        )
        .unwrap_or_default();
    out
}

/// Checks a 一级/二级 pair: both required text (`REQUIRED`, `TOO_LONG`, …), then against the
/// taxonomy (`UNKNOWN_LEVEL1`, `UNKNOWN_LEVEL2`, `LEVEL2_NOT_UNDER_LEVEL1`), at
/// `{base}/level1` and `{base}/level2`; returns the canonical labels, empty where at fault.
pub fn check_levels(
    c: &mut Checker,
    base: &str,
    level1: Option<&str>,
    level2: Option<&str>,
) -> (String, String) {
    let level1_text = c.text(
        &format!("{base}/level1"),
        level1,
        true,
        50,
        true,
        "一级指标",
        "level1",
    );
    let level2_text = c.text(
        &format!("{base}/level2"),
        level2,
        true,
        50,
        true,
        "二级指标",
        "level2",
    );

    let mut out = (String::new(), String::new());
    if let Some(l1) = level1_text {
        match taxonomy::find_level1(&l1) {
            None => c.error(
                IssueCode::UnknownLevel1,
                format!("{base}/level1"),
                format!(
                    "一级指标{}不在指标体系中（可选：产出指标、成本指标、效益指标、满意度指标）",
                    quote(&l1)
                ),
                format!(
                    "level1 {} is not in the taxonomy (产出指标, 成本指标, 效益指标, 满意度指标)",
                    quote(&l1)
                ),
            ),
            Some(level1) => {
                out.0 = level1.label.to_string();
                if let Some(l2) = level2_text {
                    match taxonomy::find_level2(level1, &l2) {
                        Ok(level2) => out.1 = level2.label.to_string(),
                        Err(Level2Error::Unknown) => c.error(
                            IssueCode::UnknownLevel2,
                            format!("{base}/level2"),
                            format!("二级指标{}不在指标体系中", quote(&l2)),
                            format!("level2 {} is not in the taxonomy", quote(&l2)),
                        ),
                        Err(Level2Error::NotUnder(parents)) => c.error(
                            IssueCode::Level2NotUnderLevel1,
                            format!("{base}/level2"),
                            format!(
                                "二级指标{}属于{}，不属于{}",
                                quote(&l2),
                                parents.join("、"),
                                level1.label
                            ),
                            format!(
                                "level2 {} belongs to {}, not to {}",
                                quote(&l2),
                                parents.join(", "),
                                level1.label
                            ),
                        ),
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
