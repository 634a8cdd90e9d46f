//! The scoring rules of self-evaluation (绩效自评, SPEC §6.1 and §6.3), in one pure module:
//! the scheme and the weights it gives a sheet's indicators, the method that scores each
//! indicator (REACH, REVERSE, RANGE, JUDGED, DEADLINE) and its arithmetic, the budget score, the
//! total with its 100.00 cap, and the grade. Exact throughout: weights and scores are fractions
//! ([`Exact`]), rounded half-up to 2 places only where §6.3 says (each indicator's score, the
//! budget score and the rate); weights are shown to 4 places but used exactly.

use std::collections::BTreeMap;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::compare::{is_cost_indicator, ValueKind, ValueParsed};
use super::exact::Exact;
use super::target::{Comparator, TargetKind, TargetParsed};

/// Rounds half-up (away from zero) to 2 places.
pub fn round2(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Rounds half-up to 4 places (how `computed_weight` shows a weight).
pub fn round4(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
}

/// The points a fund gives budget execution and each 一级 (SPEC §6.1); they add up to 100.
/// Weights are decimal strings without trailing zeros (`"10"`, `"16.6667"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"budget_execution": "10", "level1": {
    "产出指标": "50", "成本指标": "0", "效益指标": "30", "满意度指标": "10"}}))]
pub struct Scheme {
    /// The points of 预算执行率 (budget execution), a decimal string.
    #[schema(value_type = String, example = "10")]
    pub budget_execution: Decimal,
    /// The points of each 一级 of the taxonomy, by its canonical label, as decimal strings;
    /// every 一级 is listed (`"0"` for one that weighs nothing).
    #[schema(value_type = BTreeMap<String, String>)]
    pub level1: BTreeMap<String, Decimal>,
}

impl Default for Scheme {
    /// 财预〔2020〕10号: budget 10, 产出 50, 效益 30, 满意度 10, 成本 0.
    fn default() -> Self {
        let d = |n: i64| Decimal::from(n);
        Scheme {
            budget_execution: d(10),
            level1: [
                ("产出指标", d(50)),
                ("效益指标", d(30)),
                ("满意度指标", d(10)),
                ("成本指标", d(0)),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
        }
    }
}

impl Scheme {
    /// The weight of a 一级 (0 for one the scheme does not name).
    pub fn level1_weight(&self, level1: &str) -> Decimal {
        self.level1.get(level1).copied().unwrap_or_default()
    }

    /// Whether the weights add up to exactly 100 and none is negative.
    pub fn adds_up(&self) -> bool {
        let sum: Decimal = self.level1.values().copied().sum::<Decimal>() + self.budget_execution;
        sum == Decimal::ONE_HUNDRED
            && !self.budget_execution.is_sign_negative()
            && self.level1.values().all(|w| !w.is_sign_negative())
    }
}

/// Why weights cannot be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeightError {
    /// The 一级 present in the sheet all weigh 0 in the scheme (`SCORING_WEIGHTS_INVALID`).
    NothingWeighs,
    /// Weights given on some indicators but not all, or not adding up to 100 − the budget
    /// weight (`WEIGHTS_SUM_INVALID`).
    SumInvalid,
}

