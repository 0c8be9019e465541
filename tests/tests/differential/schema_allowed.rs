//! THE list of differences between what `callparty::schema` accepts (judged by the
//! `jsonschema` crate) and what the decoders accept, each with its reason. A difference is
//! accepted only when its test matches the document and both verdicts; anything else fails
//! the property. `tests/tests/fuzz_corpus_replay.rs` uses its validator, and allows no
//! difference for the corpus files that decode.

use std::collections::BTreeSet;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// One error of the validator, or the parse error of a document that is no JSON value.
pub struct SchemaError {
    pub not_json: bool,
    pub message: String,
}

/// Both verdicts on one document: `None` for accepted, else the errors.
pub struct Verdicts<'a> {
    pub text: &'a str,
    pub decoder: Option<String>,
    pub schema: Option<Vec<SchemaError>>,
}

pub struct Difference {
    pub name: &'static str,
    pub reason: &'static str,
    pub applies: fn(&Verdicts) -> bool,
}

pub const DIFFERENCES: &[Difference] = &[
    Difference {
        name: "duplicate key",
        reason: "A validator sees the parsed object, in which a repeated key has already \
                 been reduced to its last value; the decoder rejects any repeated key, or \
                 fails on the first value before it sees the second.",
        applies: |v| v.decoder.is_some() && v.schema.is_none() && has_duplicate_key(v.text),
    },
    Difference {
        name: "integer with a fraction or exponent",
        reason: "JSON Schema's integer is the mathematical one, so 1.0, -0.0 and 1e3 are \
                 integers; serde_json reads a number written with a fraction or an exponent \
                 as a float, which an integer field rejects. No keyword of JSON Schema looks \
                 at how a number is written.",
        applies: |v| {
            v.schema.is_none()
                && v.decoder
                    .as_deref()
                    .is_some_and(|e| e.contains("invalid type: floating point"))
        },
    },
    Difference {
        name: "ignored value that serde_json cannot build",
        reason: "An unknown key's value is skipped without being built (a model without an \
                 extra map) or kept as its JSON text (callparty::Extra), and serde_json skips \
                 any number and any depth of nesting. A validator reads a built value, and \
                 building one fails on a number beyond f64's range (1e400) or past 128 \
                 levels of nesting.",
        applies: |v| {
            v.decoder.is_none()
                && v.schema
                    .as_ref()
                    .is_some_and(|errors| errors.iter().all(|error| error.not_json))
        },
    },
    Difference {
        name: "escaped string for a borrowed &str",
        reason: "A `&str` field borrows from the input, so it cannot hold a string that JSON \
                 writes with escapes (its text differs from the input's bytes); JSON Schema \
                 sees the decoded string and cannot tell how it was written. `Cow<str>` \
                 fields take both.",
        applies: |v| {
            v.schema.is_none()
                && v.decoder
                    .as_deref()
                    .is_some_and(|e| e.contains("expected a borrowed string"))
        },
    },
];

pub fn explain(verdicts: &Verdicts) -> Option<&'static Difference> {
    DIFFERENCES
        .iter()
        .find(|difference| (difference.applies)(verdicts))
}

/// The validator's verdict on a document: `None` when it is valid; when it is no JSON at
/// all, the parse error as the only error.
pub fn validate(validator: &jsonschema::Validator, text: &str) -> Option<Vec<SchemaError>> {
    let instance: Value = match serde_json::from_str(text) {
        Ok(instance) => instance,
        Err(error) => {
            return Some(vec![SchemaError {
                not_json: true,
                message: error.to_string(),
            }]);
        }
    };
    let errors: Vec<SchemaError> = validator
        .iter_errors(&instance)
        .map(|error| SchemaError {
            not_json: false,
            message: format!("{error} at {}", error.instance_path()),
        })
        .collect();
    (!errors.is_empty()).then_some(errors)
}

/// Whether some object of the JSON text repeats a key (invalid JSON counts as no).
pub fn has_duplicate_key(text: &str) -> bool {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    matches!(FindDuplicate.deserialize(&mut deserializer), Ok(true))
}

/// Reads any JSON value and says whether an object in it repeats a key.
struct FindDuplicate;

impl<'de> DeserializeSeed<'de> for FindDuplicate {
    type Value = bool;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for FindDuplicate {
    type Value = bool;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        let mut keys = BTreeSet::new();
        let mut found = false;
        while let Some(key) = map.next_key::<String>()? {
            found |= !keys.insert(key);
            found |= map.next_value_seed(FindDuplicate)?;
        }
        Ok(found)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        let mut found = false;
        while let Some(inner) = seq.next_element_seed(FindDuplicate)? {
            found |= inner;
        }
        Ok(found)
    }

    fn visit_bool<E>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_i64<E>(self, _: i64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_u64<E>(self, _: u64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_f64<E>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_str<E>(self, _: &str) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_unit<E>(self) -> Result<bool, E> {
        Ok(false)
    }
}
