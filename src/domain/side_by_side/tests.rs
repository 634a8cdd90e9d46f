use std::str::FromStr;

use chrono::Utc;

use super::*;
use crate::domain::fund::TemplateIndicator;
use crate::domain::sheet::SheetStatus;
use crate::domain::target;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// An indicator with id `id`; the target read in 2024 (or `year`).
fn ind(id: i64, level1: &str, level2: &str, name: &str, text: &str, year: i32) -> Indicator {
    Indicator {
        id: IndicatorId::new(id),
        level1: level1.into(),
        level2: level2.into(),
        name: name.into(),
        target: text.into(),
        target_parsed: target::parse(text).ok().map(|p| p.with_year(year)),
    }
}

/// A sheet of `funds` 万元 with one 产出/数量 indicator per `(name, target)`; indicator ids are
/// `id * 100 + position`.
fn sheet(id: i64, code: &str, funds: &str, targets: &[(&str, &str)]) -> Sheet {
    sheet_in(id, code, funds, 2024, targets)
}

fn sheet_in(id: i64, code: &str, funds: &str, year: i32, targets: &[(&str, &str)]) -> Sheet {
    Sheet {
        id: SheetId::new(id),
        fund_id: FundId::new(1),
        fund_name: "基金".into(),
        year,
        region_code: RegionCode::from(code),
        region_name: format!("地区{code}"),
        departments: vec![],
        provincial_funds: Money::parse_wan(funds).unwrap(),
        matching_funds: None,
        matching_funds_note: None,
        overall_goal: "目标".into(),
        indicators: targets
            .iter()
            .enumerate()
            .map(|(k, (name, text))| {
                ind(
                    id * 100 + k as i64,
                    "产出指标",
                    "数量指标",
                    name,
                    text,
                    year,
                )
            })
            .collect(),
        status: SheetStatus::Approved,
        status_reason: None,
        version: 1,
        created_at: Utc::now(),
        updated_at: Utc::now(),
        warnings: None,
    }
}

fn group<'a>(view: &'a SideBySide, name: &str) -> &'a Group {
    view.items.iter().find(|g| g.name == name).unwrap()
}

fn flags(g: &Group) -> Vec<Option<Flag>> {
    g.targets.iter().map(|t| t.flag).collect()
}

#[test]
fn medians_of_odd_and_even_counts() {
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[d("3"), d("1"), d("2")]), Some(d("2")));
    assert_eq!(median(&[d("4"), d("1"), d("2"), d("3")]), Some(d("2.5")));
}

#[test]
fn groups_follow_the_template_then_first_appearance() {
    let template = Template {
        strict: false,
        indicators: vec![
            TemplateIndicator {
                level1: "产出指标".into(),
                level2: "数量指标".into(),
                name: "培训 人次".into(),
                floor: None,
            },
            TemplateIndicator {
                level1: "产出指标".into(),
                level2: "数量指标".into(),
                name: "无人填报".into(),
                floor: None,
            },
        ],
    };
    // Sheet 2 comes first by id, whatever the order given.
    let sheets = [
        sheet(
            5,
            "430300",
            "100",
            &[("展会", "10家"), ("培训人次", "100人次")],
        ),
        sheet(
            2,
            "430200",
            "100",
            &[("活动", "5场"), ("培训\n人次", "200人次")],
        ),
    ];
    let view = side_by_side(
        FundId::new(1),
        Some(&template),
        &sheets,
        &FollowUp::default(),
    );
    let names: Vec<&str> = view.items.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(
        names,
        ["培训 人次", "活动", "展会"],
        "an empty template entry is left out"
    );
    assert!(view.items[0].in_template && !view.items[1].in_template);
    let sheets_of: Vec<i64> = view.items[0]
        .targets
        .iter()
        .map(|t| t.sheet_id.get())
        .collect();
    assert_eq!(sheets_of, [2, 5]);
    assert_eq!(view.sheets, 2);
}

