//! Documentation metadata emitted by the `ApiModel`, `ApiEnum` and `ApiUnion` derives, and
//! its rendering as markdown reference pages.
//!
//! The layout follows the published reference page of a model: a heading, the description,
//! and a **Properties** table, followed by one section per enum the model uses.
//!
//! Each field also carries its structured type, a [`TypeRef`], which reaches the
//! documentation of the models and enums it refers to: `callparty::schema` builds JSON Schema
//! and OpenAPI from it, and [`Catalog::from_roots`] finds every type a few roots reach.

mod catalog;
mod describe_std;
mod markdown;
mod type_ref;
mod union;
mod union_markdown;

pub use catalog::Catalog;
pub use markdown::{NameColumn, enums_of, render_page, render_page_with};
pub use type_ref::{Describe, DocRef, EnumRef, IntegerRange, ModelRef, TypeRef, UnionRef};
pub use union::{UnionDoc, UnionVariantDoc};

/// Documentation of a model (a struct with `#[derive(ApiModel)]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ModelDoc {
    /// Rust name of the model, e.g. `CallParty`.
    pub name: &'static str,
    /// The model's doc comment, lines joined with `\n`; may be empty.
    pub description: &'static str,
    /// The fields, in declaration order; none for a newtype.
    pub fields: &'static [FieldDoc],
    /// What decoding does with a key that names no field.
    pub unknown_fields: UnknownFields,
    /// For a newtype model (`struct CustomerId(String)`), the Rust type it holds, whose JSON
    /// is its JSON; `None` for a model with named fields.
    pub newtype_of: Option<&'static str>,
    /// The models flattened into this one (`#[api(flatten)]`), whose keys are read and
    /// written beside its own fields, in declaration order.
    pub flattened: &'static [&'static TypeRef],
}

impl ModelDoc {
    /// The fields whose keys sit in the model's object: its own, then those of the models
    /// flattened into it, in declaration order. A flattened type that is not a model has no
    /// fields to name.
    pub fn fields_with_flattened(&self) -> Vec<&FieldDoc> {
        let mut fields: Vec<&FieldDoc> = self.fields.iter().collect();
        for flattened in self.flattened {
            if let TypeRef::Model(model) = flattened {
                fields.extend(model.doc().fields_with_flattened());
            }
        }
        fields
    }
}

/// What decoding a model does with a key that names none of its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnknownFields {
    /// Skips it and its value, as serde does.
    Ignored,
    /// Fails: `#[api(deny_unknown_fields)]`.
    Denied,
    /// Keeps it in the `#[api(extra)]` field, a map of this type, to write it back.
    Kept(&'static TypeRef),
}

/// Documentation of one field of a model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FieldDoc {
    /// Rust field name without `r#`, e.g. `stand_alone`.
    pub name: &'static str,
    /// Name of the field in JSON, e.g. `standAlone`.
    pub wire_name: &'static str,
    /// Other wire names accepted when decoding.
    pub aliases: &'static [&'static str],
    /// Rust type without an outer `Option` or `Nullable`, e.g. `Vec<RecordingInfo>`, for
    /// display.
    pub ty: &'static str,
    /// The field's structured type, as declared: an `Option<T>` field is
    /// [`TypeRef::OrNull`].
    pub shape: &'static TypeRef,
    /// Whether the field must be present in the JSON.
    pub required: bool,
    /// Whether `null` is a value of its own, kept apart from a missing key and written back:
    /// a `Nullable<T>` field, or an `Option<T>` field with `#[api(required)]`. A plain
    /// `Option<T>` reads `null` as missing and is not marked.
    pub nullable: bool,
    /// Whether the field is marked `#[deprecated]`.
    pub deprecated: bool,
    /// The field's doc comment, lines joined with `\n`; may be empty.
    pub description: &'static str,
}

/// Documentation of an enum (with `#[derive(ApiEnum)]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EnumDoc {
    /// Rust name of the enum, e.g. `CallPartyDirection`.
    pub name: &'static str,
    /// The enum's doc comment, lines joined with `\n`; may be empty.
    pub description: &'static str,
    /// The known variants, in declaration order.
    pub variants: &'static [VariantDoc],
    /// Whether unknown wire values are kept instead of rejected.
    pub open: bool,
}

/// Documentation of one variant of an enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct VariantDoc {
    /// Rust variant name, e.g. `Inbound`.
    pub name: &'static str,
    /// Wire value, e.g. `Inbound`.
    pub value: &'static str,
    /// Other wire values accepted when decoding.
    pub aliases: &'static [&'static str],
    /// The variant's doc comment, lines joined with `\n`; may be empty.
    pub description: &'static str,
}
