//! Reports and self-evaluations as file rows (SPEC §5.4): a stored report or evaluation as the
//! [`TableItem`] the flat layouts of [`crate::exchange::follow_up`] write (keys, values as sent,
//! computed figures for reading, choices with their Chinese labels), and an item read from a
//! file as the document `PUT` takes (indicators found by 一级/二级/三级 among the sheet's,
//! labels read in Chinese or English). One conversion each way, shared by the exports, the
//! printed forms and the bulk uploads.

use std::collections::BTreeMap;

use super::evaluation::Evaluation;
use super::monitoring::Report;
use crate::domain::check::quote;
use crate::domain::evaluation::{EvaluationDocument, EvaluationLineDocument};
use crate::domain::money::MoneyInput;
use crate::domain::monitoring::{DeviationReason, Likelihood, ReportDocument, ReportLineDocument};
use crate::domain::scoring::Achievement;
use crate::domain::sheet::{Indicator, Sheet};
use crate::domain::taxonomy::normalize_label;
use crate::domain::{Issue, IssueCode, Lang};
use crate::exchange::table::TableItem;

/// The separator of several choices in one cell (偏差原因).
pub const CHOICE_SEPARATOR: &str = "、";

fn put(map: &mut BTreeMap<&'static str, String>, key: &'static str, value: Option<String>) {
    if let Some(v) = value.filter(|v| !v.is_empty()) {
        map.insert(key, v);
    }
}

/// The key cells of a sheet's item: fund (id, name, year) and region (code, name).
fn keys(sheet: &Sheet) -> BTreeMap<&'static str, String> {
    let mut values = BTreeMap::new();
    values.insert("fund_id", sheet.fund_id.to_string());
    values.insert("fund_name", sheet.fund_name.clone());
    values.insert("year", sheet.year.to_string());
    values.insert("region_code", sheet.region_code.to_string());
    values.insert("region_name", sheet.region_name.clone());
    values
}

fn indicator_cells(
    sheet: &Sheet,
    id: crate::domain::IndicatorId,
) -> BTreeMap<&'static str, String> {
    let mut line = BTreeMap::new();
    if let Some(i) = sheet.indicators.iter().find(|i| i.id == id) {
        line.insert("level1", i.level1.clone());
        line.insert("level2", i.level2.clone());
        line.insert("name", i.name.clone());
        line.insert("target", i.target.clone());
    }
    line
}

/// A report as a row group of the flat layout (its sheet gives the keys).
pub fn report_item(report: &Report, sheet: &Sheet) -> TableItem {
    let mut values = keys(sheet);
    values.insert("month", report.month.to_string());
    values.insert("status", report.status.as_str().to_string());
    values.insert("budget", report.budget.to_string());
    values.insert("executed_funds", report.executed_funds.to_string());
    put(
        &mut values,
        "execution_rate",
        report.execution_rate.map(|r| r.to_string()),
    );
    values.insert("time_progress", report.time_progress.to_string());
    put(
        &mut values,
        "expected_executed_funds",
        report.expected_executed_funds.map(|m| m.to_string()),
    );
    put(&mut values, "goal_progress", report.goal_progress.clone());
    let lines = report
        .indicators
        .iter()
        .map(|l| {
            let mut line = BTreeMap::new();
            line.insert("level1", l.level1.clone());
            line.insert("level2", l.level2.clone());
            line.insert("name", l.name.clone());
            line.insert("target", l.target.clone());
            put(&mut line, "actual", l.actual.clone());
            put(&mut line, "expected", l.expected.clone());
            put(
                &mut line,
                "likelihood",
                l.likelihood.map(|k| k.label_zh().to_string()),
            );
            line.insert(
                "outlook",
                serde_json::to_value(l.outlook)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
            );
            let reasons: Vec<&str> = l.deviation_reasons.iter().map(|r| r.label_zh()).collect();
            put(
                &mut line,
                "deviation_reasons",
                Some(reasons.join(CHOICE_SEPARATOR)),
            );
            put(&mut line, "deviation_note", l.deviation_note.clone());
            put(&mut line, "measures", l.measures.clone());
            line
        })
        .collect();
    TableItem {
        values,
        lines,
        locations: BTreeMap::new(),
    }
}

