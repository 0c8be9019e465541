//! The attributes of unions and their variants, generic unions, the kinds of derived types,
//! and formats beyond JSON.

use callparty::{ApiEnum, ApiModel, ApiUnion, JsonKind, JsonValueKind, UnknownVariant};

use crate::{decode, encode, rejects, round_trips};

/// A runtime path through a module that re-exports all of `callparty`.
mod runtime {
    pub use callparty::*;
}

#[derive(ApiUnion, Debug, PartialEq)]
#[api(rename_all = "snake_case", rename = "Destination", crate = "runtime")]
enum Target {
    PhoneNumber(String),
    #[api(rename = "ext", alias = "extension_number")]
    ExtensionNumber(u32),
    #[api(other)]
    Unknown(UnknownVariant),
}

#[test]
fn rename_all_rename_alias_and_crate_apply_to_a_one_key_union() {
    assert_eq!(
        decode::<Target>(r#"{"phone_number":"+1"}"#),
        Target::PhoneNumber("+1".into())
    );
    round_trips::<Target>(r#"{"ext":103}"#);
    assert_eq!(
        decode::<Target>(r#"{"extension_number":103}"#),
        Target::ExtensionNumber(103)
    );
    // A name the rule did not make is an unknown key, kept.
    let Target::Unknown(unknown) = decode::<Target>(r#"{"phoneNumber":"+1"}"#) else {
        panic!("camelCase is not this union's rule")
    };
    assert_eq!(unknown.tag(), "phoneNumber");
    assert_eq!(Target::DOC.name, "Destination");
    rejects::<Target>("{}", "Destination needs exactly one key");
}

#[derive(ApiModel, Debug, PartialEq)]
struct Page<T> {
    items: Vec<T>,
}

#[derive(ApiUnion, Debug, PartialEq)]
#[api(tag = "kind")]
enum Listing<T> {
    Page(Page<T>),
    Empty,
}

#[derive(ApiUnion, Debug, PartialEq)]
enum Wrapped<T> {
    Value(T),
}

/// Boxed models keep a union small; a tagged variant can hold one.
#[derive(ApiUnion, Debug, PartialEq)]
#[api(tag = "kind")]
enum Boxed {
    Page(Box<Page<u8>>),
}

#[test]
fn a_tagged_variant_holds_a_boxed_model() {
    round_trips::<Boxed>(r#"{"kind":"Page","items":[1]}"#);
    assert_eq!(Boxed::DOC.variants[0].ty, "Box<Page<u8>>");
    assert_eq!(<Box<Page<u8>> as ApiModel>::DOC.name, "Page");
}

#[test]
fn generic_unions_decode_and_encode() {
    let listing: Listing<u8> = decode(r#"{"items":[1,2],"kind":"Page"}"#);
    assert_eq!(listing, Listing::Page(Page { items: vec![1, 2] }));
    assert_eq!(encode(&listing), r#"{"kind":"Page","items":[1,2]}"#);
    round_trips::<Listing<String>>(r#"{"kind":"Empty"}"#);
    round_trips::<Wrapped<Vec<bool>>>(r#"{"value":[true]}"#);
}

/// Direction of a call
#[derive(ApiEnum, Debug, PartialEq)]
enum Direction {
    Inbound,
    Outbound,
}

#[derive(ApiUnion, Debug, PartialEq)]
#[api(untagged)]
enum Setting {
    Flag(bool),
    Level(f64),
    Direction(Direction),
    Nested(Target),
}

#[test]
fn derived_types_have_their_json_kind() {
    assert_eq!(<Direction as JsonValueKind>::KIND, JsonKind::Text);
    assert_eq!(<Page<u8> as JsonValueKind>::KIND, JsonKind::Object);
    assert_eq!(<Target as JsonValueKind>::KIND, JsonKind::Object);
    assert_eq!(<Listing<u8> as JsonValueKind>::KIND, JsonKind::Object);
    for (json, value) in [
        ("true", Setting::Flag(true)),
        ("-1.5", Setting::Level(-1.5)),
        ("3", Setting::Level(3.0)),
        (r#""Outbound""#, Setting::Direction(Direction::Outbound)),
        (r#"{"ext":7}"#, Setting::Nested(Target::ExtensionNumber(7))),
    ] {
        assert_eq!(decode::<Setting>(json), value, "{json}");
    }
    // An enum variant of a by-kind union still rejects what it does not know, at its path.
    rejects::<Setting>(r#""Sideways""#, "unknown Direction value \"Sideways\"");
    let wires: Vec<&str> = Setting::DOC.variants.iter().map(|v| v.wire_name).collect();
    assert_eq!(wires, ["boolean", "number", "string", "object"]);
}

#[test]
fn unions_go_through_serde_json_values_and_yaml() {
    let value = serde_json::json!({"type": "deleted", "id": 4, "later": true});
    let event: crate::fixtures::Event = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(serde_json::to_value(&event).unwrap(), value);

    let yaml = "type: created\nid: 7\nname: a\n";
    let event: crate::fixtures::Event = serde_norway::from_str(yaml).unwrap();
    assert_eq!(serde_norway::to_string(&event).unwrap(), yaml);
    let target: crate::fixtures::Target = serde_norway::from_str("extension: '62'\n").unwrap();
    assert_eq!(
        serde_norway::to_string(&target).unwrap(),
        "extensionId: '62'\n"
    );
    let by_kind: crate::fixtures::CustomerRef = serde_norway::from_str("[1, 2]").unwrap();
    assert_eq!(by_kind, crate::fixtures::CustomerRef::Ids(vec![1, 2]));
}

// The description of the union comes from its doc comment, including one built by a macro.
#[doc = concat!("Where a call ", "goes")]
#[derive(ApiUnion)]
enum Documented {
    /// First line
    ///
    /// second paragraph
    #[deprecated = "use another"]
    Old(String),
}

#[test]
fn docs_come_from_doc_comments() {
    assert_eq!(Documented::DOC.description, "Where a call goes");
    let variant = &Documented::DOC.variants[0];
    assert_eq!(variant.description, "First line\n\nsecond paragraph");
    assert!(variant.deprecated);
    assert_eq!((variant.wire_name, variant.ty), ("old", "String"));
}
