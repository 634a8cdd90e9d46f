//! Issues: the unit of every validation answer and of the `errors` list in problem bodies.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// How serious an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Severity {
    /// Blocks saving and submitting.
    Error,
    /// Reported and saved.
    Warning,
}

macro_rules! issue_codes {
    ($( $(#[$doc:meta])* $variant:ident = $text:literal ; )*) => {
        /// Every code an issue can carry: stable, UPPER_SNAKE_CASE. `docs/VALIDATION.md` explains
        /// each one.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum IssueCode {
            $( $(#[$doc])* #[serde(rename = $text)] $variant, )*
        }

        impl IssueCode {
            /// Every code, in the order of the documentation.
            pub const ALL: &'static [IssueCode] = &[$(IssueCode::$variant),*];

            /// The code as it appears in JSON.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(IssueCode::$variant => $text,)*
                }
            }
        }
    };
}

issue_codes! {
    // The request itself.
    /// A field the document does not have (a typo such as `matching_fund`).
    UnknownField = "UNKNOWN_FIELD";
    /// A field serde needs is absent.
    MissingField = "MISSING_FIELD";
    /// A value of the wrong JSON type.
    InvalidType = "INVALID_TYPE";
    /// A malformed or unknown query or path parameter, or a malformed header.
    InvalidParameter = "INVALID_PARAMETER";
    // Document checks.
    /// A required field is missing or blank.
    Required = "REQUIRED";
    /// Text longer than its limit.
    TooLong = "TOO_LONG";
    /// A list longer than its limit.
    TooMany = "TOO_MANY";
    /// A control character (NUL and the like) in text.
    ControlCharacter = "CONTROL_CHARACTER";
    /// A negative amount.
    AmountNegative = "AMOUNT_NEGATIVE";
    /// An amount with more than 4 decimals.
    AmountTooPrecise = "AMOUNT_TOO_PRECISE";
    /// An amount beyond what the service stores.
    AmountTooLarge = "AMOUNT_TOO_LARGE";
    /// An amount that is not a decimal number (an exponent, words, …).
    AmountInvalid = "AMOUNT_INVALID";
    /// A year outside its range: a fund's 2000–2100, the `year` of `POST /targets/parse`
    /// 1900–2100.
    YearOutOfRange = "YEAR_OUT_OF_RANGE";
    /// A region code that is not six digits.
    InvalidRegionCode = "INVALID_REGION_CODE";
    /// 一级指标 not in the taxonomy.
    UnknownLevel1 = "UNKNOWN_LEVEL1";
    /// 二级指标 not in the taxonomy.
    UnknownLevel2 = "UNKNOWN_LEVEL2";
    /// 二级指标 that belongs to another 一级指标.
    Level2NotUnderLevel1 = "LEVEL2_NOT_UNDER_LEVEL1";
    /// The same indicator name twice under one 二级指标.
    DuplicateIndicator = "DUPLICATE_INDICATOR";
    // Target values.
    /// An empty target value.
    TargetEmpty = "TARGET_EMPTY";
    /// A target that looks numeric but does not parse (`≥`, `≥abc%`, `1..2`).
    TargetMalformed = "TARGET_MALFORMED";
    /// A range whose lower bound is above its upper bound (`5-3次`).
    TargetRangeInverted = "TARGET_RANGE_INVERTED";
    /// A satisfaction target above 100%.
    SatisfactionOver100 = "SATISFACTION_OVER_100";
    // References and stored state.
    /// `fund_id` names no fund.
    UnknownFund = "UNKNOWN_FUND";
    /// `region_code` names no region.
    UnknownRegion = "UNKNOWN_REGION";
    /// `fund_id` or `region_code` changed after creation.
    ImmutableField = "IMMUTABLE_FIELD";
    /// A second sheet for the same fund and region.
    SheetExists = "SHEET_EXISTS";
    /// A second fund with the same year and name.
    FundExists = "FUND_EXISTS";
    /// A fund or region named in an upload matches more than one.
    AmbiguousReference = "AMBIGUOUS_REFERENCE";
    /// The sheets of a fund would exceed its `total_provincial_funds`.
    FundTotalExceeded = "FUND_TOTAL_EXCEEDED";
    // Access control and the review cycle.
    /// A sheet that is `SUBMITTED` or `APPROVED` cannot be edited (bulk upload item).
    SheetNotEditable = "SHEET_NOT_EDITABLE";
    /// A submitter's token does not cover the sheet's region (bulk upload item).
    RegionNotPermitted = "REGION_NOT_PERMITTED";
    /// A report or evaluation of an upload names a sheet that does not exist (bulk upload
    /// item).
    SheetNotFound = "SHEET_NOT_FOUND";
    /// A report or evaluation of an upload for a sheet that is not `APPROVED` (bulk upload
    /// item).
    SheetNotApproved = "SHEET_NOT_APPROVED";
    /// Changing a `SUBMITTED` or `APPROVED` monitoring report (bulk upload item).
    ReportNotEditable = "REPORT_NOT_EDITABLE";
    /// Changing a `SUBMITTED` or `APPROVED` self-evaluation (bulk upload item).
    EvaluationNotEditable = "EVALUATION_NOT_EDITABLE";
    /// `regions` given to a token that is not a `SUBMITTER`, or missing for one.
    InvalidRegionScope = "INVALID_REGION_SCOPE";
    /// A second active token with the same name.
    TokenExists = "TOKEN_EXISTS";
    // Uploaded files.
    /// A file that is not what its media type says, a zip bomb, broken XML.
    FileUnreadable = "FILE_UNREADABLE";
    /// Text that is not UTF-8 (GBK is recognised and named).
    EncodingUnsupported = "ENCODING_UNSUPPORTED";
    /// A 附件2 form whose rows are not where the form puts them.
    FormLayout = "FORM_LAYOUT";
    /// A CSV or Excel column the format needs is missing.
    ColumnMissing = "COLUMN_MISSING";
    /// A CSV or Excel column the format does not know (or one named twice).
    ColumnUnknown = "COLUMN_UNKNOWN";
    /// The same fund and region twice in one upload.
    DuplicateItem = "DUPLICATE_ITEM";
    /// A line or cell of an upload that cannot be read as part of a sheet.
    ValueInvalid = "VALUE_INVALID";
    /// An upload with more items than allowed.
    TooManyItems = "TOO_MANY_ITEMS";
    // Exports.
    /// A value longer than an Excel cell holds (32,767 characters).
    CellTooLong = "CELL_TOO_LONG";
    /// More rows than an Excel worksheet holds (1,048,576).
    TooManyRows = "TOO_MANY_ROWS";
    // Advice (warnings).
    /// A sheet without any 产出, 效益 or 满意度 indicator.
    Level1Missing = "LEVEL1_MISSING";
    /// 产出指标 without 数量, 质量 or 时效 indicators.
    OutputLevel2Missing = "OUTPUT_LEVEL2_MISSING";
    /// A vague target (正增长, 积极, …).
    TargetNotMeasurable = "TARGET_NOT_MEASURABLE";
    /// A department whose name does not start with the region's name.
    DepartmentRegionMismatch = "DEPARTMENT_REGION_MISMATCH";
    // Fund templates (warnings, errors when the template is strict).
    /// An indicator the fund's template asks for is missing.
    TemplateIndicatorMissing = "TEMPLATE_INDICATOR_MISSING";
    /// A target below the floor the fund's template sets.
    TemplateFloorNotMet = "TEMPLATE_FLOOR_NOT_MET";
    // Monitoring reports (SPEC §5.2).
    /// An `indicator_id` (or a file's 一级/二级/三级) that is not one of the sheet's.
    UnknownIndicator = "UNKNOWN_INDICATOR";
    /// A sheet write would remove an indicator a monitoring report refers to.
    IndicatorInUse = "INDICATOR_IN_USE";
    /// An indicator of the sheet missing from the report (an error on submit).
    IndicatorNotReported = "INDICATOR_NOT_REPORTED";
    /// An indicator without `likelihood` (an error on submit).
    LikelihoodRequired = "LIKELIHOOD_REQUIRED";
    /// An `AT_RISK` or `OFF_TRACK` indicator without a reason and measures (an error on submit).
    DeviationReasonRequired = "DEVIATION_REASON_REQUIRED";
    /// An actual or expected value that cannot be compared with the target.
    ActualNotComparable = "ACTUAL_NOT_COMPARABLE";
    /// `likelihood` `CERTAIN` while the expected value misses the target.
    OutlookInconsistent = "OUTLOOK_INCONSISTENT";
    /// Funds executed beyond the sheet's budget.
    ExecutedExceedsBudget = "EXECUTED_EXCEEDS_BUDGET";
    /// The year's expected execution below what is already executed.
    ExpectedBelowExecuted = "EXPECTED_BELOW_EXECUTED";
    /// The execution rate below the time progress (序时进度).
    BehindSchedule = "BEHIND_SCHEDULE";
    // Self-evaluation (SPEC §6).
    /// A fund's scoring scheme that does not add up to 100, has a negative weight, more than 4
    /// decimals or a label that is not a 一级 of the taxonomy; or a sheet whose 一级 present all
    /// weigh 0 in its fund's scheme.
    ScoringWeightsInvalid = "SCORING_WEIGHTS_INVALID";
    /// Weights given on some indicators of an evaluation but not all, or not adding up to
    /// exactly 100 minus the budget weight (or one that is negative or too precise).
    WeightsSumInvalid = "WEIGHTS_SUM_INVALID";
    /// A judged score outside the band of its achievement (or with more than 2 decimals).
    ScoreOutOfBand = "SCORE_OUT_OF_BAND";
    /// `ACHIEVED` for a deadline that the actual date missed.
    AchievementContradictsActual = "ACHIEVEMENT_CONTRADICTS_ACTUAL";
    /// An indicator scored by judgement without `achievement`.
    AchievementRequired = "ACHIEVEMENT_REQUIRED";
    /// A score below its weight, or an execution rate below 100 %, without an analysis.
    DeviationAnalysisRequired = "DEVIATION_ANALYSIS_REQUIRED";
    /// `achievement` (or `score`) given for an indicator scored by formula: ignored.
    AchievementIgnored = "ACHIEVEMENT_IGNORED";
    /// A REACH target exceeded by 20 % or more: the target may have been set too low.
    OverAchieved = "OVER_ACHIEVED";
    /// An indicator whose 一级 weighs 0 in the fund's scheme.
    IndicatorUnweighted = "INDICATOR_UNWEIGHTED";
    // Comparisons across regions (SPEC §7).
    /// A target flagged `LOW` among the fund's sheets: far below its peers' (per 万元 of
    /// provincial funds where that applies). Only in `GET /sheets/{sheet_id}/validation`.
    TargetBelowPeers = "TARGET_BELOW_PEERS";
}

impl utoipa::PartialSchema for IssueCode {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some(IssueCode::ALL.iter().map(|c| c.as_str())))
            .description(Some(
                "The issue codes this version sends, UPPER_SNAKE_CASE; `docs/VALIDATION.md` \
                 explains each one. A later version may add codes.",
            ))
            .into()
    }
}

