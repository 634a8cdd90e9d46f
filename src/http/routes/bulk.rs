//! `POST /sheets/bulk`: many sheets at once, in any of the exchange formats.

use actix_web::http::header::{self, ContentType};
use actix_web::{post, web, HttpMessage, HttpRequest, HttpResponse};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use utoipa::IntoParams;

use crate::domain::TokenId;
use crate::domain::{Issue, IssueCode, Lang};
use crate::error::ServiceError;
use crate::http::auth::{grant, Allowed};
use crate::http::extract::{declared_length, read_body, Query};
use crate::http::metrics::Metrics;
use crate::http::openapi::inputs::{EvaluationBulkItem, ReportBulkItem, SheetBulkItem};
use crate::http::problem::ApiError;
use crate::http::responses::{CsvFile, DocxFile, XlsxFile};
use crate::service::bulk::{
    self, BulkAnswer, BulkError, BulkMode, FollowUpItem, FollowUpKind, IdempotencyKey,
    ImportSummary, FOLLOW_UP_MEDIA_TYPES, MAX_BULK_BYTES, MAX_BULK_ITEMS,
};
use crate::service::Actor;
use crate::service::Store;

/// Query of a bulk upload.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct BulkParams {
    /// `atomic` (default): all or nothing, in one transaction; `partial`: each sheet on its own.
    pub mode: Option<BulkMode>,
    /// `true`: run every check and report the outcomes, save nothing.
    pub dry_run: Option<bool>,
}

use crate::error::ProblemCode as C;
use crate::http::openapi::problems::{OperationProblems, WRITE};
/// The formats a bulk upload accepts, by media type.
use crate::service::bulk::MEDIA_TYPES as BULK_MEDIA_TYPES;

/// 批量上传绩效目标表 (bulk upload)
///
/// Uploads many sheets at once, upserted by their natural key (fund, region) through the same
/// checks as a single save. Funds may be named (`fund_name`, with `year` when the name is not
/// unique) instead of `fund_id`, and regions (`region_name`: full or short name) instead of
/// `region_code`; without either, the region is taken from the department names.
///
/// Bodies: `application/json` (an array of sheet documents, what `GET /sheets` lists is
/// accepted as it is), `application/x-ndjson` (one document per line), `text/csv` and Excel
/// `.xlsx` (one row per indicator: the columns of `GET /sheets/export?format=csv`; a workbook in
/// the printed 附件2 layout is read as a form), or the 附件2 forms
/// themselves: their text form (`text/plain`, UTF-8: cells start with a tab, rows are
/// separated by blank lines) or a Word document (`.docx`, merged cells understood). In forms
/// the fund is named by 专项名称 and the region taken from the department names; issues carry
/// the `row` (line or table row) and `column` (the form's label) they come from. Limits:
/// 32 MiB, 128 MiB unpacked, and 10,000 sheets.
///
/// The answer lists every item with its outcome (`CREATED`, `UPDATED`, `UNCHANGED`: equal to
/// the stored sheet, no new version; `FAILED`) and its issues. An atomic upload with any
/// failed item saves nothing and answers 422 `IMPORT_FAILED` with the summary in the problem
/// body; partial mode and dry runs answer 200. With an `Idempotency-Key`, the first answer is
/// kept 24 hours and returned again for the same key and body without applying anything
/// twice (on any instance); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`.
#[utoipa::path(
    tag = "sheets",
    operation_id = "bulkUploadSheets",
    params(
        BulkParams,
        ("Idempotency-Key" = Option<String>, Header, pattern = "^[!-~]{1,200}$", description = "Any 1–200 visible ASCII characters; a retry with the same key and body returns the first answer; any other value is 400 `INVALID_HEADER`")
    ),
    request_body(content(
        (Vec<SheetBulkItem> = "application/json"),
        (String = "application/x-ndjson"),
        (inline(CsvFile) = "text/csv"),
        (inline(XlsxFile) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (String = "text/plain"),
        (inline(DocxFile) = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    )),
    responses(
        (status = 200, description = "Import summary (partial mode, dry run, or a successful atomic upload)", body = ImportSummary)
    )
)]
#[post("/sheets/bulk")]
pub async fn bulk_upload(
    Allowed(actor, _): Allowed<grant::WriteSheets>,
    req: HttpRequest,
    db: web::Data<Store>,
    lang: Lang,
    params: Query<BulkParams>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    upload(What::Sheets, actor, req, db, lang, params.0, payload).await
}

