//! Targets side by side (SPEC §7): a fund's indicators across its regions (§7.1) and two sheets
//! compared (§7.2). Pure: the service hands in the sheets, the template and the comparable
//! actuals of the counted reports and evaluations; everything here is exact decimal arithmetic.
//!
//! - Groups are keyed by [`indicator_key`] (the §1.2 normalisation the duplicate check and the
//!   template use), ordered by the template, then by first appearance (sheets by id, indicators
//!   by position).
//! - A target counts in a group's figures when it is measurable and has a number (`value`;
//!   the lower bound of a RANGE). Qualitative, vague and DEADLINE targets stay listed with a
//!   null `value`.
//! - Comparable: the counted targets share kind, basis, method family (REACH or REVERSE, as
//!   [`scoring::method_of`] reads it; a decline target is a REACH on the size of the decline, a
//!   floor below zero (`下降不超过5%`) a REVERSE on it, and either is comparable only with
//!   other declines of its family) and one unit after [`compare::canonical_unit`],
//!   unitless targets taking the group's unit.
//! - `per_wan` = value ÷ provincial funds (万元), rounded half-up to 4 places for display;
//!   medians and flags use the exact quotients.
//! - Flags need at least [`MIN_PEERS`] comparable targets and a positive median (on the size of
//!   a decline for declines): `LOW` below half the median (REACH) or above twice it (REVERSE),
//!   `HIGH` the other way round.

mod actuals;
mod two_sheets;

pub use actuals::*;
pub use two_sheets::*;

use std::collections::{BTreeSet, HashMap};

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::compare::{self, canonical_unit, ValueKind, ValueParsed};
use super::evaluation::{EvaluationBasis, EvaluationFigures};
use super::fund::Template;
use super::ids::{FundId, IndicatorId, RegionCode, SheetId};
use super::money::Money;
use super::monitoring::ReportFigures;
use super::scoring::{self, Method};
use super::sheet::{indicator_key, Indicator, Sheet};
use super::target::{Basis, TargetDate, TargetKind, TargetParsed};

/// How many comparable targets a group needs before its targets are flagged.
pub const MIN_PEERS: usize = 4;

/// The direction a comparable group's targets ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Family {
    /// More is better: a level, a growth or the lower bound of a range to reach (a decline on
    /// its size).
    Reach,
    /// Less is better: a ceiling (`≤`, `<`, `0起`, a cost indicator's value or range).
    Reverse,
}

/// How a target stands among its group's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Flag {
    /// Asks much less than its peers: below half the group's median for a REACH group, above
    /// twice it for a REVERSE group. What a reviewer asks about (`TARGET_BELOW_PEERS`).
    Low,
    /// Asks much more than its peers: above twice the median (REACH), below half it (REVERSE).
    High,
}

/// One region's target in a group.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct GroupTarget {
    /// The region's code.
    #[schema(value_type = String, example = "430200")]
    pub region_code: RegionCode,
    /// The region's name.
    #[schema(example = "株洲市")]
    pub region_name: String,
    /// The sheet.
    #[schema(value_type = i64, example = 1)]
    pub sheet_id: SheetId,
    /// The indicator in that sheet.
    #[schema(value_type = i64, example = 1)]
    pub indicator_id: IndicatorId,
    /// 指标值, as written.
    #[schema(example = "1000")]
    pub target: String,
    /// The target's number as a decimal string (a RANGE's lower bound); null for a target that
    /// counts in no figure (qualitative, vague, a deadline, or one that does not parse).
    #[schema(value_type = Option<String>, example = "1000")]
    #[schema(required = true)]
    pub value: Option<Decimal>,
    /// `value` ÷ the sheet's provincial funds in 万元, rounded half-up to 4 places: for
    /// QUANTITATIVE targets whose unit is not `%` (unitless included); null for `%` and
    /// RELATIVE targets and when the provincial funds are 0.
    #[schema(value_type = Option<String>, example = "3.8462")]
    #[schema(required = true)]
    pub per_wan: Option<Decimal>,
    /// `LOW`, `HIGH` or null (see the group's `median` and `median_per_wan`).
    #[schema(required = true)]
    pub flag: Option<Flag>,
}

