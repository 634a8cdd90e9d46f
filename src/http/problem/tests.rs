use super::*;
use crate::error::Resource;

fn ctx(lang: Lang) -> ProblemContext {
    ProblemContext {
        lang,
        instance: "/api/v1/x".into(),
        request_id: "rid".into(),
    }
}

/// Pins the status of every code: changing one is a breaking API change.
#[test]
fn status_of_every_code_is_pinned() {
    use ProblemCode as C;
    let pinned: &[(ProblemCode, u16)] = &[
        (C::InvalidQuery, 400),
        (C::InvalidPathParameter, 400),
        (C::MalformedJson, 400),
        (C::InvalidBody, 400),
        (C::InvalidHeader, 400),
        (C::BadRequest, 400),
        (C::CorsRejected, 400),
        (C::Unauthenticated, 401),
        (C::Forbidden, 403),
        (C::RouteNotFound, 404),
        (C::SheetNotFound, 404),
        (C::FundNotFound, 404),
        (C::RevisionNotFound, 404),
        (C::TokenNotFound, 404),
        (C::ReportNotFound, 404),
        (C::EvaluationNotFound, 404),
        (C::MethodNotAllowed, 405),
        (C::SheetExists, 409),
        (C::FundExists, 409),
        (C::FundHasSheets, 409),
        (C::SheetNotEditable, 409),
        (C::InvalidTransition, 409),
        (C::SheetNotApproved, 409),
        (C::ReportNotEditable, 409),
        (C::EvaluationNotEditable, 409),
        (C::IndicatorInUse, 409),
        (C::SheetInUse, 409),
        (C::TokenExists, 409),
        (C::LastAdminToken, 409),
        (C::PreconditionFailed, 412),
        (C::PayloadTooLarge, 413),
        (C::UnsupportedMediaType, 415),
        (C::ValidationFailed, 422),
        (C::ImportFailed, 422),
        (C::UnreadableUpload, 422),
        (C::IdempotencyKeyReused, 422),
        (C::ExportFailed, 422),
        (C::RateLimited, 429),
        (C::InternalError, 500),
        (C::ServiceUnavailable, 503),
        (C::TransactionConflict, 503),
    ];
    let listed: Vec<ProblemCode> = pinned.iter().map(|(c, _)| *c).collect();
    assert_eq!(
        listed,
        ProblemCode::ALL,
        "one row per code, in the order of ALL"
    );
    for (code, status) in pinned {
        assert_eq!(status_of(*code).as_u16(), *status, "{code}");
    }
}

/// Pins the code of every error kind, and that each renders as problem+json with its status.
#[test]
fn code_of_every_error_kind_is_pinned() {
    let conflict = |code| ServiceError::Conflict {
        code,
        detail_zh: "z".into(),
        detail_en: "e".into(),
        issues: vec![],
    };
    let cases: Vec<(ApiError, &str)> = vec![
        (ApiError::RouteNotFound, "ROUTE_NOT_FOUND"),
        (
            ApiError::Unauthenticated { invalid: true },
            "UNAUTHENTICATED",
        ),
        (
            ServiceError::Forbidden {
                zh: "z".into(),
                en: "e".into(),
            }
            .into(),
            "FORBIDDEN",
        ),
        (
            ApiError::RateLimited {
                retry_after: 3,
                uploads: false,
            },
            "RATE_LIMITED",
        ),
        (
            ApiError::MethodNotAllowed {
                allowed: vec!["GET".into()],
            },
            "METHOD_NOT_ALLOWED",
        ),
        (
            ServiceError::NotFound {
                resource: Resource::Sheet,
                id: "7".into(),
            }
            .into(),
            "SHEET_NOT_FOUND",
        ),
        (
            ServiceError::NotFound {
                resource: Resource::Token,
                id: "7".into(),
            }
            .into(),
            "TOKEN_NOT_FOUND",
        ),
        (
            ApiError::InvalidQuery {
                parameter: None,
                reason: "r".into(),
            },
            "INVALID_QUERY",
        ),
        (
            ApiError::InvalidPath {
                parameter: None,
                reason: "r".into(),
            },
            "INVALID_PATH_PARAMETER",
        ),
        (
            ServiceError::MalformedJson { reason: "r".into() }.into(),
            "MALFORMED_JSON",
        ),
        (
            ServiceError::InvalidBody {
                issue_code: IssueCode::UnknownField,
                path: "/a".into(),
                reason: "r".into(),
            }
            .into(),
            "INVALID_BODY",
        ),
        (
            ApiError::UnsupportedMediaType {
                got: None,
                expected: vec!["application/json"],
            },
            "UNSUPPORTED_MEDIA_TYPE",
        ),
        (ApiError::PayloadTooLarge { limit: 1 }, "PAYLOAD_TOO_LARGE"),
        (
            ServiceError::Validation { issues: vec![] }.into(),
            "VALIDATION_FAILED",
        ),
        (conflict(ProblemCode::SheetExists).into(), "SHEET_EXISTS"),
        (
            conflict(ProblemCode::LastAdminToken).into(),
            "LAST_ADMIN_TOKEN",
        ),
        (
            ServiceError::PreconditionFailed { current: 3 }.into(),
            "PRECONDITION_FAILED",
        ),
        (
            ServiceError::DatabaseUnavailable { reason: "r".into() }.into(),
            "SERVICE_UNAVAILABLE",
        ),
        (
            ServiceError::TransactionConflict.into(),
            "TRANSACTION_CONFLICT",
        ),
        (ApiError::Cors { reason: "r".into() }, "CORS_REJECTED"),
        (framework("r"), "BAD_REQUEST"),
        (ApiError::InvalidIdempotencyKey, "INVALID_HEADER"),
        (ApiError::internal("boom"), "INTERNAL_ERROR"),
    ];
    for (err, code) in cases {
        assert_eq!(err.code().as_str(), code, "{err:?}");
        let status = status_of(err.code());
        let res = err.render(&ctx(Lang::Zh));
        assert_eq!(res.status(), status);
        assert_eq!(
            res.headers().get(header::CONTENT_TYPE).unwrap(),
            PROBLEM_JSON
        );
        let problem = err.problem(&ctx(Lang::En));
        assert_eq!(problem.status, status.as_u16());
        assert_eq!(
            problem.type_,
            format!(
                "urn:perf-targets:problem:{}",
                code.to_ascii_lowercase().replace('_', "-")
            )
        );
        assert_eq!(
            (problem.instance.as_str(), problem.request_id.as_str()),
            ("/api/v1/x", "rid")
        );
    }
}

