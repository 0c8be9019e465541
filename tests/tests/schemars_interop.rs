//! With the `schemars` feature every derived type implements `schemars::JsonSchema`, written
//! by the derives from the same `DOC` as `callparty::schema`: the schemas are the same, and
//! they compose with types whose `JsonSchema` is written by hand.
#![cfg(feature = "schemars")]

use std::borrow::Cow;

use callparty::models::{CallParty, CallSessionObject, CallStatusInfoCode, TransferTarget};
use callparty::schema::json_schema;
use callparty::{ApiEnum, ApiModel};
use schemars::{JsonSchema, Schema, SchemaGenerator, generate::SchemaSettings, schema_for};
use serde_json::{Value, json};

#[derive(ApiModel, Debug, PartialEq)]
struct Page<T> {
    items: Vec<T>,
    next: Option<String>,
}

#[derive(ApiEnum, Debug, Clone, PartialEq)]
enum Mode {
    Fast,
    Slow,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Tree {
    label: String,
    #[api(default)]
    children: Vec<Self>,
    mode: Option<Mode>,
}

/// A type whose schema is written by hand, around a model.
struct Envelope;

impl JsonSchema for Envelope {
    fn schema_name() -> Cow<'static, str> {
        "Envelope".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let party = generator.subschema_for::<CallParty>();
        schemars::json_schema!({
            "type": "object",
            "properties": {"party": party},
            "required": ["party"]
        })
    }
}

#[test]
fn schema_for_gives_the_same_schema_as_callparty_schema() {
    let ours = json_schema::<CallSessionObject>();
    let schemars = schema_for!(CallSessionObject).to_value();
    let mut root = schemars.clone();
    let root = root.as_object_mut().unwrap();
    let definitions = root.remove("$defs").expect("definitions");
    assert_eq!(
        root.remove("$schema"),
        Some(json!("https://json-schema.org/draft/2020-12/schema"))
    );
    // schemars titles the root with its schema name.
    assert_eq!(root.remove("title"), Some(json!("CallSessionObject")));
    assert_eq!(
        Value::Object(root.clone()),
        ours["$defs"]["CallSessionObject"]
    );
    let mut our_definitions = ours["$defs"].as_object().unwrap().clone();
    our_definitions.remove("CallSessionObject");
    assert_eq!(definitions, Value::Object(our_definitions));
}

#[test]
fn a_hand_written_schema_can_refer_to_a_model() {
    let schema = schema_for!(Envelope).to_value();
    assert_eq!(
        schema["properties"]["party"],
        json!({"$ref": "#/$defs/CallParty"})
    );
    let definitions = schema["$defs"].as_object().unwrap();
    assert!(definitions.contains_key("CallParty"));
    assert!(definitions.contains_key("CallStatusInfoCode"));
    let validator = jsonschema::validator_for(&schema).unwrap();
    let party: Value = serde_json::from_str(
        r#"{"party":{"id":"p-1","status":{"code":"Answered"},"muted":false}}"#,
    )
    .unwrap();
    assert!(validator.is_valid(&party));
    assert!(!validator.is_valid(&json!({"party": {"muted": "no"}})));
}

#[test]
fn names_ids_and_definition_paths_follow_schemars() {
    assert_eq!(Page::<Tree>::schema_name(), "Page_Tree");
    assert_eq!(CallStatusInfoCode::schema_name(), "CallStatusInfoCode");
    assert_ne!(Page::<Tree>::schema_id(), Page::<Mode>::schema_id());
    let mut generator = SchemaGenerator::new(SchemaSettings::openapi3());
    let reference = generator.subschema_for::<Page<Tree>>().to_value();
    assert_eq!(reference, json!({"$ref": "#/components/schemas/Page_Tree"}));
    let definitions = generator.definitions();
    assert_eq!(
        definitions["Page_Tree"]["properties"]["items"]["items"],
        json!({"$ref": "#/components/schemas/Tree"})
    );
    // A recursive model refers to its own definition.
    assert_eq!(
        definitions["Tree"]["properties"]["children"]["items"],
        json!({"$ref": "#/components/schemas/Tree"})
    );
    assert_eq!(definitions["Mode"]["enum"], json!(["Fast", "Slow"]));
}

#[test]
fn a_recursive_root_keeps_its_definition() {
    let schema = schema_for!(Tree).to_value();
    assert_eq!(schema["properties"]["label"], json!({"type": "string"}));
    assert_eq!(
        schema["properties"]["children"]["items"],
        json!({"$ref": "#/$defs/Tree"})
    );
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(validator.is_valid(&json!({"label": "a", "children": [{"label": "b"}]})));
    assert!(!validator.is_valid(&json!({"label": "a", "children": [{"label": 1}]})));
}

#[test]
fn unions_implement_json_schema_too() {
    let mut schema = schema_for!(TransferTarget).to_value();
    let root = schema.as_object_mut().unwrap();
    root.remove("$schema");
    assert_eq!(root.remove("title"), Some(json!("TransferTarget")));
    assert_eq!(
        schema,
        json_schema::<TransferTarget>()["$defs"]["TransferTarget"]
    );
}
