//! The by-kind form: the kind of the JSON value picks the variant.

use callparty::{JsonKind, JsonValueKind};

use crate::fixtures::{AnyJson, Customer, CustomerRef, InvoiceId, InvoiceNumber, InvoiceRef};
use crate::{decode, decode_error, encode, rejects, round_trips};

#[test]
fn each_kind_reads_its_variant() {
    assert_eq!(
        decode::<CustomerRef>(r#""cus_1""#),
        CustomerRef::Id("cus_1".into())
    );
    assert_eq!(
        decode::<CustomerRef>(r#"{"id":"cus_1","email":"a@b.c"}"#),
        CustomerRef::Customer(Customer {
            id: "cus_1".into(),
            email: Some("a@b.c".into()),
        })
    );
    assert_eq!(decode::<CustomerRef>("[1,2]"), CustomerRef::Ids(vec![1, 2]));
    assert_eq!(decode::<CustomerRef>("null"), CustomerRef::Nothing);
    for json in [r#""cus_1""#, r#"{"id":"cus_1"}"#, "[1,2]", "null"] {
        round_trips::<CustomerRef>(json);
    }
    assert_eq!(encode(&CustomerRef::Nothing), "null");
}

#[test]
fn a_newtype_variant_has_the_kind_of_the_type_it_holds() {
    assert_eq!(<InvoiceId as JsonValueKind>::KIND, JsonKind::Text);
    assert_eq!(<InvoiceNumber as JsonValueKind>::KIND, JsonKind::Number);
    assert_eq!(
        decode::<InvoiceRef>(r#""in_1""#),
        InvoiceRef::Id(InvoiceId("in_1".into()))
    );
    assert_eq!(
        decode::<InvoiceRef>("42"),
        InvoiceRef::Number(InvoiceNumber(42))
    );
    for json in [r#""in_1""#, "42"] {
        round_trips::<InvoiceRef>(json);
    }
    rejects::<InvoiceRef>(
        "{}",
        "invalid type: map, expected a string or a number for InvoiceRef",
    );
    // A newtype of a type without a kind is still a model; only a union would ask its kind.
    round_trips::<AnyJson>(r#"{"a":[1,"b"]}"#);
}

#[test]
fn a_kind_no_variant_takes_names_the_union_and_the_kinds() {
    let error = decode_error::<CustomerRef>("true");
    assert_eq!(
        error.to_string(),
        "invalid type: boolean `true`, expected a string, an object, an array or null for \
         CustomerRef at line 1 column 4 (decoding CustomerRef)"
    );
    assert!(
        decode_error::<CustomerRef>("1.5")
            .to_string()
            .starts_with("invalid type: floating point `1.5`, expected a string")
    );
}

#[test]
fn an_error_inside_the_chosen_variant_keeps_its_path() {
    // serde's untagged enums try each variant and report only "did not match any variant".
    let error = decode_error::<CustomerRef>(r#"{"id":7}"#);
    assert_eq!(error.path(), "id");
    assert!(
        error.to_string().contains("invalid type: integer `7`"),
        "{error}"
    );
    let error = decode_error::<CustomerRef>(r#"[1,"2"]"#);
    assert_eq!(error.path(), "[1]");
    rejects::<CustomerRef>(r#"{"email":"a@b.c"}"#, r#"missing field "id" in Customer"#);
}
