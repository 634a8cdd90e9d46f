//! The command line: `serve` (default), `migrate`, `openapi`, `healthcheck`, `token`,
//! `load-example`, `import`, `export`.

pub mod client;
pub mod transfer;

use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};

use self::client::BaseUrl;
use crate::config::{HttpSettings, Settings};
use crate::db::Db;
use crate::http::auth::AuthMode;

const AFTER_HELP: &str = "\
Environment:
  Every option can also be set by the environment variable shown beside it.
  RUST_LOG sets the log level and filters (default: info), e.g. RUST_LOG=debug or
  RUST_LOG=info,perf_targets=debug.

Examples:
  perf-targets                                  serve on 127.0.0.1:8080 with ./perf-targets.db
  DATABASE_URL=postgres://postgres@127.0.0.1/perf_targets perf-targets serve
  perf-targets openapi > openapi/openapi.json
  perf-targets token create --role SUBMITTER --region 430200 --name 株洲市商务局";

/// perf-targets: budget performance target sheets (预算绩效目标表) over REST/JSON.
#[derive(Debug, Parser)]
#[command(name = "perf-targets", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    /// Settings shared by every command.
    #[command(flatten)]
    pub settings: Settings,

    /// What to do (default: serve).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the HTTP API (the default): migrates the database first.
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Print the OpenAPI document (JSON) on standard output.
    Openapi,
    /// Exit 0 when the service at --addr answers /readyz with 200 (for container health checks).
    Healthcheck {
        /// Seconds to wait for the answer.
        #[arg(long, default_value_t = 3)]
        timeout: u64,
    },
    /// Create, list and revoke API tokens, straight in the database at --database-url.
    Token {
        /// What to do with tokens.
        #[command(subcommand)]
        action: TokenAction,
    },
    /// Load the example data (the thirteen 2024 cross-border e-commerce sheets of Hunan) into a
    /// running service with an ADMIN --token: creates the fund, then one sheet per region; what
    /// exists is left alone.
    LoadExample {
        /// The service (default: the one at --addr).
        #[arg(long)]
        server: Option<String>,
    },
    /// Import sheet files (JSON array, NDJSON, CSV, Excel, the 附件2 forms as .txt or .docx; the
    /// format is taken from the extension), each as one bulk upload: straight into the database at
    /// --database-url, or over HTTP with --server. Prints a summary per file; exits non-zero
    /// when anything failed.
    Import {
        /// The files.
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
        /// Upload to this service (e.g. http://127.0.0.1:8080) instead of the database.
        #[arg(long)]
        server: Option<String>,
        /// Check everything, save nothing.
        #[arg(long)]
        dry_run: bool,
        /// `atomic`: all of a file or nothing; `partial`: each sheet on its own.
        #[arg(long, value_enum, default_value_t = ImportMode::Atomic)]
        mode: ImportMode,
    },
    /// Export sheets as one file (JSON, CSV or Excel) that `import` reads back: from the
    /// database at --database-url, or over HTTP with --server.
    Export {
        /// Read from this service (e.g. http://127.0.0.1:8080) instead of the database.
        #[arg(long)]
        server: Option<String>,
        /// File format.
        #[arg(long, value_enum, default_value_t = crate::exchange::ExportFormat::Json)]
        format: crate::exchange::ExportFormat,
        /// Only sheets of this fund.
        #[arg(long)]
        fund_id: Option<i64>,
        /// Only sheets of funds of this year.
        #[arg(long)]
        year: Option<i32>,
        /// Only sheets of this region (six-digit code).
        #[arg(long)]
        region_code: Option<String>,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        out: Option<std::path::PathBuf>,
    },
}

/// What `token` does.
#[derive(Debug, Subcommand)]
pub enum TokenAction {
    /// Create a token and print it, alone, on standard output (it is shown this once).
    Create {
        /// ADMIN, REVIEWER, SUBMITTER or READER.
        #[arg(long, value_parser = parse_role)]
        role: crate::domain::access::Role,
        /// For SUBMITTER: a region code whose sheets it may write (repeat for several).
        #[arg(long = "region")]
        regions: Vec<String>,
        /// Who holds the token (unique among active tokens); revisions name it as the actor.
        #[arg(long)]
        name: String,
    },
    /// List tokens (never the tokens themselves): id, role, regions, name, and when revoked.
    List,
    /// Revoke a token by its id.
    Revoke {
        /// The token's id (see `token list`).
        id: i64,
    },
}

