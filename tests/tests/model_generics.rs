//! Generic models: bounds go only on the type parameters that need them, so a parameter used
//! only by a skipped field asks nothing of its type. Builds under `#![deny(warnings)]`, so a
//! bound on a private type in a public model raises no `private_bounds` warning.
#![deny(warnings)]

use std::marker::PhantomData;

use callparty::ApiModel;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

#[derive(ApiModel, Debug, PartialEq)]
struct Page<T> {
    items: Vec<T>,
    next: Option<String>,
}

/// Implements none of `Serialize`, `Deserialize`, `Default`, `Debug`, `PartialEq`.
struct Opaque;

#[derive(ApiModel)]
struct Tagged<T, U> {
    value: T,
    #[api(skip)]
    marker: PhantomData<U>,
}

/// A public model whose skipped field has a private generic type.
#[derive(ApiModel)]
pub struct Public<T> {
    /// Read and written.
    pub value: u8,
    #[api(skip)]
    cache: Private<T>,
}

struct Private<T>(Vec<T>);

impl<T> Default for Private<T> {
    fn default() -> Self {
        Private(Vec::new())
    }
}

#[derive(ApiModel, Debug, PartialEq)]
struct Counted<T> {
    #[api(default)]
    count: T,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Bounded<T: Clone>
where
    T: PartialEq,
{
    value: Option<T>,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Recording {
    id: String,
}

fn round_trip<T: Serialize + DeserializeOwned>(value: &T) -> (String, T) {
    let json = serde_json::to_string(value).unwrap();
    let back = serde_json::from_str(&json).unwrap();
    (json, back)
}

#[test]
fn a_generic_page_of_models_round_trips() {
    let page = Page {
        items: vec![
            Recording { id: "r-1".into() },
            Recording { id: "r-2".into() },
        ],
        next: Some("cursor".into()),
    };
    let (json, back) = round_trip(&page);
    assert_eq!(
        json,
        r#"{"items":[{"id":"r-1"},{"id":"r-2"}],"next":"cursor"}"#
    );
    assert_eq!(back, page);
    let numbers: Page<u8> = serde_json::from_str(r#"{"items":[1,2]}"#).unwrap();
    assert_eq!(numbers.items, [1, 2]);
    assert_eq!(numbers.next, None);
}

#[test]
fn a_parameter_used_only_by_a_skipped_field_needs_no_bound() {
    fn assert_serde<T: Serialize + DeserializeOwned>() {}
    assert_serde::<Tagged<u8, Opaque>>();

    let tagged: Tagged<u8, Opaque> = serde_json::from_str(r#"{"value":5}"#).unwrap();
    assert_eq!(tagged.value, 5);
    assert_eq!(serde_json::to_string(&tagged).unwrap(), r#"{"value":5}"#);
    let _: &PhantomData<Opaque> = &tagged.marker;
}

#[test]
fn a_private_skipped_type_is_filled_with_its_default() {
    let read: Public<Opaque> = serde_json::from_str(r#"{"value":1}"#).unwrap();
    assert_eq!(read.value, 1);
    assert!(read.cache.0.is_empty());
}

#[test]
fn a_defaulted_parameter_is_read_when_present() {
    let read: Counted<u32> = serde_json::from_str("{}").unwrap();
    assert_eq!(read.count, 0);
    let read: Counted<u32> = serde_json::from_str(r#"{"count":4}"#).unwrap();
    assert_eq!(read.count, 4);
}

#[test]
fn the_bounds_the_user_wrote_are_kept() {
    let (json, back) = round_trip(&Bounded { value: Some(3u8) });
    assert_eq!(json, r#"{"value":3}"#);
    assert_eq!(back.value, Some(3));
}

#[test]
fn models_are_deserialize_for_any_lifetime_when_they_borrow_nothing() {
    fn owned<T: for<'de> Deserialize<'de>>() {}
    owned::<Page<Recording>>();
    owned::<Counted<String>>();
}

/// The `DOC` of a generic model is its instance's: a field of type `Vec<T>` refers to the
/// documentation of the `T` it is used with.
#[test]
fn a_generic_field_is_described_at_the_instance() {
    use callparty::doc::{Describe, TypeRef};

    let TypeRef::List(TypeRef::Model(item)) = Page::<Recording>::DOC.fields[0].shape else {
        panic!("{:?}", Page::<Recording>::DOC.fields[0].shape);
    };
    assert_eq!(item.doc().name, "Recording");
    assert_eq!(Page::<u8>::DOC.fields[0].shape, <Vec<u8>>::TYPE);
    // Two instances are two types, though their docs share a name.
    assert_ne!(Page::<u8>::TYPE, Page::<Recording>::TYPE);
    // A parameter used only by a skipped field needs no description.
    assert_eq!(Tagged::<u8, Opaque>::DOC.fields.len(), 1);
}
