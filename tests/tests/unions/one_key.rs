//! The one-key form: exactly one key, which names the variant.

use callparty::UnknownVariant;
use serde_json::json;

use crate::fixtures::{Pattern, Reply, Target};
use crate::{decode, decode_error, encode, rejects, round_trips};

#[test]
fn the_key_names_the_variant_and_the_value_is_its_field() {
    assert_eq!(
        decode::<Target>(r#"{"phoneNumber":"+16501234567"}"#),
        Target::PhoneNumber("+16501234567".into())
    );
    assert_eq!(
        decode::<Reply>(r#"{"replyWithPattern":{"pattern":"OnMyWay","time":5}}"#),
        Reply::ReplyWithPattern(Pattern {
            pattern: "OnMyWay".into(),
            time: Some(5),
        })
    );
    round_trips::<Target>(r#"{"extensionId":"62"}"#);
    round_trips::<Reply>(r#"{"replyWithText":"Busy"}"#);
}

#[test]
fn an_alias_is_read_and_the_wire_name_written() {
    let target: Target = decode(r#"{"extension":"62"}"#);
    assert_eq!(target, Target::ExtensionId("62".into()));
    assert_eq!(encode(&target), r#"{"extensionId":"62"}"#);
}

#[test]
fn an_empty_object_lists_the_keys_and_names_the_union() {
    let error = decode_error::<Target>("{}");
    assert_eq!(
        error.to_string(),
        "Target needs exactly one key, found none; expected one of \"phoneNumber\", \
         \"extensionId\", \"extension\", \"voicemail\" at line 1 column 2 (decoding Target)"
    );
}

#[test]
fn two_keys_are_an_error_that_names_both() {
    rejects::<Target>(
        r#"{"phoneNumber":"+1","voicemail":"62"}"#,
        r#"Target takes exactly one key, found "phoneNumber" and "voicemail""#,
    );
    // Whatever the second key is: it would be lost otherwise.
    rejects::<Target>(
        r#"{"voicemail":"62","later":1}"#,
        r#"Target takes exactly one key, found "voicemail" and "later""#,
    );
    rejects::<Target>(
        r#"{"later":1,"voicemail":"62"}"#,
        r#"Target takes exactly one key, found "later" and "voicemail""#,
    );
    let error = decode_error::<Reply>(r#"{"replyWithText":"a","replyWithText":"b"}"#);
    assert!(error.to_string().contains("exactly one key"), "{error}");
}

#[test]
fn an_unknown_key_is_kept_with_its_value_and_written_back() {
    // Keys inside the value in sorted order: `serde_json::Value` keeps objects sorted.
    let json = r#"{"sipUri":{"transport":["udp",1.5,null],"uri":"sip:62@example.com"}}"#;
    let target: Target = decode(json);
    let Target::Unknown(unknown) = &target else {
        panic!("{target:?}")
    };
    assert_eq!(unknown.tag(), "sipUri");
    assert_eq!(
        unknown.value(),
        &json!({"uri": "sip:62@example.com", "transport": ["udp", 1.5, null]})
    );
    assert_eq!(encode(&target), json);
}

#[test]
fn a_closed_union_rejects_an_unknown_key_listing_the_known_ones() {
    rejects::<Reply>(
        r#"{"replyWithEmoji":"👍"}"#,
        r#"unknown key "replyWithEmoji" in Reply, expected one of "replyWithText", "replyWithPattern""#,
    );
}

#[test]
fn a_bad_value_is_reported_at_its_path() {
    let error = decode_error::<Reply>(r#"{"replyWithPattern":{"pattern":"OnMyWay","time":"5"}}"#);
    assert_eq!(error.path(), "replyWithPattern.time");
    assert!(error.is_data());
    // A bad value of a known key is not taken for an unknown variant.
    let error = decode_error::<Target>(r#"{"phoneNumber":5}"#);
    assert_eq!(error.path(), "phoneNumber");
}

#[test]
fn anything_but_an_object_is_rejected() {
    rejects::<Target>(
        r#""phoneNumber""#,
        "invalid type: string \"phoneNumber\", expected a Target object with exactly one key",
    );
    assert!(callparty::json::from_str::<Target>("null").is_err());
    assert!(callparty::json::from_str::<Target>("[]").is_err());
}

#[test]
fn unknown_variants_compare_by_key_and_value() {
    let a: Target = decode(r#"{"x":1}"#);
    let b: Target = decode(r#"{"x":1}"#);
    let c: Target = decode(r#"{"x":2}"#);
    assert_eq!(a, b);
    assert_ne!(a, c);
    let Target::Unknown(unknown) = a else {
        panic!()
    };
    let copy: UnknownVariant = unknown.clone();
    assert_eq!(format!("{copy:?}"), r#"UnknownVariant("x", Number(1))"#);
}
