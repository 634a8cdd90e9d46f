//! Pure domain code: no actix, no diesel. Taxonomy, issues and (later) the target grammar and
//! the rule set live here and are unit-tested without a server.

pub mod issue;
pub mod lang;
pub mod taxonomy;

pub use issue::{Issue, Severity};
pub use lang::Lang;
