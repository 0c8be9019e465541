//! serde's `default = "path"`, `skip_serializing` and `skip_deserializing`, with serde's
//! meanings: the function is called for a missing key only; a field skipped one way is still
//! read or written the other.

use std::cell::Cell;

use callparty::ApiModel;
use serde_test::{Configure, Token, assert_de_tokens};

thread_local! {
    // Per thread: the other tests, on threads of their own, read `Settings` too, and a shared
    // counter made the counts below race with them.
    static DEFAULTS_MADE: Cell<usize> = const { Cell::new(0) };
}

fn three() -> u32 {
    DEFAULTS_MADE.set(DEFAULTS_MADE.get() + 1);
    3
}

fn sandbox() -> String {
    "sandbox".to_owned()
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(rename_all = "snake_case")]
struct Settings {
    #[api(default = "three")]
    retries: u32,
    #[api(default = "sandbox")]
    mode: String,
    #[api(skip_serializing)]
    password: Option<String>,
    #[api(skip_deserializing)]
    computed: u32,
    #[api(skip_deserializing, default = "sandbox")]
    region: String,
    #[api(skip, default = "sandbox")]
    cache: String,
}

/// A model whose only fields have a default function: no `Default` impl is needed.
#[derive(ApiModel, Debug, PartialEq)]
struct Port {
    #[api(default = "Port::http")]
    number: Wrapped,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Wrapped(u16);

impl Port {
    fn http() -> Wrapped {
        Wrapped(80)
    }
}

#[test]
fn a_default_function_is_called_for_a_missing_key_only() {
    let before = DEFAULTS_MADE.get();
    let read: Settings = serde_json::from_str(r#"{"retries":7,"mode":"live"}"#).unwrap();
    assert_eq!((read.retries, read.mode.as_str()), (7, "live"));
    assert_eq!(DEFAULTS_MADE.get(), before);

    let read: Settings = serde_json::from_str("{}").unwrap();
    assert_eq!((read.retries, read.mode.as_str()), (3, "sandbox"));
    assert_eq!(DEFAULTS_MADE.get(), before + 1);

    let port: Port = serde_json::from_str("{}").unwrap();
    assert_eq!(port.number, Wrapped(80));
}

#[test]
fn skipped_one_way_is_used_the_other() {
    let read: Settings =
        serde_json::from_str(r#"{"password":"hunter2","computed":99,"region":"eu","cache":"x"}"#)
            .unwrap();
    assert_eq!(
        read.password.as_deref(),
        Some("hunter2"),
        "read, never written"
    );
    assert_eq!(read.computed, 0, "written, never read: its default");
    assert_eq!(
        read.region, "sandbox",
        "written, never read: its default function"
    );
    assert_eq!(
        read.cache, "sandbox",
        "never read or written: its default function"
    );
    let written = serde_json::to_string(&Settings {
        computed: 12,
        region: "us".into(),
        ..read
    })
    .unwrap();
    assert_eq!(
        written,
        r#"{"retries":3,"mode":"sandbox","computed":12,"region":"us"}"#
    );
}

#[test]
fn the_docs_list_fields_read_or_written() {
    let fields: Vec<(&str, bool)> = Settings::DOC
        .fields
        .iter()
        .map(|field| (field.wire_name, field.required))
        .collect();
    assert_eq!(
        fields,
        [
            ("retries", false),
            ("mode", false),
            ("password", false),
            ("computed", false),
            ("region", false),
        ]
    );
}

#[test]
fn a_short_sequence_takes_the_default_function() {
    assert_de_tokens(
        &Port {
            number: Wrapped(80),
        }
        .compact(),
        &[Token::Seq { len: Some(0) }, Token::SeqEnd],
    );
}
