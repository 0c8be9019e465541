//! The runtime that generated code calls into: key matching, the serializer shape and
//! borrowing seeds live here once, not in every model's expansion, and the error messages are
//! re-exported from `crate::messages`, which the public types share. This module depends on
//! the public traits, never the reverse. Not a public API: it changes without notice.
#![allow(missing_docs)]

mod borrow;
mod de;
mod describe;
mod enum_de;
mod field_key;
mod flatten;
mod missing;
mod seq;
mod ser;
pub mod union;

pub use crate::Nullable;
pub use crate::messages::{duplicate_field, missing_field, unknown_field};
pub use borrow::{BorrowCowStr, OptionBorrowCowStr};
pub use de::{FieldName, fill, fill_in_place, fill_in_place_inline, skip_value};
pub use describe::{Probe, ProbeFallback, require_describe};
pub use enum_de::{EnumVisitor, StringEnum, try_parse, unknown_from_str, unknown_from_string};
pub use field_key::{FieldKey, FieldSeed};
pub use flatten::{
    FlatEntries, FlatMapSerializer, buffer_flattened, flatten_claims, read_flattened,
};
pub use missing::missing;
pub use seq::SeqReader;
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
    newtype_of: None,
    flattened: &[],
};

/// The enum counterpart of [`PLACEHOLDER_MODEL_DOC`].
pub static PLACEHOLDER_ENUM_DOC: EnumDoc = EnumDoc {
    name: "",
    description: "",
    variants: &[],
    open: false,
};

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// The `.rs` files below `dir`, recursively.
    fn sources(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("core/src is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                sources(&path, found);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                found.push(path);
            }
        }
    }

    /// The runtime behind generated code depends on the public types, never the reverse: a
    /// public type that called into `__private` would make a module cycle again.
    #[test]
    fn nothing_outside_the_private_runtime_calls_into_it() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        sources(&src, &mut files);
        let private = src.join("private");
        let outside: Vec<_> = files
            .iter()
            .filter(|path| !path.starts_with(&private))
            .collect();
        assert!(outside.len() > 5, "too few sources found: {outside:?}");
        for path in outside {
            let text = std::fs::read_to_string(path).expect("a readable source file");
            assert!(
                !text.contains("__private::"),
                "{} uses `__private`",
                path.display()
            );
        }
    }
}
