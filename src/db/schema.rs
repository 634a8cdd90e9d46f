//! Table definitions, written by hand for both backends (the migrations keep them in step).
//! Amounts are whole 元; JSON lists are stored as text.

diesel::table! {
    /// Administrative divisions (GB/T 2260); the 14 Hunan prefectures are built in.
    regions (code) {
        /// Six-digit division code.
        code -> Text,
        /// Full name, e.g. 湘西土家族苗族自治州.
        name -> Text,
        /// Short name, e.g. 湘西州.
        short_name -> Text,
    }
}

diesel::table! {
    /// Special funds (专项资金).
    funds (id) {
        id -> BigInt,
        name -> Text,
        year -> Integer,
        /// Whole 元.
        total_provincial_funds -> Nullable<BigInt>,
        description -> Nullable<Text>,
        /// The fund's indicator template, JSON.
        template -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        /// The scoring scheme (SPEC §6.1), JSON; NULL for the default.
        scoring -> Nullable<Text>,
    }
}

diesel::table! {
    /// Target sheets, one per (fund, region).
    sheets (id) {
        id -> BigInt,
        fund_id -> BigInt,
        region_code -> Text,
        /// JSON array of department names.
        departments -> Text,
        /// Whole 元.
        provincial_funds -> BigInt,
        /// Whole 元; NULL when blank.
        matching_funds -> Nullable<BigInt>,
        matching_funds_note -> Nullable<Text>,
        overall_goal -> Text,
        status -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        /// Reason given with the latest step of the review cycle.
        status_reason -> Nullable<Text>,
    }
}

diesel::table! {
    /// Indicators of a sheet, ordered by `position`.
    indicators (id) {
        id -> BigInt,
        sheet_id -> BigInt,
        position -> Integer,
        level1 -> Text,
        level2 -> Text,
        name -> Text,
        target -> Text,
        /// Parsed target (SPEC §1.3), filled by the service: `QUANTITATIVE`, `RELATIVE`, …;
        /// NULL when the text does not parse.
        target_kind -> Nullable<Text>,
        target_comparator -> Nullable<Text>,
        /// Canonical exact decimal (`100`, `0.1`, `-5`).
        target_value -> Nullable<Text>,
        target_upper -> Nullable<Text>,
        target_unit -> Nullable<Text>,
        target_basis -> Nullable<Text>,
        target_note -> Nullable<Text>,
        target_measurable -> Nullable<Bool>,
        /// Version of the parser that filled the `target_*` columns; older rows are parsed
        /// again at start.
        parser_version -> Integer,
        /// A `DEADLINE`'s date as written: `YYYY-MM-DD`, or `--MM-DD` without a year.
        target_date -> Nullable<Text>,
    }
}

