use super::*;
use proptest::prelude::*;
use std::str::FromStr;

/// An exact decimal from its digits.
fn d(digits: &str) -> Decimal {
    Decimal::from_str(digits).unwrap().normalize()
}

use Basis::{Unspecified, YearOnYear};
use Comparator::{Eq, Ge, Gt, Le, Lt, Range};
use TargetKind::{Quantitative, Relative};

/// One row of the parse table.
struct Case {
    text: &'static str,
    expected: TargetParsed,
}

fn case(
    text: &'static str,
    kind: TargetKind,
    comparator: Option<Comparator>,
    value: Option<Decimal>,
    unit: Option<&str>,
) -> Case {
    Case {
        text,
        expected: TargetParsed {
            kind,
            comparator,
            value,
            upper: None,
            unit: unit.map(str::to_string),
            basis: None,
            note: None,
            measurable: true,
            date: None,
        },
    }
}

/// Quantitative level.
fn lv(text: &'static str, c: Comparator, value: Decimal, unit: Option<&str>) -> Case {
    case(text, Quantitative, Some(c), Some(value), unit)
}

/// Quantitative range.
fn rg(text: &'static str, lo: Decimal, hi: Decimal, unit: Option<&str>) -> Case {
    let mut c = case(text, Quantitative, Some(Range), Some(lo), unit);
    c.expected.upper = Some(hi);
    c
}

/// Relative with a number.
fn rel(
    text: &'static str,
    c: Comparator,
    value: Decimal,
    unit: Option<&str>,
    basis: Basis,
) -> Case {
    let mut row = case(text, Relative, Some(c), Some(value), unit);
    row.expected.basis = Some(basis);
    row
}

/// Relative without a number (unmeasurable).
fn vague_rel(text: &'static str, c: Comparator, basis: Basis) -> Case {
    let mut row = rel(text, c, Decimal::ZERO, None, basis);
    row.expected.measurable = false;
    row
}

/// A deadline.
fn dl(text: &'static str, year: Option<i32>, month: u32, day: u32) -> Case {
    Case {
        text,
        expected: TargetParsed::deadline(date(year, month, day)),
    }
}

fn date(year: Option<i32>, month: u32, day: u32) -> TargetDate {
    TargetDate::new(year, month, day).unwrap()
}

/// Qualitative.
fn ql(text: &'static str, measurable: bool) -> Case {
    Case {
        text,
        expected: TargetParsed::qualitative(measurable),
    }
}

impl Case {
    fn note(mut self, note: &str) -> Self {
        self.expected.note = Some(note.to_string());
        self
    }
}

const P: Option<&str> = Some("%");

