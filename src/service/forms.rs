//! The printed forms of a monitoring report (绩效监控表) and of a self-evaluation (项目支出绩效
//! 自评表) as Excel workbooks (SPEC §5.4): the stored document as the item of the flat layouts
//! ([`super::files`]), with the sheet's departments, written by
//! [`crate::exchange::follow_up_form`] under the fund's heading.

use super::evaluation::get_evaluation;
use super::files::{evaluation_item, report_item};
use super::find_sheet;
use super::monitoring::get_report;
use super::reads::ExportFile;
use crate::db::DbConnection;
use crate::domain::sheet::Sheet;
use crate::domain::{Lang, SheetId};
use crate::error::ServiceError;
use crate::exchange::follow_up_form::{
    evaluation_heading, report_heading, write_evaluation_form, write_report_form,
};
use crate::exchange::table::TableItem;
use crate::exchange::XLSX;

/// The item with the sheet's departments (shown as 主管部门).
fn with_departments(mut item: TableItem, sheet: &Sheet) -> TableItem {
    if !sheet.departments.is_empty() {
        item.values
            .insert("departments", sheet.departments.join("、"));
    }
    item
}

/// The report of a sheet for `month` as its printed 绩效监控表, named after the fund, the region
/// and the month; 404 `SHEET_NOT_FOUND` or `REPORT_NOT_FOUND`.
pub fn report_form(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    month: u32,
    lang: Lang,
) -> Result<ExportFile, ServiceError> {
    let report = get_report(conn, sheet_id, month, lang)?;
    let sheet = find_sheet(conn, sheet_id)?;
    let item = with_departments(report_item(&report, &sheet), &sheet);
    let heading = report_heading(Some(&sheet.fund_name), sheet.year);
    Ok(ExportFile {
        body: write_report_form(&item, &heading)?,
        media_type: XLSX,
        stem: format!(
            "{}-{}-1-{month}月绩效监控表",
            sheet.fund_name, sheet.region_name
        ),
        extension: "xlsx",
    })
}

/// The self-evaluation of a sheet as its printed 项目支出绩效自评表, named after the fund and the
/// region; 404 `SHEET_NOT_FOUND` or `EVALUATION_NOT_FOUND`.
pub fn evaluation_form(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    lang: Lang,
) -> Result<ExportFile, ServiceError> {
    let evaluation = get_evaluation(conn, sheet_id, lang)?;
    let sheet = find_sheet(conn, sheet_id)?;
    let item = with_departments(evaluation_item(&evaluation, &sheet), &sheet);
    let heading = evaluation_heading(Some(&sheet.fund_name), sheet.year);
    Ok(ExportFile {
        body: write_evaluation_form(&item, &heading)?,
        media_type: XLSX,
        stem: format!("{}-{}-绩效自评表", sheet.fund_name, sheet.region_name),
        extension: "xlsx",
    })
}
