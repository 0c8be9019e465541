//! A JSON document read with serde_json but without losing the text of its numbers: each
//! node keeps the text it was read from, so `1e2` and `100.0` stay apart.

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;
use std::fmt;

/// One value of a document and the text it was read from.
pub(super) struct Node<'a> {
    pub text: &'a str,
    pub kind: Kind<'a>,
}

pub(super) enum Kind<'a> {
    Null,
    /// Compared by its text.
    Number,
    /// A string or a boolean.
    Scalar(Value),
    Array(Vec<Node<'a>>),
    /// Entries in document order; a repeated key keeps its last value, as in serde_json.
    Object(Vec<(String, Node<'a>)>),
}

/// Reads `json`, which must be one valid JSON document.
pub(super) fn parse(json: &str) -> Result<Node<'_>, serde_json::Error> {
    let raw: &RawValue = serde_json::from_str(json)?;
    node(raw.get())
}

/// Each level asks serde_json for the raw text of its children, so a document of depth `d`
/// is scanned `d` times: fine for a check of round trips, not for decoding.
fn node(text: &str) -> Result<Node<'_>, serde_json::Error> {
    let kind = match text.as_bytes().first() {
        Some(b'n') => Kind::Null,
        Some(b'-' | b'0'..=b'9') => Kind::Number,
        Some(b'[') => {
            let items: Vec<&RawValue> = serde_json::from_str(text)?;
            let items = items.into_iter().map(|item| node(item.get()));
            Kind::Array(items.collect::<Result<_, _>>()?)
        }
        Some(b'{') => {
            let Entries(entries) = serde_json::from_str(text)?;
            let entries = entries
                .into_iter()
                .map(|(key, value)| node(value.get()).map(|value| (key, value)));
            Kind::Object(entries.collect::<Result<_, _>>()?)
        }
        _ => Kind::Scalar(serde_json::from_str(text)?),
    };
    Ok(Node { text, kind })
}

/// An object's entries in document order, each value as raw text.
struct Entries<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Entries<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(EntriesVisitor(std::marker::PhantomData))
    }
}

struct EntriesVisitor<'a>(std::marker::PhantomData<&'a ()>);

impl<'de: 'a, 'a> Visitor<'de> for EntriesVisitor<'a> {
    type Value = Entries<'a>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<'a>, A::Error> {
        let mut entries: Vec<(String, &'a RawValue)> = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, &'a RawValue>()? {
            entries.retain(|(seen, _)| *seen != key);
            entries.push((key, value));
        }
        Ok(Entries(entries))
    }
}
