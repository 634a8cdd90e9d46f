//! The answer to an upload: what happened to each item, and the counts.

use serde::Serialize;
use utoipa::ToSchema;

use super::BulkMode;
use crate::domain::{FundId, Issue, RegionCode, SheetId};

/// What happened to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ItemOutcome {
    /// A new sheet (or, in a dry run or a refused atomic upload, one would have been created).
    Created,
    /// The stored sheet changed.
    Updated,
    /// The document equals the stored sheet: nothing written, version kept.
    Unchanged,
    /// The item has errors: nothing of it was saved.
    Failed,
}

/// The natural key of an item, as resolved.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct ItemKey {
    /// The fund, when known; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i64>)]
    pub fund_id: Option<FundId>,
    /// The region, when known; absent otherwise.
    #[schema(value_type = Option<String>, example = "430200")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region_code: Option<RegionCode>,
    /// For a monitoring report, its month, when known; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(example = 7)]
    pub month: Option<u32>,
}

/// One item of an import summary.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ItemResult {
    /// 0-based position of the item in the upload.
    pub index: usize,
    /// Its fund and region.
    pub key: ItemKey,
    /// What happened to it.
    pub outcome: ItemOutcome,
    /// The sheet's id, when it exists (or was saved); absent otherwise, also for a sheet a dry
    /// run or a refused atomic upload would have created. For a report or an evaluation, the
    /// sheet it belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i64>)]
    pub sheet_id: Option<SheetId>,
    /// Its errors and warnings; paths are relative to the item, and for CSV, Excel and
    /// documents `row` and `column` say where in the file.
    pub issues: Vec<Issue>,
}

/// The answer to a bulk upload.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ImportSummary {
    /// `atomic` or `partial`.
    pub mode: BulkMode,
    /// True when nothing was to be saved.
    pub dry_run: bool,
    /// True when the outcomes were written (false for a dry run and a refused atomic upload:
    /// the outcomes then say what would have happened).
    pub saved: bool,
    /// Items created.
    pub created: usize,
    /// Items updated.
    pub updated: usize,
    /// Items unchanged.
    pub unchanged: usize,
    /// Items failed.
    pub failed: usize,
    /// One entry per item, in upload order.
    pub items: Vec<ItemResult>,
}
