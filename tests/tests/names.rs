//! Issue 16, item 10: names. A type named `Cow` that is not `std::borrow::Cow` is read
//! through its own `Deserialize`.

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
