use std::str::FromStr;

use serde_json::json;

use super::*;
use crate::domain::scoring::round4;
use crate::domain::target;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn indicator(id: i64, level1: &str, level2: &str, name: &str, target_text: &str) -> Indicator {
    Indicator {
        id: IndicatorId::new(id),
        level1: level1.into(),
        level2: level2.into(),
        name: name.into(),
        target: target_text.into(),
        target_parsed: target::parse(target_text).ok().map(|p| p.with_year(2024)),
    }
}

/// The sheet of the worked example of SPEC §6.3: provincial 400, matching 100.
fn worked_basis() -> EvaluationBasis {
    EvaluationBasis {
        year: 2024,
        provincial_funds: Money::parse_wan("400").unwrap(),
        matching_funds: Some(Money::parse_wan("100").unwrap()),
        indicators: vec![
            indicator(1, "产出指标", "数量指标", "举办跨境电商培训", "≥10场"),
            indicator(2, "产出指标", "数量指标", "培训人次", "≥500人次"),
            indicator(3, "产出指标", "质量指标", "资金使用合规性", "100%"),
            indicator(4, "产出指标", "时效指标", "项目完成时间", "2024年12月底前"),
            indicator(5, "产出指标", "成本指标", "单位成本", "≤2万元/场"),
            indicator(
                6,
                "效益指标",
                "经济效益指标",
                "跨境电商进出口额",
                "同比增长20%",
            ),
            indicator(7, "效益指标", "社会效益指标", "带动就业", "积极"),
            indicator(
                8,
                "满意度指标",
                "服务对象满意度指标",
                "服务对象满意度",
                "≥90%",
            ),
        ],
        scheme: Scheme::default(),
    }
}

fn doc(value: serde_json::Value) -> EvaluationDocument {
    serde_json::from_value(value).unwrap()
}

fn worked_document() -> EvaluationDocument {
    doc(json!({
        "executed_funds": "430",
        "budget_deviation_analysis": "部分配套资金年底到位",
        "indicators": [
            {"indicator_id": 1, "actual": "12场"},
            {"indicator_id": 2, "actual": "430人次", "deviation_analysis": "企业报名不足"},
            {"indicator_id": 3, "actual": "100%"},
            {"indicator_id": 4, "actual": "2025年1月", "achievement": "PARTIAL",
             "deviation_analysis": "场馆延期交付"},
            {"indicator_id": 5, "actual": "1.8万元/场"},
            {"indicator_id": 6, "actual": "同比增长12%", "deviation_analysis": "外需回落"},
            {"indicator_id": 7, "actual": "带动就业效果较好", "achievement": "PARTIAL",
             "deviation_analysis": "就业统计口径未统一"},
            {"indicator_id": 8, "actual": "93%"}
        ]
    }))
}

fn run(
    document: &EvaluationDocument,
    basis: &EvaluationBasis,
    stage: Stage,
) -> (EvaluationFigures, Vec<Issue>) {
    let (norm, mut issues) = normalize(document, Lang::Zh);
    let (figures, more) = compute(&norm, basis, stage, Lang::Zh);
    issues.extend(more);
    (figures, issues)
}

fn codes(issues: &[Issue]) -> Vec<(&'static str, String)> {
    issues
        .iter()
        .map(|i| (i.code.as_str(), i.path.clone()))
        .collect()
}

#[test]
fn the_worked_example_of_the_spec_comes_out_exactly() {
    let (f, issues) = run(&worked_document(), &worked_basis(), Stage::Submit);
    let scores: Vec<(Method, String, String)> = f
        .lines
        .iter()
        .map(|l| {
            (
                l.method,
                round4(l.weight).normalize().to_string(),
                l.score.to_string(),
            )
        })
        .collect();
    let m = |method: Method, w: &str, s: &str| (method, w.to_string(), s.to_string());
    assert_eq!(
        scores,
        vec![
            m(Method::Reach, "10", "10.00"),
            m(Method::Reach, "10", "8.60"),
            m(Method::Reach, "10", "10.00"),
            m(Method::Deadline, "10", "7.00"),
            m(Method::Reverse, "10", "10.00"),
            m(Method::Reach, "15", "9.00"),
            m(Method::Judged, "15", "10.50"),
            m(Method::Reach, "10", "10.00"),
        ]
    );
    assert_eq!(f.budget.to_string(), "500");
    assert_eq!(f.execution_rate.unwrap().to_string(), "86.00");
    assert_eq!(f.budget_score.to_string(), "8.60");
    assert_eq!(f.budget_explanation.zh, "430 ÷ 500 × 10 = 8.60");
    assert_eq!(f.total_score.to_string(), "83.70");
    assert_eq!(f.grade, Grade::Good);
    assert_eq!(f.lines[1].explanation.zh, "430 ÷ 500 × 10 = 8.60");
    assert_eq!(f.lines[5].explanation.en, "12 ÷ 20 × 15 = 9.00");
    assert_eq!(f.lines[6].explanation.zh, "部分达成：0.7 × 15 = 10.50");
    assert_eq!(
        f.lines[3].explanation.zh,
        "2025-01-31 晚于 2024-12-31；部分达成：0.7 × 10 = 7.00"
    );
    // Submit-ready: only the over-achievement warning (12 ≥ 1.2 × 10).
    assert_eq!(
        codes(&issues),
        vec![("OVER_ACHIEVED", "/indicators/0/actual".to_string())]
    );
}

