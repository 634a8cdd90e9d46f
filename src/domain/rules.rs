//! The rule set of SPEC §1.4 and §1.5: every check that needs more than one field of a sheet,
//! or the sheet's fund and region. The document checks (required fields, limits, amounts,
//! taxonomy, duplicates) run before, in [`super::sheet::normalize`].
//!
//! Each rule is a small function over a [`Context`] that pushes issues; [`RULES`] lists them in
//! the order they run. To add a rule: write the function, add it to [`RULES`] with the codes it
//! emits, add the codes to [`IssueCode`] and `docs/VALIDATION.md`, and test it.

use rust_decimal::Decimal;

use super::check::quote;
use super::fund::Template;
use super::money::Money;
use super::sheet::NormalizedSheet;
use super::target::{self, Comparator, TargetKind, TargetParsed};
use super::taxonomy::normalize_label;
use super::{Issue, IssueCode, Lang, Severity};

/// The fund a sheet belongs to, as far as the rules need it.
#[derive(Debug, Clone, Copy)]
pub struct FundFacts<'a> {
    /// The cap on the sum of the fund's sheets' provincial funds.
    pub total_provincial_funds: Option<Money>,
    /// The fund's template.
    pub template: Option<&'a Template>,
    /// The provincial funds of the fund's *other* sheets, summed.
    pub others_provincial_funds: Money,
}

/// The sheet's region, as far as the rules need it.
#[derive(Debug, Clone, Copy)]
pub struct RegionFacts<'a> {
    /// Full name, e.g. 湘西土家族苗族自治州.
    pub name: &'a str,
    /// Short name, e.g. 湘西州.
    pub short_name: &'a str,
}

/// What a rule looks at.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// Language of the messages.
    pub lang: Lang,
    /// The normalised sheet.
    pub sheet: &'a NormalizedSheet,
    /// The parsed target of each indicator (same order), `None` where it does not parse.
    pub targets: &'a [Option<TargetParsed>],
    /// The fund, when known.
    pub fund: Option<FundFacts<'a>>,
    /// The region, when known.
    pub region: Option<RegionFacts<'a>>,
}

impl Context<'_> {
    fn msg(&self, zh: String, en: String) -> String {
        self.lang.pick(zh, en)
    }
}

/// One rule: a name, the codes it can emit, and the check.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Short name (the function's).
    pub name: &'static str,
    /// The codes this rule emits.
    pub codes: &'static [IssueCode],
    /// The check.
    pub check: fn(&Context<'_>, &mut Vec<Issue>),
}

/// Every rule, in the order it runs.
pub const RULES: &[Rule] = &[
    Rule {
        name: "satisfaction_at_most_100",
        codes: &[IssueCode::SatisfactionOver100],
        check: satisfaction_at_most_100,
    },
    Rule {
        name: "fund_total_not_exceeded",
        codes: &[IssueCode::FundTotalExceeded],
        check: fund_total_not_exceeded,
    },
    Rule {
        name: "level1_coverage",
        codes: &[IssueCode::Level1Missing],
        check: level1_coverage,
    },
    Rule {
        name: "output_level2_coverage",
        codes: &[IssueCode::OutputLevel2Missing],
        check: output_level2_coverage,
    },
    Rule {
        name: "targets_measurable",
        codes: &[IssueCode::TargetNotMeasurable],
        check: targets_measurable,
    },
    Rule {
        name: "departments_of_region",
        codes: &[IssueCode::DepartmentRegionMismatch],
        check: departments_of_region,
    },
    Rule {
        name: "template_followed",
        codes: &[
            IssueCode::TemplateIndicatorMissing,
            IssueCode::TemplateFloorNotMet,
        ],
        check: template_followed,
    },
];

/// Parses every indicator's target: the parsed forms (same order) and an error for each target
/// that does not parse (`TARGET_*` at `/indicators/{i}/target`). Blank targets are reported by
/// the document checks (`REQUIRED`) and skipped here.
pub fn parse_targets(
    sheet: &NormalizedSheet,
    lang: Lang,
) -> (Vec<Option<TargetParsed>>, Vec<Issue>) {
    let mut issues = Vec::new();
    let parsed = sheet
        .indicators
        .iter()
        .enumerate()
        .map(|(i, ind)| {
            if ind.target.is_empty() {
                return None;
            }
            match target::parse(&ind.target) {
                Ok(p) => Some(p),
                Err(e) => {
                    let message = lang.pick(e.message_zh, e.message_en);
                    issues.push(Issue::error(
                        e.code.into(),
                        format!("/indicators/{i}/target"),
                        message,
                    ));
                    None
                }
            }
        })
        .collect();
    (parsed, issues)
}