diesel::table! {
    /// The first answer to each bulk upload's `Idempotency-Key`, kept 24 hours.
    idempotency_keys (key) {
        key -> Text,
        /// Fingerprint of the request sent with the key.
        fingerprint -> Text,
        /// HTTP status of the answer.
        status -> Integer,
        /// The answer's JSON body.
        response -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// API tokens; only a hash of each token is kept.
    api_tokens (id) {
        id -> BigInt,
        name -> Text,
        /// `ADMIN`, `REVIEWER`, `SUBMITTER` or `READER`.
        role -> Text,
        /// JSON array of region codes (submitters).
        regions -> Text,
        /// SHA-256 of the token, hex.
        token_hash -> Text,
        created_by -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// Every change of a sheet, with a full snapshot; kept when the sheet is deleted.
    sheet_revisions (id) {
        id -> BigInt,
        sheet_id -> BigInt,
        version -> BigInt,
        action -> Text,
        status -> Text,
        actor_name -> Text,
        actor_role -> Text,
        reason -> Nullable<Text>,
        request_id -> Nullable<Text>,
        created_at -> Timestamp,
        /// The sheet as `GET` returned it at this version, JSON.
        snapshot -> Text,
    }
}

diesel::table! {
    /// Monitoring reports (绩效监控, SPEC §5): one per (sheet, month).
    monitoring_reports (id) {
        id -> BigInt,
        sheet_id -> BigInt,
        month -> Integer,
        /// 1–N月执行数, whole 元.
        executed_funds -> BigInt,
        /// 全年预计执行数, whole 元.
        expected_executed_funds -> Nullable<BigInt>,
        goal_progress -> Nullable<Text>,
        status -> Text,
        status_reason -> Nullable<Text>,
        version -> BigInt,
        /// The computed figures frozen at submit, JSON; NULL while computed on read.
        frozen -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// The lines of a report, one per indicator reported, in order.
    monitoring_lines (id) {
        id -> BigInt,
        report_id -> BigInt,
        position -> Integer,
        indicator_id -> BigInt,
        actual -> Nullable<Text>,
        expected -> Nullable<Text>,
        likelihood -> Nullable<Text>,
        /// JSON array of reasons.
        deviation_reasons -> Text,
        deviation_note -> Nullable<Text>,
        measures -> Nullable<Text>,
    }
}

diesel::table! {
    /// Every change of a report, with a full snapshot; kept when the report is deleted.
    monitoring_revisions (id) {
        id -> BigInt,
        sheet_id -> BigInt,
        month -> Integer,
        version -> BigInt,
        action -> Text,
        status -> Text,
        actor_name -> Text,
        actor_role -> Text,
        reason -> Nullable<Text>,
        request_id -> Nullable<Text>,
        created_at -> Timestamp,
        /// The report as `GET` returned it at this version, JSON.
        snapshot -> Text,
    }
}

diesel::joinable!(sheets -> funds (fund_id));
diesel::joinable!(sheets -> regions (region_code));
diesel::joinable!(indicators -> sheets (sheet_id));
diesel::table! {
    /// Self-evaluations (绩效自评, SPEC §6), one per approved sheet.
    self_evaluations (id) {
        id -> BigInt,
        sheet_id -> BigInt,
        /// 全年执行数, whole 元.
        executed_funds -> BigInt,
        goal_achievement -> Nullable<Text>,
        budget_deviation_analysis -> Nullable<Text>,
        status -> Text,
        status_reason -> Nullable<Text>,
        version -> BigInt,
        /// The basis and scores frozen at submit, JSON; NULL while computed on read.
        frozen -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// One line per indicator of a self-evaluation.
    self_evaluation_lines (id) {
        id -> BigInt,
        evaluation_id -> BigInt,
        position -> Integer,
        indicator_id -> BigInt,
        actual -> Nullable<Text>,
        achievement -> Nullable<Text>,
        /// Decimal string.
        score -> Nullable<Text>,
        /// Decimal string.
        weight -> Nullable<Text>,
        deviation_analysis -> Nullable<Text>,
    }
}

diesel::table! {
    /// Every change of a self-evaluation, with a full snapshot; kept when it is deleted.
    self_evaluation_revisions (id) {
        id -> BigInt,
        sheet_id -> BigInt,
        version -> BigInt,
        action -> Text,
        status -> Text,
        actor_name -> Text,
        actor_role -> Text,
        reason -> Nullable<Text>,
        request_id -> Nullable<Text>,
        created_at -> Timestamp,
        /// The evaluation as `GET` returned it at this version, JSON.
        snapshot -> Text,
    }
}

diesel::joinable!(monitoring_reports -> sheets (sheet_id));
diesel::joinable!(monitoring_lines -> monitoring_reports (report_id));
diesel::joinable!(self_evaluations -> sheets (sheet_id));
diesel::joinable!(self_evaluation_lines -> self_evaluations (evaluation_id));
diesel::allow_tables_to_appear_in_same_query!(
    regions,
    funds,
    sheets,
    indicators,
    idempotency_keys,
    api_tokens,
    sheet_revisions,
    monitoring_reports,
    monitoring_lines,
    monitoring_revisions,
    self_evaluations,
    self_evaluation_lines,
    self_evaluation_revisions
);