#[test]
fn statistics_per_wan_and_flags_of_a_reach_group() {
    // per 万元: 1, 2, 2.5, 3, 0.4 → median 2; 0.4 is below half of it (LOW), nobody above 4.
    let sheets = [
        sheet(1, "430100", "100", &[("培训人次", "100人次")]),
        sheet(2, "430200", "100", &[("培训人次", "200人次")]),
        sheet(3, "430300", "200", &[("培训人次", "500人次")]),
        sheet(4, "430400", "100", &[("培训人次", "≥300人次")]),
        sheet(5, "430500", "250", &[("培训人次", "100")]),
    ];
    let view = side_by_side(FundId::new(1), None, &sheets, &FollowUp::default());
    let g = group(&view, "培训人次");
    assert!(g.comparable);
    assert_eq!(g.unit.as_deref(), Some("人次"), "the unitless value joins");
    assert_eq!(g.method, Some(Family::Reach));
    assert_eq!(
        (g.sum, g.min, g.median, g.max),
        (
            Some(d("1200")),
            Some(d("100")),
            Some(d("200")),
            Some(d("500"))
        )
    );
    assert_eq!(g.median_per_wan, Some(d("2")));
    let per_wan: Vec<Option<Decimal>> = g.targets.iter().map(|t| t.per_wan).collect();
    assert_eq!(
        per_wan,
        [
            Some(d("1")),
            Some(d("2")),
            Some(d("2.5")),
            Some(d("3")),
            Some(d("0.4"))
        ]
    );
    assert_eq!(flags(g), [None, None, None, None, Some(Flag::Low)]);
}

#[test]
fn per_wan_rounds_half_up_to_four_places() {
    // 1000 ÷ 260 = 3.846153… → 3.8462; 1 ÷ 0.0003 … ; 0.00005 rounds up to 0.0001.
    let sheets = [
        sheet(1, "430100", "260", &[("a", "1000")]),
        sheet(2, "430200", "20000", &[("a", "1")]),
        sheet(3, "430300", "0", &[("a", "5")]),
    ];
    let view = side_by_side(FundId::new(1), None, &sheets, &FollowUp::default());
    let per_wan: Vec<Option<Decimal>> = group(&view, "a")
        .targets
        .iter()
        .map(|t| t.per_wan)
        .collect();
    assert_eq!(per_wan, [Some(d("3.8462")), Some(d("0.0001")), None]);
}

#[test]
fn flags_need_four_peers_and_mirror_for_reverse_groups() {
    let three = [
        sheet(1, "430100", "100", &[("a", "100")]),
        sheet(2, "430200", "100", &[("a", "100")]),
        sheet(3, "430300", "100", &[("a", "1")]),
    ];
    let view = side_by_side(FundId::new(1), None, &three, &FollowUp::default());
    assert_eq!(flags(group(&view, "a")), [None, None, None]);
    // Ceilings in days (percent-free, so per 万元 on equal funds): 10 is lax (LOW), 1 strict.
    let reverse = [
        sheet(1, "430100", "100", &[("办结时限", "≤4天")]),
        sheet(2, "430200", "100", &[("办结时限", "≤4天")]),
        sheet(3, "430300", "100", &[("办结时限", "≤10天")]),
        sheet(4, "430400", "100", &[("办结时限", "≤1天")]),
        sheet(5, "430500", "100", &[("办结时限", "≤4天")]),
    ];
    let view = side_by_side(FundId::new(1), None, &reverse, &FollowUp::default());
    let g = group(&view, "办结时限");
    assert_eq!(g.method, Some(Family::Reverse));
    assert_eq!(
        flags(g),
        [None, None, Some(Flag::Low), Some(Flag::High), None]
    );
}

