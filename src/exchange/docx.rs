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

// ---------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------

const CONTENT_TYPES: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
    r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
    r#"<Default Extension="xml" ContentType="application/xml"/>"#,
    r#"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#,
    r#"</Types>"#
);

const PACKAGE_RELS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
    r#"</Relationships>"#
);

const DOCUMENT_RELS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>"#
);

/// Text width of an A4 page with 2.5 cm / 2 cm margins, in twentieths of a point.
const TABLE_WIDTH: usize = 9_000;

/// Writes the forms as a minimal `.docx`: `[Content_Types].xml`, `_rels/.rels`,
/// `word/document.xml` and an empty `word/_rels/document.xml.rels`.
///
/// Per form (each after the first on a new page): rows with one cell are paragraphs (the
/// first, usually `附件2`, as is; the others, such as the title, centred and bold); runs of
/// rows with two or more cells are a table with borders, as many grid columns as its widest
/// row. Merges are made the way Word makes them for the 附件2 form:
/// - horizontally: in a row with fewer cells than the table has columns, the value (last)
///   cell spans to the right edge starting at the middle column, and the first label cell
///   spans the columns left over (`专项名称` over two columns, its value over three);
/// - vertically: an empty cell that is not the last of its row, below a cell of the same
///   columns that has text or is itself merged, continues that cell (`w:vMerge`): the empty
///   `年度金额` cell, the `绩效指标` column, filled-down 一级/二级 labels. The last cell of
///   a row (a value) is never merged, so a blank amount stays blank.
///
/// `"\n"` in a cell starts a new paragraph, `"\t"` is a tab; characters XML cannot carry are
/// dropped. A `Grid` cannot tell a covered cell from a blank one, so a grid read from a
/// `.docx` is written back with its covered cells as separate blank cells.
///
/// Writing to memory does not fail in practice; should the zip library report an error, the
/// result is empty.
pub fn docx_from_grids(forms: &[Grid]) -> Vec<u8> {
    let document = document_xml(forms);
    let parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/document.xml", document.as_str()),
    ];
    zip_parts(&parts).unwrap_or_default()
}

fn zip_parts(parts: &[(&str, &str)]) -> zip::result::ZipResult<Vec<u8>> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in parts {
        writer.start_file(*name, options)?;
        writer.write_all(content.as_bytes())?;
    }
    Ok(writer.finish()?.into_inner())
}

/// One cell as written: grid column, span, text, vertical merge.
#[derive(Debug, Clone)]
struct CellOut<'a> {
    start: usize,
    span: usize,
    text: &'a str,
    merge: Merge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Merge {
    None,
    Restart,
    Continue,
}

