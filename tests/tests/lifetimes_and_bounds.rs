//! Issue 16, "Compile failures on ordinary code": lifetimes and generic bounds follow
//! serde_derive's rules.
//! - `&'a str` and `&'a [u8]` borrow from the input; `Cow` borrows only with `#[api(borrow)]`
//!   (or `#[api(borrow = "'a")]`); every other field owns, so a model with a lifetime is still
//!   `DeserializeOwned` unless one of its fields borrows.
//! - Bounds go on the type parameters that the read or written fields use, and on
//!   associated types such as `R::Id`, never through `PhantomData`; `#[api(bound = "...")]`
//!   replaces them.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::marker::PhantomData;

use callparty::ApiModel;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::json;

fn owned<T: DeserializeOwned + Serialize>() {}

/// Item 3: `'static` borrows need `'de: 'static`, which the input literal satisfies.
#[derive(ApiModel, Debug, PartialEq)]
struct Statics {
    name: Cow<'static, str>,
    label: &'static str,
    note: Option<Cow<'static, str>>,
}

#[test]
fn static_cow_and_static_str_fields_compile() {
    let read: Statics = serde_json::from_str(r#"{"name":"n","label":"l","note":"x"}"#).unwrap();
    assert_eq!(read.name, "n");
    assert_eq!(read.label, "l");
    assert_eq!(read.note.as_deref(), Some("x"));
    owned::<Vec<Cow<'static, str>>>();
}

/// Item 4: none of these fields borrows.
#[derive(ApiModel, Debug, PartialEq)]
struct Owning<'a> {
    name: Cow<'a, str>,
    tags: Vec<Cow<'a, str>>,
    note: Option<Cow<'a, str>>,
    marker: PhantomData<&'a ()>,
}

#[test]
fn a_lifetime_in_a_read_field_keeps_deserialize_owned() {
    owned::<Owning<'static>>();
    let input = json!({"name": "Ada", "tags": ["a", "b"], "note": "n", "marker": null});
    let from_value: Owning = serde_json::from_value(input.clone()).unwrap();
    assert!(matches!(from_value.name, Cow::Owned(_)));
    let text = input.to_string();
    let from_reader: Owning = serde_json::from_reader(text.as_bytes()).unwrap();
    assert_eq!(from_reader, from_value);
    // A `Cow` without `#[api(borrow)]` copies, as serde's own impl does.
    let from_str: Owning = serde_json::from_str(&text).unwrap();
    assert!(matches!(from_str.name, Cow::Owned(_)));
}

#[derive(ApiModel, Debug, PartialEq)]
struct Borrowing<'a, 'b> {
    id: &'a str,
    bytes: Option<&'a [u8]>,
    #[api(borrow)]
    name: Cow<'a, str>,
    #[api(borrow = "'a")]
    note: Option<Cow<'a, str>>,
    copied: Cow<'b, str>,
}

#[test]
fn cow_fields_borrow_with_api_borrow_only() {
    let input = r#"{"id":"p-1","name":"Ada","note":"n","copied":"c"}"#;
    let read: Borrowing<'_, 'static> = serde_json::from_str(input).unwrap();
    assert_eq!(read.id, "p-1");
    assert!(matches!(read.name, Cow::Borrowed("Ada")), "{read:?}");
    assert!(matches!(read.note, Some(Cow::Borrowed("n"))), "{read:?}");
    assert!(matches!(read.copied, Cow::Owned(_)), "{read:?}");
}

/// Item 5: a bound on `R::Id`, not on `R`.
trait Resource {
    type Id;
}

struct CallResource;

impl Resource for CallResource {
    type Id = u64;
}

#[derive(ApiModel)]
struct Reference<R: Resource> {
    id: R::Id,
    kind: Option<String>,
}

#[test]
fn an_associated_type_field_is_bounded_itself() {
    let read: Reference<CallResource> = serde_json::from_str(r#"{"id":7}"#).unwrap();
    assert_eq!(read.id, 7);
    assert_eq!(serde_json::to_string(&read).unwrap(), r#"{"id":7}"#);
}

/// Neither `Serialize` nor `Deserialize`.
#[derive(Debug, PartialEq)]
struct Opaque;

#[derive(ApiModel, Debug, PartialEq)]
struct Marked<T> {
    name: String,
    marker: PhantomData<T>,
}

#[test]
fn phantom_data_asks_nothing_of_its_parameter() {
    let read: Marked<Opaque> = serde_json::from_str(r#"{"name":"n","marker":null}"#).unwrap();
    assert_eq!(read.name, "n");
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"name":"n","marker":null}"#
    );
}

#[derive(ApiModel, Debug, PartialEq)]
struct Bag<V> {
    id: Option<String>,
    #[api(extra)]
    extra: BTreeMap<String, V>,
}

#[test]
fn a_generic_extra_map_compiles() {
    let read: Bag<u32> = serde_json::from_str(r#"{"id":"b","a":1,"b":2}"#).unwrap();
    assert_eq!(
        read.extra,
        BTreeMap::from([("a".to_owned(), 1), ("b".to_owned(), 2)])
    );
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"id":"b","a":1,"b":2}"#
    );
}

/// `Id<T>` is `Serialize` and `Deserialize` for every `T`, so the inferred `T: Serialize`
/// would be too strict: `#[api(bound = "")]` and its two-sided form drop it.
#[derive(Debug, PartialEq)]
struct Id<T>(u64, PhantomData<T>);

impl<T> Serialize for Id<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(self.0)
    }
}

impl<'de, T> serde::Deserialize<'de> for Id<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        <u64 as serde::Deserialize>::deserialize(deserializer).map(|id| Id(id, PhantomData))
    }
}

// It reads what a `u64` reads; the `schemars` feature asks every field type to say so.
impl<T> callparty::doc::Describe for Id<T> {
    const TYPE: &'static callparty::doc::TypeRef = <u64 as callparty::doc::Describe>::TYPE;
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(bound = "")]
struct Ids<T> {
    ids: Vec<Id<T>>,
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(bound(serialize = "", deserialize = "T: 'static"))]
struct SidedIds<T> {
    first: Option<Id<T>>,
}

#[test]
fn api_bound_replaces_the_inferred_bounds() {
    let read: Ids<Opaque> = serde_json::from_str(r#"{"ids":[1,2]}"#).unwrap();
    assert_eq!(read.ids.len(), 2);
    assert_eq!(serde_json::to_string(&read).unwrap(), r#"{"ids":[1,2]}"#);
    let sided: SidedIds<Opaque> = serde_json::from_str(r#"{"first":3}"#).unwrap();
    assert_eq!(serde_json::to_string(&sided).unwrap(), r#"{"first":3}"#);
}