#[test]
fn three_equal_weights_all_met_total_exactly_100() {
    let mut basis = worked_basis();
    basis.indicators = vec![
        indicator(1, "产出指标", "数量指标", "甲", "≥10场"),
        indicator(2, "产出指标", "数量指标", "乙", "≥10场"),
        indicator(3, "产出指标", "数量指标", "丙", "≥10场"),
        indicator(4, "效益指标", "经济效益指标", "丁", "≥10"),
        indicator(5, "满意度指标", "服务对象满意度指标", "戊", "≥90%"),
    ];
    let document = doc(json!({"executed_funds": "500", "indicators": [
        {"indicator_id": 1, "actual": "10场"}, {"indicator_id": 2, "actual": "10场"},
        {"indicator_id": 3, "actual": "10场"}, {"indicator_id": 4, "actual": "10"},
        {"indicator_id": 5, "actual": "90%"}]}));
    let (f, issues) = run(&document, &basis, Stage::Submit);
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(round4(f.lines[0].weight).to_string(), "16.6667");
    assert_eq!(f.lines[0].score.to_string(), "16.67");
    // 10 + 3 × 16.67 + 30 + 10 = 100.01, capped.
    assert_eq!(f.total_score.to_string(), "100.00");
    assert_eq!(f.grade, Grade::Excellent);
}

#[test]
fn scores_on_a_repeating_weight_round_half_up_exactly() {
    // Six 产出 at 50/6 each (default scheme, 产出/效益/满意度 present): 15.03 ÷ 50 × 50/6 is
    // 2.505 exactly, so 2.51 (cut off to 28 digits first it would be 2.50, and 89.99 GOOD).
    let mut basis = worked_basis();
    basis.provincial_funds = Money::parse_wan("300").unwrap();
    basis.matching_funds = None;
    basis.indicators = (1..=6)
        .map(|k| indicator(k, "产出指标", "数量指标", &format!("产出{k}"), "≥50万元"))
        .chain([indicator(7, "效益指标", "社会效益指标", "带动就业", "积极")])
        .chain((8..=10).map(|k| {
            indicator(
                k,
                "满意度指标",
                "服务对象满意度指标",
                &format!("满意{k}"),
                "≥90%",
            )
        }))
        .collect();
    let mut lines =
        vec![json!({"indicator_id": 1, "actual": "15.03万元", "deviation_analysis": "x"})];
    lines.extend((2..=6).map(|k| json!({"indicator_id": k, "actual": "50万元"})));
    lines.push(json!({"indicator_id": 7, "actual": "较好", "achievement": "ACHIEVED"}));
    lines.extend((8..=10).map(|k| json!({"indicator_id": k, "actual": "90%"})));
    let document = doc(
        json!({"executed_funds": "175.5", "budget_deviation_analysis": "x",
                              "indicators": lines}),
    );
    let (f, issues) = run(&document, &basis, Stage::Submit);
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(f.lines[0].score.to_string(), "2.51");
    assert_eq!(f.lines[0].explanation.zh, "15.03 ÷ 50 × 8.3333 = 2.51");
    assert_eq!(f.budget_score.to_string(), "5.85");
    // 5.85 + 2.51 + 5 × 8.33 + 30 + 3 × 3.33 = 90.00: EXCELLENT, not 89.99 GOOD.
    assert_eq!(f.total_score.to_string(), "90.00");
    assert_eq!(f.grade, Grade::Excellent);
    // The budget score too: 15 × 100.3 ÷ 300 = 5.015 → 5.02.
    basis.scheme.budget_execution = d("15");
    basis.scheme.level1.insert("产出指标".into(), d("45"));
    let document = doc(json!({"executed_funds": "100.3", "indicators": []}));
    let (f, _) = run(&document, &basis, Stage::Save);
    assert_eq!(f.budget_score.to_string(), "5.02");
}