impl ToSchema for IssueCode {}

/// The schema of a field holding a code from an enum that a later version may extend: one of
/// the known codes (the `$ref` to `enum_schema`) or any other string, so that a client generated
/// from this spec keeps reading answers carrying a code it does not know.
pub fn open_enum_schema(enum_schema: &str, description: &str) -> utoipa::openapi::schema::Schema {
    use utoipa::openapi::schema::{AnyOfBuilder, ObjectBuilder, Type};
    use utoipa::openapi::Ref;
    AnyOfBuilder::new()
        .item(Ref::from_schema_name(enum_schema))
        .item(ObjectBuilder::new().schema_type(Type::String))
        .description(Some(description))
        .into()
}

/// The schema of [`Issue::code`]: an open enum (see [`open_enum_schema`]).
fn issue_code_field_schema() -> utoipa::openapi::schema::Schema {
    open_enum_schema(
        "IssueCode",
        "Stable machine-readable code, UPPER_SNAKE_CASE (see `docs/VALIDATION.md`): one of \
         `IssueCode`, or a code a later version added.",
    )
}

impl From<super::target::TargetErrorCode> for IssueCode {
    fn from(code: super::target::TargetErrorCode) -> Self {
        use super::target::TargetErrorCode as T;
        match code {
            T::TargetEmpty => IssueCode::TargetEmpty,
            T::TargetMalformed => IssueCode::TargetMalformed,
            T::TargetRangeInverted => IssueCode::TargetRangeInverted,
        }
    }
}

