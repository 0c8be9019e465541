//! Writing a union. Human-readable formats get the wire shape (one key, tag first, or the
//! value itself); the others get a serde enum of the known variants, numbered in declaration
//! order, which `compact` reads back. An unknown variant has no number there, so writing
//! one fails with an error that names the union, as a non-empty `extra` map does.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::Value;

use super::errors;
use super::tagged_ser::TaggedSerializer;
use crate::UnknownVariant;

/// Where a known variant goes: its number and wire name in the union `union`.
#[derive(Clone, Copy)]
pub struct VariantName {
    pub union: &'static str,
    pub index: u32,
    pub wire: &'static str,
}

/// `{"key": value}`.
#[inline]
pub fn one_key<S: Serializer, T: Serialize + ?Sized>(
    serializer: S,
    name: VariantName,
    value: &T,
) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(name.wire, value)?;
        map.end()
    } else {
        serializer.serialize_newtype_variant(name.union, name.index, name.wire, value)
    }
}

/// The unknown key and its value, as they came.
pub fn one_key_unknown<S: Serializer>(
    serializer: S,
    union: &'static str,
    unknown: &UnknownVariant,
) -> Result<S::Ok, S::Error> {
    if !serializer.is_human_readable() {
        return Err(errors::unknown_in_compact(union, unknown.tag()));
    }
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry(unknown.tag(), unknown.value())?;
    map.end()
}

/// The variant's model with the tag written first.
#[inline]
pub fn tagged<S: Serializer, T: Serialize + ?Sized>(
    serializer: S,
    name: VariantName,
    tag: &'static str,
    value: &T,
) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        value.serialize(TaggedSerializer::new(serializer, name, tag))
    } else {
        serializer.serialize_newtype_variant(name.union, name.index, name.wire, value)
    }
}

/// `{"tag": "name"}`.
pub fn tagged_unit<S: Serializer>(
    serializer: S,
    name: VariantName,
    tag: &'static str,
) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(tag, name.wire)?;
        map.end()
    } else {
        serializer.serialize_unit_variant(name.union, name.index, name.wire)
    }
}

/// The unknown object as it came, with the tag written first.
pub fn tagged_unknown<S: Serializer>(
    serializer: S,
    union: &'static str,
    tag: &'static str,
    unknown: &UnknownVariant,
) -> Result<S::Ok, S::Error> {
    if !serializer.is_human_readable() {
        return Err(errors::unknown_in_compact(union, unknown.tag()));
    }
    let rest = match unknown.value() {
        Value::Object(object) => Some(object),
        _ => None,
    };
    let others = rest.into_iter().flatten().filter(|(key, _)| *key != tag);
    let mut map = serializer.serialize_map(Some(1 + others.clone().count()))?;
    map.serialize_entry(tag, unknown.tag())?;
    for (key, value) in others {
        map.serialize_entry(key, value)?;
    }
    map.end()
}

/// The variant's value itself.
#[inline]
pub fn by_kind<S: Serializer, T: Serialize + ?Sized>(
    serializer: S,
    name: VariantName,
    value: &T,
) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        value.serialize(serializer)
    } else {
        serializer.serialize_newtype_variant(name.union, name.index, name.wire, value)
    }
}

/// `null` for a unit variant.
pub fn by_kind_unit<S: Serializer>(serializer: S, name: VariantName) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        serializer.serialize_unit()
    } else {
        serializer.serialize_unit_variant(name.union, name.index, name.wire)
    }
}
