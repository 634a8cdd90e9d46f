//! `.docx` documents: the 附件2 forms as Word sends them.
//!
//! [`grids_from_docx`] reads `word/document.xml` (zip + quick-xml, streaming) into one
//! [`Grid`] per form; [`docx_from_grids`] writes a minimal `.docx` from grids (used by tests to
//! produce the seed forms as documents, and usable as an export).
//!
//! Reading, in detail:
//! - Only `word/document.xml` is decompressed. Its declared size and its actual size (read
//!   through a `take()` limit) must not exceed `max_unpacked`; entries that are not read (images
//!   and the like) cannot act as zip bombs and are not checked. The output is also capped at
//!   [`MAX_CELLS`] cells, so a small document cannot expand into a huge grid through
//!   `w:gridSpan`.
//! - Body paragraphs outside tables become rows with one cell (`附件2`, the title, notes);
//!   empty paragraphs are skipped. Each row of an outermost table becomes a row: one cell per
//!   `w:tc`, followed by one empty cell for each further grid column it spans (`w:gridSpan`);
//!   a `w:vMerge` continuation cell (and a legacy `w:hMerge` continuation) is empty; skipped
//!   leading grid columns (`w:gridBefore`) are empty cells. Rows whose cells are all blank are
//!   left out (they still count for the numbering).
//! - A cell's paragraphs are joined with `"\n"`; `w:br`/`w:cr` inside a paragraph is `"\n"`,
//!   `w:tab` is `"\t"`, `w:noBreakHyphen` is `-`; page and column breaks are ignored. A table
//!   nested in a cell adds its paragraphs to that cell.
//! - Deleted text (`w:del`, `w:moveFrom`), old properties of tracked changes (`w:*PrChange`),
//!   drawings, VML pictures, embedded objects and the fallback branch of
//!   `mc:AlternateContent` are skipped. Math text (`m:t`) is kept.
//! - [`GridRow::row`] of a table row is its number counting from 1 over the rows of all
//!   outermost tables of the document; a paragraph gets the number the next table row will
//!   get (so a form's `附件2` line carries the number of the form's first table row).
//! - Forms: a new form starts at each paragraph `附件2` ([`is_form_marker`]); content before
//!   the first one is dropped unless it holds table rows. A document without any `附件2`
//!   paragraph has one form per table (paragraphs go with the table that follows them, those
//!   after the last table with the last).

mod write;

pub use write::*;

use std::io::{Cursor, Read, Write};

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;

use super::form::is_form_marker;
use super::record::{Grid, GridRow, ReadError};
use crate::domain::IssueCode;

/// The most cells (table cells, covered cells and paragraphs) one document may produce.
pub const MAX_CELLS: usize = 200_000;

/// The widest span or `w:gridBefore` honoured (Word allows 63 columns).
const MAX_SPAN: usize = 63;

/// The part that holds the document body.
const DOCUMENT_PART: &str = "word/document.xml";

const W_TRANSITIONAL: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const M_TRANSITIONAL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/math";
const M_STRICT: &str = "http://purl.oclc.org/ooxml/officeDocument/math";
const MC: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// Reads the forms of a `.docx` (see the module documentation).
///
/// Errors (code `FILE_UNREADABLE`, `record: None`): not a zip archive, no
/// `word/document.xml`, that part larger than `max_unpacked` bytes once unpacked (declared or
/// actual), malformed XML, not a WordprocessingML document, or more than [`MAX_CELLS`] cells.
pub fn grids_from_docx(bytes: &[u8], max_unpacked: u64) -> Result<Vec<Grid>, ReadError> {
    let xml = read_part(bytes, DOCUMENT_PART, max_unpacked)?;
    let blocks = parse_document(&xml)?;
    let mut forms = split_forms(blocks);
    for form in &mut forms {
        form.typed_breaks = true;
    }
    Ok(forms)
}

fn unreadable(zh: String, en: String) -> ReadError {
    ReadError {
        code: IssueCode::FileUnreadable,
        record: None,
        location: None,
        message_zh: zh,
        message_en: en,
    }
}

fn too_large(max_unpacked: u64) -> ReadError {
    unreadable(
        format!("文件无法读取：{DOCUMENT_PART} 解压后超过 {max_unpacked} 字节"),
        format!("unreadable file: {DOCUMENT_PART} unpacks to more than {max_unpacked} bytes"),
    )
}

