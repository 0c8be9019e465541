//! `callparty::schema::json_schema`, rule by rule: each rule of the schema is shown on a
//! small model, and checked with an independent validator (the `jsonschema` crate) against
//! what the decoder does with the same documents.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use callparty::doc::{Describe, TypeRef};
use callparty::schema::{json_schema, openapi_components};
use callparty::{ApiEnum, ApiModel, ApiUnion, Extra, UnknownValue, UnknownVariant};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// Agent role
#[derive(ApiEnum, Debug, Clone, PartialEq)]
enum Role {
    Owner,
    #[api(alias = "admin", alias = "ADMIN")]
    Admin,
    #[api(other)]
    Unknown(UnknownValue),
}

#[derive(ApiEnum, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[api(rename_all = "lowercase")]
enum Mode {
    Fast,
    #[api(alias = "SLOW")]
    Slow,
}

/// A contact
#[derive(ApiModel, Debug, PartialEq)]
struct Contact {
    /// The name shown
    name: String,
    #[api(alias = "mail", alias = "e_mail")]
    email: Option<String>,
    #[api(rename = "ID", alias = "id")]
    id: u8,
    #[api(default)]
    tags: Vec<String>,
    role: Option<Role>,
    #[deprecated = "use `role`"]
    legacy: Option<i64>,
    mode: Option<Mode>,
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(deny_unknown_fields)]
struct Strict {
    id: i32,
    #[api(skip)]
    cache: u8,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Kept {
    id: Option<String>,
    #[api(extra)]
    extra: Extra,
}

#[derive(ApiModel, Debug, PartialEq)]
struct KeptNumbers {
    id: Option<String>,
    #[api(extra)]
    extra: HashMap<String, u16>,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Page<T> {
    items: Vec<T>,
    next: Option<String>,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Borrowed<'a> {
    name: &'a str,
    label: Option<Cow<'a, str>>,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Shapes {
    pair: Option<(u8, bool)>,
    initial: Option<char>,
    by_mode: Option<BTreeMap<Mode, f32>>,
    by_number: Option<BTreeMap<i16, String>>,
    nested: Option<Option<Vec<Option<u64>>>>,
    any: Option<Value>,
    boxed: Option<Box<Shapes>>,
}

/// Serialized as `"HH:MM"` by a hand-written impl.
#[derive(Debug, PartialEq)]
struct TimeOfDay(String);

impl serde::Serialize for TimeOfDay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for TimeOfDay {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(TimeOfDay)
    }
}

impl Describe for TimeOfDay {
    const TYPE: &'static TypeRef = &TypeRef::Str;
}

#[derive(ApiModel, Debug, PartialEq)]
struct Opening {
    from: TimeOfDay,
}

/// Where a call goes
#[derive(ApiUnion, Debug, PartialEq)]
enum Target {
    PhoneNumber(String),
    #[api(alias = "ext")]
    Extension(u16),
    #[api(other)]
    Unknown(UnknownVariant),
}

#[derive(ApiUnion, Debug, PartialEq)]
enum ClosedTarget {
    PhoneNumber(String),
    Extension(u16),
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(deny_unknown_fields)]
struct Created {
    id: String,
}

#[derive(ApiUnion, Debug, PartialEq)]
#[api(tag = "kind", rename_all = "lowercase")]
enum Event {
    Created(Created),
    Ping,
    #[api(other)]
    Unknown(UnknownVariant),
}

#[derive(ApiUnion, Debug, PartialEq)]
#[api(untagged)]
enum IdOrContact {
    Id(String),
    Contact(Box<Contact>),
    Nothing,
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::validator_for(schema).unwrap_or_else(|error| panic!("{error}\n{schema:#}"))
}

/// Asserts that the validator and the decoder agree on `documents`, and that each is
/// accepted exactly when expected.
fn agree<T: Describe + DeserializeOwned>(documents: &[(&str, bool)]) {
    let schema = json_schema::<T>();
    let validator = validator(&schema);
    for (text, accepted) in documents {
        let decoded = callparty::json::from_str::<T>(text);
        let valid = validator.is_valid(&serde_json::from_str(text).unwrap());
        assert_eq!(
            decoded.is_ok(),
            *accepted,
            "decoder on {text}: {:?}",
            decoded.err()
        );
        assert_eq!(valid, *accepted, "validator on {text}\n{schema:#}");
    }
}

#[test]
fn the_document_is_2020_12_with_definitions_by_ref() {
    let schema = json_schema::<Contact>();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["$ref"], "#/$defs/Contact");
    let defs: Vec<&String> = schema["$defs"].as_object().unwrap().keys().collect();
    assert_eq!(defs, ["Contact", "Mode", "Role"]);
    assert_eq!(schema["$defs"]["Contact"]["description"], "A contact");
    assert_eq!(
        schema["$defs"]["Contact"]["properties"]["name"]["description"],
        "The name shown"
    );
    let legacy = &schema["$defs"]["Contact"]["properties"]["legacy"];
    assert_eq!(legacy["deprecated"], true);
    assert_eq!(legacy["format"], "int64");
}

