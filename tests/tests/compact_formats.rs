//! Compact formats (postcard here) write every declared field by position, so models with
//! `None` fields, nested models and unknown enum values decode again; a non-empty `extra`
//! map cannot be carried there and fails at serialize time with a clear error.

use std::collections::BTreeMap;

use callparty::{ApiEnum, ApiModel, Extra, UnknownValue};
use serde::Serialize;
use serde::de::DeserializeOwned;

#[derive(ApiEnum, Debug, Clone, PartialEq)]
enum Code {
    Setup,
    #[api(alias = "Voicemail")]
    VoiceMail,
    #[api(other)]
    Unknown(UnknownValue),
}

#[derive(ApiEnum, Debug, Clone, PartialEq)]
enum Direction {
    Inbound,
    Outbound,
}

#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
struct Status {
    code: Option<Code>,
    description: Option<String>,
    #[api(extra)]
    extra: Extra,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
struct Recording {
    id: String,
    #[api(alias = "isActive")]
    active: Option<bool>,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(deny_unknown_fields)]
struct StrictRecording {
    id: String,
    active: Option<bool>,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
struct Party {
    id: String,
    direction: Option<Direction>,
    muted: Option<bool>,
    status: Option<Status>,
    #[api(default)]
    attempts: u32,
    recordings: Option<Vec<Recording>>,
    #[api(skip)]
    cache: u64,
    #[api(extra)]
    extra: BTreeMap<String, serde_json::Value>,
}

fn postcard_round_trip<T: Serialize + DeserializeOwned>(value: &T) -> T {
    let bytes = postcard::to_allocvec(value).unwrap();
    postcard::from_bytes(&bytes).unwrap()
}

fn empty_party() -> Party {
    Party {
        id: "p-1".into(),
        direction: None,
        muted: None,
        status: None,
        attempts: 0,
        recordings: None,
        cache: 0,
        extra: BTreeMap::new(),
    }
}

#[test]
fn a_model_of_none_fields_round_trips() {
    let party = empty_party();
    assert_eq!(postcard_round_trip(&party), party);
}

#[test]
fn every_field_is_written_even_when_none() {
    // id (len + 3 bytes), then one byte per `None`, one for `attempts`, one for `recordings`.
    let bytes = postcard::to_allocvec(&empty_party()).unwrap();
    assert_eq!(bytes, [3, b'p', b'-', b'1', 0, 0, 0, 0, 0]);
}

#[test]
fn a_model_with_every_field_set_round_trips() {
    let party = Party {
        id: "p-2".into(),
        direction: Some(Direction::Inbound),
        muted: Some(false),
        status: Some(Status {
            code: Some(Code::VoiceMail),
            description: Some("Optional message".into()),
            extra: Extra::new(),
        }),
        attempts: 3,
        recordings: Some(vec![
            Recording {
                id: "r-1".into(),
                active: Some(true),
            },
            Recording {
                id: "r-2".into(),
                active: None,
            },
        ]),
        cache: 0,
        extra: BTreeMap::new(),
    };
    assert_eq!(postcard_round_trip(&party), party);
}

#[test]
fn unknown_enum_values_round_trip() {
    let status = Status {
        code: Some(Code::from("VMScreening")),
        ..Status::default()
    };
    let back = postcard_round_trip(&status);
    assert_eq!(back.code.as_ref().map(Code::as_str), Some("VMScreening"));
    assert_eq!(back, status);
    let codes = vec![Code::Setup, Code::from("Later"), Code::from("Voicemail")];
    assert_eq!(postcard_round_trip(&codes), codes);
}

#[test]
fn json_input_survives_a_trip_through_postcard() {
    let json = r#"{"id":"p-3","isIgnored":null,"status":{"code":"Voicemail"},"recordings":[{"isActive":true,"id":"r"}]}"#;
    let mut party: Party = serde_json::from_str(json).unwrap();
    // The one unknown key has to go before postcard can carry the party.
    assert_eq!(party.extra.len(), 1);
    party.extra.clear();
    let back = postcard_round_trip(&party);
    assert_eq!(back, party);
    assert_eq!(
        serde_json::to_string(&back).unwrap(),
        r#"{"id":"p-3","status":{"code":"VoiceMail"},"attempts":0,"recordings":[{"id":"r","active":true}]}"#
    );
}

#[test]
fn a_skipped_field_is_not_carried() {
    let party = Party {
        cache: 99,
        ..empty_party()
    };
    assert_eq!(postcard_round_trip(&party).cache, 0);
}

#[test]
fn a_non_empty_extra_map_fails_at_serialize_time() {
    let mut status = Status::default();
    status
        .extra
        .insert("rcc".into(), serde_json::Value::Bool(true).into());
    status
        .extra
        .insert("parkData".into(), serde_json::Value::from("*801").into());
    let error = postcard::to_allocvec(&status).unwrap_err();
    // postcard keeps only the kind of a custom error; the message itself is checked with
    // `serde_test` in serde_tokens.rs.
    assert_eq!(error, postcard::Error::SerdeSerCustom);

    // A nested model's extra fields fail the whole value too.
    let party = Party {
        status: Some(status),
        ..empty_party()
    };
    assert!(postcard::to_allocvec(&party).is_err());
}

#[test]
fn truncated_input_is_an_error_not_a_default() {
    let bytes = postcard::to_allocvec(&empty_party()).unwrap();
    let result = postcard::from_bytes::<Party>(&bytes[..bytes.len() - 1]);
    assert!(result.is_err());
}

/// `value` reads back by position from postcard, and the same fields as a JSON array fail
/// with `expected`.
fn positions_only_in_compact_formats<T>(value: &T, expected: &str)
where
    T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    assert_eq!(&postcard_round_trip(value), value);
    let error = callparty::json::from_str::<T>(r#"["r-1",true]"#).unwrap_err();
    assert_eq!(error.to_string(), expected);
}

/// Positions are the compact formats' form. Unlike serde_derive's struct, a model does not
/// read a JSON array by position: no API sends one, and the model's schema describes an
/// object only. A model that denies unknown keys asks for serde's struct form (inside
/// `flatten` it must see only its own keys) and refuses the array itself.
#[test]
fn json_reads_no_model_from_an_array() {
    positions_only_in_compact_formats(
        &Recording {
            id: "r-1".into(),
            active: Some(true),
        },
        "invalid type: sequence, expected a Recording object at line 1 column 0 \
         (decoding Recording)",
    );
    positions_only_in_compact_formats(
        &StrictRecording {
            id: "r-1".into(),
            active: Some(true),
        },
        "invalid type: sequence, expected a StrictRecording object at line 1 column 1 \
         (decoding StrictRecording)",
    );
}
