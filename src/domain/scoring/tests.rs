use std::str::FromStr;

use proptest::prelude::*;

use super::*;
use crate::domain::compare::read_value;
use crate::domain::target;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn x(s: &str) -> Exact {
    Exact::from(d(s))
}

fn parsed(text: &str) -> TargetParsed {
    target::parse(text).unwrap().with_year(2024)
}

/// Scores one indicator as §6.3 does: method, then arithmetic (or the judgement), rounded.
fn score_of(
    target_text: &str,
    level1: &str,
    level2: &str,
    actual: &str,
    w: &Exact,
    achievement: Option<Achievement>,
) -> (Method, Decimal) {
    let t = parsed(target_text);
    let a = read_value(actual, &t, 2024).unwrap();
    let method = method_of(&t, level1, level2, Some(&a));
    let exact = match method {
        Method::Judged => judged_score(achievement.unwrap(), w, None).unwrap(),
        Method::Deadline => {
            let deadline = t.date.and_then(|d| d.to_date()).unwrap();
            if a.date.unwrap() <= deadline {
                w.clone()
            } else {
                judged_score(achievement.unwrap(), w, None).unwrap()
            }
        }
        _ => {
            let comparator = t.comparator.unwrap();
            let bound = scored_bound(&t, level1, level2).unwrap();
            numeric_score(method, comparator, w, bound, a.value.unwrap())
        }
    };
    (method, exact.round(2))
}

#[test]
fn the_worked_example_of_section_6_3_gives_83_70_good() {
    let level1s = [
        "产出指标",
        "产出指标",
        "产出指标",
        "产出指标",
        "产出指标",
        "效益指标",
        "效益指标",
        "满意度指标",
    ];
    let w = weights(&Scheme::default(), &level1s, &[None; 8]).unwrap();
    assert_eq!(
        w.iter().map(|x| x.round(4)).collect::<Vec<_>>(),
        [
            d("10"),
            d("10"),
            d("10"),
            d("10"),
            d("10"),
            d("15"),
            d("15"),
            d("10")
        ]
    );
    let rows = [
        (
            "≥10场",
            "产出指标",
            "数量指标",
            "12场",
            None,
            Method::Reach,
            "10.00",
        ),
        (
            "≥500人次",
            "产出指标",
            "数量指标",
            "430人次",
            None,
            Method::Reach,
            "8.60",
        ),
        (
            "100%",
            "产出指标",
            "质量指标",
            "100%",
            None,
            Method::Reach,
            "10.00",
        ),
        (
            "2024年12月底前",
            "产出指标",
            "时效指标",
            "2025年1月",
            Some(Achievement::Partial),
            Method::Deadline,
            "7.00",
        ),
        (
            "≤2万元/场",
            "产出指标",
            "成本指标",
            "1.8万元/场",
            None,
            Method::Reverse,
            "10.00",
        ),
        (
            "同比增长20%",
            "效益指标",
            "经济效益指标",
            "同比增长12%",
            None,
            Method::Reach,
            "9.00",
        ),
        (
            "积极",
            "效益指标",
            "社会效益指标",
            "带动就业效果较好",
            Some(Achievement::Partial),
            Method::Judged,
            "10.50",
        ),
        (
            "≥90%",
            "满意度指标",
            "服务对象满意度指标",
            "93%",
            None,
            Method::Reach,
            "10.00",
        ),
    ];
    let mut scores = Vec::new();
    for (k, (target_text, l1, l2, actual, achievement, method, expected)) in rows.iter().enumerate()
    {
        let (m, s) = score_of(target_text, l1, l2, actual, &w[k], *achievement);
        assert_eq!((m, s), (*method, d(expected)), "{target_text} → {actual}");
        scores.push(s);
    }
    assert!(
        over_achieved(Method::Reach, d("10"), d("12")),
        "12 ≥ 1.2 × 10"
    );
    let (rate, budget) = budget_score(d("10"), d("430"), d("500"));
    assert_eq!((rate, budget), (Some(d("86.00")), d("8.60")));
    let sum = total(budget, &scores);
    assert_eq!(sum.to_string(), "83.70");
    assert_eq!(grade(sum), Grade::Good);
}

#[test]
fn three_output_indicators_weigh_50_thirds_and_all_met_cap_at_100() {
    let w = weights(&Scheme::default(), &["产出指标"; 3], &[None; 3]).unwrap();
    // 产出 alone takes all 90 points: 30 each.
    assert_eq!(w[0].round(4), d("30"));
    let w = weights(
        &Scheme::default(),
        &["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"],
        &[None; 5],
    )
    .unwrap();
    assert_eq!(w[0].round(4).to_string(), "16.6667");
    // Exactly 90: 50/3 three times, 30, 10.
    assert_eq!(w.iter().fold(Exact::zero(), |s, x| &s + x), Exact::from(90));
    let met = numeric_score(Method::Reach, Comparator::Ge, &w[0], d("10"), d("10")).round(2);
    assert_eq!(met, d("16.67"));
    // 16.67 × 3 + 30 + 10 + 10 = 100.01: the total is capped.
    let all = [met, met, met, w[3].round(2), w[4].round(2)];
    assert_eq!(total(d("10"), &all).to_string(), "100.00");
}

