//! `#[api(flatten)]` of another model: its keys sit in the outer model's object. Unknown keys
//! still go to the outer model's `extra` map, or fail with `deny_unknown_fields`; what is
//! written and read matches a serde_derive twin with `#[serde(flatten)]`.

use std::collections::BTreeMap;

use callparty::{ApiModel, Extra};
use serde_json::{Value, json};

#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(rename_all = "snake_case")]
struct Address {
    line1: String,
    city: Option<String>,
    #[api(alias = "zip")]
    postal_code: Option<String>,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(rename_all = "snake_case")]
struct Customer {
    id: String,
    #[api(flatten)]
    address: Address,
    email: Option<String>,
    #[api(extra)]
    extra: Extra,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(deny_unknown_fields)]
struct Strict {
    id: String,
    #[api(flatten)]
    address: Address,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
struct Loose {
    id: String,
    #[api(flatten)]
    address: Address,
}

#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, PartialEq)]
#[serde(rename_all = "snake_case")]
struct AddressTwin {
    line1: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "zip")]
    postal_code: Option<String>,
}

#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, PartialEq)]
#[serde(rename_all = "snake_case")]
struct CustomerTwin {
    id: String,
    #[serde(flatten)]
    address: AddressTwin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    #[serde(flatten)]
    extra: BTreeMap<String, Value>,
}

const INPUT: &str =
    r#"{"id":"cus_1","line1":"1 Main St","zip":"94107","email":"a@b.c","livemode":false}"#;

#[test]
fn the_inner_keys_go_to_the_inner_model_and_unknown_ones_to_extra() {
    let customer: Customer = callparty::json::from_str(INPUT).unwrap();
    assert_eq!(
        customer.address,
        Address {
            line1: "1 Main St".into(),
            city: None,
            postal_code: Some("94107".into()),
        }
    );
    assert_eq!(customer.extra.len(), 1);
    assert_eq!(customer.extra["livemode"], false);
    let twin: CustomerTwin = serde_json::from_str(INPUT).unwrap();
    assert_eq!(
        serde_json::to_value(&customer).unwrap(),
        serde_json::to_value(&twin).unwrap()
    );
    assert_eq!(
        callparty::json::to_string(&customer).unwrap(),
        r#"{"id":"cus_1","line1":"1 Main St","postal_code":"94107","email":"a@b.c","livemode":false}"#
    );
}

#[test]
fn deny_unknown_fields_accepts_the_inner_keys_only() {
    let strict: Strict = serde_json::from_str(r#"{"id":"s","line1":"x","city":"y"}"#).unwrap();
    assert_eq!(strict.address.city.as_deref(), Some("y"));
    let error = serde_json::from_str::<Strict>(r#"{"id":"s","line1":"x","country":"US"}"#)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(r#"unknown field "country" in Strict"#),
        "{error}"
    );
    let loose: Loose = serde_json::from_str(r#"{"id":"s","line1":"x","country":"US"}"#).unwrap();
    assert_eq!(loose.address.line1, "x");
}

#[test]
fn an_inner_error_names_both_models() {
    let error = serde_json::from_str::<Customer>(r#"{"id":"c"}"#)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(r#"missing field "line1" in Address (flattened in Customer)"#),
        "{error}"
    );
    let error = serde_json::from_str::<Customer>(r#"{"id":"c","line1":"x","zip":"1","zip":"2"}"#)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(r#"duplicate field "zip" in Customer"#),
        "{error}"
    );
}

#[test]
fn compact_formats_hold_the_inner_model_in_its_place() {
    let loose = Loose {
        id: "l".into(),
        address: Address {
            line1: "x".into(),
            city: Some("y".into()),
            postal_code: None,
        },
    };
    let bytes = postcard::to_stdvec(&loose).unwrap();
    assert_eq!(postcard::from_bytes::<Loose>(&bytes).unwrap(), loose);
    // CBOR has keys: the inner model is one of them, under its Rust name.
    let mut cbor = Vec::new();
    ciborium::into_writer(&loose, &mut cbor).unwrap();
    assert_eq!(
        ciborium::from_reader::<Loose, _>(cbor.as_slice()).unwrap(),
        loose
    );
    let value = serde_json::to_value(&loose).unwrap();
    assert_eq!(value, json!({"id": "l", "line1": "x", "city": "y"}));
}

#[test]
fn inside_serdes_own_flatten_nothing_is_lost() {
    #[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, PartialEq)]
    struct Envelope {
        kind: String,
        #[serde(flatten)]
        customer: Customer,
    }
    let input = r#"{"kind":"customer","id":"cus_1","line1":"1 Main St","livemode":false}"#;
    let envelope: Envelope = serde_json::from_str(input).unwrap();
    assert_eq!(envelope.customer.address.line1, "1 Main St");
    assert_eq!(serde_json::to_string(&envelope).unwrap(), input);
}

#[test]
fn the_docs_list_the_inner_fields_beside_the_outer_ones() {
    let page = Customer::DOC.to_markdown();
    let rows: Vec<&str> = page
        .lines()
        .filter_map(|line| line.strip_prefix("| "))
        .filter_map(|row| row.split(" |").next())
        .skip(2) // the header and the alignment row
        .collect();
    assert_eq!(
        rows,
        ["id", "email", "line1", "city", "postal_code"],
        "{page}"
    );
    assert!(
        page.contains("`postal_code` (also accepted: `zip`)"),
        "{page}"
    );
}
