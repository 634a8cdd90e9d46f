//! Writing the flat layout: a text table of one row per indicator, in constant memory, and the checks every written cell passes (Excel's limits).

use super::*;

pub(crate) fn write_failed(e: impl fmt::Display) -> WriteError {
    WriteError {
        code: WriteErrorCode::XlsxWriteFailed,
        message_zh: format!("生成 xlsx 文件失败：{e}"),
        message_en: format!("writing the xlsx file failed: {e}"),
    }
}

/// Refuse a value longer than an Excel cell holds; `what` names it (Chinese, English).
pub(crate) fn check_cell(
    value: &str,
    what: impl FnOnce() -> (String, String),
) -> Result<(), WriteError> {
    let n = value.chars().count();
    if n > MAX_CELL_CHARS {
        let (zh, en) = what();
        return Err(WriteError {
            code: WriteErrorCode::CellTooLong,
            message_zh: format!(
                "{zh}有 {n} 个字符，超过 Excel 单元格 {MAX_CELL_CHARS} 个字符的上限"
            ),
            message_en: format!(
                "{en} has {n} characters, over Excel's limit of {MAX_CELL_CHARS} per cell"
            ),
        });
    }
    Ok(())
}

/// Run a workbook builder (or one step of it), turning a panic inside the writer into an error
/// (the writer panics, for one, when its temporary file cannot be written).
pub(crate) fn build<T>(f: impl FnOnce() -> Result<T, WriteError>) -> Result<T, WriteError> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|_| Err(write_failed("internal error")))
}

/// Column widths of the flat layout, in the order of [`COLUMNS`].
pub(super) const FLAT_WIDTHS: [f64; 14] = [
    10.0, 26.0, 7.0, 12.0, 10.0, 30.0, 10.0, 12.0, 14.0, 30.0, 11.0, 16.0, 40.0, 16.0,
];

/// The error of a table of `count` rows (its header included) over Excel's limit.
pub(crate) fn too_many_rows(count: usize) -> WriteError {
    WriteError {
        code: WriteErrorCode::TooManyRows,
        message_zh: format!("共 {count} 行，超过 Excel 工作表 {MAX_ROWS} 行的上限"),
        message_en: format!("{count} rows, over Excel's limit of {MAX_ROWS} per worksheet"),
    }
}

/// One worksheet of text cells written row by row, in memory that does not grow with the rows:
/// rust_xlsxwriter's constant-memory mode writes each row to a temporary file as the next one
/// starts (strings inline, no shared string table), and [`TextTable::finish`] packs the
/// workbook into any seekable writer (a file, for an export). The layout of every flat export:
/// the header in bold with a thin bottom border, frozen, with an autofilter over the rows;
/// every column formatted as text (`@`) and every value a text cell (blank when empty).
///
/// Limits are reported as they were when the rows were all built first: more rows than a
/// worksheet holds is `TOO_MANY_ROWS` (with the full count, so rows are still counted after
/// the limit), ahead of the first value over a cell's limit (`CELL_TOO_LONG`).
pub(crate) struct TextTable {
    book: Workbook,
    columns: u16,
    /// Data rows pushed (the header not counted).
    rows: usize,
    /// The first value over a cell's limit; nothing more is written after it.
    too_long: Option<WriteError>,
}

impl TextTable {
    /// A workbook with one worksheet `name`, its `headings` written with `widths`.
    pub(crate) fn new(name: &str, headings: &[&str], widths: &[f64]) -> Result<Self, WriteError> {
        build(|| {
            let mut book = Workbook::new();
            let ws = book
                .add_worksheet_with_constant_memory()
                .map_err(write_failed)?;
            ws.set_name(name).map_err(write_failed)?;
            let head = Format::new()
                .set_bold()
                .set_num_format("@")
                .set_border_bottom(FormatBorder::Thin);
            let text = Format::new().set_num_format("@");
            for (c, heading) in headings.iter().enumerate() {
                let col = c as u16;
                ws.set_column_width(col, widths[c]).map_err(write_failed)?;
                ws.set_column_format(col, &text).map_err(write_failed)?;
                ws.write_string_with_format(0, col, *heading, &head)
                    .map_err(write_failed)?;
            }
            Ok(TextTable {
                book,
                columns: headings.len() as u16,
                rows: 0,
                too_long: None,
            })
        })
    }

