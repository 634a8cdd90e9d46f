//! The flat layout as CSV: one row per indicator (see [`super::flat::COLUMNS`] for the columns
//! and reading rules).
//!
//! Reading: UTF-8 with or without a BOM; anything else is refused (GBK/GB18030 and UTF-16, the
//! usual "CSV" that Chinese Excel saves, with `ENCODING_UNSUPPORTED` and a message saying to
//! save as "CSV UTF-8"; binary data with `FILE_UNREADABLE`). Comma-separated, RFC 4180 quoting,
//! CRLF or LF line ends, quoted cells may hold line breaks. Locations: `row` is the physical
//! 1-based line where the CSV record starts (the header is line 1), `column` is the header as
//! written in the file (`#N` for a column without a header).
//!
//! Writing: UTF-8 with a BOM (so Excel opens it as UTF-8), the English header, CRLF line ends,
//! cells quoted when needed; a cell starting with `=`, `+`, `-` or `@` gets a leading `'`
//! (formula guard against CSV injection), which the readers remove again.

use super::flat::{guard_formula, rows_of, FlatBuilder, LabelStyle, COLUMNS};
use super::record::{Location, ReadError, ReadOutcome, SheetRecord};
use crate::domain::IssueCode;

pub(crate) const BOM: &[u8] = b"\xEF\xBB\xBF";

fn file_error(code: IssueCode, zh: &str, en: &str) -> ReadOutcome {
    ReadOutcome {
        records: Vec::new(),
        errors: vec![ReadError {
            code,
            record: None,
            location: None,
            message_zh: zh.to_string(),
            message_en: en.to_string(),
        }],
    }
}

/// The text of the file, or the file-level error that refuses it.
fn decode(bytes: &[u8]) -> Result<&str, ReadOutcome> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(file_error(
            IssueCode::EncodingUnsupported,
            "文件是 UTF-16 编码（Excel“Unicode 文本”）；请另存为“CSV UTF-8（逗号分隔）”后再上传",
            "the file is UTF-16 encoded (Excel \"Unicode Text\"); save it as \"CSV UTF-8 (Comma delimited)\" and upload again",
        ));
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(file_error(
            IssueCode::FileUnreadable,
            "这是 Excel 工作簿而不是 CSV 文件；请按 xlsx 上传，或另存为“CSV UTF-8（逗号分隔）”",
            "this is an Excel workbook, not a CSV file; upload it as xlsx or save it as \"CSV UTF-8 (Comma delimited)\"",
        ));
    }
    let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
    match std::str::from_utf8(body) {
        Ok(text) if !text.contains('\0') => Ok(text),
        Ok(_) => Err(file_error(
            IssueCode::FileUnreadable,
            "文件含有二进制数据，不是 CSV 文本",
            "the file contains binary data; it is not CSV text",
        )),
        Err(_) => {
            let gbk = encoding_rs::GBK
                .decode_without_bom_handling_and_without_replacement(body)
                .is_some_and(|t| !t.contains('\0'));
            if gbk {
                Err(file_error(
                    IssueCode::EncodingUnsupported,
                    "文件不是 UTF-8 编码（看起来是 GBK/GB18030，Excel 默认的“CSV（逗号分隔）”）；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再上传",
                    "the file is not UTF-8 (it looks like GBK/GB18030, Excel's default \"CSV (Comma delimited)\" in Chinese locales); save it as \"CSV UTF-8 (Comma delimited)\" and upload again",
                ))
            } else {
                Err(file_error(
                    IssueCode::FileUnreadable,
                    "文件不是 UTF-8 文本，无法读取",
                    "the file is not UTF-8 text and cannot be read",
                ))
            }
        }
    }
}

/// Physical line numbers of record starts. The csv crate's own `line` lags by one after a CRLF
/// (it counts the `\n` when it reads the next record), so lines are counted here from the byte
/// offsets: `\n`, `\r\n` and a lone `\r` each end a line.
struct Lines<'a> {
    text: &'a [u8],
    pos: usize,
    line: u32,
}

impl Lines<'_> {
    /// The line of the record whose position is `record`'s (records come in file order).
    fn of(&mut self, record: &csv::StringRecord) -> u32 {
        let Some(mut start) = record.position().map(|p| p.byte() as usize) else {
            return self.line;
        };
        while matches!(self.text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let start = start.min(self.text.len());
        while self.pos < start {
            match self.text[self.pos] {
                b'\n' => self.line = self.line.saturating_add(1),
                b'\r' if self.text.get(self.pos + 1) != Some(&b'\n') => {
                    self.line = self.line.saturating_add(1)
                }
                _ => {}
            }
            self.pos += 1;
        }
        self.line
    }
}

