//! The OpenAPI document's fixed parts; operations and schemas are collected from the handlers
//! by `utoipa-actix-web` when the routes are registered (see `app`).

use utoipa::OpenApi;

use crate::domain::{Issue, Severity};
use crate::error::Problem;

/// Top-level information, tags and shared schemas.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "perf-targets",
        description = "预算绩效目标表服务 — budget performance target sheets over REST/JSON.\n\n\
Every error is `application/problem+json` (RFC 9457) with a stable `code` and the `request_id` \
(also in the `X-Request-Id` header). Messages are Chinese by default and English with \
`Accept-Language: en`."
    ),
    tags(
        (name = "sheets", description = "绩效目标表: per (fund, region), money and ordered indicators"),
        (name = "funds", description = "专项资金: funds, their budget and allocation summary"),
        (name = "validation", description = "指标值解析与校验: target values understood, sheets checked without saving"),
        (name = "reference", description = "Reference data: taxonomy and regions"),
        (name = "operations", description = "Health probes for load balancers and containers"),
    ),
    components(schemas(Problem, Issue, Severity))
)]
pub struct ApiDoc;
