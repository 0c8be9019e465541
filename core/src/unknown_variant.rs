use core::fmt;
use serde_json::Value;

/// A variant that a union does not know, kept with its data so that it is written back
/// exactly as it came: the key and its value (one-key form), or the tag value and the whole
/// object (tagged form). The variant holding it is marked `#[api(other)]`.
///
/// Only decoding creates one, and only for a key or tag value that matches no known variant
/// or alias: so each input has exactly one representation.
#[derive(Clone, PartialEq, Eq)]
pub struct UnknownVariant {
    tag: Box<str>,
    value: Value,
}

impl UnknownVariant {
    pub(crate) fn new(tag: Box<str>, value: Value) -> Self {
        Self { tag, value }
    }

    /// The key (one-key form) or the tag value (tagged form) exactly as it was received.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The key's value (one-key form), or the whole object, tag included (tagged form).
    pub fn value(&self) -> &Value {
        &self.value
    }
}

impl fmt::Debug for UnknownVariant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("UnknownVariant")
            .field(&self.tag)
            .field(&self.value)
            .finish()
    }
}
