//! `with`, `serialize_with` and `deserialize_with`, with serde's meanings: the functions read
//! or write the whole field, `Option` or not; a missing key is an error unless the field has
//! a default.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use callparty::ApiModel;
use serde::{Deserialize, Deserializer, Serializer};

#[path = "common/unix_seconds.rs"]
mod unix_seconds;

fn upper<S: Serializer>(name: &str, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&name.to_uppercase())
}

fn trimmed<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    String::deserialize(deserializer).map(|note| note.trim().to_owned())
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(rename_all = "snake_case")]
struct Event {
    id: String,
    #[api(with = "unix_seconds")]
    created: SystemTime,
    #[api(with = "unix_seconds::option", default)]
    canceled_at: Option<SystemTime>,
    #[api(serialize_with = "upper")]
    name: String,
    #[api(deserialize_with = "trimmed")]
    note: String,
}

/// Generic, recursive through `Self`, and a function that is generic itself. As in serde, a
/// field read and written by functions asks nothing of `T`: the bounds are the user's.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(bound(
    serialize = "T: serde::Serialize",
    deserialize = "T: serde::de::DeserializeOwned"
))]
struct Stamped<T> {
    #[api(with = "unix_seconds")]
    at: SystemTime,
    #[api(serialize_with = "as_list", deserialize_with = "from_list")]
    values: Vec<T>,
    next: Option<Box<Self>>,
}

fn as_list<T: serde::Serialize, S: Serializer>(
    values: &[T],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(values)
}

fn from_list<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<T>, D::Error> {
    Vec::deserialize(deserializer)
}

fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

#[test]
fn the_functions_read_and_write_the_field() {
    let input = r#"{"id":"evt_1","created":1700000000,"canceled_at":null,"name":"Renewal","note":"  due  "}"#;
    let event: Event = callparty::json::from_str(input).unwrap();
    assert_eq!(event.created, at(1_700_000_000));
    assert_eq!(event.canceled_at, None);
    assert_eq!(event.note, "due");
    assert_eq!(
        callparty::json::to_string(&event).unwrap(),
        r#"{"id":"evt_1","created":1700000000,"canceled_at":null,"name":"RENEWAL","note":"due"}"#,
        "a field written by a function is written when `None`, as in serde"
    );
    let postcard = postcard::to_stdvec(&event).unwrap();
    let back: Event = postcard::from_bytes(&postcard).unwrap();
    assert_eq!(
        back,
        Event {
            name: "RENEWAL".into(),
            ..event
        }
    );
}

#[test]
fn a_missing_key_is_an_error_unless_the_field_has_a_default() {
    let event: Event =
        serde_json::from_str(r#"{"id":"e","created":0,"name":"n","note":"x"}"#).unwrap();
    assert_eq!(event.canceled_at, None);
    for (missing, input) in [
        ("created", r#"{"id":"e","name":"n","note":"x"}"#),
        ("note", r#"{"id":"e","created":0,"name":"n"}"#),
    ] {
        let error = serde_json::from_str::<Event>(input)
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with(&format!("missing field \"{missing}\" in Event")),
            "{error}"
        );
    }
}

#[test]
fn an_error_of_the_function_has_the_path() {
    let error = callparty::json::from_str::<Event>(
        r#"{"id":"e","created":"yesterday","name":"n","note":"x"}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(
        error.starts_with("created: invalid type: string \"yesterday\", expected u64"),
        "{error}"
    );
}

#[test]
fn generic_models_pass_their_parameters_to_the_functions() {
    let stamped = Stamped {
        at: at(5),
        values: vec![1_u8, 2],
        next: Some(Box::new(Stamped {
            at: at(6),
            values: Vec::new(),
            next: None,
        })),
    };
    let json = callparty::json::to_string(&stamped).unwrap();
    assert_eq!(
        json,
        r#"{"at":5,"values":[1,2],"next":{"at":6,"values":[]}}"#
    );
    assert_eq!(
        callparty::json::from_str::<Stamped<u8>>(&json).unwrap(),
        stamped
    );
}
