//! Every code the service can send is produced by some test (as Lemmy's `test_errors_used.rs`):
//! a code no request can produce must not be in its enum, and a code no test produces is
//! untested behaviour.
//!
//! Tests run in parallel, and any run may be filtered to a few of them, so this reads the test
//! sources instead of recording answers: every [`ProblemCode`] must be asserted somewhere as
//! `.problem(<status>, "<CODE>")` (which checks status, media type, `type`, `code` and
//! `request_id` of an answer), with the status [`status_of`] gives it; every [`IssueCode`] must be
//! named in a test, outside comments. Tests name codes only in what they expect of an answer:
//! a list of codes kept to claim coverage would defeat this check.

use std::path::Path;

use perf_targets::domain::IssueCode;
use perf_targets::error::ProblemCode;
use perf_targets::http::problem::status_of;

/// The integration tests' sources: every `.rs` file under `tests/api/`, however deep (this file
/// and the shared helpers in `common/` excepted), comments dropped, every whitespace character
/// removed (so `problem(\n 413,\n "X")` reads as `problem(413,"X")`).
fn test_sources() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/api");
    let skipped = [root.join("codes.rs"), root.join("common")];
    let mut all = String::new();
    let mut files = 0;
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("a readable tests directory") {
            let path = entry.expect("a test file").path();
            if skipped.contains(&path) {
                continue;
            }
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            files += 1;
            let text = std::fs::read_to_string(&path).expect("a readable test file");
            for line in text.lines() {
                if line.trim_start().starts_with("//") {
                    continue;
                }
                all.extend(line.chars().filter(|c| !c.is_whitespace()));
                all.push('\n');
            }
        }
    }
    assert!(
        files >= 10,
        "only {files} test files under {}",
        root.display()
    );
    all
}

#[test]
fn every_problem_code_is_produced_with_its_status_by_a_test() {
    let sources = test_sources();
    let missing: Vec<String> = ProblemCode::ALL
        .iter()
        .map(|code| format!("problem({},\"{code}\")", status_of(*code).as_u16()))
        .filter(|call| !sources.contains(call))
        .collect();
    assert!(
        missing.is_empty(),
        "no test asserts an answer with these codes; write one, or drop a code no request \
         can produce: {missing:?}"
    );
}

#[test]
fn every_issue_code_is_produced_by_a_test() {
    let sources = test_sources();
    let missing: Vec<&str> = IssueCode::ALL
        .iter()
        .map(|code| code.as_str())
        .filter(|code| !sources.contains(&format!("\"{code}\"")))
        .collect();
    assert!(
        missing.is_empty(),
        "no test expects these issue codes; write one, or drop a code nothing can produce: \
         {missing:?}"
    );
}
