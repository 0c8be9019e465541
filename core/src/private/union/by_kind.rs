//! The by-kind form: the kind of the JSON value (string, number, boolean, array, object,
//! null) picks the variant. The first token decides, so nothing is buffered, no variant is
//! tried in turn, and an error inside the chosen variant keeps its path.

use core::fmt;
use core::marker::PhantomData;
use serde::de::value::UnitDeserializer;
use serde::de::value::{BoolDeserializer, MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};

use super::compact::deserialize_compact;
use super::errors::ExpectedKinds;
use super::kind_values::{NumberKindDeserializer, NumberValue, StrKindDeserializer, StrValue};
use super::shape::{DecodeVariant, KindShape};
use crate::JsonKind;

/// Reads a by-kind union: any value in human-readable formats, a serde enum in the others.
pub fn deserialize_by_kind<'de, U, D>(deserializer: D) -> Result<U, D::Error>
where
    U: DecodeVariant<'de> + KindShape,
    D: Deserializer<'de>,
{
    const { U::CHECKS };
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(KindVisitor::<U>(PhantomData))
    } else {
        deserialize_compact(deserializer)
    }
}

/// The known variant that holds values of `kind`; the derive makes sure there is at most one.
pub const fn variant_of_kind(kinds: &[JsonKind], kind: JsonKind) -> Option<u16> {
    let mut index = 0;
    while index < kinds.len() {
        if kinds[index] as u8 == kind as u8 {
            return Some(index as u16);
        }
        index += 1;
    }
    None
}

struct KindVisitor<U>(PhantomData<U>);

impl<U: KindShape> KindVisitor<U> {
    #[cold]
    fn reject<E: de::Error>(&self, unexpected: Unexpected<'_>) -> E {
        let expected = ExpectedKinds {
            union: U::NAME,
            kinds: U::KINDS,
        };
        E::invalid_type(unexpected, &expected)
    }
}

impl<'de, U: DecodeVariant<'de> + KindShape> KindVisitor<U> {
    #[inline]
    fn string<E: de::Error>(self, value: StrValue<'_, 'de>) -> Result<U, E> {
        match const { variant_of_kind(U::KINDS, JsonKind::Text) } {
            Some(index) => U::decode_variant(index, StrKindDeserializer::new(value)),
            None => Err(self.reject(Unexpected::Str(value.as_str()))),
        }
    }

    #[inline]
    fn number<E: de::Error>(self, value: NumberValue) -> Result<U, E> {
        match const { variant_of_kind(U::KINDS, JsonKind::Number) } {
            Some(index) => U::decode_variant(index, NumberKindDeserializer::new(value)),
            None => Err(self.reject(value.unexpected())),
        }
    }
}

impl<'de, U: DecodeVariant<'de> + KindShape> Visitor<'de> for KindVisitor<U> {
    type Value = U;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let expected = ExpectedKinds {
            union: U::NAME,
            kinds: U::KINDS,
        };
        write!(f, "{expected}")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<U, E> {
        match const { variant_of_kind(U::KINDS, JsonKind::Boolean) } {
            Some(index) => U::decode_variant(index, BoolDeserializer::new(value)),
            None => Err(self.reject(Unexpected::Bool(value))),
        }
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<U, E> {
        self.number(NumberValue::U64(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<U, E> {
        self.number(NumberValue::I64(value))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<U, E> {
        self.number(NumberValue::F64(value))
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<U, E> {
        self.number(NumberValue::U128(value))
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<U, E> {
        self.number(NumberValue::I128(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<U, E> {
        self.string(StrValue::Transient(value))
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<U, E> {
        self.string(StrValue::Borrowed(value))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<U, E> {
        self.string(StrValue::Owned(value))
    }

    fn visit_unit<E: de::Error>(self) -> Result<U, E> {
        match const { variant_of_kind(U::KINDS, JsonKind::Null) } {
            Some(index) => U::decode_variant(index, UnitDeserializer::new()),
            None => Err(self.reject(Unexpected::Unit)),
        }
    }

    fn visit_none<E: de::Error>(self) -> Result<U, E> {
        self.visit_unit()
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<U, A::Error> {
        match const { variant_of_kind(U::KINDS, JsonKind::Array) } {
            Some(index) => U::decode_variant(index, SeqAccessDeserializer::new(seq)),
            None => Err(self.reject(Unexpected::Seq)),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<U, A::Error> {
        match const { variant_of_kind(U::KINDS, JsonKind::Object) } {
            Some(index) => U::decode_variant(index, MapAccessDeserializer::new(map)),
            None => Err(self.reject(Unexpected::Map)),
        }
    }
}
