use chrono::Utc;

use super::*;
use crate::domain::ids::{FundId, RegionCode, SheetId};
use crate::domain::sheet::{Indicator, SheetStatus};
use crate::domain::target;

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

/// A sheet of 300 + 60 = 360 万元 with four indicators.
fn sheet() -> Sheet {
    Sheet {
        id: SheetId::new(1),
        fund_id: FundId::new(1),
        fund_name: "2024年度跨境电商支持资金".into(),
        year: 2024,
        region_code: RegionCode::from("430200"),
        region_name: "株洲市".into(),
        departments: vec!["株洲市商务局".into()],
        provincial_funds: Money::parse_wan("300").unwrap(),
        matching_funds: Some(Money::parse_wan("60").unwrap()),
        matching_funds_note: None,
        overall_goal: "培育外贸新增长点".into(),
        indicators: vec![
            indicator(17, "产出指标", "数量指标", "举办跨境电商培训", "≥10场"),
            indicator(18, "产出指标", "数量指标", "培训人次", "≥500人次"),
            indicator(19, "产出指标", "时效指标", "项目完成时间", "2024年12月底前"),
            indicator(20, "效益指标", "社会效益指标", "带动就业", "积极"),
        ],
        status: SheetStatus::Approved,
        status_reason: None,
        version: 3,
        created_at: Utc::now(),
        updated_at: Utc::now(),
        warnings: None,
    }
}

fn line(id: i64, actual: &str, expected: &str, likelihood: Option<Likelihood>) -> ReportLine {
    ReportLine {
        indicator_id: IndicatorId::new(id),
        actual: Some(actual.into()).filter(|s: &String| !s.is_empty()),
        expected: Some(expected.into()).filter(|s: &String| !s.is_empty()),
        likelihood,
        deviation_reasons: vec![],
        deviation_note: None,
        measures: None,
    }
}

fn report(executed: &str, lines: Vec<ReportLine>) -> NormalizedReport {
    NormalizedReport {
        executed_funds: Money::parse_wan(executed).unwrap(),
        expected_executed_funds: None,
        goal_progress: None,
        lines,
    }
}

fn codes(issues: &[Issue]) -> Vec<(&'static str, Severity, String)> {
    issues
        .iter()
        .map(|i| (i.code.as_str(), i.severity, i.path.clone()))
        .collect()
}

#[test]
fn budget_rates_and_time_progress_are_exact() {
    let (f, issues) = compute(
        &report("150", vec![]),
        &ReportBasis::of(&sheet()),
        7,
        Stage::Save,
        Lang::Zh,
    );
    assert_eq!(f.budget.to_string(), "360");
    assert_eq!(f.execution_rate.unwrap().to_string(), "41.67");
    assert_eq!(f.time_progress.to_string(), "58.33");
    assert!(f.behind_schedule);
    assert!(!f.far_behind, "41.67 is not below half of 58.33");
    assert!(codes(&issues).contains(&(
        "BEHIND_SCHEDULE",
        Severity::Warning,
        "/executed_funds".into()
    )));
    // Exactly on schedule: 210 of 360 in July is 7/12.
    let (f, _) = compute(
        &report("210", vec![]),
        &ReportBasis::of(&sheet()),
        7,
        Stage::Save,
        Lang::Zh,
    );
    assert!(!f.behind_schedule);
    // A rate below half the time progress: 100 of 360 after 7 months (27.78 < 29.17).
    let (f, _) = compute(
        &report("100", vec![]),
        &ReportBasis::of(&sheet()),
        7,
        Stage::Save,
        Lang::Zh,
    );
    assert!(f.far_behind);
    // A zero budget has no rate and is never behind.
    let mut empty = sheet();
    empty.provincial_funds = Money::ZERO;
    empty.matching_funds = None;
    let (f, issues) = compute(
        &report("1", vec![]),
        &ReportBasis::of(&empty),
        12,
        Stage::Save,
        Lang::Zh,
    );
    assert_eq!((f.execution_rate, f.behind_schedule), (None, false));
    assert_eq!(f.time_progress.to_string(), "100.00");
    assert!(codes(&issues)
        .iter()
        .any(|c| c.0 == "EXECUTED_EXCEEDS_BUDGET"));
}

#[test]
fn outlook_takes_the_worse_of_likelihood_and_expected() {
    let lines = vec![
        line(17, "6场", "12场", Some(Likelihood::Certain)),
        line(18, "150人次", "400人次", Some(Likelihood::Possible)),
        line(19, "", "2024年11月", None),
        line(20, "增长较快", "", None),
    ];
    let (f, issues) = compute(
        &report("210", lines),
        &ReportBasis::of(&sheet()),
        7,
        Stage::Save,
        Lang::Zh,
    );
    let outlooks: Vec<Outlook> = f.lines.iter().map(|l| l.outlook).collect();
    assert_eq!(
        outlooks,
        [
            Outlook::OnTrack,
            Outlook::OffTrack,
            Outlook::OnTrack,
            Outlook::NotAssessed
        ]
    );
    assert_eq!(f.outlook_counts[&Outlook::OnTrack], 2);
    assert_eq!(f.outlook_counts[&Outlook::OffTrack], 1);
    assert_eq!(f.outlook_counts[&Outlook::NotAssessed], 1);
    let found = codes(&issues);
    // 18 is off track without reasons: a warning on save.
    assert!(found.contains(&(
        "DEVIATION_REASON_REQUIRED",
        Severity::Warning,
        "/indicators/1/deviation_reasons".into()
    )));
    assert!(found.contains(&(
        "LIKELIHOOD_REQUIRED",
        Severity::Warning,
        "/indicators/2/likelihood".into()
    )));
    // Certain while the expected value misses: 18 is POSSIBLE, so no inconsistency there.
    assert!(!found.iter().any(|c| c.0 == "OUTLOOK_INCONSISTENT"));
    let (_, issues) = compute(
        &report(
            "210",
            vec![line(18, "", "400人次", Some(Likelihood::Certain))],
        ),
        &ReportBasis::of(&sheet()),
        7,
        Stage::Save,
        Lang::Zh,
    );
    assert!(codes(&issues).contains(&(
        "OUTLOOK_INCONSISTENT",
        Severity::Warning,
        "/indicators/0/likelihood".into()
    )));
}

