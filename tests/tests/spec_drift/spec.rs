//! RingCentral's OpenAPI document read into the few shapes the models can be compared with:
//! objects (with `allOf` merged and `oneOf` branches noted), one-of unions, and scalars.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

pub struct Spec {
    pub schemas: BTreeMap<String, Schema>,
    pub operations: Vec<Operation>,
}

pub struct Schema {
    pub description: String,
    pub body: Body,
}

pub enum Body {
    Object(Object),
    /// A schema that is only a choice of single-property objects (`TransferTarget`): the
    /// properties of its branches.
    Union(Vec<Property>),
    Scalar(Shape),
}

#[derive(Clone, Default)]
pub struct Object {
    pub properties: Vec<Property>,
    pub required: BTreeSet<String>,
    /// Properties of which exactly one must be present: the branches of a `oneOf`.
    pub one_of: Vec<Vec<String>>,
}

#[derive(Clone)]
pub struct Property {
    pub name: String,
    /// The property's description, or else the one of the schema it refers to: what
    /// RingCentral's own reference pages show.
    pub description: String,
    pub shape: Shape,
}

#[derive(Clone)]
pub enum Shape {
    String { values: Option<Vec<String>> },
    Integer { format: Option<String> },
    Boolean,
    Array(Box<Shape>),
    Ref(String),
    Object(Object),
}

impl Shape {
    /// How a report shows the spec's type.
    pub fn show(&self) -> String {
        match self {
            Shape::String { values: None } => "string".to_owned(),
            Shape::String { values: Some(_) } => "string enum".to_owned(),
            Shape::Integer { format: None } => "integer".to_owned(),
            Shape::Integer {
                format: Some(format),
            } => format!("integer ({format})"),
            Shape::Boolean => "boolean".to_owned(),
            Shape::Array(item) => format!("array of {}", item.show()),
            Shape::Ref(name) => name.clone(),
            Shape::Object(_) => "inline object".to_owned(),
        }
    }
}

pub struct Operation {
    pub id: String,
    pub method: String,
    pub path: String,
    /// (schema name, required)
    pub request: Option<(String, bool)>,
    pub success_status: u16,
    pub response: Option<String>,
    /// (status, schema name)
    pub errors: Vec<(u16, String)>,
}

/// Descriptions compared as Markdown reads them: a line break inside a paragraph is a space,
/// so the spec's wrapped lines and a doc comment's wrapped lines compare equal.
pub fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Spec {
    pub fn read(document: &Value) -> Result<Spec, String> {
        let raw = document["components"]["schemas"]
            .as_object()
            .ok_or("no components.schemas")?;
        let mut schemas = BTreeMap::new();
        for (name, schema) in raw {
            schemas.insert(name.clone(), read_schema(document, schema)?);
        }
        Ok(Spec {
            schemas,
            operations: read_operations(document)?,
        })
    }
}

fn read_schema(document: &Value, schema: &Value) -> Result<Schema, String> {
    let mut object = Object::default();
    let mut description = text(&schema["description"]);
    merge(document, schema, &mut object, &mut description)?;
    if schema.get("type").is_some_and(|ty| ty != "object") {
        return Ok(Schema {
            description,
            body: Body::Scalar(shape(document, schema)?),
        });
    }
    let in_branches: Vec<String> = object.one_of.concat();
    let only_branches = object
        .properties
        .iter()
        .all(|property| in_branches.contains(&property.name));
    let body = if !in_branches.is_empty() && only_branches {
        Body::Union(object.properties)
    } else {
        // The branches of a `oneOf` beside other properties are optional properties too.
        Body::Object(object)
    };
    Ok(Schema { description, body })
}

