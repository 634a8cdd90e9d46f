//! Pure domain code: no actix, no diesel. Taxonomy, money, documents and their checks live here
//! and are unit-tested without a server.

pub mod check;
pub mod fund;
pub mod issue;
pub mod lang;
pub mod money;
pub mod sheet;
pub mod taxonomy;

pub use issue::{Issue, Severity};
pub use lang::Lang;
pub use money::Money;