/// The exact weight of each indicator (given by the 一级 of each, in order): each 一级 present
/// gets its scheme weight plus a share, in proportion to its weight, of the weights of the
/// scheme's 一级 that are absent; each indicator gets its 一级's weight divided by the number of
/// its indicators. With `overrides` on every indicator, those are used and must add up to 100 −
/// the budget weight exactly.
pub fn weights(
    scheme: &Scheme,
    level1s: &[&str],
    overrides: &[Option<Decimal>],
) -> Result<Vec<Exact>, WeightError> {
    let available = Decimal::ONE_HUNDRED - scheme.budget_execution;
    let given = overrides.iter().filter(|o| o.is_some()).count();
    if given > 0 {
        if given != level1s.len() {
            return Err(WeightError::SumInvalid);
        }
        let list: Vec<Decimal> = overrides.iter().map(|o| o.unwrap_or_default()).collect();
        if list.iter().copied().sum::<Decimal>() != available
            || list.iter().any(|w| w.is_sign_negative())
        {
            return Err(WeightError::SumInvalid);
        }
        return Ok(list.into_iter().map(Exact::from).collect());
    }
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for l in level1s {
        *counts.entry(l).or_default() += 1;
    }
    let present: Decimal = counts.keys().map(|l| scheme.level1_weight(l)).sum();
    if level1s.is_empty() {
        return Ok(Vec::new());
    }
    if present.is_zero() {
        return Err(WeightError::NothingWeighs);
    }
    // The present 一级 share all the available points in proportion to their own weights.
    Ok(level1s
        .iter()
        .map(|l| {
            let own = scheme.level1_weight(l);
            Exact::from(own) * available / (Exact::from(present) * Decimal::from(counts[l]))
        })
        .collect())
}

/// How an indicator is scored (SPEC §6.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Method {
    /// A level or growth to reach (GE, GT, EQ, a growth; a decline on its size).
    Reach,
    /// A ceiling (LE, LT, EQ 0, a cost indicator's EQ and RANGE).
    Reverse,
    /// A range: its lower bound reached.
    Range,
    /// Judged by `achievement`: words, or a vague target without a comparable number.
    Judged,
    /// A date to finish by.
    Deadline,
}

/// 达成情况 of an indicator scored by judgement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Achievement {
    /// 达成: [0.8 w, w], w by default.
    Achieved,
    /// 部分达成: [0.6 w, 0.8 w), 0.7 w by default.
    Partial,
    /// 未达成: [0, 0.6 w), 0 by default.
    NotAchieved,
}

/// The method for a target and the actual value read against it (`None` when the actual is
/// blank or could not be read).
pub fn method_of(
    target: &TargetParsed,
    level1: &str,
    level2: &str,
    actual: Option<&ValueParsed>,
) -> Method {
    if target.kind == TargetKind::Deadline {
        return Method::Deadline;
    }
    let numeric_actual = actual.is_some_and(|a| a.kind != ValueKind::Text && a.value.is_some());
    if target.kind == TargetKind::Qualitative
        || target.value.is_none()
        || (!target.measurable && !numeric_actual)
    {
        return Method::Judged;
    }
    let t = target.value.unwrap_or_default();
    let cost = is_cost_indicator(level1, level2);
    // Only a change can be negative (`下降5%` is −5): a ceiling below zero asks for at least
    // that decline (REACH on its size), a floor below zero allows at most that decline
    // (REVERSE on its size).
    let decline = t.is_sign_negative();
    match target.comparator.unwrap_or(Comparator::Eq) {
        // `下降=5%` (EQ −5) too: a decline is a level to reach, for a cost indicator as well.
        Comparator::Le | Comparator::Lt | Comparator::Eq if decline => Method::Reach,
        Comparator::Ge | Comparator::Gt if decline => Method::Reverse,
        Comparator::Le | Comparator::Lt => Method::Reverse,
        Comparator::Eq if t.is_zero() || cost => Method::Reverse,
        Comparator::Range => match range_reading(target, cost) {
            RangeReading::Decline => Method::Reach,
            RangeReading::Ceiling | RangeReading::Floor => Method::Reverse,
            RangeReading::Plain => Method::Range,
        },
        Comparator::Ge | Comparator::Gt | Comparator::Eq => Method::Reach,
    }
}

/// How a RANGE target is read, by its bounds and its indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RangeReading {
    /// Both bounds below zero (`下降3%-5%`): at least the smaller decline, its upper bound
    /// (REACH on the size of the decline; for a cost indicator too).
    Decline,
    /// A cost indicator's range: its upper bound is a ceiling (REVERSE).
    Ceiling,
    /// A lower bound below zero and an upper one at or above it (`下降0%-5%`): at most the
    /// larger decline, its lower bound (REVERSE on the size of the decline).
    Floor,
    /// A range to reach: its lower bound (RANGE).
    Plain,
}