#[test]
fn percentages_flag_on_values_and_give_no_sum() {
    let sheets = [
        sheet(1, "430100", "100", &[("完成率", "≥90%")]),
        sheet(2, "430200", "300", &[("完成率", "90%")]),
        sheet(3, "430300", "100", &[("完成率", "≥95%")]),
        sheet(4, "430400", "100", &[("完成率", "≥40%")]),
    ];
    let view = side_by_side(FundId::new(1), None, &sheets, &FollowUp::default());
    let g = group(&view, "完成率");
    assert!(g.comparable);
    assert_eq!(
        (g.sum, g.median, g.median_per_wan),
        (None, Some(d("90")), None)
    );
    assert!(g.targets.iter().all(|t| t.per_wan.is_none()));
    assert_eq!(flags(g), [None, None, None, Some(Flag::Low)]);
}

#[test]
fn what_breaks_comparability() {
    let units = [
        sheet(1, "430100", "100", &[("a", "10场")]),
        sheet(2, "430200", "100", &[("a", "10场次")]),
        sheet(3, "430300", "100", &[("a", "10人次")]),
    ];
    let view = side_by_side(FundId::new(1), None, &units, &FollowUp::default());
    let g = group(&view, "a");
    assert!(!g.comparable);
    assert_eq!((g.unit.clone(), g.median, g.sum), (None, None, None));
    let aliases = [
        sheet(1, "430100", "100", &[("a", "10场")]),
        sheet(2, "430200", "100", &[("a", "12场次")]),
        sheet(3, "430300", "100", &[("a", "积极")]),
    ];
    let view = side_by_side(FundId::new(1), None, &aliases, &FollowUp::default());
    let g = group(&view, "a");
    assert!(
        g.comparable,
        "场次 is 场; an unmeasurable target counts in no figure"
    );
    assert_eq!((g.unit.as_deref(), g.sum), (Some("场"), Some(d("22"))));
    assert_eq!(g.targets[2].value, None);
    let families = [
        sheet(1, "430100", "100", &[("a", "≥10天")]),
        sheet(2, "430200", "100", &[("a", "≤10天")]),
    ];
    let view = side_by_side(FundId::new(1), None, &families, &FollowUp::default());
    assert!(!group(&view, "a").comparable);
    let relative = [
        sheet(1, "430100", "100", &[("a", "同比增长10%")]),
        sheet(2, "430200", "100", &[("a", "增长20%")]),
    ];
    let view = side_by_side(FundId::new(1), None, &relative, &FollowUp::default());
    assert!(!group(&view, "a").comparable, "the bases differ");
    let vague = [sheet(1, "430100", "100", &[("a", "正增长")])];
    let view = side_by_side(FundId::new(1), None, &vague, &FollowUp::default());
    assert!(!group(&view, "a").comparable, "no measurable target");
}

#[test]
fn a_deadline_among_numbers_makes_a_group_not_comparable() {
    let sheets = [
        sheet(1, "430100", "100", &[("时限", "12月底前完成")]),
        sheet(2, "430200", "100", &[("时限", "10")]),
        sheet(3, "430300", "100", &[("时限", "12")]),
        sheet(4, "430400", "100", &[("时限", "15")]),
        sheet(5, "430500", "100", &[("时限", "20")]),
    ];
    let view = side_by_side(FundId::new(1), None, &sheets, &FollowUp::default());
    let g = group(&view, "时限");
    assert!(!g.comparable, "a measurable target of another kind");
    assert_eq!((g.sum, g.median, g.median_per_wan), (None, None, None));
    assert_eq!(flags(g), vec![None; 5]);
}

#[test]
fn a_unitless_target_in_a_percent_group_is_a_rate() {
    let sheets = [
        sheet(1, "430100", "100", &[("完成率", "10")]),
        sheet(2, "430200", "100", &[("完成率", "100%")]),
        sheet(3, "430300", "100", &[("完成率", "95%")]),
        sheet(4, "430400", "100", &[("完成率", "98%")]),
        sheet(5, "430500", "100", &[("完成率", "90%")]),
    ];
    let view = side_by_side(FundId::new(1), None, &sheets, &FollowUp::default());
    let g = group(&view, "完成率");
    assert!(g.comparable);
    assert_eq!((g.unit.as_deref(), g.median), (Some("%"), Some(d("95"))));
    assert!(
        g.targets.iter().all(|t| t.per_wan.is_none()),
        "no per_wan in a % group"
    );
    assert_eq!(g.median_per_wan, None);
    assert_eq!(flags(g), vec![Some(Flag::Low), None, None, None, None]);
}

