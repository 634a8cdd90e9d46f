//! The arithmetic of a score in words, in Chinese and English: numbers as written, band bounds exact, each method's explanation.

use super::*;

/// A decimal as explanations show it: exact, without trailing zeros.
pub(super) fn num(d: Decimal) -> String {
    d.normalize().to_string()
}

/// A band's bound as messages show it: exact, with at least 2 places (`8.00`, `10.002`), so that
/// a score inside the band is never shown outside it.
pub(super) fn bound(d: Decimal) -> String {
    if d.normalize().scale() <= 2 {
        pts(d)
    } else {
        num(d)
    }
}

/// A score as explanations show it: 2 places.
pub(super) fn pts(d: Decimal) -> String {
    fixed2(d).to_string()
}

/// Rounded half-up to 2 places and written with 2 (`8.60`, `10.00`).
pub fn fixed2(d: Decimal) -> Decimal {
    let mut r = round2(d);
    r.rescale(2);
    r
}

pub(super) fn achievement_label(a: Achievement) -> (&'static str, &'static str) {
    match a {
        Achievement::Achieved => ("达成", "achieved"),
        Achievement::Partial => ("部分达成", "partially achieved"),
        Achievement::NotAchieved => ("未达成", "not achieved"),
    }
}

/// A judged score (or a late deadline's): the chosen score inside its band, or the band's
/// default, with its arithmetic after `prefix`.
pub(super) fn judged(
    c: &mut Checker,
    path: &str,
    line: &EvaluationLine,
    w: &Exact,
    prefix: &Explanation,
    submit_check: &dyn Fn(&mut Checker, IssueCode, String, String, String),
    name: &str,
) -> (Exact, Explanation) {
    let Some(achievement) = line.achievement else {
        submit_check(
            c,
            IssueCode::AchievementRequired,
            format!("{path}/achievement"),
            format!("指标“{name}”须由评价人判断达成情况（achievement），未填按 0 分计"),
            format!(
                "indicator {} is scored by judgement: give achievement (it scores 0 without)",
                quote(name)
            ),
        );
        return (
            Exact::zero(),
            Explanation::new(
                format!("{}未填写达成情况，得 0.00 分", prefix.zh),
                format!("{}no achievement given: 0.00", prefix.en),
            ),
        );
    };
    let (label_zh, label_en) = achievement_label(achievement);
    match judged_score(achievement, w, line.score) {
        Ok(exact) => {
            let s = exact.round(2);
            let (zh, en) = match (line.score, achievement) {
                (Some(_), _) => {
                    let (low, high) = scoring::band(achievement, w);
                    (
                        format!(
                            "{}{label_zh}，评分 {}（区间 {}–{}）",
                            prefix.zh,
                            pts(s),
                            bound(low),
                            bound(high)
                        ),
                        format!(
                            "{}{label_en}, scored {} (band {}–{})",
                            prefix.en,
                            pts(s),
                            bound(low),
                            bound(high)
                        ),
                    )
                }
                (None, Achievement::Achieved) => (
                    format!("{}{label_zh}，得满分 {}", prefix.zh, pts(s)),
                    format!("{}{label_en}: full {}", prefix.en, pts(s)),
                ),
                (None, Achievement::Partial) => (
                    format!(
                        "{}{label_zh}：0.7 × {} = {}",
                        prefix.zh,
                        num(w.round(4)),
                        pts(s)
                    ),
                    format!(
                        "{}{label_en}: 0.7 × {} = {}",
                        prefix.en,
                        num(w.round(4)),
                        pts(s)
                    ),
                ),
                (None, Achievement::NotAchieved) => (
                    format!("{}{label_zh}，得 0.00 分", prefix.zh),
                    format!("{}{label_en}: 0.00", prefix.en),
                ),
            };
            (exact, Explanation::new(zh, en))
        }
        Err(BandError::OutOfBand) => {
            let (low, high) = scoring::band(achievement, w);
            let score = line.score.unwrap_or_default();
            let (close_zh, close_en) = if achievement == Achievement::Achieved {
                ("]", "]")
            } else {
                ("）", ")")
            };
            c.error(
                IssueCode::ScoreOutOfBand,
                format!("{path}/score"),
                format!(
                    "得分 {} 不在“{label_zh}”的区间 [{}, {}{close_zh}内（权重 {}）",
                    num(score),
                    bound(low),
                    bound(high),
                    pts(w.round(2))
                ),
                format!(
                    "score {} is outside the band of {} [{}, {}{close_en} (weight {})",
                    num(score),
                    label_en,
                    bound(low),
                    bound(high),
                    pts(w.round(2))
                ),
            );
            (Exact::zero(), Explanation::default())
        }
    }
}

