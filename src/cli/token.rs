//! `token create|list|revoke`: API tokens, straight in the database at `--database-url`.

use std::process::ExitCode;

use super::{say, TokenAction};
use crate::config::Settings;

/// Runs `token`.
pub fn run(settings: &Settings, action: TokenAction) -> ExitCode {
    super::report(token(settings, action))
}

/// `perf-targets token …`, straight in the database.
fn token(settings: &Settings, action: TokenAction) -> Result<(), String> {
    use crate::service::{tokens, Actor};
    let db = crate::startup::open_database_for_command(settings)?;
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
