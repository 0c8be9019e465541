//! Borrowed fields: `&'a str` borrows from JSON input, and so do `Cow<'a, str>` and
//! `Option<Cow<'a, str>>` marked `#[api(borrow)]`; a string with escapes cannot be borrowed
//! and falls back to an owned copy in a `Cow`. Unmarked `Cow`s own their data, as serde's
//! impl does (see lifetimes_and_bounds.rs).

use std::borrow::Cow;

use callparty::ApiModel;
use serde::Deserialize;

#[derive(ApiModel, Debug, PartialEq)]
struct Party<'a> {
    id: &'a str,
    #[api(borrow)]
    name: Cow<'a, str>,
    #[api(borrow)]
    phone_number: Option<Cow<'a, str>>,
    device_id: Option<&'a str>,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Qualified<'a> {
    #[api(borrow)]
    first: std::borrow::Cow<'a, str>,
    #[api(borrow = "'a")]
    second: ::core::option::Option<::std::borrow::Cow<'a, str>>,
}

#[derive(ApiModel, Debug, PartialEq)]
struct TwoLifetimes<'a, 'b> {
    short: &'a str,
    #[api(borrow)]
    long: Cow<'b, str>,
    #[api(skip)]
    unread: Option<&'a str>,
}

#[derive(ApiModel, Debug, PartialEq)]
struct NamedDe<'de> {
    value: &'de str,
}

#[test]
fn plain_strings_are_borrowed_from_the_input() {
    let input = String::from(
        r#"{"id":"p-1","name":"Ada Park","phoneNumber":"+14155550123","deviceId":"80420001"}"#,
    );
    let party: Party = serde_json::from_str(&input).unwrap();
    assert_eq!(party.id, "p-1");
    assert!(matches!(party.name, Cow::Borrowed("Ada Park")), "{party:?}");
    assert!(
        matches!(party.phone_number, Some(Cow::Borrowed("+14155550123"))),
        "{party:?}"
    );
    assert_eq!(party.device_id, Some("80420001"));
    let range = input.as_ptr() as usize..input.as_ptr() as usize + input.len();
    assert!(range.contains(&(party.id.as_ptr() as usize)));
    assert!(range.contains(&(party.name.as_ptr() as usize)));
}

#[test]
fn escaped_strings_fall_back_to_owned() {
    let input = r#"{"id":"p-1","name":"Ada \"the\" Park","phoneNumber":"caf\u00e9"}"#;
    let party: Party = serde_json::from_str(input).unwrap();
    assert!(
        matches!(&party.name, Cow::Owned(name) if name == "Ada \"the\" Park"),
        "{party:?}"
    );
    assert!(
        matches!(&party.phone_number, Some(Cow::Owned(number)) if number == "café"),
        "{party:?}"
    );
}

#[test]
fn an_escaped_str_reference_is_an_error_not_a_copy() {
    let input = r#"{"id":"p\n1","name":"x"}"#;
    let error = serde_json::from_str::<Party>(input).unwrap_err();
    assert!(error.to_string().contains("borrowed string"), "{error}");
}

#[test]
fn missing_and_null_borrowed_options_are_none() {
    let party: Party = serde_json::from_str(r#"{"id":"p","name":"n","phoneNumber":null}"#).unwrap();
    assert_eq!(party.phone_number, None);
    assert_eq!(party.device_id, None);
}

#[test]
fn a_reader_without_borrowing_still_gets_owned_values() {
    let value = serde_json::json!({"id": "x", "first": "a", "second": "b"});
    let read: Qualified = serde::Deserialize::deserialize(value).unwrap();
    assert!(matches!(read.first, Cow::Owned(ref first) if first == "a"));
    assert!(matches!(read.second, Some(Cow::Owned(ref second)) if second == "b"));
}

#[test]
fn qualified_cow_paths_borrow_too() {
    let read: Qualified = serde_json::from_str(r#"{"first":"a","second":"b"}"#).unwrap();
    assert!(matches!(read.first, Cow::Borrowed("a")));
    assert!(matches!(read.second, Some(Cow::Borrowed("b"))));
}

#[test]
fn borrowed_models_are_written_like_owned_ones() {
    let input = r#"{"id":"p-1","name":"Ada","phoneNumber":"102"}"#;
    let party: Party = serde_json::from_str(input).unwrap();
    assert_eq!(serde_json::to_string(&party).unwrap(), input);
}

#[test]
fn several_lifetimes_each_borrow() {
    let read: TwoLifetimes = serde_json::from_str(r#"{"short":"s","long":"l"}"#).unwrap();
    assert_eq!(read.short, "s");
    assert!(matches!(read.long, Cow::Borrowed("l")));
    assert_eq!(read.unread, None);
}

#[test]
fn a_lifetime_named_de_is_the_users_own() {
    let read: NamedDe = serde_json::from_str(r#"{"value":"v"}"#).unwrap();
    assert_eq!(read.value, "v");
}

#[test]
fn the_format_decides_whether_a_string_can_be_borrowed() {
    use serde::de::value::{BorrowedStrDeserializer, MapDeserializer, StrDeserializer};
    type Error = serde::de::value::Error;

    let borrowed = MapDeserializer::<_, Error>::new(std::iter::once((
        BorrowedStrDeserializer::<Error>::new("first"),
        BorrowedStrDeserializer::<Error>::new("lent"),
    )));
    let read = Qualified::deserialize(borrowed).unwrap();
    assert!(matches!(read.first, Cow::Borrowed("lent")));

    let copied = MapDeserializer::<_, Error>::new(std::iter::once((
        StrDeserializer::<Error>::new("first"),
        StrDeserializer::<Error>::new("copied"),
    )));
    let read = Qualified::deserialize(copied).unwrap();
    assert!(matches!(read.first, Cow::Owned(ref first) if first == "copied"));
}
