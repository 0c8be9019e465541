//! Reading an [`ExtraValue`]: as JSON text from serde_json, as a `serde_json::Value` from any
//! other deserializer.
//!
//! It asks for serde_json's raw value, a newtype struct with a name only serde_json knows:
//! serde_json (and its `Value`, for `from_value`) answers with a one-entry map from that name
//! to the value's text; every other deserializer, serde's buffering `Content` included (flatten,
//! untagged, tagged enums), sees a newtype struct and hands over the value itself, or calls
//! the visitor for the value directly.

use serde::de::value::{I128Deserializer, SeqAccessDeserializer, U128Deserializer};
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;

use super::ExtraValue;
use super::json_text::{Unreadable, kept};

/// The name serde_json gives its raw value: `serde_json::value::RawValue` serializes as a
/// struct of this name and reads itself as a newtype struct of it. Tests in `tests/` prove
/// that serde_json still answers to it.
pub(super) const RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

impl<'de> Deserialize<'de> for ExtraValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_newtype_struct(RAW_VALUE_TOKEN, ExtraValueVisitor)
    }
}

struct ExtraValueVisitor;

impl<'de> Visitor<'de> for ExtraValueVisitor {
    type Value = ExtraValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, inner: D) -> Result<ExtraValue, D::Error> {
        Value::deserialize(inner).map(ExtraValue::from)
    }

    /// serde_json's raw value, or a map from a deserializer that reads newtype structs as
    /// whatever they hold.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ExtraValue, A::Error> {
        let first = match map.next_key_seed(FirstKeySeed)? {
            None => return Ok(Value::Object(Map::new()).into()),
            Some(FirstKey::RawValue) => {
                // The error is made here and not while reading the text, so that a path
                // to it (`callparty::json`'s) ends at the unknown field, not at the name
                // serde_json uses to hand the text over.
                let json = map.next_value_seed(JsonText)?;
                return json.map(ExtraValue::from_json).map_err(de::Error::custom);
            }
            Some(FirstKey::Key(key)) => key,
        };
        let mut object = Map::new();
        object.insert(first, map.next_value()?);
        while let Some((key, value)) = map.next_entry()? {
            object.insert(key, value);
        }
        Ok(Value::Object(object).into())
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<ExtraValue, E> {
        Ok(Value::Bool(value).into())
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<ExtraValue, E> {
        Ok(Value::from(value).into())
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<ExtraValue, E> {
        Ok(Value::from(value).into())
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<ExtraValue, E> {
        Value::deserialize(I128Deserializer::new(value)).map(ExtraValue::from)
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<ExtraValue, E> {
        Value::deserialize(U128Deserializer::new(value)).map(ExtraValue::from)
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<ExtraValue, E> {
        Ok(Value::from(value).into())
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<ExtraValue, E> {
        Ok(Value::String(value.to_owned()).into())
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<ExtraValue, E> {
        Ok(Value::String(value).into())
    }

    fn visit_none<E: de::Error>(self) -> Result<ExtraValue, E> {
        Ok(ExtraValue::default())
    }

    fn visit_unit<E: de::Error>(self) -> Result<ExtraValue, E> {
        Ok(ExtraValue::default())
    }

    fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<ExtraValue, D::Error> {
        Value::deserialize(inner).map(ExtraValue::from)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<ExtraValue, A::Error> {
        Value::deserialize(SeqAccessDeserializer::new(seq)).map(ExtraValue::from)
    }
}

/// The first key of a map: serde_json's raw-value name, or an ordinary key.
enum FirstKey {
    RawValue,
    Key(String),
}

struct FirstKeySeed;

impl<'de> DeserializeSeed<'de> for FirstKeySeed {
    type Value = FirstKey;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<FirstKey, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for FirstKeySeed {
    type Value = FirstKey;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<FirstKey, E> {
        Ok(if key == RAW_VALUE_TOKEN {
            FirstKey::RawValue
        } else {
            FirstKey::Key(key.to_owned())
        })
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<FirstKey, E> {
        Ok(if key == RAW_VALUE_TOKEN {
            FirstKey::RawValue
        } else {
            FirstKey::Key(key)
        })
    }
}

/// The text of serde_json's raw value, as [`kept`].
struct JsonText;

impl<'de> DeserializeSeed<'de> for JsonText {
    type Value = Result<Box<str>, Unreadable>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for JsonText {
    type Value = Result<Box<str>, Unreadable>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JSON text")
    }

    fn visit_str<E: de::Error>(self, json: &str) -> Result<Self::Value, E> {
        Ok(kept(json))
    }
}
