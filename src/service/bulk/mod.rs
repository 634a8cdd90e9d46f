//! Bulk upload: many sheets at once, upserted by their natural key (fund, region), atomically
//! or each on its own, for real or as a dry run, with an idempotency key so that a retried
//! upload is applied once.
//!
//! Each item is checked by the same rules as a single save
//! ([`crate::service::check_normalized`]), against facts read once for the whole upload; the
//! items that pass are then written together in batches (sheets, indicators, revisions), all in
//! one write transaction.
//!
//! - here: the use case ([`run`]): the modes, the dry run, the idempotency key, the transaction;
//! - `read`: the media types and limits of an upload, and the items read from it ([`BulkItem`],
//!   [`read_upload`]);
//! - `resolve`: fund and region names turned into ids;
//! - `check`: every item checked against facts read once for the whole upload;
//! - `write`: the sheets that passed written in batches, with their revisions;
//! - `summary`: what the answer says of each item ([`ImportSummary`]).

mod check;
mod follow_up;
mod parallel;
mod read;
mod resolve;
mod summary;
mod write;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::{self, idempotency, DbConnection, DbError, Retryable};
use crate::domain::Lang;
use crate::error::ServiceError;
use crate::service::Actor;

pub use follow_up::{
    read_follow_up_upload, run_follow_up, FollowUpItem, FollowUpKind, FOLLOW_UP_MEDIA_TYPES,
};
pub use read::{
    media_type_of, read_upload, BulkItem, DOCX, MAX_BULK_BYTES, MAX_BULK_ITEMS, MAX_UNPACKED_BYTES,
    MEDIA_TYPES, XLSX,
};
pub use summary::{ImportSummary, ItemKey, ItemOutcome, ItemResult};

/// Idempotency keys are kept this many hours.
pub const IDEMPOTENCY_HOURS: i64 = 24;

/// All or nothing, or each sheet on its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum BulkMode {
    /// One transaction: every sheet is saved, or none is (422 with the summary).
    #[default]
    Atomic,
    /// Each sheet on its own: the good ones are saved, the bad ones reported.
    Partial,
}

/// How an upload ends: a summary to answer with, or an error.
#[derive(Debug)]
pub enum BulkError {
    /// Roll back and answer with this summary (a dry run, or a refused atomic upload).
    Rollback(Box<ImportSummary>),
    /// Roll back and answer with this error.
    Service(ServiceError),
}

impl From<DbError> for BulkError {
    fn from(e: DbError) -> Self {
        BulkError::Service(e.into())
    }
}

impl From<diesel::result::Error> for BulkError {
    fn from(e: diesel::result::Error) -> Self {
        BulkError::Service(DbError::from(e).into())
    }
}

impl From<ServiceError> for BulkError {
    fn from(e: ServiceError) -> Self {
        BulkError::Service(e)
    }
}

impl Retryable for BulkError {
    fn is_serialization_failure(&self) -> bool {
        matches!(self, BulkError::Service(e) if e.is_serialization_failure())
    }
}

/// A stored answer to replay for a repeated `Idempotency-Key`.
#[derive(Debug, Clone)]
pub struct Replay {
    /// HTTP status of the first answer.
    pub status: u16,
    /// Its JSON body, byte for byte as first sent ([`summary_json`]).
    pub body: String,
}

/// The JSON body of a summary: what the first answer sends and what a repeated
/// `Idempotency-Key` replays, the same bytes.
pub fn summary_json(summary: &ImportSummary) -> Result<String, ServiceError> {
    serde_json::to_string(summary).map_err(ServiceError::internal)
}

/// What the handler answers.
#[derive(Debug)]
pub enum BulkAnswer {
    /// A fresh summary.
    Summary(Box<ImportSummary>),
    /// The first answer to this idempotency key.
    Replayed(Replay),
}

/// The idempotency key of a request: the key and a fingerprint of what was sent with it.
#[derive(Debug, Clone)]
pub struct IdempotencyKey {
    /// The `Idempotency-Key` header.
    pub key: String,
    /// Fingerprint of method, path, query, content type and body.
    pub fingerprint: String,
}