/// Reads one target value on its own (`POST /targets/parse`): the structure, or the error that
/// says why it does not parse; `TARGET_NOT_MEASURABLE` as a warning for a vague one. Issues
/// point at `path`.
pub fn read_target(text: &str, path: &str, lang: Lang) -> (Option<TargetParsed>, Vec<Issue>) {
    match target::parse(text) {
        Ok(p) => {
            let issues = if p.measurable {
                Vec::new()
            } else {
                vec![Issue::warning(
                    IssueCode::TargetNotMeasurable,
                    path,
                    lang.pick(
                        format!("指标值{}不可衡量，建议给出具体数值", quote(text)),
                        format!("target {} is not measurable; give a number", quote(text)),
                    ),
                )]
            };
            (Some(p), issues)
        }
        Err(e) => (
            None,
            vec![Issue::error(
                e.code.into(),
                path,
                lang.pick(e.message_zh, e.message_en),
            )],
        ),
    }
}

/// Runs every rule; issues in rule order.
pub fn check(ctx: &Context<'_>) -> Vec<Issue> {
    let mut issues = Vec::new();
    for rule in RULES {
        (rule.check)(ctx, &mut issues);
    }
    issues
}

const SATISFACTION: &str = "满意度指标";
const OUTPUT: &str = "产出指标";
const BENEFIT: &str = "效益指标";

/// `SATISFACTION_OVER_100`: a satisfaction rate cannot exceed 100%, nor be promised to be more
/// than 100% (`>100%`, `超过100%`).
fn satisfaction_at_most_100(ctx: &Context<'_>, out: &mut Vec<Issue>) {
    for (i, (ind, parsed)) in ctx.sheet.indicators.iter().zip(ctx.targets).enumerate() {
        let Some(p) = parsed else { continue };
        if ind.level1 != SATISFACTION || p.kind != TargetKind::Quantitative {
            continue;
        }
        if p.unit.as_deref() != Some("%") {
            continue;
        }
        let highest = p.upper.or(p.value).unwrap_or(Decimal::ZERO);
        let beyond = p.comparator == Some(Comparator::Gt) && highest >= Decimal::ONE_HUNDRED;
        if highest > Decimal::ONE_HUNDRED || beyond {
            out.push(Issue::error(
                IssueCode::SatisfactionOver100,
                format!("/indicators/{i}/target"),
                ctx.msg(
                    format!("满意度指标值{}超过 100%", quote(&ind.target)),
                    format!("satisfaction target {} is above 100%", quote(&ind.target)),
                ),
            ));
        }
    }
}

/// `FUND_TOTAL_EXCEEDED`: the fund's sheets together may not exceed its total provincial budget.
fn fund_total_not_exceeded(ctx: &Context<'_>, out: &mut Vec<Issue>) {
    let Some(fund) = ctx.fund else { return };
    let Some(total) = fund.total_provincial_funds else {
        return;
    };
    let sum = fund
        .others_provincial_funds
        .yuan()
        .saturating_add(ctx.sheet.provincial_funds.yuan());
    if sum > total.yuan() {
        let over = Money::from_yuan(sum - total.yuan());
        let sum = Money::from_yuan(sum);
        out.push(Issue::error(
            IssueCode::FundTotalExceeded,
            "/provincial_funds",
            ctx.msg(
                format!(
                    "各地省级资金合计 {sum} 万元，超出专项资金总额 {total} 万元 {over} 万元"
                ),
                format!(
                    "the fund's sheets would total {sum} 万元 of provincial funds, {over} 万元 over its total of {total} 万元"
                ),
            ),
        ));
    }
}

/// `LEVEL1_MISSING`: a sheet should have 产出, 效益 and 满意度 indicators.
fn level1_coverage(ctx: &Context<'_>, out: &mut Vec<Issue>) {
    for level1 in [OUTPUT, BENEFIT, SATISFACTION] {
        if !ctx.sheet.indicators.iter().any(|i| i.level1 == level1) {
            out.push(Issue::warning(
                IssueCode::Level1Missing,
                "/indicators",
                ctx.msg(
                    format!("绩效目标表缺少{level1}"),
                    format!("the sheet has no {level1} (level1) indicator"),
                ),
            ));
        }
    }
}

