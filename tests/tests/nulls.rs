//! Nulls, exactly: `Nullable<T>` keeps a missing key, `null` and a value apart;
//! `#[api(required)]` makes the key of an `Option` or `Nullable` mandatory with `null`
//! allowed; `#[api(write_none)]` writes every empty field as `null`.

use callparty::doc::render_page;
use callparty::{ApiModel, Extra, Nullable};
use serde_test::{Configure, Token, assert_ser_tokens, assert_tokens};

/// A Stripe-like object: every key always sent, many as `null`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(rename_all = "snake_case")]
struct Charge {
    id: String,
    failure_code: Nullable<String>,
    amount_refunded: callparty::Nullable<u64>,
    #[api(extra)]
    extra: Extra,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(rename_all = "snake_case")]
struct Customer {
    #[api(required)]
    email: Option<String>,
    #[api(required)]
    phone: Nullable<String>,
    name: Option<String>,
}

/// A row of a positional format: every column written, empty ones as `null`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(write_none)]
struct Row {
    sku: String,
    quantity: Option<u32>,
    note: Nullable<String>,
}

/// Only optional fields: the body that reads straight into the model.
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
struct Patch {
    name: Nullable<String>,
    age: Option<u8>,
}

fn charge(json: &str) -> Charge {
    callparty::json::from_str(json).expect("a valid charge")
}