#[test]
fn weights_are_refused_when_nothing_weighs_or_overrides_do_not_add_up() {
    assert_eq!(
        weights(&Scheme::default(), &["成本指标"], &[None]),
        Err(WeightError::NothingWeighs)
    );
    assert_eq!(
        weights(
            &Scheme::default(),
            &["产出指标", "效益指标"],
            &[Some(d("45")), None]
        ),
        Err(WeightError::SumInvalid)
    );
    assert_eq!(
        weights(
            &Scheme::default(),
            &["产出指标", "效益指标"],
            &[Some(d("45")), Some(d("44"))]
        ),
        Err(WeightError::SumInvalid)
    );
    assert_eq!(
        weights(
            &Scheme::default(),
            &["产出指标", "效益指标"],
            &[Some(d("45")), Some(d("45"))]
        ),
        Ok(vec![x("45"), x("45")])
    );
    // A cost 一级 on the default scheme weighs 0 beside others.
    let w = weights(&Scheme::default(), &["产出指标", "成本指标"], &[None, None]).unwrap();
    assert_eq!((w[0].clone(), w[1].clone()), (x("90"), x("0")));
    assert!(Scheme::default().adds_up());
}

#[test]
fn reach_reverse_and_range_at_their_edges() {
    let w = x("10");
    let s = |m, c, t: &str, a: &str| numeric_score(m, c, &w, d(t), d(a)).round(2);
    use Comparator::*;
    use Method::*;
    // REACH: a = t full, half, nothing below 0, t = 0.
    assert_eq!(s(Reach, Ge, "500", "500"), d("10.00"));
    assert_eq!(s(Reach, Ge, "500", "250"), d("5.00"));
    assert_eq!(s(Reach, Ge, "500", "-5"), d("0.00"));
    assert_eq!(
        s(Reach, Ge, "500", "1000"),
        d("10.00"),
        "over-achievement scores w"
    );
    assert_eq!(s(Reach, Gt, "0", "0"), d("0.00"), "正增长 needs growth");
    assert_eq!(s(Reach, Gt, "0", "0.1"), d("10.00"));
    assert_eq!(s(Reach, Ge, "0", "0"), d("10.00"));
    // A decline on its size: −4 against −5.
    assert_eq!(s(Reach, Le, "-5", "-4"), d("8.00"));
    assert_eq!(s(Reach, Le, "-5", "-6"), d("10.00"));
    assert_eq!(s(Reach, Le, "-5", "2"), d("0.00"));
    // REVERSE: a ≤ t full, a = 2t nothing, between linear; t = 0.
    assert_eq!(s(Reverse, Le, "2", "2"), d("10.00"));
    assert_eq!(s(Reverse, Le, "2", "3"), d("5.00"));
    assert_eq!(s(Reverse, Le, "2", "4"), d("0.00"));
    assert_eq!(s(Reverse, Le, "2", "9"), d("0.00"));
    assert_eq!(s(Reverse, Eq, "0", "0"), d("10.00"));
    assert_eq!(s(Reverse, Eq, "0", "1"), d("0.00"));
    assert_eq!(s(Reverse, Lt, "0", "0"), d("0.00"));
    // RANGE: the lower bound reached, above is fine, below proportional.
    assert_eq!(s(Method::Range, Comparator::Range, "3", "3"), d("10.00"));
    assert_eq!(s(Method::Range, Comparator::Range, "3", "9"), d("10.00"));
    assert_eq!(s(Method::Range, Comparator::Range, "4", "3"), d("7.50"));
}

