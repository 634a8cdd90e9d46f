use super::*;

#[test]
fn funds_are_checked() {
    let doc = FundDocument {
        name: Some(" 2024年度跨境电商支持资金 ".into()),
        year: Some(2024),
        total_provincial_funds: Some(MoneyInput::Text("2000".into())),
        ..Default::default()
    };
    let (fund, issues) = normalize(&doc, Lang::Zh);
    assert!(issues.is_empty());
    assert_eq!(fund.name, "2024年度跨境电商支持资金");
    assert_eq!(fund.total_provincial_funds.unwrap().to_string(), "2000");

    let bad = FundDocument {
        year: Some(1999),
        total_provincial_funds: Some(MoneyInput::Text("-1".into())),
        ..Default::default()
    };
    let codes: Vec<&str> = normalize(&bad, Lang::Zh)
        .1
        .into_iter()
        .map(|i| i.code.as_str())
        .collect();
    assert_eq!(codes, ["REQUIRED", "YEAR_OUT_OF_RANGE", "AMOUNT_NEGATIVE"]);
}

fn scoring(value: serde_json::Value) -> (Option<Scheme>, Vec<(String, String)>) {
    let doc = FundDocument {
        name: Some("f".into()),
        year: Some(2024),
        scoring: Some(serde_json::from_value(value).unwrap()),
        ..Default::default()
    };
    let (fund, issues) = normalize(&doc, Lang::En);
    let found = issues
        .into_iter()
        .map(|i| (i.code.as_str().to_string(), i.path))
        .collect();
    (fund.scoring, found)
}

fn refused(value: serde_json::Value) -> Vec<String> {
    let (scheme, issues) = scoring(value);
    assert_eq!(scheme, None);
    assert!(!issues.is_empty());
    issues
        .into_iter()
        .map(|(code, path)| {
            assert_eq!(code, "SCORING_WEIGHTS_INVALID");
            path
        })
        .collect()
}

#[test]
fn a_default_scheme_is_no_scheme() {
    let doc = FundDocument {
        name: Some("f".into()),
        year: Some(2024),
        ..Default::default()
    };
    assert_eq!(normalize(&doc, Lang::Zh).0.scoring, None);
    // The default written out, with trailing zeros, numbers and 成本 left out, is the default.
    let (scheme, issues) = scoring(serde_json::json!({"budget_execution": 10.0,
        "level1": {"产出指标": "50.00", "效益指标": 30, "满意度指标": "10"}}));
    assert_eq!((scheme, issues), (None, vec![]));
}

#[test]
fn a_scheme_is_read_exactly_and_completed() {
    let (scheme, issues) = scoring(serde_json::json!({"budget_execution": " 10 ",
        "level1": {"产出\n指标": "33.3333", "成本 指标": 6.6667, "效益指标": "50.0"}}));
    assert!(issues.is_empty(), "{issues:?}");
    let scheme = scheme.unwrap();
    let shown = serde_json::to_value(&scheme).unwrap();
    assert_eq!(
        shown,
        serde_json::json!({"budget_execution": "10", "level1": {"产出指标": "33.3333",
            "成本指标": "6.6667", "效益指标": "50", "满意度指标": "0"}})
    );
    assert!(scheme.adds_up());
}

