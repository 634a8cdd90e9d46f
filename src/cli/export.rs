//! `export`: sheets as one file (JSON, CSV or Excel) that `import` reads back, from the
//! database at `--database-url` or over HTTP from a running service.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::client::{self, BaseUrl, TRANSFER_TIMEOUT};
use crate::config::Settings;
use crate::exchange::{self, ExportFormat};
use crate::service::reads::{self, SheetQuery};

/// What `export` does.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// The service; `None` reads the database directly.
    pub server: Option<BaseUrl>,
    /// File format.
    pub format: ExportFormat,
    /// Only this fund's sheets.
    pub fund_id: Option<i64>,
    /// Only sheets of funds of this year.
    pub year: Option<i32>,
    /// Only this region's sheets.
    pub region_code: Option<String>,
    /// Where to write; standard output when `None`.
    pub out: Option<PathBuf>,
}

/// Runs `export`.
pub fn run(
    settings: &Settings,
    server: Option<String>,
    format: ExportFormat,
    fund_id: Option<i64>,
    year: Option<i32>,
    region_code: Option<String>,
    out: Option<PathBuf>,
) -> ExitCode {
    let server = match server
        .as_deref()
        .map(|s| BaseUrl::parse(s).map(|b| b.with_token(settings.token.clone())))
        .transpose()
    {
        Ok(s) => s,
        Err(e) => return super::report(Err(e)),
    };
    let opts = ExportOptions {
        server,
        format,
        fund_id,
        year,
        region_code,
        out,
    };
    super::report(export(settings, &opts))
}

/// Exports sheets to a file or standard output.
pub fn export(settings: &Settings, opts: &ExportOptions) -> Result<(), String> {
    let bytes = match &opts.server {
        Some(base) => {
            let mut query = format!("format={}", opts.format.extension());
            if let Some(id) = opts.fund_id {
                query.push_str(&format!("&fund_id={id}"));
            }
            if let Some(year) = opts.year {
                query.push_str(&format!("&year={year}"));
            }
            if let Some(code) = &opts.region_code {
                query.push_str(&format!("&region_code={code}"));
            }
            let res = client::send_raw(
                base,
                "GET",
                &format!("/api/v1/sheets/export?{query}"),
                None,
                &[],
                TRANSFER_TIMEOUT,
            )?;
            if res.status != 200 {
                return Err(format!(
                    "the service answered {}: {}",
                    res.status,
                    String::from_utf8_lossy(&res.body)
                ));
            }
            res.body
        }
        None => {
            let db = crate::startup::open_database_for_command(settings)?;
            let query = SheetQuery {
                fund_id: opts.fund_id.map(crate::domain::FundId::new),
                year: opts.year,
                region_code: opts
                    .region_code
                    .clone()
                    .map(crate::domain::RegionCode::from),
                status: None,
            };
            let mut conn = db.conn().map_err(|e| e.to_string())?;
            let (list, _) = reads::export_sheets(&mut conn, &query).map_err(|e| e.to_string())?;
            exchange::export(&list, opts.format).map_err(|e| e.to_string())?
        }
    };
    match &opts.out {
        Some(path) => std::fs::write(path, &bytes).map_err(|e| format!("{}: {e}", path.display())),
        None => std::io::stdout()
            .lock()
            .write_all(&bytes)
            .map_err(|e| e.to_string()),
    }
}
