//! The one serializer shape every model uses. Human-readable formats (JSON, YAML) get a map
//! that omits `None` and appends the extra fields; compact formats (postcard, bincode, CBOR)
//! get every declared field in order, so what they write decodes again by position.

use serde::Serialize;
use serde::ser::{Error, SerializeMap, SerializeStruct, Serializer};

use crate::ExtraFields;

pub enum ModelSerializer<S: Serializer> {
    /// Human-readable, for a model with an extra field: keys are not all `'static`.
    Map(S::SerializeMap),
    /// `skip_none` is set in human-readable formats.
    Struct {
        inner: S::SerializeStruct,
        skip_none: bool,
        model: &'static str,
    },
}

impl<S: Serializer> ModelSerializer<S> {
    /// `declared` counts the fields a compact format writes; `present` the entries a
    /// human-readable one writes (fields that are not `None`, plus extra entries).
    #[inline]
    pub fn begin(
        serializer: S,
        model: &'static str,
        declared: usize,
        present: usize,
        has_extra: bool,
    ) -> Result<Self, S::Error> {
        let human_readable = serializer.is_human_readable();
        Ok(match (human_readable, has_extra) {
            (true, true) => ModelSerializer::Map(serializer.serialize_map(Some(present))?),
            (true, false) => ModelSerializer::Struct {
                inner: serializer.serialize_struct(model, present)?,
                skip_none: true,
                model,
            },
            (false, _) => ModelSerializer::Struct {
                inner: serializer.serialize_struct(model, declared)?,
                skip_none: false,
                model,
            },
        })
    }

    #[inline]
    pub fn field<T: Serialize + ?Sized>(
        &mut self,
        wire: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        match self {
            ModelSerializer::Map(map) => map.serialize_entry(wire, value),
            ModelSerializer::Struct { inner, .. } => inner.serialize_field(wire, value),
        }
    }

    #[inline]
    pub fn optional<T: Serialize>(
        &mut self,
        wire: &'static str,
        value: &Option<T>,
    ) -> Result<(), S::Error> {
        match self {
            // `Some` is written as `Some(value)`, as in the struct form, so formats that mark
            // options (RON) read it back into the `Option` field.
            ModelSerializer::Map(map) => match value {
                Some(_) => map.serialize_entry(wire, value),
                None => Ok(()),
            },
            ModelSerializer::Struct {
                inner, skip_none, ..
            } => match value {
                None if *skip_none => inner.skip_field(wire),
                _ => inner.serialize_field(wire, value),
            },
        }
    }

    /// A compact format has no place for undeclared fields: a non-empty extra map is an error
    /// there rather than being dropped silently.
    pub fn extra<X: ExtraFields>(&mut self, extra: &X) -> Result<(), S::Error> {
        match self {
            ModelSerializer::Map(map) => extra.serialize_entries(map),
            ModelSerializer::Struct { model, .. } => match extra.field_count() {
                0 => Ok(()),
                count => Err(S::Error::custom(format_args!(
                    "{model} holds {count} undeclared field(s) in its `extra` map, which a format \
                     that is not human-readable cannot carry; encode it as JSON instead"
                ))),
            },
        }
    }

    #[inline]
    pub fn end(self) -> Result<S::Ok, S::Error> {
        match self {
            ModelSerializer::Map(map) => map.end(),
            ModelSerializer::Struct { inner, .. } => inner.end(),
        }
    }
}