impl std::fmt::Display for IssueCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem found in a request or a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "code": "TARGET_NOT_MEASURABLE", "severity": "WARNING", "path": "/indicators/2/target",
    "message": "指标值“正增长”不可衡量，建议给出具体数值"
}))]
pub struct Issue {
    /// Stable machine-readable code, UPPER_SNAKE_CASE (see `docs/VALIDATION.md`): one of
    /// `IssueCode`, or a code a later version added.
    #[schema(schema_with = issue_code_field_schema)]
    pub code: IssueCode,
    /// `ERROR` blocks saving; `WARNING` is reported and saved.
    pub severity: Severity,
    /// JSON Pointer (RFC 6901) into the submitted document; empty for the document as a whole.
    pub path: String,
    /// Human-readable explanation, Chinese by default, English with `Accept-Language: en`.
    pub message: String,
    /// Query or path parameter at fault, when the issue is about the URL rather than the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
    /// 1-based row in an uploaded file (CSV, Excel, documents), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    /// Column name or letter in an uploaded file, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
}

impl Issue {
    /// An error-severity issue at a JSON Pointer path.
    pub fn error(code: IssueCode, path: impl Into<String>, message: impl Into<String>) -> Self {
        Issue {
            code,
            severity: Severity::Error,
            path: path.into(),
            message: message.into(),
            parameter: None,
            row: None,
            column: None,
        }
    }

