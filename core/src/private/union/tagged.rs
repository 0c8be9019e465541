//! The tagged form: an object whose tag field names the variant; the variant's model is
//! made of the other fields. When the tag comes first, the rest of the object streams into
//! the model with nothing buffered. Entries before the tag are buffered, and only those.

use core::fmt;
use core::marker::PhantomData;
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::{Map, Value};
use std::borrow::Cow;

use super::body::{BodyMap, Entry};
use super::buffered::BufferSeed;
use super::compact::deserialize_compact;
use super::errors;
use super::shape::DecodeVariant;
use crate::UnknownVariant;

/// Reads a tagged union: an object in human-readable formats, a serde enum in the others.
pub fn deserialize_tagged<'de, U, D>(deserializer: D, tag: &'static str) -> Result<U, D::Error>
where
    U: DecodeVariant<'de>,
    D: Deserializer<'de>,
{
    const { U::CHECKS };
    if deserializer.is_human_readable() {
        let visitor = TaggedVisitor::<U> {
            tag,
            union: PhantomData,
        };
        deserializer.deserialize_map(visitor)
    } else {
        deserialize_compact(deserializer)
    }
}

struct TaggedVisitor<U> {
    tag: &'static str,
    union: PhantomData<U>,
}

impl<'de, U: DecodeVariant<'de>> Visitor<'de> for TaggedVisitor<U> {
    type Value = U;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} object with a {:?} field", U::NAME, self.tag)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<U, A::Error> {
        let tag = self.tag;
        let mut before: Vec<Entry<'de>> = Vec::new();
        loop {
            match map.next_key_seed(TagKeySeed { tag })? {
                None => return Err(errors::missing_tag(U::NAME, tag)),
                Some(TagKey::Tag) => break,
                Some(TagKey::Other(key)) => {
                    let value = map.next_value_seed(BufferSeed)?;
                    before.push((key, value));
                }
            }
        }
        let seed = TagValueSeed::<U> {
            tag,
            union: PhantomData,
        };
        let body = |map| BodyMap::new(before, map, tag, U::NAME);
        match map.next_value_seed(seed)? {
            TagValue::Known(index) => {
                U::decode_variant(index, MapAccessDeserializer::new(body(map)))
            }
            TagValue::Unknown(value) => match U::WRAP_UNKNOWN {
                Some(wrap) => {
                    let object = unknown_object::<U, _>(tag, &value, body(map))?;
                    Ok(wrap(UnknownVariant::new(value, object)))
                }
                // `TagValueSeed` rejects unknown values of a closed union.
                None => Err(errors::unknown_tag_value(U::NAME, tag, &value, U::EXPECTED)),
            },
        }
    }
}

/// The whole object of an unknown variant, its tag included.
fn unknown_object<'de, U: DecodeVariant<'de>, A: MapAccess<'de>>(
    tag: &str,
    tag_value: &str,
    mut body: A,
) -> Result<Value, A::Error> {
    let mut object = Map::new();
    object.insert(tag.to_owned(), Value::String(tag_value.to_owned()));
    while let Some(key) = body.next_key::<String>()? {
        if object.contains_key(&key) {
            return Err(errors::duplicate_key(U::NAME, &key));
        }
        let value = body.next_value()?;
        object.insert(key, value);
    }
    Ok(Value::Object(object))
}

/// A key of a tagged object: the tag, or another key kept for the buffer.
enum TagKey<'de> {
    Tag,
    Other(Cow<'de, str>),
}

#[derive(Clone, Copy)]
struct TagKeySeed {
    tag: &'static str,
}

impl<'de> DeserializeSeed<'de> for TagKeySeed {
    type Value = TagKey<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<TagKey<'de>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for TagKeySeed {
    type Value = TagKey<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<TagKey<'de>, E> {
        Ok(if key == self.tag {
            TagKey::Tag
        } else {
            TagKey::Other(Cow::Owned(key.to_owned()))
        })
    }

    #[inline]
    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<TagKey<'de>, E> {
        Ok(if key == self.tag {
            TagKey::Tag
        } else {
            TagKey::Other(Cow::Borrowed(key))
        })
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<TagKey<'de>, E> {
        Ok(if key == self.tag {
            TagKey::Tag
        } else {
            TagKey::Other(Cow::Owned(key))
        })
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<TagKey<'de>, E> {
        match core::str::from_utf8(key) {
            Ok(key) => self.visit_str(key),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(key), &self)),
        }
    }
}

/// The tag's value: a known variant, or an unknown name that an open union keeps.
enum TagValue {
    Known(u16),
    Unknown(Box<str>),
}

struct TagValueSeed<U> {
    tag: &'static str,
    union: PhantomData<U>,
}

impl<'de, U: DecodeVariant<'de>> DeserializeSeed<'de> for TagValueSeed<U> {
    type Value = TagValue;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<TagValue, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de, U: DecodeVariant<'de>> Visitor<'de> for TagValueSeed<U> {
    type Value = TagValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} name in {:?}", U::NAME, self.tag)
    }

    #[inline]
    fn visit_str<E: de::Error>(self, value: &str) -> Result<TagValue, E> {
        if let Some(index) = U::lookup(value) {
            return Ok(TagValue::Known(index));
        }
        match U::WRAP_UNKNOWN {
            Some(_) => {
                crate::json::report::state::unknown_value(U::NAME, value);
                Ok(TagValue::Unknown(value.into()))
            }
            // Raised here, so the error's path ends at the tag.
            None => Err(errors::unknown_tag_value(
                U::NAME,
                self.tag,
                value,
                U::EXPECTED,
            )),
        }
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<TagValue, E> {
        match core::str::from_utf8(value) {
            Ok(value) => self.visit_str(value),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(value), &self)),
        }
    }
}
