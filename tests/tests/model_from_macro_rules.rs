//! Models and enums declared by `macro_rules!` macros, with names and types passed in as
//! fragments: the derives' locals stay hygienic whichever context the tokens come from.

use callparty::{ApiEnum, ApiModel, Extra, UnknownValue};

macro_rules! model {
    ($name:ident { $($field:ident : $ty:ty),* $(,)? }) => {
        #[derive(ApiModel, Debug, PartialEq)]
        struct $name {
            $($field: $ty,)*
            #[api(extra)]
            extra: Extra,
        }
    };
}

/// Field types passed as loose tokens keep the caller's hygiene, unlike `$ty:ty` fragments.
macro_rules! token_model {
    ($name:ident { $($field:ident : [$($ty:tt)*]),* $(,)? }) => {
        #[derive(ApiModel, Debug, PartialEq)]
        struct $name {
            $($field: $($ty)*,)*
        }
    };
}

macro_rules! string_enum {
    ($name:ident { $($variant:ident),* }) => {
        #[derive(ApiEnum, Debug, PartialEq)]
        enum $name {
            $($variant,)*
            #[api(other)]
            Unknown(UnknownValue),
        }
    };
}

model!(Party {
    id: String,
    muted: Option<bool>,
    direction: Option<Direction>,
    count: Option<Vec<u8>>,
});

string_enum!(Direction { Inbound, Outbound });

token_model!(Recording {
    id: [String],
    active: [Option<bool>],
    tags: [Vec<String>],
});

#[test]
fn a_model_built_by_a_macro_round_trips() {
    let input = r#"{"id":"p-1","muted":true,"direction":"Sideways","brandId":"1210"}"#;
    let party: Party = serde_json::from_str(input).unwrap();
    assert_eq!(party.id, "p-1");
    assert_eq!(party.muted, Some(true));
    assert_eq!(
        party.direction.as_ref().map(Direction::as_str),
        Some("Sideways")
    );
    assert_eq!(party.count, None);
    assert_eq!(serde_json::to_string(&party).unwrap(), input);
    let error = serde_json::from_str::<Party>("{}").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#"missing field "id" in Party"#),
        "{error}"
    );
    let bytes = postcard::to_allocvec(&Party {
        extra: Extra::new(),
        ..serde_json::from_str(input).unwrap()
    })
    .unwrap();
    assert_eq!(postcard::from_bytes::<Party>(&bytes).unwrap().id, "p-1");
}

#[test]
fn a_model_with_field_types_as_loose_tokens_round_trips() {
    let input = r#"{"id":"r-1","active":false,"tags":["a"]}"#;
    let recording: Recording = serde_json::from_str(input).unwrap();
    assert_eq!(recording.tags, ["a"]);
    assert_eq!(serde_json::to_string(&recording).unwrap(), input);
    let bytes = postcard::to_allocvec(&recording).unwrap();
    assert_eq!(
        postcard::from_bytes::<Recording>(&bytes).unwrap(),
        recording
    );
}

#[test]
fn an_enum_built_by_a_macro_converts() {
    assert_eq!(Direction::from("Inbound"), Direction::Inbound);
    assert_eq!(Direction::VALUES, ["Inbound", "Outbound"]);
    assert_eq!(Party::DOC.fields[2].ty, "Direction");
}
