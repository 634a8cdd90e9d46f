//! The flat layouts of monitoring reports (绩效监控表) and self-evaluations (绩效自评表) in CSV
//! and Excel files (SPEC §5.4): one row per indicator, read and written by the one engine of
//! [`super::table`]. Indicators are named by 一级/二级/三级 in files (the service finds their
//! ids); choices are written with their Chinese labels (确定能, 经费保障、制度保障, 达成, …) and
//! read in either form. Computed columns (rates, outlook, weights, scores) are written for
//! reading and ignored on reading.

use super::table::{Column, Layout, Level};

const fn col(
    key: &'static str,
    zh: &'static str,
    aliases: &'static [&'static str],
    level: Level,
    multiline: bool,
    width: f64,
) -> Column {
    Column {
        key,
        zh,
        aliases,
        level,
        multiline,
        width,
    }
}

/// The fund and region columns every layout starts with.
macro_rules! key_columns {
    () => {
        [
            col("fund_id", "专项资金ID", &[], Level::Key, false, 10.0),
            col(
                "fund_name",
                "专项名称",
                &["专项资金名称"],
                Level::Key,
                false,
                26.0,
            ),
            col("year", "年度", &[], Level::Key, false, 7.0),
            col(
                "region_code",
                "行政区划代码",
                &["区划代码"],
                Level::Key,
                false,
                12.0,
            ),
            col(
                "region_name",
                "地区",
                &["地区名称"],
                Level::Key,
                false,
                10.0,
            ),
        ]
    };
}

/// The indicator columns every layout has: the line's key and (computed) its target.
macro_rules! indicator_columns {
    () => {
        [
            col("level1", "一级指标", &[], Level::Line, false, 11.0),
            col("level2", "二级指标", &[], Level::Line, false, 16.0),
            col("name", "三级指标", &["指标名称"], Level::Line, false, 36.0),
            col(
                "target",
                "年度指标值",
                &["指标值"],
                Level::Computed,
                false,
                14.0,
            ),
        ]
    };
}

const REPORT_COLUMNS: [Column; 24] = {
    let k = key_columns!();
    let i = indicator_columns!();
    [
        k[0],
        k[1],
        k[2],
        k[3],
        k[4],
        col("month", "月份", &["截至月份"], Level::Key, false, 7.0),
        col("status", "状态", &[], Level::Computed, false, 10.0),
        col("budget", "年初预算数", &[], Level::Computed, false, 12.0),
        col(
            "executed_funds",
            "1–N月执行数",
            &["1-N月执行数", "执行数"],
            Level::Item,
            false,
            12.0,
        ),
        col("execution_rate", "执行率", &[], Level::Computed, false, 9.0),
        col(
            "time_progress",
            "序时进度",
            &[],
            Level::Computed,
            false,
            9.0,
        ),
        col(
            "expected_executed_funds",
            "全年预计执行数",
            &[],
            Level::Item,
            false,
            14.0,
        ),
        col(
            "goal_progress",
            "年度总体目标完成情况",
            &[],
            Level::Item,
            true,
            30.0,
        ),
        i[0],
        i[1],
        i[2],
        i[3],
        col(
            "actual",
            "1–N月完成值",
            &["1-N月完成值", "完成值"],
            Level::Line,
            false,
            14.0,
        ),
        col("expected", "全年预计完成值", &[], Level::Line, false, 14.0),
        col(
            "likelihood",
            "完成目标可能性",
            &[],
            Level::Line,
            false,
            12.0,
        ),
        col("outlook", "完成情况预判", &[], Level::Computed, false, 12.0),
        col(
            "deviation_reasons",
            "偏差原因",
            &[],
            Level::Line,
            false,
            20.0,
        ),
        col(
            "deviation_note",
            "偏差原因说明",
            &[],
            Level::Line,
            true,
            30.0,
        ),
        col(
            "measures",
            "完善措施",
            &["纠偏措施"],
            Level::Line,
            true,
            30.0,
        ),
    ]
};