#[test]
fn a_cost_range_is_flagged_per_wan_on_its_ceiling() {
    let mut sheets = [
        sheet(1, "430100", "100", &[("单位成本", "≤5万元")]),
        sheet(2, "430200", "100", &[("单位成本", "≤5万元")]),
        sheet(3, "430300", "100", &[("单位成本", "≤5万元")]),
        sheet(4, "430400", "100", &[("单位成本", "≤6万元")]),
        sheet(5, "430500", "100", &[("单位成本", "1-20万元")]),
    ];
    for s in &mut sheets {
        s.indicators[0].level1 = "成本指标".into();
        s.indicators[0].level2 = "经济成本指标".into();
    }
    let view = side_by_side(FundId::new(1), None, &sheets, &FollowUp::default());
    let g = group(&view, "单位成本");
    assert!(g.comparable);
    assert_eq!(g.method, Some(Family::Reverse));
    // per_wan shows the value (a range's lower bound); the flag is on the ceiling, 20 ÷ 100,
    // more than twice the median 0.05: a loose ceiling, LOW.
    assert_eq!(g.targets[4].per_wan, Some(d("0.01")));
    assert_eq!(flags(g), vec![None, None, None, None, Some(Flag::Low)]);
}

#[test]
fn relative_groups_give_no_sum_and_no_per_wan() {
    let sheets = [
        sheet(1, "430100", "100", &[("营收", "同比增长10%")]),
        sheet(2, "430200", "100", &[("营收", "同比增长20%")]),
    ];
    let view = side_by_side(FundId::new(1), None, &sheets, &FollowUp::default());
    let g = group(&view, "营收");
    assert!(g.comparable);
    assert_eq!(g.kind, Some(TargetKind::Relative));
    assert_eq!((g.sum, g.median), (None, Some(d("15"))));
    assert!(g.targets.iter().all(|t| t.per_wan.is_none()));
}

#[test]
fn monitoring_and_results_count_comparable_actuals() {
    let sheets = [
        sheet(1, "430100", "100", &[("培训", "≥10场")]),
        sheet(2, "430200", "100", &[("培训", "≥20场")]),
        sheet(3, "430300", "100", &[("培训", "≥30场")]),
    ];
    let actual = |sheet: i64, text: &str, met: bool| {
        let target = sheets[(sheet - 1) as usize].indicators[0]
            .target_parsed
            .clone()
            .unwrap();
        Actual {
            sheet_id: SheetId::new(sheet),
            indicator_id: IndicatorId::new(sheet * 100),
            value: compare::read_value(text, &target, 2024).unwrap(),
            met,
        }
    };
    let follow_up = FollowUp {
        monitoring: Some((8, vec![actual(1, "6场次", false), actual(2, "9", false)])),
        results: vec![
            actual(1, "12场", true),
            actual(2, "15场", false),
            actual(3, "30场", true),
        ],
    };
    let view = side_by_side(FundId::new(1), None, &sheets, &follow_up);
    let g = group(&view, "培训");
    assert_eq!(
        g.monitoring,
        Some(MonitoringFigures {
            month: 8,
            actual_sum: Some(d("15")),
            regions: 2
        })
    );
    assert_eq!(
        g.results,
        Some(ResultFigures {
            actual_sum: Some(d("57")),
            regions: 3,
            met: 2
        })
    );
    let nothing = side_by_side(FundId::new(1), None, &sheets, &FollowUp::default());
    assert_eq!(
        (
            nothing.items[0].monitoring.clone(),
            nothing.items[0].results.clone()
        ),
        (None, None)
    );
}

