//! The runtime of `#[derive(ApiUnion)]`. The derive writes a union's names as constants
//! ([`UnionShape`]) and two small functions ([`DecodeVariant`]); the visitors, the buffer
//! for entries before a tag, the serializer shapes and every message live here once.

mod body;
mod buffered;
mod by_kind;
mod checks;
mod compact;
mod errors;
mod kind_values;
mod one_key;
mod ser;
mod shape;
mod tagged;
mod tagged_ser;

pub use by_kind::{deserialize_by_kind, variant_of_kind};
pub use checks::{model_has_wire_name, same_kind};
pub use one_key::deserialize_one_key;
pub use ser::{
    VariantName, by_kind, by_kind_unit, one_key, one_key_unknown, tagged, tagged_unit,
    tagged_unknown,
};
pub use shape::{DecodeVariant, KindShape, UnionShape};
pub use tagged::deserialize_tagged;

use crate::doc::UnionDoc;

/// The documentation of a union whose derive failed; only seen while the build is failing.
pub static PLACEHOLDER_UNION_DOC: UnionDoc = UnionDoc {
    name: "",
    description: "",
    tag: None,
    untagged: false,
    open: false,
    variants: &[],
};
