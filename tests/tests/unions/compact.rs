//! Compact formats: known variants round-trip as a serde enum (postcard numbers them, CBOR
//! names them); an unknown variant cannot be carried and fails naming the union.

use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt::Debug;

use crate::decode;
use crate::fixtures::{
    Created, Customer, CustomerRef, Deleted, Event, Pattern, Reply, Shape, Target,
};

fn postcard_round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T) {
    let bytes = postcard::to_allocvec(value).expect("postcard encodes");
    let back: T = postcard::from_bytes(&bytes).expect("postcard decodes");
    assert_eq!(&back, value);
}

fn cbor_round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T) {
    let mut bytes = Vec::new();
    ciborium::into_writer(value, &mut bytes).expect("CBOR encodes");
    let back: T = ciborium::from_reader(bytes.as_slice()).expect("CBOR decodes");
    assert_eq!(&back, value);
}

fn both<T: Serialize + DeserializeOwned + PartialEq + Debug>(values: &[T]) {
    for value in values {
        postcard_round_trip(value);
        cbor_round_trip(value);
    }
}

#[test]
fn known_variants_round_trip() {
    both(&[
        Target::PhoneNumber("+1".into()),
        Target::ExtensionId("62".into()),
    ]);
    both(&[
        Reply::ReplyWithText("Busy".into()),
        Reply::ReplyWithPattern(Pattern {
            pattern: "OnMyWay".into(),
            time: None,
        }),
    ]);
    both(&[
        Event::Created(Created { id: 1, name: None }),
        Event::Deleted(Deleted {
            id: 2,
            extra: Default::default(),
        }),
        Event::Ping,
    ]);
    both(&[
        Shape::Ping,
        Shape::Created(Created {
            id: 3,
            name: Some("c".into()),
        }),
    ]);
    both(&[
        CustomerRef::Id("cus_1".into()),
        CustomerRef::Customer(Customer {
            id: "cus_1".into(),
            email: None,
        }),
        CustomerRef::Ids(vec![1, 2]),
        CustomerRef::Nothing,
    ]);
}

#[test]
fn postcard_numbers_the_variants_in_declaration_order() {
    let bytes = postcard::to_allocvec(&Target::ExtensionId("62".into())).unwrap();
    assert_eq!(bytes, [1, 2, b'6', b'2']);
    assert_eq!(postcard::to_allocvec(&Event::Ping).unwrap(), [2]);
    let error = postcard::from_bytes::<Event>(&[3]).unwrap_err();
    assert!(!error.to_string().is_empty());
}

#[test]
fn an_unknown_variant_cannot_be_written_and_names_the_union() {
    let expected = "holds the unknown variant \"sipUri\", which a format that is not \
                    human-readable cannot carry; encode it as JSON instead";
    let target: Target = decode(r#"{"sipUri":"sip:62@example.com"}"#);
    let mut cbor = Vec::new();
    let error = ciborium::into_writer(&target, &mut cbor).unwrap_err();
    let ciborium::ser::Error::Value(message) = error else {
        panic!("{error:?}")
    };
    assert_eq!(message, format!("Target {expected}"));
    assert!(postcard::to_allocvec(&target).is_err());

    let event: Event = decode(r#"{"type":"moved"}"#);
    let error = ciborium::into_writer(&event, &mut cbor).unwrap_err();
    let ciborium::ser::Error::Value(message) = error else {
        panic!("{error:?}")
    };
    assert!(
        message.starts_with("Event holds the unknown variant \"moved\""),
        "{message}"
    );
}
