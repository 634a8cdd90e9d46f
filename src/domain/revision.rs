//! Revisions of a sheet: what kind of change each one records, and the field-level difference
//! between two snapshots. Pure.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::workflow::Transition;

/// What a revision records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RevisionAction {
    /// The sheet was created (by `POST /sheets` or a bulk upload).
    Create,
    /// The sheet's content changed (`PUT`, `PATCH` or a bulk upload).
    Update,
    /// 申报.
    Submit,
    /// 批复.
    Approve,
    /// 退回.
    Return,
    /// 调整: an approved sheet reopened.
    Reopen,
    /// The sheet was deleted (alone, or with its fund); the snapshot is its last state.
    Delete,
}

impl RevisionAction {
    /// Every action.
    pub const ALL: [RevisionAction; 7] = [
        RevisionAction::Create,
        RevisionAction::Update,
        RevisionAction::Submit,
        RevisionAction::Approve,
        RevisionAction::Return,
        RevisionAction::Reopen,
        RevisionAction::Delete,
    ];

    /// The stored and JSON value.
    pub fn as_str(self) -> &'static str {
        match self {
            RevisionAction::Create => "CREATE",
            RevisionAction::Update => "UPDATE",
            RevisionAction::Submit => "SUBMIT",
            RevisionAction::Approve => "APPROVE",
            RevisionAction::Return => "RETURN",
            RevisionAction::Reopen => "REOPEN",
            RevisionAction::Delete => "DELETE",
        }
    }

    /// Reads a stored value.
    pub fn parse(s: &str) -> Option<RevisionAction> {
        RevisionAction::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

impl From<Transition> for RevisionAction {
    fn from(t: Transition) -> Self {
        match t {
            Transition::Submit => RevisionAction::Submit,
            Transition::Approve => RevisionAction::Approve,
            Transition::Return => RevisionAction::Return,
            Transition::Reopen => RevisionAction::Reopen,
        }
    }
}

/// How a field differs between two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ChangeKind {
    /// Only in the later version (an indicator added, a note filled in).
    Added,
    /// Only in the earlier version.
    Removed,
    /// In both, with different values.
    Changed,
}

/// One field that differs between two versions.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct FieldChange {
    /// JSON Pointer of the field in the sheet, e.g. `/indicators/3/target`.
    #[schema(example = "/indicators/3/target")]
    pub path: String,
    /// Added, removed or changed.
    pub change: ChangeKind,
    /// The earlier value (absent when added).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<serde_json::Value>, example = "≥90%")]
    pub from: Option<Value>,
    /// The later value (absent when removed).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<serde_json::Value>, example = "≥95%")]
    pub to: Option<Value>,
}

/// Fields left out of a diff: bookkeeping that changes with every version, readings
/// derived from the text that is compared anyway, and ids (a sheet's never changes; an
/// indicator's says which stored row it is, not what it says: SPEC §5.0).
const IGNORED: &[&str] = &[
    "id",
    "version",
    "updated_at",
    "created_at",
    "warnings",
    "target_parsed",
];

/// The field-level changes that turn snapshot `from` into snapshot `to`: objects key by key,
/// lists position by position (extra positions added or removed), other values compared
/// whole. Fields in name order, list items by position.
pub fn diff(from: &Value, to: &Value) -> Vec<FieldChange> {
    let mut out = Vec::new();
    walk("", from, to, &mut out);
    out
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn walk(path: &str, from: &Value, to: &Value, out: &mut Vec<FieldChange>) {
    match (from, to) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, va) in a {
                if IGNORED.contains(&key.as_str()) {
                    continue;
                }
                let p = format!("{path}/{}", escape(key));
                match b.get(key) {
                    Some(vb) => walk(&p, va, vb, out),
                    None => out.push(removed(p, va)),
                }
            }
            for (key, vb) in b {
                if !IGNORED.contains(&key.as_str()) && !a.contains_key(key) {
                    out.push(added(format!("{path}/{}", escape(key)), vb));
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for i in 0..a.len().max(b.len()) {
                let p = format!("{path}/{i}");
                match (a.get(i), b.get(i)) {
                    (Some(va), Some(vb)) => walk(&p, va, vb, out),
                    (Some(va), None) => out.push(removed(p, va)),
                    (None, Some(vb)) => out.push(added(p, vb)),
                    (None, None) => {}
                }
            }
        }
        (Value::Null, b) if !b.is_null() => out.push(added(path.to_string(), b)),
        (a, Value::Null) if !a.is_null() => out.push(removed(path.to_string(), a)),
        (a, b) if a != b => out.push(FieldChange {
            path: path.to_string(),
            change: ChangeKind::Changed,
            from: Some(strip(a)),
            to: Some(strip(b)),
        }),
        _ => {}
    }
}

/// A value without its ignored (derived) members.
fn strip(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| !IGNORED.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), strip(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(strip).collect()),
        other => other.clone(),
    }
}

fn added(path: String, v: &Value) -> FieldChange {
    FieldChange {
        path,
        change: ChangeKind::Added,
        from: None,
        to: Some(strip(v)),
    }
}

fn removed(path: String, v: &Value) -> FieldChange {
    FieldChange {
        path,
        change: ChangeKind::Removed,
        from: Some(strip(v)),
        to: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn diff_names_each_changed_field() {
        let a = json!({
            "version": 1, "status": "DRAFT", "matching_funds": null, "overall_goal": "g",
            "indicators": [
                {"name": "a", "target": "≥90%", "target_parsed": {"value": 90}},
                {"name": "b", "target": "1"}
            ]
        });
        let b = json!({
            "version": 2, "status": "DRAFT", "matching_funds": "120", "overall_goal": "g",
            "indicators": [
                {"name": "a", "target": "≥95%", "target_parsed": {"value": 95}},
                {"name": "b", "target": "1"},
                {"name": "c", "target": "2", "target_parsed": {}}
            ]
        });
        let changes = diff(&a, &b);
        let summary: Vec<(&str, ChangeKind)> = changes
            .iter()
            .map(|c| (c.path.as_str(), c.change))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("/indicators/0/target", ChangeKind::Changed),
                ("/indicators/2", ChangeKind::Added),
                ("/matching_funds", ChangeKind::Added),
            ]
        );
        assert_eq!(changes[0].from, Some(json!("≥90%")));
        assert_eq!(changes[0].to, Some(json!("≥95%")));
        // Derived readings are left out of whole values too.
        assert_eq!(changes[1].to, Some(json!({"name": "c", "target": "2"})));
        // The other way round.
        let back = diff(&b, &a);
        assert_eq!(back[1].path, "/indicators/2");
        assert_eq!(back[1].change, ChangeKind::Removed);
        assert_eq!(back[2].change, ChangeKind::Removed);
        assert!(diff(&a, &a).is_empty());
    }

    #[test]
    fn keys_are_escaped_as_json_pointers() {
        let changes = diff(&json!({"a/b": 1}), &json!({"a/b": 2}));
        assert_eq!(changes[0].path, "/a~1b");
    }

    #[test]
    fn actions_read_and_print_alike() {
        for a in RevisionAction::ALL {
            assert_eq!(RevisionAction::parse(a.as_str()), Some(a));
            assert_eq!(serde_json::to_value(a).unwrap(), json!(a.as_str()));
        }
    }
}
