//! Comparing a value with a target (SPEC §5.1 “Comparing a value with a target”), the one rule
//! monitoring (§5), self-evaluation (§6) and comparisons (§7) share: how an actual or expected
//! value is read (with the target grammar of §1.3, no second parser), when it is comparable with
//! a target, and whether it meets it. Units meet through [`UNIT_ALIASES`]. Pure.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::target::{self, Basis, Comparator, TargetErrorCode, TargetKind, TargetParsed};

/// Two spellings of one unit: the first is read as the second wherever units are compared
/// (outlook, scores, comparisons across regions). The stored text never changes. Only true
/// synonyms belong here: `人次` and `人` count different things and stay apart.
pub const UNIT_ALIASES: &[(&str, &str)] = &[("场次", "场")];

/// The unit as units are compared: its alias resolved.
pub fn canonical_unit(unit: &str) -> &str {
    UNIT_ALIASES
        .iter()
        .find(|(alias, _)| *alias == unit)
        .map_or(unit, |(_, canonical)| canonical)
}

/// True when two units are the same after the alias table.
pub fn same_unit(a: &str, b: &str) -> bool {
    canonical_unit(a) == canonical_unit(b)
}

/// What an actual or expected value says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ValueKind {
    /// A level reached: `6场`, `93%`, `1000`.
    Level,
    /// A change against a baseline: `同比增长12%` (12), `下降3%` (−3).
    Change,
    /// A day: `2024-11-20`, `2024年11月` (the month's last day).
    Date,
    /// Words with no number (`增长较快`, `带动就业效果较好`), kept as written; only a
    /// qualitative or not measurable target takes them.
    Text,
}

/// An actual or expected value as the service reads it (`actual_parsed`, `expected_parsed`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ValueParsed {
    /// `LEVEL`, `CHANGE`, `DATE` or `TEXT`.
    pub kind: ValueKind,
    /// The number, exact as written (a decrease is negative); null for `DATE` and `TEXT`.
    #[serde(with = "target::exact_number")]
    #[schema(value_type = Option<f64>, example = 6)]
    #[schema(required = true)]
    pub value: Option<Decimal>,
    /// The unit as written (after NFKC), or null.
    #[schema(example = "场")]
    #[schema(required = true)]
    pub unit: Option<String>,
    /// For `CHANGE`: the baseline, `YEAR_ON_YEAR` or `UNSPECIFIED`; null otherwise.
    #[schema(required = true)]
    pub basis: Option<Basis>,
    /// For `DATE`: the day, `YYYY-MM-DD`; null otherwise.
    #[schema(value_type = Option<String>, example = "2024-11-20")]
    #[schema(required = true)]
    pub date: Option<NaiveDate>,
}

impl ValueParsed {
    fn text() -> Self {
        ValueParsed {
            kind: ValueKind::Text,
            value: None,
            unit: None,
            basis: None,
            date: None,
        }
    }

    fn number(kind: ValueKind, value: Decimal, unit: Option<String>, basis: Option<Basis>) -> Self {
        ValueParsed {
            kind,
            value: Some(value),
            unit,
            basis,
            date: None,
        }
    }
}

/// Why a value cannot be used, with the issue code to report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueProblem {
    /// `TARGET_MALFORMED` / `TARGET_RANGE_INVERTED` (the grammar's own) or
    /// `ACTUAL_NOT_COMPARABLE`.
    pub code: ValueProblemCode,
    /// In Chinese.
    pub zh: String,
    /// In English.
    pub en: String,
}

/// The codes a value can fail with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueProblemCode {
    /// Looks numeric but does not parse.
    Malformed(TargetErrorCode),
    /// Parses, but cannot be compared with the target.
    NotComparable,
}

fn not_comparable(zh: impl Into<String>, en: impl Into<String>) -> ValueProblem {
    ValueProblem {
        code: ValueProblemCode::NotComparable,
        zh: zh.into(),
        en: en.into(),
    }
}

