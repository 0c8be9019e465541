//! Newtype models: `struct CustomerId(String)` is its `String` on the wire, as serde's
//! `#[serde(transparent)]`, and its documentation names the type it holds.

use std::borrow::Cow;

use callparty::{ApiModel, Nullable};

/// A customer's identifier, `cus_...`.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct CustomerId(String);

#[derive(ApiModel, Debug, Clone, PartialEq)]
struct Amount<T>(T);

#[derive(ApiModel, Debug, Clone, PartialEq)]
struct Label<'a>(&'a str);

#[derive(ApiModel, Debug, PartialEq)]
#[api(rename_all = "snake_case")]
struct Charge<'a> {
    customer: CustomerId,
    previous: Nullable<CustomerId>,
    amount: Amount<u64>,
    ids: Vec<CustomerId>,
    #[api(borrow)]
    label: Option<Label<'a>>,
    cow: Option<Cow<'a, str>>,
}

/// The serde twin.
#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, PartialEq)]
#[serde(transparent)]
struct CustomerIdTwin(String);

#[test]
fn a_newtype_is_its_field_on_the_wire() {
    let input =
        r#"{"customer":"cus_1","previous":null,"amount":250,"ids":["cus_2"],"label":"gift"}"#;
    let charge: Charge = callparty::json::from_str(input).unwrap();
    assert_eq!(charge.customer, CustomerId("cus_1".into()));
    assert_eq!(
        charge.label,
        Some(Label("gift")),
        "a newtype of `&str` borrows"
    );
    assert_eq!(callparty::json::to_string(&charge).unwrap(), input);
}

#[test]
fn it_matches_serdes_transparent_in_every_format() {
    let ours = CustomerId("cus_1".into());
    let twin = CustomerIdTwin("cus_1".into());
    assert_eq!(
        serde_json::to_string(&ours).unwrap(),
        serde_json::to_string(&twin).unwrap()
    );
    assert_eq!(
        postcard::to_stdvec(&ours).unwrap(),
        postcard::to_stdvec(&twin).unwrap()
    );
    let error = serde_json::from_str::<CustomerId>("5")
        .unwrap_err()
        .to_string();
    let twin_error = serde_json::from_str::<CustomerIdTwin>("5")
        .unwrap_err()
        .to_string();
    assert_eq!(error, twin_error);
}

#[test]
fn a_bad_value_has_its_path() {
    let error = callparty::json::from_str::<Charge>(
        r#"{"customer":"c","previous":null,"amount":-1,"ids":[]}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(
        error.starts_with("amount: invalid value: integer `-1`"),
        "{error}"
    );
}

#[test]
fn the_docs_show_the_inner_type() {
    let doc = CustomerId::DOC;
    assert_eq!(
        (doc.name, doc.description, doc.newtype_of, doc.fields.len()),
        (
            "CustomerId",
            "A customer's identifier, `cus_...`.",
            Some("String"),
            0
        )
    );
    assert_eq!(Amount::<u8>::DOC.newtype_of, Some("T"));
    assert_eq!(
        doc.to_markdown(),
        "# CustomerId\n\nA customer's identifier, `cus_...`.\n\nOn the wire: `String`, as it is.\n"
    );
}
