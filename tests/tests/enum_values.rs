//! Wire values of string enums: variant names verbatim, `rename_all`, `rename`, aliases on
//! input only, unknown values kept by an `#[api(other)]` variant or rejected without one.

use callparty::{ApiEnum, UnknownValue};
use serde_json::json;

#[derive(ApiEnum, Debug, Clone, PartialEq)]
enum Direction {
    Inbound,
    Outbound,
}

#[derive(ApiEnum, Debug, Clone, PartialEq)]
enum StatusCode {
    Setup,
    #[api(alias = "Voicemail", alias = "VOICEMAIL")]
    VoiceMail,
    #[api(rename = "VMScreening")]
    VoiceMailScreening,
    #[api(other)]
    Unknown(UnknownValue),
}

macro_rules! rule_enum {
    ($name:ident, $rule:literal) => {
        #[derive(ApiEnum, Debug, PartialEq)]
        #[api(rename_all = $rule)]
        enum $name {
            VoiceMail,
            #[api(rename = "as-is")]
            Renamed,
        }
    };
}

rule_enum!(Lower, "lowercase");
rule_enum!(Upper, "UPPERCASE");
rule_enum!(Pascal, "PascalCase");
rule_enum!(Camel, "camelCase");
rule_enum!(Snake, "snake_case");
rule_enum!(ScreamingSnake, "SCREAMING_SNAKE_CASE");
rule_enum!(Kebab, "kebab-case");
rule_enum!(ScreamingKebab, "SCREAMING-KEBAB-CASE");

fn wire<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn values_are_the_variant_names_verbatim() {
    assert_eq!(wire(&Direction::Inbound), "Inbound");
    assert_eq!(wire(&Direction::Outbound), "Outbound");
    let read: Direction = serde_json::from_str(r#""Outbound""#).unwrap();
    assert_eq!(read, Direction::Outbound);
}

#[test]
fn values_are_case_sensitive() {
    assert!(serde_json::from_str::<Direction>(r#""inbound""#).is_err());
}

#[test]
fn every_rename_all_rule_follows_serde() {
    let got = [
        wire(&Lower::VoiceMail),
        wire(&Upper::VoiceMail),
        wire(&Pascal::VoiceMail),
        wire(&Camel::VoiceMail),
        wire(&Snake::VoiceMail),
        wire(&ScreamingSnake::VoiceMail),
        wire(&Kebab::VoiceMail),
        wire(&ScreamingKebab::VoiceMail),
    ];
    assert_eq!(
        got,
        [
            "voicemail",
            "VOICEMAIL",
            "VoiceMail",
            "voiceMail",
            "voice_mail",
            "VOICE_MAIL",
            "voice-mail",
            "VOICE-MAIL"
        ]
    );
    let read: Kebab = serde_json::from_str(r#""voice-mail""#).unwrap();
    assert_eq!(read, Kebab::VoiceMail);
    let read: ScreamingSnake = serde_json::from_str(r#""VOICE_MAIL""#).unwrap();
    assert_eq!(read, ScreamingSnake::VoiceMail);
}

#[test]
fn rename_wins_over_the_container_rule() {
    assert_eq!(wire(&Upper::Renamed), "as-is");
    assert_eq!(wire(&StatusCode::VoiceMailScreening), "VMScreening");
    let read: Upper = serde_json::from_str(r#""as-is""#).unwrap();
    assert_eq!(read, Upper::Renamed);
    assert!(serde_json::from_str::<Upper>(r#""RENAMED""#).is_err());
}

#[test]
fn aliases_are_accepted_on_input_only() {
    for value in ["VoiceMail", "Voicemail", "VOICEMAIL"] {
        let read: StatusCode = serde_json::from_value(json!(value)).unwrap();
        assert_eq!(read, StatusCode::VoiceMail, "{value}");
        assert_eq!(wire(&read), "VoiceMail");
    }
}

#[test]
fn an_open_enum_keeps_unknown_values_verbatim() {
    let read: StatusCode = serde_json::from_str(r#""TestCall""#).unwrap();
    match &read {
        StatusCode::Unknown(value) => assert_eq!(value.as_str(), "TestCall"),
        other => panic!("expected an unknown value, got {other:?}"),
    }
    assert_eq!(serde_json::to_string(&read).unwrap(), r#""TestCall""#);
    // Case and spacing are kept exactly.
    let read: StatusCode = serde_json::from_str(r#"" voicemail\tx""#).unwrap();
    assert_eq!(read.as_str(), " voicemail\tx");
    assert_eq!(serde_json::to_string(&read).unwrap(), r#"" voicemail\tx""#);
}

#[test]
fn unknown_values_round_trip_inside_models() {
    #[derive(callparty::ApiModel, Debug, PartialEq)]
    struct Status {
        code: Option<StatusCode>,
        codes: Vec<StatusCode>,
    }
    let input = r#"{"code":"SpamSuspected","codes":["Setup","Voicemail","Later"]}"#;
    let status: Status = serde_json::from_str(input).unwrap();
    assert_eq!(status.codes[1], StatusCode::VoiceMail);
    assert_eq!(
        serde_json::to_string(&status).unwrap(),
        r#"{"code":"SpamSuspected","codes":["Setup","VoiceMail","Later"]}"#
    );
}

#[test]
fn a_closed_enum_rejects_unknown_values_listing_the_expected_ones() {
    let error = serde_json::from_str::<Direction>(r#""Sideways""#).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"unknown Direction value "Sideways", expected one of "Inbound", "Outbound" at line 1 column 10"#
    );
}

#[test]
fn a_closed_enum_error_lists_values_not_aliases() {
    #[derive(ApiEnum, Debug)]
    enum Code {
        #[api(alias = "Voicemail")]
        VoiceMail,
    }
    let error = serde_json::from_str::<Code>(r#""Fax""#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#"unknown Code value "Fax", expected "VoiceMail""#),
        "{error}"
    );
}

#[test]
fn enums_accept_only_strings() {
    let error = serde_json::from_str::<StatusCode>("5").unwrap_err();
    assert!(
        error.to_string().contains("expected a StatusCode string"),
        "{error}"
    );
}

#[test]
fn an_enum_without_values_rejects_every_value() {
    #[derive(ApiEnum, Debug)]
    enum Nothing {}
    let error = serde_json::from_str::<Nothing>(r#""x""#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#"unknown Nothing value "x", expected nothing"#),
        "{error}"
    );
    assert!(Nothing::VALUES.is_empty());
}

#[test]
fn an_enum_of_only_unknown_values_keeps_every_value() {
    #[derive(ApiEnum, Debug, PartialEq)]
    enum Anything {
        #[api(other)]
        Unknown(UnknownValue),
    }
    let read: Anything = serde_json::from_str(r#""Inbound""#).unwrap();
    assert_eq!(read.as_str(), "Inbound");
    assert_eq!(serde_json::to_string(&read).unwrap(), r#""Inbound""#);
    assert!(Anything::try_parse("Inbound").is_err());
}
