use serde::Serialize;
use serde::de::{DeserializeOwned, MapAccess};
use serde::ser::SerializeMap;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, btree_map, hash_map};
use std::hash::BuildHasher;

/// The fields of a payload that its model does not declare, kept by an `#[api(extra)]` field
/// so that decode → encode loses nothing: through `callparty::json`, each value comes back
/// exactly as written (see [`ExtraValue`](crate::ExtraValue)).
pub type Extra = BTreeMap<String, crate::ExtraValue>;

/// A map that can hold a model's undeclared fields: the type of an `#[api(extra)]` field.
///
/// Entries are written after the declared fields in human-readable formats such as JSON.
/// Formats that are not human-readable (postcard, bincode, CBOR) write every declared field
/// by position and have no place for undeclared ones, so serializing a model whose extra map
/// is non-empty fails there; an empty map writes nothing. The error's message names the model
/// and the count, in the formats that keep messages: postcard keeps only the kind,
/// `postcard::Error::SerdeSerCustom`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold the undeclared fields of a model",
    label = "an `#[api(extra)]` field needs a map such as `callparty::Extra`",
    note = "`ExtraFields` is implemented for `BTreeMap<String, V>` and `HashMap<String, V>`"
)]
pub trait ExtraFields: Default {
    /// How many undeclared fields are held.
    fn field_count(&self) -> usize;

    /// Reads the value of the undeclared field `key` from `map` and keeps it.
    ///
    /// # Errors
    /// The value's own decoding error, or a duplicate-field error naming `model` when `key`
    /// was already seen.
    fn insert_next<'de, A: MapAccess<'de>>(
        &mut self,
        key: Cow<'de, str>,
        map: &mut A,
        model: &'static str,
    ) -> Result<(), A::Error>;

    /// Writes every held field as a map entry.
    ///
    /// # Errors
    /// Whatever the serializer reports.
    fn serialize_entries<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
}

impl<V: Serialize + DeserializeOwned> ExtraFields for BTreeMap<String, V> {
    fn field_count(&self) -> usize {
        self.len()
    }

    fn insert_next<'de, A: MapAccess<'de>>(
        &mut self,
        key: Cow<'de, str>,
        map: &mut A,
        model: &'static str,
    ) -> Result<(), A::Error> {
        // One search, not one to rule out a duplicate and one to insert (a key seen twice is
        // an error, as for declared fields); the key is owned before it either way.
        match self.entry(key.into_owned()) {
            btree_map::Entry::Vacant(slot) => {
                slot.insert(map.next_value()?);
                Ok(())
            }
            btree_map::Entry::Occupied(slot) => {
                Err(crate::messages::duplicate_field(model, slot.key()))
            }
        }
    }

    fn serialize_entries<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        self.iter()
            .try_for_each(|(key, value)| map.serialize_entry(key, value))
    }
}

impl<V: Serialize + DeserializeOwned, H: BuildHasher + Default> ExtraFields
    for HashMap<String, V, H>
{
    fn field_count(&self) -> usize {
        self.len()
    }

    fn insert_next<'de, A: MapAccess<'de>>(
        &mut self,
        key: Cow<'de, str>,
        map: &mut A,
        model: &'static str,
    ) -> Result<(), A::Error> {
        match self.entry(key.into_owned()) {
            hash_map::Entry::Vacant(slot) => {
                slot.insert(map.next_value()?);
                Ok(())
            }
            hash_map::Entry::Occupied(slot) => {
                Err(crate::messages::duplicate_field(model, slot.key()))
            }
        }
    }

    fn serialize_entries<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        self.iter()
            .try_for_each(|(key, value)| map.serialize_entry(key, value))
    }
}