#[test]
fn every_decline_target_scores_on_the_size_of_the_decline() {
    let w = x("15");
    let score = |t: &str, a: &str| score_of(t, "效益指标", "经济效益指标", a, &w, None);
    use Method::*;
    // At least that decline (LE, and LT as LE): more decline is full, growth nothing.
    assert_eq!(score("下降5%", "下降6%"), (Reach, d("15.00")));
    assert_eq!(score("下降超过5%", "下降6%"), (Reach, d("15.00")));
    assert_eq!(score("下降超过5%", "下降4%"), (Reach, d("12.00")));
    assert_eq!(score("下降超过5%", "增长3%"), (Reach, d("0.00")));
    // At most that decline (a floor below zero): less decline or growth is full, a decline
    // beyond it loses linearly, twice it or more nothing.
    assert_eq!(score("下降不超过5%", "增长3%"), (Reverse, d("15.00")));
    assert_eq!(score("下降不超过5%", "下降2%"), (Reverse, d("15.00")));
    assert_eq!(score("下降不超过5%", "下降5%"), (Reverse, d("15.00")));
    assert_eq!(score("下降不超过5%", "下降7.5%"), (Reverse, d("7.50")));
    assert_eq!(score("下降不超过5%", "下降10%"), (Reverse, d("0.00")));
    assert_eq!(score("下降不超过5%", "下降12%"), (Reverse, d("0.00")));
    // A decline range: at least the smaller decline (REACH on its size), more is
    // over-achievement; the same for a cost indicator, whose ceiling it is.
    assert_eq!(score("下降3%-5%", "下降4%"), (Reach, d("15.00")));
    assert_eq!(score("下降3%-5%", "下降8%"), (Reach, d("15.00")));
    assert_eq!(score("下降3%-5%", "下降1.5%"), (Reach, d("7.50")));
    assert_eq!(score("下降3%-5%", "增长10%"), (Reach, d("0.00")));
    let cost = |t: &str, a: &str| score_of(t, "成本指标", "经济成本指标", a, &w, None);
    assert_eq!(cost("下降3%-5%", "下降4%"), (Reach, d("15.00")));
    assert_eq!(cost("下降3%-5%", "下降6%"), (Reach, d("15.00")));
    assert_eq!(cost("下降3%-5%", "增长10%"), (Reach, d("0.00")));
    // A range from a decline up to zero: at most the larger decline (REVERSE on its size).
    assert_eq!(score("下降0%-5%", "下降2%"), (Reverse, d("15.00")));
    assert_eq!(score("下降0%-5%", "增长10%"), (Reverse, d("15.00")));
    assert_eq!(score("下降0%-5%", "下降7.5%"), (Reverse, d("7.50")));
    // `下降=5%` (EQ −5) is a decline to reach, for a cost indicator too.
    assert_eq!(score("下降=5%", "下降3%"), (Reach, d("9.00")));
    assert_eq!(score("下降=5%", "下降8%"), (Reach, d("15.00")));
    assert_eq!(cost("下降=5%", "下降3%"), (Reach, d("9.00")));
    assert_eq!(cost("下降=5%", "下降8%"), (Reach, d("15.00")));
    // A cost indicator's range up to zero is a ceiling at zero: costs must not grow.
    assert_eq!(cost("下降0%-5%", "下降2%"), (Reverse, d("15.00")));
    assert_eq!(cost("下降0%-5%", "增长1%"), (Reverse, d("0.00")));
    // The outlook of §5.1 agrees with every full score above and every partial one.
    for (t, a, met) in [
        ("下降超过5%", "下降6%", true),
        ("下降超过5%", "下降4%", false),
        ("下降不超过5%", "下降2%", true),
        ("下降不超过5%", "下降7.5%", false),
        ("下降3%-5%", "下降4%", true),
        ("下降3%-5%", "增长10%", false),
        ("下降0%-5%", "增长10%", true),
        ("下降0%-5%", "下降7.5%", false),
        ("下降=5%", "下降8%", true),
        ("下降=5%", "下降3%", false),
    ] {
        let target = parsed(t);
        let v = read_value(a, &target, 2024).unwrap().value.unwrap();
        assert_eq!(
            crate::domain::compare::meets(
                &target,
                "效益指标",
                "经济效益指标",
                target.value.unwrap(),
                v
            ),
            met,
            "{t} against {a}"
        );
    }
}

#[test]
fn methods_follow_the_target_and_the_indicator() {
    let m = |t: &str, l1: &str, l2: &str, a: &str| {
        let t = parsed(t);
        let a = read_value(a, &t, 2024).unwrap();
        method_of(&t, l1, l2, Some(&a))
    };
    assert_eq!(m("0起", "产出指标", "质量指标", "0起"), Method::Reverse);
    assert_eq!(
        m("2万元", "成本指标", "经济成本指标", "1万元"),
        Method::Reverse
    );
    assert_eq!(
        m("1-2万元", "产出指标", "成本指标", "1万元"),
        Method::Reverse
    );
    assert_eq!(
        m("≥2万元", "成本指标", "经济成本指标", "3万元"),
        Method::Reach
    );
    assert_eq!(m("3-5次", "产出指标", "数量指标", "4次"), Method::Range);
    assert_eq!(
        m("下降5%", "效益指标", "社会效益指标", "下降4%"),
        Method::Reach
    );
    assert_eq!(
        m("正增长", "效益指标", "经济效益指标", "增长3%"),
        Method::Reach
    );
    assert_eq!(
        m("正增长", "效益指标", "经济效益指标", "增长较快"),
        Method::Judged
    );
    assert_eq!(
        m("积极", "效益指标", "社会效益指标", "较好"),
        Method::Judged
    );
    assert_eq!(
        m("9月前", "产出指标", "时效指标", "2024年8月"),
        Method::Deadline
    );
}