#[test]
fn a_500_says_nothing_of_its_cause() {
    let err = ApiError::internal("relation \"sheets\" does not exist: SELECT * FROM sheets");
    for lang in [Lang::Zh, Lang::En] {
        let body = serde_json::to_string(&err.problem(&ctx(lang))).unwrap();
        assert!(!body.contains("sheets"), "{body}");
        assert!(!body.contains("SELECT"), "{body}");
    }
    // A lost database task is an internal error in the service (pinned in `error`), and so a 500.
    let err = ApiError::from(ServiceError::internal("the database task was canceled"));
    assert_eq!(err.status(), StatusCode::INTERNAL_SERVER_ERROR);
}

#[test]
fn headers_and_errors_follow_the_kind() {
    let res = ApiError::MethodNotAllowed {
        allowed: vec!["GET".into(), "PUT".into()],
    }
    .render(&ctx(Lang::Zh));
    assert_eq!(res.headers().get(header::ALLOW).unwrap(), "GET, PUT");
    let res = ApiError::from(ServiceError::DatabaseUnavailable { reason: "x".into() })
        .render(&ctx(Lang::Zh));
    assert_eq!(res.headers().get(header::RETRY_AFTER).unwrap(), "5");
    let res = ApiError::from(ServiceError::TransactionConflict).render(&ctx(Lang::Zh));
    assert_eq!(res.headers().get(header::RETRY_AFTER).unwrap(), "1");

    let issues = vec![Issue::error(IssueCode::Required, "/name", "名称不能为空")];
    let problem = ApiError::from(ServiceError::Validation {
        issues: issues.clone(),
    })
    .problem(&ctx(Lang::Zh));
    assert_eq!(problem.errors, Some(issues));
    let problem = ApiError::from(ServiceError::InvalidBody {
        issue_code: IssueCode::UnknownField,
        path: "/matching_fund".into(),
        reason: "unknown field `matching_fund`".into(),
    })
    .problem(&ctx(Lang::En));
    let errors = problem.errors.unwrap();
    assert_eq!(
        (errors[0].code.as_str(), errors[0].path.as_str()),
        ("UNKNOWN_FIELD", "/matching_fund")
    );
    assert!(problem.detail.contains("/matching_fund"));
    assert!(ApiError::RouteNotFound
        .problem(&ctx(Lang::Zh))
        .errors
        .is_none());
}

#[test]
fn titles_follow_the_language() {
    let zh = ApiError::RouteNotFound.problem(&ctx(Lang::Zh));
    let en = ApiError::RouteNotFound.problem(&ctx(Lang::En));
    assert_eq!(zh.title, "路径不存在");
    assert_eq!(en.title, "Route not found");
    // The framework's wording is the same in both.
    let zh = framework("bad").problem(&ctx(Lang::Zh));
    assert_eq!(zh.title, "Bad Request");
    // A malformed header is named, in either language.
    let zh = ApiError::InvalidIdempotencyKey.problem(&ctx(Lang::Zh));
    let en = ApiError::InvalidIdempotencyKey.problem(&ctx(Lang::En));
    assert_eq!(
        (zh.title.as_str(), en.title.as_str()),
        ("请求头有误", "Invalid request header")
    );
    assert!(zh.detail.contains("可见 ASCII 字符"), "{}", zh.detail);
    let errors = zh.errors.unwrap();
    assert_eq!(errors[0].parameter.as_deref(), Some("Idempotency-Key"));
    assert_eq!(errors[0].message, zh.detail);
}

#[test]
fn framework_errors_are_classified() {
    let err: actix_web::Error = actix_web::error::ErrorBadRequest("bad header");
    let api = classify(&err);
    assert_eq!(api.code(), ProblemCode::BadRequest);
    assert_eq!(api.problem(&ctx(Lang::Zh)).detail, "bad header");
    let err: actix_web::Error = actix_web::error::ErrorNotFound("x");
    assert_eq!(classify(&err).code(), ProblemCode::RouteNotFound);
    let err: actix_web::Error = actix_web::error::ErrorPayloadTooLarge("x");
    assert_eq!(classify(&err).code(), ProblemCode::PayloadTooLarge);
    let err: actix_web::Error = actix_web::error::ErrorBadGateway("upstream");
    assert_eq!(classify(&err).code(), ProblemCode::InternalError);
    let err: actix_web::Error = ApiError::RouteNotFound.into();
    assert!(matches!(
        classify(&err),
        Cow::Borrowed(ApiError::RouteNotFound)
    ));
}
