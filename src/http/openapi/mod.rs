//! The OpenAPI document: its fixed parts ([`ApiDoc`]), the operations and schemas collected from
//! the handlers by `utoipa-actix-web` when the routes are registered (see `app`), and
//! [`finish`], which adds what operations share and what the handlers' attributes cannot say:
//!
//! - the problem responses of each operation, one per status, naming the codes the operation
//!   can answer (the table in [`problems`], next to each handler module) with a true example of
//!   each, rendered by the code that renders real problems;
//! - the headers every response carries (`X-Request-Id`), those of versioned resources (`ETag`),
//!   of creations (`Location`), of 401, 429 and 503;
//! - the request headers every operation reads (`Accept-Language`, `X-Request-Id`);
//! - examples drawn from the seed data (`examples`).

mod examples;
pub mod inputs;
pub mod problems;

use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::path::{Operation, ParameterBuilder, ParameterIn};
use utoipa::openapi::{ObjectBuilder, OpenApi as Document, Ref, RefOr, Required, Type};
use utoipa::OpenApi;

use crate::domain::{Issue, IssueCode, Severity};
use crate::error::ProblemCode;
use crate::http::problem::Problem;

pub use problems::OperationProblems;

/// Top-level information, tags and shared schemas.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "perf-targets",
        description = "预算绩效目标表服务 — budget performance target sheets over REST/JSON.\n\n\
Every error is `application/problem+json` (RFC 9457) with a stable `code` and the `request_id` \
(also in the `X-Request-Id` header). Messages are Chinese by default and English with \
`Accept-Language: en`. Each operation lists the codes it can answer, status by status, with an \
example of each; clients must also accept codes a later version adds (`Problem.code` is an open \
enum: act on the `status`).\n\n\
Answers no single operation lists: an unknown path is 404 `ROUTE_NOT_FOUND`; a known path \
with a method it does not take is 405 `METHOD_NOT_ALLOWED`, with `Allow` naming the methods it \
takes; a CORS preflight (`OPTIONS`) from an origin that is not allowed is 400 `CORS_REJECTED`.\n\n\
**Access.** Every operation except the reference data, `POST /api/v1/targets/parse` and the \
health probes needs an API token: press *Authorize* and paste one (`pt_…`). Roles: `ADMIN` \
(funds, templates, tokens, everything), `REVIEWER` (reads everything; approves, returns, \
reopens), `SUBMITTER` (writes and submits its regions' sheets while `DRAFT` or `RETURNED`), \
`READER`. Requests are limited per token and per instance (429 with `Retry-After`).\n\n\
**Versions.** Sheets and funds carry a `version`; every answer holding one sends it as the \
strong `ETag` `\"<version>\"`, which `If-Match` takes on the next write (412 when another write \
came first)."
    ),
    servers((url = "/", description = "This server (the paths carry the `/api/v1` prefix)")),
    tags(
        (name = "sheets", description = "绩效目标表: per (fund, region), money and ordered indicators"),
        (name = "funds", description = "专项资金: funds, their budget and allocation summary"),
        (name = "workflow", description = "申报 → 审核 → 批复 → 调整: review steps, revisions and differences between versions"),
        (name = "tokens", description = "API tokens (administrators) and the caller's identity"),
        (name = "monitoring", description = "绩效监控: in-year reports per approved sheet and month, their review steps, and a fund's picture with its lights"),
        (name = "self-evaluation", description = "绩效自评: the year's results per approved sheet, scored automatically and explained, their review steps, and a fund's ranking"),
        (name = "comparisons", description = "横向比较: a fund's indicators across its regions with low and high targets flagged, and two sheets compared"),
        (name = "validation", description = "指标值解析与校验: target values understood, sheets checked without saving"),
        (name = "reference", description = "Reference data: taxonomy and regions"),
        (name = "operations", description = "Health probes for load balancers and containers"),
    ),
    components(schemas(Problem, ProblemCode, Issue, IssueCode, Severity))
)]
pub struct ApiDoc;

/// Request and response header `X-Request-Id`.
pub const X_REQUEST_ID: &str = "X-Request-Id";
/// Request header `Accept-Language`.
pub const ACCEPT_LANGUAGE: &str = "Accept-Language";
/// Response header `ETag`.
pub const ETAG: &str = "ETag";
/// Response header `Location`.
pub const LOCATION: &str = "Location";
/// Response header `Retry-After`.
pub const RETRY_AFTER: &str = "Retry-After";
/// Response header `WWW-Authenticate`.
pub const WWW_AUTHENTICATE: &str = "WWW-Authenticate";
/// Response header of a replayed bulk upload.
pub const IDEMPOTENT_REPLAYED: &str = "Idempotent-Replayed";

/// The schemas of the resources that carry a `version`: a success answer with one of them as
/// its body sends the version as `ETag`.
const VERSIONED: &[&str] = &["Sheet", "Fund", "Report", "Evaluation"];

