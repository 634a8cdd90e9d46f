//! Reading an upload: its media types and limits, and the items read from each format (JSON,
//! NDJSON, CSV, Excel, the 附件2 forms as text and as Word documents), before fund and region
//! are resolved.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::domain::sheet::SheetDocument;
use crate::domain::{FundId, Issue, IssueCode, Lang};
use crate::error::ServiceError;
use crate::exchange::{self, Location, ReadError, ReadOutcome, SheetRecord};

/// At most this many sheets in one upload.
pub const MAX_BULK_ITEMS: usize = 10_000;
/// At most this many bytes in one upload body (32 MiB).
pub const MAX_BULK_BYTES: usize = 32 * 1024 * 1024;
/// At most this many bytes unpacked from an `.xlsx` or `.docx` upload (128 MiB).
pub const MAX_UNPACKED_BYTES: u64 = 128 * 1024 * 1024;
/// Media type of Excel workbooks.
pub use crate::exchange::XLSX;
/// Media type of Word documents.
pub const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The media types an upload may have: JSON, NDJSON, CSV and Excel (one row per indicator, or
/// an Excel sheet in the printed 附件2 layout), the 附件2 forms as text (`text/plain`, UTF-8)
/// and as Word documents.
pub const MEDIA_TYPES: &[&str] = &[
    "application/json",
    "application/x-ndjson",
    "text/csv",
    exchange::XLSX,
    "text/plain",
    DOCX,
];

/// The media type of an upload file, from its extension.
pub fn media_type_of(path: &std::path::Path) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "json" => Some("application/json"),
        "ndjson" | "jsonl" => Some("application/x-ndjson"),
        "csv" => Some("text/csv"),
        "xlsx" => Some(exchange::XLSX),
        "txt" => Some("text/plain"),
        "docx" => Some(DOCX),
        _ => None,
    }
}

/// One sheet of an upload, as read from its format, before fund and region are resolved.
#[derive(Debug, Clone, Default)]
pub struct BulkItem {
    /// The document; `None` when the item could not be read at all.
    pub doc: Option<SheetDocument>,
    /// Fund name, used when the document has no `fund_id`.
    pub fund_name: Option<String>,
    /// Fund year, narrowing `fund_name`.
    pub year: Option<i32>,
    /// Region name or short name, used when the document has no `region_code`.
    pub region_name: Option<String>,
    /// Where each value came from in a file (JSON Pointer → row and column).
    pub locations: BTreeMap<String, Location>,
    /// A flat file's columns, shared by its items (see [`exchange::record::location`]).
    pub columns: Option<std::sync::Arc<exchange::record::Columns>>,
    /// Problems found while reading the item (its shape, its cells).
    pub read_issues: Vec<Issue>,
}

impl BulkItem {
    /// An item from a JSON object: a sheet document, where `fund_name` (+ `year`) and
    /// `region_name` may stand in for `fund_id` and `region_code` — so what `GET` and the JSON
    /// export return can be uploaded as it is.
    pub fn from_json(value: Value, lang: Lang) -> Self {
        let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_string);
        let fund_name = text("fund_name");
        let region_name = text("region_name");
        let year = value
            .get("year")
            .and_then(Value::as_i64)
            .and_then(|y| i32::try_from(y).ok());
        match crate::json::from_value::<SheetDocument>(value) {
            Ok(doc) => BulkItem {
                doc: Some(doc),
                fund_name,
                year,
                region_name,
                ..Default::default()
            },
            Err(e) => BulkItem {
                read_issues: e.issues(lang),
                ..Default::default()
            },
        }
    }

    /// An item from a record read from a file.
    pub fn from_record(record: SheetRecord) -> Self {
        use crate::domain::money::MoneyInput;
        use crate::domain::sheet::IndicatorDocument;
        let doc = SheetDocument {
            fund_id: record.fund_id.map(FundId::new),
            region_code: record.region_code,
            departments: Some(record.departments),
            provincial_funds: record.provincial_funds.map(MoneyInput::Text),
            matching_funds: record.matching_funds.map(MoneyInput::Text),
            matching_funds_note: record.matching_funds_note,
            overall_goal: record.overall_goal,
            indicators: Some(
                record
                    .indicators
                    .into_iter()
                    .map(|i| IndicatorDocument {
                        // Files match indicators by name (SPEC §5.0).
                        id: None,
                        level1: Some(i.level1),
                        level2: Some(i.level2),
                        name: Some(i.name),
                        target: Some(i.target),
                        target_parsed: None,
                    })
                    .collect(),
            ),
            ..Default::default()
        };
        BulkItem {
            doc: Some(doc),
            fund_name: record.fund_name,
            year: record.year,
            region_name: record.region_name,
            locations: record.locations,
            columns: record.columns,
            read_issues: Vec::new(),
        }
    }

    /// Gives an issue the row and column of the value its path points at (or of the nearest
    /// enclosing value, or of the record itself).
    pub(super) fn locate(&self, issue: Issue) -> Issue {
        locate(&self.locations, self.columns.as_deref(), issue)
    }
}