/// The group's actuals in the latest month with counted (submitted or approved) monitoring
/// reports in the fund.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct MonitoringFigures {
    /// The cut-off month (1–N月) of the fund's latest counted reports.
    #[schema(example = 7)]
    pub month: u32,
    /// The comparable 1–N月 actuals summed, a decimal string; null when the group gives no
    /// `sum` (not comparable, `%` or RELATIVE).
    #[schema(value_type = Option<String>, example = "2100")]
    #[schema(required = true)]
    pub actual_sum: Option<Decimal>,
    /// How many regions reported a comparable actual for the month.
    #[schema(example = 9)]
    pub regions: u32,
}

/// The group's results over the submitted and approved self-evaluations.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ResultFigures {
    /// The comparable actuals summed, a decimal string; null when the group gives no `sum`.
    #[schema(value_type = Option<String>, example = "5600")]
    #[schema(required = true)]
    pub actual_sum: Option<Decimal>,
    /// How many regions gave a comparable actual (a number, or a date for a deadline).
    #[schema(example = 12)]
    pub regions: u32,
    /// How many of those met their target (read as monitoring and scores read it, §5.1).
    #[schema(example = 10)]
    pub met: u32,
}

/// One indicator across the fund's sheets.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Group {
    /// 一级指标.
    #[schema(example = "产出指标")]
    pub level1: String,
    /// 二级指标.
    #[schema(example = "数量指标")]
    pub level2: String,
    /// 三级指标: the template's wording for a template indicator, else as first written.
    #[schema(example = "跨境电商相关培训人次数")]
    pub name: String,
    /// True when the fund's template lists the indicator.
    pub in_template: bool,
    /// How many sheets carry the indicator.
    #[schema(example = 13)]
    pub sheets: usize,
    /// True when the measurable targets share kind, basis, method family and unit (see the
    /// module notes in docs/API.md); only then are the figures below given.
    pub comparable: bool,
    /// The kind of the comparable targets; null when not comparable.
    #[schema(required = true)]
    pub kind: Option<TargetKind>,
    /// The unit of the comparable targets after the alias table (`场次` is `场`); null when not
    /// comparable or when every target is unitless.
    #[schema(example = "人次")]
    #[schema(required = true)]
    pub unit: Option<String>,
    /// `REACH` or `REVERSE`; null when not comparable.
    #[schema(required = true)]
    pub method: Option<Family>,
    /// The comparable values summed; null when not comparable, for `%` and for RELATIVE
    /// targets.
    #[schema(value_type = Option<String>, example = "5350")]
    #[schema(required = true)]
    pub sum: Option<Decimal>,
    /// The least comparable value; null when not comparable.
    #[schema(value_type = Option<String>, example = "100")]
    #[schema(required = true)]
    pub min: Option<Decimal>,
    /// The median of the comparable values (the mean of the two middle ones for an even
    /// count); null when not comparable.
    #[schema(value_type = Option<String>, example = "400")]
    #[schema(required = true)]
    pub median: Option<Decimal>,
    /// The greatest comparable value; null when not comparable.
    #[schema(value_type = Option<String>, example = "1000")]
    #[schema(required = true)]
    pub max: Option<Decimal>,
    /// The median of the exact `per_wan` quotients, rounded half-up to 4 places; null when not
    /// comparable or no target has a `per_wan`.
    #[schema(value_type = Option<String>, example = "2.5")]
    #[schema(required = true)]
    pub median_per_wan: Option<Decimal>,
    /// One entry per sheet carrying the indicator, sheets by id.
    pub targets: Vec<GroupTarget>,
    /// Actuals of the latest month with counted monitoring reports; null when none is
    /// comparable.
    #[schema(required = true)]
    pub monitoring: Option<MonitoringFigures>,
    /// Actuals and targets met over the submitted and approved self-evaluations; null when
    /// none is comparable.
    #[schema(required = true)]
    pub results: Option<ResultFigures>,
}