#[test]
fn a_decline_range_is_flagged_on_the_decline_it_asks_for() {
    let sheets = [
        sheet(1, "430100", "100", &[("降耗", "下降10%")]),
        sheet(2, "430200", "100", &[("降耗", "下降10%")]),
        sheet(3, "430300", "100", &[("降耗", "下降10%")]),
        sheet(4, "430400", "100", &[("降耗", "下降1%-12%")]),
    ];
    let view = side_by_side(FundId::new(1), None, &sheets, &FollowUp::default());
    let g = group(&view, "降耗");
    assert!(g.comparable);
    // It asks for a decline of 1 (its smaller one), not 12: below half the median of 10.
    assert_eq!(flags(g), vec![None, None, None, Some(Flag::Low)]);
}

#[test]
fn actuals_in_several_units_give_no_sum_in_a_unitless_group() {
    let sheets = [
        sheet(1, "430100", "100", &[("活动", "10")]),
        sheet(2, "430200", "100", &[("活动", "20")]),
    ];
    let actual = |sheet: i64, text: &str| {
        let target = sheets[(sheet - 1) as usize].indicators[0]
            .target_parsed
            .clone()
            .unwrap();
        Actual {
            sheet_id: SheetId::new(sheet),
            indicator_id: IndicatorId::new(sheet * 100),
            value: compare::read_value(text, &target, 2024).unwrap(),
            met: true,
        }
    };
    let view = |a: &str, b: &str| {
        let follow_up = FollowUp {
            monitoring: Some((8, vec![actual(1, a), actual(2, b)])),
            results: vec![],
        };
        let g = group(
            &side_by_side(FundId::new(1), None, &sheets, &follow_up),
            "活动",
        )
        .clone();
        g.monitoring.map(|m| (m.actual_sum, m.regions))
    };
    assert_eq!(
        view("6场", "150人次"),
        Some((None, 2)),
        "场 and 人次 do not add"
    );
    assert_eq!(view("6场", "9场次"), Some((Some(d("15")), 2)), "场次 is 场");
    assert_eq!(view("6场", "9"), Some((Some(d("15")), 2)), "unitless joins");
}

fn pair(a: &str, b: &str) -> Change {
    pair_at(a, b, "产出指标", "数量指标")
}

fn pair_at(a: &str, b: &str, l1: &str, l2: &str) -> Change {
    change(
        &ind(1, l1, l2, "x", a, 2025),
        2025,
        &ind(2, l1, l2, "x", b, 2024),
        2024,
    )
}

#[test]
fn changes_between_two_targets() {
    use Change::*;
    assert_eq!(pair("1200人次", "1000人次"), Raised);
    assert_eq!(pair("≥90%", "≥95%"), Lowered);
    assert_eq!(pair(">90%", "≥90%"), Same, "GE and GT alike");
    assert_eq!(pair("积极", "积极"), Same, "the same text");
    assert_eq!(pair("积极", "效果明显"), NotComparable);
    assert_eq!(pair("≤3天", "≤5天"), Raised, "a lower ceiling asks more");
    assert_eq!(
        pair("下降10%", "下降5%"),
        Raised,
        "a bigger decline asks more"
    );
    assert_eq!(pair("下降5%", "增长5%"), NotComparable);
    assert_eq!(pair("5-8次", "3-5次"), Raised, "a range's lower bound");
    assert_eq!(pair("10场", "10人次"), NotComparable, "units");
    assert_eq!(pair("10场", "8场次"), Raised, "场次 is 场");
    assert_eq!(pair("同比增长10%", "10%"), NotComparable, "kinds");
    assert_eq!(
        pair_at("1-2万元", "1-3万元", "成本指标", "经济成本指标"),
        Raised,
        "a cost range's ceiling"
    );
    // Deadlines by month and day, each in its own year (2025 against 2024).
    assert_eq!(pair("2025年11月底前", "2024年12月底前"), Raised);
    assert_eq!(pair("12月底前完成", "2024年12月31日前"), Same);
    assert_eq!(pair("2025年12月底前", "2024年6月30日前"), Lowered);
    // A year written in the target counts: a 2026 deadline on the 2025 sheet is later.
    assert_eq!(pair("2026年3月底前", "12月底前完成"), Lowered);
    assert_eq!(pair("10月底前", "2025年1月底前"), Raised);
    // The other declines: more asked by a bigger decline to reach, a smaller one allowed.
    assert_eq!(pair("下降超过6%", "下降超过5%"), Raised);
    assert_eq!(pair("下降不超过3%", "下降不超过5%"), Raised);
    assert_eq!(pair("下降不超过8%", "下降不超过5%"), Lowered);
    assert_eq!(
        pair("下降4%-6%", "下降3%-6%"),
        Raised,
        "the smaller decline"
    );
    assert_eq!(
        pair("下降不超过5%", "下降5%"),
        NotComparable,
        "floor and ceiling"
    );
    let cost = |a: &str, b: &str| pair_at(a, b, "成本指标", "经济成本指标");
    assert_eq!(
        cost("下降4%-6%", "下降3%-6%"),
        Raised,
        "a cost decline: the smaller one"
    );
    assert_eq!(
        cost("下降0%-6%", "下降0%-3%"),
        Same,
        "a cost ceiling at zero"
    );
    assert_eq!(
        pair("下降0%-3%", "下降0%-6%"),
        Raised,
        "less decline allowed"
    );
}