fn table() -> Vec<Case> {
    vec![
        // --- target-examples.tsv, every line ---
        lv("≥50个", Ge, d("50"), Some("个")),
        lv("≥100百分比", Ge, d("100"), P),
        lv("≤90万元", Le, d("90"), Some("万元")),
        ql("严格执行相关制度规定", true),
        ql("在项目计划完成时间内完成", true),
        ql("符合相关规定", true),
        ql("效果明显", false),
        ql("达成预期指标", false),
        lv("=100%", Eq, d("100"), P),
        lv("≤10次", Le, d("10"), Some("次")),
        lv("≤5%", Le, d("5"), P),
        lv("= 6 万元", Eq, d("6"), Some("万元")),
        lv("≥ 90 %", Ge, d("90"), P),
        lv("≤ 30 万元", Le, d("30"), Some("万元")),
        lv("2", Eq, d("2"), None),
        lv("100%", Eq, d("100"), P),
        ql("参照政府采购成本控制", true),
        ql("巩固提高", false),
        ql("持续改善", false),
        lv("280人次", Eq, d("280"), Some("人次")),
        lv("6次", Eq, d("6"), Some("次")),
        lv("70%", Eq, d("70"), P),
        lv("220", Eq, d("220"), None),
        lv("≥95%", Ge, d("95"), P),
        lv("2280次", Eq, d("2280"), Some("次")),
        lv(">92%", Gt, d("92"), P),
        ql("不超预算", true),
        ql("应保尽保", true),
        ql("按月安排", true),
        lv("≥2次", Ge, d("2"), Some("次")),
        lv("≤98%", Le, d("98"), P),
        lv("超13万元/年", Gt, d("13"), Some("万元/年")),
        lv("13969.56标箱", Eq, d("13969.56"), Some("标箱")),
        lv("100.00%", Eq, d("100"), P),
        lv("25%", Eq, d("25"), P),
        lv("40%", Eq, d("40"), P),
        lv("1000", Eq, d("1000"), None),
        vague_rel("正增长", Gt, Unspecified),
        lv("90%以上", Ge, d("90"), P),
        lv("10场以上", Ge, d("10"), Some("场")),
        rg("3-5次", d("3"), d("5"), Some("次")),
        rel("同比增长20%", Ge, d("20"), P, YearOnYear),
        vague_rel("同比增长", Gt, YearOnYear),
        rel("增长100%", Ge, d("100"), P, Unspecified),
        ql("积极", false),
        lv("6%", Eq, d("6"), P),
        lv("≥10", Ge, d("10"), None),
        lv("10家以上", Ge, d("10"), Some("家")),
        // --- seed values not already above ---
        lv("10", Eq, d("10"), None),
        lv("100", Eq, d("100"), None),
        lv("10场", Eq, d("10"), Some("场")),
        lv("12", Eq, d("12"), None),
        lv("150", Eq, d("150"), None),
        lv("15家", Eq, d("15"), Some("家")),
        lv("16家", Eq, d("16"), Some("家")),
        lv("1个", Eq, d("1"), Some("个")),
        lv("20", Eq, d("20"), None),
        lv("200", Eq, d("200"), None),
        lv("30", Eq, d("30"), None),
        lv("3场", Eq, d("3"), Some("场")),
        lv("3场次", Eq, d("3"), Some("场次")),
        lv("40", Eq, d("40"), None),
        lv("500", Eq, d("500"), None),
        lv("5场", Eq, d("5"), Some("场")),
        lv("5家", Eq, d("5"), Some("家")),
        lv("5次", Eq, d("5"), Some("次")),
        lv("5次以上", Ge, d("5"), Some("次")),
        lv("95%以上", Ge, d("95"), P),
        lv("≥3次", Ge, d("3"), Some("次")),
        lv("≥90%", Ge, d("90"), P),
        rel("同比增长10%", Ge, d("10"), P, YearOnYear),
        // --- SPEC §1.3 and brief readings ---
        lv(">=90%", Ge, d("90"), P),
        lv("不低于90%", Ge, d("90"), P),
        lv("不少于10家", Ge, d("10"), Some("家")),
        lv("至少10家", Ge, d("10"), Some("家")),
        lv("＞92%", Gt, d("92"), P),
        lv("超过13万元/年", Gt, d("13"), Some("万元/年")),
        lv("高于80%", Gt, d("80"), P),
        lv("大于5家", Gt, d("5"), Some("家")),
        lv("<=5%", Le, d("5"), P),
        lv("不高于5%", Le, d("5"), P),
        lv("不超过30万元", Le, d("30"), Some("万元")),
        lv("5%以下", Le, d("5"), P),
        lv("控制在3天以内", Le, d("3"), Some("天")),
        lv("3天以内", Le, d("3"), Some("天")),
        lv("小于等于2%", Le, d("2"), P),
        lv("<5%", Lt, d("5"), P),
        lv("低于5%", Lt, d("5"), P),
        lv("不满3人", Lt, d("3"), Some("人")),
        lv("小于1%", Lt, d("1"), P),
        lv("＝1", Eq, d("1"), None),
        lv("１０００", Eq, d("1000"), None),
        rg("3～5次", d("3"), d("5"), Some("次")),
        rg("3~5次", d("3"), d("5"), Some("次")),
        rg("3至5次", d("3"), d("5"), Some("次")),
        rg("3到5次", d("3"), d("5"), Some("次")),
        rg("80%-90%", d("80"), d("90"), P),
        rg("在80%与90%之间", d("80"), d("90"), P),
        rg("80%~90%", d("80"), d("90"), P),
        rg("5-5次", d("5"), d("5"), Some("次")),
        rel("较上年增长10%", Ge, d("10"), P, YearOnYear),
        rel("比上年增长10%", Ge, d("10"), P, YearOnYear),
        rel("提高5个百分点", Ge, d("5"), Some("个百分点"), Unspecified),
        rel("同比增长≥10%", Ge, d("10"), P, YearOnYear),
        rel("同比增长10%以上", Ge, d("10"), P, YearOnYear),
        rel("提升3%", Ge, d("3"), P, Unspecified),
        rel("增加5家", Ge, d("5"), Some("家"), Unspecified),
        rel("上升2个百分点", Ge, d("2"), Some("个百分点"), Unspecified),
        vague_rel("增长", Gt, Unspecified),
        vague_rel("同比提高", Gt, YearOnYear),
        rel("下降5%", Le, d("-5"), P, Unspecified),
        rel("降低5%", Le, d("-5"), P, Unspecified),
        rel("同比下降5%", Le, d("-5"), P, YearOnYear),
        rel("减少5%", Le, d("-5"), P, Unspecified),
        ql("达到预期", false),
        ql("显著提升", false),
        ql("优", true),
        dl("12月底前完成", None, 12, 31),
        dl("2024年12月31日前完成", Some(2024), 12, 31),
        dl("年底前", None, 12, 31),
        lv("50（含县市区）", Eq, d("50"), None).note("含县市区"),
        lv("50(含县市区)", Eq, d("50"), None).note("含县市区"),
        lv("≥90%（含）", Ge, d("90"), P).note("含"),
    ]
    .into_iter()
    .chain(extra_cases())
    .collect()
}