#[test]
fn submit_checks_are_errors_on_submit() {
    let only = vec![line(17, "6场", "12场", Some(Likelihood::Certain))];
    let (_, on_save) = compute(
        &report("210", only.clone()),
        &ReportBasis::of(&sheet()),
        7,
        Stage::Save,
        Lang::Zh,
    );
    let (_, on_submit) = compute(
        &report("210", only),
        &ReportBasis::of(&sheet()),
        7,
        Stage::Submit,
        Lang::Zh,
    );
    let missing = |issues: &[Issue], severity| {
        issues
            .iter()
            .filter(|i| i.code == IssueCode::IndicatorNotReported && i.severity == severity)
            .count()
    };
    assert_eq!(missing(&on_save, Severity::Warning), 3);
    assert_eq!(missing(&on_submit, Severity::Error), 3);
    assert!(!has_errors(&on_save));
    assert!(has_errors(&on_submit));
}

#[test]
fn unknown_duplicate_and_uncomparable_values_are_errors() {
    let lines = vec![
        line(99, "1场", "", None),
        line(17, "≥6场", "", Some(Likelihood::Certain)),
        line(17, "6场", "", Some(Likelihood::Certain)),
        line(18, "≥abc人次", "", Some(Likelihood::Certain)),
        line(20, "6场", "", Some(Likelihood::Certain)),
    ];
    let (_, issues) = compute(
        &report("210", lines),
        &ReportBasis::of(&sheet()),
        7,
        Stage::Save,
        Lang::En,
    );
    let errors: Vec<_> = codes(&issues)
        .into_iter()
        .filter(|c| c.1 == Severity::Error)
        .collect();
    assert_eq!(
        errors,
        [
            (
                "UNKNOWN_INDICATOR",
                Severity::Error,
                "/indicators/0/indicator_id".into()
            ),
            (
                "ACTUAL_NOT_COMPARABLE",
                Severity::Error,
                "/indicators/1/actual".into()
            ),
            (
                "DUPLICATE_INDICATOR",
                Severity::Error,
                "/indicators/2/indicator_id".into()
            ),
            (
                "TARGET_MALFORMED",
                Severity::Error,
                "/indicators/3/actual".into()
            ),
            (
                "ACTUAL_NOT_COMPARABLE",
                Severity::Error,
                "/indicators/4/actual".into()
            ),
        ]
    );
}

#[test]
fn normalize_checks_fields_and_keeps_the_document_round_trip() {
    let doc: ReportDocument = serde_json::from_value(serde_json::json!({
        "executed_funds": "120", "goal_progress": "  进展顺利 ",
        "indicators": [
            {"indicator_id": 17, "actual": " 6场 ", "likelihood": "POSSIBLE",
             "deviation_reasons": ["FUNDING", "FUNDING"], "measures": "加快"},
            {"actual": "1"}
        ]
    }))
    .unwrap();
    let (norm, issues) = normalize(&doc, Lang::Zh);
    assert_eq!(norm.goal_progress.as_deref(), Some("进展顺利"));
    assert_eq!(norm.lines.len(), 1);
    assert_eq!(norm.lines[0].actual.as_deref(), Some("6场"));
    assert_eq!(norm.lines[0].deviation_reasons, [DeviationReason::Funding]);
    assert_eq!(
        codes(&issues),
        [
            (
                "TOO_MANY",
                Severity::Error,
                "/indicators/0/deviation_reasons/1".into()
            ),
            (
                "REQUIRED",
                Severity::Error,
                "/indicators/1/indicator_id".into()
            ),
        ]
    );
    let (again, _) = normalize(&norm.to_document(), Lang::Zh);
    assert_eq!(again, norm);
    let (_, issues) = normalize(&ReportDocument::default(), Lang::Zh);
    assert_eq!(
        codes(&issues),
        [("REQUIRED", Severity::Error, "/executed_funds".into())]
    );
}

#[test]
fn chinese_labels_are_read() {
    assert_eq!(Likelihood::parse("确定能"), Some(Likelihood::Certain));
    assert_eq!(Likelihood::parse("有可能"), Some(Likelihood::Possible));
    assert_eq!(
        Likelihood::parse("完全不可能"),
        Some(Likelihood::Impossible)
    );
    assert_eq!(Likelihood::parse("也许"), None);
}