/// What an upload holds.
#[derive(Debug, Clone, Copy)]
enum What {
    Sheets,
    FollowUp(FollowUpKind),
}

impl What {
    /// The `kind` label of its items in `GET /metrics`.
    fn label(self) -> &'static str {
        match self {
            What::Sheets => "sheets",
            What::FollowUp(FollowUpKind::Monitoring) => "reports",
            What::FollowUp(FollowUpKind::SelfEvaluation) => "evaluations",
        }
    }

    fn media_types(self) -> &'static [&'static str] {
        match self {
            What::Sheets => BULK_MEDIA_TYPES,
            What::FollowUp(_) => FOLLOW_UP_MEDIA_TYPES,
        }
    }
}

/// Items read from an upload, of either kind.
enum Items {
    Sheets(Vec<bulk::BulkItem>),
    FollowUp(FollowUpKind, Vec<FollowUpItem>),
}

/// Every bulk upload: the media type, the limits, the idempotency key, the items read, the run,
/// and the answer (200 with the summary, 422 `IMPORT_FAILED` for a refused atomic upload, the
/// stored answer of a repeated key).
async fn upload(
    what: What,
    actor: Actor,
    req: HttpRequest,
    db: web::Data<Store>,
    lang: Lang,
    params: BulkParams,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let mut payload = payload.into_inner();
    let mode = params.mode.unwrap_or_default();
    let dry_run = params.dry_run.unwrap_or(false);
    let media = media_type(&req, what.media_types())?;
    let declared = declared_length(&req);
    if declared > MAX_BULK_BYTES {
        return Err(ApiError::PayloadTooLarge {
            limit: MAX_BULK_BYTES,
        });
    }
    let key = idempotency_key(&req)?;
    let body = read_body(&mut payload, MAX_BULK_BYTES, declared).await?;
    let key = key.map(|key| IdempotencyKey {
        fingerprint: fingerprint(&req, &media, &body, &actor),
        key,
    });
    let (items, count) = match what {
        What::Sheets => {
            let items = bulk::read_upload(&media, &body, lang)?;
            let n = items.len();
            (Items::Sheets(items), n)
        }
        What::FollowUp(kind) => {
            let items = bulk::read_follow_up_upload(kind, &media, &body, lang)?;
            let n = items.len();
            (Items::FollowUp(kind, items), n)
        }
    };
    // The items hold what the upload says: its bytes are no longer needed.
    drop(body);
    if count > MAX_BULK_ITEMS {
        return Err(ServiceError::UnreadableUpload {
            issues: vec![Issue::error(
                IssueCode::TooManyItems,
                "",
                lang.pick(
                    &format!("一次最多上传 {MAX_BULK_ITEMS} 项，本次 {count} 项"),
                    &format!("at most {MAX_BULK_ITEMS} items per upload; this one has {count}"),
                )
                .to_string(),
            )],
        }
        .into());
    }
    let answer = db
        .run(move |conn| match &items {
            Items::Sheets(items) => bulk::run(
                conn,
                items,
                mode,
                dry_run,
                key.as_ref(),
                &actor,
                lang,
                &|| {},
            ),
            Items::FollowUp(kind, items) => bulk::run_follow_up(
                conn,
                *kind,
                items,
                mode,
                dry_run,
                key.as_ref(),
                &actor,
                lang,
                &|| {},
            ),
        })
        .await;
    if let Some(metrics) = req.app_data::<web::Data<Metrics>>() {
        match &answer {
            Ok(BulkAnswer::Summary(summary)) | Err(BulkError::Rollback(summary)) => {
                metrics.count_bulk(what.label(), summary)
            }
            Ok(BulkAnswer::Replayed(_)) | Err(BulkError::Service(_)) => {}
        }
    }
    match answer {
        Ok(BulkAnswer::Summary(summary)) => Ok(HttpResponse::Ok()
            .content_type(ContentType::json())
            .body(bulk::summary_json(&summary)?)),
        Ok(BulkAnswer::Replayed(replay)) => Ok(HttpResponse::build(
            actix_web::http::StatusCode::from_u16(replay.status)
                .unwrap_or(actix_web::http::StatusCode::OK),
        )
        .insert_header(("Idempotent-Replayed", "true"))
        .content_type(ContentType::json())
        .body(replay.body)),
        Err(BulkError::Rollback(summary)) if summary.dry_run => {
            Ok(HttpResponse::Ok().json(summary))
        }
        Err(BulkError::Rollback(summary)) => Err(ServiceError::ImportFailed {
            failed: summary.failed,
            summary: Box::new(serde_json::to_value(&summary).map_err(ApiError::internal)?),
        }
        .into()),
        Err(BulkError::Service(e)) => Err(e.into()),
    }
}

