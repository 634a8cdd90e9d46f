//! The OpenAPI document's fixed parts; operations and schemas are collected from the handlers
//! by `utoipa-actix-web` when the routes are registered (see `app`).

use utoipa::OpenApi;

use crate::domain::{Issue, IssueCode, Severity};
use crate::error::ProblemCode;
use crate::http::problem::Problem;

/// Top-level information, tags and shared schemas.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "perf-targets",
        description = "预算绩效目标表服务 — budget performance target sheets over REST/JSON.\n\n\
Every error is `application/problem+json` (RFC 9457) with a stable `code` and the `request_id` \
(also in the `X-Request-Id` header). Messages are Chinese by default and English with \
`Accept-Language: en`.\n\n\
**Access.** Every operation except the reference data, `POST /api/v1/targets/parse` and the \
health probes needs an API token: press *Authorize* and paste one (`pt_…`). Roles: `ADMIN` \
(funds, templates, tokens, everything), `REVIEWER` (reads everything; approves, returns, \
reopens), `SUBMITTER` (writes and submits its regions' sheets while `DRAFT` or `RETURNED`), \
`READER`. Requests are limited per token and per instance (429 with `Retry-After`)."
    ),
    tags(
        (name = "sheets", description = "绩效目标表: per (fund, region), money and ordered indicators"),
        (name = "funds", description = "专项资金: funds, their budget and allocation summary"),
        (name = "workflow", description = "申报 → 审核 → 批复 → 调整: review steps, revisions and differences between versions"),
        (name = "tokens", description = "API tokens (administrators) and the caller's identity"),
        (name = "monitoring", description = "绩效监控: in-year reports per approved sheet and month, their review steps, and a fund's picture with its lights"),
        (name = "validation", description = "指标值解析与校验: target values understood, sheets checked without saving"),
        (name = "reference", description = "Reference data: taxonomy and regions"),
        (name = "operations", description = "Health probes for load balancers and containers"),
    ),
    components(schemas(Problem, ProblemCode, Issue, IssueCode, Severity))
)]
pub struct ApiDoc;
