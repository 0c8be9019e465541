//! The one-key form: an object with exactly one key, which names the variant; its value is
//! the variant's field. The value is read straight from the input, as serde reads an
//! externally tagged enum.

use core::fmt;
use core::marker::PhantomData;
use serde::de::{Deserializer, MapAccess, Visitor};
use std::borrow::Cow;

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

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<U, A::Error> {
        let (value, first) = match map.next_key_seed(FieldSeed::new(U::lookup, true))? {
            Some(FieldKey::Known(index)) => {
                let value = map.next_value_seed(VariantSeed::<U>::new(index))?;
                (value, First::Known(index))
            }
            Some(FieldKey::Unknown(key)) => match U::WRAP_UNKNOWN {
                Some(wrap) => {
                    let unknown = UnknownVariant::new(key.as_ref().into(), map.next_value()?);
                    (wrap(unknown), First::Unknown(key))
                }
                None => return Err(errors::unknown_key(U::NAME, &key, U::EXPECTED)),
            },
            // `FieldSeed` ignores no key when told to keep unknown ones.
            None | Some(FieldKey::Ignored) => return Err(errors::no_key(U::NAME, U::EXPECTED)),
        };
        match map.next_key::<String>()? {
            None => Ok(value),
            Some(second) => Err(errors::second_key(U::NAME, first.name::<U>(), &second)),
        }
    }
}

/// The first key, kept for the error about a second one.
enum First<'de> {
    Known(u16),
    Unknown(Cow<'de, str>),
}

impl First<'_> {
    fn name<U: UnionShape>(&self) -> &str {
        match self {
            First::Known(index) => U::VARIANTS
                .get(usize::from(*index))
                .copied()
                .unwrap_or_default(),
            First::Unknown(key) => key,
        }
    }
}
