//! The scores and checks of §6.3 for one evaluation against its basis: each line's method, weight, reading, score and explanation, the budget score, total and grade.

use super::*;

/// The scores and the checks of §6.3 that need the sheet and the scheme: `evaluation` is the
/// normal form, `basis` what the scores are computed from (see [`EvaluationBasis`]). Issues
/// come in document order after those of [`normalize`].
pub fn compute(
    evaluation: &NormalizedEvaluation,
    basis: &EvaluationBasis,
    stage: Stage,
    lang: Lang,
) -> (EvaluationFigures, Vec<Issue>) {
    let mut c = Checker::new(lang);
    let submit_check =
        |c: &mut Checker, code: IssueCode, path: String, zh: String, en: String| match stage {
            Stage::Save => c.warning(code, path, zh, en),
            Stage::Submit => c.error(code, path, zh, en),
        };
    let scheme = &basis.scheme;
    let budget = basis
        .provincial_funds
        .saturating_add(basis.matching_funds.unwrap_or(Money::ZERO));
    let wan = |m: Money| Decimal::new(m.yuan(), 4);
    let executed = wan(evaluation.executed_funds);
    let budget_weight = scheme.budget_execution.normalize();
    let (execution_rate, b_score) = budget_score(budget_weight, executed, wan(budget));
    let execution_rate = execution_rate.map(fixed2);
    let b_score = fixed2(b_score);
    let budget_explanation = if budget.yuan() == 0 {
        Explanation::new(
            format!("年初预算数为 0，得满分 {}", pts(b_score)),
            format!("the budget is 0: full {}", pts(b_score)),
        )
    } else if executed >= wan(budget) {
        Explanation::new(
            format!(
                "{} ÷ {} ≥ 1，按 1 计：{} × 1 = {}",
                num(executed),
                num(wan(budget)),
                num(budget_weight),
                pts(b_score)
            ),
            format!(
                "{} ÷ {} ≥ 1, counted as 1: {} × 1 = {}",
                num(executed),
                num(wan(budget)),
                num(budget_weight),
                pts(b_score)
            ),
        )
    } else {
        let text = format!(
            "{} ÷ {} × {} = {}",
            num(executed),
            num(wan(budget)),
            num(budget_weight),
            pts(b_score)
        );
        Explanation::new(text.clone(), text)
    };
    if execution_rate.is_some_and(|r| r < Decimal::ONE_HUNDRED)
        && evaluation.budget_deviation_analysis.is_none()
    {
        let rate = execution_rate.unwrap_or_default();
        submit_check(
            &mut c,
            IssueCode::DeviationAnalysisRequired,
            "/budget_deviation_analysis".into(),
            format!(
                "预算执行率 {rate}% 低于 100%，须填写预算执行偏差原因（budget_deviation_analysis）"
            ),
            format!("the execution rate {rate}% is below 100%: give budget_deviation_analysis"),
        );
    }

    // Lines: which indicator each names, once.
    let by_id: HashMap<IndicatorId, usize> = basis
        .indicators
        .iter()
        .enumerate()
        .map(|(k, i)| (i.id, k))
        .collect();
    let mut seen: HashSet<IndicatorId> = HashSet::new();
    let mut scored: Vec<(usize, usize)> = Vec::new(); // (line, indicator)
    for (i, line) in evaluation.lines.iter().enumerate() {
        let path = format!("/indicators/{i}/indicator_id");
        let Some(&k) = by_id.get(&line.indicator_id) else {
            c.error(
                IssueCode::UnknownIndicator,
                path,
                format!("指标 {} 不属于该绩效目标表", line.indicator_id),
                format!("indicator {} is not one of this sheet's", line.indicator_id),
            );
            continue;
        };
        if !seen.insert(line.indicator_id) {
            let name = &basis.indicators[k].name;
            c.error(
                IssueCode::DuplicateIndicator,
                path,
                format!("指标“{name}”重复填报"),
                format!("indicator {} is reported twice", quote(name)),
            );
            continue;
        }
        scored.push((i, k));
    }

    // Weights over every indicator of the sheet.
    let level1s: Vec<&str> = basis.indicators.iter().map(|i| i.level1.as_str()).collect();
    let mut overrides: Vec<Option<Decimal>> = vec![None; basis.indicators.len()];
    for &(i, k) in &scored {
        overrides[k] = evaluation.lines[i].weight;
    }
    let available = Decimal::ONE_HUNDRED - scheme.budget_execution;
    let weights = match scoring::weights(scheme, &level1s, &overrides) {
        Ok(w) => w,
        Err(WeightError::NothingWeighs) => {
            let present: Vec<&str> = {
                let mut v = level1s.clone();
                v.sort_unstable();
                v.dedup();
                v
            };
            let present = present.join("、");
            c.error(
                IssueCode::ScoringWeightsInvalid,
                "/indicators",
                format!("该表的一级指标（{present}）在专项资金的评分方案中权重均为 0，无法计分"),
                format!(
                    "the sheet's 一级 ({present}) all weigh 0 in the fund's scoring scheme: nothing can be scored"
                ),
            );
            vec![Exact::zero(); level1s.len()]
        }
        Err(WeightError::SumInvalid) => {
            let given = overrides.iter().filter(|o| o.is_some()).count();
            let sum: Decimal = overrides.iter().flatten().copied().sum();
            let (zh, en) = if given != overrides.len() {
                (
                    format!(
                        "{} 项指标中只有 {given} 项填写了权重（weight）：要么全部填写，要么全部不填",
                        overrides.len()
                    ),
                    format!(
                        "{given} of the sheet's {} indicators have a weight: give one on every indicator or on none",
                        overrides.len()
                    ),
                )
            } else {
                (
                    format!(
                        "指标权重之和为 {}，应恰好等于 100 − 预算执行率权重 {} = {}",
                        num(sum),
                        num(scheme.budget_execution),
                        num(available)
                    ),
                    format!(
                        "the weights add up to {}; they must add up to exactly 100 − the budget weight {} = {}",
                        num(sum),
                        num(scheme.budget_execution),
                        num(available)
                    ),
                )
            };
            c.error(IssueCode::WeightsSumInvalid, "/indicators", zh, en);
            vec![Exact::zero(); level1s.len()]
        }
    };
    let overridden = overrides.iter().any(Option::is_some);

    let mut rounded: Vec<Decimal> = vec![Decimal::ZERO; basis.indicators.len()];
    let mut lines = Vec::with_capacity(scored.len());
    for &(i, k) in &scored {
        let line = &evaluation.lines[i];
        let ind = &basis.indicators[k];
        let at = format!("/indicators/{i}");
        let w = &weights[k];
        if !overridden && scheme.level1_weight(&ind.level1).is_zero() {
            c.warning(
                IssueCode::IndicatorUnweighted,
                format!("{at}/indicator_id"),
                format!(
                    "指标“{}”的一级指标“{}”在评分方案中权重为 0，不计分",
                    ind.name, ind.level1
                ),
                format!(
                    "indicator {}: its 一级 {} weighs 0 in the scoring scheme and is not scored",
                    quote(&ind.name),
                    ind.level1
                ),
            );
        }
        let (actual_parsed, method, exact, explanation) =
            score_line(&mut c, &at, line, ind, w, basis.year, &submit_check);
        let score = fixed2(exact.round(2));
        if score < w.round(2) && line.deviation_analysis.is_none() {
            submit_check(
                &mut c,
                IssueCode::DeviationAnalysisRequired,
                format!("{at}/deviation_analysis"),
                format!(
                    "指标“{}”得分 {score} 低于权重 {}，须填写偏差原因分析及改进措施（deviation_analysis）",
                    ind.name,
                    pts(w.round(2))
                ),
                format!(
                    "indicator {} scores {score}, below its weight {}: give deviation_analysis",
                    quote(&ind.name),
                    pts(w.round(2))
                ),
            );
        }
        rounded[k] = score;
        lines.push(LineScore {
            indicator_id: ind.id,
            actual_parsed,
            weight: w.round(WEIGHT_PLACES).normalize(),
            method,
            score,
            explanation,
        });
    }
    for ind in &basis.indicators {
        if !seen.contains(&ind.id) {
            submit_check(
                &mut c,
                IssueCode::IndicatorNotReported,
                "/indicators".to_string(),
                format!("未填报指标“{}”（id {}），按 0 分计", ind.name, ind.id),
                format!(
                    "indicator {} (id {}) is not reported: it scores 0",
                    quote(&ind.name),
                    ind.id
                ),
            );
        }
    }
    let total_score = scoring::total(b_score, &rounded);
    let figures = EvaluationFigures {
        budget,
        execution_rate,
        budget_weight,
        budget_score: b_score,
        budget_explanation,
        lines,
        total_score,
        grade: scoring::grade(total_score),
    };
    (figures, c.issues)
}

