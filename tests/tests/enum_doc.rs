//! `ApiEnum::DOC`: the documentation metadata of an enum, with its `open` flag, values,
//! aliases and `///` descriptions.

use callparty::doc::VariantDoc;
use callparty::{ApiEnum, UnknownValue};

/// Status code of a call
///  second line
#[derive(ApiEnum)]
#[api(rename = "CallStatusInfoCode")]
#[allow(dead_code)]
enum Code {
    /// The call is being set up
    Setup,
    #[api(alias = "Voicemail", alias = "voicemail")]
    VoiceMail,
    /// Renamed
    #[api(rename = "VMScreening")]
    r#VoiceMailScreening,
    /// Not a variant of the docs: it holds values that are not documented.
    #[api(other)]
    Unknown(UnknownValue),
}

#[derive(ApiEnum)]
#[api(rename_all = "lowercase")]
#[allow(dead_code)]
enum Closed {
    First,
}

#[test]
fn the_enum_has_its_name_description_and_open_flag() {
    assert_eq!(Code::DOC.name, "CallStatusInfoCode");
    assert_eq!(Code::DOC.description, "Status code of a call\n second line");
    assert!(Code::DOC.open);
    assert_eq!(Closed::DOC.name, "Closed");
    assert_eq!(Closed::DOC.description, "");
    assert!(!Closed::DOC.open);
}

#[test]
fn variants_are_documented_in_order_without_the_other_one() {
    assert_eq!(
        Code::DOC.variants,
        [
            VariantDoc {
                name: "Setup",
                value: "Setup",
                aliases: &[],
                description: "The call is being set up",
            },
            VariantDoc {
                name: "VoiceMail",
                value: "VoiceMail",
                aliases: &["Voicemail", "voicemail"],
                description: "",
            },
            VariantDoc {
                name: "VoiceMailScreening",
                value: "VMScreening",
                aliases: &[],
                description: "Renamed",
            },
        ]
    );
}

#[test]
fn variant_values_follow_the_rename_rule() {
    assert_eq!(Closed::DOC.variants[0].name, "First");
    assert_eq!(Closed::DOC.variants[0].value, "first");
    assert_eq!(Closed::VALUES, ["first"]);
}

#[test]
fn the_documented_values_are_the_values() {
    let documented: Vec<&str> = Code::DOC.variants.iter().map(|v| v.value).collect();
    assert_eq!(documented, Code::VALUES);
}