    /// A warning-severity issue at a JSON Pointer path.
    pub fn warning(code: IssueCode, path: impl Into<String>, message: impl Into<String>) -> Self {
        Issue {
            severity: Severity::Warning,
            ..Issue::error(code, path, message)
        }
    }

    /// An error about a query or path parameter.
    pub fn parameter(
        code: IssueCode,
        parameter: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Issue {
            parameter: Some(parameter.into()),
            ..Issue::error(code, "", message)
        }
    }
}

/// The issues of a computation over an amount, without those at `derived` paths when reading
/// refused the amount (an error at `amount` among `read`): the computation then stood on 0 in
/// its place, and a warning such as `BEHIND_SCHEDULE` would be about a number the client never
/// sent.
pub fn without_unread_amount(
    read: &[Issue],
    amount: &str,
    derived: &[&str],
    computed: Vec<Issue>,
) -> Vec<Issue> {
    let refused = read
        .iter()
        .any(|i| i.severity == Severity::Error && i.path == amount);
    if !refused {
        return computed;
    }
    computed
        .into_iter()
        .filter(|i| !derived.contains(&i.path.as_str()))
        .collect()
}

/// Escapes one reference token for a JSON Pointer (RFC 6901: `~` → `~0`, `/` → `~1`).
pub fn pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_amount_takes_the_warnings_computed_from_it_along() {
        let computed = || {
            vec![
                Issue::warning(IssueCode::BehindSchedule, "/executed_funds", "x"),
                Issue::warning(
                    IssueCode::ExpectedBelowExecuted,
                    "/expected_executed_funds",
                    "x",
                ),
                Issue::warning(IssueCode::IndicatorNotReported, "/indicators", "x"),
            ]
        };
        let derived = ["/executed_funds", "/expected_executed_funds"];
        let refused = [Issue::error(
            IssueCode::AmountNegative,
            "/executed_funds",
            "x",
        )];
        let kept = without_unread_amount(&refused, "/executed_funds", &derived, computed());
        assert_eq!(kept, vec![computed()[2].clone()]);
        // Read, or refused elsewhere: everything stays.
        let elsewhere = [Issue::error(
            IssueCode::AmountNegative,
            "/expected_executed_funds",
            "x",
        )];
        for read in [&[][..], &elsewhere[..]] {
            assert_eq!(
                without_unread_amount(read, "/executed_funds", &derived, computed()),
                computed()
            );
        }
    }

    #[test]
    fn every_code_is_documented_once() {
        let doc = include_str!("../../docs/VALIDATION.md");
        for code in IssueCode::ALL {
            let row = format!("| `{code}` |");
            assert_eq!(doc.matches(&row).count(), 1, "{code} in docs/VALIDATION.md");
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json, code.as_str());
        }
    }

    #[test]
    fn pointer_tokens_are_escaped() {
        assert_eq!(pointer_token("a/b~c"), "a~1b~0c");
        assert_eq!(pointer_token("name"), "name");
    }

    #[test]
    fn optional_fields_are_left_out() {
        let json = serde_json::to_value(Issue::warning(IssueCode::TooLong, "/a", "m")).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "TOO_LONG", "severity": "WARNING", "path": "/a", "message": "m"})
        );
    }
}
