//! The helpers that build success responses with `ETag` and `Location`, and the schemas of
//! file bodies for the OpenAPI document.

use actix_web::http::header::{self, ContentType};
use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::HttpResponse;
use serde::Serialize;
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type};
use utoipa::openapi::RefOr;
use utoipa::{PartialSchema, ToSchema};

/// A file body, for the OpenAPI document: a string of bytes (`format: binary`, which Swagger UI
/// shows as a file picker and generators type as a file or `Blob`) whose `contentMediaType` is
/// the file's media type (OpenAPI 3.1).
fn file_schema(media_type: &str) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Binary)))
        .content_media_type(media_type)
        .into()
}

macro_rules! file_bodies {
    ($($(#[doc = $doc:literal])* $name:ident = $media:expr;)*) => {$(
        $(#[doc = $doc])*
        pub struct $name;

        impl PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                file_schema($media)
            }
        }

        impl ToSchema for $name {}
    )*};
}

file_bodies! {
    /// An Excel workbook (`.xlsx`), uploaded or downloaded as a file.
    XlsxFile = crate::service::bulk::XLSX;
    /// A Word document (`.docx`), uploaded as a file.
    DocxFile = crate::service::bulk::DOCX;
    /// A CSV file (UTF-8), uploaded or downloaded as a file.
    CsvFile = "text/csv";
}

/// The strong entity tag of a version: `"<version>"`.
pub fn etag(version: i64) -> String {
    format!("\"{version}\"")
}

/// A JSON response carrying the resource's `ETag` (and `Location` when given).
pub fn resource<T: Serialize>(
    status: StatusCode,
    body: &T,
    version: i64,
    location: Option<String>,
) -> HttpResponse {
    let mut res = HttpResponse::build(status);
    res.insert_header((header::ETAG, etag(version)));
    if let Some(loc) = location {
        res.insert_header((header::LOCATION, loc));
    }
    res.json(body)
}

/// A 200 response with a resource already rendered as JSON, carrying its `ETag`.
pub fn rendered_resource(body: Bytes, version: i64) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::ETAG, etag(version)))
        .content_type(ContentType::json())
        .body(body)
}