#[test]
fn a_scheme_that_does_not_add_up_or_reads_badly_is_refused() {
    use serde_json::json;
    let level1 = |weights: serde_json::Value| json!({"budget_execution": "10", "level1": weights});
    let cases: [(serde_json::Value, &[&str]); 9] = [
        (
            level1(json!({"产出指标": "49.9999", "效益指标": "30", "满意度指标": "10"})),
            &["/scoring"],
        ),
        (
            level1(json!({"产出指标": "70", "效益指标": "30", "满意度指标": "-10"})),
            &["/scoring/level1/满意度指标"],
        ),
        (
            level1(json!({"产出指标": "49.99999", "效益指标": "30.00001", "满意度指标": "10"})),
            &["/scoring/level1/产出指标", "/scoring/level1/效益指标"],
        ),
        (
            level1(json!({"产出指标": "50", "效益指标": "30", "其他/指标": "10"})),
            &["/scoring/level1/其他~1指标"],
        ),
        (
            // The same 一级 twice once whitespace is dropped.
            level1(
                json!({"产出指标": "50", "产出 指标": "0", "效益指标": "30", "满意度指标": "10"}),
            ),
            &["/scoring/level1/产出指标"],
        ),
        (
            level1(
                json!({"产出指标": "abc", "效益指标": "", "满意度指标": null, "成本指标": "1e1"}),
            ),
            &[
                "/scoring/level1/产出指标",
                "/scoring/level1/成本指标",
                "/scoring/level1/效益指标",
                "/scoring/level1/满意度指标",
            ],
        ),
        (
            json!({"level1": {"产出指标": "60", "效益指标": "30", "满意度指标": "10"}}),
            &["/scoring/budget_execution"],
        ),
        (json!({"budget_execution": "100"}), &["/scoring/level1"]),
        (
            level1(json!({"产出指标": "99999999999999"})),
            &["/scoring/level1/产出指标"],
        ),
    ];
    for (value, paths) in cases {
        assert_eq!(refused(value.clone()), paths, "{value}");
    }
}

#[test]
fn scheme_messages_name_the_sum_and_the_label() {
    let doc = |value: serde_json::Value| FundDocument {
        name: Some("f".into()),
        year: Some(2024),
        scoring: Some(serde_json::from_value(value).unwrap()),
        ..Default::default()
    };
    let sum = doc(serde_json::json!({"budget_execution": "10",
        "level1": {"产出指标": "49.9999", "效益指标": "30", "满意度指标": "10"}}));
    let zh = &normalize(&sum, Lang::Zh).1[0].message;
    assert!(
        zh.contains("现为 99.9999") && zh.contains("一级指标 89.9999"),
        "{zh}"
    );
    let en = &normalize(&sum, Lang::En).1[0].message;
    assert!(en.contains("add up to 99.9999, not exactly 100"), "{en}");
    let unknown = doc(serde_json::json!({"budget_execution": "10",
        "level1": {"其他指标": "90"}}));
    let en = &normalize(&unknown, Lang::En).1[0].message;
    assert!(en.contains("“其他指标” is not a 一级"), "{en}");
}

fn entry(l1: &str, l2: &str, name: &str, floor: Option<&str>) -> TemplateIndicatorDocument {
    TemplateIndicatorDocument {
        level1: Some(l1.into()),
        level2: Some(l2.into()),
        name: Some(name.into()),
        floor: floor.map(Into::into),
    }
}

#[test]
fn templates_are_checked() {
    let doc = FundDocument {
        name: Some("f".into()),
        year: Some(2024),
        template: Some(TemplateDocument {
            strict: None,
            indicators: Some(vec![
                entry("产出指标", "质量\n指标", "资金使用合规性", Some("=100%")),
                entry("产出指标", "质量指标", "资金 使用合规性", None),
                entry("产出指标", "社会效益指标", "x", None),
                entry("满意度指标", "服务对象满意度指标", "满意度", Some("积极")),
                entry("满意度指标", "服务对象满意度指标", "y", Some("≥abc%")),
                entry("产出指标", "时效指标", "z", Some("12月底前完成")),
            ]),
        }),
        ..Default::default()
    };
    let (fund, issues) = normalize(&doc, Lang::En);
    let found: Vec<(&str, &str)> = issues
        .iter()
        .map(|i| (i.code.as_str(), i.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("DUPLICATE_INDICATOR", "/template/indicators/1/name"),
            ("LEVEL2_NOT_UNDER_LEVEL1", "/template/indicators/2/level2"),
            ("TARGET_MALFORMED", "/template/indicators/3/floor"),
            ("TARGET_MALFORMED", "/template/indicators/4/floor"),
            ("TARGET_MALFORMED", "/template/indicators/5/floor"),
        ]
    );
    let template = fund.template.unwrap();
    assert!(!template.strict);
    assert_eq!(template.indicators[0].level2, "质量指标");
    assert_eq!(template.indicators[0].floor.as_deref(), Some("=100%"));
}
