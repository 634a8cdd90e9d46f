//! Pure domain code: no actix, no diesel. Taxonomy, money, documents and their checks live here
//! and are unit-tested without a server.

pub mod access;
pub mod check;
pub mod compare;
pub mod evaluation;
pub mod exact;
pub mod fund;
pub mod ids;
pub mod issue;
pub mod lang;
pub mod money;
pub mod monitoring;
pub mod revision;
pub mod rules;
pub mod scoring;
pub mod sheet;
pub mod side_by_side;
pub mod target;
pub mod taxonomy;
pub mod workflow;

pub use ids::{FundId, IndicatorId, NumericId, RegionCode, SheetId, TokenId};
pub use issue::{Issue, IssueCode, Severity};
pub use lang::Lang;
pub use money::Money;
