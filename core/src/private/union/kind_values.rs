//! One deserializer type per JSON kind for the scalar kinds, so that a by-kind union's
//! `decode_variant` is compiled once per kind, not once per way a format hands over a
//! string or a number.

use core::marker::PhantomData;
use serde::de::value::{BorrowedStrDeserializer, StrDeserializer, StringDeserializer};
use serde::de::{self, Deserializer, Visitor};

/// A string as the format handed it over: borrowed from the input, transient or owned.
pub enum StrValue<'a, 'de> {
    Borrowed(&'de str),
    Transient(&'a str),
    Owned(String),
}

pub struct StrKindDeserializer<'a, 'de, E> {
    value: StrValue<'a, 'de>,
    error: PhantomData<E>,
}

impl<'a, 'de, E> StrKindDeserializer<'a, 'de, E> {
    #[inline]
    pub fn new(value: StrValue<'a, 'de>) -> Self {
        Self {
            value,
            error: PhantomData,
        }
    }
}

impl<'de, E: de::Error> Deserializer<'de> for StrKindDeserializer<'_, 'de, E> {
    type Error = E;

    #[inline]
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.value {
            StrValue::Borrowed(v) => visitor.visit_borrowed_str(v),
            StrValue::Transient(v) => visitor.visit_str(v),
            StrValue::Owned(v) => visitor.visit_string(v),
        }
    }

    /// A string is a unit variant of a serde enum.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, E> {
        match self.value {
            StrValue::Borrowed(v) => {
                BorrowedStrDeserializer::new(v).deserialize_enum(name, variants, visitor)
            }
            StrValue::Transient(v) => {
                StrDeserializer::new(v).deserialize_enum(name, variants, visitor)
            }
            StrValue::Owned(v) => {
                StringDeserializer::new(v).deserialize_enum(name, variants, visitor)
            }
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct identifier
        ignored_any
    }
}

impl StrValue<'_, '_> {
    pub fn as_str(&self) -> &str {
        match self {
            StrValue::Borrowed(v) => v,
            StrValue::Transient(v) => v,
            StrValue::Owned(v) => v,
        }
    }
}

/// A number as the format handed it over.
#[derive(Clone, Copy)]
pub enum NumberValue {
    U64(u64),
    I64(i64),
    F64(f64),
    U128(u128),
    I128(i128),
}

pub struct NumberKindDeserializer<E> {
    value: NumberValue,
    error: PhantomData<E>,
}

impl<E> NumberKindDeserializer<E> {
    #[inline]
    pub fn new(value: NumberValue) -> Self {
        Self {
            value,
            error: PhantomData,
        }
    }
}

impl<'de, E: de::Error> Deserializer<'de> for NumberKindDeserializer<E> {
    type Error = E;

    #[inline]
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.value {
            NumberValue::U64(v) => visitor.visit_u64(v),
            NumberValue::I64(v) => visitor.visit_i64(v),
            NumberValue::F64(v) => visitor.visit_f64(v),
            NumberValue::U128(v) => visitor.visit_u128(v),
            NumberValue::I128(v) => visitor.visit_i128(v),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

impl NumberValue {
    pub fn unexpected(self) -> de::Unexpected<'static> {
        match self {
            NumberValue::U64(v) => de::Unexpected::Unsigned(v),
            NumberValue::I64(v) => de::Unexpected::Signed(v),
            NumberValue::F64(v) => de::Unexpected::Float(v),
            NumberValue::U128(_) | NumberValue::I128(_) => {
                de::Unexpected::Other("a 128-bit integer")
            }
        }
    }
}