    /// Appends one row; `what(c)` names the value of column `c` (Chinese, English) for the
    /// message of a value over a cell's limit. Fails only when the writer does.
    pub(crate) fn push(
        &mut self,
        row: &[String],
        what: impl Fn(usize) -> (String, String),
    ) -> Result<(), WriteError> {
        self.rows += 1;
        if self.too_long.is_some() || self.rows + 1 > MAX_ROWS {
            return Ok(());
        }
        for (c, v) in row.iter().enumerate() {
            if let Err(e) = check_cell(v, || what(c)) {
                self.too_long = Some(e);
                return Ok(());
            }
        }
        let r = self.rows as u32;
        build(|| {
            let text = Format::new().set_num_format("@");
            let ws = self.book.worksheet_from_index(0).map_err(write_failed)?;
            for (c, v) in row.iter().enumerate() {
                if !v.is_empty() {
                    ws.write_string_with_format(
                        r,
                        c as u16,
                        crate::exchange::flat::guard_quote(v),
                        &text,
                    )
                    .map_err(write_failed)?;
                }
            }
            Ok(())
        })
    }

    /// The data rows pushed so far.
    pub(crate) fn rows(&self) -> usize {
        self.rows
    }

    /// Freezes the header, sets the autofilter over the rows and writes the workbook to `out`;
    /// or the error of a limit the rows went beyond.
    pub(crate) fn finish<W>(mut self, out: W) -> Result<W, WriteError>
    where
        W: io::Write + io::Seek + Send,
    {
        if self.rows + 1 > MAX_ROWS {
            return Err(too_many_rows(self.rows + 1));
        }
        if let Some(e) = self.too_long.take() {
            return Err(e);
        }
        build(move || {
            let ws = self.book.worksheet_from_index(0).map_err(write_failed)?;
            ws.set_freeze_panes(1, 0).map_err(write_failed)?;
            ws.autofilter(0, 0, self.rows as u32, self.columns - 1)
                .map_err(write_failed)?;
            let mut out = out;
            self.book.save_to_writer(&mut out).map_err(write_failed)?;
            Ok(out)
        })
    }

    /// [`TextTable::finish`] into memory.
    pub(crate) fn finish_to_vec(self) -> Result<Vec<u8>, WriteError> {
        self.finish(Cursor::new(Vec::new())).map(Cursor::into_inner)
    }
}

/// The flat layout's workbook of sheets, written a sheet at a time (see `TextTable`).
pub struct FlatBook {
    table: TextTable,
    /// Sheets written so far (for messages: "sheet 3").
    sheets: usize,
}

impl FlatBook {
    /// An empty workbook: one worksheet `绩效目标表` with the header.
    pub fn new() -> Result<Self, WriteError> {
        Ok(FlatBook {
            table: TextTable::new("绩效目标表", COLUMNS, &FLAT_WIDTHS)?,
            sheets: 0,
        })
    }

    /// Appends the rows of one record, `year` in its `year` cell.
    pub fn push(&mut self, record: &SheetRecord, year: Option<i32>) -> Result<(), WriteError> {
        self.sheets += 1;
        let i = self.sheets;
        for row in rows_of(record, year) {
            self.table.push(&row, |c| {
                (
                    format!("第{i}张表的 {}", COLUMNS[c]),
                    format!("{} of sheet {i}", COLUMNS[c]),
                )
            })?;
        }
        Ok(())
    }

    /// The workbook written to `out` (see `TextTable::finish`).
    pub fn finish<W>(self, out: W) -> Result<W, WriteError>
    where
        W: io::Write + io::Seek + Send,
    {
        self.table.finish(out)
    }
}

/// Write sheet records in the flat layout: one worksheet `绩效目标表`, the English header
/// ([`COLUMNS`]) in bold with the header row frozen and an autofilter, one row per indicator (one
/// row with empty indicator cells for a sheet without indicators), sheet-level values repeated on
/// every row, every value a text cell (blank for `None`). [`FlatBook`] writes the same a sheet
/// at a time.
///
/// `year_of` gives the `year` cell of a record, as for [`crate::exchange::csv_rows::write_csv`]. Fails
/// only beyond Excel's limits (see [`WriteError`]).
pub fn write_xlsx(
    records: &[SheetRecord],
    year_of: &dyn Fn(&SheetRecord) -> Option<i32>,
) -> Result<Vec<u8>, WriteError> {
    // The header and one row per indicator (one for a sheet without any), counted before a
    // row is built.
    let count = 1 + records
        .iter()
        .map(|r| r.indicators.len().max(1))
        .sum::<usize>();
    if count > MAX_ROWS {
        return Err(too_many_rows(count));
    }
    let mut book = FlatBook::new()?;
    for record in records {
        book.push(record, year_of(record))?;
    }
    book.table.finish_to_vec()
}
