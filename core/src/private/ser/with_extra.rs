//! The shape of a model with an extra field: a map in human-readable formats, since the
//! extra keys are not `'static`, and a struct of the declared fields in compact ones.

use serde::Serialize;
use serde::ser::{Error, SerializeMap, SerializeStruct, Serializer};

use super::super::FlatMapSerializer;
use super::{Absent, Present};
use crate::{ExtraFields, Nullable};

pub struct WithExtraSerializer<S: Serializer> {
    state: State<S>,
}

enum State<S: Serializer> {
    Map(S::SerializeMap),
    Struct {
        inner: S::SerializeStruct,
        model: &'static str,
    },
    Failed(S::Error),
}

impl<S: Serializer> WithExtraSerializer<S> {
    /// `declared` counts the fields a compact format writes; `present` the entries a
    /// human-readable one writes (fields that are not `None`, plus extra entries).
    /// `human_readable` is the format's `is_human_readable`.
    /// `present` is `None` for a model with a flattened field, whose count is the inner
    /// model's to know.
    #[inline]
    pub fn begin(
        serializer: S,
        model: &'static str,
        declared: usize,
        present: Option<usize>,
        human_readable: bool,
    ) -> Self {
        let state = if human_readable {
            serializer.serialize_map(present).map(State::Map)
        } else {
            serializer
                .serialize_struct(model, declared)
                .map(|inner| State::Struct { inner, model })
        };
        Self {
            state: state.unwrap_or_else(State::Failed),
        }
    }

    #[inline]
    fn keep_error(&mut self, result: Result<(), S::Error>) {
        if let Err(error) = result {
            self.fail(error);
        }
    }

    /// Out of line and cold, as at `StructSerializer::fail`.
    #[cold]
    #[inline(never)]
    fn fail(&mut self, error: S::Error) {
        self.state = State::Failed(error);
    }

    #[inline]
    pub fn field<T: Serialize + ?Sized>(&mut self, wire: &'static str, value: &T) {
        let result = match &mut self.state {
            State::Map(map) => map.serialize_entry(wire, value),
            State::Struct { inner, .. } => inner.serialize_field(wire, value),
            State::Failed(_) => return,
        };
        self.keep_error(result);
    }

    /// `skip_none` is as at `StructSerializer::optional`; it is set only when the state is
    /// a map.
    #[inline]
    pub fn optional<T: Serialize>(
        &mut self,
        wire: &'static str,
        value: &Option<T>,
        skip_none: bool,
    ) {
        match value {
            Some(present) => self.field(wire, &Present(present)),
            None if skip_none => {}
            None => self.field(wire, &Absent),
        }
    }

    /// A `Nullable` field: `Absent` is left out where `skip_absent`, as `None` is at
    /// `optional`; `Null` is written as `null`.
    #[inline]
    pub fn nullable<T: Serialize>(
        &mut self,
        wire: &'static str,
        value: &Nullable<T>,
        skip_absent: bool,
    ) {
        if value.is_absent() && skip_absent {
            return;
        }
        self.field(wire, value);
    }

    /// A flattened model: its entries in the map, or the model as one field of the struct.
    pub fn flatten<T: Serialize>(&mut self, wire: &'static str, value: &T) {
        let result = match &mut self.state {
            State::Map(map) => value.serialize(FlatMapSerializer(map)),
            State::Struct { inner, .. } => inner.serialize_field(wire, value),
            State::Failed(_) => return,
        };
        self.keep_error(result);
    }

    /// A compact format has no place for undeclared fields: a non-empty extra map is an error
    /// there rather than being dropped silently.
    pub fn extra<X: ExtraFields>(&mut self, extra: &X) {
        let result = match &mut self.state {
            State::Map(map) => extra.serialize_entries(map),
            State::Struct { model, .. } => match extra.field_count() {
                0 => Ok(()),
                count => Err(S::Error::custom(format_args!(
                    "{model} holds {count} undeclared field(s) in its `extra` map, which a format \
                     that is not human-readable cannot carry; encode it as JSON instead"
                ))),
            },
            State::Failed(_) => return,
        };
        self.keep_error(result);
    }

    #[inline]
    pub fn end(self) -> Result<S::Ok, S::Error> {
        match self.state {
            State::Map(map) => map.end(),
            State::Struct { inner, .. } => inner.end(),
            State::Failed(error) => Err(error),
        }
    }
}
