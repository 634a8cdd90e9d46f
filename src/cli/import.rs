//! `import`: files of sheets, monitoring reports or self-evaluations into the database at
//! `--database-url`, or over HTTP to a running service, each file one bulk upload through the
//! same readers and use cases as the API.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::Value;

use super::client::{self, BaseUrl, TRANSFER_TIMEOUT};
use super::{DocumentKind, ImportMode};
use crate::config::Settings;
use crate::domain::Lang;
use crate::service::bulk::{self, BulkAnswer, BulkError, BulkMode, FollowUpKind};

/// What `import` does.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The files, each one upload.
    pub files: Vec<PathBuf>,
    /// What the files hold.
    pub kind: DocumentKind,
    /// The service; `None` writes to the database directly.
    pub server: Option<BaseUrl>,
    /// Check everything, save nothing.
    pub dry_run: bool,
    /// All or nothing per file, or each item on its own.
    pub mode: BulkMode,
}

/// Runs `import`: exits non-zero when anything failed.
pub fn run(
    settings: &Settings,
    kind: DocumentKind,
    files: Vec<PathBuf>,
    server: Option<String>,
    dry_run: bool,
    mode: ImportMode,
) -> ExitCode {
    let server = match server
        .as_deref()
        .map(|s| BaseUrl::parse(s).map(|b| b.with_token(settings.token.clone())))
        .transpose()
    {
        Ok(s) => s,
        Err(e) => return super::report(Err(e)),
    };
    if server.is_none() {
        crate::telemetry::init(settings.log_format);
    }
    let opts = ImportOptions {
        files,
        kind,
        server,
        dry_run,
        mode: match mode {
            ImportMode::Atomic => BulkMode::Atomic,
            ImportMode::Partial => BulkMode::Partial,
        },
    };
    match import(settings, &opts) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => super::report(Err(e)),
    }
}

fn progress(len: u64) -> ProgressBar {
    if std::io::stderr().is_terminal() {
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}") {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    }
}

/// Imports every file; prints a summary per file (and every failed item with its issues).
/// Returns whether everything was saved (or, for a dry run, would be).
pub fn import(settings: &Settings, opts: &ImportOptions) -> Result<bool, String> {
    // Every file is found and of a known type before anything is written.
    let mut files = Vec::with_capacity(opts.files.len());
    for path in &opts.files {
        let media = media_type(opts.kind, path)?;
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        files.push((path, media, bytes));
    }
    let db = match &opts.server {
        Some(_) => None,
        None => Some(crate::startup::open_database_for_command(settings)?),
    };
    let mut all_ok = true;
    for (path, media, bytes) in files {
        let summary = match (&opts.server, &db) {
            (Some(base), _) => import_over_http(base, opts, media, &bytes)?,
            (None, Some(db)) => import_direct(db, opts, media, &bytes)?,
            (None, None) => return Err("no database and no server".into()),
        };
        all_ok &= print_summary(path, &summary);
    }
    Ok(all_ok)
}

/// The media type of a file of this kind, from its extension; files of a type the kind's upload
/// does not take are refused.
fn media_type(kind: DocumentKind, path: &Path) -> Result<&'static str, String> {
    let media = bulk::media_type_of(path);
    match kind {
        DocumentKind::Sheets => media.ok_or_else(|| {
            format!(
                "{}: unknown file type (expected .json, .ndjson, .jsonl, .csv, .xlsx, .txt or .docx)",
                path.display()
            )
        }),
        DocumentKind::Monitoring | DocumentKind::SelfEvaluation => media
            .filter(|m| bulk::FOLLOW_UP_MEDIA_TYPES.contains(m))
            .ok_or_else(|| {
                format!(
                    "{}: not a file of {} (expected .json, .ndjson, .jsonl, .csv or .xlsx)",
                    path.display(),
                    match kind {
                        DocumentKind::Monitoring => "monitoring reports",
                        _ => "self-evaluations",
                    }
                )
            }),
    }
}

/// The kind of a report or evaluation upload; `None` for sheets.
fn follow_up_kind(kind: DocumentKind) -> Option<FollowUpKind> {
    match kind {
        DocumentKind::Sheets => None,
        DocumentKind::Monitoring => Some(FollowUpKind::Monitoring),
        DocumentKind::SelfEvaluation => Some(FollowUpKind::SelfEvaluation),
    }
}

