//! The runtime that generated code calls into: key matching, error messages, the serializer
//! shape and borrowing seeds live here once, not in every model's expansion. Not a public
//! API: it changes without notice.
#![allow(missing_docs)]

mod borrow;
mod de;
mod describe;
mod enum_de;
mod errors;
mod field_key;
mod ser;

pub use borrow::{BorrowCowStr, OptionBorrowCowStr};
pub use de::{FieldName, fill, fill_in_place, seq_in_place, seq_or_default, seq_required};
pub use describe::{Probe, ProbeFallback, require_describe};
pub use enum_de::{EnumVisitor, StringEnum, try_parse, unknown_from_str, unknown_from_string};
pub use errors::{duplicate_field, missing_field, unknown_field, write_expected};
pub use field_key::{FieldKey, FieldSeed};
pub use ser::{StructSerializer, WithExtraSerializer};
pub use serde;
pub use std::borrow::Cow;
pub use std::string::String;

#[cfg(feature = "schemars")]
pub use crate::schema::with_schemars::{
    json_schema as schemars_schema, schema_name as schemars_name,
};
#[cfg(feature = "schemars")]
pub use schemars;

/// Keeps what the derives generate for the `schemars` feature when it is on, and drops it
/// otherwise: the feature is `callparty`'s, which the derive cannot see, and without it no
/// schema code reaches the user's crate.
#[cfg(feature = "schemars")]
#[doc(hidden)]
#[macro_export]
macro_rules! __callparty_if_schemars {
    ($($tokens:tt)*) => { $($tokens)* };
}

/// See the other definition.
#[cfg(not(feature = "schemars"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __callparty_if_schemars {
    ($($tokens:tt)*) => {};
}

pub use crate::__callparty_if_schemars as if_schemars;

use crate::doc::{EnumDoc, ModelDoc, UnknownFields};

/// The documentation of a type whose derive failed; only seen while the build is failing.
pub static PLACEHOLDER_MODEL_DOC: ModelDoc = ModelDoc {
    name: "",
    description: "",
    fields: &[],
    unknown_fields: UnknownFields::Ignored,
};

/// The enum counterpart of [`PLACEHOLDER_MODEL_DOC`].
pub static PLACEHOLDER_ENUM_DOC: EnumDoc = EnumDoc {
    name: "",
    description: "",
    variants: &[],
    open: false,
};