/// One line's reading, method, exact score and explanation, with its issues.
pub(super) fn score_line(
    c: &mut Checker,
    at: &str,
    line: &EvaluationLine,
    ind: &Indicator,
    w: &Exact,
    year: i32,
    submit_check: &dyn Fn(&mut Checker, IssueCode, String, String, String),
) -> (Option<ValueParsed>, Method, Exact, Explanation) {
    let Some(target) = ind.target_parsed.as_ref() else {
        // A target the grammar cannot read is judged.
        let (s, e) = judged(
            c,
            at,
            line,
            w,
            &Explanation::default(),
            submit_check,
            &ind.name,
        );
        return (None, Method::Judged, s, e);
    };
    // The actual, read and compared with the target as in §5.1.
    let mut reading: Option<(ValueParsed, Option<bool>)> = None;
    let mut unusable = false;
    if let Some(text) = &line.actual {
        let outcome = compare::read_value(text, target, year).and_then(|v| {
            compare::compare(target, &ind.level1, &ind.level2, &v).map(|met| (v, met))
        });
        match outcome {
            Ok(found) => reading = Some(found),
            Err(problem) => {
                unusable = true;
                let code = match problem.code {
                    ValueProblemCode::Malformed(code) => IssueCode::from(code),
                    ValueProblemCode::NotComparable => IssueCode::ActualNotComparable,
                };
                c.error(
                    code,
                    format!("{at}/actual"),
                    format!("{}（指标值“{}”）", problem.zh, ind.target),
                    format!("{} (target {})", problem.en, quote(&ind.target)),
                );
            }
        }
    }
    let actual_parsed = reading.as_ref().map(|(v, _)| v.clone());
    let method = method_of(target, &ind.level1, &ind.level2, actual_parsed.as_ref());
    let ignored = |c: &mut Checker| {
        if line.achievement.is_some() || line.score.is_some() {
            c.warning(
                IssueCode::AchievementIgnored,
                format!("{at}/achievement"),
                format!(
                    "指标“{}”按公式计分，达成情况（achievement）和得分（score）不予采用",
                    ind.name
                ),
                format!(
                    "indicator {} is scored by formula: achievement and score are ignored",
                    quote(&ind.name)
                ),
            );
        }
    };
    if w.is_zero() {
        // Nothing to score: no judgement is asked for either.
        return (
            actual_parsed,
            method,
            Exact::zero(),
            Explanation::new("权重为 0，不计分", "the weight is 0: not scored"),
        );
    }
    match method {
        Method::Judged => {
            let (s, e) = judged(
                c,
                at,
                line,
                w,
                &Explanation::default(),
                submit_check,
                &ind.name,
            );
            (actual_parsed, method, s, e)
        }
        Method::Deadline => {
            let Some((value, Some(on_time))) = &reading else {
                ignored(c);
                return (actual_parsed, method, Exact::zero(), no_actual(unusable));
            };
            let (day, deadline) = (
                value.date.map(|d| d.to_string()).unwrap_or_default(),
                target
                    .date
                    .and_then(|d| d.to_date())
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            );
            if *on_time {
                ignored(c);
                let s = pts(w.round(2));
                return (
                    actual_parsed,
                    method,
                    w.clone(),
                    Explanation::new(
                        format!("{day} 不晚于 {deadline}，按时完成，得满分 {s}"),
                        format!("{day} is not later than {deadline}: on time, full {s}"),
                    ),
                );
            }
            if line.achievement == Some(Achievement::Achieved) {
                c.error(
                    IssueCode::AchievementContradictsActual,
                    format!("{at}/achievement"),
                    format!(
                        "指标“{}”实际完成于 {day}，晚于时限 {deadline}，不能评为“达成”",
                        ind.name
                    ),
                    format!(
                        "indicator {} was finished on {day}, after its deadline {deadline}: it cannot be ACHIEVED",
                        quote(&ind.name)
                    ),
                );
                return (actual_parsed, method, Exact::zero(), Explanation::default());
            }
            let prefix = Explanation::new(
                format!("{day} 晚于 {deadline}；"),
                format!("{day} is later than {deadline}; "),
            );
            let (s, e) = judged(c, at, line, w, &prefix, submit_check, &ind.name);
            (actual_parsed, method, s, e)
        }
        Method::Reach | Method::Reverse | Method::Range => {
            ignored(c);
            let a = match &reading {
                Some((v, _)) if v.kind != ValueKind::Text => v.value,
                _ => None,
            };
            let Some(a) = a else {
                return (actual_parsed, method, Exact::zero(), no_actual(unusable));
            };
            let comparator = target.comparator.unwrap_or(Comparator::Eq);
            let t = scoring::scored_bound(target, &ind.level1, &ind.level2).unwrap_or_default();
            let exact = numeric_score(method, comparator, w, t, a);
            if over_achieved(method, t, a) && target.kind != TargetKind::Deadline {
                c.warning(
                    IssueCode::OverAchieved,
                    format!("{at}/actual"),
                    format!(
                        "指标“{}”实际完成 {} 达到目标 {} 的 1.2 倍及以上，目标设定可能偏低",
                        ind.name,
                        num(a),
                        num(t)
                    ),
                    format!(
                        "indicator {}: {} is 1.2 times the target {} or more; the target may have been set too low",
                        quote(&ind.name),
                        num(a),
                        num(t)
                    ),
                );
            }
            let explanation =
                numeric_explanation(method, comparator, w, t, a, fixed2(exact.round(2)));
            (actual_parsed, method, exact, explanation)
        }
    }
}

/// The explanation of a score of 0 for want of a usable actual value.
pub(super) fn no_actual(unusable: bool) -> Explanation {
    if unusable {
        Explanation::new(
            "实际完成值无法与指标值比较，得 0.00 分",
            "the actual value cannot be compared with the target: 0.00",
        )
    } else {
        Explanation::new(
            "未填写实际完成值，得 0.00 分",
            "no actual value given: 0.00",
        )
    }
}