#[test]
fn missing_null_and_value_are_kept_apart() {
    let read = charge(r#"{"id":"ch_1","failure_code":null}"#);
    assert_eq!(read.failure_code, Nullable::Null);
    assert_eq!(read.amount_refunded, Nullable::Absent);
    let read = charge(r#"{"id":"ch_1","failure_code":"card_declined","amount_refunded":0}"#);
    assert_eq!(
        read.failure_code,
        Nullable::Value("card_declined".to_owned())
    );
    assert_eq!(read.amount_refunded, Nullable::Value(0));

    let patch: Patch = serde_json::from_str(r#"{"name":null}"#).unwrap();
    assert_eq!(
        patch,
        Patch {
            name: Nullable::Null,
            age: None
        }
    );
    let patch: Patch = serde_json::from_str("{}").unwrap();
    assert_eq!(patch, Patch::default());
}

#[test]
fn each_state_is_written_back_as_it_came() {
    for input in [
        r#"{"id":"ch_1"}"#,
        r#"{"id":"ch_1","failure_code":null,"amount_refunded":null}"#,
        r#"{"id":"ch_1","failure_code":"expired_card","amount_refunded":250,"livemode":null}"#,
        r#"{"id":"ch_1","amount_refunded":null,"refunds":{"data":[null]}}"#,
    ] {
        let read = charge(input);
        assert_eq!(callparty::json::to_string(&read).unwrap(), input);
        assert_eq!(serde_json::to_string(&read).unwrap(), input);
    }
    for (patch, json) in [
        (Patch::default(), "{}"),
        (
            Patch {
                name: Nullable::Null,
                age: None,
            },
            r#"{"name":null}"#,
        ),
    ] {
        assert_eq!(serde_json::to_string(&patch).unwrap(), json);
        assert_eq!(serde_json::from_str::<Patch>(json).unwrap(), patch);
    }
}

#[test]
fn a_wrong_value_names_the_field() {
    let error = callparty::json::from_str::<Charge>(r#"{"id":"ch_1","amount_refunded":"x"}"#)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("amount_refunded: invalid type: string \"x\""),
        "{error}"
    );
}

#[test]
fn a_required_key_must_be_there_and_may_be_null() {
    let read: Customer = serde_json::from_str(r#"{"email":null,"phone":null}"#).unwrap();
    assert_eq!(
        read,
        Customer {
            email: None,
            phone: Nullable::Null,
            name: None
        }
    );
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"email":null,"phone":null}"#
    );
    let error = serde_json::from_str::<Customer>(r#"{"phone":"+1"}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#"missing field "email" in Customer"#),
        "{error}"
    );
    let error = serde_json::from_str::<Customer>(r#"{"email":"a@b.c"}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#"missing field "phone" in Customer"#),
        "{error}"
    );
    // A value that never was decoded, `Absent`, still writes the required key.
    let built = Customer {
        email: Some("a@b.c".into()),
        phone: Nullable::Absent,
        name: None,
    };
    assert_eq!(
        serde_json::to_string(&built).unwrap(),
        r#"{"email":"a@b.c","phone":null}"#
    );
}

#[test]
fn write_none_writes_every_column() {
    let row = Row {
        sku: "A-1".into(),
        quantity: None,
        note: Nullable::Absent,
    };
    assert_eq!(
        callparty::json::to_string(&row).unwrap(),
        r#"{"sku":"A-1","quantity":null,"note":null}"#
    );
    // A positional writer sees every field, in order, also when it is human-readable (CSV).
    assert_ser_tokens(
        &row.clone().readable(),
        &[
            Token::Struct {
                name: "Row",
                len: 3,
            },
            Token::Str("sku"),
            Token::Str("A-1"),
            Token::Str("quantity"),
            Token::None,
            Token::Str("note"),
            Token::None,
            Token::StructEnd,
        ],
    );
    let read: Row = serde_json::from_str(r#"{"sku":"A-1"}"#).unwrap();
    assert_eq!(read, row, "write_none changes writing only");
}

#[test]
fn without_write_none_a_human_readable_writer_gets_fewer_fields() {
    let patch = Patch::default();
    assert_ser_tokens(
        &patch.readable(),
        &[
            Token::Struct {
                name: "Patch",
                len: 0,
            },
            Token::StructEnd,
        ],
    );
}

#[test]
fn tokens_of_each_state() {
    let patch = Patch {
        name: Nullable::Value("Ada".into()),
        age: Some(36),
    };
    assert_tokens(
        &patch.readable(),
        &[
            Token::Struct {
                name: "Patch",
                len: 2,
            },
            Token::Str("name"),
            Token::Some,
            Token::Str("Ada"),
            Token::Str("age"),
            Token::Some,
            Token::U8(36),
            Token::StructEnd,
        ],
    );
    // A compact format has no keys to leave out: the three states are an
    // `Option<Option<T>>`, whose `None` is `Null`, as in a CBOR document converted from JSON.
    for (name, tokens) in [
        (Nullable::Absent, vec![Token::Some, Token::None]),
        (Nullable::Null, vec![Token::None]),
        (
            Nullable::Value("Ada".to_owned()),
            vec![Token::Some, Token::Some, Token::Str("Ada")],
        ),
    ] {
        let patch = Patch { name, age: None };
        let mut expected = vec![
            Token::Struct {
                name: "Patch",
                len: 2,
            },
            Token::Str("name"),
        ];
        expected.extend(tokens);
        expected.extend([Token::Str("age"), Token::None, Token::StructEnd]);
        assert_tokens(&patch.compact(), &expected);
    }
}

#[test]
fn postcard_keeps_the_three_states_by_position() {
    for note in [
        Nullable::Absent,
        Nullable::Null,
        Nullable::Value("gift".to_owned()),
    ] {
        let row = Row {
            sku: "A-1".into(),
            quantity: Some(2),
            note,
        };
        let bytes = postcard::to_stdvec(&row).unwrap();
        assert_eq!(postcard::from_bytes::<Row>(&bytes).unwrap(), row);
        let patch = Patch {
            name: row.note.clone(),
            age: None,
        };
        let bytes = postcard::to_stdvec(&patch).unwrap();
        assert_eq!(postcard::from_bytes::<Patch>(&bytes).unwrap(), patch);
    }
}

/// serde's buffering deserializers hand a buffered `null` over as a unit, not a `None`.
#[test]
fn null_is_kept_inside_serdes_flatten() {
    #[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, PartialEq)]
    struct Envelope {
        kind: String,
        #[serde(flatten)]
        charge: Charge,
    }
    let input = r#"{"kind":"charge","id":"ch_1","failure_code":null,"paid":true}"#;
    let read: Envelope = serde_json::from_str(input).unwrap();
    assert_eq!(read.charge.failure_code, Nullable::Null);
    assert_eq!(read.charge.amount_refunded, Nullable::Absent);
    assert_eq!(serde_json::to_string(&read).unwrap(), input);
}

#[test]
fn alone_absent_is_written_as_null() {
    let list = vec![Nullable::Absent, Nullable::Null, Nullable::Value(1)];
    assert_eq!(serde_json::to_string(&list).unwrap(), "[null,null,1]");
    let read: Vec<Nullable<u8>> = serde_json::from_str("[null,1]").unwrap();
    assert_eq!(read, [Nullable::Null, Nullable::Value(1)]);
}

#[test]
fn docs_say_required_and_nullable() {
    let fields = Customer::DOC.fields;
    let flags: Vec<(&str, &str, bool, bool)> = fields
        .iter()
        .map(|field| (field.name, field.ty, field.required, field.nullable))
        .collect();
    assert_eq!(
        flags,
        [
            ("email", "String", true, true),
            ("phone", "String", true, true),
            ("name", "String", false, false),
        ]
    );
    let charge = Charge::DOC.fields;
    assert_eq!(
        (charge[1].ty, charge[1].required, charge[1].nullable),
        ("String", false, true)
    );
    let page = render_page(Customer::DOC, &[]);
    assert!(
        page.contains("| email | `String`, nullable | ✅ |  | `email` |"),
        "{page}"
    );
    assert!(
        page.contains("| name | `String` | ❌ |  | `name` |"),
        "{page}"
    );
}

#[test]
fn cbor_reads_a_null_as_null() {
    let value: serde_json::Value =
        serde_json::from_str(r#"{"id":"ch_1","failure_code":null}"#).unwrap();
    let mut cbor = Vec::new();
    ciborium::into_writer(&value, &mut cbor).unwrap();
    let read: Charge = ciborium::from_reader(cbor.as_slice()).unwrap();
    assert_eq!(read.failure_code, Nullable::Null);
    assert_eq!(read.amount_refunded, Nullable::Absent);
}