/// `GET /funds/{fund_id}/indicators`: a fund's indicators side by side (SPEC §7.1).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct SideBySide {
    /// The fund.
    #[schema(value_type = i64, example = 1)]
    pub fund_id: FundId,
    /// How many sheets are compared (after the `status` filter).
    #[schema(example = 13)]
    pub sheets: usize,
    /// One entry per indicator, in the order of the fund's template, then of first appearance.
    pub items: Vec<Group>,
}

/// A target as the figures read it: measurable, with a number.
#[derive(Debug, Clone, PartialEq)]
struct Reading {
    kind: TargetKind,
    basis: Option<Basis>,
    family: Family,
    decline: bool,
    unit: Option<String>,
    value: Decimal,
    /// The bound two sheets' targets are compared on (§7.2): the one the score is computed
    /// against ([`scoring::scored_bound`]: the value, the ceiling of a cost indicator's range,
    /// the smaller decline of a decline range).
    strictness: Decimal,
}

impl Reading {
    /// Everything but the unit and the number: what two comparable targets share.
    fn shape(&self) -> (TargetKind, Option<Basis>, Family, bool) {
        (self.kind, self.basis, self.family, self.decline)
    }
}

/// The reading of a target, or `None` for one that counts in no figure.
fn reading(target: Option<&TargetParsed>, level1: &str, level2: &str) -> Option<Reading> {
    let t = target?;
    if !t.measurable || !matches!(t.kind, TargetKind::Quantitative | TargetKind::Relative) {
        return None;
    }
    let value = t.value?;
    let method = scoring::method_of(t, level1, level2, None);
    let family = match method {
        Method::Reverse => Family::Reverse,
        Method::Reach | Method::Range => Family::Reach,
        Method::Judged | Method::Deadline => return None,
    };
    // A change below zero: at least that decline (REACH) or at most it (REVERSE).
    let strictness = scoring::scored_bound(t, level1, level2).unwrap_or(value);
    let decline = t.kind == TargetKind::Relative && strictness < Decimal::ZERO;
    Some(Reading {
        kind: t.kind,
        basis: t.basis,
        family,
        decline,
        unit: t.unit.as_deref().map(|u| canonical_unit(u).to_string()),
        value,
        strictness,
    })
}

/// The one unit of a set of readings (unitless ones joining it): `Ok(None)` when all are
/// unitless, `Err(())` when two units differ.
fn common_unit<'a>(readings: impl Iterator<Item = &'a Reading>) -> Result<Option<String>, ()> {
    let units: BTreeSet<&str> = readings.filter_map(|r| r.unit.as_deref()).collect();
    match units.len() {
        0 => Ok(None),
        1 => Ok(units.into_iter().next().map(str::to_string)),
        _ => Err(()),
    }
}

/// Rounds half-up (away from zero) to 4 places, trailing zeros dropped.
fn round4(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
}

/// The median of exact values: the middle one, or the mean of the two middle ones.
pub fn median(values: &[Decimal]) -> Option<Decimal> {
    let mut sorted = values.to_vec();
    sorted.sort();
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / Decimal::TWO),
    }
}

/// Provincial funds in 万元, exact.
fn wan(m: Money) -> Decimal {
    Decimal::new(m.yuan(), 4)
}

/// An exact quotient `num ÷ den` (`den` > 0), compared by cross-multiplying: 20 ÷ 260 is
/// exactly half of 40 ÷ 260, which decimal division (28 digits) cannot promise.
#[derive(Debug, Clone, Copy)]
struct Ratio {
    num: Decimal,
    den: Decimal,
}

impl Ratio {
    fn whole(d: Decimal) -> Ratio {
        Ratio {
            num: d,
            den: Decimal::ONE,
        }
    }

    /// The quotient as a decimal (28 significant digits), for display.
    fn value(self) -> Decimal {
        self.num / self.den
    }

    fn twice(self) -> Ratio {
        Ratio {
            num: self.num * Decimal::TWO,
            den: self.den,
        }
    }

