//! Issue 16, item 10: names. A field named `__` is a compile error (`tests/ui/`); the
//! trailing-underscore rule is documented; a type named `Cow` that is not
//! `std::borrow::Cow` is read through its own `Deserialize`.

mod own {
    use std::marker::PhantomData;

    /// A user's own `Cow`, unrelated to `std::borrow::Cow`.
    #[derive(Debug, PartialEq)]
    pub struct Cow<'a, T: ?Sized>(pub String, pub PhantomData<&'a T>);

    impl<T: ?Sized> serde::Serialize for Cow<'_, T> {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(&self.0)
        }
    }

    impl<'de, T: ?Sized> serde::Deserialize<'de> for Cow<'_, T> {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let text = <String as serde::Deserialize>::deserialize(deserializer)?;
            Ok(Cow(format!("own {text}"), PhantomData))
        }
    }

    // It reads what a `String` reads; the `schemars` feature asks every field type to say so.
    impl<T: ?Sized> callparty::doc::Describe for Cow<'_, T> {
        const TYPE: &'static callparty::doc::TypeRef = <String as callparty::doc::Describe>::TYPE;
    }
}

use callparty::ApiModel;
use own::Cow;

#[derive(ApiModel, Debug, PartialEq)]
struct Labelled<'a> {
    label: Cow<'a, str>,
    other: Option<Cow<'a, str>>,
}

#[test]
fn a_type_named_cow_that_is_not_std_cow_reads_through_its_own_impl() {
    let read: Labelled = serde_json::from_str(r#"{"label":"a","other":"b"}"#).unwrap();
    assert_eq!(read.label.0, "own a");
    assert_eq!(read.other.map(|other| other.0).as_deref(), Some("own b"));
}

#[derive(ApiModel)]
#[api(rename_all = "SCREAMING-KEBAB-CASE")]
struct Keywords {
    type_: Option<String>,
    r#match: Option<String>,
    loop_count_: Option<u8>,
}

/// `type_` and `r#type` both mean `type`, under every rename rule, and the README's attribute
/// reference says so.
#[test]
fn the_trailing_underscore_rule_is_documented() {
    let wire: Vec<&str> = Keywords::DOC
        .fields
        .iter()
        .map(|field| field.wire_name)
        .collect();
    assert_eq!(wire, ["TYPE", "MATCH", "LOOP-COUNT"]);
    let readme = include_str!("../../README.md")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        readme.contains(
            "A field's wire name comes from its Rust name without `r#` and without one trailing \
             underscore (`type_` and `r#type` are both `type`), before the rename rule applies."
        ),
        "the README does not state the rule"
    );
}
