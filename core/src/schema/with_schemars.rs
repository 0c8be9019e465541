//! `schemars::JsonSchema` for every derived type, with the `schemars` feature: the derives
//! implement it by calling [`json_schema`] and [`schema_name`] here, which read the same
//! `DOC` as [`json_schema`](super::json_schema), so both give the same schemas.
//!
//! ```
//! use callparty::{ApiEnum, ApiModel};
//!
//! /// Direction of a call
//! #[derive(ApiEnum, Debug, Clone, PartialEq)]
//! enum Direction {
//!     Inbound,
//!     Outbound,
//! }
//!
//! /// A party of a call
//! #[derive(ApiModel)]
//! struct Party {
//!     id: String,
//!     direction: Option<Direction>,
//! }
//!
//! let schema = schemars::schema_for!(Party);
//! let schema = schema.as_value();
//! assert_eq!(schema["description"], "A party of a call");
//! assert_eq!(schema["required"][0], "id");
//! assert_eq!(
//!     schema["properties"]["direction"]["anyOf"][0]["$ref"],
//!     "#/$defs/Direction"
//! );
//! assert_eq!(schema["$defs"]["Direction"]["enum"][1], "Outbound");
//! ```
//!
//! A model's nested models and enums go into the generator's definitions under the names
//! [`openapi_components`](super::openapi_components) gives them, at the generator's
//! `definitions_path`. A field type that implements no `callparty::doc::Describe` is a
//! compile error at that type under this feature.

use std::borrow::Cow;

use schemars::{Schema, SchemaGenerator};

use super::convert::Converter;
use super::naming::with_type_arguments;
use crate::doc::TypeRef;

/// `JsonSchema::schema_name` of a derived type: its documented name, with the type
/// arguments of a generic model's instance (`Page_Contact`).
pub fn schema_name(type_ref: &TypeRef) -> Cow<'static, str> {
    let name = match type_ref {
        TypeRef::Model(model) => with_type_arguments(model.doc().name, model.rust_type()),
        TypeRef::Enum(api_enum) => with_type_arguments(api_enum.doc().name, api_enum.rust_type()),
        TypeRef::Union(union) => with_type_arguments(union.doc().name, union.rust_type()),
        _ => "Undescribed".to_owned(),
    };
    Cow::Owned(name)
}

/// `JsonSchema::json_schema` of a derived type: its own schema, with the models and enums
/// it reaches added to `generator`'s definitions where they are missing.
pub fn json_schema(type_ref: &TypeRef, generator: &mut SchemaGenerator) -> Schema {
    let path = generator.settings().definitions_path.clone();
    let path = path.trim_start_matches('#').trim_end_matches('/');
    let mut converter = Converter::new(format!("#{path}/"));
    let schema = converter.own_schema(type_ref);
    let definitions = generator.definitions_mut();
    for (name, definition) in converter.finish() {
        definitions.entry(name).or_insert(definition);
    }
    Schema::try_from(schema).unwrap_or_default()
}
