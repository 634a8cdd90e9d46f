use super::*;

#[test]
fn codes_serialize_as_written_and_are_unique() {
    let mut seen = std::collections::HashSet::new();
    for code in ProblemCode::ALL {
        assert!(seen.insert(code.as_str()), "{code} twice");
        assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
        let back: ProblemCode = serde_json::from_value(code.as_str().into()).unwrap();
        assert_eq!(back, *code);
        assert!(code
            .as_str()
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'_'));
    }
}

#[test]
fn every_code_has_one_row_in_the_api_docs() {
    let doc = include_str!("../../docs/API.md");
    let rows: Vec<&str> = doc
        .lines()
        .filter_map(|l| {
            l.strip_prefix("| ")?
                .split(" | `")
                .nth(1)?
                .split('`')
                .next()
        })
        .collect();
    let codes: Vec<&str> = ProblemCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        rows, codes,
        "the code table of docs/API.md, in the order of ALL"
    );
}

#[test]
fn missing_resources_have_a_code_of_their_kind() {
    let err = ServiceError::NotFound {
        resource: Resource::Revision,
        id: "3".into(),
    };
    assert_eq!(err.code(), ProblemCode::RevisionNotFound);
    assert_eq!(err.detail(Lang::En), "There is no revision 3");
    assert_eq!(err.detail(Lang::Zh), "修订记录 3 不存在");
}

#[test]
fn export_limits_are_422_and_writer_failures_internal() {
    use crate::exchange::WriteErrorCode;
    let err = ServiceError::from(WriteError {
        code: WriteErrorCode::CellTooLong,
        message_zh: "第1张表的 overall_goal有 32768 个字符".into(),
        message_en: "overall_goal of sheet 1 has 32768 characters".into(),
    });
    assert_eq!(err.code(), ProblemCode::ExportFailed);
    assert_eq!(
        err.detail(Lang::Zh),
        "第1张表的 overall_goal有 32768 个字符"
    );
    assert_eq!(
        err.title(Lang::En),
        "Export beyond the file format's limits"
    );
    let issues = err.issues(Lang::En);
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].code, IssueCode::CellTooLong);
    assert_eq!(
        issues[0].message,
        "overall_goal of sheet 1 has 32768 characters"
    );
    let err = ServiceError::from(WriteError {
        code: WriteErrorCode::TooManyRows,
        message_zh: "z".into(),
        message_en: "e".into(),
    });
    assert_eq!(err.issues(Lang::Zh)[0].code, IssueCode::TooManyRows);
    for code in [
        WriteErrorCode::XlsxWriteFailed,
        WriteErrorCode::JsonWriteFailed,
    ] {
        let err = ServiceError::from(WriteError {
            code,
            message_zh: "生成失败：zip error".into(),
            message_en: "writing failed: zip error".into(),
        });
        assert_eq!(err.code(), ProblemCode::InternalError);
        assert!(
            err.to_string().contains("zip error"),
            "the cause is kept for the log"
        );
        for lang in [Lang::Zh, Lang::En] {
            assert!(!err.detail(lang).contains("zip"));
            assert!(err.errors(lang).is_none());
        }
    }
}

#[test]
fn database_failures_are_classified() {
    let err = ServiceError::from(DbError::Canceled);
    assert_eq!(err.code(), ProblemCode::InternalError);
    let err = ServiceError::from(DbError::Unavailable("down".into()));
    assert_eq!(err.code(), ProblemCode::ServiceUnavailable);
}
