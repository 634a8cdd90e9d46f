//! Extractors that fail with [`ApiError`]s naming what is wrong: query strings (unknown, repeated
//! or malformed parameters) and JSON bodies (media type, size, syntax, shape with its path).

use std::future::{ready, Ready};

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::web::BytesMut;
use actix_web::{FromRequest, HttpMessage, HttpRequest};
use futures_util::future::LocalBoxFuture;
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::domain::Lang;
use crate::domain::NumericId;
use crate::error::ServiceError;
use crate::http::problem::ApiError;
use crate::json::backticked_after;
pub use crate::json::{from_value, parse_json};
use crate::service::Precondition;

/// Default limit for one JSON document: 1 MiB (SPEC §2.1).
pub const DEFAULT_JSON_LIMIT: usize = 1 << 20;

/// Largest JSON body a scope or resource accepts; put it in `app_data` to override the default.
#[derive(Debug, Clone, Copy)]
pub struct JsonLimit(pub usize);

/// For operations that take no query parameters: any parameter is refused with 400.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

impl FromRequest for Lang {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    /// The language the request middleware chose (Chinese unless `Accept-Language: en…`).
    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let lang = req.extensions().get::<Lang>().copied().unwrap_or_else(|| {
            Lang::from_accept_language(
                req.headers()
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok()),
            )
        });
        ready(Ok(lang))
    }
}

impl FromRequest for Precondition {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    /// The `If-Match` header.
    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let value = req
            .headers()
            .get(header::IF_MATCH)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        ready(Ok(Precondition::parse(value.as_deref())))
    }
}

/// Reads an integer from a path segment or query value: `5`, and `5.0` too, since the spec's
/// integers are JSON Schema integers, which count a whole number written with a point or an
/// exponent (`5.0`, `5e0`).
pub fn whole_number<T: std::str::FromStr + TryFrom<i64>>(text: &str) -> Option<T> {
    if let Ok(v) = text.parse::<T>() {
        return Some(v);
    }
    let value = crate::json::integral(text)?;
    T::try_from(i64::try_from(value).ok()?).ok()
}

/// `deserialize_with` for optional integer query parameters (see [`whole_number`]).
pub fn optional_whole<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: std::str::FromStr + TryFrom<i64>,
{
    let text: Option<String> = serde::Deserialize::deserialize(d)?;
    text.map(|t| {
        whole_number(&t).ok_or_else(|| {
            serde::de::Error::custom(format!("expected an integer in range, not “{t}”"))
        })
    })
    .transpose()
}

/// `deserialize_with` for required integer query parameters (see [`whole_number`]).
pub fn required_whole<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: std::str::FromStr + TryFrom<i64>,
{
    let text: String = serde::Deserialize::deserialize(d)?;
    whole_number(&text).ok_or_else(|| {
        serde::de::Error::custom(format!("expected an integer in range, not “{text}”"))
    })
}

/// An id in the path (`/sheets/{sheet_id}` as a `PathId<SheetId>`): a malformed one is 400
/// naming the parameter.
#[derive(Debug, Clone, Copy)]
pub struct PathId<Id>(pub Id);

impl<Id: NumericId> FromRequest for PathId<Id> {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let found = req
            .match_info()
            .iter()
            .next()
            .map(|(name, value)| (name.to_string(), value.to_string()));
        ready(match found {
            Some((name, value)) => whole_number::<i64>(&value)
                .map(|raw| PathId(Id::from(raw)))
                .ok_or_else(|| {
                    // `GET /sheets/validate` reaches `/sheets/{sheet_id}`, but names an operation
                    // of its own: 405 with its methods, not a malformed id.
                    let literal = req
                        .app_data::<actix_web::web::Data<crate::http::app::RouteTable>>()
                        .and_then(|routes| {
                            routes.allowed_methods(crate::http::app::routed_path(req))
                        })
                        .filter(|allowed| !allowed.contains(req.method()));
                    match literal {
                        Some(allowed) => ApiError::MethodNotAllowed {
                            allowed: allowed.iter().map(|m| m.to_string()).collect(),
                        },
                        None => ApiError::InvalidPath {
                            reason: format!("{name} must be an integer id, not “{value}”"),
                            parameter: Some(name),
                        },
                    }
                }),
            None => Err(ApiError::internal(
                "PathId used on a route without a path parameter",
            )),
        })
    }
}

