//! `POST /sheets/bulk`: many sheets at once, in any of the exchange formats.

use actix_web::http::header;
use actix_web::{post, web, HttpMessage, HttpRequest, HttpResponse};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use utoipa::IntoParams;

use crate::domain::TokenId;
use crate::domain::{Issue, IssueCode, Lang};
use crate::error::ServiceError;
use crate::http::auth::{grant, Allowed};
use crate::http::extract::{declared_length, read_body, Query};
use crate::http::openapi::inputs::SheetBulkItem;
use crate::http::problem::ApiError;
use crate::http::responses::{CsvFile, DocxFile, XlsxFile};
use crate::service::bulk::{
    self, BulkAnswer, BulkError, BulkMode, IdempotencyKey, ImportSummary, MAX_BULK_BYTES,
    MAX_BULK_ITEMS,
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
    summary = "批量上传绩效目标表 (bulk upload)",
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
    let mut payload = payload.into_inner();
    let mode = params.0.mode.unwrap_or_default();
    let dry_run = params.0.dry_run.unwrap_or(false);
    let media = media_type(&req)?;
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
    let items = bulk::read_upload(&media, &body, lang)?;
    if items.len() > MAX_BULK_ITEMS {
        return Err(ServiceError::UnreadableUpload {
            issues: vec![Issue::error(
                IssueCode::TooManyItems,
                "",
                lang.pick(
                    &format!(
                        "一次最多上传 {MAX_BULK_ITEMS} 张表，本次 {} 张",
                        items.len()
                    ),
                    &format!(
                        "at most {MAX_BULK_ITEMS} sheets per upload; this one has {}",
                        items.len()
                    ),
                )
                .to_string(),
            )],
        }
        .into());
    }
    let answer = db
        .run(move |conn| {
            bulk::run(
                conn,
                &items,
                mode,
                dry_run,
                key.as_ref(),
                &actor,
                lang,
                &|| {},
            )
        })
        .await;
    match answer {
        Ok(BulkAnswer::Summary(summary)) => Ok(HttpResponse::Ok().json(summary)),
        Ok(BulkAnswer::Replayed(replay)) => Ok(HttpResponse::build(
            actix_web::http::StatusCode::from_u16(replay.status)
                .unwrap_or(actix_web::http::StatusCode::OK),
        )
        .insert_header(("Idempotent-Replayed", "true"))
        .json(replay.body)),
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

fn media_type(req: &HttpRequest) -> Result<String, ApiError> {
    let got = req
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let unsupported = || ApiError::UnsupportedMediaType {
        got: got.clone(),
        expected: BULK_MEDIA_TYPES.to_vec(),
    };
    let mime = req.mime_type().ok().flatten().ok_or_else(unsupported)?;
    let essence = mime.essence_str().to_ascii_lowercase();
    if BULK_MEDIA_TYPES.contains(&essence.as_str()) {
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
pub const PROBLEMS: &[OperationProblems] = &[(
    "bulkUploadSheets",
    &[
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
    ],
)];