#[test]
fn submit_checks_are_warnings_on_save_and_errors_on_submit() {
    let document = doc(json!({"executed_funds": "430", "indicators": [
        {"indicator_id": 2, "actual": "430人次"},
        {"indicator_id": 7, "actual": "较好"}]}));
    let (_, saved) = run(&document, &worked_basis(), Stage::Save);
    let (_, submitted) = run(&document, &worked_basis(), Stage::Submit);
    let expected = [
        (
            "DEVIATION_ANALYSIS_REQUIRED",
            "/budget_deviation_analysis".to_string(),
        ),
        (
            "DEVIATION_ANALYSIS_REQUIRED",
            "/indicators/0/deviation_analysis".to_string(),
        ),
        (
            "ACHIEVEMENT_REQUIRED",
            "/indicators/1/achievement".to_string(),
        ),
        (
            "DEVIATION_ANALYSIS_REQUIRED",
            "/indicators/1/deviation_analysis".to_string(),
        ),
    ];
    assert_eq!(codes(&saved)[..4], expected[..]);
    assert_eq!(codes(&submitted)[..4], expected[..]);
    // Six indicators not reported.
    assert_eq!(
        saved
            .iter()
            .filter(|i| i.code == IssueCode::IndicatorNotReported)
            .count(),
        6
    );
    assert!(saved
        .iter()
        .all(|i| i.severity == crate::domain::Severity::Warning));
    assert!(submitted
        .iter()
        .all(|i| i.severity == crate::domain::Severity::Error));
}

#[test]
fn judged_scores_must_lie_in_their_band() {
    let line = |achievement: &str, score: &str| {
        doc(json!({"executed_funds": "500", "indicators": [
            {"indicator_id": 7, "actual": "较好", "achievement": achievement, "score": score,
             "deviation_analysis": "……"}]}))
    };
    let score_of = |achievement: &str, score: &str| {
        let (f, issues) = run(&line(achievement, score), &worked_basis(), Stage::Save);
        let refused: Vec<_> = issues
            .iter()
            .filter(|i| i.code == IssueCode::ScoreOutOfBand)
            .map(|i| i.path.clone())
            .collect();
        (f.lines[0].score.to_string(), refused)
    };
    // w = 15: ACHIEVED [12, 15], PARTIAL [9, 12), NOT_ACHIEVED [0, 9).
    assert_eq!(score_of("PARTIAL", "11"), ("11.00".into(), vec![]));
    assert_eq!(score_of("PARTIAL", "9"), ("9.00".into(), vec![]));
    assert_eq!(
        score_of("PARTIAL", "12"),
        ("0.00".into(), vec!["/indicators/0/score".to_string()])
    );
    assert_eq!(score_of("ACHIEVED", "12"), ("12.00".into(), vec![]));
    assert_eq!(score_of("ACHIEVED", "15"), ("15.00".into(), vec![]));
    assert_eq!(
        score_of("ACHIEVED", "15.01"),
        ("0.00".into(), vec!["/indicators/0/score".to_string()])
    );
    assert_eq!(score_of("NOT_ACHIEVED", "8.99"), ("8.99".into(), vec![]));
    assert_eq!(
        score_of("NOT_ACHIEVED", "1.234"),
        ("0.00".into(), vec!["/indicators/0/score".to_string()])
    );
}

