//! The actuals a group sums: the comparable values of the reports of the latest counted month and of the submitted self-evaluations, read once per fund.

use super::*;

/// A comparable actual value of one indicator: from a counted monitoring report (then `met` is
/// not used) or a counted self-evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct Actual {
    /// The sheet.
    pub sheet_id: SheetId,
    /// The indicator.
    pub indicator_id: IndicatorId,
    /// The actual as read against its target.
    pub value: ValueParsed,
    /// Whether it met the target it was compared with.
    pub met: bool,
}

/// An actual read against its target (`None` unless comparable: a number or a date; words are
/// judged, not compared), with whether it met it (§5.1).
pub(super) fn actual_of(
    sheet_id: SheetId,
    indicator_id: IndicatorId,
    value: Option<&ValueParsed>,
    target: Option<&TargetParsed>,
    (level1, level2): (&str, &str),
) -> Option<Actual> {
    let value = value?.clone();
    let met = compare::compare(target?, level1, level2, &value).ok()??;
    Some(Actual {
        sheet_id,
        indicator_id,
        value,
        met,
    })
}

/// The comparable actuals of a monitoring report's computed lines.
pub fn report_actuals(sheet_id: SheetId, figures: &ReportFigures) -> Vec<Actual> {
    figures
        .lines
        .iter()
        .filter_map(|line| {
            actual_of(
                sheet_id,
                line.indicator_id,
                line.actual_parsed.as_ref(),
                line.target_parsed.as_ref(),
                (&line.level1, &line.level2),
            )
        })
        .collect()
}

/// The comparable actuals of a self-evaluation, each read against the target it was scored on
/// (`basis`, frozen at submit).
pub fn evaluation_actuals(
    sheet_id: SheetId,
    basis: &EvaluationBasis,
    figures: &EvaluationFigures,
) -> Vec<Actual> {
    figures
        .lines
        .iter()
        .filter_map(|line| {
            let ind = basis
                .indicators
                .iter()
                .find(|i| i.id == line.indicator_id)?;
            actual_of(
                sheet_id,
                line.indicator_id,
                line.actual_parsed.as_ref(),
                ind.target_parsed.as_ref(),
                (&ind.level1, &ind.level2),
            )
        })
        .collect()
}

/// What the follow-up of the year says: the latest month with counted reports and their
/// actuals, and the counted self-evaluations' actuals.
#[derive(Debug, Clone, Default)]
pub struct FollowUp {
    /// The latest month with counted reports in the fund and the reports' comparable actuals.
    pub monitoring: Option<(u32, Vec<Actual>)>,
    /// The counted evaluations' comparable actuals.
    pub results: Vec<Actual>,
}