/// Unpacks one part of the archive, refusing more than `max_unpacked` bytes.
fn read_part(bytes: &[u8], name: &str, max_unpacked: u64) -> Result<Vec<u8>, ReadError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|err| {
        unreadable(
            format!("文件无法读取：不是有效的 .docx（zip）文件（{err}）"),
            format!("unreadable file: not a valid .docx (zip) file ({err})"),
        )
    })?;
    let mut file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => {
            return Err(unreadable(
                format!("文件无法读取：缺少 {name}，不是 Word 文档"),
                format!("unreadable file: no {name}; not a Word document"),
            ))
        }
        Err(err) => {
            return Err(unreadable(
                format!("文件无法读取：无法打开 {name}（{err}）"),
                format!("unreadable file: cannot open {name} ({err})"),
            ))
        }
    };
    if file.size() > max_unpacked {
        return Err(too_large(max_unpacked));
    }
    let capacity = usize::try_from(file.size().min(1 << 24)).unwrap_or(0);
    let mut data = Vec::with_capacity(capacity);
    file.by_ref()
        .take(max_unpacked.saturating_add(1))
        .read_to_end(&mut data)
        .map_err(|err| {
            unreadable(
                format!("文件无法读取：{name} 解压失败（{err}）"),
                format!("unreadable file: cannot unpack {name} ({err})"),
            )
        })?;
    if u64::try_from(data.len()).unwrap_or(u64::MAX) > max_unpacked {
        return Err(too_large(max_unpacked));
    }
    Ok(data)
}

/// What the body holds, in order.
#[derive(Debug)]
enum Block {
    /// A paragraph outside tables (non-empty).
    Paragraph(GridRow),
    /// A row of an outermost table; `table` counts the outermost tables from 0.
    TableRow { table: usize, row: GridRow },
}

/// The elements the reader cares about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Document,
    Tbl,
    Tr,
    TrPr,
    Tc,
    TcPr,
    P,
    R,
    Text,
    Other,
}

/// A cell being read.
#[derive(Debug, Default)]
struct CellBuild {
    paragraphs: Vec<String>,
    span: usize,
    covered: bool,
}

#[derive(Debug, Default)]
struct BodyReader {
    blocks: Vec<Block>,
    stack: Vec<Tag>,
    /// Depth inside a skipped subtree (0: not skipping).
    skip: usize,
    table_depth: usize,
    tables: usize,
    rows_seen: u32,
    row: Option<GridRow>,
    cell: Option<CellBuild>,
    paragraph: Option<String>,
    cells: usize,
    saw_document: bool,
}

fn is_w(ns: &ResolveResult) -> bool {
    matches!(ns, ResolveResult::Bound(n) if n.as_ref() == W_TRANSITIONAL || n.as_ref() == W_STRICT)
}

fn is_m(ns: &ResolveResult) -> bool {
    matches!(ns, ResolveResult::Bound(n) if n.as_ref() == M_TRANSITIONAL || n.as_ref() == M_STRICT)
}

fn is_mc(ns: &ResolveResult) -> bool {
    matches!(ns, ResolveResult::Bound(n) if n.as_ref() == MC)
}

/// The value of the attribute with local name `val` (the `w:val` of Word), if any.
fn attribute(element: &BytesStart, local: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .map(|a| a.value.into_owned())
}

fn number(value: Option<String>, default: usize) -> usize {
    value
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(default)
        .min(MAX_SPAN)
}

fn xml_error(err: impl std::fmt::Display) -> ReadError {
    unreadable(
        format!("文件无法读取：{DOCUMENT_PART} 不是合法的 XML（{err}）"),
        format!("unreadable file: {DOCUMENT_PART} is not well-formed XML ({err})"),
    )
}

fn too_many_cells() -> ReadError {
    unreadable(
        format!("文件无法读取：表格超过 {MAX_CELLS} 个单元格"),
        format!("unreadable file: the tables hold more than {MAX_CELLS} cells"),
    )
}

impl BodyReader {
    fn parent(&self) -> Option<Tag> {
        self.stack.last().copied()
    }

    fn count_cells(&mut self, n: usize) -> Result<(), ReadError> {
        self.cells = self.cells.saturating_add(n);
        if self.cells > MAX_CELLS {
            return Err(too_many_cells());
        }
        Ok(())
    }

