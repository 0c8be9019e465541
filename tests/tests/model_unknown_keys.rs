//! Keys a model does not declare: kept by an `#[api(extra)]` map and written back after the
//! declared fields, ignored without one, rejected under `deny_unknown_fields`; and duplicate
//! keys, which are always an error.

use std::collections::{BTreeMap, HashMap};

use callparty::ApiModel;
use serde_json::{Value, json};

#[derive(ApiModel, Debug, PartialEq)]
struct Party {
    id: Option<String>,
    muted: Option<bool>,
    #[api(extra)]
    extra: BTreeMap<String, Value>,
}

#[derive(ApiModel, Debug, PartialEq)]
struct HashParty {
    id: Option<String>,
    #[api(extra)]
    rest: HashMap<String, Value>,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Plain {
    id: Option<String>,
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(deny_unknown_fields)]
struct Strict {
    id: Option<String>,
    #[api(alias = "displayName")]
    name: Option<String>,
}

#[derive(ApiModel, Debug, PartialEq)]
struct WithAlias {
    #[api(rename = "from", alias = "source")]
    from_: Option<String>,
}

const PARTY: &str = r#"{"id":"p-1","brandId":"1210","muted":false,"attributes":{"queueCall":true},"metadata":[1,2.5,null]}"#;

#[test]
fn unknown_keys_go_into_the_extra_map() {
    let party: Party = serde_json::from_str(PARTY).unwrap();
    assert_eq!(party.id.as_deref(), Some("p-1"));
    assert_eq!(party.muted, Some(false));
    let kept: Vec<&str> = party.extra.keys().map(String::as_str).collect();
    assert_eq!(kept, ["attributes", "brandId", "metadata"]);
    assert_eq!(party.extra["attributes"], json!({"queueCall": true}));
    assert_eq!(party.extra["metadata"], json!([1, 2.5, null]));
}

#[test]
fn extra_entries_are_written_after_the_declared_fields() {
    let mut extra = BTreeMap::new();
    extra.insert("aaa".to_owned(), json!(1));
    extra.insert("zzz".to_owned(), json!("last"));
    let party = Party {
        id: Some("p-2".into()),
        muted: None,
        extra,
    };
    // `aaa` sorts before `id`, yet comes after it: declared fields first.
    assert_eq!(
        serde_json::to_string(&party).unwrap(),
        r#"{"id":"p-2","aaa":1,"zzz":"last"}"#
    );
}

#[test]
fn decode_then_encode_loses_nothing() {
    let party: Party = serde_json::from_str(PARTY).unwrap();
    let written = serde_json::to_string(&party).unwrap();
    let before: Value = serde_json::from_str(PARTY).unwrap();
    let after: Value = serde_json::from_str(&written).unwrap();
    assert_eq!(after, before);
    assert_eq!(serde_json::from_str::<Party>(&written).unwrap(), party);
}

#[test]
fn a_hash_map_keeps_unknown_keys_too() {
    let read: HashParty =
        serde_json::from_str(r#"{"extensionId":"62001001","id":"p-3","flag":null}"#).unwrap();
    assert_eq!(read.id.as_deref(), Some("p-3"));
    assert_eq!(read.rest.len(), 2);
    assert_eq!(read.rest["extensionId"], json!("62001001"));
    assert_eq!(read.rest["flag"], Value::Null);
    let written = serde_json::to_string(&read).unwrap();
    assert!(written.starts_with(r#"{"id":"p-3","#), "{written}");
    let again: Value = serde_json::from_str(&written).unwrap();
    assert_eq!(
        again,
        json!({"extensionId": "62001001", "id": "p-3", "flag": null})
    );
}

#[test]
fn an_empty_extra_map_writes_nothing() {
    let party = Party {
        id: None,
        muted: Some(true),
        extra: BTreeMap::new(),
    };
    assert_eq!(serde_json::to_string(&party).unwrap(), r#"{"muted":true}"#);
}

#[test]
fn without_an_extra_field_unknown_keys_are_ignored() {
    let read: Plain = serde_json::from_str(PARTY).unwrap();
    assert_eq!(read.id.as_deref(), Some("p-1"));
    assert_eq!(serde_json::to_string(&read).unwrap(), r#"{"id":"p-1"}"#);
}

#[test]
fn deny_unknown_fields_names_the_key_and_the_expected_ones() {
    let error = serde_json::from_str::<Strict>(r#"{"id":"1","colour":"red"}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"unknown field "colour" in Strict, expected one of "id", "name", "displayName" at line 1 column 18"#
    );
    let read: Strict = serde_json::from_str(r#"{"displayName":"Ada"}"#).unwrap();
    assert_eq!(read.name.as_deref(), Some("Ada"));
}

// `Plain` and `WithAlias` have one field each, so the derive reads them inline
// (`fill_in_place_inline`); the duplicate `id` of a `CallParty` in `bad_payloads.rs` goes
// through the shared, out-of-line `fill_in_place` of larger models.
#[test]
fn a_duplicate_key_is_an_error() {
    let error = serde_json::from_str::<Plain>(r#"{"id":"a","id":"b"}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#"duplicate field "id" in Plain"#),
        "{error}"
    );
    // Even when the first value was `null`.
    let error = serde_json::from_str::<Plain>(r#"{"id":null,"id":"b"}"#).unwrap_err();
    assert!(error.to_string().starts_with("duplicate field"), "{error}");
}

#[test]
fn a_name_and_its_alias_together_are_a_duplicate() {
    let error = serde_json::from_str::<WithAlias>(r#"{"source":"a","from":"b"}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#"duplicate field "from" in WithAlias"#),
        "{error}"
    );
}

#[test]
fn a_duplicate_unknown_key_is_an_error_too() {
    let error = serde_json::from_str::<Party>(r#"{"brandId":"1","brandId":"2"}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#"duplicate field "brandId" in Party"#),
        "{error}"
    );
    let error =
        serde_json::from_str::<HashParty>(r#"{"brandId":"1","x":0,"brandId":"2"}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"duplicate field "brandId" in HashParty at line 1 column 30"#
    );
}

#[test]
fn escaped_unknown_keys_are_kept_unescaped() {
    let read: Party = serde_json::from_str(r#"{"caf\u00e9":1,"new\nline":2}"#).unwrap();
    assert_eq!(read.extra["café"], json!(1));
    assert_eq!(read.extra["new\nline"], json!(2));
}
