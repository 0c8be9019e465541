//! Rust's own `#[deprecated]` on a field marks it deprecated in the documentation metadata,
//! and the derived code that reads and writes it raises no warning: this file builds under
//! `#![deny(warnings)]`.
#![deny(warnings)]

use callparty::ApiModel;

#[derive(ApiModel, Debug, PartialEq, Default)]
struct Party {
    id: Option<String>,
    /// Deprecated. Information on a call owner
    #[deprecated = "use `account_id`"]
    owner: Option<String>,
    #[deprecated]
    legacy: u8,
}

#[derive(ApiModel, Debug, PartialEq, Default)]
struct WithDeprecatedType {
    #[allow(deprecated)]
    old: Option<Old>,
}

#[deprecated = "a deprecated type, used only behind `#[allow(deprecated)]`"]
#[derive(callparty::ApiEnum, Debug, PartialEq)]
enum Old {
    Value,
}

#[test]
fn deprecated_fields_are_marked_in_the_docs() {
    let flags: Vec<(&str, bool)> = Party::DOC
        .fields
        .iter()
        .map(|field| (field.name, field.deprecated))
        .collect();
    assert_eq!(flags, [("id", false), ("owner", true), ("legacy", true)]);
    assert_eq!(
        Party::DOC.fields[1].description,
        "Deprecated. Information on a call owner"
    );
}

#[test]
fn deprecated_fields_are_still_read_and_written() {
    let party: Party = serde_json::from_str(r#"{"owner":"62000001","legacy":3}"#).unwrap();
    #[allow(deprecated)]
    let (owner, legacy) = (party.owner.as_deref(), party.legacy);
    assert_eq!((owner, legacy), (Some("62000001"), 3));
    assert_eq!(
        serde_json::to_string(&party).unwrap(),
        r#"{"owner":"62000001","legacy":3}"#
    );
}

#[test]
fn a_field_of_a_deprecated_type_builds_without_warnings() {
    let read: WithDeprecatedType = serde_json::from_str(r#"{"old":"Value"}"#).unwrap();
    assert_eq!(serde_json::to_string(&read).unwrap(), r#"{"old":"Value"}"#);
}
