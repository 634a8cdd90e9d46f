//! Writing forms as a Word document: one table per form, merged cells as the printed form has
//! them, each form after the first on a new page (the tests' and the examples' writer of `.docx` uploads).

use super::*;

pub(super) const CONTENT_TYPES: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
    r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
    r#"<Default Extension="xml" ContentType="application/xml"/>"#,
    r#"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#,
    r#"</Types>"#
);

pub(super) const PACKAGE_RELS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
    r#"</Relationships>"#
);

pub(super) const DOCUMENT_RELS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>"#
);

/// Text width of an A4 page with 2.5 cm / 2 cm margins, in twentieths of a point.
pub(super) const TABLE_WIDTH: usize = 9_000;

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

pub(super) fn zip_parts(parts: &[(&str, &str)]) -> zip::result::ZipResult<Vec<u8>> {
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
pub(super) struct CellOut<'a> {
    start: usize,
    span: usize,
    text: &'a str,
    merge: Merge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Merge {
    None,
    Restart,
    Continue,
}

pub(super) fn document_xml(forms: &[Grid]) -> String {
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
pub(super) fn write_paragraph(out: &mut String, text: &str, title: bool, page_break: bool) {
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
pub(super) fn write_runs(out: &mut String, text: &str, props: &str) {
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

pub(super) fn escape_into(out: &mut String, text: &str) {
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
pub(super) fn layout(n: usize, columns: usize) -> Vec<(usize, usize)> {
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

pub(super) fn write_table(out: &mut String, rows: &[&GridRow], page_break: &mut bool) {
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