/// A self-evaluation as a row group of the flat layout (its sheet gives the keys).
pub fn evaluation_item(evaluation: &Evaluation, sheet: &Sheet) -> TableItem {
    let mut values = keys(sheet);
    values.insert("status", evaluation.status.as_str().to_string());
    values.insert("budget", evaluation.budget.to_string());
    values.insert("executed_funds", evaluation.executed_funds.to_string());
    put(
        &mut values,
        "execution_rate",
        evaluation.execution_rate.map(|r| r.to_string()),
    );
    values.insert("budget_weight", evaluation.budget_weight.to_string());
    values.insert("budget_score", evaluation.budget_score.to_string());
    put(
        &mut values,
        "goal_achievement",
        evaluation.goal_achievement.clone(),
    );
    put(
        &mut values,
        "budget_deviation_analysis",
        evaluation.budget_deviation_analysis.clone(),
    );
    values.insert("total_score", evaluation.total_score.to_string());
    values.insert("grade", evaluation.grade.label_zh().to_string());
    let lines = evaluation
        .indicators
        .iter()
        .map(|l| {
            let mut line = indicator_cells(sheet, l.indicator_id);
            // The labels the evaluation was scored on (frozen ones included).
            line.insert("level1", l.level1.clone());
            line.insert("level2", l.level2.clone());
            line.insert("name", l.name.clone());
            line.insert("target", l.target.clone());
            put(&mut line, "actual", l.actual.clone());
            put(
                &mut line,
                "achievement",
                l.achievement.map(|a| a.label_zh().to_string()),
            );
            put(&mut line, "score", l.score.map(|s| s.to_string()));
            put(&mut line, "weight", l.weight.map(|w| w.to_string()));
            line.insert("computed_weight", l.computed_weight.to_string());
            line.insert(
                "method",
                serde_json::to_value(l.method)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
            );
            line.insert("computed_score", l.computed_score.to_string());
            line.insert("explanation", l.explanation.clone());
            put(
                &mut line,
                "deviation_analysis",
                l.deviation_analysis.clone(),
            );
            line
        })
        .collect();
    TableItem {
        values,
        lines,
        locations: BTreeMap::new(),
    }
}

/// The indicators a file's lines are matched against: those of a report or evaluation frozen at
/// submit (as they were then, so that its export uploads back after an indicator was renamed with
/// its id), then the sheet's as they are now.
#[derive(Clone, Copy)]
pub struct Labels<'a> {
    /// The frozen report's or evaluation's indicators; empty when none is frozen.
    pub frozen: &'a [Indicator],
    /// The sheet's indicators.
    pub sheet: &'a [Indicator],
}

impl<'a> Labels<'a> {
    /// A sheet's indicators alone (nothing frozen).
    pub fn of(sheet: &'a [Indicator]) -> Self {
        Labels { frozen: &[], sheet }
    }
}

/// The sheet's indicator a file line names by 一级/二级/三级 (whitespace dropped), or the issue
/// `UNKNOWN_INDICATOR` at the line's `name`.
fn indicator_of<'a>(
    line: &BTreeMap<&'static str, String>,
    k: usize,
    labels: Labels<'a>,
    lang: Lang,
) -> Result<&'a Indicator, Issue> {
    let cell = |key: &str| normalize_label(line.get(key).map(String::as_str).unwrap_or_default());
    let (level1, level2, name) = (cell("level1"), cell("level2"), cell("name"));
    labels
        .frozen
        .iter()
        .chain(labels.sheet)
        .find(|i| {
            normalize_label(&i.level1) == level1
                && normalize_label(&i.level2) == level2
                && normalize_label(&i.name) == name
        })
        .ok_or_else(|| {
            let shown = line.get("name").cloned().unwrap_or_default();
            Issue::error(
                IssueCode::UnknownIndicator,
                format!("/indicators/{k}/name"),
                lang.pick(
                    format!(
                        "该绩效目标表没有指标“{}／{}／{}”",
                        line.get("level1").cloned().unwrap_or_default(),
                        line.get("level2").cloned().unwrap_or_default(),
                        shown
                    ),
                    format!(
                        "the sheet has no indicator {} under {} / {}",
                        quote(&shown),
                        line.get("level1").cloned().unwrap_or_default(),
                        line.get("level2").cloned().unwrap_or_default()
                    ),
                ),
            )
        })
}