/// Gives an issue the row and column of the value its path points at in `locations` (or of the
/// nearest enclosing value, or of the item itself); a reader's issue already says where it is.
pub(super) fn locate(
    locations: &BTreeMap<String, Location>,
    columns: Option<&exchange::record::Columns>,
    mut issue: Issue,
) -> Issue {
    if locations.is_empty() || issue.row.is_some() {
        return issue;
    }
    let mut path = issue.path.as_str();
    let found = loop {
        if let Some(loc) = exchange::record::location(locations, columns, path) {
            break Some(loc);
        }
        match path.rfind('/') {
            Some(cut) => path = &path[..cut],
            None => break None,
        }
    };
    if let Some(loc) = found {
        issue.row = Some(loc.row);
        issue.column = (!loc.column.is_empty()).then(|| loc.column.clone());
    }
    issue
}

/// Reads the items of an upload of media type `media` (one of [`MEDIA_TYPES`]).
pub fn read_upload(media: &str, body: &[u8], lang: Lang) -> Result<Vec<BulkItem>, ServiceError> {
    match media {
        "application/json" => {
            if let Some(items) = json_array(body, |v| BulkItem::from_json(v, lang))? {
                return Ok(items);
            }
            let value: Value = crate::json::parse_json(body)?;
            match value {
                Value::Array(list) => Ok(list
                    .into_iter()
                    .map(|v| BulkItem::from_json(v, lang))
                    .collect()),
                _ => Err(ServiceError::InvalidBody {
                    issue_code: IssueCode::InvalidType,
                    path: String::new(),
                    reason: "expected an array of sheet documents".into(),
                }),
            }
        }
        "application/x-ndjson" => Ok(read_ndjson(body, lang)),
        "text/csv" => items_from_outcome(exchange::csv_rows::read_csv(body), lang),
        exchange::XLSX => {
            let unreadable = |e| ServiceError::UnreadableUpload {
                issues: vec![read_error_issue(e, lang)],
            };
            let outcome =
                exchange::xlsx::read_upload(body, MAX_UNPACKED_BYTES).map_err(unreadable)?;
            items_from_outcome(outcome, lang)
        }
        "text/plain" => {
            let body = body.strip_prefix("\u{feff}".as_bytes()).unwrap_or(body);
            let text = std::str::from_utf8(body).map_err(|_| ServiceError::UnreadableUpload {
                issues: vec![Issue::error(
                    IssueCode::EncodingUnsupported,
                    "",
                    lang.pick(
                        "文件不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8 后再上传",
                        "the file is not UTF-8 (GBK, perhaps); save it as UTF-8 and upload again",
                    ),
                )],
            })?;
            let grids = exchange::grid_text::grids_from_text(text);
            items_from_outcome(exchange::form::read_forms(&grids), lang)
        }
        _ => {
            let grids = exchange::docx::grids_from_docx(body, MAX_UNPACKED_BYTES).map_err(|e| {
                ServiceError::UnreadableUpload {
                    issues: vec![read_error_issue(e, lang)],
                }
            })?;
            items_from_outcome(exchange::form::read_forms(&grids), lang)
        }
    }
}