/// `OUTPUT_LEVEL2_MISSING`: 产出指标 should cover 数量, 质量 and 时效.
fn output_level2_coverage(ctx: &Context<'_>, out: &mut Vec<Issue>) {
    let outputs: Vec<&str> = ctx
        .sheet
        .indicators
        .iter()
        .filter(|i| i.level1 == OUTPUT)
        .map(|i| i.level2.as_str())
        .collect();
    if outputs.is_empty() {
        return;
    }
    for level2 in ["数量指标", "质量指标", "时效指标"] {
        if !outputs.contains(&level2) {
            out.push(Issue::warning(
                IssueCode::OutputLevel2Missing,
                "/indicators",
                ctx.msg(
                    format!("产出指标缺少{level2}"),
                    format!("产出指标 has no {level2} (level2) indicator"),
                ),
            ));
        }
    }
}

/// `TARGET_NOT_MEASURABLE`: vague targets (正增长, 积极, …) cannot be evaluated later.
fn targets_measurable(ctx: &Context<'_>, out: &mut Vec<Issue>) {
    for (i, (ind, parsed)) in ctx.sheet.indicators.iter().zip(ctx.targets).enumerate() {
        if parsed.as_ref().is_some_and(|p| !p.measurable) {
            out.push(Issue::warning(
                IssueCode::TargetNotMeasurable,
                format!("/indicators/{i}/target"),
                ctx.msg(
                    format!("指标值{}不可衡量，建议给出具体数值", quote(&ind.target)),
                    format!(
                        "target {} is not measurable; give a number",
                        quote(&ind.target)
                    ),
                ),
            ));
        }
    }
}

/// `DEPARTMENT_REGION_MISMATCH`: 主管部门 names start with the region's name or short name.
fn departments_of_region(ctx: &Context<'_>, out: &mut Vec<Issue>) {
    let Some(region) = ctx.region else { return };
    for (i, name) in ctx.sheet.departments.iter().enumerate() {
        let name = normalize_label(name);
        if name.starts_with(region.name) || name.starts_with(region.short_name) {
            continue;
        }
        out.push(Issue::warning(
            IssueCode::DepartmentRegionMismatch,
            format!("/departments/{i}"),
            ctx.msg(
                format!(
                    "主管部门{}不以本地区名称（{}或{}）开头",
                    quote(&name),
                    region.name,
                    region.short_name
                ),
                format!(
                    "department {} does not start with the region's name ({} or {})",
                    quote(&name),
                    region.name,
                    region.short_name
                ),
            ),
        ));
    }
}

/// `TEMPLATE_INDICATOR_MISSING`, `TEMPLATE_FLOOR_NOT_MET`: what the fund's template asks for.
/// Warnings, or errors when the template is strict.
fn template_followed(ctx: &Context<'_>, out: &mut Vec<Issue>) {
    let Some(template) = ctx.fund.and_then(|f| f.template) else {
        return;
    };
    let severity = if template.strict {
        Severity::Error
    } else {
        Severity::Warning
    };
    let push = |out: &mut Vec<Issue>, code, path: String, message| {
        let mut issue = Issue::warning(code, path, message);
        issue.severity = severity;
        out.push(issue);
    };
    let names: Vec<String> = ctx
        .sheet
        .indicators
        .iter()
        .map(|i| normalize_label(&i.name))
        .collect();
    for entry in &template.indicators {
        let wanted = normalize_label(&entry.name);
        let found = ctx
            .sheet
            .indicators
            .iter()
            .zip(&names)
            .position(|(i, name)| {
                i.level1 == entry.level1 && i.level2 == entry.level2 && *name == wanted
            });
        let Some(i) = found else {
            push(
                out,
                IssueCode::TemplateIndicatorMissing,
                "/indicators".into(),
                ctx.msg(
                    format!(
                        "缺少专项资金模板要求的指标：{} / {} / {}",
                        entry.level1, entry.level2, entry.name
                    ),
                    format!(
                        "the fund's template asks for the indicator {} / {} / {}",
                        entry.level1, entry.level2, entry.name
                    ),
                ),
            );
            continue;
        };
        let Some(floor_text) = &entry.floor else {
            continue;
        };
        let Ok(floor) = target::parse(floor_text) else {
            continue;
        };
        // An unparsable target is already an error of its own.
        let Some(parsed) = &ctx.targets[i] else {
            continue;
        };
        if !parsed.meets_floor(&floor) {
            let target = &ctx.sheet.indicators[i].target;
            push(
                out,
                IssueCode::TemplateFloorNotMet,
                format!("/indicators/{i}/target"),
                ctx.msg(
                    format!(
                        "指标“{}”的指标值{}未达到专项资金模板要求的{}",
                        entry.name,
                        quote(target),
                        floor_text
                    ),
                    format!(
                        "target {} of “{}” does not promise the template's floor {}",
                        quote(target),
                        entry.name,
                        floor_text
                    ),
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests;