/// 批量上传绩效监控报告 (bulk upload of monitoring reports)
///
/// Uploads many monitoring reports at once (SPEC §5.4), each created or replaced through the
/// checks of `PUT /sheets/{sheet_id}/monitoring/{month}`. Each report names its sheet by its
/// fund (`fund_id`, or `fund_name` and `year`) and region (`region_code` or `region_name`), or
/// by `sheet_id` alone (beside a fund and region it must be their sheet's: `VALUE_INVALID`
/// otherwise), and its `month`.
///
/// Bodies: `application/json` (an array of report documents; what `GET
/// /monitoring/export` returns is accepted as it is), `application/x-ndjson` (one per line),
/// `text/csv` and Excel `.xlsx` (one row per indicator, the columns of `GET
/// /monitoring/export?format=csv`; indicators named by 一级/二级/三级; choices by their Chinese
/// labels — 确定能, 有可能, 完全不可能; 经费保障、制度保障、人员保障、硬件条件保障、其他 — or their
/// codes; computed columns ignored). Modes, dry runs, `Idempotency-Key`, limits and the answer
/// are those of `POST /sheets/bulk`; an item's `sheet_id` is its sheet's.
#[utoipa::path(
    tag = "monitoring",
    operation_id = "bulkUploadReports",
    params(
        BulkParams,
        ("Idempotency-Key" = Option<String>, Header, pattern = "^[!-~]{1,200}$", description = "Any 1–200 visible ASCII characters; a retry with the same key and body returns the first answer; any other value is 400 `INVALID_HEADER`")
    ),
    request_body(content(
        (Vec<ReportBulkItem> = "application/json"),
        (String = "application/x-ndjson"),
        (inline(CsvFile) = "text/csv"),
        (inline(XlsxFile) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    )),
    responses(
        (status = 200, description = "Import summary (partial mode, dry run, or a successful atomic upload)", body = ImportSummary)
    )
)]
#[post("/monitoring/bulk")]
pub async fn bulk_upload_reports(
    Allowed(actor, _): Allowed<grant::WriteSheets>,
    req: HttpRequest,
    db: web::Data<Store>,
    lang: Lang,
    params: Query<BulkParams>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let what = What::FollowUp(FollowUpKind::Monitoring);
    upload(what, actor, req, db, lang, params.0, payload).await
}

