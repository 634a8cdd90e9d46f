//! The integration tests, one binary: one module per capability, all sharing [`common`] (the
//! in-process application, fresh databases, and [`db_tests!`], which runs each test on SQLite and
//! on PostgreSQL). One binary links the crate once instead of once per file.
//!
//! A new capability gets a module here, not a new file beside this directory: every file in
//! `tests/` would be a test binary of its own.

#[macro_use]
mod common;

mod backup;
mod bulk;
mod cli;
mod codes;
mod crash;
mod database;
mod errors;
mod example_data;
mod exchange_formats;
mod export;
mod follow_up_bulk;
mod follow_up_files;
mod funds;
mod hostile;
mod identity;
mod instances;
mod metrics;
mod monitoring;
mod openapi;
mod operations;
mod printed_forms;
mod reference;
mod self_evaluation;
mod sheets;
mod shutdown;
mod validation;
mod workflow;