/// A query string deserialized into `T`; unknown, repeated and malformed parameters are a 400
/// that names the parameter.
#[derive(Debug)]
pub struct Query<T>(pub T);

impl<T: DeserializeOwned> FromRequest for Query<T> {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(parse_query(req.query_string()).map(Query))
    }
}

/// Deserializes a query string, naming the parameter at fault on failure.
pub fn parse_query<T: DeserializeOwned>(query: &str) -> Result<T, ApiError> {
    let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let reason = e
            .into_inner()
            .to_string()
            .replace("unknown field", "unknown parameter")
            .replace("duplicate field", "repeated parameter")
            .replace("missing field", "missing parameter")
            .replace("there are no fields", "this operation takes no parameters");
        let parameter = if path != "." {
            Some(path)
        } else {
            backticked_after(&reason, "unknown parameter `")
                .or_else(|| backticked_after(&reason, "repeated parameter `"))
                .or_else(|| backticked_after(&reason, "missing parameter `"))
        };
        ApiError::InvalidQuery { parameter, reason }
    })
}

/// A JSON body deserialized into `T`.
///
/// Accepts `application/json` and any `application/*+json` type (such as
/// `application/merge-patch+json`); refuses other types with 415, bodies over the
/// [`JsonLimit`] with 413, broken JSON with 400 `MALFORMED_JSON`, and JSON of the wrong shape
/// with 400 `INVALID_BODY` whose issue carries the JSON Pointer of the first fault.
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for JsonBody<T> {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let limit = req
            .app_data::<JsonLimit>()
            .map_or(DEFAULT_JSON_LIMIT, |l| l.0);
        let checked = check_json_media_type(req).and_then(|()| {
            let declared = declared_length(req);
            if declared > limit {
                Err(ApiError::PayloadTooLarge { limit })
            } else {
                Ok(declared)
            }
        });
        let mut payload = payload.take();
        Box::pin(async move {
            let declared = checked?;
            let body = read_body(&mut payload, limit, declared).await?;
            Ok(JsonBody(parse_json(&body)?))
        })
    }
}

/// An optional JSON body: an empty body, or JSON `null`, gives `T::default()`; anything else is
/// read exactly as [`JsonBody`] reads it.
#[derive(Debug)]
pub struct OptionalJsonBody<T>(pub T);

impl<T: DeserializeOwned + Default + 'static> FromRequest for OptionalJsonBody<T> {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let limit = req
            .app_data::<JsonLimit>()
            .map_or(DEFAULT_JSON_LIMIT, |l| l.0);
        let declared = declared_length(req);
        let media = check_json_media_type(req);
        let mut payload = payload.take();
        Box::pin(async move {
            if declared > limit {
                return Err(ApiError::PayloadTooLarge { limit });
            }
            let body = read_body(&mut payload, limit, declared).await?;
            if body.iter().all(u8::is_ascii_whitespace) {
                return Ok(OptionalJsonBody(T::default()));
            }
            media?;
            let value: serde_json::Value =
                serde_json::from_slice(&body).map_err(|e| ServiceError::MalformedJson {
                    reason: e.to_string(),
                })?;
            if value.is_null() {
                return Ok(OptionalJsonBody(T::default()));
            }
            Ok(OptionalJsonBody(from_value(value)?))
        })
    }
}

/// The `Content-Length` the client declared (0 when absent or malformed).
pub fn declared_length(req: &HttpRequest) -> usize {
    req.headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0)
}

