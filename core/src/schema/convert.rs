//! From type references to JSON Schema 2020-12: inline schemas for the standard types, and a
//! definition, reached by `$ref`, for every model, enum and union (`union.rs`).
//!
//! Every rule follows what the derives' decoders accept:
//! - a model is an object; its optional fields are not `required`, and an `Option` field also
//!   takes `null`;
//! - every alias is a property of its own, and at most one of a field's names may be present
//!   (the decoder rejects a second one as a duplicate);
//! - unknown properties are allowed and ignored, kept in the `extra` map (whose value type
//!   then applies to them), or forbidden with `deny_unknown_fields`;
//! - a closed enum is its values and aliases; an open one takes any string and lists the
//!   values it knows;
//! - an integer is bounded by its Rust type.

use std::collections::VecDeque;

use serde_json::{Map, Value, json};

use super::naming::Names;
use crate::doc::{
    EnumDoc, EnumRef, FieldDoc, IntegerRange, ModelDoc, ModelRef, TypeRef, UnionRef, UnknownFields,
};

/// Converts type references, collecting the definitions they reach.
pub struct Converter {
    /// What a `$ref` starts with: `#/$defs/` or `#/components/schemas/`.
    ref_prefix: String,
    names: Names,
    /// Reached but not yet defined, in the order they were reached.
    pending: VecDeque<(String, Named)>,
    definitions: Map<String, Value>,
}

#[derive(Clone, Copy)]
enum Named {
    Model(ModelRef),
    Enum(EnumRef),
    Union(UnionRef),
}

impl Converter {
    pub fn new(ref_prefix: impl Into<String>) -> Converter {
        Converter {
            ref_prefix: ref_prefix.into(),
            names: Names::default(),
            pending: VecDeque::new(),
            definitions: Map::new(),
        }
    }

    /// The schema of `type_ref`: inline, or a `$ref` to its definition.
    pub fn schema(&mut self, type_ref: &TypeRef) -> Value {
        match *type_ref {
            TypeRef::Null => json!({"type": "null"}),
            TypeRef::Bool => json!({"type": "boolean"}),
            TypeRef::Integer(range) => integer(range),
            TypeRef::Float { bits } => {
                json!({"type": "number", "format": if bits == 32 { "float" } else { "double" }})
            }
            TypeRef::Str => json!({"type": "string"}),
            TypeRef::Char => json!({"type": "string", "minLength": 1, "maxLength": 1}),
            TypeRef::AnyJson | TypeRef::Undescribed => json!({}),
            TypeRef::OrNull(inner) => or_null(self.schema(inner)),
            TypeRef::List(item) => json!({"type": "array", "items": self.schema(item)}),
            TypeRef::Tuple(items) => {
                let items: Vec<Value> = items.iter().map(|item| self.schema(item)).collect();
                json!({
                    "type": "array",
                    "prefixItems": items,
                    "items": false,
                    "minItems": items.len(),
                    "maxItems": items.len(),
                })
            }
            TypeRef::Map { key, value } => {
                let mut map = json!({"type": "object", "additionalProperties": self.schema(value)});
                if let Some(names) = self.property_names(key) {
                    map["propertyNames"] = names;
                }
                map
            }
            TypeRef::Model(model) => {
                self.reference(model.rust_type(), model.doc().name, Named::Model(model))
            }
            TypeRef::Enum(api_enum) => self.reference(
                api_enum.rust_type(),
                api_enum.doc().name,
                Named::Enum(api_enum),
            ),
            TypeRef::Union(union) => {
                self.reference(union.rust_type(), union.doc().name, Named::Union(union))
            }
        }
    }

    /// The schema of `type_ref` itself: for a model, an enum or a union its definition, not
    /// a `$ref`
    /// (what schemars asks of a type's `json_schema`); for any other type [`Self::schema`].
    pub fn own_schema(&mut self, type_ref: &TypeRef) -> Value {
        match *type_ref {
            TypeRef::Model(model) => self.model(model.doc()),
            TypeRef::Enum(api_enum) => enumeration(api_enum.doc()),
            TypeRef::Union(union) => super::union::definition(self, union.doc()),
            _ => self.schema(type_ref),
        }
    }

    /// Defines everything reached so far, and what that reaches in turn; returns the
    /// definitions by name.
    pub fn finish(mut self) -> Map<String, Value> {
        while let Some((name, named)) = self.pending.pop_front() {
            let type_ref = match named {
                Named::Model(model) => TypeRef::Model(model),
                Named::Enum(api_enum) => TypeRef::Enum(api_enum),
                Named::Union(union) => TypeRef::Union(union),
            };
            let definition = self.own_schema(&type_ref);
            self.definitions.insert(name, definition);
        }
        self.definitions
    }

    fn reference(&mut self, rust_type: &'static str, doc_name: &str, named: Named) -> Value {
        let (name, is_new) = self.names.name(rust_type, doc_name);
        let name = name.to_owned();
        let reference = json!({"$ref": format!("{}{name}", self.ref_prefix)});
        if is_new {
            self.pending.push_back((name, named));
        }
        reference
    }

