//! A deserializer that keeps the path of the value being decoded in the report state, so
//! that the hooks know where a key or value they were not built for sits. It wraps every
//! deserializer, visitor and access it hands out, and changes nothing else: each call goes
//! to the wrapped one with the same arguments, so a value decodes, and fails, as it does
//! without it.

use core::fmt;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};

use super::state::{self, Mark};

/// Wraps a deserializer of a value, or of a map key (`key`), whose text it remembers so that
/// the path can name the value that comes next.
pub(crate) struct Tracked<D> {
    inner: D,
    key: bool,
}

impl<D> Tracked<D> {
    /// Tracks the path below `inner`, the deserializer of the whole input.
    pub(crate) fn new(inner: D) -> Self {
        Tracked { inner, key: false }
    }
}

/// A visitor that wraps what it is handed, or records the key it is shown (`key`).
struct TrackedVisitor<V> {
    inner: V,
    key: bool,
}

impl<V> TrackedVisitor<V> {
    fn value(inner: V) -> Self {
        TrackedVisitor { inner, key: false }
    }
}

macro_rules! forward_deserialize {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            let visitor = TrackedVisitor { inner: visitor, key: self.key };
            self.inner.$method($($arg,)* visitor)
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Tracked<D> {
    type Error = D::Error;

    forward_deserialize! {
        deserialize_any();
        deserialize_bool();
        deserialize_i8();
        deserialize_i16();
        deserialize_i32();
        deserialize_i64();
        deserialize_i128();
        deserialize_u8();
        deserialize_u16();
        deserialize_u32();
        deserialize_u64();
        deserialize_u128();
        deserialize_f32();
        deserialize_f64();
        deserialize_char();
        deserialize_str();
        deserialize_string();
        deserialize_bytes();
        deserialize_byte_buf();
        deserialize_option();
        deserialize_unit();
        deserialize_unit_struct(name: &'static str);
        deserialize_newtype_struct(name: &'static str);
        deserialize_seq();
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
        deserialize_map();
        deserialize_struct(name: &'static str, fields: &'static [&'static str]);
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_identifier();
        deserialize_ignored_any();
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($method:ident($ty:ty);)*) => {$(
        fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            self.inner.$method(v)
        }
    )*};
}

/// Forwards a visit of a key's text after recording it.
macro_rules! forward_visit_key {
    ($($method:ident($ty:ty) as $text:expr;)*) => {$(
        fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            if self.key {
                let text: fn(&$ty) -> String = $text;
                state::read_key(&text(&v));
            }
            self.inner.$method(v)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for TrackedVisitor<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    forward_visit! {
        visit_f32(f32);
        visit_f64(f64);
        visit_i128(i128);
        visit_u128(u128);
    }

    forward_visit_key! {
        visit_bool(bool) as |v| v.to_string();
        visit_i8(i8) as |v| v.to_string();
        visit_i16(i16) as |v| v.to_string();
        visit_i32(i32) as |v| v.to_string();
        visit_i64(i64) as |v| v.to_string();
        visit_u8(u8) as |v| v.to_string();
        visit_u16(u16) as |v| v.to_string();
        visit_u32(u32) as |v| v.to_string();
        visit_u64(u64) as |v| v.to_string();
        visit_char(char) as |v| v.to_string();
        visit_str(&str) as |v| (*v).to_owned();
        visit_borrowed_str(&'de str) as |v| (*v).to_owned();
        visit_string(String) as String::clone;
        visit_bytes(&[u8]) as |v| String::from_utf8_lossy(v).into_owned();
        visit_borrowed_bytes(&'de [u8]) as |v| String::from_utf8_lossy(v).into_owned();
        visit_byte_buf(Vec<u8>) as |v| String::from_utf8_lossy(v).into_owned();
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.inner.visit_some(Tracked::new(deserializer))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.inner.visit_newtype_struct(Tracked::new(deserializer))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.inner.visit_seq(TrackedSeq {
            inner: seq,
            index: 0,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(TrackedMap { inner: map })
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.inner.visit_enum(TrackedEnum { inner: data })
    }
}

/// Hands the deserializer of one element, key or value to `inner` wrapped.
struct TrackedSeed<S> {
    inner: S,
    key: bool,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for TrackedSeed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.inner.deserialize(Tracked {
            inner: deserializer,
            key: self.key,
        })
    }
}

fn value_seed<S>(inner: S) -> TrackedSeed<S> {
    TrackedSeed { inner, key: false }
}

fn key_seed<S>(inner: S) -> TrackedSeed<S> {
    TrackedSeed { inner, key: true }
}

/// Runs `read` with the path one segment longer.
fn within<R>(mark: Mark, read: impl FnOnce() -> R) -> R {
    let result = read();
    state::leave(mark);
    result
}

struct TrackedSeq<A> {
    inner: A,
    index: usize,
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for TrackedSeq<A> {
    type Error = A::Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        let mark = state::enter_index(self.index);
        let element = within(mark, || self.inner.next_element_seed(value_seed(seed)));
        self.index += 1;
        element
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

struct TrackedMap<A> {
    inner: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for TrackedMap<A> {
    type Error = A::Error;

    fn next_key_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        self.inner.next_key_seed(key_seed(seed))
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        within(state::enter_key(), || {
            self.inner.next_value_seed(value_seed(seed))
        })
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// An enum written as `{"Variant": value}` or `"Variant"`: the variant's name is read as a
/// key is, and names the place of its value.
struct TrackedEnum<A> {
    inner: A,
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for TrackedEnum<A> {
    type Error = A::Error;
    type Variant = TrackedVariant<A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let (name, variant) = self.inner.variant_seed(key_seed(seed))?;
        Ok((name, TrackedVariant { inner: variant }))
    }
}

struct TrackedVariant<A> {
    inner: A,
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for TrackedVariant<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.inner.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        within(state::enter_key(), || {
            self.inner.newtype_variant_seed(value_seed(seed))
        })
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        let visitor = TrackedVisitor::value(visitor);
        within(state::enter_key(), || {
            self.inner.tuple_variant(len, visitor)
        })
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        let visitor = TrackedVisitor::value(visitor);
        within(state::enter_key(), || {
            self.inner.struct_variant(fields, visitor)
        })
    }
}