#[test]
fn two_sheets_compared() {
    let mut this = sheet_in(
        7,
        "430200",
        "300",
        2025,
        &[("a", "12场"), ("b", "≥95%"), ("new", "1")],
    );
    this.matching_funds = Some(Money::parse_wan("50").unwrap());
    let mut other = sheet(
        1,
        "430200",
        "260",
        &[("a", "10场"), ("gone", "5"), ("b", "≥95%")],
    );
    other.matching_funds = Some(Money::parse_wan("100").unwrap());
    let c = compare_sheets(&this, &other);
    assert_eq!(
        c.difference,
        AmountDifference {
            provincial_funds: d("40"),
            matching_funds: Some(d("-50")),
            budget: d("-10"),
        }
    );
    let rows: Vec<(&str, Change)> = c
        .indicators
        .iter()
        .map(|r| (r.name.as_str(), r.change))
        .collect();
    assert_eq!(
        rows,
        [
            ("a", Change::Raised),
            ("b", Change::Same),
            ("new", Change::Added),
            ("gone", Change::Removed)
        ]
    );
    other.matching_funds = None;
    assert_eq!(
        compare_sheets(&this, &other).difference.matching_funds,
        None
    );
}

#[test]
fn low_targets_of_a_sheet_by_position() {
    let sheets = [
        sheet(1, "430100", "100", &[("x", "积极"), ("a", "10")]),
        sheet(2, "430200", "100", &[("a", "100")]),
        sheet(3, "430300", "100", &[("a", "100")]),
        sheet(4, "430400", "100", &[("a", "100")]),
    ];
    let view = side_by_side(FundId::new(1), None, &sheets, &FollowUp::default());
    let low = low_targets(&view, &sheets[0]);
    assert_eq!(low.len(), 1);
    assert_eq!((low[0].0, low[0].1.target.as_str()), (1, "10"));
    assert!(low_targets(&view, &sheets[1]).is_empty());
}

#[test]
fn flags_compare_exact_quotients() {
    // Per 万元: 20/260, 40/260 ×3, 80/260, 20/65. The median is 40/260: 20/260 is exactly half
    // of it (not LOW) and 20/65 = 80/260 exactly twice it (not HIGH), which a quotient rounded
    // to 28 digits could get either way.
    let sheets = [
        sheet(1, "430100", "260", &[("a", "20")]),
        sheet(2, "430200", "260", &[("a", "40")]),
        sheet(3, "430300", "260", &[("a", "40")]),
        sheet(4, "430400", "260", &[("a", "40")]),
        sheet(5, "430500", "65", &[("a", "20")]),
    ];
    let view = side_by_side(FundId::new(1), None, &sheets, &FollowUp::default());
    let g = group(&view, "a");
    assert_eq!(g.median_per_wan, Some(d("0.1538")));
    assert_eq!(flags(g), [None, None, None, None, None]);
}
