//! A required field that is missing from a map is read from nothing, as serde_derive does:
//! an `Option` (also one the derive cannot see, behind a type alias, a type macro or a type
//! parameter) reads `None`, and every other type fails with the missing-field error.

use core::marker::PhantomData;
use serde::de::{DeserializeSeed, Deserializer, Error, Visitor};

use super::FieldName;

/// The value of the missing field `name`: `None` for an `Option`, else the missing-field
/// error.
#[cold]
pub fn missing<'de, S, E>(seed: S, name: &'static FieldName) -> Result<S::Value, E>
where
    S: DeserializeSeed<'de>,
    E: Error,
{
    seed.deserialize(Nothing {
        name,
        error: PhantomData,
    })
}

struct Nothing<E> {
    name: &'static FieldName,
    error: PhantomData<E>,
}

impl<'de, E: Error> Deserializer<'de> for Nothing<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, E> {
        Err(super::missing_field(self.name.model, self.name.wire))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}