/// Reads an actual or expected value (not blank) in the light of the target it is compared
/// with: a date for a `DEADLINE` target (a day without a year is read in `year`, the fund's),
/// otherwise one value in the grammar of §1.3. A comparator or a range in the value, or a
/// value whose kind, unit or basis does not fit the target, is `ACTUAL_NOT_COMPARABLE`; text
/// with no number is kept only for a qualitative or not measurable target.
pub fn read_value(
    text: &str,
    target: &TargetParsed,
    year: i32,
) -> Result<ValueParsed, ValueProblem> {
    if target.kind == TargetKind::Deadline {
        return match target::parse_actual_date(text, Some(year)) {
            Some(date) => Ok(ValueParsed {
                date: Some(date),
                ..ValueParsed::text()
            }
            .with_kind(ValueKind::Date)),
            None => Err(not_comparable(
                "完成时限类指标的完成值应为日期，如“2024-11-20”“2024年11月20日”“2024年12月”",
                "a deadline takes a date, such as 2024-11-20, 2024年11月20日 or 2024年12月",
            )),
        };
    }
    // A signed number (`-5%`, `−3.2`): a level below zero, as a finance officer writes a decline
    // or a loss; the target grammar itself has no sign (`下降5%` is its decline).
    if let Some(rest) = text
        .trim()
        .strip_prefix(['-', '−', '－'])
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)))
    {
        if let Ok(parsed) = target::parse(rest) {
            if let (TargetKind::Quantitative, None | Some(Comparator::Eq), Some(v)) =
                (parsed.kind, parsed.comparator, parsed.value)
            {
                return Ok(ValueParsed::number(ValueKind::Level, -v, parsed.unit, None));
            }
        }
    }
    let parsed = target::parse(text).map_err(|e| ValueProblem {
        code: ValueProblemCode::Malformed(e.code),
        zh: format!("完成值无法识别：{}", e.message_zh),
        en: format!("the value cannot be read: {}", e.message_en),
    })?;
    let judged_target = target.kind == TargetKind::Qualitative || !target.measurable;
    if parsed.kind == TargetKind::Qualitative || !parsed.measurable || parsed.value.is_none() {
        return if judged_target {
            Ok(ValueParsed::text())
        } else {
            Err(not_comparable(
                "该指标值为数值，完成值也应为一个数值（如“6场”“93%”）",
                "this target is a number: the value must be one number too (such as 6场 or 93%)",
            ))
        };
    }
    let value = parsed.value.unwrap_or_default();
    let comparator = parsed.comparator.unwrap_or(Comparator::Eq);
    match (parsed.kind, comparator) {
        (_, Comparator::Range) => Err(not_comparable(
            "完成值应为一个数值，而不是区间",
            "the value must be one number, not a range",
        )),
        (TargetKind::Quantitative, Comparator::Eq) => Ok(ValueParsed::number(
            ValueKind::Level,
            value,
            parsed.unit,
            None,
        )),
        (TargetKind::Relative, Comparator::Ge | Comparator::Le | Comparator::Eq) => Ok(
            ValueParsed::number(ValueKind::Change, value, parsed.unit, parsed.basis),
        ),
        _ => Err(not_comparable(
            "完成值应为一个数值，不带“≥”“以上”等比较词",
            "the value must be one number, without a comparison (≥, 以上 …)",
        )),
    }
}

impl ValueParsed {
    fn with_kind(mut self, kind: ValueKind) -> Self {
        self.kind = kind;
        self
    }
}

/// True for a cost indicator (一级 成本指标, or 二级 成本指标 under 产出指标): its `EQ` and
/// `RANGE` targets are ceilings (SPEC §6.3).
pub fn is_cost_indicator(level1: &str, level2: &str) -> bool {
    level1 == "成本指标" || (level1 == "产出指标" && level2 == "成本指标")
}

