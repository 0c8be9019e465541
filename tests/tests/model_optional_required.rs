//! Optional, required, defaulted and skipped fields: what a missing key, a `null` and a
//! `None` mean on input and output.

use callparty::ApiModel;

#[derive(ApiModel, Debug, PartialEq)]
struct Recording {
    id: Option<String>,
    active: Option<bool>,
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(rename = "MetaData")]
struct Meta {
    values: Vec<String>,
    note: Option<String>,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Counter {
    name: String,
    #[api(default)]
    hits: u32,
    #[api(default)]
    tags: Vec<String>,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Cached {
    id: String,
    #[api(skip)]
    cache: Vec<u8>,
    #[api(skip)]
    seen: u64,
}

#[test]
fn missing_and_null_both_read_as_none() {
    let missing: Recording = serde_json::from_str("{}").unwrap();
    assert_eq!(
        missing,
        Recording {
            id: None,
            active: None
        }
    );
    let null: Recording = serde_json::from_str(r#"{"id":null,"active":null}"#).unwrap();
    assert_eq!(null, missing);
    let set: Recording = serde_json::from_str(r#"{"id":"r-77","active":false}"#).unwrap();
    assert_eq!(set.id.as_deref(), Some("r-77"));
    assert_eq!(set.active, Some(false));
}

#[test]
fn none_is_omitted_from_json() {
    let partly = Recording {
        id: Some("r-1".into()),
        active: None,
    };
    assert_eq!(serde_json::to_string(&partly).unwrap(), r#"{"id":"r-1"}"#);
    let empty = Recording {
        id: None,
        active: None,
    };
    assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
    // `Some(false)` is a value, not an absence.
    let flag = Recording {
        id: None,
        active: Some(false),
    };
    assert_eq!(serde_json::to_string(&flag).unwrap(), r#"{"active":false}"#);
}

#[test]
fn a_missing_required_field_names_the_wire_name_and_the_model() {
    let error = serde_json::from_str::<Meta>(r#"{"note":"x"}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"missing field "values" in MetaData at line 1 column 12"#
    );
    let error = callparty::json::from_str::<Meta>("{}").unwrap_err();
    assert!(
        error
            .to_string()
            .contains(r#"missing field "values" in MetaData"#),
        "{error}"
    );
}

#[test]
fn null_is_not_a_value_for_a_required_field() {
    let error = serde_json::from_str::<Meta>(r#"{"values":null}"#).unwrap_err();
    assert!(error.to_string().contains("invalid type: null"), "{error}");
}

#[test]
fn required_fields_are_always_written() {
    let meta = Meta {
        values: Vec::new(),
        note: None,
    };
    assert_eq!(serde_json::to_string(&meta).unwrap(), r#"{"values":[]}"#);
}

#[test]
fn a_defaulted_field_may_be_missing() {
    let read: Counter = serde_json::from_str(r#"{"name":"a"}"#).unwrap();
    assert_eq!(
        read,
        Counter {
            name: "a".into(),
            hits: 0,
            tags: Vec::new()
        }
    );
    let read: Counter = serde_json::from_str(r#"{"name":"a","hits":3,"tags":["x"]}"#).unwrap();
    assert_eq!((read.hits, read.tags), (3, vec!["x".to_owned()]));
    let error = serde_json::from_str::<Counter>(r#"{"hits":3}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#"missing field "name" in Counter"#),
        "{error}"
    );
}

#[test]
fn a_defaulted_field_is_still_written() {
    let counter = Counter {
        name: "a".into(),
        hits: 0,
        tags: Vec::new(),
    };
    assert_eq!(
        serde_json::to_string(&counter).unwrap(),
        r#"{"name":"a","hits":0,"tags":[]}"#
    );
}

#[test]
fn a_skipped_field_is_never_read_or_written() {
    let value = Cached {
        id: "x".into(),
        cache: vec![1, 2],
        seen: 9,
    };
    assert_eq!(serde_json::to_string(&value).unwrap(), r#"{"id":"x"}"#);
    // The key of a skipped field is just an unknown key: ignored, and the field is default.
    let read: Cached = serde_json::from_str(r#"{"id":"y","cache":[5],"seen":4}"#).unwrap();
    assert_eq!(
        read,
        Cached {
            id: "y".into(),
            cache: Vec::new(),
            seen: 0
        }
    );
}

/// Without required fields the derive reads into the model in place; these pin down that
/// shape's own bookkeeping: duplicates, defaults and skipped fields.
#[derive(ApiModel, Debug, PartialEq)]
struct Tally {
    note: Option<String>,
    #[api(default)]
    hits: u32,
    #[api(default)]
    tags: Vec<String>,
    #[api(skip)]
    cache: Vec<u8>,
}

#[test]
fn a_field_given_twice_is_an_error_even_when_the_first_was_null() {
    let error = serde_json::from_str::<Recording>(r#"{"id":null,"id":"r-2"}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"duplicate field "id" in Recording at line 1 column 15"#
    );
    let error = serde_json::from_str::<Tally>(r#"{"tags":[],"hits":1,"tags":["a"]}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"duplicate field "tags" in Tally at line 1 column 26"#
    );
}

#[test]
fn fields_read_in_place_start_empty_and_keep_what_was_read() {
    let tally: Tally = serde_json::from_str(r#"{"hits":3,"cache":[1]}"#).unwrap();
    assert_eq!(
        tally,
        Tally {
            note: None,
            hits: 3,
            tags: Vec::new(),
            cache: Vec::new(),
        }
    );
    let tally: Tally = serde_json::from_str(r#"{"tags":["a","b"],"note":"n"}"#).unwrap();
    assert_eq!(tally.tags, ["a", "b"]);
    assert_eq!(tally.note.as_deref(), Some("n"));
    assert_eq!(tally.hits, 0);
}

#[test]
fn a_short_sequence_leaves_the_remaining_fields_empty() {
    use serde_test::{Configure, Token, assert_de_tokens};
    let tally = Tally {
        note: Some("n".into()),
        hits: 7,
        tags: Vec::new(),
        cache: Vec::new(),
    };
    assert_de_tokens(
        &tally.compact(),
        &[
            Token::Seq { len: Some(2) },
            Token::Some,
            Token::Str("n"),
            Token::U32(7),
            Token::SeqEnd,
        ],
    );
}