fn parse_role(s: &str) -> Result<crate::domain::access::Role, String> {
    crate::domain::access::Role::parse(s)
        .ok_or_else(|| format!("unknown role `{s}`; use ADMIN, REVIEWER, SUBMITTER or READER"))
}

/// How `import` saves a file.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ImportMode {
    /// All of a file or nothing.
    Atomic,
    /// Each sheet on its own.
    Partial,
}

/// The example data: one fund and its sheets (`examples/2024-cross-border-ecommerce.json`).
pub const EXAMPLE_JSON: &str = include_str!("../../examples/2024-cross-border-ecommerce.json");

/// July monitoring reports of three example regions (on track, at risk, off track), by region
/// code and indicator name.
pub const EXAMPLE_MONITORING_JSON: &str = include_str!("../../examples/2024-07-monitoring.json");

/// Runs the parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let settings = cli.settings;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            crate::telemetry::init(settings.log_format);
            report(serve(&settings))
        }
        Command::Migrate => {
            crate::telemetry::init(settings.log_format);
            report(migrate(&settings))
        }
        Command::Token { action } => report(token(&settings, action)),
        Command::Openapi => {
            let doc = crate::http::app::openapi_json();
            let mut out = std::io::stdout().lock();
            report(writeln!(out, "{doc}").map_err(|e| e.to_string()))
        }
        Command::Healthcheck { timeout } => {
            match healthcheck(settings.addr, Duration::from_secs(timeout.max(1))) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("unhealthy: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Import {
            files,
            server,
            dry_run,
            mode,
        } => {
            let server = match server
                .as_deref()
                .map(|s| BaseUrl::parse(s).map(|b| b.with_token(settings.token.clone())))
                .transpose()
            {
                Ok(s) => s,
                Err(e) => return report(Err(e)),
            };
            if server.is_none() {
                crate::telemetry::init(settings.log_format);
            }
            let opts = crate::cli::transfer::ImportOptions {
                files,
                server,
                dry_run,
                mode: match mode {
                    ImportMode::Atomic => crate::service::bulk::BulkMode::Atomic,
                    ImportMode::Partial => crate::service::bulk::BulkMode::Partial,
                },
            };
            match crate::cli::transfer::import(&settings, &opts) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::FAILURE,
                Err(e) => report(Err(e)),
            }
        }
        Command::Export {
            server,
            format,
            fund_id,
            year,
            region_code,
            out,
        } => {
            let server = match server
                .as_deref()
                .map(|s| BaseUrl::parse(s).map(|b| b.with_token(settings.token.clone())))
                .transpose()
            {
                Ok(s) => s,
                Err(e) => return report(Err(e)),
            };
            let opts = crate::cli::transfer::ExportOptions {
                server,
                format,
                fund_id,
                year,
                region_code,
                out,
            };
            report(crate::cli::transfer::export(&settings, &opts))
        }
        Command::LoadExample { server } => {
            let base = match server {
                Some(url) => BaseUrl::parse(&url),
                None => Ok(BaseUrl::from_addr(settings.addr)),
            }
            .map(|b| b.with_token(settings.token.clone()));
            match base.and_then(|b| load_example(&b)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("perf-targets: {e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

fn report(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            eprintln!("perf-targets: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Connects to the database and applies migrations, with messages fit for an operator.
pub fn open_database(settings: &Settings) -> Result<Db, String> {
    let db_settings = settings.db_settings().map_err(|e| e.to_string())?;
    open_with(db_settings)
}

/// Opens the database for a one-shot command (`migrate`, `import`, `export`): one or two
/// connections are all it uses.
pub fn open_database_for_command(settings: &Settings) -> Result<Db, String> {
    let mut db_settings = settings.db_settings().map_err(|e| e.to_string())?;
    db_settings.pool_size = db_settings.pool_size.min(2);
    open_with(db_settings)
}

fn open_with(db_settings: crate::db::DbSettings) -> Result<Db, String> {
    tracing::info!(database = %db_settings.url.redacted(), "opening database");
    let db = Db::connect(&db_settings).map_err(|e| e.to_string())?;
    let applied = db.migrate().map_err(|e| e.to_string())?;
    if !applied.is_empty() {
        tracing::info!(migrations = ?applied, "applied migrations");
    }
    let reparsed = db.reparse_targets().map_err(|e| e.to_string())?;
    if reparsed > 0 {
        tracing::info!(
            indicators = reparsed,
            parser_version = crate::domain::target::PARSER_VERSION,
            "parsed stored targets again with the current parser"
        );
    }
    Ok(db)
}

fn migrate(settings: &Settings) -> Result<(), String> {
    open_database_for_command(settings).map(|_| ())
}

fn serve(settings: &Settings) -> Result<(), String> {
    check_auth_mode(settings.auth, settings.addr)?;
    let db = open_database(settings)?;
    let http = HttpSettings::from(settings);
    match settings.auth {
        AuthMode::Disabled => tracing::warn!(
            addr = %settings.addr,
            "access control is DISABLED: every caller acts as an administrator; for local trials only"
        ),
        AuthMode::Enabled => first_admin_token(&db, &settings.admin_token_file)?,
    }
    let system = actix_web::rt::System::new();
    system
        .block_on(crate::http::app::serve(
            settings,
            crate::service::Store::new(db),
            http,
        ))
        .map_err(|e| format!("server error: {e}"))
}

/// `--auth disabled` is for trials on one machine: refused unless `addr` is a loopback address.
pub fn check_auth_mode(mode: AuthMode, addr: SocketAddr) -> Result<(), String> {
    if mode == AuthMode::Disabled && !addr.ip().is_loopback() {
        return Err(format!(
            "--auth disabled is for local trials only and is refused on {addr}, which is not a \
             loopback address; listen on 127.0.0.1, or keep access control enabled"
        ));
    }
    Ok(())
}

/// On an empty database, creates the first ADMIN token and writes it to `path`, readable by its
/// owner only. The token never goes to the log: the log says where the file is, and the token
/// is printed only when standard error is a terminal (a person is watching).
fn first_admin_token(db: &Db, path: &std::path::Path) -> Result<(), String> {
    let mut conn = db.conn().map_err(|e| e.to_string())?;
    let created = crate::db::write_tx(&mut conn, crate::service::tokens::create_first_admin)
        .map_err(|e| format!("creating the first admin token failed: {e}"))?;
    let Some(created) = created else {
        return Ok(());
    };
    write_secret(path, &created.token)
        .map_err(|e| format!("writing the admin token to {}: {e}", path.display()))?;
    tracing::warn!(
        file = %path.display(),
        "the database had no API token: created an ADMIN token named “{}” and wrote it to the file \
         (readable by its owner only); create more with `perf-targets token create --role ... --name ...` \
         or POST /api/v1/tokens",
        created.info.name
    );
    if std::io::stderr().is_terminal() {
        eprintln!(
            "\nAdmin API token (also in {}):\n\n    {}\n",
            path.display(),
            created.token
        );
    }
    Ok(())
}

/// Writes `secret` to a new file only its owner can read (an old file there is replaced).
fn write_secret(path: &std::path::Path, secret: &str) -> std::io::Result<()> {
    let _ = std::fs::remove_file(path);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(secret.as_bytes())?;
    file.write_all(b"\n")?;
    file.sync_all()
}

/// `perf-targets token …`, straight in the database.
fn token(settings: &Settings, action: TokenAction) -> Result<(), String> {
    use crate::service::{tokens, Actor};
    let db = open_database_for_command(settings)?;
    let mut conn = db.conn().map_err(|e| e.to_string())?;
    let problem = |e: crate::error::ServiceError| {
        let issues: Vec<String> = e
            .issues(crate::domain::Lang::En)
            .into_iter()
            .map(|i| format!("{}: {}", i.path, i.message))
            .collect();
        if issues.is_empty() {
            e.to_string()
        } else {
            issues.join("; ")
        }
    };
    match action {
        TokenAction::Create {
            role,
            regions,
            name,
        } => {
            let req = tokens::TokenRequest {
                name: Some(name),
                role: Some(role),
                regions: Some(regions),
            };
            let actor = Actor::system("perf-targets token create");
            let created = crate::db::write_tx(&mut conn, |c| {
                tokens::create(c, &req, &actor, crate::domain::Lang::En)
            })
            .map_err(problem)?;
            say(format_args!("{}", created.token));
            eprintln!(
                "created token {} “{}” ({}); it is shown this once",
                created.info.id,
                created.info.name,
                created.info.role.as_str()
            );
        }
        TokenAction::List => {
            say(format_args!("id\trole\tregions\tname\trevoked_at"));
            let mut after = crate::domain::TokenId::default();
            loop {
                let page = tokens::list(&mut conn, after, 500).map_err(problem)?;
                let Some(last) = page.last() else { break };
                after = last.id;
                for t in &page {
                    say(format_args!(
                        "{}\t{}\t{}\t{}\t{}",
                        t.id,
                        t.role.as_str(),
                        t.regions
                            .iter()
                            .map(|r| r.as_str())
                            .collect::<Vec<_>>()
                            .join(","),
                        t.name,
                        t.revoked_at.map(|r| r.to_rfc3339()).unwrap_or_default()
                    ));
                }
            }
        }
        TokenAction::Revoke { id } => {
            let revoked = crate::db::write_tx(&mut conn, |c| {
                tokens::revoke(c, crate::domain::TokenId::new(id))
            })
            .map_err(problem)?;
            eprintln!("revoked token {} “{}”", revoked.id, revoked.name);
        }
    }
    Ok(())
}

/// Calls `GET /readyz` on `addr` (an unspecified address such as 0.0.0.0 means loopback).
pub fn healthcheck(addr: SocketAddr, timeout: Duration) -> Result<(), String> {
    let res = client::send(&BaseUrl::from_addr(addr), "GET", "/readyz", None, timeout)?;
    if res.status == 200 {
        Ok(())
    } else {
        Err(format!("/readyz answered {}", res.status))
    }
}

/// Prints a progress line; a closed standard output (`| head`) does not stop the work.
fn say(line: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

/// Creates the example fund (or finds it) and posts each example sheet; prints one line each.
pub fn load_example(base: &BaseUrl) -> Result<(), String> {
    use serde_json::Value;
    let timeout = Duration::from_secs(30);
    let example: Value = serde_json::from_str(EXAMPLE_JSON).map_err(|e| e.to_string())?;
    let fund = &example["fund"];
    let res = client::send(
        base,
        "POST",
        "/api/v1/funds",
        Some(&fund.to_string()),
        timeout,
    )?;
    let fund_id = match res.status {
        201 => serde_json::from_str::<Value>(&res.body).map_err(|e| e.to_string())?["id"]
            .as_i64()
            .ok_or("no fund id in the answer")?,
        409 => {
            let year = fund["year"].as_i64().unwrap_or_default();
            let list = client::send(
                base,
                "GET",
                &format!("/api/v1/funds?year={year}&page_size=500"),
                None,
                timeout,
            )?;
            let list: Value = serde_json::from_str(&list.body).map_err(|e| e.to_string())?;
            list["items"]
                .as_array()
                .and_then(|items| items.iter().find(|f| f["name"] == fund["name"]))
                .and_then(|f| f["id"].as_i64())
                .ok_or("the fund exists but could not be found")?
        }
        status => return Err(format!("creating the fund failed ({status}): {}", res.body)),
    };
    say(format_args!(
        "fund {fund_id}: {}",
        fund["name"].as_str().unwrap_or_default()
    ));
    let mut failed = 0;
    for sheet in example["sheets"]
        .as_array()
        .ok_or("no sheets in the example")?
    {
        let mut sheet = sheet.clone();
        sheet["fund_id"] = Value::from(fund_id);
        let region = sheet["region_code"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let res = client::send(
            base,
            "POST",
            "/api/v1/sheets",
            Some(&sheet.to_string()),
            timeout,
        )?;
        let outcome = match res.status {
            201 => "created".to_string(),
            409 => "exists, left as it is".to_string(),
            status => {
                failed += 1;
                format!("failed ({status}): {}", res.body)
            }
        };
        say(format_args!("sheet {region}: {outcome}"));
    }
    if failed > 0 {
        return Err(format!("{failed} sheet(s) failed"));
    }
    load_example_reports(base, fund_id)
}

/// Approves the sheets of the example reports' regions and files their July reports
/// (submitted); a report that exists is left as it is.
fn load_example_reports(base: &BaseUrl, fund_id: i64) -> Result<(), String> {
    use serde_json::{json, Value};
    let timeout = Duration::from_secs(30);
    let call = |method: &str, path: &str, body: Option<&Value>| {
        let body = body.map(Value::to_string);
        client::send(base, method, path, body.as_deref(), timeout)
    };
    let read = |body: &str| serde_json::from_str::<Value>(body).map_err(|e| e.to_string());
    let example: Value = read(EXAMPLE_MONITORING_JSON)?;
    let month = example["month"]
        .as_i64()
        .ok_or("no month in the example reports")?;
    for report in example["reports"].as_array().ok_or("no example reports")? {
        let region = report["region_code"].as_str().unwrap_or_default();
        let list = call(
            "GET",
            &format!("/api/v1/sheets?fund_id={fund_id}&region_code={region}"),
            None,
        )?;
        let list = read(&list.body)?;
        let sheet = list["items"]
            .get(0)
            .ok_or_else(|| format!("no sheet for region {region}"))?;
        let id = sheet["id"].as_i64().ok_or("a sheet without an id")?;
        let mut status = sheet["status"].as_str().unwrap_or_default().to_string();
        for (from, verb) in [
            ("DRAFT", "submit"),
            ("RETURNED", "submit"),
            ("SUBMITTED", "approve"),
        ] {
            if status == from {
                let res = call("POST", &format!("/api/v1/sheets/{id}/{verb}"), None)?;
                if res.status != 200 {
                    return Err(format!(
                        "{verb} sheet {region} failed ({}): {}",
                        res.status, res.body
                    ));
                }
                status = read(&res.body)?["status"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string();
            }
        }
        let path = format!("/api/v1/sheets/{id}/monitoring/{month}");
        if call("GET", &path, None)?.status == 200 {
            say(format_args!(
                "report {region} {month}月: exists, left as it is"
            ));
            continue;
        }
        let ids: std::collections::HashMap<&str, i64> = sheet["indicators"]
            .as_array()
            .map(|list| {
                list.iter()
                    .filter_map(|i| Some((i["name"].as_str()?, i["id"].as_i64()?)))
                    .collect()
            })
            .unwrap_or_default();
        let mut doc = report.clone();
        doc.as_object_mut().map(|o| o.remove("region_code"));
        for line in doc["indicators"].as_array_mut().into_iter().flatten() {
            let name = line["name"].as_str().unwrap_or_default().to_string();
            let id = ids
                .get(name.as_str())
                .ok_or_else(|| format!("sheet {region} has no indicator {name}"))?;
            line["indicator_id"] = json!(id);
            line.as_object_mut().map(|o| o.remove("name"));
        }
        let res = call("PUT", &path, Some(&doc))?;
        if res.status != 201 {
            return Err(format!(
                "report {region} failed ({}): {}",
                res.status, res.body
            ));
        }
        let res = call("POST", &format!("{path}/submit"), None)?;
        if res.status != 200 {
            return Err(format!(
                "submitting report {region} failed ({}): {}",
                res.status, res.body
            ));
        }
        say(format_args!(
            "report {region} {month}月: created and submitted"
        ));
    }
    Ok(())
}