/// Whether `value` is comparable with `target`, and if so whether it meets it: `Ok(Some(met))`
/// for a number or a date, `Ok(None)` for words that a qualitative or not measurable target
/// takes (judged, not compared), `Err` when not comparable.
///
/// Comparable: a `DEADLINE` target with a date; otherwise the same kind (a relative target takes
/// a change or a bare percentage, `12%` read as +12, never a level in another unit), the same unit after the alias table (a value
/// without a unit is read in the target's; a target without a unit takes any) and a basis that
/// matches (`UNSPECIFIED` matches any).
pub fn compare(
    target: &TargetParsed,
    level1: &str,
    level2: &str,
    value: &ValueParsed,
) -> Result<Option<bool>, ValueProblem> {
    if target.kind == TargetKind::Deadline {
        let deadline = target.date.and_then(|d| d.to_date());
        return match (value.date, deadline) {
            (Some(day), Some(deadline)) => Ok(Some(day <= deadline)),
            _ => Err(not_comparable(
                "完成时限类指标的完成值应为日期",
                "a deadline takes a date",
            )),
        };
    }
    let (Some(t), Some(a)) = (target.value, value.value) else {
        return match value.kind {
            ValueKind::Text => Ok(None),
            _ => Err(not_comparable(
                "该指标为定性指标，完成值应为文字描述，而不是数值或日期",
                "this target is qualitative: describe the result in words, not a number or a date",
            )),
        };
    };
    match (target.kind, value.kind) {
        (TargetKind::Quantitative, ValueKind::Level)
        | (TargetKind::Relative, ValueKind::Change) => {}
        // A change target takes a bare percentage (`12%`, or `12` read as 12 %), never a level
        // in another unit (`1200家`, `500万元`), even when the target names no unit (`正增长`).
        (TargetKind::Relative, ValueKind::Level) => {
            if let Some(vu) = value.unit.as_deref().filter(|u| !same_unit(u, "%")) {
                return Err(not_comparable(
                    format!("该指标值是增减幅度，完成值应为增减幅度或百分比，而不是以“{vu}”计的数值"),
                    format!(
                        "this target is a change: the value must be a change or a percentage, not an amount in “{vu}”"
                    ),
                ));
            }
        }
        (TargetKind::Quantitative, ValueKind::Change) => {
            return Err(not_comparable(
                "该指标值是要达到的水平，完成值应为达到的数值，而不是增减幅度",
                "this target is a level to reach: the value must be the level, not a change",
            ))
        }
        _ => {
            return Err(not_comparable(
                "完成值与指标值无法比较",
                "the value cannot be compared with the target",
            ))
        }
    }
    if let (Some(tu), Some(vu)) = (&target.unit, &value.unit) {
        if !same_unit(tu, vu) {
            return Err(not_comparable(
                format!("完成值的单位“{vu}”与指标值的单位“{tu}”不同"),
                format!("the value's unit “{vu}” differs from the target's “{tu}”"),
            ));
        }
    }
    if !bases_match(target.basis, value.basis) {
        return Err(not_comparable(
            "完成值的比较基期与指标值不同",
            "the value's baseline differs from the target's",
        ));
    }
    Ok(Some(meets(target, level1, level2, t, a)))
}

/// Two baselines match when they are the same or either is `UNSPECIFIED` (or absent).
fn bases_match(a: Option<Basis>, b: Option<Basis>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y || x == Basis::Unspecified || y == Basis::Unspecified,
        _ => true,
    }
}