fn range_reading(target: &TargetParsed, cost: bool) -> RangeReading {
    let below_zero = |d: Option<Decimal>| d.is_some_and(|d| d < Decimal::ZERO);
    if below_zero(target.upper) {
        RangeReading::Decline
    } else if cost {
        RangeReading::Ceiling
    } else if below_zero(target.value) {
        RangeReading::Floor
    } else {
        RangeReading::Plain
    }
}

impl Achievement {
    /// Every achievement, from the best.
    pub const ALL: [Achievement; 3] = [
        Achievement::Achieved,
        Achievement::Partial,
        Achievement::NotAchieved,
    ];

    /// The stored and JSON value.
    pub fn as_str(self) -> &'static str {
        match self {
            Achievement::Achieved => "ACHIEVED",
            Achievement::Partial => "PARTIAL",
            Achievement::NotAchieved => "NOT_ACHIEVED",
        }
    }

    /// The form's Chinese label.
    pub fn label_zh(self) -> &'static str {
        match self {
            Achievement::Achieved => "达成",
            Achievement::Partial => "部分达成",
            Achievement::NotAchieved => "未达成",
        }
    }

    /// Reads a stored value or a form's Chinese label (达成, 部分达成, 未达成).
    pub fn parse(s: &str) -> Option<Achievement> {
        let s = s.trim();
        Achievement::ALL
            .into_iter()
            .find(|a| a.label_zh() == s || a.as_str() == s)
    }
}

/// The number a numeric target is scored against ([`numeric_score`]'s `t`): its value, except
/// for a range read as a ceiling (a cost indicator's, `REVERSE`) or as a decline (`下降3%-5%`,
/// both bounds below zero: at least the smaller decline), where it is the upper bound.
pub fn scored_bound(target: &TargetParsed, level1: &str, level2: &str) -> Option<Decimal> {
    let upper_counts = target.comparator == Some(Comparator::Range)
        && matches!(
            range_reading(target, is_cost_indicator(level1, level2)),
            RangeReading::Decline | RangeReading::Ceiling
        );
    if upper_counts {
        target.upper.or(target.value)
    } else {
        target.value
    }
}

/// The exact (unrounded) score of a numeric method: `w` the weight, `t` the target's
/// [`scored_bound`], `a` the actual. `GT` scores as `GE` and `LT` as `LE` except at t = 0.
/// Below zero (a change): a REACH target asks for at least that decline and scores on its size
/// (−4 against −5 is 4 ÷ 5); a REVERSE target allows at most that decline (−7.5 against −5 is
/// 1 − 2.5 ÷ 5, −10 or less nothing).
pub fn numeric_score(
    method: Method,
    comparator: Comparator,
    w: &Exact,
    t: Decimal,
    a: Decimal,
) -> Exact {
    let (zero, one) = (Exact::zero(), Exact::one());
    let full_or_nothing = |met: bool| if met { w.clone() } else { Exact::zero() };
    match method {
        Method::Reach if t.is_sign_negative() => {
            // A decline target, on the size of the decline: −4 against −5 is 4 ÷ 5.
            w * &(Exact::from(a) / t).max(zero).min(one)
        }
        Method::Reach if t.is_zero() => full_or_nothing(match comparator {
            Comparator::Ge => a >= t,
            _ => a > t,
        }),
        Method::Reach => w * &(Exact::from(a.max(Decimal::ZERO)) / t).min(one),
        Method::Reverse if t.is_zero() => full_or_nothing(match comparator {
            Comparator::Lt => a < t,
            _ => a <= t,
        }),
        Method::Reverse => w * &(&one - &(Exact::from(a - t) / t)).max(zero).min(one),
        Method::Range => {
            if a >= t {
                w.clone()
            } else if t <= Decimal::ZERO {
                zero
            } else {
                w * &(Exact::from(a.max(Decimal::ZERO)) / t)
            }
        }
        Method::Judged | Method::Deadline => zero,
    }
}

