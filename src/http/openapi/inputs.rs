//! The request schemas of the OpenAPI document, one per purpose, read from the documents the
//! server deserialises (`SheetDocument`, `FundDocument`, …): a create names the fields a save
//! requires, a replace those it requires once the resource exists, a JSON merge patch none
//! (and is nullable only where `null` clears a field), a bulk item also names its fund and
//! region by name, and returning or reopening needs a reason.
//!
//! These are schemas only: every purpose is still read by the one strict reader of its
//! document ([`crate::json`]), so the server takes and refuses exactly what it did (a missing
//! field a schema requires is a 422 listing it, as before). The field descriptions are the
//! documents' own; a test checks that each purpose names only fields its document has.

use utoipa::openapi::schema::{ArrayItems, Schema, SchemaType, Type};
use utoipa::openapi::{ObjectBuilder, Ref, RefOr};
use utoipa::{PartialSchema, ToSchema};

use crate::domain::evaluation::EvaluationDocument;
use crate::domain::fund::{
    FundDocument, ScoringDocument, TemplateDocument, TemplateIndicatorDocument,
};
use crate::domain::monitoring::ReportDocument;
use crate::domain::sheet::{IndicatorDocument, SheetDocument};
use crate::http::routes::workflow::StepRequest;

/// How one purpose reads a document's schema.
struct Purpose {
    /// The purpose's description.
    description: &'static str,
    /// The fields it requires.
    required: &'static [&'static str],
    /// The fields that may be `null`; every other field may not.
    nullable: &'static [&'static str],
    /// Fields whose schema (or items) is another purpose's: field and schema name.
    refs: &'static [(&'static str, &'static str)],
}

/// The schema of `base` read for `purpose`.
fn derive(base: RefOr<Schema>, purpose: &Purpose) -> RefOr<Schema> {
    let RefOr::T(Schema::Object(mut object)) = base else {
        return base;
    };
    object.description = Some(purpose.description.into());
    object.required = purpose.required.iter().map(|f| f.to_string()).collect();
    for (name, property) in object.properties.iter_mut() {
        let nullable = purpose.nullable.contains(&name.as_str());
        let target = purpose
            .refs
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, schema)| Ref::from_schema_name(*schema));
        reshape(property, nullable, target);
    }
    RefOr::T(Schema::Object(object))
}

/// Makes a field's schema nullable or not, and points it (or its items) at `target`.
fn reshape(property: &mut RefOr<Schema>, nullable: bool, target: Option<Ref>) {
    let RefOr::T(schema) = property else {
        return;
    };
    match schema {
        Schema::Object(o) => o.schema_type = with_null(&o.schema_type, nullable),
        Schema::Array(a) => {
            a.schema_type = with_null(&a.schema_type, nullable);
            if let Some(target) = target {
                a.items = ArrayItems::RefOrSchema(Box::new(RefOr::Ref(target)));
            }
        }
        // `Option<Document>`: `oneOf` the document and `null`.
        Schema::OneOf(one_of) => {
            let description = one_of.description.clone();
            let mut items: Vec<RefOr<Schema>> = one_of
                .items
                .drain(..)
                .filter(|item| !is_null(item))
                .map(|item| match (&target, item) {
                    (Some(t), RefOr::Ref(old)) => {
                        let mut new = t.clone();
                        new.description = old.description;
                        RefOr::Ref(new)
                    }
                    (_, item) => item,
                })
                .collect();
            if nullable {
                items.push(ObjectBuilder::new().schema_type(Type::Null).into());
                one_of.items = items;
            } else if items.len() == 1 {
                let mut only = items.remove(0);
                if let RefOr::Ref(r) = &mut only {
                    r.description = description.unwrap_or_default();
                }
                *property = only;
            } else {
                one_of.items = items;
            }
        }
        _ => {}
    }
}

fn is_null(schema: &RefOr<Schema>) -> bool {
    matches!(schema, RefOr::T(Schema::Object(o)) if o.schema_type == SchemaType::Type(Type::Null))
}

/// `types` with `null` added or removed.
fn with_null(types: &SchemaType, nullable: bool) -> SchemaType {
    let mut list: Vec<Type> = match types {
        SchemaType::Type(t) => vec![t.clone()],
        SchemaType::Array(list) => list.clone(),
        SchemaType::AnyValue => return SchemaType::AnyValue,
    };
    list.retain(|t| *t != Type::Null);
    if nullable {
        list.push(Type::Null);
    }
    match list.len() {
        1 => SchemaType::Type(list.remove(0)),
        _ => SchemaType::Array(list),
    }
}

