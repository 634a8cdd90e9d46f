//! Sheets in and out of files: the common record every reader produces, and the readers and
//! writers of each format. Pure code: no actix, no diesel.

pub mod docx;
pub mod form;
pub mod grid_text;
pub mod record;

pub use record::{Grid, GridRow, IndicatorRecord, Location, ReadError, ReadOutcome, SheetRecord};
