//! The OpenAPI components that `callparty::schema` generates, read back into the
//! documentation shape that `compare.rs` compares with the spec: so the generated schemas
//! are held to the spec by the same comparison, and the same allowlist, as the models.
//!
//! Only what a component says is read: property names, aliases (the names grouped by a
//! field's `oneOf` or `not`), required lists, JSON types, enum values and descriptions.

use std::collections::BTreeSet;

use callparty::doc::{
    EnumDoc, FieldDoc, ModelDoc, TypeRef, UnionDoc, UnionVariantDoc, UnknownFields, VariantDoc,
};
use serde_json::{Map, Value};

/// What `components` (a `components.schemas` object) describe, as documentation.
pub struct Docs {
    pub models: &'static [&'static ModelDoc],
    pub enums: &'static [&'static EnumDoc],
    pub unions: &'static [&'static UnionDoc],
}

/// The models, enums and unions that `components` describe: a model has `properties`, a
/// union is a `oneOf`, an enum lists values.
pub fn as_docs(components: &Value) -> Docs {
    let mut models = Vec::new();
    let mut enums = Vec::new();
    let mut unions = Vec::new();
    for (name, schema) in components.as_object().expect("an object of schemas") {
        let name = leak(name.clone());
        if let Some(properties) = schema.get("properties") {
            models.push(model(name, schema, properties));
        } else if let Some(branches) = schema.get("oneOf") {
            unions.push(one_key_union(name, schema, branches));
        } else {
            enums.push(enumeration(name, schema));
        }
    }
    Docs {
        models: leak_slice(models),
        enums: leak_slice(enums),
        unions: leak_slice(unions),
    }
}

