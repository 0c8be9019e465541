//! `docs/openapi/callparty.json`: an OpenAPI 3.1 document of the call-control operations,
//! whose schemas are `callparty::schema`'s components of every model and enum.

use serde_json::{Map, Value, json};

use super::{ALL, Operation, Schema};
use crate::models::TYPES;
use crate::schema::openapi_components;

/// The OpenAPI 3.1 document: every operation of [`ALL`] under its path and method, with its
/// path parameters, request body and answers, and `components.schemas` for every model and
/// enum of `callparty::models`. `cargo run -p callparty --example schema` writes it to
/// `docs/openapi/callparty.json`.
///
/// ```
/// let document = callparty::operations::openapi_document();
/// assert_eq!(document["openapi"], "3.1.0");
/// let hold = &document["paths"]
///     ["/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}/parties/{partyId}/hold"]
///     ["post"];
/// assert_eq!(hold["operationId"], "holdCallParty");
/// assert_eq!(
///     hold["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
///     "#/components/schemas/CallParty"
/// );
/// assert!(document["components"]["schemas"]["CallParty"]["properties"].is_object());
/// ```
pub fn openapi_document() -> Value {
    let mut paths = Map::new();
    for operation in ALL {
        let method = operation.method.as_str().to_lowercase();
        let entry = paths.entry(operation.path).or_insert_with(|| json!({}));
        entry[method] = operation_object(operation);
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "RingCentral call control, as modelled by callparty",
            "version": env!("CARGO_PKG_VERSION"),
        },
        "paths": paths,
        "components": {"schemas": openapi_components(TYPES)},
    })
}

fn operation_object(operation: &Operation) -> Value {
    let mut object = json!({
        "operationId": operation.id,
        "summary": operation.summary,
    });
    let parameters: Vec<Value> = path_parameters(operation.path)
        .map(|name| json!({"name": name, "in": "path", "required": true, "schema": {"type": "string"}}))
        .collect();
    if !parameters.is_empty() {
        object["parameters"] = Value::Array(parameters);
    }
    if let Some(body) = operation.request {
        object["requestBody"] = json!({"required": body.required, "content": content(body.schema)});
    }
    let mut responses = Map::new();
    let mut success = json!({"description": reason(operation.success_status)});
    if let Some(schema) = operation.response {
        success["content"] = content(schema);
    }
    responses.insert(operation.success_status.to_string(), success);
    for error in operation.errors {
        responses.insert(
            error.status.to_string(),
            json!({"description": reason(error.status), "content": content(error.schema)}),
        );
    }
    object["responses"] = Value::Object(responses);
    object
}

/// The names in braces of a path template, in order.
fn path_parameters(path: &str) -> impl Iterator<Item = &str> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
}

fn content(schema: Schema) -> Value {
    // The components are named after the types' docs: no two types of `callparty::models`
    // share a name, and none is generic.
    let reference = json!({"$ref": format!("#/components/schemas/{}", schema.name())});
    json!({"application/json": {"schema": reference}})
}

/// The reason phrase of the statuses the operations answer with.
fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        415 => "Unsupported Media Type",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Answer",
    }
}