fn import_direct(
    db: &crate::db::Db,
    opts: &ImportOptions,
    media: &str,
    bytes: &[u8],
) -> Result<Value, String> {
    let actor = crate::service::Actor::system("perf-targets import");
    let mut conn = db.conn().map_err(|e| e.to_string())?;
    let (answer, bar) = match follow_up_kind(opts.kind) {
        None => {
            let items = bulk::read_upload(media, bytes, Lang::Zh).map_err(|e| problem_text(&e))?;
            let bar = progress(items.len() as u64);
            let tick = || bar.inc(1);
            let answer = bulk::run(
                &mut conn,
                &items,
                opts.mode,
                opts.dry_run,
                None,
                &actor,
                Lang::Zh,
                &tick,
            );
            (answer, bar)
        }
        Some(kind) => {
            let items = bulk::read_follow_up_upload(kind, media, bytes, Lang::Zh)
                .map_err(|e| problem_text(&e))?;
            let bar = progress(items.len() as u64);
            let tick = || bar.inc(1);
            let answer = bulk::run_follow_up(
                &mut conn,
                kind,
                &items,
                opts.mode,
                opts.dry_run,
                None,
                &actor,
                Lang::Zh,
                &tick,
            );
            (answer, bar)
        }
    };
    bar.finish_and_clear();
    summary_of(answer)
}

/// The summary of a bulk run, as JSON; a refused upload's problem as text.
fn summary_of(answer: Result<BulkAnswer, BulkError>) -> Result<Value, String> {
    match answer {
        Ok(BulkAnswer::Summary(summary)) => {
            serde_json::to_value(&summary).map_err(|e| e.to_string())
        }
        Ok(BulkAnswer::Replayed(replay)) => {
            serde_json::from_str(&replay.body).map_err(|e| e.to_string())
        }
        Err(BulkError::Rollback(summary)) => {
            serde_json::to_value(&summary).map_err(|e| e.to_string())
        }
        Err(BulkError::Service(e)) => Err(problem_text(&e)),
    }
}

fn problem_text(e: &crate::error::ServiceError) -> String {
    let mut text = format!("{} ({})", e.detail(Lang::Zh), e.code());
    for issue in e.issues(Lang::Zh) {
        text.push_str(&format!("\n  {}: {}", issue.code, issue.message));
    }
    text
}

fn import_over_http(
    base: &BaseUrl,
    opts: &ImportOptions,
    media: &str,
    bytes: &[u8],
) -> Result<Value, String> {
    let mode = match opts.mode {
        BulkMode::Atomic => "atomic",
        BulkMode::Partial => "partial",
    };
    let path = format!(
        "{}?mode={mode}&dry_run={}",
        opts.kind.bulk_path(),
        opts.dry_run
    );
    let bar = progress(1);
    let res = client::send_raw(
        base,
        "POST",
        &path,
        Some((media, bytes)),
        &[],
        TRANSFER_TIMEOUT,
    );
    bar.finish_and_clear();
    let res = res?;
    let body: Value = serde_json::from_slice(&res.body).unwrap_or(Value::Null);
    match res.status {
        200 => Ok(body),
        422 if body["code"] == "IMPORT_FAILED" => Ok(body["summary"].clone()),
        status => Err(format!(
            "the service answered {status}: {}",
            String::from_utf8_lossy(&res.body)
        )),
    }
}

/// Prints one file's summary; true when nothing failed.
fn print_summary(path: &Path, summary: &Value) -> bool {
    let count = |k: &str| summary[k].as_u64().unwrap_or(0);
    let saved = summary["saved"].as_bool().unwrap_or(false);
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{}: {} created, {} updated, {} unchanged, {} failed{}",
        path.display(),
        count("created"),
        count("updated"),
        count("unchanged"),
        count("failed"),
        if saved { "" } else { " (nothing saved)" }
    );
    for item in summary["items"].as_array().into_iter().flatten() {
        if item["outcome"] != "FAILED" {
            continue;
        }
        let mut region = item["key"]["region_code"]
            .as_str()
            .unwrap_or("?")
            .to_string();
        if let Some(month) = item["key"]["month"].as_u64() {
            region.push_str(&format!(" month {month}"));
        }
        for issue in item["issues"].as_array().into_iter().flatten() {
            if issue["severity"] != "ERROR" {
                continue;
            }
            let mut place = String::new();
            if let Some(row) = issue["row"].as_u64() {
                place.push_str(&format!(" row {row}"));
            }
            if let Some(col) = issue["column"].as_str() {
                place.push_str(&format!(" column {col}"));
            }
            let _ = writeln!(
                out,
                "  item {} ({region}){place}: {} {} {}",
                item["index"],
                issue["code"].as_str().unwrap_or_default(),
                issue["path"].as_str().unwrap_or_default(),
                issue["message"].as_str().unwrap_or_default()
            );
        }
    }
    count("failed") == 0
}