/// Runs an upload in one write transaction: resolves each item's fund and region, checks every
/// item as a single save would (see `save_all`), writes the items that passed in batches,
/// and rolls everything back for a dry run or a refused atomic upload (in partial mode the
/// failed items are simply not written); `progress` is called after each item is checked. With
/// an idempotency key, a stored answer for the same key and request is returned instead, and a
/// new answer is stored with the writes.
#[allow(clippy::too_many_arguments)]
pub fn run(
    conn: &mut DbConnection,
    items: &[BulkItem],
    mode: BulkMode,
    dry_run: bool,
    key: Option<&IdempotencyKey>,
    actor: &Actor,
    lang: Lang,
    progress: &dyn Fn(),
) -> Result<BulkAnswer, BulkError> {
    let upload = Upload {
        mode,
        dry_run,
        key,
        new_ids: true,
    };
    run_with(conn, &upload, |conn| {
        check::save_all(conn, items, actor, lang, progress)
    })
}

/// How an upload runs: its mode, whether it is a dry run, its idempotency key, and whether an
/// item's `sheet_id` names a sheet the upload creates (so that a rolled-back creation shows
/// none).
pub(crate) struct Upload<'a> {
    mode: BulkMode,
    dry_run: bool,
    key: Option<&'a IdempotencyKey>,
    new_ids: bool,
}

/// The frame of every upload (sheets, reports, evaluations): one write transaction, the stored
/// answer of a repeated idempotency key, the items saved by `save_all` (each checked as a single
/// write would be), the counts, and the rollback of a dry run or a refused atomic upload.
fn run_with(
    conn: &mut DbConnection,
    upload: &Upload<'_>,
    mut save_all: impl FnMut(&mut DbConnection) -> Result<Vec<ItemResult>, BulkError>,
) -> Result<BulkAnswer, BulkError> {
    let Upload {
        mode,
        dry_run,
        key,
        new_ids,
    } = *upload;
    db::write_tx(conn, |conn| {
        if let Some(k) = key {
            idempotency::forget_older_than(conn, IDEMPOTENCY_HOURS)?;
            if let Some(stored) = idempotency::find(conn, &k.key)? {
                if stored.fingerprint != k.fingerprint {
                    return Err(BulkError::Service(ServiceError::IdempotencyKeyReused {
                        key: k.key.clone(),
                    }));
                }
                return Ok(BulkAnswer::Replayed(Replay {
                    status: stored.status as u16,
                    body: stored.response,
                }));
            }
        }
        let mut summary = ImportSummary {
            mode,
            dry_run,
            saved: !dry_run,
            created: 0,
            updated: 0,
            unchanged: 0,
            failed: 0,
            items: Vec::new(),
        };
        for result in save_all(conn)? {
            match result.outcome {
                ItemOutcome::Created => summary.created += 1,
                ItemOutcome::Updated => summary.updated += 1,
                ItemOutcome::Unchanged => summary.unchanged += 1,
                ItemOutcome::Failed => summary.failed += 1,
            }
            summary.items.push(result);
        }
        if dry_run || (mode == BulkMode::Atomic && summary.failed > 0) {
            summary.saved = false;
            // Rolled back: a sheet that would have been created has no id.
            for item in &mut summary.items {
                if new_ids && item.outcome == ItemOutcome::Created {
                    item.sheet_id = None;
                }
            }
            return Err(BulkError::Rollback(Box::new(summary)));
        }
        if let Some(k) = key {
            let body = summary_json(&summary)?;
            match idempotency::store(conn, &k.key, &k.fingerprint, 200, &body) {
                Ok(_) => {}
                // A concurrent upload with the same key committed first: start again, and find
                // its answer.
                Err(diesel::result::Error::DatabaseError(
                    diesel::result::DatabaseErrorKind::UniqueViolation,
                    _,
                )) => return Err(BulkError::Service(ServiceError::TransactionConflict)),
                Err(e) => return Err(e.into()),
            }
        }
        Ok(BulkAnswer::Summary(Box::new(summary)))
    })
}