    fn cmp(self, other: Ratio) -> std::cmp::Ordering {
        match (
            self.num.checked_mul(other.den),
            other.num.checked_mul(self.den),
        ) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => self.value().cmp(&other.value()),
        }
    }

    /// The mean of two quotients, exact.
    fn mean(self, other: Ratio) -> Ratio {
        let exact = (|| {
            let num = self
                .num
                .checked_mul(other.den)?
                .checked_add(other.num.checked_mul(self.den)?)?;
            let den = self.den.checked_mul(other.den)?.checked_mul(Decimal::TWO)?;
            Some(Ratio { num, den })
        })();
        exact.unwrap_or_else(|| Ratio::whole((self.value() + other.value()) / Decimal::TWO))
    }
}

/// The median of exact quotients: the middle one, or the mean of the two middle ones.
fn median_ratio(values: &[Ratio]) -> Option<Ratio> {
    let mut sorted = values.to_vec();
    sorted.sort_by(|a, b| a.cmp(*b));
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some(sorted[n / 2 - 1].mean(sorted[n / 2])),
    }
}

/// The flag of `x` among peers whose median is `median` (both on the size of what is asked:
/// a decline's size for declines); none when the median is not positive.
fn flag(family: Family, x: Ratio, median: Ratio) -> Option<Flag> {
    if median.num <= Decimal::ZERO {
        return None;
    }
    use std::cmp::Ordering::{Greater, Less};
    let low = x.twice().cmp(median) == Less;
    let high = x.cmp(median.twice()) == Greater;
    match (family, low, high) {
        (Family::Reach, true, _) | (Family::Reverse, _, true) => Some(Flag::Low),
        (Family::Reach, _, true) | (Family::Reverse, true, _) => Some(Flag::High),
        _ => None,
    }
}

/// One indicator of one sheet, placed in its group.
struct Member<'a> {
    sheet: &'a Sheet,
    indicator: &'a Indicator,
    reading: Option<Reading>,
}

