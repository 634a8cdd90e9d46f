use super::*;

fn indicator(l1: &str, l2: &str, name: &str, target: &str) -> IndicatorDocument {
    IndicatorDocument {
        id: None,
        level1: Some(l1.into()),
        level2: Some(l2.into()),
        name: Some(name.into()),
        target: Some(target.into()),
        target_parsed: None,
    }
}

fn valid() -> SheetDocument {
    SheetDocument {
        fund_id: Some(FundId::new(1)),
        region_code: Some("430200".into()),
        departments: Some(vec!["株洲市商务局".into(), " 株洲市财政局 ".into()]),
        provincial_funds: Some(MoneyInput::Text("260".into())),
        matching_funds: None,
        matching_funds_note: None,
        overall_goal: Some("培育外贸新增长点（跨境电商）".into()),
        indicators: Some(vec![
            indicator("产出\n指标", "数量指标", "跨境电商相关培训人次数", "1000"),
            indicator(
                "满意度指标",
                "社会公众或服务对象满意度指标",
                "服务跨境电商企业满意度",
                "≥ 90 %",
            ),
        ]),
        ..Default::default()
    }
}

fn codes(issues: &[Issue]) -> Vec<(String, String)> {
    issues
        .iter()
        .map(|i| (i.code.to_string(), i.path.clone()))
        .collect()
}

#[test]
fn a_valid_sheet_is_normalised() {
    let (sheet, issues) = normalize(&valid(), Lang::Zh);
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(sheet.departments, ["株洲市商务局", "株洲市财政局"]);
    assert_eq!(sheet.indicators[0].level1, "产出指标");
    assert_eq!(sheet.indicators[1].level2, "服务对象满意度指标");
    assert_eq!(
        sheet.indicators[1].target, "≥ 90 %",
        "targets are kept verbatim"
    );
    assert_eq!(sheet.matching_funds, None);
}

