//! The one-key form: an object with exactly one key, which names the variant; its value is
//! the variant's field. The value is read straight from the input, as serde reads an
//! externally tagged enum.

use core::fmt;
use core::marker::PhantomData;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use std::borrow::Cow;

use super::compact::deserialize_compact;
use super::errors;
use super::shape::{DecodeVariant, UnionShape, VariantSeed};
use crate::UnknownVariant;

/// Reads a one-key union: an object in human-readable formats, a serde enum in the others.
pub fn deserialize_one_key<'de, U, D>(deserializer: D) -> Result<U, D::Error>
where
    U: DecodeVariant<'de>,
    D: Deserializer<'de>,
{
    const { U::CHECKS };
    if deserializer.is_human_readable() {
        deserializer.deserialize_map(OneKeyVisitor::<U>(PhantomData))
    } else {
        deserialize_compact(deserializer)
    }
}

struct OneKeyVisitor<U>(PhantomData<U>);

impl<'de, U: DecodeVariant<'de>> Visitor<'de> for OneKeyVisitor<U> {
    type Value = U;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} object with exactly one key", U::NAME)
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<U, A::Error> {
        let key = map.next_key_seed(KeySeed::<U>(PhantomData))?;
        let Some(Key::Known(index)) = key else {
            return not_known(map, key);
        };
        let value = map.next_value_seed(VariantSeed::<U>::new(index))?;
        match map.next_key::<String>()? {
            None => Ok(value),
            Some(second) => Err(errors::second_key(U::NAME, known_name::<U>(index), &second)),
        }
    }
}

/// The rare first keys, out of the way of the known ones: none, or an unknown one, which an
/// open union keeps with its value.
#[cold]
#[inline(never)]
fn not_known<'de, U: DecodeVariant<'de>, A: MapAccess<'de>>(
    mut map: A,
    key: Option<Key<'de>>,
) -> Result<U, A::Error> {
    let key = match key {
        Some(Key::Unknown(key)) => key,
        None | Some(Key::Known(_)) => return Err(errors::no_key(U::NAME, U::EXPECTED)),
    };
    let Some(wrap) = U::WRAP_UNKNOWN else {
        return Err(errors::unknown_key(U::NAME, &key, U::EXPECTED));
    };
    crate::json::report::state::unknown_value(U::NAME, &key);
    let value = wrap(UnknownVariant::new(key.as_ref().into(), map.next_value()?));
    match map.next_key::<String>()? {
        None => Ok(value),
        Some(second) => Err(errors::second_key(U::NAME, &key, &second)),
    }
}

/// The first key of a one-key union.
enum Key<'de> {
    Known(u16),
    Unknown(Cow<'de, str>),
}

/// Reads the first key. Models read theirs through `FieldSeed`; a union has one key per
/// value, so this seed is inlined whole into `visit_map`: a separate call returned its
/// result through memory, and reading it back stalled on every value.
struct KeySeed<U>(PhantomData<U>);

impl<'de, U: DecodeVariant<'de>> DeserializeSeed<'de> for KeySeed<U> {
    type Value = Key<'de>;

    #[inline(always)]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, U: DecodeVariant<'de>> Visitor<'de> for KeySeed<U> {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a key of {}", U::NAME)
    }

    #[inline(always)]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(match U::lookup(key) {
            Some(index) => Key::Known(index),
            None => Key::Unknown(Cow::Owned(key.to_owned())),
        })
    }

    #[inline(always)]
    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(match U::lookup(key) {
            Some(index) => Key::Known(index),
            None => Key::Unknown(Cow::Borrowed(key)),
        })
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(match U::lookup(&key) {
            Some(index) => Key::Known(index),
            None => Key::Unknown(Cow::Owned(key)),
        })
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Key<'de>, E> {
        match core::str::from_utf8(key) {
            Ok(key) => self.visit_str(key),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(key), &self)),
        }
    }
}

/// The wire name of known variant `index`, for the error about a second key.
fn known_name<U: UnionShape>(index: u16) -> &'static str {
    U::VARIANTS
        .get(usize::from(index))
        .copied()
        .unwrap_or_default()
}
