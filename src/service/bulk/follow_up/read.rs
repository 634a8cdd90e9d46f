//! Reading an upload of reports or evaluations: a JSON array element by element, NDJSON line by line, CSV and Excel rows, and the printed forms, each into its item.

use super::*;

/// The items of a JSON body read whole (one that does not start as an array): an array's
/// elements, or 400 `INVALID_BODY` for anything else.
pub(super) fn json_document(
    value: Value,
    kind: FollowUpKind,
    lang: Lang,
) -> Result<Vec<FollowUpItem>, ServiceError> {
    match value {
        Value::Array(list) => Ok(list
            .into_iter()
            .map(|v| FollowUpItem::from_json(v, kind, lang))
            .collect()),
        _ => Err(ServiceError::InvalidBody {
            issue_code: IssueCode::InvalidType,
            path: String::new(),
            reason: format!("expected an array of {} documents", kind.noun(Lang::En)),
        }),
    }
}

/// Reads the items of a report or evaluation upload of media type `media` (one of
/// [`FOLLOW_UP_MEDIA_TYPES`]).
pub fn read_follow_up_upload(
    kind: FollowUpKind,
    media: &str,
    body: &[u8],
    lang: Lang,
) -> Result<Vec<FollowUpItem>, ServiceError> {
    let unreadable = |e| ServiceError::UnreadableUpload {
        issues: vec![read_error_issue(e, lang)],
    };
    match media {
        "application/json" => {
            // Element by element: the array is never held whole as JSON values.
            let each =
                |v| crate::json::strict_value(v).map(|v| FollowUpItem::from_json(v, kind, lang));
            if let Some(items) = crate::service::bulk::read::json_array(body, each)? {
                return items.into_iter().collect();
            }
            json_document(crate::json::parse_json_value(body)?, kind, lang)
        }
        "application/x-ndjson" => Ok(crate::service::bulk::read::ndjson_values(body, lang)
            .map(|(row, value)| {
                let mut item = match value {
                    Ok(v) => FollowUpItem::from_json(v, kind, lang),
                    Err(issue) => {
                        let mut item = FollowUpItem::empty();
                        item.read_issues.push(issue);
                        item
                    }
                };
                for issue in &mut item.read_issues {
                    issue.row = Some(row);
                }
                item.locations.insert(
                    String::new(),
                    Location {
                        row,
                        column: String::new(),
                    },
                );
                item
            })
            .collect()),
        "text/csv" => {
            let grid = exchange::csv_rows::grid_from_csv(body).map_err(unreadable)?;
            from_outcome(
                table::read_grid(kind.layout(), &grid, LabelStyle::HeaderName),
                lang,
            )
        }
        _ => {
            let grid =
                exchange::xlsx::grid_from_xlsx(body, MAX_UNPACKED_BYTES).map_err(unreadable)?;
            // A workbook in the printed form of its kind is read as that form.
            let outcome = match kind {
                FollowUpKind::Monitoring if follow_up_form::is_report_form(&grid) => {
                    follow_up_form::read_report_form(&grid)
                }
                FollowUpKind::SelfEvaluation if follow_up_form::is_evaluation_form(&grid) => {
                    follow_up_form::read_evaluation_form(&grid)
                }
                _ => table::read_grid(kind.layout(), &grid, LabelStyle::Letter),
            };
            from_outcome(outcome, lang)
        }
    }
}

/// Items from what the table reader found: file-level errors refuse the upload (422
/// `UNREADABLE_UPLOAD`); an item's errors fail that item only.
pub(super) fn from_outcome(
    outcome: TableOutcome,
    lang: Lang,
) -> Result<Vec<FollowUpItem>, ServiceError> {
    let (file_errors, item_errors): (Vec<_>, Vec<_>) =
        outcome.errors.into_iter().partition(|e| e.record.is_none());
    if !file_errors.is_empty() {
        return Err(ServiceError::UnreadableUpload {
            issues: file_errors
                .into_iter()
                .map(|e| read_error_issue(e, lang))
                .collect(),
        });
    }
    let mut items: Vec<FollowUpItem> = outcome
        .items
        .into_iter()
        .map(FollowUpItem::from_table)
        .collect();
    for e in item_errors {
        if let Some(item) = e.record.and_then(|i| items.get_mut(i)) {
            item.read_issues.push(read_error_issue(e, lang));
        }
    }
    Ok(items)
}
