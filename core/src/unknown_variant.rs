use core::fmt;
use serde_json::Value;

/// A variant that a union does not know, kept with its data so that it is written back
/// exactly as it came: the key and its value (one-key form), or the tag value and the whole
/// object (tagged form). The variant holding it is marked `#[api(other)]`.
///
/// Only decoding creates one, and only for a key or tag value that matches no known variant
/// or alias: so each input has exactly one representation.
///
/// It is one pointer wide, so a union that can hold one is no larger for it: unknown
/// variants are rare, and every known value would otherwise pay for their size.
#[derive(Clone, PartialEq, Eq)]
pub struct UnknownVariant(Box<Kept>);

#[derive(Clone, PartialEq, Eq)]
struct Kept {
    tag: Box<str>,
    value: Value,
}

impl UnknownVariant {
    pub(crate) fn new(tag: Box<str>, value: Value) -> Self {
        Self(Box::new(Kept { tag, value }))
    }

    /// The key (one-key form) or the tag value (tagged form) exactly as it was received.
    pub fn tag(&self) -> &str {
        &self.0.tag
    }

    /// The key's value (one-key form), or the whole object, tag included (tagged form).
    pub fn value(&self) -> &Value {
        &self.0.value
    }
}

impl fmt::Debug for UnknownVariant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("UnknownVariant")
            .field(&self.0.tag)
            .field(&self.0.value)
            .finish()
    }
}
