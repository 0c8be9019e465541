//! String enums: one visitor for all of them, driven by the derive's `known` match.

use core::fmt;
use core::marker::PhantomData;
use serde::de::{self, Visitor};

use crate::{ApiEnum, ParseEnumError, UnknownValue};

/// What the derive tells the runtime about a string enum.
pub trait StringEnum: ApiEnum {
    /// Wraps an unknown value, for enums with an `#[api(other)]` variant.
    const WRAP_UNKNOWN: Option<fn(UnknownValue) -> Self>;

    /// The variant of a known value or alias.
    fn known(value: &str) -> Option<Self>;
}

pub fn unknown_from_str(value: &str) -> UnknownValue {
    UnknownValue::new(value.into())
}

pub fn unknown_from_string(value: String) -> UnknownValue {
    UnknownValue::new(value.into_boxed_str())
}

/// The strict parse behind `ApiEnum::try_parse` and `FromStr` of closed enums.
pub fn try_parse<T: StringEnum>(value: &str) -> Result<T, ParseEnumError> {
    T::known(value).ok_or_else(|| ParseEnumError::new(T::DOC.name, value, T::VALUES))
}

pub struct EnumVisitor<T>(PhantomData<T>);

impl<T> EnumVisitor<T> {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        Self(PhantomData)
    }
}

#[cold]
fn reject<T: StringEnum, E: de::Error>(value: &str) -> E {
    E::custom(ParseEnumError::new(T::DOC.name, value, T::VALUES))
}

impl<T: StringEnum> Visitor<'_> for EnumVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} string", T::DOC.name)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        if let Some(known) = T::known(value) {
            return Ok(known);
        }
        match T::WRAP_UNKNOWN {
            Some(wrap) => {
                crate::json::report::state::unknown_value(T::DOC.name, value);
                Ok(wrap(unknown_from_str(value)))
            }
            None => Err(reject::<T, E>(value)),
        }
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<T, E> {
        if let Some(known) = T::known(&value) {
            return Ok(known);
        }
        match T::WRAP_UNKNOWN {
            Some(wrap) => {
                crate::json::report::state::unknown_value(T::DOC.name, &value);
                Ok(wrap(unknown_from_string(value)))
            }
            None => Err(reject::<T, E>(&value)),
        }
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<T, E> {
        match core::str::from_utf8(value) {
            Ok(value) => self.visit_str(value),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(value), &self)),
        }
    }
}