/// Reads the whole body, refusing it as soon as it passes `limit` bytes.
pub async fn read_body(
    payload: &mut Payload,
    limit: usize,
    hint: usize,
) -> Result<BytesMut, ApiError> {
    let mut body = BytesMut::with_capacity(hint.min(limit));
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(super::problem::payload_error)?;
        if body.len() + chunk.len() > limit {
            return Err(ApiError::PayloadTooLarge { limit });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The media types a JSON body is named by in an `UNSUPPORTED_MEDIA_TYPE` problem (any
/// `application/*+json` is taken too).
pub const JSON_MEDIA_TYPES: &[&str] = &["application/json", "application/merge-patch+json"];

fn check_json_media_type(req: &HttpRequest) -> Result<(), ApiError> {
    let expected = JSON_MEDIA_TYPES.to_vec();
    let got = req
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    match req.mime_type() {
        Ok(Some(mime))
            if mime.type_() == "application"
                && (mime.subtype() == "json" || mime.suffix().is_some_and(|s| s == "json")) =>
        {
            Ok(())
        }
        _ => Err(ApiError::UnsupportedMediaType { got, expected }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: String,
        items: Vec<Item>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        target: String,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Params {
        page_size: Option<u32>,
    }

    fn body_error(json: &str) -> (String, String) {
        match parse_json::<Doc>(json.as_bytes()).unwrap_err() {
            ServiceError::InvalidBody {
                issue_code, path, ..
            } => (issue_code.to_string(), path),
            other => (other.code().to_string(), String::new()),
        }
    }

    #[test]
    fn whole_numbers_may_carry_a_zero_fraction_or_an_exponent() {
        assert_eq!(whole_number::<i64>("47533"), Some(47533));
        assert_eq!(whole_number::<i64>("47533.0"), Some(47533));
        assert_eq!(whole_number::<i64>("-2.00"), Some(-2));
        assert_eq!(whole_number::<u32>("-2.0"), None);
        assert_eq!(whole_number::<i64>("1e3"), Some(1000));
        assert_eq!(whole_number::<i64>("1e+16"), Some(10_000_000_000_000_000));
        for bad in ["1.5", "1.", ".0", "x", "1e-3", "1e", "1e30", "", "--1"] {
            assert_eq!(whole_number::<i64>(bad), None, "{bad}");
        }
    }

    #[test]
    fn shape_errors_carry_a_json_pointer() {
        assert_eq!(
            body_error(r#"{"name":"a","items":[{"target":"1"},{"target":2}]}"#),
            ("INVALID_TYPE".into(), "/items/1/target".into())
        );
        assert_eq!(
            body_error(r#"{"name":"a","items":[],"matching_fund":1}"#),
            ("UNKNOWN_FIELD".into(), "/matching_fund".into())
        );
        assert_eq!(
            body_error(r#"{"name":"a","items":[{}]}"#),
            ("MISSING_FIELD".into(), "/items/0/target".into())
        );
    }

    #[test]
    fn broken_json_is_malformed() {
        for bad in [
            "{",
            "",
            "{\"name\":",
            "{\"name\":\"a\",}",
            "{\"name\":\"a\",\"items\":[]} x",
            "\u{0}",
        ] {
            assert_eq!(body_error(bad).0, "MALFORMED_JSON", "{bad:?}");
        }
        assert_eq!(
            parse_json::<Doc>(b"{\"name\":\"\xff\",\"items\":[]}")
                .unwrap_err()
                .code()
                .as_str(),
            "MALFORMED_JSON"
        );
    }

    #[test]
    fn query_errors_name_the_parameter() {
        let param = |q: &str| match parse_query::<Params>(q) {
            Err(ApiError::InvalidQuery { parameter, .. }) => parameter,
            other => panic!("{other:?}"),
        };
        assert_eq!(param("page_sise=3"), Some("page_sise".into()));
        assert_eq!(param("page_size=abc"), Some("page_size".into()));
        assert_eq!(param("page_size=1&page_size=2"), Some("page_size".into()));
        assert_eq!(
            parse_query::<Params>("page_size=7").unwrap().page_size,
            Some(7)
        );
        assert!(parse_query::<NoParams>("").is_ok());
        assert!(parse_query::<NoParams>("x=1").is_err());
    }
}
