//! Understanding targets and checking sheets without saving: `POST /targets/parse`,
//! `POST /sheets/validate`, `GET /sheets/{sheet_id}/validation`.

use actix_web::{get, post, web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::rules;
use crate::domain::sheet::SheetDocument;
use crate::domain::target::{TargetParsed, MAX_DATE_YEAR, MIN_DATE_YEAR};
use crate::domain::SheetId;
use crate::domain::{Issue, IssueCode, Lang};
use crate::error::ProblemCode as C;
use crate::error::ServiceError;
use crate::http::extract::{JsonBody, NoParams, PathId, Query};
use crate::http::openapi::problems::{OperationProblems, JSON_BODY, PATH_ID};
use crate::http::problem::ApiError;
use crate::service::Store;
use crate::service::{self, Validation};

/// A target value to parse.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"text": "12月底前完成", "year": 2024}))]
pub struct ParseRequest {
    /// The 指标值 as written, e.g. `≥90%`, `10场以上`, `同比增长20%`, `积极`, `12月底前完成`.
    pub text: String,
    /// The year of a deadline that names none (the fund's year), 1900–2100: with `2024`,
    /// `12月底前` reads as `2024-12-31`; without it, as `--12-31`. A year in the text wins.
    #[schema(minimum = 1900, maximum = 2100, example = 2024)]
    pub year: Option<i64>,
}

/// How the service reads a target value.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "text": "10场以上",
    "parsed": {"kind": "QUANTITATIVE", "comparator": "GE", "value": 10, "upper": null,
               "unit": "场", "basis": null, "note": null, "measurable": true, "date": null},
    "issues": []
}))]
pub struct ParseResponse {
    /// The text as sent.
    pub text: String,
    /// The structure (SPEC §1.3); `null` when the text does not parse.
    #[schema(required = true)]
    pub parsed: Option<TargetParsed>,
    /// `TARGET_EMPTY`, `TARGET_MALFORMED` or `TARGET_RANGE_INVERTED` when it does not parse;
    /// `TARGET_NOT_MEASURABLE` (a warning) for a vague target.
    pub issues: Vec<Issue>,
}

/// 解析指标值 (parse a target value)
///
/// Parses one target value (指标值) into its structure: kind, comparator, value, upper bound,
/// unit, basis, deadline date and whether it is measurable. Always 200 for a well-formed
/// request: a target that does not parse is reported in `issues`. `year` fills the year of a
/// deadline that names none.
#[utoipa::path(
    tag = "validation",
    operation_id = "parseTarget",
    request_body = ParseRequest,
    responses((status = 200, description = "The reading", body = ParseResponse))
)]
#[post("/targets/parse")]
pub async fn parse_target(
    lang: Lang,
    _params: Query<NoParams>,
    req: JsonBody<ParseRequest>,
) -> Result<HttpResponse, ApiError> {
    let ParseRequest { text, year } = req.0;
    let year = match year {
        None => None,
        Some(y) => match i32::try_from(y) {
            Ok(y) if (MIN_DATE_YEAR..=MAX_DATE_YEAR).contains(&y) => Some(y),
            _ => return Err(year_out_of_range(y, lang)),
        },
    };
    Ok(HttpResponse::Ok().json(parse_response(text, year, lang)))
}

fn year_out_of_range(year: i64, lang: Lang) -> ApiError {
    ApiError::Service(ServiceError::Validation {
        issues: vec![year_out_of_range_issue(year, lang)],
    })
}

/// The issue of a `year` outside 1900–2100.
pub(crate) fn year_out_of_range_issue(year: i64, lang: Lang) -> Issue {
    let message = lang.pick(
        format!("年份 {year} 应在 {MIN_DATE_YEAR} 至 {MAX_DATE_YEAR} 之间"),
        format!("year {year} must be between {MIN_DATE_YEAR} and {MAX_DATE_YEAR}"),
    );
    Issue::error(IssueCode::YearOutOfRange, "/year", message)
}

/// The answer to `POST /targets/parse`.
pub(crate) fn parse_response(text: String, year: Option<i32>, lang: Lang) -> ParseResponse {
    let (parsed, issues) = rules::read_target(&text, "/text", lang);
    ParseResponse {
        text,
        parsed: match (parsed, year) {
            (Some(p), Some(year)) => Some(p.with_year(year)),
            (parsed, _) => parsed,
        },
        issues,
    }
}

/// Query of `POST /sheets/validate`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ValidateParams {
    /// Check the document as a replacement of this stored sheet (as `PUT` would) rather than
    /// as a new sheet (as `POST` would).
    #[serde(default, deserialize_with = "crate::http::extract::optional_whole")]
    pub sheet_id: Option<i64>,
}

/// 校验绩效目标表，不保存 (validate a sheet document)
///
/// Checks a sheet document with exactly the checks of a real save, cross-sheet ones included
/// (the fund's budget and template, a second sheet for the same fund and region), and saves
/// nothing. `valid` is false when any `ERROR` is listed; a save of the same document would be
/// refused then, with the same issues.
#[utoipa::path(
    tag = "validation",
    operation_id = "validateSheet",
    params(ValidateParams),
    request_body = SheetDocument,
    responses((status = 200, description = "The verdict", body = Validation))
)]
#[post("/sheets/validate")]
pub async fn validate_sheet(
    db: web::Data<Store>,
    lang: Lang,
    params: Query<ValidateParams>,
    doc: JsonBody<SheetDocument>,
) -> Result<HttpResponse, ApiError> {
    let (sheet_id, doc) = (params.0.sheet_id, doc.0);
    let verdict = db
        .run(move |conn| service::validate_document(conn, &doc, sheet_id.map(SheetId::new), lang))
        .await?;
    Ok(HttpResponse::Ok().json(verdict))
}

/// 校验已保存的绩效目标表 (validate a stored sheet)
///
/// Checks a stored sheet against today's rules and its fund's current template.
#[utoipa::path(
    tag = "validation",
    operation_id = "getSheetValidation",
    params(("sheet_id" = i64, Path, description = "Sheet id")),
    responses((status = 200, description = "The verdict", body = Validation))
)]
#[get("/sheets/{sheet_id}/validation")]
pub async fn stored_sheet_validation(
    db: web::Data<Store>,
    lang: Lang,
    id: PathId<SheetId>,
    _params: Query<NoParams>,
) -> Result<HttpResponse, ApiError> {
    let id = id.0;
    let verdict = db
        .run(move |conn| service::validate_stored(conn, id, lang))
        .await?;
    Ok(HttpResponse::Ok().json(verdict))
}

/// The problems each operation of this module can answer, besides those of every operation and
/// of access control ([`crate::http::openapi::problems`]); the tests check every answer against
/// them.
pub const PROBLEMS: &[OperationProblems] = &[
    ("parseTarget", &[JSON_BODY, &[C::ValidationFailed]]),
    ("validateSheet", &[JSON_BODY, &[C::SheetNotFound]]),
    ("getSheetValidation", &[PATH_ID, &[C::SheetNotFound]]),
];