/// Why a judged score is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandError {
    /// `score` outside the band of its achievement (`SCORE_OUT_OF_BAND`).
    OutOfBand,
}

/// The band of an achievement, on round2(w): `[low, high]`, `high` excluded except for
/// `ACHIEVED`.
pub fn band(achievement: Achievement, w: &Exact) -> (Decimal, Decimal) {
    let w = w.round(2);
    let frac = |n: i64| w * Decimal::new(n, 1);
    match achievement {
        Achievement::Achieved => (frac(8), w),
        Achievement::Partial => (frac(6), frac(8)),
        Achievement::NotAchieved => (Decimal::ZERO, frac(6)),
    }
}

/// The score of a judged indicator: the `score` chosen inside the band of its achievement, or
/// the default (w, 0.7 w, 0).
pub fn judged_score(
    achievement: Achievement,
    w: &Exact,
    score: Option<Decimal>,
) -> Result<Exact, BandError> {
    let (low, high) = band(achievement, w);
    match score {
        None => Ok(match achievement {
            Achievement::Achieved => w.clone(),
            Achievement::Partial => w * Decimal::new(7, 1),
            Achievement::NotAchieved => Exact::zero(),
        }),
        Some(s) => {
            let inside = s >= low
                && match achievement {
                    Achievement::Achieved => s <= high,
                    _ => s < high,
                };
            if inside {
                Ok(Exact::from(s))
            } else {
                Err(BandError::OutOfBand)
            }
        }
    }
}

/// The budget score and the execution rate: rate = executed ÷ budget × 100 and score =
/// weight × min(executed ÷ budget, 1), both 2 places; a budget of 0 gives no rate and the full
/// weight.
pub fn budget_score(
    weight: Decimal,
    executed: Decimal,
    budget: Decimal,
) -> (Option<Decimal>, Decimal) {
    if budget.is_zero() {
        return (None, round2(weight));
    }
    let ratio = Exact::from(executed) / budget;
    (
        Some((&ratio * Decimal::ONE_HUNDRED).round(2)),
        (ratio.min(Exact::one()) * weight).round(2),
    )
}

/// The total: the budget score plus the indicators' rounded scores, at most 100.00.
pub fn total(budget_score: Decimal, rounded_scores: &[Decimal]) -> Decimal {
    let sum: Decimal = budget_score + rounded_scores.iter().copied().sum::<Decimal>();
    let mut capped = sum.min(Decimal::ONE_HUNDRED);
    capped.rescale(2);
    capped
}

/// 等级.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Grade {
    /// 优: 90 and above.
    Excellent,
    /// 良: 80 to below 90.
    Good,
    /// 中: 60 to below 80.
    Fair,
    /// 差: below 60.
    Poor,
}

impl Grade {
    /// The form's Chinese label (优, 良, 中, 差).
    pub fn label_zh(self) -> &'static str {
        match self {
            Grade::Excellent => "优",
            Grade::Good => "良",
            Grade::Fair => "中",
            Grade::Poor => "差",
        }
    }
}

/// The grade of a total.
pub fn grade(total: Decimal) -> Grade {
    if total >= Decimal::from(90) {
        Grade::Excellent
    } else if total >= Decimal::from(80) {
        Grade::Good
    } else if total >= Decimal::from(60) {
        Grade::Fair
    } else {
        Grade::Poor
    }
}

/// `OVER_ACHIEVED`: a REACH target with t > 0 and a ≥ 1.2 t (the target may have been set too
/// low); never for a decline.
pub fn over_achieved(method: Method, t: Decimal, a: Decimal) -> bool {
    method == Method::Reach && t > Decimal::ZERO && a >= t * Decimal::new(12, 1)
}

#[cfg(test)]
mod tests;
