//! The one-key form: an object with exactly one key, which names the variant; its value is
//! the variant's field. The value is read straight from the input, as serde reads an
//! externally tagged enum.

use core::fmt;
use core::marker::PhantomData;
use serde::de::{Deserializer, MapAccess, Visitor};

use super::compact::deserialize_compact;
use super::errors;
use super::shape::{DecodeVariant, UnionShape, VariantSeed};
use crate::__private::{FieldKey, FieldSeed};
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
        let key = map.next_key_seed(FieldSeed::new(U::lookup, true))?;
        let Some(FieldKey::Known(index)) = key else {
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
    key: Option<FieldKey<'de>>,
) -> Result<U, A::Error> {
    let key = match key {
        Some(FieldKey::Unknown(key)) => key,
        // `FieldSeed` ignores no key when told to keep unknown ones.
        None | Some(FieldKey::Known(_) | FieldKey::Ignored) => {
            return Err(errors::no_key(U::NAME, U::EXPECTED));
        }
    };
    let Some(wrap) = U::WRAP_UNKNOWN else {
        return Err(errors::unknown_key(U::NAME, &key, U::EXPECTED));
    };
    let value = wrap(UnknownVariant::new(key.as_ref().into(), map.next_value()?));
    match map.next_key::<String>()? {
        None => Ok(value),
        Some(second) => Err(errors::second_key(U::NAME, &key, &second)),
    }
}

/// The wire name of known variant `index`, for the error about a second key.
fn known_name<U: UnionShape>(index: u16) -> &'static str {
    U::VARIANTS
        .get(usize::from(index))
        .copied()
        .unwrap_or_default()
}