/// Adds the properties of `schema`, its `allOf` parts and `oneOf` branches to `object`; the
/// first description found on a part is the schema's when it has none of its own.
fn merge(
    document: &Value,
    schema: &Value,
    object: &mut Object,
    description: &mut String,
) -> Result<(), String> {
    if let Some(reference) = schema.get("$ref") {
        let target = resolve(document, reference)?;
        return merge(document, target, object, &mut String::new());
    }
    if description.is_empty() {
        *description = text(&schema["description"]);
    }
    for part in schema["allOf"].as_array().into_iter().flatten() {
        merge(document, part, object, description)?;
    }
    if let Some(branches) = schema["oneOf"].as_array() {
        let mut names = Vec::new();
        for branch in branches {
            let mut inner = Object::default();
            merge(document, branch, &mut inner, &mut String::new())?;
            names.extend(
                inner
                    .properties
                    .iter()
                    .map(|property| property.name.clone()),
            );
            object.properties.extend(inner.properties);
        }
        object.one_of.push(names);
    }
    for name in schema["required"].as_array().into_iter().flatten() {
        object
            .required
            .insert(name.as_str().ok_or("a required name")?.to_owned());
    }
    for (name, property) in schema["properties"].as_object().into_iter().flatten() {
        let mut description = text(&property["description"]);
        if description.is_empty()
            && let Some(reference) = property.get("$ref")
        {
            description = text(&resolve(document, reference)?["description"]);
        }
        object.properties.push(Property {
            name: name.clone(),
            description,
            shape: shape(document, property)?,
        });
    }
    Ok(())
}

fn shape(document: &Value, schema: &Value) -> Result<Shape, String> {
    if let Some(reference) = schema.get("$ref") {
        resolve(document, reference)?;
        return Ok(Shape::Ref(schema_name(reference)?));
    }
    Ok(match schema["type"].as_str() {
        Some("string") => Shape::String {
            values: schema["enum"].as_array().map(|values| {
                values
                    .iter()
                    .map(|value| value.as_str().unwrap_or_default().to_owned())
                    .collect()
            }),
        },
        Some("integer") => Shape::Integer {
            format: schema["format"].as_str().map(str::to_owned),
        },
        Some("boolean") => Shape::Boolean,
        Some("array") => Shape::Array(Box::new(shape(document, &schema["items"])?)),
        Some("object") => {
            let mut object = Object::default();
            merge(document, schema, &mut object, &mut String::new())?;
            Shape::Object(object)
        }
        other => return Err(format!("a schema of type {other:?}: {schema}")),
    })
}

fn read_operations(document: &Value) -> Result<Vec<Operation>, String> {
    let mut operations = Vec::new();
    let paths = document["paths"].as_object().ok_or("no paths")?;
    for (path, methods) in paths {
        for (method, operation) in methods.as_object().into_iter().flatten() {
            if method == "parameters" {
                continue;
            }
            let id = operation["operationId"].as_str().ok_or("an operationId")?;
            let request = match operation.get("requestBody") {
                None => None,
                Some(body) => Some((
                    body_schema(document, body)?.ok_or("a request body without a schema")?,
                    body["required"].as_bool().unwrap_or(false),
                )),
            };
            let mut success = None;
            let mut errors = Vec::new();
            for (status, answer) in operation["responses"].as_object().ok_or("responses")? {
                let code: u16 = status.parse().map_err(|_| format!("status {status}"))?;
                let answer = match answer.get("$ref") {
                    Some(reference) => resolve(document, reference)?,
                    None => answer,
                };
                let schema = body_schema(document, answer)?;
                if (200..300).contains(&code) {
                    success = Some((code, schema));
                } else {
                    errors.push((code, schema.ok_or("an error without a body")?));
                }
            }
            let (success_status, response) = success.ok_or("no success answer")?;
            operations.push(Operation {
                id: id.to_owned(),
                method: method.to_uppercase(),
                path: path.clone(),
                request,
                success_status,
                response,
                errors,
            });
        }
    }
    Ok(operations)
}

fn body_schema(document: &Value, body: &Value) -> Result<Option<String>, String> {
    match body["content"]["application/json"]["schema"].get("$ref") {
        None => Ok(None),
        Some(reference) => {
            resolve(document, reference)?;
            schema_name(reference).map(Some)
        }
    }
}

fn resolve<'a>(document: &'a Value, reference: &Value) -> Result<&'a Value, String> {
    let pointer = reference
        .as_str()
        .and_then(|reference| reference.strip_prefix('#'))
        .ok_or_else(|| format!("an unsupported $ref {reference}"))?;
    document
        .pointer(pointer)
        .ok_or_else(|| format!("a dangling $ref {reference}"))
}

fn schema_name(reference: &Value) -> Result<String, String> {
    reference
        .as_str()
        .and_then(|reference| reference.strip_prefix("#/components/schemas/"))
        .map(str::to_owned)
        .ok_or_else(|| format!("a $ref to something other than a schema: {reference}"))
}

fn text(value: &Value) -> String {
    normalize(value.as_str().unwrap_or_default())
}