/// 批量上传绩效自评 (bulk upload of self-evaluations)
///
/// Uploads many self-evaluations at once (SPEC §5.4), each created or replaced through the
/// checks of `PUT /sheets/{sheet_id}/self-evaluation`. Each evaluation names its sheet by its
/// fund (`fund_id`, or `fund_name` and `year`) and region (`region_code` or `region_name`), or
/// by `sheet_id` alone (beside a fund and region it must be their sheet's).
///
/// Bodies: `application/json` (an array of evaluation documents; what `GET
/// /self-evaluations/export` returns is accepted as it is), `application/x-ndjson`, `text/csv`
/// and Excel `.xlsx` (one row per indicator, the columns of `GET
/// /self-evaluations/export?format=csv`; indicators named by 一级/二级/三级; 达成情况 as 达成,
/// 部分达成, 未达成 or their codes; computed columns such as 分值 and 得分 ignored). Modes, dry
/// runs, `Idempotency-Key`, limits and the answer are those of `POST /sheets/bulk`.
#[utoipa::path(
    tag = "self-evaluation",
    operation_id = "bulkUploadEvaluations",
    params(
        BulkParams,
        ("Idempotency-Key" = Option<String>, Header, pattern = "^[!-~]{1,200}$", description = "Any 1–200 visible ASCII characters; a retry with the same key and body returns the first answer; any other value is 400 `INVALID_HEADER`")
    ),
    request_body(content(
        (Vec<EvaluationBulkItem> = "application/json"),
        (String = "application/x-ndjson"),
        (inline(CsvFile) = "text/csv"),
        (inline(XlsxFile) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    )),
    responses(
        (status = 200, description = "Import summary (partial mode, dry run, or a successful atomic upload)", body = ImportSummary)
    )
)]
#[post("/self-evaluations/bulk")]
pub async fn bulk_upload_evaluations(
    Allowed(actor, _): Allowed<grant::WriteSheets>,
    req: HttpRequest,
    db: web::Data<Store>,
    lang: Lang,
    params: Query<BulkParams>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let what = What::FollowUp(FollowUpKind::SelfEvaluation);
    upload(what, actor, req, db, lang, params.0, payload).await
}

fn media_type(req: &HttpRequest, accepted: &[&'static str]) -> Result<String, ApiError> {
    let got = req
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let unsupported = || ApiError::UnsupportedMediaType {
        got: got.clone(),
        expected: accepted.to_vec(),
    };
    let mime = req.mime_type().ok().flatten().ok_or_else(unsupported)?;
    let essence = mime.essence_str().to_ascii_lowercase();
    if accepted.contains(&essence.as_str()) {
        Ok(essence)
    } else {
        Err(unsupported())
    }
}

fn idempotency_key(req: &HttpRequest) -> Result<Option<String>, ApiError> {
    let Some(value) = req.headers().get(crate::http::problem::IDEMPOTENCY_KEY) else {
        return Ok(None);
    };
    let key = value.to_str().unwrap_or_default();
    let valid = (1..=200).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic());
    if valid {
        Ok(Some(key.to_string()))
    } else {
        Err(ApiError::InvalidIdempotencyKey)
    }
}

/// What makes two requests "the same" for an idempotency key: the caller's token too, so
/// another token's request with the same key is a different request.
fn fingerprint(req: &HttpRequest, media: &str, body: &[u8], actor: &Actor) -> String {
    let mut hash = Sha256::new();
    let caller = actor.principal.token_id.map_or(0, TokenId::get).to_string();
    for part in [
        caller.as_bytes(),
        req.method().as_str().as_bytes(),
        req.path().as_bytes(),
        req.query_string().as_bytes(),
        media.as_bytes(),
    ] {
        hash.update((part.len() as u64).to_be_bytes());
        hash.update(part);
    }
    hash.update(body);
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The problems each operation of this module can answer, besides those of every operation and
/// of access control ([`crate::http::openapi::problems`]); the tests check every answer against
/// them.
pub const PROBLEMS: &[OperationProblems] = &[
    ("bulkUploadSheets", UPLOAD),
    ("bulkUploadReports", UPLOAD),
    ("bulkUploadEvaluations", UPLOAD),
];

/// What a bulk upload can answer, whatever it holds.
const UPLOAD: &[&[C]] = &[
    WRITE,
    &[
        C::MalformedJson,
        C::InvalidBody,
        C::InvalidHeader,
        C::BadRequest,
        C::Forbidden,
        C::PayloadTooLarge,
        C::UnsupportedMediaType,
        C::ImportFailed,
        C::UnreadableUpload,
        C::IdempotencyKeyReused,
    ],
];
