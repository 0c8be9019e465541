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
pub use std::string::String;

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
