//! perf-targets: a REST/JSON service for budget performance target sheets (预算绩效目标表).
//!
//! The crate is split the way data flows: [`api`] (thin HTTP handlers) calls [`domain`] (pure
//! rules) and [`db`] (persistence); [`app`] wires routes and middleware; [`error`] says what
//! can go wrong in a use case, without HTTP, and [`api::problem`] turns every failure into one
//! problem+json shape.

pub mod cli;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod exchange;
pub mod http;
pub mod json;
pub mod service;
pub mod telemetry;
