//! The string API of enums: `as_str`, `Display`, `FromStr` (strict for closed enums,
//! infallible for open ones), `From<&str>`/`From<String>`, `VALUES` and `try_parse`.

use std::convert::Infallible;
use std::str::FromStr;

use callparty::{ApiEnum, ParseEnumError, UnknownValue};

#[derive(ApiEnum, Debug, Clone, PartialEq)]
#[api(rename = "CallPartyDirection")]
enum Direction {
    Inbound,
    Outbound,
}

#[derive(ApiEnum, Debug, Clone, PartialEq)]
enum Code {
    Setup,
    #[api(alias = "Voicemail")]
    VoiceMail,
    #[api(rename = "Tds")]
    TelephonyDispatch,
    #[api(other)]
    Unknown(UnknownValue),
}

#[test]
fn as_str_is_the_wire_value() {
    assert_eq!(Direction::Inbound.as_str(), "Inbound");
    assert_eq!(Code::TelephonyDispatch.as_str(), "Tds");
    assert_eq!(Code::from("Voicemail").as_str(), "VoiceMail");
    assert_eq!(Code::from("Later").as_str(), "Later");
    // The trait method agrees with the inherent one.
    assert_eq!(ApiEnum::as_str(&Code::Setup), "Setup");
    assert_eq!(ApiEnum::as_str(&Code::from("x y")), "x y");
}

#[test]
fn display_writes_the_wire_value_and_honours_width() {
    assert_eq!(Direction::Outbound.to_string(), "Outbound");
    assert_eq!(format!("[{:>10}]", Direction::Inbound), "[   Inbound]");
    assert_eq!(format!("[{:<9}]", Code::Setup), "[Setup    ]");
    assert_eq!(format!("[{:^7}]", Code::from("ab")), "[  ab   ]");
    assert_eq!(format!("[{:.3}]", Code::VoiceMail), "[Voi]");
}

#[test]
fn from_str_is_strict_for_closed_enums() {
    fn error_type<T: FromStr<Err = ParseEnumError>>() {}
    error_type::<Direction>();
    assert_eq!("Outbound".parse::<Direction>(), Ok(Direction::Outbound));
    let error = "Sideways".parse::<Direction>().unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"unknown CallPartyDirection value "Sideways", expected one of "Inbound", "Outbound""#
    );
    assert_eq!(error.enum_name(), "CallPartyDirection");
    assert_eq!(error.value(), "Sideways");
    assert_eq!(error.expected(), ["Inbound", "Outbound"]);
}

#[test]
fn from_str_is_infallible_for_open_enums() {
    fn error_type<T: FromStr<Err = Infallible>>() {}
    error_type::<Code>();
    let Ok(known) = "Setup".parse::<Code>();
    assert_eq!(known, Code::Setup);
    let Ok(unknown) = "Parked".parse::<Code>();
    assert!(matches!(&unknown, Code::Unknown(value) if value.as_str() == "Parked"));
}

#[test]
fn from_never_makes_an_unknown_of_a_known_value_or_alias() {
    assert_eq!(Code::from("Setup"), Code::Setup);
    assert_eq!(Code::from("Voicemail"), Code::VoiceMail);
    assert_eq!(Code::from(String::from("Tds")), Code::TelephonyDispatch);
    assert_eq!(Code::from(String::from("Voicemail")), Code::VoiceMail);
    // The Rust name of a renamed variant is not a value.
    assert!(matches!(
        Code::from("TelephonyDispatch"),
        Code::Unknown(value) if value.as_str() == "TelephonyDispatch"
    ));
    assert!(matches!(
        Code::from(String::from("")),
        Code::Unknown(value) if value.as_str().is_empty()
    ));
}

#[test]
fn one_value_has_one_representation() {
    let from_text: Code = serde_json::from_str(r#""Voicemail""#).unwrap();
    assert_eq!(from_text, Code::from("VoiceMail"));
    assert_eq!(Code::from("Later"), Code::from(String::from("Later")));
}

#[test]
fn values_are_listed_in_declaration_order_without_aliases() {
    assert_eq!(Direction::VALUES, ["Inbound", "Outbound"]);
    assert_eq!(Code::VALUES, ["Setup", "VoiceMail", "Tds"]);
}

#[test]
fn try_parse_is_strict_even_for_open_enums() {
    assert_eq!(Code::try_parse("Voicemail"), Ok(Code::VoiceMail));
    assert_eq!(Code::try_parse("Tds"), Ok(Code::TelephonyDispatch));
    let error = Code::try_parse("Later").unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"unknown Code value "Later", expected one of "Setup", "VoiceMail", "Tds""#
    );
    assert_eq!(Direction::try_parse("Inbound"), Ok(Direction::Inbound));
    assert!(Direction::try_parse("inbound").is_err());
}

#[test]
fn unknown_values_display_and_compare_as_strings() {
    let Code::Unknown(value) = Code::from("Zoom") else {
        panic!("Zoom is not a known value");
    };
    assert_eq!(format!("{value:>6}"), "  Zoom");
    assert_eq!(format!("{value:?}"), r#""Zoom""#);
    assert_eq!(AsRef::<str>::as_ref(&value), "Zoom");
    assert!(
        value
            < *match &Code::from("Zz") {
                Code::Unknown(other) => other,
                _ => unreachable!(),
            }
    );
}

#[test]
fn enum_errors_are_std_errors() {
    let error: Box<dyn std::error::Error> = Box::new(Direction::try_parse("x").unwrap_err());
    assert!(
        error
            .to_string()
            .starts_with("unknown CallPartyDirection value")
    );
}