/// A one-key union: a branch per key, an object with that one property; an open one has a
/// branch for any other key (`not` the known ones).
fn one_key_union(name: &'static str, schema: &Value, branches: &Value) -> &'static UnionDoc {
    let mut variants = Vec::new();
    let mut open = false;
    for branch in branches.as_array().expect("branches") {
        let Some(Value::Object(properties)) = branch.get("properties") else {
            open |= branch.get("not").is_some();
            continue;
        };
        for (key, value) in properties {
            variants.push(UnionVariantDoc {
                wire_name: leak(key.clone()),
                aliases: &[],
                ty: leak(rust_type(value)),
                shape: None,
                description: text(value),
                deprecated: value["deprecated"] == true,
            });
        }
    }
    Box::leak(Box::new(UnionDoc {
        name,
        description: text(schema),
        tag: None,
        untagged: false,
        open,
        variants: leak_slice(variants),
    }))
}

fn model(name: &'static str, schema: &Value, properties: &Value) -> &'static ModelDoc {
    let properties = properties.as_object().expect("properties");
    let mut required: BTreeSet<&str> = strings(&schema["required"]).into_iter().collect();
    let mut aliases_of = Vec::new();
    for group in schema["allOf"].as_array().into_iter().flatten() {
        let (names, one_required) = match (group.get("oneOf"), group.get("not")) {
            (Some(branches), _) => (branches.as_array().expect("branches").clone(), true),
            (_, Some(not)) => (not["anyOf"].as_array().expect("pairs").clone(), false),
            _ => panic!("{name}: an allOf part of another kind: {group}"),
        };
        let mut names: Vec<&'static str> = names
            .iter()
            .flat_map(|branch| strings(&branch["required"]))
            .map(|name| leak(name.to_owned()))
            .collect();
        names.dedup();
        // `oneOf` lists each name once; `not` lists pairs, in which the wire name comes
        // first in every pair it is in.
        let mut seen = BTreeSet::new();
        names.retain(|name| seen.insert(*name));
        if one_required {
            required.insert(names[0]);
        }
        aliases_of.push(names);
    }
    let mut fields = Vec::new();
    for (wire_name, property) in properties {
        let is_alias = aliases_of
            .iter()
            .any(|names| names[1..].contains(&wire_name.as_str()));
        if is_alias {
            continue;
        }
        let aliases = aliases_of
            .iter()
            .find(|names| names[0] == wire_name)
            .map_or(&[][..], |names| leak_slice(names[1..].to_vec()));
        let wire_name = leak(wire_name.clone());
        fields.push(FieldDoc {
            name: wire_name,
            wire_name,
            aliases,
            ty: leak(rust_type(property)),
            shape: &TypeRef::Undescribed,
            required: required.contains(wire_name),
            nullable: false,
            deprecated: property["deprecated"] == true,
            description: text(property),
        });
    }
    Box::leak(Box::new(ModelDoc {
        name,
        description: text(schema),
        fields: leak_slice(fields),
        unknown_fields: UnknownFields::Ignored,
        newtype_of: None,
        flattened: &[],
    }))
}

/// A closed enum is `{"enum": values}` or `{"anyOf": [values, aliases]}`; an open one adds
/// `{"type": "string"}` to the `anyOf`.
fn enumeration(name: &'static str, schema: &Value) -> &'static EnumDoc {
    let branches: Vec<&Value> = match schema.get("anyOf") {
        Some(Value::Array(branches)) => branches.iter().collect(),
        _ => vec![schema],
    };
    let lists: Vec<Vec<&str>> = branches
        .iter()
        .filter(|branch| branch.get("enum").is_some())
        .map(|branch| strings(&branch["enum"]))
        .collect();
    let open = branches
        .iter()
        .any(|branch| branch.get("enum").is_none() && branch["type"] == "string");
    let aliases = leak_slice(
        lists
            .get(1)
            .into_iter()
            .flatten()
            .map(|alias| leak((*alias).to_owned()))
            .collect(),
    );
    // The component lists aliases apart from the values they stand for; the comparison
    // names only the alias, so they go with the first value.
    let variants = lists[0]
        .iter()
        .enumerate()
        .map(|(index, value)| {
            let value = leak((*value).to_owned());
            VariantDoc {
                name: value,
                value,
                aliases: if index == 0 { aliases } else { &[] },
                description: "",
            }
        })
        .collect();
    Box::leak(Box::new(EnumDoc {
        name,
        description: text(schema),
        variants: leak_slice(variants),
        open,
    }))
}

/// The Rust type `compare.rs` expects for a property's JSON type.
fn rust_type(property: &Value) -> String {
    let property = without_null(property);
    if let Some(Value::String(reference)) = property.get("$ref") {
        return reference.rsplit('/').next().unwrap_or_default().to_owned();
    }
    match property["type"].as_str() {
        Some("string") => "String".to_owned(),
        Some("boolean") => "bool".to_owned(),
        Some("integer") => match property["format"].as_str() {
            Some("int32") => "i32".to_owned(),
            Some("int64") => "i64".to_owned(),
            _ => format!("integer {}..={}", property["minimum"], property["maximum"]),
        },
        Some("number") => "f64".to_owned(),
        Some("array") => format!("Vec<{}>", rust_type(&property["items"])),
        Some("object") => "object".to_owned(),
        _ if property.as_object().is_some_and(Map::is_empty) => "Value".to_owned(),
        _ => format!("a schema {property}"),
    }
}

/// The schema without its `null` alternative: an `Option` field's value.
fn without_null(property: &Value) -> Value {
    if let Some(Value::Array(types)) = property.get("type") {
        let mut property = property.clone();
        let single: Vec<&Value> = types.iter().filter(|ty| *ty != "null").collect();
        property["type"] = single[0].clone();
        return property;
    }
    if let Some(Value::Array(branches)) = property.get("anyOf")
        && branches.len() == 2
        && branches[1] == serde_json::json!({"type": "null"})
    {
        return branches[0].clone();
    }
    property.clone()
}

fn strings(list: &Value) -> Vec<&str> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

fn text(schema: &Value) -> &'static str {
    leak(
        schema["description"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
    )
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

fn leak_slice<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}
