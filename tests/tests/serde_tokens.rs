//! The serde data model of models and enums, checked token by token with `serde_test`.
//! Human-readable formats get a struct that leaves out `None` (a map when the model has an
//! `extra` field); compact formats get every declared field in order.

use std::collections::BTreeMap;

use callparty::{ApiEnum, ApiModel, UnknownValue};
use serde_test::{
    Compact, Configure, Readable, Token, assert_de_tokens, assert_de_tokens_error,
    assert_ser_tokens, assert_ser_tokens_error, assert_tokens,
};

#[derive(ApiEnum, Debug, Clone, PartialEq)]
enum Direction {
    Inbound,
    Outbound,
}

#[derive(ApiEnum, Debug, Clone, PartialEq)]
enum Code {
    Setup,
    #[api(alias = "Voicemail")]
    VoiceMail,
    #[api(other)]
    Unknown(UnknownValue),
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(rename = "CallParty")]
struct Party {
    id: String,
    #[api(alias = "isMuted")]
    muted: Option<bool>,
    direction: Option<Direction>,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
struct Status {
    code: Option<Code>,
    #[api(extra)]
    extra: BTreeMap<String, serde_json::Value>,
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(deny_unknown_fields)]
struct Strict {
    id: Option<String>,
}

fn party(muted: Option<bool>) -> Party {
    Party {
        id: "p-1".into(),
        muted,
        direction: Some(Direction::Outbound),
    }
}

fn code(value: &str) -> Code {
    Code::from(value)
}

#[test]
fn a_readable_model_is_a_struct_without_its_none_fields() {
    assert_tokens(
        &party(None).readable(),
        &[
            Token::Struct {
                name: "CallParty",
                len: 2,
            },
            Token::Str("id"),
            Token::Str("p-1"),
            Token::Str("direction"),
            Token::Some,
            Token::Str("Outbound"),
            Token::StructEnd,
        ],
    );
    assert_tokens(
        &party(Some(true)).readable(),
        &[
            Token::Struct {
                name: "CallParty",
                len: 3,
            },
            Token::Str("id"),
            Token::Str("p-1"),
            Token::Str("muted"),
            Token::Some,
            Token::Bool(true),
            Token::Str("direction"),
            Token::Some,
            Token::Str("Outbound"),
            Token::StructEnd,
        ],
    );
}

#[test]
fn a_compact_model_writes_every_field_in_order() {
    assert_tokens(
        &party(None).compact(),
        &[
            Token::Struct {
                name: "CallParty",
                len: 3,
            },
            Token::Str("id"),
            Token::Str("p-1"),
            Token::Str("muted"),
            Token::None,
            Token::Str("direction"),
            Token::Some,
            Token::Str("Outbound"),
            Token::StructEnd,
        ],
    );
}

#[test]
fn a_model_reads_from_a_map_in_any_order_and_with_aliases() {
    assert_de_tokens(
        &party(Some(false)).readable(),
        &[
            Token::Map { len: None },
            Token::String("direction"),
            Token::Some,
            Token::Str("Outbound"),
            Token::BorrowedStr("isMuted"),
            Token::Some,
            Token::Bool(false),
            Token::Str("ignored"),
            Token::Seq { len: Some(1) },
            Token::U8(1),
            Token::SeqEnd,
            Token::Str("id"),
            Token::String("p-1"),
            Token::MapEnd,
        ],
    );
}

#[test]
fn a_compact_model_reads_from_a_sequence_by_position() {
    assert_de_tokens(
        &party(None).compact(),
        &[
            Token::Seq { len: Some(3) },
            Token::Str("p-1"),
            Token::None,
            Token::Some,
            Token::Str("Outbound"),
            Token::SeqEnd,
        ],
    );
    // Optional fields may be cut off at the end.
    assert_de_tokens(
        &Party {
            direction: None,
            ..party(None)
        }
        .compact(),
        &[
            Token::Seq { len: Some(1) },
            Token::Str("p-1"),
            Token::SeqEnd,
        ],
    );
    assert_de_tokens_error::<Compact<Party>>(
        &[Token::Seq { len: Some(0) }, Token::SeqEnd],
        "invalid length 0, expected a CallParty object",
    );
}

/// In a sequence, a bad element fails the model wherever it stands, the last one included:
/// the fields after it are not read and do not default over it.
#[test]
fn a_bad_element_of_a_sequence_is_an_error() {
    assert_de_tokens_error::<Compact<Party>>(
        &[
            Token::Seq { len: Some(3) },
            Token::Str("p-1"),
            Token::Str("yes"),
        ],
        r#"invalid type: string "yes", expected option"#,
    );
    assert_de_tokens_error::<Compact<Party>>(
        &[
            Token::Seq { len: Some(3) },
            Token::Str("p-1"),
            Token::None,
            Token::Some,
            Token::Str("Sideways"),
        ],
        r#"unknown Direction value "Sideways", expected one of "Inbound", "Outbound""#,
    );
}

thread_local! {
    static DEFAULTS_MADE: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

fn counted_default() -> u32 {
    DEFAULTS_MADE.set(DEFAULTS_MADE.get() + 1);
    7
}

/// A defaulted field before a required one.
#[derive(ApiModel, Debug, PartialEq)]
struct Retry {
    #[api(default = "counted_default")]
    attempts: u32,
    id: String,
}

/// A defaulted field last.
#[derive(ApiModel, Debug, PartialEq)]
struct Backoff {
    id: String,
    #[api(default = "counted_default")]
    attempts: u32,
}

/// A `default = "..."` function of a field that a sequence cuts off runs once the model is
/// complete, so not at all when a later field is missing (serde_derive's runs first, then
/// fails): a default with side effects runs only for a value that is returned.
#[test]
fn a_default_function_runs_only_for_a_model_that_decodes() {
    DEFAULTS_MADE.set(0);
    assert_de_tokens_error::<Compact<Retry>>(
        &[Token::Seq { len: Some(0) }, Token::SeqEnd],
        "invalid length 1, expected a Retry object",
    );
    assert_eq!(DEFAULTS_MADE.get(), 0);
    assert_de_tokens(
        &Backoff {
            id: "r".into(),
            attempts: 7,
        }
        .compact(),
        &[Token::Seq { len: Some(1) }, Token::Str("r"), Token::SeqEnd],
    );
    assert!(DEFAULTS_MADE.get() > 0);
}

#[test]
fn decoding_errors_of_a_model() {
    assert_de_tokens_error::<Readable<Party>>(
        &[
            Token::Struct {
                name: "CallParty",
                len: 1,
            },
            Token::Str("muted"),
            Token::None,
            Token::StructEnd,
        ],
        r#"missing field "id" in CallParty"#,
    );
    assert_de_tokens_error::<Readable<Party>>(
        &[
            Token::Map { len: None },
            Token::Str("muted"),
            Token::Some,
            Token::Bool(true),
            Token::Str("isMuted"),
        ],
        r#"duplicate field "muted" in CallParty"#,
    );
    assert_de_tokens_error::<Readable<Strict>>(
        &[Token::Map { len: None }, Token::Str("colour")],
        r#"unknown field "colour" in Strict, expected "id""#,
    );
}

#[test]
fn a_readable_model_with_extra_fields_is_a_map() {
    let mut status = Status {
        code: Some(code("VMScreening")),
        extra: BTreeMap::new(),
    };
    status
        .extra
        .insert("rcc".into(), serde_json::Value::Bool(true));
    assert_tokens(
        &status.clone().readable(),
        &[
            Token::Map { len: Some(2) },
            Token::Str("code"),
            Token::Some,
            Token::Str("VMScreening"),
            Token::Str("rcc"),
            Token::Bool(true),
            Token::MapEnd,
        ],
    );
    status.extra.clear();
    status.code = None;
    assert_tokens(
        &status.readable(),
        &[Token::Map { len: Some(0) }, Token::MapEnd],
    );
}

#[test]
fn a_compact_model_with_an_empty_extra_map_is_a_struct() {
    let status = Status {
        code: Some(code("Voicemail")),
        extra: BTreeMap::new(),
    };
    assert_tokens(
        &status.compact(),
        &[
            Token::Struct {
                name: "Status",
                len: 1,
            },
            Token::Str("code"),
            Token::Some,
            Token::Str("VoiceMail"),
            Token::StructEnd,
        ],
    );
}

#[test]
fn a_compact_model_cannot_carry_extra_fields() {
    let mut status = Status {
        code: None,
        extra: BTreeMap::new(),
    };
    status
        .extra
        .insert("rcc".into(), serde_json::Value::Bool(true));
    assert_ser_tokens_error(
        &status.compact(),
        &[
            Token::Struct {
                name: "Status",
                len: 1,
            },
            Token::Str("code"),
            Token::None,
        ],
        "Status holds 1 undeclared field(s) in its `extra` map, which a format that is not \
         human-readable cannot carry; encode it as JSON instead",
    );
}

#[test]
fn enums_are_strings() {
    assert_tokens(&Direction::Inbound, &[Token::Str("Inbound")]);
    assert_tokens(&code("Setup"), &[Token::Str("Setup")]);
    assert_tokens(&code("Later"), &[Token::Str("Later")]);
    assert_ser_tokens(&code("Voicemail"), &[Token::Str("VoiceMail")]);
    assert_de_tokens(&Code::VoiceMail, &[Token::BorrowedStr("Voicemail")]);
    assert_de_tokens(&code("Later"), &[Token::String("Later")]);
    assert_de_tokens(&Direction::Outbound, &[Token::Bytes(b"Outbound")]);
    // The same in either configuration: a string is a string.
    assert_tokens(&Direction::Outbound.compact(), &[Token::Str("Outbound")]);
    assert_tokens(&Direction::Outbound.readable(), &[Token::Str("Outbound")]);
}

#[test]
fn decoding_errors_of_enums() {
    assert_de_tokens_error::<Direction>(
        &[Token::Str("Sideways")],
        r#"unknown Direction value "Sideways", expected one of "Inbound", "Outbound""#,
    );
    assert_de_tokens_error::<Direction>(
        &[Token::String("inbound")],
        r#"unknown Direction value "inbound", expected one of "Inbound", "Outbound""#,
    );
    assert_de_tokens_error::<Code>(
        &[Token::U8(1)],
        "invalid type: integer `1`, expected a Code string",
    );
}
