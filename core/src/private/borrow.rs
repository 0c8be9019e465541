//! `Cow<'a, str>` fields borrow from the input where the format allows; serde's own impl for
//! `Cow` always copies.

use core::fmt;
use core::marker::PhantomData;
use serde::de::{self, DeserializeSeed, Deserializer, Visitor};
use std::borrow::Cow;

/// Reads a `Cow<'a, str>`, borrowed when the format hands out borrowed strings. The value's
/// lifetime is the field's own, not `'de`: the derive reads straight into the field, and
/// `&mut Cow<'a, str>` does not accept a `Cow<'de, str>`.
#[derive(Clone, Copy)]
pub struct BorrowCowStr<'a>(pub PhantomData<&'a ()>);

impl<'de: 'a, 'a> DeserializeSeed<'de> for BorrowCowStr<'a> {
    type Value = Cow<'a, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de: 'a, 'a> Visitor<'de> for BorrowCowStr<'a> {
    type Value = Cow<'a, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(value.to_owned()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(value))
    }

    fn visit_borrowed_bytes<E: de::Error>(self, value: &'de [u8]) -> Result<Self::Value, E> {
        core::str::from_utf8(value)
            .map(Cow::Borrowed)
            .map_err(|_| E::invalid_value(de::Unexpected::Bytes(value), &self))
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<Self::Value, E> {
        core::str::from_utf8(value)
            .map(|value| Cow::Owned(value.to_owned()))
            .map_err(|_| E::invalid_value(de::Unexpected::Bytes(value), &self))
    }
}

/// Reads an `Option<Cow<'a, str>>`: `null` or absent is `None`.
#[derive(Clone, Copy)]
pub struct OptionBorrowCowStr<'a>(pub PhantomData<&'a ()>);

impl<'de: 'a, 'a> DeserializeSeed<'de> for OptionBorrowCowStr<'a> {
    type Value = Option<Cow<'a, str>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de: 'a, 'a> Visitor<'de> for OptionBorrowCowStr<'a> {
    type Value = Option<Cow<'a, str>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        BorrowCowStr(PhantomData)
            .deserialize(deserializer)
            .map(Some)
    }
}
