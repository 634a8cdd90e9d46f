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
    let grids =
        grids_from_docx(&zip_of(&[("word/document.xml", xml.as_bytes())]), LIMIT).expect("reads");
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