#[test]
fn judged_bands_are_taken_on_the_rounded_weight() {
    let w = Exact::from(50) / Exact::from(3); // 16.6667, rounded 16.67
    assert_eq!(band(Achievement::Achieved, &w), (d("13.336"), d("16.67")));
    assert_eq!(
        judged_score(Achievement::Achieved, &w, Some(d("16.67"))),
        Ok(x("16.67"))
    );
    assert_eq!(
        judged_score(Achievement::Achieved, &w, Some(d("13.34"))),
        Ok(x("13.34"))
    );
    assert_eq!(
        judged_score(Achievement::Achieved, &w, Some(d("13.33"))),
        Err(BandError::OutOfBand)
    );
    // PARTIAL excludes its upper edge; NOT_ACHIEVED starts at 0.
    assert_eq!(
        judged_score(Achievement::Partial, &x("10"), Some(d("8"))),
        Err(BandError::OutOfBand)
    );
    assert_eq!(
        judged_score(Achievement::Partial, &x("10"), Some(d("6"))),
        Ok(x("6"))
    );
    assert_eq!(
        judged_score(Achievement::NotAchieved, &x("10"), Some(d("5.99"))),
        Ok(x("5.99"))
    );
    assert_eq!(
        judged_score(Achievement::NotAchieved, &x("10"), Some(d("6"))),
        Err(BandError::OutOfBand)
    );
    assert_eq!(
        judged_score(Achievement::Partial, &x("15"), None),
        Ok(x("10.5"))
    );
}

#[test]
fn grades_change_at_90_80_and_60() {
    assert_eq!(grade(d("90.00")), Grade::Excellent);
    assert_eq!(grade(d("89.99")), Grade::Good);
    assert_eq!(grade(d("80.00")), Grade::Good);
    assert_eq!(grade(d("79.99")), Grade::Fair);
    assert_eq!(grade(d("60.00")), Grade::Fair);
    assert_eq!(grade(d("59.99")), Grade::Poor);
}

#[test]
fn a_zero_budget_gives_the_full_budget_weight_and_no_rate() {
    assert_eq!(budget_score(d("10"), d("5"), d("0")), (None, d("10.00")));
    assert_eq!(
        budget_score(d("10"), d("600"), d("500")),
        (Some(d("120.00")), d("10.00"))
    );
}

fn weight() -> impl Strategy<Value = Decimal> {
    (0u32..=100_0000).prop_map(|n| Decimal::new(i64::from(n), 4))
}

fn amount() -> impl Strategy<Value = Decimal> {
    (-1_000_000i64..=10_000_000).prop_map(|n| Decimal::new(n, 2))
}

proptest! {
    #[test]
    fn a_score_stays_between_0_and_its_rounded_weight(
        w in weight(), t in amount(), a in amount(),
        method in prop_oneof![Just(Method::Reach), Just(Method::Reverse), Just(Method::Range)],
        comparator in prop_oneof![Just(Comparator::Ge), Just(Comparator::Gt), Just(Comparator::Le), Just(Comparator::Lt), Just(Comparator::Eq)],
    ) {
        let s = numeric_score(method, comparator, &Exact::from(w), t, a).round(2);
        prop_assert!(s >= Decimal::ZERO, "{s}");
        prop_assert!(s <= round2(w), "{s} > {w}");
    }

    #[test]
    fn weights_add_up_to_100_minus_the_budget_weight(
        picks in proptest::collection::vec(0usize..4, 1..40),
        budget in 0u32..=100,
    ) {
        let labels = ["产出指标", "效益指标", "满意度指标", "成本指标"];
        let mut scheme = Scheme { budget_execution: Decimal::from(budget), ..Scheme::default() };
        // The rest shared among the four as 5:3:1:1.
        let rest = Decimal::from(100 - budget);
        for (label, share) in labels.iter().zip([5, 3, 1, 1]) {
            scheme.level1.insert(label.to_string(), rest * Decimal::from(share) / Decimal::from(10));
        }
        let level1s: Vec<&str> = picks.iter().map(|k| labels[*k]).collect();
        let overrides = vec![None; level1s.len()];
        match weights(&scheme, &level1s, &overrides) {
            Ok(w) => {
                let sum = w.iter().fold(Exact::zero(), |s, x| &s + x);
                prop_assert_eq!(sum, Exact::from(rest));
            }
            Err(e) => prop_assert!(rest.is_zero() && e == WeightError::NothingWeighs),
        }
    }
}