/// The fund's indicators side by side (SPEC §7.1). `sheets` in any order (they are taken by
/// id); `follow_up` the counted reports' and evaluations' comparable actuals.
pub fn side_by_side(
    fund_id: FundId,
    template: Option<&Template>,
    sheets: &[Sheet],
    follow_up: &FollowUp,
) -> SideBySide {
    let mut ordered: Vec<&Sheet> = sheets.iter().collect();
    ordered.sort_by_key(|s| s.id);
    type Key = (String, String, String);
    let mut keys: Vec<Key> = Vec::new();
    let mut names: HashMap<Key, (String, String, String, bool)> = HashMap::new();
    if let Some(t) = template {
        for ti in &t.indicators {
            let key = indicator_key(&ti.level1, &ti.level2, &ti.name);
            if !names.contains_key(&key) {
                names.insert(
                    key.clone(),
                    (ti.level1.clone(), ti.level2.clone(), ti.name.clone(), true),
                );
                keys.push(key);
            }
        }
    }
    let mut members: HashMap<Key, Vec<Member<'_>>> = HashMap::new();
    let mut group_of: HashMap<IndicatorId, Key> = HashMap::new();
    for sheet in &ordered {
        for ind in &sheet.indicators {
            let key = indicator_key(&ind.level1, &ind.level2, &ind.name);
            if !names.contains_key(&key) {
                names.insert(
                    key.clone(),
                    (
                        ind.level1.clone(),
                        ind.level2.clone(),
                        ind.name.clone(),
                        false,
                    ),
                );
                keys.push(key.clone());
            }
            group_of.insert(ind.id, key.clone());
            members.entry(key).or_default().push(Member {
                sheet,
                indicator: ind,
                reading: reading(ind.target_parsed.as_ref(), &ind.level1, &ind.level2),
            });
        }
    }
    let mut monitoring_of: HashMap<&Key, Vec<&Actual>> = HashMap::new();
    if let Some((_, actuals)) = &follow_up.monitoring {
        for a in actuals {
            if let Some(key) = group_of.get(&a.indicator_id) {
                monitoring_of.entry(key).or_default().push(a);
            }
        }
    }
    let mut results_of: HashMap<&Key, Vec<&Actual>> = HashMap::new();
    for a in &follow_up.results {
        if let Some(key) = group_of.get(&a.indicator_id) {
            results_of.entry(key).or_default().push(a);
        }
    }
    let month = follow_up.monitoring.as_ref().map(|(m, _)| *m);
    let items = keys
        .iter()
        .filter_map(|key| {
            let members = members.get(key)?;
            let (level1, level2, name, in_template) = names[key].clone();
            let mut group = figures(level1, level2, name, in_template, members);
            let (group_unit, gives_sum) = (group.unit.clone(), group.sum.is_some());
            let by_id: HashMap<IndicatorId, &Member<'_>> =
                members.iter().map(|m| (m.indicator.id, m)).collect();
            let counted = |a: &&Actual| -> bool {
                let Some(m) = by_id.get(&a.indicator_id) else {
                    return false;
                };
                let Some(target) = m.indicator.target_parsed.as_ref() else {
                    return false;
                };
                let fits =
                    compare::compare(target, &m.indicator.level1, &m.indicator.level2, &a.value)
                        .is_ok_and(|met| met.is_some());
                let unit_fits = match (&a.value.unit, &group_unit) {
                    (Some(u), Some(g)) => canonical_unit(u) == g,
                    _ => true,
                };
                fits && unit_fits
            };
            // Adding means something only in one unit: a group whose targets are all unitless
            // takes actuals of any unit, and gives no sum when they come in several.
            let sum_of = |actuals: &[&Actual]| -> Option<Decimal> {
                let units: BTreeSet<&str> = actuals
                    .iter()
                    .filter_map(|a| a.value.unit.as_deref().map(canonical_unit))
                    .collect();
                (gives_sum && units.len() <= 1).then(|| {
                    actuals
                        .iter()
                        .filter(|a| a.value.kind == ValueKind::Level)
                        .filter_map(|a| a.value.value)
                        .sum::<Decimal>()
                        .normalize()
                })
            };
            if let (Some(month), Some(actuals)) = (month, monitoring_of.get(key)) {
                let counted: Vec<&Actual> = actuals.iter().copied().filter(counted).collect();
                let regions = distinct_sheets(&counted);
                if regions > 0 {
                    group.monitoring = Some(MonitoringFigures {
                        month,
                        actual_sum: sum_of(&counted),
                        regions,
                    });
                }
            }
            if let Some(actuals) = results_of.get(key) {
                let counted: Vec<&Actual> = actuals.iter().copied().filter(counted).collect();
                let regions = distinct_sheets(&counted);
                if regions > 0 {
                    let met: Vec<&Actual> = counted.iter().copied().filter(|a| a.met).collect();
                    group.results = Some(ResultFigures {
                        actual_sum: sum_of(&counted),
                        regions,
                        met: distinct_sheets(&met),
                    });
                }
            }
            Some(group)
        })
        .collect();
    SideBySide {
        fund_id,
        sheets: ordered.len(),
        items,
    }
}

fn distinct_sheets(actuals: &[&Actual]) -> u32 {
    actuals
        .iter()
        .map(|a| a.sheet_id)
        .collect::<BTreeSet<_>>()
        .len() as u32
}

