//! The definition of a union, in each of its three forms:
//! - one key: a `oneOf` of objects with exactly one property, the variant's key (or one of
//!   its aliases); an open union also takes an object with one key that is none of them;
//! - tagged: a `oneOf` of the variants' models, each with the tag as one more required
//!   property of `const` value, so that the model's rules for unknown keys never see it; an
//!   open union also takes an object whose tag is another string;
//! - by kind: an `anyOf` of the variants' types, whose JSON kinds differ (a unit variant is
//!   `null`).

use serde_json::{Map, Value, json};

use super::convert::{Converter, describe};
use crate::doc::{TypeRef, UnionDoc, UnionVariantDoc};

pub fn definition(converter: &mut Converter, doc: &UnionDoc) -> Value {
    let mut schema = match (doc.tag, doc.untagged) {
        (_, true) => by_kind(converter, doc),
        (Some(tag), false) => tagged(converter, doc, tag),
        (None, false) => one_key(converter, doc),
    };
    describe(&mut schema, doc.description, false);
    schema
}

fn names(variant: &UnionVariantDoc) -> impl Iterator<Item = &'static str> {
    std::iter::once(variant.wire_name).chain(variant.aliases.iter().copied())
}

fn one_key(converter: &mut Converter, doc: &UnionDoc) -> Value {
    let mut branches = Vec::new();
    for variant in doc.variants {
        let mut value = match variant.shape {
            Some(shape) => converter.schema(shape),
            None => json!({}),
        };
        describe(&mut value, variant.description, variant.deprecated);
        for name in names(variant) {
            branches.push(json!({
                "type": "object",
                "properties": {name: value.clone()},
                "required": [name],
                "additionalProperties": false,
            }));
        }
    }
    if doc.open {
        let known: Vec<Value> = doc
            .variants
            .iter()
            .flat_map(names)
            .map(|name| json!({"required": [name]}))
            .collect();
        branches.push(json!({
            "type": "object",
            "minProperties": 1,
            "maxProperties": 1,
            "not": {"anyOf": known},
        }));
    }
    json!({"oneOf": branches})
}

fn tagged(converter: &mut Converter, doc: &UnionDoc, tag: &str) -> Value {
    let mut branches = Vec::new();
    for variant in doc.variants {
        let values: Vec<&str> = names(variant).collect();
        let tag_schema = match values.as_slice() {
            [value] => json!({"const": value}),
            _ => json!({"enum": values}),
        };
        let mut body = match variant.shape {
            Some(TypeRef::Model(model)) => converter.model(model.doc()),
            // A unit variant is the tag alone; anything else the union reads is a model.
            _ => json!({"type": "object"}),
        };
        let Some(object) = body.as_object_mut() else {
            continue;
        };
        let properties = object
            .entry("properties")
            .or_insert_with(|| Value::Object(Map::new()));
        properties[tag] = tag_schema;
        let required = object.entry("required").or_insert_with(|| json!([]));
        if let Some(required) = required.as_array_mut() {
            required.insert(0, json!(tag));
        }
        describe(&mut body, variant.description, variant.deprecated);
        branches.push(body);
    }
    if doc.open {
        let known: Vec<&str> = doc.variants.iter().flat_map(names).collect();
        branches.push(json!({
            "type": "object",
            "properties": {tag: {"type": "string", "not": {"enum": known}}},
            "required": [tag],
        }));
    }
    json!({"oneOf": branches})
}

fn by_kind(converter: &mut Converter, doc: &UnionDoc) -> Value {
    let branches: Vec<Value> = doc
        .variants
        .iter()
        .map(|variant| {
            let mut value = match variant.shape {
                Some(shape) => converter.schema(shape),
                // A unit variant is the union's `null`.
                None => json!({"type": "null"}),
            };
            describe(&mut value, variant.description, variant.deprecated);
            value
        })
        .collect();
    json!({"anyOf": branches})
}