#[test]
fn a_band_on_a_repeating_weight_is_shown_exactly_and_a_zero_below_zero_is_explained() {
    // Three 产出 at 50/3 each: PARTIAL is [0.6 × 16.67, 0.8 × 16.67) = [10.002, 13.336).
    let mut basis = worked_basis();
    basis.indicators = vec![
        indicator(1, "产出指标", "数量指标", "甲", "≥10场"),
        indicator(3, "产出指标", "数量指标", "丙", "<0起"),
        indicator(4, "产出指标", "数量指标", "丁", "积极"),
        indicator(5, "效益指标", "社会效益指标", "戊", "积极"),
        indicator(6, "满意度指标", "服务对象满意度指标", "庚", "≥90%"),
    ];
    let document = doc(json!({"executed_funds": "500", "indicators": [
        {"indicator_id": 3, "actual": "0起", "deviation_analysis": "x"},
        {"indicator_id": 4, "actual": "较好", "achievement": "PARTIAL", "score": "10",
         "deviation_analysis": "x"}]}));
    let (f, issues) = run(&document, &basis, Stage::Save);
    let band = issues
        .iter()
        .find(|i| i.code == IssueCode::ScoreOutOfBand)
        .expect("10 is below 0.6 × 16.67");
    assert!(
        band.message.contains("[10.002, 13.336）"),
        "{}",
        band.message
    );
    // `<0` and 0: not below it, so nothing, and the explanation says why.
    assert_eq!(f.lines[0].score.to_string(), "0.00");
    assert_eq!(f.lines[0].explanation.zh, "0 未低于 0，得 0.00 分");
}

#[test]
fn a_late_deadline_refuses_achieved_and_an_on_time_one_ignores_the_judgement() {
    let document = doc(json!({"executed_funds": "500", "indicators": [
        {"indicator_id": 4, "actual": "2025年1月", "achievement": "ACHIEVED"},
        {"indicator_id": 1, "actual": "10场", "achievement": "PARTIAL"}]}));
    let (_, issues) = run(&document, &worked_basis(), Stage::Save);
    let found = codes(&issues);
    assert!(found.contains(&(
        "ACHIEVEMENT_CONTRADICTS_ACTUAL",
        "/indicators/0/achievement".to_string()
    )));
    assert!(found.contains(&(
        "ACHIEVEMENT_IGNORED",
        "/indicators/1/achievement".to_string()
    )));
    let on_time = doc(json!({"executed_funds": "500", "indicators": [
        {"indicator_id": 4, "actual": "2024-11-20", "achievement": "PARTIAL"}]}));
    let (f, issues) = run(&on_time, &worked_basis(), Stage::Save);
    assert_eq!(f.lines[0].score.to_string(), "10.00");
    assert_eq!(
        f.lines[0].explanation.zh,
        "2024-11-20 不晚于 2024-12-31，按时完成，得满分 10.00"
    );
    assert!(codes(&issues).contains(&(
        "ACHIEVEMENT_IGNORED",
        "/indicators/0/achievement".to_string()
    )));
}

#[test]
fn weights_given_on_every_indicator_must_add_up() {
    let mut lines: Vec<serde_json::Value> = (1..=8)
        .map(|id| json!({"indicator_id": id, "actual": "1", "weight": "11.25"}))
        .collect();
    let (_, issues) = run(
        &doc(json!({"executed_funds": "500", "indicators": lines.clone()})),
        &worked_basis(),
        Stage::Save,
    );
    assert!(
        !codes(&issues)
            .iter()
            .any(|(c, _)| *c == "WEIGHTS_SUM_INVALID"),
        "8 × 11.25 = 90"
    );
    lines[0]["weight"] = json!("11.2501");
    let (_, issues) = run(
        &doc(json!({"executed_funds": "500", "indicators": lines.clone()})),
        &worked_basis(),
        Stage::Save,
    );
    assert!(codes(&issues).contains(&("WEIGHTS_SUM_INVALID", "/indicators".to_string())));
    lines[0].as_object_mut().unwrap().remove("weight");
    let (_, issues) = run(
        &doc(json!({"executed_funds": "500", "indicators": lines})),
        &worked_basis(),
        Stage::Save,
    );
    let refusal = issues
        .iter()
        .find(|i| i.code == IssueCode::WeightsSumInvalid)
        .unwrap();
    assert!(refusal.message.contains("只有 7 项"), "{}", refusal.message);
}

