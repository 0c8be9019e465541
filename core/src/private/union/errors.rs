//! Every decoding and encoding error message a union produces, worded once.

use core::fmt;
use serde::de::Error;

use crate::JsonKind;
use crate::messages::write_expected;

/// `TransferTarget needs exactly one key, found none; expected one of "phoneNumber", ...`
#[cold]
pub fn no_key<E: Error>(union: &str, expected: &'static [&'static str]) -> E {
    E::custom(format_args!(
        "{union} needs exactly one key, found none; expected {}",
        Expected(expected)
    ))
}

/// `TransferTarget takes exactly one key, found "phoneNumber" and "voicemail"`
#[cold]
pub fn second_key<E: Error>(union: &str, first: &str, second: &str) -> E {
    E::custom(format_args!(
        "{union} takes exactly one key, found {first:?} and {second:?}"
    ))
}

/// `unknown key "fax" in TransferTarget, expected one of "phoneNumber", ...`
#[cold]
pub fn unknown_key<E: Error>(union: &str, key: &str, expected: &'static [&'static str]) -> E {
    E::custom(format_args!(
        "unknown key {key:?} in {union}, expected {}",
        Expected(expected)
    ))
}

/// `missing tag "kind" in Event`
#[cold]
pub fn missing_tag<E: Error>(union: &str, tag: &str) -> E {
    E::custom(format_args!("missing tag {tag:?} in {union}"))
}

/// `duplicate tag "kind" in Event`
#[cold]
pub fn duplicate_tag<E: Error>(union: &str, tag: &str) -> E {
    E::custom(format_args!("duplicate tag {tag:?} in {union}"))
}

/// `unknown "kind" value "moved" in Event, expected one of "created", "deleted"`
#[cold]
pub fn unknown_tag_value<E: Error>(
    union: &str,
    tag: &str,
    value: &str,
    expected: &'static [&'static str],
) -> E {
    E::custom(format_args!(
        "unknown {tag:?} value {value:?} in {union}, expected {}",
        Expected(expected)
    ))
}

/// `duplicate field "id" in Event` for an object kept as an unknown variant.
#[cold]
pub fn duplicate_key<E: Error>(union: &str, key: &str) -> E {
    crate::messages::duplicate_field(union, key)
}

/// `owner: invalid type: ...`: an error in an entry that was read before the tag, where the
/// path into the body is no longer known to the format's path tracker.
#[cold]
pub fn in_entry<E: Error>(key: &str, error: E) -> E {
    E::custom(format_args!("{key}: {error}"))
}

/// The serializer's error for an unknown variant in a format that is not human-readable.
#[cold]
pub fn unknown_in_compact<E: serde::ser::Error>(union: &str, tag: &str) -> E {
    E::custom(format_args!(
        "{union} holds the unknown variant {tag:?}, which a format that is not human-readable \
         cannot carry; encode it as JSON instead"
    ))
}

/// The serializer's error for a tagged variant whose value is not written as an object.
#[cold]
pub fn tagged_not_an_object<E: serde::ser::Error>(union: &str, tag_value: &str, found: &str) -> E {
    E::custom(format_args!(
        "the {tag_value:?} variant of {union} must be written as an object to carry its tag, \
         but it is written as {found}"
    ))
}

/// `a string or an object for CustomerRef`: what a by-kind union expects.
pub struct ExpectedKinds {
    pub union: &'static str,
    pub kinds: &'static [JsonKind],
}

impl fmt::Display for ExpectedKinds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kinds {
            [] => f.write_str("nothing")?,
            [only] => f.write_str(only.with_article())?,
            [init @ .., last] => {
                for (index, kind) in init.iter().enumerate() {
                    if index > 0 {
                        f.write_str(", ")?;
                    }
                    f.write_str(kind.with_article())?;
                }
                write!(f, " or {}", last.with_article())?;
            }
        }
        write!(f, " for {}", self.union)
    }
}

impl serde::de::Expected for ExpectedKinds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

struct Expected(&'static [&'static str]);

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_expected(f, self.0)
    }
}
