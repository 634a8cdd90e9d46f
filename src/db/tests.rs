use super::*;

/// Asserts that a batch insert of `$rows` into `$table` is one statement on SQLite: a row
/// type that may write `DEFAULT` for `None` makes diesel insert a batch one row at a time.
macro_rules! one_statement {
    ($table:expr, $row:expr) => {{
        let row = $row;
        let rows = vec![row.clone(), row];
        let sql = diesel::debug_query::<diesel::sqlite::Sqlite, _>(
            &diesel::insert_into($table).values(&rows),
        )
        .to_string();
        assert_eq!(sql.matches("INSERT INTO").count(), 1, "{sql}");
    }};
}
pub(crate) use one_statement;

#[test]
fn batches_of_rows_with_absent_values_are_one_statement() {
    let at = chrono::DateTime::UNIX_EPOCH.naive_utc();
    one_statement!(
        schema::monitoring_lines::table,
        monitoring::NewLine {
            report_id: 1,
            position: 0,
            indicator_id: 1,
            actual: None,
            expected: None,
            likelihood: None,
            deviation_reasons: "[]".into(),
            deviation_note: None,
            measures: None,
        }
    );
    one_statement!(
        schema::self_evaluation_lines::table,
        evaluations::NewLine {
            evaluation_id: 1,
            position: 0,
            indicator_id: 1,
            actual: None,
            achievement: None,
            score: None,
            weight: None,
            deviation_analysis: None,
        }
    );
    one_statement!(
        schema::monitoring_reports::table,
        monitoring::ReportChanges {
            executed_funds: 0,
            expected_executed_funds: None,
            goal_progress: None,
            version: 1,
            updated_at: at,
        }
    );
    one_statement!(
        schema::self_evaluations::table,
        evaluations::EvaluationChanges {
            executed_funds: 0,
            goal_achievement: None,
            budget_deviation_analysis: None,
            version: 1,
            updated_at: at,
        }
    );
    one_statement!(
        schema::monitoring_revisions::table,
        monitoring::NewRevision {
            sheet_id: 1,
            month: 7,
            version: 1,
            action: "CREATE",
            status: "DRAFT",
            actor_name: "a".into(),
            actor_role: "ADMIN",
            reason: None,
            request_id: None,
            created_at: at,
            snapshot: "{}".into(),
        }
    );
    one_statement!(
        schema::self_evaluation_revisions::table,
        evaluations::NewRevision {
            sheet_id: 1,
            version: 1,
            action: "CREATE",
            status: "DRAFT",
            actor_name: "a".into(),
            actor_role: "ADMIN",
            reason: None,
            request_id: None,
            created_at: at,
            snapshot: "{}".into(),
        }
    );
    one_statement!(
        schema::sheet_revisions::table,
        revisions::NewRevision {
            sheet_id: 1,
            version: 1,
            action: "CREATE",
            status: "DRAFT",
            actor_name: "a".into(),
            actor_role: "ADMIN",
            reason: None,
            request_id: None,
            created_at: at,
            snapshot: "{}".into(),
        }
    );
}

#[test]
fn urls_pick_the_backend() {
    let pg = DatabaseUrl::parse("postgres://u:secret@localhost/db").unwrap();
    assert_eq!(pg.backend, Backend::Postgres);
    assert_eq!(pg.redacted(), "postgres://u:***@localhost/db");
    assert_eq!(
        DatabaseUrl::parse("postgresql://localhost/db")
            .unwrap()
            .backend,
        Backend::Postgres
    );
    let file = DatabaseUrl::parse("sqlite:///var/lib/x.db").unwrap();
    assert_eq!(
        (file.backend, file.target.as_str()),
        (Backend::Sqlite, "/var/lib/x.db")
    );
    let rel = DatabaseUrl::parse("sqlite://data/x.db").unwrap();
    assert_eq!(rel.target, "data/x.db");
    assert_eq!(
        DatabaseUrl::parse("perf-targets.db").unwrap().target,
        "perf-targets.db"
    );
    assert_eq!(DatabaseUrl::parse("sqlite:x.db").unwrap().target, "x.db");
}

#[test]
fn bad_urls_are_refused_with_a_reason() {
    let err = DatabaseUrl::parse("mysql://localhost/db")
        .unwrap_err()
        .to_string();
    assert!(err.contains("unsupported scheme `mysql://`"), "{err}");
    assert!(DatabaseUrl::parse("sqlite://").is_err());
    assert!(DatabaseUrl::parse("  ").is_err());
}

#[test]
fn serialization_failures_are_retryable() {
    let e = DbError::Query(DieselError::DatabaseError(
        DatabaseErrorKind::SerializationFailure,
        Box::new("could not serialize access".to_string()),
    ));
    assert!(e.is_serialization_failure());
    assert!(!DbError::Query(DieselError::NotFound).is_serialization_failure());
    assert!(!DbError::Canceled.is_serialization_failure());
}
