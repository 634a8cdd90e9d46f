//! A report's figures and the checks of §5.2 that need its sheet: budget, execution rate, time progress, each line's readings and outlook, and the outlook counts.

use super::*;

/// The figures and the checks of §5.2 that need the sheet: `report` is the normal form,
/// `month` 1–12, `sheet` what the figures are computed from (see [`ReportBasis`]). Issues come in document order after `issues` from
/// [`normalize`].
pub fn compute(
    report: &NormalizedReport,
    sheet: &ReportBasis,
    month: u32,
    stage: Stage,
    lang: Lang,
) -> (ReportFigures, Vec<Issue>) {
    let mut c = Checker::new(lang);
    let submit_check =
        |c: &mut Checker, code: IssueCode, path: String, zh: String, en: String| match stage {
            Stage::Save => c.warning(code, path, zh, en),
            Stage::Submit => c.error(code, path, zh, en),
        };
    let budget = sheet
        .provincial_funds
        .saturating_add(sheet.matching_funds.unwrap_or(Money::ZERO));
    let (executed, budget_yuan) = (report.executed_funds.yuan(), budget.yuan());
    let month_i = i64::from(month);
    // executed ÷ budget < N ÷ 12 ⇔ executed × 12 < budget × N (exact, budget > 0).
    let behind_schedule = budget_yuan > 0 && executed * 12 < budget_yuan * month_i;
    let far_behind = budget_yuan > 0 && executed * 24 < budget_yuan * month_i;
    let execution_rate = percent(executed, budget_yuan);
    let time_progress = percent(month_i, 12).unwrap_or_default();

    let year = sheet.year;
    let by_id: HashMap<IndicatorId, usize> = sheet
        .indicators
        .iter()
        .enumerate()
        .map(|(k, i)| (i.id, k))
        .collect();
    let mut seen: HashSet<IndicatorId> = HashSet::new();
    let mut lines = Vec::with_capacity(report.lines.len());
    for (i, line) in report.lines.iter().enumerate() {
        let at = |field: &str| format!("/indicators/{i}/{field}");
        let Some(&k) = by_id.get(&line.indicator_id) else {
            c.error(
                IssueCode::UnknownIndicator,
                at("indicator_id"),
                format!("指标 {} 不属于该绩效目标表", line.indicator_id),
                format!("indicator {} is not one of this sheet's", line.indicator_id),
            );
            continue;
        };
        let ind = &sheet.indicators[k];
        if !seen.insert(line.indicator_id) {
            c.error(
                IssueCode::DuplicateIndicator,
                at("indicator_id"),
                format!("指标“{}”重复填报", ind.name),
                format!("indicator {} is reported twice", quote(&ind.name)),
            );
        }
        let mut read =
            |field: &str, text: Option<&String>| -> Option<(ValueParsed, Option<bool>)> {
                let text = text?;
                let target = ind.target_parsed.as_ref()?;
                let outcome = compare::read_value(text, target, year).and_then(|v| {
                    compare::compare(target, &ind.level1, &ind.level2, &v).map(|met| (v, met))
                });
                match outcome {
                    Ok(found) => Some(found),
                    Err(problem) => {
                        let code = match problem.code {
                            ValueProblemCode::Malformed(code) => IssueCode::from(code),
                            ValueProblemCode::NotComparable => IssueCode::ActualNotComparable,
                        };
                        c.error(
                            code,
                            at(field),
                            format!("{}（指标值“{}”）", problem.zh, ind.target),
                            format!("{} (target {})", problem.en, quote(&ind.target)),
                        );
                        None
                    }
                }
            };
        let actual = read("actual", line.actual.as_ref());
        let expected = read("expected", line.expected.as_ref());
        let from_expected = expected.as_ref().and_then(|(_, met)| {
            met.map(|m| {
                if m {
                    Outlook::OnTrack
                } else {
                    Outlook::OffTrack
                }
            })
        });
        let from_likelihood = line.likelihood.map(Likelihood::outlook);
        let outlook = [from_likelihood, from_expected]
            .into_iter()
            .flatten()
            .max_by_key(|o| o.severity())
            .unwrap_or(Outlook::NotAssessed);
        if line.likelihood == Some(Likelihood::Certain) && from_expected == Some(Outlook::OffTrack)
        {
            c.warning(
                IssueCode::OutlookInconsistent,
                at("likelihood"),
                format!(
                    "完成可能性为“确定能”，但全年预计完成值未达到指标值“{}”",
                    ind.target
                ),
                format!(
                    "likelihood is CERTAIN, but the expected value misses the target {}",
                    quote(&ind.target)
                ),
            );
        }
        if line.likelihood.is_none() {
            submit_check(
                &mut c,
                IssueCode::LikelihoodRequired,
                at("likelihood"),
                format!("指标“{}”未填完成目标可能性（likelihood）", ind.name),
                format!("indicator {} has no likelihood", quote(&ind.name)),
            );
        }
        if matches!(outlook, Outlook::AtRisk | Outlook::OffTrack)
            && (line.deviation_reasons.is_empty() || line.measures.is_none())
        {
            let field = if line.deviation_reasons.is_empty() {
                "deviation_reasons"
            } else {
                "measures"
            };
            submit_check(
                &mut c,
                IssueCode::DeviationReasonRequired,
                at(field),
                format!("指标“{}”可能无法完成，须填写偏差原因和完善措施", ind.name),
                format!(
                    "indicator {} may miss its target: give at least one deviation reason and the measures",
                    quote(&ind.name)
                ),
            );
        }
        lines.push(LineFigures {
            indicator_id: ind.id,
            level1: ind.level1.clone(),
            level2: ind.level2.clone(),
            name: ind.name.clone(),
            target: ind.target.clone(),
            target_parsed: ind.target_parsed.clone(),
            actual_parsed: actual.map(|(v, _)| v),
            expected_parsed: expected.map(|(v, _)| v),
            outlook,
        });
    }
    for ind in &sheet.indicators {
        if !seen.contains(&ind.id) {
            submit_check(
                &mut c,
                IssueCode::IndicatorNotReported,
                "/indicators".to_string(),
                format!("未填报指标“{}”（id {}）", ind.name, ind.id),
                format!(
                    "indicator {} (id {}) is not reported",
                    quote(&ind.name),
                    ind.id
                ),
            );
        }
    }
    if report.executed_funds > budget {
        c.warning(
            IssueCode::ExecutedExceedsBudget,
            "/executed_funds",
            format!(
                "执行数 {} 万元超过年初预算数 {budget} 万元",
                report.executed_funds
            ),
            format!(
                "executed funds {} exceed the budget of {budget} (万元)",
                report.executed_funds
            ),
        );
    }
    if let Some(expected) = report.expected_executed_funds {
        if expected < report.executed_funds {
            c.warning(
                IssueCode::ExpectedBelowExecuted,
                "/expected_executed_funds",
                format!(
                    "全年预计执行数 {expected} 万元低于 1–{month}月执行数 {} 万元",
                    report.executed_funds
                ),
                format!(
                    "the year's expected execution {expected} is below the {} already executed (万元)",
                    report.executed_funds
                ),
            );
        }
    }
    if behind_schedule {
        let rate = execution_rate.unwrap_or_default();
        c.warning(
            IssueCode::BehindSchedule,
            "/executed_funds",
            format!("执行率 {rate}% 低于序时进度 {time_progress}%"),
            format!("the execution rate {rate}% is below the time progress {time_progress}%"),
        );
    }
    let mut outlook_counts: HashMap<Outlook, u32> = Outlook::ALL.iter().map(|o| (*o, 0)).collect();
    for ind in &sheet.indicators {
        let outlook = lines
            .iter()
            .find(|l| l.indicator_id == ind.id)
            .map_or(Outlook::NotAssessed, |l| l.outlook);
        *outlook_counts.entry(outlook).or_default() += 1;
    }
    let figures = ReportFigures {
        budget,
        execution_rate,
        time_progress,
        behind_schedule,
        far_behind,
        lines,
        outlook_counts,
    };
    (figures, c.issues)
}
