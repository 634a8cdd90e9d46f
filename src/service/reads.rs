//! Reads served as they are stored: lists of sheets and funds, one fund, the regions, the
//! sheets of an export. One place builds the sheet filters of SPEC §2 for every list, export
//! and command.

use crate::db::regions::{self, RegionRow};
use crate::db::sheets::{self, SheetFilter};
use crate::db::{funds, DbConnection};
use crate::domain::fund::Fund;
use crate::domain::sheet::{Sheet, SheetStatus};
use crate::domain::{FundId, RegionCode, SheetId};
use crate::error::{Resource, ServiceError};
use crate::exchange;
pub use crate::exchange::ExportFormat;

/// Which sheets a list, an export or the `export` command asks for (SPEC §2 filters).
#[derive(Debug, Clone, Default)]
pub struct SheetQuery {
    /// Sheets of one fund.
    pub fund_id: Option<FundId>,
    /// Sheets of funds of one budget year.
    pub year: Option<i32>,
    /// Sheets of one region.
    pub region_code: Option<RegionCode>,
    /// Sheets in one status.
    pub status: Option<SheetStatus>,
}

impl SheetQuery {
    /// The filter for the sheets with ids above `after_id`, at most `limit` of them.
    fn filter(&self, after_id: SheetId, limit: i64) -> SheetFilter {
        SheetFilter {
            fund_id: self.fund_id,
            year: self.year,
            region_code: self.region_code.clone(),
            status: self.status,
            after_id,
            limit,
            ..SheetFilter::default()
        }
    }
}

/// A page of sheets: ids above `after_id`, at most `limit`, ordered by id.
pub fn list_sheets(
    conn: &mut DbConnection,
    query: &SheetQuery,
    after_id: SheetId,
    limit: i64,
) -> Result<Vec<Sheet>, ServiceError> {
    Ok(sheets::load(conn, &query.filter(after_id, limit))?)
}

/// Every sheet the query names, ordered by id, and the fund's name when it names one fund
/// (for the file name).
pub fn export_sheets(
    conn: &mut DbConnection,
    query: &SheetQuery,
) -> Result<(Vec<Sheet>, Option<String>), ServiceError> {
    let list = sheets::load(conn, &query.filter(SheetId::default(), i64::MAX))?;
    let fund_name = match query.fund_id {
        Some(id) => funds::find(conn, id)?.map(|f| f.name),
        None => None,
    };
    Ok((list, fund_name))
}

/// A page of funds (of one year, when given): ids above `after_id`, at most `limit`.
pub fn list_funds(
    conn: &mut DbConnection,
    year: Option<i32>,
    after_id: FundId,
    limit: i64,
) -> Result<Vec<Fund>, ServiceError> {
    Ok(funds::list(conn, year, after_id, limit)?)
}

/// One fund, or 404 `FUND_NOT_FOUND`.
pub fn find_fund(conn: &mut DbConnection, id: FundId) -> Result<Fund, ServiceError> {
    funds::find(conn, id)?.ok_or_else(|| ServiceError::NotFound {
        resource: Resource::Fund,
        id: id.to_string(),
    })
}

/// Every region, ordered by code.
pub fn list_regions(conn: &mut DbConnection) -> Result<Vec<RegionRow>, ServiceError> {
    Ok(regions::list(conn)?)
}

/// A file to send: its bytes, media type, and the stem and extension of its name.
#[derive(Debug, Clone)]
pub struct ExportFile {
    /// The file's bytes.
    pub body: Vec<u8>,
    /// Its media type.
    pub media_type: &'static str,
    /// Its name without the extension: the fund's name (or `sheets`), then the region code.
    pub stem: String,
    /// Its extension.
    pub extension: &'static str,
}

/// Every sheet the query names as one file of `format` (SPEC §2 export), named after the fund
/// and region when the query names them.
pub fn export_file(
    conn: &mut DbConnection,
    query: &SheetQuery,
    format: ExportFormat,
) -> Result<ExportFile, ServiceError> {
    let (list, fund_name) = export_sheets(conn, query)?;
    let body = exchange::export(&list, format)?;
    let mut stem = fund_name.unwrap_or_else(|| "sheets".to_string());
    if let Some(code) = &query.region_code {
        stem.push('-');
        stem.push_str(code);
    }
    Ok(ExportFile {
        body,
        media_type: format.media_type(),
        stem,
        extension: format.extension(),
    })
}

/// One sheet as its printed 附件2 workbook, named after its fund and region.
pub fn sheet_form(conn: &mut DbConnection, id: SheetId) -> Result<ExportFile, ServiceError> {
    let sheet = super::find_sheet(conn, id)?;
    Ok(ExportFile {
        body: exchange::form_xlsx(&sheet)?,
        media_type: exchange::XLSX,
        stem: format!("{}-{}", sheet.fund_name, sheet.region_name),
        extension: "xlsx",
    })
}
