//! Documentation of a one-of type (an enum with `#[derive(ApiUnion)]`).

use super::TypeRef;

/// Documentation of a union: which form it takes on the wire and its variants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnionDoc {
    /// Rust name of the union, e.g. `TransferTarget`.
    pub name: &'static str,
    /// The union's doc comment, lines joined with `\n`; may be empty.
    pub description: &'static str,
    /// The field whose value picks the variant (`#[api(tag = "...")]`); `None` in the
    /// one-key and by-kind forms.
    pub tag: Option<&'static str>,
    /// Whether the kind of the JSON value picks the variant (`#[api(untagged)]`).
    pub untagged: bool,
    /// Whether unknown variants are kept instead of rejected (`#[api(other)]`).
    pub open: bool,
    /// The known variants, in declaration order.
    pub variants: &'static [UnionVariantDoc],
}

/// Documentation of one known variant of a union.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnionVariantDoc {
    /// What names the variant on the wire: its key (one-key form), its tag value (tagged
    /// form) or its JSON kind (by-kind form), e.g. `phoneNumber`.
    pub wire_name: &'static str,
    /// Other keys or tag values that pick the variant on input.
    pub aliases: &'static [&'static str],
    /// Rust type the variant holds, e.g. `String`; empty for a unit variant.
    pub ty: &'static str,
    /// The structured type the variant holds; `None` for a unit variant.
    pub shape: Option<&'static TypeRef>,
    /// The variant's doc comment, lines joined with `\n`; may be empty.
    pub description: &'static str,
    /// Whether the variant is marked `#[deprecated]`.
    pub deprecated: bool,
}
