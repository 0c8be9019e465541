//! `#[api(flatten)]`: a model's fields written into and read from the map of the model that
//! holds it. Writing goes through [`FlatMapSerializer`], which turns the inner model's struct
//! or map into entries of the outer map. Reading buffers the entries whose keys the inner
//! model declares (its `DOC`'s wire names and aliases) and reads the inner model from them
//! once the map is done; every other unknown key stays the outer model's.

use serde::de::DeserializeOwned;
use serde::ser::{Error, Impossible, Serialize, SerializeMap, SerializeStruct, Serializer};

use crate::ApiModel;

/// The entries of one flattened model, read while the outer map is.
pub type FlatEntries = Vec<(String, serde_json::Value)>;

/// Whether the flattened model `T` reads the key `key`.
pub fn flatten_claims<T: ApiModel>(key: &str) -> bool {
    T::DOC
        .fields
        .iter()
        .any(|field| field.wire_name == key || field.aliases.contains(&key))
}

/// The flattened model `T`, read from the entries its keys claimed; an error names `model`,
/// the model that holds it.
pub fn read_flattened<T: DeserializeOwned, E: serde::de::Error>(
    entries: FlatEntries,
    model: &str,
) -> Result<T, E> {
    let object = serde_json::Value::Object(entries.into_iter().collect());
    T::deserialize(object)
        .map_err(|error| E::custom(format_args!("{error} (flattened in {model})")))
}

/// Writes a model's fields as entries of `map`.
pub struct FlatMapSerializer<'m, M: SerializeMap>(pub &'m mut M);

/// What a flattened value cannot be: anything but a model (a struct or a map).
fn not_a_model<E: Error>(what: &str) -> E {
    E::custom(format_args!(
        "a flattened field must hold a model, not {what}"
    ))
}

macro_rules! refuse {
    ($($method:ident($($ty:ty),*) => $what:literal),* $(,)?) => {$(
        fn $method(self, $(_: $ty),*) -> Result<(), M::Error> {
            Err(not_a_model($what))
        }
    )*};
}

impl<'m, M: SerializeMap> Serializer for FlatMapSerializer<'m, M> {
    type Ok = ();
    type Error = M::Error;
    type SerializeSeq = Impossible<(), M::Error>;
    type SerializeTuple = Impossible<(), M::Error>;
    type SerializeTupleStruct = Impossible<(), M::Error>;
    type SerializeTupleVariant = Impossible<(), M::Error>;
    type SerializeMap = FlatMap<'m, M>;
    type SerializeStruct = FlatMap<'m, M>;
    type SerializeStructVariant = Impossible<(), M::Error>;

    refuse! {
        serialize_bool(bool) => "a boolean",
        serialize_i8(i8) => "a number",
        serialize_i16(i16) => "a number",
        serialize_i32(i32) => "a number",
        serialize_i64(i64) => "a number",
        serialize_u8(u8) => "a number",
        serialize_u16(u16) => "a number",
        serialize_u32(u32) => "a number",
        serialize_u64(u64) => "a number",
        serialize_f32(f32) => "a number",
        serialize_f64(f64) => "a number",
        serialize_char(char) => "a string",
        serialize_str(&str) => "a string",
        serialize_bytes(&[u8]) => "bytes",
        serialize_none() => "`None`",
        serialize_unit() => "`()`",
        serialize_unit_struct(&'static str) => "a unit struct",
        serialize_unit_variant(&'static str, u32, &'static str) => "an enum",
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), M::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), M::Error> {
        Err(not_a_model("an enum"))
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, M::Error> {
        Err(not_a_model("a sequence"))
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, M::Error> {
        Err(not_a_model("a tuple"))
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, M::Error> {
        Err(not_a_model("a tuple struct"))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, M::Error> {
        Err(not_a_model("an enum"))
    }

    fn serialize_map(self, _: Option<usize>) -> Result<FlatMap<'m, M>, M::Error> {
        Ok(FlatMap(self.0))
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<FlatMap<'m, M>, M::Error> {
        Ok(FlatMap(self.0))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, M::Error> {
        Err(not_a_model("an enum"))
    }
}

/// The inner model's entries, written into the outer map.
pub struct FlatMap<'m, M: SerializeMap>(&'m mut M);

impl<M: SerializeMap> SerializeStruct for FlatMap<'_, M> {
    type Ok = ();
    type Error = M::Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        self.0.serialize_entry(key, value)
    }

    fn end(self) -> Result<(), M::Error> {
        Ok(())
    }
}

impl<M: SerializeMap> SerializeMap for FlatMap<'_, M> {
    type Ok = ();
    type Error = M::Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), M::Error> {
        self.0.serialize_key(key)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), M::Error> {
        self.0.serialize_value(value)
    }

    fn end(self) -> Result<(), M::Error> {
        Ok(())
    }
}

/// Reads the value of a key that a flattened model claims into its entries.
pub fn buffer_flattened<'de, A: serde::de::MapAccess<'de>>(
    entries: &mut FlatEntries,
    key: std::borrow::Cow<'de, str>,
    map: &mut A,
    model: &str,
) -> Result<(), A::Error> {
    if entries.iter().any(|(known, _)| *known == key) {
        return Err(crate::messages::duplicate_field(model, &key));
    }
    let value = map.next_value::<serde_json::Value>()?;
    entries.push((key.into_owned(), value));
    Ok(())
}
