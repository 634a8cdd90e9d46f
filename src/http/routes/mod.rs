//! Thin HTTP handlers, one module per resource. Each module hands its handlers to
//! [`configure`], which `app` mounts under `/api/v1`.

pub mod bulk;
pub mod evaluation;
pub mod export;
pub mod follow_up_export;
pub mod forms;
pub mod funds;
pub mod health;
pub mod monitoring;
pub mod regions;
pub mod sheets;
pub mod taxonomy;
pub mod tokens;
pub mod validation;
pub mod workflow;

use utoipa_actix_web::service_config::ServiceConfig;

/// Registers every `/api/v1` handler (with `.service`, so each lands in the OpenAPI spec).
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(taxonomy::get_taxonomy)
        .service(regions::list_regions)
        .service(funds::list_funds)
        .service(funds::create_fund)
        .service(funds::get_fund)
        .service(funds::replace_fund)
        .service(funds::patch_fund)
        .service(funds::delete_fund)
        .service(funds::fund_summary)
        .service(validation::parse_target)
        .service(validation::validate_sheet)
        .service(validation::stored_sheet_validation)
        .service(bulk::bulk_upload)
        .service(bulk::bulk_upload_reports)
        .service(bulk::bulk_upload_evaluations)
        .service(export::export_sheets)
        .service(export::export_sheet)
        .service(sheets::list_sheets)
        .service(sheets::create_sheet)
        .service(sheets::get_sheet)
        .service(sheets::replace_sheet)
        .service(sheets::patch_sheet)
        .service(sheets::delete_sheet)
        .service(workflow::submit_sheet)
        .service(workflow::approve_sheet)
        .service(workflow::return_sheet)
        .service(workflow::reopen_sheet)
        .service(workflow::list_revisions)
        .service(workflow::get_revision)
        .service(workflow::diff_revisions)
        .service(monitoring::list_reports)
        .service(monitoring::get_report)
        .service(monitoring::put_report)
        .service(monitoring::delete_report)
        .service(monitoring::validate_report)
        .service(monitoring::submit_report)
        .service(monitoring::approve_report)
        .service(monitoring::return_report)
        .service(monitoring::reopen_report)
        .service(monitoring::list_report_revisions)
        .service(monitoring::get_report_revision)
        .service(monitoring::fund_monitoring)
        .service(follow_up_export::export_reports)
        .service(follow_up_export::export_evaluations)
        .service(forms::export_report_form)
        .service(forms::export_evaluation_form)
        .service(evaluation::get_evaluation)
        .service(evaluation::put_evaluation)
        .service(evaluation::delete_evaluation)
        .service(evaluation::score_evaluation)
        .service(evaluation::submit_evaluation)
        .service(evaluation::approve_evaluation)
        .service(evaluation::return_evaluation)
        .service(evaluation::reopen_evaluation)
        .service(evaluation::list_evaluation_revisions)
        .service(evaluation::get_evaluation_revision)
        .service(evaluation::fund_evaluations)
        .service(tokens::create_token)
        .service(tokens::list_tokens)
        .service(tokens::get_token)
        .service(tokens::revoke_token)
        .service(tokens::who_am_i);
}

/// The problem tables of every handler module, for the OpenAPI document.
pub fn problems() -> Vec<&'static crate::http::openapi::OperationProblems> {
    [
        taxonomy::PROBLEMS,
        regions::PROBLEMS,
        funds::PROBLEMS,
        validation::PROBLEMS,
        bulk::PROBLEMS,
        export::PROBLEMS,
        follow_up_export::PROBLEMS,
        sheets::PROBLEMS,
        workflow::PROBLEMS,
        monitoring::PROBLEMS,
        evaluation::PROBLEMS,
        forms::PROBLEMS,
        tokens::PROBLEMS,
        health::PROBLEMS,
        crate::http::metrics::PROBLEMS,
    ]
    .into_iter()
    .flatten()
    .collect()
}
