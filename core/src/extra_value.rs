//! The value of one undeclared field, kept so that JSON gets it back exactly as it came.

mod de;
mod json_text;
mod ser;
pub(crate) mod verbatim;

pub(crate) use json_text::without_whitespace;

use serde_json::Value;
use std::fmt;
use std::ops::Deref;
use std::sync::OnceLock;

/// The value of a field that a model does not declare: the value type of [`crate::Extra`].
///
/// Read from JSON it keeps the JSON text, and `callparty::json` writes that text back as it
/// came: every digit, exponent form and trailing zero of a number (also beyond what `f64`
/// and `u64` hold), and the key order of objects. Only the whitespace between tokens is
/// dropped, so compact output stays compact; an unknown value inside
/// [`callparty::json::to_string_pretty`](crate::json::to_string_pretty)'s output is written
/// compact too.
///
/// Everywhere else it is a [`serde_json::Value`], as serde_json reads it: it derefs to one
/// for reading (`extra["status"]["code"]`, `.as_str()`), compares equal to one and to plain
/// values, and other formats (YAML, CBOR) and serde_json used directly write that `Value`.
/// What a `Value` cannot hold is rejected as before (`1e400`: "number out of range"), but
/// serde_json's limit of 128 nested arrays and objects counts within the unknown value only,
/// not from the top of the document: serde_json reads the text of a raw value without
/// recursion.
///
/// ```
/// use callparty::{ApiModel, Extra};
///
/// #[derive(ApiModel)]
/// struct Party {
///     id: Option<String>,
///     #[api(extra)]
///     extra: Extra,
/// }
///
/// let input = r#"{"id":"p-1","tags":{"z":1,"a":2},"weight":1.50}"#;
/// let party: Party = callparty::json::from_str(input).unwrap();
/// assert_eq!(party.extra["weight"], 1.5);
/// assert_eq!(party.extra["weight"].json(), Some("1.50"));
/// assert_eq!(party.extra["tags"]["a"], 2);
/// assert_eq!(callparty::json::to_string(&party).unwrap(), input);
/// ```
pub struct ExtraValue {
    /// The JSON text without whitespace between tokens, when the value was read from JSON.
    json: Option<Box<str>>,
    /// The value; for JSON text, parsed from it on first use.
    value: OnceLock<Value>,
}

impl ExtraValue {
    fn from_json(json: Box<str>) -> Self {
        Self {
            json: Some(json),
            value: OnceLock::new(),
        }
    }

    /// The JSON text the value was read from, without whitespace between tokens; `None` for a
    /// value that came from another format or from a [`Value`].
    pub fn json(&self) -> Option<&str> {
        self.json.as_deref()
    }

    /// The value as serde_json reads it.
    pub fn value(&self) -> &Value {
        self.value
            .get_or_init(|| self.json.as_deref().map_or(Value::Null, parse))
    }

    /// The value as serde_json reads it; the JSON text is dropped.
    pub fn into_value(self) -> Value {
        match self.value.into_inner() {
            Some(value) => value,
            None => self.json.as_deref().map_or(Value::Null, parse),
        }
    }
}

/// Cannot fail: a text is kept only when serde_json reads it (see `json_text::kept`).
fn parse(json: &str) -> Value {
    serde_json::from_str(json).unwrap_or(Value::Null)
}

impl Deref for ExtraValue {
    type Target = Value;

    fn deref(&self) -> &Value {
        self.value()
    }
}

impl Default for ExtraValue {
    fn default() -> Self {
        Value::Null.into()
    }
}

impl Clone for ExtraValue {
    fn clone(&self) -> Self {
        Self {
            json: self.json.clone(),
            value: self.value.clone(),
        }
    }
}

impl From<Value> for ExtraValue {
    fn from(value: Value) -> Self {
        Self {
            json: None,
            value: OnceLock::from(value),
        }
    }
}

impl From<ExtraValue> for Value {
    fn from(value: ExtraValue) -> Self {
        value.into_value()
    }
}

/// The JSON text: as read for a value read from JSON, else serde_json's writing of it.
impl fmt::Display for ExtraValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.json {
            Some(json) => f.write_str(json),
            None => fmt::Display::fmt(self.value(), f),
        }
    }
}

impl fmt::Debug for ExtraValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Equal as `serde_json::Value`s: `1e2` equals `100.0`. Compare [`ExtraValue::json`] to
/// tell their text apart, or use [`crate::lossless::differences`] on whole documents.
impl PartialEq for ExtraValue {
    fn eq(&self, other: &Self) -> bool {
        match (&self.json, &other.json) {
            (Some(left), Some(right)) if left == right => true,
            _ => self.value() == other.value(),
        }
    }
}

impl PartialEq<Value> for ExtraValue {
    fn eq(&self, other: &Value) -> bool {
        self.value() == other
    }
}

impl PartialEq<ExtraValue> for Value {
    fn eq(&self, other: &ExtraValue) -> bool {
        self == other.value()
    }
}

/// `extra["brandId"] == "1210"` and the like, as for `serde_json::Value`.
macro_rules! eq_as_value {
    ($($ty:ty),*) => {$(
        impl PartialEq<$ty> for ExtraValue {
            fn eq(&self, other: &$ty) -> bool {
                self.value() == other
            }
        }
    )*};
}

eq_as_value!(
    str, &str, String, bool, i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64
);