fn invalid_choice(path: String, value: &str, allowed: &str, lang: Lang) -> Issue {
    Issue::error(
        IssueCode::ValueInvalid,
        path,
        lang.pick(
            format!("无法识别的选项{}，可选：{allowed}", quote(value)),
            format!("{} is not one of: {allowed}", quote(value)),
        ),
    )
}

fn text(map: &BTreeMap<&'static str, String>, key: &str) -> Option<String> {
    map.get(key).cloned()
}

/// A report read from a file as the document `PUT` takes; issues for lines that name no
/// indicator of the sheet and for choices that are not labels.
pub fn report_document(
    item: &TableItem,
    indicators: Labels<'_>,
    lang: Lang,
) -> (ReportDocument, Vec<Issue>) {
    let mut issues = Vec::new();
    let mut lines = Vec::with_capacity(item.lines.len());
    for (k, line) in item.lines.iter().enumerate() {
        let indicator_id = match indicator_of(line, k, indicators, lang) {
            Ok(i) => Some(i.id),
            Err(issue) => {
                issues.push(issue);
                None
            }
        };
        let likelihood = line.get("likelihood").and_then(|v| {
            let found = Likelihood::parse(v);
            if found.is_none() {
                issues.push(invalid_choice(
                    format!("/indicators/{k}/likelihood"),
                    v,
                    "确定能、有可能、完全不可能",
                    lang,
                ));
            }
            found
        });
        let mut reasons = Vec::new();
        if let Some(cell) = line.get("deviation_reasons") {
            for part in cell
                .split(crate::domain::sheet::DEPARTMENT_SEPARATORS)
                .map(str::trim)
                .filter(|p| !p.is_empty())
            {
                match DeviationReason::parse(part) {
                    Some(r) => reasons.push(r),
                    None => issues.push(invalid_choice(
                        format!("/indicators/{k}/deviation_reasons"),
                        part,
                        "经费保障、制度保障、人员保障、硬件条件保障、其他",
                        lang,
                    )),
                }
            }
        }
        lines.push(ReportLineDocument {
            indicator_id,
            actual: text(line, "actual"),
            expected: text(line, "expected"),
            likelihood,
            deviation_reasons: Some(reasons),
            deviation_note: text(line, "deviation_note"),
            measures: text(line, "measures"),
            ..Default::default()
        });
    }
    let doc = ReportDocument {
        executed_funds: text(&item.values, "executed_funds").map(MoneyInput::Text),
        expected_executed_funds: text(&item.values, "expected_executed_funds")
            .map(MoneyInput::Text),
        goal_progress: text(&item.values, "goal_progress"),
        indicators: Some(lines),
        ..Default::default()
    };
    (doc, issues)
}

/// A self-evaluation read from a file as the document `PUT` takes; issues for lines that name
/// no indicator of the sheet and for achievements that are not labels.
pub fn evaluation_document(
    item: &TableItem,
    indicators: Labels<'_>,
    lang: Lang,
) -> (EvaluationDocument, Vec<Issue>) {
    let mut issues = Vec::new();
    let mut lines = Vec::with_capacity(item.lines.len());
    for (k, line) in item.lines.iter().enumerate() {
        let indicator_id = match indicator_of(line, k, indicators, lang) {
            Ok(i) => Some(i.id),
            Err(issue) => {
                issues.push(issue);
                None
            }
        };
        let achievement = line.get("achievement").and_then(|v| {
            let found = Achievement::parse(v);
            if found.is_none() {
                issues.push(invalid_choice(
                    format!("/indicators/{k}/achievement"),
                    v,
                    "达成、部分达成、未达成",
                    lang,
                ));
            }
            found
        });
        lines.push(EvaluationLineDocument {
            indicator_id,
            actual: text(line, "actual"),
            achievement,
            score: text(line, "score").map(MoneyInput::Text),
            weight: text(line, "weight").map(MoneyInput::Text),
            deviation_analysis: text(line, "deviation_analysis"),
            ..Default::default()
        });
    }
    let doc = EvaluationDocument {
        executed_funds: text(&item.values, "executed_funds").map(MoneyInput::Text),
        goal_achievement: text(&item.values, "goal_achievement"),
        budget_deviation_analysis: text(&item.values, "budget_deviation_analysis"),
        indicators: Some(lines),
        ..Default::default()
    };
    (doc, issues)
}