macro_rules! purposes {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident from $base:ty {
            required: [$($required:literal),* $(,)?],
            nullable: [$($nullable:literal),* $(,)?],
            refs: [$(($field:literal, $target:ty)),* $(,)?] $(,)?
        }
    )*) => {$(
        $(#[doc = $doc])*
        pub struct $name;

        impl $name {
            const PURPOSE: Purpose = Purpose {
                description: concat!($($doc, "\n"),*),
                required: &[$($required),*],
                nullable: &[$($nullable),*],
                refs: &[$(($field, stringify!($target))),*],
            };

            /// The fields this purpose requires.
            pub fn required() -> &'static [&'static str] {
                Self::PURPOSE.required
            }
        }

        impl PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                let mut schema = derive(<$base as PartialSchema>::schema(), &Self::PURPOSE);
                if let RefOr::T(Schema::Object(o)) = &mut schema {
                    o.description = o.description.as_deref().map(|d| {
                        d.lines().map(str::trim).collect::<Vec<_>>().join(" ").trim().to_string()
                    });
                }
                extend::<$name>(&mut schema);
                schema
            }
        }

        impl ToSchema for $name {
            fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
                <$base as ToSchema>::schemas(schemas);
                $(
                    schemas.push((<$target as ToSchema>::name().into(), <$target as PartialSchema>::schema()));
                    <$target as ToSchema>::schemas(schemas);
                )*
            }
        }
    )*};
}

/// What a purpose adds to its document's fields (only a bulk item: its fund and region by name;
/// for a report or an evaluation, its key).
fn extend<T: 'static>(schema: &mut RefOr<Schema>) {
    let id = std::any::TypeId::of::<T>();
    let report = id == std::any::TypeId::of::<ReportBulkItem>();
    let follow_up = report || id == std::any::TypeId::of::<EvaluationBulkItem>();
    if id != std::any::TypeId::of::<SheetBulkItem>() && !follow_up {
        return;
    }
    let RefOr::T(Schema::Object(object)) = schema else {
        return;
    };
    if follow_up {
        let integer = |description: &str, range: Option<(f64, f64)>| {
            let mut b = ObjectBuilder::new()
                .schema_type(Type::Integer)
                .description(Some(description));
            if let Some((min, max)) = range {
                b = b.minimum(Some(min)).maximum(Some(max));
            }
            RefOr::T(Schema::Object(b.build()))
        };
        object.properties.insert(
            "sheet_id".into(),
            integer(
                "The sheet, by id; or give the fund (`fund_id`, or `fund_name` with `year`) and \
                 the region (`region_code` or `region_name`)",
                None,
            ),
        );
        object.properties.insert(
            "fund_id".into(),
            integer("The sheet's fund, by id (with the region)", None),
        );
        object.properties.insert(
            "region_code".into(),
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some("The sheet's region, by code (with the fund)"))
                .into(),
        );
        if report {
            object.properties.insert(
                "month".into(),
                integer("The cut-off month N, 1–12 (required)", Some((1.0, 12.0))),
            );
        }
    }
    for (name, description, kind) in [
        (
            "fund_name",
            "The fund by its 专项名称, instead of `fund_id` (with `year` when the name is not \
             unique)",
            Type::String,
        ),
        (
            "year",
            "The fund's year, narrowing `fund_name`",
            Type::Integer,
        ),
        (
            "region_name",
            "The region by its full or short name, instead of `region_code`; without either, \
             the region is taken from the department names",
            Type::String,
        ),
    ] {
        object.properties.insert(
            name.into(),
            ObjectBuilder::new()
                .schema_type(kind)
                .description(Some(description))
                .into(),
        );
    }
}

