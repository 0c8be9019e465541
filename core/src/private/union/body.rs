//! The body of a tagged union's variant: the object without its tag, handed to the
//! variant's model as a map. Entries read before the tag are replayed from the buffer, then
//! the rest streams from the input; a second tag is an error, so the model never sees one.

use core::fmt;
use serde::de::value::{BorrowedStrDeserializer, BytesDeserializer, StrDeserializer};
use serde::de::value::{I64Deserializer, StringDeserializer, U64Deserializer};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use std::borrow::Cow;
use std::vec;

use super::buffered::{Buffered, BufferedDeserializer};
use super::errors;
use crate::json::report::state::within_member;

/// A key read before the tag and its buffered value.
pub type Entry<'de> = (Cow<'de, str>, Buffered<'de>);

pub struct BodyMap<'de, A> {
    before: vec::IntoIter<Entry<'de>>,
    /// The entry whose key was just handed out, until its value is.
    pending: Option<Entry<'de>>,
    rest: A,
    tag: &'static str,
    union: &'static str,
}

impl<'de, A> BodyMap<'de, A> {
    /// The body made of `before`, the entries read before the tag, and the rest of `map`.
    #[inline]
    pub fn new(before: Vec<Entry<'de>>, map: A, tag: &'static str, union: &'static str) -> Self {
        Self {
            before: before.into_iter(),
            pending: None,
            rest: map,
            tag,
            union,
        }
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for BodyMap<'de, A> {
    type Error = A::Error;

    #[inline]
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some(entry) = self.before.next() {
            let key = seed.deserialize(StrDeserializer::new(&entry.0))?;
            self.pending = Some(entry);
            return Ok(Some(key));
        }
        let guard = TagGuard {
            seed,
            tag: self.tag,
            union: self.union,
        };
        self.rest.next_key_seed(guard)
    }

    #[inline]
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.pending.take() {
            Some((key, value)) => within_member(&key, || {
                seed.deserialize(BufferedDeserializer::new(value))
                    .map_err(|error| errors::in_entry(&key, error))
            }),
            None => self.rest.next_value_seed(seed),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        let rest = self.rest.size_hint()?;
        Some(rest + self.before.len())
    }
}

/// Hands a key of the rest of the object to the model's key seed, unless it is the tag.
struct TagGuard<K> {
    seed: K,
    tag: &'static str,
    union: &'static str,
}

impl<'de, K: DeserializeSeed<'de>> DeserializeSeed<'de> for TagGuard<K> {
    type Value = K::Value;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<K::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<K> TagGuard<K> {
    #[inline]
    fn check<E: de::Error>(&self, key: &str) -> Result<(), E> {
        if key == self.tag {
            return Err(errors::duplicate_tag(self.union, self.tag));
        }
        Ok(())
    }
}

impl<'de, K: DeserializeSeed<'de>> Visitor<'de> for TagGuard<K> {
    type Value = K::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<K::Value, E> {
        self.check(key)?;
        self.seed.deserialize(StrDeserializer::new(key))
    }

    #[inline]
    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<K::Value, E> {
        self.check(key)?;
        self.seed.deserialize(BorrowedStrDeserializer::new(key))
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<K::Value, E> {
        self.check(&key)?;
        self.seed.deserialize(StringDeserializer::new(key))
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<K::Value, E> {
        match core::str::from_utf8(key) {
            Ok(key) => self.visit_str(key),
            Err(_) => self.seed.deserialize(BytesDeserializer::new(key)),
        }
    }

    fn visit_u64<E: de::Error>(self, key: u64) -> Result<K::Value, E> {
        self.seed.deserialize(U64Deserializer::new(key))
    }

    fn visit_i64<E: de::Error>(self, key: i64) -> Result<K::Value, E> {
        self.seed.deserialize(I64Deserializer::new(key))
    }
}