/// Whether the number `a` meets the numeric target (value `t`), as outlook reads it (§5.1):
/// GE, GT and EQ (a level to reach) and growth: a ≥ t, except GT 0 (正增长), which needs
/// a > 0; LE and LT (a ceiling), a decline target (at least that decline), EQ 0 (`0起`) and
/// the EQ target of a cost indicator: a ≤ t, except LT 0, which needs a < 0; RANGE: a ≥ the
/// lower bound, or a ≤ the upper bound for a cost indicator and for a decline range
/// (`下降3%-5%`: at least the smaller decline). A floor below zero (`下降不超过5%`, GE −5) is
/// met by a ≥ t: at most that decline.
pub fn meets(target: &TargetParsed, level1: &str, level2: &str, t: Decimal, a: Decimal) -> bool {
    let cost = is_cost_indicator(level1, level2);
    match target.comparator.unwrap_or(Comparator::Eq) {
        Comparator::Gt if t.is_zero() => a > t,
        Comparator::Ge | Comparator::Gt => a >= t,
        // EQ 0 (`0起`), a cost indicator's level, and a decline (`下降=5%`, EQ −5): at most t.
        Comparator::Eq if t <= Decimal::ZERO || cost => a <= t,
        Comparator::Eq => a >= t,
        Comparator::Lt if t.is_zero() => a < t,
        Comparator::Le | Comparator::Lt => a <= t,
        Comparator::Range if cost => a <= target.upper.unwrap_or(t),
        // A decline range (`下降3%-5%`): at least the smaller decline.
        Comparator::Range if target.upper.is_some_and(|u| u.is_sign_negative()) => {
            a <= target.upper.unwrap_or(t)
        }
        Comparator::Range => a >= t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn t(text: &str) -> TargetParsed {
        target::parse(text).unwrap().with_year(2024)
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// The outcome of comparing `value` with `target` under 产出/数量指标.
    fn outcome(target: &str, value: &str) -> Result<Option<bool>, ValueProblemCode> {
        outcome_at(target, value, "产出指标", "数量指标")
    }

    fn outcome_at(
        target: &str,
        value: &str,
        l1: &str,
        l2: &str,
    ) -> Result<Option<bool>, ValueProblemCode> {
        let target = t(target);
        let value = read_value(value, &target, 2024).map_err(|p| p.code)?;
        compare(&target, l1, l2, &value).map_err(|p| p.code)
    }

    #[test]
    fn units_meet_through_the_alias_table() {
        assert_eq!(canonical_unit("场次"), "场");
        assert_eq!(canonical_unit("场"), "场");
        assert_eq!(canonical_unit("人次"), "人次");
        assert!(same_unit("场次", "场"));
        assert!(!same_unit("人次", "人"));
        assert_eq!(outcome("≥10场", "12场次"), Ok(Some(true)));
    }

    #[test]
    fn values_are_read_with_the_target_grammar() {
        let target = t("≥10场");
        let v = read_value("6场", &target, 2024).unwrap();
        assert_eq!(
            (v.kind, v.value, v.unit.as_deref()),
            (ValueKind::Level, Some(d("6")), Some("场"))
        );
        let growth = t("同比增长20%");
        let v = read_value("同比增长12%", &growth, 2024).unwrap();
        assert_eq!(
            (v.kind, v.value, v.basis),
            (ValueKind::Change, Some(d("12")), Some(Basis::YearOnYear))
        );
        let v = read_value("下降3%", &growth, 2024).unwrap();
        assert_eq!(v.value, Some(d("-3")));
        let deadline = t("2024年12月底前");
        let v = read_value("2024年11月", &deadline, 2024).unwrap();
        assert_eq!(
            (v.kind, v.date),
            (ValueKind::Date, NaiveDate::from_ymd_opt(2024, 11, 30))
        );
        let v = read_value("带动就业效果较好", &t("积极"), 2024).unwrap();
        assert_eq!(v.kind, ValueKind::Text);
    }

    #[test]
    fn levels_to_reach() {
        assert_eq!(outcome("≥10场", "10场"), Ok(Some(true)));
        assert_eq!(outcome("≥10场", "9场"), Ok(Some(false)));
        assert_eq!(outcome(">10场", "10场"), Ok(Some(true)), "GT scores as GE");
        assert_eq!(outcome("1000", "1000"), Ok(Some(true)));
        assert_eq!(
            outcome("1000", "1200"),
            Ok(Some(true)),
            "a bare number is a level to reach"
        );
        assert_eq!(
            outcome("1000人次", "999"),
            Ok(Some(false)),
            "unitless read in the target's unit"
        );
        assert_eq!(outcome("≥90%", "93%"), Ok(Some(true)));
    }

    #[test]
    fn ceilings_declines_and_costs() {
        assert_eq!(outcome("≤5%", "5%"), Ok(Some(true)));
        assert_eq!(outcome("≤5%", "5.01%"), Ok(Some(false)));
        assert_eq!(outcome("<5%", "5%"), Ok(Some(true)), "LT scores as LE");
        assert_eq!(outcome("0起", "0起"), Ok(Some(true)));
        assert_eq!(outcome("0起", "1起"), Ok(Some(false)), "EQ 0 is a ceiling");
        assert_eq!(
            outcome("下降5%", "下降6%"),
            Ok(Some(true)),
            "at least that decline"
        );
        assert_eq!(outcome("下降5%", "下降4%"), Ok(Some(false)));
        assert_eq!(outcome("下降超过5%", "下降6%"), Ok(Some(true)));
        assert_eq!(outcome("下降超过5%", "增长3%"), Ok(Some(false)));
        assert_eq!(
            outcome("下降不超过5%", "下降2%"),
            Ok(Some(true)),
            "at most that decline"
        );
        assert_eq!(outcome("下降不超过5%", "增长3%"), Ok(Some(true)));
        assert_eq!(outcome("下降不超过5%", "下降10%"), Ok(Some(false)));
        assert_eq!(
            outcome("下降3%-5%", "下降4%"),
            Ok(Some(true)),
            "at least the smaller decline"
        );
        assert_eq!(outcome("下降3%-5%", "下降2%"), Ok(Some(false)));
        assert_eq!(outcome("下降3%-5%", "增长10%"), Ok(Some(false)));
        assert_eq!(
            outcome_at("2万元/场", "1.8万元/场", "产出指标", "成本指标"),
            Ok(Some(true))
        );
        assert_eq!(
            outcome_at("2万元/场", "2.1万元/场", "成本指标", "经济成本指标"),
            Ok(Some(false))
        );
        assert_eq!(
            outcome_at("1-2万元", "2.5万元", "成本指标", "经济成本指标"),
            Ok(Some(false))
        );
        assert_eq!(
            outcome_at("≥2万元", "2.5万元", "成本指标", "经济成本指标"),
            Ok(Some(true)),
            "a cost GE stays a level to reach"
        );
    }

    #[test]
    fn growth_ranges_and_deadlines() {
        assert_eq!(outcome("同比增长20%", "同比增长12%"), Ok(Some(false)));
        assert_eq!(
            outcome("同比增长20%", "25%"),
            Ok(Some(true)),
            "a bare percentage is a change"
        );
        assert_eq!(outcome("正增长", "增长3%"), Ok(Some(true)));
        assert_eq!(
            outcome("正增长", "0%"),
            Ok(Some(false)),
            "GT 0 needs more than 0"
        );
        assert_eq!(
            outcome("正增长", "增长较快"),
            Ok(None),
            "words for a vague target are judged"
        );
        // A change target never takes a level in another unit, with or without its own unit.
        for (target, value) in [
            ("正增长", "1200家"),
            ("正增长", "500万元"),
            ("同比增长20%", "500万元"),
        ] {
            assert_eq!(
                outcome(target, value),
                Err(ValueProblemCode::NotComparable),
                "{target} vs {value}"
            );
        }
        assert_eq!(outcome("正增长", "35"), Ok(Some(true)), "a bare 35 is 35 %");
        // A signed value: a decline written as a number below zero.
        assert_eq!(outcome("下降5%", "-5%"), Ok(Some(true)));
        assert_eq!(outcome("下降5%", "−4%"), Ok(Some(false)));
        assert_eq!(outcome("正增长", "-1%"), Ok(Some(false)));
        assert_eq!(outcome("≥10场", "-3场"), Ok(Some(false)));
        assert_eq!(
            outcome("≥10场", "-≥3场"),
            Err(ValueProblemCode::Malformed(
                crate::domain::target::TargetErrorCode::TargetMalformed
            ))
        );
        assert_eq!(outcome("正增长", "增长500万元"), Ok(Some(true)), "a growth");
        assert_eq!(outcome("3-5次", "3次"), Ok(Some(true)));
        assert_eq!(
            outcome("3-5次", "7次"),
            Ok(Some(true)),
            "above the range is over-achievement"
        );
        assert_eq!(outcome("3-5次", "2次"), Ok(Some(false)));
        assert_eq!(outcome("2024年12月底前", "2024-12-31"), Ok(Some(true)));
        assert_eq!(outcome("12月底前完成", "2025年1月完成"), Ok(Some(false)));
        assert_eq!(outcome("积极", "带动就业效果较好"), Ok(None));
    }

    #[test]
    fn what_is_not_comparable() {
        use ValueProblemCode::*;
        assert_eq!(outcome("≥10场", "≥6场"), Err(NotComparable), "a comparator");
        assert_eq!(outcome("≥10场", "6-8场"), Err(NotComparable), "a range");
        assert_eq!(
            outcome("≥10场", "6人次"),
            Err(NotComparable),
            "another unit"
        );
        assert_eq!(
            outcome("≥10场", "进展顺利"),
            Err(NotComparable),
            "words for a number"
        );
        assert_eq!(
            outcome("≥10场", "增长5场"),
            Err(NotComparable),
            "a change for a level"
        );
        assert_eq!(outcome("2024年12月底前", "很快"), Err(NotComparable));
        assert_eq!(
            outcome("积极", "6场"),
            Err(NotComparable),
            "a number for words"
        );
        assert_eq!(
            outcome("≥10场", "≥abc场"),
            Err(Malformed(TargetErrorCode::TargetMalformed))
        );
        assert_eq!(
            outcome("≥10场", "8-6场"),
            Err(Malformed(TargetErrorCode::TargetRangeInverted))
        );
    }
}