purposes! {
    /// One indicator as a client sends it with a sheet: its 一级, 二级, name and target, and the
    /// `id` of the stored indicator it updates, when there is one.
    IndicatorInput from IndicatorDocument {
        required: ["level1", "level2", "name", "target"],
        nullable: [],
        refs: [],
    }

    /// A new sheet (`POST /sheets`): the fund and region, which cannot change later, and
    /// everything a save requires. A document missing a required field is refused with 422,
    /// every issue listed.
    SheetCreate from SheetDocument {
        required: ["fund_id", "region_code", "departments", "provincial_funds", "overall_goal", "indicators"],
        nullable: ["matching_funds", "matching_funds_note"],
        refs: [("indicators", IndicatorInput)],
    }

    /// A sheet replacing the stored one (`PUT /sheets/{sheet_id}`): what `GET` returns may be
    /// sent back as it is. `fund_id` and `region_code` may be left out; given, they must be
    /// the stored ones.
    SheetReplace from SheetDocument {
        required: ["departments", "provincial_funds", "overall_goal", "indicators"],
        nullable: ["matching_funds", "matching_funds_note"],
        refs: [("indicators", IndicatorInput)],
    }

    /// A JSON merge patch of a sheet (RFC 7396): only the fields to change; `null` clears the
    /// matching funds or their note; `indicators`, when given, replaces the list as a whole.
    SheetPatch from SheetDocument {
        required: [],
        nullable: ["matching_funds", "matching_funds_note"],
        refs: [("indicators", IndicatorInput)],
    }

    /// One sheet of a bulk upload, upserted by its fund and region: the fund by `fund_id`, or
    /// by `fund_name` (and `year`); the region by `region_code`, by `region_name`, or from the
    /// department names.
    SheetBulkItem from SheetDocument {
        required: ["departments", "provincial_funds", "overall_goal", "indicators"],
        nullable: ["matching_funds", "matching_funds_note"],
        refs: [("indicators", IndicatorInput)],
    }

    /// A monitoring report to create or to replace the stored one with (`PUT
    /// /sheets/{sheet_id}/monitoring/{month}`): what `GET` returns may be sent back as it is
    /// (its computed figures are ignored). Indicators left out are reported as not reported (a
    /// warning on save, an error on submit).
    ReportInput from ReportDocument {
        required: ["executed_funds"],
        nullable: ["expected_executed_funds", "goal_progress"],
        refs: [],
    }

    /// A self-evaluation to create or to replace the stored one with (`PUT
    /// /sheets/{sheet_id}/self-evaluation`): what `GET` returns may be sent back as it is (its
    /// computed weights and scores are ignored). Indicators left out are reported as not
    /// reported (a warning on save, an error on submit).
    EvaluationInput from EvaluationDocument {
        required: ["executed_funds"],
        nullable: ["goal_achievement", "budget_deviation_analysis"],
        refs: [],
    }

    /// One monitoring report of a bulk upload (`POST /monitoring/bulk`): the document of `PUT
    /// /sheets/{sheet_id}/monitoring/{month}` (what `GET` returns is accepted as it is) with its
    /// key: the fund and the region (or `sheet_id` alone; beside them it must be their sheet's),
    /// and `month`.
    ReportBulkItem from ReportDocument {
        required: ["executed_funds"],
        nullable: ["expected_executed_funds", "goal_progress"],
        refs: [],
    }

    /// One self-evaluation of a bulk upload (`POST /self-evaluations/bulk`): the document of
    /// `PUT /sheets/{sheet_id}/self-evaluation` (what `GET` returns is accepted as it is) with
    /// its key: the fund and the region (or `sheet_id` alone; beside them it must be their
    /// sheet's).
    EvaluationBulkItem from EvaluationDocument {
        required: ["executed_funds"],
        nullable: ["goal_achievement", "budget_deviation_analysis"],
        refs: [],
    }

    /// One expected indicator of a fund's template.
    TemplateIndicatorInput from TemplateIndicatorDocument {
        required: ["level1", "level2", "name"],
        nullable: ["floor"],
        refs: [],
    }

    /// A fund's template: the indicators every region's sheet is expected to contain.
    TemplateInput from TemplateDocument {
        required: ["indicators"],
        nullable: [],
        refs: [("indicators", TemplateIndicatorInput)],
    }

    /// A fund's scoring scheme (SPEC §6.1): the points of budget execution and of each 一级,
    /// non-negative, at most 4 decimals, adding up to exactly 100.
    ScoringInput from ScoringDocument {
        required: ["budget_execution", "level1"],
        nullable: [],
        refs: [],
    }

    /// A fund to create (`POST /funds`) or to replace the stored one with (`PUT
    /// /funds/{fund_id}`): what `GET` returns may be sent back as it is.
    FundInput from FundDocument {
        required: ["name", "year"],
        nullable: ["total_provincial_funds", "description", "template", "scoring"],
        refs: [("template", TemplateInput), ("scoring", ScoringInput)],
    }

    /// A JSON merge patch of a fund (RFC 7396): only the fields to change; `null` clears the
    /// total, the description or the template, and puts back the default scoring scheme; a
    /// template or scoring object merges into the stored one.
    FundPatch from FundDocument {
        required: [],
        nullable: ["total_provincial_funds", "description", "template", "scoring"],
        refs: [],
    }

    /// The body of a step that needs a reason: returning (退回) or reopening (调整).
    ReasonRequest from StepRequest {
        required: ["reason"],
        nullable: [],
        refs: [],
    }
}
