//! The serde data model of each form, readable and compact.

use serde_test::{Configure, Token, assert_de_tokens, assert_ser_tokens, assert_tokens};

use crate::fixtures::{Created, CustomerRef, Event, Target};

#[test]
fn one_key_is_a_map_of_one_entry_or_a_newtype_variant() {
    let value = Target::PhoneNumber("+1".into());
    assert_tokens(
        &value.clone().readable(),
        &[
            Token::Map { len: Some(1) },
            Token::Str("phoneNumber"),
            Token::Str("+1"),
            Token::MapEnd,
        ],
    );
    assert_tokens(
        &value.compact(),
        &[
            Token::NewtypeVariant {
                name: "Target",
                variant: "phoneNumber",
            },
            Token::Str("+1"),
        ],
    );
}

#[test]
fn tagged_writes_the_tag_into_the_model_struct() {
    let value = Event::Created(Created { id: 7, name: None });
    assert_ser_tokens(
        &value.clone().readable(),
        &[
            Token::Struct {
                name: "Created",
                len: 2,
            },
            Token::Str("type"),
            Token::Str("created"),
            Token::Str("id"),
            Token::U64(7),
            Token::StructEnd,
        ],
    );
    assert_de_tokens(
        &value.clone().readable(),
        &[
            Token::Map { len: None },
            Token::Str("id"),
            Token::U64(7),
            Token::Str("type"),
            Token::Str("created"),
            Token::MapEnd,
        ],
    );
    assert_tokens(
        &Event::Ping.compact(),
        &[Token::UnitVariant {
            name: "Event",
            variant: "ping",
        }],
    );
}

#[test]
fn by_kind_is_the_value_itself() {
    assert_tokens(&CustomerRef::Id("c".into()).readable(), &[Token::Str("c")]);
    assert_tokens(&CustomerRef::Nothing.readable(), &[Token::Unit]);
    assert_tokens(
        &CustomerRef::Ids(vec![1]).compact(),
        &[
            Token::NewtypeVariant {
                name: "CustomerRef",
                variant: "array",
            },
            Token::Seq { len: Some(1) },
            Token::U32(1),
            Token::SeqEnd,
        ],
    );
}
