//! A value read before a union's tag was seen, kept in serde's data model until the tag
//! says which type it belongs to, then replayed into that type. Strings and bytes borrow
//! from the input where the format lends them, so borrowed fields decode the same whether
//! the tag came first or later.

use core::fmt;
use core::marker::PhantomData;
use serde::de::value::{MapDeserializer, SeqDeserializer};
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    Unexpected, VariantAccess, Visitor,
};
use std::borrow::Cow;

/// One value of serde's data model.
#[derive(Debug, Clone, PartialEq)]
pub enum Buffered<'de> {
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    U128(u128),
    I128(i128),
    Char(char),
    Str(Cow<'de, str>),
    Bytes(Cow<'de, [u8]>),
    Unit,
    None,
    Some(Box<Buffered<'de>>),
    Newtype(Box<Buffered<'de>>),
    Seq(Vec<Buffered<'de>>),
    Map(Vec<(Buffered<'de>, Buffered<'de>)>),
}

/// Reads one value into a [`Buffered`].
#[derive(Clone, Copy, Default)]
pub struct BufferSeed;

impl<'de> DeserializeSeed<'de> for BufferSeed {
    type Value = Buffered<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Buffered<'de>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for BufferSeed {
    type Value = Buffered<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Buffered<'de>, E> {
        Ok(Buffered::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Buffered<'de>, E> {
        Ok(Buffered::I64(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Buffered<'de>, E> {
        Ok(Buffered::U64(v))
    }

    fn visit_i128<E>(self, v: i128) -> Result<Buffered<'de>, E> {
        Ok(Buffered::I128(v))
    }

    fn visit_u128<E>(self, v: u128) -> Result<Buffered<'de>, E> {
        Ok(Buffered::U128(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Buffered<'de>, E> {
        Ok(Buffered::F64(v))
    }

    fn visit_char<E>(self, v: char) -> Result<Buffered<'de>, E> {
        Ok(Buffered::Char(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Buffered<'de>, E> {
        Ok(Buffered::Str(Cow::Owned(v.to_owned())))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Buffered<'de>, E> {
        Ok(Buffered::Str(Cow::Borrowed(v)))
    }

    fn visit_string<E>(self, v: String) -> Result<Buffered<'de>, E> {
        Ok(Buffered::Str(Cow::Owned(v)))
    }

    fn visit_bytes<E>(self, v: &[u8]) -> Result<Buffered<'de>, E> {
        Ok(Buffered::Bytes(Cow::Owned(v.to_owned())))
    }

    fn visit_borrowed_bytes<E>(self, v: &'de [u8]) -> Result<Buffered<'de>, E> {
        Ok(Buffered::Bytes(Cow::Borrowed(v)))
    }

    fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<Buffered<'de>, E> {
        Ok(Buffered::Bytes(Cow::Owned(v)))
    }

    fn visit_none<E>(self) -> Result<Buffered<'de>, E> {
        Ok(Buffered::None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Buffered<'de>, D::Error> {
        Ok(Buffered::Some(Box::new(d.deserialize_any(self)?)))
    }

    fn visit_unit<E>(self) -> Result<Buffered<'de>, E> {
        Ok(Buffered::Unit)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Buffered<'de>, D::Error> {
        Ok(Buffered::Newtype(Box::new(d.deserialize_any(self)?)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Buffered<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Buffered::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Buffered<'de>, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some(key) = map.next_key_seed(self)? {
            entries.push((key, map.next_value_seed(self)?));
        }
        Ok(Buffered::Map(entries))
    }
}

/// Replays a [`Buffered`] value into any `Deserialize` type.
pub struct BufferedDeserializer<'de, E> {
    value: Buffered<'de>,
    error: PhantomData<E>,
}

impl<'de, E> BufferedDeserializer<'de, E> {
    pub fn new(value: Buffered<'de>) -> Self {
        Self {
            value,
            error: PhantomData,
        }
    }
}

impl<'de, E: de::Error> IntoDeserializer<'de, E> for Buffered<'de> {
    type Deserializer = BufferedDeserializer<'de, E>;

    fn into_deserializer(self) -> Self::Deserializer {
        BufferedDeserializer::new(self)
    }
}

impl<'de, E: de::Error> Deserializer<'de> for BufferedDeserializer<'de, E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.value {
            Buffered::Bool(v) => visitor.visit_bool(v),
            Buffered::U64(v) => visitor.visit_u64(v),
            Buffered::I64(v) => visitor.visit_i64(v),
            Buffered::F64(v) => visitor.visit_f64(v),
            Buffered::U128(v) => visitor.visit_u128(v),
            Buffered::I128(v) => visitor.visit_i128(v),
            Buffered::Char(v) => visitor.visit_char(v),
            Buffered::Str(Cow::Borrowed(v)) => visitor.visit_borrowed_str(v),
            Buffered::Str(Cow::Owned(v)) => visitor.visit_string(v),
            Buffered::Bytes(Cow::Borrowed(v)) => visitor.visit_borrowed_bytes(v),
            Buffered::Bytes(Cow::Owned(v)) => visitor.visit_byte_buf(v),
            Buffered::Unit => visitor.visit_unit(),
            Buffered::None => visitor.visit_none(),
            Buffered::Some(v) => visitor.visit_some(BufferedDeserializer::new(*v)),
            Buffered::Newtype(v) => visitor.visit_newtype_struct(BufferedDeserializer::new(*v)),
            Buffered::Seq(items) => {
                let mut seq = SeqDeserializer::new(items.into_iter());
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
            Buffered::Map(entries) => {
                let mut map = MapDeserializer::new(entries.into_iter());
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.value {
            Buffered::None | Buffered::Unit => visitor.visit_none(),
            Buffered::Some(v) => visitor.visit_some(BufferedDeserializer::new(*v)),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, E> {
        match self.value {
            Buffered::Newtype(v) => visitor.visit_newtype_struct(BufferedDeserializer::new(*v)),
            _ => visitor.visit_newtype_struct(self),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, E> {
        match self.value {
            // A unit variant is its name; any other variant a map of one entry.
            Buffered::Str(_) => visitor.visit_enum(BufferedEnum::<E>::new(self.value, None)),
            Buffered::Map(mut entries) if entries.len() == 1 => {
                let (variant, value) = entries.remove(0);
                visitor.visit_enum(BufferedEnum::<E>::new(variant, Some(value)))
            }
            other => Err(E::invalid_type(
                other.unexpected(),
                &"a string or a map of one entry",
            )),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

impl Buffered<'_> {
    fn unexpected(&self) -> Unexpected<'_> {
        match self {
            Buffered::Bool(v) => Unexpected::Bool(*v),
            Buffered::U64(v) => Unexpected::Unsigned(*v),
            Buffered::I64(v) => Unexpected::Signed(*v),
            Buffered::F64(v) => Unexpected::Float(*v),
            Buffered::U128(_) | Buffered::I128(_) => Unexpected::Other("a 128-bit integer"),
            Buffered::Char(v) => Unexpected::Char(*v),
            Buffered::Str(v) => Unexpected::Str(v),
            Buffered::Bytes(v) => Unexpected::Bytes(v),
            Buffered::Unit => Unexpected::Unit,
            Buffered::None | Buffered::Some(_) => Unexpected::Option,
            Buffered::Newtype(_) => Unexpected::NewtypeStruct,
            Buffered::Seq(_) => Unexpected::Seq,
            Buffered::Map(_) => Unexpected::Map,
        }
    }
}

/// An enum variant replayed from its name and, unless it is a unit variant, its value.
struct BufferedEnum<'de, E> {
    variant: Buffered<'de>,
    value: Option<Buffered<'de>>,
    error: PhantomData<E>,
}

impl<'de, E> BufferedEnum<'de, E> {
    fn new(variant: Buffered<'de>, value: Option<Buffered<'de>>) -> Self {
        Self {
            variant,
            value,
            error: PhantomData,
        }
    }
}

impl<'de, E: de::Error> EnumAccess<'de> for BufferedEnum<'de, E> {
    type Error = E;
    type Variant = BufferedVariant<'de, E>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), E> {
        let variant = seed.deserialize(BufferedDeserializer::<E>::new(self.variant))?;
        let value = BufferedVariant {
            value: self.value,
            error: PhantomData,
        };
        Ok((variant, value))
    }
}

/// The value of a replayed enum variant; `None` for a unit variant.
struct BufferedVariant<'de, E> {
    value: Option<Buffered<'de>>,
    error: PhantomData<E>,
}

impl<'de, E: de::Error> BufferedVariant<'de, E> {
    fn value(self, expected: &str) -> Result<BufferedDeserializer<'de, E>, E> {
        match self.value {
            Some(value) => Ok(BufferedDeserializer::new(value)),
            None => Err(E::invalid_type(Unexpected::UnitVariant, &expected)),
        }
    }
}

impl<'de, E: de::Error> VariantAccess<'de> for BufferedVariant<'de, E> {
    type Error = E;

    fn unit_variant(self) -> Result<(), E> {
        match self.value {
            None | Some(Buffered::Unit) => Ok(()),
            Some(other) => Err(E::invalid_type(other.unexpected(), &"unit variant")),
        }
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, E> {
        seed.deserialize(self.value("newtype variant")?)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, E> {
        self.value("tuple variant")?.deserialize_any(visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, E> {
        self.value("struct variant")?.deserialize_any(visitor)
    }
}
