//! The shape of a model without an extra field: a struct in every format.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

pub struct StructSerializer<S: Serializer> {
    /// The open struct, or the first error.
    state: Result<S::SerializeStruct, S::Error>,
    /// Set in human-readable formats.
    skip_none: bool,
}

impl<S: Serializer> StructSerializer<S> {
    /// `declared` counts the fields a compact format writes; `present` those a
    /// human-readable one writes (the ones that are not `None`).
    #[inline]
    pub fn begin(serializer: S, model: &'static str, declared: usize, present: usize) -> Self {
        let skip_none = serializer.is_human_readable();
        let len = if skip_none { present } else { declared };
        Self {
            state: serializer.serialize_struct(model, len),
            skip_none,
        }
    }

    #[inline]
    fn keep_error(&mut self, result: Result<(), S::Error>) {
        if let Err(error) = result {
            self.state = Err(error);
        }
    }

    #[inline]
    pub fn field<T: Serialize + ?Sized>(&mut self, wire: &'static str, value: &T) {
        if let Ok(inner) = &mut self.state {
            let result = inner.serialize_field(wire, value);
            self.keep_error(result);
        }
    }

    #[inline]
    pub fn optional<T: Serialize>(&mut self, wire: &'static str, value: &Option<T>) {
        if let Ok(inner) = &mut self.state {
            // `None` first: a present value, the costly case, then tests nothing more.
            let result = if value.is_none() && self.skip_none {
                inner.skip_field(wire)
            } else {
                inner.serialize_field(wire, value)
            };
            self.keep_error(result);
        }
    }

    #[inline]
    pub fn end(self) -> Result<S::Ok, S::Error> {
        self.state?.end()
    }
}