#[test]
fn optional_fields_are_not_required_and_take_null() {
    let contact = &json_schema::<Contact>()["$defs"]["Contact"];
    assert_eq!(contact["required"], json!(["name"]));
    agree::<Contact>(&[
        (r#"{"name":"a","ID":1}"#, true),
        (
            r#"{"name":"a","ID":1,"email":null,"role":null,"mode":null}"#,
            true,
        ),
        (r#"{"ID":1}"#, false),
        (r#"{"name":null,"ID":1}"#, false),
        // A defaulted field may be missing but is not an `Option`: no null.
        (r#"{"name":"a","ID":1,"tags":null}"#, false),
        (r#"{"name":"a","ID":1,"tags":["x"]}"#, true),
    ]);
}

#[test]
fn aliases_are_properties_and_only_one_name_of_a_field_may_be_present() {
    agree::<Contact>(&[
        (r#"{"name":"a","id":1,"mail":"m"}"#, true),
        (r#"{"name":"a","ID":1,"e_mail":"m"}"#, true),
        // A required field under any one of its names, but not two of them.
        (r#"{"name":"a"}"#, false),
        (r#"{"name":"a","ID":1,"id":2}"#, false),
        (r#"{"name":"a","ID":1,"email":"m","mail":"n"}"#, false),
        (r#"{"name":"a","ID":1,"mail":"m","e_mail":"n"}"#, false),
    ]);
}

#[test]
fn unknown_fields_are_ignored_kept_or_denied() {
    agree::<Contact>(&[(r#"{"name":"a","ID":1,"colour":[1,{"x":null}]}"#, true)]);
    agree::<Kept>(&[(r#"{"id":"a","colour":[1,{"x":null}]}"#, true)]);
    agree::<KeptNumbers>(&[
        (r#"{"id":"a","count":7}"#, true),
        (r#"{"id":"a","count":70000}"#, false),
        (r#"{"id":"a","count":"7"}"#, false),
    ]);
    agree::<Strict>(&[
        (r#"{"id":1}"#, true),
        (r#"{"id":1,"colour":1}"#, false),
        // A skipped field is not on the wire: its name is as unknown as any other.
        (r#"{"id":1,"cache":1}"#, false),
    ]);
    let strict = &json_schema::<Strict>()["$defs"]["Strict"];
    assert_eq!(strict["additionalProperties"], false);
}

#[test]
fn closed_enums_list_values_and_aliases_open_ones_take_any_string() {
    let schema = json_schema::<Contact>();
    assert_eq!(
        schema["$defs"]["Mode"],
        json!({"type": "string", "anyOf": [{"enum": ["fast", "slow"]}, {"enum": ["SLOW"]}]})
    );
    assert_eq!(
        schema["$defs"]["Role"],
        json!({
            "description": "Agent role",
            "anyOf": [
                {"enum": ["Owner", "Admin"]},
                {"enum": ["admin", "ADMIN"]},
                {"type": "string"}
            ]
        })
    );
    agree::<Mode>(&[
        (r#""fast""#, true),
        (r#""SLOW""#, true),
        (r#""Fast""#, false),
        ("1", false),
    ]);
    agree::<Role>(&[
        (r#""Owner""#, true),
        (r#""admin""#, true),
        (r#""Sideways""#, true),
        ("null", false),
        (r#"["Owner"]"#, false),
    ]);
}

#[test]
fn integers_are_bounded_by_their_rust_type() {
    let contact = &json_schema::<Contact>()["$defs"]["Contact"];
    assert_eq!(contact["properties"]["ID"]["minimum"], 0);
    assert_eq!(contact["properties"]["ID"]["maximum"], 255);
    assert_eq!(
        json_schema::<u64>(),
        json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "type": "integer",
            "minimum": 0,
            "maximum": u64::MAX
        })
    );
    agree::<u8>(&[("0", true), ("255", true), ("256", false), ("-1", false)]);
    agree::<i64>(&[
        ("-9223372036854775808", true),
        ("9223372036854775807", true),
        ("9223372036854775808", false),
    ]);
    agree::<u64>(&[
        ("18446744073709551615", true),
        ("18446744073709551616", false),
    ]);
}

#[test]
fn generic_models_are_defined_per_instance() {
    let schema = json_schema::<Page<Page<Contact>>>();
    assert_eq!(schema["$ref"], "#/$defs/Page_Page_Contact");
    assert_eq!(
        schema["$defs"]["Page_Page_Contact"]["properties"]["items"]["items"],
        json!({"$ref": "#/$defs/Page_Contact"})
    );
    assert_eq!(
        schema["$defs"]["Page_Contact"]["properties"]["items"]["items"],
        json!({"$ref": "#/$defs/Contact"})
    );
    agree::<Page<u8>>(&[
        (r#"{"items":[1,2]}"#, true),
        (r#"{"items":[1,256]}"#, false),
    ]);
}

#[test]
fn borrowed_fields_are_strings() {
    let schema = json_schema::<Borrowed>();
    let borrowed = &schema["$defs"]["Borrowed"];
    assert_eq!(borrowed["properties"]["name"], json!({"type": "string"}));
    assert_eq!(
        borrowed["properties"]["label"],
        json!({"type": ["string", "null"]})
    );
    let validator = validator(&schema);
    let text = r#"{"name":"plain","label":"a\"b"}"#;
    let decoded: Borrowed = callparty::json::from_str(text).unwrap();
    assert_eq!(decoded.name, "plain");
    assert!(validator.is_valid(&serde_json::from_str(text).unwrap()));
    // The allowed difference "escaped string for a borrowed &str": the schema sees a string,
    // the decoder cannot borrow one written with escapes.
    let escaped = r#"{"name":"a\"b"}"#;
    let error = callparty::json::from_str::<Borrowed>(escaped).unwrap_err();
    assert!(
        error.to_string().contains("expected a borrowed string"),
        "{error}"
    );
    assert!(validator.is_valid(&serde_json::from_str(escaped).unwrap()));
}

#[test]
fn tuples_chars_maps_nested_options_and_values_have_their_json_forms() {
    let shapes = &json_schema::<Shapes>()["$defs"]["Shapes"]["properties"];
    assert_eq!(shapes["pair"]["prefixItems"][1], json!({"type": "boolean"}));
    assert_eq!(
        shapes["byMode"]["propertyNames"],
        json!({"$ref": "#/$defs/Mode"})
    );
    assert_eq!(shapes["any"], json!({}));
    assert_eq!(
        shapes["boxed"]["anyOf"],
        json!([{"$ref": "#/$defs/Shapes"}, {"type": "null"}])
    );
    agree::<Shapes>(&[
        (
            r#"{"pair":[1,true],"initial":"é","any":{"x":[null]}}"#,
            true,
        ),
        (r#"{"pair":[1]}"#, false),
        (r#"{"pair":[1,true,2]}"#, false),
        (r#"{"initial":"ab"}"#, false),
        (r#"{"initial":""}"#, false),
        (r#"{"byMode":{"fast":1.5,"SLOW":2}}"#, true),
        (r#"{"byMode":{"medium":1}}"#, false),
        (r#"{"byNumber":{"-3":"a","12":"b"}}"#, true),
        (r#"{"byNumber":{"x":"a"}}"#, false),
        (r#"{"nested":[1,null,2]}"#, true),
        (r#"{"nested":[1,"2"]}"#, false),
        (r#"{"boxed":{"boxed":{"initial":"x"}}}"#, true),
        (r#"{"boxed":{"boxed":{"initial":7}}}"#, false),
    ]);
}

#[test]
fn a_type_described_by_hand_is_used_as_described() {
    assert_eq!(
        json_schema::<Opening>()["$defs"]["Opening"]["properties"]["from"],
        json!({"type": "string"})
    );
    agree::<Opening>(&[(r#"{"from":"12:30"}"#, true), (r#"{"from":1230}"#, false)]);
}

#[test]
fn openapi_components_refer_to_each_other_by_component_path() {
    let schemas = openapi_components(&[Contact::TYPE, <Vec<Strict>>::TYPE]);
    let names: Vec<&String> = schemas.as_object().unwrap().keys().collect();
    assert_eq!(names, ["Contact", "Mode", "Role", "Strict"]);
    assert_eq!(
        schemas["Contact"]["properties"]["role"]["anyOf"][0]["$ref"],
        "#/components/schemas/Role"
    );
    // The same definitions as the JSON Schema's.
    let schema = json_schema::<Contact>();
    let rewritten = schema["$defs"]["Contact"]
        .to_string()
        .replace("#/$defs/", "#/components/schemas/");
    assert_eq!(schemas["Contact"].to_string(), rewritten);
}

#[test]
fn one_key_unions_are_objects_with_exactly_one_known_key() {
    let target = &json_schema::<Target>()["$defs"]["Target"];
    assert_eq!(target["description"], "Where a call goes");
    assert_eq!(target["oneOf"].as_array().unwrap().len(), 4);
    agree::<Target>(&[
        (r#"{"phoneNumber":"+1"}"#, true),
        (r#"{"ext":12}"#, true),
        (r#"{"extension":12}"#, true),
        (r#"{"extension":"12"}"#, false),
        (r#"{}"#, false),
        (r#"{"phoneNumber":"+1","extension":12}"#, false),
        // Open: an unknown key is kept with its value.
        (r#"{"parkOrbit":[1]}"#, true),
        ("[]", false),
    ]);
    agree::<ClosedTarget>(&[
        (r#"{"phoneNumber":"+1"}"#, true),
        (r#"{"parkOrbit":"1"}"#, false),
    ]);
}

#[test]
fn tagged_unions_are_their_models_with_the_tag() {
    let event = &json_schema::<Event>()["$defs"]["Event"];
    assert_eq!(
        event["oneOf"][0]["properties"]["kind"],
        json!({"const": "created"})
    );
    assert_eq!(event["oneOf"][0]["required"], json!(["kind", "id"]));
    agree::<Event>(&[
        (r#"{"kind":"created","id":"e-1"}"#, true),
        (r#"{"id":"e-1","kind":"created"}"#, true),
        // The inner model denies unknown keys, but never sees the tag.
        (r#"{"kind":"created","id":"e-1","colour":1}"#, false),
        (r#"{"kind":"created"}"#, false),
        (r#"{"kind":"ping"}"#, true),
        (r#"{"id":"e-1"}"#, false),
        (r#"{"kind":"deleted","id":7}"#, true),
    ]);
}

#[test]
fn by_kind_unions_take_one_variant_per_json_kind() {
    agree::<IdOrContact>(&[
        (r#""c-1""#, true),
        (r#"{"name":"a","ID":1}"#, true),
        (r#"{"name":"a"}"#, false),
        ("null", true),
        ("1", false),
        ("true", false),
    ]);
}

/// Issue 15's attributes in the schema: `Nullable` and `#[api(required)]`, a newtype, a
/// flattened model and a field read through `with` functions.
mod sdk_attributes {
    use super::*;
    use callparty::Nullable;

    #[derive(ApiModel, Debug, PartialEq)]
    struct CustomerId(String);

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(rename_all = "snake_case")]
    struct Address {
        line1: String,
        postal_code: Option<String>,
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(rename_all = "snake_case", deny_unknown_fields)]
    struct Charge {
        id: CustomerId,
        failure_code: Nullable<String>,
        #[api(required)]
        receipt_email: Nullable<String>,
        #[api(required)]
        refunded_at: Option<u32>,
        #[api(flatten)]
        address: Address,
        #[api(with = "as_text")]
        amount: u32,
    }

    mod as_text {
        use serde::{Deserialize, Deserializer, Serializer};

        pub fn serialize<S: Serializer>(value: &u32, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_str(value)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
            let text = String::deserialize(deserializer)?;
            text.parse().map_err(serde::de::Error::custom)
        }
    }

    fn charge() -> Value {
        json_schema::<Charge>()["$defs"]["Charge"].clone()
    }

    #[test]
    fn nullable_fields_take_null_and_are_required_only_with_api_required() {
        let charge = charge();
        let required: Vec<&str> = charge["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|name| name.as_str().unwrap())
            .collect();
        assert!(required.contains(&"receipt_email") && required.contains(&"refunded_at"));
        assert!(!required.contains(&"failure_code"));
        let base = r#""id":"c","line1":"l","amount":"7""#;
        agree::<Charge>(&[
            (
                &format!(r#"{{{base},"receipt_email":null,"refunded_at":null}}"#),
                true,
            ),
            (
                &format!(r#"{{{base},"receipt_email":"a","refunded_at":3,"failure_code":null}}"#),
                true,
            ),
            // `required` makes the key mandatory, null or not.
            (&format!(r#"{{{base},"refunded_at":null}}"#), false),
            (&format!(r#"{{{base},"receipt_email":null}}"#), false),
        ]);
    }

    #[test]
    fn a_newtype_is_described_as_the_type_it_holds() {
        assert_eq!(charge()["properties"]["id"], json!({"type": "string"}));
        let defs = json_schema::<Charge>()["$defs"].clone();
        assert!(defs.get("CustomerId").is_none(), "{defs:#}");
    }

    #[test]
    fn a_flattened_models_keys_are_properties_beside_the_fields() {
        let charge = charge();
        assert_eq!(charge["properties"]["line1"], json!({"type": "string"}));
        assert!(
            charge["required"]
                .as_array()
                .unwrap()
                .contains(&json!("line1"))
        );
        let base = r#""id":"c","receipt_email":null,"refunded_at":null,"amount":"7""#;
        agree::<Charge>(&[
            (
                &format!(r#"{{{base},"line1":"l","postal_code":"p"}}"#),
                true,
            ),
            (&format!(r#"{{{base},"postal_code":"p"}}"#), false),
            // deny_unknown_fields still refuses a key that neither model declares.
            (&format!(r#"{{{base},"line1":"l","colour":1}}"#), false),
        ]);
    }

    #[test]
    fn a_field_read_by_with_functions_is_left_open() {
        // Its JSON is the functions', which the derive cannot see: any value validates, and
        // the decoder decides (the README's schema section says so).
        assert_eq!(charge()["properties"]["amount"], json!({}));
    }
}
