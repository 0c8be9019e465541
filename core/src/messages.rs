//! Every error message of the runtime, worded once.
//!
//! Both the public types (`ParseEnumError`, the `ExtraFields` maps) and the runtime behind
//! generated code (`__private`) write these messages. They live below both, so that neither
//! depends on the other: `__private` uses the public traits, never the reverse.

use core::fmt;
use serde::de::Error;

/// `missing field "values" in MetaData`
#[cold]
pub fn missing_field<E: Error>(model: &str, wire: &str) -> E {
    E::custom(format_args!("missing field \"{wire}\" in {model}"))
}

/// `duplicate field "id" in CallParty`
#[cold]
pub fn duplicate_field<E: Error>(model: &str, wire: &str) -> E {
    E::custom(format_args!("duplicate field \"{wire}\" in {model}"))
}

/// `unknown field "colour" in Strict, expected one of "id", "name"`
#[cold]
pub fn unknown_field<E: Error>(model: &str, key: &str, expected: &'static [&'static str]) -> E {
    E::custom(format_args!(
        "unknown field {key:?} in {model}, expected {}",
        Expected(expected)
    ))
}

struct Expected(&'static [&'static str]);

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_expected(f, self.0)
    }
}

/// `one of "a", "b"`, `"a"`, or `nothing` for an empty list.
pub(crate) fn write_expected(f: &mut fmt::Formatter<'_>, expected: &[&str]) -> fmt::Result {
    match expected {
        [] => f.write_str("nothing"),
        [only] => write!(f, "{only:?}"),
        [first, rest @ ..] => {
            write!(f, "one of {first:?}")?;
            rest.iter().try_for_each(|value| write!(f, ", {value:?}"))
        }
    }
}
