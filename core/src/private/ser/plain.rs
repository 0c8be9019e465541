//! The shape of a model without an extra field: a struct in every format.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::{Absent, Present};
use crate::Nullable;

pub struct StructSerializer<S: Serializer> {
    /// The open struct, or the first error.
    state: Result<S::SerializeStruct, S::Error>,
}

impl<S: Serializer> StructSerializer<S> {
    /// `declared` counts the fields a compact format writes; `present` those a
    /// human-readable one writes (the ones that are not `None`). `skip_none` is the format's
    /// `is_human_readable`, which the caller keeps in a local of its own (see `optional`).
    #[inline]
    pub fn begin(
        serializer: S,
        model: &'static str,
        declared: usize,
        present: usize,
        skip_none: bool,
    ) -> Self {
        let len = if skip_none { present } else { declared };
        Self {
            state: serializer.serialize_struct(model, len),
        }
    }

    #[inline]
    fn keep_error(&mut self, result: Result<(), S::Error>) {
        if let Err(error) = result {
            self.fail(error);
        }
    }

    /// Out of line and cold: one copy per format serves every model, and the generated
    /// `serialize` keeps only a call per field for its error path, not the drop of the state.
    #[cold]
    #[inline(never)]
    fn fail(&mut self, error: S::Error) {
        self.state = Err(error);
    }

    #[inline]
    pub fn field<T: Serialize + ?Sized>(&mut self, wire: &'static str, value: &T) {
        if let Ok(inner) = &mut self.state {
            let result = inner.serialize_field(wire, value);
            self.keep_error(result);
        }
    }

    /// `skip_none` is the format's `is_human_readable`, or `false` for a field that is
    /// always written (`write_none`, `required`). It comes as an argument, not from a field:
    /// `self` is in memory that every write borrows, so a field would be loaded again for
    /// every value, while the caller's local folds to a constant once the format's
    /// `is_human_readable` is inlined.
    #[inline]
    pub fn optional<T: Serialize>(
        &mut self,
        wire: &'static str,
        value: &Option<T>,
        skip_none: bool,
    ) {
        if let Ok(inner) = &mut self.state {
            let result = match value {
                Some(present) => inner.serialize_field(wire, &Present(present)),
                None if skip_none => inner.skip_field(wire),
                None => inner.serialize_field(wire, &Absent),
            };
            self.keep_error(result);
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
        if let Ok(inner) = &mut self.state {
            let result = if value.is_absent() && skip_absent {
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