/// The items of a body that is a JSON array, each made by `item` from its element as soon as
/// the element is parsed, so that the whole array is never held as JSON values (only the
/// items); `None` when the body does not start with `[` (the caller reads it whole and says
/// what it is). Malformed JSON is 400 `MALFORMED_JSON` with the parser's message, as for a
/// whole document.
pub(super) fn json_array<T>(
    body: &[u8],
    item: impl FnMut(Value) -> T,
) -> Result<Option<Vec<T>>, ServiceError> {
    use serde::de::{Deserializer as _, SeqAccess, Visitor};

    struct Each<F>(F);
    impl<'de, T, F: FnMut(Value) -> T> Visitor<'de> for Each<F> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an array")
        }
        fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
            while let Some(value) = seq.next_element::<Value>()? {
                out.push((self.0)(value));
            }
            Ok(out)
        }
    }

    // JSON's own whitespace only: anything else is left to the whole-document reader.
    let first = body
        .iter()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
    if first != Some(&b'[') {
        return Ok(None);
    }
    let mut de = serde_json::Deserializer::from_slice(body);
    de.deserialize_seq(Each(item))
        .and_then(|items| de.end().map(|()| items))
        .map(Some)
        .map_err(|e| ServiceError::MalformedJson {
            reason: e.to_string(),
        })
}

/// An issue for a reading error, with its row and column.
pub(super) fn read_error_issue(e: ReadError, lang: Lang) -> Issue {
    let mut issue = Issue::error(e.code, "", lang.pick(e.message_zh, e.message_en));
    if let Some(loc) = e.location {
        issue.row = Some(loc.row);
        issue.column = (!loc.column.is_empty()).then_some(loc.column);
    }
    issue
}

/// Items from what a file reader found: file-level errors refuse the upload (422
/// `UNREADABLE_UPLOAD`); a record's errors fail that item only.
fn items_from_outcome(outcome: ReadOutcome, lang: Lang) -> Result<Vec<BulkItem>, ServiceError> {
    let (file_errors, record_errors): (Vec<ReadError>, Vec<ReadError>) =
        outcome.errors.into_iter().partition(|e| e.record.is_none());
    if !file_errors.is_empty() {
        return Err(ServiceError::UnreadableUpload {
            issues: file_errors
                .into_iter()
                .map(|e| read_error_issue(e, lang))
                .collect(),
        });
    }
    let mut items: Vec<BulkItem> = outcome
        .records
        .into_iter()
        .map(BulkItem::from_record)
        .collect();
    for e in record_errors {
        if let Some(item) = e.record.and_then(|i| items.get_mut(i)) {
            item.read_issues.push(read_error_issue(e, lang));
        }
    }
    Ok(items)
}

/// One item per non-blank line; a line that is not JSON fails its item (with its line number)
/// and not the others.
fn read_ndjson(body: &[u8], lang: Lang) -> Vec<BulkItem> {
    let mut items = Vec::new();
    for (row, value) in ndjson_values(body, lang) {
        let mut item = match value {
            Ok(value) => BulkItem::from_json(value, lang),
            Err(issue) => BulkItem {
                read_issues: vec![issue],
                ..Default::default()
            },
        };
        for issue in &mut item.read_issues {
            issue.row = Some(row);
        }
        item.locations.insert(
            String::new(),
            crate::exchange::Location {
                row,
                column: String::new(),
            },
        );
        items.push(item);
    }
    items
}

/// The non-blank lines of an NDJSON body with their line numbers: each a JSON value, or the
/// `VALUE_INVALID` issue of a line that is not JSON; parsed one at a time as they are taken.
pub(super) fn ndjson_values(
    body: &[u8],
    lang: Lang,
) -> impl Iterator<Item = (u32, Result<Value, Issue>)> + '_ {
    body.split(|b| *b == b'\n')
        .enumerate()
        .filter_map(move |(n, line)| {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.iter().all(u8::is_ascii_whitespace) {
                return None;
            }
            let row = u32::try_from(n + 1).unwrap_or(u32::MAX);
            let value = serde_json::from_slice::<Value>(line).map_err(|e| {
                Issue::error(
                    IssueCode::ValueInvalid,
                    "",
                    lang.pick(
                        format!("第 {row} 行不是合法的 JSON：{e}"),
                        format!("line {row} is not valid JSON: {e}"),
                    ),
                )
            });
            Some((row, value))
        })
}