/// A group's targets and figures (monitoring and results left empty).
fn figures(
    level1: String,
    level2: String,
    name: String,
    in_template: bool,
    members: &[Member<'_>],
) -> Group {
    let readings: Vec<&Reading> = members.iter().filter_map(|m| m.reading.as_ref()).collect();
    let shape = readings.first().map(|r| r.shape());
    let same_shape = readings.iter().all(|r| Some(r.shape()) == shape);
    let unit = common_unit(readings.iter().copied());
    // A measurable target that counts in no figure (a deadline) is of another kind than the
    // numbers beside it: the group is not comparable.
    let other_kind = members.iter().any(|m| {
        m.reading.is_none()
            && m.indicator
                .target_parsed
                .as_ref()
                .is_some_and(|t| t.measurable)
    });
    let comparable = !readings.is_empty() && same_shape && unit.is_ok() && !other_kind;
    // A unitless target takes the group's unit: in a `%` group it is a rate, without per_wan.
    let group_unit = unit.clone().ok().flatten();
    // Per 万元 of provincial funds, on the target's value (shown) or on the bound it is scored
    // on (flagged: a cost range's ceiling).
    let per_wan_of = |m: &Member<'_>, scored: bool| -> Option<Ratio> {
        let t = m.indicator.target_parsed.as_ref()?;
        let r = m.reading.as_ref()?;
        let funds = wan(m.sheet.provincial_funds);
        (t.kind == TargetKind::Quantitative
            && r.unit.as_deref().or(group_unit.as_deref()) != Some("%")
            && funds > Decimal::ZERO)
            .then_some(Ratio {
                num: if scored { r.strictness } else { r.value },
                den: funds,
            })
    };
    let per_wan_exact = |m: &Member<'_>| per_wan_of(m, false);
    let mut group = Group {
        level1,
        level2,
        name,
        in_template,
        sheets: members.len(),
        comparable,
        kind: None,
        unit: None,
        method: None,
        sum: None,
        min: None,
        median: None,
        max: None,
        median_per_wan: None,
        targets: members
            .iter()
            .map(|m| GroupTarget {
                region_code: m.sheet.region_code.clone(),
                region_name: m.sheet.region_name.clone(),
                sheet_id: m.sheet.id,
                indicator_id: m.indicator.id,
                target: m.indicator.target.clone(),
                value: m.reading.as_ref().map(|r| r.value.normalize()),
                per_wan: per_wan_exact(m).map(|p| round4(p.value())),
                flag: None,
            })
            .collect(),
        monitoring: None,
        results: None,
    };
    if !comparable {
        return group;
    }
    let first = readings[0];
    let unit = unit.unwrap_or_default();
    let values: Vec<Decimal> = readings.iter().map(|r| r.value).collect();
    let per_wans: Vec<Ratio> = members.iter().filter_map(per_wan_exact).collect();
    group.kind = Some(first.kind);
    group.method = Some(first.family);
    group.sum = (unit.as_deref() != Some("%") && first.kind != TargetKind::Relative)
        .then(|| values.iter().copied().sum::<Decimal>().normalize());
    group.unit = unit;
    group.min = values.iter().min().map(|d| d.normalize());
    group.max = values.iter().max().map(|d| d.normalize());
    group.median = median(&values).map(|d| d.normalize());
    let per_wan_median = median_ratio(&per_wans);
    group.median_per_wan = per_wan_median.map(|m| round4(m.value()));
    if readings.len() >= MIN_PEERS {
        // The size of what is asked: a decline's size for declines.
        // On the bound each target is scored and compared on (a decline range's smaller
        // decline, a cost range's ceiling), as two sheets are compared.
        let size = |d: Decimal| Ratio::whole(if first.decline { -d } else { d });
        let sizes: Vec<Ratio> = readings.iter().map(|r| size(r.strictness)).collect();
        let size_median = median_ratio(&sizes);
        let scored_per_wans: Vec<Ratio> =
            members.iter().filter_map(|m| per_wan_of(m, true)).collect();
        let scored_per_wan_median = median_ratio(&scored_per_wans);
        for (m, t) in members.iter().zip(group.targets.iter_mut()) {
            let Some(r) = &m.reading else {
                continue;
            };
            t.flag = match (per_wan_of(m, true), scored_per_wan_median) {
                (Some(p), Some(pm)) => flag(first.family, p, pm),
                _ => size_median.and_then(|md| flag(first.family, size(r.strictness), md)),
            };
        }
    }
    group
}

/// The `LOW` targets of one sheet in a side-by-side view: (position in the sheet, the target,
/// the group), for the `TARGET_BELOW_PEERS` warning.
pub fn low_targets<'a>(
    view: &'a SideBySide,
    sheet: &Sheet,
) -> Vec<(usize, &'a GroupTarget, &'a Group)> {
    let mut found: Vec<(usize, &GroupTarget, &Group)> = view
        .items
        .iter()
        .flat_map(|g| g.targets.iter().map(move |t| (t, g)))
        .filter(|(t, _)| t.sheet_id == sheet.id && t.flag == Some(Flag::Low))
        .filter_map(|(t, g)| {
            let at = sheet
                .indicators
                .iter()
                .position(|i| i.id == t.indicator_id)?;
            Some((at, t, g))
        })
        .collect();
    found.sort_by_key(|(at, _, _)| *at);
    found
}

#[cfg(test)]
mod tests;