    /// Which keys a map reads, as a schema of strings; `None` for any string.
    fn property_names(&mut self, key: &TypeRef) -> Option<Value> {
        match key {
            TypeRef::Enum(_) => Some(self.schema(key)),
            // serde_json reads a number key from its digits.
            TypeRef::Integer(range) if range.min < 0 => Some(json!({"pattern": "^-?[0-9]+$"})),
            TypeRef::Integer(_) => Some(json!({"pattern": "^[0-9]+$"})),
            TypeRef::Bool => Some(json!({"enum": ["true", "false"]})),
            TypeRef::Char => Some(json!({"minLength": 1, "maxLength": 1})),
            _ => None,
        }
    }

    /// A model's definition: an object with its properties.
    pub fn model(&mut self, doc: &ModelDoc) -> Value {
        let mut schema = json!({"type": "object"});
        describe(&mut schema, doc.description, false);
        let mut properties = Map::new();
        let mut required = Vec::new();
        let mut names_of_one_field = Vec::new();
        for field in doc.fields_with_flattened() {
            let property = self.field(field);
            let names: Vec<&str> = std::iter::once(field.wire_name)
                .chain(field.aliases.iter().copied())
                .collect();
            for name in &names {
                properties.insert((*name).to_owned(), property.clone());
            }
            match (names.len(), field.required) {
                (1, true) => required.push(field.wire_name),
                (1, false) => {}
                (_, true) => names_of_one_field.push(exactly_one_of(&names)),
                (_, false) => names_of_one_field.push(at_most_one_of(&names)),
            }
        }
        schema["properties"] = Value::Object(properties);
        if !required.is_empty() {
            schema["required"] = json!(required);
        }
        if !names_of_one_field.is_empty() {
            schema["allOf"] = Value::Array(names_of_one_field);
        }
        match doc.unknown_fields {
            UnknownFields::Ignored => {}
            UnknownFields::Denied => schema["additionalProperties"] = json!(false),
            UnknownFields::Kept(map) => {
                let values = match map {
                    TypeRef::Map { value, .. } => self.schema(value),
                    _ => json!({}),
                };
                // `true` says "kept, whatever it is" more plainly than the empty schema.
                let any = values.as_object().is_some_and(Map::is_empty);
                schema["additionalProperties"] = if any { json!(true) } else { values };
            }
        }
        schema
    }

    fn field(&mut self, field: &FieldDoc) -> Value {
        let mut schema = self.schema(field.shape);
        describe(&mut schema, field.description, field.deprecated);
        schema
    }
}

/// `description` and `deprecated`, when there is something to say.
pub fn describe(schema: &mut Value, description: &str, deprecated: bool) {
    let description = description.trim();
    if !description.is_empty() {
        schema["description"] = json!(description);
    }
    if deprecated {
        schema["deprecated"] = json!(true);
    }
}

fn integer(range: IntegerRange) -> Value {
    let mut schema = json!({"type": "integer"});
    let format = if range == IntegerRange::signed(32) {
        Some("int32")
    } else if range == IntegerRange::signed(64) {
        Some("int64")
    } else {
        None
    };
    if let Some(format) = format {
        schema["format"] = json!(format);
    }
    // Past 64 bits the bound is written as the nearest float, which JSON numbers can hold.
    schema["minimum"] = match i64::try_from(range.min) {
        Ok(min) => json!(min),
        Err(_) => json!(range.min as f64),
    };
    schema["maximum"] = match u64::try_from(range.max) {
        Ok(max) => json!(max),
        Err(_) => json!(range.max as f64),
    };
    schema
}

/// `schema` or `null`: a second entry in `type` where the schema has one type, else `anyOf`.
fn or_null(mut schema: Value) -> Value {
    let Some(object) = schema.as_object_mut() else {
        return schema;
    };
    if object.is_empty() {
        return schema;
    }
    match object.get_mut("type") {
        Some(Value::String(single)) => {
            let single = std::mem::take(single);
            object.insert("type".to_owned(), json!([single, "null"]));
            schema
        }
        Some(Value::Array(types)) if types.contains(&json!("null")) => schema,
        _ => json!({"anyOf": [schema, {"type": "null"}]}),
    }
}

/// A required field read under several names: exactly one of them is present.
fn exactly_one_of(names: &[&str]) -> Value {
    let branches: Vec<Value> = names
        .iter()
        .map(|name| json!({"required": [name]}))
        .collect();
    json!({"oneOf": branches})
}

/// An optional field read under several names: no two of them are present.
fn at_most_one_of(names: &[&str]) -> Value {
    let mut pairs = Vec::new();
    for (index, first) in names.iter().enumerate() {
        for second in &names[index + 1..] {
            pairs.push(json!({"required": [first, second]}));
        }
    }
    json!({"not": {"anyOf": pairs}})
}

/// An enum's definition: its values (what encoding writes) and aliases (also read), as one
/// list each; an open enum takes any other string too.
fn enumeration(doc: &EnumDoc) -> Value {
    let values: Vec<&str> = doc.variants.iter().map(|variant| variant.value).collect();
    let aliases: Vec<&str> = doc
        .variants
        .iter()
        .flat_map(|variant| variant.aliases.iter().copied())
        .collect();
    let mut known = vec![json!({"enum": values})];
    if !aliases.is_empty() {
        known.push(json!({"enum": aliases}));
    }
    let mut schema = if doc.open {
        known.push(json!({"type": "string"}));
        json!({"anyOf": known})
    } else if known.len() == 1 {
        json!({"type": "string", "enum": values})
    } else {
        json!({"type": "string", "anyOf": known})
    };
    describe(&mut schema, doc.description, false);
    schema
}
