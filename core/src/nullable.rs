//! `Nullable<T>`: a field that remembers whether its key was missing, `null`, or a value.

use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, Serializer};

/// The three states of a field that an API may leave out, send as `null`, or send with a
/// value; decoding keeps which one arrived, so encoding writes it back exactly.
///
/// As an `ApiModel` field (spelled `Nullable<T>`, under any path), a missing key reads
/// [`Absent`](Nullable::Absent), which is left out on writing; `null` reads
/// [`Null`](Nullable::Null), which is written as `null`. `Option<T>` folds both into `None`
/// and writes neither.
///
/// ```
/// use callparty::{ApiModel, Nullable};
///
/// #[derive(ApiModel, Debug, PartialEq)]
/// #[api(rename_all = "snake_case")]
/// struct Charge {
///     id: String,
///     failure_code: Nullable<String>,
///     receipt_email: Nullable<String>,
/// }
///
/// let input = r#"{"id":"ch_1","failure_code":null}"#;
/// let charge: Charge = callparty::json::from_str(input).unwrap();
/// assert_eq!(charge.failure_code, Nullable::Null);
/// assert_eq!(charge.receipt_email, Nullable::Absent);
/// assert_eq!(callparty::json::to_string(&charge).unwrap(), input);
/// ```
///
/// Alone (in a `Vec`, say) a human-readable format writes `Absent` as `null`, as it has no
/// key to leave out. Formats that are not human-readable write the three states as an
/// `Option<Option<T>>`: `None` is `Null`, `Some(None)` is `Absent`. postcard and bincode
/// keep them apart; CBOR writes `Some(x)` as `x`, so there `null` reads as `Null` (as a
/// document converted from JSON means it) and `Absent` comes back as `Null`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Nullable<T> {
    /// The key was missing.
    #[default]
    Absent,
    /// The key was there with `null`.
    Null,
    /// The key was there with a value.
    Value(T),
}

impl<T> Nullable<T> {
    /// Whether the key was missing.
    pub const fn is_absent(&self) -> bool {
        matches!(self, Nullable::Absent)
    }

    /// Whether the key was there with `null`.
    pub const fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }

    /// The value, if there is one.
    pub const fn value(&self) -> Option<&T> {
        match self {
            Nullable::Value(value) => Some(value),
            Nullable::Absent | Nullable::Null => None,
        }
    }

    /// The value, if there is one; `Absent` and `Null` both give `None`.
    pub fn into_value(self) -> Option<T> {
        match self {
            Nullable::Value(value) => Some(value),
            Nullable::Absent | Nullable::Null => None,
        }
    }

    /// A `Nullable` of a reference to the value.
    pub const fn as_ref(&self) -> Nullable<&T> {
        match self {
            Nullable::Absent => Nullable::Absent,
            Nullable::Null => Nullable::Null,
            Nullable::Value(value) => Nullable::Value(value),
        }
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Value(value) if serializer.is_human_readable() => {
                serializer.serialize_some(value)
            }
            Nullable::Value(value) => serializer.serialize_some(&Some(value)),
            Nullable::Null => serializer.serialize_none(),
            Nullable::Absent if serializer.is_human_readable() => serializer.serialize_none(),
            Nullable::Absent => serializer.serialize_some(&None::<&T>),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    /// A human-readable format gives `Null` or `Value`: only a model, which sees the key
    /// missing, makes `Absent`.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            return Ok(match Option::<T>::deserialize(deserializer)? {
                Some(value) => Nullable::Value(value),
                None => Nullable::Null,
            });
        }
        Ok(match Option::<Option<T>>::deserialize(deserializer)? {
            None => Nullable::Null,
            Some(None) => Nullable::Absent,
            Some(Some(value)) => Nullable::Value(value),
        })
    }
}
