//! Issue 16, "Wrong meaning, silently": what the derives read into a model's fields and docs
//! must match what serde_derive and rustdoc read.

use std::cell::Cell;

use callparty::ApiModel;
use serde_json::json;

/// Item 8: `Option` behind an alias, a type macro or a type parameter. The derive cannot see
/// that these are `Option`s, so they are written like any other field (`None` as `null`) and
/// documented as required; a missing one still reads as `None`, as serde_derive does.
type Maybe<T> = Option<T>;

macro_rules! optional {
    ($ty:ty) => {
        Option<$ty>
    };
}

#[derive(ApiModel, Debug, PartialEq)]
struct Hidden {
    id: String,
    nick: Maybe<String>,
    count: optional!(u8),
}

#[derive(ApiModel, Debug, PartialEq)]
struct Generic<T> {
    value: T,
}

#[test]
fn option_behind_an_alias_a_macro_or_a_parameter_reads_a_missing_field_as_none() {
    let read: Hidden = serde_json::from_str(r#"{"id":"h"}"#).unwrap();
    assert_eq!((read.nick.as_deref(), read.count), (None, None));
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"id":"h","nick":null,"count":null}"#
    );
    let read: Generic<Option<u8>> = serde_json::from_str("{}").unwrap();
    assert_eq!(read.value, None);
    let error = serde_json::from_str::<Generic<u8>>("{}").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#"missing field "value" in Generic"#),
        "{error}"
    );
    let error = serde_json::from_str::<Hidden>("{}").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#"missing field "id" in Hidden"#),
        "{error}"
    );
    // In the docs they are what the derive can see: required.
    let required: Vec<bool> = Hidden::DOC
        .fields
        .iter()
        .map(|field| field.required)
        .collect();
    assert_eq!(required, [true, true, true]);
}

/**
 * Information on a party
 *   of a call, indented
 */
#[derive(ApiModel)]
struct BlockDocs {
    /** Internal identifier */
    id: Option<String>,
    /**
       Without decoration
       on two lines
    */
    name: Option<String>,
}

/// Item 11: rustdoc strips the ` * ` decoration and the common indentation of block doc
/// comments, and the blank first and last lines.
#[test]
fn block_doc_comments_lose_their_decoration() {
    assert_eq!(
        BlockDocs::DOC.description,
        "Information on a party\n  of a call, indented"
    );
    assert_eq!(BlockDocs::DOC.fields[0].description, "Internal identifier");
    assert_eq!(
        BlockDocs::DOC.fields[1].description,
        "Without decoration\non two lines"
    );
}

thread_local! {
    static DEFAULTS_MADE: Cell<u32> = const { Cell::new(0) };
}

/// Counts how often its `Default` runs.
#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, PartialEq)]
struct Counted(u32);

impl Default for Counted {
    fn default() -> Self {
        DEFAULTS_MADE.set(DEFAULTS_MADE.get() + 1);
        Counted(0)
    }
}

// It reads what a `u32` reads; the `schemars` feature asks every field type to say so.
impl callparty::doc::Describe for Counted {
    const TYPE: &'static callparty::doc::TypeRef = <u32 as callparty::doc::Describe>::TYPE;
}

#[derive(ApiModel, Debug, PartialEq)]
struct WithDefault {
    id: Option<String>,
    #[api(default)]
    count: Counted,
}

#[derive(ApiModel, Debug, PartialEq)]
struct WithDefaultAndRequired {
    id: String,
    #[api(default)]
    count: Counted,
}

/// Item 12: `Default::default()` runs for a missing key only, as serde_derive's `default`.
#[test]
fn api_default_is_called_for_a_missing_key_only() {
    DEFAULTS_MADE.set(0);
    let read: WithDefault = serde_json::from_value(json!({"count": 5})).unwrap();
    assert_eq!(read.count, Counted(5));
    let read: WithDefaultAndRequired =
        serde_json::from_value(json!({"id": "x", "count": 5})).unwrap();
    assert_eq!(read.count, Counted(5));
    assert_eq!(DEFAULTS_MADE.get(), 0);

    let read: WithDefault = serde_json::from_value(json!({})).unwrap();
    assert_eq!(read.count, Counted(0));
    let read: WithDefaultAndRequired = serde_json::from_value(json!({"id": "x"})).unwrap();
    assert_eq!(read.count, Counted(0));
    assert_eq!(DEFAULTS_MADE.get(), 2);
}
