//! Reads served as they are stored: lists of sheets and funds, one fund, the regions, the
//! sheets of an export. One place builds the sheet filters of SPEC §2 for every list, export
//! and command.

use std::io::{Seek, SeekFrom};

use super::stream::{sink_failed, FileHead, FileSink};
use crate::db::regions::{self, RegionRow};
use crate::db::sheets::{self, SheetFilter};
use crate::db::{self, funds, DbConnection};
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

/// Sheets read per query by an export.
pub const EXPORT_PAGE: i64 = 200;

/// Every sheet the query names, ordered by id, as one file of `format` (SPEC §2 export) named
/// after the fund and region when the query names them, written into `sink` a page of
/// [`EXPORT_PAGE`] sheets at a time: memory holds a page, whatever the number of sheets.
///
/// Everything is read in one read transaction ([`db::read_tx`]): the file is one picture of
/// the data, however long it takes to send. JSON and CSV begin once the first page is read and
/// are written as the pages are read; Excel is written whole (rows streamed to a temporary
/// file) before it begins, so that a value beyond Excel's limits is still the request's
/// 422 `EXPORT_FAILED`.
pub fn write_export(
    conn: &mut DbConnection,
    query: &SheetQuery,
    format: ExportFormat,
    sink: &mut dyn FileSink,
) -> Result<(), ServiceError> {
    let head = |fund_name: Option<String>| {
        let mut stem = fund_name.unwrap_or_else(|| "sheets".to_string());
        if let Some(code) = &query.region_code {
            stem.push('-');
            stem.push_str(code);
        }
        FileHead {
            media_type: format.media_type(),
            stem,
            extension: format.extension(),
        }
    };
    let fund_name = |conn: &mut DbConnection| -> Result<Option<String>, ServiceError> {
        Ok(match query.fund_id {
            Some(id) => funds::find(conn, id)?.map(|f| f.name),
            None => None,
        })
    };
    if format == ExportFormat::Xlsx {
        let (mut file, name) = db::read_tx(conn, |conn| -> Result<_, ServiceError> {
            let mut book = exchange::xlsx::FlatBook::new()?;
            each_page(conn, query, |page| {
                for sheet in page {
                    book.push(&exchange::record_of(sheet), Some(sheet.year))?;
                }
                Ok(())
            })?;
            let file = tempfile::tempfile().map_err(sink_failed)?;
            Ok((book.finish(file)?, fund_name(conn)?))
        })?;
        sink.begin(&head(name));
        file.seek(SeekFrom::Start(0)).map_err(sink_failed)?;
        std::io::copy(&mut file, sink).map_err(sink_failed)?;
        return sink.flush().map_err(sink_failed);
    }
    db::read_tx(conn, |conn| {
        let head = head(fund_name(conn)?);
        let (mut writer, mut bytes) = exchange::TextExport::start(format);
        each_page(conn, query, |page| {
            // Begun once the first page is read: a failure to read is still the answer.
            sink.begin(&head);
            writer.push(page, &mut bytes)?;
            sink.write_all(&bytes).map_err(sink_failed)?;
            bytes.clear();
            Ok(())
        })?;
        sink.write_all(&writer.end()).map_err(sink_failed)?;
        sink.flush().map_err(sink_failed)
    })
}

/// Calls `f` with each page of the sheets the query names, in order of id.
fn each_page(
    conn: &mut DbConnection,
    query: &SheetQuery,
    mut f: impl FnMut(&[Sheet]) -> Result<(), ServiceError>,
) -> Result<(), ServiceError> {
    let mut after = SheetId::default();
    loop {
        let page = list_sheets(conn, query, after, EXPORT_PAGE)?;
        f(&page)?;
        match page.last() {
            Some(last) if page.len() as i64 == EXPORT_PAGE => after = last.id,
            _ => return Ok(()),
        }
    }
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
