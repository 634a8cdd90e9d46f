//! perf-targets: a REST/JSON service for budget performance target sheets (预算绩效目标表).
//!
//! Layers, each importing only the ones below it (checked in CI by `scripts/check_layers.py`):
//!
//! - [`cli`]: the commands (`serve`, `migrate`, `token`, `import`, `export`, …), one module
//!   each, and their HTTP client; [`startup`]: the server built from its parts (database, pool,
//!   migrations, application, listener) for `serve` and for the tests alike. The top: they may
//!   use everything.
//! - [`http`]: below the top, the only layer that knows actix: the route table, access control,
//!   middleware, extractors, problem+json rendering, the OpenAPI document and one thin handler
//!   module per resource. It calls [`service`] and [`domain`], never [`db`].
//! - [`service`]: the use cases (save and check a sheet, funds and their summary, the review
//!   cycle, tokens, bulk uploads, reads and exports), each a synchronous function over a
//!   connection; [`service::Store`] runs them off the async workers. No HTTP, no actix.
//! - [`json`]: the strict JSON reader (objects only from objects, exact numbers, JSON Pointer
//!   paths); [`error`]: what can go wrong in a use case, with one code enum, without HTTP.
//! - [`exchange`]: file formats in and out (CSV, Excel, the 附件2 forms); [`db`]: the pool, both
//!   backends, one module of plain query functions per table; [`config`]: every setting.
//! - [`domain`]: pure Rust, no I/O: taxonomy, money, the target grammar, the rules, roles,
//!   the review cycle, revisions.

pub mod cli;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod exchange;
pub mod http;
pub mod json;
pub mod service;
pub mod startup;
pub mod telemetry;