    fn push_text(&mut self, text: &str) {
        if self.parent() == Some(Tag::Text) {
            if let Some(p) = self.paragraph.as_mut() {
                p.push_str(text);
            }
        }
    }

    fn start(&mut self, ns: &ResolveResult, element: &BytesStart) -> Result<(), ReadError> {
        if self.skip > 0 {
            self.skip += 1;
            return Ok(());
        }
        let local = element.local_name();
        let local = local.as_ref();
        let parent = self.parent();
        let tag = if is_w(ns) {
            match local {
                "document" if self.stack.is_empty() => {
                    self.saw_document = true;
                    Tag::Document
                }
                "del" | "moveFrom" | "drawing" | "pict" | "object" | "pPrChange" | "rPrChange"
                | "tcPrChange" | "trPrChange" | "tblPrChange" | "tblGridChange"
                | "sectPrChange" | "numberingChange" => {
                    self.skip = 1;
                    return Ok(());
                }
                "tbl" => {
                    self.table_depth += 1;
                    Tag::Tbl
                }
                "tr" => {
                    if self.table_depth == 1 {
                        self.rows_seen = self.rows_seen.saturating_add(1);
                        self.row = Some(GridRow {
                            row: self.rows_seen,
                            cells: Vec::new(),
                        });
                    }
                    Tag::Tr
                }
                "trPr" => Tag::TrPr,
                "tc" => {
                    if self.table_depth == 1 {
                        self.cell = Some(CellBuild {
                            span: 1,
                            ..CellBuild::default()
                        });
                    }
                    Tag::Tc
                }
                "tcPr" => Tag::TcPr,
                "p" => {
                    if self.paragraph.is_none() {
                        self.paragraph = Some(String::new());
                    }
                    Tag::P
                }
                "r" => Tag::R,
                "t" => Tag::Text,
                "tab" | "br" | "cr" | "noBreakHyphen" if parent == Some(Tag::R) => {
                    let page = local == "br"
                        && matches!(
                            attribute(element, "type").as_deref(),
                            Some("page" | "column")
                        );
                    let text = match local {
                        "tab" => "\t",
                        "noBreakHyphen" => "-",
                        _ if page => "",
                        _ => "\n",
                    };
                    if let Some(p) = self.paragraph.as_mut() {
                        p.push_str(text);
                    }
                    Tag::Other
                }
                "gridSpan" if parent == Some(Tag::TcPr) && self.table_depth == 1 => {
                    if let Some(cell) = self.cell.as_mut() {
                        cell.span = number(attribute(element, "val"), 1).max(1);
                    }
                    Tag::Other
                }
                "vMerge" | "hMerge" if parent == Some(Tag::TcPr) && self.table_depth == 1 => {
                    let restart = attribute(element, "val").as_deref() == Some("restart");
                    if let Some(cell) = self.cell.as_mut() {
                        cell.covered |= !restart;
                    }
                    Tag::Other
                }
                "gridBefore" if parent == Some(Tag::TrPr) && self.table_depth == 1 => {
                    let n = number(attribute(element, "val"), 0);
                    self.count_cells(n)?;
                    if let Some(row) = self.row.as_mut() {
                        row.cells.extend(std::iter::repeat_n(String::new(), n));
                    }
                    Tag::Other
                }
                _ => Tag::Other,
            }
        } else if is_m(ns) && local == "t" {
            Tag::Text
        } else if is_mc(ns) && local == "Fallback" {
            self.skip = 1;
            return Ok(());
        } else {
            Tag::Other
        };
        self.stack.push(tag);
        Ok(())
    }