/// The flat layout of monitoring reports: one row per (report, indicator).
///
/// Key: fund (`fund_id`, or `fund_name` and `year`), region (`region_code` or `region_name`)
/// and `month`. Item: `executed_funds` (1–N月执行数, required), `expected_executed_funds`,
/// `goal_progress`. Line: the indicator by `level1`/`level2`/`name`, `actual`, `expected`,
/// `likelihood` (确定能/有可能/完全不可能 or CERTAIN/POSSIBLE/IMPOSSIBLE), `deviation_reasons`
/// (joined with `、`: 经费保障、制度保障、人员保障、硬件条件保障、其他, or the English values),
/// `deviation_note`, `measures`. Computed (ignored on reading): `status`, `budget`,
/// `execution_rate`, `time_progress`, `target`, `outlook`.
pub const REPORTS: Layout = Layout {
    sheet_name: "绩效监控表",
    columns: &REPORT_COLUMNS,
    required: &["month", "executed_funds", "level1", "level2", "name"],
};

const EVALUATION_COLUMNS: [Column; 28] = {
    let k = key_columns!();
    let i = indicator_columns!();
    [
        k[0],
        k[1],
        k[2],
        k[3],
        k[4],
        col("status", "状态", &[], Level::Computed, false, 10.0),
        col("budget", "年初预算数", &[], Level::Computed, false, 12.0),
        col(
            "executed_funds",
            "全年执行数",
            &["执行数"],
            Level::Item,
            false,
            12.0,
        ),
        col("execution_rate", "执行率", &[], Level::Computed, false, 9.0),
        col(
            "budget_weight",
            "预算执行率分值",
            &[],
            Level::Computed,
            false,
            9.0,
        ),
        col(
            "budget_score",
            "预算执行率得分",
            &[],
            Level::Computed,
            false,
            9.0,
        ),
        col(
            "goal_achievement",
            "总体目标实际完成情况",
            &[],
            Level::Item,
            true,
            30.0,
        ),
        col(
            "budget_deviation_analysis",
            "预算执行偏差原因",
            &[],
            Level::Item,
            true,
            30.0,
        ),
        col("total_score", "总分", &[], Level::Computed, false, 8.0),
        col("grade", "等级", &[], Level::Computed, false, 8.0),
        i[0],
        i[1],
        i[2],
        i[3],
        col(
            "actual",
            "实际完成值",
            &["全年实际完成值"],
            Level::Line,
            false,
            14.0,
        ),
        col("achievement", "达成情况", &[], Level::Line, false, 10.0),
        col("score", "评分", &["自评得分"], Level::Line, false, 8.0),
        col("weight", "权重", &[], Level::Line, false, 8.0),
        col("computed_weight", "分值", &[], Level::Computed, false, 8.0),
        col("method", "计分方法", &[], Level::Computed, false, 10.0),
        col("computed_score", "得分", &[], Level::Computed, false, 8.0),
        col("explanation", "计分说明", &[], Level::Computed, true, 30.0),
        col(
            "deviation_analysis",
            "偏差原因分析及改进措施",
            &[],
            Level::Line,
            true,
            36.0,
        ),
    ]
};

/// The flat layout of self-evaluations: one row per (evaluation, indicator).
///
/// Key: fund and region. Item: `executed_funds` (全年执行数, required), `goal_achievement`,
/// `budget_deviation_analysis`. Line: the indicator by `level1`/`level2`/`name`, `actual`,
/// `achievement` (达成/部分达成/未达成 or ACHIEVED/PARTIAL/NOT_ACHIEVED), `score`, `weight`,
/// `deviation_analysis`. Computed (ignored on reading): `status`, `budget`, `execution_rate`,
/// `budget_weight`, `budget_score`, `total_score`, `grade`, `target`, `computed_weight`,
/// `method`, `computed_score`, `explanation`.
pub const EVALUATIONS: Layout = Layout {
    sheet_name: "绩效自评表",
    columns: &EVALUATION_COLUMNS,
    required: &["executed_funds", "level1", "level2", "name"],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_heading_names_one_column() {
        for layout in [REPORTS, EVALUATIONS] {
            for (k, c) in layout.columns.iter().enumerate() {
                assert_eq!(layout.column_of(c.key), Some(k), "{}", c.key);
                assert_eq!(layout.column_of(c.zh), Some(k), "{}", c.zh);
                for a in c.aliases {
                    assert_eq!(layout.column_of(a), Some(k), "{a}");
                }
            }
        }
        assert_eq!(
            REPORTS.column_of("1–N月执行数（万元）"),
            REPORTS.column_of("executed_funds")
        );
        assert_eq!(
            EVALUATIONS.column_of(" 得 分 "),
            EVALUATIONS.column_of("computed_score")
        );
    }
}
