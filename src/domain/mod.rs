//! Pure domain code: no actix, no diesel. Taxonomy, money, documents and their checks live here
//! and are unit-tested without a server.

pub mod check;
pub mod fund;
pub mod issue;
pub mod lang;
pub mod money;
pub mod rules;
pub mod sheet;
pub mod target;
pub mod taxonomy;

pub use issue::{Issue, IssueCode, Severity};
pub use lang::Lang;
pub use money::Money;