/// Read a flat CSV file into sheet records.
///
/// Never panics; every problem is a [`ReadError`] in the outcome (file-level ones with
/// `record: None`). An empty file is `FILE_UNREADABLE`; a header without rows gives no records
/// and no errors.
pub fn read_csv(bytes: &[u8]) -> ReadOutcome {
    let text = match decode(bytes) {
        Ok(t) => t,
        Err(outcome) => return outcome,
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut lines = Lines {
        text: text.as_bytes(),
        pos: 0,
        line: 1,
    };
    let mut rows = reader.records();
    let read_failed = |e: csv::Error| {
        let line = e
            .position()
            .map(|p| u32::try_from(p.line()).unwrap_or(u32::MAX));
        ReadError {
            code: IssueCode::FileUnreadable,
            record: None,
            location: line.map(|row| Location {
                row,
                column: String::new(),
            }),
            message_zh: format!("CSV 无法解析：{e}"),
            message_en: format!("the CSV cannot be parsed: {e}"),
        }
    };
    let header = match rows.next() {
        None => {
            return file_error(
                IssueCode::FileUnreadable,
                "文件是空的，没有表头行",
                "the file is empty: there is no header row",
            )
        }
        Some(Err(e)) => {
            return ReadOutcome {
                records: Vec::new(),
                errors: vec![read_failed(e)],
            }
        }
        Some(Ok(h)) => h,
    };
    let header_row = lines.of(&header);
    let header: Vec<String> = header.iter().map(str::to_string).collect();
    let mut builder = match FlatBuilder::from_header(&header, header_row, LabelStyle::HeaderName) {
        Ok(b) => b,
        Err(errors) => {
            return ReadOutcome {
                records: Vec::new(),
                errors,
            }
        }
    };
    let mut cells: Vec<(usize, String)> = Vec::new();
    for row in rows {
        match row {
            Ok(record) => {
                cells.clear();
                cells.extend(record.iter().map(str::to_string).enumerate());
                builder.push_row(lines.of(&record), &cells);
            }
            Err(e) => {
                let mut outcome = builder.finish();
                outcome.errors.push(read_failed(e));
                return outcome;
            }
        }
    }
    builder.finish()
}

/// Reads a CSV file into a grid of rows (their physical line numbers kept), for layouts other
/// than the sheets' ([`super::table`]); the same encodings are refused as by [`read_csv`].
pub fn grid_from_csv(bytes: &[u8]) -> Result<super::Grid, ReadError> {
    let first_error = |outcome: ReadOutcome| {
        outcome.errors.into_iter().next().unwrap_or(ReadError {
            code: IssueCode::FileUnreadable,
            record: None,
            location: None,
            message_zh: "CSV 无法解析".into(),
            message_en: "the CSV cannot be parsed".into(),
        })
    };
    let text = decode(bytes).map_err(first_error)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut lines = Lines {
        text: text.as_bytes(),
        pos: 0,
        line: 1,
    };
    let mut grid = super::Grid::default();
    for record in reader.records() {
        let record = record.map_err(|e| ReadError {
            code: IssueCode::FileUnreadable,
            record: None,
            location: e.position().map(|p| Location {
                row: u32::try_from(p.line()).unwrap_or(u32::MAX),
                column: String::new(),
            }),
            message_zh: format!("CSV 无法解析：{e}"),
            message_en: format!("the CSV cannot be parsed: {e}"),
        })?;
        grid.rows.push(super::GridRow {
            row: lines.of(&record),
            cells: record.iter().map(str::to_string).collect(),
        });
    }
    Ok(grid)
}

/// Quote a CSV cell when it needs it (RFC 4180).
fn push_cell(out: &mut Vec<u8>, value: &str) {
    let needs_quotes =
        value.contains([',', '"', '\r', '\n']) || value.starts_with(' ') || value.ends_with(' ');
    if needs_quotes {
        out.push(b'"');
        out.extend_from_slice(value.replace('"', "\"\"").as_bytes());
        out.push(b'"');
    } else {
        out.extend_from_slice(value.as_bytes());
    }
}

pub(crate) fn push_line<'a>(out: &mut Vec<u8>, cells: impl IntoIterator<Item = &'a str>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push_cell(out, cell);
    }
    out.extend_from_slice(b"\r\n");
}

/// The start of a flat CSV of sheets: BOM and the English header ([`COLUMNS`]).
pub fn csv_head(out: &mut Vec<u8>) {
    out.extend_from_slice(BOM);
    push_line(out, COLUMNS.iter().copied());
}

/// The CSV rows of one record (see [`write_csv`]), `year` in its `year` cell.
pub fn csv_record(record: &SheetRecord, year: Option<i32>, out: &mut Vec<u8>) {
    for row in rows_of(record, year) {
        let guarded: Vec<String> = row.iter().map(|c| guard_formula(c)).collect();
        push_line(out, guarded.iter().map(String::as_str));
    }
}

/// Write sheet records as a flat CSV: BOM, the English header ([`COLUMNS`]), one CRLF-terminated
/// row per indicator (one row with empty indicator cells for a sheet without indicators), the
/// sheet-level values repeated on every row of the sheet ([`csv_head`], then [`csv_record`]
/// for each).
///
/// `year_of` gives the `year` cell of a record (the fund's year, which [`SheetRecord`] does not
/// carry); return `None` to leave it blank, e.g. `&|_| None`. `None` and `Some("")` are both
/// written as an empty cell.
pub fn write_csv(
    records: &[SheetRecord],
    year_of: &dyn Fn(&SheetRecord) -> Option<i32>,
) -> Vec<u8> {
    let mut out = Vec::new();
    csv_head(&mut out);
    for record in records {
        csv_record(record, year_of(record), &mut out);
    }
    out
}