#[test]
fn a_cost_level1_on_the_default_scheme_weighs_nothing_and_says_so() {
    let mut basis = worked_basis();
    basis.indicators.push(indicator(
        9,
        "成本指标",
        "经济成本指标",
        "人均成本",
        "≤1万元",
    ));
    let document = doc(json!({"executed_funds": "500", "indicators": [
        {"indicator_id": 9, "actual": "0.8万元"}]}));
    let (f, issues) = run(&document, &basis, Stage::Save);
    assert_eq!(f.lines[0].weight, Decimal::ZERO);
    assert_eq!(f.lines[0].score.to_string(), "0.00");
    assert!(codes(&issues).contains(&(
        "INDICATOR_UNWEIGHTED",
        "/indicators/0/indicator_id".to_string()
    )));
    // An unweighted indicator scored by judgement asks for no judgement.
    basis.indicators.push(indicator(
        10,
        "成本指标",
        "社会成本指标",
        "社会成本",
        "较低",
    ));
    let document = doc(json!({"executed_funds": "500", "indicators": [
        {"indicator_id": 10, "actual": "较低"}]}));
    let (f, issues) = run(&document, &basis, Stage::Submit);
    assert_eq!(f.lines[0].explanation.zh, "权重为 0，不计分");
    assert!(
        !codes(&issues)
            .iter()
            .any(|(c, _)| *c == "ACHIEVEMENT_REQUIRED"),
        "{issues:?}"
    );
    // Only cost indicators: nothing weighs.
    basis.indicators = vec![indicator(
        9,
        "成本指标",
        "经济成本指标",
        "人均成本",
        "≤1万元",
    )];
    let (_, issues) = run(&document, &basis, Stage::Save);
    assert!(codes(&issues).contains(&("SCORING_WEIGHTS_INVALID", "/indicators".to_string())));
}

#[test]
fn an_actual_that_cannot_be_compared_is_an_error_and_scores_nothing() {
    let document = doc(json!({"executed_funds": "500", "indicators": [
        {"indicator_id": 1, "actual": "12人"}, {"indicator_id": 99, "actual": "1"},
        {"indicator_id": 1, "actual": "12场"}]}));
    let (f, issues) = run(&document, &worked_basis(), Stage::Save);
    assert_eq!(f.lines.len(), 1);
    assert_eq!(f.lines[0].score.to_string(), "0.00");
    let found = codes(&issues);
    assert!(found.contains(&("ACTUAL_NOT_COMPARABLE", "/indicators/0/actual".to_string())));
    assert!(found.contains(&(
        "UNKNOWN_INDICATOR",
        "/indicators/1/indicator_id".to_string()
    )));
    assert!(found.contains(&(
        "DUPLICATE_INDICATOR",
        "/indicators/2/indicator_id".to_string()
    )));
}

#[test]
fn totals_grade_at_their_edges() {
    for (total, grade) in [
        ("89.99", Grade::Good),
        ("90.00", Grade::Excellent),
        ("79.99", Grade::Fair),
        ("80.00", Grade::Good),
        ("59.99", Grade::Poor),
        ("60.00", Grade::Fair),
    ] {
        assert_eq!(scoring::grade(d(total)), grade, "{total}");
    }
}

#[test]
fn a_zero_budget_gives_no_rate_and_the_full_budget_weight() {
    let mut basis = worked_basis();
    basis.provincial_funds = Money::ZERO;
    basis.matching_funds = None;
    let (f, _) = run(&worked_document(), &basis, Stage::Save);
    assert_eq!(f.execution_rate, None);
    assert_eq!(f.budget_score.to_string(), "10.00");
}

#[test]
fn english_explanations_follow_the_same_arithmetic() {
    let (f, _) = run(&worked_document(), &worked_basis(), Stage::Save);
    assert_eq!(f.budget_explanation.pick(Lang::En), "430 ÷ 500 × 10 = 8.60");
    assert_eq!(
        f.lines[0].explanation.pick(Lang::En),
        "12 ≥ 10: target met, full 10.00"
    );
    assert_eq!(
        f.lines[4].explanation.pick(Lang::En),
        "1.8 ≤ 2: within the ceiling, full 10.00"
    );
}

#[test]
fn a_document_read_back_normalises_to_the_same_evaluation() {
    let (norm, issues) = normalize(&worked_document(), Lang::Zh);
    assert!(issues.is_empty());
    let again = serde_json::to_value(norm.to_document()).unwrap();
    let (back, _) = normalize(&serde_json::from_value(again).unwrap(), Lang::Zh);
    assert_eq!(back, norm);
}

