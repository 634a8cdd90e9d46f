//! `export`: sheets, monitoring reports or self-evaluations as one file (JSON, CSV or Excel)
//! that `import` reads back, from the database at `--database-url` or over HTTP from a running
//! service.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::client::{self, BaseUrl, TRANSFER_TIMEOUT};
use super::DocumentKind;
use crate::config::Settings;
use crate::domain::{FundId, Lang, RegionCode};
use crate::exchange::ExportFormat;
use crate::service::evaluation::EvaluationQuery;
use crate::service::follow_up_export;
use crate::service::monitoring::ReportQuery;
use crate::service::reads::{self, SheetQuery};
use crate::service::stream::LazySink;

/// Which documents `export` writes, in which format, and where.
#[derive(Debug, Clone)]
pub struct ExportRequest {
    /// Sheets, reports or evaluations.
    pub kind: DocumentKind,
    /// File format.
    pub format: ExportFormat,
    /// Only this fund's.
    pub fund_id: Option<i64>,
    /// Only those of funds of this year.
    pub year: Option<i32>,
    /// Only this region's.
    pub region_code: Option<String>,
    /// Only reports for this month (monitoring only).
    pub month: Option<u32>,
    /// Where to write; standard output when `None`.
    pub out: Option<PathBuf>,
}

/// What `export` does.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// The service; `None` reads the database directly.
    pub server: Option<BaseUrl>,
    /// What to export and where.
    pub request: ExportRequest,
}

/// Runs `export`.
pub fn run(settings: &Settings, server: Option<String>, request: ExportRequest) -> ExitCode {
    if request.month.is_some() && request.kind != DocumentKind::Monitoring {
        return super::report(Err("--month is only for --kind monitoring".to_string()));
    }
    let server = match server
        .as_deref()
        .map(|s| BaseUrl::parse(s).map(|b| b.with_token(settings.token.clone())))
        .transpose()
    {
        Ok(s) => s,
        Err(e) => return super::report(Err(e)),
    };
    super::report(export(settings, &ExportOptions { server, request }))
}

/// The query string of the service's export.
fn query_string(req: &ExportRequest) -> String {
    let mut query = format!("format={}", req.format.extension());
    if let Some(id) = req.fund_id {
        query.push_str(&format!("&fund_id={id}"));
    }
    if let Some(year) = req.year {
        query.push_str(&format!("&year={year}"));
    }
    if let Some(code) = &req.region_code {
        query.push_str(&format!("&region_code={code}"));
    }
    if let Some(month) = req.month {
        query.push_str(&format!("&month={month}"));
    }
    query
}

/// The file straight from the database into `--out` (or standard output) as it is written,
/// through the export of the service; the file is created once the export begins, so an export
/// refused before leaves none.
fn from_database(settings: &Settings, req: &ExportRequest) -> Result<(), String> {
    let db = crate::startup::open_database_for_command(settings)?;
    let mut conn = db.conn().map_err(|e| e.to_string())?;
    let fund_id = req.fund_id.map(FundId::new);
    let region_code = req.region_code.clone().map(RegionCode::from);
    let open = || -> std::io::Result<Box<dyn Write>> {
        Ok(match &req.out {
            Some(path) => Box::new(std::io::BufWriter::new(
                std::fs::File::create(path).map_err(|e| {
                    std::io::Error::new(e.kind(), format!("{}: {e}", path.display()))
                })?,
            )),
            None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        })
    };
    let mut sink = LazySink::new(open);
    let written = match req.kind {
        DocumentKind::Sheets => {
            let query = SheetQuery {
                fund_id,
                year: req.year,
                region_code,
                status: None,
            };
            reads::write_export(&mut conn, &query, req.format, &mut sink)
        }
        DocumentKind::Monitoring => {
            let query = ReportQuery {
                fund_id,
                year: req.year,
                region_code,
                status: None,
                month: req.month,
            };
            follow_up_export::write_reports(&mut conn, &query, req.format, Lang::Zh, &mut sink)
        }
        DocumentKind::SelfEvaluation => {
            let query = EvaluationQuery {
                fund_id,
                year: req.year,
                region_code,
                status: None,
            };
            follow_up_export::write_evaluations(&mut conn, &query, req.format, Lang::Zh, &mut sink)
        }
    };
    written.map_err(|e| e.to_string())
}

/// Exports sheets, reports or evaluations to a file or standard output.
pub fn export(settings: &Settings, opts: &ExportOptions) -> Result<(), String> {
    let req = &opts.request;
    let Some(base) = &opts.server else {
        return from_database(settings, req);
    };
    let res = client::send_raw(
        base,
        "GET",
        &format!("{}?{}", req.kind.export_path(), query_string(req)),
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
    let bytes = res.body;
    match &req.out {
        Some(path) => std::fs::write(path, &bytes).map_err(|e| format!("{}: {e}", path.display())),
        None => std::io::stdout()
            .lock()
            .write_all(&bytes)
            .map_err(|e| e.to_string()),
    }
}
