//! `healthcheck`: exit 0 when the service at `--addr` answers `/readyz` with 200 (for container
//! health checks).

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use super::client::{self, BaseUrl};
use crate::config::Settings;

/// Runs `healthcheck`, waiting `timeout` seconds at most for the answer.
pub fn run(settings: &Settings, timeout: u64) -> ExitCode {
    match healthcheck(settings.addr, Duration::from_secs(timeout.max(1))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("unhealthy: {e}");
            ExitCode::FAILURE
        }
    }
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
