//! Unions in formats that are not human-readable (postcard, bincode, CBOR): a serde enum
//! whose variants are the known ones, numbered in declaration order. Unknown variants have
//! no number; writing one fails (see `ser`).

use core::fmt;
use core::marker::PhantomData;
use serde::de::value::UnitDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, VariantAccess, Visitor};

use super::shape::{DecodeVariant, VariantSeed, is_unit};

/// Reads a union written as a serde enum.
pub fn deserialize_compact<'de, U, D>(deserializer: D) -> Result<U, D::Error>
where
    U: DecodeVariant<'de>,
    D: Deserializer<'de>,
{
    deserializer.deserialize_enum(U::NAME, U::VARIANTS, CompactVisitor::<U>(PhantomData))
}

struct CompactVisitor<U>(PhantomData<U>);

impl<'de, U: DecodeVariant<'de>> Visitor<'de> for CompactVisitor<U> {
    type Value = U;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} variant", U::NAME)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<U, A::Error> {
        let (index, variant) = data.variant_seed(IndexSeed::<U>(PhantomData))?;
        if is_unit::<U>(index) {
            variant.unit_variant()?;
            U::decode_variant(index, UnitDeserializer::new())
        } else {
            variant.newtype_variant_seed(VariantSeed::<U>::new(index))
        }
    }
}

/// A variant's number, or its wire name in formats that write names (CBOR).
struct IndexSeed<U>(PhantomData<U>);

impl<'de, U: DecodeVariant<'de>> DeserializeSeed<'de> for IndexSeed<U> {
    type Value = u16;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<u16, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, U: DecodeVariant<'de>> Visitor<'de> for IndexSeed<U> {
    type Value = u16;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a variant of {}", U::NAME)
    }

    fn visit_u64<E: de::Error>(self, index: u64) -> Result<u16, E> {
        match u16::try_from(index) {
            Ok(index) if usize::from(index) < U::VARIANTS.len() => Ok(index),
            _ => Err(E::invalid_value(de::Unexpected::Unsigned(index), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<u16, E> {
        let index = U::VARIANTS.iter().position(|known| *known == name);
        match index.and_then(|index| u16::try_from(index).ok()) {
            Some(index) => Ok(index),
            None => Err(E::unknown_variant(name, U::VARIANTS)),
        }
    }

    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<u16, E> {
        match core::str::from_utf8(name) {
            Ok(name) => self.visit_str(name),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(name), &self)),
        }
    }
}