/// The arithmetic of a numeric score.
pub(super) fn numeric_explanation(
    method: Method,
    comparator: Comparator,
    w: &Exact,
    t: Decimal,
    a: Decimal,
    score: Decimal,
) -> Explanation {
    let (wn, tn, an, s) = (num(w.round(4)), num(t), num(a), pts(score));
    let full = score == w.round(2);
    match method {
        Method::Reach | Method::Range if t.is_sign_negative() => {
            if a <= t {
                Explanation::new(
                    format!("下降 {} 不小于目标降幅 {}，得满分 {s}", num(-a), num(-t)),
                    format!(
                        "a decline of {} is at least the target's {}: full {s}",
                        num(-a),
                        num(-t)
                    ),
                )
            } else {
                // Growth against a decline counts as no decline at all.
                let shown = if a.is_sign_negative() {
                    an.clone()
                } else {
                    "0".to_string()
                };
                Explanation::new(
                    format!("{shown} ÷ {tn} × {wn} = {s}"),
                    format!("{shown} ÷ {tn} × {wn} = {s}"),
                )
            }
        }
        Method::Reach if t.is_zero() => {
            let op = if comparator == Comparator::Ge {
                "≥"
            } else {
                ">"
            };
            if full {
                Explanation::new(
                    format!("{an} {op} 0，达到目标，得满分 {s}"),
                    format!("{an} {op} 0: target met, full {s}"),
                )
            } else {
                Explanation::new(
                    format!("{an} 未满足 {op} 0，得 0.00 分"),
                    format!("{an} is not {op} 0: 0.00"),
                )
            }
        }
        Method::Reach | Method::Range => {
            if a >= t {
                Explanation::new(
                    format!("{an} ≥ {tn}，达到目标，得满分 {s}"),
                    format!("{an} ≥ {tn}: target met, full {s}"),
                )
            } else {
                let shown = if a.is_sign_negative() {
                    "0".to_string()
                } else {
                    an.clone()
                };
                Explanation::new(
                    format!("{shown} ÷ {tn} × {wn} = {s}"),
                    format!("{shown} ÷ {tn} × {wn} = {s}"),
                )
            }
        }
        Method::Reverse if t.is_zero() => {
            if full {
                Explanation::new(
                    format!("{an} 未超过 0，达到目标，得满分 {s}"),
                    format!("{an} does not exceed 0: target met, full {s}"),
                )
            } else if a <= t {
                // `<0`: 0 itself is not below it.
                Explanation::new(
                    format!("{an} 未低于 0，得 0.00 分"),
                    format!("{an} is not below 0: 0.00"),
                )
            } else {
                Explanation::new(
                    format!("{an} 超过目标 0，得 0.00 分"),
                    format!("{an} exceeds the target of 0: 0.00"),
                )
            }
        }
        Method::Reverse if t.is_sign_negative() => {
            if a >= t {
                Explanation::new(
                    format!("{an} ≥ {tn}，降幅未超过 {}，得满分 {s}", num(-t)),
                    format!("{an} ≥ {tn}: a decline of at most {}, full {s}", num(-t)),
                )
            } else if a <= t + t {
                Explanation::new(
                    format!(
                        "下降 {} 达到允许降幅 {} 的两倍及以上，得 0.00 分",
                        num(-a),
                        num(-t)
                    ),
                    format!(
                        "a decline of {} is twice the allowed {} or more: 0.00",
                        num(-a),
                        num(-t)
                    ),
                )
            } else {
                Explanation::new(
                    format!("(1 − ({an} − {tn}) ÷ {tn}) × {wn} = {s}"),
                    format!("(1 − ({an} − {tn}) ÷ {tn}) × {wn} = {s}"),
                )
            }
        }
        Method::Reverse => {
            if a <= t {
                Explanation::new(
                    format!("{an} ≤ {tn}，未超过上限，得满分 {s}"),
                    format!("{an} ≤ {tn}: within the ceiling, full {s}"),
                )
            } else if a >= t + t {
                Explanation::new(
                    format!("{an} 达到上限 {tn} 的两倍及以上，得 0.00 分"),
                    format!("{an} is twice the ceiling {tn} or more: 0.00"),
                )
            } else {
                Explanation::new(
                    format!("(1 − ({an} − {tn}) ÷ {tn}) × {wn} = {s}"),
                    format!("(1 − ({an} − {tn}) ÷ {tn}) × {wn} = {s}"),
                )
            }
        }
        Method::Judged | Method::Deadline => Explanation::default(),
    }
}