#[test]
fn declines_of_every_form_are_scored_and_explained_on_their_size() {
    let mut basis = worked_basis();
    basis.indicators = vec![
        indicator(1, "效益指标", "经济效益指标", "a", "下降超过5%"),
        indicator(2, "效益指标", "经济效益指标", "b", "下降不超过5%"),
        indicator(3, "效益指标", "经济效益指标", "c", "下降不超过5%"),
        indicator(4, "效益指标", "经济效益指标", "d", "下降3%-5%"),
        indicator(5, "效益指标", "经济效益指标", "e", "下降不超过5%"),
    ];
    let document = doc(json!({
        "executed_funds": "500",
        "indicators": [
            {"indicator_id": 1, "actual": "下降4%"},
            {"indicator_id": 2, "actual": "增长3%"},
            {"indicator_id": 3, "actual": "下降7.5%"},
            {"indicator_id": 4, "actual": "下降1.5%"},
            {"indicator_id": 5, "actual": "下降12%"}
        ]
    }));
    let (f, _) = run(&document, &basis, Stage::Save);
    // 90 points over five 效益 indicators: 18 each.
    let got: Vec<(Method, String, &str)> = f
        .lines
        .iter()
        .map(|l| {
            (
                l.method,
                fixed2(l.score).to_string(),
                l.explanation.pick(Lang::En),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (Method::Reach, "14.40".into(), "-4 ÷ -5 × 18 = 14.40"),
            (
                Method::Reverse,
                "18.00".into(),
                "3 ≥ -5: a decline of at most 5, full 18.00"
            ),
            (
                Method::Reverse,
                "9.00".into(),
                "(1 − (-7.5 − -5) ÷ -5) × 18 = 9.00"
            ),
            (Method::Reach, "9.00".into(), "-1.5 ÷ -3 × 18 = 9.00"),
            (
                Method::Reverse,
                "0.00".into(),
                "a decline of 12 is twice the allowed 5 or more: 0.00"
            ),
        ]
    );
}

mod every_method {
    //! Property: whatever is written, each indicator's score (REACH, REVERSE, RANGE, JUDGED,
    //! DEADLINE alike) lies between 0 and round2(its weight), and the total between 0 and 100.
    use proptest::prelude::*;
    use serde_json::json;

    use super::{doc, run, worked_basis};
    use crate::domain::monitoring::Stage;
    use crate::domain::scoring::round2;
    use rust_decimal::Decimal;

    /// Actuals of every shape: levels on either side of the targets, rates, changes, dates on
    /// time and late, words, nothing.
    fn actual() -> impl Strategy<Value = Option<String>> {
        prop_oneof![
            Just(None),
            (0u32..40).prop_map(|n| Some(format!("{n}场"))),
            (0u32..1200).prop_map(|n| Some(format!("{n}人次"))),
            (0u32..=120).prop_map(|n| Some(format!("{n}%"))),
            (0u32..50).prop_map(|n| Some(format!("{}.{}万元/场", n / 10, n % 10))),
            (-30i32..60).prop_map(|n| Some(format!("同比增长{n}%"))),
            (1u32..=12).prop_map(|m| Some(format!("2024年{m}月"))),
            (1u32..=6).prop_map(|m| Some(format!("2025年{m}月"))),
            Just(Some("效果明显".to_string())),
        ]
    }

    fn achievement() -> impl Strategy<Value = Option<&'static str>> {
        prop_oneof![
            Just(None),
            Just(Some("ACHIEVED")),
            Just(Some("PARTIAL")),
            Just(Some("NOT_ACHIEVED")),
        ]
    }

    proptest! {
        #[test]
        fn every_score_lies_between_0_and_its_rounded_weight(
            lines in proptest::collection::vec(
                (actual(), achievement(), proptest::option::of(0u32..3000)),
                8,
            ),
            executed in 0u32..1000,
        ) {
            let indicators: Vec<serde_json::Value> = lines
                .iter()
                .enumerate()
                .map(|(k, (actual, achievement, score))| {
                    json!({"indicator_id": k + 1, "actual": actual, "achievement": achievement,
                           "score": score.map(|s| format!("{}.{:02}", s / 100, s % 100)),
                           "deviation_analysis": "说明"})
                })
                .collect();
            let document = doc(json!({"executed_funds": executed.to_string(),
                                      "budget_deviation_analysis": "说明",
                                      "indicators": indicators}));
            let (f, _) = run(&document, &worked_basis(), Stage::Save);
            prop_assert_eq!(f.lines.len(), 8);
            for line in &f.lines {
                prop_assert!(line.score >= Decimal::ZERO, "{:?}", line);
                prop_assert!(line.score <= round2(line.weight), "{:?}", line);
            }
            prop_assert!(f.budget_score >= Decimal::ZERO && f.budget_score <= f.budget_weight);
            prop_assert!(f.total_score >= Decimal::ZERO && f.total_score <= Decimal::ONE_HUNDRED);
        }
    }
}
