//! Sheets in and out of files: the common record every reader produces, and the readers and
//! writers of each format. Pure code: no actix, no diesel.

pub mod record;

pub use record::{IndicatorRecord, Location, ReadError, ReadOutcome, SheetRecord};
