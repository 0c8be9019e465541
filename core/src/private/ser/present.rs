//! A field's `Option` written without a second look at it: the shapes match it once, then
//! write what they found.

use serde::{Serialize, Serializer};

/// The value of a `Some` field, written through `serialize_some` as the `Option` itself would
/// be in every format (RON writes `Some(value)`, compact formats a tag). What it saves is the
/// `Option`'s own test for `None` inside the format's out-of-line entry writer, which
/// serde_derive's code pays for every present field.
pub struct Present<'a, T>(pub &'a T);

impl<T: Serialize> Serialize for Present<'_, T> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_some(self.0)
    }
}

/// A `None` that is written (compact formats, fields written even when empty). Not generic,
/// so a format's entry writer has one copy for `None` of every type, next to the one per
/// type for `Present`, where the `Option` would need a copy per type with both branches.
pub struct Absent;

impl Serialize for Absent {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_none()
    }
}
