use super::*;
use crate::domain::fund::TemplateIndicator;
use crate::domain::sheet::NormalizedIndicator;

fn ind(l1: &str, l2: &str, name: &str, target: &str) -> NormalizedIndicator {
    NormalizedIndicator {
        id: None,
        level1: l1.into(),
        level2: l2.into(),
        name: name.into(),
        target: target.into(),
    }
}

fn sheet(indicators: Vec<NormalizedIndicator>) -> NormalizedSheet {
    NormalizedSheet {
        fund_id: crate::domain::FundId::new(1),
        region_code: "430200".into(),
        departments: vec!["株洲市商务局".into(), "长沙市财政局".into()],
        provincial_funds: Money::parse_wan("260").unwrap(),
        indicators,
        ..Default::default()
    }
}

fn run(sheet: &NormalizedSheet, fund: Option<FundFacts<'_>>) -> Vec<(IssueCode, Severity, String)> {
    let (targets, mut issues) = parse_targets(sheet, Lang::Zh);
    let ctx = Context {
        lang: Lang::Zh,
        sheet,
        targets: &targets,
        fund,
        region: Some(RegionFacts {
            name: "株洲市",
            short_name: "株洲市",
        }),
    };
    issues.extend(check(&ctx));
    issues
        .into_iter()
        .map(|i| (i.code, i.severity, i.path))
        .collect()
}

#[test]
fn every_rule_is_listed_with_documented_codes() {
    let mut names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
    names.dedup();
    assert_eq!(names.len(), RULES.len());
    for rule in RULES {
        for code in rule.codes {
            assert!(IssueCode::ALL.contains(code));
        }
    }
}

#[test]
fn single_sheet_rules() {
    let s = sheet(vec![
        ind("产出指标", "数量指标", "培训人次", "正增长"),
        ind("满意度指标", "服务对象满意度指标", "满意度", "≥101%"),
        ind("满意度指标", "服务对象满意度指标", "满意度2", "95%-105%"),
        ind("满意度指标", "服务对象满意度指标", "满意度3", "100%"),
        ind("产出指标", "数量指标", "坏", "≥abc%"),
        ind("满意度指标", "服务对象满意度指标", "满意度4", ">100%"),
        ind("满意度指标", "服务对象满意度指标", "满意度5", "超过100%"),
        ind("满意度指标", "服务对象满意度指标", "满意度6", "≥100%"),
        ind("满意度指标", "服务对象满意度指标", "满意度7", ">99.5%"),
    ]);
    let found = run(&s, None);
    use IssueCode::*;
    use Severity::*;
    assert_eq!(
        found,
        [
            (TargetMalformed, Error, "/indicators/4/target".to_string()),
            (SatisfactionOver100, Error, "/indicators/1/target".into()),
            (SatisfactionOver100, Error, "/indicators/2/target".into()),
            (SatisfactionOver100, Error, "/indicators/5/target".into()),
            (SatisfactionOver100, Error, "/indicators/6/target".into()),
            (Level1Missing, Warning, "/indicators".into()),
            (OutputLevel2Missing, Warning, "/indicators".into()),
            (OutputLevel2Missing, Warning, "/indicators".into()),
            (TargetNotMeasurable, Warning, "/indicators/0/target".into()),
            (DepartmentRegionMismatch, Warning, "/departments/1".into()),
        ]
    );
}

#[test]
fn fund_total_names_the_excess() {
    let s = sheet(vec![]);
    let fund = FundFacts {
        total_provincial_funds: Some(Money::parse_wan("2000").unwrap()),
        template: None,
        others_provincial_funds: Money::parse_wan("1740.5").unwrap(),
    };
    let (targets, _) = parse_targets(&s, Lang::En);
    let ctx = Context {
        lang: Lang::En,
        sheet: &s,
        targets: &targets,
        fund: Some(fund),
        region: None,
    };
    let mut issues = Vec::new();
    fund_total_not_exceeded(&ctx, &mut issues);
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].path, "/provincial_funds");
    assert!(
        issues[0].message.contains("0.5 万元 over"),
        "{}",
        issues[0].message
    );

    let exact = FundFacts {
        others_provincial_funds: Money::parse_wan("1740").unwrap(),
        ..fund
    };
    let ctx = Context {
        fund: Some(exact),
        ..ctx
    };
    let mut issues = Vec::new();
    fund_total_not_exceeded(&ctx, &mut issues);
    assert!(issues.is_empty(), "exactly the total is allowed");
}

#[test]
fn templates_warn_or_fail_when_strict() {
    let mut template = Template {
        strict: false,
        indicators: vec![
            TemplateIndicator {
                level1: "产出指标".into(),
                level2: "质量指标".into(),
                name: "资金使用合规性".into(),
                floor: Some("=100%".into()),
            },
            TemplateIndicator {
                level1: "满意度指标".into(),
                level2: "服务对象满意度指标".into(),
                name: "服务 跨境电商企业满意度".into(),
                floor: Some("≥90%".into()),
            },
            TemplateIndicator {
                level1: "效益指标".into(),
                level2: "可持续影响指标".into(),
                name: "对跨境电商未来可持续发展的影响".into(),
                floor: None,
            },
        ],
    };
    let s = sheet(vec![
        ind("产出指标", "质量指标", "资金使用合规性", "≥99%"),
        ind(
            "满意度指标",
            "服务对象满意度指标",
            "服务跨境电商企业满意度",
            "95%以上",
        ),
    ]);
    fn fund(t: &Template) -> FundFacts<'_> {
        FundFacts {
            total_provincial_funds: None,
            template: Some(t),
            others_provincial_funds: Money::default(),
        }
    }
    let template_issues = |found: Vec<(IssueCode, Severity, String)>| {
        found
            .into_iter()
            .filter(|(c, _, _)| c.as_str().starts_with("TEMPLATE_"))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        template_issues(run(&s, Some(fund(&template)))),
        [
            (
                IssueCode::TemplateFloorNotMet,
                Severity::Warning,
                "/indicators/0/target".to_string()
            ),
            (
                IssueCode::TemplateIndicatorMissing,
                Severity::Warning,
                "/indicators".into()
            ),
        ]
    );
    template.strict = true;
    assert!(template_issues(run(&s, Some(fund(&template))))
        .iter()
        .all(|(_, severity, _)| *severity == Severity::Error));
}