fn extra_cases() -> Vec<Case> {
    vec![
        lv("800元/人·月", Eq, d("800"), Some("元/人·月")),
        lv("5个工作日", Eq, d("5"), Some("个工作日")),
        lv("3个工作日内完成", Le, d("3"), Some("个工作日")),
        lv("30日内完成", Le, d("30"), Some("日")),
        lv("100%完成", Eq, d("100"), P),
        lv("10场以上完成", Ge, d("10"), Some("场")),
        lv("5个工作日内拨付到位", Le, d("5"), Some("个工作日")),
        lv("1,000家", Eq, d("1000"), Some("家")),
        lv("≥９０％", Ge, d("90"), P),
        lv("≧95%", Ge, d("95"), P),
        lv("≥90%以上", Ge, d("90"), P),
        lv("达到95%", Eq, d("95"), P),
        lv("控制在5%", Le, d("5"), P),
        lv("提高到95%", Ge, d("95"), P),
        lv("降低至5%", Le, d("5"), P),
        lv("≥500㎡", Ge, d("500"), Some("m2")),
        lv("5万人次", Eq, d("5"), Some("万人次")),
        lv("≥3年", Ge, d("3"), Some("年")),
        lv("0.5%", Eq, d("0.5"), P),
        lv("不超过100%（含）", Le, d("100"), P).note("含"),
        rg("控制在80%-90%", d("80"), d("90"), P),
        rg("介于3和5次", d("3"), d("5"), Some("次")),
        rg("80-90%", d("80"), d("90"), P),
        rg("3次-5", d("3"), d("5"), Some("次")),
        rel("增长超过10%", Gt, d("10"), P, Unspecified),
        rel("增长率≥10%", Ge, d("10"), P, Unspecified),
        rel("增长控制在5%以内", Le, d("5"), P, Unspecified),
        rel("下降5%以上", Le, d("-5"), P, Unspecified),
        rel("下降不超过5%", Ge, d("-5"), P, Unspecified),
        rel("下降超过5%", Lt, d("-5"), P, Unspecified),
        rel("下降3%-5%", Range, d("-5"), P, Unspecified),
        rel("环比增长5%", Ge, d("5"), P, Unspecified),
        rel("同比正增长5%", Ge, d("5"), P, YearOnYear),
        vague_rel("同比下降", Lt, YearOnYear),
        vague_rel("同比正增长", Gt, YearOnYear),
        vague_rel("正增长（含县市区）", Gt, Unspecified).note("含县市区"),
        ql("稳步增长", false),
        ql("有所提升", false),
        dl("6月30日前完成", None, 6, 30),
        ql("每年6月底前拨付", true),
        ql("第3季度完成", true),
        ql("按规定执行（2024年）", true).note("2024年"),
    ]
    .into_iter()
    .map(|mut c| {
        if c.text == "下降3%-5%" {
            c.expected.upper = Some(d("-3"));
        }
        c
    })
    .collect()
}