#[test]
fn department_names_hold_no_separator_and_line_breaks_are_one_kind() {
    let mut doc = valid();
    doc.departments = Some(vec!["长沙市商务局、财政局".into(), "长沙市, 商务局".into()]);
    doc.overall_goal = Some("第一行\r\n第二行\r第三行".into());
    let (sheet, issues) = normalize(&doc, Lang::En);
    assert_eq!(
        codes(&issues),
        [
            ("VALUE_INVALID".to_string(), "/departments/0".to_string()),
            ("VALUE_INVALID".to_string(), "/departments/1".to_string())
        ]
    );
    assert!(issues[0].message.contains("its own entry"), "{issues:?}");
    assert_eq!(sheet.overall_goal, "第一行\n第二行\n第三行");
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut doc = valid();
    doc.fund_id = None;
    doc.region_code = Some("4302".into());
    doc.departments = Some(vec!["".into()]);
    doc.provincial_funds = Some(MoneyInput::Text("-5".into()));
    doc.matching_funds = Some(MoneyInput::Text("1.000001".into()));
    doc.overall_goal = Some(" ".into());
    doc.indicators = Some(vec![
        indicator("产出指标", "社会效益指标", "a", "1"),
        indicator("好指标", "数量指标", "b", "1"),
        indicator("效益指标", "坏指标", "c", ""),
        indicator("产出指标", "数量指标", "d", "1"),
        indicator("产出指标", "数量指标", " d", "2"),
    ]);
    let (_, issues) = normalize(&doc, Lang::En);
    assert_eq!(
        codes(&issues),
        [
            ("REQUIRED", "/fund_id"),
            ("INVALID_REGION_CODE", "/region_code"),
            ("REQUIRED", "/departments/0"),
            ("AMOUNT_NEGATIVE", "/provincial_funds"),
            ("AMOUNT_TOO_PRECISE", "/matching_funds"),
            ("REQUIRED", "/overall_goal"),
            ("LEVEL2_NOT_UNDER_LEVEL1", "/indicators/0/level2"),
            ("UNKNOWN_LEVEL1", "/indicators/1/level1"),
            ("UNKNOWN_LEVEL2", "/indicators/2/level2"),
            ("REQUIRED", "/indicators/2/target"),
            ("DUPLICATE_INDICATOR", "/indicators/4/name"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert_eq!(
        issues[6].message,
        "level2 “社会效益指标” belongs to 效益指标, not to 产出指标"
    );
}

#[test]
fn limits_are_enforced() {
    let mut doc = valid();
    doc.departments = Some(vec!["部".repeat(101); 11]);
    doc.indicators = Some(
        (0..201)
            .map(|i| {
                indicator(
                    "产出指标",
                    "数量指标",
                    &format!("指标{i}"),
                    &"9".repeat(101),
                )
            })
            .collect(),
    );
    let (_, issues) = normalize(&doc, Lang::Zh);
    let c = codes(&issues);
    assert!(c.contains(&("TOO_MANY".into(), "/departments".into())));
    assert!(c.contains(&("TOO_LONG".into(), "/departments/10".into())));
    assert!(c.contains(&("TOO_MANY".into(), "/indicators".into())));
    assert!(c.contains(&("TOO_LONG".into(), "/indicators/200/target".into())));
}

#[test]
fn same_name_under_another_level2_is_not_a_duplicate() {
    let mut doc = valid();
    doc.indicators = Some(vec![
        indicator("产出指标", "数量指标", "培训", "1"),
        indicator("产出指标", "质量指标", "培训", "1"),
    ]);
    assert!(normalize(&doc, Lang::Zh).1.is_empty());
}

fn stored(id: i64, l2: &str, name: &str) -> Indicator {
    Indicator {
        id: IndicatorId::new(id),
        level1: "产出指标".into(),
        level2: l2.into(),
        name: name.into(),
        target: "1".into(),
        target_parsed: None,
    }
}

fn sent(id: Option<i64>, l2: &str, name: &str) -> NormalizedIndicator {
    NormalizedIndicator {
        id: id.map(IndicatorId::new),
        level1: "产出指标".into(),
        level2: l2.into(),
        name: name.into(),
        target: "1".into(),
    }
}

fn matched(stored: &[Indicator], mut incoming: Vec<NormalizedIndicator>) -> Vec<Option<i64>> {
    match_indicators(stored, &mut incoming);
    incoming
        .iter()
        .map(|i| i.id.map(IndicatorId::get))
        .collect()
}

#[test]
fn indicators_match_by_id_first_then_by_key() {
    let s = [
        stored(10, "数量指标", "培训人次"),
        stored(11, "数量指标", "展会企业数"),
        stored(12, "质量指标", "合规性"),
    ];
    // Reordered, one renamed with its id, one matched by name (whitespace ignored), one
    // removed (11), one new.
    let got = matched(
        &s,
        vec![
            sent(None, "质量指标", "合 规 性"),
            sent(Some(10), "数量指标", "培训人数"),
            sent(None, "数量指标", "新指标"),
        ],
    );
    assert_eq!(got, [Some(12), Some(10), None]);
    // Ids of another sheet are ignored: matched by name, or new.
    let got = matched(
        &s,
        vec![
            sent(Some(99), "数量指标", "展会企业数"),
            sent(Some(98), "数量指标", "别的"),
        ],
    );
    assert_eq!(got, [Some(11), None]);
    // An id already taken by an earlier indicator is ignored for a later one; a name
    // already taken by id is not matched again.
    let got = matched(
        &s,
        vec![
            sent(Some(10), "数量指标", "展会企业数"),
            sent(Some(10), "数量指标", "培训人次"),
            sent(None, "数量指标", "展会企业数"),
        ],
    );
    assert_eq!(got, [Some(10), None, Some(11)]);
    // The same name under another 二级 is another indicator.
    assert_eq!(
        matched(&s, vec![sent(None, "质量指标", "培训人次")]),
        [None]
    );
    // Creating: nothing stored, nothing matched, whatever ids are sent.
    assert_eq!(
        matched(&[], vec![sent(Some(10), "数量指标", "培训人次")]),
        [None]
    );
}
