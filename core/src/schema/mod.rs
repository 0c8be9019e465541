//! JSON Schema and OpenAPI components, computed from the derives' documentation: the same
//! wire names, aliases, optional fields, unknown-field policies, enum values and union forms
//! that the serde impls are generated from, so the schema cannot disagree with them.
//!
//! The schema describes what decoding accepts; what encoding writes is a subset of it. The
//! differences that JSON Schema cannot express are listed, with their reasons, beside the
//! property tests that compare the validator with the decoder
//! (`tests/tests/differential/schema_allowed.rs`): for example a repeated key, which the
//! object a validator sees has already lost.
//!
//! ```
//! use callparty::{ApiEnum, ApiModel, UnknownValue};
//! use serde_json::json;
//!
//! /// Direction of a call
//! #[derive(ApiEnum, Debug, Clone, PartialEq)]
//! enum Direction {
//!     Inbound,
//!     Outbound,
//!     #[api(other)]
//!     Unknown(UnknownValue),
//! }
//!
//! /// A party of a call
//! #[derive(ApiModel)]
//! struct Party {
//!     /// Internal identifier of a party
//!     id: String,
//!     direction: Option<Direction>,
//!     #[api(alias = "mute")]
//!     muted: Option<bool>,
//! }
//!
//! let schema = callparty::schema::json_schema::<Party>();
//! assert_eq!(schema["$ref"], "#/$defs/Party");
//! let party = &schema["$defs"]["Party"];
//! assert_eq!(party["description"], "A party of a call");
//! assert_eq!(party["required"], json!(["id"]));
//! assert_eq!(party["properties"]["id"]["type"], "string");
//! // An optional field may be null; each of its names is a property.
//! assert_eq!(party["properties"]["mute"]["type"], json!(["boolean", "null"]));
//! assert_eq!(
//!     party["properties"]["direction"]["anyOf"][0],
//!     json!({"$ref": "#/$defs/Direction"})
//! );
//! // An open enum takes any string and lists the values it knows.
//! assert_eq!(
//!     schema["$defs"]["Direction"]["anyOf"],
//!     json!([{"enum": ["Inbound", "Outbound"]}, {"type": "string"}])
//! );
//! ```

mod convert;
pub(crate) mod naming;
mod union;
#[cfg(feature = "schemars")]
pub mod with_schemars;

use serde_json::{Value, json};

use crate::doc::{Describe, TypeRef};
use convert::Converter;

/// The dialect of [`json_schema`]'s documents.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// A JSON Schema (2020-12) of `T`'s JSON: a model, an enum, a union, or any type that
/// implements [`Describe`], such as `Vec<Model>`. The models, enums and unions it reaches are
/// under `$defs`, referred to by `$ref`; such a `T` is itself a `$ref` to its definition.
pub fn json_schema<T: Describe + ?Sized>() -> Value {
    json_schema_of(T::TYPE)
}

/// [`json_schema`] for a type reference, such as a field's [`shape`](crate::doc::FieldDoc).
pub fn json_schema_of(root: &TypeRef) -> Value {
    let mut converter = Converter::new("#/$defs/");
    let mut schema = converter.schema(root);
    let definitions = converter.finish();
    let mut document = json!({"$schema": DIALECT});
    if let (Value::Object(document), Value::Object(root)) = (&mut document, &mut schema) {
        document.append(root);
    }
    if !definitions.is_empty() {
        document["$defs"] = Value::Object(definitions);
    }
    document
}

/// The `components.schemas` object of an OpenAPI 3.1 document: one schema per model, enum
/// and union that `roots` reach, by name, referring to each other by
/// `#/components/schemas/<name>`. A root that is no model or enum (`Vec<Model>`) adds what
/// it reaches.
///
/// ```
/// use callparty::ApiModel;
/// use callparty::doc::Describe;
///
/// #[derive(ApiModel)]
/// struct Owner {
///     id: String,
/// }
///
/// #[derive(ApiModel)]
/// struct Party {
///     owner: Option<Owner>,
/// }
///
/// let schemas = callparty::schema::openapi_components(&[Party::TYPE]);
/// assert_eq!(
///     schemas["Party"]["properties"]["owner"]["anyOf"][0]["$ref"],
///     "#/components/schemas/Owner"
/// );
/// assert_eq!(schemas["Owner"]["required"][0], "id");
/// ```
pub fn openapi_components(roots: &[&TypeRef]) -> Value {
    let mut converter = Converter::new("#/components/schemas/");
    for root in roots {
        converter.schema(root);
    }
    Value::Object(converter.finish())
}