#[test]
fn parses_the_table() {
    let cases = table();
    assert!(cases.len() >= 70, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for c in &cases {
        match parse(c.text) {
            Ok(p) if p == c.expected => {}
            other => failures.push(format!(
                "{:?}: got {other:?}, want {:?}",
                c.text, c.expected
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn table_round_trips_through_render() {
    for c in table() {
        let rendered = render(&c.expected);
        assert_eq!(
            parse(&rendered).as_ref(),
            Ok(&c.expected),
            "{:?} rendered as {rendered:?}",
            c.text
        );
    }
}

#[test]
fn the_38_seed_values_parse() {
    let seeds = [
        "10",
        "100",
        "100%",
        "1000",
        "10场",
        "10场以上",
        "10家以上",
        "12",
        "150",
        "15家",
        "16家",
        "1个",
        "2",
        "20",
        "200",
        "3-5次",
        "30",
        "3场",
        "3场次",
        "40",
        "500",
        "5场",
        "5家",
        "5次",
        "5次以上",
        "6%",
        "90%以上",
        "95%以上",
        "≥10",
        "≥3次",
        "≥90%",
        "≥95%",
        "同比增长",
        "同比增长10%",
        "同比增长20%",
        "增长100%",
        "正增长",
        "积极",
    ];
    assert_eq!(seeds.len(), 38);
    for s in seeds {
        let p = parse(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        let vague = matches!(s, "正增长" | "同比增长" | "积极");
        assert_eq!(p.measurable, !vague, "{s}");
    }
}

#[test]
fn rejects_malformed_targets() {
    use TargetErrorCode::{TargetEmpty, TargetMalformed, TargetRangeInverted};
    let cases = [
        ("", TargetEmpty),
        ("   ", TargetEmpty),
        ("\u{3000}\n", TargetEmpty),
        ("≥", TargetMalformed),
        ("5-3次", TargetRangeInverted),
        ("≥abc%", TargetMalformed),
        ("1..2", TargetMalformed),
        ("1.2.3", TargetMalformed),
        ("≥≥5", TargetMalformed),
        ("5-", TargetMalformed),
        ("1e5", TargetMalformed),
        ("--5", TargetMalformed),
        ("-5", TargetMalformed),
        ("+5", TargetMalformed),
        ("NaN", TargetMalformed),
        ("inf", TargetMalformed),
        ("1E-3", TargetMalformed),
        ("5.", TargetMalformed),
        (".5", TargetMalformed),
        ("1234567890123456", TargetMalformed),
        ("80%-90次", TargetMalformed),
        ("≤90%以上", TargetMalformed),
        ("≥3-5次", TargetMalformed),
        ("5之间", TargetMalformed),
        ("同比20%", TargetMalformed),
        ("%", TargetMalformed),
        ("（含）", TargetMalformed),
        ("完成率90%", TargetMalformed),
        ("3与5次", TargetMalformed),
        ("5个以上以上", TargetMalformed),
        ("100%合规", TargetMalformed),
        ("5个%", TargetMalformed),
        ("3-5-7", TargetMalformed),
        ("约100", TargetMalformed),
        ("0.1234567890123456", TargetMalformed),
        ("0.00000000000000000000000000001", TargetMalformed),
        ("100000000000000000000000000000", TargetMalformed),
    ];
    for (text, code) in cases {
        let err = parse(text).expect_err(text);
        assert_eq!(err.code, code, "{text:?}: {err:?}");
        if code != TargetEmpty {
            assert!(err.message_zh.contains(&format!("“{text}”")), "{err:?}");
            assert!(err.message_en.contains(&format!("\"{text}\"")), "{err:?}");
        }
    }
}

#[test]
fn error_messages_quote_the_text_as_written() {
    let err = parse("5-3次").unwrap_err();
    assert_eq!(err.code.as_str(), "TARGET_RANGE_INVERTED");
    assert_eq!(err.message_zh, "指标值“5-3次”的区间下限大于上限");
    assert_eq!(
        err.message_en,
        "target \"5-3次\": the lower bound is above the upper bound"
    );
    let err = parse("≥ ≥5").unwrap_err();
    assert!(
        err.message_zh.starts_with("指标值“≥ ≥5”"),
        "{}",
        err.message_zh
    );
    assert_eq!(
        serde_json::to_value(TargetErrorCode::TargetEmpty).unwrap(),
        serde_json::json!("TARGET_EMPTY")
    );
}

#[test]
fn normalizes() {
    assert_eq!(normalize("≥９０％"), "≥90%");
    assert_eq!(normalize("１，０００"), "1000");
    assert_eq!(normalize("1,000"), "1000");
    assert_eq!(normalize("1,000,000元"), "1000000元");
    assert_eq!(normalize("1,00"), "1,00");
    assert_eq!(normalize("1,0000"), "1,0000");
    assert_eq!(normalize("a,000"), "a,000");
    assert_eq!(normalize(" ≥ 95 % "), "≥95%");
    assert_eq!(normalize("= 6 万元"), "=6万元");
    assert_eq!(normalize("3～5次"), "3~5次");
    assert_eq!(normalize("＞＝90%"), "≥90%");
    assert_eq!(normalize("> =90%"), "≥90%");
    assert_eq!(normalize("<=5"), "≤5");
    assert_eq!(normalize("≧1≦2"), "≥1≤2");
    assert_eq!(normalize("≥100百分比"), "≥100%");
    assert_eq!(normalize("50（含县市区）"), "50(含县市区)");
    assert_eq!(normalize("组织参加\n展会"), "组织参加展会");
    assert_eq!(normalize("3—5次"), "3-5次");
    assert_eq!(normalize("\u{200B}5"), "5");
}

#[test]
fn serializes_like_the_spec_example() {
    let p = parse("同比增长20%").unwrap();
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(
        json,
        r#"{"kind":"RELATIVE","comparator":"GE","value":20,"upper":null,"unit":"%","basis":"YEAR_ON_YEAR","note":null,"measurable":true,"date":null}"#
    );
    let back: TargetParsed = serde_json::from_str(&json).unwrap();
    assert_eq!(back, p);
    let float: TargetParsed = serde_json::from_str(
        r#"{"kind":"QUANTITATIVE","comparator":"RANGE","value":1.5,"upper":2.0,"unit":null,"basis":null,"note":null,"measurable":true}"#,
    )
    .unwrap();
    assert_eq!(float.upper, Some(d("2")));
    let json = serde_json::to_value(&float).unwrap();
    assert_eq!(json["value"], serde_json::json!(1.5));
    assert_eq!(json["upper"].to_string(), "2");
    let q = serde_json::to_value(TargetParsed::qualitative(true)).unwrap();
    assert_eq!(q["comparator"], serde_json::Value::Null);
    assert_eq!(q["kind"], "QUALITATIVE");
    let d = serde_json::to_value(parse("下降5%").unwrap()).unwrap();
    assert_eq!(d["value"].to_string(), "-5");
}

#[test]
fn numbers_are_exact_decimals_as_written() {
    let value = |text: &str| parse(text).unwrap().value.unwrap();
    assert_eq!(value("0.1"), Decimal::new(1, 1));
    assert_eq!(value("99.99%"), Decimal::new(9999, 2));
    assert_eq!(value("13969.56标箱"), Decimal::new(1396956, 2));
    assert_eq!(value("100.00%").to_string(), "100");
    assert_eq!(value("0.10").to_string(), "0.1");
    assert_eq!(value("007").to_string(), "7");
    // Beyond what a float holds exactly, within what a decimal does.
    assert_eq!(
        value("0.000000000000000000000000001").to_string(),
        "0.000000000000000000000000001"
    );
    assert_eq!(value("1.00000000000000000000000000000000").to_string(), "1");
    assert_eq!(value("123456789012345").to_string(), "123456789012345");
    assert_eq!(value("下降0%").to_string(), "0", "no negative zero");
    let json = |text: &str| serde_json::to_value(parse(text).unwrap()).unwrap();
    assert_eq!(json("0.1")["value"].to_string(), "0.1");
    assert_eq!(json("100.00%")["value"].to_string(), "100");
    assert_eq!(json("0.1-0.30%")["upper"].to_string(), "0.3");
    assert_eq!(json("下降0.5%")["value"].to_string(), "-0.5");
    assert_eq!(
        json("0.000000000000000000000000001")["value"].to_string(),
        "0.000000000000000000000000001"
    );
    // Refused rather than rounded: more places than a decimal holds.
    let err = parse("0.00000000000000000000000000001").unwrap_err();
    assert_eq!(err.code, TargetErrorCode::TargetMalformed);
    assert!(err.message_en.contains("28 decimal places"), "{err:?}");
    assert!(err.message_zh.contains("28位小数"), "{err:?}");
    // Comparisons are exact: 0.3 is not above 0.1 + 0.2.
    assert!(met("0.3%", "≥0.30%"));
    assert!(!met("0.29999999999999%", "≥0.3%"));
    assert!(met("≤0.30000000000001万元", "≤0.30000000000001万元"));
    assert!(!met("≤0.30000000000002万元", "≤0.30000000000001万元"));
}

/// Deadlines: (text, year in the text, month, day); the year-less ones also read with the
/// fund's year 2024 and, for February, 2023.
const DEADLINES: &[(&str, Option<i32>, u32, u32)] = &[
    ("2024年12月底前", Some(2024), 12, 31),
    ("12月底前完成", None, 12, 31),
    ("年底前", None, 12, 31),
    ("年末前完成", None, 12, 31),
    ("2024年底前", Some(2024), 12, 31),
    ("2024年年底前完成", Some(2024), 12, 31),
    ("今年年底前完成", None, 12, 31),
    ("本年度年底前", None, 12, 31),
    ("2024年6月30日前", Some(2024), 6, 30),
    ("6月30日前", None, 6, 30),
    ("6月30号前完成", None, 6, 30),
    ("9月前", None, 8, 31),
    ("9月前完成", None, 8, 31),
    ("9月份前完成", None, 8, 31),
    ("12月31日前完成", None, 12, 31),
    ("2024年12月31日之前", Some(2024), 12, 31),
    ("2024年12月31日以前办结", Some(2024), 12, 31),
    ("6月底前", None, 6, 30),
    ("6月末前", None, 6, 30),
    ("11月底之前拨付到位", None, 11, 30),
    ("2024年2月底前", Some(2024), 2, 29),
    ("2023年2月底前", Some(2023), 2, 28),
    ("2月底前", None, 2, 28),
    ("2月29日前", None, 2, 29),
    ("2025年1月前", Some(2024), 12, 31),
    ("2024年3月前完成", Some(2024), 2, 29),
    ("１２月底前完成", None, 12, 31),
    ("2024 年 12 月 底前", Some(2024), 12, 31),
    ("06月30日前", None, 6, 30),
];

#[test]
fn reads_deadlines() {
    assert!(DEADLINES.len() >= 20);
    for &(text, year, month, day) in DEADLINES {
        let p = parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(p.kind, TargetKind::Deadline, "{text}");
        assert_eq!(p.comparator, Some(Le), "{text}");
        assert!(
            p.measurable && p.value.is_none() && p.unit.is_none(),
            "{text}"
        );
        let d = p.date.unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (year, month, day), "{text}");
        let json = serde_json::to_value(&p).unwrap();
        let iso = match year {
            Some(y) => format!("{y}-{month:02}-{day:02}"),
            None => format!("--{month:02}-{day:02}"),
        };
        assert_eq!(json["date"], iso, "{text}");
        assert_eq!(json["kind"], "DEADLINE");
        // The fund's year fills a year-less date and leaves a written one alone.
        let in_2024 = p.clone().with_year(2024).date.unwrap();
        assert_eq!(in_2024.year(), Some(year.unwrap_or(2024)), "{text}");
        if year.is_some() || month != 2 {
            let want = format!("{}-{month:02}-{day:02}", year.unwrap_or(2024));
            assert_eq!(in_2024.to_date().unwrap().to_string(), want, "{text}");
        }
        assert_eq!(
            render(&p).parse::<String>().map(|r| parse(&r)),
            Ok(Ok(p.clone())),
            "{text}"
        );
    }
    // February follows the year applied; a written day does too where the year lacks it.
    let feb = |text: &str, year: i32| {
        parse(text)
            .unwrap()
            .with_year(year)
            .date
            .unwrap()
            .to_string()
    };
    assert_eq!(feb("2月底前", 2024), "2024-02-29");
    assert_eq!(feb("2月底前", 2023), "2023-02-28");
    assert_eq!(feb("2月28日前", 2024), "2024-02-28");
    assert_eq!(feb("2月29日前", 2023), "2023-02-28");
    assert_eq!(feb("2023年2月底前", 2024), "2023-02-28");
    assert_eq!(render(&parse("2月底前").unwrap()), "2月底前");
    assert_eq!(render(&parse("12月底前完成").unwrap()), "12月31日前");
    assert_eq!(
        render(&parse("2024年12月底前").unwrap()),
        "2024年12月31日前"
    );
    assert_eq!(render(&parse("年底前（含）").unwrap()), "12月31日前(含)");
    assert_eq!(parse("年底前（含）").unwrap().note.as_deref(), Some("含"));
    assert_ne!(parse("2月底前"), parse("2月28日前"));
}

#[test]
fn deadline_shapes_are_strict() {
    // Other words keep a text what it was: qualitative.
    for text in [
        "每年6月底前拨付",
        "力争年底前完成",
        "在12月底前完成",
        "12月底完成",
        "上半年",
        "年中",
        "年内完成",
        "第3季度完成",
        "2024年前",
        "12月底前完成培训",
        "底前",
        "末前完成",
        "年12月底前",
        "今年前",
    ] {
        let p = parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(p.kind, TargetKind::Qualitative, "{text}");
        assert_eq!(p.date, None, "{text}");
    }
    // Dates that do not exist, a year beyond the range, before January of no year.
    for (text, needle) in [
        ("2月30日前", "does not exist"),
        ("13月前", "does not exist"),
        ("0月前", "does not exist"),
        ("6月31日前完成", "does not exist"),
        ("12月32日前", "does not exist"),
        ("2023年2月29日前", "does not exist"),
        ("13月底前", "does not exist"),
        ("3024年底前", "between 1900 and 2100"),
        ("1900年1月前", "between 1900 and 2100"),
        ("1月前", "previous year"),
    ] {
        let err = parse(text).expect_err(text);
        assert_eq!(err.code, TargetErrorCode::TargetMalformed, "{text}");
        assert!(
            err.message_en.contains(needle),
            "{text}: {}",
            err.message_en
        );
        assert!(err.message_zh.contains(&format!("“{text}”")), "{err:?}");
    }
    assert_eq!(
        parse("2025年1月前").unwrap().date.unwrap().to_string(),
        "2024-12-31"
    );
}

#[test]
fn reads_actual_dates() {
    let cases: &[(&str, Option<i32>, Option<&str>)] = &[
        ("2024-11-20", None, Some("2024-11-20")),
        ("2024-1-5", None, Some("2024-01-05")),
        ("2024/11/20", None, Some("2024-11-20")),
        ("2024.11.20", None, Some("2024-11-20")),
        ("2024年11月20日", None, Some("2024-11-20")),
        ("2024年11月20号", None, Some("2024-11-20")),
        ("2024年12月", None, Some("2024-12-31")),
        ("2024年2月", None, Some("2024-02-29")),
        ("2024年12月底", None, Some("2024-12-31")),
        ("2024年底", None, Some("2024-12-31")),
        ("2025年1月完成", None, Some("2025-01-31")),
        ("已于2024年11月20日完成", None, Some("2024-11-20")),
        ("于2024年6月办结", None, Some("2024-06-30")),
        ("２０２４年１１月２０日", None, Some("2024-11-20")),
        ("11月20日", Some(2024), Some("2024-11-20")),
        ("11月", Some(2024), Some("2024-11-30")),
        ("2月", Some(2023), Some("2023-02-28")),
        ("2023年11月20日", Some(2024), Some("2023-11-20")),
        ("11月20日", None, None),
        ("2024年12月前", None, None),
        ("2024年2月30日", None, None),
        ("2024-13-01", None, None),
        ("2024-11/20", None, None),
        ("2024.11", None, None),
        ("20241120", None, None),
        ("3024年1月", None, None),
        ("12场", Some(2024), None),
        ("按时完成", Some(2024), None),
        ("", Some(2024), None),
    ];
    for &(text, year, want) in cases {
        let got = parse_actual_date(text, year).map(|d| d.to_string());
        assert_eq!(got.as_deref(), want, "{text:?} with {year:?}");
    }
}

#[test]
fn deadline_floors_compare_dates() {
    assert!(met("11月底前", "12月底前"));
    assert!(met("2024年12月31日前", "年底前"));
    assert!(!met("2025年1月前", "2024年11月底前"));
    assert!(met("2024年11月底前", "2025年1月前"));
    assert!(!met("2025年6月底前", "2024年12月底前"));
    assert!(!met("12月底前", "≥90%"));
    assert!(!met("≥90%", "12月底前"));
    assert!(!met("积极", "12月底前"));
    assert!(!met("12月底前", "积极"));
}

fn met(target: &str, floor: &str) -> bool {
    parse(target).unwrap().meets_floor(&parse(floor).unwrap())
}

#[test]
fn floors() {
    for t in ["≥95%", "100%", "95%以上", "≥90%", ">90%", "90%-95%", "=90%"] {
        assert!(met(t, "≥90%"), "{t} should meet ≥90%");
    }
    for t in [
        "85%",
        "≤95%",
        "积极",
        "≥90家",
        "<100%",
        "89%-99%",
        "90",
        "正增长",
    ] {
        assert!(!met(t, "≥90%"), "{t} should not meet ≥90%");
    }
    assert!(met("100%", "=100%"));
    assert!(!met("≥99%", "=100%"));
    assert!(met(">90%", ">90%"));
    assert!(!met("90%", ">90%"));
    assert!(met("≤25万元", "≤30万元"));
    assert!(met("28万元", "≤30万元"));
    assert!(!met("≥25万元", "≤30万元"));
    assert!(!met("≤35万元", "≤30万元"));
    assert!(met("<30万元", "<30万元"));
    assert!(!met("30万元", "<30万元"));
    assert!(met("4次", "3-5次"));
    assert!(!met("≥4次", "3-5次"));
    assert!(met("同比增长20%", "增长10%"));
    assert!(met("同比增长20%", "正增长"));
    assert!(met("正增长", "正增长"));
    assert!(!met("增长0%", "正增长"));
    assert!(!met("20%", "增长10%"));
    assert!(met("下降10%", "下降5%"));
    assert!(!met("下降3%", "下降5%"));
    assert!(met("积极", "应保尽保"));
    assert!(!met("100%", "应保尽保"));
}

// ----- property tests -----

const ALPHABET: &[char] = &[
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '-', '~', '至', '%', '≥', '≤', '<', '>',
    '=', '以', '上', '下', '内', '超', '过', '不', '满', '同', '比', '增', '长', '降', '家', '次',
    '（', '）', '(', ')', ' ', '年', '月', '日', '正', '之', '间', '与', ',', 'e',
];

const TOKENS: &[&str] = &[
    "0",
    "1",
    "5",
    "12",
    "100",
    "2024",
    ".",
    "..",
    "-",
    "~",
    "至",
    "到",
    "与",
    "%",
    "≥",
    "≤",
    "<",
    ">",
    "=",
    ">=",
    "以上",
    "以下",
    "以内",
    "内",
    "之间",
    "超过",
    "不超过",
    "不低于",
    "不满",
    "同比",
    "较上年",
    "增长",
    "提高",
    "下降",
    "正",
    "率",
    "到",
    "家",
    "次",
    "万元/年",
    "个百分点",
    "年",
    "月",
    "日",
    "底",
    "(",
    ")",
    "（含）",
    "完成",
    "前",
    "之前",
    "号",
    "末",
    "份",
    "今年",
    "控制在",
    "在",
    "积极",
    "e",
    ",",
    "000",
    "㎡",
    "m",
    "NaN",
    " ",
];

fn from_alphabet() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..16)
        .prop_map(|v| v.into_iter().collect())
}

fn from_tokens() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..8).prop_map(|v| v.concat())
}

fn assert_round_trip(s: &str) -> Result<(), TestCaseError> {
    if let Ok(p) = parse(s) {
        let rendered = render(&p);
        prop_assert_eq!(
            parse(&rendered),
            Ok(p),
            "{:?} rendered as {:?}",
            s,
            rendered
        );
    }
    Ok(())
}

const UNITS: &[Option<&str>] = &[
    None,
    Some("%"),
    Some("次"),
    Some("家"),
    Some("万元"),
    Some("元/人·月"),
    Some("个工作日"),
    Some("万元/年"),
    Some("标箱"),
    Some("个百分点"),
    Some("人次"),
    Some("m2"),
    Some("年"),
];
const NOTES: &[Option<&str>] = &[
    None,
    Some("含县市区"),
    Some("含"),
    Some("备注1"),
    Some("a(b)c"),
];
const COMPARATORS: &[Comparator] = &[Eq, Ge, Gt, Le, Lt, Range];

/// Values with up to two decimals, as parse produces them (normalised).
fn amount() -> impl Strategy<Value = Decimal> {
    (0i64..10_000_000).prop_map(|k| Decimal::new(k, 2).normalize())
}

/// Structured targets of the shapes parse produces.
fn structured() -> impl Strategy<Value = TargetParsed> {
    let qualitative = (any::<bool>(), prop::sample::select(NOTES)).prop_map(|(m, note)| {
        let mut p = TargetParsed::qualitative(m);
        p.note = note.map(str::to_string);
        p
    });
    let numeric = (
        any::<bool>(),
        prop::sample::select(COMPARATORS),
        amount(),
        amount(),
        prop::sample::select(UNITS),
        any::<bool>(),
        any::<bool>(),
        prop::sample::select(NOTES),
    )
        .prop_map(|(relative, comparator, a, b, unit, yoy, negative, note)| {
            let (mut lo, mut hi) = if a <= b { (a, b) } else { (b, a) };
            if relative && negative {
                (lo, hi) = (negate(hi), negate(lo));
            }
            let range = comparator == Range;
            TargetParsed {
                kind: if relative { Relative } else { Quantitative },
                comparator: Some(comparator),
                value: Some(lo),
                upper: range.then_some(hi),
                unit: unit.map(str::to_string),
                basis: relative.then_some(if yoy { YearOnYear } else { Unspecified }),
                note: note.map(str::to_string),
                measurable: true,
                date: None,
            }
        });
    let vague = (
        prop::sample::select(&[Gt, Lt][..]),
        any::<bool>(),
        prop::sample::select(NOTES),
    )
        .prop_map(|(comparator, yoy, note)| TargetParsed {
            kind: Relative,
            comparator: Some(comparator),
            value: Some(Decimal::ZERO),
            upper: None,
            unit: None,
            basis: Some(if yoy { YearOnYear } else { Unspecified }),
            note: note.map(str::to_string),
            measurable: false,
            date: None,
        });
    let deadline = (
        prop::option::of(MIN_DATE_YEAR..=MAX_DATE_YEAR),
        1u32..=12,
        1u32..=31,
        any::<bool>(),
        prop::sample::select(NOTES),
    )
        .prop_map(|(year, month, day, february_end, note)| {
            let last = last_day_of_month(year.unwrap_or(2000), month).unwrap();
            let mut date = TargetDate::new(year, month, day.min(last)).unwrap();
            if year.is_none() && month == 2 && february_end {
                date = TargetDate::month_end(None, 2).unwrap();
            }
            let mut p = TargetParsed::deadline(date);
            p.note = note.map(str::to_string);
            p
        });
    prop_oneof![qualitative, numeric, vague, deadline]
}

proptest! {
    #[test]
    fn never_panics_on_any_text(s in "\\PC*") {
        let _ = parse(&s);
        assert_round_trip(&s)?;
    }

    #[test]
    fn never_panics_on_target_like_text(s in from_alphabet()) {
        assert_round_trip(&s)?;
    }

    #[test]
    fn round_trips_token_soup(s in from_tokens()) {
        assert_round_trip(&s)?;
    }

    #[test]
    fn structured_targets_round_trip(p in structured()) {
        let rendered = render(&p);
        prop_assert_eq!(parse(&rendered), Ok(p), "rendered as {:?}", rendered);
    }

    #[test]
    fn written_deadlines_round_trip(
        year in prop::option::of(1800u32..2200),
        month in 0u32..14,
        day in prop::option::of(0u32..33),
        before in prop::sample::select(BEFORE_WORDS),
        trailer in prop::sample::select(&["", "完成", "到位"][..]),
    ) {
        let y = year.map(|y| format!("{y}年")).unwrap_or_default();
        let d = day.map(|d| format!("{d}日")).unwrap_or_default();
        let text = format!("{y}{month}月{d}{before}{trailer}");
        match parse(&text) {
            Ok(p) => {
                prop_assert_eq!(p.kind, TargetKind::Deadline, "{}", text);
                assert_round_trip(&text)?;
            }
            Err(e) => prop_assert_eq!(e.code, TargetErrorCode::TargetMalformed, "{}", text),
        }
    }

    #[test]
    fn actual_dates_never_panic(s in "\\PC*", year in prop::option::of(1900i32..=2100)) {
        let _ = parse_actual_date(&s, year);
    }

    #[test]
    fn normalize_is_idempotent(s in "\\PC*") {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once.clone());
    }

    #[test]
    fn normalize_is_idempotent_on_target_like_text(s in from_tokens()) {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once.clone());
    }
}
