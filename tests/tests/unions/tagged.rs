//! The tagged form: the tag field names the variant; the rest of the object is its model.

use serde_json::json;

use crate::fixtures::{Borrowing, Created, Deleted, Event, Named, Shape};
use crate::{decode, decode_error, encode, rejects, round_trips};

fn created(id: u64, name: Option<&str>) -> Event {
    Event::Created(Created {
        id,
        name: name.map(Into::into),
    })
}

#[test]
fn the_tag_picks_the_variant_wherever_it_is() {
    let expected = created(7, Some("a"));
    for json in [
        r#"{"type":"created","id":7,"name":"a"}"#,
        r#"{"id":7,"type":"created","name":"a"}"#,
        r#"{"id":7,"name":"a","type":"created"}"#,
    ] {
        assert_eq!(decode::<Event>(json), expected, "{json}");
    }
}

#[test]
fn the_tag_is_written_first() {
    round_trips::<Event>(r#"{"type":"created","id":7,"name":"a"}"#);
    let event: Event = decode(r#"{"id":7,"type":"created"}"#);
    assert_eq!(encode(&event), r#"{"type":"created","id":7}"#);
    // A model with an extra map is written as a map; the tag still comes first.
    let event: Event = decode(r#"{"later":[1],"id":1,"type":"removed"}"#);
    assert_eq!(encode(&event), r#"{"type":"deleted","id":1,"later":[1]}"#);
}

#[test]
fn the_model_never_sees_the_tag() {
    for json in [
        r#"{"type":"deleted","id":1,"brandId":"1210"}"#,
        r#"{"id":1,"brandId":"1210","type":"deleted"}"#,
    ] {
        let Event::Deleted(Deleted { extra, .. }) = decode::<Event>(json) else {
            panic!("{json}")
        };
        assert_eq!(extra.len(), 1, "{json}: {extra:?}");
        assert_eq!(extra["brandId"], "1210");
    }
    // A second tag would reach the model's extra map: it is an error instead.
    rejects::<Event>(
        r#"{"type":"deleted","id":1,"type":"deleted"}"#,
        r#"type: duplicate tag "type" in Event"#,
    );
}

#[test]
fn a_missing_tag_names_the_tag_and_the_union() {
    rejects::<Event>(r#"{"id":7}"#, r#"missing tag "type" in Event"#);
    assert!(
        decode_error::<Shape>("{}")
            .to_string()
            .starts_with(r#"missing tag "kind" in Shape"#)
    );
}

#[test]
fn a_known_tag_with_a_bad_body_is_an_error_at_its_path_never_unknown() {
    let error = decode_error::<Event>(r#"{"type":"created","id":"7"}"#);
    assert_eq!(error.path(), "id");
    assert!(
        error.to_string().contains("invalid type: string \"7\""),
        "{error}"
    );
    rejects::<Event>(
        r#"{"type":"created","name":"a"}"#,
        r#"missing field "id" in Created"#,
    );
    // Entries before the tag were buffered: the message names the entry instead.
    rejects::<Event>(
        r#"{"id":"7","type":"created"}"#,
        "id: invalid type: string \"7\"",
    );
}

#[test]
fn an_unknown_tag_keeps_the_whole_object_and_writes_it_back_tag_first() {
    let json = r#"{"id":3,"nested":{"b":[true,null]},"type":"moved"}"#;
    let event: Event = decode(json);
    let Event::Unknown(unknown) = &event else {
        panic!("{event:?}")
    };
    assert_eq!(unknown.tag(), "moved");
    assert_eq!(
        unknown.value(),
        &json!({"type": "moved", "id": 3, "nested": {"b": [true, null]}})
    );
    assert_eq!(
        encode(&event),
        r#"{"type":"moved","id":3,"nested":{"b":[true,null]}}"#
    );
    round_trips::<Event>(r#"{"type":"moved","a":1}"#);
    rejects::<Event>(
        r#"{"type":"moved","a":1,"a":2}"#,
        r#"duplicate field "a" in Event"#,
    );
}

#[test]
fn a_closed_union_rejects_an_unknown_tag_at_the_tag() {
    let error = decode_error::<Shape>(r#"{"id":1,"kind":"Circle"}"#);
    assert_eq!(error.path(), "kind");
    assert!(
        error.to_string().starts_with(
            r#"kind: unknown "kind" value "Circle" in Shape, expected one of "Created", "Ping""#
        ),
        "{error}"
    );
    let error = decode_error::<Shape>(r#"{"kind":1}"#);
    assert!(
        error
            .to_string()
            .contains("expected a Shape name in \"kind\""),
        "{error}"
    );
}

#[test]
fn a_unit_variant_is_the_tag_alone() {
    assert_eq!(decode::<Event>(r#"{"type":"ping"}"#), Event::Ping);
    assert_eq!(encode(&Event::Ping), r#"{"type":"ping"}"#);
    // As in serde, a unit variant reads other fields and ignores them.
    assert_eq!(
        decode::<Shape>(r#"{"at":1,"kind":"Ping","n":[2]}"#),
        Shape::Ping
    );
}

#[test]
fn borrowed_fields_borrow_whether_the_tag_is_first_or_not() {
    for json in [
        r#"{"type":"named","name":"borrowed"}"#,
        r#"{"name":"borrowed","type":"named"}"#,
    ] {
        let value: Borrowing = callparty::json::from_str(json).expect(json);
        assert_eq!(value, Borrowing::Named(Named { name: "borrowed" }));
        let Borrowing::Named(named) = value;
        assert!(
            json.as_bytes()
                .as_ptr_range()
                .contains(&named.name.as_ptr()),
            "{json}"
        );
    }
}

#[test]
fn anything_but_an_object_is_rejected() {
    rejects::<Event>(
        "[]",
        "invalid type: sequence, expected a Event object with a \"type\" field",
    );
}