/// Adds to a document of registered handlers (after [`crate::http::auth::document`] marked
/// which operations need a token) what operations share: problem responses, headers, request
/// headers and examples.
pub fn finish(api: &mut Document) {
    let components = api.components.get_or_insert_with(Default::default);
    for (name, description, schema) in [
        (
            X_REQUEST_ID,
            "The request id: the client's `X-Request-Id` when it matches `[A-Za-z0-9._-]{1,128}`, \
             a new one otherwise; also the `request_id` of a problem, and in the log",
            string_schema(Some("^[A-Za-z0-9._-]{1,128}$")),
        ),
        (
            ETAG,
            "The resource's version as a strong entity tag, `\"<version>\"`: send it as \
             `If-Match` with the next write",
            string_schema(Some("^\"[0-9]+\"$")),
        ),
        (
            LOCATION,
            "The path of the new resource",
            string_schema(None),
        ),
        (
            RETRY_AFTER,
            "Seconds to wait before trying again",
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(0))
                .into(),
        ),
        (
            WWW_AUTHENTICATE,
            "`Bearer realm=\"perf-targets\"`, with `error=\"invalid_token\"` when a token was sent",
            string_schema(None),
        ),
        (
            IDEMPOTENT_REPLAYED,
            "`true` when this is the stored answer to an earlier upload with the same \
             `Idempotency-Key` and body: nothing was applied again",
            ObjectBuilder::new()
                .schema_type(Type::String)
                .enum_values(Some(["true"]))
                .into(),
        ),
    ] {
        components.headers.insert(
            name.to_string(),
            RefOr::T(
                HeaderBuilder::new()
                    .schema(Some(schema))
                    .description(Some(description))
                    .build(),
            ),
        );
    }
    for (name, description, schema) in [
        (
            ACCEPT_LANGUAGE,
            "`en…` for English titles, details and messages; anything else (or none) for \
             Chinese",
            ObjectBuilder::new()
                .schema_type(Type::String)
                .examples(["en", "zh-CN"])
                .into(),
        ),
        (
            X_REQUEST_ID,
            "A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the \
             answer and logged with the request; any other value (or none) is replaced by a new \
             one, so none is refused",
            string_schema(None),
        ),
    ] {
        components.parameters.insert(
            name.to_string(),
            RefOr::T(
                ParameterBuilder::new()
                    .name(name)
                    .parameter_in(ParameterIn::Header)
                    .required(Required::False)
                    .description(Some(description))
                    .schema(Some(schema))
                    .build(),
            ),
        );
    }

    let table = crate::http::routes::problems();
    let examples = examples::Examples::from_seed();
    for (path, item) in api.paths.paths.iter_mut() {
        for op in operations(item) {
            let params = op.parameters.get_or_insert_with(Vec::new);
            for name in [ACCEPT_LANGUAGE, X_REQUEST_ID] {
                params.push(RefOr::Ref(Ref::new(format!(
                    "#/components/parameters/{name}"
                ))));
            }
            document_success(op);
            problems::document(op, path, &table);
            examples.document(op);
        }
    }
    examples.document_schemas(api);
}

/// Every operation of a path item.
pub fn operations(item: &mut utoipa::openapi::PathItem) -> impl Iterator<Item = &mut Operation> {
    [
        item.get.as_mut(),
        item.post.as_mut(),
        item.put.as_mut(),
        item.patch.as_mut(),
        item.delete.as_mut(),
    ]
    .into_iter()
    .flatten()
}

/// A reference to a shared response header.
fn header(name: &str) -> RefOr<utoipa::openapi::header::Header> {
    RefOr::Ref(Ref::new(format!("#/components/headers/{name}")))
}

fn string_schema(pattern: Option<&str>) -> RefOr<utoipa::openapi::schema::Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(pattern)
        .into()
}

/// The headers of the success answers: `X-Request-Id` on all, `ETag` on those holding a
/// versioned resource, `Location` on a 201.
fn document_success(op: &mut Operation) {
    let replayable = matches!(
        op.operation_id.as_deref(),
        Some("bulkUploadSheets" | "bulkUploadReports" | "bulkUploadEvaluations")
    );
    for (status, response) in op.responses.responses.iter_mut() {
        let RefOr::T(response) = response else {
            continue;
        };
        if status.starts_with('4') || status.starts_with('5') {
            continue;
        }
        response
            .headers
            .insert(X_REQUEST_ID.into(), header(X_REQUEST_ID));
        let versioned = response.content.values().any(|content| match content {
            RefOr::T(c) => matches!(
                &c.schema,
                Some(RefOr::Ref(r)) if VERSIONED.iter().any(|v| r.ref_location == format!("#/components/schemas/{v}"))
            ),
            RefOr::Ref(_) => false,
        });
        if versioned {
            response.headers.insert(ETAG.into(), header(ETAG));
        }
        if status == "201" {
            response.headers.insert(LOCATION.into(), header(LOCATION));
        }
        if replayable {
            response
                .headers
                .insert(IDEMPOTENT_REPLAYED.into(), header(IDEMPOTENT_REPLAYED));
        }
    }
}