    fn end(&mut self) -> Result<(), ReadError> {
        if self.skip > 0 {
            self.skip -= 1;
            return Ok(());
        }
        let Some(tag) = self.stack.pop() else {
            return Ok(());
        };
        match tag {
            Tag::Tbl => {
                if self.table_depth == 1 {
                    self.tables += 1;
                }
                self.table_depth = self.table_depth.saturating_sub(1);
            }
            Tag::Tr if self.table_depth == 1 => {
                if let Some(row) = self.row.take() {
                    if row.cells.iter().any(|c| !c.trim().is_empty()) {
                        self.blocks.push(Block::TableRow {
                            table: self.tables,
                            row,
                        });
                    }
                }
            }
            Tag::Tc if self.table_depth == 1 => {
                if let Some(cell) = self.cell.take() {
                    let text = if cell.covered {
                        String::new()
                    } else {
                        cell.paragraphs.join("\n")
                    };
                    self.count_cells(cell.span)?;
                    if let Some(row) = self.row.as_mut() {
                        row.cells.push(text);
                        row.cells
                            .extend(std::iter::repeat_n(String::new(), cell.span - 1));
                    }
                }
            }
            Tag::P if !self.stack.contains(&Tag::P) => {
                let text = self.paragraph.take().unwrap_or_default();
                if let Some(cell) = self.cell.as_mut() {
                    cell.paragraphs.push(text);
                } else if self.table_depth == 0 && !text.trim().is_empty() {
                    self.count_cells(1)?;
                    self.blocks.push(Block::Paragraph(GridRow {
                        row: self.rows_seen.saturating_add(1),
                        cells: vec![text],
                    }));
                }
            }
            _ => {}
        }
        Ok(())
    }
}

/// Reads the body of `word/document.xml` into blocks.
fn parse_document(xml: &[u8]) -> Result<Vec<Block>, ReadError> {
    let mut reader = NsReader::from_reader(xml);
    let config = reader.config_mut();
    config.expand_empty_elements = true;
    config.trim_text(false);
    config.check_end_names = true;
    let mut body = BodyReader::default();
    loop {
        let (ns, event) = reader.read_resolved_event().map_err(xml_error)?;
        match event {
            Event::Start(element) => body.start(&ns, &element)?,
            Event::End(_) => body.end()?,
            Event::Text(text) if body.skip == 0 => {
                let text = text.xml10_content();
                body.push_text(&text);
            }
            Event::CData(text) if body.skip == 0 => {
                let text = text.xml10_content();
                body.push_text(&text);
            }
            Event::GeneralRef(reference) if body.skip == 0 => {
                let resolved = match reference.resolve_char_ref().map_err(xml_error)? {
                    Some(c) => c,
                    None => match reference.xml10_content().as_ref() {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        other => return Err(xml_error(format!("unknown entity &{other};"))),
                    },
                };
                body.push_text(resolved.encode_utf8(&mut [0; 4]));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !body.saw_document {
        return Err(unreadable(
            format!("文件无法读取：{DOCUMENT_PART} 不是 Word 文档正文"),
            format!("unreadable file: {DOCUMENT_PART} is not a WordprocessingML document"),
        ));
    }
    Ok(body.blocks)
}

/// Groups the blocks into forms (see the module documentation).
fn split_forms(blocks: Vec<Block>) -> Vec<Grid> {
    let any_marker = blocks
        .iter()
        .any(|b| matches!(b, Block::Paragraph(row) if row.cells.iter().any(|c| is_form_marker(c))));
    let mut forms: Vec<Grid> = Vec::new();
    let mut current = Grid::default();
    let mut has_table_rows = false;
    if any_marker {
        let mut opened_by_marker = false;
        for block in blocks {
            match block {
                Block::Paragraph(row) => {
                    if row.cells.iter().any(|c| is_form_marker(c)) {
                        if opened_by_marker || has_table_rows {
                            forms.push(std::mem::take(&mut current));
                        } else {
                            current = Grid::default();
                        }
                        opened_by_marker = true;
                        has_table_rows = false;
                    }
                    current.rows.push(row);
                }
                Block::TableRow { row, .. } => {
                    has_table_rows = true;
                    current.rows.push(row);
                }
            }
        }
        if opened_by_marker || has_table_rows {
            forms.push(current);
        }
    } else {
        let mut last_table = None;
        for block in blocks {
            match block {
                Block::Paragraph(row) => {
                    if has_table_rows {
                        forms.push(std::mem::take(&mut current));
                        has_table_rows = false;
                    }
                    current.rows.push(row);
                }
                Block::TableRow { table, row } => {
                    if has_table_rows && last_table != Some(table) {
                        forms.push(std::mem::take(&mut current));
                    }
                    last_table = Some(table);
                    has_table_rows = true;
                    current.rows.push(row);
                }
            }
        }
        if !current.rows.is_empty() {
            if has_table_rows || forms.is_empty() {
                forms.push(current);
            } else if let Some(last) = forms.last_mut() {
                // Paragraphs after the last table go with it.
                last.rows.extend(current.rows);
            }
        }
    }
    forms
}

#[cfg(test)]
mod tests;
