//! What the derive tells the runtime about a union: its names and shape as constants, and
//! two small functions that only the derive can write (matching a wire name, decoding the
//! value of a variant).

use core::marker::PhantomData;
use serde::de::{DeserializeSeed, Deserializer};

use crate::{JsonKind, UnknownVariant};

/// A union's constants; free of the input lifetime so that `const { .. }` blocks in the
/// runtime can read them.
pub trait UnionShape: Sized {
    /// The union's name, as errors show it.
    const NAME: &'static str;
    /// The wire names of the known variants in declaration order: keys, tag values or JSON
    /// kinds. Compact formats number the variants in this order.
    const VARIANTS: &'static [&'static str];
    /// Every name that `lookup` accepts, aliases included, as errors list them.
    const EXPECTED: &'static [&'static str];
    /// Whether each known variant, in the order of `VARIANTS`, is a unit variant.
    const UNITS: &'static [bool];
    /// Wraps an unknown variant, for unions with an `#[api(other)]` variant.
    const WRAP_UNKNOWN: Option<fn(UnknownVariant) -> Self>;
    /// What only the compiler can check, which panics during `const` evaluation when it
    /// fails: a tag that is a field of a variant's model, two variants of one JSON kind.
    /// Evaluated where the union is decoded, so that a generic union is checked once its
    /// types are known; the derive evaluates it where a non-generic union is defined.
    const CHECKS: () = ();
}

/// The JSON kind of each known variant of an `#[api(untagged)]` union, in the order of
/// `VARIANTS`.
pub trait KindShape: UnionShape {
    const KINDS: &'static [JsonKind];
}

/// The two functions of a union that depend on the input lifetime.
pub trait DecodeVariant<'de>: UnionShape {
    /// The index of the known variant named `name` (a key or tag value, or an alias).
    fn lookup(name: &str) -> Option<u16>;

    /// Decodes the known variant `index` from `deserializer`: a newtype variant reads its
    /// field, a unit variant reads and ignores anything.
    fn decode_variant<D: Deserializer<'de>>(index: u16, deserializer: D) -> Result<Self, D::Error>;
}

/// Decodes the known variant `index` of `U` from a value.
pub struct VariantSeed<U> {
    index: u16,
    union: PhantomData<U>,
}

impl<U> VariantSeed<U> {
    #[inline]
    pub fn new(index: u16) -> Self {
        Self {
            index,
            union: PhantomData,
        }
    }
}

impl<'de, U: DecodeVariant<'de>> DeserializeSeed<'de> for VariantSeed<U> {
    type Value = U;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<U, D::Error> {
        U::decode_variant(self.index, deserializer)
    }
}

/// Whether known variant `index` of `U` is a unit variant.
pub fn is_unit<U: UnionShape>(index: u16) -> bool {
    U::UNITS.get(usize::from(index)).copied().unwrap_or(false)
}
