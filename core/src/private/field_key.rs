//! Map keys are matched against a model's names by the non-generic lookup function that the
//! derive writes. The seed is generic over that function's type (each `fn` item has its own
//! zero-sized type), so the lookup is a direct call that inlines into the key visitor instead
//! of an indirect call through a pointer.
//!
//! The seed's hot methods are `#[inline]`, as the generated `visit_map` is: with several
//! codegen units, a generic function without it is compiled once into the unit of its own
//! module and called from the others, so key reading stayed a separate function that each
//! key paid a call for (about 40 instructions per key with serde_json, callgrind).

use core::fmt;
use serde::de::{self, DeserializeSeed, Deserializer, Visitor};
use std::borrow::Cow;

/// A decoded map key.
///
/// `repr(u8)` gives the variant a tag byte of its own. Without it the tag lives in a niche of
/// the `Cow`'s first word, and the optimizer merged a known key's index into that word on the
/// stack, then read it back to pick the `match` arm of the generated `visit_map`; with its own
/// tag, the name comparison jumps straight to the field's arm, as serde_derive's field enum
/// does (callgrind, through serde_json: 0.7-1.4% fewer instructions per decode of plain and
/// borrowed models; 1.0% more for models that keep unknown keys, which move through the
/// larger key).
#[repr(u8)]
pub enum FieldKey<'de> {
    /// The index of a declared field, matched by wire name or alias.
    Known(u16),
    /// A key the model does not declare, kept when the model stores or rejects such keys.
    Unknown(Cow<'de, str>),
    /// A key the model does not declare and does not need to see.
    Ignored,
}

/// Decodes one map key of a model.
#[derive(Clone, Copy)]
pub struct FieldSeed<L> {
    lookup: L,
    keep_unknown: bool,
}

impl<L: Fn(&str) -> Option<u16> + Copy> FieldSeed<L> {
    #[inline]
    pub fn new(lookup: L, keep_unknown: bool) -> Self {
        Self {
            lookup,
            keep_unknown,
        }
    }

    /// A key no field declares. The report hook runs here, on this path only, so a known key
    /// never reaches it.
    fn unknown<'de>(self, key: Cow<'de, str>) -> FieldKey<'de> {
        crate::json::report::state::unknown_key(&key, &self.lookup);
        if self.keep_unknown {
            FieldKey::Unknown(key)
        } else {
            FieldKey::Ignored
        }
    }

    fn str_key<'de>(self, key: &str) -> FieldKey<'de> {
        match (self.lookup)(key) {
            Some(index) => FieldKey::Known(index),
            None => self.unknown(Cow::Owned(key.to_owned())),
        }
    }
}

impl<'de, L: Fn(&str) -> Option<u16> + Copy> DeserializeSeed<'de> for FieldSeed<L> {
    type Value = FieldKey<'de>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, L: Fn(&str) -> Option<u16> + Copy> Visitor<'de> for FieldSeed<L> {
    type Value = FieldKey<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    // `#[inline]` on the three string visits: with the report hook in the unknown branch,
    // the compiler stopped inlining `visit_borrowed_str` into serde_json's key reading, which
    // cost every key a call; with the hint, decoding a plain `CallParty` takes 0.9% fewer
    // instructions than before the hook (callgrind, tests/benches/instructions.rs).
    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        // Allocate only for an unknown key that is kept; known keys cost one match.
        if !self.keep_unknown {
            return Ok(match (self.lookup)(key) {
                Some(index) => FieldKey::Known(index),
                None => {
                    crate::json::report::state::unknown_key(key, &self.lookup);
                    FieldKey::Ignored
                }
            });
        }
        Ok(self.str_key(key))
    }

    #[inline]
    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Self::Value, E> {
        Ok(match (self.lookup)(key) {
            Some(index) => FieldKey::Known(index),
            None => self.unknown(Cow::Borrowed(key)),
        })
    }

    #[inline]
    fn visit_string<E: de::Error>(self, key: String) -> Result<Self::Value, E> {
        Ok(match (self.lookup)(&key) {
            Some(index) => FieldKey::Known(index),
            None => self.unknown(Cow::Owned(key)),
        })
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Self::Value, E> {
        match core::str::from_utf8(key) {
            Ok(key) => self.visit_str(key),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(key), &self)),
        }
    }

    fn visit_borrowed_bytes<E: de::Error>(self, key: &'de [u8]) -> Result<Self::Value, E> {
        match core::str::from_utf8(key) {
            Ok(key) => self.visit_borrowed_str(key),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(key), &self)),
        }
    }
}