fn document_xml(forms: &[Grid]) -> String {
    let mut out = String::new();
    out.push_str(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#);
    out.push('\n');
    out.push_str(r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#);
    for (index, form) in forms.iter().enumerate() {
        let mut page_break = index > 0;
        let mut first_paragraph = true;
        let mut table: Vec<&GridRow> = Vec::new();
        for row in &form.rows {
            if row.cells.len() >= 2 {
                table.push(row);
                continue;
            }
            if !table.is_empty() {
                write_table(&mut out, &table, &mut page_break);
                table.clear();
            }
            let text = row.cells.first().map_or("", String::as_str);
            write_paragraph(&mut out, text, !first_paragraph, page_break);
            page_break = false;
            first_paragraph = false;
        }
        if !table.is_empty() {
            write_table(&mut out, &table, &mut page_break);
        }
    }
    out.push_str(concat!(
        r#"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>"#,
        r#"<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/>"#,
        r#"</w:sectPr></w:body></w:document>"#
    ));
    out
}

/// A body paragraph (heading or note); `title`: centred and bold.
fn write_paragraph(out: &mut String, text: &str, title: bool, page_break: bool) {
    out.push_str("<w:p>");
    if page_break || title {
        out.push_str("<w:pPr>");
        if page_break {
            out.push_str("<w:pageBreakBefore/>");
        }
        if title {
            out.push_str(r#"<w:jc w:val="center"/>"#);
        }
        out.push_str("</w:pPr>");
    }
    let props = if title {
        r#"<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>"#
    } else {
        ""
    };
    write_runs(out, text, props);
    out.push_str("</w:p>");
}

/// The runs of one line of text: `\t` as `w:tab`, `\n` as `w:br`.
fn write_runs(out: &mut String, text: &str, props: &str) {
    if text.is_empty() {
        return;
    }
    out.push_str("<w:r>");
    out.push_str(props);
    let mut pieces = text.split('\t').peekable();
    while let Some(piece) = pieces.next() {
        let mut lines = piece.split('\n').peekable();
        while let Some(line) = lines.next() {
            if !line.is_empty() {
                out.push_str(r#"<w:t xml:space="preserve">"#);
                escape_into(out, line);
                out.push_str("</w:t>");
            }
            if lines.peek().is_some() {
                out.push_str("<w:br/>");
            }
        }
        if pieces.peek().is_some() {
            out.push_str("<w:tab/>");
        }
    }
    out.push_str("</w:r>");
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Characters XML 1.0 cannot carry.
            '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\r' => {}
            '\u{fffe}' | '\u{ffff}' => {}
            _ => out.push(c),
        }
    }
}

/// Lays out one row of `n` cells over `columns` grid columns: (start, span) per cell.
fn layout(n: usize, columns: usize) -> Vec<(usize, usize)> {
    if n == 0 {
        return Vec::new();
    }
    if n >= columns {
        return (0..n).map(|i| (i, 1)).collect();
    }
    let labels = n - 1;
    let value_start = (columns / 2).max(labels);
    let first_span = (value_start + 1).saturating_sub(labels).max(1);
    let mut cells = Vec::with_capacity(n);
    let mut start = 0;
    for i in 0..labels {
        let span = if i == 0 { first_span } else { 1 };
        cells.push((start, span));
        start += span;
    }
    cells.push((start, columns.saturating_sub(start).max(1)));
    cells
}

fn write_table(out: &mut String, rows: &[&GridRow], page_break: &mut bool) {
    if *page_break {
        out.push_str(r#"<w:p><w:pPr><w:pageBreakBefore/></w:pPr></w:p>"#);
        *page_break = false;
    }
    let columns = rows.iter().map(|r| r.cells.len()).max().unwrap_or(1).max(1);
    let width = TABLE_WIDTH / columns;

    // Lay out every row, then decide the vertical merges.
    let mut laid: Vec<Vec<CellOut>> = rows
        .iter()
        .map(|row| {
            layout(row.cells.len(), columns)
                .into_iter()
                .zip(&row.cells)
                .map(|((start, span), text)| CellOut {
                    start,
                    span,
                    text,
                    merge: Merge::None,
                })
                .collect()
        })
        .collect();
    for r in 1..laid.len() {
        let (above, below) = laid.split_at_mut(r);
        let (Some(above), Some(row)) = (above.last_mut(), below.first_mut()) else {
            continue;
        };
        let last = row.len().saturating_sub(1);
        for (i, cell) in row.iter_mut().enumerate() {
            if i == last || !cell.text.trim().is_empty() {
                continue;
            }
            let top = above
                .iter_mut()
                .find(|a| a.start == cell.start && a.span == cell.span);
            if let Some(top) = top {
                if top.merge == Merge::Continue || !top.text.trim().is_empty() {
                    if top.merge == Merge::None {
                        top.merge = Merge::Restart;
                    }
                    cell.merge = Merge::Continue;
                }
            }
        }
    }

    out.push_str("<w:tbl><w:tblPr>");
    out.push_str(&format!(r#"<w:tblW w:w="{TABLE_WIDTH}" w:type="dxa"/>"#));
    out.push_str(r#"<w:jc w:val="center"/><w:tblBorders>"#);
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        out.push_str(&format!(
            r#"<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#
        ));
    }
    out.push_str(r#"</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>"#);
    for _ in 0..columns {
        out.push_str(&format!(r#"<w:gridCol w:w="{width}"/>"#));
    }
    out.push_str("</w:tblGrid>");
    for row in &laid {
        out.push_str("<w:tr>");
        for cell in row {
            out.push_str("<w:tc><w:tcPr>");
            out.push_str(&format!(
                r#"<w:tcW w:w="{}" w:type="dxa"/>"#,
                width * cell.span
            ));
            if cell.span > 1 {
                out.push_str(&format!(r#"<w:gridSpan w:val="{}"/>"#, cell.span));
            }
            match cell.merge {
                Merge::Restart => out.push_str(r#"<w:vMerge w:val="restart"/>"#),
                Merge::Continue => out.push_str("<w:vMerge/>"),
                Merge::None => {}
            }
            out.push_str(r#"<w:vAlign w:val="center"/></w:tcPr>"#);
            let text = if cell.merge == Merge::Continue {
                ""
            } else {
                cell.text
            };
            for line in text.split('\n') {
                out.push_str("<w:p>");
                write_runs(out, line, "");
                out.push_str("</w:p>");
            }
            out.push_str("</w:tc>");
        }
        out.push_str("</w:tr>");
    }
    // Word keeps a paragraph between tables; without it two tables would run together.
    out.push_str("</w:tbl><w:p/>");
}

#[cfg(test)]
mod tests {
    use super::super::form::read_forms;
    use super::super::grid_text::grids_from_text;
    use super::super::record::SheetRecord;
    use super::*;

    use super::super::grid_text::tests::{SEED_JSON, SEED_TEXT};

    const LIMIT: u64 = 20 << 20;

    fn seed_grids() -> Vec<Grid> {
        grids_from_text(&std::fs::read_to_string(SEED_TEXT).expect("seed text form"))
    }

    fn without_locations(records: &[SheetRecord]) -> Vec<SheetRecord> {
        records
            .iter()
            .cloned()
            .map(|mut r| {
                r.locations.clear();
                r
            })
            .collect()
    }

    fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, content) in parts {
            writer.start_file(*name, options).unwrap();
            writer.write_all(content).unwrap();
        }
        writer.finish().unwrap().into_inner()
    }

    fn body(inner: &str) -> Vec<u8> {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{inner}</w:body></w:document>"#
        )
        .into_bytes()
    }

    fn cells(grid: &Grid) -> Vec<(u32, Vec<&str>)> {
        grid.rows
            .iter()
            .map(|r| (r.row, r.cells.iter().map(String::as_str).collect()))
            .collect()
    }

    #[test]
    fn seed_round_trips_through_docx() {
        let grids = seed_grids();
        let from_text = read_forms(&grids);
        assert!(from_text.errors.is_empty());
        let bytes = docx_from_grids(&grids);
        let read_back = grids_from_docx(&bytes, LIMIT).expect("our own docx reads");
        assert_eq!(read_back.len(), 13);
        let from_docx = read_forms(&read_back);
        assert!(from_docx.errors.is_empty(), "{:?}", from_docx.errors);
        assert_eq!(
            without_locations(&from_docx.records),
            without_locations(&from_text.records)
        );
        // Against the example JSON too.
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(SEED_JSON).expect("seed JSON"))
                .expect("JSON");
        crate_json_check(&from_docx.records, &json);

        // Table rows are numbered over all tables; the form's paragraphs carry the number of
        // its first table row.
        let first = &read_back[0];
        assert_eq!(first.rows[0].cells, ["附件2"]);
        assert_eq!(first.rows[0].row, 1);
        assert_eq!(first.rows[2].row, 1);
        assert_eq!(
            first.rows[2].cells,
            ["专项名称", "", "2024年度跨境电商支持资金", "", ""]
        );
        let rows_in_first = first.rows.len() - 2;
        assert_eq!(read_back[1].rows[0].row as usize, rows_in_first + 1);
        let l = &from_docx.records[0].locations["/provincial_funds"];
        assert_eq!((l.row, l.column.as_str()), (3, "省级资金"));
        let l = &from_docx.records[1].locations["/fund_id"];
        assert_eq!(l.row as usize, rows_in_first + 1);
    }

    /// The field-by-field check against the example JSON (as in the text-form tests).
    fn crate_json_check(records: &[SheetRecord], json: &serde_json::Value) {
        let sheets = json["sheets"].as_array().expect("sheets");
        assert_eq!(records.len(), sheets.len());
        for (record, sheet) in records.iter().zip(sheets) {
            assert_eq!(
                record.provincial_funds.as_deref(),
                sheet["provincial_funds"].as_str()
            );
            assert_eq!(
                record.matching_funds.as_deref(),
                sheet["matching_funds"].as_str()
            );
            assert_eq!(
                record.matching_funds_note.as_deref(),
                sheet["matching_funds_note"].as_str()
            );
            let names: Vec<&str> = sheet["indicators"]
                .as_array()
                .expect("indicators")
                .iter()
                .filter_map(|i| i["name"].as_str())
                .collect();
            let got: Vec<&str> = record.indicators.iter().map(|i| i.name.as_str()).collect();
            assert_eq!(got, names);
        }
    }

    #[test]
    fn written_docx_is_well_formed() {
        let bytes = docx_from_grids(&seed_grids());
        let mut archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).expect("zip");
        for name in [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/_rels/document.xml.rels",
            "word/document.xml",
        ] {
            let mut text = String::new();
            archive
                .by_name(name)
                .expect(name)
                .read_to_string(&mut text)
                .expect("utf-8");
            // Every part parses as XML with matching end tags.
            let mut reader = quick_xml::Reader::from_str(&text);
            reader.config_mut().check_end_names = true;
            loop {
                match reader.read_event() {
                    Ok(Event::Eof) => break,
                    Ok(_) => {}
                    Err(err) => panic!("{name}: {err}"),
                }
            }
        }
        // The merges: the 年度金额 label and the 绩效指标 column are vertically merged, the
        // blank matching amount is not.
        let xml = String::from_utf8(read_part(&bytes, DOCUMENT_PART, LIMIT).unwrap()).unwrap();
        assert!(xml.contains(r#"<w:vMerge w:val="restart"/>"#));
        assert!(xml.contains(r#"<w:gridSpan w:val="3"/>"#));
        assert!(xml.contains("<w:pageBreakBefore/>"));
    }

    #[test]
    fn merges_and_paragraphs_are_read_like_word_writes_them() {
        let xml = body(concat!(
            "<w:p/><w:p><w:r><w:t>附件2</w:t></w:r></w:p>",
            r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve"> 标题 </w:t></w:r></w:p>"#,
            "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>",
            r#"<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>年度</w:t><w:br/><w:t>金额</w:t></w:r></w:p></w:tc>"#,
            r#"<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>A &amp; B&#x4E2D;</w:t></w:r></w:p><w:p><w:r><w:t>第二段</w:t><w:tab/><w:t>x</w:t></w:r></w:p></w:tc></w:tr>"#,
            r#"<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>hidden</w:t></w:r></w:p></w:tc>"#,
            r#"<w:tc><w:p><w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:ins><w:r><w:t>新</w:t></w:r></w:ins></w:p></w:tc>"#,
            r#"<w:tc><w:p><w:r><mc:AlternateContent><mc:Choice Requires="x"><w:t>选</w:t></mc:Choice><mc:Fallback><w:t>备</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p></w:tc></w:tr>"#,
            r#"<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>"#,
            r#"<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="999999"/></w:tcPr><w:p><w:r><w:t>宽</w:t></w:r></w:p></w:tc></w:tr>"#,
            "</w:tbl><w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>",
            "<w:p><w:r><w:t>注</w:t></w:r></w:p><w:sectPr/>",
        ));
        let bytes = zip_of(&[("word/document.xml", &xml)]);
        let grids = grids_from_docx(&bytes, LIMIT).expect("reads");
        assert_eq!(grids.len(), 1);
        let got = cells(&grids[0]);
        assert_eq!(got[0], (1, vec!["附件2"]));
        assert_eq!(got[1], (1, vec![" 标题 "]));
        assert_eq!(got[2], (1, vec!["年度\n金额", "A & B中\n第二段\tx", ""]));
        assert_eq!(got[3], (2, vec!["", "新", "选"]));
        // Row 3 (all blank) is left out; row 4 has one skipped column and a capped span.
        assert_eq!(got[4].0, 4);
        assert_eq!(got[4].1.len(), 1 + MAX_SPAN);
        assert_eq!(got[4].1[1], "宽");
        assert_eq!(got[5], (5, vec!["注"]));
        assert_eq!(got.len(), 6);
    }

    #[test]
    fn without_markers_each_table_is_a_form() {
        let table = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>";
        let xml = body(&format!(
            "<w:p><w:r><w:t>甲</w:t></w:r></w:p>{table}<w:p><w:r><w:t>乙</w:t></w:r></w:p>{table}<w:p><w:r><w:t>尾</w:t></w:r></w:p>"
        ));
        let grids = grids_from_docx(&zip_of(&[("word/document.xml", &xml)]), LIMIT).unwrap();
        assert_eq!(grids.len(), 2);
        assert_eq!(cells(&grids[0]), [(1, vec!["甲"]), (1, vec!["a", ""])]);
        assert_eq!(
            cells(&grids[1]),
            [(2, vec!["乙"]), (2, vec!["a", ""]), (3, vec!["尾"])]
        );
        // A cover note before the first 附件2 is dropped.
        let xml = body(&format!(
            "<w:p><w:r><w:t>通知</w:t></w:r></w:p><w:p><w:r><w:t>附件2</w:t></w:r></w:p>{table}"
        ));
        let grids = grids_from_docx(&zip_of(&[("word/document.xml", &xml)]), LIMIT).unwrap();
        assert_eq!(grids.len(), 1);
        assert_eq!(grids[0].rows[0].cells, ["附件2"]);
    }

    #[test]
    fn zip_bombs_and_garbage_are_refused() {
        let unreadable = |result: Result<Vec<Grid>, ReadError>| {
            let err = result.expect_err("must be refused");
            assert_eq!(err.code, IssueCode::FileUnreadable);
            assert_eq!(err.record, None);
            assert!(!err.message_zh.is_empty() && !err.message_en.is_empty());
            err
        };
        // Declared size beyond the limit: a document.xml of 4 MiB of padding, compressed tiny.
        let mut big = body("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
        big.extend(std::iter::repeat_n(b' ', 4 << 20));
        let bomb = zip_of(&[("word/document.xml", &big)]);
        assert!(bomb.len() < 64 << 10);
        let err = unreadable(grids_from_docx(&bomb, 1 << 20));
        assert!(
            err.message_en.contains("unpacks to more than"),
            "{}",
            err.message_en
        );
        assert!(grids_from_docx(&bomb, 8 << 20).is_ok());

        // A lying header: the declared sizes patched down to 100 bytes; the take() limit
        // (or the zip library's own check) still stops it.
        let mut liar = bomb.clone();
        let size = u32::try_from(big.len()).unwrap().to_le_bytes();
        let mut patched = 0;
        for i in 0..liar.len().saturating_sub(4) {
            if liar[i..i + 4] == size {
                liar[i..i + 4].copy_from_slice(&100u32.to_le_bytes());
                patched += 1;
            }
        }
        assert!(patched >= 2);
        unreadable(grids_from_docx(&liar, 1 << 20));

        // Not a zip, an empty file, a zip without document.xml, bad XML, not Word XML.
        unreadable(grids_from_docx(b"this is not a docx at all", LIMIT));
        unreadable(grids_from_docx(&[], LIMIT));
        unreadable(grids_from_docx(
            &[0x50, 0x4b, 0x03, 0x04, 0xff, 0xff],
            LIMIT,
        ));
        let err = unreadable(grids_from_docx(
            &zip_of(&[("word/other.xml", b"<a/>")]),
            LIMIT,
        ));
        assert!(err.message_en.contains("word/document.xml"));
        unreadable(grids_from_docx(
            &zip_of(&[("word/document.xml", b"<w:document><w:body></w:p>")]),
            LIMIT,
        ));
        unreadable(grids_from_docx(
            &zip_of(&[("word/document.xml", b"<html><body/></html>")]),
            LIMIT,
        ));
        unreadable(grids_from_docx(
            &zip_of(&[(
                "word/document.xml",
                &body("<w:p><w:r><w:t>&foo;</w:t></w:r></w:p>"),
            )]),
            LIMIT,
        ));
        unreadable(grids_from_docx(
            &zip_of(&[("word/document.xml", &[0xff, 0xfe, 0x00, 0x3c])]),
            LIMIT,
        ));
    }

    /// The namespace decides, not the prefix (generators other than Word use other prefixes).
    #[test]
    fn namespaces_are_resolved() {
        let xml = concat!(
            r#"<?xml version="1.0" encoding="UTF-8"?>"#,
            r#"<document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:o="urn:other"><body>"#,
            "<p><r><t>附件2</t></r></p>",
            "<tbl><tr><tc><p><r><t>a</t><o:t>not text</o:t></r></p></tc><tc><p><r><t>b</t></r></p></tc></tr></tbl>",
            r#"<x:p xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main"><x:r><x:t>strict</x:t></x:r></x:p>"#,
            "<o:p><o:r><o:t>other</o:t></o:r></o:p>",
            "</body></document>"
        );
        let grids = grids_from_docx(&zip_of(&[("word/document.xml", xml.as_bytes())]), LIMIT)
            .expect("reads");
        assert_eq!(
            cells(&grids[0]),
            [(1, vec!["附件2"]), (1, vec!["a", "b"]), (2, vec!["strict"])]
        );
    }

    #[test]
    fn span_expansion_is_capped() {
        let cell = r#"<w:tc><w:tcPr><w:gridSpan w:val="63"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>"#;
        let row = format!("<w:tr>{cell}</w:tr>");
        let xml = body(&format!(
            "<w:tbl>{}</w:tbl>",
            row.repeat(MAX_CELLS / 63 + 2)
        ));
        let err = grids_from_docx(&zip_of(&[("word/document.xml", &xml)]), LIMIT).unwrap_err();
        assert_eq!(err.code, IssueCode::FileUnreadable);
        assert!(err.message_en.contains("cells"));
    }

    #[test]
    fn writer_layout() {
        assert_eq!(layout(2, 5), [(0, 2), (2, 3)]);
        assert_eq!(layout(3, 5), [(0, 1), (1, 1), (2, 3)]);
        assert_eq!(layout(4, 5), [(0, 1), (1, 1), (2, 1), (3, 2)]);
        assert_eq!(layout(5, 5), [(0, 1), (1, 1), (2, 1), (3, 1), (4, 1)]);
        assert_eq!(layout(1, 3), [(0, 3)]);
        assert!(layout(0, 3).is_empty());
        // Odd input never panics, and what is written reads back.
        let odd = Grid {
            rows: vec![
                GridRow {
                    row: 1,
                    cells: vec!["a\u{0}<&>\"'\r\t]]>".into(), String::new()],
                },
                GridRow {
                    row: 2,
                    cells: vec![],
                },
                GridRow {
                    row: 3,
                    cells: vec![String::new(), String::new(), "\n\n".into()],
                },
            ],
            ..Grid::default()
        };
        let bytes = docx_from_grids(&[odd, Grid::default()]);
        let grids = grids_from_docx(&bytes, LIMIT).unwrap();
        assert_eq!(grids[0].rows[0].cells, ["a<&>\"'\t]]>", ""]);
        // A break in a .docx cell was typed (a paragraph or `w:br`), not laid out.
        assert!(grids.iter().all(|g| g.typed_breaks));
        assert!(!docx_from_grids(&[]).is_empty());
    }
}
